"""From participant mentions to actors: names, kinds, roles, and words that refer back.

A named mention becomes a person, an organisation or a state by what the alias tables and the
gazetteer know of its words, whatever label the statistical model gave it (the small English
model calls "Blinken" a place and "Daesh" a country); a capital stands for its government
("Ankara accused Baghdad"); a place that is only a place is no actor. Words that refer back
are resolved against what the article has said so far (:class:`Memory`): "I" and "we" to the
voice of the statement, "he" and "she" to the person last named, "the two leaders" to the
people of the happening just told, "the Foreign Secretary" to whoever the article names with
that office.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from storyline.actors import (
    AliasTable,
    RoleMention,
    find_roles,
    normalise_role,
    organisation,
    person_key,
    role_key,
    state,
)
from storyline.actors.names import category, fold, own_name, same_person, split_name
from storyline.clean.credits import agency_name
from storyline.clean.metadata import NAME_PARTICLES
from storyline.events.arguments import Participant
from storyline.events.lexicon import (
    STATE_ROLE,
)
from storyline.lang.en.lexicon import (
    ALLIANCE_ADJECTIVES,
    ALLY_NOUNS,
    DESCRIBED_NOUNS,
    DESCRIBING_WORDS,
    GENDERED_TITLES,
    GENERAL_OFFICE_HEADS,
    HAPPENING_NAME_HEADS,
    HAZARD_NOUNS,
    NAMED_BODY_CATEGORIES,
    NOT_ACTOR_ORGS,
    NOUN_CATEGORIES,
    OFFICIAL_NOUNS,
    PRIVATE_PEOPLE,
    PROJECTILE_NOUNS,
    PRONOUN_GENDER,
    VICTIM_PEOPLE,
)
from storyline.lang.en.places import REGION_ADJECTIVES, REGION_QUALIFIERS
from storyline.lang.en.titles import ORG_HEADS
from storyline.places.gazetteer import capital, country, lookup
from storyline.records import Actor, ParsedArticle

_POSSESSIVE = re.compile(r"['’]s\b|(?<=s)['’](?=\s|$)")
_LEADING = re.compile(r"^(?:the|a|an|near|in|at|outside|inside|from)\s+", re.IGNORECASE)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.-]{1,7}$")
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")
MAX_NAME_WORDS = 4
ORG_WORDS = frozenset(
    {
        "ministry", "council", "committee", "forces", "force", "army", "command", "agency",
        "department", "office", "party", "movement", "front", "organization", "organisation",
        "union", "alliance", "coalition", "group", "brigade", "brigades", "corps", "guard",
        "police", "service", "services", "board", "bank", "fund", "institute", "association",
        "authority", "government", "parliament", "assembly", "court", "commission", "mission",
        "company", "corporation", "airline", "airlines", "air", "embassy", "center", "centre",
        "university", "network", "squadron", "wing", "regiment", "battalion", "administration",
        "house", "senate", "congress", "cabinet", "presidency", "division", "task", "unit",
        "federation", "league", "media", "news", "tv", "television", "radio", "state",
    }
)  # fmt: skip
"""Words that make a capitalised name an organisation's ("Thames Valley Police")."""


@dataclass
class Memory:
    """What the article has said so far, for the words that refer back to it."""

    speaker: Actor | None = None
    """The voice of what follows: "Foreign Secretary Tom Berg said:" and the byline."""
    last_person: Actor | None = None
    group: list[Actor] = field(default_factory=list)
    """The people of the last happening told."""
    group_paragraph: int = 0
    """The paragraph that told it: "they" stand for them in it and in the next."""
    offices: dict[str, Actor] = field(default_factory=dict)
    """Role key → the person the article names with that office."""
    people: set[str] = field(default_factory=set)
    """Person keys of everyone the article names as a person."""
    orgs: list[str] = field(default_factory=list)
    """Organisations the article names, first named first: "the mission" of an article about
    NATO is NATO's mission."""
    states: list[str] = field(default_factory=list)
    """The states named last, the last named last: which "the two countries" are."""
    states_paragraph: int = 0
    """The paragraph that named them: "the two countries" stand for them in it and the next."""
    states_told: Counter[str] = field(default_factory=Counter)
    """How often the article named each state so far: "the two countries" paragraphs after
    the last were named are the two it names most (first named first among equals), when
    each was named more than once."""
    voices: list[Actor] = field(default_factory=list)
    """The people a transcript's labels name as its voices (the hosts of a joint press
    conference): who "we" are when one of them says "we met"."""
    genders: dict[str, str] = field(default_factory=dict)
    """Name key → "m" or "f", where the article tells it (:func:`person_genders`)."""
    recent: list[Actor] = field(default_factory=list)
    """The people named so far, the last named last: whom "she" is when the last is a man."""
    described: list[tuple[str, Actor | str]] = field(default_factory=list)
    """The people named with the body or state they serve, the last named last, and for one
    brought in unnamed ("a NATO official said") the noun that described them: whom "the NATO
    official" is."""

    @property
    def addressee(self) -> Actor | None:
        """Whom "you" are: in a transcript of two voices, the one not speaking ("Your visit to
        Lima honours our country", said by the host to the guest); no one else can be told."""
        if self.speaker is None or len(self.voices) != 2:
            return None
        others = [v for v in self.voices if person_key(v.name) != person_key(self.speaker.name)]
        return others[0] if len(others) == 1 else None

    def pronoun(self, word: str) -> Actor | None:
        """Whom "he" or "she" stands for: the person last told of, unless the article tells
        that person is of the other gender; then the last named person not told to be of the
        other gender ("Police held John Carter. Ms Soto was the victim. He had ...": Carter)."""
        last = self.last_person
        wanted = PRONOUN_GENDER.get(word.lower())
        if last is None or wanted is None:
            return last
        if _gender(self.genders, last.name) in (None, wanted):
            return last
        for actor in reversed(self.recent):
            if _gender(self.genders, actor.name) in (None, wanted):
                return actor
        return None

    def named(self, actor: Actor) -> None:
        """Remember a person just named (and the office the article gives them)."""
        if actor.kind != "person":
            return
        self.last_person = actor
        key = person_key(actor.name)
        self.recent = [a for a in self.recent if person_key(a.name) != key][-RECENT_PEOPLE:]
        self.recent.append(actor)
        self.people.add(key)
        if actor.role:
            self.offices.setdefault(role_key(actor.role), actor)
        if actor.org is not None:
            self.described = [*self.described[-RECENT_PEOPLE:], (actor.org, actor)]

    def unnamed(self, owner: str, noun: str) -> None:
        """Remember someone brought in unnamed by the body or state they serve ("a NATO
        official said"): "the NATO official" is now that one, no one named before (though
        "the NATO leader" may still be)."""
        self.described = [*self.described[-RECENT_PEOPLE:], (owner, noun)]


