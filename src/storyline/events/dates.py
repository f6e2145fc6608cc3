"""When an event happened, read from its sentence: not when the article was reported.

A careful regex scan instead of dateparser: it runs on every sentence, dateparser takes about a
second to import, moves "Wednesday" a week back on a Wednesday (``PREFER_DATES_FROM="past"``)
and gives nothing for "today, Wednesday". Phrases are found by :func:`find_date_phrases`, read
against a reference date by :func:`resolve`, and :func:`sentence_date` picks the one that dates
the sentence's event.

The reference for relative phrases is the article's dateline date when it has one (the day the
story was filed), else its publication date; without one, relative phrases resolve to no value,
never to a guess from the clock.

Bases: ``explicit`` when the phrase alone fixes the value ("5 February 2025", "in 2018",
"March 2021"); ``relative`` when it needs the reference ("today", "on Tuesday", "last month",
"on December 30", "in February"); ``inferred`` when the value is a guess inside a span the
phrase names ("last week") or a choice between readings ("05/02/2025" read near the reference).

Decisions on ambiguous phrases:

* A weekday resolves to the most recent such day on or before the reference (the reference
  itself when it is that weekday: wire style writes "Wednesday" for today); forward, on or
  after, when the words nearest the phrase are in the future tense ("will meet on Thursday").
  "last Tuesday" is strictly before, "next Tuesday" strictly after.
* A day and month without a year takes the year (reference's, the one before or after) that
  puts it on or before the reference in a past-tense sentence, on or after it in a future-tense
  one, and nearest to the reference otherwise; a named weekday ("Wednesday, February 5") is
  checked, not used to choose. A month alone is read the same way.
* "last week" / "this week" / "next week" are day precision on the middle of that span
  (Thursday of the ISO week, or the middle of the days the tense allows), basis ``inferred``:
  any day of the week is then at most three days off, the tolerance event matching uses.
  "over the weekend" / "last weekend" are the Saturday of that weekend, basis ``inferred``.
* "N days/weeks ago" count back from the reference; months and years keep month/year precision.
* Slashed or dashed numbers with both parts up to 12 ("05/02/2025") are read day-first or
  month-first, whichever falls as the tense prefers nearest the reference (basis ``inferred``);
  without a reference only the year is kept. Dotted numbers are day first (European usage).
* A bare four-digit year counts ("the 2018 summit" dates its noun phrase) unless it is a
  quantity ("2,000 troops", "2000 troops", "nearly 2000") or a name ("Resolution 2003",
  "Vision 2030"), a decade ("1990s"), or a clock time ("2030 GMT").

The vocabularies and compiled patterns live in :mod:`storyline.events.date_patterns`; the
public names among them (``WEEKDAYS``, ``RELATIVE_PHRASES``, ``NUMBER_WORDS``, ``Tense``, ...)
are re-exported here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from storyline.clean.credits import LEAD_CREDIT
from storyline.clean.dates import find_dates
from storyline.events.date_patterns import (
    _DATELINE_END,
    _DATELINE_START,
    _DIGIT,
    _GATE,
    _LEAD_DASH,
    _LETTERS,
    _MONTH_NUMBER,
    _MONTH_PREPOSITION,
    _MONTH_WORDS,
    _NOUN_AFTER,
    _NUMBER_BEFORE,
    _ODD_WEEKDAY,
    _PATTERNS,
    _RELATIVE_WORDS,
    _TENSE_MARKERS,
    _WEEKDAY_NUMBER,
    _WEEKDAY_WORDS,
    _WORD_AFTER,
    _WORD_BEFORE,
)
from storyline.events.date_patterns import COUNT_NOUNS as COUNT_NOUNS
from storyline.events.date_patterns import DEMOTING_PREPOSITIONS as DEMOTING_PREPOSITIONS
from storyline.events.date_patterns import MAX_YEAR as MAX_YEAR
from storyline.events.date_patterns import MIN_YEAR as MIN_YEAR
from storyline.events.date_patterns import MONTH_FORMS as MONTH_FORMS
from storyline.events.date_patterns import NOT_YEAR_BEFORE as NOT_YEAR_BEFORE
from storyline.events.date_patterns import NUMBER_WORDS as NUMBER_WORDS
from storyline.events.date_patterns import RELATIVE_PHRASES as RELATIVE_PHRASES
from storyline.events.date_patterns import WEEKDAY_ABBREVIATIONS as WEEKDAY_ABBREVIATIONS
from storyline.events.date_patterns import WEEKDAYS as WEEKDAYS
from storyline.events.date_patterns import Kind as Kind
from storyline.events.date_patterns import Tense as Tense
from storyline.records import DateBasis, EventDate, Precision

ReferenceBasis = Literal["dateline", "publication"]

TENSE_WINDOW = 80
"""Characters either side of a phrase searched for tense words; a news clause rarely reaches
further, and the nearest tense word wins, so a wider window changes little."""

DATELINE_LEAD = 300
"""The dateline and the first credits are within this many characters of the body's start."""

