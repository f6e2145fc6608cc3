"""Legislatures and their states."""

from __future__ import annotations

import pytest

from storyline.places import capital, lookup
from storyline.places.seats import ANY_STATE, BODIES, LEGISLATURES, body_seat, legislature_states


@pytest.mark.parametrize(("names", "states"), LEGISLATURES)
def test_seats_every_legislature_is_found_and_its_states_have_capitals(
    names: str, states: tuple[str, ...]
) -> None:
    first = names.split("|")[0].replace("[Pp]", "P").replace("[Ll]", "L").replace("[Nn]", "N")
    assert legislature_states(first) == states
    assert legislature_states(f"the {first}") == states
    assert all(capital(code) is not None for code in states)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("House of Commons", ("GB", "CA")),
        ("Knesset", ("IL",)),
        ("the Bundestag", ("DE",)),
        ("parliament", ANY_STATE),
        ("legislature", ANY_STATE),
        ("Indian National Congress", None),
        ("House of Commons Library", None),
        ("Ministry of Defence", None),
    ],
)
def test_seats_legislature_states(name: str, expected: tuple[str, ...] | None) -> None:
    assert legislature_states(name) == expected


@pytest.mark.parametrize(("names", "city"), BODIES)
def test_seats_every_body_sits_in_a_city_the_gazetteer_knows(
    names: tuple[str, ...], city: str
) -> None:
    for name in names:
        assert body_seat(name) == city
        assert body_seat(f"the {name}") == city
    place = lookup(city)
    assert place is not None and place.name == city


@pytest.mark.parametrize(
    ("name", "city"),
    [
        ("UN Security Council", "New York"),
        ("the United Nations General Assembly", "New York"),
        ("Security Council of the Republic", None),
        ("council", None),
    ],
)
def test_seats_body_seat(name: str, city: str | None) -> None:
    assert body_seat(name) == city