RECENT_PEOPLE = 6
"""How many people named before the last the article keeps in mind for a pronoun."""


def person_genders(parsed: ParsedArticle) -> dict[str, str]:
    """Name key → "m" or "f" for the people an article tells the gender of by a word next to
    the name in its sentence ("Mrs Soto", "spokeswoman Maria Lopez", "John Carter, a
    spokesman"), by whole name (:func:`full_key`): one of a family does not tell another's
    ("Mrs Ramos" is not Luis Ramos). A surname alone tells only when no one the article names
    in full bears it. A person told both ways is left out."""
    found: dict[str, set[str]] = {}
    text = parsed.text
    entities = [e for e in parsed.entities if e.label == "PERSON" and person_key(e.text)]
    families = {person_key(e.text) for e in entities if split_name(e.text).given}
    for index, sentence in enumerate(parsed.sentences):
        for entity in parsed.sentence_entities(index):
            if entity.label != "PERSON" or not person_key(entity.text):
                continue
            given = bool(split_name(entity.text).given)
            if not given and person_key(entity.text) in families:
                continue
            key = full_key(entity.text) if given else person_key(entity.text)
            lo, hi = max(sentence.start, entity.start - TITLE_REACH), entity.start
            before = _TITLE_BEFORE.search(text[lo:hi])
            after = _TITLE_AFTER.match(
                text[entity.end : min(sentence.end, entity.end + TITLE_REACH)]
            )
            inside = _TITLE_INSIDE.match(entity.text)  # "Mrs Luis Ramos", the title in the name
            for match in (before, after, inside):
                if match is not None:
                    found.setdefault(key, set()).add(GENDERED_TITLES[match["word"].lower()])
    return {key: next(iter(g)) for key, g in found.items() if len(g) == 1}


def _gender(genders: Mapping[str, str], name: str) -> str | None:
    """The gender the article tells of the person ``name``: by whole name, else by surname."""
    return genders.get(full_key(name)) or genders.get(person_key(name))


TITLE_REACH = 40
"""Characters before or after a name searched for a word that tells the person's gender."""
_TITLE_WORDS = "|".join(sorted(GENDERED_TITLES, key=len, reverse=True))
_TITLE_BEFORE = re.compile(
    rf"(?i:\b(?P<word>{_TITLE_WORDS}))\.?\s+(?:[A-Z][\w'’.-]*\s+){{0,2}}$"
)  # ("Mrs Soto", "spokeswoman Ana Soto", "Queen Consort Ana")
_TITLE_AFTER = re.compile(
    rf"^,\s+(?:(?i:a|an|the)\s+)?(?:(?!(?i:whose|his|her|their|its|of)\b)[\w'’-]+\s+){{0,3}}?"
    rf"(?i:(?P<word>{_TITLE_WORDS}))\b"
)  # ("X, a spokesman"; not "X, whose wife")
_TITLE_INSIDE = re.compile(rf"(?i:(?P<word>{_TITLE_WORDS}))\.?\s")


Holder = Callable[[str], "Actor | None"]
"""Who held the office a phrase names, by the tenure table ("the President of the United
States" on the article's date)."""


MAX_OWNER_WORDS = 4
"""The most words of a name that owns an actor noun ("European Community" ministers)."""


def actors_of(
    parts: Sequence[Participant],
    roles: Mapping[str, RoleMention],
    memory: Memory,
    aliases: AliasTable | None = None,
    holder: Holder | None = None,
) -> list[Actor]:
    """The actors a sentence's participant mentions name, each on its side, without repeats.

    ``roles`` maps person keys to the role the sentence gives them; ``holder`` names the
    holder of an office the article does not name.
    """
    found: list[Actor] = []
    for part in parts:
        resolved = _resolve(part, roles, memory, aliases, holder)
        if part.reference == "title" and any(
            _same(actor, known) and known.side != part.side for actor in resolved for known in found
        ):
            # "Foreign Minister Anna Berg met Chile's foreign minister": not Anna Berg again
            # on the other side, but whom the office stands for
            resolved = _office_owner(part.text, aliases)
        for actor in resolved:
            actor = replace(actor, side=part.side)
            same = next(
                (n for n, known in enumerate(found) if _same(actor, known) and _one(actor, known)),
                None,
            )
            if same is None:
                found.append(actor)
            elif found[same].role == STATE_ROLE and actor.role not in (None, STATE_ROLE):
                # "travel to Chile ... officials from the Governments of Peru and
                # Chile": what the sentence says the state is there by
                found[same] = replace(found[same], role=actor.role)
    return found


