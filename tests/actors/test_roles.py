"""Roles in sentences: title before a name, apposition after it, organisation around it."""

from __future__ import annotations

import pytest

from storyline.actors import RoleMention, find_roles, normalise_role, role_key
from storyline.lang.en.titles import GENERIC_BODIES, PORTFOLIOS
from storyline.nlp import parse
from storyline.records import Mention


def people(sentence: str, *names: str) -> list[Mention]:
    """PERSON mentions of ``names`` with offsets into ``sentence`` (as the NER would give)."""
    found = []
    for name in names:
        start = sentence.index(name)
        found.append(Mention(start, start + len(name), name, "PERSON"))
    return found


def triples(found: list[RoleMention]) -> list[tuple[str, str, str | None]]:
    return [(r.person, r.role, r.org) for r in found]


CASES = [
    (
        "On Monday NATO Secretary General Mark Rutte flew to Baghdad.",
        ("Mark Rutte",),
        [("Mark Rutte", "Secretary General", "NATO")],
    ),
    (
        "NATO Secretary-General Jens Stoltenberg opened the session.",
        ("Jens Stoltenberg",),
        [("Jens Stoltenberg", "Secretary General", "NATO")],
    ),
    (
        "Iraqi Prime Minister Mohammed Shia' Al-Sudani chaired the cabinet on Monday.",
        ("Mohammed Shia' Al-Sudani",),
        [("Mohammed Shia' Al-Sudani", "Prime Minister", "Iraq")],
    ),
    (
        "Later, Prime Minister Al-Sudani left for Amman.",
        ("Al-Sudani",),
        [("Al-Sudani", "Prime Minister", None)],
    ),
    (
        "A spokesman for PM Al-Sudani said nothing more.",
        ("Al-Sudani",),
        [("", "Spokesman", None), ("Al-Sudani", "Prime Minister", None)],
    ),
    (
        "The talks were led by National Security Advisor Karim al-Nouri for the Peruvian side.",
        ("Karim al-Nouri",),
        [("Karim al-Nouri", "National Security Advisor", None)],
    ),
    (
        "The visitors were led by Assistant Secretary General for Operations Pablo Mena.",
        ("Pablo Mena",),
        [("Pablo Mena", "Assistant Secretary General for Operations", None)],
    ),
    (
        "NATO's Deputy Secretary General for Operations, Tom Berg, spoke by video link.",
        ("Tom Berg",),
        [("Tom Berg", "Deputy Secretary General for Operations", "NATO")],
    ),
    (
        "Also present was Hamid al-Jaburi, the National Security Advisor of Peru, who chaired.",
        ("Hamid al-Jaburi",),
        [("Hamid al-Jaburi", "National Security Advisor", "Peru")],
    ),
    (
        "She later thanked General Paolo Maria Ferretti, the Commander of NATO Mission Iraq, "
        "for his service.",
        ("Paolo Maria Ferretti",),
        [("Paolo Maria Ferretti", "Commander", "NATO Mission Iraq")],
    ),
    (
        "Jens Stoltenberg, NATO's secretary general, answered questions afterwards.",
        ("Jens Stoltenberg",),
        [("Jens Stoltenberg", "Secretary General", "NATO")],
    ),
    (
        "In Davos she spoke to the Deputy Secretary-General of the North Atlantic Treaty "
        "Organisation (NATO), Karl Lindqvist.",
        ("Karl Lindqvist",),
        [("Karl Lindqvist", "Deputy Secretary General", "NATO")],
    ),
    (
        "The Prime Minister of Iraq, Mr. Haider al-Abadi, welcomed the decision.",
        ("Haider al-Abadi",),
        [("Haider al-Abadi", "Prime Minister", "Iraq")],
    ),
    (
        "Officials said Iraq's national security advisor would travel to Brussels.",
        (),
        [("", "National Security Advisor", "Iraq")],
    ),
    (
        "Lt. Gen. Per Pedersen handed over command at a ceremony.",
        ("Per Pedersen",),
        [("Per Pedersen", "Lieutenant General", None)],
    ),
    (
        "Defence Minister Thabet al-Abbasi and Interior Minister Abdul Amir al-Shammari attended.",
        ("Thabet al-Abbasi", "Abdul Amir al-Shammari"),
        [
            ("Thabet al-Abbasi", "Defence Minister", None),
            ("Abdul Amir al-Shammari", "Interior Minister", None),
        ],
    ),
    (
        "Fuad Hussein, Iraq's Foreign Minister, later met U.S. Secretary of State Antony Blinken.",
        ("Fuad Hussein", "Antony Blinken"),
        [
            ("Fuad Hussein", "Foreign Minister", "Iraq"),
            ("Antony Blinken", "Secretary of State", "United States"),
        ],
    ),
    (
        "Former Prime Minister Nouri al-Maliki criticised the plan at 5 pm.",
        ("Nouri al-Maliki",),
        [],
    ),
    (
        "Foreign Minister and Alternate Prime Minister Dana Levin greeted the delegation.",
        ("Dana Levin",),
        [("Dana Levin", "Foreign Minister and Alternate Prime Minister", None)],
    ),
    (
        "Minister of Foreign Affairs and International Cooperation Omar Haddad spoke first.",
        ("Omar Haddad",),
        [("Omar Haddad", "Minister of Foreign Affairs and International Cooperation", None)],
    ),
    (
        "State Councilor and Foreign Minister Omar Haddad spoke first.",
        ("Omar Haddad",),
        [("Omar Haddad", "State Councilor and Foreign Minister", None)],
    ),
    (
        # a ministry of some people's or region's affairs no portfolio table lists
        "Minister of Fisheries Affairs Omar Haddad spoke first.",
        ("Omar Haddad",),
        [("Omar Haddad", "Minister of Fisheries Affairs", None)],
    ),
    (
        "The minister of fisheries affairs spoke first, then Omar Haddad.",
        ("Omar Haddad",),
        [("", "Minister", None)],
    ),
    (
        "The statement was issued by Lena Holm, Department Spokesperson, on Friday.",
        ("Lena Holm",),
        [("Lena Holm", "Department Spokesperson", None)],
    ),
    (
        # the model's mention swallowed the end of the title and the honorific
        "Supreme Leader Ayatollah Hassan Vidal received the delegation on Monday.",
        ("Leader Ayatollah Hassan Vidal",),
        [("Hassan Vidal", "Supreme Leader", None)],
    ),
    (
        '"We are ready," said Col. Lena Holm, 58th Maintenance Group commander.',
        ("Lena Holm",),
        [("Lena Holm", "58th Maintenance Group Commander", None)],
    ),
    (
        "White House Spokesperson Kara Bell said the visit would go ahead.",
        ("Kara Bell",),
        [("Kara Bell", "White House Spokesperson", None)],
    ),
    (
        "At the request of Prime Minister Tom Hale, the King dissolved parliament on Monday.",
        ("Tom Hale",),
        [("Tom Hale", "Prime Minister", None), ("", "King", None)],
    ),
    (
        "In general, the mission is welcome here.",
        (),
        [],
    ),
]


