"""Timelines over merged events: which to show, as text, Markdown, JSON, HTML or a series.

::

    from storyline.timeline import Filter, render, select, series, write_csv

    shown = select(events, Filter(pair=("Iraq", "NATO"), start="2025-02"))
    page = render(shown, "html", title="Iraq and NATO")  # one offline HTML file
    write_csv(series(events), out)                       # events per month, type and pair

Everything here is pure: it takes :class:`storyline.records.MergedEvent` records and returns
strings or rows; reading the store and writing files is the caller's business.
"""

from __future__ import annotations

from storyline.timeline.render import FORMATS, render, render_report
from storyline.timeline.select import (
    Filter,
    chronological,
    parse_bound,
    select,
    undated_left_out,
)
from storyline.timeline.series import SeriesRow, left_out, series, write_csv

__all__ = [
    "FORMATS",
    "Filter",
    "SeriesRow",
    "chronological",
    "left_out",
    "parse_bound",
    "render",
    "render_report",
    "select",
    "series",
    "undated_left_out",
    "write_csv",
]
