"""Copies: syndicated re-posts and near-identical versions of one article.

A MinHash signature of each article's word 5-grams goes into an LSH index (datasketch); a
candidate the index returns is a copy when the estimated Jaccard similarity of the two
5-gram sets is at least :data:`COPY_JACCARD`. The earlier document (the one stored first) is
the original; a copy is not read for events again, but it still counts as a report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

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


class CopyFinder:
    """An LSH index of signatures: add documents in the order they were stored, ask each new
    one whether it copies an earlier one."""

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=COPY_JACCARD, num_perm=NUM_PERM)
        self._sigs: dict[str, MinHash] = {}
        self._original: dict[str, str] = {}

    def add(self, doc_id: str, sig: MinHash, original_id: str | None = None) -> None:
        """Index a document; ``original_id`` when it is already known to be a copy."""
        if doc_id in self._sigs:
            return
        self._sigs[doc_id] = sig
        self._lsh.insert(doc_id, sig)
        if original_id is not None:
            self._original[doc_id] = original_id

    def find(self, doc_id: str, sig: MinHash) -> Copy | None:
        """The earlier document this one copies (the best match), or None; then indexes it."""
        best: Copy | None = None
        for other in self._lsh.query(sig):
            similarity = sig.jaccard(self._sigs[other])
            if similarity >= COPY_JACCARD and (best is None or similarity > best.similarity):
                # A copy of a copy is a copy of the original.
                best = Copy(doc_id, self._original.get(other, other), round(similarity, 3))
        self.add(doc_id, sig, best.original_id if best else None)
        return best


def find_copies(
    known: Iterable[tuple[str, MinHash, str | None]], new: Iterable[tuple[str, MinHash]]
) -> list[Copy]:
    """Copies among ``new`` documents (in store order), against ``known`` ones and each other.

    ``known`` gives each earlier document's signature and its original when it is a copy.
    """
    finder = CopyFinder()
    for doc_id, sig, original in known:
        finder.add(doc_id, sig, original)
    return [copy for doc_id, sig in new if (copy := finder.find(doc_id, sig)) is not None]
