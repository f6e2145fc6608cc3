"""How wire and ministry copy words its people and offices: an outlet's credit before the lead,
an office apposed to a name the model leaves untagged, an office with its short form in
brackets or its body in lower case, and the office a change of command hands over. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.actors import RoleMention, Tenure, find_roles
from storyline.actors.roles import POSTED_BODIES
from storyline.events.arguments import (
    EXCHANGED_THINGS,
    MEMBER_NOUNS,
    NEARBY_PREPOSITIONS,
    NEARBY_WORDS,
    OCCURRING_VERBS,
    PRAISING_VERBS,
)
from storyline.events.dates import sentence_date
from storyline.events.extract import (
    CONTINUING_VERBS,
    ENGAGED_VERBS,
    IMPERSONAL_PLANS,
    LASTING_VERBS,
    SANCTION_NOUNS,
    STAYING_VERBS,
    ArticleInput,
    _apposed_people,
    extract_events,
)
from storyline.events.triggers import GOAL_PREPOSITIONS, STRIVING_WORDS
from storyline.lang.en.lexicon import (
    GENERAL_OFFICE_HEADS,
    LASTING_HAPPENINGS,
    RECEIVING_ROOMS,
    SERIAL_MODIFIERS,
    SERIES_NOUNS,
    SPAN_PREPOSITIONS,
    STAND_IN_NOUNS,
)
from storyline.lang.en.titles import HEADLINE_VERBS
from storyline.nlp import parse
from storyline.records import Event

SUNDAY = dt.date(2021, 9, 26)


def _events(text: str, published: dt.date = SUNDAY) -> list[Event]:
    return extract_events(ArticleInput("x", "x", text, published), parse("x", text), Tenure())


def _roles_of(text: str, person: str) -> list[RoleMention]:
    """The roles ``find_roles`` gives ``person`` in ``text``, with the model's people."""
    people = [m for m in parse("x", text).entities if m.label == "PERSON"]
    return [r for r in find_roles(text, people) if r.person == person]


def test_parse_an_outlet_credit_closed_by_a_slash_is_no_word_of_the_lead() -> None:
    """ "Andes Daily/ Peru's Minister ...": the model read the credit into the name after it
    and made the credit the sentence's root, so the meeting was lost."""
    text = (
        "Andes Daily/ Peru's Minister of Defense, Hadi Rumi, hosted earlier today, Monday, a "
        "delegation from the Andean Training Mission, headed by Major General John Carter, in "
        "the Peruvian capital, Lima."
    )
    parsed = parse("x", text)
    assert not any("/" in m.text for m in parsed.entities)
    assert len(parsed.text) == len(text)  # offsets stay the text's
    (event,) = _events(text, dt.date(2021, 9, 27))
    assert event.type == "meet"
    assert event.location is not None and event.location.name == "Lima"
    minister = next(a for a in event.actors if a.name == "Hadi Rumi")
    assert minister.role == "Minister of Defense"


def test_parse_a_slash_inside_a_sentence_is_kept() -> None:
    """Only a credit opening a paragraph is blanked; "and/ or" and a date stay words."""
    text = "The talks on trade and/ or security ended on 5/ 6 in Lima."
    parsed = parse("x", text)
    assert [t.text for t in parsed.tokens][:5] == ["The", "talks", "on", "trade", "and/"]


def test_people_an_untagged_name_apposed_to_an_office_is_a_person() -> None:
    """The model leaves a name apposed to an office untagged (an invented name it does not
    know): it is a person; a body apposed to an office is not."""
    parsed = _apposed_people(
        parse("x", "Peru's Minister of Defense, Tupa Inti, received a Chilean delegation in Lima.")
    )
    assert ("Tupa Inti", "PERSON") in [(m.text, m.label) for m in parsed.entities]
    body = _apposed_people(parse("x", "Peru's Commander, Task Force Lima, arrived in Tacna."))
    assert not any(m.label == "PERSON" for m in body.entities)


def test_roles_an_office_s_short_form_in_brackets_stands_between_it_and_its_holder() -> None:
    found = find_roles(
        "The Chief of Defence Staff (CDS), Admiral Tom Berg, visited Lima.",
        [],
    )
    held = {r.person: r.role for r in found if r.person}
    assert held == {"Tom Berg": "Chief of Defence Staff"}


def test_roles_a_body_in_lower_case_where_it_sits_runs_to_the_holder() -> None:
    """ "the new Commander of the Andean Pact mission in Peru, Lieutenant General X": the
    office is X's (not the rank), worded with its body and where it sits."""
    text = (
        "Prime Minister Luis Ramos received on Tuesday the new Commander of the Andean Pact "
        "mission in Peru, Lieutenant General John Carter."
    )
    carter = _roles_of(text, "John Carter")
    assert [(r.role, r.title) for r in carter] == [
        ("Commander", "Commander of the Andean Pact mission in Peru")
    ]


def test_roles_an_office_apposed_after_a_ranked_name_runs_to_the_sentence_end() -> None:
    """ "received Maj. Gen. X, the commander of the Andean Training Mission.": the office is
    X's, not only the rank before the name; the full stop is no part of it."""
    text = (
        "Luis Ramos on Monday received Maj. Gen. John Carter, the commander of the Andean "
        "Training Mission."
    )
    carter = _roles_of(text, "John Carter")
    assert [(r.role, r.title) for r in carter] == [
        ("Commander", "Commander of the Andean Training Mission")
    ]


def test_roles_a_sentence_ending_after_an_office_with_no_body_keeps_it_unheld() -> None:
    """Only "of" a body runs an apposition to the sentence's end: "X met Y, the commander."
    says nothing of which body, and "in Lima." is where."""
    text = "Luis Ramos met Maj. Gen. John Carter, the commander, in Lima."
    carter = _roles_of(text, "John Carter")
    assert all(r.title is None or "Lima" not in r.title for r in carter)


def test_command_change_titles_the_office_with_the_body_handed_over() -> None:
    """Whoever takes command of a body is its Commander, shown with the body: "Commander of
    Andean Training Mission", as the exports show a person's office."""
    events = _events(
        "Lieutenant General Maria Lopez of Chile assumed command of the Andean Training "
        "Mission on Wednesday at a ceremony in Lima. She succeeds Lieutenant General Tomas "
        "Vidal of Peru.",
        dt.date(2023, 5, 24),
    )
    (change,) = [e for e in events if e.type == "command"]
    lopez = next(a for a in change.actors if a.name == "Maria Lopez")
    assert lopez.role == "Commander"
    assert lopez.export_row()["role"].startswith("Lieutenant General, Commander of ")
    assert "Andean Training Mission" in lopez.export_row()["role"]


@pytest.mark.parametrize("body", sorted(POSTED_BODIES))
def test_roles_each_posted_body_in_lower_case_runs_to_the_holder(body: str) -> None:
    text = (
        f"Prime Minister Luis Ramos received on Sunday the head of the Andean Pact {body} in "
        "Peru, Colonel John Carter."
    )
    assert [r.role for r in _roles_of(text, "John Carter")] == ["Head"]


# --- deadlines, plans and many happenings ----------------------------------------------------

SEPT_28 = dt.date(2024, 9, 28)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mission is to end by the end of 2027.",
        "The mission will end no later than the end of March 2027.",
        "Troops will stay until early 2026.",
        "The rest will leave by the middle of 2026.",
    ],
)
def test_dates_a_deadline_through_a_part_of_its_time_is_no_happening_s_date(
    sentence: str,
) -> None:
    assert sentence_date(sentence, SEPT_28, bounds=False, deadlines=True) is None


def test_dates_a_part_of_a_time_without_a_bound_still_dates() -> None:
    found = sentence_date(
        "The mission ended at the end of September 2024.", SEPT_28, bounds=False, deadlines=True
    )
    assert found is not None and found.value == "2024-09"


def test_dates_a_plan_s_deadline_told_next_does_not_date_the_agreement() -> None:
    """ "have now agreed on a plan ... It is planned to withdraw some 800 soldiers by March
    2027": neither the agreement's date nor a pledge, and the plan's withdrawal is not done."""
    events = _events(
        "Peru and Chile have now agreed on a plan for a phased withdrawal of Andean units. It "
        "is planned to withdraw some 800 soldiers by March 2027, and the remainder by the end "
        "of 2028.",
        SEPT_28,
    )
    assert [e.type for e in events] == ["agree"]
    assert events[0].date.value not in ("2027-03", "2028")


