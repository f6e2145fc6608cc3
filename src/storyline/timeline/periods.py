"""The stretch of days an ISO partial date covers ("2025" is a whole year, "2025-02" a month).

Event dates carry their precision in the shape of the value (see
:class:`storyline.records.EventDate`), so a month-precision event is a period, not a day: the
filters keep it when that period overlaps the asked range and the chart places it at its middle.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_ISO_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)
_FORMS = "use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-02)"


def period(value: str) -> tuple[date, date]:
    """The first and last day of ``value`` ("2025-02" → 2025-02-01, 2025-02-28).

    Raises ValueError when ``value`` is not ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` or names a
    day that does not exist ("2025-02-30").
    """
    found = _ISO_PARTIAL.fullmatch(value.strip())
    if found is None:
        raise ValueError(f"{value!r} is not a date: {_FORMS}")
    year, month, day = found.groups()
    try:
        if day is not None:
            one = date(int(year), int(month), int(day))
            return one, one
        if month is not None:
            last = calendar.monthrange(int(year), int(month))[1]
            return date(int(year), int(month), 1), date(int(year), int(month), last)
        return date(int(year), 1, 1), date(int(year), 12, 31)
    except ValueError as error:
        raise ValueError(f"{value!r} is not a date ({error}): {_FORMS}") from error


def event_period(value: str | None) -> tuple[date, date] | None:
    """The period of an event's date value, or None for an undated event.

    A value that is not an ISO partial date counts as undated: the timeline shows the event at
    the end rather than failing a whole report over one bad record.
    """
    if value is None:
        return None
    try:
        return period(value)
    except ValueError:
        return None
