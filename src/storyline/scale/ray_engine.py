"""The expensive stages on Ray: actors in place of worker processes (``--engine ray``).

:class:`RayWorkers` is a second :class:`~storyline.ingest.workers.Pool`, with the contract of
:class:`~storyline.ingest.workers.Workers`, so the pipeline does not care which one runs:

- **The command stays the one writer.** Actors run only the pure stage tasks (cleaning,
  parsing, reading events) and send their results back; the command writes each one, in the
  order it handed them out (the loop of :func:`~storyline.ingest.workers.in_order`), so the
  store is the same as one process leaves it.
- **Actors hold the model.** An actor is a Ray worker process on one CPU that imports
  storyline and loads spaCy once, on its first parse; the same actors serve every map of a
  run. Each holds one task at a time, and at most
  :data:`~storyline.ingest.workers.TASKS_PER_WORKER` per actor are out and not yet written.
- **Where Ray runs.** Without an address a local Ray is started with one CPU per actor
  (``ray.init(address="local", num_cpus=N)``) and stopped at the end: a laptop needs nothing
  else. With one (``auto``, ``HOST:PORT``, or Ray's own ``RAY_ADDRESS``, which ``ray job
  submit`` sets) the command joins that cluster, one actor per CPU it has (or fewer, if
  told), and leaves it running. Tasks travel as pickled references to storyline's functions: every
  node needs storyline and its model installed. A Ray already started in this process (a
  test's, a notebook's) is used as it is.
- **A dead actor** (killed, out of memory, its node gone) costs only its task:
  :class:`~storyline.ingest.workers.Lost`, with Ray's reason, in its place, and a fresh
  actor takes over. An actor that cannot even start (storyline not installed where Ray runs
  it) is ``E023`` for the whole run, not a rejection of every document. Any other exception
  a stage raises is a bug, raised in the command.
- **Ctrl-C** stops the command; leaving the pool kills the actors and stops a local Ray.

The actors' own log lines stay in Ray's session logs (``/tmp/ray/session_latest/logs``):
printed by the command they would interleave with its progress bar.
"""

from __future__ import annotations

import importlib
import logging
import os
import re
import signal
import socket
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import suppress
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar, TypeVar, cast

from storyline.errors import Code, StorylineError
from storyline.ingest.workers import TASKS_PER_WORKER, TRIES, Done, Lost, in_order, run_task

__all__ = ["RayWorkers", "Runner", "check_reachable", "import_ray", "init_options"]

T = TypeVar("T")
R = TypeVar("R")

log = logging.getLogger(__name__)

ACTOR_CPUS = 1
"""CPUs Ray reserves for one actor: spaCy parses on one core."""
INSTALL = "pip install 'storyline[ray]'"
REACH_TIMEOUT_S = 5.0
"""How long the head of a cluster named by HOST:PORT may take to accept a connection."""


def import_ray(module: str = "ray") -> Any:
    """The ``ray`` module (``module``: a test names one that is not installed), or
    :class:`StorylineError` ``E021`` saying how to install it.

    Typed ``Any``: Ray is optional, and storyline type-checks the same without it."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise StorylineError(
            f"--engine ray needs Ray, an optional extra: {INSTALL}", code=Code.E021
        ) from error


def init_options(
    count: int | None, address: str | None, environ: Mapping[str, str] = os.environ
) -> dict[str, Any]:
    """The arguments of ``ray.init`` for ``count`` actors (None: one per CPU) at ``address``
    (None: a local Ray of its own, unless Ray's ``RAY_ADDRESS`` in ``environ`` names one).

    Ray's own log lines below errors are left to its session logs: the command's output is
    storyline's summary."""
    quiet = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR}
    if address:
        return {"address": address, **quiet}
    if environ.get("RAY_ADDRESS"):
        return quiet  # ray.init joins the cluster it names
    return {"address": "local", "num_cpus": count or os.cpu_count() or 1, **quiet}


CURRENT_CLUSTER = Path(tempfile.gettempdir()) / "ray" / "ray_current_cluster"
"""Where `ray start --head` writes the address `auto` means (and only `ray stop` removes: a
head stopped with Ctrl-C leaves it behind, pointing at nothing)."""


