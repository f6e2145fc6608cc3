"""The database file: connection settings, the versioned schema and its migrations.

The schema version lives in ``PRAGMA user_version``. :data:`MIGRATIONS` is append-only: entry
``N`` (0-based) moves a database from version ``N`` to ``N + 1``. Later stages add their tables
(events, actors, ...) by appending a migration, never by editing an old one, because databases
already at that version would never see the edit.

``documents.id`` is the content hash and the key every other table points at. ``documents.seq``
is the ingestion order and the full-text index's rowid: an explicit column, because SQLite may
renumber implicit rowids on ``VACUUM`` and that would silently detach the index from its rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Self
from urllib.parse import quote

from storyline.errors import Code, StoreError

BUSY_TIMEOUT_S = 30.0
"""How long a connection waits for another process's write lock before failing.

Generous because one ingest commits per document: a reader or a second writer only ever
waits for a single short transaction, so a long wait means something is really stuck.
"""

PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA foreign_keys = ON",
    f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}",
)
"""Applied to every connection. WAL lets readers run while the writer commits; NORMAL is
durable against process crashes (SIGKILL) in WAL mode and only risks the last commits on
power loss."""

READ_ONLY_PRAGMA = "PRAGMA query_only = ON"

DOCUMENTS_V1 = """
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    doc TEXT NOT NULL,
    source TEXT NOT NULL,
    kind TEXT,
    status TEXT NOT NULL CHECK (status IN ('ok', 'rejected')),
    rejected_reason TEXT,
    title TEXT,
    title_basis TEXT,
    published TEXT,
    published_basis TEXT,
    outlet TEXT,
    outlet_basis TEXT,
    origin TEXT,
    origin_basis TEXT,
    author TEXT,
    author_basis TEXT,
    lang TEXT,
    lang_basis TEXT,
    text TEXT,
    words INTEGER NOT NULL DEFAULT 0,
    raw BLOB,
    bytes INTEGER,
    ingested_at TEXT NOT NULL,
    CHECK ((status = 'rejected') = (rejected_reason IS NOT NULL))
);
CREATE INDEX documents_doc ON documents (doc);
CREATE INDEX documents_source ON documents (source);

CREATE TABLE document_sources (
    id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    PRIMARY KEY (id, source)
);
CREATE INDEX document_sources_source ON document_sources (source);

CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, text,
    content = 'documents', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF seq, title, text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
"""
"""Version 1: documents (articles and rejections), where each was seen, full-text index.

