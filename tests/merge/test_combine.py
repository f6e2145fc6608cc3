"""What a merged event says: the majority value of each field, every other value kept as a
disagreement with its documents, sources for copies, and independent outlets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import pytest

from storyline.events.headline import headline
from storyline.events.registry import EventType, registry
from storyline.merge.combine import DocInfo, combine
from storyline.records import (
    Actor,
    Disagreement,
    Event,
    EventDate,
    MergedEvent,
    Place,
    Source,
    Statement,
    Version,
)
from tests.merge.factories import (
    BAGHDAD,
    ERBIL,
    HADITHI,
    HALVORSEN,
    SENTENCE,
    SPOKESMAN,
    doc_id,
    make_event,
    person,
)


def built(type_name: str, actors: Sequence[Actor], place: Place | None) -> str:
    """What the one headline builder writes for a merged event, as a sentence."""
    return headline(registry().get(type_name), actors, place) + "."


def disagreement(event: MergedEvent, field: str) -> Disagreement | None:
    """The event's disagreement on ``field`` (at most one per field in these tests)."""
    found = [d for d in event.disagreements if d.field == field]
    assert len(found) <= 1
    return found[0] if found else None


def info(doc: str, outlet: str | None = None, **fields: Any) -> tuple[str, DocInfo]:
    """A document's merge info, keyed by its id."""
    return doc_id(doc), DocInfo(doc, doc_id(doc), outlet, "2025-03-12", **fields)


# --- dates ------------------------------------------------------------------------------------


def test_combine_date_prefers_firm_over_majority_of_publication_days() -> None:
    members = [
        make_event("r1", date="2025-03-13", basis="publication", docs=("d1",)),
        make_event("r2", date="2025-03-13", basis="publication", docs=("d2",)),
        make_event("r3", date="2025-03-12", basis="explicit", docs=("d3",)),
    ]
    event = combine("m", members, {}, {})
    assert event.date == EventDate("2025-03-12", "day", "explicit")
    assert disagreement(event, "date") is None


def test_combine_date_prefers_most_precise_firm_date() -> None:
    members = [
        make_event("r1", date="2025-03", basis="explicit", docs=("d1",)),
        make_event("r2", date="2025-03", basis="explicit", docs=("d2",)),
        make_event("r3", date="2025-03-12", basis="dateline", docs=("d3",)),
    ]
    event = combine("m", members, {}, {})
    assert event.date == EventDate("2025-03-12", "day", "dateline")


def test_combine_date_majority_among_firm_days() -> None:
    members = [
        make_event("r1", date="2025-03-11", basis="explicit", docs=("d1",)),
        make_event("r2", date="2025-03-12", basis="relative", docs=("d2",)),
        make_event("r3", date="2025-03-12", basis="explicit", docs=("d3",)),
    ]
    event = combine("m", members, {}, {})
    # The value most give; its basis is the strongest among the reports giving it.
    assert event.date == EventDate("2025-03-12", "day", "explicit")
    assert disagreement(event, "date") == Disagreement(
        "date", None, (Version("2025-03-11", ("d1",)), Version("2025-03-12", ("d2", "d3")))
    )


def test_combine_date_from_publication_when_none_is_firm() -> None:
    members = [
        make_event("r1", date="2025-03-13", basis="publication", docs=("d1",)),
        make_event("r2", date=None, docs=("d2",)),
    ]
    assert combine("m", members, {}, {}).date == EventDate("2025-03-13", "day", "publication")


def test_combine_no_date_when_no_report_dates() -> None:
    members = [make_event("r1", date=None, docs=("d1",)), make_event("r2", date=None, docs=("d2",))]
    event = combine("m", members, {}, {})
    assert event.date == EventDate(None, None, None)
    assert [(s.date, s.date_basis) for s in event.sources] == [(None, None), (None, None)]


def test_combine_undated_report_is_corroborated() -> None:
    members = [
        make_event("r1", date="2025-03-12", basis="explicit", docs=("d1",)),
        make_event("r2", date=None, docs=("d2",)),
    ]
    event = combine("m", members, {}, {})
    by_doc = {s.doc: s for s in event.sources}
    assert (by_doc["d1"].date, by_doc["d1"].date_basis) == ("2025-03-12", "explicit")
    assert (by_doc["d2"].date, by_doc["d2"].date_basis) == ("2025-03-12", "corroborated")