def check_reachable(address: str) -> None:
    """Raise ``E022`` at once when ``address`` is ``HOST:PORT`` (or ``auto``, the address of
    the head last started on this machine) and nothing answers there: ``ray.init`` would
    retry for minutes before saying so."""
    if address == "auto":
        try:
            address = CURRENT_CLUSTER.read_text(encoding="utf-8").split()[0]
        except (OSError, IndexError):
            return  # no head started here: Ray says so itself, at once
    host, _, port = address.rpartition(":")
    if "://" in address or not host or not port.isdigit():
        return  # auto, ray://…: Ray answers for those itself, quickly
    try:
        socket.create_connection((host, int(port)), timeout=REACH_TIMEOUT_S).close()
    except OSError as error:
        why = error.strerror or error
        detail = f"nothing answers at {address} ({why}); is `ray start --head` running there?"
        raise StorylineError(detail, code=Code.E022) from error


class Runner:
    """An actor: runs stage tasks as a worker process does (:func:`run_task`)."""

    def __init__(self) -> None:
        # Ctrl-C is the command's to handle: it kills the actors itself.
        with suppress(ValueError):  # not the main thread: not ours to change
            signal.signal(signal.SIGINT, signal.SIG_IGN)

    def run(self, fn: Callable[[T], R], item: T) -> tuple[str, object]:
        """``fn(item)`` as ``("ok", result)``, ``("error", bug)`` or ``("lost", why)``."""
        return run_task(fn, item)


@dataclass
class _Actor:
    handle: Any
    task: int | None = None
    answer: Any = None
    """The reference to the task's result while the actor holds one."""
    job: tuple[Callable[[Any], Any], Any] | None = None
    """The function and item of ``task``, to give again should this actor die."""
    tries: int = 0


