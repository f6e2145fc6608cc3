"""A headline for an event, in good English, from its fields: who did what to whom, where.

"NATO Secretary General Mark Rutte met Iraqi Prime Minister Mohammed Shia' al-Sudani in
Baghdad". Each type of the registry says how it reads with someone on the other side
(``verb``), with no one there (``alone``), and with only the side it was done to
(``passive``); people are named with their office and its country or organisation, and an
organisation already named in a person's office is not named again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from storyline.actors.names import part_of, takes_article
from storyline.events.lexicon import STATE_ROLE, SYMMETRIC_FAMILIES
from storyline.events.registry import EventType
from storyline.lang.en.lexicon import FORCE_NOUNS, UNIT_NUMBER
from storyline.lang.en.titles import ORG_HEADS
from storyline.places import lookup
from storyline.records import Actor, Place
from storyline.wording import indefinite, infinitive

MAX_NAMED = 3
"""People and organisations named per side; more read as a list, not a headline."""
ADJECTIVES = {
    "United States": "U.S.",
    "United Kingdom": "British",
    "European Union": "EU",
    "United Nations": "UN",
}
"""Adjectives that read better than the demonym in an office ("U.S. Secretary of State")."""


def headline(
    event_type: EventType | None,
    actors: Sequence[Actor],
    place: Place | None,
    decided: bool = False,
    promised: EventType | None = None,
) -> str:
    """The event's headline (no full stop); an event of no known type reads "X took part".
    A ``decided`` happening, announced but not yet done, reads as the announcement: "Chile
    announced plans to impose sanctions on Peru", "Peru was to be sanctioned". A promise or
    a threat names what was ``promised``: "Peru pledged to withdraw from Chile"."""
    sources = [a for a in actors if a.side == "source"]
    targets = [a for a in actors if a.side == "target"]
    others = [a for a in actors if a.side is None]
    units: list[Actor] = []
    if event_type is not None and event_type.unit:
        # "handed over command of NATO Mission Iraq to X": the body commanded is no recipient,
        # and the organisations it belongs to hand nothing over
        units = [a for a in targets if a.kind == "org"]
        targets = [a for a in targets if a.kind != "org"]
        others = []
    symmetric = event_type is not None and event_type.family in SYMMETRIC_FAMILIES
    if symmetric and not sources and targets:
        others = []  # "the dialogue, chaired by A and B; C took part too": A and B met
    if (not sources and not targets) or (not sources and others):
        sources = others
    people = [a for a in targets if a.kind == "person"]
    if (
        symmetric
        and event_type is not None
        and event_type.mode != "visit"  # a visit has a guest and a host: its sides stay
        and len(people) >= 2
        and sources
        and not any(a.kind == "person" for a in sources)
    ):
        # "Iraq and NATO held talks, with al-Araji leading ... and Goffus heading ...": the
        # people who met, not the bodies they spoke for
        sources, targets = people[:1], people[1:]
    shown_sources, shown_targets = _shown(sources), _shown(targets, also=sources)
    if event_type is not None and event_type.members:
        # "killed members of the PKK": a body loses people, it is not killed
        named = [a for a in targets if a.kind == "org" and not a.name.split()[-1].islower()]
        bodies = set(_shown(named, also=sources))  # not "soldiers", people already
        shown_targets = [f"members of {t}" if t in bodies else t for t in shown_targets]
        states = set(_shown([a for a in targets if a.kind == "state"], also=sources))
        if any(t not in states for t in shown_targets):
            # "civilians were killed in Mogadishu", not "civilians and Somalia": the state is
            # whose they were
            shown_targets = [t for t in shown_targets if t not in states]
    if symmetric and not shown_targets:
        shown_sources, shown_targets = shown_sources[:1], shown_sources[1:]
    text = _sentence(event_type, shown_sources, shown_targets)
    if promised is not None and event_type is not None and shown_sources:
        text = _promise(text, event_type, promised, shown_sources, shown_targets)
    if event_type is not None and event_type.moves_forces and sources and shown_targets:
        verb = event_type.verb
        if all(a.kind == "org" and (a.role or "") in ENEMY_ROLES for a in targets):
            # "deployed to join the fight against ISIL": forces sent against a group, not to it
            text = text.replace(f" {verb} ", f" {verb.rsplit(' ', 1)[0]} against ", 1)
        elif " " in event_type.alone and any(
            _forces(a) for a in sources if a.kind != "person" and label_of(a) in shown_sources
        ):
            # "Chilean troops deployed to Peru", not "deployed forces to Peru": they are the
            # forces ("Peru deployed forces to Chile")
            moved_thing = event_type.alone.split(" ", 1)[1]
            text = text.replace(f" {verb} ", f" {verb.replace(f' {moved_thing}', '', 1)} ", 1)
    if (
        event_type is not None
        and event_type.moves_forces
        and sources
        and not shown_targets
        and any(a.kind != "person" and label_of(a) in shown_sources for a in sources)
        and all(_forces(a) for a in sources if a.kind != "person" and label_of(a) in shown_sources)
    ):
        # "Government forces deployed", not "Government forces deployed forces"; nor with the
        # commander who went with them, or their state beside them ("Chilean soldiers")
        text = text.replace(f" {event_type.alone}", f" {event_type.alone.split()[0]}", 1)
        moved = True
    else:
        moved = False
    shown_units = _shown(units, also=[*sources, *targets])
    if event_type is not None and event_type.unit and shown_units:
        word = re.compile(rf"\b{re.escape(event_type.unit)}\b")
        text = word.sub(lambda m: f"{m[0]} of {_join(shown_units)}", text, count=1)
    if decided and event_type is not None:
        text = _announced(text, event_type, shown_sources, shown_targets)
    if place is not None and place.name.lower() not in text.lower():
        alone = moved or (event_type is not None and text.endswith(f" {event_type.alone}"))
        # "made a visit to Davos", but "visited the minister in Davos"
        at = event_type.place_prep if alone and event_type is not None else "in"
        the = "the " if ARTICLE_PLACES.search(place.name) else ""
        text += f" {at} {the}{place.name}"
    return text[:1].upper() + text[1:]  # "coalition forces struck ..." starts a sentence


def _sentence(event_type: EventType | None, sources: list[str], targets: list[str]) -> str:
    if event_type is None:
        return f"{_join(sources + targets) or 'Someone'} took part"
    if sources and targets:
        return f"{_join(sources)} {event_type.verb} {_join(targets)}"
    if sources:
        return f"{_join(sources)} {_plural(event_type.alone, sources)}"
    if targets and event_type.passive:
        return f"{_join(targets)} {_plural(event_type.passive, targets)}"
    if targets:
        return f"Someone {event_type.verb} {_join(targets)}"
    phrase = indefinite(event_type.noun)
    return f"{phrase[:1].upper()}{phrase[1:]} was reported"


def _promise(
    text: str, event_type: EventType, promised: EventType, sources: list[str], targets: list[str]
) -> str:
    """A promise's or a threat's headline (``text``) naming what was promised: "Peru made a
    pledge to Chile" -> "Peru pledged to withdraw from Chile"; "Chile threatened Peru" ->
    "Chile threatened to impose sanctions on Peru". Left as it is where the type says no
    promise, or the happening promised is no happening of this type's promises."""
    if event_type.promise is None or promised.intent != event_type.name:
        return text
    what = f"{promised.verb} {_join(targets)}" if targets else promised.alone
    return f"{_join(sources)} {event_type.promise} {infinitive(what)}"


