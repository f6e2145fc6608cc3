"""Metadata of the five seed pages against their hand-made gold (../shared, skipped if absent).

Title, published and outlet are scored fields and must all be right; origin, author and
language are checked too, as they are right today and a change that breaks them should show.
"""

from __future__ import annotations

import json
import re
import unicodedata

import pytest

from storyline.clean.metadata import read_metadata
from tests.conftest import shared_or_skip

FIELDS = ("title", "published", "outlet", "origin", "author", "lang")
SEEDS = (
    "000_7d05c0e9cc41da89",
    "001_c1292d2c2319ba1f",
    "002_625ce1b554ffb970",
    "003_b0189890fb2ad788",
    "004_22032a1dfcab7bf5",
)


def norm(text: str | None) -> str:
    """The scorer's comparison: lower case, accents and typographic quotes folded, words only."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", text.lower().replace("’", "'").replace("'", "")))


@pytest.mark.parametrize("doc", SEEDS)
def test_metadata_seed_matches_gold(doc: str) -> None:
    gold = json.loads(shared_or_skip("gold", "seeds.json").read_text(encoding="utf-8"))
    expected = next(d for d in gold["documents"] if d["doc"] == doc)
    page = shared_or_skip("seeds", f"{doc}.txt").read_text(encoding="utf-8")
    body = shared_or_skip("gold", "seeds", f"{doc}.body.txt").read_text(encoding="utf-8")
    meta = read_metadata(page, body)
    got = {name: norm(getattr(meta, name).value) for name in FIELDS}
    assert got == {name: norm(expected[name]) for name in FIELDS}
