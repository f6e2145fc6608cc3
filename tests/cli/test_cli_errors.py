"""What the command line says when it is asked something it cannot do: one line in the E001
format and exit status 2, before any work is done, never a Python traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from tests.merge.stored import write_merged

runner = CliRunner(env={"COLUMNS": "80"})


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("errors") / "s.db"
    write_merged(path)
    return path


def run(*args: str, db: Path) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--db", str(db)])
    return result.exit_code, result.output


def assert_one_line_error(code: int, output: str, *needles: str) -> None:
    assert code == 2, output
    assert "Traceback" not in output and "E900" not in output, output
    lines = output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error E001 usage error: "), output
    for needle in needles:
        assert needle in lines[0], (needle, output)


@pytest.mark.parametrize(
    "command",
    [
        ("export", "docs"),
        ("export", "events"),
        ("export", "reports"),
        ("export", "series"),
        ("timeline",),
        ("report",),
    ],
)
def test_cli_errors_output_in_a_missing_folder(
    db: Path, tmp_path: Path, command: tuple[str]
) -> None:
    target = tmp_path / "no-such-folder" / "out.csv"
    code, output = run(*command, "-o", str(target), db=db)
    assert_one_line_error(code, output, "cannot write", "does not exist")
    assert not target.parent.exists()


@pytest.mark.parametrize("command", [("export", "docs"), ("export", "events"), ("timeline",)])
def test_cli_errors_output_that_is_a_folder(db: Path, tmp_path: Path, command: tuple[str]) -> None:
    code, output = run(*command, "-o", str(tmp_path), db=db)
    assert_one_line_error(code, output, "it is a folder")


def test_cli_errors_output_name_too_long(db: Path, tmp_path: Path) -> None:
    code, output = run("export", "docs", "-o", str(tmp_path / ("x" * 300 + ".csv")), db=db)
    assert_one_line_error(code, output, "cannot write")


@pytest.mark.parametrize(
    ("command", "content", "needle"),
    [
        (("timeline",), None, "No such file"),
        (("events",), None, "No such file"),
        (("export", "events"), None, "No such file"),
        (("report",), "[[alias]\nname = ", "malformed"),
        (("timeline",), "", "Is a directory"),
    ],
)
def test_cli_errors_actors_file_unreadable(
    db: Path, tmp_path: Path, command: tuple[str], content: str | None, needle: str
) -> None:
    actors = tmp_path / "actors.toml"
    if content == "":
        actors.mkdir()
    elif content is not None:
        actors.write_text(content, "utf-8")
    code, output = run(*command, "--actors", str(actors), db=db)
    assert_one_line_error(code, output, needle)


def test_cli_errors_bad_actors_file_is_not_remembered(db: Path, tmp_path: Path) -> None:
    """The store kept the text of a malformed file, and every later command failed on it."""
    actors = tmp_path / "actors.toml"
    actors.write_text("[[holding]\n", "utf-8")
    assert run("timeline", "--actors", str(actors), db=db)[0] == 2
    code, output = run("timeline", db=db)
    assert code == 0 and "2016-07-14" in output, output


def test_cli_errors_stay_on_one_line_in_a_narrow_terminal(db: Path, tmp_path: Path) -> None:
    deep = tmp_path / ("a-long-folder-name-" * 6) / "events.jsonl"
    code, output = run("export", "events", "-o", str(deep), db=db)
    assert_one_line_error(code, output, str(deep))


def test_cli_errors_report_to_a_file_that_is_not_html(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    code, output = run("report", "-o", str(target), db=db)
    assert_one_line_error(code, output, "the report is HTML", ".html")
    assert not target.exists()


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["timeline", "--pair", "Iraq"], "--pair"),
        (["timeline", "--no-such-option"], "--no-such-option"),
        (["show"], "Missing argument"),
        (["no-such-command"], "no-such-command"),
    ],
)
def test_cli_errors_the_parser_s_own_usage_errors_are_one_line(
    argv: list[str],
    needle: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """What the option parser refuses (a missing value, an unknown option or command) reads
    as storyline's usage errors do: one line, exit status 2."""
    from storyline.cli import main

    monkeypatch.setattr("sys.argv", ["storyline", *argv])
    with pytest.raises(SystemExit) as done:
        main()
    captured = capsys.readouterr()
    assert_one_line_error(int(done.value.code or 0), captured.out + captured.err, needle)


@pytest.mark.parametrize("argv", [[], ["export"]])
def test_cli_errors_no_command_prints_the_help_and_no_empty_error(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from storyline.cli import main

    monkeypatch.setattr("sys.argv", ["storyline", *argv])
    with pytest.raises(SystemExit) as done:
        main()
    captured = capsys.readouterr()
    assert "Usage" in captured.out + captured.err
    assert "error" not in captured.out + captured.err
    assert done.value.code == 2
