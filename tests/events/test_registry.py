"""The event-type registry (events/data/types.toml and the English profile's patterns,
lang/en/data/triggers.toml), entry by entry.

Every type is read against the PLOVER codebook (CAMEO2PLOVER-2021.txt in ../shared), its
headline forms are read as English, each example sentence of the English file goes through the
extractor, and the files' structure (names, future types, triggers, fingerprint) is checked.

An example's expected names are compared with the actors on its side by case-insensitive
containment, after the names the extractor canonicalises: a country, demonym or country
adjective stands for the state ("Turkish" -> "Turkey"), a capital for its country's
government ("Tehran" -> "Iran"), an organisation's alias for its canonical name
("the alliance" -> "NATO").
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Any

import pytest

from storyline.actors import Tenure, organisation, state
from storyline.events.extract import ArticleInput, extract_events
from storyline.events.headline import headline
from storyline.events.registry import (
    PLOVER_TYPES,
    EventType,
    bundled_fingerprint,
    parse_registry,
    registry,
)
from storyline.nlp import parse, parse_many
from storyline.places import capital, country, lookup
from storyline.records import Actor, Event, Place
from storyline.wording import infinitive
from tests.conftest import shared_or_skip

TYPES = registry().types
CODED = [t for t in TYPES if t.coded]
UNCODED = [t for t in TYPES if not t.coded]
WITH_TRIGGERS = [t for t in TYPES if t.triggers]
PUBLISHED = dt.date(2024, 5, 1)
FORMS = ("verb", "alone", "passive")
BUNDLED = resources.files("storyline.events").joinpath("data/types.toml")
ENGLISH = resources.files("storyline.lang.en").joinpath("data/triggers.toml")

CODEBOOK_LINE = re.compile(r"^\d+:\s*(?P<type>[A-Z]+)\s*,(?P<mode>[^,#]*)")
"""A coded row of CAMEO2PLOVER: "041: CONSULT, phone,   # Discuss by telephone"."""

FAILING_EXAMPLES = {
    ("call", 1): "'held a phone call with President Vidal': Vidal is a source, not a target",
    ("agree", 0): "'Baghdad and Erbil agreed': Erbil is no actor (Baghdad becomes Iraq)",
    ("sign", 0): "'signed a defence cooperation agreement' is read as agree, not sign",
    ("cooperate", 0): "'agreed to expand the training mission' is read as agree, not cooperate",
    ("aid", 0): "'aid to displaced families in Iraq': the target is 'families', Iraq no actor",
    ("request", 0): "'The Bolivian speaker urged': the source is Bolivia, not parliament",
    ("incident", 0): "'A military helicopter crashed': no event (no one named took part)",
    ("dissolve", 0): "'The king dissolved parliament': the king is no source",
    ("statement", 0): "'Hussein said that the talks had been useful' is read as a meet",
}
"""Examples the extractor misreads today, each with what goes wrong (reported upstream)."""


@cache
def codebook() -> dict[str, frozenset[str]]:
    """PLOVER type -> the modes the codebook lists with it ("" for a row without a mode)."""
    path = shared_or_skip("bench", "plover", "CAMEO2PLOVER-2021.txt")
    modes: dict[str, set[str]] = {}
    for line in path.read_text("utf-8").splitlines():
        found = CODEBOOK_LINE.match(line)
        if found:
            modes.setdefault(found["type"], set()).add(found["mode"].strip())
    return {kind: frozenset(found) for kind, found in modes.items()}


@cache
def events_of(text: str) -> tuple[Event, ...]:
    article = ArticleInput("example", "example", text, PUBLISHED)
    return tuple(extract_events(article, parse("example", text), Tenure()))


def completed(event_type: EventType, form: str) -> str:
    """A sentence the headline form completes: "The minister met the president."."""
    words = getattr(event_type, form)
    return f"The minister {words} the president." if form == "verb" else f"The minister {words}."


@cache
def first_word_tags() -> dict[str, str]:
    """The tag of each headline form's first word, in the sentence it completes."""
    texts = sorted({completed(t, f) for t in TYPES for f in FORMS if getattr(t, f)})
    parsed = parse_many((text, text) for text in texts)
    return {text: found.tokens[2].tag for text, found in zip(texts, parsed, strict=True)}


