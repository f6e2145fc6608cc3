"""parse / parse_many: frozen records whose offsets point back into the text."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from storyline.lang.en.titles import (
    FORCE_HEADS,
    LONE_TITLE_WORDS,
    NAME_TITLES,
    OPENING_ADVERBS,
    ORG_HEADS,
    PLACE_HEADS,
)
from storyline.lang.en.transcripts import blank_notes
from storyline.nlp import parse, parse_many
from storyline.nlp.model import MAX_PIECE_CHARS, nlp
from storyline.nlp.parse import _batches, _family_name_after, _pieces, _unnamed
from storyline.records import Mention, ParsedArticle, Token
from tests.conftest import shared_or_skip

parse_module = sys.modules["storyline.nlp.parse"]

# Own writing: short news-like texts with quotes, datelines, glued stops and paragraphs.
TEXTS = [
    "",
    "   \n\n  ",
    "NATO opened a training mission in Iraq.",
    "ERBIL, 3 March 2019 (Agency) – The defence minister met the envoy.\n\nThey spoke for an hour.",
    'The envoy said: "We are here to help. We will stay," and left.\nNext paragraph here.',
    "Officers trained in Taji.The course lasted six weeks.  It   ended  well. ",
    "\n\nLeading blank lines and trailing ones.\n\n\n",
    "“Curly quotes work too,” the spokesman noted, “and so do these.”",
    "today  \n5th",  # a date the model runs into the space after it, past an opening adverb
]

FRAGMENTS = [
    "NATO",
    "Iraq",
    "the",
    "minister",
    "said",
    "met",
    "Baghdad",
    "al-Araji",
    "U.S.",
    "today",
    ".",
    ",",
    "!",
    "?",
    ":",
    "–",
    "-",
    '"',
    "“",
    "”",
    "(",
    ")",
    "'s",
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\u00a0",
    "\u200b",
    "5th",
    "2025",
]


def assert_invariants(article: ParsedArticle, text: str) -> None:
    """Everything later stages rely on: offsets, order, coverage, token indices."""
    assert article.text == text
    for mention in article.sentences:
        assert mention.text == text[mention.start : mention.end]
        assert mention.text and mention.text == mention.text.strip()
    for mention in article.entities:
        # a name's words as read: a transcriber's note inside it left out
        written = text[mention.start : mention.end]
        assert mention.text == written or mention.text == " ".join(blank_notes(written).split())
        assert mention.text and mention.text == mention.text.strip()
    covered = bytearray(len(text))
    previous_end = 0
    for sentence in article.sentences:
        assert sentence.label == ""
        assert previous_end <= sentence.start
        previous_end = sentence.end
        covered[sentence.start : sentence.end] = b"\1" * (sentence.end - sentence.start)
    assert all(covered[n] or char.isspace() for n, char in enumerate(text))
    previous_sent = 0
    for n, token in enumerate(article.tokens):
        sentence = article.sentences[token.sent]
        assert token.i == n
        assert token.text == text[token.start : token.end]
        assert sentence.start <= token.start < token.end <= sentence.end
        assert 0 <= token.head < len(article.tokens)
        assert previous_sent <= token.sent
        previous_sent = token.sent


def test_nlp_parse_reads_a_name_without_the_transcriber_s_note_inside_it() -> None:
    """A note in a name ("Sheikh Luis (inaudible) Soto") neither cuts it in two nor stays in
    it; the sentence, quoted as evidence, keeps what the transcript wrote."""
    text = (
        "MINISTER VIDAL: Thank you.\n"
        "QUESTION: We met his highness the king, Sheikh Luis (inaudible) Soto, in Lima today."
    )
    article = parse("t", text)
    assert_invariants(article, text)
    people = [e.text for e in article.entities if e.label == "PERSON"]
    assert "Luis Soto" in people
    assert any("(inaudible)" in s.text for s in article.sentences)


@pytest.mark.parametrize("text", TEXTS)
def test_nlp_parse_offsets_point_into_text(text: str) -> None:
    assert_invariants(parse("doc", text), text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join))
def test_nlp_parse_invariants_hold_for_any_text(text: str) -> None:
    assert_invariants(parse("doc", text), text)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_nlp_parse_invariants_hold_for_any_characters(text: str) -> None:
    assert_invariants(parse("doc", text), text)


def test_nlp_parse_returns_records_only() -> None:
    article = parse("doc", "Jens Stoltenberg visited Baghdad in 2018.")
    assert isinstance(article, ParsedArticle)
    assert all(isinstance(s, Mention) for s in (*article.sentences, *article.entities))
    assert all(type(t) is Token for t in article.tokens)
    for token in article.tokens:
        assert all(type(v) in (int, str) for v in token._asdict().values())


def test_nlp_parse_fills_tags_lemmas_and_entities() -> None:
    article = parse("doc", "Jens Stoltenberg visited Baghdad in 2018.")
    by_text = {t.text: t for t in article.tokens}
    assert by_text["visited"].lemma == "visit"
    assert by_text["visited"].pos == "VERB"
    assert by_text["visited"].dep == "ROOT"
    assert by_text["visited"].head == by_text["visited"].i
    assert by_text["Stoltenberg"].ent == "PERSON"
    assert ("Baghdad", "GPE") in {(e.text, e.label) for e in article.entities}


def test_nlp_parse_many_keeps_order_and_ids() -> None:
    items = [(f"id{n}", text) for n, text in enumerate(TEXTS * 3)]
    articles = list(parse_many(items, batch_size=4))
    assert [a.id for a in articles] == [i for i, _ in items]
    assert [a.text for a in articles] == [t for _, t in items]
    assert articles[2] == parse("id2", TEXTS[2])


@pytest.mark.parametrize(
    ("sizes", "most", "chars", "batches"),
    [
        ([5, 5, 5], 32, 12, [[5, 5], [5]]),
        ([5, 5, 5], 2, 100, [[5, 5], [5]]),
        ([30, 2, 2], 32, 12, [[30], [2, 2]]),  # a piece longer than the budget goes alone
        ([2, 30, 2], 32, 12, [[2], [30], [2]]),
        ([4, 4, 4], 32, 12, [[4, 4, 4]]),  # the budget itself is allowed
        ([], 32, 12, []),
    ],
)
def test_nlp_parse_batches_keep_to_pieces_and_characters(
    sizes: list[int], most: int, chars: int, batches: list[list[int]]
) -> None:
    pieces = [("x" * size, n) for n, size in enumerate(sizes)]
    found = list(_batches(iter(pieces), most, chars))
    assert [[len(text) for text, _ in batch] for batch in found] == batches
    assert [piece for batch in found for piece in batch] == pieces


def test_nlp_parse_many_parses_alike_in_batches_of_any_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    items = [(f"id{n}", text) for n, text in enumerate(TEXTS * 2)]
    whole = list(parse_many(items))
    monkeypatch.setattr(parse_module, "BATCH_CHARS", 1)  # every piece alone
    assert list(parse_many(items)) == whole
    monkeypatch.setattr(parse_module, "BATCH_CHARS", sum(len(t) for t in TEXTS) // 2)
    assert list(parse_many(items)) == whole


def test_nlp_parse_many_hands_spacy_no_more_than_the_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pipeline = nlp()
    seen: list[int] = []
    real = pipeline.pipe

    def pipe(texts, **kwargs):  # type: ignore[no-untyped-def]
        if not kwargs.get("as_tuples"):  # (spaCy's own call for the texts of the tuples)
            return real(texts, **kwargs)
        batch = list(texts)
        seen.append(sum(len(text) for text, _ in batch))
        return real(batch, **kwargs)

    monkeypatch.setattr(pipeline, "pipe", pipe)
    long_text = "The envoy met the minister in Lima on Monday. " * 30  # 1,380 characters
    list(parse_many([(f"id{n}", long_text) for n in range(20)]))
    assert len(seen) > 1
    assert max(seen) <= parse_module.BATCH_CHARS


@pytest.mark.parametrize(
    "text",
    [
        "word " * (MAX_PIECE_CHARS // 4),
        ("A short paragraph here.\n" * (MAX_PIECE_CHARS // 12))[:-1],
        "x" * (2 * MAX_PIECE_CHARS + 7),
        "",
    ],
)
def test_nlp_pieces_cover_text_within_limit(text: str) -> None:
    pieces = _pieces(text)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= MAX_PIECE_CHARS for _, piece in pieces)
    assert [offset for offset, _ in pieces] == [
        sum(len(p) for _, p in pieces[:n]) for n in range(len(pieces))
    ]


def test_nlp_parse_long_article_in_pieces() -> None:
    paragraph = "The alliance trained Iraqi officers in Baghdad. They graduated in May.\n"
    text = paragraph * (MAX_PIECE_CHARS // len(paragraph) + 40)
    article = parse("long", text)
    assert_invariants(article, text)
    assert len(article.sentences) == 2 * text.count("\n")


def _shared_texts() -> list[Path]:
    seeds = sorted(shared_or_skip("gold", "seeds").glob("*.body.txt"))
    ecb = sorted(shared_or_skip("bench", "ecbplus", "dev", "docs").glob("*.txt"))[:10]
    return seeds + ecb


def test_nlp_parse_invariants_hold_on_real_pages() -> None:
    paths = _shared_texts()
    items = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
    for article, (_, text) in zip(parse_many(items), items, strict=True):
        assert_invariants(article, text)


def test_nlp_parse_name_cut_after_its_hyphen_stays_one_sentence() -> None:
    """ "Karim al- Nouri" (a stray space from the source) is one name in one sentence."""
    text = "The minister met Karim al- Nouri in Lima today. They spoke for an hour."
    parsed = parse("x", text)
    assert parsed.sentences[0].text.endswith("in Lima today.")
    assert len(parsed.sentences) == 2


def test_nlp_parse_no_sentence_ends_on_an_ordinal() -> None:
    """The parser may cut "Corpsman 2nd | Class Lee Park"; a sentence ends on a stop."""
    text = "We honour Hospital Corpsman 2nd Class Lee Park, who was killed on Monday. He was 24."
    parsed = parse("x", text)
    assert [s.text for s in parsed.sentences] == [
        "We honour Hospital Corpsman 2nd Class Lee Park, who was killed on Monday.",
        "He was 24.",
    ]


def test_parse_breaks_long_runs_and_blanks_long_non_prose_keeping_offsets() -> None:
    from storyline.nlp.parse import LONG_PARAGRAPH_CHARS, MAX_WORD_CHARS, _tame

    run = "<" * (MAX_WORD_CHARS * 3)
    tamed = _tame(f"Start. {run} end.")
    assert len(tamed) == len(f"Start. {run} end.") and tamed.startswith("Start. <")
    assert max(map(len, tamed.split())) <= MAX_WORD_CHARS
    table = "< > " * LONG_PARAGRAPH_CHARS
    text = f"The minister spoke.\n{table}\nThe talks ended."
    tamed = _tame(text)
    assert len(tamed) == len(text) and "<" not in tamed
    assert tamed.startswith("The minister spoke.\n") and tamed.endswith("\nThe talks ended.")
    prose = "The minister said the talks had been useful and would go on. " * 50
    assert _tame(prose) == prose


def test_parse_reads_long_runs_of_symbols() -> None:
    # Unbroken, such runs hold spaCy's tokenizer for seconds to minutes (bench_hostile).
    article = parse("x", "Ministers met in Baghdad. " + "<" * 1500 + " They agreed.")
    assert max(len(t.text) for t in article.tokens) <= 128
    assert [t.text for t in article.tokens][-3:] == ["They", "agreed", "."]
    article = parse("x", "Ministers met in Baghdad.\n" + "<" * 20_000 + "\nThey agreed.")
    assert [t.text for t in article.tokens] == [
        "Ministers",
        "met",
        "in",
        "Baghdad",
        ".",
        "They",
        "agreed",
        ".",
    ]


def test_nlp_parse_an_office_s_last_word_is_no_given_name() -> None:
    """ "... for Andean Affairs Mark Dolan": "Affairs" ends the office, not the name."""
    text = (
        "The session was opened by Ambassador Jane Roe and Deputy Assistant Secretary of State "
        "for Andean Affairs Mark Dolan."
    )
    people = [e.text for e in parse("x", text).entities if e.label == "PERSON"]
    assert people == ["Jane Roe", "Mark Dolan"]


def test_parse_a_name_with_link_text_glued_to_it_ends_at_the_glue() -> None:
    """A page dump runs a link box's text into the name before it ("Ana SotoAna Soto"); a
    name's own inner capital ("LaRosa", "DelVidal", "FitzRamos") is kept."""
    text = (
        "Luis LaRosa met Tomas DelVidal, Pedro FitzRamos, Omar AbdulRahman and Rep. Ana"
        " SotoAna Soto on Monday."
    )
    names = [e.text for e in parse("x", text).entities if e.label == "PERSON"]
    assert any(n.endswith("Ana Soto") for n in names) and not any("SotoAna" in n for n in names)
    assert not any(n.endswith(("Del", "Fitz", "Abdul", "La")) for n in names), names


