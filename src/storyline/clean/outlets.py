"""Which publication a document comes from, where no byline or credit says so.

Two families of evidence, in order of trust:

* **The page names itself.** A page dump often names its outlet only in the furniture around
  the article: a masthead first line ("Gulf Wire Daily"), a copyright line in the footer
  ("© 2018 Tigris Herald. All rights reserved.", "Gulf Wire Daily © 2025 | About"), a staff
  byline ("By Tigris Herald Staff"). :func:`page_outlet` reads them.
* **The document's address.** A crawler's record without an outlet field still has its URL;
  :func:`site_name` reads the site from its host: the name a site gives itself where the
  table of known sites lists it, else its domain (see
  :func:`storyline.ingest.pipeline.process` for when it is used).

A copyright line names whoever holds the rights, which is as often the publisher's parent
company as the publication ("© 2019 Hearst Communications, Inc." on the Connecticut Post, "©
2019 Condé Nast" on Wired), and a copied wire story carries its agency's notice ("© 2019
Associated Press. All Rights Reserved.", then a line that forbids republishing it). Of the 102 dev
page dumps, 79 print a copyright line with a year after the article; the last one names the
publication on 33 ("© 2019 Billboard"), the publication's own company on 14 ("Forbes Media
LLC", "Telegraph Media Group Limited") and a parent company or someone else on 32 (Hearst
seven times, Dow Jones three). So a holder is the outlet only when the page confirms it (the
masthead or a staff byline names it too) or when its name reads as a publication's on its own
(an outlet word such as News, Times, Herald, Daily, and no company word or legal form): 11 of
the dev pages, none wrong. A wrong outlet merges two publications' reports into one and is
worse than none. An agency's notice is the origin of a copy (:func:`copyright_agency`), never
the outlet.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from storyline.clean.credits import OUTLET_WORDS, agency_name
from storyline.records import UNKNOWN, Field

__all__ = [
    "Furniture",
    "copyright_agency",
    "copyright_holder",
    "known_site",
    "masthead",
    "page_outlet",
    "site_name",
    "staff_name",
]

MASTHEAD_MAX_WORDS = 6
"""A masthead is a name, not a sentence or a menu bar ("Home | Iraq | Politics | …")."""

HOLDER_MAX_WORDS = 6
"""A longer holder is a sentence about the rights, not a name."""

PUBLICATION_WORDS = OUTLET_WORDS - {"network", "media", "agency", "broadcasting"}
"""Words that make a name read as a publication's by itself. "Network", "Media" and
"Broadcasting" name the companies behind them as often ("Gamer Network", "Rogers Media",
"CBS Broadcasting Inc.")."""

COMPANY_WORDS = frozenset(
    {
        "company", "corporation", "communications", "communication", "holdings", "holding",
        "group", "interactive", "publishing", "publishers", "publications", "enterprises",
        "entertainment", "media", "institute", "services", "ventures", "digital", "studios",
        "brands", "industries", "properties", "partners", "newspapers", "trademark",
    }
)  # fmt: skip
"""Words of a company's name: a holder carrying one is the publisher, not the publication,
unless the page confirms it ("News Group Newspapers", "Telegraph Media Group")."""

_MARK = r"(?:©|Ⓒ|(?<![\w(])\([cс]\)(?!\w)|\bcopyright\b)"
_YEARS = r"(?:19|20)\d\d(?:\s*[-–—]\s*(?:(?:19|20)\d\d)?)?"
_MARKS = re.compile(rf"(?:{_MARK}\s*@?\s*)+", re.IGNORECASE)
_LEADING_YEARS = re.compile(
    rf"^\s*(?P<years>{_YEARS})?(?:[\s.,:@–—-]|{_MARK})*(?:by\s+)?", re.IGNORECASE
)
_HOLDER_END = re.compile(
    r"\s*(?:[|•·/(]|\.(?:\s|$)|\.(?-i:(?=[A-Z][a-z]))|,\s*(?:a|an|the)\s|\s[-–—]\s"
    r"|\s(?:or|and) its\s|\s(?:is|was)\s|\ball rights\b|\balle rechte\b|\btodos os\b"
    r"|\btous droits\b|\bthis material\b|$)",
    re.IGNORECASE,
)
_TRAILING_YEAR = re.compile(r"^\s*,?\s*(?:19|20)\d\d\b")
_YEAR_END = re.compile(r"\s+(?:19|20)\d\d$")
_LEGAL_FORM = re.compile(
    r"(?:[,\s]+(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|GmbH|Corp|Co|plc|Pvt|Private|S\.A"
    r"|AG|LLP|LP|Pty|SARL|B\.V|N\.V)\.?)+$",
    re.IGNORECASE,
)
_PHOTO = re.compile(
    r"\b(?:image|images|photo|photos|photograph|picture|foto|credit|getty|shutterstock)\b",
    re.IGNORECASE,
)
_STAFF = re.compile(
    r"^(?:by\s+)?(?:the\s+)?(?P<name>[^\W\d_][\w.&'’-]*(?:\s+[^\W\d_][\w.&'’-]*){0,4})\s+staff"
    r"(?!\s*(?:writer|reporter|correspondent|photographer|editor|report|member))\b",
    re.IGNORECASE,
)
_KEY = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class Furniture:
    """What a page dump prints around its article that may name the outlet."""

    masthead: str | None = None
    """The page's first line (after a page-dump header)."""
    staff: str | None = None
    """The name a staff byline gives under the headline ("By Tigris Herald Staff")."""
    holders: tuple[str, ...] = ()
    """Copyright holders named after the article, in page order, agencies left out."""


