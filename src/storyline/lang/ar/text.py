"""Arabic text as the reader matches it: folded, split into sentences, and phrase patterns.

Folding maps the spellings one word is written in to one form: short vowels, shadda, sukun and
tatweel are removed, the hamza forms of alif (أ إ آ ٱ) read as ا, ى as ي, ة as ه, and
Arabic-Indic digits (٠-٩, ۰-۹) as 0-9. Arabic punctuation (، ؛ ؟) reads as its Latin
counterpart. Folding keeps nothing but characters that stand for themselves, so a folded
sentence is matched, and the sentence as written is what an event keeps as evidence.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
"""Short vowels, shadda, sukun, Quranic marks and tatweel: not written in most news."""

_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
_DIGITS = {chr(0x0660 + n): str(n) for n in range(10)} | {
    chr(0x06F0 + n): str(n) for n in range(10)
}

CLITICS = "(?:[وف]?[بلك]?)"
"""The conjunctions (و ف) and prepositions (ب ل ك) written as one word with what follows."""
TRIGGER_CLITICS = "(?:[وف]?(?:س|[بلك])?(?:ال)?)"
""":data:`CLITICS`, the future prefix س of a present verb ("سيزور"), and the article of a
noun ("خلال اللقاء")."""

_SENTENCE_END = re.compile(r"(?<=[.!?؟])(?<![\s.][\u0621-\u064a]\.)[\"”»']?\s+|\n+")
"""A sentence ends at . ! ? or ؟ before a space, and at every line break (a paragraph); not
after a one-letter abbreviation ("د." for doctor, "م." for engineer, "أ.د.")."""

_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """``text`` in the one form every table is matched in (see the module's docstring)."""
    return _MARKS.sub("", text).translate(_table())


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    data = tomllib.loads(
        resources.files("storyline.lang.ar").joinpath("data", "profile.toml").read_text("utf-8")
    )
    table: dict[str, str] = {**_LETTERS, **_DIGITS, **data["punctuation"]}
    return {ord(k): v for k, v in table.items()}


def digits(text: str) -> str:
    """``text`` with Arabic-Indic digits read as 0-9 and nothing else changed."""
    return text.translate({ord(k): v for k, v in _DIGITS.items()})


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article: as written (``text``, offsets into the article) and folded."""

    index: int
    start: int
    end: int
    text: str
    folded: str


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text``, each with its offsets into ``text``."""
    found: list[Sentence] = []
    start = 0
    for cut in [*_SENTENCE_END.finditer(text), None]:
        end = cut.start() if cut is not None else len(text)
        if cut is not None and text[cut.start() : cut.start() + 1] in "\"”»'":
            end = cut.start() + 1
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            offset = start + piece.index(stripped)
            for at, part in _bounded(stripped):
                found.append(
                    Sentence(len(found), offset + at, offset + at + len(part), part, fold(part))
                )
        if cut is not None:
            start = cut.end()
    return found


MAX_SENTENCE_CHARS = 1_000
"""Longer "sentences" (a page's run of text with no full stop) are read in pieces of about this
size, cut at a space: no sentence of news is longer, and the reader's phrase matching grows
with the square of a sentence's length."""


def _bounded(sentence: str) -> list[tuple[int, str]]:
    """``sentence`` in pieces of at most about :data:`MAX_SENTENCE_CHARS`, with their offsets."""
    pieces: list[tuple[int, str]] = []
    at = 0
    while len(sentence) - at > MAX_SENTENCE_CHARS:
        cut = sentence.rfind(" ", at, at + MAX_SENTENCE_CHARS)
        cut = cut if cut > at else at + MAX_SENTENCE_CHARS
        pieces.append((at, sentence[at:cut]))
        at = cut
        while at < len(sentence) and sentence[at] == " ":
            at += 1
    pieces.append((at, sentence[at:]))
    return [(n, part) for n, part in pieces if part.strip()]


def phrase_pattern(
    phrases: Iterable[str], *, clitics: bool = True, prefix: str = CLITICS
) -> re.Pattern[str]:
    """One pattern for any of ``phrases`` (folded first) as whole words, the longest first.

    With ``clitics`` a phrase may carry و ف ب ل ك in front ("والسوداني", "بغداد" in "لبغداد");
    a phrase that starts with the article ال also matches after ل as "لل" ("للناتو").
    The phrase is group ``p``."""
    forms: set[str] = set()
    for phrase in phrases:
        folded = _SPACE.sub(" ", fold(phrase).strip())
        if folded:
            forms.add(folded)
            if clitics and folded.startswith("ال"):
                forms.add("ل" + folded[1:])  # ل + ال is written لل: "للناتو"
    body = "|".join(
        re.escape(form).replace(r"\ ", r"\s+") for form in sorted(forms, key=lambda f: (-len(f), f))
    )
    prefix = prefix if clitics else ""
    return re.compile(rf"(?<!\w){prefix}(?P<p>{body})(?!\w)")


@lru_cache(maxsize=4096)
def word_pattern(phrase: str) -> re.Pattern[str]:
    """:func:`phrase_pattern` of one phrase, kept."""
    return phrase_pattern([phrase])


def words(folded: str) -> Iterator[re.Match[str]]:
    """The words of a folded text, with their offsets."""
    return re.finditer(r"\w+", folded)
