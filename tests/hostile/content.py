"""Case builders for what is read as text: good articles, hostile metadata and file names,
encodings, and JSON Lines with wrong values."""

from __future__ import annotations

import codecs
import gzip
import os
from collections.abc import Iterator

from tests.hostile.cases import (
    BOGUS_CHARSETS,
    BOM_ENCODINGS,
    DECLARED,
    ESCAPES,
    HOSTILE_MARKUP,
    JSONL_STRING_FIELDS,
    ODD_DATES,
    ODD_URLS,
    RICH_MARKUP,
    SURROGATE_TEXT,
    WRONG_TYPES,
    Kind,
    _case,
    _Gen,
)
from tests.hostile.stories import (
    OVER_LIMIT,
    STORIES,
    Expect,
    HostileCase,
    html_page,
    jsonl_line,
    page_dump,
    record,
)

# --- good articles and hostile metadata ---------------------------------------------------


def _good(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story = gen.story()
    fmt = gen.rng.choice(("txt", "html", "jsonl", "jsonl-noid", "txt-crlf", "html-gz"))
    note = f"a good article ({fmt})"
    if fmt.startswith("txt"):
        text = page_dump(story, token)
        text = text.replace("\n", "\r\n") if fmt == "txt-crlf" else text
        yield _case(gen, token, "good", text.encode(), ".txt", "good", note, contains=story.phrase)
    elif fmt == "html":
        data = html_page(story, token).encode()
        yield _case(gen, token, "good", data, ".html", "good", note, contains=story.phrase)
    elif fmt == "html-gz":
        data = gzip.compress(html_page(story, token).encode(), mtime=0)
        yield _case(gen, token, "good", data, ".html.gz", "good", note, contains=story.phrase)
    else:
        rec = record(story, token)
        if fmt == "jsonl-noid":
            del rec["id"]
        data = jsonl_line(rec)
        yield _case(gen, token, "good", data, ".jsonl", "good", note, contains=story.phrase)


def _good_jsonl_framing(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    data = codecs.BOM_UTF8 + b"\r\n  \r\n" + jsonl_line(record(gen.story(), token))[:-1]
    note = "a JSON Lines record after a BOM and blank CRLF lines, no final newline"
    yield _case(gen, token, "jsonl-framing", data, ".jsonl", "good", note)


def _good_cr(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story = gen.story()
    data = page_dump(story, token).replace("\n", "\r").encode()
    note = "a page dump with old Mac line ends (CR only)"
    yield _case(gen, token, "txt-cr-only", data, ".txt", "good", note, contains=story.phrase)


def _dup_url(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    one, two = gen.rng.sample(STORIES, 2)
    url = f"https://news.example/{token}/same"
    lines = jsonl_line(record(one, token, id=f"{token}-alpha", url=url))
    lines += jsonl_line(record(two, token, id=f"{token}-beta", url=url))
    note = "two records share a url, with other ids and texts: two documents"
    yield _case(gen, token, "jsonl-dup-url", lines, ".jsonl", "good", note, docs=2)


def _dup_url_no_id(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    one, two = gen.rng.sample(STORIES, 2)
    url = f"https://news.example/{token}/same"
    recs = [record(s, token, url=url) for s in (one, two)]
    for rec in recs:
        del rec["id"]
    note = "two records without ids share a url and differ in text: two documents"
    data = b"".join(jsonl_line(r) for r in recs)
    yield _case(gen, token, "jsonl-dup-url-noid", data, ".jsonl", "good", note, docs=2)


def _dup_id(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    one, two = gen.rng.sample(STORIES, 2)
    recs = [
        record(s, token, id=f"{token}-same", url=f"https://news.example/{token}/{n}")
        for n, s in enumerate((one, two))
    ]
    note = "two records share an id but differ in text: two texts are two documents"
    data = b"".join(jsonl_line(r) for r in recs)
    yield _case(gen, token, "jsonl-dup-id", data, ".jsonl", "good", note, docs=2)


def _copy_txt_jsonl(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story = gen.story()
    text = page_dump(story, token)
    note = "the same article as a page dump and as JSON Lines (the second is a copy)"
    yield _case(gen, token, "copy-txt", text.encode(), ".txt", "good", note)
    token = gen.token()
    rec = record(story, token, text=f"{story.dateline} {story.body}")
    yield _case(gen, token, "copy-jsonl", jsonl_line(rec), ".jsonl", "good", note)


def _meta_markup(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    bad = gen.rng.choice(RICH_MARKUP)
    rec = record(
        gen.story(),
        token,
        id=f"{token}-{bad}",
        title=f"{bad} title {bad}",
        outlet=f"{bad}Outlet",
        url=f"https://news.example/{token}/{bad}",
        author=bad,
    )
    note = f"Rich markup {bad!r} in id, title, outlet, url and author: printed literally"
    yield _case(gen, token, "jsonl-rich-markup", jsonl_line(rec), ".jsonl", "good", note)


def _meta_escapes(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    esc = gen.rng.choice(ESCAPES)
    rec = record(
        gen.story(),
        token,
        id=f"{token}-{esc}",
        title=f"{esc}title",
        outlet=f"Outlet{esc}",
        url=f"https://news.example/{token}/{esc}",
    )
    note = f"terminal escape {esc!r} in id, title, outlet and url: never printed raw"
    yield _case(gen, token, "jsonl-escapes", jsonl_line(rec), ".jsonl", "good", note)


def _txt_header_escapes(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    esc, bad = gen.rng.choice(ESCAPES[:4]), gen.rng.choice(RICH_MARKUP)
    story = gen.story()
    data = page_dump(story, token, title=f"{story.title} {esc} {bad} ({token})").encode()
    note = "a page dump whose title holds a terminal escape and Rich markup"
    yield _case(gen, token, "txt-title-escapes", data, ".txt", "good", note)


def _named(gen: _Gen, token: str, kind: str, name: str, expect: Expect, data: bytes) -> HostileCase:
    path = gen.folder(token) / name
    path.write_bytes(data)
    return HostileCase(path, kind, expect, f"file name {name!r}", token)


def _name_markup(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    folder = gen.folder(token) / f"{token}-x["
    folder.mkdir()
    path = folder / "b][bold red]a:b:c:smile:.txt"  # the path holds '[/b]'
    path.write_bytes(page_dump(gen.story(), token).encode())
    yield HostileCase(path, "name-rich-markup", "good", "Rich markup in the path", token)


def _name_escape(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    data = page_dump(gen.story(), token).encode()
    yield _named(gen, token, "name-escapes", f"{token}-\x1b]0;pwned\x07\x1b[2J.txt", "good", data)


def _name_newline(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    data = page_dump(gen.story(), token).encode()
    yield _named(gen, token, "name-newline", f"{token}-one\ntwo\r.txt", "good", data)


def _name_long(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    data = page_dump(gen.story(), token).encode()
    name = f"{token}-" + "n" * (250 - len(token) - 5) + ".txt"
    yield _named(gen, token, "name-255-bytes", name, "good", data)


def _name_not_utf8(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    name = os.fsdecode(f"{token}-".encode() + b"\xff\xfe.txt")
    yield _named(gen, token, "name-not-utf8-empty", name, "bad", b"")


def _name_not_utf8_good(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    name = os.fsdecode(f"{token}-".encode() + b"caf\xe9.txt")
    data = page_dump(gen.story(), token).encode()
    yield _named(gen, token, "name-not-utf8", name, "either", data)


def _hostile_markup(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story, payload = gen.story(), gen.rng.choice(HOSTILE_MARKUP)
    if gen.rng.random() < 0.5:
        data = html_page(story, token, extra=f"<p>{payload} {payload}</p>").encode()
        suffix = ".html"
    else:
        data = page_dump(story, token, extra=payload).encode()
        suffix = ".txt"
    note = f"an article carrying {payload!r}"
    yield _case(gen, token, "hostile-markup", data, suffix, "good", note, contains=story.phrase)


def _template_fields(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    rec = record(gen.story(), token, title="{{7*7}} ${7*7} %s%n {0} <%= 7 %>", outlet="{{config}}")
    note = "template and format syntax in title and outlet"
    yield _case(gen, token, "jsonl-template", jsonl_line(rec), ".jsonl", "good", note)


def _odd_date(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    date = gen.rng.choice(ODD_DATES)
    rec = record(gen.story(), token, published=date)
    note = f"published {date[:30]!r}: unreadable, dropped, the article kept"
    yield _case(gen, token, "jsonl-odd-date", jsonl_line(rec), ".jsonl", "good", note)


def _odd_url(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    url = gen.rng.choice(ODD_URLS)
    rec = record(gen.story(), token, url=url)
    note = f"url {url[:40]!r}"
    yield _case(gen, token, "jsonl-odd-url", jsonl_line(rec), ".jsonl", "good", note)


def _odd_id(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    doc_id = gen.rng.choice(("../../etc/passwd", "a\nb", " ", "-", "%s", "a" * 10_000, "ø" * 50))
    rec = record(gen.story(), token, id=f"{token}{doc_id}")
    note = f"id {doc_id[:20]!r}"
    yield _case(gen, token, "jsonl-odd-id", jsonl_line(rec), ".jsonl", "either", note)


# --- encodings --------------------------------------------------------------------------------


def _bom(gen: _Gen) -> Iterator[HostileCase]:
    for name, expect in BOM_ENCODINGS:
        token, story = gen.token(), gen.story()
        text = page_dump(story, token)
        codec = name.removesuffix("-bom")
        data = text.encode(codec)
        if name.endswith("-be-bom"):
            data = (codecs.BOM_UTF16_BE if "16" in name else codecs.BOM_UTF32_BE) + data
        note = f"a page dump in {name}"
        kind = f"encoding-{name}"
        yield _case(gen, token, kind, data, ".txt", expect, note, contains=story.phrase)


def _declared(gen: _Gen) -> Iterator[HostileCase]:
    for charset, word in DECLARED:
        token, story = gen.token(), gen.story()
        page = html_page(
            story, token, charset=charset, extra=f"<p>The visitors came from {word}.</p>"
        )
        data = page.encode(charset, errors="xmlcharrefreplace")
        note = f"HTML declaring and encoded in {charset}"
        yield _case(gen, token, f"charset-{charset}", data, ".html", "good", note, contains=word)


def _undeclared(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    charset, word = gen.rng.choice(DECLARED[1:])
    story = gen.story()
    text = page_dump(story, token, extra=f"The visitors came from {word}.")
    data = text.replace("’", "'").encode(charset, errors="replace")
    note = f"a page dump in {charset}, not declared (detection)"
    yield _case(gen, token, "encoding-detected", data, ".txt", "either", note)


def _bogus_charset(gen: _Gen) -> Iterator[HostileCase]:
    for charset in BOGUS_CHARSETS:
        token = gen.token()
        extra = f"<p>Odd {SURROGATE_TEXT.get(charset, 'bytes')} here.</p>"
        data = html_page(gen.story(), token, charset=charset, extra=extra).encode()
        kind = f"charset-bogus-{charset[:12]}"
        yield _case(gen, token, kind, data, ".html", "either", f"meta charset={charset[:20]!r}")


def _trailing_invalid(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story = STORIES[0]
    data = page_dump(story, token).encode() + b"\xff"
    note = "one invalid byte at the end of UTF-8: the rest stays UTF-8 (city’s stays city’s)"
    yield _case(gen, token, "utf8-trailing-invalid", data, ".txt", "good", note, contains="city’s")


def _nul_text(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story = gen.story()
    text = page_dump(story, token).replace(" the ", " the\x00 ", 3)
    note = "NUL bytes inside page text: stored without them, or refused as binary"
    yield _case(gen, token, "txt-nul-bytes", text.encode(), ".txt", "either", note)


# --- JSON Lines: wrong values -----------------------------------------------------------------


def _surrogate(gen: _Gen) -> Iterator[HostileCase]:
    for name in JSONL_STRING_FIELDS:
        token, story = gen.token(), gen.story()
        lone = gen.rng.choice(("\ud800", "\udfff", "\udc80"))
        value = (
            f"{story.dateline} {story.body} x{lone}y"
            if name in ("text", "html")
            else f"{token}-x{lone}y"
        )
        rec = record(story, token, **{name: value})
        note = f"a lone surrogate in {name!r} (a JSON escape)"
        yield _case(
            gen, token, f"jsonl-surrogate-{name}", jsonl_line(rec), ".jsonl", "either", note
        )


def _surrogate_key(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    rec = record(gen.story(), token, **{"ti\ud800tle": "x\udc00"})
    note = "a lone surrogate in a key"
    yield _case(gen, token, "jsonl-surrogate-key", jsonl_line(rec), ".jsonl", "either", note)


def _nul_field(gen: _Gen) -> Iterator[HostileCase]:
    for name in JSONL_STRING_FIELDS:
        token, story = gen.token(), gen.story()
        value = (
            f"{story.dateline} {story.body}\x00 end"
            if name in ("text", "html")
            else f"{token}-\x00x"
        )
        rec = record(story, token, **{name: value})
        note = f"\\u0000 in {name!r}: never stored"
        yield _case(gen, token, f"jsonl-nul-{name}", jsonl_line(rec), ".jsonl", "either", note)


def _wrong_type(gen: _Gen) -> Iterator[HostileCase]:
    for name in JSONL_STRING_FIELDS:
        for label, value in WRONG_TYPES.items():
            token = gen.token()
            rec = record(gen.story(), token, **{name: value})
            if name == "url":
                rec["id"] = f"{token}-{label}"
            note = f"{name!r} is a {label}: an error for that record"
            expect: Expect = "bad"
            if name == "id" and label == "number":  # feeds number their records: "42"
                note, expect = "a numeric 'id' is read as its digits", "either"
            kind = f"jsonl-type-{name}-{label}"
            yield _case(gen, token, kind, jsonl_line(rec), ".jsonl", expect, note)


def _null_field(gen: _Gen) -> Iterator[HostileCase]:
    for name in JSONL_STRING_FIELDS:
        token = gen.token()
        rec = record(gen.story(), token, **{name: None})
        expect: Expect = "bad" if name == "text" else "either"
        note = f"{name!r} is null"
        yield _case(gen, token, f"jsonl-null-{name}", jsonl_line(rec), ".jsonl", expect, note)


def _top_level(gen: _Gen) -> Iterator[HostileCase]:
    for label, line in (
        ("array", b"[1, 2]"),
        ("string", b'"text"'),
        ("number", b"42"),
        ("null", b"null"),
        ("true", b"true"),
        ("nan", b'{"text": NaN}'),
        ("huge-int", b'{"id": ' + b"9" * 5000 + b', "text": "x"}'),
        ("huge-float", b'{"title": 1e999, "text": "x"}'),
        ("unterminated", b'{"text": "the minister'),
        ("trailing-comma", b'{"text": "a",}'),
    ):
        note = f"a JSON line that is {label}"
        yield _case(gen, gen.token(), f"jsonl-top-{label}", line + b"\n", ".jsonl", "bad", note)


def _deep(gen: _Gen) -> Iterator[HostileCase]:
    for depth in (1_000, 100_000):
        inner = "[" * depth + "]" * depth
        yield _case(
            gen,
            gen.token(),
            f"jsonl-deep-{depth}",
            f'{{"text": {inner}}}\n'.encode(),
            ".jsonl",
            "bad",
            f"JSON nested {depth} deep",
        )
        data = ('{"a":' * depth + "1" + "}" * depth + "\n").encode()
        yield _case(
            gen,
            gen.token(),
            f"json-deep-{depth}",
            data,
            ".json",
            "bad",
            f"a .json object {depth} deep",
        )


def _jsonl_utf16(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    data = jsonl_line(record(gen.story(), token)).decode().encode("utf-16")
    yield _case(gen, token, "jsonl-utf16", data, ".jsonl", "either", "JSON Lines in UTF-16")


def _jsonl_huge_line(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    path = gen.folder(token) / f"{token}-jsonl-over-limit.jsonl"
    with path.open("wb") as out:
        out.truncate(OVER_LIMIT)
    yield HostileCase(path, "jsonl-over-limit", "bad", "one 21 MB line of NULs", token)


CONTENT_KINDS: tuple[Kind, ...] = (
    Kind("good", _good),
    Kind("jsonl-framing", _good_jsonl_framing),
    Kind("txt-cr-only", _good_cr),
    Kind("jsonl-dup-url", _dup_url),
    Kind("jsonl-dup-url-noid", _dup_url_no_id),
    Kind("jsonl-dup-id", _dup_id),
    Kind("copy-txt-jsonl", _copy_txt_jsonl),
    Kind("jsonl-rich-markup", _meta_markup),
    Kind("jsonl-escapes", _meta_escapes),
    Kind("txt-title-escapes", _txt_header_escapes),
    Kind("name-rich-markup", _name_markup),
    Kind("name-escapes", _name_escape),
    Kind("name-newline", _name_newline),
    Kind("name-255-bytes", _name_long),
    Kind("name-not-utf8-empty", _name_not_utf8),
    Kind("name-not-utf8", _name_not_utf8_good),
    Kind("hostile-markup", _hostile_markup),
    Kind("jsonl-template", _template_fields),
    Kind("jsonl-odd-date", _odd_date),
    Kind("jsonl-odd-url", _odd_url),
    Kind("jsonl-odd-id", _odd_id),
    Kind("encoding-bom", _bom, repeat=False),
    Kind("charset-declared", _declared, repeat=False),
    Kind("encoding-detected", _undeclared),
    Kind("charset-bogus", _bogus_charset, repeat=False),
    Kind("utf8-trailing-invalid", _trailing_invalid),
    Kind("txt-nul-bytes", _nul_text),
    Kind("jsonl-surrogate", _surrogate, repeat=False),
    Kind("jsonl-surrogate-key", _surrogate_key),
    Kind("jsonl-nul", _nul_field, repeat=False),
    Kind("jsonl-type", _wrong_type, repeat=False),
    Kind("jsonl-null", _null_field, repeat=False),
    Kind("jsonl-top", _top_level, repeat=False),
    Kind("jsonl-deep", _deep, repeat=False),
    Kind("jsonl-utf16", _jsonl_utf16),
    Kind("jsonl-over-limit", _jsonl_huge_line, repeat=False),
)
"""The kinds of this module, in the order of the first pass."""
