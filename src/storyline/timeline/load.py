"""Reading the merged events a timeline shows from the store.

The store narrows by participant in SQL (an index of folded names), so a pair timeline over a
big corpus reads only the events of that pair; :func:`storyline.timeline.select` then applies
the exact rules. When SQL finds nothing (a misspelt name, "Hussein" for "Hussain"), every
event is read and the fuzzy rules of ``select`` decide.
"""

from __future__ import annotations

from storyline.actors.names import organisation, state
from storyline.records import MergedEvent
from storyline.store import Store
from storyline.timeline.select import Filter, select


def fragments(query: str) -> list[str]:
    """What an actor query can appear as in stored names: itself, and the state or
    organisation it names ("Iraqi" → "Iraq", "the Atlantic alliance" → "NATO")."""
    found = [query]
    for canonical in (state(query), organisation(query)):
        if canonical and canonical not in found:
            found.append(canonical)
    return found


def timeline_events(store: Store, flt: Filter) -> list[MergedEvent]:
    """The merged events ``flt`` selects, in chronological order."""
    names = list(flt.pair) if flt.pair else [flt.actor] if flt.actor else []
    if not names:
        return select(store.merged(), flt)
    shown = select(store.merged([fragments(n) for n in names]), flt)
    return shown or select(store.merged(), flt)
