"""What routes are given: the store and its state, the request's filter and paging, and the
records an id or a name looks up (a 404 when there is none)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request

from storyline.merge.stale import Staleness, staleness, update_command
from storyline.records import MergedEvent, Source, StoredDocument
from storyline.store.reader import MAX_CANDIDATES_SHOWN, Store
from storyline.web import filters, views
from storyline.web.filters import MAX_LIMIT, MAX_TEXT, EventFilter
from storyline.web.memo import Remembered


class StoreState:
    """What the pages say about the store itself: a schema too old to read, or what is stale
    in it (:mod:`storyline.merge.stale`: missing indexes, articles left to read, reports left
    to merge). The server never writes, so it only says so, naming the command that does."""

    def __init__(self, stale: Staleness, command: str) -> None:
        self.readable = stale.readable
        self.stale = stale.stale()
        self.command = command

    @classmethod
    def read(cls, store: Store) -> StoreState:
        """The state of ``store`` now."""
        return cls(staleness(store), update_command(store.path))

    @property
    def notice(self) -> str | None:
        """A line for the top of every page, or None when all is well."""
        if not self.readable:
            return f"This store was written by an old storyline: run `{self.command}` once."
        if self.stale:
            return (
                f"This store is not up to date: {'; '.join(self.stale)}. The server does not "
                f"write: run `{self.command}` to bring it up to date."
            )
        return None


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _state(request: Request) -> StoreState:
    state: StoreState = request.app.state.store_state
    return state


def _memo(request: Request) -> Remembered:
    memo: Remembered = request.app.state.memo
    return memo


Text = Annotated[str | None, Query(max_length=MAX_TEXT)]


def event_filter(
    actor: Text = None,
    pair: Annotated[list[str] | None, Query(max_length=MAX_TEXT)] = None,
    topic: Text = None,
    plover: Text = None,
    start: Annotated[str | None, Query(alias="from", max_length=MAX_TEXT)] = None,
    end: Annotated[str | None, Query(alias="to", max_length=MAX_TEXT)] = None,
    outlet: Text = None,
    lang: Text = None,
    q: Text = None,
) -> EventFilter:
    """The timeline filter of a request: actor, pair (twice), topic, PLOVER type, from, to,
    outlet, language and text query; 422 when a value cannot be read."""
    return filters.build(
        actor=actor, pair=pair, topic=topic, plover=plover, start=start, end=end,
        outlet=outlet, lang=lang, q=q,
    )  # fmt: skip


StoreDep = Annotated[Store, Depends(_store)]
StateDep = Annotated[StoreState, Depends(_state)]
MemoDep = Annotated[Remembered, Depends(_memo)]
Filtered = Annotated[EventFilter, Depends(event_filter)]
PageNo = Annotated[int, Query(alias="page", ge=1, le=1_000_000)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]


def find_event(store: Store, event_id: str) -> MergedEvent:
    """The merged event with this id, or a 404."""
    event = store.merged_event(event_id)
    if event is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    return event


def find_document(store: Store, key: str) -> StoredDocument:
    """The document with this exact id or, failing that, this exact name (never a path or a
    prefix of either: the key is only compared with the store's ids and names), or a 404,
    which names the ids to use when several documents share the name."""
    doc = store.document(key)
    if doc is not None:
        return doc
    named = store.documents_named(key)
    if len(named) == 1:
        return named[0]
    if named:
        ids = ", ".join(d.id for d in named[:MAX_CANDIDATES_SHOWN])
        more = ", …" if len(named) > MAX_CANDIDATES_SHOWN else ""
        raise HTTPException(404, f"several documents are named {key!r}: give an id ({ids}{more})")
    raise HTTPException(404, f"no document with id or name {key!r}")


def find_actor(
    store: Store, name: str, memo: Remembered | None = None
) -> tuple[list[MergedEvent], views.Profile]:
    """The events of the actor ``name`` (the timeline's ``--actor`` rules) and its profile, or
    a 404 when it took part in none."""
    query = filters.text(name)
    flt = EventFilter(actor=query)
    events = filters.all_events(store, flt, filters.sieve(store, flt, memo)) if query else []
    if not events or query is None:
        raise HTTPException(404, f"no event with an actor named {name!r}")
    return events, views.profile(query, events)


@dataclass(frozen=True)
class Sentence:
    """One evidence sentence of a report, within its article text, and its anchor on the
    document page."""

    source: Source
    excerpt: views.Excerpt
    anchor: str


@dataclass(frozen=True)
class Report:
    """One report of an event as its page lists it: a document (None if gone), what its first
    source says of it (outlet, publication, date, copy), a link to the original page (http(s)
    only) and every sentence of it that states the event, in the order the event lists them."""

    source: Source
    doc: StoredDocument | None
    url: str | None
    evidence: tuple[Sentence, ...]


def reports(store: Store, sources: Iterable[Source]) -> list[Report]:
    """The :class:`Report` of each document among ``sources``, in the order the documents
    first appear: a document that states the event in several sentences is one report."""
    by_doc: dict[str, list[Source]] = {}
    for source in sources:
        by_doc.setdefault(source.doc_id, []).append(source)
    return [_report(store, found) for found in by_doc.values()]


def _report(store: Store, sources: list[Source]) -> Report:
    first = sources[0]
    doc = store.document(first.doc_id)
    urls = [u for u in (views.safe_url(s) for s in store.sources(first.doc_id)) if u]
    text = doc.text if doc else None
    evidence = tuple(
        Sentence(
            s,
            views.excerpt(text, s.start, s.end, s.sentence),
            views.sentence_anchor(s.start),
        )
        for s in sources
    )
    return Report(first, doc, urls[0] if urls else None, evidence)
