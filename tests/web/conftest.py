"""One store for the web tests: the sample corpus (examples/) and the hostile documents of
tests/data/web (our own invented text with script, event-handler, javascript: and template
payloads in titles, outlets, bylines, bodies and URLs, and one binary input), ingested once."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from storyline.cli import app
from storyline.web import create_app
from tests.conftest import ROOT

HOSTILE = Path(__file__).parents[1] / "data" / "web"


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ingested store (never written to again: the tests check that)."""
    folder = tmp_path_factory.mktemp("web")
    shutil.copytree(ROOT / "examples", folder / "examples")
    shutil.copytree(HOSTILE, folder / "hostile")
    db = folder / "web.db"
    done = CliRunner().invoke(
        app, ["ingest", str(folder / "examples"), str(folder / "hostile"), "--db", str(db)]
    )
    assert done.exit_code == 1, done.output  # the binary input is rejected, the rest taken
    return db


@pytest.fixture(scope="session")
def client(web_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(web_db)) as test_client:
        yield test_client
