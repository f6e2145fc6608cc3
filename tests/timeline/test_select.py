from __future__ import annotations

import pytest

from storyline.records import Actor, EventDate, MergedEvent
from storyline.timeline import Filter, chronological, parse_bound, select, undated_left_out
from storyline.timeline.select import named_by
from tests.timeline.factories import IRAQ as IRAQ_STATE
from tests.timeline.factories import NATO, RUTTE, merged


def ids(events: list[MergedEvent]) -> list[str]:
    return [e.id for e in events]


def test_select_orders_by_date_with_undated_last(events: list[MergedEvent]) -> None:
    assert ids(select(events)) == [
        "e-launch",
        "e-agree",
        "e-meet",
        "e-call",
        "e-request",
        "e-undated",
    ]


def test_select_breaks_date_ties_by_id() -> None:
    same_day = [merged("b"), merged("c"), merged("a")]
    assert ids(select(same_day)) == ["a", "b", "c"]


def test_select_puts_a_month_before_the_days_in_it() -> None:
    shown = select([merged("day", date="2025-02-01"), merged("month", date="2025-02")])
    assert ids(shown) == ["month", "day"]


def test_select_treats_a_malformed_date_as_undated() -> None:
    bad = merged("bad", date=EventDate("next week", "day", "relative"))
    assert ids(select([bad, merged("ok")])) == ["ok", "bad"]
    assert select([bad], Filter(start="2000")) == []


def test_select_with_empty_filter_keeps_every_event(events: list[MergedEvent]) -> None:
    assert sorted(ids(select(events, Filter()))) == sorted(ids(events))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Rutte", {"e-meet", "e-call"}),
        ("mark rutte", {"e-meet", "e-call"}),
        ("RUTTE", {"e-meet", "e-call"}),
        ("Rütte", {"e-meet", "e-call"}),
        ("Sudani", {"e-meet"}),
        ("al-Sudani", {"e-meet"}),
        ("Mohammad Shia al-Sudani", {"e-meet"}),
        ("Hussein", {"e-call"}),
        ("Fuad Hussein", {"e-call"}),
        ("Goffus", {"e-meet"}),
        ("al", set()),
        ("Ruto", set()),
        ("Iran", set()),
        ("Prime Minister", set()),
    ],
)
def test_select_matches_people_by_name_part_or_spelling(
    events: list[MergedEvent], query: str, expected: set[str]
) -> None:
    assert set(ids(select(events, Filter(actor=query)))) == expected


def test_select_matches_actor_names_without_accents() -> None:
    event = merged("e", actors=(Actor("José Álvarez", "person", "Envoy", "Spain"),))
    assert ids(select([event], Filter(actor="jose alvarez"))) == ["e"]
    assert ids(select([event], Filter(actor="Alvarez"))) == ["e"]


EVERY_NATO_EVENT = {"e-undated", "e-agree", "e-meet", "e-call", "e-request", "e-launch"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # NATO the organisation, NATO officials (Rutte, Goffus), and NATO Mission Iraq, a part
        # of NATO (the request names the mission, the launch its commander).
        ("NATO", EVERY_NATO_EVENT),
        ("nato", EVERY_NATO_EVENT),
        ("the Atlantic alliance", EVERY_NATO_EVENT),
        ("NATO Mission Iraq", {"e-request", "e-launch"}),
        ("Iraq", {"e-agree", "e-meet", "e-call", "e-request"}),
        ("Iraqi", {"e-agree", "e-meet", "e-call", "e-request"}),
    ],
)
def test_select_matches_organisations_states_and_their_officials(
    events: list[MergedEvent], query: str, expected: set[str]
) -> None:
    assert set(ids(select(events, Filter(actor=query)))) == expected


def test_select_org_match_finds_an_event_with_only_an_official_of_it() -> None:
    call = merged(
        "call", actors=(Actor("Fuad Hussain", "person", "Foreign Minister", "Iraq"), RUTTE)
    )
    assert ids(select([call], Filter(actor="NATO"))) == ["call"]