def _hand_parse(words: list[str]) -> ParsedArticle:
    """One sentence of ``words`` parsed by hand: the first word an entity."""
    text = " ".join(words)
    tokens, start = [], 0
    for i, word in enumerate(words):
        tokens.append(Token(i, start, start + len(word), word, word.lower(), "X", "X", "dep", 0, 0))
        start += len(word) + 1
    sentences = (Mention(0, len(text), text),) if words else ()
    entities = (Mention(0, len(words[0]), words[0], "PERSON"),) if words else ()
    return ParsedArticle("p1", text, sentences, tuple(tokens), entities)


@pytest.mark.parametrize("words", [["Ann", "met", "Bo", "."], []])
def test_nlp_parsed_article_pickles_column_by_column(words: list[str]) -> None:
    # A parse travels between worker processes: its tokens go as columns, not one object each.
    article = _hand_parse(words)
    article.sentence_tokens(0)  # what a reader cached on it stays behind
    data = pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL)
    back = pickle.loads(data)
    assert back == article
    assert all(type(token) is Token for token in back.tokens)
    assert all(type(mention) is Mention for mention in (*back.sentences, *back.entities))
    assert b"Token" not in data and b"Mention" not in data and b"_sentence_bounds" not in data
    assert back.sentence_tokens(0) == article.sentence_tokens(0)