def _announced(text: str, event_type: EventType, sources: list[str], targets: list[str]) -> str:
    """A headline told as done (``text``) told as announced instead: "Chile imposed sanctions
    on Peru" -> "Chile announced plans to impose sanctions on Peru"; "Peru was sanctioned" ->
    "Peru was to be sanctioned"; "A sanction was reported" -> "A sanction was announced"."""
    if sources or (targets and not event_type.passive):
        lead = _join(sources) if sources else "Someone"
        if text.startswith(f"{lead} "):
            return f"{lead} announced plans to {infinitive(text[len(lead) + 1 :])}"
    elif targets:
        lead = _join(targets)
        if text.startswith(f"{lead} "):
            return f"{lead} {_plural('was to ' + infinitive(text[len(lead) + 1 :]), targets)}"
    elif text.endswith(" was reported"):
        return text.removesuffix(" was reported") + " was announced"
    return text


COLLECTIVE_NOUNS = frozenset(
    {"personnel", "police", "people", "staff", "clergy", "men", "women", "children", "gunmen",
     "policemen", "servicemen", "militiamen", "tribesmen", "firemen", "fishermen",
     "businessmen", "congressmen", "policewomen", "servicewomen"}
)  # fmt: skip
"""Nouns plural without an "s" ("U.S. military personnel were attacked")."""


