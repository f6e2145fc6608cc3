"""Which merged event each reported event joins, one report at a time (incremental).

Merged events are indexed by (participant, month) so a new report is compared only with
events that share a participant and could be near in time: the work per report stays flat as
the corpus grows. A document's main event first tries the main event of its story (documents
that tell one story report one main happening even when their wording is coded differently);
otherwise, and for every other event, the rules of :mod:`storyline.merge.events` decide.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from storyline.merge.events import SOFT_DAYS, Report, Row, dates_fit, fits_reports

LOOK_BACK_DAYS = 31
"""How far before its publication day an undated report's event is looked for."""
MAX_CANDIDATES = 32
"""Merged events looked at per (participant, bucket): the most recently joined ones."""


@dataclass
class Merger:
    """Merged events and their members; :meth:`add` places one report."""

    members: dict[str, list[Row]] = field(default_factory=dict)
    story_main: dict[str, str] = field(default_factory=dict)
    doc_main: dict[str, str] = field(default_factory=dict)
    """The merged event each article's main event is in."""
    touched: set[str] = field(default_factory=set)
    _index: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    _created: dict[str, int] = field(default_factory=dict)
    _reports: dict[str, list[Report]] = field(default_factory=dict)
    _kinds: dict[str, set[tuple[str, bool]]] = field(default_factory=dict)

    def load(
        self, event_id: str, row: Row, *, story: str | None = None, main: bool = False
    ) -> None:
        """Put back a report already placed by an earlier run (nothing is decided again)."""
        self._join(event_id, Report.of(row))
        self._main(event_id, row, story, main)

    def add(self, row: Row, *, story: str | None = None, main: bool = False) -> str:
        """Place a new report; returns the id of the merged event it joined or founded."""
        report = Report.of(row)
        event_id = self._story_event(report, story) if main else None
        event_id = event_id or self._best(report) or new_id(row["id"])
        self._join(event_id, report)
        self._main(event_id, row, story, main)
        self.touched.add(event_id)
        return event_id

    def _main(self, event_id: str, row: Row, story: str | None, main: bool) -> None:
        if main:
            self.doc_main.setdefault(str(row["sources"][0]["doc_id"]), event_id)
            if story is not None:
                self.story_main.setdefault(story, event_id)

    def _story_event(self, report: Report, story: str | None) -> str | None:
        event_id = self.story_main.get(story) if story is not None else None
        if event_id is None:
            return None
        members = self._reports[event_id]
        return event_id if all(dates_fit(report, m) for m in members) else None

    def _best(self, report: Report) -> str | None:
        keys = report.keys
        best: tuple[int, int, str] | None = None
        for event_id in self._candidates(report):
            members = self._reports[event_id]
            # Most candidates are of another type: a cheap test before the full one.
            if (report.family, report.background) not in self._kinds[event_id]:
                continue
            if fits_reports(report, members):
                shared = max(len(keys & m.keys) for m in members)
                # Ties go to the event made first, whatever order the keys come in.
                rank = (shared, -self._created[event_id], event_id)
                if best is None or rank > best:
                    best = rank
        return best[2] if best else None

    def _candidates(self, report: Report) -> Iterator[str]:
        seen: set[str] = set()
        buckets = _near_buckets(report)
        for key in sorted(report.keys):
            for bucket in buckets:
                for event_id in reversed(self._index.get((key, bucket), [])[-MAX_CANDIDATES:]):
                    if event_id not in seen:
                        seen.add(event_id)
                        yield event_id

    def _join(self, event_id: str, report: Report) -> None:
        self._created.setdefault(event_id, len(self._created))
        self.members.setdefault(event_id, []).append(report.row)
        self._reports.setdefault(event_id, []).append(report)
        self._kinds.setdefault(event_id, set()).add((report.family, report.background))
        home = _bucket(report)
        for key in report.keys:
            bucket = self._index[(key, home)]
            if not bucket or bucket[-1] != event_id:
                bucket.append(event_id)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a large batch is placed.

    Placing creates many small objects and no reference cycles; with the collector on, its
    full passes over an ever larger heap made placement grow faster than the input (measured
    in ``bench/bench_merge.py``: 2.4× per doubling with it, 2.2× without)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def new_id(founder: str) -> str:
    """A merged event's id: derived from the report that founded it, so it never changes."""
    return "m" + hashlib.sha1(founder.encode("utf-8")).hexdigest()[:15]


def _bucket(report: Report) -> str:
    span = report.span
    if span is None:
        return "?"
    if span[0].year != span[1].year or span[0].month != span[1].month:
        return f"{span[0].year}"
    return f"{span[0].year}-{span[0].month:02d}"


def _near_buckets(report: Report) -> list[str]:
    """Buckets a compatible event can be in: the months within a few days of the report's
    date, its year(s), and undated."""
    span = report.span
    if span is None:
        row = report.row
        published = next(
            (s.get("published") for s in row.get("sources") or [] if s.get("published")), None
        )
        if not published:
            return ["?"]
        day = dt.date.fromisoformat(published[:10])
        # An undated report may come out weeks after what it reports.
        span = (day - dt.timedelta(days=LOOK_BACK_DAYS), day)
    slack = dt.timedelta(days=SOFT_DAYS)
    first, last = span[0] - slack, span[1] + slack
    buckets = {"?", str(first.year), str(last.year)}
    month = dt.date(first.year, first.month, 1)
    while month <= last:
        buckets.add(f"{month.year}-{month.month:02d}")
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return sorted(buckets)
