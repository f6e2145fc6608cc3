from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from storyline.errors import Code
from storyline.ingest.readers import (
    InputFile,
    doc_name,
    find_inputs,
    kind_of,
    read_input,
    read_jsonl,
    sniff,
)
from storyline.records import RawDocument, Rejection


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("a/b/000_x.txt", "000_x"),
        ("page.html.gz", "page"),
        ("feed.jsonl", "feed"),
        ("notes", "notes"),
        ("v1.2.report.htm", "v1.2.report"),
    ],
)
def test_readers_doc_name_drops_known_extensions(source: str, name: str) -> None:
    assert doc_name(source) == name


@pytest.mark.parametrize(
    ("filename", "raw", "kind"),
    [
        ("a.html", b"plain", "html"),
        ("a.htm.gz", b"\x1f\x8b", "html"),
        ("a.txt", b"<html>", "pagedump"),
        ("a.jsonl", b"{}", "jsonl"),
        ("a.dat", b"<!DOCTYPE html><html>", "html"),
        ("a.dat", b'{"text": "hello"}\n{"text": "again"}', "jsonl"),
        ("a.dat", b"Home\nNews\nA story about talks.", "pagedump"),
        ("a", b"{ not json at all", "pagedump"),
    ],
)
def test_readers_kind_by_extension_then_content(filename: str, raw: bytes, kind: str) -> None:
    assert kind_of(Path(filename), raw) == kind


def test_readers_sniff_without_a_path() -> None:
    assert sniff(b"  <html><body>x</body></html>") == "html"


def test_readers_find_inputs_walks_folders_and_globs(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("b")
    (tmp_path / "a.html").write_text("a")
    (tmp_path / ".hidden").write_text("h")
    found = [i for i in find_inputs([str(tmp_path)]) if isinstance(i, InputFile)]
    assert [i.path.name for i in found if i.path] == ["a.html", "b.txt"]
    globbed = list(find_inputs([str(tmp_path / "**" / "*.txt")]))
    assert [i.path.name for i in globbed if isinstance(i, InputFile) and i.path] == ["b.txt"]


def test_readers_missing_path_is_a_rejection(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    (rejection,) = list(find_inputs([missing]))
    assert isinstance(rejection, Rejection)
    assert rejection.reason.startswith(Code.E101.name)
    (nomatch,) = list(find_inputs([str(tmp_path / "*.none")]))
    assert isinstance(nomatch, Rejection) and "no file matches" in nomatch.reason


def test_readers_too_large_file_is_rejected_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    (record,) = read_input(InputFile(path, str(path)), max_bytes=100)
    assert isinstance(record, Rejection) and record.reason.startswith(Code.E103.name)


def test_readers_stdin_is_read_and_sniffed() -> None:
    stdin = io.BytesIO(b"<html><body><p>hello</p></body></html>")
    (record,) = read_input(InputFile(None, "-"), max_bytes=1000, stdin=stdin)
    assert isinstance(record, RawDocument)
    assert (record.kind, record.doc, record.source) == ("html", "stdin", "<stdin>")


def test_readers_jsonl_bad_lines_name_their_number() -> None:
    lines = [
        json.dumps({"id": "one", "text": "Body one.", "title": "T", "published": "2024-01-17"}),
        "{broken",
        "",
        json.dumps({"url": "https://example.org/x", "html": "<p>hi</p>"}),
        json.dumps({"id": "empty", "text": "  "}),
        json.dumps([1, 2]),
    ]
    records = list(read_jsonl("\n".join(lines).encode(), "feed.jsonl", max_bytes=10_000))
    first, broken, html, empty, array = records
    assert isinstance(first, RawDocument) and first.doc == "one"
    assert first.given.title.value == "T" and first.given.title.basis == "jsonl"
    assert isinstance(broken, Rejection) and "line 2" in broken.reason
    assert broken.reason.startswith(Code.E106.name) and broken.raw == b"{broken"
    assert isinstance(html, RawDocument) and html.markup and html.source == "https://example.org/x"
    assert html.doc == "feed:4"
    assert isinstance(empty, Rejection) and empty.reason.startswith(Code.E109.name)
    assert isinstance(array, Rejection) and "line 6" in array.reason
