"""Options of the command line itself: ``--version``, and ``--pair`` that must not swallow
the options after it."""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from tests.merge.stored import write_merged

runner = CliRunner(env={"COLUMNS": "200"})


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("options") / "s.db"
    write_merged(path)
    return path


def test_cli_options_version_prints_the_package_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"storyline {version('storyline')}\n"


def test_cli_options_version_needs_no_store(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--version"], env={"STORYLINE_DB": str(tmp_path / "none.db")})
    assert result.exit_code == 0 and not (tmp_path / "none.db").exists()


def test_cli_options_pair_keeps_the_options_after_it(db: Path) -> None:
    result = runner.invoke(
        app, ["timeline", "--pair", "ISIL", "Iraq", "--db", str(db), "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output[result.output.index("[") :])
    assert [e["type"] for e in shown] == ["attack"]


@pytest.mark.parametrize(
    ("args", "got"),
    [
        (["--pair", "ISIL", "--db", "{db}"], "got only 'ISIL' before --db"),
        (["--pair", "--db", "{db}", "ISIL"], "got no name before --db"),
        (["--pair", "ISIL", "-f", "json", "--db", "{db}"], "got only 'ISIL' before -f"),
    ],
)
def test_cli_options_pair_of_one_name_is_an_error(db: Path, args: list[str], got: str) -> None:
    result = runner.invoke(app, ["timeline", *(a.format(db=db) for a in args)])
    assert result.exit_code == 2
    assert result.output.startswith("error E001 usage error: --pair takes two names"), result.output
    assert got in result.output
    assert "unexpected extra argument" not in result.output


def test_cli_options_pair_at_the_end_with_one_name_says_so(db: Path) -> None:
    result = runner.invoke(app, ["timeline", "--db", str(db), "--pair", "ISIL"])
    assert result.exit_code == 2
    assert "'--pair' requires 2 arguments" in result.output


def test_cli_engine_help_names_the_ray_extra() -> None:
    """The help's install hint keeps its "[ray]" (rich would read it as markup)."""
    result = runner.invoke(app, ["ingest", "--help"])
    assert result.exit_code == 0
    assert "storyline[ray]" in result.output
