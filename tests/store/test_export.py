"""Exports: exact columns, all three formats read back equal, stdout and streams."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from storyline.errors import UsageError
from storyline.records import EXPORT_COLUMNS
from storyline.store import FORMATS, ExportFormat, Writer, export_docs, open_store
from storyline.store.parquet import PARQUET_SCHEMA
from tests.store.factories import article, fixed_clock, rejection


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    with Writer(path, clock=fixed_clock) as writer:
        writer.put_article(
            article("Talks in Baghdad — «ناجحة», said the minister.", source="a.txt")
        )
        writer.put_article(article('Line one.\nLine "two", with a comma.', source="b.html"))
        writer.put_rejection(rejection(b"", source="empty.txt"))
    return path


def _expected(db: Path) -> list[dict[str, object]]:
    with open_store(db) as store:
        return [doc.export_row() for doc in store.documents()]


def _read_back(fmt: ExportFormat, path: Path) -> list[dict[str, Any]]:
    if fmt == "jsonl":
        with open(path, encoding="utf-8") as stream:
            return [json.loads(line) for line in stream]
    if fmt == "csv":
        with open(path, encoding="utf-8", newline="") as stream:
            return list(csv.DictReader(stream))
    rows: list[dict[str, Any]] = pq.read_table(path).to_pylist()
    return rows


def _as_csv(row: dict[str, object]) -> dict[str, str]:
    """A row as CSV reads it back: lists as JSON text, None as an empty cell."""
    return {
        key: "" if value is None else json.dumps(value) if isinstance(value, list) else str(value)
        for key, value in row.items()
    }


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_round_trips_columns_and_values(db: Path, tmp_path: Path, fmt: ExportFormat) -> None:
    out = tmp_path / f"docs.{fmt}"
    with open_store(db) as store:
        assert export_docs(store, fmt, out) == 3
    back = _read_back(fmt, out)
    expected: list[dict[str, Any]] = _expected(db)
    assert all(list(row) == list(EXPORT_COLUMNS) for row in back)
    if fmt == "csv":
        expected = [_as_csv(row) for row in expected]
    assert back == expected


def test_export_parquet_has_explicit_schema(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "docs.parquet"
    with open_store(db) as store:
        export_docs(store, "parquet", out)
    schema = pq.read_schema(out)
    assert schema.names == list(EXPORT_COLUMNS)
    assert str(schema.field("words").type) == "int64"
    assert str(schema.field("text").type) == "string"
    assert schema.equals(PARQUET_SCHEMA, check_metadata=False)


def test_export_jsonl_is_utf8_not_escaped(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "docs.jsonl"
    with open_store(db) as store:
        export_docs(store, "jsonl", out)
    assert "«ناجحة»" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_to_stdout_with_dash(
    db: Path, fmt: ExportFormat, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(db) as store:
        assert export_docs(store, fmt, "-") == 3
    written = capsys.readouterr().out
    assert "ناجحة" in written
    assert written.splitlines()[0].startswith("{" if fmt == "jsonl" else "doc,id,source")


def test_export_to_open_stream(db: Path) -> None:
    stream = io.StringIO()
    with open_store(db) as store:
        assert export_docs(store, "csv", stream, status="ok") == 2
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert [row["status"] for row in rows] == ["ok", "ok"]
    assert rows[1]["text"] == 'Line one.\nLine "two", with a comma.'


@pytest.mark.parametrize("out", ["-", io.StringIO()])
def test_export_parquet_needs_a_path(db: Path, out: str | io.StringIO) -> None:
    with open_store(db) as store, pytest.raises(UsageError, match="parquet"):
        export_docs(store, "parquet", out)


def test_export_unknown_format_is_usage_error(db: Path, tmp_path: Path) -> None:
    with open_store(db) as store, pytest.raises(UsageError, match="xml"):
        export_docs(store, "xml", tmp_path / "x")  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_empty_store_writes_valid_empty_file(tmp_path: Path, fmt: ExportFormat) -> None:
    out = tmp_path / f"empty.{fmt}"
    with open_store(tmp_path / "empty.db") as store:
        assert export_docs(store, fmt, out) == 0
    assert _read_back(fmt, out) == []
    if fmt == "parquet":
        assert pq.read_schema(out).names == list(EXPORT_COLUMNS)


def test_export_parquet_spans_several_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storyline.store import parquet

    monkeypatch.setattr(parquet, "PARQUET_BATCH_ROWS", 2)
    db = tmp_path / "s.db"
    with Writer(db) as writer:
        for n in range(5):
            writer.put_article(article(f"Story {n}.", source=f"{n}.txt"))
    out = tmp_path / "docs.parquet"
    with open_store(db) as store:
        assert export_docs(store, "parquet", out) == 5
    assert [row["text"] for row in _read_back("parquet", out)] == [f"Story {n}." for n in range(5)]


def test_export_report_columns_match_the_event_record() -> None:
    from storyline.records import Actor, Event, EventDate, Evidence
    from storyline.store.export import REPORT_COLUMNS

    event = Event(
        id="e1",
        type="meet",
        plover="CONSULT",
        mode=None,
        date=EventDate("2025-02-05", "day", "dateline"),
        location=None,
        actors=(Actor("Mark Rutte", "person", "Secretary General", "NATO", "target"),),
        topics=("training",),
        summary="Mark Rutte met someone.",
        statements=(),
        background=False,
        sources=(Evidence("d", "id", "He met.", 0, 7),),
    )
    assert list(event.export_row()) == list(REPORT_COLUMNS)


def test_export_event_columns_match_the_merged_event_record() -> None:
    from storyline.records import Actor, EventDate, MergedEvent, Source
    from storyline.store import EVENT_COLUMNS

    event = MergedEvent(
        id="m1",
        type="meet",
        plover="CONSULT",
        mode=None,
        date=EventDate("2025-02-05", "day", "dateline"),
        location=None,
        actors=(Actor("Mark Rutte", "person", "Secretary General", "NATO", "target"),),
        topics=("training",),
        summary="Mark Rutte met someone.",
        statements=(),
        background=False,
        sources=(Source("d", "id", "He met.", 0, 7),),
        outlets=(),
        independent=1,
        disagreements=(),
        members=("e1",),
    )
    assert list(event.export_row()) == list(EVENT_COLUMNS)
