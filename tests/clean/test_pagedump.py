"""The page-dump extractor on pages written for these tests (tests/data/pagedump)."""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest

from storyline.clean.lines import Kind, page_lines
from storyline.clean.pagedump import CleanPage, extract

DATA = Path(__file__).parents[1] / "data" / "pagedump"
PAGES = sorted(p.name[: -len(".body.txt")] for p in DATA.glob("*.body.txt"))
_WORD = re.compile(r"\w+")


def _bag_f1(pred: str, gold: str) -> float:
    """Bag-of-words F1, as the official scorer computes it."""
    p = collections.Counter(_WORD.findall(pred.lower()))
    g = collections.Counter(_WORD.findall(gold.lower()))
    common = sum((p & g).values())
    if not common:
        return 0.0
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def _page(name: str) -> str:
    return (DATA / f"{name}.txt").read_text(encoding="utf-8")


def _gold(name: str) -> str:
    return (DATA / f"{name}.body.txt").read_text(encoding="utf-8").strip()


@pytest.mark.parametrize("name", [n for n in PAGES if _gold(n)])
def test_extract_fixture_matches_gold(name: str) -> None:
    assert _bag_f1(extract(_page(name)).body, _gold(name)) >= 0.98


@pytest.mark.parametrize(
    ("name", "furniture"),
    [
        ("harbour_bridge", "Related Articles"),
        ("harbour_bridge", "2 hours ago"),
        ("harbour_bridge", "ferry between Kelmouth and the island"),
        ("harbour_bridge", "By Lena Corvo"),
        ("harbour_bridge", "Photo: Kelmouth Council"),
        ("harbour_bridge", "Image 1 of 4"),
        ("harbour_bridge", "DOWNLOAD THE APP"),
        ("harbour_bridge", "Harbour town votes"),
        ("orchard_teaser", "Sponsored Links"),
        ("orchard_teaser", "Valley News Now"),
        ("orchard_teaser", "Source: Valley Wire"),
        ("rail_strike_comments", "12 comments"),
        ("rail_strike_comments", "working from home"),
        ("rail_strike_comments", "Storm warning"),
        ("rail_strike_comments", "Updated 14:05"),
        ("museum_inline_box", "Ten walks to try"),
        ("museum_inline_box", "best time to walk"),
        ("festival_dates", "Share this article"),
    ],
)
def test_extract_drops_page_furniture(name: str, furniture: str) -> None:
    assert furniture.lower() not in extract(_page(name)).body.lower()


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("harbour_bridge", "WHAT HAPPENS NEXT"),  # a subheading between paragraphs
        ("harbour_bridge", "KELMOUTH — Councillors"),  # a dateline glued to the first paragraph
        ("rail_strike_comments", "Baxford-RNA"),  # a dateline on its own line
        ("museum_inline_box", "volunteers from the town"),  # the story goes on after a box
        ("festival_dates", "June 25 – Dunmere, Harbour Stage"),  # a list the article introduces
    ],
)
def test_extract_keeps_article_parts(name: str, kept: str) -> None:
    assert kept in extract(_page(name)).body


def test_extract_keeps_each_sentence_once() -> None:
    body = extract(_page("orchard_teaser")).body
    assert body.count("Packing sheds are hiring extra staff") == 1
    assert body.count("Prices at the wholesale market") == 1


@pytest.mark.parametrize("page", ["", "   \n\n", _page("menu_only")])
def test_extract_empty_when_no_article(page: str) -> None:
    assert extract(page) == CleanPage(body="", paragraphs=())


def test_extract_keeps_clean_text_whole() -> None:
    page = _page("library_hours")
    assert extract(page).body == page.strip()


def test_extract_paragraphs_join_to_body() -> None:
    result = extract(_page("harbour_bridge"))
    assert result.body == "\n".join(result.paragraphs)
    assert len(result.paragraphs) == 6


def test_extract_is_idempotent() -> None:
    once = extract(_page("harbour_bridge")).body
    assert extract(once).body == once


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Related Articles", Kind.BOUNDARY),
        ("More Stories From Middle East", Kind.BOUNDARY),
        ("12 comments", Kind.BOUNDARY),
        ("Sponsored Links", Kind.BAD),
        ("Story Code : 1109846", Kind.BAD),
        ("Iraqi News21-05-2025", Kind.BAD),
        ("Minister visits the port city3 minutes ago", Kind.BAD),
        ("Jane Roe (@janeroe) Published February 06, 2025 | 12:17 PM", Kind.BAD),
        ("Image 1 of 23", Kind.BAD),
        ("NISSAN SENTRA", Kind.SHORT),
        ("Council Approves New Budget For Roads And Schools", Kind.SHORT),
        ("The council said it would publish the full plan next week.", Kind.NEAR),
        (
            "The council approved the budget on Thursday after a debate that lasted for most "
            "of the night and ended with a narrow vote.",
            Kind.GOOD,
        ),
    ],
)
def test_lines_classify_by_features(text: str, kind: Kind) -> None:
    (line,) = page_lines(text)
    assert line.kind is kind


def test_lines_drop_dump_header() -> None:
    lines = page_lines(" date 2025-02-06 Some title\nBody".strip())
    assert [line.text for line in lines] == ["Body"]
