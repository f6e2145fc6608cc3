"""The venue a statement or a transcript was given at."""

from __future__ import annotations

import pytest

from storyline.lang.en.transcripts import is_transcript
from storyline.places import article_venue

TURNS = "MODERATOR: Good morning.\nMINISTER DOE: Thank you.\nQUESTION: A question.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a venue line under the byline: the most specific place it names
        ("Jane Doe, Minister of Foreign Affairs\nKuwait City, Kuwait\n" + TURNS, "Kuwait City"),
        ("Jane Doe, Minister\nMinistry of Foreign Affairs, Amman\n" + TURNS, "Amman"),
        ("Office of the Spokesperson\nAnkara, Turkey\nThe minister said today that", "Ankara"),
        # a transcript whose speakers say where they are
        (TURNS + "MINISTER DOE: It is a pleasure to be back in Jordan today.\n", "Jordan"),
        (TURNS + "MINISTER DOE: We are glad to welcome you here in Amman.\n", "Amman"),
    ],
)
def test_places_article_venue(text: str, expected: str) -> None:
    venue = article_venue(text)
    assert venue is not None and venue.name == expected


@pytest.mark.parametrize(
    "text",
    [
        # a byline is no venue, nor a date line
        "Jane Doe, Minister of Foreign Affairs\nThe minister said today that talks went well.",
        "Sunday, May 5, 2024\nThe minister said today that talks went well.",
        # a report quoting someone "here in" a place: its speakers may be anywhere
        'Officials met on Monday. "We are here in Amman to listen," the envoy said.',
        # a venue line after the prose has begun is no venue line
        "The minister said today that talks went well.\nAmman, Jordan\n",
    ],
)
def test_places_article_venue_absent(text: str) -> None:
    assert article_venue(text) is None


def test_places_is_transcript_needs_speaker_turns() -> None:
    assert is_transcript(TURNS)
    assert not is_transcript("NOTE: one label is no transcript.\nThe minister said.")