External-content FTS5 keeps one copy of the text; the triggers are what keep the index
honest, so every change to ``documents`` must go through SQL (never a bulk file copy)."""


EVENTS_V2 = """
CREATE TABLE analyses (
    doc_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('ok', 'skipped')),
    reason TEXT,
    version INTEGER NOT NULL,
    settings TEXT NOT NULL DEFAULT '',
    analysed_at TEXT NOT NULL
);
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES analyses (doc_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    type TEXT NOT NULL,
    date TEXT,
    background INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX events_doc ON events (doc_id, position);
CREATE INDEX events_date ON events (date);
"""
"""Version 2: which documents the event extractor has read (and which it skipped, and why),
and the events it found, each stored whole as its JSON export row (``data``)."""


MERGE_V3 = """
CREATE TABLE signatures (
    doc_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    minhash BLOB,
    original_id TEXT,
    similarity REAL
);
CREATE INDEX signatures_original ON signatures (original_id);
CREATE TABLE stories (
    doc_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    story TEXT NOT NULL,
    day TEXT,
    profile TEXT NOT NULL
);
CREATE INDEX stories_story ON stories (story);
CREATE TABLE merged (
    id TEXT PRIMARY KEY,
    date TEXT,
    type TEXT NOT NULL,
    reports INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX merged_date ON merged (date);
CREATE TABLE merged_members (
    event_id TEXT PRIMARY KEY,
    merged_id TEXT NOT NULL REFERENCES merged (id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL,
    story TEXT,
    main INTEGER NOT NULL
);
CREATE INDEX merged_members_merged ON merged_members (merged_id);
CREATE INDEX merged_members_doc ON merged_members (doc_id, main);
CREATE TABLE merged_actors (
    actor TEXT NOT NULL,
    merged_id TEXT NOT NULL REFERENCES merged (id) ON DELETE CASCADE,
    PRIMARY KEY (actor, merged_id)
) WITHOUT ROWID;
CREATE INDEX merged_actors_event ON merged_actors (merged_id);
"""
"""Version 3: one event from many reports. ``signatures`` holds each article's MinHash and,
for a copy, the article it copies; ``stories`` the story each article tells (with the profile
it was grouped by); ``merged`` the merged events (JSON export rows), ``merged_members`` which
per-article event joined which (``main``: the article's main event), and ``merged_actors``
the folded names and organisations of each merged event's participants, for timelines."""


STATE_V4 = """
CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO state (key, value) VALUES ('merge_dirty', '1');
"""
"""Version 4: small facts about the store. ``merge_dirty`` is set by every write that can
change what a merged event shows (events read again, an article re-read, copies found) and
cleared when the merge has caught up."""


NOTES_V5 = """
ALTER TABLE documents ADD COLUMN notes TEXT;
ALTER TABLE document_sources ADD COLUMN doc TEXT;
UPDATE document_sources SET doc = (
    SELECT d.doc FROM documents AS d WHERE d.id = document_sources.id
);
"""
"""Version 5: ``documents.notes``, what reading a document had to repair or guess (invalid
bytes replaced, an encoding detected), one note per line, NULL when nothing; and
``document_sources.doc``, the name the content had at that source (a JSON Lines record's
``id``), so that records sharing one URL stay separate documents (older rows take their
document's name)."""


BROWSE_V6 = """
CREATE INDEX merged_order ON merged (date IS NULL, date, id);
CREATE INDEX merged_plover ON merged (json_extract(data, '$.plover.type'), date IS NULL, date, id);
"""
"""Version 6: indexes for browsing merged events page by page in timeline order (undated
last, then by date and id), overall and per PLOVER type (``storyline serve``): a page deep in
a store of 100,000 events reads the index, not every row."""

EVENT_TEXT = """
SELECT t.seq,
    json_extract(m.data, '$.summary'),
    (SELECT group_concat(f.value, ' ') FROM json_each(m.data, '$.actors') AS a,
        json_each(a.value) AS f WHERE f.key IN ('name', 'role', 'org') AND f.type = 'text'),
    (SELECT f.value FROM json_each(m.data, '$.location') AS f
        WHERE f.key = 'name' AND f.type = 'text'),
    (SELECT group_concat(f.value, ' ') FROM json_each(m.data, '$.topics') AS f),
    (SELECT group_concat(DISTINCT json_extract(f.value, '$.sentence'))
        FROM json_each(m.data, '$.sources') AS f),
    (SELECT group_concat(coalesce(json_extract(f.value, '$.speaker'), '') || ' '
        || coalesce(json_extract(f.value, '$.quote'), ''), ' ')
        FROM json_each(m.data, '$.statements') AS f)
FROM merged_text AS t JOIN merged AS m ON m.id = t.merged_id"""
"""What the full-text index holds of each merged event, read from its stored row (the same
row ``export events`` writes): headline, participants' names, roles and organisations, the
place, topics, the evidence sentences (each once, whatever the number of copies) and the
statements with their speakers. The migration that creates the index and the writer that
keeps it use this one query, so an index built either way holds the same text."""
INDEX_EVENT_TEXT = (
    "INSERT INTO merged_fts (rowid, headline, actors, place, topics, evidence, statements) "
    + EVENT_TEXT
)

EVENT_SEARCH_V7 = f"""
CREATE TABLE merged_text (
    seq INTEGER PRIMARY KEY,
    merged_id TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE merged_fts USING fts5 (
    headline, actors, place, topics, evidence, statements,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO merged_text (merged_id) SELECT id FROM merged ORDER BY rowid;
{INDEX_EVENT_TEXT};
"""
"""Version 7: full text over merged events (``storyline serve``'s search and ``q`` filter
find an event by its own words, not only by its documents'). ``merged_text`` gives each
event a stable integer key, the index's rowid (an implicit rowid of ``merged`` could be
renumbered by ``VACUUM``); the index holds its own copy of the text (:data:`EVENT_TEXT`),
which the writer replaces whenever it writes the event and deletes with it."""

STORY_TERMS_V8 = """
CREATE TABLE story_terms (
    bag TEXT NOT NULL,
    term TEXT NOT NULL,
    docs INTEGER NOT NULL,
    PRIMARY KEY (bag, term)
) WITHOUT ROWID;
CREATE TRIGGER story_terms_insert AFTER INSERT ON stories BEGIN
    INSERT INTO story_terms (bag, term, docs)
        SELECT 'terms', key, 1 FROM json_each(NEW.profile, '$.terms') WHERE true
        ON CONFLICT (bag, term) DO UPDATE SET docs = docs + 1;
    INSERT INTO story_terms (bag, term, docs)
        SELECT 'names', key, 1 FROM json_each(NEW.profile, '$.names') WHERE true
        ON CONFLICT (bag, term) DO UPDATE SET docs = docs + 1;
    INSERT INTO story_terms (bag, term, docs)
        SELECT 'lead', key, 1 FROM json_each(NEW.profile, '$.lead') WHERE true
        ON CONFLICT (bag, term) DO UPDATE SET docs = docs + 1;
END;
CREATE TRIGGER story_terms_delete AFTER DELETE ON stories BEGIN
    UPDATE story_terms SET docs = docs - 1
        WHERE bag = 'terms' AND term IN (SELECT key FROM json_each(OLD.profile, '$.terms'));
    UPDATE story_terms SET docs = docs - 1
        WHERE bag = 'names' AND term IN (SELECT key FROM json_each(OLD.profile, '$.names'));
    UPDATE story_terms SET docs = docs - 1
        WHERE bag = 'lead' AND term IN (SELECT key FROM json_each(OLD.profile, '$.lead'));
END;
CREATE TRIGGER story_terms_update AFTER UPDATE OF profile ON stories BEGIN
    UPDATE story_terms SET docs = docs - 1
        WHERE bag = 'terms' AND term IN (SELECT key FROM json_each(OLD.profile, '$.terms'));
    UPDATE story_terms SET docs = docs - 1
        WHERE bag = 'names' AND term IN (SELECT key FROM json_each(OLD.profile, '$.names'));
    UPDATE story_terms SET docs = docs - 1
        WHERE bag = 'lead' AND term IN (SELECT key FROM json_each(OLD.profile, '$.lead'));
    INSERT INTO story_terms (bag, term, docs)
        SELECT 'terms', key, 1 FROM json_each(NEW.profile, '$.terms') WHERE true
        ON CONFLICT (bag, term) DO UPDATE SET docs = docs + 1;
    INSERT INTO story_terms (bag, term, docs)
        SELECT 'names', key, 1 FROM json_each(NEW.profile, '$.names') WHERE true
        ON CONFLICT (bag, term) DO UPDATE SET docs = docs + 1;
    INSERT INTO story_terms (bag, term, docs)
        SELECT 'lead', key, 1 FROM json_each(NEW.profile, '$.lead') WHERE true
        ON CONFLICT (bag, term) DO UPDATE SET docs = docs + 1;
END;
INSERT INTO story_terms (bag, term, docs)
    SELECT 'terms', j.key, count(*) FROM stories AS s, json_each(s.profile, '$.terms') AS j
    GROUP BY j.key;
INSERT INTO story_terms (bag, term, docs)
    SELECT 'names', j.key, count(*) FROM stories AS s, json_each(s.profile, '$.names') AS j
    GROUP BY j.key;
INSERT INTO story_terms (bag, term, docs)
    SELECT 'lead', j.key, count(*) FROM stories AS s, json_each(s.profile, '$.lead') AS j
    GROUP BY j.key;
"""
"""Version 8: how many grouped articles each term of a story profile is in, per bag (the
document frequencies of :class:`storyline.merge.profile.Weights`), kept by triggers as
stories are written, replaced and deleted (with their article). Grouping a new batch reads
the frequencies of its own terms instead of every article's profile."""

BAND_BYTES = 72
"""Bytes of one band of a stored MinHash signature: :data:`storyline.merge.copies.ROWS` (9)
unsigned 64-bit hash values (a test holds the two together)."""
_BAND_COUNT = 14
"""Bands per signature: :data:`storyline.merge.copies.BANDS`."""
_BANDS = f"json_each('{list(range(_BAND_COUNT))}')"
"""The band numbers, as rows."""


def _band_keys(row: str) -> str:
    """A condition for the (band, bucket, doc id) rows of the signature ``row`` (OLD), one
    primary-key term a band (a row-value ``IN`` would search by the band alone)."""
    return " OR ".join(
        f"(band = {n} AND bucket = substr({row}.minhash, {n * BAND_BYTES + 1}, {BAND_BYTES})"
        f" AND doc_id = {row}.doc_id)"
        for n in range(_BAND_COUNT)
    )


def _band_rows(row: str) -> str:
    """The (band, bucket, doc id) rows of the signature ``row`` of a trigger (NEW or OLD)."""
    return (
        f"SELECT b.value, substr({row}.minhash, b.value * {BAND_BYTES} + 1, {BAND_BYTES}), "
        f"{row}.doc_id FROM {_BANDS} AS b WHERE {row}.minhash IS NOT NULL"
    )


COPY_BANDS_V9 = f"""
CREATE TABLE signature_bands (
    band INTEGER NOT NULL,
    bucket BLOB NOT NULL,
    doc_id TEXT NOT NULL,
    PRIMARY KEY (band, bucket, doc_id)
) WITHOUT ROWID;
CREATE TRIGGER signature_bands_insert AFTER INSERT ON signatures BEGIN
    INSERT OR IGNORE INTO signature_bands (band, bucket, doc_id) {_band_rows("NEW")};
END;
CREATE TRIGGER signature_bands_delete AFTER DELETE ON signatures BEGIN
    DELETE FROM signature_bands WHERE {_band_keys("OLD")};
END;
CREATE TRIGGER signature_bands_update AFTER UPDATE OF minhash ON signatures BEGIN
    DELETE FROM signature_bands WHERE {_band_keys("OLD")};
    INSERT OR IGNORE INTO signature_bands (band, bucket, doc_id) {_band_rows("NEW")};
END;
INSERT OR IGNORE INTO signature_bands (band, bucket, doc_id)
    SELECT b.value, substr(s.minhash, b.value * {BAND_BYTES} + 1, {BAND_BYTES}), s.doc_id
    FROM signatures AS s, {_BANDS} AS b WHERE s.minhash IS NOT NULL;
"""
"""Version 9: the copy check's LSH index kept in the store: each band of each stored
signature (its hash values as stored), kept by triggers as signatures are written, replaced
and deleted (with their article). Checking a batch for copies looks up its own bands instead
of reading and indexing every stored signature again."""


def _actors_of(row: str, source: str) -> str:
    """The (report id, position, name, kind, organisation) of each actor of the events row
    ``row`` read from ``source``: the one reading the triggers and the migration's backfill
    share, so a table built either way holds the same rows."""
    return (
        f"SELECT {row}.id, a.key, a.value ->> 'name', a.value ->> 'kind', a.value ->> 'org' "
        f"FROM {source}json_each({row}.data, '$.actors') AS a"
    )


MENTIONS_V10 = f"""
CREATE TABLE mentions (
    event_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT,
    kind TEXT,
    org TEXT,
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
CREATE INDEX mentions_spelling ON mentions (name, kind, org);
CREATE INDEX merged_members_story ON merged_members (story, main);
CREATE TRIGGER mentions_insert AFTER INSERT ON events BEGIN
    DELETE FROM mentions WHERE event_id = NEW.id;
    INSERT INTO mentions (event_id, position, name, kind, org) {_actors_of("NEW", "")};
END;
CREATE TRIGGER mentions_delete AFTER DELETE ON events BEGIN
    DELETE FROM mentions WHERE event_id = OLD.id;
END;
CREATE TRIGGER mentions_update AFTER UPDATE OF id, data ON events BEGIN
    DELETE FROM mentions WHERE event_id = OLD.id;
    DELETE FROM mentions WHERE event_id = NEW.id;
    INSERT INTO mentions (event_id, position, name, kind, org) {_actors_of("NEW", "")};
END;
INSERT INTO mentions (event_id, position, name, kind, org) {_actors_of("e", "events AS e, ")};
"""
"""Version 10: each stored report's actors as rows (the names merging reads of reports it does
not place), kept by triggers as events are written, replaced and deleted (with their
article), and indexed by spelling: a merge reads how often each spelling is used and the
reports of the spellings a batch touches, not every report's names; and the merged members of
a story by it (a batch looks up its stories' main events)."""


def filed_in(row: str) -> str:
    """SQL for the date bucket the merger files the events row ``row`` under
    (:func:`storyline.merge.assign.bucket` of :func:`storyline.merge.events.date_span` of its
    date and precision): "?" when undated, the month of a date to the day or the month (or of
    10 or 7 characters), else the year. A test holds the two together."""
    date, precision = f"({row}.data ->> 'date')", f"({row}.data ->> 'date_precision')"
    return (
        f"CASE WHEN coalesce({date}, '') = '' THEN '?' "
        f"WHEN {precision} IN ('day', 'month') OR length({date}) IN (7, 10) "
        f"THEN substr({date}, 1, 7) ELSE substr({date}, 1, 4) END"
    )


def _filed_actors_of(row: str, source: str) -> str:
    """:func:`_actors_of` with the bucket its report is filed under (:func:`filed_in`)."""
    return (
        f"SELECT {row}.id, a.key, a.value ->> 'name', a.value ->> 'kind', a.value ->> 'org', "
        f"{filed_in(row)} FROM {source}json_each({row}.data, '$.actors') AS a"
    )


_MENTION_COLUMNS = "event_id, position, name, kind, org, filed"
MENTION_BUCKETS_V11 = f"""
ALTER TABLE mentions ADD COLUMN filed TEXT;
DROP TRIGGER mentions_insert;
DROP TRIGGER mentions_update;
CREATE TRIGGER mentions_insert AFTER INSERT ON events BEGIN
    DELETE FROM mentions WHERE event_id = NEW.id;
    INSERT INTO mentions ({_MENTION_COLUMNS}) {_filed_actors_of("NEW", "")};
END;
CREATE TRIGGER mentions_update AFTER UPDATE OF id, data ON events BEGIN
    DELETE FROM mentions WHERE event_id = OLD.id;
    DELETE FROM mentions WHERE event_id = NEW.id;
    INSERT INTO mentions ({_MENTION_COLUMNS}) {_filed_actors_of("NEW", "")};
END;
UPDATE mentions SET filed = (
    SELECT {filed_in("e")} FROM events AS e WHERE e.id = mentions.event_id);
DROP INDEX mentions_spelling;
CREATE INDEX mentions_spelling ON mentions (name, kind, org, filed);
"""
"""Version 11: each stored report's actors with the date bucket the report is filed under in
the merger's index (``filed``), kept by the same triggers, and indexed by spelling and bucket:
a batch reads the earlier reports of a name in the months it looks in, not those of every
year (a name in the news for years gave a 50,000-article store's batch 160,000 rows to read
and parse for 24,000 it could reach)."""


def _typed_actors_of(row: str, source: str) -> str:
    """:func:`_filed_actors_of` with its report's type and whether it is background."""
    return (
        f"SELECT {row}.id, a.key, a.value ->> 'name', a.value ->> 'kind', a.value ->> 'org', "
        f"{filed_in(row)}, {row}.type, {row}.background "
        f"FROM {source}json_each({row}.data, '$.actors') AS a"
    )


_TYPED_MENTION_COLUMNS = f"{_MENTION_COLUMNS}, type, background"
MENTION_TYPES_V13 = f"""
ALTER TABLE mentions ADD COLUMN type TEXT;
ALTER TABLE mentions ADD COLUMN background INTEGER;
DROP TRIGGER mentions_insert;
DROP TRIGGER mentions_update;
CREATE TRIGGER mentions_insert AFTER INSERT ON events BEGIN
    DELETE FROM mentions WHERE event_id = NEW.id;
    INSERT INTO mentions ({_TYPED_MENTION_COLUMNS}) {_typed_actors_of("NEW", "")};
END;
CREATE TRIGGER mentions_update AFTER UPDATE OF id, type, background, data ON events BEGIN
    DELETE FROM mentions WHERE event_id = OLD.id;
    DELETE FROM mentions WHERE event_id = NEW.id;
    INSERT INTO mentions ({_TYPED_MENTION_COLUMNS}) {_typed_actors_of("NEW", "")};
END;
UPDATE mentions SET (type, background) = (
    SELECT e.type, e.background FROM events AS e WHERE e.id = mentions.event_id);
DROP INDEX mentions_spelling;
CREATE INDEX mentions_spelling ON mentions (name, kind, org, filed, type, background);
"""
"""Version 13: each stored report's actors with the report's type and background beside its
bucket, kept by the same triggers, and in the spelling index: what files a report in the
merger's index (key, bucket, type family, background) is read from the index alone, and a
batch finds the earlier reports it may reach without reading their ``events`` rows (a few
kilobytes each; 19,000 of them, half the query, in a store of 50,000 articles)."""


def _canonical_day(value: str) -> str:
    """SQL: whether ``value`` is a day written ``YYYY-MM-DD`` that Python's ``date`` reads as
    one: a day so written compares as text in the order of time. (SQLite's ``date()`` gives
    back "2024-02-30" as it is; made a day number first, it is 2024-03-01.)"""
    day = f"date(julianday({value}))"
    return f"({value} IS NOT NULL AND {day} IS {value} AND {value} >= '0001-01-01')"


STORY_TIMES_V12 = """
ALTER TABLE stories ADD COLUMN published TEXT;
UPDATE stories SET published = (
    SELECT d.published FROM documents AS d WHERE d.id = stories.doc_id);
CREATE INDEX stories_times ON stories (day, published, story);
CREATE INDEX documents_not_ok ON documents (id) WHERE status != 'ok';
CREATE TRIGGER stories_published_insert AFTER INSERT ON stories BEGIN
    UPDATE stories SET published = (
        SELECT d.published FROM documents AS d WHERE d.id = NEW.doc_id)
    WHERE doc_id = NEW.doc_id;
END;
CREATE TRIGGER stories_published_update AFTER UPDATE OF published ON documents BEGIN
    UPDATE stories SET published = NEW.published WHERE doc_id = NEW.id;
END;
"""
"""Version 12: each grouped article's publication date beside its main event day in
``stories`` (kept by triggers from ``documents``), indexed with its story: a merge finds the
stories a batch's articles may join (:class:`storyline.merge.stories.Window`) in that index,
without reading every grouped article (49,835 rows, joined with their documents, in a store of
50,000 articles, to keep the stories of 6,000); and the documents that are not articles (a
partial index: one of every document's status made the planner look articles up by it), so
that the stories of articles no longer stored as articles are counted without reading every
document."""
PACKED_STORIES_V14 = """
CREATE TABLE story_vocab (
    id INTEGER PRIMARY KEY,
    term TEXT NOT NULL UNIQUE
);
CREATE TABLE story_packed (
    doc_id TEXT PRIMARY KEY,
    terms BLOB NOT NULL,
    names BLOB NOT NULL,
    lead BLOB NOT NULL,
    years TEXT NOT NULL
);
CREATE TRIGGER story_packed_delete AFTER DELETE ON stories BEGIN
    DELETE FROM story_packed WHERE doc_id = OLD.doc_id;
END;
CREATE TRIGGER story_packed_update AFTER UPDATE OF doc_id, profile ON stories BEGIN
    DELETE FROM story_packed WHERE doc_id = OLD.doc_id;
    DELETE FROM story_packed WHERE doc_id = NEW.doc_id;
END;
"""
"""Version 14: each grouped article's story profile packed as numbers (``story_packed``): per
bag, the (term number, count) pairs of the profile in its order, as little-endian 32-bit
integers, the numbers those of ``story_vocab`` (one per term string, never reused), and its
years. The writer packs what it groups; a row whose profile is replaced or deleted is dropped
by the triggers, and a row missing (every row of a store written before this version) is
packed again from the profile when a merge needs it. Grouping a batch whose articles have no
date compares them with every stored article, whose vectors and key terms are then worked
out for all at once from these rows (:mod:`storyline.merge.packed`) instead of parsing and
weighing every profile's JSON term by term."""

LEARNED_OFFICES_V15 = """
CREATE TABLE learned_offices (
    key TEXT PRIMARY KEY,
    through INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE TRIGGER learned_offices_event_insert AFTER INSERT ON events
WHEN (SELECT seq FROM documents WHERE id = NEW.doc_id)
     <= (SELECT max(through) FROM learned_offices) BEGIN
    DELETE FROM learned_offices;
END;
CREATE TRIGGER learned_offices_event_delete AFTER DELETE ON events BEGIN
    DELETE FROM learned_offices;
END;
CREATE TRIGGER learned_offices_event_update AFTER UPDATE ON events BEGIN
    DELETE FROM learned_offices;
END;
CREATE TRIGGER learned_offices_reorder AFTER UPDATE OF seq ON documents BEGIN
    DELETE FROM learned_offices;
END;
"""
"""Version 15: what the office table learned from the stored reports (``learned_offices``:
:meth:`storyline.actors.Tenure.learned` of every report of the articles up to ``through`` in
ingestion order, under a key naming the table and the code it was learned with), so that a
run of the event extractor learns from the reports stored since, not from all of them again
(72,000 in a store of 50,000 articles). Learning depends on the order of the reports, so the
triggers drop what was learned as soon as a report it took in is deleted or changed, or one
is stored for an article it had already passed (an article read again, a rejection become an
article): the next run learns from every report again."""

STORY_DAY = _canonical_day("day")
STORY_PUBLISHED = _canonical_day("published")

BROWSE_FROM_VERSION = 5
"""The oldest schema the web app can read (it only lacks version 6's indexes and version
7's full text over events)."""
EVENT_SEARCH_FROM_VERSION = 7
"""The first schema with full text over merged events."""


class Closing:
    """``with`` support for store handles: leaving the block calls ``close()``."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


@dataclass(frozen=True)
class Migration:
    """One schema step: ``script`` (SQL statements) moves the database up by one version."""

    description: str
    script: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration("documents, document sources, full-text index", DOCUMENTS_V1),
    Migration("event analyses and events", EVENTS_V2),
    Migration("copies, stories and merged events", MERGE_V3),
    Migration("store state (merge up to date or not)", STATE_V4),
    Migration("reading notes; the document name at each source", NOTES_V5),
    Migration("indexes for browsing merged events", BROWSE_V6),
    Migration("full text over merged events", EVENT_SEARCH_V7),
    Migration("document frequencies of story terms", STORY_TERMS_V8),
    Migration("the copy check's index of signature bands", COPY_BANDS_V9),
    Migration("stored reports' actors by spelling", MENTIONS_V10),
    Migration("stored reports' actors by date bucket", MENTION_BUCKETS_V11),
    Migration("grouped articles by their days", STORY_TIMES_V12),
    Migration("stored reports' actors by type and background", MENTION_TYPES_V13),
    Migration("story profiles packed as numbers", PACKED_STORIES_V14),
    Migration("the office table learned from the stored reports", LEARNED_OFFICES_V15),
)
"""Append-only; index N moves version N to N + 1."""

SCHEMA_VERSION = len(MIGRATIONS)
"""The version this code writes and reads."""


@contextmanager
def sqlite_errors(path: Path) -> Iterator[None]:
    """Turn any sqlite3 error inside the block into a :class:`StoreError` naming ``path``."""
    try:
        yield
    except sqlite3.Error as error:
        raise StoreError(f"{path}: {error}") from error


def connect(path: Path, *, read_only: bool = False, strict: bool = False) -> sqlite3.Connection:
    """A configured connection in autocommit mode; transactions are opened explicitly.

    ``check_same_thread`` is off because the web app hands requests to worker threads; each
    thread still gets its own connection from :class:`storyline.store.Store`. ``strict``
    (read-only only) opens the file itself read-only (``mode=ro``): SQLite then refuses every
    write, even one a bug would attempt, and a read-only file can be served.
    """
    target: Path | str = path
    if strict:
        target = f"file:{quote(str(path.absolute()))}?mode=ro"
    with sqlite_errors(path):
        conn = sqlite3.connect(
            target,
            timeout=BUSY_TIMEOUT_S,
            isolation_level=None,
            check_same_thread=False,
            uri=strict,
        )
        try:
            _configure(conn, read_only=read_only)
        except BaseException:
            conn.close()
            raise
    return conn


def _configure(conn: sqlite3.Connection, *, read_only: bool) -> None:
    for pragma in PRAGMAS:
        if read_only and "journal_mode" in pragma:
            continue  # WAL is a property of the file, set once by the read-write opener
        conn.execute(pragma)
    if read_only:
        conn.execute(READ_ONLY_PRAGMA)


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in the database file (0 for a new file)."""
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(conn: sqlite3.Connection, path: Path) -> int:
    """Bring the database up to :data:`SCHEMA_VERSION` in one transaction; return the version.

    A no-op (and no write lock) when the file is already current. Raises :class:`StoreError`
    E011 for a file written by a newer storyline, E010 for any SQLite failure.
    """
    with sqlite_errors(path):
        if _check_version(conn, path) == SCHEMA_VERSION:
            return SCHEMA_VERSION
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Read again under the lock: another process may have migrated meanwhile.
            for version in range(_check_version(conn, path), SCHEMA_VERSION):
                _apply(conn, MIGRATIONS[version].script)
                conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION


def _check_version(conn: sqlite3.Connection, path: Path) -> int:
    version = user_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} is at schema version {version}; this storyline knows up to "
            f"{SCHEMA_VERSION}. Upgrade storyline to open it.",
            code=Code.E011,
        )
    return version


def _apply(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would commit the open transaction first, so run statement by statement.
    for statement in split_statements(script):
        conn.execute(statement)


def split_statements(script: str) -> Iterator[str]:
    """The complete SQL statements of ``script``, trigger bodies kept whole."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n\t;"):
                yield pending.strip()
            pending = ""
    if pending.strip(" \n\t;"):
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:80]}")


def open_database(
    path: Path, *, read_only: bool = False, strict: bool = False
) -> sqlite3.Connection:
    """Connect to ``path`` and make sure its schema is current (creating the file if needed).

    ``strict``: read-only at the file level (see :func:`connect`)."""
    conn = connect(path, read_only=read_only or strict, strict=strict)
    try:
        if read_only or strict:
            with sqlite_errors(path):
                _check_version(conn, path)
        else:
            migrate(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn
