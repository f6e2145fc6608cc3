"""Who a body credits: the dateline's agency, "According to X", "Source: X", a closing "— AFP".

These readings serve both page dumps (with :func:`storyline.clean.metadata.read_metadata`) and
bodies that came from HTML or JSON Lines (:func:`find_origin`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.clean.dates import MONTHS, WEEKDAYS
from storyline.records import UNKNOWN, Basis, Field

LEAD_CHARS = 300
"""The dateline and the first credits are within this many characters of the body's start."""

CREDIT_PARAGRAPHS = 3
"""'According to X' names the origin only near the top; deeper, it sources one fact."""

KNOWN_AGENCIES = {
    "WAM": ("WAM", "Emirates News Agency"),
    "INA": ("INA", "Iraqi News Agency"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "Xinhua": ("Xinhua", "Xinhua News Agency"),
    "Anadolu": ("Anadolu", "Anadolu Agency"),
    "KUNA": ("KUNA", "Kuwait News Agency"),
    "IRNA": ("IRNA", "Islamic Republic News Agency"),
    "SPA": ("SPA", "Saudi Press Agency"),
    "QNA": ("QNA", "Qatar News Agency"),
    "MENA": ("MENA", "Middle East News Agency"),
    "dpa": ("dpa", "Deutsche Presse-Agentur"),
    "ANI": ("ANI", "Asian News International"),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS", "Indo-Asian News Service"),
    "UPI": ("UPI", "United Press International"),
    "EFE": ("EFE", "Agencia EFE"),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap", "Yonhap News Agency"),
    "SANA": ("SANA", "Syrian Arab News Agency"),
    "BNA": ("BNA", "Bahrain News Agency"),
    "ONA": ("ONA", "Oman News Agency"),
    "Canadian Press": ("Canadian Press", "The Canadian Press"),
    "AAP": ("AAP", "Australian Associated Press"),
    **{name: (name,) for name in ("ANSA", "TASS", "Bernama", "Antara", "Petra", "WAFA")},
}
"""News agencies by the name storyline records, with the ways pages write them."""

AGENCY_NAMES = {
    alias.lower(): name for name, aliases in KNOWN_AGENCIES.items() for alias in aliases
}

OUTLET_WORDS = frozenset(
    {
        "news", "times", "post", "press", "agency", "daily", "herald", "tribune", "journal",
        "gazette", "network", "tv", "television", "radio", "media", "monitor", "observer",
        "telegraph", "chronicle", "today", "channel", "wire", "broadcasting", "newspaper",
    }
)  # fmt: skip
"""Words that mark a name as a news organisation rather than a person."""

SOURCE_CREDIT = re.compile(r"\bSource\s*:\s*(?P<name>[A-Z][^|•·()\n]{1,60}?)\s*(?:[|•·(]|$)")
_WORD = re.compile(r"\w+")
LEAD_CREDIT = re.compile(r"^\((?P<credit>[^()\n]{2,160})\)\s*")
"""A publication credit opening a body: "(Daily Ledger / Coast News / AFP - 12th Mar,
2024)". Datelines, places and dates of an opening are read after it."""
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w .'’-]{1,40}?)(?:,(?P<rest>[^–—()\n]{1,60}?))?\s*"
    r"(?:\((?P<agency>[^()]{2,40})\)\s*)?(?:[–—:]|--?)\s"
)
_PLACE_AGENCY = re.compile(r"^(?P<place>[A-Z][\w .'’]{1,30}?)\s*[-–—/]\s*(?P<agency>[\w .]{2,30})$")
_ACCORDING_STATEMENT = re.compile(
    r"\baccording to (?:an? |the )?(?:\w+ )?(?:statement|report|release|communiqu[ée]|readout)s?"
    r" (?:from|by|issued by|of) (?:the )?(?P<who>[A-Z][^.,;:()\n]{1,60})"
)
_ACCORDING = re.compile(
    r"\b[Aa]ccording to (?:the )?(?P<who>[A-Z][\w'’&!.-]*(?: [A-Z][\w'’&!.-]*){0,4})"
)
_END_CREDIT = re.compile(r"[–—-]\s*(?P<who>[A-Z][\w ]{1,30}?)\.?\s*$")
_NAME = r"(?:(?i:the)\s+)?(?P<who>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,5})"
_REPUBLISHED = re.compile(
    r"^\W{0,3}(?i:(?:(?:this|the)\s+(?:article|story|post|piece|report|column)\s+"
    r"(?:was\s+|is\s+|has\s+been\s+)?)?(?:(?:first|originally)\s+(?:appeared|published|ran)"
    r"\s+(?:on|in|by|at)|republished\s+(?:from|with\s+(?:the\s+)?permission\s+(?:of|from))))"
    rf"\s+{_NAME}"
)
"""A republication note opening a paragraph or line ("This article first appeared on X"); in
running text "first appeared in northern Chile" is no credit."""
_REPORTING_BY = re.compile(rf"\b(?i:reporting by)\s+{_NAME}\s*(?:[;,)]|and\b|$)")


@dataclass(frozen=True)
class Dateline:
    """The opening of a body: the text holding its date, the credited outlet and agency."""

    text: str = ""
    outlet: str | None = None
    origin: str | None = None


