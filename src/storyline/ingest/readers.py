"""Find inputs and read their bytes: files, folders (recursive), globs, '-' for stdin.

Reading is the effectful edge of ingestion: it yields :class:`RawDocument` records (bytes, a
name, how to read them) or :class:`Rejection` records for what cannot be read at all. Turning
bytes into an article happens later, in :mod:`storyline.ingest.pipeline`.
"""

from __future__ import annotations

import codecs
import glob
import json
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from storyline.errors import (
    BinaryInput,
    Code,
    EmptyInput,
    IngestError,
    MalformedInput,
    TooLarge,
    UnreadableInput,
)
from storyline.ingest.decode import BOMS, SNIFF_BYTES, decode, refuse_binary, utf16_order
from storyline.ingest.validate import shown_path, valid_line, valid_text
from storyline.records import Field, Kind, Metadata, RawDocument, Rejection

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
COMPRESSED_SUFFIXES = frozenset({".gz"})
INPUT_SUFFIXES = HTML_SUFFIXES | JSONL_SUFFIXES | TEXT_SUFFIXES | COMPRESSED_SUFFIXES | {".json"}
GLOB_CHARS = frozenset("*?[")
STDIN = "-"
STDIN_NAME = "<stdin>"
JSONL_FIELDS = ("title", "published", "outlet", "origin", "author", "lang")
# Values of these JSON Lines fields must be strings (or null); an id may also be a number.
JSONL_TEXT_FIELDS = ("text", "html", "url", *JSONL_FIELDS)
FIELD_ALIASES = {
    "published": ("date", "published_at", "publish_date", "date_published", "datePublished",
                  "pubDate", "pubdate"),
    "title": ("headline",),
    "lang": ("language",),
}  # fmt: skip
"""Other names crawlers give a field, read when the field itself is absent (a value that is
not text is left unread: a crawler's nested date object says nothing we can trust)."""
READ_CHUNK = 1 << 16
"""Bytes of a JSON Lines file read at a time (:func:`_lines`): a few dozen lines of news."""


@dataclass(frozen=True)
class InputFile:
    """A path to read, or '-' for standard input."""

    path: Path | None
    spec: str

    @property
    def source(self) -> str:
        """The path as shown and stored: printable text on one line that tells any two paths
        apart, whatever the file system allows in names (see :func:`shown_path`)."""
        return STDIN_NAME if self.path is None else shown_path(self.path)


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
        try:
            if path.is_dir():
                yield from _walk(path, spec)
            elif path.exists() or path.is_symlink():
                yield InputFile(path, spec)
            elif GLOB_CHARS & set(spec):
                matches = sorted(glob.glob(spec, recursive=True))
                if not matches:
                    yield _unreadable(spec, "no file matches this pattern")
                for match in matches:
                    found = Path(match)
                    yield from (_walk(found, spec) if found.is_dir() else [InputFile(found, spec)])
            else:
                yield _unreadable(spec, "no such file or folder")
        except OSError as err:  # a name too long for the system, a loop of links, ...
            yield _unreadable(spec, err.strerror or str(err))


