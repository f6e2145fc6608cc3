"""Vocabularies and compiled patterns for reading dates in sentences.

The word tables (weekdays, months, relative phrases, number words, the words that make a
four-digit number a name, a quantity or a bound) and the regular expressions built from them,
used by :mod:`storyline.events.dates`, which finds, reads and ranks the phrases; the decisions
on ambiguous phrases are set out there. Nothing here depends on a reference date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

from storyline.lang.en.calendar import MONTH_FORMS as MONTH_FORMS
from storyline.lang.en.calendar import WEEKDAY_ABBREVIATIONS as WEEKDAY_ABBREVIATIONS
from storyline.lang.en.calendar import WEEKDAYS as WEEKDAYS

Tense = Literal["past", "future"]
Kind = Literal[
    "mdy", "dmy", "iso", "numeric", "rel_weekday", "md", "dm", "my", "relative", "ago", "weekday",
    "month", "year",
]  # fmt: skip

MIN_YEAR = 1900
MAX_YEAR = 2099
"""Years are read as four digits starting 19 or 20."""

NUMBER_WORDS: Mapping[str, int] = MappingProxyType({
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a few": 3, "a couple of": 2, "several": 4,
})  # fmt: skip

RELATIVE_PHRASES: Mapping[str, tuple[str, int]] = MappingProxyType({
    **dict.fromkeys(
        ("today", "this morning", "this afternoon", "this evening", "tonight", "earlier today",
         "later today"),
        ("day", 0),
    ),
    **dict.fromkeys(
        ("yesterday", "last night", "the day before", "the previous day", "a day earlier"),
        ("day", -1),
    ),
    "the day before yesterday": ("day", -2),
    "tomorrow": ("day", 1),
    **dict.fromkeys(
        ("this week", "earlier this week", "later this week", "earlier in the week"),
        ("week", 0),
    ),
    "last week": ("week", -1),
    "next week": ("week", 1),
    **dict.fromkeys(("over the weekend", "this weekend", "at the weekend"), ("weekend", 0)),
    "last weekend": ("weekend", -1),
    "next weekend": ("weekend", 1),
    **dict.fromkeys(
        ("this month", "earlier this month", "later this month", "earlier in the month",
         "later in the month"),
        ("month", 0),
    ),
    "last month": ("month", -1),
    "next month": ("month", 1),
    **dict.fromkeys(
        ("this year", "earlier this year", "later this year", "earlier in the year",
         "later in the year"),
        ("year", 0),
    ),
    "last year": ("year", -1),
    "next year": ("year", 1),
})  # fmt: skip
"""Fixed relative phrases (lower case, single spaces): the unit they name and its offset."""

TOLD_YEAR = re.compile(
    r"\b(?:(?i:later|earlier)\s+)?(?i:that(?:\s+same)?|the\s+same)\s+year\b"
    r"|\b(?i:the\s+(?P<step>following|next|previous|prior|preceding))\s+year\b"
    r"|\b(?P<count>\d{1,2}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten))\s+"
    r"(?i:years?)\s+(?P<way>(?i:later|afterwards|earlier|(?:after|before)(?=\s*[,.;]|$)))"
)
"""A year told by the one the text gave before ("later that year", "the following year",
"two years later"; not "for two years before he was released"): read against the last year
written before it."""

NOT_YEAR_BEFORE = frozenset(
    {
        "resolution", "resolutions", "no", "number", "article", "law", "decree", "order", "unscr",
        "vision", "agenda", "flight", "code", "page", "room", "route", "model", "item", "nearly",
        "approximately", "almost", "some", "over", "than", "roughly", "estimated", "least",
    }
)  # fmt: skip
"""Words that make the four-digit number after them a name or a quantity, not a year."""

COUNT_NOUNS = frozenset(
    {
        "troops", "soldiers", "personnel", "people", "members", "fighters", "militants",
        "civilians", "families", "refugees", "dollars", "euros", "km", "kilometers", "kilometres",
        "miles", "tons", "tonnes", "meters", "metres", "units", "vehicles", "trainees", "officers",
        "advisers", "advisors", "staff", "persons", "residents", "deaths", "casualties", "cases",
        "hours", "hrs", "gmt", "utc", "local", "delegates", "participants", "jobs", "feet",
    }
)  # fmt: skip
"""Nouns that make the four-digit number before them a count or a clock time."""

DEMOTING_PREPOSITIONS = frozenset(
    {"since", "until", "till", "by", "before", "after", "from", "through", "between"}
)
"""A date right after one of these bounds a state or a side event, not the sentence's own."""


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _cased(names: tuple[str, ...]) -> list[str]:
    return [form for name in names for form in (name, name.upper())]


