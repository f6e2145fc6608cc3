"""Read queries: lookups by reference, raw bytes, full-text search, counts, sources."""

from __future__ import annotations

import sqlite3
import tempfile
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.errors import Code, StoreError, UsageError
from storyline.records import content_id
from storyline.store import Store, Writer, open_store
from tests.store.factories import article, rejection
from tests.store.test_records import _event, _merged


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


def test_reader_get_by_doc_id_and_prefix(db: Path) -> None:
    stored = article(source="pages/iraq-talks.txt")
    with Writer(db) as writer:
        writer.put_article(stored)
        writer.put_article(article("Something else.", source="pages/other.txt"))
    with open_store(db) as store:
        assert store.get("iraq-talks").id == stored.id
        assert store.get(stored.id).doc == "iraq-talks"
        assert store.get(stored.id[:6]).id == stored.id
        assert store.get(stored.id[:6].upper()).id == stored.id


def test_reader_get_missing_is_e002(db: Path) -> None:
    with Writer(db) as writer:
        writer.put_article(article())
    with open_store(db) as store, pytest.raises(UsageError) as caught:
        store.get("nothing-here")
    assert caught.value.code is Code.E002


def test_reader_get_short_prefix_is_not_a_prefix(db: Path) -> None:
    stored = article()
    with Writer(db) as writer:
        writer.put_article(stored)
    with open_store(db) as store, pytest.raises(UsageError) as caught:
        store.get(stored.id[:3])
    assert caught.value.code is Code.E002
    assert "an id prefix needs at least 4 characters" in str(caught.value)


def test_reader_get_ambiguous_doc_name_lists_candidates(db: Path) -> None:
    first = article("One.", source="2024/report.txt")
    second = article("Two.", source="2025/report.txt")
    with Writer(db) as writer:
        writer.put_article(first)
        writer.put_article(second)
    with open_store(db) as store, pytest.raises(UsageError) as caught:
        store.get("report")
    assert caught.value.code is Code.E003
    for candidate in (first, second):
        assert candidate.id in caught.value.detail
        assert candidate.source in caught.value.detail


def test_reader_get_ambiguous_prefix_is_e003(db: Path) -> None:
    # Find two contents whose ids share a 4-digit prefix (the birthday bound keeps this short).
    seen: dict[str, bytes] = {}
    raw = 0
    while True:
        data = f"page {raw}".encode()
        doc_id = content_id(data)
        if doc_id[:4] in seen:
            break
        seen[doc_id[:4]] = data
        raw += 1
    with Writer(db) as writer:
        writer.put_article(article("A.", raw=seen[doc_id[:4]], source="a.txt"))
        writer.put_article(article("B.", raw=data, source="b.txt"))
    with open_store(db) as store, pytest.raises(UsageError) as caught:
        store.get(doc_id[:4])
    assert caught.value.code is Code.E003


