from __future__ import annotations

import csv
import gzip
import io
import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.records import EXPORT_COLUMNS

runner = CliRunner(env={"COLUMNS": "200"})


def run(*args: str, db: Path, input: bytes | None = None) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--db", str(db)], input=input)
    return result.exit_code, result.output


def export(db: Path, tmp_path: Path) -> list[dict[str, object]]:
    out = tmp_path / "docs.jsonl"
    code, _ = run("export", "docs", "--format", "jsonl", "-o", str(out), db=db)
    assert code == 0
    return [json.loads(line) for line in out.read_text().splitlines()]


def test_cli_ingest_reports_and_exits_1_on_rejections(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    code, output = run("ingest", str(corpus), db=db)
    assert code == 1
    assert "3 ingested" in output and "1 rejected" in output
    assert "menu-only.txt: E108" in output
    rows = {row["doc"]: row for row in export(db, tmp_path)}
    assert rows["menu-only"]["status"] == "rejected"
    assert str(rows["menu-only"]["rejected_reason"]).startswith("E108")
    assert rows["harbor-gazette-talks"]["published"] == "2024-03-12"
    assert rows["plain-story"]["outlet"] == "Cedar Times"
    assert rows["plain-story"]["published_basis"] == "html"


def test_cli_ingest_again_is_unchanged_and_idempotent(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    (corpus / "menu-only.txt").unlink()
    assert run("ingest", str(corpus), db=db)[0] == 0
    code, output = run("ingest", str(corpus), db=db)
    assert code == 0 and "0 ingested" in output and "3 unchanged" in output
    assert len(export(db, tmp_path)) == 3


def test_cli_bad_inputs_each_get_one_line(corpus: Path, tmp_path: Path) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (corpus / "paper.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    (corpus / "big.txt").write_bytes(b"word " * 5000)
    (corpus / "feed.jsonl").write_text(
        '{"id": "ok1", "text": "' + "A sentence. " * 20 + '"}\n{bad\n'
    )
    (corpus / "broken.html.gz").write_bytes(b"\x1f\x8b\x08\x00not really gzip")
    (corpus / "dangling.txt").symlink_to(corpus / "missing-target.txt")
    db = tmp_path / "s.db"
    code, output = run("ingest", str(corpus), "--max-bytes", "20000", db=db)
    assert code == 1
    for name, code_ in [
        ("empty.txt", "E102"),
        ("image.txt", "E104"),
        ("paper.pdf", "E104"),
        ("big.txt", "E103"),
        ("feed.jsonl:2", "E106"),
        ("broken.html.gz", "E107"),
        ("dangling.txt", "E101"),
    ]:
        assert f"{name}: {code_}" in output, (name, output)
    docs = {row["doc"] for row in export(db, tmp_path) if row["status"] == "ok"}
    assert {"harbor-gazette-talks", "river-courier-visit", "plain-story", "ok1"} <= docs


def test_cli_stdin_and_gzipped_html(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    page = (corpus / "river-courier-visit.txt").read_bytes()
    assert run("ingest", "-", db=db, input=page)[0] == 0
    gz = tmp_path / "story.html.gz"
    gz.write_bytes(gzip.compress((corpus / "plain-story.html").read_bytes()))
    assert run("ingest", str(gz), db=db)[0] == 0
    rows = {row["doc"]: row for row in export(db, tmp_path)}
    assert rows["stdin"]["source"] == "<stdin>"
    assert rows["story"]["title"] == "Advisers mark five years of the mission"


def test_cli_show_text_and_raw(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    run("ingest", str(corpus), db=db)
    code, output = run("show", "harbor-gazette-talks", db=db)
    assert code == 0 and "byline" in output and "non-combat role" in output
    result = runner.invoke(app, ["show", "harbor-gazette-talks", "--raw", "--db", str(db)])
    assert result.stdout_bytes == (corpus / "harbor-gazette-talks.txt").read_bytes()
    assert run("show", "no-such-doc", db=db)[0] == 2


def test_cli_docs_table_and_search(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    run("ingest", str(corpus), db=db)
    code, output = run("docs", db=db)
    assert code == 0 and "harbor-gazette-talks" in output and "Cedar Times" in output
    code, output = run("docs", "--search", "Mosul", db=db)
    assert "river-courier-visit" in output and "harbor-gazette-talks" not in output


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_cli_export_formats_share_columns(corpus: Path, tmp_path: Path, fmt: str) -> None:
    db = tmp_path / "s.db"
    run("ingest", str(corpus), db=db)
    out = tmp_path / f"docs.{fmt}"
    assert run("export", "docs", "--format", fmt, "-o", str(out), db=db)[0] == 0
    if fmt == "jsonl":
        columns = list(json.loads(out.read_text().splitlines()[0]))
    elif fmt == "csv":
        columns = next(csv.reader(io.StringIO(out.read_text())))
    else:
        columns = pq.read_table(out).column_names
    assert columns == list(EXPORT_COLUMNS)


def test_cli_usage_errors_exit_2(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert run("export", "docs", "--format", "xml", db=db)[0] == 2
    assert run("export", "docs", "--format", "parquet", db=db)[0] == 2
    assert run("ingest", db=db)[0] == 2


def test_cli_db_from_environment(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "env.db"
    monkeypatch.setenv("STORYLINE_DB", str(db))
    result = runner.invoke(app, ["ingest", str(corpus / "river-courier-visit.txt")])
    assert result.exit_code == 0 and db.exists()
    assert os.environ["STORYLINE_DB"] == str(db)


def test_cli_reprocess_rereads_raw_bytes_without_the_files(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    feed = corpus / "feed.jsonl"
    feed.write_text(json.dumps({"id": "w1", "title": "Wire", "text": "A sentence here. " * 10}))
    run("ingest", str(corpus), db=db)
    before = export(db, tmp_path)
    for path in corpus.iterdir():
        path.unlink()
    code, output = run("reprocess", db=db)
    assert code == 1  # menu-only.txt is still rejected
    assert "0 updated, 5 unchanged" in output and "menu-only.txt: E108" in output
    assert export(db, tmp_path) == before
    code, output = run("reprocess", "harbor-gazette-talks", db=db)
    assert code == 0 and "1 unchanged" in output


def test_cli_reprocess_records_a_changed_reading(corpus: Path, tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "s.db"
    run("ingest", str(corpus / "river-courier-visit.txt"), db=db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE documents SET text = 'stale', title = NULL")
    code, output = run("reprocess", db=db)
    assert code == 0 and "1 updated" in output
    (row,) = export(db, tmp_path)
    assert "Mosul" in str(row["text"]) and row["title"]
