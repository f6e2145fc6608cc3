"""Who did an attack, told only in a relative clause of its claim; a call "with" someone; a
levied sanction; a surname the model took for a place. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from storyline.actors import Tenure
from storyline.events.extract import ArticleInput, _known_surnames, extract_events
from storyline.nlp import parse
from storyline.records import Event

MONDAY = dt.date(2024, 3, 4)


def _events(text: str) -> list[Event]:
    return extract_events(ArticleInput("x", "x", text, MONDAY), parse("x", text), Tenure())


def _of(events: list[Event], plover: str) -> list[Event]:
    return [e for e in events if e.plover == plover]


def _sides(event: Event, side: str) -> set[str]:
    return {a.name for a in event.actors if a.side == side}


@pytest.mark.parametrize(
    "text",
    [
        "Chile condemned the bombing, for which the Andes Liberation Front claimed responsibility.",
        # the parser hangs the clause on the town named last: a town is no deed one claims
        "Chile strongly condemns the attack today in the town of Tacna, for which the Andes "
        "Liberation Front has claimed responsibility.",
    ],
)
def test_claims_the_group_that_claimed_an_attack_in_a_relative_clause_did_it(text: str) -> None:
    (attack,) = _of(_events(text), "ASSAULT")
    assert _sides(attack, "source") == {"Andes Liberation Front"}


def test_claims_no_group_claiming_names_no_attacker() -> None:
    text = "Chile condemned the bombing in Lima, for which no group has claimed responsibility."
    assert not any(_sides(e, "source") for e in _of(_events(text), "ASSAULT"))


def test_calls_a_call_with_someone_is_a_phone_call() -> None:
    text = (
        "Foreign Minister Ana Soto raised the border dispute in a call with Peruvian Foreign "
        "Minister Luis Vega on Monday and urged him to reopen the crossing."
    )
    (call,) = _of(_events(text), "CONSULT")
    assert call.type == "call"
    assert {a.name for a in call.actors} >= {"Ana Soto", "Luis Vega"}


def test_calls_a_call_with_reporters_is_none() -> None:
    assert not _of(_events("Ana Soto answered questions in a call with reporters."), "CONSULT")


def test_levies_who_levied_sanctions_imposed_them() -> None:
    (sanction,) = _of(_events("In 2007, Chile levied sanctions against Luis Ramos."), "SANCTION")
    assert _sides(sanction, "source") == {"Chile"}
    assert "Luis Ramos" in _sides(sanction, "target")


def test_surnames_a_lone_surname_taken_for_a_place_is_the_person_named_before() -> None:
    text = "Luis Ramos was arrested in Lima. Chile later labeled Ramos a terrorist."
    parsed = parse("x", text)
    second = text.rindex("Ramos")
    # the model's mistake, as it makes it on some names: the surname tagged a location
    wrong = [replace(e, label="LOC") if e.start == second else e for e in parsed.entities]
    assert any(e.start == second for e in wrong)
    tokens = [t._replace(ent="LOC") if t.start == second else t for t in parsed.tokens]
    relabelled = _known_surnames(replace(parsed, entities=tuple(wrong), tokens=tuple(tokens)))
    (surname,) = [e for e in relabelled.entities if e.start == second]
    assert surname.label == "PERSON"


@pytest.mark.parametrize("place", ["hospital complex", "fuel facility"])
def test_seizing_a_complex_from_fighters_is_an_attack(place: str) -> None:
    text = f"On Monday, Peruvian troops seized the {place} from rebel fighters near Tacna."
    (attack,) = _of(_events(text), "ASSAULT")
    assert "Peruvian troops" in _sides(attack, "source") or "Peru" in _sides(attack, "source")


@pytest.mark.parametrize("craft", ["frigate", "destroyer", "cruiser", "corvette", "submarine"])
def test_warships_are_forces_whose_arrival_is_a_deployment(craft: str) -> None:
    text = f"A Chilean {craft} arrived in the Peruvian port of Callao on Monday."
    (deploy,) = [e for e in _events(text) if e.type == "deploy"]
    assert "Chile" in {a.name for a in deploy.actors}
