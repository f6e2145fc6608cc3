"""storyline.nlp: the one place spaCy lives.

:func:`parse` and :func:`parse_many` turn article text into
:class:`~storyline.records.ParsedArticle` records (sentences, tokens, entities, all with
character offsets into the text); :func:`nlp` is the shared English pipeline, loaded once per
process on first use. No spaCy object leaves this package.
"""

from storyline.nlp.model import MODEL_PACKAGE, nlp
from storyline.nlp.parse import parse, parse_many

__all__ = ["MODEL_PACKAGE", "nlp", "parse", "parse_many"]
