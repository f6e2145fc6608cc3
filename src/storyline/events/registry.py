"""The event types storyline reads, as data: one registry, loaded from ``data/types.toml``.

Each :class:`EventType` holds its PLOVER type and mode, the family it merges with, how its
headline reads, and its :class:`Trigger` patterns (verbs and nouns narrowed by their object,
preposition, particle or modifier). :meth:`Registry.candidates` indexes the patterns by lemma so
a document is matched in one pass over its tokens, whatever the number of types.

The types are language-neutral; the patterns and example sentences are the English profile's
(``storyline/lang/en/data/triggers.toml``, one ``[[trigger]]`` per type), read here with the
types, as Arabic's are read by :mod:`storyline.lang.ar.triggers`. Adding a type is one
``[[type]]`` entry and its English ``[[trigger]]`` with at least one example sentence; the
registry test reads every entry against the PLOVER codebook and runs its examples.
:attr:`Registry.fingerprint` hashes both files, so a change to either makes stored articles be
read again.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal

from storyline.records import Actor

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
"""The sixteen event types of the PLOVER codebook (draft 0.8, 2021)."""

Pos = Literal["VERB", "NOUN", "ADJ"]
Side = Literal["source", "target"]
ObjectKind = Literal["actor", "official", "thing", "place", "price"]
SubjectKind = Literal[
    "person", "force", "weapon", "projectile", "hazard", "vehicle", "several", "listed", "body",
    "state", "legislature", "armed", "measure",
]  # fmt: skip

DATA_FILE = "data/types.toml"
"""The types, in package ``storyline.events``."""

TRIGGERS_PACKAGE = "storyline.lang.en"
TRIGGERS_FILE = "data/triggers.toml"
"""The English patterns and examples of the types, in the English profile's package."""


@dataclass(frozen=True)
class Trigger:
    """One pattern that states a happening of a type: a verb or noun lemma and its conditions.

    ``light``: a noun that states the happening only when a verb carries it ("made a
    request"), never alone. ``reject``: a pattern that, when it matches, keeps the word from
    being a trigger of this type at all ("press conference" is not a meeting).
    """

    lemma: str
    pos: Pos
    objects: frozenset[str] = frozenset()
    object_heads: frozenset[str] = frozenset()
    """Lemmas one of which must be the head of the verb's direct object itself, not a word
    modifying it ("met resistance", not "met resistance leaders")."""
    preps: frozenset[str] = frozenset()
    prep_objects: frozenset[str] = frozenset()
    particle: str | None = None
    compounds: frozenset[str] = frozenset()
    with_of: frozenset[str] = frozenset()
    needs_object: bool = False
    needs_clause: bool = False
    """The verb must have a clause of what it says ("recommended that the troops withdraw";
    "recommended the restaurant" is no request)."""
    present: bool = False
    subject: Side = "source"
    object_kind: ObjectKind | None = None
    prep_object_kind: ObjectKind | None = None
    """What the object of the pattern's preposition must name ("attributed the attack to the
    rebels": an actor; "attributed the rise to the bank's cut" is no accusation)."""
    subject_kind: SubjectKind | None = None
    light: bool = False
    reject: bool = False
    naming: bool = False
    """The verb names its object as something ("called the strikes a breach"): an object
    predicate follows the object."""
    judged: frozenset[str] = frozenset()
    """Words one of which must be what the verb calls its object, or describe it ("called
    the launch barbaric", "called the strike a dangerous escalation", "described the raid as
    a crime")."""
    clause_verbs: frozenset[str] = frozenset()
    """Verbs one of which must head the verb's clause: "invited X to visit Baghdad" is an
    invitation, "invited X to expand its mission" a request; or the noun's infinitive:
    "operations to retake the city" are an offensive."""
    clause_aux: frozenset[str] = frozenset()
    """Auxiliaries one of which the verb's that-clause must carry: "said that Iran must
    stop" states a demand, "said that Iran stopped" none."""
    experiencer: bool = False
    """The verb's subject is who feels it ("I am shocked by reports that X killed ..."): on
    the source side even in the passive, and what caused it ("by", "at", "over") on the
    target side."""
    harm: bool = False
    """What the feeling's "by", "at" or "over" names must be harm done (an attack, or a
    report whose clause tells one), not only a word of ``prep_objects``."""
    scored: bool = False
    """The verb's clause gives a game's score ("beat Peru 3-1"): a match was played."""

    @property
    def specificity(self) -> int:
        """How narrow the pattern is: narrower patterns are tried first. A particle makes
        another verb ("called out Israel" is no phone call to Israel), so it outweighs any
        condition on the bare verb's object."""
        return PARTICLE_WEIGHT * bool(self.particle) + sum(
            bool(x)
            for x in (
                self.objects,
                self.object_heads,
                self.preps,
                self.prep_objects,
                self.compounds,
                self.with_of,
                self.object_kind,
                self.prep_object_kind,
                self.subject_kind,
                self.needs_object,
                self.needs_clause,
                self.naming,
                self.judged,
                self.clause_verbs,
                self.clause_aux,
                self.scored,
            )
        )