def test_combine_report_keeps_its_own_date_in_source() -> None:
    members = [
        make_event("r1", date="2025-03-12", basis="explicit", docs=("d1",)),
        make_event("r2", date="2025-03-14", basis="publication", docs=("d2",)),
    ]
    by_doc = {s.doc: s for s in combine("m", members, {}, {}).sources}
    assert (by_doc["d2"].date, by_doc["d2"].date_basis) == ("2025-03-14", "publication")


def test_combine_firm_dates_a_day_apart_are_a_disagreement() -> None:
    members = [
        make_event("r1", date="2025-03-12", basis="explicit", docs=("d1",)),
        make_event("r2", date="2025-03-13", basis="dateline", docs=("d2",)),
    ]
    event = combine("m", members, {}, {})
    assert event.date.value == "2025-03-12"  # a tie: the first report's
    assert disagreement(event, "date") == Disagreement(
        "date", None, (Version("2025-03-12", ("d1",)), Version("2025-03-13", ("d2",)))
    )


# --- roles, places, types ------------------------------------------------------------------


def _with_role(event_id: str, doc: str, role: str) -> Event:
    return make_event(
        event_id, actors=(HADITHI, person("Ingrid Halvorsen", role, "NATO")), docs=(doc,)
    )


def test_combine_title_is_the_wording_most_reports_give_of_the_office_kept() -> None:
    """Of the reports that give the office kept, the wording of it most give; a wording of
    another office is never shown with it, and a row read back keeps both."""
    envoy = Actor("Ingrid Halvorsen", "person", "Special Envoy", "NATO")
    members = [
        make_event("r1", actors=(HADITHI, envoy), docs=("d1",)),
        make_event(
            "r2", actors=(HADITHI, replace(envoy, title="NATO Special Envoy")), docs=("d2",)
        ),
        make_event(
            "r3", actors=(HADITHI, replace(envoy, title="NATO Special Envoy")), docs=("d3",)
        ),
        make_event(
            "r4",
            actors=(HADITHI, replace(envoy, role="Envoy", title="Alliance Envoy")),
            docs=("d4",),
        ),
    ]
    event = combine("m", members, {}, {})
    halvorsen = next(a for a in event.actors if a.name == "Ingrid Halvorsen")
    assert (halvorsen.role, halvorsen.title) == ("Special Envoy", "NATO Special Envoy")
    assert halvorsen.export_row()["role"] == "NATO Special Envoy"
    assert MergedEvent.from_row(event.export_row()) == event
    stale = replace(halvorsen, role="Special Envoy for Sudan")
    assert stale.export_row()["role"] == "Special Envoy for Sudan"


def test_combine_role_disagreement_kept_with_docs() -> None:
    members = [
        _with_role("r1", "d1", "Deputy Secretary General for Operations"),
        _with_role("r2", "d2", "Assistant Secretary General for Operations"),
        _with_role("r3", "d3", "Deputy Secretary General for Operations"),
    ]
    event = combine("m", members, {}, {})
    halvorsen = next(a for a in event.actors if a.name == "Ingrid Halvorsen")
    assert halvorsen.role == "Deputy Secretary General for Operations"
    assert disagreement(event, "role") == Disagreement(
        "role",
        "Ingrid Halvorsen",
        (
            Version("Deputy Secretary General for Operations", ("d1", "d3")),
            Version("Assistant Secretary General for Operations", ("d2",)),
        ),
    )


@pytest.mark.parametrize(
    "variant",
    [
        "deputy secretary general for operations",
        "Deputy Secretary-General for Operations",
        "Deputy  Secretary General  for Operations",
    ],
)
def test_combine_role_case_or_hyphen_is_not_a_disagreement(variant: str) -> None:
    members = [
        _with_role("r1", "d1", "Deputy Secretary General for Operations"),
        _with_role("r2", "d2", variant),
    ]
    event = combine("m", members, {}, {})
    assert disagreement(event, "role") is None
    assert event.actors[1].role == "Deputy Secretary General for Operations"


def test_combine_role_variants_of_one_role_merge_their_docs() -> None:
    members = [
        _with_role("r1", "d1", "Deputy Secretary General"),
        _with_role("r2", "d2", "Assistant Secretary General"),
        _with_role("r3", "d3", "Deputy Secretary-General"),
    ]
    found = disagreement(combine("m", members, {}, {}), "role")
    assert found is not None
    assert [(v.value, v.docs) for v in found.versions] == [
        ("Deputy Secretary General", ("d1", "d3")),
        ("Assistant Secretary General", ("d2",)),
    ]


