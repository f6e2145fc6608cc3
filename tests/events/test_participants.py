"""Participants the parser misplaces: names read from sentences written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from storyline.actors import Tenure
from storyline.events.arguments import COUNT_NOUNS
from storyline.events.extract import ArticleInput, extract_events
from storyline.events.triggers import MANNER_IDIOMS, Tree
from storyline.lang.en.lexicon import (
    ACCIDENT_WORDS,
    LEGISLATURE_NOUNS,
    NAMED_BODY_CATEGORIES,
    PORTFOLIO_OFFICES,
    PRIVATE_PEOPLE,
    STATE_PORTFOLIO_OFFICES,
    SUFFERED_HARMS,
    VICTIM_POSSESSED,
)
from storyline.nlp import parse
from storyline.records import Actor, Event, Mention, ParsedArticle, Token


def _events(text: str, published: dt.date = dt.date(2024, 5, 8)) -> list[Event]:
    article = ArticleInput("x", "x", text, published)
    return extract_events(article, parse("x", text), Tenure())


def _actors(text: str, kind: str, published: dt.date = dt.date(2024, 5, 8)) -> dict[str, Actor]:
    (event,) = [e for e in _events(text, published) if e.type == kind]
    return {a.name: a for a in event.actors}


def _tagged_as(text: str, *spans: tuple[str, str]) -> ParsedArticle:
    """``text`` parsed, with each (written words, label) taken as the model's mention of that
    label, as it may tag them ("Knut Lake" an organisation, "Cusco" a person)."""
    parsed = parse("x", text)
    for written, label in spans:
        at = text.index(written)
        end = at + len(written)
        entities = [e for e in parsed.entities if e.end <= at or e.start >= end]
        entities.append(Mention(at, end, written, label))
        tokens = tuple(t._replace(ent=label) if at <= t.start < end else t for t in parsed.tokens)
        parsed = dataclasses.replace(
            parsed, entities=tuple(sorted(entities, key=lambda e: e.start)), tokens=tokens
        )
    return parsed


def test_participants_name_after_an_empty_preposition_is_its_object() -> None:
    """The parser reads the name after "with" as the subject of the purpose clause."""
    text = (
        "President Lindqvist spoke with Prime Minister Ortega of Chile to thank him for the rescue."
    )
    actors = _actors(text, "call")
    assert actors["Ortega"].side == "target"


def test_participants_title_then_comma_and_honorifics_names_the_holder() -> None:
    """ "the Minister of Foreign Affairs of Jordan, HE Dr X": X takes part, with that office."""
    text = (
        "On Monday in Stockholm, Foreign Minister Anna Berg met the Minister of Foreign Affairs "
        "of Jordan, HE Dr Karim Nouri, to talk about trade."
    )
    actors = _actors(text, "meet")
    assert "Minister of Foreign Affairs of Jordan" not in actors
    assert actors["Karim Nouri"].role == "Minister of Foreign Affairs"


def test_participants_full_form_of_an_office_wins_over_the_table_s_short_one() -> None:
    """The tenure table writes "Foreign Minister"; the text's full form holds its words."""
    text = "Minister of Foreign Affairs Fuad Hussein met Anna Berg in Stockholm on Monday."
    actors = _actors(text, "meet", dt.date(2021, 3, 10))
    assert actors["Fuad Hussein"].role == "Minister of Foreign Affairs"


def test_participants_two_titled_people_joined_by_and_both_take_part() -> None:
    """The parser reads the first name as a modifier of the second."""
    text = (
        "U.S. Secretary of State Moreno and U.S. Secretary of Defense Carl Weiss will host "
        "coalition ministers in Washington on March 3, 2019."
    )
    (event,) = _events(text, dt.date(2019, 2, 20))
    assert {"Moreno", "Carl Weiss"} <= {a.name for a in event.actors}


def test_participants_holder_named_after_an_organisation_takes_part() -> None:
    """ "Secretary General of the X Organization NAME": the name, not the organisation."""
    text = (
        "The envoy met Secretary General of the Palestine Liberation Organization Samir Khatib "
        "in Ramallah on Monday."
    )
    actors = _actors(text, "meet")
    assert actors["Samir Khatib"].org == "Palestine Liberation Organization"


@pytest.mark.parametrize(
    ("name", "kind"),
    [("the Syrian Army", "armed forces"), ("the Government of Iraq", "government")],
)
def test_participants_body_no_table_knows_is_of_the_kind_its_head_word_names(
    name: str, kind: str
) -> None:
    text = f"{name} recaptured the town of Tal Hamra on Monday."
    found = [a for e in _events(text) for a in e.actors if a.kind == "org"]
    assert found and found[0].role == kind


def test_participants_evidence_keeps_a_publication_month() -> None:
    """A page dated only to its month still says when it was written."""
    text = "Peruvian Prime Minister Luis Ramos met the envoy in Lima."
    article = ArticleInput("x", "x", text, None, issued="2016-07")
    (event,) = extract_events(article, parse("x", text), Tenure())
    assert event.sources[0].published == "2016-07"


@pytest.mark.parametrize(
    "text",
    [
        "Typhoon Mirae struck the northern coast on Monday, killing at least twelve villagers.",
        "Cyclone Tara, which killed forty people in 2011, returned to the islands.",
        "A transport helicopter struck power lines near Kirkuk on Monday and crashed.",
        "A ferry hit a sandbank off the coast on Monday, injuring twelve passengers.",
    ],
)
def test_participants_what_a_natural_hazard_kills_is_no_attack(text: str) -> None:
    """Nor what a vehicle strikes by accident (a drone strike is an attack: see below)."""
    events = _events(text)
    assert not [e for e in events if e.plover == "ASSAULT"]
    assert not [a for e in events for a in e.actors if a.name.startswith(("Typhoon", "Cyclone"))]


def test_participants_who_accompanies_the_subject_is_on_its_side() -> None:
    text = "Defence Minister Anna Berg, accompanied by General Tom Reyes, visited Erbil on Monday."
    actors = _actors(text, "visit")
    assert actors["Tom Reyes"].side == actors["Anna Berg"].side == "source"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russia launched a new offensive against Ukraine on Monday.", "attack"),
        ("The United States sent military aid to Ukraine on Monday.", "aid"),
        ("Poland deployed two hundred soldiers to Ukraine on Monday.", "deploy"),
    ],
)
def test_participants_attack_on_a_country_or_aid_to_it_takes_place_there(
    text: str, kind: str
) -> None:
    (event,) = [e for e in _events(text) if e.type == kind]
    assert event.location is not None and event.location.name == "Ukraine"
    assert "Ukraine" in {a.name for a in event.actors}


def test_participants_a_parliament_acts_in_its_state_s_capital() -> None:
    text = "The Parliament of Iraq voted late on Sunday to approve the new budget."
    (event,) = [e for e in _events(text) if e.type == "vote"]
    assert event.location is not None and event.location.name == "Baghdad"


@pytest.mark.parametrize(
    ("text", "happened"),
    [
        ("Minister Anna Berg had the opportunity to meet Karim Nouri in Oslo on Monday.", True),
        ("Minister Anna Berg will have a chance to meet Karim Nouri in Oslo next week.", False),
    ],
)
def test_participants_what_someone_had_the_chance_to_do_happened(text: str, happened: bool) -> None:
    meets = [e for e in _events(text) if e.type == "meet"]
    assert bool(meets) is happened


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Anna Berg praised the Harbor Accords in Oslo on Monday.",
        "Foreign Minister Anna Berg welcomed the Nordic Summit in Oslo on Monday.",
    ],
)
def test_participants_a_named_happening_or_document_is_no_actor(text: str) -> None:
    names = {a.name for e in _events(text) for a in e.actors}
    assert "Anna Berg" in names
    assert not {n for n in names if n.endswith(("Accords", "Summit"))}


@pytest.mark.parametrize(
    "text",
    [
        "The protesters in Baghdad demanded dissolving the Iraqi parliament on Monday.",
        "Their demands in Baghdad included dissolving the Iraqi parliament.",
        "The ministers in Oslo discussed expanding the NATO mission on Monday.",
    ],
)
def test_participants_a_gerund_only_wanted_or_weighed_did_not_happen(text: str) -> None:
    assert not [e for e in _events(text) if e.type in ("dissolve", "deploy", "launch")]


def test_participants_office_the_article_gives_in_full_wins_over_a_short_form() -> None:
    from storyline.events.extract import _tenure_role

    own = {"marsh": ("Minister for the Arctic", None, "Lena Marsh")}
    actor = _tenure_role(Tenure(), Actor("Lena Marsh", "person", "Minister"), None, own)
    assert actor.role == "Minister for the Arctic"
    # not the office of another of the family
    other = _tenure_role(Tenure(), Actor("Tom Marsh", "person"), None, own)
    assert other.role is None


def test_participants_uncoded_lead_told_ahead_is_dated_when_told() -> None:
    text = "Foreign Minister Anna Berg will accompany President Karim Nouri to Oslo on May 20."
    article = ArticleInput("x", "x", text, dt.date(2024, 5, 8))
    (event,) = extract_events(article, parse("x", text), Tenure())
    assert event.date.value == "2024-05-08"


def test_participants_what_forces_entered_is_where_they_went() -> None:
    text = "The Syrian Army entered Tell Hamra and Ain Salma on Monday, state media said."
    (event,) = [e for e in _events(text) if e.type == "deploy"]
    assert event.location is not None and event.location.name == "Tell Hamra"
    assert not {"Tell Hamra", "Ain Salma"} & {a.name for a in event.actors}


def test_participants_an_attack_in_a_place_took_place_there() -> None:
    """ "in X" after "attack" is a topic for other happenings, the venue of the attack."""
    text = (
        "The minister condemned the Daesh attack in the Shorja district of Baghdad on Sunday night."
    )
    (event,) = [e for e in _events(text) if e.type == "attack"]
    assert event.location is not None and event.location.name == "Baghdad"


def test_participants_a_venue_in_a_town_places_the_happening_in_the_town() -> None:
    text = (
        "On Sunday evening, in Kestrel Gardens in Reading, England, at about six o'clock, a "
        "stabbing attack by a gunman wounded two people."
    )
    (event,) = [e for e in _events(text) if e.type == "attack"]
    assert event.location is not None and event.location.name == "Reading"


def test_participants_a_bare_capitalised_title_is_its_holder() -> None:
    """Release headlines drop the article: "Foreign Secretary welcomes ..."."""
    text = (
        "Foreign Secretary welcomes the new ceasefire in Yemen. Foreign Secretary Lena Marsh "
        "said the agreement was important."
    )
    names = {a.name for e in _events(text) if e.type == "support" for a in e.actors}
    assert "Lena Marsh" in names


def test_participants_a_clause_after_after_dates_another_happening() -> None:
    text = (
        "Late on Sunday, the militia said it had reached a deal with the Syrian government after "
        "Turkey launched its offensive on Wednesday."
    )
    article = ArticleInput("x", "x", text, dt.date(2019, 10, 15))
    events = extract_events(article, parse("x", text), Tenure())
    (agreement,) = [e for e in events if e.type == "agree"]
    assert agreement.date.value == "2019-10-13"


def test_participants_heads_of_state_name_no_state() -> None:
    text = (
        "Karim Nouri travelled to Geneva earlier this week and has held a string of meetings "
        "with heads of state, ministers and business leaders on the forum's sidelines."
    )
    for event in _events(text):
        assert "state" not in {a.name for a in event.actors}


@pytest.mark.parametrize(
    "text",
    [
        "The shipping firm has been the subject of sanctions by the United States since 2014.",
        "The company has remained under European Union sanctions since 2019.",
    ],
)
def test_participants_a_state_that_has_lasted_since_a_date_is_no_happening(text: str) -> None:
    assert not [e for e in _events(text) if e.type == "sanction"]


def test_participants_forces_from_a_unit_are_that_unit_s() -> None:
    actors = _actors(
        "F-16 jets from the Ohio Air National Guard arrived at the air base on Monday for a "
        "six-month rotation.",
        "deploy",
    )
    assert "Ohio Air National Guard" in actors
    actors = _actors(
        "About 200 soldiers from the 3rd Infantry Division arrived in Poland on Monday.", "deploy"
    )
    assert "3rd Infantry Division" in actors


def test_participants_who_departs_for_a_deployment_deploys() -> None:
    actors = _actors(
        "Eighty Airmen from the 445th Airlift Wing departed for a deployment to Kuwait on Monday.",
        "deploy",
    )
    assert actors["445th Airlift Wing"].side == "source"


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Three civilians were killed by a Russian airstrike in the town on Monday.", True),
        ("The minister said he was appalled by the attack by the militia on Monday.", False),
    ],
)
def test_participants_who_an_attack_s_by_phrase_harmed(text: str, victims: bool) -> None:
    attacks = [e for e in _events(text) if e.plover == "ASSAULT"]
    assert attacks
    targets = {a.name for e in attacks for a in e.actors if a.side == "target"}
    assert bool(targets & {"civilians", "minister"}) == victims


def test_participants_what_an_aside_announces_is_the_happening() -> None:
    """ "As X announced today, the United States will provide ...": an aid event, given by
    the United States, with the announcer on its side."""
    actors = _actors(
        "As Deputy Secretary of State Dana Reeve announced at the forum today, the United "
        "States will give $50 million of fresh aid to the displaced families.",
        "aid",
    )
    assert actors["United States"].side == "source"
    assert actors["Dana Reeve"].side == "source"


def test_participants_what_the_text_says_a_person_is_is_their_role() -> None:
    """No title, but a description: a common noun before the name or an apposition after it,
    kept as written; the person inside a description takes no part."""
    actors = _actors(
        "On Thursday, Mona Sayed, sister of journalist Omar Sayed, addressed reporters in "
        "Geneva, calling for the killers of her brother to be punished.",
        "request",
    )
    assert actors["Mona Sayed"].role == "sister of journalist Omar Sayed"
    assert "Omar Sayed" not in actors
    (attack,) = [
        e
        for e in _events(
            "Abu Karim al-Rawi, an ISIL cell commander near Mayadin, was struck and killed on "
            "Tuesday by a coalition drone."
        )
        if e.plover == "ASSAULT"
    ]
    roles = {a.name: a.role for a in attack.actors}
    assert roles["Abu Karim al-Rawi"] == "ISIL cell commander near Mayadin"


def test_participants_the_title_s_fuller_office_wins_over_the_text_s_short_one() -> None:
    text = "Foreign Minister Dana Levin met Secretary of State Sam Roe in Jerusalem on Sunday."
    title = "Foreign Minister and Alternate Prime Minister Dana Levin Meets Secretary Roe"
    article = ArticleInput("x", "x", text, dt.date(2022, 3, 28), title)
    (meet,) = [e for e in extract_events(article, parse("x", text), Tenure()) if e.type == "meet"]
    roles = {a.name: a.role for a in meet.actors}
    assert roles["Dana Levin"] == "Foreign Minister and Alternate Prime Minister"


def test_participants_who_a_deed_is_done_for_or_at_the_request_of_is_on_its_side() -> None:
    actors = _actors(
        "Per request of Theresa May, the United Kingdom's Prime Minister, the Queen suspended "
        "parliament for two weeks on Tuesday.",
        "prorogue",
        dt.date(2017, 9, 14),
    )
    assert actors["Theresa May"].side == "source"
    assert actors["Elizabeth II"].side == "source"  # "the Queen", by the table of holders
    assert actors["Elizabeth II"].role == "Queen"
    actors = _actors(
        "On behalf of President Sam Roe and our whole nation, I congratulate the "
        "people of Ghana on their national day.",
        "support",
    )
    assert actors["Sam Roe"].side == "source"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Civilians faced shelling and airstrikes by the regime and militias like Hezbollah.",
            "Hezbollah",
        ),
        ("The attacks by armed groups such as the Houthis continued on Monday.", "Houthis"),
    ],
)
def test_participants_named_examples_of_a_group_take_part(text: str, named: str) -> None:
    attacks = [e for e in _events(text) if e.plover == "ASSAULT"]
    assert named in {a.name for e in attacks for a in e.actors}


def test_participants_object_after_an_aside_is_the_object_not_an_apposition() -> None:
    """ "received, on Tuesday, the Commander ...": the parser hangs the object on the subject
    as an apposition; it is whom the subject received."""
    actors = _actors(
        "Prime Minister Karim Nouri received, on Tuesday, the Commander of the Andean Training "
        "Mission in Peru, Lieutenant General Lucas Vermeer, and his accompanying delegation.",
        "meet",
        dt.date(2024, 9, 11),
    )
    assert actors["Karim Nouri"].side == "source"
    assert actors["Lucas Vermeer"].side == "target"


def test_participants_a_number_of_troops_in_a_change_of_size_is_no_participant() -> None:
    actors = _actors(
        "Defence ministers agreed on Thursday to expand the training mission from 500 to "
        "4,000 personnel.",
        "agree",
    )
    assert "personnel" not in actors


def test_participants_an_attack_near_a_place_is_placed_there_and_a_lower_case_rank_is_a_role() -> (
    None
):
    (attack,) = [
        e
        for e in _events(
            "A drone strike killed Iranian general Omid Karimi near Baghdad airport on Friday."
        )
        if e.plover == "ASSAULT"
    ]
    assert attack.location is not None and attack.location.name == "Baghdad"
    assert {a.name: a.role for a in attack.actors}["Omid Karimi"] == "general"


@pytest.mark.parametrize(
    "text",
    [
        "I approved today, under powers the President handed to my department, a drawdown of "
        "surplus stocks to supply Ghana with more defence equipment worth up to $45 million.",
        "Last night I cleared, with the President's authority in hand, a $15 million drawdown "
        "of surplus stores to restock Ghana's depleted armouries.",
    ],
)
def test_participants_aid_across_an_aside_is_for_whom_its_purpose_names(text: str) -> None:
    """The object after an aside ("approved, under powers ..., a drawdown"), and who the aid
    is for, named in its purpose clause."""
    (aid,) = [e for e in _events(text) if e.plover == "AID"]
    assert "Ghana" in {a.name for a in aid.actors if a.side == "target"}


def test_participants_a_number_of_troops_pledged_is_what_is_given() -> None:
    actors = _actors("Canada has pledged up to 250 personnel to the mission.", "pledge")
    assert "personnel" not in actors


def test_participants_a_trip_starting_the_day_it_is_told_is_a_visit_with_whom_it_meets() -> None:
    """ "will travel ... on May 8-10 where she will meet officials from X", written on the 8th:
    the trip is under way, and whom it meets takes part."""
    text = (
        "Special Envoy for the Sahel Maria Holm will travel to Senegal on May 8-10 where she will "
        "meet with ministers from the Government of Mali."
    )
    (visit,) = [e for e in _events(text) if e.type == "visit"]
    assert visit.date.value == "2024-05-08"
    names = {a.name for a in visit.actors if a.side == "target"}
    assert any("Mali" in name for name in names)


def test_participants_a_city_the_model_takes_for_a_person_is_no_participant() -> None:
    text = (
        "The ministry was pleased with the Omani envoy's trip to Sanaa and the talks that followed."
    )
    for event in _events(text):
        assert "Sanaa" not in {a.name for a in event.actors}


def test_participants_whose_title_an_of_chain_names_is_the_title_s_holder() -> None:
    """ "the Prime Minister of the State of Qatar": the holder on that day, and Qatar is the
    office's state, not a second participant."""
    text = (
        "On Wednesday the Prime Minister of the State of Qatar and the President of the United "
        "States opened a strategic dialogue on technology."
    )
    (event,) = _events(text, dt.date(2023, 7, 12))
    names = {a.name for a in event.actors}
    assert {"Joe Biden", "Mohammed bin Abdulrahman Al Thani"} <= names
    assert "Qatar" not in names


def test_participants_what_is_welcomed_names_its_actor_through_of_phrases() -> None:
    text = "Norway warmly welcomes the news of the setting up of a Transitional Council in Chad."
    (support,) = [e for e in _events(text) if e.plover == "SUPPORT"]
    assert "Transitional Council" in " ".join(a.name for a in support.actors if a.side == "target")


def test_participants_who_also_participated_joins_the_meeting_told() -> None:
    text = (
        "The third Chile-Kenya trade dialogue was held in Nairobi on Monday, co-chaired by "
        "Trade Minister Ana Soto and Trade Secretary Peter Kamau. The Deputy Chief of Mission "
        "of the EU Delegation to Kenya Lena Vogel also participated."
    )
    (meeting,) = [e for e in _events(text) if e.plover == "CONSULT"]
    assert {"Ana Soto", "Peter Kamau", "Lena Vogel"} <= {a.name for a in meeting.actors}


def test_participants_the_title_s_office_without_a_name_is_the_text_s_one_holder() -> None:
    text = "Minister Tom Reyes welcomed the ceasefire agreed in Fiji on Monday."
    article = ArticleInput(
        "x", "x", text, dt.date(2024, 5, 8), "Minister for the Pacific welcomes ceasefire"
    )
    events = extract_events(article, parse("x", text), Tenure())
    roles = {a.name: a.role for e in events for a in e.actors}
    assert roles["Tom Reyes"] == "Minister for the Pacific"


def test_participants_a_promise_is_a_pledge_and_reads_as_one() -> None:
    text = "Chile on Monday committed to send more troops to Fiji."
    (pledge,) = [e for e in _events(text) if e.plover == "AGREE"]
    assert pledge.type == "pledge"
    assert pledge.summary.startswith("Chile pledged to deploy forces to Fiji")


def test_participants_a_visit_that_was_a_journey_s_purpose_took_place_at_its_facility() -> None:
    text = "Minister Soto flew to visit Chilean troops at Kidal Airfield West in Mali."
    (visit,) = [e for e in _events(text) if e.type == "visit"]
    assert visit.location is not None and visit.location.name == "Kidal Airfield West"


@pytest.mark.parametrize("noun", ["operations", "mission", "campaign", "push", "effort"])
def test_participants_operations_to_retake_a_town_are_an_offensive_by_whose_they_are(
    noun: str,
) -> None:
    text = f"Chilean {noun} to retake the town of Tacna began on Monday."
    (attack,) = [e for e in _events(text) if e.plover == "ASSAULT"]
    assert [a.name for a in attack.actors] == ["Chile"]
    assert attack.location is not None and attack.location.name == "Tacna"


@pytest.mark.parametrize(
    "text",
    [
        "Chile began rescue operations to free miners trapped in Copiapo on Monday.",
        "The campaign to capture the hearts of voters began in Lima on Monday, Ana Soto said.",
        "The push to oust the mayor of Lima failed on Monday, Ana Soto said.",
        "A campaign to liberate women from poverty began in Lima on Monday, Ana Soto said.",
        "Chile's push to recapture market share in Peru began on Monday, Ana Soto said.",
    ],
)
def test_participants_operations_to_retake_no_place_are_no_offensive(text: str) -> None:
    assert not [e for e in _events(text) if e.plover == "ASSAULT"]


def test_participants_a_meeting_that_was_a_journey_s_purpose_took_place_with_whom_it_names() -> (
    None
):
    text = "Foreign Minister Ana Soto travelled to Lima on Monday to meet President Tomas Vidal."
    (visit,) = _events(text)
    assert visit.plover == "CONSULT" and visit.date.value == "2024-05-06"
    assert [(a.name, a.side) for a in visit.actors] == [
        ("Ana Soto", "source"),
        ("Tomas Vidal", "target"),
    ]
    assert "Tomas Vidal" in visit.summary and "Lima" in visit.summary


def test_participants_a_meeting_that_is_a_planned_journey_s_purpose_is_announced_with_whom() -> (
    None
):
    text = "Foreign Minister Ana Soto will travel to Lima on Monday to meet President Tomas Vidal."
    (plan,) = _events(text)
    assert plan.type == "planned-visit" and "Tomas Vidal" in {a.name for a in plan.actors}
    assert plan.summary == (
        "Foreign Minister Ana Soto planned to visit President Tomas Vidal in Lima"
    )


def test_participants_a_need_met_on_a_journey_is_no_meeting() -> None:
    text = "Chilean workers returned to the factory on Monday to meet rising demand."
    assert not [e for e in _events(text) if e.plover == "CONSULT"]


def test_participants_a_signing_that_was_a_journey_s_purpose_is_not_told_done() -> None:
    events = _events("President Tomas Vidal travelled to Lima to sign the trade agreement.")
    assert [e.type for e in events] == ["visit"]


def test_participants_a_deed_reported_in_the_perfect_is_told_in_the_town_a_region_describes() -> (
    None
):
    text = (
        "Two blasts were yesterday reported to have killed reporter Ana Soto in the Caribbean "
        "coastal town of Tela, Honduras."
    )
    (attack,) = [e for e in _events(text) if e.plover == "ASSAULT"]
    assert "Ana Soto" in {a.name for a in attack.actors}
    assert attack.location is not None and attack.location.name == "Tela"


def test_participants_a_named_body_after_its_kind_is_the_participant_not_its_country() -> None:
    text = "Chile on Monday banned Peruvian airline Kestrel Air from flying in the country."
    (ban,) = [e for e in _events(text) if e.plover == "SANCTION"]
    targets = {a.name for a in ban.actors if a.side == "target"}
    assert "Kestrel Air" in targets and "Peru" not in targets
    assert {a.name: a.role for a in ban.actors}["Kestrel Air"] == "airline"


def test_participants_a_plan_told_today_is_still_a_plan() -> None:
    """ "today" dates the telling, not the plan: a promise of aid is a pledge."""
    text = "Chile will give Bolivia a grant worth 8 million dollars, the ministry said today."
    kinds = {e.type for e in _events(text)}
    assert "pledge" in kinds and "aid" not in kinds


def test_participants_the_leaders_of_the_two_countries_are_the_countries_just_named() -> None:
    text = (
        "Chile and Peru had long quarrelled over fishing rights, but late on Friday the leaders "
        "of the two countries talked on the phone."
    )
    (call,) = [e for e in _events(text) if e.type == "call"]
    assert {a.name for a in call.actors} == {"Chile", "Peru"}


def test_participants_of_two_offices_given_one_person_the_fuller_is_the_role() -> None:
    text = (
        "Special Envoy to Combat Piracy, Ambassador Ana Soto, met Peruvian Foreign Minister "
        "Luis Vega in Lima on Monday."
    )
    (meeting,) = [e for e in _events(text) if e.type == "meet"]
    assert {a.name: a.role for a in meeting.actors}["Ana Soto"] == "Special Envoy to Combat Piracy"


def test_participants_a_title_the_model_took_for_an_organisation_is_its_holder() -> None:
    text = (
        "On Friday, National Security Advisor Ana Soto goes to Lima with White House "
        "Coordinator for the Pacific and South Asia Tom Reyes to see Peru's president."
    )
    names = {a.name: a.role for e in _events(text) for a in e.actors}
    assert names["Tom Reyes"] == "White House Coordinator for the Pacific and South Asia"
    assert not any(name.startswith("White House") for name in names)


def test_participants_a_deployment_is_where_the_forces_went() -> None:
    text = "Ninety airmen from the 101st Airlift Wing departed for a deployment to Zorvan Air Base."
    (deploy,) = [e for e in _events(text) if e.type == "deploy"]
    assert deploy.location is not None and deploy.location.name == "Zorvan Air Base"
    assert deploy.summary.endswith("Wing deployed to Zorvan Air Base")


def test_participants_a_pledge_of_troops_is_made_to_where_they_go() -> None:
    text = "Chile on Monday committed to send more troops to Peru."
    (pledge,) = [e for e in _events(text) if e.type == "pledge"]
    assert pledge.location is not None and pledge.location.name == "Peru"
    assert pledge.summary.startswith("Chile pledged to deploy forces to Peru")


def test_participants_a_murder_owned_up_to_or_charged_is_the_one_told_on_its_own_day() -> None:
    text = (
        "Masked gunmen killed journalist Ana Soto in Lima on 3 March. In June, Interior "
        "Minister Luis Vega accepted responsibility for the killing of Ana Soto. Five men have "
        "since been charged with the murder in a court in Cusco."
    )
    events = _events(text, dt.date(2024, 9, 8))
    (kill,) = [e for e in events if e.plover == "ASSAULT"]
    assert kill.date.value == "2024-03-03" and kill.location is not None
    assert kill.location.name == "Lima"
    assert "Luis Vega" not in {a.name for a in kill.actors}
    assert "CONCEDE" in {e.plover for e in events}


def test_participants_a_killing_is_where_its_verb_says_whoever_was_killed() -> None:
    (kill,) = _events("A car bomb killed twelve people in Mosul on Monday.")
    assert kill.location is not None and kill.location.name == "Mosul"


def test_participants_a_surname_in_office_is_the_holder_the_table_names_in_full() -> None:
    (threat,) = _events(
        "President Bush threatened to veto the bill on Tuesday.", dt.date(2008, 5, 8)
    )
    assert [a.name for a in threat.actors] == ["George W. Bush"]


def test_participants_what_is_taken_from_a_group_is_done_to_it_in_the_town_named() -> None:
    text = "Rebel forces liberated the Yemeni town of Zorvana from the Houthis on Monday."
    (attack,) = [e for e in _events(text) if e.plover == "ASSAULT"]
    sides = {a.name: (a.side, a.kind) for a in attack.actors}
    assert sides["Houthis"] == ("target", "org")
    assert "Zorvana" not in sides and "Yemen" not in sides
    assert attack.location is not None and attack.location.name == "Zorvana"


def test_participants_a_country_whose_towns_are_threatened_is_the_target() -> None:
    (threat,) = _events("Syria threatened to shell Iraqi border towns today.")
    assert "Iraq" in {a.name for a in threat.actors if a.side == "target"}


def test_participants_a_numbered_unit_the_model_misses_is_named_whole() -> None:
    text = "Two hundred troops deployed from the 212th Fighter Wing arrived in Chad on Monday."
    names = {a.name for e in _events(text) for a in e.actors}
    assert "212th Fighter Wing" in names and "Fighter" not in names


def test_participants_a_state_s_forces_read_with_its_adjective() -> None:
    from storyline.events.people import noun_actors

    assert [a.name for a in noun_actors("Peru’s forces")] == ["Peruvian forces", "Peru"]


def test_participants_every_state_adjective_reads_back_as_its_state() -> None:
    from storyline.actors import state
    from storyline.events.headline import _demonyms

    assert len(_demonyms()) > 150
    for country, word in _demonyms().items():
        assert state(word) == country, (country, word)


def test_participants_a_designation_as_a_partner_is_no_sanction() -> None:
    text = "The ministers hailed Chile's designation as a key security partner of Peru."
    assert "SANCTION" not in {e.plover for e in _events(text)}
    text = "Peru designated the militia as a terrorist organization on Tuesday."
    assert "SANCTION" in {e.plover for e in _events(text)}


def test_participants_an_attack_told_with_its_country_was_done_to_that_country() -> None:
    text = "Peru condemned the bombing earlier today in the Loreto province of Chile."
    events = _events(text)
    (attack,) = [e for e in events if e.plover == "ASSAULT"]
    assert [(a.name, a.side) for a in attack.actors] == [("Chile", "target")]
    (condemn,) = [e for e in events if e.plover == "ACCUSE"]
    assert "Chile" not in {a.name for a in condemn.actors if a.side == "source"}


def test_participants_who_says_it_carried_out_the_attack_is_its_doer_on_the_attack_told() -> None:
    text = (
        "Drones struck an oil refinery in Talara, Peru, on Saturday. Speaking on local "
        "television, Hezbollah military spokesperson Ali Haddad said it had staged the attack."
    )
    attacks = [e for e in _events(text, dt.date(2024, 5, 12)) if e.plover == "ASSAULT"]
    assert len(attacks) == 1
    assert attacks[0].location is not None and attacks[0].location.name == "Talara"
    assert any(a.side == "source" and a.name == "Hezbollah" for a in attacks[0].actors)


def test_participants_a_state_s_own_body_brings_the_state() -> None:
    text = "The Chilean Government conducted seven airdrops of food aid on Monday."
    (aid,) = [e for e in _events(text) if e.plover == "AID"]
    names = {a.name: a.org for a in aid.actors}
    assert names.get("Chile", "missing") is None and names["Chilean Government"] == "Chile"


def test_participants_joined_for_talks_is_a_meeting_where_they_joined_not_its_topic() -> None:
    text = (
        "Foreign Minister Ana Soto joined Peruvian Foreign Minister Luis Vega and other partners "
        "in Lima on 4 November for talks about the refugee situation in Arica."
    )
    (meeting,) = [e for e in _events(text) if e.plover == "CONSULT"]
    assert {"Ana Soto", "Luis Vega"} <= {a.name for a in meeting.actors}
    assert meeting.location is not None and meeting.location.name == "Lima"


def test_participants_a_movement_named_after_a_country_does_not_bring_it() -> None:
    from storyline.events.people import _state_body

    assert _state_body("UK Government") and _state_body("Iraqi Security Forces")
    assert not _state_body("Syrian Democratic Forces")
    assert not _state_body("Syrian Observatory for Human Rights")


@pytest.mark.parametrize(
    "name",
    [
        "Chilean Joint Operations Command",
        "Peruvian Security Media Cell",
        "Chilean Counter-Terrorism Service",
        "Peruvian National Intelligence Directorate",
    ],
)
def test_participants_a_state_s_command_cell_or_service_is_its_own(name: str) -> None:
    """Each head and modifier of the state's own bodies: the state acts through them."""
    from storyline.events.people import _state_body

    assert _state_body(name)


def test_participants_a_command_s_announced_killing_and_the_state_s_airstrike_are_one() -> None:
    text = (
        "The Chilean Joint Operations Command announced on Friday the killing of five rebels in "
        "an airstrike carried out by the Chilean air force in the Andes."
    )
    assert len([e for e in _events(text, dt.date(2024, 5, 10)) if e.plover == "ASSAULT"]) == 1


def test_participants_who_took_office_took_part_in_no_meeting() -> None:
    text = (
        "Foreign Minister Ana Soto met Peru's Luis Vega in Lima on Monday. Vega took office in May."
    )
    (meeting,) = [e for e in _events(text) if e.plover == "CONSULT"]
    assert meeting.sources[0].sentence.startswith("Foreign Minister")
    assert len(meeting.sources) == 1


def test_participants_a_list_goes_on_after_as_well_as() -> None:
    """The parser hangs the name after "as well as" on the verb of the outer clause."""
    text = (
        "In Oman on May 8, Envoy Tom Hale will meet with officials from the governments of Chile "
        "and of Peru, as well as UN Special Adviser Lena Holm."
    )
    (event,) = _events(text)
    assert "Lena Holm" in {a.name for a in event.actors}


@pytest.mark.parametrize(
    ("text", "kind", "plover"),
    [
        (
            "Secretary Tom Hale of Chile flew to visit Chilean troops at a base on May 6.",
            "tour",
            None,
        ),
        ("Secretary Tom Hale of Chile visited Peru on May 6.", "visit", "CONSULT"),
        ("Secretary Tom Hale of Chile visited Peruvian troops on May 6.", "visit", "CONSULT"),
    ],
)
def test_participants_a_visit_to_one_s_own_troops_is_a_tour(
    text: str, kind: str, plover: str | None
) -> None:
    """PLOVER codes a consultation between two actors; a visit to one's own is none."""
    (event,) = _events(text)
    assert (event.type, event.plover) == (kind, plover)


def test_participants_a_condemnation_is_not_placed_where_the_attack_was() -> None:
    """ "commented on the bombings in Vigo, Spain": Vigo is where the bombings were; Spain,
    a place beside a place, is no one the comment was aimed at."""
    text = "On Monday, Minister Tom Hale commented on Sunday's bombings in Vigo, Spain."
    events = {e.type: e for e in _events(text)}
    condemn = events["condemn"]
    assert condemn.location is None
    assert [a.name for a in condemn.actors] == ["Tom Hale"]
    assert events["attack"].location is not None and events["attack"].location.name == "Vigo"


@pytest.mark.parametrize(
    ("second", "kinds"),
    [
        # (yesterday's bombings in Vigo, no one named in them, were done to Spain: told)
        ("Also today, Hale condemned yesterday's bombings in Vigo.", {"meet", "condemn", "attack"}),
        ("Hale condemned these attacks against towns across Chile.", {"meet"}),
    ],
)
def test_participants_a_condemnation_of_a_happening_told_is_no_part_of_a_meeting(
    second: str, kinds: set[str]
) -> None:
    """What was said at a meeting joins it; a condemnation of a happening the sentence tells
    with its own date is a happening of its own."""
    text = f"Minister Tom Hale met President Karl Ortega of Chile in Santiago today. {second}"
    assert {e.type for e in _events(text)} == kinds


def test_participants_we_in_a_quotation_is_who_the_sentence_says_spoke() -> None:
    """ "X, a spokesperson, said ...: '...,' he said, 'we urge ...'": "we" is X."""
    text = (
        "Following the vote, a ministry spokesperson, Lena Holm, said the government was "
        'disappointed: "While we wait for the text," she said, "we strongly urge the '
        'Chilean leaders to reconsider the decision."'
    )
    (event,) = [e for e in _events(text) if e.type == "request"]
    sides = {a.name: a.side for a in event.actors}
    assert sides.get("Lena Holm") == "source"


def test_participants_a_recommendation_is_a_request() -> None:
    text = "Prime Minister Karl Ortega recommended the Chilean troops in Peru withdraw."
    (event,) = _events(text)
    assert (event.type, event.plover) == ("request", "REQUEST")
    assert {a.name: a.side for a in event.actors}["Karl Ortega"] == "source"


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        (
            "Yesterday, Chile's parliament voted on a resolution. After the vote, "
            'spokesperson Lena Holm said: "we urge the Chilean leaders to think again about '
            "the impact of today's resolution.\"",
            "request",
            "2024-05-07",
        ),
        (
            "Members of the parliament of Chile protested during Monday's final session.",
            "protest",
            "2024-05-06",
        ),
    ],
)
def test_participants_a_possessive_date_dates_its_noun_unless_it_says_when(
    text: str, kind: str, date: str
) -> None:
    """ "today's resolution" is the resolution's day, not the urging's, which follows the vote
    told before; "during Monday's session" is when the protest was."""
    (event,) = [e for e in _events(text) if e.type == kind]
    assert event.date.value == date


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        ("The UN Human Rights Council voted on Monday to extend the inquiry.", "vote", "Geneva"),
        ("Minister Tom Hale toured the National Assembly in France on Monday.", "tour", "Paris"),
    ],
)
def test_participants_a_body_acts_where_it_sits(text: str, kind: str, place: str) -> None:
    """A body with a seat acts there when the text names no place, or only its country."""
    events = [e for e in _events(text) if e.type in (kind, "visit")]
    assert events and events[0].location is not None
    assert events[0].location.name == place


