"""Small words shared by everything that prints: "a" or "an" as the noun is spoken."""

from __future__ import annotations

import pytest

from storyline.events.registry import registry
from storyline.wording import indefinite


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