def test_combine_role_shown_is_the_one_most_documents_give() -> None:
    members = [
        _with_role("r1", "d1", "Assistant Secretary General"),
        _with_role("r2", "d2", "Deputy Secretary General"),
        _with_role("r3", "d3", "Deputy Secretary-General"),
    ]
    event = combine("m", members, {}, {})
    assert event.actors[1].role in {"Deputy Secretary General", "Deputy Secretary-General"}


def test_combine_actor_named_differently_is_one_actor() -> None:
    members = [
        make_event("r1", actors=(HADITHI, HALVORSEN), docs=("d1",)),
        make_event("r2", actors=(person("al-Hadithi"), HALVORSEN), docs=("d2",)),
        make_event("r3", actors=(HADITHI, person("Halvorsen")), docs=("d3",)),
    ]
    event = combine("m", members, {}, {})
    assert [(a.name, a.role, a.org) for a in event.actors] == [
        ("Salim Al-Hadithi", "Foreign Minister", "Iraq"),
        ("Ingrid Halvorsen", "Deputy Secretary General", "NATO"),
    ]
    assert disagreement(event, "role") is None


def test_combine_people_of_one_family_stay_apart() -> None:
    """A surname several people bear ("the Soto family": a minister, the king, the crown
    prince) is not one participant: each full name is a person of its own, a shorter name
    joins the one it fits, and a bare surname that fits several stays apart."""
    members = [
        make_event(
            "r1",
            actors=(
                person("Soto", "Foreign Minister"),
                person("Luis Soto", "King"),
                person("Pedro Alvaro Soto", "Crown Prince"),
            ),
            docs=("d1",),
        ),
        make_event("r2", actors=(person("Pedro Soto", "Crown Prince"),), docs=("d2",)),
    ]
    event = combine("m", members, {}, {})
    assert [(a.name, a.role) for a in event.actors] == [
        ("Soto", "Foreign Minister"),
        ("Luis Soto", "King"),
        ("Pedro Alvaro Soto", "Crown Prince"),
    ]


ISIL = Actor("ISIL", "org", "terrorist group", side="source")
DAESH = Actor("Daesh", "org", "terrorist group", side="source")
IRAQ_TARGET = Actor("Iraq", "state", "state", side="target")


@pytest.mark.parametrize(
    ("names", "shown"),
    [
        (("ISIL", "Daesh", "ISIL"), "ISIL"),
        (("Daesh", "ISIL", "Daesh"), "Daesh"),
        (("Daesh", "ISIL"), "Daesh"),  # a tie: the first report's name
        (("ISIL", "Islamic State", "Daesh"), "ISIL"),
    ],
)
def test_combine_organisation_shown_under_the_name_most_reports_give(
    names: tuple[str, ...], shown: str
) -> None:
    members = [
        make_event(
            f"r{n}",
            event_type="attack",
            actors=(Actor(name, "org", "terrorist group", side="source"), IRAQ_TARGET),
            docs=(f"d{n}",),
        )
        for n, name in enumerate(names)
    ]
    event = combine("m", members, {}, {})
    assert [a.name for a in event.actors] == [shown, "Iraq"]
    assert event.summary.startswith(shown)


def test_combine_two_names_in_one_report_are_one_actor() -> None:
    members = [
        make_event("r1", event_type="attack", actors=(ISIL, DAESH, IRAQ_TARGET), docs=("d1",)),
        make_event("r2", event_type="attack", actors=(DAESH, IRAQ_TARGET), docs=("d2",)),
    ]
    event = combine("m", members, {}, {})
    assert [a.name for a in event.actors] == ["Daesh", "Iraq"]


def test_combine_location_disagreement() -> None:
    members = [
        make_event("r1", location=BAGHDAD, docs=("d1",)),
        make_event("r2", location=ERBIL, docs=("d2",)),
        make_event("r3", location=BAGHDAD, docs=("d3",)),
        make_event("r4", location=None, docs=("d4",)),
    ]
    event = combine("m", members, {}, {})
    assert event.location == BAGHDAD
    assert disagreement(event, "location") == Disagreement(
        "location", None, (Version("Baghdad", ("d1", "d3")), Version("Erbil", ("d2",)))
    )


