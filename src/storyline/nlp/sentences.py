"""Sentence-boundary hints for news text, set before spaCy's parser runs.

The parser of ``en_core_web_sm`` splits news text well on the whole, but four habits of news
pages trip it. This pipeline stage marks the boundaries it can be sure of before the parser runs;
the parser keeps every hint it is given (``is_sent_start`` True or False) and decides the rest.

1. A paragraph break (a whitespace token holding ``"\\n"``) always starts a sentence.
2. A quotation closed within its paragraph is never split inside, and the attribution after it
   (``"...," the minister added``; ``"...," emphasizing``) stays with the quote.
3. A dateline (``BAGHDAD, 5th February, 2025 (WAM) – Iraqi ...``) stays in the first
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
from typing import TYPE_CHECKING

from storyline.lang.en.titles import ABBREVIATED_TITLES

if TYPE_CHECKING:
    from spacy.tokens import Doc

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
_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
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


def sentence_hints(doc: Doc) -> Doc:
    """Mark sure sentence starts and non-starts on ``doc`` before the parser runs."""
    text = doc.text  # built anew on each access, so read once
    for start, end in _paragraphs(doc):
        if start > 0:
            doc[start].is_sent_start = True
        _hint_run_on(doc, start, end)
        _hint_speaker(doc, text, start, end)
        _hint_dateline(doc, text, start, end)
        _hint_quotes(doc, start, end)
    _hint_glued(doc)
    _hint_abbreviated_titles(doc)
    return doc


def _hint_abbreviated_titles(doc: Doc) -> None:
    """No sentence starts at the name after a title's abbreviation ("Cmdr. Ana Soto")."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.text in _ABBREVIATED and token.text[:1].isupper() and token.is_alpha:
            token.is_sent_start = False


def _hint_run_on(doc: Doc, start: int, end: int) -> None:
    """No sentence starts between two capitalised words with only a space between: the
    parser may cut "National Security Advisor X received ..." into a sentence a word (a
    headline glued to the text, "... sign trade pact Chilean President X met", is left to
    it)."""
    for token in doc[start + 1 : end]:
        before = doc[token.i - 1]
        if before.is_alpha and before.is_title and token.is_alpha and token.is_title:
            token.is_sent_start = False


_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'’\- ]{0,60}?(?:\s*\([^()\n]{0,40}\))?:[ \t]+(?=\S)")
"""A transcript's speaker label opening a paragraph, in capitals ("SECRETARY BLINKEN: ",
"FOREIGN MINISTER VIDAL: (Via interpreter) ")."""


def _hint_speaker(doc: Doc, text: str, start: int, end: int) -> None:
    """Keep a transcript's speaker label whole ("SECRETARY BLINKEN:"): the parser may cut it
    into sentences a word, and the label says whose the words after it are."""
    match = _SPEAKER_LABEL.match(text, doc[start].idx)
    if match is None or not any(c.isalpha() for c in match.group()):
        return
    colon = match.group().rstrip().rfind(":") + match.start()
    for token in doc[start + 1 : end]:
        if token.idx > colon:
            break
        token.is_sent_start = False


def _paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of the paragraphs, without the whitespace between them."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for token in doc:
        if token.is_space and "\n" in token.text:
            if start is not None:
                spans.append((start, token.i))
            start = None
        elif start is None and not token.is_space:
            start = token.i
    if start is not None:
        spans.append((start, len(doc)))
    return spans


def _hint_dateline(doc: Doc, text: str, start: int, end: int) -> None:
    """Parse a dateline as a sentence of its own, up to the first word after its dash (the
    parse joins them again); a place and agency closed by a colon ("Baghdad-INA: Prime
    Minister ...") stand apart, as the parser would otherwise make the agency the sentence's
    root."""
    first = doc[start]
    if not first.text[:1].isupper() and first.text != "(":
        return
    labelled = _LABELLED_DATELINE.match(text, first.idx)
    if labelled is not None:
        after = next((t for t in doc[start + 1 : end] if t.idx >= labelled.end()), None)
        if after is not None:
            after.is_sent_start = True
        return
    match = DATELINE.match(text, first.idx)
    if match is None:
        return
    apart = _plainly_dateline(match.group())
    for token in doc[start + 1 : end]:
        if token.idx >= match.end():
            if apart:
                token.is_sent_start = True
            if token.text.endswith(".") and token.i + 1 < end:
                # "BAGHDAD - U.S. Ambassador X met ...": the sentence goes on after "U.S."
                doc[token.i + 1].is_sent_start = False
            break
        token.is_sent_start = False


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


def _hint_quotes(doc: Doc, start: int, end: int) -> None:
    """Forbid sentence starts inside each closed quotation and before its attribution."""
    for open_i, close_i in _quotations(doc, start, end):
        if close_i - open_i > MAX_QUOTE_TOKENS:
            continue
        for token in doc[open_i + 1 : close_i + 1]:
            token.is_sent_start = False
        if close_i + 1 < end and _attribution_follows(doc, close_i):
            doc[close_i + 1].is_sent_start = False


def _quotations(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Pairs (opening, closing) of quote-mark token indices in the paragraph ``[start, end)``."""
    pairs: list[tuple[int, int]] = []
    open_i: int | None = None
    for token in doc[start:end]:
        text = token.text
        if open_i is None and (text in _OPENING_QUOTES or text in _STRAIGHT_QUOTES):
            open_i = token.i
        elif open_i is not None and (text in _CLOSING_QUOTES or text in _STRAIGHT_QUOTES):
            pairs.append((open_i, token.i))
            open_i = None
    return pairs


def _attribution_follows(doc: Doc, close_i: int) -> bool:
    """Whether the words after a closing quote belong to the quote's sentence.

    They do unless the quote ended a sentence (``."``) and a capitalised word follows.
    """
    after = doc[close_i + 1]
    before = doc[close_i - 1]
    if after.is_space:
        return False
    ended = before.text in _SENTENCE_ENDS
    return not (ended and after.text[:1].isupper())


def _hint_glued(doc: Doc) -> None:
    """Start a sentence at a capitalised word glued to a sentence end: ``partners.The``."""
    for token in doc[1:-1]:
        if token.text not in _SENTENCE_ENDS or token.whitespace_:
            continue
        before, after = doc[token.i - 1], doc[token.i + 1]
        if (
            after.is_alpha
            and after.text[0].isupper()
            and before.is_alpha
            and len(before.text) > 1
            and before.lower_ not in _TITLES
        ):
            after.is_sent_start = True
