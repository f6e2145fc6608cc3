"""Benchmark: 10,000 hostile inputs (issue 9) through the real command line.

    python bench/bench_hostile.py [--count N] [--seed N] [--chunk N] [--small] [--timeout S]

The seeded generator of ``tests/hostile.py`` writes ``--count`` inputs (every kind once,
then cheap kinds drawn at random) with the heavy ones at full size: a 15 MB paragraph,
300,000 paragraphs, 1,000,000 '<', 9 MB of "By ", 7.8 MB of datelines (``--small`` uses the
sizes of ``make test``). Then, each command in a child process with a time limit and a 2 GB
address-space cap:

1. every heavy or special input (FIFO, socket, unreadable folder, path past PATH_MAX, ...)
   is ingested alone, events on: its wall time and peak resident memory (wait4);
2. the other inputs are ingested in chunks of ``--chunk`` into one store, events on: each
   chunk's wall time and peak memory, and whether its summary adds up;
3. the same chunks again, in a child that calls the library with a timestamp and the peak
   memory (VmHWM, reset per input through /proc/self/clear_refs) as each input is taken up:
   the wall time and peak memory of every input, and which input a crash happened in (the
   chunk is then resumed after it).

Every input is then judged as ``make test`` judges it (good: stored once; bad: one error line
naming it; either: one of the two). The baseline, measured first in the same run, is one good
article ingested alone the same way: a heavy input should cost about what it costs (the
command's start and spaCy's load), since the budgets refuse it before the slow stages. The
table is per kind; it is printed and written to bench/results/hostile.md, with every input's
numbers in bench/results/hostile.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from common import ROOT, save
from rich.table import Table

sys.path.insert(0, str(ROOT))
from tests.hostile import (
    FULL,
    SMALL,
    STORIES,
    HostileCase,
    Run,
    cleanup,
    export_rows,
    generate,
    judge,
    run_cli,
    total_docs,
    unclean_values,
)

SPECIAL = frozenset(
    {
        "fifo",
        "socket",
        "dir-named-txt",
        "unreadable-file",
        "unreadable-dir",
        "symlink-dangling",
        "symlink-loop",
        "symlink-dev-zero",
        "symlink-cycle",
        "path-max",
    }
)
"""Kinds ingested alone: not a plain file. (Names that are not UTF-8 go in chunks: the command
line passes them as the bytes they are.)"""
SLOW_INPUT = 5.0
"""Seconds: an input over this is a hang in the making ("no input over a few seconds")."""
BIG_INPUT = 500 << 20
"""Bytes of peak memory one input may add ("a few hundred MB")."""

WORKER = """
import json, sys, time
from pathlib import Path
from storyline.config import Settings
from storyline.ingest.pipeline import ingest

log = open(sys.argv[1], "a", buffering=1)
paths = Path(sys.argv[2]).read_text("utf-8", "surrogateescape").split("\\0")

def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM"):
            return int(line.split()[1]) * 1024
    return 0

def reset():
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass

def taken(item, index, total):
    mark = {"i": index, "t": time.perf_counter(), "peak": peak()}
    log.write(json.dumps(mark) + "\\n")
    reset()

