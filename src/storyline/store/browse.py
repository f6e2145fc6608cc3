"""SQL for browsing merged events page by page (the web app), over the schema v3 tables.

A :class:`Sieve` holds the filters SQL answers with indexes or one pass over the rows: a date
window, a PLOVER type, an outlet, a language, a full-text match over the reporting documents
and, optionally, participants (folded names, as :func:`storyline.store.merged.participants_sql`
takes them) and a text the event's JSON must contain. Events come in timeline order: by date
value (a month before the days in it), undated last, then by id. Only the ids are sorted; the
JSON rows of one page are read afterwards, so a page of a 100,000-event store sorts keys, not
documents.

An event's date is a period: "2025" runs from 2025-01-01 to 2025-12-31 and "2025-02" through
February. The window keeps the events whose period overlaps it, as the timeline's
``select`` does: the period starts at ``substr(date || '-01-01', 1, 10)`` and ends at
``date || '-12-31'`` (a year), ``date || '-31'`` (a month) or the day itself, compared as ISO
strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from storyline.store.search import event_match

PERIOD_START = "substr(m.date || '-01-01', 1, 10)"
PERIOD_END = (
    "CASE length(m.date) WHEN 4 THEN m.date || '-12-31' WHEN 7 THEN m.date || '-31' ELSE m.date END"
)
ORDER = "m.date IS NULL, m.date, m.id"

WINDOW = (
    "m.date <= :last AND m.date >= substr(:first, 1, 4) "
    f"AND {PERIOD_START} <= :last AND {PERIOD_END} >= :first"
)
"""The first two terms follow from the last two (a date as text is never after its period's
start, and its year is never before its period's end's): they let the date index narrow."""
PLOVER = "json_extract(m.data, '$.plover.type') = :plover"
OUTLET = "EXISTS (SELECT 1 FROM json_each(m.data, '$.outlets') AS o WHERE o.value = :outlet)"
LANG = """m.id IN (SELECT mm.merged_id FROM merged_members AS mm
    JOIN documents AS d ON d.id = mm.doc_id WHERE d.lang = :lang)"""
CONTAINS = "instr(lower(m.data), :contains) > 0"
PARTICIPANT = "m.id IN (SELECT merged_id FROM merged_actors WHERE actor IN ({names}))"

SELECT_PAGE = f"""
SELECT m.data FROM merged AS m WHERE m.id IN (
    SELECT m.id FROM merged AS m WHERE {{where}} ORDER BY {ORDER} LIMIT :limit OFFSET :offset
) ORDER BY {ORDER}"""
SELECT_ALL = f"SELECT m.data FROM merged AS m WHERE {{where}} ORDER BY {ORDER}"
COUNT = "SELECT count(*) FROM merged AS m WHERE {where}"
MONTHS = """
SELECT substr(m.date, 1, 7) AS month, json_extract(m.data, '$.plover.type'), count(*)
FROM merged AS m WHERE {where} AND length(m.date) >= 7 GROUP BY 1, 2 ORDER BY 1, 2"""
SELECT_EVENT = "SELECT data FROM merged WHERE id = ?"
SELECT_DOC_EVENTS = f"""
SELECT m.data FROM merged AS m WHERE m.id IN (
    SELECT merged_id FROM merged_members WHERE doc_id = :id
        OR doc_id = (SELECT original_id FROM signatures WHERE doc_id = :id))
ORDER BY {ORDER}"""
"""The merged events a document's reports joined and, for a copy, those of its original (the
caller keeps those that list the copy among their sources)."""
SELECT_OUTLETS = """
SELECT DISTINCT outlet FROM documents WHERE status = 'ok' AND outlet IS NOT NULL
ORDER BY outlet"""
SELECT_LANGS = """
SELECT DISTINCT lang FROM documents WHERE status = 'ok' AND lang IS NOT NULL ORDER BY lang"""
SELECT_PLOVERS = """
SELECT DISTINCT json_extract(data, '$.plover.type') AS p FROM merged WHERE p IS NOT NULL
ORDER BY p"""
SELECT_COPIES_OF = """
SELECT d.id, d.doc, s.similarity FROM signatures AS s JOIN documents AS d ON d.id = s.doc_id
WHERE s.original_id = ? ORDER BY d.seq"""
SELECT_ORIGINAL = """
SELECT d.id, d.doc, s.similarity FROM signatures AS s JOIN documents AS d ON d.id = s.original_id
WHERE s.doc_id = ?"""


@dataclass(frozen=True)
class Sieve:
    """Filters answered in SQL; a field left None lets every event through.

    ``first``/``last`` are ISO days, both inclusive (an open end is ``0000-01-01`` or
    ``9999-12-31``); ``match`` an FTS5 query (:func:`storyline.store.search.fts_query`) that
    the event's own words or one of its documents must hold;
    ``participants`` one tuple of folded alternative names per participant;
    ``contains`` a lower-case text the event's JSON row must hold (a loose pre-filter);
    ``nothing`` lets no event through (a text query with no word to search for).
    """

    first: str | None = None
    last: str | None = None
    plover: str | None = None
    outlet: str | None = None
    lang: str | None = None
    match: str | None = None
    contains: str | None = None
    participants: tuple[tuple[str, ...], ...] = field(default=())
    nothing: bool = False

    def where(self, *, own_words: bool = True) -> tuple[str, dict[str, Any]]:
        """The WHERE clause and its named parameters; without ``own_words`` (a store older
        than the full text over events) ``match`` looks in the documents only."""
        if self.nothing:
            return "0", {}
        clauses: list[str] = []
        params: dict[str, Any] = {}
        if self.first is not None or self.last is not None:
            clauses.append(WINDOW)
            params["first"] = self.first or "0000-01-01"
            params["last"] = self.last or "9999-12-31"
        for name, clause in (
            ("plover", PLOVER),
            ("outlet", OUTLET),
            ("lang", LANG),
            ("match", event_match(own_words)),
            ("contains", CONTAINS),
        ):
            value = getattr(self, name)
            if value is not None:
                clauses.append(clause)
                params[name] = value
        for n, names in enumerate(self.participants):
            keys = [f"p{n}_{i}" for i in range(len(names))]
            clauses.append(PARTICIPANT.format(names=", ".join(f":{k}" for k in keys) or "NULL"))
            params.update(zip(keys, names, strict=True))
        return " AND ".join(clauses) or "1", params


def page_sql(
    sieve: Sieve, limit: int, offset: int, *, own_words: bool = True
) -> tuple[str, dict[str, Any]]:
    """SQL for one page of the events ``sieve`` lets through, in timeline order."""
    where, params = sieve.where(own_words=own_words)
    return SELECT_PAGE.format(where=where), {**params, "limit": limit, "offset": offset}


def all_sql(sieve: Sieve, *, own_words: bool = True) -> tuple[str, dict[str, Any]]:
    """SQL for every event ``sieve`` lets through, in timeline order."""
    where, params = sieve.where(own_words=own_words)
    return SELECT_ALL.format(where=where), params


def count_sql(sieve: Sieve, *, own_words: bool = True) -> tuple[str, dict[str, Any]]:
    """SQL counting the events ``sieve`` lets through."""
    where, params = sieve.where(own_words=own_words)
    return COUNT.format(where=where), params


def months_sql(sieve: Sieve, *, own_words: bool = True) -> tuple[str, dict[str, Any]]:
    """SQL for (month, PLOVER type, events) of the events dated at least to the month."""
    where, params = sieve.where(own_words=own_words)
    return MONTHS.format(where=where), params
