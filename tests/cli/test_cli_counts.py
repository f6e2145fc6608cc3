"""Counts the command line prints agree with each other: the header of a timeline, each
event's line, the HTML report's cards and its summary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from tests.merge.stored import write_merged

runner = CliRunner(env={"COLUMNS": "200"})
OUTLETS = re.compile(r"(\d+) outlets?(?: \((\d+) independent\))?")


@pytest.fixture(scope="module")
def unnamed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Reports whose outlets no article names: each document is an outlet of its own."""
    db = tmp_path_factory.mktemp("counts") / "c.db"
    write_merged(db)
    return db


def outlet_counts(text: str) -> tuple[int, int]:
    found = OUTLETS.search(text)
    assert found, text
    total = int(found.group(1))
    return total, int(found.group(2) or total)


def test_cli_counts_header_counts_the_outlets_its_lines_count(unnamed_db: Path) -> None:
    result = runner.invoke(app, ["timeline", "--db", str(unnamed_db)])
    assert result.exit_code == 0, result.output
    header, *lines = [x for x in result.output.splitlines()[1:] if "outlet" in x]
    whole = outlet_counts(header)
    assert whole[0] >= 1, header  # it said "0 outlets" over lines of 3 outlets
    for line in lines:
        total, independent = outlet_counts(line.rsplit(" · ", 1)[-1])
        assert independent <= total <= whole[0], (line, header)


def test_cli_counts_report_cards_never_exceed_their_total(unnamed_db: Path, tmp_path: Path) -> None:
    page = tmp_path / "r.html"
    result = runner.invoke(app, ["report", "-o", str(page), "--db", str(unnamed_db)])
    assert result.exit_code == 0, result.output
    html = page.read_text("utf-8")
    cards = re.findall(r"<dt>Outlets</dt>\s*<dd>([^<]*)</dd>", html)
    assert cards
    for card in cards:
        total, independent = outlet_counts(card)
        assert independent <= total, card
    figures = dict(re.findall(r"<dt>(\w+)</dt><dd>([^<]*)</dd>", html))
    assert int(figures["outlets"]) >= max(outlet_counts(card)[0] for card in cards)
