"""The territories table: every place, every name of it, found by the gazetteer."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from storyline.events.run import key_of
from storyline.places import country, lookup
from storyline.places.gazetteer import TERRITORIES_FILE, places_fingerprint

ENTRIES = tomllib.loads(
    resources.files("storyline.places").joinpath(TERRITORIES_FILE).read_text("utf-8")
)["place"]


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["name"] for e in ENTRIES])
def test_territories_every_name_is_found_in_its_state(entry: dict[str, object]) -> None:
    assert country(str(entry["country"])) is not None
    lat, lon = entry["point"]  # type: ignore[misc]
    assert -90 <= lat <= 90 and -180 <= lon <= 180
    for name in entry["names"]:  # type: ignore[attr-defined]
        found = lookup(name)
        assert found is not None, name
        assert found.country == entry["country"], name


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["name"] for e in ENTRIES])
def test_territories_a_place_is_shown_by_its_own_name(entry: dict[str, object]) -> None:
    """Unless a city of the gazetteer has the name already (it keeps it)."""
    found = lookup(str(entry["name"]))
    assert found is not None
    if found.name != entry["name"]:
        # a city of the gazetteer with that name: its own record, in the same state
        assert (found.lat, found.lon) != tuple(entry["point"])  # type: ignore[arg-type]
        assert found.country == entry["country"]


def test_territories_never_displace_a_city_of_the_name() -> None:
    """geonames' Kobani (its "'Ayn al 'Arab") keeps its own point; Gaza stays the city."""
    kobani, gaza = lookup("Kobani"), lookup("Gaza")
    assert kobani is not None and kobani.name != "Kobani" and kobani.country == "SY"
    assert gaza is not None and gaza.name == "Gaza"


def test_territories_are_part_of_the_extraction_settings() -> None:
    assert f"places:{places_fingerprint()}" in key_of(None)
