"""The shared dev sets' real texts, for the tests that check a faster way of running the model
gives what the model's own way gives, token for token."""

from __future__ import annotations

import json

from tests.conftest import shared_or_skip

REALNEWS_CHARS = 5000
"""How much of each realnews text is read: enough for every kind of sentence, not the whole."""


def realnews_texts() -> list[str]:
    """The first :data:`REALNEWS_CHARS` characters of each realnews dev text (skip without
    ../shared)."""
    docs = shared_or_skip("bench", "realnews", "dev", "docs.jsonl")
    with docs.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"][:REALNEWS_CHARS] for line in lines]


def ecb_texts() -> list[str]:
    """Every ECB+ dev text, in file order (skip without ../shared)."""
    folder = shared_or_skip("bench", "ecbplus", "dev", "docs")
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.txt"))]
