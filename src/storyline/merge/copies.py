"""Copies: syndicated re-posts and near-identical versions of one article.

A MinHash signature of each article's word 5-grams goes into an LSH index (datasketch); a
candidate the index returns is a copy when the estimated Jaccard similarity of the two
5-gram sets is at least :data:`COPY_JACCARD`. The earlier document (the one stored first) is
the original; a copy is not read for events again, but it still counts as a report.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
"""Permutations per signature: the estimate's standard error is about 0.04 at J = 0.8."""
SHINGLE = 5
"""Words per shingle: long enough that two reports of one event in their own words share few."""
COPY_JACCARD = 0.7
"""Calibrated on our sample corpus and the 102 dev pages: a syndicated copy with a new
headline, a credit line and a trimmed last paragraph scores 0.75–0.95; two outlets' own
reports of one meeting stay below 0.3."""
SCHEME = "affine32"
"""datasketch's hashing scheme (named, so stored signatures stay comparable across versions)."""
MIN_SHINGLES = 20
"""Texts shorter than this (in 5-grams) are too short to call near-copies with confidence:
they are copies only when their words are the same (one shingle of the whole text)."""

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Copy:
    """``doc_id`` is a copy of ``original_id``; ``similarity`` is the estimated Jaccard."""

    doc_id: str
    original_id: str
    similarity: float


def shingles(text: str) -> set[bytes]:
    """The article's word 5-grams, lowercased (punctuation and spacing do not count)."""
    words = [w.lower() for w in _WORD.findall(text)]
    return {
        " ".join(words[i : i + SHINGLE]).encode("utf-8")
        for i in range(max(0, len(words) - SHINGLE + 1))
    }


def signature(text: str) -> MinHash | None:
    """The MinHash of the text's shingles, or None for a text without words.

    A short text (under :data:`MIN_SHINGLES`) is signed by its whole word sequence, so that
    the same short article given twice (as a page and as a JSON Lines record) is a copy, and
    any other text is not."""
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        words = [w.lower() for w in _WORD.findall(text)]
        if not words:
            return None
        grams = {b"whole text: " + " ".join(words).encode("utf-8")}
    sig = MinHash(num_perm=NUM_PERM, permutations=_permutations(), scheme=SCHEME)
    sig.update_batch(grams)
    return sig


