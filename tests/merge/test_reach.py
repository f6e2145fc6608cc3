"""An incremental merge reads only the merged events a batch can reach (merge.reach), and
decides what reading every one decides: a generated corpus of invented reports (people of
Lima and Cusco meeting, calling, visiting; bare surnames and full names; a body spelled two
ways; undated and recalled reports), merged batch by batch, gives the same merged events,
members and names as merging each batch with every merged event loaded."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from storyline.config import Settings
from storyline.events.run import EXTRACTOR_VERSION, settings_key
from storyline.merge import assign, reach, run
from storyline.merge.assign import Merger
from storyline.records import Actor, Article, Event, Evidence, Field, Metadata, content_id
from storyline.store import Store, Writer, open_store
from storyline.store.merged import Member, Placement
from tests.merge.factories import make_event

PEOPLE = [
    ("Ana Soto", "Soto"),
    ("Tomas Vidal", "Vidal"),
    ("Lucia Paredes", "Paredes"),
    ("Marco Quispe", "Quispe"),
    ("Rosa Huaman", "Huaman"),
    ("Diego Flores", "Flores"),
    ("Elena Mamani", "Mamani"),
    ("Jorge Condori", "Condori"),
]
BODIES = [
    Actor("Cusco council", "org"),
    Actor("Cusco Council", "org"),
    Actor("Lima water board", "org"),
    Actor("Peru", "state"),
    Actor("Chile", "state"),
]
TYPES = ["meet", "visit", "call", "statement"]
WORDS = [
    "river",
    "bridge",
    "harvest",
    "road",
    "school",
    "clinic",
    "tariff",
    "mine",
    "strike",
    "flood",
    "rail",
    "port",
]
TABLES = {
    "merged": "SELECT id, date, type, reports, data FROM merged ORDER BY id",
    "members": "SELECT event_id, merged_id, doc_id, story, main FROM merged_members "
    "ORDER BY event_id",
    "names": "SELECT actor, merged_id FROM merged_actors ORDER BY actor, merged_id",
}


Happening = tuple[dt.date, str, str, Actor]
"""What several articles report: its day, type, who (full name) and with whom."""


def spelled(rng: random.Random, full: str, side: str) -> Actor:
    """A person as one report names them: in full, or by surname alone."""
    bare = full.split()[-1]
    office = "Cusco council" if rng.random() < 0.2 else None
    return Actor(full if rng.random() < 0.7 else bare, "person", None, office, side)  # type: ignore[arg-type]


def happening(rng: random.Random, day: dt.date) -> Happening:
    full = rng.choice(PEOPLE)[0]
    other = rng.choice(BODIES) if rng.random() < 0.3 else Actor(rng.choice(PEOPLE)[0], "person")
    return (day, rng.choice(TYPES), full, other)


def reports(rng: random.Random, stored: Article, told: list[Happening]) -> list[Event]:
    """A report of each happening told, a little off here and there (a day early, a
    neighbouring type, no date, a surname alone)."""
    found = []
    for n, (day, kind, full, other) in enumerate(told):
        if other.kind == "person":
            other = spelled(rng, other.name, "target")
        actors = (spelled(rng, full, "source"), replace(other, side="target"))
        when = day - dt.timedelta(days=rng.randint(0, 1))
        date = None if rng.random() < 0.1 else when.isoformat()
        if kind in ("meet", "visit") and rng.random() < 0.2:
            kind = "visit" if kind == "meet" else "meet"
        event = make_event(
            f"{stored.doc}-{n}",
            event_type=kind,
            date=date,
            actors=actors,
            background=n > 0 and rng.random() < 0.3,
        )
        text = stored.text
        published = stored.meta.published.value
        evidence = Evidence(stored.doc, stored.id, text, 0, len(text), published)
        found.append(replace(event, sources=(evidence,)))
    return found


def corpus(count: int, days: int, seed: int = 3) -> list[tuple[Article, list[Event]]]:
    """``count`` articles over ``days`` days, in publication order, each telling one to three
    of the happenings of the days before (a new one a day, about)."""
    rng = random.Random(seed)
    docs = []
    recent: list[Happening] = []
    for number in range(count):
        day = dt.date(2024, 3, 1) + dt.timedelta(days=number * days // count)
        if not recent or recent[-1][0] < day or rng.random() < 0.3:
            recent = [*recent[-5:], happening(rng, day)]
        words = rng.sample(WORDS, 4)
        text = f"Officials in Lima spoke of the {' and the '.join(words)} on {day:%B %d}."
        doc = f"wire{number:04d}"
        raw = f"{doc}\n{text}".encode()
        meta = Metadata(
            title=Field(f"On the {words[0]}", "title"),
            published=Field(day.isoformat(), "dateline"),
            lang=Field("en", "text"),
        )
        stored = Article(content_id(raw), doc, f"{doc}.txt", "pagedump", text, meta, raw)
        told = rng.sample(recent, min(len(recent), rng.randint(1, 3)))
        docs.append((stored, reports(rng, stored, told)))
    return docs


def write(path: Path, docs: list[tuple[Article, list[Event]]]) -> None:
    key = settings_key(None)
    with Writer(path) as writer:
        for stored, events in docs:
            writer.put_article(stored)
            writer.put_events(stored.id, events, version=EXTRACTOR_VERSION, settings=key)


def tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as conn:
        found = {name: conn.execute(sql).fetchall() for name, sql in TABLES.items()}
    conn.close()
    return found


@pytest.mark.parametrize("batch", [7, 40])
def test_reach_batches_merge_as_with_every_event_loaded(tmp_path: Path, batch: int) -> None:
    docs = corpus(160, days=60)
    read, every = tmp_path / "reach.db", tmp_path / "every.db"
    open_store(read).close()
    write(read, docs[:batch])
    run.merge(Settings(db=read))
    shutil.copy(read, every)
    for start in range(batch, len(docs), batch):
        for path in (read, every):
            write(path, docs[start : start + batch])
        run.merge(Settings(db=read))
        run.merge(Settings(db=every), full=True)
        assert tables(read) == tables(every), f"after {start + batch} articles"
    assert run.merge(Settings(db=read), full=True).events == 0


@pytest.mark.parametrize("looked_at", [1, 2])
def test_reach_batches_merge_as_with_every_event_loaded_when_entries_overflow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, looked_at: int
) -> None:
    """Entries of the index hold more merged events than a report looks at (here one or
    two; 32 in use, more than this corpus files under one entry): a batch reaches the most
    recent of each, as the merger with every event loaded looks at them."""
    for module in (assign, reach):
        monkeypatch.setattr(module, "MAX_CANDIDATES", looked_at)
    test_reach_batches_merge_as_with_every_event_loaded(tmp_path, 7)


def test_reach_a_batch_loads_what_it_can_reach_not_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Twenty articles merged into a store of hundreds load a few of its merged events, read
    no stored report but theirs, and read back the stored rows of those events only."""
    docs = corpus(400, days=600)
    path = tmp_path / "store.db"
    open_store(path).close()
    write(path, docs[:380])
    run.merge(Settings(db=path))
    with open_store(path) as store:
        placed = len(store.placements())
    write(path, docs[380:])
    loaded: list[str] = []
    read: list[str] = []
    rows: list[str] = []
    load, put_back, members_of = Merger.load, Merger.put_back, Store.members_of
    merged_data = Store.merged_data

    def counting_load(
        self: Merger, event_id: str, event: Event, *, story: str | None = None, main: bool = False
    ) -> None:
        loaded.append(event.id)
        load(self, event_id, event, story=story, main=main)

    def counting_put_back(self: Merger, event_id: str, placed: Placement, keys: Any) -> None:
        loaded.append(placed.event_id)
        put_back(self, event_id, placed, keys)

    def counting_reads(self: Store, ids: Iterable[str]) -> list[Member]:
        found = members_of(self, ids)
        read.extend(m.event_id for m in found)
        return found

    def counting_rows(self: Store, ids: Iterable[str] | None = None) -> dict[str, str]:
        found = merged_data(self, ids)
        rows.extend(found)
        return found

    def every_report(self: Store, *args: object) -> None:
        raise AssertionError("every stored report read")

    monkeypatch.setattr(Merger, "load", counting_load)
    monkeypatch.setattr(Merger, "put_back", counting_put_back)
    monkeypatch.setattr(Store, "members_of", counting_reads)
    monkeypatch.setattr(Store, "merged_data", counting_rows)
    monkeypatch.setattr(Store, "members", every_report)
    monkeypatch.setattr(Store, "events", every_report)
    result = run.merge(Settings(db=path))
    assert result.placed > 0
    assert 0 < len(loaded) < placed // 4
    # of the reports put back, only those of events compared or combined are read
    assert 0 < len(read) < len(loaded)
    with open_store(path) as store:
        assert 0 < len(rows) < len(store.merged_data()) // 4