def test_participants_a_name_after_a_title_the_model_missed_is_the_person() -> None:
    """ "Foreign Minister Dahl met ...", with Dahl untagged by the model: Dahl takes part, and
    the title is no body of its own."""
    from storyline.events.arguments import participants
    from storyline.events.registry import registry
    from storyline.events.triggers import Tree, find_hits

    text = "Foreign Minister Dahl met Secretary Ortega in Oslo on Sunday."
    parsed = parse("x", text)
    tree = Tree(parsed.sentence_tokens(0))
    untagged = [e for e in parsed.sentence_entities(0) if e.text != "Dahl"]
    (hit,) = find_hits(parsed.sentence_tokens(0), tree, registry())
    found = {(p.text, p.label) for p in participants(hit, tree, untagged, text)}
    assert ("Dahl", "PERSON") in found
    assert not any(name == "Foreign Minister" for name, _ in found)


def test_participants_a_visit_goes_where_its_to_says() -> None:
    """ "the first visit of Pope Leo to Chile": the visit was in Chile, not where the
    sentence's speaker praised it."""
    text = (
        "In Geneva, Minister Tom Hale lauded initiatives like the first visit of Pope Leo "
        "to Chile last year."
    )
    visits = [e for e in _events(text) if e.type == "visit"]
    assert visits and visits[0].location is not None
    assert visits[0].location.name == "Chile"


def test_participants_a_happening_told_before_is_not_where_its_teller_spoke() -> None:
    """ "Speaking on television in Lebanon, a spokesperson said it had staged the
    attack": the attack told before, in Haifa, not a second attack in Lebanon."""
    text = (
        "Drones struck an oil depot in Haifa on Monday. Speaking on television in Lebanon, "
        "Hezbollah military spokesperson Karl Ortega said it had staged the attack."
    )
    attacks = [e for e in _events(text) if e.type == "attack"]
    assert [e.location.name if e.location else None for e in attacks] == ["Haifa"]
    assert "Hezbollah" in {a.name for a in attacks[0].actors}


def test_participants_a_visit_with_talks_with_the_host_is_no_tour() -> None:
    """The host's own capital is not the visitor's own side."""
    text = (
        "In February, Secretary General Karl Ortega of NATO visited Lima and held talks with "
        "Peruvian President Lena Holm on training."
    )
    assert {e.type for e in _events(text)} & {"visit", "meet"}
    assert "tour" not in {e.type for e in _events(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Karl Ortega, who became secretary general on 1 October 2023, visited Santiago and met "
        "President Lena Holm.",
        "Karl Ortega, who took office on 1 October 2023, used the visit to invite President Lena "
        "Holm to the summit.",
    ],
)
def test_participants_a_relative_clause_dates_whom_it_describes(text: str) -> None:
    """ "X, who became secretary general on 1 October 2023, visited ...": that day is when he
    took office, not when he visited."""
    dates = {e.date.value for e in _events(text) if e.type in ("visit", "meet")}
    assert "2023-10-01" not in dates


def test_participants_a_date_of_another_happening_s_noun_is_that_happening_s() -> None:
    """ "invited her to the summit in Lima in June": June dates the summit, not the
    invitation."""
    text = "Karl Ortega invited Lena Holm to the summit in Lima in June, the office said."
    (invite,) = [e for e in _events(text, dt.date(2025, 2, 7)) if e.type == "invite"]
    assert invite.date.value == "2025-02-07"


def test_participants_an_office_speaks_for_whose_office_it_is() -> None:
    """ "..., the prime minister's office said": the prime minister is the speaker."""
    text = (
        "Prime Minister Karl Ortega met Secretary General Lena Holm in Lima on Monday. "
        "Ortega invited Holm to the summit, the prime minister's office said."
    )
    speakers = {s.speaker for e in _events(text) for s in e.statements}
    assert speakers == {"Karl Ortega"}


def test_participants_a_possessor_with_an_of_phrase_did_it() -> None:
    """ "the rebels' killing of Karl Ortega": the rebels killed, Ortega was killed."""
    text = "The strike follows the Red Army's killing of general Karl Ortega in Lima on Monday."
    (event,) = [e for e in _events(text) if e.plover == "ASSAULT"]
    sides = {a.name: a.side for a in event.actors}
    assert sides.get("Karl Ortega") == "target"
    assert "source" in {side for name, side in sides.items() if name != "Karl Ortega"}


def test_participants_who_strikes_with_someone_strikes_too() -> None:
    """ "providing airstrikes with the Red Air Force": the air force strikes, it is not hit."""
    text = (
        "In 2015, Chile began supporting the rebels, providing airstrikes with the Chilean Air "
        "Force."
    )
    (event,) = [e for e in _events(text) if e.plover == "ASSAULT"]
    sides = {a.name: a.side for a in event.actors}
    assert "target" not in {side for name, side in sides.items() if "Air Force" in name}


def test_participants_an_office_holder_told_shorter_takes_the_table_s_full_name() -> None:
    """The bundled table's President of the United Arab Emirates in 2023, told as "Mohammed
    bin Zayed": one person under the table's name, whatever the spelling."""
    text = (
        "In Dubai today, Vice President Kamala Harris met Emirati President Mohammed bin Zayed "
        "to discuss the war."
    )
    names = {a.name for e in _events(text, dt.date(2023, 12, 2)) for a in e.actors}
    assert "Mohamed bin Zayed Al Nahyan" in names


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Iraqi forces clashed with ISIS militants near Kirkuk on Monday.", None),
        ("Chilean forces responded to the attack with artillery fire on Tuesday.", "no condemn"),
        ("The speaker recommended the restaurant to visitors on Monday.", "no request"),
        ("Turkey launched airstrikes after the killing of two soldiers by PKK militants.", "kill"),
    ],
)
def test_participants_rules_of_this_reader_keep_to_their_cases(
    text: str, kinds: str | None
) -> None:
    """Fighting "with" someone is fighting them; a military response is no condemnation; a
    restaurant recommended is no request; what a strike came after stays its own happening."""
    events = _events(text)
    if kinds is None:
        sides = {a.name: a.side for e in events for a in e.actors}
        assert all(side != "source" for name, side in sides.items() if "ISIS" in name)
    elif kinds.startswith("no "):
        assert kinds[3:] not in {e.type for e in events}
    else:
        assert kinds in {e.type for e in events}


def test_participants_we_in_a_quotation_is_who_introduces_it() -> None:
    text = (
        'Karl Ortega said Chile stands by Peru, while Lena Holm told reporters: "We urge '
        'Chile to speed up the training."'
    )
    (event,) = [e for e in _events(text) if e.type == "request"]
    assert {a.name: a.side for a in event.actors}.get("Lena Holm") == "source"


@pytest.mark.parametrize(
    ("text", "kind", "date", "place"),
    [
        (
            "NATO defence ministers agreed during the meeting in Brussels on Thursday to expand "
            "the mission.",
            "agree",
            "2024-05-02",
            "Brussels",
        ),
        (
            "Minister Karl Ortega welcomed the agreement at a press conference in Lima on Tuesday.",
            "support",
            "2024-05-07",
            "Lima",
        ),
        (
            "Foreign Minister Karl Ortega praised the Gulf Cooperation Council on Monday.",
            "support",
            "2024-05-06",
            None,
        ),
    ],
)
def test_participants_a_happening_keeps_its_own_date_and_venue(
    text: str, kind: str, date: str, place: str | None
) -> None:
    """Where and when a happening was said to be stays its own: "during the meeting on
    Thursday", "at a press conference in Lima"; a body praised is not where it sits."""
    (event,) = [e for e in _events(text) if e.type == kind]
    assert event.date.value == date
    assert (event.location.name if event.location else None) == place


def test_participants_an_invitation_is_not_where_it_invites_to() -> None:
    """ "invited Holm to the summit in Lima": extended in Santiago, where they met."""
    text = (
        "Secretary Karl Ortega met President Lena Holm in Santiago on Monday. Ortega invited "
        "Holm to the alliance's summit in Lima in June."
    )
    (invite,) = [e for e in _events(text) if e.type == "invite"]
    assert invite.location is not None and invite.location.name == "Santiago"


def test_participants_a_body_s_headquarters_is_a_place_not_the_body() -> None:
    text = "Minister Karl Ortega has been invited to visit NATO headquarters in Brussels."
    names = {a.name for e in _events(text) for a in e.actors}
    assert "NATO" not in names


def test_participants_noun_with_a_negating_determiner_names_nobody() -> None:
    """ "No group claimed the attack": no group took part in it."""
    text = (
        "Rockets struck an air base near Kirkuk on Tuesday. No organization has yet taken "
        "credit for the attack."
    )
    assert all(a.name != "organization" for e in _events(text) for a in e.actors)


def test_participants_past_perfect_happening_is_not_dated_by_the_main_one() -> None:
    """ "had made threats": before the attack the article reports, on a day it does not give;
    backshifted speech ("said it had carried out") is no earlier time."""
    text = (
        "Rockets struck an air base near Kirkuk on Tuesday, wounding two soldiers. Local "
        "militias had made threats against the foreign troops at the base."
    )
    (threat,) = [e for e in _events(text) if e.type == "threaten"]
    assert threat.date.value is None and threat.date.basis == "earlier"
    said = "A militia spokesman said on Tuesday that the group had attacked the base."
    (attack,) = [e for e in _events(said) if e.type == "attack"]
    assert attack.date.value == "2024-05-07"


def test_participants_leaders_who_spoke_together_held_a_call() -> None:
    """A list of leaders who "spoke" (no "with"): they spoke with each other."""
    text = (
        "Today, President Ana Ruiz of Peru, Prime Minister Tomas Lind of Sweden and "
        "Chancellor Eva Brandt of Austria spoke regarding the floods in the region."
    )
    actors = _actors(text, "call")
    assert {"Ana Ruiz", "Tomas Lind", "Eva Brandt"} <= set(actors)


def test_participants_naming_a_thing_as_something_is_no_appointment() -> None:
    """ "named the groups as terrorists", unlike "named X as defence minister"."""
    text = (
        "He named the offensive Operation Iron Gate and named both the Free Valley Front and "
        "the Mountain Brigades as terrorists."
    )
    assert all(e.type != "appoint" for e in _events(text))


def test_participants_us_in_capitals_is_the_united_states_not_a_pronoun() -> None:
    """ "demanded that the US cancel": the country the demand is made of."""
    actors = _actors("Peru demanded on Friday that the US cancel the arms sale.", "request")
    assert actors["United States"].side == "target"
    assert actors["Peru"].side == "source"


def test_participants_object_naming_the_happening_points_to_its_addressee() -> None:
    """ "expressed support for X": the support is the happening, X whom it is for."""
    actors = _actors("The European Union expressed support for the Iraqi government.", "support")
    assert actors["Iraqi government"].side == "target"
    assert actors["European Union"].side == "source"


def test_participants_reiterated_demand_is_a_request() -> None:
    """A speech-act noun carried by "reiterated": the demand is made again."""
    text = "The Arab League reiterated its demand that the militias disarm."
    assert [e.type for e in _events(text)] == ["request"]


def test_participants_attempted_killing_is_an_attack_not_a_killing() -> None:
    """ "tried to assassinate": an attack on the governor, who was not killed."""
    text = "Gunmen tried to assassinate the provincial governor Farid Nasser in Mosul on Sunday."
    (event,) = _events(text)
    assert event.type == "attack"
    assert {a.name: a.side for a in event.actors}["Farid Nasser"] == "target"
    assert _events("The minister tried to meet the rebel leaders on Sunday.") == []


def test_participants_vote_is_coded_by_what_its_resolution_says() -> None:
    """PLOVER codes a decision by its content: a resolution that condemns is an accusation;
    a vote whose content is coded by nothing stays uncoded."""
    text = "The Security Council voted to adopt a resolution which condemned the bombing in Kabul."
    (vote,) = [e for e in _events(text) if e.type == "vote"]
    assert vote.plover == "ACCUSE"
    (plain,) = _events("The parliament voted on Sunday to end the presence of foreign troops.")
    assert plain.type == "vote" and plain.plover is None


def test_participants_delegation_led_by_someone_is_its_leader_and_whose_it_is() -> None:
    """ "received a Freedonian delegation led by X": X and Freedonia are met, not "delegation"."""
    text = (
        "Prime Minister Omar Haddad received on Monday a NATO delegation led by Deputy "
        "Secretary General Lena Varga in Baghdad."
    )
    actors = _actors(text, "meet")
    assert actors["Lena Varga"].side == "target"
    assert actors["NATO"].side == "target"
    assert not any("delegation" in name for name in actors)


def test_participants_delegation_from_a_body_comes_from_it() -> None:
    """The parser hangs "from X" on the verb: X sent the delegation, it gave nothing."""
    text = (
        "Regional President Karim Salih on Tuesday received a delegation from NATO Mission "
        "Iraq led by its commander, Lieutenant General Anders Holm, to discuss training."
    )
    actors = _actors(text, "meet")
    assert actors["NATO Mission Iraq"].side == "target"
    assert actors["Anders Holm"].side == "target"
    assert actors["Karim Salih"].side == "source"


def test_participants_subject_of_a_raising_passive_does_the_infinitive() -> None:
    """ "X is expected to travel": X travels; the passive belongs to "expected"."""
    text = "General Anders Holm is expected to travel to Baghdad next week."
    (event,) = _events(text)
    assert {a.name: a.side for a in event.actors}["Anders Holm"] == "source"


def test_participants_holder_after_a_rank_named_apart_from_the_title() -> None:
    """ "discussed with the commander of X, Lieutenant General Y, the future of ...": Y took
    part as the commander (the parser hangs the name on the verb), the future of the mission
    did not."""
    text = (
        "Peru's National Security Adviser Luis Ramos discussed on Thursday with the commander "
        "of the Andean Training Mission in Bolivia, Lieutenant General Tom Berg, the future "
        "of the mission's advisory role."
    )
    actors = _actors(text, "meet")
    assert (actors["Tom Berg"].side, actors["Tom Berg"].role) == ("target", "Commander")
    assert set(actors) == {"Luis Ramos", "Tom Berg"}


def test_participants_agency_dateline_with_a_colon_does_not_swallow_the_lead() -> None:
    """ "Lima-INA: Prime Minister X received, on Sunday, Y ...": the parser took the agency
    for the root and read no meeting."""
    text = (
        "Lima-INA: Prime Minister Luis Ramos received, on Sunday, Pacific Defence Council "
        "Secretary General Tom Berg and the delegation travelling with him."
    )
    actors = _actors(text, "meet")
    assert actors["Tom Berg"].side == "target"
    assert actors["Luis Ramos"].side == "source"


def test_participants_command_handed_over_to_whom_and_by_whom() -> None:
    """The parser reads the main verb as a participle of the title and hangs "to X" on the
    unit: the holder hands command over, X takes it."""
    text = (
        "The commander of NATO Mission Iraq, Lieutenant General Lucas Brandt, handed over "
        "command of the mission to Major General Maria Costa during a ceremony in Baghdad."
    )
    actors = _actors(text, "command")
    assert actors["Lucas Brandt"].side == "source"
    assert actors["Maria Costa"].side == "target"


def test_participants_name_run_into_an_office_by_the_model_is_the_holder() -> None:
    """The model tags "Defense Lloyd Austin" an organisation after "Secretary of": the
    holder of the office hosted the meeting."""
    text = (
        "US Secretary of Defense Lloyd Austin hosted Iraqi Defense Minister Thabet al-Abbasi "
        "at the Pentagon on Monday."
    )
    actors = _actors(text, "meet")
    assert actors["Lloyd Austin"].side == "source"
    assert actors["Lloyd Austin"].role == "Secretary of Defense"


def test_participants_weekday_glossed_by_its_date_in_brackets_takes_that_date() -> None:
    """NATO's releases write "on Thursday (18 February 2021)": that Thursday, whatever day
    the page was saved."""
    text = (
        "The Secretary General and Prime Minister Omar Haddad spoke by phone on Thursday "
        "(18 February 2021) about the mission."
    )
    (call,) = [e for e in _events(text, dt.date(2024, 11, 18)) if e.type == "call"]
    assert call.date.value == "2021-02-18"


def test_participants_since_clause_neither_dates_nor_places_the_visit() -> None:
    """ "arrived in Baghdad on Monday on his first visit since taking office in October": the
    visit is Monday's; taking office months before is the start of what the sentence tells,
    no news of its own (and never in Baghdad, nor an appointment made by him)."""
    text = (
        "Secretary General Anna Berg arrived in Baghdad on Monday on her first visit to Iraq "
        "since taking office in October. Prime Minister Omar Haddad stressed, during his "
        "meeting with Berg, the value of the mission."
    )
    events = _events(text, dt.date(2025, 2, 4))
    visits = [e for e in events if e.type == "visit"]
    assert [v.date.value for v in visits] == ["2025-02-03"]
    assert [e for e in events if e.type == "appoint"] == []


def test_participants_object_after_a_day_is_the_verb_s_not_the_day_s() -> None:
    """ "received on Friday the Commander of ...": the parser hangs the guest on the day."""
    text = (
        "The Minister of Foreign Affairs, Luis Ramos, received on Friday the Commander of the "
        "Andean Training Mission in Peru, General Tom Berg."
    )
    actors = _actors(text, "meet", dt.date(2024, 9, 12))
    assert actors["Tom Berg"].side == "target"
    assert actors["Luis Ramos"].side == "source"


def test_participants_thing_described_by_an_undated_participle_is_no_happening() -> None:
    """ "the truce negotiated with the rebels" describes the truce; told with its day, the
    negotiation is a happening of its own."""
    described = "The envoys discussed the truce negotiated with the rebels."
    assert all(e.type != "meet" for e in _events(described))
    dated = "The envoys discussed the truce negotiated with the rebels in May 2019."
    assert any(e.date.value == "2019-05" for e in _events(dated))


def test_participants_invitation_is_dated_by_the_call_not_by_the_summit() -> None:
    """ "invited X to attend the summit in July" during a phone call: July is the summit's;
    the invitation was made in the call, which took place nowhere."""
    text = (
        "LIMA - Peru's Prime Minister Luis Ramos on Sunday phoned NATO chief Jens Stoltenberg "
        "to discuss the alliance's training mission.\n\n"
        "The two men reviewed the border situation, and Stoltenberg invited Ramos to attend "
        "the NATO summit in Washington in July, the statement said."
    )
    events = _events(text, dt.date(2024, 3, 25))
    (call,) = [e for e in events if e.type == "call"]
    (invite,) = [e for e in events if e.type == "invite"]
    assert call.date.value == invite.date.value == "2024-03-24"
    assert invite.location is None
    stoltenberg = {a.name: a for a in call.actors}["Jens Stoltenberg"]
    assert (stoltenberg.role, stoltenberg.org) == ("Secretary General", "NATO")


def test_participants_office_holder_after_posting_and_address_the_model_misread() -> None:
    """ "the President of the Republic, X, received ... the NATO Senior Civilian
    Representative in Iraq, Ambassador Y": the model tags the office's last words a person
    and "the Republic" names no one; Y holds the office, X is Iraq's president (the table)."""
    text = (
        "The President of the Republic, Abdul Latif Jamal Rashid, received in his office at "
        "Baghdad Palace today, Monday, the NATO Senior Civilian Representative in Iraq, "
        "Ambassador Pia Larsen."
    )
    actors = _actors(text, "meet", dt.date(2024, 9, 16))
    assert (actors["Pia Larsen"].role, actors["Pia Larsen"].org) == (
        "Senior Civilian Representative",
        "NATO",
    )
    assert actors["Abdul Latif Jamal Rashid"].org == "Iraq"
    assert set(actors) == {"Abdul Latif Jamal Rashid", "Pia Larsen"}


def test_participants_vote_against_a_condemnation_accuses_no_one() -> None:
    """The content codes a vote only when the vote is for it and the text passed."""
    against = "The United States voted against a resolution which condemned Israel."
    failed = "The General Assembly voted on a resolution which condemned Russia, but it failed."
    for text in (against, failed):
        (vote,) = [e for e in _events(text) if e.type == "vote"]
        assert vote.plover is None


def test_participants_hyphenated_speaker_before_a_colon_is_no_dateline() -> None:
    """ "Al-Sudani: Iraq condemns ...": a speaker, who takes part, not a place and agency."""
    actors = _actors("Al-Sudani: Iraq condemns the attack on the embassy in Baghdad.", "condemn")
    assert "Al-Sudani" in actors


def test_participants_name_after_an_aside_read_as_an_adverb_is_the_object() -> None:
    """ "received, on Sunday, Pacific Defence Council Secretary General Tom Berg": the parser
    makes Berg an adverb of the verb."""
    text = (
        "Prime Minister Luis Ramos received, on Sunday, Pacific Defence Council Secretary "
        "General Tom Berg."
    )
    actors = _actors(text, "meet")
    assert actors["Tom Berg"].side == "target"


def test_participants_speaking_to_reporters_is_no_call() -> None:
    """ "spoke to reporters after a videoconference of the ministers": the ministers held the
    videoconference; speaking to the press is no consultation with it."""
    text = (
        "Secretary General Anna Berg spoke to reporters on Thursday after a videoconference "
        "of the defence ministers of Poland and Norway."
    )
    calls = [e for e in _events(text, dt.date(2021, 2, 19)) if e.type in ("call", "videocall")]
    assert calls and all("Anna Berg" not in {a.name for a in e.actors} for e in calls)


def test_participants_article_told_only_in_the_past_perfect_keeps_its_day() -> None:
    """The article's own happening told as "had met" is still dated by the article."""
    text = "The foreign ministers of Jordan and Egypt had met in Amman to discuss the crisis."
    (meeting,) = _events(text)
    assert meeting.date.value == "2024-05-08"


def test_participants_who_also_took_part_in_the_call_joins_it() -> None:
    """ "X also took part in the call": one more participant of the call told before, not a
    call of X's own."""
    text = (
        "Defence Minister Omar Haddad held a video conference today with Anna Berg, the "
        "alliance's Deputy Secretary General.\n\nThe commander of the mission, Lieutenant "
        "General Lucas Brandt, also took part in the call, according to a statement."
    )
    calls = [e for e in _events(text) if e.type in ("call", "videocall")]
    assert len(calls) == 1
    assert "Lucas Brandt" in {a.name for a in calls[0].actors}


def test_participants_an_earlier_happening_is_not_placed_where_the_main_one_was() -> None:
    """What the article tells in the past perfect happened before and elsewhere, so it does
    not take the place of the meeting it reports."""
    text = (
        "The defence minister met the NATO commander in Baghdad on Monday. Militias had "
        "attacked the coalition's base."
    )
    (attack,) = [e for e in _events(text) if e.type == "attack"]
    assert attack.location is None


@pytest.mark.parametrize(
    "clause",
    [
        "since our withdrawal from the agreement",
        "since Chile withdrew from the agreement",
    ],
)
def test_participants_a_happening_named_as_the_start_of_a_period_is_no_news(
    clause: str,
) -> None:
    """ "attacks have grown since the withdrawal": a time, not a report of the withdrawal,
    nor when its own words date it years before; one of the last days is news."""
    text = f"The minister met the envoy on Monday. Attacks have multiplied {clause}, he said."
    assert [e.type for e in _events(text) if e.type == "withdraw"] == []
    dated = f"Attacks have multiplied {clause} in 2018, he said."
    assert [e.date.value for e in _events(dated) if e.type == "withdraw"] == []
    recent = f"Attacks have multiplied {clause} on Monday, he said."
    assert [e.type for e in _events(recent) if e.type == "withdraw"] == ["withdraw"]


def test_participants_a_transcript_s_title_names_its_happening() -> None:
    """Questions and answers under a title that names the meeting: the meeting is the
    article's happening, with the man the answers are his."""
    text = (
        "QUESTION: Minister Lind, did you discuss the border?\n"
        "MINISTER LIND: We talked about the situation at the border and exchanged ideas.\n"
        "MODERATOR: Thank you, everybody."
    )
    article = ArticleInput(
        "x", "x", text, dt.date(2024, 5, 8), title="After His Meeting With Chancellor Eva Brandt"
    )
    (event,) = extract_events(article, parse("x", text), Tenure())
    assert event.type == "meet"
    assert {"Lind", "Eva Brandt"} <= {a.name for a in event.actors}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Police said on Friday that two suspects were arrested.", "police"),
        (
            "Ana Ruiz, a spokeswoman for the Federal Police, confirmed that two men were "
            "detained on Friday.",
            "Federal Police",
        ),
    ],
)
def test_participants_a_force_that_reports_an_arrest_made_it(text: str, body: str) -> None:
    """ "were arrested, police said": the force that tells of the arrest made it."""
    (arrest,) = [e for e in _events(text) if e.plover == "COERCE"]
    assert [a.name for a in arrest.actors if a.side == "source"] == [body]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said that two suspects were arrested by the army on Friday.",
        "Amnesty International said on Friday that two journalists were detained.",
    ],
)
def test_participants_an_arrest_told_by_someone_else_has_no_doer_from_the_teller(
    text: str,
) -> None:
    """The teller is no arrester unless a force: an agent named, or a rights group."""
    sources = [a.name for e in _events(text) if e.plover == "COERCE" for a in e.actors]
    assert not [n for n in sources if "minister" in n.lower() or "Amnesty" in n]


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck a convoy near Baghdad airport on Friday, killing two officers.",
        "Coalition aircraft struck militant positions near Mosul on Monday.",  # someone's
        "A truck hit a crowd in the city centre on Thursday, killing 86 people.",  # people
    ],
)
def test_participants_what_a_drone_or_someone_s_vehicle_strikes_is_an_attack(text: str) -> None:
    assert "ASSAULT" in [e.plover for e in _events(text)]


def test_participants_a_phrasal_verb_is_another_verb() -> None:
    """ "called out Chile for failing to ...": criticism, not a phone call to Chile."""
    text = "On Monday the Ukrainian president publicly called out Chile for failing to send arms."
    assert [e.plover for e in _events(text)] == ["ACCUSE"]


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        ('On Monday President Omar Haddad said of the allies, "They need to support us."', True),
        (
            "On Monday Minister Ana Ruiz said that the government has to release the detainees.",
            True,
        ),
        ("On Monday Minister Ana Ruiz said that we need to work harder for the displaced.", False),
    ],
)
def test_participants_need_to_said_of_others_is_a_demand(text: str, demand: bool) -> None:
    """ "need to" and "have to" said of others demand as "must" does; of oneself, not."""
    assert ("REQUEST" in [e.plover for e in _events(text)]) is demand


def test_participants_another_spelling_of_a_surname_is_the_person_named_in_full() -> None:
    """ "Nabil Hamdi" then '"...", Hamdy said': one spokesman, spelt two ways."""
    text = (
        "Military spokesman Nabil Hamdi said on Saturday that the group had launched six "
        'missiles. "We warn the Emiratis that more of their cities will be hit," Hamdy said.'
    )
    (threat,) = [e for e in _events(text) if e.type == "threaten"]
    assert [a.name for a in threat.actors if a.side == "source"] == ["Nabil Hamdi"]


def test_participants_a_place_the_model_ran_a_preposition_into_is_no_one() -> None:
    """ "Near Palmyra, one strike destroyed a tank": the model may tag "Near Palmyra" a
    person; it is where the strike was."""
    text = "Near Palmyra, one strike destroyed a tank on Monday."
    events = _events(text)
    assert all(a.name != "Near Palmyra" and a.name != "Palmyra" for e in events for a in e.actors)
    assert [e.location.name for e in events if e.location] == ["Palmyra"]


def test_participants_a_country_s_mission_of_an_article_about_an_alliance_is_its_mission() -> None:
    """ "NATO agrees to grow Iraq mission": NATO's mission in Iraq, not an Iraqi mission,
    and one agreement with the lead that tells it."""
    text = (
        "NATO agrees to grow Iraq mission\n"
        "NATO defence ministers on Thursday agreed to expand the alliance's mission in Iraq, "
        "Secretary General Jens Stoltenberg said."
    )
    agreements = [e for e in _events(text, dt.date(2021, 2, 18)) if e.type == "agree"]
    assert len(agreements) == 1
    names = {a.name for a in agreements[0].actors}
    assert "NATO Mission Iraq" in names and "Iraqi mission" not in names


def test_participants_two_offices_in_an_apposition_are_one_person_s() -> None:
    """ "Luis Ramos, the Deputy Prime Minister and Minister of Finance, received": one man
    with two offices, not a second participant called "Minister"."""
    text = (
        "Luis Ramos, the Deputy Prime Minister and Minister of Finance, received the envoy on "
        "Monday."
    )
    (meeting,) = _events(text)
    assert [(a.name, a.role) for a in meeting.actors if a.kind == "person"] == [
        ("Luis Ramos", "Deputy Prime Minister and Minister of Finance")
    ]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "The prime minister received the British ambassador in Baghdad on Monday.",
            "United Kingdom",
        ),
        ("The foreign minister received the NATO envoy in Baghdad on Monday.", "NATO"),
    ],
)
def test_participants_an_office_no_one_is_named_in_stands_for_its_owner(
    text: str, owner: str
) -> None:
    (meeting,) = _events(text)
    assert owner in [a.name for a in meeting.actors if a.side == "target"]


def test_participants_who_discussed_in_a_call_with_someone_took_part_in_it() -> None:
    """ "X discussed in a phone call with Y the mission": X made the call."""
    text = (
        "The Foreign Minister, Fuad Hussein, discussed on Wednesday in a phone call with "
        "Secretary General Jens Stoltenberg the mission in Iraq."
    )
    (call,) = [e for e in _events(text) if e.type == "call"]
    assert {"Fuad Hussein", "Jens Stoltenberg"} <= {a.name for a in call.actors}


def test_participants_a_mission_tagged_as_a_facility_is_the_mission() -> None:
    text = (
        "Major General Tom Berg handed over command of NATO Mission Iraq to Lieutenant "
        "General Maria Lopez on Tuesday."
    )
    (change,) = [e for e in _events(text) if e.type == "command"]
    assert "NATO Mission Iraq" in {a.name for a in change.actors}


def test_participants_the_dateline_wins_over_the_place_told_before() -> None:
    text = (
        "MOSUL, Iraq - Militants have controlled Raqqa since 2014, officials said. "
        "The coalition conducted six airstrikes on Monday."
    )
    (attack,) = [e for e in _events(text) if e.plover == "ASSAULT"]
    assert attack.location is not None and attack.location.name == "Mosul"


def test_participants_what_a_report_that_tells_is_a_happening() -> None:
    """ "confirmed reports that X has killed ...": the clause is the news, not a participle."""
    text = "UN monitors have now confirmed reports that Hamas has killed twelve men in Gaza."
    (killing,) = [e for e in _events(text) if e.plover == "ASSAULT"]
    assert [a.name for a in killing.actors if a.side == "source"] == ["Hamas"]


def test_participants_whom_an_amount_of_aid_is_for() -> None:
    """ "provided $40 million in new assistance to X": X receives it."""
    text = "Norway provided $40 million in new humanitarian assistance to Yemen on Monday."
    (aid,) = [e for e in _events(text) if e.plover == "AID"]
    assert {(a.name, a.side) for a in aid.actors} == {("Norway", "source"), ("Yemen", "target")}


def test_participants_whoever_did_what_is_condemned_is_its_target_when_told_later() -> None:
    """The doer of the attack a minister responds to is named two sentences on."""
    text = (
        "Minister for the Middle East, Tom Hale, reacts to the bombing of a market in the Zahra "
        "district of Mosul\nForeign Office Minister, Tom Hale, said:\nThe bombing was a cowardly "
        "act of terror aimed at shoppers in Zahra, Mosul. Hamas claimed responsibility for the "
        "bombing."
    )
    (condemnation,) = [e for e in _events(text) if e.plover == "ACCUSE"]
    assert ("Hamas", "target") in {(a.name, a.side) for a in condemnation.actors}


def test_participants_those_charged_with_a_killing_are_not_its_doers() -> None:
    text = (
        "Crown Prince Faisal ordered the killing of a journalist in Ankara last year, officials "
        "said. Turkish prosecutors charged five men with the killing on Monday."
    )
    (charge,) = [e for e in _events(text) if e.type == "accuse"]
    assert "Faisal" not in {a.name for a in charge.actors}


def test_participants_a_release_of_what_someone_said_leads_with_the_saying() -> None:
    """The minister's words are the release's own happening; a pledge it recalls at the end is
    another one."""
    text = (
        "Minister Tom Hale has commented on the latest delivery of aid to civilians trapped in "
        "Madaya.\n"
        "Foreign Office Minister Tom Hale said:\n"
        "I am relieved that the food has arrived. The siege must end.\n"
        "Norway has committed $40 million to refugees in neighbouring countries."
    )
    events = _events(text)
    assert events[0].type == "statement"
    assert [a.name for a in events[0].actors] == ["Tom Hale"]


@pytest.mark.parametrize(
    ("url", "published", "holder"),
    [
        ("https://www.gov.uk/government/news/a-summit", None, "David Cameron"),
        ("https://www.gov.uk/government/news/a-summit", dt.date(2016, 3, 4), "David Cameron"),
        ("https://www.gov.uk/government/news/a-summit", dt.date(2020, 3, 4), "David Cameron"),
        ("https://www.example.com/a-summit", None, None),
    ],
    ids=["undated-release", "dated-release", "published-years-later", "no-home"],
)
def test_participants_an_unnamed_office_is_the_publishing_government_s_on_the_event_s_day(
    url: str, published: dt.date | None, holder: str | None
) -> None:
    """A government's release names its own prime minister by title only; the event's day
    says who held the office (a reprint years later does not change who met)."""
    text = (
        "The Prime Minister and President François Hollande met in Amiens, northern France, on "
        "3 March 2016."
    )
    article = ArticleInput("x", "x", text, published, url=url)
    (meeting,) = extract_events(article, parse("x", text), Tenure())
    people = {a.name: a for a in meeting.actors if a.kind == "person"}
    assert "François Hollande" in people
    if holder is None:
        assert set(people) == {"François Hollande"}
    else:
        assert (people[holder].role, people[holder].org) == ("Prime Minister", "United Kingdom")


def test_participants_whom_a_measure_voted_on_is_aimed_at() -> None:
    """ "voted on a motion to expel all United States troops": the troops' state is the
    vote's other side."""
    text = "The Parliament of Iraq on Sunday voted on a motion to expel all United States troops."
    (vote,) = [e for e in _events(text, dt.date(2020, 1, 6)) if e.type == "vote"]
    assert ("United States", "target") in {(a.name, a.side) for a in vote.actors}


def test_participants_a_deed_described_as_a_violation_is_condemned_with_its_doer() -> None:
    text = (
        "The United States killed Qasem Soleimani in an airstrike at Baghdad airport on Friday. "
        "Iraq's Foreign Ministry characterized the strike as a flagrant violation of the "
        "country's sovereignty."
    )
    (condemnation,) = [e for e in _events(text, dt.date(2020, 1, 6)) if e.plover == "ACCUSE"]
    assert ("United States", "target") in {(a.name, a.side) for a in condemnation.actors}


def test_participants_a_rank_the_model_ran_into_a_name_is_cut_off() -> None:
    """ "Petty [Officer Dunn]": Dunn, a Petty Officer, and the Charles Dunn named before."""
    text = (
        "We grieve for Navy diver Charles Dunn, who was killed on Tuesday near Erbil. "
        "Petty Officer Dunn had been advising and assisting Kurdish fighters there."
    )
    (aid,) = [e for e in _events(text) if e.type == "aid"]
    assert [(a.name, a.role) for a in aid.actors if a.kind == "person"] == [
        ("Charles Dunn", "Petty Officer")
    ]


def test_participants_a_host_who_is_happy_to_welcome_a_guest_meets_him_there() -> None:
    """ "I am very happy to welcome our guest Secretary X to Jerusalem": said by the host
    whose label opens the paragraph, a meeting in Jerusalem."""
    text = (
        "Antony J. Blinken, Secretary of State\n"
        "FOREIGN MINISTER LAPID: Good afternoon. I am very happy to welcome our guest "
        "Secretary Tony Blinken to Jerusalem today.\n"
        "SECRETARY BLINKEN: Thanks, Yair."
    )
    (meeting,) = [e for e in _events(text, dt.date(2022, 3, 27)) if e.type == "meet"]
    assert meeting.location is not None and meeting.location.name == "Jerusalem"
    sides = {a.name: a.side for a in meeting.actors}
    assert sides["Yair Lapid"] == "source" and sides["Tony Blinken"] == "target"


@pytest.mark.parametrize(
    ("label", "voice"),
    [
        ("SECRETARY BLINKEN", "Antony J. Blinken"),
        ("FOREIGN MINISTER AL-SABAH", "Al-Sabah"),
        ("QUESTION", None),
        ("KUWAIT CITY", "Antony J. Blinken"),
        ("PARTICIPANT FROM THE FLOOR", None),
    ],
)
def test_participants_a_transcript_label_is_the_voice_of_its_paragraph(
    label: str, voice: str | None
) -> None:
    """Who "I" is after a label: the person it names, no one after a question or a label of
    no one the article names; a dateline is no voice."""
    text = (
        "Antony J. Blinken, Secretary of State\n"
        f"{label}: I condemn the attack on the embassy in Baghdad on Monday."
    )
    condemnations = [e for e in _events(text) if e.type == "condemn"]
    speakers = [a.name for e in condemnations for a in e.actors if a.side == "source"]
    assert speakers == ([voice] if voice else [])
    assert len(condemnations) <= 1


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        ("President Maria Vos said on Sunday that foreign navies should leave the strait.", True),
        ("President Maria Vos said on Sunday that we should do more for the refugees.", False),
    ],
)
def test_participants_what_others_should_do_is_a_demand(text: str, demand: bool) -> None:
    assert any(e.plover == "REQUEST" for e in _events(text)) is demand


def test_participants_an_unnamed_someone_a_participle_names_is_that_person() -> None:
    """ "detained a suspect, later identified as X": X is whom the police detained."""
    text = "Police arrived within minutes and detained a suspect, later identified as Carl Pike."
    (arrest,) = [e for e in _events(text) if e.plover == "COERCE"]
    assert ("Carl Pike", "target") in {(a.name, a.side) for a in arrest.actors}