@pytest.mark.parametrize(("sentence", "names", "expected"), CASES)
def test_actors_find_roles_with_person_mentions(
    sentence: str, names: tuple[str, ...], expected: list[tuple[str, str, str | None]]
) -> None:
    assert triples(find_roles(sentence, people(sentence, *names))) == expected


@pytest.mark.parametrize(("sentence", "names", "expected"), CASES)
def test_actors_find_roles_without_mentions_finds_title_names(
    sentence: str, names: tuple[str, ...], expected: list[tuple[str, str, str | None]]
) -> None:
    assert triples(find_roles(sentence, [])) == expected


@pytest.mark.parametrize(
    ("sentence", "names", "expected"),
    [
        (
            "Tom Hale spoke with Lena Holm, Spokesperson and Senior Advisor to the President of "
            "Chile, on Monday.",
            ("Tom Hale", "Lena Holm"),
            [("Lena Holm", "Spokesperson and Senior Advisor to the President", "Chile")],
        ),
        (
            "The Foreign Minister of the UAE, Omar Saleh, arrived in Rome.",
            ("Omar Saleh",),
            [("Omar Saleh", "Foreign Minister", "United Arab Emirates")],
        ),
        (
            # an ambassador's "to": where the state posted him, no part of the state's name
            "The Ambassador of Chile to Peru, Omar Saleh, met the minister.",
            ("Omar Saleh",),
            [("Omar Saleh", "Ambassador", "Chile"), ("", "Minister", None)],
        ),
        (
            # a body in lower case, then a comma and a rank before the holder: the office
            "She received the commander of the regional force, Major General Omar Saleh.",
            ("Omar Saleh",),
            [("Omar Saleh", "Commander of the Regional Force", None)],
        ),
        (
            "She met the emir of the country, Sheikh Omar Saleh, on Monday.",
            ("Omar Saleh",),
            [("Omar Saleh", "Emir", None)],
        ),
        (
            # a parliamentarian's forms of address after the office ("Senator", "the Hon")
            "Minister for Trade Senator the Hon Omar Saleh arrived.",
            ("Omar Saleh",),
            [("Omar Saleh", "Minister for Trade", None), ("Omar Saleh", "Senator", None)],
        ),
        (
            # a body's name with its own "against": the holder after the comma is its head
            "She received the commander of the Coalition against Piracy, Omar Saleh, on Monday.",
            ("Omar Saleh",),
            [("Omar Saleh", "Commander", "Coalition against Piracy")],
        ),
        (
            "The general manager of Harbour Media, Dr Omar Saleh, blamed the rebels.",
            ("Omar Saleh",),
            [("Omar Saleh", "General Manager", "Harbour Media")],
        ),
        (
            "Minister Tom Hale spoke with Prime Minister Karl Ortega of Chile.",
            ("Tom Hale", "Karl Ortega"),
            [("Tom Hale", "Minister", None), ("Karl Ortega", "Prime Minister", "Chile")],
        ),
        (
            "Karl Ortega, the caretaker Prime Minister, resigned.",
            ("Karl Ortega",),
            [("Karl Ortega", "Caretaker Prime Minister", None)],
        ),
        (
            "The Prime Minister and President Tom Hale spoke in the capital.",
            ("Tom Hale",),
            [("", "Prime Minister", None), ("Tom Hale", "President", None)],
        ),
    ],
)
def test_actors_find_roles_appositions_and_offices_of_bodies_no_table_knows(
    sentence: str, names: tuple[str, ...], expected: list[tuple[str, str, str | None]]
) -> None:
    """Two titles in one apposition are one person's; a title "of" capitalised words that a
    comma and a name close is that name's, of that body."""
    assert triples(find_roles(sentence, people(sentence, *names))) == expected


def test_actors_find_roles_cuts_titles_the_ner_kept_in_a_name() -> None:
    sentence = "They were received by General Giovanni Maria Iannucci yesterday."
    mention = people(sentence, "General Giovanni Maria Iannucci")
    assert triples(find_roles(sentence, mention)) == [("Giovanni Maria Iannucci", "General", None)]


def test_actors_find_roles_offsets_cover_the_role_words() -> None:
    sentence = "NATO's Deputy Secretary General for Operations, Tom Berg, spoke."
    (found,) = find_roles(sentence, people(sentence, "Tom Berg"))
    assert sentence[found.start : found.end] == "Deputy Secretary General for Operations"


