from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from storyline.records import Actor, DateBasis, MergedEvent, Statement
from storyline.timeline import chronological, render, render_report
from storyline.timeline.chart import MAX_TICKS, chart, colours, radius
from storyline.timeline.colours import PLOVER_COLOURS, UNCODED, plover_colour
from storyline.timeline.lines import SUMMARY_CHARS, first_sentence
from storyline.timeline.stats import Outlets, stats
from tests.timeline.factories import GOFFUS_ROLE, day, merged, source

GOFFUS_LINE = (
    "  role of Thomas Goffus: Deputy Secretary General [docA] / Assistant Secretary General [docB]"
)
ATTACK = "<script>alert(1)</script>"


class Page(HTMLParser):
    """The start tags of an HTML page with their attributes, and its text."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def find(self, tag: str, **wanted: str) -> list[dict[str, str | None]]:
        return [
            attrs
            for name, attrs in self.tags
            if name == tag and all(attrs.get(k.rstrip("_")) == v for k, v in wanted.items())
        ]

    def marks(self) -> list[dict[str, str | None]]:
        return [a for name, a in self.tags if name == "circle" and "mark" in str(a.get("class"))]


def event_lines(text: str) -> list[str]:
    """The event lines of a text timeline (after the title, header and blank line)."""
    body = text.split("\n\n", 1)[1].split("\n\n", 1)[0]
    return [line for line in body.splitlines() if not line.startswith("  ")]


# --- text ----------------------------------------------------------------------------------


def test_render_text_one_line_per_event_in_date_order(events: list[MergedEvent]) -> None:
    lines = event_lines(render(events, "text", title="Iraq and NATO"))
    assert [line.split()[0] for line in lines] == [
        "2018",
        "2025-02*",
        "2025-02-05",
        "2025-02-20*",
        "2025-03-10",
        "undated",
    ]


def test_render_text_line_has_every_piece(events: list[MergedEvent]) -> None:
    text = render(events, "text", title="Iraq and NATO")
    meet = next(line for line in text.splitlines() if line.startswith("2025-02-05"))
    assert " meet · " in meet
    assert (
        "Mohammed Shia' Al-Sudani (Prime Minister, Iraq); Mark Rutte (Secretary General, NATO)"
        in meet
    )
    assert " · Baghdad, IQ · " in meet
    assert "received NATO Secretary General Mark Rutte in Baghdad on Wednesday." in meet
    assert "advisory mission" not in meet
    assert meet.endswith(" · 2 reports (+1 copy), 3 outlets (2 independent)")


def test_render_text_starts_with_title_and_counts(events: list[MergedEvent]) -> None:
    first, second = render(events, "text", title="Iraq and NATO").splitlines()[:2]
    assert first == "Iraq and NATO"
    assert second == (
        "6 events · 4 reports · 4 outlets (3 independent) · 2018 to 2025-03-10 (1 undated)"
    )


def test_render_text_shows_disagreements_under_their_event(events: list[MergedEvent]) -> None:
    lines = render(events, "text", title="t").splitlines()
    at = lines.index(GOFFUS_LINE)
    assert lines[at - 1].startswith("2025-02-05")


def test_render_text_shows_every_version_of_a_date_disagreement() -> None:
    from storyline.records import Disagreement, Version

    differ = Disagreement(
        "date", None, (Version("2025-02-05", ("docA", "docC")), Version("2025-02-04", ("docB",)))
    )
    text = render([merged(disagreements=(differ,))], "text", title="t")
    assert "  date: 2025-02-05 [docA, docC] / 2025-02-04 [docB]" in text.splitlines()


@pytest.mark.parametrize(
    ("basis", "marked"),
    [
        ("explicit", False),
        ("dateline", False),
        ("relative", False),
        ("publication", True),
        ("inferred", True),
        ("corroborated", True),
    ],
)
def test_render_text_marks_dates_not_stated_for_the_event(basis: DateBasis, marked: bool) -> None:
    text = render([merged(date=day("2025-02-05", basis))], "text", title="t")
    line = event_lines(text)[0]
    assert line.startswith("2025-02-05*" if marked else "2025-02-05 ")
    assert ("date not stated for the event itself" in text) is marked


def test_render_text_counts_in_the_singular() -> None:
    assert event_lines(render([merged()], "text", title="t"))[0].endswith("1 report, 1 outlet")


def test_render_text_has_no_markup(events: list[MergedEvent]) -> None:
    text = render(events, "text", title="t")
    assert "\x1b" not in text
    assert "[/" not in text
    assert "<" not in text


def test_render_text_names_a_participant_without_role_alone() -> None:
    event = merged(actors=(Actor("Iraq", "state"), Actor("Jane Roe", "person", None, "NATO")))
    assert " · Iraq; Jane Roe (NATO) · " in render([event], "text", title="t")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", "One."),
        ("Gen. Smith met the envoy. Later they left.", "Gen. Smith met the envoy."),
        ("The U.S. envoy met J. Smith. They talked.", "The U.S. envoy met J. Smith."),
        ('He said "we agree." Then he left.', 'He said "we agree."'),
        ("Talks ended on 5 Feb. 2025 was busy.", "Talks ended on 5 Feb. 2025 was busy."),
        ("No full stop at all", "No full stop at all"),
        ("Spaces\n  inside\tare   folded. Next.", "Spaces inside are folded."),
    ],
)
def test_first_sentence_cuts_at_the_end_of_the_first_sentence(text: str, expected: str) -> None:
    assert first_sentence(text) == expected


def test_first_sentence_clips_a_very_long_sentence_at_a_word() -> None:
    cut = first_sentence("word " * 100)
    assert len(cut) <= SUMMARY_CHARS
    assert cut.endswith("word…")


# --- Markdown ------------------------------------------------------------------------------


def test_render_md_is_a_list_with_disagreements_nested(events: list[MergedEvent]) -> None:
    text = render(events, "md", title="Iraq and NATO")
    lines = text.splitlines()
    assert lines[0] == "# Iraq and NATO"
    items = [line for line in lines if line.startswith("- ")]
    assert len(items) == len(events)
    assert items[2].startswith("- **2025-02-05** meet · ")
    assert items[1].startswith("- **2025-02\\*** agree · ")
    nested = lines[lines.index(items[2]) + 1]
    assert nested == (
        "  - role of Thomas Goffus: Deputy Secretary General \\[docA\\] / "
        "Assistant Secretary General \\[docB\\]"
    )


def test_render_md_escapes_article_text() -> None:
    event = merged(summary=f"A *bold* claim {ATTACK} | [link](x) & more.")
    text = render([event], "md", title="t")
    assert ATTACK not in text
    assert "\\<script\\>alert(1)\\</script\\>" in text
    assert "\\*bold\\*" in text
    assert "\\[link\\](x)" in text
    assert "\\|" in text


# --- JSON ----------------------------------------------------------------------------------


def test_render_json_is_the_export_rows_in_date_order(events: list[MergedEvent]) -> None:
    text = render(events, "json", title="ignored")
    assert json.loads(text) == [e.export_row() for e in chronological(events)]
    assert text.startswith('[\n  {\n    "id": ')


def test_render_json_keeps_non_ascii_text() -> None:
    event = merged(actors=(Actor("Hakan Fidan", "person", "Foreign Minister", "Türkiye"),))
    assert '"org": "Türkiye"' in render([event], "json", title="t")


def test_render_json_of_no_events_is_an_empty_array() -> None:
    assert json.loads(render([], "json", title="t")) == []


@pytest.mark.parametrize("fmt", ["csv", "HTML", "", "markdown"])
def test_render_unknown_format_is_an_error(events: list[MergedEvent], fmt: str) -> None:
    with pytest.raises(ValueError, match="text, md, json, html"):
        render(events, fmt, title="t")


# --- HTML ----------------------------------------------------------------------------------


def hostile() -> MergedEvent:
    """An event with markup in every piece of article text."""
    return merged(
        "hostile",
        actors=(Actor(f"Jane {ATTACK}", "person", ATTACK, "NATO"),),
        topics=(ATTACK,),
        summary=f"They met {ATTACK} in Baghdad.",
        statements=(Statement(ATTACK, f"We said {ATTACK}.", "docA"),),
        sources=(
            source("docA", f"Read https://example.org/x {ATTACK}.", outlet=f"<b>{ATTACK}</b>"),
        ),
    )


def test_render_html_escapes_every_article_text() -> None:
    page = render([hostile()], "html", title=f"Title {ATTACK}")
    assert ATTACK not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<script") == 1
    assert "<b>" not in page


@pytest.mark.parametrize("build", ["timeline", "report"])
def test_render_html_is_self_contained(events: list[MergedEvent], build: str) -> None:
    shown = [*events, hostile()]
    page = (
        render(shown, "html", title="t")
        if build == "timeline"
        else render_report(shown, title="t", documents=7)
    )
    parsed = Page(page)
    assert not parsed.find("link")
    assert not parsed.find("img")
    assert not [a for tag, a in parsed.tags if tag == "script" and "src" in a]
    refs = [v for _, a in parsed.tags for k, v in a.items() if k in ("src", "href", "xlink:href")]
    assert refs
    assert all(str(ref).startswith("#") for ref in refs)
    assert "@import" not in page
    assert "url(" not in page


def test_render_html_has_one_details_per_event(events: list[MergedEvent]) -> None:
    parsed = Page(render(events, "html", title="t"))
    details = parsed.find("details")
    assert [d["id"] for d in details] == [f"event-{e.id}" for e in chronological(events)]


def test_render_html_details_hold_evidence_actors_statements_and_disagreements(
    events: list[MergedEvent],
) -> None:
    page = render(events, "html", title="t")
    meet = page[page.index('id="event-e-meet"') : page.index('id="event-e-call"')]
    text = " ".join(Page(meet).text)
    for expected in (
        "Al-Sudani received Rutte in Baghdad.",
        "docB · Beta Wire · 2025-02-06",
        "copy of docA",
        "Mohammed Shia' Al-Sudani",
        "Prime Minister, Iraq",
        "security cooperation",
        "Iraq is a valued partner.",
        "Deputy Secretary General",
        "Assistant Secretary General",
        "PLOVER CONSULT",
    ):
        assert expected in text, expected
    assert '<span class="side">source</span>' in meet
    assert "reports disagree" in meet


def test_render_html_summary_line_matches_the_text_line(events: list[MergedEvent]) -> None:
    page = render(events, "html", title="t")
    summary = page[page.index('id="event-e-meet"') :].split("</summary>", 1)[0]
    assert "2 reports (+1 copy), 3 outlets (2 independent)" in summary
    assert "2025-02-05" in summary


def test_render_html_chart_has_one_mark_per_dated_event(events: list[MergedEvent]) -> None:
    parsed = Page(render(events, "html", title="t"))
    marks = parsed.marks()
    dated = [e for e in events if e.date.value]
    assert len(marks) == len(dated)
    targets = {a["href"] for a in parsed.find("a") if a["href"].startswith("#event-")}
    assert targets == {f"#event-{e.id}" for e in dated}


def test_render_html_chart_colours_marks_by_type_with_a_legend(events: list[MergedEvent]) -> None:
    twice = [*events, merged("e-meet-2", date="2025-03-01")]
    page = render(twice, "html", title="t")
    by_type: dict[str, set[str]] = {}
    for mark in Page(page).marks():
        by_type.setdefault(str(mark["data-type"]), set()).add(str(mark["fill"]))
    assert all(len(fills) == 1 for fills in by_type.values())
    fills = [next(iter(f)) for f in by_type.values()]
    plover = {e.type: e.plover for e in twice}
    assert fills == [plover_colour(plover[kind]) for kind in by_type]
    legend = page[page.index('<ul class="legend">') : page.index("</ul>", page.index("legend"))]
    for kind, fill in zip(by_type, fills, strict=True):
        assert f'background: {fill}"></span>{kind} (' in legend


def test_render_html_marks_grow_with_reports(events: list[MergedEvent]) -> None:
    marks = {
        m["data-type"]: float(str(m["r"])) for m in Page(render(events, "html", title="t")).marks()
    }
    assert marks["meet"] > marks["call"]


def test_render_html_draws_month_or_year_dates_hollow(events: list[MergedEvent]) -> None:
    marks = {
        m["data-type"]: str(m["class"]) for m in Page(render(events, "html", title="t")).marks()
    }
    assert marks["agree"] == marks["launch"] == "mark imprecise"
    assert marks["meet"] == "mark"


def test_render_html_without_dated_events_draws_no_chart() -> None:
    page = render([merged(date=None)], "html", title="t")
    assert "<svg" not in page
    assert "No dated event to draw" in page


def test_render_html_lists_undated_events_after_the_dated_under_a_heading(
    events: list[MergedEvent],
) -> None:
    page = render(events, "html", title="t")
    heading = page.index('<h3 id="undated">Undated</h3>')
    assert page.index('id="event-e-request"') < heading < page.index('id="event-e-undated"')
    assert "No report of this event gives a date" in page
    undated = page[page.index('id="event-e-undated"') :]
    assert '<span class="date undated" title="no report of this event gives a date">undated' in (
        undated
    )
    assert "<dd>undated: no report of this event gives a date" in undated
    assert "1 undated event is not drawn" in page


def test_render_html_dated_event_has_a_machine_readable_date(events: list[MergedEvent]) -> None:
    times = Page(render(events, "html", title="t")).find("time")
    assert [t["datetime"] for t in times] == [
        e.date.value for e in chronological(events) if e.date.value
    ]


def test_render_html_only_undated_events_are_still_listed() -> None:
    page = render([merged("u", date=None)], "html", title="t")
    assert "No event." not in page
    assert 'id="event-u"' in page[page.index('<h3 id="undated">') :]


def test_render_md_lists_the_undated_event_last_and_says_so(events: list[MergedEvent]) -> None:
    items = [line for line in render(events, "md", title="t").splitlines() if line[:2] == "- "]
    assert items[-1].startswith("- **undated** statement · NATO")
    assert all("undated" not in item for item in items[:-1])


def test_render_html_of_no_events_is_still_a_page() -> None:
    page = render([], "html", title="Empty")
    assert page.startswith("<!DOCTYPE html>")
    assert "No event." in page


def test_render_timeline_has_no_corpus_summary(events: list[MergedEvent]) -> None:
    assert "Top actors" not in render(events, "html", title="t")


def test_render_report_adds_corpus_summary(events: list[MergedEvent]) -> None:
    page = render_report(events, title="Corpus", documents=9)
    parsed = Page(page)
    text = " ".join(t.strip() for t in parsed.text if t.strip())
    assert "documents 9" in text
    assert "events 6" in text
    assert "reports 4" in text
    assert "first 2018" in text and "last 2025-03-10" in text
    actors = page[
        page.index('class="top-actors"') : page.index("</table>", page.index("top-actors"))
    ]
    assert '<td>NATO</td><td class="n">3</td>' in actors
    pairs = page[page.index('class="top-pairs"') :]
    assert "Iraq — NATO" in pairs


def test_stats_count_an_organisation_under_the_name_most_events_give() -> None:
    named = [
        merged("a", actors=(Actor("Daesh", "org"), Actor("Iraq", "state"))),
        merged("b", actors=(Actor("ISIL", "org"), Actor("Iraq", "state"))),
        merged("c", actors=(Actor("ISIL", "org"),)),
    ]
    counted = stats(named)
    assert counted.actors == (("ISIL", 3), ("Iraq", 2))
    assert counted.pairs == (("ISIL", "Iraq", 2),)


def test_stats_count_reports_outlets_types_actors_and_pairs(events: list[MergedEvent]) -> None:
    counted = stats(events)
    assert (counted.events, counted.reports) == (6, 4)  # the copy is no report
    assert counted.outlets == Outlets(("Delta Post", "Alpha News", "Beta Wire", "Gamma"), 0, 3)
    assert (counted.first, counted.last, counted.undated) == ("2018", "2025-03-10", 1)
    assert counted.types[0] == ("agree", 1)
    assert sum(n for _, n in counted.types) == 6
    assert counted.actors[:2] == (("NATO", 3), ("Mark Rutte", 2))
    assert ("Mark Rutte", "Thomas Goffus", 1) in counted.pairs


# --- chart layout --------------------------------------------------------------------------


def test_colours_rank_types_by_frequency_in_their_plover_colour() -> None:
    events = [
        merged("a", type="call", plover="CONSULT"),
        merged("b", type="attack", plover="ASSAULT"),
        merged("c", type="attack", plover="ASSAULT"),
        merged("d", type="command", plover=None),
    ]
    assert list(colours(events)) == ["attack", "call", "command"]
    assert colours(events) == {
        "attack": PLOVER_COLOURS["ASSAULT"],
        "call": PLOVER_COLOURS["CONSULT"],
        "command": UNCODED,
    }


def test_colours_one_per_plover_type() -> None:
    assert len(set(PLOVER_COLOURS.values())) == len(PLOVER_COLOURS)
    assert UNCODED not in PLOVER_COLOURS.values()
    assert plover_colour("consult") == PLOVER_COLOURS["CONSULT"]
    assert plover_colour(None) == plover_colour("NOT-A-TYPE") == UNCODED


@pytest.mark.parametrize(("fewer", "more"), [(1, 2), (2, 5), (5, 16)])
def test_radius_grows_with_reports(fewer: int, more: int) -> None:
    assert radius(fewer) < radius(more)


def test_radius_is_capped() -> None:
    assert radius(100) == radius(1000)


EVERY_OTHER_DAY = [f"2025-02-{d:02}" for d in range(5, 20, 2)]


@pytest.mark.parametrize(
    ("dates", "labels"),
    [
        (["2018", "2025-03-10"], [str(y) for y in range(2018, 2026)]),
        (["2024-03-15", "2025-02-05"], ["2024-05", "2024-07", "2024-09", "2024-11", "2025-01"]),
        (["2025-02-05", "2025-02-20"], EVERY_OTHER_DAY),
        (["1990", "2025"], [str(y) for y in range(1990, 2026, 5)]),
    ],
)
def test_chart_ticks_at_round_dates_within_the_span(dates: list[str], labels: list[str]) -> None:
    shown = [merged(str(n), date=value) for n, value in enumerate(dates)]
    laid_out = chart(shown, colours(shown))
    assert laid_out is not None
    ticks = laid_out.ticks
    assert [t.label for t in ticks] == labels
    assert len(ticks) <= MAX_TICKS
    assert [t.x for t in ticks] == sorted(t.x for t in ticks)
    assert all(laid_out.left <= t.x <= laid_out.width - laid_out.right for t in ticks)


def test_chart_places_marks_in_time_order_and_apart_on_the_same_day() -> None:
    shown = [
        merged("a", date="2025-02-05"),
        merged("b", date="2025-02-05"),
        merged("c", date="2025-03-01"),
    ]
    laid_out = chart(shown, colours(shown))
    assert laid_out is not None
    a, b, c = laid_out.marks
    assert a.x == b.x < c.x
    assert a.y != b.y
    assert len(laid_out.lanes) == 1


def test_chart_counts_undated_events() -> None:
    shown = [merged("a"), merged("b", date=None)]
    laid_out = chart(shown, colours(shown))
    assert laid_out is not None
    assert (len(laid_out.marks), laid_out.undated) == (1, 1)


def test_render_html_tooltips_escape_and_describe_each_mark() -> None:
    page = render([hostile(), merged("other", date="2025-03-01")], "html", title="t")
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert svg.count("<title>") == 2
    assert "2025-02-05 · meet · Jane &lt;script&gt;" in svg
    assert re.search(r"<title>[^<]*1 report, 1 outlet", svg)


def test_render_html_goffus_disagreement_lists_versions_with_docs() -> None:
    page = render([merged(disagreements=(GOFFUS_ROLE,))], "html", title="t")
    assert "<strong>Deputy Secretary General</strong> — docA" in page
    assert "<strong>Assistant Secretary General</strong> — docB" in page
    assert "role of Thomas Goffus:" in page
