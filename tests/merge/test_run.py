"""Merging over the store, end to end without the extractor: per-article events written by
hand (:mod:`tests.merge.stored`), merged, then read back by the timeline and the export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.config import Settings
from storyline.ingest.workers import Workers
from storyline.merge.run import catch_up, merge
from storyline.records import MergedEvent
from storyline.store import export_docs, open_store
from storyline.timeline import Filter, render
from storyline.timeline.load import timeline, timeline_events
from tests.merge.stored import REPORTS, write_reports


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("names") / "store.db"
    write_reports(path)
    merge(Settings(db=path))
    return path


def merged_events(db: Path) -> list[MergedEvent]:
    with open_store(db) as store:
        return store.merged()


def test_run_reports_naming_one_group_differently_are_one_event(db: Path) -> None:
    attack = next(e for e in merged_events(db) if e.type == "attack")
    assert {s.doc for s in attack.sources} == set(REPORTS)
    # Two reports say ISIL, one Daesh: the event shows the name most reports give.
    assert [a.name for a in attack.actors] == ["ISIL", "Iraq"]
    assert attack.summary.startswith("ISIL ") and attack.summary.endswith(".")


def test_run_undated_report_published_in_a_month_stays_undated(db: Path) -> None:
    later = next(e for e in merged_events(db) if e.type == "kill")
    assert later.date.value is None and later.date.basis is None
    assert [a.name for a in later.actors] == ["Daesh", "Syria"]
    assert {s.published for s in later.sources} == {"2016-07"}


@pytest.mark.parametrize("query", ["ISIS", "ISIL", "Daesh", "Islamic State", "the Islamic State"])
def test_run_timeline_actor_finds_the_group_under_every_name(db: Path, query: str) -> None:
    with open_store(db) as store:
        found = timeline_events(store, Filter(actor=query))
    assert [e.type for e in found] == ["attack", "kill"]  # undated last


def test_run_timeline_date_range_counts_the_undated_it_leaves_out(db: Path) -> None:
    with open_store(db) as store:
        shown = timeline(store, Filter(actor="ISIS", start="2016-07"))
    assert [e.type for e in shown.events] == ["attack"]
    assert shown.undated_left_out == 1


def test_run_month_published_shown_as_a_month(db: Path, tmp_path: Path) -> None:
    with open_store(db) as store:
        out = tmp_path / "docs.jsonl"
        export_docs(store, "jsonl", out)
    rows = {row["doc"]: row for row in map(json.loads, out.read_text().splitlines())}
    assert (rows["release-d"]["published"], rows["release-d"]["published_basis"]) == (
        "2016-07",
        "url",
    )
    page = render(merged_events(db), "html", title="t")
    assert "· 2016-07</cite>" in page


class _Recording(Workers):
    """Workers that note, each time they are closed, how many merged events the store holds."""

    def __init__(self, db: Path) -> None:
        super().__init__(1)
        self.db = db
        self.merged_when_closed: list[int] = []

    def close(self, *, terminate: bool = False) -> None:
        self.merged_when_closed.append(len(merged_events(self.db)))
        super().close(terminate=terminate)


def test_run_catch_up_stops_the_workers_before_it_merges(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    write_reports(db)
    pool = _Recording(db)
    done = catch_up(Settings(db=db), workers=pool)
    # Idle workers hold a model each: merging, in this process, runs without them.
    assert pool.merged_when_closed == [0]
    assert done.merged.placed == len(REPORTS) + 1 and merged_events(db)
