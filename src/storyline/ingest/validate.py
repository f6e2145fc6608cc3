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

import re

from storyline.errors import OverBudget

REPLACEMENT = "\ufffd"

# Lone UTF-16 surrogates (a valid pair never reaches a Python str as two code points).
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Terminal escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), and the
# two-byte escapes; removed whole so that no half of a sequence is left to print.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC
    r"|\x1b[@-Z\\-_]?"  # two-byte escapes, or a lone ESC
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # 8-bit CSI
)
# C0 and C1 controls other than tab, newline, carriage return and form feed; DEL too.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Line breaks have no place in one-line values (names, titles, sources).
_LINE_BREAK = re.compile(r"\s*[\r\n\f\u2028\u2029]+\s*")

# A long news feature runs to 10,000 words (about 70,000 characters); a body many times that
# is a dump of a site, a log or an attack, and reading it would hold the run for minutes.
MAX_BODY_CHARS = 400_000
# Page text and HTML pages carry navigation, scripts and comments around the body.
MAX_PAGE_CHARS = 4_000_000
# A page-dump line or HTML text node longer than this is not a paragraph of prose.
MAX_LINE_CHARS = 100_000


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
    if "\x1b" in text or "\x9b" in text:
        text, count = _ESCAPE_SEQUENCE.subn("", text)
        changed += count
    text, count = _CONTROL.subn("", text)
    return text, changed + count


def valid_line(text: str) -> str:
    """A one-line value (a name, a title, a path): :func:`valid_text` with breaks as spaces."""
    clean, _ = valid_text(text)
    return _LINE_BREAK.sub(" ", clean).strip()


def check_page(text: str, markup: bool) -> None:
    """Refuse a page too big to clean in reasonable time and memory (:data:`MAX_PAGE_CHARS`),
    or page text with a line no paragraph could be (:data:`MAX_LINE_CHARS`)."""
    if len(text) > MAX_PAGE_CHARS:
        raise OverBudget(
            f"{len(text):,} characters of {'HTML' if markup else 'page text'}; "
            f"the most one page may have is {MAX_PAGE_CHARS:,}"
        )
    if not markup:
        longest = max(map(len, text.splitlines()), default=0)
        if longest > MAX_LINE_CHARS:
            raise OverBudget(
                f"a line of {longest:,} characters; the most one paragraph may have is "
                f"{MAX_LINE_CHARS:,}"
            )


def check_body(body: str) -> None:
    """Refuse an article body longer than any article (:data:`MAX_BODY_CHARS`)."""
    if len(body) > MAX_BODY_CHARS:
        raise OverBudget(
            f"an article body of {len(body):,} characters; the most one article may have "
            f"is {MAX_BODY_CHARS:,}"
        )
