"""``storyline export docs``: every stored document as JSON Lines, CSV or Parquet.

Columns are exactly :data:`storyline.records.EXPORT_COLUMNS`, in that order, because the
scorers read them by name. Rows are streamed from the store, so exporting a large corpus
holds one row (JSONL, CSV) or one batch (Parquet) in memory at a time.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import IO, Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from storyline.errors import UsageError
from storyline.records import EXPORT_COLUMNS, Status
from storyline.store.reader import Store

ExportFormat = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[ExportFormat, ...] = ("jsonl", "csv", "parquet")

STDOUT = "-"
"""The output name that means "write to standard output" (text formats only)."""

PARQUET_BATCH_ROWS = 1000
"""Rows per Parquet record batch: small enough that a batch of long articles stays a few
megabytes, large enough that per-batch overhead does not matter."""

INT_COLUMNS = frozenset({"words"})

PARQUET_SCHEMA = pa.schema(
    [
        pa.field(name, pa.int64(), nullable=False)
        if name in INT_COLUMNS
        else pa.field(name, pa.string(), nullable=True)
        for name in EXPORT_COLUMNS
    ]
)

Output = Path | str | IO[str]


def export_docs(
    store: Store,
    fmt: ExportFormat,
    out: Output,
    *,
    status: Status | None = None,
) -> int:
    """Write every document (or those with ``status``) to ``out``; return the rows written.

    ``out`` is a path, ``"-"`` for standard output, or an open text stream (jsonl and csv
    only; Parquet needs a path). Raises :class:`UsageError` for an unknown format or a stream
    given for Parquet.
    """
    links = store.doc_events()
    rows = (
        replace(
            doc,
            event=links.get(doc.id, (None, None))[0],
            duplicate_of=links.get(doc.id, (None, None))[1],
        ).export_row()
        for doc in store.documents(status=status)
    )
    if fmt == "parquet":
        return _write_parquet(rows, _parquet_path(out))
    if fmt not in ("jsonl", "csv"):
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with _text_output(out) as stream:
        return _write_jsonl(rows, stream) if fmt == "jsonl" else _write_csv(rows, stream)


REPORT_COLUMNS = (
    "id",
    "type",
    "plover",
    "date",
    "date_precision",
    "date_basis",
    "date_phrase",
    "weekday_mismatch",
    "location",
    "actors",
    "topics",
    "summary",
    "statements",
    "background",
    "sources",
)
"""The columns of ``storyline export reports`` (events as each article reports them)."""

EVENT_COLUMNS = (
    *REPORT_COLUMNS[: REPORT_COLUMNS.index("sources")],
    "reports",
    "copies",
    "outlets",
    "independent_outlets",
    "sources",
    "disagreements",
    "members",
)
"""The columns of ``storyline export events`` (merged events; the scorers read these names)."""


_TEXT = pa.string()
REPORTS_PARQUET_SCHEMA = pa.schema(
    [
        ("id", _TEXT),
        ("type", _TEXT),
        ("plover", pa.struct([("type", _TEXT), ("mode", _TEXT)])),
        ("date", _TEXT),
        ("date_precision", _TEXT),
        ("date_basis", _TEXT),
        ("date_phrase", _TEXT),
        ("weekday_mismatch", pa.bool_()),
        (
            "location",
            pa.struct(
                [("name", _TEXT), ("country", _TEXT), ("lat", pa.float64()), ("lon", pa.float64())]
            ),
        ),
        (
            "actors",
            pa.list_(pa.struct([(f, _TEXT) for f in ("name", "kind", "role", "org", "side")])),
        ),
        ("topics", pa.list_(_TEXT)),
        ("summary", _TEXT),
        ("statements", pa.list_(pa.struct([(f, _TEXT) for f in ("speaker", "quote", "doc")]))),
        ("background", pa.bool_()),
        (
            "sources",
            pa.list_(
                pa.struct(
                    [
                        ("doc", _TEXT),
                        ("doc_id", _TEXT),
                        ("sentence", _TEXT),
                        ("start", pa.int64()),
                        ("end", pa.int64()),
                        ("published", _TEXT),
                    ]
                )
            ),
        ),
    ]
)
"""A fixed schema, so event files from different corpora (or an empty one) line up."""

_SOURCE_FIELDS = [
    ("doc", _TEXT),
    ("doc_id", _TEXT),
    ("sentence", _TEXT),
    ("start", pa.int64()),
    ("end", pa.int64()),
    ("published", _TEXT),
    ("outlet", _TEXT),
    ("copy_of", _TEXT),
    ("date", _TEXT),
    ("date_basis", _TEXT),
]
_VERSION = pa.struct([("value", _TEXT), ("docs", pa.list_(_TEXT))])
_EVENT_FIELDS = [
    *(f for f in REPORTS_PARQUET_SCHEMA if f.name != "sources"),
    ("reports", pa.int64()),
    ("copies", pa.int64()),
    ("outlets", pa.list_(_TEXT)),
    ("independent_outlets", pa.int64()),
    ("sources", pa.list_(pa.struct(_SOURCE_FIELDS))),
    (
        "disagreements",
        pa.list_(pa.struct([("field", _TEXT), ("actor", _TEXT), ("versions", pa.list_(_VERSION))])),
    ),
    ("members", pa.list_(_TEXT)),
]
_BY_NAME = {f[0] if isinstance(f, tuple) else f.name: f for f in _EVENT_FIELDS}
EVENTS_PARQUET_SCHEMA = pa.schema([_BY_NAME[name] for name in EVENT_COLUMNS])
"""The merged events' fixed schema, in :data:`EVENT_COLUMNS` order."""