def test_actors_find_roles_sentence_without_roles_is_empty() -> None:
    sentence = "Mark Rutte and Mohammed Shia' Al-Sudani discussed training."
    assert find_roles(sentence, people(sentence, "Mark Rutte")) == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("secretary-general", "Secretary General"),
        ("Secretary-General", "Secretary General"),
        ("PM", "Prime Minister"),
        ("national security adviser", "National Security Advisor"),
        ("deputy secretary general for operations", "Deputy Secretary General for Operations"),
        ("Commander-in-Chief", "Commander in Chief"),
        ("Lt. Gen.", "Lieutenant General"),
        ("minister of foreign affairs", "Minister of Foreign Affairs"),
        ("president-elect", "President-elect"),
        ("prime minister designate", "Prime Minister-designate"),
    ],
)
def test_actors_normalise_role_title_case(text: str, role: str) -> None:
    assert normalise_role(text) == role


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Secretary-General", "secretary general"),
        ("National Security Adviser", "National Security Advisor"),
        ("Minister of Defence", "Defense Minister"),
        ("Minister of Foreign Affairs", "Foreign Minister"),
        ("Secretary of Defense", "Defence Secretary"),
        ("Minister of Foreign Affairs and International Cooperation", "Foreign Minister"),
        ("Caretaker Prime Minister", "Prime Minister"),
    ],
)
def test_actors_role_key_spellings_meet(a: str, b: str) -> None:
    assert role_key(a) == role_key(b)


@pytest.mark.parametrize("names", [(), ("Haider al-Abadi", "Ban Ki-moon")])
def test_actors_find_roles_honorific_after_title_wins_over_apposition(
    names: tuple[str, ...],
) -> None:
    sentence = (
        "Haider al-Abadi received on Sunday, the Secretary-General of the United Nations, "
        "Mr. Ban Ki-moon, in Baghdad."
    )
    found = triples(find_roles(sentence, people(sentence, *names)))
    assert found == [("Ban Ki-moon", "Secretary General", "United Nations")]


def test_actors_find_roles_unknown_organisation_between_title_and_holder() -> None:
    sentence = "She met Secretary General of the Arab Farmers Union Karim Nouri on Monday."
    found = triples(find_roles(sentence, people(sentence, "Karim Nouri")))
    assert found == [("Karim Nouri", "Secretary General", "Arab Farmers Union")]


@pytest.mark.parametrize(
    ("sentence", "name", "role", "org"),
    [
        ("Omani Foreign Minister Sayyid Nasser Hamdan spoke first.", "Nasser Hamdan",
         "Foreign Minister", "Oman"),
        ("Kuwaiti Prime Minister Sheikh Ali Sabri arrived.", "Ali Sabri", "Prime Minister",
         "Kuwait"),
        ("The strike killed Hamas leader Omar Haddad.", "Omar Haddad", "Leader", "Hamas"),
        ("Iran's Supreme Leader Reza Karimi spoke.", "Reza Karimi", "Supreme Leader", "Iran"),
        ("Special Advisor for Indigenous Languages in the High Andes Lena Marsh will travel.",
         "Lena Marsh", "Special Advisor for Indigenous Languages in the High Andes", None),
        ("Coordinator for the Andes and South Pacific Tom Reyes will travel.", "Tom Reyes",
         "Coordinator for the Andes and South Pacific", None),
        ("Foreign Affairs Secretary Ana Soto signed it.", "Ana Soto",
         "Foreign Affairs Secretary", None),
        ("The spokesman for the Peruvian government, Ana Soto, spoke.", "Ana Soto",
         "Spokesman for the Peruvian Government", None),
        ("Home Affairs Secretary Tomas Vidal arrived.", "Tomas Vidal", "Home Affairs Secretary",
         None),
        ("External Affairs Secretary Maria Lopez arrived.", "Maria Lopez",
         "External Affairs Secretary", None),
    ],
)  # fmt: skip
def test_actors_find_roles_more_titles_and_forms_of_address(
    sentence: str, name: str, role: str, org: str | None
) -> None:
    assert triples(find_roles(sentence, people(sentence, name))) == [(name, role, org)]


def test_actors_find_roles_the_title_and_a_titled_name_are_two_people() -> None:
    sentence = "The Prime Minister and President Karim Nouri held talks in Oslo."
    found = triples(find_roles(sentence, people(sentence, "Karim Nouri")))
    assert ("Karim Nouri", "President", None) in found
    assert ("", "Prime Minister", None) in found


def test_actors_find_roles_assistant_to_the_president() -> None:
    sentence = "Assistant to the President for Economic Policy Lena Marsh met them."
    found = triples(find_roles(sentence, people(sentence, "Lena Marsh")))
    assert found == [("Lena Marsh", "Assistant to the President for Economic Policy", None)]


@pytest.mark.parametrize("honorific", ["HE", "H.E.", "His Excellency"])
def test_actors_find_roles_excellency_between_title_and_name(honorific: str) -> None:
    sentence = f"She met the Foreign Minister of Iraq, {honorific} Karim Nouri, on Monday."
    found = triples(find_roles(sentence, people(sentence, "Karim Nouri")))
    assert found == [("Karim Nouri", "Foreign Minister", "Iraq")]


def test_actors_find_roles_weekday_is_no_name() -> None:
    sentence = "The envoy met them on Monday, the Prime Minister of Iraq said."
    assert triples(find_roles(sentence, [])) == [
        ("", "Envoy", None),
        ("", "Prime Minister", "Iraq"),
    ]


def test_actors_find_roles_the_holder_after_where_the_office_sits() -> None:
    sentence = (
        "The Deputy Chief of Mission of the EU Delegation to the United Kingdom Ana Soto "
        "also took part."
    )
    assert triples(find_roles(sentence, people(sentence, "Ana Soto"))) == [
        ("Ana Soto", "Deputy Chief of Mission", "European Union")
    ]


