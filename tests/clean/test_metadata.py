"""Metadata of hand-written page dumps: each value with its basis, unknown left None."""

from __future__ import annotations

import pytest

from storyline.clean.metadata import find_origin, read_metadata
from storyline.records import Basis, Field

BODY = (
    "The port authority opened a new container terminal on the northern shore on Monday, "
    "doubling the harbour's capacity for cargo ships.\n"
    "Officials said the terminal would handle grain and fuel shipments and create about two "
    "thousand jobs in the coming year.\n"
    "The project was financed by a consortium of regional banks."
)
HEADLINE = "Port authority opens new container terminal on northern shore"
MENU = "Home\nNews\nSports\nMonitor\nlogo\nContact us\n"


def page_of(head: str, body: str = BODY, tail: str = "Related Stories\nMore news") -> str:
    return f"{head}\n{body}\n{tail}\n"


def field(value: str | None, basis: Basis | None) -> Field:
    return Field(value, basis)


@pytest.mark.parametrize(
    ("head", "title", "published"),
    [
        (
            f" date 2024-03-11 {HEADLINE}\n",
            field(HEADLINE, "header"),
            field("2024-03-11", "header"),
        ),
        (
            f" date 2024-03-11 0\nMonday 11 March 2024 - 09:15\n\n{HEADLINE}\n\nStory Code : 42\n"
            f"{HEADLINE}\n",
            field(HEADLINE, "title"),
            field("2024-03-11", "header"),
        ),
        (
            f"{MENU}{HEADLINE}\n\n{HEADLINE}\n\nHarbour Times11-03-2024\n",
            field(HEADLINE, "title"),
            field("2024-03-11", "byline"),
        ),
        (
            f"{MENU}{HEADLINE}\nBy Jane Q. Doe\nPublished March 11, 2024 | 9:15 AM\n",
            field(HEADLINE, "title"),
            field("2024-03-11", "byline"),
        ),
        (f"{MENU}\n{HEADLINE}\n\n", field(HEADLINE, "title"), field(None, None)),
    ],
)
def test_metadata_title_and_date_from_header_or_head(
    head: str, title: Field, published: Field
) -> None:
    meta = read_metadata(page_of(head), BODY)
    assert meta.title == title
    assert meta.published == published


def test_metadata_header_date_beats_byline_and_dateline() -> None:
    body = "MOSUL, 9th March, 2024 (INA) – " + BODY
    head = f" date 2024-03-11 {HEADLINE}\nPublished March 10, 2024\n"
    assert read_metadata(page_of(head, body), body).published == field("2024-03-11", "header")


def test_metadata_byline_date_is_the_published_one_not_the_updated_one() -> None:
    head = f"{HEADLINE}\nUpdated March 12, 2024, 8:00 AM | Published March 11, 2024, 7:00 AM\n"
    assert read_metadata(page_of(head), BODY).published.value == "2024-03-11"


def test_metadata_dateline_date_when_head_has_none() -> None:
    body = "MOSUL, 9th March, 2024 (INA) – " + BODY
    meta = read_metadata(page_of(f"{MENU}{HEADLINE}\n", body), body)
    assert meta.published == field("2024-03-09", "dateline")
    assert meta.origin == field("INA", "dateline")


