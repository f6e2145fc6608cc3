"""Sentence boundaries on the habits of news text (all test texts are our own writing)."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import Doc

from storyline.lang.en.titles import ABBREVIATED_TITLES
from storyline.nlp import parse
from storyline.nlp.sentences import sentence_hints
from tests.conftest import shared_or_skip


def sentences(text: str) -> list[str]:
    return [s.text for s in parse("doc", text).sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iraq thanked its partners.The minister said the training would go on.",
            ["Iraq thanked its partners.", "The minister said the training would go on."],
        ),
        (
            "The advisers left Taji in May.NATO kept a small office in Baghdad.",
            ["The advisers left Taji in May.", "NATO kept a small office in Baghdad."],
        ),
        (
            "Talks ended late!Officials said a deal was near.",
            ["Talks ended late!", "Officials said a deal was near."],
        ),
    ],
)
def test_nlp_sentences_glued_stop_starts_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The visit was useful, he said. "We will keep training. The mission is not over," '
            "the minister added. He then flew to Erbil.",
            [
                "The visit was useful, he said.",
                '"We will keep training. The mission is not over," the minister added.',
                "He then flew to Erbil.",
            ],
        ),
        (
            'The adviser stressed that "the cabinet gives great weight to the partnership," '
            'underlining "the value of national sovereignty." Talks resume next month.',
            [
                'The adviser stressed that "the cabinet gives great weight to the partnership," '
                'underlining "the value of national sovereignty."',
                "Talks resume next month.",
            ],
        ),
        (
            "“Our officers learned a lot. They are ready,” a general told reporters on Sunday.",
            ["“Our officers learned a lot. They are ready,” a general told reporters on Sunday."],
        ),
        (
            'The envoy praised "the courage of the Iraqi forces." The meeting ended at noon.',
            [
                'The envoy praised "the courage of the Iraqi forces."',
                "The meeting ended at noon.",
            ],
        ),
    ],
)
def test_nlp_sentences_quotation_kept_with_attribution(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Erbil-Agency\nThe two delegations met on Monday",
            ["Erbil-Agency", "The two delegations met on Monday"],
        ),
        (
            "Statement from the ministry:\nthe minister received the commander today.",
            ["Statement from the ministry:", "the minister received the commander today."],
        ),
        (
            'He said "training will go on\nand grow" in spring.',
            ['He said "training will go on', 'and grow" in spring.'],
        ),
        ("One line without a stop\n\nAnother line", ["One line without a stop", "Another line"]),
    ],
)
def test_nlp_sentences_newline_always_ends_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "dateline",
    [
        "MOSUL, 12th March, 2021 (QNA) – ",
        "BRUSSELS — ",
        "(Wire / Gulf Daily - 13th Mar, 2021) MOSUL, 12th March, 2021 (QNA) – ",
        "Baghdad, Jan. 9 (Agency) -- ",
    ],
)
def test_nlp_sentences_dateline_stays_in_first_sentence(dateline: str) -> None:
    body = (
        "Peruvian Defence Minister Pablo Mena met today with the head of the Andean Training "
        "Mission to review the training plan. The two sides agreed to meet again."
    )
    found = sentences(dateline + body)
    assert len(found) == 2
    assert found[0].startswith(dateline.strip())
    assert found[0].endswith("review the training plan.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Officials met in Baghdad. " the talks were useful," one of them said.',
            ['Officials met in Baghdad. " the talks were useful," one of them said.'],
        ),
        (
            "The general met the envoy. al-Araji said the talks went well.",
            ["The general met the envoy.", "al-Araji said the talks went well."],
        ),
        (  # an opening phrase with no verb and no stop, cut off by the parser
            "At approximately 4:45 a.m. (Iraq time) Jan. 23, Chilean forces struck two depots near "
            "Tacna.",
            [
                "At approximately 4:45 a.m. (Iraq time) Jan. 23, Chilean forces struck two depots "
                "near Tacna."
            ],
        ),
        (  # a verbless line of its own stays apart
            "At dawn near Tacna\nChilean jets struck two depots near Tacna.",
            ["At dawn near Tacna", "Chilean jets struck two depots near Tacna."],
        ),
        (  # a caption stays apart from the sentence after it
            "Peruvian soldiers in Tacna, 10 May 2024 (photo: Coast News) Chilean jets struck "
            "two depots on Tuesday.",
            [
                "Peruvian soldiers in Tacna, 10 May 2024 (photo: Coast News)",
                "Chilean jets struck two depots on Tuesday.",
            ],
        ),
    ],
)
def test_nlp_sentences_fragment_merged_back(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("words", "spaces", "starts", "non_starts"),
    [
        (["Hello", ".", "\n", "World"], [False, False, False, False], [3], []),
        (["partners", ".", "The", "end"], [False, False, True, False], [2], []),
        (["Mr", ".", "Smith", "came"], [False, False, True, False], [], []),
        (
            ["He", "said", '"', "Go", ".", "Now", ",", '"', "she", "added"],
            [True, True, False, False, True, False, False, True, True, False],
            [],
            [3, 4, 5, 6, 7, 8],
        ),
        (
            ["He", "said", '"', "Go", ".", '"', "Then", "rain"],
            [True, True, False, False, False, True, True, False],
            [],
            [3, 4, 5],
        ),
        # no sentence starts between two capitalised words
        (
            ["INA", "\n", "National", "Security", "Advisor", "Tomas"],
            [False, False, True, True, True, False],
            [2],
            [3, 4, 5],
        ),
    ],
)
def test_nlp_sentence_hints_on_hand_built_docs(
    words: list[str], spaces: list[bool], starts: list[int], non_starts: list[int]
) -> None:
    doc = sentence_hints(Doc(spacy.blank("en").vocab, words=words, spaces=spaces))
    assert [t.i for t in doc if t.is_sent_start is True and t.i > 0] == starts
    assert [t.i for t in doc if t.is_sent_start is False] == non_starts


def test_nlp_sentences_gold_evidence_is_never_split() -> None:
    """Each evidence sentence of the seed gold lies inside one parsed sentence."""
    gold = json.loads(shared_or_skip("gold", "seeds.json").read_text(encoding="utf-8"))
    folder = shared_or_skip("gold", "seeds")
    for event in gold["events"]:
        for doc, evidence in event["evidence"].items():
            text = (folder / f"{doc}.body.txt").read_text(encoding="utf-8")
            found = [s.text for s in parse(doc, text).sentences]
            assert any(evidence.strip() in s for s in found), (doc, evidence)


@pytest.mark.parametrize(
    "text",
    [
        "ERBIL — The President of the Kurdistan Region, Tomas Vidal, met on Thursday in Erbil "
        "with the commander of the mission, Lieutenant General Ana Soto.",
        "LIMA — The President of the Andean Council, Tomas Vidal, met on Thursday in Lima.",
    ],
)
def test_nlp_sentences_dateline_in_capitals_is_parsed_apart_in_one_sentence(text: str) -> None:
    """The place in capitals is no verb of the sentence ("ERBIL" read as one, "met" its
    conjunct): the dateline and the sentence are parsed as two, and kept as one."""
    parsed = parse("x", text)
    assert [s.text for s in parsed.sentences] == [text]
    met = next(t for t in parsed.tokens if t.text == "met")
    assert met.head == met.i  # the root of its own clause


def test_nlp_sentences_a_dash_after_a_subject_is_no_dateline() -> None:
    """ "The Andean Council — whose chair is X — met": the words before the dash are the
    sentence's subject, parsed with it."""
    parsed = parse("x", "The Andean Council — whose chair is Tomas Vidal — met in Lima.")
    council = next(t for t in parsed.tokens if t.text == "Council")
    assert council.dep == "nsubj"


