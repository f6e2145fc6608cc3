"""The format of a file written with ``-o`` follows its extension unless ``--format`` says
otherwise; an extension that names no format is an error, never JSON Lines in ``d.csv``."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from storyline.cli import app
from tests.merge.stored import write_merged

runner = CliRunner(env={"COLUMNS": "200"})


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("formats") / "s.db"
    write_merged(path)
    return path


def run(*args: str, db: Path) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--db", str(db)])
    return result.exit_code, result.output


def read_as(path: Path) -> str:
    """The format the file holds, read back by content."""
    if path.read_bytes()[:4] == b"PAR1":
        pq.read_table(path)
        return "parquet"
    text = path.read_text("utf-8")
    if text.startswith(("<!DOCTYPE", "<html")):
        return "html"
    if text.startswith("# "):
        return "md"
    if text.startswith("["):
        json.loads(text)
        return "json"
    if text.startswith("{"):
        [json.loads(line) for line in text.splitlines()]
        return "jsonl"
    if "," in text.splitlines()[0]:
        next(csv.reader(text.splitlines()))
        return "csv"
    return "text"


@pytest.mark.parametrize(
    "command", [("export", "docs"), ("export", "events"), ("export", "reports")]
)
@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("d.csv", "csv"),
        ("d.CSV", "csv"),
        ("d.jsonl", "jsonl"),
        ("d.ndjson", "jsonl"),
        ("d.parquet", "parquet"),
    ],
)
def test_cli_formats_export_follows_the_extension(
    db: Path, tmp_path: Path, command: tuple[str, str], name: str, fmt: str
) -> None:
    out = tmp_path / name
    code, output = run(*command, "-o", str(out), db=db)
    assert code == 0, output
    assert read_as(out) == fmt


@pytest.mark.parametrize(
    ("name", "fmt"), [("t.txt", "text"), ("t.md", "md"), ("t.json", "json"), ("t.html", "html")]
)
def test_cli_formats_timeline_follows_the_extension(
    db: Path, tmp_path: Path, name: str, fmt: str
) -> None:
    out = tmp_path / name
    assert run("timeline", "-o", str(out), db=db)[0] == 0
    assert read_as(out) == fmt


def test_cli_formats_option_wins_over_the_extension(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "d.csv"
    assert run("export", "docs", "--format", "jsonl", "-o", str(out), db=db)[0] == 0
    assert read_as(out) == "jsonl"
    page = tmp_path / "t.txt"
    assert run("timeline", "-f", "html", "-o", str(page), db=db)[0] == 0
    assert read_as(page) == "html"


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (("export", "docs"), "d.json"),
        (("export", "events"), "events"),
        (("timeline",), "t.out"),
        (("export", "series"), "s.jsonl"),
    ],
)
def test_cli_formats_unknown_extension_is_an_error(
    db: Path, tmp_path: Path, command: tuple[str, ...], name: str
) -> None:
    out = tmp_path / name
    code, output = run(*command, "-o", str(out), db=db)
    assert code == 2 and output.startswith("error E001 usage error: cannot tell which format")
    assert "--format" in output and not out.exists()


def test_cli_formats_stdout_defaults(db: Path) -> None:
    code, output = run("export", "docs", db=db)
    assert code == 0 and output.startswith('{"doc"')
    code, output = run("timeline", db=db)
    assert code == 0 and output.startswith("Timeline:")


def test_formats_export_to_a_closed_pipe_stops_quietly(db: Path) -> None:
    """ "storyline export events | head -1": the reader closed the pipe; the command stops
    with status 0 and no error line (not "cannot write -: Broken pipe")."""
    code = "from storyline.cli import main; main()"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "export", "events", "--db", str(db), "-o", "-"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # as `head` does once it has read what it wanted
    error = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=120) == 0, error
    assert "error" not in error
