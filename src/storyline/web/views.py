"""What the pages show, computed from records: pure functions, no web framework.

Scraped text is hostile, so nothing here builds markup: text is cut into segments that the
templates escape, and a URL becomes a link only when :func:`safe_url` says it is http(s).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from storyline.actors.names import same_person
from storyline.actors.tenure import Holding, bundled_holdings
from storyline.merge.events import identity
from storyline.records import MergedEvent
from storyline.timeline.colours import PLOVER_COLOURS, css_class, plover_colour
from storyline.timeline.select import appears_with, names_itself
from storyline.timeline.stats import corpus_names

CONTEXT = 280
"""Characters of article text shown on each side of an evidence sentence on an event page."""
MAX_MONTH_BARS = 120
"""A chart over more months than this draws one bar per year."""
CHART_WIDTH = 960
MAX_BAR_WIDTH = 48
"""A bar is no wider than this however few periods there are (it sits mid-slot)."""
MAX_LABELLED_BARS = 24
"""Up to this many bars, every bar is labelled; over it, the first, the last and Januaries."""
CHART_HEIGHT = 120
CHART_AXIS = 18
TOP_PARTNERS = 15


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL without spaces or control characters (a link
    may be made of it), else None (``javascript:``, ``data:``, relative paths, file names)."""
    if not url or any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def actor_path(name: str, *, api: bool = False) -> str:
    """The URL path of an actor's page (every character of the name percent-encoded)."""
    return ("/api/actors/" if api else "/actors/") + quote(name, safe="")


def document_path(key: str) -> str:
    """The URL path of a document's page, by id or exact name (every character encoded)."""
    return "/documents/" + quote(key, safe="")


def document_paths(event: MergedEvent) -> dict[str, str]:
    """The page of each document an event names (in its disagreements and statements) by
    name: by id for its sources, so a name two documents share still leads to the right one."""
    return {s.doc: document_path(s.doc_id) for s in event.sources}


def code_spans(text: str) -> list[tuple[str, bool]]:
    """``text`` cut at its backticks: (piece, whether it is code), for a summary that quotes a
    command or a field (`export events`) to show as code rather than as literal backticks;
    an unpaired backtick stays text."""
    pieces = text.split("`")
    if len(pieces) % 2 == 0:
        pieces[-2:] = ["`".join(pieces[-2:])]
    return [(piece, n % 2 == 1) for n, piece in enumerate(pieces) if piece]


def sentence_anchor(start: int) -> str:
    """The id of an evidence sentence on its document page."""
    return f"s-{start}"


@dataclass(frozen=True)
class Segment:
    """A stretch of text; ``events`` non-empty when it is evidence of those merged events."""

    text: str
    events: tuple[str, ...] = ()
    anchor: str | None = None


def highlight(text: str, spans: Iterable[tuple[int, int, str]]) -> list[Segment]:
    """``text`` cut at the (start, end, event id) spans: evidence segments carry their events
    and the anchor of their start. Spans outside the text are ignored; one that overlaps an
    earlier span joins it."""
    merged: list[tuple[int, int, list[str]]] = []
    for start, end, event in sorted(spans):
        if not 0 <= start < end <= len(text):
            continue
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), [*last[2], event])
        else:
            merged.append((start, end, [event]))
    found: list[Segment] = []
    at = 0
    for start, end, events in merged:
        if start > at:
            found.append(Segment(text[at:start]))
        found.append(Segment(text[start:end], tuple(dict.fromkeys(events)), sentence_anchor(start)))
        at = end
    if at < len(text):
        found.append(Segment(text[at:]))
    return found


@dataclass(frozen=True)
class Excerpt:
    """An evidence sentence within its article text: before, the sentence, after."""

    before: str
    sentence: str
    after: str


def excerpt(text: str | None, start: int, end: int, sentence: str) -> Excerpt:
    """The sentence at ``start:end`` of ``text`` with :data:`CONTEXT` characters around it;
    the sentence alone when the offsets do not point at it (a reworded copy)."""
    if text is None or not 0 <= start < end <= len(text):
        return Excerpt("", sentence, "")
    lead = text[max(0, start - CONTEXT) : start]
    tail = text[end : end + CONTEXT]
    return Excerpt(
        ("…" if start > CONTEXT else "") + lead,
        text[start:end],
        tail + ("…" if end + CONTEXT < len(text) else ""),
    )


@dataclass(frozen=True)
class Bar:
    """One period of the time chart: stacked parts, one per PLOVER type."""

    label: str
    start: str
    end: str
    x: float
    width: float
    total: int
    parts: tuple[tuple[float, float, str, str, int], ...]
    """(y, height, colour, PLOVER type or "uncoded", events), bottom up."""


@dataclass(frozen=True)
class Label:
    """A period's name under its bar: ``x`` and the SVG ``text-anchor`` that keep it inside."""

    text: str
    x: float
    anchor: str


@dataclass(frozen=True)
class MonthChart:
    """Bars of events per month (or per year over long spans), drawn as inline SVG, with the
    labels under them and a key of the PLOVER colours drawn: (type or "uncoded", CSS class of
    its swatch, events)."""

    width: int
    height: int
    axis_y: int
    bars: tuple[Bar, ...]
    unit: str
    most: int
    labels: tuple[Label, ...] = ()
    legend: tuple[tuple[str, str, int], ...] = ()


