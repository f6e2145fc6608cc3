"""Full text: what people type into a search box, as an FTS5 query that cannot be a syntax
error, and the rows it finds.

Two indexes answer it (``storyline.store.schema``): ``documents_fts`` over each document's
title and text, and ``merged_fts`` over each merged event's own words (headline,
participants, place, topics, evidence sentences, statements). An event is found by a query
when its own words hold every term, or when one of its reporting documents does.

FTS5 reads ``al-Sudani`` as the column ``al`` minus ``Sudani``, ``Shia'`` as an open string
and ``AND``, ``NEAR`` or ``(`` as operators. Here every word is matched as a word::

    fts_query('al-Sudani "change of command" nato* AND')
    # '"al-Sudani" AND "change of command" AND "nato"* AND "AND"'

* each whitespace-separated term becomes an FTS5 string (``"`` doubled inside it), which the
  tokenizer splits as it split the text: ``al-Sudani`` finds "al-Sudani" and "Al Sudani";
* a balanced ``"quoted phrase"`` stays one phrase (its words in that order);
* a trailing ``*`` on a word keeps its meaning, a prefix: ``negotiat*``;
* terms are always ANDed; the operators (``AND``, ``OR``, ``NOT``, ``NEAR``) are plain words
  like any other (``AND`` finds what ``and`` finds), and parentheses and column filters are
  plain words or punctuation;
* a term with no letter or digit (``*``, ``()``, a stray ``"``) is left out: FTS5 would read
  it as an empty phrase, which matches nothing.
"""

from __future__ import annotations

import re

DOCUMENT_EVENTS = """m.id IN (SELECT mm.merged_id FROM merged_members AS mm
    JOIN documents AS d ON d.id = mm.doc_id JOIN documents_fts AS f ON f.rowid = d.seq
    WHERE documents_fts MATCH :match)"""
"""The merged events (``m``) reported by a document that holds every term of ``:match``."""
OWN_WORDS = """m.id IN (SELECT t.merged_id FROM merged_fts AS f
    JOIN merged_text AS t ON t.seq = f.rowid WHERE merged_fts MATCH :match)"""
"""The merged events (``m``) whose own words hold every term of ``:match``."""


def event_match(own_words: bool = True) -> str:
    """The SQL condition on merged events (``m``) that the FTS5 query ``:match`` finds: by
    their documents, and with ``own_words`` by their own words too (a store older than the
    index over events has only the first)."""
    return f"({OWN_WORDS} OR {DOCUMENT_EVENTS})" if own_words else DOCUMENT_EVENTS


_TERM = re.compile(r'(?:(?<=\s)|^)"([^"]*)"(?=\s|$)|\S+')
"""A quoted phrase standing alone between spaces, or any other run of non-spaces."""
_PREFIX = re.compile(r"^(.*?\w)\*+$")


def fts_query(text: str) -> str:
    """``text`` as an FTS5 query: its terms as quoted strings ANDed together; "" when it has
    no word to search for."""
    return " AND ".join(terms(text))


def searchable(text: str) -> bool:
    """Whether ``text`` holds a word to search for: a query of operators' punctuation alone
    (``*``, ``(``, a stray ``"``) finds nothing, rather than being no filter at all."""
    return bool(terms(text))


def terms(text: str) -> list[str]:
    """The FTS5 strings of ``text``'s terms, in order, without the ones with no word in them."""
    found = []
    for match in _TERM.finditer(text):
        phrase, term = match.group(1), match.group(0)
        if phrase is not None:
            found.append(_quoted(phrase))
        elif prefix := _PREFIX.match(term):
            found.append(_quoted(prefix.group(1)) + "*")
        else:
            found.append(_quoted(term))
    return [string for string in found if _has_word(string)]


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _has_word(string: str) -> bool:
    return any(char.isalnum() for char in string)