def test_actors_find_roles_a_named_qualifier_before_a_comma_ends_there() -> None:
    sentence = "Minister for the Pacific, Tom Reyes, answered the question."
    assert triples(find_roles(sentence, people(sentence, "Tom Reyes"))) == [
        ("Tom Reyes", "Minister for the Pacific", None)
    ]


def test_actors_find_roles_complete_people_lets_a_qualifier_run_to_its_end() -> None:
    """Without names a capitalised qualifier may run into one; told there are none, it runs
    to its last capitalised word."""
    sentence = "Minister for the Pacific welcomes the vote in Fiji"
    assert triples(find_roles(sentence, [])) == [("", "Minister", None)]
    assert triples(find_roles(sentence, [], complete=True)) == [
        ("", "Minister for the Pacific", None)
    ]


def test_actors_find_roles_an_office_then_a_form_of_address_is_the_office() -> None:
    sentence = (
        "On Monday, Special Envoy to Combat Piracy, Ambassador Ana Soto, will leave for Lima."
    )
    roles = triples(find_roles(sentence, people(sentence, "Ana Soto")))
    assert ("Ana Soto", "Special Envoy to Combat Piracy", None) in roles


def test_actors_find_roles_to_a_place_is_no_office_and_whom_an_advisor_serves_is_no_holder() -> (
    None
):
    sentence = "The king welcomed Foreign Minister Ana Soto to Riyadh on Monday."
    assert ("Ana Soto", "Foreign Minister", None) in triples(
        find_roles(sentence, people(sentence, "Ana Soto"))
    )
    sentence = "An Advisor to President Luis Vega said the talks went well."
    found = triples(find_roles(sentence, people(sentence, "Luis Vega")))
    assert ("Luis Vega", "Advisor", None) not in found


def test_roles_holder_after_the_office_s_posting_and_form_of_address() -> None:
    """ "the Senior Civilian Representative in Iraq, Ambassador Jane Roe": Roe holds it."""
    from storyline.actors.roles import find_roles

    found = find_roles("the NATO Senior Civilian Representative in Iraq, Ambassador Jane Roe", [])
    office = next(r for r in found if r.role == "Senior Civilian Representative")
    assert (office.person, office.org) == ("Jane Roe", "NATO")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Soto met the prime minister of the country, Ali Hassan, on Monday.",
        "The governor of the province, Ali Hassan, opened the bridge.",
    ],
)
def test_roles_holder_after_an_office_of_a_place_said_without_its_name(sentence: str) -> None:
    """ "the prime minister of the country, Ali Hassan": the name after the comma holds it."""
    from storyline.actors.roles import find_roles

    assert any(r.person == "Ali Hassan" and r.role for r in find_roles(sentence, []))


def test_roles_a_name_that_speaks_after_an_office_of_the_country_holds_none() -> None:
    """ "met the president of the country, Maria Lopez said": she said it."""
    from storyline.actors.roles import find_roles

    sentence = "Ali Hassan met the president of the country, Maria Lopez said on Monday."
    assert not any(r.person == "Maria Lopez" for r in find_roles(sentence, []))


def test_roles_the_republic_names_no_organisation() -> None:
    """ "The President of the Republic, X": whose republic the sentence does not say."""
    from storyline.actors.roles import find_roles

    sentence = "The President of the Republic, Jane Roe, received the envoy."
    roe = Mention(sentence.index("Jane"), sentence.index(", received"), "Jane Roe", "PERSON")
    found = find_roles(sentence, [roe])
    president = next(r for r in found if r.role == "President")
    assert president.org is None


@pytest.mark.parametrize(
    ("sentence", "names", "expected"),
    [
        (
            "Petty Officer Dan Hale was advising local forces.",
            ("Dan Hale",),
            [("Dan Hale", "Petty Officer", None)],
        ),
        (
            "Staff Sgt. Ana Ruiz was wounded near Kirkuk.",
            ("Ana Ruiz",),
            [("Ana Ruiz", "Staff Sergeant", None)],
        ),
        ("Capt. Lee Park commanded the frigate.", ("Lee Park",), [("Lee Park", "Captain", None)]),
        ("Major powers met in Geneva.", (), []),
        (
            "Major League Baseball Commissioner Rob Manfred met owners.",
            ("Rob Manfred",),
            [("Rob Manfred", "Commissioner", None)],  # no "Major"
        ),
        ("Correspondent Major Garrett asked a question.", ("Major Garrett",), []),
        (
            "Army Sgt. Maj. Ron Walsh spoke.",
            ("Ron Walsh",),
            [("Ron Walsh", "Sergeant Major", None)],
        ),
        (
            "Airman First Class Dana Ortiz was wounded.",
            ("Dana Ortiz",),
            [("Dana Ortiz", "Airman First Class", None)],
        ),
        (
            "They honoured Hospital Corpsman 2nd Class Lee Park.",
            ("Lee Park",),
            [("Lee Park", "Hospital Corpsman 2nd Class", None)],
        ),
    ],
)
def test_actors_find_roles_ranks_below_colonel(
    sentence: str, names: tuple[str, ...], expected: list[tuple[str, str, str | None]]
) -> None:
    assert triples(find_roles(sentence, people(sentence, *names))) == expected


def test_actors_find_roles_a_rank_the_model_ran_into_the_name_stays_whole() -> None:
    """The model tags "Officer Hale" a person: the rank is "Petty Officer", the name "Hale"."""
    sentence = "He died near Tacna. Petty Officer Hale had been training local forces."
    assert triples(find_roles(sentence, people(sentence, "Officer Hale"))) == [
        ("Hale", "Petty Officer", None)
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [("FOREIGN MINISTER", "Foreign Minister"), ("NSC Spokesperson", "NSC Spokesperson")],
)
def test_actors_normalise_role_capitals_of_a_label_but_not_an_acronym(text: str, role: str) -> None:
    assert normalise_role(text) == role