@pytest.mark.parametrize(
    "head",
    [
        "Home\nNews\nSports\nMonitor\n",
        "Home\nNews\nlogo\nMost read articles this week\n",
        # Teasers of other stories, each with its date: the article's own heading was lost.
        "Terminal news\nShips and grain prices rise\nMarch 1, 2024\nHarbour fees cut for ships\n"
        "March 2, 2024\nNew cranes for the shore terminal\nMarch 3, 2024\n",
    ],
)
def test_metadata_no_credible_heading_leaves_title_unknown(head: str) -> None:
    meta = read_metadata(page_of(head), BODY)
    assert meta.title == field(None, None)
    assert meta.published == field(None, None)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Jane Doe (@janedoe_news) Published March 11, 2024 | 09:05 AM", "Jane Doe"),
        ("By John Smith", "John Smith"),
        ("BY JOHN SMITH", "John Smith"),
        ("By Meg DoeStaff Writer", "Meg Doe"),
        ("Tom Roe, Ap Auto Writer", "Tom Roe"),
        ("Chris Poe - Mar 11, 2024, 10:31 pm CST", "Chris Poe"),
        ("Monday March 11, 2024 7:45 am PST by Joe Bloggs", "Joe Bloggs"),
        ("By Amy Lee | Harbour Media for Harbour.com", "Amy Lee"),
        ("By Reuters", None),
        ("Harbour Times Editorial Team", None),
        ("Published Monday, March 11, 2024", None),
        ("Harbour Times11-03-2024", None),
    ],
)
def test_metadata_author_from_byline_line(byline: str, author: str | None) -> None:
    meta = read_metadata(page_of(f"{MENU}{HEADLINE}\n{byline}\n"), BODY)
    assert meta.author.value == author
    assert meta.author.basis == ("byline" if author else None)


@pytest.mark.parametrize(
    ("head", "body", "outlet", "origin"),
    [
        (
            f" date 2024-03-11 {HEADLINE}\n2024/03/11 | 20:37 - Source: Harbour Times\n",
            BODY,
            field("Harbour Times", "byline"),
            field("Harbour Times", "credit"),
        ),
        (
            f" date 2024-03-11 {HEADLINE}\nJane Doe (@jd) Published March 11, 2024\n",
            "(PortPoint / Coast Daily News / WAM - 11th Mar, 2024) MOSUL, 10th March, 2024 "
            "(WAM) – " + BODY,
            field("PortPoint", "credit"),
            field("WAM", "dateline"),
        ),
        (
            f"{MENU}{HEADLINE}\n\nHarbour News11-03-2024\n",
            "Mosul-INA\n" + BODY,
            field("Harbour News", "byline"),
            field("INA", "dateline"),
        ),
        (
            f"{MENU}{HEADLINE}\n",
            "Officials met on Monday.\nAccording to Harbour News, the terminal opened.\n" + BODY,
            field(None, None),
            field("Harbour News", "credit"),
        ),
        (
            f"{HEADLINE}\nReuters March 11, 2024 11:03 PM\n",
            BODY,
            field(None, None),
            field("Reuters", "byline"),
        ),
        (f"{MENU}{HEADLINE}\n", BODY, field(None, None), field(None, None)),
        (
            f"{MENU}{HEADLINE}\nBy Reuters Staff\n",
            BODY,
            field(None, None),
            field("Reuters", "byline"),
        ),
    ],
)
def test_metadata_outlet_and_origin(head: str, body: str, outlet: Field, origin: Field) -> None:
    meta = read_metadata(page_of(head, body), body)
    assert meta.outlet == outlet
    assert meta.origin == origin


def test_metadata_tail_source_credit_is_origin_not_outlet() -> None:
    meta = read_metadata(page_of(f"{MENU}{HEADLINE}\n", tail="Source: Reuters\nMore"), BODY)
    assert meta.origin == field("Reuters", "credit")
    assert meta.outlet == field(None, None)


def test_metadata_language_measured_on_body() -> None:
    assert read_metadata(page_of(HEADLINE), BODY).lang == field("en", "text")


def test_metadata_body_missing_from_page_reads_header_only() -> None:
    meta = read_metadata(f" date 2024-03-11 {HEADLINE}\nBy John Smith\nOther text\n", BODY)
    assert meta.title == field(HEADLINE, "header")
    assert meta.published == field("2024-03-11", "header")
    assert meta.author == field(None, None)


