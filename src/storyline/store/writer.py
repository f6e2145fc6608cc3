"""The single writer: every change to the store goes through one :class:`Writer`.

Each document is written in its own ``BEGIN IMMEDIATE`` transaction, so a run killed at any
moment (even SIGKILL) keeps every document committed before it, and a re-run skips those as
"unchanged" because ids are content hashes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from storyline.errors import StoreError
from storyline.records import METADATA_FIELDS, Article, Event, Field, MergedEvent, Rejection
from storyline.store import merged, packed
from storyline.store.schema import Closing, open_database, sqlite_errors

ArticleResult = Literal["ingested", "unchanged", "updated"]
RejectionResult = Literal["rejected", "unchanged"]

SELECT_STATUS = "SELECT status FROM documents WHERE id = ?"
SELECT_IDS_AT_SOURCE = """
SELECT id FROM document_sources WHERE source = :source AND id != :keep AND doc = :doc"""
"""Other content seen at a source under the same document name: an earlier version of it.

The name matters for JSON Lines, where many records may share one ``url``: only a record
with the same ``id`` (or line) is a new version; others are other documents."""
SELECT_OTHER_SOURCE = "SELECT source FROM document_sources WHERE id = ? ORDER BY rowid LIMIT 1"
DELETE_SOURCE = "DELETE FROM document_sources WHERE id = ? AND source = ?"
DELETE_DOCUMENT = "DELETE FROM documents WHERE id = ?"
UPDATE_PRIMARY_SOURCE = "UPDATE documents SET source = ? WHERE id = ? AND source = ?"
INSERT_SOURCE = """
INSERT INTO document_sources (id, source, doc) VALUES (?, ?, ?)
ON CONFLICT (id, source) DO UPDATE SET doc = excluded.doc"""
"""Where content was seen and under which name (the latest, should a record move)."""

_ARTICLE_COLUMNS = (
    "doc",
    "source",
    "kind",
    *(name for field in METADATA_FIELDS for name in (field, f"{field}_basis")),
    "text",
    "words",
    "raw",
    "bytes",
    "ingested_at",
    "notes",
)

INSERT_ARTICLE = f"""
INSERT INTO documents (id, seq, status, rejected_reason, {", ".join(_ARTICLE_COLUMNS)})
VALUES (
    :id, (SELECT coalesce(max(seq), 0) + 1 FROM documents), 'ok', NULL,
    {", ".join(f":{name}" for name in _ARTICLE_COLUMNS)}
)
"""
"""A new article; ``seq`` is the next ingestion position (one writer, so no race)."""

REPLACE_REJECTION_WITH_ARTICLE = f"""
UPDATE documents SET status = 'ok', rejected_reason = NULL,
    {", ".join(f"{name} = :{name}" for name in _ARTICLE_COLUMNS)}
WHERE id = :id
"""
"""An article for content once rejected: it keeps its place (``seq``) in ingestion order."""

INSERT_REJECTION = """
INSERT INTO documents (id, seq, doc, source, kind, status, rejected_reason, raw, bytes,
                       ingested_at)
VALUES (:id, (SELECT coalesce(max(seq), 0) + 1 FROM documents), :doc, :source, :kind,
        'rejected', :reason, :raw, :bytes, :ingested_at)
"""

_CLEAN_COLUMNS = (
    *(name for field in METADATA_FIELDS for name in (field, f"{field}_basis")),
    "text",
    "words",
    "notes",
)
SELECT_CLEAN = (
    f"SELECT status, rejected_reason, {', '.join(_CLEAN_COLUMNS)} FROM documents WHERE id = ?"
)
REFRESH_ARTICLE = f"""
UPDATE documents SET status = 'ok', rejected_reason = NULL,
    {", ".join(f"{name} = :{name}" for name in _CLEAN_COLUMNS)}
WHERE id = :id
"""
"""A stored document re-read from its raw bytes: name, sources and ingestion time stay."""
REFRESH_REJECTION = f"""
UPDATE documents SET status = 'rejected', rejected_reason = :reason, words = 0,
    {", ".join(f"{name} = NULL" for name in _CLEAN_COLUMNS if name != "words")}
