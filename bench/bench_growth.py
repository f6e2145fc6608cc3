"""Benchmark: adding the same ~1,000 real documents, end to end, to an empty store and to a
store that already holds tens of thousands.

    python bench/bench_growth.py [--sizes N ...] [--seed N] [--inputs PATH ...]

"Time per 1,000 new documents added to a store of 50k: no more than 1.2× the time for the
first 1,000" (issue 12), measured as a user adds them: ``storyline ingest`` of the real texts of
``../shared`` (ECB+ dev, realnews dev, the page dumps: 963 documents) with ``--workers 1``:
reading, cleaning, parsing, reading events and merging them into what the store holds. For
each size the store is first filled with that many generated articles and their events
(``bench_scale.py``'s: people, states and organisations of the news over 2015-2024, so the
real reports find candidates to merge with), merged, and the offices its reports name learned
and kept as an ingest leaves them (not timed); then the real documents
are ingested and the command's CPU time is taken (it runs pinned to one core, as this process
is). The empty store is measured first and again last, and the better of the two is the
baseline: the same work on the same machine in the same run. Results are printed and written
to bench/results/growth.json and growth.md; ``bench_scale.py`` times the merge step alone.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_merge import sentences
from bench_scale import documents, write
from common import SHARED, pin_one_core, save
from rich.table import Table

from storyline.actors import Tenure
from storyline.config import Settings
from storyline.events.run import EXTRACTOR_VERSION, settings_key
from storyline.merge import run
from storyline.store import Writer, open_store

GROWTH_TARGET = 1.2
"""The time to add the documents to the largest store, over the time to add them to none."""
INPUTS = (
    SHARED / "bench" / "ecbplus" / "dev" / "docs",
    SHARED / "bench" / "realnews" / "dev" / "docs.jsonl",
    SHARED / "bench" / "pagedump" / "dev" / "pages",
)


def children_cpu() -> float:
    """CPU seconds of this process's finished children (user + system)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def add_real(path: Path, inputs: list[Path]) -> tuple[float, float]:
    """``storyline ingest`` of the real documents into the store at ``path``, one worker:
    (CPU seconds, wall seconds) of the command."""
    command = [
        sys.executable,
        "-c",
        "import sys; from storyline.cli import main; sys.argv[0] = 'storyline'; main()",
        "ingest",
        *map(str, inputs),
        "--db",
        str(path),
        "--workers",
        "1",
        "-q",
    ]
    cpu, wall = children_cpu(), time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    cpu, wall = children_cpu() - cpu, time.perf_counter() - wall
    if done.returncode not in (0, 1):  # 1: some inputs rejected (three ECB+ texts), said so
        raise SystemExit(f"ingest failed ({done.returncode}): {done.stderr[-2000:]}")
    return cpu, wall


def learn_offices(path: Path) -> None:
    """Leave what the office table learned from the stored reports kept in the store, as each
    ``ingest`` leaves it (schema 15): the generated articles were written, not ingested. (A
    storyline before it learns from every report at each run, and keeps nothing.)"""
    try:
        from storyline.events.offices import learn_from_store
    except ImportError:
        return
    key = f"{EXTRACTOR_VERSION};{settings_key(None)}"
    with open_store(path) as store, Writer(path) as writer:
        learn_from_store(Tenure(), store, writer, key)


def count(path: Path, table: str) -> int:
    """Rows of ``table`` (a plain SELECT on the store file)."""
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def measure(size: int, seed: int, texts: list[str], inputs: list[Path]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "growth.db"
        open_store(path).close()
        if size:
            write(path, documents(size, seed, texts))
            run.merge(Settings(db=path))
            learn_offices(path)
        before = count(path, "documents")
        cpu, wall = add_real(path, inputs)
        row = {
            "store": size,
            "added": count(path, "documents") - before,
            "seconds": round(cpu, 2),
            "wall_s": round(wall, 2),
            "merged_events": count(path, "merged"),
        }
    print(row, flush=True)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[50_000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--inputs", type=Path, nargs="+", default=list(INPUTS))
    args = parser.parse_args()
    pin_one_core()
    texts = sentences()
    rows = [measure(0, args.seed, texts, args.inputs)]
    rows += [measure(size, args.seed, texts, args.inputs) for size in sorted(args.sizes)]
    rows.append(measure(0, args.seed, texts, args.inputs))
    report(rows)


def report(rows: list[dict[str, Any]]) -> None:
    empty = [r for r in rows if r["store"] == 0]
    first = min(r["seconds"] for r in empty)
    largest = max(rows, key=lambda r: r["store"])
    growth = largest["seconds"] / first
    verdict = (
        f"{largest['added']:,} real documents added end to end to {largest['store']:,}: "
        f"{growth:.2f}× the time to add them to an empty store (target ≤ {GROWTH_TARGET}): "
        f"{'pass' if growth <= GROWTH_TARGET else 'MISS'}"
    )
    table = Table(
        "store before",
        "documents added",
        "ingest (CPU)",
        "wall",
        "× empty (best)",
        "merged events after",
        title="adding ~1,000 real documents end to end (storyline ingest, 1 worker, 1 core)",
        caption=verdict,
    )
    for row in rows:
        table.add_row(
            f"{row['store']:,}",
            f"{row['added']:,}",
            f"{row['seconds']:.1f} s",
            f"{row['wall_s']:.1f} s",
            f"{row['seconds'] / first:.2f}",
            f"{row['merged_events']:,}",
        )
    save("growth", table, rows, verdict=verdict, growth=round(growth, 3), target=GROWTH_TARGET)


if __name__ == "__main__":
    main()
