"""Find the article body among classified lines (BTE-style maximum-scoring run).

Every line gets a score: prose earns its word count, furniture and short lines cost a little,
and a closing heading ("Related articles", "Comments") costs more than any article can pay, so
the run never crosses it, unless it heads a small box inside the story (a few links, then prose
on the same topic). Once the article has been closed, later prose earns less. The maximum-scoring
contiguous run is the body region; inside it prose lines are kept, short lines only where they
read as subheadings between paragraphs, plus lists the article introduces and its dateline.
A closing box ("About the author", "Acme is a global provider of ...") ends the article like a
closing heading; an embedded post (its text and its "— Name (@handle) date" signature) inside
the region is kept as the article's own quote.

All constants were calibrated on the 102 dev pages of ../shared/bench/pagedump (mean bag-of-words
F1), preferring round values on plateaus over the exact optimum.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storyline.clean.lines import Kind, Line, is_list_item
from storyline.clean.vocab import BOUNDARY_OPENERS

# Costs, in words of prose, calibrated on the dev pages: a short line (menu item, headline)
# costs SHORT_COST so a menu block between two prose blocks splits them unless the later
# block is worth more; furniture costs BAD_COST. NEAR_WEIGHT discounts one-sentence lines,
# which are as often teasers and captions as body text.
SHORT_COST = 3.0
SHORT_WORD_COST = 0.5
BAD_COST = 8.0
NEAR_WEIGHT = 0.5
BOUNDARY_COST = 1e9
# A prose line standing alone between non-prose lines is as often a teaser in a list of other
# stories as a paragraph; it earns this share of its words.
ISOLATED_WEIGHT = 0.5
# "Wednesday November 20, 2019", "2 hours ago": a bare date stamp has at most this many words.
MAX_STAMP_WORDS = 5
# Prose seen before a closing heading that makes it the end of the article, and the weight of
# prose after it: other stories and comments often outweigh a short article.
CLOSING_WORDS = 60
TAIL_WEIGHT = 0.4
# An inline "Related" box inside an article lists a handful of links.
MAX_BOX_LINES = 15
BOX_COST = 10.0
# Cohesion across a box: prose that resumes the story reuses at least MIN_COHESION of its
# longer words from the COHESION_LINES lines above; another story does not.
MIN_COHESION = 0.1
COHESION_LINES = 4
MIN_TOPIC_CHARS = 5
_WORD = re.compile(r"\w+")
# A list introduced by a colon ("Tour dates:") keeps up to MAX_LIST_ITEMS short items; two
# items at least, so a lone "Read more:" link is not a list.
MAX_LIST_ITEMS = 60
MIN_LIST_ITEMS = 2
MIN_SCHEDULE_ITEMS = 5
# "Related coverage:", "More:", "Read also:" introduce links, not a list of the article.
LINK_OPENERS = BOUNDARY_OPENERS | frozenset({"read", "see", "watch", "listen", "more:", "mehr:"})
# Clean text has at most this many lines that are not prose (title, date, source link).
CLEAN_MAX_OTHER_LINES = 4
# ... and at least one line this long, so a handful of menu words is not an article.
MIN_CLEAN_WORDS = 12
# A subheading inside the body is short: at most this many words.
MAX_HEADING_WORDS = 12

# A dateline standing alone right before the first paragraph: "Baghdad-INA", "WASHINGTON —".
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2}\s*[-–—,/]\s*[A-Z][\w.]{1,12}"
    r"|[A-Z][A-Z.'’]+(?:\s+[A-Z][A-Z.'’]+){0,2}\s*(?:,\s*[A-Z][\w.]+)?\s*[-–—:])$"
)


def line_score(line: Line) -> float:
    """The contribution of one line to the body region's score."""
    if line.kind is Kind.GOOD:
        return float(line.words)
    if line.kind is Kind.NEAR:
        return line.words * NEAR_WEIGHT
    if line.kind is Kind.SHORT:
        return -SHORT_COST - SHORT_WORD_COST * line.words
    if line.kind is Kind.REPEATED:
        return -SHORT_COST
    if line.kind is Kind.BAD:
        return -BAD_COST
    if line.kind in (Kind.BOUNDARY, Kind.CLOSING):
        return -BOUNDARY_COST
    return 0.0  # blank lines and the signature of an embedded post