PARTICLE_WEIGHT = 3
"""What a particle counts for in :attr:`Trigger.specificity`: more than the two conditions a
bare verb's pattern may put on its object (``needs_object`` and ``object_kind``)."""


@dataclass(frozen=True)
class Example:
    """A sentence written for the tests, with the names expected on each side."""

    text: str
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventType:
    """One kind of happening: its PLOVER coding, family, headline forms and triggers."""

    name: str
    plover: str | None
    mode: str | None
    family: str
    verb: str
    alone: str
    passive: str | None
    future: str | None
    of_side: Side
    possessor: Side
    """The side a trigger noun's possessor is on: "Russia's attack" (source), "Khashoggi's
    murder" (target)."""
    triggers: tuple[Trigger, ...]
    examples: tuple[Example, ...] = ()
    noun: str = ""
    """The happening as a noun, for a headline that names no one ("A meeting was reported");
    the type's name when it is one (attack, visit)."""
    moves_forces: bool = False
    """Whether the forces the verb takes as object are what the source moves, not whom the
    happening is done to: "deployed soldiers to Estonia", "withdrew its troops"."""
    gives_object: bool = False
    """Whether the verb's object is the thing given, no one's part ("handed over the K1 base
    to the army": the base, and "K1" is no one): whom it went to is the target."""
    clause_target: bool = False
    """Whether the subject of a that-clause of the verb is who the happening is addressed
    to: "demanded that the United States act" (the United States is the target)."""
    place_prep: str = "in"
    """The preposition of the place after the ``alone`` form ("made a visit to Davos")."""
    unit: str | None = None
    """The word of the headline forms that an organisation on the target side is "of":
    "command" reads "handed over command of NATO Mission Iraq to X" (the body commanded is
    what changed hands, not who received it)."""
    members: bool = False
    """Its target side are people: a body named there lost members of its own, and its
    headline says so ("killed members of the PKK", not "killed the PKK")."""
    intent: str | None = None
    """The type a promised, offered or intended happening of this type becomes, where PLOVER
    codes the intention ("will provide aid" is AGREE, "would impose a curfew" THREATEN, "is
    willing to withdraw" CONCEDE); a plan of a type with a ``future`` becomes that instead."""
    promise: str | None = None
    """How a headline says a promise of a happening of a known type, before that type's verb
    in its plain form ("pledged to": "Peru pledged to withdraw from Chile"), on a type others
    name as their :attr:`intent`."""
    remote: bool = False
    """Held at a distance (by phone, by video): at no place, and never one happening with a
    gathering held in person."""
    elsewhere: bool = False
    """Whether the places its sentence names are where it points, not where it happened ("invited
    al-Sudani to the summit in Brussels"): it takes the place of the happening it belongs to."""
    own: str | None = None
    """The type a happening of this type becomes when everyone on its other side is the
    source's own ("visited U.S. troops", said of a U.S. secretary): a visit to one's own
    forces is a tour, which PLOVER does not code as a consultation between two actors."""
    fallback: bool = False
    """A type no trigger states: what the reader falls back on (a statement, an article's
    lead when nothing in it is coded)."""
    source_part: str | None = None
    """What the source side's part in the happening is called ("attacker", "provider"),
    where the type names one: participants are shown with it."""
    target_part: str | None = None
    """What the target side's part is called ("target", "recipient", "accused")."""
    attempt: str | None = None
    """The type an attempt at this happening is ("tried to assassinate the governor", "an
    attempt to kill him was foiled": an attack), as PLOVER codes attempted violence; with
    none, an attempt is nothing yet (a meeting tried for is no meeting)."""
    claimed: str | None = None
    """The type a happening of this type is when someone claims responsibility for it ("the
    Front claimed responsibility for the explosion": an attack); with none, a claim
    changes nothing."""
    reversal: str | None = None
    """The type a happening of this type becomes when its doer ends it ("ended military aid
    to Peru" cuts aid, "stopped its attacks" halts hostilities, "will lift its sanctions"
    eases them), as PLOVER codes the undoing; with none, a happening its doer stops doing
    ("stopped arresting fishermen") is no happening told."""

    ends: Side | None = None
    """The side whose office the happening ends ("stepped down": the source; "was dismissed",
    "was killed": the target): their office is the one held the day before, since the table
    ends a holding on the day it stopped."""
    office: str | None = None
    """The office the happening hands from a person on its source side to one on its target
    side, of the body on its target side ("took command of the mission": its Commander): a
    person on either side whom the text gives no office, or only a rank, holds it."""

    def part(self, side: Side | None) -> str | None:
        """What a participant on ``side`` is in a happening of this type, if the type says."""
        if side == "source":
            return self.source_part
        return self.target_part if side == "target" else None

    def with_parts(self, actors: Iterable[Actor]) -> tuple[Actor, ...]:
        """``actors`` each with its part in a happening of this type (none where the type
        names none for its side)."""
        return tuple(replace(a, part=self.part(a.side)) for a in actors)

    @property
    def coded(self) -> bool:
        """Whether PLOVER codes this type (votes, appointments, announcements it does not)."""
        return self.plover is not None


