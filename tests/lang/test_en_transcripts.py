"""What a transcript's reader leaves out before parsing: transcriber's notes and restarts."""

from __future__ import annotations

import pytest

from storyline.lang.en.transcripts import (
    RESTART_OPENERS,
    TRANSCRIBER_NOTES,
    blank_notes,
    is_transcript,
    spoken_repairs,
)

TURNS = "MINISTER SOTO: Thank you all.\nQUESTION: {}"


def _read(said: str) -> str:
    """What the parser reads of ``said`` in a transcript's turn, spaces made one."""
    text = TURNS.format(said)
    repaired = spoken_repairs(text)
    assert len(repaired) == len(text)
    return " ".join(repaired.split("\n", 1)[1].split())


def test_transcripts_two_labels_make_a_transcript() -> None:
    assert is_transcript(TURNS.format("Yes."))
    assert not is_transcript("NOTE: one label is no transcript.\nThe minister said.")


@pytest.mark.parametrize("note", TRANSCRIBER_NOTES)
def test_transcripts_every_transcriber_note_is_blanked(note: str) -> None:
    text = f"We met Sheikh Luis ({note}) Soto and [{note.upper()}] the king."
    blanked = blank_notes(text)
    assert len(blanked) == len(text)
    assert " ".join(blanked.split()) == "We met Sheikh Luis Soto and the king."


def test_transcripts_a_bracketed_aside_that_is_no_note_is_kept() -> None:
    text = "The ministers (both of them) met in Lima."
    assert blank_notes(text) == text


@pytest.mark.parametrize(
    ("said", "read"),
    [
        (
            "We met his majesty the prince – the king, Sheikh Pedro Soto.",
            "QUESTION: We met his majesty the king, Sheikh Pedro Soto.",
        ),
        (
            "And also the deputy – her excellency the deputy minister.",
            "QUESTION: And also her excellency the deputy minister.",
        ),
        ("It shows all – all that can be done.", "QUESTION: It shows all that can be done."),
        ("The city which – where we met.", "QUESTION: The city where we met."),
        # an aside set off by dashes is no restart: what follows opens no phrase again
        (
            "The plan – agreed on Monday – holds.",
            "QUESTION: The plan – agreed on Monday – holds.",
        ),
        # a restart reaches back at most three words to its opener
        (
            "We saw the very long and winding – the road.",
            "QUESTION: We saw the very long and winding – the road.",
        ),
    ],
)
def test_transcripts_a_restart_reads_as_what_replaced_it(said: str, read: str) -> None:
    assert _read(said) == read


def test_transcripts_restarts_are_left_in_a_report() -> None:
    """Written prose uses dashes for asides: only a transcript's restarts are blanked."""
    text = "Ministers met the prince – the king was away – in Lima."
    assert spoken_repairs(text) == text


@pytest.mark.parametrize("opener", sorted(RESTART_OPENERS))
def test_transcripts_every_opener_begins_a_restart(opener: str) -> None:
    assert _read(f"It was {opener} one – {opener} other.") == f"QUESTION: It was {opener} other."
