"""Running the command line on the cases (time limit, memory cap, peak memory) and judging
what it made of each."""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from tests.hostile.stories import HostileCase


def total_docs(cases: list[HostileCase]) -> int:
    """How many documents the summary of a run over ``cases`` must count."""
    return sum(case.docs for case in cases)


def cleanup(root: Path) -> None:
    """Remove ``root`` and what :func:`generate` wrote, unreadable folders included."""
    if not root.exists():
        return
    # fwalk works through folder handles, so paths past PATH_MAX are no obstacle; a folder is
    # made readable before the walk goes into it.
    for _, dirs, _, fd in os.fwalk(root):
        for name in dirs:
            if stat.S_ISDIR(os.stat(name, dir_fd=fd, follow_symlinks=False).st_mode):
                os.chmod(name, stat.S_IRWXU, dir_fd=fd)
    shutil.rmtree(root, ignore_errors=True)


# --- running the command line -------------------------------------------------------------

CLI = (sys.executable, "-c", "from storyline.cli import main; main()")
MEMORY_CAP = 2 << 30
"""Address space allowed to one command (RLIMIT_AS): spaCy and its model load in about 1 GB."""
SUMMARY = re.compile(r"^((?:\d+ [a-z]+, )*\d+ [a-z]+) -> ", re.MULTILINE)
TRACEBACK = "Traceback"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\r")
EXCEPTION = re.compile(r"^[A-Za-z_][\w.]*(?:Error|Exception|Interrupt|Exit)\b.*$", re.MULTILINE)


@dataclass(frozen=True, repr=False)
class Run:
    """One command: its exit status (None when it was killed at the time limit), output,
    wall time and peak resident memory."""

    args: tuple[str, ...]
    status: int | None
    stdout: bytes
    stderr: bytes
    wall: float
    peak_rss: int
    """Bytes: the highest resident memory of any process of the child's session, read from
    /proc while it ran (the kernel's ru_maxrss of a child also counts the memory of the
    process that forked it, which a test runner's worker makes large)."""

    @property
    def timed_out(self) -> bool:
        return self.status is None

    def __repr__(self) -> str:
        return f"<Run {self.describe().splitlines()[0]}>"

    @property
    def err(self) -> str:
        return self.stderr.decode("utf-8", "replace")

    @property
    def out(self) -> str:
        return self.stdout.decode("utf-8", "replace")

    def counts(self) -> dict[str, int] | None:
        """The ingest summary's counts (``{"ingested": 3, ...}``), or None when none was printed."""
        found = SUMMARY.search(self.err)
        if found is None:
            return None
        pairs = (part.split(" ", 1) for part in found.group(1).split(", "))
        return {name: int(number) for number, name in pairs}

    def lines_naming(self, token: str) -> list[str]:
        """The lines of standard error that name ``token`` (the summary line, which names
        the store, is not one of them)."""
        lines = self.err.splitlines()
        return [line for line in lines if token in line and not SUMMARY.match(ANSI.sub("", line))]

    def tail(self, lines: int = 4) -> str:
        """The last lines of standard error (cut to 160 characters), and the last exception
        named in it, for a failure message."""
        plain = ANSI.sub("", self.err).rstrip()
        last = [line[:160] for line in plain.splitlines()[-lines:]]
        raised = EXCEPTION.findall(plain)
        if raised and raised[-1][:160] not in last:
            last.append(raised[-1][:160])
        return "\n".join(last)

    def describe(self) -> str:
        status = "killed at the time limit" if self.timed_out else f"exit {self.status}"
        return printable(
            f"storyline {' '.join(self.args)[:200]}: {status} after {self.wall:.1f} s, "
            f"peak {self.peak_rss / 2**20:.0f} MB\n{self.tail()}"
        )


