"""A SIGKILL in the middle of a run loses nothing committed; the re-run takes the rest once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storyline.config import Settings
from storyline.ingest.pipeline import ingest

PAGES = 600
PARAGRAPH = (
    "Officials from the ministry met the visiting delegation on Tuesday to discuss training "
    "courses, the reform of military schools and the supply of spare parts for helicopters. "
)


def write_pages(folder: Path) -> None:
    folder.mkdir()
    for n in range(PAGES):
        body = "\n".join(f"Story {n}, part {k}. {PARAGRAPH * 3}" for k in range(4))
        page = f"Home\nWorld\nStory number {n} about talks\n{body}\nRelated Stories\nShare\n"
        (folder / f"page-{n:04d}.txt").write_text(page)


def storyline(*args: str, db: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "STORYLINE_DB": str(db)}
    code = "from storyline.cli import main; main()"
    return subprocess.Popen(
        [sys.executable, "-c", code, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def committed(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # the schema is not created yet


def _children(pid: int) -> list[int]:
    """The processes ``pid`` started (its workers), as Linux's /proc tells; none elsewhere."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def _gone(pids: list[int], within_s: float = 15.0) -> bool:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        alive = []
        for pid in pids:
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if state != "Z":  # a zombie has exited; init reaps it
                alive.append(pid)
        if not alive:
            return True
        time.sleep(0.1)
    return False


def _documents(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        query = "SELECT id, doc, source, status, title, published, outlet, text FROM documents"
        return sorted(conn.execute(query).fetchall())


@pytest.mark.parametrize(
    ("workers", "moment"),
    [("1", 20), ("2", 20), ("2", 300)],
    ids=["one-process", "workers-early", "workers-midway"],
)
def test_kill_mid_run_then_rerun_completes_without_duplicates(
    tmp_path: Path, workers: str, moment: int
) -> None:
    pages, db = tmp_path / "pages", tmp_path / "s.db"
    write_pages(pages)
    proc = storyline("ingest", str(pages), "--no-events", "--workers", workers, db=db)
    deadline = time.monotonic() + 120
    while committed(db) < moment and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    children = _children(proc.pid)
    proc.send_signal(signal.SIGKILL)  # the parent only: its workers see their pipe close
    proc.wait()
    before = committed(db)
    assert proc.returncode == -signal.SIGKILL
    assert moment <= before < PAGES, "the kill must land mid-run for this test to mean anything"
    assert _gone(children), "a worker outlived its killed parent"

    rerun = storyline("ingest", str(pages), "--no-events", "--workers", workers, db=db)
    _, stderr = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, stderr.decode()
    summary = stderr.decode()
    assert f"{PAGES - before} ingested" in summary and f"{before} unchanged" in summary

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids, docs = conn.execute(
            "SELECT count(DISTINCT id), count(DISTINCT doc) FROM documents"
        ).fetchone()
    assert ids == docs == PAGES
    clean = tmp_path / "clean.db"
    ingest([str(pages)], Settings(db=clean))
    assert _documents(db) == _documents(clean)

    export = tmp_path / "docs.jsonl"
    subprocess.run(
        [
            sys.executable,
            "-c",
            "from storyline.cli import main; main()",
            "export",
            "docs",
            "-o",
            str(export),
            "--db",
            str(db),
        ],
        check=True,
    )
    rows = [json.loads(line) for line in export.read_text().splitlines()]
    assert len(rows) == PAGES and all(row["status"] == "ok" for row in rows)
