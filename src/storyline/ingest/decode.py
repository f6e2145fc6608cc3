"""Bytes to text: refuse what is not text, find the encoding of what is."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

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
BOMS = (  # UTF-32 first: its little-endian BOM begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# UTF-8 with a few invalid bytes (a file cut mid-character, a stray Latin-1 byte among curly
# quotes) is UTF-8: decode what is valid and replace the rest, rather than guess a code page
# for the whole file. "Mostly" is: at least this many valid non-ASCII characters per invalid
# sequence. A single-byte code page almost never forms a valid UTF-8 sequence by chance.
MIN_VALID_PER_INVALID_UTF8 = 1
# In UTF-16 text without a BOM, most characters of a Latin-script page have one zero byte.
MIN_UTF16_ZERO_RATIO = 0.3


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, and what the decoder had to do (empty when nothing)."""

    text: str
    notes: tuple[str, ...] = ()


def refuse_binary(raw: bytes) -> None:
    """Raise EmptyInput or BinaryInput when ``raw`` cannot be a text page."""
    if not raw.strip():
        raise EmptyInput("the file holds no text" if raw else "the file is empty")
    for magic, what in BINARY_SIGNATURES:
        if raw.startswith(magic):
            raise BinaryInput(what)
    if any(raw.startswith(bom) for bom, _ in BOMS) or utf16_order(raw):
        return
    head = raw[:SNIFF_BYTES]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if controls > MAX_CONTROL_RATIO * len(head):
        raise BinaryInput("control bytes: not a text file")


def decode(raw: bytes, html: bool = False) -> Decoded:
    """Decode text bytes: BOM, then the HTML's declared charset, then UTF-8, then detection.

    Raises the errors of :func:`refuse_binary`, or Undecodable when no encoding fits. What is
    not valid in the chosen encoding is replaced (U+FFFD) and said in the notes.
    """
    refuse_binary(raw)
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return _lenient(raw, encoding, "")
    order = utf16_order(raw)
    if order:
        return _lenient(raw, order, f"decoded as {order} (no byte order mark)")
    candidates = [_declared_charset(raw)] if html else []
    candidates.append("utf-8")
    for encoding in filter(None, candidates):
        try:
            return Decoded(raw.decode(encoding))
        except (UnicodeError, LookupError):
            continue
    if _mostly_utf8(raw):
        return _lenient(raw, "utf-8", "")
    return _detect(raw)


def _lenient(raw: bytes, encoding: str, note: str) -> Decoded:
    text = raw.decode(encoding, errors="replace")
    invalid = text.count("\ufffd") - raw.decode(encoding, errors="ignore").count("\ufffd")
    notes = [note] if note else []
    if invalid:
        notes.append(f"{invalid} invalid {encoding} byte sequence(s) replaced")
    return Decoded(text, tuple(notes))


def _mostly_utf8(raw: bytes) -> bool:
    """True when the bytes are UTF-8 but for a cut last character, or for a few invalid
    sequences among more valid non-ASCII ones (a single-byte code page whose only non-ASCII
    byte ends the file, "Jos\\xe9", stays a code page)."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(raw, final=False)
        return True  # valid UTF-8 cut inside its last character
    except UnicodeDecodeError:
        pass
    valid = raw.decode("utf-8", errors="ignore")
    invalid = raw.decode("utf-8", errors="replace").count("\ufffd") - valid.count("\ufffd")
    non_ascii = sum(1 for c in valid if not c.isascii())
    return non_ascii >= MIN_VALID_PER_INVALID_UTF8 * invalid


def utf16_order(raw: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when ``raw`` reads as UTF-16 text without a BOM."""
    head = raw[: SNIFF_BYTES - SNIFF_BYTES % 2]
    if len(head) < 4 or len(raw) % 2:
        return None
    half = len(head) // 2
    for order, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        other = head[0::2] if order == "utf-16-le" else head[1::2]
        if zeros.count(0) >= MIN_UTF16_ZERO_RATIO * half and other.count(0) == 0:
            try:
                text = raw.decode(order)
            except UnicodeDecodeError:
                continue
            if text.isprintable() or _mostly_printable(text):
                return order
    return None


def _mostly_printable(text: str) -> bool:
    sample = text[:SNIFF_BYTES]
    printable = sum(1 for c in sample if c.isprintable() or c in "\t\n\r\f")
    return printable >= 0.99 * len(sample)


def _declared_charset(raw: bytes) -> str | None:
    match = META_CHARSET.search(raw[:SNIFF_BYTES])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # Only text encodings: "undefined", "rot13", "base64" and the like are codecs too.
    return name if getattr(info, "_is_text_encoding", True) and info.name != "undefined" else None


def _detect(raw: bytes) -> Decoded:
    from charset_normalizer import from_bytes  # heavy import, needed only for non-UTF-8 input

    matches = list(from_bytes(raw))
    if not matches:
        raise Undecodable("no text encoding fits these bytes")
    best = matches[0]
    # Western single-byte code pages often tie on every measure; web pages in such a tie are
    # far more often Windows-1252 than Central European or Baltic, so prefer it.
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    preferred = next((m for m in tied if m.encoding in PREFERRED_IN_A_TIE), best)
    return Decoded(str(preferred), (f"encoding detected: {preferred.encoding}",))