def test_actors_find_roles_a_headline_s_small_words_end_a_name() -> None:
    title = "Secretary Blinken Meets With Foreign Minister Ayman Safadi In Amman"
    assert triples(find_roles(title, [])) == [
        ("Blinken", "Secretary", None),
        ("Ayman Safadi", "Foreign Minister", None),
    ]


def test_actors_find_roles_a_military_spokesperson() -> None:
    sentence = "Houthi military spokesperson Yahya Sarea claimed that a drone had hit a tanker."
    assert triples(find_roles(sentence, [])) == [
        ("Yahya Sarea", "Military Spokesperson", "Houthis")
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        # the organisation before the office, as the sentence writes it
        ("U.S. Special Envoy for the Sahel Dana Whitfield flew to Niamey.", "Dana Whitfield",
         "U.S. Special Envoy for the Sahel"),
        ("NATO's Deputy Secretary General Omar Lind spoke first.", "Omar Lind",
         "NATO Deputy Secretary General"),
        ("Gen. Ray Ortiz, U.S. Central Command commander, visited the base.", "Ray Ortiz",
         "U.S. Central Command Commander"),
        ("A Department of State spokesperson, Lena Marsh, said so.", "Lena Marsh",
         "Department of State Spokesperson"),
        # and after it, with "of"; an acronym in brackets is no word of the title
        ("She met Secretary General of the Arab Farmers Union Karim Nouri.", "Karim Nouri",
         "Secretary General of the Arab Farmers Union"),
        ("Ana Soto, the Minister of Foreign Affairs of Peru (PE), said it.", "Ana Soto",
         "Minister of Foreign Affairs of Peru"),
        # and where the office sits, between it and the holder's name
        ("The Deputy Chief of Mission of the Chilean Embassy to Peru Ana Soto spoke.",
         "Ana Soto", "Deputy Chief of Mission of the Chilean Embassy to Peru"),
        ("The Deputy Chief of Mission of the Embassy in Lima Tomas Vidal spoke.", "Tomas Vidal",
         "Deputy Chief of Mission of the Embassy in Lima"),
        # an apposition that runs on in capitals to its closing comma: where and for whom
        ("Chairman of the Joint Chiefs of Staff General Tomas Vidal spoke.", "Tomas Vidal",
         "Chairman of the Joint Chiefs of Staff"),
        ("Tomas Vidal, the Special Envoy for Humanitarian Affairs in the Andes, will travel.",
         "Tomas Vidal", "Special Envoy for Humanitarian Affairs in the Andes"),
        ("Ana Soto, the Special Advisor to Ambassador Tomas Vidal for Indigenous Peoples in "
         "the Andes and Central America, will travel.", "Ana Soto",
         "Special Advisor to Ambassador Tomas Vidal for Indigenous Peoples in the Andes and "
         "Central America"),
    ],
)  # fmt: skip
def test_actors_find_roles_title_keeps_the_organisation_as_written(
    sentence: str, name: str, title: str
) -> None:
    found = [f for f in find_roles(sentence, people(sentence, name)) if f.person == name]
    assert [f.title for f in found] == [title]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Prime Minister Lena Marsh said it.", "Lena Marsh"),  # no organisation written
        ("The alliance's Secretary General Omar Lind said it.", "Omar Lind"),  # a description
        ("Prime Minister Lena Marsh of Iraq said it.", "Lena Marsh"),  # her name between
        ("Gen. Ray Ortiz said it.", "Ray Ortiz"),  # a rank
    ],
)
def test_actors_find_roles_title_only_where_an_organisation_is_written_beside_it(
    sentence: str, name: str
) -> None:
    found = [f for f in find_roles(sentence, people(sentence, name)) if f.person == name]
    assert found and all(f.title is None for f in found)


def test_actors_find_roles_an_office_in_apposition_after_a_form_of_address() -> None:
    """ "Ambassador Jane Roe, Senior Official for Trade, Energy, and the Environment, and
    Deputy Assistant Secretary Tom Hale": her office runs to the comma before the next one."""
    sentence = (
        "The talks were led by Ambassador Jane Roe, Senior Official for Trade, Energy, and "
        "the Environment, and Deputy Assistant Secretary of State for Andean Affairs "
        "Tom Hale."
    )
    found = triples(find_roles(sentence, people(sentence, "Jane Roe", "Tom Hale")))
    assert ("Jane Roe", "Senior Official for Trade, Energy, and the Environment", None) in found
    assert (
        "Tom Hale",
        "Deputy Assistant Secretary of State for Andean Affairs",
        None,
    ) in found


def test_actors_find_roles_a_lower_case_qualifier_runs_to_the_comma_before_the_holder() -> None:
    """ "the special representative for the northern corridor, Jane Roe": her office."""
    sentence = (
        "Ruiz met the alliance's special representative for the northern corridor, "
        "Jane Roe, in Lima."
    )
    assert triples(find_roles(sentence, people(sentence, "Ruiz", "Jane Roe"))) == [
        ("Jane Roe", "Special Representative for the Northern Corridor", "NATO")
    ]
    # no holder after the comma: the qualifier is no part of the office
    alone = "The special representative for the region, who arrived on Monday, met Ruiz."
    assert [r.role for r in find_roles(alone, people(alone, "Ruiz"))] == ["Special Representative"]


