"""Line features and the per-line verdict of the page-dump extractor (jusText in spirit).

A page dump has no markup, so every signal comes from the text of a line: its length, how much
of it is function words, capitalisation, whether it ends like a sentence, whether it names page
furniture ("Share", "Related articles", "3 minutes ago"), and how often it repeats on the page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from enum import Enum

from storyline.clean.dates import MONTHS, WEEKDAYS
from storyline.clean.vocab import (
    BOILERPLATE_LINES,
    BOILERPLATE_PHRASES,
    BOUNDARY_LINES,
    BOUNDARY_NOUNS,
    BOUNDARY_OPENERS,
    STOPWORDS,
    STRONG_BOILERPLATE_PHRASES,
)


class Kind(Enum):
    """What a line looks like on its own."""

    BLANK = "blank"
    GOOD = "good"  # a paragraph of prose
    NEAR = "near"  # a short sentence: body text when it stands among good lines
    SHORT = "short"  # a heading, a menu item, a caption fragment
    BAD = "bad"  # page furniture: never body text
    REPEATED = "repeated"  # shown more than once: navigation, a title, a recurring caption
    BOUNDARY = "boundary"  # "Related articles", "Comments": the article is over
    CLOSING = "closing"  # "About the author", "Acme is a global provider of ...": the end
    EMBED = "embed"  # "— Name (@handle) May 3, 2019": the signature under an embedded post


@dataclass(frozen=True)
class Line:
    """One line of a page dump with the features the extractor scores."""

    text: str
    words: int
    kind: Kind
    dated: bool = False  # carries a date, a clock time or "N minutes ago": a listed story


# Calibrated on the 102 dev pages: a paragraph of body text has at least GOOD_WORDS words and
# a share of function words of at least GOOD_STOP_DENSITY (jusText's 0.30 is too strict for
# wire copy full of names); headlines capitalise more than MAX_CAPS_RATIO of their words.
GOOD_WORDS = 12
LONG_WORDS = 25
NEAR_WORDS = 5
GOOD_STOP_DENSITY = 0.18
NEAR_STOP_DENSITY = 0.12
MAX_CAPS_RATIO = 0.55
MAX_HEADLINE_WORDS = 20
# A page whose long lines hold fewer function words than this is not in a language we have a
# stop-word list for; its lines are judged by length and punctuation alone.
MIN_LANGUAGE_FIT = 0.08
# Metadata lines (dates, bylines, photo credits) are short; longer lines with a date are prose.
MAX_META_WORDS = 14
# A line seen this often on one page is navigation or a repeated headline, unless it is long.
# Calls to action ("Sign up for our newsletter ...") run up to this many words.
MAX_PROMO_WORDS = 40
# "More from X" headings that close an article are this short.
MAX_MORE_WORDS = 4
# List items (tour dates, products, steps) are short.
MAX_LIST_WORDS = 25
MAX_REPEATS = 2
MAX_REPEATED_WORDS = 20
# Two ellipses followed by a new capitalised start make a line of run-together teasers.
MIN_TEASER_CUTS = 2

_TOKEN = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_TERMINAL = re.compile(r"[.!?…:;。！？」\"”’»)]$")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = re.compile(
    rf"\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{1,2}}:\d{{2}}|"
    rf"\b{_MONTH}\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s|,|$)",
    re.IGNORECASE,
)
# "3 minutes ago", glued to a headline too ("...Ilo port shuts3 minutes ago", "timean hour ago").
_TIME_AGO = re.compile(
    # The count starts where a run of digits starts and has at most four digits: "\d+" alone
    # backtracks quadratically over a long run of digits (minutes for 20,000 of them).
    r"(?:(?<!\d)\d{1,4}|an?|one)\s*"
    r"(?:[smhdwy]|sec|second|min|minute|hr|hour|day|week|month|mo|year|yr)s?\s+ago\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:by|written by|posted by|reporting by|author:?)\s+\S", re.IGNORECASE)
_CREDIT = re.compile(
    r"^(?:photo|image|picture|credit|caption|source|file photo|video|gallery|illustration)s?"
    r"\b\s*(?:\d+\s*of\s*\d+|[:.|/-])",
    re.IGNORECASE,
)
_TIME_AGO_END = re.compile(_TIME_AGO.pattern + r"\W*$", re.IGNORECASE)
_COUNTER = re.compile(r"^\d+\s*(?:/|of)\s*\d+$|\bimage \d+ of \d+\b", re.IGNORECASE)
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b", re.IGNORECASE)
# "Story Code : 1109846", "Views: 2,315": a label and a number, nothing else.
_LABEL_NUMBER = re.compile(r"^[^\W\d][\w ]{0,24}:\s*[\d,.]+$")
_HANDLE = re.compile(r"\(@\w+\)|^@\w+$")
_COMMENT_COUNT = re.compile(r"^\d+ (?:comments?|replies|responses|reactions)$")
# Teaser summaries run together on one line, each cut off with an ellipsis: "may soon... Indian".
_MID_ELLIPSIS = re.compile(r"\w(?:\.\.\.|…)\s*[\"“‘(]?[A-Z]")
_DUMP_HEADER = re.compile(r"^date \d{4}-\d{2}-\d{2}\b")
# A headline glued to its teaser ("...Tacna BakeryA queue of forty formed..."): a lower-case
# letter, a digit or a closing "?!”)", then with no space a capitalised word that starts the
# summary. An opening quote or apostrophe is no glue: "Post: 'As the", "O'Brien".
# (The first "(?=[A-Z])" changes no match; it lets the scan pass other characters quickly.)
_GLUE = re.compile(r"(?=[A-Z])(?<=[a-z\d!?”)])(?=[A-Z][a-z]+\s|[AI]\s)")
# The glued headline has at least this many words and ends in a word of at least this many
# characters ("Steakhouse", "250,000"), which keeps "McNutt", "LaRue" and "HomeKit" whole.
# Calibrated on the dev pages, the seeds and all 772 ECB+ texts: the rule marks 22 teaser
# lines and no line of a gold body or of clean text.
MIN_GLUED_HEAD_WORDS = 4
MIN_GLUED_TAIL_CHARS = 5
# ... and the summary after it reads as prose for at least this many words.
MIN_GLUED_SUMMARY_WORDS = 8
# Enough characters of the summary to judge it; a long line is not read to its end per glue.
GLUED_SUMMARY_CHARS = 300
# A full-sentence photo caption: a credit in parentheses or after "Photo by", an AP-style
# "In this March 3, 2017, file photo", or "X, left, and Y" naming who stands where. On the dev
# pages and seeds it marks 40 lines, two of them ("(Image credit: X)") in a gold body; no
# line of the ECB+ texts.
_CAPTION = re.compile(
    r"\((?:image|photo|picture|photograph|credit|foto)s?\b[^()]*\)\W*$"
    r"|\b(?:photo(?:graph)?|image|picture)\s+(?:by|via|courtesy of)\s+\S.{0,80}$"
    r"|\((?:AP|AFP|Reuters|EPA|Getty Images)\b[^()]*\)\W*$"
    r"|\bfile (?:photo|image|picture)\b|\bposes? for (?:a )?(?:photo|picture)\b"
    r"|, (?:left|right|center|centre|second from (?:left|right)), ",
    re.IGNORECASE,
)
_CAPTION_WORDS = (
    "(", "photo", "image", "picture", ", left, ", ", right, ", ", center, ", ", centre, ",
    ", second from ",
)  # fmt: skip
"""Every match of :data:`_CAPTION` in ASCII text holds one of these (lower-cased); a line with
none is no caption, told by substring tests much quicker than by the pattern."""
_COPYRIGHT_WORDS = ("(c)", "copyright", "all rights reserved")
"""The same for :data:`_COPYRIGHT` ("©" is not ASCII)."""
# An e-mail address marks a contact line or an author's box ("Write to X at x@y.com") when the
# line is no longer than a call to action (20 such lines on the dev pages, none in a gold body).
# Matched from the "@" on: a pattern that starts with the user name backtracks quadratically
# over a long run of word characters.
_EMAIL = re.compile(r"(?<=\w)@[\w-]+(?:\.[\w-]+)+")
# The signature under an embedded post: "— Jane Roe (@janeroe) November 18, 2019".
_EMBED_SIGNATURE = re.compile(
    rf"^[—–-]\s*.{{1,80}}\(@\w+\)\s*{_MONTH}\s+\d{{1,2}},\s*\d{{4}}$", re.I
)
# A box about the author or the company that closes an article: a heading "About Acme" or a
# paragraph "Jane Roe is a reporter for ..." / "Acme is a global provider of ...". A heading
# ending in a colon ("About the prison:") introduces facts of the story instead. At most four
# words stand between "is a" and the noun, none of them a relative pronoun, so "Peru is the
# only market where the firm ..." is prose.
_ABOUT_HEADING = re.compile(
    r"^(?:about|über|sobre|à propos de|acerca de)(?:\s+\S+){1,4}(?<!:)$", re.IGNORECASE
)
_ABOUT_SENTENCE = re.compile(
    r"^[A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*){0,4}(?: \([^)]*\))? (?:is|are) (?:a|an|the) "
    r"(?:(?!where |which |that |who |whose )\S+ ){0,4}(?i:provider|company|firm|developer|"
    r"manufacturer|maker|reporter|writer|editor|correspondent|journalist|columnist|"
    r"contributor|curator|producer|publisher)\b"
)


def page_lines(text: str) -> list[Line]:
    """Split a whitespace-normalised page into classified lines."""
    raw = text.split("\n")
    if raw and _DUMP_HEADER.match(raw[0]):
        raw = raw[1:]  # the dump tool's own " date 2025-02-06 <title>" header is never content
    known = _page_language_known(raw)
    keys = [norm_key(line) for line in raw]  # once a line: repetition and kind both read it
    repeats = Counter(key for line, key in zip(raw, keys, strict=True) if line)
    return [_classify(line, key, known, repeats) for line, key in zip(raw, keys, strict=True)]


def is_list_item(line: Line) -> bool:
    """A short line that may be an item of a list in the article (dates, products, steps)."""
    if line.kind in (Kind.BLANK, Kind.BOUNDARY, Kind.CLOSING, Kind.REPEATED):
        return False
    if line.words > MAX_LIST_WORDS:
        return False
    key = norm_key(line.text)
    if key in BOILERPLATE_LINES or _COPYRIGHT.search(line.text) or _TIME_AGO.search(line.text):
        return False
    padded = f" {key} "
    return not any(p in padded for p in (*STRONG_BOILERPLATE_PHRASES, *BOILERPLATE_PHRASES))


def norm_key(text: str) -> str:
    """Lower-case words only: the identity of a line for repetition and vocabulary tests."""
    return " ".join(_TOKEN.findall(text.lower()))


def word_count(text: str) -> int:
    """Words in ``text``; two CJK characters count as one word, since they have no spaces."""
    cjk = len(_CJK.findall(text))
    if not cjk:
        return len(_TOKEN.findall(text))
    return len(_TOKEN.findall(_CJK.sub(" ", text))) + cjk // 2


def _page_language_known(lines: list[str]) -> bool:
    """True when one of our stop-word lists fits the page's longer lines."""
    counts: Counter[str] = Counter()
    for line in lines:
        if len(line) > 80:
            counts.update(_TOKEN.findall(line.lower()))
    total = sum(counts.values())
    if not total:
        return False
    best = max(sum(counts[w] for w in counts.keys() & words) for words in STOPWORDS)
    return best / total >= MIN_LANGUAGE_FIT


