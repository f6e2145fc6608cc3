"""`storyline docs --search` takes what people type: names with hyphens and apostrophes,
phrases, stray quotes and operators, never an SQL or FTS5 syntax error."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app

runner = CliRunner(env={"COLUMNS": "200"})


@pytest.fixture(scope="module")
def searched_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("search")
    db = folder / "s.db"
    page = folder / "shia-change.txt"
    page.write_text(
        "Baghdad handover\n\n"
        "Prime Minister Mohammed Shia' al-Sudani marked the change of command at the NATO "
        "mission in Baghdad on Sunday, thanking the outgoing commander for two years of work "
        "with the Iraqi security institutions and their advisers.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["ingest", str(page), "--no-events", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.parametrize(
    "query",
    [
        "al-Sudani",
        "Shia'",
        '"change of command"',
        "NATO Baghdad",
        'NATO "Baghdad',
        "(NATO) AND Baghdad*",
    ],
)
def test_cli_search_finds_what_people_type(searched_db: Path, query: str) -> None:
    result = runner.invoke(app, ["docs", "--search", query, "--db", str(searched_db)])
    assert result.exit_code == 0, result.output
    assert "shia-change" in result.output and "1 document" in result.output


@pytest.mark.parametrize(
    "query", ["*", '"', "()", "NEAR(NATO", "title:Baghdad", '"command of change"', "NATO Basra"]
)
def test_cli_search_finds_nothing_without_an_error(searched_db: Path, query: str) -> None:
    result = runner.invoke(app, ["docs", "--search", query, "--db", str(searched_db)])
    assert result.exit_code == 0, result.output
    assert "shia-change" not in result.output and "error" not in result.output


@pytest.mark.parametrize("word", ["AND", "and", "And"])
def test_cli_search_takes_an_operator_as_a_plain_word(searched_db: Path, word: str) -> None:
    result = runner.invoke(app, ["docs", "--search", word, "--db", str(searched_db)])
    assert result.exit_code == 0, result.output
    assert "shia-change" in result.output and "1 document" in result.output


@pytest.mark.parametrize("query", ["*", '"', "(", "'", ""])
def test_cli_search_without_a_word_says_there_is_nothing_to_search_for(
    searched_db: Path, query: str
) -> None:
    result = runner.invoke(app, ["docs", "--search", query, "--db", str(searched_db)])
    assert result.exit_code == 0, result.output
    assert "nothing to search for" in result.output and "shia-change" not in result.output


def test_cli_search_says_how_many_match_when_the_limit_cuts_the_list(tmp_path: Path) -> None:
    db, pages = tmp_path / "f.db", tmp_path / "pages"
    pages.mkdir()
    for n in range(3):
        page = pages / f"ferry-{n}.txt"
        page.write_text(
            f"Ferry notice {n}\n\nThe ferry to Quenby left the harbour at dawn on day {n}, "
            "carrying the mail, two carts of slate and the island's new schoolteacher.\n",
            encoding="utf-8",
        )
    done = runner.invoke(app, ["ingest", str(pages), "--no-events", "--db", str(db)])
    assert done.exit_code == 0, done.output
    cut = runner.invoke(app, ["docs", "--search", "Quenby", "--limit", "2", "--db", str(db)])
    assert cut.exit_code == 0 and "2 of 3 documents (use --limit" in cut.output
    whole = runner.invoke(app, ["docs", "--search", "Quenby", "--db", str(db)])
    assert "3 documents" in whole.output and " of " not in whole.output
    listed = runner.invoke(app, ["docs", "--limit", "1", "--db", str(db)])
    assert "1 of 3 documents" in listed.output
