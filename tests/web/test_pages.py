"""Every page and API route of the web app, in-process (FastAPI's TestClient) over the sample
corpus: what each shows, filters that combine, paging, downloads, search, 404 and 422."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from storyline.cli import app
from storyline.store.export import EVENT_COLUMNS
from tests.web.helpers import Tags, links


def all_events(client: TestClient, query: str = "") -> list[dict[str, object]]:
    answer = client.get(f"/api/events?limit=500&{query}")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["total"] == len(body["events"])
    return list(body["events"])


def test_web_timeline_lists_every_event_in_date_order(client: TestClient) -> None:
    events = all_events(client)
    page = client.get("/?limit=500")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert len(Tags(page.text).with_class("li", "event")) == len(events) > 30
    dates = [str(e["date"]) for e in events if e["date"]]
    assert dates == sorted(dates)
    assert [e["date"] for e in events[len(dates) :]] == [None] * (len(events) - len(dates))
    assert '<svg class="months"' in page.text


def test_web_api_events_are_the_rows_of_export_events(client: TestClient, web_db: Path) -> None:
    exported = CliRunner().invoke(app, ["export", "events", "--db", str(web_db)])
    rows = [json.loads(line) for line in exported.output.splitlines() if line.startswith("{")]
    events = all_events(client)
    assert all(list(e) == list(EVENT_COLUMNS) for e in events)
    assert sorted(events, key=lambda e: str(e["id"])) == sorted(rows, key=lambda e: str(e["id"]))


@pytest.mark.parametrize(
    "query",
    [
        "actor=Rutte&from=2025&plover=CONSULT",
        "pair=Iraq&pair=NATO&to=2024",
        "topic=training&outlet=Gulf+Wire+Daily",
        "q=Baghdad&lang=en&from=2025-02&to=2025-05",
        "actor=NATO&q=al-Sudani&plover=CONSULT",
    ],
)
def test_web_filters_combine_as_the_intersection_of_each(client: TestClient, query: str) -> None:
    both = {e["id"] for e in all_events(client, query)}
    parts = [{e["id"] for e in all_events(client, part)} for part in _single_filters(query)]
    assert both == set.intersection(*parts)
    assert both, "every combination here selects something in the sample corpus"


def _single_filters(query: str) -> list[str]:
    pieces = query.split("&")
    pairs = [p for p in pieces if p.startswith("pair=")]
    rest = [p for p in pieces if not p.startswith("pair=")]
    return (["&".join(pairs)] if pairs else []) + rest


def test_web_actor_filter_follows_the_timeline_rules(client: TestClient) -> None:
    events = all_events(client, "actor=Rutte")
    assert events
    assert all(any(a["name"] == "Mark Rutte" for a in e["actors"]) for e in events)  # type: ignore[attr-defined]


def test_web_paging_is_stable_and_complete(client: TestClient) -> None:
    everything = [e["id"] for e in all_events(client)]
    pages, page = [], 1
    while True:
        body = client.get(f"/api/events?limit=7&page={page}").json()
        pages += [e["id"] for e in body["events"]]
        if body["next"] is None:
            break
        assert body["next"] == f"/api/events?page={page + 1}&limit=7"
        page += 1
    assert pages == everything
    assert client.get(f"/api/events?limit=7&page={page}").status_code == 200
    past = client.get(f"/api/events?limit=7&page={page + 1}")
    assert past.status_code == 404 and f"the last is page {page}" in past.json()["detail"]
    html = client.get("/?limit=7&page=2").text
    assert "/?page=3&amp;limit=7" in html and "/?page=1&amp;limit=7" in html


@pytest.mark.parametrize("query", ["", "actor=Rutte&", "actor=Nobody+Anywhere&"])
def test_web_page_past_the_last_is_404_with_a_link_to_the_last(
    client: TestClient, query: str
) -> None:
    body = client.get(f"/api/events?{query}limit=3").json()
    last = body["pages"]
    assert client.get(f"/?{query}limit=3&page={last}").status_code == 200
    page = client.get(f"/?{query}limit=3&page={last + 1}")
    assert page.status_code == 404 and "0–0" not in page.text
    assert f"there is no page {last + 1}" in page.text
    assert any(f"page={last}&limit=3" in link for link in links(page.text, "/?"))
    api = client.get(f"/api/events?{query}limit=3&page={last + 1}")
    assert api.status_code == 404 and f"the last is page {last}" in api.json()["detail"]


def test_web_filtered_url_is_shareable_and_downloads_match(client: TestClient) -> None:
    query = "actor=Rutte&from=2025"
    page = client.get(f"/?{query}").text
    csv_link = links(page, "/export/events.csv")[0]
    jsonl_link = links(page, "/export/events.jsonl")[0]
    assert "actor=Rutte" in csv_link and "from=2025" in jsonl_link
    expected = [e["id"] for e in all_events(client, query)]
    lines = client.get(jsonl_link)
    assert lines.headers["content-type"].startswith("application/x-ndjson")
    assert [json.loads(line)["id"] for line in lines.text.splitlines()] == expected
    table = client.get(csv_link)
    assert table.headers["content-type"].startswith("text/csv")
    assert "attachment" in table.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert [r["id"] for r in rows] == expected
    assert list(rows[0]) == list(EVENT_COLUMNS)
    assert client.get("/export/events.xml").status_code == 404


def test_web_event_page_shows_everything_of_the_event(client: TestClient) -> None:
    events = all_events(client)
    event = next(e for e in events if e["disagreements"] and e["statements"])
    page = client.get(f"/events/{event['id']}")
    assert page.status_code == 200
    html = page.text
    assert str(event["date_basis"]) in html and str(event["date_precision"]) in html
    for actor in event["actors"]:  # type: ignore[attr-defined]
        assert f'href="/actors/{quote(actor["name"], safe="")}"' in html
    anchors = links(html, "/documents/")
    assert any("#s-" in a for a in anchors)
    assert 'class="versions"' in html and "<mark>" in html
    assert client.get(f"/api/events/{event['id']}").json() == event


def test_web_event_page_links_only_http_sources(client: TestClient) -> None:
    for event in all_events(client):
        html = client.get(f"/events/{event['id']}").text
        for tag, attrs in Tags(html).tags:
            href = attrs.get("href") or ""
            if tag == "a" and href.startswith("http"):
                assert attrs.get("rel") == "noopener noreferrer nofollow"


def test_web_actor_page_roles_partners_and_events(client: TestClient) -> None:
    page = client.get("/actors/Mark%20Rutte")
    assert page.status_code == 200
    assert "Secretary General" in page.text and "Appears most with" in page.text
    body = client.get("/api/actors/Mark%20Rutte").json()
    assert body["names"][0] == "Mark Rutte"
    assert any(r["role"] == "Secretary General" for r in body["roles"])
    assert any(h["org"] == "NATO" for h in body["holdings"])
    assert body["partners"] and body["events"]
    dates = [e["date"] for e in body["events"] if e["date"]]
    assert dates == sorted(dates)


def test_web_document_page_highlights_evidence_and_links_events(client: TestClient) -> None:
    event = all_events(client, "actor=Rutte")[0]
    source = event["sources"][0]  # type: ignore[index]
    page = client.get(f"/documents/{source['doc_id']}")
    assert page.status_code == 200
    marks = Tags(page.text).tags
    anchored = [a for t, a in marks if t == "mark" and a.get("id") == f"s-{source['start']}"]
    assert anchored
    assert f"/events/{event['id']}" in page.text
    for field in ("published", "outlet", "lang"):
        assert f"<dt>{field}</dt>" in page.text
    body = client.get(f"/api/documents/{source['doc_id']}").json()
    assert event["id"] in body["events"] and body["text"]


def test_web_document_copies_and_their_original(client: TestClient) -> None:
    copy = next(
        d
        for d in _documents(client)
        if d["doc"] == "tigris-herald-2025-05-24-strategic-dialogue-syndicated"
    )
    body = client.get(f"/api/documents/{copy['id']}").json()
    assert body["duplicate_of"] is not None
    original = client.get(f"/documents/{body['duplicate_of']['id']}").text
    assert copy["doc"] in original and "copies" in original
    assert "copy of" in client.get(f"/documents/{copy['id']}").text


def _documents(client: TestClient) -> list[dict[str, str]]:
    return list(client.get("/api/search?q=the&limit=500").json()["documents"]["documents"])


def test_web_raw_input_is_text_escaped_or_binary_by_size(client: TestClient, web_db: Path) -> None:
    from storyline.store.reader import open_read_only

    with open_read_only(web_db) as store:
        rejected = next(d for d in store.documents(status="rejected"))
        page_doc = next(d for d in store.documents() if d.doc == "hostile-page")
    binary = client.get(f"/documents/{rejected.id}?raw=1").text
    assert "binary, 1024 bytes" in binary and "Rejected at ingest" in binary
    assert "E104" in binary
    raw = client.get(f"/documents/{page_doc.id}?raw=1").text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in raw
    api = client.get(f"/api/documents/{rejected.id}?raw=true").json()
    assert api["raw"] == {"kind": "binary", "bytes": 1024, "text": None, "truncated": False}


@pytest.mark.parametrize(
    ("typed", "finds"),
    [
        ("al-Sudani", True),
        ("Shia'", True),
        ('"change of command"', True),
        ("NATO Baghdad", True),
        ("negotiat*", None),
        ("AND", None),
        ("OR NOT", None),
        ('"unbalanced', None),
        ("NEAR(a b)", None),
        ("(", None),
        ("*", None),
        ("title:NATO", None),
        ("-", None),
        ("'; DROP TABLE documents; --", None),
    ],
)
def test_web_search_takes_what_people_type(
    client: TestClient, typed: str, finds: bool | None
) -> None:
    page = client.get("/search", params={"q": typed})
    assert page.status_code == 200
    body = client.get("/api/search", params={"q": typed}).json()
    if finds:
        assert body["documents"]["documents"] and body["events"]["events"]
    assert client.get("/api/events", params={"q": typed}).status_code == 200


def test_web_search_al_sudani_finds_events_and_documents(client: TestClient) -> None:
    page = client.get("/search?q=al-Sudani").text
    assert links(page, "/documents/") and links(page, "/events/")


@pytest.mark.parametrize(
    "path",
    [
        "/events/nope",
        "/documents/nope",
        "/documents/..%2F..%2Fetc%2Fpasswd",
        "/actors/Nobody%20Anywhere",
        "/no/such/page",
    ],
)
def test_web_unknown_ids_are_404_pages(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    api = client.get("/api" + path if not path.startswith("/no/") else "/api/no/such")
    assert api.status_code == 404
    assert "detail" in api.json()


@pytest.mark.parametrize(
    "query",
    [
        "from=yesterday",
        "from=2025-13",
        "from=2025&to=2024",
        "pair=Iraq",
        "pair=a&pair=b&pair=c",
        "limit=0",
        "limit=501",
        "page=0",
        "page=two",
        "q=" + "+".join(["word"] * 65),
        "actor=" + "x" * 501,
    ],
)
def test_web_bad_parameters_are_422(client: TestClient, query: str) -> None:
    api = client.get(f"/api/events?{query}")
    assert api.status_code == 422, api.text
    assert api.json()["detail"]
    assert client.get(f"/?{query}").status_code == 422


def test_web_docs_list_the_endpoints_without_a_cdn(client: TestClient) -> None:
    docs = client.get("/docs").text
    for path in ("/api/events", "/api/events/{event_id}", "/api/search", "/openapi.json"):
        assert path in docs
    assert "cdn" not in docs.lower() and "<script" not in docs
    schema = client.get("/openapi.json").json()
    assert {"/api/events", "/api/actors/{name}", "/api/documents/{key}"} <= set(schema["paths"])
    assert client.get("/redoc").status_code == 404


def test_web_style_is_served_with_the_plover_colours(client: TestClient) -> None:
    css = client.get("/static/style.css")
    assert css.headers["content-type"].startswith("text/css")
    assert ".p-consult" in css.text and ".swatch" in css.text


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
@pytest.mark.parametrize("query", [{}, {"actor": "Rutte"}, {"actor": "Nobody Anywhere"}])
def test_web_downloads_in_chunks_read_as_one_export(
    web_db: Path, fmt: str, query: dict[str, str]
) -> None:
    from storyline.store.export import export_events
    from storyline.store.reader import open_read_only
    from storyline.web import filters
    from storyline.web.pages import exported as _exported

    flt = filters.build(**query)
    with open_read_only(web_db) as store:
        whole = io.StringIO()
        export_events([e.export_row() for e in filters.all_events(store, flt)], fmt, whole)  # type: ignore[arg-type]
        chunked = "".join(_exported(filters.event_chunks(store, flt, size=7), fmt))  # type: ignore[arg-type]
    assert chunked == whole.getvalue()


def test_web_actor_partner_counts_are_what_their_pair_links_show(client: TestClient) -> None:
    names = sorted({a["name"] for e in all_events(client) for a in e["actors"]})  # type: ignore[attr-defined]
    checked = 0
    for name in names:
        page = client.get(f"/actors/{quote(name, safe='')}")
        body = client.get(f"/api/actors/{quote(name, safe='')}").json()
        pair_links = [h for h in links(page.text, "/?pair=")]
        assert len(pair_links) == len(body["partners"])
        for partner, link in zip(body["partners"], pair_links, strict=True):
            shown = client.get("/api/events" + link[1:] + "&limit=500").json()
            assert shown["total"] == partner["events"] > 0, (name, partner)
            checked += 1
    assert checked > 50


@pytest.mark.parametrize(("name", "kind"), [("Iraq", "state"), ("NATO", "org")])
def test_web_actor_names_leave_out_the_bodies_that_are_part_of_it(
    client: TestClient, name: str, kind: str
) -> None:
    body = client.get(f"/api/actors/{name}").json()
    assert body["names"] == [name] and body["kinds"] == [kind]
    assert "also named" not in client.get(f"/actors/{name}").text


@pytest.mark.parametrize("titled", ["PM Al-Sudani", "Prime Minister al-Sudani"])
def test_web_actor_filter_leaves_out_titles_as_the_command_line_does(
    client: TestClient, web_db: Path, titled: str
) -> None:
    plain = [e["id"] for e in all_events(client, "actor=al-Sudani")]
    assert plain and [e["id"] for e in all_events(client, f"actor={quote(titled)}")] == plain
    shown = CliRunner().invoke(app, ["timeline", "--actor", titled, "--db", str(web_db)])
    bare = CliRunner().invoke(app, ["timeline", "--actor", "al-Sudani", "--db", str(web_db)])
    assert shown.exit_code == 0
    assert shown.output.splitlines()[1:] == bare.output.splitlines()[1:]


def test_web_search_documents_have_a_total_and_pages(client: TestClient) -> None:
    everything = client.get("/api/search?q=the&limit=500").json()["documents"]
    total = everything["total"]
    assert total == len(everything["documents"]) > 6
    seen, page = [], 1
    while True:
        listed = client.get(f"/api/search?q=the&limit=3&page={page}").json()["documents"]
        assert listed["total"] == total and listed["pages"] == -(-total // 3)
        seen += [d["id"] for d in listed["documents"]]
        if listed["next"] is None:
            break
        assert listed["next"] == f"/api/search?q=the&page={page + 1}&limit=3"
        page += 1
    assert seen == [d["id"] for d in everything["documents"]]
    html = client.get("/search?q=the&limit=3").text
    assert f"1–3 of {total}" in html and "/search?q=the&amp;page=2&amp;limit=3" in html


def test_web_search_past_the_last_page_of_both_lists_is_404(client: TestClient) -> None:
    body = client.get("/api/search?q=Rutte&limit=2").json()
    last = max(body["documents"]["pages"], body["events"]["pages"])
    assert client.get(f"/search?q=Rutte&limit=2&page={last}").status_code == 200
    past = client.get(f"/api/search?q=Rutte&limit=2&page={last + 1}")
    assert past.status_code == 404 and f"the last is page {last}" in past.json()["detail"]
    assert client.get(f"/search?q=Rutte&limit=2&page={last + 1}").status_code == 404


def test_web_search_without_a_query_gives_two_empty_lists(client: TestClient) -> None:
    body = client.get("/api/search").json()
    assert body["q"] is None and body["searchable"] is False
    for name in ("documents", "events"):
        assert body[name]["total"] == 0 and body[name][name] == [] and body[name]["next"] is None


def test_web_search_page_shows_and_keeps_every_filter_it_applies(client: TestClient) -> None:
    query = "q=Baghdad&plover=CONSULT&pair=Iraq&pair=NATO&outlet=Gulf+Wire+Daily&lang=en"
    expected = client.get(f"/api/events?{query}&limit=500").json()["total"]
    assert 0 < expected < client.get("/api/events?q=Baghdad").json()["total"]
    html = client.get(f"/search?{query}").text
    assert f"1–{expected} of {expected} · page 1 of 1" in html.split("<h2>Events</h2>")[1]
    tags = Tags(html)
    form = [a for t, a in tags.tags if t == "input" and a.get("type") == "hidden"]
    kept = [(a["name"], a["value"]) for a in form]
    assert kept == [
        ("pair", "Iraq"), ("pair", "NATO"), ("plover", "CONSULT"),
        ("outlet", "Gulf Wire Daily"), ("lang", "en"),
    ]  # fmt: skip
    chips = {a.get("href") for a in tags.with_class("a", "chip")}
    assert "/search?pair=Iraq&pair=NATO&outlet=Gulf+Wire+Daily&lang=en&q=Baghdad" in chips
    assert len(chips) == 4  # pair, plover, outlet, lang; the words are the search itself


def test_web_event_page_lists_one_report_per_document_with_all_its_sentences(
    client: TestClient,
) -> None:
    grouped = 0
    for event in all_events(client):
        sources = event["sources"]
        documents = list(dict.fromkeys(s["doc_id"] for s in sources))  # type: ignore[attr-defined]
        assert len(documents) == event["reports"] + event["copies"]  # type: ignore[operator]
        html = client.get(f"/events/{event['id']}").text
        items = Tags(html).with_class("li", "report")
        assert [i["id"] for i in items] == [f"doc-{d}" for d in documents]
        section = html.split('<ol class="reports">')[1]
        for source in sources:  # type: ignore[attr-defined]
            if source["start"] >= 0:
                assert f"/documents/{source['doc_id']}#s-{source['start']}" in section
        grouped += len(sources) > len(documents)  # type: ignore[arg-type]
    assert grouped >= 3  # events one document states in several sentences


def test_web_disagreements_and_reports_link_and_name_their_documents(client: TestClient) -> None:
    events = [e for e in all_events(client) if e["disagreements"]]
    assert events
    for event in events:
        ids = {s["doc"]: s["doc_id"] for s in event["sources"]}  # type: ignore[attr-defined]
        html = client.get(f"/events/{event['id']}").text
        tables = html.split('<table class="versions">', 1)[1].split("<h2>Reports</h2>")[0]
        reports = html.split("<h2>Reports</h2>", 1)[1]
        for disagreement in event["disagreements"]:  # type: ignore[attr-defined]
            for version in disagreement["versions"]:
                for name in version["docs"]:
                    assert f'<a href="/documents/{ids[name]}">{name}</a>' in tables
                    assert name in reports  # the report list names each document


def test_web_document_by_its_exact_name_never_a_prefix(client: TestClient) -> None:
    doc = next(d for d in _documents(client) if d["doc"] == "hostile-page")
    for path in (f"/documents/{doc['doc']}", f"/documents/{doc['id']}"):
        assert client.get(path).status_code == 200
    assert client.get(f"/api/documents/{doc['doc']}").json()["id"] == doc["id"]
    for key in (doc["doc"][:-1], doc["id"][:8], doc["doc"].upper(), f"x/{doc['doc']}"):
        assert client.get(f"/documents/{quote(key, safe='')}").status_code == 404, key
        assert client.get(f"/api/documents/{quote(key, safe='')}").status_code == 404, key


def test_web_timeline_chart_has_a_colour_key_of_the_types_it_draws(client: TestClient) -> None:
    html = client.get("/").text
    legend = html.split('<ul class="legend"', 1)[1].split("</ul>", 1)[0]
    drawn = {
        str(e["plover"]["type"])  # type: ignore[index]
        for e in all_events(client)
        if e["plover"]["type"] and len(str(e["date"] or "")) >= 7  # type: ignore[index]
    }
    assert len(drawn) > 3
    for kind in drawn:
        assert f'<span class="swatch p-{kind.lower()}"></span>{kind} (' in legend


def test_web_docs_show_code_as_code_and_link_the_paths(client: TestClient) -> None:
    docs = client.get("/docs").text
    assert "`" not in docs and "<code>export events</code>" in docs
    for path in ("/", "/search", "/api/events", "/api/search", "/openapi.json"):
        assert path in links(docs, "/")
    assert not [link for link in links(docs, "/") if "{" in link]


@pytest.mark.parametrize(
    "path", ["/", "/search?q=NATO", "/api/events?limit=2", "/docs", "/static/style.css", "/nope"]
)
def test_web_head_answers_as_get_without_the_body(client: TestClient, path: str) -> None:
    head, get = client.head(path), client.get(path)
    assert head.status_code == get.status_code != 405
    assert head.content == b""
    for name in ("content-type", "content-length", "content-security-policy"):
        assert head.headers[name] == get.headers[name]
