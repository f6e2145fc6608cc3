"""About what: short phrases of what an event discussed, taken from its evidence sentences.

"to discuss trade between Chile and Peru in fisheries policy and support for the Chilean
Navy" gives "trade between Chile and Peru", "fisheries policy", "support for the Chilean
Navy". Phrases are verbatim (trimmed) so they can be checked
against the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The verbs and nouns that introduce what was discussed.
_CUE = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|address(?:ed|es|ing)?|focus(?:ed|ing)? on|review(?:ed|ing)?|"
    r"explor(?:ed|ing|e)|cover(?:ed|ing)?|touch(?:ed)? on|dealt with|revolved around|"
    r"talks on|cooperation (?:in|on)|in the (?:areas?|fields?) of|in the field of|ways to|"
    r"the importance of|prospects of)\s+",
    re.IGNORECASE,
)
_STOP = re.compile(r"[.;:!?\"“”]|\b(?:according to|said|which|who|where|while|after)\b")
_SPLIT = re.compile(
    r",\s*(?:and\s+|as well as\s+|including\s+|particularly\s+(?:in\s+)?)?|\s+as well as\s+|"
    r"\s+(?:particularly|especially)\s+(?:in\s+)?|\s+in the (?:areas?|fields?) of\s+"
)
_AND = re.compile(r"\s+and\s+")
_BETWEEN = re.compile(r"\bbetween\b", re.I)
_LEADING = re.compile(r"^(?:the|a|an|its|their|his|her|ways to|issues? of|matters? of)\s+", re.I)

MAX_TOPIC_WORDS = 8
"""Longer pieces are clauses, not topics (checked on our test articles and the seeds)."""
MIN_TOPIC_CHARS = 4
MAX_TOPICS = 8
NOT_TOPIC_STARTS = frozenset(
    {"with", "in", "on", "during", "at", "by", "for", "from", "to", "he", "she", "they", "it"}
)
"""First words of pieces that say who, where or when, not what."""


def topics(sentences: Iterable[str]) -> tuple[str, ...]:
    """Topic phrases from the sentences of one event, in order of appearance, without repeats."""
    found: list[str] = []
    seen: set[str] = set()
    for sentence in sentences:
        for phrase in _phrases(sentence):
            key = phrase.lower()
            if key not in seen:
                seen.add(key)
                found.append(phrase)
    return tuple(found[:MAX_TOPICS])


def _is_topic(piece: str) -> bool:
    """A noun phrase of the right size; not "with his counterpart" or "in a phone call"."""
    words = piece.split()
    if len(piece) < MIN_TOPIC_CHARS or not words or len(words) > MAX_TOPIC_WORDS:
        return False
    return words[0].lower() not in NOT_TOPIC_STARTS


def _phrases(sentence: str) -> list[str]:
    phrases = []
    for cue in _CUE.finditer(sentence):
        rest = sentence[cue.end() :]
        stop = _STOP.search(rest)
        span = rest[: stop.start()] if stop else rest
        for part in _SPLIT.split(span):
            # "between Iraq and NATO" is one phrase; elsewhere "and" joins two topics.
            pieces = [part] if _BETWEEN.search(part) else _AND.split(part)
            for piece in pieces:
                piece = _LEADING.sub("", piece.strip(" ,-–—()"))
                if _is_topic(piece):
                    phrases.append(piece)
    return phrases