def test_select_org_of_a_part_does_not_match_the_place_in_its_name(
    events: list[MergedEvent],
) -> None:
    # "NATO Mission Iraq" is part of NATO, not of Iraq: the launch has no Iraqi participant.
    assert "e-launch" not in ids(select(events, Filter(actor="Iraq")))


@pytest.mark.parametrize(
    ("pair", "expected"),
    [
        (("Iraq", "NATO"), {"e-agree", "e-meet", "e-call", "e-request"}),
        (("NATO", "Iraq"), {"e-agree", "e-meet", "e-call", "e-request"}),
        (("Sudani", "Rutte"), {"e-meet"}),
        (("Hussein", "NATO"), {"e-call"}),
        (("Rutte", "Mark Rutte"), set()),
        (("NATO", "NATO"), {"e-meet", "e-launch"}),
        (("Iraq", "Iran"), set()),
    ],
)
def test_select_pair_needs_two_different_participants(
    events: list[MergedEvent], pair: tuple[str, str], expected: set[str]
) -> None:
    assert set(ids(select(events, Filter(pair=pair)))) == expected


def test_select_pair_and_actor_must_both_pass(events: list[MergedEvent]) -> None:
    shown = select(events, Filter(actor="Rutte", pair=("Iraq", "NATO")))
    assert ids(shown) == ["e-meet", "e-call"]


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        ("training", {"e-agree"}),
        ("TIMETABLE", {"e-request"}),
        ("advisory mission", {"e-meet"}),
        ("wednesday", {"e-meet"}),
        ("security", {"e-meet", "e-call"}),
        ("sanctions", set()),
    ],
)
def test_select_topic_searches_topics_summary_and_evidence(
    events: list[MergedEvent], topic: str, expected: set[str]
) -> None:
    assert set(ids(select(events, Filter(topic=topic)))) == expected


def test_select_topic_in_evidence_sentence_only() -> None:
    from tests.timeline.factories import source

    event = merged("e", sources=(source("d", "They also discussed oil exports."),))
    assert ids(select([event], Filter(topic="Oil Exports"))) == ["e"]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2025-02", "2025-02", ["e-agree", "e-meet", "e-call"]),
        ("2025-02-10", None, ["e-agree", "e-call", "e-request"]),
        (None, "2025-02-04", ["e-launch", "e-agree"]),
        ("2025", "2025", ["e-agree", "e-meet", "e-call", "e-request"]),
        ("2018-06", "2018-06-30", ["e-launch"]),
        ("2025-02-05", "2025-02-05", ["e-agree", "e-meet"]),
        ("2025-03-11", None, []),
        ("2019", "2024", []),
    ],
)
def test_select_date_range_keeps_overlapping_periods(
    events: list[MergedEvent], start: str | None, end: str | None, expected: list[str]
) -> None:
    assert ids(select(events, Filter(start=start, end=end))) == expected


def test_select_date_range_leaves_undated_events_out(events: list[MergedEvent]) -> None:
    assert "e-undated" not in ids(select(events, Filter(start="1900")))


@pytest.mark.parametrize(
    ("flt", "left_out"),
    [
        (Filter(start="1900"), 1),
        (Filter(end="2030"), 1),
        (Filter(start="1900", actor="NATO"), 1),
        (Filter(start="1900", actor="Rutte"), 0),  # the undated event is not Rutte's
        (Filter(), 0),  # nothing is left out without a date bound
        (Filter(actor="NATO"), 0),
    ],
)
def test_select_counts_the_undated_events_a_date_range_leaves_out(
    events: list[MergedEvent], flt: Filter, left_out: int
) -> None:
    assert undated_left_out(events, flt) == left_out


