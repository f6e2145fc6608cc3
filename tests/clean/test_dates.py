"""Date forms of bylines and datelines, read to ISO."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.clean.dates import find_dates, numeric_order, parse_published, rejoin_split_dates


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (" date 2025-02-06 Some headline", "2025-02-06"),
        ("Published March 09, 2021 | 10:41 AM", "2021-03-09"),
        ("Tuesday 9 March 2021 - 18:52", "2021-03-09"),
        ("2021/03/09 | 20:37 - Source: Some Outlet", "2021-03-09"),
        ("Daily Gazette21-05-2025", "2025-05-21"),
        ("Updated 2:14 am EST, Thursday, March 4, 2021", "2021-03-04"),
        ("MOSUL, 4th March, 2021 (XNA) –", "2021-03-04"),
        ("(Site / Other Site / XNA - 05th Mar, 2021)", "2021-03-05"),
        ("Mar. 4, 2021 6:27 am ET", "2021-03-04"),
        ("Sept. 5, 2019", "2019-09-05"),
        ("Posted: Tue 7:20 PM, Mar 9, 2021", "2021-03-09"),
        ("19-Nov-2019", "2019-11-19"),
        ("on Thursday, March 4th, 2021 at 9:12 a.m.", "2021-03-04"),
        ("the 3rd of March 2020", "2020-03-03"),
        ("11/19/2019", "2019-11-19"),
        ("19/11/2019", "2019-11-19"),
        ("11.15.2019 10:09 AM", "2019-11-15"),
        ("30.07.2018", "2018-07-30"),
        ("quinta-feira, 4 de março de 2021 às 18:40", "2021-03-04"),
        ("publiziert am 30. Juli 2018", "2018-07-30"),
        ("Текст: Автор·24 сентября 2018", "2018-09-24"),
        ("Posted on Maret 9, 2021 by Admin", "2021-03-09"),
        ("Le 3 mars 2021", "2021-03-03"),
        ("29 February 2024", "2024-02-29"),
        # the page dump glued the clock time to the year
        ("MAR 3, 20219:05 AM", "2021-03-03"),
        ("PUBLISHED WED, MAR 3 202114:05 ET", "2021-03-03"),
        # a US byline's two-digit year, read because an AM/PM clock follows
        ("By Ana Soto - 03/09/21 4:17 PM ET", "2021-03-09"),
        ("Posted 12/30/98 at 9:05 a.m.", "1998-12-30"),
    ],
)
def test_dates_form_reads_to_iso(text: str, iso: str) -> None:
    assert parse_published(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "05/06/2025",  # May 6 or 5 June: not guessed
        "February 30, 2020",
        "29 February 2023",
        "2019-13-01",
        "Opening Bell 11.18.19",  # two-digit year
        "Ana Soto - 03/09/21",  # two-digit year without a 12-hour clock
        "Ana Soto - 03/09/21 16:17",
        "Ana Soto - 30/09/21 4:17 PM",  # month first or nothing
        "March 3, 202195",  # a year run on into digits that are no clock time
        "Updated Nov 19, 9:41 AM",  # no year
        "Mayor 5, 2019",
        "3 minutes ago",
        "Story Code : 1109846",
        "",
    ],
)
def test_dates_unreadable_or_ambiguous_stays_none(text: str) -> None:
    assert parse_published(text) is None


@pytest.mark.parametrize(
    ("page", "order", "iso"),
    [
        ("Related: 11/19/2019. Posted 05/06/2025", "mdy", "2025-05-06"),
        ("Related: 19/11/2019. Posted 05/06/2025", "dmy", "2025-06-05"),
        ("Related: 19/11/2019 and 11/19/2019. Posted 05/06/2025", None, None),
    ],
)
def test_dates_page_order_settles_ambiguous_slashes(
    page: str, order: str | None, iso: str | None
) -> None:
    assert numeric_order(page) == order
    assert parse_published("05/06/2025", numeric_order(page)) == iso


def test_dates_found_in_reading_order_without_overlaps() -> None:
    text = "Published Mar 4, 2021 at 3:12 PM | Updated at 6:02 PM CST on Mar 5, 2021"
    assert [d.iso for d in find_dates(text)] == ["2021-03-04", "2021-03-05"]


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


FORMATS: dict[str, Callable[[dt.date], str]] = {
    "iso": lambda d: d.isoformat(),
    "year-slash": lambda d: d.strftime("%Y/%m/%d"),
    "day-dash": lambda d: d.strftime("%d-%m-%Y"),
    "glued-outlet": lambda d: "Some News" + d.strftime("%d-%m-%Y"),
    "month-name": lambda d: d.strftime("%B %d, %Y"),
    "abbrev-dot": lambda d: d.strftime("%b. %d, %Y %I:%M %p"),
    "weekday-day-month": lambda d: d.strftime("%A %d %B %Y - 18:52"),
    "ordinal-dateline": lambda d: f"CITY, {_ordinal(d.day)} {d:%B}, {d.year} (XNA) –",
    "credit": lambda d: f"(Site / XNA - {_ordinal(d.day)} {d:%b}, {d.year})",
    "updated": lambda d: d.strftime("Updated 2:14 am EST, %A, %B %d, %Y"),
}


@pytest.mark.parametrize("form", sorted(FORMATS))
@given(date=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_dates_rendered_date_parses_back_to_itself(form: str, date: dt.date) -> None:
    assert parse_published(FORMATS[form](date)) == date.isoformat()


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["Title", "March 3", "9:05", "2021", "Print"], ["Title", "March 3, 2021 9:05", "Print"]),
        (["Wed, 3 Mar.", "2021"], ["Wed, 3 Mar., 2021"]),
        (["March 3", "Print", "2021"], ["March 3", "Print", "2021"]),  # not one date
        (["March", "2021"], ["March", "2021"]),  # no day
        (["Top 20", "2021"], ["Top 20", "2021"]),
    ],
)
def test_dates_split_over_lines_rejoined(lines: list[str], joined: list[str]) -> None:
    assert list(rejoin_split_dates(lines)) == joined
    assert len(find_dates(" ".join(joined))) == (1 if len(joined) < len(lines) else 0)


def test_dates_a_short_year_is_not_read_month_first_on_a_day_first_page() -> None:
    """A page that writes its dates day first ("03/09/2021" is 3 September) may print a
    clock in twelve hours too: "03/09/21 4:17pm" there is not read as 9 March."""
    assert parse_published("Ana Soto - 03/09/21 4:17pm", "dmy") is None
    assert parse_published("Ana Soto - 03/09/21 4:17pm", "mdy") == "2021-03-09"