def find_origin(body: str) -> Field:
    """The agency or office a body credits: WAM, INA, AFP, Reuters, AP, a ministry's office…

    Basis ``dateline`` for "BAGHDAD (WAM) –", "Baghdad-INA" or "(Reuters) –" openings, ``credit``
    for "According to Tacna Radio, …", "according to a statement from X" or a closing "— AFP";
    a republication note ("This article first appeared on X") comes first, as it names the
    outlet the whole text is copied from.
    """
    found = first(
        (republished_from(body, ()), "credit"),
        (read_dateline(body).origin, "dateline"),
        (credit_origin(body, ()), "credit"),
    )
    if found or not _ARABIC_LETTER.search(body[:LEAD_CHARS]):
        return found
    from storyline.lang.ar.meta import dateline_agency  # an Arabic body: "بغداد - واع"

    return first((dateline_agency(body), "dateline"))


_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def first(*candidates: tuple[str | None, Basis]) -> Field:
    """The first known value, with its basis."""
    for value, basis in candidates:
        if value:
            return Field(value, basis)
    return UNKNOWN


def is_outlet_name(name: str) -> bool:
    """True when a word of ``name`` marks a news organisation ("Shafaq News", "Daily Star")."""
    return bool(OUTLET_WORDS & set(_WORD.findall(name.lower())))


def is_org_name(name: str) -> bool:
    """True when ``name`` is shaped like an organisation's: one to five capitalised words."""
    words = name.split()
    return 1 <= len(words) <= 5 and all(w[0].isupper() or w[0].isdigit() for w in words)


def agency_name(name: str) -> str | None:
    """The recorded name of a known news agency written as ``name``."""
    return AGENCY_NAMES.get(name.strip(" .").lower())


# --- dateline and credits ------------------------------------------------------------------


def read_dateline(body: str) -> Dateline:
    """The date text, outlet and agency a body's opening credits ("BAGHDAD (WAM) –")."""
    lead = body.lstrip()[:LEAD_CHARS]
    text, outlet, origin = "", None, None
    if credit := LEAD_CREDIT.match(lead):
        # "(Daily Ledger / Coast News / AFP - 12th Mar, 2024)": publisher first, agency last
        names = [n.strip() for n in re.split(r"\s[-–—]\s", credit["credit"])[0].split("/")]
        text = credit["credit"]
        outlet = names[0] if len(names) > 1 and is_org_name(names[0]) else None
        origin = origin_name(names[-1])
        lead = lead[credit.end() :]
    if dateline := _DATELINE.match(lead):
        if len(dateline["place"].split()) <= 4 or dateline["agency"]:
            text += " " + (dateline["rest"] or "")
            origin = origin or origin_name(dateline["agency"] or "")
    elif place_agency := _PLACE_AGENCY.match(lead.split("\n", 1)[0].strip()):
        origin = origin or origin_name(place_agency["agency"])
    return Dateline(text.strip(), outlet, origin)


def origin_name(name: str) -> str | None:
    """An agency's recorded name, or ``name`` itself when it is shaped like an organisation's."""
    name = name.strip()
    if agency := agency_name(name):
        return agency
    acronym = re.fullmatch(r"[A-Z]{2,6}", name)
    return name if acronym or (is_outlet_name(name) and is_org_name(name)) else None


def republished_from(body: str, tail: tuple[str, ...]) -> str | None:
    """Where a republished article first ran, as its note says: "This article first appeared
    on Gulf Wire Daily", "Republished with permission from …", or a closing "(Reporting by
    Gulf Wire Daily; editing by …)" that credits an outlet or agency rather than a person."""
    paragraphs = [p for p in body.split("\n") if p.strip()]
    places = [*paragraphs[:CREDIT_PARAGRAPHS], *paragraphs[-1:], *tail]
    for text in places:
        note = _REPUBLISHED.search(text.strip())
        name = note["who"].rstrip(".") if note else ""
        if name and not (MONTHS.keys() | WEEKDAYS) & {w.lower() for w in name.split()}:
            return agency_name(name) or (name if is_org_name(name) else None)
    for text in [*paragraphs[-1:], *tail]:
        if (reporting := _REPORTING_BY.search(text)) and (name := origin_name(reporting["who"])):
            return name
    return None


def credit_origin(body: str, tail: tuple[str, ...]) -> str | None:
    """The source credited near the top of the body, or in the lines right after it."""
    paragraphs = [p for p in body.split("\n") if p.strip()]
    for paragraph in paragraphs[:CREDIT_PARAGRAPHS]:
        if statement := _ACCORDING_STATEMENT.search(paragraph):
            return trim_office(statement["who"])
        for according in _ACCORDING.finditer(paragraph):
            if origin := origin_name(according["who"]):
                return origin
    if paragraphs and (end := _END_CREDIT.search(paragraphs[-1])) and agency_name(end["who"]):
        return agency_name(end["who"])
    for line in tail:
        source = SOURCE_CREDIT.search(line)
        if origin := agency_name(line) or (origin_name(source["name"]) if source else None):
            return origin
    return None


def trim_office(who: str) -> str | None:
    """'Ramos’s media office on Tuesday' -> 'Ramos’s media office'."""
    who = re.split(r"\s(?:on|in|that|said|says|which|who|at|to)\s", who.strip(), maxsplit=1)[0]
    return who if len(who.split()) <= 6 else None
