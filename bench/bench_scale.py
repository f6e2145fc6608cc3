"""Benchmark: the time to merge 1,000 new documents into stores of growing size.

    python bench/bench_scale.py [--sizes N ...] [--batch N] [--seed N]

The store is written directly (no extractor: ingest reads about 11 documents a second, too
slow to fill a store of tens of thousands here): the generated reports of
``bench/bench_merge.py``, each article given a text made of its reports' summaries and ECB+
sentences (the articles of one happening share most of theirs, so that they tell one story),
stored as ``ingest`` stores an article and the events its extractor read. Articles arrive in
publication order, as news does. For each size, the store is first filled to that many
documents and merged in one run (not timed); then ``--batch`` more documents are written and
``merge.run.merge`` is timed on them: copies, stories, placing and combining, each also shown
apart. Beside it, in the same run, a plain read of the store: every per-article event's row
(``SELECT data FROM events``). Times are this process's CPU time: pinned to one core, it is
what the load of others on a shared machine inflates least (wall times are in the JSON too).
Memory is this process's resident set after the timed merge and its peak so far. Results are
printed and written to bench/results/scale.json and scale.md.
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench_merge import corpus, sentences
from common import pin_one_core, save, timed
from rich.table import Table

from storyline.config import Settings
from storyline.events.run import EXTRACTOR_VERSION, settings_key
from storyline.merge import run
from storyline.records import Article, Event, Field, Metadata
from storyline.store import Writer, open_store

GROWTH_TARGET = 1.2
"""The time for a batch at the largest size, over the time for the first batch."""
PHASES = {
    "copies": ("mark_copies",),
    "stories": ("group_new", "_group"),
    "placing + combining": ("_place", "_place_batch"),
    "names": ("_canonical", "_batch"),
}
"""Steps of ``merge.run.merge`` timed apart (the module's functions, wrapped while timing): a
full merge places with ``_place`` and names with ``_canonical``, an incremental one with
``_place_batch`` and ``_batch`` (which also reads where every earlier report went and what the
batch can reach); ``_group`` is story grouping's name in older code."""

Document = tuple[Article, list[Event]]


def documents(count: int, seed: int, texts: list[str]) -> list[Document]:
    """``count`` generated articles with their reports, in publication order."""
    data = corpus(int(count * 1.6), seed, texts)  # about 1.6 reports an article
    reports: dict[str, list[Event]] = defaultdict(list)
    for event, _, _ in data.placements:
        reports[event.sources[0].doc_id].append(event)
    rng = random.Random(seed)
    found = []
    for doc_id, events in reports.items():
        info = data.docs[doc_id]
        main = events[0]
        told = random.Random("|".join(sorted(a.name for a in main.actors)) + main.type)
        own = [told.choice(texts) for _ in range(4)] if texts else [main.summary] * 4
        extra = rng.choice(texts) if texts else ""
        body = " ".join([e.summary for e in events] + rng.sample(own, 3) + [extra])
        meta = Metadata(
            title=Field(main.summary, "text"),
            published=Field(info.published, "dateline"),
            outlet=Field(info.outlet, "text"),
            lang=Field("en", "text"),
        )
        raw = body.encode()
        found.append(
            (Article(doc_id, info.doc, f"{info.doc}.txt", "pagedump", body, meta, raw), events)
        )
    found.sort(key=lambda pair: (pair[0].meta.published.value or "", pair[0].id))
    if len(found) < count:
        raise SystemExit(f"generated {len(found)} documents, fewer than {count}")
    return found[:count]


def write(path: Path, docs: list[Document]) -> None:
    """Store the articles and their reports as ``ingest`` does (nothing merged yet)."""
    key = settings_key(None)
    with Writer(path) as writer:
        for article, events in docs:
            writer.put_article(article)
            writer.put_events(article.id, events, version=EXTRACTOR_VERSION, settings=key)


@contextmanager
def phases(spent: dict[str, float]) -> Iterator[None]:
    """Time the steps of :data:`PHASES` while inside (added up into ``spent``)."""
    # an older storyline (its src first on PYTHONPATH) may lack the incremental steps
    originals = {a: getattr(run, a) for attrs in PHASES.values() for a in attrs if hasattr(run, a)}

    def timed(name: str, work: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return work(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - start

        return wrapper

    for name, attrs in PHASES.items():
        for attr in attrs:
            if attr in originals:
                setattr(run, attr, timed(name, originals[attr]))
    try:
        yield
    finally:
        for attr, work in originals.items():
            setattr(run, attr, work)


def read_events(path: Path) -> None:
    """The baseline: every per-article event's row, read once."""
    with sqlite3.connect(path) as conn:
        for _ in conn.execute("SELECT data FROM events"):
            pass


def rss_mb() -> tuple[float, float]:
    """This process's resident set now and at its peak, in MB."""
    with open("/proc/self/statm") as statm:
        now = int(statm.read().split()[1]) * resource.getpagesize()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return now / 1e6, peak / 1e6


def measure(path: Path, docs: list[Document], sizes: list[int], batch: int) -> list[dict[str, Any]]:
    """For each size: fill the store to it, then time merging ``batch`` more documents."""
    settings = Settings(db=path)
    rows = []
    stored = 0
    for size in sizes:
        if size > stored:
            write(path, docs[stored:size])
            run.merge(settings)
        new = docs[max(size, stored) : max(size, stored) + batch]
        write(path, new)
        spent: dict[str, float] = {}
        with phases(spent):
            wall, cpu = time.perf_counter(), time.process_time()
            result = run.merge(settings)
            seconds, wall = time.process_time() - cpu, time.perf_counter() - wall
        stored = max(size, stored) + batch
        baseline = min(timed(lambda: read_events(path)).cpu for _ in range(3))
        now, peak = rss_mb()
        rows.append(
            {
                "store": size,
                "new": len(new),
                "seconds": round(seconds, 3),
                "wall_s": round(wall, 3),
                "phases": {k: round(v, 3) for k, v in spent.items()},
                "merged_events": result.events,
                "baseline_s": round(baseline, 4),
                "rss_mb": round(now),
                "peak_rss_mb": round(peak),
            }
        )
        print(rows[-1], flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 2_000, 4_000, 8_000])
    parser.add_argument("--batch", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    pin_one_core()
    texts = sentences()
    docs = documents(max(args.sizes) + args.batch, args.seed, texts)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "scale.db"
        open_store(path).close()
        rows = measure(path, docs, sorted(args.sizes), args.batch)
    report(rows, args.batch, "ECB+ sentences" if texts else "made-up sentences")


def report(rows: list[dict[str, Any]], batch: int, source: str) -> None:
    first = rows[0]["seconds"]
    growth = rows[-1]["seconds"] / first
    verdict = (
        f"{batch:,} new documents into {rows[-1]['store']:,}: {growth:.2f}× the time into "
        f"{rows[0]['store']:,} (target ≤ {GROWTH_TARGET}): "
        f"{'pass' if growth <= GROWTH_TARGET else 'MISS'}"
    )
    names = list(PHASES)
    table = Table(
        "store",
        "new",
        "merge (CPU)",
        "× first",
        *names,
        "other",
        "read events (baseline)",
        "RSS",
        "peak RSS",
        title=f"merging a batch into a growing store (1 core, generated documents, {source})",
        caption=verdict,
    )
    for row in rows:
        spent = [row["phases"].get(name, 0.0) for name in names]
        table.add_row(
            f"{row['store']:,}",
            f"{row['new']:,}",
            f"{row['seconds']:.2f} s",
            f"{row['seconds'] / first:.2f}",
            *(f"{s:.2f} s" for s in spent),
            f"{row['seconds'] - sum(spent):.2f} s",
            f"{row['baseline_s'] * 1000:.0f} ms",
            f"{row['rss_mb']:,} MB",
            f"{row['peak_rss_mb']:,} MB",
        )
    save("scale", table, rows, verdict=verdict, growth=round(growth, 3), target=GROWTH_TARGET)


if __name__ == "__main__":
    main()
