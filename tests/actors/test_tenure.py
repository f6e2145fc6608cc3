"""Who held which office on a date: the bundled table, corpus evidence and user files."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.actors import (
    Holding,
    Tenure,
    bundled_holdings,
    load_user_actors,
    normalise_role,
    organisation,
    role_key,
    state,
)
from storyline.actors.names import same_person, split_name
from storyline.actors.tenure import HEAD_OFFICES, LEARN_MARGIN, org_key
from storyline.errors import UsageError


@pytest.fixture(scope="module")
def tenure() -> Tenure:
    return Tenure()


@pytest.mark.parametrize(
    ("on", "holder"),
    [
        ("2003-06-01", "George Robertson"),
        ("2004-01-01", "Jaap de Hoop Scheffer"),
        ("2009-07-31", "Jaap de Hoop Scheffer"),
        ("2009-08-01", "Anders Fogh Rasmussen"),
        ("2014-09-30", "Anders Fogh Rasmussen"),
        ("2014-10-01", "Jens Stoltenberg"),
        ("2024-01-17", "Jens Stoltenberg"),
        ("2024-09-30", "Jens Stoltenberg"),
        ("2024-10-01", "Mark Rutte"),
        ("2025-02-05", "Mark Rutte"),
    ],
)
def test_actors_tenure_nato_secretary_general_handovers(
    tenure: Tenure, on: str, holder: str
) -> None:
    assert tenure.holder("Secretary General", "NATO", on) == holder


@pytest.mark.parametrize(
    ("on", "holder"),
    [
        ("2004-06-27", None),
        ("2004-06-28", "Ayad Allawi"),
        ("2005-05-02", "Ayad Allawi"),
        ("2005-05-03", "Ibrahim al-Jaafari"),
        ("2006-05-20", "Nouri al-Maliki"),
        ("2014-09-07", "Nouri al-Maliki"),
        ("2014-09-08", "Haider al-Abadi"),
        ("2018-10-25", "Adil Abdul-Mahdi"),
        ("2020-05-06", "Adil Abdul-Mahdi"),
        ("2020-05-07", "Mustafa al-Kadhimi"),
        ("2022-10-26", "Mustafa al-Kadhimi"),
        ("2022-10-27", "Mohammed Shia' Al-Sudani"),
        ("2024-01-17", "Mohammed Shia' Al-Sudani"),
    ],
)
def test_actors_tenure_iraqi_prime_minister_handovers(
    tenure: Tenure, on: str, holder: str | None
) -> None:
    assert tenure.holder("Prime Minister", "Iraq", on) == holder


@pytest.mark.parametrize(
    ("role", "org", "on", "holder"),
    [
        (
            "Secretary-General",
            "North Atlantic Treaty Organization",
            "2016-05-01",
            "Jens Stoltenberg",
        ),
        ("secretary general", "the alliance", "2011-03-01", "Anders Fogh Rasmussen"),
        ("Prime Minister", "Iraqi", "2016-01-01", "Haider al-Abadi"),
        ("National Security Adviser", "Iraq’s", "2023-04-04", "Qasim al-Araji"),
        ("National Security Advisor", "Iraq", "2019-01-01", "Falih al-Fayyadh"),
        ("Secretary-General", "UN", "2010-01-01", "Ban Ki-moon"),
        ("President", "Iraq", "2020-01-01", "Barham Salih"),
        ("Minister of Foreign Affairs", "Iraq", "2023-01-01", "Fuad Hussein"),
        ("Minister of Defense", "Iraq", "2023-01-01", "Thabet al-Abbasi"),
        ("Defense Secretary", "U.S.", "2019-03-01", "Patrick Shanahan"),
        ("President", "Turkish", "2020-01-01", "Recep Tayyip Erdoğan"),
        ("President", "Türkiye", "2006-01-01", "Ahmet Necdet Sezer"),
        ("High Representative", "EU", "2025-01-01", "Kaja Kallas"),
    ],
)
def test_actors_tenure_role_and_org_spellings(
    tenure: Tenure, role: str, org: str, on: str, holder: str
) -> None:
    assert tenure.holder(role, org, on) == holder


@pytest.mark.parametrize(
    ("role", "org"),
    [("Chief Gardener", "NATO"), ("Secretary General", "Atlantic Council"), ("Mayor", "Iraq")],
)
def test_actors_tenure_unknown_role_is_none(tenure: Tenure, role: str, org: str) -> None:
    assert tenure.holder(role, org, "2020-01-01") is None


def test_actors_tenure_accepts_dates_and_month_strings(tenure: Tenure) -> None:
    assert tenure.holder("Secretary General", "NATO", dt.date(2024, 10, 1)) == "Mark Rutte"
    assert tenure.holder("Secretary General", "NATO", "2024-09") == "Jens Stoltenberg"


def test_actors_tenure_learns_where_the_table_is_silent() -> None:
    tenure = Tenure()
    tenure.learn(
        "General Giovanni Maria Iannucci", "Commander", "NATO Mission in Iraq", "2023-04-04"
    )
    assert (
        tenure.holder("Commander", "NATO Mission Iraq", "2023-04-04") == "Giovanni Maria Iannucci"
    )
    assert tenure.holder("Commander", "NMI", "2023-04-20") == "Giovanni Maria Iannucci"
    assert tenure.holder("Commander", "NATO Mission Iraq", "2024-04-04") is None
    tenure.learn("Iannucci", "Commander", "NATO Mission Iraq", "2023-09-01")
    assert (
        tenure.holder("Commander", "NATO Mission Iraq", "2023-06-15") == "Giovanni Maria Iannucci"
    )


def test_actors_tenure_table_wins_over_corpus() -> None:
    tenure = Tenure()
    tenure.learn("Mark Rutte", "Secretary General", "NATO", "2024-01-17")
    assert tenure.holder("Secretary General", "NATO", "2024-01-17") == "Jens Stoltenberg"


def test_actors_tenure_nearest_evidence_decides_between_learned_people() -> None:
    tenure = Tenure([])
    tenure.learn(
        "Thomas Goffus", "Assistant Secretary General for Operations", "NATO", "2023-04-04"
    )
    tenure.learn("Anna Example", "Assistant Secretary General for Operations", "NATO", "2023-04-30")
    assert tenure.holder("Assistant Secretary General for Operations", "NATO", "2023-04-06") == (
        "Thomas Goffus"
    )
    assert tenure.holder("Assistant Secretary General for Operations", "NATO", "2023-05-02") == (
        "Anna Example"
    )


def test_actors_tenure_roles_of_a_person(tenure: Tenure) -> None:
    assert tenure.roles_of("Ibrahim al-Jaafari", "2016-01-01") == [("Foreign Minister", "Iraq")]
    assert tenure.roles_of("Al-Jaafari", "2005-06-01") == [("Prime Minister", "Iraq")]
    assert tenure.roles_of("Recep Tayyip Erdogan", "2010-01-01") == [("Prime Minister", "Turkey")]
    assert tenure.roles_of("Jens Stoltenberg", "2025-01-01") == []


@pytest.mark.parametrize(
    ("role", "org", "on", "holder"),
    [
        ("Commander", "Quds Force", "2019-06-01", "Qasem Soleimani"),
        ("commander", "Qods Force", "2021-01-01", "Esmail Qaani"),
        ("Commander", "IRGC", "2020-01-01", "Hossein Salami"),
        ("Supreme Leader", "Iranian", "2020-01-01", "Ali Khamenei"),
        ("Commander", "CENTCOM", "2020-01-03", "Kenneth F. McKenzie"),
        ("Commander", "U.S. Central Command", "2023-06-01", "Michael Erik Kurilla"),
        ("Commander", "CJTF-OIR", "2017-01-01", "Stephen Townsend"),
        ("Supreme Allied Commander Europe", "NATO", "2020-01-01", "Tod Wolters"),
        ("Deputy Secretary General", "NATO", "2025-01-01", "Radmila Shekerinska"),
        ("President", "Kurdistan Region", "2016-01-01", "Masoud Barzani"),
        ("President", "Kurdistan Region", "2018-06-01", None),
        ("Prime Minister", "KRG", "2020-01-01", "Masrour Barzani"),
        ("Minister of Interior", "Iraq", "2021-01-01", "Othman al-Ghanimi"),
        ("Minister of Defense", "Iraq", "2020-05-20", "Juma Inad"),
        ("Speaker", "Iraqi parliament", "2024-03-01", "Mohsen al-Mandalawi"),
        ("Special Representative", "UNAMI", "2020-01-01", "Jeanine Hennis-Plasschaert"),
        ("Leader", "ISIS", "2019-06-01", "Abu Bakr al-Baghdadi"),
        ("Leader", "Hezbollah", "2020-01-01", "Hassan Nasrallah"),
        ("Crown Prince", "Saudi", "2016-01-01", "Mohammed bin Nayef"),
        ("Emir", "Qatari", "2020-01-01", "Tamim bin Hamad Al Thani"),
        ("Defence Minister", "Turkey", "2019-01-01", "Hulusi Akar"),
        ("Minister of Defence", "Canada", "2019-01-01", "Harjit Sajjan"),
        ("Defence Secretary", "UK", "2012-01-01", "Philip Hammond"),
    ],
)
def test_actors_tenure_offices_of_the_region_and_the_coalition(
    tenure: Tenure, role: str, org: str, on: str, holder: str | None
) -> None:
    assert tenure.holder(role, org, on) == holder


def test_actors_tenure_roles_of_commanders_and_militia_leaders(tenure: Tenure) -> None:
    # "Frank McKenzie" and "Pat White" go by a middle name the table writes as an initial
    assert tenure.roles_of("Frank McKenzie", "2020-01-03") == [
        ("Commander", "United States Central Command")
    ]
    assert tenure.roles_of("Pat White", "2020-01-03") == [
        ("Commander", "Combined Joint Task Force - Operation Inherent Resolve")
    ]
    assert tenure.roles_of("Abu Mahdi al-Muhandis", "2019-12-31") == [
        ("Deputy Commander", "Popular Mobilization Forces")
    ]
    assert tenure.roles_of("Abu Mahdi al-Muhandis", "2020-01-04") == []
    assert tenure.roles_of("Binali Yildirim", "2017-01-01") == [("Prime Minister", "Turkey")]


def test_actors_tenure_custom_table() -> None:
    table = [Holding("Ann Example", "Chair", "Example Council", dt.date(2020, 1, 1))]
    tenure = Tenure(table)
    assert tenure.holder("chair", "Example Council", "2021-01-01") == "Ann Example"
    assert tenure.holder("Secretary General", "NATO", "2021-01-01") is None


def test_actors_bundled_table_is_consistent() -> None:
    holdings = bundled_holdings()
    assert len(holdings) > 60
    offices: dict[tuple[str, str], list[Holding]] = {}
    for holding in holdings:
        assert holding.end is None or holding.start < holding.end, holding
        # The org is a canonical name already, so tenure and extraction meet on it.
        assert (organisation(holding.org) or state(holding.org)) == holding.org, holding
        offices.setdefault((holding.role, holding.org), []).append(holding)
    for same in offices.values():
        ordered = sorted(same, key=lambda h: h.start)
        for earlier, later in pairwise(ordered):
            # Successive holders do not overlap; only the latest may be open-ended.
            assert earlier.end is not None and earlier.end <= later.start, (earlier, later)


def test_actors_load_user_actors(tmp_path: Path) -> None:
    path = tmp_path / "actors.toml"
    path.write_text(
        '[[alias]]\nname = "Iraqi Counter-Terrorism Service"\nkind = "org"\n'
        'aliases = ["Counter Terrorism Service"]\nacronyms = ["CTS"]\n\n'
        '[[holding]]\nperson = "Ann Example"\nrole = "Commander"\norg = "NATO Mission Iraq"\n'
        'start = "2024-05"\nend = "2025-05-15"\n',
        encoding="utf-8",
    )
    user = load_user_actors(path)
    assert organisation("CTS", extra=user.aliases) == "Iraqi Counter-Terrorism Service"
    (holding,) = user.holdings
    assert (holding.start, holding.end, holding.precision) == (
        dt.date(2024, 5, 1),
        dt.date(2025, 5, 15),
        "month",
    )
    tenure = Tenure([*bundled_holdings(), *user.holdings])
    assert tenure.holder("Commander", "NMI", "2024-12-01") == "Ann Example"


@pytest.mark.parametrize(
    "text",
    ['[[holding]]\nperson = "X"\n', "not toml [", '[[alias]]\nname = "X"\nkind = "planet"\n'],
)
def test_actors_load_user_actors_malformed_is_usage_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "actors.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UsageError, match="E001"):
        load_user_actors(path)


def test_actors_load_user_actors_missing_file_is_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="cannot read"):
        load_user_actors(tmp_path / "absent.toml")


@pytest.mark.parametrize("office", HEAD_OFFICES)
def test_tenure_head_of_a_body_holds_its_heading_office(office: str) -> None:
    """Whoever held an office that heads a body is its head ("the Andean Pact chief")."""
    table = [
        Holding("Ann Example", "Deputy " + office, "Andean Pact", dt.date(2020, 1, 1)),
        Holding("Luis Ramos", office, "Andean Pact", dt.date(2020, 1, 1), dt.date(2022, 1, 1)),
    ]
    tenure = Tenure(table)
    assert tenure.head_of("Andean Pact", dt.date(2021, 6, 1)) == ("Luis Ramos", office)
    assert tenure.head_of("Andean Pact", dt.date(2023, 6, 1)) is None


def test_tenure_head_of_nato_and_the_un() -> None:
    """The bundled table's heads: NATO's Secretary General, the UN's Secretary-General."""
    tenure = Tenure()
    assert tenure.head_of("NATO", dt.date(2021, 6, 18)) == ("Jens Stoltenberg", "Secretary General")
    head = tenure.head_of("United Nations", dt.date(2021, 6, 18))
    assert head is not None and head[0] == "António Guterres"


