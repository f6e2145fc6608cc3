"""Read queries over the store, on read-only connections separate from the writer's.

WAL mode lets these run while a :class:`storyline.store.Writer` commits; each thread gets its
own connection because a sqlite3 connection must not be used by two threads at once.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.actors.names import ActorKind, fold
from storyline.errors import Code, StoreError, UsageError
from storyline.records import (
    METADATA_FIELDS,
    Actor,
    Event,
    Field,
    MergedEvent,
    Metadata,
    Status,
    StoredDocument,
)
from storyline.store import browse, merged, packed
from storyline.store.browse import Sieve
from storyline.store.schema import (
    EVENT_SEARCH_FROM_VERSION,
    Closing,
    open_database,
    sqlite_errors,
)
from storyline.store.search import fts_query

MIN_PREFIX = 4
"""Shortest id prefix accepted by :meth:`Store.get`; shorter ones match too much to be useful."""

MAX_CANDIDATES_SHOWN = 10
MAX_QUERY_TERMS = 64
"""The most words a full-text query may have: FTS5's cost grows with the square of the terms
(2,000 words take half a minute), and no search a person types comes near this."""

_DOCUMENT_COLUMNS = (
    "id",
    "doc",
    "source",
    "kind",
    "status",
    "rejected_reason",
    *(name for field in METADATA_FIELDS for name in (field, f"{field}_basis")),
    "text",
    "words",
    "ingested_at",
    "notes",
)
_SELECT = f"SELECT {', '.join(f'd.{c}' for c in _DOCUMENT_COLUMNS)} FROM documents AS d"

SELECT_DOCUMENTS = f"""{_SELECT}
WHERE :status IS NULL OR d.status = :status ORDER BY d.seq LIMIT :limit"""
"""All documents in ingestion order; LIMIT -1 means no limit in SQLite."""
SELECT_DOCUMENTS_NO_TEXT = SELECT_DOCUMENTS.replace("d.text,", "NULL,", 1)
"""The same without the text: what merging needs of every document (a tenth of the bytes)."""
SELECT_TEXTS = "SELECT id, text FROM documents WHERE id IN ({marks})"
SELECT_OK_OF = f"""{_SELECT} WHERE d.status = 'ok' AND d.id IN ({{marks}})"""
SELECT_UNGROUPED = f"""{_SELECT}
WHERE d.id IN (SELECT u.id FROM documents AS u
               LEFT JOIN stories AS s ON s.doc_id = u.id
               LEFT JOIN signatures AS c ON c.doc_id = u.id
               WHERE s.doc_id IS NULL AND c.original_id IS NULL)
  AND d.status = 'ok' ORDER BY d.seq"""
"""The articles not yet in a story, copies aside (what grouping groups), in ingestion order
(found as :data:`~storyline.store.merged.SELECT_UNSIGNED` says)."""
IDS_PER_QUERY = 500
"""Ids per ``IN`` list (SQLite allows 32,766 parameters; a few hundred keep each query short)."""

SELECT_BY_ID = f"{_SELECT} WHERE d.id = ?"
SELECT_BY_NAME = f"{_SELECT} WHERE d.doc = ? ORDER BY d.seq LIMIT {MAX_CANDIDATES_SHOWN + 1}"
SELECT_BY_REF = f"""{_SELECT}
WHERE d.doc = :ref OR (:prefix IS NOT NULL AND d.id GLOB :prefix || '*') ORDER BY d.seq"""
"""Candidates for a reference: a doc name, or an id prefix (GLOB so the id index is used)."""

SELECT_RAW = "SELECT raw FROM documents WHERE id = ?"
SELECT_SOURCES = "SELECT source FROM document_sources WHERE id = ? ORDER BY rowid"
COUNT_BY_STATUS = "SELECT status, count(*) FROM documents GROUP BY status"
SEARCH = f"""{_SELECT}
JOIN documents_fts AS f ON f.rowid = d.seq
WHERE documents_fts MATCH :query ORDER BY f.rank, d.seq LIMIT :limit OFFSET :offset"""
"""Full-text search, best match first (FTS5's bm25 rank; ties in ingestion order, so pages
are stable)."""
COUNT_SEARCH = """SELECT count(*) FROM documents AS d
JOIN documents_fts AS f ON f.rowid = d.seq WHERE documents_fts MATCH :query"""

SELECT_EVENTS = """
SELECT e.data FROM events AS e JOIN documents AS d ON d.id = e.doc_id
WHERE :doc IS NULL OR e.doc_id = :doc ORDER BY d.seq, e.position"""
SELECT_EVENT_PEOPLE = """
SELECT d.seq, json_array(e.data -> 'date', e.data -> 'date_precision', e.data -> 'actors')
FROM documents AS d JOIN events AS e ON e.doc_id = d.id WHERE d.seq > ?
ORDER BY d.seq, e.position"""
"""The date, its precision and the actors of every per-article event of the articles after
one in ingestion order (``seq``), in the order of :data:`SELECT_EVENTS`, each with its
article's ``seq``: one JSON array a row, read at once (``->`` keeps a string as written, where
``->>`` ends it at its first NUL)."""
SELECT_LEARNED_OFFICES = "SELECT through, data FROM learned_offices WHERE key = ?"
UNREAD = (
    f"(a.doc_id IS NULL OR (a.status = 'skipped' AND a.reason LIKE '{Code.E112.name} %'"
    " AND a.reason NOT LIKE '%[died again on a later run%'))"
)
"""Never read for events: no analysis, or a worker process died on the article (no fault of
its own, as a reading's is: the next run reads it, as ingest reads again a document lost so),
unless it died on it in a later run too (store.writer's DIED_AGAIN: a newer version reads
it)."""
SELECT_PENDING = f"""
SELECT d.id FROM documents AS d LEFT JOIN analyses AS a ON a.doc_id = d.id
WHERE d.status = 'ok'
  AND ({UNREAD} OR a.version < :version OR a.settings != :settings)
  AND d.id NOT IN (SELECT doc_id FROM signatures WHERE original_id IS NOT NULL)
ORDER BY {merged.CANONICAL}"""
COUNT_UNREAD = f"""
SELECT coalesce(sum(s.doc_id IS NULL OR {UNREAD}), 0),
       coalesce(sum(s.doc_id IS NOT NULL AND NOT {UNREAD}), 0)
FROM documents AS d LEFT JOIN analyses AS a ON a.doc_id = d.id
LEFT JOIN signatures AS s ON s.doc_id = d.id
WHERE d.status = 'ok' AND s.original_id IS NULL
  AND (s.doc_id IS NULL OR {UNREAD} OR a.version < :version OR a.settings != :settings)"""
"""(new, outdated): articles not yet checked for copies or never read for events, and articles
read by another extractor version or with other settings (what :data:`SELECT_PENDING` and
``SELECT_UNSIGNED`` find, counted)."""
SELECT_SKIPPED = """
SELECT d.doc, a.reason FROM analyses AS a JOIN documents AS d ON d.id = a.doc_id
WHERE a.status = 'skipped' ORDER BY d.seq"""

_HEX = re.compile(r"[0-9a-f]+")


@dataclass(frozen=True)
class DocLinks:
    """What ``export docs`` says of a document beside its own fields (see
    :meth:`Store.doc_events`)."""

    event: str | None
    events: tuple[str, ...]
    duplicate_of: str | None


class Store(Closing):
    """Read access to a store file. Use :func:`open_store`; close it (or use ``with``)."""

    def __init__(self, path: Path | str, *, strict: bool = False) -> None:
        self.path = Path(path)
        self.strict = strict
        """Open the file itself read-only (SQLite ``mode=ro``): see :func:`open_read_only`."""
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []

    def close(self) -> None:
        """Close every connection this store opened, in any thread."""
        with self._lock, sqlite_errors(self.path):
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()

    def documents(
        self, status: Status | None = None, limit: int | None = None, *, text: bool = True
    ) -> Iterator[StoredDocument]:
        """Documents in ingestion order, streamed one row at a time (raw bytes left out; the
        text too, as None, unless ``text``)."""
        params = {"status": status, "limit": -1 if limit is None else limit}
        sql = SELECT_DOCUMENTS if text else SELECT_DOCUMENTS_NO_TEXT
        with sqlite_errors(self.path):
            for row in self._conn().execute(sql, params):
                yield _document(row)

    def documents_of(self, doc_ids: Iterable[str], *, text: bool = False) -> list[StoredDocument]:
        """The articles (status ok) among ``doc_ids``, in no set order (the text as None
        unless ``text``)."""
        sql = SELECT_OK_OF if text else SELECT_OK_OF.replace("d.text,", "NULL,", 1)
        return [_document(row) for row in self._by_ids(sql, doc_ids)]

    def ungrouped(self) -> list[StoredDocument]:
        """The articles not yet grouped into a story, copies aside (their text as None)."""
        with sqlite_errors(self.path):
            sql = SELECT_UNGROUPED.replace("d.text,", "NULL,", 1)
            return [_document(row) for row in self._conn().execute(sql)]

    def texts(self, doc_ids: Iterable[str]) -> dict[str, str | None]:
        """The clean text of each of ``doc_ids`` that is stored, by id."""
        return dict(self._by_ids(SELECT_TEXTS, doc_ids))

    def _by_ids(self, sql: str, keys: Iterable[str], *first: str) -> list[tuple[Any, ...]]:
        """The rows of ``sql`` (its ``IN`` list written ``{marks}``) for every key, a few
        hundred keys a query; ``first`` are parameters before the list."""
        wanted = list(dict.fromkeys(keys))
        rows: list[tuple[Any, ...]] = []
        with sqlite_errors(self.path):
            for start in range(0, len(wanted), IDS_PER_QUERY):
                chunk = wanted[start : start + IDS_PER_QUERY]
                query = sql.format(marks=", ".join("?" * len(chunk)))
                rows += self._conn().execute(query, [*first, *chunk]).fetchall()
        return rows

    def get(self, ref: str) -> StoredDocument:
        """The one document named by ``ref``: a full id, a doc name or an id prefix.

        Raises :class:`UsageError` E002 when nothing matches and E003 when several do.
        """
        with sqlite_errors(self.path):
            row = self._conn().execute(SELECT_BY_ID, (ref,)).fetchone()
            if row is not None:
                return _document(row)
            prefix = ref.lower() if len(ref) >= MIN_PREFIX and _HEX.fullmatch(ref.lower()) else None
            params = {"ref": ref, "prefix": prefix}
            rows = self._conn().execute(SELECT_BY_REF, params).fetchmany(MAX_CANDIDATES_SHOWN + 1)
        if not rows:
            hint = (
                f"give a doc name or id; an id prefix needs at least {MIN_PREFIX} characters"
                if prefix is None and _HEX.fullmatch(ref.lower())
                else "give a doc name or id"
            )
            raise UsageError(f"no document named {ref!r} ({hint})", code=Code.E002)
        if len(rows) > 1:
            raise UsageError(_ambiguous(ref, [_document(row) for row in rows]), code=Code.E003)
        return _document(rows[0])

    def events(self, doc_id: str | None = None) -> Iterator[Event]:
        """Stored per-article events as the extractor wrote them, in ingestion order of their
        documents (names as each article gives them: see
        :func:`storyline.events.run.corpus_events` for one name per actor across the corpus)."""
        with sqlite_errors(self.path):
            for (data,) in self._conn().execute(SELECT_EVENTS, {"doc": doc_id}):
                yield Event.from_row(json.loads(data))

    def event_people(self) -> Iterator[tuple[str | None, str | None, tuple[Actor, ...]]]:
        """(date, date precision, people) of each stored per-article event, in the order of
        :meth:`events`: its actors who are people as :meth:`events` gives them, the rest of
        the event not read (a store of 50,000 articles holds 70,000 events)."""
        for _, day, precision, people in self.event_people_after(0):
            yield day, precision, people

    def event_people_after(
        self, seq: int
    ) -> Iterator[tuple[int, str | None, str | None, tuple[Actor, ...]]]:
        """(article's place in ingestion order, date, date precision, people) of the events
        of the articles ingested after the one at ``seq`` (0: of all), as
        :meth:`event_people` gives them: what the office table has not yet learned from."""
        with sqlite_errors(self.path):
            for at, row in self._conn().execute(SELECT_EVENT_PEOPLE, (seq,)):
                day, precision, actors = json.loads(row)
                people = tuple(Actor.from_row(a) for a in actors if a["kind"] == "person")
                yield int(at), day, precision, people

    def learned_offices(self, key: str) -> tuple[int, str] | None:
        """(through, learned): what the office table learned from the events of the articles
        up to ``through`` in ingestion order, kept under ``key``
        (:meth:`storyline.store.Writer.put_learned_offices`); None when nothing is kept
        under it (the triggers of schema 15 drop it once a report it took in changes)."""
        with sqlite_errors(self.path):
            row = self._conn().execute(SELECT_LEARNED_OFFICES, (key,)).fetchone()
        return (int(row[0]), str(row[1])) if row is not None else None

    def pending(self, version: int, settings: str = "") -> list[str]:
        """Ids of articles the event extractor of ``version`` has not read with ``settings``."""
        with sqlite_errors(self.path):
            params = {"version": version, "settings": settings}
            rows = self._conn().execute(SELECT_PENDING, params).fetchall()
        return [str(row[0]) for row in rows]

    def up_to_date(self, version: int, settings: str = "") -> bool:
        """Whether nothing is left to catch up on: every article checked for copies and read
        by the extractor of ``version`` with ``settings``, every report merged."""
        with sqlite_errors(self.path):
            unsigned = self._conn().execute(merged.SELECT_UNSIGNED).fetchone()
        return unsigned is None and not self.pending(version, settings) and not self.merge_pending()

    def unread(self, version: int, settings: str = "") -> tuple[int, int]:
        """(new, outdated): how many articles are not yet checked for copies or never read
        for events, and how many the extractor read at a version older than ``version`` or
        with other ``settings``. Both are 0 when nothing is left to read."""
        with sqlite_errors(self.path):
            params = {"version": version, "settings": settings}
            new, outdated = self._conn().execute(COUNT_UNREAD, params).fetchone()
        return int(new), int(outdated)

    def skipped(self) -> list[tuple[str, str]]:
        """(doc, reason) of every article the event extractor skipped."""
        with sqlite_errors(self.path):
            return [(str(d), str(r)) for d, r in self._conn().execute(SELECT_SKIPPED)]

    def raw(self, doc_id: str) -> bytes | None:
        """The raw input bytes of a document, byte-exact; None if the path was unreadable."""
        with sqlite_errors(self.path):
            row = self._conn().execute(SELECT_RAW, (doc_id,)).fetchone()
        if row is None:
            raise UsageError(f"no document with id {doc_id!r}", code=Code.E002)
        return None if row[0] is None else bytes(row[0])

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[StoredDocument]:
        """Documents whose title or text hold every word and phrase of ``query``, best first,
        ``limit`` of them from position ``offset`` (:meth:`search_count` counts them all).

        ``query`` is what a person types (see :func:`storyline.store.search.fts_query`): no
        text is an FTS5 syntax error. A query with no word in it finds nothing. Raises
        :class:`UsageError` (E001) when it has more than :data:`MAX_QUERY_TERMS` words.
        """
        match = _match(query)
        if not match:
            return []
        params = {"query": match, "limit": limit, "offset": offset}
        with sqlite_errors(self.path):
            rows = self._conn().execute(SEARCH, params).fetchall()
        return [_document(row) for row in rows]

    def search_count(self, query: str) -> int:
        """How many documents :meth:`search` finds for ``query`` in all."""
        match = _match(query)
        if not match:
            return 0
        with sqlite_errors(self.path):
            return int(self._conn().execute(COUNT_SEARCH, {"query": match}).fetchone()[0])

    def counts(self) -> dict[str, int]:
        """How many documents have each status: ``{"ok": n, "rejected": m}``."""
        result = {"ok": 0, "rejected": 0}
        with sqlite_errors(self.path):
            for status, count in self._conn().execute(COUNT_BY_STATUS):
                result[status] = count
        return result

    def sources(self, doc_id: str) -> list[str]:
        """Every path or URL where this content was seen, first seen first."""
        with sqlite_errors(self.path):
            return [row[0] for row in self._conn().execute(SELECT_SOURCES, (doc_id,))]

    def unsigned(self) -> Iterator[tuple[str, str]]:
        """(id, text) of articles not yet checked for copies, in the canonical order
        (:data:`~storyline.store.merged.CANONICAL`)."""
        with sqlite_errors(self.path):
            yield from self._conn().execute(merged.SELECT_UNSIGNED)

    def signatures(self) -> list[tuple[str, bytes, str | None]]:
        """(id, MinHash bytes, original id or None) of every checked article."""
        with sqlite_errors(self.path):
            return list(self._conn().execute(merged.SELECT_SIGNATURES))

    def band_mates(self, bands: Sequence[bytes]) -> list[tuple[str, bytes, str | None]]:
        """(id, MinHash bytes, original id or None) of the checked articles (those of
        :meth:`signatures`, in their order) that share one of ``bands`` (band ``n`` at
        position ``n``, as stored) with a signature: the copy check's candidates."""
        if not bands:
            return []
        sql = merged.SELECT_BAND_MATES.format(bands=" OR ".join([merged.BAND_IS] * len(bands)))
        params = [value for pair in enumerate(bands) for value in pair]
        with sqlite_errors(self.path):
            rows = self._conn().execute(sql, params).fetchall()
        return [(doc_id, blob, original) for doc_id, blob, original, _ in rows]

    def copies(self) -> list[tuple[str, str, float]]:
        """(copy id, original id, similarity) of every copy found."""
        with sqlite_errors(self.path):
            return list(self._conn().execute(merged.SELECT_COPIES))

    def stories(self) -> list[tuple[str, str, str | None, str | None, dict[str, Any]]]:
        """(id, story, main event day, publication date, profile) of every grouped article."""
        with sqlite_errors(self.path):
            rows = self._conn().execute(merged.SELECT_STORIES).fetchall()
        return [(d, s, day, published, json.loads(p)) for d, s, day, published, p in rows]

    def story_times(self) -> list[tuple[str, str, str | None, str | None]]:
        """(id, story, main event day, publication date) of every grouped article."""
        with sqlite_errors(self.path):
            return self._conn().execute(merged.SELECT_STORY_TIMES).fetchall()

    def stories_meeting(self, times: merged.StoryTimes) -> list[str]:
        """The stories holding an article grouped within ``times`` (and maybe a few more:
        :data:`~storyline.store.merged.SELECT_STORIES_MEETING`)."""
        with sqlite_errors(self.path):
            rows = self._conn().execute(merged.SELECT_STORIES_MEETING, times.params())
            return [story for (story,) in rows]

    def story_members(
        self, stories: Iterable[str]
    ) -> list[tuple[str, str, str | None, str | None]]:
        """(id, story, main event day, publication date) of the grouped articles of
        ``stories``, in ingestion order (those of :meth:`story_times` in these stories)."""
        rows = sorted(self._by_ids(merged.SELECT_STORY_MEMBERS, stories), key=lambda r: r[4])
        return [(doc_id, story, day, published) for doc_id, story, day, published, _ in rows]

    def stories_of(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """The story of each of ``doc_ids`` that is grouped (as :meth:`story_times` gives it)."""
        return dict(self._by_ids(merged.SELECT_STORIES_OF, doc_ids))

    def story_count(self) -> tuple[int, bool]:
        """How many articles stored as articles are grouped (those of :meth:`story_times`), and
        whether a story row belongs to an article no longer stored as one
        (:meth:`stories_outside`), read together."""
        with sqlite_errors(self.path):
            grouped, outside = self._conn().execute(merged.COUNT_STORIES).fetchone()
        return int(grouped) - int(outside), bool(outside)

    def profiles(self, doc_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The story profile (as stored, parsed) of each of ``doc_ids`` that is grouped."""
        return {d: json.loads(p) for d, p in self._by_ids(merged.SELECT_PROFILES, doc_ids)}

    def profiles_sharing(
        self, doc_ids: Iterable[str], terms: Iterable[str], names: Iterable[str]
    ) -> dict[str, dict[str, Any]]:
        """:meth:`profiles`, of only the articles whose profile holds one of ``terms`` in its
        ``terms`` bag or one of ``names`` in its ``names`` bag."""
        found = self._by_ids(
            merged.SELECT_PROFILES_SHARING,
            doc_ids,
            json.dumps(sorted(terms), ensure_ascii=False),
            json.dumps(sorted(names), ensure_ascii=False),
        )
        return {d: json.loads(p) for d, p in found}

    def term_docs(self, bag: str, terms: Iterable[str]) -> dict[str, int]:
        """How many grouped articles hold each of ``terms`` in profile ``bag`` (absent: none).

        Exact only while no story row belongs to an article that is not stored as one
        (:meth:`stories_outside`)."""
        return dict(self._by_ids(merged.SELECT_TERM_DOCS, terms, bag))

    def packed_stories(self, doc_ids: Iterable[str]) -> list[packed.PackedRow]:
        """The packed profile (:mod:`storyline.store.packed`) of each of ``doc_ids`` that has
        one, in no particular order."""
        return self._by_ids(packed.SELECT_PACKED, doc_ids)

    def story_term_numbers(self, terms: Iterable[str]) -> dict[str, int]:
        """The number (``story_vocab``) of each of ``terms`` that has one."""
        with sqlite_errors(self.path):
            return packed.term_numbers(self._conn(), sorted(set(terms)))

    def story_vocab_end(self) -> int:
        """A number above every term's number."""
        with sqlite_errors(self.path):
            return int(self._conn().execute(packed.SELECT_VOCAB_END).fetchone()[0])

    def numbered_term_docs(self, bag: str) -> list[tuple[int, int]]:
        """(number, grouped articles holding it) of every numbered term of profile ``bag``:
        :meth:`term_docs`, by number, and as exact."""
        with sqlite_errors(self.path):
            return self._conn().execute(packed.SELECT_NUMBERED_DOCS, (bag,)).fetchall()

    def stories_outside(self) -> bool:
        """Whether a story row belongs to an article no longer stored as one."""
        with sqlite_errors(self.path):
            return bool(self._conn().execute(merged.SELECT_STORIES_OUTSIDE).fetchone()[0])

    def members(self) -> list[merged.Member]:
        """Every per-article event placed in a merged event, in placing order."""
        with sqlite_errors(self.path):
            return list(merged.read_members(self._conn()))

    def members_of(self, merged_ids: Iterable[str]) -> list[merged.Member]:
        """The per-article events placed in ``merged_ids``, in placing order."""
        return merged.members_of(self._by_ids(merged.SELECT_MEMBERS_OF, merged_ids))

    def placements(self) -> list[merged.Placement]:
        """Where every placed per-article event went, in placing order (the events unread)."""
        with sqlite_errors(self.path):
            rows = self._conn().execute(merged.SELECT_PLACEMENTS).fetchall()
        return [_placement(row) for row in rows]

    def members_gone(self) -> bool:
        """Whether a placed per-article event is no longer stored (its article read again)."""
        with sqlite_errors(self.path):
            return bool(self._conn().execute(merged.SELECT_GONE_MEMBER).fetchone()[0])

    def mentions(self) -> list[tuple[str, str, ActorKind, str | None]]:
        """(event id, name, kind, organisation) of every actor of every stored per-article
        event, by event id: the names merging needs of reports it does not place."""
        with sqlite_errors(self.path):
            return self._conn().execute(merged.SELECT_MENTIONS).fetchall()

    def spellings_besides(self, event_ids: Iterable[str]) -> list[merged.Spelling]:
        """How the stored reports but ``event_ids`` spell each actor, in the order the
        spellings are first given (by report id): one row a spelling, however many reports."""
        return self._spellings(merged.SELECT_SPELLINGS_BESIDES, event_ids)

    def spellings_of(self, event_ids: Iterable[str]) -> list[merged.Spelling]:
        """:meth:`spellings_besides`, of the reports ``event_ids`` only."""
        return self._spellings(merged.SELECT_SPELLINGS_OF, event_ids)

    def _spellings(self, sql: str, event_ids: Iterable[str]) -> list[merged.Spelling]:
        with sqlite_errors(self.path):
            rows = self._conn().execute(sql, (json.dumps(list(event_ids)),)).fetchall()
        return [merged.Spelling(n, k, times, (e, pos)) for n, k, times, e, pos in rows]

    def reports_spelled(
        self, spellings: Iterable[tuple[str, ActorKind]], besides: Iterable[str]
    ) -> set[str]:
        """The stored reports but ``besides`` that give an actor one of ``spellings``."""
        pairs = json.dumps([list(pair) for pair in spellings], ensure_ascii=False)
        with sqlite_errors(self.path):
            rows = self._conn().execute(merged.SELECT_SPELLED, (pairs, json.dumps(list(besides))))
            return {event_id for (event_id,) in rows}

    def spelling_orgs(self) -> list[tuple[str, ActorKind, str | None]]:
        """Each (name, kind, organisation of the office) a stored report gives an actor."""
        with sqlite_errors(self.path):
            return self._conn().execute(merged.SELECT_SPELLING_ORGS).fetchall()

    def placements_spelled(
        self,
        spellings: Iterable[tuple[str, ActorKind, str | None]],
        buckets: Iterable[str] | None = None,
    ) -> list[tuple[int, merged.Placement, tuple[str, ActorKind, str | None]]]:
        """(place in placing order, placement, spelling) of each placed report that gives an
        actor one of ``spellings`` (name, kind, organisation), once a spelling it gives; of
        only those filed in one of ``buckets`` where given (as
        :func:`storyline.merge.assign.bucket` files them)."""
        params = [json.dumps([list(t) for t in spellings], ensure_ascii=False)]
        sql = merged.SELECT_PLACEMENTS_SPELLED
        if buckets is not None:
            sql = merged.SELECT_PLACEMENTS_SPELLED_WITHIN
            params.append(json.dumps(sorted(set(buckets))))
        with sqlite_errors(self.path):
            rows = self._conn().execute(sql, params).fetchall()
        return [(row[0], _filed(row[1:9]), (row[9], row[10], row[11])) for row in rows]

    def placements_spelled_within(
        self, spellings: Mapping[tuple[str, ActorKind, str | None], Iterable[str]]
    ) -> list[tuple[int, merged.Placement, tuple[str, ActorKind, str | None]]]:
        """:meth:`placements_spelled` of each spelling in its own buckets (``spellings``:
        each (name, kind, organisation) with the buckets looked in for it)."""
        wanted = [[*spelling, b] for spelling, buckets in spellings.items() for b in buckets]
        params = [json.dumps(wanted, ensure_ascii=False)]
        with sqlite_errors(self.path):
            rows = self._conn().execute(merged.SELECT_PLACEMENTS_SPELLED_EACH, params).fetchall()
        return [(row[0], _filed(row[1:9]), (row[9], row[10], row[11])) for row in rows]

    def placements_spelled_as(
        self, spellings: Mapping[tuple[str, ActorKind, str | None], Iterable[tuple[str, bool]]]
    ) -> list[tuple[int, merged.Placement, tuple[str, ActorKind, str | None]]]:
        """:meth:`placements_spelled` of each spelling in every bucket, of only the reports
        of some (event type, background) (``spellings``: each (name, kind, organisation)
        with those)."""
        wanted = [[*spelling, t, int(b)] for spelling, types in spellings.items() for t, b in types]
        params = [json.dumps(wanted, ensure_ascii=False)]
        with sqlite_errors(self.path):
            rows = self._conn().execute(merged.SELECT_PLACEMENTS_SPELLED_AS, params).fetchall()
        return [(row[0], _filed(row[1:9]), (row[9], row[10], row[11])) for row in rows]

    def placements_by(
        self, what: merged.PlacedBy, keys: Iterable[str]
    ) -> list[tuple[int, merged.Placement]]:
        """(place in placing order, placement) of the placed reports ``what`` names, in
        placing order: by report id (``event``), article (``doc``), merged event (``merged``)
        or the main reports of some articles (``doc main``). Where each went only: what files
        it in the merger's index (type, date) is not read."""
        rows = self._by_ids(merged.SELECT_PLACEMENTS_BY[what], keys)
        return sorted(
            ((seq, merged.Placement(e, m, d, s, bool(main))) for seq, e, m, d, s, main in rows),
            key=lambda r: r[0],
        )

    def placements_in(self, merged_ids: Iterable[str]) -> list[merged.Placement]:
        """The placements of the reports placed in ``merged_ids``, in placing order, with
        what files each in the merger's index (as :meth:`placements_spelled` reads it)."""
        rows = self._by_ids(merged.SELECT_PLACEMENTS_IN, merged_ids)
        return [_placement(row[1:]) for row in sorted(rows, key=lambda r: r[0])]

    def story_mains(self, stories: Iterable[str]) -> list[tuple[int, merged.Placement]]:
        """(place in placing order, placement) of the main reports of ``stories``."""
        rows = self._by_ids(merged.SELECT_MAIN_PLACEMENTS, stories)
        return sorted(((row[0], _placement(row[1:])) for row in rows), key=lambda r: r[0])

    def merge_full(self) -> bool:
        """Whether the next merge must combine every event again (see
        :data:`~storyline.store.merged.SET_FULL`)."""
        with sqlite_errors(self.path):
            return bool(self._conn().execute(merged.SELECT_FULL).fetchone()[0])

    def merge_pending(self) -> bool:
        """Whether anything is left to merge: a new event, an event gone since it was
        merged, or an article not yet grouped into a story."""
        with sqlite_errors(self.path):
            conn = self._conn()
            return any(conn.execute(sql).fetchone()[0] for sql in merged.MERGE_PENDING)

    def unmerged(self) -> list[Event]:
        """Per-article events not yet placed in a merged event, in the canonical order of
        their articles (:data:`~storyline.store.merged.CANONICAL`)."""
        with sqlite_errors(self.path):
            rows = self._conn().execute(merged.SELECT_UNMERGED).fetchall()
        return [Event.from_row(json.loads(data)) for _, _, data in rows]

    def merged(self, participants: Sequence[Sequence[str]] = ()) -> list[MergedEvent]:
        """Merged events in date order. ``participants`` narrows them: for each participant, a
        list of alternative names (as :meth:`actor_names` gives them), one of which must be
        some actor's name or organisation; a participant with none matches nothing."""
        if any(not alternatives for alternatives in participants):
            return []
        sql, params = merged.participants_sql([[fold(a) for a in alts] for alts in participants])
        with sqlite_errors(self.path):
            rows = self._conn().execute(sql, params).fetchall()
        return [MergedEvent.from_row(json.loads(data)) for (data,) in rows]

    def state(self, key: str) -> str | None:
        """A small fact about the store ("actors": the actors file events were last read
        with), or None."""
        with sqlite_errors(self.path):
            row = self._conn().execute(merged.SELECT_STATE, (key,)).fetchone()
        return None if row is None else str(row[0])

    def actor_names(self) -> list[str]:
        """Every folded name and organisation of a merged event's participant."""
        with sqlite_errors(self.path):
            return [name for (name,) in self._conn().execute(merged.SELECT_ACTOR_NAMES)]

    def merged_data(self, ids: Iterable[str] | None = None) -> dict[str, str]:
        """Every merged event's stored JSON row (or those of ``ids``), by id (to write only
        what changed)."""
        if ids is not None:
            return dict(self._by_ids(merged.SELECT_MERGED_DATA_OF, ids))
        with sqlite_errors(self.path):
            return dict(self._conn().execute(merged.SELECT_MERGED_DATA))

    def doc_events(self) -> dict[str, DocLinks]:
        """Per document id: the main event of its story, the merged events its own reports
        were merged into, and the name of the document it copies.

        The main event of a story is the one most of the story's articles lead with; an
        article with no event of its own gets it too, one in no story keeps its own main
        event, and a copy gets its original's links."""
        with sqlite_errors(self.path):
            conn = self._conn()
            story_main: dict[str, str] = {}
            for story, merged_id, _, _ in conn.execute(merged.SELECT_STORY_MAINS):
                story_main.setdefault(story, merged_id)
            own: dict[str, dict[str, None]] = {}
            for doc_id, merged_id in conn.execute(merged.SELECT_DOC_MEMBERS):
                own.setdefault(doc_id, {})[merged_id] = None
            rows = conn.execute(merged.SELECT_DOC_LINKS).fetchall()
        return {
            doc_id: DocLinks(
                event=story_main.get(story, main) if story else main,
                events=tuple(own.get(reader, ())),
                duplicate_of=duplicate_of,
            )
            for doc_id, reader, duplicate_of, story, main in rows
        }

    def schema_version(self) -> int:
        """The schema version of the file (older than this code's until a write opens it)."""
        with sqlite_errors(self.path):
            return int(self._conn().execute("PRAGMA user_version").fetchone()[0])

    def merged_event(self, event_id: str) -> MergedEvent | None:
        """The merged event with this exact id, or None."""
        with sqlite_errors(self.path):
            row = self._conn().execute(browse.SELECT_EVENT, (event_id,)).fetchone()
        return None if row is None else MergedEvent.from_row(json.loads(row[0]))

    def browse(self, sieve: Sieve, limit: int, offset: int = 0) -> list[MergedEvent]:
        """One page of the merged events ``sieve`` lets through, in timeline order."""
        return self._merged_rows(
            *browse.page_sql(sieve, limit, offset, own_words=self.searches_events())
        )

    def browse_all(self, sieve: Sieve) -> list[MergedEvent]:
        """Every merged event ``sieve`` lets through, in timeline order."""
        return self._merged_rows(*browse.all_sql(sieve, own_words=self.searches_events()))

    def browse_count(self, sieve: Sieve) -> int:
        """How many merged events ``sieve`` lets through."""
        with sqlite_errors(self.path):
            sql, params = browse.count_sql(sieve, own_words=self.searches_events())
            return int(self._conn().execute(sql, params).fetchone()[0])

    def browse_months(self, sieve: Sieve) -> list[tuple[str, str | None, int]]:
        """(YYYY-MM, PLOVER type or None, events) for the events ``sieve`` lets through that
        are dated at least to the month, by month."""
        with sqlite_errors(self.path):
            sql, params = browse.months_sql(sieve, own_words=self.searches_events())
            return [(str(m), p, int(n)) for m, p, n in self._conn().execute(sql, params)]

    def searches_events(self) -> bool:
        """Whether the store has the full-text index over merged events (schema 7 on): a
        store of an older schema opened read-only finds events only by their documents."""
        return self.schema_version() >= EVENT_SEARCH_FROM_VERSION

    def document(self, doc_id: str) -> StoredDocument | None:
        """The document with this exact id (no name or prefix lookup), or None."""
        with sqlite_errors(self.path):
            row = self._conn().execute(SELECT_BY_ID, (doc_id,)).fetchone()
        return None if row is None else _document(row)

    def documents_named(self, name: str) -> list[StoredDocument]:
        """The documents whose name is exactly ``name`` (no prefix, no id), in ingestion order;
        at most :data:`MAX_CANDIDATES_SHOWN` and one more."""
        with sqlite_errors(self.path):
            rows = self._conn().execute(SELECT_BY_NAME, (name,)).fetchall()
        return [_document(row) for row in rows]

    def document_events(self, doc_id: str) -> list[MergedEvent]:
        """The merged events that list this document among their sources, in timeline order."""
        found = self._merged_rows(browse.SELECT_DOC_EVENTS, {"id": doc_id})
        return [e for e in found if any(s.doc_id == doc_id for s in e.sources)]

    def copies_of(self, doc_id: str) -> list[tuple[str, str, float]]:
        """(id, doc name, similarity) of the documents found to copy this one."""
        with sqlite_errors(self.path):
            rows = self._conn().execute(browse.SELECT_COPIES_OF, (doc_id,)).fetchall()
        return [(str(i), str(d), float(s or 0.0)) for i, d, s in rows]

    def original_of(self, doc_id: str) -> tuple[str, str, float] | None:
        """(id, doc name, similarity) of the document this one copies, or None."""
        with sqlite_errors(self.path):
            row = self._conn().execute(browse.SELECT_ORIGINAL, (doc_id,)).fetchone()
        return None if row is None else (str(row[0]), str(row[1]), float(row[2] or 0.0))

    def choices(self) -> dict[str, list[str]]:
        """The values the store holds for the filters a person picks from a list: outlets,
        languages and PLOVER types (``outlet``, ``lang``, ``plover``)."""
        with sqlite_errors(self.path):
            conn = self._conn()
            return {
                key: [str(value) for (value,) in conn.execute(sql)]
                for key, sql in (
                    ("outlet", browse.SELECT_OUTLETS),
                    ("lang", browse.SELECT_LANGS),
                    ("plover", browse.SELECT_PLOVERS),
                )
            }

    def _merged_rows(self, sql: str, params: dict[str, Any]) -> list[MergedEvent]:
        with sqlite_errors(self.path):
            rows = self._conn().execute(sql, params).fetchall()
        return [MergedEvent.from_row(json.loads(data)) for (data,) in rows]

    @contextmanager
    def snapshot(self) -> Iterator[Store]:
        """This store as its first read inside the block finds it, whatever is committed
        meanwhile: reads that must agree with each other (the chunks of a download) go through
        the store it yields, one connection in one read transaction. That store may be used
        from one thread after another (a response streamed from a thread pool), never from
        two at once."""
        pinned = _Snapshot(self.path, strict=self.strict)
        try:
            yield pinned
        finally:
            pinned.close()

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = open_database(self.path, read_only=True, strict=self.strict)
            with self._lock:
                self._connections.append(conn)
            self._local.conn = conn
        return conn


class _Snapshot(Store):
    """A :class:`Store` over one connection, in one read transaction until it is closed."""

    def __init__(self, path: Path | str, *, strict: bool = False) -> None:
        super().__init__(path, strict=strict)
        self._pinned = open_database(self.path, read_only=True, strict=strict)
        self._connections.append(self._pinned)
        with sqlite_errors(self.path):
            self._pinned.execute("BEGIN")  # SQLite takes the snapshot at the first read

    def _conn(self) -> sqlite3.Connection:
        return self._pinned


def open_store(path: Path | str, *, create: bool = True) -> Store:
    """Open a store for reading, creating or migrating the file first if needed.

    With ``create=False`` a missing file raises :class:`StoreError` instead of being created.
    """
    path = Path(path)
    if not create and not path.exists():
        raise StoreError(f"{path}: no such database (ingest something first)")
    # Migrations need a write connection; readers then only check the version.
    open_database(path).close()
    return Store(path)


def open_read_only(path: Path | str) -> Store:
    """Open an existing store without ever writing to it: no file is created, no migration
    applied, and SQLite opens the file read-only (``mode=ro``), so every write fails.

    Raises :class:`StoreError` when the file does not exist."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{path}: no such database (ingest something first)")
    return Store(path, strict=True)


def _match(query: str) -> str:
    """``query`` as an FTS5 query ("" when it has no word); :class:`UsageError` past
    :data:`MAX_QUERY_TERMS` words."""
    words = len(query.split())
    if words > MAX_QUERY_TERMS:
        raise UsageError(f"a query of {words:,} words; the most is {MAX_QUERY_TERMS}")
    return fts_query(query)


def _placement(row: Sequence[Any]) -> merged.Placement:
    e, m, d, s, main, t, date, precision, background = row
    return merged.Placement(e, m, d, s, bool(main), t or "", date, precision, bool(background))


def _filed(row: Sequence[Any]) -> merged.Placement:
    """A placement read with the bucket its report is filed under, not its date."""
    e, m, d, s, main, t, filed, background = row
    return merged.Placement(
        e, m, d, s, bool(main), t or "", background=bool(background), filed=filed
    )


def _document(row: tuple[Any, ...]) -> StoredDocument:
    values: dict[str, Any] = dict(zip(_DOCUMENT_COLUMNS, row, strict=True))
    meta = Metadata(
        **{name: Field(values[name], values[f"{name}_basis"]) for name in METADATA_FIELDS}
    )
    return StoredDocument(
        id=values["id"],
        doc=values["doc"],
        source=values["source"],
        kind=values["kind"],
        status=values["status"],
        rejected_reason=values["rejected_reason"],
        meta=meta,
        text=values["text"],
        words=values["words"],
        ingested_at=values["ingested_at"],
        notes=values["notes"],
    )


def _ambiguous(ref: str, candidates: list[StoredDocument]) -> str:
    shown = candidates[:MAX_CANDIDATES_SHOWN]
    lines = [f"  {doc.id}  {doc.doc}  ({doc.source})" for doc in shown]
    more = "\n  ..." if len(candidates) > MAX_CANDIDATES_SHOWN else ""
    return f"{ref!r} matches several documents; give the full id:\n" + "\n".join(lines) + more
