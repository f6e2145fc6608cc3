"""Unit TF-IDF vectors of story profiles, held packed between uses (story grouping's
:class:`Vectors`; :mod:`storyline.merge.stories` compares documents with them)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

import numpy as np
import numpy.typing as npt

from storyline.merge.profile import Weights

if TYPE_CHECKING:
    from storyline.merge.stories import StoryDoc

Vector = dict[str, float]
Packed = tuple["npt.NDArray[np.int32]", "npt.NDArray[np.float64]", tuple[int, int, int]]
"""A document's vectors as held between uses: the term numbers and weights of its three bags
one after the other, and how many terms each bag has."""
BAG_COUNT = 3
"""Bags of a profile with a vector each: terms, names, lead."""


class Stored(Protocol):
    """Earlier documents whose vectors and key terms were worked out elsewhere, all at once
    (:class:`storyline.merge.packed.StoredVectors`), with the same weights: their terms are
    numbered ``BAG_COUNT * number + bag`` by the store's numbers of terms (``story_vocab``)."""

    numbers: Mapping[str, int]
    """The store's number of each term a new document holds (those that have one)."""
    end: int
    """A number above every stored term's number."""

    def packed(self, doc_id: str) -> Packed | None:
        """The document's vectors, numbered as above (None: not one of them)."""

    def keys(self, doc_id: str) -> list[str] | None:
        """Those of the document's key terms that some new document's key terms hold (None:
        not one of them)."""


class Vectors:
    """Unit TF-IDF vectors of documents, computed once per run.

    Held packed (:data:`Packed`): terms are numbered as the run first meets them, each bag
    apart (or by the store's numbers, with ``stored``). As dictionaries of float objects the
    vectors of 10,000 articles took 90 MB. Packed, a document is scored against all its
    candidates at once (:meth:`cosines`) instead of one dictionary lookup at a time, which
    was most of the time of story grouping. The numbers decide where a weight is held, never
    what it is: the vectors and cosines are the same, bit for bit, however terms are
    numbered."""

    def __init__(self, weights: Weights, stored: Stored | None = None) -> None:
        self.weights = weights
        self.stored = stored
        self._numbers: tuple[dict[str, int], ...] = tuple({} for _ in range(BAG_COUNT))
        """Each bag's terms, numbered (numbers are unique across the bags)."""
        self._terms: dict[int, str] = {}
        """The term of each number given here."""
        self._free = BAG_COUNT * stored.end if stored else 0
        """The next number for a term the store has not numbered."""
        self._packed: dict[str, Packed] = {}
        self._idf: tuple[dict[str, float], ...] = tuple({} for _ in range(BAG_COUNT))
        """Each bag's inverse document frequencies, worked out once a term (``weights`` do not
        change while a run groups)."""
        self._dense = np.zeros(max(4096, 2 * self._free))
        """Scratch, all zeros between uses: a document's weights, by term number."""
        self.keys: dict[str, list[str]] = {}
        """Each document's key terms (``stories._keys``), found once however many chunks see
        it."""

    def of(self, doc: StoryDoc) -> tuple[Vector, Vector, Vector]:
        """The doc's (terms, names, lead) vectors, their terms in the order they were made
        (not of a document of ``stored``: its terms are known by number only)."""
        packed = self._packed.get(doc.id)
        if packed is None:
            found = self._vectors(doc)
            self._packed[doc.id] = self._pack(found)
            return found
        ids, values, sizes = packed
        terms, weights, at = [self._terms[i] for i in ids.tolist()], values.tolist(), 0
        bags = []
        for size in sizes:
            bags.append(dict(zip(terms[at : at + size], weights[at : at + size], strict=True)))
            at += size
        return bags[0], bags[1], bags[2]

    def cosines(self, doc: StoryDoc, others: list[StoryDoc]) -> npt.NDArray[np.float64]:
        """The cosine of each bag of ``doc`` with that bag of each of ``others`` (one row per
        other document, one column per bag)."""
        ids, values, _ = self._packed_of(doc)
        theirs = [self._packed_of(other) for other in others]
        if not theirs:
            return np.zeros((0, 3))
        dense = self._dense
        dense[ids] = values
        try:
            # Each term of theirs times the same term's weight in doc's (zero when doc lacks
            # it), summed per other document and bag.
            products = dense[np.concatenate([t[0] for t in theirs])]
            products *= np.concatenate([t[1] for t in theirs])
            cells = np.repeat(np.arange(3 * len(theirs)), [n for t in theirs for n in t[2]])
            sums = np.bincount(cells, weights=products, minlength=3 * len(theirs))
        finally:
            dense[ids] = 0.0
        return sums.astype(np.float64, copy=False).reshape(len(theirs), 3)

    def _packed_of(self, doc: StoryDoc) -> Packed:
        packed = self._packed.get(doc.id)
        if packed is None:
            packed = self.stored.packed(doc.id) if self.stored else None
            if packed is None:
                packed = self._pack(self._vectors(doc))
            self._packed[doc.id] = packed
        return packed

    def _vectors(self, doc: StoryDoc) -> tuple[Vector, Vector, Vector]:
        w, idf = self.weights, self._idf
        return (
            w.vector(doc.profile, "terms", idf[0]),
            w.vector(doc.profile, "names", idf[1]),
            w.vector(doc.profile, "lead", idf[2]),
        )

    def _pack(self, vectors: tuple[Vector, Vector, Vector]) -> Packed:
        ids = [self._number(bag, term) for bag, vector in enumerate(vectors) for term in vector]
        if self._free > len(self._dense):
            self._dense = np.zeros(2 * self._free)
        weights = [x for vector in vectors for x in vector.values()]
        sizes = (len(vectors[0]), len(vectors[1]), len(vectors[2]))
        return np.array(ids, dtype=np.int32), np.array(weights, dtype=np.float64), sizes

    def _number(self, bag: int, term: str) -> int:
        numbers = self._numbers[bag]
        number = numbers.get(term)
        if number is None:
            known = self.stored.numbers.get(term) if self.stored else None
            if known is None:
                number, self._free = self._free, self._free + 1
            else:
                number = BAG_COUNT * known + bag
            numbers[term] = number
            self._terms[number] = term
        return number
