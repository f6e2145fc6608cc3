"""Stories: documents that report the same main happening, grouped by average-link clustering.

Each document is compared with the documents that share one of its distinctive terms (an
inverted index over each document's :data:`KEY_TERMS` heaviest terms) and may tell its story
by their dates (:func:`may_tell_one_story`), at most :data:`MAX_CANDIDATES` of them, so the
work and the memory grow with the number of new documents rather than with the square of the
corpus. Groups are joined while the average
similarity between their members stays at or above :data:`JOIN_AT`.

Incremental: stories from earlier runs enter as fixed groups. A new document may join one, or
start a new story with other new documents, but two earlier stories are never joined, so an
id once given keeps its members. So a batch grouped into a store gives stories that may differ
from grouping everything at once: the order articles arrive in is part of the result.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import chain

import numpy as np

from storyline.merge.profile import Profile, Weights
from storyline.merge.vectors import Stored, Vectors

NAME_KEY = "n:"
"""How a key term from the ``names`` bag is told from one of the ``terms`` bag."""
MAX_DAYS = 3
"""Two documents whose main events are more than this many days apart never tell one story."""
JOIN_AT = 0.175
"""Average-link threshold. Calibrated on the ECB+ dev split (772 texts, 35 topics, each with
two look-alike events): B³ F1 is 0.935–0.937 from 0.17 to 0.18; at 0.16 two topics run together
(0.91), above 0.19 stories split (0.89)."""
ATTACH_AT = 0.06
"""A lone document joins an existing group at this lower average similarity: a short report
shares fewer words with the longer ones, but it has no other story to go to."""
WEAKEST_JOIN = min(JOIN_AT, ATTACH_AT)
"""No two groups are joined below this average similarity: a link weaker than it is kept in
the sums (joining either group changes it) but never queued."""
LEAD_WEIGHT = 0.5
YEAR_PENALTY = 0.1
"""Taken off when both documents name years and share none: "the 2008 fire", "in 2013"."""
KEY_TERMS = 20
"""Distinctive terms per document used to find candidates (ECB+ dev: 10 leaves short reports
with no candidate at all, B³ 0.926; 20–25 give 0.937; 40 adds pairs that only add noise)."""
COMMON_TERM = 0.2
"""A term in more than this share of the corpus is not used to find candidates..."""
COMMON_MIN_DOCS = 50
"""... unless it is in no more than this many documents: in a small corpus every term that
three reports of one story share would otherwise count as common..."""
COMMON_MAX_DOCS = 1_000
"""... and never when it is in more than this many: in a store of 50,000 articles a fifth is
10,000, and each new article would be compared with thousands sharing one ordinary word.
Above the shared gold's sizes (the ECB+ dev split's fifth is 154 documents), so it changes
none of their stories."""
MAX_CANDIDATES = 100
"""The most documents a new document is compared with: those that share the most of its key
terms. Without a bound the candidates of an article grow with the store (each of a term's
:data:`COMMON_MAX_DOCS` documents within a year of it): 238 per article in a store of 10,000
of the memory bench's records, 651 in one of 50,000, whose 32.5 million scored pairs held most
of a 5.8 GB merge. Above what the shared gold needs, so it changes none of its stories: an
ECB+ dev text has at most 59 candidates, a realnews dev article 24."""
CHUNK = 2_000
"""New documents grouped at a time (:func:`group`). The links a chunk's grouping holds grow with
its documents (at most :data:`MAX_CANDIDATES` each), so a merge of 50,000 new articles holds
those of 2,000 at a time. Above the shared gold's sizes (772 ECB+ dev texts, 89 realnews dev
articles), so it changes none of their stories."""
PUBLISHED_WITHIN_DAYS = 365
"""Where one of two documents gives no main event day, they are compared only when published
within this many days of each other (or when either has no publication day): a store of years
of news would otherwise compare each undated article with every article of every year.
Calibrated on the shared gold: ECB+ dev B³ is 0.933 at 365 days as with no limit, 0.932 at 30
or 90 (two look-alike stories in texts dated months apart run together); on realnews dev the
merged events are the same, and 7 articles no longer share a story with articles published
one to three years before them."""


@dataclass(frozen=True)
class StoryDoc:
    """What story grouping sees of a document. ``day`` is its main event's date when known to
    the day (two documents whose main events are days apart never tell one story)."""

    id: str
    profile: Profile
    day: str | None = None
    published: str | None = None
    """The publication day (YYYY-MM-DD) when known to the day."""


def similarity(a: StoryDoc, b: StoryDoc, vectors: Vectors, max_days: int) -> float:
    """How alike two documents' stories are: −1 when their main events' days are apart."""
    return similarities(a, [b], vectors, max_days)[0]


def similarities(
    doc: StoryDoc, others: list[StoryDoc], vectors: Vectors, max_days: int
) -> list[float]:
    """:func:`similarity` of ``doc`` with each of ``others``, worked out together."""
    cosines = vectors.cosines(doc, others)
    weighted = cosines[:, 0] + cosines[:, 1] + LEAD_WEIGHT * cosines[:, 2]
    scores: list[float] = (weighted / (2 + LEAD_WEIGHT)).tolist()
    years = doc.profile.years
    for n, other in enumerate(others):
        if doc.day and other.day and _days_apart(doc.day, other.day) > max_days:
            scores[n] = -1.0
        elif years and other.profile.years and not years & other.profile.years:
            scores[n] -= YEAR_PENALTY
    return scores


def _days_apart(a: str, b: str) -> int:
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def group(
    new: list[StoryDoc],
    earlier: Mapping[str, list[StoryDoc]],
    weights: Weights,
    *,
    max_days: int = MAX_DAYS,
    stored: Stored | None = None,
) -> dict[str, str]:
    """The story of each new document: an earlier story's id, or a new one (the id of its
    first document, in the order given).

    The new documents are grouped :data:`CHUNK` at a time, in the order given, each chunk's
    stories then fixed as the earlier ones are, as if they had come in batches of that size.
    ``stored``: the vectors and key terms of earlier documents, worked out for all at once
    with ``weights`` (their profiles are then not read)."""
    vectors = Vectors(weights, stored)
    fixed = {story: list(docs) for story, docs in earlier.items()}
    result: dict[str, str] = {}
    for start in range(0, len(new), CHUNK):
        part = new[start : start + CHUNK]
        found = _group_chunk(part, fixed, vectors, max_days)
        for doc in part:
            fixed.setdefault(found[doc.id], []).append(doc)
        result.update(found)
    return result


def _group_chunk(
    new: list[StoryDoc], earlier: Mapping[str, list[StoryDoc]], vectors: Vectors, max_days: int
) -> dict[str, str]:
    nodes = _Nodes(new, earlier, max_days)
    old = [d for docs in earlier.values() for d in docs]
    for doc, others in _candidates(new, old, vectors, vectors.weights, max_days):
        for other, score in zip(others, similarities(doc, others, vectors, max_days), strict=True):
            nodes.add_link(nodes.node_of[doc.id], nodes.node_of[other.id], score)
    nodes.join_all()
    order = {doc.id: n for n, doc in enumerate(new)}
    result = {}
    for node, members in nodes.members.items():
        story = node if node in nodes.fixed else min(members, key=order.__getitem__)
        result.update({m: story for m in members if m in order})
    return result


def candidate_pairs(
    new: list[StoryDoc],
    old: list[StoryDoc],
    vectors: Vectors,
    weights: Weights,
    max_days: int = MAX_DAYS,
) -> Iterator[tuple[StoryDoc, StoryDoc]]:
    """Each new document with the earlier and new documents that share one of its key terms
    and may tell its story, in the order the documents are given (earlier ones first).

    Two documents whose main event days are more than ``max_days`` apart are never paired:
    their similarity is -1, and the groups that hold them can never be joined (a group keeps
    the days of all its members), so the link would decide nothing. Where either gives no day,
    they are paired only when published within :data:`PUBLISHED_WITHIN_DAYS` of each other.
    So the work for a new document is with the documents of its own days, however many years
    the store holds, and with at most :data:`MAX_CANDIDATES` of them (those sharing the most
    key terms with it), however many articles a day the store holds."""
    for doc, others in _candidates(new, old, vectors, weights, max_days):
        for other in others:
            yield doc, other


def _candidates(
    new: list[StoryDoc], old: list[StoryDoc], vectors: Vectors, weights: Weights, max_days: int
) -> Iterator[tuple[StoryDoc, list[StoryDoc]]]:
    """Each new document with its candidates (:func:`candidate_pairs`), all at once."""
    limit = key_limit(weights)
    index = _TimeIndex(max_days)
    window = Window.of(new, max_days)
    # Only a key term of a new document is ever looked up, so an earlier document holding
    # none in its profile would only be indexed, never found: its keys are not worked out.
    looked = [_keys(doc, vectors, weights, limit) for doc in new]
    wanted, filed = KeyTerms.of(looked), {key for keys in looked for key in keys}
    for doc in old:
        if not window.may_meet(doc):
            continue
        # ... and it is filed under those of its keys only (half of them, in a store of
        # 50,000 articles): the index is never asked for another.
        known = vectors.stored.keys(doc.id) if vectors.stored else None
        if known is not None:
            index.add([k for k in known if k in filed], doc)
        elif wanted.may_share(doc.profile):
            index.add([k for k in _keys(doc, vectors, weights, limit) if k in filed], doc)
    for doc in new:
        keys = _keys(doc, vectors, weights, limit)
        yield doc, _closest(doc, [index.near(term, doc) for term in keys], index)
        index.add(keys, doc)


@dataclass(frozen=True)
class KeyTerms:
    """The key terms of some documents (:func:`_keys`), by the profile bag each comes from: an
    earlier document can be a candidate of one of them only if its profile holds one."""

    terms: frozenset[str]
    names: frozenset[str]

    @classmethod
    def of(cls, keys: Iterable[list[str]]) -> KeyTerms:
        found = {key for doc_keys in keys for key in doc_keys}
        names = frozenset(key[len(NAME_KEY) :] for key in found if key.startswith(NAME_KEY))
        return cls(frozenset(key for key in found if not key.startswith(NAME_KEY)), names)

    def may_share(self, prof: Profile) -> bool:
        """Whether ``prof`` holds one of the terms (so its own keys may hold it)."""
        return not (self.terms.isdisjoint(prof.terms) and self.names.isdisjoint(prof.names))


def key_terms(new: list[StoryDoc], weights: Weights) -> KeyTerms:
    """The key terms of the new documents, with the corpus's frequencies ``weights``: those
    :func:`candidate_pairs` looks earlier documents up by."""
    vectors, limit = Vectors(weights), key_limit(weights)
    return KeyTerms.of(_ranked_keys(doc, vectors, weights, limit) for doc in new)


def _closest(doc: StoryDoc, found: list[Sequence[int]], index: _TimeIndex) -> list[StoryDoc]:
    """The documents under ``doc``'s key terms (``found``, entries of ``index``, a list per
    term), each once, in the order first found; only the :data:`MAX_CANDIDATES` that share
    the most key terms with it (of those sharing as many, the first found)."""
    if index.repeated:
        return _closest_by_id(doc, [[index.docs[e - 1] for e in f] for f in found])
    entries = np.fromiter(chain.from_iterable(found), dtype=np.int64)
    own = index.entries_of(doc.id)
    if own:
        entries = entries[~np.isin(entries, own)]
    unique, first, shared = np.unique(entries, return_index=True, return_counts=True)
    order = np.argsort(first)  # the order first found
    unique, first, shared = unique[order], first[order], shared[order]
    if len(unique) > MAX_CANDIDATES:
        kept = np.lexsort((first, -shared))[:MAX_CANDIDATES]
        unique = unique[np.sort(kept)]
    return [index.docs[entry - 1] for entry in unique.tolist()]


def _closest_by_id(doc: StoryDoc, found: list[list[StoryDoc]]) -> list[StoryDoc]:
    """:func:`_closest`, where some id was filed as two documents: they count as one (the
    first found)."""
    shared: dict[str, int] = {}
    first: dict[str, StoryDoc] = {}
    for others in found:
        for other in others:
            if other.id != doc.id:
                shared[other.id] = shared.get(other.id, 0) + 1
                first.setdefault(other.id, other)
    if len(first) <= MAX_CANDIDATES:
        return list(first.values())
    rank = {doc_id: n for n, doc_id in enumerate(first)}
    kept = heapq.nsmallest(MAX_CANDIDATES, first, key=lambda d: (-shared[d], rank[d]))
    return [first[d] for d in sorted(kept, key=rank.__getitem__)]


def key_limit(weights: Weights) -> int:
    """The most documents a term may be in and still find candidates (:data:`COMMON_TERM`)."""
    return min(COMMON_MAX_DOCS, max(COMMON_MIN_DOCS, int(COMMON_TERM * weights.docs)))


def may_tell_one_story(a: StoryDoc, b: StoryDoc, max_days: int = MAX_DAYS) -> bool:
    """Whether two documents are compared at all (see :func:`candidate_pairs`)."""
    days = _ordinal(a.day), _ordinal(b.day)
    if days[0] is not None and days[1] is not None:
        return abs(days[0] - days[1]) <= max_days
    published = _ordinal(a.published), _ordinal(b.published)
    if published[0] is not None and published[1] is not None:
        return abs(published[0] - published[1]) <= PUBLISHED_WITHIN_DAYS
    return True


@dataclass(frozen=True)
class Window:
    """When the new documents are: which earlier documents may be compared with one of them
    (:func:`may_tell_one_story`), each found in constant time, not against every new one."""

    days: frozenset[int]
    """Every day within ``max_days`` of a new document's day."""
    published: frozenset[int]
    """Every day within :data:`PUBLISHED_WITHIN_DAYS` of a new document's publication day..."""
    undated_published: frozenset[int]
    """... and of the publication day of a new document without a day."""
    undated: bool
    """Some new document has no day..."""
    unpublished: bool
    """... or no publication day..."""
    unknown: bool
    """... or neither (every earlier document may be compared with it)."""

    @classmethod
    def of(cls, new: list[StoryDoc], max_days: int) -> Window:
        times = [(_ordinal(d.day), _ordinal(d.published)) for d in new]
        undated = {p for day, p in times if day is None and p is not None}
        return cls(
            _around({day for day, _ in times if day is not None}, max_days),
            _around({p for _, p in times if p is not None}, PUBLISHED_WITHIN_DAYS),
            _around(undated, PUBLISHED_WITHIN_DAYS),
            any(day is None for day, _ in times),
            any(p is None for _, p in times),
            any(day is None and p is None for day, p in times),
        )

    def may_meet(self, doc: StoryDoc) -> bool:
        """Whether ``doc`` may be compared with one of the new documents."""
        day, published = _ordinal(doc.day), _ordinal(doc.published)
        if self.unknown:
            return True
        if day is None:  # compared by publication day with every new document
            return published is None or self.unpublished or published in self.published
        if day in self.days:
            return True
        if not self.undated:
            return False
        return published is None or published in self.undated_published


