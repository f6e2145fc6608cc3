"""Who and where an Arabic sentence names, under English canonical names.

The tables of ``data/names.toml`` (people, organisations, states, places) and
``data/offices.toml`` (titles and offices) are matched on the folded sentence, offices first,
so "الأمين العام لحلف الناتو" is an office and not the organisation NATO inside it. A title
takes the person named right after it (honorifics such as "الجنرال" between them skipped),
and, for a state's office, the state named right after it ("وزير الخارجية التركي"). A title
followed by a name no table knows has that name linked to an English name the corpus knows
(:mod:`storyline.lang.ar.translit`), else romanised; a title alone is the office, for the
reader to resolve to its holder at the event's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from storyline.actors import AliasTable
from storyline.lang.ar.profile import read_data
from storyline.lang.ar.text import fold, phrase_pattern
from storyline.lang.ar.translit import NameLinker, romanize
from storyline.places.gazetteer import lookup
from storyline.records import Place

MentionKind = Literal["person", "org", "state", "office", "place"]
NAME_GAP = re.compile(r"^[\s,()\-–]*$")
"""What may stand between a title and the name or state that completes it."""
MAX_NAME_WORDS = 4
"""An unknown name after a title is read for at most this many words (given names, father's
name, family name): Arabic news names a person by two to four words."""


@dataclass(frozen=True)
class Mention:
    """Someone or somewhere a folded sentence names: span, kind and English canonical name.

    For a person, ``role`` and ``org`` are the office their title gives; for an ``office``
    named without a person, ``name`` is empty and the reader finds the holder."""

    start: int
    end: int
    kind: MentionKind
    name: str
    role: str | None = None
    org: str | None = None
    clitics: str = ""
    """The conjunction or preposition written as one word with the mention ("مع" is a word,
    "بالسوداني" has ب): what it says of the mention's part in a happening."""


@dataclass(frozen=True)
class NameTable:
    """One table of Arabic names, compiled: a pattern of every form, and what each names."""

    pattern: re.Pattern[str]
    names: dict[str, tuple[str, ...]]
    """Folded form → (canonical name, and for offices: role, org, "state" when of_state)."""


@dataclass(frozen=True)
class Lexicon:
    """Every table, compiled once."""

    offices: NameTable
    people: NameTable
    orgs: NameTable
    states: NameTable
    adjectives: NameTable
    places: NameTable
    exact_places: dict[str, str]
    honorifics: re.Pattern[str]
    ranks: re.Pattern[str]
    """The honorifics with the clitics in front ("للجنرال"), to find a person named by rank."""
    counterparts: re.Pattern[str]
    stops: frozenset[str]