def test_participants_an_unnamed_attacker_and_the_police_who_shot_him_are_two_deeds() -> None:
    """A man stabs people, officers shoot him dead: two happenings, the first his (named in a
    later sentence), the second theirs, not one attack by the officers."""
    text = (
        "On Sunday in Leeds, a man in a fake explosive belt walked into a shop, took a kitchen "
        "knife from a shelf, ran back out and started stabbing passers-by. Armed officers "
        "pursued him on foot. The officers finally shot him dead near a bakery.\n"
        "The attacker, identified as Tom Reed, had left prison ten days earlier."
    )
    doers = sorted(
        tuple(a.name for a in e.actors if a.side == "source")
        for e in _events(text, dt.date(2020, 2, 5))
        if e.plover == "ASSAULT"
    )
    assert doers == [("Tom Reed",), ("police",)]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Jordan's foreign minister, Omar Haddad, visited Russia on Monday.", "Russia"),
        ("Iraqi President Ali Rahim arrived in Amman on an unannounced visit on Monday.", "Jordan"),
        ("Iraqi Prime Minister Ali Rahim visited Basra on Monday.", None),
    ],
)
def test_participants_the_state_a_visit_went_to_hosts_it(text: str, host: str | None) -> None:
    (visit,) = [e for e in _events(text) if e.type == "visit"]
    targets = [a.name for a in visit.actors if a.side == "target" and a.kind == "state"]
    assert targets == ([host] if host else [])


@pytest.mark.parametrize(
    ("text", "against"),
    [
        (
            "Some 1,000 refugees stopped eating on Monday in protest at Norway's plan to "
            "return them home.",
            "Norway",
        ),
        (
            "Protesters in Basra blocked the airport road to show their anger at the United "
            "States' military policies.",
            "United States",
        ),
    ],
)
def test_participants_whom_a_protest_is_against(text: str, against: str) -> None:
    (protest,) = [e for e in _events(text) if e.plover == "PROTEST"]
    assert (against, "target") in {(a.name, a.side) for a in protest.actors}


def test_participants_a_quoted_person_is_no_voice_of_the_narration_after_it() -> None:
    """Someone quoted once does not become who accuses or demands in later sentences."""
    text = (
        "“The threat of fire is still serious so late in the year,” said Ann Cole, the "
        "utility's meteorologist. Last month angry customers accused the utility of overkill. "
        "Regulators are demanding answers from the wireless providers."
    )
    for event in _events(text, dt.date(2019, 11, 20)):
        assert "Ann Cole" not in {a.name for a in event.actors}, event


def test_participants_a_year_s_tally_is_not_the_day_s_killing() -> None:
    text = (
        "A roadside bomb killed two Peruvian soldiers in Cusco province on Wednesday, officials "
        "said. The United Nations says the war has killed more than 1,700 Bolivian civilians "
        "this year."
    )
    dates = sorted(
        e.date.value or "" for e in _events(text, dt.date(2019, 11, 29)) if e.type == "kill"
    )
    assert dates == ["2019", "2019-11-27"]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("The two guards pleaded not guilty to the charges in Manhattan on Tuesday.", False),
        ("The former aide pleaded guilty to fraud in Boston on Monday.", False),
        ("Mayor Ana Ruiz pleaded with the government for more help on Monday.", True),
    ],
)
def test_participants_a_plea_in_court_is_no_request(text: str, asked: bool) -> None:
    assert any(e.plover == "REQUEST" for e in _events(text)) is asked


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("The Arab League called the move a grave setback on Monday.", "call", False),
        ("President Lindqvist called President Ortega on Tuesday.", "call", True),
        ("NASA announced the awards in a teleconference with reporters on Monday.", "call", False),
        ("That struck me as different, Williams said on Tuesday.", "attack", False),
        ("Rebels struck the convoy near Kirkuk on Tuesday.", "attack", True),
        ("Labour attacked the government's budget on Tuesday.", "condemn", True),
        ("Labour attacked the government's budget on Tuesday.", "attack", False),
    ],
)
def test_participants_words_of_another_sense_are_no_such_happening(
    text: str, kind: str, found: bool
) -> None:
    """Calling something a name, a briefing for reporters, what strikes someone as odd, and
    attacking a budget in words are no call, meeting or attack."""
    assert any(e.type == kind for e in _events(text)) is found


def test_participants_one_person_s_two_encounters_with_others_are_two() -> None:
    text = (
        "Secretary of State Antony Blinken met Foreign Minister Yair Lapid in Jerusalem on "
        "Sunday. On Sunday Blinken also met President Isaac Herzog in Jerusalem."
    )
    meetings = [
        {a.name for a in e.actors if a.kind == "person"}
        for e in _events(text, dt.date(2022, 3, 28))
        if e.type == "meet"
    ]
    assert len(meetings) == 2
    assert not any({"Yair Lapid", "Isaac Herzog"} <= people for people in meetings)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Wild theories suggesting that he had been shot spread online on Monday.", False),
        ("Rumours that General Hamid Rahim had been killed spread in Basra on Monday.", False),
        ("Officials said that General Hamid Rahim had been killed in Basra on Monday.", True),
    ],
)
def test_participants_what_a_rumour_or_theory_tells_did_not_happen(text: str, told: bool) -> None:
    assert any(e.plover == "ASSAULT" for e in _events(text)) is told


@pytest.mark.parametrize(
    ("text", "plover", "target"),
    [
        (
            "Chile's senate threatened on Monday to cut diplomatic ties with Peru.",
            "THREATEN",
            "Peru",
        ),
        (
            "Iran threatened on Monday to launch a new offensive unless Iraq accepted its terms.",
            "THREATEN",
            "Iraq",
        ),
        (
            "The government of Mozambique on Thursday accepted demands from the Shona rebels that "
            "it hold elections.",
            "CONCEDE",
            "Shona rebels",
        ),
        (
            "European Union ministers agreed on Saturday to send twelve million dollars of aid for "
            "Bolivia.",
            "AGREE",
            "Bolivia",
        ),
    ],
)
def test_participants_whom_a_threat_concession_or_promise_is_aimed_at(
    text: str, plover: str, target: str
) -> None:
    (event,) = [e for e in _events(text) if e.plover == plover]
    assert (target, "target") in {(a.name, a.side) for a in event.actors}


@pytest.mark.parametrize(
    "text",
    [
        "Last year Norway continued to send weapons to Jordan, its ministry said on Wednesday.",
        "On Monday Swiss doctors handed over a tonne of medicine to a hospital in Lima.",
    ],
)
def test_participants_aid_that_went_on_or_was_handed_over_is_aid(text: str) -> None:
    assert any(e.plover == "AID" for e in _events(text))


def test_participants_a_date_of_what_a_talk_is_about_is_not_the_talk_s() -> None:
    """ "spoke last weekend about a planned Dec. 15 rise in tariffs": the call was last
    weekend; December 15 is the tariffs'."""
    text = (
        "President Lindqvist and President Ortega spoke by phone last weekend about a planned "
        "Dec. 15 rise in tariffs."
    )
    (call,) = [e for e in _events(text, dt.date(2019, 11, 25)) if e.type == "call"]
    assert call.date.value == "2019-11-23"


def test_participants_strikes_as_part_of_an_operation_are_attacks() -> None:
    text = "Israeli jets struck Hamas positions in Gaza as part of a wider operation on Tuesday."
    assert any(e.plover == "ASSAULT" for e in _events(text))


def test_participants_a_deed_told_again_by_its_noun_is_the_one_told() -> None:
    text = (
        "A man stabbed three people in a park in Reading on Saturday. The stabbing was carried "
        "out by Hamas, police said."
    )
    assert len([e for e in _events(text) if e.plover == "ASSAULT"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi Prime Minister Ali Rahim said on Monday that Iraq should remain neutral.",
        "The minister said on Monday that oil prices should fall next year.",
        "President Maria Vos said on Monday that it should be noted that talks go on.",
    ],
)
def test_participants_what_should_happen_that_no_other_actor_must_do_is_no_demand(
    text: str,
) -> None:
    assert not any(e.plover == "REQUEST" for e in _events(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Police arrested a man on Tuesday after the victim was identified as Sarah Jones.",
            "Sarah Jones",
        ),
        (
            "Supporters of Moqtada al-Sadr protested in Baghdad on Friday to show support for "
            "Prime Minister Ali Rahim.",
            "Ali Rahim",
        ),
    ],
)
def test_participants_no_one_of_another_clause_or_supported_is_a_target(
    text: str, absent: str
) -> None:
    for event in _events(text):
        assert absent not in {a.name for a in event.actors if a.side == "target"}


def test_participants_someone_else_happy_to_meet_has_not_met() -> None:
    text = "President Lindqvist is happy to meet President Ortega, his office said on Monday."
    assert not any(e.type == "meet" for e in _events(text))


def test_participants_what_is_welcomed_to_a_place_is_not_met_there() -> None:
    text = "Foreign Minister Fuad Hussein welcomed the return of displaced families to Sinjar."
    for event in _events(text):
        assert event.location is None or event.location.name != "Sinjar"


def test_participants_a_question_in_a_transcript_is_no_one_s_voice() -> None:
    text = (
        "SECRETARY BLINKEN: Thanks so much.\n\n"
        "Q: Mr. Secretary, we condemn the decision of the government of Peru."
    )
    for event in _events(text):
        assert "Blinken" not in " ".join(a.name for a in event.actors)


def test_participants_the_bare_noun_again_adds_people_to_the_happening_told() -> None:
    """ "The dialogue" is no trigger alone; after "the strategic dialogue" it names that one
    again, and the people who opened or attended it take part in it, on no side."""
    text = (
        "The third Norway-Chile strategic dialogue on May 3 was co-chaired by Norwegian Foreign "
        "Minister Kari Lund and Chilean Foreign Minister Pablo Rojas. The dialogue was formally "
        "opened by Ambassador Jane Roe, Special Envoy for Trade, and Deputy Minister John Doe. "
        "Defense Minister Tomas Vidal attended the dialogue."
    )
    (event,) = [e for e in _events(text, dt.date(2021, 5, 4)) if e.type == "meet"]
    actors = {a.name: a for a in event.actors}
    assert {"Kari Lund", "Pablo Rojas", "Jane Roe", "John Doe", "Tomas Vidal"} <= set(actors)
    assert actors["Tomas Vidal"].side is None and actors["John Doe"].side is None
    assert actors["Tomas Vidal"].role == "Defense Minister"


def test_participants_a_bare_noun_is_no_happening_when_nothing_was_told() -> None:
    """Without a dialogue told before, "the dialogue" names none."""
    text = "Deputy Minister John Doe attended the dialogue in Oslo on Monday."
    assert not [e for e in _events(text) if e.type == "meet"]


def test_participants_a_modified_noun_names_something_of_its_own() -> None:
    """ "The youth dialogue" after a strategic dialogue is another one, not it."""
    text = (
        "The strategic dialogue on May 3 was co-chaired by Norwegian Foreign Minister Kari Lund "
        "and Chilean Foreign Minister Pablo Rojas. Deputy Minister John Doe attended the youth "
        "dialogue."
    )
    names = {a.name for e in _events(text, dt.date(2021, 5, 4)) for a in e.actors}
    assert "John Doe" not in names


def test_participants_who_spoke_in_a_statement_released_with_a_visit_made_it() -> None:
    """The phrases of a saying lead to the visit it was released with: the speaker visited."""
    text = (
        "Prime Minister Anna Berg said in a statement timed with a visit to "
        "Chile with President Pablo Rojas that trade would grow."
    )
    actors = _actors(text, "visit", dt.date(2019, 9, 11))
    assert actors["Anna Berg"].side == "source"


def test_participants_a_request_dated_of_its_own_is_not_folded_into_an_undated_visit() -> None:
    """What the visitor asked "in August" was not said at a visit the text leaves undated."""
    text = (
        "Prime Minister Anna Berg said in a statement timed with a visit to "
        "Chile with President Pablo Rojas that trade would grow. Earlier, Berg asked King Harald "
        "for a new session in August."
    )
    (request,) = [e for e in _events(text, dt.date(2019, 9, 11)) if e.type == "request"]
    assert request.date.value == "2019-08"
    assert {a.name for a in request.actors} >= {"Anna Berg", "Harald"}


def test_participants_each_state_of_a_plural_office_takes_part_by_that_office() -> None:
    text = (
        "Foreign Minister Anna Berg met the foreign ministers of Chile, Peru and Bolivia in Oslo."
    )
    actors = _actors(text, "meet")
    assert {n: actors[n].role for n in ("Chile", "Peru", "Bolivia")} == dict.fromkeys(
        ("Chile", "Peru", "Bolivia"), "Foreign Minister"
    )
    assert all(actors[n].kind == "state" and actors[n].side == "target" for n in ("Chile", "Peru"))


def test_participants_offices_of_something_else_than_states_are_no_states() -> None:
    text = "Foreign Minister Anna Berg met the ministers of the region in Oslo on Monday."
    (event,) = _events(text)
    assert [a.name for a in event.actors] == ["Anna Berg"]


def test_participants_another_state_s_office_is_not_the_one_the_article_named() -> None:
    """The article named a foreign minister of no state; "Chile's foreign minister" is not her
    but Chile, by its Foreign Minister."""
    for office in ("Chile's foreign minister", "the Chilean foreign minister"):
        actors = _actors(f"Foreign Minister Anna Berg met {office} in Oslo on Monday.", "meet")
        assert actors["Chile"].role == "Foreign Minister"
        assert actors["Anna Berg"].side == "source"


def test_participants_who_looks_forward_to_welcoming_someone_is_announced_to_host_them() -> None:
    """ "looks forward to welcoming X on June 28": a planned meeting, announced, with both."""
    text = (
        "President Lindqvist now looks forward to welcoming Chile's President Pablo Rojas to "
        "Stockholm on June 28, 2021. The visit will highlight the partnership of the two states."
    )
    (event,) = _events(text, dt.date(2021, 6, 19))
    assert event.type == "planned-meeting"
    assert event.summary.startswith("President Lindqvist planned to meet Chilean President")
    sides = {a.name: a.side for a in event.actors}
    assert sides["Lindqvist"] == "source" and sides["Pablo Rojas"] == "target"


def test_participants_looking_forward_in_the_past_plans_nothing_told() -> None:
    text = "The minister said he had looked forward to meeting Pablo Rojas in Lima."
    assert not [e for e in _events(text) if e.type in ("meet", "visit")]


def test_participants_what_the_text_called_someone_before_naming_him_is_his_part() -> None:
    """ "The attacker, identified as X" in one sentence: X is the attacker in the next."""
    text = (
        "On Sunday a man stabbed two people on a street in Bergen. The attacker, identified as "
        "Tom Vale, 20, had been released from prison a week before. Police said Tom Vale had "
        "stabbed the two people with a kitchen knife on Sunday."
    )
    roles = {a.name: a.role for e in _events(text, dt.date(2020, 2, 3)) for a in e.actors}
    assert roles["Tom Vale"] == "attacker"


def test_participants_a_man_later_identified_is_given_no_part() -> None:
    text = "Police detained a young man, later identified as Tom Vale, in Bergen on Saturday."
    roles = {a.name: a.role for e in _events(text, dt.date(2020, 2, 3)) for a in e.actors}
    assert roles["Tom Vale"] is None


def test_participants_a_sentence_naming_the_happening_again_is_its_evidence() -> None:
    """No person, no trigger of its own: "The dialogue ..." is still read, as the one told."""
    text = (
        "The strategic dialogue on May 3 was co-chaired by Norwegian Foreign Minister Kari Lund "
        "and Chilean Foreign Minister Pablo Rojas. The dialogue focused on fisheries and trade."
    )
    (event,) = [e for e in _events(text, dt.date(2021, 5, 4)) if e.type == "meet"]
    assert any("focused on fisheries" in s.sentence for s in event.sources)


def test_participants_a_description_does_not_follow_a_person_into_other_sentences() -> None:
    """Only what the text called someone before naming him, or says he is in an apposition
    ("X, an ISIL commander,"), spreads; "veteran diplomat X" in one sentence is no role of X
    in the next."""
    text = (
        "Veteran diplomat Tom Vale toured an exhibition in Oslo on Monday.\n"
        "Tom Vale met Foreign Minister Anna Berg in Oslo on Tuesday."
    )
    (meeting,) = [e for e in _events(text) if e.type == "meet"]
    assert {a.name: a.role for a in meeting.actors}["Tom Vale"] is None


def test_participants_a_noun_named_again_in_another_sense_adds_no_one() -> None:
    """ "The operation" of a surgeon, paragraphs after a military operation, is not it; only a
    meeting is named again so."""
    text = (
        "Norway launched a military operation in Finnmark on Monday.\n"
        "Separately, Prime Minister Anna Berg underwent hernia surgery on Sunday. Surgeon Tom "
        "Vale performed the operation at Oslo University Hospital."
    )
    names = {a.name for e in _events(text) for a in e.actors}
    assert not any("Vale" in name for name in names)


def test_participants_who_a_relative_clause_recalls_takes_no_part_in_the_meeting() -> None:
    text = (
        "The fourth Norway-Chile strategic dialogue was held in Oslo on Monday.\n"
        "The dialogue was formally opened by Ambassador Jane Roe, who recalled that former "
        "President Pablo Rojas had founded it in 2015."
    )
    (meeting,) = [e for e in _events(text) if e.type == "meet"]
    names = {a.name for a in meeting.actors}
    assert "Jane Roe" in names and "Pablo Rojas" not in names


def test_participants_a_visit_that_names_its_visitor_is_not_the_speaker_s() -> None:
    text = (
        "Prime Minister Anna Berg said in a statement timed with a visit to "
        "Oslo by Chilean President Pablo Rojas that ties were strong."
    )
    sides = {a.name: a.side for a in _actors(text, "visit").values()}
    assert sides["Pablo Rojas"] == "source" and sides.get("Anna Berg") != "source"


def test_participants_a_minister_named_with_no_state_is_no_other_state_s_minister() -> None:
    """A foreign minister the article named with no state is neither Chile's nor Peru's."""
    text = (
        "Foreign Minister Anna Berg said trade was growing. Tom Hale met Chile's foreign "
        "minister in London on Tuesday. He also met Peru's foreign minister in Paris on "
        "Wednesday."
    )
    targets = {a.name for e in _events(text) if e.type == "meet" for a in e.actors if a.side}
    assert "Anna Berg" not in targets and {"Chile", "Peru"} <= targets


def test_participants_what_a_belief_takes_for_granted_keeps_its_doer() -> None:
    """Only "was a local" is suspected; the man who killed two soldiers did."""
    text = "Police suspect the gunman who killed two soldiers in Kabul on Tuesday was a local."
    (killing,) = [e for e in _events(text) if e.plover == "ASSAULT"]
    assert [a for a in killing.actors if a.side == "source"]


def test_participants_who_some_believe_did_it_is_not_its_doer() -> None:
    """A killing told as fact; that agencies believe a minister ordered it names no doer."""
    text = (
        "Journalist Tom Vale was murdered in Oslo last October. Some intelligence agencies "
        "reportedly believe Minister Karl Dahl ordered Vale's killing."
    )
    (killing,) = [e for e in _events(text, dt.date(2019, 9, 29)) if e.plover == "ASSAULT"]
    assert not [a for a in killing.actors if a.side == "source"]


def test_participants_who_the_police_say_did_it_is_its_doer() -> None:
    text = "Police said Karl Dahl killed the journalist Tom Vale in Oslo on Monday."
    (killing,) = [e for e in _events(text) if e.plover == "ASSAULT"]
    assert [a.name for a in killing.actors if a.side == "source"] == ["Karl Dahl"]


def test_participants_a_body_named_guard_is_armed_forces_a_guard_is_police() -> None:
    """The name's last word makes "the Alder Air National Guard" armed forces; the common
    noun "a guard" stays a policeman."""
    text = (
        "Fighter jets from the Alder Air National Guard deployed to the base on Dec. 10, 2016. "
        "A guard was killed in the attack on Monday."
    )
    events = _events(text, dt.date(2016, 12, 14))
    roles = {a.name: a.role for e in events for a in e.actors}
    assert roles["Alder Air National Guard"] == "armed forces"
    assert roles["guard"] == "police"
    text = "A volunteer of the Alder Peace Corps was killed on Monday."
    assert "armed forces" not in {a.role for e in _events(text) for a in e.actors}


def test_participants_a_name_before_a_carried_noun_is_whom_it_was_done_to() -> None:
    """The light verb's subject did it, so "Iran" in "new Iran sanctions" is whom the
    sanctions fall on; with no doer of the verb's, the name before the noun did it."""
    actors = _actors("The European Union imposed new Iran sanctions on Monday.", "sanction")
    assert actors["European Union"].side == "source"
    assert actors["Iran"].side == "target"
    actors = _actors("New Iran sanctions were imposed by the European Union.", "sanction")
    assert actors["Iran"].side == "target"
    assert actors["European Union"].side == "source"
    actors = _actors("Sweeping EU sanctions against Iran came into force on Monday.", "sanction")
    assert actors["EU"].side == "source"


def test_participants_the_leaders_are_the_people_just_named() -> None:
    """ "The leaders" after a call are its people, not an office no one holds: what they said
    belongs to the call, and makes no happening with no one on its acting side."""
    text = (
        "President Lindqvist and Prime Minister Ortega spoke by phone on Monday. "
        "The leaders expressed support for Ukraine."
    )
    events = _events(text)
    assert [e.type for e in events] == ["call"]
    assert {a.name for a in events[0].actors} >= {"Lindqvist", "Ortega"}


def test_participants_a_name_keeps_no_state_the_model_ran_into_it() -> None:
    """The model may tag "Herzog of Israel" a person: the name is Herzog, of Israel by office."""
    actors = _actors("President Lindqvist spoke with President Herzog of Israel on Monday.", "call")
    assert "Herzog of Israel" not in actors
    assert actors["Herzog"].org == "Israel"


def test_participants_who_is_shocked_by_a_killing_condemns_its_doer() -> None:
    """A feeling about a happening ("shocked by reports that X killed ...") condemns whoever
    did it: the one who feels it on the source side even in the passive, the doer on the
    target side; a feeling about anything else ("the result of the vote") condemns no one."""
    text = (
        "Minister for Trade, Jane Roe said:\n\n"
        "I was saddened and shocked by reports that the Andean Liberation Front had killed 30 "
        "miners near the town of Tacna.\n\n"
        "The minister said she was shocked by the result of the vote."
    )
    (event,) = [e for e in _events(text) if e.type == "condemn"]
    sides = {a.name: a.side for a in event.actors}
    assert sides["Jane Roe"] == "source"
    assert sides["Andean Liberation Front"] == "target"
    text = (
        "The world was horrified by the atrocities carried out by Norland's soldiers in the "
        "village."
    )
    (event,) = [e for e in _events(text) if e.type == "condemn"]
    assert {a.side for a in event.actors} == {"target"}


def test_participants_forces_of_a_body_are_that_body() -> None:
    """Bare "forces of" a body no table names whole stand for that body (and each body of an
    "either ... or"); a named unit keeps its own name beside its state."""
    text = "On Monday the aid convoy was shelled by forces of either the Ramos regime or Peru."
    (event,) = _events(text)
    assert {a.name for a in event.actors} == {"Ramos regime", "Peru"}
    (event,) = _events("Troops of the Syrian army attacked the town on Monday.")
    assert {"Syrian army", "Syria"} <= {a.name for a in event.actors}
    assert "Troops" not in {a.name for a in event.actors}


def test_participants_whom_a_request_asks_is_its_target_not_what_they_are_to_act_on() -> None:
    """ "urged Sweden to restrict the airline's flights": Sweden is asked; the airline is only
    what Sweden is asked to act on. A threat names no one asked, so what it would hit is its
    target."""
    text = "Norway urged Sweden to restrict Kestrel Air's flights on Monday."
    actors = _actors(text, "request")
    assert actors["Sweden"].side == "target"
    assert "Kestrel Air" not in actors
    actors = _actors("Iran threatened to cut off oil supplies to Turkey on Monday.", "threaten")
    assert actors["Turkey"].side == "target"


def test_participants_they_three_paragraphs_on_are_not_the_call_s_people() -> None:
    """ "Them" stands for the people of the call just told in its paragraph or the next; two
    paragraphs about other things later it names no one the reader can tell."""
    text = (
        "President Lindqvist spoke by phone with Prime Minister Ortega on Monday.\n\n"
        "The economy grew by two percent last year, the bank said.\n\n"
        "Trade with the region rose as well.\n\n"
        "On Tuesday, Lindqvist urged them to send more aid to the flooded provinces."
    )
    (request,) = [e for e in _events(text) if e.type == "request"]
    assert "Ortega" not in {a.name for a in request.actors}


def test_participants_a_reduced_relative_that_dates_a_happening_carries_it() -> None:
    """ "talks held in Oslo on Monday between A and B": held carries the talks, with its day
    and who took part; undated or told by its announcer, the relative only describes it."""
    text = "The talks held in Oslo on Monday between Norway and Iraq were useful, officials said."
    (event,) = _events(text, dt.date(2019, 10, 16))
    assert event.type == "meet"
    assert event.date.value == "2019-10-14"
    assert {"Norway", "Iraq"} <= {a.name for a in event.actors}
    text = "Sanctions imposed on Iran in 2018 hit its oil exports hard, the minister said."
    (event,) = _events(text, dt.date(2019, 10, 16))
    assert (event.type, event.date.value) == ("sanction", "2018")
    assert [(a.name, a.side) for a in event.actors] == [("Iran", "target")]
    text = "We will advance a dialogue led by the councils of Norway and Iraq in June."
    assert "meet" not in {e.type for e in _events(text)}  # planned, not held


def test_participants_a_body_s_own_mission_is_no_one_it_agreed_with() -> None:
    """The alliance's mission is NATO's own part: what the ministers agreed about, on no
    side; the headline names no one they agreed with."""
    text = (
        "NATO defence ministers agreed on Thursday to expand the alliance's training mission "
        "in Iraq to 4,000 personnel."
    )
    (event,) = _events(text, dt.date(2025, 5, 16))
    sides = {a.name: a.side for a in event.actors}
    assert sides["NATO Mission Iraq"] is None
    assert "with" not in event.summary


def test_participants_a_named_body_in_an_actor_noun_s_of_takes_part() -> None:
    """A body no table knows, named in capitals after "of", takes part with what the noun
    names ("commanders of the Alder Brigades militia"); "the Governments of" two states are
    the two states, each by its government."""
    text = "A drone strike near the airport killed two commanders of the Alder Brigades militia."
    (event,) = _events(text)
    roles = {a.name: a.role for a in event.actors}
    assert roles["Alder Brigades militia"] == "militia"
    assert event.summary.startswith("Commanders of the Alder Brigades militia were attacked")
    text = (
        "The Governments of the United Kingdom and the Dominican Republic announced a trade "
        "agreement on Monday."
    )
    names = {a.name: a.role for e in _events(text) for a in e.actors}
    assert names.get("United Kingdom") == "government"
    assert names.get("Dominican Republic") == "government"


def test_participants_a_promise_or_offer_to_act_is_a_pledge() -> None:
    """ "promised to X", "offered to X": a pledge by the subject, to whom the clause names."""
    text = "Norway offered to hand over two suspects to Sweden, the ministry said on Monday."
    actors = _actors(text, "pledge")
    assert actors["Norway"].side == "source"
    assert actors["Sweden"].side == "target"
    text = "President Lindqvist promised to reform the police, the ministry said on Monday."
    assert "pledge" in {e.type for e in _events(text)}


def test_participants_a_date_in_a_clause_about_another_noun_is_not_the_event_s() -> None:
    """ "turned down an offer to join talks next week": next week is the talks';
    the refusal, told as said on Wednesday, is not still to come."""
    text = (
        "The Alder movement turned down an offer to join talks next week between the "
        "factions, the group said on Wednesday."
    )
    (event,) = [e for e in _events(text, dt.date(2024, 5, 10)) if e.type == "reject"]
    assert event.date.value == "2024-05-08"


def test_participants_a_feeling_about_good_news_condemns_no_one() -> None:
    """Shocked "by reports that Sweden had won the match" is no condemnation; appalled "at
    reports that Russia had struck a hospital" condemns Russia."""
    text = "Prime Minister Jane Roe was shocked by reports that Sweden had won the match."
    assert "condemn" not in {e.type for e in _events(text)}
    text = "Prime Minister Jane Roe was appalled at reports that Russia had struck a hospital."
    (event,) = [e for e in _events(text) if e.type == "condemn"]
    sides = {a.name: a.side for a in event.actors}
    assert sides == {"Jane Roe": "source", "Russia": "target"}


def test_participants_a_carried_noun_s_own_state_is_its_doer_s_side() -> None:
    """ "The Pentagon announced new US sanctions": the US's own; "US airstrikes on Syria":
    "on" names whom; "Operation Claw strikes": an operation's name is no one."""
    actors = _actors("The Pentagon announced new US sanctions on Monday.", "sanction")
    assert actors["United States"].side == "source"
    actors = _actors("President Biden ordered US airstrikes on Syria on Monday.", "attack")
    assert actors["United States"].side == "source"
    assert actors["Syria"].side == "target"
    actors = _actors("Turkey launched Operation Claw strikes in Iraq on Monday.", "attack")
    assert "Operation Claw" not in actors


def test_participants_a_dated_reduced_relative_told_it_happened() -> None:
    """ "The talks held in Oslo on Monday ... will continue in June": held on Monday."""
    text = "The talks held in Oslo on Monday between Norway and Iraq will continue in June."
    (event,) = [e for e in _events(text) if e.type == "meet"]
    assert event.date.value == "2024-05-06"
    text = "The agreement signed in 2015 by Iran and Iraq collapsed on Monday."
    assert "sign" in {e.type for e in _events(text)}  # a signing, not a bare agreement


def test_participants_bodies_of_an_of_phrase_keep_their_whole_names() -> None:
    text = "Forces of the Government of National Accord attacked Sirte on Monday."
    assert {a.name for e in _events(text) for a in e.actors} == {"Government of National Accord"}
    text = "The Governments of Iraq and Turkey signed an agreement on water on Monday."
    assert {"Iraq", "Turkey"} <= {a.name for e in _events(text) for a in e.actors}
    text = "Representatives of the two countries met in Geneva on Monday."
    assert [a.name for e in _events(text) for a in e.actors] == ["Representatives"]


def test_participants_whom_a_request_calls_on_is_its_target() -> None:
    actors = _actors(
        "Norway called on Sweden to restrict Kestrel Air's flights on Monday.", "request"
    )
    assert actors["Sweden"].side == "target"
    assert "Kestrel Air" not in actors


def test_participants_the_leaders_after_a_meeting_of_no_one_named_are_no_one() -> None:
    text = (
        "President Lindqvist met Prime Minister Ortega in Oslo on Monday.\n\n"
        "Opposition parties met on Tuesday. The leaders condemned the government."
    )
    (event,) = [e for e in _events(text) if e.type == "condemn"]
    assert not {"Lindqvist", "Ortega"} & {a.name for a in event.actors}


def test_participants_a_state_that_protested_said_so_students_marched() -> None:
    """ "China protested to the ambassador" is a verbal protest (PLOVER's ACCUSE); "thousands
    of students protested in the capital" a demonstration."""
    text = "China protested to the Swiss ambassador on Monday over the decision."
    assert "condemn" in {e.type for e in _events(text)}
    text = "Thousands of students protested in the capital on Monday."
    assert [e.type for e in _events(text)] == ["protest"]


def test_participants_a_reaction_takes_the_day_of_what_it_reacts_to() -> None:
    """ "Rebels attacked a police station on Tuesday. The government condemned the attack.":
    Tuesday, not the article's main day (Monday's meeting); and "Rebels" opening a paragraph,
    which the model may take for a name, are still the rebels."""
    text = (
        "President Lindqvist met Prime Minister Ortega in Oslo on Monday.\n\n"
        "Rebels attacked a police station in the north on Tuesday. The government condemned "
        "the attack."
    )
    events = {e.type: e for e in _events(text)}
    assert events["condemn"].date.value == "2024-05-07"
    assert "Rebels" in {a.name for a in events["attack"].actors}


def test_participants_allied_ministers_of_an_article_about_an_alliance_are_its_own() -> None:
    """ "allied defence ministers" in a report on NATO are NATO's; the mandate they expanded
    is cooperation they decided."""
    text = (
        "NATO's mission in Iraq has about 500 personnel. Its mandate was expanded in February "
        "2021 by allied defence ministers."
    )
    (event,) = [e for e in _events(text, dt.date(2025, 5, 12)) if e.type == "cooperate"]
    assert event.date.value == "2021-02"
    assert {"allied defence ministers", "NATO"} <= {a.name for a in event.actors}


def test_participants_a_council_s_vote_on_its_own_organisation_s_mission_is_on_no_one() -> None:
    """The Security Council is the UN's: "the UN mission in Bolivia" it voted to extend is what
    the vote was about, not whom it was against."""
    text = (
        "The UN Security Council voted 15-0 on Tuesday to extend the mandate of the UN mission "
        "in Bolivia by six months."
    )
    (event,) = _events(text, dt.date(2025, 3, 13))
    assert all(a.side != "target" for a in event.actors)
    assert " on UN" not in event.summary


def test_participants_review_cases_of_carried_names_allies_and_addressees() -> None:
    """A group's name before a carried noun is whom it was done to ("new Hamas strikes"),
    and "on oil exports" names no one to take its place; "allied militias" are no alliance's
    the article named; "urged the government to" addresses the government."""
    actors = _actors("Israel carried out new Hamas strikes on Monday.", "attack")
    assert actors["Hamas"].side == "target"
    actors = _actors("The US imposed new Iran sanctions on oil exports on Monday.", "sanction")
    assert actors["Iran"].side == "target"
    text = (
        "Turkey, a NATO member, sent troops to Idlib on Monday. Syrian troops and allied "
        "militias attacked rebels in Idlib on Tuesday."
    )
    (attack,) = [e for e in _events(text) if e.type == "attack"]
    assert "NATO" not in {a.name for a in attack.actors}
    text = "Norway urged the government to restrict Kestrel Air's flights on Monday."
    assert "Kestrel Air" not in _actors(text, "request")


def test_participants_review_cases_of_dates_groups_and_feelings() -> None:
    """A reaction takes the newest happening it may name; a second, unnamed meeting in the
    sentence leaves "the two leaders" who they were; "news of the massacre" and "opened
    fire" are harm one condemns."""
    text = (
        "Gunmen attacked a mosque in Kano on Friday, killing 12 worshippers. It was the second "
        "such assault since gunmen attacked a church in the city on April 2.\n\n"
        "The governor condemned the attack."
    )
    (event,) = [e for e in _events(text) if e.type == "condemn"]
    assert event.date.value == "2024-05-03"
    text = (
        "President Lindqvist met Prime Minister Ortega in Oslo on Monday, ahead of a wider "
        "summit of ministers on Tuesday. The two leaders condemned the attack on the embassy."
    )
    (event,) = [e for e in _events(text) if e.type == "condemn"]
    assert {"Lindqvist", "Ortega"} <= {a.name for a in event.actors}
    text = "The president was horrified by reports that soldiers had opened fire on protesters."
    assert "condemn" in {e.type for e in _events(text)}


def test_participants_review_cases_of_bodies_and_places() -> None:
    """Guards Corps and army corps are armed forces, the Peace Corps is not; residents "of
    New York and New Jersey" are of places, not bodies; a charity named "Operation ..." acts."""
    text = "Iran's Islamic Revolutionary Guards Corps seized a tanker on Monday."
    roles = {a.name: a.role for e in _events(text) for a in e.actors}
    assert roles["Islamic Revolutionary Guards Corps"] == "armed forces"
    text = "Police arrested two residents of New York and New Jersey on Monday."
    assert "New Jersey" not in {a.name for e in _events(text) for a in e.actors}
    text = "The charity Operation Smile signed an agreement with the Vietnamese government."
    assert "Operation Smile" in {a.name for e in _events(text) for a in e.actors}


def test_participants_the_state_a_visit_is_to_hosts_it() -> None:
    """ "His first visit to Norway": Norway is visited, it makes no visit of its own."""
    for text in (
        "We welcomed President Okafor on Monday on his visit, a first visit to Norway.",
        "It was a short visit, a first visit to Norway, for the minister.",
    ):
        events = _events(text)
        assert events
        sides = {(a.name, a.side) for e in events for a in e.actors}
        assert ("Norway", "source") not in sides, sides


def test_participants_a_verb_sharing_the_next_one_s_object_takes_it() -> None:
    """ "Chile has demonstrated, and you have demonstrated, great patience": both showed
    patience, no one protested; a protest in Oslo stays one though the police then
    "demonstrated great restraint"."""
    text = (
        "Chile has demonstrated, and you, Maria, have demonstrated, great patience in these talks."
    )
    assert "protest" not in {e.type for e in _events(text)}
    text = "Farmers demonstrated in Oslo on Monday and demonstrated again in Bergen on Tuesday."
    assert "protest" in {e.type for e in _events(text)}
    text = (
        "Thousands of farmers demonstrated in Oslo on Monday, and the police demonstrated "
        "great restraint."
    )
    assert "protest" in {e.type for e in _events(text)}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("This year Namibians celebrate the 30th anniversary of the liberation of Namibia.",
         "1994"),
        ("In 2019 the town marked the fiftieth anniversary of the bombing by the air force.",
         "1969"),
        ("Veterans marked the 30th anniversary of the liberation of Namibia, which took place "
         "in March 1990.", "1990-03"),
        ("Namibians celebrated the 30th anniversary of the liberation of Windhoek on Monday.",
         "1994"),
    ],
)  # fmt: skip
def test_participants_an_anniversary_dates_what_it_marks(text: str, year: str) -> None:
    """The Nth anniversary of a happening, marked in a year (the sentence's, else the year of
    writing), tells of a happening N years before: it happened, then; a date of the happening
    itself, after it, is its own."""
    (attack,) = [e for e in _events(text) if e.type == "attack"]
    assert attack.date.value == year


def test_participants_what_a_happening_brings_to_a_sum_takes_no_part() -> None:
    """ "The drawdown brings U.S. assistance for Moldova's soldiers to $900 million": a
    sum, and the United States gives, not receives; "the summit brought leaders" together,
    as "the talks brought together" the people who met."""
    text = (
        "Tuesday's drawdown brings U.S. assistance for Moldova's soldiers to $900 million in all."
    )
    sides = {(a.name, a.side) for e in _events(text) for a in e.actors}
    assert ("United States", "target") not in sides
    text = "The talks in Oslo brought together Prime Minister Ortega and President Lindqvist."
    (meet,) = [e for e in _events(text) if e.type == "meet"]
    assert {"Ortega", "Lindqvist"} <= {a.name for a in meet.actors}


def test_participants_a_body_and_its_state_doing_one_thing_are_one_happening() -> None:
    """Aid the Department of Defense announced and "U.S. security assistance" of the same day
    in one sentence are one aid; in two sentences, two aids to two countries."""
    text = (
        "Together with $35 million in assistance that the Department of Defense announced on "
        "May 2, Tuesday's drawdown lifts U.S. security assistance to $90 million in total."
    )
    aid = [e for e in _events(text) if e.type == "aid"]
    assert len(aid) == 1, [e.summary for e in aid]
    text = (
        "The Department of State provided $5 million in aid to Jordan on Monday. The United "
        "States also provided aid to Lebanon on Monday."
    )
    assert len([e for e in _events(text) if e.type == "aid"]) == 2


