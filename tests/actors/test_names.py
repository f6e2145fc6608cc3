"""Person keys, the corpus actor index, organisations and states."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from storyline.actors import ActorIndex, AliasTable, organisation, person_key, state
from storyline.actors.names import (
    Alias,
    near_spelling,
    own_name,
    parse_aliases,
    same_person,
    short_given_names,
    split_name,
)


@pytest.mark.parametrize(
    "name",
    [
        "Mohammed Shia' Al-Sudani",
        "Mohammed Shia Al-Sudani",
        "Mohammed S. Al-Sudani",
        "PM Al-Sudani",
        "Prime Minister Al-Sudani",
        "Iraqi Prime Minister Mohammed Shia’ Al-Sudani",
        "Al-Sudani",
        "al-Sudani",
        "Al Sudani",
        "Al-Sudani’s",
        "AL-SUDANI",
    ],
)
def test_actors_person_key_spellings_of_one_name_meet(name: str) -> None:
    assert person_key(name) == "sudani"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Mr. Mark Rutte", "rutte"),
        ("NATO Secretary General Mark Rutte", "rutte"),
        ("Lt. Gen. Giovanni Maria Iannucci", "iannucci"),
        ("Sayyid Ammar al-Hakim", "hakim"),
        ("Sheikh Humam Hamoudi", "hamoudi"),
        ("Dr. Fuad Hussein", "hussein"),
        ("Recep Tayyip Erdoğan", "erdogan"),
        ("Binali Yıldırım", "yildirim"),
        ("Fikri Işık", "isik"),
        ("George W. Bush Jr.", "bush"),
        ("the Prime Minister", ""),
        ("", ""),
    ],
)
def test_actors_person_key_drops_titles_accents_and_suffixes(name: str, key: str) -> None:
    assert person_key(name) == key


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Mohammed S. Al-Sudani", "Mohammed Shia' Al-Sudani", True),
        ("Muhammad Shia al-Sudani", "Mohammed Shia' Al-Sudani", True),
        ("Qassem al-Araji", "Qasim al-Araji", True),
        ("Al-Hakim", "Ammar al-Hakim", True),
        ("Ammar al-Hakim", "Mohammed Ali al-Hakim", False),
        ("Qasim al-Araji", "Bahaa al-Araji", False),
        ("Mark Rutte", "Jens Stoltenberg", False),
        ("Binali Yıldırım", "Binali Yildirim", True),
        ("King Khalid", "Faisal bin Khalid", False),
        ("Khalid", "Faisal bin Khalid", False),
        ("bin Khalid", "Faisal bin Khalid", True),
        ("Faisal", "Faisal bin Khalid", False),
    ],
)
def test_actors_same_person_compares_given_names(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


@pytest.mark.parametrize(
    ("name", "shown", "key"),
    [
        ("Queen Elizabeth II", "Elizabeth II", "elizabeth"),
        ("Hank Morris Jr.", "Hank Morris Jr.", "morris"),
        ("Crown Prince Faisal bin Omar", "Faisal bin Omar", "omar"),
    ],
)
def test_actors_split_name_keeps_the_suffix_it_shows(name: str, shown: str, key: str) -> None:
    parts = split_name(name)
    assert (parts.display, parts.key) == (shown, key)


def test_actors_index_most_complete_spelling_is_canonical() -> None:
    index = ActorIndex()
    for name in ["Al-Sudani", "Mohammed Shia Al-Sudani", "PM Al-Sudani", "Mohammed S. Al-Sudani"]:
        index.add(name, "person")
    index.add("Mohammed Shia' Al-Sudani", "person")
    index.add("Mohammed Shia Al-Sudani", "person")
    expected = "Mohammed Shia' Al-Sudani"
    for name in ["Al-Sudani", "al-Sudani", "Prime Minister Al-Sudani", "Mohammed S. Al-Sudani"]:
        assert index.canonical(name) == expected


def test_actors_index_most_frequent_spelling_breaks_ties() -> None:
    index = ActorIndex()
    for name in ["Qasim al-Araji", "Qasim Al-Araji", "Qasim al-Araji"]:
        index.add(name, "person")
    assert index.canonical("Al-Araji") == "Qasim al-Araji"


def test_actors_index_keeps_people_with_one_surname_apart() -> None:
    index = ActorIndex()
    index.add("Ammar al-Hakim", "person")
    index.add("Mohammed Ali al-Hakim", "person")
    index.add("Sayyid Ammar al-Hakim", "person")
    assert index.canonical("Ammar al-Hakim") == "Ammar al-Hakim"
    assert index.canonical("Mohammed Ali al-Hakim") == "Mohammed Ali al-Hakim"
    assert index.canonical("Mohammed al-Hakim") == "Mohammed Ali al-Hakim"
    # A bare surname could be either of them: it attaches to neither.
    assert index.canonical("al-Hakim") is None
    assert index.add("al-Hakim", "person") == "al-Hakim"


def test_actors_index_bare_surname_attaches_once_full_name_is_seen() -> None:
    index = ActorIndex()
    assert index.add("Goffus", "person") == "Goffus"
    assert index.add("Thomas Goffus", "person") == "Thomas Goffus"
    assert index.canonical("Goffus") == "Thomas Goffus"
    assert index.canonical("Stoltenberg") is None


def test_actors_index_names_organisations_and_states() -> None:
    index = ActorIndex()
    assert index.add("North Atlantic Treaty Organization", "org") == "NATO"
    assert index.add("Iraqi", "state") == "Iraq"
    assert index.add("Ministry of Planning", "org") == "Ministry of Planning"
    assert index.canonical("North Atlantic Treaty Organization") == "NATO"


def test_actors_index_user_person_alias() -> None:
    aliases = AliasTable((Alias("Haider al-Abadi", "person", ("Abu Yusr",)),))
    index = ActorIndex(aliases)
    assert index.add("Abu Yusr", "person") == "Haider al-Abadi"
    assert index.canonical("Abadi") == "Haider al-Abadi"


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("NATO", "NATO"),
        ("Nato", "NATO"),
        ("NATO's", "NATO"),
        ("North Atlantic Treaty Organization", "NATO"),
        ("the alliance", "NATO"),
        ("the Atlantic alliance", "NATO"),
        ("North Atlantic Alliance", "NATO"),
        ("NATO Mission Iraq", "NATO Mission Iraq"),
        ("NATO Mission in Iraq", "NATO Mission Iraq"),
        ("NATO’s mission in Iraq", "NATO Mission Iraq"),
        ("NMI", "NATO Mission Iraq"),
        ("the NATO mission", "NATO Mission Iraq"),
        ("NTM-I", "NATO Training Mission-Iraq"),
        ("United Nations", "United Nations"),
        ("UN", "United Nations"),
        ("U.N.", "United Nations"),
        ("the UN", "United Nations"),
        ("European Union", "European Union"),
        ("EU", "European Union"),
        ("Iraqi Armed Forces", "Iraqi Armed Forces"),
        ("Iraqi parliament", "Council of Representatives of Iraq"),
        ("U.S.-led coalition", "Global Coalition"),
        ("US-led coalition", "Global Coalition"),
        ("international coalition", "Global Coalition"),
        ("Global Coalition against Daesh", "Global Coalition"),
        ("Daesh", "Islamic State"),
    ],
)
def test_actors_organisation_aliases(name: str, canonical: str) -> None:
    assert organisation(name) == canonical


@pytest.mark.parametrize("name", ["un", "nmi", "eu", "is", "Baghdad", "Iraq", "the government", ""])
def test_actors_organisation_unknown_or_lowercase_acronym_is_none(name: str) -> None:
    assert organisation(name) is None


@pytest.mark.parametrize(
    ("name", "country", "canonical"),
    [
        ("the parliament", "Iraq", "Council of Representatives of Iraq"),
        ("Council of Representatives", "Iraq", "Council of Representatives of Iraq"),
        ("the parliament", None, None),
        ("the parliament", "Turkey", None),
    ],
)
def test_actors_organisation_context_dependent_names(
    name: str, country: str | None, canonical: str | None
) -> None:
    assert organisation(name, country=country) == canonical


def test_actors_organisation_user_table_extends_and_wins() -> None:
    extra = AliasTable(
        (
            Alias(
                "Iraqi Counter-Terrorism Service", "org", ("Counter Terrorism Service",), ("CTS",)
            ),
            Alias("Atlantic Council", "org", ("the alliance",)),
        )
    )
    assert organisation("CTS", extra=extra) == "Iraqi Counter-Terrorism Service"
    assert organisation("the alliance", extra=extra) == "Atlantic Council"
    assert organisation("CTS") is None


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Iraq", "Iraq"),
        ("Iraqi", "Iraq"),
        ("Iraqis", "Iraq"),
        ("Iraq’s", "Iraq"),
        ("Iraq's", "Iraq"),
        ("Republic of Iraq", "Iraq"),
        ("Turkish", "Turkey"),
        ("Turkey", "Turkey"),
        ("Türkiye", "Turkey"),
        ("U.S.", "United States"),
        ("US", "United States"),
        ("American", "United States"),
        ("the United States", "United States"),
        ("United States of America", "United States"),
        ("British", "United Kingdom"),
        ("UK", "United Kingdom"),
        ("Iran", "Iran"),
        ("Iranian", "Iran"),
        ("Syria", "Syria"),
        ("Russia", "Russia"),
        ("the Netherlands", "Netherlands"),
        ("Danish", "Denmark"),
        ("Italian", "Italy"),
        # the gazetteer's short names, where pycountry only has the formal one
        ("Ivory Coast", "Côte d'Ivoire"),
        ("Brunei", "Brunei Darussalam"),
        ("Kosovo", "Kosovo"),
    ],
)
def test_actors_state_names_demonyms_and_codes(name: str, country: str) -> None:
    assert state(name) == country


def _state_aliases() -> list[tuple[str, str]]:
    table = tomllib.loads(
        (resources.files("storyline.actors") / "data" / "aliases.toml").read_text("utf-8")
    )
    return [
        (alias, row["name"])
        for row in table["alias"]
        if row.get("kind") == "state"
        for alias in [*row.get("aliases", []), *row.get("acronyms", [])]
    ]


@pytest.mark.parametrize(("alias", "country"), _state_aliases())
def test_actors_every_state_alias_of_the_table_reads_as_its_country(
    alias: str, country: str
) -> None:
    """Each demonym or other name of the bundled table reads as the country it names, and
    that country is one the state names resolve to."""
    assert state(alias) == country
    assert state(country) == country


@pytest.mark.parametrize("name", ["Baghdad", "Erbil", "us", "uk", "Kurdish", "NATO", "Mark Rutte"])
def test_actors_state_cities_lowercase_codes_and_non_states_are_none(name: str) -> None:
    assert state(name) is None


@pytest.mark.parametrize(
    ("written", "own"),
    [
        ("ISIL", "ISIL"),
        ("Daesh", "Daesh"),
        ("Iraq parliament", None),  # "Iraq's parliament": a description, the canonical name
        ("the alliance", None),
        ("North Atlantic Treaty Organization", None),  # spells out "NATO": one name
        ("al-Qaida", "al-Qaida"),  # the Arabic article in lower case: still the report's name
        ("al-qaida", None),
    ],
)
def test_names_own_name_is_a_proper_name_as_written(written: str, own: str | None) -> None:
    assert own_name(written) == own


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("sarea", "saree", True),  # two transliterations of one Arabic name
        ("sudani", "soudani", True),
        ("araji", "araji", False),  # the same key is no other spelling
        ("hakim", "hakimi", False),  # another consonant: another name
        ("abadi", "abidi", True),
        ("kerry", "carey", False),  # another first letter
        ("khamenei", "khomeini", False),  # two men: too unlike
        ("nasser", "nasr", False),  # two letters longer
        ("ali", "aly", False),  # too short to tell
    ],
)
def test_names_near_spelling(a: str, b: str, same: bool) -> None:
    assert near_spelling(a, b) is same


@pytest.mark.parametrize(
    ("short", "full"),
    [(s, f) for f, forms in sorted(short_given_names().items()) for s in sorted(forms)],
)
def test_names_a_short_given_name_is_the_full_one_s(short: str, full: str) -> None:
    """Each short form of the table names the person of its full given name ("Joe Biden" is
    "Joseph R. Biden"), and only of the same surname."""
    surname = "Lindqvist"
    assert same_person(f"{short.title()} {surname}", f"{full.title()} K. {surname}")
    assert not same_person(f"{short.title()} {surname}", f"{full.title()} Ortega")


def test_names_short_given_names_join_the_full_name_in_the_index() -> None:
    index = ActorIndex()
    for name in ("Joseph R. Lindqvist", "Joe Lindqvist", "Hunter Lindqvist"):
        index.add(name, "person")
    assert index.canonical("Joe Lindqvist") == "Joseph R. Lindqvist"
    assert index.canonical("Hunter Lindqvist") == "Hunter Lindqvist"


@pytest.mark.parametrize(
    "word",
    [
        "Sen.", "Gov.", "Rep.", "CEO", "Senator", "Congressman", "Congresswoman", "Attorney",
        "Analyst", "Researcher", "Lawyer", "Journalist", "Reporter", "Activist", "Economist",
        "Expert", "Scholar", "Historian", "Editor", "Correspondent", "Commentator",
        "Strategist", "Spokesman", "Spokeswoman", "Spokesperson",
    ],
)  # fmt: skip
def test_actors_split_name_leaves_out_what_someone_is(word: str) -> None:
    """ "Analyst Tomas Vidal", "Sen. Tomas Vidal": the person is Tomas Vidal."""
    parts = split_name(f"{word} Tomas Vidal")
    assert (parts.display, parts.key) == ("Tomas Vidal", "vidal")


@pytest.mark.parametrize("name", ["Sen Sok", "Amartya Sen", "Rep Nguyen", "Gov Singh"])
def test_actors_split_name_keeps_a_title_s_letters_without_its_full_stop(name: str) -> None:
    """ "Sen." is a senator's title; "Sen" a name."""
    assert split_name(name).display == name