def test_nlp_parse_a_name_in_the_possessive_is_the_name_alone() -> None:
    """ "Attorney General Luis Ramos' office": the person is Luis Ramos, without the
    apostrophe of the possessive."""
    text = "The bank said it had received a letter from Attorney General Luis Ramos' office."
    people = [e.text for e in parse("x", text).entities if e.label == "PERSON"]
    assert people == ["Luis Ramos"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sadly Ramos had offered to plead guilty but prosecutors refused.", "Ramos"),
        ("Ironically Carter had offered to resign.", "Carter"),
        ("Unemployed Luis Ramos accused of Tacna double murder", "Luis Ramos"),
    ],
)
def test_nlp_parse_a_word_opening_the_sentence_is_no_part_of_the_name(text: str, name: str) -> None:
    """ "Ironically Carter had offered": the adverb opens the sentence, the name is Carter."""
    people = [e.text for e in parse("x", text).entities if e.label == "PERSON"]
    assert people == [name]


@pytest.mark.parametrize("word", sorted(OPENING_ADVERBS))
def test_nlp_parse_every_opening_word_is_kept_out_of_a_name(word: str) -> None:
    text = f"{word.capitalize()} Luis Ramos had offered to resign in Lima."
    people = [e.text for e in parse("x", text).entities if e.label == "PERSON"]
    assert all(word not in p.lower().split() for p in people), people


