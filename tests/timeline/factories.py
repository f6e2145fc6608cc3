"""Merged events built by hand for timeline tests: no extraction or merging stage is needed.

The people, documents and sentences are our own invention in the style of Iraq–NATO news.
"""

from __future__ import annotations

from typing import Any

from storyline.records import (
    Actor,
    DateBasis,
    Disagreement,
    EventDate,
    MergedEvent,
    Place,
    Precision,
    Source,
    Statement,
    Version,
)

BAGHDAD = Place("Baghdad", "IQ", 33.34, 44.40)
BRUSSELS = Place("Brussels", "BE", 50.85, 4.35)

SUDANI = Actor("Mohammed Shia' Al-Sudani", "person", "Prime Minister", "Iraq", "source")
RUTTE = Actor("Mark Rutte", "person", "Secretary General", "NATO", "target")
GOFFUS = Actor("Thomas Goffus", "person", "Deputy Secretary General", "NATO")
HUSSAIN = Actor("Fuad Hussain", "person", "Foreign Minister", "Iraq", "source")
HASHIMI = Actor("Karim Al-Hashimi", "person", "Minister of Defence", "Iraq", "source")
IRAQ = Actor("Iraq", "state")
NATO = Actor("NATO", "org")
NMI = Actor("NATO Mission Iraq", "org", side="target")
NMI_COMMANDER = Actor("Lena Varga", "person", "Commander", "NATO Mission Iraq")


def source(
    doc: str,
    sentence: str = "The two sides met in Baghdad.",
    *,
    outlet: str | None = None,
    published: str | None = "2025-02-06",
    copy_of: str | None = None,
) -> Source:
    """One report: the document's id is its name backwards, so ids stay distinct."""
    return Source(doc, doc[::-1], sentence, 0, len(sentence), published, outlet, copy_of)


def merged(event_id: str = "e1", **fields: Any) -> MergedEvent:
    """A merged event with plain defaults; any field may be given by keyword.

    ``date`` may be a string ("2025-02", "2025") whose precision follows its shape.
    """
    date = fields.pop("date", "2025-02-05")
    if not isinstance(date, EventDate):
        date = day(date)
    sources = fields.pop("sources", (source("docA", outlet="Alpha News"),))
    values: dict[str, Any] = {
        "id": event_id,
        "type": "meet",
        "plover": "CONSULT",
        "mode": None,
        "date": date,
        "location": BAGHDAD,
        "actors": (SUDANI, RUTTE),
        "topics": (),
        "summary": "The two sides met in Baghdad.",
        "statements": (),
        "background": False,
        "sources": tuple(sources),
        "outlets": tuple(dict.fromkeys(s.outlet for s in sources if s.outlet)),
        "independent": len({s.outlet for s in sources if s.outlet and not s.copy_of}),
        "disagreements": (),
        "members": (event_id,),
    }
    values.update(fields)
    return MergedEvent(**values)


def day(value: str | None, basis: DateBasis = "explicit") -> EventDate:
    """An event date whose precision follows the shape of ``value``."""
    if value is None:
        return EventDate(None, None, None)
    precision: Precision = "year" if len(value) == 4 else "month" if len(value) == 7 else "day"
    return EventDate(value, precision, basis)


GOFFUS_ROLE = Disagreement(
    "role",
    "Thomas Goffus",
    (
        Version("Deputy Secretary General", ("docA",)),
        Version("Assistant Secretary General", ("docB",)),
    ),
)


def corpus() -> list[MergedEvent]:
    """Six events of an invented Iraq–NATO story, given out of order on purpose."""
    return [
        merged(
            "e-request",
            type="request",
            plover="REQUEST",
            date="2025-03-10",
            actors=(HASHIMI, NMI),
            topics=("withdrawal timetable",),
            summary="Defence Minister Karim Al-Hashimi asked the mission for a timetable.",
            sources=(source("docD", outlet="Delta Post", published="2025-03-11"),),
        ),
        merged(
            "e-meet",
            date="2025-02-05",
            actors=(SUDANI, RUTTE, GOFFUS),
            topics=("NATO Mission Iraq", "security cooperation"),
            summary=(
                "Prime Minister Mohammed Shia' Al-Sudani received NATO Secretary General Mark "
                "Rutte in Baghdad on Wednesday. They discussed the advisory mission."
            ),
            statements=(Statement("Mark Rutte", "Iraq is a valued partner.", "docB"),),
            sources=(
                source("docA", "Al-Sudani received Rutte in Baghdad.", outlet="Alpha News"),
                source("docB", "Rutte met Al-Sudani on Wednesday.", outlet="Beta Wire"),
                source("docC", "Al-Sudani received Rutte.", outlet="Gamma", copy_of="docA"),
            ),
            disagreements=(GOFFUS_ROLE,),
        ),
        merged("e-undated", type="statement", plover=None, date=None, actors=(NATO,)),
        merged(
            "e-agree",
            type="agree",
            plover="AGREE",
            date=day("2025-02", "inferred"),
            actors=(IRAQ, NATO),
            topics=("training",),
            summary="Iraq and NATO agreed to extend the training programme.",
        ),
        merged(
            "e-call",
            type="call",
            mode="phone",
            date=day("2025-02-20", "publication"),
            location=None,
            actors=(HUSSAIN, RUTTE),
            summary="Fuad Hussain and Mark Rutte spoke by phone about regional security.",
            sources=(source("docE", outlet="Beta Wire", published="2025-02-20"),),
        ),
        merged(
            "e-launch",
            type="launch",
            plover="COOPERATE",
            date="2018",
            location=BRUSSELS,
            actors=(NMI_COMMANDER, NATO),
            background=True,
            summary="The mission began its work in 2018.",
        ),
    ]
