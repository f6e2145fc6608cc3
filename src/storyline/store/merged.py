"""SQL for copies, stories and merged events (schema v3), shared by the writer and the reader."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from storyline.actors.names import ActorKind
from storyline.records import Event, MergedEvent
from storyline.store.schema import INDEX_EVENT_TEXT, STORY_DAY, STORY_PUBLISHED

UPSERT_SIGNATURE = """
INSERT INTO signatures (doc_id, minhash, original_id, similarity) VALUES (?, ?, ?, ?)
ON CONFLICT (doc_id) DO UPDATE SET minhash = excluded.minhash,
    original_id = excluded.original_id, similarity = excluded.similarity"""
UPSERT_STORY = """
INSERT INTO stories (doc_id, story, day, profile) VALUES (?, ?, ?, ?)
ON CONFLICT (doc_id) DO UPDATE SET story = excluded.story, day = excluded.day,
    profile = excluded.profile"""
UPSERT_MERGED = """
INSERT INTO merged (id, date, type, reports, data) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET date = excluded.date, type = excluded.type,
    reports = excluded.reports, data = excluded.data"""
UPSERT_MEMBER = """
INSERT INTO merged_members (event_id, merged_id, doc_id, story, main) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (event_id) DO UPDATE SET merged_id = excluded.merged_id, doc_id = excluded.doc_id,
    story = excluded.story, main = excluded.main"""
DELETE_ACTORS = "DELETE FROM merged_actors WHERE merged_id = ?"
INSERT_ACTOR = "INSERT OR IGNORE INTO merged_actors (actor, merged_id) VALUES (?, ?)"
DELETE_MEMBER = "DELETE FROM merged_members WHERE event_id = ?"
DELETE_EMPTY_MERGED = (
    "DELETE FROM merged WHERE id NOT IN (SELECT DISTINCT merged_id FROM merged_members)"
)
ADD_TEXT_KEY = "INSERT OR IGNORE INTO merged_text (merged_id) VALUES (?)"
DELETE_TEXT = (
    "DELETE FROM merged_fts WHERE rowid = (SELECT seq FROM merged_text WHERE merged_id = ?)"
)
WRITE_TEXT = INDEX_EVENT_TEXT + " WHERE t.merged_id = ?"
DELETE_GONE_TEXT = """
DELETE FROM merged_fts WHERE rowid IN (
    SELECT t.seq FROM merged_text AS t LEFT JOIN merged AS m ON m.id = t.merged_id
    WHERE m.id IS NULL)"""
DELETE_GONE_TEXT_KEYS = "DELETE FROM merged_text WHERE merged_id NOT IN (SELECT id FROM merged)"

CANONICAL = "coalesce(d.published, '9999'), d.id"
"""The order in which what one run brings is checked for copies, read and merged: by
publication date, then id, never by when each was ingested, so that the store is the same
whatever order the files were given in (and of two copies found in one run, the one published
first is the original)."""
SELECT_UNSIGNED = f"""
SELECT d.id, d.text FROM documents AS d
WHERE d.id IN (SELECT u.id FROM documents AS u
               WHERE NOT EXISTS (SELECT 1 FROM signatures AS s WHERE s.doc_id = u.id))
  AND d.status = 'ok' ORDER BY {CANONICAL}"""
"""The articles not yet checked for copies, found as every list of what a merge has not
yet seen is (articles unchecked or ungrouped, reports unplaced): by the ids alone, in the
primary key's index, and only what that finds read whole (here its status and text). A
``documents`` row holds the text and the raw bytes, an ``events`` row the report, and joined
the plain way SQLite read every stored one (in a store of 50,000 articles, 0.1 s an article
query, 0.24 s for the reports)."""
SELECT_SIGNATURES = """
SELECT s.doc_id, s.minhash, s.original_id FROM signatures AS s
JOIN documents AS d ON d.id = s.doc_id WHERE s.minhash IS NOT NULL AND d.status = 'ok'
ORDER BY d.seq"""
SELECT_BAND_MATES = """
SELECT DISTINCT s.doc_id, s.minhash, s.original_id, d.seq FROM signature_bands AS b
JOIN signatures AS s ON s.doc_id = b.doc_id JOIN documents AS d ON d.id = s.doc_id
WHERE ({bands}) AND s.minhash IS NOT NULL AND d.status = 'ok'
ORDER BY d.seq"""
"""The checked articles (of :data:`SELECT_SIGNATURES`) that share a band with a signature
(``{bands}``: :data:`BAND_IS` per band, joined by OR, so that each is a search of the primary
key: a row-value ``IN`` list scans every band), in ingestion order."""
BAND_IS = "(b.band = ? AND b.bucket = ?)"
SELECT_COPIES = f"""
SELECT s.doc_id, s.original_id, s.similarity FROM signatures AS s
JOIN documents AS d ON d.id = s.doc_id WHERE s.original_id IS NOT NULL ORDER BY {CANONICAL}"""
SELECT_STORIES = """
SELECT s.doc_id, s.story, s.day, d.published, s.profile FROM stories AS s
JOIN documents AS d ON d.id = s.doc_id WHERE d.status = 'ok' ORDER BY d.seq"""
SELECT_STORY_TIMES = """
SELECT s.doc_id, s.story, s.day, d.published FROM stories AS s
JOIN documents AS d ON d.id = s.doc_id WHERE d.status = 'ok' ORDER BY d.seq"""
"""Every grouped article's story, main event day and publication date (no profile)."""
SELECT_STORIES_MEETING = f"""
SELECT DISTINCT story FROM stories INDEXED BY stories_times
WHERE (day IS NOT NULL AND NOT {STORY_DAY})
   OR (day IS NULL AND (NOT {STORY_PUBLISHED} OR :unpublished
                        OR published BETWEEN :published_from AND :published_to))
   OR ({STORY_DAY} AND day IN (SELECT value FROM json_each(:days)))
   OR ({STORY_DAY} AND :undated AND (NOT {STORY_PUBLISHED}
                                     OR published BETWEEN :undated_from AND :undated_to))"""
