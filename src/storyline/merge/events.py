"""One event from many reports: when two reported events are the same happening, and what the
merged event says.

Two reports are of one happening when their types are of one family (the event-type
registry's ``family``: "met", "held talks" and "visited" report one encounter), their dates
can be the same day (at the precision each gives), and they share their participants. A place
that differs does not keep two dated reports apart: it is kept as a disagreement, like a title
or a date a day apart; a report with no date is kept apart from one in another country. An
organisation or state is one participant under every name it goes by ("ISIL", "Daesh" and
"Islamic State" are one). Everything here is pure: :class:`~storyline.records.Event` records
in, decisions out.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from storyline.actors.names import (
    ActorKind,
    AliasTable,
    fold,
    organisation,
    person_key,
    same_person,
    split_name,
    state,
)
from storyline.events.lexicon import SPEECH_FAMILIES, SYMMETRIC_FAMILIES
from storyline.events.registry import registry
from storyline.records import STATED_BASES, Actor, Event, EventDate, Place

FIRM_BASES = STATED_BASES
FIRM_DAYS = 1
"""Two firm dates a day apart can be one event (time zones, "yesterday" written late at night)."""
SOFT_DAYS = 3
"""A date from the publication day may trail the event by a few days."""
MIN_SHARED = 0.5
"""Share of the smaller side's participants the two must have in common."""


def actor_key(actor: Actor, aliases: AliasTable | None = None) -> str:
    """How an actor is matched across reports: a person by surname key, an organisation or
    state by its canonical name (see :func:`identity`)."""
    if aliases is None:
        return _bundled_key(actor.name, actor.kind)
    return _key(actor, aliases)


def _key(actor: Actor, aliases: AliasTable | None) -> str:
    if actor.kind == "person":
        return "p:" + (person_key(actor.name) or fold(actor.name).lower())
    return "o:" + fold(identity(actor, aliases)).lower()


@lru_cache(maxsize=65_536)
def _bundled_key(name: str, kind: ActorKind) -> str:
    """:func:`actor_key` with the bundled tables only, worked out once a spelling: an
    incremental merge reads the reports of every event the batch can reach (11,000 in a
    store of 50,000 articles), and folding their people's names again and again was a third
    of loading them."""
    return _key(Actor(name, kind), None)


def identity(actor: Actor, aliases: AliasTable | None = None) -> str:
    """The canonical name of an organisation or state, whatever name the report gives it
    ("ISIL", "Daesh" → "Islamic State"); an actor no alias table knows, and a person, by its
    own name. ``aliases`` is a user's table, consulted first."""
    if actor.kind == "person":
        return actor.name
    found = organisation(actor.name, extra=aliases) if actor.kind == "org" else None
    return found or state(actor.name, extra=aliases) or actor.name


def actor_keys(event: Event, aliases: AliasTable | None = None) -> frozenset[str]:
    """The event's participants as match keys."""
    return frozenset(actor_key(a, aliases) for a in event.actors)


def family(event_type: str) -> str:
    """The family of a plain event type, from the event-type registry; a type the registry
    does not know (one stored by an older reader) is a family of its own."""
    return _families().get(event_type, event_type)


@lru_cache(maxsize=256)
def types_of(kind: str) -> frozenset[str]:
    """The event types of a family (:func:`family` of each is ``kind``)."""
    known = frozenset(t for t, found in _families().items() if found == kind)
    return known if kind in _families() else known | {kind}


@lru_cache(maxsize=1)
def _families() -> Mapping[str, str]:
    return MappingProxyType({t.name: t.family for t in registry().types})


