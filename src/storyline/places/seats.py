"""Legislatures and the states whose capital they sit in; bodies of international
organisations and the city they sit in.

What a legislature does as a body (votes, is suspended, is protested in) it does where it sits:
its state's capital. A name that several states give their legislature ("House of Commons",
"Senate") leaves the state to the text; a generic word ("parliament") names no state at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

ANY_STATE: tuple[str, ...] = ()
"""The states of a generic name ("parliament"): any, so the text must name one."""

LEGISLATURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("House of Commons", ("GB", "CA")),
    ("House of Lords", ("GB",)),
    ("Bundestag", ("DE",)),
    ("Knesset", ("IL",)),
    ("State Duma|Duma", ("RU",)),
    ("Verkhovna Rada", ("UA",)),
    ("Grand National Assembly", ("TR",)),
    ("Sejm", ("PL",)),
    ("Lok Sabha|Rajya Sabha", ("IN",)),
    ("Storting|Stortinget", ("NO",)),
    ("Riksdag", ("SE",)),
    ("Folketing", ("DK",)),
    ("Eduskunta", ("FI",)),
    ("Dáil|Dáil Éireann|Dail|Oireachtas", ("IE",)),
    ("Council of Representatives", ("IQ",)),
    ("Congress", ("US", "PE", "CO", "GT", "HN", "PY", "CL", "AR", "BR", "MX")),
    ("Senate", ("US", "AU", "CA", "IT", "FR", "PL", "PH", "BR", "MX", "AR", "NG")),
    ("House of Representatives", ("US", "AU", "NZ", "JP", "PH", "NG")),
    ("National Assembly", ("FR", "KR", "KW", "PK", "VN", "ZA", "HU", "BG", "RS", "AM")),
    ("[Pp]arliament|[Ll]egislature|[Nn]ational [Pp]arliament", ANY_STATE),
)
"""A legislature's names (a regular expression, matched on the whole name) and the states
that call theirs so; :data:`ANY_STATE` for a generic word."""

BODIES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("UN Security Council", "Security Council", "UNSC"), "New York"),
    (("UN General Assembly", "UNGA"), "New York"),
    (("North Atlantic Council",), "Brussels"),
    (("NATO Headquarters", "NATO headquarters", "NATO HQ"), "Brussels"),
    (("UN Human Rights Council",), "Geneva"),
    (("International Court of Justice",), "The Hague"),
    (("International Criminal Court",), "The Hague"),
    (("Council of the European Union", "European Council", "European Commission"), "Brussels"),
    (("Arab League", "League of Arab States"), "Cairo"),
    (("Gulf Cooperation Council",), "Riyadh"),
    (("African Union Commission",), "Addis Ababa"),
)
"""Bodies of international organisations that act as a body (vote, decide, condemn) where
they sit: their names, whole ("U.N." and "United Nations" read as "UN"), and that city."""
_UN = re.compile(r"^(?:U\.N\.|United\s+Nations)\s+")

_LEADING_THE = re.compile(r"^(?:[Tt]he\s+)")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    return tuple((re.compile(rf"(?:{names})"), states) for names, states in LEGISLATURES)


def body_seat(name: str) -> str | None:
    """The city an international body named ``name`` sits in ("the UN Security Council":
    New York), or None."""
    text = _UN.sub("UN ", _LEADING_THE.sub("", " ".join(name.split())))
    return next((city for names, city in BODIES if text in names), None)


def legislature_states(name: str) -> tuple[str, ...] | None:
    """The states (ISO alpha-2 codes) whose legislature goes by ``name``: one ("Knesset"),
    several ("House of Commons"), :data:`ANY_STATE` for a generic word ("parliament"), or
    None when ``name`` is not a legislature's."""
    text = _LEADING_THE.sub("", " ".join(name.split()))
    for pattern, states in _patterns():
        if pattern.fullmatch(text):
            return states
    return None