def _classify(text: str, key: str, known: bool, repeats: Counter[str]) -> Line:
    if not text:
        return Line(text, 0, Kind.BLANK)
    words = word_count(text)
    dated = words <= MAX_META_WORDS and bool(_TIME_AGO.search(text) or _DATE.search(text))
    return Line(text, words, _kind(text, key, words, known, repeats), dated)


def _kind(text: str, key: str, words: int, known: bool, repeats: Counter[str]) -> Kind:
    """What the line ``text`` is; ``key`` is its :func:`norm_key`."""
    if _is_boundary(key):
        return Kind.BOUNDARY
    if _ABOUT_HEADING.match(text) or _ABOUT_SENTENCE.match(text):
        return Kind.CLOSING
    if _EMBED_SIGNATURE.match(text):
        return Kind.EMBED
    if _is_furniture(text, key, words):
        return Kind.BAD
    if repeats[key] >= MAX_REPEATS and words < MAX_REPEATED_WORDS:
        return Kind.REPEATED
    density = _stop_density(text, key, known)
    headline = (
        words < MAX_HEADLINE_WORDS
        and not text.endswith(".")
        and _caps_ratio(_TOKEN.findall(text)) > MAX_CAPS_RATIO
    )
    terminal = bool(_TERMINAL.search(text))
    prose = density >= GOOD_STOP_DENSITY and not headline
    if prose and words >= GOOD_WORDS and (terminal or words >= LONG_WORDS):
        return Kind.GOOD
    if terminal and words >= GOOD_WORDS and dateline_lead(text):
        # "WASHINGTON, Jan. 15 – Defense Secretary X called Defense Minister Y ...": a lead
        # paragraph, however few function words its titles and names leave it
        return Kind.GOOD
    if words >= NEAR_WORDS and density >= NEAR_STOP_DENSITY and terminal and not headline:
        return Kind.NEAR
    return Kind.SHORT


