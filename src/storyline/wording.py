"""Words around numbers, shared by everything that prints counts (the CLI, timelines, reports).

::

    plural(1, "event")             # "1 event"
    plural(3, "copy", "copies")    # "3 copies"
"""

from __future__ import annotations


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    """``1 report``, ``3 reports``, ``0 reports`` (``nouns`` for an irregular plural:
    ``2 copies``)."""
    return f"{n} {noun}" if n == 1 else f"{n} {nouns or noun + 's'}"