def test_reading_a_plan_for_a_happening_is_not_the_happening() -> None:
    events = _events(
        "Peru and Chile agreed on Friday on a plan for the phased withdrawal of Peruvian troops "
        "from Arica.",
        SEPT_28,
    )
    assert [e.type for e in events] == ["agree"]


def test_reading_a_pledge_no_one_makes_is_no_event() -> None:
    assert _events("It is planned to withdraw thousands of soldiers by next March.", SEPT_28) == []


@pytest.mark.parametrize("verb", sorted(IMPERSONAL_PLANS))
def test_reading_every_impersonal_plan_is_no_one_s(verb: str) -> None:
    participle = verb + ("d" if verb.endswith("e") else "ed")
    text = f"It is {participle} to withdraw the Peruvian troops from Arica next year."
    # (the article's lead, told with its day and no happening anyone took part in, stays)
    assert [e.type for e in _events(text, SEPT_28) if e.type != "other"] == []


@pytest.mark.parametrize("modifier", sorted(SERIAL_MODIFIERS))
def test_reading_every_serial_modifier_makes_many_happenings_none_told(modifier: str) -> None:
    text = f"The Andean Front has carried out {modifier} rocket attacks on army bases near Tacna."
    assert not [e for e in _events(text) if e.type == "attack"]
    one = "The Andean Front carried out a rocket attack on an army base near Tacna on Sunday."
    assert [e for e in _events(one) if e.type == "attack"]


@pytest.mark.parametrize("series", sorted(SERIES_NOUNS))
def test_reading_every_series_noun_makes_many_happenings_none_told(series: str) -> None:
    text = (
        f"Given the {series} of attacks by rebel groups targeting Peruvian interests, the "
        "President ordered more patrols."
    )
    assert not [e for e in _events(text) if e.type == "attack"]


@pytest.mark.parametrize("verb", sorted(ENGAGED_VERBS))
def test_reading_what_groups_are_engaged_in_is_what_they_do(verb: str) -> None:
    participle = {"engage": "engaged", "involve": "involved"}.get(verb, verb + "ed")
    text = (
        f"The camps are used by rebel groups that are {participle} in drone attacks against "
        "Peruvian soldiers."
    )
    assert not [e for e in _events(text) if e.type == "attack"]


def test_reading_a_serial_happening_its_own_words_date_is_told() -> None:
    text = "A series of attacks on army posts near Tacna on Sunday killed four soldiers."
    assert [e for e in _events(text) if e.plover == "ASSAULT"]


# --- meetings and what is said at them -------------------------------------------------------


def test_meeting_the_meeting_named_again_is_the_one_told() -> None:
    """ "the meeting also marked the departure of X": the meeting told before, not one with
    X."""
    events = _events(
        "On Monday, Prime Minister Luis Ramos met in Lima with the incoming Commander of the "
        "Andean Training Mission, John Carter. According to his office, the meeting also marked "
        "the departure of Lieutenant General Tomas Vidal, whom Ramos thanked for his service.",
        dt.date(2025, 5, 19),
    )
    assert [e.type for e in events] == ["meet"]


def test_meeting_a_pledge_to_the_body_whose_commander_was_met_is_said_there() -> None:
    """ "met ... the Commander of NATO Mission Iraq, X, pledging closer cooperation with NATO":
    said at the meeting, whose commander holds office in NATO's mission (the alliance and its
    mission are a bundled table's, so their real names stay)."""
    events = _events(
        "On Monday, Prime Minister Luis Ramos met in Lima with the new Commander of NATO "
        "Mission Iraq, John Carter, pledging closer cooperation with NATO.",
        dt.date(2025, 5, 19),
    )
    assert [e.type for e in events] == ["meet"]


def test_agreement_what_its_parties_announce_next_makes_it_known() -> None:
    events = _events(
        "Peru and Chile agreed on Friday to end the mission. The two countries announced that "
        "the mission will end no later than the end of March 2027.",
        SEPT_28,
    )
    assert [e.type for e in events] == ["agree"]


def test_agreement_an_announcement_of_others_stays_its_own() -> None:
    events = _events(
        "Peru and Chile agreed on Friday to end the mission. Bolivia announced on Saturday "
        "that it will close its border.",
        SEPT_28,
    )
    assert "announce" in [e.type for e in events]


# --- who and where -----------------------------------------------------------------------------


def test_place_who_says_it_is_not_where_it_happened() -> None:
    (event,) = _events(
        "The Pentagon said US forces conducted airstrikes against rebel camps on Sunday.",
        dt.date(2021, 6, 28),
    )
    assert event.location is None or event.location.name != "Washington"


def test_participants_at_someone_s_direction_they_act_too() -> None:
    (event,) = _events(
        "At President Luis Ramos's direction, Peruvian forces on Sunday conducted airstrikes "
        "against rebel camps near Tacna.",
        dt.date(2021, 6, 28),
    )
    ramos = next(a for a in event.actors if a.name == "Luis Ramos")
    assert ramos.side == "source" and ramos.role == "President"


@pytest.mark.parametrize("verb", sorted(STAYING_VERBS))
def test_reading_forces_kept_somewhere_are_not_deployed_whatever_day_the_parse_hangs_on(
    verb: str,
) -> None:
    participle = {"station": "stationed", "base": "based", "garrison": "garrisoned"}[verb]
    text = (
        f"A rocket attack took place close to Peruvian forces {participle} at Tacna airport in "
        "southern Peru on Saturday, security officials said."
    )
    assert "deploy" not in [e.type for e in _events(text, dt.date(2021, 9, 12))]


# --- title-case headlines ----------------------------------------------------------------------


@pytest.mark.parametrize("verb", sorted(HEADLINE_VERBS))
def test_roles_a_title_case_headline_s_verb_is_no_name(verb: str) -> None:
    found = find_roles(f"Foreign Office Minister {verb.capitalize()} Andean Envoy", [])
    assert not [r.person for r in found if r.person.startswith(verb.capitalize())]


def test_people_a_headline_verb_the_model_tags_as_a_name_is_no_one() -> None:
    events = _events(
        "Rebel Leader Killed During Peruvian Drone Strike Near Tacna\n\nThe Peruvian army said "
        "on Tuesday that rebel leader Tomas Vidal was killed by a drone strike near Tacna on "
        "Monday.",
        dt.date(2024, 5, 8),
    )
    names = {a.name for e in events for a in e.actors}
    assert "Tomas Vidal" in names
    assert not [n for n in names if n.startswith("Killed")]


def test_roles_an_office_at_a_body_runs_to_the_comma_closing_its_apposition() -> None:
    (event,) = [
        e
        for e in _events(
            "Tom Berg, the Minister for the Andes at the Foreign Office, has condemned the "
            "shooting at a market in Lima.",
            dt.date(2018, 1, 22),
        )
        if e.type == "condemn"
    ]
    berg = next(a for a in event.actors if a.name == "Tom Berg")
    assert berg.role is not None and berg.role.startswith("Minister for the Andes")


# --- what the rules above leave alone ----------------------------------------------------------


def test_dates_more_than_some_time_ago_still_dates() -> None:
    found = sentence_date("Rebels seized Tacna more than a year ago.", SEPT_28, bounds=False)
    assert found is not None and found.value == "2023"


def test_dates_a_happening_s_own_deadline_still_says_it_is_to_come() -> None:
    events = _events("Peru announced the withdrawal of its troops from Tacna by the end of 2026.")
    assert [e.date.value for e in events if e.type == "withdraw"] == ["2026"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Peru and Chile held their regular bilateral meeting in Lima on the border.", "meet"),
        ("Peru and Chile held their regular talks in Lima.", "meet"),
        ("Peruvian troops were engaged in clashes with rebels in Tacna, the army said.", "attack"),
        ("Rebels fired rockets intermittently at the army base near Tacna on Monday.", "attack"),
    ],
)
def test_reading_one_of_a_series_or_a_past_engagement_is_told(text: str, kind: str) -> None:
    assert kind in [e.type for e in _events(text)]


def test_roles_a_short_form_of_another_body_is_no_office_s() -> None:
    text = (
        "He was the treasurer of the League to Support the President (LSP), Mr. Tomas Vidal said."
    )
    assert not [r for r in find_roles(text, []) if r.person and r.role == "President"]


def test_roles_a_former_office_leaves_the_rank() -> None:
    (event,) = _events(
        "On Monday Luis Ramos met Gen. Tomas Vidal, the former commander of the Andean "
        "Training Mission in Lima."
    )
    vidal = next(a for a in event.actors if a.name == "Tomas Vidal")
    assert vidal.role == "General"


