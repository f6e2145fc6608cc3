"""Sentence-boundary hints for news text, set before spaCy's parser runs.

The parser of ``en_core_web_sm`` splits news text well on the whole, but four habits of news
pages trip it. This pipeline stage marks the boundaries it can be sure of before the parser runs;
the parser keeps every hint it is given (``is_sent_start`` True or False) and decides the rest.

1. A paragraph break (a whitespace token holding ``"\\n"``) always starts a sentence.
2. A quotation closed within its paragraph is never split inside, and the attribution after it
   (``"...," the minister added``; ``"...," emphasizing``) stays with the quote.
3. A dateline (``LIMA, 5th March, 2024 (ANDINA) – Peruvian ...``) stays in the first
   sentence. One that is plainly a dateline (a known place in capitals, or a place with a
   date or an agency) is parsed apart from the sentence after it (glued to it, the parser may
   take the place for a verb and the sentence's own verb for its conjunct), and
   :mod:`storyline.nlp.parse` joins the two again.
4. A sentence end glued to the next sentence (``partners.The minister``) starts a sentence,
   even inside a quotation, because two sentences are worse to merge than a quote to split.
5. A place and an agency closed by a colon (``Baghdad-INA: Prime Minister ...``) are a
   sentence of their own: glued to it, the parser takes the agency for the root.
6. No sentence starts between two capitalised words with nothing but a space between (the
   parser cut "National Security Advisor X received ..." into a sentence a word).
7. A transcript's speaker label ("SECRETARY BLINKEN:") is never cut inside.
8. No sentence starts at a name after a title's abbreviation ("Brig. Gen. Ana Soto").

Requires: tokens. Sets: ``Token.is_sent_start``. Must run before ``parser``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from storyline.lang.en.titles import ABBREVIATED_TITLES

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from thinc.types import Ints2d

__all__ = ["DATELINE", "SENTENCE_HINTS", "sentence_hints"]

SENTENCE_HINTS = "storyline_sentence_hints"
_ABBREVIATED = frozenset(
    {*ABBREVIATED_TITLES, *(a.upper() for a in ABBREVIATED_TITLES)}
)  # titles written short before a name ("Brig.", "Cmdr."), kept one token by the tokenizer
"""The name this stage is registered under in the pipeline."""

# Quotation marks as spaCy tokenizes them; straight marks open and close by turns.
_OPENING_QUOTES = frozenset({"“", "„", "«", "``"})
_CLOSING_QUOTES = frozenset({"”", "»", "''"})
_STRAIGHT_QUOTES = frozenset({'"'})
SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
"""Marks that end a sentence."""
# Abbreviations that a glued capitalised word may follow without a sentence break ("Mr.Smith").
_TITLES = frozenset(
    str.split("mr mrs ms dr prof st sr jr gen col lt sgt capt maj adm gov sen rep rev no vs")
)
# A quotation longer than this (in tokens) is left to the parser: a longer "quote" is most often
# a quote mark left open by the page, and whole quoted paragraphs read better as sentences.
# Calibrated on the seed bodies and ECB+ dev texts: real quotes there are under 70 tokens.
MAX_QUOTE_TOKENS = 80

# The opening of a paragraph that is a dateline: an optional agency credit in brackets, a
# capitalised place of up to four words, an optional date and agency, then a dash.
DATELINE = re.compile(
    r"(?:\([^()\n]{0,100}\)\s*)?"
    r"[A-Z][\w.'’]*(?:[ -][A-Z][\w.'’]*){0,3}"
    r"(?:,[^\n–—()]{1,60})?"
    r"(?:\s*\([^()\n]{1,30}\))?"
    r"\s*(?:[–—]|--?)\s+"
)

# 5. A place and an agency closed by a colon (``Baghdad-INA: ...``) end before what follows.
_LABELLED_DATELINE = re.compile(r"[A-Z][\w.'’]*[ \t]*[-–—][ \t]*[A-Z]{2,}[A-Z0-9]*:[ \t]+(?=[A-Z])")
"""The agency is written in capitals ("Baghdad-INA:"): "Al-Sudani:" and "Hamas-Israel:" are a
speaker and a pair, not a dateline."""


@dataclass(frozen=True)
class _Words:
    """What the hints read of a doc's tokens, one list per attribute, read in one pass
    (``Doc.to_array``), and the hints they give, written back in one pass (:meth:`write`): a
    ``Token`` made for every word of every hint cost more than the hints' own reading."""

    text: str
    words: list[str]
    idx: list[int]
    space: list[int]
    alpha: list[int]
    title: list[int]
    spaced: list[int]
    """Whether whitespace follows the token in the text (``Token.whitespace_``)."""
    sent: list[int]
    """Each token's ``SENT_START``: 1 starts a sentence, -1 does not, 0 is left to the parser."""

    @classmethod
    def of(cls, doc: Doc) -> _Words:
        """The words of ``doc``."""
        from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, IS_TITLE, ORTH, SENT_START, SPACY

        attrs = [ORTH, IDX, IS_SPACE, IS_ALPHA, IS_TITLE, SPACY, SENT_START]
        orth, idx, space, alpha, title, spaced, sent = doc.to_array(attrs).T.tolist()
        strings = doc.vocab.strings
        names = {key: strings[key] for key in set(orth)}
        words = [names[key] for key in orth]
        text = "".join([w + " " if s else w for w, s in zip(words, spaced, strict=True)])
        sent = [s - _WRAP if s >= _WRAP // 2 else s for s in sent]  # -1 read as unsigned
        return cls(text, words, idx, space, alpha, title, spaced, sent)

    def starts(self, i: int, start: bool) -> None:
        """Mark whether token ``i`` starts a sentence (as ``Token.is_sent_start`` does)."""
        self.sent[i] = 1 if start else -1

    def write(self, doc: Doc) -> None:
        """Set the hints on ``doc``'s tokens."""
        import numpy
        from spacy.attrs import SENT_START

        column = numpy.array(self.sent, dtype=numpy.int64).astype(numpy.uint64).reshape(-1, 1)
        doc.from_array([SENT_START], cast("Ints2d", column))


_WRAP = 1 << 64


def sentence_hints(doc: Doc) -> Doc:
    """Mark sure sentence starts and non-starts on ``doc`` before the parser runs."""
    words = _Words.of(doc)
    for start, end in _paragraphs(words):
        if start > 0:
            words.starts(start, True)
        _hint_run_on(words, start, end)
        _hint_speaker(words, start, end)
        _hint_dateline(words, start, end)
        _hint_quotes(words, start, end)
    _hint_glued(words)
    _hint_abbreviated_titles(words)
    words.write(doc)
    return doc


def _hint_abbreviated_titles(words: _Words) -> None:
    """No sentence starts at the name after a title's abbreviation ("Cmdr. Ana Soto")."""
    text, alpha = words.words, words.alpha
    for i in range(1, len(text)):
        if text[i - 1] in _ABBREVIATED and text[i][:1].isupper() and alpha[i]:
            words.starts(i, False)


def _hint_run_on(words: _Words, start: int, end: int) -> None:
    """No sentence starts between two capitalised words with only a space between: the
    parser may cut "National Security Advisor X received ..." into a sentence a word (a
    headline glued to the text, "... sign trade pact Chilean President X met", is left to
    it)."""
    alpha, title = words.alpha, words.title
    for i in range(start + 1, end):
        if alpha[i - 1] and title[i - 1] and alpha[i] and title[i]:
            words.starts(i, False)


_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'’\- ]{0,60}?(?:\s*\([^()\n]{0,40}\))?:[ \t]+(?=\S)")
"""A transcript's speaker label opening a paragraph, in capitals ("SECRETARY BLINKEN: ",
"FOREIGN MINISTER VIDAL: (Via interpreter) ")."""


def _hint_speaker(words: _Words, start: int, end: int) -> None:
    """Keep a transcript's speaker label whole ("SECRETARY BLINKEN:"): the parser may cut it
    into sentences a word, and the label says whose the words after it are."""
    match = _SPEAKER_LABEL.match(words.text, words.idx[start])
    if match is None or not any(c.isalpha() for c in match.group()):
        return
    colon = match.group().rstrip().rfind(":") + match.start()
    for i in range(start + 1, end):
        if words.idx[i] > colon:
            break
        words.starts(i, False)


def _paragraphs(words: _Words) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of the paragraphs, without the whitespace between them."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for i, space in enumerate(words.space):
        if space and "\n" in words.words[i]:
            if start is not None:
                spans.append((start, i))
            start = None
        elif start is None and not space:
            start = i
    if start is not None:
        spans.append((start, len(words.words)))
    return spans


def _hint_dateline(words: _Words, start: int, end: int) -> None:
    """Parse a dateline as a sentence of its own, up to the first word after its dash (the
    parse joins them again); a place and agency closed by a colon ("Baghdad-INA: Prime
    Minister ...") stand apart, as the parser would otherwise make the agency the sentence's
    root."""
    first, idx = words.words[start], words.idx
    if not first[:1].isupper() and first != "(":
        return
    labelled = _LABELLED_DATELINE.match(words.text, idx[start])
    if labelled is not None:
        after = next((i for i in range(start + 1, end) if idx[i] >= labelled.end()), None)
        if after is not None:
            words.starts(after, True)
        return
    match = DATELINE.match(words.text, idx[start])
    if match is None:
        return
    apart = _plainly_dateline(match.group())
    for i in range(start + 1, end):
        if idx[i] >= match.end():
            if apart:
                words.starts(i, True)
            if words.words[i].endswith(".") and i + 1 < end:
                # "BAGHDAD - U.S. Ambassador X met ...": the sentence goes on after "U.S."
                words.starts(i + 1, False)
            break
        words.starts(i, False)


_PLACE_END = re.compile(r"\s*(?:[,(–—]|--?\s)")
_DATE_WORD = re.compile(
    r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)


def _plainly_dateline(dateline: str) -> bool:
    """A dateline no sentence's opening could be read as: a known place in capitals ("ERBIL
    —"), or a place with a date or an agency after it ("Baghdad, Jan. 9 (Agency) --"); not
    "The Syrian Army —", "On Monday, Peru's president —" or "NATO —", which open a
    sentence with a dash of its own."""
    from storyline.actors import organisation
    from storyline.places.gazetteer import lookup_any

    if dateline.startswith("("):
        dateline = dateline[dateline.index(")") + 1 :].lstrip()  # the agency credit before it
    if dateline.split()[0] in ("The", "A", "An", "On", "In", "At", "However"):
        return False
    place = _PLACE_END.split(dateline, maxsplit=1)[0]
    rest = dateline[len(place) :]
    if organisation(place) is not None:
        return False  # "NATO —": a body, which a town may share its name with
    if place.isupper() and len(place) > 2 and lookup_any(place.title()) is not None:
        return True
    return lookup_any(place) is not None and (
        bool(_DATE_WORD.search(rest)) or bool(re.search(r"\([A-Z][^()]*\)", rest))
    )


def _hint_quotes(words: _Words, start: int, end: int) -> None:
    """Forbid sentence starts inside each closed quotation and before its attribution."""
    for open_i, close_i in _quotations(words, start, end):
        if close_i - open_i > MAX_QUOTE_TOKENS:
            continue
        for i in range(open_i + 1, close_i + 1):
            words.starts(i, False)
        if close_i + 1 < end and _attribution_follows(words, close_i):
            words.starts(close_i + 1, False)


_QUOTES = _OPENING_QUOTES | _CLOSING_QUOTES | _STRAIGHT_QUOTES


def _quotations(words: _Words, start: int, end: int) -> list[tuple[int, int]]:
    """Pairs (opening, closing) of quote-mark token indices in the paragraph ``[start, end)``."""
    pairs: list[tuple[int, int]] = []
    open_i: int | None = None
    texts = words.words
    for i in range(start, end):
        text = texts[i]
        if text not in _QUOTES:
            continue  # (most words: no set below holds them)
        if open_i is None and (text in _OPENING_QUOTES or text in _STRAIGHT_QUOTES):
            open_i = i
        elif open_i is not None and (text in _CLOSING_QUOTES or text in _STRAIGHT_QUOTES):
            pairs.append((open_i, i))
            open_i = None
    return pairs


def _attribution_follows(words: _Words, close_i: int) -> bool:
    """Whether the words after a closing quote belong to the quote's sentence.

    They do unless the quote ended a sentence (``."``) and a capitalised word follows.
    """
    if words.space[close_i + 1]:
        return False
    ended = words.words[close_i - 1] in SENTENCE_ENDS
    return not (ended and words.words[close_i + 1][:1].isupper())


def _hint_glued(words: _Words) -> None:
    """Start a sentence at a capitalised word glued to a sentence end: ``partners.The``."""
    texts, alpha = words.words, words.alpha
    for i in range(1, len(texts) - 1):
        if texts[i] not in SENTENCE_ENDS or words.spaced[i]:
            continue
        before, after = texts[i - 1], texts[i + 1]
        if (
            alpha[i + 1]
            and after[0].isupper()
            and alpha[i - 1]
            and len(before) > 1
            and before.lower() not in _TITLES
        ):
            words.starts(i + 1, True)
