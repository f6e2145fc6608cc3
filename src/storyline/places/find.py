"""Where an event happened: the place a sentence states, and the place a dateline names.

The cascade for one sentence (:func:`find_place`):

1. a remote event (virtual meeting, video or phone call) has no place;
2. collect candidate places: recurring venues ("the Munich Security Conference" -> Munich),
   "the Iraqi capital" / "Iraq's capital", capitalised names the gazetteer knows, and the
   caller's entities;
3. read each candidate's left context: after "in/at/inside", "visited", "a visit to" it is the
   venue, unless the noun before the preposition makes it a topic ("the situation in Syria",
   "forces in Iraq"); after "invited ... to visit" or "the upcoming summit in" it is a
   destination; after "from" or before "'s" it is neither;
4. the first venue wins, a city over the country it lies in; with no venue, the dateline; with
   no dateline, a destination; else None.

The English words it reads (country adjectives, the nouns and verbs around a place, the date
after a dateline's comma) are the English profile's (:mod:`storyline.lang.en.places`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from storyline.actors.names import organisation, state
from storyline.clean.credits import LEAD_CREDIT
from storyline.lang.en.places import (
    DATE_AFTER_COMMA,
    DEMONYMS,
    MOTION_WORDS,
    SENT_WORDS,
    STRUCK_VERBS,
    TOPIC_NOUNS,
    VENUE_PREPOSITIONS,
    VISIT_VERBS,
)
from storyline.lang.en.transcripts import is_transcript
from storyline.places.gazetteer import capital, country, lookup, lookup_any
from storyline.records import Mention, Place

Role = Literal["venue", "destination", "future", "topic", "other"]

VENUES: tuple[tuple[str, str], ...] = (
    (r"World Economic Forum|Davos (?:Economic )?Forum|WEF", "Davos"),
    (r"Munich Security Conference|MSC", "Munich"),
    (r"NATO(?:['’]s)? (?:headquarters|HQ)|headquarters of NATO", "Brussels"),
    (r"SHAPE|Supreme Headquarters Allied Powers Europe", "Mons"),
    (r"(?:UN|United Nations) General Assembly|UNGA", "New York"),
    (
        r"(?:UN|United Nations) (?:headquarters|HQ)|(?:UN|United Nations) Security Council",
        "New York",
    ),
    (r"Manama Dialogue", "Manama"),
    (r"Doha Forum", "Doha"),
    (r"Shangri-La Dialogue", "Singapore"),
    (r"Raisina Dialogue", "New Delhi"),
    (r"Halifax International Security Forum", "Halifax"),
    (r"White House|Pentagon|State Department|Capitol Hill", "Washington"),
    (r"Downing Street|Whitehall", "London"),
    (r"Elysee|Élysée", "Paris"),
    (r"Kremlin", "Moscow"),
    (r"Green Zone", "Baghdad"),
)
"""Recurring venues that name no city, and the city they are held in."""

NOT_PLACES = (
    r"Istanbul Cooperation Initiative|Washington (?:Treaty|Post|Times|Institute)|Warsaw Pact"
    r"|Baghdad Pact|Paris Agreement|Minsk (?:agreements?|Agreements?)|Oslo Accords"
    r"|New York Times|Tehran Times|Jerusalem Post|Baghdad Today|Kurdistan ?24|Istanbul Convention"
)
"""Names that contain a place but are agreements, initiatives or newspapers, not venues."""

_WELCOMED_GUEST = re.compile(
    r"\bwelcom(?:e|ed|es|ing)\s+(?:\w+\s+){0,3}?(?:[\w’'.-]+,?\s+){0,3}[A-Z][\w’'.-]*"
    r"(?:[\s,]+[A-Z][\w’'.-]*)*,?\s+to\s*$"
)
"""A host's words: a guest named in capitals, then "to" the place where they met ("welcome my
dear colleague, Foreign Minister Ana Ruiz, to"), not "welcomed the return of displaced
families to Sinjar"."""