def export_events(
    events: Iterable[dict[str, Any]], fmt: ExportFormat, out: Output, *, reports: bool = False
) -> int:
    """Write merged event rows to ``out`` (``reports=True``: per-article event rows, as
    :meth:`Store.events` gives them); return the count.

    JSON Lines keeps the nested fields (plover, location, actors, statements, sources) as
    objects; CSV writes them as JSON text in their cells; Parquet as nested columns.
    """
    columns = REPORT_COLUMNS if reports else EVENT_COLUMNS
    rows = ({c: row.get(c) for c in columns} for row in events)
    if fmt == "parquet":
        schema = REPORTS_PARQUET_SCHEMA if reports else EVENTS_PARQUET_SCHEMA
        return _write_parquet(rows, _parquet_path(out), schema)
    if fmt not in ("jsonl", "csv"):
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with _text_output(out) as stream:
        if fmt == "jsonl":
            return _write_jsonl(rows, stream)
        flat = ({k: _cell(v) for k, v in row.items()} for row in rows)
        return _write_csv(flat, stream, columns)


def _cell(value: object) -> object:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value


def _write_jsonl(rows: Iterable[dict[str, object]], stream: IO[str]) -> int:
    count = 0
    for row in rows:
        stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_csv(
    rows: Iterable[dict[str, object]], stream: IO[str], columns: Sequence[str] = EXPORT_COLUMNS
) -> int:
    writer = csv.DictWriter(stream, fieldnames=columns)
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def _write_parquet(
    rows: Iterator[dict[str, object]], path: Path, schema: pa.Schema = PARQUET_SCHEMA
) -> int:
    count = 0
    # The writer is opened before the first batch so an empty store still yields a valid
    # file carrying the schema.
    with pq.ParquetWriter(path, schema) as writer:
        while batch := list(islice(rows, PARQUET_BATCH_ROWS)):
            writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def _parquet_path(out: Output) -> Path:
    if isinstance(out, str | Path) and str(out) != STDOUT:
        return Path(out)
    raise UsageError("parquet export needs a file path, not standard output or a stream")


@contextmanager
def _text_output(out: Output) -> Iterator[IO[str]]:
    if isinstance(out, str | Path) and str(out) == STDOUT:
        yield sys.stdout
        sys.stdout.flush()
    elif isinstance(out, str | Path):
        # newline="" so csv writes its own \r\n and JSON Lines keeps plain \n on every OS.
        with open(out, "w", encoding="utf-8", newline="") as stream:
            yield stream
    else:
        yield out
