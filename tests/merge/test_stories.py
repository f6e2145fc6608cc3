"""Stories: reports of one main happening group together; a look-alike happening (same kind,
other people, place and year) stays apart; earlier stories keep their ids and members."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable, Iterator

import pytest

from storyline.merge import stories as story_module
from storyline.merge.profile import Weights, cosine
from storyline.merge.stories import (
    ATTACH_AT,
    COMMON_MAX_DOCS,
    JOIN_AT,
    MAX_DAYS,
    PUBLISHED_WITHIN_DAYS,
    WEAKEST_JOIN,
    StoryDoc,
    Vectors,
    _keys,
    _Nodes,
    candidate_pairs,
    group,
    key_limit,
    key_terms,
    may_tell_one_story,
    similarities,
    similarity,
)
from tests.merge.factories import story_doc, weights_of

DIALOGUE = {
    "dlg-wire": (
        "Iraq and NATO hold strategic dialogue in Baghdad",
        "BAGHDAD, 12 March 2025 — Foreign Minister Salim Al-Hadithi and NATO Deputy Secretary "
        "General Ingrid Halvorsen opened the fourth round of the strategic dialogue in Baghdad on "
        "Wednesday. The talks covered the expansion of NATO Mission Iraq, a staff college in Basra "
        "and the training of 1,200 officers this year. Al-Hadithi said the advisers should hand "
        "more tasks to Iraqi institutions. Halvorsen praised the reforms of the defence ministry "
        "and promised that the mission would stay only as long as the government wanted it.",
    ),
    "dlg-tv": (
        "Halvorsen in Baghdad for fourth strategic dialogue",
        "NATO's Ingrid Halvorsen arrived in Baghdad for the fourth strategic dialogue with Iraq, "
        "meeting Salim Al-Hadithi at the foreign ministry. Officials said the Basra staff college "
        "and a plan to train 1,200 officers dominated the agenda. Halvorsen told reporters the "
        "alliance respected Iraqi sovereignty. Al-Hadithi called the 2025 round a turning point "
        "for NATO Mission Iraq.",
    ),
    "dlg-daily": (
        "Hadithi, Halvorsen discuss Basra college",
        "Salim Al-Hadithi received Ingrid Halvorsen of NATO on Wednesday as the two sides began "
        "their fourth strategic dialogue. The foreign minister asked NATO Mission Iraq to speed up "
        "the handover of advisory work, while Halvorsen said the staff college in Basra would "
        "open before the end of 2025 and that 1,200 officers would be trained.",
    ),
}
LOOKALIKE = {
    "first-wire": (
        "Iraq and NATO hold first strategic dialogue in Brussels",
        "BRUSSELS, 7 June 2023 — Defence Minister Jabbar Al-Zubaidi and NATO Assistant Secretary "
        "General Piotr Walenski opened the first round of the strategic dialogue at alliance "
        "headquarters on Tuesday. Discussions focused on NATO Mission Iraq, border security "
        "along the Syrian frontier and the training of 300 officers. Al-Zubaidi asked the "
        "advisers for help with drone surveillance. Walenski said the alliance would weigh "
        "the request.",
    ),
    "first-agency": (
        "Zubaidi and Walenski open first strategic dialogue",
        "Jabbar Al-Zubaidi held talks with Piotr Walenski in Brussels as Iraq and NATO began "
        "their first strategic dialogue. The Iraqi defence minister asked NATO Mission Iraq for "
        "drone surveillance along the Syrian frontier, and Walenski promised training for 300 "
        "officers, a ministry statement said.",
    ),
}
FILLERS = [
    "Oil exports from the southern terminals rose to 3.4 million barrels a day in February as "
    "tankers returned after a storm closed the port for three days.",
    "The national football team beat Jordan two goals to one in a friendly in Amman, with the "
    "winning goal scored in stoppage time by a teenage striker.",
    "Farmers in Diyala began the date harvest early this year after a hot summer, and traders "
    "expect prices at the wholesale market to fall.",
    "The electricity ministry said new turbines at a power station near Samarra would add 750 "
    "megawatts to the grid before the peak of the summer heat.",
    "A museum in Mosul reopened its gallery of Assyrian reliefs after restorers repaired damage "
    "to the walls and the roof of the old building.",
    "Water levels in the Tigris fell to their lowest in decades, and the agriculture ministry "
    "cut the area of rice to be planted along the river.",
    "The central bank sold more dollars at its daily auction as importers rushed to pay for "
    "goods before the new customs tariff took effect.",
    "Provincial council elections will be held in December, the electoral commission said, "
    "after parties agreed on the rules for counting votes abroad.",
    "An airline began direct flights from Najaf to Istanbul, carrying pilgrims and traders "
    "three times a week on a leased aircraft.",
    "Teachers in Kirkuk went on strike over unpaid salaries, closing schools across the "
    "province for a second week as talks with the finance ministry stalled.",
    "Archaeologists from a Italian university found clay tablets near Nasiriyah that record the "
    "accounts of a temple granary four thousand years ago.",
    "The health ministry opened a cancer centre in Karbala equipped with two radiotherapy "
    "machines donated by a charity from Kuwait.",
    "A sandstorm grounded flights at the airport in Amarah for most of the day and sent "
    "hundreds of people to hospital with breathing problems.",
    "The ministry of culture announced a book fair in Kut next month with publishers from "
    "twenty countries and a programme of poetry readings.",
    "Police in Sulaymaniyah seized a truck carrying counterfeit medicines worth more than a "
    "million dollars at a checkpoint on the road from Iran.",
    "The planning ministry said the population census found more than 46 million people, "
    "with almost half of them under the age of twenty.",
    "Bread prices rose in the markets of Hilla after the trade ministry delayed the delivery "
    "of subsidised flour to bakeries in Babylon province.",
    "A new bridge over the Euphrates in Ramadi opened to traffic, cutting the journey between "
    "the two banks of the city from an hour to ten minutes.",
    "The country's first women's cycling race drew forty riders to a course along the canal "
    "in Diwaniyah, cheered on by families.",
    "Heavy rain flooded streets in Duhok and washed away part of a mountain road, and the "
    "governor closed schools for two days.",
]
RADIO = (
    "Basra college on agenda as Iraq, NATO talk",
    "Iraq's top diplomat Salim Al-Hadithi and Ingrid Halvorsen, NATO's deputy head, spent "
    "the day in talks on the fourth strategic dialogue. The staff college planned for Basra, "
    "1,200 officers to be trained and the future of NATO Mission Iraq were discussed, a "
    "foreign ministry spokesman told the radio.",
)
SHORT = "Halvorsen is expected in the Gulf next week."
"""A lone short report of the dialogue: it shares little with any one long report."""


def doc(
    name: str, *, day: str | None = None, like: str | None = None, published: str | None = None
) -> StoryDoc:
    """A story document named ``name`` with the title and text of report ``like`` (or its own)."""
    title, text = {**DIALOGUE, **LOOKALIKE, "dlg-radio": RADIO}[like or name]
    return story_doc(name, text, title=title, day=day, published=published)


def background() -> list[StoryDoc]:
    """Unrelated news, so that document frequencies are those of a corpus."""
    return [story_doc(f"filler-{n:02d}", text) for n, text in enumerate(FILLERS)]


def corpus(*docs: StoryDoc) -> Weights:
    """Document frequencies over ``docs`` and the background news."""
    return weights_of(d.profile for d in [*docs, *background()])


def stories(result: dict[str, str]) -> list[set[str]]:
    """The groups of a result, as sets of document ids (in order of first appearance)."""
    found: dict[str, set[str]] = {}
    for doc_id, story in result.items():
        found.setdefault(story, set()).add(doc_id)
    return list(found.values())


def ids(docs: Iterable[StoryDoc]) -> set[str]:
    return {d.id for d in docs}


def test_stories_reports_group_and_lookalike_stays_apart() -> None:
    dialogue = [doc(name) for name in DIALOGUE]
    first = [doc(name) for name in LOOKALIKE]
    weights = corpus(*dialogue, *first)
    result = group([*dialogue, *first], {}, weights)
    assert stories(result) == [ids(dialogue), ids(first)]
    assert result["dlg-tv"] == result["dlg-daily"] == "dlg-wire"
    assert result["first-agency"] == "first-wire"


@pytest.mark.parametrize("chunk", [1, 2, 3])
def test_stories_new_documents_grouped_a_chunk_at_a_time_as_in_batches(
    chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = [doc(name) for name in [*DIALOGUE, "dlg-radio", *LOOKALIKE]]
    weights = corpus(*docs)
    batches: dict[str, str] = {}
    earlier: dict[str, list[StoryDoc]] = {}
    for start in range(0, len(docs), chunk):  # each batch merged by a run of its own
        part = docs[start : start + chunk]
        found = group(part, earlier, weights)
        for d in part:
            earlier.setdefault(found[d.id], []).append(d)
        batches.update(found)
    grouped: list[int] = []
    monkeypatch.setattr(story_module, "CHUNK", chunk)
    monkeypatch.setattr(story_module, "_Nodes", spy(story_module._Nodes, grouped))
    assert group(docs, {}, weights) == batches
    assert grouped == [len(docs[start : start + chunk]) for start in range(0, len(docs), chunk)]


def spy(nodes: type[_Nodes], sizes: list[int]) -> type[_Nodes]:
    """``nodes``, noting how many new documents each grouping holds at once."""

    class Spy(nodes):  # type: ignore[misc, valid-type]
        def __init__(self, new: list[StoryDoc], *args: object) -> None:
            sizes.append(len(new))
            super().__init__(new, *args)

    return Spy


def test_stories_vectors_packed_between_uses_are_the_same() -> None:
    docs = [doc(name) for name in [*DIALOGUE, *LOOKALIKE]]
    weights = corpus(*docs)
    plain = [
        tuple(weights.vector(d.profile, bag) for bag in ("terms", "names", "lead")) for d in docs
    ]
    vectors = Vectors(weights)
    first = [vectors.of(d) for d in docs]
    again = [vectors.of(d) for d in reversed(docs)][::-1]  # unpacked
    assert first == again == plain
    assert [[list(v) for v in vs] for vs in again] == [[list(v) for v in vs] for vs in plain]


@pytest.mark.parametrize("seed", range(6))
def test_stories_similarities_together_are_those_of_each_pair(seed: int) -> None:
    # Scored together, each candidate gets what the pair's cosines give (to rounding), and
    # an empty bag, a day apart or no year shared is scored as it would be alone.
    new, old, vectors, _ = _random_batch(seed)
    empty = story_doc("d-empty", "", day="2025-03-12")
    others = [*old, empty, *new[1:]]
    together = similarities(new[0], others, vectors, MAX_DAYS)
    for other, score in zip(others, together, strict=True):
        assert score == pytest.approx(pair_similarity(new[0], other, vectors), abs=1e-12)


def pair_similarity(a: StoryDoc, b: StoryDoc, vectors: Vectors) -> float:
    """:func:`similarity` written out for one pair, with :func:`profile.cosine`."""
    if a.day and b.day and may_tell_one_story(a, b) is False:
        return -1.0
    va, vb = vectors.of(a), vectors.of(b)
    score = (cosine(va[0], vb[0]) + cosine(va[1], vb[1]) + 0.5 * cosine(va[2], vb[2])) / 2.5
    years = a.profile.years, b.profile.years
    return score - 0.1 if years[0] and years[1] and not years[0] & years[1] else score


def test_stories_links_too_weak_to_join_are_never_queued() -> None:
    # Most links of a large merge are weak: queued, they held most of its memory.
    nodes = _Nodes([story_doc(name, "") for name in "abcd"], {}, MAX_DAYS)
    nodes.add_link("a", "b", JOIN_AT)
    nodes.add_link("a", "c", WEAKEST_JOIN / 2)
    nodes.add_link("b", "c", WEAKEST_JOIN / 2)
    nodes.add_link("c", "d", -0.1)
    for u, v in [("a", "b"), ("a", "c"), ("b", "c"), ("c", "d")]:
        nodes._push(u, v)
    assert [(u, v) for _, u, v in nodes.heap] == [("a", "b")]
    nodes.heap.clear()
    nodes._join("a", "b")  # the group's link to c, on average WEAKEST_JOIN / 2, stays out
    assert not nodes.heap and nodes.sums["a"]["c"] == WEAKEST_JOIN


def test_stories_weak_links_still_count_in_the_average() -> None:
    # A link too weak to be queued still counts: c and the group of a and b average 0.2
    # without the b-c link, 0.05 with it (under ATTACH_AT), so c stays apart.
    nodes = _Nodes([story_doc(name, "") for name in "abc"], {}, MAX_DAYS)
    nodes.add_link("a", "b", 0.9)
    nodes.add_link("a", "c", 0.4)
    nodes.add_link("b", "c", -0.3)
    nodes.join_all()
    assert nodes.members == {"a": ["a", "b"], "c": ["c"]}


def test_stories_unrelated_news_stays_alone() -> None:
    dialogue = [doc(name) for name in DIALOGUE]
    fillers = background()
    weights = weights_of(d.profile for d in [*dialogue, *fillers])
    result = group([*dialogue, *fillers], {}, weights)
    assert {result[d.id] for d in dialogue} == {"dlg-wire"}
    assert all(result[f.id] == f.id for f in fillers)


def test_stories_lookalike_is_alike_but_below_threshold() -> None:
    dialogue = [doc(name) for name in DIALOGUE]
    first = [doc(name) for name in LOOKALIKE]
    vectors = Vectors(corpus(*dialogue, *first))
    cross = [similarity(a, b, vectors, 3) for a in dialogue for b in first]
    within = [similarity(a, b, vectors, 3) for a in dialogue for b in dialogue if a.id < b.id]
    # Some pairs across the two happenings pass the threshold; their average does not.
    assert max(cross) >= JOIN_AT > sum(cross) / len(cross)
    assert min(within) > JOIN_AT


@pytest.mark.parametrize(
    ("day_a", "day_b", "together"),
    [
        (None, None, True),
        ("2025-03-12", None, True),
        ("2025-03-12", "2025-03-14", True),
        ("2025-03-12", "2025-03-20", False),
        ("2025-03-12", "2025-04-20", False),
    ],
)
def test_stories_days_apart_never_group(
    day_a: str | None, day_b: str | None, together: bool
) -> None:
    a = doc("a", day=day_a, like="dlg-wire")
    b = doc("b", day=day_b, like="dlg-wire")
    result = group([a, b], {}, corpus(a, b))
    assert (result["a"] == result["b"]) is together


def test_stories_similarity_of_days_apart_is_minus_one() -> None:
    a = doc("a", day="2025-03-12", like="dlg-wire")
    b = doc("b", day="2025-03-16", like="dlg-wire")
    vectors = Vectors(corpus(a, b))
    assert similarity(a, b, vectors, 3) == -1.0
    assert similarity(a, b, vectors, 4) == pytest.approx(1.0)


def test_stories_days_apart_never_group_through_others() -> None:
    wire = doc("dlg-wire", day="2025-03-12")
    late = doc("late", day="2025-06-01", like="dlg-tv")
    undated = [doc("dlg-tv"), doc("dlg-daily"), doc("dlg-radio")]
    new = [wire, *undated, late]
    result = group(new, {}, corpus(*new, *(doc(name) for name in LOOKALIKE)))
    assert result["late"] != result["dlg-wire"]


@pytest.mark.parametrize(
    "order",
    [["dlg-wire", "dlg-tv", "dlg-daily"], ["dlg-daily", "dlg-wire", "dlg-tv"]],
    ids=["wire-first", "daily-first"],
)
def test_stories_new_story_named_by_first_document(order: list[str]) -> None:
    new = [doc(name) for name in order]
    result = group(new, {}, corpus(*new))
    assert set(result.values()) == {order[0]}


def test_stories_new_document_joins_earlier_story() -> None:
    earlier = {"story-1": [doc("dlg-wire"), doc("dlg-tv")]}
    new = [doc("dlg-daily"), doc("dlg-radio")]
    result = group(new, earlier, corpus(*earlier["story-1"], *new))
    assert result == {"dlg-daily": "story-1", "dlg-radio": "story-1"}


def test_stories_earlier_stories_are_never_joined() -> None:
    earlier = {"story-1": [doc("dlg-wire")], "story-2": [doc("dlg-tv")]}
    new = [doc("copy-wire", like="dlg-wire"), doc("copy-tv", like="dlg-tv")]
    weights = corpus(*earlier["story-1"], *earlier["story-2"], *new)
    # As new documents the four would be one story.
    assert len(stories(group([*earlier["story-1"], *earlier["story-2"], *new], {}, weights))) == 1
    result = group(new, earlier, weights)
    assert result == {"copy-wire": "story-1", "copy-tv": "story-2"}


def test_stories_result_covers_only_new_documents() -> None:
    earlier = {"story-1": [doc(name) for name in DIALOGUE]}
    new = [doc("first-wire"), doc("first-agency")]
    result = group(new, earlier, corpus(*earlier["story-1"], *new))
    assert result == {"first-wire": "first-wire", "first-agency": "first-wire"}


def test_stories_no_new_documents() -> None:
    earlier = {"story-1": [doc("dlg-wire")]}
    assert group([], earlier, corpus(*earlier["story-1"])) == {}


@pytest.mark.parametrize(
    ("partners", "joins"),
    [(["dlg-wire", "dlg-tv"], True), (["dlg-tv", "dlg-daily"], True), (["dlg-tv"], False)],
    ids=["group-of-two", "another-group", "one-document"],
)
def test_stories_lone_short_report_attaches_to_group(partners: list[str], joins: bool) -> None:
    short = story_doc("short", SHORT)
    long = [doc(name) for name in partners]
    weights = corpus(short, *(doc(name) for name in DIALOGUE), *(doc(n) for n in LOOKALIKE))
    vectors = Vectors(weights)
    sims = [similarity(short, d, vectors, 3) for d in long]
    # Too weak to join any one report, strong enough to attach to a group.
    assert max(sims) < JOIN_AT
    assert sum(sims) / len(sims) >= ATTACH_AT
    result = group([*long, short], {}, weights)
    assert (result["short"] == result[partners[0]]) is joins


def test_stories_short_report_attaches_to_earlier_story() -> None:
    earlier = {"story-1": [doc("dlg-wire"), doc("dlg-tv")]}
    short = story_doc("short", SHORT)
    weights = corpus(short, *(doc(name) for name in DIALOGUE), *(doc(n) for n in LOOKALIKE))
    assert group([short], earlier, weights) == {"short": "story-1"}


def test_stories_year_penalty_when_years_differ() -> None:
    a = story_doc("a", "Halvorsen met Al-Hadithi in Baghdad in 2025.")
    b = story_doc("b", "Halvorsen met Al-Hadithi in Baghdad in 2023.")
    c = story_doc("c", "Halvorsen met Al-Hadithi in Baghdad.")
    vectors = Vectors(corpus(a, b, c))
    assert similarity(a, b, vectors, 3) < similarity(a, c, vectors, 3)


@pytest.mark.parametrize(
    ("published_a", "published_b", "together"),
    [
        ("2025-03-12", "2025-12-30", True),
        ("2025-03-12", "2026-05-20", False),
        ("2025-03-12", None, True),
        ("2025-03-12", "2025-05", True),  # a month only: no publication day to go by
    ],
)
def test_stories_undated_published_apart_never_group(
    published_a: str, published_b: str | None, together: bool
) -> None:
    a = doc("a", published=published_a, like="dlg-wire")
    b = doc("b", published=published_b, like="dlg-wire")
    assert may_tell_one_story(a, b) is together
    result = group([a, b], {}, corpus(a, b))
    assert (result["a"] == result["b"]) is together


def test_stories_days_decide_before_publication() -> None:
    # Both main events dated, days apart: never, however close the publication days.
    a = doc("a", day="2025-03-12", published="2025-03-12", like="dlg-wire")
    b = doc("b", day="2025-03-20", published="2025-03-20", like="dlg-wire")
    assert not may_tell_one_story(a, b)
    # Days near, published further apart than the window (446 days): the days decide.
    late = doc("c", day="2025-03-13", published="2026-06-01", like="dlg-wire")
    assert PUBLISHED_WITHIN_DAYS < 446 and may_tell_one_story(a, late)


def every_pair(
    new: list[StoryDoc], old: list[StoryDoc], vectors: Vectors, weights: Weights
) -> Iterator[tuple[StoryDoc, StoryDoc]]:
    """The pairs sharing a key term, found the plain way (one list of every document a term
    is key to), then kept when the two may tell one story."""
    limit = key_limit(weights)
    index: dict[str, list[StoryDoc]] = defaultdict(list)
    for d in old:
        for term in _keys(d, vectors, weights, limit):
            index[term].append(d)
    for d in new:
        seen: set[str] = set()
        for term in _keys(d, vectors, weights, limit):
            for other in index[term]:
                if other.id not in seen and other.id != d.id and may_tell_one_story(d, other):
                    seen.add(other.id)
                    yield d, other
            index[term].append(d)


def dated(rng: random.Random, name: str, like: str) -> StoryDoc:
    days = [None, "2025-03-10", "2025-03-12", "2025-03-16", "2025-04-30"]
    published = [None, "2025-03", "2023-12-01", "2025-03-12", "2025-03-20", "2026-06-30"]
    return doc(name, day=rng.choice(days), published=rng.choice(published), like=like)


def _random_batch(seed: int) -> tuple[list[StoryDoc], list[StoryDoc], Vectors, Weights]:
    """Six new and eight earlier dated documents drawn from the dialogue and look-alike
    stories, with the corpus's weights and vectors."""
    rng = random.Random(seed)
    names = [*DIALOGUE, *LOOKALIKE, "dlg-radio"]
    docs = [dated(rng, f"d{n}", rng.choice(names)) for n in range(14)]
    weights = corpus(*docs)
    return docs[8:], docs[:8], Vectors(weights), weights


