"""The offline gazetteer: cities, countries, casing and ordinary words."""

from __future__ import annotations

import time

import pytest

from storyline.places import capital, country, lookup
from storyline.places.gazetteer import gazetteer

LOOKUP_BUDGET_US = 50.0
"""Generous ceiling for one warm lookup; measured about 0.1 µs cached, 3 µs uncached."""


@pytest.mark.parametrize(
    ("name", "expected", "code"),
    [
        ("Baghdad", "Baghdad", "IQ"),
        ("BAGHDAD", "Baghdad", "IQ"),
        ("Brussels", "Brussels", "BE"),
        ("Davos", "Davos", "CH"),
        ("Erbil", "Erbil", "IQ"),
        ("Irbil", "Erbil", "IQ"),
        ("Mosul", "Mosul", "IQ"),
        ("Basra", "Basra", "IQ"),
        ("Fallujah", "Fallujah", "IQ"),
        ("The Hague", "The Hague", "NL"),
        ("Washington", "Washington", "US"),
        ("Ankara", "Ankara", "TR"),
        ("Tehran", "Tehran", "IR"),
        ("Kuwait City", "Kuwait City", "KW"),
        ("Munich", "Munich", "DE"),
        ("New York", "New York", "US"),
        ("Sāmarrā’", "Samarra", "IQ"),
    ],
)
def test_places_lookup_cities(name: str, expected: str, code: str) -> None:
    place = lookup(name)
    assert place is not None
    assert (place.name, place.country) == (expected, code)
    assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize(
    ("name", "expected", "code"),
    [
        ("Iraq", "Iraq", "IQ"),
        ("Turkey", "Turkey", "TR"),
        ("Türkiye", "Turkey", "TR"),
        ("the United States", "United States", "US"),
        ("United States of America", "United States", "US"),
        ("US", "United States", "US"),
        ("U.S.", "United States", "US"),
        ("UK", "United Kingdom", "GB"),
        ("Britain", "United Kingdom", "GB"),
        ("Iran", "Iran", "IR"),
        ("Syria", "Syria", "SY"),
        ("Kuwait", "Kuwait", "KW"),
        ("Jordan", "Jordan", "JO"),
    ],
)
def test_places_lookup_countries(name: str, expected: str, code: str) -> None:
    place = lookup(name)
    assert place is not None
    assert (place.name, place.country) == (expected, code)


def test_places_country_sits_at_its_capital() -> None:
    iraq, baghdad = country("IQ"), capital("IQ")
    assert iraq is not None and baghdad is not None
    assert baghdad.name == "Baghdad"
    assert (iraq.lat, iraq.lon) == (baghdad.lat, baghdad.lon)


@pytest.mark.parametrize(
    "name",
    [
        "baghdad",
        "Of",
        "Nice",
        "Reading",
        "Mobile",
        "Split",
        "Bath",
        "Mission",
        "Alliance",
        "Summit",
        "us",
        "IT",
        "Gondor",
        "North Atlantic Treaty Organization",
        "",
        "   ",
    ],
)
def test_places_lookup_never_guesses(name: str) -> None:
    assert lookup(name) is None


def test_places_lookup_is_a_dict_hit() -> None:
    gazetteer()
    names = ["Baghdad", "Erbil", "Iraq", "the United States", "Nowhereville"] * 2000
    lookup.cache_clear()
    start = time.perf_counter()
    for name in names:
        lookup(name)
    per_lookup_us = (time.perf_counter() - start) / len(names) * 1e6
    assert per_lookup_us < LOOKUP_BUDGET_US