"""The stories that hold an article a batch's articles may be compared with, and some more:
by :meth:`storyline.merge.stories.Window.may_meet`, with the days of its ``published`` and
``undated_published`` as one span each from the first to the last (``:published_from`` ..),
and any day or publication date not written as a day taken to meet. Read from the
``stories_times`` index (schema 12), not from the rows (each holds a profile)."""
SELECT_STORY_MEMBERS = """
SELECT s.doc_id, s.story, s.day, d.published, d.seq FROM stories AS s
JOIN documents AS d ON d.id = s.doc_id WHERE d.status = 'ok' AND s.story IN ({marks})"""
"""The grouped articles of some stories (those of :data:`SELECT_STORY_TIMES`), with their
place in ingestion order."""
SELECT_STORIES_OF = """
SELECT s.doc_id, s.story FROM stories AS s JOIN documents AS d ON d.id = s.doc_id
WHERE d.status = 'ok' AND s.doc_id IN ({marks})"""
COUNT_STORIES = """
SELECT (SELECT count(*) FROM stories),
    (SELECT count(*) FROM documents AS d INDEXED BY documents_not_ok
     JOIN stories AS s ON s.doc_id = d.id WHERE d.status != 'ok')"""
"""How many articles are grouped, and how many of them are no longer stored as articles (see
:data:`SELECT_STORIES_OUTSIDE`): the latter found by the ``documents_not_ok`` index (schema
12), so neither count reads a document. (A story row always has its document: deleting one
deletes its story.)"""
SELECT_PROFILES = "SELECT doc_id, profile FROM stories WHERE doc_id IN ({marks})"
SELECT_PROFILES_SHARING = """
SELECT doc_id, profile FROM stories
WHERE (EXISTS (SELECT 1 FROM json_each(profile, '$.terms')
               WHERE key IN (SELECT value FROM json_each(?)))
    OR EXISTS (SELECT 1 FROM json_each(profile, '$.names')
               WHERE key IN (SELECT value FROM json_each(?))))
  AND doc_id IN ({marks})"""
"""The profiles, of those asked for, that hold one of some terms (a JSON array) or names (a
second one): looked at in SQLite, so the others are never parsed in Python."""
SELECT_TERM_DOCS = "SELECT term, docs FROM story_terms WHERE bag = ? AND term IN ({marks})"
SELECT_STORIES_OUTSIDE = """
SELECT EXISTS (SELECT 1 FROM stories AS s JOIN documents AS d ON d.id = s.doc_id
               WHERE d.status != 'ok')"""
