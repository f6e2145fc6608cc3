"""Events per month, by PLOVER type and by pair of actors, as rows for a CSV file.

One CSV, columns ``month, plover_type, type, direction, actor_a, actor_b, events, reports``:

* ``month`` is ``YYYY-MM``; ``type`` the plain event type (meet, call, agree, ...) and
  ``plover_type`` its PLOVER type, or the plain type again when it has none (statement, vote);
  ``direction`` is ``cooperation``, ``conflict`` or ``neutral`` (see
  :data:`storyline.timeline.plover.PLOVER_DIRECTION`);
* rows with ``actor_a`` = ``actor_b`` = ``*`` are totals: every event of that month and type
  counted once;
* the other rows are per pair of participants, names sorted so ``actor_a`` < ``actor_b``: an
  event with n participants counts once in each of its n(n-1)/2 pairs, an event with one
  participant has ``actor_b`` empty, one with none has both empty. So sum ``events`` over the
  ``*`` rows for counts of events, never over the pair rows. An organisation that goes by
  several names of its own ("ISIL", "Daesh") is one participant, under the name most events
  give it;
* ``events`` counts events, ``reports`` adds up their reports (documents that are not copies
  of another: see :attr:`~storyline.records.MergedEvent.reports`).

Rows are sorted by month, plover_type, type, then actors (totals first). Events dated to the
year only, or undated, have no month and are left out: :func:`left_out` lists them so a caller
can say how many.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import astuple, dataclass, fields
from typing import TextIO

from storyline.records import MergedEvent
from storyline.timeline.periods import event_period
from storyline.timeline.plover import Direction, direction
from storyline.timeline.stats import actor_names, actor_pairs, corpus_names

log = logging.getLogger(__name__)

TOTAL = "*"
"""The actor_a and actor_b of a total row (all pairs of a month and type)."""


@dataclass(frozen=True)
class SeriesRow:
    """One line of the series CSV (see the module docstring for the layout)."""

    month: str
    plover_type: str
    type: str
    direction: Direction
    actor_a: str
    actor_b: str
    events: int
    reports: int


COLUMNS = tuple(f.name for f in fields(SeriesRow))
"""The CSV header, in column order."""

_Key = tuple[str, str, str, Direction, str, str]


def month(event: MergedEvent) -> str | None:
    """``YYYY-MM`` of an event dated to the day or month; None for year-only or undated."""
    value = event.date.value
    if event_period(value) is None or value is None or len(value) < len("YYYY-MM"):
        return None
    return value[:7]


def left_out(events: Iterable[MergedEvent]) -> list[MergedEvent]:
    """The events :func:`series` cannot place in a month (year precision or undated)."""
    return [e for e in events if month(e) is None]


def series(events: Sequence[MergedEvent]) -> list[SeriesRow]:
    """Monthly counts of ``events``: a total row per month and type, and a row per pair."""
    counts: dict[_Key, list[int]] = {}
    names = corpus_names(events)
    for event in events:
        when = month(event)
        if when is None:
            continue
        kind = (when, event.plover or event.type, event.type, direction(event.plover))
        for pair in [(TOTAL, TOTAL), *_pairs(event, names)]:
            tally = counts.setdefault((*kind, *pair), [0, 0])
            tally[0] += 1
            tally[1] += event.reports
    skipped = len(left_out(events))
    if skipped:
        log.info("series: %d events without a month (year precision or undated) left out", skipped)
    return [SeriesRow(*key, *tally) for key, tally in sorted(counts.items(), key=_row_order)]


def write_csv(rows: Iterable[SeriesRow], out: TextIO) -> int:
    """Write ``rows`` with a header to ``out``; returns the number of rows written."""
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(astuple(row))
        count += 1
    return count


def _pairs(event: MergedEvent, corpus: Mapping[str, str]) -> list[tuple[str, str]]:
    """The event's pairs of participants; one participant pairs with "", none gives ("", "")."""
    names = actor_names(event, corpus)
    if len(names) < 2:
        return [((names or [""])[0], "")]
    return actor_pairs(event, corpus)


def _row_order(item: tuple[_Key, list[int]]) -> tuple[str, str, str, str, bool, str, str]:
    """Totals before the pairs of their month and type (``*`` must not sort among names)."""
    when, plover, kind, way, a, b = item[0]
    return (when, plover, kind, way, a != TOTAL, a, b)
