"""Tables written to a pipe or a file: a fixed width when COLUMNS gives none, and columns laid
out so that names stay whole and evidence reads as sentences, at 120 columns and at 80."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from storyline import cli
from storyline.cli import app
from storyline.records import Actor, Event, EventDate, Evidence, Place

LONG_NAME = "harbourmaster-bulletin-2031-06-14-quay-dredging-contract-awarded"
SENTENCE = (
    "The harbourmaster of Quenby said the dredging of the inner quay would begin after the "
    "spring tides, once the Veyra yard signed."
)


@pytest.mark.parametrize(("columns", "width"), [(None, cli.PIPED_WIDTH), ("96", 96)])
def test_cli_output_to_a_pipe_takes_a_fixed_width_unless_columns_says(
    monkeypatch: pytest.MonkeyPatch, columns: str | None, width: int
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    if columns:
        monkeypatch.setenv("COLUMNS", columns)
    assert cli.out().width == width


def test_cli_docs_piped_keeps_each_name_whole(tmp_path: Path) -> None:
    pages, db = tmp_path / "pages", tmp_path / "w.db"
    pages.mkdir()
    (pages / f"{LONG_NAME}.txt").write_text(f"Quay contract awarded\n\n{SENTENCE}\n", "utf-8")
    runner = CliRunner(env={"COLUMNS": None})
    done = runner.invoke(app, ["ingest", str(pages), "--no-events", "--db", str(db)])
    assert done.exit_code == 0, done.output
    listed = runner.invoke(app, ["docs", "--db", str(db)])
    assert LONG_NAME in listed.output
    assert max(len(line) for line in listed.output.splitlines()) <= cli.PIPED_WIDTH


def _event() -> Event:
    harbourmaster = Actor("Orla Penhale", "person", "Harbourmaster", "Quenby Port Authority")
    return Event(
        id="e-quay",
        type="announce",
        plover=None,
        mode=None,
        date=EventDate("2031-06-14", "day", "explicit"),
        location=Place("Quenby", "GB", 50.1, -5.1),
        actors=(harbourmaster, Actor("Veyra yard", "org", side="target")),
        topics=(),
        summary="Orla Penhale made an announcement.",
        statements=(),
        background=True,
        sources=(Evidence(LONG_NAME, "d1", SENTENCE, 0, len(SENTENCE)),),
    )


@pytest.mark.parametrize("width", [cli.PIPED_WIDTH, 80])
def test_cli_events_table_keeps_the_evidence_in_words(width: int) -> None:
    console = Console(file=io.StringIO(), width=width, emoji=False, highlight=False)
    console.print(cli._events_table([_event()]))
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert max(len(line) for line in text.splitlines()) <= width
    words = re.findall(r"[\w'-]+", text)
    for word in re.findall(r"[\w'-]+", SENTENCE):
        assert word in words, (width, word)
    assert "Orla Penhale" in text or ("Orla" in words and "Penhale" in words)


def test_cli_long_evidence_is_cut_between_words() -> None:
    """A sentence longer than a cell holds is cut after a whole word, never inside one."""
    text = " ".join(["dredging"] * 40)
    clipped = cli._clip(text)
    assert clipped.endswith("dredging…")
    assert len(clipped) <= cli.EVIDENCE_CHARS
