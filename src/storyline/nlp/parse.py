"""Parse article text with spaCy and hand it on as frozen records.

The steps for one article:

1. cut texts longer than :data:`~storyline.nlp.model.MAX_PIECE_CHARS` into pieces at paragraph
   breaks (a paragraph break always ends a sentence, so no sentence is cut);
2. run the shared pipeline (:func:`storyline.nlp.model.nlp`, with the sentence hints of
   :mod:`storyline.nlp.sentences`) over the pieces, in batches;
3. trim each sentence to its first and last non-space token, and merge a fragment the parser
   left behind (only punctuation, or starting with a lower-case word or closing punctuation:
   ``" the minister added.``) into the sentence before it in the same paragraph;
4. copy tokens and entities into :class:`~storyline.records.Token` and
   :class:`~storyline.records.Mention` records.

Whitespace tokens are dropped, so ``Token.i`` is the index into ``ParsedArticle.tokens`` and
``Token.head`` points into the same tuple. No spaCy object leaves this package.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from storyline.nlp.model import MAX_PIECE_CHARS, nlp
from storyline.records import Mention, ParsedArticle, Token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["parse", "parse_many"]

# A sentence opening with one of these continues the sentence before it.
_CONTINUATION_STARTS = frozenset(",;:)]}")
# Quote-mark tokens skipped before looking at a sentence's first word.
_QUOTE_TOKENS = frozenset({'"', "“", "”", "„", "«", "»", "'", "‘", "’", "``", "''"})
# Bounds the walk up from a whitespace token to a real head (chains are one or two long).
_MAX_HEAD_HOPS = 8
_WRAP = 1 << 64
# spaCy's tokenizer strips prefixes and suffixes one at a time, so a long run without spaces
# ("<<<<...", a line of dashes glued to a URL) costs time quadratic in its length: 3,000
# characters take over a second. No word or address of prose is this long; a longer run has
# every MAX_WORD_CHARS-th character read as a space (offsets stay those of the text).
MAX_WORD_CHARS = 128
_LONG_RUN = re.compile(rf"\S{{{MAX_WORD_CHARS + 1},}}")
# A long paragraph with fewer letters than this share of its characters is no prose ("< < <",
# a table of figures, a run of symbols): it is blanked before spaCy (offsets stay), because
# such text makes one sentence of tens of thousands of tokens and no event is in it.
MIN_PROSE_LETTERS = 0.5
LONG_PARAGRAPH_CHARS = 2_000
_LINE = re.compile(r"[^\n]+")


def parse(article_id: str, text: str) -> ParsedArticle:
    """Parse one article's ``text``: sentences, tokens and entities with offsets into it."""
    return next(parse_many([(article_id, text)]))


def parse_many(items: Iterable[tuple[str, str]], batch_size: int = 32) -> Iterator[ParsedArticle]:
    """Parse ``(article_id, text)`` pairs in batches; yields one article per pair, in order."""
    pending: deque[tuple[str, str]] = deque()

    def pieces() -> Iterator[tuple[str, tuple[int, bool]]]:
        for article_id, text in items:
            pending.append((article_id, text))
            cuts = _pieces(text)
            for n, (offset, piece) in enumerate(cuts):
                yield _tame(piece), (offset, n == len(cuts) - 1)

    builder: _Builder | None = None
    for doc, (offset, last) in nlp().pipe(pieces(), as_tuples=True, batch_size=batch_size):
        if builder is None:
            builder = _Builder(*pending.popleft())
        builder.add(doc, offset)
        if last:
            yield builder.build()
            builder = None


