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
from dataclasses import asdict, replace
from pathlib import Path
from typing import IO, Any, Literal

from storyline.errors import UsageError
from storyline.records import EXPORT_COLUMNS, Status
from storyline.store.reader import DocLinks, Store

ExportFormat = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[ExportFormat, ...] = ("jsonl", "csv", "parquet")

STDOUT = "-"
"""The output name that means "write to standard output" (text formats only)."""

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
    none = DocLinks(None, (), None)
    rows = (
        replace(doc, **asdict(links.get(doc.id, none))).export_row()
        for doc in store.documents(status=status)
    )
    if fmt == "parquet":
        from storyline.store.parquet import write_parquet

        return write_parquet(rows, _parquet_path(out))
    if fmt not in ("jsonl", "csv"):
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with _text_output(out) as stream:
        if fmt == "jsonl":
            return _write_jsonl(rows, stream)
        return _write_csv(({k: _cell(v) for k, v in row.items()} for row in rows), stream)


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
    "decided",
    "promised",
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
        from storyline.store import parquet

        schema = parquet.REPORTS_PARQUET_SCHEMA if reports else parquet.EVENTS_PARQUET_SCHEMA
        return parquet.write_parquet(rows, _parquet_path(out), schema)
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
