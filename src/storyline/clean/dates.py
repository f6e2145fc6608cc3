"""Calendar dates as news pages print them, read to ISO ``YYYY-MM-DD``.

A careful regex plus calendar validation instead of dateparser: this runs on every document,
dateparser takes about a second to import, and it happily turns "May" or "3 minutes" into dates.
Only dates with a four-digit year are read; "Mar 4, 7:15 AM" or "03.04.21" stay unknown. The
one exception is a US byline's ``03/04/21 07:15 PM``: a slashed date with a two-digit year is read
month first when a 12-hour clock (AM/PM) follows it, as only US sites write both.

Numeric dates are read as written: ``YYYY-MM-DD`` / ``YYYY/MM/DD`` year first, ``DD-MM-YYYY``
day first. A first number over 12 is a day and a second one over 12 is a day, whatever the
separator ("11.15.2019" is 15 November). Otherwise, with slashes, ``MM/DD/YYYY`` (US) and
``DD/MM/YYYY`` (most elsewhere) are both common, so ``05/06/2025`` is only read when the caller
knows the page's order (see :func:`numeric_order`); dotted dates are day first unless the page
says otherwise (German and Russian pages write ``30.07.2018``; a few US sites ``11.15.2019``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

DateOrder = Literal["dmy", "mdy"]

MIN_YEAR = 1900
MAX_YEAR = 2100
SHORT_YEAR_PIVOT = 69
"""A two-digit year from here up is in the 1900s, below it in the 2000s (as ``%y`` reads)."""

MONTH_NAMES = (
    # One row per month: English and its abbreviations, then French, German, Spanish,
    # Portuguese, Italian, Dutch, Indonesian and Russian (genitive, as dates write it).
    "january jan janvier januar jänner enero janeiro gennaio januari января",
    "february feb février februar febrero fevereiro febbraio februari февраля",
    "march mar mars märz marzo março maart maret марта",
    "april apr avril abril aprile апреля",
    "may mai mayo maio maggio mei мая",
    "june jun juin juni junio junho giugno июня",
    "july jul juillet juli julio julho luglio июля",
    "august aug août agosto augustus agustus августа",
    "september sep sept septembre septiembre setiembre setembro settembre сентября",
    "october oct octobre oktober octubre outubro ottobre октября",
    "november nov novembre noviembre novembro nopember ноября",
    "december dec décembre dezember diciembre dezembro dicembre desember декабря",
)

MONTHS = {name: number for number, names in enumerate(MONTH_NAMES, 1) for name in names.split()}

WEEKDAY_NAMES = (
    # One row per weekday, Monday first, in the languages of MONTH_NAMES.
    "monday mon lundi montag lunes segunda lunedì maandag senin понедельник",
    "tuesday tue tues mardi dienstag martes terça martedì dinsdag selasa вторник",
    "wednesday wed mercredi mittwoch miércoles quarta mercoledì woensdag rabu среда",
    "thursday thu thur thurs jeudi donnerstag jueves quinta giovedì donderdag kamis четверг",
    "friday fri vendredi freitag viernes sexta venerdì vrijdag jumat пятница",
    "saturday sat samedi samstag sábado sabato zaterdag sabtu суббота",
    "sunday sun dimanche sonntag domingo domenica zondag minggu воскресенье",
)

WEEKDAYS = frozenset({"feira", *(name for names in WEEKDAY_NAMES for name in names.split())})
"""Weekday names and abbreviations, lower-case ("feira" of "segunda-feira" is a word apart)."""

# Longest names first, so "mayo" is not read as "may" followed by junk.
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<month>{_MONTH_NAMES})\.?(?!\w)"
_DAY_NUMBER = r"[0-3]?\d(?:st|nd|rd|th)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# A year must not run on into more digits, save a clock time the page dump glued to it
# ("MAR 4, 20217:15 AM"); the left side of a day may touch letters ("Tacna Daily04-03-2021":
# the outlet's name glued to the date by the page dump).
_YEAR_DIGITS = r"(?P<year>(?:19|20)\d\d)"
_YEAR = _YEAR_DIGITS + r"(?:(?!\d)|(?=[0-2]?\d:[0-5]\d(?!\d)))"
# The leading "(?=\d)" changes no match; it lets the scan skip to digits quickly.
_NUM_START = r"(?=\d)(?<!\d)(?<!\d[/.-])"

_PATTERNS = (
    # "February 06, 2025", "Nov. 19, 2019", "Wednesday, November 20, 2019"
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.IGNORECASE),
    # "4 March 2021", "4th March, 2021", "04th Mar, 2021", "4 de março de 2021",
    # "4. März 2021", "04-Mar-2021"
    re.compile(
        rf"(?<!\d){_DAY}\.?(?:\s+(?:of|de))?[\s-]+{_MONTH},?(?:\s+de)?[\s-]+{_YEAR}",
        re.IGNORECASE,
    ),
    # "2025-02-06", "2023/04/04", "2019.11.20"
    re.compile(
        rf"{_NUM_START}{_YEAR_DIGITS}(?P<sep>[-/.])(?P<month>[01]?\d)"
        rf"(?P=sep)(?P<day>[0-3]?\d)(?!\d)"
    ),
    # "21-05-2025", "21.05.2025", "21/05/2025", "11/19/2019"
    re.compile(
        rf"{_NUM_START}(?P<first>[0-3]?\d)(?P<sep>[-/.])(?P<second>[0-3]?\d)(?P=sep){_YEAR}"
    ),
    # "03/04/21 07:15 PM EST": a US byline, month first, the year in two digits
    re.compile(
        rf"{_NUM_START}(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<short_year>\d\d)(?!\d)"
        r"(?=,?\s+(?:at\s+)?[01]?\d:[0-5]\d\s?[AaPp]\.?[Mm]\b)"
    ),
)


@dataclass(frozen=True)
class FoundDate:
    """A date found in a text: where it starts and ends, and its ISO form."""

    start: int
    end: int
    iso: str


def _iso(year: int, month: int, day: int) -> str | None:
    """ISO form of a real calendar date in the accepted range, else None."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _numeric_day_month(
    first: int, second: int, sep: str, order: DateOrder | None
) -> tuple[int, int] | None:
    """(day, month) of a DD?MM?YYYY date, or None when the order cannot be told."""
    if first > 12:
        return first, second
    if second > 12:
        return second, first
    if sep == "-" or order == "dmy" or (sep == "." and order is None):
        return first, second
    return (second, first) if order == "mdy" else None


