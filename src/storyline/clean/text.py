"""Tiny pure ``str -> str`` cleaning steps, composable like textacy's preprocessing.

Every step keeps the paragraph structure: paragraphs are lines, separated by ``"\\n"``.
Nothing here knows about web pages; :mod:`storyline.clean.pagedump` composes these steps.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

__all__ = [
    "drop_repeated_sentences",
    "ends_with_abbreviation",
    "normalize_whitespace",
    "repair_glued_sentences",
    "sentence_key",
    "split_sentences",
    "strip_credit_fragments",
]

# Characters a browser renders as blank (NBSP, thin spaces, zero-width joiners, BOM, soft hyphen).
_SPACE_LIKE = re.compile(r"[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad]")
"""Zero-width characters, soft hyphens and the marks that steer the direction of text
(U+200E, U+200F and the embeddings, overrides and isolates): never seen, they split words
("Minister\u200e Haider") and can make a line read otherwise than it is written."""
_MULTI_SPACE = re.compile(r" {2,}")
_MULTI_BLANK = re.compile(r"\n{3,}")

# A sentence end glued to the next sentence: "parties.Echoing". Two lower-case letters or digits
# before the stop keep "U.S.", "Mr.Smith" and "e.g." intact; the next word must be a capitalised
# word of two or more letters (or the words "A" and "I"), so "ctpost.com" and "3.5" never match.
_GLUED = re.compile(r"(?<=[a-z\d]{2}[.!?])([\"”’)]?)(?=[A-Z][a-z]+\b|[AI] [a-z])")
# Domains that are written capitalised ("Amazon.Com") must not be split.
_DOMAIN_TAIL = re.compile(r"(?:Com|Net|Org|Gov|Edu|Co|Io)\b")

# Abbreviations whose trailing stop does not end a sentence (lower-case, without the stop).
_ABBREVIATIONS = frozenset(
    str.split(
        "mr mrs ms dr prof st sr jr gen col lt sgt capt cmdr adm gov sen rep rev hon pres "
        "inc corp co ltd llc bros vs etc no nos vol fig al approx dept est "
        "jan feb mar apr jun jul aug sep sept oct nov dec "
        "mon tue tues wed thu thur thurs fri sat sun "
        "u.s u.k u.n e.g i.e a.m p.m d.c"
    )
)
# Candidate boundary: terminal punctuation, optional closers, whitespace, then an opener.
_BOUNDARY = re.compile(r"([.!?…]+[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z\d])")
_LAST_TOKEN = re.compile(r"(\S+)$")

# A source credit glued inside a paragraph, usually where a page shows a teaser and then the full
# story: "...the border. (Site | Region News )- Some Agency/ The minister ...". Only a credit
# after a sentence end in mid-line is removed; a leading "(Reuters) -" dateline stays.
_MID_CREDIT = re.compile(
    r"(?<=[.!?\"”])\s+\([^()\n]{2,60}\)\s*[-–—]+\s*"
    r"(?:[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,3}\s*/\s*)?"
)
_WORD = re.compile(r"\w+")
# Sentences shorter than this (in words) may legitimately repeat ("No.", "He said.").
_MIN_REPEAT_WORDS = 4


def normalize_whitespace(text: str) -> str:
    """Turn exotic blanks into spaces, drop invisible characters, trim every line.

    Runs of spaces collapse to one and runs of blank lines to a single blank line.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", _SPACE_LIKE.sub(" ", text))
    lines = (_MULTI_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return _MULTI_BLANK.sub("\n\n", "\n".join(lines)).strip()


def repair_glued_sentences(text: str) -> str:
    """Insert the missing space in "parties.Echoing" while leaving "U.S.", "3.5", "ctpost.com"."""

    def _space(match: re.Match[str]) -> str:
        if _DOMAIN_TAIL.match(match.string, match.end()):
            return match.group(1)
        return match.group(1) + " "

    return _GLUED.sub(_space, text)


def ends_with_abbreviation(chunk: str) -> bool:
    """True when ``chunk`` ends in "Mr." / "U.S." / a single initial, so no sentence ends there."""
    found = _LAST_TOKEN.search(chunk)
    if not found:
        return False
    token = found.group(1).lstrip("\"'“‘([").rstrip(".")
    if len(token) == 1 and token.isalpha() and token.isupper():
        return True
    return token.lower() in _ABBREVIATIONS


def split_sentences(text: str) -> list[str]:
    """Split text into sentences with a fast regex; every line break is a boundary too."""
    sentences: list[str] = []
    for line in text.split("\n"):
        start = 0
        for match in _BOUNDARY.finditer(line):
            end = match.end(1)
            if ends_with_abbreviation(line[start:end]):
                continue
            sentences.append(line[start:end].strip())
            start = match.end()
        tail = line[start:].strip()
        if tail:
            sentences.append(tail)
    return [s for s in sentences if s]


def sentence_key(sentence: str) -> str:
    """Comparison key of a sentence: lower-case words only, so quotes and spacing do not count."""
    return " ".join(_WORD.findall(sentence.lower()))


def strip_credit_fragments(text: str) -> str:
    """Remove source credits glued mid-paragraph, e.g. ``"(Outlet | Site )- Agency/ "``."""
    return _MID_CREDIT.sub(" ", text)


def drop_repeated_sentences(text: str) -> str:
    """Keep each sentence once (its first occurrence); paragraphs left empty disappear.

    A page may show its article twice, or a teaser of the first paragraphs and then the full
    story. A sentence cut short by the teaser ("... the alliance…") is dropped when a later
    sentence starts with it.
    """
    paragraphs = [split_sentences(line) for line in text.split("\n")]
    keys = [[sentence_key(s) for s in para] for para in paragraphs]
    later = _truncation_targets(keys)
    seen: set[str] = set()
    kept: list[str] = []
    for para, para_keys in zip(paragraphs, keys, strict=True):
        out = []
        for sentence, key in zip(para, para_keys, strict=True):
            long_enough = len(key.split()) >= _MIN_REPEAT_WORDS
            if long_enough and (key in seen or _is_truncated_copy(sentence, key, later)):
                continue
            seen.add(key)
            out.append(sentence)
        if out:
            kept.append(" ".join(out))
    return "\n".join(kept)


def _truncation_targets(keys: list[list[str]]) -> list[str]:
    """All sentence keys of the text, sorted for the prefix test of truncated teasers."""
    return sorted({key for para in keys for key in para})


def _is_truncated_copy(sentence: str, key: str, sorted_keys: list[str]) -> bool:
    """A sentence ending in an ellipsis whose words start a longer sentence elsewhere.

    Keys that start with ``key`` sort right after it, so one binary search finds the only
    candidate: the test stays O(log n) on a page of thousands of teasers.
    """
    if not sentence.rstrip('"”’').endswith(("...", "…")):
        return False
    after = bisect_right(sorted_keys, key)
    return after < len(sorted_keys) and sorted_keys[after].startswith(key)
