"""Run the event extractor over stored articles (the effectful edge of ``events/``).

Articles are read from the store, parsed in batches (the one spaCy pipeline, loaded once), and
their events written back through the single writer, one document per transaction. Articles
not in English are recorded as skipped, with the reason, never silently left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.actors import ActorIndex, Tenure, bundled_holdings, load_user_actors
from storyline.config import Settings
from storyline.events.extract import ArticleInput, extract_events
from storyline.records import Event, StoredDocument
from storyline.store import Store, Writer, open_store

EXTRACTOR_VERSION = 1
CHUNK_DOCS = 256
"""Articles parsed and kept in memory at a time (two extraction passes run over each chunk)."""
"""Bump when extraction changes: documents read by an older version are read again."""
ENGLISH = "en"


@dataclass
class Analysis:
    """What a run of the extractor did."""

    analysed: int = 0
    events: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)


def analyse(
    settings: Settings,
    refs: Sequence[str] = (),
    *,
    actors_file: Path | None = None,
    on_doc: Callable[[str, int, int], None] | None = None,
) -> Analysis:
    """Extract events from every article not yet read by this extractor (or from ``refs``)."""
    from storyline.nlp import parse_many

    result = Analysis()
    user = load_user_actors(actors_file) if actors_file is not None else None
    tenure = Tenure([*bundled_holdings(), *user.holdings]) if user else Tenure()
    aliases = user.aliases if user else None
    with open_store(settings.db) as store, Writer(settings.db) as writer:
        ids = [store.get(ref).id for ref in refs] if refs else store.pending(EXTRACTOR_VERSION)
        docs = [store.get(doc_id) for doc_id in ids]
        english = []
        for doc in docs:
            lang = doc.meta.lang.value
            if lang not in (None, ENGLISH):
                reason = f"language is {lang!r}; the event extractor reads English only"
                writer.put_events(doc.id, [], version=EXTRACTOR_VERSION, skipped=reason)
                result.skipped.append((doc.doc, reason))
            else:
                english.append(doc)
        _learn_from_store(tenure, store)
        for chunk in _chunks(english, CHUNK_DOCS):
            parsed = list(parse_many((d.id, d.text or "") for d in chunk))
            inputs = [_input(doc) for doc in chunk]
            # Pass one teaches the tenure table who held which office in these articles;
            # pass two uses it, so "the Secretary General said" finds its holder.
            for article, parse in zip(inputs, parsed, strict=True):
                _learn(tenure, extract_events(article, parse, tenure, aliases))
            for n, (article, parse) in enumerate(zip(inputs, parsed, strict=True)):
                if on_doc is not None:
                    on_doc(article.doc, result.analysed + n, len(english))
                events = extract_events(article, parse, tenure, aliases)
                writer.put_events(article.doc_id, events, version=EXTRACTOR_VERSION)
                result.events += len(events)
            result.analysed += len(chunk)
    return result


def _chunks(docs: list[StoredDocument], size: int) -> Iterable[list[StoredDocument]]:
    for start in range(0, len(docs), size):
        yield docs[start : start + size]


def _learn(tenure: Tenure, events: Iterable[Event]) -> None:
    for event in events:
        if event.date.precision == "day" and event.date.value:
            for actor in event.actors:
                if actor.kind == "person" and actor.role and actor.org:
                    tenure.learn(actor.name, actor.role, actor.org, event.date.value)


def _learn_from_store(tenure: Tenure, store: Store) -> None:
    """Offices that earlier runs saw held, so a new article's "the minister" can be named."""
    for row in store.events():
        if row.get("date_precision") != "day" or not row.get("date"):
            continue
        for actor in row["actors"]:
            if actor.get("kind") == "person" and actor.get("role") and actor.get("org"):
                tenure.learn(actor["name"], actor["role"], actor["org"], row["date"])


def _input(doc: StoredDocument) -> ArticleInput:
    published = doc.meta.published.value
    day = dt.date.fromisoformat(published) if published and len(published) == 10 else None
    return ArticleInput(doc=doc.doc, doc_id=doc.id, text=doc.text or "", published=day)


def corpus_events(
    rows: Iterable[dict[str, Any]], actors_file: Path | None = None
) -> list[dict[str, Any]]:
    """Event rows with every actor under one canonical name across the whole corpus."""
    rows = list(rows)
    index = ActorIndex(load_user_actors(actors_file).aliases if actors_file else None)
    for row in rows:
        for actor in row["actors"]:
            index.add(actor["name"], actor.get("kind") or "person")
    for row in rows:
        for actor in row["actors"]:
            actor["name"] = index.canonical(actor["name"]) or actor["name"]
    return rows