def test_participants_who_asked_for_a_deed_did_not_do_it() -> None:
    (event,) = [
        e
        for e in _events("At Chile's request, Peru sent troops to Arica on Monday.")
        if e.type == "deploy"
    ]
    assert "Chile" not in [a.name for a in event.actors if a.side == "source"]


def test_reading_a_pact_on_a_ceasefire_is_the_agreement() -> None:
    events = _events("The two sides reached a pact on the ceasefire in Lima on Monday.")
    assert "agree" in [e.type for e in events]


def test_parse_a_single_word_before_a_slash_is_no_credit() -> None:
    text = "Peru/ Chile talks resumed in Lima on Monday as President Luis Ramos met Ana Soto."
    assert [t.text for t in parse("x", text).tokens][:2] == ["Peru/", "Chile"]


def test_reading_what_someone_said_they_were_expected_to_do_is_their_pledge() -> None:
    events = _events("The rebels said on Monday they were expected to release 20 hostages.")
    assert "pledge" in [e.type for e in events]


def test_place_a_condemned_attack_on_a_told_day_was_done_to_the_place_s_country() -> None:
    events = _events("Chile condemned this morning's terrorist attack in Tacna.")
    (attack,) = [e for e in events if e.type == "attack"]
    assert [(a.name, a.side) for a in attack.actors] == [("Peru", "target")]


def test_place_an_attack_on_no_told_day_names_no_country() -> None:
    """ "last year's attacks in Tacna" recalls them; no day told, no one named."""
    events = _events("Chile and Bolivia met on Monday, a year after last year's attacks in Tacna.")
    assert not [a for e in events if e.type == "attack" for a in e.actors if a.name == "Peru"]


@pytest.mark.parametrize("noun", sorted(SANCTION_NOUNS))
def test_reading_what_sanctions_target_is_not_attacked(noun: str) -> None:
    text = f"Peru announced new {noun} on Monday targeting three rebel commanders."
    assert "attack" not in [e.type for e in _events(text)]


def test_reading_sanctions_imposed_then_targeting_people_are_no_attack() -> None:
    text = (
        "Peru imposed fresh sanctions on the rebel movement on Thursday, targeting its chief "
        "and his deputy."
    )
    assert [e.type for e in _events(text)] == ["sanction"]
    assert "attack" in [e.type for e in _events("Rebels targeted an army convoy on Monday.")]


def test_place_a_crime_in_a_town_told_with_no_condemnation_names_no_country() -> None:
    events = _events("A man was shot dead outside a shop in Tacna on Monday night, police said.")
    assert not [a for e in events for a in e.actors if a.name == "Peru"]


def test_meeting_who_it_was_held_in_the_presence_of_took_part() -> None:
    events = _events(
        "National Security Adviser Luis Ramos received on Sunday the Deputy Director of the "
        "Pacific Defence Council, Tom Berg, in the presence of the head of the Andean Training "
        "Mission, Lieutenant General John Carter."
    )
    (meeting,) = [e for e in events if e.type == "meet"]
    assert {"Luis Ramos", "Tom Berg", "John Carter"} <= {a.name for a in meeting.actors}


def test_meeting_a_list_in_whose_presence_it_was_held_all_took_part() -> None:
    (meeting,) = _events(
        "Prime Minister Luis Ramos received Tom Berg in Lima on Sunday in the presence of "
        "Foreign Minister Ana Soto and Defence Minister Tomas Vidal."
    )
    assert {"Ana Soto", "Tomas Vidal"} <= {a.name for a in meeting.actors}


def _attack_targets(text: str) -> set[str]:
    return {
        a.name
        for e in _events(text)
        if e.type in ("attack", "kill")
        for a in e.actors
        if a.side == "target"
    }


def test_attack_on_a_base_housing_troops_the_parser_made_one_noun_hits_the_troops() -> None:
    """The model reads "base housing" as one noun ("housing" a noun, the troops its object):
    the forces the base houses were attacked, and their name starts after "housing"."""
    assert "US-led troops" in _attack_targets(
        "Several rockets were fired at Chile's Arica air base housing US-led troops late on "
        "Thursday, officials said."
    )
    targets = _attack_targets(
        "The army base housing coalition troops was hit by two drones, a spokesman said."
    )
    assert "coalition troops" in targets
    assert not [t for t in targets if "housing" in t]


def test_attack_that_came_down_close_to_forces_was_aimed_at_them() -> None:
    assert "Chilean forces" in _attack_targets(
        "A rocket attack took place close to Chilean forces stationed at Arica port in "
        "northern Chile on Sunday, officials said."
    )
    assert "Chilean troops" in _attack_targets(
        "Drones hit an area close to Chilean troops near Tacna on Monday, the army said."
    )


def test_attack_near_a_building_or_a_town_names_no_target() -> None:
    """Only forces are whom an attack near them was aimed at: "near the embassy" and "close
    to the border" are where."""
    for text in (
        "A rocket attack took place near the embassy in Lima on Saturday, officials said.",
        "A mortar attack took place close to the border on Saturday, officials said.",
    ):
        targets = _attack_targets(text)
        assert not [t for t in targets if "embassy" in t.lower() or "border" in t.lower()]


def test_name_of_forces_led_by_a_state_keeps_whose_they_are() -> None:
    events = _events("The Chilean-led coalition attacked rebel positions in Peru on Monday.")
    assert "Chilean-led coalition" in {a.name for e in events for a in e.actors}


@pytest.mark.parametrize("preposition", sorted(NEARBY_PREPOSITIONS))
def test_attack_every_preposition_of_nearness_names_the_forces(preposition: str) -> None:
    text = f"A drone attack took place {preposition} Chilean troops in Tacna on Saturday."
    assert "Chilean troops" in _attack_targets(text)


@pytest.mark.parametrize("word", sorted(NEARBY_WORDS))
def test_attack_every_word_of_nearness_with_to_names_the_forces(word: str) -> None:
    text = f"A drone attack took place {word} to Chilean troops in Tacna on Saturday."
    assert "Chilean troops" in _attack_targets(text)


@pytest.mark.parametrize("verb", sorted(OCCURRING_VERBS))
def test_attack_every_verb_of_where_it_came_down_carries_its_nearness(verb: str) -> None:
    past = {"take": "took place", "strike": "struck", "hit": "hit", "occur": "occurred"}.get(
        verb, f"{verb}ed"
    )
    if verb in ("strike", "hit", "target"):
        text = f"A drone attack {past} an area close to Chilean troops in Tacna on Saturday."
    else:
        text = f"A drone attack {past} close to Chilean troops in Tacna on Saturday."
    assert "Chilean troops" in _attack_targets(text)


def test_attack_by_forces_keeps_them_its_doers() -> None:
    events = _events("An attack by Chilean troops near Tacna on Saturday killed two rebels.")
    troops = [a for e in events for a in e.actors if a.name == "Chilean troops"]
    assert troops and all(a.side != "target" for a in troops)


CALLS = (
    "Peruvian Prime Minister Luis Ramos received calls on Tuesday from Chilean President Ana "
    "Soto, Bolivian President Tomas Vidal and Ecuadorian Foreign Minister John Carter."
)


def test_encounter_in_the_plural_with_a_list_of_counterparts_is_one_with_each() -> None:
    calls = [e for e in _events(CALLS) if e.type == "call"]
    assert sorted(tuple(sorted(a.name for a in e.actors if a.kind == "person")) for e in calls) == [
        ("Ana Soto", "Luis Ramos"),
        ("John Carter", "Luis Ramos"),
        ("Luis Ramos", "Tomas Vidal"),
    ]
    assert {e.date.value for e in calls} == {"2021-09-21"}


def test_encounter_one_happening_in_the_plural_or_told_by_a_verb_stays_one() -> None:
    """ "held talks with A and B" is one round of talks; "met A and B" may be one meeting;
    "calls with" one counterpart are that counterpart's."""
    for text in (
        "Prime Minister Luis Ramos held talks on Tuesday with Chilean President Ana Soto and "
        "Bolivian President Tomas Vidal.",
        "Prime Minister Luis Ramos met Chilean President Ana Soto and Bolivian President Tomas "
        "Vidal on Tuesday.",
        "Prime Minister Luis Ramos held two calls on Tuesday with Chilean President Ana Soto.",
    ):
        encounters = [e for e in _events(text) if e.type in ("meet", "call")]
        assert len(encounters) == 1, text


