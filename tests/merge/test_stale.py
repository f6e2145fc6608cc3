"""What a store still lacks that ``ingest`` leaves done, found without writing, and the one
note read commands print about it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storyline.errors import Code, UsageError
from storyline.merge.run import mark_copies
from storyline.merge.stale import ACTORS_STATE, Staleness, check_actors, staleness
from storyline.store import SCHEMA_VERSION, Writer, open_store
from storyline.store.reader import open_read_only
from tests.merge.stored import write_merged, write_reports


@pytest.mark.parametrize(
    ("stale", "phrases"),
    [
        (Staleness(SCHEMA_VERSION), []),
        (Staleness(SCHEMA_VERSION, outdated=1), ["1 article was read by an older storyline"]),
        (Staleness(SCHEMA_VERSION, outdated=3), ["3 articles were read by an older storyline"]),
        (
            Staleness(SCHEMA_VERSION, new=1),
            ["1 article is not yet checked for copies or read for events"],
        ),
        (Staleness(SCHEMA_VERSION, unmerged=True), ["some reports are not merged into events yet"]),
        (
            Staleness(SCHEMA_VERSION, new=2, unmerged=True),
            ["2 articles are not yet checked for copies or read for events"],
        ),
        (
            Staleness(SCHEMA_VERSION - 1),
            [
                f"it lacks the office table learned from the stored reports (schema "
                f"{SCHEMA_VERSION - 1} of {SCHEMA_VERSION})"
            ],
        ),
        (
            Staleness(5),
            [
                "it lacks indexes for browsing merged events, full text over merged events, "
                "document frequencies of story terms, the copy check's index of signature "
                "bands, stored reports' actors by spelling, stored reports' actors by date "
                "bucket, grouped articles by their days, stored reports' actors by type and "
                "background, story profiles packed as numbers, the office table learned from "
                f"the stored reports (schema 5 of {SCHEMA_VERSION})"
            ],
        ),
    ],
)
def test_stale_says_what_is_left_in_words(stale: Staleness, phrases: list[str]) -> None:
    assert stale.stale() == phrases
    assert stale.up_to_date is (not phrases)
    note = stale.note(Path("news.db"))
    if not phrases:
        assert note is None
    else:
        assert note is not None and all(phrase in note for phrase in phrases)
        assert note.endswith("run `storyline reprocess --db news.db` to bring it up to date")


def test_stale_note_joins_every_part_on_one_line() -> None:
    note = Staleness(5, new=1, outdated=2).note(Path("s.db"))
    assert note is not None and "\n" not in note
    assert "2 articles were read by an older storyline, 1 article is not yet" in note
    assert "read for events and it lacks indexes" in note


def test_stale_store_too_old_to_read_is_an_e012_naming_the_command() -> None:
    stale = Staleness(4)
    assert not stale.readable and not stale.up_to_date
    error = stale.unreadable(Path("old.db"))
    assert error.code is Code.E012 and "storyline reprocess --db old.db" in error.message


def test_stale_store_being_created_is_no_database_yet(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    db.touch()  # an ingest has created the file and not yet its schema
    with open_read_only(db) as store:
        stale = staleness(store)
    assert not stale.readable
    assert "no database at" in stale.unreadable(db).message
    assert db.read_bytes() == b""


def test_stale_merged_store_is_up_to_date(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    write_merged(db)
    before = db.read_bytes()
    with open_read_only(db) as store:
        assert staleness(store) == Staleness(SCHEMA_VERSION)
    assert db.read_bytes() == before


def test_stale_reports_written_by_hand_are_new_articles(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    write_reports(db)
    with open_read_only(db) as store:
        assert staleness(store) == Staleness(SCHEMA_VERSION, new=4, unmerged=True)


def test_stale_checked_and_read_but_not_merged(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    write_reports(db)
    with open_store(db) as store, Writer(db) as writer:
        mark_copies(store, writer)
    with open_read_only(db) as store:
        assert staleness(store) == Staleness(SCHEMA_VERSION, unmerged=True)


def test_stale_article_read_by_an_older_extractor_is_outdated(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    write_merged(db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE analyses SET version = version - 1 WHERE rowid IN (1, 2)")
    conn.close()
    with open_read_only(db) as store:
        assert staleness(store) == Staleness(SCHEMA_VERSION, outdated=2)


def test_stale_actors_file_in_force_is_part_of_what_articles_were_read_with(
    tmp_path: Path,
) -> None:
    db = tmp_path / "s.db"
    write_merged(db)
    actors = tmp_path / "actors.toml"
    actors.write_text('[[alias]]\nname = "Islamic State"\nkind = "org"\naliases = ["ISIL"]\n')
    with Writer(db) as writer:  # as a catch-up stopped after keeping the file's text
        writer.put_state(ACTORS_STATE, actors.read_bytes().decode("latin-1"))
    with open_read_only(db) as store:
        assert staleness(store) == Staleness(SCHEMA_VERSION, outdated=4)
        check_actors(store, actors)


def test_stale_other_actors_file_is_a_usage_error_naming_reprocess(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    write_merged(db)
    actors = tmp_path / "actors.toml"
    actors.write_text("")
    with open_read_only(db) as store, pytest.raises(UsageError) as caught:
        check_actors(store, actors)
    assert f"storyline reprocess --actors {actors} --db {db}" in caught.value.message
