"""Frozen records passed between stages.

A document's id is the content hash of its raw bytes (:func:`content_id`), so the same input
always gets the same id and re-ingesting it is a no-op. Every metadata value carries the basis
it was read from, so a reader can tell a fact printed on the page from one taken from HTML tags.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from functools import cached_property
from itertools import starmap
from typing import Any, Literal, NamedTuple

Kind = Literal["pagedump", "html", "jsonl"]
"""How a raw input is read: a browser's page text, an HTML page, or one JSON Lines object."""

Basis = Literal[
    "header", "byline", "dateline", "html", "jsonl", "title", "text", "credit", "url", "issue",
    "masthead", "copyright",
]  # fmt: skip
"""Where a metadata value came from.

``header``: the `` date YYYY-MM-DD <title>`` line some page dumps begin with; ``byline``: an
author/date/source line near the title; ``dateline``: the opening of the article
("BAGHDAD, 5th February, 2025 (WAM) –"); ``html``: trafilatura/htmldate on the page's HTML;
``jsonl``: given by the JSON Lines object; ``title``: a heading line of the page;
``text``: measured on the clean text (language); ``credit``: a source credit in the body
("According to Shafaq News", "Source: …"); ``url``: the document's own address
("/2019/11/19/"; ``YYYY-MM`` when it names only the month); ``issue``: the issue line a
newsletter prints at its top ("Issue 12 | March 2021"), a month: ``YYYY-MM``;
``masthead``: a page dump's first line naming the outlet, confirmed by its copyright line or a
staff byline; ``copyright``: the holder a copyright line names ("© 2018 Tigris Herald").
For the outlet, ``url`` is the site of the document's address (``state.gov``).
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
    """What a page says about itself. ``published`` is an ISO date (YYYY-MM-DD), or only its
    month (YYYY-MM) when that is all the page gives (bases ``url``, ``issue``)."""

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
    notes: tuple[str, ...] = ()
    """What reading the input had to repair (invalid characters replaced, for example)."""
    versioned: bool = True
    """Whether other content earlier seen at ``source`` under ``doc`` is an older version of
    this one (a file edited in place, a JSON Lines record with the same ``id``). A JSON Lines
    record without ``id`` has no identity beyond its text: it replaces nothing."""

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
    notes: tuple[str, ...] = ()
    """What reading had to repair or guess: bytes replaced, an encoding detected."""
    versioned: bool = True
    """See :attr:`RawDocument.versioned`."""

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
    versioned: bool = True
    """See :attr:`RawDocument.versioned`."""

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
    "event",
    "events",
    "duplicate_of",
    "ingested_at",
    "notes",
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
    notes: str | None = None
    """What reading had to repair or guess, one note per line (see :attr:`Article.notes`)."""
    event: str | None = None
    """The main event of the document's story: the merged event most of the articles telling
    the same happening lead with (for a copy, its original's). Documents sharing it report one
    happening; the document's own reports may not have been merged into it (see ``events``)."""
    events: tuple[str, ...] = ()
    """The merged events this document's reports were merged into, its main report's first
    (for a copy, its original's)."""
    duplicate_of: str | None = None
    """The name of the document this one copies, when it is a copy."""

    def export_row(self) -> dict[str, object]:
        """A flat dict with exactly :data:`EXPORT_COLUMNS` as keys."""
        row: dict[str, object] = {
            "event": self.event,
            "events": list(self.events),
            "duplicate_of": self.duplicate_of,
            "doc": self.doc,
            "id": self.id,
            "source": self.source,
            "kind": self.kind,
            "status": self.status,
            "rejected_reason": self.rejected_reason,
            "words": self.words,
            "ingested_at": self.ingested_at,
            "notes": self.notes,
            "text": self.text,
        }
        for name in METADATA_FIELDS:
            value: Field = getattr(self.meta, name)
            row[name] = value.value
            row[f"{name}_basis"] = value.basis
        return {column: row[column] for column in EXPORT_COLUMNS}


# --- language: what the nlp stage hands to later stages (no spaCy object leaves nlp/) ---------


class Token(NamedTuple):
    """One token of an article; ``start``/``end`` are character offsets into the clean text.

    A named tuple rather than a frozen dataclass: an article has thousands of tokens, and a
    tuple is built about four times faster and holds no ``__dict__``.
    """

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    """Index (``i``) of the syntactic head; the root of a sentence is its own head."""
    sent: int
    """Index of the sentence this token belongs to."""
    ent: str = ""
    """Entity label of the entity this token is part of ("" when none)."""


@dataclass(frozen=True)
class Mention:
    """A stretch of the clean text: a sentence, a named entity, a date phrase."""

    start: int
    end: int
    text: str
    label: str = ""
    """Entity label (PERSON, ORG, GPE, NORP, LOC, FAC, DATE, EVENT, ...) or "" for sentences."""


@dataclass(frozen=True)
class ParsedArticle:
    """An article's text with its sentences, tokens and entities, all offsets into ``text``."""

    id: str
    text: str
    sentences: tuple[Mention, ...]
    tokens: tuple[Token, ...]
    entities: tuple[Mention, ...]

    def __reduce__(self) -> tuple[Any, ...]:
        # A parse crosses between processes twice (worker -> parent -> worker) and holds
        # thousands of tokens: pickled column by column, it is one tuple per field instead of
        # one object per token, and what was cached on it (sentence bounds) stays behind.
        # 0.9 s instead of 1.5 s to pickle and unpickle the parses of 1,000 bench articles.
        return (
            _parsed_article,
            (
                self.id,
                self.text,
                tuple(map(_mention_row, self.sentences)),
                tuple(zip(*self.tokens, strict=True)),
                tuple(map(_mention_row, self.entities)),
            ),
        )

    def sentence_tokens(self, index: int) -> tuple[Token, ...]:
        """The tokens of sentence ``index`` (tokens are in text order, so a slice)."""
        first, last = self._sentence_bounds.get(index, (0, 0))
        return self.tokens[first:last]

    def sentence_entities(self, index: int) -> tuple[Mention, ...]:
        """The entities that lie inside sentence ``index``."""
        return self._entities_by_sentence.get(index, ())

    @cached_property
    def _entities_by_sentence(self) -> dict[int, tuple[Mention, ...]]:
        starts = [s.start for s in self.sentences]
        grouped: dict[int, list[Mention]] = {}
        for entity in self.entities:
            index = bisect_right(starts, entity.start) - 1
            if index >= 0 and entity.end <= self.sentences[index].end:
                grouped.setdefault(index, []).append(entity)
        return {index: tuple(found) for index, found in grouped.items()}

    @cached_property
    def _sentence_bounds(self) -> dict[int, tuple[int, int]]:
        bounds: dict[int, tuple[int, int]] = {}
        for n, token in enumerate(self.tokens):
            first = bounds.get(token.sent, (n, n))[0]
            bounds[token.sent] = (first, n + 1)
        return bounds


_MentionRow = tuple[int, int, str, str]


def _mention_row(mention: Mention) -> _MentionRow:
    """A mention's fields as a plain tuple (how a parse pickles its sentences and entities)."""
    return (mention.start, mention.end, mention.text, mention.label)


def _parsed_article(
    parse_id: str,
    text: str,
    sentences: tuple[_MentionRow, ...],
    columns: tuple[tuple[Any, ...], ...],
    entities: tuple[_MentionRow, ...],
) -> ParsedArticle:
    """A :class:`ParsedArticle` again from what :meth:`ParsedArticle.__reduce__` gives."""
    return ParsedArticle(
        parse_id,
        text,
        tuple(starmap(Mention, sentences)),
        tuple(map(Token._make, zip(*columns, strict=True))),
        tuple(starmap(Mention, entities)),
    )


# --- dates, places, actors, events ---------------------------------------------------------------

Precision = Literal["day", "month", "year"]
DateBasis = Literal[
    "explicit", "dateline", "relative", "publication", "inferred", "corroborated", "earlier"
]
"""Where a date comes from; ``earlier`` (value None): told as having happened before the day
the article reports ("militias had made threats"), on a day it does not give."""
STATED_BASES: frozenset[DateBasis] = frozenset({"explicit", "dateline", "relative"})
"""Dates the text itself states; a date taken from the publication day is only a bound."""


@dataclass(frozen=True)
class EventDate:
    """When something happened: ``value`` is ISO at its precision ("2025-02-05", "2025-02", "2018").

    ``value`` None means the text gives no date we can resolve (for example a relative phrase in
    an article without a publication date). ``weekday_mismatch`` flags a named weekday that does
    not fall on the resolved date ("on Tuesday" resolved to a Wednesday).
    """

    value: str | None
    precision: Precision | None
    basis: DateBasis | None
    phrase: str | None = None
    weekday_mismatch: bool = False


@dataclass(frozen=True)
class Place:
    """A place from the offline gazetteer: name, ISO 3166-1 alpha-2 country, coordinates."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Actor:
    """A participant: canonical name, its role at the event's date, the organisation or state
    the role belongs to, and its side in the event (``source``/``target`` where PLOVER says)."""

    name: str
    kind: Literal["person", "org", "state"]
    role: str | None = None
    org: str | None = None
    side: Literal["source", "target"] | None = None
    part: str | None = None
    """Its part in the happening as the event's type names it ("attacker", "target",
    "recipient", "accused", "addressee"), where the type names one for its side."""
    title: str | None = None
    """A person's office as the report words it with its organisation ("U.S. Special Envoy
    for Yemen", "Secretary General of the Palestine Liberation Organization"), where the
    report writes the organisation beside the office; ``role`` is the office alone."""
    rank: str | None = None
    """A person's military rank where the report gives it beside an office ("Major General"
    of "Maj. Gen. X, Commander of the task force"); none when the rank is the role."""

    def __post_init__(self) -> None:
        # a title worded for another office than the one kept (the role was replaced by a
        # fuller or a table's form) is no title of this actor's
        if self.title is not None and not _worded_for(self.title, self.role):
            object.__setattr__(self, "title", None)

    @property
    def shown_role(self) -> str | None:
        """The role as exports show it, with its part in the happening: a person's office
        as the report words it (with its organisation where written beside it: "Foreign
        Minister (addressee)"); for a state or a body, what it is ("state (recipient)",
        "armed forces (target)"); the part alone is never shown as a role (it is in
        ``part``)."""
        role = (self.title or self.role) if self.kind == "person" else self.role
        if self.kind == "person" and self.rank and role and not role.startswith(self.rank):
            role = f"{self.rank}, {role}"  # "Major General, Commander of the task force"
        if not self.part or not role or role == self.part:
            return role  # nothing known of what it is, or what it is is its part
        return f"{role} ({self.part})"

    def export_row(self) -> dict[str, str | None]:
        """The actor as exports write it (``role`` is :attr:`shown_role`, ``office`` a
        person's office alone)."""
        return {
            "name": self.name,
            "kind": self.kind,
            "role": self.shown_role,
            "office": self.role if self.kind == "person" else None,
            "org": self.org,
            "side": self.side,
            "part": self.part,
            "rank": self.rank if self.kind == "person" else None,
        }

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Actor:
        """The inverse of :meth:`export_row` (rows written before ``part``, ``office`` and
        ``rank`` read as none)."""
        part, role, title, rank = row.get("part"), row.get("role"), None, row.get("rank")
        if part and role and role.endswith(f" ({part})"):
            role = role[: -len(part) - 3]
        if rank and role and role.startswith(f"{rank}, "):
            role = role[len(rank) + 2 :]
        if row["kind"] == "person" and row.get("office") and row["office"] != role:
            role, title = row["office"], role
        return cls(
            row["name"], row["kind"], role, row.get("org"), row.get("side"), part, title, rank
        )


def _worded_for(title: str, role: str | None) -> bool:
    """Whether ``title`` words the office ``role`` ("NATO Deputy Secretary-General" words
    "Deputy Secretary General"), case and hyphens aside."""

    def folded(text: str) -> str:
        return " ".join(text.lower().replace("-", " ").split())

    return role is not None and folded(role) in folded(title)


@dataclass(frozen=True)
class Evidence:
    """A sentence of a report that states an event: verbatim text and offsets in the clean body."""

    doc: str
    doc_id: str
    sentence: str
    start: int
    end: int
    published: str | None = None


@dataclass(frozen=True)
class Statement:
    """Words said at an event: who said them, the quote or reported speech, and where."""

    speaker: str | None
    quote: str
    doc: str


@dataclass(frozen=True)
class Event:
    """A real-world happening as one article reports it (merging across reports comes later).

    ``type`` is the plain type (meet, call, visit, invite, agree, request, statement, launch,
    suspend, vote, ...); ``plover`` and ``mode`` its PLOVER coding. ``background`` marks facts
    an article recalls rather than reports ("the office was opened in 2015").
    """

    id: str
    type: str
    plover: str | None
    mode: str | None
    date: EventDate
    location: Place | None
    actors: tuple[Actor, ...]
    topics: tuple[str, ...]
    summary: str
    statements: tuple[Statement, ...]
    background: bool
    sources: tuple[Evidence, ...]
    decided: bool = False
    """A decision announced and not yet carried out ("announced that it will impose sanctions
    on Peru"): the happening is the announcement, dated the day it was made, and its headline
    says so ("Chile announced plans to impose sanctions on Peru")."""
    promised: str | None = None
    """For a promise or a threat, the type of the happening promised or threatened ("will
    withdraw from Chile": ``withdraw``), which its headline names ("Peru pledged to withdraw
    from Chile")."""

    def export_row(self) -> dict[str, object]:
        """The event as ``storyline export events`` writes it (the scorers read these names)."""
        place = self.location
        return {
            "id": self.id,
            "type": self.type,
            "plover": {"type": self.plover, "mode": self.mode},
            "date": self.date.value,
            "date_precision": self.date.precision,
            "date_basis": self.date.basis,
            "date_phrase": self.date.phrase,
            "weekday_mismatch": self.date.weekday_mismatch,
            "location": None
            if place is None
            else {"name": place.name, "country": place.country, "lat": place.lat, "lon": place.lon},
            "actors": [a.export_row() for a in self.actors],
            "topics": list(self.topics),
            "summary": self.summary,
            "statements": [
                {"speaker": s.speaker, "quote": s.quote, "doc": s.doc} for s in self.statements
            ],
            "background": self.background,
            "decided": self.decided,
            "promised": self.promised,
            "sources": [
                {
                    "doc": e.doc,
                    "doc_id": e.doc_id,
                    "sentence": e.sentence,
                    "start": e.start,
                    "end": e.end,
                    "published": e.published,
                }
                for e in self.sources
            ],
        }

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Event:
        """The inverse of :meth:`export_row` (the store keeps per-article events as these rows).

        Rows written before ``date_phrase`` and ``weekday_mismatch`` were exported read as
        having none."""
        return cls(**_event_fields(row), sources=tuple(Evidence(**e) for e in row["sources"]))


# --- one event from many reports (merge/) ----------------------------------------------------


@dataclass(frozen=True)
class Source:
    """One report of a merged event: the sentence of one document that states it.

    ``copy_of`` names the document this one is a copy of (a syndicated re-post): the copy is a
    report of its own, but not an independent one. ``start``/``end`` are -1 when a copy
    reworded the sentence so that it cannot be found in the copy's text.
    """

    doc: str
    doc_id: str
    sentence: str
    start: int
    end: int
    published: str | None = None
    outlet: str | None = None
    copy_of: str | None = None
    date: str | None = None
    date_basis: DateBasis | None = None
    """The date this report gives (``corroborated``: it gives none; the others' date is shown)."""
    lang: str | None = None
    """The language of the report (ISO 639-1, "en", "ar"): the sentence is kept as written."""


@dataclass(frozen=True)
class Version:
    """One value that some reports give for a field, and the documents that give it."""

    value: str
    docs: tuple[str, ...]


DisagreementField = Literal["date", "location", "role", "type"]


@dataclass(frozen=True)
class Disagreement:
    """Reports of one event that differ on a field: every version is kept with its sources.

    ``actor`` names the participant for a ``role`` disagreement (None for the other fields).
    """

    field: DisagreementField
    actor: str | None
    versions: tuple[Version, ...]


@dataclass(frozen=True)
class MergedEvent:
    """A real-world happening with every report of it, however many outlets carried it.

    The fields mirror :class:`Event`; the value shown for each is the one most reports give
    (ties go to the more precise, then the earlier report), and :attr:`disagreements` keeps the
    others. ``outlets`` are the distinct outlets of all reports; ``independent`` counts them
    with copies counted once. ``members`` are the ids of the per-article events merged here.
    """

    id: str
    type: str
    plover: str | None
    mode: str | None
    date: EventDate
    location: Place | None
    actors: tuple[Actor, ...]
    topics: tuple[str, ...]
    summary: str
    statements: tuple[Statement, ...]
    background: bool
    sources: tuple[Source, ...]
    outlets: tuple[str, ...]
    independent: int
    disagreements: tuple[Disagreement, ...]
    members: tuple[str, ...]
    decided: bool = False
    """Every report tells it as a decision announced, not yet carried out (see
    :attr:`Event.decided`); one report of it done makes it done."""
    promised: str | None = None
    """What a promise or a threat was of, as most of its reports give it (see
    :attr:`Event.promised`)."""

    @property
    def reports(self) -> int:
        """How many documents report the event, copies of another document not counted: the
        same article ingested twice (as a page and as a JSON Lines record, say) is one report."""
        return len({s.doc_id for s in self.sources if s.copy_of is None})

    @property
    def copies(self) -> int:
        """How many documents carry a copy of a report (syndicated re-posts, the same text
        ingested again): sources of their own, not reports of their own."""
        return len({s.doc_id for s in self.sources if s.copy_of is not None})

    def export_row(self) -> dict[str, Any]:
        """The event as ``storyline export events`` writes it (the scorers read these names)."""
        place = self.location
        return {
            "id": self.id,
            "type": self.type,
            "plover": {"type": self.plover, "mode": self.mode},
            "date": self.date.value,
            "date_precision": self.date.precision,
            "date_basis": self.date.basis,
            "date_phrase": self.date.phrase,
            "weekday_mismatch": self.date.weekday_mismatch,
            "location": None if place is None else asdict(place),
            "actors": [a.export_row() for a in self.actors],
            "topics": list(self.topics),
            "summary": self.summary,
            "statements": [asdict(s) for s in self.statements],
            "background": self.background,
            "decided": self.decided,
            "promised": self.promised,
            "reports": self.reports,
            "copies": self.copies,
            "outlets": list(self.outlets),
            "independent_outlets": self.independent,
            "sources": [asdict(s) for s in self.sources],
            "disagreements": [
                {
                    "field": d.field,
                    "actor": d.actor,
                    "versions": [{"value": v.value, "docs": list(v.docs)} for v in d.versions],
                }
                for d in self.disagreements
            ],
            "members": list(self.members),
        }

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> MergedEvent:
        """The inverse of :meth:`export_row` (the store keeps merged events as these rows)."""
        return cls(
            **_event_fields(row),
            sources=tuple(Source(**s) for s in row["sources"]),
            outlets=tuple(row["outlets"]),
            independent=int(row["independent_outlets"]),
            disagreements=tuple(
                Disagreement(
                    d["field"],
                    d["actor"],
                    tuple(Version(v["value"], tuple(v["docs"])) for v in d["versions"]),
                )
                for d in row["disagreements"]
            ),
            members=tuple(row["members"]),
        )


def _event_fields(row: Mapping[str, Any]) -> dict[str, Any]:
    """The fields an exported per-article event and a merged event share, read back from
    their row (rows written before ``date_phrase``, ``weekday_mismatch``, ``decided`` and
    ``promised`` read as none)."""
    place = row.get("location")
    return dict(
        id=row["id"],
        type=row["type"],
        plover=row["plover"]["type"],
        mode=row["plover"]["mode"],
        date=EventDate(
            row["date"],
            row["date_precision"],
            row["date_basis"],
            row.get("date_phrase"),
            bool(row.get("weekday_mismatch")),
        ),
        location=None if place is None else Place(**place),
        actors=tuple(Actor.from_row(a) for a in row["actors"]),
        topics=tuple(row["topics"]),
        summary=row["summary"],
        statements=tuple(Statement(**s) for s in row["statements"]),
        background=bool(row["background"]),
        decided=bool(row.get("decided")),
        promised=row.get("promised"),
    )