"""Whether a story row belongs to an article no longer stored as one (the frequencies in
``story_terms`` then count it, and grouping reads every profile instead)."""
SELECT_MEMBERS = """
SELECT m.event_id, m.merged_id, m.doc_id, m.story, m.main, e.data FROM merged_members AS m
LEFT JOIN events AS e ON e.id = m.event_id
LEFT JOIN documents AS d ON d.id = m.doc_id ORDER BY m.rowid"""
SELECT_PLACEMENTS = """
SELECT m.event_id, m.merged_id, m.doc_id, m.story, m.main, e.type, e.date,
    e.data ->> 'date_precision', e.background
FROM merged_members AS m LEFT JOIN events AS e ON e.id = m.event_id ORDER BY m.rowid"""
"""Where every placed report went, in placing order, with what files it in the merger's index
besides its people (type, date, background), read in SQLite: the reports are not parsed."""
SELECT_MEMBERS_OF = """
SELECT m.rowid, m.event_id, m.merged_id, m.doc_id, m.story, m.main, e.data
FROM merged_members AS m LEFT JOIN events AS e ON e.id = m.event_id
WHERE m.merged_id IN ({marks})"""
SELECT_GONE_MEMBER = """
SELECT EXISTS (SELECT 1 FROM merged_members AS m LEFT JOIN events AS e ON e.id = m.event_id
               WHERE e.id IS NULL)"""
SELECT_MENTIONS = "SELECT event_id, name, kind, org FROM mentions ORDER BY event_id, position"
"""Every stored report's actors, by report id (the order names are added in), as the
``mentions`` table holds them (no report is parsed)."""
_SPELLINGS = """
SELECT s.name, s.kind, s.times, s.first,
    (SELECT min(m.position) FROM mentions AS m
     WHERE m.event_id = s.first AND m.name IS s.name AND m.kind IS s.kind)
FROM (SELECT name, kind, count(*) AS times, min(event_id) AS first FROM mentions
      WHERE event_id {among} (SELECT value FROM json_each(?)) GROUP BY name, kind) AS s
ORDER BY s.first, 5"""
SELECT_SPELLINGS_BESIDES = _SPELLINGS.format(among="NOT IN")
"""Each (name, kind) the reports but some (a JSON array of ids) give an actor, with how many
times and where first (report id, position), in the order first given."""
SELECT_SPELLINGS_OF = _SPELLINGS.format(among="IN")
"""The same, of only some reports."""
SELECT_SPELLED = """
SELECT DISTINCT m.event_id FROM json_each(?) AS w
JOIN mentions AS m ON m.name = w.value ->> 0 AND m.kind = w.value ->> 1
WHERE m.event_id NOT IN (SELECT value FROM json_each(?))"""
"""The reports (but some) that give an actor one of some spellings (a JSON array of [name,
kind] pairs), looked up by spelling."""
SELECT_SPELLING_ORGS = "SELECT DISTINCT name, kind, org FROM mentions"
"""Each (name, kind, organisation) an actor of a stored report is given."""
_PLACED = """
SELECT p.rowid, p.event_id, p.merged_id, p.doc_id, p.story, p.main, e.type, e.date,
    e.data ->> 'date_precision', e.background"""
"""What files a placed report in the merger's index: its type, date and background from the
``events`` columns the writer fills from the same record as the row, and only the date's
precision from the row. Each ``->>`` parses the whole row again (a report's row is a few
kilobytes): four of them over the 23,000 placements a batch reads in a store of 50,000
articles were most of the query."""
_PLACED_FROM = "merged_members AS p LEFT JOIN events AS e ON e.id = p.event_id"
_SPELLED = """
SELECT p.rowid, p.event_id, p.merged_id, p.doc_id, p.story, p.main, m.type, m.filed,
    m.background, m.name, m.kind, m.org FROM json_each(?1) AS w
JOIN mentions AS m ON m.name = w.value ->> 0 AND m.kind = w.value ->> 1
    AND m.org IS w.value ->> 2"""