def _plural(passive: str, targets: Sequence[str]) -> str:
    """ "was attacked" for one target, "were attacked" for several or for a plural noun
    ("soldiers", "protesters")."""
    if not passive.startswith("was "):
        return passive
    head = targets[-1].partition(" of ")[0].split()  # "commanders of the militia"
    last = head[-1] if head else ""
    many = (
        len(targets) > 1
        or (
            last.islower()
            and (last in COLLECTIVE_NOUNS or (last.endswith("s") and not last.endswith("ss")))
        )
        or (len(head) == 1 and _plural_name(last))
    )
    return "were " + passive[len("was ") :] if many else passive


def _plural_name(word: str) -> bool:
    """Whether a name standing alone is a people's or a movement's plural ("Houthis",
    "Iraqis"): a word in "-is", and no place of that name ("Paris", "Tunis")."""
    return (
        word[:1].isupper()
        and len(word) > 4
        and word.endswith("is")
        and word[-3:-2].islower()
        and lookup(word) is None
    )


def _shown(actors: Sequence[Actor], also: Sequence[Actor] = ()) -> list[str]:
    """Labels of the actors worth naming: an organisation or state already in someone's
    office ("NATO" beside "NATO Secretary General Mark Rutte") is left out."""
    offices = {a.org for a in [*actors, *also] if a.kind == "person" and a.org}
    # "NATO" beside "NATO Mission Iraq Commander X": the body his office belongs to
    offices |= {parent for o in list(offices) if (parent := part_of(o)) is not None}
    named = {a.name for a in also}
    labels = []
    for actor in actors:
        if actor.kind != "person" and (actor.name in offices or actor.name in named):
            continue
        if actor.kind != "person" and any(a.org == actor.name for a in actors if a is not actor):
            continue
        if actor.kind != "person" and any(
            a is not actor
            and a.kind == "org"
            and {adjective(actor.name), actor.name} & set(a.name.split())
            for a in actors
        ):
            continue  # Latvia beside "Estonian and Latvian ministers", NATO beside "Iraqi
            # and NATO officials"
        label = label_of(actor)
        if label not in labels:
            labels.append(label)
    return labels[:MAX_NAMED]


