"""Worker processes for the expensive stages (cleaning, parsing, event reading).

The parent stays the one writer. It hands a pure stage function and its typed records to
worker processes and takes the results back **in the order it handed them out**
(:meth:`Workers.map`), so the store is written exactly as one process writes it, whatever the
number of workers and whichever finishes first.

- **Start method: spawn.** A worker is a fresh interpreter that imports storyline and loads the
  spaCy model once, on its first parse (:func:`storyline.nlp.model.nlp`). Forking the parent is
  not safe: by the time workers start it holds SQLite connections, the store's lock and Rich's
  refresh thread, and a fork copies a lock held by another thread as held for ever. Spawn costs
  a second or two per worker, once per run, and behaves the same on Linux and macOS.
- **Bounded.** At most :data:`TASKS_PER_WORKER` tasks per worker are handed out and not yet
  yielded back, so raw bytes and parses never pile up in either process however large the
  input.
- **A worker that dies** (a signal, ``os._exit``, out of memory) is replaced by a fresh one,
  which is given the dead one's task once more: the death may be none of the task's doing (the
  kernel's OOM killer picking the largest process, someone's ``kill``), and a task lost to it
  would make the store differ from a run nothing disturbed. A task whose worker dies again
  is lost, and only that task: :meth:`Workers.map` yields :class:`Lost` with the reason in its
  place. Any other exception a stage raises is a bug: it is raised again in the parent, as it
  would be in one process.
- **Ctrl-C** reaches the whole process group; workers are born ignoring SIGINT, so only the
  parent stops (and terminates them), without one traceback per worker.

``Workers(1)`` runs every task in the calling process, in order, with no pool: today's single
process, and the reference the parallel runs must equal.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import partial
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import TracebackType
from typing import Generic, Protocol, TypeVar, cast

__all__ = ["TASKS_PER_WORKER", "Done", "Lost", "Pool", "Workers", "in_order", "run_task"]

T = TypeVar("T")
R = TypeVar("R")

log = logging.getLogger(__name__)

TASKS_PER_WORKER = 2
"""Tasks per worker that may be handed out and not yet yielded back. A worker holds one task
at a time; the rest of the window lets workers go on while a slow task holds back the results
after it (they wait for their turn in the parent), and bounds how many may wait."""
STOP_TIMEOUT_S = 5.0
"""How long a worker told to stop may take before it is terminated."""
_END = object()


@dataclass(frozen=True)
class Lost:
    """The place of a task whose worker died before answering, each of the :data:`TRIES`
    times it was given."""

    reason: str


@dataclass(frozen=True)
class Done(Generic[R]):
    """A result the parent already has: yielded in its place among the workers' results."""

    value: R


TRIES = 2
"""Workers a task may see die before it is lost (see the module's docstring)."""


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    task: int | None = None
    job: tuple[Callable[[object], object], object] | None = None
    """The function and item of ``task``, to give again should this worker die."""
    tries: int = 0


class Pool(Protocol):
    """What the stages' runners need of an engine: :class:`Workers` (processes on this
    machine) or :class:`storyline.scale.RayWorkers` (actors on Ray). Both keep the same
    contract, so :mod:`storyline.ingest.pipeline` and :mod:`storyline.events.run` do not care
    which one runs: results in the items' order, a bounded number of tasks handed out, a
    dead worker's task goes to a fresh one once, then is a :class:`Lost`, a stage's bug is
    raised in the caller."""

    def __enter__(self) -> Pool: ...

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None: ...

    def map(self, fn: Callable[[T], R], items: Iterable[T | Done[R]]) -> Iterator[R | Lost]:
        """``fn(item)`` for every item, in the items' order; a :class:`Done` item is its
        value; :class:`Lost` where the worker running the task died."""
        ...

    def close(self, *, terminate: bool = False) -> None:
        """Stop every worker: ask them to finish, or terminate them at once."""
        ...


def in_order(
    items: Iterator[T | Done[R]],
    window: int,
    give: Callable[[int, T], bool],
    collect: Callable[[dict[int, R | Lost]], None],
) -> Iterator[R | Lost]:
    """The results of ``items`` in their order, at most ``window`` handed out and not yet
    yielded: the loop every engine shares.

    ``give(index, item)`` hands a task to an idle worker (False: none is idle);
    ``collect(results)`` waits until at least one busy worker answers or dies and puts what
    came back in ``results`` by index."""
    results: dict[int, R | Lost] = {}
    held: tuple[int, T] | None = None
    taken = given = 0
    exhausted = False
    while True:
        while given - taken < window:
            if held is None:
                item = next(items, _END)
                if item is _END:
                    exhausted = True
                    break
                if isinstance(item, Done):
                    results[given] = item.value
                else:
                    held = (given, item)  # type: ignore[assignment]
                given += 1
                continue
            if not give(*held):
                break
            held = None
        if taken in results:
            while taken in results:
                yield results.pop(taken)
                taken += 1
            continue  # room in the window again: hand out more first
        if exhausted and held is None and taken == given:
            return
        collect(results)


