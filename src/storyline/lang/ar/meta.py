"""What an Arabic page says about itself: its dateline ("بغداد - واع"), the agency it
credits ("(واع)"), and its publication date printed near the title ("الأربعاء ٢١ أيار ٢٠٢٥").

The cleaning stages (:mod:`storyline.clean`) call these only for text that holds Arabic
letters (:func:`has_arabic`), so an English page loads none of the Arabic tables.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from storyline.lang.ar.dates import publication_day
from storyline.lang.ar.names import find_places
from storyline.lang.ar.profile import profile
from storyline.lang.ar.text import fold
from storyline.records import Place

HEAD_LINES = 8
"""The lines above the body read for its publication date (the title, the byline, the date)."""
CREDIT_CHARS = 400
"""The opening of the body in which an agency credited in brackets ("(واع)") is its origin."""
_ARABIC = re.compile("[\u0600-\u06ff]")
_OPENING = re.compile(
    r"^\s*(?P<place>[^\s\-–/:(]+(?:\s[^\s\-–/:(]+)?)\s*"
    r"(?:[-–/]\s*(?P<agency>[^\n:.,]+)|\((?P<credit>[^()\n]{1,40})\)\s*[-–:])"
)
"""A dateline opening the body, alone on its line or before a colon ("بغداد - واع: ..."), or
with its agency in brackets before a dash ("أربيل (كوردستان24)- ...")."""
_DATELINE = re.compile(
    r"^\s*(?P<place>[^\s\-–/:(]+(?:\s[^\s\-–/:(]+)?)\s*[-–/]\s*(?P<agency>[^\n:.,]+?)\s*$"
)


def dateline(text: str) -> tuple[Place | None, str | None]:
    """The place and agency of an Arabic dateline ("بغداد - واع", "أربيل/ شفق نيوز"), read from
    the first line; either is None when the opening names none."""
    m = _OPENING.match(text.lstrip().split("\n", 1)[0][:120])
    if m is None:
        return None, None
    written = m.group("agency") or m.group("credit")
    agency = profile().agencies.get(" ".join(fold(written).split()))
    places = find_places(fold(m.group("place")), m.group("place"))
    return (places[0].place if places else None), agency


def has_arabic(text: str) -> bool:
    """Whether ``text`` holds an Arabic letter (the test that comes before any Arabic reading)."""
    return _ARABIC.search(text) is not None


def is_dateline(line: str) -> bool:
    """Whether a line is an Arabic dateline standing alone: a known place or agency on either
    side of a dash or slash ("بغداد - واع", "أربيل/ شفق نيوز", "السومرية نيوز - سياسية")."""
    m = _DATELINE.match(line)
    if m is None or len(line.split()) > 6:
        return False
    place, agency = m.group("place"), fold(m.group("agency"))
    known = profile().agencies
    return bool(
        find_places(fold(place), place) or " ".join(agency.split()) in known or fold(place) in known
    )


def dateline_agency(body: str) -> str | None:
    """The agency an Arabic body's dateline or opening credits, by its English name: "بغداد -
    واع" and "... تلقته وكالة الأنباء العراقية (واع)" are INA."""
    first = body.lstrip().split("\n", 1)[0]
    m = _DATELINE.match(first)
    if m is not None:
        for part in (m.group("agency"), m.group("place")):
            if (name := profile().agencies.get(" ".join(fold(part).split()))) is not None:
                return name
    return _credited(fold(body[:CREDIT_CHARS]))


def _credited(folded: str) -> str | None:
    for m in _agency_pattern().finditer(folded):
        return profile().agencies[" ".join(m.group("p").split())]
    return None


@lru_cache(maxsize=1)
def _agency_pattern() -> re.Pattern[str]:
    forms = sorted(profile().agencies, key=lambda f: (-len(f), f))
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(rf"\((?P<p>{body})\)")


def head_published(head: Sequence[str]) -> str | None:
    """The first whole Gregorian date printed in the last :data:`HEAD_LINES` lines above the
    body, ISO (a Hijri date beside it is not read as one)."""
    for line in head[-HEAD_LINES:]:
        day = publication_day(fold(line))
        if day is not None:
            return day.isoformat()
    return None