def _around(days: set[int], width: int) -> frozenset[int]:
    """Every day within ``width`` days of one of ``days``."""
    return frozenset(d for day in days for d in range(day - width, day + width + 1))


class _TimeIndex:
    """Documents by key term, by main event day and by publication day, handed back in the
    order they were added, as entry numbers (their order of adding, from 1)."""

    def __init__(self, max_days: int) -> None:
        self.max_days = max_days
        Lists = dict[int | None, list[int]]
        self._by_day: dict[str, Lists] = defaultdict(dict)
        """Documents with a day, by it."""
        self._by_published: dict[str, Lists] = defaultdict(dict)
        """Every document, by its publication day (None: not known)."""
        self._every: dict[str, list[int]] = defaultdict(list)
        """Every document: what a document with neither day may meet."""
        self.docs: list[StoryDoc] = []
        """The document of each entry (entry n at n - 1)."""
        self._entries: dict[str, list[int]] = defaultdict(list)
        """The entries of each document id."""
        self.repeated = False
        """Whether some document id was added more than once (as two documents)."""

    def add(self, terms: Iterable[str], doc: StoryDoc) -> None:
        """File ``doc`` under each of ``terms``."""
        self.docs.append(doc)
        entry = len(self.docs)
        self.repeated = self.repeated or doc.id in self._entries
        self._entries[doc.id].append(entry)
        day, published = _ordinal(doc.day), _ordinal(doc.published)
        for term in terms:
            if day is not None:
                self._by_day[term].setdefault(day, []).append(entry)
            self._by_published[term].setdefault(published, []).append(entry)
            self._every[term].append(entry)

    def entries_of(self, doc_id: str) -> list[int]:
        """The entries of the document ``doc_id`` (added as more than one document)."""
        return self._entries.get(doc_id, [])

    def near(self, term: str, doc: StoryDoc) -> Sequence[int]:
        """The entries under ``term`` that :func:`may_tell_one_story` with ``doc``, in the
        order they were added (not to be changed by the caller)."""
        day, published = _ordinal(doc.day), _ordinal(doc.published)
        if day is None and published is None:  # it may tell a story with any document
            return self._every.get(term, [])
        by_published = self._by_published.get(term, {})
        if published is None:
            found = [e for entries in by_published.values() for e in entries]
        else:
            window = PUBLISHED_WITHIN_DAYS
            found = [
                e
                for p, entries in by_published.items()
                if p is None or abs(p - published) <= window
                for e in entries
            ]
        docs = self.docs
        if day is not None:
            # Of the documents with a day, those near this one's, wherever they were published.
            found = [e for e in found if docs[e - 1].day is None]
            by_day = self._by_day.get(term, {})
            span = range(day - self.max_days, day + self.max_days + 1)
            found += [e for d in span for e in by_day.get(d, ())]
        found.sort()
        return [e for e in found if may_tell_one_story(doc, docs[e - 1], self.max_days)]