def test_actors_split_name_drops_a_bare_title_before_a_whole_name() -> None:
    assert split_name("Sen Tomas Vidal").display == "Tomas Vidal"


def _bodies_with_article() -> list[str]:
    table = tomllib.loads(
        (resources.files("storyline.actors") / "data" / "aliases.toml").read_text("utf-8")
    )
    return [row["name"] for row in table["alias"] if row.get("article")]


@pytest.mark.parametrize("name", _bodies_with_article())
def test_actors_a_body_the_table_writes_with_the_is_headlined_with_it(name: str) -> None:
    """Each body the table marks with ``article`` takes "the" in headlines, under its own
    name; one the table does not mark (NATO) does not."""
    from storyline.actors.names import takes_article
    from storyline.events.headline import label_of
    from storyline.records import Actor

    assert takes_article(name)
    assert label_of(Actor(name, "org", None, None, "source")) == f"the {name}"
    assert not takes_article("NATO")


def test_actors_a_user_table_may_mark_a_body_with_the() -> None:
    table = parse_aliases([{"name": "Sendero Rojo", "kind": "org", "article": True}])
    assert table.takes_article("Sendero Rojo")
    assert not parse_aliases([{"name": "Sendero Rojo", "kind": "org"}]).takes_article(
        "Sendero Rojo"
    )


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Ana Soto Ana Soto", "Ana Soto"),
        ("Minister Luis Ramos Luis Ramos", "Luis Ramos"),
        ("Boutros Boutros Ghali", "Boutros Boutros Ghali"),
        ("Ali Ali", "Ali Ali"),
        ("Ana Soto Ana Sotomayor", "Ana Soto Ana Sotomayor"),
    ],
)
def test_actors_split_name_a_name_written_twice_over_is_one_name(name: str, shown: str) -> None:
    assert split_name(name).display == shown