REMOTE = re.compile(
    r"\b(?:virtual(?:ly)?|video[- ]?(?:call|conference|link)|videoconferenc\w*|"
    r"(?:tele)?phone[- ]?call|telephone|by phone|over the phone|online meeting|via video)\b",
    re.IGNORECASE,
)
"""Phrases that make an event remote: a call has no place."""

_WORD = r"(?:(?:al|el|as|ad|an|ash|ar)-)?[A-Z](?:\w|[.\-](?=\w))*(?:['’](?![sS]\b)\w+)*"
_SPAN = re.compile(rf"{_WORD}(?:[ \t]+{_WORD})*")
_FACILITY = re.compile(
    r"\s+(?:International\s+)?(?:Airport|Air\s*Base|Airbase|Base|Palace|Hotel|Governorate"
    r"|Province|Stadium|Citadel|Conference\s+(?:Center|Centre)|Camp)$"
)
_VENUE_ATTRIBUTIVE = re.compile(
    r"^\s+(?:advisers?|advisors?|officials?|spokes(?:man|woman|person)|aides?|sources|staff"
    r"|involvement|press|correspondent|budget|chief)\b"
)
_DIRECTION = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?|central"
_POSSESSIVE = re.compile(r"^['’]s\b")
_POSSESSIVE_PART = re.compile(
    rf"^['’]s\s+(?:(?:{_DIRECTION})\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west"
    r"|border|borders|region|regions|province|provinces|coast|countryside|interior)\b"
)
"""A part of a place named through it ("in Ukraine's east", "Syria's northern border"): the
event is in that place, not only about it."""
_ATTRIBUTIVE = re.compile(
    r"^\s+(?:embassy|consulate|army|forces|troops|military|government|officials|base|bases"
    r"|delegation|ministry|president|parliament|mission|ambassador|side|envoy|service\s+members"
    r"|servicemembers|soldiers|personnel|airmen|sailors|marines|diplomats|citizens|nationals"
    r"|spies|agents|(?:(?:drone|air|missile|rocket|military|naval)\s+)?(?:strikes?|airstrikes?"
    r"|attacks?|raids?|bombings?|offensive|operations?|invasion|incursion))\b"
)
"""Words after a country that make it the owner or the doer of what they name ("the U.S.
embassy", "in a U.S. drone strike at Baghdad airport": the strike was the country's, not in
it)."""
_PREP_TAIL = re.compile(
    rf"(?:\b(?:the|a|an|its|their|his|her|\d+\w*|{_DIRECTION})\s+)*"
    r"(?:(?:\w+\s+)?(?:capital|city|town|locality|municipality|village|county|province"
    r"|governorate|region|district|coast|shores?"
    r"|waters|desert|mountains|outskirts|suburbs|vicinity|countryside)(?:\s+of)?,?\s*)?$"
)
_LAST_WORDS = re.compile(r"([\w'’\-]+)\s+([\w'’\-]+)\s*$|([\w'’\-]+)\s*$")
_CLAUSE = re.compile(r"(?:(?<![A-Z])\.|[;:!?])\s")  # not after "U.S." or an initial
_DESTINATION = re.compile(
    r"(?:\binvit\w*\b[^.;]*?\bto\s+(?:visit|attend|join|take\s+part\s+in|participate\s+in)\b"
    r"|\b(?:upcoming|forthcoming|planned|next)\b)[^,;.]*$",
    re.IGNORECASE,
)
_VISITED_FORCES = re.compile(
    r"\b(?:visit|tour|inspect|greet|met\b|meet)\w*\s+(?:with\s+)?"
    r"(?:(?!(?:of|for|to|hosting|about)\b)[\w’'.-]+\s+){0,4}?"
    r"(?:troops|soldiers|forces|personnel|sailors|airmen|marines)\s+(?:stationed\s+|deployed\s+)?"
    r"(?:in|at)\s+$",
    re.IGNORECASE,
)
"""Forces visited where they are ("visited British troops in Estonia"): there the visit was,
where "forces in Iraq" alone is a topic."""
_TO_BE_DONE = re.compile(r"\bto\s+be\s+\w+(?:ed|en)\s+(?:at|in)\b[^,;.]*$", re.IGNORECASE)
"""A place where something is still to be done ("a plan to be unveiled at the UN General
Assembly"): where it will be, not where the sentence's happening was."""
_COORDINATED = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$")
_CONTEXT = 90
"""Characters of left context read for a candidate: a clause's worth in news prose."""


