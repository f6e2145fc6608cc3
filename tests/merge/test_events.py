"""When two reported events are one happening: type family, dates at their precision, shared
participants, background or not; and the majority rules used to merge them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Literal

import pytest

from storyline.actors.names import parse_aliases
from storyline.events.registry import EventType, registry
from storyline.merge.events import (
    FIRM_DAYS,
    SOFT_DAYS,
    Report,
    actor_key,
    actor_keys,
    date_span,
    dates_compatible,
    family,
    fits,
    identity,
    majority,
    same_happening,
)
from storyline.places import lookup
from storyline.records import Actor, DateBasis, Event, EventDate, Place
from tests.merge.factories import (
    BAGHDAD,
    HADITHI,
    HALVORSEN,
    IRAQ,
    NATO,
    SPOKESMAN,
    WALENSKI,
    ZUBAIDI,
    make_event,
    person,
)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("meet", "meet", True),
        ("meet", "call", True),
        ("visit", "meet", True),
        ("call", "visit", True),
        ("meet", "statement", False),
        ("meet", "invite", False),
        ("agree", "meet", False),
        ("agree", "agree", True),
        ("agree", "sign", True),
        ("attack", "kill", True),
        ("attack", "arrest", False),
        ("talks", "meet", False),  # a type the registry does not know is a family of its own
        ("talks", "talks", True),
    ],
)
def test_events_type_family(a: str, b: str, same: bool) -> None:
    assert (family(a) == family(b)) is same
    assert same_happening(make_event("a", event_type=a), make_event("b", event_type=b)) is same


@pytest.mark.parametrize("event_type", registry().types, ids=lambda t: t.name)
def test_events_family_comes_from_the_registry(event_type: EventType) -> None:
    assert family(event_type.name) == event_type.family


def test_events_unknown_type_is_its_own_family() -> None:
    assert family("no-such-type") == "no-such-type"


@pytest.mark.parametrize(
    ("value", "precision", "span"),
    [
        ("2025-03-12", "day", ("2025-03-12", "2025-03-12")),
        ("2025-02", "month", ("2025-02-01", "2025-02-28")),
        ("2024-02", "month", ("2024-02-01", "2024-02-29")),
        ("2025-12", "month", ("2025-12-01", "2025-12-31")),
        ("2025", "year", ("2025-01-01", "2025-12-31")),
        ("2025-03-12", None, ("2025-03-12", "2025-03-12")),
        ("2025-03", None, ("2025-03-01", "2025-03-31")),
        ("2025", None, ("2025-01-01", "2025-12-31")),
    ],
)
def test_events_date_span(value: str, precision: str | None, span: tuple[str, str]) -> None:
    assert date_span(value, precision) == tuple(dt.date.fromisoformat(d) for d in span)


@pytest.mark.parametrize("value", [None, ""])
def test_events_date_span_of_no_date(value: str | None) -> None:
    assert date_span(value, "day") is None


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("2025-03-12", "2025-03", True),
        ("2025-03-31", "2025-03", True),
        ("2025-04-01", "2025-03", True),  # a firm day of slack past the month's end
        ("2025-04-12", "2025-03", False),
        ("2025-03-12", "2025", True),
        ("2026-01-01", "2025", True),
        ("2026-03-12", "2025", False),
        ("2025-03", "2025", True),
        ("2025-03", "2025-04", True),
        ("2025-03", "2025-05", False),
        ("2024", "2025", True),  # 31 December and 1 January are a day apart
        ("2023", "2025", False),
    ],
)
def test_events_dates_compatible_at_precision(a: str, b: str, compatible: bool) -> None:
    # (no publication day: a month or year told is then all of it, see below)
    ra, rb = make_event("a", date=a, published=None), make_event("b", date=b, published=None)
    assert dates_compatible(ra, rb) is compatible
    assert dates_compatible(rb, ra) is compatible


@pytest.mark.parametrize(
    ("basis_a", "basis_b", "days", "compatible"),
    [
        ("explicit", "explicit", FIRM_DAYS, True),
        ("explicit", "explicit", FIRM_DAYS + 1, False),
        ("dateline", "relative", FIRM_DAYS, True),
        ("dateline", "relative", FIRM_DAYS + 1, False),
        ("explicit", "publication", FIRM_DAYS + 1, True),
        ("explicit", "publication", SOFT_DAYS, True),
        ("explicit", "publication", SOFT_DAYS + 1, False),
        ("publication", "publication", SOFT_DAYS, True),
        # a meeting's day taken from its article's main happening (no phrase of its own) is
        # as firm as that one's; "last week" stays soft (see the test below)
        ("inferred", "explicit", FIRM_DAYS, True),
        ("inferred", "explicit", SOFT_DAYS, False),
        ("corroborated", "publication", SOFT_DAYS + 1, False),
    ],
)
def test_events_date_slack_by_basis(
    basis_a: DateBasis, basis_b: DateBasis, days: int, compatible: bool
) -> None:
    later = (dt.date(2025, 3, 12) + dt.timedelta(days=days)).isoformat()
    a = make_event("a", date="2025-03-12", basis=basis_a)
    b = make_event("b", date=later, basis=basis_b)
    assert dates_compatible(a, b) is compatible
    assert same_happening(a, b) is compatible


@pytest.mark.parametrize("other", ["2025-03-12", "2024-01", "2019"])
def test_events_undated_is_compatible_with_any_date(other: str) -> None:
    undated = make_event("a", date=None)
    dated = make_event("b", date=other)
    assert dates_compatible(undated, dated)
    assert same_happening(undated, dated)


@pytest.mark.parametrize(("town", "same"), [("Basra", False), ("Baghdad", True)])
def test_events_undated_report_in_another_town_is_another_happening(town: str, same: bool) -> None:
    place = lookup(town)
    a = make_event("a", actors=(HADITHI, HALVORSEN))
    b = make_event("b", date=None, actors=(HADITHI, HALVORSEN), location=place)
    assert same_happening(a, b) is same


@pytest.mark.parametrize(("published", "same"), [("2016-07", False), ("2025-03", True)])
def test_events_undated_report_is_not_of_a_happening_after_its_article(
    published: str, same: bool
) -> None:
    undated = make_event("a", date=None, published=published)
    assert same_happening(undated, make_event("b", date="2025-03-12")) is same


@pytest.mark.parametrize(("date", "same"), [(None, False), ("2025-03-12", True)])
def test_events_undated_report_in_another_country_is_another_happening(
    date: str | None, same: bool
) -> None:
    """One minister meeting two counterparts: in Baghdad, and (undated) in London."""
    london = Place("London", "GB", 51.5, -0.1)
    a = make_event("a", actors=(HADITHI, HALVORSEN))
    b = make_event("b", date=date, actors=(HADITHI, HALVORSEN, WALENSKI), location=london)
    assert same_happening(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ((HADITHI, HALVORSEN), (HALVORSEN, HADITHI), True),
        ((HADITHI, HALVORSEN), (HADITHI, WALENSKI), False),  # a meeting with someone else
        ((HADITHI,), (HADITHI, HALVORSEN, ZUBAIDI), True),
        ((HADITHI, HALVORSEN, SPOKESMAN), (HADITHI, WALENSKI, ZUBAIDI), False),  # one of three
        ((HADITHI, HALVORSEN), (ZUBAIDI, WALENSKI), False),
        ((HADITHI, HALVORSEN), (), False),
        ((), (), False),
        ((IRAQ, NATO), (NATO, HALVORSEN), True),
    ],
)
def test_events_participants_must_overlap(
    a: tuple[Actor, ...], b: tuple[Actor, ...], same: bool
) -> None:
    assert same_happening(make_event("a", actors=a), make_event("b", actors=b)) is same


@pytest.mark.parametrize(("kind", "same"), [("meet", False), ("call", False), ("attack", True)])
def test_events_encounter_with_another_counterpart_is_another_encounter(
    kind: str, same: bool
) -> None:
    a = make_event("a", event_type=kind, actors=(HADITHI, HALVORSEN))
    b = make_event("b", event_type=kind, actors=(HADITHI, WALENSKI))
    assert same_happening(a, b) is same


@pytest.mark.parametrize(
    ("other", "same"),
    [
        ("Luis Ramos", True),
        ("Ramos", True),  # a bare family name may be anyone of the family
        ("Ana Ramos", False),  # one family name, another person
    ],
)
def test_events_encounter_with_a_kin_of_the_counterpart_is_another_encounter(
    other: str, same: bool
) -> None:
    """Two articles a day apart: the minister met Luis Ramos, and met Ana Ramos."""
    ramos = replace(person("Luis Ramos", "President", "Chile"), side="target")
    kin = replace(person(other, "Prime Minister", "Chile"), side="target")
    a = make_event("a", date="2025-03-11", actors=(HADITHI, ramos), docs=("docA",))
    b = make_event("b", date="2025-03-12", actors=(HADITHI, kin), docs=("docB",))
    assert same_happening(a, b) is same


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("Salim Al-Hadithi", "al-Hadithi"),
        ("Salim Al-Hadithi", "Foreign Minister Salim al Hadithi"),
        ("Ingrid Halvorsen", "Halvorsen"),
    ],
)
def test_events_person_matched_by_surname(name: str, other: str) -> None:
    key = actor_key(person(name))
    assert key == actor_key(person(other))
    assert key.startswith("p:")


def test_events_reports_naming_people_differently_are_one() -> None:
    a = make_event("a", actors=(HADITHI, HALVORSEN))
    b = make_event("b", actors=(person("al-Hadithi"), person("Halvorsen")))
    assert actor_keys(a) == actor_keys(b)
    assert same_happening(a, b)


@pytest.mark.parametrize(
    ("kind", "name", "key"),
    [("org", "The NATO", "o:nato"), ("state", "Iraq", "o:iraq"), ("org", "N.A.T.O.", "o:nato")],
)
def test_events_org_and_state_keys(kind: Literal["org", "state"], name: str, key: str) -> None:
    assert actor_key(Actor(name, kind)) == key


@pytest.mark.parametrize(
    ("kind", "names"),
    [
        (
            "org",
            ["ISIL", "Daesh", "ISIS", "Islamic State", "Islamic State of Iraq and the Levant"],
        ),
        ("state", ["Iraq", "Iraqi", "Republic of Iraq"]),
        ("org", ["NATO", "N.A.T.O.", "the Atlantic alliance"]),
    ],
)
def test_events_one_actor_under_every_name_it_goes_by(
    kind: Literal["org", "state"], names: list[str]
) -> None:
    assert len({actor_key(Actor(name, kind)) for name in names}) == 1
    assert len({identity(Actor(name, kind)) for name in names}) == 1


def test_events_unknown_organisation_is_known_by_its_name() -> None:
    assert identity(Actor("Tigris Veterans Union", "org")) == "Tigris Veterans Union"
    assert actor_key(Actor("Tigris Veterans Union", "org")) == "o:tigris veterans union"


def test_events_user_table_gives_one_actor_its_names() -> None:
    table = parse_aliases(
        [{"name": "Basra Tribal Council", "kind": "org", "names": ["BTC", "Majlis al-Basra"],
          "aliases": ["Majlis al-Basra"], "acronyms": ["BTC"]}]
    )  # fmt: skip
    keys = {actor_key(Actor(n, "org"), table) for n in ("BTC", "Majlis al-Basra")}
    assert keys == {"o:basra tribal council"}


def test_events_reports_naming_an_organisation_differently_are_one() -> None:
    a = make_event("a", event_type="attack", actors=(Actor("ISIL", "org"), IRAQ))
    b = make_event("b", event_type="attack", actors=(Actor("Daesh", "org"), IRAQ))
    assert actor_keys(a) == actor_keys(b)
    assert same_happening(a, b)


@pytest.mark.parametrize(
    ("published", "span"),
    [
        ("2016-07-14", ("2016-07-14", "2016-07-14")),
        ("2016-07", ("2016-07-01", "2016-07-31")),
        ("2016", ("2016-01-01", "2016-12-31")),
        (None, None),
        ("July 2016", None),
    ],
)
def test_events_publication_may_be_a_month(
    published: str | None, span: tuple[str, str] | None
) -> None:
    report = Report.of(make_event("a", date=None, published=published))
    expected = tuple(dt.date.fromisoformat(d) for d in span) if span else None
    assert report.published == expected
    assert report.undated


@pytest.mark.parametrize(
    ("a", "b", "same"), [(False, False, True), (True, True, True), (True, False, True)]
)
def test_events_background_matches_background_or_a_recollection_of_two_people(
    a: bool, b: bool, same: bool
) -> None:
    assert same_happening(make_event("a", background=a), make_event("b", background=b)) is same


@pytest.mark.parametrize(
    ("actors", "date"),
    [((HADITHI,), "2025-03-12"), ((HADITHI, HALVORSEN), "2025")],
)
def test_events_a_recollection_needs_two_people_and_a_month(
    actors: tuple[Actor, ...], date: str
) -> None:
    """ "In March, Halvorsen met Hadithi": one happening with the meeting reported then; a
    recollection of one person, or of a year, says too little to be joined."""
    recalled = make_event("a", background=True, actors=actors, date=date)
    reported = make_event("b", actors=actors, date="2025-03-12")
    assert not same_happening(recalled, reported)


def test_events_same_people_a_year_apart_are_not_one() -> None:
    first = make_event("a", date="2024-03-12")
    second = make_event("b", date="2025-03-12")
    assert not same_happening(first, second)


@pytest.mark.parametrize("days", [SOFT_DAYS + 1, 7, 30])
def test_events_statements_on_different_days_are_not_one(days: int) -> None:
    later = (dt.date(2025, 3, 12) + dt.timedelta(days=days)).isoformat()
    first = make_event("a", event_type="statement", actors=(SPOKESMAN,), basis="publication")
    second = make_event(
        "b", event_type="statement", actors=(SPOKESMAN,), date=later, basis="publication"
    )
    assert not same_happening(first, second)


def test_events_firm_statements_two_days_apart_are_not_one() -> None:
    first = make_event("a", event_type="statement", actors=(SPOKESMAN,), date="2025-03-12")
    second = make_event("b", event_type="statement", actors=(SPOKESMAN,), date="2025-03-14")
    assert not same_happening(first, second)


def test_events_statement_same_day_is_one() -> None:
    first = make_event("a", event_type="statement", actors=(SPOKESMAN,), docs=("d1",))
    second = make_event("b", event_type="statement", actors=(SPOKESMAN,), docs=("d2",))
    assert same_happening(first, second)


MEMBERS = [
    make_event("m1", actors=(HADITHI, HALVORSEN)),
    make_event("m2", actors=(HADITHI, HALVORSEN)),
    make_event("m3", actors=(ZUBAIDI, WALENSKI)),
]


@pytest.mark.parametrize(
    ("actors", "members", "fit"),
    [
        ((HADITHI, HALVORSEN), MEMBERS, True),  # two of three
        ((ZUBAIDI, WALENSKI), MEMBERS, False),  # one of three
        ((ZUBAIDI, WALENSKI), MEMBERS[1:], True),  # one of two: a tie fits
        ((SPOKESMAN,), MEMBERS, False),  # none
        ((HADITHI, HALVORSEN), MEMBERS[:1], True),
    ],
    ids=["majority", "minority", "tie", "none", "single"],
)
def test_events_fits_by_majority(
    actors: tuple[Actor, ...], members: list[Event], fit: bool
) -> None:
    assert fits(make_event("new", actors=actors), members) is fit


def test_events_fits_needs_date_compatible_with_all() -> None:
    members = [*MEMBERS[:2], make_event("m3", date="2025-03-11", actors=(ZUBAIDI, WALENSKI))]
    assert fits(make_event("new", date="2025-03-12"), members)
    assert not fits(make_event("new", date="2025-03-13"), members)


def test_events_fits_nothing_when_empty() -> None:
    assert not fits(make_event("new"), [])


@pytest.mark.parametrize(
    ("values", "best", "docs"),
    [
        ([], None, {}),
        ([("a", "d1")], "a", {"a": ["d1"]}),
        ([("a", "d1"), ("b", "d2")], "a", {"a": ["d1"], "b": ["d2"]}),
        ([("b", "d2"), ("a", "d1")], "b", {"b": ["d2"], "a": ["d1"]}),
        ([("a", "d1"), ("b", "d2"), ("b", "d3")], "b", {"a": ["d1"], "b": ["d2", "d3"]}),
        # One document saying a value twice counts once.
        (
            [("a", "d1"), ("a", "d1"), ("b", "d2"), ("b", "d3")],
            "b",
            {"a": ["d1"], "b": ["d2", "d3"]},
        ),
        (
            [("a", "d1"), ("b", "d2"), ("b", "d3"), ("a", "d4")],
            "a",
            {"a": ["d1", "d4"], "b": ["d2", "d3"]},
        ),
    ],
    ids=["empty", "one", "tie-first", "tie-other-order", "majority", "doc-once", "tie-later"],
)
def test_events_majority_counts_documents_ties_keep_first(
    values: list[tuple[str, str]], best: str | None, docs: dict[str, list[str]]
) -> None:
    assert majority(values) == (best, docs)
    assert list(majority(values)[1]) == list(docs)


@pytest.mark.parametrize(
    ("actors", "same"), [((NATO,), False), ((NATO, IRAQ), False), ((HADITHI, NATO), True)]
)
def test_events_two_undated_reports_are_one_only_when_people_tie_them(
    actors: tuple[Actor, ...], same: bool
) -> None:
    """Two undated attacks by the same group in two articles are two attacks; the same named
    person in both ties them."""
    a = make_event(
        "a", event_type="attack", date=None, actors=actors, docs=("docA",), published=None
    )
    b = make_event(
        "b", event_type="attack", date=None, actors=actors, docs=("docB",), published=None
    )
    assert same_happening(a, b) is same


@pytest.mark.parametrize(
    ("here", "there", "published", "same"),
    [
        (None, None, None, False),
        (BAGHDAD, BAGHDAD, None, True),
        (None, None, "2025-03-12", True),
    ],
    ids=["nothing-ties-them", "same-place", "articles-dated"],
)
def test_events_undated_reports_of_undated_articles_need_a_place_in_common(
    here: Place | None, there: Place | None, published: str | None, same: bool
) -> None:
    """A minister's two undated statements condemning two attacks, in two undated releases:
    with no day to go by, the same people and type are not one happening unless the same place
    ties them too."""
    a = make_event(
        "a", event_type="condemn", date=None, actors=(HADITHI, NATO), docs=("docA",),
        published=published, location=here,
    )  # fmt: skip
    b = make_event(
        "b", event_type="condemn", date=None, actors=(HADITHI, NATO), docs=("docB",),
        published=published, location=there,
    )  # fmt: skip
    assert same_happening(a, b) is same


def test_events_one_doer_aiming_at_two_others_did_two_things() -> None:
    """A minister's support for one council and, a day later in another report, for
    another: the same doer, but no target in common, is two happenings (a meeting, whose
    people make it, is judged by them instead)."""
    minister = replace(person("Karl Lund", "Foreign Minister", "Norway"), side="source")
    council = Actor("Andean Council", "org", side="target")
    league = Actor("Coastal League", "org", side="target")
    one = make_event("a", event_type="support", actors=(minister, council), docs=("docA",))
    other = make_event(
        "b", event_type="support", date="2025-03-13", actors=(minister, league), docs=("docB",)
    )
    assert not same_happening(one, other)
    again = make_event(
        "c", event_type="support", date="2025-03-13", actors=(minister, council), docs=("docC",)
    )
    assert same_happening(one, again)


def test_events_a_country_and_its_president_aimed_at_are_one_target() -> None:
    """ "Condemned Chile" and "condemned President X of Chile" a day apart may be one
    condemnation: the president's state is the country; attacks are not split by whom each
    report names as hit."""
    minister = replace(person("Karl Lund", "Foreign Minister", "Norway"), side="source")
    chile = Actor("Chile", "state", side="target")
    president = replace(person("Luis Vega", "President", "Chile"), side="target")
    one = make_event("a", event_type="condemn", actors=(minister, chile), docs=("docA",))
    other = make_event(
        "b", event_type="condemn", date="2025-03-13", actors=(minister, president), docs=("docB",)
    )
    assert same_happening(one, other)


def test_events_a_day_taken_from_the_article_s_main_happening_is_as_firm_as_it() -> None:
    """ "We signed a memorandum" in a report of a meeting on Wednesday: signed on Wednesday,
    not at a meeting two days before that another article reports."""
    from storyline.records import EventDate
    from tests.merge.factories import make_event

    monday = make_event("e1", event_type="agree", date="2025-03-03", basis="relative")
    signed = make_event("e2", event_type="sign", date="2025-03-05", docs=("docB",))
    inherited = replace(signed, date=EventDate("2025-03-05", "day", "inferred", None))
    assert not dates_compatible(inherited, monday)
    last_week = replace(signed, date=EventDate("2025-03-05", "day", "inferred", "last week"))
    assert dates_compatible(last_week, monday)


CHILE = Actor("Chile", "state", side="source")


@pytest.mark.parametrize("kind", ["request", "reject", "statement"])
def test_events_two_articles_sayings_that_share_only_a_state_are_two(kind: str) -> None:
    """ "Chile called for calm in Tacna" in one article, "Chilean President Ana Soto urged
    voters" in another: a state says many things in a day."""
    said = make_event("a", event_type=kind, actors=(CHILE,), docs=("docA",), location=None)
    other = make_event(
        "b",
        event_type=kind,
        actors=(person("Ana Soto", "President", "Chile"),),
        docs=("docB",),
        location=None,
    )
    assert not same_happening(said, other)
    # in one place, or with more in common, they may be one
    both = Actor("Peru", "state", side="target")
    assert same_happening(
        replace(said, actors=(CHILE, both)), replace(other, actors=(*other.actors, CHILE, both))
    )


