"""A happening told in the past perfect keeps no date through merging: it came before the
article's main event, so that event's date, corroborated or not, is not its own."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app

runner = CliRunner()

ARTICLE = {
    "url": "https://news.example.org/2024/05/08/base-attack",
    "title": "Rockets hit air base near Kirkuk",
    "published": "2024-05-08",
    "text": (
        "Rockets struck an air base near Kirkuk on Tuesday, wounding two soldiers, the army "
        "said. Local militias had made threats against the foreign troops at the base."
    ),
}


def test_earlier_happening_stays_undated_after_merging(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    db, out = tmp_path / "s.db", tmp_path / "events.jsonl"
    assert runner.invoke(app, ["ingest", str(source), "--db", str(db), "-q"]).exit_code == 0
    args = ["export", "events", "--format", "jsonl", "-o", str(out), "--db", str(db)]
    assert runner.invoke(app, args).exit_code == 0
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    (attack,) = [e for e in events if e["type"] == "attack"]
    (threat,) = [e for e in events if e["type"] == "threaten"]
    assert attack["date"] == "2024-05-07"
    assert (threat["date"], threat["date_basis"]) == (None, "earlier")