@pytest.mark.parametrize(
    ("sentence", "person", "role"),
    [
        ("Attorney General Ana Soto opened an inquiry.", "Ana Soto", "Attorney General"),
        ("Solicitor General Ana Soto argued the case.", "Ana Soto", "Solicitor General"),
        ("Inspector General Ana Soto filed a report.", "Ana Soto", "Inspector General"),
        ("Surgeon General Ana Soto issued a warning.", "Ana Soto", "Surgeon General"),
        ("Auditor General Ana Soto signed the audit.", "Ana Soto", "Auditor General"),
        ("Postmaster General Ana Soto cut costs.", "Ana Soto", "Postmaster General"),
        ("Advocate General Ana Soto gave an opinion.", "Ana Soto", "Advocate General"),
        ("Governor-General Ana Soto opened parliament.", "Ana Soto", "Governor General"),
        ("Consul General Ana Soto met the envoy.", "Ana Soto", "Consul General"),
        ("Prosecutor General Ana Soto met the envoy.", "Ana Soto", "Prosecutor General"),
        ("Procurator General Ana Soto met the envoy.", "Ana Soto", "Procurator General"),
        ("Senator Ana Soto met the envoy.", "Ana Soto", "Senator"),
        ("Sen. Ana Soto met the envoy.", "Ana Soto", "Senator"),
        ("Gov. Ana Soto met the envoy.", "Ana Soto", "Governor"),
        ("Rep. Ana Soto met the envoy.", "Ana Soto", "Representative"),
        ("Congresswoman Ana Soto met the envoy.", "Ana Soto", "Congresswoman"),
        ("Congressman Tomas Vidal met the envoy.", "Tomas Vidal", "Congressman"),
        ("CEO Ana Soto met the envoy.", "Ana Soto", "CEO"),
        ("Press Secretary Ana Soto met the envoy.", "Ana Soto", "Press Secretary"),
        ("Cabinet Secretary Ana Soto met the envoy.", "Ana Soto", "Cabinet Secretary"),
        ("Permanent Secretary Ana Soto met the envoy.", "Ana Soto", "Permanent Secretary"),
        ("General Secretary Ana Soto met the envoy.", "Ana Soto", "General Secretary"),
        ("Chief Secretary Ana Soto met the envoy.", "Ana Soto", "Chief Secretary"),
        ("Treasury Secretary Ana Soto met the envoy.", "Ana Soto", "Treasury Secretary"),
        ("Energy Secretary Ana Soto met the envoy.", "Ana Soto", "Energy Secretary"),
        ("Transport Secretary Ana Soto met the envoy.", "Ana Soto", "Transport Secretary"),
        ("Education Secretary Ana Soto met the envoy.", "Ana Soto", "Education Secretary"),
        ("Interior Secretary Ana Soto met the envoy.", "Ana Soto", "Interior Secretary"),
        ("Under Secretary Ana Soto met the envoy.", "Ana Soto", "Under Secretary"),
        ("Assistant Secretary Ana Soto met the envoy.", "Ana Soto", "Assistant Secretary"),
        (
            "Senior Undersecretary Tomas Vidal met the envoy.",
            "Tomas Vidal",
            "Senior Undersecretary",
        ),
        ("Counselor Ana Soto met the envoy.", "Ana Soto", "Counselor"),
        (
            "Transitional President Tomas Vidal met the envoy.",
            "Tomas Vidal",
            "Transitional President",
        ),
        (
            "External Affairs Minister Ana Soto met the envoy.",
            "Ana Soto",
            "External Affairs Minister",
        ),
        (
            "Minister of External Affairs Ana Soto met the envoy.",
            "Ana Soto",
            "Minister of External Affairs",
        ),
        ("Foreign Minister Prince Tomas Vidal met the envoy.", "Tomas Vidal", "Foreign Minister"),
        ("Capt. Ana Soto met the envoy.", "Ana Soto", "Captain"),
        ("Vice Adm. Tomas Vidal met the envoy.", "Tomas Vidal", "Vice Admiral"),
        ("Cmdr. Ana Soto met the envoy.", "Ana Soto", "Commander"),
        ("Lt. Cmdr. Ana Soto met the envoy.", "Ana Soto", "Lieutenant Commander"),
        ("Air Vice Marshal Tomas Vidal met the envoy.", "Tomas Vidal", "Air Vice Marshal"),
        ("Sgt. Tomas Vidal met the envoy.", "Tomas Vidal", "Sergeant"),
    ],
)
def test_roles_titles_of_law_legislatures_and_firms(sentence: str, person: str, role: str) -> None:
    """Titles ending in "General" are offices, not the rank; abbreviated titles are read."""
    from storyline.actors.roles import find_roles

    assert (person, role) in {(r.person, r.role) for r in find_roles(sentence, [])}


def test_actors_find_roles_a_title_swallowed_at_the_start_of_a_name_is_cut_off() -> None:
    """The model may tag "Counselor Ana Soto" as one name: the title is hers, not her name."""
    sentence = "Counselor Ana Soto met the envoy."
    found = find_roles(sentence, people(sentence, "Counselor Ana Soto"))
    assert ("Ana Soto", "Counselor") in [(f.person, f.role) for f in found]


def test_actors_find_roles_two_holders_in_one_run_of_a_headline() -> None:
    """ "Secretary of Defense John M. Carter's Meeting With Chilean Defense Minister Ana
    Soto": a title in capitals, two offices and two holders in one run of capitals."""
    title = (
        "Readout of Secretary of Defense John M. Carter's Meeting With Chilean Defense Minister "
        "Ana Soto"
    )
    assert [(f.person, f.role) for f in find_roles(title, [])] == [
        ("John M. Carter", "Secretary of Defense"),
        ("Ana Soto", "Defense Minister"),
    ]


