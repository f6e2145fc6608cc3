from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.errors import Code
from storyline.ingest.readers import (
    InputFile,
    _jsonl_bytes,
    _lines,
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


def _read(path: Path) -> list[RawDocument | Rejection]:
    found: list[RawDocument | Rejection] = []
    for item in find_inputs([str(path)]):
        found += [item] if isinstance(item, Rejection) else list(read_input(item, 10_000_000))
    return found


def test_readers_special_files_and_empty_folders_get_one_rejection_each(tmp_path: Path) -> None:
    import os
    import socket

    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "empty.txt").mkdir()  # a folder named like a file
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock.html"))
    try:
        found = _read(folder)
    finally:
        server.close()
    reasons = {r.source.rsplit("/", 1)[-1]: r.reason for r in found if isinstance(r, Rejection)}
    assert set(reasons) == {"pipe.txt", "empty.txt", "sock.html"}
    assert "named pipe" in reasons["pipe.txt"] and "socket" in reasons["sock.html"]
    assert "empty folder" in reasons["empty.txt"]
    assert all(r.startswith(Code.E101.name) for r in reasons.values())


def test_readers_jsonl_that_is_empty_or_not_text_is_one_rejection(tmp_path: Path) -> None:
    import random

    (tmp_path / "empty.jsonl").write_bytes(b"")
    noise = random.Random(7).randbytes(50_000)
    (tmp_path / "noise.jsonl").write_bytes(noise)
    found = _read(tmp_path)
    assert [(r.doc, r.reason[:4]) for r in found if isinstance(r, Rejection)] == [
        ("empty", Code.E102.name),
        ("noise", Code.E104.name),
    ]


@pytest.mark.parametrize(
    ("record", "why"),
    [
        ({"text": ["a list"]}, "'text' must be a string, not list"),
        ({"text": "A story.", "title": 3}, "'title' must be a string, not int"),
        ({"text": "A story.", "url": {"a": 1}}, "'url' must be a string, not dict"),
        ({"text": "A story.", "id": True}, "'id' must be a string or a number"),
        ({"text": "A story.", "id": [1]}, "'id' must be a string or a number"),
    ],
)
def test_readers_jsonl_field_of_the_wrong_type_is_malformed(
    record: dict[str, object], why: str
) -> None:
    [rejection] = list(read_jsonl(json.dumps(record).encode(), "feed.jsonl", 10_000))
    assert isinstance(rejection, Rejection)
    assert rejection.reason.startswith(Code.E106.name) and why in rejection.reason


def test_readers_jsonl_repairs_strings_and_keeps_numeric_ids() -> None:
    line = (
        b'{"id": 42, "url": "https://x.example/\\u001b[2J", "title": "a\\ud800b", '
        b'"text": "T\\u0000ext."}'
    )
    [record] = list(read_jsonl(line, "feed.jsonl", 10_000))
    assert isinstance(record, RawDocument)
    assert (record.doc, record.source, record.text) == ("42", "https://x.example/", "Text.")
    assert record.given.title.value == "a\ufffdb"
    assert record.notes == ("1 invalid or control character(s) replaced or removed",)


@pytest.mark.parametrize("key", ["date", "published_at", "datePublished", "pubDate"])
def test_readers_jsonl_reads_a_crawler_s_other_name_for_the_date(key: str) -> None:
    line = json.dumps({"text": "Chile and Peru met.", key: "2019-10-15", "headline": "Talks"})
    [record] = list(read_jsonl(line.encode(), "feed.jsonl", 10_000))
    assert isinstance(record, RawDocument)
    assert (record.given.published.value, record.given.title.value) == ("2019-10-15", "Talks")


def test_readers_jsonl_a_field_s_own_name_comes_first_and_objects_are_not_read() -> None:
    line = json.dumps(
        {"text": "Chile and Peru met.", "published": "2019-10-15", "date": "2001-01-01"}
    )
    [record] = list(read_jsonl(line.encode(), "feed.jsonl", 10_000))
    assert isinstance(record, RawDocument) and record.given.published.value == "2019-10-15"
    line = json.dumps({"text": "Chile and Peru met.", "date": {"year": 2019}})
    [record] = list(read_jsonl(line.encode(), "feed.jsonl", 10_000))
    assert isinstance(record, RawDocument) and record.given.published.value is None


def test_readers_jsonl_nested_too_deep_is_malformed() -> None:
    line = b'{"text": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    [rejection] = list(read_jsonl(line, "feed.jsonl", 100_000))
    assert isinstance(rejection, Rejection) and "nested too deep" in rejection.reason


def test_readers_paths_that_clean_alike_stay_apart(tmp_path: Path) -> None:
    names = [b"x\xff.txt", b"x\xfe.txt", b"a\nb.txt", b"a b.txt"]
    for name in names:
        (tmp_path / name.decode("utf-8", "surrogateescape")).write_text("A story.\n")
    sources = [item.source for item in find_inputs([str(tmp_path)]) if isinstance(item, InputFile)]
    assert len(set(sources)) == 4
    assert all(s.isprintable() for s in sources)
    assert {s.rsplit("/", 1)[-1] for s in sources} == {
        "x\\xff.txt",
        "x\\xfe.txt",
        "a\\nb.txt",
        "a b.txt",
    }


