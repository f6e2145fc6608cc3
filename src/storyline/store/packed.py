"""Story profiles packed as numbers (schema 14's ``story_packed`` and ``story_vocab``).

A story profile is stored as JSON (``stories.profile``, the record of what an article was
grouped by) and, beside it, packed: per bag the (term number, count) pairs of the profile in
its own order, as little-endian 32-bit integers, each term numbered once in ``story_vocab``.
Grouping a batch of undated articles compares them with every stored article, and reads
these rows (a few bytes a term, no string) to work out every earlier article's vectors at
once (:mod:`storyline.merge.packed`). The store module does not import numpy (read commands
never load it): the pairs are written with :mod:`struct`.
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

BAGS = ("terms", "names", "lead")
"""The profile's bags, in the order of the row's columns."""
PAIR_BYTES = 8
"""Bytes of one (term number, count) pair."""

INSERT_TERM = "INSERT OR IGNORE INTO story_vocab (term) VALUES (?)"
SELECT_TERM_NUMBERS = "SELECT term, id FROM story_vocab WHERE term IN ({marks})"
SELECT_VOCAB_END = "SELECT coalesce(max(id), 0) + 1 FROM story_vocab"
PUT_PACKED = """
INSERT OR REPLACE INTO story_packed (doc_id, terms, names, lead, years) VALUES (?, ?, ?, ?, ?)"""
SELECT_PACKED = """
SELECT doc_id, terms, names, lead, years FROM story_packed WHERE doc_id IN ({marks})"""
SELECT_UNPACKED = """
SELECT s.doc_id, s.profile FROM stories AS s
WHERE s.doc_id IN ({marks}) AND NOT EXISTS (SELECT 1 FROM story_packed AS p
                                            WHERE p.doc_id = s.doc_id)"""
"""The story profiles (JSON) of some articles that are grouped but not packed."""
SELECT_NUMBERED_DOCS = """
SELECT v.id, t.docs FROM story_terms AS t JOIN story_vocab AS v ON v.term = t.term
WHERE t.bag = ?"""
"""How many grouped articles hold each numbered term in one bag (``story_terms``), by number."""

PackedRow = tuple[str, bytes, bytes, bytes, str]
"""(doc id, terms, names, lead, years) as ``story_packed`` holds them."""


def pack(doc_id: str, profile: Mapping[str, Any], numbers: Mapping[str, int]) -> PackedRow:
    """The packed row of a profile as stored (parsed JSON), each term numbered by ``numbers``
    (which must hold every term of it)."""
    bags = []
    for bag in BAGS:
        counts: Mapping[str, int] = profile.get(bag) or {}
        flat = [value for term, n in counts.items() for value in (numbers[term], n)]
        bags.append(struct.pack(f"<{len(flat)}i", *flat))
    return doc_id, bags[0], bags[1], bags[2], " ".join(profile.get("years") or ())


def terms_of(profiles: Iterable[Mapping[str, Any]]) -> set[str]:
    """Every term of every bag of some profiles (parsed JSON)."""
    return {term for profile in profiles for bag in BAGS for term in profile.get(bag) or {}}


def number_terms(conn: sqlite3.Connection, terms: Iterable[str]) -> dict[str, int]:
    """The number of each of ``terms``, numbering those that have none (the writer's
    connection, in its transaction)."""
    wanted = sorted(set(terms))
    conn.executemany(INSERT_TERM, [(term,) for term in wanted])
    return term_numbers(conn, wanted)


def term_numbers(conn: sqlite3.Connection, terms: Sequence[str]) -> dict[str, int]:
    """The number of each of ``terms`` that has one."""
    found: dict[str, int] = {}
    for start in range(0, len(terms), TERMS_PER_QUERY):
        chunk = terms[start : start + TERMS_PER_QUERY]
        query = SELECT_TERM_NUMBERS.format(marks=", ".join("?" * len(chunk)))
        found.update(conn.execute(query, chunk).fetchall())
    return found


TERMS_PER_QUERY = 500
"""Terms per ``IN`` list (as the reader's ids per query)."""
