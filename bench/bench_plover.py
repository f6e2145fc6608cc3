"""Benchmark: event types and sides read from the PLOVER gold records, per PLOVER type.

    python bench/bench_plover.py [--gold FILE] [--limit N]

The gold file (../shared/bench/plover/gold_standard_records.json) holds 322 sentences, each
coded with one PLOVER event and its source and target actors. Its vocabulary is an older
PLOVER draft: DEMAND is read as REQUEST, DISAPPROVE and INVESTIGATE as ACCUSE, FIGHT as
ASSAULT; the DOCUMENT record (file documentation) is left out. Each sentence goes through
``extract_events`` on its own, published on the record's date. Per gold type and overall:

- ``any event``: records the extractor gives at least one event (of any type, uncoded too);
- ``first type``: the first event's PLOVER type is the gold type (an uncoded or missing event
  is wrong);
- ``any type``: some event has the gold type (recall of the type);
- ``source`` / ``target``: over the records whose gold names someone on that side, the
  *best event* (the first with the gold type, else the first) has every gold actor of that
  side among its actors on that side. A gold actor matches an actor when, case-insensitive
  and on word boundaries, one name contains the other (the actor's name or its office's
  organisation), or when the gold text names the actor's state or organisation canonically
  (``storyline.actors.state`` / ``organisation``: "Hungarian" is Hungary, a capital is its
  country's government, a demonym in "Iraqi police" is Iraq, as CAMEO codes the country
  first). Actors the gold marks SRC/TAR (a compound actor, "Hungarian and Romanian
  officials agreed") match on either side;
- ``read instead``: the commonest first event of the records whose first type is wrong (its
  PLOVER type, or its own type when PLOVER leaves it uncoded: "statement", "other").

Beside it, in the same run, two baselines: the commonest gold type for every record, and
the first word of the sentence that starts any registry trigger, read as that trigger's type
with none of its conditions (object, preposition, modifier, modality), its source the named
actor (PERSON, ORG, GPE, NORP) nearest before it and its target the one nearest after it.
No floor yet: the table shows which types read badly. It is printed and written to
bench/results/plover.json and plover.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from common import SHARED, save
from rich.table import Table

from storyline.actors import Tenure, organisation, state
from storyline.events.extract import ArticleInput, extract_events
from storyline.events.registry import PLOVER_TYPES, registry
from storyline.nlp import parse_many
from storyline.places import capital, country, lookup
from storyline.records import Event, ParsedArticle

GOLD = SHARED / "bench" / "plover" / "gold_standard_records.json"
OLD_NAMES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
"""The gold file's draft names for today's PLOVER types."""
SKIPPED = frozenset({"DOCUMENT"})
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
"""Named entities the trigger-word baseline takes for actors."""
BOTH_SIDES = re.compile(r"\(SRC/TAR:\s*([^)]+)\)")
"""A compound actor in the gold markup: "(SRC/TAR: Hungarian)"."""
SIDES = ("source", "target")


@dataclass(frozen=True)
class Gold:
    """One coded sentence: its PLOVER type, text, date and actors on each side."""

    id: str
    type: str
    text: str
    date: dt.date
    sides: dict[str, tuple[str, ...]]
    either: frozenset[str]
    """Gold actors marked SRC/TAR, that may stand on either side."""


@dataclass(frozen=True)
class Reading:
    """What a reader made of a sentence: the PLOVER type of each event in order (None for an
    uncoded one), the first event's own type, and the names on each side of its best event."""

    types: tuple[str | None, ...]
    first: str | None
    sides: dict[str, tuple[str, ...]]


def load(path: Path, limit: int | None) -> list[Gold]:
    records = json.loads(path.read_text("utf-8"))
    gold = [_gold(r) for r in records if r["event"] not in SKIPPED]
    return gold[:limit]


def _gold(record: dict[str, Any]) -> Gold:
    sides = {side: tuple(_actor_texts(record.get(side))) for side in SIDES}
    info = record.get("textInfo") or {}
    markup = info.get("markup", "") if isinstance(info, dict) else str(info)
    return Gold(
        record["id"],
        OLD_NAMES.get(record["event"], record["event"]),
        record["text"],
        dt.date.fromisoformat(record["date"]),
        sides,
        frozenset(m.strip() for m in BOTH_SIDES.findall(markup)),
    )


def _actor_texts(value: object) -> Iterable[str]:
    if isinstance(value, list):
        yield from (str(a["actorText"]) for a in value if a.get("actorText"))


# --- readers --------------------------------------------------------------------------------------


def extractor_reading(gold: Gold, parsed: ParsedArticle) -> Reading:
    article = ArticleInput(gold.id, gold.id, gold.text, gold.date)
    events = extract_events(article, parsed, Tenure())
    best = next((e for e in events if e.plover == gold.type), events[0] if events else None)
    first = events[0].plover or events[0].type if events else None
    return Reading(tuple(e.plover for e in events), first, _sides(best))


def _sides(event: Event | None) -> dict[str, tuple[str, ...]]:
    if event is None:
        return {side: () for side in SIDES}
    return {
        side: tuple(n for a in event.actors if a.side == side for n in (a.name, a.org) if n)
        for side in SIDES
    }


def trigger_word_reading(gold: Gold, parsed: ParsedArticle) -> Reading:
    """The baseline: the first word that starts a trigger, with none of its conditions."""
    actors = [m for m in parsed.entities if m.label in ACTOR_LABELS]
    for token in parsed.tokens:
        if token.pos != "VERB" and token.pos != "NOUN":
            continue
        pairs = registry().candidates(token.lemma, token.pos)
        found = [event_type for event_type, trigger in pairs if not trigger.reject]
        if found:
            before = [m.text for m in actors if m.end <= token.start][-1:]
            after = [m.text for m in actors if m.start >= token.end][:1]
            kind, sides = found[0], {"source": tuple(before), "target": tuple(after)}
            return Reading((kind.plover,), kind.plover or kind.name, sides)
    return Reading((), None, {side: () for side in SIDES})