def test_participants_the_person_who_tells_of_a_body_s_arrests_takes_part() -> None:
    """ "X, spokesman of the National Police, said that four suspects had been detained": the
    police detained them, and their spokesman, who told it, took part on no side; "police
    said" names no one more; a critic of the police who tells it takes no part."""
    text = (
        "Lars Holm, spokesman of the Danish National Police, said that four suspects had been "
        "detained."
    )
    (arrest,) = [e for e in _events(text) if e.type == "arrest"]
    sides = {a.name: a.side for a in arrest.actors}
    assert sides["Danish National Police"] == "source" and sides["Lars Holm"] is None
    (arrest,) = [
        e for e in _events("Two suspects were arrested, police said.") if e.type == "arrest"
    ]
    assert [a.kind for a in arrest.actors if a.side != "target"] == ["org"]
    text = (
        "Opposition leader Karl Berg, who has criticised the Norwegian Police Service, said "
        "two suspects were arrested."
    )
    for event in _events(text):
        if event.type == "arrest":
            assert "Karl Berg" not in {a.name for a in event.actors}


def test_participants_a_given_name_alone_is_the_one_the_article_names_in_full() -> None:
    """ "Ingrid and King Harald met": Ingrid is the Ingrid Berg the article named in full,
    though she takes part in nothing else; "Ola, a farmer" is not the minister Ola Nilsen."""
    text = (
        "Foreign Minister Ingrid Berg spoke first.\n\n"
        "That is the message that Ingrid and King Harald of Norway sent after their meeting."
    )
    names = {a.name for e in _events(text) for a in e.actors}
    assert "Ingrid Berg" in names and "Ingrid" not in names
    text = (
        "Prime Minister Ola Nilsen spoke in parliament on Monday.\n\n"
        "Ola, a farmer from the north, said he was arrested by police on Tuesday."
    )
    (arrest,) = [e for e in _events(text) if e.type == "arrest"]
    assert "Ola Nilsen" not in {a.name for a in arrest.actors}
    text = (
        "Foreign Minister Ingrid Berg spoke in parliament on Monday.\n\n"
        "Minister Ingrid met King Harald in Oslo on Tuesday."
    )
    (meet,) = [e for e in _events(text) if e.type == "meet"]
    assert "Ingrid Berg" in {a.name for a in meet.actors}


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("The minister was pleased to welcome President Okafor to Oslo on Monday.", True),
        ("FOREIGN MINISTER BERG: We were honoured today to meet King Harald.", True),
        ("The minister would have been pleased to welcome President Okafor to Oslo.", False),
        ("Trump is happy to meet Kim.", False),
        ("The minister said she was pleased to meet the rebels if they laid down their arms.",
         False),
        ("Minister Anna Berg was pleased to meet the rebel leaders once they arrived in Oslo "
         "on Monday.", True),
    ],
)  # fmt: skip
def test_participants_a_feeling_told_in_the_past_says_its_infinitive_happened(
    text: str, met: bool
) -> None:
    """ "Was pleased to welcome X", "were honoured to meet Y": the meeting took place; one
    someone would have been pleased to have, is happy to have, or said she was pleased to
    have if something came first, has not."""
    assert ("meet" in {e.type for e in _events(text)}) is met


def test_participants_the_operation_condemned_is_the_attack_told_before() -> None:
    """ "The operation was condemned by the Nordic Council" after "Norway began a ground
    offensive": the Council condemned Norway; after a rescue operation, or with no act of
    force told before, no one is accused."""
    text = (
        "On Thursday, Norway began a ground offensive against rebel camps in the north.\n\n"
        "The operation was swiftly condemned by the Nordic Council."
    )
    (condemn,) = [e for e in _events(text) if e.type == "condemn"]
    assert ("Norway", "target") in {(a.name, a.side) for a in condemn.actors}
    for text in (
        "Norwegian jets bombed a rebel camp on Monday. The operation was condemned by the "
        "Nordic Council on Tuesday.",
        "Rescue operations continued in the south last month. Norwegian jets bombed a rebel "
        "camp on Monday. The operation was condemned by the Nordic Council.",
        "Norwegian jets bombed a rebel camp on Monday. The Nordic Council condemned this "
        "unprovoked aggression.",
    ):
        (condemn,) = [e for e in _events(text) if e.type == "condemn"]
        assert ("Norway", "target") in {(a.name, a.side) for a in condemn.actors}, text
    for text in (
        "The operation was swiftly condemned by the Nordic Council.",
        "Rebels attacked a police station in the north on Monday.\n\nSeparately, the army "
        "began a rescue operation after floods. The operation was condemned by the Nordic "
        "Council.",
        "Norway bombed rebel camps in 2019.\n\nSweden this week condemned the move.",
    ):
        for event in _events(text):
            if event.type == "condemn":
                assert not any(a.side == "target" for a in event.actors)


def test_participants_allies_such_as_a_state_are_whom_a_request_asks() -> None:
    """ "Urged allies such as Norway to restrict the airline's flights": Norway is asked; the
    airline the asked are to act on is no addressee."""
    text = "The US has been urging allies such as Norway to restrict Kestrel Air's flights."
    (request,) = [e for e in _events(text) if e.type == "request"]
    sides = {(a.name, a.side) for a in request.actors}
    assert ("Norway", "target") in sides and not any("Kestrel" in n for n, _ in sides)


def test_participants_alleged_ties_are_no_accusation() -> None:
    """ "The mayor has alleged ties to two firms": ties someone alleges, not an accusation the
    mayor made."""
    text = (
        "The mayor, according to prosecutors, has alleged ties to two construction firms in Nantes."
    )
    assert "accuse" not in {e.type for e in _events(text)}


def test_participants_a_subject_or_negation_hung_on_an_auxiliary_is_its_verb_s() -> None:
    """The parser may hang a subject or "not" on an auxiliary ("The US has been urging":
    "US" under "been"); the tree gives them to the verb the auxiliary hangs on."""
    words = [
        ("The", "the", "DET", "det", 1),
        ("US", "US", "PROPN", "nsubj", 3),
        ("has", "have", "AUX", "aux", 4),
        ("been", "be", "AUX", "aux", 4),
        ("urging", "urge", "VERB", "ROOT", 4),
        ("not", "not", "PART", "neg", 2),
    ]
    tokens, start = [], 0
    for i, (text, lemma, pos, dep, head) in enumerate(words):
        tokens.append(Token(i, start, start + len(text), text, lemma, pos, "", dep, head, 0, ""))
        start += len(text) + 1
    tree = Tree(tokens)
    assert [k.text for k in tree.children(tree[4]) if k.dep in ("nsubj", "neg")] == ["US", "not"]
    text = "Peru had not, by Friday evening, announced a date for the elections."
    assert "announce" not in {e.type for e in _events(text)}


def test_participants_a_body_s_first_word_alone_is_that_body() -> None:
    """ "Suspended Kestrel's licence" after "banned the charter airline Kestrel Air": Kestrel
    is the airline (the model took it for a person); "Khan" after "Ali Khan" stays the man,
    whatever bank has his name."""
    text = (
        "Italy on Friday banned the charter airline Kestrel Air from its airports. The Italian "
        "civil aviation authority has suspended Kestrel's operating licence, officials said."
    )
    assert "Kestrel" not in {a.name for e in _events(text) for a in e.actors}
    text = (
        "Police arrested Ali Khan on Monday. Khan Bank denied any role. Khan was later "
        "released on Tuesday."
    )
    assert "Khan Bank" not in {
        a.name for e in _events(text) if e.type != "reject" for a in e.actors
    }


def test_participants_relief_at_good_news_is_support_said_once() -> None:
    """ "I am greatly heartened by the release of the two aid workers", in a minister's
    statement: she expressed support, and the statement is that support, not a second
    event; relief at the weather is nothing."""
    text = (
        "Minister Lena Dahl gave a statement on the hostages.\n\n"
        "Minister Lena Dahl said:\n\n"
        "I am greatly heartened by the release of the two aid workers."
    )
    types = [e.type for e in _events(text) if "Lena Dahl" in {a.name for a in e.actors}]
    assert types == ["support"], types
    text = "Minister Lena Dahl said:\n\nI was relieved by the rain."
    assert "support" not in {e.type for e in _events(text)}


def test_participants_who_did_the_wrong_investigated_is_the_accused() -> None:
    """ "An investigation into abuses carried out by Belgian peacekeepers": Belgium is on the
    target side; abuses with no doer named accuse no one."""
    text = (
        "Prosecutors in Lyon opened an investigation into abuses carried out by Belgian "
        "peacekeepers at the camp."
    )
    (probe,) = [e for e in _events(text) if e.type == "investigate"]
    assert ("Belgium", "target") in {(a.name, a.side) for a in probe.actors}
    text = "Prosecutors in Lyon opened an investigation into abuses at the camp."
    for event in _events(text):
        assert not any(a.side == "target" for a in event.actors)


def test_participants_what_is_provided_may_be_named_second() -> None:
    """ "Giving radar sets and equipment to the Philippines": aid, though only the second of
    the things given names it."""
    text = "Japan is giving radar sets and equipment to the Philippines."
    assert "aid" in {e.type for e in _events(text)}


def test_participants_the_country_troops_leave_is_not_who_withdraws() -> None:
    """ "Austria says it is ready to withdraw its soldiers from Lebanon": Austria commits to
    leaving Lebanon; Lebanon withdraws nothing; "Russia says NATO troops will be deployed"
    is no pledge of Russia's."""
    text = "Austria says it is ready to withdraw its soldiers from neighbouring Lebanon."
    sides = {(a.name, a.side) for e in _events(text) for a in e.actors}
    assert ("Austria", "source") in sides and ("Lebanon", "source") not in sides
    text = "Norway said the country would send troops to Mali."
    assert ("Norway", "source") in {(a.name, a.side) for e in _events(text) for a in e.actors}
    text = "Russia says NATO troops will be deployed to Estonia next year."
    assert ("Russia", "source") not in {(a.name, a.side) for e in _events(text) for a in e.actors}
    text = "Bosnia and Croatia agreed on Friday to reopen two border crossings."
    assert "Bosnia and Herzegovina" in _actors(text, "agree")


def test_participants_officials_of_states_joined_by_and_are_of_each() -> None:
    """ "Estonian and Latvian ministers agreed", "Finnish, Swedish and Danish envoys met": the
    group and each state take part, and the headline names the group once."""
    text = "Estonian and Latvian ministers agreed on Friday to share radar data."
    (agree,) = [e for e in _events(text) if e.type == "agree"]
    assert {"Estonia", "Latvia", "Estonian and Latvian ministers"} <= {a.name for a in agree.actors}
    assert agree.summary.startswith("Estonian and Latvian ministers reached")
    text = "Finnish, Swedish and Danish envoys met in Tallinn on Tuesday."
    (meet,) = [e for e in _events(text) if e.type == "meet"]
    assert {"Finland", "Sweden", "Denmark"} <= {a.name for a in meet.actors}


def test_participants_a_demand_s_maker_is_whom_its_refusal_rejects() -> None:
    """ "Rejected an ultimatum from Senegal": Senegal is rejected; "declined to comment" is no
    refusal of anyone."""
    text = "The junta rejected an ultimatum from Senegal to hand over the coup leaders."
    (reject,) = [e for e in _events(text) if e.type == "reject"]
    assert ("Senegal", "target") in {(a.name, a.side) for a in reject.actors}
    text = "The Norwegian foreign ministry declined to comment on the claims."
    assert "reject" not in {e.type for e in _events(text)}


def test_participants_an_apposition_says_who_a_name_is_not_what_happened() -> None:
    """ "Ghana, a long-standing British partner in the war on piracy, has refused to send
    naval patrols to Somalia": no war is told, the United Kingdom is no party to the
    refusal."""
    text = (
        "Ghana, a long-standing British partner in the war on piracy, has refused to send "
        "naval patrols to Somalia."
    )
    events = _events(text)
    assert [e.type for e in events] == ["reject"]
    assert "United Kingdom" not in {a.name for a in events[0].actors}
    text = "Ghana has refused to station troops in Mali."
    (reject,) = [e for e in _events(text) if e.type == "reject"]
    assert reject.location is None


def test_participants_export_shows_the_office_as_the_article_words_it() -> None:
    """The organisation the sentence writes beside an office is part of the role exported
    ("U.S. Special Envoy for Sudan"); ``office`` keeps the office alone, and a read back
    row is the same actor."""
    text = (
        "U.S. Special Envoy for Sudan Peter Hughes met Prime Minister Karim Nouri "
        "in Niamey on Tuesday."
    )
    found = {a.name: a for e in _events(text) for a in e.actors if a.kind == "person"}
    envoy = found["Peter Hughes"].export_row()
    assert (envoy["role"], envoy["office"], envoy["org"]) == (
        "U.S. Special Envoy for Sudan",
        "Special Envoy for Sudan",
        "United States",
    )
    assert found["Karim Nouri"].export_row()["role"] == "Prime Minister"
    for actor in found.values():
        assert Actor.from_row(actor.export_row()) == actor


def test_participants_strikes_against_the_killers_are_no_part_of_their_killing() -> None:
    """Who did it in one sentence and had it done to them in the next: two happenings, not
    one attack by both."""
    text = (
        "Boko Haram has killed 20 farmers in Borno, Nigeria, the UN said. Since January the "
        "Nigerian Air Force has carried out nearly 900 strikes against Boko Haram in Nigeria."
    )
    attacks = [e for e in _events(text) if e.plover == "ASSAULT"]
    sources = sorted(tuple(a.name for a in e.actors if a.side == "source") for e in attacks)
    assert sources == [("Boko Haram",), ("Nigerian Air Force",)]


def test_participants_a_meeting_no_one_is_named_at_is_no_event() -> None:
    """Talks no one is named at say nothing of who met whom; an attack no one is named in
    still happened."""
    assert _events("There were several rounds of talks in Vienna, as you know.") == []
    (attack,) = _events("A car bomb exploded at a market in Kirkuk on Monday, killing six.")
    assert attack.plover == "ASSAULT" and not attack.actors


def test_participants_what_an_apposition_says_someone_is_follows_him() -> None:
    text = (
        "On Monday Tom Vale, a lawyer for the families, addressed reporters in Oslo.\n"
        "Foreign Minister Anna Berg urged Tom Vale to be patient on Monday."
    )
    (request,) = [e for e in _events(text) if e.type == "request"]
    assert {a.name: a.role for a in request.actors}["Tom Vale"] == "lawyer for the families"


def test_participants_the_phrase_of_the_noun_a_trigger_modifies_names_whom_it_is_for() -> None:
    text = (
        "The Ministry of Defence announced on Monday 5 million pounds in assistance for the "
        "border guards, which brings the total British security assistance commitment to "
        "Moldova to 40 million pounds."
    )
    (aid,) = [e for e in _events(text) if e.type == "aid"]
    assert "Moldova" in {a.name for a in aid.actors if a.side == "target"}


def test_participants_a_name_the_parser_hung_on_after_is_the_clause_s_subject() -> None:
    """ "after Theresa May resigned": the parser may take the name for the object of
    "after"; she is who resigned, not the subject of the main clause."""
    text = (
        "Hill became Labour's leader and the prime minister after Theresa May resigned on "
        "July 9 after she lost a key vote."
    )
    (resigned,) = [e for e in _events(text) if e.type == "resign"]
    assert [a.name for a in resigned.actors] == ["Theresa May"]


@pytest.mark.parametrize(
    ("text", "accused", "not_accused"),
    [
        (
            "Peru condemned the rocket attack on the Chilean embassy in Lima on Sunday.",
            set(),
            {"Chile"},
        ),
        (
            "Peru condemned the attack against Aymara farmers near Puno on Monday.",
            set(),
            {"Aymara farmers"},
        ),
        (
            "Peru condemned the attack on Chilean forces by the National Liberation Army today.",
            {"National Liberation Army"},
            {"Chile"},
        ),
        ("Peru condemned Bolivia over the shelling of Tacna on Monday.", {"Bolivia"}, set()),
    ],
)
def test_participants_a_condemned_attack_accuses_who_did_it_never_who_suffered_it(
    text: str, accused: set[str], not_accused: set[str]
) -> None:
    """Who suffered a harm that is condemned ("the attack on the embassy") is not accused; a
    "by" phrase the parser hangs on the verb names who did it, accused, not a second accuser."""
    (condemn,) = [e for e in _events(text) if e.type == "condemn"]
    targets = {a.name for a in condemn.actors if a.side == "target"}
    assert accused <= targets
    assert not (not_accused & {a.name for a in condemn.actors})
    assert {a.part for a in condemn.actors if a.name in accused} <= {"accused"}
    assert [a.name for a in condemn.actors if a.side == "source"] == ["Peru"]


@pytest.mark.parametrize(
    "text",
    [
        # "by" on the attack
        "Peru condemned the attack on the Chilean embassy by the National Liberation Army "
        "on Monday.",
        # "by" the parser hangs on "condemned"
        "Peru condemned the attack on Chilean forces by the National Liberation Army today.",
    ],
)
def test_participants_the_doer_of_a_condemned_attack_is_its_attacker(text: str) -> None:
    """ "condemned the attack on X by Y": Y attacked X, wherever the parser hangs "by"."""
    (attack,) = [e for e in _events(text) if e.type == "attack"]
    assert [a.name for a in attack.actors if a.side == "source"] == ["National Liberation Army"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The Tehran-backed Hezbollah attacked the village on Monday.",
            "Hezbollah",
            "Tehran-backed militia",
        ),
        (
            "The Iran-backed Houthis attacked the port on Monday.",
            "Houthis",
            "Iran-backed rebel movement",
        ),
    ],
)
def test_participants_a_hyphened_participle_before_a_body_s_name_describes_it(
    text: str, name: str, role: str
) -> None:
    """ "the Aymara-led X": what X is, as the report describes it; whoever "backs" or "leads"
    it takes no part."""
    actors = _actors(text, "attack")
    assert actors[name].role == role
    assert set(actors) == {name}


def test_participants_a_listed_member_keeps_its_description_and_what_it_did_takes_no_part() -> None:
    """ "including X, a broker buying oil from the Y": X is a broker; Y
    is named in what is said of him, and is no one arrested."""
    text = (
        "Police arrested three men, including Tomas Vidal, a broker buying oil from the "
        "National Liberation Army, in Lima on Monday."
    )
    actors = _actors(text, "arrest")
    assert actors["Tomas Vidal"].role == "broker"
    assert "National Liberation Army" not in actors


def test_participants_a_group_named_by_its_people_s_office_has_that_as_its_role() -> None:
    """ "Peruvian leaders", "Chilean officials": a group whose role is what its people are."""
    actors = _actors("Chile urged Peruvian leaders on Monday to reopen the border.", "request")
    assert actors["Peruvian leaders"].shown_role == "leaders (addressee)"


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        (
            "NATO opened an office in Lima in May. On Monday allies agreed to enlarge it.",
            {"NATO"},
        ),
        (
            "NATO opened an office in Lima in May. Chile and its allies agreed on Monday to "
            "enlarge the fund.",
            {"Chile"},
        ),
    ],
)
def test_participants_allies_are_the_alliance_the_article_is_about(
    text: str, doers: set[str]
) -> None:
    """ "Allies agreed" in a report on NATO: NATO, as one; "its allies" are no one named."""
    (agreement,) = [e for e in _events(text) if e.type == "agree"]
    assert {a.name for a in agreement.actors if a.side == "source"} == doers


@pytest.mark.parametrize(
    ("speaker", "takes_part"),
    [("Chilean President Elena Ruiz", True), ("Chilean military spokesman Tomas Vidal", False)],
)
def test_participants_who_speaks_of_his_state_s_deed_acts_on_its_side(
    speaker: str, takes_part: bool
) -> None:
    """A head of state who says why his state's offensive began takes part in it on its side;
    a spokesman only speaks for it."""
    text = (
        "On Wednesday, Chile opened an offensive against rebel positions in the north. "
        f'{speaker} said the offensive was "to secure our northern border."'
    )
    (attack,) = [e for e in _events(text, dt.date(2024, 5, 10)) if e.type == "attack"]
    sources = {a.name for a in attack.actors if a.side == "source"}
    assert ("Elena Ruiz" in sources or "Tomas Vidal" in sources) is takes_part
    assert "Chile" in sources


def test_participants_similar_accusations_by_others_are_the_one_told() -> None:
    """ "Similar attributions were also made by X and Y": the accusation told, made by more."""
    text = (
        "The mayor attributed the bombing to the Andean Front on Monday. Similar attributions "
        "were also made by the news agency Kestrel and Tomas Vidal."
    )
    (accusation,) = [e for e in _events(text) if e.plover == "ACCUSE"]
    sources = {a.name: a for a in accusation.actors if a.side == "source"}
    assert {"Kestrel", "Tomas Vidal"} <= set(sources)
    assert sources["Kestrel"].role == "agency"


def test_participants_an_office_s_last_word_run_into_the_name_stays_the_office_s() -> None:
    """ "Minister of [Information Jane Roe]", tagged as one person: she is the Minister of
    Information."""
    text = "On Monday, Minister of Information Jorge Salas blamed the rebels for the bombing."
    actors = _actors(text, "accuse")
    assert actors["Jorge Salas"].role == "Minister of Information"


def test_participants_one_of_those_who_did_it_is_the_copula_s_subject() -> None:
    """ "Peru was one of 40 members that voted to ...": Peru voted."""
    text = (
        "Last week Peru was one of 40 members of the assembly that voted to condemn the invasion."
    )
    (vote,) = [e for e in _events(text) if e.type == "vote"]
    assert "Peru" in {a.name for a in vote.actors if a.side == "source"}


def test_participants_a_surname_the_model_left_untagged_is_the_person_named_before() -> None:
    """ "Vidal, who arrived on Saturday, also met X": the Tomas Vidal of the sentence before;
    an untagged word the article names no one by stays no one."""
    text = (
        "President Elena Ruiz met the envoy of the alliance, Tomas Vidal, in Lima on Sunday. "
        "Vidal, who arrived in Lima on Saturday for a two-day visit, also met Foreign Minister "
        "Ana Soto."
    )
    met = [e for e in _events(text) if e.plover == "CONSULT"]
    assert any({"Tomas Vidal", "Ana Soto"} <= {a.name for a in e.actors} for e in met)
    untagged = "Kestrel, a local company, also met Foreign Minister Ana Soto in Lima on Monday."
    assert all("Kestrel" not in {a.name for a in e.actors} for e in _events(untagged))


def test_participants_a_call_the_parser_hung_on_the_object_is_the_subject_s() -> None:
    """ "X welcomed the decision in a phone call with Y": X and Y spoke."""
    text = "President Elena Ruiz welcomed the decision in a phone call with Tomas Vidal on Friday."
    (call,) = [e for e in _events(text, dt.date(2024, 5, 10)) if e.type == "call"]
    assert {"Elena Ruiz", "Tomas Vidal"} <= {a.name for a in call.actors}


def test_participants_a_call_is_never_the_meeting_held_in_person() -> None:
    """Ministers' meeting on Thursday, a call on Friday: two happenings, the call dated so."""
    text = (
        "LIMA — Defence ministers agreed on Thursday to enlarge the fund, Defence Secretary "
        'Tomas Vidal told a news conference after the meeting. "Today we decided to enlarge the '
        'fund," Vidal said. He said the decision was taken at the request of the regional '
        "governments. President Elena Ruiz welcomed the decision in a phone call with Vidal on "
        "Friday."
    )
    (call,) = [e for e in _events(text, dt.date(2024, 5, 10)) if e.type == "call"]
    assert call.date.value == "2024-05-10"
    assert "LIMA" not in " ".join(s.sentence for s in call.sources)
    assert {"Elena Ruiz", "Tomas Vidal"} <= {a.name for a in call.actors}


def test_participants_a_visit_told_as_where_someone_was_is_no_visit() -> None:
    """ "X, who was visiting the market, was hurt in the attack": a circumstance, not a visit."""
    text = (
        "On Monday the governor Tomas Vidal was stabbed in Puno. Vidal, who was visiting "
        "Bolivia, was hurt in the attack."
    )
    assert not [e for e in _events(text) if e.plover == "CONSULT"]


def test_participants_craft_with_a_possessor_stand_for_their_owner() -> None:
    """ "The Defence Ministry said its jets had struck rebel positions": the ministry's."""
    text = "Chile's Defence Ministry said on Monday that its jets had struck rebel positions."
    (attack,) = [e for e in _events(text) if e.type == "attack"]
    assert {a.name for a in attack.actors if a.side == "source"} & {
        "Defence Ministry of Chile",
        "Chile",
    }


def test_participants_command_of_a_mission_named_by_a_noun_is_of_the_mission() -> None:
    """ "took over command of NATO's advisory mission in Iraq, with General X assuming
    command": X took command of the mission (not of NATO)."""
    text = (
        "Chile has taken over command of NATO's advisory mission in Iraq, with Chilean Major "
        "General Ana Ruiz assuming command at a ceremony in Baghdad on Tuesday."
    )
    (command,) = [e for e in _events(text, dt.date(2024, 5, 10)) if e.type == "command"]
    names = {a.name for a in command.actors}
    assert {"Ana Ruiz", "NATO Mission Iraq"} <= names
    assert command.summary.startswith(
        "Chilean Major General Ana Ruiz took command of the NATO Mission"
    )


def test_participants_a_past_form_after_a_noun_is_its_participle_and_no_agreement() -> None:
    """ "committed to the schedule agreed with the coalition" (parsed as a clause): the
    schedule, described; no agreement with the coalition is reported."""
    text = (
        "President Ruiz stressed that Chile values its partners, noting that the government is "
        "committed to the schedule agreed with the coalition."
    )
    events = _events(text)
    assert not [e for e in events if e.type == "agree"]
    pledges = [e for e in events if e.type == "pledge"]
    assert all(a.side != "target" for e in pledges for a in e.actors if a.name == "government")


def test_participants_where_an_addressee_sits_is_not_where_it_was_called_on() -> None:
    """ "called on the regional government in Arica to act": the government's seat, not the
    place of the call."""
    text = "On Monday President Elena Ruiz called on the regional government in Arica to act."
    (request,) = [e for e in _events(text) if e.plover == "REQUEST"]
    assert request.location is None


@pytest.mark.parametrize(
    ("claim", "attacker"),
    [
        ("A group calling itself Saraya al-Nasr claimed it on Telegram.", "Saraya al-Nasr"),
        ("The National Liberation Army claimed it in a statement.", "National Liberation Army"),
        ("No group has claimed it.", None),
    ],
)
def test_participants_who_claimed_an_attack_told_before_carried_it_out(
    claim: str, attacker: str | None
) -> None:
    """An attack whose sentences name no one, then "X claimed responsibility": X's, as the
    article tells it; the airport named for a town places it there."""
    claim = claim.replace("claimed it", "claimed responsibility")
    text = f"A drone targeted Arica International Airport in Chile late on Wednesday. {claim}"
    (attack,) = [e for e in _events(text, dt.date(2024, 5, 10)) if e.type == "attack"]
    sources = [a.name for a in attack.actors if a.side == "source"]
    assert sources == ([attacker] if attacker else [])
    assert attack.location is not None and attack.location.name == "Arica"


def test_participants_who_led_a_deed_did_it_and_its_anniversary_is_not_its_place() -> None:
    """ "before the 20th anniversary of the Chilean-led invasion of Peru", said of a visit to
    Lima: Chile invaded Peru, and not in Lima."""
    text = (
        "LIMA, March 7 - Defence Secretary Ana Ruiz arrived in Lima on Tuesday, days before the "
        "20th anniversary of the Chile-led invasion of Peru."
    )
    attacks = [e for e in _events(text, dt.date(2023, 3, 8)) if e.plover == "ASSAULT"]
    assert attacks
    (attack,) = attacks
    assert [a.name for a in attack.actors if a.side == "source"] == ["Chile"]
    assert attack.location is None or attack.location.name != "Lima"


def test_participants_a_condition_as_long_as_is_no_request() -> None:
    """ "would stay as long as the government requests it": no request is reported."""
    text = (
        "General Tom Berg told reporters in Lima on Monday that the mission would stay as long "
        "as the Chilean government requests it."
    )
    assert not [e for e in _events(text) if e.plover == "REQUEST"]


def test_participants_who_spoke_after_a_meeting_with_someone_met_him() -> None:
    """ "He spoke after a meeting with X", of a commander named before: the two met; a
    background main happening lends the meeting no date."""
    text = (
        "The commander of the mission, General John Carter, told reporters in Lima on 14 May "
        "that the mission would stay. Carter, who took command of the mission in May 2022, said "
        "advisers were working with the ministries. He spoke after a meeting with Chilean "
        "National Security Adviser Maria Lopez."
    )
    (meeting,) = [e for e in _events(text, dt.date(2024, 5, 19)) if e.plover == "CONSULT"]
    surnames = {a.name.split()[-1] for a in meeting.actors}
    assert {"Carter", "Lopez"} <= surnames
    assert meeting.date.value is not None and meeting.date.value.startswith("2024")


def test_participants_a_trip_told_over_days_and_a_meeting_it_came_after() -> None:
    """ "A day later" dates by the day told before; "X's visit came a week after Y met Z in
    Brussels on March 3" tells Y's meeting, neither placing nor dating the visit there; "since
    taking office" reports no appointment."""
    text = (
        "Secretary General Anna Berg arrived in Lima on Monday for her first visit to Peru since "
        "taking office, and held talks with President Luis Vega. A day later, Berg travelled to "
        "Cusco, where she met Governor Rosa Quispe. Berg's visit came a week after Peruvian "
        "Foreign Minister Ana Soto met Deputy Secretary General Tom Hale in Brussels on March 3."
    )
    events = _events(text, dt.date(2025, 3, 12))
    assert not [e for e in events if e.type == "appoint"]
    places = {e.location.name: e for e in events if e.location is not None}
    assert places["Cusco"].date.value == "2025-03-11"
    brussels = places["Brussels"]
    assert "Anna Berg" not in {a.name for a in brussels.actors}


@pytest.mark.parametrize(
    ("talked", "attack"),
    [
        (
            "They also discussed the importance of holding accountable those responsible for "
            "attacks on Chilean personnel.",
            False,
        ),
        (
            "Officials discussed the truce in Lima on Monday, hours after Chile launched "
            "airstrikes on rebel camps.",
            True,
        ),
        (
            "Our pledge to defend Chile holds, even when it comes to attacks on Chilean soil "
            "launched from Peru.",
            False,
        ),
    ],
)
def test_participants_attacks_in_general_that_were_discussed_are_a_topic(
    talked: str, attack: bool
) -> None:
    """A bare plural "attacks" in what was discussed is a topic, no attack reported; a clause
    of its own under the discussion ("hours after X launched airstrikes") reports one."""
    text = f"Foreign Minister Ana Soto met President Luis Vega in Lima on Monday. {talked}"
    assert bool([e for e in _events(text) if e.plover == "ASSAULT"]) is attack


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("Ana Ruiz held a videoconference with Luis Vega on Monday.", "videocall", "video call"),
        ("Ana Ruiz and Luis Vega met virtually on Monday.", "videocall", "video call"),
        ("Ana Ruiz spoke by phone with Luis Vega on Monday.", "call", "phone"),
    ],
)
def test_participants_a_meeting_by_video_is_no_phone_call(text: str, kind: str, words: str) -> None:
    """Held at a distance either way, at no place; the headline says how."""
    (event,) = [e for e in _events(text) if e.plover == "CONSULT"]
    assert event.type == kind and event.location is None
    assert words in event.summary


def test_participants_killed_in_an_attack_are_its_victims() -> None:
    """ "Two soldiers were killed in a rebel attack": one happening, the rebels' killing."""
    text = (
        "The ministry said two Chilean soldiers were killed in an ISIS attack in Arica on Saturday."
    )
    attacks = [e for e in _events(text) if e.plover == "ASSAULT"]
    assert len(attacks) == 1
    assert {a.side for a in attacks[0].actors} == {"source", "target"}


def test_participants_what_a_speaker_calls_an_attack_is_no_attack_of_his() -> None:
    """ "condemned the attack, calling it an assault on our sovereignty": a name for the
    attack told, not an attack by the speaker; "a militia calling itself X claimed
    responsibility": X did it."""
    text = (
        "Three rockets struck a base near Arica late on Tuesday, wounding two soldiers. "
        "Secretary General Anna Berg condemned the attack, calling it \"an assault on Chile's "
        'sovereignty". A little-known militia calling itself Ashab al-Nasr claimed '
        "responsibility for the attack on Wednesday."
    )
    (attack,) = [e for e in _events(text, dt.date(2025, 3, 20)) if e.plover == "ASSAULT"]
    assert [a.name for a in attack.actors if a.side == "source"] == ["Ashab al-Nasr"]


@pytest.mark.parametrize(
    "text",
    [
        "The alliance did not say how many troops each ally would send.",
        "Peru asked whether Chile would send troops to the border.",
    ],
)
def test_participants_what_was_not_said_or_only_asked_is_no_pledge(text: str) -> None:
    assert not [e for e in _events(text) if e.type == "pledge"]


def test_participants_a_when_clause_of_a_year_is_dated_by_it() -> None:
    """ "has worked there since 2004, when the alliance agreed to help": agreed in 2004, not
    in the month the article was written."""
    text = (
        "The mission has worked in Peru since 2004, when the alliance agreed to help the new "
        "government train its officers."
    )
    (agreement,) = [e for e in _events(text, dt.date(2011, 12, 14)) if e.plover == "AGREE"]
    assert agreement.date.value == "2004"


def test_participants_a_video_call_told_again_as_the_call_stays_a_video_call() -> None:
    text = (
        "LIMA – National Security Advisor Ana Soto held a video conference today with Tom Hale, "
        "the alliance's Deputy Secretary General. The commander of the mission, General John "
        "Carter, also took part in the call."
    )
    (call,) = [e for e in _events(text) if e.plover == "CONSULT"]
    assert call.type == "videocall"


def test_participants_what_would_be_welcomed_is_a_wish_and_no_pledge() -> None:
    text = "Chile would welcome expertise from its partners, the minister said on Monday."
    assert not [e for e in _events(text) if e.type == "pledge"]


@pytest.mark.parametrize(
    "text",
    [
        # what would follow a condition of the narration's own: supposed, not done or promised
        "If Chile agreed, Peru would send troops to the border next month.",
        # what a text would do, if ever passed
        "The bill, now before the Chilean Senate, would impose sanctions on Peruvian officials.",
        "The draft resolution would condemn Peru for the attack on Tacna.",
    ],
)
def test_participants_what_would_only_be_is_no_happening(text: str) -> None:
    assert all(e.type == "other" for e in _events(text)), [e.type for e in _events(text)]


def test_participants_a_conditional_threat_said_is_a_threat_made() -> None:
    """ "said it would impose sanctions if ...": the threat was made, condition and all."""
    text = "Chile said on Monday it would impose sanctions on Peru if Lima attacked Tacna."
    assert [e.type for e in _events(text)] == ["threaten"]


def test_participants_whose_craft_asked_of_the_craft_itself_ends() -> None:
    """ "their helicopter was shot down": whose "their" is leads back to the helicopter,
    whose owner is asked for again; the reader stops there instead of recursing forever."""
    text = "Rebels said their helicopter was shot down near the river on Monday."
    events = _events(text)
    assert all(a.name != "helicopter" for e in events for a in e.actors)


JOINT_PRESS_CONFERENCE = (
    "MODERATOR: We will start with statements.\n"
    "FOREIGN MINISTER SOTO: Thank you. Secretary of State John Carter and I have known each "
    "other for twenty years.\n"
    "This morning we met for two hours to talk about trade and the border.\n"
    "SECRETARY CARTER: Thank you, Ana. It is good to be back.\n"
    "QUESTION: A question for the Secretary."
)


def test_participants_we_who_met_at_a_joint_press_conference_are_its_hosts() -> None:
    """ "This morning we met", said by one host of a joint press conference and naming no
    one else: the hosts met, each of them takes part."""
    (event,) = [
        e for e in _events(JOINT_PRESS_CONFERENCE, dt.date(2022, 3, 27)) if e.type == "meet"
    ]
    assert {"Soto", "John Carter"} <= {a.name for a in event.actors}


def test_participants_we_who_met_someone_else_said_by_the_guest_are_his_side() -> None:
    """ "We met the King", said by the guest: the host may not have been there."""
    text = JOINT_PRESS_CONFERENCE.replace(
        "This morning we met for two hours to talk about trade and the border.\n", ""
    ).replace("It is good to be back.", "It is good to be back. This morning we met King Carlos.")
    (event,) = [e for e in _events(text, dt.date(2022, 3, 27)) if e.type == "meet"]
    assert "Soto" not in {a.name for a in event.actors}, event.actors
    assert "John Carter" in {a.name for a in event.actors}


def test_participants_we_who_met_someone_else_said_by_the_host_are_both_hosts() -> None:
    """ "We were honoured this morning to meet King Carlos", said by the host who opens the
    conference: the host took the guest to the King, and both take part."""
    text = JOINT_PRESS_CONFERENCE.replace(
        "we met for two hours", "we were honoured to meet King Carlos"
    )
    (event,) = [e for e in _events(text, dt.date(2022, 3, 27)) if e.type == "meet"]
    names = {a.name for a in event.actors}
    assert {"Soto", "John Carter"} <= names and any("Carlos" in n for n in names), names


JOINT_TITLE = "Secretary John Carter and Foreign Minister Ana Soto at a Joint Press Availability"


def _titled(text: str, title: str = JOINT_TITLE) -> list[Event]:
    article = ArticleInput("x", "x", text, dt.date(2022, 3, 27), title=title)
    return extract_events(article, parse("x", text), Tenure())


def _with_chile(events: list[Event]) -> Event:
    (event,) = [e for e in events if "Chile" in {a.name for a in e.actors}]
    return event


TWO_OF_US = JOINT_PRESS_CONFERENCE.replace(
    "This morning we met for two hours to talk about trade and the border.",
    "This evening the two of us will then head north for the Andes Summit with the trade "
    "ministers of Chile and Bolivia.",
)


def test_participants_the_two_of_us_at_a_joint_press_conference_are_its_two_hosts() -> None:
    """ "The two of us will then head north for the summit", said by one of the two hosts a
    joint press availability's title names: both go, whomever they meet there (a visit's "we"
    alone would be one host's delegation)."""
    sides = {a.name: a.side for a in _with_chile(_titled(TWO_OF_US)).actors}
    assert (sides.get("Ana Soto"), sides.get("John Carter")) == ("source", "source"), sides
    alone = _with_chile(_titled(TWO_OF_US.replace("the two of us", "we")))
    assert "John Carter" not in {a.name for a in alone.actors}