def test_events_two_articles_attacks_of_one_state_may_be_one() -> None:
    """What a state's forces do is not said in passing: one state in common may tie two
    reports of an attack."""
    a = make_event("a", event_type="attack", actors=(CHILE,), docs=("docA",), location=None)
    b = make_event("b", event_type="attack", actors=(CHILE, IRAQ), docs=("docB",), location=None)
    assert same_happening(a, b)


def test_events_a_meeting_and_a_call_on_two_stated_days_are_two() -> None:
    """The same two ministers met on Tuesday and spoke by phone on Wednesday: two sittings,
    however much else they share; on one day, or with a day not stated, they may be one."""
    met = make_event("a", event_type="meet", date="2025-03-11", docs=("docA",))
    called = make_event("b", event_type="call", date="2025-03-12", docs=("docB",), location=None)
    assert not same_happening(met, called)
    assert same_happening(met, replace(called, date=met.date))


def test_events_two_articles_with_only_a_common_noun_in_common_are_two() -> None:
    """ "The company rejected the claims" in two articles: "the company" names no one."""
    company = Actor("company", "org", side="source")
    a = make_event("a", event_type="reject", actors=(company,), docs=("docA",), location=None)
    b = make_event("b", event_type="reject", actors=(company,), docs=("docB",), location=None)
    assert not same_happening(a, b)
    named = Actor("Andean Mining", "org", side="source")
    assert same_happening(replace(a, actors=(named,)), replace(b, actors=(named,)))