_DATELINE_LEAD = re.compile(
    r"^(?P<place>[A-Z][\w.'’ -]{1,40}?)(?:,(?P<day>[^–—()\n]{1,30}?))?\s*"
    r"(?:\([^()\n]{2,40}\)\s*)?(?:[–—]|--?)\s+\S"
)
"""A paragraph that opens with a dateline: "WASHINGTON –", "LIMA, March 3 (Agency) —". (Not
"LIMA:": a transcript's speaker, "FOREIGN MINISTER SOTO:", is written so too.)"""


CALENDAR_NAMES = frozenset({*MONTHS, *WEEKDAYS})
"""Words that open a date, never a dateline's place ("Sunday, March 3 - ...")."""


def dateline_lead(text: str) -> bool:
    """Whether a line opens with a dateline: a place in capitals, or one with a day after
    it ("Lima, March 3, 2024 –"), then a dash."""
    match = _DATELINE_LEAD.match(text)
    if match is None:
        return False
    place, day = match["place"].strip(), match["day"] or ""
    letters = [c for c in place if c.isalpha()]
    if len(letters) < 3 or any(c.isdigit() for c in place) or len(place.split()) > 4:
        return False  # ("A 27 - year - old man", a text's own hyphens spaced out)
    if place.lower() in CALENDAR_NAMES:
        return False  # "Sunday, March 3 - 2024": a date, no place
    return all(c.isupper() for c in letters) or any(c.isdigit() for c in day)


