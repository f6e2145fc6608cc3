"""Merging a batch reads what the batch needs, not the whole store: the document frequencies
of story terms are kept in the store as stories are written, and grouping reads only the
profiles of articles a new one may be compared with; the stories are those of reading all."""

from __future__ import annotations

import json
import random
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import pytest

from storyline.config import Settings
from storyline.merge import grouping, run
from storyline.merge.grouping import NO_PROFILE, earlier_profiles
from storyline.merge.profile import Profile, Weights, profile
from storyline.merge.run import merge
from storyline.merge.stories import MAX_DAYS, StoryDoc, Window, group
from storyline.records import Article, Field
from storyline.store import Writer, open_store
from storyline.store.packed import pack
from tests.merge.factories import weights_of
from tests.merge.stored import write_reports
from tests.merge.test_stories import DIALOGUE, FILLERS, LOOKALIKE
from tests.store.factories import article

TEXTS = [*DIALOGUE.values(), *LOOKALIKE.values(), *((None, text) for text in FILLERS)]


def stored_terms(db: Path) -> dict[tuple[str, str], int]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT bag, term, docs FROM story_terms WHERE docs > 0").fetchall()
    conn.close()
    return {(bag, term): docs for bag, term, docs in rows}


def counted(profiles: list[Profile]) -> dict[tuple[str, str], int]:
    found: Counter[tuple[str, str]] = Counter()
    for prof in profiles:
        for bag in ("terms", "names", "lead"):
            found.update((bag, term) for term in getattr(prof, bag))
    return dict(found)


def dumped(prof: Profile) -> str:
    return json.dumps(prof.to_row(), ensure_ascii=False)


def row(doc_id: str, prof: Profile, story: str = "s") -> tuple[str, str, None, str]:
    return (doc_id, story, None, dumped(prof))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


def test_incremental_story_terms_follow_stories_written_replaced_and_deleted(db: Path) -> None:
    docs = [article(text, source=f"{n}.txt", title=title) for n, (title, text) in enumerate(TEXTS)]
    profiles = [profile(title, text) for title, text in TEXTS]
    with Writer(db) as writer:
        for doc in docs:
            writer.put_article(doc)
        writer.put_stories([row(d.id, p) for d, p in zip(docs, profiles, strict=True)])
        assert stored_terms(db) == counted(profiles)
        # A story written again with another profile (an article read again): replaced.
        writer.put_stories([row(docs[0].id, profiles[1], story="t")])
        assert stored_terms(db) == counted([profiles[1], *profiles[1:]])
    with sqlite3.connect(db) as conn:  # the article deleted: its story goes with it
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM documents WHERE id = ?", (docs[2].id,))
    conn.close()
    assert stored_terms(db) == counted([profiles[1], profiles[1], *profiles[3:]])


def test_incremental_store_frequencies_are_those_of_every_profile(db: Path) -> None:
    docs = [article(text, source=f"{n}.txt", title=title) for n, (title, text) in enumerate(TEXTS)]
    profiles = [profile(title, text) for title, text in TEXTS]
    with Writer(db) as writer:
        for doc in docs:
            writer.put_article(doc)
        writer.put_stories([row(d.id, p) for d, p in zip(docs, profiles, strict=True)])
    weights = Weights()
    for prof in profiles:
        weights.add(prof)
    with open_store(db) as store:
        assert not store.stories_outside()
        for bag, df in weights.df.items():
            assert store.term_docs(bag, [*df, "no-such-term"]) == dict(df)
        assert set(store.profiles([docs[0].id, "no-such-id"])) == {docs[0].id}


def _stories_of(times: list[tuple[str, str, str | None, str | None]]) -> dict[str, list[StoryDoc]]:
    """The stored stories as grouping holds them before it reads any profile."""
    earlier: dict[str, list[StoryDoc]] = {}
    for doc_id, story, day, published in times:
        earlier.setdefault(story, []).append(StoryDoc(doc_id, NO_PROFILE, day, published))
    return earlier


