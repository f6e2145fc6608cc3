"""Run copy finding, story grouping and event merging over the store (the effectful edge).

Each step works only on what is new since the last run: articles not yet checked for copies,
articles not yet grouped, per-article events not yet placed. What earlier runs decided is read
back, never decided again, so merging stays incremental and ids stay stable.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from tempfile import TemporaryDirectory

from storyline.actors import AliasTable, load_user_actors
from storyline.actors.names import fold
from storyline.config import Settings
from storyline.errors import StoreError
from storyline.events.registry import registry
from storyline.events.run import (
    Analysis,
    CorpusNames,
    analyse,
    corpus_events,
)
from storyline.ingest.workers import Pool
from storyline.lang import normal_language
from storyline.merge.assign import Merger, Reader, paused_gc
from storyline.merge.combine import DocInfo, combine, merged_date
from storyline.merge.copies import find_copies, from_bytes, signature, to_bytes
from storyline.merge.events import FIRM_BASES, Report, doc_of, identity
from storyline.merge.grouping import group_new
from storyline.merge.names import names_of, renamed_spellings, together
from storyline.merge.reach import (
    Looks,
    combined_with,
    first_mains,
    reachable,
    spelling_keys,
)
from storyline.merge.stale import ACTORS_STATE
from storyline.records import Actor, Event, EventDate, MergedEvent, StoredDocument
from storyline.store import Store, Writer, open_store
from storyline.store.merged import Member, Placement


@dataclass
class MergeResult:
    """What a merge run did."""

    copies: int = 0
    grouped: int = 0
    placed: int = 0
    events: int = 0


@dataclass
class CatchUp:
    """What :func:`catch_up` did: copies found, the extractor's run, the merge's run."""

    copies: int
    analysis: Analysis
    merged: MergeResult


def catch_up(
    settings: Settings,
    *,
    actors_file: Path | None = None,
    on_doc: Callable[[str, int, int], None] | None = None,
    workers: Pool | None = None,
) -> CatchUp:
    """Bring the store up to date after ingest: find copies (so they are read once), read
    events from articles not yet read (by ``workers``, default this process), and merge new
    reports into events.

    ``workers`` are stopped once the events are read (a later map starts them again):
    merging runs in this process, and idle workers would hold a model each (about 400 MB)
    beside the merge, whose memory grows with the store. The actors file given last keeps
    applying to later runs that give none (its text is kept in the store), so a command
    without ``--actors`` never reads the corpus again."""
    with open_store(settings.db) as store, Writer(settings.db) as writer:
        copies = mark_copies(store, writer)
        if actors_file is not None:
            writer.put_state(ACTORS_STATE, actors_file.read_bytes().decode("latin-1"))
    with open_store(settings.db) as store, actors_in_force(store, actors_file) as path:
        analysis = analyse(settings, actors_file=path, on_doc=on_doc, workers=workers)
        if workers is not None:
            workers.close()
        return CatchUp(copies, analysis, merge(settings, actors_file=path))


@contextmanager
def actors_in_force(store: Store, given: Path | None) -> Iterator[Path | None]:
    """The actors file that applies: the one given, else the one given last (its text is
    kept in the store), else none."""
    remembered = store.state(ACTORS_STATE) if given is None else None
    if remembered is None:
        yield given
        return
    with TemporaryDirectory() as folder:
        path = Path(folder) / "actors.toml"
        path.write_bytes(remembered.encode("latin-1"))
        yield path


def reported_events(
    store: Store, doc_id: str | None = None, *, actors_file: Path | None = None
) -> list[Event]:
    """Per-article events (of one document, or all) with their actors named as the whole
    corpus names them, by the actors file in force: what merging reads, for display."""
    with actors_in_force(store, actors_file) as path:
        events = corpus_events(store.events(), path)
    if doc_id is None:
        return events
    wanted = {event.id for event in store.events(doc_id)}
    return [event for event in events if event.id in wanted]


COPIES_STATE = "merged_copies"
"""The copies merged events showed after the last merge (a JSON list of document ids)."""


def merge(
    settings: Settings, *, actors_file: Path | None = None, full: bool = False
) -> MergeResult:
    """Place every per-article event not yet placed (copies and stories first).

    Only the merged events the new reports can change are combined again: those they join,
    those whose people a new report names otherwise (a full name for a bare surname), those
    of articles a new copy copies, and those of an article whose main event changed. Every
    event is combined again (``full``) after a write that changes what the others show (an
    article re-read or deleted), with a user's actors file, and the first time. Otherwise
    only the merged events the new reports can reach are read (:mod:`storyline.merge.reach`)."""
    result = MergeResult()
    with open_store(settings.db) as store, Writer(settings.db) as writer:
        result.copies = mark_copies(store, writer)
        current = store.state(MERGE_STATE) == _merged_by()
        if not full and current and not store.merge_pending():
            return result  # (events combined by other code are combined again: see _full)
        copies = {copy: original for copy, original, _ in store.copies()}
        known = store.state(COPIES_STATE)
        merger = Merger(aliases=load_user_actors(actors_file).aliases if actors_file else None)
        if full or _full(store, actors_file):
            # Every document's metadata, but the text only of those grouping and combining read.
            docs = {d.id: d for d in store.documents(status="ok", text=False)}
            docs = _with_texts(store, docs, copies)
            members = store.members()
            old, new = [m.event for m in members if m.event], store.unmerged()
            events = _canonical(old, new, actors_file)
            result.grouped, story_of = group_new(store, writer, docs, copies, events)
            placed = _place(store, writer, merger, members, story_of, docs, copies, events)
        else:
            copied = frozenset(copies[c] for c in set(copies) - set(json.loads(known or "[]")))
            # The collector paused throughout, not only while placing: reading the events a
            # batch reaches makes objects by the hundred thousand, and each of its full
            # passes walks every object the process holds (0.6 s of a batch into 50,000).
            with paused_gc():
                batch = _batch(store, copied)
                ungrouped = {d.id: d for d in store.ungrouped()}
                result.grouped, story_of = group_new(store, writer, ungrouped, copies, batch.new)
                placed = _place_batch(store, writer, merger, batch, story_of, copies)
        result.placed, result.events = placed
    return result


MERGE_VERSION = 6
"""Bump when what combining shows changes (headlines, dates, counts): the next merge of a store
written by the code before combines every event again, as :data:`MERGE_STATE` tells."""
MERGE_STATE = "merged_by"
"""What combined the stored events: :data:`MERGE_VERSION` and the event registry's content
(headlines are worded from it)."""


def _merged_by() -> str:
    return f"{MERGE_VERSION}:{registry().fingerprint}"


def _full(store: Store, actors_file: Path | None) -> bool:
    """Whether a merge must combine every event again: the first merge of a store (or of one
    written by other code), a write since that changes what events not touched show (an
    article re-read or deleted: :meth:`~storyline.store.Store.merge_full`), a report gone, or
    a user's actors file (its names may change any event)."""
    return (
        actors_file is not None
        or store.state(COPIES_STATE) is None
        or store.state(MERGE_STATE) != _merged_by()
        or store.merge_full()
        or store.members_gone()
    )


