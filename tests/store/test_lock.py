"""The store's write lock: one writing command at a time, readers never wait."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from storyline.store.lock import lock_path, writing

HOLD = """
import sys, time
from pathlib import Path
from storyline.store.lock import writing
with writing(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def hold(db: Path, seconds: float) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_lock_is_free_when_no_one_holds_it(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with writing(db) as held:
        assert held and lock_path(db).exists()
    with writing(db, wait=False) as held:
        assert held


def test_lock_makes_a_writer_wait_and_a_reader_go_on(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    other = hold(db, 1.5)
    try:
        with writing(db, wait=False) as held:
            assert not held
        told: list[str] = []
        start = time.monotonic()
        with writing(db, on_wait=told.append) as held:
            assert held
            waited = time.monotonic() - start
        assert told and "waiting for another storyline command" in told[0]
        assert waited > 0.5
    finally:
        other.wait(timeout=30)


def test_lock_is_released_when_its_holder_is_killed(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    other = hold(db, 60)
    other.kill()
    other.wait(timeout=30)
    with writing(db, wait=False) as held:
        assert held


def test_lock_file_of_any_store_is_ignored_by_git(tmp_path: Path) -> None:
    from fnmatch import fnmatch

    from tests.conftest import ROOT

    patterns = [
        line.strip().lstrip("/")
        for line in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for db in ("demo.db", "storyline.db", "news.db"):
        name = lock_path(tmp_path / db).name
        assert any(fnmatch(name, pattern) for pattern in patterns), name