@pytest.mark.parametrize("verb", sorted(CONTINUING_VERBS))
def test_reading_every_verb_of_going_on_in_the_present_tells_no_happening(verb: str) -> None:
    going_on = {"continue": "continues to provide", "keep": "keeps providing"}[verb]
    text = f"The Andean Training Mission {going_on} support to Peru's army, officials say."
    assert not [e for e in _events(text) if e.type == "aid"]


def test_reading_a_threat_said_to_go_on_is_none_made() -> None:
    text = (
        "The raids were the latest against the Andean Front, with the group continuing to "
        "pose a grave threat to Peru."
    )
    assert not [e for e in _events(text) if e.type == "threaten"]


def test_reading_going_on_in_the_past_or_pledged_still_tells_it() -> None:
    told = _events("Peruvian forces continued to shell rebel positions near Tacna on Monday.")
    assert [e for e in told if e.type == "attack"]
    pledged = _events(
        "Chile remains committed to continuing to provide Peru's armed forces with training, "
        "Foreign Minister Ana Soto said on Monday."
    )
    assert [e for e in pledged if e.type == "pledge"]


def test_roles_an_office_apposed_after_a_rank_and_name_wins_when_it_runs_on() -> None:
    """The office in apposition wins over the rank before the name also when the body it is
    of runs on to where it sits ("forces in Peru and Chile") or what it is against."""
    text = (
        "President Luis Ramos met on Thursday with Major General John Carter, commander of "
        "coalition forces in Peru and Chile, to discuss border security."
    )
    assert [r.role for r in _roles_of(text, "John Carter")] == ["Commander"]
    text = (
        "The President received Major General John Carter, Deputy Commander of the Andean "
        "Coalition against the Shining Front."
    )
    assert [r.role for r in _roles_of(text, "John Carter")] == ["Deputy Commander"]


def test_roles_a_commanding_general_of_a_body_is_an_office() -> None:
    text = (
        "President Luis Ramos chaired a meeting with a delegation led by Major General John "
        "Carter, the commanding general of the Andean Task Force, and other agencies."
    )
    (role,) = _roles_of(text, "John Carter")
    assert role.role == "Commanding General"
    assert role.title == "Commanding General of the Andean Task Force"


def _office_designation_words() -> list[str]:
    from storyline.events.registry import registry

    rules = [
        t
        for t in registry().get("sanction").triggers
        if t.reject and "minister" in (t.prep_objects or ())
    ]
    assert len(rules) == 1
    return sorted(rules[0].prep_objects)


@pytest.mark.parametrize("office", _office_designation_words())
def test_sanction_a_designation_as_an_office_is_none(office: str) -> None:
    text = f"Peru welcomed the designation of Luis Ramos as {office} of the council on Monday."
    assert not [e for e in _events(text) if e.type == "sanction"]
    listed = "Chile announced the designation of the Andean Front as a terrorist group on Monday."
    assert [e for e in _events(listed) if e.type == "sanction"]


def test_reading_a_happening_wished_for_is_none() -> None:
    text = (
        "John Carter thanked Luis Ramos and wished him every success in the formation of a new "
        "government."
    )
    assert not [e for e in _events(text) if e.type == "launch"]
    formed = _events("Luis Ramos completed the formation of his government on Monday.")
    assert [e for e in formed if e.type == "launch"]


def test_roles_the_rank_before_a_name_is_kept_beside_the_apposed_office() -> None:
    text = (
        "The President received Major General John Carter, Deputy Commander of the Andean "
        "Coalition against the Shining Front."
    )
    (role,) = _roles_of(text, "John Carter")
    assert (role.role, role.rank) == ("Deputy Commander", "Major General")
    assert role.holder().shown_role == (
        "Major General, Deputy Commander of the Andean Coalition against the Shining Front"
    )
    (alone,) = _roles_of(
        "The President received Major General John Carter on Monday.", "John Carter"
    )
    assert (alone.role, alone.rank) == ("Major General", None)


def test_command_handed_over_keeps_the_ranks_beside_the_office() -> None:
    events = _events(
        "Gen. Tomas Vidal assumed command of the Andean Special Operations Command from Gen. "
        "John Carter on Wednesday."
    )
    (command,) = [e for e in events if e.type == "command"]
    people = {a.name: a for a in command.actors if a.kind == "person"}
    assert people["Tomas Vidal"].rank == "General"
    assert people["Tomas Vidal"].shown_role.startswith("General, Commander of")


def test_reading_a_happening_since_which_the_sentence_tells_is_none_even_dated() -> None:
    """ "Since Peru requested help in 2018, the mission has ...": the start of what the
    sentence tells, as "the first meeting since X was appointed in May" is."""
    text = (
        "Since Peru requested the alliance's assistance in 2018, the mission has advised "
        "Peruvian security institutions."
    )
    assert not [e for e in _events(text) if e.type == "request"]
    text = (
        "Ana Soto met Tomas Vidal on Friday, their first meeting since Vidal was appointed in May."
    )
    assert [e.type for e in _events(text) if e.type != "other"] == ["meet"]


def _place_of_meeting(text: str) -> str | None:
    (meeting,) = [e for e in _events(text) if e.type == "meet"]
    return meeting.location.name if meeting.location else None


def test_place_a_state_official_s_office_is_in_its_capital() -> None:
    assert (
        _place_of_meeting(
            "Peru's National Security Adviser, Luis Ramos, met in his office on Monday the "
            "Commander of the Andean Training Mission, Lieutenant-General John Carter."
        )
        == "Lima"
    )


def test_place_an_office_somewhere_named_or_not_a_state_s_is_not_the_capital() -> None:
    assert (
        _place_of_meeting(
            "Peru's Defence Minister, Luis Ramos, received John Carter in his office in "
            "Arequipa on Monday."
        )
        == "Arequipa"
    )
    assert (
        _place_of_meeting(
            "The head of the Andean Training Mission, John Carter, received Luis Ramos in his "
            "office on Monday."
        )
        is None
    )


def test_roles_a_capitalised_qualifier_runs_into_a_name_of_two_words_the_model_missed() -> None:
    """With no person the model tagged, "Minister for the Andes Region Maria Lopez" holds its
    qualifier and the name of two words after it; a qualifier joined by "and" is all title."""
    (found,) = [
        r for r in find_roles("Minister for the Andes Region Maria Lopez spoke.", []) if r.person
    ]
    assert (found.person, found.role) == ("Maria Lopez", "Minister for the Andes Region")
    assert not [
        r.person
        for r in find_roles("Minister for the Andes and Central America spoke on Monday.", [])
        if r.person
    ]


def test_guard_a_list_of_one_delegation_is_met_together() -> None:
    text = (
        "Luis Ramos held meetings in Lima on Monday with Chilean Foreign Minister Ana Soto and "
        "her deputy Tomas Vidal."
    )
    assert len([e for e in _events(text) if e.type == "meet"]) == 1


def test_guard_whom_a_verb_attacked_near_forces_is_the_target_not_the_forces() -> None:
    targets = _attack_targets(
        "Rebels attacked civilians near Peruvian soldiers in Tacna on Monday."
    )
    assert "civilians" in targets and "Peruvian soldiers" not in targets


def test_guard_an_attack_that_goes_on_is_still_told() -> None:
    text = "Chilean artillery continues to shell Tacna for a third day, officials said on Monday."
    assert [e for e in _events(text) if e.type == "attack"]


def test_guard_a_terrorist_designation_as_a_leader_is_a_sanction() -> None:
    text = "Washington announced the designation of Tomas Vidal as a terrorist leader on Monday."
    assert [e for e in _events(text) if e.type == "sanction"]


def test_guard_a_happening_whose_victims_are_wished_well_is_still_told() -> None:
    text = "Luis Ramos wished the victims of the attack on Tacna on Monday a speedy recovery."
    assert [e for e in _events(text) if e.type == "attack"]


def test_guard_a_happening_of_the_last_days_since_which_a_sentence_tells_is_told() -> None:
    text = "Since the rebels attacked Tacna on Monday, Chile has sent 200 troops to the border."
    (attack,) = [e for e in _events(text) if e.type == "attack"]
    assert attack.date.value == "2021-09-20"


def test_reading_what_some_do_or_have_done_said_of_them_is_no_happening() -> None:
    text = (
        "Peruvian officials blame recent attacks on rebel groups that have vowed to resist "
        "until the last Chilean soldier leaves Peru."
    )
    assert not [e for e in _events(text) if e.type in ("accuse", "pledge")]


