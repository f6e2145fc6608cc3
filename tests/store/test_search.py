"""What people type becomes an FTS5 query that is never a syntax error."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.store.search import fts_query


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("al-Sudani", '"al-Sudani"'),
        ("Shia'", '''"Shia'"'''),
        ('"change of command"', '"change of command"'),
        ("NATO Baghdad", '"NATO" AND "Baghdad"'),
        ("NATO AND Baghdad", '"NATO" AND "AND" AND "Baghdad"'),
        ("AND", '"AND"'),
        ("NEAR", '"NEAR"'),
        ("NATO OR Baghdad", '"NATO" AND "OR" AND "Baghdad"'),
        ("NEAR(NATO Iraq)", '"NEAR(NATO" AND "Iraq)"'),
        ('"NATO', '"""NATO"'),
        ('say "x', '"say" AND """x"'),
        ('5" gun', '"5""" AND "gun"'),
        ("negotiat*", '"negotiat"*'),
        ("* ( ) \" ''", ""),
        ("   ", ""),
        ("title:oil", '"title:oil"'),
        ('"" word', '"word"'),
    ],
)
def test_search_query_quotes_every_term(text: str, query: str) -> None:
    assert fts_query(text) == query


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5 (title, text, tokenize = 'unicode61')")
    text = "PM al-Sudani hosted NATO and its advisers in Baghdad."
    conn.execute("INSERT INTO f VALUES ('Change of command', ?)", (text,))
    return conn


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ("al-Sudani", 1),
        ("Al Sudani", 1),
        ('"change of command"', 1),
        ('"command of change"', 0),
        ("NATO Baghdad", 1),
        ("NATO Basra", 0),
        ("bagh*", 1),
        ("AND", 1),
        ("and", 1),
        ("OF", 1),
        ("NOT", 0),
        ("change OF command", 1),
    ],
)
def test_search_query_finds_what_was_typed(fts: sqlite3.Connection, text: str, hits: int) -> None:
    found = fts.execute("SELECT count(*) FROM f WHERE f MATCH ?", (fts_query(text),)).fetchone()
    assert found == (hits,)


@given(st.text(alphabet=st.sampled_from(list("ab -'\"*():^+{}.,ANDORNEAR\t")), max_size=30))
def test_search_query_is_never_a_syntax_error(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5 (text)")
    query = fts_query(text)
    if query:
        conn.execute("SELECT count(*) FROM f WHERE f MATCH ?", (query,)).fetchone()
