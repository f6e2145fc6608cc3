"""Earlier articles' story vectors and key terms, worked out for all of them at once from their
packed profiles (:mod:`storyline.store.packed`).

A batch of articles with no date is compared with every stored article (any of them may tell
the same story), and finding each one's closest needs every earlier article's key terms,
which depend on the corpus's frequencies at the time of grouping: they change with every
batch and cannot be stored. Worked out one article at a time (parse the profile's JSON, weigh
each term, rank) they were most of a batch's merge into a store of 50,000 articles. Here each
step is one array operation over every article, and gives the same numbers, bit for bit, as
:meth:`storyline.merge.profile.Weights.vector` and ``stories._ranked_keys``:

- each weight is the same product of the same two floats (the inverse document frequency is
  worked out by :func:`math.log` once per distinct frequency, not by numpy's own logarithm);
- a vector's length is summed term after term in the profile's order, as Python's ``sum``
  adds (numpy's own sums add in pairs, and round otherwise);
- the key terms are the heaviest, of equal weights the first, as a stable sort keeps them.

``tests/merge/test_packed.py`` holds them to the one-at-a-time code on random corpora.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import numpy as np
import numpy.typing as npt

from storyline.merge.profile import Profile, inverse_frequency, sublinear
from storyline.merge.stories import KEY_TERMS, NAME_KEY, KeyTerms
from storyline.merge.vectors import BAG_COUNT, Packed
from storyline.store.packed import BAGS, PAIR_BYTES, PackedRow

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
ROWS_AT_ONCE = 8_192
"""Articles ranked at a time for their key terms (a grid of their weights, 240 a row)."""


@dataclass(frozen=True)
class PackedBag:
    """One bag of many profiles, one after another: each term's number and count, and how
    many terms each profile has."""

    numbers: Ints
    counts: Ints
    sizes: Ints

    @classmethod
    def of(cls, blobs: Sequence[bytes]) -> PackedBag:
        """The bag from its packed blobs (``story_packed``), one a profile."""
        pairs = np.frombuffer(b"".join(blobs), dtype="<i4").reshape(-1, 2).astype(np.int64)
        sizes = np.array([len(blob) // PAIR_BYTES for blob in blobs], dtype=np.int64)
        return cls(pairs[:, 0], pairs[:, 1], sizes)


@dataclass(frozen=True)
class Frequencies:
    """The corpus's document frequencies by term number (one array per bag), and how many
    documents it holds (:class:`~storyline.merge.profile.Weights`, by number)."""

    docs: int
    df: tuple[Ints, Ints, Ints]
    limit: int
    """The most documents a key term may be in (``stories.key_limit``)."""


@dataclass(frozen=True)
class _Weighed:
    """A bag's vectors: the row (profile), number and weight of each term it keeps, profile
    after profile, each profile's in its order."""

    rows: Ints
    numbers: Ints
    values: Floats


class StoredVectors:
    """The vectors and key terms of packed profiles (a
    :class:`~storyline.merge.vectors.Stored`), worked out with ``frequencies``; of the key
    terms only those among ``looked`` (the new documents' key terms) are kept, the only ones
    grouping ever looks up."""

    def __init__(
        self,
        rows: Sequence[PackedRow],
        frequencies: Frequencies,
        numbers: Mapping[str, int],
        end: int,
        looked: KeyTerms,
    ) -> None:
        self.numbers = numbers
        self.end = end
        self._row = {row[0]: n for n, row in enumerate(rows)}
        years = {row[4] for row in rows}  # a few sets of years, shared
        profiles = {y: Profile({}, {}, {}, frozenset(y.split())) for y in years}
        self._profiles = [profiles[row[4]] for row in rows]
        docs, df = frequencies.docs, frequencies.df
        blobs: tuple[list[bytes], ...] = ([], [], [])
        for row in rows:
            for bag, blob in zip(blobs, row[1:4], strict=True):
                bag.append(blob)
        bags = [_weigh(PackedBag.of(blobs[b]), df[b], docs) for b in range(BAG_COUNT)]
        self._vectors = _by_row(bags, len(rows))
        self._keys = _looked_keys(bags, frequencies, numbers, looked, len(rows))

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._row

    def profile(self, doc_id: str) -> Profile:
        """What grouping reads of the profile beside its vectors: its years."""
        return self._profiles[self._row[doc_id]]

    def packed(self, doc_id: str) -> Packed | None:
        """The document's vectors (:data:`~storyline.merge.vectors.Packed`)."""
        row = self._row.get(doc_id)
        if row is None:
            return None
        ids, values, starts, sizes = self._vectors
        at = int(starts[row, 0])
        end = int(starts[row, BAG_COUNT])
        counts = sizes[row].tolist()
        return ids[at:end], values[at:end], (counts[0], counts[1], counts[2])

    def keys(self, doc_id: str) -> list[str] | None:
        """The document's key terms that are among the new documents' key terms."""
        row = self._row.get(doc_id)
        if row is None:
            return None
        terms, which, starts = self._keys
        return [terms[n] for n in which[starts[row] : starts[row + 1]].tolist()]


