"""Which merged event each reported event joins, one report at a time (incremental).

Merged events are indexed by (participant, month) so a new report is compared only with
events that share a participant and could be near in time: the work per report stays flat as
the corpus grows. A document's main event first tries the main event of its story (documents
that tell one story report one main happening even when their wording is coded differently);
otherwise, and for every other event, the rules of :mod:`storyline.merge.events` decide.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from storyline.merge.events import (
    Row,
    actor_keys,
    date_span,
    dates_compatible,
    fits,
)

MAX_CANDIDATES = 64
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

    def load(
        self, event_id: str, row: Row, *, story: str | None = None, main: bool = False
    ) -> None:
        """Put back a report already placed by an earlier run (nothing is decided again)."""
        self._join(event_id, row)
        self._main(event_id, row, story, main)

    def add(self, row: Row, *, story: str | None = None, main: bool = False) -> str:
        """Place a new report; returns the id of the merged event it joined or founded."""
        event_id = self._story_event(row, story) if main else None
        event_id = event_id or self._best(row) or new_id(row["id"])
        self._join(event_id, row)
        self._main(event_id, row, story, main)
        self.touched.add(event_id)
        return event_id

    def _main(self, event_id: str, row: Row, story: str | None, main: bool) -> None:
        if main:
            self.doc_main.setdefault(str(row["sources"][0]["doc_id"]), event_id)
            if story is not None:
                self.story_main.setdefault(story, event_id)

    def _story_event(self, row: Row, story: str | None) -> str | None:
        event_id = self.story_main.get(story) if story is not None else None
        if event_id is None:
            return None
        members = self.members[event_id]
        return event_id if all(dates_compatible(row, m) for m in members) else None

    def _best(self, row: Row) -> str | None:
        keys = actor_keys(row)
        best: tuple[int, int, str] | None = None
        for event_id in self._candidates(row, keys):
            members = self.members[event_id]
            if fits(row, members):
                shared = max(len(keys & actor_keys(m)) for m in members)
                # Ties go to the event made first, whatever order the keys come in.
                rank = (shared, -self._created[event_id], event_id)
                if best is None or rank > best:
                    best = rank
        return best[2] if best else None

    def _candidates(self, row: Row, keys: frozenset[str]) -> Iterator[str]:
        seen: set[str] = set()
        for key in sorted(keys):
            for bucket in _near_buckets(row):
                for event_id in reversed(self._index.get((key, bucket), [])[-MAX_CANDIDATES:]):
                    if event_id not in seen:
                        seen.add(event_id)
                        yield event_id

    def _join(self, event_id: str, row: Row) -> None:
        self._created.setdefault(event_id, len(self._created))
        self.members.setdefault(event_id, []).append(row)
        for key in actor_keys(row):
            bucket = self._index[(key, _bucket(row))]
            if not bucket or bucket[-1] != event_id:
                bucket.append(event_id)


def new_id(founder: str) -> str:
    """A merged event's id: derived from the report that founded it, so it never changes."""
    return "m" + hashlib.sha1(founder.encode("utf-8")).hexdigest()[:15]


def _bucket(row: Row) -> str:
    span = date_span(row.get("date"), row.get("date_precision"))
    if span is None:
        return "?"
    if span[0].year != span[1].year or span[0].month != span[1].month:
        return f"{span[0].year}"
    return f"{span[0].year}-{span[0].month:02d}"


def _near_buckets(row: Row) -> list[str]:
    """Buckets a compatible event can be in: the neighbouring months, its year, and undated."""
    span = date_span(row.get("date"), row.get("date_precision"))
    if span is None:
        published = next(
            (s.get("published") for s in row.get("sources") or [] if s.get("published")), None
        )
        if not published:
            return ["?"]
        span = date_span(published[:10], "day")
        assert span is not None
    first = span[0] - dt.timedelta(days=31)
    buckets = {"?", str(span[0].year), str(span[1].year)}
    month = dt.date(first.year, first.month, 1)
    while month <= span[1] + dt.timedelta(days=31):
        buckets.add(f"{month.year}-{month.month:02d}")
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return sorted(buckets)
