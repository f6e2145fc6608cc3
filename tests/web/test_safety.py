"""The web app is safe by construction: hostile text stays text, only http(s) becomes a link,
every response carries a strict Content-Security-Policy, nothing is ever written to the
store, and no request parameter makes a 500."""

from __future__ import annotations

import os
import re
import shutil
import stat
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.web import create_app
from storyline.web.app import CSP
from tests.web.helpers import Tags

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "link", "body", "header", "nav", "form", "input", "button",
    "main", "h1", "h2", "h3", "h4", "p", "a", "span", "small", "strong", "time", "ol", "ul", "li",
    "dl", "dt", "dd", "div", "table", "caption", "tr", "th", "td", "label", "select", "option",
    "blockquote", "footer", "cite", "mark", "pre", "code", "svg", "rect", "text",
}  # fmt: skip
"""Every tag the templates write; a tag from scraped text would be another."""
LINK_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href")


def crawl(client: TestClient) -> dict[str, str]:
    """Every page the app serves for the store: timeline, events, actors, documents (with
    their raw input), search, errors; by URL."""
    urls = [
        "/",
        "/?limit=500",
        "/search?q=pwned",
        "/search?q=script",
        "/docs",
        "/actors/%3Cscript%3E",
    ]
    events = client.get("/api/events?limit=500").json()["events"]
    names = {a["name"] for e in events for a in e["actors"]} | {
        a["org"] for e in events for a in e["actors"] if a["org"]
    }
    docs = {s["doc_id"] for e in events for s in e["sources"]}
    docs |= {d["id"] for d in client.get("/api/search?q=pwned").json()["documents"]["documents"]}
    urls += [f"/events/{e['id']}" for e in events]
    urls += [f"/actors/{quote(name, safe='')}" for name in names]
    urls += [f"/documents/{d}" for d in docs] + [f"/documents/{d}?raw=1" for d in docs]
    urls += [f"/?outlet={quote(o)}" for e in events for o in e["outlets"]]
    return {url: client.get(url).text for url in urls}


@pytest.fixture(scope="module")
def pages(client: TestClient) -> dict[str, str]:
    return crawl(client)


def test_web_hostile_corpus_reaches_the_pages(pages: dict[str, str]) -> None:
    text = "\n".join(pages.values())
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in text
    assert "onerror=&#34;window.__pwned=1&#34;" in text or "onerror=&quot;" in text
    assert "{{ 7*7 }}" in text and "{% raw %}" in text
    assert "Bold Outlet" in text and "Lantern Post" in text


def test_web_no_script_no_handler_no_foreign_tag_on_any_page(pages: dict[str, str]) -> None:
    for url, html in pages.items():
        assert not re.search(r"<\s*script", html, re.IGNORECASE), url
        for tag, attrs in Tags(html).tags:
            assert tag in ALLOWED_TAGS, (url, tag)
            assert not any(name.startswith("on") for name in attrs), (url, tag, attrs)
            assert "style" not in attrs, (url, tag)  # the CSP forbids inline styles


def test_web_links_are_local_or_http_with_rel(pages: dict[str, str]) -> None:
    seen_external = False
    for url, html in pages.items():
        for tag, attrs in Tags(html).tags:
            for name in LINK_ATTRIBUTES:
                value = (attrs.get(name) or "").strip()
                if not value:
                    continue
                assert "javascript:" not in value.lower(), (url, tag, value)
                if tag == "link" and attrs.get("rel") == "icon":
                    assert value == "data:,"
                    continue
                assert value.startswith(("/", "#", "http://", "https://")), (url, tag, value)
                if value.startswith("http"):
                    seen_external = True
                    assert attrs.get("rel") == "noopener noreferrer nofollow", (url, value)
    assert seen_external  # the hostile https URL is linked, safely


def test_web_every_response_has_the_security_headers(client: TestClient) -> None:
    for url in ["/", "/events/nope", "/api/events", "/api/events?limit=0", "/static/style.css",
                "/openapi.json", "/docs", "/export/events.csv"]:  # fmt: skip
        headers = client.get(url).headers
        assert headers["content-security-policy"] == CSP, url
        assert headers["x-content-type-options"] == "nosniff"
    assert "script-src 'none'" in CSP and "frame-ancestors 'none'" in CSP
    assert "default-src 'none'" in CSP and "style-src 'self'" in CSP


