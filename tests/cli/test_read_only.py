"""Read commands never write: ``ingest`` and ``reprocess`` leave the store complete, and every
other command opens it read-only (SQLite ``mode=ro``). On a store left behind (written by an
older storyline, ingested with ``--no-events``) they show what is there and print one note
saying what is stale and which command brings it up to date; they never wait for a writer."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from storyline.cli import app
from storyline.store import Writer
from storyline.store.schema import SCHEMA_VERSION
from tests.merge.stored import REPORTS, article, write_merged
from tests.store.factories import drop_story_terms

runner = CliRunner(env={"COLUMNS": "200"})
NOTE = "this store is not up to date"
UPDATE = "storyline reprocess --db"
LATE = ("late-e", "Officials in the capital said the post north of Baghdad reopened today.")
"""An article ingested with ``--no-events``: stored, never checked for copies or read."""

READS = [
    ("events",),
    ("events", "wire-a"),
    ("timeline",),
    ("timeline", "--actor", "ISIL", "-f", "json"),
    ("report", "-o", "{tmp}/r.html"),
    ("export", "docs"),
    ("export", "events"),
    ("export", "reports", "-o", "{tmp}/r.csv"),
    ("export", "series"),
]
"""Read commands that show events: they note what is stale."""
QUIET_READS = [
    ("docs",),
    ("docs", "--search", "Daesh"),
    ("show", "wire-a"),
    ("show", "wire-a", "--raw"),
]
"""Read commands that show documents only: nothing they show can be stale."""


@pytest.fixture(scope="module")
def stale_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A merged store made stale the ways an older storyline leaves one: an article read by
    an older extractor, an article never read, and the schema before the browsing indexes."""
    db = tmp_path_factory.mktemp("stale") / "s.db"
    write_merged(db)
    with Writer(db) as writer:
        writer.put_article(article(LATE[0], LATE[1], "2016-07-17", "dateline"))
    wire_a = article("wire-a", *REPORTS["wire-a"][:3])
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE analyses SET version = version - 1 WHERE doc_id = ?", (wire_a.id,))
        conn.execute("DROP INDEX merged_order")
        conn.execute("DROP INDEX merged_plover")
        conn.execute("DROP TABLE merged_fts")
        conn.execute("DROP TABLE merged_text")
        drop_story_terms(conn)
        conn.execute("PRAGMA user_version = 5")
    conn.close()
    return db


@pytest.fixture
def stale_db(stale_template: Path, tmp_path: Path) -> Path:
    """A private copy of the stale store (the code before this change wrote to it)."""
    db = tmp_path / "store" / "s.db"
    db.parent.mkdir()
    shutil.copy(stale_template, db)
    return db


def snapshot(db: Path) -> tuple[object, ...]:
    """The store as a reader can tell: its file's bytes and time, its write-ahead log, and
    a checksum of every table's rows."""
    wal = db.with_name(db.name + "-wal")
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    logged = wal.read_bytes() if wal.exists() else None
    return db.read_bytes(), db.stat().st_mtime_ns, logged, rows, version


def invoke(args: tuple[str, ...], db: Path, tmp_path: Path) -> Result:
    argv = [arg.format(tmp=tmp_path) for arg in args]
    return runner.invoke(app, [*argv, "--db", str(db)])


@pytest.mark.parametrize("args", READS)
def test_read_only_command_leaves_a_stale_store_as_it_is_and_says_so(
    stale_db: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    before = snapshot(stale_db)
    done = invoke(args, stale_db, tmp_path)
    assert done.exit_code == 0, done.output
    assert snapshot(stale_db) == before
    assert done.stderr.count(NOTE) == 1, done.stderr
    (note,) = [line for line in done.stderr.splitlines() if NOTE in line]
    assert "1 article was read by an older storyline" in note
    assert "1 article is not yet checked for copies or read for events" in note
    assert "lacks indexes for browsing merged events, full text over merged events" in note
    assert f"`{UPDATE} {stale_db}`" in note
    assert "events:" not in done.output and "merged:" not in done.output  # nothing caught up


@pytest.mark.parametrize("args", QUIET_READS)
def test_read_only_document_command_leaves_a_stale_store_as_it_is(
    stale_db: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    before = snapshot(stale_db)
    done = invoke(args, stale_db, tmp_path)
    assert done.exit_code == 0, done.output
    assert snapshot(stale_db) == before
    assert NOTE not in done.output


def test_read_only_stale_store_shows_what_is_there(stale_db: Path, tmp_path: Path) -> None:
    done = invoke(("timeline",), stale_db, tmp_path)
    assert done.exit_code == 0
    lines = [line for line in done.stdout.splitlines() if line.startswith(("2016", "undated"))]
    assert [line.split()[:2] for line in lines] == [["2016-07-14", "attack"], ["undated", "kill"]]


def test_read_only_reprocess_brings_a_stale_store_up_to_date(stale_db: Path) -> None:
    done = runner.invoke(app, ["reprocess", "--db", str(stale_db)])
    assert done.exit_code == 0, done.output
    with sqlite3.connect(f"file:{stale_db}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    for args in READS[:3]:
        again = runner.invoke(app, [*args, "--db", str(stale_db)])
        assert again.exit_code == 0 and NOTE not in again.output, again.output


def test_read_only_store_too_old_to_read_is_an_error_naming_the_command(
    stale_db: Path, tmp_path: Path
) -> None:
    with sqlite3.connect(stale_db) as conn:
        conn.execute("PRAGMA user_version = 4")
    conn.close()
    before = snapshot(stale_db)
    for args in [*READS, *QUIET_READS]:
        done = invoke(args, stale_db, tmp_path)
        assert done.exit_code == 2, (args, done.output)
        assert "E012" in done.stderr and f"{UPDATE} {stale_db}" in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert snapshot(stale_db) == before


@pytest.mark.parametrize("args", [a for a in READS if a[0] != "export" or a[1] != "docs"])
def test_read_only_other_actors_file_is_refused_without_writing(
    stale_db: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    actors = tmp_path / "actors.toml"
    actors.write_text('[[alias]]\nname = "Islamic State"\nkind = "org"\naliases = ["ISIL"]\n')
    before = snapshot(stale_db)
    done = invoke((*args, "--actors", str(actors)), stale_db, tmp_path)
    assert done.exit_code == 2, done.output
    assert f"storyline reprocess --actors {actors}" in done.output
    assert snapshot(stale_db) == before


HOLD = """
import sys, time
from pathlib import Path
from storyline.store.lock import writing
with writing(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def test_read_only_command_runs_while_a_writer_holds_the_store(
    stale_db: Path, tmp_path: Path
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(stale_db), "120"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        before = snapshot(stale_db)
        start = time.monotonic()
        for args in (*READS, *QUIET_READS):
            done = invoke(args, stale_db, tmp_path)
            assert done.exit_code == 0, (args, done.output)
            assert "waiting" not in done.output and "in use" not in done.output
        assert time.monotonic() - start < 60  # none waited for the writer
        assert holder.poll() is None and snapshot(stale_db) == before
    finally:
        holder.kill()
        holder.wait(timeout=30)
