"""Where an event took place when its own sentence names no place: a legislature's seat, the
venue of a transcript."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.actors import Tenure
from storyline.events.extract import ArticleInput, extract_events
from storyline.nlp import parse
from storyline.records import Event

DAY = dt.date(2024, 5, 8)


def events(text: str, published: dt.date = DAY) -> list[Event]:
    return extract_events(ArticleInput("x", "x", text, published), parse("x", text), Tenure())


def place_of(text: str, kind: str) -> str | None:
    found = [e for e in events(text) if e.type == kind]
    assert found, [e.type for e in events(text)]
    return found[0].location.name if found[0].location else None


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a generic word: the state the sentence names
        (
            "At the request of the Prime Minister of the United Kingdom, the King suspended"
            " parliament for three weeks on Tuesday.",
            "prorogue",
            "London",
        ),
        # a name two states use: the one the article names
        (
            "The United Kingdom faces a crowded autumn. Dozens of House of Commons members"
            " loudly protested on Monday by banging their desks.",
            "protest",
            "London",
        ),
    ],
)
def test_event_places_legislature_sits_in_its_capital(text: str, kind: str, expected: str) -> None:
    assert place_of(text, kind) == expected


def test_event_places_generic_parliament_without_a_state_has_no_seat() -> None:
    text = "Members of parliament protested on Monday by banging their desks."
    assert place_of(text, "protest") is None


TRANSCRIPT = (
    "Jane Doe, Minister of Foreign Affairs\n"
    "Ministry of Foreign Affairs, Amman\n"
    "MODERATOR: Welcome, everyone.\n"
    "MINISTER DOE: Thank you. We condemn the shelling of the market today.\n"
    "QUESTION: Will you travel further?\n"
)


def test_event_places_transcript_statement_is_at_its_venue() -> None:
    assert place_of(TRANSCRIPT, "condemn") == "Amman"


def test_event_places_transcript_statement_of_another_day_is_not_at_its_venue() -> None:
    text = TRANSCRIPT.replace(
        "We condemn the shelling of the market today",
        "On Friday, May 3 we condemned the shelling of the market",
    )
    assert place_of(text, "condemn") is None


def test_event_places_transcript_condemnation_in_the_present_is_at_its_venue() -> None:
    """ "We condemn the shelling of the market on Friday": the shelling's day; the
    condemnation is made as it is said, at the venue."""
    text = TRANSCRIPT.replace("market today", "market on Friday, May 3")
    assert place_of(text, "condemn") == "Amman"


def test_event_places_strikes_told_after_a_place_took_place_there() -> None:
    # Own wording, in the style of a Pentagon briefing: two groups of strikes, each after the
    # sentence that names its city, stay two attacks, each in its city.
    text = (
        "Iraqi troops held their positions on three sides of Mosul, a spokesman said today.\n"
        "Militants have controlled Mosul since 2014, Davis said.\n"
        "Coalition aircraft also carried out six airstrikes in the past day, Davis said.\n"
        "Separately, the coalition carried out three airstrikes near Raqqa, he said."
    )
    attacks = [e for e in events(text) if e.type == "attack"]
    assert sorted(e.location.name for e in attacks if e.location) == ["Mosul", "Raqqa"]


@pytest.mark.parametrize(
    "before",
    [
        "Davis said the fighting had eased.",  # a spokesman, not the town of Davis
        "The U.S.-led coalition has grown to 60 members.",  # an owner, not a place
    ],
)
def test_event_places_a_place_told_before_is_a_place_the_model_tags(before: str) -> None:
    text = f"{before}\nThe coalition conducted five airstrikes, the spokesman said."
    assert place_of(text, "attack") is None


def test_event_places_an_attack_on_a_country_is_not_placed_by_the_sentence_before() -> None:
    text = (
        "Officials in Washington met on Monday.\n"
        "Turkish forces attacked Syria with artillery, the ministry said."
    )
    assert place_of(text, "attack") == "Syria"


def test_event_places_what_a_speech_says_is_said_where_it_was_given() -> None:
    """A report of what a president said, and later that he said it in a speech he gave in a
    city: what he asked and announced that day was said there; a speech by someone else, or
    one of another day, places nothing; a report that places no speech leaves them unplaced."""
    said = (
        "Yesterday, President Alvaro Mendes of Portugal said foreign powers should leave the "
        "region. He also announced a new fisheries initiative.\n"
        "He made the remarks in a speech he gave in Porto."
    )
    assert place_of(said, "request") == "Porto"
    assert place_of(said, "cooperate") == "Porto"
    assert place_of(said.rsplit("\n", 1)[0], "request") is None
    other = said.rsplit("\n", 1)[0] + "\nHe spoke after a speech by the Pope in Rome."
    assert place_of(other, "request") is None


@pytest.mark.parametrize("outlet", ["state news firm Saba", "the newspaper Paris"])
def test_event_places_an_outlet_s_name_is_no_place(outlet: str) -> None:
    text = (
        f"The same claim was made by {outlet} and the minister. "
        "The minister said the rebels have attacked journalists."
    )
    assert place_of(text, "attack") is None


def test_event_places_an_attack_told_before_takes_the_place_its_own_clause_names() -> None:
    """ "The attack on a convoy, which took place in X, southern Peru": the attack's place,
    a town the gazetteer does not know, in the country named after it; not the place of the
    welcome."""
    text = (
        "Minister Tom Hale welcomes the report of the inquiry into the attack on a medical "
        "convoy, which took place in Pampa Alta, southern Peru, on 9 June. The ambush was "
        "carried out by the Andean Liberation Front."
    )
    found = {e.type: e.location for e in events(text)}
    assert found["attack"] is not None
    assert (found["attack"].name, found["attack"].country) == ("Pampa Alta", "PE")
    assert found["support"] is None


def test_event_places_a_welcome_is_not_where_the_attack_it_welcomes_news_of_took_place() -> None:
    text = (
        "Minister Tom Hale welcomed the report on the attack on a refugee convoy, which took "
        "place in Tal Afar, northern Iraq, last week."
    )
    found = {e.type: e.location for e in events(text)}
    assert found["support"] is None
    assert found["attack"] is not None and found["attack"].name == "Tal Afar"


def test_event_places_the_place_of_an_office_in_apposition_is_not_the_event_s() -> None:
    """ "X, the Special Envoy for ... in the Horn of Africa, will travel to Peru": where the
    office is held says nothing of where the trip goes."""
    text = (
        "John Carter, the Special Envoy for Humanitarian Affairs in the Horn of Africa, will "
        "travel to Peru November 16 - 17."
    )
    (event,) = events(text, dt.date(2024, 11, 10))
    assert event.location is not None and event.location.name == "Peru"
    assert {a.name: a.role for a in event.actors}["John Carter"] is not None


def test_event_places_a_visit_told_without_a_day_in_a_transcript_is_at_its_venue() -> None:
    """ "on his first visit to Peru", under the venue line "Lima, Peru":
    the visit of the transcript's day is in Lima, not just Peru."""
    text = (
        "Tomas Vidal, Secretary of State\n\nLima, Peru\n\n"
        "FOREIGN MINISTER SOTO: Secretary Tomas Vidal is on his first visit to Peru.\n\n"
        "SECRETARY VIDAL: Thank you."
    )
    article = ArticleInput("x", "x", text, dt.date(2024, 5, 8))
    visits = [e for e in extract_events(article, parse("x", text), Tenure()) if e.type == "visit"]
    assert visits and visits[0].location is not None and visits[0].location.name == "Lima"


