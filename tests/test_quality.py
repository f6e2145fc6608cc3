"""F1 gates over the shared goldens, through the whole ingest -> store -> export path.

Floors are pinned a little under the measured values (see README, "Quality"); a change that
drops below one fails CI. The scorers are the official ones in ../shared/eval.
"""

from __future__ import annotations

import csv
import importlib
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from storyline.config import Settings
from storyline.ingest.pipeline import ingest
from storyline.store import export_docs, open_store
from tests.conftest import shared_or_skip

SEED_BODY_F1 = 0.97
SEED_EVENT_RECALL = 1.0
SEED_EVENT_PRECISION = 1.0
SEED_ROLE_ACCURACY = 0.9
PAGEDUMP_BODY_F1 = 0.90
HTML_BODY_F1 = 0.94
ECB_BCUBED_F1 = 0.928
"""The issue's bar is 0.93; measured 0.931 (README, "Quality"): a floor a little under it, as
story grouping depends a little on the order reports come in."""
ECB_ARI = 0.90
# realnews dev (real releases and news nobody here wrote): floors a little under the measured
# values (README, "Quality"); the aims are higher (F1 0.75, type and role 0.85, place
# 0.80; role's floor is its bar) and the README says how far off each still is.
REALNEWS_EVENT_F1 = 0.845
REALNEWS_DATE_ACCURACY = 0.97
REALNEWS_TYPE_ACCURACY = 0.90
REALNEWS_ROLE_ACCURACY = 0.85
REALNEWS_PLACE_ACCURACY = 0.89
# (measured: F1 0.852, type 0.914, role 0.855, place 0.903. The scorer keys people by surname:
# in one transcript four people of one family are one key, and which of two gold meetings of
# theirs takes which of the reader's two is a tie its order decides)


def scorer() -> ModuleType:
    sys.path.insert(0, str(shared_or_skip("eval")))
    return importlib.import_module("score")


def exported(inputs: Path, tmp_path: Path) -> list[dict[str, object]]:
    settings = Settings(db=tmp_path / "q.db")
    ingest([str(inputs)], settings)
    out = tmp_path / "docs.jsonl"
    with open_store(settings.db) as store:
        export_docs(store, "jsonl", out)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def mean_body_f1(rows: list[dict[str, object]], gold: Path) -> float:
    score = scorer()
    texts = {score.doc_key(str(r["doc"])): str(r.get("text") or "") for r in rows}
    bodies = sorted(gold.glob("*.body.txt"))
    f1s = [
        score.bag_f1(texts.get(b.name[: -len(".body.txt")], ""), b.read_text("utf-8"))[2]
        for b in bodies
    ]
    return sum(f1s) / len(f1s)


def test_quality_seeds_bodies_and_metadata(tmp_path: Path) -> None:
    gold_path = shared_or_skip("gold", "seeds.json")
    rows = exported(shared_or_skip("seeds"), tmp_path)
    report = scorer().score(
        json.loads(gold_path.read_text("utf-8")), rows, [], gold_path.with_suffix("")
    )
    docs = report["documents"]
    assert docs["found"] == docs["expected"]
    assert docs["body_f1"] >= SEED_BODY_F1
    assert docs["boilerplate_left"] == []
    assert (docs["title"], docs["published"], docs["outlet"]) == (1.0, 1.0, 1.0)


def test_quality_page_dumps_body_f1(tmp_path: Path) -> None:
    dev = shared_or_skip("bench", "pagedump", "dev")
    rows = exported(dev / "pages", tmp_path)
    assert mean_body_f1(rows, dev / "gold") >= PAGEDUMP_BODY_F1


def test_quality_html_body_f1(tmp_path: Path) -> None:
    dev = shared_or_skip("bench", "pagedump", "dev")
    rows = exported(dev / "html", tmp_path)
    assert all(r["status"] == "ok" for r in rows)
    assert mean_body_f1(rows, dev / "gold") >= HTML_BODY_F1


@pytest.mark.parametrize("field", ["title", "published", "outlet"])
def test_quality_seed_unknowns_stay_null(tmp_path: Path, field: str) -> None:
    gold = json.loads(shared_or_skip("gold", "seeds.json").read_text("utf-8"))
    rows = {r["doc"]: r for r in exported(shared_or_skip("seeds"), tmp_path)}
    for doc in gold["documents"]:
        if doc[field] is None:
            assert rows[doc["doc"]][field] is None, (doc["doc"], field)