def _weigh(bag: PackedBag, df: Ints, docs: int) -> _Weighed:
    """The unit TF-IDF vectors of one bag of every profile, as ``Weights.vector`` makes them:
    the weights of the terms it keeps (those weighing more than zero), in their order."""
    rows = np.repeat(np.arange(len(bag.sizes)), bag.sizes)
    idf = _table(df, lambda n: inverse_frequency(docs, n))  # by number
    raw = _table(bag.counts, sublinear) * idf[bag.numbers]
    norms = np.sqrt(_sums_in_order(raw * raw, rows, bag.sizes))
    norms[norms == 0.0] = 1.0
    kept = raw > 0
    return _Weighed(rows[kept], bag.numbers[kept], (raw / norms[rows])[kept])


SMALL = 4_096
"""Values up to which :func:`_table` works ``of`` out for every value, not the distinct ones."""


def _table(values: Ints, of: Callable[[int], float]) -> Floats:
    """``of`` of each value, worked out in Python once per distinct value."""
    top = int(values.max(initial=0))
    if int(values.min(initial=0)) >= 0 and top < SMALL:
        return np.array([of(v) for v in range(top + 1)], dtype=np.float64)[values]
    distinct, where = np.unique(values, return_inverse=True)
    return np.array([of(int(v)) for v in distinct.tolist()], dtype=np.float64)[where]


def _starts(sizes: Ints) -> Ints:
    return np.cumsum(sizes) - sizes


def _sums_in_order(values: Floats, rows: Ints, sizes: Ints) -> Floats:
    """Each row's values summed one after the other, in their order, as Python's ``sum``
    adds floats (the rows' values given row after row). ``np.bincount`` adds each weight to
    its row's total in the order given (``np.add.reduceat`` would add in pairs, as numpy's
    sums do, and round otherwise); ``tests/merge/test_packed.py`` holds it to ``sum``."""
    return np.bincount(rows, weights=values, minlength=len(sizes)).astype(np.float64)


def _by_row(bags: list[_Weighed], count: int) -> tuple[npt.NDArray[np.int32], Floats, Ints, Ints]:
    """Every profile's vectors one after the other, as :data:`Packed` holds one: the term
    numbers (``BAG_COUNT * number + bag``) and weights of its bags in turn; where each
    profile's bags start (and where the next profile's do), and their sizes (a row of
    ``BAG_COUNT`` a profile)."""
    where, sizes = _row_by_row([bag.rows for bag in bags], count)
    ids = np.empty(int(sizes.sum()), dtype=np.int32)
    values = np.empty(len(ids))
    for b, (bag, at) in enumerate(zip(bags, where, strict=True)):
        ids[at] = bag.numbers * BAG_COUNT + b
        values[at] = bag.values
    ends = np.cumsum(sizes.ravel()).reshape(count, BAG_COUNT)
    return ids, values, np.concatenate([ends - sizes, ends[:, -1:]], axis=1), sizes


def _row_by_row(parts: list[Ints], count: int) -> tuple[list[Ints], Ints]:
    """Where each entry of each part (its rows ascending) goes when every part is laid out
    row by row, a row's entries of the first part first, then of the second, and so on; and
    how many entries each row has of each part (a row of sizes a row)."""
    sizes = np.stack([np.bincount(rows, minlength=count) for rows in parts], axis=1)
    ends = np.cumsum(sizes.ravel()).reshape(sizes.shape)
    where = []
    for k, rows in enumerate(parts):
        within = np.arange(len(rows)) - _starts(sizes[:, k])[rows]
        where.append(ends[rows, k] - sizes[rows, k] + within)
    return where, sizes.astype(np.int64)