@pytest.mark.parametrize("seed", range(12))
def test_stories_candidates_are_the_pairs_that_may_tell_one_story(seed: int) -> None:
    new, old, vectors, weights = _random_batch(seed)
    found = [(a.id, b.id) for a, b in candidate_pairs(new, old, vectors, weights)]
    assert found == [(a.id, b.id) for a, b in every_pair(new, old, vectors, weights)]


def test_stories_candidates_leave_unweighed_an_earlier_document_sharing_no_key_term() -> None:
    """An earlier document of the same days that holds none of the new ones' key terms can
    be no candidate: its own key terms are never worked out (nor its vectors)."""
    new = [doc("d-new", day="2025-03-12", like="dlg-wire")]
    sharing = doc("d-old", day="2025-03-12", like="dlg-tv")
    apart = story_doc("d-filler", FILLERS[0], day="2025-03-12")
    weights = corpus(*new, sharing)
    vectors = Vectors(weights)
    pairs = [(a.id, b.id) for a, b in candidate_pairs(new, [apart, sharing], vectors, weights)]
    assert pairs == [("d-new", "d-old")]
    assert set(vectors.keys) == {"d-new", "d-old"}
    assert key_terms(new, weights).may_share(sharing.profile)
    assert not key_terms(new, weights).may_share(apart.profile)


