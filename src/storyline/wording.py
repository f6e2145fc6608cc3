"""Words around numbers, shared by everything that prints counts (the CLI, timelines, reports).

::

    plural(1, "event")             # "1 event"
    plural(3, "copy", "copies")    # "3 copies"
"""

from __future__ import annotations

import re


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    """``1 report``, ``3 reports``, ``0 reports`` (``nouns`` for an irregular plural:
    ``2 copies``)."""
    return f"{n} {noun}" if n == 1 else f"{n} {nouns or noun + 's'}"


def says(name: str, words: str) -> bool:
    """Whether ``name`` holds ``words`` as whole words, case aside: a label need not say them
    again ("government of Iraq" says "government"; "Munir Akram" does not say "UN")."""
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", name, re.IGNORECASE) is not None


def described(name: str, role: str | None, org: str | None) -> list[str]:
    """What a label adds to a name, in order: the role and the organisation, each unless the
    name already says it ("government of Iraq", not "government of Iraq (government, Iraq)")."""
    return [x for x in (role, org) if x and not says(name, x)]