def _stop_density(text: str, key: str, known: bool) -> float:
    """Share of function words in the line's best-fitting language.

    Lines in CJK scripts, and all lines of a page in a language without a list, get a neutral
    passing value: length and punctuation alone judge them.
    """
    if not known or len(_CJK.findall(text)) * 3 > len(text):
        return GOOD_STOP_DENSITY
    tokens = key.split()
    if not tokens:
        return 0.0
    return max(sum(map(words.__contains__, tokens)) for words in STOPWORDS) / len(tokens)


def _caps_ratio(tokens: list[str]) -> float:
    """Share of capitalised words, ignoring the first and short function words."""
    alpha = [t for t in tokens[1:] if t[:1].isalpha() and len(t) > 3]
    if len(alpha) < 3:
        return 0.0
    return sum(t[0].isupper() for t in alpha) / len(alpha)


def _is_boundary(key: str) -> bool:
    """A heading that closes the article: "Related articles", "More stories from X", "Comments"."""
    if key in BOUNDARY_LINES or _COMMENT_COUNT.match(key):
        return True
    tokens = key.split()
    if tokens[:1] == ["more"] and 2 <= len(tokens) <= MAX_MORE_WORDS:
        return True  # "More from The Outlet", "More in World"
    if not 2 <= len(tokens) <= 6 or tokens[0] not in BOUNDARY_OPENERS:
        return False
    return any(t in BOUNDARY_NOUNS for t in tokens[1:3])


