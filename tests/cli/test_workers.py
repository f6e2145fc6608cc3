"""``ingest --workers N``: the store is the same for any N and any file order; a worker that
dies costs one document; Ctrl-C stops every process and keeps what was committed."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.config import Settings
from storyline.events import run
from storyline.events.run import EXTRACTOR_VERSION, analyse, settings_key
from storyline.events.tasks import ParseTask, ReadTask
from storyline.ingest.pipeline import ingest
from storyline.ingest.workers import Done, Lost, Workers
from storyline.records import RawDocument
from storyline.store import open_store
from tests.cli.test_kill import committed, write_pages
from tests.conftest import ROOT

EXAMPLES = sorted((ROOT / "examples").iterdir())
runner = CliRunner(env={"COLUMNS": "1000"})  # the summary names the store on one line


def _exported(db: Path, what: str, tmp_path: Path) -> list[dict[str, Any]]:
    out = tmp_path / f"{db.stem}-{what}.jsonl"
    result = runner.invoke(app, ["export", what, "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        row.pop("ingested_at", None)
    return sorted(rows, key=lambda row: json.dumps(row, sort_keys=True))


def _ingest(db: Path, files: list[Path], workers: int) -> str:
    args = ["ingest", *map(str, files), "--db", str(db), "--workers", str(workers)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return result.output


def test_workers_store_is_the_same_for_any_count_and_file_order(tmp_path: Path) -> None:
    runs = {
        "one": (EXAMPLES, 1),
        "two": (EXAMPLES, 2),
        "two-reversed": (EXAMPLES[::-1], 2),
    }
    summaries, stores = {}, {}
    for name, (files, count) in runs.items():
        db = tmp_path / f"{name}.db"
        summaries[name] = _ingest(db, files, count).replace(str(db), "DB")
        stores[name] = {w: _exported(db, w, tmp_path) for w in ("docs", "reports", "events")}
    assert "copies: 1 article" in summaries["one"]  # the corpus holds a syndicated copy
    assert stores["one"]["events"] and stores["one"]["reports"]
    assert summaries["one"] == summaries["two"] == summaries["two-reversed"]
    assert stores["one"] == stores["two"] == stores["two-reversed"]


def test_workers_store_is_the_same_read_in_chunks_of_two(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many chunks: each chunk's reading shares a map with the next chunk's parsing, and the
    store is still the one a single process writes."""
    monkeypatch.setattr(run, "CHUNK_DOCS", 2)
    stores = {}
    for count in (1, 2):
        db = tmp_path / f"chunks-{count}.db"
        _ingest(db, EXAMPLES, count)
        stores[count] = {w: _exported(db, w, tmp_path) for w in ("docs", "reports", "events")}
    assert len(stores[1]["docs"]) > 2 * run.CHUNK_DOCS
    assert stores[1]["events"]
    assert stores[1] == stores[2]


def _dies_on(name: str, fn: Any, task: Any) -> Any:
    """``fn(task)``, but the worker process exits at once on the document named ``name``."""
    if isinstance(task, RawDocument):
        names = {task.doc}
    elif isinstance(task, ReadTask):
        names = {article.doc for article, _ in task.articles}
    elif isinstance(task, ParseTask):
        names = {article.doc for article in task.articles}
    else:
        names = {article.doc for article in task}
    if name in names:
        os._exit(9)
    return fn(task)


class DyingWorkers(Workers):
    """Workers that die on one document: as a segfault or the kernel's OOM killer would."""

    def __init__(self, count: int, name: str) -> None:
        super().__init__(count)
        self.name = name

    def map(self, fn: Any, items: Any) -> Any:
        return super().map(partial(_dies_on, self.name, fn), items)


def test_workers_a_worker_dying_on_a_document_rejects_it_and_the_run_goes_on(
    corpus: Path, tmp_path: Path
) -> None:
    settings = Settings(db=tmp_path / "s.db")
    with DyingWorkers(2, "river-courier-visit") as pool:
        summary = ingest([str(corpus)], settings, workers=pool)
    assert summary.counts["ingested"] == 2
    dead = [(source, reason) for source, reason in summary.rejections if "river" in source]
    assert len(dead) == 1 and dead[0][1].startswith("E112 worker died: ")
    assert "exited with status 9" in dead[0][1]
    with open_store(settings.db) as store:
        assert store.get("river-courier-visit").status == "rejected"
        assert store.get("harbor-gazette-talks").status == "ok"