@dataclass(frozen=True)
class Registry:
    """Every event type, with their triggers indexed by (lemma, part of speech)."""

    types: tuple[EventType, ...]
    fingerprint: str
    _index: Mapping[tuple[str, Pos], tuple[tuple[EventType, Trigger], ...]] = field(
        default_factory=dict, repr=False
    )

    def __post_init__(self) -> None:
        index: dict[tuple[str, Pos], list[tuple[EventType, Trigger]]] = {}
        for event_type in self.types:
            for trigger in event_type.triggers:
                index.setdefault((trigger.lemma, trigger.pos), []).append((event_type, trigger))
        ordered = {
            key: tuple(sorted(found, key=lambda pair: -pair[1].specificity))
            for key, found in index.items()
        }
        object.__setattr__(self, "_index", MappingProxyType(ordered))

    def candidates(self, lemma: str, pos: Pos) -> tuple[tuple[EventType, Trigger], ...]:
        """The (type, trigger) pairs a word may state, narrowest first."""
        return self._index.get((lemma, pos), ())

    def get(self, name: str) -> EventType:
        """The type called ``name``; KeyError when there is none."""
        for event_type in self.types:
            if event_type.name == name:
                return event_type
        raise KeyError(name)

    @property
    def lemmas(self) -> frozenset[tuple[str, Pos]]:
        """Every (lemma, part of speech) some trigger starts from."""
        return frozenset(self._index)


