"""Property: any sequence of writes leaves one row per id and a consistent store."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.records import Article, Rejection
from storyline.store import Writer, open_store
from tests.store.factories import article, rejection

SOURCES = ("a.txt", "b.txt", "c.txt")
CONTENTS = (b"one", b"two", b"three")

_articles = st.builds(
    lambda raw, source: article(raw.decode(), raw=raw, source=source),
    st.sampled_from(CONTENTS),
    st.sampled_from(SOURCES),
)
_rejections = st.builds(
    lambda raw, source, reason: rejection(raw, source=source, reason=reason),
    st.one_of(st.none(), st.sampled_from(CONTENTS)),
    st.sampled_from(SOURCES),
    st.sampled_from(("E102 empty input", "E108 no article text")),
)


class Model:
    """What the store should hold, written as plainly as possible."""

    def __init__(self) -> None:
        self.status: dict[str, str] = {}
        self.seen: dict[str, set[str]] = {}

    def release(self, source: str, keep: str) -> None:
        for doc_id in [i for i, where in self.seen.items() if source in where and i != keep]:
            self.seen[doc_id].discard(source)
            if not self.seen[doc_id]:
                del self.seen[doc_id], self.status[doc_id]

    def put(self, record: Article | Rejection) -> None:
        if isinstance(record, Article):
            self.release(record.source, record.id)
            self.status[record.id] = "ok"
        else:
            if record.raw is not None:
                self.release(record.source, record.id)
            self.status.setdefault(record.id, "rejected")
        self.seen.setdefault(record.id, set()).add(record.source)


def _fts_is_consistent(db: Path) -> bool:
    conn = sqlite3.connect(db)
    try:
        conn.execute(
            "INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)"
        )
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


@settings(max_examples=75, deadline=None)
@given(st.lists(st.one_of(_articles, _rejections), max_size=12))
def test_invariant_any_write_sequence_matches_model(records: list[Article | Rejection]) -> None:
    model = Model()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "store.db"
        with Writer(db) as writer:
            for record in records:
                _put(writer, record)
                model.put(record)
        with open_store(db) as store:
            docs = list(store.documents())
            assert len({doc.id for doc in docs}) == len(docs)
            assert {doc.id: doc.status for doc in docs} == model.status
            assert {doc.id: set(store.sources(doc.id)) for doc in docs} == model.seen
            assert all(doc.source in model.seen[doc.id] for doc in docs)
            counts = store.counts()
            assert counts["ok"] == sum(s == "ok" for s in model.status.values())
            assert counts["ok"] + counts["rejected"] == len(docs)
        assert _fts_is_consistent(db)


def _put(writer: Writer, record: Article | Rejection) -> None:
    if isinstance(record, Article):
        writer.put_article(record)
    else:
        writer.put_rejection(record)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.one_of(_articles, _rejections), max_size=10))
def test_invariant_rerun_over_current_inputs_changes_nothing(
    records: list[Article | Rejection],
) -> None:
    # A re-run sees each source as it is now: the last record written for it.
    current = list({record.source: record for record in records}.values())
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "store.db"
        snapshots = []
        for batch in (records, current):
            with Writer(db) as writer:
                for record in batch:
                    _put(writer, record)
            with open_store(db) as store:
                snapshots.append(
                    {
                        doc.id: (doc.status, tuple(store.sources(doc.id)))
                        for doc in store.documents()
                    }
                )
        assert snapshots[0] == snapshots[1]
