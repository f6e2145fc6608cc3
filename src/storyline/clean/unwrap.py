"""Text that is already an article, put back into paragraphs: pure ``str -> str`` steps.

Crawlers often carry press releases, mail and RSS items as plain text hard-wrapped at a fixed
width (72 columns is the common one), with a blank line between paragraphs and an end marker
("###", "-30-") under the last one. Read line by line, every wrapped line looks like a short
fragment; these steps give each paragraph back its one line, so the line classifier sees prose.

* :func:`drop_end_markers` removes the end-of-release marker that closes a text;
* :func:`unwrap` joins the lines of a hard-wrapped paragraph, and the pieces of a sentence
  that a link split over several lines ("the Chile-led" / "task force" / "patrolled ...").

Blank lines always stay paragraph breaks, and a true short line (a title, a date line, a
list item) is never joined to the text under it. Text that is not hard-wrapped (one paragraph
per line, as browsers and most crawlers give it) keeps its lines, except for split sentences.

The thresholds were calibrated on the 20 White House releases of ``shared/bench/realnews/dev``
(wrapped at 72 columns, with lists and bold subheadings) and checked against every text that
must not be unwrapped: the 102 dev page dumps, the seeds, the 772 ECB+ texts and the other 69
realnews records; no line of those is joined by the width rule.
"""

from __future__ import annotations

import re
from itertools import pairwise

from storyline.clean.text import ends_with_abbreviation

__all__ = ["drop_end_markers", "unwrap", "wrap_width"]

WRAP_MIN_WIDTH = 40
WRAP_MAX_WIDTH = 100
"""Hard wraps are set between these widths (mail and pandoc use 72, some feeds 78 or 80).
One paragraph per line, the browser's way, gives longer lines, so such text is never unwrapped
by width."""

MAX_LONG_SHARE = 0.1
"""Share of lines that may run past ``WRAP_MAX_WIDTH`` in wrapped text (a long link, a table)."""

WRAP_SLACK = 4
"""Characters a wrapped line may have lost to whitespace normalisation (double spaces after a
stop, non-breaking spaces), so a line this much shorter than the width still counts as full."""

MIN_WRAPPED_LINES = 3
MIN_WRAPPED_SHARE = 0.5
"""Text is hard-wrapped when at least this many lines, and this share of the lines followed by
another line, are full: the next line's first word would not have fitted on them. In the 20
White House releases 93-100% of such lines are full. Of the 948 texts that must keep their
lines (dev page dumps, seeds, ECB+, other realnews records), 886 have too many lines past
``WRAP_MAX_WIDTH``, 33 fewer than three full lines and 29 a share under a half."""

TITLE_CAPS_RATIO = 0.55
"""A line reads as a title when more than this share of its longer words is capitalised and
it does not end like a sentence (the headline test of :mod:`storyline.clean.lines`); a title
is never continued by a split sentence. In wrapped text the width decides alone: a title
shorter than the width stays apart, but one that fills it cannot be told from the first line
of a paragraph about named people ("Chilean National Security Advisor Ana Ruiz and Peruvian
National" / "Security Advisor ..."), and is joined unless a blank line follows it."""

MAX_SPLIT_PIECES = 4
"""A sentence split by links ends within this many lines (the link text, the rest of it)."""