def test_combine_no_location() -> None:
    event = combine("m", [make_event("r1", location=None)], {}, {})
    assert event.location is None
    assert event.disagreements == ()


def test_combine_type_disagreement_and_summary_of_majority_type() -> None:
    members = [
        make_event("r1", event_type="call", summary="Al-Hadithi phoned Halvorsen.", docs=("d1",)),
        make_event("r2", event_type="meet", summary="Al-Hadithi met Halvorsen.", docs=("d2",)),
        make_event(
            "r3",
            event_type="meet",
            actors=(HADITHI, HALVORSEN, SPOKESMAN),
            summary="Al-Hadithi met Halvorsen with the spokesman.",
            docs=("d3",),
        ),
    ]
    event = combine("m", members, {}, {})
    assert event.type == "meet"
    # The summary is written from what the merged event shows (its type, people and place)
    # by the one headline builder, never taken from a report's own sentence; the builder's
    # wording is the extractor's to test.
    assert event.summary == built("meet", event.actors, event.location)
    assert event.summary != built("call", event.actors, event.location)
    assert event.summary not in {m.summary for m in members}
    assert disagreement(event, "type") == Disagreement(
        "type", None, (Version("call", ("d1",)), Version("meet", ("d2", "d3")))
    )


def test_combine_uncoded_lead_keeps_the_sentence_a_report_led_with() -> None:
    members = [
        make_event("r1", event_type="other", summary="", docs=("d1",)),
        make_event("r2", event_type="other", summary="Al-Hadithi opened the fair.", docs=("d2",)),
    ]
    assert combine("m", members, {}, {}).summary == "Al-Hadithi opened the fair."


CODED = [t for t in registry().types if t.name != "other"]


@pytest.mark.parametrize("event_type", CODED, ids=lambda t: t.name)
def test_combine_summary_of_every_type_is_its_headline(event_type: EventType) -> None:
    members = [
        make_event("r1", event_type=event_type.name, summary="A sentence.", docs=("d1",)),
        make_event("r2", event_type=event_type.name, summary="Another one.", docs=("d2",)),
    ]
    event = combine("m", members, {}, {})
    assert event.summary == built(event_type.name, event.actors, event.location)
    assert event.summary.endswith(".") and not event.summary.endswith("..")


def test_combine_summary_of_a_type_the_registry_does_not_know() -> None:
    event = combine("m", [make_event("r1", event_type="talks", summary="Talks.")], {}, {})
    assert event.summary == headline(None, event.actors, event.location) + "."


def test_combine_summary_has_one_full_stop_after_an_abbreviation() -> None:
    us = Actor("U.S.", "state", side="target")
    report = make_event("r1", event_type="meet", actors=(HADITHI, us), location=None)
    assert combine("m", [report], {}, {}).summary.endswith(" U.S.")


def test_combine_one_report_has_no_disagreements() -> None:
    event = combine("m", [make_event("r1")], {}, {})
    assert event.disagreements == ()
    assert event.members == ("r1",)
    assert event.type == "meet"
    assert (event.plover, event.mode) == ("CONSULT", None)


# --- topics, statements, background -------------------------------------------------------


def test_combine_topics_by_count_and_statements_once() -> None:
    said = Statement("Salim Al-Hadithi", "Iraq values the partnership.", "d1")
    said_again = Statement("Salim Al-Hadithi", "Iraq values the partnership.", "d2")
    other = Statement("Ingrid Halvorsen", "We are here at Iraq's invitation.", "d2")
    members = [
        make_event("r1", topics=("training", "security"), statements=(said,), docs=("d1",)),
        make_event("r2", topics=("security",), statements=(said_again, other), docs=("d2",)),
    ]
    event = combine("m", members, {}, {})
    assert event.topics == ("security", "training")
    assert event.statements == (said, other)


@pytest.mark.parametrize(("flags", "background"), [((True, True), True), ((True, False), False)])
def test_combine_background_only_when_all_are(flags: tuple[bool, bool], background: bool) -> None:
    members = [
        make_event(f"r{n}", background=flag, docs=(f"d{n}",)) for n, flag in enumerate(flags)
    ]
    assert combine("m", members, {}, {}).background is background


# --- sources, copies, outlets ---------------------------------------------------------------