reset()
ingest(paths, Settings.from_env(db=Path(sys.argv[3])), on_file=taken)
log.write(json.dumps({"i": len(paths), "t": time.perf_counter(), "peak": peak()}) + "\\n")
"""


@dataclass
class Measure:
    """What the bench found for one input."""

    case: HostileCase
    mode: str = "chunk"
    wall: float | None = None
    peak: int | None = None
    status: int | None = None
    crashed: bool = False
    problems: list[str] = field(default_factory=list)

    def row(self) -> dict[str, object]:
        return {
            "token": self.case.token,
            "kind": self.case.kind,
            "expect": self.case.expect,
            "mode": self.mode,
            "wall_s": None if self.wall is None else round(self.wall, 3),
            "peak_mb": None if self.peak is None else round(self.peak / 2**20, 1),
            "status": self.status,
            "crashed": self.crashed,
            "problems": self.problems,
        }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--chunk", type=int, default=500)
    parser.add_argument("--timeout", type=float, default=300, help="seconds per command")
    parser.add_argument("--small", action="store_true", help="heavy inputs at test sizes")
    parser.add_argument(
        "--workers", type=int, default=1, help="worker processes of every ingest (default 1)"
    )
    args = parser.parse_args()
    os.environ["STORYLINE_WORKERS"] = str(args.workers)  # every command below inherits it
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        root = Path(tmp)
        try:
            run(args, root)
        finally:
            cleanup(root / "in")


def run(args: argparse.Namespace, root: Path) -> None:
    start = time.perf_counter()
    cases = generate(args.seed, args.count, root / "in", FULL if not args.small else SMALL)
    made = time.perf_counter() - start
    print(f"{len(cases)} inputs ({total_docs(cases)} documents) written in {made:.0f} s")
    base = baseline(root, args.timeout)
    print(f"  baseline, one good article alone: {base.wall:.1f} s, {base.peak_rss / 2**20:.0f} MB")
    measures = {c.token: Measure(c) for c in cases}
    alone = [c for c in cases if c.heavy or c.kind in SPECIAL]
    rest = [c for c in cases if not (c.heavy or c.kind in SPECIAL)]
    notes: list[str] = []
    for case in alone:
        measure_alone(measures[case.token], root, args.timeout)
    chunks = [rest[i : i + args.chunk] for i in range(0, len(rest), args.chunk)]
    db = root / "chunks.db"
    for number, chunk in enumerate(chunks):
        notes += ingest_chunk(chunk, measures, db, args.timeout, root / f"chunk{number}")
        profile_chunk(chunk, measures, root / "profile.db", args.timeout, root / f"p{number}")
    _, rows = export_rows(db, timeout=args.timeout)
    notes += unclean_values(rows)
    for case in rest:
        measures[case.token].problems += judge_chunk(case, measures, rows)
    report(list(measures.values()), notes, args, time.perf_counter() - start, base)


def baseline(root: Path, timeout: float) -> Run:
    """One good article alone, events on: what any single-input command costs here."""
    path = root / "baseline" / "good.txt"
    path.parent.mkdir(parents=True)
    story = STORIES[0]
    path.write_text(f"{story.dateline} {story.body}\n", "utf-8")
    ran = run_cli("ingest", str(path), db=root / "baseline.db", timeout=timeout)
    if crashed(ran) or ran.status != 0:
        raise SystemExit(f"the baseline article did not ingest: {ran.describe()}")
    return ran


def measure_alone(measure: Measure, root: Path, timeout: float) -> None:
    """One input alone, events on, in its own store."""
    case = measure.case
    db = root / f"alone-{len(list(root.glob('alone-*.db')))}.db"  # no token: it would name it
    ran = run_cli("ingest", str(case.path), db=db, timeout=timeout)
    measure.mode, measure.wall, measure.peak, measure.status = (
        "alone",
        ran.wall,
        ran.peak_rss,
        ran.status,
    )
    measure.crashed = crashed(ran)
    _, rows = export_rows(db, timeout=timeout)
    measure.problems += [ran.describe()] if measure.crashed else judge(case, ran, rows)
    print(f"  alone {case.token} {case.kind}: {ran.wall:.1f} s, {ran.peak_rss / 2**20:.0f} MB")


def crashed(ran: Run) -> bool:
    return ran.timed_out or ran.status not in (0, 1) or "Traceback" in ran.err


CHUNK_RUNS: dict[str, Run] = {}


def ingest_chunk(
    chunk: list[HostileCase], measures: dict[str, Measure], db: Path, timeout: float, tmp: Path
) -> list[str]:
    """One command over the chunk's inputs (events on); what is wrong with the run itself."""
    ran = run_cli("ingest", *(str(c.path) for c in chunk), db=db, timeout=timeout)
    for case in chunk:
        CHUNK_RUNS[case.token] = ran
        measures[case.token].status = ran.status
    counts = ran.counts()
    print(f"  chunk of {len(chunk)}: {ran.describe().splitlines()[0][-60:]}")
    notes = [f"chunk {chunk[0].token}..{chunk[-1].token}: {ran.describe()}"] if crashed(ran) else []
    if counts is not None and sum(counts.values()) != total_docs(chunk):
        notes.append(f"chunk {chunk[0].token}: summary {counts} for {total_docs(chunk)} documents")
    return notes