_MONTH_NUMBER = {
    form.lower(): number for number, forms in enumerate(MONTH_FORMS, 1) for form in forms
}
_WEEKDAY_NUMBER = {name.lower(): i for i, name in enumerate(WEEKDAYS)} | {
    abbr.lower(): WEEKDAYS.index(next(w for w in WEEKDAYS if w.startswith(abbr[:3])))
    for abbr in WEEKDAY_ABBREVIATIONS
}

_MONTH = rf"(?P<month>{_alternation(_cased(tuple(f for fs in MONTH_FORMS for f in fs)))})(?:\.|\b)"
_FULL_MONTH = rf"(?P<month>{_alternation(_cased(tuple(f[0] for f in MONTH_FORMS)))})\b"
_WD = rf"(?P<wd>{_alternation(_cased(WEEKDAYS))})\b"
_WD_PREFIX = rf"(?:(?P<wd>{_alternation(_cased(WEEKDAYS + WEEKDAY_ABBREVIATIONS))})\.?,?\s+)?"
_DAY = r"(?<![\d,.])(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d%])"
_MOD = r"(?:\b(?P<mod>(?i:early|mid|late))[-\s]+)?"
_STREET_AFTER = (
    r"\s+(?:[A-Z][\w.-]*\s+){1,2}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln"
    r"|Drive|Highway|Hwy|Parkway|Pkwy)\b"
)  # (not "In 2018 Peru's Supreme Court", "in 2011 Tahrir Square")
"""A street name after a number: the number is a house's, not a year ("2088 Lima Street")."""
_RELATIVE = _alternation([p.replace(" ", r"\s+") for p in RELATIVE_PHRASES])
_MONTH_DIR = "(?i:last|next|this|early|mid|late)"
_DAY_MONTH = rf"(?:(?i:the)\s+)?{_DAY}(?:\s+(?i:of))?\s+{_MONTH}"

_RANGE_END = r"\s*(?:[-–]|to|and|until)\s*(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
"""The second day of a range ("16-17 November", "3 to 5 May"): read as its first day."""

_PATTERNS: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    ("dmy", re.compile(rf"{_WD_PREFIX}{_DAY}{_RANGE_END}\s+{_MONTH},?\s+{_YEAR}")),
    ("dm", re.compile(rf"{_WD_PREFIX}{_DAY}{_RANGE_END}\s+{_MONTH}")),
    ("mdy", re.compile(rf"{_WD_PREFIX}{_MONTH}\s*{_DAY},?\s+{_YEAR}")),
    ("dmy", re.compile(rf"{_WD_PREFIX}{_DAY_MONTH},?\s+{_YEAR}")),
    ("iso", re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<month>0?[1-9]|1[0-2])"
                       r"(?P=sep)(?P<day>3[01]|[12]\d|0?[1-9])(?![\d])")),
    ("numeric", re.compile(r"(?<![\d.])(?P<first>3[01]|[12]\d|0?[1-9])(?P<sep>[-/.])"
                           r"(?P<second>3[01]|[12]\d|0?[1-9])(?P=sep)(?P<year>(?:19|20)\d\d)(?!\d)")),
    ("rel_weekday", re.compile(rf"(?P<rel>(?i:today|yesterday|tomorrow))\s*[,(]?\s*{_WD}\)?")),
    ("md", re.compile(rf"{_WD_PREFIX}{_MONTH}\s*{_DAY}")),
    ("dm", re.compile(rf"{_WD_PREFIX}{_DAY_MONTH}")),
    ("my", re.compile(rf"{_MOD}{_MONTH},?\s+(?:(?i:of)\s+)?{_YEAR}")),
    ("relative", re.compile(rf"\b(?i:{_RELATIVE})\b")),
    ("ago", re.compile(rf"\b(?i:(?P<n>\d{{1,2}}|{_alternation(list(NUMBER_WORDS))})\s+"
                       r"(?P<unit>day|week|month|year)s?\s+ago)\b")),
    ("weekday", re.compile(rf"(?:\b(?P<dir>(?i:last|next|this|past|coming))\s+)?{_WD}"
                           r"(?:\s+(?i:morning|afternoon|evening|night))?"
                           r"(?:\s+(?i:of)\s+(?P<week>(?i:last|this|next))\s+(?i:week)\b)?")),
    ("month", re.compile(rf"(?:\b(?P<dir>{_MONTH_DIR})[-\s]+)?{_FULL_MONTH}")),
    ("year", re.compile(rf"{_MOD}(?<![\w$€£#/])(?<![A-Z]-){_YEAR}"
                        rf"(?![\w%]|[.,:/]\d|(?<=0)['’]s\b|{_STREET_AFTER})")),
)  # fmt: skip

