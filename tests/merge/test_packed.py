"""Earlier articles' vectors and key terms worked out for all at once from packed profiles
(:mod:`storyline.merge.packed`) are those :class:`~storyline.merge.vectors.Vectors` and the
key ranking work out one article at a time, bit for bit; grouping with them finds the same
candidates, scores and stories as grouping with every profile read.

The corpora are drawn from small pools of words, so that terms in many documents (above the
key terms' limit), equal weights (ties for the last key term), empty bags and counts past the
sublinear table all occur."""

from __future__ import annotations

import random
from dataclasses import replace

import numpy as np
import pytest

from storyline.merge.packed import (
    Frequencies,
    PackedBag,
    StoredVectors,
    _first_largest,
    _sums_in_order,
    frequencies_by_number,
)
from storyline.merge.profile import Profile, Weights
from storyline.merge.stories import (
    KEY_TERMS,
    MAX_DAYS,
    KeyTerms,
    StoryDoc,
    Vectors,
    _ranked_keys,
    candidate_pairs,
    group,
    key_limit,
    similarities,
)
from storyline.merge.vectors import BAG_COUNT
from storyline.store.packed import BAGS, pack

WORDS = [f"word{n}" for n in range(70)]
NAMES = [f"name{n}" for n in range(40)] + ["#2024", "#15"]
COUNTS = [1, 1, 1, 1, 2, 2, 3, 7, 1_500]
DAYS = [None, None, "2025-03-10", "2025-03-12", "2025-03-16"]
PUBLISHED = [None, None, "2025-03-12", "2024-01-02", "2025-03"]


def counts(rng: random.Random, pool: list[str], most: int) -> dict[str, int]:
    return {term: rng.choice(COUNTS) for term in rng.sample(pool, rng.randint(0, most))}


def random_doc(rng: random.Random, n: int) -> StoryDoc:
    terms = counts(rng, WORDS, 40)
    prof = Profile(
        terms,
        counts(rng, NAMES, 12),
        {t: n for t, n in terms.items() if rng.random() < 0.4},
        frozenset(rng.sample(["2019", "2024", "2025"], rng.randint(0, 2))),
    )
    return StoryDoc(f"d{n:03d}", prof, rng.choice(DAYS), rng.choice(PUBLISHED))


def numbering(docs: list[StoryDoc], rng: random.Random) -> dict[str, int]:
    """Numbers for every term of ``docs``, in no particular order and with gaps (as a store's
    may be)."""
    terms = sorted({t for d in docs for bag in BAGS for t in getattr(d.profile, bag)})
    rng.shuffle(terms)
    return {term: 3 + 2 * n for n, term in enumerate(terms)}


def stored_vectors(
    old: list[StoryDoc], new: list[StoryDoc], seed: int, limit: int | None = None
) -> tuple[StoredVectors, Weights, int]:
    """The old documents packed as a store holds them (only their terms numbered), weighed
    with the frequencies of old and new together; the weights grouping would use; the key
    terms' limit."""
    rng = random.Random(seed)
    numbers = numbering(old, rng)
    rows = [pack(d.id, d.profile.to_row(), numbers) for d in old]
    rng.shuffle(rows)  # read from the store in no particular order
    weights, stored_df = Weights(), Weights()
    for d in old:
        weights.add(d.profile)
        stored_df.add(d.profile)
    for d in new:
        weights.add(d.profile)
    used = key_limit(weights) if limit is None else limit
    end = max(numbers.values()) + 1
    new_terms = {t for d in new for bag in BAGS for t in getattr(d.profile, bag)}
    new_numbers = {t: n for t, n in numbers.items() if t in new_terms}
    frequencies = frequencies_by_number(
        [[(numbers[t], n) for t, n in stored_df.df[bag].items()] for bag in BAGS],
        [d.profile for d in new],
        new_numbers,
        end,
        weights.docs,
        used,
    )
    vectors = Vectors(weights)
    looked = KeyTerms.of(_ranked_keys(d, vectors, weights, used) for d in new)
    return StoredVectors(rows, frequencies, new_numbers, end, looked), weights, used


def corpus(seed: int, old: int = 150, new: int = 20) -> tuple[list[StoryDoc], list[StoryDoc]]:
    rng = random.Random(seed)
    docs = [random_doc(rng, n) for n in range(old + new)]
    return docs[:old], docs[old:]


def years_only(docs: list[StoryDoc], stored: StoredVectors) -> list[StoryDoc]:
    """The old documents as grouping holds them when their vectors are stored."""
    return [replace(d, profile=stored.profile(d.id)) for d in docs]