def _one(a: Actor, b: Actor) -> bool:
    """Whether two actors that may be one person are one in this happening: not when they
    are on its two sides under two spellings ("we" said by Foreign Minister Al-Haddad, who met
    "Sheikh Omar Al-Haddad"): no one meets or attacks themself, and one name of a family
    is no proof of one person."""
    if a.kind != "person" or b.kind != "person" or not a.side or not b.side or a.side == b.side:
        return True
    return fold(a.name).lower() == fold(b.name).lower()


def _same(a: Actor, b: Actor) -> bool:
    if a.kind == "person" and b.kind == "person":
        if not person_key(a.name) and not person_key(b.name):
            return fold(a.name) == fold(b.name)  # titles, no names
        return same_person(a.name, b.name)  # not two of one family ("Jaber / Mishal Al-Sabah")
    if a.kind == "org" and b.kind == "org" and a.name != b.name:
        # "Kurdistan Workers' Party (PKK)": two names of one body the alias tables know
        known = organisation(a.name)
        if known is not None and known == organisation(b.name):
            return True
    return fold(a.name).lower() == fold(b.name).lower()


COUNTED_STATE_PLURALS = frozenset({"countries", "nations", "states", "governments"})
"""The plural of "the two countries": states, whoever they are."""


def _resolve(
    part: Participant,
    roles: Mapping[str, RoleMention],
    memory: Memory,
    aliases: AliasTable | None,
    holder: Holder | None = None,
) -> list[Actor]:
    if part.reference == "first":
        return [memory.speaker] if memory.speaker else []
    if part.reference == "second":
        return [memory.addressee] if memory.addressee else []
    if part.reference == "third":
        return [found] if (found := memory.pronoun(part.text)) else []
    if part.reference == "plural":
        return list(memory.group)
    if part.reference == "counted":
        count = int(part.label)
        there_by = part.kind_of or STATE_ROLE  # "ministers from both countries": ministers
        if len(memory.states) >= count:
            return [Actor(name, "state", there_by) for name in memory.states[-count:]]
        told = [name for name, _ in memory.states_told.most_common(count)]
        if len(told) == count and memory.states_told[told[-1]] > 1:
            return [Actor(name, "state", there_by) for name in told]
        if part.text.split()[-1].lower() in COUNTED_STATE_PLURALS:
            return []  # "the two countries" of an article that named them not: no one known
        return noun_actors(part.text, aliases, memory.orgs)  # ("Ministers from both sides")
    if part.reference == "title":
        found = (
            _titled_here(part.text, roles)
            or _title_given_to_name(part.text, roles)
            or office_holder(part.text, memory)
            or (holder(part.text) if holder else None)
        )
        if found is None:
            found = described_person(part.text, memory, aliases)
        return [found] if found else _office_owner(part.text, aliases)
    if part.reference in ("noun", "entity") and (
        governments := _governments_of(part.text, aliases)
    ):
        return governments
    if part.reference == "noun":
        if (titled := _titled_here(part.text, roles)) is not None:
            return [titled]
        named = _person_read_as_org(part.text, roles, aliases)
        if named is not None and clean_name(part.text) != named.name:
            return [named]  # "with [Chilean Minister of Defense Luis Ramos]", headed by the title
        return noun_actors(part.text, aliases, memory.orgs, side=part.side)
    if part.label == "ORG" and (titled := _title_read_as_org(part.text, roles)) is not None:
        return [titled]
    if part.label == "ORG" and (named := _person_read_as_org(part.text, roles, aliases)):
        return [named]
    if part.label == "ORG" and (held := _office_read_as_org(part.text, memory)) is not None:
        return [held]
    core = part.head.dep in CORE_DEPS
    actor = entity_actor(part.text, part.label, memory.people, aliases, metonymy=core)
    if actor is None and part.label == "PERSON" and not person_key(part.text):
        # "the Queen", tagged as a person: a title with no name, whoever held it then
        found = office_holder(part.text, memory) or (holder(part.text) if holder else None)
        return [found] if found else []
    if actor is None and part.label == "ORG" and part.kind_of and clean_name(part.text):
        # "the news agency Kestrel": what the text calls it says it is a body, whatever place
        # shares its name
        actor = Actor(clean_name(part.text), "org", part.kind_of)
    if actor is None:
        return []
    if actor.kind == "org" and part.kind_of and not actor.role:
        actor = replace(actor, role=part.kind_of)  # "the airline Mahan Air"
    if actor.kind == "state" and part.kind_of:
        actor = replace(actor, role=part.kind_of)  # "the foreign ministers of Chile and Peru"
    if actor.kind == "org" and part.described and actor.role:
        actor = replace(actor, role=f"{part.described} {actor.role}")  # "Aymara-led militia"
    owner = _owner(actor.name, aliases) if actor.kind == "org" and actor.org is None else None
    if owner is not None and owner.kind == "state" and _state_body(actor.name):
        # "the UK Government", "Iraqi Security Forces": the state's own body, the state too
        return [replace(actor, org=owner.name), owner]
    if actor.kind == "person" and part.office:
        return [_given(actor, part.office)]
    if actor.kind == "person":
        role = role_of(roles, actor.name)
        if role is not None:
            actor = replace(actor, role=role.role, org=role.org, title=role.title, rank=role.rank)
        elif part.kind_of:
            actor = replace(actor, role=normalise_role(part.kind_of))  # "named X as speaker"
    return [actor]