def test_guard_a_present_condemnation_of_one_attack_and_a_dated_deed_are_told() -> None:
    assert [
        e
        for e in _events("Chilean officials condemn the attack on the embassy.")
        if e.type == "condemn"
    ]
    text = "The rebels, who have vowed to fight on, attacked an army post near Tacna on Monday."
    assert [e for e in _events(text) if e.type == "attack"]


def test_attack_rockets_launched_at_a_base_housing_forces_in_the_passive_hit_them() -> None:
    """The weapons are the passive verb's subject, and the model hangs "housing" (a noun to
    it) on the verb, not on the base."""
    assert "Chilean forces" in _attack_targets(
        "Multiple rockets were launched at Peru's Tacna airbase housing Chilean forces late on "
        "Thursday, officials said."
    )


VISIT_AND_TALKS = (
    "Chilean Foreign Minister John Carter arrived in Lima on Monday for a two-day visit to "
    "Peru. He praised the long friendship of the two countries. During his talks, Carter also "
    "conferred with President Luis Ramos and Prime Minister Ana Soto."
)


def test_events_a_meeting_with_new_people_told_apart_from_a_visit_is_its_own() -> None:
    """A visit, and in another sentence a meeting with two people the visit does not name:
    a meeting of its own during the visit (as real news gold counts it), held where the
    visit was; met in the visit's own sentence, they stay the visit's."""
    events = _events(VISIT_AND_TALKS, dt.date(2025, 3, 4))
    assert sorted(e.type for e in events) == ["meet", "visit"], [e.summary for e in events]
    meeting = next(e for e in events if e.type == "meet")
    assert {"John Carter", "Luis Ramos", "Ana Soto"} <= {a.name for a in meeting.actors}
    assert meeting.location is not None and meeting.location.name == "Lima"
    one = (
        "Chilean Foreign Minister John Carter visited Lima on Monday, where he met President "
        "Luis Ramos and Prime Minister Ana Soto."
    )
    assert [e.type for e in _events(one, dt.date(2025, 3, 4))] == ["visit"]


def test_events_a_meeting_during_a_visit_is_held_where_the_visit_was() -> None:
    """The article's own happening is something else (an agreement), the visit is placed and
    the meeting told during it names no place: the visit's place."""
    text = (
        "Chile and Peru agreed on Tuesday to reopen their border, the Chilean foreign minister "
        "said. John Carter spoke at the end of a two-day visit to Lima. During his talks, "
        "Carter also conferred with President Luis Ramos and Prime Minister Ana Soto."
    )
    meeting = next(e for e in _events(text, dt.date(2025, 3, 6)) if e.type == "meet")
    assert meeting.location is not None and meeting.location.name == "Lima"


@pytest.mark.parametrize("preposition", sorted(GOAL_PREPOSITIONS))
def test_events_a_happening_worked_towards_is_not_yet_done(preposition: str) -> None:
    """ "Working towards a withdrawal", "a first step toward a ceasefire": a goal; nothing
    was withdrawn or agreed."""
    for text in (
        f"Chilean officials said they are working {preposition} a withdrawal of Peruvian "
        "forces from Arica.",
        f"The talks were a first step {preposition} a ceasefire between Chile and Peru, the "
        "minister said on Monday.",
    ):
        assert all(e.type == "other" for e in _events(text)), [e.summary for e in _events(text)]


def test_events_a_deployment_s_of_phrase_names_the_forces_sent() -> None:
    """ "The deployment of Chilean troops to Peru": the troops went, Peru received them."""
    (event,) = _events("The deployment of Chilean troops to Peru began on Monday.")
    sides = {a.name: a.side for a in event.actors}
    assert sides.get("Chilean troops") == "source" and sides.get("Peru") == "target", sides
    assert event.summary.startswith("Chilean troops deployed to Peru"), event.summary


def test_events_a_body_named_after_the_happening_s_own_noun_takes_no_part() -> None:
    """ "during Change of Command ceremonies", the phrase tagged as a body by the model: no
    participant of the change of command it names."""
    text = (
        "TACNA - The Andean Training Mission changed leaders on Friday during Change of "
        "Command ceremonies in its main hall. Major General John Carter took command of the "
        "Andean Training Mission."
    )
    names = {a.name for e in _events(text) for a in e.actors}
    assert "Change of Command" not in names, names


@pytest.mark.parametrize("noun", sorted(STAND_IN_NOUNS))
def test_events_a_denial_by_a_noun_standing_in_for_no_one_named_is_no_event(noun: str) -> None:
    """ "Denied by the insurgent organization", left unresolved: a refusal no one is named
    making; the same denial by a body named stays."""
    text = f"Chile said rebels had hidden weapons in the school, but this was denied by the {noun}."
    assert not [e for e in _events(text) if e.type == "reject"], noun
    named = "Chile said rebels had hidden weapons in the school, but this was denied by Peru."
    assert [e.type for e in _events(named) if e.type == "reject"] == ["reject"]


def test_events_a_means_told_of_a_verb_in_the_present_is_no_happening() -> None:
    """ "By backing the rebels, Chile controls the north": how it acts, no happening; a means
    told in the past, or dated, is one."""
    text = "By backing the rebels, Chile controls a large part of northern Peru."
    assert all(e.type == "other" for e in _events(text)), [e.summary for e in _events(text)]
    past = "By signing the accord in Lima, Peru ended its dispute with Chile on Monday."
    assert [e.type for e in _events(past)] == ["agree"]
    # a lead in the present tells news by other verbs than those of a state kept up
    for news, kind in (
        (
            "Peru ends its dispute with Chile by signing an accord with President Luis Ramos.",
            "agree",
        ),
        ("Chile celebrates its national day by hosting Peruvian President Luis Ramos.", "meet"),
    ):
        assert kind in [e.type for e in _events(news)], news


@pytest.mark.parametrize("verb", sorted(LASTING_VERBS))
def test_events_a_verb_of_a_state_kept_up_makes_its_means_a_policy(verb: str) -> None:
    text = f"By arming the rebels, Chile {verb}s its hold on eastern Peru."
    assert not [e for e in _events(text) if e.type != "other"], (verb, _events(text))


@pytest.mark.parametrize("verb", sorted(PRAISING_VERBS))
def test_events_whose_appointment_one_is_praised_for_is_the_praised_one_s(verb: str) -> None:
    """ "Carter congratulated Soto on her appointment": Soto was appointed, not Carter."""
    prep = "on" if verb == "congratulate" else "for"
    past = {"congratulate": "congratulated", "thank": "thanked", "praise": "praised"}.get(
        verb, verb + "ed" if not verb.endswith("e") else verb + "d"
    )
    text = (
        "Chilean Foreign Minister John Carter spoke with Peruvian Foreign Minister Ana Soto on "
        f"Monday. Minister Carter {past} Foreign Minister Soto {prep} her appointment."
    )
    appointed = [a.name for e in _events(text) if e.type == "appoint" for a in e.actors if a.side]
    assert "John Carter" not in appointed and "Carter" not in appointed, (verb, appointed)


STRIVING = {
    "work": "Chile said on Monday it is working towards a withdrawal of Peruvian troops.",
    "move": "Chile and Peru moved toward a ceasefire on Monday, officials said.",
    "step": "The talks on Monday were a step toward a ceasefire between Chile and Peru.",
    "progress": "Officials reported progress towards a ceasefire between Chile and Peru on Monday.",
    "effort": "Chile on Monday renewed its efforts towards a ceasefire with Peru.",
    "path": "The minister on Monday set out a path towards a ceasefire between Chile and Peru.",
    "push": "Chile on Monday began a push toward a ceasefire with Peru.",
    "contribute": "The talks on Monday contributed towards a ceasefire between Chile and Peru.",
    "strive": "Chile said on Monday it would strive towards a ceasefire with Peru.",
    "road": "The minister said on Monday the road toward a ceasefire with Peru is long.",
    "stride": "Chile made strides toward a ceasefire with Peru on Monday, officials said.",
    "advance": "Officials said on Monday the talks advanced towards a ceasefire with Peru.",
    "pave": "The talks on Monday paved the way towards a ceasefire between Chile and Peru.",
    "way": "The talks on Monday opened the way towards a ceasefire between Chile and Peru.",
    "negotiation": "Negotiations toward a ceasefire between Chile and Peru resumed on Monday.",
    "talk": "Talks toward a ceasefire between Chile and Peru resumed on Monday.",
    "inch": "Chile is inching toward a ceasefire with Peru, officials said on Monday.",
    "edge": "Chile edged toward a ceasefire with Peru on Monday, officials said.",
    "aim": "The talks on Monday were aimed toward a ceasefire between Chile and Peru.",
    "gear": "Chile is gearing toward a ceasefire with Peru, officials said on Monday.",
    "head": "Chile is heading toward a ceasefire with Peru, officials said on Monday.",
    "lead": "The talks on Monday could lead toward a ceasefire between Chile and Peru.",
    "build": "Officials said on Monday Chile is building toward a ceasefire with Peru.",
    "momentum": "Momentum toward a ceasefire between Chile and Peru grew on Monday.",
    "roadmap": "Chile set out a roadmap toward a ceasefire with Peru on Monday.",
}


