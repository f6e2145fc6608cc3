"""Run the event extractor over stored articles (the effectful edge of ``events/``).

Articles are read from the store, parsed in batches (the one spaCy pipeline, loaded once), and
their events written back through the single writer, one document per transaction. The
article's language picks its reader (:mod:`storyline.lang`): English articles are parsed with
spaCy, Arabic ones read by :mod:`storyline.lang.ar.reader`; an article in a language without a
profile is recorded as skipped, with the reason, never silently left out.

Parsing and reading English may run in worker processes (:mod:`storyline.events.tasks`); the
result is the same for any number of workers and whatever order the articles were ingested in:
articles are taken in chunks in the store's canonical order (publication date, then id), each
chunk's offices are taught to the one tenure table in that order, and only then is any article
of the chunk read. Arabic articles are read in the parent after the chunk's English ones, in
the same order, so the people they are linked to are the same whatever the number of workers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import cast

from storyline.actors import ActorIndex, AliasTable, Tenure, bundled_holdings, load_user_actors
from storyline.actors.names import ActorKind, fold, own_name
from storyline.config import Settings
from storyline.errors import Code, OverBudget, StorylineError, WorkerDied
from storyline.events.extract import ArticleInput, Reading
from storyline.events.offices import learn_from_store
from storyline.events.registry import registry
from storyline.events.tasks import (
    SLICE_ARTICLES,
    Parsed,
    ParseTask,
    ReadTask,
    SliceTask,
    Unparsed,
    parse_slice,
    read_slice,
    run_stage,
)
from storyline.ingest.validate import check_body
from storyline.ingest.workers import Lost, Pool, Workers
from storyline.lang import PROFILES, profile_for, profiles_fingerprint
from storyline.places.gazetteer import places_fingerprint
from storyline.records import Event, StoredDocument
from storyline.store import Writer, open_store

EXTRACTOR_VERSION = 213
"""Bump when extraction changes: documents read by an older version are read again (a change
of the event registry's data does the same by itself: see :func:`settings_key`)."""
CHUNK_DOCS = 256
"""Articles parsed and kept in memory at a time (two extraction passes run over each chunk)."""

log = logging.getLogger(__name__)


@dataclass
class Analysis:
    """What a run of the extractor did."""

    analysed: int = 0
    events: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class _Run:
    writer: Writer
    tenure: Tenure
    aliases: AliasTable | None
    settings: str
    on_doc: Callable[[str, int, int], None] | None
    workers: Pool
    people: set[str] = field(default_factory=set)
    """The English names of the people the corpus names: what an Arabic name is linked to."""


def analyse(
    settings: Settings,
    *,
    actors_file: Path | None = None,
    on_doc: Callable[[str, int, int], None] | None = None,
    workers: Pool | None = None,
) -> Analysis:
    """Extract events from every article not yet read by this extractor with these settings.

    ``actors_file`` (a user's TOML of aliases and office holders) is part of the settings:
    a different file makes every article be read again. ``workers`` parse and read the
    articles (default: this process); the events are the same for any number of them.
    """
    result = Analysis()
    user = load_user_actors(actors_file) if actors_file is not None else None
    key = settings_key(actors_file)
    with open_store(settings.db) as store:
        # In the store's canonical order (publication date, then id), not by when each was
        # ingested: what a chunk teaches the tenure table must not depend on file order.
        ids = store.pending(EXTRACTOR_VERSION, key)
        if not ids:
            return result
        tenure = Tenure([*bundled_holdings(), *user.holdings]) if user else Tenure()
        with Writer(settings.db) as writer:
            people = learn_from_store(tenure, store, writer, f"{EXTRACTOR_VERSION};{key}")
            aliases = user.aliases if user else None
            run = _Run(writer, tenure, aliases, key, on_doc, workers or Workers(1))
            run.people.update(people)
            chunks = ([store.get(doc_id) for doc_id in chunk] for chunk in _chunks(ids, CHUNK_DOCS))
            _analyse_chunks(run, chunks, len(ids), result)
    return result


def settings_key(actors_file: Path | None) -> str:
    """What, besides the extractor's version, decides what extraction finds: the event
    registry's content and the actors file."""
    return key_of(actors_file.read_bytes() if actors_file is not None else None)


def key_of(actors: bytes | None) -> str:
    """:func:`settings_key` of an actors file's content (None: no file)."""
    key = (
        f"types:{registry().fingerprint};lang:{profiles_fingerprint()};"
        f"places:{places_fingerprint()}"
    )
    if actors is None:
        return key
    return f"{key};actors:{hashlib.sha256(actors).hexdigest()[:16]}"


@dataclass
class _Chunk:
    """A chunk's articles by reader: English ones (parsed), others (read in the parent)."""

    english: list[StoredDocument]
    others: list[StoredDocument]
    parsed: list[tuple[StoredDocument, Parsed]] = field(default_factory=list)


def _analyse_chunks(
    run: _Run, chunks: Iterator[list[StoredDocument]], total: int, result: Analysis
) -> None:
    """Read the chunks in order. Each chunk's pass two (reading) shares one map with the next
    chunk's pass one (parsing), which needs nothing the reading teaches: the workers go from
    one to the other without waiting for the last slice of either. What the store and the
    tenure table see is in the same order as chunk by chunk: a chunk's offices are taught
    only once its own reading tasks are handed out with the table as it was. ``chunks`` are
    read from the store one at a time, as they are reached."""
    first = next(chunks, None)
    if first is None:
        return
    current = _sorted(run, first, result)
    current.parsed = _parse_all(run, current.english, result)
    _learn(run, current)
    while True:
        upcoming = next(chunks, None)
        following = _sorted(run, upcoming, result) if upcoming is not None else None
        readings, parsed = _read_and_parse(
            run, current.parsed, following.english if following else [], result
        )
        for (doc, _), reading in zip(current.parsed, readings, strict=True):
            if run.on_doc is not None:
                run.on_doc(doc.doc, result.analysed, total)
            _store_events(run, result, doc, reading)
        # Read after the English ones, so that their people are known to link names to.
        for doc in current.others:
            if run.on_doc is not None:
                run.on_doc(doc.doc, result.analysed, total)
            _store_events(run, result, doc, _or_failed(_read_other(run, doc)))
        if following is None:
            return
        following.parsed = parsed
        _learn(run, following)
        current = following


def _sorted(run: _Run, docs: list[StoredDocument], result: Analysis) -> _Chunk:
    """The chunk's articles by reader; one no reader reads is recorded as skipped."""
    chunk = _Chunk([], [])
    for doc in docs:
        profile = profile_for(doc.meta.lang.value)
        if profile is None:
            known = ", ".join(p.code for p in PROFILES)
            language = f"language is {doc.meta.lang.value!r}"
            _skip(run, result, doc, f"{language}; the event extractor reads {known} only")
        elif reason := _over_budget(doc.text or ""):
            # Stored before the budget existed: parsing it would hold the run for minutes.
            _skip(run, result, doc, reason)
        elif profile.parsed:
            chunk.english.append(doc)
        else:
            chunk.others.append(doc)
    return chunk


def _learn(run: _Run, chunk: _Chunk) -> None:
    """Pass one's lesson: who held which office in the chunk's articles, in their order, so
    that pass two finds "the Secretary General" who said something."""
    for _, found in chunk.parsed:
        for person, role, org, day in found.offices:
            run.tenure.learn(person, role, org, day)


def _over_budget(text: str) -> str | None:
    try:
        check_body(text)
    except OverBudget as error:
        return error.message
    return None


def _parse_all(
    run: _Run, docs: list[StoredDocument], result: Analysis
) -> list[tuple[StoredDocument, Parsed]]:
    """Parse a chunk, a slice per task; an article that cannot be parsed is recorded as
    skipped, with the reason."""
    slices = _parse_slices(docs)
    answers = list(run.workers.map(parse_slice, slices))  # one map at a time on a pool
    return _parsed(run, docs, slices, answers, result)


def _parse_slices(docs: list[StoredDocument]) -> list[tuple[ArticleInput, ...]]:
    inputs = [_input(doc) for doc in docs]
    return [tuple(inputs[i : i + SLICE_ARTICLES]) for i in range(0, len(inputs), SLICE_ARTICLES)]


def _parsed(
    run: _Run,
    docs: list[StoredDocument],
    slices: list[tuple[ArticleInput, ...]],
    answers: Sequence[list[Parsed | Unparsed] | Lost],
    result: Analysis,
) -> list[tuple[StoredDocument, Parsed]]:
    """The articles parsed, from pass one's answers; a slice whose worker died is parsed an
    article per task."""
    found: list[Parsed | Unparsed | Lost] = []
    for piece, answer in zip(slices, answers, strict=True):
        found += _parse_alone(run.workers, piece) if isinstance(answer, Lost) else answer
    parsed = []
    for doc, one in zip(docs, found, strict=True):
        if isinstance(one, Parsed):
            parsed.append((doc, one))
        else:
            _skip(run, result, doc, _why(one, "parsing"))
    return parsed


def _parse_alone(
    workers: Pool, articles: tuple[ArticleInput, ...]
) -> list[Parsed | Unparsed | Lost]:
    """A slice whose worker died, parsed an article per task: only the article that kills
    a worker again is lost."""
    answers = workers.map(parse_slice, [(article,) for article in articles])
    return [answer if isinstance(answer, Lost) else answer[0] for answer in answers]


def _read_and_parse(
    run: _Run,
    parsed: list[tuple[StoredDocument, Parsed]],
    following: list[StoredDocument],
    result: Analysis,
) -> tuple[list[Reading | str], list[tuple[StoredDocument, Parsed]]]:
    """Pass two over a chunk and pass one over the next, in one map: each article's reading
    (or why it has none), and the next chunk's articles parsed."""
    reads = _read_tasks(run, parsed)
    slices = _parse_slices(following)
    tasks: list[SliceTask] = [*reads, *(ParseTask(piece) for piece in slices)]
    answers = list(run.workers.map(run_stage, tasks))  # one map at a time on a pool
    read_answers = cast(list[list[Reading | None] | Lost], answers[: len(reads)])
    parse_answers = cast(list[list[Parsed | Unparsed] | Lost], answers[len(reads) :])
    readings = _readings(run, reads, read_answers)
    return readings, _parsed(run, following, slices, parse_answers, result)


def _read_tasks(run: _Run, parsed: list[tuple[StoredDocument, Parsed]]) -> list[ReadTask]:
    """Pass two's tasks over a chunk, a slice each, with the tenure table as it is now."""
    items = [(_input(doc), found.parse) for doc, found in parsed]
    return [
        ReadTask(run.tenure, run.aliases, tuple(items[i : i + SLICE_ARTICLES]))
        for i in range(0, len(items), SLICE_ARTICLES)
    ]


def _readings(
    run: _Run, tasks: list[ReadTask], answers: Sequence[list[Reading | None] | Lost]
) -> list[Reading | str]:
    """Each article's reading from pass two's answers, or why it has none; a slice whose
    worker died is read an article per task."""
    readings: list[Reading | str] = []
    for task, answer in zip(tasks, answers, strict=True):
        if not isinstance(answer, Lost):
            readings += [_or_failed(reading) for reading in answer]
            continue
        alone = [ReadTask(task.tenure, task.aliases, (item,)) for item in task.articles]
        for one in run.workers.map(read_slice, alone):
            readings.append(
                _why(one, "reading events") if isinstance(one, Lost) else _or_failed(one[0])
            )
    return readings


def _or_failed(reading: Reading | None) -> Reading | str:
    if reading is not None:
        return reading
    return StorylineError("the event extractor failed on this article", code=Code.E900).message


def _why(failed: Unparsed | Lost, doing: str) -> str:
    if isinstance(failed, Unparsed):
        return failed.reason
    return WorkerDied(f"the worker process {doing} it {failed.reason}").message


def _store_events(run: _Run, result: Analysis, doc: StoredDocument, reading: Reading | str) -> None:
    if isinstance(reading, str):
        _skip(run, result, doc, reading)
        return
    try:
        if not reading.events and reading.reason:
            # The article says why it yields no event, and the reason is kept with it.
            raise StorylineError(reading.reason, code=Code.E111)
        events = list(reading.events)
        run.writer.put_events(doc.id, events, version=EXTRACTOR_VERSION, settings=run.settings)
    except StorylineError as error:
        _skip(run, result, doc, error.message)
        return
    result.analysed += 1
    result.events += len(events)
    run.people.update(a.name for e in events for a in e.actors if a.kind == "person")


def _read_other(run: _Run, doc: StoredDocument) -> Reading | None:
    """The reading of an article in a language read without spaCy (Arabic)."""
    from storyline.lang.ar.reader import ArabicArticle, known_names, read_arabic
    from storyline.lang.ar.translit import NameLinker

    linker = NameLinker()
    linker.add([*sorted(run.people), *known_names()])
    article = _input(doc)
    try:
        found = read_arabic(
            ArabicArticle(
                article.doc, article.doc_id, article.text, article.published, article.issued
            ),
            run.tenure,
            linker,
            run.aliases,
        )
    except Exception:  # one article's bug is recorded, the run goes on
        log.exception("event extraction failed on %s", doc.doc)
        return None
    return Reading(found.events, found.reason)


def _skip(run: _Run, result: Analysis, doc: StoredDocument, reason: str) -> None:
    run.writer.put_events(
        doc.id, [], version=EXTRACTOR_VERSION, settings=run.settings, skipped=reason
    )
    result.skipped.append((doc.doc, reason))


def _chunks(ids: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _input(doc: StoredDocument) -> ArticleInput:
    published = doc.meta.published.value
    day = dt.date.fromisoformat(published) if published and len(published) == 10 else None
    return ArticleInput(
        doc=doc.doc,
        doc_id=doc.id,
        text=doc.text or "",
        published=day,
        title=doc.meta.title.value,
        author=doc.meta.author.value,
        issued=published or None,
        url=doc.source if doc.source.startswith(("http://", "https://")) else None,
    )


Mention = tuple[str, str, ActorKind]
"""One actor of one stored report: (report id, name as the report gives it, kind)."""


def corpus_events(events: Iterable[Event], actors_file: Path | None = None) -> list[Event]:
    """Per-article events with every actor under one canonical name across the whole corpus.

    The one place corpus-wide names are decided: merging and every command that shows
    per-article events read them through here. Every name is added to one
    :class:`~storyline.actors.ActorIndex` first (the answer for a name can change as more are
    added), then each actor is renamed; an actor no entry fits keeps its name, and so does an
    organisation the report calls by one of its own names ("ISIL", "Daesh"): merging knows
    them as one actor (:func:`storyline.merge.events.identity`) and shows the name most reports
    give it."""
    events = list(events)
    aliases = load_user_actors(actors_file).aliases if actors_file else None
    names = CorpusNames.of(mentions_of(sorted(events, key=_naming_order)), aliases)
    return [names.event(event) for event in events]


def mentions_of(events: Iterable[Event]) -> Iterator[Mention]:
    """The actors of ``events``, in the order given."""
    return ((event.id, a.name, a.kind) for event in events for a in event.actors)


class CorpusNames:
    """The names of one corpus, one canonical name per actor (what :func:`corpus_events`
    renames by), built from its mentions alone: a merge reads the names of every stored
    report (:meth:`~storyline.store.Store.mentions`) but parses only the reports it places.

    Each canonical name is asked of the index once: a corpus names the same few thousand
    actors many times over, and the index is complete when asked (its answers no longer
    change)."""

    def __init__(self, index: ActorIndex, aliases: AliasTable | None = None) -> None:
        self._index = index
        self._aliases = aliases
        self._asked: dict[str, str | None] = {}
        self._shown: dict[tuple[str, ActorKind], str] = {}

    @classmethod
    def of(cls, mentions: Iterable[Mention], aliases: AliasTable | None = None) -> CorpusNames:
        """The names of the corpus whose mentions are given in naming order (by report id)."""
        index = ActorIndex(aliases)
        # Each spelling recorded once, at its first mention, with its count: the same answers
        # as one record a mention (ActorIndex.record).
        counts = Counter((name, kind) for _, name, kind in mentions)
        for (name, kind), times in counts.items():
            index.record(name, kind, times)
        return cls(index, aliases)

    def canonical(self, name: str) -> str | None:
        """:meth:`~storyline.actors.ActorIndex.canonical` of ``name``."""
        if name not in self._asked:
            self._asked[name] = self._index.canonical(name)
        return self._asked[name]

    def shown(self, name: str, kind: ActorKind) -> str:
        """The name an actor a report calls ``name`` is shown under: its canonical name, or
        its own for a body called by one of its own names."""
        found = self._shown.get((name, kind))
        if found is None:
            own = kind != "person" and own_name(name, extra=self._aliases) is not None
            found = self._shown[name, kind] = name if own else self.canonical(name) or name
        return found

    def event(self, written: Event) -> Event:
        """``written`` with every actor under the name it is shown under. An actor shown
        under its own name is kept as it is, not made again: a merge names every report it
        loads (11,000 in a store of 50,000 articles), and most are named as written."""
        actors = tuple(
            a if (name := self.shown(a.name, a.kind)) == a.name else replace(a, name=name)
            for a in written.actors
        )
        return written if actors == written.actors else replace(written, actors=actors)


def _naming_order(event: Event) -> str:
    """The order names are added in (where two spellings tie, it decides): the events' ids,
    whatever order a command reads them in (a batch's own, or every one placed before)."""
    return event.id


def renamed_by(
    old: Iterable[Event], new: Iterable[Event], actors_file: Path | None = None
) -> set[str]:
    """Ids of the ``old`` events that :func:`corpus_events` names someone of otherwise once
    ``new`` events join the corpus: a later article that spells a person in full ("Tomas
    Vidal" after a bare "Vidal"), or a body in other letters ("Government of Iraq" after
    "government of Iraq": the spelling written as a name is shown). See :func:`renamed_in`."""
    aliases = load_user_actors(actors_file).aliases if actors_file else None
    old, new = sorted(old, key=_naming_order), sorted(new, key=_naming_order)
    return renamed_in(list(mentions_of(old)), list(mentions_of(new)), aliases)


def renamed_in(
    old: Sequence[Mention], new: Sequence[Mention], aliases: AliasTable | None = None
) -> set[str]:
    """:func:`renamed_by` over the mentions of the old and the new reports (each in naming
    order, by report id).

    A name's canonical form depends only on the bodies spelled as it is (folded alike) and,
    for a person, on the spellings of their surname's key: only the old mentions that share
    one of those with a new mention are named again, in an index of just what they depend on.
    """
    probe = ActorIndex(aliases)
    keyed: dict[tuple[str, ActorKind], tuple[str, str | None]] = {}

    def keys_of(name: str, kind: ActorKind) -> tuple[str, str | None]:
        # a corpus names the same few thousand actors many times over
        found = keyed.get((name, kind))
        if found is None:
            found = keyed[name, kind] = (fold(name), probe.person_key(name, kind))
        return found

    folds = {keys_of(name, kind)[0] for _, name, kind in new if kind != "person"}
    keys = {key for _, name, kind in new if (key := keys_of(name, kind)[1])}
    hit = [
        (event_id, name, kind)
        for event_id, name, kind in old
        if keys_of(name, kind)[0] in folds or keys_of(name, kind)[1] in keys
    ]
    if not hit:
        return set()
    need_folds = {keys_of(name, kind)[0] for _, name, kind in hit}
    need_keys = {key for _, name, kind in hit if (key := keys_of(name, kind)[1])}

    def needed(name: str, kind: ActorKind) -> bool:
        folded, key = keys_of(name, kind)
        return folded in need_folds if kind != "person" else key in need_keys

    # in the order corpus_events adds them: every event's names by id, old and new together
    together = sorted([*old, *new], key=lambda mention: mention[0])
    before = CorpusNames.of((m for m in old if needed(m[1], m[2])), aliases)
    after = CorpusNames.of((m for m in together if needed(m[1], m[2])), aliases)
    return {
        event_id for event_id, name, _ in hit if before.canonical(name) != after.canonical(name)
    }