def mark_copies(store: Store, writer: Writer) -> int:
    """Check articles not yet checked; record each one's signature and what it copies.

    Run before the event extractor so that a copy is never read for events. Copies of an
    article since deleted or rejected are checked again first."""
    writer.forget_gone_originals()
    # Signed as they are read: the texts of a large ingest (130 MB for 50,000 articles) are
    # not held all at once, only their signatures (1 KB each).
    # Kept as stored (1 KB each), made signatures again one at a time as the index takes them.
    signed = [(doc_id, _signed(text or "")) for doc_id, text in store.unsigned()]
    if not signed:
        return 0
    # Earlier articles are looked up in the store's index of bands, not read and indexed.
    new = ((d, from_bytes(blob)) for d, blob in signed if blob is not None)
    found = {c.doc_id: c for c in find_copies((), new, stored=store.band_mates)}
    rows = []
    for doc_id, blob in signed:
        copy = found.get(doc_id)
        rows.append(
            (doc_id, blob, copy.original_id if copy else None, copy.similarity if copy else None)
        )
    writer.put_signatures(rows)
    return len(found)


def _signed(text: str) -> bytes | None:
    sig = signature(text)
    return None if sig is None else to_bytes(sig)


def _with_texts(
    store: Store, docs: dict[str, StoredDocument], wanted: Iterable[str]
) -> dict[str, StoredDocument]:
    """``docs`` with the text of the ``wanted`` ones read from the store (the others' text
    is not read: merging needs it only of articles not yet grouped, and of copies)."""
    texts = store.texts(wanted)
    return {**docs, **{d: replace(docs[d], text=text) for d, text in texts.items() if d in docs}}


