"""Stored reports' actors as rows (schema 10), kept by triggers as events are written, read
again and deleted; an older store gets them when it opens. A merge reads the corpus's names
from them a spelling at a time (one row however many reports give it), and finds by spelling
the earlier reports a batch renames or may be placed with: it names the corpus as every
mention does, and reads no report's names nor placement but those."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from storyline.actors.names import ActorKind
from storyline.config import Settings
from storyline.events.run import EXTRACTOR_VERSION, CorpusNames, Mention, renamed_in
from storyline.merge import run
from storyline.merge.assign import bucket
from storyline.merge.events import date_span
from storyline.merge.names import names_of, renamed_spellings, together
from storyline.records import Actor, Article, Event, EventDate, Precision
from storyline.store import Store, Writer, open_store
from storyline.store.merged import Spelling
from tests.merge import test_reach
from tests.merge.factories import make_event
from tests.store.factories import article, drop_mentions

SOTO = Actor("Ana Soto", "person", "Mayor", "Lima", "source")
VIDAL = Actor("Vidal", "person", None, None, "target")
CUSCO = Actor("Cusco council", "org")

Row = tuple[str, int, str, str, str | None]


def stored_mentions(db: Path) -> list[Row]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT event_id, position, name, kind, org FROM mentions ORDER BY event_id, position"
        ).fetchall()
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


DATES: list[tuple[str | None, Precision | None]] = [
    ("2025-03-12", "day"),
    ("2025-03", "month"),
    ("2025", "year"),
    (None, None),
    ("2025-03-12", "month"),
    ("2025-11", "year"),
    ("2024", None),
]
"""Dates of reports at every precision, and at a precision their shape does not give."""


def dated_reports(db: Path) -> dict[str, str]:
    """Reports of :data:`DATES` stored (with their actors); the bucket each is filed under."""
    lima = article("Ana Soto met Vidal in Lima.", source="lima.txt")
    events, buckets = [], {}
    for n, (value, precision) in enumerate(DATES):
        event = make_event(f"lima-{n}", actors=(SOTO, VIDAL))
        events.append(replace(event, date=EventDate(value, precision, "explicit")))
        buckets[event.id] = bucket(date_span(value, precision))
    with Writer(db) as writer:
        writer.put_article(lima)
        writer.put_events(lima.id, events, version=EXTRACTOR_VERSION)
    return buckets


def stored_buckets(db: Path) -> dict[str, set[str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT event_id, filed FROM mentions").fetchall()
    conn.close()
    found: dict[str, set[str]] = {}
    for event_id, filed in rows:
        found.setdefault(event_id, set()).add(filed)
    return found


def test_spellings_mentions_are_filed_in_their_reports_date_bucket(db: Path) -> None:
    """Each mention carries the bucket the merger files its report under (schema 11), so a
    batch reads a name's reports of the months it looks in only."""
    buckets = dated_reports(db)
    assert stored_buckets(db) == {event_id: {filed} for event_id, filed in buckets.items()}
    with open_store(db) as store:
        found = store.placements_spelled([("Ana Soto", "person", "Lima")], ["2025-03", "?"])
    assert found == []  # none placed yet: the placements are what a merge reads
    run.merge(Settings(db=db))
    with open_store(db) as store:
        found = store.placements_spelled([("Ana Soto", "person", "Lima")], ["2025-03", "?"])
    assert sorted(p.event_id for _, p, _ in found) == sorted(
        e for e, filed in buckets.items() if filed in {"2025-03", "?"}
    )


def test_spellings_an_older_store_files_its_mentions_when_it_opens(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storyline.store import schema

    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:10])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 10)
    buckets = dated_reports(db)  # written by schema 10: mentions without their bucket
    monkeypatch.undo()
    before = stored_mentions(db)
    open_store(db).close()
    assert stored_mentions(db) == before == from_events(db)
    assert stored_buckets(db) == {event_id: {filed} for event_id, filed in buckets.items()}


KINDS = [("meet", False), ("visit", True), ("call", False), ("statement", True)]
"""Types and background of the reports :func:`typed_reports` writes, in turn."""


def typed_reports(db: Path) -> None:
    """Reports of several types, some background, by two articles."""
    with Writer(db) as writer:
        for place in ("Lima", "Cusco"):
            doc = article(f"Ana Soto met Vidal in {place}.", source=f"{place}.txt")
            events = [
                make_event(f"{place}-{n}", event_type=t, background=b, actors=(SOTO, VIDAL))
                for n, (t, b) in enumerate(KINDS)
            ]
            writer.put_article(doc)
            writer.put_events(doc.id, events, version=EXTRACTOR_VERSION)


def typed_mentions(db: Path) -> tuple[set[tuple[str, str, int]], set[tuple[str, str, int]]]:
    """(report id, type, background) of each mention, and of each report as stored."""
    with sqlite3.connect(db) as conn:
        mentions = set(conn.execute("SELECT event_id, type, background FROM mentions"))
        events = set(conn.execute("SELECT id, type, background FROM events"))
    conn.close()
    return mentions, events