@pytest.mark.parametrize(
    "text, title",
    [
        # not a joint appearance: a hearing's chairman, an interviewer
        (TWO_OF_US, "Secretary John Carter Testifies Before the Andean Affairs Committee"),
        # the pair the speaker named just before
        (
            TWO_OF_US.replace(
                "This evening the two of us",
                "My husband and I love the mountains. This evening the two of us",
            ),
            JOINT_TITLE,
        ),
        # done to them, not by them
        (
            TWO_OF_US.replace(
                "This evening the two of us will then head north for the Andes Summit with",
                "In 2021 both of us were targeted by a drone strike sent by",
            ),
            JOINT_TITLE,
        ),
    ],
)
def test_participants_the_two_of_us_are_not_always_the_two_hosts(text: str, title: str) -> None:
    names = {a.name for e in _titled(text, title) for a in e.actors}
    assert not {"Ana Soto", "John Carter"} <= names and not {"Soto", "John Carter"} <= names, names


def test_participants_a_cause_attributed_to_a_thing_accuses_no_one() -> None:
    """ "attributed the rise to the bank's cut": a cause, no one blamed; to an actor
    ("attributed the bombing to the rebels") it is an accusation."""
    text = "Analyst Maria Lopez attributed the rise in copper prices to the central bank's cut."
    assert not [e for e in _events(text) if e.type == "accuse"]
    blamed = "The Lima police attributed the bombing to the rebels on Tuesday."
    assert [e for e in _events(blamed) if e.type == "accuse"]


@pytest.mark.parametrize(
    "line",
    [
        "Visit Peru Insider's homepage for more stories.",
        "Visit our website for the schedule.",
        "Meet the team behind the show.",
        "Call us today for a free quote.",
    ],
)
def test_participants_an_imperative_tells_of_no_happening(line: str) -> None:
    """A page's "Visit our website" tells the reader to do something: no visit, nor the
    meeting before it told again."""
    text = f"Foreign Minister Ana Soto met Prime Minister Tomas Vidal in Lima on Monday.\n{line}"
    events = _events(text)
    assert [e.type for e in events] == ["meet"]
    assert len(events[0].sources) == 1


def test_participants_a_happening_in_a_clause_describing_a_place_is_another() -> None:
    """ "met X in Lima, a city she first visited in 2010": 2010 is not when they met."""
    text = (
        "President Ana Soto met Prime Minister Tomas Vidal in Lima, a city she first visited "
        "in 2010."
    )
    (meeting,) = [e for e in _events(text) if e.type == "meet"]
    assert meeting.date.value == "2024-05-08"


@pytest.mark.parametrize(
    "text",
    [
        'Maria Lopez agreed: "The job is different now."',
        'John Carter agreed. "The job is different now," he said.',
    ],
)
def test_participants_one_person_who_agreed_with_nothing_made_no_agreement(text: str) -> None:
    """ "X agreed." with no one to agree with and nothing agreed on: X shared a view."""
    assert not [e for e in _events(text) if e.type == "agree"]


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile signed a border treaty in 1929. The two countries held talks in Lima on "
        "Monday.",
        "Peru and Chile reopened the border on Sunday.\nMinisters from both countries met in "
        "Lima on Monday.",
    ],
)
def test_participants_the_two_countries_are_the_states_named_last(text: str) -> None:
    """ "The two countries held talks", "ministers from both countries met": the states the
    sentence before named."""
    (meeting,) = [e for e in _events(text) if e.type == "meet"]
    assert {"Peru", "Chile"} <= {a.name for a in meeting.actors}


def test_participants_the_two_countries_named_paragraphs_before_are_no_one() -> None:
    text = (
        "Peru and Chile reopened the border on Sunday.\nTrade grew in May.\nPrices fell in "
        "June.\nMinisters from both countries met in Lima on Monday."
    )
    (meeting,) = [e for e in _events(text) if e.type == "meet"]
    assert not {"Peru", "Chile"} & {a.name for a in meeting.actors}


def test_participants_an_untagged_name_after_its_title_holds_it() -> None:
    """The model tags "Tomas Vidal" but not "Ana Soto": both keep the titles they follow."""
    text = "Attorney General Ana Soto met Sen. Tomas Vidal in Lima on Monday."
    actors = _actors(text, "meet")
    assert actors["Ana Soto"].role == "Attorney General"
    assert actors["Tomas Vidal"].role == "Senator"


def test_participants_an_interviewer_is_no_host_of_what_we_did() -> None:
    """ "MR. LANE: ..." then "SECRETARY CARTER: This morning we met": the interviewer did
    not meet anyone."""
    text = (
        "MR. LANE: I am Peter Lane, and this is our interview with the Secretary.\n"
        "SECRETARY CARTER: Thank you. Secretary of State John Carter is glad to be here.\n"
        "This morning we met for two hours to talk about trade and the border.\n"
        "MR. LANE: Thank you, Mr. Secretary."
    )
    meetings = [e for e in _events(text, dt.date(2022, 3, 27)) if e.type == "meet"]
    assert all("Peter Lane" not in {a.name for a in e.actors} for e in meetings)


def test_participants_a_clause_about_a_participant_still_dates_the_meeting() -> None:
    """ "met John Carter, who arrived in Lima on Monday": the clause is about a participant;
    its day is the meeting's as the reader takes it."""
    text = "Prime Minister Tomas Vidal met John Carter, who arrived in Lima on Monday."
    (meeting,) = [e for e in _events(text) if e.type == "meet"]
    assert meeting.date.value == "2024-05-06"


def test_participants_a_clause_describing_a_place_before_the_happening_lends_nothing() -> None:
    text = (
        "In Lima, a city she first visited in 2010, President Ana Soto met Prime Minister "
        "Tomas Vidal."
    )
    (event,) = _events(text)
    assert (event.type, event.date.value) == ("meet", "2024-05-08")


def test_participants_blame_laid_on_people_described_by_whom_they_work_for() -> None:
    """ "attributed the cyberattack to hackers working for Chile": an accusation."""
    assert [e for e in _events("Peru attributed the cyberattack to hackers working for Chile.")
            if e.type == "accuse"]  # fmt: skip


def test_participants_we_who_signed_at_a_joint_press_conference_are_its_hosts() -> None:
    """ "We signed a memorandum", said by one host: both hosts signed it."""
    text = JOINT_PRESS_CONFERENCE.replace(
        "This morning we met for two hours to talk about trade and the border.",
        "This morning we signed a memorandum of understanding on trade.",
    )
    signed = [e for e in _events(text, dt.date(2022, 3, 27)) if e.type in ("sign", "agree")]
    assert signed
    assert {"Soto", "John Carter"} <= {a.name for e in signed for a in e.actors}


@pytest.mark.parametrize(
    "text",
    [
        "Peru beat Chile 2-1 in the final on Sunday.",
        "Ana Soto beat Tomas Vidal in the runoff on Sunday.",
        "Oregon Republicans beat incumbent Gov. Maria Lopez on Tuesday.",
        "Tomas Vidal had beaten Luis Ramos 6-2, 7–5 in Lima on Monday.",
        "In the relay, Ana Soto was beaten out by Maria Lopez for first place on Monday.",
        "The Tacna team beat Lima in a penalty shootout on Sunday.",
        "Ana Soto, who famously beat Maria Lopez to become world champion in 2015, retired.",
    ],
)
def test_participants_beating_a_rival_at_the_polls_or_in_a_game_is_no_attack(text: str) -> None:
    assert not [e for e in _events(text) if e.plover == "ASSAULT"]


def test_participants_two_countries_named_after_the_count_are_those() -> None:
    """ "Two countries, Bolivia and Ecuador, condemned it": not the two named before."""
    text = (
        "Peru and Chile signed a water agreement on Monday. Two countries, Bolivia and "
        "Ecuador, condemned it on Tuesday."
    )
    (condemned,) = [e for e in _events(text) if e.type == "condemn"]
    assert {"Peru", "Chile"}.isdisjoint({a.name for a in condemned.actors})


def test_participants_the_two_countries_after_a_later_paragraph_s_state_are_no_one() -> None:
    """States named paragraphs before are forgotten even when a later one names another."""
    text = (
        "Peru and Chile signed a water deal on Monday.\nPrices rose.\nTrade fell.\nEcuador "
        "held a vote on Friday.\nMinisters of the two countries met in Lima on Saturday."
    )
    (meeting,) = [e for e in _events(text) if e.type == "meet"]
    assert not {"Peru", "Chile", "Ecuador"} & {a.name for a in meeting.actors}


def test_participants_hosts_by_any_office_in_their_labels() -> None:
    """ "PRESIDENT CARTER:", "CHANCELLOR LOPEZ:": both host the press conference."""
    text = (
        "PRESIDENT CARTER: Thank you.\nThis morning we met for two hours to talk about "
        "trade.\nCHANCELLOR LOPEZ: Thank you, Mr. President. President John Carter and "
        "Chancellor Maria Lopez are friends.\nQUESTION: A question."
    )
    (meeting,) = [e for e in _events(text) if e.type == "meet"]
    assert {"Carter", "Lopez"} <= {a.name.split()[-1] for a in meeting.actors}


def test_participants_a_candidate_beaten_by_police_was_attacked() -> None:
    text = "Peruvian police beat opposition candidate John Carter in Lima on Tuesday."
    assert [e for e in _events(text) if e.plover == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Police beat the protesters with batons in Lima on Monday.",
        "Guards beat two prisoners 3 times in 2014-15, the court heard.",
    ],
)
def test_participants_people_beaten_by_police_or_guards_were_attacked(text: str) -> None:
    """Protesters, prisoners: people beaten, with no score of a game in the clause (a
    range of years is no score)."""
    assert [e for e in _events(text) if e.plover == "ASSAULT"]


def test_participants_a_long_name_with_particles_is_still_a_name() -> None:
    """ "bin" and "Al" are no words of their own: eight words, five of them the
    name's (and a title)."""
    text = (
        "Foreign Minister Anna Berg met the Emir of Qatar, Sheikh Faris bin Khalid bin Hamad Al "
        "Nouri, in Doha on Monday."
    )
    actors = _actors(text, "meet")
    assert actors["Faris bin Khalid bin Hamad Al Nouri"].role == "Emir"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Anna Berg met the amir of the emirate, Sheikh Faris Al-Nouri, and the "
        "prime minister, Sheikh Zayed Al-Nouri, in Kuwait City on Monday.",
        "Foreign Minister Anna Berg had the honour of meeting his highness the amir of the "
        "state, Sheikh Faris Al-Nouri, as well as his highness the prime minister, Sheikh Zayed "
        "Al-Nouri, in Kuwait City on Monday.",
    ],
)
def test_participants_two_of_one_family_each_with_the_office_before_his_name(text: str) -> None:
    """Two names with one surname are two people, each holding the office his own apposition
    gives; the second is found though the parser hung it on the first name."""
    actors = _actors(text, "meet")
    assert actors["Faris Al-Nouri"].role == "Amir"
    assert actors["Zayed Al-Nouri"].role == "Prime Minister"


def test_participants_amir_as_a_given_name_is_no_title() -> None:
    text = "Interior Minister Amir Karimi met Anna Berg in Stockholm on Monday."
    actors = _actors(text, "meet")
    assert actors["Amir Karimi"].role == "Interior Minister"


def test_participants_the_quoted_commander_of_a_deploying_unit_deploys_with_it() -> None:
    """A commander whose office names a unit by the number of the wing that deploys goes with
    it; one of another unit does not."""
    text = (
        "Eighty Reserve Airmen from the 158th Airlift Wing departed for a deployment to Lima, "
        'Peru, on Monday.\n\n"We are ready for this," said Col. Lena Holm, 158th Maintenance '
        'Group commander.\n\n"The work is important," said Col. Ana Soto, 112th Medical Group '
        "commander."
    )
    (event,) = [e for e in _events(text) if e.type == "deploy"]
    actors = {a.name: a for a in event.actors}
    assert actors["Lena Holm"].role == "158th Maintenance Group Commander"
    assert actors["Lena Holm"].side == "source"
    assert "Ana Soto" not in actors
    assert event.summary.startswith("158th Airlift Wing and 158th Maintenance Group Commander")
    # a low number names many units: the 1st Army's commander is no part of the division
    text = (
        "Soldiers of the 1st Armored Division deployed to Lima on Monday, said General John "
        "Carter, 1st Army commander."
    )
    (event,) = [e for e in _events(text) if e.type == "deploy"]
    assert "John Carter" not in {a.name for a in event.actors}


@pytest.mark.parametrize(
    "forces", ["Soldiers of the 58th Airlift Wing", "Reserve Airmen from the 58th Airlift Wing"]
)
def test_participants_forces_of_a_numbered_unit_are_that_unit(forces: str) -> None:
    """The unit is named in capitals after its number, untagged by the model."""
    (event,) = _events(f"{forces} deployed to Lima, Peru, on Monday.")
    assert "58th Airlift Wing" in {a.name for a in event.actors if a.side == "source"}


@pytest.mark.parametrize("verb", ["died", "were killed"])
def test_participants_killed_in_a_crash_is_an_incident_no_one_did(verb: str) -> None:
    (event,) = _events(f"Five soldiers {verb} in a helicopter crash in Peru on Monday.")
    assert event.type == "incident"
    assert event.summary.startswith("Soldiers were involved in an incident")


def test_participants_he_is_no_name_written_after_the() -> None:
    """ "The Sentinel says he was arrested", the paper tagged as a person: "he" is someone
    else, not the paper."""
    from storyline.events.arguments import _earlier_person

    words = [
        ("The", "the", "DET", "det", 1, ""),
        ("Sentinel", "Sentinel", "PROPN", "nsubj", 2, "PERSON"),
        ("says", "say", "VERB", "ROOT", 2, ""),
        ("he", "he", "PRON", "nsubjpass", 5, ""),
        ("was", "be", "AUX", "auxpass", 5, ""),
        ("arrested", "arrest", "VERB", "ccomp", 2, ""),
    ]
    tokens, start = [], 0
    for i, (text, lemma, pos, dep, head, ent) in enumerate(words):
        tokens.append(Token(i, start, start + len(text), text, lemma, pos, "", dep, head, 0, ent))
        start += len(text) + 1
    tree = Tree(tokens)
    assert _earlier_person(tree[3], tree) is None
    named = tree[1]._replace(text="Soto", lemma="Soto")  # "Soto says he was arrested"
    tree = Tree([tokens[0]._replace(dep="punct", head=2), named, *tokens[2:]])
    assert _earlier_person(tree[3], tree) is named


def test_participants_the_governments_of_several_states_are_each_state() -> None:
    text = "A joint declaration was issued by the Governments of Chile and Peru on Monday."
    (event,) = _events(text)
    assert {(a.name, a.role) for a in event.actors} == {
        ("Chile", "government"),
        ("Peru", "government"),
    }
    text = (
        "A joint declaration was issued by the Governments of Chile and the Republic of Peru on "
        "Monday."
    )
    (event,) = _events(text)
    assert {a.name for a in event.actors} == {"Chile", "Peru"}


def test_participants_forces_deployed_in_the_passive_are_the_side_that_moved() -> None:
    (event,) = _events("Two hundred Chilean soldiers were deployed to Peru on Monday.")
    sides = {a.name: a.side for a in event.actors}
    assert sides["Chile"] == "source"
    assert sides["Peru"] == "target"
    assert event.summary.startswith("Chilean soldiers deployed to Peru")


def test_participants_a_group_of_people_is_who_it_is_of() -> None:
    """ "A group of Peruvian officers": the officers (and their state), not the group."""
    (event,) = _events("A group of Peruvian officers met the minister in Lima on Monday.")
    assert "Peruvian officers" in {a.name for a in event.actors}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # expected somewhere: still to come, announced
        (
            "Foreign Minister Ana Soto is due in Lima on Wednesday for talks with Peruvian "
            "officials.",
            "meet",
        ),
        # a war that is the setting of a thing thanked for
        (
            "President John Carter thanked Chile for its support in the war against the rebels.",
            "attack",
        ),
        # waiting on approval: not done
        (
            "The deployment still needs the approval of the Chilean parliament, Ana Soto said.",
            "deploy",
        ),
    ],
)
def test_participants_what_is_expected_or_pending_did_not_happen(text: str, absent: str) -> None:
    assert absent not in {e.type for e in _events(text, dt.date(2025, 9, 23))}


def test_participants_a_since_clause_dates_its_own_happening_only() -> None:
    """ "his first visit since he took office in October 2024": October is when he took
    office; the visit is the article's day."""
    text = "It was Tomas Vidal's first visit to Peru since he took office in October 2024."
    (visit,) = [e for e in _events(text, dt.date(2025, 9, 23)) if e.type == "visit"]
    assert visit.date.value == "2025-09-23"


def test_participants_a_title_split_from_its_holder_s_name_is_hers() -> None:
    """ "by Chilean Deputy Prime Minister and Foreign Minister Ana Soto": one person, whose
    first office the parser read as someone of its own."""
    text = (
        "The agreement was signed at the headquarters by Chilean Deputy Prime Minister and "
        "Foreign Minister Ana Soto and Peruvian Defence Minister Tomas Vidal."
    )
    (event,) = _events(text)
    assert {a.name for a in event.actors} == {"Ana Soto", "Tomas Vidal"}


def test_participants_the_chair_of_a_committee_then_a_ranked_name_holds_the_chair() -> None:
    text = (
        "Foreign Minister Ana Soto also met the Chair of the Andean Military Committee, "
        "Admiral Tomas Vidal."
    )
    actors = _actors(text, "meet")
    assert actors["Tomas Vidal"].role == "Chair"


@pytest.mark.parametrize("verb", ["wrapped up", "kicked off"])
def test_participants_who_wraps_up_or_kicks_off_a_visit_made_it(verb: str) -> None:
    (event,) = _events(f"Tomas Vidal {verb} a two-day visit to Peru on Tuesday.")
    assert {a.name: a.side for a in event.actors}["Tomas Vidal"] == "source"


def test_participants_a_title_after_an_agency_line_stays_whole() -> None:
    """The parser cut "National Security Advisor X received ..." after a "Place – AGENCY" line
    into a sentence a word; the holder lost his title."""
    text = (
        "Baghdad – INA\nNational Security Advisor Tomas Vidal received on Monday the Ambassador of "
        "Chile, Ana Soto, to discuss security cooperation."
    )
    actors = _actors(text, "meet")
    assert actors["Tomas Vidal"].role == "National Security Advisor"


def test_participants_the_spokesman_who_tells_of_a_call_did_not_hold_it() -> None:
    text = (
        "Iraqi Foreign Minister Ana Soto spoke by phone on Sunday with President John Carter "
        "about training. The two discussed the mission, Foreign Ministry spokesman Tomas Vidal "
        "said in a statement."
    )
    assert "Tomas Vidal" not in _actors(text, "call", dt.date(2024, 6, 14))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a comma after an opening phrase is no dateline: the sentence is parsed whole
        (
            "On Monday, Chilean President John Carter — who arrived in Lima on Sunday — met "
            "Peruvian President Tomas Vidal.",
            "meet",
        ),
        # in the past, what a happening required did not stop it
        (
            "The attack on the Chilean embassy in Lima on Monday required months of planning.",
            "attack",
        ),
    ],
)
def test_participants_review_cases_still_read(text: str, kind: str) -> None:
    assert kind in {e.type for e in _events(text)}


def test_participants_a_title_of_another_state_is_no_one_named_in_the_sentence() -> None:
    """ "the president of Peru" is Peru's, not the Chilean president named before it."""
    text = "President Tomas Vidal of Chile said the president of Peru would visit Santiago."
    (event,) = _events(text)
    assert [(a.name, a.role) for a in event.actors] == [("Peru", "President")]


def test_participants_he_after_a_described_name_is_that_person() -> None:
    text = "The then-minister John Carter travelled to Lima on Monday, where he met Tomas Vidal."
    meets = [e for e in _events(text) if e.type in ("meet", "visit")]
    assert any("John Carter" in {a.name for a in e.actors} for e in meets)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # votes received are no aid
        ("Tomas Vidal received about 16.3 million votes in the election.", "aid"),
        # attacks suspended are not attacks told
        ("The militia announced it was suspending attacks on Chilean forces.", "attack"),
        # a rocket launched at no one is no attack
        ("Chile launched a rocket carrying two satellites on Monday.", "attack"),
        # an attack that wounded soldiers, on a date before the article's, is no threat
        ("Chile condemned the June 2 attack that wounded three soldiers.", "threaten"),
    ],
)
def test_participants_what_a_verb_does_to_a_happening_noun(text: str, absent: str) -> None:
    assert absent not in {e.type for e in _events(text)}


def test_participants_nationals_arrested_are_the_people_not_their_state() -> None:
    (event,) = _events("Police arrested three German nationals in Lima on Monday.")
    assert "German nationals" in {a.name for a in event.actors if a.side == "target"}
    assert event.summary.startswith("Police arrested German nationals")


def test_participants_weapons_fired_at_a_state_attack_it() -> None:
    (event,) = _events("Chile launched more than 300 drones and missiles at Peru on Saturday.")
    assert event.type == "attack"
    assert {a.name: a.side for a in event.actors} == {"Chile": "source", "Peru": "target"}


def test_participants_a_relative_clause_takes_its_noun_s_date() -> None:
    """ "the January 28 attack on a base that killed three soldiers": the killing was on
    January 28, not on the day of the strikes the sentence tells."""
    text = (
        "The United States struck targets in Peru on Friday in response to the January 28 "
        "attack on a base in Chile that killed three soldiers."
    )
    dates = {e.type: e.date.value for e in _events(text, dt.date(2024, 2, 3))}
    assert dates == {"attack": "2024-02-02", "kill": "2024-01-28"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "President John Carter named Ana Soto as defence minister on Monday.",
            "Ana Soto",
            "Defence Minister",
        ),
        ("Parliament elected Tomas Vidal as speaker on Monday.", "Tomas Vidal", "Speaker"),
    ],
)
def test_participants_the_office_given_as_is_the_appointee_s_role(
    text: str, name: str, role: str
) -> None:
    (event,) = _events(text)
    assert {a.name: a.role for a in event.actors}[name] == role


def test_participants_a_known_body_s_weapons_are_its_attack() -> None:
    """ "Houthi missiles struck": the model tags no name; the alias table knows the body."""
    (event,) = _events("Houthi missiles struck an oil tanker in the Red Sea on Sunday.")
    assert [a.side for a in event.actors if a.name.startswith("Houthi")] == ["source"]


def test_participants_an_attack_others_stopped_happened() -> None:
    text = "Peruvian forces stopped an attack by rebels on an army base near Lima."
    assert "attack" in {e.type for e in _events(text)}


def test_participants_a_passenger_plane_is_no_passenger() -> None:
    (event,) = _events("Rebels shot down a passenger plane near Lima.")
    assert "passenger" not in {a.name for a in event.actors}


def test_participants_an_office_given_leaves_out_new() -> None:
    text = "President John Carter named Ana Soto as his new national security adviser on Monday."
    actors = _actors(text, "appoint")
    assert actors["Ana Soto"].role == "National Security Advisor"


@pytest.mark.parametrize("happening", ["in meeting with", "in a meeting with", "for talks with"])
def test_participants_whom_one_joins_in_a_meeting_takes_part_on_the_joiner_s_side(
    happening: str,
) -> None:
    """ "A joined B in meeting with C": A and B met C."""
    text = (
        f"Secretary of Defense Lloyd Austin joined President Joe Biden {happening} Chilean "
        "Foreign Minister Ana Soto in Lima on Tuesday."
    )
    actors = _actors(text, "meet")
    assert actors["Joe Biden"].side == actors["Lloyd Austin"].side


def test_participants_a_clause_of_its_own_after_a_denial_happened() -> None:
    """ "Peru isn't ramping up output; and Chile's president criticized Bolivia": the
    second clause has its own subject and tense, the first one's "n't" is not its."""
    text = (
        "Peru isn’t raising its copper output; and Chile’s president criticized Bolivia for "
        "failing to impose sanctions."
    )
    actors = _actors(text, "condemn", dt.date(2022, 3, 27))
    assert actors["Bolivia"].side == "target"


def test_participants_a_possessive_the_parser_calls_a_modifier_is_the_owner() -> None:
    tokens = [
        Token(0, 0, 7, "Ukraine", "Ukraine", "PROPN", "NNP", "nmod", 2, 0, "GPE"),
        Token(1, 7, 9, "’s", "’s", "PART", "POS", "case", 0, 0, ""),
        Token(2, 10, 19, "president", "president", "NOUN", "NN", "nsubj", 3, 0, ""),
        Token(3, 20, 26, "called", "call", "VERB", "VBD", "ROOT", 3, 0, ""),
    ]
    tree = Tree(tokens)
    assert [k.dep for k in tree.children(tokens[2])] == ["poss"]


def test_participants_a_condemned_attack_named_by_its_place_is_no_talk_of_a_meeting() -> None:
    """ "We condemn the recent attack in Cusco", said by one who met someone told before: a
    condemnation of its own, not one more thing said at the meeting."""
    text = (
        "Secretary of State John Carter at a Press Availability\n\n"
        "SECRETARY CARTER: Good morning. In Lima, Foreign Minister Ana Soto and I met at "
        "length.\n\n"
        "We strongly condemn the latest bombing in Cusco."
    )
    assert "condemn" in {e.type for e in _events(text, dt.date(2022, 3, 27))}


@pytest.mark.parametrize(
    "said",
    ["Carter said.", "Carter said on Monday.", "Secretary of State John Carter told reporters."],
)
def test_participants_we_in_words_closed_by_who_said_them_is_the_speaker(said: str) -> None:
    """ "We condemn the attack in Cusco, Carter said": "we" is Carter, quotation marks or
    not."""
    text = f"We strongly condemn the latest bombing in Cusco, {said}"
    text = "Secretary of State John Carter arrived in Lima on Monday. " + text
    actors = _actors(text, "condemn")
    assert actors["John Carter"].side == "source"


def test_participants_a_present_verb_joined_to_a_passive_one_is_done_by_its_subject() -> None:
    """ "We are concerned by ... and call on all parties": we call, though "are concerned"
    is a passive; "was attacked and killed" stays done to its subject."""
    text = (
        "Foreign Minister Ana Soto said: We are troubled by news of breaches and urge all "
        "sides to keep the truce."
    )
    assert _actors(text, "request")["Ana Soto"].side == "source"


def test_participants_a_name_the_model_took_for_a_body_with_an_office_is_a_person() -> None:
    """ "Knut Lake, the Special Advisor for ...": tagged as an organisation no table knows,
    the name the sentence gives an office is that office's holder."""
    text = (
        "Knut Lake, the Special Advisor for Indigenous Peoples in the Andes, will travel to "
        "Peru on November 16."
    )
    parsed = _tagged_as(text, ("Knut Lake", "ORG"))
    article = ArticleInput("x", "x", text, dt.date(2024, 11, 10))
    (event,) = extract_events(article, parsed, Tenure())
    (lake,) = [a for a in event.actors if a.name == "Knut Lake"]
    assert lake.kind == "person"
    assert lake.shown_role == "Special Advisor for Indigenous Peoples in the Andes"


def test_participants_an_untagged_name_after_a_state_s_title_is_the_person() -> None:
    """ "Ukrainian Defence Minister Rustem Umerov met ...", the name untagged by the model:
    the minister takes part, not the state his title names."""
    text = "Ukrainian Defence Minister Rustem Umerov met Lloyd Austin in Brussels on Tuesday."
    actors = _actors(text, "meet")
    assert actors["Rustem Umerov"].role == "Defence Minister"
    assert "Ukraine" not in actors


def test_participants_a_title_and_name_the_model_took_for_one_body_is_the_person() -> None:
    text = "Chilean National Security Adviser Ana Soto met John Carter in Lima on Tuesday."
    parsed = _tagged_as(text, ("Chilean National Security Adviser Ana Soto", "ORG"))
    (event,) = extract_events(ArticleInput("x", "x", text, dt.date(2024, 5, 8)), parsed, Tenure())
    actors = {a.name: a for a in event.actors}
    assert actors["Ana Soto"].role == "National Security Advisor"


def test_participants_a_transcript_voice_is_the_full_name_its_title_gives() -> None:
    """ "SECRETARY CARTER:" under a title "Secretary John M. Carter at a Press Availability":
    "I" is John M. Carter, however the label writes him."""
    text = "Lima, Peru\n\nSECRETARY CARTER: This morning I met with President Tomas Vidal."
    title = "Secretary John M. Carter at a Press Availability"
    article = ArticleInput("x", "x", text, dt.date(2022, 3, 27), title=title)
    (event,) = extract_events(article, parse("x", text), Tenure())
    assert "John M. Carter" in {a.name for a in event.actors}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Secretary Carter spoke with Peruvian Foreign Minister Ana Soto on Monday. On "
            "Tuesday, the Secretary met with Chilean Foreign Minister Tomas Vidal.",
            "x",
        ),
        (
            "On Tuesday, the Secretary met with Chilean Foreign Minister Tomas Vidal.",
            "Readout of Secretary Carter's Meeting with Chilean Foreign Minister Vidal",
        ),
    ],
)
def test_participants_the_secretary_is_who_the_release_addresses_so(text: str, title: str) -> None:
    """ "Secretary Carter" in a readout or its title, then "the Secretary met ...": Carter."""
    article = ArticleInput("x", "x", text, dt.date(2024, 5, 8), title=title)
    meetings = [e for e in extract_events(article, parse("x", text), Tenure()) if e.type == "meet"]
    assert any("Carter" in {a.name.split()[-1] for a in e.actors} for e in meetings)


def test_participants_the_following_attributed_to_a_spokesperson_accuses_no_one() -> None:
    """A release's "The following is attributed to Spokesperson X:" says who speaks."""
    for text in (
        "The following is attributed to Spokesperson John Carter: The Secretary met Ana Soto.",
        "The following statement is attributed to Spokesperson John Carter.",
    ):
        assert "accuse" not in {e.type for e in _events(text)}


def test_participants_had_the_honor_of_meeting_is_a_meeting() -> None:
    text = "Secretary John Carter had the honor of meeting with President Tomas Vidal in Lima."
    assert {"John Carter", "Tomas Vidal"} <= set(_actors(text, "meet"))


def test_participants_who_claimed_responsibility_on_a_day_for_an_attack_carried_it_out() -> None:
    """ "claimed responsibility on Monday for a drone attack": the parser hangs "for" on the
    verb past the day; the attack is still the one claimed."""
    text = "Hezbollah claimed responsibility on Monday for a drone attack on an army post in Peru."
    assert _actors(text, "attack")["Hezbollah"].side == "source"


def test_participants_a_body_s_name_cut_before_its_place_is_made_whole() -> None:
    text = (
        "A drone struck a base in Peru on Sunday. The Andean Front in Chile claimed "
        "responsibility for the attack."
    )
    parsed = _tagged_as(text, ("The Andean Front in", "ORG"), ("Chile", "GPE"))
    article = ArticleInput("x", "x", text, dt.date(2024, 5, 8))
    names = {a.name for e in extract_events(article, parsed, Tenure()) for a in e.actors}
    assert "Andean Front in Chile" in names


@pytest.mark.parametrize("kind", ["heart", "panic", "asthma", "anxiety"])
def test_participants_a_heart_attack_is_no_attack(kind: str) -> None:
    events = _events(f"Ana Soto suffered a {kind} attack in Lima on Monday.")
    assert not [e for e in events if e.plover == "ASSAULT"]


@pytest.mark.parametrize("show", ["Lima Film Awards", "Lima Music Festival", "Copa Lima Cup"])
def test_participants_hosting_a_show_is_no_meeting(show: str) -> None:
    events = _events(f"Ana Soto hosted the {show} in Lima on Monday.")
    assert not [e for e in events if e.plover == "CONSULT"]
    hosted = _events("President Tomas Vidal hosted Foreign Minister Ana Soto in Lima on Monday.")
    assert [e.plover for e in hosted] == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        '"He fired twice at the guard," police spokesman Tomas Vidal said on Monday.',
        '"He fired twice at the guard," said police spokesman Tomas Vidal on Monday.',
        "Police spokesman Tomas Vidal said on Monday: \u201cHe fired twice at the guard.\u201d",
    ],
)
def test_participants_he_in_a_quotation_is_not_who_is_quoted(text: str) -> None:
    """The speaker of a quotation says "I": its "he" is someone else."""
    attacks = [e for e in _events(text) if e.plover == "ASSAULT"]
    assert all("Tomas Vidal" not in {a.name for a in e.actors} for e in attacks)


@pytest.mark.parametrize("how", ['"without a struggle,"', "quietly,"])
def test_participants_he_before_an_attribution_is_not_who_says_it(how: str) -> None:
    """ "He surrendered peacefully, spokesman X said": X tells it of someone told before."""
    text = (
        "Police chased Tomas Vidal across Lima on Monday. "
        f"He surrendered {how} police spokesman Luis Ramos said."
    )
    names = {a.name for e in _events(text) for a in e.actors}
    assert "Luis Ramos" not in names


def test_participants_he_who_speaks_next_is_whom_the_sentence_before_was_about() -> None:
    """ "X thanked Minister Y. He said ...": the subject, not the last person named."""
    text = (
        "Tomas Vidal thanked Foreign Minister Ana Soto in Lima on Monday. He said the talks "
        "had been useful."
    )
    said = [a.name for e in _events(text) for a in e.actors if a.side == "source"]
    assert said == ["Tomas Vidal"]


def test_participants_he_in_a_quotation_a_reported_clause_takes_in_is_who_reports_it() -> None:
    text = 'Tomas Vidal said on Monday that "he would meet President Luis Ramos in Lima next week."'
    (plan,) = _events(text)
    assert {a.name for a in plan.actors} == {"Tomas Vidal", "Luis Ramos"}


def test_participants_he_after_who_said_something_is_not_who_said_it() -> None:
    text = (
        "Police spokesman Luis Ramos said Tomas Vidal fled to Chile on Monday. He was "
        "arrested in Santiago on Tuesday."
    )
    (arrest,) = [e for e in _events(text) if e.type == "arrest"]
    assert [a.name for a in arrest.actors] == ["Tomas Vidal"]


def test_participants_he_in_a_reported_clause_is_who_reports_it() -> None:
    text = "Tomas Vidal said on Monday that he had met Foreign Minister Ana Soto in Lima."
    (meeting,) = _events(text)
    assert {a.name for a in meeting.actors} == {"Tomas Vidal", "Ana Soto"}


@pytest.mark.parametrize("body", sorted(LEGISLATURE_NOUNS))
def test_participants_a_legislature_that_rejected_a_bill_voted_it_down(body: str) -> None:
    events = _events(f"The Peruvian {body} rejected the budget bill in Lima on Monday.")
    assert [e.type for e in events] == ["vote"]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The Peruvian Congress rejected a motion for early elections on Monday.", None),
        ("Lawmakers in Lima defeated the budget bill on Monday.", None),
        ("Peru rejected the resolution of the Andean Council on Monday.", "REJECT"),
    ],
)
def test_participants_a_bill_rejected_by_lawmakers_is_a_vote_by_a_state_a_rejection(
    text: str, plover: str | None
) -> None:
    (event,) = _events(text)
    assert (event.type == "vote") == (plover is None) and event.plover == plover


def test_participants_what_an_explosion_did_is_the_explosion() -> None:
    """ "An explosion outside a market killed two soldiers": one happening, the killing (PLOVER
    codes harm an explosion did as ASSAULT), not an incident and a killing; a gas explosion is
    an accident, no attack."""
    (blast,) = _events("An explosion outside a Lima market killed two soldiers on Monday.")
    assert blast.plover == "ASSAULT" and "soldiers" in {a.name for a in blast.actors}
    bomb = _events("A bomb explosion at a Lima police station killed two officers on Monday.")
    assert [e.plover for e in bomb] == ["ASSAULT"]


@pytest.mark.parametrize("word", sorted(ACCIDENT_WORDS))
def test_participants_what_an_accident_did_is_no_attack(word: str) -> None:
    text = f"A {word} explosion at a Lima restaurant killed a police officer on Monday."
    assert all(e.plover != "ASSAULT" for e in _events(text))


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("An explosion at a chemical plant in Lima killed John Carter on Monday.", None),
        ("The explosion of a bomb planted by rebels killed two soldiers in Tacna.", "ASSAULT"),
    ],
)
def test_participants_an_accident_is_told_anywhere_in_the_explosion_s_phrase(
    text: str, plover: str | None
) -> None:
    plovers = {e.plover for e in _events(text)}
    assert ("ASSAULT" in plovers) == (plover == "ASSAULT")


@pytest.mark.parametrize("noun", ["youths", "teenagers", "boys", "girls"])
def test_participants_young_people_killed_are_named_by_what_they_are(noun: str) -> None:
    (attack,) = _events(f"A minefield explosion near Tacna killed two Peruvian {noun} on Sunday.")
    assert f"Peruvian {noun}" in {a.name for a in attack.actors}


def test_participants_a_court_that_sentenced_someone_did_not_arrest_them() -> None:
    (event,) = _events("A Lima court sentenced former President John Carter on Monday.")
    assert (event.type, event.plover) == ("sentence", "COERCE")
    assert event.summary.startswith("The Lima court sentenced John Carter")


def test_participants_an_arrest_and_a_sentence_are_two_happenings() -> None:
    text = (
        "Officers arrested Tom Berg in the lobby of a Lima hotel on May 3. Berg was sentenced "
        "to eleven years in prison last Thursday."
    )
    events = _events(text, dt.date(2024, 6, 10))
    assert [(e.type, e.date.value) for e in events] == [
        ("arrest", "2024-05-03"),
        ("sentence", "2024-06-06"),
    ]


def test_participants_what_something_is_rated_as_is_no_happening() -> None:
    """ "rated the Andean cat as threatened": what it is called, no threat."""
    events = _events("The Peruvian agency rated the Andean cat as threatened on Monday.")
    assert all(e.plover is None for e in events)


def test_participants_as_agreed_with_someone_is_an_agreement() -> None:
    events = _events("As agreed with Chile, Peru withdrew its troops on Monday.")
    assert "agree" in {e.type for e in events}


def _plural(noun: str) -> str:
    return noun[:-3] + "men" if noun.endswith("man") else noun + "s"


@pytest.mark.parametrize("noun", sorted(PRIVATE_PEOPLE))
def test_participants_every_kind_of_people_who_act_for_no_state_leaves_their_country_out(
    noun: str,
) -> None:
    group = f"Chilean {_plural(noun)}"
    actors = _actors(f"{group} attacked a Peruvian patrol boat on Saturday.", "attack")
    assert group in actors and "Chile" not in actors


