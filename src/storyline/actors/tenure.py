"""Who held an office on a date: a bundled table of holdings, extended by what articles say.

``Tenure().holder("Secretary General", "NATO", "2024-01-17")`` is "Jens Stoltenberg"; a month
later than the handover it is "Mark Rutte". The table (``data/holders.toml``) covers the offices
an Iraq–NATO story names most; :meth:`Tenure.learn` adds what a corpus says ("National
Security Advisor Qasim al-Araji" in a report of 2023-04-04) for dates the table leaves open.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tomllib
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from storyline.actors.names import (
    AliasTable,
    fold,
    organisation,
    parse_aliases,
    same_person,
    split_name,
    state,
)
from storyline.actors.roles import normalise_role, role_key
from storyline.errors import UsageError

DatePrecision = Literal["day", "month", "year"]
LEARN_MARGIN = dt.timedelta(days=31)
HEAD_OFFICES = (
    "Secretary General",
    "Secretary-General",
    "Director General",
    "Director-General",
    "Director",
    "President",
    "Chairman",
    "Chair",
    "Commander",
)
"""The offices that head an organisation, in the order tried: its "chief" or "head" ("the
NATO chief", "the UN chief", "the IAEA chief") is the holder of the first the table knows of
it."""
"""How far around a corpus sighting a learned holding reaches.

Reports name an office holder within days of the event they report (an article of the 5th
about a meeting on the 4th), so a month covers the gap between report and event; it stays
well under the shortest tenures in the table (Liz Truss: 49 days).
"""


@dataclass(frozen=True)
class Holding:
    """``person`` held ``role`` of ``org`` from ``start`` up to, not including, ``end``."""

    person: str
    role: str
    org: str
    start: dt.date
    end: dt.date | None = None
    """The day the successor took office; None while still in office as far as we know."""
    precision: DatePrecision = "day"
    """How exactly ``start`` and ``end`` are known ("month": to the month)."""
    acting: bool = False

    def covers(self, day: dt.date) -> bool:
        """True when ``day`` falls within the holding."""
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class UserActors:
    """A user's actors file: extra aliases and holdings."""

    aliases: AliasTable
    holdings: tuple[Holding, ...]


def parse_day(value: dt.date | str) -> tuple[dt.date, DatePrecision]:
    """A date and its precision from a date or "YYYY-MM-DD" / "YYYY-MM" / "YYYY" (first day)."""
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    text = value.strip()
    if len(text) == 4 and text.isdigit():
        return dt.date(int(text), 1, 1), "year"
    if len(text) == 7:
        return dt.date.fromisoformat(text + "-01"), "month"
    return dt.date.fromisoformat(text[:10]), "day"


def _holding(row: Mapping[str, Any]) -> Holding:
    start, precision = parse_day(str(row["start"]))
    end = parse_day(str(row["end"])) if row.get("end") else None
    if end is not None and end[1] != "day":
        precision = end[1] if precision == "day" else precision
    return Holding(
        person=str(row["person"]),
        role=str(row["role"]),
        org=str(row["org"]),
        start=start,
        end=end[0] if end else None,
        precision=precision,
        acting=bool(row.get("acting", False)),
    )


def parse_holdings(rows: Iterable[Mapping[str, Any]]) -> tuple[Holding, ...]:
    """Holdings from the ``[[holding]]`` tables of a TOML document."""
    return tuple(_holding(row) for row in rows)


@lru_cache(maxsize=1)
def bundled_holdings() -> tuple[Holding, ...]:
    """The holdings shipped with storyline (``actors/data/holders.toml``)."""
    text = resources.files("storyline.actors").joinpath("data/holders.toml").read_text("utf-8")
    return parse_holdings(tomllib.loads(text).get("holding", []))


def load_user_actors(path: Path) -> UserActors:
    """A user's actors file (TOML)::

        [[alias]]
        name = "Mohammed Shia' Al-Sudani"
        aliases = ["Abu Ali"]
        kind = "person"            # or "org", "state"

        [[holding]]
        person = "Qasim al-Araji"
        role = "National Security Advisor"
        org = "Iraq"
        start = "2020-07-04"       # "YYYY-MM" or "YYYY" where less is known
        end = "2025-12-31"         # optional

    Raises :class:`~storyline.errors.UsageError` when the file cannot be read or is malformed.
    """
    try:
        data = tomllib.loads(Path(path).read_text("utf-8"))
        return UserActors(
            aliases=parse_aliases(data.get("alias", [])),
            holdings=parse_holdings(data.get("holding", [])),
        )
    except OSError as err:
        raise UsageError(f"cannot read actors file {path}: {err.strerror or err}") from err
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as err:
        raise UsageError(f"actors file {path} is malformed: {err}") from err


def org_key(org: str) -> str:
    """One key for every name of an organisation or state ("Iraqi", "Iraq’s" → "iraq")."""
    return fold(organisation(org) or state(org) or org)


Office = tuple[str, str]


class Tenure:
    """Office holders by date: a table of holdings, and what the corpus says where it is silent.

    ``table`` defaults to the bundled holdings; to add a user's, pass
    ``[*bundled_holdings(), *load_user_actors(path).holdings]``.
    """

    def __init__(self, table: Iterable[Holding] | None = None) -> None:
        self._table: dict[Office, list[Holding]] = {}
        for holding in bundled_holdings() if table is None else table:
            self._table.setdefault(_office(holding.role, holding.org), []).append(holding)
        # The holdings by their holder's name key, in table order: one person's are found
        # without comparing every name of the table.
        self._by_key: dict[str, list[Holding]] = {}
        for holdings in self._table.values():
            for holding in holdings:
                self._by_key.setdefault(split_name(holding.person).key, []).append(holding)
        self._learned: dict[Office, dict[str, _Sightings]] = {}
        self._names: dict[Office, tuple[str, str]] = {}
        # The learned offices by the name key of each person learned in them (a person is
        # only ever the holder of an office learned under their key: same_person's first
        # test), so that roles_of asks those offices alone, however many the corpus taught.
        self._learned_by_key: dict[str, set[Office]] = {}

    def holder(self, role: str, org: str, on: dt.date | str) -> str | None:
        """Who held ``role`` of ``org`` on ``on``, or None when neither table nor corpus says."""
        office, (day, _) = _office(role, org), parse_day(on)
        held = self._table_holding(office, day)
        if held is not None:
            return held.person
        return self._learned_holder(office, day)

    def learn(self, person: str, role: str, org: str, on: dt.date | str) -> None:
        """Record that the corpus names ``person`` as ``role`` of ``org`` on ``on``.

        The table wins: evidence for a date the table covers is ignored. Otherwise the
        person's learned holding grows to take in ``on`` (within :data:`LEARN_MARGIN`).
        """
        office, (day, _) = _office(role, org), parse_day(on)
        if not split_name(person).key or self._table_holding(office, day) is not None:
            return
        if office not in self._names:
            self._names[office] = (normalise_role(role), organisation(org) or state(org) or org)
        people = self._learned.setdefault(office, {})
        name, key = split_name(person).display, split_name(person).key
        # same_person's first test, made first: an office learns hundreds of people
        known = next(
            (n for n in people if split_name(n).key == key and same_person(n, person)), None
        )
        seen = people.pop(known) if known is not None else _Sightings()
        if known is not None and len(split_name(known).given) >= len(split_name(name).given):
            name = known  # keep the most complete spelling seen
        seen.add(day)
        people[name] = seen
        self._learned_by_key.setdefault(split_name(name).key, set()).add(office)

    def learned(self) -> dict[str, Any]:
        """What :meth:`learn` has taught this table, as JSON data that :meth:`relearn` takes
        back: the offices in the order first learned, each with the name it is shown under
        and its people (in the order they were last seen) with their days as day numbers,
        and the offices learned under each name key. Learning depends on the order of what
        it is taught (the first spelling of an office names it; a person's fullest spelling
        is kept, the earlier of equals), so what is kept is the state itself."""
        numbers = {office: i for i, office in enumerate(self._learned)}
        offices = [
            [*office, *self._names[office], [[n, s.ordinals()] for n, s in people.items()]]
            for office, people in self._learned.items()
        ]
        by_key = {
            key: sorted(numbers[office] for office in found)
            for key, found in self._learned_by_key.items()
        }
        return {"offices": offices, "by_key": by_key}

    def relearn(self, learned: Mapping[str, Any]) -> None:
        """Take back what :meth:`learned` gave of a table with the same holdings, in place of
        anything learned so far: this table then answers as that one did."""
        self._learned, self._names, self._learned_by_key = {}, {}, {}
        order: list[Office] = []
        for role, org, shown_role, shown_org, people in learned["offices"]:
            office = (role, org)
            order.append(office)
            self._names[office] = (shown_role, shown_org)
            self._learned[office] = {name: _Sightings.of(days) for name, days in people}
        for key, numbers in learned["by_key"].items():
            self._learned_by_key[key] = {order[i] for i in numbers}

    def fingerprint(self) -> str:
        """A digest of the table of holdings (not of what was learned): what was learned
        with one table is taken back only into a table with the same holdings."""
        digest = hashlib.sha256()
        for office, holdings in self._table.items():
            digest.update(repr((office, holdings)).encode("utf-8"))
        return digest.hexdigest()[:16]

    def roles_of(self, person: str, on: dt.date | str) -> list[tuple[str, str]]:
        """The (role, org) pairs ``person`` held on ``on``."""
        day, _ = parse_day(on)
        found = [
            (h.role, h.org)
            for h in self._holdings_of(person)
            if h.covers(day) and same_person(h.person, person)
        ]
        for office in self._learned_offices(person):
            holder = self._learned_holder(office, day)
            if holder is not None and same_person(holder, person):
                found.append(self._names[office])
        return list(dict.fromkeys(found))

    def sole_holder(self, role: str, on: dt.date | str) -> tuple[str, str] | None:
        """(person, org) when the table knows ``role`` of one organisation only, covered on
        ``on`` ("the Queen" in 2019 is Elizabeth II of the United Kingdom); None when the role
        is held in several ("the President")."""
        day, _ = parse_day(on)
        key = role_key(role)
        offices = [office for office in self._table if office[0] == key]
        if len(offices) != 1:
            return None
        held = self._table_holding(offices[0], day)
        return (held.person, held.org) if held is not None else None

    def head_of(self, org: str, on: dt.date | str) -> tuple[str, str] | None:
        """(person, role) of whom the table knows to have headed ``org`` on ``on``: the
        holder of the first of :data:`HEAD_OFFICES` it records of the organisation."""
        day, _ = parse_day(on)
        for office in HEAD_OFFICES:
            held = self._table_holding(_office(office, org), day)
            if held is not None:
                return held.person, held.role
        return None

    def offices_of(self, person: str) -> list[tuple[str, str]]:
        """Every (role, org) the table records ``person`` in, at any date, in order of
        their start: for an article with no date, a person of a single office holds it."""
        found = sorted(
            (h for h in self._holdings_of(person) if same_person(h.person, person)),
            key=lambda h: h.start,
        )
        return list(dict.fromkeys((h.role, h.org) for h in found))

    def last_ended(self, person: str, first: dt.date, last: dt.date) -> dt.date | None:
        """The latest day from ``first`` to ``last`` (both included) on which a holding of
        ``person`` the table knows ended (its successor's first day), if any."""
        ends = [
            h.end
            for h in self._holdings_of(person)
            if h.end is not None and first <= h.end <= last and same_person(h.person, person)
        ]
        return max(ends, default=None)

    def _holdings_of(self, person: str) -> list[Holding]:
        """The holdings of the table whose holder has ``person``'s name key (the first test
        of :func:`same_person`), in table order."""
        return self._by_key.get(split_name(person).key, [])

    def _learned_offices(self, person: str) -> list[Office]:
        """The learned offices someone with ``person``'s name key was learned in, in the
        order the offices were first learned."""
        offices = self._learned_by_key.get(split_name(person).key, set())
        return [office for office in self._learned if office in offices] if offices else []

    def _table_holding(self, office: Office, day: dt.date) -> Holding | None:
        covering = [h for h in self._table.get(office, ()) if h.covers(day)]
        # Overlaps (an acting holder inside a tenure) resolve to the latest to take office.
        return max(covering, key=lambda h: h.start, default=None)

    def _learned_holder(self, office: Office, day: dt.date) -> str | None:
        people = self._learned.get(office, {})
        near = [(seen.distance(day), name) for name, seen in people.items() if seen.near(day)]
        return min(near)[1] if near else None


@dataclass
class _Sightings:
    """The days the corpus names one person in one office, each once and in order: what is
    asked of them is the first, the last and the nearest to a day (a person named in every
    report of years of news was otherwise thousands of days, scanned at every question)."""

    days: list[dt.date] = field(default_factory=list)

    @classmethod
    def of(cls, ordinals: list[int]) -> _Sightings:
        """The sightings of the days numbered ``ordinals`` (in order, each once)."""
        return cls([dt.date.fromordinal(day) for day in ordinals])

    def ordinals(self) -> list[int]:
        """The days seen, as day numbers (:meth:`datetime.date.toordinal`), in order."""
        return [day.toordinal() for day in self.days]

    def add(self, day: dt.date) -> None:
        at = bisect_left(self.days, day)
        if at == len(self.days) or self.days[at] != day:
            self.days.insert(at, day)

    def near(self, day: dt.date) -> bool:
        """Whether ``day`` is within :data:`LEARN_MARGIN` of the days seen."""
        return self.days[0] - LEARN_MARGIN <= day <= self.days[-1] + LEARN_MARGIN

    def distance(self, day: dt.date) -> int:
        """Days from ``day`` to the nearest day seen."""
        at = bisect_left(self.days, day)
        return min(abs((d - day).days) for d in self.days[max(at - 1, 0) : at + 1])


@lru_cache(maxsize=16384)
def _office(role: str, org: str) -> Office:
    """The key of an office (a corpus names the same few hundred offices many times over)."""
    return role_key(role), org_key(org)