def parse_registry(
    data: Mapping[str, Any], triggers: Mapping[str, Any] | None = None, fingerprint: str = ""
) -> Registry:
    """A registry from the parsed types (``{"type": [...]}``) and the parsed English patterns
    (``{"trigger": [...]}``); raises ValueError on bad entries.

    ``fingerprint`` names this content (the bundled files' hash); without one, a hash of the
    parsed data stands for it."""
    english = triggers or {}
    if not fingerprint:
        canonical = json.dumps([data, english], sort_keys=True, default=str).encode("utf-8")
        fingerprint = hashlib.sha256(canonical).hexdigest()[:12]
    entries = list(data.get("type", []))
    names = [str(entry["name"]) for entry in entries]
    if len(set(names)) != len(names):
        raise ValueError(f"event type names repeat: {names}")
    wording = _wording(english, names)
    types = tuple(_event_type(entry, wording.get(str(entry["name"]), {})) for entry in entries)
    for event_type in types:
        for later in (
            event_type.future,
            event_type.intent,
            event_type.own,
            event_type.attempt,
            event_type.claimed,
            event_type.reversal,
        ):
            if later is not None and later not in names:
                raise ValueError(f"{event_type.name}: type {later!r} it names is unknown")
    return Registry(types, fingerprint)


@lru_cache(maxsize=1)
def registry() -> Registry:
    """The bundled registry (``events/data/types.toml`` with the English patterns of
    ``lang/en/data/triggers.toml``), read once per process."""
    types = resources.files("storyline.events").joinpath(DATA_FILE).read_bytes()
    english = resources.files(TRIGGERS_PACKAGE).joinpath(TRIGGERS_FILE).read_bytes()
    return parse_registry(_toml(types), _toml(english), bundled_fingerprint(types, english))


def bundled_fingerprint(types: bytes, triggers: bytes) -> str:
    """The hash that names the registry read from these two files' bytes."""
    digest = hashlib.sha256()
    for name, raw in ((DATA_FILE, types), (TRIGGERS_FILE, triggers)):
        digest.update(name.encode() + b"\0" + raw)
    return digest.hexdigest()[:12]


def _toml(raw: bytes) -> dict[str, Any]:
    return tomllib.loads(raw.decode("utf-8"))


_WORDING_KEYS = frozenset({"type", "patterns", "examples"})


def _wording(data: Mapping[str, Any], names: Sequence[str]) -> dict[str, Mapping[str, Any]]:
    """The English ``[[trigger]]`` entries by the type they name: one per type, each naming a
    type of the registry."""
    found: dict[str, Mapping[str, Any]] = {}
    for entry in data.get("trigger", []):
        name = str(entry.get("type"))
        unknown = set(entry) - _WORDING_KEYS
        if name not in names:
            raise ValueError(f"a [[trigger]] names {name!r}, no type of the registry")
        if name in found or unknown:
            raise ValueError(f"{name}: a second [[trigger]], or unknown keys {sorted(unknown)}")
        found[name] = entry
    return found


def _event_type(entry: Mapping[str, Any], wording: Mapping[str, Any]) -> EventType:
    name = str(entry["name"])
    plover = entry.get("plover")
    if plover is not None and plover not in PLOVER_TYPES:
        raise ValueError(f"{name}: {plover!r} is not a PLOVER type")
    if "triggers" in entry or "examples" in entry:
        raise ValueError(f"{name}: patterns and examples belong to the language's triggers.toml")
    triggers = tuple(_trigger(name, t) for t in wording.get("patterns", []))
    fallback = bool(entry.get("fallback", False))
    parts = _parts(name, entry)
    if not triggers and not fallback:
        raise ValueError(f"{name}: a type needs at least one trigger (or fallback = true)")
    return EventType(
        name=name,
        plover=plover,
        mode=entry.get("mode"),
        family=str(entry.get("family", name)),
        verb=str(entry["verb"]),
        alone=str(entry["alone"]),
        passive=entry.get("passive"),
        future=entry.get("future"),
        intent=entry.get("intent"),
        promise=entry.get("promise"),
        own=entry.get("own"),
        elsewhere=bool(entry.get("elsewhere", False)),
        remote=bool(entry.get("remote", False)),
        attempt=entry.get("attempt"),
        claimed=entry.get("claimed"),
        reversal=entry.get("reversal"),
        ends=_ends(name, entry.get("ends")),
        office=entry.get("office"),
        of_side="source" if entry.get("of") == "source" else "target",
        possessor="target" if entry.get("possessor") == "target" else "source",
        triggers=triggers,
        examples=tuple(_example(e) for e in wording.get("examples", [])),
        fallback=fallback,
        clause_target=entry.get("clause") == "target",
        moves_forces=bool(entry.get("moves_forces", False)),
        gives_object=bool(entry.get("gives_object", False)),
        noun=str(entry.get("noun", name)),
        unit=entry.get("unit"),
        members=bool(entry.get("members", False)),
        place_prep=str(entry.get("place_prep", "in")),
        source_part=parts.get("source"),
        target_part=parts.get("target"),
    )