def _canonical(old: list[Event], new: list[Event], actors_file: Path | None) -> dict[str, Event]:
    """Every per-article event by id, actors under one canonical name across the corpus."""
    return {event.id: event for event in corpus_events([*old, *new], actors_file)}


def _place(
    store: Store,
    writer: Writer,
    merger: Merger,
    members: list[Member],
    story_of: dict[str, str],
    docs: dict[str, StoredDocument],
    copies: dict[str, str],
    reports: dict[str, Event],
) -> tuple[int, int]:
    """Place the new reports among every merged event, and write every merged event that
    shows otherwise now."""
    dropped = []
    placed_before: set[str] = set()
    for member in members:
        event = reports.get(member.event_id)
        if event is None:
            dropped.append(member.event_id)
            merger.touched.add(member.merged_id)
            continue
        merger.load(member.merged_id, event, story=member.story, main=member.main)
        placed_before.add(member.event_id)
    with paused_gc():
        new_members = _place_new(merger, reports, placed_before, story_of, copies)
        merger.touched.update(merger.members)
    return _write(store, writer, merger, new_members, docs, copies, dropped)


@dataclass(frozen=True)
class Batch:
    """What an incremental merge reads before placing: the new reports (named as the whole
    corpus names them now) and the corpus's names, the earlier reports the new ones rename,
    and the articles a new copy copies."""

    new: dict[str, Event]
    names: CorpusNames
    renamed: frozenset[str]
    copied: frozenset[str]


def _batch(store: Store, copied: frozenset[str]) -> Batch:
    """Read what placing the new reports needs, but no earlier report: the corpus's spellings
    (one row each, however many reports give it) and the reports of those the batch renames."""
    new = {event.id: event for event in store.unmerged()}
    old, fresh = store.spellings_besides(new), store.spellings_of(new)
    names = names_of(together(old, fresh))
    renamed = store.reports_spelled(renamed_spellings(old, fresh), besides=new)
    reports = {i: names.event(e) for i, e in new.items()}
    return Batch(reports, names, frozenset(renamed), copied)


def _place_batch(
    store: Store,
    writer: Writer,
    merger: Merger,
    batch: Batch,
    story_of: dict[str, str],
    copies: dict[str, str],
) -> tuple[int, int]:
    """Place the new reports among the merged events they can reach, and write those that
    show otherwise now (:func:`_affected`), reading the articles of their reports only.
    Earlier placements are read by what the batch touches (the keys it looks under, its
    stories, what it renames or copies, the events it changes), never all of them."""
    new_docs = {doc_of(e) for e in batch.new.values()} - set(copies)
    stories = {story_of[d] for d in new_docs if d in story_of}
    reports = [Report.of(event) for event in batch.new.values()]
    placements, keys = _within_reach(store, batch.names, reports, stories)
    wanted = reachable(placements, keys, reports, stories)
    since = [p for _, p in store.placements_by("event", batch.renamed)]
    since += [p for _, p in store.placements_by("doc", batch.copied)]
    wanted |= {p.merged_id for p in since}
    merger.reader = _reader(store, batch.names)
    for placed in store.placements_in(wanted):
        merger.put_back(placed.merged_id, placed, keys.get(placed.event_id, ()))
    mains = StoredMains(store)
    with paused_gc():
        new_members = _place_new(merger, batch.new, set(), story_of, copies)
        # Each earlier article's main event as all its reports tell it, not those loaded.
        _stored_mains(mains, merger)
        merger.touched.update(_affected(store, merger, since, mains))
        touched = [p for _, p in store.placements_by("merged", merger.touched)]
        docs = {p.doc_id for p in touched} | {m[2] for m in new_members if m[1] in merger.touched}
        doc_main = {**merger.doc_main, **mains.of(docs)}
        more = combined_with(merger.touched, touched, new_members, doc_main)
        _load(store, merger, batch.names, more - set(merger.members))
        _stored_mains(mains, merger)
        merger.read(merger.touched)
    return _write(store, writer, merger, new_members, _docs_of(store, merger, copies), copies)


def _reader(store: Store, names: CorpusNames) -> Reader:
    """What reads the reports of merged events put back unread, named as the corpus names
    them (as :func:`_load` reads them)."""

    def read(merged_ids: Sequence[str]) -> Iterator[tuple[str, Event]]:
        for member in store.members_of(merged_ids):
            if member.event is None:  # _full sends a store with a report gone to a full merge
                raise StoreError(f"{store.path}: placed report {member.event_id} is gone")
            yield member.merged_id, names.event(member.event)

    return read


