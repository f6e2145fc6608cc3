"""Who takes part in a happening a trigger states, and on which side, read off the parse.

For a verb: its subject (``source``; the passive subject is the ``target``), its "by" agent
(``source``), its objects and the objects of its participant prepositions (``target``; "between"
names every side at once). A verb without a subject of its own shares that of the verb it is
coordinated with or complements ("met X and discussed", "began deploying"); a relative clause's
subject is the noun it describes ("Keating, who was killed"). For a noun: its possessor and the
actors that modify it ("Russia's attack", "Turkish airstrikes", "an attack by ISIL") are the
source, its "on/against/with/of" phrases the target; a light verb that carries it ("held talks
with") adds its own subject and phrases, and a clause that claims it ("for which Daesh claimed
responsibility") adds its claimant.

Each argument is then read into :class:`Participant` mentions: named entities, common nouns
that name an actor ("Coalition military forces"), and words that refer back ("I", "he", "the
two leaders", "the Secretary"), resolved later against the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from storyline.actors import find_roles, organisation, part_of, state
from storyline.events.registry import Side
from storyline.events.triggers import (
    ACTOR_LABELS,
    MODIFIER_DEPS,
    PERSON_NOUNS,
    PLACE_LABELS,
    PLACE_NOUNS,
    Hit,
    Tree,
    infinitive_of,
    of_object,
    pleasure_now,
    punishing_verb,
    stray_preposition,
    subject_of,
    welcome_now,
    whole_of,
)
from storyline.lang.en.lexicon import (
    ACTOR_MODIFIERS,
    ACTOR_NOUNS,
    AMOUNT_LABELS,
    ANNOUNCING_VERBS,
    ATTENDING_VERBS,
    BOTH_SIDES_PREPOSITIONS,
    CAUSING_HEADS,
    CLOSING_QUOTES,
    COLLECTIVES,
    CONVENING_VERBS,
    DEED_NOUNS,
    DEFIED_NOUNS,
    FIRST_PERSON,
    FORCE_NOUNS,
    FRAMING_PREPOSITIONS,
    GOVERNING_VERBS,
    HAPPENING_NAME_OPENERS,
    HARM_WORDS,
    HOSTING_NOUNS,
    HOSTING_VERBS,
    HUNTED_NOUNS,
    MANDATIVE_HEADS,
    NOT_ACTOR_ORGS,
    OPENING_QUOTES,
    PARTICIPANT_PREPOSITIONS,
    PERFORMATIVE_HEADS,
    PLURAL_PRONOUNS,
    PROMISE_HEADS,
    PUNISHING_WORDS,
    SECOND_PERSON,
    SIGNING_VERBS,
    SOURCE_PREPOSITIONS,
    SPEECH_VERBS,
    SUFFERED_HARMS,
    SUM_VERBS,
    THIRD_PERSON,
    VICTIM_PEOPLE,
    VICTIM_POSSESSED,
    WEAK_ACTOR_NOUNS,
    WEAPON_NOUNS,
)
from storyline.lang.en.titles import (
    FORCE_HEADS,
    HONORIFICS,
    RANKS,
    SAID_AFTER_NAME,
    TITLE_HINT_WORDS,
)
from storyline.nlp.sentences import SENTENCE_ENDS
from storyline.places import capital, country, lookup
from storyline.records import Mention, Token

Reference = Literal["entity", "noun", "first", "second", "third", "plural", "title", "counted"]
"""What a participant mention is: a name ("entity"), a common noun, a pronoun ("first",
"second", "third", "plural"), a title, or states counted ("the two countries", ``label`` their
number) that a sentence before named."""

CLAUSE_DEPS = frozenset(
    {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "mark", "punct", "cc"}
)
"""Relations that leave the argument's noun phrase for a clause of its own."""
PHRASE_STOP = CLAUSE_DEPS | {"prep"}
"""An argument's phrase: its noun phrase, with "of" phrases taken in separately."""
OWNING_VERBS = frozenset({"belong", "own", "operate", "run", "control", "house"})
"""Participles that say whose a thing is ("facilities belonging to Saudi Aramco"): their
phrase is part of the argument's."""
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
CLAIM_VERBS = frozenset(
    {"claim", "carry", "conduct", "perpetrate", "launch", "stage", "commit", "mount", "execute"}
)
"""Verbs of a clause that names who carried out the happening its noun states."""
INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl", "acl", "pcomp"})
"""A verb in one of these relations without a subject shares its head's."""
MAX_INHERIT = 6
ROLE_OF_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
NOT_PARTICIPANT_NOUNS = frozenset(
    {"margin", "sideline", "occasion", "behalf", "basis", "issue", "topic", "subject",
     "situation", "matter", "question", "side", "part", "way", "means", "sidelines",
     "beginning", "outset", "eve", "wake"}
)  # fmt: skip
"""Heads of phrases that never name a participant ("on the margins of the summit", "at the
beginning of the administration": a time)."""
SEAT_NOUNS = frozenset({"headquarters", "hq", "premises", "compound"})
"""Heads of phrases that name a body's building: where someone goes ("to visit NATO
headquarters") is a place, not the body; what is raided is the body's ("raided the
headquarters of the party")."""
GOING_VERBS = frozenset(
    {"visit", "tour", "travel", "arrive", "come", "go", "fly", "head", "welcome", "receive",
     "host", "invite"}
)  # fmt: skip


def _gone_to(noun: Token, tree: Tree) -> bool:
    """Whether a noun is where someone goes: the object of "visit", or of "to"/"at" after
    "travel", "arrive", "welcomed X" and the like."""
    head = tree.head(noun)
    if head is not None and head.dep == "prep" and head.lemma.lower() in ("to", "at"):
        head = tree.head(head)
    return head is not None and head.lemma.lower() in GOING_VERBS


SERVICE_MEMBER_NOUNS = frozenset({"member", "personnel"})
"""Nouns that, after "service", name a state's soldiers ("a US service member")."""


def _seat_visited(noun: Token, tree: Tree) -> Token | None:
    """The body whose building a visit goes to, where the visit is told, not intended
    ("visited NATO headquarters", "toured the headquarters of the mission"; not "was invited
    to visit NATO headquarters", where the building is only where)."""
    verb = tree.head(noun)
    if noun.dep != "dobj" or verb is None or verb.lemma.lower() not in ("visit", "tour"):
        return None
    if verb.dep in ("xcomp", "advcl", "acl", "relcl") or verb.tag in ("VB", "VBG"):
        return None
    kids = tree.children(noun)
    named = [k for k in kids if k.dep in ("compound", "poss") and k.ent == "ORG"]
    named += [
        g
        for of in kids
        if of.dep == "prep" and of.lemma.lower() == "of"
        for g in tree.children(of)
        if g.dep == "pobj" and g.ent == "ORG"
    ]
    return named[-1] if named else None


ENCOUNTER_SKIPPED_PREPOSITIONS = frozenset({"on", "against", "for", "into", "upon"})
"""Prepositions that bring topics, not people, to a meeting ("talks on Syria")."""


@dataclass(frozen=True)
class Participant:
    """A mention of someone taking part: its words, what kind of reference it is, its side.

    ``start``/``end`` are offsets into the article; ``label`` is the entity label of a named
    mention; ``head`` is the mention's syntactic head; ``kind_of`` what the text says the body
    is ("airline" in "the airline Mahan Air").
    """

    start: int
    end: int
    text: str
    reference: Reference
    side: Side
    head: Token
    label: str = ""
    kind_of: str | None = None
    described: str | None = None
    """What a hyphened participle before the name says of it ("Aymara-led" in "the
    Aymara-led Andean Front")."""
    office: str | None = None
    """The office a verb of appointing gives the person ("named X as defence minister"): their
    role in the happening, over a rank or a former office the sentence gives."""


def participants(hit: Hit, tree: Tree, entities: Sequence[Mention], text: str) -> list[Participant]:
    """The participants of a happening, each with its side, in order of appearance."""
    found: list[Participant] = []
    seen: set[tuple[int, int]] = set()
    for head, side in arguments(hit, tree):
        for part in _read(head, side, tree, entities, text):
            if (part.start, part.end) not in seen:
                seen.add((part.start, part.end))
                found.append(part)
    if hit.token.pos == "NOUN":
        found += [p for p in _leaders_of_deed(hit.token, tree) if (p.start, p.end) not in seen]
    if _views_exchanged(hit, tree) and not any(p.side == "target" for p in found):
        for head in _late_with(hit.token, tree):
            found += [p for p in _read(head, "target", tree, entities, text) if p not in found]
    found = [p for p in found if not _trailing_speaker(p, hit, text)]
    found = [p for p in found if not _employer_of_named(p, found, tree)]
    welcomer = tree.head(hit.token)
    if hit.token.pos == "VERB" and (
        (welcomer is not None and welcome_now(hit.token, welcomer, tree))
        or (pleasure_now(hit.token, tree) and not any(p.side == "source" for p in found))
    ):
        # "It's a pleasure to welcome X", "to spend time with X": whoever says so does
        at = hit.token.start
        found.append(Participant(at, at, "I", "first", "source", hit.token))
    if hit.type.family in OFFICE_FAMILIES and hit.token.pos == "VERB":
        found = _appointee_named(hit.token, tree, entities, found)
    if hit.type.family in OFFICE_FAMILIES and (given := _office_given(hit.token, tree, text)):
        # "named Ana Soto as defence minister": the office she is given, no one of its own
        # ("Chile" of "named Chile's ambassador to Peru")
        office, (lo, hi) = given
        found = [
            replace(p, office=office) if p.side == "target" and p.label == "PERSON" else p
            for p in found
            if not (lo <= p.start < hi)
        ]
    return sorted(found, key=lambda p: p.start)


EXCHANGED_THINGS = frozenset({"view", "opinion", "idea", "perspective", "assessment"})
"""What people exchange when they meet ("exchanged views on the region with X")."""


def _views_exchanged(hit: Hit, tree: Tree) -> bool:
    """Whether the happening is an exchange of views (a meeting told by "exchanged views")."""
    return (
        hit.token.pos == "VERB"
        and hit.token.lemma.lower() == "exchange"
        and any(
            k.dep == "dobj" and k.lemma.lower() in EXCHANGED_THINGS
            for k in tree.children(hit.token)
        )
    )


def _late_with(verb: Token, tree: Tree) -> list[Token]:
    """Whom a verb's "with" names when the parser hung it on a word of a long object ("exchanged
    views on the region, and on relations between Peru and the countries, with X, Y and Z"):
    the first "with" after the verb in its clause, its object and the object's conjuncts."""
    clause = {t.i for t in tree.subtree(verb, stop=MEMBER_STOP)}
    for token in tree.subtree(verb, stop=MEMBER_STOP):
        if token.i <= verb.i or token.dep != "prep" or token.lemma.lower() != "with":
            continue
        heads = [k for k in tree.children(token) if k.dep == "pobj" and k.i in clause]
        found: list[Token] = []
        while heads:
            head = heads.pop(0)
            found.append(head)
            heads += [k for k in tree.children(head) if k.dep == "conj"]
        return found
    return []


def _employer_of_named(part: Participant, found: Sequence[Participant], tree: Tree) -> bool:
    """A body named in a person's description before the name ("Radio Lima correspondent Luis
    Ramos", "Lima Lions wide receiver Luis Ramos"): where they work, no one taking part."""
    if part.label != "ORG" or part.head.dep not in ("compound", "nmod"):
        return False
    noun = tree.head(part.head)
    if noun is None or noun.pos != "NOUN" or not noun.text.islower():
        return False
    people = [k for k in tree.children(noun) if k.dep in ("appos", "compound")]
    if noun.dep in ("compound", "nmod", "amod") and (owner := tree.head(noun)) is not None:
        people.append(owner)
    heads = {t.i for t in people}
    return any(p.label == "PERSON" and p.head.i in heads for p in found if p is not part)


_SAYS_AFTER = re.compile(SAID_AFTER_NAME)


def _trailing_speaker(part: Participant, hit: Hit, text: str) -> bool:
    """A name the parser hung on the last words of the clause that is who said it ("... to
    Haiti, Defence Minister Luis Ramos said"): no one the happening is done to or with."""
    if part.head.dep not in ("appos", "conj", "npadvmod") or hit.token.i > part.head.i:
        return False
    if not _SAYS_AFTER.match(text, part.end):
        return False
    return "," in text[max(0, part.start - 40) : part.start]


def _appointee_named(
    verb: Token, tree: Tree, entities: Sequence[Mention], found: list[Participant]
) -> list[Participant]:
    """The one appointed when the model took the name for a place or a building ("appointed
    Jane Roe of Peru as envoy", "Jane Roe" tagged a facility): a name of two or three words
    no table knows, as the verb's object; her country ("of Peru") is no one appointed."""
    if any(p.side == "target" and p.label == "PERSON" for p in found):
        return found
    for title in (k for k in tree.children(verb) if k.dep in ("dobj", "oprd")):
        # "appointed Ana Soto special envoy", the name untagged and read as the title's
        name = _name_before_office(title, tree)
        if name:
            lo, hi = name[0].start, name[-1].end
            kept = [p for p in found if not (p.start <= title.start < p.end)]
            written = " ".join(t.text for t in name)
            return [*kept, Participant(lo, hi, written, "entity", "target", name[-1], "PERSON")]
    for obj in (k for k in tree.children(verb) if k.dep == "dobj" and k.pos == "PROPN"):
        entity = next((e for e in entities if e.start <= obj.start < e.end), None)
        if entity is None or entity.label not in ("FAC", "ORG", "LOC", "PRODUCT", "WORK_OF_ART"):
            continue
        parts = entity.text.split()
        if not 2 <= len(parts) <= 3 or not all(w[:1].isupper() for w in parts):
            continue
        if organisation(entity.text) or state(entity.text) or lookup(entity.text):
            continue
        homes = {
            (g.start, g.end)
            for prep in tree.children(obj)
            if prep.dep == "prep" and prep.lemma.lower() == "of"
            for g in tree.children(prep)
            if g.dep == "pobj" and g.ent in ("GPE", "NORP")
        }
        kept = [
            p for p in found
            if (p.start, p.end) not in homes and not (p.start <= obj.start < p.end)
        ]  # fmt: skip
        person = Participant(
            entity.start, entity.end, entity.text, "entity", "target", obj, "PERSON"
        )
        return [*kept, person]
    return found


def _name_before_office(title: Token, tree: Tree) -> list[Token]:
    """The untagged name an office made for someone follows ("Ana Soto special envoy"): the
    capitalised words that modify a title in lower case, two or three of them."""
    if title.lemma.lower() not in PERSON_NOUNS or not title.text.islower():
        return []
    words = [
        t
        for t in tree.subtree(title)
        if t.i < title.i and t.pos == "PROPN" and not t.ent and t.text[:1].isupper()
    ]
    if not 2 <= len(words) <= 3 or words[-1].i - words[0].i != len(words) - 1:
        return []
    return words


PASSING_WORDS = frozenset({"new", "next", "acting", "interim", "first", "permanent"})
"""Words of an office given that say when, not which ("as his new national security
adviser")."""
APPOINTING_FAMILIES = frozenset({"appoint", "nominate"})
"""Families of happenings by which someone puts a person in an office, or forward for it."""
OFFICE_FAMILIES = APPOINTING_FAMILIES | {"election"}
"""Families of happenings that give someone an office, which an "as" phrase names."""


def _office_given(verb: Token, tree: Tree, text: str) -> tuple[str, tuple[int, int]] | None:
    """The office a verb of appointing gives, in the text's words without its article, and
    where those words are: after the name ("appointed X special envoy for Peru"), as the
    passive's complement ("X was named defence minister") or an "as" phrase ("appointed X as
    commander of the army", "was sworn in as the new army commander")."""
    if verb.pos != "VERB":
        return None
    objects = [k for k in tree.children(verb) if k.dep == "dobj"]
    passive = any(k.dep in ("nsubjpass", "auxpass") for k in tree.children(verb))
    for title in (k for k in tree.children(verb) if k.dep in ("dobj", "oprd", "attr")):
        # "appointed Jane Roe special envoy for Peru": the words after her name
        names = [
            k for k in tree.children(title) if k.dep in ("nmod", "compound") and k.ent == "PERSON"
        ]
        names = names or _name_before_office(title, tree)
        if names and title.lemma.lower() in PERSON_NOUNS:
            office = [t for t in _office_words(title, tree) if t.i > names[-1].i]
            if office:
                return _worded_office(office, text)
        elif passive and title.dep != "dobj" and _titled(title, tree):
            # "X was named defence minister", "X was appointed commander of the fleet"
            return _worded_office(_office_words(title, tree), text)
    for owner in (verb, *objects):
        for prep in tree.children(owner):
            if prep.dep == "prep" and prep.lemma.lower() == "as":
                heads = [
                    g
                    for g in tree.children(prep)
                    if g.dep == "pobj" and (g.tag == "NN" or (g.tag == "NNP" and _titled(g, tree)))
                ]
                office = [t for g in heads for t in _office_words(g, tree)]
                # (one office: "as his advisers" names several people's)
                words = " ".join(t.text for t in office)
                if office and any(re.search(rf"\b{w}", words.lower()) for w in TITLE_HINT_WORDS):
                    return _worded_office(office, text)
    return None


OFFICE_PREPOSITIONS = frozenset({"of", "for", "to", "in"})
"""Prepositions whose phrase is part of an office's wording ("commander of the army", "envoy
for Libya", "ambassador to Peru"); others say when or where it was given."""


def _office_words(title: Token, tree: Tree) -> list[Token]:
    """The words of an office phrase: its title and what qualifies it, without articles,
    words of when ("new", "on Tuesday") and names."""
    dropped: set[int] = set()
    for t in tree.subtree(title):
        if t.dep == "prep" and t.lemma.lower() not in OFFICE_PREPOSITIONS:
            dropped |= {k.i for k in tree.subtree(t)}
        elif t.dep == "prep" and any(g.ent == "DATE" for g in tree.children(t)):
            dropped |= {k.i for k in tree.subtree(t)}  # "in May"
    return [
        t
        for t in tree.subtree(title)
        if t.i not in dropped
        and t.dep != "det"
        and not (t.dep == "poss" and t.pos == "PRON")  # "as his special envoy"
        and t.ent != "DATE"
        and t.lemma.lower() not in PASSING_WORDS
        and t.pos != "PUNCT"
    ]


def _worded_office(words: list[Token], text: str) -> tuple[str, tuple[int, int]]:
    """The office as the text writes it, from its first word to its last, and where it is."""
    ordered = sorted(words, key=lambda t: t.i)
    lo, hi = ordered[0].start, ordered[-1].end
    written = _PASSING.sub("", text[lo:hi])  # ("Chile's new ambassador": Chile's ambassador)
    return " ".join(written.split()), (lo, hi)


_PASSING = re.compile(rf"\b(?:{'|'.join(sorted(PASSING_WORDS))})\s+", re.IGNORECASE)


def _titled(token: Token, tree: Tree) -> bool:
    """Whether a noun is an office: a title word, or a phrase the role reader reads as one."""
    if token.lemma.lower() in PERSON_NOUNS:
        return True
    words = " ".join(t.text for t in tree.subtree(token))
    return any(re.search(rf"\b{w}", words.lower()) for w in TITLE_HINT_WORDS) and bool(
        find_roles(words, [])
    )


_LED = re.compile(r"^(?P<leader>.+?)-led$")


def _leaders_of_deed(noun: Token, tree: Tree) -> list[Participant]:
    """Who led a happening its noun says, in one hyphened word ("the U.S.-led invasion",
    "Saudi-led airstrikes"): a state, on its source side."""
    found = []
    for kid in tree.children(noun):
        if kid.dep == "amod" and kid.lemma.lower() == "lead" and _participle(kid):
            # "the Chile-led invasion", its hyphen split: "Chile" hangs on "led"
            found += [
                Participant(g.start, g.end, g.text, "entity", "source", g, "GPE")
                for g in tree.children(kid)
                if g.i == kid.i - 2 and state(g.text) is not None
            ]
            continue
        match = _LED.match(kid.text) if kid.dep in ("amod", "compound") else None
        if match is None or state(match["leader"]) is None:
            continue
        leader = match["leader"]
        found.append(
            Participant(kid.start, kid.start + len(leader), leader, "entity", "source", kid, "GPE")
        )
    return found


# --- arguments ------------------------------------------------------------------------------


