"""SIGKILL at random moments of ``ingest --workers 2`` (issue 12, "Faults with workers").

The parent, or one of its workers, is killed a delay drawn by a seeded generator after the
store shows the run at one of its phases (starting, reading documents, reading events,
writing events and merging), so that the kills fall on every phase whatever the speed of the
machine. The killed run is then run again to completion, and the store must hold what a clean
run leaves: the same documents, sources, events, copies, stories and merged events, nothing
lost and nothing twice. A worker killed once costs nothing at all: its task goes to a fresh
worker, so the killed run itself already leaves what a clean run leaves (a worker that dies on
a document every time costs that document a rejection: tests/cli/test_workers.py).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.cli.test_kill import _children, _gone
from tests.conftest import ROOT

SEED = 12
TIMEOUT_S = 180
"""Seconds for one run; a clean run of the sample corpus takes a few of them."""
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
class Moment:
    """When to kill: ``jitter_s`` (drawn by a seeded generator) after ``marker``, a query of the
    store that turns true as the run gets that far."""

    name: str
    marker: str
    jitter_s: float


DOCUMENTS = 17
"""Documents the sample corpus holds."""
MARKERS = (
    ("starting", "SELECT 1", 2.0),  # the store, the lock, the workers' spawn and model
    ("reading documents", "SELECT count(*) >= 3 FROM documents", 0.5),
    ("reading events", f"SELECT count(*) >= {DOCUMENTS} FROM documents", 2.0),
    ("writing events", "SELECT count(*) >= 1 FROM analyses", 0.2),
)
"""Where the kills fall (the sample corpus's articles are parsed together, then their events
written and merged at once). The jitter after each is the most drawn."""


def moments(seed: int, names: tuple[str, ...]) -> list[Moment]:
    """A moment in each phase ``names`` gives, its jitter drawn from ``seed``."""
    rng = random.Random(seed)
    return [
        Moment(name, marker, rng.uniform(0, most))
        for name, marker, most in MARKERS
        if name in names
    ]


def reached(db: Path, marker: str) -> bool:
    """Whether the marker query is true of the store yet (a store not yet made: no)."""
    if marker == "SELECT 1":
        return True
    if not db.exists():
        return False
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return bool(conn.execute(marker).fetchone()[0])
    except sqlite3.OperationalError:
        return False  # the schema is not made yet


def wait_for(proc: subprocess.Popen[bytes], db: Path, moment: Moment) -> bool:
    """Wait until ``moment`` (True), or until the run ends (False)."""
    deadline = time.monotonic() + TIMEOUT_S
    while not reached(db, moment.marker):
        if proc.poll() is not None or time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    time.sleep(moment.jitter_s)
    return proc.poll() is None


TRIES = 4
"""Runs tried per moment: a machine faster than the drawn jitter gets the moment again with
half the jitter, the last time none (the kill falls as the phase begins)."""


def started_at(db: Path, moment: Moment) -> subprocess.Popen[bytes]:
    """A run of the sample corpus that is still running at ``moment``, or at an earlier
    point of the same phase on a machine that runs it faster than the jitter drawn."""
    for attempt in range(TRIES):
        jitter = 0.0 if attempt == TRIES - 1 else moment.jitter_s / 2**attempt
        for stale in db.parent.glob(db.name + "*"):
            stale.unlink()
        proc = start(db, ROOT / "examples")
        if wait_for(proc, db, Moment(moment.name, moment.marker, jitter)):
            return proc
        finish(proc)
    raise AssertionError(f"no run of {TRIES} was still running at {moment.name}")


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store a run that nothing interrupts leaves."""
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    ended = finish(start(db, ROOT / "examples"))
    assert ended.status == EXIT_TAKEN, ended.stderr
    return db


def rerun_equals_clean(db: Path, clean: Path, killed: Ended) -> None:
    again = finish(start(db, ROOT / "examples"))
    said = f"killed run: {killed.stderr[-1500:]}\nre-run: {again.stderr[-1500:]}"
    assert again.status == EXIT_TAKEN, said
    assert "Traceback" not in again.stderr, said
    found = differences(content(db), content(clean))
    assert not found, f"the store after the re-run is not the clean run's:\n{found}\n{said}"


PARENT_MOMENTS = moments(SEED, tuple(name for name, _, _ in MARKERS))
WORKER_MOMENTS = moments(SEED + 1, ("starting", "reading documents", "reading events"))
"""Workers live while documents and events are read (a worker killed idle is found dead when
it is given its next task)."""


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds processes in /proc")
@pytest.mark.parametrize("moment", PARENT_MOMENTS, ids=lambda m: m.name.replace(" ", "-"))
def test_kill_random_parent_then_rerun_equals_a_clean_run(
    clean: Path, tmp_path: Path, moment: Moment
) -> None:
    db = tmp_path / "s.db"
    proc = started_at(db, moment)
    children = _children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    ended = finish(proc)
    assert ended.status in (-signal.SIGKILL, EXIT_TAKEN), ended.stderr[-2000:]
    assert _gone(children), "a worker outlived its killed parent"
    rerun_equals_clean(db, clean, ended)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds processes in /proc")
@pytest.mark.parametrize("moment", WORKER_MOMENTS, ids=lambda m: m.name.replace(" ", "-"))
def test_kill_random_worker_loses_nothing_and_rerun_equals_a_clean_run(
    clean: Path, tmp_path: Path, moment: Moment
) -> None:
    db = tmp_path / "s.db"
    proc = started_at(db, moment)
    victim = first_worker(proc, random.Random(SEED))
    assert victim is not None, "the run ended before a worker could be killed"
    os.kill(victim, signal.SIGKILL)
    ended = finish(proc)
    assert "Traceback" not in ended.stderr, ended.stderr[-2000:]
    # One death is no fault of the document: its task goes to a fresh worker, nothing is lost.
    assert ended.status == EXIT_TAKEN, ended.stderr[-2000:]
    assert "E112" not in ended.stderr, ended.stderr[-2000:]
    assert not differences(content(db), content(clean)), ended.stderr[-2000:]
    rerun_equals_clean(db, clean, ended)