@pytest.mark.parametrize(
    ("sentence", "role", "org"),
    [
        ("Peru's army chief Luis Ramos met the delegation.", "Army Chief", "Peru"),
        ("Police chief Luis Ramos met the delegation.", "Police Chief", None),
        (
            "Peruvian intelligence chief Luis Ramos met the delegation.",
            "Intelligence Chief",
            "Peru",
        ),
        ("Chile's top diplomat Luis Ramos met the delegation.", "Top Diplomat", "Chile"),
        ("Peruvian army commander Luis Ramos met the delegation.", "Army Commander", "Peru"),
    ],
)
def test_actors_find_roles_news_short_offices(sentence: str, role: str, org: str | None) -> None:
    """The short offices of news copy: "army chief", "police chief", "top diplomat"."""
    assert triples(find_roles(sentence, people(sentence, "Luis Ramos"))) == [
        ("Luis Ramos", role, org)
    ]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Luis Ramos, the chief of staff of the Peruvian army, met Ana Soto.",
            "Chief of Staff of the Peruvian army",
        ),
        (
            "Luis Ramos, the commander of the 5th brigade, met Ana Soto.",
            "Commander of the 5th brigade",
        ),
    ],
)
def test_actors_find_roles_apposition_of_a_body_in_lower_case(sentence: str, title: str) -> None:
    """An office in apposition held in a body written in lower case: the name before it holds
    it, and the body is part of its wording."""
    (found,) = [r for r in find_roles(sentence, people(sentence, "Luis Ramos", "Ana Soto"))]
    assert (found.person, found.title) == ("Luis Ramos", title)


def test_actors_find_roles_what_was_said_is_no_body_of_an_office() -> None:
    sentence = "Asked about it, the foreign minister of Peru said, it was over."
    (found,) = find_roles(sentence, [])
    assert found.title == "Foreign Minister of Peru"


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Luis Ramos, commander of the Peruvian army, said his troops were ready.",
            "Luis Ramos",
            "Commander of the Peruvian army",
        ),
        (
            "Lt. Gen. Karim Haddad, commander of the 3rd Armoured Brigade, said it.",
            "Karim Haddad",
            "Commander of the 3rd Armoured Brigade",
        ),
        (
            "Rear Adm. Maria Lopez, commander of the Pacific Fleet, said it.",
            "Maria Lopez",
            "Commander of the Pacific Fleet",
        ),
        (
            "The commander of the Peruvian army, Luis Ramos, said it.",
            "Luis Ramos",
            "Commander of the Peruvian army",
        ),
        (
            "The head of the Peruvian army, Gen. Luis Ramos, visited Lima.",
            "Luis Ramos",
            "Head of the Peruvian army",
        ),
        ("Special Presidential Envoy Luis Ramos met them.", "Luis Ramos", None),
    ],
)
def test_actors_find_roles_office_of_a_body_before_or_after_its_holder(
    sentence: str, name: str, title: str | None
) -> None:
    """An office held in a body, in apposition with or without "the", or before the comma
    and its holder: the holder's office, over his rank."""
    found = [r for r in find_roles(sentence, people(sentence, name)) if r.person == name]
    assert found and found[0].title == title
    assert not found[0].role.startswith(("General", "Lieutenant", "Rear"))


def test_actors_find_roles_who_said_it_holds_no_office_before_the_comma() -> None:
    sentence = "He met the commander of the army, Luis Ramos said."
    assert all(
        r.person != "Luis Ramos" for r in find_roles(sentence, people(sentence, "Luis Ramos"))
    )


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Special Presidential Envoy Luis Ramos met them.", "Special Presidential Envoy"),
        ("French Armed Forces Minister Luis Ramos met them.", "Armed Forces Minister"),
        ("PMF deputy head Luis Ramos met them.", "Deputy Head"),
    ],
)
def test_actors_find_roles_more_offices_of_security_news(sentence: str, role: str) -> None:
    (found,) = find_roles(sentence, people(sentence, "Luis Ramos"))
    assert (found.person, found.role) == ("Luis Ramos", role)


@pytest.mark.parametrize(
    ("sentence", "name", "role", "org"),
    [
        ("Secretary Luis Ramos met them.", "Luis Ramos", "Secretary", None),
        ("Police commissioner Luis Ramos met them.", "Luis Ramos", "Police Commissioner", None),
        (
            "Ana Soto, the UN High Commissioner for Refugees, met them.",
            "Ana Soto",
            "High Commissioner for Refugees",
            "United Nations",
        ),
        (
            "Deputy Prime Minister and Foreign Minister Omar Haddad of Jordan met them.",
            "Omar Haddad",
            "Deputy Prime Minister and Foreign Minister",
            "Jordan",
        ),
        (  # two offices joined by a slash, as releases write them
            "Deputy Prime Minister/Foreign Minister Omar Haddad of Jordan met them.",
            "Omar Haddad",
            "Deputy Prime Minister and Foreign Minister",
            "Jordan",
        ),
    ],
)
def test_actors_find_roles_secretaries_commissioners_and_joined_offices(
    sentence: str, name: str, role: str, org: str | None
) -> None:
    found = [r for r in find_roles(sentence, people(sentence, name)) if r.person == name]
    assert [(r.role, r.org) for r in found] == [(role, org)]


@pytest.mark.parametrize(
    "sentence", ["Mr. State Secretary Luis Ramos met them.", "The Secretary of State met them."]
)
def test_actors_find_roles_no_bare_secretary_in_other_offices(sentence: str) -> None:
    assert all(r.role != "Secretary" for r in find_roles(sentence, []))


