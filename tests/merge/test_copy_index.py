"""The copy check's index kept in the store (schema 9): each band of each stored signature,
kept by triggers; a batch is checked against the bands it shares, not against every stored
signature read and indexed again, and finds the copies that indexing all of them finds."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from storyline.merge.copies import BANDS, ROWS, band_bytes, find_copies, from_bytes, to_bytes
from storyline.merge.run import mark_copies
from storyline.store import Writer, merged, open_store, schema
from tests.merge.test_copies import ORIGINAL, OWN_WORDS, PARAGRAPHS, SYNDICATED, edited, sig
from tests.store.factories import article, drop_signature_bands

Bands = set[tuple[int, bytes, str]]


def stored_bands(db: Path) -> Bands:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT band, bucket, doc_id FROM signature_bands").fetchall()
    conn.close()
    return {(band, bytes(bucket), doc_id) for band, bucket, doc_id in rows}


def bands_of(doc_id: str, blob: bytes) -> Bands:
    values = from_bytes(blob).hashvalues
    return {(n, bucket, doc_id) for n, bucket in enumerate(band_bytes(values))}


def stored(db: Path, texts: list[str], first: int = 0) -> list[str]:
    """Articles of ``texts`` written in this order (named from ``first`` on); their ids."""
    docs = [article(text, source=f"{n}.txt") for n, text in enumerate(texts, first)]
    with Writer(db) as writer:
        for doc in docs:
            writer.put_article(doc)
    return [doc.id for doc in docs]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


def test_copy_index_band_width_is_the_finders() -> None:
    assert schema.BAND_BYTES == ROWS * 8
    assert schema._BAND_COUNT == BANDS


def test_copy_index_bands_follow_signatures_written_replaced_and_deleted(db: Path) -> None:
    orig, own, empty = stored(db, [ORIGINAL, OWN_WORDS, "  "])
    blobs = {orig: to_bytes(sig(ORIGINAL)), own: to_bytes(sig(OWN_WORDS))}
    with Writer(db) as writer:
        writer.put_signatures([(d, blob, None, None) for d, blob in blobs.items()])
        writer.put_signatures([(empty, None, None, None)])  # a text without words: no bands
        assert stored_bands(db) == bands_of(orig, blobs[orig]) | bands_of(own, blobs[own])
        again = to_bytes(sig(SYNDICATED))  # an article read again, signed again
        writer.put_signatures([(own, again, None, None)])
        assert stored_bands(db) == bands_of(orig, blobs[orig]) | bands_of(own, again)
    with sqlite3.connect(db) as conn:  # the article deleted: its signature and bands go
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM documents WHERE id = ?", (orig,))
    conn.close()
    assert stored_bands(db) == bands_of(own, again)


def test_copy_index_an_older_store_is_indexed_when_it_opens(db: Path) -> None:
    texts = [ORIGINAL, OWN_WORDS]
    ids = stored(db, texts)
    rows = [(d, to_bytes(sig(text)), None, None) for d, text in zip(ids, texts, strict=True)]
    with Writer(db) as writer:
        writer.put_signatures(rows)
    written = stored_bands(db)
    assert len(written) == 2 * BANDS
    with sqlite3.connect(db) as conn:  # the store as schema 8 left it
        drop_signature_bands(conn)
        conn.execute("PRAGMA user_version = 8")
    conn.close()
    open_store(db).close()
    assert stored_bands(db) == written


@pytest.mark.parametrize("seed", range(4))
def test_copy_index_finds_the_copies_of_indexing_every_signature(db: Path, seed: int) -> None:
    rng = random.Random(seed)
    words = " ".join(PARAGRAPHS).split()
    texts = [edited(rng, words, rng.choice([0.0, 0.02, 0.05, 0.1, 0.3])) for _ in range(30)]
    texts += [OWN_WORDS, "a few words", "a few words, again"]
    rng.shuffle(texts)
    ids = stored(db, texts)
    signed = [(d, sig(text)) for d, text in zip(ids, texts, strict=True)]
    earlier, batch = signed[:20], signed[20:]
    found = {c.doc_id: c for c in find_copies([], earlier)}
    with Writer(db) as writer:
        writer.put_signatures(
            [
                (d, to_bytes(s), found[d].original_id if d in found else None, None)
                for d, s in earlier
            ]
        )
    known = [(d, s, found[d].original_id if d in found else None) for d, s in earlier]
    every = find_copies(known, batch)
    with open_store(db) as store:
        assert find_copies([], batch, stored=store.band_mates) == every
    assert every and {c.original_id for c in every} & {d for d, _ in earlier}


def test_copy_index_a_batch_is_checked_without_reading_every_signature(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored(db, [ORIGINAL, OWN_WORDS])
    with open_store(db) as store, Writer(db) as writer:
        assert mark_copies(store, writer) == 0
    copy = stored(db, [SYNDICATED], first=2)[0]
    with open_store(db) as store, Writer(db) as writer:

        def every_signature() -> list[tuple[str, bytes, str | None]]:
            raise AssertionError("every stored signature read")

        monkeypatch.setattr(store, "signatures", every_signature)
        assert mark_copies(store, writer) == 1
        assert [c[0] for c in store.copies()] == [copy]


def test_copy_index_a_lookup_searches_the_bands_it_asks_for(db: Path) -> None:
    """Each band of the lookup is one search of the index's primary key, never a scan of the
    whole index (a row-value IN list scanned every stored band for every new article)."""
    stored(db, [ORIGINAL])
    bands = band_bytes(sig(ORIGINAL).hashvalues)
    sql = merged.SELECT_BAND_MATES.format(bands=" OR ".join([merged.BAND_IS] * len(bands)))
    with sqlite3.connect(db) as conn:
        params = [value for pair in enumerate(bands) for value in pair]
        plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    conn.close()
    searches = [step for step in plan if step.startswith("SEARCH b USING PRIMARY KEY")]
    assert len(searches) == BANDS
    assert not [step for step in plan if step.startswith("SCAN b")]
