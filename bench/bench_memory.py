"""Benchmark: the memory of `storyline ingest --workers N` over a long run, as documents go by.

    python bench/bench_memory.py [--docs N] [--workers N] [--name NAME]

The corpus is :mod:`bench_workers`'s (``--docs`` JSON Lines records of the dev sets' real
news prose, few of them copies of another: 1.4 % of 10,000), ingested by one `storyline
ingest --workers N -q` process, events on. Every :data:`SAMPLE_S` seconds the resident
memory of the command and of each process under it (its workers, multiprocessing's resource
tracker) is read from /proc, and a read-only SQLite connection counts the store's rows (a
few ms; a reader does not hold up the writer of a WAL store): the documents stored
(``documents``, rejections included), signed for copies (``signatures``) and read by the
event extractor (``analyses``). The command runs its stages one after the other, so the
samples fall into phases: **storing** (cleaning in the workers, each document written by the
command), **copies** (every stored document signed, in the command), **events** (parsing and
reading in the workers, events written by the command) and **merging** (in the command, the
workers stopped).

The table gives, for each tenth of the storing and events phases (by documents done) and for
the copies and merging phases whole: the documents done and the elapsed seconds at its end,
the median and the largest sum of resident memory over its samples, and the medians of the
command and of its workers apart (which one grows). Verdicts: **flat** when, in each of the
two long phases, the last tenth's median is within :data:`FLAT_TOLERANCE` of the median of
the middle tenths' (third to eighth) medians; **≤ 1.5 GB** when the largest sum of the whole
run is at most :data:`BUDGET_MB`. A phase that grows with the corpus as a whole (what every
document costs while the command holds them all) shows in a larger run's plateau, so compare
runs of different ``--docs`` too. The table is printed and written to bench/results/NAME.md,
with a series of the samples (their maxima per :data:`SERIES_S` seconds) in NAME.json
(``--name``, default ``memory-`` and the documents in thousands).
"""

from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench_workers import process_rss, write_corpus
from common import ROOT, save
from rich.table import Table

SAMPLE_S = 0.5
"""Seconds between samples of memory and of the store's counts."""
SERIES_S = 5.0
"""Seconds per point of the series kept in the JSON (each point the window's largest sum)."""
FLAT_TOLERANCE = 0.10
"""How far above the middle tenths' median the last tenth's may be and still be flat: a
worker's memory moves by tens of MB with the size of the article it holds."""
BUDGET_MB = 1500
"""The issue's 1.5 GB, in MB of 2**20 bytes as every bench's table gives them."""
STOPPED_WORKERS_MB = 64
"""Below this the workers are stopped (multiprocessing's resource tracker alone is left)."""
MB = 2**20
COUNTS = """SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM signatures),
    (SELECT count(*) FROM analyses)"""
PHASES = ("storing", "copies", "events", "merging")


@dataclass(frozen=True)
class Sample:
    """One reading: seconds since the start, resident bytes of the command and of everything
    under it, and the store's counts last read."""

    elapsed: float
    command: int
    workers: int
    stored: int
    signed: int
    read: int

    @property
    def total(self) -> int:
        return self.command + self.workers


def counts(db: Path) -> tuple[int, int, int] | None:
    """(documents stored, signed for copies, read for events); None while there is no store."""
    if not db.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.5)
    except sqlite3.Error:
        return None
    try:
        stored, signed, read = conn.execute(COUNTS).fetchone()
    except sqlite3.Error:  # no tables yet, or busy for a moment: the next poll reads them
        return None
    finally:
        conn.close()
    return int(stored), int(signed), int(read)


