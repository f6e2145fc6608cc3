"""Story grouping of the articles a merge brings (the effectful edge of
:mod:`storyline.merge.stories`): what grouping sees of each new article, read from the store,
and the earlier articles it may be compared with, read as their profiles only."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from storyline.lang import profile_for
from storyline.merge.assign import paused_gc
from storyline.merge.events import FIRM_BASES, doc_of
from storyline.merge.packed import StoredVectors, frequencies_by_number
from storyline.merge.profile import Profile, Weights, profile
from storyline.merge.stories import MAX_DAYS, StoryDoc, Window, group, key_limit, key_terms
from storyline.records import Event, StoredDocument
from storyline.store import Store, Writer
from storyline.store.merged import StoryTimes
from storyline.store.packed import BAGS


def group_new(
    store: Store,
    writer: Writer,
    docs: dict[str, StoredDocument],
    copies: dict[str, str],
    events: dict[str, Event],
) -> tuple[int, dict[str, str]]:
    """Group the articles of ``docs`` not yet in a story; returns how many, and the story of
    each article grouped now and of the article of each of ``events`` (what placing them
    reads). Earlier stories are read only where a new article may join them."""
    grouped = store.stories_of(docs)
    reported = store.stories_of({doc_of(e) for e in events.values()})
    days = _main_days(events.values())
    glosses = _glosses(events.values(), docs)
    ungrouped = [docs[d] for d in docs if d not in grouped and d not in copies]
    ordered = sorted(ungrouped, key=_canonical_key)  # not by ingestion
    new = story_docs(store, ordered, glosses, days)
    if not new:
        return 0, reported
    # Grouping makes objects by the hundred thousand (vectors, index entries) and no cycles,
    # beside a heap that grows with the store (a 50,000-article store's earlier stories):
    # the collector's full passes over it took a sixth of grouping 1,000 articles there.
    with paused_gc():
        earlier, weights, stored = earlier_profiles(store, writer, new)
        stories = group(new, earlier, weights, stored=stored)
    writer.put_stories(
        [
            (d.id, stories[d.id], d.day, json.dumps(d.profile.to_row(), ensure_ascii=False))
            for d in new
        ]
    )
    return len(new), {**reported, **stories}


def _earlier(rows: Iterable[tuple[str, str, str | None, str | None]]) -> dict[str, list[StoryDoc]]:
    """Grouped articles by story (rows of :meth:`~storyline.store.Store.story_times`), their
    profiles not read."""
    earlier: dict[str, list[StoryDoc]] = defaultdict(list)
    for doc_id, story, day, published in rows:
        earlier[story].append(StoryDoc(doc_id, NO_PROFILE, day, published))
    return earlier


def stories_within(store: Store, window: Window) -> dict[str, list[StoryDoc]]:
    """The earlier stories that hold an article ``window`` may meet, each with all its
    articles (their profiles not read), in the order :meth:`~storyline.store.Store.story_times`
    gives them: looked up by the days of the window (:class:`StoryTimes`), and then each
    article checked as :meth:`Window.may_meet` checks it."""
    if window.unknown:
        rows = store.story_times()
    else:
        rows = store.story_members(store.stories_meeting(story_times(window)))
    earlier = _earlier(rows)
    met = {story for story, members in earlier.items() if any(map(window.may_meet, members))}
    return {story: members for story, members in earlier.items() if story in met}


def story_times(window: Window) -> StoryTimes:
    """The days of ``window`` as the store looks stories up by them."""
    return StoryTimes(
        days=[_iso(day) for day in window.days if _iso(day)],
        published=_span(window.published),
        unpublished=window.unpublished,
        undated=window.undated,
        undated_published=_span(window.undated_published),
    )


def _span(days: frozenset[int]) -> tuple[str, str] | None:
    if not days:
        return None
    first, last = _iso(max(min(days), 1)) or dt.date.min.isoformat(), _iso(max(days))
    return first, last or dt.date.max.isoformat()


def _iso(ordinal: int) -> str:
    """The day of ``ordinal`` as YYYY-MM-DD ("" where no day is)."""
    if not 1 <= ordinal <= dt.date.max.toordinal():
        return ""
    return dt.date.fromordinal(ordinal).isoformat()


TEXTS_AT_ONCE = 500
"""Texts read from the store at a time to profile new articles: a merge of 50,000 new articles
would otherwise hold all their texts (130 MB) while it groups them."""


def story_docs(
    store: Store, ordered: list[StoredDocument], glosses: dict[str, str], days: dict[str, str]
) -> list[StoryDoc]:
    """What story grouping sees of each new article, in the order given: its profile (of its
    text, read :data:`TEXTS_AT_ONCE` at a time, or of its gloss), main event day and
    publication day."""
    new = []
    for start in range(0, len(ordered), TEXTS_AT_ONCE):
        part = ordered[start : start + TEXTS_AT_ONCE]
        texts = store.texts(d.id for d in part if d.id not in glosses)
        for doc in part:
            words = (
                profile(None, glosses[doc.id])
                if doc.id in glosses
                else profile(doc.meta.title.value, texts.get(doc.id) or "")
            )
            new.append(StoryDoc(doc.id, words, days.get(doc.id), doc.meta.published.value))
    return new


NO_PROFILE = Profile({}, {}, {}, frozenset())
"""The profile of an earlier article no new one can be compared with (not read)."""


def earlier_profiles(
    store: Store, writer: Writer, new: list[StoryDoc]
) -> tuple[dict[str, list[StoryDoc]], Weights, StoredVectors | None]:
    """The earlier stories the new articles may join, and the corpus's document frequencies
    of the terms those and the new articles hold (``story_terms``). No profile's JSON is
    read: the earlier articles a new one may be compared with (those within its days,
    :class:`~storyline.merge.stories.Window`) are read packed (``story_packed``) and their
    vectors and key terms worked out for all at once (:class:`StoredVectors`; a grouped
    article not packed yet is packed first), and a story none of whose articles is within
    the new ones' days is left out (no new article can join it): grouping a batch into a
    store of years of news then holds the stories of its own weeks, not of every year."""
    weights = Weights()
    window = Window.of(new, MAX_DAYS)
    grouped, outside = store.story_count()
    if outside:  # the stored frequencies count an article gone: count here
        earlier = _earlier(store.story_times())
        read = {d: Profile.from_row(p) for d, _, _, _, p in store.stories()}
        for prof in [*read.values(), *(d.profile for d in new)]:
            weights.add(prof)
        filled = {
            story: [replace(d, profile=read[d.id]) if d.id in read else d for d in members]
            for story, members in earlier.items()
        }
        return filled, weights, None
    weights.docs = grouped
    _stored_frequencies(store, weights, [d.profile for d in new])
    for doc in new:
        weights.add(doc.profile)
    earlier = stories_within(store, window)
    wanted = [d.id for members in earlier.values() for d in members if window.may_meet(d)]
    stored = _stored_vectors(store, writer, wanted, new, weights)
    filled = {
        story: [
            StoryDoc(d.id, stored.profile(d.id), d.day, d.published) if d.id in stored else d
            for d in members
        ]
        for story, members in earlier.items()
    }
    return filled, weights, stored


def _stored_vectors(
    store: Store, writer: Writer, wanted: list[str], new: list[StoryDoc], weights: Weights
) -> StoredVectors:
    """The vectors and key terms of the ``wanted`` earlier articles with ``weights`` (the
    stored frequencies and the new articles'), read packed; of their key terms only those
    among the new articles' (:func:`~storyline.merge.stories.key_terms`)."""
    rows = store.packed_stories(wanted)
    if len(rows) < len(set(wanted)) and writer.pack_stories(set(wanted) - {r[0] for r in rows}):
        rows = store.packed_stories(wanted)
    numbers = store.story_term_numbers(
        {term for d in new for bag in BAGS for term in getattr(d.profile, bag)}
    )
    end = store.story_vocab_end()
    frequencies = frequencies_by_number(
        [store.numbered_term_docs(bag) for bag in BAGS],
        [d.profile for d in new],
        numbers,
        end,
        weights.docs,
        key_limit(weights),
    )
    return StoredVectors(rows, frequencies, numbers, end, key_terms(new, weights))


def _stored_frequencies(
    store: Store, weights: Weights, profiles: Iterable[Profile], skip: Iterable[Profile] = ()
) -> None:
    """Add to ``weights`` the stored document frequencies of the terms ``profiles`` hold, but
    of those ``skip`` holds (already added)."""
    held, done = list(profiles), list(skip)
    for bag, df in weights.df.items():
        known = {term for p in done for term in getattr(p, bag)}
        terms = {term for p in held for term in getattr(p, bag)} - known
        df.update(store.term_docs(bag, terms))


def _glosses(events: Iterable[Event], docs: dict[str, StoredDocument]) -> dict[str, str]:
    """What each article in a language other than English reports, in English: its events'
    summaries, topics and places. Stories are grouped by shared words, and an Arabic report
    shares none with an English one; what its reader understood (the same canonical names,
    places and headlines an English report of the happening gives) stands for its text."""
    foreign = {d.id for d in docs.values() if not _english(d.meta.lang.value)}
    lines: dict[str, list[str]] = defaultdict(list)
    for event in events:
        doc_id = doc_of(event)
        if doc_id in foreign:
            place = [event.location.name] if event.location else []
            lines[doc_id] += [event.summary, *event.topics, *place, event.date.value or ""]
    return {doc_id: "\n".join(lines.get(doc_id, [])) for doc_id in foreign}


def _english(lang: str | None) -> bool:
    profile_ = profile_for(lang)
    return profile_ is None or profile_.parsed


def _canonical_key(doc: StoredDocument) -> tuple[str, str]:
    """:data:`storyline.store.merged.CANONICAL`, for documents in memory."""
    return (doc.meta.published.value or "9999", doc.id)


def _main_days(events: Iterable[Event]) -> dict[str, str]:
    """Each article's main event day, when the text states it to the day."""
    days: dict[str, str | None] = {}
    for event in events:
        doc_id = doc_of(event)
        if doc_id in days or event.background:
            continue
        firm = event.date.precision == "day" and event.date.basis in FIRM_BASES
        days[doc_id] = event.date.value if firm else None
    return {doc_id: day for doc_id, day in days.items() if day}