@dataclass(frozen=True)
class Candidate:
    """A place named in a sentence, with its offsets and what the sentence does with it."""

    start: int
    end: int
    place: Place
    role: Role = "other"
    venue: bool = False
    """Found through :data:`VENUES` (a recurring venue) rather than by its name."""


@lru_cache(maxsize=1)
def _venue_patterns() -> tuple[tuple[re.Pattern[str], Place], ...]:
    table = []
    for pattern, city in VENUES:
        place = lookup(city)
        if place is not None:
            # (not a word of a longer name: "headquarters of NATO Mission Iraq", "White
            # House Press Secretary")
            table.append((re.compile(rf"\b(?:{pattern})\b(?!\s+[A-Z][a-z])"), place))
    return tuple(table)


_ANY_VENUE = re.compile(rf"\b(?:{'|'.join(pattern for pattern, _ in VENUES)})\b")
"""Matches wherever one of the venue patterns does: one scan tells that a sentence names no
venue (as most do) ten times quicker than trying each pattern."""


@lru_cache(maxsize=1)
def _capital_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w, _ in DEMONYMS)
    return re.compile(
        rf"\bthe\s+(?P<adj>{words}|{_WORD}(?:\s{_WORD})?)\s+capital\b"
        rf"|\b(?P<own>{_WORD}(?:\s{_WORD})?)['’]s\s+capital\b"
    )


_NOT_PLACES = re.compile(rf"\b(?:{NOT_PLACES})\b")


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return dict(DEMONYMS)


def _capital_candidates(sentence: str) -> list[Candidate]:
    found: list[Candidate] = []
    if "capital" not in sentence:  # both forms of the pattern hold the word
        return found
    demonyms = _demonyms()
    for m in _capital_pattern().finditer(sentence):
        if m["adj"]:
            # an adjective of the table, or of any state the actor tables know ("the Kazakh
            # capital"); not "the Kazakh" town a gazetteer may hold
            code: str | None = demonyms.get(m["adj"]) or _state_code(m["adj"])
        else:
            owner = lookup(m["own"])
            code = (
                owner.country if owner is not None and owner.name == _country_name(owner) else None
            )
        city = capital(code) if code else None
        if city is not None:
            found.append(Candidate(m.start(), m.end(), city))
    return found


def _state_code(adjective: str) -> str | None:
    """The country code of the state an adjective is of ("Kazakh": KZ), if any."""
    name = state(adjective)
    place = lookup(name) if name else None
    return place.country if place is not None and place.name == _country_name(place) else None


_NAMED_AREA = re.compile(
    rf"\bthe\s+(?P<name>{_WORD}(?:[ \t]+{_WORD})*)\s+(?P<kind>area|province|governorate)"
    rf"\s+of\s+(?:the\s+)?(?P<of>{_WORD}(?:[ \t]+{_WORD})*)"
)
"""A named part of a known place: "the Rimac district of Lima", "the Tacna province of
Peru"."""
ADMINISTRATIVE = frozenset({"province", "governorate"})
"""Kinds of area whose word is part of the name ("Dohuk province" is not the city of Dohuk);
an "area" is named by its own name ("Wadi Barada")."""


def _area_candidates(sentence: str) -> list[Candidate]:
    """Named areas of a known place, each under the name the text gives it: the area is where
    it happened, not the larger place it is "of"."""
    found = []
    for m in _NAMED_AREA.finditer(sentence):
        whole, own = lookup(m["of"]), lookup(m["name"])
        if whole is None or own == whole:
            continue
        if own is None and _ADJECTIVE_END.search(m["name"]) and " " not in m["name"]:
            # "the Amazonian province of X": what the area is like; X is its name
            found.append(Candidate(m.start("of"), m.end(), whole))
            continue
        name = f"{m['name']} {m['kind']}" if m["kind"] in ADMINISTRATIVE else m["name"]
        # drawn at the town it is named after ("Dohuk"), else at the place it is part of
        point = own if own is not None and own.country == whole.country else whole
        found.append(Candidate(m.start("name"), m.end(), replace(point, name=name)))
    return found