@lru_cache(maxsize=100_000)
def _ordinal(day: str | None) -> int | None:
    """The day's ordinal, or None for no day (or only a month or year)."""
    if not day or len(day) != 10:
        return None
    try:
        return date.fromisoformat(day).toordinal()
    except ValueError:
        return None


def _keys(doc: StoryDoc, vectors: Vectors, weights: Weights, limit: int) -> list[str]:
    found = vectors.keys.get(doc.id)
    if found is None:
        found = vectors.keys[doc.id] = _ranked_keys(doc, vectors, weights, limit)
    return found


def _ranked_keys(doc: StoryDoc, vectors: Vectors, weights: Weights, limit: int) -> list[str]:
    """The document's :data:`KEY_TERMS` heaviest terms and names (names marked with
    :data:`NAME_KEY`) in no more than ``limit`` documents; of those equally heavy, terms first
    and each bag in its vector's order."""
    terms, names, _ = vectors.of(doc)
    df_terms, df_names = weights.df["terms"], weights.df["names"]
    usable = [(term, x) for term, x in terms.items() if df_terms[term] <= limit]
    usable += [(f"{NAME_KEY}{name}", x) for name, x in names.items() if df_names[name] <= limit]
    return [term for term, _ in heapq.nsmallest(KEY_TERMS, usable, key=lambda kv: -kv[1])]


