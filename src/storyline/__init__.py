"""storyline: raw news pages in, a trustworthy record of what happened out.

The public API; everything else is private and may change::

    from storyline import Settings, ingest, open_store, export_docs

    summary = ingest(["pages/"], Settings(db=Path("news.db")))
    with open_store("news.db") as store:
        for doc in store.documents(status="ok"):
            print(doc.doc, doc.meta.published.value, doc.meta.title.value)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storyline.clean.metadata import read_metadata
    from storyline.clean.pagedump import CleanPage, extract
    from storyline.config import Settings
    from storyline.errors import (
        BinaryInput,
        Code,
        EmptyInput,
        IngestError,
        MalformedInput,
        NoArticle,
        StoreError,
        StorylineError,
        TooLarge,
        Undecodable,
        UnreadableInput,
        UsageError,
    )
    from storyline.ingest.pipeline import Summary, ingest, process, reprocess
    from storyline.records import (
        Article,
        Field,
        Metadata,
        RawDocument,
        Rejection,
        StoredDocument,
        content_id,
    )
    from storyline.store import Store, Writer, export_docs, open_store

_HOMES = {
    "storyline.clean.metadata": ("read_metadata",),
    "storyline.clean.pagedump": ("CleanPage", "extract"),
    "storyline.config": ("Settings",),
    "storyline.errors": (
        "BinaryInput",
        "Code",
        "EmptyInput",
        "IngestError",
        "MalformedInput",
        "NoArticle",
        "StoreError",
        "StorylineError",
        "TooLarge",
        "Undecodable",
        "UnreadableInput",
        "UsageError",
    ),
    "storyline.ingest.pipeline": ("Summary", "ingest", "process", "reprocess"),
    "storyline.records": (
        "Article",
        "Field",
        "Metadata",
        "RawDocument",
        "Rejection",
        "StoredDocument",
        "content_id",
    ),
    "storyline.store": ("Store", "Writer", "export_docs", "open_store"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}
"""Where each public name lives. They are imported on first use (PEP 562), so that
``import storyline.cli`` or ``storyline.store`` does not load the ingest cascade, pyarrow or
spaCy: a read command starts in a fraction of a second."""


def __getattr__(name: str) -> object:
    module = _HOME_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'storyline' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__version__ = "0.1.0"

__all__ = [
    "Article",
    "BinaryInput",
    "CleanPage",
    "Code",
    "EmptyInput",
    "Field",
    "IngestError",
    "MalformedInput",
    "Metadata",
    "NoArticle",
    "RawDocument",
    "Rejection",
    "Settings",
    "Store",
    "StoreError",
    "StoredDocument",
    "StorylineError",
    "Summary",
    "TooLarge",
    "Undecodable",
    "UnreadableInput",
    "UsageError",
    "Writer",
    "__version__",
    "content_id",
    "export_docs",
    "extract",
    "ingest",
    "open_store",
    "process",
    "read_metadata",
    "reprocess",
]
