"""Extract the article body from a page dump: the plain text a browser shows for a news page.

The cascade, step by step:

1. normalise whitespace and drop the dump tool's own header line;
2. put text that is already an article back into paragraphs: drop a closing end-of-release
   marker and join hard-wrapped lines (:mod:`storyline.clean.unwrap`); page dumps keep their
   lines;
3. classify every line from its own features (:mod:`storyline.clean.lines`): prose, headings,
   furniture (menus, captions, headlines glued to their teasers, contact lines), closing
   headings and boxes, embedded posts; text that is already clean (prose with at most a title,
   a date and a source line) is kept whole;
4. take the maximum-scoring run of lines as the body region, never crossing a closing heading
   such as "Related articles" or an "About the author" box, and keep its prose, subheadings,
   embedded posts and dateline (:mod:`storyline.clean.region`);
5. repair glued sentences, strip source credits glued between two copies of the story, and
   keep every sentence once (:mod:`storyline.clean.text`).
"""

from __future__ import annotations

from dataclasses import dataclass

from storyline.clean.lines import page_lines
from storyline.clean.region import body_lines, is_clean_text
from storyline.clean.text import (
    drop_repeated_sentences,
    normalize_whitespace,
    repair_glued_sentences,
    strip_credit_fragments,
)
from storyline.clean.unwrap import drop_end_markers, unwrap

__all__ = ["CleanPage", "extract"]


@dataclass(frozen=True)
class CleanPage:
    """The article body of a page: paragraphs joined by ``"\\n"``; ``""`` when there is none."""

    body: str
    paragraphs: tuple[str, ...]


def extract(page: str) -> CleanPage:
    """Return the article body of a page dump: every body paragraph and its dateline only.

    Text that already reads as one article (JSON Lines ``text``, ``.txt`` corpus files, a
    hard-wrapped release) comes back whole, one line per paragraph.
    """
    lines = page_lines(unwrap(drop_end_markers(normalize_whitespace(page))))
    kept = [line.text for line in lines if line.text] if is_clean_text(lines) else body_lines(lines)
    text = "\n".join(kept)
    text = drop_repeated_sentences(strip_credit_fragments(repair_glued_sentences(text)))
    paragraphs = tuple(p for p in text.split("\n") if p.strip())
    return CleanPage(body="\n".join(paragraphs), paragraphs=paragraphs)
