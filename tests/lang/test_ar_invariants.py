"""Invariants of the Arabic reading over any text (hypothesis): folding is idempotent,
sentences point back into the text, dates and the reader never fail on what they are given."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.actors import Tenure
from storyline.lang.ar.dates import find_dates
from storyline.lang.ar.reader import ArabicArticle, read_arabic
from storyline.lang.ar.text import fold, sentences
from storyline.lang.ar.translit import NameLinker

ARABIC_TEXT = st.text(
    alphabet=st.sampled_from(
        [chr(c) for c in range(0x0621, 0x064B)]
        + [
            "\u064e",
            "\u0651",
            "\u0640",
            "٢",
            "٠",
            "،",
            "؟",
            ".",
            " ",
            " ",
            "\n",
            "-",
            "(",
            ")",
            "1",
            "/",
        ]
    ),
    max_size=300,
)


@given(ARABIC_TEXT)
def test_ar_invariant_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(ARABIC_TEXT)
def test_ar_invariant_sentences_point_back_into_the_text(text: str) -> None:
    for sentence in sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.folded == fold(sentence.text)


@given(ARABIC_TEXT, st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_ar_invariant_dates_are_iso_at_their_precision(text: str, day: dt.date) -> None:
    for phrase in find_dates(fold(text), day):
        value, precision = phrase.date.value, phrase.date.precision
        assert value is not None and precision is not None
        assert len(value) == {"day": 10, "month": 7, "year": 4}[precision]


@settings(max_examples=50, deadline=None)
@given(ARABIC_TEXT)
def test_ar_invariant_the_reader_reads_any_text(text: str) -> None:
    reading = read_arabic(
        ArabicArticle("d", "id", text, dt.date(2025, 2, 5)), Tenure(), NameLinker()
    )
    assert reading.events or reading.reason
    for event in reading.events:
        for evidence in event.sources:
            assert text[evidence.start : evidence.end] == evidence.sentence