def run_ingest(corpus: Path, db: Path, workers: int, log: Path) -> tuple[float, list[Sample], bool]:
    """(wall seconds, samples, whether Ctrl-C stopped it) of one `storyline ingest` command;
    its stderr goes to ``log``. Ctrl-C (SIGINT, also to a run started in the background)
    terminates the command, whose workers then stop, and keeps the samples taken so far."""
    env = {**os.environ, "STORYLINE_WORKERS": str(workers), "PYTHONPATH": str(ROOT / "src")}
    env["STORYLINE_ENGINE"] = "processes"
    code = "from storyline.cli import main; main()"
    args = [sys.executable, "-c", code, "ingest", str(corpus), "--db", str(db), "-q"]
    samples: list[Sample] = []
    done = (0, 0, 0)
    with log.open("wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=err)
        try:
            while proc.poll() is None:
                done = counts(db) or done
                rss = process_rss(proc.pid)
                command = rss.pop(proc.pid, 0)
                elapsed = time.perf_counter() - start
                samples.append(Sample(elapsed, command, sum(rss.values()), *done))
                time.sleep(SAMPLE_S)
        except KeyboardInterrupt:
            proc.terminate()
            proc.wait()
            return time.perf_counter() - start, samples, True
        wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"ingest --workers {workers} failed:\n{log.read_text('utf-8')}")
    return wall, samples, False


def phase_of(sample: Sample, stored: int, read: int | None) -> str:
    """The stage the command was in, from the final counts ``stored`` and ``read`` (None: a
    run stopped by Ctrl-C, whose merging began when its workers were stopped). Copies are
    written in one transaction, events a chunk of articles at a time."""
    if read is None and sample.signed and sample.workers < STOPPED_WORKERS_MB * MB:
        return "merging"
    if read is not None and sample.read >= read:
        return "merging"
    if sample.signed:
        return "events"
    return "storing" if sample.stored < stored else "copies"