def test_combine_sources_carry_outlet_and_offsets() -> None:
    members = [make_event("r1", docs=("d1",))]
    event = combine("m", members, dict([info("d1", "Tigris Daily")]), {})
    assert event.sources == (
        Source(
            "d1",
            doc_id("d1"),
            SENTENCE,
            0,
            len(SENTENCE),
            "2025-03-12",
            "Tigris Daily",
            None,
            "2025-03-12",
            "explicit",
        ),
    )
    assert event.reports == 1


def test_combine_same_sentence_twice_is_one_source() -> None:
    members = [make_event("r1", docs=("d1",)), make_event("r2", docs=("d1",))]
    assert len(combine("m", members, {}, {}).sources) == 1


def test_combine_independent_outlets_count_copies_once() -> None:
    copy_text = f"Reporting by Gulf Wire. {SENTENCE} More to follow."
    docs = dict(
        [
            info("d1", "Tigris Daily"),
            info("d2", "Tigris Daily"),
            info("d3", None),
            info("d4", None),
            info("d5", "Gulf Wire"),
        ]
    )
    copies = {
        doc_id("d1"): [
            DocInfo("c1", doc_id("c1"), "Gulf Wire", "2025-03-13", "d1", copy_text),
            DocInfo("c2", doc_id("c2"), "Desert Post", "2025-03-13", "d1", copy_text),
        ]
    }
    members = [make_event(f"r{n}", docs=(f"d{n}",)) for n in range(1, 6)]
    event = combine("m", members, docs, copies)
    # Tigris Daily (two articles), d3 and d4 (outlet unknown: each its own), Gulf Wire.
    assert event.independent == 4
    assert event.outlets == ("Tigris Daily", "Gulf Wire", "Desert Post")
    # Seven documents: five reports, and two copies of d1 that are not reports of their own.
    assert (event.reports, event.copies) == (5, 2)


def test_combine_copy_source_points_to_original_with_offsets_in_copy() -> None:
    prefix = "Reporting by Gulf Wire. "
    copy_text = f"{prefix}{SENTENCE} More to follow."
    copies = {
        doc_id("d1"): [DocInfo("c1", doc_id("c1"), "Gulf Wire", "2025-03-13", "d1", copy_text)]
    }
    event = combine("m", [make_event("r1", docs=("d1",))], dict([info("d1")]), copies)
    copy = next(s for s in event.sources if s.doc == "c1")
    assert copy == Source(
        "c1",
        doc_id("c1"),
        SENTENCE,
        len(prefix),
        len(prefix) + len(SENTENCE),
        "2025-03-13",
        "Gulf Wire",
        "d1",
        "2025-03-12",
        "explicit",
    )
    assert copy_text[copy.start : copy.end] == SENTENCE
    assert event.independent == 1


@pytest.mark.parametrize(
    "copy_text",
    [
        "Salim Al-Hadithi, the foreign minister, met Ingrid Halvorsen of NATO in Baghdad.",
        None,
    ],
    ids=["reworded", "no-text"],
)
def test_combine_copy_with_reworded_sentence_has_no_offsets(copy_text: str | None) -> None:
    copies = {
        doc_id("d1"): [DocInfo("c1", doc_id("c1"), "Gulf Wire", "2025-03-13", "d1", copy_text)]
    }
    event = combine("m", [make_event("r1", docs=("d1",))], {}, copies)
    copy = next(s for s in event.sources if s.doc == "c1")
    assert (copy.start, copy.end, copy.copy_of) == (-1, -1, "d1")


def test_combine_copy_of_undated_report_is_corroborated() -> None:
    copies = {doc_id("d2"): [DocInfo("c2", doc_id("c2"), None, None, "d2", SENTENCE)]}
    members = [make_event("r1", docs=("d1",)), make_event("r2", date=None, docs=("d2",))]
    event = combine("m", members, {}, copies)
    copy = next(s for s in event.sources if s.doc == "c2")
    assert (copy.date, copy.date_basis, copy.start) == ("2025-03-12", "corroborated", 0)


# --- records ------------------------------------------------------------------------------


def test_combine_row_round_trip() -> None:
    copies = {
        doc_id("d1"): [DocInfo("c1", doc_id("c1"), "Gulf Wire", "2025-03-13", "d1", SENTENCE)]
    }
    members = [
        _with_role("r1", "d1", "Assistant Secretary General"),
        make_event("r2", location=ERBIL, date="2025-03-13", basis="dateline", docs=("d2",)),
        make_event(
            "r3",
            event_type="call",
            date=None,
            statements=(Statement(None, "The talks were useful.", "d3"),),
            docs=("d3",),
        ),
    ]
    event = combine("m", members, dict([info("d1", "Tigris Daily")]), copies)
    assert {d.field for d in event.disagreements} == {"date", "location", "type", "role"}
    assert MergedEvent.from_row(event.export_row()) == event