def merged_exports(
    inputs: Path, tmp_path: Path
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Docs and merged events, after the whole ingest -> events -> merge path."""
    from storyline.merge.run import catch_up

    settings = Settings(db=tmp_path / "e.db")
    ingest([str(inputs)], settings)
    catch_up(settings)
    out = tmp_path / "docs.jsonl"
    with open_store(settings.db) as store:
        events = [e.export_row() for e in store.merged()]
        export_docs(store, "jsonl", out)
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return docs, events


def test_quality_seed_events(tmp_path: Path) -> None:
    gold_path = shared_or_skip("gold", "seeds.json")
    docs, events = merged_exports(shared_or_skip("seeds"), tmp_path)
    gold = json.loads(gold_path.read_text("utf-8"))
    report = scorer().score(gold, docs, events, None)["events"]
    assert report["recall"] >= SEED_EVENT_RECALL
    assert report["precision"] >= SEED_EVENT_PRECISION
    assert report["date_accuracy"] == 1.0
    assert report["location_accuracy"] == 1.0
    assert report["role_accuracy"] >= SEED_ROLE_ACCURACY
    assert report["merge_source_recall"] == 1.0


def test_quality_seed_undated_report_takes_the_corroborated_date(tmp_path: Path) -> None:
    """Seed 001 says only "met Wednesday" and has no date of its own; merged with 000 it
    shows 2025-02-05, and says where that date came from."""
    docs, events = merged_exports(shared_or_skip("seeds"), tmp_path)
    undated = [d["doc"] for d in docs if d["doc"].startswith("001_")]
    sources = [s for e in events for s in e["sources"] if s["doc"] in undated]
    assert sources and all(
        s["date"] == "2025-02-05" and s["date_basis"] == "corroborated" for s in sources
    )


def test_quality_ecbplus_documents_grouped_by_event(tmp_path: Path) -> None:
    """ECB+ dev: 772 texts, 35 topics of two look-alike events each (README, "Quality")."""
    dev = shared_or_skip("bench", "ecbplus", "dev")
    sys.path.insert(0, str(shared_or_skip("eval")))
    clusters = importlib.import_module("score_clusters")
    docs, _ = merged_exports(dev / "docs", tmp_path)
    with (dev / "gold.tsv").open(encoding="utf-8") as f:
        gold = {row["doc"]: row["event"] for row in csv.DictReader(f, delimiter="\t")}
    events = {clusters.doc_key(str(d["doc"])): d.get("event") for d in docs}
    pred = {d: f"e:{events[d]}" if events.get(d) else f"alone:{d}" for d in gold}
    assert clusters.b_cubed(gold, pred)[2] >= ECB_BCUBED_F1
    assert clusters.adjusted_rand(gold, pred) >= ECB_ARI


def test_quality_seed_events_do_not_depend_on_ingest_order(tmp_path: Path) -> None:
    """One file per run, the undated 001 first: the same events as one run of all five."""
    from storyline.merge.run import catch_up

    gold = json.loads(shared_or_skip("gold", "seeds.json").read_text("utf-8"))
    settings = Settings(db=tmp_path / "o.db")
    for prefix in ("001_", "004_", "003_", "002_", "000_"):
        ingest([str(p) for p in shared_or_skip("seeds").glob(f"{prefix}*")], settings)
        catch_up(settings)
    out = tmp_path / "docs.jsonl"
    with open_store(settings.db) as store:
        events = [e.export_row() for e in store.merged()]
        export_docs(store, "jsonl", out)
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    report = scorer().score(gold, docs, events, None)["events"]
    assert (report["precision"], report["recall"]) == (1.0, 1.0)
    assert report["date_accuracy"] == 1.0 and report["merge_source_recall"] == 1.0


def test_quality_realnews_events(tmp_path: Path) -> None:
    """realnews dev: 89 crawler records of real releases and news, gold by careful reading."""
    dev = shared_or_skip("bench", "realnews", "dev")
    docs, events = merged_exports(dev / "docs.jsonl", tmp_path)
    assert all(d["status"] == "ok" for d in docs)
    gold = json.loads((dev / "gold.json").read_text("utf-8"))
    report = scorer().score(gold, docs, events, None)["events"]
    assert report["f1"] >= REALNEWS_EVENT_F1
    assert report["date_accuracy"] >= REALNEWS_DATE_ACCURACY
    assert report["type_accuracy"] >= REALNEWS_TYPE_ACCURACY
    assert report["role_accuracy"] >= REALNEWS_ROLE_ACCURACY
    assert report["location_accuracy"] >= REALNEWS_PLACE_ACCURACY
