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


ARTICLE = "Iraq’s defence minister met NATO officials in Baghdad on Monday to discuss training. "


def test_decode_keeps_utf8_with_a_stray_byte_and_notes_it() -> None:
    decoded = decode((ARTICLE * 3).encode() + b"\xff")
    assert decoded.text.startswith("Iraq’s defence")  # not read as a code page ("Iraq‚Äôs")
    assert decoded.text.endswith("\ufffd")
    assert decoded.notes == ("1 invalid utf-8 byte sequence(s) replaced",)
    middle = decode(ARTICLE.encode() + b"\x92" + (ARTICLE * 2).encode())
    assert middle.text.count("Iraq’s") == 3 and middle.notes


def test_decode_still_detects_a_single_byte_code_page() -> None:
    text = "Le ministre a rencontré la délégation à Genève, près du lac. " * 5
    decoded = decode(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.notes and decoded.notes[0].startswith("encoding detected")


@pytest.mark.parametrize("encoding", ["utf-32", "utf-16", "utf-16-le", "utf-16-be"])
def test_decode_reads_utf16_and_utf32_with_or_without_a_bom(encoding: str) -> None:
    decoded = decode(ARTICLE.encode(encoding))
    assert decoded.text.lstrip("\ufeff") == ARTICLE
    assert "\x00" not in decoded.text


@pytest.mark.parametrize("charset", ["undefined", "rot13", "base64", "no-such-charset"])
def test_decode_ignores_a_declared_charset_that_is_no_text_encoding(charset: str) -> None:
    html = f'<html><head><meta charset="{charset}"></head><body><p>{ARTICLE}</p></body></html>'
    assert ARTICLE in decode(html.encode(), html=True).text


def test_refuse_binary_tolerates_a_stray_nul_but_not_random_bytes() -> None:
    refuse_binary(ARTICLE.encode() + b"\x00" + ARTICLE.encode() * 3)
    with pytest.raises(BinaryInput):
        refuse_binary(bytes(range(256)) * 40)


def test_decode_keeps_a_code_page_whose_only_accent_ends_the_file() -> None:
    text = "The minister met officials in the capital on Monday. " * 5 + "Reported by José\n"
    assert decode(text.encode("cp1252")).text == text
