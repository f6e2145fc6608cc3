"""Frozen records passed between stages.

A document's id is the content hash of its raw bytes (:func:`content_id`), so the same input
always gets the same id and re-ingesting it is a no-op. Every metadata value carries the basis
it was read from, so a reader can tell a fact printed on the page from one taken from HTML tags.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["pagedump", "html", "jsonl"]
"""How a raw input is read: a browser's page text, an HTML page, or one JSON Lines object."""

Basis = Literal["header", "byline", "dateline", "html", "jsonl", "title", "text", "credit"]
"""Where a metadata value came from.

``header``: the `` date YYYY-MM-DD <title>`` line some page dumps begin with; ``byline``: an
author/date/source line near the title; ``dateline``: the opening of the article
("BAGHDAD, 5th February, 2025 (WAM) –"); ``html``: trafilatura/htmldate on the page's HTML;
``jsonl``: given by the JSON Lines object; ``title``: a heading line of the page;
``text``: measured on the clean text (language); ``credit``: a source credit in the body
("According to Shafaq News", "Source: …").
"""

METADATA_FIELDS = ("title", "published", "outlet", "origin", "author", "lang")


def content_id(raw: bytes) -> str:
    """The id of a document: the first 16 hex digits of the SHA-256 of its raw bytes."""
    return hashlib.sha256(raw).hexdigest()[:16]


@dataclass(frozen=True)
class Field:
    """A metadata value and where it came from. ``value`` None means unknown, never a guess."""

    value: str | None = None
    basis: Basis | None = None

    def __bool__(self) -> bool:
        return bool(self.value)


UNKNOWN = Field()


@dataclass(frozen=True)
class Metadata:
    """What a page says about itself. ``published`` is an ISO date (YYYY-MM-DD)."""

    title: Field = UNKNOWN
    published: Field = UNKNOWN
    outlet: Field = UNKNOWN
    origin: Field = UNKNOWN
    author: Field = UNKNOWN
    lang: Field = UNKNOWN

    def merged(self, other: Metadata) -> Metadata:
        """Fields of ``self`` where known, else those of ``other``."""
        return Metadata(
            **{name: getattr(self, name) or getattr(other, name) for name in METADATA_FIELDS}
        )


@dataclass(frozen=True)
class RawDocument:
    """One input exactly as read: its bytes, its name and how to read it.

    ``doc`` is the input file's name without extension(s), or the JSON Lines ``id``.
    ``given`` holds metadata supplied with the input (JSON Lines fields), basis ``jsonl``.
    """

    doc: str
    source: str
    raw: bytes
    kind: Kind
    given: Metadata = field(default_factory=Metadata)
    text: str | None = None
    """For JSON Lines: the ``text`` or ``html`` value itself (``raw`` is the whole line)."""
    markup: bool = False
    """For JSON Lines: ``text`` came from the ``html`` field and is read as HTML."""

    @property
    def id(self) -> str:
        return content_id(self.raw)


@dataclass(frozen=True)
class Article:
    """A clean, dated article: the body text and what is known about it."""

    id: str
    doc: str
    source: str
    kind: Kind
    text: str
    meta: Metadata
    raw: bytes

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Rejection:
    """An input that could not become an article, with the reason shown to the user.

    ``raw`` is kept when the bytes could be read, so a later run can retry without the file.
    """

    doc: str
    source: str
    reason: str
    raw: bytes | None = None
    kind: Kind | None = None

    @property
    def id(self) -> str:
        if self.raw is not None:
            return content_id(self.raw)
        return content_id(b"unreadable:" + self.source.encode("utf-8", "surrogateescape"))


Status = Literal["ok", "rejected"]

EXPORT_COLUMNS = (
    "doc",
    "id",
    "source",
    "kind",
    "status",
    "rejected_reason",
    "title",
    "published",
    "outlet",
    "origin",
    "author",
    "lang",
    "words",
    "title_basis",
    "published_basis",
    "outlet_basis",
    "origin_basis",
    "author_basis",
    "lang_basis",
    "ingested_at",
    "text",
)
"""The columns of ``storyline export docs``, in order (the scorers read these names)."""


@dataclass(frozen=True)
class StoredDocument:
    """One row of the store: an article or a rejection, as read back for display and export."""

    id: str
    doc: str
    source: str
    kind: Kind | None
    status: Status
    rejected_reason: str | None
    meta: Metadata
    text: str | None
    words: int
    ingested_at: str

    def export_row(self) -> dict[str, object]:
        """A flat dict with exactly :data:`EXPORT_COLUMNS` as keys."""
        row: dict[str, object] = {
            "doc": self.doc,
            "id": self.id,
            "source": self.source,
            "kind": self.kind,
            "status": self.status,
            "rejected_reason": self.rejected_reason,
            "words": self.words,
            "ingested_at": self.ingested_at,
            "text": self.text,
        }
        for name in METADATA_FIELDS:
            value: Field = getattr(self.meta, name)
            row[name] = value.value
            row[f"{name}_basis"] = value.basis
        return {column: row[column] for column in EXPORT_COLUMNS}
