"""Which merged events a timeline shows, in the order it shows them.

A :class:`Filter` is built at the edge (the CLI's ``--actor``, ``--pair``, ``--topic``,
``--from`` and ``--to``) and handed to :func:`select`; a field left None lets every event
through. An event passes when it passes every field that is set.

Actor queries are folded (case, accents, hyphens, apostrophes, "the") and matched on whole
words, never on a part of a word: "Body 3" is not "Body 30", nor "Person7" "Person70".

* a person matches when the words of the shorter of query and name (the Arabic article and
  the query's leading titles aside: "PM Al-Sudani" is "Al-Sudani") are each a different word
  of the longer: "Rutte", "Mark Rutte" and "al-Sudani" name "Mohammed
  Shia' al-Sudani" or "Mark Rutte"; a word of four letters or more without digits may be a
  spelling of the other ("Hussein" for "Hussain", "Mohammad" for "Mohammed");
* an organisation or state matches on its whole name (word for word, the same spelling
  rule, stricter), on what the query names canonically ("the Atlantic alliance" is NATO,
  "Iraqi" is Iraq), on any other name the same actor goes by (``--actor ISIS`` finds the
  events whose reports say ISIL or Daesh), or on the whole it is part of (an event of NATO
  Mission Iraq is an event of NATO too);
* a person also matches on the organisation or state of their role, so ``--actor NATO``
  finds the events a NATO official took part in.

The command line (``--actor``, ``--pair``) and the web app's filters use these rules alike:
:func:`named_by` narrows a store's names to the ones a query could mean, and :func:`select`
decides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, cached_property, lru_cache

from rapidfuzz import fuzz

from storyline.actors.names import fold, organisation, part_of, split_name, state
from storyline.records import Actor, MergedEvent
from storyline.timeline.periods import event_period, period

NAME_SIMILARITY = 90
"""``fuzz.ratio`` over which a word of an organisation's or state's name is a spelling of the
query's word ("Hizballah"/"Hezballah" 88.9 is not, "Hezbolla"/"Hezbollah" 94 is): stricter than for
people, because country names differ by a few letters ("Niger"/"Nigeria" 83, "Austria"/
"Australia" 88)."""
SPELLING_SIMILARITY = 80
"""``fuzz.ratio`` over which a word of a person's name is a spelling of the query's word.

