"""A seeded generator of hostile inputs for ingest (issue 9), shared by the tests and the bench.

``generate(seed, count, root)`` writes ``count`` input files (and special files: FIFOs,
sockets, unreadable folders, paths longer than PATH_MAX) under ``root`` and returns one
:class:`HostileCase` per input saying what ingest must make of it:

* ``good``: stored as an article, ``docs`` documents of it, each exactly once;
* ``bad``: not stored as an article, and exactly one error line in the summary names it;
* ``either``: one of the two (a budget may reject it, a repair may keep it), never a crash.

Every path holds the case's ``token`` (``h00042``), an ASCII string no other case's path
holds, so a summary line or a stored document can be traced to its case even when the rest
of the name is hostile. Every kind is written once, in a fixed order, then further cases
are drawn at random from the kinds that are cheap to repeat; the same seed gives the same
files. The heavy kinds (huge paragraphs, lines and nesting) are written once, at the sizes
of :class:`Sizes`: :data:`SMALL` for ``make test``, :data:`FULL` for the bench.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import random
import re
import resource
import shutil
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Expect = Literal["good", "bad", "either"]


@dataclass(frozen=True)
class HostileCase:
    """One hostile input: where it is, what kind it is and what ingest must make of it."""

    path: Path
    kind: str
    expect: Expect
    note: str
    token: str
    docs: int = 1
    """How many documents (JSON Lines records) the input holds: what the summary counts."""
    contains: str | None = None
    """Text the stored article must hold (a good case read in the right encoding)."""
    heavy: bool = False


@dataclass(frozen=True)
class Sizes:
    """How big the heavy inputs are (issue 9 reproduced them at the sizes of :data:`FULL`)."""

    paragraph_bytes: int = 3_000_000
    paragraphs: int = 30_000
    angles: int = 100_000
    by_bytes: int = 1_000_000
    dateline_bytes: int = 1_000_000
    nested_tags: int = 100_000
    long_word: int = 300_000


SMALL = Sizes()
FULL = Sizes(
    paragraph_bytes=15_000_000,
    paragraphs=300_000,
    angles=1_000_000,
    by_bytes=9_000_000,
    dateline_bytes=7_800_000,
    nested_tags=100_000,
    long_word=5_000_000,
)
OVER_LIMIT = 21_000_000
"""Past ingest's default 20 MB limit (written sparse, so it costs no disk)."""


@dataclass(frozen=True)
class Story:
    """A short news article of our own writing (made-up places and people)."""

    title: str
    outlet: str
    dateline: str
    paragraphs: tuple[str, ...]
    phrase: str
    """A phrase of the body, to find the story in stored text."""

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


STORIES = (
    Story(
        "Larkspur council approves footbridge over the Tamsin",
        "Larkspur Ledger",
        "LARKSPUR, Feb. 5 (LL) -",
        (
            "The city council of Larkspur voted on Wednesday to approve a footbridge across the "
            "Tamsin River, ending two years of debate over how to link the northern estates "
            "with the old market square.",
            "Mayor Ana Whitfield said the bridge would cut the walk to the market from forty "
            "minutes to ten, and that building should begin in the spring if the regional "
            "fund confirms its share of the cost.",
            "Two opposition councillors asked for a new study of the flood risk before any "
            "work starts; the city’s engineers said a study was already planned.",
        ),
        "the city’s engineers said a study was already planned",
    ),
    Story(
        "Estavia and Norland ministers discuss grain exports in Corvale",
        "Corvale Daily",
        "CORVALE, March 3 (CD) -",
        (
            "The agriculture ministers of Estavia and Norland met in Corvale on Monday to "
            "discuss grain exports through the port of Corvale after a poor harvest in the "
            "south of both countries.",
            "Estavian minister Petra Holm told reporters that the two governments agreed to "
            "share data on stocks every month and to meet again before the summer.",
            "Her Norlandic counterpart, Jonas Meer, said farmers in his country were worried "
            "about the price of fuel more than the price of seed.",
        ),
        "share data on stocks every month",
    ),
    Story(
        "Storm closes three ports on the northern coast",
        "Coastal Herald",
        "BRANNOCK, Nov. 14 (CH) -",
        (
            "A storm with gusts of more than one hundred kilometres an hour closed three ports "
            "on the northern coast on Thursday, and ferries to the islands were cancelled for "
            "the rest of the week.",
            "The coast guard said it had rescued the crew of a fishing boat whose engine "
            "failed near Brannock harbour, and that all four sailors were safe.",
            "Forecasters expect the wind to ease by Saturday, when the ports should reopen.",
        ),
        "all four sailors were safe",
    ),
    Story(
        "Rail workers call off strike after pay deal",
        "Midland Courier",
        "HOLLOWAY CROSS, June 9 (MC) -",
        (
            "Rail workers in the Midland region called off a three-day strike on Sunday after "
            "their union and the rail operator agreed a pay rise of four percent this year.",
            "Union leader Marta Quill said members would vote on the deal next week, and that "
            "trains would run to the normal timetable in the meantime.",
            "The operator said the agreement also includes new rules on rest breaks for "
            "drivers on night services.",
        ),
        "new rules on rest breaks for drivers",
    ),
    Story(
        "University opens its map archive to the public",
        "Ashford Review",
        "ASHFORD, Sept. 21 (AR) -",
        (
            "The University of Ashford opened its archive of old maps to the public on "
            "Friday, putting more than two thousand hand-drawn charts of the valley online "
            "and in a new reading room.",
            "The head librarian, Omar Castell, said the oldest map dates from 1702 and shows "
            "the river before it was moved to make room for the canal.",
            "Visitors can book a place in the reading room free of charge on weekdays.",
        ),
        "before it was moved to make room for the canal",
    ),
    Story(
        "Health agency reports fewer winter flu cases",
        "Valley Times",
        "EASTMERE, Jan. 30 (VT) -",
        (
            "The regional health agency said on Tuesday that cases of winter flu fell by a "
            "third compared with last year, which it put down to an early vaccination "
            "campaign in schools and care homes.",
            "Agency director Lena Brandt warned that the season was not over and asked older "
            "people to keep their appointments for a second dose.",
            "Hospitals in Eastmere reported that fewer beds were taken by flu patients than "
            "at any time in the last five winters.",
        ),
        "fewer beds were taken by flu patients",
    ),
)

