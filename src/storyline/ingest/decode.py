"""Bytes to text: refuse what is not text, find the encoding of what is."""

from __future__ import annotations

import codecs
import re

from storyline.errors import BinaryInput, EmptyInput, Undecodable

# Magic numbers of the binary formats users most often drop into a folder of pages by mistake.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "zip archive (or docx/xlsx)"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"RIFF", "RIFF media (webp/wav/avi)"),
    (b"\x7fELF", "executable"),
    (b"\x1f\x8b", "gzip data that is not a gzipped HTML page"),
    (b"BZh", "bzip2 archive"),
    (b"7z\xbc\xaf", "7-zip archive"),
    (b"Rar!", "RAR archive"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"SQLite format 3", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
)

# A text file has almost no C0 control bytes besides tab/newline/CR/form feed; 1% catches
# binary blobs that carry no known signature while tolerating a stray control byte.
MAX_CONTROL_RATIO = 0.01
SNIFF_BYTES = 8192
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
PREFERRED_IN_A_TIE = frozenset({"cp1252", "latin_1", "iso8859_15"})
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def refuse_binary(raw: bytes) -> None:
    """Raise EmptyInput or BinaryInput when ``raw`` cannot be a text page."""
    if not raw.strip():
        raise EmptyInput("the file holds no text" if raw else "the file is empty")
    for magic, what in BINARY_SIGNATURES:
        if raw.startswith(magic):
            raise BinaryInput(what)
    if any(raw.startswith(bom) for bom, _ in BOMS):
        return
    head = raw[:SNIFF_BYTES]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in head or controls > MAX_CONTROL_RATIO * len(head):
        raise BinaryInput("control bytes: not a text file")


def decode(raw: bytes, html: bool = False) -> str:
    """Decode text bytes: BOM, then the HTML's declared charset, then UTF-8, then detection.

    Raises the errors of :func:`refuse_binary`, or Undecodable when no encoding fits.
    """
    refuse_binary(raw)
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace")
    candidates = [_declared_charset(raw)] if html else []
    candidates.append("utf-8")
    for encoding in filter(None, candidates):
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return _detect(raw)


def _declared_charset(raw: bytes) -> str | None:
    match = META_CHARSET.search(raw[:SNIFF_BYTES])
    return match.group(1).decode("ascii", "ignore") if match else None


def _detect(raw: bytes) -> str:
    from charset_normalizer import from_bytes  # heavy import, needed only for non-UTF-8 input

    matches = list(from_bytes(raw))
    if not matches:
        raise Undecodable("no text encoding fits these bytes")
    best = matches[0]
    # Western single-byte code pages often tie on every measure; web pages in such a tie are
    # far more often Windows-1252 than Central European or Baltic, so prefer it.
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    preferred = next((m for m in tied if m.encoding in PREFERRED_IN_A_TIE), best)
    return str(preferred)
