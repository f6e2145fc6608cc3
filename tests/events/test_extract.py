"""Event extraction over articles written for these tests (tests/data/events/articles.json)."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path

import pytest

from storyline.actors import Tenure, person_key
from storyline.events.extract import (
    NO_PARTICIPANT,
    NO_TRIGGER,
    ArticleInput,
    extract_events,
    read_article,
)
from storyline.lang.en.lexicon import PAGE_VERBS
from storyline.nlp import parse
from storyline.records import Event
from tests.conftest import shared_or_skip

ARTICLES = json.loads(
    (Path(__file__).parents[1] / "data" / "events" / "articles.json").read_text("utf-8")
)
BY_DOC = {a["doc"]: a for a in ARTICLES}


@cache
def events_of(doc: str) -> tuple[Event, ...]:
    article = BY_DOC[doc]
    published = dt.date.fromisoformat(article["published"]) if article["published"] else None
    parsed = parse(doc, article["text"])
    info = ArticleInput(doc, doc, article["text"], published)
    return tuple(extract_events(info, parsed, Tenure()))


def surnames(event: Event) -> set[str]:
    return {person_key(a.name) for a in event.actors}


EXPECTED = [(a["doc"], n) for a in ARTICLES for n in range(len(a["expect"]))]


@pytest.mark.parametrize(("doc", "n"), EXPECTED)
def test_extract_finds_the_expected_event(doc: str, n: int) -> None:
    want = BY_DOC[doc]["expect"][n]
    found = [e for e in events_of(doc) if e.type == want["type"]]
    assert found, f"no {want['type']} event in {doc}: {[e.type for e in events_of(doc)]}"
    event = found[0]
    assert event.date.value == want["date"]
    assert event.background == want["background"]
    if "place" in want:
        assert (event.location.name if event.location else None) == want["place"]
    assert {person_key(name) for name in want["actors"]} <= surnames(event)


def test_extract_attaches_statements_instead_of_making_events() -> None:
    (call,) = events_of("phone-call")
    assert call.type == "call" and call.plover == "CONSULT" and call.mode == "phone"
    speakers = {s.speaker for s in call.statements}
    assert "Jens Stoltenberg" in speakers


def test_extract_keeps_quotes_as_spoken() -> None:
    visit = next(e for e in events_of("visit-ankara") if e.type == "visit")
    assert any(s.quote == "frank and constructive" for s in visit.statements)


def test_extract_relative_date_without_publication_stays_unknown() -> None:
    (meeting,) = events_of("no-date")
    assert meeting.date.value is None


@pytest.mark.parametrize("doc", sorted(BY_DOC))
def test_extract_evidence_is_verbatim_text(doc: str) -> None:
    text = BY_DOC[doc]["text"]
    for event in events_of(doc):
        assert event.sources, event
        for source in event.sources:
            assert text[source.start : source.end] == source.sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders will meet in Brussels next month to discuss the mission.",
        "Officials plan to visit the training base once the weather improves.",
        "He stressed the importance of agreeing on a timetable.",
    ],
)
def test_extract_skips_future_purpose_and_gerund_triggers(sentence: str) -> None:
    parsed = parse("x", sentence)
    article = ArticleInput("x", "x", sentence, dt.date(2024, 5, 1))
    kinds = [e.type for e in extract_events(article, parsed, Tenure())]
    assert [k for k in kinds if k != "statement"] == []


def test_extract_seed_evidence_is_verbatim() -> None:
    folder = shared_or_skip("gold", "seeds")
    for body in sorted(folder.glob("*.body.txt")):
        text = body.read_text("utf-8")
        article = ArticleInput(body.stem, body.stem, text, dt.date(2025, 1, 1))
        for event in extract_events(article, parse(body.stem, text), Tenure()):
            for source in event.sources:
                assert text[source.start : source.end] == source.sentence


@pytest.mark.parametrize(
    ("sentence", "kind", "source", "target"),
    [
        ("Iraq asked NATO on Monday to expand its training mission.", "request", "Iraq", "NATO"),
        (
            "Chilean President Maria Lopez invited Peruvian Prime Minister Luis Ramos to the "
            "summit on Monday.",
            "invite",
            "Maria Lopez",
            "Luis Ramos",
        ),
        # the subject of a demand's that-clause is who is asked
        ("Kurdish officials demanded on Friday that Turkey halt its strikes.", "request",
         "Kurdish officials", "Turkey"),
        # a threat's target named in what it says will be done
        ("Iran threatened on Tuesday to cut off gas supplies to Iraq.", "threaten", "Iran",
         "Iraq"),
        ("Colonel Ali Nasser dismissed General Omar Haddad on Monday.", "dismiss",
         "Ali Nasser", "Omar Haddad"),
        ("Militants wounded two Iraqi policemen in Mosul on Sunday.", "attack", "Militants",
         "Iraqi policemen"),
        # a donor owned by a name of several words ("European Community ministers")
        ("European Community foreign ministers agreed on Saturday to send aid to Poland.",
         "agree", "European Community", "Poland"),
    ],
)  # fmt: skip
def test_extract_sides_follow_the_verb(sentence: str, kind: str, source: str, target: str) -> None:
    article = ArticleInput("x", "x", sentence, dt.date(2024, 5, 8))
    events = extract_events(article, parse("x", sentence), Tenure())
    (event,) = [e for e in events if e.type == kind]
    sides = {a.name: a.side for a in event.actors}
    assert sides[source] == "source" and sides[target] == "target"


@pytest.mark.parametrize(
    ("published", "holder"),
    [("2024-01-20", "Jens Stoltenberg"), ("2025-02-10", "Mark Rutte")],
)
def test_extract_office_resolves_to_its_holder_at_the_date(published: str, holder: str) -> None:
    text = (
        "The NATO Secretary General met Iraqi defence officials in Baghdad on Thursday to "
        "discuss the advisory mission."
    )
    article = ArticleInput("x", "x", text, dt.date.fromisoformat(published))
    (event,) = extract_events(article, parse("x", text), Tenure())
    assert holder in {a.name for a in event.actors}


def test_extract_article_with_nothing_coded_reports_its_lead() -> None:
    text = (
        "Kepa Arrizabalaga joined Chelsea from Athletic Bilbao on Wednesday for a "
        "record fee.\nThe club said the paperwork was complete."
    )
    article = ArticleInput("x", "x", text, dt.date(2018, 8, 9))
    events = extract_events(article, parse("x", text), Tenure())
    assert [(e.type, e.plover) for e in events] == [("other", None)]
    lead = events[0]
    assert "Kepa Arrizabalaga" in {a.name for a in lead.actors}
    assert lead.summary == text.split("\n")[0]
    assert lead.date.value == "2018-08-08" and lead.sources[0].start == 0


@pytest.mark.parametrize("verb", ["posted", "published", "updated"])
def test_extract_lead_is_no_line_of_the_page_about_itself(verb: str) -> None:
    # a blog's "posted in ... on" line heads the text: the lead is the first happening after it
    assert verb[:-2].rstrip("e") in {v.rstrip("e") for v in PAGE_VERBS}
    text = (
        f"Ana Soto, Lima Harbour Blog. {verb} in Port News on Friday, May 3, 2024.\n"
        "Luis Ramos joined the Lima harbour pilots on Thursday after a long search."
    )
    article = ArticleInput("x", "x", text, dt.date(2024, 5, 3))
    (lead,) = extract_events(article, parse("x", text), Tenure())
    assert {a.name for a in lead.actors} == {"Luis Ramos"}
    assert lead.summary == text.split("\n")[1]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The weather in the capital stayed mild and the markets were calm all week.", NO_TRIGGER),
        ("The meeting was long and the talks went on late into the night.", NO_PARTICIPANT),
    ],
)
def test_extract_article_without_event_says_why(text: str, reason: str) -> None:
    reading = read_article(
        ArticleInput("x", "x", text, dt.date(2024, 5, 1)), parse("x", text), Tenure()
    )
    assert reading.events == () and reading.reason == reason


def test_extract_article_with_event_gives_no_reason() -> None:
    text = "NATO Secretary General Mark Rutte met Iraqi Prime Minister al-Sudani on Wednesday."
    reading = read_article(
        ArticleInput("x", "x", text, dt.date(2025, 2, 6)), parse("x", text), Tenure()
    )
    assert reading.events and reading.reason is None


def test_extract_protest_of_unnamed_people_is_kept() -> None:
    """Who protests is often a crowd nobody names; the protest is still a happening."""
    sentence = "Thousands of students staged demonstrations in Basra on Saturday."
    article = ArticleInput("x", "x", sentence, dt.date(2024, 5, 8))
    (event,) = extract_events(article, parse("x", sentence), Tenure())
    assert event.type == "protest" and event.actors[0].name == "students"


def test_extract_lower_case_guess_of_a_name_is_no_actor() -> None:
    """The model sometimes labels a common noun phrase as a person; names are capitalised."""
    sentence = "A passer-by was struck by stray gunfire in Baghdad on Monday."
    article = ArticleInput("x", "x", sentence, dt.date(2024, 5, 8))
    parsed = parse("x", sentence)
    assert all(any(c.isupper() for c in e.text) for e in parsed.entities if e.label == "PERSON")
    for event in extract_events(article, parsed, Tenure()):
        assert "stray gunfire" not in {a.name for a in event.actors}


def test_extract_headline_of_several_targets_reads_in_the_plural() -> None:
    sentence = "Three soldiers were injured by a roadside bomb near Kirkuk on Monday."
    article = ArticleInput("x", "x", sentence, dt.date(2024, 5, 8))
    (event,) = extract_events(article, parse("x", sentence), Tenure())
    assert event.type == "attack"
    assert event.summary.startswith("Soldiers were attacked")


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("meet", "A meeting was reported"), ("attack", "An attack was reported"),
     ("aid", "An aid delivery was reported"), ("other", "A happening was reported")],
)  # fmt: skip
def test_headline_of_an_event_nobody_is_named_in_uses_its_noun(kind: str, expected: str) -> None:
    from storyline.events.headline import headline
    from storyline.events.registry import registry

    (event_type,) = [t for t in registry().types if t.name == kind]
    assert headline(event_type, [], None) == expected


def test_headline_names_a_state_by_the_office_it_takes_part_by() -> None:
    from storyline.events.headline import headline
    from storyline.events.registry import registry
    from storyline.records import Actor

    meet = registry().get("meet")
    actors = [
        Actor("Anna Berg", "person", "Foreign Minister", None, "source"),
        Actor("Chile", "state", "Foreign Minister", None, "target"),
        Actor("Peru", "state", "state", None, "target"),
    ]
    assert headline(meet, actors, None) == (
        "Foreign Minister Anna Berg met the Chilean Foreign Minister and Peru"
    )


@pytest.mark.parametrize(
    ("place", "expected"),
    [("Gulf of Aden", "in the Gulf of Aden"), ("Red Sea", "in the Red Sea"),
     ("West Bank", "in the West Bank"), ("Lima", "in Lima")],
)  # fmt: skip
def test_headline_writes_the_before_a_sea_a_gulf_or_a_strip(place: str, expected: str) -> None:
    from storyline.events.headline import headline
    from storyline.events.registry import registry
    from storyline.records import Actor, Place

    actors = [Actor("Chile", "state", "state", None, "source")]
    text = headline(registry().get("attack"), actors, Place(place, None, None, None))
    assert text.endswith(expected)


def test_extract_their_is_the_clause_s_own_people_before_the_article_s() -> None:
    """ "agreed by allied leaders at their 2018 summit": the leaders' summit, not one of the
    two people the article opened with."""
    text = (
        "Chilean Foreign Minister Ana Soto met Peruvian Prime Minister Luis Ramos in Lima on "
        "Wednesday. The pact was agreed by Andean leaders at their 2018 summit in Quito."
    )
    article = ArticleInput("x", "x", text, dt.date(2025, 2, 6))
    events = extract_events(article, parse("x", text), Tenure())
    for event in events:
        if event.date.value == "2018":
            assert "Ana Soto" not in {a.name for a in event.actors}
    assert any(e.type == "meet" and e.date.value == "2025-02-05" for e in events)


def test_extract_same_people_meeting_twice_in_an_article_is_one_meeting() -> None:
    """The second telling names a place of what was discussed, not where they met."""
    text = (
        "Foreign Secretary Sarah Cole held talks in London today with Iraq's Foreign Minister, "
        "Karim Nouri. The Foreign Secretary and the Iraqi Foreign Minister, Karim Nouri, met to "
        "talk about the campaign against Daesh in Iraq."
    )
    article = ArticleInput("x", "x", text, dt.date(2024, 5, 8))
    meets = [e for e in extract_events(article, parse("x", text), Tenure()) if e.type == "meet"]
    assert len(meets) == 1 and meets[0].location is not None
    assert meets[0].location.name == "London"


def test_extract_lone_surname_the_model_took_for_an_organisation_is_the_person() -> None:
    """The second mention of a person by surname alone, tagged ORG by the model, still acts
    in its sentence, and "he" in the next sentence stands for him."""
    text = (
        "Peruvian Prime Minister Luis Ramos received Andean Council Secretary General Lars "
        "Lindqvist in Lima on Monday. Lindqvist arrived in the Peruvian capital on Sunday "
        "evening on a surprise trip, his first since 2019. He also met Defence Minister "
        "Pablo Mena and Foreign Minister Tomas Vidal."
    )
    parsed = parse("x", text)
    assert any(e.text == "Lindqvist" and e.label != "PERSON" for e in parsed.entities)
    events = extract_events(ArticleInput("x", "x", text, dt.date(2024, 3, 5)), parsed, Tenure())
    visit = next(e for e in events if e.type == "visit")
    sources = {a.name for a in visit.actors if a.side == "source"}
    assert sources == {"Lars Lindqvist"}
    # "He also met ...": the ministers he met during the visit, a meeting of its own
    (met,) = [e for e in events if {"Pablo Mena", "Tomas Vidal"} <= _names(e)]
    assert "Lars Lindqvist" in _names(met)


def test_extract_counterpart_named_without_a_comma_takes_part() -> None:
    """ "with his Turkish counterpart Hakan Fidan": the parser hangs the name off the verb;
    the title before it still names who was on the other end of the call."""
    text = (
        "Iraqi Foreign Minister Fuad Hussein held a phone call with his Turkish counterpart "
        "Hakan Fidan on Wednesday to discuss the strikes."
    )
    events = extract_events(
        ArticleInput("x", "x", text, dt.date(2024, 5, 16)), parse("x", text), Tenure()
    )
    call = next(e for e in events if e.type == "call")
    assert {"Fuad Hussein", "Hakan Fidan"} <= {a.name for a in call.actors}


def test_extract_lead_of_a_statement_names_its_voice_and_no_word_of_a_title() -> None:
    """Nothing coded: the lead is the event, told by the statement's byline, and "State" of
    "Secretary of State" (tagged an organisation) is no actor."""
    text = (
        "Lena Holm, Department Spokesperson\n\n"
        "Secretary of State Sam Roe will accompany President Dana Reeve to Ghana and Togo "
        "on June 3-5 to consult with partners in the region on trade and security."
    )
    events = extract_events(
        ArticleInput("x", "x", text, dt.date(2022, 6, 1)), parse("x", text), Tenure()
    )
    names = {a.name for e in events for a in e.actors}
    assert "Lena Holm" in names
    assert "State" not in names


def test_extract_a_handing_over_line_is_no_quote_of_its_speaker() -> None:
    """ "Foreign Minister X said:" then the words: what he said is the words, not the line
    that hands over to them."""
    text = (
        "Foreign Minister John Carter said:\n\n"
        "I strongly condemn the attack on the Chilean embassy in Lima."
    )
    events = extract_events(
        ArticleInput("x", "x", text, dt.date(2024, 5, 8)), parse("x", text), Tenure()
    )
    quotes = [s.quote for e in events for s in e.statements]
    assert quotes == ["I strongly condemn the attack on the Chilean embassy in Lima."], quotes


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        (("UN", "org", "international organization", "United Nations"), "the UN"),
        (("SDF", "org", None, "Syrian Democratic Forces"), "the SDF"),
        (("Government of Peru", "org", "government", "Peru"), "the Government of Peru"),
        (("UN Panel of Experts", "org", None, None), "the UN Panel of Experts"),
        (
            ("Andean Coordination Task Force", "org", None, None),
            "the Andean Coordination Task Force",
        ),
        (("Lima Air National Guard", "org", "armed forces", None), "the Lima Air National Guard"),
        (("NATO", "org", "alliance", "NATO"), "NATO"),
        (("Taliban", "org", "militant group", None), "the Taliban"),
        (
            ("Islamic State of Iraq and Syria", "org", None, "Islamic State"),
            "the Islamic State of Iraq and Syria",
        ),
        (("ISIL", "org", "terrorist group", "Islamic State"), "ISIL"),
        (("Hamas", "org", "militant group", None), "Hamas"),
    ],
)
def test_headline_writes_the_before_a_body_and_its_acronym(
    actor: tuple[str, str, str | None, str | None], expected: str
) -> None:
    """A body English writes with "the" gets it, and so does an acronym of one ("the UN");
    a single name ("Hamas", "NATO") does not."""
    from storyline.events.headline import label_of
    from storyline.records import Actor

    name, kind, role, org = actor
    assert label_of(Actor(name, kind, role, org, "source")) == expected


@pytest.mark.parametrize(
    ("sources", "targets", "expected"),
    [
        (
            [("Peru", "state", "state")],
            [("Chile", "state", "state")],
            "Peru deployed forces to Chile",
        ),
        (
            [("Peruvian troops", "org", "armed forces")],
            [("Chile", "state", "state")],
            "Peruvian troops deployed to Chile",
        ),
        (
            [("Peru", "state", "state")],
            [("Sendero Rojo", "org", "terrorist group")],
            "Peru deployed forces against Sendero Rojo",
        ),
    ],
)
def test_headline_of_a_deployment_says_forces_were_sent_and_against_whom(
    sources: list[tuple[str, str, str]], targets: list[tuple[str, str, str]], expected: str
) -> None:
    """A state or a person sends forces to a place ("Peru deployed forces to Chile"); forces
    deploy themselves ("Peruvian troops deployed to Chile"); forces sent at an armed group
    go against a terrorist group, not to it."""
    from storyline.events.headline import headline
    from storyline.events.registry import registry
    from storyline.records import Actor

    actors = [Actor(n, k, r, None, "source") for n, k, r in sources]
    actors += [Actor(n, k, r, None, "target") for n, k, r in targets]
    assert headline(registry().get("deploy"), actors, None) == expected


def _names(event: Event) -> set[str]:
    return {a.name for a in event.actors}
