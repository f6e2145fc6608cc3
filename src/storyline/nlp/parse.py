"""Parse article text with spaCy and hand it on as frozen records.

The steps for one article:

1. blank a transcript's transcriber notes and restarts
   (:func:`~storyline.lang.en.transcripts.spoken_repairs`; offsets stay those of the text);
2. cut texts longer than :data:`~storyline.nlp.model.MAX_PIECE_CHARS` into pieces at paragraph
   breaks (a paragraph break always ends a sentence, so no sentence is cut);
3. run the shared pipeline (:func:`storyline.nlp.model.nlp`, with the sentence hints of
   :mod:`storyline.nlp.sentences`) over the pieces, in batches;
4. trim each sentence to its first and last non-space token, and merge a fragment the parser
   left behind (only punctuation, or starting with a lower-case word or closing punctuation:
   ``" the minister added.``) into the sentence before it in the same paragraph;
5. copy tokens and entities into :class:`~storyline.records.Token` and
   :class:`~storyline.records.Mention` records.

Whitespace tokens are dropped, so ``Token.i`` is the index into ``ParsedArticle.tokens`` and
``Token.head`` points into the same tuple. No spaCy object leaves this package.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from storyline.clean.metadata import NAME_PARTICLES
from storyline.lang.en.titles import (
    FORCE_HEADS,
    LONE_TITLE_WORDS,
    NAME_TITLES,
    NOT_GIVEN_NAMES,
    OPENING_ADVERBS,
    ORG_HEADS,
    PLACE_HEADS,
    RANKS,
)
from storyline.lang.en.transcripts import spoken_repairs
from storyline.nlp.model import MAX_PIECE_CHARS, nlp
from storyline.nlp.sentences import DATELINE
from storyline.records import Mention, ParsedArticle, Token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["parse", "parse_many"]

T = TypeVar("T")

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
    pending: deque[tuple[str, str, str]] = deque()

    def pieces() -> Iterator[tuple[str, tuple[int, bool]]]:
        for article_id, text in items:
            read = spoken_repairs(text)
            pending.append((article_id, text, read))
            cuts = _pieces(read)
            for n, (offset, piece) in enumerate(cuts):
                yield _tame(piece), (offset, n == len(cuts) - 1)

    builder: _Builder | None = None
    pipeline = nlp()
    for batch in _batches(pieces(), batch_size, BATCH_CHARS):
        for doc, (offset, last) in pipeline.pipe(batch, as_tuples=True, batch_size=len(batch)):
            if builder is None:
                builder = _Builder(*pending.popleft())
            builder.add(doc, offset)
            if last:
                yield builder.build()
                builder = None


BATCH_CHARS = 20_000
"""The most characters handed to spaCy in one batch (a batch holds at least one piece). The
parse's scratch memory grows with the batch's words: a batch of long pieces, not one of many
short ones, is what sets a worker's peak. Every piece is parsed alone in
the model (spaCy's batches only share the matrix products), so batches of any size parse
alike."""


def _batches(
    pieces: Iterable[tuple[str, T]], most: int, chars: int
) -> Iterator[list[tuple[str, T]]]:
    """``pieces`` in order, in batches of at most ``most`` pieces and ``chars`` characters
    (a piece longer than that alone)."""
    batch: list[tuple[str, T]] = []
    size = 0
    for piece in pieces:
        if batch and (len(batch) == most or size + len(piece[0]) > chars):
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += len(piece[0])
    if batch:
        yield batch


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


_SLASH_CREDIT = re.compile(r"(?m)^[ \t]*[A-Z][\w.'’]*(?:[ \t]+[A-Z][\w.'’]*){1,3}/(?=[ \t]+[A-Z])")
"""An outlet's name of two to four words closed by a slash at the start of a paragraph ("Andes
Daily/ Peru's Minister of Defense, ..."; not "Peru/ Chile talks"): its credit, no word of the
sentence; the model reads it into the name after it and parses the sentence around it."""


def _tame(text: str) -> str:
    """``text`` with a space every MAX_WORD_CHARS characters of a run without spaces, long
    paragraphs that are not prose blanked, and an outlet's credit before a paragraph blanked
    (:data:`_SLASH_CREDIT`); the length and every offset stay the same."""
    if "/" in text:
        text = _SLASH_CREDIT.sub(lambda m: " " * len(m.group()), text)
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


class _Columns:
    """A doc's token attributes read in one pass (``Doc.to_array``), one list per attribute,
    with every hash already turned into its string (a doc has few distinct ones); ``base`` is
    the number of token records the article has before this doc."""

    ATTRS = (
        "IDX", "LENGTH", "LEMMA", "POS", "TAG", "DEP", "HEAD", "ENT_TYPE", "IS_SPACE", "IS_PUNCT",
        "SENT_START", "ORTH", "SPACY",
    )  # fmt: skip

    def __init__(self, doc: Doc, base: int) -> None:
        columns: list[list[int]] = doc.to_array(list(self.ATTRS)).T.tolist()
        self.idx, self.length, lemma, pos, tag, dep, steps, ent = columns[:8]
        self.space, self.punct, self.starts, orth, spaced = columns[8:]
        names = _names(doc, lemma, pos, tag, dep, ent, orth)
        self.lemma, self.pos, self.tag, self.dep, self.ent, self.texts = (
            [names[key] for key in column] for column in (lemma, pos, tag, dep, ent, orth)
        )
        # the doc's text as Doc.text joins it, without a Token made for every word
        self.text = "".join([w + " " if s else w for w, s in zip(self.texts, spaced, strict=True)])
        # the array holds each head as a signed offset written as an unsigned number
        self.up = [i + (s - _WRAP if s >= _WRAP // 2 else s) for i, s in enumerate(steps)]
        self.index = self._index(base)
        index = self.index
        self.heads = [index[h] if index[h] >= 0 else self._head(i) for i, h in enumerate(self.up)]

    def end(self, i: int) -> int:
        """The character offset just after token ``i`` in its doc."""
        return self.idx[i] + self.length[i]

    def _index(self, base: int) -> list[int]:
        """For each token, its index among the article's records, or -1 for whitespace."""
        index: list[int] = []
        n = base
        for space in self.space:
            if space:
                index.append(-1)
            else:
                index.append(n)
                n += 1
        return index

    def tokens(
        self,
        first: int,
        last: int,
        offset: int,
        sent: int,
        unnamed: set[int],
        named: dict[int, str] | None = None,
    ) -> list[Token]:
        """The records of the non-space tokens ``first..last`` of sentence ``sent``; ``offset``
        is where the doc starts in the article; an entity label is dropped for tokens in
        ``unnamed`` (see :func:`_unnamed`) and given to those in ``named`` (a name's end the
        model left out)."""
        named = named or {}
        idx, length, index, ent = self.idx, self.length, self.index, self.ent
        return [
            Token(
                index[i],
                offset + idx[i],
                offset + idx[i] + length[i],
                self.texts[i],
                self.lemma[i],
                self.pos[i],
                self.tag[i],
                self.dep[i],
                self.heads[i],
                sent,
                "" if i in unnamed else named.get(i, ent[i]),
            )
            for i in range(first, last + 1)
            if index[i] >= 0
        ]

    def _head(self, i: int) -> int:
        """The record index of token ``i``'s head, walking up past whitespace heads."""
        index, up = self.index, self.up
        head = up[i]
        for _ in range(_MAX_HEAD_HOPS):
            if index[head] >= 0:
                return index[head]
            if up[head] == head:
                break
            head = up[head]
        return index[i]


def _names(doc: Doc, *columns: list[int]) -> dict[int, str]:
    """The string of every hash in ``columns`` (0, no value, is "")."""
    strings = doc.vocab.strings
    keys = set().union(*columns) - {0}
    return {0: "", **{key: strings[key] for key in keys}}


def _sentence_spans(columns: _Columns) -> list[tuple[int, int]]:
    """Sentences as (first, last) indices of non-space tokens, fragments merged back."""
    spans: list[tuple[int, int]] = []
    space = columns.space
    for start, end in _sentences(columns.starts):
        first, last = start, end - 1
        while first <= last and space[first]:
            first += 1
        while last >= first and space[last]:
            last -= 1
        if first > last:
            continue
        if spans and (
            _is_fragment(columns, spans[-1][1], first, last)
            or _unfinished(columns, *spans[-1], first)
            or _dateline(columns, *spans[-1], first)
        ):
            spans[-1] = (spans[-1][0], last)
        else:
            spans.append((first, last))
    return spans


def _sentences(starts: list[int]) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of the sentences, as ``Doc.sents`` cuts them: a sentence
    starts at every token after the first whose ``SENT_START`` is 1."""
    cuts = [0, *(i for i in range(1, len(starts)) if starts[i] == 1)]
    return [(a, b) for a, b in zip(cuts, [*cuts[1:], len(starts)], strict=True) if a < b]


def _dateline(columns: _Columns, start: int, end: int, following: int) -> bool:
    """Whether the sentence ``start..end`` is a dateline parsed apart from the sentence after
    it (:mod:`storyline.nlp.sentences`): the two are one sentence."""
    texts = columns.texts
    if any("\n" in text for text in texts[end + 1 : following]):
        return False
    match = DATELINE.match(columns.text, columns.idx[start])
    return match is not None and match.end() == columns.idx[following]


_ENDINGS = frozenset({".", "!", "?", "…", '"', "”", "’", "'", ":", ";"})


def _unfinished(columns: _Columns, start: int, end: int, following: int) -> bool:
    """Whether the sentence ``start..end`` is an opening phrase cut from the sentence after
    it: no verb and no closing stop, within one paragraph ("At approximately 4:45 a.m. (Iraq
    time)" before "Jan. 23, U.S. forces conducted strikes ...")."""
    texts = columns.texts
    if any("\n" in text for text in texts[end + 1 : following]):
        return False
    if texts[end] in _ENDINGS or texts[end][-1:] in _ENDINGS:
        return False
    if columns.pos[start] != "ADP" or any(
        text == "|" or text.lower() == "photo" for text in texts[start : end + 1]
    ):
        return False  # only an opening "At ...", "On ...": not a caption or a table's row
    return not any(columns.pos[i] in ("VERB", "AUX") for i in range(start, end + 1))


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _is_fragment(columns: _Columns, previous: int, first: int, last: int) -> bool:
    """Whether tokens ``first..last`` continue the sentence ending at token ``previous``.

    Never across a paragraph break. A fragment has no word, or its first word (after quote
    marks) is lower case ("the minister added", "emphasizing") or closing punctuation. A lower-case
    name particle ("al-Araji said") starts a real sentence.
    """
    texts = columns.texts
    if any("\n" in text for text in texts[previous + 1 : first]):
        return False
    if texts[previous].endswith("-") and texts[previous][:-1].isalpha():
        return True  # "Ibrahim al- Jaafari": a name cut after its hyphen
    if _ORDINAL.fullmatch(texts[previous]):
        return True  # "Operator 1st | Class Jane Roe": no sentence ends on an ordinal
    lead = first
    while lead <= last and texts[lead] in _QUOTE_TOKENS:
        lead += 1
    if lead > last or all(columns.punct[lead : last + 1]):
        return True
    word = texts[lead]
    if word[0] in _CONTINUATION_STARTS:
        return True
    particle = lead < last and texts[lead + 1] == "-"
    return word[0].islower() and not particle


NAME_LABELS = frozenset({"PERSON", "ORG"})
"""Entity labels that stand for a name, which English writes with a capital letter."""


def _unnamed(ent: Span) -> bool:
    """True for a person or organisation entity written all in lower case ("struck by stray
    gunfire" tagged as a person), or for a person of one word that opens its sentence as
    the qualifier of uniformed men ("Riot police fired teargas"): the model's guess, not a
    name."""
    if ent.label_ in NAME_LABELS and not any(c.isupper() for c in ent.text):
        return True
    if ent.label_ == "PERSON" and len(ent) == 1 and ent.text.lower() in LONE_TITLE_WORDS:
        return True  # "State Councilor and Foreign Minister X": an office, no one's name
    if ent.label_ != "PERSON" or len(ent) != 1 or not ent[0].is_sent_start:
        return False
    head = ent[0].head
    return (
        ent[0].dep_ == "compound"
        and head.i == ent[0].i + 1
        and head.text.islower()
        and head.lemma_.lower() in FORCE_HEADS
    )


NAME_GLUE = re.compile(r"['’]?\s?")
"""What may stand between two halves of one name that the model split: "Shia' Al-Sudani"."""


_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def _glued_at(name: str) -> int | None:
    """Where a page dump ran a link's text into a name: a word of the name begun again
    right after a lower-case letter ("Jane RoeJane Roe" at the second "Jane"); a name's own
    inner capital ("McDonald", "DelBene", "FitzGerald") begins no word of it again."""
    words = {w for w in re.findall(r"[A-Z][\w'’-]*?(?=[A-Z]|\s|$)", name)}
    for glue in _GLUE.finditer(name):
        again = re.match(r"[A-Z][a-z'’-]*", name[glue.start() :])
        if again is not None and again.group() in words and name.find(again.group()) < glue.start():
            return glue.start()
    return None


def _one_name(first: Mention, second: Mention, text: str) -> bool:
    """True when two PERSON entities are one name cut at an apostrophe or a space."""
    if first.label != "PERSON" or second.label != "PERSON":
        return False
    gap = text[first.end : second.start]
    return bool(NAME_GLUE.fullmatch(gap)) and "\n" not in gap


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
        if word in NOT_GIVEN_NAMES or word in OPENING_ADVERBS or word in NAME_TITLES:
            break
        if _RANK_WORD.fullmatch(token.text):
            break  # "Vice Admiral Luis Ramos": a rank, no given name
        if not token.whitespace_ or len(word) < 2:
            break
        first = before
    return doc[first].idx


_NAME_END = re.compile(r"[A-Za-z][\w'’]*")
"""A word that may end a person's name ("Yeol", "yeol" after a hyphen, "Mata'afa")."""


def _title_cased(ent: Span) -> bool:
    """Whether a name stands in a headline in title case ("Minister Receives Chilean Envoy"),
    where every word but a name's particles is capitalised, names or not."""
    if not ent.doc.has_annotation("SENT_START"):
        return False
    words = [t for t in ent.sent if t.is_alpha]
    return (
        len(words) >= 3
        and ent.sent[-1].text not in (".", "!", "?")
        and all(t.text[0].isupper() or t.lower_ in NAME_PARTICLES for t in words)
    )


def _family_name_after(ent: Span) -> int | None:
    """The family name the model left out of a person's name, put back ("Yoon Suk Yeol",
    labelled "Yoon Suk"; "Fiama Naomi Mata'afa"; "Yoon Suk-yeol"): the index of the untagged
    proper noun right after the name that the parser makes its head; None when there is none."""
    doc, last = ent.doc, ent[-1]
    after = ent.end
    if (elided := _family_after_apostrophe(ent)) is not None:
        return elided
    if (
        after + 1 < len(doc)
        and doc[after].text in ("-", "‑")
        and not last.whitespace_
        and not doc[after].whitespace_
    ):
        after += 1  # "Suk-yeol": the family name's second half after a hyphen
    if after >= len(doc) or ent.label_ != "PERSON" or _title_cased(ent):
        return None  # ("Ana Ruiz Visits Lima", a headline: the next word is its verb)
    token = doc[after]
    if (
        (token.pos_ != "PROPN" and after == ent.end)  # ("Suk-yeol" may be read as a noun)
        or token.ent_type_
        or not _NAME_END.fullmatch(token.text)
        or last.dep_ != "compound"
        or last.head.i != after
        or token.text.lower() in ORG_HEADS
        or token.text.lower() in PLACE_HEADS
        or token.text.lower() in NOT_GIVEN_NAMES
        or (after == ent.end and not token.text[:1].isupper())
    ):
        return None
    return after


def _family_after_apostrophe(ent: Span) -> int | None:
    """A name whose word ends in an apostrophe that writes an Arabic letter, before its
    family name with the article ("Luis Rami’ Al-Sadr", labelled "Luis Rami"): the index of
    the family name's last word."""
    doc, after = ent.doc, ent.end
    if ent.label_ != "PERSON" or after + 3 >= len(doc) or ent[-1].whitespace_:
        return None
    mark, article, hyphen, name = doc[after : after + 4]
    if (
        mark.text not in ("’", "'")
        or not mark.whitespace_
        or article.text.lower() not in ("al", "el")
        or hyphen.text != "-"
        or article.whitespace_
        or hyphen.whitespace_
        or not name.text[:1].isupper()
        or not name.text.isalpha()
        or name.ent_type_
    ):
        return None
    return after + 3


_RANK_WORD = re.compile(rf"{RANKS}|Admiral|Marshal|Commander")
"""A rank written as one word, or the last word of one ("Vice Admiral", "Air Marshal")."""
_RANKED_NAME = re.compile(
    rf"(?P<rank>{RANKS})\s+(?P<name>[A-Z][\w'’.-]+(?:\s+(?:(?:al|el|bin|ibn|de|van|von)[\s-]+)?"
    rf"[A-Z][\w'’-]+){{1,3}})"
)


def _ranked_name(ent: Span) -> int | None:
    """Where the name starts in an entity that is a military rank and a person's name
    ("Lieutenant General Giovanni Iannucci", which the model may take for an organisation):
    past the rank; None for any other entity (a rank of one word before a body, "General
    Dynamics", is left as the model read it)."""
    if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE", "FAC"):
        return None
    match = _RANKED_NAME.fullmatch(ent.text)
    if match is None:
        return None
    rank = match["rank"]
    if ent.label_ != "PERSON" and " " not in rank and "." not in rank:
        return None
    return ent.start_char + match.start("name")


def _after_titles(ent: Span, start: int) -> int:
    """Where a person's name starts past the titles the model took into it ("Senior Trooper
    Luis Ramos": at "Luis"); the last word is always kept."""
    if start < ent.start_char:
        return start  # given names put back before the model's name: no title among them
    words = [t for t in ent if t.idx >= start]
    while (
        len(words) > 1
        and words[0].text.lower().rstrip(".") in NAME_TITLES
        and words[0].text[:1].isupper()
    ):
        words = words[1:]
    return words[0].idx


class _Builder:
    """Collects the records of one article from the spaCy docs of its pieces."""

    def __init__(self, article_id: str, text: str, read: str) -> None:
        self.article_id = article_id
        self.text = text
        self.read = read
        """The text as parsed: a transcript's notes and restarts blanked, so a name does not
        carry the "(inaudible)" read inside it."""
        self.sentences: list[Mention] = []
        self.tokens: list[Token] = []
        self.entities: list[Mention] = []

    def add(self, doc: Doc, offset: int) -> None:
        """Add the records of ``doc``, the piece of the text that starts at ``offset``."""
        columns = _Columns(doc, len(self.tokens))
        ents = doc.ents  # built anew on each access, so read once
        model_guesses = [_unnamed(ent) for ent in ents]
        unnamed = {
            i
            for ent, guess in zip(ents, model_guesses, strict=True)
            if guess
            for i in range(ent.start, ent.end)
        }
        family = {
            ent.start: at
            for ent, guess in zip(ents, model_guesses, strict=True)
            if not guess and (at := _family_name_after(ent)) is not None
        }
        named = {
            i: "PERSON"
            for ent in ents
            if ent.start in family
            for i in range(ent.end, family[ent.start] + 1)
        }
        for first, last in _sentence_spans(columns):
            sent = len(self.sentences)
            self.sentences.append(
                self._mention(offset + columns.idx[first], offset + columns.end(last))
            )
            self.tokens += columns.tokens(first, last, offset, sent, unnamed, named)
        for ent, guess in zip(ents, model_guesses, strict=True):
            if guess or ent.text.isspace():
                continue
            label = ent.label_
            if (ranked := _ranked_name(ent)) is not None:
                label = "PERSON"  # "Lieutenant General Giovanni Iannucci", taken for a body
            start = _given_names_before(ent) if label == "PERSON" else ent.start_char
            if len(ent) > 1 and ent[0].text.lower() in OPENING_ADVERBS and ent[0].idx == start:
                start = ent[1].idx  # "Sadly Ramos had offered": the adverb opens the sentence
            if ranked is not None:
                start = ranked
            elif label == "PERSON":
                start = _after_titles(ent, start)  # "Coach John Carter": the title is no name
            end = columns.end(family[ent.start]) if ent.start in family else ent.end_char
            if ent.text.endswith(("s'", "s’")):
                end -= 1  # "Attorney General Ana Torres' office": the name, not its possessive
            if ent.label_ == "PERSON" and (glued := _glued_at(ent.text)) is not None:
                # "Jane RoeJane Roe": a page's link text run into the name before it
                end = ent.start_char + glued
            mention = self._mention(offset + start, offset + end, label)
            if not mention.text:
                continue  # "Today \n": an opening adverb and the space the model ran it into
            previous = self.entities[-1] if self.entities else None
            if previous and _one_name(previous, mention, self.text):
                mention = self._mention(previous.start, mention.end, mention.label)
                self.entities.pop()
            self.entities.append(mention)

    def _mention(self, start: int, end: int, label: str = "") -> Mention:
        """A mention of ``text[start:end]`` without surrounding whitespace (an entity's
        words as parsed, with the space of a blanked note made one)."""
        piece = self.text[start:end]
        stripped = piece.strip()
        start += len(piece) - len(piece.lstrip())
        end = start + len(stripped)
        if label and self.read[start:end] != stripped:
            stripped = " ".join(self.read[start:end].split())
        return Mention(start, end, stripped, label)

    def build(self) -> ParsedArticle:
        """The finished article."""
        return ParsedArticle(
            id=self.article_id,
            text=self.text,
            sentences=tuple(self.sentences),
            tokens=tuple(self.tokens),
            entities=tuple(self.entities),
        )