def _within_reach(
    store: Store, names: CorpusNames, batch: list[Report], stories: Collection[str]
) -> tuple[list[Placement], dict[str, set[str]]]:
    """What :func:`~storyline.merge.reach.reachable` reads of the earlier placements, in
    placing order: those of the reports filed under a key the batch looks under (with those
    keys), found by the spellings that give them, in the date buckets it looks in (in every
    bucket for a key a report of no time looks under); and the main reports of the batch's
    stories. The keys of every spelling are worked out (a few thousand), no report's."""
    looks, spellings = Looks.of(batch), store.spelling_orgs()
    dated = spelling_keys(spellings, names, looks.keys)
    anywhere = spelling_keys(spellings, names, looks.anywhere)
    found: dict[int, Placement] = {}
    keys: dict[str, set[str]] = {}
    # Each spelling in the buckets its keys are looked under in, not in every bucket some
    # key is (a batch of years of news looks under hundreds of months), ...
    # and in every bucket, of the types its keys are looked under as.
    within = {spelling: looks.buckets_of(filed) for spelling, filed in dated.items()}
    typed = {spelling: looks.types_of(filed) for spelling, filed in anywhere.items()}
    for filed, placed in (
        (dated, store.placements_spelled_within(within)),
        (anywhere, store.placements_spelled_as(typed)),
    ):
        for seq, placement, spelling in placed:
            found[seq] = placement
            keys.setdefault(placement.event_id, set()).update(filed[spelling])
    found.update(store.story_mains(stories))
    return [found[seq] for seq in sorted(found)], keys


class StoredMains:
    """Each article's main merged event as stored (where its first main report went), read
    once an article in a merge. The store does not change until the merge writes, and
    placing a batch asks for mostly the same articles four times (those of every report
    loaded: 11,000 in a store of 50,000 articles)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._read: dict[str, str | None] = {}

    def of(self, docs: Iterable[str]) -> dict[str, str]:
        """The stored main event of each of ``docs`` that has one."""
        wanted = set(docs)
        unread = wanted.difference(self._read)
        if unread:
            found = first_mains(p for _, p in self._store.placements_by("doc main", unread))
            self._read.update((doc, found.get(doc)) for doc in unread)
        return {doc: main for doc in wanted if (main := self._read[doc]) is not None}


def _stored_mains(mains: StoredMains, merger: Merger) -> None:
    """Set the main event of each article the merger knows of to the stored one, where one
    is stored: its first main report may be in an event not loaded."""
    known = set(merger.doc_main) | merger.documents()
    merger.doc_main = {**merger.doc_main, **mains.of(known)}


def _docs_of(store: Store, merger: Merger, copies: dict[str, str]) -> dict[str, StoredDocument]:
    """The articles of the reports of the touched events, and their copies (with the copies'
    texts): what combining those events reads."""
    members = (m for t in merger.touched for m in merger.members.get(t, ()))
    wanted = {evidence.doc_id for m in members for evidence in m.sources}
    wanted |= {copy for copy, original in copies.items() if original in wanted}
    docs = {d.id: d for d in store.documents_of(wanted)}
    return _with_texts(store, docs, (c for c in copies if c in docs))


def _load(
    store: Store, merger: Merger, names: CorpusNames, merged_ids: Iterable[str]
) -> dict[str, Event]:
    """Put back every report placed in ``merged_ids``, in placing order; returns them by id,
    named as the corpus names them."""
    found = {}
    for member in store.members_of(merged_ids):
        if member.event is None:  # _full sends a store with a report gone to a full merge
            raise StoreError(f"{store.path}: placed report {member.event_id} is gone")
        event = found[member.event_id] = names.event(member.event)
        merger.load(member.merged_id, event, story=member.story, main=member.main)
    return found


def _write(
    store: Store,
    writer: Writer,
    merger: Merger,
    new_members: list[tuple[str, str, str, str | None, bool]],
    docs: dict[str, StoredDocument],
    copies: dict[str, str],
    dropped: Sequence[str] = (),
) -> tuple[int, int]:
    """Combine the merged events touched and write those whose row changed."""
    with paused_gc():
        combined = _combine(merger, docs, copies)
    events = _changed(combined, store.merged_data(e.id for e in combined))
    state = {COPIES_STATE: json.dumps(sorted(copies)), MERGE_STATE: _merged_by()}
    names = actor_names(events, merger.aliases)
    writer.put_merged(events, new_members, names, dropped=dropped, state=state)
    return len(new_members), len(events)


def _affected(
    store: Store, merger: Merger, since: Sequence[Placement], stored: StoredMains
) -> set[str]:
    """Merged events of earlier reports that show otherwise now: those of ``since`` (a report
    whose people are named otherwise, an article a new copy copies), and then those of an
    article whose main event changed (an undated event takes its date from that one)."""
    found = {p.merged_id for p in since}
    changed = merger.touched | found
    # an article whose stored main event changed has a main report in it
    held = {p.doc_id for _, p in store.placements_by("merged", changed) if p.main}
    doc_main = {**merger.doc_main, **stored.of(held | set(merger.doc_main))}
    mains = {doc for doc, main in doc_main.items() if main in changed}
    return found | {p.merged_id for _, p in store.placements_by("doc", mains)}


def _changed(events: list[MergedEvent], stored: dict[str, str]) -> list[MergedEvent]:
    """The events whose stored row differs from what they show now."""
    return [e for e in events if stored.get(e.id) != json.dumps(e.export_row(), ensure_ascii=False)]


def _place_new(
    merger: Merger,
    reports: dict[str, Event],
    placed: set[str],
    story_of: dict[str, str],
    copies: dict[str, str],
) -> list[tuple[str, str, str, str | None, bool]]:
    """Place each new report; an article's first reported (not recalled) event is its main."""
    by_doc: dict[str, list[Event]] = defaultdict(list)
    for event_id, event in reports.items():
        if event_id not in placed and doc_of(event) not in copies:
            by_doc[doc_of(event)].append(event)
    members = []
    for doc_id, doc_events in by_doc.items():
        main = next((e for e in doc_events if not e.background), None)
        ordered = [main, *(e for e in doc_events if e is not main)] if main else doc_events
        story = story_of.get(doc_id)
        for event in ordered:
            merged_id = merger.add(event, story=story, main=event is main)
            members.append((event.id, merged_id, doc_id, story, event is main))
    return members