class _Learned:
    """What the corpus teaches a tenure table, as it was first kept: every day each person was
    seen, and every learned office asked at every question (the reference for the table's
    faster bookkeeping)."""

    def __init__(self) -> None:
        self.learned: dict[tuple[str, str], dict[str, list[dt.date]]] = {}
        self.names: dict[tuple[str, str], tuple[str, str]] = {}

    def learn(self, person: str, role: str, org: str, on: dt.date) -> None:
        office = (role_key(role), org_key(org))
        if not split_name(person).key:
            return
        shown = organisation(org) or state(org) or org
        self.names.setdefault(office, (normalise_role(role), shown))
        people = self.learned.setdefault(office, {})
        name = split_name(person).display
        known = next((n for n in people if same_person(n, person)), None)
        days = people.pop(known, []) if known is not None else []
        if known is not None and len(split_name(known).given) >= len(split_name(name).given):
            name = known
        people[name] = [*days, on]

    def holder(self, office: tuple[str, str], on: dt.date) -> str | None:
        near = [
            (min(abs((d - on).days) for d in days), name)
            for name, days in self.learned.get(office, {}).items()
            if min(days) - LEARN_MARGIN <= on <= max(days) + LEARN_MARGIN
        ]
        return min(near)[1] if near else None

    def roles_of(self, person: str, on: dt.date) -> list[tuple[str, str]]:
        found = []
        for office in self.learned:
            holder = self.holder(office, on)
            if holder is not None and same_person(holder, person):
                found.append(self.names[office])
        return list(dict.fromkeys(found))


PEOPLE = ("Ali Hassan", "Hassan", "Omar Hassan", "A. Hassan", "Sara Kamal", "Kamal", "Dr. Kamal")
OFFICES = (
    ("Defence Minister", "Iraq"),
    ("Minister of Defense", "Iraqi"),
    ("Spokesman", "Iraq"),
    ("Governor", "Basra"),
)
DAYS = st.integers(0, 150).map(lambda n: dt.date(2023, 1, 1) + dt.timedelta(days=n))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(PEOPLE), st.sampled_from(OFFICES), DAYS), max_size=40),
    st.lists(DAYS, min_size=1, max_size=5),
)
def test_actors_tenure_learned_answers_are_those_of_every_day_kept(
    seen: list[tuple[str, tuple[str, str], dt.date]], asked: list[dt.date]
) -> None:
    tenure, reference = Tenure([]), _Learned()
    for person, (role, org), on in seen:
        tenure.learn(person, role, org, on)
        reference.learn(person, role, org, on)
    for on in asked:
        for role, org in OFFICES:
            office = (role_key(role), org_key(org))
            assert tenure.holder(role, org, on) == reference.holder(office, on)
        for person in PEOPLE:
            assert tenure.roles_of(person, on) == reference.roles_of(person, on)
