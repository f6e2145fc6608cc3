"""Two commands on one store at once give what running them one after the other gives.

A writing command holds the store's lock for its whole run (ingest, events, merge), so a
second ingest waits and says so; read commands run meanwhile and see whole transactions.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).parents[2] / "examples"
TIMEOUT_S = 300


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from storyline.cli import main; main()", *args, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        env={**os.environ, "COLUMNS": "200"},
    )


def start(*args: str, db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", "from storyline.cli import main; main()", *args, "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def halves(tmp_path: Path) -> tuple[Path, Path]:
    """The sample corpus split in two folders, alternating files (so both halves have events
    of the same happenings, and merging them depends on order)."""
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for n, path in enumerate(sorted(EXAMPLES.iterdir())):
        if path.is_file() and not path.name.startswith("."):
            shutil.copy(path, (first if n % 2 else second) / path.name)
    return first, second


def merged(db: Path) -> list[tuple[object, ...]]:
    """Merged events, independent of ids: type, date, who, and which documents report it."""
    done = run("export", "events", db=db)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    return sorted(
        (
            r["type"],
            r["date"],
            tuple(sorted(a["name"] for a in r["actors"])),
            tuple(sorted(s["doc"] for s in r["sources"])),
        )
        for r in rows
    )


def documents(db: Path) -> list[tuple[str, str]]:
    done = run("export", "docs", db=db)
    assert done.returncode == 0, done.stderr
    return sorted((d["id"], d["status"]) for d in map(json.loads, done.stdout.splitlines()))


@pytest.mark.slow
def test_two_ingests_and_reads_at_once_equal_one_after_the_other(tmp_path: Path) -> None:
    first, second = halves(tmp_path)
    orders = []
    for name, order in (("ab.db", (first, second)), ("ba.db", (second, first))):
        for folder in order:
            assert run("ingest", str(folder), db=tmp_path / name).returncode == 0
        orders.append(merged(tmp_path / name))

    both = tmp_path / "both.db"
    procs = [start("ingest", str(folder), db=both) for folder in (first, second)]
    reads = 0
    deadline = time.monotonic() + TIMEOUT_S
    while any(p.poll() is None for p in procs) and time.monotonic() < deadline:
        for args in (("timeline",), ("export", "events"), ("docs",)):
            done = run(*args, db=both)
            if "no database" in done.stderr:
                continue  # the first ingest has not created the store yet
            assert done.returncode == 0, done.stderr
            assert "Traceback" not in done.stderr and "locked" not in done.stderr
            if args[0] == "export":
                [json.loads(line) for line in done.stdout.splitlines()]  # whole rows only
            reads += 1
    outputs = [proc.communicate(timeout=TIMEOUT_S) for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0], outputs
    assert any("waiting for another storyline command" in err for _, err in outputs)
    assert reads >= 1
    assert merged(both) in orders
    assert documents(both) == documents(tmp_path / "ab.db")
