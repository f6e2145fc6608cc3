"""What every case builder shares: the generator's state, the :class:`Kind` record, writing
one case, and the tables of hostile values the builders draw from."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tests.hostile.stories import STORIES, Expect, HostileCase, Sizes, Story

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