def test_event_places_a_venue_s_name_inside_a_longer_name_is_no_venue() -> None:
    """ "the headquarters of NATO Mission Iraq in Baghdad": the mission's, not NATO's in
    Brussels."""
    text = (
        "Foreign Minister Ana Soto visited the headquarters of NATO Mission Iraq in Baghdad "
        "on Monday."
    )
    article = ArticleInput("x", "x", text, dt.date(2024, 5, 8))
    (event,) = extract_events(article, parse("x", text), Tenure())
    assert event.location is not None and event.location.name == "Baghdad"


def test_event_places_a_condemnation_is_not_where_the_strike_it_describes_was() -> None:
    """ "LIMA - Peru condemned a strike near the palace in Quito, describing it as a
    violation": the condemnation was made in Lima."""
    text = (
        "LIMA (AP) - The Peruvian government on Saturday condemned a Chilean air strike near "
        "the presidential palace in Quito, describing it as a violation of Ecuador's "
        "sovereignty."
    )
    article = ArticleInput("x", "x", text, dt.date(2024, 5, 8))
    events = {e.type: e for e in extract_events(article, parse("x", text), Tenure())}
    assert events["condemn"].location is not None
    assert events["condemn"].location.name == "Lima"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Chilean Defence Minister Ana Soto visited Camp Vidal on Monday.", "visit", "Camp Vidal"),
        (
            "Rockets struck the Quimsa base south of Lima on Monday, the army said.",
            "attack",
            "Quimsa Base",
        ),
        (
            "Militants attacked Al-Quimsa airbase on Monday, killing two Chilean soldiers.",
            "attack",
            "Al-Quimsa Airbase",
        ),
    ],
)
def test_event_places_a_base_known_by_its_own_name(text: str, kind: str, expected: str) -> None:
    """A base the gazetteer does not know, named as what was visited or struck, its kind
    written after the name in lower case or as "Camp" before it."""
    assert place_of(text, kind) == expected


def test_event_places_a_state_s_base_is_no_base_s_name() -> None:
    """ "the U.S. base": whose base, not its name."""
    text = "Militants attacked the U.S. base on Monday, killing two Chilean soldiers."
    assert place_of(text, "attack") != "U.S. Base"


def test_event_places_a_party_s_base_is_no_base() -> None:
    """ "support in the Republican base": a party's voters, not a base after a bare "in"."""
    text = "John Carter met Maria Lopez on Monday to shore up support in the Liberal base."
    assert place_of(text, "meet") is None


@pytest.mark.parametrize(
    "text",
    [
        "Chile accused Peru on Monday of illegal fishing in the Pacific Ocean.",
        "Chile blamed Peru for the flooding in Tacna.",
    ],
)
def test_place_of_the_deed_an_accusation_charges_is_not_where_it_was_made(text: str) -> None:
    assert place_of(text, "accuse") is None


def test_place_an_accusation_was_made_at_stays_its_place() -> None:
    assert place_of("In Lima, Chile accused Peru of illegal fishing.", "accuse") == "Lima"


@pytest.mark.parametrize(
    "text",
    [
        "Chile's foreign minister accused Peru of spying at a news conference in Lima on Monday.",
        "Chile accused Peru of spying during a speech to parliament in Lima on Monday.",
        "Peru warned Chile of consequences in a statement issued in Lima on Monday.",
    ],
)
def test_place_of_the_occasion_an_accusation_was_made_at_stays_its_place(text: str) -> None:
    kind = "threaten" if "warned" in text else "accuse"
    assert place_of(text, kind) == "Lima"
