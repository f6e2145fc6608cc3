"""Transcripts: how one is told from a report, and the marks of speech the parser should not see.

A transcript (a press availability, a briefing) is turns of speech opened by speaker labels
("SECRETARY BLINKEN:", "QUESTION:"). Spoken English carries what written English does not: the
transcriber's notes ("(inaudible)", "[crosstalk]") inside a name or a clause, and restarts, a
phrase begun and begun again after a dash ("his majesty the prince – the king"). Read as
written text, a note cuts a name in two and a restart makes the abandoned phrase the head of the
one that replaces it. :func:`spoken_repairs` blanks notes in any text and restarts in a
transcript (with spaces, so every offset into the
text stays the same) before the text is parsed; the stored text is never changed.
"""

from __future__ import annotations

import re

from storyline.lang.en.calendar import blank_time_zones

__all__ = [
    "RESTART_OPENERS",
    "TRANSCRIBER_NOTES",
    "blank_notes",
    "is_transcript",
    "spoken_repairs",
]

SPEAKER_LABEL = re.compile(r"^[ \t]*(?:[A-Z][A-Z.'’-]*[ \t]+){0,4}[A-Z][A-Z.'’-]+:", re.MULTILINE)
"""A turn's opening label in capitals, up to five words ("FOREIGN MINISTER SOTO:")."""

TRANSCRIBER_NOTES = (
    "inaudible",
    "unintelligible",
    "indiscernible",
    "crosstalk",
    "cross-talk",
    "laughter",
    "applause",
    "off-mic",
    "off mic",
    "audio gap",
    "technical difficulties",
)
"""What a transcriber writes in brackets where the speech is not given word for word."""

_NOTE = re.compile(
    r"[(\[][ \t]*(?:"
    + "|".join(re.escape(n) for n in TRANSCRIBER_NOTES)
    + r")\b[^()\[\]\n]{0,30}[)\]]",
    re.IGNORECASE,
)

RESTART_OPENERS = frozenset(
    str.split(
        "the a an this that these those his her its their our my your all both each "
        "which what who whom whose where when why how"
    )
)
"""Words a spoken phrase begins with, and begins with again after a restart: determiners,
possessives and question words."""

MAX_RESTART_WORDS = 3
"""The longest phrase abandoned at a restart ("the prime –", "a minister of –")."""

_DASH = re.compile(r"[ \t](?:[–—]|--?)[ \t]+(?=(?P<next>[\w’']+))")
_WORD_BEFORE = re.compile(r"[\w’'-]+$")
_LONGEST_WORD = 64


def is_transcript(text: str) -> bool:
    """Whether ``text`` is a transcript: turns opened by speaker labels ("QUESTION:",
    "SECRETARY BLINKEN:"); one label is a note, not a dialogue."""
    return len(SPEAKER_LABEL.findall(text)) >= 2


def blank_notes(text: str) -> str:
    """``text`` with every transcriber's note blanked ("Sheikh Ana (inaudible) Soto" reads
    "Sheikh Ana             Soto"); the length and every offset stay the same."""
    if "(" not in text and "[" not in text:
        return text
    return _NOTE.sub(lambda m: " " * len(m.group()), text)


def spoken_repairs(text: str) -> str:
    """``text`` with its transcriber notes and time zones blanked (:func:`blank_notes`, in any
    text: a report may quote a transcript; ``blank_time_zones``) and, in a transcript, its
    abandoned phrases. The length and every
    offset stay the same.

    A restart is a phrase of at most :data:`MAX_RESTART_WORDS` words opened by a determiner,
    a possessive or a question word, cut off by a dash, after which the speaker begins again
    with the same word or another such opener: "the prince – the king" reads "the king",
    "which – where" reads "where". A dash that sets off an aside in mid-sentence ("the plan –
    agreed on Monday – ...") is kept: what follows it opens no phrase again."""
    text = blank_time_zones(blank_notes(text))
    if not is_transcript(text):
        return text
    cuts: list[tuple[int, int]] = []
    for dash in _DASH.finditer(text):
        start = _abandoned_phrase(text, dash.start(), dash.group("next").lower())
        if start is not None:
            cuts.append((start, dash.end()))
    if not cuts:
        return text
    chars = list(text)
    for start, end in cuts:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _abandoned_phrase(text: str, end: int, following: str) -> int | None:
    """Where the phrase abandoned at the dash at ``end`` begins, or None when the words before
    the dash are no phrase begun again with ``following``."""
    position = end
    for _ in range(MAX_RESTART_WORDS):
        match = _WORD_BEFORE.search(text, max(0, position - _LONGEST_WORD), position)
        if match is None or match.end() != position:
            return None
        word = match.group().lower()
        if word in RESTART_OPENERS:
            return match.start() if following in RESTART_OPENERS or following == word else None
        position = match.start()
        if position == 0 or text[position - 1] not in " \t":
            return None
        position -= 1
    return None