@pytest.mark.parametrize("word", sorted(STRIVING_WORDS))
def test_events_what_one_strives_towards_is_no_happening(word: str) -> None:
    text = STRIVING[word]
    assert not [e for e in _events(text) if e.type == "agree"], (
        word,
        [e.summary for e in _events(text)],
    )


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Public anger towards the bombing in Arica on Monday grew.", "attack"),
        (
            "Protesters marched toward the meeting of Luis Ramos and John Carter in Lima on "
            "Monday.",
            "meet",
        ),
    ],
)
def test_events_a_happening_felt_or_marched_towards_is_told(text: str, kind: str) -> None:
    """Anger towards a bombing, a march toward a meeting: the bombing and the meeting happened."""
    assert kind in [e.type for e in _events(text)]


def test_events_the_meeting_of_a_visit_named_again_without_the_visitor_stays_the_visit() -> None:
    """ "At the meeting, the President and the Premier discussed the border with him": the
    visit's meeting, told again; no meeting of the two without the visitor."""
    text = (
        "Chilean Foreign Minister John Carter visited Lima on Monday. At the meeting, Peruvian "
        "President Luis Ramos and Prime Minister Maria Lopez discussed the border with him."
    )
    events = _events(text, dt.date(2025, 6, 18))
    assert not [
        e for e in events if e.type == "meet" and "John Carter" not in {a.name for a in e.actors}
    ], [e.summary for e in events]


def test_events_an_explosion_someone_claims_is_their_attack() -> None:
    """ "the Andean Liberation Front later claimed responsibility for the explosion": the
    explosion was the Front's attack, not an incident it was involved in."""
    text = (
        "A bombing at a hotel in Lima killed twelve guests on Saturday, and the Andean "
        "Liberation Front later claimed responsibility for the explosion."
    )
    kinds = {e.type: {a.name: a.side for a in e.actors} for e in _events(text)}
    assert "incident" not in kinds, kinds
    assert kinds["attack"].get("Andean Liberation Front") == "source", kinds


def test_registry_a_claimed_type_is_an_assault() -> None:
    """Every type a claim makes of a happening is one of violence (PLOVER's ASSAULT)."""
    from storyline.events.registry import registry

    types = registry()
    claimed = [t for t in types.types if t.claimed is not None]
    assert claimed
    for event_type in claimed:
        assert event_type.claimed is not None
        assert types.get(event_type.claimed).plover == "ASSAULT", event_type.name


def test_events_views_exchanged_with_a_list_on_the_sidelines_are_talks_with_each() -> None:
    """ "On the sidelines ..., Ramos exchanged views on ... and on ties between Peru and the
    states, with A, B and C": the "with" the parser hung on the long object still names
    whom he met, and talks aside from a gathering are one with each."""
    text = (
        "On the sidelines of the summit, and in side conversations, Minister Luis Ramos "
        "exchanged views on the border dispute and on trade, and on ties between Peru and each "
        "of the neighbouring states, with Pacific Defence Council Secretary General John "
        "Carter, Chilean Foreign Minister Ana Soto, and Bolivian Foreign Minister Tomas Vidal."
    )
    meetings = [e for e in _events(text) if e.type == "meet"]
    met = sorted(
        next(a.name for a in e.actors if a.kind == "person" and a.name != "Luis Ramos")
        for e in meetings
    )
    assert met == ["Ana Soto", "John Carter", "Tomas Vidal"], [e.summary for e in meetings]


def test_events_a_list_met_at_a_gathering_not_aside_is_one_meeting() -> None:
    """Without "on the sidelines", a president meeting two others is one meeting."""
    text = (
        "In Lima on Monday, Chilean President Luis Ramos met Peruvian President Ana Soto and "
        "Bolivian President Tomas Vidal."
    )
    assert len([e for e in _events(text) if e.type == "meet"]) == 1


def test_events_talks_aside_from_a_summit_attended_are_held_by_who_attended() -> None:
    """The title's attendance merges the minister with no side; his talks on the sidelines
    with three others are three talks, each of them his."""
    title = "Peruvian Foreign Minister Takes Part in Andean Summit"
    text = (
        f"{title}\nOn Wednesday, Peruvian Foreign Minister Luis Ramos took part in the summit "
        "of Andean states in Lima. On the sidelines of the summit, Minister Luis Ramos "
        "exchanged views with US Secretary of State John Carter, Chilean Foreign Minister Ana "
        "Soto and Bolivian Foreign Minister Tomas Vidal."
    )
    article = ArticleInput("x", "x", text, dt.date(2024, 7, 11), title=title)
    meetings = [e for e in extract_events(article, parse("x", text), Tenure()) if e.type == "meet"]
    sides = sorted(
        tuple(sorted((a.name, a.side) for a in e.actors if a.kind == "person")) for e in meetings
    )
    assert sides == [
        (("Ana Soto", "target"), ("Luis Ramos", "source")),
        (("John Carter", "target"), ("Luis Ramos", "source")),
        (("Luis Ramos", "source"), ("Tomas Vidal", "target")),
    ], sides


@pytest.mark.parametrize(
    "text, count",
    [
        # the subjects listed, one talk of three
        (
            "On the sidelines of the summit, Chilean Foreign Minister John Carter and Peruvian "
            "President Luis Ramos met Bolivian President Tomas Vidal.",
            1,
        ),
        # one state's president and minister: one delegation, unless told separate
        (
            "On the sidelines of the summit, Chilean Foreign Minister John Carter met Peruvian "
            "President Luis Ramos and Peruvian Foreign Minister Ana Soto.",
            1,
        ),
        (
            "On the sidelines of the summit, Chilean Foreign Minister John Carter met Peruvian "
            "President Luis Ramos and Peruvian Foreign Minister Ana Soto in separate meetings.",
            2,
        ),
        # told together
        (
            "On the sidelines of the summit, Chilean Foreign Minister John Carter met Peruvian "
            "President Luis Ramos and Bolivian President Tomas Vidal together.",
            1,
        ),
    ],
)
def test_events_talks_on_the_sidelines_split_only_one_by_one(text: str, count: int) -> None:
    assert len([e for e in _events(text) if e.type == "meet"]) == count, [
        e.summary for e in _events(text)
    ]


def test_events_views_exchanged_through_channels_are_no_meeting() -> None:
    for text in (
        "Chile and Peru exchanged views through diplomatic channels on the border on Monday.",
        "Foreign Minister Ana Soto exchanged views by letter with Luis Ramos on Monday.",
    ):
        assert not [e for e in _events(text) if e.type == "meet"], text


@pytest.mark.parametrize("thing", sorted(EXCHANGED_THINGS))
def test_events_what_is_exchanged_at_a_meeting_makes_one_with_whom(thing: str) -> None:
    text = (
        f"Foreign Minister Luis Ramos exchanged {thing}s on the border, and on relations between "
        "Peru and the region, with Chilean Foreign Minister Ana Soto on Monday."
    )
    meetings = [e for e in _events(text) if e.type == "meet"]
    assert meetings and "Ana Soto" in {a.name for a in meetings[0].actors}, (thing, meetings)


def test_events_reaching_out_to_voters_is_no_call() -> None:
    """ "Reached out to X to discuss the attack" is a contact with X; reaching out to voters
    or the press is no one's call."""
    text = "The Chilean ministry reached out to voters in Lima on Monday."
    assert not [e for e in _events(text) if e.type == "call"]


@pytest.mark.parametrize("noun", sorted(MEMBER_NOUNS))
def test_events_members_of_a_body_hurt_make_the_body_a_target(noun: str) -> None:
    """ "injured several members of the Andean coalition": the coalition was hit."""
    text = f"The attack in Arica on Monday injured several {noun}s of the Andean coalition."
    (event,) = [e for e in _events(text) if e.type == "attack"]
    assert [a.name for a in event.actors if a.side == "target"], event.actors


_PRESS_AVAILABILITY = (
    "FOREIGN MINISTER SOTO:  Good morning.  Let me first greet my colleague, Secretary Tom "
    "Berg, here on his first trip to Peru.\n\n"
    "SECRETARY BERG:  Thank you.  {pleasure} my colleague, the foreign minister, and have very "
    "good conversations."
)


