"""Small words shared by everything that prints: "a" or "an" as the noun is spoken."""

from __future__ import annotations

import pytest

from storyline.events.registry import registry
from storyline.wording import BASE_FORMS, indefinite, infinitive


@pytest.mark.parametrize(
    ("noun", "text"),
    [
        ("attack", "an attack"),
        ("meeting", "a meeting"),
        ("use of force", "a use of force"),
        ("union", "a union"),
        ("European summit", "a European summit"),
        ("one-day visit", "a one-day visit"),
        ("hour-long call", "an hour-long call"),
        ("honour", "an honour"),
        ("hostage taking", "a hostage taking"),
        ("investigation", "an investigation"),
    ],
)
def test_indefinite_takes_a_or_an_as_the_noun_is_spoken(noun: str, text: str) -> None:
    assert indefinite(noun) == text


def test_indefinite_every_event_type_noun_reads_with_its_article() -> None:
    """The headline of an event nobody is named in says "A use of force was reported"."""
    from storyline.events.headline import headline

    (coerce,) = [t for t in registry().types if t.noun == "use of force"]
    assert headline(coerce, [], None) == "A use of force was reported"
    for event_type in registry().types:
        text = headline(event_type, [], None)
        assert text == f"{indefinite(event_type.noun).capitalize()} was reported", text


def _opening_words() -> set[str]:
    """The first word of every headline form of the event registry, and "were", which a
    headline writes for "was" before several ("Peru and Chile were sanctioned")."""
    forms = ("verb", "alone", "passive")
    return {getattr(t, f).split()[0] for t in registry().types for f in forms} | {"were"}


@pytest.mark.parametrize("past", sorted(BASE_FORMS))
def test_infinitive_table_entry_opens_a_headline_form(past: str) -> None:
    assert past in _opening_words(), f"{past!r} opens no headline form: a dead entry"
    assert infinitive(past) == BASE_FORMS[past] != past


@pytest.mark.parametrize("word", sorted(_opening_words()))
def test_infinitive_knows_every_word_a_headline_form_opens_with(word: str) -> None:
    assert word in BASE_FORMS, f"no plain form of {word!r}: a decided headline would misread"


@pytest.mark.parametrize(
    ("phrase", "plain"),
    [
        ("imposed sanctions on", "impose sanctions on"),
        ("withdrew forces from", "withdraw forces from"),
        ("was sanctioned", "be sanctioned"),
        ("had a visit called off", "have a visit called off"),
        ("met", "meet"),
        ("strolled about", "strolled about"),  # not a headline's word: left as it is
    ],
)
def test_infinitive_puts_the_first_verb_in_its_plain_form(phrase: str, plain: str) -> None:
    assert infinitive(phrase) == plain