_MONTH_PREPOSITION = re.compile(
    # Not "to", "and" or "or": "spoke to May", "Trump and May" name a person.
    r"(?i:\b(?:in|since|during|until|till|by|from|of|through|throughout|before|after|between"
    r"|end|beginning|start))\s*$"
)
_NOUN_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their|this|that|[A-Z0-9])")
_WORD_BEFORE = re.compile(r"(\w+)\W{0,3}$")
_WORD_AFTER = re.compile(r"\W{0,2}(\w+)")
_ODD_WEEKDAY = re.compile(r"\b(?:Ash|Black|Good|Bloody|Holy|Palm|Easter|Super|Cyber|Giving)\s+$")
_FUTURE = re.compile(
    # A modal spans its verb ("will be held"), so the participle is not read as past tense.
    r"(?i:\b(?:(?:will|shall|won't|would)(?:\s+not)?(?:\s+be)?(?:\s+[a-z]+)?"
    r"|(?:is|are|was|were)\s+(?:to|due\s+to|set\s+to|expected|scheduled|slated|planned"
    r"|going\s+to)|plans?\s+to|planning\s+to|intends?\s+to|upcoming|to\s+be\s+held)\b|'ll\b)"
)
_PAST = re.compile(
    r"(?i:\b(?:was|were|had|did|met|held|said|told|took|gave|made|went|came|sent|began|led|spoke"
    r"|saw|paid|left|won|lost|brought|sought|struck|chose|rose|fell)\b)"
    # Lower case only: "United" is a name; "indeed" and "need" are not past tense.
    r"|\b(?!(?:indeed|need|proceed|exceed|succeed|speed|feed|breed)\b)[a-z]{3,}ed\b"
)
_TENSE_MARKERS: tuple[tuple[Tense, re.Pattern[str]], ...] = (("future", _FUTURE), ("past", _PAST))
_NUMBER_BEFORE = re.compile(r"\d[.,:]\s?$")
_DATELINE_END = re.compile(r"\s[-–—/]{1,2}\s|[–—(\n]|:\s")
_LEAD_DASH = re.compile(r"(?<!\d)\s(?:[–—]|--?)\s|\s(?:[–—]|--?)\s(?!\d)")
"""The dash that closes a dateline ("BAGHDAD, 5 May 2025 –"), not one of a range of numbers
("November 16 - 17")."""
_DATELINE_START = re.compile(r"\(|[A-Z][\w .'’-]{1,40}?,|[A-Z]{3,}\b")

_GATE: dict[Kind, str] = {
    **dict.fromkeys(("mdy", "dmy", "md", "dm", "my", "month"), "month"),
    **dict.fromkeys(("iso", "numeric", "year"), "digit"),
    **dict.fromkeys(("rel_weekday", "weekday"), "weekday"),
    **dict.fromkeys(("relative", "ago"), "relative"),
}
"""The word family a kind of expression cannot match without."""
_LETTERS = re.compile(r"[A-Za-z]+")
_DIGIT = re.compile(r"\d")
_MONTH_WORDS = frozenset(_cased(tuple(f for forms in MONTH_FORMS for f in forms)))
_WEEKDAY_WORDS = frozenset(_cased(WEEKDAYS))
_RELATIVE_WORDS = frozenset(
    {word for phrase in RELATIVE_PHRASES for word in phrase.split() if word not in ("the", "a")}
    | {"ago"}
)