_SPELLED_PLACED = "JOIN merged_members AS p ON p.event_id = m.event_id"
SELECT_PLACEMENTS_SPELLED = f"{_SPELLED}\n{_SPELLED_PLACED}"
"""Placements (with their place in placing order, ``rowid``) of the reports that give an actor
one of some (name, kind, organisation) spellings (a JSON array of triples), each with the
spelling and what files the report in the merger's index (type, bucket, background: schema
13's ``mentions`` columns, in the spelling index): looked up by spelling, the others are
not read, nor any report's ``events`` row."""
SELECT_PLACEMENTS_SPELLED_WITHIN = f"""{_SPELLED}
    AND m.filed IN (SELECT value FROM json_each(?2))
{_SPELLED_PLACED}"""
"""The same, of only the reports filed in one of some buckets (a second JSON array: "?" for
undated, a year, a month; :func:`storyline.merge.assign.bucket`), looked up by spelling and
bucket (schema 11's ``mentions.filed``): a name's reports of other months are not read."""
SELECT_PLACEMENTS_SPELLED_EACH = f"""{_SPELLED}
    AND m.filed = w.value ->> 3
{_SPELLED_PLACED}"""
"""The same, of each spelling only the reports filed in its own buckets (a JSON array of
[name, kind, organisation, bucket]): looked up by spelling and bucket, a name's reports of the
months only other names are looked for in are not read."""
SELECT_PLACEMENTS_SPELLED_AS = f"""{_SPELLED}
    AND m.type = w.value ->> 3 AND m.background = w.value ->> 4
{_SPELLED_PLACED}"""
"""The same, in every bucket, of each spelling only the reports of some types and background
(a JSON array of [name, kind, organisation, type, background]): a report whose type no report
looks for under the name in every bucket is neither joined with its placement nor read."""
PlacedBy = Literal["event", "doc", "merged", "doc main"]
_PLACED_ONLY = "SELECT rowid, event_id, merged_id, doc_id, story, main FROM merged_members"
SELECT_PLACEMENTS_BY: dict[PlacedBy, str] = {
    "event": f"{_PLACED_ONLY} WHERE event_id IN ({{marks}})",
    "doc": f"{_PLACED_ONLY} WHERE doc_id IN ({{marks}})",
    "merged": f"{_PLACED_ONLY} WHERE merged_id IN ({{marks}})",
    "doc main": f"{_PLACED_ONLY} WHERE doc_id IN ({{marks}}) AND main",
}
"""Placements (with ``rowid``; where they went, not what files them) of some reports, of the
reports of some articles, of those in some merged events, or of the main reports of some
articles (each by an index)."""
SELECT_PLACEMENTS_IN = f"""{_PLACED} FROM {_PLACED_FROM}
WHERE p.merged_id IN ({{marks}})"""
"""Placements (with ``rowid``) of the reports in some merged events, with what files each."""
SELECT_MAIN_PLACEMENTS = f"""{_PLACED} FROM {_PLACED_FROM}
WHERE p.story IN ({{marks}}) AND p.main"""
"""Placements (with ``rowid``) of the main reports of some stories."""


