"""Merging across reports, seen from the command line: docs export links, merged events,
timelines, the HTML report and the monthly series, over our sample corpus (examples/)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from tests.merge.stored import write_merged

runner = CliRunner(env={"COLUMNS": "200"})
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
RUTTE_REPORTS = (
    "euphrates-ledger-2025-02-05-rutte-baghdad",
    "gulf-wire-daily-2025-02-07-rutte-sudani-talks",
    "tigris-herald-2025-02-06-rutte-baghdad",
)
ORIGINAL, COPY = (
    "gulf-wire-daily-2025-05-21-strategic-dialogue",
    "tigris-herald-2025-05-24-strategic-dialogue-syndicated",
)


def run(*args: str, db: Path) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--db", str(db)])
    return result.exit_code, result.output


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("sample") / "s.db"
    code, output = run("ingest", str(EXAMPLES), "-q", db=db)
    assert code == 0, output
    return db


@pytest.fixture(scope="module")
def docs(sample_db: Path) -> dict[str, dict[str, Any]]:
    return {d["doc"]: d for d in jsonl(run("export", "docs", db=sample_db)[1])}


@pytest.fixture(scope="module")
def events(sample_db: Path) -> list[dict[str, Any]]:
    return jsonl(run("export", "events", db=sample_db)[1])


def test_timeline_cli_docs_export_links_copies_and_events(docs: dict[str, dict[str, Any]]) -> None:
    assert docs[COPY]["duplicate_of"] == ORIGINAL
    assert docs[ORIGINAL]["duplicate_of"] is None
    assert docs[COPY]["event"] == docs[ORIGINAL]["event"] is not None
    assert len({docs[name]["event"] for name in RUTTE_REPORTS}) == 1


def test_timeline_cli_docs_export_events_are_where_its_reports_went(
    docs: dict[str, dict[str, Any]], events: list[dict[str, Any]]
) -> None:
    """``events`` lists exactly the merged events holding the document's reports (a copy's
    are its original's); ``event``, the story's main event, may be one of another article."""
    for name, doc in docs.items():
        reader = doc["duplicate_of"] or name
        holding = {e["id"] for e in events if any(s["doc"] == reader for s in e["sources"])}
        assert set(doc["events"]) == holding, name
        assert len(doc["events"]) == len(holding)
    assert all(docs[name]["events"] for name in (*RUTTE_REPORTS, ORIGINAL, COPY))
    assert docs[COPY]["events"] == docs[ORIGINAL]["events"]


def test_timeline_cli_one_event_carries_every_report(
    docs: dict[str, dict[str, Any]], events: list[dict[str, Any]]
) -> None:
    rutte = next(e for e in events if e["id"] == docs[RUTTE_REPORTS[0]]["event"])
    assert rutte["date"] == "2025-02-05" and rutte["type"] == "meet"
    assert {s["doc"] for s in rutte["sources"]} >= {*RUTTE_REPORTS, ORIGINAL}
    # the three reports of the day, and the May article that recalls "In February, Rutte
    # visited Baghdad and held talks with al-Sudani" (its syndicated copy is no new report)
    assert rutte["reports"] == 4 and rutte["independent_outlets"] == 3


def test_timeline_cli_copy_is_a_report_but_not_an_independent_one(
    docs: dict[str, dict[str, Any]], events: list[dict[str, Any]]
) -> None:
    dialogue = next(e for e in events if e["id"] == docs[ORIGINAL]["event"])
    copies = [s for s in dialogue["sources"] if s["doc"] == COPY]
    assert copies and all(s["copy_of"] == ORIGINAL for s in copies)
    assert copies[0]["start"] >= 0  # the sentence is found in the copy's own text
    outlets = {s["outlet"] for s in dialogue["sources"]}
    assert dialogue["independent_outlets"] == len(outlets) - 1


def test_timeline_cli_copies_are_read_for_events_once(sample_db: Path) -> None:
    reports = jsonl(run("export", "reports", db=sample_db)[1])
    assert not [r for r in reports if r["sources"][0]["doc"] == COPY]
    assert [r for r in reports if r["sources"][0]["doc"] == ORIGINAL]


def test_timeline_cli_disagreeing_titles_are_kept_with_their_sources(
    events: list[dict[str, Any]],
) -> None:
    versions = {
        v["value"]: v["docs"]
        for e in events
        for d in e["disagreements"]
        if d["field"] == "role" and d["actor"] == "Thomas Goffus"
        for v in d["versions"]
    }
    assert versions["Deputy Secretary General for Operations"] == [
        "al-rafidain-monitor-2023-04-04-araji-goffus-call"
    ]
    assert versions["Assistant Secretary General for Operations"] == [
        "euphrates-ledger-2023-04-06-araji-nato-call"
    ]


def test_timeline_cli_look_alike_meetings_stay_apart(events: list[dict[str, Any]]) -> None:
    meetings = [
        e for e in events
        if e["type"] == "meet" and {"Mohammed Shia' al-Sudani"} <= {a["name"] for a in e["actors"]}
    ]  # fmt: skip
    dates = sorted(e["date"] for e in meetings if not e["background"])
    assert "2024-01-17" in dates and "2025-02-05" in dates


def test_timeline_cli_text_is_chronological_one_line_per_event(sample_db: Path) -> None:
    code, output = run("timeline", db=sample_db)
    assert code == 0
    lines = [line for line in output.splitlines() if line[:4].isdigit()]
    assert lines == sorted(lines, key=lambda line: line.split()[0].rstrip("*"))
    rutte = next(line for line in lines if line.startswith("2025-02-05 ") and " meet " in line)
    assert "Mark Rutte (Secretary General, NATO)" in rutte and "4 reports" in rutte


def test_timeline_cli_pair_and_dates_narrow_the_timeline(sample_db: Path) -> None:
    code, output = run(
        "timeline", "--pair", "Iraq", "NATO", "--from", "2025", "-f", "json", db=sample_db
    )
    assert code == 0
    shown = json.loads(output)
    assert shown and all(e["date"] >= "2025" for e in shown)
    code, output = run(
        "timeline", "--actor", "Goffus", "--to", "2023-12", "-f", "json", db=sample_db
    )
    assert code == 0
    assert {e["date"] for e in json.loads(output)} == {"2023-04-04"}


def test_timeline_cli_markdown_and_html_files(sample_db: Path, tmp_path: Path) -> None:
    md, page = tmp_path / "t.md", tmp_path / "t.html"
    assert run("timeline", "-f", "md", "-o", str(md), db=sample_db)[0] == 0
    assert md.read_text(encoding="utf-8").startswith("#")
    assert (
        run("timeline", "--topic", "dialogue", "-f", "html", "-o", str(page), db=sample_db)[0] == 0
    )
    html = page.read_text(encoding="utf-8")
    assert "<svg" in html and "<details" in html and "<script src" not in html


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2025-13"), "not a date"),
        (("-f", "xml"), "--format must be one of"),
    ],
)
def test_timeline_cli_rejects_bad_options(
    sample_db: Path, args: tuple[str, ...], message: str
) -> None:
    code, output = run("timeline", *args, db=sample_db)
    assert code == 2 and message in output


def test_timeline_cli_report_is_one_offline_file(sample_db: Path, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    code, output = run("report", "-o", str(page), db=sample_db)
    assert code == 0 and "events from" in output
    html = page.read_text(encoding="utf-8")
    assert html.count("<details") >= 10 and "<svg" in html
    assert "<link" not in html and "<script src" not in html and "@import" not in html


def test_timeline_cli_series_counts_events_per_month(sample_db: Path) -> None:
    code, output = run("export", "series", db=sample_db)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(output[output.index("month,") :])))
    totals = [r for r in rows if r["actor_a"] == "*" and r["month"] == "2025-02"]
    assert totals and all(r["direction"] in ("cooperation", "conflict", "neutral") for r in rows)
    meet = next(r for r in totals if r["type"] == "meet")
    assert meet["plover_type"] == "CONSULT" and meet["direction"] == "cooperation"
    assert run("export", "series", "-f", "json", db=sample_db)[0] == 2


def test_timeline_cli_later_reports_join_existing_events(tmp_path: Path) -> None:
    """Incremental: an article ingested later joins the event the earlier ones made; the
    event keeps its id, and ingesting everything again changes nothing."""
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir(), later.mkdir()
    for path in EXAMPLES.iterdir():
        shutil.copy(path, (later if path.stem == RUTTE_REPORTS[2] else first) / path.name)
    db = tmp_path / "s.db"
    assert run("ingest", str(first), "-q", db=db)[0] == 0
    before = {d["doc"]: d["event"] for d in jsonl(run("export", "docs", db=db)[1])}
    assert run("ingest", str(later), "-q", db=db)[0] == 0
    after_docs = {d["doc"]: d["event"] for d in jsonl(run("export", "docs", db=db)[1])}
    assert after_docs[RUTTE_REPORTS[2]] == before[RUTTE_REPORTS[0]] == after_docs[RUTTE_REPORTS[0]]
    exported = run("export", "events", db=db)[1]
    rutte = next(e for e in jsonl(exported) if e["id"] == before[RUTTE_REPORTS[0]])
    assert rutte["reports"] == 4
    assert run("ingest", str(first), str(later), "-q", db=db)[0] == 0
    assert run("export", "events", db=db)[1] == exported


def _events_by_doc(db: Path) -> dict[str, dict[str, Any]]:
    events = {e["id"]: e for e in jsonl(run("export", "events", db=db)[1])}
    docs = jsonl(run("export", "docs", db=db)[1])
    return {d["doc"]: events[d["event"]] for d in docs if d["event"]}


def test_timeline_cli_one_file_at_a_time_gives_what_one_run_gives(tmp_path: Path) -> None:
    """Names made canonical by later articles, copies and corroborating reports found later
    reach the events made earlier."""
    one, each = tmp_path / "one.db", tmp_path / "each.db"
    assert run("ingest", str(EXAMPLES), "-q", db=one)[0] == 0
    for path in sorted(EXAMPLES.iterdir()):
        assert run("ingest", str(path), "-q", db=each)[0] == 0
    whole, parts = _events_by_doc(one), _events_by_doc(each)
    for doc in (*RUTTE_REPORTS, ORIGINAL, COPY):
        a, b = whole[doc], parts[doc]
        assert (a["date"], a["reports"], a["independent_outlets"]) == (
            b["date"],
            b["reports"],
            b["independent_outlets"],
        )
        assert sorted(x["name"] for x in a["actors"]) == sorted(x["name"] for x in b["actors"])


def test_timeline_cli_copy_of_a_replaced_original_is_read_again(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in (ORIGINAL, COPY):
        shutil.copy(EXAMPLES / f"{name}.txt", folder / f"{name}.txt")
    db = tmp_path / "s.db"
    assert run("ingest", str(folder), "-q", db=db)[0] == 0
    original = folder / f"{ORIGINAL}.txt"
    original.write_text(original.read_text("utf-8").replace("Baghdad", "the capital", 1), "utf-8")
    assert run("ingest", str(folder), "-q", db=db)[0] == 0
    docs = {d["doc"]: d for d in jsonl(run("export", "docs", db=db)[1])}
    assert all(docs[name]["event"] for name in (ORIGINAL, COPY))
    code, output = run("timeline", db=db)
    assert code == 0 and "2025-05-21" in output


def test_timeline_cli_actors_file_keeps_applying_without_reading_again(tmp_path: Path) -> None:
    actors = tmp_path / "actors.toml"
    actors.write_text(
        '[[alias]]\nname = "Qasim al-Araji"\nkind = "person"\naliases = ["Abu Qasim"]\n', "utf-8"
    )
    db = tmp_path / "s.db"
    shutil.copytree(EXAMPLES, tmp_path / "in")
    assert run("ingest", str(tmp_path / "in"), "--actors", str(actors), "-q", db=db)[0] == 0
    code, output = run("timeline", db=db)
    assert code == 0 and "events:" not in output  # nothing read again
    with_file = run("export", "events", "--actors", str(actors), db=db)[1]
    assert "events:" not in with_file and jsonl(with_file) == jsonl(
        run("export", "events", db=db)[1]
    )


def test_timeline_cli_actor_spelling_close_to_a_name_finds_it(sample_db: Path) -> None:
    code, output = run("timeline", "--actor", "Gofus", "-f", "json", db=sample_db)
    assert code == 0 and json.loads(output)


def test_timeline_cli_says_when_no_participant_has_the_name_asked_for(sample_db: Path) -> None:
    """ "--actor Nobody": no events, and a line saying no one of that name takes part (not a
    silent empty timeline that reads as "nothing happened")."""
    code, output = run("timeline", "--actor", "Zzyzx Quorble", db=sample_db)
    assert code == 0
    assert "no participant of any event is named 'Zzyzx Quorble'" in output
    code, output = run("timeline", "--actor", "Gofus", db=sample_db)
    assert "no participant" not in output


# --- one group under several names, an undated event ---------------------------------------


@pytest.fixture(scope="module")
def names_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """ISIL in two reports of an attack, Daesh in the third and in an undated report."""
    db = tmp_path_factory.mktemp("names") / "n.db"
    write_merged(db)
    return db


@pytest.mark.parametrize("query", ["ISIS", "Daesh", "Islamic State"])
def test_timeline_cli_actor_finds_a_group_under_every_name(names_db: Path, query: str) -> None:
    code, output = run("timeline", "--actor", query, db=names_db)
    assert code == 0, output
    lines = [line for line in output.splitlines() if line.startswith(("2016", "undated"))]
    assert [line.split()[:2] for line in lines] == [["2016-07-14", "attack"], ["undated", "kill"]]
    assert "ISIL (terrorist group); Iraq" in lines[0] and "3 reports" in lines[0]
    assert "Daesh (terrorist group); Syria" in lines[1]
    assert "(1 undated)" in output


@pytest.mark.parametrize(
    ("fmt", "undated"),
    [
        ("md", "- **undated** kill"),
        ("html", '<span class="date undated" title="no report of this event gives a date">'),
    ],
)
def test_timeline_cli_undated_event_says_so(names_db: Path, fmt: str, undated: str) -> None:
    code, output = run("timeline", "-f", fmt, db=names_db)
    assert code == 0 and undated in output
    assert output.index("2016-07-14") < output.index(undated)


def test_timeline_cli_json_undated_event_has_no_date(names_db: Path) -> None:
    shown = json.loads(run("timeline", "-f", "json", db=names_db)[1])
    assert [(e["date"], e["date_basis"]) for e in shown] == [
        ("2016-07-14", "explicit"),
        (None, None),
    ]


def test_timeline_cli_date_range_says_how_many_undated_it_leaves_out(names_db: Path) -> None:
    code, output = run("timeline", "--actor", "ISIS", "--from", "2016-07", db=names_db)
    assert code == 0
    assert "1 undated event left out: --from/--to keep only events dated in the range" in output
    assert "kill" not in output
    assert "left out" not in run("timeline", "--actor", "ISIS", db=names_db)[1]


def test_timeline_cli_events_table_says_undated(names_db: Path) -> None:
    code, output = run("events", "release-d", db=names_db)
    assert code == 0
    assert "undated" in output and "?" not in output


def test_timeline_cli_export_and_docs_show_a_publication_month(names_db: Path) -> None:
    later = next(d for d in jsonl(run("export", "docs", db=names_db)[1]) if d["doc"] == "release-d")
    assert (later["published"], later["published_basis"]) == ("2016-07", "url")
    assert "2016-07 " in run("docs", db=names_db)[1]
