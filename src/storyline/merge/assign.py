"""Which merged event each reported event joins, one report at a time (incremental).

Merged events are indexed by (participant, month) so a new report is compared only with
events that share a participant and could be near in time: the work per report stays flat as
the corpus grows. A document's main event first tries the main event of its story (documents
that tell one story report one main happening even when their wording is coded differently);
otherwise, and for every other event, the rules of :mod:`storyline.merge.events` decide.

A report never joins an event that already holds a report of its own document: within one
document the extractor has already decided what is one event. Where a date cannot tell (the
report gives none, or no report of the event does), a report joins only an event that holds
a document of its own story, and always by the rules too: the same people meet again and
again, and sharing them says nothing of which meeting a report is of. The story's main event
takes a document's main report on the story's word alone only when both sides are dated.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice

from storyline.actors.names import AliasTable
from storyline.merge.events import (
    SOFT_DAYS,
    Report,
    date_span,
    dates_fit,
    family,
    fits_reports,
    may_be_recalled,
    other_sittings,
    untyped,
    with_others,
)
from storyline.records import Event
from storyline.store.merged import Placement as Placed

Reader = Callable[[Sequence[str]], Iterable[tuple[str, Event]]]
"""Reads the reports placed in some merged events: (merged event id, report), in placing
order."""

LOOK_BACK_DAYS = 31
"""How far before its publication day an undated report's event is looked for."""
MAX_CANDIDATES = 32
"""Merged events looked at per (participant, bucket): the most recently joined ones."""