def known_as(word: str) -> set[str]:
    """The lower-case names an expected word may appear under among the actors."""
    names = {word, state(word), organisation(word)}
    place = lookup(word)
    if place is not None and place.country is not None:
        seat, home = capital(place.country), country(place.country)
        if seat is not None and home is not None and seat.name == place.name:
            names.add(state(home.name) or home.name)
    return {name.lower() for name in names if name}


def on_side(word: str, event: Event, side: str) -> bool:
    """Whether an actor on ``side`` of ``event`` is named by ``word``."""
    names = known_as(word)
    return any(n in a.name.lower() for a in event.actors if a.side == side for n in names)


def example_params() -> list[object]:
    params = []
    for event_type in TYPES:
        for n in range(len(event_type.examples)):
            reason = FAILING_EXAMPLES.get((event_type.name, n))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(pytest.param(event_type, n, id=f"{event_type.name}-{n}", marks=marks))
    return params


def type_name(event_type: EventType) -> str:
    return event_type.name


@cache
def raw_entries() -> dict[str, dict[str, object]]:
    """The bundled file's entries as written, before the loader fills in defaults."""
    return {
        str(entry["name"]): entry for entry in tomllib.loads(BUNDLED.read_text("utf-8"))["type"]
    }


@cache
def english_entries() -> tuple[dict[str, Any], ...]:
    """The English file's ``[[trigger]]`` entries as written."""
    return tuple(tomllib.loads(ENGLISH.read_text("utf-8"))["trigger"])


# --- PLOVER coding --------------------------------------------------------------------------------


def test_registry_plover_types_are_the_codebooks() -> None:
    assert set(PLOVER_TYPES) == set(codebook()) and len(PLOVER_TYPES) == 16


@pytest.mark.parametrize("event_type", CODED, ids=type_name)
def test_registry_coded_type_is_in_the_codebook(event_type: EventType) -> None:
    assert event_type.plover in PLOVER_TYPES
    modes = codebook()[event_type.plover or ""]
    if event_type.mode is not None:
        assert event_type.mode in modes, f"{event_type.plover} modes: {sorted(modes)}"


@pytest.mark.parametrize("event_type", UNCODED, ids=type_name)
def test_registry_uncoded_type_states_its_family_and_headline(event_type: EventType) -> None:
    entry = raw_entries()[event_type.name]
    assert "mode" not in entry, "a mode without a PLOVER type"
    assert {"family", *FORMS} <= set(entry), "family and every headline form, written out"


# --- headlines ------------------------------------------------------------------------------------


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("event_type", list(TYPES), ids=type_name)
def test_registry_headline_form_reads_as_a_past_predicate(event_type: EventType, form: str) -> None:
    words = getattr(event_type, form)
    assert words, f"{event_type.name} has no {form} form"
    assert words == words.strip() and "  " not in words
    assert not re.search(r"[{}\[\]<>]", words), "template braces in a headline form"
    assert words[-1].isalpha(), "a form ends with a word, not punctuation"
    assert words[0].islower()
    tag = first_word_tags()[completed(event_type, form)]
    assert tag == "VBD", f"{words!r} does not start with a past-tense verb ({tag})"


SOURCE = Actor("Jane Doe", "person", "Foreign Minister", "Iraq", "source")
TARGET = Actor("Arab League", "org", None, None, "target")
CASES = {
    "source": ((SOURCE,), "alone"),
    "target": ((TARGET,), "passive"),
    "both": ((SOURCE, TARGET), "verb"),
}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("event_type", list(TYPES), ids=type_name)
def test_registry_headline_names_both_sides(event_type: EventType, case: str) -> None:
    actors, form = CASES[case]
    if event_type.unit:
        # the organisation is the unit the happening is about, the person its other side
        actors = tuple(replace(a, kind="person") for a in actors if a.kind == "person") + (
            (TARGET, replace(TARGET, name="Sam Roe", kind="person")) if TARGET in actors else ()
        )
    text = headline(event_type, actors, Place("Baghdad", "IQ", 33.34, 44.4))
    for actor in actors:
        assert actor.name in text
    expected = str(getattr(event_type, form))
    if event_type.unit and TARGET in actors:
        expected = expected.replace(event_type.unit, f"{event_type.unit} of the {TARGET.name}", 1)
    if event_type.members and TARGET in actors:
        # a body on the target side lost members: "members of the Arab League were killed"
        assert f"members of the {TARGET.name}" in text[:1].lower() + text[1:]
        expected = expected.replace("was ", "were ", 1) if form == "passive" else expected
    assert expected in text
    at = event_type.place_prep if form == "alone" else "in"
    assert text.endswith(f" {at} Baghdad") and "{" not in text


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("event_type", list(TYPES), ids=type_name)
def test_registry_headline_of_a_decision_announced_says_it_is_to_come(
    event_type: EventType, case: str
) -> None:
    """ "Chile announced plans to impose sanctions on Peru", "Peru was to be sanctioned": a
    happening announced as decided never reads as done."""
    actors, form = CASES[case]
    if event_type.unit or event_type.members:
        actors = tuple(replace(a, kind="person") for a in actors)
    place = Place("Baghdad", "IQ", 33.34, 44.4)
    text = headline(event_type, actors, place, decided=True)
    words = str(getattr(event_type, form))
    plain = infinitive(words)
    assert plain != words and words not in text
    if case == "target":
        assert f" was to {plain}" in text, text
    else:
        assert f" announced plans to {plain}" in text, text
    for actor in actors:
        assert actor.name in text
    assert text.endswith(" Baghdad")