def _given(actor: Actor, office: str) -> Actor:
    """A person with the office an appointment gives them ("named Chile's new ambassador to
    Peru": Ambassador, of Chile), whatever rank or former office the sentence gives."""
    found = next((f for f in find_roles(office, []) if f.role), None)
    if found is None:
        return replace(actor, role=normalise_role(office), org=None, title=None)
    title = " ".join(found.title.split()) if found.title else found.role
    if len(office.split()) > len(title.split()):
        title = normalise_role(office)  # "Commander of the Pacific Fleet"
    return replace(
        actor, role=found.role, org=found.org, title=None if title == found.role else title
    )


_GOVERNMENTS_OF = re.compile(r"^(?:the\s+)?Governments\s+of\s+(.+)$")
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _governments_of(text: str, aliases: AliasTable | None = None) -> list[Actor]:
    """ "the Governments of Chile and Peru", one name to the model: each state named, by its
    government (a part that names none, cut short by the model, is left out)."""
    match = _GOVERNMENTS_OF.match(text.strip())
    if match is None:
        return []
    found = [state(part, extra=aliases) for part in _LIST_SEPARATOR.split(match.group(1))]
    return [Actor(name, "state", "government") for name in found if name is not None]


def full_key(name: str) -> str:
    """Every word of a person's name but titles, folded: where two people of one family share
    a sentence ("Sheikh Jaber Al-Sabah and Sheikh Mishal Al-Sabah") their surname key is one,
    this is not."""
    split = split_name(name)
    return "=" + " ".join((*split.given, split.key)) if split.key else ""


def role_of(roles: Mapping[str, RoleMention], name: str) -> RoleMention | None:
    """The role a sentence gives the person ``name``: by the whole name first, then by surname
    (see :func:`storyline.events.extract._sentence_roles`)."""
    return roles.get(full_key(name)) or roles.get(person_key(name))


def described_person(text: str, memory: Memory, aliases: AliasTable | None = None) -> Actor | None:
    """The person a description names by whom they serve ("the NATO official", "the top
    Chilean diplomat"): the last person named of that body or state whose office fits the
    noun (:data:`DESCRIBED_NOUNS`), unless someone of it was brought in unnamed by the same
    noun since ("a NATO official said")."""
    words = clean_name(text).split()
    if len(words) < 2 or words[-1].lower() not in DESCRIBED_NOUNS:
        return None
    offices = DESCRIBED_NOUNS[words[-1].lower()]
    owners = set()
    for word in words[:-1]:
        if owner := organisation(word, extra=aliases) or state(word, extra=aliases):
            owners.add(owner)
        elif word.lower() not in DESCRIBING_WORDS:
            return None  # "the defence official": a person of another office
    if not owners:
        return None
    for owner, actor in reversed(memory.described):
        if owner not in owners:
            continue
        if isinstance(actor, str):
            if actor == words[-1].lower():
                return None  # "a Hamas official said ... the Hamas official": that one
            continue
        role = (actor.role or "").lower()
        if not offices or any(word in role for word in offices):
            return actor  # ("the Chilean envoy" is no president of Chile)
    return None


def _office_owner(title: str, aliases: AliasTable | None) -> list[Actor]:
    """Whom an office no one is named in stands for: its state or organisation ("received
    the British ambassador": the United Kingdom, by its Ambassador; "the NATO envoy": NATO)."""
    for found in find_roles(clean_name(title), []):
        if found.org is None:
            continue
        if owner := state(found.org, extra=aliases):
            return [Actor(owner, "state", found.role or STATE_ROLE)]
        if org := organisation(found.org, extra=aliases):
            return [_known_org(org, found.org, aliases)]
    return []


def _titled_here(text: str, roles: Mapping[str, RoleMention]) -> Actor | None:
    """The person the sentence gives a title to, where the parser split it from the name
    ("signed by Chilean Deputy Prime Minister and Foreign Minister Ana Soto": the first
    office is hers, not someone's else)."""
    offices = {f.role.lower() for f in find_roles(clean_name(text), [])}
    for found in roles.values():
        held = found.role.lower().split(" and ")
        if found.person and len(held) > 1 and held[0] in offices:
            return found.holder()
    return None


def _title_given_to_name(text: str, roles: Mapping[str, RoleMention]) -> Actor | None:
    """The person whose title the parser hung apart from their name, or cut before its end
    ("received the commander of the coalition, US Major General X", "a call with NATO
    Assistant Secretary General [for Operations X]"): the one person the sentence gives a
    title that is those words or begins with them."""
    words = " ".join(clean_name(text).lower().split())
    if len(words.split()) < 2:
        return None
    offices = [(role_key(f.role), f.org) for f in find_roles(clean_name(text), []) if f.role]
    holders = {
        found.person: found
        for found in roles.values()
        if found.person
        and person_key(found.person)
        and found.person.split()[-1].lower() not in ORG_HEADS  # ("Liberation Organization")
        and found.person not in text  # ("the Chief of the General Staff of the Armed Forces")
        and (
            any(_office_begins(found, role, org) for role, org in offices)
            or role_key(found.role) == role_key(clean_name(text))
            or (
                found.title is not None
                and (title := " ".join(found.title.lower().split())).startswith(words)
                and title[len(words) : len(words) + 1] in ("", " ")
            )
        )
    }
    if len(holders) != 1:
        return None
    (found,) = holders.values()
    return found.holder()


