"""Copies: a syndicated re-post is found as a copy of the article stored first; two outlets'
own reports of one meeting are not copies of each other."""

from __future__ import annotations

import random

import pytest
from datasketch import MinHash, MinHashLSH

from storyline.merge import copies
from storyline.merge.copies import (
    BANDS,
    COPY_JACCARD,
    MIN_SHINGLES,
    NUM_PERM,
    ROWS,
    SCHEME,
    SHINGLE,
    Copy,
    CopyFinder,
    find_copies,
    from_bytes,
    shingles,
    signature,
    to_bytes,
)

PARAGRAPHS = (
    "BAGHDAD — Iraq's foreign minister Salim Al-Hadithi received NATO Deputy Secretary General "
    "Ingrid Halvorsen at the ministry on Wednesday to review the work of the alliance's advisory "
    "mission, officials said.",
    "The two discussed plans to widen the mission's training programme for Iraqi officers, the "
    "opening of a second staff college in Basra and the schedule for the next round of the "
    "strategic dialogue between Baghdad and the alliance.",
    "Al-Hadithi said Iraq valued the alliance's support but wanted the advisers to focus on "
    "building institutions that could stand on their own once the mission ends, a note from "
    "his office said.",
    "Halvorsen told reporters after the meeting that the mission would keep working only as "
    "long as Baghdad wanted it, and that the country alone decided how its forces were run.",
    "She also met the speaker of parliament and the chief of staff of the army during a two-day "
    "visit, her third to the country since taking office, and was due to fly on to Erbil.",
    "Officials from both sides are expected to meet again in Brussels before the summer to agree "
    "on a timetable for handing more of the mission's advisory tasks to Iraqi staff.",
    "The mission, set up in 2018, advises the defence and interior ministries and has about "
    "500 staff from member and partner countries, most of them based in the capital.",
)
ORIGINAL = "\n\n".join(PARAGRAPHS)
SYNDICATED = "\n\n".join(
    ("Iraq and NATO review advisory mission", "(Reporting by Gulf Wire)", *PARAGRAPHS[:-1])
)
"""A re-post: new headline, a credit line, the last paragraph trimmed."""
RESYNDICATED = "\n\n".join(
    ("Hadithi meets NATO deputy chief", *PARAGRAPHS[:-2], "Source: Gulf Wire")
)
"""A re-post of the re-post, trimmed once more: close to it, further from the original."""
OWN_WORDS = (
    "NATO's number two official, Ingrid Halvorsen, held talks in Baghdad on Wednesday with "
    "Foreign Minister Salim Al-Hadithi about the future of the alliance's mission in Iraq. "
    "According to diplomats present, Halvorsen offered to expand officer training and raised "
    "the idea of a new college in the southern city of Basra. Al-Hadithi, for his part, pressed "
    "for the advisers to hand over more tasks to Iraqi staff and stressed that any foreign "
    "presence must remain at the government's request. The meeting came ahead of a new round "
    "of talks between the two sides expected later this spring, the ministry added in a short "
    "note published on its website in the evening."
)
"""Another outlet's own report of the same meeting."""


def sig(text: str) -> MinHash:
    """The text's signature (every text here is long enough to have one)."""
    found = signature(text)
    assert found is not None
    return found


def test_copies_shingles_ignore_case_and_punctuation() -> None:
    assert shingles("Halvorsen met Al-Hadithi, in BAGHDAD!") == shingles(
        "halvorsen  met al hadithi in baghdad"
    )


def test_copies_shingles_are_word_five_grams() -> None:
    words = "one two three four five six seven"
    assert shingles(words) == {
        b"one two three four five",
        b"two three four five six",
        b"three four five six seven",
    }
    assert shingles("too short to shingle") == set()


def test_copies_text_without_words_has_no_signature() -> None:
    assert signature("") is None and signature(" -- ... ") is None


@pytest.mark.parametrize("words", [3, MIN_SHINGLES + SHINGLE - 2])
def test_copies_short_text_is_a_copy_only_of_the_same_words(words: int) -> None:
    text = " ".join(f"word{n}" for n in range(words))
    same = text.upper() + " !"  # case and punctuation do not count
    other = text + " more"
    found = find_copies([], [("a", sig(text)), ("b", sig(same)), ("c", sig(other))])
    assert [(c.doc_id, c.original_id) for c in found] == [("b", "a")]


def test_copies_syndicated_copy_found_as_copy_of_earlier() -> None:
    found = find_copies([], [("orig", sig(ORIGINAL)), ("copy", sig(SYNDICATED))])
    assert [(c.doc_id, c.original_id) for c in found] == [("copy", "orig")]
    assert COPY_JACCARD <= found[0].similarity <= 1.0


def test_copies_earlier_document_is_the_original() -> None:
    found = find_copies([], [("copy", sig(SYNDICATED)), ("orig", sig(ORIGINAL))])
    assert [(c.doc_id, c.original_id) for c in found] == [("orig", "copy")]


def test_copies_independent_reports_are_not_copies() -> None:
    assert sig(ORIGINAL).jaccard(sig(OWN_WORDS)) < 0.3
    assert find_copies([], [("orig", sig(ORIGINAL)), ("own", sig(OWN_WORDS))]) == []


def test_copies_copy_of_copy_points_to_original() -> None:
    # Only the first re-post is close enough to the original; the second copies the first.
    assert sig(RESYNDICATED).jaccard(sig(ORIGINAL)) < COPY_JACCARD
    assert sig(RESYNDICATED).jaccard(sig(SYNDICATED)) >= COPY_JACCARD
    found = find_copies(
        [],
        [("orig", sig(ORIGINAL)), ("copy", sig(SYNDICATED)), ("copy2", sig(RESYNDICATED))],
    )
    assert [(c.doc_id, c.original_id) for c in found] == [("copy", "orig"), ("copy2", "orig")]