WHERE id = :id
"""

DELETE_ANALYSIS = "DELETE FROM analyses WHERE doc_id = ?"
DELETE_LEARNED_OFFICES = "DELETE FROM learned_offices"
INSERT_LEARNED_OFFICES = "INSERT INTO learned_offices (key, through, data) VALUES (?, ?, ?)"
SELECT_SKIP = "SELECT reason FROM analyses WHERE doc_id = ? AND status = 'skipped'"
DIED = "E112 "
"""How the reason of an article skipped because its worker died starts (errors.Code.E112)."""
DIED_AGAIN = " [died again on a later run: read again by the next storyline version]"
"""Added to the reason of an article its worker died on in two runs: later runs of this
version leave it (an article that kills its worker every time would cost every run its
deaths); a newer extractor reads it again, as it reads every article (store.reader's
UNREAD)."""
INSERT_ANALYSIS = """
INSERT INTO analyses (doc_id, status, reason, version, settings, analysed_at)
VALUES (?, ?, ?, ?, ?, ?)
"""
INSERT_EVENT = """
INSERT INTO events (id, doc_id, position, type, date, background, data)
VALUES (?, ?, ?, ?, ?, ?, ?)
"""

UPDATE_REJECTION = """
UPDATE documents SET rejected_reason = :reason, kind = coalesce(:kind, kind),
    raw = coalesce(:raw, raw), bytes = coalesce(:bytes, bytes)
