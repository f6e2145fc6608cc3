"""The web app serves whole pages while ``storyline ingest`` writes more documents into the
same store from another process: no "database is locked", no 500, no cut page."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from storyline.cli import app
from storyline.store.reader import open_read_only
from storyline.web import create_app, filters
from tests.conftest import ROOT

CLI = (sys.executable, "-c", "from storyline.cli import main; main()")
PAGES = ("/", "/search?q=minister", "/api/events", "/api/search?q=minister")
STORY = (
    "Zarnia, 3 March 2024. The foreign minister of Zarnia, Olev Tamrin, met the envoy of "
    "Quellport, Dara Vesk, in Zarnia on Monday to discuss trade talks number {n}. The two "
    "agreed to meet again in April, the ministry said.\n"
)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    db = tmp_path / "live.db"
    done = CliRunner().invoke(app, ["ingest", str(tmp_path / "examples"), "--db", str(db)])
    assert done.exit_code == 0, done.output
    return db


def test_web_serves_whole_pages_while_ingest_writes(store: Path, tmp_path: Path) -> None:
    more = tmp_path / "more"
    more.mkdir()
    for n in range(40):
        (more / f"talks-{n}.txt").write_text(STORY.format(n=n))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    writer = subprocess.Popen(
        [*CLI, "ingest", str(more), "--db", str(store)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    answers = 0
    with TestClient(create_app(store)) as client:
        while writer.poll() is None or answers < len(PAGES):
            url = PAGES[answers % len(PAGES)]
            answer = client.get(url)
            assert answer.status_code == 200, (url, answer.text[:300])
            assert "locked" not in answer.text
            if url.startswith("/api"):
                answer.json()  # whole JSON
            else:
                assert answer.text.rstrip().endswith("</html>"), url
            answers += 1
        assert client.get("/api/events?q=Tamrin").json()["total"] > 0  # the new ones are seen
    output = writer.communicate()[0].decode()
    assert writer.returncode == 0, output
    assert answers > len(PAGES)


def test_web_download_reads_one_snapshot_whatever_is_committed_meanwhile(store: Path) -> None:
    """A download is read a chunk at a time; a merge committed between two chunks (here, one
    that absorbs the first event into another) must not cut an event out of it or give one
    twice."""
    with open_read_only(store) as reader:
        everything = [e.id for e in filters.all_events(reader, filters.build())]
        chunks = filters.event_chunks(reader, filters.build(), size=5)
        first = next(chunks)
        with sqlite3.connect(store) as other:
            other.execute("DELETE FROM merged WHERE id = ?", (first[0].id,))
        downloaded = [e.id for chunk in [first, *chunks] for e in chunk]
    assert len(everything) > 10
    assert downloaded == everything