def month_chart(months: Sequence[tuple[str, str | None, int]]) -> MonthChart | None:
    """The chart of (YYYY-MM, PLOVER type, events) rows; None when there is none. Every
    period from the first to the last gets a slot, empty ones too, so time reads evenly."""
    if not months:
        return None
    first, last = months[0][0], months[-1][0]
    periods = _months(first, last)
    unit = "month"
    if len(periods) > MAX_MONTH_BARS:
        unit, periods = "year", [str(y) for y in range(int(first[:4]), int(last[:4]) + 1)]
    counts: dict[str, Counter[str | None]] = {p: Counter() for p in periods}
    for month, plover, n in months:
        counts[month if unit == "month" else month[:4]][plover] += n
    most = max(sum(c.values()) for c in counts.values())
    slot = CHART_WIDTH / len(periods)
    width = min(max(slot - 1, 1), MAX_BAR_WIDTH)
    plot = CHART_HEIGHT - CHART_AXIS
    bars = []
    for n, name in enumerate(periods):
        y = float(plot)
        parts = []
        for plover, count in sorted(counts[name].items(), key=lambda kv: kv[0] or "~"):
            h = plot * count / most
            y -= h
            parts.append(
                (round(y, 1), round(h, 1), plover_colour(plover), plover or "uncoded", count)
            )
        bars.append(
            Bar(name, name, name, round(n * slot + (slot - width) / 2, 1), round(width, 1),
                sum(counts[name].values()), tuple(parts))
        )  # fmt: skip
    kinds: Counter[str | None] = Counter()
    for counted in counts.values():
        kinds.update(counted)
    return MonthChart(
        CHART_WIDTH, CHART_HEIGHT, plot, tuple(bars), unit, most, _labels(bars), _legend(kinds)
    )


def _labels(bars: Sequence[Bar]) -> tuple[Label, ...]:
    """Labels for the first and last bars, every January and, with few bars, every bar. The
    first and last are anchored at their outer edge, so they are never cut at the chart's."""
    found = []
    for n, bar in enumerate(bars):
        first, last = n == 0, n == len(bars) - 1
        if not (first or last or len(bars) <= MAX_LABELLED_BARS or bar.label.endswith("-01")):
            continue
        if first and not last:
            found.append(Label(bar.label, bar.x, "start"))
        elif last and not first:
            found.append(Label(bar.label, round(bar.x + bar.width, 1), "end"))
        else:
            found.append(Label(bar.label, round(bar.x + bar.width / 2, 1), "middle"))
    return tuple(found)


def _legend(kinds: Counter[str | None]) -> tuple[tuple[str, str, int], ...]:
    """The PLOVER types drawn, in the palette's order (uncoded last), with their events."""
    order = {kind: n for n, kind in enumerate(PLOVER_COLOURS)}
    drawn = sorted(kinds, key=lambda k: order.get(k.upper(), len(order)) if k else len(order) + 1)
    return tuple((kind or "uncoded", css_class(kind), kinds[kind]) for kind in drawn)


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    found = []
    while f"{year:04d}-{month:02d}" <= last:
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


@dataclass(frozen=True)
class RoleHeld:
    """A role an actor is reported in, from the first to the last event date it is seen."""

    role: str
    org: str | None
    first: str | None
    last: str | None
    events: int


@dataclass(frozen=True)
class Profile:
    """What an actor page shows beside the events."""

    query: str
    names: tuple[str, ...]
    kinds: tuple[str, ...]
    roles: tuple[RoleHeld, ...]
    holdings: tuple[Holding, ...]
    partners: tuple[tuple[str, int], ...]


def profile(query: str, events: Sequence[MergedEvent]) -> Profile:
    """Names, roles over time, table holdings and most frequent partners of the actor
    ``query`` over ``events``, its own events (as the timeline's ``--actor`` selects them):
    the participants the query names itself give the names and roles; the others are its
    partners, each counted as the pair filter counts their events together
    (:func:`storyline.timeline.select.appears_with`), so a count is what its link shows."""
    own = [(e, [a for a in e.actors if names_itself(query, a)]) for e in events]
    names = Counter(a.name for _, found in own for a in found)
    kinds = dict.fromkeys(a.kind for _, found in own for a in found)
    roles: dict[tuple[str, str | None], list[str | None]] = {}
    for event, found in own:
        for a in found:
            if a.role:
                roles.setdefault((a.role, a.org), []).append(event.date.value)
    held = [
        RoleHeld(role, org, min(_dated(d), default=None), max(_dated(d), default=None), len(d))
        for (role, org), d in roles.items()
    ]
    held.sort(key=lambda r: (r.first or "9999", r.role))
    canonical = [n for n, _ in names.most_common()]
    people = [a.name for _, found in own for a in found if a.kind == "person"]
    holdings = tuple(
        h for h in bundled_holdings() if any(same_person(h.person, n) for n in set(people))
    )
    keys = corpus_names(events)
    itself = {identity(a) for _, found in own for a in found}
    others = {identity(a) for e in events for a in e.actors} - itself
    partners = appears_with(query, events, sorted(keys[key] for key in others))
    return Profile(
        query=query,
        names=tuple(canonical),
        kinds=tuple(kinds),
        roles=tuple(held),
        holdings=tuple(sorted(holdings, key=lambda h: h.start)),
        partners=tuple(sorted(partners.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_PARTNERS]),
    )


def _dated(values: list[str | None]) -> list[str]:
    return [v for v in values if v]


def swatch(plover: str | None) -> str:
    """The CSS class of a PLOVER type's colour swatch."""
    return css_class(plover)