@pytest.mark.parametrize("noun", ["pirate", "smuggler", "trafficker", "poacher"])
def test_participants_people_of_a_country_arrested_are_no_arrest_of_the_country(noun: str) -> None:
    text = f"The Peruvian Navy detained nine Chilean {_plural(noun)} near Arica on Monday."
    actors = _actors(text, "arrest")
    assert f"Chilean {_plural(noun)}" in actors and "Chile" not in actors


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Chilean protesters attacked the Peruvian embassy in Santiago on Saturday.",
         "Chilean protesters"),
        ("Chilean settlers attacked a Peruvian village on Saturday.", "Chilean settlers"),
        ("Chilean fishermen attacked a Peruvian patrol boat on Saturday.", "Chilean fishermen"),
    ],
)  # fmt: skip
def test_participants_people_of_a_country_who_act_for_no_state_do_not_bring_it(
    text: str, group: str
) -> None:
    """ "Chilean protesters attacked ...": the protesters, not Chile; its soldiers would."""
    actors = _actors(text, "attack")
    assert group in actors and "Chile" not in actors
    assert "Chile" in _actors("Chilean soldiers attacked a Peruvian village on Saturday.", "attack")


def test_participants_also_met_one_of_the_family_of_another_is_another_meeting() -> None:
    """ "X met Y. Y also met Z", Z of X's family: two meetings, and Z has not X's office."""
    text = (
        "President John Carter met Peruvian Prime Minister Ana Soto on Wednesday. Soto also "
        "met Tom Carter, the president's brother."
    )
    meetings = [e for e in _events(text) if e.type == "meet"]
    assert len(meetings) == 2
    tom = [a for e in meetings for a in e.actors if a.name == "Tom Carter"]
    assert tom and all(a.role != "President" for a in tom)


def test_participants_a_name_then_a_title_in_apposition_resigned() -> None:
    """ "Tomas Vidal, the UN envoy for Peru, resigned": the parser hangs the name elsewhere;
    he resigned, not the United Nations."""
    text = "Tomas Vidal, the UN envoy for Peru, resigned on Tuesday."
    actors = _actors(text, "resign")
    assert "Tomas Vidal" in actors and "United Nations" not in actors


@pytest.mark.parametrize(
    "text",
    [
        "President John Carter on Thursday named Ana Soto as his special envoy for Peru.",
        "President John Carter on Thursday appointed Ana Soto special envoy for Peru.",
    ],
)
def test_participants_the_appointee_and_the_office_after_the_name(text: str) -> None:
    actors = _actors(text, "appoint")
    assert actors["Ana Soto"].side == "target"
    assert actors["Ana Soto"].shown_role == "Special Envoy for Peru"


def test_participants_an_appointee_the_model_took_for_a_building_is_the_person() -> None:
    text = "President John Carter on Monday appointed Ana Soto of Chile as his envoy for Peru."
    parsed = _tagged_as(text, ("Ana Soto", "FAC"))
    article = ArticleInput("x", "x", text, dt.date(2024, 5, 8))
    (event,) = [e for e in extract_events(article, parsed, Tenure()) if e.type == "appoint"]
    targets = {a.name for a in event.actors if a.side == "target"}
    assert targets == {"Ana Soto"}


def test_participants_a_lone_surname_is_the_person_named_in_full_before() -> None:
    """ "Defence Minister Ana Soto said ... On Tuesday, Soto met ...": Ana Soto, though the
    sentence that named her in full holds no event; a place or a house's name is left."""
    text = (
        "Chilean Defence Minister John Carter said on Monday the army needed more money. On "
        "Tuesday, Carter met Peruvian Foreign Minister Tomas Vidal in Lima."
    )
    assert "John Carter" in _actors(text, "meet")


def test_participants_a_town_the_model_took_for_a_person_is_a_place() -> None:
    """ "In Cusco, he met ...", Cusco tagged a person: a place, and "he" is not Cusco."""
    text = "Secretary John Carter traveled to Peru on Sunday. In Cusco, he met with Maria Lopez."
    parsed = _tagged_as(text, ("Cusco", "PERSON"))
    article = ArticleInput("x", "x", text, dt.date(2024, 5, 8))
    events = extract_events(article, parsed, Tenure())
    assert "Cusco" not in {a.name for e in events for a in e.actors}
    assert any(e.location is not None and e.location.name == "Cusco" for e in events)


def test_participants_a_weekday_counts_back_from_the_dateline_s_day() -> None:
    """ "LIMA, May 3 (Wire) - ... met ... on Tuesday", published on the 8th: the Tuesday
    before May 3."""
    text = "LIMA, May 3 (Wire) - President John Carter met Ana Soto in Lima on Tuesday."
    (event,) = [e for e in _events(text) if e.type == "meet"]
    assert event.date.value == "2024-04-30"


def test_participants_whom_an_announced_trip_will_meet_are_its_people() -> None:
    text = (
        "Deputy Secretary John Carter will visit Lima from 15 to 17 June, where he is to meet "
        "Foreign Minister Ana Soto."
    )
    (event,) = _events(text, dt.date(2024, 6, 10))
    assert event.type == "planned-visit"
    assert "Ana Soto" in {a.name for a in event.actors}


def test_participants_ministers_meeting_after_their_leaders_is_another_gathering() -> None:
    text = (
        "President John Carter welcomed Peruvian President Tomas Vidal to the palace today. "
        "Following the meeting, Foreign Minister Ana Soto and Defense Minister Maria Lopez "
        "joined Peruvian Foreign Minister Ana Ruiz and Defense Minister Jorge Diaz for a lunch."
    )
    meetings = [e for e in _events(text) if e.type == "meet"]
    assert len(meetings) == 2


def test_participants_under_a_secretary_is_no_under_secretary() -> None:
    from storyline.actors import find_roles

    text = "Relations improved under Secretary Carter, who met Ana Soto in Lima on Friday."
    assert "Under Secretary" not in {r.role for r in find_roles(text, [])}


def test_participants_an_apposition_no_comma_closes_keeps_the_sentence_s_place() -> None:
    text = "Secretary John Carter met with Tomas Vidal, Peru's Foreign Minister in Lima on Monday."
    (event,) = [e for e in _events(text) if e.type == "meet"]
    assert event.location is not None and event.location.name == "Lima"


def test_participants_no_conversation_is_no_meeting() -> None:
    assert "meet" not in {
        e.type for e in _events("Chilean officials had no conversation with the rebels on Monday.")
    }


def test_participants_victims_keep_their_country() -> None:
    text = "Chilean missiles killed 12 Peruvian civilians in Tacna on Monday."
    assert _actors(text, "kill")["Peru"].side == "target"


def test_participants_a_second_condition_is_no_happening() -> None:
    text = (
        "Chile warned on Monday that Peru would pay if it attacked the consulate and the rebels "
        "attacked Tacna."
    )
    assert "attack" not in {e.type for e in _events(text)}


def test_participants_an_office_named_with_a_surname_is_not_a_relative_s() -> None:
    """ "Tom Carter, a businessman, was seen", then "President Carter met ...": not Tom."""
    text = (
        "Tom Carter, a businessman, was seen in Lima on Tuesday. President Carter met Foreign "
        "Minister Ana Soto in Lima on Thursday."
    )
    assert "Tom Carter" not in _actors(text, "meet")


def test_participants_naming_whom_a_strike_killed_appoints_no_one() -> None:
    text = "The Chilean army named the rebel commander killed in the raid on Monday as Jorge Diaz."
    assert "appoint" not in {e.type for e in _events(text)}


def test_participants_a_name_after_to_is_not_a_town_the_gazetteer_nearly_knows() -> None:
    events = _events("Egypt made an offer to Abbas on Monday.")
    assert "Abbas" in {a.name for e in events for a in e.actors}


def test_participants_the_dead_named_by_police_did_not_do_the_attack() -> None:
    text = (
        "Police named the dead man as John Carter. The attack on Tuesday in Lima killed three "
        "soldiers."
    )
    assert "John Carter" not in _actors(text, "attack")


def test_participants_one_unnamed_member_of_a_body_is_the_body_s_loss() -> None:
    """ "killing a Hamas commander": one of the body's people, on the target side."""
    text = "Chilean aircraft struck a house in Tacna on Tuesday, killing a Hamas commander."
    events = _events(text)
    targets = {a.name for e in events for a in e.actors if a.side == "target"}
    assert "Hamas" in targets


def test_participants_a_longer_body_s_name_wins_over_a_word_of_it() -> None:
    from storyline.events.people import noun_actors

    actors = noun_actors("Kataib Hezbollah fighters")
    assert next(a.org for a in actors if a.kind == "org") == "Kataib Hezbollah"


def test_participants_rockets_fired_opening_a_sentence_are_an_attack() -> None:
    """The model tags a sentence's first word "Rockets" a proper noun; its plural still names
    the weapon fired."""
    assert "attack" in {e.type for e in _events("Rockets were fired at a base in Peru on Monday.")}


def test_participants_a_state_s_strike_is_not_where_its_home_dateline_is() -> None:
    """ "LIMA - Peruvian forces struck a rebel camp": the news came from Lima; where the
    strike was the text does not say."""
    text = "LIMA (Wire) - Peruvian forces struck a rebel camp on Tuesday."
    (event,) = [e for e in _events(text) if e.type in ("attack", "kill")]
    assert event.location is None or event.location.name != "Lima"


def test_participants_named_an_office_after_the_name_is_an_appointment() -> None:
    text = "President John Carter named Ana Soto defence minister on Sunday."
    actors = _actors(text, "appoint")
    assert actors["Ana Soto"].role == "Defence Minister"


def test_participants_a_dead_attacker_named_by_police_did_the_attack() -> None:
    text = (
        "Police named the dead attacker as John Carter. The attack on Tuesday in Lima killed "
        "three soldiers."
    )
    assert "John Carter" in _actors(text, "attack")


@pytest.mark.parametrize(
    "text",
    [
        "CUSCO, Peru - Peruvian troops killed two rebels on Tuesday.",
        "LIMA (Wire) - Peruvian police shot dead a man who attacked officers on Tuesday.",
    ],
)
def test_participants_forces_at_home_strike_where_the_dateline_is(text: str) -> None:
    """A province's dateline, or the police: where they act; only a capital's dateline is
    where a state's strikes abroad were told from."""
    events = [e for e in _events(text) if e.plover == "ASSAULT" and e.location is not None]
    assert events


def test_participants_migrants_who_act_bring_not_their_country() -> None:
    text = "Chilean migrants clashed with police in Lima on Monday."
    assert "Chile" not in {a.name for e in _events(text) for a in e.actors}


def test_participants_rockets_fired_from_a_country_are_not_fired_by_it() -> None:
    text = "Rockets were fired from Bolivia towards a Peruvian border post on Monday."
    sources = {a.name for e in _events(text) for a in e.actors if a.side == "source"}
    assert "Bolivia" not in sources


def test_participants_a_lone_surname_the_office_table_knows_is_the_person() -> None:
    """ "Arbulu met Vidal in Lima", the model tagging neither as a person: someone the office
    table knows is a person, as one the article named before would be."""
    from storyline.actors.tenure import Holding

    text = "Arbulu met President Tomas Vidal in Lima on Tuesday."
    parsed = _tagged_as(text, ("Arbulu", "GPE"))
    tenure = Tenure([Holding("Luis Arbulu", "Foreign Minister", "Chile", dt.date(2020, 1, 1))])
    article = ArticleInput("x", "x", text, dt.date(2024, 5, 8))
    (event,) = [e for e in extract_events(article, parsed, tenure) if e.type == "meet"]
    assert any(a.name.endswith("Arbulu") and a.kind == "person" for a in event.actors)


def test_participants_naming_an_officeholder_in_a_complaint_appoints_no_one() -> None:
    text = "Chile named the Peruvian president in its complaint to the Security Council."
    assert "appoint" not in {e.type for e in _events(text)}


def test_participants_the_man_who_killed_them_identified_did_the_attack() -> None:
    text = (
        "Three people were stabbed to death in a park in Lima on Saturday. The man who killed "
        "them was later identified as Tomas Vidal."
    )
    assert "Tomas Vidal" in {a.name for e in _events(text) for a in e.actors if a.side == "source"}


def test_participants_you_in_a_transcript_of_two_voices_is_the_other_voice() -> None:
    """ "Your visit to Lima", said by one of the two voices of a transcript: the other voice
    made the visit."""
    text = (
        "PRESIDENT VIDAL: Good morning. Your visit to Lima honours our country.\n"
        "FOREIGN MINISTER SOTO: Thank you, Mr. President."
    )
    title = "Chilean Foreign Minister Ana Soto and Peruvian President Tomas Vidal in Lima"
    article = ArticleInput("x", "x", text, dt.date(2024, 5, 8), title=title)
    (visit,) = [e for e in extract_events(article, parse("x", text), Tenure()) if e.type == "visit"]
    assert [a.name.split()[-1] for a in visit.actors if a.side == "source"] == ["Soto"]


def test_participants_you_with_no_two_voices_is_no_one() -> None:
    """ "Your trip", quoted in a news story: whom the speaker addresses is not told, and it is
    not the last person named."""
    text = (
        "Foreign Minister Ana Soto arrived in Lima on Monday. President Tomas Vidal told "
        'reporters: "Your visit to Lima honours our country."'
    )
    events = [e for e in _events(text) if e.type == "visit" and len(e.sources) == 1]
    said = [e for e in events if "honours" in e.sources[0].sentence]
    assert all(a.name != "Ana Soto" for e in said for a in e.actors)


@pytest.mark.parametrize(
    "title",
    [
        "Chilean Foreign Minister Ana Soto and Peruvian President Tomas Vidal After Their Meeting",
        "Chilean Foreign Minister Ana Soto and Peruvian President Tomas Vidal after their meeting.",
    ],
)
def test_participants_a_transcript_title_names_who_met(title: str) -> None:
    """A transcript under "X and Y After Their Meeting": X and Y met, not whoever the host
    thanks in passing."""
    text = (
        "PRESIDENT VIDAL: Good morning. Your visit to Lima honours our country. Let me also "
        "thank Defense Minister Luis Ramos, who hosted the trade forum.\n"
        "FOREIGN MINISTER SOTO: Thank you, Mr. President."
    )
    article = ArticleInput("x", "x", text, dt.date(2024, 5, 8), title=title)
    main = extract_events(article, parse("x", text), Tenure())[0]
    assert main.type == "meet"
    assert {a.name for a in main.actors if a.side == "source"} == {"Tomas Vidal", "Ana Soto"}
    assert "Luis Ramos" not in {a.name for a in main.actors if a.side is not None}


@pytest.mark.parametrize(
    "text", ["Welcome to Lima, Minister. It is good to see you.", "Welcome to Cusco, Mr. Minister."]
)
def test_participants_a_place_before_a_vocative_title_is_no_holder(text: str) -> None:
    """ "Welcome to Lima, Minister": Lima is where, and holds no office."""
    events = extract_events(
        ArticleInput("x", "x", text, dt.date(2024, 5, 8)), parse("x", text), Tenure()
    )
    assert all(a.name not in ("Lima", "Cusco") for e in events for a in e.actors)


def test_participants_a_bare_secretary_is_the_office_the_table_knows_in_full() -> None:
    """ "Secretary Carter" in 2016, the table's Secretary of Defense then: the office in full."""
    from storyline.actors import bundled_holdings

    text = "Secretary Carter met Chilean Foreign Minister Ana Soto in Washington on Monday."
    article = ArticleInput("x", "x", text, dt.date(2016, 5, 9))
    (event,) = extract_events(article, parse("x", text), Tenure(bundled_holdings()))
    carter = next(a for a in event.actors if a.name.endswith("Carter"))
    assert carter.role == "Secretary of Defense"


def test_participants_an_office_s_body_is_no_participant_of_its_holder_s_visit() -> None:
    text = (
        "Elena Petrova, the UN High Commissioner for Refugees, visited a camp in Jordan on Monday."
    )
    (event,) = [e for e in _events(text) if e.type == "visit"]
    assert "United Nations" not in {a.name for a in event.actors if a.side == "source"}
    assert "UN" not in {a.name for a in event.actors if a.side == "source"}


def test_participants_a_transcript_label_of_a_family_name_is_not_its_longest_bearer() -> None:
    """ "FOREIGN MINISTER AL-HADDAD:" where the text names two of the family: the label does
    not say which, so the voice is not the other one."""
    text = (
        "FOREIGN MINISTER AL-HADDAD: We were honored to meet the prime minister, Sheikh Omar "
        "Karim Al-Haddad, this morning.\nSECRETARY CARTER: Thank you."
    )
    title = (
        "Secretary John Carter and Foreign Minister Sheikh Tomas Al-Haddad at a Press Availability"
    )
    article = ArticleInput("x", "x", text, dt.date(2024, 5, 8), title=title)
    events = extract_events(article, parse("x", text), Tenure())
    voices = {a.name for e in events for a in e.actors if a.side == "source"}
    assert "Omar Karim Al-Haddad" not in voices


@pytest.mark.parametrize(
    ("text", "name", "shown"),
    [
        ("Luis Ramos was named defence minister on Tuesday.", "Luis Ramos", "Defence Minister"),
        (
            "Tomas Vidal was named Chile's new ambassador to Peru on Tuesday.",
            "Tomas Vidal",
            "Chile's Ambassador to Peru",
        ),
        (
            "Rear Adm. Maria Lopez was appointed commander of the Pacific Fleet on Tuesday.",
            "Maria Lopez",
            "Commander of the Pacific Fleet",
        ),
        (
            "Gen. Luis Ramos was sworn in as the new army commander on Tuesday.",
            "Luis Ramos",
            "Army Commander",
        ),
        (
            "President Ana Soto appointed Gen. Luis Ramos as commander of the army on Tuesday.",
            "Luis Ramos",
            "Commander of the Army",
        ),
        (
            "President Elena Petrova named Luis Ramos as the new defence minister on Tuesday.",
            "Luis Ramos",
            "Defence Minister",
        ),
    ],
)
def test_participants_the_office_an_appointment_gives(text: str, name: str, shown: str) -> None:
    """The office given, in the passive or an "as" phrase, over a rank, without its "new" or
    the day; no one of its words takes part on its own ("Chile" of "Chile's ambassador")."""
    actors = _actors(text, "appoint")
    assert actors[name].side == "target"
    assert actors[name].shown_role == shown
    assert set(actors) <= {name, "Ana Soto", "Elena Petrova"}


@pytest.mark.parametrize(
    "text",
    [
        "President Maria Lopez accepted the resignation of Defence Minister Luis Ramos on Friday.",
        "The resignation of Defence Minister Luis Ramos was announced on Friday.",
    ],
)
def test_participants_who_resigned_is_whose_resignation_it_was(text: str) -> None:
    """ "accepted the resignation of X": X resigned, not whoever accepted or announced it."""
    actors = _actors(text, "resign")
    assert [n for n, a in actors.items() if a.side == "source"] == ["Luis Ramos"]


def test_participants_a_deed_carried_out_by_someone_is_not_its_condemner_s() -> None:
    text = "Peru condemned the missile strike carried out by Chilean forces on Tuesday."
    actors = _actors(text, "attack")
    assert "Peru" not in actors and "Chilean forces" in actors


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        (
            "Japan will provide $20 million in humanitarian aid to Yemen, Foreign Minister "
            "Karim Haddad announced on Monday.",
            "aid",
            "Japan",
            "Yemen",
        ),
        (
            "Germany pledged 500 million euros in military aid to Ukraine on Monday.",
            "pledge",
            "Germany",
            "Ukraine",
        ),
        ("Germany pledged military aid to Ukraine on Monday.", "pledge", "Germany", "Ukraine"),
    ],
)
def test_participants_an_amount_given_in_aid_is_one_happening(
    text: str, kind: str, source: str, target: str
) -> None:
    """ "provide $20 million in aid", "pledged military aid": the verb tells the happening,
    the noun what was given; one event, for whom the aid is."""
    events = _events(text)
    assert [e.type for e in events] == [kind]
    actors = {a.name: a.side for a in events[0].actors}
    assert actors.get(source) == "source" and actors.get(target) == "target"


def test_participants_a_promise_to_another_said_during_a_visit_is_its_own_happening() -> None:
    text = (
        "Germany pledged 500 million euros in military aid to Ukraine, German Defence Minister "
        "Omar Farouk said during a visit to Warsaw on Monday."
    )
    assert {"pledge", "visit"} <= {e.type for e in _events(text)}


def test_participants_who_said_it_after_the_comma_takes_no_part() -> None:
    text = "Chile will send 200 troops to Haiti, Defence Minister Luis Ramos said on Monday."
    assert all(a.name != "Luis Ramos" for e in _events(text) for a in e.actors)


def test_participants_a_dismissal_and_an_appointment_are_two_happenings() -> None:
    text = (
        "President Maria Lopez fired army chief Gen. Tomas Vidal on Friday and appointed "
        "Gen. Luis Ramos to replace him."
    )
    assert {a.name for a in _actors(text, "dismiss").values() if a.side == "target"} == {
        "Tomas Vidal"
    }
    assert "Luis Ramos" in _actors(text, "appoint")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Militants of the Shining Path attacked a police station in Ayacucho on Monday.",
            "Shining Path",
        ),
        (
            "Shining Path militants ambushed an army patrol in Ayacucho on Monday.",
            "Shining Path militants",
        ),
    ],
)
def test_participants_a_name_whose_first_word_the_model_read_as_a_verb(
    text: str, name: str
) -> None:
    assert name in _actors(text, "attack")


def test_participants_a_city_visited_is_no_person() -> None:
    text = "Foreign Minister Ana Soto visited Santiago on Monday."
    (event,) = _events(text)
    assert all(a.kind != "person" or a.name != "Santiago" for a in event.actors)
    assert event.location is not None and event.location.name == "Santiago"


def test_participants_whom_a_traveller_came_for_talks_with_hosts_them() -> None:
    text = (
        "Chilean Foreign Minister Ana Soto arrived in Lima on Sunday for talks with President "
        "Tomas Vidal."
    )
    (event,) = _events(text)
    sides = {a.name: a.side for a in event.actors}
    assert (sides["Ana Soto"], sides["Tomas Vidal"]) == ("source", "target")


def test_participants_an_unnamed_counterpart_is_its_state_by_the_same_office() -> None:
    text = (
        "Turkish Foreign Minister Omar Farouk held talks with his Iranian counterpart in Ankara "
        "on Monday."
    )
    actors = _actors(text, "meet")
    assert actors["Iran"].role == "Foreign Minister"


@pytest.mark.parametrize(
    "text",
    [
        "Chile's foreign minister, Ana Soto, met Tomas Vidal in Lima on Monday.",
        "The foreign minister of Chile, Ana Soto, visited Lima on Monday.",
    ],
)
def test_participants_an_untagged_name_in_apposition_to_a_title_is_the_person(text: str) -> None:
    """The model tags no name in "Chile's foreign minister, Ana Soto,": she took part, by
    that office, and not the state of her title."""
    (event,) = _events(text)
    actors = {a.name: a for a in event.actors}
    assert actors["Ana Soto"].side == "source" and actors["Ana Soto"].role == "Foreign Minister"
    assert "Chile" not in actors


def test_participants_which_after_a_place_describes_the_deed_the_place_is_of() -> None:
    """ "the attack on peacekeepers in Mali, which killed four soldiers": the attack killed
    them, not Mali."""
    text = (
        "The United Nations condemned the attack on peacekeepers in Mali, which killed four "
        "Chadian soldiers."
    )
    events = _events(text)
    assert all(not (a.name == "Mali" and a.side is not None) for e in events for a in e.actors)


def test_participants_whose_resignation_was_accepted_is_the_one_told_before() -> None:
    """ "President Maria Lopez accepted his resignation": his, the minister's told before,
    not hers."""
    text = (
        "Defence Minister Luis Ramos offered to step down on Thursday. President Maria Lopez "
        "accepted his resignation on Friday."
    )
    actors = _actors(text, "resign")
    assert {n for n, a in actors.items() if a.side == "source"} == {"Luis Ramos"}


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "SOUTHWEST ASIA - Peruvian forces killed 12 rebels in an operation on Monday.",
            "kill",
            "Peruvian forces",
        ),
        (
            "TACNA AIR BASE, Peru - Peruvian Security Forces held a joint exercise with Chilean "
            "troops on Tuesday.",
            "cooperate",
            "Peruvian Security Forces",
        ),
    ],
)
def test_participants_a_dateline_is_no_part_of_a_name(text: str, kind: str, name: str) -> None:
    """A dateline with no agency credit before the first words: the actor starts after it."""
    actors = _actors(text, kind)
    assert name in actors and actors[name].side == "source"
    assert not any(" - " in n for n in actors)


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian lawmakers on Saturday called for the withdrawal of Chilean troops from Peru.",
        "The protesters demanded the withdrawal of all foreign forces.",
    ],
)
def test_participants_what_is_asked_for_did_not_happen(text: str) -> None:
    """ "called for the withdrawal of X": a request, and no withdrawal."""
    kinds = [e.type for e in _events(text)]
    assert "request" in kinds and "withdraw" not in kinds


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            "Foreign Minister Ana Soto received a telephone call from President Tomas Vidal.\n"
            "The call took place on Sunday evening.",
            "call",
            "2024-05-05",
        ),
        (
            "Peruvian and Chilean forces held a joint drill near Tacna. The drill took place on "
            "Monday, the army said.",
            "cooperate",
            "2024-05-06",
        ),
        (
            "Peru's defence ministry said on Tuesday that Chile had agreed to train more Peruvian "
            "officers. The agreement was reached during talks in Lima on Monday.",
            "agree",
            "2024-05-06",
        ),
        (
            "Gunmen attacked a police post near Tacna, killing three officers, the interior "
            "ministry said on Tuesday. The attack on the post took place on Sunday night.",
            "attack",
            "2024-05-05",
        ),
        (
            "The interior ministry said on Tuesday that gunmen attacked a police post near "
            "Tacna. The attack happened on Saturday.",
            "attack",
            "2024-05-04",
        ),
        # the sentence after says nothing of when it took place: the report's day stands
        (
            "Gunmen attacked a police post near Tacna, the interior ministry said on Tuesday. "
            "The attack came a day after police arrested two men in Arica on Monday.",
            "attack",
            "2024-05-07",
        ),
        # the sentence after is about another happening: the report's day stands
        (
            "Gunmen attacked a police post near Tacna, the interior ministry said on Tuesday. "
            "The talks with the rebels took place on Sunday.",
            "attack",
            "2024-05-07",
        ),
        (
            "Gunmen attacked a police post near Tacna, the interior ministry said on Tuesday. "
            "The attack took place after a meeting on Sunday.",
            "attack",
            "2024-05-07",
        ),
        # a day after the report's is no day it took place
        (
            "Gunmen attacked a police post near Tacna, the interior ministry said on Monday. "
            "The attack took place on Tuesday.",
            "attack",
            "2024-05-06",
        ),
    ],
)
def test_participants_the_next_sentence_dates_the_happening_it_goes_on_about(
    text: str, kind: str, day: str
) -> None:
    """A date given in the sentence after, in the next paragraph too (wire copy), for a drill
    as for a meeting; a report's day is not that of what it says had happened before."""
    events = [e for e in _events(text) if e.type == kind]
    assert events and events[0].date.value == day


def test_participants_what_was_planted_went_off() -> None:
    """A bomb that went off: an attack, by whoever planted it."""
    text = (
        "A roadside bomb planted by the Andean Front exploded near a police convoy in Tacna on "
        "Monday."
    )
    actors = _actors(text, "attack")
    assert actors["Andean Front"].side == "source"


def test_participants_a_site_handed_over_goes_to_whom_the_to_phrase_names() -> None:
    text = "The coalition handed over the K9 air base in Tacna to the Peruvian army on Thursday."
    actors = _actors(text, "handover")
    assert actors["coalition"].side == "source"
    assert all(not n.startswith("K9") for n in actors)


def test_participants_leaders_who_discussed_by_telephone_held_a_call() -> None:
    text = (
        "President Ana Soto and President Tomas Vidal discussed by telephone on Monday the border."
    )
    assert {"Ana Soto", "Tomas Vidal"} <= set(_actors(text, "call"))


def test_participants_taking_part_in_an_exercise_is_no_meeting() -> None:
    text = "More than 200 Peruvian soldiers took part in the exercise on Monday."
    assert "meet" not in {e.type for e in _events(text)}


def test_participants_whom_a_traveller_held_talks_with_after_arriving_hosts_them() -> None:
    text = (
        "Foreign Minister Ana Soto arrived in Lima on Monday and held talks with President "
        "Tomas Vidal."
    )
    (event,) = _events(text)
    sides = {a.name: a.side for a in event.actors}
    assert (sides["Ana Soto"], sides["Tomas Vidal"]) == ("source", "target")


def test_participants_the_body_a_chair_chairs_is_no_participant() -> None:
    text = (
        "The Chair of the Andean Military Committee, Admiral Tomas Vidal, met Peruvian Chief "
        "of Staff Luis Ramos in Lima on Monday."
    )
    (event,) = _events(text)
    assert {a.name for a in event.actors} == {"Tomas Vidal", "Luis Ramos"}


@pytest.mark.parametrize(
    "text",
    [
        "The coalition completed its withdrawal from Lima's Victory base on Monday.",
        "Coalition troops began withdrawing from Tacna air base on Monday.",
        "Spain has withdrawn the last of its soldiers from the Cusco base on Monday.",
    ],
)
def test_participants_a_withdrawal_from_a_base_is_from_no_one(text: str) -> None:
    """Where they withdrew from, and the troops they withdrew, are no one withdrawn from."""
    (event,) = [e for e in _events(text) if e.type == "withdraw"]
    assert [a.side for a in event.actors] == ["source"] * len(event.actors)


def test_participants_strikes_carried_out_for_years_are_no_happening_of_the_day() -> None:
    text = "Chile has carried out frequent strikes against the Andean Front in Peru for years."
    assert "attack" not in {e.type for e in _events(text)}


def test_participants_a_call_recalled_under_a_meeting_s_title_is_no_part_of_it() -> None:
    """Remarks under "X and Y After Their Meeting" that recall a call "last week": the
    meeting is of the article's day, between X and Y; the call is another happening."""
    text = (
        "SECRETARY CARTER: Good afternoon. It's great to have the foreign minister of Peru here "
        "with us today. I spoke with President Tomas Vidal last week about the border.\n"
        "FOREIGN MINISTER SOTO: Thank you, Mr. Secretary."
    )
    title = "Secretary John Carter and Peruvian Foreign Minister Ana Soto After Their Meeting"
    article = ArticleInput("x", "x", text, dt.date(2025, 4, 3), title=title)
    events = {e.type: e for e in extract_events(article, parse("x", text), Tenure())}
    assert events["meet"].date.value == "2025-04-03"
    assert {"John Carter", "Ana Soto"} <= {a.name for a in events["meet"].actors}
    assert "Ana Soto" not in {a.name for a in events["call"].actors}


def test_participants_a_welcome_said_as_it_is_given_is_a_meeting_of_the_speaker() -> None:
    text = (
        "SECRETARY CARTER: It's a pleasure to welcome Minister Ana Soto back to Lima.\n"
        "MINISTER SOTO: Thank you."
    )
    actors = _actors(text, "meet")
    assert actors["Ana Soto"].side == "target"
    assert any(n.endswith("Carter") and a.side == "source" for n, a in actors.items())


def test_participants_plans_of_different_people_are_two_announcements() -> None:
    text = (
        "Foreign Minister Ana Soto is expected to meet President Luis Ramos in Quito in "
        "October. Separately, Prime Minister Tomas Vidal is scheduled to visit Lima next month."
    )
    announced = [e for e in _events(text) if e.type.startswith("planned-")]
    assert sorted(e.type for e in announced) == ["planned-meeting", "planned-visit"]


@pytest.mark.parametrize(
    "text",
    [
        "The shell company fell into bankruptcy on Monday.",
        "The bomb squad landed in Tacna on Monday.",
        "The company transferred control of the mine to Ana Soto on Monday.",
    ],
)
def test_participants_no_attack_or_handover_in_ordinary_words(text: str) -> None:
    assert not {"attack", "handover"} & {e.type for e in _events(text)}


def test_participants_regular_talks_on_a_day_are_a_meeting() -> None:
    text = "Peru and Chile held their regular annual talks in Lima on Tuesday."
    assert "meet" in {e.type for e in _events(text)}


def test_participants_whose_withdrawal_it_is_stays() -> None:
    text = "The government confirmed the withdrawal of Chilean troops from Tacna on Monday."
    assert "Chilean troops" in _actors(text, "withdraw")


def test_participants_the_next_paragraph_after_a_blank_line_dates_the_happening() -> None:
    text = (
        "The ministry said on Friday that Chile had attacked Peru.\n\n"
        "The attack took place on Monday."
    )
    (attack,) = [e for e in _events(text) if e.type == "attack"]
    assert attack.date.value == "2024-05-06"


def test_participants_an_envoy_s_short_title_is_the_office_the_table_knows_in_full() -> None:
    """ "UN Special Envoy Hans Grundberg" in 2023, the table's UN envoy for Yemen then: the
    office in full, with what it is for."""
    from storyline.actors import bundled_holdings

    text = (
        "UN Special Envoy Hans Grundberg met Chilean Foreign Minister Ana Soto in Lima on Monday."
    )
    article = ArticleInput("x", "x", text, dt.date(2023, 5, 9))
    (event,) = extract_events(article, parse("x", text), Tenure(bundled_holdings()))
    envoy = next(a for a in event.actors if a.name == "Hans Grundberg")
    assert (envoy.role, envoy.shown_role) == (
        "Special Envoy for Yemen",
        "UN Special Envoy for Yemen",
    )


def test_participants_a_bare_envoy_is_the_envoy_s_office_the_table_knows() -> None:
    """ "UN envoy Hans Grundberg" in 2023: the one office the table knows him to hold then."""
    from storyline.actors import bundled_holdings

    text = "UN envoy Hans Grundberg met Chilean Foreign Minister Ana Soto in Lima on Monday."
    article = ArticleInput("x", "x", text, dt.date(2023, 5, 9))
    (event,) = extract_events(article, parse("x", text), Tenure(bundled_holdings()))
    envoy = next(a for a in event.actors if a.name == "Hans Grundberg")
    assert (envoy.role, envoy.shown_role) == (
        "Special Envoy for Yemen",
        "UN Special Envoy for Yemen",
    )


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Peru received military aid from Chile on Tuesday.", "Chile", "Peru"),
        ("Peru received an invitation from Chile to attend the summit.", "Chile", "Peru"),
        (
            "President Ana Soto received a phone call from President Luis Ramos on Tuesday.",
            "Luis Ramos",
            "Ana Soto",
        ),
    ],
)
def test_participants_what_is_received_from_another_is_the_other_s(
    text: str, source: str, target: str
) -> None:
    """ "received aid from Chile": the subject is whom it went to, the "from" who gave it."""
    (event,) = _events(text)
    sides = {a.name: a.side for a in event.actors}
    assert (sides.get(source), sides.get(target)) == ("source", "target"), sides


def test_participants_what_is_demanded_be_done_is_not_done() -> None:
    """ "demanded that the government end the presence of foreign soldiers": a demand, and
    no withdrawal."""
    text = "Parliament demanded that the government end the presence of foreign soldiers in Peru."
    assert [e.type for e in _events(text)] == ["request"]


def test_participants_a_clause_of_killing_hung_inside_an_attack_s_phrase_is_the_attack_s() -> None:
    """ "the drone attack on a base hosting Chilean troops in Peru that killed three
    soldiers": the attack killed them, not the troops the parser hung the clause on."""
    text = (
        "The Shining Path claimed responsibility for the drone attack on a base hosting "
        "Chilean troops in Peru that killed three Chilean soldiers."
    )
    events = _events(text)
    assert not any(
        a.side == "source" and a.name in ("Chilean troops", "Chile")
        for e in events
        for a in e.actors
    ), [(e.type, [(a.name, a.side) for a in e.actors]) for e in events]


def test_participants_whom_an_accusation_describes_is_not_accused_there() -> None:
    """ "sanctions on three leaders accused of abuses": what they are known for."""
    text = "Chile on Monday imposed sanctions on three Peruvian militia leaders accused of abuses."
    assert [e.type for e in _events(text)] == ["sanction"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Defence Minister Ana Soto met the Peruvian Chief of Staff in Lima on Tuesday.",
            "Chief of Staff",
        ),
        (
            "Defence Minister Ana Soto met the Chief of the General Staff of the Peruvian Armed"
            " Forces on Tuesday.",
            "Chief of the General Staff",
        ),
    ],
)
def test_participants_an_unnamed_chief_of_staff_is_his_state_s(text: str, role: str) -> None:
    """A title whose "of" is its own ("Chief of Staff"), with no name: the state whose
    office it is takes part, in that office."""
    (event,) = _events(text)
    peru = next(a for a in event.actors if a.name == "Peru")
    assert (peru.side, peru.role) == ("target", role)


def test_participants_who_an_attack_was_claimed_by_carried_it_out() -> None:
    text = "The rocket attack on the base in Tacna was claimed by the Shining Path on Tuesday."
    (attack,) = [e for e in _events(text) if e.type == "attack"]
    assert [a.name for a in attack.actors if a.side == "source"] == ["Shining Path"]


def test_participants_a_dated_aside_is_not_where_the_sentence_is() -> None:
    """ "Carter, who took office in October, arrived in Lima": he took office elsewhere."""
    text = (
        "John Carter, who took office in October, arrived in Lima on Monday for his first"
        " visit to Peru as Chile's foreign minister."
    )
    (took,) = [e for e in _events(text) if e.type == "appoint"]
    assert took.location is None


def test_participants_whence_a_state_recalled_its_own_envoy_is_the_side_done_to() -> None:
    """ "recalled its ambassador from Peru": Chile's ambassador, taken from Peru."""
    text = "Chile recalled its ambassador from Peru on Sunday."
    (event,) = _events(text)
    assert {(a.name, a.side) for a in event.actors} == {("Chile", "source"), ("Peru", "target")}


def test_participants_a_statement_in_the_present_is_of_its_own_day() -> None:
    """ "Chile condemns the attack in Cusco on October 12", published on the 15th: the
    condemnation is the statement's, on the 15th; October 12 is the attack's."""
    text = "Chile strongly condemns the terrorist attack in Cusco on October 12 that killed 20."
    (condemn,) = [e for e in _events(text, dt.date(2019, 10, 15)) if e.type == "condemn"]
    assert condemn.date.value == "2019-10-15"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Peru sanctions took effect on Monday.", {("Peru", "target")}),
        ("EU sanctions took effect on Monday.", {("EU", "source")}),
        (
            "U.S. sanctions on Peru took effect on Monday.",
            {("United States", "source"), ("Peru", "target")},
        ),
    ],
)
def test_participants_a_country_named_before_its_sanctions_is_their_target(
    text: str, sides: set[tuple[str, str]]
) -> None:
    """News writes "Iran sanctions" for sanctions on Iran, "U.S." and "EU sanctions" for
    whose they are."""
    (event,) = [e for e in _events(text) if e.type == "sanction"]
    assert {(a.name, a.side) for a in event.actors} == sides