class _Nodes:
    """Groups being joined: sums of pair similarities between groups, and a lazy heap of the
    links that may join them (average similarity at least :data:`WEAKEST_JOIN`).

    The heap holds no weaker link: popped in order, the first of them would end the joining
    (they come after every stronger one), so leaving them out changes no join. Most links are
    weaker (a store of undated articles compares each with hundreds sharing a word), and each
    join queues the joined group's links again: queued, they held most of the memory of a
    large merge (1.1 GB of 10,000 undated articles)."""

    def __init__(
        self, new: list[StoryDoc], earlier: Mapping[str, list[StoryDoc]], max_days: int
    ) -> None:
        self.node_of: dict[str, str] = {}
        self.members: dict[str, list[str]] = {}
        self.days: dict[str, set[str]] = {}
        self.max_days = max_days
        self.fixed: set[str] = set()
        for story, docs in earlier.items():
            self.members[story] = [d.id for d in docs]
            self.days[story] = {d.day for d in docs if d.day}
            self.fixed.add(story)
            for d in docs:
                self.node_of[d.id] = story
        for doc in new:
            self.node_of[doc.id] = doc.id
            self.members[doc.id] = [doc.id]
            self.days[doc.id] = {doc.day} if doc.day else set()
        self.sums: dict[str, dict[str, float]] = defaultdict(dict)
        self.heap: list[tuple[float, str, str]] = []

    def add_link(self, u: str, v: str, score: float) -> None:
        if u == v:
            return
        self.sums[u][v] = self.sums[u].get(v, 0.0) + score
        self.sums[v][u] = self.sums[u][v]

    def join_all(self) -> None:
        for u, links in self.sums.items():
            for v in links:
                if u < v:
                    self._push(u, v)
        while self.heap:
            neg, u, v = heapq.heappop(self.heap)
            if (
                u not in self.members
                or v not in self.members
                or abs(self._linkage(u, v) + neg) > 1e-12
            ):
                continue  # a stale entry: one side was joined since it was pushed
            if (u in self.fixed and v in self.fixed) or -neg < self._threshold(u, v):
                continue
            if self._days_apart(u, v):
                continue  # the average allows it, but two of their main events are days apart
            self._join(*((v, u) if v in self.fixed else (u, v)))

    def _days_apart(self, u: str, v: str) -> bool:
        return any(_days_apart(a, b) > self.max_days for a in self.days[u] for b in self.days[v])

    def _threshold(self, u: str, v: str) -> float:
        sizes = sorted((len(self.members[u]), len(self.members[v])))
        return ATTACH_AT if sizes[0] == 1 and sizes[1] > 1 else JOIN_AT

    def _linkage(self, u: str, v: str) -> float:
        return self.sums[u].get(v, 0.0) / (len(self.members[u]) * len(self.members[v]))

    def _push(self, u: str, v: str) -> None:
        linkage = self._linkage(u, v)
        if linkage >= WEAKEST_JOIN:
            heapq.heappush(self.heap, (-linkage, u, v))

    def _join(self, keep: str, gone: str) -> None:
        self.members[keep].extend(self.members.pop(gone))
        self.days[keep] |= self.days.pop(gone)
        if gone in self.fixed:
            self.fixed.add(keep)
        for w, score in self.sums.pop(gone).items():
            del self.sums[w][gone]
            if w != keep:
                self.add_link(keep, w, score)
        self.sums[keep].pop(gone, None)
        for w in self.sums[keep]:
            self._push(keep, w)