MENU = ("Home", "World", "Politics", "Business", "Sport")
FOOTER = ("Related Stories", "Share this article", "Download our app", "© 2025 All rights")
JSONL_STRING_FIELDS = (
    "id",
    "url",
    "title",
    "published",
    "outlet",
    "origin",
    "author",
    "lang",
    "text",
    "html",
)
WRONG_TYPES: dict[str, object] = {
    "number": 42,
    "float": 1.5,
    "list": ["a", "b"],
    "object": {"a": 1},
    "bool": True,
}
EMPTY_SUFFIXES = (
    ".txt",
    ".text",
    ".html",
    ".htm",
    ".xhtml",
    ".shtml",
    ".jsonl",
    ".ndjson",
    ".json",
    ".gz",
    ".html.gz",
    "",
)
# Declared charsets of HTML pages, with a word each can encode to find in the stored text.
DECLARED = (
    ("utf-8", "Zürich café"),
    ("windows-1252", "café “quoted”"),
    ("iso-8859-1", "Zürich café"),
    ("iso-8859-15", "cost €40"),
    ("iso-8859-2", "Łódź"),
    ("iso-8859-7", "Αθήνα"),
    ("windows-1251", "Москва"),
    ("koi8-r", "Москва"),
    ("shift_jis", "東京"),
    ("euc-jp", "東京"),
    ("gb2312", "北京"),
    ("gbk", "北京"),
    ("big5", "臺北"),
    ("euc-kr", "서울"),
    ("mac-roman", "café"),
    ("cp437", "café"),
)
BOM_ENCODINGS = (
    ("utf-8-sig", "good"),
    ("utf-16", "good"),
    ("utf-16-be-bom", "good"),
    ("utf-32", "good"),
    ("utf-32-be-bom", "good"),
    ("utf-16-le", "good"),
    ("utf-16-be", "good"),
    ("utf-32-le", "either"),
)
# Charset names a page may declare that are no text encoding, or none Python decodes with;
# the escapes codecs can turn text into lone surrogates.
BOGUS_CHARSETS = (
    "undefined",
    "x-user-defined",
    "rot13",
    "base64",
    "hex",
    "zlib",
    "bz2",
    "uu",
    "quopri",
    "idna",
    "punycode",
    "utf-7",
    "unicode_escape",
    "raw_unicode_escape",
    "utf-16",
    "utf-32",
    "mbcs",
    "charmap",
    "x" * 300,
)
SURROGATE_TEXT = {"utf-7": "+2AA-", "unicode_escape": "\\ud800", "raw_unicode_escape": "\\ud800"}
RICH_MARKUP = ("[/b]", "[bold red]", "[/]", ":smile:", "a:b:c", "[link=file:///etc]x[/link]")
ESCAPES = ("\x1b]0;pwned\x07", "\x1b[2J", "\x1b[31m", "\x1b[1A\x1b[K", "\x9b31m", "\x07")
HOSTILE_MARKUP = (
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">link</a>',
    '<svg onload="alert(1)"><script>alert(2)</script></svg>',
    "{{7*7}} ${7*7} <%= 7*7 %> {% raw %}",
    '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
)
ODD_DATES = (
    "2025-13-45",
    "0000-00-00",
    "9999999999999999999999",
    "2025-02-30",
    "-1",
    "31/02/2025",
    "yesterday",
    "2025" * 1000,
    "1e309",
    "Feb 30, 2025",
    "10000-01-01",
)
ODD_URLS = (
    "javascript:alert(1)",
    "https://example.com/" + "a/" * 5000,
    "https://example.com/2025/99/99/story",
    "https://example.com/" + "2025/" * 2000,
    "file:///etc/passwd",
    "https://exa mple.com/<script>",
    "http://[::1",
)


@dataclass
class _Gen:
    rng: random.Random
    root: Path
    sizes: Sizes
    cases: list[HostileCase] = field(default_factory=list)
    count: int = 0

    def story(self) -> Story:
        return self.rng.choice(STORIES)

    def token(self) -> str:
        """The next case's token: ASCII that no other case's path holds."""
        self.count += 1
        return f"h{self.count - 1:05d}"

    def folder(self, token: str) -> Path:
        """A folder per hundred cases, so no folder gets huge."""
        path = self.root / f"batch{int(token[1:]) // 100:03d}"
        path.mkdir(parents=True, exist_ok=True)
        return path


Builder = Callable[[_Gen], Iterator[HostileCase]]


@dataclass(frozen=True)
class Kind:
    name: str
    build: Builder
    repeat: bool = True
    """May be drawn again after the first pass (cheap, no special files)."""


def page_dump(story: Story, token: str, extra: str = "", title: str | None = None) -> str:
    """A page as a browser's "select all" copies it: menu, title, byline, body, clutter."""
    heading = title if title is not None else f"{story.title} ({token})"
    lines = [
        f" date 2025-02-05 {heading}",
        *MENU,
        heading,
        "By Staff Reporter",
        f"{story.dateline} {story.paragraphs[0]}",
        *story.paragraphs[1:],
        *([extra] if extra else []),
        *FOOTER,
    ]
    return "\n".join(lines) + "\n"


