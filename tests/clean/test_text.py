"""The small str -> str cleaning steps of storyline.clean.text."""

from __future__ import annotations

import time

import pytest

from storyline.clean.text import (
    drop_repeated_sentences,
    normalize_whitespace,
    repair_glued_sentences,
    sentence_key,
    split_sentences,
    strip_credit_fragments,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a  b\u00a0c", "a b c"),
        ("  line one  \r\nline two\t", "line one\nline two"),
        ("one\n\n\n\n two", "one\n\ntwo"),
        ("zero\u200bwidth", "zerowidth"),
        # direction marks: "Prime Minister\u200e Ana Soto", an override that reverses a line
        ("Prime Minister\u200e Ana Soto", "Prime Minister Ana Soto"),
        ("\u202eSoto\u202c met \u2067Vidal\u2069", "Soto met Vidal"),
        ("", ""),
    ],
)
def test_normalize_whitespace_collapses_blanks(raw: str, expected: str) -> None:
    assert normalize_whitespace(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("the two parties.Echoing the call", "the two parties. Echoing the call"),
        ('"it was late."The next day', '"it was late." The next day'),
        ("the country.A statement said", "the country. A statement said"),
        ("launched in 2018.The mission", "launched in 2018. The mission"),
    ],
)
def test_repair_glued_sentences_inserts_space(raw: str, expected: str) -> None:
    assert repair_glued_sentences(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "troops left the U.S. base",
        "read it on ctpost.com today",
        "growth of 3.5 per cent",
        "many fruits, e.g. apples",
        "a letter from Mr.Smith",
        "shares in Amazon.Com rose",
        "version 2.Final",
    ],
)
def test_repair_glued_sentences_leaves_abbreviations(text: str) -> None:
    assert repair_glued_sentences(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One here. Two there! Three?", ["One here.", "Two there!", "Three?"]),
        ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
        ("The U.S. Army left. It rained.", ["The U.S. Army left.", "It rained."]),
        ("Mohammed S. Al-Sudani spoke. Then", ["Mohammed S. Al-Sudani spoke.", "Then"]),
        ('He said "yes." Then he left.', ['He said "yes."', "Then he left."]),
        ("line one\nline two", ["line one", "line two"]),
        ("", []),
    ],
)
def test_split_sentences_respects_abbreviations(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_sentence_key_ignores_case_and_punctuation() -> None:
    assert sentence_key("The  Bridge, “reopened”!") == sentence_key("the bridge reopened")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crops grew well this year. Prices fell sharply today.\n"
            "Crops grew well this year. Prices fell sharply today. Farmers were happy about it.",
            "Crops grew well this year. Prices fell sharply today.\nFarmers were happy about it.",
        ),
        (
            "The board met on Monday to vote…\nThe board met on Monday to vote on the plan.",
            "The board met on Monday to vote on the plan.",
        ),
        ("No. No. No.", "No. No. No."),
        ("First paragraph here.\nSecond one here.", "First paragraph here.\nSecond one here."),
    ],
)
def test_drop_repeated_sentences_keeps_first(text: str, expected: str) -> None:
    assert drop_repeated_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the forces. (Daily | Region News Now )- Wire Service/ The deputy said",
            "the forces. The deputy said",
        ),
        ("the forces. (Agency) - The deputy said", "the forces. The deputy said"),
        ("(Reuters) - The company said", "(Reuters) - The company said"),
        ("He said (quietly) - then left.", "He said (quietly) - then left."),
    ],
)
def test_strip_credit_fragments_only_mid_paragraph(text: str, expected: str) -> None:
    assert strip_credit_fragments(text) == expected


def test_drop_repeated_sentences_keeps_truncated_teaser_without_full_copy() -> None:
    text = "The board met on Monday to vote…\nThe board meets again in May."
    assert drop_repeated_sentences(text) == text


def test_drop_repeated_sentences_fast_on_many_teasers() -> None:
    # Every teaser used to be compared with every sentence of the page: minutes for this one.
    # A hang guard with a wide margin, not a speed target (speed lives in `make bench`).
    teasers = "\n".join(f"Teaser number {i} of the long list…" for i in range(20000))
    start = time.perf_counter()
    assert drop_repeated_sentences(teasers) == teasers
    assert time.perf_counter() - start < 20.0
