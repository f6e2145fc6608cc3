"""Case builders for bytes that are no article, HTML and text that are big or deep, and special
files (FIFOs, sockets, unreadable files and folders, links, paths past PATH_MAX)."""

from __future__ import annotations

import gzip
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.hostile.cases import EMPTY_SUFFIXES, Kind, _case, _Gen
from tests.hostile.stories import FOOTER, MENU, OVER_LIMIT, HostileCase, html_page, page_dump

# --- bytes that are no article ----------------------------------------------------------------


def _random_bytes(gen: _Gen) -> Iterator[HostileCase]:
    for suffix in (".txt", ".html", ".jsonl", ".json", ".ndjson", ".gz", ""):
        token, size = gen.token(), gen.rng.choice((1, 7, 100, 4_096, 60_000))
        data = gen.rng.randbytes(size)
        if suffix in (".jsonl", ".ndjson"):  # many "lines": still one rejection for the file
            data = b"\n".join(gen.rng.randbytes(40) for _ in range(max(1, size // 40)))
        kind = "random-bytes" + (suffix.replace(".", "-") or "-nosuffix")
        note = f"{len(data)} random bytes named {suffix or '(no suffix)'}: one rejection"
        yield _case(gen, token, kind, data, suffix, "bad", note)


def _random_text(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    words = [
        "".join(gen.rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(gen.rng.randint(1, 9)))
        for _ in range(gen.rng.randint(1, 400))
    ]
    data = " ".join(words).encode()
    yield _case(gen, token, "random-words", data, ".txt", "either", "random letters in words")


def _empty(gen: _Gen) -> Iterator[HostileCase]:
    for suffix in EMPTY_SUFFIXES:
        kind = f"empty{suffix.replace('.', '-') or '-nosuffix'}"
        yield _case(
            gen,
            gen.token(),
            kind,
            b"",
            suffix,
            "bad",
            f"an empty file named {suffix or '(no suffix)'}",
        )
    yield _case(
        gen, gen.token(), "whitespace-only", b" \n\t\r\n \x0c", ".txt", "bad", "only whitespace"
    )
    yield _case(
        gen, gen.token(), "newlines-only", b"\n" * 200_000, ".txt", "bad", "200,000 empty lines"
    )


def _header_only(gen: _Gen) -> Iterator[HostileCase]:
    for label, text in (
        ("bare", "date 2025-02-05"),
        ("indented", " date 2025-02-05\n"),
        ("titled", " date 2025-02-05 A title and nothing else\n"),
        ("bad-date", " date 9999-99-99 Title\n"),
    ):
        note = f"a page dump that is only a header line ({label})"
        yield _case(gen, gen.token(), f"header-only-{label}", text.encode(), ".txt", "bad", note)


def _not_article(gen: _Gen) -> Iterator[HostileCase]:
    for label, suffix, data in (
        ("menu-only", ".txt", "\n".join(MENU + FOOTER).encode()),
        ("one-line", ".txt", b"Hello world."),
        ("html-no-markup", ".html", b"just some words without any markup in a file named html"),
        ("html-empty-body", ".html", b"<html><body></body></html>"),
        ("pdf", ".txt", b"%PDF-1.4\n" + bytes(range(256))),
        ("png", ".html", b"\x89PNG\r\n\x1a\n" + bytes(300)),
        ("zip", ".jsonl", b"PK\x03\x04" + bytes(300)),
        ("sqlite", ".txt", b"SQLite format 3\x00" + bytes(300)),
        ("emoji-only", ".txt", ("😀 " * 50).encode()),
    ):
        yield _case(
            gen, gen.token(), f"no-article-{label}", data, suffix, "bad", f"no article: {label}"
        )


def _gzip(gen: _Gen) -> Iterator[HostileCase]:
    story = gen.story()
    packed = gzip.compress(html_page(story, "gzip").encode(), mtime=0)
    yield _case(
        gen,
        gen.token(),
        "gzip-truncated",
        packed[: len(packed) // 2],
        ".html.gz",
        "bad",
        "truncated gzip",
    )
    yield _case(
        gen,
        gen.token(),
        "gzip-header-only",
        packed[:10],
        ".html.gz",
        "bad",
        "a gzip header and no data",
    )
    bomb = gzip.compress(b"<p>" + b" " * OVER_LIMIT, mtime=0)
    yield _case(gen, gen.token(), "gzip-bomb", bomb, ".html.gz", "bad", "gzip expanding past 20 MB")
    noise = gzip.compress(gen.rng.randbytes(5_000), mtime=0)
    yield _case(gen, gen.token(), "gzip-random", noise, ".html.gz", "bad", "gzip of random bytes")
    text = gzip.compress(page_dump(story, "gzip").encode(), mtime=0)
    yield _case(
        gen, gen.token(), "gzip-txt", text, ".txt.gz", "either", "a gzipped page dump named .txt.gz"
    )
    twice = gzip.compress(packed, mtime=0)
    yield _case(gen, gen.token(), "gzip-twice", twice, ".html.gz", "either", "gzip inside gzip")


def _too_large(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    path = gen.folder(token) / f"{token}-over-limit.txt"
    with path.open("wb") as out:
        out.truncate(OVER_LIMIT)
    yield HostileCase(path, "over-limit", "bad", "a 21 MB file (sparse)", token)


# --- HTML and text that are big or deep ---------------------------------------------------------


def _nested(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story, depth = gen.story(), gen.sizes.nested_tags
    inner = "".join(f"<p>{p}</p>" for p in story.paragraphs)
    data = f"<html><body>{'<div>' * depth}{inner}{'</div>' * depth}</body></html>".encode()
    yield _case(
        gen, token, "nested-tags", data, ".html", "either", f"{depth:,} nested div tags", heavy=True
    )


def _huge_paragraph(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story = gen.story()
    sentence = story.paragraphs[0] + " "
    body = sentence * (gen.sizes.paragraph_bytes // len(sentence) + 1)
    data = f"<html><body><article><p>{body}</p></article></body></html>".encode()
    note = f"HTML with one {len(body) / 1e6:.0f} MB paragraph"
    yield _case(gen, token, "huge-paragraph", data, ".html", "either", note, heavy=True)


def _many_paragraphs(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    count = gen.sizes.paragraphs
    body = "".join(f"<p>Item {n} is here.</p>" for n in range(count))
    data = f"<html><body><article>{body}</article></body></html>".encode()
    yield _case(
        gen,
        token,
        "many-paragraphs",
        data,
        ".html",
        "either",
        f"{count:,} tiny paragraphs",
        heavy=True,
    )


def _angles(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story, count = gen.story(), gen.sizes.angles
    data = ("<" * count + "\n" + page_dump(story, token)).encode()
    yield _case(
        gen,
        token,
        "angles-before-article",
        data,
        ".txt",
        "either",
        f"{count:,} '<' before an article",
        heavy=True,
    )


def _by_line(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    size = gen.sizes.by_bytes
    data = ("By " * (size // 3)).encode()
    yield _case(
        gen,
        token,
        "by-line",
        data,
        ".txt",
        "either",
        f"one line of {size / 1e6:.0f} MB of 'By '",
        heavy=True,
    )


def _dateline_repeat(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story, size = gen.story(), gen.sizes.dateline_bytes
    line = f"{story.dateline}\n"
    data = (page_dump(story, token) + line * (size // len(line))).encode()
    note = f"a good page and {size / 1e6:.1f} MB of its dateline repeated"
    yield _case(gen, token, "dateline-repeat", data, ".txt", "either", note, heavy=True)


def _long_word(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    story, size = gen.story(), gen.sizes.long_word
    data = page_dump(story, token, extra="x" * size).encode()
    yield _case(
        gen,
        token,
        "long-word",
        data,
        ".txt",
        "either",
        f"a {size:,}-letter word in an article",
        heavy=True,
    )


def _many_lines(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    data = page_dump(gen.story(), token, extra="word\n" * 100_000).encode()
    yield _case(
        gen, token, "many-lines", data, ".txt", "either", "an article and 100,000 one-word lines"
    )


def _combining(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    data = page_dump(gen.story(), token, extra="a" + "\u0301" * 100_000).encode()
    yield _case(
        gen,
        token,
        "combining-flood",
        data,
        ".txt",
        "either",
        "100,000 combining accents on one letter",
    )


def _odd_html(gen: _Gen) -> Iterator[HostileCase]:
    story, token = gen.story(), "odd html"
    attrs = " ".join(f"a{n}=1" for n in range(50_000))
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n else "&lol;" * 10}">' for n in range(9)
        )
        + "]><html><body><p>&lol8;</p>"
    )
    for label, page in (
        ("many-attributes", html_page(story, token, extra=f"<p {attrs}>x</p>")),
        ("xml-bomb", bomb + html_page(story, token)),
        ("unclosed-comment", "<!--" + html_page(story, token)),
        (
            "entities",
            html_page(story, token, extra="<p>&#xD800; &#0; &#x110000; &#1114112; &bogus;</p>"),
        ),
        ("cdata", html_page(story, token, extra="<![CDATA[<p>]]>" * 100)),
        ("only-script", "<html><body><script>" + "var x = 1;\n" * 1000 + "</script></body></html>"),
    ):
        yield _case(
            gen, gen.token(), f"html-{label}", page.encode(), ".html", "either", f"HTML: {label}"
        )


# --- special files ----------------------------------------------------------------------------


def _fifo(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    path = gen.folder(token) / f"{token}-fifo.txt"
    os.mkfifo(path)
    yield HostileCase(path, "fifo", "bad", "a FIFO named .txt: one line, never a hang", token)


def _socket(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    path = make_socket(gen.folder(token) / f"{token}-socket.txt")
    yield HostileCase(path, "socket", "bad", "a Unix socket named .txt", token)


def make_socket(path: Path) -> Path:
    """A Unix socket file at ``path`` (bound, then closed: the file stays)."""
    with _inside(path.parent), socket.socket(socket.AF_UNIX) as sock:
        sock.bind(path.name)  # relative: an absolute path may pass the 108-byte name limit
    return path


@contextmanager
def _inside(folder: Path) -> Iterator[None]:
    here = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(here)


def _dir_named_txt(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    path = gen.folder(token) / f"{token}-folder.txt"
    path.mkdir()
    yield HostileCase(path, "dir-named-txt", "bad", "an empty folder named .txt", token)


def _unreadable_file(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    data = page_dump(gen.story(), token).encode()
    note = "chmod 000 (root reads it anyway)"
    case = _case(gen, token, "unreadable-file", data, ".txt", "either", note)
    case.path.chmod(0)
    yield case


def _unreadable_dir(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    folder = gen.folder(token) / f"{token}-locked"
    folder.mkdir()
    (folder / "inside.txt").write_bytes(page_dump(gen.story(), token).encode())
    folder.chmod(0)
    note = "a folder chmod 000 holding an article (root reads it anyway)"
    yield HostileCase(folder, "unreadable-dir", "either", note, token)


def _symlinks(gen: _Gen) -> Iterator[HostileCase]:
    for kind, target, note in (
        ("symlink-dangling", "no-such-file.txt", "a link to nothing"),
        ("symlink-loop", None, "a link to itself"),
        ("symlink-dev-zero", "/dev/zero", "a link to /dev/zero: never read"),
    ):
        token = gen.token()
        link = gen.folder(token) / f"{token}-{kind}.txt"
        link.symlink_to(target or link.name)
        yield HostileCase(link, kind, "bad", note, token)


def _symlink_cycle(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    folder = gen.folder(token) / f"{token}-cycle"
    folder.mkdir()
    (folder / "back").symlink_to(".")
    note = "a folder holding a link to itself: one line, never a walk without end"
    yield HostileCase(folder, "symlink-cycle", "bad", note, token)


def _long_path(gen: _Gen) -> Iterator[HostileCase]:
    token = gen.token()
    top = gen.folder(token) / f"{token}-deep"
    write_past_path_max(top, "\n".join(MENU).encode())
    note = "a folder whose one file lies past PATH_MAX"
    yield HostileCase(top, "path-max", "bad", note, token)


def write_past_path_max(top: Path, data: bytes) -> Path:
    """Make folder ``top`` holding, 18 folders down, a file whose path passes PATH_MAX."""
    top.mkdir()
    fd = os.open(top, os.O_RDONLY)
    try:
        for _ in range(18):  # 18 x 251 bytes: past PATH_MAX (4096)
            os.mkdir("d" * 250, dir_fd=fd)
            inner = os.open("d" * 250, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        out = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(out, data)
        os.close(out)
    finally:
        os.close(fd)
    return top.joinpath(*["d" * 250] * 18, "deep.txt")


FILE_KINDS: tuple[Kind, ...] = (
    Kind("random-bytes", _random_bytes),
    Kind("random-words", _random_text),
    Kind("empty", _empty, repeat=False),
    Kind("header-only", _header_only, repeat=False),
    Kind("no-article", _not_article, repeat=False),
    Kind("gzip", _gzip, repeat=False),
    Kind("over-limit", _too_large, repeat=False),
    Kind("nested-tags", _nested, repeat=False),
    Kind("huge-paragraph", _huge_paragraph, repeat=False),
    Kind("many-paragraphs", _many_paragraphs, repeat=False),
    Kind("angles-before-article", _angles, repeat=False),
    Kind("by-line", _by_line, repeat=False),
    Kind("dateline-repeat", _dateline_repeat, repeat=False),
    Kind("long-word", _long_word, repeat=False),
    Kind("many-lines", _many_lines, repeat=False),
    Kind("combining-flood", _combining, repeat=False),
    Kind("odd-html", _odd_html, repeat=False),
    Kind("fifo", _fifo, repeat=False),
    Kind("socket", _socket, repeat=False),
    Kind("dir-named-txt", _dir_named_txt, repeat=False),
    Kind("unreadable-file", _unreadable_file, repeat=False),
    Kind("unreadable-dir", _unreadable_dir, repeat=False),
    Kind("symlinks", _symlinks, repeat=False),
    Kind("symlink-cycle", _symlink_cycle, repeat=False),
    Kind("path-max", _long_path, repeat=False),
)
"""The kinds of this module, in the order of the first pass."""