# --- scoring --------------------------------------------------------------------------------------


@cache
def known_as(text: str) -> frozenset[str]:
    """Lower-case names a gold actor text may appear under among the actors read."""
    names = {text, re.sub(r"^the\s+", "", text, flags=re.I), state(text), organisation(text)}
    names |= {state(word) for word in re.findall(r"[A-Z][\w'’.-]+", text)}
    place = lookup(text)
    if place is not None and place.country is not None:
        seat, home = capital(place.country), country(place.country)
        if seat is not None and home is not None and seat.name == place.name:
            names.add(state(home.name) or home.name)
    return frozenset(name.lower() for name in names if name)


def _contains(longer: str, shorter: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(shorter)}(?!\w)", longer) is not None


def found(gold_actor: str, names: Sequence[str]) -> bool:
    """Whether one of the ``names`` read is the gold actor."""
    lowered = [n.lower() for n in names]
    return any(
        _contains(name, want) or _contains(want, name)
        for want in known_as(gold_actor)
        for name in lowered
    )


def side_right(gold: Gold, reading: Reading, side: str) -> bool:
    """Every gold actor of ``side`` is among the names read on that side (either side for a
    compound SRC/TAR actor)."""
    everyone = reading.sides["source"] + reading.sides["target"]
    return all(
        found(actor, everyone if actor in gold.either else reading.sides[side])
        for actor in gold.sides[side]
    )


@dataclass
class Tally:
    """Counts over the records of one gold type (or all of them)."""

    records: int = 0
    any_event: int = 0
    first_type: int = 0
    any_type: int = 0
    sides: Counter[str] = field(default_factory=Counter)
    """Records whose gold names someone on a side."""
    right: Counter[str] = field(default_factory=Counter)
    instead: Counter[str] = field(default_factory=Counter)
    """What the first event was when it was not the gold type."""

    def add(self, gold: Gold, reading: Reading) -> None:
        self.records += 1
        self.any_event += bool(reading.types)
        first = reading.types[0] if reading.types else None
        self.first_type += first == gold.type
        self.any_type += gold.type in reading.types
        if first != gold.type:
            self.instead[reading.first or "(none)"] += 1
        for side in SIDES:
            if gold.sides[side]:
                self.sides[side] += 1
                self.right[side] += side_right(gold, reading, side)


def tally(gold: Sequence[Gold], readings: Sequence[Reading]) -> dict[str, Tally]:
    """Tallies per gold type, in codebook order, and "overall"."""
    found = {kind: Tally() for kind in PLOVER_TYPES if any(g.type == kind for g in gold)}
    found["overall"] = Tally()
    for record, reading in zip(gold, readings, strict=True):
        found[record.type].add(record, reading)
        found["overall"].add(record, reading)
    return found


# --- report ---------------------------------------------------------------------------------------


def share(part: int, whole: int) -> str:
    return f"{part / whole:.0%} {part}/{whole}" if whole else "-"


def row(name: str, t: Tally) -> dict[str, object]:
    most = t.instead.most_common(1)
    return {
        "type": name,
        "records": t.records,
        "any_event": t.any_event,
        "first_type": t.first_type,
        "any_type": t.any_type,
        "source_n": t.sides["source"],
        "source_right": t.right["source"],
        "target_n": t.sides["target"],
        "target_right": t.right["target"],
        "read_instead": f"{most[0][0]} ×{most[0][1]}" if most else "",
    }


def report(rows: list[dict[str, object]], seconds: float) -> None:
    table = Table(
        "gold type / reader",
        "records",
        "any event",
        "first type",
        "any type",
        "source",
        "target",
        "read instead",
        title=f"PLOVER gold records ({rows[-1]['records']} sentences, {seconds:.1f} s)",
        caption="baselines, same run: the first trigger word without its conditions, its "
        "sides the nearest named actors; the commonest gold type for every sentence",
    )
    for r in rows:
        n = int(str(r["records"]))
        table.add_row(
            str(r["type"]),
            str(n),
            share(int(str(r["any_event"])), n),
            share(int(str(r["first_type"])), n),
            share(int(str(r["any_type"])), n),
            share(int(str(r["source_right"])), int(str(r["source_n"]))),
            share(int(str(r["target_right"])), int(str(r["target_n"]))),
            str(r["read_instead"]),
            end_section=str(r["type"]).startswith(("ASSAULT", "overall")),
        )
    save("plover", table, rows, seconds=round(seconds, 1), registry=registry().fingerprint)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    gold = load(args.gold, args.limit)
    start = time.perf_counter()
    parsed = list(parse_many((g.id, g.text) for g in gold))
    ours = [extractor_reading(g, p) for g, p in zip(gold, parsed, strict=True)]
    seconds = time.perf_counter() - start
    words = [trigger_word_reading(g, p) for g, p in zip(gold, parsed, strict=True)]
    commonest = Counter(g.type for g in gold).most_common(1)[0][0]
    majority = [Reading((commonest,), commonest, {side: () for side in SIDES}) for _ in gold]
    rows = [row(kind, t) for kind, t in tally(gold, ours).items()]
    rows.append(row("baseline: trigger", tally(gold, words)["overall"]))
    rows.append(row(f"baseline: {commonest}", tally(gold, majority)["overall"]))
    report(rows, seconds)


if __name__ == "__main__":
    main()