@pytest.mark.parametrize("head", sorted(FORCE_HEADS))
def test_nlp_parse_a_word_opening_a_sentence_before_uniformed_men_is_no_person(head: str) -> None:
    """ "Riot police fired teargas": whatever the model makes of "Riot", no one is named."""
    plural = {"police": "police", "policeman": "policemen", "policemen": "policemen"}
    text = f"Riot {plural.get(head, head + 's')} arrested twenty protesters in Lima on Monday."
    parsed = parse("x", text)
    assert not [e.text for e in parsed.entities if e.text == "Riot"]


def test_nlp_parse_a_name_before_uniformed_men_inside_a_sentence_stays_a_name() -> None:
    parsed = parse("x", "On Monday, Luis Ramos police arrested twenty protesters in Lima.")
    assert any("Ramos" in e.text for e in parsed.entities if e.label == "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Coach Luis Ramos met Maria Lopez in Lima.", "Luis Ramos"),
        ("Senior Trooper Luis Ramos was killed in Lima.", "Luis Ramos"),
        ("Sheriff John Carter said deputies arrested him.", "John Carter"),
    ],
)
def test_nlp_parse_a_title_the_model_takes_into_a_name_is_left_out(text: str, name: str) -> None:
    people = [e.text for e in parse("x", text).entities if e.label == "PERSON"]
    assert name in people and not [p for p in people if p.endswith(name) and p != name]


@pytest.mark.parametrize("word", sorted(NAME_TITLES))
def test_nlp_parse_every_name_title_is_left_out_of_a_name(word: str) -> None:
    text = f"{word.capitalize()} Luis Ramos arrested two men in Lima on Monday."
    people = [e.text for e in parse("x", text).entities if e.label == "PERSON"]
    assert all(word not in p.lower().split() for p in people), people


@pytest.mark.parametrize(
    "rank", ["Lieutenant General", "Major General", "Brigadier General", "Vice Admiral", "Gen."]
)
def test_nlp_parse_a_rank_before_a_name_makes_it_a_person(rank: str) -> None:
    """The model may take "Lieutenant General Luis Ramos" for an organisation: it is a
    person, his name past the rank."""
    text = f"The minister received a delegation headed by its commander, {rank} Luis Ramos."
    people = [e.text for e in parse("x", text).entities if e.label == "PERSON"]
    assert "Luis Ramos" in people


