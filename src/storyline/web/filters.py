"""The timeline's filters, as the URL carries them, and the page of events they select.

Every filter combines with every other. The store answers what SQL can (dates, PLOVER type,
outlet, language, the full-text query over the reporting documents; participants through its
index of folded names) and sorts only ids, so a page of a store of 100,000 events reads one
page of rows. Actor, pair and topic then follow the timeline's own rules
(:func:`storyline.timeline.select`): the store narrows to the events those queries could name,
and the rules decide; only then is the page cut, so paging stays stable.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields, replace
from urllib.parse import urlencode

from storyline.actors.names import fold
from storyline.ingest.validate import valid_line
from storyline.records import MergedEvent, StoredDocument
from storyline.store.browse import Sieve
from storyline.store.reader import MAX_QUERY_TERMS, Store
from storyline.store.search import fts_query, searchable
from storyline.timeline import Filter, parse_bound, select
from storyline.timeline.periods import period
from storyline.timeline.select import named_by
from storyline.web.memo import Remembered
from storyline.web.paging import Paged

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
"""Events per page: the default, and the most a request may ask for."""
MAX_TEXT = 500
"""The longest filter value taken (characters); longer ones are a usage error (422)."""
_WORD = re.compile(r"[a-z0-9]{3,}")


Month = tuple[str, str | None, int]
"""(YYYY-MM, PLOVER type or None, events)."""


class FilterError(ValueError):
    """A filter value that cannot be read (a bad date, a half pair, a query too long)."""


@dataclass(frozen=True)
class EventFilter:
    """What the timeline shows; every field None lets every event through. ``start``/``end``
    are ISO partial dates (YYYY, YYYY-MM, YYYY-MM-DD), inclusive; ``q`` is what a person types
    into the search box."""

    actor: str | None = None
    pair: tuple[str, str] | None = None
    topic: str | None = None
    plover: str | None = None
    start: str | None = None
    end: str | None = None
    outlet: str | None = None
    lang: str | None = None
    q: str | None = None

    def params(self) -> list[tuple[str, str]]:
        """The filter as URL query parameters (``from``/``to`` for the dates)."""
        names = {"start": "from", "end": "to"}
        found: list[tuple[str, str]] = []
        for item in fields(self):
            value = getattr(self, item.name)
            if item.name == "pair" and value:
                found += [("pair", value[0]), ("pair", value[1])]
            elif value:
                found.append((names.get(item.name, item.name), value))
        return found

    def url(self, path: str = "/", **extra: str | int) -> str:
        """``path`` with this filter (and ``extra`` parameters) as its query string."""
        query = urlencode([*self.params(), *((k, str(v)) for k, v in extra.items())])
        return f"{path}?{query}" if query else path

    def page_url(self, path: str, limit: int) -> Callable[[int], str]:
        """The URL of a page (by number) of ``limit`` items at ``path`` under this filter."""
        return lambda page: self.url(path, page=page, limit=limit)

    def between(self, start: str, end: str) -> EventFilter:
        """The same filter over the dates ``start`` to ``end``."""
        return replace(self, start=start, end=end)

    def without(self, name: str) -> EventFilter:
        """The same filter with field ``name`` cleared."""
        return replace(self, **{name: None})

    def chips(self, path: str = "/", skip: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
        """(label, value, URL of ``path`` without it) of every field that is set, but those
        named in ``skip``."""
        labels = {"start": "from", "end": "to", "q": "text"}
        found = []
        for item in fields(self):
            value = getattr(self, item.name)
            if value and item.name not in skip:
                shown = " and ".join(value) if item.name == "pair" else str(value)
                without = self.without(item.name).url(path)
                found.append((labels.get(item.name, item.name), shown, without))
        return found

    def hidden(self, shown: tuple[str, ...]) -> list[tuple[str, str]]:
        """The URL parameters of the fields a form does not show (``shown`` names the
        parameters it does), to carry them as hidden inputs when the form is sent again."""
        return [(name, value) for name, value in self.params() if name not in shown]

    @property
    def empty(self) -> bool:
        """Whether no field is set."""
        return not self.params()

    @property
    def unsearchable(self) -> bool:
        """Whether ``q`` is set but holds no word to search for (``*``, ``(``, a stray quote):
        such a query matches nothing, and the pages say why."""
        return self.q is not None and not searchable(self.q)


def text(value: str | None) -> str | None:
    """A filter value as typed: control characters and lone surrogates made harmless, spaces
    trimmed; None for an empty value. Raises :class:`FilterError` past :data:`MAX_TEXT`."""
    if value is None:
        return None
    if len(value) > MAX_TEXT:
        raise FilterError(f"a filter value of {len(value):,} characters; the most is {MAX_TEXT}")
    cleaned = valid_line(value).strip()
    return cleaned or None


def build(
    *,
    actor: str | None = None,
    pair: list[str] | None = None,
    topic: str | None = None,
    plover: str | None = None,
    start: str | None = None,
    end: str | None = None,
    outlet: str | None = None,
    lang: str | None = None,
    q: str | None = None,
) -> EventFilter:
    """An :class:`EventFilter` from request parameters, checked; :class:`FilterError` says
    what is wrong (an empty value is no filter)."""
    names = [name for name in (text(p) for p in pair or []) if name]
    if len(names) not in (0, 2):
        raise FilterError("pair takes two actors (pair=A&pair=B)")
    query = text(q)
    if query is not None and len(query.split()) > MAX_QUERY_TERMS:
        raise FilterError(f"a query of {len(query.split())} words; the most is {MAX_QUERY_TERMS}")
    flt = EventFilter(
        actor=text(actor),
        pair=(names[0], names[1]) if names else None,
        topic=text(topic),
        plover=(text(plover) or "").upper() or None,
        start=_bound(start),
        end=_bound(end),
        outlet=text(outlet),
        lang=text(lang),
        q=query,
    )
    window(flt)
    return flt


def _bound(value: str | None) -> str | None:
    cleaned = text(value)
    if cleaned is None:
        return None
    try:
        return parse_bound(cleaned)
    except ValueError as error:
        raise FilterError(f"{cleaned!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from error


def window(flt: EventFilter) -> tuple[str | None, str | None]:
    """The first and last day of the filter's date range (ISO), None where it is open."""
    first = period(flt.start)[0].isoformat() if flt.start else None
    last = period(flt.end)[1].isoformat() if flt.end else None
    if first and last and last < first:
        raise FilterError(f"the range ends ({flt.end}) before it starts ({flt.start})")
    return first, last


@dataclass(frozen=True)
class EventPage(Paged):
    """One page of the events a filter selects, with what the page around them shows."""

    events: list[MergedEvent]
    total: int
    page: int
    limit: int
    months: list[tuple[str, str | None, int]]
    """(YYYY-MM, PLOVER type, events) over every selected event dated to the month or day."""

    @property
    def shown(self) -> int:
        """How many events this page holds."""
        return len(self.events)


@dataclass(frozen=True)
class DocumentPage(Paged):
    """One page of the documents a search finds (best first), and how many it finds in all."""

    documents: list[StoredDocument]
    total: int
    page: int
    limit: int

    @property
    def shown(self) -> int:
        """How many documents this page holds."""
        return len(self.documents)


def find_documents(store: Store, flt: EventFilter, page: int, limit: int) -> DocumentPage:
    """Page ``page`` (1-based) of ``limit`` documents holding every word of the filter's
    ``q`` (the other fields narrow events only); an empty page without a word to search."""
    if not flt.q or flt.unsearchable:
        return DocumentPage([], 0, page, limit)
    total = store.search_count(flt.q)
    offset = (page - 1) * limit
    found = store.search(flt.q, limit, offset) if offset < total else []
    return DocumentPage(found, total, page, limit)


def search(
    store: Store, flt: EventFilter, page: int, limit: int, memo: Remembered | None = None
) -> tuple[DocumentPage, EventPage]:
    """What a search shows: page ``page`` of the documents holding every word of ``q`` and
    page ``page`` of the events ``flt`` selects; both empty when ``q`` has no word."""
    if not flt.q or flt.unsearchable:
        return DocumentPage([], 0, page, limit), EventPage([], 0, page, limit, [])
    return find_documents(store, flt, page, limit), find_events(store, flt, page, limit, memo=memo)


def sieve(store: Store, flt: EventFilter, memo: Remembered | None = None) -> Sieve:
    """The part of ``flt`` the store answers: everything but the exact actor and topic
    rules (participants narrow by the names the queries could mean; a topic by a word)."""
    first, last = window(flt)
    queries = list(flt.pair) if flt.pair else [flt.actor] if flt.actor else []
    participants = tuple(named(store, q, memo) for q in queries)
    words = _WORD.findall(flt.topic.lower()) if flt.topic else []
    return Sieve(
        first=first,
        last=last,
        plover=flt.plover,
        outlet=flt.outlet,
        lang=flt.lang,
        match=fts_query(flt.q) or None if flt.q else None,
        contains=max(words, key=len) if words else None,
        participants=participants,
        nothing=flt.unsearchable,
    )


def named(store: Store, query: str, memo: Remembered | None = None) -> tuple[str, ...]:
    """The folded names of the store's participants the actor ``query`` could mean (the
    timeline's rules: :func:`storyline.timeline.select.named_by`), kept in ``memo``."""

    def resolve() -> tuple[str, ...]:
        return tuple(fold(n) for n in named_by(query, store.actor_names()))

    return (memo or Remembered())(store, ("names", query), resolve)


def find_events(
    store: Store,
    flt: EventFilter,
    page: int = 1,
    limit: int = DEFAULT_LIMIT,
    *,
    memo: Remembered | None = None,
    months: bool = False,
) -> EventPage:
    """Page ``page`` (1-based) of ``limit`` events that ``flt`` selects, in timeline order;
    with ``months``, the selected events per month and PLOVER type too (for the chart).
    What reads the whole selection (its size, its months) is kept in ``memo``."""
    memo = memo or Remembered()
    narrowed = sieve(store, flt, memo)
    offset = (page - 1) * limit
    if not (flt.actor or flt.pair or flt.topic):
        total = memo(store, ("count", narrowed), lambda: store.browse_count(narrowed))
        events = store.browse(narrowed, limit, offset) if offset < total else []
        counted = (
            memo(store, ("months", narrowed), lambda: store.browse_months(narrowed))
            if months
            else []
        )
        return EventPage(events, total, page, limit, counted)
    kept = all_events(store, flt, narrowed)
    counted = months_of(kept) if months else []
    return EventPage(kept[offset : offset + limit], len(kept), page, limit, counted)


def all_events(store: Store, flt: EventFilter, narrowed: Sieve | None = None) -> list[MergedEvent]:
    """Every event ``flt`` selects, in timeline order (for downloads and actor pages)."""
    found = store.browse_all(narrowed or sieve(store, flt))
    if not (flt.actor or flt.pair or flt.topic):
        return found
    kept = {e.id for e in select(found, Filter(flt.actor, flt.pair, flt.topic))}
    return [e for e in found if e.id in kept]


def event_chunks(store: Store, flt: EventFilter, size: int = 1000) -> Iterator[list[MergedEvent]]:
    """Every event ``flt`` selects, in timeline order, ``size`` at a time: pages read one
    after the other where the store answers the whole filter, else cut from what it selects.
    The pages are read from one snapshot of the store, so that a merge committed between two
    of them (an ingest meanwhile) cannot drop an event from the whole or give one twice."""
    narrowed = sieve(store, flt)
    if flt.actor or flt.pair or flt.topic:
        found = all_events(store, flt, narrowed)
        for start in range(0, len(found), size):
            yield found[start : start + size]
        return
    offset = 0
    with store.snapshot() as pinned:
        while chunk := pinned.browse(narrowed, size, offset):
            yield chunk
            offset += size


def months_of(events: list[MergedEvent]) -> list[Month]:
    """(YYYY-MM, PLOVER type, events) of those of ``events`` dated to the month or day."""
    counted = Counter(
        (e.date.value[:7], e.plover) for e in events if e.date.value and len(e.date.value) >= 7
    )
    return sorted(((m, p, n) for (m, p), n in counted.items()), key=lambda r: (r[0], r[1] or ""))