def arguments(hit: Hit, tree: Tree) -> list[tuple[Token, Side]]:
    """The head words of a happening's arguments, each with its side (conjuncts included)."""
    heads: list[tuple[Token, Side]] = []
    encounter = hit.type.family == "encounter"
    if hit.token.pos == "VERB":
        heads += [(m, "target") for m in _those_listed(hit.token, tree)]
        heads += _verb_arguments(
            hit.token,
            tree,
            hit.trigger.subject,
            None,
            encounter,
            hit.type.plover == "ASSAULT",
            experiencer=hit.trigger.experiencer,
        )
        heads += _intended_targets(
            hit.token,
            tree,
            promise=hit.promised is not None,
            # ("condemned Peru's war against Bolivia": whom it is against suffered it)
            judged=hit.type.plover in ("ACCUSE", "PROTEST"),
        )
        if hit.trigger.subject == "target":
            # "faced criticism from Bolivia": its subject drew it, the "from" gave it
            heads += [
                (g, "source")
                for o in tree.children(hit.token)
                if o.dep == "dobj"
                for p in tree.children(o)
                if p.dep == "prep" and p.lemma.lower() == "from"
                for g in tree.children(p)
                if g.dep == "pobj"
            ]
        if hit.trigger.subject == "target" and hit.type.plover == "ACCUSE":
            # "faced Chilean criticism", "faced Chile's criticism": whose it was gave it (the
            # criticism itself is what was faced, no one)
            critics = [
                m
                for o in tree.children(hit.token)
                if o.dep == "dobj"
                for k in tree.children(o)
                if k.dep in ("amod", "poss", "compound")
                for m in _with_conjuncts(k, tree)
                if m.ent in ("NORP", "GPE", "ORG")
            ]  # ("international and Chilean criticism")
            faced = hit.trigger.objects
            heads = [
                (g, side)
                for g, side in heads
                if g not in critics and not (g.dep == "dobj" and g.lemma.lower() in faced)
            ]
            heads += [(m, "source") for m in critics]
        if hit.type.plover == "ASSAULT":
            heads += [(g, "source") for g in _firers(hit.token, tree)]
        if not any(k.dep in ("dobj", "dative") for k in tree.children(hit.token)):
            # "invited Prime Minister X to attend the summit", which the parser reads as X
            # attending: whom it was addressed to
            heads += [
                (g, "target")
                for k in tree.children(hit.token)
                if k.dep == "xcomp"
                for g in tree.children(k)
                if g.dep == "nsubj" and g.i < k.i
            ]
        if hit.type.office is not None and hit.trigger.subject == "target":
            heads += [(g, "source") for g in _predecessors(hit.token, tree)]
            heads += [(g, "target") for g in _office_body(hit.token, tree)]
        if hit.type.plover == "AID" or hit.type.name == PLEDGE:
            heads += [(g, "target") for g in _amount_recipients(hit.token, tree)]
        if hit.type.plover == "COOPERATE":
            heads += [(g, "source") for g in _parties_of_object(hit.token, tree)]
        if hit.type.family == "vote":
            heads += [(g, "target") for g in _measure_targets(hit.token, tree)]
            heads += [(g, "source") for g in _forum(hit.token, tree)]
        if hit.type.clause_target:
            # "asked that Chile equal the funding": who is asked to act
            heads += [(subject, "target") for subject in _clause_subjects(hit.token, tree)]
            heads += [(g, "target") for g in _asked_of(hit.token, tree)]
        if hit.type.plover == "REQUEST":
            heads += [(g, "target") for g in _asked_to_stop(hit.token, tree)]
    else:
        heads += _noun_arguments(hit, tree)
        if hit.type.clause_target:
            # "reiterated its demand that Israel ease ...", "a call for Peru to withdraw"
            heads += [(subject, "target") for subject in _clause_subjects(hit.token, tree)]
            if hit.carrier is not None:
                heads += [(s, "target") for s in _clause_subjects(hit.carrier, tree)]
        if hit.carrier is not None and not _done_by_another(hit, tree) and hit.token.pos != "ADJ":
            received = hit.carrier.lemma.lower() in RECEIVING_CARRIERS
            carried = _verb_arguments(
                hit.carrier,
                tree,
                "target" if received else hit.trigger.subject,
                hit.token,
                encounter,
                hit.type.plover == "ASSAULT",
            )
            if received:
                # "Peru received aid from Chile", "received a request from X": the subject
                # is whom it went to, the "from" who gave or sent it
                givers = {
                    g.i
                    for p in tree.children(hit.carrier)
                    if p.dep == "prep" and p.lemma.lower() == "from"
                    for g in tree.subtree(p)
                }
                carried = [(h, "source" if h.i in givers else side) for h, side in carried]
            if hit.carrier.dep == "acl" and hit.carrier.head == hit.token.i:
                # "the strike carried out by X", condemned by Y: X's, in the participle's
                # own words (no subject of the clause the noun is in)
                own = {t.i for t in tree.subtree(hit.carrier)}
                carried = [(h, side) for h, side in carried if h.i in own]
            if encounter and any(
                k.dep == "prep" and _free_relative_of(k, hit.token, tree)
                for k in tree.children(hit.carrier)
            ):
                # "joined X in what was an hour in talks with Y": who joined whom are one
                # side, whom the talks were with the other
                ours = {h.i for h, _ in carried}
                heads = [(h, "target" if h.i not in ours else side) for h, side in heads]
            heads += carried
        if encounter:
            heads += [(g, "source") for g in _conveners(hit.token, tree)]
            heads += _attendees(hit, tree)
        if hit.type.plover == "ASSAULT":
            heads += [(g, "source") for g in _punished_doers(hit.token, tree)]
        heads += _governed_arguments(hit, tree)
        claim = tree.head(hit.token)
        if (
            hit.type.plover == "ASSAULT"
            and hit.token.dep == "nsubjpass"
            and claim is not None
            and claim.lemma.lower() == "claim"
        ):
            # "the attack was claimed by X": X owned up to doing it
            heads += [
                (g, "source")
                for agent in tree.children(claim)
                if agent.dep == "agent"
                for g in tree.children(agent)
                if g.dep == "pobj"
            ]
        if hit.type.plover == "ASSAULT" and (verb := tree.head(hit.token)) is not None:
            # "condemned the attack on the base by ISIS", its "by" hung on the verb
            heads += [
                (g, "source")
                for p in tree.children(verb)
                for g in tree.children(p)
                if _misplaced_agent(g, verb, [hit.token], tree) and hit.token.dep == "dobj"
            ]
    if hit.type.unit:
        # "assumed command of NATO's training mission": the mission, not the word "command"
        heads = [
            (unit, side) if h.lemma.lower() == hit.type.unit and unit is not None else (h, side)
            for h, side in heads
            for unit in [of_object(h, tree)]
        ]
    if hit.type.plover == "ASSAULT":
        heads += [(g, "target") for g in _forces_nearby(hit.token, tree)]
    if hit.type.plover == "SUPPORT" and hit.token.pos == "VERB":
        # "welcomed the new EU sanctions on Peru": the EU's sanctions are backed, not Peru
        heads = [(h, side) for h, side in heads if not _measure_aimed_at(h, tree)]
    if hit.type.plover == "PROTEST":
        heads += [(g, "target") for g in _protested(hit, tree)]
    if hit.type.plover == "THREATEN" and hit.token.pos == "VERB":
        heads += [(g, "target") for g in _conditioned(hit.token, tree)]
    if hit.type.plover == "CONCEDE" and hit.token.pos == "VERB":
        heads += [(g, "target") for g in _demanders(hit.token, tree)]
    if hit.token.pos == "VERB" and hit.trigger.objects:
        heads = [*heads, *_objects_addressees(hit, tree)]
    if hit.token.pos == "VERB" and hit.token.lemma.lower() in VOICING_VERBS:
        heads = _support_given(heads, tree)
    if hit.type.gives_object and hit.token.pos == "VERB":
        # "handed over the K1 base to the Iraqi army": the base is what was given
        heads = [(h, side) for h, side in heads if h.dep != "dobj" or h.head != hit.token.i]
    if hit.type.moves_forces:
        # "deployed two hundred soldiers to Estonia", "withdrew the last of its soldiers": the
        # soldiers are the source's own
        heads = [
            (h, side) for h, side in heads if not (_moved(h, tree) and _forces_counted(h, tree))
        ]
        # "Chilean soldiers were deployed to Peru": the forces moved, on the side that moved
        # them, not whom they were sent to
        # ("two police officers were stationed on the street": the police moved them)
        heads = [
            (h, "source" if h.dep == "nsubjpass" and _moved_men(h, tree) else side)
            for h, side in heads
        ]
    if hit.type.plover == "RETREAT":
        # "withdrew from Lima's Puerto camp", "from Tacna air base": where from
        heads = [(h, side) for h, side in heads if not _left_place(h, tree)]
    if hit.type.plover not in ("ASSAULT", "COERCE"):
        # "pledged up to 250 personnel": a number of troops is what is given, not whom
        heads = [
            (h, side)
            for h, side in heads
            if not (h.dep in ("dobj", "pobj", "dative") and _counted_force(h, tree))
        ]
    if hit.type.plover == "COERCE" and hit.token.pos == "VERB":
        # "broke up the march held by miners": whose protest it was
        heads += [(g, "target") for g in _protest_holders(hit.token, tree)]
    if hit.type.plover == "SANCTION" and hit.token.pos == "VERB":
        # "cancelled a planned visit to Peru": the state the visit was to go to
        heads += [(g, "target") for g in _called_off_visit_to(hit.token, tree)]
        # "froze (part of) an army aid scheme for Peru": whom it was for
        heads += [(g, "target") for g in _withheld_from(hit.token, tree)]
    if hit.type.plover in ("ACCUSE", "REJECT"):
        # "investigating war crimes by the militia": the militia is the accused; "violated a
        # ban by General X": X is defied
        nouns = DEED_NOUNS if hit.type.plover == "ACCUSE" else DEFIED_NOUNS
        heads += [
            (d, "target")
            for h, side in heads
            if side == "target"
            for d in _deed_doers(h, tree, nouns)
        ]
    punished = hit.type.name in ("arrest", "sentence")
    if hit.type.plover in ("ACCUSE", "CONCEDE") or punished:
        # "condemned the killing of X by Y", "Z's invasion of X": Y and Z are accused (their
        # "by" phrase above), not X, who suffered it, named in the harm's own phrase; nor is
        # the victim of a killing one "accepted responsibility for" whom he conceded to, or
        # one "arrested for the killing of X" (X was killed, not arrested)
        harms = [h for h, side in heads if side == "target" and _harm_object(h)]
        heads = [(h, side) for h, side in heads if h not in harms]
        # "condemned the attack on the embassy": the embassy suffered it, and is not accused;
        # "condemned the attack on the forces by ISIS", its "by" hung on the verb: ISIS did it
        heads = [
            (h, "target" if _misplaced_agent(h, hit.token, harms, tree) else side)
            for h, side in heads
            if not _harmed(h, harms, tree)
        ]
        if not punished:  # ("arrested for X's murder": X is the victim)
            heads += [
                (k, "target")
                for h in harms
                if not _possessed_by_victim(h, tree)
                for k in tree.children(h)
                if k.dep == "poss"
            ]
    if hit.type.plover == "ASSAULT" and hit.token.pos == "VERB":
        heads += [(aimed, "target") for aimed in _aimed_at(hit.token, tree)]
    lemma = hit.token.lemma.lower()
    if lemma in PUNISHING_WORDS and hit.token.pos == "VERB":
        # "charged with fraud", "indicted on bribery charges", "held on suspicion of arson":
        # the offence, not someone charged ("arrested X with two other men": they were too)
        preps = ("with", "on", "for") if lemma in CHARGING_VERBS else ("on", "for")
        charges = {
            g.i
            for p in tree.children(hit.token)
            if p.dep == "prep" and p.lemma.lower() in preps
            for g in tree.children(p)
            if g.dep == "pobj" and g.ent != "PERSON" and g.lemma.lower() not in PERSON_NOUNS
        }
        heads = [(h, side) for h, side in heads if h.i not in charges]

    result: list[tuple[Token, Side]] = []
    for head, side in heads:
        tokens = _with_conjuncts(head, tree) + _stray_conjuncts(head, tree)
        for token in tokens + _loose_conjuncts(head, tree):
            result.append((token, side))
            result += [(leader, side) for leader in _leaders(token, tree)]
            if side == "target" and hit.type.plover == "ASSAULT":
                result += [(hosted, side) for hosted in _hosted(token, tree)]
            result += [(member, side) for member in _included(token, tree)]
    return result


SUCCEEDING_VERBS = frozenset({"succeed", "replace", "relieve"})
"""Verbs of taking someone's place, whose object handed an office over ("took command of
the mission, succeeding Tom Berg")."""


def _predecessors(verb: Token, tree: Tree) -> list[Token]:
    """Whom the subject of a verb of taking an office over took it from, by a participle of
    succeeding ("took command on Friday, replacing Tom Berg", "took over as commander of the
    brigade, relieving Tom Berg"); not the leadership of a party or charge of a ministry."""
    kids = tree.children(verb)
    if not any(
        (k.dep == "dobj" and k.lemma.lower() == "command")
        or (k.dep == "prep" and k.lemma.lower() == "as")
        for k in kids
    ):
        return []
    return [
        g
        for v in tree.children(verb)
        if v.dep == "advcl" and v.tag == "VBG" and v.lemma.lower() in SUCCEEDING_VERBS
        for o in tree.children(v)
        if o.dep == "dobj"
        for g in _with_conjuncts(o, tree)
    ]


def _office_body(verb: Token, tree: Tree) -> list[Token]:
    """The body whose office a verb of taking one over names with "as" ("took over as
    commander of the mission": the mission)."""
    return [
        g
        for a in tree.children(verb)
        if a.dep == "prep" and a.lemma.lower() == "as"
        for office in tree.children(a)
        if office.dep == "pobj"
        for of in tree.children(office)
        if of.dep == "prep" and of.lemma.lower() == "of"
        for g in tree.children(of)
        if g.dep == "pobj"
    ]


def _aimed_at(verb: Token, tree: Tree) -> list[Token]:
    """Whom weapons were fired "at" ("fired rockets at Israel", "launched drones at Peru",
    "fired missiles at U.S. troops", the "at" hung on the verb or on the weapons): a state, a
    body or forces, or the forces a base "at" hosts, not a town, which is where; or whom
    someone "fired at" or "shot at", naming no weapon ("soldiers shot at Peruvian
    fishermen")."""
    # (the weapons a passive verb's subject: "rockets were launched at the base")
    objects = [k for k in tree.children(verb) if k.dep in ("dobj", "nsubjpass")]
    if not objects and verb.lemma.lower() in SHOOTING_VERBS:
        return [
            g
            for p in tree.children(verb)
            if p.dep == "prep" and p.lemma.lower() == "at"
            for g in tree.children(p)
            if g.dep == "pobj" and (state(g.text) is not None or not lookup(g.text))
        ]
    weapons = [k for k in objects if k.lemma.lower().rstrip("s") in WEAPON_NOUNS]
    if not weapons:
        return []
    return [
        g
        for p in [*tree.children(verb), *(p for w in weapons for p in tree.children(w))]
        if p.dep == "prep" and p.lemma.lower() == "at"
        for g in tree.children(p)
        if g.dep == "pobj"
        and (
            g.ent in ("ORG", "NORP")
            or (g.ent == "GPE" and state(g.text) is not None)
            or (not g.ent and g.pos == "NOUN" and _force(g))  # "at U.S. troops"
            or bool(_hosted(g, tree))  # "at two bases hosting U.S. troops": the troops
        )
    ]


CHARGING_VERBS = frozenset({"charge", "indict"})
"""Verbs whose "with", "on" or "for" phrase names the offence ("charged with fraud")."""

SHOOTING_VERBS = frozenset({"fire", "shoot"})
"""Verbs whose "at" names whom they were aimed at when no weapon is their object."""

INCLUDING_WORDS = frozenset({"include", "including"})


def _included(group: Token, tree: Tree) -> list[Token]:
    """The names a group's "including" phrase lists ("Iraq's leaders, including Prime
    Minister X, Foreign Minister Y and Defence Minister Z"): each takes part with it."""
    found: list[Token] = []
    for prep in tree.children(group):
        if prep.dep != "prep" or prep.lemma.lower() not in INCLUDING_WORDS:
            continue
        # the names listed, not those of what is said of them ("X, a broker buying grain
        # from the Front": the Front is not included)
        for token in tree.subtree(prep, stop=MEMBER_STOP):
            if token.dep in ("pobj", "conj", "appos", "nmod") and token.ent in ACTOR_LABELS:
                found.append(token)
    return found


MEMBER_STOP = frozenset({"acl", "relcl", "advcl"})
"""Where what is said of a listed member begins."""


VOICING_VERBS = frozenset(
    {"express", "reaffirm", "reiterate", "voice", "affirm", "renew", "confirm", "extend"}
)
"""Verbs by which a speaker states support ("reaffirmed Britain's support"), unlike those by
which one receives it ("welcomed Britain's support": Britain gave it to whoever welcomed)."""
SUPPORT_OBJECTS = frozenset({"support", "commitment", "backing", "solidarity", "assistance"})
"""What a speaker "reaffirms", "reiterates" or "expresses": whose support it is and whom for
are in its own phrase."""


def _support_given(heads: list[tuple[Token, Side]], tree: Tree) -> list[tuple[Token, Side]]:
    """ "Reaffirmed Britain's support for the Iraqi government": Britain gives it (with the
    speaker), the government receives it; the support itself is no one."""
    result: list[tuple[Token, Side]] = []
    for head, side in heads:
        if head.dep != "dobj" or head.lemma.lower() not in SUPPORT_OBJECTS:
            result.append((head, side))
            continue
        for kid in tree.children(head):
            giver = kid.dep == "poss" or (
                kid.dep in ("compound", "amod", "nmod") and kid.ent in ACTOR_LABELS
            )  # "Britain's support", "UK support", "American support"
            if giver and kid.pos != "PRON":
                result.append((kid, "source"))
            elif kid.dep == "prep" and kid.lemma.lower() in ("of", "by"):
                result += [(g, "source") for g in tree.children(kid) if g.dep == "pobj"]
            elif kid.dep == "prep" and kid.lemma.lower() in ("for", "to", "with"):
                result += [(g, "target") for g in tree.children(kid) if g.dep == "pobj"]
    return result


MEETING_VERBS = frozenset({"meet", "gather", "talk", "convene", "confer"})
"""Verbs whose "at a meeting ..." is the meeting they tell."""


def _conveners(noun: Token, tree: Tree) -> list[Token]:
    """Who holds a gathering, named in a participle that describes it ("a summit hosted by
    Chile", "the meeting, convened by the Peruvian government"): they take part in it."""
    prep = tree.head(noun)
    verb = tree.head(prep) if prep is not None and noun.dep == "pobj" else None
    if verb is not None and verb.pos == "VERB" and verb.lemma.lower() in MEETING_VERBS:
        return []  # "met at a meeting chaired by X": the verb's meeting, told once
    return [
        g
        for clause in tree.children(noun)
        if clause.dep == "acl"
        and clause.tag in ("VBN", "VBD")
        and clause.lemma.lower() in CONVENING_VERBS
        for agent in tree.children(clause)
        if agent.dep == "agent"
        for g in tree.children(agent)
        if g.dep == "pobj"
    ]


def _attendees(hit: Hit, tree: Tree) -> list[tuple[Token, Side]]:
    """Who attends a gathering whose date a participle gives ("X attended talks held in Lima
    on Monday", "joined a summit hosted by Chile on Friday"): the participle carries the noun,
    and the attending verb's subject takes part as well."""
    noun, carrier = hit.token, hit.carrier
    if carrier is None or carrier.dep != "acl" or carrier.head != noun.i or noun.dep != "dobj":
        return []
    verb = tree.head(noun)
    if verb is None or verb.pos != "VERB" or verb.lemma.lower() not in ATTENDING_VERBS:
        return []
    found: list[tuple[Token, Side]] = []
    for subject, passive in _subjects(verb, tree):
        if not passive:
            found.append((subject, "source"))
            found += [(other, "source") for other in _companions(subject, verb, tree)]
    return found


def _hosted(place: Token, tree: Tree) -> list[Token]:
    """The forces a place that was attacked houses ("a base hosting U.S. troops", "an air
    base where coalition forces are stationed"): attacked with it."""
    if _hosting_gerund(place, tree):
        # "at Chile's air base housing US-led troops", the parser's "base housing" one
        # noun: the troops
        return [k for k in tree.children(place) if k.dep == "dobj"]
    written = place.text.lower()
    if not {place.lemma.lower(), written, written[:-1]} & HOSTING_NOUNS:
        return []  # ("bases", which the lemmatizer may make "basis")
    after = tree.get(place.i + 1)
    if after is not None and _hosting_gerund(after, tree):
        # "at the airfield hosting Chilean-led units", "hosting" read as a noun hung elsewhere
        return [k for k in tree.children(after) if k.dep == "dobj"]
    found = []
    for clause in tree.children(place):
        if clause.dep not in ("acl", "relcl") or clause.lemma.lower() not in HOSTING_VERBS:
            continue
        for kid in tree.children(clause):
            passive_subject = kid.dep == "nsubjpass"
            if (kid.dep == "dobj" and clause.dep == "acl") or passive_subject:
                found.append(kid)
    return found


def _hosting_gerund(token: Token, tree: Tree) -> bool:
    """A verb of housing forces the parser read as a noun after a place that houses them
    ("the airfield hosting allied soldiers", "airfield" its compound): the words from it on
    name the forces, the words before it the place."""
    written = token.text.lower()
    if token.pos != "NOUN" or not written.endswith("ing"):
        return False
    if not {written[:-3], written[:-3] + "e"} & HOSTING_VERBS:
        return False
    before = tree.get(token.i - 1)
    if before is None:
        return False
    said = before.text.lower()
    return bool({before.lemma.lower(), said, said[:-1]} & HOSTING_NOUNS)


NEARBY_PREPOSITIONS = frozenset({"near", "beside"})
"""Prepositions of a place next to something ("near U.S. troops"); "close to" and "next to"
are read as their adjective or adverb with its "to" ("by" is no such word: "an attack by U.S.
troops" names who did it)."""
NEARBY_WORDS = frozenset({"close", "next", "near"})
"""Words whose "to" says what something was next to ("close to U.S. forces")."""
NEARBY_SPOTS = frozenset({"area", "site", "position", "spot", "location", "vicinity", "zone"})
"""Nouns of a spot an attack hit, whose "close to" names what it came down next to ("hit an
area close to U.S. forces")."""
OCCURRING_VERBS = frozenset({"take", "occur", "happen", "strike", "hit", "target"})
"""Verbs an attack's noun is the subject or object of that say where it came down ("a rocket
strike came down close to Chilean soldiers", "shells hit a field close to Peruvian units")."""


def _forces_nearby(trigger: Token, tree: Tree) -> list[Token]:
    """Forces an attack came down next to ("a rocket strike came down close to Chilean units
    based at the port", "mortars landed near allied soldiers"), which it was aimed
    at: troops or units only, never a town or a building ("near the embassy" is where)."""
    done_to = [
        k
        for k in tree.children(trigger)
        if k.dep in ("dobj", "nsubjpass") and k.lemma.lower() not in NEARBY_SPOTS
    ]
    # (whom a verb names as attacked is its target: "attacked civilians near the soldiers")
    anchors = [] if trigger.pos == "VERB" and done_to else [trigger]
    verb = tree.head(trigger)
    subject = trigger.pos == "NOUN" and trigger.dep in ("nsubj", "nsubjpass")
    if subject and verb is not None and verb.lemma.lower() in OCCURRING_VERBS:
        anchors.append(verb)
    for holder in list(anchors):
        if holder.pos == "VERB":
            # "hit an area close to U.S. forces": the area's "close to" (not "attacked
            # civilians near the soldiers": they were attacked, not the soldiers)
            anchors += [
                o
                for o in tree.children(holder)
                if o.dep == "dobj" and o.lemma.lower() in NEARBY_SPOTS
            ]
    found = []
    for anchor in anchors:
        for kid in tree.children(anchor):
            preps = []
            if kid.dep == "prep" and kid.lemma.lower() in NEARBY_PREPOSITIONS:
                preps.append(kid)
            elif kid.lemma.lower() in NEARBY_WORDS and kid.dep in ("advmod", "amod", "acomp"):
                preps += [
                    p for p in tree.children(kid) if p.dep == "prep" and p.lemma.lower() == "to"
                ]
            for prep in preps:
                found += [
                    g
                    for g in tree.children(prep)
                    if g.dep == "pobj" and g.pos == "NOUN" and _force(g)
                ]
    return found


HARM_OBJECTS = HARM_WORDS | SUFFERED_HARMS
"""Harm done and harm suffered: what an accusation's object may be ("condemned the killing",
"condemned the deaths of two soldiers")."""


def _harm_object(token: Token) -> bool:
    """Whether a verb's object, or the object of its preposition, is harm done ("the
    killing", "the invasion", "responsibility for the murder")."""
    return token.dep in ("dobj", "pobj") and token.lemma.lower() in HARM_OBJECTS


def _possessed_by_victim(harm: Token, tree: Tree) -> bool:
    """Whether a harm's possessor is who suffered it: "Maria Lopez's assassination" (but
    "Peru's killing of two men": Peru killed)."""
    return harm.lemma.lower() in VICTIM_POSSESSED and not any(
        k.dep == "prep" and k.lemma.lower() == "of" for k in tree.children(harm)
    )


def _harmed(token: Token, harms: Sequence[Token], tree: Tree) -> bool:
    """Whether ``token`` names who or what one of ``harms`` was done to, in its "on",
    "against", "at" or "of" phrase ("the attack on the embassy", "the killing of civilians")."""
    prep = tree.head(token)
    return (
        token.dep == "pobj"
        and prep is not None
        and prep.lemma.lower() in VICTIM_PREPOSITIONS
        and tree.head(prep) in harms
    )


VICTIM_PREPOSITIONS = frozenset({"on", "against", "at", "of", "upon"})
"""What follows these after a harm done is whom it was done to ("the attack on the embassy")."""


def _misplaced_agent(token: Token, verb: Token, harms: Sequence[Token], tree: Tree) -> bool:
    """Whether ``token`` is who did a harm named as the object of an active ``verb``, in a
    "by" phrase the parser hung on the verb ("X condemned the attack on the base by ISIS")."""
    prep = tree.head(token)
    return (
        bool(harms)
        and token.dep == "pobj"
        and prep is not None
        and prep.lemma.lower() == "by"
        and tree.head(prep) == verb
        and any(k.dep == "nsubj" for k in tree.children(verb))
    )


def _brought_to_a_sum(verb: Token, tree: Tree) -> bool:
    """ "Brings the total assistance to $900 million", "brought the death toll to 20": a
    happening that raises a sum, whose object is no one who took part."""
    if verb.lemma.lower() not in SUM_VERBS:
        return False
    return any(
        k.dep == "prep"
        and k.lemma.lower() == "to"
        and any(g.ent in AMOUNT_LABELS for g in tree.subtree(k))
        for k in tree.children(verb)
    )


def phrase_owner(token: Token, tree: Tree, preps: Collection[str] = ()) -> Token | None:
    """The word whose prepositional phrase ``token`` is the object of ("an end to the attacks":
    end), where the preposition is one of ``preps`` (any, when none are given); None for a
    word that is no preposition's object."""
    prep = tree.head(token)
    if token.dep != "pobj" or prep is None or (preps and prep.lemma.lower() not in preps):
        return None
    return tree.head(prep)


def _measure_aimed_at(token: Token, tree: Tree) -> bool:
    """Whether a word is whom a measure or a strike is aimed at, in its "on" or "against"
    ("sanctions on Peru", "strikes against the militia")."""
    noun = phrase_owner(token, tree, ("on", "against"))
    return noun is not None and noun.lemma.lower() in AIMED_MEASURES


AIMED_MEASURES = frozenset(
    {"sanction", "sanctions", "embargo", "measure", "restriction", "ban", "tariff", "strike",
     "airstrike", "attack", "action", "operation", "offensive", "campaign"}
)  # fmt: skip
"""Nouns of what is done against someone, whose "on"/"against" names whom."""


def _deed_doers(deed: Token, tree: Tree, nouns: frozenset[str]) -> list[Token]:
    """Who did a wrong an accusation is about, or made the demand a refusal is of, named in
    its "by" or "from" phrase, straight or in a participle ("abuses by the militia",
    "crimes committed by the militia", "a ban by General X", "a demand from the US")."""
    if deed.lemma.lower() not in nouns:
        return []
    preps = [
        k for k in tree.children(deed) if k.dep == "prep" and k.lemma.lower() in ("by", "from")
    ]
    preps += [
        g
        for k in tree.children(deed)
        if k.dep == "acl" and k.pos == "VERB"
        for g in tree.children(k)
        if g.dep == "agent"
    ]
    return [g for p in preps for g in tree.children(p) if g.dep == "pobj"]


def _owners(group: Token, side: Side, tree: Tree, entities: Sequence[Mention]) -> list[Participant]:
    """Who a group is of, named before it or in its "of"/"from" phrase ("a NATO delegation",
    "a delegation of the US Congress", "a team from the alliance")."""
    tokens = [k for k in tree.children(group) if k.dep in ("compound", "nmod", "poss", "amod")]
    for prep in tree.children(group):
        if prep.dep == "prep" and prep.lemma.lower() in ("of", "from"):
            tokens += [g for g in tree.children(prep) if g.dep == "pobj"]
    found = []
    for token in tokens:
        for word in tree.subtree(token):
            entity = next((e for e in entities if e.start <= word.start < e.end), None)
            if entity is None or entity.label not in ACTOR_LABELS:
                continue
            part = Participant(
                entity.start, entity.end, entity.text, "entity", side, word, entity.label
            )
            if part not in found:
                found.append(part)
            break
    return found


DELEGATIONS = frozenset({"delegation", "team"})
"""Groups that stand for whom they come from: "a NATO delegation" is NATO at the table."""

LED_GROUPS = frozenset(
    {"delegation", "team", "mission", "group", "committee", "commission", "party", "panel",
     "contingent", "convoy"}
)  # fmt: skip
"""Nouns of a body of people that someone leads ("a delegation led by the minister")."""
LEADING_VERBS = frozenset({"lead", "head", "chair"})


def _leaders(group: Token, tree: Tree) -> list[Token]:
    """Who leads a group that takes part, and so takes part on its side: "received a NATO
    delegation led by the Deputy Secretary General" (the participle may hang on the verb, after
    the group's own words)."""
    if group.lemma.lower() not in LED_GROUPS:
        return []
    clauses = [k for k in tree.children(group) if k.dep == "acl"]
    # ("a delegation from NATO Mission Iraq headed by its commander": the participle hung on
    # the name of whom the group comes from)
    clauses += [
        k
        for p in tree.children(group)
        if p.dep == "prep" and p.lemma.lower() == "from"
        for g in tree.children(p)
        if g.dep == "pobj"
        for k in tree.children(g)
        if k.dep == "acl"
    ]
    verb = tree.head(group)
    if verb is not None and group.dep == "dobj":
        clauses += [k for k in tree.children(verb) if k.dep == "advcl" and k.i > group.i]
    found = []
    for clause in clauses:
        if clause.lemma.lower() not in LEADING_VERBS or clause.tag != "VBN":
            continue
        for agent in tree.children(clause):
            if agent.dep == "agent":
                found += [g for g in tree.children(agent) if g.dep == "pobj"]
    return found


ADDRESSEE_PREPOSITIONS = frozenset({"for", "to", "with", "against", "toward", "towards"})
"""Prepositions of the happening a verb's object names that say whom it is addressed to
("expressed support for Iraq", "voiced solidarity with Ukraine")."""