KIND_NAMED_AREAS = ("district", "region", "village", "town", "province", "governorate")
"""Words that say the name before them is a place ("Carabaya district", "the Candarave region"):
such a place is where it happened even when the gazetteer knows no town of that name."""
_KIND_NAMED = re.compile(
    rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,3}})[ \t]+(?P<kind>{'|'.join(KIND_NAMED_AREAS)})\b"
)
_OWNING_PLACE_AFTER = re.compile(
    rf"^\s*(?:,\s*)?(?:in|of)\s+(?:the\s+)?(?P<owner>{_WORD}(?:[ \t]+{_WORD}){{0,3}})"
)
NAMED_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"})
"""Entity labels that vouch for a capitalised word being a name (the model may take a
district it does not know for a person or a body): "Security region" is no place."""


def _kind_named_candidates(
    sentence: str, entities: Sequence[Mention], taken: Sequence[Candidate]
) -> list[Candidate]:
    """Places the gazetteer does not know, named with their kind ("in Peru's Carabaya
    district", "in the Candarave region"), each with the country a possessive before it names
    (no coordinates: none are known). One said to be in or of a place the gazetteer knows
    ("the Rimac district of Lima", "Chucuito village in Tacna") is left to that place, as
    readers of the report know it. A province or a governorate keeps its word, as the
    gazetteer's regions do ("Dohuk province"); a district, a region, a village or a town is
    known by its name alone."""
    found: list[Candidate] = []
    for m in _KIND_NAMED.finditer(sentence):
        name = re.sub(r"^The[ \t]+", "", m["name"])
        start = m.end("name") - len(name)
        words = name.split()
        if any(c.start < m.end() and start < c.end for c in taken):
            continue  # a place the gazetteer knows, or part of one ("Hong Kong ... region")
        if re.fullmatch(_DIRECTION, words[0].lower()) or _organisation(name) or state(name):
            continue  # "the Northern region", "the NATO region"
        vouching = [e for e in entities if e.start < m.end("name") and start < e.end]
        if not any(e.label in NAMED_LABELS for e in vouching):
            continue
        if all(e.label == "NORP" for e in vouching) and _ADJECTIVE_END.search(name):
            continue  # "the Amazonian province of X": what the area is like, not its name
        if _known_owner_after(sentence[m.end() :]):
            continue  # "the Candarave district of Arequipa": told by the place it is part of
        shown = f"{name} {m['kind']}" if m["kind"] in ADMINISTRATIVE else name
        found.append(
            Candidate(start, m.end(), Place(shown, _owning_country(sentence, start), None, None))
        )
    return found


_ADJECTIVE_END = re.compile(r"(?:ian|ean|ese|ish)$")
"""How an adjective of a people or a land ends ("Amazonian", "Andean", "Sahelian"); not a
name's "-an" or "-ic" ("the Balochistan province of Pakistan" is Balochistan)."""


def _known_owner_after(rest: str) -> bool:
    """Whether the words after an area name a place the gazetteer knows that it is in or of
    ("... district of Arequipa"; not "... district in November")."""
    after = _OWNING_PLACE_AFTER.match(rest)
    return after is not None and lookup(after["owner"]) is not None


def _owning_country(sentence: str, start: int) -> str | None:
    """The country a place the gazetteer does not know is said to be part of: the place
    named as its owner before it ("Peru's")."""
    before = _OWNER_BEFORE.search(sentence[:start])
    place = lookup(before["owner"]) if before is not None else None
    return place.country if place is not None else None


def _country_name(place: Place) -> str | None:
    """``place.name`` when ``place`` is a whole country rather than a city in it."""
    whole = country(place.country) if place.country else None
    return whole.name if whole == place else None


