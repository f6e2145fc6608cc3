"""Dates in Arabic text: explicit Gregorian dates in both month series, Hijri dates (recognised
and set aside, never read as Gregorian), relative days ("اليوم الأربعاء", "أمس") and weekdays,
resolved against a reference date (the dateline's or the publication's).

Every function takes folded text (:func:`storyline.lang.ar.text.fold`), so digits are 0-9.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from storyline.lang.ar.profile import Profile, profile
from storyline.records import EventDate

RELATIVE_WINDOW_DAYS = 6
"""A weekday named alone ("الثلاثاء") is the latest such day up to the reference date: news
tells the happenings of the past week by weekday."""
FUTURE_SLACK_DAYS = 7
"""An explicit day without a year is in the reference's year, unless that puts it more than
this many days after the reference (a report in early January of "28 كانون الأول")."""


@dataclass(frozen=True)
class DatePhrase:
    """A date phrase of a folded sentence: where it is and what it resolves to."""

    start: int
    end: int
    date: EventDate


@dataclass(frozen=True)
class _Patterns:
    hijri: re.Pattern[str]
    day: re.Pattern[str]
    month: re.Pattern[str]
    numeric: re.Pattern[str]
    year: re.Pattern[str]
    relative: re.Pattern[str]
    weekday: re.Pattern[str]


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = profile()
    months = _alternation(list(data.months))
    hijri = _alternation(data.hijri_months)
    marker = _alternation(data.hijri_markers)
    day = r"(?<!\d)(?P<d>[0-3]?\d)"
    year = r"(?:\s*(?:من\s+)?(?:(?:العام|عام|سنه)\s+)?(?P<y>(?:19|20)\d\d)(?!\d))"
    second = rf"(?:\s*[/(]\s*(?:{months})\s*\)?)?"  # "شباط/فبراير", "شباط (فبراير)"
    weekdays = _alternation(data.weekdays)
    return _Patterns(
        hijri=re.compile(
            rf"(?<!\d)(?:[0-3]?\d\s+)?(?<!\w)(?:{hijri})(?!\w)(?:\s+\d{{3,4}})?(?:\s*(?:{marker})(?!\w))?"
            rf"|(?<!\d)\d{{3,4}}\s*(?:{marker})(?!\w)"
        ),
        day=re.compile(rf"{day}\s+(?:من\s+)?(?:شهر\s+)?(?P<m>{months}){second}{year}?(?!\w)"),
        month=re.compile(rf"(?<!\w)(?:شهر\s+)?(?P<m>{months}){second}{year}"),
        numeric=re.compile(
            r"(?<![\d/.-])(?:(?P<d>[0-3]?\d)[/.-](?P<mo>[01]?\d)[/.-](?P<y>(?:19|20)\d\d)"
            r"|(?P<y2>(?:19|20)\d\d)[/.-](?P<mo2>[01]?\d)[/.-](?P<d2>[0-3]?\d))(?![\d/.-])"
        ),
        year=re.compile(
            r"(?<!\w)(?:[وف]?(?:في|خلال|منذ)\s+)?(?:العام|عام|سنه)\s+(?P<y>(?:19|20)\d\d)(?!\d)"
        ),
        relative=re.compile(
            rf"(?<!\w)[وف]?(?P<r>{_alternation(list(data.relative))})(?!\w)(?:\s*,?\s*(?:يوم\s+)?(?P<w>{weekdays})(?!\w))?"
        ),
        weekday=re.compile(rf"(?<!\w)[وف]?(?:[بل]?يوم\s+|ال)?(?P<w>{weekdays})(?!\w)"),
    )


def find_dates(folded: str, reference: dt.date | None) -> list[DatePhrase]:
    """Every date phrase of ``folded``, explicit ones first, then relative ones; Hijri dates
    are taken out first so their numbers are read as no Gregorian date."""
    pats, data = _patterns(), profile()
    text = pats.hijri.sub(lambda m: " " * len(m.group()), folded)
    found: list[DatePhrase] = []
    taken: list[tuple[int, int]] = []
    for reader in (_days, _numeric, _months, _years, _relatives):
        for phrase in reader(text, reference, pats, data):
            if not any(phrase.start < end and start < phrase.end for start, end in taken):
                found.append(phrase)
                taken.append((phrase.start, phrase.end))
    return found


def is_hijri(folded: str) -> bool:
    """Whether ``folded`` holds a Hijri date ("7 شعبان 1446 هـ", "1446 هـ")."""
    return _patterns().hijri.search(folded) is not None


def _days(text: str, ref: dt.date | None, pats: _Patterns, data: Profile) -> list[DatePhrase]:
    found = []
    for m in pats.day.finditer(text):
        month = data.months[_key(m.group("m"))]
        year = int(m.group("y")) if m.group("y") else _year_of(month, int(m.group("d")), ref)
        day = _safe_date(year, month, int(m.group("d")))
        if day is not None:
            found.append(_phrase(m, day.isoformat(), "day", "explicit"))
    return found


def _numeric(text: str, ref: dt.date | None, pats: _Patterns, data: Profile) -> list[DatePhrase]:
    found = []
    for m in pats.numeric.finditer(text):
        if m.group("y"):
            day = _safe_date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
        else:
            day = _safe_date(int(m.group("y2")), int(m.group("mo2")), int(m.group("d2")))
        if day is not None:
            found.append(_phrase(m, day.isoformat(), "day", "explicit"))
    return found


def _months(text: str, ref: dt.date | None, pats: _Patterns, data: Profile) -> list[DatePhrase]:
    return [
        _phrase(
            m, f"{int(m.group('y')):04d}-{data.months[_key(m.group('m'))]:02d}", "month", "explicit"
        )
        for m in pats.month.finditer(text)
    ]


def _years(text: str, ref: dt.date | None, pats: _Patterns, data: Profile) -> list[DatePhrase]:
    return [_phrase(m, m.group("y"), "year", "explicit") for m in pats.year.finditer(text)]


def _relatives(text: str, ref: dt.date | None, pats: _Patterns, data: Profile) -> list[DatePhrase]:
    found = []
    for m in pats.relative.finditer(text):
        day = ref + dt.timedelta(days=data.relative[_key(m.group("r"))]) if ref else None
        weekday = m.group("w")
        mismatch = bool(day and weekday and data.weekdays.index(_key(weekday)) != day.weekday())
        found.append(_resolved(m, day, mismatch))
    for m in pats.weekday.finditer(text):
        day = _last_weekday(data.weekdays.index(_key(m.group("w"))), ref) if ref else None
        found.append(_resolved(m, day, False))
    return found


def _resolved(m: re.Match[str], day: dt.date | None, mismatch: bool) -> DatePhrase:
    value = day.isoformat() if day else None
    date = EventDate(value, "day" if day else None, "relative", m.group().strip(), mismatch)
    return DatePhrase(m.start(), m.end(), date)


def _phrase(m: re.Match[str], value: str, precision: str, basis: str) -> DatePhrase:
    date = EventDate(value, precision, basis, m.group().strip())  # type: ignore[arg-type]
    return DatePhrase(m.start(), m.end(), date)


def _key(word: str) -> str:
    return re.sub(r"\s+", " ", word)


def _last_weekday(weekday: int, ref: dt.date) -> dt.date:
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % (RELATIVE_WINDOW_DAYS + 1))


def _year_of(month: int, day: int, ref: dt.date | None) -> int:
    if ref is None:
        return 0
    candidate = _safe_date(ref.year, month, day)
    if candidate is not None and candidate > ref + dt.timedelta(days=FUTURE_SLACK_DAYS):
        return ref.year - 1
    return ref.year


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day) if year > 0 else None
    except ValueError:
        return None


def publication_day(folded_head: str) -> dt.date | None:
    """The first whole Gregorian date (day, month and year) of a page's head: how an Arabic
    page prints its publication date ("الأربعاء 21 أيار 2025", "2025/05/21")."""
    for phrase in find_dates(folded_head, None):
        if phrase.date.precision == "day" and phrase.date.basis == "explicit" and phrase.date.value:
            return dt.date.fromisoformat(phrase.date.value)
    return None