def rows_of(samples: list[Sample], stored: int, read: int | None) -> list[dict[str, object]]:
    """A row per tenth of the storing and events phases, one each for copies and merging."""
    rows = []
    for phase in PHASES:
        mine = [s for s in samples if phase_of(s, stored, read) == phase]
        final = {"storing": stored, "events": read or max(s.read for s in samples)}.get(phase)
        if final is None:
            groups = {10: mine}
        else:  # tenth k holds the samples with more than (k - 1) tenths of the phase done
            groups = {}
            for sample in mine:
                done = sample.stored if phase == "storing" else sample.read
                groups.setdefault(min(10, 1 + done * 10 // final), []).append(sample)
        for tenth, group in sorted(groups.items()):
            if group:
                rows.append(_row(phase, tenth if final else None, group))
    return rows


def _row(phase: str, tenth: int | None, group: list[Sample]) -> dict[str, object]:
    last = group[-1]
    return {
        "phase": phase,
        "tenth": tenth,
        "docs_done": last.stored if phase == "storing" else last.read,
        "elapsed_s": round(last.elapsed, 1),
        "rss_mb": round(statistics.median(s.total for s in group) / MB),
        "max_rss_mb": round(max(s.total for s in group) / MB),
        "command_mb": round(statistics.median(s.command for s in group) / MB),
        "workers_mb": round(statistics.median(s.workers for s in group) / MB),
        "samples": len(group),
    }


def flatness(rows: list[dict[str, object]], phase: str) -> tuple[float, float] | None:
    """(last tenth's median RSS, median of the middle tenths' medians) of ``phase``."""
    tenths = {row["tenth"]: float(str(row["rss_mb"])) for row in rows if row["phase"] == phase}
    middle = [tenths[k] for k in range(3, 9) if k in tenths]
    if 10 not in tenths or not middle:
        return None
    return tenths[10], statistics.median(middle)


def series(samples: list[Sample]) -> list[dict[str, object]]:
    """The samples' largest sum per :data:`SERIES_S` seconds, with that sample's parts."""
    windows: dict[int, Sample] = {}
    for sample in samples:
        key = int(sample.elapsed // SERIES_S)
        if key not in windows or sample.total > windows[key].total:
            windows[key] = sample
    return [
        {
            "elapsed_s": round(s.elapsed, 1),
            "stored": s.stored,
            "read": s.read,
            "command_mb": round(s.command / MB),
            "workers_mb": round(s.workers / MB),
        }
        for s in windows.values()
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--name", help="results file name (default: memory-<docs/1000>k)")
    args = parser.parse_args()
    signal.signal(signal.SIGINT, signal.default_int_handler)  # ignored under `nohup ... &`
    name = args.name or (
        f"memory-{args.docs // 1000}k" if args.docs % 1000 == 0 else f"memory-{args.docs}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        corpus, db, log = write_corpus(Path(tmp), args.docs), Path(tmp) / "m.db", Path(tmp) / "log"
        wall, samples, stopped = run_ingest(corpus, db, args.workers, log)
        stored, _, read = counts(db) or (0, 0, 0)
        summary = log.read_text("utf-8", errors="replace").splitlines()
    final = (stored, None if stopped else read)
    rows = rows_of(samples, *final)
    summary = [line for line in summary if not line.startswith("  ")]  # not each rejection
    if stopped:
        summary.insert(0, f"STOPPED by Ctrl-C after {wall:.0f} s: not a whole run")
    report(rows, samples, final, args, name, wall, summary)


def report(
    rows: list[dict[str, object]],
    samples: list[Sample],
    final: tuple[int, int | None],
    args: argparse.Namespace,
    name: str,
    wall: float,
    summary: list[str],
) -> None:
    peak = max(samples, key=lambda s: s.total)
    peak_mb = round(peak.total / MB)
    checks = {phase: flatness(rows, phase) for phase in ("storing", "events")}
    flat: bool | None = all(c[0] <= c[1] * (1 + FLAT_TOLERANCE) for c in checks.values() if c)
    if not all(checks.values()):
        flat = None  # a phase too short for a third, an eighth and a last tenth
    table = Table(title=f"memory of `storyline ingest --workers {args.workers}` over time")
    columns = ("phase", "docs done", "elapsed s", "RSS MB", "max MB", "command MB", "workers MB")
    for column in columns:
        table.add_column(column, justify="left" if column == "phase" else "right")
    for row in rows:
        tenth = f" {row['tenth']}/10" if row["tenth"] else ""
        table.add_row(
            f"{row['phase']}{tenth}",
            f"{row['docs_done']:,}",
            str(row["elapsed_s"]),
            f"{row['rss_mb']:,}",
            f"{row['max_rss_mb']:,}",
            f"{row['command_mb']:,}",
            f"{row['workers_mb']:,}",
        )
    where = phase_of(peak, *final)
    words = [
        f"{args.docs:,} records in {wall:.0f} s; peak {peak_mb:,} MB at {peak.elapsed:.0f} s "
        f"({where}; command {peak.command // MB:,} MB, workers {peak.workers // MB:,} MB)",
        *(
            f"{phase}: last tenth {c[0]:,.0f} MB, middle tenths {c[1]:,.0f} MB"
            for phase, c in checks.items()
            if c is not None
        ),
        f"flat (last tenth within {FLAT_TOLERANCE:.0%} of the middle ones): "
        f"{ {True: 'yes', False: 'NO', None: 'too short to tell'}[flat] }; "
        f"≤ 1.5 GB ({BUDGET_MB:,} MB): "
        f"{'yes' if peak_mb <= BUDGET_MB else 'NO'}",
        *summary,
    ]
    load = [round(x, 2) for x in os.getloadavg()]
    words.append(f"{os.cpu_count()} cores; load average when done {load} (shared machine)")
    table.caption = "\n".join(words)
    save(
        name,
        table,
        rows,
        docs=args.docs,
        workers=args.workers,
        seconds=round(wall, 1),
        peak_rss_mb=peak_mb,
        flat=flat,
        under_budget=peak_mb <= BUDGET_MB,
        summary=summary,
        load_average_at_end=load,
        series=series(samples),
    )


if __name__ == "__main__":
    main()