def _full_year(short: str) -> int:
    """The year a two-digit year means."""
    return (1900 if int(short) >= SHORT_YEAR_PIVOT else 2000) + int(short)


def _match_iso(match: re.Match[str], order: DateOrder | None) -> str | None:
    groups = match.groupdict()
    if groups.get("short_year") and order == "dmy":
        return None  # "03/09/21 4:17pm" on a page that writes the day first: which is which
    year = _full_year(groups["short_year"]) if groups.get("short_year") else int(groups["year"])
    if groups.get("first") is not None:
        day_month = _numeric_day_month(
            int(groups["first"]), int(groups["second"]), groups["sep"], order
        )
        return _iso(year, day_month[1], day_month[0]) if day_month else None
    month = groups["month"]
    number = int(month) if month.isdigit() else MONTHS[month.lower()]
    return _iso(year, number, int(groups["day"]))


_DIGIT = re.compile(r"\d")
"""What every date pattern needs (a year's digits): a line without one holds no date, and one
search is cheaper than five patterns over it (most lines the metadata reads hold none)."""


def find_dates(text: str, order: DateOrder | None = None) -> list[FoundDate]:
    """Every valid date written in ``text``, in reading order (overlaps resolved leftmost)."""
    if _DIGIT.search(text) is None:
        return []
    found: list[FoundDate] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            iso = _match_iso(match, order)
            if iso is not None:
                found.append(FoundDate(match.start(), match.end(), iso))
    return list(_without_overlaps(sorted(found, key=lambda d: (d.start, -d.end))))


def _without_overlaps(dates: list[FoundDate]) -> Iterator[FoundDate]:
    end = -1
    for date in dates:
        if date.start >= end:
            yield date
            end = date.end


_MONTH_YEAR = re.compile(rf"(?<![\w.]){_MONTH}[\s,]+{_YEAR}", re.IGNORECASE)


def find_month(text: str) -> str | None:
    """The first month written with its year and no day ("March 2021"), as ``YYYY-MM``.

    None when ``text`` writes a full date: its month is that date's, not a month of its own.
    """
    if find_dates(text):
        return None
    match = _MONTH_YEAR.search(text)
    if not match or not MIN_YEAR <= int(match["year"]) <= MAX_YEAR:
        return None
    return f"{match['year']}-{MONTHS[match['month'].lower()]:02d}"


_DAY_MONTH_LINE = re.compile(
    # "November 20", "Wed, 20 Nov.": a day and month alone on a line, maybe after a word
    rf"^(?:\w+,?\s+)?(?:(?:{_MONTH_NAMES})\.?\s+{_DAY_NUMBER}"
    rf"|{_DAY_NUMBER}\.?\s+(?:{_MONTH_NAMES})\.?)$",
    re.IGNORECASE,
)
_CLOCK_LINE = re.compile(r"^[0-2]?\d:[0-5]\d(?:\s?[AaPp]\.?[Mm]\.?)?$")
_YEAR_LINE = re.compile(rf"^{_YEAR_DIGITS}$")


def rejoin_split_dates(lines: Sequence[str]) -> tuple[str, ...]:
    """``lines`` with a date printed over several lines joined into one: "March 4" /
    "07:15" / "2021" (a site's layout, one part a line) becomes "March 4, 2021 07:15"."""
    joined: list[str] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        clock = lines[at + 1] if at + 1 < len(lines) and _CLOCK_LINE.match(lines[at + 1]) else None
        year_at = at + 2 if clock else at + 1
        if (
            _DAY_MONTH_LINE.match(line)
            and year_at < len(lines)
            and _YEAR_LINE.match(lines[year_at])
        ):
            joined.append(f"{line}, {lines[year_at]}" + (f" {clock}" if clock else ""))
            at = year_at + 1
            continue
        joined.append(line)
        at += 1
    return tuple(joined)


def numeric_order(text: str) -> DateOrder | None:
    """The order of slashed or dotted dates in ``text``, when its unambiguous ones agree."""
    orders: set[DateOrder] = set()
    for match in _PATTERNS[3].finditer(text):
        first, second = int(match["first"]), int(match["second"])
        if match["sep"] in "/." and max(first, second) > 12 >= min(first, second):
            orders.add("dmy" if first > 12 else "mdy")
    return orders.pop() if len(orders) == 1 else None


def parse_published(value: str, order: DateOrder | None = None) -> str | None:
    """The first date written in a byline or dateline, as ``YYYY-MM-DD``; None if there is none.

    ``order`` settles slashed dates like ``05/06/2025``; without it they stay unknown.
    """
    dates = find_dates(value, order)
    return dates[0].iso if dates else None