def label_of(actor: Actor) -> str:
    """A person with their office and its country or organisation ("Iraqi Prime Minister
    Mohammed Shia' al-Sudani"); a state by the office it is there by ("the Chilean Foreign
    Minister": its holder not named); others by name."""
    if actor.kind == "state" and actor.role and actor.role != STATE_ROLE and _title(actor.role):
        owner = adjective(actor.name)
        return (
            f"the {owner} {actor.role}"
            if owner != actor.name
            else f"the {actor.role} of {actor.name}"
        )
    if actor.kind != "person" and _common_singular(actor.name):
        return f"the {actor.name}"  # "opened an investigation into the firm"
    if actor.kind == "state" and ARTICLE_STATES.search(actor.name):
        return f"the {actor.name}"  # "the United States", "the Netherlands"
    if actor.kind == "org" and _body_with_article(actor.name):
        return f"the {actor.name}"  # "the European Union", "the Council of Representatives"
    if actor.kind == "org" and _acronym_of_body(actor):
        return f"the {actor.name}"  # "the UN", "the SDF": short for a name written with "the"
    if (
        actor.kind == "org"
        and takes_article(actor.org or actor.name)
        and not actor.name.replace(".", "").isupper()
    ):
        return f"the {actor.name}"  # "the Taliban", "the Islamic State" (but "ISIL")
    if actor.kind != "person" or not actor.role or not _title(actor.role):
        return actor.name  # a description ("journalist", "fiancée of X") reads badly before a name
    if (body := _body_of_title(actor)) is not None:
        # "President of the Chilean Senate": "Chilean Senate President Maria Lopez", not the
        # state's ("Chilean President")
        return f"{body} {actor.role} {actor.name}"
    if actor.role.lower() in OF_ROLES and not actor.org:
        return actor.name  # "Head" of a body no table knows says nothing before a name
    owner = adjective(actor.org) if actor.org else ""
    role = actor.role
    if owner and owner.lower() not in role.lower():
        role = f"{owner} {role}"
    return f"{role} {actor.name}"


TITLE_OF_BODY = re.compile(r"^(?P<role>.+?)\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)$")
"""A title written with the body it is held in ("President of the Lima Bar Association")."""
TITLE_BODY_WORDS = frozenset(
    {"senate", "association", "chamber", "congress", "foundation", "university", "club",
     "society", "academy", "bureau", "tribunal", "legislature", "cabinet", "house"}
)  # fmt: skip
"""Words of bodies an office is held in, besides :data:`BODY_WORDS` ("the Chilean Senate")."""


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "to", "in", "on", "at", "de"})
"""Lower-case words a body's name may hold ("Direct to Consumer and International")."""


def _body_of_title(actor: Actor) -> str | None:
    """The body a person's title names after "of", when it is a body and not a state ("the
    Chilean Senate" of "President of the Chilean Senate"; none for "President of Chile",
    whose state the role's adjective says)."""
    if actor.title is None or actor.role is None:
        return None
    found = TITLE_OF_BODY.match(" ".join(actor.title.split()))
    if found is None or found["role"].lower() != actor.role.lower():
        return None
    body = found["body"]
    if any(w.islower() and w not in _SMALL_WORDS for w in body.split()):
        return None  # "the Andean Pact mission in Peru" names the body in part, not by name
    words = {w.lower().strip(",.'’") for w in body.split() if w[:1].isupper()}
    if not words & (BODY_WORDS | TITLE_BODY_WORDS) or lookup(body) is not None:
        return None
    return body


ENEMY_ROLES = frozenset({"terrorist group", "pirates"})
"""Roles of bodies that forces are sent against, not to ("deployed forces against ISIL")."""

OF_ROLES = frozenset({"head", "chair"})
"""Offices that are nothing without their body ("head of the IAEA")."""


ARTICLE_PLACES = re.compile(
    r"^(?:Gulf|Strait|Bay|Sea|Horn|Isle)\s+of\b"
    r"|\b(?:Sea|Ocean|Gulf|Strait|Strip|Bank|Mountains|Islands|Canal|Peninsula)$"
)
"""Names of places English writes with "the" ("the Gulf of Aden", "the Red Sea", "the Gaza
Strip", "the West Bank")."""


ARTICLE_STATES = re.compile(
    r"^(?:United|Republic|Kingdom|Democratic|Federated|Holy|Central\s+African|Dominican\s+Republic"
    r"|Czech\s+Republic|State\s+of)\b"
    r"|\b(?:Islands|Netherlands|Philippines|Bahamas|Gambia|Maldives|Emirates|Comoros"
    r"|Seychelles)$"
)
"""Names of states English writes with "the" ("the United States", "the Netherlands")."""