def _objects_addressees(hit: Hit, tree: Tree) -> list[tuple[Token, Side]]:
    """Whom the object of a trigger verb narrowed by its object is addressed to: the object
    names the happening ("expressed support"), its preposition whom it is for."""
    found: list[tuple[Token, Side]] = []
    for obj in tree.children(hit.token):
        if obj.dep != "dobj" or obj.lemma.lower() not in hit.trigger.objects:
            continue
        # its own phrases, and those the parser hung on its "of" phrase ("handed over
        # command of the mission to X")
        nouns = [obj] + [
            g
            for k in tree.children(obj)
            if k.dep == "prep" and k.lemma.lower() == "of"
            for g in tree.children(k)
            if g.dep == "pobj"
        ]
        for noun in nouns:
            for prep in tree.children(noun):
                if prep.dep == "prep" and prep.lemma.lower() in ADDRESSEE_PREPOSITIONS:
                    found += [(g, "target") for g in tree.children(prep) if g.dep == "pobj"]
    return found


INTENT_PREPOSITIONS = frozenset({"with", "against", "on", "to", "toward", "towards"})
"""Prepositions of what a happening intends that name whom it is meant for ("threatened to
break relations with Russia", "further action against Russia")."""
INTENDED_PREPOSITIONS = INTENT_PREPOSITIONS | {"for"}
"""The same in what a verb says will be done, where "for" names who it is for too ("agreed to
provide aid for Poland")."""


def _clause_subjects(token: Token, tree: Tree) -> list[Token]:
    """The subjects of the that-clauses a word of asking governs, or of its "for ... to"
    clause ("called for Peru to withdraw"): whom it asks to act."""
    return [
        subject
        for clause in tree.children(token)
        if clause.dep in ("ccomp", "acl", "advcl") and clause.pos == "VERB"
        if any(
            k.dep == "mark" and k.lemma.lower() == ("for" if clause.dep == "advcl" else "that")
            for k in tree.children(clause)
        )
        or clause.dep == "ccomp"
        for subject in tree.children(clause)
        if subject.dep == "nsubj"
    ]


def _asked_of(verb: Token, tree: Tree) -> list[Token]:
    """Whom a demand is made of, named after what is demanded: "demanding autonomy from the
    Serbian authorities", "demanded an admission by Moscow that ..." (not "by Friday")."""
    found = []
    for thing in [verb, *(k for k in tree.children(verb) if k.dep == "dobj")]:
        for prep in tree.children(thing):
            lemma = prep.lemma.lower()
            if (
                prep.dep != "prep"
                or lemma not in ("from", "by")
                or (lemma == "by" and thing is verb)
            ):
                continue
            found += [
                g
                for g in tree.children(prep)
                if g.dep == "pobj" and g.ent not in ("DATE", "TIME") and g.pos in ("PROPN", "NOUN")
            ]
    return found


def _intended_targets(
    verb: Token, tree: Tree, *, promise: bool = False, judged: bool = False
) -> list[tuple[Token, Side]]:
    """Whom a threat, a promise or a refusal is aimed at, named in what it says will be done
    ("threatened to cut off gas to Arica", "agreed to provide aid for Bolivia")
    or in the action it names ("threatened further action against Russia"). ``promise``: the
    verb names what it promises, which may hang past a time ("threatened on Monday to impose
    sanctions on Peru"). ``judged``: the verb condemns or protests its object, whose "against"
    or "on" names who suffered it, not whom the verb is aimed at."""
    found: list[tuple[Token, Side]] = []
    # "urged Germany to restrict the airline's flights": whom it asks is its target, not what
    # the asked are to act on
    addressed = any(
        _addressee(k, tree) for k in tree.children(verb) if k.dep in ("dobj", "dative")
    ) or any(
        _addressee(g, tree)
        for k in tree.children(verb)
        if k.dep == "prep" and k.lemma.lower() in ("on", "upon")  # "called on Sweden to"
        for g in tree.children(k)
        if g.dep == "pobj"
    )
    for kid in tree.children(verb):
        named = kid.dep == "xcomp" or (promise and infinitive_of(kid, tree))
        if named and kid.pos == "VERB" and not addressed:
            for grand in tree.children(kid):
                if (
                    grand.dep == "dobj"
                    and grand.pos == "NOUN"
                    and kid.lemma.lower() in MANDATIVE_HEADS
                    and not _names_actor(grand, tree)
                ):
                    # "voted to call for the safety of farmers": what is demanded, and
                    # whom it is for, are no one the vote was aimed at; whom it is
                    # demanded from is ("threatened to demand compensation from Peru")
                    found += [
                        (g, "target")
                        for p in tree.children(grand)
                        if p.dep == "prep" and p.lemma.lower() == "from"
                        for g in tree.children(p)
                        if g.dep == "pobj"
                    ]
                    continue
                if grand.dep in ("dobj", "dative") and grand.pos in ("PROPN", "NOUN"):
                    found.append((grand, "target"))
                    # "threatened to break relations with Russia": whom the thing is with
                    found += [
                        (g, "target")
                        for p in tree.children(grand)
                        if p.dep == "prep" and p.lemma.lower() in INTENT_PREPOSITIONS
                        for g in tree.children(p)
                        if g.dep == "pobj"
                    ]
                elif grand.dep == "prep" and grand.lemma.lower() in INTENDED_PREPOSITIONS:
                    found += [(g, "target") for g in tree.children(grand) if g.dep == "pobj"]
            # "agreed to provide 12 million dollars of relief for Bolivia"
            found += [(g, "target") for g in _amount_recipients(kid, tree)]
        elif (
            kid.dep == "dobj"
            and kid.pos == "NOUN"
            and not (kid.lemma.lower() in PERSON_NOUNS and not _own(kid, tree))
        ):
            # ("received the ambassador to Peru", "the commander of the coalition against
            # X": a person's phrase says who they are, not whom the act is aimed at; "withdrew
            # its ambassador to Peru": its own, whom it had sent there)
            for grand in tree.children(kid):
                if grand.dep != "prep" or grand.lemma.lower() not in INTENT_PREPOSITIONS:
                    continue
                if judged and grand.lemma.lower() in ("against", "on", "upon"):
                    continue  # ("condemned the war against Bolivia": who suffered it)
                found += [(g, "target") for g in tree.children(grand) if g.dep == "pobj"]
    return found


def _own(noun: Token, tree: Tree) -> bool:
    """A noun its doer owns, by a possessive pronoun ("its ambassador", "their envoy")."""
    return any(
        k.dep == "poss" and k.lemma.lower() in ("its", "their", "his", "her", "our", "my")
        for k in tree.children(noun)
    )


LISTING_VERBS = frozenset({"include", "be"})
"""Verbs that list who "those" a participle tells of are ("Those sanctioned include X")."""


def _those_listed(verb: Token, tree: Tree) -> list[Token]:
    """Who "those" a participle tells of are, listed by the sentence ("Those sanctioned include
    X and Y", "Among those sanctioned are X and Y"): whom the happening was done to."""
    those = tree.head(verb)
    if verb.dep != "acl" or verb.tag != "VBN" or those is None or those.lemma.lower() != "those":
        return []  # ("those opposing the plan include X": who did it, not to whom)
    listing = tree.head(those)
    if those.dep == "pobj" and listing is not None and listing.lemma.lower() == "among":
        listing, wanted = tree.head(listing), ("nsubj", "attr")
    elif those.dep == "nsubj":
        wanted = ("dobj", "attr")
    else:
        return []
    if listing is None or listing.lemma.lower() not in LISTING_VERBS:
        return []
    return [
        m
        for k in tree.children(listing)
        if k.dep in wanted and k is not those
        for m in _with_conjuncts(k, tree)
    ]


ENDING_NOUNS = frozenset({"end", "halt", "stop", "cessation", "ending", "suspension"})
"""Nouns of a happening's end, whose "to" or "of" names what is to end ("called for an end to
the attacks")."""


def ended_harm(noun: Token, tree: Tree) -> Token | None:
    """The noun of an ending ("an end", "a halt") whose "to" or "of" names ``noun``: what is
    to end or ended ("an end to these attacks"); None when ``noun`` is not so named."""
    ending = phrase_owner(noun, tree, ("to", "of"))
    return ending if ending is not None and ending.lemma.lower() in ENDING_NOUNS else None


def _asked_to_stop(verb: Token, tree: Tree) -> list[Token]:
    """Who is asked to stop what a demand calls an end to ("called for an end to attacks by
    the rebels", "demanded a halt to Chile's strikes"): their doers."""
    endings = [k for k in tree.children(verb) if k.dep == "dobj"]
    endings += [
        g
        for k in tree.children(verb)
        if k.dep == "prep" and k.lemma.lower() == "for"
        for g in tree.children(k)
        if g.dep == "pobj"
    ]
    found = []
    for ending in endings:
        if ending.lemma.lower() not in ENDING_NOUNS:
            continue
        for prep in tree.children(ending):
            if prep.dep == "prep" and prep.lemma.lower() == "by":
                # ("an end to these attacks by the rebels", its "by" hung on the end)
                found += [g for g in tree.children(prep) if g.dep == "pobj"]
            if prep.dep != "prep" or prep.lemma.lower() not in ("to", "of"):
                continue
            for harm in (g for g in tree.children(prep) if g.dep == "pobj"):
                for kid in tree.children(harm):
                    if kid.dep == "poss" or (
                        kid.dep in ("amod", "compound") and kid.ent in ("NORP", "GPE", "ORG")
                    ):
                        found.append(kid)
                    elif kid.dep == "prep" and kid.lemma.lower() == "by":
                        found += [g for g in tree.children(kid) if g.dep == "pobj"]
    return found


def _addressee(token: Token, tree: Tree) -> bool:
    """Someone asked: a name, a pronoun or a person ("urged Sweden", "urged them", "urged the
    minister"); "asked member states" names no one in particular."""
    lemma = token.lemma.lower()
    return (
        token.ent in ACTOR_LABELS
        or token.pos == "PRON"
        or lemma in PERSON_NOUNS
        or (lemma in ACTOR_NOUNS and lemma not in WEAK_ACTOR_NOUNS)  # "the authorities"
        or any(  # "urged allies such as Germany": whom it names
            k.dep == "prep" and k.lemma.lower() in ("as", "including") and g.ent in ACTOR_LABELS
            for k in tree.children(token)
            for g in tree.children(k)
            if g.dep == "pobj"
        )
    )


def _stray_conjuncts(token: Token, tree: Tree) -> list[Token]:
    """Names coordinated with a prepositional object that the parser hung on the clause's
    verb instead ("during a meeting with X, the Advisor of Iraq, and General Y")."""
    if token.dep != "pobj":
        return []
    current: Token | None = token
    while current is not None and current.pos != "VERB":
        if current.dep not in ("pobj", "prep", "appos") and current is not token:
            return []
        current = tree.head(current)
    if current is None:
        return []
    return [
        k
        for k in tree.children(current)
        if k.dep == "conj" and k.pos in ("PROPN", "NOUN") and k.i > token.i
    ] + _added_names(token, tree)


def _added_names(token: Token, tree: Tree) -> list[Token]:
    """Names a list goes on with after "as well as" that the parser hung higher up ("met
    officials from X and Y, as well as Envoy Jane Roe"): the list runs on when no verb
    stands between the object and the "as well as"."""
    for i in range(token.i + 1, max(tree) + 1):
        word = tree.get(i)
        if word is None or word.pos in ("VERB", "AUX"):
            return []
        if word.text.lower() == "as" and i >= 2 and _as_well(tree, i):
            return [
                k
                for k in tree.children(word)
                if k.dep in ("pobj", "conj") and k.pos == "PROPN" and k.i > i
            ] + [
                k
                for k in tree.children(tree.get(i - 2) or word)
                if k.dep in ("pobj", "conj") and k.pos == "PROPN" and k.i > i
            ]
    return []


def _as_well(tree: Tree, i: int) -> bool:
    """Whether the word at ``i`` closes "as well as"."""
    first, second = tree.get(i - 2), tree.get(i - 1)
    return (
        first is not None
        and second is not None
        and first.text.lower() == "as"
        and second.text.lower() == "well"
    )


def _verb_arguments(
    verb: Token,
    tree: Tree,
    subject_side: Side,
    skip: Token | None,
    encounter: bool = False,
    armed: bool = False,
    *,
    experiencer: bool = False,
) -> list[tuple[Token, Side]]:
    found: list[tuple[Token, Side]] = []
    for subject, passive in _subjects(verb, tree):
        if subject is not skip:
            side: Side = "target" if passive and not experiencer else subject_side
            found.append((subject, side))
            found += [(other, side) for other in _companions(subject, verb, tree)]
    if encounter:
        found += [(p, "target") for p in _in_presence_of(verb, tree)]
    stray = stray_preposition(verb, tree)
    if stray is not None and (clause := tree.head(stray)) is not None:
        found += [(s, "target") for s in tree.children(clause) if s.dep == "nsubj"]
    found += [(s, "target") for s in _dangling_objects(verb, tree)]
    found += [(s, "target") for s in _shared_objects(verb, tree)]
    doer = any(side == "source" for _, side in found) or any(
        k.dep == "agent" for k in tree.children(verb)
    )
    # "at the request of X" with no one named doing it ("the mission was set up at the
    # request of Iraq"): X asked for it, and did not do it; "on the orders of X" X did
    found += [(s, "source") for s in _principals(verb, tree, doer=doer)]
    for kid in tree.children(verb):
        if kid is skip:
            continue
        if skip is not None and kid.dep == "prep" and _free_relative_of(kid, skip, tree):
            continue  # "joined X in what was an hour in talks with Y": the talks' own words
        named_as = kid.dep == "oprd" and (
            kid.ent == "PERSON" or _office_made(kid, tree)
        )  # "named Ana Soto as envoy", "named Ana Soto defence minister"
        if (kid.dep in ("dobj", "dative") or named_as) and kid.pos not in ("VERB", "ADP"):
            if encounter and kid.dep == "dobj" and verb.lemma.lower() in TOPIC_VERBS:
                continue  # "discussed with X the future of the mission": what, not whom
            if kid.dep == "dobj" and verb.lemma.lower() in SIGNING_VERBS and kid.ent != "PERSON":
                # "signed an Exchange of Notes", a name of a text: what, not whom; the "with"
                # the parser hung on it is whom ("signed the Andean Pact with Peru")
                found += [
                    (g, "target")
                    for p in tree.children(kid)
                    if p.dep == "prep" and p.lemma.lower() == "with"
                    for g in tree.children(p)
                    if g.dep == "pobj"
                ]
                continue
            if skip is not None and verb.lemma.lower() in COMPANION_VERBS:
                # "joined the President for talks with X": the President is on the side
                # of who joined him
                found.append((kid, subject_side))
                continue
            found.append((kid, "target"))
            found += [(g, "target") for g in _posted_from(kid, tree)]
        elif kid.dep in ("prep", "agent") or (kid.dep == "dative" and kid.pos == "ADP"):
            # "handed over command to X": the parser may call "to" a dative
            pairs = _prep_objects(kid, tree, skip=skip, encounter=encounter)
            if (
                kid.lemma.lower() == "from"
                and armed
                and _passive(verb, tree)
                and not any(k.dep == "agent" for k in tree.children(verb))
            ):
                # "rockets were fired from Syria": where they came from, not who fired them
                pairs = [(g, s) for g, s in pairs if g.ent not in ("GPE", "LOC")]
            if kid.lemma.lower() == "from" and verb.lemma.lower() in TAKING_VERBS:
                pairs = [(g, "target") for g, _ in pairs]  # "liberated the town from ISIL"
            if experiencer and kid.lemma.lower() in CAUSE_PREPOSITIONS:
                # "shocked by reports that X killed ...", "appalled at X's attack": X
                causes = [g for g in tree.children(kid) if g.dep == "pobj"]
                pairs = [(d, "target") for g in causes for d in _doers(g, tree)]
            if kid.lemma.lower() == "with" and armed and verb.lemma.lower() not in RECIPROCAL:
                # "flying sorties with the Chilean Air Force": who strikes alongside
                pairs = [(g, subject_side) for g, _ in pairs]
            if kid.lemma.lower() == "with":
                # "investigated the blast with the help of the army": the army helped, on
                # the side of who investigated (not what was investigated)
                helped = [
                    g
                    for g in tree.children(kid)
                    if g.dep == "pobj" and g.lemma.lower() in HELP_NOUNS
                ]
                if helped:
                    pairs = [(g, s) for g, s in pairs if g not in helped]
                    pairs += [(o, subject_side) for g in helped if (o := of_object(g, tree))]
            found += pairs
            if kid.lemma.lower() == "into":
                # "entered into an agreement with X": X is the verb's other side
                for pobj in tree.children(kid):
                    found += [
                        pair
                        for grand in tree.children(pobj)
                        if grand.dep == "prep"
                        for pair in _prep_objects(grand, tree, skip=skip, encounter=encounter)
                    ]
    return found


def _posted_from(noun: Token, tree: Tree) -> list[Token]:
    """The country an object that says whose it is was taken from ("recalled its ambassador
    from Peru", "pulled their diplomats from Lima"): the side it was done to."""
    if not any(k.dep == "poss" for k in tree.children(noun)):
        return []
    return [
        g
        for prep in tree.children(noun)
        if prep.dep == "prep" and prep.lemma.lower() == "from"
        for g in tree.children(prep)
        if g.dep == "pobj" and g.ent == "GPE"
    ]


HELP_NOUNS = frozenset(
    {"help", "assistance", "aid", "support", "backing", "cooperation", "participation",
     "collaboration", "involvement"}
)  # fmt: skip
"""Nouns of "with the help of X": X helped whoever did it."""

CAUSE_PREPOSITIONS = frozenset({"by", "at", "over", "about"})
"""What a feeling's "by", "at", "over" or "about" names is what caused it."""

TOPIC_VERBS = frozenset({"discuss", "review", "address", "examine", "explore", "negotiate"})
"""Verbs of an encounter whose object is what was talked about, not who took part."""

RECIPROCAL = frozenset(
    {"clash", "fight", "battle", "skirmish", "fighting", "confrontation", "engage", "exchange",
     "war", "conflict", "combat", "struggle"}
)  # fmt: skip
"""Fighting words whose "with" names the other side ("clashed with ISIS"), not who fights
alongside ("airstrikes with the Royal Air Force")."""

TAKING_VERBS = frozenset(
    {"liberate", "retake", "recapture", "capture", "seize", "free", "wrest", "expel", "oust",
     "rescue", "withdraw", "pull", "evacuate", "remove", "retreat", "deport", "evict"}
)  # fmt: skip
"""Verbs whose "from" names whom something was taken from, or the country left ("withdrew
its troops from Lebanon"), the side it was done to, not who did it."""


PRINCIPAL_NOUNS = frozenset(
    {"behalf", "request", "order", "behest", "direction", "instruction", "instigation"}
)
"""Nouns of "on behalf of X", "at the request of X", "on the orders of X": X is whom the
deed is done for or by order of, and so on its side."""


COMMANDS = frozenset({"direction", "order", "instruction", "behest", "instigation"})
"""Of :data:`PRINCIPAL_NOUNS`, those whose giver has the deed done ("at X's direction")."""


def _principals(verb: Token, tree: Tree, *, doer: bool = True) -> list[Token]:
    """Who a verb's subject acts for or at the request of ("On behalf of President Ramos, I
    congratulate ...", "Per request of the Prime Minister, the King dissolved ...", "At
    President Vidal's direction, the army struck ..."); with
    no doer named (``doer`` false), not one who only requested it."""
    found = []
    for prep in tree.children(verb):
        if prep.dep != "prep" or prep.lemma.lower() not in ("on", "at", "per", "upon", "by"):
            continue
        for noun in tree.children(prep):
            if noun.dep != "pobj" or noun.lemma.lower() not in PRINCIPAL_NOUNS:
                continue
            if not doer and noun.lemma.lower() == "request":
                continue
            for of in tree.children(noun):
                if of.dep == "prep" and of.lemma.lower() == "of":
                    found += [g for g in tree.children(of) if g.dep == "pobj"]
                elif of.dep == "poss" and of.pos == "PROPN" and noun.lemma.lower() in COMMANDS:
                    found.append(of)  # "at President Ramos's direction" (not "at Chile's
                    # request": who asked did not do it)
    return found


COMPANION_VERBS = frozenset({"join", "accompany"})
"""Participles that add people to their noun's side ("Sullivan, joined by McGurk, will
travel")."""


GATHERING_NOUNS = frozenset(
    {"meeting", "session", "talks", "talk", "summit", "dinner", "lunch", "negotiations",
     "round", "dialogue", "consultations", "ceremony", "conference", "visit", "trip", "tour"}
)  # fmt: skip
"""What people attend together ("attended the session along with Y": Y attended it too)."""


def _in_presence_of(verb: Token, tree: Tree) -> list[Token]:
    """Who an encounter was held "in the presence of" ("hosted X in the presence of the
    head of the mission, General Y, and Z"): there too; each name listed, by its
    apposed name where the list names an office first."""
    heads = [
        head
        for prep in tree.children(verb)
        if prep.dep == "prep" and prep.lemma.lower() == "in"
        for presence in tree.children(prep)
        if presence.dep == "pobj" and presence.lemma.lower() == "presence"
        for of in tree.children(presence)
        if of.dep == "prep" and of.lemma.lower() == "of"
        for head in tree.children(of)
        if head.dep == "pobj"
    ]
    found: list[Token] = []
    for head in heads:
        listed = [head, *(k for k in tree.subtree(head) if k.dep == "conj")]
        for n, item in enumerate(listed):
            # (the name apposed to the office or to its body: "the Commander of the
            # mission, General Y"), before the next listed one
            end = listed[n + 1].i if n + 1 < len(listed) else None
            named = next(
                (
                    k
                    for k in tree.subtree(item)
                    if k.dep == "appos" and k.ent == "PERSON" and (end is None or k.i < end)
                ),
                None,
            )
            chosen = named or item
            if chosen.ent in ACTOR_LABELS or chosen.ent == "PERSON":
                found.append(chosen)
    return found


def _companions(subject: Token, verb: Token, tree: Tree) -> list[Token]:
    """Who goes with a subject, named in a participle after it (which the parser may hang on
    the verb): "X, joined by Y," and "X, accompanied by Y," do what X does."""
    found = []
    clauses = [k for k in tree.children(subject) if k.dep == "acl"]
    clauses += [k for k in tree.children(verb) if k.dep == "advcl" and k.tag == "VBN"]
    for clause in clauses:
        if clause.lemma.lower() not in COMPANION_VERBS:
            continue
        for agent in tree.children(clause):
            if agent.dep == "agent":
                found += [g for g in tree.children(agent) if g.dep == "pobj"]
    # "X attended the talks along with Y", "together with Y": Y does what X does (after
    # another object, "arrested A along with B", B is one more object)
    objects = [k for k in tree.children(verb) if k.dep == "dobj"]
    gatherings = all(o.lemma.lower() in GATHERING_NOUNS for o in objects)
    after_verb = [k for k in tree.children(verb) if gatherings or k.i < verb.i]
    if gatherings:
        after_verb += [k for o in objects for k in tree.children(o)]  # "the talks along with"
    for prep in [*after_verb, *tree.children(subject)]:
        if prep.dep == "prep" and prep.lemma.lower() in ("along", "together"):
            for with_ in tree.children(prep):
                if with_.dep == "prep" and with_.lemma.lower() == "with":
                    found += [g for g in tree.children(with_) if g.dep == "pobj"]
    return found


SHARING_VERBS = frozenset(
    {"arrest", "detain", "question", "interrogate", "charge", "indict", "try", "convict",
     "sentence", "jail", "kill", "wound", "injure", "attack", "beat", "torture", "kidnap",
     "abduct", "release", "free", "expel", "deport", "condemn", "criticise", "criticize",
     "accuse", "praise", "welcome", "meet", "host", "receive", "sanction", "punish", "fine"}
)  # fmt: skip
"""Verbs that take an object and share it with the verb "and" joins after them ("arrested
and charged X", "detained and questioned X", "condemned and rejected X")."""


def _shared_objects(verb: Token, tree: Tree) -> list[Token]:
    """The object a verb shares with the verb "and" joins after it ("arrested and charged
    Maria Lopez with murder": Lopez was arrested too), when it has no object of its own."""
    kids = tree.children(verb)
    if verb.pos != "VERB" or verb.lemma.lower() not in SHARING_VERBS:
        return []  # ("arrived and arrested X", "resigned and left Peru": no object of theirs)
    if any(
        k.dep in ("dobj", "dative", "ccomp", "xcomp", "prt") or k.dep.startswith("nsubjpass")
        for k in kids
    ):
        return []
    if not any(k.dep == "cc" and k.lemma.lower() in ("and", "or") for k in kids):
        return []
    for other in kids:
        if other.dep != "conj" or other.pos != "VERB" or other.i != verb.i + 2:
            continue  # (right after "and": "arrested and charged", not a clause of its own)
        if any(k.dep in ("nsubj", "nsubjpass") for k in tree.children(other)):
            return []
        return [k for k in tree.children(other) if k.dep == "dobj" and k.pos in ("PROPN", "NOUN")]
    return []


def _dangling_objects(verb: Token, tree: Tree) -> list[Token]:
    """The object of a participant preposition the parser left empty, having read the name
    after it as the subject of the next clause ("talked with President Ruiz of Peru to
    thank him": Ruiz is who the verb was done with)."""
    found = []
    for prep in tree.children(verb):
        if prep.dep != "prep" or prep.lemma.lower() not in PARTICIPANT_PREPOSITIONS:
            continue
        if any(k.dep == "pobj" for k in tree.children(prep)):
            continue
        for clause in tree.children(verb):
            if clause.i <= prep.i or clause.pos != "VERB":
                continue
            found += [
                s
                for s in tree.children(clause)
                if s.dep == "nsubj" and tree.subtree(s)[0].i == prep.i + 1
            ]
    return found


def _prep_objects(
    prep: Token,
    tree: Tree,
    *,
    skip: Token | None,
    of_side: Side = "target",
    encounter: bool = False,
) -> list[tuple[Token, Side]]:
    lemma = prep.lemma.lower()
    if encounter and lemma in ENCOUNTER_SKIPPED_PREPOSITIONS:
        return []
    side: Side
    if prep.dep == "agent" or lemma in SOURCE_PREPOSITIONS or lemma in BOTH_SIDES_PREPOSITIONS:
        side = "source"
    elif lemma == "of":
        side = of_side
    elif lemma in PARTICIPANT_PREPOSITIONS:
        side = "target"
    else:
        return []
    # "met with X and with Y": the second "with", the first's conjunct, names one more
    again = [k for k in tree.children(prep) if k.dep == "conj" and k.lemma.lower() == lemma]
    return [
        (g, side)
        for p in (prep, *again)
        for g in tree.children(p)
        if g.dep == "pobj"
        and g is not skip
        and g.lemma.lower() not in NOT_PARTICIPANT_NOUNS
        and not (lemma in QUANTITY_PREPOSITIONS and _counted_force(g, tree))
        and not (lemma == "for" and _bare_office(g, tree))
    ]