def test_workers_a_worker_dying_while_parsing_skips_that_article_until_the_next_run(
    tmp_path: Path,
) -> None:
    settings = Settings(db=tmp_path / "s.db")
    ingest([str(ROOT / "examples")], settings)
    victim = "euphrates-ledger-2023-04-06-araji-nato-call"
    with DyingWorkers(2, victim) as pool:
        result = analyse(settings, workers=pool)
    assert [doc for doc, _ in result.skipped] == [victim]
    assert result.skipped[0][1].startswith("E112 worker died: the worker process parsing it")
    with open_store(settings.db) as store:
        articles = len(list(store.documents(status="ok")))
        pending = store.pending(EXTRACTOR_VERSION, settings_key(None))
        assert [store.get(doc_id).doc for doc_id in pending] == [victim]
    assert result.analysed == articles - 1  # every article but the victim is read
    again = analyse(settings)  # a death is no reading of the article: the next run reads it
    assert again.analysed == 1 and not again.skipped
    with open_store(settings.db) as store:
        assert store.skipped() == []


def test_workers_an_article_a_worker_dies_on_in_two_runs_waits_for_a_newer_version(
    tmp_path: Path,
) -> None:
    """An article that kills its worker every time would cost every later run its deaths:
    after the second run it died in, only a newer extractor reads it again."""
    settings = Settings(db=tmp_path / "s.db")
    ingest([str(ROOT / "examples")], settings)
    victim = "euphrates-ledger-2023-04-06-araji-nato-call"
    for _ in range(2):
        with DyingWorkers(2, victim) as pool:
            result = analyse(settings, workers=pool)
        assert [doc for doc, _ in result.skipped] == [victim]
    with open_store(settings.db) as store:
        ((doc, reason),) = store.skipped()
        assert doc == victim and reason.endswith("read again by the next storyline version]")
        assert store.pending(EXTRACTOR_VERSION, settings_key(None)) == []
        newer = store.pending(EXTRACTOR_VERSION + 1, settings_key(None))
        assert victim in [store.get(doc_id).doc for doc_id in newer]


def test_workers_map_in_one_process_never_loses_a_task() -> None:
    items: list[int | Done[int]] = [1, Done(5), 2]
    got = list(Workers(1).map(abs, items))
    assert got == [1, 5, 2] and not any(isinstance(g, Lost) for g in got)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_workers_ctrl_c_stops_every_process_and_keeps_what_was_committed(tmp_path: Path) -> None:
    pages, db = tmp_path / "pages", tmp_path / "s.db"
    write_pages(pages)
    env = {**os.environ, "STORYLINE_DB": str(db)}
    code = "from storyline.cli import main; main()"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "ingest", str(pages), "--no-events", "--workers", "2"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        # with Ctrl-C heard, as a terminal's job hears it, even where this test runs in the
        # background of a shell (which starts background jobs with SIGINT ignored)
        preexec_fn=_hear_ctrl_c,
    )
    deadline = time.monotonic() + 120
    while committed(db) < 20 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole group gets it
    _, stderr = proc.communicate(timeout=60)
    before = committed(db)
    assert 20 <= before < 600, "the interrupt must land mid-run for this test to mean anything"
    assert proc.returncode == 130  # interrupted, as shells report it
    assert "Traceback" not in stderr.decode(), stderr.decode()
    assert _group_gone(proc.pid), "a worker outlived the interrupted command"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rerun = runner.invoke(app, ["ingest", str(pages), "--no-events", "--db", str(db)])
    assert rerun.exit_code == 0, rerun.output
    assert f"{600 - before} ingested" in rerun.output and f"{before} unchanged" in rerun.output


def _hear_ctrl_c() -> None:
    """In the child before it starts: SIGINT back to its default, so Python turns it into
    KeyboardInterrupt (an ignored SIGINT is inherited, and Python then leaves it ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _group_gone(group: int, within_s: float = 15.0) -> bool:
    """Whether every process of ``group`` is gone (orphans are reaped by init a little later)."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def test_workers_reprocess_gives_what_one_process_gives(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
    assert first.exit_code == 1, first.output  # menu-only.txt holds no article
    outputs = []
    for workers in ("2", "1"):
        again = runner.invoke(app, ["reprocess", "--db", str(db), "--workers", workers])
        assert again.exit_code == 1, again.output
        outputs.append(again.output)
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith("0 updated, ") and "1 rejected" in outputs[0]