@dataclass
class Merger:
    """Merged events and their members; :meth:`add` places one report. ``aliases``: a user's
    table of organisations and states, so that every name it gives one is one participant."""

    aliases: AliasTable | None = None
    members: dict[str, list[Event]] = field(default_factory=dict)
    story_main: dict[str, str] = field(default_factory=dict)
    doc_main: dict[str, str] = field(default_factory=dict)
    """The merged event each article's main event is in."""
    touched: set[str] = field(default_factory=set)
    _index: dict[tuple[str, str, str, bool], dict[str, None]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    """(participant, month or year or "?", type family, background) → merged events."""
    _buckets: dict[tuple[str, str, bool], set[str]] = field(
        default_factory=lambda: defaultdict(set)
    )
    _created: dict[str, int] = field(default_factory=dict)
    _docs: dict[str, set[str]] = field(default_factory=dict)
    """Each merged event's documents."""
    _stories: dict[str, set[str]] = field(default_factory=dict)
    """The stories of each merged event's documents."""
    _undated: set[str] = field(default_factory=set)
    """Merged events that hold a report giving no date."""
    _reports: dict[str, list[Report]] = field(default_factory=dict)
    _window: dict[str, tuple[dt.date, dt.date]] = field(default_factory=dict)
    """The days every dated member of an event allows (a report outside it cannot fit)."""
    reader: Reader | None = None
    """Reads the reports of merged events put back unread (:meth:`put_back`)."""
    _unread: set[str] = field(default_factory=set)
    """Merged events put back whose reports are not read yet."""

    def load(
        self, event_id: str, event: Event, *, story: str | None = None, main: bool = False
    ) -> None:
        """Put back a report already placed by an earlier run (nothing is decided again)."""
        report = Report.of(event, self.aliases)
        self._join(event_id, report, story)
        self._main(event_id, report, story, main)

    def put_back(self, event_id: str, placed: Placed, keys: Iterable[str]) -> None:
        """Put back a report placed by an earlier run without reading it: its article, story,
        date and type, filed in the index under ``keys`` only (a batch looks under no other
        key: the keys it looks under that the report is filed under). Its event's reports
        are read (by :attr:`reader`) only once a new report is compared with the event or
        the event is combined (:meth:`read`): most events a batch reaches are never."""
        span = date_span(placed.date, placed.precision)
        self._file(event_id, placed.doc_id, story=placed.story, span=span)
        self.members.setdefault(event_id, [])
        self._reports.setdefault(event_id, [])
        self._unread.add(event_id)
        self._index_under(event_id, set(keys), bucket(span), family(placed.type), placed.background)
        if placed.main:
            self.doc_main.setdefault(placed.doc_id, event_id)
            if placed.story is not None:
                self.story_main.setdefault(placed.story, event_id)

    def read(self, event_ids: Iterable[str]) -> None:
        """Read the reports of those of ``event_ids`` put back unread (:meth:`put_back`), in
        placing order, before those placed since."""
        unread = [event_id for event_id in dict.fromkeys(event_ids) if event_id in self._unread]
        if not unread:
            return
        if self.reader is None:
            raise ValueError("events were put back unread, and nothing reads them")
        found: dict[str, list[Event]] = {event_id: [] for event_id in unread}
        for event_id, event in self.reader(unread):
            found[event_id].append(event)
        for event_id, events in found.items():
            self._unread.discard(event_id)
            reports = [Report.of(event, self.aliases) for event in events]
            self.members[event_id] = events + self.members[event_id]
            self._reports[event_id] = reports + self._reports[event_id]

    def documents(self) -> set[str]:
        """The articles of every report the merger holds (read or not)."""
        return {doc for docs in self._docs.values() for doc in docs}

    def add(self, event: Event, *, story: str | None = None, main: bool = False) -> str:
        """Place a new report; returns the id of the merged event it joined or founded."""
        report = Report.of(event, self.aliases)
        event_id = self._story_event(report, story) if main else None
        event_id = event_id or self._best(report, main, story) or new_id(event.id)
        self._join(event_id, report, story)
        self._main(event_id, report, story, main)
        self.touched.add(event_id)
        return event_id

    def _main(self, event_id: str, report: Report, story: str | None, main: bool) -> None:
        if main:
            self.doc_main.setdefault(report.doc, event_id)
            if story is not None:
                self.story_main.setdefault(story, event_id)

    def _story_event(self, report: Report, story: str | None) -> str | None:
        """The main event of the report's story, when the report can be of it. The story is
        enough for a dated report of an event whose reports are all dated; where the report
        or one of the event's gives no date, the report must also agree with the event's
        reports on type and participants."""
        event_id = self.story_main.get(story) if story is not None else None
        if event_id is None or not self._may_join(report, event_id, story):
            return None
        self.read([event_id])
        members = self._reports[event_id]
        if not all(
            dates_fit(report, m) and not other_sittings(report, m) and not with_others(report, m)
            for m in members
        ):
            return None  # (a story of alike readouts may tell many calls of one man)
        if (
            report.undated
            or event_id in self._undated
            or untyped(report, *members)
            or not report.keys
        ):
            # (a development of no known type says nothing the story's main event is)
            return event_id if fits_reports(report, members) else None
        return event_id

    def _best(self, report: Report, main: bool, story: str | None = None) -> str | None:
        keys = report.keys
        best: tuple[int, int, str] | None = None
        candidates = [
            event_id
            for event_id in self._candidates(report, main)
            if not self._outside(report, event_id) and self._may_join(report, event_id, story)
        ]
        self.read(candidates)
        for event_id in candidates:
            members = self._reports[event_id]
            if fits_reports(report, members):
                shared = max(len(keys & m.keys) for m in members)
                # Ties go to the event made first, whatever order the keys come in.
                rank = (shared, -self._created[event_id], event_id)
                if best is None or rank > best:
                    best = rank
        return best[2] if best else None

    def _may_join(self, report: Report, event_id: str, story: str | None) -> bool:
        """Whether the report may be compared with the event at all: never when the event holds
        a report of its document; where no date can tell (the report gives none, or none of
        the event's reports does), only when the event holds a document of the report's story
        (a document in no story shares none)."""
        if report.doc in self._docs[event_id]:
            return False
        if not report.undated and event_id in self._window:
            return True
        return story is not None and story in self._stories.get(event_id, ())

    def _outside(self, report: Report, event_id: str) -> bool:
        """A cheap test before the full one: the report's date falls outside what the event's
        dated members allow, even with the widest slack."""
        window = self._window.get(event_id)
        if report.span is None or window is None:
            return False
        slack = dt.timedelta(days=SOFT_DAYS)
        return report.span[0] - slack > window[1] or window[0] - slack > report.span[1]

    def _candidates(self, report: Report, main: bool) -> Iterator[str]:
        seen: set[str] = set()
        near = near_buckets(report)
        for key, kind, background in looked_up(report):
            # A report with no date and no publication day can be of any time, but only an
            # article's other events look that far: a main event has its story instead.
            if near is not None:
                buckets = near
            else:
                filed = self._buckets.get((key, kind, background), ())
                buckets = ["?"] if main else sorted(filed)
            for where in buckets:
                found = self._index.get((key, where, kind, background), {})
                for event_id in islice(reversed(found), MAX_CANDIDATES):
                    if event_id not in seen:
                        seen.add(event_id)
                        yield event_id

    def _join(self, event_id: str, report: Report, story: str | None = None) -> None:
        self._file(event_id, report.doc, story=story, span=report.span)
        self.members.setdefault(event_id, []).append(report.event)
        self._reports.setdefault(event_id, []).append(report)
        keys = report.keys | report.offices
        self._index_under(event_id, keys, bucket(report.span), report.family, report.background)

    def _file(
        self, event_id: str, doc: str, *, story: str | None, span: tuple[dt.date, dt.date] | None
    ) -> None:
        """Note a report of ``doc`` (in ``story``, of the days ``span``) in the event."""
        self._docs.setdefault(event_id, set()).add(doc)
        if story is not None:
            self._stories.setdefault(event_id, set()).add(story)
        if span is None:
            self._undated.add(event_id)
        self._created.setdefault(event_id, len(self._created))
        if span is not None:
            lo, hi = self._window.get(event_id, span)
            self._window[event_id] = (max(lo, span[0]), min(hi, span[1]))

    def _index_under(
        self, event_id: str, keys: Iterable[str], home: str, kind: str, background: bool
    ) -> None:
        for key in keys:
            self._buckets[(key, kind, background)].add(home)
            entry = self._index[(key, home, kind, background)]
            # Most recently joined last: an event joined again moves to the end.
            entry.pop(event_id, None)
            entry[event_id] = None


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


def looked_up(report: Report) -> list[tuple[str, str, bool]]:
    """(participant key, type family, background) a report looks for events under, in the
    order looked at: a report may be of a merged event filed under any of them."""
    kinds = [(report.family, report.background)]
    if may_be_recalled(report):
        # a recollection and the report at the time may be one happening (_recalled)
        kinds.append((report.family, not report.background))
    return [(key, *kind) for kind in kinds for key in sorted(report.keys | report.offices)]


def bucket(span: tuple[dt.date, dt.date] | None) -> str:
    """The bucket a report of a date ``span`` is filed under: its month, its year when it
    spans months, "?" when undated."""
    if span is None:
        return "?"
    if span[0].year != span[1].year or span[0].month != span[1].month:
        return f"{span[0].year}"
    return f"{span[0].year}-{span[0].month:02d}"


def near_buckets(report: Report) -> list[str] | None:
    """Buckets a compatible event can be in: the months within a few days of the report's
    date, its year(s), and undated; None when the report has no date to go by."""
    span = report.span
    if span is None:
        if report.published is None:
            return None
        # An undated report may come out weeks after what it reports.
        span = (report.published[0] - dt.timedelta(days=LOOK_BACK_DAYS), report.published[1])
    slack = dt.timedelta(days=SOFT_DAYS)
    first, last = span[0] - slack, span[1] + slack
    buckets = {"?", str(first.year), str(last.year)}
    month = dt.date(first.year, first.month, 1)
    while month <= last:
        buckets.add(f"{month.year}-{month.month:02d}")
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return sorted(buckets)
