"""storyline.nlp.attributes: the model's attribute rules, applied without the Matcher, give
spaCy's own ruler's result token for token."""

from __future__ import annotations

import functools

import pytest

from storyline.nlp.attributes import FAST_ATTRIBUTES, FastAttributes, replace_ruler
from storyline.nlp.model import MODEL_PACKAGE
from tests.nlp.dev_texts import ecb_texts, realnews_texts

ATTRS = ("TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD")

OWN_TEXTS = [
    # written for this test: the forms the rules single out (contractions, "that" as a
    # conjunction, "there is", negation, determiners used as pronouns, spaces)
    "She said that the envoy ain't coming, and they're gonna wait. Let's go, y'all!",
    "There were two meetings; that was enough. Nothin' came of this, and those who left "
    "didn't return.  He got the order, then gets another.",
    "C'mon, the minister won't sign  unless  the allies agree.\n\nWhich plan? That one.",
]


@functools.lru_cache(maxsize=1)
def _pipelines():  # type: ignore[no-untyped-def]
    import importlib

    module = importlib.import_module(MODEL_PACKAGE)
    stock, fast = module.load(), module.load()
    assert replace_ruler(fast)
    return stock, fast


def _same(texts: list[str]) -> None:
    stock, fast = _pipelines()
    for a, b in zip(stock.pipe(texts), fast.pipe(texts), strict=True):
        assert (a.to_array(list(ATTRS)) == b.to_array(list(ATTRS))).all(), a.text[:80]


def test_attributes_replace_the_ruler_in_place() -> None:
    _, fast = _pipelines()
    names = fast.pipe_names
    assert "attribute_ruler" not in names
    assert names.index(FAST_ATTRIBUTES) == names.index("lemmatizer") - 1


def test_attributes_own_texts_read_as_the_ruler_reads_them() -> None:
    _same(OWN_TEXTS)


def test_attributes_real_news_read_as_the_ruler_reads_it() -> None:
    _same(realnews_texts())


def test_attributes_ecb_texts_read_as_the_ruler_reads_them() -> None:
    _same(ecb_texts()[::4])


def test_attributes_a_rule_testing_something_else_keeps_spacy_s_ruler() -> None:
    import spacy

    pipeline = spacy.blank("en")
    ruler = pipeline.add_pipe("attribute_ruler")
    ruler.add([[{"IS_TITLE": True}]], {"POS": "PROPN"})  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="IS_TITLE"):
        FastAttributes(ruler)  # type: ignore[arg-type]
    assert not replace_ruler(pipeline)
    assert pipeline.pipe_names == ["attribute_ruler"]


def test_attributes_later_rules_win_as_in_the_ruler() -> None:
    import spacy

    def pipeline(fast: bool):  # type: ignore[no-untyped-def]
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add([[{"LOWER": "talks"}]], {"POS": "NOUN", "LEMMA": "talk"})  # type: ignore[attr-defined]
        ruler.add([[{"LOWER": {"IN": ["talks", "meets"]}}]], {"POS": "VERB"})  # type: ignore[attr-defined]
        ruler.add([[{"LOWER": "peace"}, {"LOWER": "talks"}]], {"POS": "PROPN"}, index=1)  # type: ignore[attr-defined]
        if fast:
            assert replace_ruler(nlp)
        return nlp

    text = "The talks ended. Peace talks resume and she meets him."
    stock, fast = pipeline(False)(text), pipeline(True)(text)
    assert [(t.pos_, t.lemma_) for t in stock] == [(t.pos_, t.lemma_) for t in fast]
    assert [t.pos_ for t in fast][1] == "VERB" and [t.pos_ for t in fast][5] == "PROPN"


def test_attributes_a_negative_index_counts_from_the_pattern_s_end() -> None:
    import spacy

    def pipeline(fast: bool):  # type: ignore[no-untyped-def]
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add([[{"LOWER": "peace"}, {"LOWER": "talks"}]], {"POS": "PROPN"}, index=-1)  # type: ignore[attr-defined]
        if fast:
            assert replace_ruler(nlp)
        return nlp

    text = "The peace talks resume."
    assert [t.pos_ for t in pipeline(False)(text)] == [t.pos_ for t in pipeline(True)(text)]
    assert [t.pos_ for t in pipeline(True)(text)][2] == "PROPN"


def test_attributes_a_regular_expression_answers_the_same_from_its_cache_and_after_clearing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A ``REGEX`` condition keeps each string's answer; when the cache is full it starts over,
    and the answers stay those of the expression."""
    from storyline.nlp import attributes

    monkeypatch.setattr(attributes, "MAX_CACHED_VALUES", 2)
    test = attributes._test({"REGEX": "^[a-z]+n't$"}, {})
    words = {1: "didn't", 2: "did", 3: "won't", 4: "wont"}
    for _ in range(3):
        assert [test(value, words.__getitem__) for value in words] == [True, False, True, False]


def test_attributes_the_same_from_the_kept_readings_and_after_they_start_over(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the rules make of a token's values is kept; when full, the cache starts over."""
    from storyline.nlp import attributes

    monkeypatch.setattr(attributes, "MAX_CACHED_VALUES", 3)
    for _ in range(2):
        _same(OWN_TEXTS)
