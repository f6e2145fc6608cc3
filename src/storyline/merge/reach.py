"""Which earlier merged events a batch of new reports can reach, so that a merge loads only
those (pure: placements and names in, merged event ids out).

Placing a report looks at the merged events filed in the merger's index under its
participants' keys, near its date and of its type family: at most the
:data:`~storyline.merge.assign.MAX_CANDIDATES` joined most recently under each entry; and at
its story's main event (:class:`~storyline.merge.assign.Merger`). Combining reads the events
the batch changes and the main events of their articles. Every other merged event stays as
stored. Loading an event loads all its members, in placing order, so that what the merger
decides from what it has loaded (the most recent events under an entry, the story's first
main event, which event was made first) it decides as it would from every event.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from storyline.actors.names import ActorKind
from storyline.events.run import CorpusNames
from storyline.merge.assign import MAX_CANDIDATES, bucket, looked_up, near_buckets
from storyline.merge.events import Report, actor_key, date_span, family, types_of
from storyline.records import Actor
from storyline.store.merged import Placement

Spelling = tuple[str, ActorKind, str | None]
"""How a stored report gives an actor: (name, kind, organisation of its office)."""


def spelling_keys(
    spellings: Iterable[Spelling], names: CorpusNames, wanted: Collection[str]
) -> dict[Spelling, set[str]]:
    """Of each spelling whose report is filed under a key of ``wanted``, those keys (its
    participant's and its office's), with its actor as the corpus names it now (as
    :meth:`CorpusNames.event` shows it): a report is filed under the keys of its spellings."""
    found: dict[Spelling, set[str]] = {}
    for name, kind, org in spellings:
        keys = set(_keys(name, kind, org, names)).intersection(wanted)
        if keys:
            found[name, kind, org] = keys
    return found


def _keys(name: str, kind: ActorKind, org: str | None, names: CorpusNames) -> tuple[str, ...]:
    own = actor_key(Actor(names.shown(name, kind), kind))
    return (own, actor_key(Actor(org, "org"))) if kind == "person" and org else (own,)


Probe = tuple[str, str, str, bool]
"""An entry of the merger's index: (participant key, bucket, type family, background)."""


def reachable(
    placements: Iterable[Placement],
    keys: Mapping[str, set[str]],
    batch: Iterable[Report],
    stories: Collection[str],
) -> set[str]:
    """The merged events a new report can be compared with (as
    :meth:`~storyline.merge.assign.Merger._candidates` and ``_story_event`` find them): under
    each entry of the index a report of the batch looks in, the :data:`MAX_CANDIDATES` joined
    most recently (under every entry of a key, type family and background for a report that
    can be of any time), and the main event of each story of the batch (the event its first
    main report went to). ``keys``: each placed report's keys, at least those looked under
    (:func:`spelling_keys`); a placement's bucket is its ``filed`` where read with it (as
    the store finds placements by spelling), else that of its date.

    Placing the batch only moves an event it joins (loaded) to the end of an entry, so the
    most recent of any entry while placing are among those found here and the new ones."""
    exact, whole = _probes(batch)
    recent: dict[Probe, dict[str, None]] = {}
    found: set[str] = set()
    first: dict[str, str] = {}
    for p in placements:
        if p.main and p.story is not None and p.story in stories:
            first.setdefault(p.story, p.merged_id)
        home, kind = p.filed or _filed(p.date, p.precision), family(p.type)
        for key in keys.get(p.event_id, ()):
            if (key, kind, p.background) in whole:
                found.add(p.merged_id)
            entry = (key, home, kind, p.background)
            if entry in exact:
                joined = recent.setdefault(entry, {})
                joined.pop(p.merged_id, None)  # joined again: most recent now
                joined[p.merged_id] = None
    for joined in recent.values():
        found.update(islice(reversed(joined), MAX_CANDIDATES))
    return found | set(first.values())


@dataclass(frozen=True)
class Looks:
    """Where the reports of a batch look in the merger's index, as the store can look it up:
    the keys they look under in some date buckets, with the buckets each is looked under in,
    and the keys under which they look in every bucket (a report of no date and no
    publication day)."""

    buckets: Mapping[str, frozenset[str]]
    """Each key looked under in some buckets, and those buckets."""
    anywhere: Mapping[str, frozenset[tuple[str, bool]]]
    """Each key looked under in every bucket, and the (type family, background) it is."""

    @classmethod
    def of(cls, batch: Iterable[Report]) -> Looks:
        exact, whole = _probes(batch)
        buckets: dict[str, set[str]] = {}
        for key, where, _, _ in exact:
            buckets.setdefault(key, set()).add(where)
        anywhere: dict[str, set[tuple[str, bool]]] = {}
        for key, kind, background in whole:
            anywhere.setdefault(key, set()).add((kind, background))
        return cls(
            {key: frozenset(found) for key, found in buckets.items()},
            {key: frozenset(found) for key, found in anywhere.items()},
        )

    @property
    def keys(self) -> frozenset[str]:
        """The keys looked under in some buckets."""
        return frozenset(self.buckets)

    def buckets_of(self, keys: Iterable[str]) -> frozenset[str]:
        """The buckets some of ``keys`` are looked under in: where a report filed under
        them may be reached (in no other bucket is any of them looked under)."""
        return frozenset().union(*(self.buckets.get(key, ()) for key in keys))

    def types_of(self, keys: Iterable[str]) -> frozenset[tuple[str, bool]]:
        """The (event type, background) of the reports under some of ``keys`` that a report
        looking in every bucket may reach: those of the families it looks under them in."""
        kinds = frozenset().union(*(self.anywhere.get(key, ()) for key in keys))
        return frozenset((t, background) for kind, background in kinds for t in types_of(kind))


def _probes(batch: Iterable[Report]) -> tuple[set[Probe], set[tuple[str, str, bool]]]:
    """The index entries the reports look in, and the (key, family, background) under every
    bucket of which a report of no date and no publication day looks."""
    exact: set[Probe] = set()
    whole: set[tuple[str, str, bool]] = set()
    for report in batch:
        near = near_buckets(report)
        for key, kind, background in looked_up(report):
            if near is None:
                whole.add((key, kind, background))
            else:
                exact.update((key, b, kind, background) for b in near)
    return exact, whole


@lru_cache(maxsize=4096)
def _filed(date: str | None, precision: str | None) -> str:
    """The bucket a report of this date is filed under."""
    return bucket(date_span(date, precision))


def first_mains(placements: Iterable[Placement]) -> dict[str, str]:
    """Each article's main merged event: where its first main report went."""
    mains: dict[str, str] = {}
    for p in placements:
        if p.main:
            mains.setdefault(p.doc_id, p.merged_id)
    return mains


def combined_with(
    touched: Collection[str],
    placements: Iterable[Placement],
    new_members: Iterable[tuple[str, str, str, str | None, bool]],
    doc_main: Mapping[str, str],
) -> set[str]:
    """The merged events combining ``touched`` reads: those, and the main events of their
    articles (an undated event takes its date from its article's main one)."""
    docs = {p.doc_id for p in placements if p.merged_id in touched}
    docs |= {doc_id for _, merged_id, doc_id, _, _ in new_members if merged_id in touched}
    return set(touched) | {doc_main[d] for d in docs if d in doc_main}