def test_registry_headline_unit_is_what_the_happening_is_about() -> None:
    command = next(t for t in TYPES if t.name == "command")
    old = Actor("Tom Berg", "person", "Major General", None, "source")
    new = Actor("Ana Ruiz", "person", "Lieutenant General", None, "target")
    unit = Actor("Andean Training Mission", "org", "mission", None, "target")
    assert headline(command, (old, unit, new), None) == (
        "Major General Tom Berg handed over command of the Andean Training Mission to "
        "Lieutenant General Ana Ruiz"
    )
    assert headline(command, (new, unit), None) == (
        "Lieutenant General Ana Ruiz took command of the Andean Training Mission"
    )


def test_registry_headline_a_body_whose_people_were_killed_lost_members() -> None:
    """ "Chile killed members of the Andean Front", not "killed the Andean Front"; people
    named by a noun are shown as they are."""
    kill = next(t for t in TYPES if t.name == "kill")
    chile = Actor("Chile", "state", "state", None, "source")
    front = Actor("Andean Front", "org", "militant group", None, "target")
    fighters = Actor("rebel fighters", "org", None, None, "target")
    assert headline(kill, (chile, front), None) == "Chile killed members of the Andean Front"
    assert headline(kill, (front,), None) == "Members of the Andean Front were killed"
    assert headline(kill, (chile, fighters), None) == "Chile killed rebel fighters"


def test_registry_headline_verb_agrees_with_the_head_of_its_noun() -> None:
    """ "Commanders of the militia were attacked": the head noun is plural, not its "of"."""
    attack = next(t for t in TYPES if t.name == "attack")
    victims = Actor("commanders of the Alder militia", "org", None, None, "target")
    assert headline(attack, (victims,), None).startswith(
        "Commanders of the Alder militia were attacked"
    )
    unit = Actor("unit of soldiers", "org", None, None, "target")
    assert headline(attack, (unit,), None).startswith("The unit of soldiers was attacked")
    crew = Actor("Danish military personnel", "org", None, None, "target")
    assert headline(attack, (crew,), None).startswith("Danish military personnel were attacked")


# --- examples -------------------------------------------------------------------------------------


@pytest.mark.parametrize("event_type", WITH_TRIGGERS, ids=type_name)
def test_registry_trigger_type_has_an_example(event_type: EventType) -> None:
    assert event_type.examples


@pytest.mark.parametrize(("event_type", "n"), example_params())
def test_registry_example_is_read_as_its_type(event_type: EventType, n: int) -> None:
    example = event_type.examples[n]
    events = events_of(example.text)
    found = [e for e in events if e.type == event_type.name]
    assert found, f"no {event_type.name} event: {[(e.type, e.summary) for e in events]}"
    assert all((e.plover, e.mode) == (event_type.plover, event_type.mode) for e in found)
    got = [[(a.name, a.side) for a in e.actors] for e in found]
    assert any(
        all(on_side(word, e, "source") for word in example.source)
        and all(on_side(word, e, "target") for word in example.target)
        for e in found
    ), f"want {example.source} -> {example.target}, got {got}"


# --- structure ------------------------------------------------------------------------------------