def _office_begins(found: RoleMention, role: str, org: str | None) -> bool:
    """Whether ``found`` is the office ``role`` (a key) of ``org``, or begins with it ("Assistant
    Secretary General for Operations" begins with "Assistant Secretary General")."""
    held = role_key(found.role)
    same_body = org is None or found.org is None or found.org == org
    return same_body and (held == role or held.startswith(role + " "))


def _title_read_as_org(text: str, roles: Mapping[str, RoleMention]) -> Actor | None:
    """A title the model took for an organisation ("White House Coordinator for the Middle
    East" before the holder's name): the person the sentence gives that office."""
    words = clean_name(text).lower().split()
    for found in roles.values():
        office = found.role.lower().split()
        shorter = min(len(words), len(office))
        if (
            found.person
            and shorter >= max(3, len(office) // 2)
            and words[:shorter] == office[:shorter]
        ):
            return found.holder()
    # "the Commander of NATO Mission", the office of the one person the sentence gives it
    titled = {role_key(f.role) for f in find_roles(clean_name(text), []) if not f.person}
    holders = {f.person: f for f in roles.values() if f.person and role_key(f.role) in titled}
    if len(holders) == 1 and words:
        (found,) = holders.values()
        if words[0] != found.role.lower().split()[0]:
            return None
        return found.holder()
    return None


def _person_read_as_org(
    text: str, roles: Mapping[str, RoleMention], aliases: AliasTable | None
) -> Actor | None:
    """A person's name the model took for an organisation ("Knut Lake, the Special Envoy for
    ...", "Chilean National Security Adviser Ana Soto" as one): the sentence gives the name an
    office, and no table knows a body of that name."""
    found = roles.get(person_key(text))
    name = clean_name(text)
    if found is None or not found.person or organisation(text, extra=aliases):
        return None
    if name != found.person:
        # "Indian National Security Adviser Ajit Doval" as one body: its title, then the name
        ahead = name[: -len(found.person)].strip() if name.endswith(found.person) else None
        if not ahead or role_key(ahead) not in {role_key(found.title or ""), role_key(found.role)}:
            return None
    return found.holder()


STATE_BODY_HEADS = frozenset(
    {"government", "ministry", "forces", "army", "police", "military", "navy", "embassy",
     "parliament", "cabinet", "administration", "troops", "presidency", "command", "cell",
     "service", "directorate"}
)  # fmt: skip
"""Heads of a state's own bodies ("the UK Government", "Iraqi Security Forces")."""
STATE_BODY_MODIFIERS = frozenset(
    {"security", "armed", "defence", "defense", "foreign", "interior", "national", "federal",
     "royal", "air", "special", "central", "transitional", "interim", "joint", "operations",
     "media", "counter-terrorism", "counterterrorism", "intelligence"}
)  # fmt: skip
"""Words that may stand between a state and its body's head ("Iraqi Security Forces")."""


def _office_read_as_org(text: str, memory: Memory) -> Actor | None:
    """An office the model took for an organisation ("The National Security Adviser said"),
    whose holder the article named before with that very title: that person. Only the whole
    title counts here, not its last word: "the Defence Council" is no "Defence Minister"."""
    words = clean_name(text)
    found = memory.offices.get(role_key(words)) if words else None
    if found is None:
        return None
    return _of_owner(found, _owner_named(words))


def _state_body(name: str) -> bool:
    """A state's own body named by its state and a head of :data:`STATE_BODY_HEADS`, with only
    generic words between ("the UK Government", "Iraqi Security Forces"); not a movement
    named after a country ("Syrian Democratic Forces", "Free Syrian Army")."""
    words = name.lower().split()
    if len(words) < 2 or words[-1] not in STATE_BODY_HEADS:
        return False
    return all(w in STATE_BODY_MODIFIERS for w in words[1:-1])


def clean_name(text: str) -> str:
    """A mention as a name: no leading article, no possessive, one space between words."""
    text = _LEADING.sub("", " ".join(text.split()))
    return " ".join(_POSSESSIVE.sub("", text).split()).strip(" ,;:-")


CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "poss", "conj", "appos"})
"""Where a capital stands for its government ("Ankara accused Baghdad"); after "to" or "in"
it is a place ("invited to visit Brussels")."""


_GOVERNMENTS_OF = re.compile(r"^Governments\s+of\s+(?:the\s+)?(?P<state>.+)$")


def entity_actor(
    text: str,
    label: str,
    people: set[str],
    aliases: AliasTable | None = None,
    *,
    metonymy: bool = True,
) -> Actor | None:
    """The actor a named mention stands for, or None when it names no actor (a place, a
    news agency, a social network). ``metonymy``: a capital stands for its country."""
    name = clean_name(text)
    if not name or fold(name).lower() in NOT_ACTOR_ORGS or agency_name(name):
        return None
    if name.split()[0].lower() in HAZARD_NOUNS:
        return None  # "Typhoon Haiyan": a storm, not someone who acts
    if _weapon_name(name):
        return None  # "A VBIED exploded", the acronym taken for a body: what went off
    listed = _GOVERNMENTS_OF.match(name)
    if listed is not None and (each := state(listed["state"], extra=aliases)):
        # "the Governments of Chile and Peru", the first state run into the plural: each
        # state takes part as a government
        return Actor(each, "state", "government")
    if label != "PERSON" and name.split()[-1].lower() in HAPPENING_NAME_HEADS:
        return None  # "the Negev Summit": where people met, not who
    if (label != "PERSON" or len(name.split()) == 1) and (
        found := organisation(name, extra=aliases)
    ):
        # also a one-word name the model took for a person ("Houthis said")
        return _known_org(found, name, aliases)
    if found := state(name, extra=aliases):
        return Actor(found, "state", STATE_ROLE)
    if label == "NAME":
        # a word the model tagged as no entity: a person the article named before, or no one
        known = person_key(name) in people and _looks_like_name(name)
        return Actor(split_name(name).display, "person") if known else None
    if label == "PERSON":
        name = _without_home(name, aliases)
        if person_key(name) and _looks_like_name(name):
            return Actor(split_name(name).display, "person")
        return None
    if person_key(name) in people and _looks_like_name(name):
        return Actor(split_name(name).display, "person")
    if label == "NORP" and _region_adjective(name):
        return None  # "the two Central Asian countries": a region's, not one state's
    if label == "NORP" and len(name.split()) >= 2 and (org := _org(name)) is not None:
        return org  # "Saudi Aramco", labelled a nationality
    if label in ("GPE", "NORP"):
        return _place_actor(name) if metonymy else None
    if label in ("ORG", "FAC", "LOC") and lookup(name) is not None:
        return None  # a place the model took for an organisation ("Ar Raqqah")
    return _org(name)


