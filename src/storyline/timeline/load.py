"""Reading the merged events a timeline shows from the store.

The store narrows by participant in SQL (an index of folded names and organisations): each
actor query is first tried, by the rules of :mod:`storyline.timeline.select`, against the
distinct names the store holds, so a pair timeline over a big corpus reads only the events
of that pair, and a spelling close to a name ("Hussein" for "Hussain") still finds it.
``select`` then applies the exact rules to what was read.
"""

from __future__ import annotations

from storyline.records import MergedEvent
from storyline.store import Store
from storyline.timeline.select import Filter, named_by, select


def timeline_events(store: Store, flt: Filter) -> list[MergedEvent]:
    """The merged events ``flt`` selects, in chronological order."""
    queries = list(flt.pair) if flt.pair else [flt.actor] if flt.actor else []
    if not queries:
        return select(store.merged(), flt)
    names = store.actor_names()
    return select(store.merged([named_by(q, names) for q in queries]), flt)