def test_registry_names_are_unique() -> None:
    names = [entry["name"] for entry in tomllib.loads(BUNDLED.read_text("utf-8"))["type"]]
    assert len(set(names)) == len(names) == len(TYPES)


@pytest.mark.parametrize("event_type", [t for t in TYPES if t.future], ids=type_name)
def test_registry_future_is_a_known_type(event_type: EventType) -> None:
    assert event_type.future in {t.name for t in TYPES}
    assert event_type.future != event_type.name


@pytest.mark.parametrize("event_type", [t for t in TYPES if t.intent], ids=type_name)
def test_registry_intent_is_a_coded_type(event_type: EventType) -> None:
    intended = {t.name: t for t in TYPES}[event_type.intent or ""]
    assert intended.plover in ("AGREE", "CONCEDE", "THREATEN")


@pytest.mark.parametrize("event_type", [t for t in TYPES if t.intent], ids=type_name)
def test_registry_headline_of_a_promise_names_what_was_promised(event_type: EventType) -> None:
    """ "Peru pledged to withdraw from Chile", not "Peru made a pledge to Chile"."""
    promise = {t.name: t for t in TYPES}[event_type.intent or ""]
    assert promise.promise and promise.promise.split()[-1] == "to"
    both = headline(promise, (SOURCE, TARGET), None, promised=event_type)
    alone = headline(promise, (SOURCE,), None, promised=event_type)
    assert both.endswith(f" {promise.promise} {infinitive(event_type.verb)} the {TARGET.name}")
    assert alone.endswith(f" {promise.promise} {infinitive(event_type.alone)}")
    assert headline(promise, (TARGET,), None, promised=event_type) == headline(
        promise, (TARGET,), None
    ), "no one promised: as a promise received"


@pytest.mark.parametrize("event_type", [t for t in TYPES if t.reversal], ids=type_name)
def test_registry_reversal_is_an_undoing_as_plover_codes_it(event_type: EventType) -> None:
    """Aid or cooperation ended is a sanction (CAMEO 161-162), force or sanctions ended a
    retreat (CAMEO 085-087): another family, read in a sentence of its own words."""
    undoing = {t.name: t for t in TYPES}[event_type.reversal or ""]
    assert undoing.family != event_type.family
    wanted = "RETREAT" if event_type.plover in ("ASSAULT", "COERCE", "SANCTION") else "SANCTION"
    assert undoing.plover == wanted
    assert undoing.reversal is None, "an undoing is not undone again"


def test_registry_reversal_of_an_unknown_type_is_refused() -> None:
    types = tomllib.loads(BUNDLED.read_text("utf-8"))
    entry = next(t for t in types["type"] if t["name"] == "aid")
    entry["reversal"] = "unaid"
    with pytest.raises(ValueError, match="unaid"):
        parse_registry(types, tomllib.loads(ENGLISH.read_text("utf-8")))


def test_registry_promise_is_only_on_types_others_promise() -> None:
    intents = {t.intent for t in TYPES if t.intent}
    assert {t.name for t in TYPES if t.promise} == intents


@pytest.mark.parametrize("event_type", WITH_TRIGGERS, ids=type_name)
def test_registry_trigger_words_are_lower_case(event_type: EventType) -> None:
    for trigger in event_type.triggers:
        words = {trigger.lemma, trigger.particle or "", *trigger.objects, *trigger.preps}
        words |= trigger.prep_objects | trigger.compounds | trigger.with_of
        assert all(w == w.lower() for w in words), trigger


@pytest.mark.parametrize("event_type", WITH_TRIGGERS, ids=type_name)
def test_registry_triggers_of_a_type_differ(event_type: EventType) -> None:
    assert len(set(event_type.triggers)) == len(event_type.triggers)


def test_registry_fingerprint_hashes_the_bundled_files() -> None:
    fingerprint = registry().fingerprint
    assert len(fingerprint) >= 8
    assert fingerprint == bundled_fingerprint(BUNDLED.read_bytes(), ENGLISH.read_bytes())


@pytest.mark.parametrize("edited", ["types", "english"])
def test_registry_fingerprint_follows_either_file(edited: str) -> None:
    types, english = BUNDLED.read_bytes(), ENGLISH.read_bytes()
    if edited == "types":
        types += b"# a comment\n"
    else:
        english += b"# a comment\n"
    assert bundled_fingerprint(types, english) != registry().fingerprint