def test_participants_who_sanctions_welcomed_are_on_is_not_supported() -> None:
    """ "welcomed the new EU sanctions on Peru": the EU's measure is backed, not Peru."""
    text = "Chile welcomed the new EU sanctions on Peru on Monday."
    (support,) = [e for e in _events(text) if e.type == "support"]
    assert "Peru" not in {a.name for a in support.actors}


def test_participants_a_state_that_beat_another_won_a_match() -> None:
    """ "Chile beat Peru on Monday": a match or a vote won, no beating."""
    assert not [e for e in _events("Chile beat Peru 2-1 on Monday.") if e.plover == "ASSAULT"]


def test_participants_a_family_met_by_one_of_its_name_are_each_a_participant() -> None:
    """A host labelled by surname alone ("MINISTER SOTO:") who says "we met" the king and
    the crown prince of his family met them, with the guest: one surname on the two sides is
    not one person, and a transcriber's note or a restart in the sentence loses no one."""
    text = (
        "Ana Soto, Foreign Minister\nLima, Peru\n"
        "FOREIGN MINISTER SOTO: We were honoured today to meet his majesty the king, Sheikh "
        "Luis (inaudible) Soto, and also his highness the prince – the crown prince, Sheikh "
        "Pedro Soto, in Lima.\n"
        "MINISTER CARTER: Thank you."
    )
    title = "Foreign Minister Ana Soto And Minister John Carter At a Joint Press Availability"
    article = ArticleInput("x", "x", text, dt.date(2024, 5, 8), title=title)
    events = extract_events(article, parse("x", text), Tenure())
    (meeting,) = [e for e in events if e.type == "meet"]
    assert {(a.name, a.role, a.side) for a in meeting.actors} == {
        ("Soto", "Foreign Minister", "source"),
        ("Carter", "Minister", "source"),
        ("Luis Soto", "King", "target"),
        ("Pedro Soto", "Crown Prince", "target"),
    }


def test_participants_talks_pages_later_that_name_no_one_are_another_happening() -> None:
    """ "We have engaged in rounds of discussions and negotiations in Geneva", said pages after
    a meeting in Lima, is not that meeting, though it names no one who would set it apart."""
    filler = " ".join(f"The weather in the capital was fine on day {n}." for n in range(8))
    text = (
        "Ana Soto, Foreign Minister\nLima, Peru\n"
        "FOREIGN MINISTER SOTO: We were honoured today to meet his majesty the king, Luis "
        f"Vidal. {filler}\n"
        "SECRETARY CARTER: So we have engaged in several rounds of discussions and "
        "negotiations in Geneva, as you may know."
    )
    title = "Foreign Minister Ana Soto And Secretary John Carter At a Joint Press Availability"
    article = ArticleInput("x", "x", text, dt.date(2024, 5, 8), title=title)
    events = extract_events(article, parse("x", text), Tenure())
    (lima,) = [e for e in events if any(a.name == "Luis Vidal" for a in e.actors)]
    assert lima.location is not None and lima.location.name == "Lima"
    assert not any("Geneva" in s.sentence for s in lima.sources)


@pytest.mark.parametrize(
    ("doing", "kind"),
    [("meeting with the refugees", "meet"), ("condemning the attack on the embassy", "condemn")],
)
def test_participants_who_joined_someone_in_doing_it_both_did_it(doing: str, kind: str) -> None:
    """ "X joined President Y in meeting with Z": X and Y met Z, as the joining tells."""
    text = f"John Carter joined President Luis Ramos in {doing} in Lima on Saturday."
    events = [e for e in _events(text) if e.type == kind]
    assert events
    doers = {a.name for e in events for a in e.actors if a.side == "source"}
    assert doers == {"John Carter", "Luis Ramos"}


@pytest.mark.parametrize(
    ("text", "kind", "targets"),
    [
        ("Chile voted to demand protection of refugees on Monday.", "vote", set()),
        ("Chile threatened to demand compensation from Peru on Monday.", "threaten", {"Peru"}),
        ("The council voted to condemn Peru on Monday.", "vote", {"Peru"}),
    ],
)
def test_participants_what_is_demanded_is_no_target_whom_it_is_demanded_from_is(
    text: str, kind: str, targets: set[str]
) -> None:
    """ "Voted to demand protection of refugees": neither the protection nor the refugees
    it is for were voted on; "from Peru" names whom a demand is aimed at."""
    (event,) = [e for e in _events(text) if e.type == kind]
    assert {a.name for a in event.actors if a.side == "target"} == targets


@pytest.mark.parametrize(
    ("text", "kind", "doers"),
    [
        ("Chilean leaders said they would boycott any talks with Peru.", "threaten",
         {"Chilean leaders", "Chile"}),
        ("Chile and Peru said they had signed a trade deal on Monday.", "agree", {"Chile", "Peru"}),
        ("Peruvian rebels said they had attacked an army post in Tacna on Monday.", "attack",
         {"Peruvian rebels"}),
    ],
)  # fmt: skip
def test_participants_they_in_what_a_group_says_is_the_group(
    text: str, kind: str, doers: set[str]
) -> None:
    """ "X said they would ...", X plural or several: X say it of themselves (and rebels
    bring no state: they fight their own)."""
    (event,) = [e for e in _events(text) if e.type == kind]
    assert {a.name for a in event.actors if a.side == "source"} == doers


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("The Chilean fishermen's union is demanding compensation from the Peruvian navy.",
         "Peruvian navy"),
        ("The union reiterated its demand on Monday that Peru ease restrictions on fishing.",
         "Peru"),
        ("Chile's parliament has demanded a swift confession by Peru that it broke the truce.",
         "Peru"),
    ],
)  # fmt: skip
def test_participants_whom_a_demand_is_made_of_is_its_target(text: str, asked: str) -> None:
    """A demand "from" or "by" someone after what is demanded, or a that-clause of the word
    that carries the demand, names whom it is made of."""
    (event,) = [e for e in _events(text) if e.type == "request"]
    assert asked in {a.name for a in event.actors if a.side == "target"}


def test_participants_a_deadline_is_no_one_a_demand_is_made_of() -> None:
    (event,) = [e for e in _events("Chile demanded an apology by Friday.") if e.type == "request"]
    assert not [a for a in event.actors if a.side == "target"]


@pytest.mark.parametrize(
    "text",
    [
        "Chile is also committed to continuing to provide Peru with military support.",
        "Chile, one of the coalition's members, is also committed to continuing to provide "
        "Peru's government with troops and medical aid.",
        "Chile will continue to provide Peru with military support.",
    ],
)
def test_participants_a_commitment_to_go_on_providing_support_is_a_pledge(text: str) -> None:
    """ "is also committed to continuing to provide X with support": a pledge of the
    subject's, to X (the word of going on between the promise and what is promised changes
    nothing)."""
    (pledge,) = [e for e in _events(text) if e.type == "pledge"]
    assert {a.name for a in pledge.actors if a.side == "source"} == {"Chile"}
    assert "Peru" in {a.name for a in pledge.actors if a.side == "target"}


def test_participants_guilty_of_a_deed_does_not_stop_who_did_it() -> None:
    """Only an adjective of promising holds its gerund's doer ("committed to providing");
    "are guilty of breaching the truce signed in March" still finds who signed it."""
    text = (
        "The Chilean army and the Peruvian rebels are each guilty of breaching the truce deal "
        "signed in March 2001."
    )
    (signed,) = [e for e in _events(text) if e.type == "sign"]
    assert {"Chilean army", "Peruvian rebels"} <= {a.name for a in signed.actors}


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        ("It is vital that Peru withdraws its troops, Foreign Minister Ana Soto said on Monday.",
         True),
        ("Foreign Minister Ana Soto said: \"It’s crucial that the regime allow aid workers "
         "into the camps.\"", True),
        ("It was vital that Chile won the match.", False),
        ("It is clear that Peru attacked the border post on Monday.", False),
    ],
)  # fmt: skip
def test_participants_what_it_is_vital_be_done_is_demanded_not_done(
    text: str, demand: bool
) -> None:
    """ "It is vital that X do Y", said now, is the speaker's demand of X, and Y is not done;
    told of the past, or "it is clear that ...", it is no demand."""
    events = _events(text)
    requests = [e for e in events if e.type == "request"]
    assert bool(requests) is demand
    if demand:
        (request,) = requests
        assert {a.name for a in request.actors if a.side == "source"} == {"Ana Soto"}
        assert {a.name for a in request.actors if a.side == "target"} & {"Peru", "regime"}
        assert not [e for e in events if e.plover == "RETREAT"]


def test_participants_a_demand_made_after_a_meeting_of_someone_not_in_it_is_its_own() -> None:
    """What a meeting's people said there is part of it, but a demand of a state or body the
    meeting was not with is a happening of its own (not "called for the release of hostages",
    which asks nothing of the hostages)."""
    text = (
        "Foreign Minister Ana Soto met Foreign Minister John Carter in Lima on Monday.\n"
        "Following the meeting Foreign Minister Ana Soto said:\n"
        "It is essential that the regime allow aid workers into the prisons."
    )
    kinds = [e.type for e in _events(text)]
    assert "meet" in kinds and "request" in kinds


@pytest.mark.parametrize(
    ("shot", "target"),
    [
        ("The officers finally shot him dead near a bakery.", "Tomas Vidal"),
        ("A man then shot him dead near a bakery.", None),
    ],
)
def test_participants_whom_police_shot_is_the_attacker_named_later(
    shot: str, target: str | None
) -> None:
    """ "Officers shot him dead", "him" the man the article names as the attacker only later:
    the attacker is whom the police shot (not so for anyone else's "him")."""
    text = (
        "On Sunday in Lima, a man walked into a pharmacy, seized a knife and started attacking "
        f"customers. Police chased him down the street. {shot} The attacker, identified as "
        "Tomas Vidal, 34, had left prison in March."
    )
    killed = [
        a.name
        for e in _events(text, dt.date(2020, 2, 3))
        if e.type == "kill"
        for a in e.actors
        if a.side == "target"
    ]
    assert killed == ([target] if target else [])


@pytest.mark.parametrize("when", ["beginning", "outset"])
def test_participants_the_beginning_of_an_administration_is_a_time_not_a_participant(
    when: str,
) -> None:
    """ "Toward the beginning of this government, we appointed an envoy": the government
    dates the appointment; it is not appointed."""
    text = (
        f"SECRETARY CARTER: As you know, toward the very {when} of this government, we "
        "appointed an envoy for the border talks with Peru.\n"
        "MINISTER SOTO: Thank you."
    )
    title = "Secretary John Carter And Foreign Minister Ana Soto At a Joint Press Availability"
    article = ArticleInput("x", "x", text, dt.date(2021, 7, 29), title=title)
    events = extract_events(article, parse("x", text), Tenure())
    named = {a.name for e in events if e.type == "appoint" for a in e.actors}
    assert named and "government" not in named


@pytest.mark.parametrize(
    ("sentence", "target", "role"),
    [
        ("Chilean soldiers shot at Peruvian fishermen near Tacna on Tuesday.",
         "Peruvian fishermen", "fishermen"),
        ("Chilean police fired on student demonstrators in Lima on Tuesday.",
         "demonstrators", "protesters"),
        ("Chilean soldiers fired at Peru on Tuesday.", "Peru", "state"),
    ],
)  # fmt: skip
def test_participants_whom_someone_fired_or_shot_at_is_the_target(
    sentence: str, target: str, role: str
) -> None:
    """ "fired at", "fired on", "shot at" with no weapon named: whom it was aimed at is the
    target, as what they are (a town aimed at would be where)."""
    actors = _actors(sentence, "attack", dt.date(2022, 3, 2))
    assert (actors[target].side, actors[target].role) == ("target", role)


@pytest.mark.parametrize(
    ("sentence", "group", "role"),
    [
        ("Foreign Minister John Carter met with refugees in Lima on Monday.", "refugees",
         "refugees"),
        ("Chilean guards beat up Peruvian prisoners in a Tacna jail on Monday.",
         "Peruvian prisoners", "prisoners"),
    ],
)  # fmt: skip
def test_participants_a_group_of_private_people_is_what_its_noun_says(
    sentence: str, group: str, role: str
) -> None:
    """Refugees, detainees, fishermen: a group of people no table knows is, as a role, the
    noun the text names them by."""
    (event,) = [e for e in _events(sentence, dt.date(2022, 3, 2)) if e.actors]
    assert {a.name: a.role for a in event.actors}[group] == role


def test_participants_a_body_s_name_the_model_cut_at_and_is_made_whole() -> None:
    """ "Islamic State of Iraq and the Levant", cut by the model before "and the", is one
    body the alias tables know."""
    text = (
        "Peru's defence minister said Islamic State of Iraq and the Levant had lost ground. "
        "Chile attacked Islamic State of Iraq and the Levant near Tacna on Tuesday."
    )
    names = {a.name for e in _events(text, dt.date(2022, 3, 2)) for a in e.actors}
    assert {"Islamic State of Iraq and the Levant"} <= names
    assert not any(n.endswith("of Iraq") or n == "Levant" for n in names)


def test_participants_officials_alone_still_make_a_happening() -> None:
    """Officials are what their noun says as well, but they are no unnamed private people: a
    deed of theirs is a happening."""
    text = "Red Cross officials halted food deliveries to Tacna on Wednesday."
    actors = _actors(text, "sanction", dt.date(2005, 3, 3))
    assert actors["Red Cross officials"].side == "source"


@pytest.mark.parametrize(
    "sentence",
    [
        "Peruvian troops captured part of the rebels' main base near Tacna on Monday.",
        "Peruvian troops seized control of the town of Tacna on Monday.",
        "Peruvian troops were engaged in heavy fighting with Chilean rebels near Tacna on Monday.",
    ],
)
def test_participants_who_took_a_share_of_a_place_or_was_engaged_in_fighting_attacked(
    sentence: str,
) -> None:
    """ "captured part of the base", "seized control of the town": a place taken; "were
    engaged in fighting": a state the troops were in, doing it, not a passive."""
    actors = _actors(sentence, "attack", dt.date(2005, 3, 3))
    assert actors["Peruvian troops"].side == "source"


@pytest.mark.parametrize(
    ("url", "lead_type"),
    [("https://www.gov.uk/government/news/tacna", "pledge"), (None, "statement")],
    ids=["own-site", "no-site"],
)
def test_participants_a_minister_commenting_on_an_operation_says_what_his_government_pledges(
    url: str | None, lead_type: str
) -> None:
    """ "X comments on the army's offensive to retake Tacna", then "X said: ...":
    the comment is the release's happening, not the operation; on his government's own site,
    the one pledge his government makes in his words is what he said."""
    text = (
        "Foreign Secretary John Carter comments on the Peruvian army's offensive to retake "
        "Tacna from the rebels.\n"
        "Foreign Secretary John Carter said:\n"
        "Peru's soldiers have shown great courage. The UK is also committed to continuing to "
        "provide Peru's government with training and field hospitals."
    )
    article = ArticleInput("x", "x", text, dt.date(2016, 10, 17), title="Statement", url=url)
    events = extract_events(article, parse("x", text), Tenure())
    lead = events[0]
    assert lead.type == lead_type
    assert "John Carter" in {a.name for a in lead.actors if a.side == "source"}
    if lead_type == "pledge":
        assert not any(e.type == "statement" for e in events)


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("Officers arrested Tomas Vidal in Lima on Monday.", "police"),
        ("The officers arrested Tomas Vidal in Lima on Monday.", "police"),
        ("Armed policemen arrested Tomas Vidal in Lima on Monday.", "police"),
        ("Military officers arrested Tomas Vidal in Lima on Monday.", "Military officers"),
    ],
)
def test_participants_unnamed_officers_are_the_police(sentence: str, doer: str) -> None:
    """Officers no force or state is named for are the police, whatever their adjectives;
    military officers are not."""
    actors = _actors(sentence, "arrest", dt.date(2019, 11, 19))
    assert actors[doer].side == "source"


@pytest.mark.parametrize(
    "sentence",
    [
        "Every government that takes office in Peru reviews the budget first.",
        "Any minister who takes office in Peru swears an oath before the congress.",
    ],
)
def test_participants_anyone_of_a_kind_takes_part_in_nothing(sentence: str) -> None:
    """ "every government that takes office reviews", "any minister who takes office":
    what is said of all of a kind names no one who took office."""
    events = _events(sentence, dt.date(2021, 7, 29))
    assert not any(a.side == "target" for e in events if e.type == "appoint" for a in e.actors)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Vice President Luis Ramos declined to step down on Monday after the vote.", "reject"),
        ("Chile and Peru failed to agree on a new border line on Sunday.", "reject"),
        ("The minister declined to comment on the claims on Sunday.", None),
        ("The talks failed to produce a deal on Sunday.", None),
    ],
)
def test_participants_declining_to_act_is_a_refusal_declining_to_comment_is_not(
    sentence: str, kind: str | None
) -> None:
    """ "declined to step down", "failed to agree": a refusal; "declined to comment", "failed
    to produce a deal": nothing done."""
    kinds = {e.type for e in _events(sentence, dt.date(2005, 3, 2)) if e.actors}
    assert (kind in kinds) if kind else "reject" not in kinds


def test_participants_launching_fire_is_an_attack_not_an_initiative() -> None:
    """ "launched mortar and rocket fire on X": an attack, no initiative launched."""
    text = "Chilean gunners launched mortar and rocket fire on rebel positions outside Tacna."
    kinds = {e.type for e in _events(text, dt.date(2005, 3, 2))}
    assert "launch" not in kinds and kinds & {"attack", "kill"}


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Thousands of Peruvians marched in Lima on Thursday.", "Peruvians"),
        ("Chileans protested in Lima on Monday against the new tax.", "Chileans"),
        ("Hundreds of farmers marched in Lima on Monday.", "farmers"),
    ],
)
def test_participants_a_people_in_the_street_is_no_state(sentence: str, who: str) -> None:
    """ "Thousands of Peruvians marched": Peruvians protested (the parser's "protested"
    describing "Thousands" aside), not Peru, which protests by its government's words."""
    actors = _actors(sentence, "protest", dt.date(2021, 9, 21))
    assert actors[who].side == "source"
    assert not any(a.kind == "state" for a in actors.values())


def test_participants_reservists_and_peacekeepers_are_forces() -> None:
    """Reservists mobilized are the mobilizer's own forces, not whom it deployed to;
    peacekeepers attacked are a force that takes part."""
    deploy = _actors("Chile called up 5,000 army reservists on Tuesday.", "deploy")
    assert not any(a.side == "target" for a in deploy.values())
    attack = _actors("Chilean peacekeepers were attacked near Tacna on Monday.", "attack")
    assert attack["Chilean peacekeepers"].side == "target"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Chile ordered a suspension of trade links with Peru on Wednesday.", "Peru"),
        ("Chile announced the closure of its frontier with Peru on Wednesday.", "Peru"),
        ("Chile closed its border with Peru on Wednesday.", "Peru"),
    ],
)
def test_participants_whom_links_or_a_border_are_with_is_sanctioned(
    sentence: str, target: str
) -> None:
    """ "a suspension of trade links with Peru", "closed its border with Peru": Peru is whom
    the sanction is on."""
    actors = _actors(sentence, "sanction", dt.date(2021, 9, 21))
    assert actors[target].side == "target"


def test_participants_a_visit_called_off_is_no_visit_made_there() -> None:
    """ "cancelled his visit to Peru": a visit called off to Peru, which took place nowhere."""
    (event,) = _events("Foreign Minister John Carter cancelled his visit to Peru on Monday.")
    assert (event.type, event.plover) == ("call-off", "SANCTION")
    assert {a.name: a.side for a in event.actors}["Peru"] == "target"
    assert event.location is None
    assert event.summary.startswith("Foreign Minister John Carter called off a visit to Peru")


@pytest.mark.parametrize(
    ("sentence", "host"),
    [
        ("NATO deployed troops in Estonia on Monday.", "Estonia"),
        ("Chile deployed 300 troops in Tacna on Monday.", "Peru"),
    ],
)
def test_participants_the_state_forces_are_sent_to_hosts_them(sentence: str, host: str) -> None:
    """Forces deployed in a state's land, to no one named: that state is on the other side,
    as a visit's host is."""
    actors = _actors(sentence, "deploy", dt.date(2021, 9, 21))
    assert actors[host].side == "target"


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile froze part of its security aid programme for Peru on Friday.",
        "Chile has suspended its training aid programme for Peru.",
    ],
)
def test_participants_aid_suspended_is_a_sanction_on_whom_it_was_for(sentence: str) -> None:
    """ "froze part of its security aid programme for Peru": aid halted to Peru (PLOVER
    SANCTION), and no aid given to it."""
    events = _events(sentence, dt.date(2021, 9, 21))
    assert [(e.type, e.plover) for e in events] == [("cut-aid", "SANCTION")]
    assert {a.name: a.side for a in events[0].actors}["Peru"] == "target"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Chilean police fired tear gas to disperse demonstrators near the congress on Monday.",
         "coerce"),
        ("Chilean police will use tear gas to disperse demonstrators, the minister warned.",
         "threaten"),
    ],
)  # fmt: skip
def test_participants_force_used_to_disperse_a_crowd_dispersed_it(sentence: str, kind: str) -> None:
    """ "fired tear gas to disperse demonstrators": they were dispersed (no mere purpose);
    "will use tear gas to disperse them" is a threat."""
    actors = _actors(sentence, kind, dt.date(2021, 9, 21))
    assert actors["demonstrators"].side == "target"


def test_participants_whose_protest_was_prevented_is_the_target() -> None:
    """ "prevented a march organised by teachers": the teachers are whom force was used on."""
    text = "Chilean police prevented a march organised by teachers near the congress on Monday."
    actors = _actors(text, "coerce", dt.date(2021, 9, 21))
    assert actors["teachers"].side == "target"


@pytest.mark.parametrize(
    "sentence",
    ["Chile called for Peru to support its plan.", "Chile pushed for Peru to support its plan."],
)
def test_participants_whom_a_call_for_someone_to_act_asks_is_the_addressee(sentence: str) -> None:
    """ "called for Peru to support its plan": Peru is asked."""
    actors = _actors(sentence, "request", dt.date(2021, 9, 21))
    assert (actors["Chile"].side, actors["Peru"].side) == ("source", "target")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Chile tightened sanctions on Peru on Monday.", "sanction"),
        ("On Wednesday the alliance said it would tighten its blockade of Peru's ports.",
         "threaten"),
    ],
)  # fmt: skip
def test_participants_who_tightens_sanctions_imposes_them(sentence: str, kind: str) -> None:
    """ "tightened sanctions on Peru": its subject imposes them; "would tighten the blockade"
    threatens it."""
    actors = _actors(sentence, kind, dt.date(2021, 9, 21))
    assert [a.side for a in actors.values()][:1] == ["source"]
    assert actors["Peru"].side == "target"


@pytest.mark.parametrize(
    "sentence",
    [
        "The engine fired on all cylinders at the plant in Lima on Monday.",
        "The hunters shot at birds near Tacna on Sunday.",
        "The tyre blew up on the road near Tacna on Monday.",
        "Peru failed to reach the final of the cup in Lima on Monday.",
        "Heavy snow closed the border near Tacna on Monday.",
        "The president postponed his trip to Tacna on Monday because of the weather.",
    ],
)
def test_participants_words_of_force_said_of_things_are_no_happening(sentence: str) -> None:
    """Firing, shooting, blowing up, failing, closing and putting off, said of engines,
    hunters, tyres, a match, the weather: no attack, refusal or sanction."""
    codes = {e.plover for e in _events(sentence, dt.date(2021, 9, 21))}
    assert not codes & {"ASSAULT", "REJECT", "SANCTION"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Customs officers seized the cargo in Lima on Monday.", "customs officers"),
        ("Election officers rejected the complaint in Lima on Monday.", "Election officers"),
    ],
)
def test_participants_officers_of_a_named_service_are_not_the_police(
    sentence: str, name: str
) -> None:
    """Officers whose service the words before them name stay those officers."""
    names = {a.name for e in _events(sentence, dt.date(2021, 9, 21)) for a in e.actors}
    assert "police" not in names


def test_participants_fire_that_killed_is_a_killing() -> None:
    """ "fired on protesters, killing two": one happening, a killing of the protesters."""
    text = "Soldiers fired on protesters in Tacna on Monday, killing two."
    (event,) = [e for e in _events(text, dt.date(2021, 9, 21)) if e.plover == "ASSAULT"]
    assert event.type == "kill"
    assert {a.name: a.side for a in event.actors}["protesters"] == "target"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Luis Ramos attended a regional summit hosted by Chile in Lima on Monday.",
        "Foreign Minister Luis Ramos attended the summit, hosted by Chile, in Lima on Monday.",
        "Foreign Minister Luis Ramos joined talks convened by Chile in Lima on Monday.",
    ],
)
def test_participants_attendee_and_host_of_a_gathering_both_take_part(text: str) -> None:
    """Whoever attends a gathering and whoever holds it ("hosted by", "convened by") both
    take part, whether or not the participle gives the date."""
    actors = _actors(text, "meet")
    assert {"Luis Ramos", "Chile"} <= set(actors)
    assert actors["Luis Ramos"].side == actors["Chile"].side == "source"


def test_participants_a_gathering_described_by_who_lost_it_has_no_host() -> None:
    """Only holding verbs name a host: "the summit, delayed by the strike" has none."""
    text = (
        "Foreign Minister Luis Ramos attended the summit, delayed by a strike, in Lima on Monday."
    )
    assert "strike" not in {a.name for e in _events(text) for a in e.actors}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Peru voted at the UN General Assembly on Monday to condemn the coup.",
            "General Assembly",
        ),
        (
            "Peru was one of twelve states in the Security Council that voted against the motion "
            "on Monday.",
            "Security Council",
        ),
    ],
)
def test_participants_the_body_a_vote_is_held_in_takes_part(text: str, body: str) -> None:
    """A vote "at" or "in" a body is held there: the body takes part, as a host does, and who
    was "one of" the states that voted voted."""
    (event,) = [e for e in _events(text) if e.type == "vote"]
    names = {a.name for a in event.actors}
    assert "Peru" in names
    assert any(body in name for name in names)


def test_participants_a_vote_in_a_city_has_no_body() -> None:
    """A place named with "in" is where the vote was, not who held it."""
    text = "Peru's parliament voted in Lima on Monday to expel the ambassador."
    (event,) = [e for e in _events(text) if e.type == "vote"]
    assert "Lima" not in {a.name for a in event.actors}


def test_participants_parties_an_initiative_is_between_take_part() -> None:
    """An initiative "between" two states, announced by a third, is cooperation of the two."""
    text = (
        "Peru's foreign minister announced a new initiative between Chile and Bolivia on Monday "
        "to reduce air pollution."
    )
    (event,) = [e for e in _events(text) if e.type == "cooperate"]
    sides = {a.name: a.side for a in event.actors}
    assert sides.get("Chile") == sides.get("Bolivia") == "source"


def test_participants_a_body_named_by_the_end_of_its_longer_name_is_that_body() -> None:
    """ "the Panel of Experts" after "the UN Panel of Experts" is the one body, listed once."""
    text = (
        "Foreign Minister Ana Soto welcomed the UN Panel of Experts' report on Tacna on Monday. "
        "I welcome the Panel of Experts' report, which found that the dam was shelled."
    )
    (event,) = [e for e in _events(text) if e.type == "support"]
    assert [a.name for a in event.actors if "Panel" in a.name] == ["UN Panel of Experts"]


def test_participants_a_short_body_name_two_longer_names_end_with_stays() -> None:
    """With two bodies whose names end in it, a short name says neither."""
    text = (
        "The Peruvian Defence Ministry and the Chilean Defence Ministry signed an accord in "
        "Lima on Monday. The Defence Ministry welcomed the accord on Tuesday."
    )
    (event,) = [e for e in _events(text) if e.type == "support"]
    assert [a.name for a in event.actors] == ["Defence Ministry"]


def test_participants_an_announcement_hung_on_the_place_tells_of_the_happening() -> None:
    """ "the withdrawal from the border area announced by Peru on October 6": the parser hangs
    the participle on the area, but the withdrawal was announced, by Peru, that day."""
    text = "The withdrawal from the border area announced by Peru on October 6 was completed."
    events = _events(text, dt.date(2019, 10, 14))
    assert [e.type for e in events] == ["withdraw"]
    assert [a.name for a in events[0].actors] == ["Peru"]
    assert events[0].date.value == "2019-10-06"


@pytest.mark.parametrize(
    "text",
    [
        "Luis Ramos pulled out a revolver in Lima on Monday, police said.",
        "John Carter withdrew cash from a bank in Lima on Monday.",
    ],
)
def test_participants_drawing_a_gun_or_cash_is_no_withdrawal(text: str) -> None:
    """ "pulled out a revolver", "withdrew cash": no forces or envoys leave anywhere."""
    assert "withdraw" not in {e.type for e in _events(text)}


def test_participants_damage_received_is_no_aid() -> None:
    """ "received $2 million in damage": harm suffered, not aid given."""
    text = "The Lima cathedral received about $2 million in damage from a blaze on Friday."
    assert "aid" not in {e.type for e in _events(text)}


def test_participants_speaking_to_police_is_no_call() -> None:
    """A victim or witness who "has since spoken to police about it" makes no call."""
    text = (
        "Luis Ramos was shot in the leg in Lima on Monday and has since spoken to police about it."
    )
    assert "call" not in {e.type for e in _events(text)}


def test_participants_an_award_is_no_one_met() -> None:
    """ "received the National Merit Award from the President": an honour, not a meeting."""
    text = "Ana Soto received the National Merit Award from President Luis Ramos in Lima on Monday."
    assert "meet" not in {e.type for e in _events(text)}


def test_participants_a_state_called_on_to_act_was_asked() -> None:
    """ "Peru was called on to withdraw": a request made of Peru, not a phone call."""
    (asked,) = _events("Peru was called on by Chile to withdraw its troops on Monday.")
    assert asked.plover == "REQUEST"
    assert {(a.name, a.side) for a in asked.actors} >= {("Peru", "target"), ("Chile", "source")}


def test_participants_calling_someone_who_is_somewhere_is_no_request() -> None:
    """ "called a friend on the island": phoned someone there, asked nothing of the place."""
    text = "Ana Soto called a talented friend of hers on John Carter's farm and asked for help."
    assert not [e for e in _events(text) if e.plover == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ana Soto visited the Kim Lan prison on Monday.",
        "Gunmen attacked the John Carter base in Lima on Monday.",
    ],
)
def test_participants_a_place_named_after_someone_is_no_one(text: str) -> None:
    """ "the Kim Lan prison": the prison's name, no person visited or attacked."""
    (event,) = _events(text)
    assert not {"Kim Lan", "John Carter"} & {a.name for a in event.actors}


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested John Carter's son in Lima on Monday.",
        "Foreign Minister Ana Soto met John Carter's wife in Lima on Monday.",
    ],
)
def test_participants_whose_kin_it_was_takes_no_part(text: str) -> None:
    """ "arrested John Carter's son": the son was arrested, not his father."""
    (event,) = _events(text)
    assert "John Carter" not in {a.name for a in event.actors}


@pytest.mark.parametrize(
    "text",
    [
        "Ramos and Soto rallied to beat the Chilean pair 4-6, 6-2, 7-5 in Lima.",
        "Lopez and Soto rallied to defeat the Chilean pair in the deciding match in Lima.",
    ],
)
def test_participants_a_player_who_rallied_to_win_protested_nothing(text: str) -> None:
    """ "rallied to beat X": came back in a game, no rally of protest."""
    assert not [e for e in _events(text) if e.plover == "PROTEST"]


def test_participants_signing_a_form_is_no_agreement() -> None:
    """ "signed false certifications": papers signed, no agreement between anyone."""
    text = "Guards Ana Soto and Luis Ramos signed false certifications in Lima on Monday."
    assert not [e for e in _events(text) if e.plover == "AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "Luis Ramos, an adviser for the Office of the Andean Ombudsman for Miners who had "
        "investigated the killings, said justice was slow.",
        "Luis Ramos, a spokesman for the Ministry of Defence of Peru who met the rebels on "
        "Monday, resigned.",
    ],
)
def test_participants_who_a_who_clause_after_a_body_s_name_tells_of_is_the_person(
    text: str,
) -> None:
    """ "X, an adviser for the Office of ... who had investigated": X investigated, not the
    office whose name the parser hung the clause on, nor "a spokesman" of no name."""
    (event,) = [e for e in _events(text) if e.type in ("investigate", "meet")]
    assert [a.name for a in event.actors if a.side == "source"] == ["Luis Ramos"]


@pytest.mark.parametrize(
    "text",
    [
        "Peru faced stiff international and Chilean criticism on Monday over the border.",
        "Peru faced Chile's criticism on Monday over the border.",
    ],
)
def test_participants_whose_criticism_was_faced_gave_it(text: str) -> None:
    """ "faced Chilean criticism": Chile criticised Peru, it was not criticised with it."""
    (condemned,) = _events(text)
    assert {(a.name, a.side) for a in condemned.actors} == {
        ("Peru", "target"),
        ("Chile", "source"),
    }


def test_participants_an_offence_a_charge_names_is_no_happening() -> None:
    """ "faces nine charges of kidnapping and six counts of assault": offences in general,
    no attack told."""
    text = "John Carter faces nine charges of kidnapping and six counts of assault in Tacna."
    assert not [e for e in _events(text) if e.plover == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The Peru tax plan was met with anger in Tacna on Monday.", "CONSULT"),
        ("Ms Soto had been admitted to hospital in Lima for treatment on Monday.", "CONCEDE"),
    ],
)
def test_participants_an_idiom_of_a_trigger_word_is_no_happening(text: str, plover: str) -> None:
    """ "met with anger": how a plan was received, no meeting; "admitted to hospital": taken
    in for care, nothing conceded."""
    assert not [e for e in _events(text) if e.plover == plover]


def test_participants_one_voted_the_best_player_was_honoured_not_voted_on() -> None:
    text = "Maria Lopez was voted best player of the season in Lima on Monday."
    assert not [e for e in _events(text) if e.type == "vote"]


@pytest.mark.parametrize(
    "text",
    [
        "Luis Ramos, 23, of Tacna, Peru, was charged with theft on Monday, police said.",
        "John Carter, of Arica, Chile, was charged with theft on Monday, police said.",
    ],
)
def test_participants_where_a_charged_man_is_from_is_not_charged(text: str) -> None:
    """ "X, 23, of Tacna, Peru, was charged": Peru is where he lives, not a party."""
    (accused,) = [e for e in _events(text) if e.plover == "ACCUSE"]
    assert not {"Peru", "Chile"} & {a.name for a in accused.actors}


def test_participants_a_previous_arrest_is_no_arrest_told() -> None:
    """ "out on bail for a previous DWI arrest": some earlier arrest, not one that day, and
    no "DWI" who made it."""
    text = "Luis Ramos was out on bail for a previous DWI arrest, police said."
    assert not [e for e in _events(text) if e.type == "arrest"]


def test_participants_a_guild_s_strike_is_a_stoppage_of_work() -> None:
    """ "The Tacna Writers Guild strike ended": a strike of workers, no blow struck."""
    (strike,) = _events("The Tacna Writers Guild strike ended in Lima in 2007.")
    assert strike.plover == "PROTEST"


def test_participants_who_helped_is_on_the_side_of_who_did_it() -> None:
    """ "investigated the blast with the help of the army": the army helped the police, it
    was not what was investigated."""
    (probe,) = _events("Police investigated the blast in Tacna with the help of the army.")
    assert ("army", "target") not in {(a.name, a.side) for a in probe.actors}
    assert "army" in {a.name for a in probe.actors if a.side == "source"}


def test_participants_a_man_released_from_prison_was_released_not_withdrawn_from() -> None:
    """PLOVER codes a release of people as RETREAT; its headline says "released"."""
    (freed,) = _events("Luis Ramos was released from prison in Tacna in late 2008.")
    assert (freed.type, freed.plover, freed.mode) == ("release", "RETREAT", "release")
    assert freed.summary.startswith("Luis Ramos was released")


@pytest.mark.parametrize(
    ("text", "plover", "names"),
    [
        ("President Luis Ramos met with the opposition in Lima on Monday.", "CONSULT", []),
        ("The envoy met with Peruvian opposition figures in Lima on Monday.", "CONSULT", []),
        (
            "Thousands rallied in Lima on Monday to force President Luis Ramos to resign.",
            "PROTEST",
            [],
        ),
        (
            "Prison guards beat Luis Ramos in Tacna to secure a confession.",
            "ASSAULT",
            ["Luis Ramos"],
        ),
        (
            "Chilean fans beat Luis Ramos to death in Lima after Chile's 2-1 win over Peru.",
            "ASSAULT",
            ["Luis Ramos"],
        ),
        ("Peru ordered the enforcement of sanctions on Chilean firms on Monday.", "SANCTION", []),
        ("John Carter's bodyguards shot two protesters in Lima on Monday.", "ASSAULT", []),
        ("Maria Lopez accused the Luis Ramos camp of fraud on Monday.", "ACCUSE", ["Luis Ramos"]),
        ("Police raided the John Carter compound in Lima on Monday.", "COERCE", ["John Carter"]),
        (
            "Luis Ramos, of Peru, and John Carter, of Chile, signed the accord in Lima on Monday.",
            "AGREE",
            ["Peru", "Chile"],
        ),
        ("Chile and Peru signed a letter of intent in Lima on Monday.", "AGREE", ["Chile"]),
    ],
)
def test_participants_what_the_narrower_rules_leave_as_it_was(
    text: str, plover: str, names: list[str]
) -> None:
    """Guards of the rules for games, idioms, kin, places named after people and hometowns:
    meetings with the opposition, protests to force a resignation, beatings with a purpose or
    after a match, sanctions enforced, a bodyguard's shooting, a candidate's camp, a compound
    raided, states named after their envoys, a letter of intent signed."""
    found = [e for e in _events(text) if e.plover == plover]
    assert found, [(e.type, e.summary) for e in _events(text)]
    assert set(names) <= {a.name for e in found for a in e.actors}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Critics questioned John Carter's appointment as ambassador on Monday.", "appoint"),
        ("Luis Ramos's dismissal as coach surprised fans in Lima on Monday.", "dismiss"),
    ],
)
def test_participants_whose_appointment_it_was_was_appointed(text: str, kind: str) -> None:
    """ "John Carter's appointment": he was appointed, he appointed no one."""
    (event,) = [e for e in _events(text) if e.type == kind]
    assert [a.side for a in event.actors if a.kind == "person"] == ["target"]