def _region_adjective(name: str) -> bool:
    """Whether a nationality's words are a region's adjective ("East Asian", "Middle
    Eastern", "Latin American"; not "American", one state's, or "Saudi Aramco")."""
    *qualifiers, last = name.lower().split()
    return (
        bool(qualifiers)
        and last in REGION_ADJECTIVES
        and all(q in REGION_QUALIFIERS for q in qualifiers)
    )


_NAMED_LIKE_BODIES = PROJECTILE_NOUNS - {"shell"}
"""Weapons whose acronym or capitalised noun the model may tag as a body ("IED", "VBIED"); not
"Shell", a company."""


def _weapon_name(name: str) -> bool:
    """Whether a one-word name is a weapon's ("VBIED", "IEDs")."""
    word = name.lower()
    return " " not in word and word.removesuffix("s") in _NAMED_LIKE_BODIES


_OF_HOME = re.compile(r"\s+of\s+(?:the\s+)?(?P<home>[A-Z][^,;]*)$")


def _without_home(name: str, aliases: AliasTable | None) -> str:
    """A person's name without the state or organisation the model ran into it ("[Herzog of
    Israel]" of "President Herzog of Israel" is Herzog)."""
    match = _OF_HOME.search(name)
    if match is None or not match.start():
        return name
    home = match["home"]
    if state(home, extra=aliases) or organisation(home, extra=aliases):
        return name[: match.start()]
    return name


def _known_org(canonical: str, written: str, aliases: AliasTable | None) -> Actor:
    """An organisation the alias tables know: under the name the report gives it when that is
    a proper name of it ("Daesh", "UN Security Council"), else its canonical name ("the
    alliance": NATO); its kind of actor as its role."""
    name = own_name(written, extra=aliases) or canonical
    # The canonical name stays with it as its organisation: "Daesh" is the Islamic State.
    owner = canonical if name != canonical else None
    return Actor(name, "org", category(canonical, extra=aliases), owner)


def _place_actor(name: str) -> Actor | None:
    """A capital stands for its country's government ("Ankara said"); other places for none."""
    place = lookup(name)
    if place is None or place.country is None:
        return None
    seat = capital(place.country)
    home = country(place.country)
    if seat is not None and home is not None and seat.name == place.name:
        return Actor(state(home.name) or home.name, "state", STATE_ROLE)
    return None


def _org(name: str) -> Actor | None:
    words = name.split()
    if _ACRONYM.match(name) or any(w.lower().strip(".,") in ORG_WORDS for w in words):
        return Actor(name, "org", _kind_of(name))
    if len(words) >= 2 and all(_NAME_WORD.match(w) or w.islower() for w in words):
        return Actor(name, "org", _kind_of(name))
    return None


def _kind_of(name: str) -> str | None:
    """What kind of body a name no table knows names, by its head word ("the Syrian Army":
    armed forces; "Government of Iraq": government)."""
    words = name.partition(" of ")[0].split()
    head = words[-1].lower()
    if words[-1][:1].isupper():
        for size in (3, 2, 1):  # "the Revolutionary Guard Corps", "the Vermont Air National Guard"
            if (kind := NAMED_BODY_CATEGORIES.get(" ".join(words[-size:]).lower())) is not None:
                return kind or None
    pair = " ".join(words[-2:]).lower()
    return (
        NOUN_CATEGORIES.get(pair.rstrip("s"))  # "U.S. service members"
        or NOUN_CATEGORIES.get(head)
        or NOUN_CATEGORIES.get(head.rstrip("s"))
        or NOUN_CATEGORIES.get(_singular(head))  # "gunmen"
    )


def _looks_like_name(name: str) -> bool:
    """One to :data:`MAX_NAME_WORDS` words (and a title) and no word of an organisation's name;
    particles ("bin", "Al") are not counted: "Sheikh Tamim bin Hamad Al Thani" is a name."""
    words = name.split()
    counted = [w for w in words if w.lower() not in NAME_PARTICLES]
    return 1 <= len(counted) <= MAX_NAME_WORDS + 1 and not any(
        w.lower() in ORG_WORDS for w in words
    )