def test_registry_fingerprint_follows_the_content() -> None:
    types, english = BUNDLED.read_text("utf-8"), ENGLISH.read_text("utf-8")
    huddle = '[[type]]\nname = "huddle"\nverb = "huddled with"\nalone = "huddled"\n'
    huddling = '[[trigger]]\ntype = "huddle"\npatterns = [{ verb = "huddle" }]\n'
    meet = 'type = "meet"\npatterns = [\n'
    assert meet in english
    another_meet = english.replace(meet, meet + '    { verb = "huddle" },\n', 1)
    fingerprints = [
        parse_registry(tomllib.loads(t), tomllib.loads(e)).fingerprint
        for t, e in ((types, english), (types + huddle, english + huddling), (types, another_meet))
    ]
    assert all(fingerprints) and len(set(fingerprints)) == 3


# --- the English profile's patterns -----------------------------------------------------------


def test_registry_english_entries_follow_the_registry_order() -> None:
    """One entry per type, in the order of types.toml (which breaks ties between patterns
    equally narrow on one word), and every type with patterns has one."""
    named = [entry["type"] for entry in english_entries()]
    assert named == [t.name for t in TYPES if t.name in named]
    assert {t.name for t in WITH_TRIGGERS} <= set(named)


@pytest.mark.parametrize("entry", english_entries(), ids=lambda entry: str(entry["type"]))
def test_registry_english_entry_gives_its_type_every_pattern_and_example(
    entry: dict[str, Any],
) -> None:
    event_type = registry().get(str(entry["type"]))
    patterns, examples = entry.get("patterns", []), entry.get("examples", [])
    assert len(event_type.triggers) == len(patterns) and event_type.examples
    assert [e.text for e in event_type.examples] == [e["text"] for e in examples]


@pytest.mark.parametrize(
    "event_type", [t for t in TYPES if t.source_part or t.target_part], ids=type_name
)
def test_registry_parts_name_the_sides_of_its_examples(event_type: EventType) -> None:
    """Each type that names its sides' parts gives them to the participants its examples
    read: the attacker and the target of "X attacked Y"."""
    parts = {event_type.source_part, event_type.target_part} - {None}
    assert all(re.fullmatch(r"[a-z]+( [a-z]+)*", p or "") for p in parts)
    found = [e for x in event_type.examples for e in events_of(x.text) if e.type == event_type.name]
    shown = {(a.side, a.part) for e in found for a in e.actors}
    for side in ("source", "target"):
        if event_type.part(side) and any(a.side == side for e in found for a in e.actors):
            assert (side, event_type.part(side)) in shown, shown


def test_registry_parts_go_with_the_side_and_nothing_else() -> None:
    aid = registry().get("aid")
    actors = (
        Actor("Iraq", "state", "state", side="target"),
        Actor("Japan", "state", "state", side="source"),
        Actor("the mission", "org"),
    )
    assert [a.part for a in aid.with_parts(actors)] == ["recipient", "provider", None]
    assert [a.part for a in registry().get("meet").with_parts(actors)] == [None, None, None]


