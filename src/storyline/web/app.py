"""The FastAPI application: server-rendered pages and a JSON API over one store, read-only.

Safe by construction:

* the store is opened with SQLite's ``mode=ro`` (:func:`storyline.store.reader.open_read_only`):
  no request can write, and a store that needs its merge brought up to date is shown as it
  is, with a note saying which command does that;
* every page is a Jinja2 template with autoescape on, and no value from the store is marked
  safe; only http(s) URLs become links, with ``rel="noopener noreferrer nofollow"``;
* every response carries a Content-Security-Policy with no script source at all (the pages
  need none), ``frame-ancestors 'none'`` and ``X-Content-Type-Options: nosniff``;
* ids and names are looked up in the store, never used as paths; raw inputs are shown as
  escaped text, or as "binary, N bytes".

FastAPI's own ``/docs`` loads Swagger UI from a CDN, so it is off: ``/docs`` is a plain page
listing the endpoints, and the schema is at ``/openapi.json``.
"""

from __future__ import annotations

import io
import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, cast

import jinja2
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyline.errors import StorylineError
from storyline.records import MergedEvent, Source, StoredDocument
from storyline.store.export import ExportFormat, export_events
from storyline.store.reader import Store, open_read_only
from storyline.store.schema import BROWSE_FROM_VERSION, SCHEMA_VERSION
from storyline.timeline.lines import line, outlet_count, participant, place_label
from storyline.timeline.stats import outlets_of
from storyline.web import filters, views
from storyline.web.filters import DEFAULT_LIMIT, MAX_LIMIT, EventFilter, FilterError
from storyline.web.raw import raw_view

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'none'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
"""The Content-Security-Policy of every response: the pages run no script at all."""
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
log = logging.getLogger(__name__)
SEARCH_DOCUMENTS = 50
"""How many documents a search lists (best first)."""
LINK_REL = "noopener noreferrer nofollow"


def create_app(db_path: Path | str) -> FastAPI:
    """The web app over the store at ``db_path``, opened read-only; raises
    :class:`storyline.errors.StoreError` when the file is not there."""
    store = open_read_only(db_path)
    state = _StoreState.read(store)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="storyline",
        summary="Merged news events with their sources, read-only.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.store_state = state
    _install_headers(app)
    _install_errors(app)
    _page_routes(app, store, state)
    _api_routes(app, store)
    return app


class _StoreState:
    """What the pages say about the store itself: a schema too old to read, one without the
    latest indexes, or a merge left to do. The server never writes, so it only says so."""

    def __init__(self, version: int, pending: bool, path: Path) -> None:
        self.readable = version >= BROWSE_FROM_VERSION
        self.current = version == SCHEMA_VERSION
        self.pending = pending
        self.command = f"storyline timeline --db {path}"

    @classmethod
    def read(cls, store: Store) -> _StoreState:
        version = store.schema_version()
        pending = version >= BROWSE_FROM_VERSION and store.merge_pending()
        return cls(version, pending, store.path)

    @property
    def notice(self) -> str | None:
        if not self.readable:
            return f"This store was written by an old storyline: run `{self.command}` once."
        if not self.current:
            return (
                "This store lacks the indexes of this storyline version, so deep pages are slow; "
                f"the server does not write: run `{self.command}` once to add them."
            )
        if self.pending:
            return (
                "Some reports of this store are not merged yet; the server does not write. "
                f"Run `{self.command}` to bring it up to date."
            )
        return None


