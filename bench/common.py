"""What the benchmarks share: one core, best-of-N timing, results printed and saved."""

from __future__ import annotations

import json
import os
import platform
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "bench" / "results"


def pin_one_core() -> None:
    """Run on one core so numbers compare across machines with more or fewer cores."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


class Timing(NamedTuple):
    """One run's wall time and this process's CPU time, in seconds."""

    wall: float
    cpu: float


def timed(work: Callable[[], object]) -> Timing:
    """The wall and CPU time of one run of ``work``. On a machine that other work shares, the
    CPU time of this process (pinned to one core) is what the load of others inflates least."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu)


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """The shortest wall time of ``repeat`` runs of ``work`` (the least disturbed run)."""
    return min(timed(work).wall for _ in range(repeat))


def save(name: str, table: Table, rows: list[dict[str, object]], **extra: object) -> None:
    """Print ``table`` and write it to bench/results/NAME.md, with ``rows`` in NAME.json."""
    console = Console(record=True, width=120)
    console.print(table)
    RESULTS.mkdir(parents=True, exist_ok=True)
    meta = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": platform.machine(),
        **extra,
        "rows": rows,
    }
    (RESULTS / f"{name}.json").write_text(json.dumps(meta, indent=2) + "\n")
    (RESULTS / f"{name}.md").write_text("```\n" + console.export_text() + "```\n")
