"""People the model finds only in part where an office comes before them: a call whose
object the parser took for a name, an office that runs into a body's name with its holder set
beside it, a participant phrase headed by the title, and a holder the model found as no one.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from storyline.actors import Tenure
from storyline.events.arguments import OWNER_PRONOUNS
from storyline.events.extract import (
    _OFFICE_STEMS,
    OFFICE_HINT,
    ArticleInput,
    _missed_holders,
    _titled_names,
    extract_events,
)
from storyline.nlp import parse
from storyline.records import Event, ParsedArticle

TUESDAY = dt.date(2022, 3, 8)
MET_WITH = (
    "Secretary of Defense Tom Berg met on Friday with Colombian Minister of National Defense "
    "Luis Ramos."
)


def _events(text: str, published: dt.date = TUESDAY) -> list[Event]:
    return extract_events(ArticleInput("x", "x", text, published), parse("x", text), Tenure())


def _people(event: Event) -> dict[str, str | None]:
    """The people on the happening's sides (not whoever told of it)."""
    return {a.name: a.role for a in event.actors if a.kind == "person" and a.side}


def test_call_whose_object_the_parser_read_as_a_name_is_a_call() -> None:
    text = (
        "LIMA, March 8, 2022 – Defense Secretary Tom Berg called Chilean Defense Minister "
        "Luis Ramos Vidal last night to continue the close defense cooperation between Peru "
        "and Chile, Navy Rear Adm. John Carter said."
    )
    (verb,) = [t for t in parse("x", text).tokens if t.text == "called"]
    assert [t.dep for t in parse("x", text).tokens if t.head == verb.i and t.dep == "oprd"]
    calls = [e for e in _events(text) if e.type == "call"]
    assert len(calls) == 1
    assert set(_people(calls[0])) == {"Tom Berg", "Luis Ramos Vidal"}
    assert calls[0].date.value == "2022-03-07"


def test_calling_something_a_name_is_still_no_call() -> None:
    text = "President Luis Ramos called the bombing in Arica a cowardly act on Monday."
    assert not [e for e in _events(text) if e.type == "call"]


def test_office_running_into_a_body_name_keeps_its_apposed_holder() -> None:
    text = (
        "On Monday, the Deputy Assistant Secretary of Defense for Western Hemisphere Affairs, "
        "Mr. Luis Ramos, hosted Peru's Minister of Defense Ana Soto at the Pentagon."
    )
    meetings = [e for e in _events(text) if e.type == "meet"]
    assert len(meetings) == 1
    people = _people(meetings[0])
    assert set(people) == {"Luis Ramos", "Ana Soto"}
    assert people["Luis Ramos"] == (
        "Deputy Assistant Secretary of Defense for Western Hemisphere Affairs"
    )


def test_participant_phrase_headed_by_the_title_is_its_holder() -> None:
    text = MET_WITH
    meetings = [e for e in _events(text) if e.type == "meet"]
    assert len(meetings) == 1
    people = _people(meetings[0])
    assert set(people) == {"Tom Berg", "Luis Ramos"}
    assert people["Luis Ramos"] == "Minister of National Defense"
    assert not [a for a in meetings[0].actors if "Minister" in a.name]


def _without(parsed: ParsedArticle, name: str) -> ParsedArticle:
    """The parse as if the model had found no entity on ``name``."""
    entities = tuple(e for e in parsed.entities if e.text != name)
    start = parsed.text.index(name)
    tokens = tuple(
        t._replace(ent="") if start <= t.start < start + len(name) else t for t in parsed.tokens
    )
    return replace(parsed, entities=entities, tokens=tokens)


def test_holder_the_model_found_as_no_one_is_a_person_after_the_office() -> None:
    text = MET_WITH
    missed = _without(parse("x", text), "Luis Ramos")
    assert not [e for e in missed.entities if e.text == "Luis Ramos"]
    found = _missed_holders(missed)
    assert [(e.text, e.label) for e in found.entities if e.text == "Luis Ramos"] == [
        ("Luis Ramos", "PERSON")
    ]
    assert {t.text: t.ent for t in found.tokens if t.text in ("Luis", "Ramos")} == {
        "Luis": "PERSON",
        "Ramos": "PERSON",
    }