class RayWorkers:
    """``count`` actors on Ray (None: one per CPU of the cluster), started on first use.

    Use as a context manager: leaving it kills the actors, and stops Ray when this pool
    started it. Raises :class:`StorylineError` ``E021`` when Ray is not installed (at once)
    and ``E022`` when it cannot be started or reached (on first use)."""

    runner: ClassVar[type[Runner]] = Runner
    """What each actor is (a test's may fail to start, as one that cannot import storyline)."""

    def __init__(self, count: int | None = None, address: str | None = None) -> None:
        self._ray = import_ray()
        self.count = count
        self.address = address
        self._actors: list[_Actor] = []
        self._runner: Any = None
        self._started = False
        self._mapping = False

    def __enter__(self) -> RayWorkers:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close(terminate=kind is not None)

    def map(self, fn: Callable[[T], R], items: Iterable[T | Done[R]]) -> Iterator[R | Lost]:
        """``fn(item)`` for every item, in the items' order; a :class:`Done` item is its value;
        :class:`Lost` where the actor running the task died."""
        if self._mapping:
            raise RuntimeError("one map at a time: this pool's actors hold another map's tasks")
        self._mapping = True
        try:
            self._start()
            window = TASKS_PER_WORKER * len(self._actors)
            collect: Callable[[dict[int, R | Lost]], None] = self._collect
            yield from in_order(iter(items), window, partial(self._give, fn), collect)
        finally:
            self._abandon()
            self._mapping = False

    def _start(self) -> None:
        if self._actors:
            return
        ray = self._ray
        if not ray.is_initialized():
            options = init_options(self.count, self.address)
            where = options.get("address") or os.environ.get("RAY_ADDRESS")
            if isinstance(where, str) and where != "local":
                check_reachable(where)  # --ray-address, or Ray's own RAY_ADDRESS
            self._started = True  # from here on, close() stops it (Ctrl-C inside ray.init)
            try:
                ray.init(**options)
            except Exception as error:  # Ray says why in its own exception types
                where = options.get("address") or os.environ.get("RAY_ADDRESS")
                detail = f"ray.init(address={where!r}): {type(error).__name__}: {error}"
                raise StorylineError(detail, code=Code.E022) from error
        # the CPUs free now: on a shared cluster, an actor waiting for one held by another
        # job would hold its task, and every result after it, with no word said
        cpus = max(1, int(ray.available_resources().get("CPU", 1)))
        if self.count is not None and self.count > cpus:
            # An actor waiting for a CPU would hold its task, and every result after it, for
            # as long as the others run: ask no more actors than there are CPUs.
            log.warning("%d actors asked, the Ray cluster has %d CPUs: %d", self.count, cpus, cpus)
        self.count = min(self.count or cpus, cpus)
        self._runner = ray.remote(num_cpus=ACTOR_CPUS)(self.runner)
        self._actors = [_Actor(self._runner.remote()) for _ in range(self.count)]
        log.info("%d actors on Ray", self.count)

    def _give(self, fn: Callable[[T], R], index: int, item: T) -> bool:
        idle = next((a for a in self._actors if a.task is None), None)
        if idle is None:
            return False
        _give(idle, index, fn, item)
        return True

    def _collect(self, results: dict[int, R | Lost]) -> None:
        """Wait for at least one busy actor to answer or die, and take what came back."""
        busy = [a for a in self._actors if a.task is not None]
        ready, _ = self._ray.wait([a.answer for a in busy], num_returns=1)
        for actor in busy:
            if actor.answer not in ready:
                continue
            task = actor.task
            assert task is not None
            status, value = self._answer(actor)
            if status == "lost":
                job, tries = actor.job, actor.tries + 1
                self._replace(actor)
                if job is None or tries >= TRIES:
                    results[task] = Lost(str(value))
                else:
                    # as with processes: a death that may be no fault of the document (a
                    # node lost, the OOM killer) costs it nothing the first time
                    log.warning("a Ray actor %s; its task goes to a fresh one", value)
                    _give(actor, task, job[0], job[1], tries=tries)
                continue
            actor.task = actor.answer = actor.job = None
            if status == "error":
                raise cast(Exception, value)  # a stage's bug, raised as one process would
            results[task] = cast(R, value)

    def _answer(self, actor: _Actor) -> tuple[str, object]:
        """What an actor sent back (:func:`~storyline.ingest.workers.run_task`), or
        ``("lost", why)`` when it died without answering."""
        exceptions = self._ray.exceptions
        try:
            status, value = self._ray.get(actor.answer)
        except (exceptions.RayActorError, exceptions.ObjectLostError) as error:
            if getattr(error, "actor_init_failed", False):
                # No document's fault, and every actor would fail the same way.
                raise StorylineError(
                    f"{last_line(str(error))} (storyline and its model must be installed "
                    "where Ray runs its workers, on every node)",
                    code=Code.E023,
                ) from error
            return "lost", death(str(error))
        return str(status), value

    def _replace(self, actor: _Actor) -> None:
        with suppress(Exception):  # already dead is what we want
            self._ray.kill(actor.handle, no_restart=True)
        actor.handle, actor.task, actor.answer, actor.job = self._runner.remote(), None, None, None

    def _abandon(self) -> None:
        """Actors still holding a task when a map ends early (an error, the caller stopped
        reading) would make the next map wait for it: replace them."""
        for actor in [a for a in self._actors if a.task is not None]:
            self._replace(actor)

    def close(self, *, terminate: bool = False) -> None:
        """Kill every actor (they hold nothing to save), and stop Ray if this pool started
        it. ``terminate`` is the :class:`~storyline.ingest.workers.Pool` signature: an actor
        is stopped the same way either way."""
        for actor in self._actors:
            with suppress(Exception):  # Ray going down on Ctrl-C may refuse; it kills them too
                self._ray.kill(actor.handle, no_restart=True)
        self._actors.clear()
        if self._started:
            with suppress(Exception):  # interrupted inside ray.init: shut down what it began
                self._ray.shutdown()
            self._started = False


def _give(actor: _Actor, index: int, fn: Callable[[T], R], item: T, tries: int = 0) -> None:
    actor.task, actor.tries, actor.job = index, tries, (fn, item)
    actor.answer = actor.handle.run.remote(fn, item)


def death(message: str) -> str:
    """Why an actor died, in a few words, from Ray's long message (which names neither the
    signal nor the exit status: the worker is gone before Ray can ask)."""
    detail = message.split("Worker exit detail: ", 1)[-1] if "exit detail" in message else ""
    detail = detail.split(" Some common causes", 1)[0].strip().rstrip(".")
    first = message.strip().splitlines()[0].rstrip(".") if message.strip() else "no reason given"
    return f"died on Ray ({detail or first})"


def last_line(message: str) -> str:
    """The last line of a message, without the terminal colours Ray puts in its traces."""
    lines = [line.strip() for line in re.sub(r"\x1b\[[0-9;]*m", "", message).splitlines()]
    return next((line for line in reversed(lines) if line), "no reason given")