def test_spellings_mentions_carry_their_reports_type_and_background(db: Path) -> None:
    """Each mention carries what files its report in the merger's index besides its bucket
    (schema 13), kept as reports are written again; a placement found by spelling is read
    from them, as the report's own placement reads it from its row."""
    typed_reports(db)
    mentions, events = typed_mentions(db)
    assert mentions == events and len(events) == 2 * len(KINDS)
    assert {kind for _, kind, _ in mentions} == {t for t, _ in KINDS}
    with Writer(db) as writer:  # one article read again: its reports of other types
        doc = article("Ana Soto met Vidal in Lima.", source="Lima.txt")
        again = [make_event("Lima-0", event_type="visit", background=True, actors=(SOTO, VIDAL))]
        writer.put_events(doc.id, again, version=EXTRACTOR_VERSION)
    with sqlite3.connect(db) as conn:  # a report's type changed in place
        conn.execute("UPDATE events SET type = 'call', background = 0 WHERE id = 'Cusco-1'")
    conn.close()
    mentions, events = typed_mentions(db)
    assert mentions == events and {("Lima-0", "visit", 1), ("Cusco-1", "call", 0)} <= events
    run.merge(Settings(db=db))
    with open_store(db) as store:
        placed = {p.event_id: p for p in store.placements()}
        found = store.placements_spelled([("Ana Soto", "person", "Lima")], ["2025-03", "?"])
        anywhere = store.placements_spelled([("Ana Soto", "person", "Lima")])
    assert len(found) == len(anywhere) == len(placed) > 0
    for _, p, _ in found + anywhere:
        own = placed[p.event_id]
        assert (p.merged_id, p.doc_id, p.story, p.main) == (
            own.merged_id,
            own.doc_id,
            own.story,
            own.main,
        )
        assert (p.type, p.background) == (own.type, own.background)
        assert p.filed == bucket(date_span(own.date, own.precision))


def test_spellings_an_older_store_types_its_mentions_when_it_opens(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storyline.store import schema

    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:12])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 12)
    typed_reports(db)  # written by schema 12: mentions without type nor background
    monkeypatch.undo()
    with sqlite3.connect(db) as conn:
        assert "type" not in {row[1] for row in conn.execute("PRAGMA table_info(mentions)")}
    conn.close()
    before = stored_mentions(db)
    open_store(db).close()
    mentions, events = typed_mentions(db)
    assert stored_mentions(db) == before == from_events(db)
    assert mentions == events and len(events) == 2 * len(KINDS)


def spellings_of(mentions: list[Mention]) -> list[Spelling]:
    """The spellings of mentions given by report id, as counted in Python."""
    times: Counter[tuple[str, ActorKind]] = Counter()
    first: dict[tuple[str, ActorKind], tuple[str, int]] = {}
    position: Counter[str] = Counter()
    for event_id, name, kind in mentions:
        times[name, kind] += 1
        first.setdefault((name, kind), (event_id, position[event_id]))
        position[event_id] += 1
    return [Spelling(n, k, times[n, k], first[n, k]) for n, k in first]


def mentions_of(docs: list[tuple[Article, list[Event]]]) -> list[Mention]:
    events = sorted((e for _, events in docs for e in events), key=lambda e: e.id)
    return [(e.id, a.name, a.kind) for e in events for a in e.actors]


@pytest.mark.parametrize(("seed", "split"), [(0, 10), (1, 30), (2, 60), (3, 100)])
def test_spellings_name_the_corpus_as_its_mentions(db: Path, seed: int, split: int) -> None:
    docs = test_reach.corpus(120, days=40, seed=seed)
    test_reach.write(db, docs)
    mentions = mentions_of(docs)
    new = {e.id for _, events in docs[split:] for e in events}
    with open_store(db) as store:
        old, fresh = store.spellings_besides(new), store.spellings_of(new)
        assert old == spellings_of([m for m in mentions if m[0] not in new])
        assert fresh == spellings_of([m for m in mentions if m[0] in new])
        every = CorpusNames.of(mentions)
        named = names_of(together(old, fresh))
        assert {n: named.canonical(n) for _, n, _ in mentions} == {
            n: every.canonical(n) for _, n, _ in mentions
        }
        renamed = renamed_in(
            [m for m in mentions if m[0] not in new], [m for m in mentions if m[0] in new]
        )
        assert renamed or split > 30  # the earlier splits name someone in full later
        assert store.reports_spelled(renamed_spellings(old, fresh), besides=new) == renamed


def test_spellings_a_batch_reads_no_report_names_nor_placements_but_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Twenty articles merged into a store of hundreds read one row a spelling, and the
    placements of a few of its reports: those filed where the batch looks, found by spelling
    and date, and those of its stories, its renames and the events it changes."""
    docs = test_reach.corpus(400, days=600)
    path = tmp_path / "store.db"
    open_store(path).close()
    test_reach.write(path, docs[:380])
    run.merge(Settings(db=path))
    test_reach.write(path, docs[380:])
    with open_store(path) as store:
        placed, spellings = len(store.placements()), len(store.spelling_orgs())
    rows: set[str] = set()
    spelled, by = Store.placements_spelled, Store.placements_by

    def every_one(self: Store, *args: object) -> None:
        raise AssertionError("every stored report's names or placement read")

    def counting_spelled(self: Store, *args: Any) -> Any:
        found = spelled(self, *args)
        rows.update(placement.event_id for _, placement, _ in found)
        return found

    def counting_by(self: Store, *args: Any) -> Any:
        found = by(self, *args)
        rows.update(placement.event_id for _, placement in found)
        return found

    monkeypatch.setattr(Store, "mentions", every_one)
    monkeypatch.setattr(Store, "placements", every_one)
    monkeypatch.setattr(Store, "placements_spelled", counting_spelled)
    monkeypatch.setattr(Store, "placements_by", counting_by)
    result = run.merge(Settings(db=path))
    assert result.placed > 0
    assert 0 < len(rows) < placed // 4
    with open_store(path) as store:
        assert len(store.spellings_besides([])) <= spellings < placed // 10