def printable(text: str) -> str:
    """``text`` with lone surrogates (from file names that are not UTF-8) as escapes: pytest-
    xdist cannot send a report holding them between processes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def run_cli(
    *args: str,
    db: Path,
    timeout: float = 60,
    memory: int = MEMORY_CAP,
    env: dict[str, str] | None = None,
    prelude: str = "",
    terminal: bool = False,
) -> Run:
    """Run ``storyline ARGS`` on the store ``db`` in a child process with a time limit and an
    address-space cap; the child and anything it started are killed at the limit.

    ``prelude`` is Python run first in the child (to inject a fault); ``terminal`` gives the
    child a terminal (a pty) for standard error, so progress bars are drawn.
    """

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    environ = {**os.environ, "STORYLINE_DB": str(db), "COLUMNS": "200", **(env or {})}
    environ.pop("FORCE_COLOR", None)
    start = time.perf_counter()
    code = f"{prelude}\n{CLI[-1]}" if prelude else CLI[-1]
    master, slave = os.openpty() if terminal else (-1, -1)
    proc = subprocess.Popen(
        [*CLI[:-1], code, *args],
        env=environ,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=slave if terminal else subprocess.PIPE,
        preexec_fn=limit,
        start_new_session=True,
    )
    out, err = bytearray(), bytearray()
    if terminal:
        os.close(slave)
        stderr: object = os.fdopen(master, "rb", buffering=0)
    else:
        stderr = proc.stderr
    readers = [_drain(proc.stdout, out), _drain(stderr, err)]
    status, rss = _wait(proc, start + timeout)
    wall = time.perf_counter() - start
    for reader in readers:
        reader.join(10)
    return Run(tuple(args), status, bytes(out), bytes(err), wall, rss)


def _drain(stream: object, into: bytearray) -> threading.Thread:
    def read() -> None:
        try:
            for chunk in iter(lambda: stream.read(65536), b""):  # type: ignore[attr-defined]
                into.extend(chunk)
        except OSError:  # a pty reads EIO once the child has closed it
            pass
        finally:
            stream.close()  # type: ignore[attr-defined]

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


def _wait(proc: subprocess.Popen[bytes], deadline: float) -> tuple[int | None, int]:
    """Wait for the child, polling the peak resident memory of its session's processes
    (bytes); kill it at the deadline."""
    timed_out = False
    peak = 0
    while True:
        peak = max(peak, _session_peak(proc.pid))
        pid, wait_status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline and not timed_out:
            timed_out = True
            os.killpg(proc.pid, signal.SIGKILL)
        time.sleep(0.02)
    proc.returncode = os.waitstatus_to_exitcode(wait_status)
    if not peak:  # ended before it could be read: the kernel's count, an upper bound
        peak = usage.ru_maxrss * 1024
    return (None if timed_out else proc.returncode), peak


def _session_peak(session: int) -> int:
    """The largest VmHWM (peak resident memory since the process began its program) of the
    processes of a session, in bytes."""
    peak = 0
    for entry in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = entry.read_text().rsplit(")", 1)[1].split()
            if int(fields[3]) != session:  # the session id, after state, ppid and pgrp
                continue
            status = (entry.parent / "status").read_text()
        except (OSError, IndexError, ValueError):
            continue  # the process ended meanwhile
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                peak = max(peak, int(line.split()[1]) * 1024)
    return peak


# --- judging a run ------------------------------------------------------------------------

Row = dict[str, object]


def export_rows(db: Path, timeout: float = 120) -> tuple[Run, list[Row]]:
    """Every stored document, as ``storyline export docs --format jsonl`` writes it."""
    run = run_cli("export", "docs", "--format", "jsonl", "-o", "-", db=db, timeout=timeout)
    rows = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    return run, rows


def rows_of(case: HostileCase, rows: list[Row]) -> list[Row]:
    """The stored documents that come from ``case`` (its token is in their name or source)."""
    return [r for r in rows if case.token in f"{r.get('doc')}\n{r.get('source')}"]


def judge(case: HostileCase, run: Run, rows: list[Row]) -> list[str]:
    """What is wrong with how ``run`` took ``case``: each problem as one line (none if fine).

    Good: stored exactly ``docs`` times (holding ``contains``). Bad: never stored, and exactly
    one line of the summary names it. Either: one of the two.
    """
    ok = [r for r in rows_of(case, rows) if r.get("status") == "ok"]
    lines = run.lines_naming(case.token)
    stored, refused = len(ok) == case.docs, not ok and len(lines) == 1
    fine = {"good": stored, "bad": refused, "either": stored or refused}[case.expect]
    problems = []
    if not fine:
        said = " | ".join(line.strip()[:160] for line in lines[:3]) or "no line names it"
        problems.append(
            f"expected {case.expect}: stored {len(ok)} of {case.docs}, "
            f"{len(lines)} line(s) name it: {said}"
        )
    if ok and case.contains and not all(case.contains in str(r.get("text")) for r in ok):
        problems.append(f"the stored text lacks {case.contains!r}")
    if stored and any(ERROR_CODE.search(line) for line in lines):
        problems.append(f"stored, yet rejected too: {lines[0].strip()[:160]}")
    return [printable(f"{case.token} {case.kind} ({case.note}): {p}") for p in problems]


SURROGATE = re.compile("[\ud800-\udfff]")
ERROR_CODE = re.compile(r"\bE\d{3}\b")
"""A rejection line's stable code (E101...): a warning that names an input has none."""


def unclean_values(rows: list[Row]) -> list[str]:
    """Stored values holding a NUL or a lone surrogate (none may: issue 9)."""
    found = []
    for row in rows:
        for name, value in row.items():
            if isinstance(value, str) and ("\x00" in value or SURROGATE.search(value)):
                found.append(f"{row.get('doc')!r}: {name} holds {value[:60]!r}")
    return found
