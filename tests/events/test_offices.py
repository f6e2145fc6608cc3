"""The office table learned from the stored reports once and kept: each run learns from the
reports stored since, and the table is always the one learning from every report gives."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.actors import Tenure
from storyline.events.offices import learn_from_store, learning_key
from storyline.records import Actor, Event, EventDate, Evidence
from storyline.store import Writer, open_store
from tests.store.factories import article, drop_learned_offices, rejection

SETTINGS = "197;types:x"
PEOPLE = ("Ali Hassan", "Hassan", "Omar Hassan", "A. Hassan", "Sara Kamal", "Kamal")
OFFICES = (
    ("Fisheries Minister", "Andean Pact"),
    ("Minister of Fisheries", "the Andean Pact"),
    ("Governor", "Lake Province"),
)
"""Offices the bundled table does not know (it would win over what the reports say)."""
Sighting = tuple[str, tuple[str, str], int]
Learned = tuple[list[object], set[str]]
DAY0 = dt.date(2023, 1, 1)
SIGHTINGS = st.tuples(st.sampled_from(PEOPLE), st.sampled_from(OFFICES), st.integers(0, 120))


def _events(doc_id: str, seen: list[Sighting]) -> list[Event]:
    """One report per sighting, its person named in the office on its day."""
    found = []
    for n, (person, (role, org), day) in enumerate(seen):
        on = (DAY0 + dt.timedelta(days=day)).isoformat()
        found.append(
            Event(
                id=f"{doc_id[:8]}-{n}",
                type="meet",
                plover="CONSULT",
                mode=None,
                date=EventDate(on, "day", "explicit", None),
                location=None,
                actors=(Actor(person, "person", role, org, "source"),),
                topics=(),
                summary=f"{person} met.",
                statements=(),
                background=False,
                sources=(Evidence("a", doc_id, "A met B.", 0, 8, None),),
            )
        )
    return found


def _article(n: int, version: int = 0) -> Any:
    return article(f"Ministers met, text {n} v{version}.", source=f"pages/{n}.txt")


def _full(db: Path) -> Learned:
    """The table learning from every stored report gives, in the store's order (what each
    run of the extractor did before the table was kept)."""
    tenure, people = Tenure(), set()
    with open_store(db) as store:
        for day, precision, named in store.event_people():
            people.update(a.name for a in named)
            if precision == "day" and day:
                for actor in named:
                    if actor.role and actor.org:
                        tenure.learn(actor.name, actor.role, actor.org, day)
    return _answers(tenure), people


def _run(db: Path, run_settings: str = SETTINGS) -> Learned:
    """What a run of the extractor starts with: a fresh table taught from the store."""
    tenure = Tenure()
    with open_store(db) as store, Writer(db) as writer:
        people = learn_from_store(tenure, store, writer, run_settings)
    return _answers(tenure), people


def _answers(tenure: Tenure) -> list[object]:
    """What the table answers, before and after the run teaches it more (as a run does with
    what its articles say): learning more depends on the order of what it learned."""
    answers: list[object] = [tenure.learned()]
    for step in range(3):
        if step:
            for n, person in enumerate(PEOPLE):
                role, org = OFFICES[(n + step) % len(OFFICES)]
                tenure.learn(person, role, org, DAY0 + dt.timedelta(days=n * 7 + step))
        for day in range(-40, 170, 5):
            on = DAY0 + dt.timedelta(days=day)
            answers += [tenure.roles_of(person, on) for person in PEOPLE]
            answers += [tenure.holder(role, org, on) for role, org in OFFICES]
    return answers


def _kept(db: Path) -> int | None:
    """Through which article the kept table reaches (None: nothing kept)."""
    with open_store(db) as store:
        kept = store.learned_offices(learning_key(Tenure(), SETTINGS))
    return kept[0] if kept else None


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.lists(SIGHTINGS, max_size=4), max_size=4), min_size=1, max_size=4))
def test_offices_learned_run_by_run_are_those_of_every_report(
    batches: list[list[list[Sighting]]],
) -> None:
    with _store() as db:
        n = 0
        for batch in batches:
            with Writer(db) as writer:
                for seen in batch:
                    doc = _article(n)
                    n += 1
                    writer.put_article(doc)
                    writer.put_events(doc.id, _events(doc.id, seen), version=1)
            assert _run(db) == _full(db)


@pytest.mark.parametrize("reread", [0, 1, 2])
def test_offices_an_article_read_again_is_learned_in_its_place(reread: int) -> None:
    # Read again (a new extractor version), an earlier article's reports say otherwise: the
    # kept table took in what they said before, and must not be extended past it.
    with _store() as db:
        docs = _put(db, [[("Ali Hassan", OFFICES[0], 10)], [("Omar Hassan", OFFICES[0], 12)]])
        docs += _put(db, [[("Sara Kamal", OFFICES[2], 11)]], first=2)
        assert _run(db) == _full(db)
        with Writer(db) as writer:
            seen = [("A. Hassan", OFFICES[1], 11), ("Kamal", OFFICES[2], 30)]
            writer.put_events(docs[reread].id, _events(docs[reread].id, seen), version=2)
        assert _run(db) == _full(db)


def test_offices_a_report_for_an_article_passed_is_learned_in_its_place() -> None:
    # An article ingested earlier (read with --no-events, or a rejection become an article)
    # whose reports are stored after later articles': learned in ingestion order.
    with _store() as db:
        _put(db, [[("Omar Hassan", OFFICES[0], 12)]])
        waiting = _article(1)
        with Writer(db) as writer:
            writer.put_article(waiting)
        _put(db, [[("Ali Hassan", OFFICES[0], 11)]], first=2)
        assert _run(db) == _full(db)
        assert _kept(db) == 3
        with Writer(db) as writer:
            writer.put_events(
                waiting.id, _events(waiting.id, [("A. Hassan", OFFICES[0], 12)]), version=1
            )
        assert _kept(db) is None
        assert _run(db) == _full(db)


def test_offices_a_rejection_become_an_article_keeps_its_place() -> None:
    with _store() as db:
        late = _article(0)
        with Writer(db) as writer:
            writer.put_rejection(rejection(late.raw, source=late.source))
        _put(db, [[("Omar Hassan", OFFICES[0], 12)]], first=1)
        assert _run(db) == _full(db)
        with Writer(db) as writer:
            writer.put_article(late)
            writer.put_events(
                late.id, _events(late.id, [("Ali Hassan", OFFICES[0], 12)]), version=1
            )
        assert _run(db) == _full(db)


def test_offices_a_replaced_article_takes_its_reports_with_it() -> None:
    # The same source with other content replaces the article, and its reports go.
    with _store() as db:
        _put(db, [[("Ali Hassan", OFFICES[0], 10)], [("Omar Hassan", OFFICES[0], 12)]])
        assert _run(db) == _full(db)
        with Writer(db) as writer:
            writer.put_article(_article(0, version=1))
        assert _kept(db) is None
        assert _run(db) == _full(db)
        assert "Ali Hassan" not in _run(db)[1]


def test_offices_a_refreshed_article_takes_its_reports_with_it() -> None:
    with _store() as db:
        docs = _put(db, [[("Ali Hassan", OFFICES[0], 10)], [("Omar Hassan", OFFICES[0], 12)]])
        assert _run(db) == _full(db)
        with Writer(db) as writer:
            writer.refresh(docs[0].id, _article(0, version=1))
        assert _run(db) == _full(db)


def test_offices_other_settings_learn_from_every_report() -> None:
    # Another extractor version or settings (or table, or code) keeps its own: a run with
    # them learns from every report, and keeps that.
    with _store() as db:
        _put(db, [[("Ali Hassan", OFFICES[0], 10)]])
        _run(db)
        _forge(db, SETTINGS)
        assert _run(db, "198;types:x") == _full(db)
        assert _kept(db) is None


def test_offices_a_run_learns_from_the_new_reports_only() -> None:
    # What is kept is taken back, not learned again: a mark left in it stays.
    with _store() as db:
        _put(db, [[("Ali Hassan", OFFICES[0], 10)]])
        _run(db)
        _forge(db, SETTINGS)
        _put(db, [[("Sara Kamal", OFFICES[2], 11)]], first=1)
        answers, people = _run(db)
        assert "Forged Name" in people
        assert answers != _full(db)[0]
        assert _kept(db) == 2


def test_offices_an_older_store_learns_from_every_report_and_keeps_it() -> None:
    with _store() as db:
        _put(db, [[("Ali Hassan", OFFICES[0], 10)], [("Kamal", OFFICES[2], 11)]])
        with sqlite3.connect(db) as conn:
            drop_learned_offices(conn)
            conn.execute("PRAGMA user_version = 14")
        conn.close()
        assert _run(db) == _full(db)
        assert _kept(db) == 2


def _forge(db: Path, run_settings: str) -> None:
    """Add a person nobody reported to what is kept (as if it had been learned)."""
    key = learning_key(Tenure(), run_settings)
    with open_store(db) as store:
        kept = store.learned_offices(key)
    assert kept is not None
    data = json.loads(kept[1])
    data["people"].append("Forged Name")
    data["tenure"]["offices"][0][4].append(["Forged Name", [dt.date(2023, 1, 5).toordinal()]])
    with Writer(db) as writer:
        writer.put_learned_offices(key, kept[0], json.dumps(data))


def _put(db: Path, docs: list[list[Sighting]], first: int = 0) -> list[Any]:
    """Store one article per list of sightings, with their reports."""
    stored = []
    with Writer(db) as writer:
        for n, seen in enumerate(docs, start=first):
            doc = _article(n)
            writer.put_article(doc)
            writer.put_events(doc.id, _events(doc.id, seen), version=1)
            stored.append(doc)
    return stored


class _store:
    """A store in a temporary folder (hypothesis examples cannot share pytest's tmp_path)."""

    def __enter__(self) -> Path:
        self._folder = tempfile.TemporaryDirectory()
        db = Path(self._folder.name) / "store.db"
        open_store(db).close()
        return db

    def __exit__(self, *exc: object) -> None:
        self._folder.cleanup()