GROUP = [
    merged("isil", actors=(Actor("ISIL", "org", "terrorist group"), IRAQ_STATE)),
    merged("daesh", actors=(Actor("Daesh", "org", "terrorist group"),)),
    merged("named", actors=(Actor("Islamic State", "org", "terrorist group"),)),
    merged("official", actors=(Actor("Abu Omar", "person", "spokesman", "ISIS"),)),
    merged("other", actors=(Actor("Hamas", "org"), IRAQ_STATE)),
]


@pytest.mark.parametrize(
    "query", ["ISIS", "ISIL", "Daesh", "Islamic State", "Islamic State of Iraq and the Levant"]
)
def test_select_organisation_matched_under_every_name_it_goes_by(query: str) -> None:
    assert set(ids(select(GROUP, Filter(actor=query)))) == {"isil", "daesh", "named", "official"}


def test_select_pair_with_an_organisation_under_another_name() -> None:
    assert ids(select(GROUP, Filter(pair=("Daesh", "Iraq")))) == ["isil"]


@pytest.mark.parametrize("query", ["ISIS", "ISIL", "Daesh"])
def test_named_by_finds_the_canonical_name_the_store_keeps(query: str) -> None:
    # The store keeps folded names (case gone, so "isil" no longer reads as an acronym) and
    # the canonical name of each organisation: the canonical name is what is found.
    assert "islamic state" in named_by(query, ["hamas", "isil", "islamic state", "iraq"])
    assert "hamas" not in named_by(query, ["hamas", "isil", "islamic state", "iraq"])


def test_select_range_that_ends_before_it_starts_is_an_error(events: list[MergedEvent]) -> None:
    with pytest.raises(ValueError, match="before it starts"):
        select(events, Filter(start="2025-03", end="2025-02"))


@pytest.mark.parametrize("bound", ["2025-13", "Feb 2025", "2025/02"])
def test_select_bad_bound_is_an_error(events: list[MergedEvent], bound: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM"):
        select(events, Filter(end=bound))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025", "2025"),
        ("2025-02", "2025-02"),
        ("2025-02-05", "2025-02-05"),
        (" 2024-02-29 ", "2024-02-29"),
    ],
)
def test_parse_bound_accepts_iso_partial_dates(text: str, expected: str) -> None:
    assert parse_bound(text) == expected


@pytest.mark.parametrize(
    "text", ["", "25", "2025-2", "2025-13", "2025-02-30", "2025-02-5", "05/02/2025", "last week"]
)
def test_parse_bound_rejects_other_text_with_a_clear_message(text: str) -> None:
    with pytest.raises(ValueError, match=r"is not a date"):
        parse_bound(text)


def test_chronological_is_stable_under_reordering(events: list[MergedEvent]) -> None:
    assert chronological(events) == chronological(reversed(events))


def test_select_accepts_any_iterable() -> None:
    assert ids(select(iter([merged("x", actors=(NATO,))]), Filter(actor="NATO"))) == ["x"]


def test_select_names_itself_leaves_out_the_body_of_an_office() -> None:
    from storyline.timeline.select import names_itself
    from tests.timeline.factories import IRAQ, NATO, NMI, RUTTE

    assert names_itself("Rutte", RUTTE) and names_itself("NATO", NATO)
    assert names_itself("the Atlantic alliance", NATO)
    assert not names_itself("NATO", RUTTE)  # --actor NATO selects his events; he is not NATO
    assert not names_itself("Iraq", NMI) and names_itself("Iraqi", IRAQ)


def test_select_names_itself_leaves_out_the_parts_of_a_body() -> None:
    from storyline.timeline.select import names_itself
    from tests.timeline.factories import NMI

    # --actor NATO selects the events of its mission; the mission is not another name of NATO
    assert select([merged("m", actors=(NMI,))], Filter(actor="NATO"))
    assert not names_itself("NATO", NMI) and names_itself("NATO Mission Iraq", NMI)