_END_MARKER = re.compile(r"^\\?(?:#\s*){3}$|^[-–—]+\s*(?:30|ends?)\s*[-–—]+$|^ends$", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_BULLET = re.compile(r"^(?:[-*•–—▪·]|\d{1,3}[.)]|[a-z][.)])\s")
_LOWER_START = re.compile(r"^[a-z]")
# A drop cap set on its own line ("T" / "acna is flooding") is glued back to its word; "A"
# and "I" are words of their own as often.
_DROP_CAP = re.compile(r"^[B-HJ-Z]$")
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def drop_end_markers(text: str) -> str:
    """Remove the end-of-release marker lines ("###", "\\###", "-30-", "-ENDS-") closing a text.

    Only markers after the last line of text count: a "###" inside the text may separate two
    parts of it, and is left to the reader.
    """
    lines = text.split("\n")
    while lines and (not lines[-1].strip() or _END_MARKER.match(lines[-1].strip())):
        lines.pop()
    return "\n".join(lines)


def wrap_width(text: str) -> int | None:
    """The column at which ``text`` was hard-wrapped, or None when it was not.

    The width is the longest line within ``WRAP_MAX_WIDTH``; the text counts as wrapped when
    enough of its lines are full at that width (see ``MIN_WRAPPED_SHARE``).
    """
    lines = [line for line in text.split("\n") if line.strip()]
    fitting = [len(line) for line in lines if len(line) <= WRAP_MAX_WIDTH]
    if not fitting or len(lines) - len(fitting) > MAX_LONG_SHARE * len(lines):
        return None
    width = max(fitting)
    if width < WRAP_MIN_WIDTH:
        return None
    pairs = _line_pairs(text)
    full = sum(_is_full(line, after, width) for line, after in pairs)
    if full < MIN_WRAPPED_LINES or full < MIN_WRAPPED_SHARE * len(pairs):
        return None
    return width


def unwrap(text: str) -> str:
    """Join the lines of hard-wrapped paragraphs and the pieces of sentences split by links.

    ``text`` is whitespace-normalised (every line trimmed). Lines are joined with one space
    (none after a drop cap); blank lines, list items and short lines stay where they are.
    """
    width = wrap_width(text)
    lines = text.split("\n")
    out: list[str] = []
    for index, line in enumerate(lines):
        if out and out[-1] and line and _joins(lines, index, width):
            glue = "" if _DROP_CAP.match(out[-1]) else " "
            out[-1] = f"{out[-1]}{glue}{line}"
        else:
            out.append(line)
    return "\n".join(out)


def _line_pairs(text: str) -> list[tuple[str, str]]:
    """Every line followed by a non-blank line, with that line."""
    lines = text.split("\n")
    return [(a, b) for a, b in pairwise(lines) if a.strip() and b.strip()]


def _is_full(line: str, after: str, width: int) -> bool:
    """The first word of ``after`` would not have fitted on ``line`` at this width."""
    return len(line) + 1 + len(after.split()[0]) > width - WRAP_SLACK


def _joins(lines: list[str], index: int, width: int | None) -> bool:
    """Whether ``lines[index]`` continues the paragraph of the line above it."""
    above, line = lines[index - 1], lines[index]
    if _BULLET.match(line):
        return False
    if width is not None and _is_full(above, line, width):
        return True
    return _is_split_sentence(lines, index)


def _is_split_sentence(lines: list[str], index: int) -> bool:
    """A sentence running on from the line above: a link set on lines of its own splits
    "the Chilean-led" / "task force" / "carried out two raids ...".

    The line above does not end a sentence or a clause (a stop after "Jr." or "U.S." does
    not), and from here on lines start with a lower-case word until one ends the sentence with
    a full stop, a question or an exclamation mark ("Tags" / "terms:" is furniture), within
    ``MAX_SPLIT_PIECES`` lines. A title over a byline ("Court clears Lima mayor" / "on March
    4, 2021 at 7:15 AM") never ends a sentence, so it stays apart, and a line that reads as a
    title is never continued.
    """
    above = lines[index - 1]
    if _is_title(above) or (_TERMINAL.search(above) and not ends_with_abbreviation(above)):
        return False
    for line in lines[index : index + MAX_SPLIT_PIECES]:
        if not _LOWER_START.match(line):
            return False
        if _SENTENCE_END.search(line):
            return True
    return False


def _is_title(line: str) -> bool:
    """A headline-like first line: mostly capitalised words, no sentence end."""
    if _TERMINAL.search(line):
        return False
    words = _LONG_WORD.findall(line)[1:]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) > TITLE_CAPS_RATIO
