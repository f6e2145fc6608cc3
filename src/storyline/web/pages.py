"""The pages: timeline, event, actor, document, search, the downloads, the CSS and /docs.

Every page is a template rendered on the server (:mod:`storyline.web.render`); a store the
app cannot read answers 503 with the reason.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, cast

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse

from storyline.records import MergedEvent
from storyline.store.export import ExportFormat, export_events
from storyline.web import filters, views
from storyline.web.deps import (
    Filtered,
    Limit,
    MemoDep,
    PageNo,
    StateDep,
    StoreDep,
    StoreState,
    find_actor,
    find_document,
    find_event,
    reports,
)
from storyline.web.filters import DEFAULT_LIMIT, EventFilter
from storyline.web.paging import within
from storyline.web.raw import raw_view
from storyline.web.render import fragment, render, stylesheet

router = APIRouter()


def page(state: StoreState, template: str, **values: Any) -> HTMLResponse:
    """``template`` rendered with the store's notice, or a 503 when the store is unreadable."""
    if not state.readable:
        raise HTTPException(503, state.notice)
    return HTMLResponse(render(template, notice=state.notice, **values))


@router.get("/", response_class=HTMLResponse, summary="Timeline page")
def timeline(
    store: StoreDep,
    state: StateDep,
    memo: MemoDep,
    flt: Filtered,
    page_: PageNo = 1,
    limit: Limit = DEFAULT_LIMIT,
) -> HTMLResponse:
    found = filters.find_events(store, flt, page_, limit, memo=memo, months=True)
    within(flt.page_url("/", limit), (found, "event"))
    # Over a big store the chart is two thousand marks: drawn once per filter and store state.
    chart = memo(
        store, ("chart", flt), lambda: fragment("month_chart", views.month_chart(found.months), flt)
    )
    choices = memo(store, "choices", store.choices)
    values = {"found": found, "chart": chart, "choices": choices, "limit": limit}
    return page(state, "timeline.html.j2", flt=flt, **values)


@router.get("/events/{event_id}", response_class=HTMLResponse, summary="Event page")
def event_page(store: StoreDep, state: StateDep, event_id: str) -> HTMLResponse:
    event = find_event(store, event_id)
    found = reports(store, event.sources)
    docs = views.document_paths(event)
    return page(state, "event.html.j2", flt=EventFilter(), e=event, reports=found, docs=docs)


@router.get("/actors/{name:path}", response_class=HTMLResponse, summary="Actor page")
def actor_page(store: StoreDep, state: StateDep, memo: MemoDep, name: str) -> HTMLResponse:
    events, found = find_actor(store, name, memo)
    return page(state, "actor.html.j2", flt=EventFilter(), name=name, events=events, p=found)


@router.get("/documents/{key}", response_class=HTMLResponse, summary="Document page")
def document_page(store: StoreDep, state: StateDep, key: str, raw: bool = False) -> HTMLResponse:
    doc = find_document(store, key)
    events = store.document_events(doc.id)
    spans = [(s.start, s.end, e.id) for e in events for s in e.sources if s.doc_id == doc.id]
    return page(
        state,
        "document.html.j2",
        flt=EventFilter(),
        doc=doc,
        events=events,
        segments=views.highlight(doc.text or "", spans),
        sources=store.sources(doc.id),
        copies=store.copies_of(doc.id),
        original=store.original_of(doc.id),
        raw=raw_view(store.raw(doc.id)) if raw else None,
    )


@router.get("/search", response_class=HTMLResponse, summary="Search page")
def search_page(
    store: StoreDep,
    state: StateDep,
    memo: MemoDep,
    flt: Filtered,
    page_: PageNo = 1,
    limit: Limit = DEFAULT_LIMIT,
) -> HTMLResponse:
    documents, found = filters.search(store, flt, page_, limit, memo)
    within(flt.page_url("/search", limit), (documents, "document"), (found, "event"))
    values = {"documents": documents, "found": found, "limit": limit}
    return page(state, "search.html.j2", flt=flt, **values)


@router.get("/export/events.{fmt}", summary="The filtered events as CSV or JSON Lines")
def download(store: StoreDep, fmt: str, flt: Filtered) -> Response:
    if fmt not in ("csv", "jsonl"):
        raise HTTPException(404, f"no export format {fmt!r}: use events.csv or events.jsonl")
    chunks = exported(filters.event_chunks(store, flt), cast("ExportFormat", fmt))
    media = "text/csv" if fmt == "csv" else "application/x-ndjson"
    headers = {"Content-Disposition": f'attachment; filename="events.{fmt}"'}
    return StreamingResponse(chunks, media_type=f"{media}; charset=utf-8", headers=headers)


def exported(chunks: Iterator[list[MergedEvent]], fmt: ExportFormat) -> Iterator[str]:
    """The text of a download, one chunk of events at a time (as ``export events`` writes
    them; a CSV header only once), so a download of the whole store is never held at once."""
    first = True
    for events in chunks:
        buffer = io.StringIO()
        export_events((e.export_row() for e in events), fmt, buffer)
        text = buffer.getvalue()
        if fmt == "csv" and not first:
            text = text.split("\r\n", 1)[1]
        first = False
        yield text
    if first and fmt == "csv":
        buffer = io.StringIO()
        export_events([], fmt, buffer)
        yield buffer.getvalue()


@router.get("/static/style.css", include_in_schema=False)
def style() -> Response:
    return Response(stylesheet(), media_type="text/css; charset=utf-8")


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
def docs(request: Request) -> HTMLResponse:
    """A plain list of the endpoints (FastAPI's Swagger page would load a CDN)."""
    paths: dict[str, dict[str, Any]] = request.app.openapi()["paths"]
    routes = [
        (path, sorted(m.upper() for m in methods), next(iter(methods.values())).get("summary", ""))
        for path, methods in sorted(paths.items())
    ]
    return HTMLResponse(render("docs.html.j2", notice=None, flt=EventFilter(), routes=routes))
