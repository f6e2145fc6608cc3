from __future__ import annotations

import csv
import io
import logging

import pytest

from storyline.events.registry import PLOVER_TYPES, registry
from storyline.records import Actor, MergedEvent
from storyline.timeline import SeriesRow, left_out, series, write_csv
from storyline.timeline.plover import PLOVER_DIRECTION, PLOVER_QUAD, direction
from storyline.timeline.series import COLUMNS
from tests.timeline.factories import GOFFUS, IRAQ, NATO, RUTTE, SUDANI, merged, source

TWO_REPORTS = (source("docA", outlet="Alpha"), source("docB", outlet="Beta"))


def test_series_rows_for_the_story(events: list[MergedEvent]) -> None:
    rows = series(events)
    assert [(r.month, r.plover_type, r.type, r.actor_a, r.actor_b, r.events) for r in rows] == [
        ("2025-02", "AGREE", "agree", "*", "*", 1),
        ("2025-02", "AGREE", "agree", "Iraq", "NATO", 1),
        ("2025-02", "CONSULT", "call", "*", "*", 1),
        ("2025-02", "CONSULT", "call", "Fuad Hussain", "Mark Rutte", 1),
        ("2025-02", "CONSULT", "meet", "*", "*", 1),
        ("2025-02", "CONSULT", "meet", "Mark Rutte", "Mohammed Shia' Al-Sudani", 1),
        ("2025-02", "CONSULT", "meet", "Mark Rutte", "Thomas Goffus", 1),
        ("2025-02", "CONSULT", "meet", "Mohammed Shia' Al-Sudani", "Thomas Goffus", 1),
        ("2025-03", "REQUEST", "request", "*", "*", 1),
        ("2025-03", "REQUEST", "request", "Karim Al-Hashimi", "NATO Mission Iraq", 1),
    ]


def test_series_leaves_out_year_only_and_undated_events(events: list[MergedEvent]) -> None:
    assert {e.id for e in left_out(events)} == {"e-launch", "e-undated"}
    assert not [r for r in series(events) if r.month.startswith("2018")]


def test_series_logs_how_many_events_it_left_out(
    events: list[MergedEvent], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="storyline.timeline.series"):
        series(events)
    assert "2 events without a month" in caplog.text


def test_series_adds_up_events_and_reports_of_a_month_type_and_pair() -> None:
    shown = [
        merged("a", date="2025-02-05", sources=TWO_REPORTS),
        merged("b", date="2025-02-17"),
        merged("c", date="2025-02", actors=(RUTTE, SUDANI)),
    ]
    rows = series(shown)
    assert [(r.actor_a, r.actor_b, r.events, r.reports) for r in rows] == [
        ("*", "*", 3, 4),
        ("Mark Rutte", "Mohammed Shia' Al-Sudani", 3, 4),
    ]


def test_series_counts_an_event_once_per_pair_and_once_in_the_total() -> None:
    rows = series([merged(actors=(SUDANI, RUTTE, GOFFUS, IRAQ))])
    totals = [r for r in rows if r.actor_a == "*"]
    pairs = [r for r in rows if r.actor_a != "*"]
    assert [r.events for r in totals] == [1]
    # four participants make six pairs, but the Prime Minister and Iraq, whose office his is,
    # are one side: five
    assert len(pairs) == 5
    assert (IRAQ.name, SUDANI.name) not in {(r.actor_a, r.actor_b) for r in pairs}
    assert all(r.actor_a < r.actor_b for r in pairs)


@pytest.mark.parametrize(
    ("actors", "pair"),
    [((NATO,), ("NATO", "")), ((), ("", "")), ((RUTTE, RUTTE), ("Mark Rutte", ""))],
)
def test_series_event_with_fewer_than_two_participants(
    actors: tuple[Actor, ...], pair: tuple[str, str]
) -> None:
    rows = series([merged(actors=actors)])
    assert [(r.actor_a, r.actor_b) for r in rows] == [("*", "*"), pair]


def test_series_keeps_months_apart_and_in_order() -> None:
    rows = series([merged("b", date="2025-03-01"), merged("a", date="2024-12-31")])
    assert [r.month for r in rows if r.actor_a == "*"] == ["2024-12", "2025-03"]