@pytest.mark.parametrize(
    "pleasure",
    [
        "It is a great pleasure to be here again in Lima to be able to spend an afternoon with",
        "It is a great honour to be here in Lima and to spend time with",
    ],
)
def test_events_a_pleasure_to_spend_time_with_the_host_is_the_meeting_going_on(
    pleasure: str,
) -> None:
    """ "It is a great pleasure to be here again in Lima to be able to spend an afternoon with
    my colleague, the foreign minister", said by the guest of a joint press availability: he
    met the foreign minister, whom "my colleague" names by her office (the old reader made it
    a planned meeting of his own, with no one)."""
    title = (
        "Secretary Tom Berg And Peruvian Foreign Minister Ana Soto At a Joint Press Availability"
    )
    text = _PRESS_AVAILABILITY.format(pleasure=pleasure)
    article = ArticleInput("x", "x", text, dt.date(2021, 7, 29), title=title)
    events = extract_events(article, parse("x", text), Tenure())
    meetings = [e for e in events if e.plover == "CONSULT" and e.type != "planned-meeting"]
    assert any(
        {"Berg", "Soto"} <= {a.name.split()[-1].title() for a in e.actors} for e in meetings
    ), [(e.type, [a.name for a in e.actors]) for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Ana Soto said it would be a pleasure to meet President Luis Ramos.",
        "Foreign Minister Ana Soto said it was never a pleasure to meet President Luis Ramos.",
    ],
)
def test_events_a_pleasure_to_come_or_denied_is_no_meeting(sentence: str) -> None:
    """Only "it is a pleasure to meet" said now is the meeting: not what would be one."""
    assert not [e for e in _events(sentence) if e.type == "meet"]


def test_events_spending_hours_with_someone_is_a_meeting() -> None:
    events = _events("Foreign Minister Ana Soto spent two hours with President Luis Ramos in Lima.")
    assert [(e.type, sorted(a.name for a in e.actors)) for e in events] == [
        ("meet", ["Ana Soto", "Luis Ramos"])
    ]


@pytest.mark.parametrize("company", ["her family", "her children", "his wife", "their dogs"])
def test_events_spending_time_with_family_is_no_meeting(company: str) -> None:
    text = f"Foreign Minister Ana Soto spent the weekend with {company} in Lima."
    assert not [e for e in _events(text) if e.type == "meet"]


def test_events_joined_in_what_was_an_hour_in_talks_carries_the_talks() -> None:
    """ "joined X in what was a very moving hour in meeting with refugees": the free relative
    stands for the hour the joining was in; the two of them met the refugees (the old reader
    found no meeting: the noun hung on the hour, not on "joined")."""
    text = (
        "Foreign Minister Ana Soto joined President Luis Ramos in what was a very moving hour "
        "in meeting with refugees from Peru in Lima on Friday."
    )
    meetings = [e for e in _events(text) if e.type == "meet"]
    assert len(meetings) == 1
    sides = {a.name: a.side for a in meetings[0].actors}
    assert sides == {"Ana Soto": "source", "Luis Ramos": "source", "refugees": "target"}


@pytest.mark.parametrize(("url", "first"), [("https://www.gob.pe/news/1", False), (None, True)])
def test_events_the_office_many_people_are_named_by_is_not_the_first_of_them(
    url: str | None, first: bool
) -> None:
    """A transcript on a government's site that later names "President Luis Ramos" and
    "President Tomas Vidal": "the President" its speaker joined earlier is neither by name (the
    old reader took the first one named in the whole text); the site's state's holder is, when
    the tenure table knows it. With no site to go by, the first one named still is."""
    text = (
        "MINISTER SOTO:  Earlier I joined the President in meeting with farmers in Cusco this "
        "morning.\n\n"
        "Later today I will meet President Luis Ramos of Peru and then President Tomas Vidal of "
        "Chile."
    )
    article = ArticleInput("x", "x", text, SUNDAY, url=url)
    events = extract_events(article, parse("x", text), Tenure())
    farmers = [e for e in events if any(a.name == "farmers" for a in e.actors)]
    assert farmers
    assert any(a.name == "Luis Ramos" for e in farmers for a in e.actors) is first


@pytest.mark.parametrize(
    "sentence",
    [
        "Luis Ramos spent time in prison with Tomas Vidal in the 1990s.",
        "Tom Berg, a reporter, spent three days with the rebels in the jungle last month.",
        "Critics say President Luis Ramos has spent little time with Bolivian leaders.",
        "Foreign Minister Ana Soto spent the afternoon with her mother in Lima.",
        "Foreign Minister Ana Soto spent a day with the police in Tacna to see how they work.",
        "The striker spent two seasons with the Lima Lions before joining Quito.",
    ],
)
def test_events_time_spent_with_no_official_is_no_meeting(sentence: str) -> None:
    """Time spent in prison, with a group, a relative or a club, or too little of it, is no
    meeting: only time spent with someone named or by office is."""
    assert not [e for e in _events(sentence) if e.type == "meet"]


@pytest.mark.parametrize(
    "sentence",
    [
        'Foreign Minister Ana Soto said: "It is a pleasure to meet the demands of our partners."',
        'Foreign Minister Ana Soto said: "It is always a pleasure to meet President Luis Ramos."',
        'Foreign Minister Ana Soto said: "It is not a pleasure to meet Tom Berg."',
        "Foreign Minister Ana Soto said it is a pleasure to meet President Luis Ramos.",
    ],
)
def test_events_a_pleasure_told_of_or_of_no_one_is_no_meeting_now(sentence: str) -> None:
    """A need met, a pleasure every time or none, or one reported: no meeting going on."""
    assert not [e for e in _events(sentence) if e.type == "meet" and len(e.actors) > 1]


def test_events_joining_talks_between_two_keeps_them_on_one_side() -> None:
    """ "Tom Berg joined the talks between Luis Ramos and Tomas Vidal": the talks' own two
    stay together; only a free relative ("in what was ...") sets the joined against whom the
    talks were with."""
    text = "Tom Berg joined the talks between Luis Ramos and Tomas Vidal in Lima on Friday."
    talks = [e for e in _events(text) if e.type == "meet"]
    assert talks
    sides = {a.name: a.side for a in talks[0].actors}
    assert sides["Luis Ramos"] == sides["Tomas Vidal"]


@pytest.mark.parametrize(
    "demand",
    [
        "directed that",
        "instructed that",
        "insisted that",
        "mandated that",
        "ordered that",
        "issued a directive that",
        "gave instructions that",
    ],
)
def test_events_what_is_ordered_in_the_passive_subjunctive_is_not_done(demand: str) -> None:
    """ "directed that all necessary support be provided to the mission": an order, in the
    subjunctive (passive here), of what is to be done; no aid given yet (the old reader made
    the mission a recipient of aid)."""
    text = f"Prime Minister Luis Ramos on Monday {demand} support be provided to Bolivia."
    assert not [e for e in _events(text) if e.plover == "AID"]


def test_events_what_was_given_in_a_that_clause_of_saying_is_still_done() -> None:
    text = "Prime Minister Luis Ramos said on Monday that support was provided to Bolivia."
    assert [e for e in _events(text) if e.plover == "AID"]


@pytest.mark.parametrize("room", sorted(RECEIVING_ROOMS))
def test_events_a_guest_named_right_after_the_room_is_the_one_received(room: str) -> None:
    """ "received in his office John Carter": the parser hangs the name on the room as its
    apposition, with no comma between them; the guest is the one received (the old reader
    found no one received and no meeting of the two)."""
    text = f"Prime Minister Luis Ramos received in his {room} John Carter on Monday."
    meets = [e for e in _events(text) if e.type == "meet"]
    assert meets
    sides = {a.name: a.side for a in meets[0].actors}
    assert sides.get("Luis Ramos") == "source"
    assert sides.get("John Carter") == "target"


def test_events_a_close_apposition_of_a_person_noun_stays_an_apposition() -> None:
    text = "Prime Minister Luis Ramos met in Lima his colleague Tomas Vidal on Monday."
    meets = [e for e in _events(text) if e.type == "meet"]
    assert meets
    assert "Tomas Vidal" in {a.name for a in meets[0].actors}


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian Foreign Minister Luis Ramos and Chilean Foreign Minister Tomas Vidal"
        " discussed border trade on Thursday.",
        "Peruvian Foreign Minister Luis Ramos and Chilean Foreign Minister Tomas Vidal"
        " discussed on Thursday border trade between the two countries.",
    ],
)
def test_events_two_named_people_who_discussed_something_met(text: str) -> None:
    meets = [e for e in _events(text) if e.plover == "CONSULT"]
    assert meets
    assert {"Luis Ramos", "Tomas Vidal"} <= {a.name for a in meets[0].actors}


