"""A seeded generator of hostile inputs for ingest (issue 9), shared by the tests and the bench.

``generate(seed, count, root)`` writes ``count`` input files (and special files: FIFOs,
sockets, unreadable folders, paths longer than PATH_MAX) under ``root`` and returns one
:class:`HostileCase` per input saying what ingest must make of it:

* ``good``: stored as an article, ``docs`` documents of it, each exactly once;
* ``bad``: not stored as an article, and exactly one error line in the summary names it;
* ``either``: one of the two (a budget may reject it, a repair may keep it), never a crash.

Every path holds the case's ``token`` (``h00042``), an ASCII string no other case's path
holds, so a summary line or a stored document can be traced to its case even when the rest
of the name is hostile. Every kind is written once, in a fixed order, then further cases
are drawn at random from the kinds that are cheap to repeat; the same seed gives the same
files. The heavy kinds (huge paragraphs, lines and nesting) are written once, at the sizes
of :class:`Sizes`: :data:`SMALL` for ``make test``, :data:`FULL` for the bench.
"""

from __future__ import annotations

from tests.hostile.files import make_socket, write_past_path_max
from tests.hostile.kinds import KINDS, generate
from tests.hostile.run import (
    Row,
    Run,
    cleanup,
    export_rows,
    judge,
    printable,
    rows_of,
    run_cli,
    total_docs,
    unclean_values,
)
from tests.hostile.stories import (
    FULL,
    SMALL,
    STORIES,
    HostileCase,
    Sizes,
    Story,
    html_page,
    jsonl_line,
    page_dump,
    record,
)

__all__ = [
    "FULL",
    "KINDS",
    "SMALL",
    "STORIES",
    "HostileCase",
    "Row",
    "Run",
    "Sizes",
    "Story",
    "cleanup",
    "export_rows",
    "generate",
    "html_page",
    "jsonl_line",
    "judge",
    "make_socket",
    "page_dump",
    "printable",
    "record",
    "rows_of",
    "run_cli",
    "total_docs",
    "unclean_values",
    "write_past_path_max",
]
