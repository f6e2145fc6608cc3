"""Benchmark: merging per-article events into merged events at 1k, 10k and 100k reports, and a
pair timeline over the biggest result.

    python bench/bench_merge.py [--sizes N ...] [--repeat N] [--seed N]

The reports are generated (seeded, so every run sees the same ones): a pool of about N/20
people (a few of them in most of the news) and 50 states and organisations; happenings of
seven types over ten years, each told by 1 to 6 articles that disagree a little (a date a day
off, a month or a year instead of a day, a role worded differently, a participant or a place
left out); and look-alikes, the same participants again weeks or months later. Articles carry
1 to 3 reports, the first their main one; most articles belong to the story of their main
happening. Sentences come from the ECB+ texts in ../shared when they are there (read, never
written anywhere), else they are made up.

Merging is timed as ``merge.run`` does it once the reports are read: ``Merger.add`` for every
report, then ``combine`` (with its fallback date) for every merged event, the collector paused;
placing and combining are also shown apart. The reports are the ``Event`` records the store
hands back. Beside it, two plain passes over the same reports: serialising each as the store
keeps it (``export_row``, then JSON), and computing each one's participant keys. Every time
is the best of ``--repeat`` runs (ten times as many at 1k, where a run takes milliseconds).
Growth is given per doubling of the input, ``(t(10N)/t(N)) ** (1/log2(10))``: 2.0 is linear;
the target is at most 2.2. The merged events are compared with the happenings generated
(they should be close). The 100k result is then written to a temporary store and a pair
timeline of the two people who share the most events read from it (target: under 200 ms),
beside reading every merged event. All of it runs in this one process, pinned to one core;
results are printed and written to bench/results/merge.json and merge.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import random
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, combinations
from pathlib import Path
from typing import Literal, TypeVar

from common import SHARED, best_of, pin_one_core, save
from rich.table import Table

from storyline.merge.assign import Merger, paused_gc
from storyline.merge.combine import DocInfo, combine
from storyline.merge.events import actor_keys
from storyline.merge.run import actor_names, fallback_date
from storyline.records import (
    Actor,
    DateBasis,
    Event,
    EventDate,
    Evidence,
    MergedEvent,
    Place,
    Precision,
    Statement,
)
from storyline.store import Writer, open_store
from storyline.timeline.load import timeline_events
from storyline.timeline.select import Filter

ECB = SHARED / "bench" / "ecbplus" / "dev" / "docs"
PER_DOUBLING_TARGET = 2.2
PAIR_TARGET_MS = 200.0

STATES = (
    "Iraq", "Iran", "Turkey", "Syria", "Jordan", "Egypt", "Saudi Arabia", "Qatar", "Kuwait",
    "United States", "United Kingdom", "France", "Germany", "Italy", "Spain", "Poland",
    "Ukraine", "Russia", "China", "Japan", "India", "Pakistan", "Brazil", "Canada", "Australia",
    "Norway", "Sweden", "Netherlands", "Belgium", "Greece", "Israel", "Lebanon", "Oman",
    "Morocco", "Tunisia",
)  # fmt: skip
ORGS = (
    "NATO", "United Nations", "European Union", "African Union", "Arab League", "World Bank",
    "International Monetary Fund", "World Health Organization", "Red Cross", "OPEC",
    "UNICEF", "UNHCR", "OSCE", "ASEAN", "Gulf Cooperation Council",
)  # fmt: skip
GIVEN = (
    "Anna", "Omar", "Lena", "Karim", "Sofia", "Jonas", "Leila", "Marco", "Ines", "Tariq",
    "Nadia", "Pavel", "Yusuf", "Clara", "Hamid", "Elena", "Samir", "Mira", "Rafael", "Zainab",
)  # fmt: skip
SYLLABLES = (
    "ka", "ro", "mi", "ten", "bar", "lu", "sa", "dor", "vi", "nel", "qa", "zu", "hal", "fe",
    "ri", "mon", "ta", "ber", "go", "lin", "pe", "sur", "da", "vek",
)  # fmt: skip
ROLES = {
    "Foreign Minister": ("foreign minister", "Minister of Foreign Affairs"),
    "Prime Minister": ("prime minister", "Premier"),
    "President": ("president", "Head of State"),
    "Defence Minister": ("Defense Minister", "Minister of Defence"),
    "Ambassador": ("ambassador", "Envoy"),
    "Special Envoy": ("special envoy", "Special Representative"),
    "Finance Minister": ("finance minister", "Minister of Finance"),
    "Secretary General": ("Secretary-General", "Head"),
}
"""Each role with the wordings reporters also use (a case or hyphen variant, a real rewording)."""
TYPES = {
    "meet": ("CONSULT", None),
    "call": ("CONSULT", "phone"),
    "visit": ("CONSULT", "visit"),
    "agree": ("AGREE", None),
    "request": ("REQUEST", None),
    "statement": (None, None),
    "launch": ("COOPERATE", None),
}
TYPE_WEIGHTS = (30, 12, 12, 12, 12, 14, 8)
VERBS = {
    "meet": "met",
    "call": "spoke by phone with",
    "visit": "visited",
    "agree": "agreed with",
    "request": "asked",
    "statement": "issued a statement with",
    "launch": "launched a programme with",
}
CITIES = (
    ("Baghdad", "IQ", 33.31, 44.37), ("Ankara", "TR", 39.93, 32.86),
    ("Brussels", "BE", 50.85, 4.35), ("Geneva", "CH", 46.2, 6.14),
    ("New York", "US", 40.71, -74.01), ("Paris", "FR", 48.86, 2.35),
    ("Berlin", "DE", 52.52, 13.4), ("Doha", "QA", 25.29, 51.53),
    ("Cairo", "EG", 30.04, 31.24), ("Amman", "JO", 31.95, 35.93),
    ("Tokyo", "JP", 35.68, 139.69), ("Warsaw", "PL", 52.23, 21.01),
)  # fmt: skip
TOPICS = (
    "security", "energy", "trade", "refugees", "elections", "oil", "water", "health",
    "reconstruction", "sanctions", "border", "investment", "climate", "education", "defence",
)  # fmt: skip
OUTLETS = tuple(f"outlet{n:02d}.example" for n in range(40))
BASES: tuple[DateBasis, ...] = ("explicit", "relative", "publication")
PRECISIONS: tuple[Precision, ...] = ("day", "month", "year")
FIRST_DAY = dt.date(2015, 1, 1)
DAYS = 3652
"""Ten years of happenings."""

T = TypeVar("T")
Placement = tuple[Event, str | None, bool]
"""A report with the story of its article and whether it is the article's main report."""
Member = tuple[str, str, str, str | None, bool]


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    org: str
    contacts: tuple[int, ...]