LEAD_WORDS = 25
"""An opening credit plus dateline ("(Outlet / Other Outlet / XNA - 06th Feb, 2025) MOSUL,
5th February, 2025 (XNA) –") stays under this many words before its dash."""

DATELINE_WORDS = 10
"""A dateline segment ("BAGHDAD, Iraq, 5th February, 2025") is short; a longer one is prose."""

_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}

_NO_DATE = EventDate(None, None, None)


@dataclass(frozen=True)
class _Found:
    """One date expression in a text, before it is read against a reference."""

    kind: Kind
    match: re.Match[str]
    priority: int

    @property
    def start(self) -> int:
        return self.match.start()

    @property
    def end(self) -> int:
        return self.match.end()


# --- finding ---------------------------------------------------------------------------------


def find_date_phrases(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, phrase)`` of every date expression in ``text``, in reading order.

    Leading prepositions ("on", "in") are not part of a phrase. Numbers that are not dates
    ("54th", "$21 billion", "2,000 troops", "Resolution 2107", "12:17 PM") are left out.
    """
    return [(f.start, f.end, f.match.group()) for f in _scan(text, standalone=False)]


@lru_cache(maxsize=256)
def _scan(text: str, *, standalone: bool) -> tuple[_Found, ...]:
    """Non-overlapping date expressions: at each start the longest, then the earliest kind
    (cached: an event's clause and sentence are read again for each trigger in them)."""
    gates = _gates(text)
    found = [
        _Found(kind, match, priority)
        for priority, (kind, pattern) in enumerate(_PATTERNS)
        if _GATE[kind] in gates
        for match in pattern.finditer(text)
        if _accepted(kind, match, text, standalone)
    ]
    found.sort(key=lambda f: (f.start, f.start - f.end, f.priority))
    kept: list[_Found] = []
    for item in found:
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return tuple(f for n, f in enumerate(kept) if not _glossed(f, kept[n + 1 :], text))


_GLOSS_OPENING = re.compile(r"[ \t]*\([ \t]*")


def _glossed(found: _Found, after: Sequence[_Found], text: str) -> bool:
    """A weekday whose full date follows in brackets ("on Thursday (18 February 2021)", as
    NATO's releases write): the bracketed date says which Thursday, whatever the reference."""
    if found.kind != "weekday" or not after or after[0].kind not in _YEARED:
        return False
    return _GLOSS_OPENING.fullmatch(text, found.end, after[0].start) is not None


def _gates(text: str) -> set[str]:
    """Which families of patterns can match: most sentences hold no date, and one word scan
    is several times cheaper than running every pattern over them."""
    words = set(_LETTERS.findall(text))
    gates = {"digit"} if _DIGIT.search(text) else set()
    if words & _MONTH_WORDS:
        gates.add("month")
    if words & _WEEKDAY_WORDS:
        gates.add("weekday")
    if {w.lower() for w in words} & _RELATIVE_WORDS:
        gates.add("relative")
    return gates


def _accepted(kind: Kind, match: re.Match[str], text: str, standalone: bool) -> bool:
    """False for matches that only look like dates in their context."""
    before = text[max(0, match.start() - 24) : match.start()]
    if kind == "year":
        return _is_year(match, text, before)
    if kind == "month":
        return standalone or bool(match["dir"]) or bool(_MONTH_PREPOSITION.search(before))
    if kind == "weekday":
        return not _ODD_WEEKDAY.search(before)
    if kind == "relative" and _squash(match.group()) == "the day before":
        # "the day before the summit" counts from the summit, not from the reference.
        return not _NOUN_AFTER.match(text, match.end())
    return True


_NAMED_YEAR = re.compile(r"[A-Z]{3,}")
"""An acronym, whose name the number after it belongs to ("ADEX 2023", "COP 2021")."""
CALENDAR = frozenset(
    {form.lower() for forms in MONTH_FORMS for form in forms} | {w.lower() for w in WEEKDAYS}
)
"""Month and weekday words: a year after them ("MARCH 2023" in capitals) is a year."""


def _is_year(match: re.Match[str], text: str, before: str) -> bool:
    previous = _WORD_BEFORE.search(before) if not match["mod"] else None
    following = _WORD_AFTER.match(text, match.end())
    if previous and previous[1].lower() in NOT_YEAR_BEFORE:
        return False
    if previous and _NAMED_YEAR.fullmatch(previous[1]) and previous[1].lower() not in CALENDAR:
        return False  # "the exhibition (ADEX 2023)": a name's number, whatever year it is
    if following and following[1].lower() in COUNT_NOUNS:
        return False
    return not _NUMBER_BEFORE.search(before)


def _squash(phrase: str) -> str:
    return " ".join(phrase.lower().split())


# --- resolving -------------------------------------------------------------------------------


def resolve(
    phrase: str,
    reference: dt.date | None,
    *,
    reference_basis: ReferenceBasis = "publication",
    tense: Tense | None = None,
) -> EventDate:
    """The date ``phrase`` names, read against ``reference`` (the dateline or publication date).

    ``phrase`` may carry words around the date ("will meet on Thursday"): the first date
    expression in it is read, in the tense of the words nearest it unless ``tense`` is given.
    ``reference_basis`` says what ``reference`` is; it does not change the value (relative
    phrases keep basis ``relative`` either way). Text with no date expression gives an
    :class:`EventDate` with value None and the phrase as given.
    """
    del reference_basis  # the value is the same whichever date the reference is
    found = _scan(phrase, standalone=True)
    if not found:
        return EventDate(None, None, None, phrase.strip() or None)
    first = found[0]
    return _read(first, reference, tense or _tense(phrase, first.start, first.end))


def _read(found: _Found, reference: dt.date | None, tense: Tense | None) -> EventDate:
    """Dispatch on the kind of expression."""
    m, text = found.match, found.match.group()
    if found.kind in ("mdy", "dmy", "iso"):
        return _explicit_day(m, text)
    if found.kind == "numeric":
        return _numeric(m, text, reference, tense)
    if found.kind == "my":
        return _dated(dt.date(int(m["year"]), _month(m), 1), "month", "explicit", text)
    if found.kind == "year":
        return EventDate(m["year"], "year", "explicit", text)
    if reference is None or not MIN_YEAR <= reference.year <= MAX_YEAR:
        # Without a reference, or with one no news page can have, nothing relative is known.
        return EventDate(None, None, "relative", text)
    return _READERS[found.kind](m, text, reference, tense)


def _month(m: re.Match[str]) -> int:
    return int(m["month"]) if m["month"].isdigit() else _MONTH_NUMBER[m["month"].lower()]


def _weekday_number(m: re.Match[str]) -> int | None:
    name = m.groupdict().get("wd")
    return _WEEKDAY_NUMBER[name.lower()] if name else None


def _valid(year: int, month: int, day: int) -> dt.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _dated(
    value: dt.date | None,
    precision: Precision,
    basis: DateBasis,
    phrase: str,
    mismatch: bool = False,
) -> EventDate:
    """An EventDate for ``value`` written at ``precision``; None stays unresolved."""
    if value is None:
        return EventDate(None, None, basis, phrase)
    iso = {"day": value.isoformat(), "month": value.isoformat()[:7], "year": str(value.year)}
    return EventDate(iso[precision], precision, basis, phrase, mismatch)


def _explicit_day(m: re.Match[str], text: str) -> EventDate:
    value = _valid(int(m["year"]), _month(m), int(m["day"]))
    wd = _weekday_number(m)
    mismatch = value is not None and wd is not None and value.weekday() != wd
    return _dated(value, "day", "explicit", text, mismatch)


def _numeric(
    m: re.Match[str], text: str, reference: dt.date | None, tense: Tense | None
) -> EventDate:
    """DD?MM?YYYY: day first when the numbers or a dot say so, else the reading the reference
    and tense prefer; with neither, only the year is certain."""
    first, second, year = int(m["first"]), int(m["second"]), int(m["year"])
    if first > 12 or first == second or m["sep"] == ".":
        return _dated(_valid(year, second, first), "day", "explicit", text)
    if second > 12:
        return _dated(_valid(year, first, second), "day", "explicit", text)
    readings = [d for d in (_valid(year, second, first), _valid(year, first, second)) if d]
    if reference is None or not readings:
        return EventDate(str(year), "year", "explicit", text)
    return _dated(_pick(readings, reference, tense), "day", "inferred", text)


def _pick(candidates: list[dt.date], reference: dt.date, tense: Tense | None) -> dt.date:
    """The candidate the tense allows nearest the reference; without tense, the nearest
    (a tie goes to the past: news mostly reports what has happened)."""
    if tense == "past" and (past := [c for c in candidates if c <= reference]):
        return max(past)
    if tense == "future" and (future := [c for c in candidates if c >= reference]):
        return min(future)
    return min(candidates, key=lambda c: (abs((c - reference).days), c > reference))


def _rel_weekday(m: re.Match[str], text: str, reference: dt.date, tense: Tense | None) -> EventDate:
    offset = RELATIVE_PHRASES[m["rel"].lower()][1]
    value = reference + dt.timedelta(days=offset)
    return _dated(value, "day", "relative", text, value.weekday() != _weekday_number(m))


def _month_day(m: re.Match[str], text: str, reference: dt.date, tense: Tense | None) -> EventDate:
    month, day, wd = _month(m), int(m["day"]), _weekday_number(m)
    years = (reference.year - 1, reference.year, reference.year + 1)
    candidates = [d for y in years if (d := _valid(y, month, day))]
    if not candidates:
        return EventDate(None, None, "relative", text)
    # A named weekday does not choose the year: a writer's slip of one day would move the
    # date a whole year. It is only checked.
    value = _pick(candidates, reference, tense)
    return _dated(value, "day", "relative", text, wd is not None and value.weekday() != wd)


def _month_alone(m: re.Match[str], text: str, reference: dt.date, tense: Tense | None) -> EventDate:
    month, direction = _month(m), (m["dir"] or "").lower()
    years = (reference.year - 1, reference.year, reference.year + 1)
    candidates = [dt.date(y, month, 1) for y in years]
    start = reference.replace(day=1)
    if direction == "last":
        value = max(c for c in candidates if c < start)
    elif direction == "next":
        value = min(c for c in candidates if c > start)
    else:
        value = _pick(candidates, start, tense)
    return _dated(value, "month", "relative", text)


def _relative(m: re.Match[str], text: str, reference: dt.date, tense: Tense | None) -> EventDate:
    unit, offset = RELATIVE_PHRASES[_squash(text)]
    if unit == "day":
        return _dated(reference + dt.timedelta(days=offset), "day", "relative", text)
    if unit == "week":
        return _dated(_week_middle(reference, offset, tense), "day", "inferred", text)
    if unit == "weekend":
        return _dated(_weekend(reference, offset, tense), "day", "inferred", text)
    if unit == "month":
        return _dated(_add_months(reference, offset), "month", "relative", text)
    return _dated(_valid(reference.year + offset, 1, 1), "year", "relative", text)


def _week_middle(reference: dt.date, offset: int, tense: Tense | None) -> dt.date:
    """The middle of the week ``offset`` weeks from the reference's (Monday to Sunday); in the
    reference's own week, the middle of the days before it (or after it, in the future)."""
    monday = reference - dt.timedelta(days=reference.weekday())
    if offset:
        return monday + dt.timedelta(days=7 * offset + 3)
    if tense == "future":
        return reference + dt.timedelta(days=(6 - reference.weekday()) // 2)
    return monday + dt.timedelta(days=reference.weekday() // 2)


def _weekend(reference: dt.date, offset: int, tense: Tense | None) -> dt.date:
    """The Saturday of the weekend a phrase names: "over the weekend" the last one on or
    before the reference (the coming one in the future tense), "last weekend" the one before
    a weekend reference, "next weekend" the next one after it."""
    saturday = reference - dt.timedelta(days=(reference.weekday() - 5) % 7)
    if offset > 0 or (offset == 0 and tense == "future" and reference.weekday() < 5):
        return saturday + dt.timedelta(days=7)
    if offset < 0 and reference.weekday() >= 5:
        return saturday - dt.timedelta(days=7)
    return saturday


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _ago(m: re.Match[str], text: str, reference: dt.date, tense: Tense | None) -> EventDate:
    n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"].lower()]
    unit = m["unit"].lower()
    if unit in ("day", "week"):
        days = n * (7 if unit == "week" else 1)
        return _dated(reference - dt.timedelta(days=days), "day", "relative", text)
    if unit == "month":
        return _dated(_add_months(reference, -n), "month", "relative", text)
    return _dated(_valid(reference.year - n, 1, 1), "year", "relative", text)


def _weekday(m: re.Match[str], text: str, reference: dt.date, tense: Tense | None) -> EventDate:
    wd, direction = _WEEKDAY_NUMBER[m["wd"].lower()], (m["dir"] or "").lower()
    if m["week"]:
        # "on Monday of last week": that day of the week before the reference's
        # ("of the following week" counts from the story's day, which the reference is not)
        shift = {"last": -7, "next": 7}.get(m["week"].lower(), 0)
        monday = reference - dt.timedelta(days=reference.weekday())
        day = monday + dt.timedelta(days=shift + wd)
        return _dated(day, "day", "relative", text)
    back = (reference.weekday() - wd) % 7
    ahead = (wd - reference.weekday()) % 7
    if direction in ("last", "past"):
        days = -(back or 7)
    elif direction in ("next", "coming"):
        days = ahead or 7
    else:
        days = ahead if tense == "future" else -back
    return _dated(reference + dt.timedelta(days=days), "day", "relative", text)


def _tense(text: str, start: int, end: int) -> Tense | None:
    """The tense of the words nearest the span (future wins a tie: "is expected" holds a
    past participle), or None when there is no tense word close by."""
    best: tuple[int, int, Tense] | None = None
    lo, hi = max(0, start - TENSE_WINDOW), min(len(text), end + TENSE_WINDOW)
    for rank, (tense, pattern) in enumerate(_TENSE_MARKERS):
        for marker in pattern.finditer(text, lo, hi):
            if marker.end() <= start:
                gap = start - marker.end()
            elif marker.start() >= end:
                gap = marker.start() - end
            else:
                continue
            if best is None or (gap, rank) < best[:2]:
                best = (gap, rank, tense)
    return best[2] if best else None


_Reader = Callable[[re.Match[str], str, dt.date, Tense | None], EventDate]
_READERS: dict[Kind, _Reader] = {
    "rel_weekday": _rel_weekday,
    "md": _month_day,
    "dm": _month_day,
    "relative": _relative,
    "ago": _ago,
    "weekday": _weekday,
    "month": _month_alone,
}
"""Readers of the kinds that need a reference."""


# --- sentences and articles ------------------------------------------------------------------


def sentence_date(
    sentence: str,
    published: dt.date | None,
    dateline: dt.date | None = None,
    *,
    bounds: bool = True,
    tense: Tense | None = None,
    deadlines: bool = False,
) -> EventDate | None:
    """The date a sentence gives its event, or None when it has no date phrase.

    ``tense`` is the tense of the happening's own verb, used for a phrase with no tense word
    near it ("the night of March 10", the antecedent of "during which he raped ...").
    ``deadlines`` (with ``bounds`` false): a deadline through a part of its time ("by the end
    of 2026", "no later than May") bounds too; the happening's own clause may give its
    deadline as its date ("will withdraw by the end of 2026"), a sentence after it may not.

    Among the phrases, the one that most likely dates the main clause: resolvable first, then
    past the article's dateline and credit when the sentence opens with them (their dates are
    the filing and publication days; used only when nothing else dates the sentence, the
    place-led one first), then not bounding a state ("since 2003", "until May"), then the most
    specific (day, month, year), then the earliest. A sentence whose phrases cannot be
    resolved (no reference) gives the first phrase with value None.
    """
    found = list(_scan(sentence, standalone=False))
    if not bounds:
        # "since October 7", "until May": when a state began or ends, never when a
        # happening did
        found = [f for f in found if not _bounds_state(f, sentence, deadlines=deadlines)]
    if not found:
        return None
    reference = dateline or published
    lead = lead_end(sentence)
    dates = [_read(f, reference, _tense(sentence, f.start, f.end) or tense) for f in found]
    if reference is None:
        dates = _with_stated_year(found, dates)
    ranked = sorted(
        range(len(found)),
        key=lambda i: _rank(dates[i], found[i], sentence, lead),
        reverse=True,
    )
    return dates[ranked[0]]


def _with_stated_year(found: list[_Found], dates: list[EventDate]) -> list[EventDate]:
    """With no reference date, a day and month the sentence gives without a year take the one
    year the sentence states ("talked on 3 March before the 2016 summit")."""
    years = {
        d.value[:4] for f, d in zip(found, dates, strict=True) if f.kind in _YEARED and d.value
    }
    if len(years) != 1:
        return dates
    year = int(years.pop())
    result = []
    for f, date in zip(found, dates, strict=True):
        if f.kind in ("md", "dm") and date.value is None:
            m = f.match
            value = _valid(year, _month(m), int(m["day"]))
            wd = _weekday_number(m)
            mismatch = value is not None and wd is not None and value.weekday() != wd
            date = _dated(value, "day", "explicit", f.match.group(), mismatch)
        result.append(date)
    return result


_YEARED = frozenset({"year", "my", "mdy", "dmy", "iso"})


def lead_end(sentence: str) -> int:
    """Where the body starts after an opening dateline ("BAGHDAD, 5th February, 2025 (WAM) –"),
    or 0 when the sentence does not open with one."""
    credit = LEAD_CREDIT.match(sentence)
    after_credit = credit.end() if credit else 0
    dash = _LEAD_DASH.search(sentence, after_credit, DATELINE_LEAD)
    if dash is None or len(sentence[: dash.start()].split()) > LEAD_WORDS:
        return after_credit
    return dash.end() if _DATELINE_START.match(sentence, after_credit) else after_credit


STATE_BOUNDS = frozenset({"since", "until", "till", "by", "before", "after"})
"""Prepositions whose date bounds a state or names another happening ("since 2003"); "no
later than" sets a deadline as "by" does."""
_DEADLINE = re.compile(r"\b(?:no|not)\s+later\s+than\s*$", re.IGNORECASE)
_PART_OF_TIME = re.compile(
    r"(?:\b(?:the\s+)?(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half)"
    r"\s+of|\b(?:early|late|mid)(?:\s+|-))\s*$",
    re.IGNORECASE,
)
"""Words that name a part of the time after them ("by the end of May", "until early 2025"):
the preposition before them bounds the date."""


def _word_before(found: _Found, sentence: str, *, deadlines: bool = False) -> str | None:
    """The word before a date phrase, lower-cased; with ``deadlines``, past words naming a
    part of its time ("by [the end of] 2026"), and "no later than" read as "by"."""
    before = sentence[max(0, found.start - 40) : found.start]
    if deadlines:
        part = _PART_OF_TIME.search(before)
        if part is not None:
            before = before[: part.start()]
        if _DEADLINE.search(before):
            return "by"  # "no later than May" (not "more than a year ago")
    previous = _WORD_BEFORE.search(before[-16:])
    return previous[1].lower() if previous is not None else None


def _bounds_state(found: _Found, sentence: str, *, deadlines: bool = False) -> bool:
    return _word_before(found, sentence, deadlines=deadlines) in STATE_BOUNDS


def _rank(
    date: EventDate, found: _Found, sentence: str, lead: int
) -> tuple[bool, bool, bool, int, int]:
    bounding = _word_before(found, sentence) in DEMOTING_PREPOSITIONS
    precision = _PRECISION_RANK[date.precision] if date.precision else 0
    in_body = found.start >= lead
    # In the lead the place-led dateline follows the publication credit: the later one wins.
    position = -found.start if in_body else found.start
    return (date.value is not None, in_body, not bounding, precision, position)


def article_date(
    published: dt.date | None, dateline: dt.date | None, issued: str | None = None
) -> EventDate:
    """The date of an event whose sentence gives none: the dateline's day (basis ``dateline``),
    else the publication day (basis ``publication``), else the month of publication when the
    page gives no more (``issued``, "2016-07" from its address); value None when none is
    known."""
    if dateline is not None:
        return EventDate(dateline.isoformat(), "day", "dateline")
    if published is not None:
        return EventDate(published.isoformat(), "day", "publication")
    if issued is not None and _MONTH.fullmatch(issued):
        return EventDate(issued, "month", "publication")
    return _NO_DATE


_MONTH = re.compile(r"\d{4}-\d{2}")


_DAY_DATELINE = re.compile(
    r"[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3},(?:\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,)?"
    r"\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\s*(?:\(|[-–—])?"
)
"""A dateline's place and day without a year ("BAGHDAD, May 3 (", "ERBIL, Iraq, 3 May -")."""


def dateline_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day of an article's dateline: with its year (:func:`parse_dateline_date`), else a
    day and month the dateline writes without one ("BAGHDAD, May 3 (Reuters) -"), in the
    year that puts it on or before the publication day."""
    found = parse_dateline_date(text)
    if found is not None or published is None:
        return found
    if (bare := _bare_date_led(text, published)) is not None:
        return bare
    lead, _ = _after_credit(text)
    end = _DATELINE_END.search(lead)
    if end is None:
        return None
    segment = lead[: end.start() + 1]
    shape = _DAY_DATELINE.fullmatch(segment.strip())
    if shape is None:
        return None
    date = sentence_date(segment, published, None)
    if date is None or date.value is None or date.precision != "day":
        return None
    day = dt.date.fromisoformat(date.value)
    return day if day <= published else None


def parse_dateline_date(text: str) -> dt.date | None:
    """The date in an article's opening: the place-led dateline ("BAGHDAD, 5th February, 2025
    (WAM) –") first, else a leading credit "(Outlet / Agency - 06th Feb, 2025)", whose date is
    the publication's. Datelines without a year ("BAGHDAD, Feb 5 (Reuters) -") give None."""
    lead = text.lstrip()[:DATELINE_LEAD]
    credit_date: str | None = None
    if credit := LEAD_CREDIT.match(lead):
        found = find_dates(credit["credit"])
        credit_date = found[0].iso if found else None
        lead = lead[credit.end() :]
    iso = _dateline_segment_date(lead) or credit_date
    return dt.date.fromisoformat(iso) if iso else None


def _after_credit(text: str) -> tuple[str, int]:
    """The opening of ``text`` where a dateline may stand, past a leading credit ("(Outlet /
    Agency)"), with its offset in ``text``."""
    lead = text.lstrip()[:DATELINE_LEAD]
    offset = len(text) - len(text.lstrip())
    if credit := LEAD_CREDIT.match(lead):
        return lead[credit.end() :], offset + credit.end()
    return lead, offset


def dateline_span(text: str, published: dt.date | None = None) -> tuple[int, int] | None:
    """Where, in ``text``, its opening dateline stands when it writes a date ("TACNA, 15 Apr
    2021 (Agency) -", "15 Apr 2021; AGENCY:", "LIMA, May 3 (Agency) -"): the report's day,
    which the reader counts "yesterday" from, never the day of what its sentence tells. A
    bare date before a dash counts only as :func:`dateline_day` takes it."""
    lead, offset = _after_credit(text)
    end = _DATELINE_END.search(lead)
    if end is None:
        return None
    segment = lead[: end.start()]
    if not (segment[:1].isupper() or segment[:1].isdigit()):
        return None
    if len(segment.split()) > DATELINE_WORDS or not find_date_phrases(segment):
        return None
    if (
        _dateline_segment_date(lead) is None
        and not _DAY_DATELINE.fullmatch(segment.strip())
        and _bare_date_led(text, published) is None
    ):
        return None
    return offset, offset + len(segment)


_DATE_LED_REST = re.compile(
    r"(?:,?\s*\d{1,2}[:.]\s?\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?"
    r"(?:\s*;\s*[A-Z][\w.&'’ -]{0,40})?\s*"
)
"""What may follow the date of a dateline that opens with it: a clock time ("3 March 2019,
08:15"), a credit after a semicolon ("15 Apr 2021; AGENCY")."""
MAX_DATELINE_LAG_DAYS = 1
"""How many days before the publication a bare opening date ("12 January 2022 - ...") may be
to be its dateline; an older one heads a timeline's entry ("12 January 2022 - Peru closed
its border")."""


def _date_led(lead: str) -> tuple[str, bool] | None:
    """The date a lead opens with as its dateline, and whether the dateline is marked as one
    (a credit or a clock time after the date, a bracketed credit after the segment) rather
    than a bare date before a dash or colon, which may head a timeline's entry."""
    end = _DATELINE_END.search(lead)
    if end is None:
        return None
    segment = lead[: end.start()]
    found = find_dates(segment)
    if not segment[:1].isdigit() or not found or found[0].start != 0 or len(found[0].iso) != 10:
        return None
    rest = segment[found[0].end :]
    if not _DATE_LED_REST.fullmatch(rest):
        return None  # "2 May 2021 marked a year since ...": prose, no dateline
    return found[0].iso, bool(rest.strip()) or lead[end.start()] == "("


def _bare_date_led(text: str, published: dt.date | None) -> dt.date | None:
    """The bare date a text opens with before a dash or colon, when it is the publication's
    day or the day before (see :data:`MAX_DATELINE_LAG_DAYS`)."""
    if published is None:
        return None
    found = _date_led(_after_credit(text)[0])
    if found is None:
        return None
    day = dt.date.fromisoformat(found[0])
    return day if 0 <= (published - day).days <= MAX_DATELINE_LAG_DAYS else None


def _dateline_segment_date(lead: str) -> str | None:
    """The date in the dateline segment: the words before the first dash, bracket or colon."""
    end = _DATELINE_END.search(lead)
    if end is None:
        return None
    segment = lead[: end.start()]
    if len(segment.split()) > DATELINE_WORDS:
        return None
    found = find_dates(segment)
    if segment[:1].isdigit():
        # a dateline that is its date ("15 Apr 2021; AGENCY: ..."), marked as one
        opening = _date_led(lead)
        return opening[0] if opening is not None and opening[1] else None
    if not segment[:1].isupper():
        return None
    return found[0].iso if found else None
