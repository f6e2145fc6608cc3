from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.errors import BinaryInput, Code, EmptyInput
from storyline.ingest.decode import decode, refuse_binary


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"", Code.E102),
        (b"  \n\t \n", Code.E102),
        (b"%PDF-1.7\n%binary", Code.E104),
        (b"\x89PNG\r\n\x1a\n\x00\x00", Code.E104),
        (b"PK\x03\x04\x14\x00", Code.E104),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", Code.E104),
        (bytes(range(256)) * 4, Code.E104),
    ],
)
def test_decode_refuses_empty_and_binary(raw: bytes, code: Code) -> None:
    with pytest.raises((EmptyInput, BinaryInput)) as caught:
        decode(raw)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Café in Baghdad — talks resumed on Tuesday.", "utf-8"),
        ("Le ministre a rencontré la délégation à Genève, près du lac. " * 5, "cp1252"),
        ("Встреча министров прошла в Брюсселе во вторник вечером. " * 5, "cp1251"),
    ],
)
def test_decode_finds_the_encoding(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)).text == text


def test_decode_honours_bom_and_html_charset() -> None:
    assert decode("hello world".encode("utf-16")).text == "hello world"
    html = '<html><head><meta charset="iso-8859-1"></head><body>Ni\xf1o</body></html>'
    assert "Niño" in decode(html.encode("latin-1"), html=True).text


@given(st.text(min_size=1).filter(lambda s: s.strip() and not any(ord(c) < 32 for c in s)))
def test_decode_round_trips_utf8_text(text: str) -> None:
    assert decode(text.encode("utf-8")).text == text


def test_refuse_binary_accepts_ordinary_text() -> None:
    refuse_binary(b"A plain line of text.\nAnd another.\n")