def _span_place(span: str) -> Place | None:
    if _organisation(span):
        return None  # "NATO" is no town in the Philippines, "Hamas" no spelling of Hamm
    place = lookup(span)
    if place is None:
        stem = _FACILITY.sub("", span)
        place = lookup(stem) if stem != span else None
    if place is not None and _another_state_s_word(span, place):
        return None  # "the Thai and multinational effort": no town the gazetteer calls so
    return place


def _another_state_s_word(span: str, place: Place) -> bool:
    """Whether a name the gazetteer gives a place is the adjective or short name of a state
    that place is not in ("Thai", a name of a town in Malaysia; not "U.S." or "Georgia")."""
    name = state(span)
    code = _state_code(name) if name and name != span else None
    return code is not None and code != place.country


@lru_cache(maxsize=4096)
def _organisation(name: str) -> bool:
    """Whether a name is an organisation's the actor tables know (and not a state's)."""
    return organisation(name) is not None and state(name) is None


def _as_written(place: Place, written: str) -> Place:
    """A town or region under the name the text gives it ("Raqqa", "al-Hilla"), which is how
    its readers know it, rather than the gazetteer's ("Ar Raqqah", "Al Hillah"); a country,
    a short form or an abbreviation ("U.S.", "UK") keep the gazetteer's name, and a facility
    is named by its town ("Baghdad International Airport": Baghdad)."""
    written = _FACILITY.sub("", written.strip())
    if _country_name(place) is not None or len(written) < 4 or written.isupper():
        return place
    if "." in written or written == place.name:
        return place
    return replace(place, name=written)


def _name_candidates(sentence: str, blocked: list[tuple[int, int]]) -> list[Candidate]:
    found = []
    for m in _SPAN.finditer(sentence):
        if any(s <= m.start() < e or s < m.end() <= e for s, e in blocked):
            continue
        span, end = m.group(), m.end()
        place = _span_place(span)
        if place is None and sentence[end : end + 1] == ".":  # "U.S." ends with its dot
            place, end = _span_place(span + "."), end + 1
        if place is None and span.startswith("The "):
            place = _span_place(span[4:])
        if place is not None:
            found.append(Candidate(m.start(), end, _as_written(place, sentence[m.start() : end])))
    return found


def _entity_candidates(entities: Sequence[Mention], taken: list[Candidate]) -> list[Candidate]:
    found = []
    for ent in entities:
        if ent.label not in ("GPE", "LOC", "FAC"):
            continue
        if any(c.start < ent.end and ent.start < c.end for c in taken):
            continue
        text = re.sub(r"^the\s+", "", ent.text, flags=re.IGNORECASE)
        if _organisation(text):
            continue
        # spaCy's GPE label vouches for a capitalised name that is also a word ("in Nice").
        place = lookup_any(text) if text[:1].isupper() and ent.label == "GPE" else lookup(text)
        if place is not None:
            found.append(Candidate(ent.start, ent.end, _as_written(place, text)))
    return found


def _candidates(sentence: str, entities: Sequence[Mention]) -> list[Candidate]:
    found: list[Candidate] = []
    for pattern, place in _venue_patterns() if _ANY_VENUE.search(sentence) else ():
        found += [
            Candidate(m.start(), m.end(), place, venue=True) for m in pattern.finditer(sentence)
        ]
    found += _capital_candidates(sentence)
    found += _area_candidates(sentence)
    blocked = [(c.start, c.end) for c in found]
    blocked += [m.span() for m in _NOT_PLACES.finditer(sentence)]
    found += _name_candidates(sentence, blocked)
    found += _entity_candidates(entities, found)
    found += _kind_named_candidates(sentence, entities, found)
    found = [c for c in found if not _OUTLET_BEFORE.search(sentence, 0, c.start)]
    return sorted(found, key=lambda c: c.start)