def html_page(story: Story, token: str, charset: str = "utf-8", extra: str = "") -> str:
    """An HTML article page with a declared charset, navigation and an aside."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in story.paragraphs)
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="{charset}">\n'
        f"<title>{story.title} ({token}) | {story.outlet}</title>\n"
        f'<meta property="og:site_name" content="{story.outlet}">\n'
        '<meta property="article:published_time" content="2025-02-05T08:00:00Z">\n'
        '</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>\n'
        f"<article><h1>{story.title} ({token})</h1>\n{paragraphs}\n{extra}\n</article>\n"
        "<aside><h2>Most read</h2><ul><li>Ten recipes</li></ul></aside>\n"
        f"<footer>© 2025 {story.outlet}</footer></body></html>\n"
    )


def record(story: Story, token: str, **fields: object) -> dict[str, object]:
    """A good JSON Lines record of ``story``; ``fields`` replace or add values."""
    base: dict[str, object] = {
        "id": f"{token}-rec",
        "url": f"https://news.example/{token}/story",
        "title": f"{story.title} ({token})",
        "published": "2025-02-05",
        "outlet": story.outlet,
        "text": f"{story.dateline} {story.body}",
    }
    base.update(fields)
    return base


def jsonl_line(obj: object) -> bytes:
    """One JSON Lines line; lone surrogates stay JSON escapes (as a crawler writes them)."""
    return json.dumps(obj, ensure_ascii=True).encode("ascii") + b"\n"


def _case(
    gen: _Gen,
    token: str,
    kind: str,
    data: bytes,
    suffix: str,
    expect: Expect,
    note: str,
    **extra: object,
) -> HostileCase:
    path = gen.folder(token) / f"{token}-{kind}{suffix}"
    path.write_bytes(data)
    return HostileCase(path, kind, expect, note, token, **extra)  # type: ignore[arg-type]


# --- good articles and hostile metadata ---------------------------------------------------


def _good(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story = gen.story()
    fmt = gen.rng.choice(("txt", "html", "jsonl", "jsonl-noid", "txt-crlf", "html-gz"))
    note = f"a good article ({fmt})"
    if fmt.startswith("txt"):
        text = page_dump(story, token)
        text = text.replace("\n", "\r\n") if fmt == "txt-crlf" else text
        yield _case(gen, token, "good", text.encode(), ".txt", "good", note, contains=story.phrase)
    elif fmt == "html":
        data = html_page(story, token).encode()
        yield _case(gen, token, "good", data, ".html", "good", note, contains=story.phrase)
    elif fmt == "html-gz":
        data = gzip.compress(html_page(story, token).encode(), mtime=0)
        yield _case(gen, token, "good", data, ".html.gz", "good", note, contains=story.phrase)
    else:
        rec = record(story, token)
        if fmt == "jsonl-noid":
            del rec["id"]
        data = jsonl_line(rec)
        yield _case(gen, token, "good", data, ".jsonl", "good", note, contains=story.phrase)


def _good_jsonl_framing(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    data = codecs.BOM_UTF8 + b"\r\n  \r\n" + jsonl_line(record(gen.story(), token))[:-1]
    note = "a JSON Lines record after a BOM and blank CRLF lines, no final newline"
    yield _case(gen, token, "jsonl-framing", data, ".jsonl", "good", note)


def _good_cr(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story = gen.story()
    data = page_dump(story, token).replace("\n", "\r").encode()
    note = "a page dump with old Mac line ends (CR only)"
    yield _case(gen, token, "txt-cr-only", data, ".txt", "good", note, contains=story.phrase)


def _dup_url(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    one, two = gen.rng.sample(STORIES, 2)
    url = f"https://news.example/{token}/same"
    lines = jsonl_line(record(one, token, id=f"{token}-alpha", url=url))
    lines += jsonl_line(record(two, token, id=f"{token}-beta", url=url))
    note = "two records share a url, with other ids and texts: two documents"
    yield _case(gen, token, "jsonl-dup-url", lines, ".jsonl", "good", note, docs=2)


def _dup_url_no_id(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    one, two = gen.rng.sample(STORIES, 2)
    url = f"https://news.example/{token}/same"
    recs = [record(s, token, url=url) for s in (one, two)]
    for rec in recs:
        del rec["id"]
    note = "two records without ids share a url and differ in text: two documents"
    data = b"".join(jsonl_line(r) for r in recs)
    yield _case(gen, token, "jsonl-dup-url-noid", data, ".jsonl", "good", note, docs=2)


def _dup_id(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    one, two = gen.rng.sample(STORIES, 2)
    recs = [
        record(s, token, id=f"{token}-same", url=f"https://news.example/{token}/{n}")
        for n, s in enumerate((one, two))
    ]
    note = "two records share an id but differ in text: two texts are two documents"
    data = b"".join(jsonl_line(r) for r in recs)
    yield _case(gen, token, "jsonl-dup-id", data, ".jsonl", "good", note, docs=2)


def _copy_txt_jsonl(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story = gen.story()
    text = page_dump(story, token)
    note = "the same article as a page dump and as JSON Lines (the second is a copy)"
    yield _case(gen, token, "copy-txt", text.encode(), ".txt", "good", note)
    token = gen.token()
    rec = record(story, token, text=f"{story.dateline} {story.body}")
    yield _case(gen, token, "copy-jsonl", jsonl_line(rec), ".jsonl", "good", note)


def _meta_markup(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    bad = gen.rng.choice(RICH_MARKUP)
    rec = record(
        gen.story(),
        token,
        id=f"{token}-{bad}",
        title=f"{bad} title {bad}",
        outlet=f"{bad}Outlet",
        url=f"https://news.example/{token}/{bad}",
        author=bad,
    )
    note = f"Rich markup {bad!r} in id, title, outlet, url and author: printed literally"
    yield _case(gen, token, "jsonl-rich-markup", jsonl_line(rec), ".jsonl", "good", note)


def _meta_escapes(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    esc = gen.rng.choice(ESCAPES)
    rec = record(
        gen.story(),
        token,
        id=f"{token}-{esc}",
        title=f"{esc}title",
        outlet=f"Outlet{esc}",
        url=f"https://news.example/{token}/{esc}",
    )
    note = f"terminal escape {esc!r} in id, title, outlet and url: never printed raw"
    yield _case(gen, token, "jsonl-escapes", jsonl_line(rec), ".jsonl", "good", note)


def _txt_header_escapes(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    esc, bad = gen.rng.choice(ESCAPES[:4]), gen.rng.choice(RICH_MARKUP)
    story = gen.story()
    data = page_dump(story, token, title=f"{story.title} {esc} {bad} ({token})").encode()
    note = "a page dump whose title holds a terminal escape and Rich markup"
    yield _case(gen, token, "txt-title-escapes", data, ".txt", "good", note)


def _named(gen: _Gen, token: str, kind: str, name: str, expect: Expect, data: bytes) -> HostileCase:
    path = gen.folder(token) / name
    path.write_bytes(data)
    return HostileCase(path, kind, expect, f"file name {name!r}", token)


def _name_markup(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    folder = gen.folder(token) / f"{token}-x["
    folder.mkdir()
    path = folder / "b][bold red]a:b:c:smile:.txt"  # the path holds '[/b]'
    path.write_bytes(page_dump(gen.story(), token).encode())
    yield HostileCase(path, "name-rich-markup", "good", "Rich markup in the path", token)


def _name_escape(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    data = page_dump(gen.story(), token).encode()
    yield _named(gen, token, "name-escapes", f"{token}-\x1b]0;pwned\x07\x1b[2J.txt", "good", data)


def _name_newline(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    data = page_dump(gen.story(), token).encode()
    yield _named(gen, token, "name-newline", f"{token}-one\ntwo\r.txt", "good", data)


def _name_long(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    data = page_dump(gen.story(), token).encode()
    name = f"{token}-" + "n" * (250 - len(token) - 5) + ".txt"
    yield _named(gen, token, "name-255-bytes", name, "good", data)


def _name_not_utf8(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    name = os.fsdecode(f"{token}-".encode() + b"\xff\xfe.txt")
    yield _named(gen, token, "name-not-utf8-empty", name, "bad", b"")


def _name_not_utf8_good(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    name = os.fsdecode(f"{token}-".encode() + b"caf\xe9.txt")
    data = page_dump(gen.story(), token).encode()
    yield _named(gen, token, "name-not-utf8", name, "either", data)


def _hostile_markup(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story, payload = gen.story(), gen.rng.choice(HOSTILE_MARKUP)
    if gen.rng.random() < 0.5:
        data = html_page(story, token, extra=f"<p>{payload} {payload}</p>").encode()
        suffix = ".html"
    else:
        data = page_dump(story, token, extra=payload).encode()
        suffix = ".txt"
    note = f"an article carrying {payload!r}"
    yield _case(gen, token, "hostile-markup", data, suffix, "good", note, contains=story.phrase)


def _template_fields(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    rec = record(gen.story(), token, title="{{7*7}} ${7*7} %s%n {0} <%= 7 %>", outlet="{{config}}")
    note = "template and format syntax in title and outlet"
    yield _case(gen, token, "jsonl-template", jsonl_line(rec), ".jsonl", "good", note)


def _odd_date(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    date = gen.rng.choice(ODD_DATES)
    rec = record(gen.story(), token, published=date)
    note = f"published {date[:30]!r}: unreadable, dropped, the article kept"
    yield _case(gen, token, "jsonl-odd-date", jsonl_line(rec), ".jsonl", "good", note)


def _odd_url(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    url = gen.rng.choice(ODD_URLS)
    rec = record(gen.story(), token, url=url)
    note = f"url {url[:40]!r}"
    yield _case(gen, token, "jsonl-odd-url", jsonl_line(rec), ".jsonl", "good", note)


def _odd_id(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    doc_id = gen.rng.choice(("../../etc/passwd", "a\nb", " ", "-", "%s", "a" * 10_000, "ø" * 50))
    rec = record(gen.story(), token, id=f"{token}{doc_id}")
    note = f"id {doc_id[:20]!r}"
    yield _case(gen, token, "jsonl-odd-id", jsonl_line(rec), ".jsonl", "either", note)


# --- encodings --------------------------------------------------------------------------------


def _bom(gen: _Gen) -> Iterator[HostileCase]:
    for name, expect in BOM_ENCODINGS:
        token, story = gen.token(), gen.story()
        text = page_dump(story, token)
        codec = name.removesuffix("-bom")
        data = text.encode(codec)
        if name.endswith("-be-bom"):
            data = (codecs.BOM_UTF16_BE if "16" in name else codecs.BOM_UTF32_BE) + data
        note = f"a page dump in {name}"
        kind = f"encoding-{name}"
        yield _case(gen, token, kind, data, ".txt", expect, note, contains=story.phrase)


def _declared(gen: _Gen) -> Iterator[HostileCase]:
    for charset, word in DECLARED:
        token, story = gen.token(), gen.story()
        page = html_page(
            story, token, charset=charset, extra=f"<p>The visitors came from {word}.</p>"
        )
        data = page.encode(charset, errors="xmlcharrefreplace")
        note = f"HTML declaring and encoded in {charset}"
        yield _case(gen, token, f"charset-{charset}", data, ".html", "good", note, contains=word)


def _undeclared(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    charset, word = gen.rng.choice(DECLARED[1:])
    story = gen.story()
    text = page_dump(story, token, extra=f"The visitors came from {word}.")
    data = text.replace("’", "'").encode(charset, errors="replace")
    note = f"a page dump in {charset}, not declared (detection)"
    yield _case(gen, token, "encoding-detected", data, ".txt", "either", note)


def _bogus_charset(gen: _Gen) -> Iterator[HostileCase]:
    for charset in BOGUS_CHARSETS:
        token = gen.token()
        extra = f"<p>Odd {SURROGATE_TEXT.get(charset, 'bytes')} here.</p>"
        data = html_page(gen.story(), token, charset=charset, extra=extra).encode()
        kind = f"charset-bogus-{charset[:12]}"
        yield _case(gen, token, kind, data, ".html", "either", f"meta charset={charset[:20]!r}")


def _trailing_invalid(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story = STORIES[0]
    data = page_dump(story, token).encode() + b"\xff"
    note = "one invalid byte at the end of UTF-8: the rest stays UTF-8 (city’s stays city’s)"
    yield _case(gen, token, "utf8-trailing-invalid", data, ".txt", "good", note, contains="city’s")


def _nul_text(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story = gen.story()
    text = page_dump(story, token).replace(" the ", " the\x00 ", 3)
    note = "NUL bytes inside page text: stored without them, or refused as binary"
    yield _case(gen, token, "txt-nul-bytes", text.encode(), ".txt", "either", note)


# --- JSON Lines: wrong values -----------------------------------------------------------------


def _surrogate(gen: _Gen) -> Iterator[HostileCase]:
    for name in JSONL_STRING_FIELDS:
        token, story = gen.token(), gen.story()
        lone = gen.rng.choice(("\ud800", "\udfff", "\udc80"))
        value = (
            f"{story.dateline} {story.body} x{lone}y"
            if name in ("text", "html")
            else f"{token}-x{lone}y"
        )
        rec = record(story, token, **{name: value})
        note = f"a lone surrogate in {name!r} (a JSON escape)"
        yield _case(
            gen, token, f"jsonl-surrogate-{name}", jsonl_line(rec), ".jsonl", "either", note
        )


def _surrogate_key(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    rec = record(gen.story(), token, **{"ti\ud800tle": "x\udc00"})
    note = "a lone surrogate in a key"
    yield _case(gen, token, "jsonl-surrogate-key", jsonl_line(rec), ".jsonl", "either", note)


def _nul_field(gen: _Gen) -> Iterator[HostileCase]:
    for name in JSONL_STRING_FIELDS:
        token, story = gen.token(), gen.story()
        value = (
            f"{story.dateline} {story.body}\x00 end"
            if name in ("text", "html")
            else f"{token}-\x00x"
        )
        rec = record(story, token, **{name: value})
        note = f"\\u0000 in {name!r}: never stored"
        yield _case(gen, token, f"jsonl-nul-{name}", jsonl_line(rec), ".jsonl", "either", note)


def _wrong_type(gen: _Gen) -> Iterator[HostileCase]:
    for name in JSONL_STRING_FIELDS:
        for label, value in WRONG_TYPES.items():
            token = gen.token()
            rec = record(gen.story(), token, **{name: value})
            if name == "url":
                rec["id"] = f"{token}-{label}"
            note = f"{name!r} is a {label}: an error for that record"
            expect: Expect = "bad"
            if name == "id" and label == "number":  # feeds number their records: "42"
                note, expect = "a numeric 'id' is read as its digits", "either"
            kind = f"jsonl-type-{name}-{label}"
            yield _case(gen, token, kind, jsonl_line(rec), ".jsonl", expect, note)


def _null_field(gen: _Gen) -> Iterator[HostileCase]:
    for name in JSONL_STRING_FIELDS:
        token = gen.token()
        rec = record(gen.story(), token, **{name: None})
        expect: Expect = "bad" if name == "text" else "either"
        note = f"{name!r} is null"
        yield _case(gen, token, f"jsonl-null-{name}", jsonl_line(rec), ".jsonl", expect, note)


def _top_level(gen: _Gen) -> Iterator[HostileCase]:
    for label, line in (
        ("array", b"[1, 2]"),
        ("string", b'"text"'),
        ("number", b"42"),
        ("null", b"null"),
        ("true", b"true"),
        ("nan", b'{"text": NaN}'),
        ("huge-int", b'{"id": ' + b"9" * 5000 + b', "text": "x"}'),
        ("huge-float", b'{"title": 1e999, "text": "x"}'),
        ("unterminated", b'{"text": "the minister'),
        ("trailing-comma", b'{"text": "a",}'),
    ):
        note = f"a JSON line that is {label}"
        yield _case(gen, gen.token(), f"jsonl-top-{label}", line + b"\n", ".jsonl", "bad", note)


def _deep(gen: _Gen) -> Iterator[HostileCase]:
    for depth in (1_000, 100_000):
        inner = "[" * depth + "]" * depth
        yield _case(
            gen,
            gen.token(),
            f"jsonl-deep-{depth}",
            f'{{"text": {inner}}}\n'.encode(),
            ".jsonl",
            "bad",
            f"JSON nested {depth} deep",
        )
        data = ('{"a":' * depth + "1" + "}" * depth + "\n").encode()
        yield _case(
            gen,
            gen.token(),
            f"json-deep-{depth}",
            data,
            ".json",
            "bad",
            f"a .json object {depth} deep",
        )


def _jsonl_utf16(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    data = jsonl_line(record(gen.story(), token)).decode().encode("utf-16")
    yield _case(gen, token, "jsonl-utf16", data, ".jsonl", "either", "JSON Lines in UTF-16")


def _jsonl_huge_line(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    path = gen.folder(token) / f"{token}-jsonl-over-limit.jsonl"
    with path.open("wb") as out:
        out.truncate(OVER_LIMIT)
    yield HostileCase(path, "jsonl-over-limit", "bad", "one 21 MB line of NULs", token)


# --- bytes that are no article ----------------------------------------------------------------


def _random_bytes(gen: _Gen) -> Iterator[HostileCase]:
    for suffix in (".txt", ".html", ".jsonl", ".json", ".ndjson", ".gz", ""):
        token, size = gen.token(), gen.rng.choice((1, 7, 100, 4_096, 60_000))
        data = gen.rng.randbytes(size)
        if suffix in (".jsonl", ".ndjson"):  # many "lines": still one rejection for the file
            data = b"\n".join(gen.rng.randbytes(40) for _ in range(max(1, size // 40)))
        kind = "random-bytes" + (suffix.replace(".", "-") or "-nosuffix")
        note = f"{len(data)} random bytes named {suffix or '(no suffix)'}: one rejection"
        yield _case(gen, token, kind, data, suffix, "bad", note)


def _random_text(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    words = [
        "".join(gen.rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(gen.rng.randint(1, 9)))
        for _ in range(gen.rng.randint(1, 400))
    ]
    data = " ".join(words).encode()
    yield _case(gen, token, "random-words", data, ".txt", "either", "random letters in words")


def _empty(gen: _Gen) -> Iterator[HostileCase]:
    for suffix in EMPTY_SUFFIXES:
        kind = f"empty{suffix.replace('.', '-') or '-nosuffix'}"
        yield _case(
            gen,
            gen.token(),
            kind,
            b"",
            suffix,
            "bad",
            f"an empty file named {suffix or '(no suffix)'}",
        )
    yield _case(
        gen, gen.token(), "whitespace-only", b" \n\t\r\n \x0c", ".txt", "bad", "only whitespace"
    )
    yield _case(
        gen, gen.token(), "newlines-only", b"\n" * 200_000, ".txt", "bad", "200,000 empty lines"
    )


def _header_only(gen: _Gen) -> Iterator[HostileCase]:
    for label, text in (
        ("bare", "date 2025-02-05"),
        ("indented", " date 2025-02-05\n"),
        ("titled", " date 2025-02-05 A title and nothing else\n"),
        ("bad-date", " date 9999-99-99 Title\n"),
    ):
        note = f"a page dump that is only a header line ({label})"
        yield _case(gen, gen.token(), f"header-only-{label}", text.encode(), ".txt", "bad", note)


def _not_article(gen: _Gen) -> Iterator[HostileCase]:
    for label, suffix, data in (
        ("menu-only", ".txt", "\n".join(MENU + FOOTER).encode()),
        ("one-line", ".txt", b"Hello world."),
        ("html-no-markup", ".html", b"just some words without any markup in a file named html"),
        ("html-empty-body", ".html", b"<html><body></body></html>"),
        ("pdf", ".txt", b"%PDF-1.4\n" + bytes(range(256))),
        ("png", ".html", b"\x89PNG\r\n\x1a\n" + bytes(300)),
        ("zip", ".jsonl", b"PK\x03\x04" + bytes(300)),
        ("sqlite", ".txt", b"SQLite format 3\x00" + bytes(300)),
        ("emoji-only", ".txt", ("😀 " * 50).encode()),
    ):
        yield _case(
            gen, gen.token(), f"no-article-{label}", data, suffix, "bad", f"no article: {label}"
        )


def _gzip(gen: _Gen) -> Iterator[HostileCase]:
    story = gen.story()
    packed = gzip.compress(html_page(story, "gzip").encode(), mtime=0)
    yield _case(
        gen,
        gen.token(),
        "gzip-truncated",
        packed[: len(packed) // 2],
        ".html.gz",
        "bad",
        "truncated gzip",
    )
    yield _case(
        gen,
        gen.token(),
        "gzip-header-only",
        packed[:10],
        ".html.gz",
        "bad",
        "a gzip header and no data",
    )
    bomb = gzip.compress(b"<p>" + b" " * OVER_LIMIT, mtime=0)
    yield _case(gen, gen.token(), "gzip-bomb", bomb, ".html.gz", "bad", "gzip expanding past 20 MB")
    noise = gzip.compress(gen.rng.randbytes(5_000), mtime=0)
    yield _case(gen, gen.token(), "gzip-random", noise, ".html.gz", "bad", "gzip of random bytes")
    text = gzip.compress(page_dump(story, "gzip").encode(), mtime=0)
    yield _case(
        gen, gen.token(), "gzip-txt", text, ".txt.gz", "either", "a gzipped page dump named .txt.gz"
    )
    twice = gzip.compress(packed, mtime=0)
    yield _case(gen, gen.token(), "gzip-twice", twice, ".html.gz", "either", "gzip inside gzip")


def _too_large(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    path = gen.folder(token) / f"{token}-over-limit.txt"
    with path.open("wb") as out:
        out.truncate(OVER_LIMIT)
    yield HostileCase(path, "over-limit", "bad", "a 21 MB file (sparse)", token)


# --- HTML and text that are big or deep ---------------------------------------------------------


def _nested(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story, depth = gen.story(), gen.sizes.nested_tags
    inner = "".join(f"<p>{p}</p>" for p in story.paragraphs)
    data = f"<html><body>{'<div>' * depth}{inner}{'</div>' * depth}</body></html>".encode()
    yield _case(
        gen, token, "nested-tags", data, ".html", "either", f"{depth:,} nested div tags", heavy=True
    )


def _huge_paragraph(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story = gen.story()
    sentence = story.paragraphs[0] + " "
    body = sentence * (gen.sizes.paragraph_bytes // len(sentence) + 1)
    data = f"<html><body><article><p>{body}</p></article></body></html>".encode()
    note = f"HTML with one {len(body) / 1e6:.0f} MB paragraph"
    yield _case(gen, token, "huge-paragraph", data, ".html", "either", note, heavy=True)


def _many_paragraphs(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    count = gen.sizes.paragraphs
    body = "".join(f"<p>Item {n} is here.</p>" for n in range(count))
    data = f"<html><body><article>{body}</article></body></html>".encode()
    yield _case(
        gen,
        token,
        "many-paragraphs",
        data,
        ".html",
        "either",
        f"{count:,} tiny paragraphs",
        heavy=True,
    )


def _angles(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story, count = gen.story(), gen.sizes.angles
    data = ("<" * count + "\n" + page_dump(story, token)).encode()
    yield _case(
        gen,
        token,
        "angles-before-article",
        data,
        ".txt",
        "either",
        f"{count:,} '<' before an article",
        heavy=True,
    )


def _by_line(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    size = gen.sizes.by_bytes
    data = ("By " * (size // 3)).encode()
    yield _case(
        gen,
        token,
        "by-line",
        data,
        ".txt",
        "either",
        f"one line of {size / 1e6:.0f} MB of 'By '",
        heavy=True,
    )


def _dateline_repeat(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story, size = gen.story(), gen.sizes.dateline_bytes
    line = f"{story.dateline}\n"
    data = (page_dump(story, token) + line * (size // len(line))).encode()
    note = f"a good page and {size / 1e6:.1f} MB of its dateline repeated"
    yield _case(gen, token, "dateline-repeat", data, ".txt", "either", note, heavy=True)


def _long_word(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story, size = gen.story(), gen.sizes.long_word
    data = page_dump(story, token, extra="x" * size).encode()
    yield _case(
        gen,
        token,
        "long-word",
        data,
        ".txt",
        "either",
        f"a {size:,}-letter word in an article",
        heavy=True,
    )


def _many_lines(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    data = page_dump(gen.story(), token, extra="word\n" * 100_000).encode()
    yield _case(
        gen, token, "many-lines", data, ".txt", "either", "an article and 100,000 one-word lines"
    )


def _combining(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    data = page_dump(gen.story(), token, extra="a" + "\u0301" * 100_000).encode()
    yield _case(
        gen,
        token,
        "combining-flood",
        data,
        ".txt",
        "either",
        "100,000 combining accents on one letter",
    )


def _odd_html(gen: _Gen) -> Iterator[HostileCase]:
    story, token = gen.story(), "odd html"
    attrs = " ".join(f"a{n}=1" for n in range(50_000))
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n else "&lol;" * 10}">' for n in range(9)
        )
        + "]><html><body><p>&lol8;</p>"
    )
    for label, page in (
        ("many-attributes", html_page(story, token, extra=f"<p {attrs}>x</p>")),
        ("xml-bomb", bomb + html_page(story, token)),
        ("unclosed-comment", "<!--" + html_page(story, token)),
        (
            "entities",
            html_page(story, token, extra="<p>&#xD800; &#0; &#x110000; &#1114112; &bogus;</p>"),
        ),
        ("cdata", html_page(story, token, extra="<![CDATA[<p>]]>" * 100)),
        ("only-script", "<html><body><script>" + "var x = 1;\n" * 1000 + "</script></body></html>"),
    ):
        yield _case(
            gen, gen.token(), f"html-{label}", page.encode(), ".html", "either", f"HTML: {label}"
        )


# --- special files ----------------------------------------------------------------------------


def _fifo(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    path = gen.folder(token) / f"{token}-fifo.txt"
    os.mkfifo(path)
    yield HostileCase(path, "fifo", "bad", "a FIFO named .txt: one line, never a hang", token)


def _socket(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    path = make_socket(gen.folder(token) / f"{token}-socket.txt")
    yield HostileCase(path, "socket", "bad", "a Unix socket named .txt", token)


def make_socket(path: Path) -> Path:
    """A Unix socket file at ``path`` (bound, then closed: the file stays)."""
    with _inside(path.parent), socket.socket(socket.AF_UNIX) as sock:
        sock.bind(path.name)  # relative: an absolute path may pass the 108-byte name limit
    return path


@contextmanager
def _inside(folder: Path) -> Iterator[None]:
    here = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(here)


def _dir_named_txt(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    path = gen.folder(token) / f"{token}-folder.txt"
    path.mkdir()
    yield HostileCase(path, "dir-named-txt", "bad", "an empty folder named .txt", token)


def _unreadable_file(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    data = page_dump(gen.story(), token).encode()
    note = "chmod 000 (root reads it anyway)"
    case = _case(gen, token, "unreadable-file", data, ".txt", "either", note)
    case.path.chmod(0)
    yield case


def _unreadable_dir(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    folder = gen.folder(token) / f"{token}-locked"
    folder.mkdir()
    (folder / "inside.txt").write_bytes(page_dump(gen.story(), token).encode())
    folder.chmod(0)
    note = "a folder chmod 000 holding an article (root reads it anyway)"
    yield HostileCase(folder, "unreadable-dir", "either", note, token)


def _symlinks(gen: _Gen) -> Iterator[HostileCase]:
    for kind, target, note in (
        ("symlink-dangling", "no-such-file.txt", "a link to nothing"),
        ("symlink-loop", None, "a link to itself"),
        ("symlink-dev-zero", "/dev/zero", "a link to /dev/zero: never read"),
    ):
        token = gen.token()
        link = gen.folder(token) / f"{token}-{kind}.txt"
        link.symlink_to(target or link.name)
        yield HostileCase(link, kind, "bad", note, token)


def _symlink_cycle(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    folder = gen.folder(token) / f"{token}-cycle"
    folder.mkdir()
    (folder / "back").symlink_to(".")
    note = "a folder holding a link to itself: one line, never a walk without end"
    yield HostileCase(folder, "symlink-cycle", "bad", note, token)


def _long_path(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    top = gen.folder(token) / f"{token}-deep"
    write_past_path_max(top, "\n".join(MENU).encode())
    note = "a folder whose one file lies past PATH_MAX"
    yield HostileCase(top, "path-max", "bad", note, token)


def write_past_path_max(top: Path, data: bytes) -> Path:
    """Make folder ``top`` holding, 18 folders down, a file whose path passes PATH_MAX."""
    top.mkdir()
    fd = os.open(top, os.O_RDONLY)
    try:
        for _ in range(18):  # 18 x 251 bytes: past PATH_MAX (4096)
            os.mkdir("d" * 250, dir_fd=fd)
            inner = os.open("d" * 250, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        out = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(out, data)
        os.close(out)
    finally:
        os.close(fd)
    return top.joinpath(*["d" * 250] * 18, "deep.txt")


KINDS: tuple[Kind, ...] = (
    Kind("good", _good),
    Kind("jsonl-framing", _good_jsonl_framing),
    Kind("txt-cr-only", _good_cr),
    Kind("jsonl-dup-url", _dup_url),
    Kind("jsonl-dup-url-noid", _dup_url_no_id),
    Kind("jsonl-dup-id", _dup_id),
    Kind("copy-txt-jsonl", _copy_txt_jsonl),
    Kind("jsonl-rich-markup", _meta_markup),
    Kind("jsonl-escapes", _meta_escapes),
    Kind("txt-title-escapes", _txt_header_escapes),
    Kind("name-rich-markup", _name_markup),
    Kind("name-escapes", _name_escape),
    Kind("name-newline", _name_newline),
    Kind("name-255-bytes", _name_long),
    Kind("name-not-utf8-empty", _name_not_utf8),
    Kind("name-not-utf8", _name_not_utf8_good),
    Kind("hostile-markup", _hostile_markup),
    Kind("jsonl-template", _template_fields),
    Kind("jsonl-odd-date", _odd_date),
    Kind("jsonl-odd-url", _odd_url),
    Kind("jsonl-odd-id", _odd_id),
    Kind("encoding-bom", _bom, repeat=False),
    Kind("charset-declared", _declared, repeat=False),
    Kind("encoding-detected", _undeclared),
    Kind("charset-bogus", _bogus_charset, repeat=False),
    Kind("utf8-trailing-invalid", _trailing_invalid),
    Kind("txt-nul-bytes", _nul_text),
    Kind("jsonl-surrogate", _surrogate, repeat=False),
    Kind("jsonl-surrogate-key", _surrogate_key),
    Kind("jsonl-nul", _nul_field, repeat=False),
    Kind("jsonl-type", _wrong_type, repeat=False),
    Kind("jsonl-null", _null_field, repeat=False),
    Kind("jsonl-top", _top_level, repeat=False),
    Kind("jsonl-deep", _deep, repeat=False),
    Kind("jsonl-utf16", _jsonl_utf16),
    Kind("jsonl-over-limit", _jsonl_huge_line, repeat=False),
    Kind("random-bytes", _random_bytes),
    Kind("random-words", _random_text),
    Kind("empty", _empty, repeat=False),
    Kind("header-only", _header_only, repeat=False),
    Kind("no-article", _not_article, repeat=False),
    Kind("gzip", _gzip, repeat=False),
    Kind("over-limit", _too_large, repeat=False),
    Kind("nested-tags", _nested, repeat=False),
    Kind("huge-paragraph", _huge_paragraph, repeat=False),
    Kind("many-paragraphs", _many_paragraphs, repeat=False),
    Kind("angles-before-article", _angles, repeat=False),
    Kind("by-line", _by_line, repeat=False),
    Kind("dateline-repeat", _dateline_repeat, repeat=False),
    Kind("long-word", _long_word, repeat=False),
    Kind("many-lines", _many_lines, repeat=False),
    Kind("combining-flood", _combining, repeat=False),
    Kind("odd-html", _odd_html, repeat=False),
    Kind("fifo", _fifo, repeat=False),
    Kind("socket", _socket, repeat=False),
    Kind("dir-named-txt", _dir_named_txt, repeat=False),
    Kind("unreadable-file", _unreadable_file, repeat=False),
    Kind("unreadable-dir", _unreadable_dir, repeat=False),
    Kind("symlinks", _symlinks, repeat=False),
    Kind("symlink-cycle", _symlink_cycle, repeat=False),
    Kind("path-max", _long_path, repeat=False),
)
"""Every kind, in the order of the first pass. A builder may write several cases."""


def generate(seed: int, count: int, root: Path, sizes: Sizes = SMALL) -> list[HostileCase]:
    """Write at least ``count`` hostile inputs under ``root`` (every kind once first, then
    cheap kinds drawn at random) and return what ingest must make of each.

    The first pass writes every kind whatever ``count`` is (about 230 inputs), so a small
    count still covers them all; the same ``seed`` writes the same bytes.
    """
    gen = _Gen(random.Random(seed), root, sizes)
    root.mkdir(parents=True, exist_ok=True)
    for kind in KINDS:
        gen.cases.extend(kind.build(gen))
    repeatable = [k for k in KINDS if k.repeat]
    while len(gen.cases) < count:
        gen.cases.extend(gen.rng.choice(repeatable).build(gen))
    return gen.cases


def total_docs(cases: list[HostileCase]) -> int:
    """How many documents the summary of a run over ``cases`` must count."""
    return sum(case.docs for case in cases)


def cleanup(root: Path) -> None:
    """Remove ``root`` and what :func:`generate` wrote, unreadable folders included."""
    if not root.exists():
        return
    # fwalk works through folder handles, so paths past PATH_MAX are no obstacle; a folder is
    # made readable before the walk goes into it.
    for _, dirs, _, fd in os.fwalk(root):
        for name in dirs:
            if stat.S_ISDIR(os.stat(name, dir_fd=fd, follow_symlinks=False).st_mode):
                os.chmod(name, stat.S_IRWXU, dir_fd=fd)
    shutil.rmtree(root, ignore_errors=True)


# --- running the command line -------------------------------------------------------------

CLI = (sys.executable, "-c", "from storyline.cli import main; main()")
MEMORY_CAP = 2 << 30
"""Address space allowed to one command (RLIMIT_AS): spaCy and its model load in about 1 GB."""
SUMMARY = re.compile(r"^((?:\d+ [a-z]+, )*\d+ [a-z]+) -> ", re.MULTILINE)
TRACEBACK = "Traceback"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\r")
EXCEPTION = re.compile(r"^[A-Za-z_][\w.]*(?:Error|Exception|Interrupt|Exit)\b.*$", re.MULTILINE)


@dataclass(frozen=True, repr=False)
class Run:
    """One command: its exit status (None when it was killed at the time limit), output,
    wall time and peak resident memory."""

    args: tuple[str, ...]
    status: int | None
    stdout: bytes
    stderr: bytes
    wall: float
    peak_rss: int
    """Bytes, as the kernel counted for this child (ru_maxrss)."""

    @property
    def timed_out(self) -> bool:
        return self.status is None

    def __repr__(self) -> str:
        return f"<Run {self.describe().splitlines()[0]}>"

    @property
    def err(self) -> str:
        return self.stderr.decode("utf-8", "replace")

    @property
    def out(self) -> str:
        return self.stdout.decode("utf-8", "replace")

    def counts(self) -> dict[str, int] | None:
        """The ingest summary's counts (``{"ingested": 3, ...}``), or None when none was printed."""
        found = SUMMARY.search(self.err)
        if found is None:
            return None
        pairs = (part.split(" ", 1) for part in found.group(1).split(", "))
        return {name: int(number) for number, name in pairs}

    def lines_naming(self, token: str) -> list[str]:
        """The lines of standard error that name ``token`` (the summary line, which names
        the store, is not one of them)."""
        lines = self.err.splitlines()
        return [line for line in lines if token in line and not SUMMARY.match(ANSI.sub("", line))]

    def tail(self, lines: int = 4) -> str:
        """The last lines of standard error (cut to 160 characters), and the last exception
        named in it, for a failure message."""
        plain = ANSI.sub("", self.err).rstrip()
        last = [line[:160] for line in plain.splitlines()[-lines:]]
        raised = EXCEPTION.findall(plain)
        if raised and raised[-1][:160] not in last:
            last.append(raised[-1][:160])
        return "\n".join(last)

    def describe(self) -> str:
        status = "killed at the time limit" if self.timed_out else f"exit {self.status}"
        return printable(
            f"storyline {' '.join(self.args)[:200]}: {status} after {self.wall:.1f} s, "
            f"peak {self.peak_rss / 2**20:.0f} MB\n{self.tail()}"
        )