@pytest.mark.parametrize("shares", [False, True])
def test_incremental_grouping_reads_only_profiles_it_may_compare(db: Path, shares: bool) -> None:
    """A new article published years after every stored one: grouping it reads the packed
    profile of no stored article but the one whose publication day is not known (only its
    month), and files that one under its key terms only when they hold one of the new
    article's."""
    write_reports(db)
    merge(Settings(db=db))
    with open_store(db) as store, Writer(db) as writer:
        times = store.story_times()
        undated = {doc_id for doc_id, _, _, published in times if published == "2016-07"}
        text = "Ministers met in Lisbon to talk about fishing quotas. " * 5
        if shares:
            text = "\n".join(t or "" for t in store.texts(undated).values())
        far = StoryDoc("far", profile("Far away", text), None, "2030-01-02")
        filled, weights, stored = earlier_profiles(store, writer, [far])
    assert stored is not None
    read = {d.id for members in filled.values() for d in members if d.id in stored}
    assert read == undated
    assert {d for d in undated if stored.keys(d)} == (undated if shares else set())
    assert weights.docs == len(times) + 1
    if not shares:
        assert group([far], filled, weights, stored=stored) == {"far": "far"}


def test_incremental_grouping_holds_only_stories_a_new_article_may_join(db: Path) -> None:
    """A new article published years after every stored one may join only a story holding an
    article whose publication day is not known: the others are not held while grouping."""
    write_reports(db)
    merge(Settings(db=db))
    with open_store(db) as store:
        times = store.story_times()
        earlier = _stories_of(times)
        far = StoryDoc(
            "far", profile("Far away", "Ministers met in Lisbon. " * 5), None, "2030-01-02"
        )
        with Writer(db) as writer:
            filled, weights, _ = earlier_profiles(store, writer, [far])
    unknown = {story for _, story, _, published in times if published == "2016-07"}
    assert unknown and set(filled) == unknown < set(earlier)
    bare = {story: [replace(d, profile=NO_PROFILE) for d in ds] for story, ds in filled.items()}
    assert bare == {story: earlier[story] for story in unknown}
    assert weights.docs == len(times) + 1


@pytest.mark.parametrize("packed", [True, False])
@pytest.mark.parametrize("seed", range(6))
def test_incremental_grouping_is_that_of_reading_every_profile(
    db: Path, seed: int, packed: bool
) -> None:
    rng = random.Random(seed)
    docs = [article(text, source=f"{n}.txt", title=title) for n, (title, text) in enumerate(TEXTS)]
    published = ["2025-03-12", "2025-03-14", "2023-01-02", None]
    times = [(rng.choice([None, "2025-03-12", "2025-03-20"]), rng.choice(published)) for _ in docs]
    docs = [published_on(d, when) for d, (_, when) in zip(docs, times, strict=True)]
    every = [
        StoryDoc(d.id, profile(title, text), day, when)
        for d, (title, text), (day, when) in zip(docs, TEXTS, times, strict=True)
    ]
    old, new = every[::2], every[1::2]
    earlier = group(old, {}, weights_of(d.profile for d in old))
    with Writer(db) as writer:
        for doc in docs:
            writer.put_article(doc)
        writer.put_stories([(d.id, earlier[d.id], d.day, dumped(d.profile)) for d in old])
    stored: dict[str, list[StoryDoc]] = {}
    for d in old:
        stored.setdefault(earlier[d.id], []).append(d)
    if not packed:  # a store written before schema 14: packed when grouping needs them
        with sqlite3.connect(db) as conn:
            conn.execute("DELETE FROM story_packed")
        conn.close()
    with open_store(db) as store, Writer(db) as writer:
        filled, weights, vectors = earlier_profiles(store, writer, new)
        assert len(store.packed_stories(d.id for d in old)) == len(old)
    bare = {s: [replace(d, profile=NO_PROFILE) for d in ds] for s, ds in stored.items()}
    window = Window.of(new, MAX_DAYS)
    met = {s: ds for s, ds in bare.items() if any(map(window.may_meet, ds))}
    assert {s: [replace(d, profile=NO_PROFILE) for d in ds] for s, ds in filled.items()} == met
    read_all = group(new, stored, weights_of(d.profile for d in every))
    assert group(new, filled, weights, stored=vectors) == read_all