def _bare_office(noun: Token, tree: Tree) -> bool:
    """A title with no article and no name, as what someone is put up for ("nominated X for
    prime minister", "ran for president"): an office, not someone."""
    return (
        noun.lemma.lower() in PERSON_NOUNS
        and noun.tag in ("NN", "NNP")
        and not noun.ent
        and not any(k.dep in ("det", "poss", "nummod") for k in tree.children(noun))
    )


QUANTITY_PREPOSITIONS = frozenset({"to", "from", "by"})
"""Prepositions of a change in size: "enlarge the force from 300 to 2,500 soldiers"."""


def _counted_force(noun: Token, tree: Tree) -> bool:
    """A number of troops or staff ("4,000 personnel"): a size, not someone taking part."""
    return _force(noun) and any(k.dep == "nummod" for k in tree.children(noun))


IDENTIFIED_NOUNS = frozenset(
    {"man", "woman", "person", "suspect", "attacker", "gunman", "assailant", "driver",
     "perpetrator", "victim", "teenager", "youth", "boy", "girl"}
)  # fmt: skip
"""Nouns of someone not yet named whom a participle may name ("the man, later identified as
X")."""
NAMING_VERBS = frozenset({"identify", "name"})
FINITE_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "mark"})


def _identified_as(
    noun: Token, side: Side, tree: Tree, entities: Sequence[Mention]
) -> Participant | None:
    """The person a participle names an unnamed someone as, hung on the noun or on the verb it
    is the object of ("the man, later identified as Tomas Vidal")."""
    clauses = [k for k in tree.children(noun) if k.dep in ("acl", "relcl")]
    verb = tree.head(noun)
    if verb is not None and noun.dep in ("dobj", "nsubjpass"):
        clauses += [
            k
            for k in tree.children(verb)
            if k.dep in ("dep", "advcl")
            and k.i > noun.i
            and not any(g.dep in FINITE_CLAUSE_DEPS for g in tree.children(k))
        ]  # not "after the victim was identified as X": a clause of its own
    for clause in clauses:
        if clause.lemma.lower() not in NAMING_VERBS or clause.tag != "VBN":
            continue
        for prep in tree.children(clause):
            if prep.dep != "prep" or prep.lemma.lower() != "as":
                continue
            for name in tree.children(prep):
                entity = next((e for e in entities if e.start <= name.start < e.end), None)
                if entity is not None and entity.label == "PERSON":
                    return Participant(
                        entity.start, entity.end, entity.text, "entity", side, name, "PERSON"
                    )
    return None


def _subject_read_as_object_of_mark(verb: Token, tree: Tree) -> list[Token]:
    """A name the parser hung on the conjunction opening the verb's clause ("after [Jane
    Roe] stepped down": "Roe" the object of "after"): the clause's subject."""
    return [
        g
        for k in tree.children(verb)
        if k.dep == "mark" and k.i < verb.i
        for g in tree.children(k)
        if g.dep == "pobj" and g.i < verb.i and g.ent in ("PERSON", "ORG", "GPE", "NORP")
    ]


_TIME_LABELS = frozenset({"DATE", "TIME"})


def _subject_read_as_object_of_time(verb: Token, tree: Tree) -> list[Token]:
    """The subject the parser hung on the day opening the sentence when no comma closes it
    ("On Saturday [President] of Peru, X, met Y": "President" the object of "On", "Saturday"
    its compound): the clause's subject, the day its time."""
    found = []
    for prep in tree.children(verb):
        if prep.dep != "prep" or prep.i > verb.i or prep.lemma.lower() not in ("on", "in", "at"):
            continue
        for noun in tree.children(prep):
            if noun.dep != "pobj" or noun.ent in _TIME_LABELS or noun.pos not in ("PROPN", "NOUN"):
                continue
            if not noun.text[:1].isupper():
                continue
            if any(k.dep == "compound" and k.ent in _TIME_LABELS for k in tree.children(noun)):
                found.append(noun)
    return found


LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside"})


MAX_PHRASE_HOPS = 6
PHRASE_DEPS = frozenset({"pobj", "prep", "dobj", "acl", "compound", "appos", "conj"})
"""Links that stay inside one noun phrase, its prepositions and participles ("the attack on a
base hosting troops in Jordan")."""


def _described(head: Token, tree: Tree, verb: Token | None = None) -> Token:
    """What a relative clause describes: the noun it hangs on, but for a place the parser hung
    it on after "in" ("the attack on peacekeepers in Mali, which killed four soldiers"): the
    noun the place is of; and for a clause of harm hung on a noun inside an attack's phrase
    ("the drone attack on a base hosting Chilean troops in Peru that killed three soldiers"):
    the attack, which is what kills."""
    if verb is not None and verb.lemma.lower() in HARM_WORDS:
        current = head
        for _ in range(MAX_PHRASE_HOPS):
            up = tree.head(current)
            if up is None or current.dep not in PHRASE_DEPS:
                break
            if up.pos == "NOUN" and up.lemma.lower() in HARM_WORDS:
                return up
            current = up
    if verb is not None and any(
        k.dep in ("nsubj", "nsubjpass") and k.lemma.lower() == "who" for k in tree.children(verb)
    ):
        head = _who_described(head, tree)
        head = _named_as(head, tree) or head
    prep = tree.head(head)
    if (
        head.ent in ("GPE", "LOC", "FAC")
        and head.dep == "pobj"
        and prep is not None
        and prep.lemma.lower() in LOCATIVE_PREPOSITIONS
        and (owner := tree.head(prep)) is not None
        and owner.pos == "NOUN"
    ):
        return owner
    return head


def _of_person(appos: Token, tree: Tree) -> bool:
    """Whether an apposition says who a person is ("Ana Soto, a UN rapporteur")."""
    up = tree.head(appos)
    return up is not None and up.ent == "PERSON"


def _named_as(noun: Token, tree: Tree) -> Token | None:
    """Whom a verb of naming says an unnamed someone is ("identified Luis Ramos as the gunman
    who killed ...": the gunman is Luis Ramos)."""
    prep = tree.head(noun)
    if noun.dep != "pobj" or noun.lemma.lower() not in IDENTIFIED_NOUNS or prep is None:
        return None
    verb = tree.head(prep)
    if prep.lemma.lower() != "as" or verb is None or verb.lemma.lower() not in NAMING_VERBS:
        return None
    # ("identified X as the gunman who ...", "X was identified as the gunman who ...")
    return next(
        (k for k in tree.children(verb) if k.dep in ("dobj", "nsubjpass") and _may_act(k)),
        None,
    )


def _who_described(head: Token, tree: Tree) -> Token:
    """Whom a "who" clause describes when the parser hung it on the end of an organisation's
    name ("X, an inspector for the Office of the Andean Ombudsman for Workers who had
    looked into the dispute": X, not the office): the person the name's phrase is said of."""
    current, inside_org = head, False
    for _ in range(MAX_PHRASE_HOPS):
        inside_org = inside_org or current.ent == "ORG"
        if current.ent == "PERSON" or (
            current.pos == "NOUN"
            and (
                ACTOR_NOUNS.get(current.lemma.lower()) == "people"
                or current.lemma.lower() in PERSON_NOUNS
                or (current.dep == "appos" and _of_person(current, tree))
            )
        ):
            if current is not head and not inside_org:
                return head
            up = tree.head(current)
            if current.dep == "appos" and up is not None and _of_person(current, tree):
                return up  # "X, a spokesman for the ministry who met ...": X
            return current
        up = tree.head(current)
        if up is None or current.dep not in ("pobj", "prep", "compound"):
            break
        current = up
    return head


def _subjects(verb: Token, tree: Tree) -> list[tuple[Token, bool]]:
    """The verb's subjects, each with whether it is what the verb was done to (a passive
    subject). The parser may give a verb two ("BAGHDAD — X met"); a relative pronoun stands
    for the noun its clause describes ("Keating, who was killed"); the noun a participle
    describes is its subject ("the mission, set up in 2018": passive); a verb without one
    shares the subject of the verb it is joined to."""
    if (described := _participle_after_noun(verb, tree)) is not None:
        return [(described, True)]
    current = verb
    controlled = False  # reached through an infinitive: its own voice decides, not the head's
    for _ in range(MAX_INHERIT):
        subjects = [k for k in tree.children(current) if k.dep in ("nsubj", "nsubjpass")]
        if not subjects and current.pos == "ADJ":
            # "Chile is committed to ...", the subject hung on the auxiliary
            subjects = [
                k
                for aux in tree.children(current)
                if aux.dep in ("aux", "auxpass")
                for k in tree.children(aux)
                if k.dep in ("nsubj", "nsubjpass")
            ]
        subjects = (
            subjects
            or _subject_read_as_object_of_mark(current, tree)
            or _subject_read_as_object_of_time(current, tree)
        )
        head = tree.head(current)
        if subjects:
            if head is not None and current.dep == "relcl":
                head = _described(head, tree, current)
                return [
                    (head if s.lemma.lower() in RELATIVE_PRONOUNS else s, s.dep == "nsubjpass")
                    for s in subjects
                ]
            if controlled:
                # "X is expected to travel", "X was invited to attend": X travels, attends
                return [(s, _passive(verb, tree)) for s in subjects]
            if current is not verb and verb.dep == "conj" and _active_conjunct(verb, tree):
                # "we are concerned by ... and call on all parties": we call, whatever
                # voice the verb before was in
                return [(s, False) for s in subjects]
            if current is not verb and verb.dep == "conj" and _passive(verb, tree):
                # "X fled to Peru and was arrested there": X was arrested, whatever voice
                # the verb before was in
                return [(s, True) for s in subjects]
            if current is not verb and verb.dep in ("pcomp", "advcl") and _passive(verb, tree):
                # "served four months, after being charged with fraud": charged, whatever
                # voice the verb the clause hangs on is in
                return [(s, True) for s in subjects]
            if current is not verb and verb.dep == "pcomp" and verb.tag == "VBG":
                # "was institutionalized after attacking a woman": she attacked, whatever
                # voice the verb the clause hangs on is in
                return [(s, False) for s in subjects]
            reduced = _headline_passive(current, tree)
            return [(s, s.dep == "nsubjpass" or reduced) for s in subjects]
        if head is None:
            return []
        if current.dep == "xcomp" and head.lemma.lower() in CAUSING_HEADS:
            made = [k for k in tree.children(head) if k.dep == "dobj" and _may_act(k)]
            if made:  # "the incident prompted the president to announce ...": the president
                return [(k, _passive(verb, tree)) for k in made]
        if current.dep in ("relcl", "acl") and head.pos in ("NOUN", "PROPN", "PRON"):
            if _may_act(head):
                passive = current.dep == "acl" and current.tag == "VBN"
                return [(head, passive and not _main_verb_read_as_participle(current, tree))]
            # "put out a statement on the radio blaming Peru": who put it out blames, not the radio
            clause: Token | None = head
            while clause is not None and clause.pos not in ("VERB", "AUX"):
                clause = tree.head(clause) if clause.dep != "ROOT" else None
            if clause is None:
                return []
            current = clause
            continue
        gerund = current.dep == "pcomp" or (current.dep == "pobj" and current.tag == "VBG")
        preposition = head
        while (
            gerund and head is not None and head.pos not in ("VERB", "AUX") and not _promising(head)
        ):
            # "... by launching X", "looks forward to welcoming": the subject of the verb
            # the preposition hangs on
            head = tree.head(head)
        if head is None:
            return []
        if gerund and _judged_for(head, preposition):
            # "congratulated Maria Lopez on being nominated", "thanked Peru for sending aid":
            # the one judged did it, not who judges
            judged = [k for k in tree.children(head) if k.dep == "dobj"]
            judged = [
                next((a for a in tree.children(k) if a.dep == "appos" and _may_act(a)), k)
                for k in judged
            ]  # ("its former trustee, Maria Lopez": her)
            if judged and all(_may_act(k) for k in judged):
                return [(k, _passive(verb, tree)) for k in judged]
        if gerund and _joined_in(head, preposition):
            # "X joined the Minister in meeting farmers": both of them met them
            fellows = [(k, False) for k in tree.children(head) if k.dep == "dobj" and _may_act(k)]
            return [*_subjects(head, tree), *fellows]
        copula = tree.head(head) if head.dep == "acomp" else None
        if current.dep == "conj" and copula is not None:
            # "I am saddened and shocked by ...": the subject of the copula
            current = copula
            continue
        if current.dep == "acomp" and current.pos == "VERB" and head.pos == "AUX":
            # "she was shocked by ...", the participle read as the copula's complement
            current = head
            continue
        # "I'm happy to welcome": through the adjective to the subject of its copula (one
        # who is "ready to withdraw" only says so: see _reported_commitments)
        adjective = (
            head.pos == "ADJ"
            and current.dep == "xcomp"
            and head.lemma.lower() in PERFORMATIVE_HEADS
        ) or (
            current.pos == "ADJ"
            and current.dep == "acomp"
            and current.lemma.lower() in PERFORMATIVE_HEADS
        )
        if not adjective and (
            (current.dep not in INHERIT_DEPS and not gerund)
            or (head.pos not in ("VERB", "AUX", "NOUN") and not (gerund and _promising(head)))
        ):  # ("Chile is committed to providing aid": Chile provides it)
            return []
        controlled = (
            controlled
            or current.dep == "xcomp"
            or (
                current.dep == "advcl"
                and any(k.dep == "aux" and k.lemma.lower() == "to" for k in tree.children(current))
            )
        )  # ("we were honoured to meet X", an infinitive the parser hung as a clause: we met)
        current = head
    return []


MOTION_VERBS = frozenset(
    {"arrive", "return", "leave", "flee", "fly", "come", "go", "travel", "head", "walk", "run"}
)
"""Verbs of going somewhere, whose participle after the place tells of the one who went
("returned to Lima expelled by Chile")."""


def _participle_after_noun(verb: Token, tree: Tree) -> Token | None:
    """The noun a bare participle right after it describes, where the parser hung the
    participle on the main verb ("denounced the murder of three workers killed when ...":
    the workers were killed, not by whoever denounced it)."""
    if verb.dep != "advcl" or verb.tag != "VBN":
        return None
    if any(k.dep in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for k in tree.children(verb)):
        return None
    before = tree.get(verb.i - 1)
    if (
        before is None
        or before.pos != "NOUN"  # "arrived in Peru accused of spying": no name is done to
        or before.tag != "NNS"
        or before.dep not in ("pobj", "dobj")
        or before.ent in ("GPE", "LOC", "FAC")
        or before.lemma.lower() not in ACTOR_NOUNS
    ):
        return None
    main = tree.head(verb)
    if main is not None and main.lemma.lower() in MOTION_VERBS:
        return None  # "left the court acquitted of all charges": its subject was acquitted
    return before


def _promising(word: Token) -> bool:
    """An adjective of promising ("committed", "ready"), whose subject does what its
    preposition's gerund says ("is committed to providing aid")."""
    return word.pos == "ADJ" and word.lemma.lower() in PROMISE_HEADS


JUDGING_VERBS = frozenset(
    {"congratulate", "thank", "praise", "commend", "applaud", "salute", "blame", "criticise",
     "criticize", "fault", "condemn", "accuse", "punish", "reward", "honour", "honor"}
)  # fmt: skip
"""Verbs of judging someone for a deed ("congratulated X on being nominated", "blamed Peru
for attacking the ship"): their object did the deed the gerund tells."""


def _judged_for(verb: Token, preposition: Token) -> bool:
    """Whether a gerund's preposition is the "on" or "for" of a verb of judging its object."""
    return verb.lemma.lower() in JUDGING_VERBS and preposition.lemma.lower() in ("on", "for")


def _free_relative_of(prep: Token, noun: Token, tree: Tree) -> bool:
    """Whether a verb's preposition holds a free relative ("in what was a long afternoon")
    whose phrase holds the noun of the happening ("... in talks with Y"): the noun's words
    are its own, not the verb's."""
    return any(
        k.dep == "pcomp" and k.lemma.lower() == "be" and noun in tree.subtree(k)
        for k in tree.children(prep)
    )


def _joined_in(verb: Token, preposition: Token) -> bool:
    """Whether a gerund's or a noun's preposition is the "in" of joining someone in doing it
    ("joined the President in welcoming ...", "accompanied the Minister in talks with X")."""
    return verb.lemma.lower() in COMPANION_VERBS and preposition.lemma.lower() == "in"


def _main_verb_read_as_participle(verb: Token, tree: Tree) -> bool:
    """A sentence's main verb that the parser read as a participle describing its subject
    ("The commander of X, General Y, handed over command to Z", the title taken for the
    root): no verb heads the sentence, and the participle has an object and no agent."""
    root = next((t for t in tree.values() if t.head == t.i), None)
    if root is None or root.pos in ("VERB", "AUX"):
        return False
    kids = tree.children(verb)
    return any(k.dep == "dobj" for k in kids) and not any(k.dep == "agent" for k in kids)


ACTIVE_TAGS = frozenset({"VB", "VBP", "VBZ"})
"""Tags of a verb that can only be active (a base form or a present tense), no participle."""


def _active_conjunct(verb: Token, tree: Tree) -> bool:
    """Whether a verb joined to another is active whatever voice that one is in: a base form
    or a present tense, or a past with someone as its object ("was freed in 2011 and
    assaulted John Carter again": he attacked; "was arrested and charged with fraud", "was
    stopped and refused entry": passive)."""
    if verb.tag in ACTIVE_TAGS:
        return True
    kids = tree.children(verb)
    return (
        verb.tag in ("VBD", "VBN")
        and any(k.dep == "dobj" and _may_act(k) for k in kids)
        and not any(k.dep in ("auxpass", "agent") for k in kids)
    )  # (a passive keeps a thing as its object: "was stopped and refused entry")


def _headline_passive(verb: Token, tree: Tree) -> bool:
    """A passive written as headlines write it, without "was" ("Luis Ramos arrested on theft
    charge", "Mayor Charged with Fraud"): a past participle heading its sentence, with a
    subject and no auxiliary or object of its own."""
    kids = tree.children(verb)
    last = tree.get(max(tree)) if tree else None
    return (
        verb.tag == "VBN"
        and verb.dep == "ROOT"
        and last is not None
        and last.text not in SENTENCE_ENDS  # a headline ends with no full stop
        and any(k.dep == "nsubj" for k in kids)
        and not any(k.dep in ("aux", "auxpass", "dobj", "dative", "ccomp") for k in kids)
    )


def _passive(verb: Token, tree: Tree) -> bool:
    """Whether a verb is in the passive itself ("to be received by")."""
    return any(k.dep == "auxpass" for k in tree.children(verb))


def _may_act(token: Token) -> bool:
    """A noun that can be who does something: a name, a pronoun, an actor or a title."""
    lemma = token.lemma.lower()
    if token.ent in ACTOR_LABELS and lemma not in NOT_ACTOR_ORGS:
        return True
    return token.pos == "PRON" or lemma in ACTOR_NOUNS or lemma in PERSON_NOUNS


def _sanctions_named_for(kid: Token, hit: Hit, tree: Tree) -> bool:
    """Whether a country named in full before a noun of sanctions, with no "on" or
    "against" after it, is the country they are on ("new Peru sanctions listings", "Bolivia
    sanctions"), as news writes them; its short form or a body's ("U.S. sanctions", "EU
    sanctions") is who imposed them."""
    if hit.type.plover != "SANCTION" or kid.dep != "compound" or kid.pos != "PROPN":
        return False
    if kid.text.isupper() or "." in kid.text or state(kid.text) is None:
        return False
    return not any(
        k.dep == "prep" and k.lemma.lower() in ("on", "against")
        for t in (hit.token, tree.head(kid))
        if t is not None
        for k in tree.children(t)
    )


def _present_at(noun: Token, tree: Tree) -> list[Token]:
    """Who is said to be at or in an encounter ("Luis Ramos was at a meeting with John
    Carter", "Chile and Peru are in talks"): the subject of the "be" it hangs on."""
    prep = tree.head(noun)
    if noun.dep != "pobj" or prep is None or prep.lemma.lower() not in ("at", "in"):
        return []
    be = tree.head(prep)
    if be is None or be.lemma.lower() != "be" or prep.dep != "prep":
        return []
    # named people, states and bodies; not "police" or "protesters" there for another reason
    return [s for s in tree.children(be) if s.dep == "nsubj" and s.ent in ACTOR_LABELS]


def _noun_arguments(hit: Hit, tree: Tree) -> list[tuple[Token, Side]]:
    noun = hit.token
    found: list[tuple[Token, Side]] = []
    both = hit.type.family == "encounter"
    hosts: list[tuple[Token, Side]] = []
    of_target = hit.type.of_side == "target" and any(
        k.dep == "prep" and k.lemma.lower() == "of" for k in tree.children(noun)
    )
    carried = not both and hit.carrier is not None and _carried_by_doer(noun, hit.carrier, tree)
    if carried and any(
        k.dep == "prep" and k.lemma.lower() in ("on", "against") and _names_someone(k, tree)
        for k in tree.children(noun)
    ):
        carried = False  # "ordered US airstrikes on Syria": "on" names whom
    if hit.trigger.clause_verbs and hit.type.plover == "ASSAULT":
        # "an operation to pursue rebel remnants": whom it hunts
        up = tree.head(noun)
        clauses = [v for v in tree.children(noun) if v.dep in ("acl", "relcl")]
        if up is not None and noun.dep == "dobj":
            # ("launched an operation on Tuesday to pursue ...", hung on the verb)
            clauses += [v for v in tree.children(up) if v.dep == "advcl" and v.i > noun.i]
        found += [
            (o, "target")
            for v in clauses
            if v.lemma.lower() in hit.trigger.clause_verbs
            for o in tree.children(v)
            if o.dep == "dobj" and o.lemma.lower() in HUNTED_NOUNS
        ]
    for kid in [*tree.children(noun), *_head_phrases(noun, tree)]:
        if kid.dep == "poss" and _ranked_in(kid, noun, tree):
            continue  # "Peru's deadliest attack since 2018": where it ranks, not who did it
        if kid.dep == "poss":
            # "Ramos's murder": whom it was done to; "Chile's killing of
            # Vidal": the "of" names whom, so the possessor is who did it
            found.append((kid, "source" if of_target else hit.type.possessor))
        elif kid.dep in ("compound", "amod", "nmod") and _names_actor(kid, tree):
            if _operation_name(kid, tree):
                continue  # "Operation Claw strikes": what was done, not who did it
            # "the EU imposed new Iran sanctions": the light verb's subject did it, so the
            # name before the noun is whom it was done to
            done_to = (
                carried
                and (kid.ent in ("GPE", "ORG", "NORP") or kid.pos == "PROPN")
                and not _doer_s_own(kid, hit.carrier, tree)
            ) or _sanctions_named_for(kid, hit, tree)
            found.append((kid, "target" if done_to else "source"))
        elif kid.dep == "prep":
            side_of: Side = hit.type.of_side
            if hit.type.family in APPOINTING_FAMILIES and _bodies_of(kid, tree):
                side_of = "source"  # "the appointments of the new government": its own
            pairs = _prep_objects(kid, tree, skip=None, of_side=side_of, encounter=both)
            if (
                kid.lemma.lower() == "with"
                and hit.type.plover == "ASSAULT"
                and noun.lemma.lower() not in RECIPROCAL
            ):
                pairs = [(g, "source") for g, _ in pairs]  # "airstrikes with the Air Force"
            if both and hit.type.mode == "visit" and kid.lemma.lower() == "to":
                # "his first visit to Kuwait": the state visited hosts it, it visits no one
                hosts += [(g, "target") for g, _ in pairs]
                continue
            found += pairs
            found += [c for p in misplaced_participles(kid, tree) for c in _claimants(p, tree)]
        elif kid.dep in ("relcl", "acl"):
            found += _claimants(kid, tree)
    if hit.type.plover == "SANCTION":
        # "the suspension of air links with Peru", "the closure of its border with Peru":
        # whom the links or the border are with
        found += [
            (g, "target")
            for of in tree.children(noun)
            if of.dep == "prep" and of.lemma.lower() == "of"
            for thing in tree.children(of)
            if thing.dep == "pobj"
            for w in tree.children(thing)
            if w.dep == "prep" and w.lemma.lower() == "with"
            for g in tree.children(w)
            if g.dep == "pobj"
        ]
    if hit.type.plover == "AID":
        # "a drawdown to send equipment to Ghana", "... worth $15 million to restock Ghana's
        # armouries": who the aid is for
        for verb in tree.subtree(noun):
            if verb.pos == "VERB" and verb.dep in ("relcl", "acl", "advcl"):
                found += [(t, "target") for t in _beneficiaries(verb, tree)]
    if both and (came := _travellers(noun, tree) or _came_and(hit.carrier, tree)):
        # "arrived in Riyadh for talks with Saudi officials": who came met their hosts
        met = [t for t, _ in found if _with_object(t, noun, tree)]
        found = [(t, side) for t, side in found if t not in met]
        hosts += [(t, "target") for t in met]
        found += [(t, "source") for t in came]
    if both:
        found += [(t, "source") for t in _present_at(noun, tree)]
        if named := _named_before(noun, tree):
            # "X and Y before their meeting": the names are whose meeting, not "their"
            found = [(t, side) for t, side in found if t.dep != "poss" or t.pos != "PRON"]
            found += [(t, "source") for t in named]
        return [(token, "source") for token, _ in found] + hosts
    return found


MOMENT_PREPOSITIONS = frozenset({"before", "after", "during", "following", "at"})
"""What a headline of names puts an encounter after: "X and Y Before Their Meeting"."""


