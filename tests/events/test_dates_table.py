"""Date phrases read against reference dates: one row per phrase form and calendar trap.

Calendar facts the rows rely on: 2025-02-05 is a Wednesday, 2025-02-02 a Sunday, 2025-02-03 a
Monday, 2025-01-02 a Thursday (its ISO week starts Monday 2024-12-30), 2025-05-21 a Wednesday,
2024 is a leap year and 2025 is not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.events.dates import resolve

D = dt.date
WED = D(2025, 2, 5)
THU = D(2025, 2, 6)
NEW_YEAR = D(2025, 1, 2)

ROWS = [
    # phrase, reference, value, precision, basis, weekday_mismatch
    ("today", WED, "2025-02-05", "day", "relative", False),
    ("this morning", WED, "2025-02-05", "day", "relative", False),
    ("tonight", WED, "2025-02-05", "day", "relative", False),
    ("earlier today", WED, "2025-02-05", "day", "relative", False),
    ("on Tuesday", WED, "2025-02-04", "day", "relative", False),
    ("Wednesday", WED, "2025-02-05", "day", "relative", False),
    ("on Wednesday", D(2025, 2, 4), "2025-01-29", "day", "relative", False),
    ("on Sunday", D(2025, 2, 3), "2025-02-02", "day", "relative", False),
    ("on Monday", D(2025, 2, 2), "2025-01-27", "day", "relative", False),
    ("on Sunday", D(2025, 2, 2), "2025-02-02", "day", "relative", False),
    ("on Monday", D(2025, 2, 3), "2025-02-03", "day", "relative", False),
    ("Thursday", NEW_YEAR, "2025-01-02", "day", "relative", False),
    ("on Friday", NEW_YEAR, "2024-12-27", "day", "relative", False),
    ("on Tuesday morning", WED, "2025-02-04", "day", "relative", False),
    ("today, Wednesday", D(2025, 5, 21), "2025-05-21", "day", "relative", False),
    ("today, Wednesday", D(2025, 2, 4), "2025-02-04", "day", "relative", True),
    ("today (Wednesday)", WED, "2025-02-05", "day", "relative", False),
    ("yesterday, Tuesday", WED, "2025-02-04", "day", "relative", False),
    ("yesterday, Monday", WED, "2025-02-04", "day", "relative", True),
    ("yesterday", D(2025, 1, 1), "2024-12-31", "day", "relative", False),
    ("yesterday", D(2024, 3, 1), "2024-02-29", "day", "relative", False),
    ("yesterday", D(2023, 3, 1), "2023-02-28", "day", "relative", False),
    ("last night", D(2025, 1, 1), "2024-12-31", "day", "relative", False),
    ("tomorrow", D(2024, 2, 28), "2024-02-29", "day", "relative", False),
    ("the day before", WED, "2025-02-04", "day", "relative", False),
    ("the day before yesterday", WED, "2025-02-03", "day", "relative", False),
    ("two days ago", D(2025, 1, 1), "2024-12-30", "day", "relative", False),
    ("3 weeks ago", WED, "2025-01-15", "day", "relative", False),
    ("a month ago", D(2025, 1, 15), "2024-12", "month", "relative", False),
    ("two years ago", WED, "2023", "year", "relative", False),
    ("last week", WED, "2025-01-30", "day", "inferred", False),
    ("last week", NEW_YEAR, "2024-12-26", "day", "inferred", False),
    ("next week", WED, "2025-02-13", "day", "inferred", False),
    ("earlier this week", WED, "2025-02-04", "day", "inferred", False),
    ("earlier in the week", WED, "2025-02-04", "day", "inferred", False),
    ("earlier this month", WED, "2025-02", "month", "relative", False),
    ("earlier in the month", WED, "2025-02", "month", "relative", False),
    ("later in the month", WED, "2025-02", "month", "relative", False),
    ("earlier in the year", WED, "2025", "year", "relative", False),
    ("later in the year", WED, "2025", "year", "relative", False),
    ("last month", D(2025, 1, 15), "2024-12", "month", "relative", False),
    ("last month", D(2025, 3, 31), "2025-02", "month", "relative", False),
    ("next month", D(2024, 12, 10), "2025-01", "month", "relative", False),
    ("this year", WED, "2025", "year", "relative", False),
    ("last year", NEW_YEAR, "2024", "year", "relative", False),
    ("in 2018", WED, "2018", "year", "explicit", False),
    ("in 2018", None, "2018", "year", "explicit", False),
    ("the 2018 summit", WED, "2018", "year", "explicit", False),
    ("in early 2020", WED, "2020", "year", "explicit", False),
    ("mid-2020", None, "2020", "year", "explicit", False),
    ("in March 2021", WED, "2021-03", "month", "explicit", False),
    ("in late March 2021", None, "2021-03", "month", "explicit", False),
    ("in February", WED, "2025-02", "month", "relative", False),
    ("in December", NEW_YEAR, "2024-12", "month", "relative", False),
    ("talks held in May", WED, "2024-05", "month", "relative", False),
    ("last February", WED, "2024-02", "month", "relative", False),
    ("on 5 February", THU, "2025-02-05", "day", "relative", False),
    ("February 5", THU, "2025-02-05", "day", "relative", False),
    ("Feb 5", THU, "2025-02-05", "day", "relative", False),
    ("the 5th of February", THU, "2025-02-05", "day", "relative", False),
    ("on December 30", NEW_YEAR, "2024-12-30", "day", "relative", False),
    ("on January 3", D(2024, 12, 28), "2025-01-03", "day", "relative", False),
    ("met on January 3", D(2024, 12, 28), "2024-01-03", "day", "relative", False),
    ("will be held on December 30", NEW_YEAR, "2025-12-30", "day", "relative", False),
    ("on February 29", D(2025, 3, 1), "2024-02-29", "day", "relative", False),
    ("on February 29", D(2024, 3, 10), "2024-02-29", "day", "relative", False),
    ("on Wednesday, 5 February", THU, "2025-02-05", "day", "relative", False),
    ("on Tuesday, 5 February", THU, "2025-02-05", "day", "relative", True),
    ("5th February, 2025", D(2020, 1, 1), "2025-02-05", "day", "explicit", False),
    ("on Feb. 5, 2025", None, "2025-02-05", "day", "explicit", False),
    ("the 5th of February 2025", None, "2025-02-05", "day", "explicit", False),
    ("February 29, 2024", None, "2024-02-29", "day", "explicit", False),
    ("February 29, 2023", WED, None, None, "explicit", False),
    ("2025-02-05", NEW_YEAR, "2025-02-05", "day", "explicit", False),
    ("Wednesday, February 5, 2025", None, "2025-02-05", "day", "explicit", False),
    ("Tuesday, February 5, 2025", None, "2025-02-05", "day", "explicit", True),
    ("13/02/2025", None, "2025-02-13", "day", "explicit", False),
    ("02/13/2025", None, "2025-02-13", "day", "explicit", False),
    ("21-05-2025", None, "2025-05-21", "day", "explicit", False),
    ("21.05.2025", None, "2025-05-21", "day", "explicit", False),
    ("05.02.2025", None, "2025-02-05", "day", "explicit", False),
    ("05/02/2025", THU, "2025-02-05", "day", "inferred", False),
    ("05/02/2025", None, "2025", "year", "explicit", False),
    ("will meet on Thursday", WED, "2025-02-06", "day", "relative", False),
    ("will meet on Wednesday", WED, "2025-02-05", "day", "relative", False),
    ("met on Thursday", WED, "2025-01-30", "day", "relative", False),
    ("last Wednesday", WED, "2025-01-29", "day", "relative", False),
    ("next Wednesday", WED, "2025-02-12", "day", "relative", False),
    ("today", None, None, None, "relative", False),
    ("on Tuesday", None, None, None, "relative", False),
    ("last week", None, None, None, "relative", False),
    ("on 5 February", None, None, None, "relative", False),
    ("no date in here", WED, None, None, None, False),
]


@pytest.mark.parametrize(
    ("phrase", "reference", "value", "precision", "basis", "mismatch"),
    ROWS,
    ids=[f"{row[0]}@{row[1]}" for row in ROWS],
)
def test_dates_resolve_table(
    phrase: str,
    reference: dt.date | None,
    value: str | None,
    precision: str | None,
    basis: str | None,
    mismatch: bool,
) -> None:
    date = resolve(phrase, reference)
    assert (date.value, date.precision, date.basis, date.weekday_mismatch) == (
        value,
        precision,
        basis,
        mismatch,
    )


def test_dates_table_is_large_enough() -> None:
    assert len(ROWS) >= 60