def noun_actors(
    text: str,
    aliases: AliasTable | None = None,
    orgs: Sequence[str] = (),
    *,
    side: str | None = None,
) -> list[Actor]:
    """An actor named by a common noun ("Coalition military forces", "Assad's regime"), and
    the state its modifiers name ("Russian forces" → Russia too); "the training mission" of
    an article that names NATO is the NATO training mission, its "Iraq mission" the NATO
    mission in Iraq."""
    name = clean_name(text)
    if not name:
        return []
    if found := organisation(name, extra=aliases):
        return [_known_org(found, name, aliases)]
    first, _, rest = name.partition(" ")
    place = state(first, extra=aliases) if rest else None
    if place != first:
        place = None  # "Iraq mission", not "the Iraqi mission", which may be Iraq's own
    for org in orgs:
        if found := organisation(f"{org} {name}", extra=aliases):
            return [_known_org(found, found, aliases)]
        if place and (found := organisation(f"{org} {rest} in {place}", extra=aliases)):
            return [_known_org(found, found, aliases)]  # "Iraq mission": NATO's mission in Iraq
    if found := state(name, extra=aliases):
        return [Actor(found, "state", STATE_ROLE)]
    if name.lower() in ALLY_NOUNS:
        # "allies agreed to ...": the members of the alliance the article is about, as one
        alliance = next((o for o in orgs if category(o) == "alliance"), None)
        return [_known_org(alliance, alliance, aliases)] if alliance is not None else []
    owner = _owner(name, aliases)
    head = name.partition(" of ")[0].split()[-1].lower()
    if owner is not None and owner.kind == "state":
        # "Iraq's parliament" in the alias tables is the Council of Representatives
        found = organisation(head, country=owner.name, extra=aliases)
        if found:
            return [_known_org(found, found, aliases)]
    if owner is not None and owner.kind == "state" and name.startswith(owner.name + " "):
        # "Russia's forces" (its possessive cut) reads as "Russian forces"
        from storyline.events.headline import adjective

        name = adjective(owner.name) + name[len(owner.name) :]
    if owner is None and first.lower() in ALLIANCE_ADJECTIVES and _officials(name):
        # "allied defence ministers" of an article about NATO: NATO's
        alliance = next((o for o in orgs if category(o) == "alliance"), None)
        owner = _known_org(alliance, alliance, aliases) if alliance is not None else None
    if owner is None and (named := _named_owners(name, aliases)):
        kind = _kind_of(name)
        if len(named) > 1 and all(a.kind == "state" for a in named):
            # "the Governments of Chile and the Republic of Peru": each state, by its body
            return [replace(a, role=kind or a.role) for a in named]
        return [Actor(name, "org", kind, named[0].name), *named]
    actor = Actor(name, "org", _kind_of(name) or people_role(name), owner.name if owner else None)
    if owner is None and _the_police(name):
        # "the officers", "armed policemen": the police
        actor = replace(actor, name="police", role=NOUN_CATEGORIES["police"])
    if owner is None or _private(name, side):
        return [actor]  # ("Chilean fishermen" are of Chile, which takes no part)
    joined = _joined_states(name, owner, aliases)
    if joined:
        actor = replace(actor, org=None)  # "Iraqi and NATO officials" are of neither alone
    return [actor, owner, *joined]


def _private(name: str, side: str | None = None) -> bool:
    """Whether a group's head word names people who act for no state ("protesters"): when
    they act, any private people; when a deed is done to them, not those whose country it is
    done to as well ("Peruvian civilians killed")."""
    private = PRIVATE_PEOPLE if side == "target" else PRIVATE_PEOPLE | VICTIM_PEOPLE
    return any(form in private for form in head_forms(name))


POLICE_NOUNS = frozenset({"police", "officer", "policeman", "policewoman"})
"""Heads of a group that, named by no force or state, is the police ("the officers shot him")."""


POLICE_MODIFIERS = frozenset(
    {"police", "armed", "plainclothes", "plain-clothes", "uniformed", "undercover", "riot",
     "traffic", "local", "two", "three", "several", "some", "many", "other", "more"}
)  # fmt: skip
"""Words before "officers" that leave them the police ("armed plainclothes officers"); any
other word names other officers ("military", "customs", "loan", "election officers")."""


def _the_police(name: str) -> bool:
    """Whether a group named by common nouns alone is the police ("officers", "armed
    policemen"; not "military officers" or "customs officers")."""
    words = name.lower().split()
    return (
        bool(words)
        and (name[:1].lower() + name[1:]).islower()  # ("Officers" opening a sentence)
        and _singular(words[-1].removesuffix("s")) in POLICE_NOUNS
        and set(words[:-1]) <= POLICE_MODIFIERS
    )


def people_role(name: str) -> str | None:
    """What a group of private people is, by its head word as the text writes it ("Peruvian
    refugees": refugees; "the families of the victims": families); None for other nouns."""
    words = name.partition(" of ")[0].split()
    if not words or not words[-1].islower():
        return None
    head = words[-1]
    people = PRIVATE_PEOPLE | VICTIM_PEOPLE
    return head if any(f in people for f in head_forms(name.lower())) else None


def head_forms(name: str) -> tuple[str, ...]:
    """The forms of a group's head word, and of its last two words ("suicide bombers")."""
    words = name.partition(" of ")[0].lower().split()
    if not words:
        return ()
    pair = (f"{words[-2]} {w}" for w in _forms(words[-1])) if len(words) > 1 else ()
    return (*_forms(words[-1]), *pair)


def _forms(head: str) -> tuple[str, ...]:
    """A plural head word and the singulars it may be of ("families": family)."""
    return head, head.removesuffix("s"), head.removesuffix("es"), _singular(head)