def test_events_two_articles_developments_of_no_known_type_need_someone_in_common() -> None:
    chile = Actor("Chile", "state")
    a = make_event("a", event_type="other", actors=(chile,), docs=("docA",), location=None)
    b = make_event("b", event_type="other", actors=(chile,), docs=("docB",), location=None)
    assert not same_happening(a, b)


def test_events_a_name_in_a_script_without_case_is_no_common_noun() -> None:
    """Two Arabic articles' reports of one person: a name written without capitals is still
    a name."""
    soto = Actor("آنا سوتو", "person", side="source")
    a = make_event("a", event_type="reject", actors=(soto,), docs=("docA",), location=None)
    b = make_event("b", event_type="reject", actors=(soto,), docs=("docB",), location=None)
    assert same_happening(a, b)


def test_events_a_month_told_ends_when_its_article_came_out() -> None:
    """ "During his visit this month", published on the 5th, tells of no meeting on the
    15th; it may still be the meeting of the 4th, and of the 7th (a late date line)."""
    visit = make_event("a", event_type="visit", date="2025-03", published="2025-03-05", docs=("a",))
    later = make_event("b", date="2025-03-15", published="2025-03-16", docs=("b",))
    assert Report.of(visit).span == (dt.date(2025, 3, 1), dt.date(2025, 3, 8))
    assert not same_happening(visit, later)
    for day in ("2025-03-04", "2025-03-07"):
        before = make_event("c", date=day, published=day, docs=("c",))
        assert same_happening(visit, before), day