def test_nlp_sentences_a_speaker_label_is_never_cut() -> None:
    """After a header line, the parser cut "SECRETARY SOTO:" into two sentences a word."""
    for name in ("SOTO", "LOPEZ", "HOLLIS"):
        text = f"Lima, Peru\n\nSECRETARY {name}: This morning I met with President Tomas Vidal."
        assert "SECRETARY" not in [s.strip() for s in sentences(text)], name


@pytest.mark.parametrize(
    "text",
    [
        "Chilean officials met Brig. Gen. Tomas Vidal in Lima on Tuesday.",
        "The command passed to Maj. Gen. Ana Soto in Lima on Tuesday.",
        "The award went to Staff Sgt. Ana Soto and Cpl. Tomas Vidal on Monday.",
        "He met Amb. John Carter and Cmdr. Ana Soto in Lima.",
    ],
)
def test_nlp_sentences_a_rank_s_abbreviation_ends_no_sentence(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize("abbreviation", ABBREVIATED_TITLES)
def test_nlp_sentences_every_abbreviated_title_is_one_token(abbreviation: str) -> None:
    text = f"The envoy met {abbreviation} Ana Soto in Lima."
    assert abbreviation in [t.text for t in parse("x", text).tokens]
    assert sentences(text) == [text]


def test_nlp_sentences_an_abbreviation_after_a_dateline_s_dash_ends_nothing() -> None:
    """ "LIMA - U.S. Ambassador Ana Soto met ...": the dateline and "U.S." are no sentence."""
    text = "LIMA - U.S. Ambassador Ana Soto met Peruvian officials on Tuesday."
    assert sentences(text) == [text]
