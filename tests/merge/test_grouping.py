"""Grouping a batch looks the earlier stories it may join up by their days (schema 12: each
grouped article's publication date beside its day in ``stories``, indexed): it finds every
story that :meth:`~storyline.merge.stories.Window.may_meet` keeps, whatever the days and
publication dates are written as, and an older store gets the dates when it opens."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.merge.grouping import NO_PROFILE, stories_within
from storyline.merge.stories import MAX_DAYS, StoryDoc, Window
from storyline.records import Article, Field
from storyline.store import Writer, open_store
from tests.store.factories import article, drop_packed_stories

DAYS = [
    None,
    "2024-03-01",
    "2024-03-03",
    "2024-03-09",
    "2023-02-28",
    "2025-06-30",
    "2019-11-05",
    "2024-02-30",  # not a day: Python's date refuses it, SQLite's date() moves it on
    "2024-03",
    "2024",
    "2024-W10-1",  # a day to Python's date, not written as one
    "0000-01-01",
    "",
]
"""Main event days and publication dates as stories may hold them."""


def published_on(doc: Article, day: str | None) -> Article:
    return replace(doc, meta=replace(doc.meta, published=Field(day, "dateline" if day else None)))


def stored(db: Path, times: list[tuple[str | None, str | None]]) -> list[StoryDoc]:
    """Articles grouped in stories of two or three (their days and publication dates
    ``times``), as grouping holds them before it reads a profile."""
    docs = [
        published_on(article(f"Report {n} of the talks.", source=f"{n}.txt"), published)
        for n, (_, published) in enumerate(times)
    ]
    with Writer(db) as writer:
        for doc in docs:
            writer.put_article(doc)
        rows = [
            (d.id, docs[n - n % 3].id, day, "{}")
            for n, (d, (day, _)) in enumerate(zip(docs, times, strict=True))
        ]
        writer.put_stories(rows)
    return [
        StoryDoc(d.id, NO_PROFILE, day, published)
        for d, (day, published) in zip(docs, times, strict=True)
    ]


def by_story(docs: list[StoryDoc], stories: dict[str, str]) -> dict[str, list[StoryDoc]]:
    found: dict[str, list[StoryDoc]] = {}
    for doc in docs:
        found.setdefault(stories[doc.id], []).append(doc)
    return found


time = st.sampled_from(DAYS)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    earlier=st.lists(st.tuples(time, time), min_size=1, max_size=12),
    new=st.lists(st.tuples(time, time), min_size=1, max_size=4),
)
def test_grouping_finds_every_story_a_new_article_may_meet(
    tmp_path_factory: pytest.TempPathFactory,
    earlier: list[tuple[str | None, str | None]],
    new: list[tuple[str | None, str | None]],
) -> None:
    db = tmp_path_factory.mktemp("stories") / "s.db"
    docs = stored(db, earlier)
    with sqlite3.connect(db) as conn:
        stories = dict(conn.execute("SELECT doc_id, story FROM stories"))
    conn.close()
    window = Window.of(
        [StoryDoc(f"new{n}", NO_PROFILE, d, p) for n, (d, p) in enumerate(new)], MAX_DAYS
    )
    every = by_story(docs, stories)
    with open_store(db) as store:
        found = stories_within(store, window)
    assert found == {s: ds for s, ds in every.items() if any(map(window.may_meet, ds))}


def test_grouping_leaves_out_stories_of_other_years(tmp_path: Path) -> None:
    """A batch of one dated article reads only the stories of its days and those of articles
    of no day published within a year of it."""
    db = tmp_path / "s.db"
    docs = stored(
        db,
        [
            ("2024-03-02", "2024-03-02"),
            ("2019-03-02", "2019-03-03"),
            (None, "2023-09-01"),
            (None, "2020-09-01"),
        ],
    )
    window = Window.of([StoryDoc("new", NO_PROFILE, "2024-03-01", "2024-03-01")], MAX_DAYS)
    with open_store(db) as store:
        found = stories_within(store, window)
    assert [d.id for ds in found.values() for d in ds] == [docs[0].id, docs[1].id, docs[2].id]


def test_grouping_an_older_store_gets_its_publication_dates_when_it_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storyline.store import schema

    db = tmp_path / "s.db"
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:11])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 11)
    monkeypatch.setattr(Writer, "_pack", lambda *_: None)  # no packed profiles before 14
    stored(db, [("2024-03-02", "2024-03-02"), (None, None), (None, "2023-09")])
    monkeypatch.undo()
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT s.published IS d.published FROM stories AS s JOIN documents AS d"
            " ON d.id = s.doc_id"
        ).fetchall()
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert rows == [(1,), (1,), (1,)]
    assert {
        "stories_times",
        "documents_not_ok",
        "stories_published_insert",
        "stories_published_update",
    } <= names


def test_grouping_publication_dates_follow_their_articles(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    stored(db, [("2024-03-02", "2024-03-02")])
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE documents SET published = '2024-03-05'")
        (published,) = conn.execute("SELECT published FROM stories").fetchone()
    conn.close()
    assert published == "2024-03-05"


def test_grouping_counts_grouped_articles_and_those_no_longer_articles(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    stored(db, [("2024-03-02", "2024-03-02"), (None, None), (None, "2023-09")])
    with open_store(db) as store:
        assert store.story_count() == (3, False) == (len(store.story_times()), False)
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE documents SET status = 'rejected', rejected_reason = 'gone'"
            " WHERE id = (SELECT min(doc_id) FROM stories)"
        )
    conn.close()
    with open_store(db) as store:
        assert store.story_count() == (2, True) == (len(store.story_times()), True)
        assert store.stories_outside()


def test_grouping_an_older_store_gets_its_packed_profiles_when_grouping_needs_them(
    tmp_path: Path,
) -> None:
    """A store written before schema 14 opens with the tables empty; the profiles a merge
    compares are packed then, as the writer packs them."""
    db = tmp_path / "s.db"
    docs = stored(db, [(None, None), ("2024-03-02", None)])
    with sqlite3.connect(db) as conn:
        written = conn.execute("SELECT * FROM story_packed ORDER BY doc_id").fetchall()
        drop_packed_stories(conn)
        conn.execute("PRAGMA user_version = 13")
    conn.close()
    with open_store(db) as store, Writer(db) as writer:
        assert store.packed_stories(d.id for d in docs) == []
        assert writer.pack_stories(d.id for d in docs) == len(docs)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT * FROM story_packed ORDER BY doc_id").fetchall() == written
    conn.close()
