"""The JSON API, mirroring the pages: events (the rows of ``storyline export events``), one
event, an actor, a document, a search. Unknown ids answer 404, bad parameters 422."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter

from storyline.records import StoredDocument
from storyline.web import filters
from storyline.web.deps import (
    Filtered,
    Limit,
    MemoDep,
    PageNo,
    StoreDep,
    find_actor,
    find_document,
    find_event,
)
from storyline.web.filters import DEFAULT_LIMIT, EventFilter
from storyline.web.paging import Paged, within
from storyline.web.raw import raw_view

router = APIRouter(prefix="/api")


@router.get("/events", summary="Merged events (filters and paging as on the timeline)")
def api_events(
    store: StoreDep, memo: MemoDep, flt: Filtered, page_: PageNo = 1, limit: Limit = DEFAULT_LIMIT
) -> dict[str, Any]:
    found = filters.find_events(store, flt, page_, limit, memo=memo)
    within(flt.page_url("/api/events", limit), (found, "event"))
    return page_json(found, flt)


@router.get("/events/{event_id}", summary="One merged event, as `export events` writes it")
def api_event(store: StoreDep, event_id: str) -> dict[str, Any]:
    return find_event(store, event_id).export_row()


@router.get("/actors/{name:path}", summary="An actor: names, roles, partners, events")
def api_actor(store: StoreDep, memo: MemoDep, name: str) -> dict[str, Any]:
    events, found = find_actor(store, name, memo)
    return {
        "query": found.query,
        "names": list(found.names),
        "kinds": list(found.kinds),
        "roles": [asdict(r) for r in found.roles],
        "holdings": [
            {**asdict(h), "start": h.start.isoformat(), "end": h.end and h.end.isoformat()}
            for h in found.holdings
        ],
        "partners": [{"name": n, "events": c} for n, c in found.partners],
        "events": [e.export_row() for e in events],
    }


@router.get(
    "/documents/{key}", summary="A document (by id or exact name): metadata, text, events, copies"
)
def api_document(store: StoreDep, key: str, raw: bool = False) -> dict[str, Any]:
    doc = find_document(store, key)
    original = store.original_of(doc.id)
    row: dict[str, Any] = {
        **doc.export_row(),
        "sources": store.sources(doc.id),
        "events": [e.id for e in store.document_events(doc.id)],
        "copies": [{"id": i, "doc": d, "similarity": s} for i, d, s in store.copies_of(doc.id)],
        "duplicate_of": original and {"id": original[0], "doc": original[1]},
    }
    if raw:
        row["raw"] = asdict(raw_view(store.raw(doc.id)))
    return row


@router.get("/search", summary="Full text over documents and events, with the filters")
def api_search(
    store: StoreDep, memo: MemoDep, flt: Filtered, page_: PageNo = 1, limit: Limit = DEFAULT_LIMIT
) -> dict[str, Any]:
    documents, events = filters.search(store, flt, page_, limit, memo)
    within(flt.page_url("/api/search", limit), (documents, "document"), (events, "event"))
    return {
        "q": flt.q,
        "searchable": bool(flt.q) and not flt.unsearchable,
        "documents": {
            **paging_json(documents, "/api/search", flt),
            "documents": [doc_summary(d) for d in documents.documents],
        },
        "events": page_json(events, flt),
    }


def page_json(found: filters.EventPage, flt: EventFilter) -> dict[str, Any]:
    """A page of events as the API gives it, with the URL of the next page (None at the end)."""
    return {
        **paging_json(found, "/api/events", flt),
        "events": [e.export_row() for e in found.events],
    }


def paging_json(found: Paged, path: str, flt: EventFilter) -> dict[str, Any]:
    """Where a page of a list stands: ``total``, ``page``, ``pages``, ``limit`` and ``next``,
    the URL (at ``path``) of the next page, None on the last."""
    following = found.page < found.pages
    return {
        "total": found.total,
        "page": found.page,
        "pages": found.pages,
        "limit": found.limit,
        "next": flt.url(path, page=found.page + 1, limit=found.limit) if following else None,
    }


def doc_summary(doc: StoredDocument) -> dict[str, Any]:
    """A document as a search lists it."""
    return {
        "id": doc.id,
        "doc": doc.doc,
        "title": doc.meta.title.value,
        "outlet": doc.meta.outlet.value,
        "published": doc.meta.published.value,
        "status": doc.status,
    }
