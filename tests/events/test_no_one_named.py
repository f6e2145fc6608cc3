"""Words the model or the parse offers as someone who acts that name no one: a weapon's
acronym, a town at the end of a list of towns, a region's adjective, a kind of visit, a
gathering of troops, and "the two countries" of an article that names no two. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from storyline.actors import Tenure
from storyline.events.extract import (
    ArticleInput,
    _towns_read_as_people,
    _visit_kinds,
    extract_events,
)
from storyline.events.people import (
    _NAMED_LIKE_BODIES,
    COUNTED_STATE_PLURALS,
    _weapon_name,
    entity_actor,
)
from storyline.lang.en.places import REGION_ADJECTIVES, REGION_QUALIFIERS
from storyline.nlp import parse
from storyline.places.find import find_place
from storyline.records import Event, Mention, ParsedArticle
from tests.events.test_registry import english_entries

MONDAY = dt.date(2021, 5, 3)


def _events(text: str, published: dt.date = MONDAY) -> list[Event]:
    return extract_events(ArticleInput("x", "x", text, published), parse("x", text), Tenure())


def _names(event: Event) -> set[str]:
    return {a.name for a in event.actors if a.side}


@pytest.mark.parametrize("weapon", sorted(_NAMED_LIKE_BODIES))
def test_no_one_named_a_weapon_taken_for_a_body_is_no_actor(weapon: str) -> None:
    for written in (weapon.upper(), weapon.capitalize(), f"{weapon.upper()}s"):
        assert entity_actor(written, "ORG", set()) is None


def test_no_one_named_a_company_named_like_a_weapon_or_a_longer_name_is_no_weapon() -> None:
    assert not _weapon_name("Shell")
    assert not _weapon_name("Rocket Lab")
    assert _weapon_name("IEDs")


def test_no_one_named_the_acronym_of_what_went_off_carries_out_no_attack() -> None:
    text = "A VBIED exploded near the police station in Tacna on Monday, the police said."
    attacks = [e for e in _events(text) if e.type == "attack"]
    assert attacks and not any("VBIED" in _names(e) for e in attacks)


def _labelled(text: str, labels: dict[str, str]) -> ParsedArticle:
    """``text`` parsed, with each named word given the label the model might give it."""
    parsed = parse("x", text)
    entities = tuple(
        Mention(text.index(word), text.index(word) + len(word), word, label)
        for word, label in labels.items()
    )
    tokens = tuple(t._replace(ent=labels.get(t.text, "")) for t in parsed.tokens)
    return replace(parsed, entities=tuple(sorted(entities, key=lambda e: e.start)), tokens=tokens)


@pytest.mark.parametrize(
    "text",
    [
        "The attack followed bombings in Tacna, Arica, and Yura over the weekend.",
        "The official said the attack occurred between the areas of Tacna and Yura.",
        "Police patrols were sent on Monday to towns in Yura, Tacna and Arica.",
    ],
)
def test_no_one_named_the_town_ending_a_list_of_towns_is_a_place(text: str) -> None:
    labels = {"Tacna": "GPE", "Arica": "GPE", "Yura": "PERSON"}
    parsed = _labelled(text, {w: label for w, label in labels.items() if w in text})
    mended = _towns_read_as_people(parsed)
    assert {e.text: e.label for e in mended.entities}["Yura"] == "GPE"
    assert {t.text: t.ent for t in mended.tokens}["Yura"] == "GPE"


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Ramos signed the deal on Monday.",  # no word of where before the list
        "The talks in Tacna were led by Soto and Ramos.",  # a list of people
        "After the talks last week at Tacna, Ramos flew home.",  # a comma, no list
    ],
)
def test_no_one_named_a_name_beside_a_place_but_in_no_list_of_places_stays_a_person(
    text: str,
) -> None:
    labels = {"Chile": "GPE", "Tacna": "GPE", "Soto": "PERSON", "Ramos": "PERSON"}
    parsed = _labelled(text, {w: label for w, label in labels.items() if w in text})
    mended = _towns_read_as_people(parsed)
    assert {e.text: e.label for e in mended.entities}["Ramos"] == "PERSON"


@pytest.mark.parametrize("adjective", sorted(REGION_ADJECTIVES))
def test_no_one_named_a_region_adjective_is_no_actor(adjective: str) -> None:
    for qualifier in ("Central", "South-East", "Latin"):
        assert qualifier.lower() in REGION_QUALIFIERS
        assert entity_actor(f"{qualifier} {adjective.capitalize()}", "NORP", set()) is None


def test_no_one_named_a_state_adjective_or_a_named_company_still_acts() -> None:
    american = entity_actor("American", "NORP", set())
    assert american is not None and american.kind == "state"
    aramco = entity_actor("Saudi Aramco", "NORP", set())
    assert aramco is not None and aramco.kind == "org"


def test_no_one_named_the_region_of_two_countries_agrees_nothing() -> None:
    text = (
        "The heads of the two Central Asian countries' security services said on Saturday "
        "that they had agreed on a full ceasefire."
    )
    assert not [e for e in _events(text) if "Central Asian" in _names(e)]


@pytest.mark.parametrize("kind", ["State", "Official", "Working"])
def test_no_one_named_a_kind_of_visit_is_no_body(kind: str) -> None:
    text = f"President Luis Ramos arrived in Lima on Monday for a {kind} visit."
    parsed = _labelled(text, {"Luis Ramos": "PERSON", "Lima": "GPE", kind: "ORG"})
    assert [e.text for e in _visit_kinds(parsed).entities] == ["Luis Ramos", "Lima"]
    assert {t.text: t.ent for t in _visit_kinds(parsed).tokens}[kind] == ""
    visits = [e for e in _events(text) if e.type == "visit"]
    assert visits and not any(kind in _names(e) for e in visits)


def test_no_one_named_a_gathering_of_troops_is_no_meeting() -> None:
    text = "Chile and Peru agreed on a ceasefire on Saturday after reports of troop gatherings."
    assert not [e for e in _events(text) if e.type == "meet"]
    held = "Ministers of Chile and Peru held a gathering in Lima on Saturday."
    assert [e for e in _events(held) if e.type == "meet"]


def test_no_one_named_the_two_countries_are_the_states_of_their_leaders() -> None:
    text = (
        "Chilean President Luis Ramos spoke with Peruvian President Ana Soto on Monday.\n\n"
        "Officials of Chile said the talks were useful, and Peru said so too.\n\n"
        "Ramos thanked Soto for the call, aides said.\n\n"
        "On Friday, the two countries signed an agreement on border security in Lima."
    )
    (signed,) = [e for e in _events(text) if e.date.value == "2021-04-30"]
    assert _names(signed) == {"Chile", "Peru"}


def test_no_one_named_the_two_countries_of_an_article_naming_none_are_no_one() -> None:
    text = "On Friday, the two countries signed an agreement on border security in Lima."
    assert not [e for e in _events(text) if "countries" in _names(e)]


def test_no_one_named_the_capital_of_any_state_an_adjective_names() -> None:
    place = find_place("Ana Soto met Luis Ramos in the Kazakh capital on Monday.")
    assert place is not None and place.name == "Astana"


def test_no_one_named_the_expulsion_of_a_titled_name_is_an_expulsion() -> None:
    text = (
        "President Luis Ramos on Tuesday ordered the expulsion of the Chilean charge "
        "d'affaires Tomas Vidal."
    )
    (expelled,) = [e for e in _events(text) if e.type == "expel"]
    assert {a.name for a in expelled.actors if a.side == "target"} == {"Tomas Vidal"}
    assert expelled.date.value == "2021-04-27"


def test_no_one_named_a_year_telling_which_thing_dates_no_happening() -> None:
    text = (
        "In June, Luis Ramos called for a review of a 2017 security treaty with Chile in a "
        "meeting with the Chilean defence minister."
    )
    events = _events(text, dt.date(2023, 7, 12))
    assert events and all(e.date.value == "2023-06" for e in events)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Luis Ramos was wounded in a 2017 attack on the base in Tacna.", "2017"),
        ("In the first week of the 1998 scandal, Luis Ramos opened a police inquiry.", "1998"),
    ],
)
def test_no_one_named_a_year_of_the_happening_or_of_a_known_one_still_dates(
    text: str, year: str
) -> None:
    events = _events(text, dt.date(2023, 7, 12))
    assert events and events[0].date.value == year


def test_no_one_named_every_name_after_the_provinces_of_is_a_place() -> None:
    text = "Rebels want to take Tacna and its neighbouring provinces of Yura and Arica from Peru."
    parsed = _labelled(text, {"Tacna": "PERSON", "Yura": "PERSON", "Arica": "PERSON"})
    labels = {e.text: e.label for e in _towns_read_as_people(parsed).entities}
    assert labels == {"Tacna": "PERSON", "Yura": "GPE", "Arica": "GPE"}


@pytest.mark.parametrize("qualifier", sorted(REGION_QUALIFIERS))
def test_no_one_named_each_region_qualifier_keeps_a_region_adjective_a_region(
    qualifier: str,
) -> None:
    assert entity_actor(f"{qualifier.capitalize()} Asian", "NORP", set()) is None


@pytest.mark.parametrize("unit", ["troop", "military", "army", "force", "militia"])
def test_no_one_named_a_gathering_of_each_kind_of_force_is_no_meeting(unit: str) -> None:
    text = f"Chile and Peru agreed on a ceasefire on Saturday after reports of {unit} gatherings."
    assert not [e for e in _events(text) if e.type == "meet"]


@pytest.mark.parametrize("plural", sorted(COUNTED_STATE_PLURALS))
def test_no_one_named_each_plural_of_states_named_nowhere_is_no_one(plural: str) -> None:
    text = f"On Friday, the two {plural} signed an agreement on border security in Lima."
    assert not [e for e in _events(text) if plural in _names(e)]


def _met_by_crowds() -> list[str]:
    """The words of the meeting pattern that rejects "met by" a crowd, as the English
    profile lists them."""
    (meet,) = [t for t in english_entries() if t["type"] == "meet"]
    (pattern,) = [p for p in meet["patterns"] if p.get("prep") == ["by"] and p.get("reject")]
    return list(pattern["prep_object"])


@pytest.mark.parametrize("word", _met_by_crowds())
def test_no_one_named_each_crowd_word_after_met_by_is_no_meeting(word: str) -> None:
    if word in ("wisher", "wishers"):  # the tokenizer's half of "well-wishers"
        word = "well-" + word
    text = f"The Chilean minister left the plane in Lima and was met by {word} on Monday."
    assert not [e for e in _events(text) if e.type == "meet"]


@pytest.mark.parametrize("who", ["a small crowd", "supporters", "well-wishers"])
def test_no_one_named_a_crowd_that_met_someone_held_no_meeting(who: str) -> None:
    text = f"The Chilean police officers left the plane in Lima and were met by {who} on Monday."
    assert not [e for e in _events(text) if e.type == "meet"]
    met = _events("The Chilean minister was met by Peruvian President Luis Ramos on Monday.")
    assert [e.type for e in met] == ["meet"]
