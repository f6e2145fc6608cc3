"""F1 gates over our own Arabic reports, and their merge with the English seeds they retell.

``tests/data/arabic``: 43 reports written for these tests (in our own words, retelling public
events in the style of Iraqi and regional agencies), with gold in the schema of the shared
seeds' gold. Floors are pinned a little under the measured values (README, "Arabic").
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from tests.conftest import shared_or_skip
from tests.test_quality import merged_exports, scorer

ARABIC = Path(__file__).parent / "data" / "arabic"
ARABIC_EVENT_F1 = 0.95
ARABIC_DATE_ACCURACY = 0.95
ARABIC_NAMES_LINKED = 0.95
"""Share of the gold's participants found under their English canonical name (actor recall)."""
ARABIC_PLACE_ACCURACY = 0.95


def arabic_gold() -> dict[str, Any]:
    gold: dict[str, Any] = json.loads((ARABIC / "gold.json").read_text("utf-8"))
    return gold


def test_quality_arabic_events(tmp_path: Path) -> None:
    docs, events = merged_exports(ARABIC / "docs", tmp_path)
    assert all(d["status"] == "ok" and d["lang"] == "ar" for d in docs)
    report = scorer().score(arabic_gold(), docs, events, None)
    found = report["events"]
    assert found["f1"] >= ARABIC_EVENT_F1
    assert found["date_accuracy"] >= ARABIC_DATE_ACCURACY
    assert found["actor_recall"] >= ARABIC_NAMES_LINKED
    assert found["location_accuracy"] >= ARABIC_PLACE_ACCURACY
    assert found["merge_source_recall"] == 1.0
    assert report["documents"]["title"] == 1.0 and report["documents"]["published"] == 1.0
    assert report["documents"]["boilerplate_left"] == []
    origins = {d["doc"]: d["origin"] for d in arabic_gold()["documents"]}
    assert {d["doc"]: d["origin"] for d in docs} == origins


def test_quality_arabic_retellings_merge_with_the_english_seeds(tmp_path: Path) -> None:
    """Every Arabic report of a seed's event is a source of the English seed's event: one
    merged event per happening, its sources in both languages."""
    seeds_gold = json.loads(shared_or_skip("gold", "seeds.json").read_text("utf-8"))
    retold: dict[str, list[str]] = {}
    for event in arabic_gold()["events"]:
        if event.get("seed"):
            retold.setdefault(event["seed"], []).extend(event["sources"])
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for seed in shared_or_skip("seeds").iterdir():
        shutil.copy(seed, inputs / seed.name)
    for doc in {d for docs in retold.values() for d in docs}:
        shutil.copy(ARABIC / "docs" / f"{doc}.txt", inputs / f"{doc}.txt")
    gold = dict(seeds_gold, documents=[])
    gold["events"] = [
        dict(e, sources=[*e["sources"], *retold.get(e["key"], [])]) for e in seeds_gold["events"]
    ]
    docs, events = merged_exports(inputs, tmp_path)
    report = scorer().score(gold, docs, events, None)["events"]
    assert report["merge_source_recall"] == 1.0
    assert (report["precision"], report["recall"]) == (1.0, 1.0)
    assert report["date_accuracy"] == 1.0
    languages = {
        frozenset(s["lang"] for s in e["sources"]) for e in events if len(e["sources"]) > 1
    }
    assert frozenset({"en", "ar"}) in languages
