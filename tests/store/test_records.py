"""Per-article events round-trip through their stored rows: what the store returns is the
:class:`~storyline.records.Event` that was written."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.records import (
    Actor,
    DateBasis,
    Event,
    EventDate,
    Evidence,
    MergedEvent,
    Place,
    Precision,
    Statement,
)
from storyline.store import Writer, open_store
from tests.store.factories import article

TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
NAME = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=20)
MAYBE = st.none() | NAME
COORDINATE = st.none() | st.floats(allow_nan=False, allow_infinity=False)

ACTORS = st.builds(
    Actor,
    NAME,
    st.sampled_from(("person", "org", "state")),
    MAYBE | st.sampled_from(("attacker", "recipient", "state", "state (target)", "")),
    MAYBE,
    st.sampled_from((None, "source", "target")),
    st.sampled_from((None, "attacker", "recipient")),
)
DATES = st.builds(
    EventDate,
    st.none() | st.sampled_from(("2025-03-12", "2025-03", "2025")),
    st.none() | st.sampled_from(get_args(Precision)),
    st.none() | st.sampled_from(get_args(DateBasis)),
    MAYBE,
    st.booleans(),
)
EVIDENCE = st.builds(
    Evidence,
    NAME,
    NAME,
    TEXT,
    st.integers(-1, 10**6),
    st.integers(-1, 10**6),
    st.none() | st.sampled_from(("2025-03-12", "2025-03-13T08:00:00")),
)
EVENTS = st.builds(
    Event,
    id=NAME,
    type=NAME,
    plover=MAYBE,
    mode=MAYBE,
    date=DATES,
    location=st.none() | st.builds(Place, NAME, MAYBE, COORDINATE, COORDINATE),
    actors=st.lists(ACTORS, max_size=4).map(tuple),
    topics=st.lists(NAME, max_size=3).map(tuple),
    summary=TEXT,
    statements=st.lists(st.builds(Statement, MAYBE, TEXT, NAME), max_size=2).map(tuple),
    background=st.booleans(),
    sources=st.lists(EVIDENCE, min_size=1, max_size=3).map(tuple),
)


@settings(max_examples=200, deadline=None)
@given(event=EVENTS)
def test_records_event_row_round_trip(event: Event) -> None:
    row = json.loads(json.dumps(event.export_row(), ensure_ascii=False))
    assert Event.from_row(row) == event


def _event(event_id: str, doc_id: str) -> Event:
    return Event(
        id=event_id,
        type="meet",
        plover="CONSULT",
        mode=None,
        date=EventDate("2025-02-04", "day", "explicit", "on Tuesday", weekday_mismatch=True),
        location=Place("Baghdad", "IQ", 33.34, 44.4),
        actors=(Actor("Salim Al-Hadithi", "person", "Foreign Minister", "Iraq", "source"),),
        topics=("security",),
        summary="Salim Al-Hadithi met in Baghdad.",
        statements=(Statement("Salim Al-Hadithi", "We agreed.", "a"),),
        background=False,
        sources=(Evidence("a", doc_id, "Ministers met in Baghdad on Tuesday.", 0, 36, None),),
    )


def test_records_event_row_written_before_date_phrase_reads_as_none() -> None:
    row = _event("e1", "d1").export_row()
    del row["date_phrase"], row["weekday_mismatch"]
    assert Event.from_row(row).date == EventDate("2025-02-04", "day", "explicit")


@pytest.mark.parametrize(
    ("actor", "shown"),
    [
        (Actor("Iraq", "state", "state", side="target", part="recipient"), "state (recipient)"),
        (Actor("Rutte", "person", "Secretary General", "NATO", "source", "provider"),
         "Secretary General (provider)"),
        (Actor("Vidal", "person", "attacker", side="target", part="target"), "attacker (target)"),
        (Actor("Soto", "person", "Minister", title="Chilean Minister", side="target",
               part="addressee"), "Chilean Minister (addressee)"),
        (Actor("Amman", "person", None, side="target", part="target"), None),
        (Actor("Berg", "person", "attacker", side="source", part="attacker"), "attacker"),
        (Actor("Kestrel Air", "org", None, side="target", part="target"), None),
        (Actor("Oslo Bank", "org", "", side="target", part="target"), ""),
        (Actor("Oslo Bank", "org", "bank", side="target", part=""), "bank"),
        (Actor("Iraq", "state", "state", side="target"), "state"),
        (Actor("the mission", "org"), None),
    ],
)  # fmt: skip
def test_records_actor_shows_its_part_beside_what_it_is(actor: Actor, shown: str | None) -> None:
    row = actor.export_row()
    assert row["role"] == shown and row["part"] == actor.part
    assert Actor.from_row(row) == actor


def test_records_actor_row_written_before_parts_reads_as_none() -> None:
    row = {"name": "Iraq", "kind": "state", "role": "state", "org": None, "side": "target"}
    assert Actor.from_row(row) == Actor("Iraq", "state", "state", side="target")


@pytest.mark.parametrize("count", [0, 1, 3])
def test_records_store_returns_the_events_written(tmp_path: Path, count: int) -> None:
    db = tmp_path / "store.db"
    stored = article()
    events = [_event(f"e{n}", stored.id) for n in range(count)]
    with Writer(db) as writer:
        writer.put_article(stored)
        writer.put_article(article("Something else.", source="pages/b.txt"))
        writer.put_events(stored.id, events, version=1)
    with open_store(db) as store:
        assert list(store.events()) == events
        assert list(store.events(stored.id)) == events
        assert store.unmerged() == events


def _merged(merged_id: str, event: Event) -> MergedEvent:
    """A merged event of one report, built by hand (no merge stage needed)."""
    return MergedEvent(
        merged_id,
        event.type,
        event.plover,
        event.mode,
        event.date,
        event.location,
        event.actors,
        event.topics,
        event.summary,
        event.statements,
        event.background,
        sources=(),
        outlets=(),
        independent=0,
        disagreements=(),
        members=(event.id,),
    )


def test_records_placed_members_carry_their_events(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    stored = article()
    events = [_event("e0", stored.id), _event("e1", stored.id)]
    with Writer(db) as writer:
        writer.put_article(stored)
        writer.put_events(stored.id, events, version=1)
        writer.put_merged([_merged("m0", events[0])], [("e0", "m0", stored.id, "s0", True)], {})
    with open_store(db) as store:
        [member] = store.members()
        assert (member.event_id, member.event) == ("e0", events[0])
        assert store.unmerged() == [events[1]]


@settings(max_examples=60, deadline=None)
@given(st.lists(EVENTS, max_size=6, unique_by=lambda e: e.id), st.integers(0, 6))
def test_records_store_event_people_are_those_of_the_events_read_whole(
    events: list[Event], cut: int
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "store.db"
        first, second = article(), article("Something else.", source="pages/b.txt")
        with Writer(db) as writer:
            writer.put_article(first)
            writer.put_article(second)
            writer.put_events(second.id, events[cut:], version=1)
            writer.put_events(first.id, events[:cut], version=1)
        with open_store(db) as store:
            whole = [
                (e.date.value, e.date.precision, tuple(a for a in e.actors if a.kind == "person"))
                for e in store.events()
            ]
            assert list(store.event_people()) == whole
