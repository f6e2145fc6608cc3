"""A document's raw input as a page may show it: text (escaped by the template), or only its
size when it is not text. Binary bytes are never sent to a browser."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from storyline.ingest.validate import valid_text

MAX_RAW_CHARS = 1_000_000
"""The most characters of a raw input a page shows (inputs may reach 20 MB)."""
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


@dataclass(frozen=True)
class RawView:
    """``kind``: ``text`` (``text`` holds it, cut at :data:`MAX_RAW_CHARS` when ``truncated``),
    ``binary`` (only ``bytes`` is given) or ``missing`` (the input could not be read)."""

    kind: Literal["text", "binary", "missing"]
    bytes: int
    text: str | None = None
    truncated: bool = False


def raw_view(raw: bytes | None) -> RawView:
    """How to show ``raw``: as text when it decodes (UTF-8, or UTF-16 with a byte order mark)
    and holds no NUL, else as binary of its size."""
    if raw is None:
        return RawView("missing", 0)
    decoded = _decode(raw)
    if decoded is None or "\x00" in decoded:
        return RawView("binary", len(raw))
    shown, _ = valid_text(decoded[:MAX_RAW_CHARS])
    return RawView("text", len(raw), shown, len(decoded) > MAX_RAW_CHARS)


def _decode(raw: bytes) -> str | None:
    encoding = next((name for bom, name in _BOMS if raw.startswith(bom)), "utf-8")
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None