PART_SIDES = frozenset({"source", "target"})


def _ends(name: str, side: object) -> Side | None:
    """A type's ``ends``: the side whose office the happening ends, if any."""
    if side is None:
        return None
    if side == "source":
        return "source"
    if side == "target":
        return "target"
    raise ValueError(f"{name}: ends = {side!r} is neither 'source' nor 'target'")


def _parts(name: str, entry: Mapping[str, Any]) -> dict[str, str]:
    """A type's ``parts`` table: what each side's part is called, in lower-case words."""
    parts = dict(entry.get("parts", {}))
    for side, word in parts.items():
        if side not in PART_SIDES or not isinstance(word, str) or not word.islower():
            raise ValueError(f"{name}: parts maps source/target to lower-case words, not {parts}")
    return parts


_TRIGGER_KEYS = frozenset(
    {
        "verb", "noun", "adjective", "object", "object_head", "prep", "prep_object", "particle",
        "compound",
        "with_of", "needs_object", "needs_clause", "present", "subject", "object_kind",
        "subject_kind", "prep_object_kind",
        "light", "reject", "naming", "clause_verb", "clause_aux", "experiencer", "harm",
        "scored", "judged",
    }
)  # fmt: skip


_POS_OF: Mapping[str, Pos] = {"verb": "VERB", "noun": "NOUN", "adjective": "ADJ"}
"""The part of speech of a pattern's word, by the key that gives it."""


def _trigger(type_name: str, entry: Mapping[str, Any]) -> Trigger:
    unknown = set(entry) - _TRIGGER_KEYS
    words = [key for key in ("verb", "noun", "adjective") if key in entry]
    if unknown or len(words) != 1:
        raise ValueError(f"{type_name}: bad trigger {dict(entry)!r}")
    pos = _POS_OF[words[0]]
    return Trigger(
        lemma=str(entry[words[0]]),
        pos=pos,
        objects=_words(entry.get("object", ())),
        object_heads=_words(entry.get("object_head", ())),
        preps=_words(entry.get("prep", ())),
        prep_objects=_words(entry.get("prep_object", ())),
        particle=entry.get("particle"),
        compounds=_words(entry.get("compound", ())),
        with_of=_words(entry.get("with_of", ())),
        needs_object=bool(entry.get("needs_object", False)),
        needs_clause=bool(entry.get("needs_clause", False)),
        present=bool(entry.get("present", False)),
        subject="target" if entry.get("subject") == "target" else "source",
        object_kind=entry.get("object_kind"),
        prep_object_kind=entry.get("prep_object_kind"),
        subject_kind=entry.get("subject_kind"),
        light=bool(entry.get("light", False)),
        reject=bool(entry.get("reject", False)),
        naming=bool(entry.get("naming", False)),
        judged=_words(entry.get("judged", ())),
        clause_verbs=_words(entry.get("clause_verb", ())),
        clause_aux=_words(entry.get("clause_aux", ())),
        experiencer=bool(entry.get("experiencer", False)),
        harm=bool(entry.get("harm", False)),
        scored=bool(entry.get("scored", False)),
    )


def _words(values: Sequence[str] | str) -> frozenset[str]:
    return frozenset([values] if isinstance(values, str) else values)


def _example(entry: Mapping[str, Any]) -> Example:
    return Example(
        str(entry["text"]), tuple(entry.get("source", ())), tuple(entry.get("target", ()))
    )
