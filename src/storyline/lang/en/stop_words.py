"""English stop words: the words story profiles leave out (:mod:`storyline.merge.profile`).

spaCy's English list, as shipped with spaCy (data of a PyPI package, not a model). Stories are
grouped on English words only: an article in another language is profiled by the English
glosses its reader made of it (its events' headlines, topics and places), so this is the one
list story grouping needs.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS as _SPACY_STOP_WORDS

__all__ = ["STOP_WORDS"]

STOP_WORDS: frozenset[str] = frozenset(_SPACY_STOP_WORDS)