def _named_before(noun: Token, tree: Tree) -> list[Token]:
    """The names a verbless headline gives before the encounter it is about ("Secretary X and
    President Y Before Their Meeting"): the last word of each name before it, when the phrase
    hangs on one of them and no verb heads the headline."""
    prep = tree.head(noun)
    if noun.dep != "pobj" or prep is None or prep.lemma.lower() not in MOMENT_PREPOSITIONS:
        return []
    name = tree.head(prep)
    if name is None or name.pos != "PROPN" or name.ent != "PERSON":
        return []
    if any(t.pos in ("VERB", "AUX") for t in tree.values()):
        return []  # a sentence, with a verb to say who did what
    return [
        t
        for t in tree.values()
        if t.i < prep.i
        and t.ent == "PERSON"
        and t.pos == "PROPN"
        and (tree.get(t.i + 1) is None or tree[t.i + 1].ent != "PERSON")
    ]


def _came_and(carrier: Token | None, tree: Tree) -> list[Token]:
    """Who arrived and then held the talks a light verb carries ("flew into Lima on
    Friday and held talks with the president"): the arriving verb's doers."""
    if carrier is None or carrier.dep != "conj":
        return []
    verb = tree.head(carrier)
    if verb is None or verb.pos != "VERB" or verb.lemma.lower() not in ARRIVING_VERBS:
        return []
    return [subject for subject, passive in _subjects(verb, tree) if not passive]


ARRIVING_VERBS = frozenset({"arrive", "travel", "fly", "land", "come", "visit"})
"""Verbs of coming somewhere, whose doers are the guests of what they did there next."""


def _with_object(token: Token, noun: Token, tree: Tree) -> bool:
    """Whether ``token`` is (a conjunct of) the object of the noun's own "with" phrase."""
    while token.dep == "conj" and (up := tree.head(token)) is not None:
        token = up
    prep = tree.head(token)
    return (
        token.dep == "pobj"
        and prep is not None
        and prep.lemma.lower() == "with"
        and prep.head == noun.i
    )


def _travellers(noun: Token, tree: Tree) -> list[Token]:
    """Who came for an encounter a "for" phrase names ("flew into Lima for talks with
    the president"; not "criticised Japan for the visit"): the verb's doers. (Who spoke
    "during a phone call" is read by :func:`_governed_arguments`.)"""
    prep = tree.head(noun)
    if noun.dep != "pobj" or prep is None or prep.lemma.lower() != "for":
        return []
    if _own_doer(noun, tree):
        return []  # "for a visit by the minister": whose visit it names itself
    verb = tree.head(prep)
    if verb is None or verb.pos not in ("VERB", "AUX") or verb.lemma.lower() not in TRAVEL_VERBS:
        return []
    return [subject for subject, passive in _subjects(verb, tree) if not passive]


TRAVEL_VERBS = frozenset(
    {
        "arrive",
        "travel",
        "fly",
        "head",
        "come",
        "go",
        "return",
        "be",
        "land",
        "leave",
        "depart",
        "visit",
    }
)
"""Verbs of coming whose "for" phrase names the encounter come for ("arrived for talks")."""


HEAD_PREPOSITIONS = frozenset({"to", "for", "against"})


def _head_phrases(noun: Token, tree: Tree) -> list[Token]:
    """The "to", "for" or "against" phrases of the noun a trigger noun modifies ("the
    defence aid pledge to Bolivia", "a sanctions package against Peru"): whom
    the happening is for or against."""
    head = tree.head(noun)
    if noun.dep != "compound" or head is None or head.pos != "NOUN":
        return []
    return [
        k for k in tree.children(head) if k.dep == "prep" and k.lemma.lower() in HEAD_PREPOSITIONS
    ]


def _operation_name(token: Token, tree: Tree) -> bool:
    """A modifier that is an operation's or an exercise's name ("Operation Claw strikes")."""
    first = min(tree.subtree(token, stop=PHRASE_STOP), key=lambda t: t.i)
    return (first.text in OPENER_WORDS and first.i < token.i) or token.text in OPENER_WORDS


OPENER_WORDS = frozenset(w.capitalize() for w in HAPPENING_NAME_OPENERS)
"""Capitalised, as a name writes them ("Operation Claw"; not "operation commanders")."""


def _doer_s_own(state_token: Token, carrier: Token | None, tree: Tree) -> bool:
    """Whether the state a noun's modifier names is the light verb's doer's own ("the
    Pentagon announced new US sanctions": the US's own)."""
    named = state(state_token.text)
    if carrier is None or named is None:
        return False
    for subject, _ in _subjects(carrier, tree):
        words = [t for t in tree.subtree(subject, stop=PHRASE_STOP) if t.i <= subject.i]
        text = " ".join(t.text for t in words if t.pos == "PROPN" or t is subject)
        if _home_state(text) == named:
            return True
    return False


def _home_state(text: str) -> str | None:
    """The state a name is or belongs to: a state, a body of one ("the Pentagon": the United
    States), a capital ("Washington")."""
    if found := state(text):
        return found
    body = organisation(text)
    for _ in range(3):
        if body is None:
            break
        if found := state(body):
            return found
        body = part_of(body)
    place = lookup(text)
    if place is not None and place.country and capital(place.country) == place:
        home = country(place.country)
        return state(home.name) if home is not None else None
    return None


def _carried_by_doer(noun: Token, carrier: Token, tree: Tree) -> bool:
    """Whether the light verb carrying a trigger noun names who did it: an active subject
    other than the noun ("the EU imposed sanctions") or a "by" agent ("sanctions were
    imposed by the EU")."""
    return any(
        subject is not noun and not passive for subject, passive in _subjects(carrier, tree)
    ) or any(k.dep == "agent" for k in tree.children(carrier))


def _doers(cause: Token, tree: Tree) -> list[Token]:
    """Who did what a feeling's cause names: the "by" or possessor of a happening ("appalled
    by the attack by X", "by X's attack") or the subject of the clause a report states
    ("shocked by reports that X killed ..."); a name or an actor is itself the cause."""
    if cause.ent in ACTOR_LABELS or _may_act(cause):
        return [cause]
    found: list[Token] = []
    for kid in tree.children(cause):
        if kid.dep == "poss" or (kid.dep == "compound" and kid.ent in ACTOR_LABELS):
            found.append(kid)
        elif kid.dep in ("prep", "agent") and kid.lemma.lower() == "by":
            found += [g for g in tree.children(kid) if g.dep == "pobj"]
        elif kid.dep in ("acl", "ccomp", "relcl") and kid.pos == "VERB":
            found += [s for s, passive in _subjects(kid, tree) if not passive and s is not cause]
            for agent in tree.children(kid):
                if agent.dep == "agent":
                    found += [g for g in tree.children(agent) if g.dep == "pobj"]
    return found


def _beneficiaries(verb: Token, tree: Tree) -> list[Token]:
    """Who a purpose clause of aid names as its beneficiary: the "to"/"for" object, a named
    object, or the one its object belongs to ("to send equipment to Ghana", "to restock
    Ghana's armouries", "to meet Ghana's needs")."""
    if not any(k.dep == "aux" and k.lemma.lower() == "to" for k in tree.children(verb)):
        return []
    found = []
    for kid in tree.children(verb):
        if kid.dep == "prep" and kid.lemma.lower() in ("to", "for"):
            found += [g for g in tree.children(kid) if g.dep == "pobj"]
        elif kid.dep == "dative":
            found.append(kid)
        elif kid.dep == "dobj":
            if kid.pos == "PROPN":
                found.append(kid)
            found += [g for g in tree.children(kid) if g.dep == "poss" and g.pos == "PROPN"]
            for prep in tree.children(kid):
                if prep.dep == "prep" and prep.lemma.lower() in ("to", "for"):
                    found += [g for g in tree.children(prep) if g.dep == "pobj"]
    return found


PART_WORDS = frozenset({"last", "rest", "most", "all", "some", "half", "bulk", "remainder", "part"})
"""Words that count a part of what their "of" phrase names ("the last of its soldiers")."""


CALLED_OFF_NOUNS = frozenset({"visit", "trip", "tour", "journey"})


def _called_off_visit_to(verb: Token, tree: Tree) -> list[Token]:
    """The state a visit a verb calls off was to go to ("cancelled a planned visit to Peru")."""
    return [
        g
        for o in tree.children(verb)
        if o.dep == "dobj" and o.lemma.lower() in CALLED_OFF_NOUNS
        for p in tree.children(o)
        if p.dep == "prep" and p.lemma.lower() == "to"
        for g in tree.children(p)
        if g.dep == "pobj" and state(g.text) is not None
    ]


PROTEST_NOUNS = frozenset(
    {"demonstration", "protest", "rally", "march", "gathering", "sit", "strike", "vigil"}
)


def _protest_holders(verb: Token, tree: Tree) -> list[Token]:
    """Who held the protest a verb of force is done to ("broke up the march held by
    miners", "banned the rally by the opposition"): its "by" names them."""
    found = []
    for obj in tree.children(verb):
        if obj.dep != "dobj" or obj.lemma.lower() not in PROTEST_NOUNS:
            continue
        holders = [obj, *(k for k in tree.children(obj) if k.dep == "acl")]
        found += [
            g
            for h in holders
            for k in tree.children(h)
            if k.dep in ("prep", "agent") and k.lemma.lower() == "by"
            for g in tree.children(k)
            if g.dep == "pobj"
        ]
    return found


def _withheld_from(verb: Token, tree: Tree) -> list[Token]:
    """Whom what a verb of sanction stops was for ("suspended a military aid programme for
    Peru", "part of the programme for Peru")."""
    objects = [o for o in tree.children(verb) if o.dep == "dobj"]
    objects += [w for o in objects if (w := whole_of(o, tree)) is not None]
    return [
        g
        for o in objects
        for p in tree.children(o)
        if p.dep == "prep" and p.lemma.lower() == "for"
        for g in tree.children(p)
        if g.dep == "pobj" and state(g.text) is not None
    ]


def _moved(token: Token, tree: Tree) -> bool:
    """The verb's object, or what it counts a part of ("the last of its soldiers")."""
    if token.dep == "dobj":
        return True
    prep = tree.head(token)
    return (
        token.dep == "pobj"
        and prep is not None
        and prep.lemma.lower() == "of"
        and (counted := tree.head(prep)) is not None
        and counted.dep == "dobj"
        and (counted.lemma.lower() in PART_WORDS or counted.pos == "NUM")
    )


def _forces_counted(token: Token, tree: Tree) -> bool:
    """Forces, or a part of them an "of" phrase counts ("the last of its soldiers")."""
    if token.lemma.lower().rstrip("s") in FORCE_NOUNS:
        return True
    if token.lemma.lower() not in PART_WORDS and token.pos != "NUM":
        return False  # ("the withdrawal of Chilean troops": whose withdrawal, not a part)
    return any(
        g.dep == "pobj" and g.lemma.lower().rstrip("s") in FORCE_NOUNS
        for prep in tree.children(token)
        if prep.dep == "prep" and prep.lemma.lower() == "of"
        for g in tree.children(prep)
    )


def _left_place(token: Token, tree: Tree) -> bool:
    """A word of a place a "from" phrase names by a base, a camp, an airport ("from Tacna
    air base", "from Lima's Puerto camp"): where someone left, no one."""
    top = token
    while top.dep in ("compound", "poss", "amod", "nmod") and (up := tree.head(top)) is not None:
        top = up
    prep = tree.head(top)
    return (
        top.dep == "pobj"
        and prep is not None
        and prep.lemma.lower() == "from"
        and top.lemma.lower() in PLACE_NOUNS
    )


def _firers(verb: Token, tree: Tree) -> list[Token]:
    """Who fired, launched or planted what struck ("rockets fired by the militia landed near
    the base"): the agent of the participle on the verb's subject."""
    found = []
    for subject in tree.children(verb):
        if subject.dep not in ("nsubj", "nsubjpass"):
            continue
        for participle in tree.children(subject):
            if participle.dep not in ("acl", "relcl") or participle.tag != "VBN":
                continue
            found += [
                g
                for agent in tree.children(participle)
                if agent.dep == "agent"
                for g in tree.children(agent)
                if g.dep == "pobj"
            ]
    return found


def _counted_noun(noun: Token, tree: Tree) -> bool:
    """A noun counted by a number before it ("500 million euros", "200 tonnes")."""
    return any(k.dep == "nummod" or k.ent == "MONEY" for k in tree.children(noun))


PLEDGE = "pledge"
"""The type cooperation and aid promised are (PLOVER AGREE): whom the amount is for is its
target too ("pledged 500 million euros in aid to Ukraine")."""


def _amount_recipients(verb: Token, tree: Tree) -> list[Token]:
    """Whom an amount given is for, named after what the amount is in ("provided $40 million
    in fresh support to Bolivia", "pledged 500 tonnes of food for Arica")."""
    found = []
    for amount in tree.children(verb):
        counted = amount.ent in ("MONEY", "QUANTITY") or amount.pos == "NUM"
        if amount.dep != "dobj" or not (counted or _counted_noun(amount, tree)):
            continue
        for prep in tree.children(amount):
            if prep.dep != "prep" or prep.lemma.lower() not in ("in", "of"):
                continue
            for what in tree.children(prep):
                for to in tree.children(what):
                    if to.dep == "prep" and to.lemma.lower() in ("to", "for"):
                        found += [g for g in tree.children(to) if g.dep == "pobj"]
    return found


PROTESTED_PREPOSITIONS = frozenset({"against", "over", "at"})
"""Prepositions of what a protest is against ("in protest against violations by X")."""
PROTEST_PURPOSES = frozenset(
    {"protest", "demand", "denounce", "condemn", "oppose", "press", "overthrow", "urge", "reject"}
)
"""Verbs of a protest's purpose clause, whose phrases name whom it is against ("to protest
Sweden's decision", "to demand reforms by President Suharto's government")."""
SHOWING_VERBS = frozenset({"show", "express", "voice"})
DISAPPROVAL_NOUNS = frozenset(
    {"anger", "opposition", "disapproval", "rejection", "outrage", "frustration", "discontent"}
)
"""What protesters "show" or "express" that makes its phrase whom they are against (not
"to show support for the Prime Minister")."""


def _protested(hit: Hit, tree: Tree) -> list[Token]:
    """Whom a protest is against: the named actors of its purpose clause ("to protest
    Sweden's decision") or of its "against"/"over" phrase ("in protest against violations by
    Algerian security forces"), not the protesters themselves."""
    phrases: list[Token] = []
    for kid in tree.children(hit.predicate):
        if kid.dep in ("advcl", "xcomp", "acl") and kid.lemma.lower() in PROTEST_PURPOSES:
            phrases += [k for k in tree.children(kid) if k.dep in ("dobj", "prep", "ccomp")]
        elif kid.dep in ("advcl", "xcomp", "acl") and kid.lemma.lower() in SHOWING_VERBS:
            phrases += [
                k
                for k in tree.children(kid)
                if k.dep == "dobj" and k.lemma.lower() in DISAPPROVAL_NOUNS
            ]
        elif kid.dep == "prep" and kid.lemma.lower() in PROTESTED_PREPOSITIONS:
            phrases.append(kid)
        elif kid.dep == "prep" and kid.lemma.lower() == "in":
            # "in protest against X", "in protest of X"
            phrases += [
                p
                for g in tree.children(kid)
                if g.lemma.lower() == "protest"
                for p in tree.children(g)
                if p.dep == "prep" and p.lemma.lower() in ("against", "of", "at", "over")
            ]
    found = []
    for phrase in phrases:
        for token in tree.subtree(phrase, stop=frozenset({"relcl", "advcl"})):
            head = tree.head(token)
            if token.ent in ACTOR_LABELS and not (head is not None and head.ent == token.ent):
                found.append(token)  # the entity's own head word, once
    return found


CONDITION_MARKS = frozenset({"unless", "if"})


def _conditioned(verb: Token, tree: Tree) -> list[Token]:
    """Who must act for a threat not to be carried out: the subject of its "unless"/"if"
    clause ("threatened to strike unless Israel rescinded the annexation")."""
    clauses = [k for k in tree.children(verb) if k.dep == "advcl"]
    clauses += [g for k in tree.children(verb) if k.dep == "xcomp" for g in tree.children(k)]
    return [
        s
        for clause in clauses
        if clause.dep == "advcl"
        and any(
            m.dep == "mark" and m.lemma.lower() in CONDITION_MARKS for m in tree.children(clause)
        )
        for s in tree.children(clause)
        if s.dep == "nsubj" and s.pos in ("PROPN", "NOUN")
    ]


DEMAND_NOUNS = frozenset({"demand", "request", "call", "appeal", "ultimatum", "condition"})


def _demanders(verb: Token, tree: Tree) -> list[Token]:
    """Whose demands a concession meets: "accepted demands from Shona rebels", "conceded to
    demands from UNITA", "bowed to pressure from X"."""
    nouns = [k for k in tree.children(verb) if k.dep == "dobj"]
    nouns += [
        g
        for k in tree.children(verb)
        if k.dep == "prep" and k.lemma.lower() == "to"
        for g in tree.children(k)
        if g.dep == "pobj"
    ]
    return [
        g
        for noun in nouns
        if noun.lemma.lower() in DEMAND_NOUNS | {"pressure"}
        for p in tree.children(noun)
        if p.dep == "prep" and p.lemma.lower() in ("from", "by", "of")
        for g in tree.children(p)
        if g.dep == "pobj"
    ]


MEASURE_NOUNS = frozenset(
    {"resolution", "motion", "bill", "law", "measure", "proposal", "decision", "amendment"}
)
"""What a vote is taken on, whose infinitive says what it is to do ("a resolution to expel")."""


def measures_voted(verb: Token, tree: Tree, preps: Iterable[str]) -> list[Token]:
    """The measures a vote verb names: its object, or the object of one of ``preps``
    ("voted on a resolution", "passed a bill"), each a word of :data:`MEASURE_NOUNS`."""
    found = [k for k in tree.children(verb) if k.dep == "dobj"]
    found += [
        g
        for k in tree.children(verb)
        if k.dep == "prep" and k.lemma.lower() in preps
        for g in tree.children(k)
        if g.dep == "pobj"
    ]
    return [m for m in found if m.lemma.lower() in MEASURE_NOUNS]


def _measure_targets(verb: Token, tree: Tree) -> list[Token]:
    """Whom a measure voted on is aimed at: the object of what it is to do ("voted on a
    motion to expel the French diplomats", "passed a bill to sanction the company")."""
    found = []
    for measure in measures_voted(verb, tree, ("on", "for")):
        for clause in tree.children(measure):
            if clause.dep != "acl" or clause.pos != "VERB":
                continue
            if not any(k.dep == "aux" and k.lemma.lower() == "to" for k in tree.children(clause)):
                continue
            found += [
                k
                for k in tree.children(clause)
                if k.dep in ("dobj", "dative") and k.pos in ("NOUN", "PROPN")
            ]
    return found


def _one_of(head: Token, tree: Tree) -> Token | None:
    """The "one" a copula says its subject is, read from "one" or from the group it is one of
    ("Peru was one of 40 countries")."""
    if head.text.lower() == "one" and head.dep == "attr":
        return head
    prep = tree.head(head)
    one = tree.head(prep) if prep is not None and head.dep == "pobj" else None
    if prep is None or prep.lemma.lower() != "of" or one is None or one.text.lower() != "one":
        return None
    return one if one.dep == "attr" else None


def _parties_of_object(verb: Token, tree: Tree) -> list[Token]:
    """The parties an object of cooperation names with "between" or "among" ("announced an
    initiative between Chile and Peru"): each takes part."""
    return [
        party
        for obj in tree.children(verb)
        if obj.dep == "dobj"
        for prep in tree.children(obj)
        if prep.dep == "prep" and prep.lemma.lower() in BOTH_SIDES_PREPOSITIONS
        for g in tree.children(prep)
        if g.dep == "pobj"
        for party in _with_conjuncts(g, tree)
    ]


def _bodies_of(prep: Token, tree: Tree) -> bool:
    """Whether an "of" phrase names a government or a body rather than the person appointed
    ("the appointments of the administration", not "the appointment of Ana Soto" nor "of
    Chile's new ambassador")."""
    return prep.lemma.lower() == "of" and any(
        g.dep == "pobj"
        and (g.ent in ("ORG", "GPE", "NORP") or g.lemma.lower() in ("government", "administration"))
        for g in tree.children(prep)
    )


def _punished_doers(noun: Token, tree: Tree) -> list[Token]:
    """Whom the law holds to have done a deed: the one arrested, charged or convicted "for"
    or "with" it ("X was arrested for the killing of Y", "charged X with the murder")."""
    verb = punishing_verb(noun, tree)
    if verb is None:
        return []
    return [k for k in tree.children(verb) if k.dep in ("nsubjpass", "dobj")]


def _home_town(part: Participant, person: Token, tree: Tree) -> bool:
    """A town a person is "of", which the model tagged as a person ("Mark Dunn of
    Arequipa"): where he lives, no one taking part."""
    prep = tree.head(part.head)
    return (
        part.label == "PERSON"
        and person.ent == "PERSON"
        and len(part.text.split()) == 1
        and part.head.dep == "pobj"
        and prep is not None
        and prep.lemma.lower() == "of"
        and prep.head == person.i
        and lookup(part.text) is not None
    )


def _forum(verb: Token, tree: Tree) -> list[Token]:
    """The body a vote is held in, named by "at" or "in" on the verb or on who voted ("voted
    at the UN General Assembly", "one of 90 states at the United Nations that voted"): it
    takes part, as the host of a meeting does."""
    holders = [verb]
    if verb.dep == "relcl" and (antecedent := tree.head(verb)) is not None:
        holders += [antecedent, *filter(None, [of_object(antecedent, tree)])]  # ("one of ...")
    return [
        g
        for holder in holders
        for p in tree.children(holder)
        if p.dep == "prep" and p.lemma.lower() in ("at", "in")
        for g in tree.children(p)
        if g.dep == "pobj" and g.ent == "ORG"
    ]


def _names_actor(token: Token, tree: Tree) -> bool:
    """A modifier that names an actor: "Turkish" airstrikes, "coalition" airstrike."""
    return token.ent in ACTOR_LABELS or token.lemma.lower() in ACTOR_NOUNS


def misplaced_participles(prep: Token, tree: Tree) -> list[Token]:
    """The participles the parser hung on the place a happening's noun is from, at or in,
    which tell of the happening ("the withdrawal from the border area announced by Peru on
    Monday": the withdrawal was announced, not the area)."""
    return [
        clause
        for g in tree.children(prep)
        if g.dep == "pobj" and (g.lemma.lower() in PLACE_NOUNS or g.ent in ("GPE", "LOC", "FAC"))
        for clause in tree.children(g)
        if clause.dep == "acl" and clause.tag in ("VBN", "VBD")
    ]


def _claimants(clause: Token, tree: Tree) -> list[tuple[Token, Side]]:
    """Who carried out what a noun states: "(an attack) for which Daesh claimed
    responsibility", "(strikes) carried out by X", "(a ceasefire) announced by Russia"."""
    if clause.lemma.lower() not in CLAIM_VERBS | ANNOUNCING_VERBS:
        return []
    found: list[tuple[Token, Side]] = []
    for kid in tree.children(clause):
        if kid.dep == "nsubj" and kid.lemma.lower() not in RELATIVE_PRONOUNS:
            found.append((kid, "source"))
        elif kid.dep == "agent":
            found += [(g, "source") for g in tree.children(kid) if g.dep == "pobj"]
    return found


def _governed_arguments(hit: Hit, tree: Tree) -> list[tuple[Token, Side]]:
    """A trigger noun that is the subject of its clause ("the strike hit a convoy", "talks
    took place between X and Y") shares that clause's objects and phrases."""
    noun = hit.token
    verb = tree.head(noun)
    if claimant := _responsible(noun, tree):
        return [(claimant, "source")]
    if hit.carrier is not None or verb is None:
        return []
    if noun.dep == "nsubj" and verb.pos == "VERB" and verb.lemma.lower() in GOVERNING_VERBS:
        if _brought_to_a_sum(verb, tree):
            return []  # "the drawdown brings the total commitment to $2 billion": a sum
        return _verb_arguments(verb, tree, "source", noun, hit.type.family == "encounter")
    if noun.dep == "pobj":
        prep = verb
        clause = tree.head(prep)
        if (
            hit.type.family == "encounter"
            and prep.lemma.lower() in ("in", "during")
            and clause is not None
            and clause.pos == "NOUN"
            and clause.dep == "dobj"
            and (up := tree.head(clause)) is not None
            and up.pos == "VERB"
        ):
            clause = up  # "welcomed the decision in a phone call", hung on the object
        harmed = clause is not None and clause.lemma.lower() in HARM_VERBS
        if harmed and prep.dep == "agent" and clause is not None and clause.pos == "VERB":
            # "killed by a coalition airstrike": the strike's victims are the verb's subject
            subject = subject_of(clause, tree)
            return [(subject, "target")] if subject is not None else []
        framing = prep.lemma.lower() in ("in", "during") or (
            # "He spoke after a meeting with X": he met X (who spoke after it, not whoever
            # acted after one: "police arrested him after a meeting with diplomats")
            prep.lemma.lower() in ("after", "following")
            and clause is not None
            and clause.lemma.lower() in AFTER_MEETING_VERBS
            and any(k.dep == "prep" and k.lemma.lower() == "with" for k in tree.children(noun))
        )
        if (
            hit.type.family == "encounter"
            and framing
            and clause is not None
            and clause.pos == "VERB"
            and _told_here(noun, tree)
            and (not _own_doer(noun, tree) or _pronoun_owner(noun, tree))
            and (subject := _acting_subject(clause, tree)) is not None
        ):
            # "X discussed in a phone call with Y ...": who spoke in it is on its source side;
            # "joined the Minister in meeting with X": whom the subject joined, too
            joined = _joined_in(clause, prep)
            fellows: list[tuple[Token, Side]] = [
                (k, "source") for k in tree.children(clause) if joined and k.dep == "dobj"
            ]
            return [(subject, "source"), *fellows]
        if hit.type.family == "encounter" and _told_here(noun, tree) and not _own_doer(noun, tree):
            speaker = _framing_speaker(prep, tree)
            if speaker is not None:
                # "X said in a message issued alongside a trip to Chile":
                # who spoke there made the visit
                return [(speaker, "source")]
        if (
            prep.lemma.lower() in ("for", "on")
            and clause is not None
            and clause.lemma.lower() in DEPARTING_VERBS
        ):
            # "airmen departed for a deployment": who left on it is who does it
            subject = subject_of(clause, tree)
            return [(subject, "source")] if subject is not None else []
    return []


MAX_FRAMING_HOPS = 8


