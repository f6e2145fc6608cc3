"""Reading the merged events a timeline shows from the store.

The store narrows by participant in SQL (an index of folded names and organisations): each
actor query is first tried, by the rules of :mod:`storyline.timeline.select`, against the
distinct names the store holds, so a pair timeline over a big corpus reads only the events
of that pair, and a spelling close to a name ("Hussein" for "Hussain") still finds it.
``select`` then applies the exact rules to what was read.
"""

from __future__ import annotations

from dataclasses import dataclass

from storyline.records import MergedEvent
from storyline.store import Store
from storyline.timeline.select import Filter, named_by, select, undated_left_out


@dataclass(frozen=True)
class Shown:
    """What a timeline shows, and how many undated events its date range left out (they
    pass every other part of the filter, but nothing places them in the range)."""

    events: list[MergedEvent]
    undated_left_out: int
    unknown: tuple[str, ...] = ()
    """The filter's actors that no participant of the store could be ("--actor Nobody")."""


def timeline_events(store: Store, flt: Filter) -> list[MergedEvent]:
    """The merged events ``flt`` selects, in chronological order."""
    return select(_read(store, flt), flt)


def timeline(store: Store, flt: Filter) -> Shown:
    """The merged events ``flt`` selects, and the undated ones its dates leave out."""
    found, unknown = _read_named(store, flt)
    return Shown(select(found, flt), undated_left_out(found, flt), unknown)


def _read(store: Store, flt: Filter) -> list[MergedEvent]:
    """The events of the store the filter's actors could name (all, without actors)."""
    return _read_named(store, flt)[0]


def _read_named(store: Store, flt: Filter) -> tuple[list[MergedEvent], tuple[str, ...]]:
    """:func:`_read`, and the filter's actors no participant's name could be."""
    queries = list(flt.pair) if flt.pair else [flt.actor] if flt.actor else []
    if not queries:
        return store.merged(), ()
    names = store.actor_names()
    named = [named_by(q, names) for q in queries]
    unknown = tuple(q for q, found in zip(queries, named, strict=True) if not found)
    return store.merged(named), unknown