def test_combine_merged_event_id_and_members() -> None:
    members = [make_event("r2", docs=("d2",)), make_event("r1", docs=("d1",))]
    event = combine("m-42", members, {}, {})
    assert event.id == "m-42"
    assert event.members == ("r2", "r1")
    assert event.location == Place("Baghdad", "IQ", 33.34, 44.40)


def test_combine_actors_take_their_part_in_the_merged_type() -> None:
    """The merged event's type names its actors' parts (two reports call it an attack, one a
    meeting): an actor whose report gave no part (a store read before parts) gets them too."""
    attacker = Actor("Turkey", "state", "state", side="source")
    target = Actor("Syria", "state", "state", side="target", part="target")
    members = [
        make_event("r1", event_type="attack", actors=(attacker, target), docs=("d1",)),
        make_event("r2", event_type="attack", actors=(attacker, target), docs=("d2",)),
        make_event("r3", event_type="meet", actors=(attacker, target), docs=("d3",)),
    ]
    event = combine("m", members, {}, {})
    assert [(a.name, a.part) for a in event.actors] == [("Turkey", "attacker"), ("Syria", "target")]
    assert [a.export_row()["role"] for a in event.actors] == ["state (attacker)", "state (target)"]


def test_combine_title_of_another_organisation_than_the_one_kept_is_not_shown() -> None:
    ours = Actor("Ingrid Halvorsen", "person", "Special Envoy", "NATO")
    theirs = replace(ours, org="United Nations", title="UN Special Envoy")
    members = [
        make_event("r1", actors=(HADITHI, ours), docs=("d1",)),
        make_event("r2", actors=(HADITHI, ours), docs=("d2",)),
        make_event("r3", actors=(HADITHI, theirs), docs=("d3",)),
    ]
    event = combine("m", members, {}, {})
    halvorsen = next(a for a in event.actors if a.name == "Ingrid Halvorsen")
    assert (halvorsen.org, halvorsen.export_row()["role"]) == ("NATO", "Special Envoy")


def test_combine_actor_title_for_another_office_is_dropped_and_rows_round_trip() -> None:
    stale = Actor(
        "Ingrid Halvorsen", "person", "Special Envoy for Sudan", "NATO", title="NATO Envoy"
    )
    assert stale.title is None
    worded = Actor("Ingrid Halvorsen", "person", "Deputy Secretary General", "NATO",
                   title="NATO Deputy Secretary-General")  # fmt: skip
    assert worded.title is not None
    for actor in (stale, worded):
        assert Actor.from_row(actor.export_row()) == actor


def test_combine_a_rank_is_no_other_version_of_an_office() -> None:
    """ "Commander" in one report and "Lieutenant General" in another: the office, and no
    disagreement over his role; two ranks still disagree."""
    from storyline.merge.combine import _offices_over_ranks

    assert _offices_over_ranks({"Commander": ["a"], "Lieutenant General": ["b"]}) == {
        "Commander": ["a"]
    }
    ranks = {"Lieutenant General": ["a"], "Major General": ["b"]}
    assert _offices_over_ranks(ranks) == ranks


def test_combine_a_rank_is_shown_beside_the_office_kept() -> None:
    """A rank one report gives beside the office, or another gives as the role alone, is
    shown with the office kept ("Lieutenant General, Commander"), and a row read back keeps
    it; a rank alone stays the role."""
    commander = Actor("Ingrid Halvorsen", "person", "Commander", "NATO")
    members = [
        make_event("r1", actors=(HADITHI, commander), docs=("d1",)),
        make_event(
            "r2", actors=(HADITHI, replace(commander, role="Lieutenant General")), docs=("d2",)
        ),
    ]
    event = combine("m", members, {}, {})
    halvorsen = next(a for a in event.actors if a.name == "Ingrid Halvorsen")
    assert (halvorsen.role, halvorsen.rank) == ("Commander", "Lieutenant General")
    assert halvorsen.export_row()["role"] == "Lieutenant General, Commander"
    assert MergedEvent.from_row(event.export_row()) == event
    ranked = replace(commander, role="Lieutenant General")
    alone = combine("m", [make_event("r2", actors=(HADITHI, ranked), docs=("d2",))], {}, {})
    shown = next(a for a in alone.actors if a.name == "Ingrid Halvorsen")
    assert (shown.role, shown.rank) == ("Lieutenant General", None)


