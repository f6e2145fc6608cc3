"""Parquet files of the exports, with fixed schemas (nested columns for events).

Kept apart from :mod:`storyline.store.export` so that pyarrow, a tenth of a second to import,
is loaded only by a command that writes Parquet.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from storyline.records import EXPORT_COLUMNS
from storyline.store.export import EVENT_COLUMNS

PARQUET_BATCH_ROWS = 1000
"""Rows per Parquet record batch: small enough that a batch of long articles stays a few
megabytes, large enough that per-batch overhead does not matter."""

INT_COLUMNS = frozenset({"words"})
LIST_COLUMNS = frozenset({"events"})

PARQUET_SCHEMA = pa.schema(
    [
        pa.field(name, pa.int64(), nullable=False)
        if name in INT_COLUMNS
        else pa.field(name, pa.list_(pa.string()), nullable=False)
        if name in LIST_COLUMNS
        else pa.field(name, pa.string(), nullable=True)
        for name in EXPORT_COLUMNS
    ]
)

_TEXT = pa.string()
_EVIDENCE_FIELDS = [
    ("doc", _TEXT),
    ("doc_id", _TEXT),
    ("sentence", _TEXT),
    ("start", pa.int64()),
    ("end", pa.int64()),
    ("published", _TEXT),
]
"""The fields of one piece of evidence, as a report's and a merged event's sources share them."""
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
            pa.list_(
                pa.struct(
                    [(f, _TEXT) for f in ("name", "kind", "role", "office", "org", "side", "part")]
                )
            ),
        ),
        ("topics", pa.list_(_TEXT)),
        ("summary", _TEXT),
        ("statements", pa.list_(pa.struct([(f, _TEXT) for f in ("speaker", "quote", "doc")]))),
        ("background", pa.bool_()),
        ("decided", pa.bool_()),
        ("promised", _TEXT),
        ("sources", pa.list_(pa.struct(_EVIDENCE_FIELDS))),
    ]
)
"""A fixed schema, so event files from different corpora (or an empty one) line up."""

_SOURCE_FIELDS = [
    *_EVIDENCE_FIELDS,
    ("outlet", _TEXT),
    ("copy_of", _TEXT),
    ("date", _TEXT),
    ("date_basis", _TEXT),
    ("lang", _TEXT),
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


def write_parquet(
    rows: Iterator[dict[str, object]], path: Path, schema: pa.Schema = PARQUET_SCHEMA
) -> int:
    """Write ``rows`` to a Parquet file at ``path`` with ``schema``; return the count."""
    count = 0
    # The writer is opened before the first batch so an empty store still yields a valid
    # file carrying the schema.
    with pq.ParquetWriter(path, schema) as writer:
        while batch := list(islice(rows, PARQUET_BATCH_ROWS)):
            writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
