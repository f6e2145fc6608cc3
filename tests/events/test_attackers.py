"""Attackers the text names only by what they did ("a suicide bomber", "the assailants"), and
a state whose possessive only ranks an attack ("Peru's deadliest attack"). Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.actors import Tenure
from storyline.events.extract import ArticleInput, extract_events
from storyline.lang.en.lexicon import PERPETRATOR_NOUNS
from storyline.nlp import parse
from storyline.records import Event

MONDAY = dt.date(2024, 3, 4)


def _events(text: str) -> list[Event]:
    return extract_events(ArticleInput("x", "x", text, MONDAY), parse("x", text), Tenure())


def _attacks(text: str) -> list[Event]:
    return [e for e in _events(text) if e.plover == "ASSAULT"]


def _sources(event: Event) -> set[str]:
    return {a.name for a in event.actors if a.side == "source"}


@pytest.mark.parametrize("doer", ["A suicide bomber", "An attacker", "Two assailants"])
def test_attackers_an_attack_by_someone_named_by_the_deed_is_kept(doer: str) -> None:
    (attack,) = _attacks(f"{doer} killed 20 people at a mosque in Tacna on Sunday.")
    (source,) = _sources(attack)
    assert source.lower() == doer.lower().split(" ", 1)[1]


def test_attackers_each_perpetrator_noun_is_one_a_later_sentence_refers_back_to() -> None:
    for noun in sorted(PERPETRATOR_NOUNS - {"suspect", "culprit"}):
        plural = noun[:-3] + "men" if noun.endswith("man") else noun + "s"
        text = (
            "Militants stormed a police post in Tacna on Sunday, killing seven Peruvian "
            f"soldiers. The {plural} rammed an explosives-laden truck into the post."
        )
        attacks = _attacks(text)
        assert len(attacks) == 1, noun
        assert "Militants" in _sources(attacks[0]), noun


def test_attackers_a_state_that_only_ranks_an_attack_did_not_carry_it_out() -> None:
    text = (
        "A suicide bomber killed 20 people in Tacna on Sunday. "
        "It was Peru's deadliest attack since 2018."
    )
    assert not any("Peru" in _sources(e) for e in _attacks(text))
    aimed = _attacks("Chile's biggest attack on Peru since 2018 hit Tacna on Sunday.")
    assert aimed and "Chile" in _sources(aimed[0])