@pytest.mark.parametrize(
    ("date", "published", "last"),
    [
        ("2025-03", "2025-04-02", "2025-03-31"),  # published after the month: all of it
        ("2025-03-20", "2025-03-05", "2025-03-20"),  # a day: as stated
        ("2025", "2025-03-05", "2025-03-08"),  # a year: up to its article
        ("2025-03", None, "2025-03-31"),  # no publication day to go by
    ],
)
def test_events_a_span_is_cut_only_where_it_runs_past_publication(
    date: str, published: str | None, last: str
) -> None:
    span = Report.of(make_event("a", date=date, published=published)).span
    assert span is not None and span[1] == dt.date.fromisoformat(last)


@pytest.mark.parametrize(
    ("phrase", "cut"),
    [
        (None, True),  # "his recent visit": over when told
        ("earlier this month", True),
        ("this month", True),  # "met in Lima this month": done, in a report
        ("later this month", False),
        ("next month", False),
    ],
)
def test_events_a_month_told_as_going_on_is_not_cut(phrase: str | None, cut: bool) -> None:
    event = make_event("a", event_type="visit", date="2025-03", published="2025-03-05")
    told = replace(event, date=EventDate("2025-03", "month", "relative", phrase))
    span = Report.of(told).span
    assert span is not None and (span[1] == dt.date(2025, 3, 8)) is cut, span


