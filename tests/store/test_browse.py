"""Browsing merged events page by page in SQL (the web app's queries): the same events and
order as the timeline's own rules, whatever the filters and the page size."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.actors.names import fold
from storyline.errors import StoreError
from storyline.records import MergedEvent
from storyline.store import Writer
from storyline.store.browse import Sieve
from storyline.store.reader import Store, open_read_only
from storyline.store.search import fts_query
from storyline.timeline import Filter, select
from tests.store.factories import article
from tests.timeline.factories import NATO, RUTTE, SUDANI, merged, source

DATES = ["2025-02-05", "2025-02", "2025", None, "2024-12-31", "2025-03-01", "2019-07", "2025-02-28"]
PLOVERS = ["CONSULT", "AGREE", None, "ASSAULT"]
OUTLETS = ["Alpha News", "Beta Wire", None]
TEXTS = [
    "Ministers met in Baghdad about the change of command.",
    "The alliance and al-Sudani's office agreed on training.",
    "Rockets hit a base north of the capital.",
]


def build(path: Path, count: int = 24) -> list[MergedEvent]:
    """A store of ``count`` merged events over three articles (own wording), every date
    shape, PLOVER type and outlet among them; returns the events."""
    docs = []
    with Writer(path) as writer:
        for n, text in enumerate(TEXTS):
            stored = article(text, source=f"pages/doc{n}.txt")
            stored = replace(
                stored,
                meta=replace(
                    stored.meta, lang=replace(stored.meta.lang, value="en" if n < 2 else "fr")
                ),
            )
            writer.put_article(stored)
            docs.append(stored)
        events, members, actors = [], [], {}
        for n in range(count):
            doc = docs[n % len(docs)]
            outlet = OUTLETS[n % len(OUTLETS)]
            event = merged(
                f"m{n:03d}",
                date=DATES[n % len(DATES)],
                plover=PLOVERS[n % len(PLOVERS)],
                actors=(SUDANI, RUTTE) if n % 2 else (SUDANI, NATO),
                sources=(replace(source(doc.doc, doc.text, outlet=outlet), doc_id=doc.id),),
            )
            events.append(event)
            members.append((f"r{n}", event.id, doc.id, None, True))
            actors[event.id] = {fold(a.name) for a in event.actors} | {
                fold(a.org) for a in event.actors if a.org
            }
        writer.put_merged(events, members, actors)
    return events


@pytest.fixture
def stored(tmp_path: Path) -> tuple[Store, list[MergedEvent]]:
    path = tmp_path / "s.db"
    events = build(path)
    return open_read_only(path), events


def ids(events: list[MergedEvent]) -> list[str]:
    return [e.id for e in events]


def test_browse_pages_follow_the_timeline_order(stored: tuple[Store, list[MergedEvent]]) -> None:
    store, events = stored
    expected = ids(select(events))
    pages = [store.browse(Sieve(), 5, offset) for offset in range(0, 30, 5)]
    assert [e.id for page in pages for e in page] == expected
    assert store.browse_count(Sieve()) == len(events)
    assert ids(store.browse_all(Sieve())) == expected


@settings(max_examples=60, deadline=None)
@given(
    start=st.sampled_from([None, "2019", "2024-12", "2025-02", "2025-02-05", "2025-03"]),
    end=st.sampled_from([None, "2019-07-01", "2025", "2025-02", "2025-02-28", "2026"]),
)
def test_browse_date_window_matches_the_timeline(start: str | None, end: str | None) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.db"
        events = build(path)
        try:
            expected = ids(select(events, Filter(start=start, end=end)))
        except ValueError:
            return  # a range that ends before it starts: the web app refuses it first
        from storyline.timeline.periods import period

        first = period(start)[0].isoformat() if start else None
        last = period(end)[1].isoformat() if end else None
        with open_read_only(path) as store:
            assert ids(store.browse_all(Sieve(first=first, last=last))) == expected


def test_browse_filters_combine(stored: tuple[Store, list[MergedEvent]]) -> None:
    store, events = stored
    sieve = Sieve(plover="CONSULT", outlet="Alpha News", lang="en")
    found = store.browse_all(sieve)
    expected = [
        e
        for e in select(events)
        if e.plover == "CONSULT" and "Alpha News" in e.outlets and e.sources[0].doc_id in {
            d.id for d in store.documents() if d.meta.lang.value == "en"
        }
    ]  # fmt: skip
    assert found and ids(found) == ids(expected)
    assert store.browse_count(sieve) == len(found)


def test_browse_full_text_and_participants(stored: tuple[Store, list[MergedEvent]]) -> None:
    store, events = stored
    found = store.browse_all(Sieve(match=fts_query('"change of command"')))
    assert found and all("change of command" in e.sources[0].sentence for e in found)
    with_rutte = store.browse_all(Sieve(participants=(("mark rutte",),)))
    assert ids(with_rutte) == ids(select([e for e in events if RUTTE in e.actors]))
    assert store.browse_all(Sieve(participants=((),))) == []


def test_browse_months_count_events_dated_to_the_month(
    stored: tuple[Store, list[MergedEvent]],
) -> None:
    store, events = stored
    months = store.browse_months(Sieve())
    dated = [e for e in events if e.date.value and len(e.date.value) >= 7]
    assert sum(n for _, _, n in months) == len(dated)
    assert ("2025-02", "CONSULT", sum(
        1 for e in dated if e.date.value and e.date.value[:7] == "2025-02" and e.plover == "CONSULT"
    )) in months  # fmt: skip


def test_reader_exact_lookups(stored: tuple[Store, list[MergedEvent]]) -> None:
    store, events = stored
    assert store.merged_event("m001") == next(e for e in events if e.id == "m001")
    assert store.merged_event("m0") is None
    doc = next(store.documents())
    assert store.document(doc.id) == doc
    assert store.document(doc.id[:6]) is None
    assert store.document(doc.doc) is None
    assert {e.id for e in store.document_events(doc.id)} == {
        e.id for e in events if e.sources[0].doc_id == doc.id
    }
    assert store.copies_of(doc.id) == [] and store.original_of(doc.id) is None
    choices = store.choices()
    assert choices["outlet"] == [] and choices["lang"] == ["en", "fr"]
    assert choices["plover"] == ["AGREE", "ASSAULT", "CONSULT"]


def test_read_only_store_refuses_writes_and_missing_files(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    build(path, 3)
    before = path.read_bytes()
    with open_read_only(path) as store:
        assert store.browse_count(Sieve()) == 3
        with pytest.raises(sqlite3.OperationalError):
            store._conn().execute("CREATE TABLE t (x)")
    assert path.read_bytes() == before
    with pytest.raises(StoreError):
        open_read_only(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.parametrize(
    ("sieve", "index"),
    [(Sieve(), "merged_order"), (Sieve(plover="CONSULT"), "merged_plover")],
)
def test_browse_pages_read_the_order_index(
    stored: tuple[Store, list[MergedEvent]], sieve: Sieve, index: str
) -> None:
    from storyline.store import browse

    store, _ = stored
    sql, params = browse.page_sql(sieve, 10, 5)
    plan = " ".join(
        str(row[-1]) for row in store._conn().execute("EXPLAIN QUERY PLAN " + sql, params)
    )
    assert f"INDEX {index}" in plan
    assert plan.count("TEMP B-TREE") == 1  # sorting the one page read, not the whole store