def date_span(value: str | None, precision: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date at its precision can mean."""
    if not value:
        return None
    if precision == "day" or len(value) == 10:
        day = dt.date.fromisoformat(value[:10])
        return day, day
    if precision == "month" or len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        first = dt.date(year, month, 1)
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    year = int(value[:4])
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _told_by(
    span: tuple[dt.date, dt.date] | None,
    published: tuple[dt.date, dt.date] | None,
    date: EventDate | None = None,
) -> tuple[dt.date, dt.date] | None:
    """A month or a year that runs on past the day its article came out ends then (a few
    days' slack for a late date line): "his recent visit", "earlier this month", published
    on the 5th, is no meeting of the 15th. Not one told as "next" or "later this month",
    which is still to come."""
    if span is None or published is None or not span[0] <= published[1] < span[1]:
        return span
    if date is not None and date.phrase and _ONGOING_SPAN.search(date.phrase):
        return span
    return span[0], min(span[1], published[1] + dt.timedelta(days=SOFT_DAYS))


_ONGOING_SPAN = re.compile(r"\b(?:next|coming|later)\b", re.IGNORECASE)
"""A time phrase that runs on past the day it was written ("next year", "later this month");
"earlier this month" is over, and "this month" in a report is mostly of what was done
("met in Lima this month")."""


def doc_of(event: Event) -> str:
    """The id of the article that reports ``event`` (its first evidence's document)."""
    return event.sources[0].doc_id if event.sources else event.id


def published_span(event: Event) -> tuple[dt.date, dt.date] | None:
    """The days the article that reports ``event`` may have come out on: its publication day,
    or every day of its publication month or year when only that is known ("2016-07" from a
    page's address); None when unknown or unreadable."""
    published = next((e.published for e in event.sources if e.published), None)
    if published is None:
        return None
    try:
        return date_span(published[:10], None)
    except ValueError:
        return None


@dataclass(frozen=True)
class Report:
    """A per-article event with what matching reads of it worked out once: its participants'
    keys, its date span, whether the text states the date, its type's family, its article and
    the days it may have come out on."""

    event: Event
    keys: frozenset[str]
    span: tuple[dt.date, dt.date] | None
    firm: bool
    family: str
    background: bool
    doc: str
    published: tuple[dt.date, dt.date] | None
    offices: frozenset[str] = frozenset()
    """The organisations and states its people hold office in, as keys: "NATO" is there
    when its Secretary General is."""

    @property
    def undated(self) -> bool:
        """The report gives no date at all. Its article's publication day, if any, only
        bounds where its event is looked for; it never dates the report."""
        return self.span is None

    @classmethod
    def of(cls, event: Event, aliases: AliasTable | None = None) -> Report:
        """Read a per-article event (``aliases``: a user's table of organisations and
        states, consulted before the bundled one)."""
        published = published_span(event)
        return cls(
            event,
            actor_keys(event, aliases),
            _told_by(date_span(event.date.value, event.date.precision), published, event.date),
            firm_date(event.date, family(event.type)),
            family(event.type),
            event.background,
            doc_of(event),
            published,
            frozenset(
                actor_key(Actor(a.org, "org"), aliases)
                for a in event.actors
                if a.kind == "person" and a.org
            ),
        )


def firm_date(date: EventDate, kind: str) -> bool:
    """Whether the text states the day: in the report's own words, or, for what is done at
    a meeting (``kind``: the report's family), as the day of its article's main happening,
    which the text states (basis "inferred", no phrase of its own). An attack an article
    recalls on that day ("reiterated his condemnation of the attack") may be days older."""
    if date.basis in FIRM_BASES:
        return True
    inherited = date.basis == "inferred" and date.phrase is None and date.precision == "day"
    return inherited and kind in SYMMETRIC_FAMILIES


def dates_compatible(a: Event, b: Event) -> bool:
    """Whether two reports' dates can be one day (an undated report is compatible with any)."""
    return dates_fit(Report.of(a), Report.of(b))


def same_happening(a: Event, b: Event) -> bool:
    """Whether two reported events are one happening (see the module docstring)."""
    return _same(Report.of(a), Report.of(b))


def fits(event: Event, members: Sequence[Event]) -> bool:
    """Whether a report fits an event already made of ``members``: the same happening as most
    of them and a date compatible with all of them."""
    return fits_reports(Report.of(event), [Report.of(m) for m in members])


def fits_reports(report: Report, members: Sequence[Report]) -> bool:
    """:func:`fits` over reports already read."""
    if not all(dates_fit(report, m) for m in members):
        return False
    agree = sum(_same(report, m) for m in members)
    return agree * 2 >= len(members) and agree > 0


def dates_fit(a: Report, b: Report) -> bool:
    """:func:`dates_compatible` over reports already read."""
    if a.span is None or b.span is None:
        return _not_after_publication(a, b) and _not_after_publication(b, a)
    slack = dt.timedelta(days=FIRM_DAYS if a.firm and b.firm else SOFT_DAYS)
    return a.span[0] - slack <= b.span[1] and b.span[0] - slack <= a.span[1]


def _not_after_publication(undated: Report, other: Report) -> bool:
    """An undated report tells of something that happened before its article came out: not of
    a happening dated after that (a few days' slack for a late date line)."""
    if undated.span is not None or undated.published is None or other.span is None:
        return True
    return other.span[0] <= undated.published[1] + dt.timedelta(days=SOFT_DAYS)


PEOPLE_MADE = frozenset({"encounter"})
"""Families of happenings that are who took part in them: a meeting with someone else is
another meeting."""


def _other_counterparts(people_a: set[str], people_b: set[str]) -> bool:
    """One person in common and someone else on each side: Biden meeting Erdogan and Biden
    calling Bennett are two encounters."""
    return len(people_a & people_b) == 1 and bool(people_a - people_b and people_b - people_a)


def _same(a: Report, b: Report) -> bool:
    if a.family != b.family or not dates_fit(a, b):
        return False
    if not a.keys or not b.keys:
        return False
    if a.background != b.background and not _recalled(a, b):
        return False
    if (a.undated or b.undated) and _apart(a.event, b.event):
        return False
    # Two reports that each name people must share one: "Iraq" and "NATO" alone say little.
    people_a = {k for k in a.keys if k.startswith("p:")}
    people_b = {k for k in b.keys if k.startswith("p:")}
    people_a, people_b = _kin_apart(a, b, people_a, people_b)
    if people_a and people_b and not people_a & people_b:
        return False
    if a.undated and b.undated and not people_a & people_b:
        return False  # two undated ISIL attacks are two attacks unless someone ties them
    if untyped(a, b) and a.doc != b.doc and not people_a & people_b:
        return False  # two articles' developments of no known type, no one in common
    generic = _unnamed(a) | _unnamed(b)
    if a.doc != b.doc and not ((a.keys | a.offices) & (b.keys | b.offices)) - generic:
        return False  # "the company" of one article and of another: no one named in common
    if _timeless(a) and _timeless(b) and a.doc != b.doc and not _placed_together(a, b):
        # a minister's two undated statements on two attacks: with no day to go by, the
        # same people and type are not enough; the same place must tie them too
        return False
    if (
        a.family in PEOPLE_MADE
        and a.doc != b.doc
        and (_timeless(a) or _timeless(b))
        and not people_a & people_b
    ):
        # an encounter no day bounds (no date, no publication day) is of any year: "NATO"
        # and "Iraq" in common with another article's meeting do not make it that meeting
        return False
    if with_others(a, b):
        # (by the people on its sides too: one a report names in passing, on no side, is no
        # participant that ties it to another's encounter)
        return False
    if other_sittings(a, b):
        return False
    if a.family in ADDRESSED and _other_targets(a, b):
        return False  # one man's support for a NATO concept and his support for a Yemeni council
    # a body and the holder of one of its offices are one side ("NATO" and its Secretary
    # General), unless both name people, who must then be the same (above)
    shared = len(a.keys & b.keys) or len((a.keys | a.offices) & (b.keys | b.offices))
    if (
        a.family in SAID_FAMILIES
        and shared == 1
        and a.doc != b.doc
        and _only_a_state(a, b)
        and not _placed_together(a, b)
    ):
        # two articles' "Chile called for calm in Tacna" and "President Soto urged
        # voters": one state in common, and nothing else, says nothing of one happening
        return False
    return shared >= 1 and shared / min(len(a.keys), len(b.keys)) >= MIN_SHARED


def _sided_people(report: Report) -> set[str]:
    """The people on a side of the report's happening, as keys."""
    return {
        key
        for a in report.event.actors
        if a.kind == "person" and a.side is not None
        if (key := actor_key(a)).startswith("p:")
    }


def _kin_apart(
    a: Report, b: Report, keys_a: set[str], keys_b: set[str]
) -> tuple[set[str], set[str]]:
    """The two reports' person keys, one shared only by two people of one family made two
    ("Luis Ramos" and "Ana Ramos" share a key, not a person): a key both give stays shared
    when some name of one report under it can be some name of the other under it."""
    apart = set()
    for key in keys_a & keys_b:
        names, others = _names_under(a, key), _names_under(b, key)
        if names and others and not any(_may_be_one(x, y) for x in names for y in others):
            apart.add(key)
    if not apart:
        return keys_a, keys_b
    return (
        {f"{k}#{a.event.id}" if k in apart else k for k in keys_a},
        {f"{k}#{b.event.id}" if k in apart else k for k in keys_b},
    )


def _may_be_one(name: str, other: str) -> bool:
    """Whether two names may be one person: the same, or two forms of one name; a name whose
    given names cannot be read (an Arabic one) may be anyone of its key."""
    if name == other or not split_name(name).key or not split_name(other).key:
        return True
    return same_person(name, other)


def _names_under(report: Report, key: str) -> list[str]:
    return [x.name for x in report.event.actors if x.kind == "person" and actor_key(x) == key]


def _unnamed(report: Report) -> set[str]:
    """The keys of a report's participants the text names by a common noun ("the company",
    "police"): written in lower case, they name no one in particular (a name in a script
    without case, as Arabic's, is a name)."""
    return {actor_key(x) for x in report.event.actors if x.name.islower()}


def untyped(*reports: Report) -> bool:
    """Whether any of the reports is of a development of no known type (the registry's
    fallback: an article's lead that names no happening the reader knows)."""
    return any(r.family == UNTYPED_FAMILY for r in reports)


UNTYPED_FAMILY = "other"


def other_sittings(a: Report, b: Report) -> bool:
    """Whether two reports tell two sittings: one held in person and one at a distance, each
    on a day its text states, and not the same day (a meeting on Tuesday, a phone call on
    Wednesday), whatever else they share."""
    return _remote(a) != _remote(b) and a.firm and b.firm and a.span != b.span


def with_others(a: Report, b: Report) -> bool:
    """Whether two reports tell encounters of other people: one man's call with one
    counterpart and his call with two others, or two men's meetings with no one in common,
    however alike the readouts are worded (they may be one story)."""
    if a.family != b.family or a.family not in PEOPLE_MADE:
        return False
    people_a, people_b = _kin_apart(
        a, b, {k for k in a.keys if k.startswith("p:")}, {k for k in b.keys if k.startswith("p:")}
    )
    if people_a and people_b and not people_a & people_b:
        return True
    return _other_counterparts(people_a, people_b) or _other_counterparts(
        *_kin_apart(a, b, _sided_people(a), _sided_people(b))
    )


def _remote(report: Report) -> bool:
    """Whether a report's happening was held at a distance (a phone or video call)."""
    return report.event.type in _remote_types()


@lru_cache(maxsize=1)
def _remote_types() -> frozenset[str]:
    return frozenset(t.name for t in registry().types if t.remote)


def _only_a_state(a: Report, b: Report) -> bool:
    """Whether all two reports have in common is a state (itself, or its office holder)."""
    common = a.keys & b.keys or (a.keys | a.offices) & (b.keys | b.offices)
    states = {actor_key(x) for r in (a, b) for x in r.event.actors if x.kind == "state"} | {
        actor_key(Actor(x.org, "state")) for r in (a, b) for x in r.event.actors if x.org
    }
    return bool(common) and all(k in states and state(k[2:]) for k in common)


ADDRESSED = SPEECH_FAMILIES
"""Families of what someone says to or of someone else: whom it was aimed at tells two apart
(an attack's two reports may name its victims and their country)."""
SAID_FAMILIES = ADDRESSED | {"protest", "statement", "announce", "pledge"}
"""Families of what is said or voiced: a state says many things on one day, and two
articles' reports of it that share only the state are two of them."""


def _other_targets(a: Report, b: Report) -> bool:
    """Both reports name whom a speech act was aimed at, and no one in common, counting a
    person's office and its state as them ("condemned the United States" and "condemned
    President X" may be one): two happenings of the same doers ("supported X", "supported
    Y")."""

    def aimed_at(report: Report) -> set[str]:
        keys = set()
        for x in report.event.actors:
            if x.side == "target":
                keys.add(actor_key(x))
                if x.org:
                    keys.add(actor_key(Actor(x.org, "org")))
                    keys.add(actor_key(Actor(x.org, "state")))
        return keys

    targets_a, targets_b = aimed_at(a), aimed_at(b)
    return bool(targets_a) and bool(targets_b) and not targets_a & targets_b


def _timeless(report: Report) -> bool:
    """A report with no date, in an article with no publication day: nothing bounds when."""
    return report.undated and report.published is None


def _placed_together(a: Report, b: Report) -> bool:
    """Both reports name a place, and the same one (or one within the other)."""
    here, there = a.event.location, b.event.location
    return here is not None and there is not None and not _apart(a.event, b.event)


def may_be_recalled(report: Report) -> bool:
    """Whether a report could be one happening with a report on the other side of the
    background line: dated to the month or closer, two people or more named."""
    if report.span is None or (report.span[1] - report.span[0]).days > 31:
        return False
    return sum(k.startswith("p:") for k in report.keys) >= 2


def _recalled(a: Report, b: Report) -> bool:
    """A happening an article recalls ("In February, Rutte visited Baghdad and held talks
    with al-Sudani") is the one reported at the time when both are dated, at least to the
    month, and the same two people or more took part: a recollection with less to tie it
    stays apart."""
    if not may_be_recalled(a) or not may_be_recalled(b):
        return False  # "in 2024": a year says too little
    people_a = {k for k in a.keys if k.startswith("p:")}
    people_b = {k for k in b.keys if k.startswith("p:")}
    return len(people_a & people_b) >= 2 and not _apart(a.event, b.event)


def _apart(a: Event, b: Event) -> bool:
    """Two reports placed in different countries, or in two towns of one country. With a date
    on each side a differing place is only a disagreement between reports; when one of them
    gives no date, the place is what tells two meetings of the same person apart (in
    Canberra, in London)."""
    here, there = a.location, b.location
    if here is None or there is None:
        return False
    if None not in (here.country, there.country) and here.country != there.country:
        return True
    if None in (here.lat, here.lon, there.lat, there.lon) or _is_country(here, there):
        return False
    return _km(here, there) > APART_KM  # two towns of one country: al-Hilla and Baghdad


APART_KM = 50
"""Two named towns further apart than this are two places, not two names of one."""


def _is_country(*places: Place) -> bool:
    from storyline.places.gazetteer import country

    return any(p.country is not None and country(p.country) == p for p in places)


def _km(a: Place, b: Place) -> float:
    """Great-circle distance between two places, in kilometres."""
    lat1, lon1, lat2, lon2 = map(
        math.radians, (a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0)
    )
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


def majority(values: Iterable[tuple[str, str]]) -> tuple[str | None, dict[str, list[str]]]:
    """The value most (value, doc) pairs give (ties: first seen) and every value's documents."""
    docs: dict[str, list[str]] = {}
    for value, doc in values:
        if doc not in docs.setdefault(value, []):
            docs[value].append(doc)
    if not docs:
        return None, docs
    counts = Counter({value: len(d) for value, d in docs.items()})
    best = max(docs, key=lambda v: counts[v])
    return best, docs
