"""Stored reports' actors as rows (schema 10), kept by triggers as events are written, read
again and deleted; an older store gets them when it opens. Merging reads names from them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from storyline.events.run import EXTRACTOR_VERSION
from storyline.records import Actor
from storyline.store import Writer, open_store
from tests.merge.factories import make_event
from tests.store.factories import article, drop_mentions

SOTO = Actor("Ana Soto", "person", "Mayor", "Lima", "source")
VIDAL = Actor("Vidal", "person", None, None, "target")
CUSCO = Actor("Cusco council", "org")

Row = tuple[str, int, str, str, str | None]


def stored_mentions(db: Path) -> list[Row]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT * FROM mentions ORDER BY event_id, position").fetchall()
    conn.close()
    return rows


def from_events(db: Path) -> list[Row]:
    """The mentions as read from each stored report's JSON row."""
    with sqlite3.connect(db) as conn:
        events = conn.execute("SELECT id, data FROM events ORDER BY id").fetchall()
    conn.close()
    return [
        (event_id, n, a["name"], a["kind"], a.get("org"))
        for event_id, data in events
        for n, a in enumerate(json.loads(data)["actors"])
    ]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


def written(db: Path) -> tuple[str, str]:
    lima = article("Ana Soto met Vidal in Lima.", source="lima.txt")
    cusco = article("The Cusco council called Vidal.", source="cusco.txt")
    with Writer(db) as writer:
        for doc in (lima, cusco):
            writer.put_article(doc)
        writer.put_events(
            lima.id, [make_event("lima-1", actors=(SOTO, VIDAL))], version=EXTRACTOR_VERSION
        )
        writer.put_events(
            cusco.id,
            [make_event("cusco-1", actors=(CUSCO, VIDAL)), make_event("cusco-2", actors=())],
            version=EXTRACTOR_VERSION,
        )
    return lima.id, cusco.id


def test_spellings_mentions_follow_events_written_read_again_and_deleted(db: Path) -> None:
    lima, cusco = written(db)
    assert len(stored_mentions(db)) == 4
    assert stored_mentions(db) == from_events(db)
    assert ("Ana Soto", "person", "Lima") in {m[2:] for m in stored_mentions(db)}
    with Writer(db) as writer:  # the article read again: other actors under the same id
        writer.put_events(
            lima, [make_event("lima-1", actors=(VIDAL, CUSCO))], version=EXTRACTOR_VERSION
        )
    assert stored_mentions(db) == from_events(db)
    assert "Ana Soto" not in {m[2] for m in stored_mentions(db)}
    with sqlite3.connect(db) as conn:  # the article deleted: its events and mentions go
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM documents WHERE id = ?", (cusco,))
    conn.close()
    assert stored_mentions(db) == from_events(db)
    assert len(stored_mentions(db)) == 2


def test_spellings_an_older_store_gets_its_mentions_when_it_opens(db: Path) -> None:
    written(db)
    before = stored_mentions(db)
    with sqlite3.connect(db) as conn:  # the store as schema 9 left it
        drop_mentions(conn)
        conn.execute("PRAGMA user_version = 9")
    conn.close()
    open_store(db).close()
    assert stored_mentions(db) == before == from_events(db)
    with open_store(db) as store:
        assert [m[0] for m in store.mentions()] == [m[0] for m in before]