def test_readers_an_empty_subfolder_is_passed_over_unless_named_like_a_file(
    tmp_path: Path,
) -> None:
    (tmp_path / "day1").mkdir()
    (tmp_path / "day1" / "a.txt").write_text("A story.\n")
    (tmp_path / "day2").mkdir()
    (tmp_path / "pages.txt").mkdir()
    found = list(find_inputs([str(tmp_path)]))
    rejected = [r.source.rsplit("/", 1)[-1] for r in found if isinstance(r, Rejection)]
    assert rejected == ["pages.txt"]
    [empty] = list(find_inputs([str(tmp_path / "day2")]))
    assert isinstance(empty, Rejection) and "empty folder" in empty.reason


def _line(n: int, size: int = 10) -> bytes:
    return json.dumps({"id": f"r{n}", "text": "word " * size}).encode()


@pytest.mark.parametrize(
    "data",
    [
        _line(1) + b"\n" + _line(2) + b"\n",
        _line(1) + b"\r\n" + _line(2) + b"\r\n\r\n" + _line(3),
        _line(1) + b"\r" + _line(2) + b"\r\r\n" + _line(3) + b"\r",
        b"\n\n" + _line(1) + b"\n{broken\n" + _line(2, size=3000) + b"\n" + _line(3),
        b"\xef\xbb\xbf" + _line(1) + b"\n" + _line(2),
        (_line(1) + b"\n" + _line(2)).decode().encode("utf-16-le"),
        b"\x00\x01\x02" * 100,
        b"\xef\xbb\xbf" + b"\x01\x02" * 100,
        b" \n \r\n ",
    ],
    ids=[
        "lf",
        "crlf",
        "cr",
        "blank-broken-long",
        "utf8-bom",
        "utf16",
        "binary",
        "utf8-bom-binary",
        "blank",
    ],
)
def test_readers_jsonl_file_read_by_lines_gives_what_its_whole_bytes_give(
    tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(data)
    whole = list(_jsonl_bytes(data, str(path), max_bytes=100_000))
    assert whole and list(read_input(InputFile(path, str(path)), max_bytes=100_000)) == whole


@pytest.mark.parametrize("start", [b"", b"\xef\xbb\xbf"], ids=["plain", "utf8-bom"])
def test_readers_jsonl_file_is_read_as_its_records_are_taken(tmp_path: Path, start: bytes) -> None:
    # Not held whole: a line written after the first record was taken is read too; a UTF-8
    # byte order mark (as some Windows tools write) changes nothing of it.
    path = tmp_path / "feed.jsonl"
    path.write_bytes(start + _line(1) + b"\n")
    records = read_input(InputFile(path, str(path)), max_bytes=100_000)
    first = next(records)
    with path.open("ab") as feed:
        feed.write(_line(2) + b"\n")
    assert [r.doc for r in [first, *records]] == ["r1", "r2"]


def test_readers_jsonl_line_over_the_limit_is_refused_and_not_kept(tmp_path: Path) -> None:
    # As a file over --max-bytes: refused by its size, its bytes neither held nor stored.
    path = tmp_path / "feed.jsonl"
    long = json.dumps({"id": "long", "text": "word " * 2000}).encode()
    path.write_bytes(_line(1) + b"\n" + long + b"\r\n" + _line(3) + b"\n")
    first, refused, third = read_input(InputFile(path, str(path)), max_bytes=1000)
    assert isinstance(first, RawDocument) and isinstance(third, RawDocument)
    assert (first.doc, third.doc) == ("r1", "r3")
    assert isinstance(refused, Rejection) and refused.reason.startswith(Code.E103.name)
    assert f"line 2 has {len(long):,} bytes, the limit is 1,000" in refused.reason
    assert refused.raw is None and refused.source == f"{path}:2"
    assert list(_jsonl_bytes(path.read_bytes(), str(path), max_bytes=1000)) == [
        first,
        refused,
        third,
    ]


@settings(deadline=None)  # no clock in unit tests: a loaded machine is no failure
@given(
    data=st.binary(max_size=40).map(lambda b: bytes(b"ab\r\n"[c % 4] for c in b)),
    limit=st.integers(0, 6),
    chunk=st.integers(1, 7),
)
def test_readers_lines_read_in_pieces_split_as_the_whole_bytes_split(
    data: bytes, limit: int, chunk: int
) -> None:
    # Wherever a piece ends (between a \r and its \n too), the lines are those of the whole;
    # one longer than the limit is given by its length alone.
    expected = [line if len(line) <= limit else len(line) for line in data.splitlines()]
    assert list(_lines(io.BytesIO(data), limit, chunk)) == expected