def _table(rows: list[tuple[str, tuple[str, ...]]]) -> NameTable:
    names: dict[str, tuple[str, ...]] = {}
    for form, value in rows:
        folded = " ".join(fold(form).split())
        names.setdefault(folded, value)
        if folded.startswith("ال"):
            names.setdefault("ل" + folded[1:], value)
    return NameTable(phrase_pattern(names), names)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The compiled tables (read once)."""
    names, offices = read_data("names.toml"), read_data("offices.toml")

    def rows(key: str, field: str = "ar") -> list[tuple[str, tuple[str, ...]]]:
        return [(f, (row["name"],)) for row in names[key] for f in row.get(field, [])]

    office_rows: list[tuple[str, tuple[str, ...]]] = [
        (form, (row["role"], row["org"], "state" if row.get("of_state") else ""))
        for row in offices["office"]
        for f in row["ar"]
        for form in (f, *_feminine(f))
    ]
    return Lexicon(
        offices=_table(office_rows),
        people=_table(rows("person")),
        orgs=_table(rows("org")),
        states=_table(rows("state")),
        adjectives=_table(rows("state", "adjective")),
        places=_table(rows("place")),
        exact_places={f: row["name"] for row in names["place"] for f in row.get("exact", [])},
        honorifics=phrase_pattern(offices["reading"]["honorifics"], clitics=False),
        ranks=phrase_pattern(offices["reading"]["honorifics"]),
        counterparts=phrase_pattern(offices["reading"]["counterparts"]),
        stops=frozenset(fold(w) for w in [*offices["reading"]["name_stops"], *_vocabulary()]),
    )


def _feminine(form: str) -> tuple[str, ...]:
    """The office as a woman holds it: its first word with ة ("وزيرة الخارجية", "نائبة الأمين
    العام", "سفيرة"); a first word with the article or already feminine has no such form."""
    first, _, rest = form.partition(" ")
    if first.startswith("ال") or first.endswith(("ة", "ه", "ى", "ي")):
        return ()
    return (f"{first}ة {rest}".strip(),)


def _vocabulary() -> list[str]:
    """The words of the trigger and topic tables: words of what happened, never of a name
    ("وقع ... قائد البعثة مذكرة تفاهم")."""
    rows = read_data("triggers.toml")["trigger"]
    phrases = [p for row in rows for p in (*row["forms"], *row.get("near", []))]
    phrases += [p for row in read_data("topics.toml")["topic"] for p in row["ar"]]
    return [word for phrase in phrases for word in phrase.split() if len(word) > 2]


def _found(table: NameTable, folded: str) -> list[tuple[int, int, tuple[str, ...], str]]:
    """(start, end, the table's value, the clitics written in front) of every match."""
    return [
        (
            m.start(),
            m.end(),
            table.names[" ".join(m.group("p").split())],
            folded[m.start() : m.start("p")],
        )
        for m in table.pattern.finditer(folded)
    ]


_ASIDE = re.compile(r"\([^()]{1,30}\)")
"""A short aside in brackets: an acronym or agency ("(الناتو)", "(واع)") inside a title or
after a name, read as blank so that "قائد بعثة حلف شمال الأطلسي (الناتو) في العراق" is one
office."""


@lru_cache(maxsize=8)
def user_names(aliases: AliasTable | None) -> NameTable | None:
    """The Arabic names of a user's actors file (``--actors``): an alias in Arabic letters
    names its entry's canonical actor ("أبو علي السوداني"); None when there is none."""
    if aliases is None:
        return None
    rows: list[tuple[str, tuple[str, ...]]] = [
        (alias, (entry.name, entry.kind))
        for entry in aliases.entries
        for alias in entry.aliases
        if _ARABIC_LETTER.search(alias)
    ]
    return _table(rows) if rows else None


_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def find_mentions(
    folded: str, linker: NameLinker | None = None, user: NameTable | None = None
) -> list[Mention]:
    """The people, offices, organisations and states of a folded sentence, in text order
    (offsets into ``folded``); ``user``: the Arabic names of a user's actors file, which win
    over the bundled ones (:func:`user_names`)."""
    folded = _ASIDE.sub(
        lambda m: " " * len(m.group()) if len(m.group().split()) <= 3 else m.group(), folded
    )
    lex = lexicon()
    taken: list[tuple[int, int]] = []
    found: list[Mention] = []

    def free(start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in taken)

    for start, end, (role, org, of_state), pre in [
        *_found(lex.offices, folded),
        *_counterparts(folded),
    ]:
        if free(start, end):
            office, end = _completed(
                folded, (start, end), (role, org, of_state == "state"), linker, user
            )
            found.append(replace(office, clitics=pre))
            taken.append((start, end))
    for m in lex.ranks.finditer(folded):
        if free(m.start(), m.end()) and (ranked := _ranked(folded, m, linker, user)) is not None:
            found.append(ranked)
            taken.append((ranked.start, ranked.end))
    for start, end, (name, kind), pre in _found(user, folded) if user else ():
        if free(start, end):
            found.append(Mention(start, end, kind, name, clitics=pre))  # type: ignore[arg-type]
            taken.append((start, end))
    for kind, table in (("person", lex.people), ("org", lex.orgs), ("state", lex.states)):
        for start, end, (name,), pre in _found(table, folded):
            if free(start, end):
                found.append(Mention(start, end, kind, name, clitics=pre))  # type: ignore[arg-type]
                taken.append((start, end))
    return sorted(found, key=lambda m: m.start)


def _completed(
    folded: str,
    span: tuple[int, int],
    office: tuple[str, str, bool],
    linker: NameLinker | None,
    user: NameTable | None,
) -> tuple[Mention, int]:
    """The office (role, org, whether a state named after it is its org) at ``span``, with the
    state and the person that complete it."""
    (start, end), (role, org, of_state) = span, office
    lex = lexicon()
    for table in (lex.adjectives, lex.states, lex.orgs) if of_state else (lex.orgs,):
        m = table.pattern.match(folded, _skip_gap(folded, end))
        if m and NAME_GAP.match(folded[end : m.start()]):
            # "وزير الخارجية التركي", "سفير الاتحاد الأوروبي", "الأمين العام للحلف (الناتو)"
            org, end = table.names[" ".join(m.group("p").split())][0], m.end()
            end += folded[end:].startswith(")")
            break
    at = _skip_gap(folded, _posted(folded, end))
    titled = False
    while (h := lex.honorifics.match(folded, at)) is not None:
        at, titled = _skip_gap(folded, h.end()), True
    for names in [t for t in (user, lex.people) if t is not None]:
        person = names.pattern.match(folded, at)
        if person is not None:
            name = names.names[" ".join(person.group("p").split())][0]
            return Mention(start, person.end(), "person", name, role, org), person.end()
    unknown = _unknown_name(folded, at)
    if unknown is not None:
        written, stop = unknown
        linked = linker.link(written) if linker else None
        # Unknown words right after the title, or after a rank ("الفريق"), are a name;
        # after a comma they are as often what follows ("قائد البعثة، سبل التعاون").
        if linked or titled or "," not in folded[end:at]:
            name = linked or romanize(written)
            return Mention(start, stop, "person", name, role, org), stop
    return Mention(start, end, "office", "", role, org), end


def _counterparts(folded: str) -> list[tuple[int, int, tuple[str, ...], str]]:
    """ "نظيره" (his counterpart): an office of the same role as the first one the sentence
    gives, of the state named after it."""
    lex = lexicon()
    first = next(iter(_found(lex.offices, folded)), None)
    if first is None:
        return []
    role = first[2][0]
    return [
        (m.start(), m.end(), (role, "", "state"), folded[m.start() : m.start("p")])
        for m in lex.counterparts.finditer(folded)
    ]


def _ranked(
    folded: str, rank: re.Match[str], linker: NameLinker | None, user: NameTable | None
) -> Mention | None:
    """A person named by rank without an office ("الجنرال الإسباني خوسيه أنطونيو أغويرو"):
    the rank, the state an adjective names, then a name a table knows or an unknown one."""
    lex = lexicon()
    at, org = _skip_gap(folded, rank.end()), None
    adjective = lex.adjectives.pattern.match(folded, at)
    if adjective is not None:
        org = lex.adjectives.names[" ".join(adjective.group("p").split())][0]
        at = _skip_gap(folded, adjective.end())
    for names in [t for t in (user, lex.people) if t is not None]:
        person = names.pattern.match(folded, at)
        if person is not None:
            name = names.names[" ".join(person.group("p").split())][0]
            return Mention(rank.start(), person.end(), "person", name, None, org)
    unknown = _unknown_name(folded, at)
    if unknown is None:
        return None
    written, stop = unknown
    name = (linker.link(written) if linker else None) or romanize(written)
    return Mention(
        rank.start(),
        stop,
        "person",
        name,
        None,
        org,
        rank.group()[: rank.start("p") - rank.start()],
    )


def _posted(folded: str, end: int) -> int:
    """Past where an office says it is posted ("سفير المملكة المتحدة لدى بغداد"): the place or
    state after لدى belongs to the title, not to the happening."""
    m = re.match(r"\s+لدي\s+", folded[end:])
    if m is None:
        return end
    at = end + m.end()
    lex = lexicon()
    for table in (lex.places, lex.states):
        place = table.pattern.match(folded, at)
        if place is not None:
            return place.end()
    return end


def _skip_gap(folded: str, at: int) -> int:
    while at < len(folded) and folded[at] in " ,()-–":
        at += 1
    return at


def _unknown_name(folded: str, at: int) -> tuple[str, int] | None:
    """Two to :data:`MAX_NAME_WORDS` words at ``at`` that no table knows and that read as a
    name: no stop word, no word another table knows, no digit."""
    lex = lexicon()
    taken: list[re.Match[str]] = []
    for m in re.finditer(r"[^\s,.:;()]+", folded[at:]):
        word = m.group()
        if len(taken) >= MAX_NAME_WORDS or not re.fullmatch(r"[\u0621-\u064a]+", word):
            break
        if taken and folded[at + taken[-1].end() : at + m.start()] != " ":
            break  # a comma or a bracket ends the name
        if word in lex.stops or _known_word(word) or (taken and word.startswith("و")):
            break
        if word.startswith(("لل", "بال")) or (word.startswith("ال") and not word.endswith("ي")):
            break  # a family name with the article is a nisba ("السوداني"); "التعاون" is no name
        if lex.people.pattern.match(folded, at + m.start()):
            break  # a name a table knows begins here
        taken.append(m)
    if len(taken) < 2:
        return None
    return " ".join(m.group() for m in taken), at + taken[-1].end()


def _known_word(word: str) -> bool:
    lex = lexicon()
    return any(
        t.pattern.fullmatch(word)
        for t in (lex.offices, lex.orgs, lex.states, lex.places, lex.adjectives)
    )


@dataclass(frozen=True)
class PlaceMention:
    """A place a sentence names: its span in the folded sentence, the word before it, and the
    gazetteer's entry."""

    start: int
    end: int
    before: str
    place: Place
    clitics: str = ""


def find_places(folded: str, written: str) -> list[PlaceMention]:
    """The gazetteer places of a sentence (folded, and as ``written`` for the forms that need
    their short vowels), in text order."""
    lex = lexicon()
    found = []
    for start, end, (name,), pre in _found(lex.places, folded):
        place = lookup(name)
        if place is not None:
            before = folded[:start].split()[-1:] or [""]
            found.append(PlaceMention(start, end, before[0], place, pre))
    for form, name in lex.exact_places.items():
        for m in re.finditer(rf"(?<!\w)[وفبل]?{re.escape(form)}(?!\w)", written):
            place = lookup(name)
            if place is not None:
                at = len(fold(written[: m.start()]))
                before = fold(written[: m.start()]).split()[-1:] or [""]
                clitics = m.group()[: len(m.group()) - len(form)]
                found.append(PlaceMention(at, at + len(fold(m.group())), before[0], place, clitics))
    return sorted(found, key=lambda p: p.start)