RECEIVING_CARRIERS = frozenset({"receive", "get", "obtain"})
"""Verbs that carry a happening's noun from the side it went to ("received aid from X", "got
a call from X"): their subject is the target."""


ACCEPTING_VERBS = frozenset(
    {"accept", "receive", "approve", "reject", "refuse", "welcome", "announce", "confirm"}
)
"""Verbs whose subject takes, allows or makes known a happening another did ("accepted the
resignation of X", "announced X's resignation"): no doer of it."""


def _done_by_another(hit: Hit, tree: Tree) -> bool:
    """Whether the verb that carries a happening's noun has a subject who did not do it: the
    noun names its own doer by name ("the resignation of X", "X's resignation") and the verb
    only takes or tells of it ("accepted", "announced")."""
    carrier = hit.carrier
    if carrier is None or carrier.lemma.lower() not in ACCEPTING_VERBS:
        return False
    for kid in tree.children(hit.token):
        others = kid.pos != "PRON" or carrier.lemma.lower() in OTHERS_VERBS
        if kid.dep == "poss" and others and hit.type.possessor == "source":
            return True  # ("accepted his resignation": another's, whom "his" names)
        if kid.dep == "prep" and kid.lemma.lower() == "of" and hit.type.of_side == "source":
            return any(g.dep == "pobj" and g.ent in ACTOR_LABELS for g in tree.children(kid))
    return False


def _ranked_in(owner: Token, noun: Token, tree: Tree) -> bool:
    """Whether a state before a happening's noun is where a superlative ranks it ("Peru's
    deadliest attack since 2018", "the country's worst bombing"), with no "on" or "against"
    naming whom it was aimed at ("Chile's biggest attack on Peru" is Chile's)."""
    if owner.ent != "GPE" and owner.lemma.lower() not in ("country", "nation"):
        return False
    kids = tree.children(noun)
    ranked = any(k.dep == "amod" and k.tag == "JJS" for k in kids)
    aimed = any(k.dep == "prep" and k.lemma.lower() in ("on", "against") for k in kids)
    return ranked and not aimed


def _own_doer(noun: Token, tree: Tree) -> bool:
    """Whether a happening's noun names who did it itself: a possessor ("Sunak's visit"), a
    "by" ("a visit to Dublin by Rishi Sunak") or an "of" naming someone ("a state visit of
    King Charles")."""
    for kid in tree.children(noun):
        if kid.dep == "poss":
            return True
        if (
            kid.dep == "prep"
            and kid.lemma.lower() in ("by", "of")
            and any(
                g.dep == "pobj"
                and (g.ent in ACTOR_LABELS or (kid.lemma.lower() == "by" and _may_act(g)))
                for g in tree.children(kid)
            )
        ):
            return True  # (any actor after "by": "a visit by the defence minister")
    return False


OWNER_PRONOUNS = frozenset({"his", "her"})
"""Possessives of one person that name no one themselves: "during his meeting with X, Luis
Ramos said" is Luis Ramos's meeting."""


def _pronoun_owner(noun: Token, tree: Tree) -> bool:
    """Whether the only doer a happening's noun names is a possessive pronoun of one person
    (whom the clause it frames names: "During his talks with X, Y stressed ...")."""
    kids = tree.children(noun)
    owners = [k for k in kids if k.dep == "poss"]
    return (
        len(owners) == 1
        and owners[0].text.lower() in OWNER_PRONOUNS
        and not any(k.dep == "prep" and k.lemma.lower() in ("by", "of") for k in kids)
    )


def _framing_speaker(prep: Token, tree: Tree) -> Token | None:
    """The person who said something at a happening the phrases of the saying lead to, through
    nouns and reduced relatives ("Roe said in a recorded message issued alongside a trip to
    Chile": Roe); only a saying, whose speaker is its subject."""
    current: Token | None = prep
    for _ in range(MAX_FRAMING_HOPS):
        if current is None or current.dep != "prep":
            return None
        if current.lemma.lower() not in FRAMING_PREPOSITIONS:
            return None
        clause = tree.head(current)
        if clause is None:
            return None
        if clause.pos == "VERB" and clause.dep == "acl" and clause.tag == "VBN":
            clause = tree.head(clause)  # "a statement released in ...": the statement
            if clause is None:
                return None
        elif clause.pos == "VERB" and clause.lemma.lower() in SPEECH_VERBS:
            subject = _acting_subject(clause, tree)
            return subject if subject is not None and subject.ent == "PERSON" else None
        if clause.pos not in ("NOUN", "PROPN") or clause.dep != "pobj":
            return None
        current = tree.head(clause)
    return None


def _told_here(noun: Token, tree: Tree) -> bool:
    """A happening the sentence tells, not one told before that frames it: "in a phone call
    with X", not "during the meeting" (whose people the article has named)."""
    kids = tree.children(noun)
    with_someone = any(k.dep == "prep" and k.lemma.lower() == "with" for k in kids)
    indefinite = any(k.dep == "det" and k.lemma.lower() in ("a", "an") for k in kids)
    return with_someone or indefinite


def _acting_subject(verb: Token, tree: Tree) -> Token | None:
    """The active subject of a verb, or the name a past participle the parser hung on it
    stands for ("The Foreign Minister, X, discussed ...", read as "the Minister discussed")."""
    subject = subject_of(verb, tree)
    if subject is not None:
        return subject if subject.dep == "nsubj" else None
    head = tree.head(verb)
    if verb.dep == "acl" and verb.tag == "VBN" and head is not None and head.pos == "PROPN":
        return head
    return None


AFTER_MEETING_VERBS = frozenset({"speak", "say", "tell", "talk", "brief", "address"})
"""Verbs of speaking whose subject, speaking "after a meeting with X", met X."""

HARM_VERBS = frozenset(
    {"kill", "injure", "wound", "hit", "destroy", "damage", "strike", "target", "displace"}
)
"""Verbs whose subject suffered what their "by" phrase did ("killed by an airstrike"), unlike
"appalled by the attack"."""
DEPARTING_VERBS = frozenset({"depart", "leave", "head", "deploy", "ship"})
"""Verbs of setting out whose "for"/"on" phrase names what the subject sets out to do
("departed for a deployment", "left on a mission")."""


CLAIMING_VERBS = frozenset({"claim", "take", "accept", "admit", "bear"})
"""Verbs of owning a deed through their "responsibility" or "credit" ("claimed responsibility
for the bombing")."""


def _responsible(noun: Token, tree: Tree) -> Token | None:
    """Who "claimed responsibility for" the happening a noun states ("The Tacna militia
    claimed responsibility for the bombing"), also in a relative clause on it ("the
    bombing, for which the militia claimed responsibility")."""
    prep = tree.head(noun)
    if noun.dep != "pobj" or prep is None or prep.lemma.lower() != "for":
        return _claimed_for_which(noun, tree)
    owned = tree.head(prep)
    if owned is None or owned.lemma.lower() not in ("responsibility", "credit"):
        return None
    verb = tree.head(owned)
    if verb is None or verb.lemma.lower() not in CLAIMING_VERBS:
        return None
    return subject_of(verb, tree)


def _claimed_for_which(noun: Token, tree: Tree) -> Token | None:
    """The subject of "for which X claimed responsibility" said of the happening ``noun``
    states. The parser may hang the clause on the last noun before it ("the attacks in the
    town of Tacna, for which X claimed responsibility"); a place is no deed one claims, so a
    clause on a place named after the noun is the noun's, unless another happening's noun
    stands between them."""
    for verb in tree.values():
        if verb.dep != "relcl" or verb.lemma.lower() not in CLAIMING_VERBS:
            continue
        kids = tree.children(verb)
        if any(k.dep == "neg" for k in kids) or not any(
            k.dep == "dobj" and k.lemma.lower() in ("responsibility", "credit") for k in kids
        ):
            continue
        if not any(
            k.dep == "prep"
            and k.lemma.lower() == "for"
            and any(g.dep == "pobj" and g.lemma.lower() == "which" for g in tree.children(k))
            for k in kids
        ):
            continue
        owner = tree.head(verb)
        if owner is None:
            continue
        if owner is not noun:
            placed = owner.ent in PLACE_LABELS or owner.lemma.lower() in PLACE_NOUNS
            between = [
                t
                for t in tree.values()
                if noun.i < t.i < owner.i and t.pos == "NOUN" and t.lemma.lower() in HARM_WORDS
            ]
            if owner.i < noun.i or not placed or between:
                continue
        subject = subject_of(verb, tree)
        if subject is not None and any(
            d.dep == "det" and d.lemma.lower() in ("no", "any") for d in tree.children(subject)
        ):
            return None  # "for which no group has claimed responsibility"
        return subject
    return None


def _with_conjuncts(token: Token, tree: Tree) -> list[Token]:
    """The argument and the words coordinated with it, also when the parser hung the
    conjunct on an apposition ("with X, the Advisor of Iraq, and General Y")."""
    found, stack = [], [token]
    while stack:
        current = stack.pop()
        found.append(current)
        for kid in tree.children(current):
            if kid.dep == "conj" and kid.pos != "VERB":
                stack.append(kid)
            elif kid.dep == "appos":
                # not a second office of the apposition ("X, the Deputy Prime Minister and
                # Minister of Foreign Affairs,"): a conjunct that names someone
                stack += [
                    g
                    for g in tree.children(kid)
                    if g.dep == "conj" and g.pos != "VERB" and _names_someone(g, tree)
                ]
            elif kid.dep == "prep" and _names_examples(kid, tree):
                # "militias like Hezbollah", "armed groups such as the Houthis": the named
                # examples take part
                stack += [g for g in tree.children(kid) if g.dep == "pobj" and g.pos == "PROPN"]
    return found


_HONORIFIC_WORD = re.compile(rf"(?:{HONORIFICS})\.?")


ADDRESS_NOUNS = frozenset({"highness", "excellency", "majesty", "holiness"})
"""Forms of address before a title ("his highness the emir"): the title names whom."""


FRIEND_NOUNS = frozenset({"friend", "colleague"})
"""What a speaker calls someone before naming them by their office ("my colleague, the trade
minister"): the office says whom."""
SPEAKER_POSSESSIVES = frozenset({"my", "our"})


def _addressed(token: Token, tree: Tree) -> Token:
    """The title a form of address stands before ("his highness the crown prince": the
    prince), or the office a speaker's friend is named by ("my colleague, the trade
    minister"), or the token itself."""
    lemma = token.lemma.lower()
    kids = tree.children(token)
    if lemma in ADDRESS_NOUNS:
        return next((k for k in kids if k.dep == "appos"), token)
    if lemma in FRIEND_NOUNS and any(
        k.dep == "poss" and k.text.lower() in SPEAKER_POSSESSIVES for k in kids
    ):
        return next(
            (
                k
                for k in kids
                if k.dep == "appos" and (k.ent == "PERSON" or k.lemma.lower() in PERSON_NOUNS)
            ),
            token,
        )
    return token


def _loose_conjuncts(title: Token, tree: Tree) -> list[Token]:
    """What is coordinated with the name after a title that the parser did not hang on the
    title ("met the emir of the country, Sheikh X, and the crown prince, Sheikh Y", the name
    X read as a word of the verb's, Y's title its conjunct): the conjuncts of that name."""
    title = _addressed(title, tree)
    if title.lemma.lower() not in PERSON_NOUNS or any(
        k.dep == "appos" for k in tree.children(title)
    ):
        return []
    i = max(t.i for t in tree.subtree(title, stop=CLAUSE_DEPS)) + 1
    while (word := tree.get(i)) is not None and word.ent != "PERSON":
        if word.text != "," and not _HONORIFIC_WORD.fullmatch(word.text):
            return []
        i += 1
    if word is None:
        return []
    span = set()
    while (word := tree.get(i)) is not None and word.ent == "PERSON":
        span.add(i)
        i += 1
    root = next((tree[j] for j in sorted(span) if tree[j].head not in span), None)
    if root is None or root.head == title.i:
        return []
    return [k for k in _with_conjuncts(root, tree) if k is not root]


def _names_someone(token: Token, tree: Tree) -> bool:
    """Whether a phrase names a person, a body or a state (an entity among its words)."""
    return any(t.ent in ("PERSON", "ORG", "GPE", "NORP") for t in tree.subtree(token))


def _names_examples(prep: Token, tree: Tree) -> bool:
    """ "like" or "such as" after a noun: what follows are examples of it."""
    lemma = prep.lemma.lower()
    if lemma == "like":
        return True
    head = tree.head(prep)
    beside = tree.children(head) if head is not None else []
    return lemma == "as" and any(
        k.lemma.lower() == "such" and k.i == prep.i - 1 for k in [*tree.children(prep), *beside]
    )


# --- reading an argument into mentions ---------------------------------------------------------


def _read(
    head: Token,
    side: Side,
    tree: Tree,
    entities: Sequence[Mention],
    text: str,
    seen: frozenset[int] = frozenset(),
) -> list[Participant]:
    if head.i in seen:
        return []  # "their helicopter was downed": whose, asked again of the helicopter
    seen = seen | {head.i}
    if (titled := _addressed(head, tree)) is not head:
        return _read(titled, side, tree, entities, text, seen)  # "his highness the emir"
    lemma, lower = head.lemma.lower(), head.text.lower()
    if head.pos == "PROPN" and not head.ent and lemma not in ACTOR_NOUNS:
        # "Rebels attacked ...": a plural noun the model took for a name at a sentence's start
        lemma = next((w for w in (lemma[:-1], lemma[:-2]) if w in ACTOR_NOUNS), lemma)
    if (
        lemma in SERVICE_MEMBER_NOUNS
        and any(k.dep == "compound" and k.lemma.lower() == "service" for k in tree.children(head))
        and any(k.ent in ("GPE", "NORP") for k in tree.children(head))
    ):
        lemma = "personnel"  # "a US service member": one of its forces, not the state
    if lemma in SEAT_NOUNS and _gone_to(head, tree):
        if (body := _seat_visited(head, tree)) is not None:
            # "Hussein visited NATO headquarters": the alliance hosted him there
            return _read(body, side, tree, entities, text, seen)
        return []  # "to visit NATO headquarters": a place, not the alliance
    if lemma in IDENTIFIED_NOUNS and (identified := _identified_as(head, side, tree, entities)):
        return [identified]  # "held the driver, later named as X": X
    if any(k.dep == "det" and k.text.lower() in NEGATING_DETERMINERS for k in tree.children(head)):
        return []  # "no organization claimed the attack": nobody did
    if _generic(head, tree):
        return []  # "every government that takes office reviews ...": no one in particular
    if (
        lemma in FORCE_NOUNS
        and lemma not in ACTOR_NOUNS
        and (craft_owner := _possessor(head, tree))
    ):
        return _read(craft_owner, side, tree, entities, text, seen)  # "its jets struck": the owner
    if lower in ("it", "its") and (owner := _governing_subject(head, tree)):
        if _person_like(owner):
            # "the militia's spokesperson told reporters it had staged the raid": "it"
            # is the spokesperson's organisation, not the spokesperson
            owner = next(
                (
                    t
                    for t in tree.subtree(owner, stop=PHRASE_STOP)
                    if t.ent in ("ORG", "NORP", "GPE")
                ),
                None,
            )
            if owner is None:
                return []
            entity = next((e for e in entities if e.start <= owner.start < e.end), None)
            if entity is not None:
                # the organisation that modifies the title is who "it" is, not a title's owner
                return [
                    Participant(
                        entity.start, entity.end, entity.text, "entity", side, owner, entity.label
                    )
                ]
        return _read(owner, side, tree, entities, text, seen)
    if lower in ("he", "she", "his", "her", "him") and (person := _earlier_person(head, tree)):
        return _read(person, side, tree, entities, text, seen)
    sayer = _governing_subject(head, tree) if lower in ("they", "them") else None
    sayers = _with_conjuncts(sayer, tree) if sayer is not None else []
    if sayer is not None and (sayer.tag in ("NNS", "NNPS") or len(sayers) > 1):
        # "Bolivian unions said they would shun ...", "Chile and Peru said they had
        # signed ...": who say so of themselves
        return [p for m in sayers for p in _read(m, side, tree, entities, text, seen)]
    if lower in POSSESSIVE_PRONOUNS and (owner := _clause_subject(head, tree)) is not None:
        # "agreed by allied leaders at their summit": the leaders' summit, whoever the
        # article named before
        return _read(owner, side, tree, entities, text, seen)
    if (one := _one_of(head, tree)) is not None and (subject := _copula_subject(one, tree)):
        # "Peru was one of 40 countries that voted": Peru (the clause hung on "one" or on
        # "countries")
        return _read(subject, side, tree, entities, text, seen)
    if head.pos == "PRON" or (lower in FIRST_PERSON and not _abbreviation(head)):
        reference = _pronoun(lower)
        if reference is None:
            return []
        return [Participant(head.start, head.end, head.text, reference, side, head)]
    if lemma == "ally" and any(
        k.dep == "poss" or (k.dep == "det" and k.lemma.lower() != "the")
        for k in tree.children(head)
    ):
        return []  # "Russia and its allies": whose allies they are, no alliance named
    if (called := self_named(head, tree, entities, side)) is not None:
        return [called]  # "a militia calling itself X": X
    if (numbered := _unit_name(head, tree, text)) is not None:
        return [replace(numbered, side=side)]  # "the 158th Fighter Wing", untagged by the model
    phrase = _phrase(head, tree)
    if lemma in DELEGATIONS:
        # "a NATO delegation", "a delegation from the alliance led by X": whose it is and who
        # leads it take part (the leader is added with the group); "a delegation" is no one
        if owners := _owners(head, side, tree, entities):
            return owners
        if _leaders(head, tree):
            return []
    if (counted := _of_the_counted(head, side, tree, entities)) is not None:
        return counted  # "the leaders of the two countries": the countries just named
    if (
        _sent_from(head)
        and not _modified_by_a_name(head, tree)
        and (sent_by := _unit_of(head, tree, text)) is not None
    ):
        return [replace(sent_by, side=side)]  # "airmen of the 58th Airlift Wing", untagged
    if lemma in MEMBERED_GROUPS and (members := _group_of(head, tree)) is not None:
        return _read(members, side, tree, entities, text, seen)  # "a contingent of troops"
    if lemma in MEMBER_NOUNS and (body := _body_of(head, tree)) is not None:
        return _read(body, side, tree, entities, text, seen)  # "members of the coalition"
    from_unit = _sent_from(head) and any(
        k.dep == "prep" and k.lemma.lower() == "from" for k in tree.children(head)
    )
    if from_unit and (unit := _named(phrase, tree, entities, side, head)):
        return unit  # "soldiers from the 3rd Infantry Division", "officials from Yemen"
    if lemma in PERSON_NOUNS and any(
        k.lemma.lower() in PAST_WORDS for k in tree.children(head) if k.dep in ("amod", "advmod")
    ):
        return []  # "the former Dutch prime minister": nobody in office
    if (
        lemma in ACTOR_NOUNS
        and (lemma not in WEAK_ACTOR_NOUNS or _someone_of(head, lemma, tree))
        and lemma not in PERSON_NOUNS
        and head.pos == "NOUN"
        and not _names_person(head, phrase, tree)
    ):
        # "Iraq's parliament", "Russian forces": the body itself, with whose it is; "a
        # Peruvian woman": she, of Peru (not Peru alone)
        return _body(phrase, head, side, tree, entities, text)
    if lemma in PERSON_NOUNS and (apposed := _apposed_name(head, tree, entities, text, side)):
        return [apposed]  # "Chile's foreign minister, Ana Soto,": she, her name untagged
    if (
        lemma in CHIEF_WORDS
        and head.tag == "NN"
        and any(k.dep == "compound" and k.ent == "ORG" for k in tree.children(head))
        and (_definite(head, tree) or head.dep in ("nsubj", "nsubjpass", "dobj", "pobj"))
    ):
        if any(k.lemma.lower() in OTHER_TIME_HOLDERS for k in tree.children(head)):
            # "the incoming NATO chief": not whoever headed it then; the body they are of
            body = next(k for k in tree.children(head) if k.dep == "compound" and k.ent == "ORG")
            return _read(body, side, tree, entities, text, seen)
        # "met the NATO chief": whoever headed the body then, not the body
        start, end = _span(phrase, head, tree)
        return [Participant(start, end, text[start:end], "title", side, head)]
    named = [p for p in _named(phrase, tree, entities, side, head) if not _home_town(p, head, tree)]
    if (
        lemma in PERSON_NOUNS
        and head.tag in ("NNS", "NNPS")
        and not any(p.label == "PERSON" for p in named)
        and (states := _states_of_office(head, side, tree, entities))
    ):
        # "the foreign ministers of Chile, Peru and Bolivia": each state, by that office (one
        # office of one state is a title, whose holder that day the tenure table may know)
        return states
    if lemma in PERSON_NOUNS and any(p.label == "PERSON" for p in named):
        # "the Minister of Foreign Affairs of Chile, Ana Soto": the person, whose
        # office the rest of the phrase names
        named = [p for p in named if p.label == "PERSON"]
    elif lemma in PERSON_NOUNS and (holder := _loose_appositive(head, side, tree, entities, text)):
        named = [holder]
    if named and not any(p.label == "PERSON" for p in named):
        # "Ukrainian Defence Minister Rustem Umerov", the name untagged: the minister, not
        # the state his title names
        untagged = _titled_name(head, tree, entities, text, side)
        named = [untagged] if untagged is not None else named
    if named:
        return named
    if lemma in PERSON_NOUNS and head.tag in ("NNS", "NNPS") and _owned(head, tree):
        # "NATO defence ministers": a group named by whose officials they are
        start, end = _span(phrase, head, tree)
        return [Participant(start, end, text[start:end], "noun", side, head)]
    if (
        lemma in PERSON_NOUNS
        and side == "target"
        and any(k.dep == "det" and k.lemma.lower() in ("a", "an") for k in tree.children(head))
        and _owned(head, tree)
    ):
        # "killing a Hamas commander": one of the body's people, unnamed
        start, end = _span(phrase, head, tree)
        return [Participant(start, end, text[start:end], "noun", side, head)]
    plural = head.tag in ("NNS", "NNPS")
    if (
        lemma in PERSON_NOUNS
        and (_definite(head, tree) or _bare_title(head, tree))
        and not (plural and lemma in COLLECTIVES)  # "the leaders": the people just named
    ):
        start, end = _span(phrase, head, tree)
        return [Participant(start, end, text[start:end], "title", side, head)]
    if lemma in COLLECTIVES and (_counted(head, tree) or (plural and _definite(head, tree))):
        # "the two leaders", "both sides", "the ministers": the people just named; "allied
        # leaders" are not
        return [Participant(head.start, head.end, head.text, "plural", side, head)]
    if lemma in ACTOR_NOUNS and head.pos in ("NOUN", "PROPN"):
        if lemma in WEAK_ACTOR_NOUNS and not _owned(head, tree):
            return []
        return _body(phrase, head, side, tree, entities, text)
    if (untagged := _titled_name(head, tree, entities, text, side)) is not None:
        return [untagged]
    if _untagged_name(head, entities):
        # "Vidal, who arrived on Saturday, also met ...": a name the model did not tag,
        # someone only if the article named him before (see people.entity_actor)
        return [Participant(head.start, head.end, head.text, "entity", side, head, "NAME")]
    return _inner_nouns(phrase, tree, text, side)


OTHER_TIME_HOLDERS = frozenset(
    {"incoming", "outgoing", "next", "new", "future", "former", "previous", "late", "then"}
)
"""Words that make a body's chief someone else than who headed it then ("the incoming NATO
chief")."""
CHIEF_WORDS = frozenset({"chief"})
"""Words of whoever heads a body, after its name ("the NATO chief")."""


def _untagged_name(head: Token, entities: Sequence[Mention]) -> bool:
    """A lone capitalised proper noun that is a subject or an object and in no entity."""
    return (
        head.pos == "PROPN"
        and not head.ent
        and head.text[:1].isupper()
        and head.text[1:].islower()
        and head.dep in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
        and not any(e.start <= head.start < e.end for e in entities)
    )


def self_named(
    head: Token, tree: Tree, entities: Sequence[Mention], side: Side
) -> Participant | None:
    """The name a group gives itself ("a militia calling itself X", "a group that calls
    itself X"): the group, by that name, whatever the model took the name for."""
    if head.pos != "NOUN":
        return None
    for clause in tree.children(head):
        if clause.dep not in ("acl", "relcl") or clause.lemma.lower() not in ("call", "name"):
            continue
        kids = tree.children(clause)
        if not any(k.lemma.lower() in ("itself", "themselves") for k in kids):
            continue
        for name in kids:
            if name.dep not in ("oprd", "attr", "dobj") or name.lemma.lower() == "itself":
                continue
            entity = next((e for e in entities if e.start <= name.start < e.end), None)
            if entity is not None:
                kind = head.lemma.lower() if head.lemma.lower() in BODY_NOUNS else None
                return Participant(
                    entity.start, entity.end, entity.text, "entity", side, name, "ORG", kind
                )
    return None


def _possessor(token: Token, tree: Tree) -> Token | None:
    """Whose ``token`` is, named as its possessor ("its" in "its jets")."""
    return next((k for k in tree.children(token) if k.dep == "poss"), None)


def _copula_subject(attr: Token, tree: Tree) -> Token | None:
    """The subject of the copula whose complement ``attr`` is ("X was one of ...": X)."""
    verb = tree.head(attr)
    if verb is None or verb.lemma.lower() != "be":
        return None
    return next((k for k in tree.children(verb) if k.dep == "nsubj"), None)


def _titled_name(
    head: Token, tree: Tree, entities: Sequence[Mention], text: str, side: Side
) -> Participant | None:
    """A name after a title that the model did not tag ("Foreign Minister Lapid met ..."):
    the person, not the title."""
    if head.pos != "PROPN" or not head.text[:1].isupper():
        return None
    if any(e.start <= head.start < e.end for e in entities):
        return None
    before = [k for k in tree.children(head) if k.dep == "compound" and k.i < head.i]
    if not any(k.lemma.lower() in PERSON_NOUNS for k in before):
        return None
    if head.lemma.lower() in PERSON_NOUNS:
        # "with NATO Assistant Secretary General [for Operations X]": a title the parser cut
        # from the rest of it and the name, no name itself
        start = min(t.start for k in before for t in tree.subtree(k))
        return Participant(start, head.end, text[start : head.end], "title", side, head)
    start = head.start
    for word in sorted(before, key=lambda k: -k.i):  # the name's own words, right to left
        if word.lemma.lower() in PERSON_NOUNS or not word.text[:1].isupper():
            break
        start = word.start
    return Participant(start, head.end, text[start : head.end], "entity", side, head, "PERSON")


