"""The web pages, `storyline report` and `timeline --format html` share one base stylesheet
and one PLOVER palette (storyline/timeline/templates/base.css, timeline/colours.py)."""

from __future__ import annotations

from importlib import resources

from storyline.timeline import render, render_report
from storyline.timeline.colours import PLOVER_COLOURS
from storyline.timeline.colours import stylesheet as colour_rules
from storyline.web.render import stylesheet
from tests.timeline.factories import merged

BASE = resources.files("storyline.timeline").joinpath("templates/base.css").read_text("utf-8")


def test_shared_style_web_pages_start_from_the_report_base_and_palette() -> None:
    assert stylesheet().startswith(BASE.rstrip("\n"))
    assert colour_rules() in stylesheet()


def test_shared_style_html_timeline_and_report_embed_the_same_base_and_colours() -> None:
    events = [merged("e1", plover="CONSULT"), merged("e2", date="2024-04")]
    for page in (
        render(events, "html", title="t"),
        render_report(events, title="t", documents=2),
    ):
        assert BASE.strip() in page
        assert PLOVER_COLOURS["CONSULT"] in page
