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
from storyline.records import StoredDocument
from storyline.store import Writer, open_store

EXTRACTOR_VERSION = 1
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
    tenure = _tenure(actors_file)
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
        by_id = {doc.id: doc for doc in english}
        for index, parsed in enumerate(parse_many((d.id, d.text or "") for d in english)):
            doc = by_id[parsed.id]
            if on_doc is not None:
                on_doc(doc.doc, index, len(english))
            events = extract_events(_input(doc), parsed, tenure)
            writer.put_events(doc.id, events, version=EXTRACTOR_VERSION)
            result.analysed += 1
            result.events += len(events)
    return result


def _tenure(actors_file: Path | None) -> Tenure:
    if actors_file is None:
        return Tenure()
    return Tenure([*bundled_holdings(), *load_user_actors(actors_file).holdings])


def _input(doc: StoredDocument) -> ArticleInput:
    published = doc.meta.published.value
    day = dt.date.fromisoformat(published) if published and len(published) == 10 else None
    return ArticleInput(doc=doc.doc, doc_id=doc.id, text=doc.text or "", published=day)


def corpus_events(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Event rows with every actor under one canonical name across the whole corpus."""
    rows = list(rows)
    index = ActorIndex()
    for row in rows:
        for actor in row["actors"]:
            index.add(actor["name"], actor.get("kind") or "person")
    for row in rows:
        for actor in row["actors"]:
            actor["name"] = index.canonical(actor["name"]) or actor["name"]
    return rows