def page_outlet(page: Furniture) -> Field:
    """The outlet a page dump's furniture names, with its basis, or unknown.

    In order: a staff byline (basis ``byline``) the masthead or a copyright line confirms or
    that reads as a publication's name; the masthead (basis ``masthead``) when a copyright
    line or staff byline confirms it; a copyright holder (basis ``copyright``) so confirmed,
    or the last one on the page when it reads as a publication's name.
    """
    staff, masthead, holders = page.staff, page.masthead, page.holders
    if staff and (
        _agrees(staff, masthead) or _confirmed(staff, holders) or _reads_as_outlet(staff)
    ):
        return Field(staff, "byline")
    confirmed = next((h for h in holders if _agrees(h, masthead)), None)
    if masthead and confirmed and not masthead.isupper():
        return Field(masthead, "masthead")
    if confirmed:
        return Field(_bare(confirmed), "copyright")
    if holders and _reads_as_outlet(holders[-1]):
        return Field(_bare(holders[-1]), "copyright")
    return UNKNOWN


def masthead(first_line: str) -> str | None:
    """A page's first line when it is shaped like a name: a few words, a letter among them."""
    line = first_line.strip()
    if not 1 <= len(line.split()) <= MASTHEAD_MAX_WORDS or not any(c.isalpha() for c in line):
        return None
    return line


def staff_name(line: str) -> str | None:
    """The organisation a staff byline names: "By Tigris Herald Staff" -> "Tigris Herald"."""
    found = _STAFF.match(line.strip())
    if not found:
        return None
    name = found["name"].strip(" .")
    words = name.split()
    if words[0].lower() in {"our", "by"} or not all(
        w[0].isupper() or w[0].isdigit() for w in words
    ):
        return None
    return name


def copyright_holder(line: str) -> str | None:
    """Who a copyright line with a year names: "© 2018 Tigris Herald. All rights reserved."
    and "© Euphrates Ledger 2023" -> the name; None for a photo credit or a line without a
    year ("© Jane Doe", "Image copyright Getty Images")."""
    marks = _MARKS.search(line)
    if not marks or _PHOTO.search(line):
        return None
    after = line[marks.end() :]
    lead = _LEADING_YEARS.match(after)
    years = bool(lead and lead["years"])
    rest = after[lead.end() :] if lead else after
    end = _HOLDER_END.search(rest)
    name = rest[: end.start() if end else len(rest)]
    if _YEAR_END.search(name):
        name, years = _YEAR_END.sub("", name), True
    elif _TRAILING_YEAR.match(rest[len(name) :]):
        years = True
    if not name.strip(" ,.:") and years:
        # "Gulf Wire Daily © 2025 | About": the name stands before the mark.
        name = re.split(r"[|•·]", line[: marks.start()])[-1]
    return _holder(name) if years else None


