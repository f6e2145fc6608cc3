"""The web app serves whole pages while ``storyline ingest`` writes more documents into the
same store from another process: no "database is locked", no 500, no cut page.

In-process (TestClient) while a one-process ingest writes; and ``storyline serve`` in a
process of its own, with ``timeline``, ``docs`` and ``export events`` run again and again
beside it, while ``ingest --workers 2`` writes (issue 12): every answer whole, every event
with its sources and as many reports as members, every page as long as its total says."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from storyline.cli import app
from storyline.store.reader import open_read_only
from storyline.web import create_app, filters
from tests.conftest import ROOT
from tests.hostile import run_cli
from tests.web.test_serve import free_port

CLI = (sys.executable, "-c", "from storyline.cli import main; main()")
PAGES = ("/", "/search?q=minister", "/api/events", "/api/search?q=minister")
STORY = (
    "Zarnia, 3 March 2024. The foreign minister of Zarnia, Olev Tamrin, met the envoy of "
    "Quellport, Dara Vesk, in Zarnia on Monday to discuss trade talks number {n}. The two "
    "agreed to meet again in April, the ministry said.\n"
)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    db = tmp_path / "live.db"
    done = CliRunner().invoke(app, ["ingest", str(tmp_path / "examples"), "--db", str(db)])
    assert done.exit_code == 0, done.output
    return db


def test_web_serves_whole_pages_while_ingest_writes(store: Path, tmp_path: Path) -> None:
    more = tmp_path / "more"
    more.mkdir()
    for n in range(40):
        (more / f"talks-{n}.txt").write_text(STORY.format(n=n))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    writer = subprocess.Popen(
        [*CLI, "ingest", str(more), "--db", str(store)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    answers = 0
    with TestClient(create_app(store)) as client:
        while writer.poll() is None or answers < len(PAGES):
            url = PAGES[answers % len(PAGES)]
            answer = client.get(url)
            assert answer.status_code == 200, (url, answer.text[:300])
            assert "locked" not in answer.text
            if url.startswith("/api"):
                answer.json()  # whole JSON
            else:
                assert answer.text.rstrip().endswith("</html>"), url
            answers += 1
        assert client.get("/api/events?q=Tamrin").json()["total"] > 0  # the new ones are seen
    output = writer.communicate()[0].decode()
    assert writer.returncode == 0, output
    assert answers > len(PAGES)


# --- a worker ingest while `serve` and the read commands read -----------------------------

OUTLETS = ("Harbor Gazette", "River Courier", "Plains Herald", "Coast Ledger", "Valley Post")
VISIT = (
    "{outlet}\nZarnia, {day} March 2024. Olev Tamrin, the foreign minister of Zarnia, visited "
    "Quellport on {weekday} and met its envoy Dara Vesk to discuss fishing rights and port "
    "fees. The two ministers agreed to meet again in May.\n{own}\n"
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
WORDS = (
    "harbour",
    "grain",
    "quota",
    "trawler",
    "customs",
    "ferry",
    "tariff",
    "cannery",
    "pier",
    "licence",
    "salmon",
    "inspector",
    "warehouse",
    "crane",
    "dredging",
    "lighthouse",
)
SERVED = (
    "/",
    "/?q=Tamrin",
    "/search?q=minister",
    "/api/events?limit=100",
    "/api/events?q=Tamrin&limit=100",
    "/api/search?q=minister",
    "/export/events.jsonl",
)
READS = (("timeline",), ("docs", "--limit", "1000"), ("export", "events", "-o", "-"))


def visits(folder: Path, count: int) -> Path:
    """``count`` reports of five visits, each told by several outlets in words of its own
    (so they are reports to merge, not copies), while the reads go on."""
    folder.mkdir()
    rng = random.Random(12)
    for n in range(count):
        own = " ".join(f"Talk of the {' '.join(rng.sample(WORDS, 4))} went on." for _ in range(12))
        outlet, weekday = OUTLETS[n % len(OUTLETS)], WEEKDAYS[n % len(WEEKDAYS)]
        page = VISIT.format(outlet=outlet, day=4 + n % 5, weekday=weekday, own=own)
        (folder / f"visit-{n:03d}.txt").write_text(page)
    return folder


def event_problems(where: str, rows: list[dict[str, object]]) -> list[str]:
    """Merged events read half: without sources, or reports that do not match members."""
    problems = []
    for row in rows:
        members, sources = row.get("members"), row.get("sources")
        if not sources or not isinstance(members, list) or row.get("reports") != len(members):
            problems.append(f"{where}: event {row.get('id')} read half: {str(row)[:200]}")
    return problems


def answer_problems(url: str, answer: httpx.Response) -> list[str]:
    """What is wrong with one answer of the server: an error, or a page cut or inconsistent."""
    if answer.status_code != 200 or "locked" in answer.text:
        return [f"{url}: {answer.status_code} {answer.text[:300]}"]
    if url.startswith("/export/"):
        rows = [json.loads(line) for line in answer.text.splitlines() if line.strip()]
        return event_problems(url, rows)
    if not url.startswith("/api/"):
        whole = answer.text.rstrip().endswith("</html>")
        return [] if whole else [f"{url}: the page is cut: ...{answer.text[-200:]}"]
    found = answer.json()
    pages = [found["documents"], found["events"]] if "q" in found else [found]
    problems = []
    for page in pages:
        items = page.get("events", page.get("documents"))
        problems += event_problems(url, page["events"]) if "events" in page else []
        if len(items) != min(page["total"], page["limit"]) and page["page"] == 1:
            problems.append(f"{url}: {len(items)} listed of a total of {page['total']}")
    return problems


def serve(db: Path, port: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    command = [sys.executable, "-c", "from storyline.cli import main; main()", "serve"]
    server = subprocess.Popen(
        [*command, "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert server.stdout is not None
    assert "read-only" in server.stdout.readline()
    return server


def hammer(base: str, stop: threading.Event, problems: list[str], answers: list[str]) -> None:
    """Ask the server for every page in turn until ``stop``; note what is wrong."""
    with httpx.Client(base_url=base, timeout=60) as web:
        while not stop.is_set():
            for url in SERVED:
                try:
                    problems.extend(answer_problems(url, web.get(url)))
                except Exception as error:  # noted with the rest: the run goes on
                    problems.append(f"{url}: {type(error).__name__}: {error}")
                answers.append(url)


def read_problems(db: Path, reads: list[str]) -> list[str]:
    """Each read command once: exit 0, no trace, no lock, events whole."""
    problems = []
    for args in READS:
        run = run_cli(*args, db=db, timeout=120)
        if run.status != 0 or "Traceback" in run.err or "locked" in run.err:
            problems.append(run.describe())
        elif args[0] == "export":
            rows = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
            problems += event_problems("export events", rows)
        reads.append(args[0])
    return problems


@pytest.mark.slow
def test_web_serve_and_read_commands_stay_whole_while_a_worker_ingest_writes(
    store: Path, tmp_path: Path
) -> None:
    more = visits(tmp_path / "visits", 60)
    port = free_port()
    server = serve(store, port)
    stop, problems, answers, reads = threading.Event(), [], [], []  # type: ignore[var-annotated]
    web = threading.Thread(
        target=hammer, args=(f"http://127.0.0.1:{port}", stop, problems, answers), daemon=True
    )
    try:
        web.start()
        writer = subprocess.Popen(
            [*CLI, "ingest", str(more), "--workers", "2", "--db", str(store)],
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        while writer.poll() is None:
            problems += read_problems(store, reads)
        problems += read_problems(store, reads)  # and once more on the finished store
        stop.set()
        web.join(120)
    finally:
        stop.set()
        server.terminate()
        _, err = server.communicate(timeout=30)
    output = writer.communicate()[0].decode()
    assert writer.returncode == 0, output
    assert "Traceback" not in err and "locked" not in err, err[-3000:]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:20])
    assert len(answers) > len(SERVED) and len(reads) > len(READS)


def test_web_download_reads_one_snapshot_whatever_is_committed_meanwhile(store: Path) -> None:
    """A download is read a chunk at a time; a merge committed between two chunks (here, one
    that absorbs the first event into another) must not cut an event out of it or give one
    twice."""
    with open_read_only(store) as reader:
        everything = [e.id for e in filters.all_events(reader, filters.build())]
        chunks = filters.event_chunks(reader, filters.build(), size=5)
        first = next(chunks)
        with sqlite3.connect(store) as other:
            other.execute("DELETE FROM merged WHERE id = ?", (first[0].id,))
        downloaded = [e.id for chunk in [first, *chunks] for e in chunk]
    assert len(everything) > 10
    assert downloaded == everything
