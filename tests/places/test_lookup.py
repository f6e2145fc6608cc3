"""The offline gazetteer: cities, countries, casing and ordinary words."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.actors import Tenure
from storyline.events.extract import ArticleInput, extract_events
from storyline.nlp import parse
from storyline.places import capital, country, lookup
from storyline.places.gazetteer import _city_places, _states_over_towns, gazetteer


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
    """A name asked again is answered from the cache, not by building anything again."""
    gazetteer()
    names = ["Baghdad", "Erbil", "Iraq", "the United States", "Nowhereville"] * 20
    lookup.cache_clear()
    for name in names:
        lookup(name)
    info = lookup.cache_info()
    assert (info.misses, info.hits) == (5, 95)
    assert gazetteer.cache_info().misses <= 1


@pytest.mark.parametrize(
    ("name", "country_code"),
    [
        ("Anbar", "IQ"),
        ("Al Anbar", "IQ"),
        ("Diyala", "IQ"),
        ("Diyala Province", "IQ"),
        ("Helmand", "AF"),
        ("Texas", "US"),
        ("Queensland", "AU"),
    ],
)
def test_places_lookup_a_country_s_regions(name: str, country_code: str) -> None:
    """A province, governorate or state no city is named after is a place of its country."""
    place = lookup(name)
    assert place is not None and place.country == country_code


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Baghdad", "IQ"), ("Georgia", "GE"), ("Red Sea", None), ("Central", None)],
)
def test_places_a_region_never_outranks_a_city_or_country_nor_names_a_feature(
    name: str, expected: str | None
) -> None:
    place = lookup(name)
    assert (place.country if place else None) == expected
    if place is not None:
        assert place.lat is not None  # the city's or country's point, not a region's


@pytest.mark.parametrize("name", ["Nov", "Mon", "Sept", "AMAs", "MPs"])
def test_places_a_date_s_short_word_or_a_plural_acronym_is_no_place(name: str) -> None:
    assert lookup(name) is None


@pytest.mark.parametrize(
    ("name", "country_code"),
    [("Acre", "IL"), ("Canterbury", "GB"), ("Savannah", "US"), ("Sahel", None), ("Zaire", None)],
)
def test_places_a_region_never_takes_a_town_s_name_nor_a_wider_one(
    name: str, country_code: str | None
) -> None:
    """A town keeps its name however small (Acre is the Israeli city, not the Brazilian
    state); a region named like an area across borders or a former country is no place."""
    place = lookup(name)
    assert (place.country if place else None) == country_code


@pytest.mark.parametrize("key", sorted(_states_over_towns(_city_places())))
def test_places_a_us_state_outranks_a_small_town_abroad_of_its_name(key: str) -> None:
    place = lookup(key.title())
    assert place is not None and place.country == "US" and place.lat is None


def test_places_a_us_state_never_takes_a_us_city_s_name() -> None:
    place = lookup("Washington")
    assert place is not None and place.country == "US" and place.lat is not None


def test_places_states_over_towns_are_the_ones_news_means() -> None:
    assert {"florida", "virginia"} <= set(_states_over_towns(_city_places()))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("South Lebanon", "Lebanon"),
        ("Northern Syria", "Syria"),
        ("North-Western Iraq", "Iraq"),
        ("South Sudan", "South Sudan"),  # a country of its own
        ("North Korea", "North Korea"),
        ("Western Sahara", "Western Sahara"),
        ("East London", "East London"),  # a town of its own
    ],
)
def test_lookup_a_compass_part_of_a_country_is_the_country(name: str, expected: str) -> None:
    found = lookup(name)
    assert found is not None and found.name == expected


def test_lookup_a_compass_word_before_anything_but_a_country_names_nothing() -> None:
    assert lookup("Central Asia") is None
    assert lookup("Southern Command") is None
    assert lookup("Central America") is None  # "America" is the US only as an alias
    assert lookup("North Georgia") is None  # most often the US state's north


def test_lookup_a_compass_name_of_another_state_is_that_state() -> None:
    """ "Northern Ireland" is the United Kingdom's, "Eastern Congo" the DR Congo's."""
    northern, eastern = lookup("Northern Ireland"), lookup("Eastern Congo")
    assert northern is not None and northern.country == "GB"
    assert eastern is not None and eastern.country == "CD"


def test_event_in_a_part_of_a_country_is_in_the_country() -> None:
    """ "in Northern Syria": the event is in Syria, not at a venue named "Northern Syria"."""
    text = "Turkish jets struck targets in Northern Syria on Monday."
    article = ArticleInput("x", "x", text, dt.date(2019, 10, 16))
    (event,) = extract_events(article, parse("x", text), Tenure())
    assert event.location is not None and event.location.name == "Syria"


def test_lookup_a_compass_word_before_a_country_s_short_name_is_the_country() -> None:
    found = lookup("Eastern DRC")
    assert found is not None and found.country == "CD"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Kut", "Al-Kut"),  # the Arabic article left out
        ("Al-Kut", "Al-Kut"),
        ("Diwaniyah", "Al Diwaniyah"),  # the article left out
        ("Sulaimaniyah", "Sulaymaniyah"),  # "-iya" of an alternate written "-iyah"
    ],
)
def test_gazetteer_transliterated_arabic_town_in_its_other_spellings(
    written: str, name: str
) -> None:
    found = lookup(written)
    assert found is not None and found.name == name and found.country == "IQ"


def test_gazetteer_transliterations_leave_out_ordinary_words() -> None:
    from storyline.places.gazetteer import _transliterations

    assert _transliterations("al kut") == {"kut"}
    assert _transliterations("sulaimaniya") == {"sulaimaniyah", "sulaimaniyya"}
    assert "an" not in _transliterations("an najaf")


@pytest.mark.parametrize(
    "word", ["Charge", "Madam", "Rams", "Hay", "Sham", "Khalil", "Nasr", "Taj"]
)
def test_gazetteer_other_spellings_make_no_town_of_a_word_or_a_name(word: str) -> None:
    """Only a large town's own name loses its article; a spelling never takes another's key."""
    assert lookup(word) is None


def test_gazetteer_other_spellings_never_take_a_key_another_name_has() -> None:
    found = lookup("Marsa")
    assert found is not None and found.country == "MT"