@pytest.mark.parametrize(("side", "same"), [(None, False), ("target", True)])
def test_events_a_person_on_no_side_ties_no_two_encounters(side: str | None, same: bool) -> None:
    """Al-Hadithi met Halvorsen (the article names Walenski in passing, on no side); another
    article has Al-Hadithi meet Walenski: one person in common on the sides and someone else
    on each, two encounters (the old merge counted Walenski as the first one's). With Walenski
    on a side of the first meeting, one."""
    passing = replace(WALENSKI, side=side)
    a = make_event("a", actors=(HADITHI, HALVORSEN, passing), docs=("docA",))
    b = make_event("b", actors=(HADITHI, replace(WALENSKI, side="target")), docs=("docB",))
    assert same_happening(a, b) is same


@pytest.mark.parametrize(
    ("published", "other", "same"),
    [
        (None, (NATO, IRAQ), False),
        (None, (HADITHI, NATO), True),
        ("2025-03-12", (NATO, IRAQ), True),
    ],
    ids=["no-day-no-one-in-common", "a-person-ties-them", "article-dated"],
)
def test_events_a_meeting_no_day_bounds_joins_another_article_only_through_a_person(
    published: str | None, other: tuple[Actor, ...], same: bool
) -> None:
    """An undated meeting in an undated release (the foreign minister met a NATO envoy) may
    be of any year: sharing "NATO" with another article's dated meeting of a delegation does
    not make it that meeting; a person both name does, and so does a publication day, which
    bounds when it was."""
    undated = make_event(
        "a", date=None, actors=(HADITHI, WALENSKI, NATO), docs=("docA",), published=published
    )
    dated = make_event("b", actors=other, docs=("docB",))
    assert same_happening(undated, dated) is same