def test_series_uses_plain_type_when_there_is_no_plover_code() -> None:
    (total, _) = series([merged(type="statement", plover=None)])
    assert (total.plover_type, total.type, total.direction) == ("statement", "statement", "neutral")


@pytest.mark.parametrize(
    ("plover", "expected"),
    [
        ("CONSULT", "cooperation"),
        ("AGREE", "cooperation"),
        ("AID", "cooperation"),
        ("RETREAT", "cooperation"),
        ("REQUEST", "conflict"),
        ("SANCTION", "conflict"),
        ("ASSAULT", "conflict"),
        ("consult", "cooperation"),
        ("CRIME", "neutral"),
        (None, "neutral"),
    ],
)
def test_direction_follows_the_plover_quads(plover: str | None, expected: str) -> None:
    assert direction(plover) == expected


def test_plover_direction_covers_the_sixteen_codebook_types() -> None:
    cooperation = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
    conflict = {
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
    assert set(PLOVER_DIRECTION) == set(PLOVER_QUAD) == cooperation | conflict
    assert {k for k, v in PLOVER_DIRECTION.items() if v == "cooperation"} == cooperation


def test_plover_quads_cover_the_registry_codebook() -> None:
    assert set(PLOVER_QUAD) == set(PLOVER_TYPES)
    assert {t.plover for t in registry().types if t.plover} <= set(PLOVER_QUAD)


def test_series_counts_an_organisation_under_one_name_across_events() -> None:
    isil, daesh = Actor("ISIL", "org"), Actor("Daesh", "org")
    events = [
        merged("a", date="2016-07-01", actors=(isil, IRAQ)),
        merged("b", date="2016-07-02", actors=(daesh, IRAQ)),
        merged("c", date="2016-08-02", actors=(isil,)),
    ]
    pairs = {(r.month, r.actor_a, r.actor_b, r.events) for r in series(events) if r.actor_a != "*"}
    assert pairs == {("2016-07", "ISIL", "Iraq", 2), ("2016-08", "ISIL", "", 1)}


def test_series_row_carries_direction_of_its_type(events: list[MergedEvent]) -> None:
    ways = {r.type: r.direction for r in series(events)}
    assert ways == {
        "agree": "cooperation",
        "call": "cooperation",
        "meet": "cooperation",
        "request": "conflict",
    }


def test_write_csv_writes_a_header_and_every_row(events: list[MergedEvent]) -> None:
    out = io.StringIO()
    rows = series(events)
    assert write_csv(rows, out) == len(rows)
    read = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert (
        tuple(read[0])
        == COLUMNS
        == (
            "month",
            "plover_type",
            "type",
            "direction",
            "actor_a",
            "actor_b",
            "events",
            "reports",
        )
    )
    assert [int(r["events"]) for r in read] == [r.events for r in rows]


def test_write_csv_quotes_names_with_commas() -> None:
    row = SeriesRow("2025-02", "CONSULT", "meet", "cooperation", 'Smith, "Jr"', "", 1, 1)
    out = io.StringIO()
    write_csv([row], out)
    (read,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert read["actor_a"] == 'Smith, "Jr"'


def test_write_csv_of_no_rows_is_the_header_only() -> None:
    out = io.StringIO()
    assert write_csv([], out) == 0
    assert out.getvalue().strip() == ",".join(COLUMNS)


def test_series_a_body_and_its_forces_or_parts_are_no_pair() -> None:
    """ "Chile" and "Chilean forces", "NATO" and "NATO Mission Iraq": one side, no pair."""
    chile, forces = Actor("Chile", "state"), Actor("Chilean forces", "org")
    peru, units = Actor("Peru", "state"), Actor("Peru border units", "org")
    rows = series([merged(actors=(chile, forces, peru, units))])
    pairs = {(r.actor_a, r.actor_b) for r in rows if r.actor_a != "*"}
    assert ("Chile", "Chilean forces") not in pairs and ("Peru", "Peru border units") not in pairs
    assert ("Chile", "Peru") in pairs
