"""What a store still lacks that ``ingest`` and ``reprocess`` leave done, found without writing.

``ingest`` and ``reprocess`` end by bringing the store up to date
(:func:`storyline.merge.run.catch_up`): every article checked for copies and read by this
extractor with the event registry and actors file in force, every report merged. Read
commands and the web server never write, so a store left behind (written by an older
storyline, ingested with ``--no-events``, a run killed midway) is shown as it is, with one
note saying what is stale and which command brings it up to date (:func:`staleness`,
:meth:`Staleness.note`).

Nothing heavy is loaded here (no spaCy, datasketch or scipy), so a read of an up-to-date store
starts at once; the extractor's version and registry are loaded only to answer
:func:`staleness` (``docs`` and ``show`` need neither).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from storyline.errors import Code, StoreError, UsageError
from storyline.store.reader import Store
from storyline.store.schema import BROWSE_FROM_VERSION, MIGRATIONS, SCHEMA_VERSION
from storyline.wording import plural

ACTORS_STATE = "actors"
"""Store state key: the text of the actors file events were last read with (latin-1, so any
bytes survive)."""
UPDATE_COMMAND = "storyline reprocess"
"""The command that brings any readable store up to date (it migrates, reads and merges)."""


@dataclass(frozen=True)
class Staleness:
    """How far a store is from what ``ingest`` and ``reprocess`` leave: its schema version,
    articles never read (``new``: not checked for copies or not read for events), articles
    read by an older storyline (``outdated``: another extractor version, event registry or
    actors file than the one in force), and reports not merged (``unmerged``)."""

    schema: int
    new: int = 0
    outdated: int = 0
    unmerged: bool = False

    @property
    def readable(self) -> bool:
        """Whether this storyline can read the store without migrating it first."""
        return self.schema >= BROWSE_FROM_VERSION

    @property
    def up_to_date(self) -> bool:
        """Whether nothing is left to migrate, read or merge."""
        return self.schema == SCHEMA_VERSION and not (self.new or self.outdated or self.unmerged)

    def stale(self) -> list[str]:
        """What is stale, one phrase each, most pressing first (none when up to date)."""
        parts = []
        if self.outdated:
            parts.append(f"{_articles(self.outdated, 'was', 'were')} read by an older storyline")
        if self.new:
            parts.append(
                f"{_articles(self.new, 'is', 'are')} not yet checked for copies or read for events"
            )
        if self.unmerged and not parts:  # articles left to read leave their merge to do too
            parts.append("some reports are not merged into events yet")
        if self.readable and self.schema < SCHEMA_VERSION:
            missing = ", ".join(m.description for m in MIGRATIONS[self.schema : SCHEMA_VERSION])
            parts.append(f"it lacks {missing} (schema {self.schema} of {SCHEMA_VERSION})")
        return parts

    def note(self, db: Path) -> str | None:
        """One line saying what is stale and which command brings the store at ``db`` up to
        date, or None when nothing is."""
        parts = self.stale()
        if not parts:
            return None
        what = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
        return (
            f"this store is not up to date: {what}. It is shown as it is; run "
            f"`{update_command(db)}` to bring it up to date"
        )

    def unreadable(self, db: Path) -> StoreError:
        """The error to raise when the schema is too old to read without migrating (or there
        is none yet: an ingest is creating the file)."""
        if self.schema == 0:
            return StoreError(f"no database at {db} yet; run `storyline ingest` first")
        return StoreError(
            f"{db} was written by an older storyline (schema {self.schema}; this one reads "
            f"{BROWSE_FROM_VERSION} and later): run `{update_command(db)}` once",
            code=Code.E012,
        )


def _articles(count: int, verb: str, verbs: str) -> str:
    """``1 article was``, ``3 articles were``."""
    return f"{plural(count, 'article')} {verb if count == 1 else verbs}"


def update_command(db: Path) -> str:
    """The command line that brings the store at ``db`` up to date."""
    return f"{UPDATE_COMMAND} --db {db}"


def staleness(store: Store) -> Staleness:
    """What ``store`` still lacks, read in a few queries (nothing is written)."""
    from storyline.events.run import EXTRACTOR_VERSION, key_of

    schema = store.schema_version()
    if schema < BROWSE_FROM_VERSION:
        return Staleness(schema)
    new, outdated = store.unread(EXTRACTOR_VERSION, key_of(_actors_in_force(store)))
    return Staleness(schema, new, outdated, store.merge_pending())


def _actors_in_force(store: Store) -> bytes | None:
    remembered = store.state(ACTORS_STATE)
    return None if remembered is None else remembered.encode("latin-1")


def check_actors(store: Store, actors_file: Path) -> None:
    """Raise :class:`UsageError` unless the store's events were read with ``actors_file``
    (the text of the file given last is kept in the store): a read command shows what the
    store holds, and applying another file means reading the articles again, which only
    ``ingest`` and ``reprocess`` do."""
    if actors_file.read_bytes() == _actors_in_force(store):
        return
    raise UsageError(
        f"the store's events were read with another actors file than {actors_file} (or "
        f"none), and a read command does not read them again: run `{UPDATE_COMMAND} "
        f"--actors {actors_file} --db {store.path}` first"
    )