BAD_FILES = {
    "a part for no side": (
        '[[type]]\nname = "huddle"\nverb = "huddled with"\nalone = "huddled"\n'
        'parts = { host = "host" }\n',
        '[[trigger]]\ntype = "huddle"\npatterns = [{ verb = "huddle" }]\n',
    ),
    "a part in capitals": (
        '[[type]]\nname = "huddle"\nverb = "huddled with"\nalone = "huddled"\n'
        'parts = { source = "Host" }\n',
        '[[trigger]]\ntype = "huddle"\npatterns = [{ verb = "huddle" }]\n',
    ),
    "patterns in types.toml": (
        '[[type]]\nname = "huddle"\nverb = "huddled with"\nalone = "huddled"\n'
        'triggers = [{ verb = "huddle" }]\n',
        "",
    ),
    "an unknown type": ("", '[[trigger]]\ntype = "huddle"\npatterns = [{ verb = "huddle" }]\n'),
    "a type twice": ("", '[[trigger]]\ntype = "meet"\npatterns = [{ verb = "huddle" }]\n'),
    "an unknown key": ("", '[[trigger]]\ntype = "tour"\nforms = ["huddle"]\n'),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_registry_bad_english_entry_is_refused(case: str) -> None:
    more_types, more_english = BAD_FILES[case]
    types = tomllib.loads(BUNDLED.read_text("utf-8") + more_types)
    english = tomllib.loads(ENGLISH.read_text("utf-8") + more_english)
    with pytest.raises(ValueError):
        parse_registry(types, english)


def test_registry_headline_of_bodies_that_met_names_the_people_who_met() -> None:
    meet = next(t for t in TYPES if t.name == "meet")
    actors = (
        Actor("Iraq", "state", "state", None, "source"),
        Actor("NATO", "org", "alliance", None, "source"),
        Actor("Karim Nouri", "person", "National Security Advisor", "Iraq", "target"),
        Actor("Sam Roe", "person", "Assistant Secretary General", "NATO", "target"),
    )
    assert headline(meet, actors, None) == (
        "Iraqi National Security Advisor Karim Nouri met NATO Assistant Secretary General Sam Roe"
    )
    visit = next(t for t in TYPES if t.name == "visit")
    guest_and_host = tuple(replace(a, side="target") for a in actors[2:])
    assert headline(visit, guest_and_host, None).endswith("received a visit")


def test_registry_headline_names_a_described_person_without_the_description() -> None:
    request = next(t for t in TYPES if t.name == "request")
    sister = Actor("Mona Sayed", "person", "sister of journalist Omar Sayed", None, "source")
    assert headline(request, (sister,), None) == "Mona Sayed made a request"


def test_registry_headline_leaves_out_the_body_an_office_s_body_belongs_to() -> None:
    """ "met NATO Mission Iraq Commander X", not "met NATO and NATO Mission Iraq Commander X"."""
    meet = next(t for t in TYPES if t.name == "meet")
    host = Actor("Ana Ruiz", "person", "Defence Minister", "Chile", "source")
    alliance = Actor("NATO", "org", "alliance", None, "target")
    commander = Actor("Tom Berg", "person", "Commander", "NATO Mission Iraq", "target")
    text = headline(meet, (host, alliance, commander), None)
    assert text == "Chilean Defence Minister Ana Ruiz met NATO Mission Iraq Commander Tom Berg"


def test_registry_headline_gives_a_body_called_by_a_common_noun_its_article() -> None:
    """ "opened an investigation into the firm", not "into firm"; plurals stand alone."""
    attack = next(t for t in TYPES if t.name == "attack")
    government = Actor("government", "org", "government", None, "source")
    rebels = Actor("rebels", "org", "armed group", None, "target")
    assert headline(attack, (government, rebels), None) == "The government attacked rebels"


@pytest.mark.parametrize(
    "state",
    [
        "United States", "United Kingdom", "United Arab Emirates", "Republic of Korea",
        "Kingdom of Bahrain", "Democratic Republic of the Congo", "Federated States of Micronesia",
        "Holy See", "Central African Republic", "Dominican Republic", "Czech Republic",
        "State of Palestine", "Solomon Islands", "Netherlands", "Philippines", "Bahamas",
        "Gambia", "Maldives", "Comoros", "Seychelles",
    ],
)  # fmt: skip
def test_registry_headline_writes_the_before_states_english_writes_it_before(state: str) -> None:
    attack = next(t for t in TYPES if t.name == "attack")
    source = Actor(state, "state", "state", None, "source")
    assert headline(attack, (source,), None) == f"The {state} carried out an attack"


def test_registry_headline_writes_other_states_bare() -> None:
    attack = next(t for t in TYPES if t.name == "attack")
    assert headline(attack, (Actor("Peru", "state", "state", None, "source"),), None) == (
        "Peru carried out an attack"
    )


@pytest.mark.parametrize(
    ("name", "shown"),
    [("al Qaeda", "al Qaeda"), ("government", "the government"), ("gunmen", "gunmen")],
)
def test_registry_headline_article_only_before_a_common_singular(name: str, shown: str) -> None:
    attack = next(t for t in TYPES if t.name == "attack")
    source = Actor(name, "org", "armed group", None, "source")
    assert (
        headline(attack, (source,), None) == f"{shown[:1].upper()}{shown[1:]} carried out an attack"
    )


def test_registry_headline_plural_without_s_takes_were() -> None:
    attack = next(t for t in TYPES if t.name == "attack")
    victims = Actor("children", "org", None, None, "target")
    assert headline(attack, (victims,), None) == "Children were attacked"


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("European Union", "The European Union"),
        ("United Nations Security Council", "The United Nations Security Council"),
        ("Andean Workers' Party", "The Andean Workers' Party"),
        ("Lima Water Board", "The Lima Water Board"),
        ("Andean Peace Mission", "The Andean Peace Mission"),
        ("United Nations", "The United Nations"),
        ("Andean Border Service", "The Andean Border Service"),
        ("Hamas", "Hamas"),
        ("NATO", "NATO"),
        ("Shining Path", "Shining Path"),
        ("Peruvian forces", "Peruvian forces"),
        ("Coalition military forces", "Coalition military forces"),
        ("Peruvian government", "The Peruvian government"),
        ("Andean Aviation Administration", "The Andean Aviation Administration"),
        ("Banco Andino", "Banco Andino"),
        ("Andes Bank", "Andes Bank"),
        ("Peru's Defence Ministry", "Peru's Defence Ministry"),
    ],
)
def test_registry_headline_writes_the_before_a_body_s_name_english_writes_it_before(
    name: str, shown: str
) -> None:
    attack = next(t for t in TYPES if t.name == "attack")
    source = Actor(name, "org", "armed group", None, "source")
    assert headline(attack, (source,), None) == f"{shown} carried out an attack"