def closest_pairs(
    new: list[StoryDoc], old: list[StoryDoc], vectors: Vectors, weights: Weights, cap: int
) -> list[tuple[str, str]]:
    """Of :func:`every_pair`, each new document's ``cap`` pairs with the documents sharing the
    most of its key terms (the first found of those sharing as many), in the order found."""
    limit = key_limit(weights)
    found: dict[str, list[StoryDoc]] = defaultdict(list)
    for d, other in every_pair(new, old, vectors, weights):
        found[d.id].append(other)
    pairs = []
    for d in new:
        keys = set(_keys(d, vectors, weights, limit))
        others = found[d.id]
        ranked = sorted(
            range(len(others)),
            key=lambda n: (-len(keys & set(_keys(others[n], vectors, weights, limit))), n),
        )
        pairs += [(d.id, others[n].id) for n in sorted(ranked[:cap])]
    return pairs


@pytest.mark.parametrize("seed", range(12))
def test_stories_candidates_are_the_closest_few(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story_module, "MAX_CANDIDATES", 2)
    new, old, vectors, weights = _random_batch(seed)
    found = [(a.id, b.id) for a, b in candidate_pairs(new, old, vectors, weights)]
    assert found == closest_pairs(new, old, vectors, weights, 2)


def test_stories_candidates_are_bounded_however_many_share_a_term(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Forty reports of one meeting, all published the same day: the last one shares its key
    # terms with every other, and is compared with only the cap of them.
    monkeypatch.setattr(story_module, "MAX_CANDIDATES", 5)
    docs = [doc(f"d{n:02d}", published="2025-03-12", like="dlg-wire") for n in range(40)]
    weights = corpus(*docs)
    pairs = list(candidate_pairs(docs, [], Vectors(weights), weights))
    per_doc = defaultdict(int)
    for a, _ in pairs:
        per_doc[a.id] += 1
    assert per_doc["d39"] == 5 and max(per_doc.values()) == 5
    assert len(pairs) == sum(min(n, 5) for n in range(40))


@pytest.mark.parametrize(("docs", "limit"), [(10, 50), (772, 154), (4_000, 800), (50_000, 1_000)])
def test_stories_common_term_limit_grows_with_the_corpus_up_to_a_bound(
    docs: int, limit: int
) -> None:
    weights = Weights()
    weights.docs = docs
    assert key_limit(weights) == limit <= COMMON_MAX_DOCS


@pytest.mark.parametrize("limit", [1, 2, 3, 100])
def test_stories_key_terms_are_the_heaviest_in_few_documents(limit: int) -> None:
    # Written out plainly: every term and name by weight (terms first among equals), those
    # in more than ``limit`` documents skipped, the first KEY_TERMS kept.
    docs = [doc(name) for name in [*DIALOGUE, *LOOKALIKE]]
    weights = corpus(*docs)
    vectors = Vectors(weights)
    for d in docs:
        terms, names, _ = vectors.of(d)
        both = {**terms, **{f"n:{k}": v for k, v in names.items()}}
        ranked = sorted(both.items(), key=lambda kv: -kv[1])
        bag = {t: ("names", t[2:]) if t.startswith("n:") else ("terms", t) for t in both}
        usable = [t for t, _ in ranked if weights.df[bag[t][0]][bag[t][1]] <= limit]
        assert _keys(d, vectors, weights, limit) == usable[:20]


@pytest.mark.parametrize("seed", range(30))
def test_stories_closest_by_entry_is_closest_by_id(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The closest few found by entry number (numpy) are those found by document id, with
    # ties among those sharing as many key terms and the document itself among those found.
    monkeypatch.setattr(story_module, "MAX_CANDIDATES", 5)
    rng = random.Random(seed)
    docs = [story_doc(f"e{n}", "") for n in range(rng.randint(1, 14))]
    index = story_module._TimeIndex(MAX_DAYS)
    for d in docs:
        index.add([], d)
    entries = range(1, len(docs) + 1)
    found = [sorted(rng.sample(entries, rng.randint(0, len(docs)))) for _ in range(6)]
    me = rng.choice(docs)
    by_id = story_module._closest_by_id(me, [[docs[e - 1] for e in f] for f in found])
    assert story_module._closest(me, found, index) == by_id
