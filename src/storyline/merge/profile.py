"""What a document is about, as sparse term weights: the basis of "these reports tell one story".

Three bags of terms are kept per document: every content word (``terms``), the words of
capitalised names and the numbers (``names``), and the content words of the title and first
three sentences (``lead``), plus the years it mentions. Weights are TF-IDF with the corpus's
document frequencies at the time of comparison, so the profile itself stays corpus-free and
never has to be recomputed when more documents arrive.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from storyline.lang.en.stop_words import STOP_WORDS

MAX_TERMS = 120
"""Terms kept per bag (the most frequent): enough for a news article, bounded for big ones."""
LEAD_SENTENCES = 3

_WORD = re.compile(r"[^\W\d_][\w'’\-]+|\d{4}")
_NAME = re.compile(r"\b[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*")
_NUMBER = re.compile(r"\b\d[\d,.]*\d\b")
_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s")


@dataclass(frozen=True)
class Profile:
    """Term counts of one document (see the module docstring)."""

    terms: Mapping[str, int]
    names: Mapping[str, int]
    lead: Mapping[str, int]
    years: frozenset[str]

    def to_row(self) -> dict[str, object]:
        """As stored (JSON)."""
        return {
            "terms": dict(self.terms),
            "names": dict(self.names),
            "lead": dict(self.lead),
            "years": sorted(self.years),
        }

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Profile:
        """The inverse of :meth:`to_row`."""
        return cls(
            terms=_interned(row["terms"]),
            names=_interned(row["names"]),
            lead=_interned(row["lead"]),
            years=frozenset(row["years"]),
        )


def profile(title: str | None, text: str) -> Profile:
    """The profile of an article from its title and clean text."""
    whole = f"{title or ''}\n{text}"
    return Profile(
        terms=_top(_words(whole)),
        names=_top(_names(whole)),
        lead=_top(_words(f"{title or ''}\n{_lead(text)}")),
        years=frozenset(_YEAR.findall(whole)),
    )


def _words(text: str) -> Counter[str]:
    found: Counter[str] = Counter()
    for word in _WORD.findall(text):
        low = word.lower().strip("'’-")
        if len(low) > 2 and low not in STOP_WORDS:
            found[low] += 1
    return found


def _names(text: str) -> Counter[str]:
    found: Counter[str] = Counter()
    for match in _NAME.finditer(text):
        for word in match.group(0).split():
            low = word.lower().strip("'’-")
            if len(low) > 2 and low not in STOP_WORDS:
                found[low] += 1
    for number in _NUMBER.findall(text):
        found["#" + number.replace(",", "")] += 1
    return found


def _lead(text: str) -> str:
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    return text[: ends[LEAD_SENTENCES - 1]] if len(ends) >= LEAD_SENTENCES else text


def _top(counts: Counter[str]) -> dict[str, int]:
    return _interned(dict(counts.most_common(MAX_TERMS)))


def _interned(counts: Mapping[str, int]) -> dict[str, int]:
    """``counts`` with each term one string shared by every profile that holds it: a merge
    holds the profiles of every new article at once, and their own copies of the same words
    were two thirds of their memory (10,000 articles: 156 MB, 55 MB interned)."""
    return {sys.intern(term): n for term, n in counts.items()}


_SUBLINEAR = [0.0] + [1.0 + math.log(n) for n in range(1, 1_000)]
"""The sublinear frequency of a term counted n times, 1 + ln n, worked out once."""


def sublinear(n: int) -> float:
    """The weight of a term counted ``n`` times in a bag (what :meth:`Weights.vector` takes)."""
    return _SUBLINEAR[n] if n < len(_SUBLINEAR) else 1.0 + math.log(n)


def inverse_frequency(docs: int, df: int) -> float:
    """The inverse document frequency of a term in ``df`` of ``docs`` documents."""
    return math.log((docs + 1) / (df + 1))


class Weights:
    """Document frequencies of the corpus, turning profiles into unit TF-IDF vectors."""

    def __init__(self) -> None:
        self.docs = 0
        self.df: dict[str, Counter[str]] = {
            "terms": Counter(),
            "names": Counter(),
            "lead": Counter(),
        }

    def add(self, prof: Profile) -> None:
        """Count a document in the frequencies."""
        self.docs += 1
        for bag in self.df:
            self.df[bag].update(getattr(prof, bag).keys())

    def vector(
        self, prof: Profile, bag: str, idf: dict[str, float] | None = None
    ) -> dict[str, float]:
        """The unit-length TF-IDF vector of one bag (sublinear term frequency). ``idf``: the
        bag's inverse document frequencies worked out so far, kept (and added to) by a caller
        that asks for many vectors while the frequencies stay as they are."""
        df, known = self.df[bag], {} if idf is None else idf
        counts: Mapping[str, int] = getattr(prof, bag)
        vec = {}
        for term, n in counts.items():
            weight = known.get(term)
            if weight is None:
                weight = known[term] = inverse_frequency(self.docs, df[term])
            vec[term] = (_SUBLINEAR[n] if n < len(_SUBLINEAR) else 1.0 + math.log(n)) * weight
        norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
        return {term: x / norm for term, x in vec.items() if x > 0}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Cosine of two unit vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(term, 0.0) for term, x in a.items())