@settings(max_examples=50, deadline=None)
@given(raw=st.binary(max_size=2048))
def test_reader_raw_bytes_round_trip_exactly(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "store.db"
        with Writer(db) as writer:
            writer.put_article(article("Text.", raw=raw, source="a.txt"))
            writer.put_rejection(rejection(raw + b"\xff", source="b.bin", reason="E104 binary"))
        with open_store(db) as store:
            assert store.raw(content_id(raw)) == raw
            assert store.raw(content_id(raw + b"\xff")) == raw + b"\xff"


def test_reader_raw_of_unknown_id_is_e002(db: Path) -> None:
    with open_store(db) as store, pytest.raises(UsageError) as caught:
        store.raw("0123456789abcdef")
    assert caught.value.code is Code.E002


def test_reader_search_finds_title_and_text_words(db: Path) -> None:
    talks = article("Negotiators met in Erbil.", title="Oil talks resume", source="a.txt")
    floods = article("Heavy rain flooded Basra.", title="Floods", source="b.txt")
    with Writer(db) as writer:
        writer.put_article(talks)
        writer.put_article(floods)
    with open_store(db) as store:
        assert [doc.id for doc in store.search("oil")] == [talks.id]
        assert [doc.id for doc in store.search("basra")] == [floods.id]
        assert [doc.id for doc in store.search("negotiat*")] == [talks.id]
        assert store.search("nothingmatches") == []


def test_reader_search_stays_in_sync_after_update_and_delete(db: Path) -> None:
    with Writer(db) as writer:
        writer.put_rejection(rejection(b"draft bytes", source="a.txt", reason="E108 no text"))
        writer.put_article(article("Ceasefire announced.", raw=b"draft bytes", source="a.txt"))
        with open_store(db) as store:
            assert len(store.search("ceasefire")) == 1
        writer.put_article(article("Ceasefire collapsed.", source="a.txt"))  # deletes the old
    with open_store(db) as store:
        assert [doc.text for doc in store.search("ceasefire")] == ["Ceasefire collapsed."]
        assert store.search("announced") == []
        assert len(store.search("collapsed")) == 1


@pytest.mark.parametrize(
    "query", ['"unterminated', "AND", "title:", "nosuchcolumn:word", "", "*", "NEAR(", "al-Sudani"]
)
def test_reader_search_takes_any_text(db: Path, query: str) -> None:
    with Writer(db) as writer:
        writer.put_article(article())
    with open_store(db) as store:
        assert isinstance(store.search(query), list)


def test_reader_search_matches_words_across_punctuation(db: Path) -> None:
    talks = article("PM al-Sudani met the envoy. Shia' leaders spoke.", title="Talks", source="a")
    with Writer(db) as writer:
        writer.put_article(talks)
        writer.put_article(article("Floods in Basra.", title="Floods", source="b.txt"))
    with open_store(db) as store:
        for query in ("al-Sudani", "Al Sudani", "Shia'", '"the envoy"', "sudani envoy"):
            assert [doc.id for doc in store.search(query)] == [talks.id], query
        assert store.search('"envoy the"') == []
        assert store.search("sudani AND envoy") == []  # AND is a word, and not in the text


def test_reader_search_pages_through_every_match_and_counts_them(db: Path) -> None:
    with Writer(db) as writer:
        for n in range(7):
            text = f"The ferry to Quenby{' sailed' * n} at dawn, number {n}."
            writer.put_article(article(text, title=f"Ferry {n}", source=f"ferry-{n}.txt"))
        writer.put_article(article("Gulls over the harbour.", title="Gulls", source="g.txt"))
    with open_store(db) as store:
        assert store.search_count("ferry Quenby") == 7
        pages = [store.search("ferry Quenby", 3, offset) for offset in (0, 3, 6, 9)]
        assert [len(p) for p in pages] == [3, 3, 1, 0]
        found = [d.doc for p in pages for d in p]
        assert sorted(found) == [f"ferry-{n}" for n in range(7)]
        assert found[:3] == [d.doc for d in store.search("ferry Quenby", 3)]
        assert store.search_count("*") == store.search_count("ferry Basra") == 0


def test_reader_search_longer_than_the_most_words_is_a_usage_error(db: Path) -> None:
    with open_store(db) as store, pytest.raises(UsageError) as caught:
        store.search("word " * 65)
    assert caught.value.code is Code.E001


def test_reader_counts_and_status_filter(db: Path) -> None:
    with Writer(db) as writer:
        writer.put_article(article())
        writer.put_rejection(rejection(b"", source="empty.txt"))
        writer.put_rejection(rejection(None, source="locked.txt", reason="E101 denied"))
    with open_store(db) as store:
        assert store.counts() == {"ok": 1, "rejected": 2}
        assert [doc.source for doc in store.documents(status="rejected")] == [
            "empty.txt",
            "locked.txt",
        ]
        assert [doc.status for doc in store.documents(status="ok")] == ["ok"]


def test_reader_documents_without_text_and_texts_of_some(db: Path) -> None:
    first = article("Ministers met in Baghdad on Tuesday.", source="a.txt")
    second = article("Talks resumed in Ankara.", source="b.txt")
    with Writer(db) as writer:
        writer.put_article(first)
        writer.put_article(second)
    with open_store(db) as store:
        bare = list(store.documents(status="ok", text=False))
        assert [(d.id, d.text) for d in bare] == [(first.id, None), (second.id, None)]
        assert [d.meta for d in bare] == [d.meta for d in store.documents(status="ok")]
        assert store.texts([second.id, "no-such-id", second.id]) == {second.id: second.text}
        assert store.texts([]) == {}


def test_reader_empty_store_counts_zero(db: Path) -> None:
    with open_store(db) as store:
        assert store.counts() == {"ok": 0, "rejected": 0}
        assert list(store.documents()) == []


def test_reader_works_from_several_threads(db: Path) -> None:
    with Writer(db) as writer:
        writer.put_article(article())
    results: list[int] = []
    with open_store(db) as store:
        threads = [
            threading.Thread(target=lambda: results.append(store.counts()["ok"])) for _ in range(4)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert results == [1, 1, 1, 1]


def test_reader_cannot_write(db: Path) -> None:
    with Writer(db) as writer:
        writer.put_article(article())
    with open_store(db) as store:
        conn = store._conn()  # the one place a test reaches inside: the guard is the point
        with pytest.raises(sqlite3.OperationalError, match=r"readonly|attempt to write"):
            conn.execute("DELETE FROM documents")


def test_reader_store_on_garbage_file_is_store_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"garbage" * 200)
    with pytest.raises(StoreError):
        Store(path).counts()


def test_reader_what_a_merge_has_not_seen_leaves_out_rejections_copies_and_the_done(
    db: Path,
) -> None:
    # Found by id first and then read (merged.SELECT_UNSIGNED): a rejected article, a copy, an
    # article checked or grouped already and a report placed already are none of them.
    done, copy, new = (article(f"Text {n}.", source=f"pages/{n}.txt") for n in range(3))
    with Writer(db) as writer:
        for doc in (done, copy, new):
            writer.put_article(doc)
        writer.put_rejection(rejection(b"\x00", source="pages/bad.txt", reason="E102 binary"))
        writer.put_signatures([(done.id, None, None, None), (copy.id, None, done.id, 1.0)])
        writer.put_stories([(done.id, done.id, None, '{"terms": {}}')])
        placed = _event("placed", done.id)
        writer.put_events(done.id, [placed], version=1)
        writer.put_events(new.id, [_event("waiting", new.id)], version=1)
        writer.put_merged([_merged("m0", placed)], [("placed", "m0", done.id, done.id, True)], {})
    with open_store(db) as store:
        assert [doc_id for doc_id, _ in store.unsigned()] == [new.id]
        assert [doc.id for doc in store.ungrouped()] == [new.id]
        assert [event.id for event in store.unmerged()] == ["waiting"]
        assert store.merge_pending()


def test_reader_copies_of_a_gone_original_are_checked_again(db: Path) -> None:
    original, copy, other = (article(f"Text {n}.", source=f"pages/{n}.txt") for n in range(3))
    with Writer(db) as writer:
        for doc in (original, copy, other):
            writer.put_article(doc)
        signed = [(original.id, None, None, None), (other.id, None, None, None)]
        writer.put_signatures([*signed, (copy.id, None, original.id, 1.0)])
    with sqlite3.connect(db) as conn:  # rejected by a write that kept its copies' rows
        conn.execute(
            "UPDATE documents SET status = 'rejected', rejected_reason = 'E102' WHERE id = ?",
            (original.id,),
        )
    conn.close()
    with Writer(db) as writer:
        writer.forget_gone_originals()
    with open_store(db) as store:
        assert [doc_id for doc_id, _ in store.unsigned()] == [copy.id]
