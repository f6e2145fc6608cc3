"""Profiles: the content words, names, numbers, lead and years of a document, as counts."""

from __future__ import annotations

import json
import math

import pytest

from storyline.merge.profile import (
    LEAD_SENTENCES,
    MAX_TERMS,
    Profile,
    Weights,
    cosine,
    profile,
)

TITLE = "Halvorsen and Al-Hadithi open fourth strategic dialogue"
TEXT = (
    "Foreign Minister Salim Al-Hadithi met Ingrid Halvorsen of NATO in Baghdad on Wednesday. "
    "They agreed that the alliance would train 1,200 officers before the end of 2025. "
    "The mission has been there since 2018, when the government asked for it. "
    "Diplomats expect a decision on the Basra staff college in the spring. "
    "A spokesman called the talks useful."
)


@pytest.fixture(scope="module")
def prof() -> Profile:
    return profile(TITLE, TEXT)


@pytest.mark.parametrize("word", ["the", "of", "and", "would", "before", "at"])
def test_profile_terms_drop_stop_words(prof: Profile, word: str) -> None:
    assert word not in prof.terms


@pytest.mark.parametrize(
    ("word", "count"),
    [("halvorsen", 2), ("al-hadithi", 2), ("officers", 1), ("dialogue", 1), ("spokesman", 1)],
)
def test_profile_terms_count_content_words(prof: Profile, word: str, count: int) -> None:
    assert prof.terms[word] == count


@pytest.mark.parametrize("word", ["salim", "ingrid", "baghdad", "basra", "nato", "wednesday"])
def test_profile_names_hold_capitalised_words(prof: Profile, word: str) -> None:
    assert prof.names[word] >= 1


@pytest.mark.parametrize("word", ["officers", "agreed", "college", "spokesman", "talks"])
def test_profile_names_leave_out_lowercase_words(prof: Profile, word: str) -> None:
    assert word not in prof.names


@pytest.mark.parametrize(("number", "count"), [("#1200", 1), ("#2025", 1), ("#2018", 1)])
def test_profile_names_hold_numbers(prof: Profile, number: str, count: int) -> None:
    assert prof.names[number] == count


def test_profile_names_skip_capitalised_stop_words(prof: Profile) -> None:
    assert {"the", "they", "a"}.isdisjoint(prof.names)


def test_profile_years(prof: Profile) -> None:
    assert prof.years == frozenset({"2025", "2018"})


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Talks began in 1949 and resumed in 2003.", {"2003"}),
        ("Officers numbered 12000 in 2099.", {"2099"}),
        ("No date is given here.", set()),
    ],
)
def test_profile_years_only_plausible_ones(text: str, years: set[str]) -> None:
    assert profile(None, text).years == years


def test_profile_lead_uses_title_and_first_three_sentences(prof: Profile) -> None:
    assert LEAD_SENTENCES == 3
    assert {"strategic", "halvorsen", "officers", "mission"} <= set(prof.lead)
    assert {"diplomats", "college", "spokesman"}.isdisjoint(prof.lead)


def test_profile_lead_of_short_text_is_all_of_it() -> None:
    prof = profile(None, "Halvorsen met Al-Hadithi. Talks went well.")
    assert set(prof.lead) == {"halvorsen", "met", "al-hadithi", "talks", "went"}


def test_profile_without_title(prof: Profile) -> None:
    untitled = profile(None, TEXT)
    assert "dialogue" not in untitled.terms
    assert untitled.terms["halvorsen"] == prof.terms["halvorsen"] - 1


def test_profile_bags_keep_most_frequent_terms() -> None:
    text = " ".join(f"term{n:03d}x" for n in range(MAX_TERMS + 30)) + " frequent frequent"
    prof = profile(None, text)
    assert len(prof.terms) == MAX_TERMS
    assert prof.terms["frequent"] == 2


def test_profile_row_round_trip(prof: Profile) -> None:
    row = prof.to_row()
    assert row["years"] == ["2018", "2025"]
    assert Profile.from_row(row) == prof


