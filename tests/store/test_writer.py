"""The single writer: idempotent puts, replacements, rejections, crash safety."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from storyline.store import Store, Writer, open_store
from tests.store.factories import FIXED_TIME, article, fixed_clock, rejection


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


def _rows(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    finally:
        conn.close()


def test_writer_put_article_is_idempotent(db: Path) -> None:
    with Writer(db, clock=fixed_clock) as writer:
        assert writer.put_article(article()) == "ingested"
        assert writer.put_article(article()) == "unchanged"
    assert _rows(db) == 1
    with open_store(db) as store:
        [doc] = store.documents()
        assert doc.status == "ok"
        assert doc.ingested_at == FIXED_TIME
        assert store.sources(doc.id) == ["pages/a.txt"]


def test_writer_same_bytes_at_two_paths_is_one_document_seen_twice(db: Path) -> None:
    first, second = article(source="in/a.txt"), article(source="mirror/a.txt")
    with Writer(db) as writer:
        assert writer.put_article(first) == "ingested"
        assert writer.put_article(second) == "unchanged"
    with open_store(db) as store:
        [doc] = store.documents()
        assert doc.source == "in/a.txt"
        assert store.sources(doc.id) == ["in/a.txt", "mirror/a.txt"]


def test_writer_changed_content_at_same_source_replaces_it(db: Path) -> None:
    old, new = article("The old version."), article("The edited version.")
    with Writer(db) as writer:
        writer.put_article(old)
        assert writer.put_article(new) == "updated"
    with open_store(db) as store:
        [doc] = store.documents()
        assert doc.id == new.id
        assert doc.text == "The edited version."


def test_writer_changed_source_keeps_content_still_seen_elsewhere(db: Path) -> None:
    shared = article("Shared text.", source="a.txt")
    with Writer(db) as writer:
        writer.put_article(shared)
        writer.put_article(article("Shared text.", source="b.txt"))
        assert writer.put_article(article("A's new text.", source="a.txt")) == "updated"
    with open_store(db) as store:
        kept = store.get(shared.id)
        assert kept.source == "b.txt"
        assert store.sources(shared.id) == ["b.txt"]
        assert store.counts() == {"ok": 2, "rejected": 0}


def test_writer_rejection_then_success_is_updated(db: Path) -> None:
    good = article()
    with Writer(db) as writer:
        assert writer.put_rejection(rejection(good.raw, reason="E108 no article text")) == (
            "rejected"
        )
        assert writer.put_article(good) == "updated"
    assert _rows(db) == 1
    with open_store(db) as store:
        doc = store.get(good.id)
        assert doc.status == "ok"
        assert doc.rejected_reason is None
        assert doc.text == good.text
        assert doc.meta.title.value == "Ministers meet"


def test_writer_rejection_never_overwrites_an_article(db: Path) -> None:
    good = article()
    with Writer(db) as writer:
        writer.put_article(good)
        assert writer.put_rejection(rejection(good.raw, reason="E103 input too large")) == (
            "unchanged"
        )
    with open_store(db) as store:
        doc = store.get(good.id)
        assert doc.status == "ok"
        assert doc.text == good.text


def test_writer_rerecorded_rejection_updates_reason(db: Path) -> None:
    with Writer(db) as writer:
        assert writer.put_rejection(rejection(b"\x00\x01", reason="E104 binary input")) == (
            "rejected"
        )
        assert writer.put_rejection(rejection(b"\x00\x01", reason="E105 undecodable")) == (
            "rejected"
        )
    assert _rows(db) == 1
    with open_store(db) as store:
        [doc] = store.documents()
        assert doc.status == "rejected"
        assert doc.rejected_reason == "E105 undecodable"
        assert store.raw(doc.id) == b"\x00\x01"


def test_writer_unreadable_path_does_not_delete_the_article_there(db: Path) -> None:
    good = article(source="a.txt")
    with Writer(db) as writer:
        writer.put_article(good)
        writer.put_rejection(rejection(None, source="a.txt", reason="E101 permission denied"))
    with open_store(db) as store:
        assert store.counts() == {"ok": 1, "rejected": 1}
        unreadable = next(store.documents(status="rejected"))
        assert store.raw(unreadable.id) is None
        assert store.get(good.id).status == "ok"


def test_writer_article_replaces_unreadable_rejection_at_same_source(db: Path) -> None:
    with Writer(db) as writer:
        writer.put_rejection(rejection(None, source="a.txt", reason="E101 cannot read"))
        assert writer.put_article(article(source="a.txt")) == "updated"
    with open_store(db) as store:
        assert store.counts() == {"ok": 1, "rejected": 0}


def test_writer_documents_keep_ingestion_order(db: Path) -> None:
    texts = [f"Article number {n}." for n in range(5)]
    with Writer(db) as writer:
        for n, text in enumerate(texts):
            writer.put_article(article(text, source=f"{n}.txt"))
    with open_store(db) as store:
        assert [doc.text for doc in store.documents()] == texts
        assert [doc.text for doc in store.documents(limit=2)] == texts[:2]


def test_writer_readers_see_commits_while_writer_is_open(db: Path) -> None:
    with Writer(db) as writer, open_store(db) as store:
        writer.put_article(article("First."))
        assert store.counts()["ok"] == 1
        writer.put_article(article("Second.", source="b.txt"))
        assert store.counts()["ok"] == 2


_KILLED_RUN = textwrap.dedent(
    """
    import os, signal, sys
    from storyline.store import Writer
    from tests.store.factories import article
    with Writer(sys.argv[1]) as writer:
        for n in range(int(sys.argv[2])):
            writer.put_article(article(f"Story {n}.", source=f"{n}.txt"))
            if n == int(sys.argv[3]):
                os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_writer_sigkill_loses_nothing_committed_and_rerun_completes(db: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    run = [sys.executable, "-c", _KILLED_RUN, str(db), "10"]
    killed = subprocess.run([*run, "4"], env=env, cwd=root, check=False)
    assert killed.returncode == -signal.SIGKILL
    assert _rows(db) == 5
    finished = subprocess.run([*run, "99"], env=env, cwd=root, check=False)
    assert finished.returncode == 0
    with Store(db) as store:
        texts = [doc.text for doc in store.documents()]
    assert texts == [f"Story {n}." for n in range(10)]


def test_writer_see_again_records_a_new_source_without_rewriting(tmp_path: Path) -> None:
    from storyline.errors import StoreError

    stored = article()
    with Writer(tmp_path / "s.db") as writer:
        assert not writer.has_article(stored.id)
        writer.put_article(stored)
        assert writer.has_article(stored.id)
        assert writer.see_again(stored.id, "elsewhere/copy.txt", "copy") == "unchanged"
        assert writer.see_again(stored.id, stored.source, stored.doc) == "unchanged"
        with pytest.raises(StoreError):
            writer.see_again("0" * 16, "x", "x")
    with open_store(tmp_path / "s.db") as store:
        assert sorted(store.sources(stored.id)) == sorted([stored.source, "elsewhere/copy.txt"])