def published_on(doc: Article, day: str | None) -> Article:
    """``doc`` published on ``day`` (its id unchanged)."""
    return replace(doc, meta=replace(doc.meta, published=Field(day, "dateline" if day else None)))


def test_incremental_new_articles_profiled_a_few_texts_at_a_time(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = [article(text, source=f"{n}.txt", title=title) for n, (title, text) in enumerate(TEXTS)]
    with Writer(db) as writer:
        for doc in docs:
            writer.put_article(doc)
    monkeypatch.setattr(grouping, "TEXTS_AT_ONCE", 2)
    with open_store(db) as store:
        read: list[int] = []
        texts = store.texts

        def counting(ids: Iterable[str]) -> dict[str, str | None]:
            wanted = list(ids)
            read.append(len(wanted))
            return texts(wanted)

        monkeypatch.setattr(store, "texts", counting)
        stored = {d.id: d for d in store.documents(status="ok", text=False)}
        ordered = [stored[d.id] for d in docs]
        new = grouping.story_docs(store, ordered, {docs[0].id: "Salim Al-Hadithi in Baghdad"}, {})
    assert [d.id for d in new] == [d.id for d in docs]
    assert new[0].profile == profile(None, "Salim Al-Hadithi in Baghdad")  # its gloss
    assert [d.profile for d in new[1:]] == [profile(title, text) for title, text in TEXTS[1:]]
    assert read == [1, *[2] * ((len(docs) - 2) // 2), *[1] * (len(docs) % 2)]


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _merged_rows(db: Path) -> dict[str, str]:
    with open_store(db) as store:
        return store.merged_data()


@pytest.mark.parametrize("parts", [2, 3])
def test_incremental_merge_of_batches_is_that_of_combining_every_event(
    tmp_path: Path, parts: int
) -> None:
    """Batches combine only the events they change; combining every event again after them
    changes nothing."""
    from storyline.ingest.pipeline import ingest

    files = sorted(EXAMPLES.iterdir())
    settings = Settings(db=tmp_path / "batches.db")
    for part in range(parts):
        ingest([str(f) for f in files[part::parts]], settings)
        run.catch_up(settings)
    before = _merged_rows(settings.db)
    assert before
    assert merge(settings, full=True).events == 0
    assert _merged_rows(settings.db) == before


BATCH_ONE = "Prime Minister Vidal met Foreign Minister Ana Soto in Lima on Monday, officials said."
BATCH_TWO = (
    "Prime Minister Tomas Vidal of Peru flew to Quito on Thursday for talks with the "
    "president of Ecuador, officials said."
)


def test_incremental_merge_names_earlier_events_as_later_articles_spell_them(
    tmp_path: Path,
) -> None:
    """A later article that spells a person in full renames them in earlier events it does
    not join, as combining every event again would."""
    from storyline.ingest.pipeline import ingest

    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text(f"Vidal meets Soto\n\nLima, May 6, 2024\n\n{BATCH_ONE}\n", "utf-8")
    second.write_text(f"Vidal in Quito\n\nQuito, May 9, 2024\n\n{BATCH_TWO}\n", "utf-8")
    settings = Settings(db=tmp_path / "names.db")
    ingest([str(first)], settings)
    run.catch_up(settings)
    ingest([str(second)], settings)
    run.catch_up(settings)
    rows = [json.loads(r) for r in _merged_rows(settings.db).values()]
    meeting = next(r for r in rows if r["type"] == "meet" and "Lima" in json.dumps(r))
    assert "Tomas Vidal" in {a["name"] for a in meeting["actors"]}
    assert merge(settings, full=True).events == 0


def test_incremental_renamed_by_finds_what_new_spellings_change() -> None:
    """Of earlier reports, those whose people or bodies the corpus names otherwise once the
    new ones join, and no others; as naming the whole corpus again tells."""
    from storyline.events.run import corpus_events, renamed_by
    from storyline.records import Actor
    from tests.merge.factories import make_event

    vidal = Actor("Vidal", "person", "Prime Minister", side="source")
    soto = Actor("Ana Soto", "person", "Foreign Minister", side="target")
    body = Actor("government of Peru", "org", "government", side="source")
    chile = Actor("Chile", "state", "state", side="target")
    old = [
        make_event("e1", actors=(vidal, soto)),
        make_event("e2", actors=(body, chile)),
        make_event("e3", actors=(soto, chile)),
    ]
    new = [
        make_event("e4", actors=(Actor("Tomas Vidal", "person", side="source"), chile)),
        make_event("e5", actors=(Actor("Government of Peru", "org", side="source"),)),
    ]
    assert renamed_by(old, new) == {"e1", "e2"}
    before = {e.id: e.actors for e in corpus_events(old)}
    after = {e.id: e.actors for e in corpus_events([*old, *new])}
    assert {i for i in before if before[i] != after[i]} == {"e1", "e2"}
    assert renamed_by(old, []) == set()


def test_incremental_names_do_not_depend_on_the_order_events_are_read_in() -> None:
    """A batch names its events in text order, a later full merge in placing order: both
    give the same names (of two spellings of a body, the one written as a name)."""
    from storyline.events.run import corpus_events
    from storyline.records import Actor
    from tests.merge.factories import make_event

    lower = make_event("e1", actors=(Actor("Tacna water board", "org", side="source"),))
    upper = make_event("e2", actors=(Actor("Tacna Water Board", "org", side="source"),))
    vidal = make_event("e3", actors=(Actor("Vidal", "person", side="source"),))
    tomas = make_event("e4", actors=(Actor("Tomas Vidal", "person", side="source"),))
    events = [lower, upper, vidal, tomas]
    names = {e.id: [a.name for a in e.actors] for e in corpus_events(events)}
    again = {e.id: [a.name for a in e.actors] for e in corpus_events(events[::-1])}
    assert names == again
    assert names["e1"] == ["Tacna Water Board"]
    assert names["e3"] == ["Tomas Vidal"]


def test_incremental_events_read_again_are_combined_again(tmp_path: Path) -> None:
    """An article's events read again under the same ids (a new extractor, the same text):
    the next merge combines every event again, so none shows the old reading."""
    from storyline.events.run import EXTRACTOR_VERSION
    from storyline.ingest.pipeline import ingest

    settings = Settings(db=tmp_path / "again.db")
    ingest([str(f) for f in sorted(EXAMPLES.iterdir())[:4]], settings)
    run.catch_up(settings)
    with open_store(settings.db) as store:
        doc = next(d for d in store.documents() if store.events(d.id))
        events = store.events(doc.id)
    renamed = [
        replace(e, actors=tuple(replace(a, name=f"{a.name} Renamed") for a in e.actors))
        for e in events
    ]
    with Writer(settings.db) as writer:
        writer.put_events(doc.id, renamed, version=EXTRACTOR_VERSION)
    merge(settings)
    shown = json.dumps(_merged_rows(settings.db))
    assert all(f"{a.name} Renamed" in shown for e in events for a in e.actors)
    assert merge(settings, full=True).events == 0


def test_incremental_events_combined_by_other_code_are_combined_again(tmp_path: Path) -> None:
    """A store merged by code that combined otherwise (another MERGE_VERSION) is combined
    again at the next merge, with nothing new to place."""
    from storyline.ingest.pipeline import ingest

    settings = Settings(db=tmp_path / "code.db")
    ingest([str(f) for f in sorted(EXAMPLES.iterdir())[:3]], settings)
    run.catch_up(settings)
    with Writer(settings.db) as writer:
        writer.put_state(run.MERGE_STATE, "0:older code")
    merge(settings)
    with open_store(settings.db) as store:
        assert store.state(run.MERGE_STATE) == run._merged_by()


def test_incremental_names_asks_the_index_once_a_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """Naming the corpus and finding what a batch renames ask the index once for each name,
    not once a mention: a store names the same people in thousands of reports."""
    from storyline.actors import names as actor_names
    from storyline.events.run import corpus_events, renamed_by
    from storyline.records import Actor
    from tests.merge.factories import make_event

    asked: Counter[str] = Counter()
    canonical = actor_names.ActorIndex.canonical

    def counting(self: actor_names.ActorIndex, name: str) -> str | None:
        asked[name] += 1
        return canonical(self, name)

    monkeypatch.setattr(actor_names.ActorIndex, "canonical", counting)
    soto = Actor("Ana Soto", "person", side="source")
    cusco = Actor("Cusco council", "org", side="target")
    old = [make_event(f"e{n}", actors=(soto, cusco)) for n in range(40)]
    new = [make_event("f1", actors=(Actor("Soto", "person", side="source"), cusco))]
    corpus_events([*old, *new])
    assert asked == {"Ana Soto": 1, "Cusco council": 1, "Soto": 1}
    asked.clear()
    assert renamed_by(old, new) == set()
    assert max(asked.values()) <= 2  # once in the index before the batch, once after


def packed_rows(db: Path) -> dict[str, tuple[bytes, bytes, bytes, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT doc_id, terms, names, lead, years FROM story_packed")
        found = {doc_id: (terms, names, lead, years) for doc_id, terms, names, lead, years in rows}
    conn.close()
    return found


def packed_of(db: Path, doc_id: str, prof: Profile) -> tuple[bytes, bytes, bytes, str]:
    with sqlite3.connect(db) as conn:
        numbers = dict(conn.execute("SELECT term, id FROM story_vocab").fetchall())
    conn.close()
    return pack(doc_id, prof.to_row(), numbers)[1:]


def test_incremental_packed_profiles_follow_stories_written_replaced_and_deleted(
    db: Path,
) -> None:
    """Schema 14: each story's profile packed beside it, by the writer and the triggers."""
    docs = [article(text, source=f"{n}.txt", title=title) for n, (title, text) in enumerate(TEXTS)]
    profiles = [profile(title, text) for title, text in TEXTS]
    with Writer(db) as writer:
        for doc in docs:
            writer.put_article(doc)
        writer.put_stories([row(d.id, p) for d, p in zip(docs, profiles, strict=True)])
        expected = {d.id: packed_of(db, d.id, p) for d, p in zip(docs, profiles, strict=True)}
        assert packed_rows(db) == expected
        writer.put_stories([row(docs[0].id, profiles[1], story="t")])
        assert packed_rows(db)[docs[0].id] == packed_of(db, docs[0].id, profiles[1])
    with sqlite3.connect(db) as conn:  # replaced by other code: dropped, packed when needed
        conn.execute("PRAGMA foreign_keys = ON")  # (outside a transaction, or it does nothing)
        replace_profile = "UPDATE stories SET profile = ? WHERE doc_id = ?"
        conn.execute(replace_profile, (dumped(profiles[2]), docs[1].id))
        conn.execute("DELETE FROM documents WHERE id = ?", (docs[2].id,))
    conn.close()
    assert set(packed_rows(db)) == {d.id for d in docs} - {docs[1].id, docs[2].id}
    with Writer(db) as writer:
        assert writer.pack_stories([d.id for d in docs]) == 1
        assert writer.pack_stories([d.id for d in docs]) == 0
    assert packed_rows(db)[docs[1].id] == packed_of(db, docs[1].id, profiles[2])
    with open_store(db) as store:
        numbers = store.story_term_numbers(["no-such-term", *profiles[0].terms])
        assert set(numbers) == set(profiles[0].terms)
        assert store.story_vocab_end() > max(numbers.values())
        by_number = dict(store.numbered_term_docs("names"))
        names = store.story_term_numbers(profiles[3].names)
        found = {term: by_number[n] for term, n in names.items()}
        assert found == store.term_docs("names", profiles[3].names)
