"""The embedded store: one SQLite file holding every document, article or rejection.

Write through the single :class:`Writer`; read through :func:`open_store`; export with
:func:`export_docs`. The schema is versioned (``PRAGMA user_version``) and migrated on open.
"""

from __future__ import annotations

from storyline.store.export import EVENT_COLUMNS, FORMATS, ExportFormat, export_docs, export_events
from storyline.store.reader import Store, open_store
from storyline.store.schema import MIGRATIONS, SCHEMA_VERSION, Migration, migrate
from storyline.store.writer import ArticleResult, RejectionResult, Writer

__all__ = [
    "EVENT_COLUMNS",
    "FORMATS",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "ArticleResult",
    "ExportFormat",
    "Migration",
    "RejectionResult",
    "Store",
    "Writer",
    "export_docs",
    "export_events",
    "migrate",
    "open_store",
]
