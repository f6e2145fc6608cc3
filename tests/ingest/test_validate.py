"""The edge of ingestion: valid text in, budgets checked before the slow stages."""

from __future__ import annotations

import pytest

from storyline.errors import Code, OverBudget
from storyline.ingest import validate
from storyline.ingest.validate import check_body, check_page, valid_line, valid_text


@pytest.mark.parametrize(
    ("raw", "clean", "changed"),
    [
        ("Plain text.\nSecond line.", "Plain text.\nSecond line.", 0),
        ("x\ud800y", "x\ufffdy", 1),
        ("a\x00b\x07c", "abc", 2),
        ("title\x1b]0;pwned\x07 after", "title after", 1),
        ("\x1b[2Jcleared \x1b[31mred\x1b[0m", "cleared red", 3),
        ("tab\tand\r\nform\ffeed", "tab\tand\r\nform\ffeed", 0),
        ("C1 \x85 and \x9b2J", "C1  and 2J", 2),  # a C1 control goes alone
        ("Officials said \x1bPresident Rutte", "Officials said President Rutte", 1),
        ("unfinished \x1b]0;title and the rest", "unfinished ]0;title and the rest", 1),
    ],
)
def test_valid_text_replaces_surrogates_and_removes_controls(
    raw: str, clean: str, changed: int
) -> None:
    assert valid_text(raw) == (clean, changed)
    # The result always encodes to UTF-8 (SQLite's and the terminal's condition).
    valid_text(raw)[0].encode("utf-8")


def test_valid_line_puts_a_value_on_one_line() -> None:
    assert valid_line("pages/a\nb.txt") == "pages/a b.txt"
    assert valid_line("  \u2028 Title \r\n") == "Title"
    assert valid_line(b"\xff.txt".decode("utf-8", "surrogateescape")) == "\ufffd.txt"


def test_check_page_refuses_what_would_hold_the_cleaner() -> None:
    check_page("A line.\n" * 1000, markup=False)
    with pytest.raises(OverBudget) as caught:
        check_page("x" * (validate.MAX_PAGE_CHARS + 1), markup=False)
    assert caught.value.code == Code.E110
    with pytest.raises(OverBudget, match="lines of page text"):
        check_page("word\n" * (validate.MAX_PAGE_LINES + 1), markup=False)
    with pytest.raises(OverBudget, match="a line of"):
        check_page("ok\n" + "By " * 40_000, markup=False)
    with pytest.raises(OverBudget, match="HTML tags"):
        check_page("<p>a</p>" * (validate.MAX_HTML_TAGS // 2 + 1), markup=True)
    with pytest.raises(OverBudget, match="HTML attributes"):
        check_page("<p " + " ".join(f"a{n}=1" for n in range(50_000)) + ">x</p>", markup=True)
    check_page("<p>" + "word " * 100_000 + "</p>", markup=True)  # long, but few tags


def test_check_body_counts_characters_and_words() -> None:
    check_body("word " * 1000)
    with pytest.raises(OverBudget, match="words"):
        check_body("a " * (validate.MAX_BODY_WORDS + 1))
    with pytest.raises(OverBudget, match="characters"):
        check_body("abcdefghij " * (validate.MAX_BODY_CHARS // 10))