def line_scores(lines: list[Line]) -> list[float]:
    """Scores of all lines; prose after the article has been closed counts for less.

    Once CLOSING_WORDS words of prose have been followed by a closing heading ("Related
    articles", "Comments"), what comes later is most likely other stories or comments, so
    its prose earns only TAIL_WEIGHT of its words.
    """
    scores: list[float] = []
    prose, weight = 0, 1.0
    for index, line in enumerate(lines):
        score = line_score(line)
        if line.kind is Kind.GOOD and _is_isolated(lines, index):
            score *= ISOLATED_WEIGHT
        if _is_embedded_post(lines, index) or _introduces_quote(lines, index):
            # an embedded post is the article's own quote; "Minister X said:" above a
            # paragraph of prose is who says it
            score = max(score, 0.0)
        if line.kind is Kind.BOUNDARY and _is_inline_box(lines, index):
            score = -BOX_COST
        elif line.kind in (Kind.BOUNDARY, Kind.CLOSING) or _is_listing_stamp(lines, index):
            if prose >= CLOSING_WORDS:
                weight = TAIL_WEIGHT
            prose = 0
        elif line.kind is Kind.GOOD:
            prose += line.words
        scores.append(score * weight if score > 0 else score)
    return scores


def _is_embedded_post(lines: list[Line], index: int) -> bool:
    """The text of an embedded post: the line right above its "— Name (@handle) date"."""
    if lines[index].kind is Kind.BLANK:
        return False
    below = _next_text(lines, index, 1)
    return below is not None and below.kind is Kind.EMBED


def _introduces_quote(lines: list[Line], index: int) -> bool:
    """A short line that ends by saying who speaks ("Foreign Office minister Ana Soto said:")
    above a paragraph of prose: the article's, as the quote under it is."""
    line = lines[index]
    if line.kind is not Kind.SHORT or not _SAID_COLON.search(line.text):
        return False
    return _is_prose(_next_text(lines, index, 1))


_SAID_COLON = re.compile(r"\b(?:said|says|added|stated|commented|declared|told\s+\w+)\s*:\s*$")
"""The end of a line that introduces a quotation under it."""


def _is_listing_stamp(lines: list[Line], index: int) -> bool:
    """A bare date under a headline or a name: the entry of a list of other stories."""
    line = lines[index]
    if line.kind is not Kind.BAD or not line.dated or line.words > MAX_STAMP_WORDS:
        return False
    above = _next_text(lines, index, -1)
    return above is not None and above.kind in (Kind.SHORT, Kind.REPEATED)


def _is_isolated(lines: list[Line], index: int) -> bool:
    """A prose line with no prose on either side: a teaser under its headline, a caption."""
    return not (_is_prose(_next_text(lines, index, -1)) or _is_prose(_next_text(lines, index, 1)))


def _next_text(lines: list[Line], index: int, step: int) -> Line | None:
    """The nearest non-blank line in direction ``step``."""
    found = _next_index(lines, index, step)
    return None if found is None else lines[found]


def _is_prose(line: Line | None) -> bool:
    return line is not None and line.kind in (Kind.GOOD, Kind.NEAR)


def _is_inline_box(lines: list[Line], index: int) -> bool:
    """A "Most read" box inside the article: a few headline links, then the story goes on.

    The box holds at most MAX_BOX_LINES lines, none of them dated (dates and "2 hours ago"
    mark a list of other stories or comments); prose follows right after it and shares its
    vocabulary with the prose above the box (TextTiling's lexical cohesion).
    """
    seen = 0
    for after in range(index + 1, len(lines)):
        line = lines[after]
        if line.kind is Kind.BLANK:
            continue
        if line.kind is Kind.GOOD:
            return seen > 0 and _cohesion(lines, index, after) >= MIN_COHESION
        if line.dated or seen >= MAX_BOX_LINES:
            return False
        seen += 1
    return False


def _cohesion(lines: list[Line], box: int, resume: int) -> float:
    """Share of the resumed prose's content words already used in the prose above the box."""
    above = _content_words(_prose(lines[i] for i in range(box - 1, -1, -1)))
    below = _content_words(_prose(lines[resume:]))
    if not below:
        return 0.0
    return len(above & below) / len(below)


def _prose(lines: Iterable[Line]) -> list[Line]:
    """The first COHESION_LINES prose lines of ``lines``."""
    found: list[Line] = []
    for line in lines:
        if line.kind in (Kind.GOOD, Kind.NEAR):
            found.append(line)
            if len(found) == COHESION_LINES:
                break
    return found


def _content_words(lines: Iterable[Line]) -> set[str]:
    """Longer words of the prose lines: names and nouns carry a story's topic."""
    words: set[str] = set()
    for line in lines:
        words.update(w for w in _WORD.findall(line.text.lower()) if len(w) >= MIN_TOPIC_CHARS)
    return words


def best_region(lines: list[Line]) -> tuple[int, int]:
    """``(start, end)`` of the maximum-scoring run of lines (Kadane), end exclusive.

    ``(0, 0)`` when no line scores above zero, i.e. the page holds no prose.
    """
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for index, score in enumerate(line_scores(lines)):
        if total <= 0:
            total, start = 0.0, index
        total += score
        if total > best:
            best, best_span = total, (start, index + 1)
    return best_span