def test_missed_holders_leave_names_the_model_found_and_lower_case_words() -> None:
    found = parse("x", "Defense Minister Luis Ramos met the minister of defence of Peru.")
    assert _missed_holders(found) is found
    text = "The Minister of Defense welcomed the visitors on Friday."
    parsed = parse("x", text)
    assert _missed_holders(parsed) is parsed


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "During his meeting with President Ana Soto in Lima, Foreign Minister Luis Ramos "
            "said the two countries would expand trade.",
            {"Ana Soto", "Luis Ramos"},
        ),
        (
            "During her meeting with President Luis Ramos in Lima, Foreign Minister Ana Soto "
            "said the two countries would expand trade.",
            {"Ana Soto", "Luis Ramos"},
        ),
    ],
)
def test_meeting_framed_by_its_owner_pronoun_is_the_clause_subject_s(
    text: str, people: set[str]
) -> None:
    """ "During his meeting with X, Y said ...": the meeting is Y's, with X (each of
    :data:`~storyline.events.arguments.OWNER_PRONOUNS`)."""
    meetings = [e for e in _events(text) if e.type == "meet"]
    assert len(meetings) == 1
    assert set(_people(meetings[0])) == people


def test_owner_pronouns_are_of_one_person() -> None:
    assert {"his", "her"} == OWNER_PRONOUNS  # ("their talks": the subject may be one of many)


def test_meeting_another_person_owns_is_not_the_clause_subject_s() -> None:
    text = (
        "During the president's meeting with Ana Soto in Lima, Foreign Minister Luis Ramos "
        "waited outside."
    )
    assert not [e for e in _events(text) if e.type == "meet" and "Luis Ramos" in _people(e)]


@pytest.mark.parametrize(
    "text",
    [
        'Investigators identified Luis Ramos, the man they called "The Fox."',
        "When she was freed in 1992, Ana Soto starred in a film called The Andean Night.",
    ],
)
def test_a_name_given_in_a_clause_on_its_noun_is_no_call(text: str) -> None:
    """ "the man they called X", "a film called X": the noun the clause hangs on is what is
    called so, whatever object the parser finds."""
    assert not [e for e in _events(text) if e.type == "call"]


def test_missed_holders_take_no_headline_verb_for_a_name() -> None:
    """ "President Nominates Ana Soto to Serve as Envoy": the model's person is cut as a
    headline's verb, and no holder of the presidency is made of the words after it."""
    text = "President Nominates Ana Soto to Serve as Envoy\nThe president named Ana Soto envoy."
    parsed = _missed_holders(_titled_names(parse("x", text)))
    assert not [e for e in parsed.entities if e.text.startswith("Nominates")]


@pytest.mark.parametrize("noun", ["telephonic call", "telephonic conversation"])
def test_a_telephonic_call_or_conversation_is_a_call(noun: str) -> None:
    text = f"Luis Ramos held a {noun} with his Peruvian counterpart Ana Soto on Friday."
    calls = [e for e in _events(text) if e.type == "call"]
    assert len(calls) == 1
    assert set(_people(calls[0])) == {"Luis Ramos", "Ana Soto"}


def test_a_telephonic_conversation_framing_the_clause_is_a_call_of_its_subject() -> None:
    text = (
        "In a telephonic conversation with U.S. Defence Secretary Tom Berg, Defence Minister "
        "Luis Ramos on Friday evening took up the issues of bilateral defence cooperation, "
        "sources said."
    )
    calls = [e for e in _events(text) if e.type == "call"]
    assert len(calls) == 1
    assert set(_people(calls[0])) == {"Tom Berg", "Luis Ramos"}
    assert calls[0].date.value == "2022-03-04"


def test_a_counterpart_of_a_state_of_two_words_holds_the_same_office() -> None:
    text = (
        "Defence Minister Luis Ramos has held talks with his South Korean counterpart Tomas "
        "Vidal to boost bilateral defence ties."
    )
    meetings = [e for e in _events(text) if e.type == "meet"]
    assert len(meetings) == 1
    (vidal,) = [a for a in meetings[0].actors if a.name == "Tomas Vidal"]
    assert (vidal.role, vidal.org) == ("Defence Minister", "South Korea")


@pytest.mark.parametrize("stem", _OFFICE_STEMS.split("|"))
def test_titled_holders_each_office_stem_is_found_in_any_case(stem: str) -> None:
    for written in (stem, stem.upper(), stem.capitalize()):
        found = OFFICE_HINT.search(f"Luis Ramos, the {written}x of Peru")
        assert found is not None and found.group().lower() == stem


def test_titled_holders_no_office_stem_no_office_hint() -> None:
    assert OFFICE_HINT.search("Luis Ramos of Peru met Ana Soto in Lima on Monday.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru signed a security agreement today that Prime Minister Luis Ramos and "
        "counterpart Tomas Vidal said showed the close ties.",
        "Prime Minister Luis Ramos held talks with Peruvian counterpart Tomas Vidal in Lima today.",
    ],
)
def test_counterpart_with_no_owner_before_it_holds_the_same_office(text: str) -> None:
    events = _events(text)
    assert events
    roles = {a.name: a.role for e in events for a in e.actors if a.kind == "person"}
    assert roles == {"Luis Ramos": "Prime Minister", "Tomas Vidal": "Prime Minister"}
