"""One of a thing reads "1 event", never "1 events", wherever the command line counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.events.run import EXTRACTOR_VERSION, settings_key
from storyline.store import Writer
from storyline.wording import plural
from tests.merge.stored import REPORTS, article, catch_up_stored, report

runner = CliRunner(env={"COLUMNS": "200"})
WRONG = ("1 events", "1 documents", "1 reports", "1 outlets", "1 articles", "1 rows", "1 words")


@pytest.mark.parametrize(
    ("n", "noun", "nouns", "text"),
    [
        (0, "event", None, "0 events"),
        (1, "event", None, "1 event"),
        (2, "event", None, "2 events"),
        (1, "copy", "copies", "1 copy"),
        (3, "copy", "copies", "3 copies"),
        (1, "undated event", None, "1 undated event"),
    ],
)
def test_plural_reads_in_the_singular_and_the_plural(
    n: int, noun: str, nouns: str | None, text: str
) -> None:
    assert plural(n, noun, nouns) == text


@pytest.fixture(scope="module")
def one_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One article reporting one event, merged as ingest leaves it."""
    db = tmp_path_factory.mktemp("one") / "one.db"
    doc, (text, published, basis, group) = next(iter(REPORTS.items()))
    stored = article(doc, text, published, basis)
    with Writer(db) as writer:
        writer.put_article(stored)
        writer.put_events(
            stored.id,
            [report(stored, group)],
            version=EXTRACTOR_VERSION,
            settings=settings_key(None),
        )
    catch_up_stored(db)
    return db


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("docs",), "1 document"),
        (("timeline",), "1 event · 1 report · 1 outlet"),
        (("timeline", "-f", "md"), "1 event · 1 report · 1 outlet"),
        (("events",), "1 event"),
        (("export", "docs", "-o", "{tmp}/d.csv"), "1 document -> "),
        (("export", "events", "-o", "{tmp}/e.jsonl"), "1 event -> "),
        (("export", "reports", "-o", "{tmp}/r.jsonl"), "1 reported event -> "),
        (("timeline", "-o", "{tmp}/t.txt"), "1 event -> "),
        (("report", "-o", "{tmp}/r.html"), "1 event from 1 document -> "),
    ],
)
def test_cli_plural_counts_of_one(
    one_db: Path, tmp_path: Path, args: tuple[str, ...], expected: str
) -> None:
    argv = [arg.format(tmp=tmp_path) for arg in args]
    result = runner.invoke(app, [*argv, "--db", str(one_db)])
    assert result.exit_code == 0, result.output
    assert expected in result.output
    assert not [wrong for wrong in WRONG if wrong in result.output], result.output


def test_cli_plural_report_page_counts_of_one(one_db: Path, tmp_path: Path) -> None:
    page = tmp_path / "r.html"
    assert runner.invoke(app, ["report", "-o", str(page), "--db", str(one_db)]).exit_code == 0
    html = page.read_text("utf-8")
    assert "1 event · 1 report · 1 outlet" in html
    assert not [wrong for wrong in WRONG if wrong in html]


def test_cli_plural_rejection_of_a_one_word_page(tmp_path: Path) -> None:
    page = tmp_path / "short.html"
    page.write_text("<html><body><article><p>Hello.</p></article></body></html>", "utf-8")
    result = runner.invoke(app, ["ingest", str(page), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1
    assert "only 1 word of article text" in result.output