def to_bytes(sig: MinHash) -> bytes:
    """The signature as stored (128 hash values as unsigned 64-bit integers)."""
    return np.asarray(sig.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(blob: bytes) -> MinHash:
    """The inverse of :func:`to_bytes`."""
    values = np.frombuffer(blob, dtype=np.uint64).copy()
    return MinHash(
        num_perm=NUM_PERM, hashvalues=values, permutations=_permutations(), scheme=SCHEME
    )


@cache
def _permutations() -> Any:
    """The permutations every signature uses (datasketch's for the default seed), made once:
    making them took most of the time of reading a store's signatures back."""
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


BANDS, ROWS = 14, 9
"""The LSH index's bands and hash values per band: what datasketch's ``MinHashLSH`` picks for
:data:`COPY_JACCARD` and :data:`NUM_PERM` (the least false positives and negatives, weighed
alike), so the candidates are those its index gave."""


StoredMates = Callable[[Sequence[bytes]], Iterable[tuple[str, bytes, str | None]]]
"""The stored documents that share one of a signature's bands (:func:`band_bytes`), in the
order they were stored: (id, signature as stored, original when it is a copy)."""


class CopyFinder:
    """An LSH index of signatures: add documents in the order they were stored, ask each new
    one whether it copies an earlier one.

    Two documents are candidates when one of their :data:`BANDS` bands (:data:`ROWS` hash
    values each) is the same, as in datasketch's ``MinHashLSH``; but the signatures are kept
    in one array, and each band's buckets by the band's hash, checked against the values.
    datasketch's index kept a bytes object and a set per document and band: 300 MB for
    50,000 articles, held (as memory once taken is) through the hours the workers then read
    events. With ``stored``, the documents of earlier runs are looked up in the store's own
    index of bands (schema 9) rather than added here: checking a batch then reads the
    signatures that share a band with it, not every one stored."""

    def __init__(self, stored: StoredMates | None = None) -> None:
        self._stored = stored
        self._ids: list[str] = []
        self._index: dict[str, int] = {}
        self._values = np.zeros((1024, NUM_PERM), dtype=np.uint64)
        self._buckets: list[dict[int, int | list[int]]] = [{} for _ in range(BANDS)]
        self._original: dict[int, str] = {}

    def add(self, doc_id: str, sig: MinHash, original_id: str | None = None) -> None:
        """Index a document; ``original_id`` when it is already known to be a copy."""
        if doc_id in self._index:
            return
        row = len(self._ids)
        if row == len(self._values):
            self._values = np.concatenate([self._values, np.zeros_like(self._values)])
        self._values[row] = sig.hashvalues
        self._ids.append(doc_id)
        self._index[doc_id] = row
        for band, key in zip(self._buckets, _band_keys(self._values[row]), strict=True):
            found = band.setdefault(key, row)
            if isinstance(found, list):
                found.append(row)
            elif found != row:
                band[key] = [found, row]
        if original_id is not None:
            self._original[row] = original_id

    def find(self, doc_id: str, sig: MinHash) -> Copy | None:
        """The earlier document this one copies (the best match; of those alike, the first
        indexed), or None; then indexes it."""
        values = np.asarray(sig.hashvalues, dtype=np.uint64)
        best: Copy | None = None
        # Stored documents were indexed before any of this run's: they come first.
        stored = self._stored(band_bytes(values)) if self._stored is not None else ()
        for other_id, blob, original in stored:
            other = np.frombuffer(blob, dtype=np.uint64)
            best = _better(best, doc_id, values, other, original or other_id)
        for row in self._candidates(sig.hashvalues):
            # A copy of a copy is a copy of the original.
            original = self._original.get(row, self._ids[row])
            best = _better(best, doc_id, values, self._values[row], original)
        self.add(doc_id, sig, best.original_id if best else None)
        return best

    def _candidates(self, hashvalues: np.ndarray[Any, Any]) -> list[int]:
        """The indexed documents that share a band with a signature, in the order indexed."""
        values = np.asarray(hashvalues, dtype=np.uint64)
        found: set[int] = set()
        for n, (band, key) in enumerate(zip(self._buckets, _band_keys(values), strict=True)):
            rows = band.get(key)
            if rows is None:
                continue
            cut = slice(n * ROWS, (n + 1) * ROWS)
            for row in rows if isinstance(rows, list) else [rows]:
                if row not in found and (self._values[row, cut] == values[cut]).all():
                    found.add(row)
        return sorted(found)


def _better(
    best: Copy | None,
    doc_id: str,
    values: np.ndarray[Any, Any],
    other: np.ndarray[Any, Any],
    original: str,
) -> Copy | None:
    """``best``, or a copy of ``original`` when ``other`` is more alike (of those alike, the
    first looked at stays)."""
    similarity = float(np.count_nonzero(values == other)) / NUM_PERM
    if similarity >= COPY_JACCARD and (best is None or similarity > best.similarity):
        return Copy(doc_id, original, round(similarity, 3))
    return best


def band_bytes(values: np.ndarray[Any, Any]) -> list[bytes]:
    """Each band of a signature's values as stored (:func:`to_bytes`): what the store's
    index of bands (``signature_bands``) holds of it, band ``n`` at position ``n``."""
    data = np.asarray(values, dtype=np.uint64).tobytes()
    width = ROWS * 8
    return [data[n * width : (n + 1) * width] for n in range(BANDS)]


def _band_keys(values: np.ndarray[Any, Any]) -> list[int]:
    """Each band's hash, of its values as stored (unsigned 64-bit); two bands with one hash are
    still told apart by their values."""
    data = np.asarray(values, dtype=np.uint64).tobytes()
    width = ROWS * 8
    return [hash(data[n * width : (n + 1) * width]) for n in range(BANDS)]


def find_copies(
    known: Iterable[tuple[str, MinHash, str | None]],
    new: Iterable[tuple[str, MinHash]],
    *,
    stored: StoredMates | None = None,
) -> list[Copy]:
    """Copies among ``new`` documents (in store order), against ``known`` ones and each other.

    ``known`` gives each earlier document's signature and its original when it is a copy.
    ``stored`` looks up the earlier documents a signature shares a band with in the store's
    index instead (``Store.band_mates``), so that they need not all be read and indexed.
    """
    finder = CopyFinder(stored)
    for doc_id, sig, original in known:
        finder.add(doc_id, sig, original)
    return [copy for doc_id, sig in new if (copy := finder.find(doc_id, sig)) is not None]