Same threshold as the actors stage's given-name check: "Hussein"/"Hussain" 86, "Mohammad"/
"Mohammed" 88, "Sudany"/"Sudani" 83, "Rute"/"Rutte" 89, while "Ruto"/"Rutte" is 67 and
"Iran"/"Iraq" 75.
"""
SPELLING_MIN_LETTERS = 4
"""Shorter words must be the same word: two or three letters are too few for a spelling
variant to mean anything; so must any word with a digit in it ("3" and "30")."""
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
    return _paired(actors, {n for n, a in enumerate(actors) if one.matches(a)}, other.matches)


def _paired(actors: Sequence[Actor], first: set[int], other: Callable[[Actor], bool]) -> bool:
    """True when a participant besides the ``first`` ones (the participants one side names)
    matches ``other``: one participant is never both sides of a pair."""
    return any(any(i != j for i in first) and other(a) for j, a in enumerate(actors))


def _mentions(event: MergedEvent, topic: str) -> bool:
    texts = (*event.topics, event.summary, *(s.sentence for s in event.sources))
    return any(topic in _folded(text) for text in texts)


def _folded(text: str) -> str:
    return " ".join(fold(text).split())


@lru_cache(maxsize=16384)
def _name_key(name: str) -> str:
    """:func:`_folded` for names, remembered: a store's few thousand names are matched
    against every query."""
    return _folded(name)


@lru_cache(maxsize=16384)
def _canonical(name: str) -> str | None:
    """The organisation or state ``name`` canonically is, or None; remembered like
    :func:`_name_key` (an actor page matches the same names against many queries)."""
    return organisation(name) or state(name)


@lru_cache(maxsize=16384)
def _whole(name: str) -> str | None:
    """The organisation or state the body ``name`` is part of, or None."""
    return part_of(_canonical(name) or name)


@lru_cache(maxsize=16384)
def _words(text: str) -> tuple[str, ...]:
    """The folded words of a name that identify it: no apostrophes, no filler words."""
    words = (w.replace("'", "") for w in fold(text).split())
    return tuple(w for w in words if w and w not in FILLER_WORDS)


def _alike(word: str, other: str, similarity: int) -> bool:
    """Whether two folded words are one word: the same, or spellings of one word."""
    if word == other:
        return True
    if min(len(word), len(other)) < SPELLING_MIN_LETTERS:
        return False
    return word.isalpha() and other.isalpha() and fuzz.ratio(word, other) >= similarity


def _within(few: Sequence[str], many: Sequence[str], similarity: int) -> bool:
    """Whether every word of ``few`` is a different word of ``many``: the same word first,
    else a spelling of it (see :func:`_alike`)."""
    left = list(many)
    unmatched = []
    for word in few:
        if word in left:
            left.remove(word)
        else:
            unmatched.append(word)
    for word in unmatched:
        found = next((n for n, other in enumerate(left) if _alike(word, other, similarity)), None)
        if found is None:
            return False
        del left[found]
    return True


def named_by(query: str, names: Iterable[str]) -> list[str]:
    """Those of ``names`` (participants' names and organisations) the actor query could name."""
    q = _Query(query)
    return [name for name in names if q.might_name(name)]


def names_itself(query: str, actor: Actor) -> bool:
    """True when the actor query names ``actor`` itself: a person by its name, a body by any
    of its names; not, as :func:`select` also allows, through the body of a person's office
    or the whole a body is part of (Iraq's parliament is not another name of Iraq)."""
    q = _Query(query)
    return q._names_person(actor.name) if actor.kind == "person" else q._is_body(actor.name)


def appears_with(query: str, events: Sequence[MergedEvent], names: Iterable[str]) -> dict[str, int]:
    """How many of ``events`` each of ``names`` shares with the actor ``query``, counted as
    the pair filter counts them: for each name, the events that ``select(events,
    Filter(pair=(query, name)))`` keeps (one participant the query names, another the name
    names). Names that share none are left out. The counts are what a link to the pair's
    timeline shows, since a pair's events are among the events of each of its actors."""
    one = _Query(query)
    own = [(e.actors, {n for n, a in enumerate(e.actors) if one.matches(a)}) for e in events]
    own = [(actors, first) for actors, first in own if first]
    found: dict[str, int] = {}
    for name in dict.fromkeys(names):
        other = cache(_Query(name).matches)  # the same few actors recur in many events
        count = sum(1 for actors, first in own if _paired(actors, first, other))
        if count:
            found[name] = count
    return found


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

    @cached_property
    def person_words(self) -> tuple[str, ...]:
        """The query's words as a person's name: titles and offices before it dropped, as the
        actors stage drops them ("PM Al-Sudani" is "Al-Sudani", "NATO Secretary General Mark
        Rutte" is "Mark Rutte"); a query of titles alone ("Prime Minister") keeps them."""
        bare = split_name(self.text)
        return _words(bare.display) if bare.key else self.words

    def _names_person(self, name: str) -> bool:
        """A person: the words of the shorter of query (less titles) and name are words of the
        longer."""
        words = _words(name)
        if not self.person_words or not words:
            return self.key == _name_key(name)
        few, many = sorted((self.person_words, words), key=len)
        return _within(few, many, SPELLING_SIMILARITY)

    def _same_words(self, name: str) -> bool:
        """Word for word the query (a body's name): the same words, or spellings of them."""
        words = _words(name)
        return (
            bool(self.words)
            and len(words) == len(self.words)
            and (_within(self.words, words, NAME_SIMILARITY))
        )

    def _names_body(self, name: str) -> bool:
        """An organisation or state: itself (:meth:`_is_body`) or a whole it is in."""
        seen: set[str] = set()
        current: str | None = name
        while current is not None and current not in seen:
            seen.add(current)
            if self._is_body(current):
                return True
            current = _whole(current)
        return False

    def _is_body(self, name: str) -> bool:
        """The organisation or state ``name`` itself: its whole name, or a canonical match
        (of the query or of the name: "ISIL" and "Daesh" are both the Islamic State)."""
        key = _name_key(name)
        if key == self.key or key in self.canonical or self._same_words(name):
            return True
        canonical = _canonical(name)
        return canonical is not None and _name_key(canonical) in self.canonical
