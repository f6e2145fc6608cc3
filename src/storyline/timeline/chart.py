"""The time chart of an HTML timeline, laid out in Python and drawn as inline SVG by the template.

Time runs left to right from the earliest to the latest dated event. Each event type has its
own lane (and colour); each event is one circle placed at the middle of its date's period (a
month-precision event sits mid-month, drawn hollow), larger the more reports carry it. Circles
that would overlap in a lane move to the next row of the lane. Undated events are not drawn.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from math import sqrt

from storyline.records import MergedEvent
from storyline.timeline.colours import plover_colour
from storyline.timeline.lines import anchor, counts, first_sentence
from storyline.timeline.periods import event_period
from storyline.timeline.stats import outlets_of

WIDTH = 960
LEFT = 120
"""Room for the lane labels (event types)."""
RIGHT = 24
AXIS = 34
"""Height of the time axis under the lanes: tick marks and their labels."""
LANE_PAD = 6
R_MIN = 4.0
R_STEP = 2.5
R_MAX = 14.0
"""A mark's radius is R_MIN for one report and grows with the square root of the count (so
its area follows the count) up to R_MAX, reached at 17 reports."""
MAX_ROWS = 4
"""Rows per lane before overlapping marks are allowed to overlap."""
MAX_TICKS = 10
DAY_SPANS = 62
"""Spans up to about two months get day ticks; longer ones month or year ticks."""
TICK_STEPS = (
    ("day", 1), ("day", 2), ("day", 7), ("day", 14),
    ("month", 1), ("month", 2), ("month", 3), ("month", 6),
    ("year", 1), ("year", 2), ("year", 5), ("year", 10), ("year", 25), ("year", 50),
)  # fmt: skip


@dataclass(frozen=True)
class Mark:
    """One event on the chart: a circle linked to the event's entry below the chart."""

    anchor: str
    type: str
    x: float
    y: float
    r: float
    colour: str
    imprecise: bool
    """Dated to the month or year only: drawn hollow."""
    tooltip: str


@dataclass(frozen=True)
class Lane:
    """The band of one event type: its label, colour and vertical extent."""

    type: str
    colour: str
    count: int
    top: float
    height: float


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Chart:
    """Everything the template needs to draw the SVG."""

    width: int
    height: float
    left: int
    right: int
    axis_y: float
    lanes: tuple[Lane, ...]
    marks: tuple[Mark, ...]
    ticks: tuple[Tick, ...]
    undated: int


def colours(events: Iterable[MergedEvent]) -> dict[str, str]:
    """A colour per event type, the most frequent types first (ties by name): the colour of
    the PLOVER type most of its events have (:mod:`storyline.timeline.colours`), so a type is
    drawn as its PLOVER type is everywhere else."""
    counted = Counter(e.type for e in events)
    plovers: dict[str, Counter[str | None]] = {}
    for event in events:
        plovers.setdefault(event.type, Counter())[event.plover] += 1
    ranked = sorted(counted, key=lambda t: (-counted[t], t))
    return {kind: plover_colour(plovers[kind].most_common(1)[0][0]) for kind in ranked}


def radius(reports: int) -> float:
    """The radius of a mark for an event carried by ``reports`` documents."""
    return min(R_MAX, R_MIN + R_STEP * sqrt(max(reports, 1) - 1))


def chart(events: Sequence[MergedEvent], palette: dict[str, str]) -> Chart | None:
    """The chart of ``events``, or None when none of them is dated."""
    dated = [(e, span) for e in events if (span := event_period(e.date.value)) is not None]
    if not dated:
        return None
    first = min(span[0] for _, span in dated)
    last = max(span[1] for _, span in dated)
    scale = _Scale(first, last + timedelta(days=1))
    lanes, marks, top = [], [], 0.0
    for kind in sorted({e.type for e, _ in dated}, key=list(palette).index):
        group = [(e, scale.x_mid(*span)) for e, span in dated if e.type == kind]
        placed, height = _lane_marks(group, palette[kind], top)
        lanes.append(Lane(kind, palette[kind], len(group), top, height))
        marks.extend(placed)
        top += height
    return Chart(
        width=WIDTH,
        height=top + AXIS,
        left=LEFT,
        right=RIGHT,
        axis_y=top,
        lanes=tuple(lanes),
        marks=tuple(marks),
        ticks=tuple(scale.ticks()),
        undated=len(events) - len(dated),
    )


def _lane_marks(
    group: list[tuple[MergedEvent, float]], colour: str, top: float
) -> tuple[list[Mark], float]:
    """The marks of one lane, each in the first row where it overlaps no earlier mark."""
    row_height = 2 * R_MAX + 2
    ends: list[float] = []
    marks = []
    for event, x in sorted(group, key=lambda pair: pair[1]):
        r = radius(event.reports)
        row = next((n for n, end in enumerate(ends) if x - r >= end), len(ends))
        if row == MAX_ROWS:
            row = min(range(MAX_ROWS), key=ends.__getitem__)
        if row == len(ends):
            ends.append(0.0)
        ends[row] = x + r + 1
        y = top + LANE_PAD + row_height * row + row_height / 2
        marks.append(_mark(event, x, y, r, colour))
    return marks, 2 * LANE_PAD + row_height * max(len(ends), 1)


def _mark(event: MergedEvent, x: float, y: float, r: float, colour: str) -> Mark:
    names = ", ".join(a.name for a in event.actors) or "no named participant"
    carried = counts(event.reports, outlets_of(event.sources), event.copies)
    tooltip = (
        f"{event.date.value} · {event.type} · {names} · {carried}\n{first_sentence(event.summary)}"
    )
    return Mark(
        anchor=anchor(event.id),
        type=event.type,
        x=round(x, 1),
        y=round(y, 1),
        r=round(r, 1),
        colour=colour,
        imprecise=event.date.precision not in (None, "day"),
        tooltip=tooltip,
    )


class _Scale:
    """Days to x pixels over ``[first, end)``, with ticks at round days, months or years."""

    def __init__(self, first: date, end: date) -> None:
        self.first, self.end = first, end
        self.days = max((end - first).days, 1)
        self.plot = WIDTH - LEFT - RIGHT - 2 * R_MAX

    def x(self, day: date) -> float:
        return LEFT + R_MAX + self.plot * (day - self.first).days / self.days

    def x_mid(self, first: date, last: date) -> float:
        """The middle of the days ``first`` to ``last`` inclusive."""
        return (self.x(first) + self.x(last + timedelta(days=1))) / 2

    def ticks(self) -> list[Tick]:
        """Round dates in the span, at the finest step that gives at most MAX_TICKS of them."""
        for unit, step in TICK_STEPS:
            if unit == "day" and self.days > DAY_SPANS:
                continue
            days = _tick_days(self.first, self.end, unit, step)
            if len(days) <= MAX_TICKS:
                return [Tick(round(self.x(d), 1), _tick_label(d, unit)) for d in days]
        return []


def _tick_days(first: date, end: date, unit: str, step: int) -> list[date]:
    """Every ``step`` days, or the first days of months (years) whose number is a multiple of
    ``step`` (Jan/Apr/Jul/Oct for 3 months, 2020/2025 for 5 years), inside ``[first, end)``."""
    if unit == "day":
        return [first + timedelta(days=n) for n in range(0, (end - first).days, step)]
    every = step if unit == "month" else 12 * step
    index = first.year * 12 + first.month - 1 + (first.day > 1)
    index += -index % every
    found = []
    while (day := date(index // 12, index % 12 + 1, 1)) < end:
        found.append(day)
        index += every
    return found


def _tick_label(day: date, unit: str) -> str:
    return {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}[unit]
