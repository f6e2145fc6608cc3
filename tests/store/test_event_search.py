"""Full text over merged events (schema 7): what the writer indexes, how it follows every
write, how an older store gets it, and that what people type never breaks it. The names,
places and sentences are our own invention."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from storyline.actors.names import fold
from storyline.records import Actor, MergedEvent, Place, Statement
from storyline.store import Writer, open_store
from storyline.store.browse import Sieve
from storyline.store.reader import Store, open_read_only
from storyline.store.search import fts_query
from tests.store.factories import article, drop_story_terms
from tests.timeline.factories import merged, source

TEXT = "Dockworkers stayed home on Monday as the quay cranes stood idle."
TEAGUE = Actor("Quillon Teague", "person", "Harbourmaster", "Veyra Port Authority", "source")
TOWN = Actor("Marrowby", "state", side="target")


def dredging(summary: str = "Quillon Teague visited Marrowby.") -> MergedEvent:
    """An event whose own words (headline, names, place, topics, evidence, statements) are not
    words of the document that reports it."""
    doc = article(TEXT, source="pages/quay.txt")
    sentence = "The harbourmaster toured the silted channel at Lowmere."
    return merged(
        "m-dredge",
        summary=summary,
        actors=(TEAGUE, TOWN),
        location=Place("Lowmere", "GB", 50.1, -5.1),
        topics=("channel dredging",),
        statements=(Statement("Quillon Teague", "The berths reopen by spring.", "quay"),),
        sources=(replace(source("quay", sentence), doc_id=doc.id),),
    )


def write(path: Path, *events: MergedEvent, dropped: tuple[str, ...] = ()) -> None:
    doc = article(TEXT, source="pages/quay.txt")
    with Writer(path) as writer:
        writer.put_article(doc)
        members = [(f"r-{e.id}", e.id, doc.id, None, True) for e in events]
        names = {e.id: {fold(a.name) for a in e.actors} for e in events}
        writer.put_merged(list(events), members, names, dropped=dropped)


def found(store: Store, typed: str) -> list[str]:
    return [e.id for e in store.browse_all(Sieve(match=fts_query(typed) or None))]


@pytest.mark.parametrize(
    "typed",
    [
        "Teague",  # a participant
        "quillon teague",
        "harbourmaster",  # a role
        '"Veyra Port Authority"',  # an organisation, as a phrase
        "Lowmere",  # the place
        "dredging",  # a topic
        "silted channel",  # the evidence sentence
        '"berths reopen"',  # a statement
        "Teague Marrowby",  # words of different fields
        "marrow*",  # a prefix
    ],
)
def test_event_search_finds_an_event_by_its_own_words(tmp_path: Path, typed: str) -> None:
    path = tmp_path / "s.db"
    write(path, dredging())
    with open_read_only(path) as store:
        assert store.searches_events()
        assert found(store, typed) == ["m-dredge"]
        assert store.search(typed) == []  # the document does not hold them


def test_event_search_still_finds_events_by_their_documents(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    write(path, dredging())
    with open_read_only(path) as store:
        assert found(store, "dockworkers cranes") == ["m-dredge"]
        assert found(store, "dockworkers Teague") == []  # every word in one of the two


def test_event_search_follows_every_write_of_the_event(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    write(path, dredging())
    write(path, dredging("Quillon Teague inspected the breakwater."))
    with open_read_only(path) as store:
        assert found(store, "breakwater") == ["m-dredge"]
        assert found(store, "visited") == []
    write(path, dropped=("r-m-dredge",))
    with open_read_only(path) as store:
        assert store.browse_count(Sieve()) == 0
        assert found(store, "Teague") == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM merged_text").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM merged_fts").fetchone() == (0,)


def _index(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT t.merged_id, f.headline, f.actors, f.place, f.topics, f.evidence, "
            "f.statements FROM merged_fts AS f JOIN merged_text AS t ON t.seq = f.rowid "
            "ORDER BY t.merged_id"
        ).fetchall()


def test_schema_v7_indexes_the_events_of_an_older_store(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    other = replace(
        dredging(), id="m-other", summary="Marrowby closed the quay.", actors=(TOWN,), statements=()
    )
    write(path, dredging(), other)
    written = _index(path)
    assert [row[0] for row in written] == ["m-dredge", "m-other"]
    assert written[0][1:] == (
        "Quillon Teague visited Marrowby.",
        "Quillon Teague Harbourmaster Veyra Port Authority Marrowby",
        "Lowmere",
        "channel dredging",
        "The harbourmaster toured the silted channel at Lowmere.",
        "Quillon Teague The berths reopen by spring.",
    )
    with sqlite3.connect(path) as conn:  # the store as schema 6 left it
        conn.execute("DROP TABLE merged_fts")
        conn.execute("DROP TABLE merged_text")
        drop_story_terms(conn)
        conn.execute("PRAGMA user_version = 6")
    with open_read_only(path) as store:
        assert not store.searches_events()
        assert found(store, "Teague") == []  # a read-only server finds by documents only
        assert found(store, "dockworkers") == ["m-dredge", "m-other"]
    open_store(path).close()  # a command that may write migrates it
    assert _index(path) == written
    with open_read_only(path) as store:
        assert found(store, "Teague") == ["m-dredge"]


@pytest.mark.parametrize(
    "typed",
    ['"', "NEAR(", "NEAR(a b)", "*", "'", "al-Sudani", "Shia'", "AND", "OR NOT", "(", "-",
     "headline:Teague", "'; DROP TABLE merged_fts; --", '"unbalanced', "x" * 300],
)  # fmt: skip
def test_event_search_takes_any_text_without_an_error(tmp_path: Path, typed: str) -> None:
    path = tmp_path / "s.db"
    write(path, dredging())
    with open_read_only(path) as store:
        assert isinstance(found(store, typed), list)
        assert isinstance(store.search(typed), list)
        assert store.browse_count(Sieve(match=fts_query(typed) or None)) >= 0
