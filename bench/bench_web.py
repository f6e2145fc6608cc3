"""Benchmark: the web app's timeline over a store of 100,000 merged events.

    python bench/bench_web.py [--events N] [--repeat N] [--seed N]

The events are generated (seeded) and written straight into a temporary store, as the merge
stage writes them: dates over ten years at day, month and year precision and some undated,
the sixteen PLOVER types and uncoded ones, a pool of 400 people and 50 states and
organisations, 20 outlets, one short article of invented words per 100 events (so that the
language and full-text filters join documents). Each request is answered in-process by the
app (FastAPI's TestClient: no network), best of ``--repeat``; the target is under 0.5 s for
every page of the timeline API. A download of every event streams them a thousand at a time.
Results go to bench/results/web.json and web.md.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from common import best_of, pin_one_core, save
from rich.table import Table

from storyline.actors.names import fold
from storyline.records import (
    Actor,
    Article,
    EventDate,
    Field,
    MergedEvent,
    Metadata,
    Source,
    content_id,
)
from storyline.store import Writer
from storyline.timeline.colours import PLOVER_COLOURS

PLOVERS = [*PLOVER_COLOURS, None]
WORDS = [
    "talks",
    "training",
    "mission",
    "council",
    "border",
    "harbour",
    "envoy",
    "budget",
    "militia",
    "ceasefire",
]


def generate(count: int, seed: int) -> tuple[list[Article], list[MergedEvent]]:
    """``count`` merged events over ``count // 100 + 1`` articles."""
    rng = random.Random(seed)
    people = [f"Person{n} Name{n % 37}" for n in range(400)]
    bodies = [f"Body {n}" for n in range(50)]
    outlets = [f"Outlet {n}" for n in range(20)]
    articles = []
    for n in range(count // 100 + 1):
        text = " ".join(rng.choice(WORDS) for _ in range(40)) + f" article{n}."
        raw = text.encode()
        meta = Metadata(
            lang=Field("en" if n % 5 else "fr", "text"), outlet=Field(outlets[n % 20], "byline")
        )
        articles.append(
            Article(content_id(raw), f"doc{n}", f"doc{n}.txt", "pagedump", text, meta, raw)
        )
    events = []
    for n in range(count):
        day = rng.randrange(3650)
        year, month, dom = 2015 + day // 365, day % 365 // 31 % 12 + 1, day % 28 + 1
        shape = rng.random()
        value = (
            None if shape < 0.03 else f"{year}" if shape < 0.08
            else f"{year}-{month:02d}" if shape < 0.2 else f"{year}-{month:02d}-{dom:02d}"
        )  # fmt: skip
        precision = None if value is None else {4: "year", 7: "month"}.get(len(value), "day")
        article = articles[n // 100]
        outlet = outlets[rng.randrange(20)]
        actors = (
            Actor(rng.choice(people), "person", "Minister", rng.choice(bodies), "source"),
            Actor(rng.choice(bodies), "org", side="target"),
        )
        sentence = article.text[:80]
        source = Source(article.doc, article.id, sentence, 0, len(sentence), None, outlet)
        plover = rng.choice(PLOVERS)
        events.append(
            MergedEvent(
                f"m{n:07d}", "meet", plover, None, EventDate(value, precision, "explicit"), None,
                actors, (), f"{actors[0].name} met {actors[1].name}.", (), False, (source,),
                (outlet,), 1, (), (f"e{n}",),
            )
        )  # fmt: skip
    return articles, events


def write(path: Path, articles: list[Article], events: list[MergedEvent]) -> None:
    with Writer(path) as writer:
        for article in articles:
            writer.put_article(article)
        members = [(e.members[0], e.id, e.sources[0].doc_id, None, True) for e in events]
        names = {
            e.id: {fold(a.name) for a in e.actors} | {fold(a.org) for a in e.actors if a.org}
            for e in events
        }
        writer.put_merged(events, members, names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    pin_one_core()
    from fastapi.testclient import TestClient

    from storyline.web import create_app

    articles, events = generate(args.events, args.seed)
    pages = -(-args.events // 50)
    requests = [
        ("first page", "/api/events"),
        ("last page", f"/api/events?page={pages}"),
        ("page 1,000 of 100 events", "/api/events?page=1000&limit=100"),
        ("PLOVER type", "/api/events?plover=CONSULT"),
        ("one month", "/api/events?from=2020-03&to=2020-03"),
        ("outlet + language", "/api/events?outlet=Outlet+3&lang=fr"),
        ("text query", "/api/events?q=ceasefire+article7"),
        ("actor (person)", "/api/events?actor=Person7+Name7"),
        ("pair", "/api/events?pair=Person7+Name7&pair=Body+3"),
        ("timeline page (HTML, chart)", "/"),
        ("timeline page, PLOVER + year", "/?plover=AGREE&from=2019&to=2019"),
        ("download, every event (JSON Lines)", "/export/events.jsonl"),
    ]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "web.db"
        start = time.perf_counter()
        write(db, articles, events)
        written = time.perf_counter() - start
        with TestClient(create_app(db)) as client:
            for name, url in requests:
                answer = client.get(url)
                assert answer.status_code == 200, (url, answer.text[:200])
                total = answer.json()["total"] if url.startswith("/api") else None
                if url.startswith("/export"):
                    total = answer.text.count("\n")
                seconds = best_of(args.repeat, lambda url=url: client.get(url))
                rows.append(
                    {"request": name, "url": url, "events": total, "seconds": round(seconds, 4)}
                )
    table = Table(
        title=f"web app over {args.events:,} merged events (store written in {written:.1f} s)"
    )
    for column in ("request", "url", "events selected", "seconds"):
        table.add_column(column)
    for row in rows:
        events_shown = "" if row["events"] is None else f"{row['events']:,}"
        table.add_row(str(row["request"]), f"`{row['url']}`", events_shown, f"{row['seconds']:.3f}")
    save("web", table, rows, events=args.events, seed=args.seed)


if __name__ == "__main__":
    main()
