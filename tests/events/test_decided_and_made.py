"""A break in relations told as an announced decision ("announced its decision to suspend
ties"), as a noun ("announced the severing of relations"), or as what a happening made someone
do ("the incident prompted the president to announce ..."). Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.actors import Tenure
from storyline.events.extract import ArticleInput, extract_events
from storyline.lang.en.lexicon import CAUSING_HEADS, DECISION_NOUNS
from storyline.nlp import parse
from storyline.records import Event

MONDAY = dt.date(2024, 3, 4)


def _events(text: str) -> list[Event]:
    return extract_events(ArticleInput("x", "x", text, MONDAY), parse("x", text), Tenure())


def _cut(text: str) -> list[Event]:
    return [e for e in _events(text) if e.type == "cut-ties"]


def _sides(event: Event) -> set[tuple[str, str | None]]:
    return {(a.name, a.side) for a in event.actors if a.side}


@pytest.mark.parametrize("verb", ["suspend", "cut", "sever"])
def test_decided_an_announced_decision_to_break_ties_is_the_break(verb: str) -> None:
    for noun in sorted(DECISION_NOUNS):
        found = _cut(f"Peru announced its {noun} to {verb} diplomatic relations with Chile.")
        assert found, noun
        assert {("Peru", "source"), ("Chile", "target")} <= _sides(found[0])


def test_decided_a_decision_only_criticised_is_no_break() -> None:
    assert not _cut("Peru criticised the decision to suspend diplomatic relations with Chile.")


@pytest.mark.parametrize("noun", ["severing", "breaking", "rupture", "downgrading"])
def test_decided_the_noun_of_a_break_in_relations_announced_is_the_break(noun: str) -> None:
    found = _cut(f"President Luis Ramos announced the {noun} of diplomatic relations with Chile.")
    assert found
    assert {("Luis Ramos", "source"), ("Chile", "target")} <= _sides(found[0])


def test_decided_the_breaking_of_a_siege_is_no_break_in_relations() -> None:
    assert not _cut("The breaking of the siege was a relief for Lima on Monday.")


PAST = {"prompt": "prompted", "force": "forced", "compel": "compelled"}


def test_made_each_causing_verb_has_its_past_here() -> None:
    assert set(PAST) == CAUSING_HEADS


@pytest.mark.parametrize("head", sorted(CAUSING_HEADS))
def test_made_what_a_happening_made_someone_do_was_done_by_them(head: str) -> None:
    text = (
        f"The border incident {PAST[head]} Peruvian President Luis Ramos to announce the "
        "rupture of relations with Chile on Monday."
    )
    found = _cut(text)
    assert found, head
    assert {("Luis Ramos", "source"), ("Chile", "target")} <= _sides(found[0])
