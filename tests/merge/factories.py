"""Per-article events and document profiles built by hand for merge tests.

Events are the :class:`storyline.records.Event` records the merge stage reads from the store
(see :meth:`storyline.records.Event.from_row`). The people, places and sentences are our own
invention in the style of Iraq–NATO news.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from storyline.merge.profile import Profile, Weights, profile
from storyline.merge.stories import StoryDoc
from storyline.records import (
    Actor,
    DateBasis,
    Event,
    EventDate,
    Evidence,
    Place,
    Precision,
    Statement,
)

BAGHDAD = Place("Baghdad", "IQ", 33.34, 44.40)
ERBIL = Place("Erbil", "IQ", 36.19, 44.01)

HADITHI = Actor("Salim Al-Hadithi", "person", "Foreign Minister", "Iraq", "source")
HALVORSEN = Actor("Ingrid Halvorsen", "person", "Deputy Secretary General", "NATO", "target")
ZUBAIDI = Actor("Jabbar Al-Zubaidi", "person", "Minister of Defence", "Iraq")
WALENSKI = Actor("Piotr Walenski", "person", "Assistant Secretary General", "NATO")
SPOKESMAN = Actor("Basim Al-Awadi", "person", "Government Spokesman", "Iraq")
NATO = Actor("NATO", "org")
IRAQ = Actor("Iraq", "state")

SENTENCE = "Foreign Minister Salim Al-Hadithi met NATO's Ingrid Halvorsen in Baghdad."
PLOVER = {"meet": "CONSULT", "call": "CONSULT", "visit": "CONSULT", "statement": "CONSULT"}


def doc_id(doc: str) -> str:
    """The content id a test document gets: its name with a prefix, so the two differ."""
    return f"id-{doc}"


def evidence(
    doc: str,
    sentence: str = SENTENCE,
    *,
    start: int = 0,
    published: str | None = "2025-03-12",
) -> Evidence:
    """The sentence of ``doc`` that states an event (offsets as if it opened the text)."""
    return Evidence(doc, doc_id(doc), sentence, start, start + len(sentence), published)


def precision_of(value: str | None) -> Precision | None:
    """The precision an ISO date string has by its shape ("2025-03-12", "2025-03", "2025")."""
    if value is None:
        return None
    return {10: "day", 7: "month"}.get(len(value), "year")  # type: ignore[return-value]


def make_event(
    event_id: str,
    *,
    event_type: str = "meet",
    date: str | None = "2025-03-12",
    basis: DateBasis | None = "explicit",
    actors: Sequence[Actor] = (HADITHI, HALVORSEN),
    docs: Sequence[str] = ("docA",),
    sentence: str = SENTENCE,
    published: str | None = "2025-03-12",
    location: Place | None = BAGHDAD,
    background: bool = False,
    summary: str | None = None,
    statements: Iterable[Statement] = (),
    topics: Sequence[str] = ("security",),
) -> Event:
    """A per-article event as the extractor gives it.

    One evidence sentence per name in ``docs``; an undated row (``date=None``) has no basis.
    """
    return Event(
        id=event_id,
        type=event_type,
        plover=PLOVER.get(event_type, "COOPERATE"),
        mode=None,
        date=EventDate(date, precision_of(date), basis if date else None),
        location=location,
        actors=tuple(actors),
        topics=tuple(topics),
        summary=summary if summary is not None else f"{event_type} in {event_id}",
        statements=tuple(statements),
        background=background,
        sources=tuple(evidence(d, sentence, published=published) for d in docs),
    )


def person(name: str, role: str | None = None, org: str | None = None) -> Actor:
    """A person taking part in an event."""
    return Actor(name, "person", role, org)


def story_doc(
    doc: str,
    text: str,
    *,
    title: str | None = None,
    day: str | None = None,
    published: str | None = None,
) -> StoryDoc:
    """What story grouping sees of a document with this title and text."""
    return StoryDoc(doc, profile(title, text), day, published)


def weights_of(profiles: Iterable[Profile]) -> Weights:
    """Document frequencies of a corpus made of ``profiles``."""
    weights = Weights()
    for prof in profiles:
        weights.add(prof)
    return weights