def judge_chunk(
    case: HostileCase, measures: dict[str, Measure], rows: list[dict[str, object]]
) -> list[str]:
    ran = CHUNK_RUNS[case.token]
    if crashed(ran) and not measures[case.token].crashed:
        return []  # the chunk stopped: the profile pass says which input it stopped in
    return judge(case, ran, rows)


def profile_chunk(
    chunk: list[HostileCase], measures: dict[str, Measure], db: Path, timeout: float, tmp: Path
) -> None:
    """Time every input of the chunk in-process; resume after an input that crashes."""
    tmp.mkdir(parents=True, exist_ok=True)
    todo = list(chunk)
    while todo:
        listing, log = tmp / "paths.txt", tmp / "log.jsonl"
        listing.write_text("\0".join(str(c.path) for c in todo), "utf-8", "surrogateescape")
        log.write_text("")
        ran = run_cli(
            str(log), str(listing), str(db), db=db, timeout=timeout, prelude=_worker_prelude()
        )
        marks = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
        for mark, after in itertools.pairwise(marks):
            measure = measures[todo[mark["i"]].token] if mark["i"] < len(todo) else None
            if measure is not None:
                measure.wall, measure.peak = after["t"] - mark["t"], after["peak"]
        done = len(marks) - 1
        if done >= len(todo) or not marks:
            if not marks:
                print(f"  profile worker failed: {ran.describe()}")
            return
        stuck = measures[todo[done].token]
        stuck.crashed = True
        stuck.problems.append(f"stopped the run: {ran.describe()}")
        todo = todo[done + 1 :]


def _worker_prelude() -> str:
    """The worker runs in place of the command line: it exits before ``main()``."""
    return WORKER + "\nsys.exit(0)\n"


def report(
    measures: list[Measure], notes: list[str], args: argparse.Namespace, wall: float, base: Run
) -> None:
    by_kind: dict[str, list[Measure]] = defaultdict(list)
    for m in measures:
        by_kind[m.case.kind].append(m)
    table = Table(
        "kind",
        "inputs",
        "expect",
        "mode",
        "failed",
        "crashed",
        "max s",
        "max MB",
        "× baseline s",
        title=f"hostile inputs: {len(measures)} (seed {args.seed})",
    )
    rows = []
    for kind, group in sorted(by_kind.items(), key=lambda kv: -_worst(kv[1])):
        walls = [m.wall for m in group if m.wall is not None]
        peaks = [m.peak for m in group if m.peak is not None]
        failed = sum(bool(m.problems) for m in group)
        table.add_row(
            kind,
            str(len(group)),
            group[0].case.expect,
            group[0].mode,
            str(failed),
            str(sum(m.crashed for m in group)),
            f"{max(walls):.2f}" if walls else "-",
            f"{max(peaks) / 2**20:.0f}" if peaks else "-",
            f"{max(walls) / base.wall:.2f}" if walls and group[0].mode == "alone" else "",
        )
        rows += [m.row() for m in group]
    slow = [m for m in measures if (m.wall or 0) > SLOW_INPUT or (m.peak or 0) > BIG_INPUT]
    summary = {
        "inputs": len(measures),
        "crashed": sum(m.crashed for m in measures),
        "failed": sum(bool(m.problems) for m in measures),
        "slow_or_big": len(slow),
        "wall_s": round(wall, 1),
        "baseline_s": round(base.wall, 2),
        "baseline_mb": round(base.peak_rss / 2**20),
        "sizes": "small" if args.small else "full",
        "workers": args.workers,
        "notes": notes,
    }
    table.caption = ", ".join(f"{k} {v}" for k, v in summary.items() if k != "notes")
    save(
        "hostile" if args.workers == 1 else f"hostile-workers{args.workers}", table, rows, **summary
    )
    for note in notes[:20]:
        print(note)
    for m in measures:
        for problem in m.problems[:1]:
            lines = problem.splitlines()
            said = lines[0][:160] + (f" ... {lines[-1][:160]}" if len(lines) > 1 else "")
            print(f"{m.case.token} {m.case.kind}: {said}")


def _worst(group: list[Measure]) -> float:
    return sum(bool(m.problems) for m in group) * 1000 + max((m.wall or 0) for m in group)


if __name__ == "__main__":
    main()