_OUTLET_BEFORE = re.compile(
    r"\b(?:news\s+(?:agency|firm|service|outlet|site|website|channel|network)|newspaper"
    r"|broadcaster|news\s+daily|television\s+(?:channel|station|network)|radio\s+station)"
    r"\s+$",
    re.IGNORECASE,
)
"""What an outlet is called before its name ("state news firm Saba", "the newspaper Al
Ahram"): the name after it is the outlet's, not a place."""


def _role(sentence: str, cand: Candidate) -> Role:
    """What the sentence does with the place at ``cand``, read from its context."""
    right = sentence[cand.end :]
    if _POSSESSIVE.match(right) and not _POSSESSIVE_PART.match(right):
        return "other"
    if _ATTRIBUTIVE.match(right) and _country_name(cand.place) is not None:
        return "other"  # "at the Chilean embassy in Lima": the country only owns the embassy
    if _HYPHENED.match(right):
        return "other"  # "struck Iran-backed militias", "a Lima-based charity": who, not where
    role = _left_role(sentence[max(0, cand.start - _CONTEXT) : cand.start])
    # a recurring venue is where it is held wherever the sentence names it, unless it is a
    # destination, a topic, or an attribute ("White House advisers")
    if cand.venue and role == "other" and not _VENUE_ATTRIBUTIVE.match(right):
        return "venue"
    return role


_HYPHENED = re.compile(r"-[a-z]")
"""A place joined by a hyphen to a word after it ("Iran-backed", "Gaza-bound"): a modifier of
the noun after it, not where anything is."""

_OFFSHORE = re.compile(
    r"\b(?:off\s+(?:the\s+)?(?:\w+\s+)?(?:coast|coastline|shores?)"
    r"|on\s+the\s+(?:\w+\s+)?(?:outskirts|edge|fringes?))\s+of\s*$"
)
"""Where a happening at sea is told by the land it is off ("off the coast of Yemen"), or one
at a town's edge by the town ("on the southern outskirts of Tacna")."""


_OWNER_BEFORE = re.compile(
    r"(?P<owner>(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*)['’]s?\s+"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?"
    r"(?:(?:province|region|governorate|district|state|city|town|port|capital)\s+of\s+)?$"
)
"""The country a region or a town is named as part of, between the preposition and its name
("in Iraq's western Anbar province", "in Iraq's northern province of Nineveh", "in Chile's
northern city of Arica")."""


def _left_role(left: str) -> Role:
    """The role the words before a place give it: the preposition and the noun before that
    (past the country a region is said to be of)."""
    left = _OWNER_BEFORE.sub("", left)
    clause = _CLAUSE.split(left)[-1]
    if _OFFSHORE.search(clause):
        return "venue"
    m = _LAST_WORDS.search(_PREP_TAIL.sub("", clause))
    if m is None:
        return "other"
    before, prep = (m[1], m[2]) if m[2] else ("", m[3])
    before, prep = before.casefold(), prep.casefold()
    if prep in (*VENUE_PREPOSITIONS, "to", "of", "visit") or prep in VISIT_VERBS | STRUCK_VERBS:
        return _prep_role(clause, before, prep)
    return "other"


def _prep_role(clause: str, before: str, prep: str) -> Role:
    if _DESTINATION.search(clause):
        return "destination"
    if _TO_BE_DONE.search(clause):
        return "future"
    if prep in VENUE_PREPOSITIONS:
        # "forces in Iraq" is what is there, a topic; "troops near Baghdad" says where
        near = prep in ("near", "outside", "around")
        if before in TOPIC_NOUNS and not near and not _VISITED_FORCES.search(clause):
            return "topic"
        return "venue"
    if prep == "to":
        if before in SENT_WORDS:
            return "destination"  # "send troops to Kuwait": where they go, if nothing else
        if _WELCOMED_GUEST.search(clause):
            return "venue"  # "welcomed the Secretary to Jerusalem": where the host met him
        return "venue" if before in MOTION_WORDS else "other"
    if prep == "of":
        return "other"
    return "venue"