@pytest.mark.parametrize(
    "text",
    [
        "The ministers discussed border trade on Thursday.",
        "The two sides discussed border trade on Thursday.",
        "Luis Ramos discussed border trade on Thursday.",
    ],
)
def test_events_a_plural_or_one_person_who_discussed_something_made_no_meeting(text: str) -> None:
    """ "the two sides discussed ...", after a meeting was told, tells it again, and "the
    ministers" name no one: only a list of actors makes a meeting of "discussed"."""
    assert not [e for e in _events(text) if e.plover == "CONSULT"]


@pytest.mark.parametrize("head", sorted(GENERAL_OFFICE_HEADS))
def test_events_the_general_is_no_holder_of_an_office_named_with_general(head: str) -> None:
    """ "Secretary General" is a secretary's office: "the general" a drone strike killed is
    an officer, not the Secretary General the article named before (the old reader made him
    the target)."""
    title = f"{head.title()} General"
    text = (
        f"Andean {title} John Carter arrived in Lima on Monday for talks. A year ago a"
        " Peruvian drone strike killed the general at Arica airport."
    )
    attacks = [e for e in _events(text) if e.type == "attack"]
    assert attacks
    assert "John Carter" not in {a.name for e in attacks for a in e.actors}


def test_events_the_secretary_is_still_the_secretary_general() -> None:
    text = (
        "Andean Secretary General John Carter arrived in Lima on Monday. The Secretary met"
        " President Luis Ramos on Tuesday."
    )
    meets = [e for e in _events(text) if e.type == "meet"]
    assert meets
    assert {"John Carter", "Luis Ramos"} <= {a.name for a in meets[0].actors}


@pytest.mark.parametrize("noun", sorted(LASTING_HAPPENINGS))
@pytest.mark.parametrize("prep", sorted(SPAN_PREPOSITIONS))
def test_events_a_lasting_happening_given_as_a_time_is_not_told(noun: str, prep: str) -> None:
    """ "thanked the alliance for its support during the war against the insurgents": when
    the support came, no war told that day (the old reader made an attack of it)."""
    text = f"Luis Ramos expressed his thanks for the police's work {prep} the {noun} in Tacna."
    assert not [e for e in _events(text) if e.plover in ("ASSAULT", "COERCE", "FIGHT")]


def test_events_the_war_against_someone_given_as_a_time_is_not_told() -> None:
    text = (
        "Luis Ramos expressed his appreciation for the alliance's support during the war"
        " against the insurgents."
    )
    assert not [e for e in _events(text) if e.plover == "ASSAULT"]


def test_events_reaching_out_for_comment_is_no_call() -> None:
    text = "The Lima Herald reached out to the Defence Ministry for comment on Monday."
    assert not [e for e in _events(text) if e.plover == "CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Peru reached out to Chile for help in response to the floods on Monday.",
        "Foreign Minister Luis Ramos reached out to Chilean Foreign Minister Ana Soto on Monday"
        " for support in response to the floods.",
    ],
)
def test_events_reaching_out_for_help_is_still_a_call(text: str) -> None:
    assert [e for e in _events(text) if e.plover == "CONSULT"]


def test_events_a_name_and_its_alias_are_no_list() -> None:
    text = "The rebel leader, Luis Ramos, alias Comandante Tomas, discussed the offer on Sunday."
    assert not [e for e in _events(text) if e.plover == "CONSULT"]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a timeline's entry, weeks before the publication: no dateline
        ("12 January 2022 - Peru closed its border with Bolivia.\nYesterday, Peruvian police"
         " arrested forty migrants near the border.", dt.date(2022, 3, 10), "2022-03-09"),
        # prose after the date: no dateline
        ("2 May 2021 marked a year since the floods - Residents of Tacna protested yesterday"
         " over slow reconstruction.", dt.date(2021, 5, 6), "2021-05-05"),
        # a bare date the day of the publication: the dateline
        ("6 May 2021 - Residents of Tacna protested yesterday against the slow rebuilding.",
         dt.date(2021, 5, 6), "2021-05-05"),
        # a clock time after the date marks it a dateline, whatever the publication's day
        ("3 March 2019, 08:15 (GMT) - Residents of Tacna protested yesterday against the"
         " slow rebuilding.", None, "2019-03-02"),
    ],
)  # fmt: skip
def test_events_only_a_dateline_s_opening_date_dates_the_article(
    text: str, published: dt.date | None, day: str
) -> None:
    dated = [e.date.value for e in _events(text, published) if e.type in ("arrest", "protest")]
    assert dated == [day]


def test_events_a_dateline_below_a_title_given_twice_dates_the_article() -> None:
    """A page that repeats its title, then a shorter form of it, before a dateline that is
    its date ("15 Apr 2021; AGENCY: ... yesterday"): the day before the dateline's (the old
    reader read no dateline below the repeated lines and left the event undated)."""
    title = "Drones strike army base near Tacna airport, southern Peru"
    text = (
        f"{title}\nDrones strike army base near Tacna\n15 Apr 2021; ANDES: An explosive-laden"
        " drone targeted a Peruvian army base near Tacna airport yesterday, the Interior"
        " Ministry said."
    )
    article = ArticleInput("x", "x", text, None, title=title)
    (attack,) = [e for e in extract_events(article, parse("x", text), Tenure())]
    assert attack.date.value == "2021-04-14"


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("TACNA, 15 Apr 2021 (ANDES) - ", None),
        ("TACNA, April 15, 2021 (ANDES) - ", None),
        ("15 Apr 2021; ANDES: ", None),
        ("TACNA, April 15 (ANDES) - ", dt.date(2021, 4, 15)),
    ],
)
def test_events_yesterday_counts_from_the_dateline_s_date(
    dateline: str, published: dt.date | None
) -> None:
    """The dateline's date is the report's day: "yesterday" in the lead is the day before
    (the old reader dated the attack the dateline's day, as if the lead had written it)."""
    text = (
        f"{dateline}An explosive-laden drone targeted a Peruvian army base near Tacna airport"
        " yesterday, the Interior Ministry said."
    )
    (attack,) = _events(text, published)
    assert attack.date.value == "2021-04-14"


def test_events_a_lead_with_no_date_of_its_own_takes_the_dateline_s() -> None:
    text = (
        "TACNA, 15 Apr 2021 (ANDES) - An explosive-laden drone targeted a Peruvian army base"
        " near Tacna airport, the Interior Ministry said."
    )
    (attack,) = _events(text, None)
    assert attack.date.value == "2021-04-15"


def test_events_two_people_who_discussed_something_by_video_link_held_a_video_call() -> None:
    text = (
        "Chile's president, Ana Soto, and Peru's president, Tomas Vidal, discussed trade by"
        " video link on Friday."
    )
    assert [e.type for e in _events(text) if e.plover == "CONSULT"] == ["videocall"]


def test_events_two_people_who_discussed_something_in_a_letter_did_not_meet() -> None:
    text = "Luis Ramos and Tomas Vidal discussed the crisis in a joint letter published on Monday."
    assert not [e for e in _events(text) if e.plover == "CONSULT"]


def test_events_an_office_the_model_reads_as_a_body_is_its_holder_named_before() -> None:
    """ "The National Security Adviser then discussed ...", the title tagged as an
    organisation, is the adviser the article named with that title: one meeting, no body of
    that name."""
    text = (
        "The National Security Adviser, Luis Ramos, met General John Carter, who leads the"
        " Andean Training Mission, in Lima on Monday. The National Security Adviser then discussed"
        " with Carter the border plan and the training of troops."
    )
    (meeting,) = _events(text)
    assert meeting.type == "meet"
    assert sorted(a.name for a in meeting.actors) == ["John Carter", "Luis Ramos"]


def test_events_a_body_named_like_an_office_is_no_holder_of_a_shorter_title() -> None:
    """Only the whole title the article gave a person finds that person: "the Defence
    Council" is no "Defence Minister"."""
    text = (
        "The Defence Minister, Luis Ramos, met General John Carter in Lima on Monday. The"
        " Defence Council met John Carter on Tuesday."
    )
    names = {a.name for e in _events(text) for a in e.actors}
    assert "Defence Council" in names