COUNCILS = [
    merged("three", actors=(Actor("Harbour Council 3", "org"),)),
    merged("thirty", actors=(Actor("Harbour Council 30", "org"),)),
    merged("plain", actors=(Actor("Harbour Council", "org"),)),
]
COURIERS = [
    merged("vell", actors=(Actor("Tamsin Vell", "person", "Envoy"),)),
    merged("vellmoor", actors=(Actor("Tamsin Vellmoor", "person", "Envoy"),)),
    merged("seven", actors=(Actor("Courier7 Lane", "person"),)),
    merged("seventy", actors=(Actor("Courier70 Lane", "person"),)),
    merged("brandt", actors=(Actor("Óskar Brändt", "person", "Mayor", "Harbour Council 30"),)),
]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Harbour Council 3", {"three"}),
        ("harbour council 30", {"thirty", "brandt"}),  # Brändt holds an office of it
        ("HARBOUR COUNCIL", {"plain"}),
        ("Harbour", set()),  # one word of an organisation's name is not its name
        ("Council 3", set()),
        ("Harbour Council 300", set()),
    ],
)
def test_select_matches_an_organisation_on_its_whole_name_never_a_prefix(
    query: str, expected: set[str]
) -> None:
    assert set(ids(select(COUNCILS + COURIERS, Filter(actor=query)))) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Vell", {"vell"}),  # a surname alone, never the start of another one
        ("Tamsin Vell", {"vell"}),
        ("Tamsin", {"vell", "vellmoor"}),  # a given name alone is every person of that name
        ("Vellmor", {"vellmoor"}),  # a spelling of a word of four letters or more
        ("Vel", set()),
        ("Courier7 Lane", {"seven"}),  # a word with a digit is that word or nothing
        ("courier70", {"seventy"}),
        ("Lane", {"seven", "seventy"}),
        ("oskar brandt", {"brandt"}),  # case and accents folded
        ("Brandt", {"brandt"}),
        ("Pieter Brandt", set()),  # a word the name lacks is not a part of it
        ("Mayor Brandt", {"brandt"}),  # a title before the name is not a word of it
    ],
)
def test_select_matches_a_person_on_whole_words_of_the_name(query: str, expected: set[str]) -> None:
    assert set(ids(select(COURIERS, Filter(actor=query)))) == expected


def test_select_pair_of_numbered_bodies_is_exactly_those_two() -> None:
    both = merged(
        "both", actors=(Actor("Harbour Council 3", "org"), Actor("Courier7 Lane", "person"))
    )
    near = merged(
        "near", actors=(Actor("Harbour Council 30", "org"), Actor("Courier70 Lane", "person"))
    )
    assert ids(select([both, near], Filter(pair=("Courier7 Lane", "Harbour Council 3")))) == [
        "both"
    ]


def test_named_by_keeps_the_store_names_a_query_names_and_no_longer_ones() -> None:
    names = ["harbour council 3", "harbour council 30", "harbour council 31", "courier7 lane"]
    assert named_by("Harbour Council 3", names) == ["harbour council 3"]
    assert named_by("Courier7 Lane", names) == ["courier7 lane"]
    assert named_by("Courier70 Lane", names) == []


@pytest.mark.parametrize(
    "query",
    ["PM Vellmoor", "Mayor Tamsin Vellmoor", "Lt. Gen. Vellmoor", "Dr Tamsin Vellmoor", "Vellmoor"],
)
def test_select_actor_query_drops_titles_before_a_name(query: str) -> None:
    events = [*COURIERS, merged("nobody", actors=(Actor("Orla Penhale", "person", "Mayor"),))]
    assert ids(select(events, Filter(actor=query))) == ["vellmoor"]
    names = ["tamsin vellmoor", "tamsin vell", "orla penhale"]
    assert named_by(query, names) == ["tamsin vellmoor"]


def test_select_actor_query_of_titles_alone_names_no_one_by_them() -> None:
    events = [*COURIERS, merged("nobody", actors=(Actor("Orla Penhale", "person", "Mayor"),))]
    assert select(events, Filter(actor="Prime Minister")) == []
    assert select(events, Filter(actor="Mayor")) == []
