"""The web app serves whole pages while ``storyline ingest`` writes more documents into the
same store from another process: no "database is locked", no 500, no cut page."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from storyline.cli import app
from storyline.web import create_app
from tests.conftest import ROOT

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
    command = [sys.executable, "-c", "from storyline.cli import main; main()"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    writer = subprocess.Popen(
        [*command, "ingest", str(more), "--db", str(store)],
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