@dataclass(frozen=True)
class Happening:
    """One real-world event that the generated articles report."""

    type: str
    day: dt.date
    actors: tuple[Actor, ...]
    city: tuple[str, str, float, float] | None
    topics: tuple[str, ...]
    story: str


@dataclass(frozen=True)
class Corpus:
    """Generated reports in the order they are placed, with what ``combine`` needs."""

    placements: list[Placement]
    docs: dict[str, DocInfo]
    happenings: int

    @property
    def events(self) -> list[Event]:
        return [event for event, _, _ in self.placements]


# --- generating reports --------------------------------------------------------------------


def sentences() -> list[str]:
    """Sentence-like lines of the ECB+ texts, kept in memory only (empty when absent)."""
    if not ECB.is_dir():
        return []
    found = []
    for path in sorted(ECB.glob("*.txt")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        found += [line for line in lines[1:] if 60 <= len(line) <= 300]
    return found


def zipf(rng: random.Random, items: Sequence[T]) -> T:
    """An item drawn with weight 1/rank**0.8: a few are in most of the news."""
    return rng.choices(items, cum_weights=_cumulative(len(items)))[0]


@lru_cache
def _cumulative(count: int) -> tuple[float, ...]:
    return tuple(accumulate(1 / (rank + 1) ** 0.8 for rank in range(count)))


def people(rng: random.Random, count: int) -> list[Person]:
    """``count`` people with distinct surnames, each with a role, a state and contacts."""
    surnames: dict[str, None] = {}
    while len(surnames) < count:
        surname = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        surnames[surname.capitalize()] = None
    bodies = STATES + ORGS
    return [
        Person(
            f"{rng.choice(GIVEN)} {surname}",
            rng.choice(list(ROLES)),
            zipf(rng, bodies),
            tuple(rng.randrange(count) for _ in range(8)),
        )
        for surname in surnames
    ]


def person_actor(person: Person) -> Actor:
    return Actor(person.name, "person", person.role, person.org)


def body_actor(name: str) -> Actor:
    return Actor(name, "org" if name in ORGS else "state")


def participants(rng: random.Random, pool: list[Person], ranks: list[int]) -> tuple[Actor, ...]:
    """1 to 4 participants: a person (mostly a frequent one), often one of their contacts,
    then states or organisations."""
    first = pool[zipf(rng, ranks)]
    found = {first.name: person_actor(first)}
    wanted = rng.choices((1, 2, 3, 4), weights=(15, 50, 25, 10))[0]
    while len(found) < wanted:
        if len(found) == 1 and rng.random() < 0.7:
            actor = person_actor(pool[zipf(rng, first.contacts)])
        elif rng.random() < 0.6:
            actor = body_actor(zipf(rng, STATES + ORGS))
        else:
            actor = person_actor(rng.choice(pool))
        found.setdefault(actor.name, actor)
    return tuple(found.values())


def happenings(rng: random.Random, reports: int, pool: list[Person]) -> list[Happening]:
    """Happenings enough for ``reports`` reports; some repeat an earlier one's participants
    and type weeks or months later (look-alikes that must stay apart)."""
    ranks = list(range(len(pool)))
    found: list[Happening] = []
    total = 0
    while total < reports:
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        kind = rng.choices(list(TYPES), weights=TYPE_WEIGHTS)[0]
        actors = participants(rng, pool, ranks)
        if found and rng.random() < 0.2:
            earlier = rng.choice(found)
            shift = rng.choice((1, -1)) * rng.randint(8, 240)
            kind, actors = earlier.type, earlier.actors
            day = min(max(earlier.day + dt.timedelta(days=shift), FIRST_DAY), _last_day())
        city = rng.choice(CITIES) if kind != "call" and rng.random() < 0.8 else None
        topics = tuple(rng.sample(TOPICS, rng.randint(1, 3)))
        found.append(Happening(kind, day, actors, city, topics, f"s{len(found):06d}"))
        total += rng.randint(1, 6)
    return found


def _last_day() -> dt.date:
    return FIRST_DAY + dt.timedelta(days=DAYS - 1)


def slots(rng: random.Random, told: list[Happening], reports: int) -> list[list[Happening]]:
    """Articles as lists of happenings (main first): 1 to 6 reports of each happening, packed
    1 to 3 to an article with happenings close in time; exactly ``reports`` in all."""
    tellings = [h for h in told for _ in range(rng.randint(1, 6))][:reports]
    while len(tellings) < reports:
        tellings.append(rng.choice(told))
    tellings.sort(key=lambda h: h.day + dt.timedelta(days=rng.randint(0, 20)))
    articles: list[list[Happening]] = []
    room = 0
    for happening in tellings:
        if articles and len(articles[-1]) < room and all(h is not happening for h in articles[-1]):
            articles[-1].append(happening)
        else:
            articles.append([happening])
            room = rng.choices((1, 2, 3), weights=(60, 30, 10))[0]
    rng.shuffle(articles)
    return articles


def corpus(size: int, seed: int, texts: list[str]) -> Corpus:
    """``size`` generated reports (see the module docstring), the same for the same seed."""
    rng = random.Random(seed)
    pool = people(rng, max(size // 20, 50))
    told = happenings(rng, size, pool)
    placements: list[Placement] = []
    docs: dict[str, DocInfo] = {}
    for number, article in enumerate(slots(rng, told, size)):
        doc = f"doc{number:07d}.txt"
        doc_id = hashlib.sha1(f"{seed}:{doc}".encode()).hexdigest()
        published = max(h.day for h in article) + dt.timedelta(days=rng.randint(0, 2))
        info = DocInfo(doc, doc_id, rng.choice(OUTLETS), published.isoformat())
        docs[doc_id] = info
        in_story = rng.random() < 0.7
        for position, happening in enumerate(article):
            event = report(rng, happening, info, position, texts)
            main = position == 0
            placements.append((event, happening.story if main and in_story else None, main))
    return Corpus(placements, docs, len(told))


def report(
    rng: random.Random, happening: Happening, info: DocInfo, position: int, texts: list[str]
) -> Event:
    """One article's report of ``happening``, a little off here and there."""
    kind = happening.type
    if kind in ("meet", "visit", "call") and rng.random() < 0.15:
        kind = rng.choice(("meet", "visit", "call"))
    actors = [varied(rng, a, happening, n) for n, a in enumerate(happening.actors)]
    if len(actors) >= 3 and rng.random() < 0.25:
        actors.pop(rng.randrange(2, len(actors)))
    summary = summarise(kind, actors, happening.city)
    sentence = rng.choice(texts) if texts else summary
    event_id = hashlib.sha1(f"{info.doc_id}:{position}".encode()).hexdigest()[:16]
    return Event(
        id=event_id,
        type=kind,
        plover=TYPES[kind][0],
        mode=TYPES[kind][1],
        date=dating(rng, happening.day),
        location=place(rng, happening.city),
        actors=tuple(actors),
        topics=tuple(t for t in happening.topics if rng.random() < 0.8),
        summary=summary,
        statements=statements(rng, actors, texts, info.doc),
        background=False,
        sources=(evidence(rng, info, sentence),),
    )


def varied(rng: random.Random, actor: Actor, happening: Happening, position: int) -> Actor:
    """A participant as one report gives it: the role sometimes worded otherwise or left out."""
    role = actor.role
    if role is not None and rng.random() < 0.15:
        role = rng.choice(ROLES[role])
    elif role is not None and rng.random() < 0.1:
        role = None
    side: Literal["source", "target"] | None = None
    if happening.type == "request" and position < 2:
        side = "source" if position == 0 else "target"
    return replace(actor, role=role, side=side)


def dating(rng: random.Random, day: dt.date) -> EventDate:
    """The date a report gives: mostly the day, stated or relative, sometimes a day off;
    sometimes only the month or year; sometimes the publication day; rarely none."""
    if rng.random() < 0.03:
        return EventDate(None, None, None)
    basis = rng.choices(BASES, weights=(50, 30, 20))[0]
    if basis == "publication":
        shown = day + dt.timedelta(days=rng.randint(0, 2))
        return EventDate(shown.isoformat(), "day", basis)
    precision = rng.choices(PRECISIONS, weights=(80, 15, 5))[0]
    if precision == "day" and rng.random() < 0.08:
        day += dt.timedelta(days=rng.choice((-1, 1)))
    value = day.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]
    return EventDate(value, precision, basis)


def place(rng: random.Random, city: tuple[str, str, float, float] | None) -> Place | None:
    if city is None or rng.random() < 0.3:
        return None
    if rng.random() < 0.05:
        city = rng.choice(CITIES)
    name, country, lat, lon = city
    return Place(name, country, lat, lon)


def summarise(kind: str, actors: list[Actor], city: tuple[str, str, float, float] | None) -> str:
    others = " and ".join(a.name for a in actors[1:]) or "partners"
    where = f" in {city[0]}" if city else ""
    return f"{actors[0].name} {VERBS[kind]} {others}{where}."


def statements(
    rng: random.Random, actors: list[Actor], texts: list[str], doc: str
) -> tuple[Statement, ...]:
    if rng.random() >= 0.2:
        return ()
    quote = rng.choice(texts) if texts else f"We discussed {rng.choice(TOPICS)}."
    return (Statement(actors[0].name, quote, doc),)


def evidence(rng: random.Random, info: DocInfo, sentence: str) -> Evidence:
    start = rng.randint(0, 4000)
    return Evidence(info.doc, info.doc_id, sentence, start, start + len(sentence), info.published)


# --- what is timed -------------------------------------------------------------------------


@dataclass(frozen=True)
class Merged:
    events: list[MergedEvent]
    members: list[Member]
    placing: float = 0.0
    """Seconds spent placing (the rest of the run is combining)."""


def merge(data: Corpus) -> Merged:
    """What ``merge.run`` does once the reports are read: place each, combine each event."""
    merger = Merger()
    members: list[Member] = []
    with paused_gc():
        start = time.perf_counter()
        for event, story, main in data.placements:
            merged_id = merger.add(event, story=story, main=main)
            members.append((event.id, merged_id, event.sources[0].doc_id, story, main))
        placing = time.perf_counter() - start
        events = [
            combine(
                merged_id,
                merger.members[merged_id],
                data.docs,
                {},
                fallback=fallback_date(merger, merged_id),
            )
            for merged_id in sorted(merger.touched)
        ]
    return Merged(events, members, placing)


def serialise(events: list[Event]) -> None:
    for event in events:
        json.dumps(event.export_row(), ensure_ascii=False)


def keys(events: list[Event]) -> None:
    for event in events:
        actor_keys(event)


def timed(repeat: int, work: Callable[[], T]) -> tuple[float, T]:
    """Like ``best_of``, but also hands back what the fastest run returned."""
    best: tuple[float, T] | None = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        elapsed = time.perf_counter() - start
        if best is None or elapsed < best[0]:
            best = (elapsed, result)
    assert best is not None, "repeat must be at least 1"
    return best


def write_store(path: Path, result: Merged) -> None:
    """The merged events, members and participants' folded names, as ``merge.run`` writes."""
    with open_store(path), Writer(path) as writer:
        writer.put_merged(result.events, result.members, actor_names(result.events))


def surnames(pair: tuple[str, str]) -> str:
    return " / ".join(name.split()[-1] for name in pair)


def frequent_pair(events: list[MergedEvent]) -> tuple[tuple[str, str], int]:
    """The two people who share the most merged events, and how many they share."""
    pairs: Counter[tuple[str, str]] = Counter()
    for event in events:
        persons = sorted({a.name for a in event.actors if a.kind == "person"})
        pairs.update(combinations(persons, 2))
    return pairs.most_common(1)[0]


# --- running and reporting -----------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One row of the results table."""

    task: str
    size: int
    inputs: int
    outputs: int | None
    seconds: float
    runs: int
    baseline: float | None = None
    per_doubling: float | None = None
    rate: bool = True
    """Whether inputs per second means anything (not for a query that reads few of them)."""


def scale(args: argparse.Namespace, texts: list[str]) -> tuple[list[Line], Merged, int]:
    """Merge at every size beside the two plain passes; the biggest result is handed back."""
    lines: list[Line] = []
    previous: dict[str, tuple[int, float]] = {}
    result = Merged([], [])
    for size in args.sizes:
        data = corpus(size, args.seed, texts)
        events = data.events
        # Small inputs run in milliseconds, where one disturbed run is a big error: more runs.
        runs = args.repeat * max(1, 10_000 // size)
        json_s = best_of(runs, lambda events=events: serialise(events))
        keys_s = best_of(runs, lambda events=events: keys(events))
        merge_s, result = timed(runs, lambda data=data: merge(data))
        for task, seconds, out in (
            ("export_row + json.dumps (baseline)", json_s, None),
            ("actor_keys of every report", keys_s, None),
            ("merge: Merger.add + combine", merge_s, len(result.events)),
            ("  of which placing (Merger.add)", result.placing, None),
            ("  of which combining", merge_s - result.placing, None),
        ):
            growth = doubling(previous.get(task), size, seconds)
            lines.append(Line(task, size, size, out, seconds, runs, json_s, growth))
            previous[task] = (size, seconds)
        lines.append(Line("  (happenings generated)", size, size, data.happenings, 0.0, 0))
    return lines, result, args.sizes[-1]


def doubling(before: tuple[int, float] | None, size: int, seconds: float) -> float | None:
    """Time growth per doubling of the input since the previous size (2.0 is linear)."""
    if before is None:
        return None
    return float((seconds / before[1]) ** (1 / math.log2(size / before[0])))


def timeline(result: Merged, size: int, repeat: int) -> tuple[list[Line], dict[str, object]]:
    """A pair timeline and every merged event, read from a store holding ``result``; with the
    pair and how many merged events have both (what the timeline should show)."""
    pair, together = frequent_pair(result.events)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        write_s, _ = timed(1, lambda: write_store(path, result))
        with open_store(path) as store:
            flt = Filter(pair=pair)
            timeline_events(store, flt), store.merged()  # warm the page cache and the tables
            pair_s, shown = timed(repeat, lambda: timeline_events(store, flt))
            all_s, every = timed(repeat, store.merged)
    stored = len(result.events)
    lines = [
        Line("write merged events to SQLite", size, stored, stored, write_s, 1),
        Line("store.merged(): all (baseline)", size, stored, len(every), all_s, repeat),
        Line(
            f"pair timeline: {surnames(pair)}", size, stored, len(shown), pair_s, repeat, rate=False
        ),
    ]
    return lines, {"pair": list(pair), "pair_events_together": together, "shown": len(shown)}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    pin_one_core()
    texts = sentences()
    warm = corpus(500, args.seed + 1, texts)
    serialise(warm.events), keys(warm.events), merge(warm)  # warm caches before timing
    lines, result, size = scale(args, texts)
    more, pair = timeline(result, size, repeat=5)
    report_lines(lines + more, "ECB+ sentences" if texts else "made-up sentences", pair)


def report_lines(lines: list[Line], source: str, pair: dict[str, object]) -> None:
    growth = max(ln.per_doubling or 0.0 for ln in lines if ln.task.startswith("merge"))
    pair_ms = next(ln.seconds * 1000 for ln in lines if ln.task.startswith("pair timeline"))
    linear, quick = growth <= PER_DOUBLING_TARGET, pair_ms < PAIR_TARGET_MS
    verdict = (
        f"merge growth per doubling {growth:.3f} (target ≤ {PER_DOUBLING_TARGET}): "
        f"{'pass' if linear else 'MISS'}; pair timeline {pair_ms:.0f} ms "
        f"(target < {PAIR_TARGET_MS:.0f} ms): {'pass' if quick else 'MISS'}"
    )
    table = Table(
        "task",
        "size",
        "in",
        "out",
        "time",
        "runs",
        "in/s",
        "× json",
        "per doubling",
        title=f"merge benchmark (1 core, generated reports, {source})",
        caption=verdict,
    )
    rows = [table_row(table, ln) for ln in lines]
    save(
        "merge",
        table,
        rows,
        verdict=verdict,
        growth_per_doubling=round(growth, 3),
        growth_target=PER_DOUBLING_TARGET,
        pair_timeline_ms=round(pair_ms, 2),
        pair_target_ms=PAIR_TARGET_MS,
        pair_timeline=pair,
        sentences=source,
    )


def table_row(table: Table, ln: Line) -> dict[str, object]:
    if ln.runs == 0:
        table.add_row(ln.task, f"{ln.size:,}", "", f"{ln.outputs:,}", "", "", "", "", "")
        return {"task": ln.task.strip(), "size": ln.size, "happenings": ln.outputs}
    shown = f"{ln.seconds:.3f} s" if ln.seconds >= 1 else f"{ln.seconds * 1000:.1f} ms"
    times = ln.seconds / ln.baseline if ln.baseline else None
    table.add_row(
        ln.task,
        f"{ln.size:,}",
        f"{ln.inputs:,}",
        "" if ln.outputs is None else f"{ln.outputs:,}",
        shown,
        str(ln.runs),
        f"{ln.inputs / ln.seconds:,.0f}" if ln.rate else "",
        "" if times is None else f"{times:.1f}",
        "" if ln.per_doubling is None else f"{ln.per_doubling:.2f}",
    )
    return {
        "task": ln.task,
        "size": ln.size,
        "inputs": ln.inputs,
        "outputs": ln.outputs,
        "seconds": round(ln.seconds, 5),
        "runs": ln.runs,
        "inputs_per_s": round(ln.inputs / ln.seconds, 1) if ln.rate else None,
        "times_json": None if times is None else round(times, 2),
        "per_doubling": None if ln.per_doubling is None else round(ln.per_doubling, 3),
    }


if __name__ == "__main__":
    main()