SELECT_UNMERGED = f"""
SELECT e.id, e.doc_id, e.data FROM events AS e JOIN documents AS d ON d.id = e.doc_id
WHERE e.id IN (SELECT u.id FROM events AS u
               WHERE NOT EXISTS (SELECT 1 FROM merged_members AS m WHERE m.event_id = u.id))
ORDER BY {CANONICAL}, e.position"""
"""The reports not yet placed, in the canonical order (found as :data:`SELECT_UNSIGNED` says)."""
SET_STATE = "INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)"
SELECT_STATE = "SELECT value FROM state WHERE key = ?"
SET_DIRTY = "INSERT OR REPLACE INTO state (key, value) VALUES ('merge_dirty', ?)"
SET_FULL = "INSERT OR REPLACE INTO state (key, value) VALUES ('merge_full', '1')"
"""Set by a write that changes what merged events a merge does not touch may show (an article
re-read or deleted, copies of a gone article checked again): the next merge combines every
event again."""
CLEAR_FULL = "DELETE FROM state WHERE key = 'merge_full'"
SELECT_FULL = "SELECT EXISTS (SELECT 1 FROM state WHERE key = 'merge_full')"
SELECT_HAD_EVENTS = "SELECT EXISTS (SELECT 1 FROM events WHERE doc_id = ?)"
DELETE_COPIES_OF_GONE = """
DELETE FROM signatures INDEXED BY signatures_original WHERE original_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM documents AS d WHERE d.id = original_id AND d.status = 'ok')"""
"""Copies of an article gone or rejected: the copies found by their index, each original
looked up by id. ``NOT IN`` a list of every stored article's id made the list first, and
without the index every signature row was read (0.11 s in a store of 50,000 articles)."""
DELETE_ANALYSIS_OF_COPY = "DELETE FROM analyses WHERE doc_id = ?"
DELETE_SIGNATURES_OF = "DELETE FROM signatures WHERE doc_id = :id OR original_id = :id"
DELETE_STORY_OF = "DELETE FROM stories WHERE doc_id = :id"
MERGE_PENDING = (
    "SELECT EXISTS (SELECT 1 FROM state WHERE key = 'merge_dirty' AND value = '1')",
    """SELECT EXISTS (SELECT 1 FROM events AS e LEFT JOIN merged_members AS m
                      ON m.event_id = e.id WHERE m.event_id IS NULL)""",
    """SELECT EXISTS (SELECT 1 FROM merged_members AS m LEFT JOIN events AS e
                      ON e.id = m.event_id WHERE e.id IS NULL)""",
    """SELECT EXISTS (SELECT 1 FROM documents AS d
               WHERE d.id IN (SELECT u.id FROM documents AS u
                              LEFT JOIN stories AS s ON s.doc_id = u.id
                              LEFT JOIN signatures AS c ON c.doc_id = u.id
                              WHERE s.doc_id IS NULL AND c.original_id IS NULL)
                 AND d.status = 'ok')""",
)
"""Whether a merge has anything left to do: the store marked dirty, a report not placed, a
placed report gone, or an article neither grouped nor a copy (found as
:data:`SELECT_UNSIGNED` says); asked one at a time, the first that holds answering (SQLite
works out every term of an ``OR`` of subqueries, each a scan of the store when false)."""
SELECT_ACTOR_NAMES = """
WITH RECURSIVE names (actor) AS (
    SELECT min(actor) FROM merged_actors
    UNION ALL
    SELECT (SELECT min(actor) FROM merged_actors AS a WHERE a.actor > names.actor) FROM names
    WHERE names.actor IS NOT NULL
) SELECT actor FROM names WHERE actor IS NOT NULL"""
"""The distinct names, one seek in the primary key per name: ``SELECT DISTINCT`` would read
every (name, event) row (300,000 over 100,000 events) to find a few hundred names."""
SELECT_MERGED_DATA = "SELECT id, data FROM merged"
SELECT_MERGED_DATA_OF = "SELECT id, data FROM merged WHERE id IN ({marks})"
SELECT_MERGED = "SELECT data FROM merged ORDER BY coalesce(date, '9999'), id"
SELECT_MERGED_WITH = (
    "SELECT m.data FROM merged AS m WHERE {where} ORDER BY coalesce(m.date, '9999'), m.id"
)
PARTICIPANT = "m.id IN (SELECT merged_id FROM merged_actors WHERE {alternatives})"
NAME_IS = "actor = ?"


def participants_sql(participants: Sequence[Sequence[str]]) -> tuple[str, list[str]]:
    """SQL for merged events that have, for each participant, an actor whose folded name or
    organisation is one of its (non-empty) alternatives."""
    clauses, params = [], []
    for alternatives in participants:
        clauses.append(PARTICIPANT.format(alternatives=" OR ".join([NAME_IS] * len(alternatives))))
        params += list(alternatives)
    return SELECT_MERGED_WITH.format(where=" AND ".join(clauses) or "1"), params


SELECT_DOC_LINKS = """
SELECT d.id, coalesce(s.original_id, d.id) AS reader, o.doc AS duplicate_of, st.story,
    (SELECT mm.merged_id FROM merged_members AS mm
     WHERE mm.doc_id = coalesce(s.original_id, d.id) AND mm.main = 1
     ORDER BY mm.rowid LIMIT 1) AS own
FROM documents AS d LEFT JOIN signatures AS s ON s.doc_id = d.id
LEFT JOIN documents AS o ON o.id = s.original_id
LEFT JOIN stories AS st ON st.doc_id = coalesce(s.original_id, d.id)"""
SELECT_DOC_MEMBERS = """
SELECT doc_id, merged_id FROM merged_members ORDER BY doc_id, main DESC, rowid"""
"""Where each article's reports went: its main report's merged event first."""
SELECT_STORY_MAINS = """
SELECT story, merged_id, count(*) AS n, min(rowid) AS first FROM merged_members
WHERE main = 1 AND story IS NOT NULL GROUP BY story, merged_id ORDER BY story, n DESC, first"""