def _pieces(text: str) -> list[tuple[int, str]]:
    """``text`` as (offset, piece) pairs of at most MAX_PIECE_CHARS, cut at paragraph breaks.

    A paragraph longer than that is cut at a space (which ends a sentence there), and a run of
    that many characters without any space at the limit itself.
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > MAX_PIECE_CHARS:
        limit = start + MAX_PIECE_CHARS
        cut = text.rfind("\n", start, limit) + 1 or text.rfind(" ", start, limit) + 1
        cut = cut if cut > start else limit
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


def _tame(text: str) -> str:
    """``text`` with a space every MAX_WORD_CHARS characters of a run without spaces, and long
    paragraphs that are not prose blanked; the length and every offset stay the same."""
    if len(text) > LONG_PARAGRAPH_CHARS:
        text = _LINE.sub(_blank_non_prose, text)
    return _LONG_RUN.sub(_break_run, text) if len(text) > MAX_WORD_CHARS else text


def _blank_non_prose(match: re.Match[str]) -> str:
    line = match.group()
    if len(line) <= LONG_PARAGRAPH_CHARS:
        return line
    letters = sum(1 for c in line if c.isalpha())
    return line if letters >= MIN_PROSE_LETTERS * len(line) else " " * len(line)


def _break_run(match: re.Match[str]) -> str:
    chars = list(match.group())
    every = slice(MAX_WORD_CHARS - 1, None, MAX_WORD_CHARS)
    chars[every] = " " * len(chars[every])
    return "".join(chars)


def _sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Sentences as (first, last) indices of non-space tokens, fragments merged back."""
    spans: list[tuple[int, int]] = []
    for sent in doc.sents:
        first, last = sent.start, sent.end - 1
        while first <= last and doc[first].is_space:
            first += 1
        while last >= first and doc[last].is_space:
            last -= 1
        if first > last:
            continue
        if spans and _is_fragment(doc, spans[-1][1], first, last):
            spans[-1] = (spans[-1][0], last)
        else:
            spans.append((first, last))
    return spans


def _is_fragment(doc: Doc, previous: int, first: int, last: int) -> bool:
    """Whether tokens ``first..last`` continue the sentence ending at token ``previous``.

    Never across a paragraph break. A fragment has no word, or its first word (after quote
    marks) is lower case ("the minister added", "emphasizing") or closing punctuation. A lower-case
    name particle ("al-Araji said") starts a real sentence.
    """
    if any("\n" in token.text for token in doc[previous + 1 : first]):
        return False
    if doc[previous].text.endswith("-") and doc[previous].text[:-1].isalpha():
        return True  # "Ibrahim al- Jaafari": a name cut after its hyphen
    lead = first
    while lead <= last and doc[lead].text in _QUOTE_TOKENS:
        lead += 1
    if lead > last or all(token.is_punct for token in doc[lead : last + 1]):
        return True
    word = doc[lead].text
    if word[0] in _CONTINUATION_STARTS:
        return True
    particle = lead < last and doc[lead + 1].text == "-"
    return word[0].islower() and not particle


def _end(doc: Doc, i: int) -> int:
    """The character offset just after token ``i`` of ``doc``."""
    return doc[i].idx + len(doc[i].text)


def _token_index(doc: Doc, base: int) -> list[int]:
    """For each token of ``doc``, its index among the article's records, or -1 for whitespace."""
    index: list[int] = []
    n = base
    for token in doc:
        if token.is_space:
            index.append(-1)
        else:
            index.append(n)
            n += 1
    return index


