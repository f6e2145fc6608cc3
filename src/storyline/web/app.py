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

The routes are in :mod:`storyline.web.pages` and :mod:`storyline.web.api`; what they are given
(the store, the filter, the lookups that answer 404) in :mod:`storyline.web.deps`.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from storyline.errors import StorylineError
from storyline.store.reader import open_read_only
from storyline.web import api, pages
from storyline.web.deps import StoreState
from storyline.web.filters import EventFilter, FilterError
from storyline.web.memo import Remembered
from storyline.web.paging import PastTheEnd
from storyline.web.render import render

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


def create_app(db_path: Path | str) -> FastAPI:
    """The web app over the store at ``db_path``, opened read-only; raises
    :class:`storyline.errors.StoreError` when the file is not there."""
    store = open_read_only(db_path)
    state = StoreState.read(store)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # What start-up loaded (FastAPI, pydantic, Jinja2, rapidfuzz, the templates) lives as
        # long as the server. Frozen, it is left out of the collector's full passes, which
        # otherwise walk those few hundred thousand objects every few requests (30-50 ms
        # each, the slow tail of the pages' latencies).
        gc.freeze()
        try:
            yield
        finally:
            gc.unfreeze()
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
    app.state.memo = Remembered()
    _install_headers(app)
    _install_errors(app)
    app.add_middleware(HeadAsGet)
    app.include_router(pages.router)
    app.include_router(api.router)
    return app


class HeadAsGet:
    """Answers ``HEAD`` on every route as ``GET`` would, without the body (the routes are
    declared for GET only, which left HEAD a 405): the same status and headers, as HTTP
    asks."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


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
        link = error.link if isinstance(error, PastTheEnd) else None
        return _error(request, error.status_code, str(error.detail), link)

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


def _error(
    request: Request, status: int, detail: str, link: tuple[str, str] | None = None
) -> Response:
    """The error as ``{"detail": …}`` for the API, else a page saying why (with ``link``, a
    (URL, label) of where to go instead)."""
    if _wants_json(request):
        return JSONResponse({"detail": detail}, status_code=status)
    html = render(
        "error.html.j2", status=status, detail=detail, link=link, notice=None, flt=EventFilter()
    )
    return HTMLResponse(html, status_code=status)
