"""Find inputs and read their bytes: files, folders (recursive), globs, '-' for stdin.

Reading is the effectful edge of ingestion: it yields :class:`RawDocument` records (bytes, a
name, how to read them) or :class:`Rejection` records for what cannot be read at all. Turning
bytes into an article happens later, in :mod:`storyline.ingest.pipeline`.
"""

from __future__ import annotations

import glob
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from storyline.errors import Code, IngestError, MalformedInput, TooLarge, UnreadableInput
from storyline.records import Field, Kind, Metadata, RawDocument, Rejection

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
COMPRESSED_SUFFIXES = frozenset({".gz"})
GLOB_CHARS = frozenset("*?[")
STDIN = "-"
STDIN_NAME = "<stdin>"
JSONL_FIELDS = ("title", "published", "outlet", "origin", "author", "lang")


@dataclass(frozen=True)
class InputFile:
    """A path to read, or '-' for standard input."""

    path: Path | None
    spec: str

    @property
    def source(self) -> str:
        return STDIN_NAME if self.path is None else str(self.path)


def find_inputs(specs: Iterable[str]) -> Iterator[InputFile | Rejection]:
    """Expand command-line specs into input files, in a stable order.

    Folders are walked recursively (hidden files and folders skipped), globs are expanded
    (``**`` allowed), and a spec that names nothing becomes a rejection instead of an error,
    so one typo does not stop a long run.
    """
    for spec in specs:
        if spec == STDIN:
            yield InputFile(None, spec)
            continue
        path = Path(spec)
        if path.is_dir():
            yield from (InputFile(p, spec) for p in _walk(path))
        elif path.exists() or path.is_symlink():
            yield InputFile(path, spec)
        elif GLOB_CHARS & set(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            if not matches:
                yield _unreadable(spec, "no file matches this pattern")
            for match in matches:
                found = Path(match)
                yield from (
                    InputFile(p, spec) for p in (_walk(found) if found.is_dir() else [found])
                )
        else:
            yield _unreadable(spec, "no such file or folder")


def _walk(folder: Path) -> list[Path]:
    files = []
    for path in sorted(folder.rglob("*")):
        hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
        if not hidden and (path.is_file() or path.is_symlink()):
            files.append(path)
    return files


def _unreadable(source: str, why: str) -> Rejection:
    return Rejection(doc=doc_name(source), source=source, reason=f"{Code.E101.name} {why}")


def doc_name(source: str) -> str:
    """A document's name: the file name without its extension(s) ('a/b.html.gz' -> 'b')."""
    name = source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    suffixes = HTML_SUFFIXES | JSONL_SUFFIXES | TEXT_SUFFIXES | COMPRESSED_SUFFIXES | {".json"}
    while "." in name.strip(".") and "." + name.rsplit(".", 1)[1].lower() in suffixes:
        name = name.rsplit(".", 1)[0]
    return name or source


def read_input(
    item: InputFile, max_bytes: int, stdin: BinaryIO | None = None
) -> Iterator[RawDocument | Rejection]:
    """Read one input file into raw documents (several for JSON Lines) or rejections."""
    source = item.source
    try:
        raw = _read_bytes(item, max_bytes, stdin)
    except IngestError as err:
        yield Rejection(doc=doc_name(source), source=source, reason=err.message)
        return
    kind = kind_of(item.path, raw)
    if kind == "jsonl":
        yield from read_jsonl(raw, source, max_bytes)
    else:
        name = "stdin" if item.path is None else doc_name(source)
        yield RawDocument(doc=name, source=source, raw=raw, kind=kind)


def _read_bytes(item: InputFile, max_bytes: int, stdin: BinaryIO | None) -> bytes:
    if item.path is None:
        if stdin is None:
            raise UnreadableInput("standard input is not available")
        data = stdin.read(max_bytes + 1)
    else:
        jsonl = item.path.suffix.lower() in JSONL_SUFFIXES
        try:
            if not item.path.is_file():
                raise UnreadableInput("not a regular file")
            size = item.path.stat().st_size
            if size > max_bytes and not jsonl:
                raise TooLarge(f"{size:,} bytes, the limit is {max_bytes:,} (--max-bytes)")
            data = item.path.read_bytes()
        except OSError as err:
            raise UnreadableInput(err.strerror or str(err)) from err
        if jsonl:
            return data
    if len(data) > max_bytes:
        raise TooLarge(f"more than {max_bytes:,} bytes (--max-bytes)")
    return data


def kind_of(path: Path | None, raw: bytes) -> Kind:
    """How to read an input: by its extension, else by sniffing its first bytes."""
    suffixes = [s.lower() for s in path.suffixes[-2:]] if path else []
    if suffixes and suffixes[-1] in COMPRESSED_SUFFIXES:
        suffixes = suffixes[:-1]
    last = suffixes[-1] if suffixes else ""
    if last in HTML_SUFFIXES:
        return "html"
    if last in JSONL_SUFFIXES:
        return "jsonl"
    if last in TEXT_SUFFIXES:
        return "pagedump"
    return sniff(raw)


def sniff(raw: bytes) -> Kind:
    """Guess the kind of unnamed bytes: HTML markup, JSON objects per line, or page text."""
    if raw[:2] == b"\x1f\x8b":
        return "html"  # the only compressed input we read; pipeline checks it really is HTML
    head = raw[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return "html"
    if head.startswith(b"{") and _first_line_is_object(raw):
        return "jsonl"
    return "pagedump"


def _first_line_is_object(raw: bytes) -> bool:
    first = raw.lstrip().split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def read_jsonl(data: bytes, source: str, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """One raw document per JSON Lines object; a bad line is a rejection naming its number.

    The size limit applies to each line, so a large feed of normal articles is accepted.
    """
    stem = doc_name(source)
    for number, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            if len(line) > max_bytes:
                raise TooLarge(f"line {number} has {len(line):,} bytes, the limit is {max_bytes:,}")
            yield _jsonl_record(line, where, f"{stem}:{number}", f"line {number}")
        except IngestError as err:
            yield Rejection(doc=f"{stem}:{number}", source=where, reason=err.message, raw=line)


def jsonl_document(line: bytes, source: str, doc: str) -> RawDocument:
    """Re-read one stored JSON Lines record (its raw line) under its stored name and source."""
    record = _jsonl_record(line, source, doc, "stored line")
    return replace(record, doc=doc, source=source)


def _jsonl_record(line: bytes, where: str, default_doc: str, label: str) -> RawDocument:
    try:
        obj = json.loads(line)
    except ValueError as err:
        raise MalformedInput(f"{label}: {err}") from err
    if not isinstance(obj, dict):
        raise MalformedInput(f"{label}: a JSON object is expected")
    text, html = obj.get("text"), obj.get("html")
    body = html if isinstance(html, str) and html.strip() and not text else text
    if not isinstance(body, str) or not body.strip():
        raise MalformedInput(f"{label}: no 'text' or 'html' value", code=Code.E109)
    given = Metadata(
        **{name: _given(obj.get(name)) for name in JSONL_FIELDS},
    )
    doc = str(obj["id"]) if obj.get("id") not in (None, "") else default_doc
    return RawDocument(
        doc=doc,
        source=str(obj.get("url") or where),
        raw=line,
        kind="jsonl",
        given=given,
        text=body,
        markup=body is html,
    )


def _given(value: object) -> Field:
    if value is None or (isinstance(value, str) and not value.strip()):
        return Field()
    return Field(str(value).strip(), "jsonl")
