"""The edge of ingestion: every string that enters storyline is valid, printable Unicode.

Inputs come from crawlers, file systems and other people's JSON, so a string may hold what no
later stage expects: a lone surrogate (``"\\ud800"`` in JSON, or a file name that is not
UTF-8, which Python keeps as ``"\\udcff"``), a NUL, a terminal escape sequence, a C1 control.
SQLite refuses the first, C tools cut strings at the second, terminals obey the third. Here
each is replaced (surrogates by U+FFFD) or removed (controls), and the number of such changes
is returned, so the caller can record that the text was repaired.

Budgets live here too: the largest text one document may bring, checked before the slow
stages (page cleaning, spaCy) ever see it.
"""

from __future__ import annotations

import os
import re

from storyline.errors import OverBudget

REPLACEMENT = "\ufffd"

# Lone UTF-16 surrogates (a valid pair never reaches a Python str as two code points).
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Terminal escape sequences that are complete and short: CSI (ESC [ ... final byte), OSC
# (ESC ] ... BEL or ESC \\), DCS/SOS/PM/APC (ESC P ... ESC \\). They are removed whole; any other
# ESC or C1 control is removed alone (with the controls below), so a stray ESC never takes
# the text after it along ("\x1bPresident" keeps "President").
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]{0,32}[ -/]{0,8}[@-~]"  # CSI
    r"|\x1b\][^\x07\x1b\n]{0,256}(?:\x07|\x1b\\)"  # OSC
    r"|\x1b[PX^_][^\x1b\n]{0,256}\x1b\\"  # DCS, SOS, PM, APC
)
# C0 and C1 controls other than tab, newline, carriage return and form feed; DEL too.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Line breaks have no place in one-line values (names, titles, sources).
_LINE_BREAK = re.compile(r"\s*[\r\n\f\u2028\u2029]+\s*")

# The budgets are set far above real input (the longest page of the dev page dumps has 101,000
# characters of page text and 1,600 HTML tags, the longest realnews text 20,000 characters) and
# low enough that no stage takes more than seconds or a few hundred MB on what passes them.
# A long news feature runs to 10,000 words (about 70,000 characters); a body many times that
# is a dump of a site, a log or an attack, and reading it would hold the run for minutes.
MAX_BODY_CHARS = 200_000
# spaCy reads about 6,000 to 10,000 words a second here: 30,000 words (three times the longest
# feature) bound the events step to seconds whatever the words are.
MAX_BODY_WORDS = 30_000
# Page text (a page dump) carries menus and comments around the body; the cleaner reads each
# line against the others, about 4 seconds per million characters.
MAX_PAGE_CHARS = 1_000_000
# HTML carries scripts, styles and markup besides; trafilatura's cost grows faster than the
# number of elements, and of attributes (20,000 of either take about 2 to 5 seconds; the dev
# pages have at most 1,600 tags and 3,700 attributes).
MAX_HTML_CHARS = 4_000_000
MAX_HTML_TAGS = 20_000
MAX_HTML_ATTRIBUTES = 20_000
_ATTRIBUTE = re.compile(r"""\s[\w:.-]+\s*=\s*["'\w]""")
# A page-text line longer than this is not a paragraph of prose; the cleaner's cost also grows
# with the number of lines (100,000 take about 5 seconds; the longest dev page has 596).
MAX_LINE_CHARS = 100_000
MAX_PAGE_LINES = 20_000
_TAG = re.compile(r"<[A-Za-z!/?]")


def valid_text(text: str) -> tuple[str, int]:
    """``text`` with lone surrogates replaced and control characters removed.

    Returns the clean text and how many characters were changed. Tabs, newlines, carriage
    returns and form feeds are kept: they carry the paragraph structure.
    """
    if text.isascii() and text.isprintable():
        return text, 0
    changed = 0
    if _SURROGATE.search(text):
        text, count = _SURROGATE.subn(REPLACEMENT, text)
        changed += count
    if "\x1b" in text:
        text, count = _ESCAPE_SEQUENCE.subn("", text)
        changed += count
    text, count = _CONTROL.subn("", text)
    return text, changed + count


def shown_path(path: str | os.PathLike[str]) -> str:
    """A path as storyline shows and stores it: one line of printable text that still tells
    any two paths apart. Bytes that are not UTF-8 read ``\\xff``, controls and line breaks
    ``\\n``, ``\\x1b``; cleaning them away instead would make ``a\\nb.txt`` and ``a b.txt`` one
    source, and the second would replace the first as a new version of it."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def valid_line(text: str) -> str:
    """A one-line value (a name, a title, a path): :func:`valid_text` with breaks as spaces."""
    clean, _ = valid_text(text)
    return _LINE_BREAK.sub(" ", clean).strip()


def check_page(text: str, markup: bool) -> None:
    """Refuse a page too big to clean in bounded time and memory: more characters than
    :data:`MAX_PAGE_CHARS` (page text) or :data:`MAX_HTML_CHARS`, more HTML tags than
    :data:`MAX_HTML_TAGS`, or page text with a line no paragraph could be."""
    limit = MAX_HTML_CHARS if markup else MAX_PAGE_CHARS
    if len(text) > limit:
        kind = "HTML" if markup else "page text"
        raise OverBudget(
            f"{len(text):,} characters of {kind}; the most one page may have is {limit:,}"
        )
    if markup:
        tags = sum(1 for _ in _TAG.finditer(text))
        if tags > MAX_HTML_TAGS:
            raise OverBudget(f"{tags:,} HTML tags; the most one page may have is {MAX_HTML_TAGS:,}")
        attributes = sum(1 for _ in _ATTRIBUTE.finditer(text))
        if attributes > MAX_HTML_ATTRIBUTES:
            raise OverBudget(
                f"{attributes:,} HTML attributes; the most one page may have is "
                f"{MAX_HTML_ATTRIBUTES:,}"
            )
    else:
        lines = text.splitlines()
        if len(lines) > MAX_PAGE_LINES:
            raise OverBudget(
                f"{len(lines):,} lines of page text; the most one page may have is "
                f"{MAX_PAGE_LINES:,}"
            )
        longest = max(map(len, lines), default=0)
        if longest > MAX_LINE_CHARS:
            raise OverBudget(
                f"a line of {longest:,} characters; the most one paragraph may have is "
                f"{MAX_LINE_CHARS:,}"
            )


def check_body(body: str) -> None:
    """Refuse an article body longer than any article: more than :data:`MAX_BODY_CHARS`
    characters or :data:`MAX_BODY_WORDS` words."""
    if len(body) > MAX_BODY_CHARS:
        raise OverBudget(
            f"an article body of {len(body):,} characters; the most one article may have "
            f"is {MAX_BODY_CHARS:,}"
        )
    words = len(body.split())
    if words > MAX_BODY_WORDS:
        raise OverBudget(
            f"an article body of {words:,} words; the most one article may have is "
            f"{MAX_BODY_WORDS:,}"
        )