@pytest.mark.parametrize(
    ("sentence", "name", "role", "org"),
    [
        (
            "The Chair of the Andean Military Committee, Admiral Tomas Vidal, met them.",
            "Admiral Tomas Vidal",
            "Chair",
            "Andean Military Committee",
        ),
        (
            "The Chair of the NATO Military Committee, Vice Admiral Tomas Vidal, met them.",
            "Vice Admiral Tomas Vidal",
            "Chair",
            "NATO Military Committee",
        ),
        (
            "The Special Representative of the Secretary-General for Peru, Ana Soto, met them.",
            "Ana Soto",
            "Special Representative of the Secretary General for Peru",
            None,
        ),
    ],
)
def test_actors_find_roles_offices_of_bodies_a_known_one_leads(
    sentence: str, name: str, role: str, org: str | None
) -> None:
    """A body a known organisation's name leads ("the NATO Military Committee") closed by a
    comma and the holder with his rank; a representative of an officeholder is one office."""
    found = [r for r in find_roles(sentence, people(sentence, name)) if r.person]
    assert [(r.role, r.org) for r in found] == [(role, org)]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("U.S. president-elect Luis Ramos has asked Maria Lopez to serve.", "President-elect"),
        ("Prime Minister-designate Luis Ramos met Maria Lopez.", "Prime Minister-designate"),
    ],
)
def test_actors_find_roles_an_office_not_yet_taken_up(sentence: str, role: str) -> None:
    found = find_roles(sentence, people(sentence, "Luis Ramos"))
    assert [r.role for r in found] == [role]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Detective Inspector John Carter said the men were arrested.",
            "John Carter",
            "Detective Inspector",
        ),
        ("Coach Luis Ramos met Maria Lopez.", "Luis Ramos", "Coach"),
        ("Senior Trooper Luis Ramos was killed.", "Luis Ramos", "Senior Trooper"),
    ],
)
def test_actors_find_roles_a_police_rank_or_a_team_s_title(
    sentence: str, name: str, role: str
) -> None:
    found = find_roles(sentence, people(sentence, name))
    assert [r.role for r in found] == [role]


@pytest.mark.parametrize("body", sorted(GENERIC_BODIES))
def test_actors_find_roles_every_generic_body_names_no_owner(body: str) -> None:
    """ "the emir of the country, Sheikh X": whose office, the text does not say."""
    sentence = f"She met the head of the {body}, Sheikh Omar Saleh, on Monday."
    found = [r for r in find_roles(sentence, people(sentence, "Omar Saleh")) if r.person]
    assert all(r.org is None and body not in r.role.lower() for r in found)


def _portfolio_words(alternative: str) -> str:
    """A portfolio of the table as a headline writes it ("defen[cs]e" → "Defence")."""
    words = alternative.replace("[cs]", "c").replace("u?", "u").split()
    return " ".join(w if w in ("and", "the") else w.capitalize() for w in words)


@pytest.mark.parametrize("alternative", PORTFOLIOS.split("|"), ids=str)
def test_roles_every_portfolio_of_the_table_names_a_minister(alternative: str) -> None:
    """Each portfolio: "Mining Minister X", "Minister of Mining X" and "Minister of Mining
    Affairs X" keep the portfolio."""
    portfolio = _portfolio_words(alternative)
    for text in (
        f"{portfolio} Minister Luis Ramos met Maria Lopez.",
        f"Minister of {portfolio} Luis Ramos met Maria Lopez.",
        f"Minister of {portfolio} Affairs Luis Ramos met Maria Lopez.",
    ):
        start = text.index("Luis")
        (found,) = find_roles(text, [Mention(start, start + 10, "Luis Ramos", "PERSON")])
        assert portfolio.lower().removeprefix("the ") in found.role.lower(), (text, found)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Maria Lopez met the Southern Command head Gen. Luis Ramos.",
            ("Head", "Southern Command"),
        ),
        (
            "On Monday, the Border Guard Service chief Lt. Gen. Luis Ramos met Maria Lopez.",
            ("Chief", "Border Guard Service"),
        ),
        ("She met Andean Border Guard commander Luis Ramos.", ("Commander", "Andean Border Guard")),
        # with no body named, the rank says more than "head"; a sentence's first word, a
        # day or a headline's verb is no part of a body's name
        ("Task force head Brig. Gen. Luis Ramos met Maria Lopez.", ("Brigadier General", None)),
        ("On Monday Council chairman Luis Ramos met Maria Lopez.", ("Chairman", None)),
        ("Drone Strike Kills PMF Brigade Commander Luis Ramos", ("Commander", None)),
        ("Gen. Luis Ramos met Maria Lopez.", ("General", None)),
    ],
)
def test_roles_the_head_of_a_body_no_table_knows_is_its_head_over_his_rank(
    text: str, expected: tuple[str, str | None]
) -> None:
    """ "Southern Command head Gen. X": the office of the body written in capitals before it,
    over the rank between it and the name."""
    start = text.index("Luis")
    (found,) = find_roles(text, [Mention(start, start + 10, "Luis Ramos", "PERSON")])
    assert (found.role, found.org) == expected


@pytest.mark.parametrize("address", ["His Excellency Mr", "Her Excellency", "Mr", "Dr"])
def test_roles_a_form_of_address_after_a_for_qualifier_is_no_word_of_the_office(
    address: str,
) -> None:
    """ "Minister for Border Affairs, His Excellency Mr Luis Ramos": the office ends before
    the form of address."""
    text = f"He met Peru's Minister for Border Affairs, {address} Luis Ramos, in New York."
    people = [m for m in parse("x", text).entities if m.label == "PERSON"]
    (role,) = [r for r in find_roles(text, people) if r.person == "Luis Ramos"]
    assert role.role == "Minister for Border Affairs", role


def test_roles_a_bare_abbreviation_inside_a_qualifier_is_no_form_of_address() -> None:
    """ "Minister for HE and Science" (higher education): "HE" there is a word of the office,
    not "His Excellency", which only follows a comma."""
    text = "Chile's Minister for HE and Science, Tomas Vidal, met Ana Soto in Lima."
    people = [m for m in parse("x", text).entities if m.label == "PERSON"]
    roles = [r for r in find_roles(text, people) if r.person == "Tomas Vidal"]
    assert all(r.role != "Minister for" for r in roles), roles