def _singular(word: str) -> str:
    """A plural's singular for the forms the people nouns take ("fishermen", "families")."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    return "child" if word == "children" else word


def _joined_states(name: str, owner: Actor, aliases: AliasTable | None) -> list[Actor]:
    """The other states and organisations of modifiers joined by "and" or commas ("Polish,
    Czech and Slovak ministers": Czechia and Slovakia as well as Poland; "Iraqi and NATO
    officials": NATO as well as Iraq)."""
    before = name.partition(" of ")[0].replace("-", " ")
    words = [w.strip(",") for w in before.split()[:-1]]
    if owner.kind != "state" or not ("and" in words or "," in before):
        return []
    found: list[Actor] = []
    for word in words:
        known = state(word, extra=aliases)
        if known and known != owner.name and known not in {a.name for a in found}:
            found.append(Actor(known, "state", STATE_ROLE))
            continue
        body = organisation(word, extra=aliases) if known is None and word[:1].isupper() else None
        if body is not None and body not in {a.name for a in found}:
            found.append(_known_org(body, word, aliases))
    return found


_AND = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _officials(name: str) -> bool:
    """Whether a noun's head names officials ("allied defence ministers"), not forces or
    groups ("allied militias", whose allies the text says elsewhere)."""
    return name.split()[-1].lower().rstrip("s") in OFFICIAL_NOUNS


def _named_owners(name: str, aliases: AliasTable | None) -> list[Actor]:
    """Bodies no table knows that an actor noun's "of" names in capitals ("commanders of
    the Kataib Hezbollah militia"), each taking part too, as what it is by its last word;
    states joined by "and" each ("Governments of Chile and the Republic of Peru")."""
    head, _, owners = name.partition(" of ")
    found = []
    for part in _AND.split(owners):
        part = _LEADING.sub("", part.strip())
        words = part.split()
        if len(words) == 1 and words[0].lower() in ORG_WORDS:
            return []  # "of the Organization [for Security ...]": a name cut short
        if not words or not all(w[:1].isupper() for w in words[:-1]):
            return []  # "Organization for Security": a name the "and" cut in two
        if not words[-1][:1].isupper() and words[-1].lower() not in ORG_WORDS | set(
            NOUN_CATEGORIES
        ):
            return []  # "the Alder Brigades militia" ends in a body's word, nothing else
        if known := state(part, extra=aliases):
            found.append(Actor(known, "state", STATE_ROLE))
        elif lookup(part) is not None:
            return []  # "residents of New York": a place, not a body
        elif (body := _org(part)) is not None:
            found.append(body)
        else:
            return []
    plural = head.split()[-1].lower().endswith("s") if head.split() else False
    if head[:1].isupper() and not plural and not all(a.kind == "state" for a in found):
        return []  # "Government of National Accord": one name, not a body of another
    return found


def _owner(name: str, aliases: AliasTable | None) -> Actor | None:
    """The state or organisation a modifier of an actor noun names ("Russian" forces, "U.S."
    troops, "NATO" defence ministers, officials "of the alliance")."""
    head, _, owner = name.partition(" of ")
    if owner:
        if found := state(owner, extra=aliases):
            return Actor(found, "state", STATE_ROLE)
        if found := organisation(owner, extra=aliases):
            return _known_org(found, owner, aliases)
    words = head.replace("-", " ").split()[:-1]
    for size in range(min(len(words), MAX_OWNER_WORDS), 1, -1):
        # "European Community foreign ministers", "Arab League envoys": a name of several words
        for first in range(len(words) - size + 1):
            run = words[first : first + size]
            if not all(w[:1].isupper() for w in run):
                continue
            name = " ".join(run)
            if found := state(name, extra=aliases):
                return Actor(found, "state", STATE_ROLE)
            if found := organisation(name, extra=aliases):
                return _known_org(found, name, aliases)
    for word in words:  # after the longer names: "Kataib Hezbollah" is not Hezbollah
        if found := state(word, extra=aliases):
            return Actor(found, "state", STATE_ROLE)
        if word[:1].isupper() and (found := organisation(word, extra=aliases)):
            return _known_org(found, word, aliases)
    return None


def office_holder(title: str, memory: Memory) -> Actor | None:
    """The person the article names with the office ``title`` names ("the Foreign
    Secretary"), or with the one office it names whose title ends in its word ("the
    Secretary", "the minister")."""
    words = clean_name(title)
    if not words:
        return None
    key = role_key(words)
    owner = _owner_named(words)
    if key in memory.offices:
        return _of_owner(memory.offices[key], owner)
    last = _office_head(key)
    matching = [a for k, a in memory.offices.items() if _office_head(k) == last]
    return _of_owner(matching[0], owner) if len(matching) == 1 else None


def _owner_named(title: str) -> str | None:
    """The state or body a title names as the office's ("Chile's foreign minister": Chile)."""
    return next((f.org for f in find_roles(title, []) if f.org), None)


def _office_head(key: str) -> str:
    """The word an office is named by for short: the last word, or the one before "of"
    ("foreign minister" and "minister of defence": minister; "secretary of state"), or
    the one before a describing "general" ("secretary general": secretary)."""
    head, _, _ = key.partition(" of ")
    words = head.split()
    if len(words) > 1 and words[-1] == "general" and words[-2] in GENERAL_OFFICE_HEADS:
        return words[-2]
    return words[-1] if words else key


def _of_owner(actor: Actor, owner: str | None) -> Actor | None:
    """``actor`` when the office asked for names no owner, or the one the article says
    ``actor`` holds it in: "Chile's foreign minister" is neither Iraq's nor a foreign minister
    named with no state, who might as well be Peru's (the state then stands for its office,
    or the tenure table names its holder)."""
    return actor if owner is None or actor.org == owner else None


def people_keys(names: Iterable[str]) -> set[str]:
    """Person keys of names the article gives as people."""
    return {key for name in names if (key := person_key(name))}
