"""Hand-built records for store tests: no other storyline stage is needed."""

from __future__ import annotations

import sqlite3

from storyline.records import Article, Field, Kind, Metadata, Rejection, content_id

FIXED_TIME = "2025-02-05T12:00:00+00:00"


def fixed_clock() -> str:
    """A clock for :class:`storyline.store.Writer` that always says the same time."""
    return FIXED_TIME


def article(
    text: str = "Ministers met in Baghdad on Tuesday.",
    *,
    source: str = "pages/a.txt",
    doc: str | None = None,
    title: str | None = "Ministers meet",
    kind: Kind = "pagedump",
    raw: bytes | None = None,
) -> Article:
    """An article whose raw bytes default to its title and text, so the id follows the text."""
    raw = raw if raw is not None else f"{title}\n{text}".encode()
    return Article(
        id=content_id(raw),
        doc=doc or source.rsplit("/", 1)[-1].split(".", 1)[0],
        source=source,
        kind=kind,
        text=text,
        meta=Metadata(
            title=Field(title, "title" if title else None),
            published=Field("2025-02-04", "dateline"),
            lang=Field("en", "text"),
        ),
        raw=raw,
    )


def rejection(
    raw: bytes | None = b"",
    *,
    source: str = "pages/a.txt",
    reason: str = "E102 empty input",
    doc: str | None = None,
) -> Rejection:
    """A rejection; ``raw=None`` stands for an unreadable path."""
    return Rejection(
        doc=doc or source.rsplit("/", 1)[-1].split(".", 1)[0],
        source=source,
        reason=reason,
        raw=raw,
        kind=None if raw is None else "pagedump",
    )


def drop_learned_offices(conn: sqlite3.Connection) -> None:
    """Undo schema version 15 (the office table learned from the stored reports), as an
    older store lacks it."""
    for trigger in ("event_insert", "event_delete", "event_update", "reorder"):
        conn.execute(f"DROP TRIGGER learned_offices_{trigger}")
    conn.execute("DROP TABLE learned_offices")


def drop_packed_stories(conn: sqlite3.Connection) -> None:
    """Undo schema versions 14 (story profiles packed as numbers) and 15, as an older store
    lacks them."""
    drop_learned_offices(conn)
    for trigger in ("story_packed_delete", "story_packed_update"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE story_packed")
    conn.execute("DROP TABLE story_vocab")


def drop_story_times(conn: sqlite3.Connection) -> None:
    """Undo schema versions 12 (grouped articles by their days) and 14, as an older store
    lacks them."""
    drop_packed_stories(conn)
    for trigger in ("stories_published_insert", "stories_published_update"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP INDEX stories_times")
    conn.execute("DROP INDEX documents_not_ok")
    conn.execute("ALTER TABLE stories DROP COLUMN published")


def drop_mentions(conn: sqlite3.Connection) -> None:
    """Undo schema versions 10 (stored reports' actors by spelling), 11, 12 and 13, as an
    older store lacks them."""
    drop_story_times(conn)
    for trigger in ("mentions_insert", "mentions_delete", "mentions_update"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE mentions")
    conn.execute("DROP INDEX merged_members_story")


def drop_signature_bands(conn: sqlite3.Connection) -> None:
    """Undo schema versions 9 (the copy check's index of signature bands) and 10, as an older
    store lacks them."""
    drop_mentions(conn)
    for trigger in ("signature_bands_insert", "signature_bands_delete", "signature_bands_update"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE signature_bands")


def drop_story_terms(conn: sqlite3.Connection) -> None:
    """Undo schema versions 8 (document frequencies of story terms) and 9, as an older store
    lacks them."""
    drop_signature_bands(conn)
    for trigger in ("story_terms_insert", "story_terms_delete", "story_terms_update"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE story_terms")
