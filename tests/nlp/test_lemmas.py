"""storyline.nlp.lemmas: the model's lemmatizer, its answer kept per form, gives spaCy's own
lemmatizer's lemmas token for token."""

from __future__ import annotations

import functools

import pytest

from storyline.nlp.attributes import replace_ruler
from storyline.nlp.lemmas import LEMMATIZER, CachedLemmas, replace_lemmatizer
from storyline.nlp.model import MODEL_PACKAGE
from tests.nlp.dev_texts import ecb_texts, realnews_texts

ATTRS = ("TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD")

OWN_TEXTS = [
    # written for this test: plurals, tenses, comparatives, forms the attribute rules lemmatize
    # ("ain't", "'re"), a word read as two parts of speech, capitals, numbers and spaces
    "The envoys were meeting their counterparts; she met them twice and ain't meeting again.",
    "Talks resumed, the talks resume, talking resumes.  Bigger, biggest, better, best!\n\n"
    "They're leaving: the ministers LEFT at 5 p.m. and the leaves fell.",
    "Walks, walked, walking; the walks were longer than the walk they'd planned.",
]


@functools.lru_cache(maxsize=1)
def _pipelines():  # type: ignore[no-untyped-def]
    import importlib

    module = importlib.import_module(MODEL_PACKAGE)
    stock, cached = module.load(), module.load()
    for pipeline in (stock, cached):
        assert replace_ruler(pipeline)
    assert replace_lemmatizer(cached)
    return stock, cached


def _same(texts: list[str]) -> None:
    stock, cached = _pipelines()
    for _ in range(2):  # the second time from the cache
        for a, b in zip(stock.pipe(texts), cached.pipe(texts), strict=True):
            assert (a.to_array(list(ATTRS)) == b.to_array(list(ATTRS))).all(), a.text[:80]


def test_lemmas_replace_the_lemmatizer_in_place_under_its_name() -> None:
    stock, cached = _pipelines()
    assert stock.pipe_names == cached.pipe_names
    assert isinstance(cached.get_pipe(LEMMATIZER), CachedLemmas)


def test_lemmas_own_texts_lemmatized_as_the_lemmatizer_does() -> None:
    _same(OWN_TEXTS)


def test_lemmas_real_news_lemmatized_as_the_lemmatizer_does() -> None:
    _same(realnews_texts())


def test_lemmas_ecb_texts_lemmatized_as_the_lemmatizer_does() -> None:
    _same(ecb_texts()[1::4])


def test_lemmas_the_same_after_the_cache_starts_over(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.nlp import lemmas

    monkeypatch.setattr(lemmas, "MAX_CACHED_FORMS", 3)
    _same(OWN_TEXTS[:1])


def test_lemmas_a_component_of_no_known_mode_is_kept() -> None:
    import spacy

    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer", name=LEMMATIZER)  # stands in for a lemmatizer of its own
    assert not replace_lemmatizer(pipeline)
    assert pipeline.pipe_names == [LEMMATIZER]
    assert not replace_lemmatizer(spacy.blank("en"))