def _with_roles(sentence: str, cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for cand in cands:
        role = _role(sentence, cand)
        if out and _COORDINATED.match(sentence[out[-1].end : cand.start]):
            role = out[-1].role  # "the truce in Tacna and Arica": both topics
        out.append(Candidate(cand.start, cand.end, cand.place, role, cand.venue))
    return out


def _most_specific(venues: list[Candidate]) -> Place:
    """The first venue, or a city named later inside the first venue's country ("in Iraq,
    at the Baghdad airport" -> Baghdad); a city is never traded for its country."""
    first = venues[0].place
    if _country_name(first) is None:
        return first
    inside = [c.place for c in venues[1:] if c.place.country == first.country]
    return next((p for p in inside if _country_name(p) is None), first)


_LED_BY = re.compile(r"-?(?:led|backed|based|owned)\b")


def _owner(sentence: str, cand: Candidate) -> bool:
    """A country named as the owner of what the sentence tells of ("the U.S.-led coalition",
    "United States troops", "Chile's killing of ..."): not a place it names."""
    right = sentence[cand.end :]
    if _LED_BY.match(right) or _ATTRIBUTIVE.match(right):
        return True
    return bool(_POSSESSIVE.match(right)) and not _POSSESSIVE_PART.match(right)


def place_named(sentence: str, entities: Sequence[Mention] = ()) -> Place | None:
    """The one place ``sentence`` names, whatever it does with it ("ISIL has held Mosul for
    two years"): what a text goes on about in its next sentence. Only names the model tags as
    places count (``entities``: GPE, LOC, FAC), owners excepted. Places of one country count
    as one, the most specific of them ("in Syria ... near Raqqa" -> Raqqa); places of two
    countries name no one place."""
    named = [e for e in entities if e.label in ("GPE", "LOC", "FAC")]
    cands = [
        c
        for c in _with_roles(sentence, _candidates(sentence, entities))
        if any(e.start < c.end and c.start < e.end for e in named)
        and not _owner(sentence, c)
        and c.role not in ("destination", "future")
    ]  # "Davis said": a spokesman, not the Californian town; "flew to Tehran": not there yet
    countries = {c.place.country for c in cands}
    if not cands or len(countries) != 1 or None in countries:
        return None
    towns = [c.place for c in cands if _country_name(c.place) is None]
    if len({p.name for p in towns}) > 1:
        return None
    return towns[0] if towns else cands[0].place


def is_remote(sentence: str) -> bool:
    """Whether the sentence describes a remote event (virtual meeting, video or phone call)."""
    return REMOTE.search(sentence) is not None


def find_place(
    sentence: str,
    entities: Sequence[Mention] = (),
    *,
    dateline: Place | None = None,
    remote: bool = False,
) -> Place | None:
    """The place of the event ``sentence`` states, or None.

    ``entities`` are spaCy entities with offsets relative to ``sentence`` (may be empty: the
    text alone is read too). A remote event (``remote`` or a call/virtual meeting named in the
    sentence) has no place. Places that are topics ("the situation in Syria") never count;
    with no venue the ``dateline`` place is used, then a destination ("invited to visit
    Brussels").
    """
    if remote or is_remote(sentence):
        return None
    cands = _with_roles(sentence, _candidates(sentence, entities))
    venues = [c for c in cands if c.role == "venue"]
    if venues:
        return _most_specific(venues)
    if dateline is not None:
        return dateline
    destinations = [c for c in cands if c.role == "destination"]
    return _most_specific(destinations) if destinations else None


_DATELINE = re.compile(
    r"^\s*(?P<name>[^\W\d_][^\W\d_'’.]*(?:[ .'’][^\W\d_][^\W\d_'’.]*){0,3}\.?)"
    r"\s*(?P<end>[,:(\n—–]|-{2,}|\s-\s|-(?=[A-Z]{2,})|-\s)"
)
_DATE_AFTER_COMMA = re.compile(DATE_AFTER_COMMA)
DATELINE_REGION_WORDS = 3
"""The longest region name after a dateline's city ("Kurdistan Region", "Northern Cape")."""
_AFTER_PLACE = re.compile(r"^\s*(?P<name>[^\W\d_][\w .'’]{0,40}?)\s*(?:[,(—–:]|\s-\s)")


def _comma_dateline(name: str, rest: str) -> bool:
    """After "NAME," a dateline goes on with a date or an agency, or, after a name in capitals,
    with a country ("ERBIL, Iraq (AP)"); "Iraq, Turkey and Iran agreed" is no dateline."""
    if _DATE_AFTER_COMMA.match(rest):
        return True
    m = _AFTER_PLACE.match(rest)
    if m is None:
        return False
    if not name.isupper():
        # "Erbil, Kurdistan Region - ...": in lower case, a town (no country) before a dash
        town = lookup(name)
        if m.group(0).rstrip()[-1:] not in ("-", "—", "–") or town is None:
            return False
        if _country_name(town) is not None:
            return False
    if lookup(m["name"]) is not None:
        return True
    # "ERBIL, Kurdistan Region (Kurdistan24) –": a city in capitals, then the region it lies
    # in, written as a name, before the credit or the dash
    words = m["name"].split()
    return (
        lookup(name) is not None
        and 1 <= len(words) <= DATELINE_REGION_WORDS
        and all(w[:1].isupper() for w in words)
    )


def dateline_place(text: str) -> Place | None:
    """The place an article's opening dateline names, or None when it opens without one.

    Reads "BAGHDAD, 5th February, 2025 (WAM) –", "BAGHDAD — ...", "Baghdad-INA",
    "WASHINGTON (Reuters) -" and skips a leading credit in parentheses ("(WirePoint / ANDINA -
    09th Mar, 2024) LIMA, ...").
    """
    head = LEAD_CREDIT.sub("", text[:300].lstrip(), count=1)
    m = _DATELINE.match(head)
    if m is None:
        return None
    if m["end"] == "," and not _comma_dateline(m["name"], head[m.end() :]):
        return None
    return lookup(m["name"].rstrip("."))


HEADER_LINES = 3
"""Lines read for a venue line: a byline, the venue, an institution ("Ana Ruiz,
Foreign Minister" / "Lima, Peru" / "Ministry of Foreign Affairs")."""
VENUE_LINE_WORDS = 8
"""The longest venue line: "Ministry of Foreign Affairs, Jerusalem" has five words; a line
of prose is longer or ends with a full stop."""

_SPOKEN_HERE = re.compile(
    rf"\b(?:here|(?:good|great|wonderful|pleasure|glad|happy|honou?red|delighted)\s+to\s+be"
    rf"(?:\s+back)?(?:\s+here)?)\s+in\s+(?:the\s+)?(?P<name>{_WORD}(?:[ \t]+{_WORD})*)"
)


def article_venue(text: str) -> Place | None:
    """Where a statement or a transcript was given, when the text says so: the venue line
    under its byline ("Lima, Peru"; "Ministry of Foreign Affairs, Santiago"), else,
    in a transcript, the place its speakers say they are in ("here in Santiago", "good
    to be in Peru again"). None for a report, whose speakers may be anywhere."""
    return _venue_line(text) or (_spoken_here(text) if is_transcript(text) else None)


def _venue_line(text: str) -> Place | None:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines[:HEADER_LINES]:
        if line.endswith((".", "?", "!", ":")) or len(line.split()) > VENUE_LINE_WORDS:
            return None  # the prose has begun
        parts = [part.strip() for part in line.split(",")]
        last = lookup(parts[-1]) if len(parts) > 1 else None
        if last is None or not all(part[:1].isupper() for part in parts):
            continue
        # the most specific place the line names: "Kuwait City" of "Kuwait City, Kuwait"
        known = (lookup(part) for part in parts)
        return next((p for p in known if p is not None and p.country == last.country), last)
    return None


def _spoken_here(text: str) -> Place | None:
    for m in _SPOKEN_HERE.finditer(text):
        words = m["name"].split()
        for n in range(len(words), 0, -1):  # "here in Kuwait City Monday": the longest place
            if (place := lookup(" ".join(words[:n]))) is not None:
                return place
    return None
