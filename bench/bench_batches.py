"""Benchmark: the time of a batch of new documents added to a store of N, against the same batch
added to an empty store (issue 12: merging stays incremental).

    python bench/bench_batches.py [--store N] [--batch N] [--workers N] [--name NAME]

The records are :mod:`bench_workers`'s (``--store`` + ``--batch`` of them, published 100 a day).
The first ``--store`` are ingested into a store by one `storyline ingest --workers N` command
(events on, untimed); then the last ``--batch`` records are ingested into that store, and into
an empty one, each by one timed command: storing, copies, events and merging of the batch, as a
user adding a day's articles runs it. The command's log tells how long its stages took. The
table gives both runs' seconds and their ratio; the issue asks at most :data:`TARGET` for a
store of 50,000 (a smaller store shows the trend). Written to bench/results/NAME.md and
NAME.json (``--name``, default ``batches-`` and the store in thousands).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_workers import write_corpus
from common import ROOT, save
from rich.table import Table

TARGET = 1.2
"""Most the batch may take in the store, as a multiple of its time in an empty store."""


def ingest(corpus: Path, db: Path, workers: int) -> float:
    """Wall seconds of one `storyline ingest --workers N -q` command."""
    env = {**os.environ, "STORYLINE_WORKERS": str(workers), "PYTHONPATH": str(ROOT / "src")}
    env["STORYLINE_ENGINE"] = "processes"
    code = "from storyline.cli import main; main()"
    args = [sys.executable, "-c", code, "ingest", str(corpus), "--db", str(db), "-q"]
    start = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"ingest failed:\n{done.stderr}")
    return time.perf_counter() - start


def split(corpus: Path, first: int, folder: Path) -> tuple[Path, Path]:
    """The corpus's first ``first`` records, and the others, as two files."""
    lines = corpus.read_text("utf-8").splitlines(keepends=True)
    head, tail = folder / "store.jsonl", folder / "batch.jsonl"
    head.write_text("".join(lines[:first]), "utf-8")
    tail.write_text("".join(lines[first:]), "utf-8")
    return head, tail


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--store", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=1_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--name", help="results file name (default: batches-<store/1000>k)")
    args = parser.parse_args()
    name = args.name or f"batches-{args.store // 1000}k"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = write_corpus(folder, args.store + args.batch)
        head, batch = split(corpus, args.store, folder)
        ingest(head, folder / "store.db", args.workers)
        into_store = ingest(batch, folder / "store.db", args.workers)
        into_empty = ingest(batch, folder / "empty.db", args.workers)
    ratio = into_store / into_empty
    rows = [
        {"store": 0, "batch": args.batch, "seconds": round(into_empty, 1)},
        {"store": args.store, "batch": args.batch, "seconds": round(into_store, 1)},
    ]
    command = f"`storyline ingest --workers {args.workers}`"
    table = Table(title=f"{args.batch:,} new records by {command}, into a store and an empty one")
    for column in ("store before", "batch", "seconds", "× empty store"):
        table.add_column(column, justify="right")
    for row in rows:
        times = float(str(row["seconds"])) / into_empty
        table.add_row(f"{row['store']:,}", f"{row['batch']:,}", str(row["seconds"]), f"{times:.2f}")
    load = [round(x, 2) for x in os.getloadavg()]
    verdict = "yes" if ratio <= TARGET else "NO"
    table.caption = (
        f"at most {TARGET}× the empty store's time: {verdict} ({ratio:.2f}×); "
        f"{os.cpu_count()} cores; load average when done {load} (shared machine)"
    )
    save(name, table, rows, ratio=round(ratio, 3), target=TARGET, load_average_at_end=load)


if __name__ == "__main__":
    main()
