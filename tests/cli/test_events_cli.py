from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from storyline.cli import _actor_label, app
from storyline.records import Actor
from storyline.store import EVENT_COLUMNS

runner = CliRunner(env={"COLUMNS": "200"})

STORY = (
    "BAGHDAD — Iraqi Prime Minister Mohammed Shia al-Sudani held talks with NATO Secretary "
    "General Jens Stoltenberg in Baghdad on Tuesday about training and what comes next for the "
    "advisory mission.\nStoltenberg praised the work of Iraqi security forces, according to a "
    "statement."
)
FRENCH = (
    "Le Premier ministre irakien a rencontré mardi à Bagdad le secrétaire général de l'OTAN "
    "pour discuter de la formation des forces armées et de l'avenir de la mission de conseil."
)


def feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    lines = [
        {"id": "talks", "published": "2023-05-10", "title": "Talks in Baghdad", "text": STORY},
        {"id": "french", "published": "2023-05-10", "text": FRENCH},
    ]
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines))
    return path


def run(*args: str, db: Path) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--db", str(db)])
    return result.exit_code, result.output


def test_events_cli_lists_events_and_skipped_languages(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert run("ingest", str(feed(tmp_path)), db=db)[0] == 0
    code, output = run("events", db=db)
    assert code == 0
    assert "2023-05-09" in output and "meet" in output and "Baghdad" in output
    assert "Jens Stoltenberg (Secretary General, NATO)" in output
    assert "french: skipped, language is 'fr'" in output


def test_events_cli_one_document(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    run("ingest", str(feed(tmp_path)), db=db)
    code, output = run("events", "french", db=db)
    assert code == 0 and "0 events" in output


def test_events_cli_one_document_shows_only_its_own_skip_note(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    run("ingest", str(feed(tmp_path)), db=db)
    code, output = run("events", "talks", db=db)
    assert code == 0 and "meet" in output and "french" not in output
    code, output = run("events", "french", db=db)
    assert "french: skipped" in output


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_events_cli_export_formats(tmp_path: Path, fmt: str) -> None:
    db = tmp_path / "s.db"
    run("ingest", str(feed(tmp_path)), db=db)
    out = tmp_path / f"events.{fmt}"
    code, _ = run("export", "events", "--format", fmt, "-o", str(out), db=db)
    assert code == 0
    if fmt == "jsonl":
        (row,) = [json.loads(line) for line in out.read_text().splitlines()]
        assert list(row) == list(EVENT_COLUMNS)
        assert row["plover"] == {"type": "CONSULT", "mode": None}
        assert row["date"] == "2023-05-09" and row["date_basis"] == "relative"
        assert row["location"]["country"] == "IQ"
        source = row["sources"][0]
        assert STORY[source["start"] : source["end"]] == source["sentence"]
    elif fmt == "csv":
        (row,) = list(csv.DictReader(io.StringIO(out.read_text())))
        assert json.loads(row["actors"])[0]["name"]
    else:
        assert pq.read_table(out).column_names == list(EVENT_COLUMNS)


def test_events_cli_user_actors_file(tmp_path: Path) -> None:
    actors = tmp_path / "actors.toml"
    actors.write_text(
        '[[alias]]\nname = "Mohammed Shia\' Al-Sudani"\nkind = "person"\n'
        'aliases = ["Mohammed Shia al-Sudani"]\n'
    )
    db = tmp_path / "s.db"
    run("ingest", str(feed(tmp_path)), "--actors", str(actors), db=db)
    code, output = run("events", "--actors", str(actors), db=db)
    assert code == 0 and "Mohammed Shia' Al-Sudani" in output
    bad = tmp_path / "bad.toml"
    bad.write_text("[[alias]\nname=")
    assert run("events", "--actors", str(bad), db=db)[0] == 2


def test_events_cli_reprocess_reads_changed_articles_again(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "s.db"
    run("ingest", str(feed(tmp_path)), db=db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE documents SET text = 'stale' WHERE doc = 'talks'")
        conn.execute("DELETE FROM events")
    assert run("reprocess", db=db)[0] == 0
    out = tmp_path / "e.jsonl"
    run("export", "events", "-o", str(out), db=db)
    assert [json.loads(line)["type"] for line in out.read_text().splitlines()] == ["meet"]


def test_events_cli_no_events_then_reprocess_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    run("ingest", str(feed(tmp_path)), "--no-events", db=db)
    code, output = run("export", "events", db=db)
    assert code == 0 and "2 articles are not yet checked for copies or read for events" in output
    assert "storyline reprocess --db" in output and '"type"' not in output
    assert run("reprocess", db=db)[0] == 0
    code, output = run("export", "events", db=db)
    assert code == 0 and "not up to date" not in output
    assert [json.loads(line)["type"] for line in output.splitlines()] == ["meet"]


def test_events_cli_new_actors_file_reads_articles_again(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    run("ingest", str(feed(tmp_path)), db=db)
    actors = tmp_path / "actors.toml"
    actors.write_text(
        '[[alias]]\nname = "Abu Ali"\nkind = "person"\naliases = ["Mohammed Shia al-Sudani"]\n'
    )
    code, output = run("events", "--actors", str(actors), db=db)
    assert code == 2 and "storyline reprocess --actors" in output and "Abu Ali" not in output
    code, output = run("reprocess", "--actors", str(actors), db=db)
    assert code == 0 and "events: 1 from 1 article" in output
    for args in (("events",), ("events", "--actors", str(actors))):
        code, output = run(*args, db=db)
        assert code == 0 and "Abu Ali" in output, output


def test_events_cli_language_tags_count_as_english(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "us", "lang": "en-US", "published": "2023-05-10", "text": STORY})
    )
    db = tmp_path / "s.db"
    run("ingest", str(path), db=db)
    code, output = run("events", db=db)
    assert code == 0 and "meet" in output and "skipped" not in output


def test_events_cli_parquet_schema_is_fixed_even_when_empty(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "french", "text": FRENCH}))
    run("ingest", str(path), db=db)
    out = tmp_path / "events.parquet"
    assert run("export", "events", "--format", "parquet", "-o", str(out), db=db)[0] == 0
    table = pq.read_table(out)
    assert table.num_rows == 0 and table.column_names == list(EVENT_COLUMNS)
    assert str(table.schema.field("actors").type).startswith("list<")


LATER = (
    "BAGHDAD — Al-Sudani met the Turkish foreign minister in Baghdad on Thursday to discuss "
    "water and trade."
)


def test_events_cli_one_name_per_person_across_articles(tmp_path: Path) -> None:
    """The events table, the per-article export and the merged export all show the name the
    whole corpus gives a person, not the one an article gives ("Al-Sudani")."""
    path = tmp_path / "feed.jsonl"
    lines = [
        {"id": "talks", "published": "2023-05-10", "text": STORY},
        {"id": "later", "published": "2023-06-02", "text": LATER},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines))
    db = tmp_path / "s.db"
    assert run("ingest", str(path), db=db)[0] == 0
    code, table = run("events", "later", db=db)
    assert code == 0 and "Mohammed Shia al-Sudani" in table
    for kind in ("reports", "events"):
        code, output = run("export", kind, db=db)
        names = {
            actor["name"]
            for line in output.splitlines()
            for actor in json.loads(line)["actors"]
            if "sudani" in actor["name"].lower()
        }
        assert code == 0 and names == {"Mohammed Shia al-Sudani"}, kind


def test_events_cli_actor_label_leaves_out_what_the_name_says() -> None:
    assert _actor_label(Actor("government of Iraq", "org", "government", "Iraq")) == (
        "government of Iraq"
    )
    assert _actor_label(Actor("coalition", "org", "coalition")) == "coalition"
    assert _actor_label(Actor("Jane Roe", "person", "Foreign Minister", "Chile")) == (
        "Jane Roe (Foreign Minister, Chile)"
    )
    # whole words only: "UN" is no word of "Munir"
    assert _actor_label(Actor("Munir Haddad", "person", "Ambassador", "UN")) == (
        "Munir Haddad (Ambassador, UN)"
    )
