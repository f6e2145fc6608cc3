"""Whose offices a document's unnamed titles are: the state or organisation that publishes it.

A government's release says "the Prime Minister" and "the Foreign Secretary" of its own
government without naming the country ("The Prime Minister and President Hollande met on 3
March" on gov.uk); an alliance's says "the Secretary General" of its own. News of a country's
own outlets writes the same way. The document's address tells whose they are:

* a government's site: the ``gov``, ``gouv``, ``gob``, ``go`` or ``mil`` label under a country
  code ("gov.uk", "mofa.gov.iq", "defense.gouv.fr") names that country; ``.gov`` and ``.mil``
  alone are the United States' (``state.gov``, ``centcom.mil``);
* an international organisation's own site (:data:`ORGANISATION_SITES`);
* any other site under a country code is an outlet of that country ("ina.iq"), except the codes
  sold to anyone as generic names (:data:`GENERIC_CODES`: ".io", ".tv", ".co", ...).

A ``.com``, ``.org`` or ``.net`` outlet has no home: its "the President" may be anyone's.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

import pycountry

from storyline.actors.names import state

GOVERNMENT_LABELS = frozenset({"gov", "gouv", "gob", "go", "govt", "mil", "gv"})
"""Second-level labels under a country code that only that country's government uses."""

UNITED_STATES_TOPS = frozenset({"gov", "mil"})
"""Top-level domains of the United States' federal government and armed forces."""

ORGANISATION_SITES: tuple[tuple[str, str], ...] = (
    ("nato.int", "NATO"),
    ("un.org", "United Nations"),
    ("europa.eu", "European Union"),
    ("osce.org", "OSCE"),
    ("iaea.org", "International Atomic Energy Agency"),
)
"""Sites of international organisations (the site and every host under it), with the
organisation's canonical name."""

GENERIC_CODES = frozenset(
    {"io", "tv", "co", "me", "ai", "ly", "fm", "am", "cc", "ws", "to", "gg", "sh", "ac", "eu",
     "tk", "nu", "la", "so", "is", "it", "in", "be", "do"}
)  # fmt: skip
"""Country codes used as generic names ("news.io", "bit.ly", "youtu.be") or read as words:
an outlet under one is no sign of a country."""

CODE_ALIASES = {"uk": "GB"}
"""Country-code labels that are not the country's ISO code."""


@lru_cache(maxsize=4096)
def home(url: str | None) -> str | None:
    """The canonical state or organisation whose unnamed offices a document at ``url`` speaks
    of, or None (no address, or a site that belongs to no one in particular)."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower().rstrip(".")
    labels = host.split(".")
    if len(labels) < 2:
        return None
    for site, owner in ORGANISATION_SITES:
        if host == site or host.endswith(f".{site}"):
            return owner
    top = labels[-1]
    if top in UNITED_STATES_TOPS:
        return "United States"
    if len(top) != 2:
        return None
    if len(labels) >= 3 and labels[-2] in GOVERNMENT_LABELS:
        return _country(top)
    return None if top in GENERIC_CODES else _country(top)


def _country(code: str) -> str | None:
    record = pycountry.countries.get(alpha_2=CODE_ALIASES.get(code, code.upper()))
    if record is None:
        return None
    return state(getattr(record, "common_name", None) or record.name) or record.name