def test_web_never_writes_to_the_store(tmp_path: Path, web_db: Path) -> None:
    copy = tmp_path / "copy.db"
    shutil.copy(web_db, copy)
    os.utime(copy, (1_000_000_000, 1_000_000_000))
    before = copy.read_bytes(), copy.stat().st_mtime
    copy.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    with TestClient(create_app(copy)) as client:
        crawled = crawl(client)
        assert len(crawled) > 50
    assert (copy.read_bytes(), copy.stat().st_mtime) == before


def test_web_store_left_unmerged_is_shown_as_is_with_a_note(tmp_path: Path) -> None:
    from tests.merge.stored import write_reports

    db = tmp_path / "pending.db"
    write_reports(db)
    before = db.read_bytes()
    with TestClient(create_app(db)) as client:
        page = client.get("/")
        assert page.status_code == 200
        assert "not yet checked for copies" in page.text and "storyline reprocess --db" in page.text
        assert client.get("/api/events").json()["total"] == 0
    assert db.read_bytes() == before


def test_web_missing_store_is_an_error_not_a_new_file(tmp_path: Path) -> None:
    from storyline.errors import StoreError

    with pytest.raises(StoreError):
        create_app(tmp_path / "none.db")
    assert not (tmp_path / "none.db").exists()


PARAMS = st.sampled_from(
    ["actor", "pair", "topic", "plover", "from", "to", "outlet", "lang", "q", "page", "limit", "x"]
)
VALUES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["2025", "2025-02", "0", "-1", "500", "9" * 30, '"', "al-Sudani", "*", "("]),
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(params=st.lists(st.tuples(PARAMS, VALUES), max_size=6))
def test_web_fuzzed_parameters_never_fail(
    client: TestClient, params: list[tuple[str, str]]
) -> None:
    for path in ("/api/events", "/api/search"):
        answer = client.get(path, params=params)
        assert answer.status_code in (200, 404, 422), (path, params, answer.text)
        if answer.status_code == 404:  # only a page past the last
            assert "the last is page" in answer.json()["detail"], (path, params)
        assert answer.headers["content-security-policy"] == CSP


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ident=st.text(min_size=1, max_size=30))
def test_web_fuzzed_ids_are_404_never_500(client: TestClient, ident: str) -> None:
    for path in ("/api/events/", "/api/documents/", "/api/actors/", "/events/", "/documents/"):
        answer = client.get(path + quote(ident, safe=""))
        assert answer.status_code in (200, 404), (path, ident, answer.text)


def test_web_store_of_an_older_schema_is_read_with_a_note(tmp_path: Path, web_db: Path) -> None:
    import sqlite3

    db = tmp_path / "old.db"
    shutil.copy(web_db, db)
    with sqlite3.connect(db) as conn:
        conn.execute("DROP INDEX merged_order")
        conn.execute("DROP INDEX merged_plover")
        conn.execute("PRAGMA user_version = 5")
    with TestClient(create_app(db)) as client:
        page = client.get("/")
        assert page.status_code == 200 and "lacks indexes for browsing" in page.text
        assert client.get("/api/events").json()["total"] > 30
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 4")
    with TestClient(create_app(db)) as client:
        page = client.get("/")
        assert page.status_code == 503 and "old storyline" in page.text
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4


def test_web_a_bug_is_a_500_with_the_headers_and_no_trace(web_db: Path) -> None:
    app = create_app(web_db)

    def broken() -> None:
        raise RuntimeError("secret detail")

    app.add_api_route("/api/broken", broken)
    app.add_api_route("/broken", broken)
    with TestClient(app, raise_server_exceptions=False) as client:
        for path in ("/api/broken", "/broken"):
            answer = client.get(path)
            assert answer.status_code == 500
            assert answer.headers["content-security-policy"] == CSP
            assert "secret detail" not in answer.text and "RuntimeError" in answer.text