def test_combine_who_joined_only_by_a_report_of_another_family_takes_no_side() -> None:
    """An attack's two reports and a minister's pledge over it, joined as one happening: the
    minister stands in it with no side, and the headline names only the attack's sides."""
    contractor = Actor("contractor", "org", "contractor", None, "target")
    minister = Actor("Salim Al-Hadithi", "person", "Foreign Minister", "Iraq", "source")
    members = [
        make_event("r1", event_type="attack", actors=(contractor,), docs=("d1",)),
        make_event("r2", event_type="attack", actors=(contractor,), docs=("d2",)),
        make_event("r3", event_type="pledge", actors=(minister,), docs=("d3",)),
    ]
    event = combine("m", members, {}, {})
    sides = {a.name: a.side for a in event.actors}
    assert event.type == "attack" and sides == {"contractor": "target", "Salim Al-Hadithi": None}
    assert "Hadithi" not in event.summary


def test_combine_who_its_own_reports_name_with_no_side_stays_in_the_headline() -> None:
    """Only who joined through a report of another family is left out of the headline: a
    body its own reports name with no side (a mission's parent) still reads as the doer."""
    nato = Actor("NATO", "org")
    mission = Actor("NATO Mission Iraq", "org", side="target")
    members = [
        make_event("r1", event_type="launch", actors=(nato, mission), docs=("d1",)),
        make_event("r2", event_type="launch", actors=(nato, mission), docs=("d2",)),
    ]
    event = combine("m", members, {}, {})
    assert event.summary == built("launch", event.actors, event.location)
    assert "NATO launched" in event.summary


def test_combine_decision_every_report_announces_reads_as_announced() -> None:
    members = [
        replace(make_event("r1", event_type="sanction", docs=("d1",)), decided=True),
        replace(make_event("r2", event_type="sanction", docs=("d2",)), decided=True),
    ]
    event = combine("m", members, {}, {})
    assert event.decided and " announced plans to impose sanctions on " in event.summary
    assert MergedEvent.from_row(event.export_row()) == event


def test_combine_decision_one_report_tells_done_was_done() -> None:
    members = [
        replace(make_event("r1", event_type="sanction", docs=("d1",)), decided=True),
        make_event("r2", event_type="sanction", docs=("d2",)),
    ]
    event = combine("m", members, {}, {})
    assert not event.decided and " imposed sanctions on " in event.summary


def test_combine_promise_names_what_most_reports_say_it_is_of() -> None:
    members = [
        replace(make_event("r1", event_type="pledge", docs=("d1",)), promised="aid"),
        replace(make_event("r2", event_type="pledge", docs=("d2",)), promised="aid"),
        replace(make_event("r3", event_type="pledge", docs=("d3",)), promised="deploy"),
    ]
    event = combine("m", members, {}, {})
    assert event.promised == "aid" and " pledged to provide aid to " in event.summary
    assert MergedEvent.from_row(event.export_row()) == event


def test_combine_type_tie_prefers_the_type_plover_codes() -> None:
    """One report tells an agreement, another its announcement: the agreement is the
    happening, whichever report joined first."""
    members = [
        replace(make_event("r1", event_type="announce", docs=("d1",)), plover=None),
        replace(make_event("r2", event_type="agree", docs=("d2",)), plover="AGREE"),
    ]
    event = combine("m", members, {}, {})
    assert event.type == "agree" and event.plover == "AGREE"
    # a majority still wins over a coded type
    members.append(replace(make_event("r3", event_type="announce", docs=("d3",)), plover=None))
    assert combine("m", members, {}, {}).type == "announce"


def test_combine_type_tie_keeps_a_specific_uncoded_type() -> None:
    """A change of command (uncoded by PLOVER) told as a meeting by another report stays a
    change of command: only a generic type (an announcement, a statement) gives way."""
    members = [
        replace(make_event("r1", event_type="command", docs=("d1",)), plover=None),
        replace(make_event("r2", event_type="meet", docs=("d2",)), plover="CONSULT"),
    ]
    assert combine("m", members, {}, {}).type == "command"