BODY_WORDS = (ORG_HEADS - {"bank"}) | {
    "mission", "nations", "service", "board", "administration", "panel", "government",
    "secretariat", "presidency", "force", "guard", "group", "wing", "squadron", "brigade",
    "division", "regiment", "battalion", "corps", "fleet", "navy",
}  # fmt: skip
"""Words a body's name holds when English writes it with "the" ("the European Union", "the
United Nations Security Council", "the NATO Training Mission"): not a single name ("Hamas",
"NATO")."""


def _body_with_article(name: str) -> bool:
    words = name.split()
    if len(words) < 2 or words[0].lower() == "the" or not name[:1].isupper():
        return False
    if "'s" in name or "’s" in name:
        return False  # "Russia's Defence Ministry": its owner's name stands for "the"
    if words[-1][:1].islower():
        return False  # a description ("Coalition military forces"), not a name
    # the body's word capitalised, as in a name ("Syrian Democratic Forces"), not a
    # description ("Russian forces attacked ...")
    return any(w[:1].isupper() and w.lower().strip(",.'’") in BODY_WORDS for w in words)


def _acronym_of_body(actor: Actor) -> bool:
    """An acronym that stands for a body English writes with "the" ("UN" for the United
    Nations), as the alias tables give its full name."""
    name = actor.name.replace(".", "")
    return (
        name.isalpha()
        and name.isupper()
        and len(name) <= 6
        and actor.org is not None
        and actor.org != actor.name
        and _body_with_article(actor.org)
    )


def _forces(actor: Actor) -> bool:
    """A body that is itself forces ("government forces", "the 3rd Brigade")."""
    words = actor.name.lower().split()
    return actor.kind != "person" and bool(words) and words[-1].rstrip("s") in FORCE_NOUNS


def _common_singular(name: str) -> bool:
    """A body called by a common noun in the singular ("firm", "government", "court", "Iraqi
    government"), not a name nor a plural ("civilians", "police")."""
    head = name.partition(" of ")[0].split()  # "commanders of the militia"
    last = head[-1] if head else ""
    first = name.split()[0].lower() if name.split() else ""
    return (
        last[:1].islower()
        and first not in ("al", "el", "the", "a", "an")  # "al Qaeda", "the government"
        and last.isalpha()
        and last not in COLLECTIVE_NOUNS
        and not (last.endswith("s") and not last.endswith("ss"))
    )


TITLE_SMALL_WORDS = frozenset({"of", "for", "the", "and", "to", "in", "on"})


def _title(role: str) -> bool:
    """An office written as a title ("Secretary of State"), not a description in lower case."""
    return all(
        w[:1].isupper() or w in TITLE_SMALL_WORDS or UNIT_NUMBER.fullmatch(w) for w in role.split()
    )  # "507th Maintenance Group Commander" too


def adjective(name: str) -> str:
    """The word that says whose an office is: "Iraqi", "U.S.", "NATO"."""
    if name in ADJECTIVES:
        return ADJECTIVES[name]
    return _demonyms().get(name, name)


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    from storyline.actors import state
    from storyline.actors.names import bundled_aliases
    from storyline.lang.en.places import DEMONYMS

    found: dict[str, str] = {}
    for word, _ in DEMONYMS:
        country = state(word)
        if country and country not in found and word[:1].isupper() and "." not in word:
            found[country] = word
    for row in bundled_aliases().entries:
        if row.kind != "state" or row.name in found:
            continue
        # the table's first name of a state that reads as an adjective ("Peruvian")
        adjective = next((a for a in row.aliases if _DEMONYM_END.search(a) and "." not in a), None)
        if adjective is not None and state(adjective) == row.name:
            found[row.name] = adjective
    return found


_DEMONYM_END = re.compile(r"(?:an|ese|i|ish|ic|ch|ss|ot|ek|ene|ine|que|er|ois|ak|en|ho|zi|ar|pe)$")
"""How a state's adjective ends, so that "Türkiye" or "Czech Republic" are not taken for one."""


def _join(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
