"""Search over events' own words and whole-name actor filters, in-process, over small stores
of our own invention: the web app and the command line resolve names alike."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.actors.names import fold
from storyline.records import Actor, EventDate, MergedEvent
from storyline.store import Writer
from storyline.store.reader import open_read_only
from storyline.timeline import Filter
from storyline.timeline.load import timeline_events
from storyline.web import create_app, filters
from storyline.web.filters import EventFilter
from tests.store.factories import article
from tests.store.test_event_search import dredging, write
from tests.timeline.factories import merged, source
from tests.web.helpers import links


@pytest.fixture
def quay(tmp_path: Path) -> Iterator[tuple[Path, TestClient]]:
    path = tmp_path / "quay.db"
    write(path, dredging())
    with TestClient(create_app(path)) as client:
        yield path, client


def test_web_search_finds_an_event_by_its_own_words(quay: tuple[Path, TestClient]) -> None:
    _, client = quay
    page = client.get("/search", params={"q": "Teague harbourmaster"})
    assert page.status_code == 200
    assert links(page.text, "/events/") and not links(page.text, "/documents/")
    body = client.get("/api/search", params={"q": "Teague harbourmaster"}).json()
    assert body["documents"]["documents"] == [] and body["documents"]["total"] == 0
    (event,) = body["events"]["events"]
    assert event["id"] == "m-dredge" and event["summary"] == "Quillon Teague visited Marrowby."
    assert client.get("/api/events", params={"q": "Lowmere"}).json()["total"] == 1
    timeline = client.get("/", params={"q": "dredging"}).text
    assert "/events/m-dredge" in links(timeline, "/events/")


@pytest.mark.parametrize(
    "typed", ['"', "NEAR(", "*", "'", "al-Sudani", "Shia'", "NEAR(a b) OR", "actors:Teague"]
)
def test_web_search_of_events_takes_any_text(quay: tuple[Path, TestClient], typed: str) -> None:
    _, client = quay
    for path in ("/search", "/api/search", "/api/events", "/"):
        answer = client.get(path, params={"q": typed})
        assert answer.status_code == 200, (path, typed, answer.text[:200])


def test_web_store_without_the_event_index_searches_documents_with_a_note(
    quay: tuple[Path, TestClient],
) -> None:
    path, _ = quay
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE merged_fts")
        conn.execute("DROP TABLE merged_text")
        conn.execute("PRAGMA user_version = 6")
    with TestClient(create_app(path)) as client:
        page = client.get("/search", params={"q": "Teague"})
        assert page.status_code == 200 and "lacks full text over merged events" in page.text
        assert client.get("/api/search", params={"q": "Teague"}).json()["events"]["total"] == 0
        by_document = client.get("/api/search", params={"q": "dockworkers"}).json()
        assert by_document["events"]["total"] == 1 and by_document["documents"]["total"] == 1


def numbered(path: Path) -> list[MergedEvent]:
    """Events of numbered bodies and couriers, whose names are prefixes of one another."""
    council = [Actor(f"Harbour Council {n}", "org", side="target") for n in (3, 30, 31)]
    couriers = [Actor(f"Courier{n} Lane", "person", "Envoy", side="source") for n in (7, 70)]
    events = [
        merged(f"m{n}", actors=(courier, body), sources=(source("quay"),))
        for n, (courier, body) in enumerate((c, b) for c in couriers for b in council)
    ]
    doc = article("The couriers met the councils.", source="pages/quay.txt")
    with Writer(path) as writer:
        writer.put_article(doc)
        members = [(f"r-{e.id}", e.id, doc.id, None, True) for e in events]
        names = {e.id: {fold(a.name) for a in e.actors} for e in events}
        writer.put_merged(events, members, names)
    return events


@pytest.mark.parametrize(
    ("pair", "expected"),
    [
        (("Courier7 Lane", "Harbour Council 3"), ["m0"]),
        (("Harbour Council 30", "Courier70 Lane"), ["m4"]),
        (("Lane", "Harbour Council 31"), ["m2", "m5"]),
        (("Courier7", "Harbour Council"), []),
    ],
)
def test_web_pair_filter_names_whole_names_as_the_command_line_does(
    tmp_path: Path, pair: tuple[str, str], expected: list[str]
) -> None:
    path = tmp_path / "n.db"
    numbered(path)
    with open_read_only(path) as store:
        web = filters.all_events(store, EventFilter(pair=pair))
        cli = timeline_events(store, Filter(pair=pair))
    assert [e.id for e in web] == [e.id for e in cli] == expected
    with TestClient(create_app(path)) as client:
        answer = client.get("/api/events", params=[("pair", pair[0]), ("pair", pair[1])])
        assert [e["id"] for e in answer.json()["events"]] == expected


@pytest.mark.parametrize("typed", ['"', "*", "(", "'", "() *", '" "'])
def test_web_query_without_a_word_matches_nothing_and_says_so(
    quay: tuple[Path, TestClient], typed: str
) -> None:
    _, client = quay
    assert client.get("/api/events").json()["total"] == 1
    body = client.get("/api/search", params={"q": typed}).json()
    assert body["searchable"] is False and body["documents"]["documents"] == []
    assert body["events"]["total"] == 0 and body["events"]["events"] == []
    for query in ({"q": typed}, {"q": typed, "actor": "Teague"}):
        assert client.get("/api/events", params=query).json()["total"] == 0
        timeline = client.get("/", params=query).text
        assert "Nothing to search for" in timeline and not links(timeline, "/events/")
    search = client.get("/search", params={"q": typed}).text
    assert "Nothing to search for" in search and not links(search, "/events/")
    assert "No document holds every word" not in search


def test_web_query_with_a_word_is_searchable(quay: tuple[Path, TestClient]) -> None:
    _, client = quay
    body = client.get("/api/search", params={"q": "Teague *"}).json()
    assert body["searchable"] is True and body["events"]["total"] == 1
    assert "Nothing to search for" not in client.get("/", params={"q": "Teague"}).text


def test_web_document_name_two_documents_share_names_their_ids(tmp_path: Path) -> None:
    path = tmp_path / "twin.db"
    first = article("The lock keeper opened the sluice at noon.", source="east/sluice.txt")
    second = article("The lock keeper closed the sluice at dusk.", source="west/sluice.txt")
    with Writer(path) as writer:
        writer.put_article(first)
        writer.put_article(second)
    with TestClient(create_app(path)) as client:
        for route in ("/documents/sluice", "/api/documents/sluice"):
            answer = client.get(route)
            assert answer.status_code == 404
            assert first.id in answer.text and second.id in answer.text
        assert client.get(f"/api/documents/{second.id}").json()["doc"] == "sluice"


def test_web_undated_events_keep_a_space_before_their_type(tmp_path: Path) -> None:
    path = tmp_path / "undated.db"
    write(path, replace(dredging(), date=EventDate(None, None, None)))
    with TestClient(create_app(path)) as client:
        for page in ("/", "/actors/Quillon%20Teague", "/search?q=Teague"):
            html = client.get(page).text
            assert 'undated</span>\n<span class="type">' in html, page
            assert re.search(r"undated</span>\S", html) is None, page