WHERE id = :id AND status = 'rejected'
"""
"""Re-recording a rejection: newest reason wins; the first ingestion time is kept."""


def utc_now() -> str:
    """The current UTC time as an ISO 8601 string with seconds precision."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Writer(Closing):
    """The one read-write connection to a store; use as a context manager.

    ``clock`` returns the ``ingested_at`` timestamp; tests pass a fixed one.
    """

    def __init__(self, path: Path | str, *, clock: Callable[[], str] = utc_now) -> None:
        self.path = Path(path)
        self._clock = clock
        self._conn: sqlite3.Connection = open_database(self.path)

    def close(self) -> None:
        """Close the connection; anything not yet committed is rolled back by SQLite."""
        with sqlite_errors(self.path):
            self._conn.close()

    def put_article(self, article: Article) -> ArticleResult:
        """Store an article; say whether it is new, already there, or replaced something.

        * ``"unchanged"``: this content is already stored as an article; only ``article.source``
          is added to the places it was seen.
        * ``"updated"``: the content was stored as a rejection and is now an article, or
          ``article.source`` previously held different content. In the second case the old
          content no longer counts as seen at that source, and its row is deleted once no
          source is left — so a re-edited file replaces its old version, while identical bytes
          still present at another path are kept.
        * ``"ingested"``: new content.
        """
        with self._transaction():
            replaced = article.versioned and self._release_source(
                article.source, article.doc, keep=article.id
            )
            status = self._status(article.id)
            if status is None:
                self._conn.execute(INSERT_ARTICLE, self._article_params(article))
            elif status == "rejected":
                self._conn.execute(REPLACE_REJECTION_WITH_ARTICLE, self._article_params(article))
            self._conn.execute(INSERT_SOURCE, (article.id, article.source, article.doc))
        if status == "rejected" or replaced:
            return "updated"
        return "unchanged" if status == "ok" else "ingested"

    def has_article(self, doc_id: str) -> bool:
        """True when this content is already stored as an article (no need to process it)."""
        with sqlite_errors(self.path):
            return self._status(doc_id) == "ok"

    def see_again(
        self, doc_id: str, source: str, doc: str, versioned: bool = True
    ) -> ArticleResult:
        """Record that stored article content was found (again) at ``source``.

        The cheap path of :meth:`put_article` for content whose id is already stored, so a
        re-run does not clean pages it has cleaned before.
        """
        with self._transaction():
            if self._status(doc_id) != "ok":
                raise StoreError(f"{doc_id} is not a stored article")
            replaced = versioned and self._release_source(source, doc, keep=doc_id)
            self._conn.execute(INSERT_SOURCE, (doc_id, source, doc))
        return "updated" if replaced else "unchanged"

    def refresh(self, doc_id: str, result: Article | Rejection) -> ArticleResult:
        """Replace the clean text and metadata of stored document ``doc_id`` with a new reading.

        Used when later code re-reads the stored raw bytes: ``"updated"`` when anything
        changed (including a switch between article and rejection), else ``"unchanged"``.
        """
        with self._transaction():
            before = self._conn.execute(SELECT_CLEAN, (doc_id,)).fetchone()
            if before is None:
                raise StoreError(f"{doc_id} is not in the store")
            if isinstance(result, Rejection):
                self._conn.execute(REFRESH_REJECTION, {"id": doc_id, "reason": result.reason})
            else:
                params = self._article_params(result)
                values = {name: params[name] for name in _CLEAN_COLUMNS}
                self._conn.execute(REFRESH_ARTICLE, {**values, "id": doc_id})
            after = self._conn.execute(SELECT_CLEAN, (doc_id,)).fetchone()
            changed = tuple(before) != tuple(after)
            if changed:
                # The events read from the old text no longer hold: read them again later;
                # so do its copies, its story and its outlet as merged events show them.
                self._conn.execute(DELETE_ANALYSIS, (doc_id,))
                self._conn.execute(merged.DELETE_SIGNATURES_OF, {"id": doc_id})
                self._conn.execute(merged.DELETE_STORY_OF, {"id": doc_id})
                self._conn.execute(merged.SET_DIRTY, ("1",))
                self._conn.execute(merged.SET_FULL)
        return "updated" if changed else "unchanged"

    def put_events(
        self,
        doc_id: str,
        events: Sequence[Event],
        *,
        version: int,
        settings: str = "",
        skipped: str | None = None,
    ) -> None:
        """Replace what the event extractor found in document ``doc_id``, in one transaction.

        ``skipped`` gives the reason a document was not analysed (not English, for example);
        it is recorded so that a skip is never silent. ``version`` is the extractor's version,
        so documents read by an older extractor can be found and read again; ``settings`` says
        what else shaped the reading (a user's actors file), for the same reason.
        """
        with self._transaction():
            if skipped and skipped.startswith(DIED) and not skipped.endswith(DIED_AGAIN):
                before = self._conn.execute(SELECT_SKIP, (doc_id,)).fetchone()
                if before is not None and str(before[0] or "").startswith(DIED):
                    skipped += DIED_AGAIN
            if self._conn.execute(merged.SELECT_HAD_EVENTS, (doc_id,)).fetchone()[0]:
                # events read again under the same ids may say otherwise: every merged event
                # is combined again at the next merge
                self._conn.execute(merged.SET_FULL)
            self._conn.execute(DELETE_ANALYSIS, (doc_id,))
            status = "skipped" if skipped else "ok"
            analysis = (doc_id, status, skipped, version, settings, self._clock())
            self._conn.execute(INSERT_ANALYSIS, analysis)
            for position, event in enumerate(events):
                row = event.export_row()
                data = json.dumps(row, ensure_ascii=False)
                params = (
                    event.id,
                    doc_id,
                    position,
                    event.type,
                    event.date.value,
                    event.background,
                    data,
                )
                self._conn.execute(INSERT_EVENT, params)
            self._conn.execute(merged.SET_DIRTY, ("1",))

    def put_rejection(self, rejection: Rejection) -> RejectionResult:
        """Record that an input could not become an article, with its reason and raw bytes.

        Never overwrites an article with the same id (returns ``"unchanged"``; the source is
        still recorded). Recording the same rejection again updates its reason in place.
        When the bytes were read, a different content previously seen at the same source is
        released as in :meth:`put_article`; an unreadable path releases nothing, so a passing
        permission error cannot delete a good article.
        """
        with self._transaction():
            if rejection.raw is not None and rejection.versioned:
                self._release_source(rejection.source, rejection.doc, keep=rejection.id)
            status = self._status(rejection.id)
            params = self._rejection_params(rejection)
            if status is None:
                self._conn.execute(INSERT_REJECTION, params)
            elif status == "rejected":
                self._conn.execute(UPDATE_REJECTION, params)
            self._conn.execute(INSERT_SOURCE, (rejection.id, rejection.source, rejection.doc))
        return "unchanged" if status == "ok" else "rejected"

    def put_signatures(
        self, rows: Sequence[tuple[str, bytes | None, str | None, float | None]]
    ) -> None:
        """Record articles' MinHash signatures and, for copies, the article each copies; a
        copy's events (read before it was known to be one) are dropped: it is read once."""
        with self._transaction():
            self._conn.executemany(merged.UPSERT_SIGNATURE, rows)
            copies = [(doc_id,) for doc_id, _, original, _ in rows if original is not None]
            self._conn.executemany(merged.DELETE_ANALYSIS_OF_COPY, copies)
            self._conn.execute(merged.SET_DIRTY, ("1",))

    def put_state(self, key: str, value: str) -> None:
        """Remember a small fact about the store (see :meth:`Store.state`)."""
        with self._transaction():
            self._conn.execute(merged.SET_STATE, (key, value))

    def put_learned_offices(self, key: str, through: int, learned: str) -> None:
        """Keep what the office table learned from the events of the articles up to
        ``through`` in ingestion order, under ``key`` (what it was learned with), in place of
        whatever was kept before (:meth:`Store.learned_offices` reads it)."""
        with self._transaction():
            self._conn.execute(DELETE_LEARNED_OFFICES)
            self._conn.execute(INSERT_LEARNED_OFFICES, (key, through, learned))

    def forget_gone_originals(self) -> None:
        """Copies of an article deleted or rejected since are checked for copies again."""
        with self._transaction():
            if self._conn.execute(merged.DELETE_COPIES_OF_GONE).rowcount:
                self._conn.execute(merged.SET_DIRTY, ("1",))
                self._conn.execute(merged.SET_FULL)

    def put_stories(self, rows: Sequence[tuple[str, str, str | None, str]]) -> None:
        """Record the story of articles: (doc id, story, main event day, profile JSON), each
        profile also packed as numbers (:mod:`storyline.store.packed`)."""
        with self._transaction():
            self._conn.executemany(merged.UPSERT_STORY, rows)
            self._pack([(doc_id, json.loads(profile)) for doc_id, _, _, profile in rows])

    def pack_stories(self, doc_ids: Iterable[str]) -> int:
        """Pack the stored profile of each of ``doc_ids`` that is grouped and not packed (a
        store written before schema 14, or a profile written by other code); returns how
        many."""
        wanted = list(dict.fromkeys(doc_ids))
        with self._transaction():
            profiles = []
            for start in range(0, len(wanted), packed.TERMS_PER_QUERY):
                chunk = wanted[start : start + packed.TERMS_PER_QUERY]
                query = packed.SELECT_UNPACKED.format(marks=", ".join("?" * len(chunk)))
                rows = self._conn.execute(query, chunk).fetchall()
                profiles += [(doc_id, json.loads(profile)) for doc_id, profile in rows]
            self._pack(profiles)
        return len(profiles)

    def _pack(self, profiles: Sequence[tuple[str, Mapping[str, Any]]]) -> None:
        numbers = packed.number_terms(self._conn, packed.terms_of(p for _, p in profiles))
        rows = [packed.pack(doc_id, profile, numbers) for doc_id, profile in profiles]
        self._conn.executemany(packed.PUT_PACKED, rows)

    def put_merged(
        self,
        events: Sequence[MergedEvent],
        members: Sequence[tuple[str, str, str, str | None, bool]],
        actors: dict[str, set[str]],
        *,
        dropped: Sequence[str] = (),
        state: Mapping[str, str] | None = None,
    ) -> None:
        """Write merged events and who joined them, in one transaction; ``dropped`` are
        per-article events that no longer exist (their article was read again); ``state``:
        small facts the next merge starts from (:meth:`put_state`), written with them."""
        with self._transaction():
            self._conn.executemany(merged.DELETE_MEMBER, [(e,) for e in dropped])
            merged.write_merged(self._conn, events, members, actors)
            merged.delete_empty(self._conn)
            self._conn.execute(merged.SET_DIRTY, ("0",))
            self._conn.execute(merged.CLEAR_FULL)
            self._conn.executemany(merged.SET_STATE, list((state or {}).items()))

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with sqlite_errors(self.path):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _status(self, doc_id: str) -> str | None:
        row = self._conn.execute(SELECT_STATUS, (doc_id,)).fetchone()
        return None if row is None else str(row[0])

    def _release_source(self, source: str, doc: str, *, keep: str) -> bool:
        """Forget that other content named ``doc`` was seen at ``source``; True if any was."""
        params = {"source": source, "doc": doc, "keep": keep}
        old_ids = [row[0] for row in self._conn.execute(SELECT_IDS_AT_SOURCE, params)]
        for old_id in old_ids:
            self._conn.execute(DELETE_SOURCE, (old_id, source))
            other = self._conn.execute(SELECT_OTHER_SOURCE, (old_id,)).fetchone()
            if other is None:
                self._conn.execute(DELETE_DOCUMENT, (old_id,))
                self._conn.execute(merged.SET_DIRTY, ("1",))
                self._conn.execute(merged.SET_FULL)
            else:
                self._conn.execute(UPDATE_PRIMARY_SOURCE, (other[0], old_id, source))
        return bool(old_ids)

    def _article_params(self, article: Article) -> dict[str, object]:
        params: dict[str, object] = {
            "id": article.id,
            "doc": article.doc,
            "source": article.source,
            "kind": article.kind,
            "text": article.text,
            "words": article.words,
            "raw": article.raw,
            "bytes": len(article.raw),
            "ingested_at": self._clock(),
            "notes": "\n".join(article.notes) or None,
        }
        for name in METADATA_FIELDS:
            value: Field = getattr(article.meta, name)
            params[name] = value.value
            params[f"{name}_basis"] = value.basis
        return params

    def _rejection_params(self, rejection: Rejection) -> dict[str, object]:
        raw = rejection.raw
        return {
            "id": rejection.id,
            "doc": rejection.doc,
            "source": rejection.source,
            "kind": rejection.kind,
            "reason": rejection.reason,
            "raw": raw,
            "bytes": None if raw is None else len(raw),
            "ingested_at": self._clock(),
        }
