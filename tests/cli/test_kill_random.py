"""SIGKILL at random moments of ``ingest --workers 2`` (issue 12, "Faults with workers").

The parent, or one of its workers, is killed after a delay drawn by a seeded generator within
the measured length of a clean run of the sample corpus, so the kills fall on the start of the
workers, the reading of documents, the reading of events and the merge alike. The killed run
is then run again to completion, and the store must hold what a clean run leaves: the same
documents, sources, events, copies, stories and merged events, nothing lost and nothing twice.
A worker killed once costs nothing at all: its task goes to a fresh worker, so the killed run
itself already leaves what a clean run leaves (a worker that dies on a document every time
costs that document a rejection: tests/cli/test_workers.py).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.cli.test_kill import _children, _gone
from tests.conftest import ROOT

SEED = 12
PARENT_KILLS = 4
WORKER_KILLS = 3
TIMEOUT_S = 180
"""Seconds for one run; a clean run of the sample corpus takes a few of them."""
RUN_SHARE = 0.85
"""Kills fall within this share of the clean run's length: a run may be quicker than it was."""
CLI = (sys.executable, "-c", "from storyline.cli import main; main()")
EXIT_TAKEN, EXIT_REJECTED = 0, 1

_VOLATILE = {"documents": {"ingested_at"}, "analyses": {"analysed_at"}, "merged_text": {"seq"}}
"""Columns that say when, not what: a clock's time, and the full-text index's row order."""
_TABLES = (
    "documents",
    "document_sources",
    "analyses",
    "events",
    "signatures",
    "stories",
    "merged",
    "merged_members",
    "merged_actors",
    "merged_text",
    "state",
)

Content = dict[str, list[tuple[object, ...]]]


def content(db: Path) -> Content:
    """Every row of every table of the store but the full-text indexes, without the columns
    that tell the time, in a stable order."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        found = {}
        for table in _TABLES:
            info = conn.execute(f"PRAGMA table_info({table})").fetchall()
            columns = [row[1] for row in info if row[1] not in _VOLATILE.get(table, ())]
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            found[table] = sorted(rows, key=repr)
    return found


def differences(got: Content, want: Content) -> list[str]:
    """What ``got`` has that ``want`` lacks and the other way round, a few rows per table."""
    lines = []
    for table in _TABLES:
        extra = set(map(repr, got[table])) - set(map(repr, want[table]))
        missing = set(map(repr, want[table])) - set(map(repr, got[table]))
        lines += [f"{table} +{row[:200]}" for row in sorted(extra)[:3]]
        lines += [f"{table} -{row[:200]}" for row in sorted(missing)[:3]]
    return lines


@dataclass(frozen=True)
class Ended:
    status: int
    stderr: str


def start(db: Path, corpus: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "STORYLINE_DB": str(db), "COLUMNS": "200"}
    return subprocess.Popen(
        [*CLI, "ingest", str(corpus), "--workers", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own group: whatever is left of it is killed at the end
    )


def finish(proc: subprocess.Popen[bytes]) -> Ended:
    try:
        _, err = proc.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        _, err = proc.communicate()
        pytest.fail(f"ingest hung past {TIMEOUT_S} s:\n{err.decode()[-2000:]}")
    return Ended(proc.returncode, err.decode("utf-8", "replace"))


def workers_of(pid: int) -> list[int]:
    """The worker processes of the parent ``pid`` (multiprocessing's resource tracker, also
    its child, is no worker)."""
    found = []
    for child in _children(pid):
        try:
            command = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in command:
            found.append(child)
    return found


def first_worker(proc: subprocess.Popen[bytes], rng: random.Random) -> int | None:
    """One of the workers of ``proc``, drawn by ``rng``, as soon as there is one (they start
    on first use); None if the run ends first."""
    while proc.poll() is None:
        victims = workers_of(proc.pid)
        if victims:
            return rng.choice(victims)
        time.sleep(0.02)
    return None


@dataclass(frozen=True)
class Clean:
    db: Path
    seconds: float


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Clean:
    """A run that nothing interrupts, and how long it took (the kill moments lie within it)."""
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    began = time.monotonic()
    ended = finish(start(db, ROOT / "examples"))
    assert ended.status == EXIT_TAKEN, ended.stderr
    return Clean(db, time.monotonic() - began)


def moments(seed: int, count: int, within_s: float) -> Iterator[float]:
    """``count`` delays spread over ``within_s``: one drawn in each of ``count`` equal parts
    of it, so that no phase of the run is left out by chance."""
    rng = random.Random(seed)
    part = within_s * RUN_SHARE / count
    for n in range(count):
        yield part * (n + rng.uniform(0.05, 0.95))


def rerun_equals_clean(db: Path, clean: Clean, killed: Ended) -> None:
    again = finish(start(db, ROOT / "examples"))
    said = f"killed run: {killed.stderr[-1500:]}\nre-run: {again.stderr[-1500:]}"
    assert again.status == EXIT_TAKEN, said
    assert "Traceback" not in again.stderr, said
    found = differences(content(db), content(clean.db))
    assert not found, f"the store after the re-run is not the clean run's:\n{found}\n{said}"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds processes in /proc")
@pytest.mark.parametrize("n", range(PARENT_KILLS))
def test_kill_random_parent_then_rerun_equals_a_clean_run(
    clean: Clean, tmp_path: Path, n: int
) -> None:
    delay = list(moments(SEED, PARENT_KILLS, clean.seconds))[n]
    db = tmp_path / "s.db"
    proc = start(db, ROOT / "examples")
    time.sleep(delay)
    children = _children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    ended = finish(proc)
    assert ended.status in (-signal.SIGKILL, EXIT_TAKEN), ended.stderr[-2000:]
    assert _gone(children), "a worker outlived its killed parent"
    rerun_equals_clean(db, clean, ended)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds processes in /proc")
@pytest.mark.parametrize("n", range(WORKER_KILLS))
def test_kill_random_worker_loses_nothing_and_rerun_equals_a_clean_run(
    clean: Clean, tmp_path: Path, n: int
) -> None:
    delay = list(moments(SEED + 1, WORKER_KILLS, clean.seconds))[n]
    db = tmp_path / "s.db"
    proc = start(db, ROOT / "examples")
    time.sleep(delay)
    victim = first_worker(proc, random.Random(SEED + n))
    if victim is None:  # the machine ran this one faster than the clean run: no kill, no test
        pytest.skip(f"the run ended before {delay:.1f} s")
    os.kill(victim, signal.SIGKILL)
    ended = finish(proc)
    assert "Traceback" not in ended.stderr, ended.stderr[-2000:]
    # One death is no fault of the document: its task goes to a fresh worker, nothing is lost.
    assert ended.status == EXIT_TAKEN, ended.stderr[-2000:]
    assert "E112" not in ended.stderr, ended.stderr[-2000:]
    assert not differences(content(db), content(clean.db)), ended.stderr[-2000:]
    rerun_equals_clean(db, clean, ended)
