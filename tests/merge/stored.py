"""A store of per-article events written by hand (no extractor): three reports of one attack
by a group each calls by a name of its own (ISIL twice, Daesh once), and an undated report
whose article is dated only to its month by its address. The wording is our own invention in
the style of wire copy.

:func:`write_reports` leaves them unmerged, as a store an older storyline wrote or a run
stopped midway; :func:`write_merged` merges them too, as ``ingest`` leaves a store."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import cast

from storyline.config import Settings
from storyline.events.run import EXTRACTOR_VERSION, settings_key
from storyline.records import Actor, Article, Basis, Event, Evidence, Field, Metadata, content_id
from storyline.store import Writer
from tests.merge.factories import BAGHDAD, make_event

IRAQ = Actor("Iraq", "state", "state", side="target")
SYRIA = Actor("Syria", "state", "state", side="target")

REPORTS = {
    # doc: (text, published, basis, name the report gives the group)
    "wire-a": (
        "ISIL fighters attacked an army post north of Baghdad on Thursday, the ministry said.",
        "2016-07-15",
        "dateline",
        "ISIL",
    ),
    "wire-b": (
        "An ISIL attack on an Iraqi army post north of Baghdad killed four soldiers on Thursday.",
        "2016-07-15",
        "dateline",
        "ISIL",
    ),
    "daily-c": (
        "Daesh claimed Thursday's assault on the army post north of the capital.",
        "2016-07-16",
        "byline",
        "Daesh",
    ),
}
LATER = (
    "release-d",
    "The coalition said Daesh had lost ground in eastern Syria over the past weeks.",
    "2016-07",
    "url",
)


def article(doc: str, text: str, published: str, basis: str) -> Article:
    """A stored article whose publication date has the given basis (``url`` for a month)."""
    raw = f"{doc}\n{text}".encode()
    meta = Metadata(published=Field(published, cast(Basis, basis)), lang=Field("en", "text"))
    return Article(content_id(raw), doc, f"{doc}.txt", "pagedump", text, meta, raw)


def report(
    stored: Article,
    group: str,
    *,
    event_type: str = "attack",
    date: str | None = "2016-07-14",
    target: Actor = IRAQ,
) -> Event:
    """The one event a hand-written extractor found in ``stored``, its evidence the text."""
    event = make_event(
        f"{stored.doc}-1",
        event_type=event_type,
        date=date,
        actors=(Actor(group, "org", "terrorist group", side="source"), target),
        location=BAGHDAD,
    )
    text = stored.text
    evidence = Evidence(stored.doc, stored.id, text, 0, len(text), stored.meta.published.value)
    return replace(event, sources=(evidence,))


def write_reports(path: Path) -> None:
    """Write the articles and their events, as if the extractor had read them (so a command
    that catches up reads none of them again); nothing is merged yet."""
    key = settings_key(None)
    with Writer(path) as writer:
        for doc, (text, published, basis, group) in REPORTS.items():
            stored = article(doc, text, published, basis)
            writer.put_article(stored)
            event = report(stored, group)
            writer.put_events(stored.id, [event], version=EXTRACTOR_VERSION, settings=key)
        doc, text, published, basis = LATER
        stored = article(doc, text, published, basis)
        writer.put_article(stored)
        event = report(stored, "Daesh", event_type="kill", date=None, target=SYRIA)
        writer.put_events(stored.id, [event], version=EXTRACTOR_VERSION, settings=key)


def write_merged(path: Path) -> None:
    """Write the articles and their events, merged as ``ingest`` leaves a store: what read
    commands show."""
    write_reports(path)
    catch_up_stored(path)


def catch_up_stored(path: Path) -> None:
    """Bring a store written by hand up to date as ``ingest`` and ``reprocess`` do at their
    end (copies, events not yet read, merging), with the library function they call."""
    from storyline.merge.run import catch_up

    catch_up(Settings(db=path))