def printable(text: str) -> str:
    """``text`` with lone surrogates (from file names that are not UTF-8) as escapes: pytest-
    xdist cannot send a report holding them between processes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def run_cli(
    *args: str,
    db: Path,
    timeout: float = 60,
    memory: int = MEMORY_CAP,
    env: dict[str, str] | None = None,
    prelude: str = "",
    terminal: bool = False,
) -> Run:
    """Run ``storyline ARGS`` on the store ``db`` in a child process with a time limit and an
    address-space cap; the child and anything it started are killed at the limit.

    ``prelude`` is Python run first in the child (to inject a fault); ``terminal`` gives the
    child a terminal (a pty) for standard error, so progress bars are drawn.
    """

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    environ = {**os.environ, "STORYLINE_DB": str(db), "COLUMNS": "200", **(env or {})}
    environ.pop("FORCE_COLOR", None)
    start = time.perf_counter()
    code = f"{prelude}\n{CLI[-1]}" if prelude else CLI[-1]
    master, slave = os.openpty() if terminal else (-1, -1)
    proc = subprocess.Popen(
        [*CLI[:-1], code, *args],
        env=environ,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=slave if terminal else subprocess.PIPE,
        preexec_fn=limit,
        start_new_session=True,
    )
    out, err = bytearray(), bytearray()
    if terminal:
        os.close(slave)
        stderr: object = os.fdopen(master, "rb", buffering=0)
    else:
        stderr = proc.stderr
    readers = [_drain(proc.stdout, out), _drain(stderr, err)]
    status, rss = _wait(proc, start + timeout)
    wall = time.perf_counter() - start
    for reader in readers:
        reader.join(10)
    return Run(tuple(args), status, bytes(out), bytes(err), wall, rss * 1024)


def _drain(stream: object, into: bytearray) -> threading.Thread:
    def read() -> None:
        try:
            for chunk in iter(lambda: stream.read(65536), b""):  # type: ignore[attr-defined]
                into.extend(chunk)
        except OSError:  # a pty reads EIO once the child has closed it
            pass
        finally:
            stream.close()  # type: ignore[attr-defined]

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


def _wait(proc: subprocess.Popen[bytes], deadline: float) -> tuple[int | None, int]:
    """Wait for the child with wait4 (for its own peak memory); kill it at the deadline."""
    timed_out = False
    while True:
        pid, wait_status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline and not timed_out:
            timed_out = True
            os.killpg(proc.pid, signal.SIGKILL)
        time.sleep(0.02)
    proc.returncode = os.waitstatus_to_exitcode(wait_status)
    return (None if timed_out else proc.returncode), usage.ru_maxrss


# --- judging a run ------------------------------------------------------------------------

Row = dict[str, object]


def export_rows(db: Path, timeout: float = 120) -> tuple[Run, list[Row]]:
    """Every stored document, as ``storyline export docs --format jsonl`` writes it."""
    run = run_cli("export", "docs", "--format", "jsonl", "-o", "-", db=db, timeout=timeout)
    rows = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    return run, rows


def rows_of(case: HostileCase, rows: list[Row]) -> list[Row]:
    """The stored documents that come from ``case`` (its token is in their name or source)."""
    return [r for r in rows if case.token in f"{r.get('doc')}\n{r.get('source')}"]


def judge(case: HostileCase, run: Run, rows: list[Row]) -> list[str]:
    """What is wrong with how ``run`` took ``case``: each problem as one line (none if fine).

    Good: stored exactly ``docs`` times (holding ``contains``). Bad: never stored, and exactly
    one line of the summary names it. Either: one of the two.
    """
    ok = [r for r in rows_of(case, rows) if r.get("status") == "ok"]
    lines = run.lines_naming(case.token)
    stored, refused = len(ok) == case.docs, not ok and len(lines) == 1
    fine = {"good": stored, "bad": refused, "either": stored or refused}[case.expect]
    problems = []
    if not fine:
        said = " | ".join(line.strip()[:160] for line in lines[:3]) or "no line names it"
        problems.append(
            f"expected {case.expect}: stored {len(ok)} of {case.docs}, "
            f"{len(lines)} line(s) name it: {said}"
        )
    if ok and case.contains and not all(case.contains in str(r.get("text")) for r in ok):
        problems.append(f"the stored text lacks {case.contains!r}")
    if stored and any(ERROR_CODE.search(line) for line in lines):
        problems.append(f"stored, yet rejected too: {lines[0].strip()[:160]}")
    return [printable(f"{case.token} {case.kind} ({case.note}): {p}") for p in problems]


SURROGATE = re.compile("[\ud800-\udfff]")
ERROR_CODE = re.compile(r"\bE\d{3}\b")
"""A rejection line's stable code (E101...): a warning that names an input has none."""


def unclean_values(rows: list[Row]) -> list[str]:
    """Stored values holding a NUL or a lone surrogate (none may: issue 9)."""
    found = []
    for row in rows:
        for name, value in row.items():
            if isinstance(value, str) and ("\x00" in value or SURROGATE.search(value)):
                found.append(f"{row.get('doc')!r}: {name} holds {value[:60]!r}")
    return found


__all__ = [
    "FULL",
    "KINDS",
    "SMALL",
    "STORIES",
    "HostileCase",
    "Run",
    "Sizes",
    "Story",
    "cleanup",
    "export_rows",
    "generate",
    "html_page",
    "jsonl_line",
    "judge",
    "make_socket",
    "page_dump",
    "printable",
    "record",
    "rows_of",
    "run_cli",
    "total_docs",
    "unclean_values",
    "write_past_path_max",
]