@dataclass(frozen=True)
class StoryTimes:
    """When a batch's articles are, as :data:`SELECT_STORIES_MEETING` looks for the stories
    they may join: the main event days an earlier article's may be (YYYY-MM-DD); the first
    and last publication day an earlier article of no day may have, unless one of the batch
    has none (``unpublished``: then any may); whether an article of the batch has no day
    (``undated``), and the first and last publication day an earlier article may then have."""

    days: Sequence[str]
    published: tuple[str, str] | None
    unpublished: bool
    undated: bool
    undated_published: tuple[str, str] | None

    def params(self) -> dict[str, object]:
        """The query's parameters."""
        published = self.published or (None, None)
        undated = self.undated_published or (None, None)
        return {
            "days": json.dumps(sorted(self.days)),
            "published_from": published[0],
            "published_to": published[1],
            "unpublished": self.unpublished,
            "undated": self.undated,
            "undated_from": undated[0],
            "undated_to": undated[1],
        }


@dataclass(frozen=True)
class Member:
    """A per-article event placed in a merged event by an earlier run (``event`` is None when
    the article was read again since and the event is gone)."""

    event_id: str
    merged_id: str
    doc_id: str
    story: str | None
    main: bool
    event: Event | None


@dataclass(frozen=True)
class Spelling:
    """How the stored reports (or some of them) spell an actor: a (name, kind), how many
    times, and where first (report id, the actor's position in it)."""

    name: str
    kind: ActorKind
    times: int
    first: tuple[str, int]


@dataclass(frozen=True)
class Placement:
    """Where a report was placed by an earlier run (a :class:`Member` without the report)."""

    event_id: str
    merged_id: str
    doc_id: str
    story: str | None
    main: bool
    type: str = ""
    date: str | None = None
    precision: str | None = None
    background: bool = False
    filed: str | None = None
    """The bucket the merger files the report under, read in place of its date where the
    placement was found by spelling (:data:`SELECT_PLACEMENTS_SPELLED`: date and precision
    are then not read)."""


def write_merged(
    conn: sqlite3.Connection,
    events: Sequence[MergedEvent],
    members: Iterable[tuple[str, str, str, str | None, bool]],
    actors: dict[str, set[str]],
) -> None:
    """Write merged events, their full text, their members and their participants' folded
    names."""
    for event in events:
        data = json.dumps(event.export_row(), ensure_ascii=False)
        conn.execute(UPSERT_MERGED, (event.id, event.date.value, event.type, event.reports, data))
    keys = [(event.id,) for event in events]
    conn.executemany(ADD_TEXT_KEY, keys)
    conn.executemany(DELETE_TEXT, keys)
    conn.executemany(WRITE_TEXT, keys)
    conn.executemany(UPSERT_MEMBER, members)
    for event_id, names in actors.items():
        conn.execute(DELETE_ACTORS, (event_id,))
        conn.executemany(INSERT_ACTOR, [(name, event_id) for name in sorted(names)])


def delete_empty(conn: sqlite3.Connection) -> None:
    """Delete the merged events no report is placed in any more, with their full text."""
    if conn.execute(DELETE_EMPTY_MERGED).rowcount:
        conn.execute(DELETE_GONE_TEXT)
        conn.execute(DELETE_GONE_TEXT_KEYS)


def members_of(rows: Iterable[tuple[Any, ...]]) -> list[Member]:
    """The members of :data:`SELECT_MEMBERS_OF` rows, in placing order."""
    found = []
    for _, event_id, merged_id, doc_id, story, main, data in sorted(rows, key=lambda r: r[0]):
        event = Event.from_row(json.loads(data)) if data is not None else None
        found.append(Member(event_id, merged_id, doc_id, story, bool(main), event))
    return found


def read_members(conn: sqlite3.Connection) -> Iterator[Member]:
    """Every placed per-article event, in the order they were placed."""
    for event_id, merged_id, doc_id, story, main, data in conn.execute(SELECT_MEMBERS):
        event = Event.from_row(json.loads(data)) if data is not None else None
        yield Member(event_id, merged_id, doc_id, story, bool(main), event)