@pytest.mark.parametrize(
    "text",
    [
        "The hunter killed a deer near Tacna on Sunday.",
        "The firm continued to sign up new customers in Lima all week.",
    ],
)
def test_participants_killing_an_animal_or_signing_up_customers_is_no_event(text: str) -> None:
    assert not [e for e in _events(text) if e.plover in ("ASSAULT", "AGREE")]


@pytest.mark.parametrize(
    "text",
    [
        "Luis Ramos fled to Peru and was arrested there on Monday.",
        "Luis Ramos surrendered to police and was charged on Saturday with murder.",
    ],
)
def test_participants_a_passive_verb_joined_to_an_active_one_was_done_to_their_subject(
    text: str,
) -> None:
    (done,) = [e for e in _events(text) if e.type in ("arrest", "accuse")]
    assert [(a.name, a.side) for a in done.actors if a.name == "Luis Ramos"] == [
        ("Luis Ramos", "target")
    ]


def test_participants_whose_death_is_condemned_are_not_condemned() -> None:
    (condemn,) = [e for e in _events("Chile condemned the deaths of two soldiers near Tacna.")]
    assert [a.name for a in condemn.actors] == ["Chile"]


def test_participants_a_participle_after_a_noun_tells_what_was_done_to_it() -> None:
    """The parser hangs "killed" on the main verb; the workers were killed, and the one who
    denounced it killed no one."""
    text = (
        'The Peruvian president has denounced what she called the "slaughter" of four bank '
        "workers killed when their branch was torched during riots in Tacna."
    )
    events = _events(text)
    assert not [
        e for e in events if e.plover == "ASSAULT" and any(a.side == "source" for a in e.actors)
    ]


@pytest.mark.parametrize(
    "noun", ["assailant", "shooter", "bomber", "killer", "perpetrator", "stabber"]
)
def test_participants_who_carried_out_an_attack_is_someone_to_act_on(noun: str) -> None:
    """ "a policeman shot dead the shooter": the shooter was killed, not people."""
    (kill,) = _events(f"In Lima on Monday, a policeman shot dead the {noun}.")
    assert [a.name for a in kill.actors if a.side == "target"] == [noun]


def test_participants_shot_dead_before_the_object_kills_it() -> None:
    (kill,) = _events("Police shot dead the gunman in Lima on Monday.")
    assert kill.type == "kill"
    assert [(a.name, a.side) for a in kill.actors] == [("police", "source"), ("gunman", "target")]


@pytest.mark.parametrize("word", sorted(SUFFERED_HARMS))
def test_participants_who_suffered_a_harm_condemned_is_not_condemned(word: str) -> None:
    (condemn,) = _events(f"Chile condemned the {word} of Luis Ramos in Lima.")
    assert [a.name for a in condemn.actors] == ["Chile"]


def test_participants_news_of_a_natural_death_is_no_condemnation() -> None:
    text = (
        "Chile was shocked by news of the death of former president Luis Ramos, who died of "
        "cancer on Monday."
    )
    assert not [e for e in _events(text) if e.plover == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Luis Ramos arrived in Peru accused of spying by Chile.",
        "John Carter returned to Lima expelled by Chile.",
    ],
)
def test_participants_a_participle_after_a_place_is_not_done_to_the_place(text: str) -> None:
    for event in _events(text):
        assert not [a for a in event.actors if a.side == "target" and a.name in ("Peru", "Lima")]


@pytest.mark.parametrize("noun", sorted(VICTIM_POSSESSED))
def test_participants_whose_harm_it_was_is_not_condemned_for_it(noun: str) -> None:
    """ "Chile condemned Maria Lopez's assassination": she suffered it."""
    events = _events(f"Chile condemned Maria Lopez's {noun} in Lima on Monday.")
    (condemn,) = [e for e in events if e.plover == "ACCUSE"]
    assert [a.name for a in condemn.actors] == ["Chile"]


def test_participants_whose_harm_of_others_it_was_did_it() -> None:
    (condemn, *_) = [
        e
        for e in _events("Chile condemned Peru's killing of two soldiers.")
        if e.plover == "ACCUSE"
    ]
    assert [(a.name, a.side) for a in condemn.actors] == [("Chile", "source"), ("Peru", "target")]


def test_participants_a_lone_surname_is_the_first_of_two_people_who_bear_it() -> None:
    """ "Carter met ..." before "survived by her brother Jack Carter": Maria Carter."""
    text = (
        "Singer Maria Carter died on Thursday in Lima.\n"
        "In 1950 Carter met bandleader Luis Ramos in Tacna.\n"
        "Carter is survived by her brother Jack Carter."
    )
    (meet,) = [e for e in _events(text) if e.type == "meet"]
    assert [a.name for a in meet.actors if a.side == "source"] == ["Maria Carter"]


@pytest.mark.parametrize("manner", sorted(" ".join(words) for words in MANNER_IDIOMS))
def test_participants_an_idiom_of_manner_keeps_the_verb_s_with(manner: str) -> None:
    """ "met face to face with X": the parser hangs "with X" on the idiom; X was met."""
    text = f"John Carter and Luis Ramos met {manner} with Bolivian officials in Lima on Monday."
    actors = _actors(text, "meet")
    assert actors["Bolivian officials"].side == "target"
    assert actors["John Carter"].side == actors["Luis Ramos"].side == "source"


def test_participants_fighting_side_by_side_is_not_fighting_the_companion() -> None:
    text = "Chilean troops fought side by side with Peruvian soldiers in Arica on Monday."
    for event in _events(text):
        assert not [a for a in event.actors if a.side == "target" and "Peru" in a.name]


def test_participants_whom_one_accompanied_in_talks_took_part() -> None:
    text = "John Carter accompanied Maria Lopez in talks with Bolivian officials in Lima on Monday."
    actors = _actors(text, "meet")
    assert {"John Carter", "Maria Lopez", "Bolivian officials"} <= set(actors)


def test_participants_a_country_named_elsewhere_in_the_sentence_was_not_attacked() -> None:
    """The country an unnamed attack's place lies in is its target only when the sentence
    names it with the place ("in Arica, Chile"), not as who did something else."""
    text = (
        "Chile lifted a night curfew in Arica where 17 people have been killed in riots this year."
    )
    for event in _events(text):
        assert not [a for a in event.actors if a.side == "target" and a.name == "Chile"]


def test_participants_the_country_named_with_an_attack_s_place_was_attacked() -> None:
    (attack,) = [e for e in _events("A bomb exploded in Arica, Chile, on Monday.")]
    assert [(a.name, a.side) for a in attack.actors] == [("Chile", "target")]


def test_participants_people_killed_in_a_country_do_not_make_it_killed() -> None:
    """A killing's target side is people: "two killed in Arica, Chile" did not kill Chile."""
    (kill,) = [
        e for e in _events("Two people were killed in a bombing in Arica, Chile, on Monday.")
    ]
    assert kill.plover == "ASSAULT" and not kill.actors


def test_participants_a_past_with_an_object_joined_to_a_passive_is_active() -> None:
    """ "was released in March and attacked John Carter again": he attacked Carter."""
    actors = _actors("Luis Ramos was released in March and attacked John Carter again.", "attack")
    assert (actors["Luis Ramos"].side, actors["John Carter"].side) == ("source", "target")


def test_participants_a_past_joined_to_a_passive_without_an_object_is_passive() -> None:
    actors = _actors("Luis Ramos was arrested on Monday and charged with fraud.", "accuse")
    assert actors["Luis Ramos"].side == "target"


def test_participants_the_subject_after_an_inverted_passive_is_done_to() -> None:
    """ "Also arrested were his brother and a cousin": they were arrested, by no one named."""
    for also in ("Also arrested was John Carter.", "Also arrested were his cousin, John Carter."):
        text = f"Luis Ramos was arrested on Monday. {also}"
        arrests = [e for e in _events(text) if e.type == "arrest"]
        sides = {a.name: a.side for e in arrests for a in e.actors}
        assert sides.get("John Carter") == "target"


def test_participants_officers_posted_somewhere_are_the_side_that_moved_them() -> None:
    """ "Two police officers were stationed on the street": no one received the police."""
    actors = _actors("Two police officers were stationed on Lima Street on Friday.", "deploy")
    assert [a.side for a in actors.values()] == ["source"]


def test_participants_whom_a_naming_verb_names_as_the_doer_did_it() -> None:
    """ "identified Luis Ramos as the gunman who killed X": Luis Ramos killed X."""
    text = "A witness identified Luis Ramos on Friday as the gunman who killed Maria Lopez in May."
    actors = _actors(text, "kill")
    assert actors["Luis Ramos"].side == "source" and actors["Maria Lopez"].side == "target"
    assert "gunman" not in actors


def test_participants_who_heads_a_delegation_from_a_body_is_on_its_side() -> None:
    """ "received a delegation from X headed by its commander, Y": Y was received."""
    text = (
        "Prime Minister Ana Soto on Friday received a delegation from the Chilean Army headed "
        "by its commander, Lieutenant General Luis Ramos."
    )
    actors = _actors(text, "meet", dt.date(2022, 6, 15))
    assert actors["Luis Ramos"].side == "target"


@pytest.mark.parametrize(
    "text",
    [
        "Peru fired missiles at Chilean troops on Wednesday.",
        "Peru fired rockets at two bases hosting Chilean troops on Wednesday.",
    ],
)
def test_participants_forces_weapons_were_fired_at_were_attacked(text: str) -> None:
    """ "fired missiles at Chilean troops", "at two bases hosting Chilean troops" (bases the
    lemmatizer may read as "basis"): the troops were attacked."""
    actors = _actors(text, "attack")
    assert actors["Chilean troops"].side == "target" and actors["Peru"].side == "source"


def test_participants_a_delegation_of_people_led_by_someone_still_visits_its_host() -> None:
    text = "A delegation of Peruvian lawmakers led by Luis Ramos visited Santiago on Monday."
    (visit,) = [e for e in _events(text) if e.mode == "visit"]
    assert "Chile" in {a.name for a in visit.actors if a.side == "target"}


def test_participants_the_one_identified_as_the_gunman_in_the_passive_did_it() -> None:
    actors = _actors(
        "John Carter was identified as the gunman who killed Maria Lopez in May.", "kill"
    )
    assert actors["John Carter"].side == "source"


def test_participants_two_people_of_one_surname_told_in_two_clauses_both_take_part() -> None:
    """A visit told with "where he met X Ramos and Y Ramos": both, not one Ramos."""
    text = (
        "Foreign Minister John Carter flew to Tacna on Tuesday, where he met Governor Luis "
        "Ramos and Mayor Pedro Ramos."
    )
    names = {a.name for e in _events(text) for a in e.actors}
    assert {"Luis Ramos", "Pedro Ramos"} <= names


@pytest.mark.parametrize(
    ("text", "promiser"),
    [
        ("Chile said on Thursday that sanctions would be imposed on Peru.", "Chile"),
        ("Chile said on Thursday that its troops would be withdrawn from Peru.", "Chile"),
        (
            "Foreign Minister Luis Ramos said on Thursday that the troops would be withdrawn.",
            "Luis Ramos",
        ),
    ],
)
def test_participants_who_says_a_passive_will_be_done_promises_it(text: str, promiser: str) -> None:
    """ "Chile said sanctions would be imposed on Peru": Chile threatens; no one else is named."""
    events = [e for e in _events(text) if e.plover in ("THREATEN", "AGREE")]
    assert any(promiser in {a.name for a in e.actors if a.side == "source"} for e in events)


def test_participants_who_tells_of_another_s_passive_plan_does_not_promise_it() -> None:
    for event in _events("Russia said NATO troops will be deployed to Estonia."):
        assert "Russia" not in {a.name for a in event.actors if a.side == "source"}


@pytest.mark.parametrize(
    "attended",
    [
        "The ceremony was attended by Defence Minister Maria Lopez.",
        "Defence Minister Maria Lopez also attended the ceremony.",
    ],
)
def test_participants_who_attended_the_ceremony_the_article_tells_took_part(attended: str) -> None:
    text = (
        "Lieutenant General John Carter handed over command of the mission to Major General "
        f"Luis Ramos at a ceremony in Lima on Monday. {attended}"
    )
    (handover,) = [e for e in _events(text, dt.date(2023, 5, 23)) if e.type == "command"]
    assert "Maria Lopez" in {a.name for a in handover.actors}


def test_participants_who_attended_another_gathering_takes_no_part() -> None:
    text = (
        "President Luis Ramos met Foreign Minister John Carter in Lima on Monday. "
        "The concert was attended by Defence Minister Maria Lopez."
    )
    for event in _events(text, dt.date(2023, 5, 23)):
        assert "Maria Lopez" not in {a.name for a in event.actors}


def test_participants_police_counted_in_hundreds_are_moved_within_their_own_country() -> None:
    """ "Hundreds of police were deployed to Arica": the police moved; no one received them."""
    (deploy,) = [e for e in _events("Hundreds of police were deployed to Arica on Monday.")]
    assert [(a.name, a.side) for a in deploy.actors] == [("police", "source")]


def test_participants_a_guest_received_again_keeps_the_host_on_the_other_side() -> None:
    """ "X arrived in Lima for talks ... X was received by Y": Y hosts X, not visits with X."""
    text = (
        "Chilean Defence Minister John Carter arrived in Lima on Monday for talks with Peruvian "
        "officials. Carter was received at Lima airport by Peruvian Defence Minister Luis Ramos."
    )
    sides = {a.name: a.side for e in _events(text) for a in e.actors}
    assert sides["John Carter"] == "source" and sides["Luis Ramos"] == "target"


def test_participants_who_attended_a_ceremony_an_arrest_came_after_took_no_part() -> None:
    text = (
        "Police arrested Luis Ramos in Lima on Monday after a ceremony at the presidential "
        "palace. The ceremony was attended by President Maria Lopez."
    )
    for event in _events(text):
        assert "Maria Lopez" not in {a.name for a in event.actors}


@pytest.mark.parametrize("count", sorted(COUNT_NOUNS))
def test_participants_every_count_of_police_deployed_moved_them(count: str) -> None:
    text = f"{count.capitalize()}s of police were deployed to Arica on Monday."
    for event in _events(text):
        assert all(a.side != "target" for a in event.actors if a.name == "police")


@pytest.mark.parametrize("words", sorted(NAMED_BODY_CATEGORIES), ids=str)
def test_participants_the_last_words_of_a_body_s_name_say_its_kind(words: str) -> None:
    """Each entry of the table: a body whose name ends in these words is of that kind (none
    for the corps that are no force), whatever its head noun alone would make it."""
    from storyline.events.people import _kind_of

    name = "The Alder " + " ".join(w.capitalize() for w in words.split())
    assert _kind_of(name) == (NAMED_BODY_CATEGORIES[words] or None)


def test_participants_a_council_that_leads_a_state_governs_it() -> None:
    text = "Chile welcomes the creation of a Presidential Leadership Council for Peru."
    roles = {a.name: a.role for e in _events(text) for a in e.actors}
    assert roles["Presidential Leadership Council"] == "governing council"
    text = "Chile's Federal Aviation Office banned the airline Andes Air on Monday."
    roles = {a.name: a.role for e in _events(text) for a in e.actors}
    assert roles.get("Federal Aviation Office") == "aviation authority", roles


@pytest.mark.parametrize("office", sorted(PORTFOLIO_OFFICES), ids=str)
def test_participants_a_counterpart_abroad_holds_the_same_portfolio(office: str) -> None:
    """Each office of the table: its counterpart in a state with ministers is that state's
    minister of the same portfolio."""
    from storyline.events.extract import counterpart_office

    assert counterpart_office(office, "Peru") == f"{PORTFOLIO_OFFICES[office]} Minister"


@pytest.mark.parametrize("home, portfolio", sorted(STATE_PORTFOLIO_OFFICES), ids=str)
def test_participants_a_state_s_own_name_for_a_portfolio_is_its_counterpart(
    home: str, portfolio: str
) -> None:
    """Each state office of the table is the counterpart there of the portfolio's minister,
    and its own counterpart elsewhere is that minister again."""
    from storyline.events.extract import counterpart_office

    office = STATE_PORTFOLIO_OFFICES[(home, portfolio)]
    assert counterpart_office(f"{portfolio} Minister", home) == office
    assert counterpart_office(office, "Peru") == f"{portfolio} Minister"


def test_participants_a_counterpart_holds_his_state_s_office_of_the_portfolio() -> None:
    """The US Secretary of State's Peruvian counterpart is Peru's Foreign Minister, a Chilean
    Foreign Minister's American counterpart the Secretary of State; "their Peruvian
    counterparts" of a Secretary of State and a Secretary of Defense are Peru's Foreign and
    Defence Ministers; a President's counterpart is a President."""
    text = "Secretary of State John Carter held talks with his Peruvian counterpart in Lima."
    roles = {a.name: a.role for e in _events(text) for a in e.actors}
    assert roles["Peru"] == "Foreign Minister"
    text = "Chilean Foreign Minister Luis Ramos met his American counterpart in Washington."
    roles = {a.name: a.role for e in _events(text) for a in e.actors}
    assert roles["United States"] == "Secretary of State"
    text = "Secretary of State John Carter met his Peruvian counterpart, Maria Lopez, in Lima."
    roles = {a.name: a.role for e in _events(text) for a in e.actors}
    assert roles["Maria Lopez"] == "Foreign Minister"
    text = (
        "Secretary of Defense Luis Ramos and Secretary of State John Carter met their Peruvian "
        "counterparts in Lima."
    )
    roles = {a.name: a.role for e in _events(text) for a in e.actors}
    assert roles.get("Peruvian counterparts") == "Foreign and Defence Ministers", roles
    text = "President Luis Ramos met his Peruvian counterpart in Lima."
    roles = {a.name: a.role for e in _events(text) for a in e.actors}
    assert roles["Peru"] == "President"


def test_participants_a_premier_is_a_prime_minister_the_tenure_table_may_name() -> None:
    """ "The Iraqi premier", as wire copy writes it: the office of Prime Minister, whose holder
    that day the table names (a public fact); "Peruvian premier Maria Lopez" keeps the text's
    word; the Premier League is no office."""
    text = "The Iraqi premier met Luis Ramos in Baghdad on Monday."
    (event,) = _events(text, dt.date(2024, 3, 8))
    roles = {a.name: (a.role, a.org) for a in event.actors}
    assert roles["Mohammed Shia' Al-Sudani"] == ("Prime Minister", "Iraq")
    text = "Peruvian premier Maria Lopez met Luis Ramos in Lima on Monday."
    roles = {a.name: (a.role, a.org) for e in _events(text) for a in e.actors}
    assert roles["Maria Lopez"] == ("Premier", "Peru")
    text = "Luis Ramos, a Premier League referee, met Maria Lopez in Lima on Monday."
    assert all(a.role != "Premier" for e in _events(text) for a in e.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Peru's premier Catholic cleric, Luis Ramos, met Maria Lopez in Lima on Monday.",
        "Chile sanctioned Banco Andino, Peru's premier bank, on Monday.",
        "Peru hosted the premier Andean summit in Lima on Monday.",
    ],
)
def test_participants_premier_as_an_adjective_is_no_office(text: str) -> None:
    assert all(a.role != "Premier" for e in _events(text) for a in e.actors), text


def test_participants_an_office_the_model_ran_into_a_name_is_cut_from_it() -> None:
    """ "[Ontario Premier Doug Ford]" tagged as one person: Doug Ford, Premier."""
    text = "Ontario Premier Doug Ford met Luis Ramos in Toronto on Monday."
    roles = {a.name: a.role for e in _events(text) for a in e.actors}
    assert roles.get("Doug Ford") == "Premier", roles


def test_participants_one_of_a_people_described_by_an_of_phrase_brings_no_one_else() -> None:
    text = "The Peruvian family of the slain reporter met Chilean officials in Lima on Monday."
    names = {a.name for e in _events(text) for a in e.actors}
    assert not any("reporter" in n for n in names), names


@pytest.mark.parametrize(
    "text",
    [
        "Lieutenant General Maria Lopez took command of the Andean Training Mission from Major "
        "General Tom Berg on Friday.",
        "Lieutenant General Maria Lopez took command of the Andean Training Mission on Friday, "
        "succeeding Major General Tom Berg.",
        "Maria Lopez took over as commander of the Andean Training Mission on Friday, replacing "
        "Tom Berg.",
    ],
)
def test_participants_command_handed_over_is_the_office_of_both(text: str) -> None:
    """Who took command of a body is its Commander from that day, and whom they took it from
    (by "from", or by a participle of succeeding) held it until then, whatever rank the text
    gives them; the headline calls them what the text does."""
    (event,) = [e for e in _events(text) if e.type == "command"]
    actors = {a.name: a for a in event.actors}
    lopez, berg = actors["Maria Lopez"], actors["Tom Berg"]
    assert (lopez.side, lopez.role, lopez.org) == ("target", "Commander", "Andean Training Mission")
    assert (berg.side, berg.role, berg.org) == ("source", "Commander", "Andean Training Mission")
    assert " handed over command of the Andean Training Mission to " in event.summary
    assert "Commander" not in event.summary


def test_participants_command_keeps_an_office_the_text_gives() -> None:
    """A person with an office of their own keeps it when they take command of something."""
    text = "Defence Minister Luis Ramos took command of the border operation in Tacna on Monday."
    (event,) = [e for e in _events(text) if e.type == "command"]
    ramos = next(a for a in event.actors if a.name == "Luis Ramos")
    assert ramos.role == "Defence Minister"


def test_participants_a_visit_to_a_body_s_headquarters_is_hosted_by_the_body() -> None:
    """ "visited NATO headquarters in Brussels for talks with X": the alliance and X hosted
    the visit (one encounter), not Belgium, whose city the building stands in."""
    text = (
        "Chile's Foreign Minister Ana Soto visited NATO headquarters in Brussels on Monday for "
        "talks with Secretary General Luis Ramos."
    )
    events = [e for e in _events(text) if e.plover == "CONSULT"]
    assert len(events) == 1
    sides = {a.name: a.side for a in events[0].actors}
    assert sides["Ana Soto"] == "source"
    assert sides["NATO"] == sides["Luis Ramos"] == "target"
    assert "Belgium" not in sides


def test_participants_a_visit_to_a_state_s_building_is_hosted_by_the_state() -> None:
    """A state's own building visited: the state hosts the visit, as before."""
    text = (
        "Peruvian President Luis Ramos visited the Chilean army's headquarters in Arica on Monday."
    )
    (visit,) = [e for e in _events(text) if e.type == "visit"]
    assert ("Chile", "target") in {(a.name, a.side) for a in visit.actors}


def test_participants_an_untagged_name_an_apposition_says_is_someone_takes_part() -> None:
    """ "Ana Soto, the Chilean foreign minister, met ...": a name the model left untagged is
    the person the apposition after it says it is, with that office."""
    text = "Ana Soto, the Chilean foreign minister, met Luis Ramos in Lima on Monday."
    actors = _actors(text, "meet")
    soto = actors["Ana Soto"]
    assert (soto.side, soto.role, soto.org) == ("source", "Foreign Minister", "Chile")


@pytest.mark.parametrize(
    "text",
    [
        "The Andean Star, a cargo ship, was seized off Arica by the Chilean navy on Friday.",
        "Rebels attacked Santa Rosa, a border town, on Friday.",
    ],
)
def test_participants_an_apposition_of_no_person_makes_no_person(text: str) -> None:
    """A ship or a town described in apposition is no person."""
    people = {a.name for e in _events(text) for a in e.actors if a.kind == "person"}
    assert not people


def test_participants_a_counterpart_in_apposition_after_the_name_holds_the_office() -> None:
    """ "met Luis Ramos, her Peruvian counterpart": Peru's Foreign Minister, not a role
    worded "her Peruvian counterpart", and no unnamed Peruvian minister beside him."""
    text = "Ana Soto, Chile's foreign minister, met Luis Ramos, her Peruvian counterpart, in Lima."
    actors = _actors(text, "meet")
    assert (actors["Luis Ramos"].role, actors["Luis Ramos"].org) == ("Foreign Minister", "Peru")
    assert "Peru" not in actors


def test_participants_an_apposition_ends_at_its_closing_comma() -> None:
    """ "Tomas Vidal, a suspect in the attacks, in the Miraflores district of Lima": what he
    is ends at the comma; where he was arrested is no part of it."""
    text = (
        "Police arrested Tomas Vidal, a suspect in both the Lima and Arica attacks, in the "
        "Miraflores district of Lima on Friday."
    )
    actors = _actors(text, "arrest")
    assert actors["Tomas Vidal"].role == "suspect in both the Lima and Arica attacks"


def test_participants_the_chief_of_a_body_is_who_headed_it_then() -> None:
    """ "met the NATO chief": the alliance's Secretary General that day (the office table),
    not the alliance."""
    text = "Peruvian Prime Minister Luis Ramos met the NATO chief in Brussels on Thursday."
    actors = _actors(text, "meet", dt.date(2021, 6, 18))
    chief = actors["Jens Stoltenberg"]
    assert (chief.role, chief.org, chief.side) == ("Secretary General", "NATO", "target")
    assert "NATO" not in actors


def test_participants_a_chief_before_a_noun_is_no_head() -> None:
    """ "the NATO chief negotiator" is no head of the alliance."""
    text = "Peruvian Prime Minister Luis Ramos met the NATO chief negotiator on Thursday."
    names = {a.name for e in _events(text, dt.date(2021, 6, 18)) for a in e.actors}
    assert "Jens Stoltenberg" not in names


@pytest.mark.parametrize(
    "text",
    [
        "With his superiors ill, Luis Ramos took effective command of the routine operations "
        "of the Andean Bureau of Investigation.",
        "Ana Soto assumed leadership of the Socialist Party on Friday, replacing Luis Ramos.",
        "Luis Ramos took charge of the investigation on Friday, replacing Ana Soto.",
    ],
)
def test_participants_leading_work_or_a_party_is_no_command_handed_over(text: str) -> None:
    """Command of a body's work, the leadership of a party or charge of an inquiry is no
    office of Commander, and whom it was taken from is no one who handed command over."""
    for event in _events(text):
        for actor in event.actors:
            assert actor.role != "Commander"
            assert not (actor.kind == "person" and actor.side == "source")


def test_participants_talks_with_a_body_in_a_city_keep_the_state_as_host() -> None:
    """ "visited Santiago for talks with the Red Cross": Chile still hosts the visit (only a
    body whose headquarters were visited hosts it alone)."""
    text = (
        "Luis Ramos, the Peruvian foreign minister, visited Santiago for talks with the Red "
        "Cross on Monday."
    )
    visit = next(e for e in _events(text) if e.type == "visit")
    assert ("Chile", "target") in {(a.name, a.side) for a in visit.actors}


def test_participants_a_counterpart_after_a_comma_and_no_name_takes_part() -> None:
    """ "..., and later, his Chilean counterpart": no name before the comma, so the
    counterpart is unnamed: Chile, by that office."""
    text = (
        "Luis Ramos, the Peruvian foreign minister, met Ana Soto in Lima on Monday, and later, "
        "his Chilean counterpart."
    )
    meet = next(e for e in _events(text) if e.type == "meet")
    assert ("Chile", "Foreign Minister") in {(a.name, a.role) for a in meet.actors}


def test_participants_a_title_cut_from_its_name_is_the_person_s() -> None:
    """ "a call with Andean Pact Assistant Secretary General for Operations Luis Ramos": the
    parser hangs "for Operations Luis Ramos" apart; the title's first words are still his."""
    text = (
        "On Monday, Chilean Foreign Minister Ana Soto held a phone call with Andean Pact "
        "Assistant Secretary General for Operations Luis Ramos."
    )
    actors = _actors(text, "call")
    assert actors["Luis Ramos"].role == "Assistant Secretary General for Operations"
    assert "General" not in actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The commander of the Andean Training Mission, Peruvian Lt. Gen. Luis Ramos, visited "
            "Chilean Defence Minister Ana Soto in Santiago on Thursday.",
            "Luis Ramos",
        ),
        (
            "Defence Minister Ana Soto received on Tuesday the commander of the Andean Training "
            "Mission, Peruvian Major General Luis Ramos.",
            "Luis Ramos",
        ),
    ],
)
def test_participants_an_office_before_a_holder_s_nationality_and_rank_is_theirs(
    text: str, name: str
) -> None:
    """ "The commander of X, Peruvian Lt. Gen. Y,": Y is X's Commander, whatever nationality
    and rank the apposition gives him first."""
    (event,) = [e for e in _events(text) if e.plover == "CONSULT"]
    holder = next(a for a in event.actors if a.name == name)
    assert holder.role is not None and holder.role.startswith("Commander")


def test_participants_an_invitee_the_parser_made_the_subject_of_what_they_were_invited_to() -> None:
    """ "invited Prime Minister X to attend the summit", parsed as X attending (the model
    does so with this sentence): an invitation, and X its addressee."""
    text = (
        "Pacific Defence Council Secretary General Tom Berg has invited Bolivian Prime Minister "
        "Juan Carlos al-Mena to attend the council's summit in Quito."
    )
    actors = _actors(text, "invite", dt.date(2023, 6, 20))
    assert actors["Juan Carlos al-Mena"].side == "target"


def test_participants_a_facility_named_by_its_town_places_the_attack_there() -> None:
    """ "Rockets hit Arica airport, wounding a Chilean service member": in Arica (the model
    may take the town for a body), on a soldier of Chile's, not in Chile at large."""
    text = "Rockets hit Arica airport on Monday, wounding a Chilean service member."
    (attack,) = [e for e in _events(text) if e.type == "attack"]
    assert attack.location is not None and attack.location.name == "Arica"
    assert any(a.org == "Chile" and a.side == "target" for a in attack.actors)


def test_participants_a_country_that_says_whose_is_no_place() -> None:
    """ "killed in a U.S. special forces raid in northwest Syria": whose raid, not where."""
    text = (
        "The rebel leader Tomas Vidal had been killed in a U.S. special forces raid in "
        "northwest Syria on Saturday."
    )
    (kill,) = [e for e in _events(text) if e.type == "kill"]
    assert kill.location is not None and kill.location.name == "Syria"


@pytest.mark.parametrize(
    "noun", ["service member", "service members", "serviceman", "servicewoman"]
)
def test_participants_service_members_are_armed_forces(noun: str) -> None:
    """A state's service members are its armed forces, not the state."""
    text = f"Rockets hit Arica airport on Monday, wounding Chilean {noun}."
    (attack,) = [e for e in _events(text) if e.type == "attack"]
    assert any(a.role == "armed forces" and a.org == "Chile" for a in attack.actors)


def test_participants_a_round_of_a_happening_is_dated_by_its_clause() -> None:
    """ "The first round of the strategic dialogue between Peru and Chile was held in June
    2020": the dialogue's date is the round's."""
    text = "The first round of the strategic dialogue between Peru and Chile was held in June 2020."
    (meet,) = [e for e in _events(text) if e.type == "meet"]
    assert meet.date.value == "2020-06"


@pytest.mark.parametrize(
    ("after", "berg"),
    [
        ("He replaced Peruvian Major General Tom Berg.", True),
        ("She succeeds Tom Berg, who led the mission for a year.", True),
        ("She replaced the staff of Tom Berg.", False),
        ("Tom Berg said she would do well.", False),
    ],
)
def test_participants_whom_command_was_taken_from_told_after(after: str, berg: bool) -> None:
    """ "X took command of the mission on Tuesday. He replaced Y.": Y handed command over."""
    text = (
        "Lieutenant General Maria Lopez took command of the Andean Training Mission on "
        f"Friday. {after}"
    )
    (event,) = [e for e in _events(text) if e.type == "command"]
    sides = {a.name: a.side for a in event.actors}
    assert (sides.get("Tom Berg") == "source") is berg


@pytest.mark.parametrize(
    "text",
    [
        "The incoming NATO chief met Peruvian Prime Minister Luis Ramos on Monday.",
        "The next NATO chief will visit Lima, Luis Ramos said on Monday.",
    ],
)
def test_participants_an_incoming_or_next_chief_is_not_who_heads_the_body(text: str) -> None:
    """ "the incoming NATO chief" is not the Secretary General of the day."""
    names = {a.name for e in _events(text, dt.date(2021, 6, 18)) for a in e.actors}
    assert "Jens Stoltenberg" not in names


def test_participants_a_body_s_words_are_no_holder_of_its_title() -> None:
    """ "Secretary General of the Peruvian Workers Organization [line break] X": the body's
    last words are no person the title could be given to."""
    text = (
        "Luis Ramos met with Secretary General of the Peruvian Workers Organization\n"
        "Tomas Vidal at the White House on October 11."
    )
    names = {a.name for e in _events(text, dt.date(2022, 10, 12)) for a in e.actors}
    assert "Workers Organization" not in names


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Three people were killed in a Bolivia bus bombing on Sunday.", "Bolivia"),
        ("Rebels attacked the Lima market in Tacna on Monday.", "Tacna"),
    ],
)
def test_participants_a_country_before_a_happening_or_a_told_town_places_it(
    text: str, place: str
) -> None:
    """A country before a happening's noun is where it was ("a Bolivia bus bombing"); a town
    the sentence says it was in wins over the one a facility is named by."""
    events = [e for e in _events(text) if e.plover == "ASSAULT"]
    assert events and events[0].location is not None and events[0].location.name == place


def test_participants_a_service_member_of_no_state_is_no_bare_member() -> None:
    """ "A service member was killed": no actor called "member"."""
    text = "A service member was killed in an attack near Tacna on Monday."
    assert all(a.name != "member" for e in _events(text) for a in e.actors)


def test_participants_a_round_told_as_background_dates_no_other_happening() -> None:
    """ "The first round of the strategic dialogue took place in June 2020", after a meeting
    on Monday: the meeting is still Monday's."""
    text = (
        "Peruvian President Luis Ramos met Chilean President Ana Soto in Lima on Monday. The "
        "first round of the strategic dialogue took place in June 2020."
    )
    meet = next(e for e in _events(text) if "Luis Ramos" in {a.name for a in e.actors})
    assert meet.date.value == "2024-05-06"


def test_participants_what_the_host_did_before_the_visit_is_the_host_s_side() -> None:
    """ "Last year we met President Vidal", said by the host: the guest was not there."""
    text = JOINT_PRESS_CONFERENCE.replace(
        "This morning we met for two hours to talk about trade and the border.",
        "Last year we met Bolivian President Tomas Vidal in La Paz.",
    )
    (event,) = [e for e in _events(text, dt.date(2022, 3, 27)) if e.type == "meet"]
    assert "John Carter" not in {a.name for a in event.actors}, event.actors


def test_participants_the_host_is_who_the_guest_thanks_for_hosting() -> None:
    """The guest's label opens the transcript and he thanks the other for hosting him: his
    "this morning we met the President" is his side's, whoever spoke first."""
    text = (
        "SECRETARY CARTER: Thank you, Minister Soto, for hosting me in Lima. This morning we "
        "met President Luis Ramos at the palace.\n"
        "FOREIGN MINISTER SOTO: Welcome again, Secretary Carter.\n"
    )
    title = "Secretary John Carter And Foreign Minister Ana Soto At a Joint Press Availability"
    article = ArticleInput("x", "x", text, dt.date(2025, 6, 18), title=title)
    (event,) = [e for e in extract_events(article, parse("x", text), Tenure()) if e.type == "meet"]
    assert not any("Soto" in a.name for a in event.actors), event.actors


def test_participants_his_meeting_in_a_title_is_the_man_whose_remarks_tell_it() -> None:
    """ "After His Meeting With Foreign Minister Soto", above remarks where Secretary Carter
    says "we shared some thoughts" and a spokesman closes: the meeting is Carter's, not that
    of the last voice heard."""
    text = (
        "Tom Berg, Department Spokesperson\n\n"
        "QUESTION: Secretary Carter, did you discuss the border?\n\n"
        "SECRETARY CARTER: We obviously talked about the border and we shared some thoughts "
        "on it.\n\n"
        "MR BERG: Thanks, everybody. Thank you.\n"
    )
    title = "After His Meeting With Peruvian Foreign Minister Ana Soto"
    article = ArticleInput("x", "x", text, None, title=title)
    (event,) = [e for e in extract_events(article, parse("x", text), Tenure()) if e.type == "meet"]
    names = {a.name for a in event.actors}
    assert "Carter" in names and "Ana Soto" in names and "BERG" not in names, names


@pytest.mark.parametrize(
    "guest_words, when",
    [
        # "we welcome the progress", said by the guest, is no greeting of a host
        ("We welcome the progress on the border.", "This morning"),
        # the day of the press conference, named
        ("It is good to be back.", "On Sunday"),
    ],
)
def test_participants_the_host_s_meeting_of_the_day_takes_the_guest(
    guest_words: str, when: str
) -> None:
    text = (
        f"FOREIGN MINISTER SOTO: Thank you all for coming. {when} we met President Luis "
        "Ramos at the palace.\n"
        f"SECRETARY CARTER: Thank you, Ana. {guest_words}\n"
    )
    title = "Secretary John Carter And Foreign Minister Ana Soto At a Joint Press Availability"
    article = ArticleInput("x", "x", text, dt.date(2022, 3, 27), title=title)  # a Sunday
    (event,) = [e for e in extract_events(article, parse("x", text), Tenure()) if e.type == "meet"]
    names = {a.name for a in event.actors}
    assert any("Carter" in n for n in names) and any("Soto" in n for n in names), names


@pytest.mark.parametrize("verb", ["signed", "inked"])
def test_participants_what_is_signed_is_no_party_and_its_with_is(verb: str) -> None:
    """The object of signing is the text signed, named in capitals or not; a "with" the
    parser hangs on it names whom it was signed with."""
    notes = _actors(
        f"Ambassador Luis Ramos and Minister Ana Soto {verb} an Exchange of Notes in Lima.",
        "sign",
    )
    assert "Exchange of Notes" not in notes and {"Luis Ramos", "Ana Soto"} <= set(notes)
    pact = _actors(f"Chile {verb} the Andean Pact with Peru on Tuesday.", "sign")
    assert pact["Peru"].side == "target" and pact["Chile"].side == "source"


@pytest.mark.parametrize("text", ["a joint declaration", "the statement"])
def test_participants_a_declaration_signed_is_a_signing_and_one_issued_a_saying(text: str) -> None:
    signed = _events(f"Chile and Peru signed {text} on border security on Tuesday.")
    assert [e.type for e in signed] == ["sign"]
    issued = _events(f"Chile and Peru issued {text} on border security on Tuesday.")
    assert "sign" not in [e.type for e in issued]