def is_clean_text(lines: list[Line]) -> bool:
    """Already-extracted article text: prose plus at most a title, a date and a source line.

    Such text (JSON Lines input, corpus documents) goes through whole: its few short lines
    are the article's own, and no page furniture is there to remove.
    """
    others = [
        line
        for line in lines
        if line.kind not in (Kind.BLANK, Kind.GOOD, Kind.NEAR) and not _TURN.match(line.text)
    ]  # (a transcript's short turns, "SECRETARY ROE: Thank you.", are its own words)
    longest = max((line.words for line in lines), default=0)
    if len(others) > CLEAN_MAX_OTHER_LINES or longest < MIN_CLEAN_WORDS:
        return False
    return all(_is_clean_extra(line) for line in others)


_TURN = re.compile(r"(?:[A-Z][A-Z.'’-]*[ \t]+){0,4}[A-Z][A-Z.'’-]+:[ \t]+\S")
"""A transcript's turn: its speaker's label in capitals, then what they said."""


def _is_clean_extra(line: Line) -> bool:
    """A title, a date or an "About the company" heading, which clean text may carry."""
    return line.kind in (Kind.SHORT, Kind.CLOSING) or (line.kind is Kind.BAD and line.dated)


def body_lines(lines: list[Line]) -> list[str]:
    """The article's lines: prose inside the best region, its subheadings, lists and dateline."""
    start, end = best_region(lines)
    if start == end:
        return []
    keep = {
        index
        for index in range(start, end)
        if lines[index].kind in (Kind.GOOD, Kind.NEAR, Kind.EMBED)
        or _is_subheading(lines, index, start, end)
        or _is_embedded_post(lines, index)
        or _introduces_quote(lines, index)
    }
    after = _next_index(lines, end - 1, 1)
    for intro in [*sorted(keep), *([after] if after is not None else [])]:
        items = _list_items(lines, intro)
        if items:
            keep.update([intro, *items])
    dateline = _leading_dateline(lines, start)
    return ([dateline] if dateline else []) + [lines[i].text for i in sorted(keep)]


def _list_items(lines: list[Line], intro: int) -> list[int]:
    """The items of a list the article introduces.

    The introduction ends in a colon ("The festival will visit these towns:"), or it is a short
    heading over a schedule: at least MIN_SCHEDULE_ITEMS items that all carry a date.
    """
    intro_line = lines[intro]
    if intro_line.text.split()[0].lower() in LINK_OPENERS:
        return []
    colon = intro_line.text.endswith(":")
    if not colon and intro_line.kind is not Kind.SHORT:
        return []
    items: list[int] = []
    index = _next_index(lines, intro, 1)
    while index is not None and len(items) < MAX_LIST_ITEMS and is_list_item(lines[index]):
        if not (colon or lines[index].dated):
            break
        items.append(index)
        index = _next_index(lines, index, 1)
    return items if len(items) >= (MIN_LIST_ITEMS if colon else MIN_SCHEDULE_ITEMS) else []


def _next_index(lines: list[Line], index: int, step: int) -> int | None:
    """Index of the nearest non-blank line in direction ``step``."""
    index += step
    while 0 <= index < len(lines):
        if lines[index].kind is not Kind.BLANK:
            return index
        index += step
    return None


def _leading_dateline(lines: list[Line], start: int) -> str | None:
    """A one-line dateline directly above the first paragraph belongs to it."""
    if start == 0:
        return None
    above = lines[start - 1]
    if above.kind is Kind.SHORT and (_DATELINE.match(above.text) or _arabic_dateline(above.text)):
        return above.text
    return None


def _arabic_dateline(text: str) -> bool:
    """An Arabic dateline ("بغداد - واع"), read with the Arabic profile: loaded only for a line
    in Arabic."""
    if not _ARABIC_LETTER.search(text):
        return False
    from storyline.lang.ar.meta import is_dateline

    return is_dateline(text)


_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def _is_subheading(lines: list[Line], index: int, start: int, end: int) -> bool:
    """A short line with prose on both sides inside the region: a subheading or a short line."""
    line = lines[index]
    if line.kind is not Kind.SHORT or line.words > MAX_HEADING_WORDS:
        return False
    before = _neighbour(lines, index, -1, start, end)
    after = _neighbour(lines, index, 1, start, end)
    return before is not None and after is not None


def _neighbour(lines: list[Line], index: int, step: int, start: int, end: int) -> Line | None:
    """The nearest non-blank line in direction ``step`` if it is prose inside the region."""
    index += step
    while start <= index < end:
        line = lines[index]
        if line.kind is not Kind.BLANK:
            return line if line.kind in (Kind.GOOD, Kind.NEAR) else None
        index += step
    return None