def _is_furniture(text: str, key: str, words: int) -> bool:
    """Page furniture recognised by its vocabulary or shape, whatever the page's language."""
    if key in BOILERPLATE_LINES or _found(_COPYRIGHT, _COPYRIGHT_WORDS, text):
        return True
    if words <= MAX_META_WORDS and (_is_metadata(text) or _is_time_stamp(text, words)):
        return True
    if _teaser_cuts(text) >= MIN_TEASER_CUTS or _is_glued_teaser(text):
        return True
    # the pattern needs the word "ago", which most lines lack: a word test first is quicker
    if "ago" in key and _TIME_AGO_END.search(text) and not _is_sentence(text, words):
        return True  # a listed headline stamped "3 minutes ago"
    if _found(_CAPTION, _CAPTION_WORDS, text) or (words <= MAX_PROMO_WORDS and _EMAIL.search(text)):
        return True
    padded = f" {key} "
    if any(phrase in padded for phrase in STRONG_BOILERPLATE_PHRASES):
        return True
    return words <= MAX_PROMO_WORDS and any(phrase in padded for phrase in BOILERPLATE_PHRASES)


def _found(pattern: re.Pattern[str], words: tuple[str, ...], text: str) -> bool:
    """Whether case-blind ``pattern`` matches ``text``; for ASCII text, only tried when the
    lower-cased text holds one of ``words``, one of which every match holds."""
    if text.isascii():
        lower = text.lower()
        if not any(word in lower for word in words):
            return False
    return pattern.search(text) is not None


def _teaser_cuts(text: str) -> int:
    """Ellipses that cut a teaser short before the next one starts ("may soon... Indian")."""
    if "..." not in text and "…" not in text:
        return 0
    return len(_MID_ELLIPSIS.findall(text))


def _is_time_stamp(text: str, words: int) -> bool:
    """ "Updated 2 hours ago", "Minister visits port3 minutes ago": a stamp, not a sentence."""
    return bool(_TIME_AGO.search(text)) and not _is_sentence(text, words)


def _is_sentence(text: str, words: int) -> bool:
    """A full sentence ("The boats left 2 hours ago.") may name a time ago; a stamp is not one."""
    return words >= NEAR_WORDS and text[0].isupper() and text.endswith((".", "!", "?"))


def _is_glued_teaser(text: str) -> bool:
    """A title-case headline glued to the prose summary under it: a list of other stories."""
    for match in _GLUE.finditer(text):
        head = _TOKEN.findall(text[: match.start()])
        if len(head) > MAX_HEADLINE_WORDS:
            return False
        if len(head) < MIN_GLUED_HEAD_WORDS or not _is_glued_end(text[: match.start()]):
            continue
        summary = _TOKEN.findall(text[match.start() : match.start() + GLUED_SUMMARY_CHARS])
        if len(summary) < MIN_GLUED_SUMMARY_WORDS or _caps_ratio(summary) > MAX_CAPS_RATIO:
            continue
        if _caps_ratio(head) > MAX_CAPS_RATIO:
            return True
    return False


def _is_glued_end(head: str) -> bool:
    """The end of a glued headline: "?" or a quote, a number, or a word long enough not to be
    the "Mc" of "McNutt"."""
    word = _TOKEN.findall(head)[-1]
    return not head[-1].isalpha() or len(word) >= MIN_GLUED_TAIL_CHARS


def _is_metadata(text: str) -> bool:
    """Bylines, datelines with a clock time, photo credits, counters, "Label: 123"."""
    if _BYLINE.match(text) or _CREDIT.match(text) or _COUNTER.search(text):
        return True
    if _LABEL_NUMBER.match(text) or _HANDLE.search(text):
        return True
    return bool(_DATE.search(text)) and not _TERMINAL.search(text.rstrip(")"))