def unpacked(stored: StoredVectors, doc_id: str, terms: dict[int, str]) -> list[list[tuple]]:
    packed = stored.packed(doc_id)
    assert packed is not None
    ids, values, sizes = packed
    pairs = [
        (i % BAG_COUNT, terms[i // BAG_COUNT], v)
        for i, v in zip(ids.tolist(), values.tolist(), strict=True)
    ]
    bags, at = [], 0
    for size in sizes:
        bags.append([(t, v) for _, t, v in pairs[at : at + size]])
        at += size
    return bags


@pytest.mark.parametrize("seed", range(8))
def test_packed_vectors_are_those_of_one_at_a_time(seed: int) -> None:
    old, new = corpus(seed)
    stored, weights, _ = stored_vectors(old, new, seed)
    rng = random.Random(seed)
    terms = {n: t for t, n in numbering(old, rng).items()}
    vectors = Vectors(weights)
    for doc in old:
        plain = [list(bag.items()) for bag in vectors.of(doc)]
        assert unpacked(stored, doc.id, terms) == plain  # == on floats: bit for bit
        assert stored.profile(doc.id).years == doc.profile.years


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("limit", [None, 3, 30, 10_000])
def test_packed_key_terms_are_those_of_one_at_a_time(seed: int, limit: int | None) -> None:
    old, new = corpus(seed)
    stored, weights, used = stored_vectors(old, new, seed, limit)
    vectors = Vectors(weights)
    looked = {k for d in new for k in _ranked_keys(d, vectors, weights, used)}
    for doc in old:
        keys = stored.keys(doc.id)
        assert keys is not None
        assert sorted(keys) == sorted(
            k for k in _ranked_keys(doc, vectors, weights, used) if k in looked
        )
    assert stored.keys("no-such-doc") is None and stored.packed("no-such-doc") is None


@pytest.mark.parametrize("seed", range(8))
def test_packed_grouping_finds_the_same_candidates_scores_and_stories(seed: int) -> None:
    old, new = corpus(seed)
    stored, weights, _ = stored_vectors(old, new, seed)
    bare = years_only(old, stored)
    plain_pairs = [(a.id, b.id) for a, b in candidate_pairs(new, old, Vectors(weights), weights)]
    with_stored = Vectors(weights, stored)
    found = [(a.id, b.id) for a, b in candidate_pairs(new, bare, with_stored, weights)]
    assert found == plain_pairs
    for doc in new:
        assert similarities(doc, bare, Vectors(weights, stored), MAX_DAYS) == similarities(
            doc, old, Vectors(weights), MAX_DAYS
        )
    earlier = group(old, {}, weights)
    stories: dict[str, list[StoryDoc]] = {}
    stories_bare: dict[str, list[StoryDoc]] = {}
    for doc, thin in zip(old, bare, strict=True):
        stories.setdefault(earlier[doc.id], []).append(doc)
        stories_bare.setdefault(earlier[doc.id], []).append(thin)
    assert group(new, stories_bare, weights, stored=stored) == group(new, stories, weights)


@pytest.mark.parametrize("seed", range(20))
def test_packed_first_largest_keeps_what_a_stable_sort_keeps(seed: int) -> None:
    rng = random.Random(seed)
    rows, values = [], []
    for row in range(rng.randint(1, 30)):
        for _ in range(rng.choice([0, 1, 5, 19, 20, 21, 60])):
            rows.append(row)
            values.append(rng.choice([0.5, 0.25, 0.125, rng.random()]))
    k = rng.choice([1, 3, KEY_TERMS])
    chosen = _first_largest(np.array(rows, dtype=np.int64), np.array(values), 31, k)
    expected = []
    for row in sorted(set(rows)):
        at = [n for n, r in enumerate(rows) if r == row]
        first = sorted(at, key=lambda n: -values[n])[:k]
        expected += [n in first for n in at]
    assert chosen.tolist() == expected


def test_packed_sums_add_in_order_as_python_does() -> None:
    rng = random.Random(3)
    rows_of = [
        [rng.random() * 10 ** rng.randint(-8, 8) for _ in range(rng.randint(0, 50))]
        for _ in range(200)
    ]
    flat = np.array([v for row in rows_of for v in row])
    rows = np.repeat(np.arange(len(rows_of)), [len(r) for r in rows_of])
    sizes = np.array([len(r) for r in rows_of], dtype=np.int64)
    assert _sums_in_order(flat, rows, sizes).tolist() == [sum(r) for r in rows_of]


def test_packed_bag_reads_what_was_packed() -> None:
    prof = Profile({"a": 2, "b": 1_500}, {}, {"a": 2}, frozenset({"2024"}))
    row = pack("x", prof.to_row(), {"a": 7, "b": 9})
    assert row[4] == "2024"
    terms, names = PackedBag.of([row[1], row[3]]), PackedBag.of([row[2]])
    assert terms.numbers.tolist() == [7, 9, 7] and terms.counts.tolist() == [2, 1_500, 2]
    assert terms.sizes.tolist() == [2, 1] and names.sizes.tolist() == [0]
    assert Frequencies(1, (np.zeros(1, np.int64),) * 3, 1).docs == 1
