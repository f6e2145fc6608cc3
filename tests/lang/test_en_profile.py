"""The English profile (``storyline.lang.en``): one calendar table, read by every English
stage that needs months and weekdays."""

from __future__ import annotations

import pytest

from storyline.actors import roles
from storyline.clean import metadata
from storyline.events import date_patterns
from storyline.events.dates import find_date_phrases
from storyline.lang.en import calendar
from storyline.places import gazetteer


def test_en_profile_every_english_stage_reads_the_one_calendar() -> None:
    assert date_patterns.MONTH_FORMS is calendar.MONTH_FORMS
    assert date_patterns.WEEKDAYS is calendar.WEEKDAYS
    assert gazetteer.CALENDAR_WORDS == calendar.CALENDAR_WORDS | calendar.CALENDAR_ABBREVIATIONS
    assert calendar.CALENDAR_WORDS <= roles.NOT_NAMES
    assert calendar.WEEKDAYS_LOWER <= metadata.NOT_NAME_WORDS


@pytest.mark.parametrize("form", [f for forms in calendar.MONTH_FORMS for f in forms])
def test_en_profile_every_month_form_reads_as_a_date(form: str) -> None:
    assert [p for _, _, p in find_date_phrases(f"They met on 5 {form} 2024.")] == [f"5 {form} 2024"]


@pytest.mark.parametrize("day", calendar.WEEKDAYS)
def test_en_profile_every_weekday_reads_as_a_date_and_never_a_place(day: str) -> None:
    assert [p for _, _, p in find_date_phrases(f"They met on {day}.")] == [day]
    assert gazetteer.lookup(day) is None
