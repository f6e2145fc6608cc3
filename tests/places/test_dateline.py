"""Datelines: the place an article opens with."""

from __future__ import annotations

import json

import pytest

from storyline.places import dateline_place
from tests.conftest import shared_or_skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BAGHDAD, 3rd March, 2024 (WAM) – The Iraqi cabinet approved", "Baghdad"),
        ("BAGHDAD — The defence minister said on Sunday", "Baghdad"),
        ("Baghdad-INA\nA delegation from the alliance arrived", "Baghdad"),
        (
            "(Gulf Wire / Region Daily / WAM - 04th Mar, 2024) ERBIL, 3rd March, 2024 (WAM) – A",
            "Erbil",
        ),
        ("WASHINGTON (Reuters) - The Pentagon said", "Washington"),
        ("ERBIL, Iraq (AP) — Officials in the region said", "Erbil"),
        ("KUWAIT CITY, March 3 (KUNA) -- The emir received", "Kuwait City"),
        ("THE HAGUE, Netherlands — Allied leaders gathered", "The Hague"),
        ("Brussels, 12 June 2024 - Defence ministers agreed", "Brussels"),
        ("Ankara: The Turkish foreign ministry said", "Ankara"),
        ("BRUSSELS -- The alliance said", "Brussels"),
        ("MOSUL, Iraq, Jan. 9 (Xinhua) -- Iraqi forces", "Mosul"),
    ],
)
def test_places_dateline_forms(text: str, expected: str) -> None:
    place = dateline_place(text)
    assert place is not None
    assert place.name == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chile, Peru weigh closer fishing ties in another round of talks",
        "Ana Ruiz during her talks with the alliance's deputy chief said",
        "NATO's deputy chief said on Tuesday that training will go on.",
        "The alliance said its mission would continue.",
        "Nice weather greeted the delegates, a spokesman said.",
        "Reading, the report said, is optional.",
        "Iraq, Turkey and Iran agreed on a water deal.",
        "",
    ],
)
def test_places_dateline_absent(text: str) -> None:
    assert dateline_place(text) is None


def test_places_dateline_seed_bodies() -> None:
    gold = shared_or_skip("gold", "seeds")
    found = {
        path.name.split(".")[0]: dateline_place(path.read_text("utf-8"))
        for path in sorted(gold.glob("*.body.txt"))
    }
    names = {doc: place.name if place else None for doc, place in found.items()}
    meta = json.loads(shared_or_skip("gold", "seeds.json").read_text("utf-8"))
    assert len(names) == len(meta["documents"])
    assert [names[d["doc"]] for d in meta["documents"]] == [
        "Baghdad",
        "Baghdad",
        None,
        "Baghdad",
        None,
    ]


def test_dateline_city_in_capitals_then_its_region() -> None:
    """ "ERBIL, Kurdistan Region (Agency) –": the city, though the region is no country."""
    place = dateline_place("ERBIL, Kurdistan Region (Wire24) – The regional president met ...")
    assert place is not None and place.name == "Erbil"
    assert dateline_place("Iraq, Turkey and Iran agreed on Monday to ...") is None


def test_dateline_city_in_lower_case_then_its_region_and_a_dash() -> None:
    """ "Erbil, Kurdistan Region - ": a dateline when a dash closes the region; without the
    dash, a list of places opens a sentence."""
    place = dateline_place("Erbil, Kurdistan Region - The regional president met ...")
    assert place is not None and place.name == "Erbil"
    assert dateline_place("Erbil, Duhok and Sulaymaniyah voted on Monday.") is None
    assert dateline_place("Iraq, Turkey - and Iran - agreed on a water deal.") is None