def test_profile_row_round_trip_through_json(prof: Profile) -> None:
    import json

    assert Profile.from_row(json.loads(json.dumps(prof.to_row()))) == prof


OTHERS = (
    "Oil exports from the southern terminals rose in February as tankers returned to Basra.",
    "The national football team beat Jordan in a friendly in Amman on Friday.",
    "Farmers in Diyala began the date harvest early after a hot summer.",
)


@pytest.fixture(scope="module")
def weights(prof: Profile) -> Weights:
    weights = Weights()
    for p in (prof, *(profile(None, t) for t in OTHERS)):
        weights.add(p)
    return weights


@pytest.mark.parametrize("bag", ["terms", "names", "lead"])
def test_profile_vector_is_unit_length(prof: Profile, weights: Weights, bag: str) -> None:
    vec = weights.vector(prof, bag)
    assert vec
    assert math.isclose(math.sqrt(sum(x * x for x in vec.values())), 1.0)


@pytest.mark.parametrize("bag", ["terms", "names", "lead"])
def test_profile_cosine_of_identical_is_one(prof: Profile, weights: Weights, bag: str) -> None:
    vec = weights.vector(prof, bag)
    assert math.isclose(cosine(vec, vec), 1.0)


def test_profile_cosine_of_unrelated_is_zero(weights: Weights) -> None:
    a = weights.vector(profile(None, OTHERS[1]), "terms")
    b = weights.vector(profile(None, OTHERS[2]), "terms")
    assert cosine(a, b) == 0.0


def test_profile_cosine_is_symmetric(prof: Profile, weights: Weights) -> None:
    a = weights.vector(prof, "names")
    b = weights.vector(profile(None, OTHERS[0]), "names")
    assert 0.0 < cosine(a, b) < 1.0
    assert math.isclose(cosine(a, b), cosine(b, a))


def test_profile_term_in_every_document_weighs_nothing() -> None:
    weights = Weights()
    profs = [profile(None, f"Halvorsen met {name} today.") for name in ("Ali", "Omar", "Sara")]
    for p in profs:
        weights.add(p)
    assert "halvorsen" not in weights.vector(profs[0], "terms")
    assert weights.docs == 3
    assert weights.df["names"]["halvorsen"] == 3


def test_profile_rarer_term_weighs_more(weights: Weights) -> None:
    prof = profile(None, "Basra officers. Basra officers.")
    vec = weights.vector(prof, "terms")
    assert vec["officers"] > vec["basra"]


@pytest.mark.parametrize("bag", ["terms", "names", "lead"])
def test_profile_terms_are_one_string_in_every_profile(prof: Profile, bag: str) -> None:
    # A merge holds the profiles of every new article: a word is kept once, not per article.
    other = profile(TITLE, TEXT.replace("A spokesman", "An official"))
    stored = Profile.from_row(json.loads(json.dumps(prof.to_row())))
    for again in (other, stored):
        shared = {term: term for term in getattr(again, bag)}
        both = [term for term in getattr(prof, bag) if term in shared]
        assert len(both) > 5 and all(shared[term] is term for term in both)


@pytest.mark.parametrize("bag", ["terms", "names", "lead"])
def test_profile_vectors_with_kept_frequencies_are_the_same(prof: Profile, bag: str) -> None:
    # Inverse frequencies kept across documents (and a count past the worked-out table) give
    # the very weights worked out afresh.
    other = profile("Basra college opens", "The college in Basra opened. " * 3)
    big = Profile({"college": 5_000, "basra": 1}, {"basra": 1_200}, {"college": 2}, frozenset())
    weights = Weights()
    for p in (prof, other, big):
        weights.add(p)
    kept: dict[str, float] = {}
    for p in (prof, other, big, prof):
        assert weights.vector(p, bag, kept) == weights.vector(p, bag)
        assert list(weights.vector(p, bag, kept)) == list(weights.vector(p, bag))
    assert kept