def _install_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/openapi.json"


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        return _error(request, error.status_code, str(error.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_params(request: Request, error: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}"
            for e in error.errors()
        )
        return _error(request, 422, problems or "invalid request")

    @app.exception_handler(FilterError)
    async def bad_filter(request: Request, error: FilterError) -> Response:
        return _error(request, 422, str(error))

    @app.exception_handler(StorylineError)
    async def store_error(request: Request, error: StorylineError) -> Response:
        return _error(request, 503, f"the store cannot be read: {error}")

    @app.exception_handler(Exception)
    async def bug(request: Request, error: Exception) -> Response:
        # Answered outside the headers middleware, so the headers are set here too; the
        # trace goes to the log, never to the page.
        log.error("internal error on %s", request.url.path, exc_info=error)
        response = _error(request, 500, f"internal error ({type(error).__name__}); see the log")
        response.headers.update(SECURITY_HEADERS)
        return response


def _error(request: Request, status: int, detail: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": detail}, status_code=status)
    html = _render("error.html.j2", status=status, detail=detail, notice=None, flt=EventFilter())
    return HTMLResponse(html, status_code=status)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The page templates: autoescape on for every template, undefined names an error."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("storyline.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        actor_path=views.actor_path,
        safe_url=views.safe_url,
        swatch=views.swatch,
        participant=participant,
        place_label=place_label,
        outlet_count=outlet_count,
        outlets_of=outlets_of,
        line=line,
        link_rel=LINK_REL,
        timeline_url=lambda **fields: EventFilter(**fields).url("/"),
    )
    return env


def _render(template: str, **values: Any) -> str:
    return environment().get_template(template).render(**values)


# --- request parameters -------------------------------------------------------------------

Text = Annotated[str | None, Query(max_length=filters.MAX_TEXT)]


def event_filter(
    actor: Text = None,
    pair: Annotated[list[str] | None, Query(max_length=filters.MAX_TEXT)] = None,
    topic: Text = None,
    plover: Text = None,
    start: Annotated[str | None, Query(alias="from", max_length=filters.MAX_TEXT)] = None,
    end: Annotated[str | None, Query(alias="to", max_length=filters.MAX_TEXT)] = None,
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


Filtered = Annotated[EventFilter, Depends(event_filter)]
PageNo = Annotated[int, Query(alias="page", ge=1, le=1_000_000)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]


# --- pages --------------------------------------------------------------------------------


def _page_routes(app: FastAPI, store: Store, state: _StoreState) -> None:
    months = filters.MonthCounts()

    def page(template: str, **values: Any) -> HTMLResponse:
        if not state.readable:
            raise HTTPException(503, state.notice)
        return HTMLResponse(_render(template, notice=state.notice, **values))

    @app.get("/", response_class=HTMLResponse, summary="Timeline page")
    def timeline(flt: Filtered, page_: PageNo = 1, limit: Limit = DEFAULT_LIMIT) -> HTMLResponse:
        found = filters.find_events(store, flt, page_, limit, months=months)
        return page(
            "timeline.html.j2",
            flt=flt,
            found=found,
            chart=views.month_chart(found.months),
            choices=store.choices(),
            limit=limit,
        )

    @app.get("/events/{event_id}", response_class=HTMLResponse, summary="Event page")
    def event_page(event_id: str) -> HTMLResponse:
        event = _event(store, event_id)
        reports = [_report(store, s) for s in event.sources]
        return page("event.html.j2", flt=EventFilter(), e=event, reports=reports)

    @app.get("/actors/{name:path}", response_class=HTMLResponse, summary="Actor page")
    def actor_page(name: str) -> HTMLResponse:
        events, found = _actor(store, name)
        return page("actor.html.j2", flt=EventFilter(), name=name, events=events, p=found)

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, summary="Document page")
    def document_page(doc_id: str, raw: bool = False) -> HTMLResponse:
        doc = _document(store, doc_id)
        events = store.document_events(doc.id)
        spans = [(s.start, s.end, e.id) for e in events for s in e.sources if s.doc_id == doc.id]
        return page(
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

    @app.get("/search", response_class=HTMLResponse, summary="Search page")
    def search_page(flt: Filtered, page_: PageNo = 1, limit: Limit = DEFAULT_LIMIT) -> HTMLResponse:
        documents = store.search(flt.q, SEARCH_DOCUMENTS) if flt.q else []
        found = filters.find_events(store, flt, page_, limit) if flt.q else None
        return page("search.html.j2", flt=flt, documents=documents, found=found, limit=limit)

    @app.get("/export/events.{fmt}", summary="The filtered events as CSV or JSON Lines")
    def download(fmt: str, flt: Filtered) -> Response:
        if fmt not in ("csv", "jsonl"):
            raise HTTPException(404, f"no export format {fmt!r}: use events.csv or events.jsonl")
        chunks = _exported(filters.event_chunks(store, flt), cast("ExportFormat", fmt))
        media = "text/csv" if fmt == "csv" else "application/x-ndjson"
        headers = {"Content-Disposition": f'attachment; filename="events.{fmt}"'}
        return StreamingResponse(chunks, media_type=f"{media}; charset=utf-8", headers=headers)

    @app.get("/static/style.css", include_in_schema=False)
    def style() -> Response:
        return Response(stylesheet(), media_type="text/css; charset=utf-8")

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs() -> HTMLResponse:
        routes = sorted(
            (
                str(getattr(route, "path", "")),
                sorted(getattr(route, "methods", ()) or ()),
                getattr(route, "summary", ""),
            )
            for route in app.routes
            if getattr(route, "include_in_schema", False)
        )
        return HTMLResponse(_render("docs.html.j2", notice=None, flt=EventFilter(), routes=routes))


def _exported(chunks: Iterator[list[MergedEvent]], fmt: ExportFormat) -> Iterator[str]:
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


@lru_cache(maxsize=1)
def stylesheet() -> str:
    """The pages' CSS: the base shared with the HTML report, the PLOVER colours, the app's own."""
    from importlib import resources

    from storyline.timeline.colours import stylesheet as colours

    base = resources.files("storyline.timeline").joinpath("templates/base.css").read_text("utf-8")
    own = resources.files("storyline.web").joinpath("static/web.css").read_text("utf-8")
    return base + colours() + own


# --- API ----------------------------------------------------------------------------------


def _api_routes(app: FastAPI, store: Store) -> None:
    @app.get("/api/events", summary="Merged events (filters and paging as on the timeline)")
    def api_events(
        flt: Filtered, page_: PageNo = 1, limit: Limit = DEFAULT_LIMIT
    ) -> dict[str, Any]:
        return _page_json(filters.find_events(store, flt, page_, limit), flt)

    @app.get("/api/events/{event_id}", summary="One merged event, as `export events` writes it")
    def api_event(event_id: str) -> dict[str, Any]:
        return _event(store, event_id).export_row()

    @app.get("/api/actors/{name:path}", summary="An actor: names, roles, partners, events")
    def api_actor(name: str) -> dict[str, Any]:
        events, found = _actor(store, name)
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

    @app.get("/api/documents/{doc_id}", summary="A document: metadata, text, events, copies")
    def api_document(doc_id: str, raw: bool = False) -> dict[str, Any]:
        doc = _document(store, doc_id)
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

    @app.get("/api/search", summary="Full text over documents and events, with the filters")
    def api_search(
        flt: Filtered, page_: PageNo = 1, limit: Limit = DEFAULT_LIMIT
    ) -> dict[str, Any]:
        documents = store.search(flt.q, SEARCH_DOCUMENTS) if flt.q else []
        return {
            "q": flt.q,
            "documents": [_doc_summary(d) for d in documents],
            "events": _page_json(filters.find_events(store, flt, page_, limit), flt)
            if flt.q
            else None,
        }


def _page_json(found: filters.EventPage, flt: EventFilter) -> dict[str, Any]:
    following = found.page < found.pages
    return {
        "total": found.total,
        "page": found.page,
        "pages": found.pages,
        "limit": found.limit,
        "next": flt.url("/api/events", page=found.page + 1, limit=found.limit)
        if following
        else None,
        "events": [e.export_row() for e in found.events],
    }


def _doc_summary(doc: StoredDocument) -> dict[str, Any]:
    return {
        "id": doc.id,
        "doc": doc.doc,
        "title": doc.meta.title.value,
        "outlet": doc.meta.outlet.value,
        "published": doc.meta.published.value,
        "status": doc.status,
    }


# --- lookups ------------------------------------------------------------------------------


def _event(store: Store, event_id: str) -> MergedEvent:
    event = store.merged_event(event_id)
    if event is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    return event


def _document(store: Store, doc_id: str) -> StoredDocument:
    doc = store.document(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    return doc


def _actor(store: Store, name: str) -> tuple[list[MergedEvent], views.Profile]:
    query = filters.text(name)
    events = filters.all_events(store, EventFilter(actor=query)) if query else []
    if not events or query is None:
        raise HTTPException(404, f"no event with an actor named {name!r}")
    return events, views.profile(query, events)


class Report:
    """One report of an event as its page lists it: the source, its document, its excerpt."""

    def __init__(self, source: Source, doc: StoredDocument | None, url: str | None) -> None:
        self.source = source
        self.doc = doc
        self.url = url
        self.excerpt = views.excerpt(
            doc.text if doc else None, source.start, source.end, source.sentence
        )
        self.anchor = views.sentence_anchor(source.start)


def _report(store: Store, source: Source) -> Report:
    doc = store.document(source.doc_id)
    urls = [u for u in (views.safe_url(s) for s in store.sources(source.doc_id)) if u]
    return Report(source, doc, urls[0] if urls else None)