@pytest.mark.parametrize(
    ("body", "origin"),
    [
        ("MOSUL, 5th March, 2024 (WAM) – The minister met envoys.", field("WAM", "dateline")),
        ("WASHINGTON (AP) — The minister met envoys.", field("AP", "dateline")),
        ("(Reuters) - The minister met envoys.", field("Reuters", "dateline")),
        ("Mosul-INA\nThe minister met envoys.", field("INA", "dateline")),
        (
            "MOSUL — The minister met envoys, according to a statement from the Prime "
            "Minister's media office.",
            field("Prime Minister's media office", "credit"),
        ),
        (
            "MOSUL — The minister met envoys, according to a statement from Ramos’s media "
            "office on Tuesday.",
            field("Ramos’s media office", "credit"),
        ),
        (
            "The minister met envoys.\nAccording to Harbour News, talks went well.",
            field("Harbour News", "credit"),
        ),
        ("The minister met envoys, said the statement. — AFP", field("AFP", "credit")),
        ("The minister met envoys, according to two officials.", field(None, None)),
        ("MOSUL — The minister met envoys on Monday.", field(None, None)),
        (
            "This article first appeared on Kestrel Gazette and is republished here.\n"
            "MOSUL, May 2 (KG) – The minister met envoys.",
            field("Kestrel Gazette", "credit"),
        ),
        (
            "The minister met envoys.\n(Reporting by Kestrel Gazette; editing by Marrow Ledger)",
            field("Kestrel Gazette", "credit"),
        ),
        (
            "The minister met envoys.\n(Reporting by Jane Quorrel; Editing by Tom Vell)",
            field(None, None),
        ),
        ("The fever first appeared in West Dunmore in May.", field(None, None)),
        ("First published on November 19, 2031\nThe minister met envoys.", field(None, None)),
    ],
)
def test_metadata_find_origin_in_body(body: str, origin: Field) -> None:
    assert find_origin(body) == origin


FOOTER = "More from the site\nAbout | Careers | Contact | Privacy\n"


@pytest.mark.parametrize(
    ("masthead", "byline", "tail", "outlet"),
    [
        (
            "Marrow Ledger\n",
            "By Jane Quorrel",
            f"{FOOTER}© Marrow Ledger 2031",
            field("Marrow Ledger", "masthead"),
        ),
        (
            "Marrow Ledger\n",
            "By Jane Quorrel",
            f"{FOOTER}Marrow Ledger © 2031 | About",
            field("Marrow Ledger", "masthead"),
        ),
        (
            "MARROW LEDGER\n",
            "By Jane Quorrel",
            f"{FOOTER}Marrow Ledger Ltd. Copyright 2031.",
            field("Marrow Ledger", "copyright"),
        ),
        (
            "",
            "By Jane Quorrel",
            f"{FOOTER}© 2031 Kestrel Gazette. All rights reserved.",
            field("Kestrel Gazette", "copyright"),
        ),
        ("", "By Kestrel Gazette Staff", FOOTER, field("Kestrel Gazette", "byline")),
        # a masthead alone, a parent company, a photo credit: no outlet
        ("Marrow Ledger\n", "By Jane Quorrel", FOOTER, field(None, None)),
        (
            "Marrow Ledger\n",
            "By Jane Quorrel",
            f"{FOOTER}© 2031 Orbit Holdings, Inc.",
            field(None, None),
        ),
        ("", "By Jane Quorrel", f"Photo: © 2031 Kestrel Gazette\n{FOOTER}", field(None, None)),
    ],
)
def test_metadata_outlet_from_the_page_furniture(
    masthead: str, byline: str, tail: str, outlet: Field
) -> None:
    meta = read_metadata(page_of(f"{masthead}{MENU}{HEADLINE}\n{byline}\n", tail=tail), BODY)
    assert meta.outlet == outlet


def test_metadata_wire_copyright_under_the_story_is_its_origin_not_outlet() -> None:
    tail = "© 2031 The Associated Press. All rights reserved.\nMore from the site"
    meta = read_metadata(page_of(f"{MENU}{HEADLINE}\n", tail=tail), BODY)
    assert meta.origin == field("AP", "credit")
    assert meta.outlet == field(None, None)