def _apposed_name(
    head: Token, tree: Tree, entities: Sequence[Mention], text: str, side: Side
) -> Participant | None:
    """A name in apposition after a title that the model did not tag ("Chile's foreign
    minister, Ana Soto, met ..."): the person, not the state the title names."""
    for kid in tree.children(head):
        if kid.dep != "appos" or kid.pos != "PROPN" or not kid.text[:1].isupper():
            continue
        if any(e.start <= kid.start < e.end for e in entities):
            continue
        words = [kid]
        while (before := tree.get(words[0].i - 1)) is not None and (
            before.dep == "compound" and before.head == kid.i and before.pos == "PROPN"
        ):
            words.insert(0, before)
        if not 2 <= len(words) <= 4 or any(not w.text[:1].isupper() for w in words):
            continue
        written = text[words[0].start : kid.end]
        if state(written) or organisation(written) or lookup(written):
            continue
        return Participant(words[0].start, kid.end, written, "entity", side, kid, "PERSON")
    return None


GENERIC_DETERMINERS = frozenset({"every", "any"})
"""Determiners of anyone of a kind ("every administration", "any minister")."""


def _generic(head: Token, tree: Tree) -> bool:
    """Whether a subject names anyone of its kind in what is said of all of them, not someone
    who took part: "every"/"any" with a verb of the present or of a comparison ("as every
    government does when it takes office", "any minister who takes office swears")."""
    if head.dep != "nsubj" or not any(
        k.dep == "det" and k.lemma.lower() in GENERIC_DETERMINERS for k in tree.children(head)
    ):
        return False  # ("imposes sanctions on every company that ...": those companies)
    verb = tree.head(head)
    while verb is not None and verb.pos not in ("VERB", "AUX") and verb.i != verb.head:
        verb = tree.head(verb)
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return False
    return verb.tag in ("VBZ", "VBP") or any(
        k.dep == "mark" and k.lemma.lower() == "as" for k in tree.children(verb)
    )


NEGATING_DETERMINERS = frozenset({"no", "neither"})
"""Determiners that say nobody of the kind took part ("no group", "neither side")."""

UNIT_WORDS = frozenset(
    {"wing", "squadron", "brigade", "division", "regiment", "battalion", "group", "corps",
     "fleet", "command", "company", "unit", "force", "flotilla", "detachment"}
)  # fmt: skip
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


def _unit_name(head: Token, tree: Tree, text: str) -> Participant | None:
    """A numbered military unit named in capitals ("the 158th Fighter Wing")."""
    if head.lemma.lower() not in UNIT_WORDS or not head.text[:1].isupper():
        return None
    kids = [k for k in tree.children(head) if k.dep in ("compound", "amod", "nummod")]
    words = [k for k in kids if k.i < head.i]
    if not any(_ORDINAL.match(k.text) for k in words):
        return None
    if not all(k.text[:1].isupper() or _ORDINAL.match(k.text) for k in words):
        return None
    start = min(k.start for k in words)
    return Participant(start, head.end, text[start : head.end], "entity", "source", head, "ORG")


MEMBERED_GROUPS = frozenset({"contingent", "detachment", "group", "team", "batch", "delegation"})
"""Nouns of a group whose "of" phrase says who is in it ("a contingent of Spanish troops")."""


MEMBER_NOUNS = frozenset({"member"})
"""Nouns of people who belong to a body their "of" phrase names ("a number of members of the
alliance"): the body takes part."""


def _body_of(head: Token, tree: Tree) -> Token | None:
    """The body whose members a noun names, in its "of" phrase ("members of the coalition")."""
    return _of_object(head, tree, lambda t: t.pos in ("NOUN", "PROPN"))


def _group_of(head: Token, tree: Tree) -> Token | None:
    """Who a group is of, named in the plural ("a contingent of 40 trainers")."""
    return _of_object(head, tree, lambda t: t.tag in ("NNS", "NNPS"))


def _of_object(head: Token, tree: Tree, fits: Callable[[Token], bool]) -> Token | None:
    """The first object of a noun's "of" phrase that ``fits``."""
    for prep in tree.children(head):
        if prep.dep == "prep" and prep.lemma.lower() == "of":
            for kid in tree.children(prep):
                if kid.dep == "pobj" and fits(kid):
                    return kid
    return None


def _modified_by_a_name(head: Token, tree: Tree) -> bool:
    """Whether a noun says whose it is ("Chilean soldiers", "NATO troops"; not "Eighty
    Reserve Airmen", one name to the model with the noun)."""
    return any(
        k.dep in MODIFIER_DEPS and k.ent in ACTOR_LABELS and not head.ent
        for k in tree.children(head)
    )


def _unit_of(head: Token, tree: Tree, text: str) -> Participant | None:
    """The numbered unit forces are "from" or "of" ("soldiers of the 3rd Brigade")."""
    for prep in tree.children(head):
        if prep.dep == "prep" and prep.lemma.lower() in ("from", "of"):
            for unit in tree.children(prep):
                if unit.dep == "pobj" and (named := _unit_name(unit, tree, text)) is not None:
                    return named
    return None


COUNTED_STATES = frozenset({"country", "nation", "state", "government", "side"})
COUNT_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4}


def _of_the_counted(
    head: Token, side: Side, tree: Tree, entities: Sequence[Mention]
) -> list[Participant] | None:
    """ "the two countries", "the leaders of the two countries", "ministers from both sides":
    the states the sentence named before, as many as it counts; where it named too few, the
    states named last before it (a ``counted`` reference)."""
    lemma = head.lemma.lower()
    # ("the two sides" are the people or bodies just named, not states: see COLLECTIVES)
    states = COUNTED_STATES - {"side"}
    nouns = [head] if lemma in states else []
    if lemma in PERSON_NOUNS or lemma in COLLECTIVES:
        nouns += [
            noun
            for prep in tree.children(head)
            if prep.dep == "prep" and prep.lemma.lower() in ("of", "from")
            for noun in tree.children(prep)
            if noun.lemma.lower() in states
        ]
    for noun in nouns:
        if noun.tag != "NNS":
            continue
        count = next(
            (
                COUNT_WORDS[k.text.lower()]
                for k in tree.children(noun)
                if k.dep in ("nummod", "det", "predet") and k.text.lower() in COUNT_WORDS
            ),
            None,
        )
        if count is None or not _definite_count(noun, tree):
            continue  # "Two countries, Iran and Syria, condemned it": not the ones just named
        named = list(
            {e.text: e for e in entities if e.label == "GPE" and e.end <= head.start}.values()
        )
        # "the leaders of the two countries": the states, there by their leaders
        kind = lemma if lemma in PERSON_NOUNS else None
        if len(named) < count:
            return [
                Participant(
                    head.start, head.end, head.text, "counted", side, head, str(count), kind
                )
            ]
        return [
            Participant(e.start, e.end, e.text, "entity", side, head, e.label, kind)
            for e in named[-count:]
        ]
    return None


def _definite_count(noun: Token, tree: Tree) -> bool:
    """ "the two countries", "both countries", "our two nations": ones the reader knows."""
    return any(
        (k.dep == "det" and k.text.lower() in ("the", "both", "these", "those"))
        or k.dep == "poss"
        or (k.dep == "predet" and k.text.lower() == "both")
        for k in tree.children(noun)
    )


LOOSE_APPOSITIVE = re.compile(
    rf"\s*(?:,\s*)?(?:(?:{RANKS})\s+)?"
    rf"(?:(?:{HONORIFICS}|[A-Z][a-z]{{0,3}}|[A-Z]{{2,3}})\.?\s+){{0,3}}"
)
"""What may stand between a title and the name after it: a comma, a military rank and
honorifics ("the Minister of Foreign Affairs of Chile, HE Dr Ana Ruiz", "the
commander of the mission, Lieutenant General X", "the emir of the country, Sheikh X"), or
a space alone ("his Turkish counterpart Hakan Fidan", the name parsed as a clause of its own)."""


def _loose_appositive(
    head: Token, side: Side, tree: Tree, entities: Sequence[Mention], text: str
) -> Participant | None:
    """The person a title names in an apposition the parser hung elsewhere: the name
    right after the title's phrase and a comma."""
    words = tree.subtree(head, stop=CLAUSE_DEPS)
    end = max(t.end for t in words)
    last = max(words, key=lambda t: t.i)
    comma_conj = (
        last.dep == "conj"
        and (up := tree.head(last)) is not None
        and not any(k.dep == "cc" and up.i < k.i < last.i for k in tree.children(up))
    )  # "the commander of the mission, Lieutenant General X", read as a list of two
    if (
        last.ent == "PERSON"
        and (last.dep in ("appos", "compound", "pobj") or comma_conj)
        and last is not head
    ):
        # "the Deputy Chief of Mission of the Embassy to the United States Jane Roe": the
        # name that ends the title's phrase, hung on its last place
        entity = next((e for e in entities if e.start <= last.start < e.end), None)
        if (
            entity is not None
            and entity.label == "PERSON"
            and (comma_conj or _after_place(entity, words))
        ):
            return Participant(
                entity.start, entity.end, entity.text, "entity", side, head, "PERSON"
            )
    start = min(t.start for t in words)
    if head.dep in ("nsubj", "nsubjpass") and _NAME_BEFORE_TITLE.match(text, end):
        # "Jane Roe, the UN envoy for Peru, resigned", the name hung elsewhere: she did
        before = next(
            (
                e
                for e in entities
                if e.label == "PERSON" and _NAME_BEFORE_TITLE.fullmatch(text, e.end, start)
            ),
            None,
        )
        if before is not None:
            return Participant(
                before.start, before.end, before.text, "entity", side, head, "PERSON"
            )
    if last.pos == "PROPN" and (tail := _NAME_TAIL.match(text, end)) is not None:
        # "the commander of the Coalition against Piracy, X", its "against" hung on the verb
        end = tail.end()
    for entity in entities:
        if entity.label != "PERSON" or entity.start < end:
            continue
        gap = LOOSE_APPOSITIVE.fullmatch(text, end, entity.start)
        if gap is None:
            return None
        return Participant(entity.start, entity.end, entity.text, "entity", side, head, "PERSON")
    return None