def copyright_agency(line: str) -> str | None:
    """The news agency a copyright line names ("© 2019 The Associated Press"): the origin of a
    copied wire story."""
    holder = copyright_holder(line)
    return agency_name(holder) if holder else None


def site_name(url: str) -> str | None:
    """The site an http(s) address belongs to, as a reader names it: the name the site gives
    itself where the table of known sites has it (``data/sites.toml``:
    ``https://www.state.gov/…`` -> "U.S. Department of State"), else its registrable domain.

    The registrable domain is the host less its subdomains, by the Public Suffix List
    (courlan, over ``tld``): ``https://news.example.co.uk/…`` -> ``example.co.uk``; a site
    hosted under a shared suffix keeps its own name (``foo.blogspot.com``). An
    internationalised domain is shown in its own script. None for an IP address,
    ``localhost`` or a suffix the list does not know.
    """
    from courlan import extract_domain  # 0.1 s to import: only documents with an address pay

    domain = extract_domain(url.strip())
    if not domain or not any(c.isalpha() for c in domain.rsplit(".", 1)[-1]):
        return None
    domain = domain.lower()
    if (known := known_site(url, domain)) is not None:
        return known
    try:
        return domain.encode("ascii").decode("idna")
    except UnicodeError:
        return domain


_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^@/?#]*@)?(?P<host>[^/:?#]+)", re.IGNORECASE)


def known_site(url: str, domain: str) -> str | None:
    """The name the table of known sites gives the address's host or the longest of its
    parent domains that it lists ("bidenwhitehouse.archives.gov" before "archives.gov"),
    down to its registrable ``domain`` and no further: "ons.gov.uk" is a site of its own,
    not GOV.UK's."""
    found = _HOST.match(url.strip())
    if found is None:
        return None
    labels = found["host"].lower().rstrip(".").split(".")
    sites = _sites()
    for start in range(len(labels) - domain.count(".")):
        if (name := sites.get(".".join(labels[start:]))) is not None:
            return name
    return None


@functools.cache
def _sites() -> dict[str, str]:
    """The table of known sites: host -> the site's own name."""
    data = tomllib.loads(resources.files(__package__).joinpath(SITES_FILE).read_text("utf-8"))
    return {entry["host"].lower(): entry["name"] for entry in data["site"]}


SITES_FILE = "data/sites.toml"


# --- names -----------------------------------------------------------------------------------


def _holder(name: str) -> str | None:
    name = name.strip(" ,.:;-–—")
    words = _bare(name).split()
    if not 1 <= len(words) <= HOLDER_MAX_WORDS or not any(c.isalpha() for c in name):
        return None
    return name


def _bare(name: str) -> str:
    """The name without its legal form: "Northbridge Post Ltd." -> "Northbridge Post"."""
    return _LEGAL_FORM.sub("", name).strip(" ,.:;-–—")


def _key(name: str) -> list[str]:
    words = _KEY.sub(" ", _LEGAL_FORM.sub("", name).casefold()).split()
    return words[1:] if words[:1] == ["the"] and len(words) > 1 else words


def _agrees(name: str, other: str | None) -> bool:
    """Two names of one outlet: equal but for case, "The", punctuation and legal form, or
    one the leading words (at least two) of the other ("Fox News", "FOX News Network")."""
    if not other:
        return False
    a, b = _key(name), _key(other)
    short, long = sorted((a, b), key=len)
    return bool(short) and (a == b or (len(short) >= 2 and long[: len(short)] == short))


def _confirmed(name: str, holders: tuple[str, ...]) -> bool:
    return any(_agrees(name, holder) for holder in holders)


def _reads_as_outlet(name: str) -> bool:
    """A name that says it is a publication: two or more capitalised words, one of them an
    outlet word, none a company word or legal form ("Hawaii News Now", not "News Group
    Newspapers" or "Gamer Network")."""
    words = name.split()
    lowered = {w.casefold() for w in _KEY.sub(" ", name).split()}
    return (
        2 <= len(words) <= HOLDER_MAX_WORDS
        and all(w[0].isupper() or w[0].isdigit() for w in words)
        and bool(lowered & PUBLICATION_WORDS)
        and not lowered & COMPANY_WORDS
        and not _LEGAL_FORM.search(name)
    )