class _Columns:
    """A doc's token attributes read in one pass (``Doc.to_array``), not token by token."""

    ATTRS = ("IDX", "LENGTH", "LEMMA", "POS", "TAG", "DEP", "HEAD", "ENT_TYPE")

    def __init__(self, doc: Doc) -> None:
        self.text = doc.text
        self.strings = doc.vocab.strings
        self.rows: list[list[int]] = doc.to_array(list(self.ATTRS)).tolist()
        self.names: dict[int, str] = {}

    def _name(self, key: int) -> str:
        name = self.names.get(key)
        if name is None:
            name = self.names[key] = self.strings[key] if key else ""
        return name

    def token(self, i: int, offset: int, index: list[int], sent: int, unnamed: bool) -> Token:
        """The record of token ``i``; ``offset`` is where its piece starts in the article;
        ``unnamed``: its entity label is dropped (see :func:`_unnamed`)."""
        idx, length, lemma, pos, tag, dep, _, ent = self.rows[i]
        return Token(
            i=index[i],
            start=offset + idx,
            end=offset + idx + length,
            text=self.text[idx : idx + length],
            lemma=self._name(lemma),
            pos=self._name(pos),
            tag=self._name(tag),
            dep=self._name(dep),
            head=self._head(i, index),
            sent=sent,
            ent="" if unnamed else self._name(ent),
        )

    def _up(self, i: int) -> int:
        """Token ``i``'s head (the array holds its signed offset as an unsigned number)."""
        step = self.rows[i][6]
        return i + (step - _WRAP if step >= _WRAP // 2 else step)

    def _head(self, i: int, index: list[int]) -> int:
        """The record index of token ``i``'s head, walking up past whitespace heads."""
        head = self._up(i)
        for _ in range(_MAX_HEAD_HOPS):
            if index[head] >= 0:
                return index[head]
            up = self._up(head)
            if up == head:
                break
            head = up
        return index[i]


NAME_LABELS = frozenset({"PERSON", "ORG"})
"""Entity labels that stand for a name, which English writes with a capital letter."""


def _unnamed(ent: Span) -> bool:
    """True for a person or organisation entity written all in lower case ("struck by stray
    gunfire" tagged as a person): the model's guess, not a name."""
    return ent.label_ in NAME_LABELS and not any(c.isupper() for c in ent.text)


NAME_GLUE = re.compile(r"['’]?\s?")
"""What may stand between two halves of one name that the model split: "Shia' Al-Sudani"."""


def _one_name(first: Mention, second: Mention, text: str) -> bool:
    """True when two PERSON entities are one name cut at an apostrophe or a space."""
    if first.label != "PERSON" or second.label != "PERSON":
        return False
    gap = text[first.end : second.start]
    return bool(NAME_GLUE.fullmatch(gap)) and "\n" not in gap


_NOT_GIVEN_NAMES = frozenset(
    str.split(
        "mr mrs ms dr sir president minister secretary general prime deputy foreign defence "
        "defense state of the king queen prince crown emir sheikh pope chancellor ambassador "
        "envoy commander chief spokesman spokesperson adviser advisor lt col gen maj adm "
        "senator governor mayor his her their national security special senior class"
    )
)
"""Capitalised words before a person's name that are titles, not given names."""
_MAX_GIVEN_NAMES = 2


def _given_names_before(ent: Span) -> int:
    """Where a person's name starts once the given names the model left out are put back
    ("Antony" in "Secretary of State Antony J. Blinken", labelled "J. Blinken")."""
    doc, first = ent.doc, ent.start
    for _ in range(_MAX_GIVEN_NAMES):
        before = first - 1
        if before < 0:
            break
        token = doc[before]
        word = token.text.rstrip(".").lower()
        if not (token.pos_ == "PROPN" and token.text[:1].isupper() and not token.ent_type_):
            break
        if token.dep_ != "compound" or not ent.start <= token.head.i < ent.end:
            break  # "for Operations Thomas Goffus": a title's qualifier, not a given name
        if before > 0 and (doc[before - 1].like_num or doc[before - 1].is_digit):
            break  # "1st Class Charles Keating": a rank's last word
        if word in _NOT_GIVEN_NAMES or not token.whitespace_ or len(word) < 2:
            break
        first = before
    return doc[first].idx


class _Builder:
    """Collects the records of one article from the spaCy docs of its pieces."""

    def __init__(self, article_id: str, text: str) -> None:
        self.article_id = article_id
        self.text = text
        self.sentences: list[Mention] = []
        self.tokens: list[Token] = []
        self.entities: list[Mention] = []

    def add(self, doc: Doc, offset: int) -> None:
        """Add the records of ``doc``, the piece of the text that starts at ``offset``."""
        spans = _sentence_spans(doc)
        index = _token_index(doc, len(self.tokens))
        unnamed = {i for ent in doc.ents if _unnamed(ent) for i in range(ent.start, ent.end)}
        columns = _Columns(doc)
        for span_start, span_end in spans:
            sent = len(self.sentences)
            self.sentences.append(
                self._mention(offset + doc[span_start].idx, offset + _end(doc, span_end))
            )
            for i in range(span_start, span_end + 1):
                if index[i] >= 0:
                    self.tokens.append(columns.token(i, offset, index, sent, i in unnamed))
        for ent in doc.ents:
            if ent.text.isspace() or _unnamed(ent):
                continue
            start = _given_names_before(ent) if ent.label_ == "PERSON" else ent.start_char
            mention = self._mention(offset + start, offset + ent.end_char, ent.label_)
            previous = self.entities[-1] if self.entities else None
            if previous and _one_name(previous, mention, self.text):
                mention = self._mention(previous.start, mention.end, mention.label)
                self.entities.pop()
            self.entities.append(mention)

    def _mention(self, start: int, end: int, label: str = "") -> Mention:
        """A mention of ``text[start:end]`` without surrounding whitespace."""
        piece = self.text[start:end]
        stripped = piece.strip()
        start += len(piece) - len(piece.lstrip())
        return Mention(start, start + len(stripped), stripped, label)

    def build(self) -> ParsedArticle:
        """The finished article."""
        return ParsedArticle(
            id=self.article_id,
            text=self.text,
            sentences=tuple(self.sentences),
            tokens=tuple(self.tokens),
            entities=tuple(self.entities),
        )
