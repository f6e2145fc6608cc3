"""The one line each event gets in every format, as separate pieces each format lays out.

A line reads ``2025-02-05*  meet · Mohammed Shia' Al-Sudani (Prime Minister, Iraq); Mark Rutte
(Secretary General, NATO) · Baghdad, IQ · <one sentence> · 3 reports, 3 outlets``. The ``*``
after a date says no report states the date of this event in words: it is the publication date
(``publication``), the date of the meeting the event belongs to (``inferred``) or the date other
reports agree on (``corroborated``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.records import Actor, DateBasis, Disagreement, MergedEvent, Place
from storyline.timeline.stats import Outlets, outlets_of
from storyline.wording import plural

MARKED_BASES: frozenset[DateBasis] = frozenset({"corroborated", "inferred", "publication"})
"""Date bases shown with :data:`DATE_MARK`: dates not stated for the event itself."""
DATE_MARK = "*"
UNDATED = "undated"
SUMMARY_CHARS = 240
"""A one-sentence summary longer than this is cut at a word: a line should fit a wide
terminal twice at most; the HTML details keep the whole summary."""
ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "brig", "prof",
        "sen", "rep", "gov", "st", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }
)  # fmt: skip
"""Words whose full stop does not end a sentence ("Gen. Smith met ...")."""
_SENTENCE_END = re.compile(r"([.!?][\"”’)]*)\s+(?=[\"“‘(]?[A-Z0-9])")


@dataclass(frozen=True)
class Line:
    """The pieces of an event's one line, as plain text (each format escapes them its way)."""

    anchor: str
    date: str
    marked: bool
    basis: str | None
    type: str
    participants: tuple[str, ...]
    place: str | None
    summary: str
    counts: str
    outlets: Outlets
    disagreements: tuple[str, ...]


def line(event: MergedEvent) -> Line:
    """The one line of ``event``."""
    kind = event.type + (" (background)" if event.background else "")
    carried = outlets_of(event.sources)
    return Line(
        anchor=anchor(event.id),
        date=event.date.value or UNDATED,
        marked=event.date.value is not None and event.date.basis in MARKED_BASES,
        basis=event.date.basis,
        type=kind,
        participants=tuple(participant(a) for a in event.actors),
        place=place_label(event.location),
        summary=first_sentence(event.summary),
        counts=counts(event.reports, carried, event.copies),
        outlets=carried,
        disagreements=tuple(disagreement(d) for d in event.disagreements),
    )


def anchor(event_id: str) -> str:
    """The HTML id of an event's entry: ``event-<id>`` with only URL-safe characters."""
    return "event-" + re.sub(r"[^A-Za-z0-9_-]", "-", event_id)


def participant(actor: Actor) -> str:
    """``Name (Role, Org)``, or the name alone when neither is known."""
    detail = ", ".join(x for x in (actor.role, actor.org) if x and x != actor.name)
    return f"{actor.name} ({detail})" if detail else actor.name


def place_label(place: Place | None) -> str | None:
    """``Baghdad, IQ``; None when the event has no place."""
    if place is None:
        return None
    return f"{place.name}, {place.country}" if place.country else place.name


def counts(reports: int, outlets: Outlets, copies: int = 0) -> str:
    """``3 reports (+1 copy), 3 outlets (2 independent)``: copies are not reports of their
    own; see :func:`outlet_count` for the outlets."""
    copied = f" (+{plural(copies, 'copy', 'copies')})" if copies else ""
    return f"{plural(reports, 'report')}{copied}, {outlet_count(outlets)}"


def outlet_count(outlets: Outlets) -> str:
    """``3 outlets (2 independent)``; ``2 outlets`` when every outlet carried a report of its
    own (``independent`` is never more than the outlets it qualifies)."""
    total = plural(outlets.total, "outlet")
    return (
        total
        if outlets.independent == outlets.total
        else f"{total} ({outlets.independent} independent)"
    )


def disagreement(item: Disagreement) -> str:
    """``role of X: A [docA] / B [docB, docC]``: every version with the documents giving it."""
    subject = f"{item.field} of {item.actor}" if item.actor else item.field
    versions = " / ".join(f"{v.value} [{', '.join(v.docs)}]" for v in item.versions)
    return f"{subject}: {versions}"


def first_sentence(text: str) -> str:
    """The first sentence of ``text``, cut at a word past :data:`SUMMARY_CHARS`."""
    text = " ".join(text.split())
    for found in _SENTENCE_END.finditer(text):
        before = text[: found.start(1)].rsplit(" ", 1)[-1]
        if found.group(1)[0] == "." and _abbreviation(before):
            continue
        text = text[: found.end(1)]
        break
    return clip(text, SUMMARY_CHARS)


def clip(text: str, limit: int) -> str:
    """``text`` cut at the last word that fits ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


def _abbreviation(word: str) -> bool:
    """An initial ("J."), a dotted short form ("U.S.") or a title ("Gen.") before a full stop."""
    bare = word.lstrip('"“‘(')
    return len(bare) == 1 or "." in bare or bare.lower() in ABBREVIATIONS