def test_nlp_parse_a_one_word_rank_before_a_body_s_name_stays_a_body() -> None:
    entities = {e.text: e.label for e in parse("x", "General Dynamics won a contract.").entities}
    assert entities.get("General Dynamics") == "ORG"


@pytest.mark.parametrize("title", ["Msgr.", "Rev.", "Prof."])
def test_nlp_parse_an_abbreviated_clerical_or_academic_title_is_no_name(title: str) -> None:
    text = f"{title} Luis Ramos was arrested in Lima on Monday."
    people = [e.text for e in parse("x", text).entities if e.label == "PERSON"]
    assert people == ["Luis Ramos"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Ruiz met President Yoon Suk Yeol in Seoul on Monday.", "Yoon Suk Yeol"),
        ("Ana Ruiz met President Yoon Suk-yeol in Seoul on Monday.", "Yoon Suk-yeol"),
        ("Ana Ruiz later met Prime Minister Fiamē Naomi Mata'afa in Apia.", "Fiamē Naomi Mata'afa"),
    ],
)
def test_nlp_parse_puts_back_the_family_name_the_model_left_out(text: str, name: str) -> None:
    """The model's "Yoon Suk" of "Yoon Suk Yeol": the untagged proper noun the name hangs on
    ends it (the family name is what tells one person from another)."""
    doc = parse("a", text)
    (person,) = [e for e in doc.entities if e.label == "PERSON"]
    assert person.text == name
    assert {t.text for t in doc.tokens if t.ent == "PERSON"} >= set(name.replace("-", " ").split())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Prime Minister Omar Rida’ Al-Hakim met with Secretary-General Tom Berg in Lima.",
            "Omar Rida’ Al-Hakim",
        ),
        (
            "Prime Minister Ahmed Kadhim’ Al-Rubaie met with Chilean Minister Ana Soto on Monday.",
            "Ahmed Kadhim’ Al-Rubaie",
        ),
    ],
)
def test_nlp_parse_an_apostrophe_of_an_arabic_letter_runs_on_to_the_family_name(
    text: str, name: str
) -> None:
    """ "Rida’ Al-Hakim": the apostrophe writes a letter of the name (a hamza), and the model
    ended the name before it, leaving the family name as another person."""
    people = [e.text for e in parse("a", text).entities if e.label == "PERSON"]
    assert people[0] == name, people
    # a closing quote after a name, with no family name after it, stays out of the name
    people = [e.text for e in parse("a", "He met ‘Omar Rida’ in Lima.").entities]
    assert all("’" not in p for p in people), people


def _doc(last: str) -> Doc:
    """A doc "X met Ana Ruiz <last>" as a parser reads a name whose last word it left
    untagged: the tagged words hang on it."""
    vocab = nlp().vocab
    return Doc(
        vocab,
        words=["Lima", "met", "Ana", "Ruiz", last, "."],
        pos=["PROPN", "VERB", "PROPN", "PROPN", "PROPN", "PUNCT"],
        deps=["nsubj", "ROOT", "compound", "compound", "dobj", "punct"],
        heads=[1, 1, 4, 4, 1, 1],
        ents=["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"],
    )


def test_nlp_parse_family_name_after_reads_the_hand_built_doc() -> None:
    (person,) = [e for e in _doc("Vidal").ents if e.label_ == "PERSON"]
    assert _family_name_after(person) == 4


@pytest.mark.parametrize("head", sorted(PLACE_HEADS | ORG_HEADS))
def test_nlp_parse_every_place_or_body_head_ends_no_name(head: str) -> None:
    """ "Ana Ruiz Airport", "Ana Ruiz Foundation": a place or body named after her."""
    (person,) = [e for e in _doc(head.title()).ents if e.label_ == "PERSON"]
    assert _family_name_after(person) is None


@pytest.mark.parametrize("word", sorted(LONE_TITLE_WORDS))
def test_nlp_parse_every_lone_title_word_tagged_a_person_names_no_one(word: str) -> None:
    doc = Doc(
        nlp().vocab,
        words=["Lima", "met", word.title(), "and", "Ana", "Ruiz", "."],
        ents=["B-GPE", "O", "B-PERSON", "O", "B-PERSON", "I-PERSON", "O"],
    )
    office, person = [e for e in doc.ents if e.label_ == "PERSON"]
    assert _unnamed(office) and not _unnamed(person)


def test_nlp_parse_a_title_cased_headline_s_verb_is_no_family_name() -> None:
    doc = parse("a", "President Yoon Suk Visits Lima For Talks")
    assert not [e for e in doc.entities if e.label == "PERSON" and "Visits" in e.text]
