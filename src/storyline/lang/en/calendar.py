"""English months and weekdays: the one table the date reader, the name finders, the
gazetteer and page metadata read."""

from __future__ import annotations

import re

MONTH_FORMS = (
    ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",),
    ("June", "Jun"), ("July", "Jul"), ("August", "Aug"), ("September", "Sept", "Sep"),
    ("October", "Oct"), ("November", "Nov"), ("December", "Dec"),
)  # fmt: skip
"""English month names, full name first; written Title-case or upper-case ("may" is a verb)."""

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""Weekday names, Monday first (Python's ``weekday()``)."""

WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")
"""Only read before a full date ("Wed, Feb 5, 2025"): alone, "Sun" and "Sat" are other words."""

MONTHS_LOWER = frozenset(forms[0].lower() for forms in MONTH_FORMS)
"""Full month names, lower case."""

WEEKDAYS_LOWER = frozenset(day.lower() for day in WEEKDAYS)
"""Weekday names, lower case."""

CALENDAR_WORDS = MONTHS_LOWER | WEEKDAYS_LOWER
"""Full month and weekday names, lower case: words of a date, never a name or a place on their
own ("August", California; "Wednesday Addams")."""

CALENDAR_ABBREVIATIONS = frozenset(
    form.lower() for forms in MONTH_FORMS for form in forms[1:]
) | frozenset(day.lower() for day in WEEKDAY_ABBREVIATIONS)
"""Short month and weekday forms, lower case ("nov", "wed"): in news a date's word ("Nov. 5",
"Mon."), never a place ("Nov" is a town in Tajikistan); they may still be names ("Sun")."""


_TIME_ZONE = re.compile(
    r"\(\s*(?:(?:[A-Z][\w'’.-]*|local)\s+){1,3}time\s*\)"
    r"|\(\s*(?:GMT|UTC|EST|EDT|CET|CEST|BST)(?:\s*[+-]\s*\d{1,2})?\s*\)",
    re.IGNORECASE,
)
"""A time zone in brackets after a time ("at 10:30 p.m. (Sanaa time)", "(GMT+3)")."""


def blank_time_zones(text: str) -> str:
    """``text`` with its time zones in brackets blanked: "(Sanaa time)" names a clock, no
    place or party. The length and every offset stay the same."""
    if "(" not in text:
        return text
    return _TIME_ZONE.sub(lambda m: " " * len(m.group()), text)