def _looked_keys(
    bags: list[_Weighed],
    frequencies: Frequencies,
    numbers: Mapping[str, int],
    looked: KeyTerms,
    count: int,
) -> tuple[list[str], Ints, Ints]:
    """Each profile's key terms (``stories._ranked_keys``: the :data:`KEY_TERMS` heaviest
    of its terms and names in no more than ``frequencies.limit`` documents, terms first of
    equal weights) that are among ``looked``: the key terms looked, which of them each
    profile holds (profile after profile), and where each profile's start."""
    named = [
        {numbers[t]: t for t in looked.terms if t in numbers},
        {numbers[t]: NAME_KEY + t for t in looked.names if t in numbers},
    ]
    terms = [*named[0].values(), *named[1].values()]
    position = [np.full(frequencies.df[b].shape, -1, dtype=np.int64) for b in (0, 1)]
    for b, offset in ((0, 0), (1, len(named[0]))):
        position[b][list(named[b])] = np.arange(offset, offset + len(named[b]))
    rows, values, which = [], [], []
    for b in (0, 1):
        bag = bags[b]
        usable = frequencies.df[b][bag.numbers] <= frequencies.limit
        rows.append(bag.rows[usable])
        values.append(bag.values[usable])
        which.append(position[b][bag.numbers[usable]])
    where, _ = _row_by_row(rows, count)  # each row's terms, then its names
    row, value, held = (_laid_out(where, part) for part in (rows, values, which))
    key = _first_largest(row, value, count, KEY_TERMS) & (held >= 0)
    starts = np.concatenate([[0], np.cumsum(np.bincount(row[key], minlength=count))])
    return terms, held[key], starts


def _laid_out(where: list[Ints], parts: Sequence[npt.NDArray[np.generic]]) -> npt.NDArray[Any]:
    """The parts' entries each put where :func:`_row_by_row` says."""
    out = np.empty(sum(len(part) for part in parts), dtype=parts[0].dtype)
    for at, part in zip(where, parts, strict=True):
        out[at] = part
    return out


def _first_largest(rows: Ints, values: Floats, count: int, k: int) -> npt.NDArray[np.bool_]:
    """Whether each value is among the ``k`` largest of its row, of equal values the first
    (rows ascending, a row's values in their order): what ``heapq.nsmallest(k, ..., key=
    lambda v: -v)`` keeps, a stable sort's first ``k``."""
    sizes = np.bincount(rows, minlength=count).astype(np.int64)
    cols = np.arange(len(rows)) - _starts(sizes)[rows]
    chosen = np.ones(len(rows), dtype=bool)
    if int(sizes.max(initial=0)) <= k:
        return chosen
    bounds = np.searchsorted(rows, np.arange(0, count + ROWS_AT_ONCE, ROWS_AT_ONCE))
    for first, (start, stop) in enumerate(pairwise(bounds.tolist())):
        if start == stop:
            continue
        part_rows = rows[start:stop] - first * ROWS_AT_ONCE
        width = max(int(sizes[first * ROWS_AT_ONCE : (first + 1) * ROWS_AT_ONCE].max()), k)
        grid = np.full((int(part_rows[-1]) + 1, width), -np.inf)
        grid[part_rows, cols[start:stop]] = values[start:stop]
        kth = np.partition(grid, width - k, axis=1)[:, width - k][:, None]
        above, tied = grid > kth, grid == kth
        room = k - above.sum(axis=1, keepdims=True)
        taken = above | (tied & (np.cumsum(tied, axis=1) <= room))
        chosen[start:stop] = taken[part_rows, cols[start:stop]]
    return chosen


def frequencies_by_number(
    stored: Iterable[Iterable[tuple[int, int]]],
    new: Iterable[Profile],
    numbers: Mapping[str, int],
    end: int,
    docs: int,
    limit: int,
) -> Frequencies:
    """The corpus's frequencies by number: those stored (``(number, docs)`` of each bag),
    and the new profiles' terms counted on top, as ``grouping`` counts them by term."""
    df = []
    for rows in stored:
        array = np.zeros(end, dtype=np.int64)
        pairs = np.array(list(rows), dtype=np.int64).reshape(-1, 2)
        array[pairs[:, 0]] = pairs[:, 1]
        df.append(array)
    new_profiles = list(new)
    for b, bag in enumerate(BAGS):
        for prof in new_profiles:
            for term in getattr(prof, bag):
                number = numbers.get(term)
                if number is not None:
                    df[b][number] += 1
    return Frequencies(docs, (df[0], df[1], df[2]), limit)
