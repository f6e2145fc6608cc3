"""Which merged events a timeline shows, in the order it shows them.

A :class:`Filter` is built at the edge (the CLI's ``--actor``, ``--pair``, ``--topic``,
``--from`` and ``--to``) and handed to :func:`select`; a field left None lets every event
through. An event passes when it passes every field that is set.

Actor queries are folded (case, accents, hyphens, "the") before matching:

* a person matches on the name itself, on any part of it ("Rutte", "Mark Rutte") through
  rapidfuzz's ``token_set_ratio``, or on a transliteration of the surname ("Hussein" for
  "Fuad Hussain");
* an organisation or state matches on its whole name, on what the query names canonically
  ("the Atlantic alliance" is NATO, "Iraqi" is Iraq), on any other name the same actor goes
  by (``--actor ISIS`` finds the events whose reports say ISIL or Daesh), or on the whole it
  is part of (an event of NATO Mission Iraq is an event of NATO too);
* a person also matches on the organisation or state of their role, so ``--actor NATO``
  finds the events a NATO official took part in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from rapidfuzz import fuzz

from storyline.actors.names import fold, organisation, part_of, state
from storyline.records import Actor, MergedEvent
from storyline.timeline.periods import event_period, period

NAME_SIMILARITY = 90
"""rapidfuzz score over which a query names an actor.

``token_set_ratio`` is 100 when every word of the query is a word of the name ("Rutte" and
"Mark Rutte"), 96 for one letter of transliteration in a full name ("Mohammad Shia al-Sudani"),
92 for "Fuad Hussein" / "Fuad Hussain", and stays under 80 for distinct names ("Iran"/"Iraq" 75).
"""
SURNAME_SIMILARITY = 80
"""``fuzz.ratio`` over which a one-word query is a spelling of a person's surname.