def _walk(folder: Path, spec: str) -> Iterator[InputFile | Rejection]:
    """Every input under ``folder`` in a stable order, hidden files and folders skipped.

    What cannot be walked or read is one rejection per path (a folder without permission, a
    name longer than the system allows); special files (pipes, sockets, devices) are one
    rejection each, since reading them could block; an empty folder (one named like a file,
    ``pages.txt/``, say) is one rejection too, so that nothing asked for is passed over
    without a word.
    """
    problems: list[Rejection] = []

    def on_error(error: OSError) -> None:
        where = error.filename if isinstance(error.filename, str) else str(folder)
        problems.append(_unreadable(where, f"cannot read folder: {error.strerror or error}"))

    for root, dirs, files in os.walk(folder, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in dirs:
            if os.path.islink(os.path.join(root, name)):  # could loop: named, not followed
                yield _unreadable(os.path.join(root, name), "a link to a folder (not followed)")
        shown = sorted(f for f in files if not f.startswith("."))
        if not dirs and not files and (Path(root) == folder or _named_like_input(root)):
            yield _unreadable(root, "an empty folder")
        for name in shown:
            yield InputFile(Path(root, name), spec)
    yield from problems


def _named_like_input(folder: str) -> bool:
    """A folder named like an input file (``pages.txt/``): someone meant a file there."""
    return "." + folder.rsplit(".", 1)[-1].lower() in INPUT_SUFFIXES if "." in folder else False


def _unreadable(source: str, why: str) -> Rejection:
    shown = shown_path(source)
    return Rejection(doc=doc_name(shown), source=shown, reason=UnreadableInput(why).message)


def doc_name(source: str) -> str:
    """A document's name: the file name without its extension(s) ('a/b.html.gz' -> 'b')."""
    name = source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    while "." in name.strip(".") and "." + name.rsplit(".", 1)[1].lower() in INPUT_SUFFIXES:
        name = name.rsplit(".", 1)[0]
    return name or source


def read_input(
    item: InputFile, max_bytes: int, stdin: BinaryIO | None = None
) -> Iterator[RawDocument | Rejection]:
    """Read one input file into raw documents (several for JSON Lines) or rejections.

    A JSON Lines file is read a line at a time as its records are taken (:func:`_feed`): a
    feed of 50,000 articles (130 MB) is not held whole, twice (its bytes and their lines),
    while its articles are read."""
    source = item.source
    if item.path is not None and item.path.suffix.lower() in JSONL_SUFFIXES:
        yield from _feed(item.path, source, max_bytes)
        return
    try:
        raw = _read_bytes(item, max_bytes, stdin)
    except IngestError as err:
        yield Rejection(doc=doc_name(source), source=source, reason=err.message)
        return
    kind = kind_of(item.path, raw)
    if kind == "jsonl":
        yield from _jsonl_bytes(raw, source, max_bytes)
    else:
        name = "stdin" if item.path is None else doc_name(source)
        yield RawDocument(doc=name, source=source, raw=raw, kind=kind)


def _jsonl_bytes(raw: bytes, source: str, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    try:
        refuse_binary(raw)
    except (BinaryInput, EmptyInput) as err:
        yield Rejection(doc=doc_name(source), source=source, reason=err.message, raw=raw)
        return
    yield from read_jsonl(_as_utf8(raw), source, max_bytes)


def _feed(path: Path, source: str, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """The records of a JSON Lines file, read a line at a time (after a UTF-8 byte order
    mark, if any). A file that does not start as plain UTF-8 text (UTF-16 or UTF-32, a NUL,
    binary, nothing but blanks) is read whole, as any other input, to be decoded or refused
    whole."""
    try:
        mode = path.stat().st_mode
        stream = path.open("rb") if stat.S_ISREG(mode) else None
    except OSError as err:
        yield _unreadable_file(source, err.strerror or str(err))
        return
    if stream is None:
        yield _unreadable_file(source, f"not a regular file ({_file_type(mode)})")
        return
    with stream:
        try:
            head = stream.read(SNIFF_BYTES)
            start = len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0
            if not _plain_text(head[start:]):
                yield from _jsonl_bytes(head + stream.read(), source, max_bytes)
                return
            stream.seek(start)
            yield from _jsonl_records(_lines(stream, max_bytes), source, max_bytes)
        except OSError as err:  # the disk failed midway: the records before are kept
            yield _unreadable_file(source, err.strerror or str(err))


def _unreadable_file(source: str, why: str) -> Rejection:
    return Rejection(doc=doc_name(source), source=source, reason=UnreadableInput(why).message)


def _plain_text(head: bytes) -> bool:
    """Whether a file starting with ``head`` needs no decoding nor refusing as a whole."""
    if not head.strip() or b"\x00" in head or any(head.startswith(bom) for bom, _ in BOMS):
        return False
    try:
        refuse_binary(head)
    except IngestError:
        return False
    return True


def _lines(stream: BinaryIO, limit: int, chunk: int = READ_CHUNK) -> Iterator[bytes | int]:
    """The lines of ``stream`` as :meth:`bytes.splitlines` splits the whole of it (at
    ``\n``, ``\r\n`` or ``\r``), read ``chunk`` bytes at a time. A line longer than
    ``limit`` bytes is given as its length: it is never held whole (a feed that is one line
    of gigabytes is refused as a file over ``--max-bytes`` is, without reading it in)."""
    held: list[bytes] = []
    size = 0
    for piece in _pieces(stream, chunk):
        for part in piece.splitlines(keepends=True):
            text = part.rstrip(b"\r\n")
            size += len(text)
            if size <= limit:
                held.append(text)
            if len(text) < len(part):  # the line ends here
                yield b"".join(held) if size <= limit else size
                held, size = [], 0
    if size:
        yield b"".join(held) if size <= limit else size


def _pieces(stream: BinaryIO, chunk: int) -> Iterator[bytes]:
    """``stream`` a ``chunk`` at a time, each ``\r\n`` within one piece: a ``\n`` that
    follows a piece's last ``\r`` is dropped, as that ``\r`` ended its line already."""
    after_cr = False
    while piece := stream.read(chunk):
        if after_cr and piece.startswith(b"\n"):
            piece = piece[1:]
        after_cr = piece.endswith(b"\r")
        yield piece


def _read_bytes(item: InputFile, max_bytes: int, stdin: BinaryIO | None) -> bytes:
    if item.path is None:
        if stdin is None:
            raise UnreadableInput("standard input is not available")
        data = stdin.read(max_bytes + 1)
    else:  # not JSON Lines by name (those are read a line at a time: _feed)
        try:
            mode = item.path.stat().st_mode
            if not stat.S_ISREG(mode):
                raise UnreadableInput(f"not a regular file ({_file_type(mode)})")
            size = item.path.stat().st_size
            if size > max_bytes:
                raise TooLarge(f"{size:,} bytes, the limit is {max_bytes:,} (--max-bytes)")
            data = item.path.read_bytes()
        except OSError as err:
            raise UnreadableInput(err.strerror or str(err)) from err
    if len(data) > max_bytes:
        raise TooLarge(f"more than {max_bytes:,} bytes (--max-bytes)")
    return data


def _as_utf8(data: bytes) -> bytes:
    """JSON Lines bytes as UTF-8 without a byte order mark (JSON is UTF-8, but editors on some
    systems save UTF-16, or put a BOM before the first line)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :]
    if any(data.startswith(bom) for bom, _ in BOMS) or utf16_order(data):
        return decode(data).text.lstrip("\ufeff").encode("utf-8")
    return data


def _file_type(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    )
    return next((what for test, what in kinds if test(mode)), "a special file")


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
    except (ValueError, RecursionError):
        return False


def read_jsonl(data: bytes, source: str, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """One raw document per JSON Lines object; a bad line is a rejection naming its number.

    The size limit applies to each line, so a large feed of normal articles is accepted.
    """
    if not data.strip():
        reason = EmptyInput("no JSON lines").message
        yield Rejection(doc=doc_name(source), source=source, reason=reason)
        return
    lines = (line if len(line) <= max_bytes else len(line) for line in data.splitlines())
    yield from _jsonl_records(lines, source, max_bytes)


def _jsonl_records(
    lines: Iterable[bytes | int], source: str, max_bytes: int
) -> Iterator[RawDocument | Rejection]:
    """A record or a rejection per line that is not blank; a line given as an ``int`` is
    one of that many bytes, over ``max_bytes``: refused by its size, its bytes not kept."""
    stem = doc_name(source)
    for number, line in enumerate(lines, 1):
        where = f"{source}:{number}"
        if isinstance(line, int):
            too_large = TooLarge(f"line {number} has {line:,} bytes, the limit is {max_bytes:,}")
            yield Rejection(
                doc=f"{stem}:{number}", source=where, reason=too_large.message, versioned=False
            )
            continue
        if not line.strip():
            continue
        try:
            yield _jsonl_record(line, where, f"{stem}:{number}", f"line {number}")
        except IngestError as err:
            yield Rejection(
                doc=f"{stem}:{number}", source=where, reason=err.message, raw=line, versioned=False
            )


def _field(obj: dict[str, object], name: str) -> str | None:
    """A record's field by its own name, else by the first of its other names that holds
    text (:data:`FIELD_ALIASES`)."""
    for key in (name, *FIELD_ALIASES.get(name, ())):
        value = obj.get(key)
        if isinstance(value, str):
            return value
    return None


def jsonl_document(line: bytes, source: str, doc: str) -> RawDocument:
    """Re-read one stored JSON Lines record (its raw line) under its stored name and source."""
    record = _jsonl_record(line, source, doc, "stored line")
    return replace(record, doc=doc, source=source)


def _jsonl_record(line: bytes, where: str, default_doc: str, label: str) -> RawDocument:
    try:
        obj = json.loads(line)
    except RecursionError as err:
        raise MalformedInput(f"{label}: JSON nested too deep") from err
    except ValueError as err:  # also UnicodeDecodeError: JSON text must be UTF-8
        raise MalformedInput(f"{label}: {err}") from err
    if not isinstance(obj, dict):
        raise MalformedInput(f"{label}: a JSON object is expected")
    for name in JSONL_TEXT_FIELDS:
        if obj.get(name) is not None and not isinstance(obj[name], str):
            kind = type(obj[name]).__name__
            raise MalformedInput(f"{label}: {name!r} must be a string, not {kind}")
    ident = obj.get("id")
    if ident is not None and (isinstance(ident, bool) or not isinstance(ident, str | int)):
        raise MalformedInput(f"{label}: 'id' must be a string or a number")
    text, html = obj.get("text"), obj.get("html")
    body = html if html and html.strip() and not (text and text.strip()) else text
    if not body or not body.strip():
        raise MalformedInput(f"{label}: no 'text' or 'html' value", code=Code.E109)
    clean, repaired = valid_text(body)
    given = Metadata(**{name: _given(_field(obj, name)) for name in JSONL_FIELDS})
    name = valid_line(str(ident)) if ident is not None else ""
    url = valid_line(obj.get("url") or "")
    return RawDocument(
        doc=name or default_doc,
        source=url or where,
        raw=line,
        kind="jsonl",
        given=given,
        text=clean,
        markup=body is html,
        notes=(f"{repaired} invalid or control character(s) replaced or removed",)
        if repaired
        else (),
        versioned=ident is not None,
    )


def _given(value: str | None) -> Field:
    clean = valid_line(value or "")
    return Field(clean, "jsonl") if clean else Field()
