"""Where a page's publication date comes from: not a site's date bar, a newsletter's issue
line when nothing else dates it (storyline.clean.metadata), and the dates a URL writes
(storyline.clean.urldates). Every page here is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.clean.dates import find_month
from storyline.clean.metadata import read_metadata
from storyline.clean.urldates import url_date
from storyline.records import Field

BODY = (
    "The port authority opened a new container terminal on the northern shore on Monday, "
    "doubling the harbour's capacity for cargo ships.\n"
    "Officials said the terminal would handle grain and fuel shipments and create about two "
    "thousand jobs in the coming year."
)
HEADLINE = "Port authority opens new container terminal on northern shore"
KICKER = "A new dawn for the docks"  # shares no word with the body: not found as a headline
MENU = "Home\nNews\nSport\nWeather\n"
TODAY_BAR = "Wednesday, 3 December 2025"


def _published(head: str, body: str = BODY) -> Field:
    return read_metadata(f"{head}\n{body}\nRelated stories\n", body).published


@pytest.mark.parametrize(
    "head",
    [
        f"Harbour Times\n{TODAY_BAR}\n{MENU}{KICKER}",
        f"{TODAY_BAR}\n{MENU}{KICKER}",
        f"{TODAY_BAR}\n{MENU}{HEADLINE}",
        f"3 December 2025\n{MENU}{KICKER}",  # no weekday: the menu under it is what counts
    ],
)
def test_published_site_date_bar_is_not_the_publication_date(head: str) -> None:
    assert _published(head) == Field()


@pytest.mark.parametrize(
    ("head", "published"),
    [
        # the byline's own date is read past the bar
        (f"{TODAY_BAR}\n{MENU}{HEADLINE}\nBy Jane Q. Doe\nMarch 11, 2024", "2024-03-11"),
        (f"{TODAY_BAR}\n{MENU}{KICKER}\nMarch 11, 2024", "2024-03-11"),
        # a blog's post date right above its title, with no menu under it
        (f"{MENU}Monday, March 11, 2024\n{KICKER}", "2024-03-11"),
        # a byline date over its clock time, or over a share bar
        (f"{KICKER}\nMarch 11, 2024\n9:15 AM\nFacebook\nTwitter", "2024-03-11"),
        (f"{KICKER}\nMonday, March 11, 2024\nShare\nTweet\nEmail", "2024-03-11"),
        # a date with its clock time is a byline, whatever is under it
        (f"Monday 11 March 2024 - 09:15\n{MENU}{KICKER}", "2024-03-11"),
    ],
)
def test_published_byline_dates_are_not_date_bars(head: str, published: str) -> None:
    assert _published(head) == Field(published, "byline")


@pytest.mark.parametrize(
    "top",
    [
        "Harbour Notes\nIssue 12 | March 2021",
        "HARBOUR NEWSLETTER — March 2021",
        "Harbour Bulletin\nVol. 3, No. 4, March 2021",
    ],
)
def test_published_newsletter_issue_line_gives_the_month(top: str) -> None:
    assert _published(f"{top}\n{MENU}{KICKER}") == Field("2021-03", "issue")


@pytest.mark.parametrize(
    "top",
    [
        "Harbour Notes\nIssue 12 | March 2021\nBy Jane Q. Doe\nMarch 11, 2021",  # byline wins
        " date 2021-03-11 Harbour Notes\nIssue 12 | March 2021",  # dump header wins
    ],
)
def test_published_issue_month_only_when_nothing_better(top: str) -> None:
    assert _published(f"{top}\n{KICKER}") == Field("2021-03-11", _published(top).basis)


@pytest.mark.parametrize(
    "top",
    [
        "Spring sale until March 2021",  # a month, but no issue line
        "Harbour Notes\n" + "\n".join(f"Menu {i}" for i in range(10)) + "\nIssue 12 | March 2021",
    ],
)
def test_published_no_issue_month_without_an_issue_line_on_top(top: str) -> None:
    assert _published(f"{top}\n{KICKER}") == Field()


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Issue 12 | March 2021", "2021-03"),
        ("NEWSLETTER — June 2019", "2019-06"),
        ("Vol. 3, No. 4, Sept. 2020", "2020-09"),
        ("Ausgabe Juli 2018", "2018-07"),
        ("12 March 2021", None),  # a day: not a month of its own
        ("March 12, 2021", None),
        ("Mayor 2021", None),
    ],
)
def test_published_find_month_without_a_day(text: str, month: str | None) -> None:
    assert find_month(text) == month


TODAY = dt.date(2025, 12, 3)


@pytest.mark.parametrize(
    ("url", "published"),
    [
        ("https://news.example/2019/11/19/harbour-reopens/", "2019-11-19"),
        ("https://news.example/world/2019-11-19/harbour", "2019-11-19"),
        ("http://news.example/2004/jul/29/local/harbour", "2004-07-29"),
        ("https://news.example/article/20090720/harbour", "2009-07-20"),
        ("https://news.example/harbour-reopens-05032019.html", "2019-03-05"),
        ("https://news.example/ps/2016/07/260245.htm", "2016-07"),  # the month only
        ("https://news.example/2019/11/19/20970600/harbour", "2019-11-19"),
        ("https://news.example/harbour-reopens-14848218.php", None),  # an id, no day
        ("https://news.example/harbour/20112011", "2011-11-20"),  # DDMMYYYY
        ("https://news.example/20190305/20190306", None),  # two days: no telling which
        ("https://news.example/2031/01/02/harbour", None),  # after the run: not a date
        ("https://news.example/harbour/20310102", None),
        ("https://news.example/1985/03/12/harbour", None),  # before news sites dated URLs
        ("https://news.example/harbour-reopens", None),
        ("feed.jsonl:3", None),  # the line of a JSON Lines file, not an address
        ("/data/2019/11/19/page.txt", None),  # a path on disk
    ],
)
def test_published_url_date(url: str, published: str | None) -> None:
    assert url_date(url, latest=TODAY) == published


# --- bylines the head cut or the headline rules used to miss -------------------------------

SHARE_BAR = "Share this story\nFacebook\nTwitter\n"


@pytest.mark.parametrize(
    ("head", "published"),
    [
        # a date printed one part a line under the headline
        (f"{MENU}{HEADLINE}\nMarch 11\n09:15\n2024\nPrint\nShare\nby Harbour Weekly", "2024-03-11"),
        (f"{MENU}{HEADLINE}\n11 March\n2024\nPrint\nShare\nSave\nby Harbour Weekly", "2024-03-11"),
        # a table's header printed twice under the byline is not the headline
        (
            f"{MENU}{HEADLINE}\nBy Jane Q. Doe March 11, 2024\n{SHARE_BAR}"
            "Terminal\tShips\tGrain\nTerminal\tShips\tGrain\nNorth\t12\t400",
            "2024-03-11",
        ),
    ],
)
def test_published_byline_under_headline(head: str, published: str) -> None:
    assert _published(head) == Field(published, "byline")


def test_published_body_quoted_in_a_ticker_above_the_headline() -> None:
    ticker = f"Breaking News\nStorm closes the ring road DOCKLANDS: {BODY[:90]}"
    head = f"{MENU}{ticker}\n{HEADLINE}\nBy Jane Q. Doe | March 11, 2024"
    assert _published(head) == Field("2024-03-11", "byline")


# A headline that words the story differently: 3 of its 7 words are the body's.
LOOSE_HEADLINE = "Harbour grain capacity set to soar at Lima docks"
SHARE_PANEL = "\n".join(["Share this with Facebook", "Facebook", "Share this with Email"] * 12)
TEASERS = (
    "Most read\nHarbour grain capacity to double\nMarch 3, 2024\nFerry fares rise\n"
    "March 2, 2024\nLima docks strike ends\nMarch 1, 2024"
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # the headline and its date over a share panel longer than the head searched first
        (f"{MENU}{HEADLINE}\nMarch 11, 2024\n{SHARE_PANEL}", HEADLINE),
        # a headline sharing less with the body, confirmed by the dated byline under it
        (
            f"{MENU}{LOOSE_HEADLINE}\nJANE DOE\nMarch 11, 2024Updated: March 11, 2024 9:15 a.m."
            "\nFacebook Twitter Email\nSurvey\nGive Feedback\nMost Popular\nFerry fares rise\n"
            "Lima docks strike ends\nNew bridge opens to traffic\nTide tables for the week",
            LOOSE_HEADLINE,
        ),
        # far above a list of dated teasers, which is no byline
        (f"{MENU}{HEADLINE}\nBy Jane Q. Doe | March 11, 2024\n{SHARE_PANEL}\n{TEASERS}", HEADLINE),
    ],
)
def test_published_dated_headline_far_above_the_body(head: str, title: str) -> None:
    meta = read_metadata(f"{head}\n{BODY}\nRelated stories\n", BODY)
    assert meta.published == Field("2024-03-11", "byline")
    assert meta.title == Field(title, "title")


@pytest.mark.parametrize(
    "head",
    [
        # a teaser over its date, in a list of teasers
        f"{MENU}{TEASERS}\n{SHARE_PANEL}",
        # a site's slogan over its date bar and menu
        f"Lima Harbour News: port and terminal news of the northern shore\n{TODAY_BAR}\n{MENU}"
        f"{SHARE_PANEL}",
    ],
)
def test_published_no_dated_headline_in_teasers_or_date_bar(head: str) -> None:
    assert _published(head) == Field()


CAPTION = "The new terminal seen from the northern breakwater at dawn (Photo: Lima Daily)"


@pytest.mark.parametrize(
    ("page", "body"),
    [
        # a byline the extractor kept in the body, under the standfirst
        (f"{MENU}{BODY[:90]}\nText: Ana Soto · 11 March 2024\n{BODY}", None),
        # a byline between the photo caption and the text, left out of the body
        (
            f"{MENU}{CAPTION}\nBy Lima Staff | March 11, 2024 at 2:26 PM\n{BODY}",
            f"{CAPTION}\n{BODY}",
        ),
        # the day the copy was retrieved is no publication date
        (
            f"{MENU}{BODY[:90]}\nPosted 3 days ago, retrieved on 14 March 2024\n"
            f"Posted: March 11, 2024\n{BODY}",
            None,
        ),
        # a byline right under the article
        (f"{MENU}{BODY}\nWritten by Ana Soto, RD on March 11, 2024\nRelated stories", BODY),
        # a blog's line that ends in its cued date, full stop and all
        (
            f"{MENU}{BODY[:90]}\nAna Soto, Lima Harbour Blog. posted in Port News on "
            f"Monday, March 11, 2024.\n{BODY}",
            None,
        ),
    ],
)
def test_published_byline_at_the_body(page: str, body: str | None) -> None:
    body = body or page.split("\n", 4)[4]
    assert read_metadata(page, body).published == Field("2024-03-11", "byline")


@pytest.mark.parametrize(
    ("page", "body"),
    [
        # a photo caption with its date at the body's start
        (f"{MENU}Crowds at the new terminal on March 11, 2024 (Photo: Lima Daily)\n{BODY}", None),
        (f"{MENU}Crowds at the new terminal on March 11, 2024.\n{BODY}", None),
        (f"{MENU}The video of the crowds was posted on Monday, March 11, 2024.\n{BODY}", None),
        # a date heading a section, or an entry of a live report, inside the body
        (f"{MENU}March 11, 2024\n{BODY}", None),
        (f"{MENU}March 11, 2024 09:15\n{BODY}", None),
        # a comment under the article, and an update with no author or publication cue
        (f"{MENU}{BODY}\nAna Soto March 11, 2024 at 5:01 pm\nReply", BODY),
        (f"{MENU}{BODY}\nLast updated March 11, 2024\nRelated stories", BODY),
        # a live report's labelled entry is no byline ("UPDATE:", "WATCH:")
        (f"{MENU}UPDATE: Talks resume in Lima on March 11, 2024\n{BODY}", None),
    ],
)
def test_published_no_byline_at_the_body(page: str, body: str | None) -> None:
    body = body or page.split("\n", 4)[4]
    assert read_metadata(page, body).published == Field()


@pytest.mark.parametrize(
    ("first", "published"),
    [("14-03-2024", "2024-03-14"), ("March 14, 2024", "2024-03-14"), ("14/03/2024", "2024-03-14")],
)
def test_published_a_text_that_opens_with_its_date_on_a_line_of_its_own(
    first: str, published: str
) -> None:
    """An agency's item or a reposted story kept as clean text: the date it opens with, over
    its headline, is its date."""
    body = f"{first}\n{HEADLINE}\n{BODY}"
    assert read_metadata(body, body).published == Field(published, "byline")


def test_published_a_bare_date_inside_a_body_heads_a_section_not_the_page() -> None:
    body = f"{BODY}\n14-03-2024\nOfficials said more ships would come."
    assert read_metadata(body, body).published == Field()


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Published 9 March 2018", Field("2018-03-09", "byline")),
        ("First published: 3 March 2020", Field("2020-03-03", "byline")),
        ("Posted on 5 May 2021", Field("2021-05-05", "byline")),
        ("Last updated 9 March 2018", Field()),  # another day than the first
        ("Published by the Andean Ministry in 2017 and 2018", Field()),  # no line of a date
    ],
)
def test_published_a_line_under_the_body_that_states_the_day(line: str, published: Field) -> None:
    """A release's foot: "Updates to this page" / "Published 9 March 2018"."""
    page = f"News story\n\n{BODY}\n\nMedia enquiries\n\nUpdates to this page\n\n{line}\n"
    assert read_metadata(page, BODY).published == published
