"""The pure parts of the web app: links, highlights, excerpts, raw inputs, the month chart,
reading filters from a request, and the chart's memory of month counts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storyline.records import Actor, MergedEvent
from storyline.store.reader import open_read_only
from storyline.timeline import Filter
from storyline.timeline.select import select
from storyline.web import filters, views
from storyline.web.filters import EventFilter, FilterError
from storyline.web.memo import Remembered
from storyline.web.raw import MAX_RAW_CHARS, raw_view
from tests.store.test_browse import build


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("HTTPS://EXAMPLE.ORG/", True),
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,<script>x</script>", False),
        ("vbscript:x", False),
        ("//example.org/x", False),
        ("examples/page.txt", False),
        ("https://", False),
        ("https://exa mple.org", False),
        ("http://[::1", False),
        ("", False),
        (None, False),
    ],
)
def test_views_only_absolute_http_urls_become_links(url: str | None, link: bool) -> None:
    assert views.safe_url(url) == (url if link else None)


def test_views_highlight_cuts_text_at_evidence_and_joins_overlaps() -> None:
    text = "One. Two three. Four."
    segments = views.highlight(text, [(5, 15, "e2"), (0, 4, "e1"), (10, 21, "e3"), (50, 60, "x")])
    assert "".join(s.text for s in segments) == text
    marked = [s for s in segments if s.events]
    assert [(s.text, s.events, s.anchor) for s in marked] == [
        ("One.", ("e1",), "s-0"),
        ("Two three. Four.", ("e2", "e3"), "s-5"),
    ]
    assert views.highlight("", [(0, 3, "e")]) == []


def test_views_excerpt_keeps_context_or_falls_back_to_the_sentence() -> None:
    text = "a" * 400 + "The sentence." + "b" * 400
    shown = views.excerpt(text, 400, 413, "The sentence.")
    assert shown.sentence == "The sentence."
    assert shown.before.startswith("…") and shown.after.endswith("…")
    assert views.excerpt(None, 0, 5, "Reworded.") == views.Excerpt("", "Reworded.", "")
    assert views.excerpt("short", -1, -1, "Copy.").sentence == "Copy."


def test_views_actor_path_encodes_every_character() -> None:
    assert views.actor_path("A/B <x>?#") == "/actors/A%2FB%20%3Cx%3E%3F%23"
    assert views.actor_path("NATO", api=True) == "/api/actors/NATO"


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (b"plain <b>text</b>", "text"),
        ("caf\u00e9".encode("utf-16"), "text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (b"\xff\xfe\xfa not utf", "binary"),
        (None, "missing"),
    ],
)
def test_raw_view_shows_text_or_only_the_size(raw: bytes | None, kind: str) -> None:
    shown = raw_view(raw)
    assert shown.kind == kind
    assert shown.bytes == (len(raw) if raw else 0)
    assert (shown.text is not None) is (kind == "text")


def test_raw_view_cuts_long_text() -> None:
    shown = raw_view(b"x" * (MAX_RAW_CHARS + 10))
    assert shown.truncated and shown.text is not None and len(shown.text) == MAX_RAW_CHARS


def test_views_month_chart_gives_every_month_a_slot() -> None:
    chart = views.month_chart(
        [("2025-01", "CONSULT", 2), ("2025-01", None, 1), ("2025-04", "AGREE", 1)]
    )
    assert chart is not None
    assert [b.label for b in chart.bars] == ["2025-01", "2025-02", "2025-03", "2025-04"]
    assert [b.total for b in chart.bars] == [3, 0, 0, 1] and chart.most == 3
    first = chart.bars[0]
    assert {kind for _, _, _, kind, _ in first.parts} == {"CONSULT", "uncoded"}
    assert views.month_chart([]) is None


def test_views_month_chart_turns_to_years_over_long_spans() -> None:
    chart = views.month_chart([("2001-01", "AGREE", 1), ("2020-12", "AGREE", 2)])
    assert chart is not None and chart.unit == "year"
    assert chart.bars[0].label == "2001" and chart.bars[-1].label == "2020"


def test_filters_build_reads_and_checks_request_values() -> None:
    flt = filters.build(actor=" Rutte ", pair=["Iraq", "NATO"], plover="consult", start="2025",
                        q="al-\x00Sudani", outlet="")  # fmt: skip
    assert flt == EventFilter(actor="Rutte", pair=("Iraq", "NATO"), plover="CONSULT",
                              start="2025", q="al-Sudani")  # fmt: skip
    assert flt.url("/") == "/?actor=Rutte&pair=Iraq&pair=NATO&plover=CONSULT&from=2025&q=al-Sudani"
    assert filters.build(pair=["", ""]).pair is None
    assert EventFilter().url("/") == "/" and EventFilter().empty
    for bad in ({"pair": ["Iraq"]}, {"start": "soon"}, {"start": "2025", "end": "2024"},
                {"q": " ".join(["w"] * 65)}, {"topic": "x" * 501}):  # fmt: skip
        with pytest.raises(FilterError):
            filters.build(**bad)  # type: ignore[arg-type]


def test_memo_keeps_whole_store_answers_until_the_store_changes(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    build(db, 8)
    memo = Remembered()
    with open_read_only(db) as store:
        first = filters.find_events(store, EventFilter(), memo=memo, months=True)
        again = filters.find_events(store, EventFilter(), memo=memo, months=True)
        assert again.months is first.months and again.total == first.total == 8
        assert memo(store, "choices", store.choices) is memo(store, "choices", store.choices)
        with sqlite3.connect(db) as conn:
            conn.execute("DELETE FROM merged WHERE date LIKE '2025-02%'")
        changed = filters.find_events(store, EventFilter(), memo=memo, months=True)
        assert changed.months != first.months and changed.total < first.total


def test_memo_keeps_the_names_an_actor_query_means_until_the_store_changes(
    tmp_path: Path,
) -> None:
    db = tmp_path / "s.db"
    build(db, 8)
    memo = Remembered()
    with open_read_only(db) as store:
        assert filters.named(store, "Rutte", memo) == ("mark rutte",)
        with sqlite3.connect(db) as conn:
            conn.execute("INSERT INTO merged_actors VALUES ('lena rutte', 'm001')")
        assert filters.named(store, "Rutte", memo) == ("lena rutte", "mark rutte")


def test_views_profile_names_roles_holdings_and_partners() -> None:
    from tests.timeline.factories import GOFFUS, IRAQ, NATO, RUTTE, SUDANI, merged

    events = [
        merged("a", date="2025-02-05", actors=(RUTTE, SUDANI)),
        merged("b", date="2024-11", actors=(RUTTE, SUDANI, NATO)),
        merged("c", date="2025-03-01", actors=(RUTTE, GOFFUS, IRAQ)),
    ]
    found = views.profile("Rutte", events)
    assert found.names == ("Mark Rutte",) and found.kinds == ("person",)
    assert [(r.role, r.org, r.first, r.last, r.events) for r in found.roles] == [
        ("Secretary General", "NATO", "2024-11", "2025-03-01", 3)
    ]
    assert {h.org for h in found.holdings} == {"NATO"}
    # Iraq through its prime minister too, as the pair filter Rutte + Iraq counts it
    assert found.partners[:2] == (("Iraq", 3), ("Mohammed Shia' Al-Sudani", 2))
    assert "Mark Rutte" not in dict(found.partners)
    nato = views.profile("NATO", events)
    assert nato.names == ("NATO",) and "Mark Rutte" in dict(nato.partners)


def test_filters_chips_remove_one_filter_each() -> None:
    flt = EventFilter(actor="Rutte", pair=("Iraq", "NATO"), start="2025")
    assert flt.chips() == [
        ("actor", "Rutte", "/?pair=Iraq&pair=NATO&from=2025"),
        ("pair", "Iraq and NATO", "/?actor=Rutte&from=2025"),
        ("from", "2025", "/?actor=Rutte&pair=Iraq&pair=NATO"),
    ]


def test_views_month_chart_bars_stay_narrow_and_inside() -> None:
    chart = views.month_chart([("2025-02", "AGREE", 2)])
    assert chart is not None
    (bar,) = chart.bars
    assert bar.width == views.MAX_BAR_WIDTH
    assert bar.x > 0 and bar.x + bar.width < chart.width


PELLANE = Actor("Osric Pell’ane", "person", "Minister of Foreign Affairs", "Veyra", "source")
HOLLOWAY = Actor("Tamsin Holloway", "person", "Foreign Secretary", "Calder", "target")
VEYRA = Actor("Veyra", "state", side="source")


def _pair_count(events: list[MergedEvent], one: str, other: str) -> int:
    return len(select(events, Filter(pair=(one, other))))


def test_views_partner_counts_are_what_the_pair_filter_keeps() -> None:
    from tests.timeline.factories import merged

    events = [
        merged("a", actors=(HOLLOWAY, PELLANE)),  # Veyra only through its minister
        merged("b", actors=(VEYRA, HOLLOWAY)),
        merged("c", actors=(VEYRA, PELLANE, HOLLOWAY)),
    ]
    for query in ("Veyra", "Tamsin Holloway", "Osric Pell’ane", "Pell'ane", "Calder"):
        own = select(events, Filter(actor=query))
        partners = dict(views.profile(query, own).partners)
        for name, count in partners.items():
            assert count == _pair_count(events, query, name) > 0, (query, name)
    assert dict(views.profile("Veyra", events).partners) == {
        "Tamsin Holloway": 3,
        "Osric Pell’ane": 1,
    }
    holloway = dict(views.profile("Tamsin Holloway", events).partners)
    assert holloway == {"Osric Pell’ane": 2, "Veyra": 3}


def test_views_month_chart_labels_of_the_edges_stay_inside() -> None:
    months = [(f"{y}-{m:02d}", "AGREE", 1) for y in (2016, 2017) for m in range(3, 13)]
    chart = views.month_chart(months)
    assert chart is not None
    first, *middle, last = chart.labels
    assert (first.text, first.anchor, first.x) == ("2016-03", "start", chart.bars[0].x)
    assert (last.text, last.anchor) == ("2017-12", "end") and last.x <= chart.width
    assert last.x == round(chart.bars[-1].x + chart.bars[-1].width, 1)
    assert {label.anchor for label in middle} == {"middle"}
    (alone,) = views.month_chart([("2025-02", "AGREE", 2)]).labels  # type: ignore[union-attr]
    assert alone.anchor == "middle"


def test_views_month_chart_key_lists_the_colours_drawn_in_palette_order() -> None:
    chart = views.month_chart(
        [("2025-01", None, 2), ("2025-01", "ASSAULT", 1), ("2025-03", "AGREE", 4)]
    )
    assert chart is not None
    assert chart.legend == (
        ("AGREE", "p-agree", 4), ("ASSAULT", "p-assault", 1), ("uncoded", "p-uncoded", 2),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("as `export events` does", [("as ", False), ("export events", True), (" does", False)]),
        ("plain", [("plain", False)]),
        ("a `b", [("a `b", False)]),
        ("`x` and `y", [("x", True), (" and `y", False)]),
        ("", []),
    ],
)  # fmt: skip
def test_views_code_spans_cut_at_paired_backticks(text: str, spans: list[tuple[str, bool]]) -> None:
    assert views.code_spans(text) == spans


def test_views_actor_link_does_not_say_a_role_its_name_says() -> None:
    from storyline.web.render import fragment

    body = Actor("government of Iraq", "org", "government", "Iraq")
    person = Actor("Jane Roe", "person", "Foreign Minister", "Chile")
    assert "<small>" not in fragment("actor_link", body)
    forces = Actor("security forces", "org", "security forces", "Iraq")
    assert "<small>(Iraq)</small>" in fragment("actor_link", forces)
    envoy = Actor("Munir Haddad", "person", "Ambassador", "UN")
    assert "<small>(Ambassador, UN)</small>" in fragment("actor_link", envoy)
    assert "<small>(Foreign Minister, Chile)</small>" in fragment("actor_link", person)
