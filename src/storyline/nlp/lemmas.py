"""The English pipeline's lemmatizer, its answer kept per form.

``en_core_web_sm`` lemmatizes by rules: a token's lemma follows from its form, its coarse part
of speech and its morphology alone. spaCy's ``Lemmatizer`` builds a ``Token`` for every word
of every document and asks it for those three (and keeps its answers only for words the rules
change); news repeats its words, so most of that time goes on asking again.

:class:`CachedLemmas` reads the three of every token in one pass (``Doc.to_array``), asks the
model's own lemmatizer only for a (form, part of speech, morphology) it has not seen, and
writes every lemma back in one pass: the model's lemmas, token for token (a token the
attribute rules gave a lemma keeps it, as the lemmatizer leaves it). It stands in the
pipeline under the lemmatizer's own name; :func:`replace_lemmatizer` says whether it did.
``tests/nlp/test_lemmas.py`` compares both on real text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import Doc
    from thinc.types import Ints2d

__all__ = ["CACHED_LEMMAS", "LEMMATIZER", "CachedLemmas", "replace_lemmatizer"]

LEMMATIZER = "lemmatizer"
"""The name the model's lemmatizer stands under, which :class:`CachedLemmas` keeps."""
CACHED_LEMMAS = "storyline_lemmas"
"""The factory :class:`CachedLemmas` is made by."""
_MODEL_LEMMATIZER = "storyline_model_lemmatizer"
"""The model's lemmatizer's name for the moment it is moved aside (see replace_lemmatizer)."""

MODES = frozenset({"rule", "lookup"})
"""Lemmatizer modes whose lemma depends only on the form, part of speech and morphology."""
MAX_CACHED_FORMS = 200_000
"""(form, part of speech, morphology) triples whose lemma is kept; the cache starts over when
full, so a long run's memory stays bounded."""


class CachedLemmas:
    """The lemmas of a model's rule lemmatizer, kept per form (see the module docstring)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        if lemmatizer.mode not in MODES:
            raise ValueError(f"lemmatizer mode {lemmatizer.mode!r}")
        self.lemmatizer = lemmatizer
        self.overwrite: bool = lemmatizer.overwrite
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        import numpy
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        rows: list[list[int]] = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        known, overwrite = self._lemmas, self.overwrite
        lemmas: list[int] = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if overwrite or not lemma:  # one the attribute rules set is kept, as spaCy keeps it
                key = (orth, pos, morph)
                lemma = known.get(key) or self._lemmatize(doc, i, key)
            lemmas.append(lemma)
        column = numpy.array(lemmas, dtype=numpy.uint64).reshape(-1, 1)
        doc.from_array([LEMMA], cast("Ints2d", column))
        return doc

    def _lemmatize(self, doc: Doc, i: int, key: tuple[int, int, int]) -> int:
        """The lemma of token ``i`` as the model's lemmatizer gives it, kept for its ``key``."""
        if len(self._lemmas) >= MAX_CACHED_FORMS:
            self._lemmas.clear()
        lemma: int = doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
        self._lemmas[key] = lemma
        return lemma


def replace_lemmatizer(pipeline: Language) -> bool:
    """Put :class:`CachedLemmas` where the pipeline's lemmatizer stands, under its name; False
    (and the pipeline as it was) when there is none or its lemmas depend on more than a
    token's form, part of speech and morphology."""
    from spacy.language import Language

    if LEMMATIZER not in pipeline.pipe_names:
        return False
    if getattr(pipeline.get_pipe(LEMMATIZER), "mode", None) not in MODES:
        return False
    if CACHED_LEMMAS not in Language.factories:
        Language.factory(CACHED_LEMMAS, func=_from_lemmatizer)
    pipeline.rename_pipe(LEMMATIZER, _MODEL_LEMMATIZER)
    pipeline.add_pipe(CACHED_LEMMAS, name=LEMMATIZER, before=_MODEL_LEMMATIZER)
    pipeline.remove_pipe(_MODEL_LEMMATIZER)
    return True


def _from_lemmatizer(nlp: Any, name: str) -> CachedLemmas:
    """The factory: the pipeline's lemmatizer, as it stands, moved aside (``nlp`` is the
    pipeline; typed ``Any`` as spaCy's config checker cannot resolve the name here)."""
    return CachedLemmas(nlp.get_pipe(_MODEL_LEMMATIZER))