def test_copies_known_copy_keeps_its_original() -> None:
    # An earlier run found "copy" to copy "orig"; only "copy" is close to the new re-post.
    known = [("copy", sig(SYNDICATED), "orig")]
    found = find_copies(known, [("copy2", sig(RESYNDICATED))])
    assert [(c.doc_id, c.original_id) for c in found] == [("copy2", "orig")]


def test_copies_find_copies_against_known_and_new() -> None:
    known = [("orig", sig(ORIGINAL), None), ("own", sig(OWN_WORDS), None)]
    new = [("copy", sig(SYNDICATED)), ("fresh", sig(OWN_WORDS + " A spokesman confirmed it."))]
    found = find_copies(known, new)
    assert {(c.doc_id, c.original_id) for c in found} == {("copy", "orig"), ("fresh", "own")}


def test_copies_new_documents_copy_each_other() -> None:
    found = find_copies(
        [("own", sig(OWN_WORDS), None)], [("a", sig(ORIGINAL)), ("b", sig(ORIGINAL))]
    )
    assert found == [Copy("b", "a", 1.0)]


@pytest.mark.parametrize("text", [ORIGINAL, SYNDICATED, OWN_WORDS])
def test_copies_bytes_round_trip_keeps_jaccard_one(text: str) -> None:
    original = sig(text)
    blob = to_bytes(original)
    back = from_bytes(blob)
    assert len(blob) == 8 * len(original.hashvalues)
    assert back.jaccard(original) == 1.0
    assert to_bytes(back) == blob


def test_copies_stored_signature_still_finds_copy() -> None:
    stored = from_bytes(to_bytes(sig(ORIGINAL)))
    found = find_copies([("orig", stored, None)], [("copy", sig(SYNDICATED))])
    assert [(c.doc_id, c.original_id) for c in found] == [("copy", "orig")]


def test_copies_finder_adds_each_document_once() -> None:
    finder = CopyFinder()
    finder.add("orig", sig(ORIGINAL))
    finder.add("orig", sig(ORIGINAL))
    assert finder.find("copy", sig(SYNDICATED)) == Copy(
        "copy", "orig", round(sig(SYNDICATED).jaccard(sig(ORIGINAL)), 3)
    )


def test_copies_signature_read_back_is_the_one_written() -> None:
    text = " ".join(f"word{n}" for n in range(60))
    written = signature(text)
    assert written is not None
    fresh = MinHash(num_perm=NUM_PERM, scheme=SCHEME)  # datasketch's own, made from scratch
    fresh.update_batch(shingles(text))
    read = from_bytes(to_bytes(written))
    assert (written.hashvalues == fresh.hashvalues).all()
    assert (read.permutations == fresh.permutations).all()
    assert read.jaccard(fresh) == 1.0


def test_copies_index_bands_are_those_datasketch_picks() -> None:
    lsh = MinHashLSH(threshold=COPY_JACCARD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS) and BANDS * ROWS <= NUM_PERM


def edited(rng: random.Random, words: list[str], share: float) -> str:
    """``words`` with about ``share`` of them replaced by words of their own."""
    return " ".join(w if rng.random() > share else f"new{rng.randrange(10**6)}" for w in words)


@pytest.mark.parametrize("seed", range(4))
def test_copies_index_candidates_are_those_of_datasketch(seed: int) -> None:
    rng = random.Random(seed)
    words = " ".join(PARAGRAPHS).split()
    texts = [edited(rng, words, rng.choice([0.0, 0.01, 0.02, 0.05, 0.1, 0.3])) for _ in range(40)]
    lsh = MinHashLSH(threshold=COPY_JACCARD, num_perm=NUM_PERM)
    finder = CopyFinder()
    sizes = []
    for n, text in enumerate(texts):
        found = sig(text)
        theirs = sorted(int(key) for key in lsh.query(found))
        assert finder._candidates(found.hashvalues) == theirs
        sizes.append(len(theirs))
        lsh.insert(str(n), found)
        finder.add(str(n), found)
    assert 0 in sizes[1:] and max(sizes) > 1  # some share a band, some do not


def test_copies_index_bucket_shared_by_unlike_bands_finds_only_like_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every band of every document under one hash: the values still tell them apart.
    monkeypatch.setattr(copies, "_band_keys", lambda values: [0] * BANDS)
    finder = CopyFinder()
    for doc_id, text in [("own", OWN_WORDS), ("orig", ORIGINAL), ("short", "a few words")]:
        finder.add(doc_id, sig(text))
    assert finder._candidates(sig(ORIGINAL).hashvalues) == [1]
    assert finder._candidates(sig(SYNDICATED).hashvalues) in ([], [1])
    assert finder.find("copy", sig(ORIGINAL)) == Copy("copy", "orig", 1.0)


def test_copies_of_originals_alike_the_first_indexed_is_the_original() -> None:
    found = find_copies([], [("a", sig(ORIGINAL)), ("b", sig(ORIGINAL)), ("c", sig(SYNDICATED))])
    assert [(c.doc_id, c.original_id) for c in found] == [("b", "a"), ("c", "a")]


def test_copies_index_grows_past_its_first_room() -> None:
    finder = CopyFinder()
    for n in range(1100):  # the first array holds 1,024 signatures
        finder.add(f"d{n}", sig(f"word{n} " * 3))
    assert finder.find("again", sig("word1099 " * 3)) == Copy("again", "d1099", 1.0)
