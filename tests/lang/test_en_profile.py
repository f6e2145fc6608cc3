"""The English profile (``storyline.lang.en``): one calendar, one table of titles and offices,
one lexicon and one table of place words, each read by every English stage that needs it. The
profile's trigger patterns are read entry by entry in ``tests/events/test_registry.py``."""

from __future__ import annotations

import importlib
import re

import pytest

from storyline.actors import roles
from storyline.clean import metadata
from storyline.events import arguments, date_patterns, extract, people, triggers
from storyline.events.dates import find_date_phrases
from storyline.lang.en import calendar, lexicon, places, titles
from storyline.places import find, gazetteer


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


def test_en_profile_every_english_stage_reads_the_one_table_of_titles_and_words() -> None:
    assert roles.RANKS is extract.RANKS is arguments.RANKS is titles.RANKS
    assert roles.TITLES is titles.TITLES and roles.ROLE_SYNONYMS is titles.ROLE_SYNONYMS
    assert extract.ACTOR_NOUNS is arguments.ACTOR_NOUNS is triggers.ACTOR_NOUNS
    assert triggers.ACTOR_NOUNS is lexicon.ACTOR_NOUNS
    assert people.NOUN_CATEGORIES is lexicon.NOUN_CATEGORIES
    assert triggers.LIGHT_VERBS is lexicon.LIGHT_VERBS
    assert find.TOPIC_NOUNS is extract.TOPIC_NOUNS is places.TOPIC_NOUNS
    assert extract.UNDESCRIBED is lexicon.UNDESCRIBED
    assert arguments.FRAMING_PREPOSITIONS is lexicon.FRAMING_PREPOSITIONS
    assert triggers.AGAIN_DETERMINERS is lexicon.AGAIN_DETERMINERS
    assert triggers.BELIEF_VERBS is lexicon.BELIEF_VERBS
    parse_module = importlib.import_module("storyline.nlp.parse")  # "parse" is also a function
    assert parse_module.NOT_GIVEN_NAMES is titles.NOT_GIVEN_NAMES


@pytest.mark.parametrize("word", titles.TITLE_HINT_WORDS)
def test_en_profile_title_hint_word_is_one_of_the_hint_pattern(word: str) -> None:
    assert re.fullmatch(titles.TITLE_HINTS, word, re.IGNORECASE)


@pytest.mark.parametrize("hint", [h for h in titles.TITLE_HINTS.split("|") if h != "(?-i:PM)"])
def test_en_profile_title_hint_has_its_plain_words(hint: str) -> None:
    """The quick test of ASCII text finds what the hint pattern finds: every hint but "PM" is
    among the plain words."""
    assert any(re.fullmatch(hint, word) for word in titles.TITLE_HINT_WORDS)


def test_en_profile_story_profiles_leave_out_the_english_stop_words() -> None:
    from storyline.lang.en import stop_words
    from storyline.merge import profile

    assert profile.STOP_WORDS is stop_words.STOP_WORDS
    assert {"the", "which", "about"} <= stop_words.STOP_WORDS
    words = profile.profile("About the talks", "The ministers met about the border.").terms
    assert set(words) == {"talks", "ministers", "met", "border"}