_NAME_TAIL = re.compile(r"\s+(?:against|for|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
"""The end of a body's name that the parser hung elsewhere ("the Coalition against Piracy")."""

_NAME_BEFORE_TITLE = re.compile(r"\s*,\s*")
"""The comma between a name and the title in apposition after it, and the one closing it."""


def _after_place(entity: Mention, words: Sequence[Token]) -> bool:
    """A name right after the place or body of an office, as in "to Kenya Jane Roe" (but not
    "Advisor to President Roe", where the name is whom the office serves)."""
    before = [t for t in words if t.end <= entity.start]
    return bool(before) and before[-1].ent in ("GPE", "ORG", "NORP", "LOC")


def _governing_subject(pronoun: Token, tree: Tree) -> Token | None:
    """What "it" stands for in a clause reported by another: that clause's subject ("the
    militia said it had signed a truce")."""
    current = tree.head(pronoun)
    while current is not None and current.dep not in ("ccomp", "xcomp", "advcl", "relcl", "ROOT"):
        current = tree.head(current)
    outer = tree.head(current) if current is not None and current.dep != "ROOT" else None
    while outer is not None and outer.pos not in ("VERB", "AUX"):
        outer = tree.head(outer)  # "Brussels, where he met": the clause Brussels stands in
    if outer is None:
        return None
    subject = subject_of(outer, tree)
    if subject is None or subject.pos == "PRON":
        return None
    return subject


POSSESSIVE_PRONOUNS = frozenset({"their", "its"})
PAST_WORDS = frozenset({"former", "ex", "late", "then", "erstwhile"})


def _clause_subject(pronoun: Token, tree: Tree) -> Token | None:
    """Whose "their" or "its" is: the subject, or the agent of a passive, of the clause the
    pronoun stands in ("agreed by allied leaders at their summit"); in a "for" phrase of a
    verb with an object, the object ("thanked Norway for its support": Norway's support)."""
    current, below = tree.head(pronoun), pronoun
    while current is not None and current.pos not in ("VERB", "AUX"):
        below = current
        current = tree.head(current)
    if current is None:
        return None
    if below.dep == "prep" and below.lemma.lower() == "for":
        thing = next((k for k in tree.children(current) if k.dep == "dobj"), None)
        if thing is not None and thing.pos != "PRON":
            return thing
    for kid in tree.children(current):
        if kid.dep == "agent":
            return next((g for g in tree.children(kid) if g.dep == "pobj"), None)
    subject = subject_of(current, tree)
    return subject if subject is not None and subject.pos != "PRON" else None


OTHERS_VERBS = frozenset({"accept", "approve", "reject", "refuse"})
"""Verbs whose subject takes or turns down what another did or asked ("accepted his
resignation", "rejected her request"): the possessor is someone else."""


def _of_another(pronoun: Token, tree: Tree) -> bool:
    """A possessive pronoun on the object of a verb of :data:`OTHERS_VERBS`."""
    noun = tree.head(pronoun)
    verb = tree.head(noun) if noun is not None else None
    return (
        pronoun.dep == "poss"
        and noun is not None
        and noun.dep == "dobj"
        and verb is not None
        and verb.lemma.lower() in OTHERS_VERBS
    )


PRAISING_VERBS = frozenset({"congratulate", "thank", "praise", "commend", "hail", "salute"})
"""Verbs whose object is praised for something of theirs ("congratulated Soto on her
appointment", "thanked him for his efforts")."""


def _praised_for(pronoun: Token, tree: Tree) -> Token | None:
    """The person a verb of :data:`PRAISING_VERBS` praises, when ``pronoun`` is the possessor
    in its "on" or "for" phrase: what is praised is theirs."""
    noun = tree.head(pronoun)
    prep = tree.head(noun) if noun is not None and noun.dep == "pobj" else None
    verb = tree.head(prep) if prep is not None else None
    if (
        pronoun.dep != "poss"
        or prep is None
        or prep.lemma.lower() not in ("on", "for")
        or verb is None
        or verb.lemma.lower() not in PRAISING_VERBS
    ):
        return None
    praised = next((k for k in tree.children(verb) if k.dep == "dobj"), None)
    return praised if praised is not None and praised.pos == "PROPN" else None


def _earlier_person(pronoun: Token, tree: Tree) -> Token | None:
    """The person "he" or "she" stands for within its sentence: the subject of the clause
    that governs it, or else the last subject before it that names a person ("Iraq's defence
    minister visited Brussels, where he met ...")."""
    owner = _governing_subject(pronoun, tree)
    if _of_another(pronoun, tree):
        return None  # "X accepted his resignation": someone else's, told before
    if (praised := _praised_for(pronoun, tree)) is not None:
        return praised  # "congratulated Soto on her appointment": Soto's
    if owner is not None and owner.i > pronoun.i:
        # "He surrendered peacefully, the spokesman said": an attribution after the clause
        # names who says it, not "he" (a speaker of himself says "X said he ...")
        owner = None
    quote = _quotation(pronoun, tree)
    if quote:
        # '"He shot a man," said the spokesman': the speaker would say "I"; "he" is someone
        # named inside the quotation, or told before it
        owner = owner if owner is not None and owner.i in quote else None
    if owner is not None and _person_like(owner) and not _named_with_the(owner, tree):
        return owner
    before = [
        t
        for t in tree.values()
        if t.i < pronoun.i
        and (not quote or t.i in quote)
        and t.dep in ("nsubj", "nsubjpass")
        and _person_like(t)
        and not _named_with_the(t, tree)
    ]
    if before:
        return max(before, key=lambda t: t.i)
    named = [
        t
        for t in tree.values()
        if t.i < pronoun.i
        and (not quote or t.i in quote)
        and t.ent == "PERSON"
        and not _named_with_the(t, tree)
    ]
    return max(named, key=lambda t: t.i) if named else None


def _quotation(token: Token, tree: Tree) -> frozenset[int]:
    """The indices of the words of the quotation ``token`` stands in within its sentence
    (none when it stands in none): from an opening quotation mark to its closing one, or to
    the sentence's end."""
    inside: list[int] = []
    open_at: int | None = None
    before = ""
    for word in sorted(tree.values(), key=lambda t: t.i):
        text = word.text
        if open_at is None and text in OPENING_QUOTES and before.lower() != "that":
            # (not a quotation a reported clause takes in: 'said that "he would meet X"')
            open_at, inside = word.i, []
        elif open_at is not None and text in CLOSING_QUOTES:
            if open_at < token.i < word.i:
                return frozenset(inside)
            open_at = None
        elif open_at is not None:
            inside.append(word.i)
        before = text
    return frozenset(inside) if open_at is not None and token.i in inside else frozenset()


def _named_with_the(token: Token, tree: Tree) -> bool:
    """A name right after "the", which no person's is ("The Sentinel says he was arrested":
    the newspaper the model took for a person); not a title or a description before a name
    ("the then-minister John Carter")."""
    if token.pos != "PROPN" or token.ent != "PERSON":
        return False
    kids = tree.children(token)
    words = [k for k in kids if k.dep in ("compound", "amod", "nmod")]
    if any(k.ent != "PERSON" for k in words):
        return False
    first = min([token.i, *(k.i for k in words)])
    return any(k.dep == "det" and k.lemma.lower() == "the" and k.i == first - 1 for k in kids)


def _abbreviation(token: Token) -> bool:
    """A name written in capitals that spells a pronoun: "the US" is the United States."""
    return token.pos == "PROPN" and len(token.text) > 1 and token.text.isupper()


def _person_like(token: Token) -> bool:
    return token.ent == "PERSON" or token.lemma.lower() in PERSON_NOUNS


def _pronoun(word: str) -> Reference | None:
    if word in FIRST_PERSON:
        return "first"
    if word in SECOND_PERSON:
        return "second"
    if word in THIRD_PERSON:
        return "third"
    if word in PLURAL_PRONOUNS:
        return "plural"
    return None


def _phrase(head: Token, tree: Tree) -> list[Token]:
    """The argument's words: its noun phrase and the "of" phrases inside it, and whose it is
    ("belonging to X", "operated by X")."""
    others = {
        t.i
        for k in tree.children(head)
        if k.dep == "conj" and k.pos in ("NOUN", "PROPN") and head.lemma.lower() in PERSON_NOUNS
        for t in tree.subtree(k, stop=PHRASE_STOP)
    }  # "the Prime Minister and President X": X is a participant of his own, not the title's
    tokens = [t for t in tree.subtree(head, stop=PHRASE_STOP) if t.i not in others]
    queue = list(tokens)
    while queue:  # "the news of the creation of a council": of phrases within of phrases
        token = queue.pop(0)
        before = len(tokens)
        for kid in tree.children(token):
            if kid.dep == "prep" and kid.lemma.lower() == "from" and _sent_from(token):
                # "sailors from the 3rd Naval Zone", "officials from the government
                # of Yemen": whose forces or envoys they are
                tokens += [t for g in tree.children(kid) for t in tree.subtree(g, stop=PHRASE_STOP)]
            elif kid.dep == "prep" and kid.lemma.lower() == "of":
                tokens += [t for g in tree.children(kid) for t in tree.subtree(g, stop=PHRASE_STOP)]
            elif kid.dep == "acl" and kid.lemma.lower() in OWNING_VERBS:
                for prep in tree.children(kid):
                    if prep.dep in ("prep", "agent"):
                        tokens += [
                            t
                            for g in tree.children(prep)
                            for t in tree.subtree(g, stop=PHRASE_STOP)
                        ]
        queue += tokens[before:]
    return sorted(set(tokens), key=lambda t: t.i)


def _body(
    phrase: Sequence[Token],
    head: Token,
    side: Side,
    tree: Tree,
    entities: Sequence[Mention],
    text: str,
) -> list[Participant]:
    """A body an actor noun names, with whose it is; and when no table names its "of"
    phrase, the bodies that phrase names ("forces of the Syrian government or Russia")."""
    start, end = _span(phrase, head, tree)
    body = Participant(start, end, text[start:end], "noun", side, head)
    if head.lemma.lower() in PLACED_PEOPLE and _of_a_workplace(head, tree):
        return [body]  # "an employee of a mining company": the company did nothing
    owners = _of_bodies(head, side, tree, entities, text) if _owner_of(head, tree) is None else []
    named = all(o.reference in ("entity", "noun") for o in owners)
    if owners and named and (start, end) == (head.start, head.end):
        return owners  # bare "forces" of the Asad regime: the regime, no one else
    return [body, *owners]


def _of_bodies(
    head: Token, side: Side, tree: Tree, entities: Sequence[Mention], text: str
) -> list[Participant]:
    """The bodies and names an actor noun's "of" phrase gives as whose it is, when no table
    names the phrase whole ("troops of the Chilean army", "units of either the junta or its
    allies"): each read as an argument of its own."""
    found: list[Participant] = []
    for prep in tree.children(head):
        if prep.dep != "prep" or prep.lemma.lower() != "of":
            continue
        for pobj in tree.children(prep):
            if pobj.dep != "pobj":
                continue
            for owner in _with_conjuncts(pobj, tree):
                entity = next((e for e in entities if e.start <= owner.start < e.end), None)
                if entity is not None and entity.label in ACTOR_LABELS:
                    # "forces of the Government of National Accord": the whole name
                    found.append(
                        Participant(
                            entity.start, entity.end, entity.text, "entity", side, owner,
                            entity.label,
                        )
                    )  # fmt: skip
                elif owner.pos == "PROPN" and state(owner.text) is not None:
                    # "the Governments of Iraq and Turkey", Iraq untagged by the model
                    found.append(
                        Participant(
                            owner.start, owner.end, owner.text, "entity", side, owner, "GPE"
                        )
                    )
                elif owner.pos == "PROPN" and (named := _proper_chain(owner, tree)) is not None:
                    # "forces of the Government of National Accord": a name no one tagged
                    start, end = named
                    found.append(Participant(start, end, text[start:end], "noun", side, owner))
                elif owner.lemma.lower() in ACTOR_NOUNS:
                    found += _read(owner, side, tree, entities, text)
                else:
                    return []  # an "of" this reader cannot name whole: keep the noun's words
    return found


def _proper_chain(token: Token, tree: Tree) -> tuple[int, int] | None:
    """The span of a name in capitals with its "of" phrases ("Government of National Accord"),
    or None when a word of it is not part of a name."""
    words = [t for t in _of_chain(token, tree) if t.i >= token.i]
    if not words or any(
        t.pos != "PROPN" and t.lemma.lower() not in ("of", "the", "and") for t in words
    ):
        return None
    return _capitals_before(token, tree).start, words[-1].end


def _capitals_before(token: Token, tree: Tree) -> Token:
    """The first word of a name in capitals the model parsed in part as other words ("the
    [Shining] Path", "Shining" read as a verb): the capitalised modifiers right before it."""
    first = token
    while (
        (before := tree.get(first.i - 1)) is not None
        and before.dep in ("compound", "amod")
        and before.head in (token.i, first.i, token.head)
        and before.text[:1].isupper()
        and before.text.isalpha()
        and before.pos != "DET"
    ):
        first = before
    return first


def _sent_from(token: Token) -> bool:
    """Forces, or people in the plural, that someone sent ("officials from", "delegates from")."""
    return _force(token) or (token.lemma.lower() in PERSON_NOUNS and token.tag in ("NNS", "NNPS"))


def _moved_men(token: Token, tree: Tree) -> bool:
    """Forces, or uniformed men ("officers", "police"), which a deployment moves, counted or
    not ("hundreds of police")."""
    if _uniformed(token):
        return True
    return token.lemma.lower() in COUNT_NOUNS and any(
        _uniformed(g)
        for p in tree.children(token)
        if p.dep == "prep" and p.lemma.lower() == "of"
        for g in tree.children(p)
        if g.dep == "pobj"
    )


COUNT_NOUNS = frozenset({"hundred", "thousand", "dozen", "score", "million"})
"""Nouns that count what their "of" names ("hundreds of police")."""


def _uniformed(token: Token) -> bool:
    """Forces or uniformed men ("troops", "officers", "police")."""
    return _force(token) or token.lemma.lower() in FORCE_HEADS


def _force(token: Token) -> bool:
    """An armed unit or its craft, in the plural too ("airmen", "F-16 Fighting Falcons")."""
    word = token.lemma.lower()
    words = {word, word.rstrip("s"), re.sub(r"men$", "man", token.text.lower())}
    return bool(words & FORCE_NOUNS)


def _states_of_office(
    head: Token, side: Side, tree: Tree, entities: Sequence[Mention]
) -> list[Participant]:
    """The states an office no one is named in belongs to, from its "of" phrase, each with the
    office ("the foreign ministers of Chile, Peru and Bolivia": Chile, Peru and Bolivia, each
    by its Foreign Minister); none when the phrase names no state or the words before the
    noun make no office."""
    words = [k.text for k in tree.children(head) if k.dep in ("amod", "compound") and k.i < head.i]
    office = next(
        (f.role for f in find_roles(" ".join([*words, head.lemma.lower()]), []) if f.role), None
    )
    if office is None:
        return []
    found = []
    for prep in tree.children(head):
        if prep.dep != "prep" or prep.lemma.lower() != "of":
            continue
        for noun in (g for g in tree.children(prep) if g.dep == "pobj"):
            for token in _with_conjuncts(noun, tree):
                entity = next((e for e in entities if e.start <= token.start < e.end), None)
                if entity is None or entity.label != "GPE" or state(entity.text) is None:
                    return []  # "the ministers of the region": not states only
                found.append(
                    Participant(
                        entity.start, entity.end, entity.text, "entity", side, token, "GPE", office
                    )
                )
    return found


def _named(
    phrase: Sequence[Token], tree: Tree, entities: Sequence[Mention], side: Side, head: Token
) -> list[Participant]:
    """Named entities of the phrase that are participants, not a title's organisation
    ("Iraqi" in "Iraqi Prime Minister X") or a place inside it."""
    starts = {t.start for t in phrase}
    described = {
        t.i
        for named in phrase
        if named.ent in ("PERSON", "GPE", "ORG")
        for kid in tree.children(named)
        if kid.dep == "appos" and kid.pos == "NOUN" and kid.text.islower()
        for t in tree.subtree(kid)
    }  # "Ana Soto, sister of reporter Luis Ramos", "Ghana, a British partner":
    # who or what it is, not who acts
    found = []
    described_bodies = _described_bodies(phrase, tree, entities)
    for entity in entities:
        label = entity.label
        if (entity.start, entity.end) in described_bodies or _group_named(entity, phrase, tree):
            label = "ORG"
        if label not in ACTOR_LABELS:
            continue
        inside = [t for t in phrase if entity.start <= t.start < entity.end]
        if not inside or inside[0].start not in starts or inside[0].i in described:
            continue
        top = _entity_head(inside, entity)
        if _modifies_person(top, tree, entities) or _place_read_as_person(entity, top, tree):
            continue
        if label == "PERSON" and _names_a_place(inside, tree):
            continue  # "visited the Kim Lan prison": a place named after someone, no one
        if label == "PERSON" and _owner_of_kin(top, tree):
            continue  # "arrested John Carter's son": the son, not his father
        if label in ("GPE", "LOC") and _home_of_person(top, tree):
            continue  # "Luis Ramos, 23, of Tacna, Peru, was charged": where he lives
        if described_bodies and label in ("NORP", "GPE") and _describes_body(top, tree):
            continue  # "Iranian airline Mahan Air": the airline, whose country only describes it
        if label in ("NORP", "GPE") and (_describes_place(top, tree) or _of_place(top, tree)):
            continue  # "the Yemeni town of Mokha", "the Dohuk province of Iraq": where, not who
        if _patron(top, tree):
            continue  # "Iran-aligned armed groups": who backs them, not who acted
        kind_of = described_bodies.get((entity.start, entity.end))
        if kind_of is None and label == "GPE":
            kind_of = _owning_body(top, tree)  # "the Governments of Peru and Chile"
        written = entity.text
        if label == "ORG" and (owner := _state_owner(top, tree, entities)) is not None:
            name = entity.text[4:] if entity.text.lower().startswith("the ") else entity.text
            written = f"{name} of {owner}"  # "Iraq's Foreign Ministry"
        descriptor = _descriptor(top, tree) if label == "ORG" else None
        found.append(
            Participant(
                entity.start, entity.end, written, "entity", side, top, label, kind_of, descriptor
            )
        )
    return found


STATE_BODY_WORDS = frozenset(
    {"ministry", "government", "parliament", "army", "cabinet", "presidency", "senate"}
)
"""Heads of a state's own bodies, named by the state they belong to ("Iraq's Foreign
Ministry" is the Foreign Ministry of Iraq)."""


def _state_owner(top: Token, tree: Tree, entities: Sequence[Mention]) -> str | None:
    """The state a body's name belongs to when the text writes it as a possessor ("Iraq's
    Foreign Ministry", "Chile's Defence Ministry"), for a name that is a state body's and
    names no state itself."""
    if top.lemma.lower() not in STATE_BODY_WORDS:
        return None
    named = [t for t in tree.subtree(top) if t.i < top.i and t.dep == "compound"]
    if any(t.lemma.lower() == "of" for t in tree.children(top)) or any(
        state(t.text) or lookup(t.text) for t in named
    ):
        return None  # "Britain's Ministry of Defence", "Iraq's Kurdistan Regional Government"
    for kid in tree.children(top):
        if kid.dep != "poss" or kid.ent != "GPE":
            continue
        entity = next((e for e in entities if e.start <= kid.start < e.end), None)
        if entity is not None and (owner := state(entity.text)) is not None:
            return owner
    return None


PATRON_PARTICIPLES = frozenset(
    {"back", "align", "support", "sponsor", "link", "affiliate", "ally", "fund", "arm", "inspire"}
)
"""Participles of "Iran-backed", "Iran-aligned", "Moscow-sponsored": whose side a group is on."""


DESCRIBING_PARTICIPLES = PATRON_PARTICIPLES | {"lead", "base", "dominate", "run", "own"}
"""Participles of "Aymara-led", "Iran-backed", "Lima-based": what a name's hyphened
modifier says of the body it names."""


def _descriptor(top: Token, tree: Tree) -> str | None:
    """What the hyphened participle before a body's name says of it ("the Aymara-led Andean
    Front": "Aymara-led"; "the Iran-backed Badr militia": "Iran-backed")."""
    for kid in tree.children(top):
        if kid.dep != "amod" or not _participle(kid) or kid.i >= top.i:
            continue
        if kid.lemma.lower() not in DESCRIBING_PARTICIPLES:
            continue
        words = tree.subtree(kid)
        if len(words) != 3 or words[1].text != "-" or not words[0].text[:1].isupper():
            continue
        return "".join(w.text for w in words)
    return None


def _participle(token: Token) -> bool:
    """A participle, or one the tagger took for a past tense where it modifies a noun
    ("Iran-backed" tagged VBD)."""
    return token.tag == "VBN" or (token.tag == "VBD" and token.dep == "amod")


ORIGIN_PARTICIPLES = frozenset(
    {"flag", "flagged", "register", "registered", "educate", "educated", "train", "trained",
     "bear", "born", "build", "built", "make", "made", "base", "based"}
)  # fmt: skip
"""Participles of "Maltese-flagged", "British-educated", "US-trained", "Iranian-made",
"Chile-based": where a ship, a person or a weapon is from, no one taking part."""


def _patron(token: Token, tree: Tree) -> bool:
    """A name that only says who backs the group it modifies ("Iran-aligned armed groups",
    "Iran-backed militias") or where what it modifies is from ("a Maltese-flagged carrier",
    "a British-educated engineer"), hyphened to a participle."""
    head = tree.head(token)
    return (
        token.dep in ("npadvmod", "compound", "nmod", "advmod", "amod")
        and head is not None
        and (
            (_participle(head) and head.lemma.lower() in PATRON_PARTICIPLES | ORIGIN_PARTICIPLES)
            or head.text.lower() in ORIGIN_PARTICIPLES  # ("flagged" tagged an adjective)
        )
        and head.i == token.i + 2
        and (middle := tree.get(token.i + 1)) is not None
        and middle.text in ("-", "‑")
    )


def _group_named(entity: Mention, phrase: Sequence[Token], tree: Tree) -> bool:
    """A movement or people named in the plural after "the" that the model took for a person
    ("the Houthis", "the Kurds")."""
    if entity.label != "PERSON" or " " in entity.text or not entity.text.endswith("s"):
        return False
    token = next((t for t in phrase if t.start == entity.start), None)
    return token is not None and any(
        k.dep == "det" and k.lemma.lower() == "the" for k in tree.children(token)
    )


BODY_NOUNS = frozenset(
    {"airline", "carrier", "company", "firm", "bank", "agency", "broadcaster", "newspaper",
     "network", "channel", "militia", "group", "organisation", "organization", "charity",
     "contractor", "manufacturer", "operator", "outlet", "party", "movement", "faction"}
)  # fmt: skip
"""Nouns that say what kind of body the name after them is ("airline Mahan Air")."""


def _described_bodies(
    phrase: Sequence[Token], tree: Tree, entities: Sequence[Mention]
) -> dict[tuple[int, int], str]:
    """Names the phrase describes as a body ("the airline Mahan Air"), whatever label the
    model gave them (it may take an airline for a building), with the kind of body it is."""
    found: dict[tuple[int, int], str] = {}
    for token in phrase:
        if token.lemma.lower() not in BODY_NOUNS or token.pos != "NOUN":
            continue
        after = next((e for e in entities if e.start > token.start), None)
        if (
            after is not None
            and (
                after.label in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART", "PERSON")
                # "the news agency Kestrel", taken for a place, and no country
                or (after.label == "GPE" and state(after.text) is None)
            )
            and not token.text[:1].isupper()
            and after.start - token.end <= 1
        ):
            found[(after.start, after.end)] = token.lemma.lower()
    return found


GOVERNING_BODIES = frozenset({"government", "administration", "authority"})
"""Bodies a state is named as the "of" of, each state joined there its own ("the Governments
of Chile and Peru": each a government)."""
MAX_OF_HOPS = 3


def _owning_body(token: Token, tree: Tree) -> str | None:
    """The governing body a state is named through ("the Governments of the Republic of Chile
    and Peru": Peru's government), up the conjuncts and "of" phrases it stands in."""
    current = token
    while current.dep == "conj" and (head := tree.head(current)) is not None:
        current = head
    for _ in range(MAX_OF_HOPS):
        prep = tree.head(current) if current.dep == "pobj" else None
        owner = tree.head(prep) if prep is not None and prep.lemma.lower() == "of" else None
        if owner is None:
            return None
        if owner.lemma.lower() in GOVERNING_BODIES:
            return owner.lemma.lower()
        current = owner
    return None


def _of_place(token: Token, tree: Tree) -> bool:
    """The object of a place noun's "of" ("the province of Iraq")."""
    prep = tree.head(token) if token.dep == "pobj" else None
    owner = tree.head(prep) if prep is not None and prep.lemma.lower() == "of" else None
    return owner is not None and owner.lemma.lower() in PLACE_NOUNS


def _describes_place(token: Token, tree: Tree) -> bool:
    """A demonym before a place the text names ("the Yemeni town of Mokha"); not one before
    places it does not ("shelled Iraqi towns": Iraq's towns, Iraq attacked)."""
    head = tree.head(token)
    return (
        token.dep in ("amod", "compound", "nmod")
        and head is not None
        and head.lemma.lower() in PLACE_NOUNS
        and any(k.dep == "prep" and k.lemma.lower() == "of" for k in tree.children(head))
    )


def _describes_body(token: Token, tree: Tree) -> bool:
    head = tree.head(token)
    return (
        token.dep in ("amod", "compound", "nmod")
        and head is not None
        and head.lemma.lower() in BODY_NOUNS
    )


PLACE_PREPOSITIONS = frozenset({"to", "in", "at", "near", "outside"})


VISITING_VERBS = frozenset({"visit", "tour"})
"""Verbs whose object is where someone went ("visited Santiago")."""


NAMED_PLACE_HEADS = (PLACE_NOUNS - {"camp", "position", "stronghold", "headquarters"}) | frozenset(
    {"prison", "jail", "hospital", "clinic", "school", "university", "college", "mosque",
     "church", "cathedral", "temple", "shrine", "hotel", "stadium", "square", "street",
     "avenue", "road", "highway", "bridge", "market", "bazaar", "park", "museum", "library",
     "tower", "palace", "dam", "station"}
)  # fmt: skip
# (not "the Luis Ramos camp", a candidate's side, nor "the John Carter compound", his)
"""Nouns of places and buildings a name before them may be the name of ("the Kim Lan prison",
"the Al-Nouri mosque"): someone they are named after, who takes no part."""


KIN_NOUNS = frozenset(
    {"son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "child",
     "parent", "family", "relative", "nephew", "niece", "cousin", "grandson", "granddaughter",
     "uncle", "aunt", "widow", "fiancée", "fiance", "girlfriend", "boyfriend"}
)  # fmt: skip
"""Nouns of a person's kin: whoever is named as theirs ("arrested John Carter's son") is not
who the happening was done to (a house is: an attack on it is aimed at its owner)."""


def _home_of_person(top: Token, tree: Tree) -> bool:
    """Whether a place is where a named person is from, set off by a comma ("X, 23, of
    Tacna, Peru"); a town the model took for a person is :func:`_home_town`."""
    place = top
    if place.dep == "appos" and (up := tree.head(place)) is not None:
        place = up  # ("of Tacna, Peru": Peru says where Tacna is)
    elif state(place.text) is not None:
        return False  # "Luis Ramos, of Peru, and Ana Soto, of Chile, signed": for whom
    prep = tree.head(place)
    person = tree.head(prep) if prep is not None else None
    before = tree.get(prep.i - 1) if prep is not None else None
    return (
        place.dep == "pobj"
        and prep is not None
        and prep.lemma.lower() in ("of", "from")
        and person is not None
        and person.ent == "PERSON"
        and before is not None
        and before.text == ","
    )  # (not "Foreign Minister X of Peru": whose minister he is)


def _owner_of_kin(top: Token, tree: Tree) -> bool:
    """Whether a person's name is the owner of a noun of :data:`KIN_NOUNS`."""
    head = tree.head(top)
    return (
        top.dep == "poss"
        and head is not None
        and head.lemma.lower() in KIN_NOUNS
        and head.dep not in ("nsubj", "nsubjpass")
    )  # ("John Carter's son shot two men": whoever did it, the event stays)


def _names_a_place(name: Sequence[Token], tree: Tree) -> bool:
    """Whether a name stands before a noun of a place or building as its name."""
    inside = {t.i for t in name}
    for word in name:
        head = tree.head(word)
        if (
            word.dep in ("compound", "nmod")
            and head is not None
            and head.i not in inside
            and head.pos == "NOUN"
            and head.lemma.lower() in NAMED_PLACE_HEADS
        ):
            return True
    return False


def _place_read_as_person(entity: Mention, top: Token, tree: Tree) -> bool:
    """A one-word city the model took for a person, where a place stands ("a trip to X")."""
    if entity.label != "PERSON" or " " in entity.text:
        return False
    if top.dep == "dobj" and (verb := tree.head(top)) is not None:
        # "visited Santiago", the city tagged a person
        return verb.lemma.lower() in VISITING_VERBS and lookup(entity.text) is not None
    if top.dep != "pobj":
        return False
    prep = tree.head(top)
    if prep is None:
        return False
    owner = tree.head(prep)
    if prep.lemma.lower() == "of" and owner is not None and owner.lemma.lower() in PLACE_NOUNS:
        return True  # "the town of Zorvana"
    return prep.lemma.lower() in PLACE_PREPOSITIONS and lookup(entity.text) is not None


def _entity_head(tokens: Sequence[Token], entity: Mention) -> Token:
    """The entity's token whose head lies outside it."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head not in inside or t.head == t.i), tokens[-1])


def _modifies_person(token: Token, tree: Tree, entities: Sequence[Mention]) -> bool:
    """A modifier of a person or a title: the organisation of a role ("Iraqi" Prime
    Minister, the Advisor "of Iraq"), not a participant."""
    if _misread_name(token, tree):
        return False
    while token.dep == "conj" and (first := tree.head(token)) is not None and first.ent:
        token = first  # "Estonian and Latvian ministers": each as the first conjunct is
    if token.dep == "pobj":
        return _of_title(token, tree)
    if token.dep not in ROLE_OF_DEPS:
        return False
    head = tree.head(token)
    while head is not None and head.dep in ("compound", "flat"):
        head = tree.head(head)
    if head is None:
        return False
    if token.ent == "PERSON" and token.dep in ("nmod", "compound") and _office_made(head, tree):
        return False  # "appointed Jane Roe special envoy": she, made envoy
    return head.ent == "PERSON" or head.lemma.lower() in PERSON_NOUNS


OFFICE_MAKING_VERBS = frozenset({"appoint", "name", "nominate", "designate", "elect", "make"})
"""Verbs that make someone an office holder, the office after the name ("named X envoy")."""


def _office_made(title: Token, tree: Tree) -> bool:
    """A title that is the office an appointing verb makes someone ("appointed Jane Roe
    special envoy", the parser reading the name as the title's modifier)."""
    verb = tree.head(title)
    return (
        title.dep in ("dobj", "oprd")
        and verb is not None
        and verb.lemma.lower() in OFFICE_MAKING_VERBS
    )


def _of_title(token: Token, tree: Tree) -> bool:
    """The object of "of" phrases that hang from a title ("the President of the Republic of
    Peru"): whose title it is."""
    while token.dep == "pobj":
        prep = tree.head(token)
        title = tree.head(prep) if prep is not None and prep.lemma.lower() == "of" else None
        if title is None or title.lemma.lower() in PERSON_NOUNS:
            return title is not None
        token = title
    return False


def _misread_name(token: Token, tree: Tree) -> bool:
    """A person's name the parser hung inside a title: the holder of the title before it
    ("Secretary General of the PLO Hussein Al-Sheikh", the name swallowing the organisation
    before it) or the first of two people ("Foreign Minister Soto and Defence Minister
    Vidal", the first read as a modifier of the second)."""
    if token.ent != "PERSON":
        return False
    kids = tree.children(token)
    if token.dep == "pobj":
        return any(k.dep == "compound" and k.ent in ("ORG", "GPE", "NORP") for k in kids)
    return token.dep in ("compound", "nmod") and any(k.dep == "cc" for k in kids)


def _names_person(head: Token, phrase: Sequence[Token], tree: Tree) -> bool:
    """A noun phrase that names a person ("the commander, General X"), as opposed to one
    that names a person's body ("Assad's regime")."""
    owners = {t.i for k in tree.children(head) if k.dep == "poss" for t in tree.subtree(k)}
    return any(t.ent == "PERSON" and t.i not in owners for t in phrase)


def _someone_of(head: Token, lemma: str, tree: Tree) -> bool:
    """A person of a people ("a Peruvian woman", "an Iraqi child"): not one described by an
    "of" phrase ("the Syrian family of the slain journalist": the journalist is no party)."""
    return (
        lemma in VICTIM_PEOPLE
        and _owned(head, tree)
        and not any(k.dep == "prep" and k.lemma.lower() == "of" for k in tree.children(head))
    )


def _owned(token: Token, tree: Tree) -> bool:
    """A noun whose modifiers name an organisation or state ("NATO defence ministers",
    "officials of the alliance")."""
    return _owner_of(token, tree) is not None or any(
        k.ent in ACTOR_LABELS for k in tree.subtree(token, stop=PHRASE_STOP) if k is not token
    )


def _owner_of(token: Token, tree: Tree) -> Token | None:
    """The organisation or state an "of" phrase after a noun names ("officials of the
    alliance", "the government of Iraq")."""
    for prep in tree.children(token):
        if prep.dep != "prep" or prep.lemma.lower() != "of":
            continue
        for pobj in tree.children(prep):
            words = " ".join(t.text for t in _of_chain(pobj, tree))
            if pobj.ent in ACTOR_LABELS or organisation(words) or state(words):
                return pobj
    return None


def _of_chain(token: Token, tree: Tree) -> list[Token]:
    """A noun phrase with the "of" phrases inside it ("the State of Israel")."""
    found = tree.subtree(token, stop=PHRASE_STOP)
    for kid in tree.children(token):
        if kid.dep == "prep" and kid.lemma.lower() == "of":
            found += [t for g in tree.children(kid) for t in [kid, *_of_chain(g, tree)]]
    return sorted(set(found), key=lambda t: t.i)


def _definite(token: Token, tree: Tree) -> bool:
    if any(
        k.dep == "det" and k.lemma.lower() in ("the", "this", "that") for k in tree.children(token)
    ) or any(k.dep == "poss" for k in tree.children(token)):
        return True
    # "the Secretary and Foreign Minister": one article for both titles
    head = tree.head(token)
    return (
        token.dep == "conj"
        and head is not None
        and head.lemma.lower() in PERSON_NOUNS
        and _definite(head, tree)
    )


def _bare_title(token: Token, tree: Tree) -> bool:
    """A capitalised title with no article, as headlines and releases write one office holder
    ("Foreign Secretary welcomes new sanctions"), or one in lower case after whose office it
    is ("NATO commander meets Iraqi minister")."""
    kids = tree.children(token)
    return (
        (
            (token.pos == "PROPN" and token.tag == "NNP")
            or (
                token.tag == "NN"
                and any(
                    k.dep in ("compound", "amod") and k.ent in ("ORG", "GPE", "NORP") for k in kids
                )
            )
        )
        and token.dep in ("nsubj", "nsubjpass")
        and not any(k.dep in ("det", "nummod", "poss") for k in kids)
    )


def _counted(token: Token, tree: Tree) -> bool:
    return any(k.lemma.lower() in ("two", "both", "three") for k in tree.children(token))


DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _span(phrase: Sequence[Token], head: Token, tree: Tree) -> tuple[int, int]:
    """The name of an actor noun: its head with the modifiers that say whose it is
    ("Coalition military forces", "Assad's regime"), without articles and other adjectives."""
    kept = [head]
    for kid in tree.children(head):
        if kid.i > head.i or kid.dep not in ("compound", "amod", "poss", "nmod"):
            continue
        if (
            kid.ent
            or kid.pos == "PROPN"
            or ACTOR_MODIFIERS & {kid.lemma.lower(), kid.text.lower()}
            or (kid.dep == "compound" and head.lemma.lower() in SERVICE_HEADS)
            or _led_by_name(kid, tree)
        ):
            # ("customs officers", "election officers": whose service they are of)
            kept += [t for t in tree.subtree(kid, stop=PHRASE_STOP) if t.tag != "POS"]
    kept = [t for t in kept if t.i <= head.i]
    low = min(t.i for t in kept)
    dashes = [
        i
        for i in range(low, head.i)
        if (t := tree.get(i)) is not None and t.text in DASHES and not _joins_words(t, tree)
    ]
    if dashes:
        # "SOUTHWEST ASIA - Iraqi forces": the dateline the parser ran into the phrase
        kept = [t for t in kept if t.i > max(dashes)]
    housing = [t.i for t in kept if t.i < head.i and _hosting_gerund(t, tree)]
    if housing:
        # "the airfield hosting allied soldiers", parsed as one noun: the soldiers
        kept = [t for t in kept if t.i > max(housing)]
    first = min(kept, key=lambda t: t.i)
    if first.pos == "PROPN":
        first = _capitals_before(first, tree)  # "[Shining] Path militants"
    owner = _owner_of(head, tree)
    if owner is not None:
        # "officials of the alliance": whose they are is part of the name
        return first.start, max(t.end for t in _of_chain(owner, tree))
    staff = _title_of(head, tree)
    if staff is not None:
        # "the Turkish Chief of Staff", "the Chief of the General Staff of the Armed Forces":
        # the "of" is the title's own, and whose it is may follow it
        owner = _owner_of(staff, tree)
        return first.start, max(t.end for t in _of_chain(owner, tree)) if owner else staff.end
    return first.start, head.end


def _led_by_name(word: Token, tree: Tree) -> bool:
    """A hyphened "-led" after a name ("US-led troops", "Saudi-led coalition"): whose
    forces they are, part of their name."""
    return (
        word.lemma.lower() == "lead"
        and word.tag == "VBN"
        and any(k.ent or k.pos == "PROPN" for k in tree.children(word) if k.i < word.i)
    )


def _joins_words(dash: Token, tree: Tree) -> bool:
    """A hyphen written between two words with no space ("16-year-old boy"), not a dash that
    sets a dateline apart ("SOUTHWEST ASIA - Iraqi forces")."""
    before, after = tree.get(dash.i - 1), tree.get(dash.i + 1)
    return (
        before is not None
        and after is not None
        and before.end == dash.start
        and dash.end == after.start
    )


PLACED_PEOPLE = frozenset(
    {"employee", "worker", "staffer", "student", "pupil", "resident", "customer", "client",
     "patient", "passenger", "guest", "tenant", "teacher", "professor", "graduate", "fan"}
)  # fmt: skip
"""People whose "of" phrase names where they work, study or live ("an employee of a mining
company", "a student of the university"): each acts alone, the place takes no part."""
WORKPLACE_HEADS = frozenset(
    {"company", "firm", "corporation", "university", "school", "college", "factory", "plant",
     "bank", "club", "team", "store", "shop", "hospital", "hotel", "restaurant", "mine",
     "newspaper", "station", "farm"}
)  # fmt: skip
"""Places people work or study at ("an employee of a mining company"); not an embassy or a
ministry, whose staff are of a state ("two employees of the Chilean embassy")."""


def _of_a_workplace(head: Token, tree: Tree) -> bool:
    """Whether a person noun's "of" phrase names a workplace of :data:`WORKPLACE_HEADS`."""
    return any(
        g.dep == "pobj" and g.lemma.lower() in WORKPLACE_HEADS
        for prep in tree.children(head)
        if prep.dep == "prep" and prep.lemma.lower() == "of"
        for g in tree.children(prep)
    )


SERVICE_HEADS = frozenset({"officer", "official", "agent", "inspector"})
"""Nouns of people whose service a noun before them names ("customs officers")."""


def _title_of(head: Token, tree: Tree) -> Token | None:
    """The last word of the "of" phrase a title word takes as its own ("Chief of [the
    General] Staff", "Chief of Defence")."""
    if head.lemma.lower() not in OF_TITLE_HEADS:
        return None
    return next(
        (
            g
            for prep in tree.children(head)
            if prep.dep == "prep" and prep.lemma.lower() == "of"
            for g in tree.children(prep)
            if g.dep == "pobj" and g.lemma.lower() in OF_TITLE_ENDS
        ),
        None,
    )


OF_TITLE_HEADS = frozenset({"chief"})
OF_TITLE_ENDS = frozenset({"staff", "defence", "defense", "mission"})
"""Titles whose "of" phrase is part of the office ("Chief of Staff", "Chief of Mission")."""


KIND_NOUNS = frozenset({"passenger", "tourist", "citizen", "national"})
"""People nouns that, before another noun, say what kind it is ("a passenger plane")."""


def _inner_nouns(phrase: Sequence[Token], tree: Tree, text: str, side: Side) -> list[Participant]:
    """Actor nouns modifying the argument's head ("coalition" in "a coalition airstrike")."""
    found = []
    for token in phrase:
        lemma = token.lemma.lower()
        if lemma in ACTOR_NOUNS and token.dep in ("compound", "poss", "pobj"):
            if token.dep == "compound" and lemma in KIND_NOUNS:
                continue  # "a passenger plane", "a tourist bus": what kind, not who
            if token.pos == "PROPN" and token.ent in ("ORG", "GPE", "NORP"):
                continue  # a word of a name ("NATO Mission Iraq"): the name is the actor
            if lemma in WEAK_ACTOR_NOUNS and not _owned(token, tree):
                continue  # "heads of state": no state in particular
            start, end = _span(phrase, token, tree)
            found.append(Participant(start, end, text[start:end], "noun", side, token))
        elif (
            token.dep == "compound"
            and token.pos == "PROPN"
            and not token.ent
            and token.text[:1].isupper()
            and organisation(token.text) is not None
        ):
            # "Houthi missiles", the name untagged by the model: a body the tables know
            found.append(
                Participant(token.start, token.end, token.text, "entity", side, token, "ORG")
            )
    return found