Same threshold as the actors stage's given-name check: "Hussein"/"Hussain" 86, "Sudany"/
"Sudani" 83, "Rute"/"Rutte" 89, while "Iran"/"Iraq" is 75.
"""
SURNAME_MIN_LETTERS = 4
"""Shorter one-word queries must match a surname exactly: two or three letters are too few
for a spelling variant to mean anything."""
FILLER_WORDS = frozenset({"al", "el", "ul", "the", "of", "and"})
"""Words that never identify an actor on their own ("al" is in half the Iraqi names)."""


@dataclass(frozen=True)
class Filter:
    """What a timeline is about. ``start`` and ``end`` are ISO partial dates, both inclusive."""

    actor: str | None = None
    pair: tuple[str, str] | None = None
    topic: str | None = None
    start: str | None = None
    end: str | None = None


def parse_bound(text: str) -> str:
    """``text`` as a date bound ("2025", "2025-02", "2025-02-05"), or ValueError saying why."""
    bound = text.strip()
    period(bound)
    return bound


def select(events: Iterable[MergedEvent], flt: Filter | None = None) -> list[MergedEvent]:
    """The events that pass ``flt``, in chronological order (see :func:`chronological`).

    With a date bound set, undated events are left out: nothing places them in the range.
    Raises ValueError for a bound that is not an ISO partial date or a range that ends before
    it starts.
    """
    flt = flt or Filter()
    window = _window(flt.start, flt.end)
    actor = _Query(flt.actor) if flt.actor else None
    pair = (_Query(flt.pair[0]), _Query(flt.pair[1])) if flt.pair else None
    topic = _folded(flt.topic) if flt.topic else None
    kept = [
        event
        for event in events
        if (actor is None or any(actor.matches(a) for a in event.actors))
        and (pair is None or _has_pair(event.actors, *pair))
        and (topic is None or _mentions(event, topic))
        and (window is None or _overlaps(event, window))
    ]
    return chronological(kept)


def undated_left_out(events: Iterable[MergedEvent], flt: Filter) -> int:
    """How many undated events pass every field of ``flt`` but its dates (which leave them
    out: see :func:`select`); 0 when ``flt`` sets no date bound."""
    if flt.start is None and flt.end is None:
        return 0
    undated = [e for e in events if event_period(e.date.value) is None]
    return len(select(undated, replace(flt, start=None, end=None)))


def chronological(events: Iterable[MergedEvent]) -> list[MergedEvent]:
    """Events by date value (a month before the days in it), undated ones last, then by id."""
    return sorted(events, key=_order)


def _order(event: MergedEvent) -> tuple[bool, str, str]:
    value = event.date.value if event_period(event.date.value) is not None else None
    return (value is None, value or "", event.id)


def _window(start: str | None, end: str | None) -> tuple[date, date] | None:
    if start is None and end is None:
        return None
    first = period(parse_bound(start))[0] if start is not None else date.min
    last = period(parse_bound(end))[1] if end is not None else date.max
    if last < first:
        raise ValueError(f"the range ends ({end}) before it starts ({start})")
    return first, last


def _overlaps(event: MergedEvent, window: tuple[date, date]) -> bool:
    span = event_period(event.date.value)
    return span is not None and span[0] <= window[1] and span[1] >= window[0]


def _has_pair(actors: Sequence[Actor], one: _Query, other: _Query) -> bool:
    """True when two different participants match the two sides."""
    first = {n for n, a in enumerate(actors) if one.matches(a)}
    second = {n for n, a in enumerate(actors) if other.matches(a)}
    return any(i != j for i in first for j in second)


def _mentions(event: MergedEvent, topic: str) -> bool:
    texts = (*event.topics, event.summary, *(s.sentence for s in event.sources))
    return any(topic in _folded(text) for text in texts)


def _folded(text: str) -> str:
    return " ".join(fold(text).split())


def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in fold(text).split() if w not in FILLER_WORDS)


def named_by(query: str, names: Iterable[str]) -> list[str]:
    """Those of ``names`` (participants' names and organisations) the actor query could name."""
    q = _Query(query)
    return [name for name in names if q.might_name(name)]


def names_itself(query: str, actor: Actor) -> bool:
    """True when the actor query names ``actor`` itself: a person by its name, a body by any
    of its names; not, as :func:`select` also allows, through the body of a person's office."""
    q = _Query(query)
    return q._names_person(actor.name) if actor.kind == "person" else q._names_body(actor.name)


class _Query:
    """One actor query, folded once and matched against many actors."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.key = _folded(text)
        self.words = _words(text)

    @cached_property
    def canonical(self) -> frozenset[str]:
        """Folded canonical names the query stands for ("the Atlantic alliance" → "nato")."""
        found = (organisation(self.text), state(self.text))
        return frozenset(_folded(name) for name in found if name)

    def matches(self, actor: Actor) -> bool:
        """True when the query names ``actor`` or the organisation or state of its role."""
        if actor.kind == "person" and self._names_person(actor.name):
            return True
        if actor.kind != "person" and self._names_body(actor.name):
            return True
        return actor.org is not None and self._names_body(actor.org)

    def might_name(self, name: str) -> bool:
        """True when ``name`` (of a person, a body or an office's organisation: the kind is
        not known) could be what the query names; a looser test than :meth:`matches`."""
        return self._names_person(name) or self._names_body(name)

    def _names_person(self, name: str) -> bool:
        words = _words(name)
        if not self.words or not words:
            return self.key == _folded(name)
        if fuzz.token_set_ratio(" ".join(self.words), " ".join(words)) >= NAME_SIMILARITY:
            return True
        return (
            len(self.words) == 1
            and len(self.words[0]) >= SURNAME_MIN_LETTERS
            and fuzz.ratio(self.words[0], words[-1]) >= SURNAME_SIMILARITY
        )

    def _names_body(self, name: str) -> bool:
        """An organisation or state: its whole name, a canonical match (of the query or of the
        name: "ISIL" and "Daesh" are both the Islamic State), or a whole it is in."""
        seen: set[str] = set()
        current: str | None = name
        while current is not None and current not in seen:
            seen.add(current)
            key = _folded(current)
            if key == self.key or key in self.canonical:
                return True
            if fuzz.ratio(key, self.key) >= NAME_SIMILARITY:
                return True
            canonical = organisation(current) or state(current)
            if canonical is not None and _folded(canonical) in self.canonical:
                return True
            current = part_of(canonical or current)
        return False