def _combine(
    merger: Merger, docs: dict[str, StoredDocument], copies: dict[str, str]
) -> list[MergedEvent]:
    info = {
        d.id: DocInfo(
            d.doc,
            d.id,
            d.meta.outlet.value,
            d.meta.published.value,
            lang=normal_language(d.meta.lang.value),
        )
        for d in docs.values()
    }
    copies_of: dict[str, list[DocInfo]] = defaultdict(list)
    for copy, original in copies.items():
        if copy in docs and original in docs:
            d = docs[copy]
            copies_of[original].append(
                DocInfo(
                    d.doc,
                    d.id,
                    d.meta.outlet.value,
                    d.meta.published.value,
                    docs[original].doc,
                    d.text,
                    normal_language(d.meta.lang.value),
                )
            )
    return [
        combine(
            merged_id,
            merger.members[merged_id],
            info,
            copies_of,
            fallback=fallback_date(merger, merged_id),
            aliases=merger.aliases,
        )
        for merged_id in sorted(merger.touched)
        if merger.members.get(merged_id)
    ]


def fallback_date(merger: Merger, merged_id: str) -> EventDate | None:
    """For an event no report dates: the date other reports give its article's main event
    ("Rutte extended an invitation" in a report of a meeting that only says "Wednesday")."""
    members = merger.members[merged_id]
    if any(m.date.value or m.background for m in members):
        return None
    if all(m.date.basis == "earlier" for m in members):
        return None  # every report tells it as before its article's main event
    for member in members:
        main = merger.doc_main.get(doc_of(member))
        if main is not None and main != merged_id:
            merger.read([main])
            date = merged_date(merger.members[main])
            if date.value and date.basis in FIRM_BASES:
                return date
    return None


def actor_names(
    events: list[MergedEvent], aliases: AliasTable | None = None
) -> dict[str, set[str]]:
    """Folded names and organisations of each event's participants (timeline lookups), and
    the canonical name of each organisation or state shown under a name of its own ("ISIL"
    is also "Islamic State"), so that any of its names finds it."""
    return {e.id: {fold(x) for a in e.actors for x in _names(a, aliases)} for e in events}


def _names(actor: Actor, aliases: AliasTable | None) -> list[str]:
    names = [actor.name, identity(actor, aliases)]
    if actor.org:
        names += [actor.org, identity(Actor(actor.org, "org"), aliases)]
    return names