def test_registry_headline_forces_that_deployed_deployed() -> None:
    """ "Government forces deployed", not "deployed forces"; a state deploys forces."""
    deploy = next(t for t in TYPES if t.name == "deploy")
    forces = Actor("government forces", "org", "armed forces", None, "source")
    assert headline(deploy, (forces,), None) == "Government forces deployed"
    lima = Place("Lima", "PE", -12.05, -77.04)
    assert headline(deploy, (forces,), lima) == "Government forces deployed to Lima"
    peru = Actor("Peru", "state", "state", None, "source")
    assert headline(deploy, (peru,), None) == "Peru deployed forces"


def test_registry_headline_plurals_in_men_take_were() -> None:
    attack = next(t for t in TYPES if t.name == "attack")
    victims = Actor("Peruvian policemen", "org", None, None, "target")
    assert headline(attack, (victims,), None) == "Peruvian policemen were attacked"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Andeanis", "were"), ("Quechuis", "were"), ("Paris", "was"), ("Chile", "was")],
)
def test_registry_headline_a_people_named_alone_in_the_plural_agree(
    name: str, expected: str
) -> None:
    """ "Houthis were attacked": a people's or a movement's plural name standing alone takes
    a plural verb; a place of the name, or a state, does not."""
    attack = registry().get("attack")
    kind = "state" if name == "Chile" else "org"
    line = headline(attack, [Actor(name, kind, side="target")], None)
    assert line.startswith(f"{name} {expected} attacked"), line


@pytest.mark.parametrize(
    ("title", "org", "shown"),
    [
        ("President of the Chilean Senate", "Chile", "Chilean Senate President Maria Lopez"),
        (
            "President of the Lima Bar Association",
            None,
            "Lima Bar Association President Maria Lopez",
        ),
        ("President of Chile", "Chile", "Chilean President Maria Lopez"),
        ("President", "Chile", "Chilean President Maria Lopez"),
    ],
)
def test_registry_headline_names_the_body_an_office_is_held_in_not_its_state(
    title: str, org: str | None, shown: str
) -> None:
    """The president of a state's senate is no president of the state."""
    elected = next(t for t in TYPES if t.name == "election")
    actor = Actor("Maria Lopez", "person", "President", org, "target", title=title)
    assert headline(elected, (actor,), None).startswith(f"{shown} ")


def test_registry_office_handed_over() -> None:
    """ "office" is the office a happening hands over: taking command makes a Commander."""
    assert {t.name: t.office for t in TYPES if t.office} == {"command": "Commander"}


def test_registry_ends_names_a_side() -> None:
    """ "ends" says whose office the happening ends: the source or the target, nothing else."""
    types = tomllib.loads(BUNDLED.read_text("utf-8"))
    entry = next(t for t in types["type"] if t["name"] == "resign")
    entry["ends"] = "office"
    with pytest.raises(ValueError, match="ends"):
        parse_registry(types, tomllib.loads(ENGLISH.read_text("utf-8")))
    assert {t.name: t.ends for t in TYPES if t.ends} == {
        "kill": "target",
        "command": "source",
        "resign": "source",
        "dismiss": "target",
    }
