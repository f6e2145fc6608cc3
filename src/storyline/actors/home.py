"""Whose offices a document's unnamed titles are: the state or organisation that publishes it.

A government's release says "the Prime Minister" and "the Foreign Secretary" of its own
government without naming the country ("The Prime Minister and the French President met
today" on gov.uk); an alliance's says "the Secretary General" of its own. News of a country's
own outlets writes the same way. The document's address tells whose they are:

* a government's site: the ``gov``, ``gouv``, ``gob``, ``go`` or ``mil`` label under a country
  code ("gov.uk", "mofa.gov.iq", "defense.gouv.fr") names that country; ``.gov`` and ``.mil``
  alone are the United States' (``state.gov``, ``centcom.mil``);
* an international organisation's own site (:data:`ORGANISATION_SITES`).

A news outlet has no home, under a country code or not: a British paper's "the Prime
Minister" may be Iraq's in a story from Baghdad. Nor has a state's or province's own
government ("sos.ca.gov", "nsw.gov.au"): its "Secretary of State" is not the nation's.
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

SUBNATIONAL_LABELS = frozenset({"nsw", "vic", "qld", "tas", "act", "nt", "wa", "sa"})
"""Labels before a country's government label that name a state of it ("nsw.gov.au")."""

CODE_ALIASES = {"uk": "GB"}
"""Country-code labels that are not the country's ISO code."""


@lru_cache(maxsize=4096)
def home(url: str | None) -> str | None:
    """The canonical state or organisation whose unnamed offices a document at ``url`` speaks
    of, or None (no address, or a site that belongs to no one in particular)."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower().rstrip(".")
    except ValueError:
        return None  # "http://[gov.uk/x": no address to go by
    labels = host.split(".")
    if len(labels) < 2:
        return None
    for site, owner in ORGANISATION_SITES:
        if host == site or host.endswith(f".{site}"):
            return owner
    top = labels[-1]
    if top in UNITED_STATES_TOPS:
        # "state.gov", "centcom.mil"; not a state's own ("sos.ca.gov", "ny.gov")
        return None if len(labels[-2]) == 2 else "United States"
    if len(top) != 2 or len(labels) < 3 or labels[-2] not in GOVERNMENT_LABELS:
        return None
    if labels[-3] in SUBNATIONAL_LABELS:
        return None
    return _country(top)


def _country(code: str) -> str | None:
    record = pycountry.countries.get(alpha_2=CODE_ALIASES.get(code, code.upper()))
    if record is None:
        return None
    return state(getattr(record, "common_name", None) or record.name) or record.name
