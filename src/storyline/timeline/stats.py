"""Counts over a set of merged events: the header of a timeline and the summary of a report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TypeVar

from storyline.actors.names import part_of, state
from storyline.merge.events import identity
from storyline.records import Actor, MergedEvent, Source
from storyline.timeline.periods import event_period

T = TypeVar("T")

TOP = 10
"""How many actors and pairs a report lists."""


@dataclass(frozen=True)
class Outlets:
    """Who carried a set of reports (one event's, or a whole timeline's).

    ``named``: the outlets known by name, first seen first. ``unnamed``: documents whose outlet
    is unknown; each counts as an outlet of its own, since nothing says two of them are one.
    ``independent``: how many of these outlets carried a report of their own, not only a copy
    of another document; never more than :attr:`total`.
    """

    named: tuple[str, ...]
    unnamed: int
    independent: int

    @property
    def total(self) -> int:
        """Every outlet that carried a report or a copy of one."""
        return len(self.named) + self.unnamed


def outlets_of(sources: Iterable[Source]) -> Outlets:
    """The outlets of ``sources``: the one count every card, header and report shows.

    A document whose outlet is unknown is an outlet of its own (as merging counts it for
    ``independent_outlets``); an outlet is independent when one of its documents is not a copy.
    """
    named: dict[str, None] = {}
    unnamed: set[str] = set()
    independent: set[tuple[str, str]] = set()
    for source in sources:
        if source.outlet:
            named.setdefault(source.outlet)
            key = ("outlet", source.outlet)
        else:
            unnamed.add(source.doc_id)
            key = ("doc", source.doc_id)
        if source.copy_of is None:
            independent.add(key)
    return Outlets(tuple(named), len(unnamed), len(independent))


@dataclass(frozen=True)
class Stats:
    """What a set of events adds up to.

    ``reports`` counts the distinct documents that report at least one of the events;
    ``outlets`` who carried them (:func:`outlets_of` over all their sources). ``first``/``last``
    are date values as the events give them (at their precision), None when no event is dated.
    """

    events: int
    reports: int
    outlets: Outlets
    undated: int
    first: str | None
    last: str | None
    types: tuple[tuple[str, int], ...]
    actors: tuple[tuple[str, int], ...]
    pairs: tuple[tuple[str, str, int], ...]


def stats(events: Sequence[MergedEvent], top: int = TOP) -> Stats:
    """The counts of ``events``; actors and pairs are the ``top`` most frequent."""
    dated = sorted(e.date.value for e in events if event_period(e.date.value) and e.date.value)
    names = corpus_names(events)
    pairs = Counter(pair for e in events for pair in actor_pairs(e, names))
    return Stats(
        events=len(events),
        reports=len({s.doc_id for e in events for s in e.sources if s.copy_of is None}),
        outlets=outlets_of(s for e in events for s in e.sources),
        undated=len(events) - len(dated),
        first=dated[0] if dated else None,
        last=dated[-1] if dated else None,
        types=_ranked(Counter(e.type for e in events), len(events)),
        actors=_ranked(Counter(n for e in events for n in actor_names(e, names)), top),
        pairs=tuple((a, b, n) for (a, b), n in _ranked(pairs, top)),
    )


def corpus_names(events: Iterable[MergedEvent]) -> dict[str, str]:
    """One name per actor across ``events``: an organisation that goes by several names of its
    own ("ISIL" in some events, "Daesh" in others) is counted as one, under the name most
    events give it (ties: the first given). Keys are canonical names (see
    :func:`storyline.merge.events.identity`)."""
    seen: dict[str, Counter[str]] = {}
    for event in events:
        for actor in event.actors:
            seen.setdefault(identity(actor), Counter())[actor.name] += 1
    return {key: counted.most_common(1)[0][0] for key, counted in seen.items()}


def actor_names(event: MergedEvent, names: Mapping[str, str] | None = None) -> list[str]:
    """The distinct participant names of ``event``, sorted; ``names`` (from
    :func:`corpus_names`) gives each actor the one name it is counted under."""
    return sorted({(names or {}).get(identity(a), a.name) for a in event.actors})


def actor_pairs(
    event: MergedEvent, names: Mapping[str, str] | None = None
) -> list[tuple[str, str]]:
    """Every pair of distinct participants of ``event``, each pair sorted, but a participant
    and its own: a person and the state or body of their office ("Antony J. Blinken" and
    "United States"), a body and a part or the forces of it ("ISIL" and "ISIL tactical
    units", "Russia" and "Russian forces")."""
    label = {id(a): (names or {}).get(identity(a), a.name) for a in event.actors}
    pairs = {
        (x, y) if x < y else (y, x)
        for a, b in combinations(event.actors, 2)
        if (x := label[id(a)]) != (y := label[id(b)]) and not (_own(a, b) or _own(b, a))
    }
    return sorted(pairs)


def _own(whole: Actor, part: Actor) -> bool:
    """Whether ``part`` is ``whole``'s own: its office holder, a part of it or its forces."""
    if whole.kind == "person":
        return False
    if part.org == whole.name or part_of(part.name) == whole.name:
        return True
    if part.kind == "person":
        return False
    first = part.name.split()[0] if part.name.split() else ""
    return part.name.startswith(f"{whole.name} ") or state(first) == whole.name


def _ranked(counted: Counter[T], top: int) -> tuple[tuple[T, int], ...]:
    """The ``top`` most frequent keys, ties in key order."""
    ranked = sorted(counted.items(), key=lambda item: (-item[1], str(item[0])))
    return tuple(ranked[:top])
