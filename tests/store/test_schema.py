"""Opening a store: pragmas, migrations, version checks, errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storyline.errors import Code, StoreError
from storyline.store import SCHEMA_VERSION, Writer, open_store
from storyline.store.schema import connect, migrate, split_statements, user_version


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
        return {row[0] for row in rows}


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_schema_migrations_apply_from_empty(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Writer(path).close()
    assert _version(path) == SCHEMA_VERSION
    assert {"documents", "document_sources", "documents_fts"} <= _tables(path)
    assert {"documents_fts_insert", "documents_fts_delete", "documents_fts_update"} <= _tables(path)


def test_schema_reopen_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Writer(path).close()
    before = _tables(path)
    conn = connect(path)
    try:
        assert migrate(conn, path) == SCHEMA_VERSION
        assert not conn.in_transaction
    finally:
        conn.close()
    open_store(path).close()
    assert _tables(path) == before
    assert _version(path) == SCHEMA_VERSION


@pytest.mark.parametrize("opener", [Writer, open_store])
def test_schema_newer_version_is_refused(tmp_path: Path, opener: type) -> None:
    path = tmp_path / "future.db"
    Writer(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError) as caught:
        opener(path)
    assert caught.value.code is Code.E011
    assert str(path) in caught.value.message


def test_schema_wal_mode_is_on(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Writer(path):
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        finally:
            conn.close()


def test_schema_connection_pragmas(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    try:
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    finally:
        conn.close()


def test_schema_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite, just some text that is long enough" * 40)
    with pytest.raises(StoreError) as caught:
        Writer(path)
    assert caught.value.code is Code.E010
    assert str(path) in caught.value.message


def test_schema_missing_directory_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        Writer(tmp_path / "no" / "such" / "dir" / "s.db")
    assert caught.value.code is Code.E010


def test_schema_open_store_without_create_refuses_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        open_store(tmp_path / "absent.db", create=False)
    assert not (tmp_path / "absent.db").exists()


def test_schema_failed_migration_rolls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storyline.store import schema

    broken = (*schema.MIGRATIONS, schema.Migration("broken", "CREATE TABLE x (a); NOT SQL;"))
    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(broken))
    path = tmp_path / "s.db"
    with pytest.raises(StoreError):
        schema.open_database(path).close()
    assert _version(path) == 0
    assert "documents" not in _tables(path)


def test_schema_split_statements_keeps_trigger_bodies_whole() -> None:
    script = """
    CREATE TABLE t (a);
    CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN SELECT 1; SELECT 2; END;
    CREATE INDEX t_a ON t (a);
    """
    statements = list(split_statements(script))
    assert len(statements) == 3
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")


def test_schema_user_version_of_new_file_is_zero(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "blank.db")
    try:
        assert user_version(conn) == 0
    finally:
        conn.close()


def test_schema_v5_names_the_sources_of_an_older_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After the upgrade every source row has its document's name: a JSON Lines record at the
    same URL under another name replaces nothing, and an edited file still replaces its old
    version."""
    from storyline.store import schema
    from tests.store.factories import article

    path = tmp_path / "s.db"
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:4])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 4)
    conn = schema.open_database(path)
    alpha = article("The first record.", source="https://x.example/", doc="alpha", kind="jsonl")
    page = article("The page as it was.", source="pages/a.txt")
    for seq, old in enumerate((alpha, page), 1):
        conn.execute(
            "INSERT INTO documents (id, seq, doc, source, status, ingested_at) "
            "VALUES (?, ?, ?, ?, 'ok', 'now')",
            (old.id, seq, old.doc, old.source),
        )
        conn.execute(
            "INSERT INTO document_sources (id, source) VALUES (?, ?)", (old.id, old.source)
        )
    conn.commit()
    conn.close()
    monkeypatch.undo()
    beta = article("The second record.", source="https://x.example/", doc="beta", kind="jsonl")
    edited = article("The page as it is now.", source="pages/a.txt")
    with Writer(path) as writer:
        assert writer.put_article(beta) == "ingested"
        assert writer.put_article(edited) == "updated"
    with open_store(path) as store:
        assert sorted((d.doc, d.text) for d in store.documents()) == [
            ("a", edited.text),
            ("alpha", None),
            ("beta", beta.text),
        ]
