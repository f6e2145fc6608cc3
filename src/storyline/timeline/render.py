"""A timeline of merged events as plain text, Markdown, JSON or one offline HTML file.

Every format shows the events in chronological order (:func:`chronological`), one line each
(see :mod:`storyline.timeline.lines`), with the reports' disagreements under the line. Events
no report dates come last, their date shown as "undated", and the header counts them:

* ``text``: plain lines, no markup (the CLI may colour them);
* ``md``: a Markdown list, article text escaped so it cannot turn into markup;
* ``json``: an array of :meth:`MergedEvent.export_row` objects;
* ``html``: one self-contained page (no network: CSS, SVG chart and a few lines of script
  inline), every article text escaped by Jinja2's autoescape; undated events are not drawn on
  the chart and are listed under their own heading. A chart mark links to its event with an
  ``#event-<id>`` anchor; the script only opens the linked ``<details>``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal, get_args

from storyline.lang import text_direction
from storyline.records import MergedEvent
from storyline.timeline.chart import chart, colours
from storyline.timeline.lines import DATE_MARK, Line, line, outlet_count
from storyline.timeline.periods import event_period
from storyline.timeline.plover import direction
from storyline.timeline.select import chronological
from storyline.timeline.stats import Outlets, Stats, stats
from storyline.wording import plural

if TYPE_CHECKING:
    import jinja2

Format = Literal["text", "md", "json", "html"]
FORMATS: tuple[str, ...] = get_args(Format)
MARK_NOTE = (
    f"{DATE_MARK} date not stated for the event itself: the publication date, the date of the "
    "meeting it belongs to, or the date other reports agree on"
)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")


@dataclass(frozen=True)
class Entry:
    """An event with what the HTML template shows beside its fields."""

    event: MergedEvent
    line: Line
    colour: str
    direction: str


def render(events: Sequence[MergedEvent], fmt: str, *, title: str) -> str:
    """``events`` as a timeline in ``fmt`` (text, md, json or html); ValueError for others."""
    ordered = chronological(events)
    if fmt == "text":
        return _text(ordered, title)
    if fmt == "md":
        return _markdown(ordered, title)
    if fmt == "json":
        return json.dumps([e.export_row() for e in ordered], ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        return _html(ordered, title, documents=None)
    raise ValueError(f"unknown timeline format {fmt!r}: use one of {', '.join(FORMATS)}")


def render_report(events: Sequence[MergedEvent], *, title: str, documents: int) -> str:
    """The HTML timeline of a whole corpus of ``documents`` documents, with summary counts:
    events, reports, outlets, date range, events per type, top actors and top pairs."""
    return _html(chronological(events), title, documents=documents)


def header(counted: Stats) -> str:
    """``4 events · 5 reports · 4 outlets (3 independent) · 2025-02-05 to 2025-03 (1 undated)``:
    the outlets counted as each event's line counts them."""
    parts = [
        plural(counted.events, "event"),
        plural(counted.reports, "report"),
        outlet_count(counted.outlets),
    ]
    if counted.first is not None and counted.last is not None:
        same = counted.first == counted.last
        parts.append(counted.first if same else f"{counted.first} to {counted.last}")
    text = " · ".join(parts)
    return f"{text} ({counted.undated} undated)" if counted.undated else text


def outlet_names(outlets: Outlets) -> str:
    """``Alpha News, Beta Wire and 1 of unknown name``; ``unknown`` when no outlet is named."""
    names = ", ".join(outlets.named)
    if not outlets.unnamed:
        return names or "unknown"
    unknown = f"{outlets.unnamed} of unknown name"
    return f"{names} and {unknown}" if names else unknown


def _pieces(item: Line) -> list[str]:
    pieces = [item.type, "; ".join(item.participants), item.place or "", item.summary]
    return [p for p in pieces if p] + [item.counts]


def _date(item: Line) -> str:
    return item.date + (DATE_MARK if item.marked else "")


def _text(events: list[MergedEvent], title: str) -> str:
    items = [line(e) for e in events]
    lines = [title, header(stats(events)), ""]
    for item in items:
        lines.append(f"{_date(item):<11}  " + " · ".join(_pieces(item)))
        lines.extend(f"  {text}" for text in item.disagreements)
    if any(item.marked for item in items):
        lines += ["", MARK_NOTE]
    return "\n".join(lines) + "\n"


def md_escape(text: str) -> str:
    """``text`` with the characters that could make markup inside a list item backslash-escaped
    (emphasis, code, links, inline HTML, table pipes, strikethrough, entities)."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def _markdown(events: list[MergedEvent], title: str) -> str:
    items = [line(e) for e in events]
    lines = [f"# {md_escape(title)}", "", md_escape(header(stats(events))), ""]
    for item in items:
        rest = " · ".join(md_escape(p) for p in _pieces(item))
        lines.append(f"- **{md_escape(_date(item))}** {rest}")
        lines.extend(f"  - {md_escape(text)}" for text in item.disagreements)
    if any(item.marked for item in items):
        lines += ["", md_escape(MARK_NOTE)]
    return "\n".join(lines) + "\n"


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    """The template environment, built on first use (not at import: a text timeline does not
    load Jinja2)."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("storyline.timeline", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["text_direction"] = text_direction
    return env


def _html(events: list[MergedEvent], title: str, *, documents: int | None) -> str:
    palette = colours(events)
    counted = stats(events)
    entries = [Entry(e, line(e), palette[e.type], direction(e.plover)) for e in events]
    dated = [entry for entry in entries if event_period(entry.event.date.value) is not None]
    undated = [entry for entry in entries if event_period(entry.event.date.value) is None]
    template = _environment().get_template("report.html.j2")
    return template.render(
        outlet_names=outlet_names,
        outlet_count=outlet_count,
        title=title,
        header=header(counted),
        stats=counted,
        documents=documents,
        chart=chart(events, palette),
        legend=[
            (kind, colour, dict(counted.types).get(kind, 0)) for kind, colour in palette.items()
        ],
        entries=dated,
        undated=undated,
        marked=any(entry.line.marked for entry in entries),
        mark_note=MARK_NOTE,
    )