class Workers:
    """``count`` worker processes (started on first use), or the calling process when 1.

    Use as a context manager: leaving it stops the workers (terminates them on an error or
    Ctrl-C). The same workers serve every :meth:`map` of a run, so each loads the model once.
    """

    def __init__(self, count: int) -> None:
        self.count = max(1, count)
        self._window = TASKS_PER_WORKER * self.count
        self._pool: list[_Worker] = []
        self._mapping = False
        self._context = multiprocessing.get_context("spawn")

    def __enter__(self) -> Workers:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close(terminate=kind is not None)

    @property
    def parallel(self) -> bool:
        """Whether tasks run in worker processes (more than one worker)."""
        return self.count > 1

    def map(self, fn: Callable[[T], R], items: Iterable[T | Done[R]]) -> Iterator[R | Lost]:
        """``fn(item)`` for every item, in the items' order; a :class:`Done` item is its value.

        Items are taken from ``items`` only as results are taken back, so a generator of
        records is read a few tasks ahead of what was yielded, never all at once."""
        if not self.parallel:
            for item in items:
                yield item.value if isinstance(item, Done) else fn(item)
            return
        yield from self._pooled(fn, iter(items))

    def _pooled(self, fn: Callable[[T], R], items: Iterator[T | Done[R]]) -> Iterator[R | Lost]:
        if self._mapping:
            raise RuntimeError("one map at a time: this pool's workers hold another map's tasks")
        self._mapping = True
        self._start()
        collect: Callable[[dict[int, R | Lost]], None] = self._collect
        try:
            yield from in_order(items, self._window, partial(self._give, fn), collect)
        finally:
            self._abandon()
            self._mapping = False

    def _give(self, fn: Callable[[T], R], index: int, item: T) -> bool:
        idle = next((w for w in self._pool if w.task is None), None)
        if idle is None:
            return False
        _give(idle, index, fn, item)
        return True

    def _collect(self, results: dict[int, R | Lost]) -> None:
        """Wait for at least one busy worker to answer or die, and take what came back."""
        busy = [w for w in self._pool if w.task is not None]
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy]))
        for worker in busy:
            if worker.conn not in ready and worker.process.sentinel not in ready:
                continue
            task = worker.task
            assert task is not None
            status, value = _answer(worker)
            if status == "lost":
                job, tries = worker.job, worker.tries + 1
                fresh = self._replace(worker)
                if job is None or tries >= TRIES:
                    results[task] = Lost(str(value))
                else:
                    log.warning("a worker process %s; its task goes to a fresh one", value)
                    _give(fresh, task, job[0], job[1], tries=tries)
                continue
            worker.task, worker.job = None, None
            if status == "error":
                raise cast(Exception, value)  # a stage's bug, raised as one process would
            results[task] = value  # type: ignore[assignment]

    def _start(self) -> None:
        while len(self._pool) < self.count:
            self._pool.append(self._spawn())

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_serve, args=(child,), daemon=True)
        with _sigint_ignored():  # inherited through exec: the worker is born ignoring Ctrl-C
            process.start()
        child.close()
        return _Worker(process, parent)

    def _replace(self, worker: _Worker) -> _Worker:
        _stop(worker, terminate=True)
        fresh = self._pool[self._pool.index(worker)] = self._spawn()
        return fresh

    def _abandon(self) -> None:
        """Workers still holding a task when a map ends early (an error, the caller stopped
        reading) would answer the next map with a stale result: replace them, or, when an
        error (Ctrl-C) is on its way out, only stop them: a fresh interpreter started just to
        be terminated costs seconds, and the next map starts what is missing."""
        failing = sys.exc_info()[0]
        for worker in [w for w in self._pool if w.task is not None]:
            if failing is None or issubclass(failing, GeneratorExit):
                self._replace(worker)
            else:
                _stop(worker, terminate=True)
                self._pool.remove(worker)

    def close(self, *, terminate: bool = False) -> None:
        """Stop every worker: ask them to finish, or terminate them at once."""
        for worker in self._pool:
            _stop(worker, terminate=terminate)
        self._pool.clear()


def _give(worker: _Worker, index: int, fn: Callable[[T], R], item: T, tries: int = 0) -> None:
    worker.task, worker.tries = index, tries
    worker.job = (fn, item)  # type: ignore[assignment]
    with suppress(OSError, ValueError):  # a dead worker: _collect sees it and records the loss
        worker.conn.send((fn, item))


def _answer(worker: _Worker) -> tuple[str, object]:
    """What a worker sent back: ``("ok", result)``, ``("error", exception)``, or
    ``("lost", why)`` when it died without answering."""
    try:
        if worker.conn.poll():
            status, value = worker.conn.recv()
            return str(status), value
    except (EOFError, OSError):
        pass
    return "lost", _death(worker.process)


def _death(process: BaseProcess) -> str:
    process.join(STOP_TIMEOUT_S)
    code = process.exitcode
    if code is not None and code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with status {code}" if code is not None else "stopped answering"


def _stop(worker: _Worker, *, terminate: bool) -> None:
    process = worker.process
    if not terminate and process.is_alive():
        with suppress(OSError, ValueError):
            worker.conn.send(None)
        process.join(STOP_TIMEOUT_S)
    if process.is_alive():
        process.terminate()
        process.join(STOP_TIMEOUT_S)
    if process.is_alive():
        process.kill()
        process.join()
    worker.conn.close()


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: signals are not ours to change
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _serve(conn: Connection) -> None:
    """A worker's life: run each task it is sent, send back ``(ok, value)``; stop on None
    or when the parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        reply = run_task(*task)
        try:
            conn.send(reply)
        except (EOFError, OSError):
            return
        if reply[0] == "lost":
            return


def run_task(fn: Callable[[T], R], item: T) -> tuple[str, object]:
    """``fn(item)`` as a worker answers it: ``("ok", result)``, ``("error", exception)`` for a
    stage's bug (the caller raises it), ``("lost", why)`` when the worker must not go on."""
    try:
        return "ok", fn(item)
    except MemoryError:
        # The task is lost and so is this worker: what a failed allocation leaves behind
        # is not worth trusting, and the parent starts a fresh one.
        return "lost", "ran out of memory"
    except Exception as error:  # a stage's bug: the parent raises it
        return "error", _portable(error)


def _portable(error: Exception) -> Exception:
    """``error`` if it survives pickling, else a RuntimeError that tells the same."""
    import pickle

    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # any exception type may refuse pickling in its own way
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error
