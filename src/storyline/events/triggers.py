"""Which words of a sentence state a happening, of which type, and whether it happened.

One pass over the sentence's tokens: each verb or noun is looked up in the registry by lemma
(:meth:`~storyline.events.registry.Registry.candidates`) and its narrowest matching pattern
decides the type. Then, per hit:

1. a trigger noun carried by a light verb ("held talks", "carried out strikes") takes the verb
   as its carrier: the verb's subject is the source, the verb's tense the happening's; a verb
   trigger whose object is a trigger noun of its own gives way to it, unless the verb's
   pattern names that noun with a type of its own ("called off the strike" concedes);
2. the modality is read off the parse: ``asserted`` (it happened, or is happening),
   ``future`` (planned or announced: "will meet", "is set to visit", "the upcoming summit"),
   or ``other`` (negated, hypothetical, conditional, habitual, a request's content, a
   question);
3. an encounter held by phone or video is a call.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import Literal

from storyline.actors.names import state
from storyline.events.registry import EventType, Pos, Registry, Trigger
from storyline.lang.en.lexicon import (
    ACCIDENT_NOUNS,
    ACTOR_NOUNS,
    AGAIN_DETERMINERS,
    ANNIVERSARY_NOUNS,
    ANNOUNCING_VERBS,
    BELIEF_VERBS,
    CARRYING_PARTICIPLES,
    CAUSING_HEADS,
    CHANCE_NOUNS,
    CONDITION_MARKS,
    CONDITIONAL_AUX,
    CONTEXT_HEADS,
    CONTEXT_PREPOSITIONS,
    CRITICISM_NOUNS,
    DECISION_NOUNS,
    DESIRE_NOUNS,
    FORCE_NOUNS,
    FUTURE_AUX,
    FUTURE_HEADS,
    HABITUAL_WORDS,
    HARM_WORDS,
    HAZARD_NOUNS,
    HUNTED_NOUNS,
    HYPOTHETICAL_AUX,
    IMPLICATIVE_HEADS,
    INSTITUTION_NOUNS,
    LASTING_HAPPENINGS,
    LEGISLATOR_NOUNS,
    LEGISLATURE_NOUNS,
    LIGHT_VERBS,
    MANDATIVE_HEADS,
    NEEDED_WORDS,
    NOT_YET_WORDS,
    ORDINAL_WORDS,
    PERFORMATIVE_HEADS,
    PROJECTILE_NOUNS,
    PROMISE_HEADS,
    PROVISION_NOUNS,
    PUNISHING_WORDS,
    RECEIVING_ROOMS,
    REMOTE_WORDS,
    SIGNING_VERBS,
    SPAN_PREPOSITIONS,
    UNREALISED_HEADS,
    VEHICLE_NOUNS,
    VIDEO_WORDS,
    WEAPON_NOUNS,
)
from storyline.lang.en.titles import FORCE_HEADS
from storyline.places import lookup
from storyline.records import Token

Modality = Literal["asserted", "future", "other"]

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_NOUNS = frozenset(
    {"town", "city", "village", "area", "territory", "district", "province", "region", "base",
     "airport", "port", "border", "neighborhood", "neighbourhood", "camp", "stronghold",
     "capital", "position", "outpost", "garrison", "headquarters", "hill", "enclave", "suburb",
     "airfield", "airbase", "checkpoint", "crossing", "island", "valley", "complex", "facility"}
)  # fmt: skip
PART_NOUNS = frozenset(
    {"part", "parts", "most", "half", "much", "rest", "control", "swathe", "swath"}
)
"""Nouns of a share of what their "of" names ("captured part of the base", "seized
control of the town"): what the share is of is what the object names."""
PERSON_NOUNS = frozenset(
    {"minister", "secretary", "president", "leader", "official", "envoy", "ambassador",
     "delegation", "king", "queen", "prince", "emir", "amir", "sultan", "chancellor",
     "commander", "general", "chief", "premier",
     "spokesman", "spokeswoman", "spokesperson", "representative", "advisor", "adviser",
     "counterpart", "commissioner", "chairman", "chairwoman", "chair", "diplomat", "governor",
     "mayor",
     "director"}
)  # fmt: skip
PERSON_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "dative", "attr", "oprd", "acomp"})
PARTICLE_DEPS = frozenset({"prt", "acomp", "oprd", "advmod", "xcomp", "dobj"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod"})
NOT_CLAUSE_DEPS = frozenset({"amod", "compound", "acomp", "csubj", "nmod"})
"""A verb in one of these roles modifies a noun ("the agreed plan"); it states nothing."""
AFTER_PREPOSITIONS = frozenset({"after", "following", "during", "since", "upon", "by"})
"""A gerund after one of these did happen ("after meeting the minister")."""


@dataclass(frozen=True)
class Hit:
    """A word that states a happening: its type, the pattern that matched, the light verb
    that carries it (for a noun), whether it happened, and whether it was held remotely."""

    token: Token
    type: EventType
    trigger: Trigger
    carrier: Token | None
    modality: Modality
    remote: bool = False
    again: bool = False
    """A noun that names again, with "the", a happening the article told before under a
    fuller name ("the dialogue" after "a strategic dialogue"): it adds to that one."""
    promised: EventType | None = None
    """What a verb of promising names as its object ("pledged military aid": aid)."""
    decided: bool = False
    """A happening to come that a word of announcing tells as decided ("announced that the
    United States will provide $100 million"): the announcement is the happening."""
    undone: bool = False
    """Read as the reversal of what its word names ("ended military aid" is aid cut): its
    type is already the undoing, which no promise or decision turns round again."""

    @property
    def predicate(self) -> Token:
        """The word whose clause holds the happening's participants and tense."""
        return self.carrier or self.token


ASIDE_DEPS = frozenset({"pobj", "prep", "acomp", "advmod", "npadvmod"})
"""Relations of the words of an aside between a verb and its object."""


POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
"""The clitic of a possessive ("Chile's"), which the parser may hang on an ``nmod``."""
NAMED_OBJECTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
"""Entities that may be a verb's object, whatever relation the parser gave them."""
CLAIMED_NOUNS = frozenset({"responsibility", "credit", "blame"})
"""What one claims, takes or denies "for" a deed ("claimed responsibility for the attack")."""
ORIGIN_GROUPS = frozenset({"delegation", "team", "mission", "group", "committee", "envoy"})
"""Groups whose "from" phrase names whom they come from ("a delegation from the alliance")."""


MANNER_IDIOMS = frozenset({("face", "to", "face"), ("one", "on", "one")})
"""Three words that tell how two sides met ("met face to face with X"), which the parser
hangs as an object and a phrase, taking the verb's own "with" phrase with them. (Not the
idioms of fighting together, "side by side with X", whose "with" is a companion.)"""
_IDIOM_FIRST_WORDS = frozenset(idiom[0] for idiom in MANNER_IDIOMS)
"""The words a manner idiom starts with: where to look for one."""


RESULT_WORDS = frozenset({"dead"})
"""Words of what a deed left its object, before that object ("shot dead the gunman")."""


_INDEX = attrgetter("i")

AUXILIARY_HUNG = frozenset({"nsubj", "nsubjpass", "neg"})
"""Relations the parser may give a word under an auxiliary that are its verb's (see
``Tree._verb_of_auxiliary``)."""


class Tree(dict[int, Token]):
    """A sentence's tokens by index, with each token's children found once. ``spans`` keeps
    what readers of the tree work out once per token (a trigger's clause is read for its
    date, its place and its scope)."""

    def __init__(self, tokens: Iterable[Token]) -> None:
        tokens_list = list(tokens)
        super().__init__((t.i, t) for t in tokens_list)
        self.spans: dict[int, tuple[int, int]] = {}
        named = {k.head for k in tokens_list if k.dep == "appos" and k.ent == "PERSON"}
        asides, adverbs, origins, fors = [], [], [], []
        for t in self.values():
            if t.dep == "appos":
                asides.append(t)
            elif t.dep == "npadvmod" and (t.ent in NAMED_OBJECTS or t.i in named):
                adverbs.append(t)  # a name, or a title with its holder's name ("the
                # Norwegian Ambassador Lars Dahl" after "received today, Tuesday,")
            elif t.lemma == "from":
                origins.append(t)
            elif t.lemma == "for":
                fors.append(t)
        owners = {k.head for k in tokens_list if k.dep == "case" and k.text in POSSESSIVE_MARKS}
        for t in list(self.values()):
            if t.dep == "nmod" and t.i in owners:
                # "Ukraine's president": a possessive, whatever the parser called it
                self[t.i] = t._replace(dep="poss")
        for token in asides:
            if (verb := self._object_read_as_apposition(token)) is not None:
                self[token.i] = token._replace(dep="dobj", head=verb.i)
        for token in adverbs:
            if (verb := self._object_read_as_adverb(token)) is not None:
                self[token.i] = token._replace(dep="dobj", head=verb.i)
        for token in [t for t in self.values() if t.dep in AUXILIARY_HUNG]:
            if (verb := self._verb_of_auxiliary(token)) is not None:
                passive = token.dep == "nsubj" and self[token.head].dep == "auxpass"
                # ("Also arrested were his brother and a cousin": they were arrested)
                dep = "nsubjpass" if passive else token.dep
                self[token.i] = token._replace(head=verb.i, dep=dep)
        for t in tokens_list:
            if t.dep == "acl" and (crowd := self._crowd_acting(t)) is not None:
                # "Thousands of teachers marched", parsed as a noun the verb describes: they
                # protested
                self[t.i] = t._replace(dep="ROOT", head=t.i)
                self[crowd.i] = crowd._replace(dep="nsubj", head=t.i)
        for t in tokens_list:
            head = self.get(t.head)
            if (
                t.dep in ("dobj", "pobj")
                and head is not None
                and head.dep in ("acomp", "oprd", "advmod")
                and head.lemma.lower() in RESULT_WORDS
                and (verb := self.get(head.head)) is not None
                and verb.pos == "VERB"
            ):
                # "Police shot dead the gunman", the object hung on "dead": the verb's
                self[t.i] = t._replace(dep="dobj", head=verb.i)
        for idiom, verb in self._manner_idioms(tokens_list):
            # "met face to face with X": the idiom tells how; its "with" is the verb's own
            words = {t.i for t in idiom}
            for t in idiom:
                self[t.i] = t._replace(dep="advmod", head=verb.i)
            for t in tokens_list:
                if t.dep == "prep" and t.head in words and t.i not in words:
                    self[t.i] = self[t.i]._replace(head=verb.i)
        for t in tokens_list:
            if t.dep == "nsubjpass" and self._engaged_in(t, tokens_list):
                # "forces were engaged in fighting": they fought
                self[t.i] = t._replace(dep="nsubj")
        self._index_children()
        moved = [(p, group) for p in origins if (group := self._origin_of(p)) is not None]
        moved += [(p, owner) for p in fors if (owner := self._claimed_for(p)) is not None]
        for prep, group in moved:
            self[prep.i] = prep._replace(head=group.i)
        if moved:
            self._index_children()

    def _manner_idioms(self, tokens: Sequence[Token]) -> list[tuple[Sequence[Token], Token]]:
        """The three-word idioms of manner ("face to face", "one on one") in the sentence,
        which the parser reads as an object and a phrase, each with the verb it tells how."""
        found: list[tuple[Sequence[Token], Token]] = []
        for at in range(len(tokens) - 2):
            if tokens[at].text.lower() not in _IDIOM_FIRST_WORDS:
                continue  # (most words: three lower-cased for every word cost more)
            idiom = tokens[at : at + 3]
            if tuple(t.text.lower() for t in idiom) not in MANNER_IDIOMS:
                continue
            verb = self.get(idiom[0].head)
            for _ in range(len(tokens)):
                if verb is None or verb.pos == "VERB" or verb.head == verb.i:
                    break
                verb = self.get(verb.head)
            if verb is not None and verb.pos == "VERB" and verb.i < idiom[0].i:
                found.append((idiom, verb))
        return found

    def _crowd_acting(self, verb: Token) -> Token | None:
        """The root noun a verb of what crowds do was hung on as its description ("Thousands
        of teachers marched": "marched" parsed as describing "Thousands"), when the verb
        has no passive sense (one is not "protested" or "marched")."""
        if verb.dep != "acl" or verb.tag not in ("VBN", "VBD"):
            return None
        if verb.lemma.lower() not in CROWD_VERBS:
            return None
        noun = self.get(verb.head)
        if noun is None or noun.dep != "ROOT" or noun.pos not in ("NOUN", "PROPN"):
            return None
        return noun if noun.i < verb.i else None

    def _engaged_in(self, subject: Token, tokens: Sequence[Token]) -> bool:
        """Whether a passive subject is one "engaged in" or "involved in" something: a state
        the subject is in, who does what the "in" names."""
        verb = self.get(subject.head)
        return (
            verb is not None
            and verb.lemma.lower() in ENGAGED_VERBS
            and any(k.head == verb.i and k.dep == "prep" and k.lemma == "in" for k in tokens)
        )

    def _claimed_for(self, prep: Token) -> Token | None:
        """The "responsibility" a "for" phrase is of, when the parser hung it on the verb
        past a date ("claimed responsibility on Monday for an attack": the attack claimed)."""
        verb = self.get(prep.head)
        if verb is None or verb.pos != "VERB" or prep.dep != "prep":
            return None
        return next(
            (
                k
                for k in self.children(verb)
                if k.dep == "dobj" and k.i < prep.i and k.lemma.lower() in CLAIMED_NOUNS
            ),
            None,
        )

    def _verb_of_auxiliary(self, token: Token) -> Token | None:
        """The verb whose subject or negation the parser hung on one of its auxiliaries ("The
        US has been urging allies": "US" under "been", which hangs on "urging"; "had not, by
        Friday, announced": "not" under "had")."""
        if token.dep not in AUXILIARY_HUNG:
            return None
        aux = self.get(token.head)
        if aux is None or aux.pos != "AUX" or aux.dep not in ("aux", "auxpass"):
            return None
        verb = self.get(aux.head)
        return verb if verb is not None and verb.pos == "VERB" and verb.i != aux.i else None

    def _index_children(self) -> None:
        self._kids: dict[int, list[Token]] = {}
        for token in self.values():
            if token.head != token.i:
                self._kids.setdefault(token.head, []).append(token)

    def _origin_of(self, prep: Token) -> Token | None:
        """The group a "from" phrase tells the origin of, when the parser hung it on the verb
        ("received a delegation from NATO": the delegation is NATO's, NATO did not give it)."""
        verb = self.get(prep.head)
        if prep.dep != "prep" or prep.lemma.lower() != "from" or verb is None:
            return None
        if verb.pos != "VERB":
            return None
        group = next(
            (k for k in self.children(verb) if k.dep == "dobj" and k.i < prep.i),
            None,
        )
        if group is None or group.lemma.lower() not in ORIGIN_GROUPS:
            return None
        # the phrase follows the group's own words at once
        return group if max(t.i for t in self.subtree(group)) == prep.i - 1 else None

    def _object_read_as_apposition(self, token: Token) -> Token | None:
        """The verb whose object the parser hung on the subject as an apposition, misled by
        an aside between them ("Al-Sudani received, on Tuesday, the Commander of ..."): an
        apposition stands beside its noun, not after the verb the noun is the subject of."""
        head = self.get(token.head)
        if head is None or (token.ent == head.ent == "GPE"):
            return None  # "in Istanbul, Turkey": a place and the country it lies in
        if token.ent in ("DATE", "TIME"):
            return None  # "received today, Tuesday, the ambassador": the day again
        if head.i > token.i:
            # an apposition stands after its noun: one hung on a word after it ("received
            # today, Tuesday, the Ambassador ..., and discussed relations") is the object of
            # the verb before it
            before = next(
                (
                    t
                    for t in sorted(self.values(), key=lambda t: -t.i)
                    if t.i < token.i and t.pos == "VERB"
                ),
                None,
            )
            if before is None or any(
                t.head == before.i and t.dep in ("dobj", "ccomp", "xcomp") for t in self.values()
            ):
                return None
            return before
        verb: Token | None = head  # the parser may hang it on the verb itself
        if head.dep == "nsubj":
            verb = self.get(head.head)
            if verb is not None and not head.i < verb.i:
                return None
        elif head.pos != "VERB":
            # or on the last word of an aside ("approved, under authority given by the
            # President, a transfer ...")
            while verb is not None and verb.pos != "VERB" and verb.dep in ASIDE_DEPS:
                verb = self.get(verb.head)
            before = self.get(token.i - 1 - sum(1 for _ in self._left_words(token)))
            # a day has no apposition: "hosted on Friday the Chief of ...", nor a room a
            # name right after it: "received in his office John Carter"
            if (
                (before is None or before.text != ",")
                and head.ent != "DATE"
                and not (token.ent == "PERSON" and head.lemma.lower() in RECEIVING_ROOMS)
            ):
                return None
        if verb is None or verb.pos != "VERB" or not verb.i < token.i:
            return None
        if verb.dep == "prep":
            return None  # "including X, a broker": "including" is a preposition here
        if any(t.head == verb.i and t.dep in ("dobj", "ccomp", "xcomp") for t in self.values()):
            return None
        return verb

    def _object_read_as_adverb(self, token: Token) -> Token | None:
        """The verb whose object the parser read as an adverb of it, after an aside ("X
        received, on Sunday, NATO Secretary General Mark Rutte"): a name is no adverb."""
        verb = self.get(token.head)
        if verb is None or verb.pos != "VERB" or not verb.i < token.i:
            return None
        if any(t.head == verb.i and t.dep in ("dobj", "ccomp", "xcomp") for t in self.values()):
            return None
        return verb

    def _left_words(self, token: Token) -> list[Token]:
        """The words of ``token``'s phrase before it ("a" of "a drawdown")."""
        return [t for t in self.values() if t.head == token.i and t.i < token.i]

    def children(self, token: Token) -> list[Token]:
        """The tokens whose head is ``token``."""
        return self._kids.get(token.i, [])

    def head(self, token: Token) -> Token | None:
        """The syntactic head of ``token`` (None for the root)."""
        token = self.get(token.i, token)  # as repaired here
        return None if token.head == token.i else self.get(token.head)

    def subtree(self, token: Token, *, stop: frozenset[str] = frozenset()) -> list[Token]:
        """``token`` and its descendants, not entering children whose relation is in ``stop``."""
        kids = self._kids  # (read directly: a clause is walked for every trigger's reading)
        found, stack = [], [token]
        while stack:
            current = stack.pop()
            found.append(current)
            below = kids.get(current.i)
            if below:
                stack.extend([k for k in below if k.dep not in stop] if stop else below)
        found.sort(key=_INDEX)
        return found


def find_hits(
    tokens: Sequence[Token],
    tree: Tree,
    registry: Registry,
    *,
    lead: bool = False,
    told: Mapping[str, EventType] | None = None,
) -> list[Hit]:
    """Every trigger of a sentence with its type, carrier and modality.

    ``lead``: the sentence opens the article, where the simple present reports a happening
    as headlines do ("Minister condemns attack"). ``told``: the nouns of the happenings the
    article told before, by lemma, whose bare repetition with "the" names them again ("the
    dialogue" after "the strategic dialogue": no trigger on its own).
    """
    if not tokens or tokens[-1].text == "?":
        return []
    found: list[tuple[Token, EventType, Trigger]] = []
    again: set[int] = set()
    for token in tokens:
        match = _match(token, tree, registry)
        if match is None and told and (match := _told_again(token, tree, told)) is not None:
            again.add(token.i)
        if match is not None:
            found.append((token, *match))
    found = [f for f in found if not _strike_called_on(*f, tree)]
    triggers = {token.i for token, _, _ in found}
    named = _named_objects(found, tree)
    verbs = {token.i: event_type for token, event_type, _ in found if token.pos == "VERB"}
    givers = {
        token.i: (giver.i, event_type)
        for token, event_type, _ in found
        if token.pos != "VERB"
        and (giver := _in_verbs_object(token, event_type, verbs, tree)) is not None
    }  # ("offered military assistance": the offer states it, the light verb does not yield)
    given = set(givers)
    promised = {verb: kind for verb, kind in givers.values() if kind.intent == verbs[verb].name}
    kinds = {token.i: event_type for token, event_type, _ in found}
    for token, event_type, _ in found:
        if token.pos == "VERB" and token.i not in promised:
            # "threatened to impose sanctions on Peru": a threat of sanctions
            promised.update(
                (token.i, kinds[k.i])
                for k in tree.children(token)
                if infinitive_of(k, tree) and k.i in kinds and kinds[k.i].intent == event_type.name
            )
    signed = {
        token.i for token, event_type, _ in found if _signed_saying(token, event_type, tree)
    }  # ("signed a joint declaration": a signing, not an announcement)
    hits = []
    enders: set[int] = set()
    for token, event_type, trigger in found:
        if token.i in named or _imperative(token, tokens):
            continue
        if token.i in given or token.i in signed:
            continue
        if token.pos != "VERB" and _names_a_kind_of_force(token, tree):
            continue
        carrier = _carrier(token, trigger, tree)
        if carrier is None and trigger.light and not _definite_reference(token, tree):
            continue
        keeps_noun = token.i in named.values()
        if (
            token.pos == "VERB"
            and not keeps_noun
            and not trigger.judged  # ("called the strike a crime": a judgment of it)
            and _yields_to_noun(token, tree, triggers - given - signed)
        ):
            continue
        modality = _modality(token, carrier, trigger, tree, lead)
        undone = False
        if (ender := _ended_by(token, carrier, tree)) is not None:
            # "ended military aid to Peru", "stopped its attacks", "will no longer provide
            # aid": the doer undoes the happening, which is the reversal's, or none
            if event_type.reversal is not None:
                event_type, undone = registry.get(event_type.reversal), True
                enders.add(ender.i)
                if token.pos != "VERB" and carrier is None and ender.i != token.i:
                    carrier = ender  # its doer is the subject of "halted airstrikes"
                modality = verb_modality(ender, tree, present=trigger.present or lead)
            elif (token.pos == "VERB" or carrier is not None) and ender is not carrier:
                modality = "other"  # "stopped arresting fishermen" (not "ended the meeting")
        if modality == "asserted" and _undated_description(token, tree):
            modality = "other"
        if (
            modality == "asserted"
            and event_type.family == "encounter"
            and _circumstance(token, tree)
        ):
            modality = "other"
        if modality == "asserted" and _discussed_in_general(token, tree):
            modality = "other"
        if modality == "asserted" and _characterisation(token, tree):
            modality = "other"
        if modality in ("asserted", "future") and _not_said(token, tree):
            modality = "other"
        if modality == "asserted" and _doubted(token, tree):
            modality = "other"
        if modality == "asserted" and _question(token, tree):
            modality = "other"
        if modality == "asserted" and _offence_named(token, tree):
            modality = "other"
        if modality == "asserted" and _means(token, tree):
            modality = "other"
        if _wished_to_see(token, tree):
            modality = "other"  # "want to see the police disarmed": a wish
        if _declared_so(token, tree):
            modality = "other"  # "was declared dead on arrival": a state, no announcement
        if event_type.family == "sentence" and _held_without_trial(token, tree):
            event_type = registry.get("arrest")  # "jailed for two years without trial"
        if event_type.name == "kill" and _killed_by_accident(token, tree):
            event_type = registry.get("incident")  # "killed when their helicopter crashed"
        if event_type.plover == "ASSAULT" and _done_to_oneself(token, tree):
            modality = "other"  # "spent weeks torturing himself", "killed herself"
        if modality == "asserted" and _reporting_call(token, carrier, tree):
            modality = "other"
        if modality == "other" and event_type.attempt and (tried := _attempt(token, tree)):
            event_type, modality = registry.get(event_type.attempt), tried
        hits.append(
            Hit(
                token,
                event_type,
                trigger,
                carrier,
                modality,
                again=token.i in again,
                promised=promised.get(token.i),
                undone=undone,
            )
        )
    # "halted airstrikes on Tacna": the strikes halted are the happening, not a halt of its own
    hits = [h for h in hits if h.undone or h.token.i not in enders]
    return [_remote(hit, tree, registry) for hit in hits]


def infinitive_of(verb: Token, tree: Tree) -> bool:
    """Whether a verb is the infinitive a verb of promising names ("threatened to impose
    sanctions"), which the parser may hang as an adverbial clause past a time ("threatened on
    Monday to impose sanctions")."""
    if verb.dep == "xcomp":
        return True
    return verb.dep == "advcl" and any(
        k.dep == "aux" and k.tag == "TO" for k in tree.children(verb)
    )


WISHING_VERBS = frozenset({"want", "wish", "hope", "like", "love", "prefer", "long"})


def _wished_to_see(verb: Token, tree: Tree) -> bool:
    """A happening someone wants to see done ("want to see the police disarmed", "would like
    to see Peru withdraw"): a wish, not done."""
    see = tree.head(verb)
    if (
        see is None
        or see.lemma.lower() not in ("see", "watch")
        or verb.dep not in ("ccomp", "xcomp", "oprd", "dobj", "acomp")
    ):
        return False
    wish = tree.head(see)
    return wish is not None and see.dep == "xcomp" and wish.lemma.lower() in WISHING_VERBS


def _held_without_trial(verb: Token, tree: Tree) -> bool:
    """A jailing "without trial" or "without charge", wherever the parser hangs the phrase:
    a detention, no sentence."""
    return verb.lemma.lower() in ("jail", "imprison") and any(
        t.lemma.lower() == "without"
        and any(g.lemma.lower() in ("trial", "charge") for g in tree.children(t))
        for t in tree.subtree(verb)
    )


CRASHING_VERBS = frozenset({"crash", "collide", "capsize", "sink", "derail", "overturn"})
"""Verbs of a vehicle's accident ("when their helicopter crashed")."""
FALLING_VERBS = frozenset({"slip", "fall", "drown"})
"""Verbs of one's own accident, as a gerund after "after" ("after slipping and falling")."""
FORCE_WORDS = frozenset(
    {"fire", "shot", "shoot", "mine", "landmine", "bomb", "missile", "rocket", "attack",
     "ambush", "explosive", "grenade", "shell", "drone", "strike", "gunfire", "rebel",
     "militant", "gunman", "insurgent"}
)  # fmt: skip
"""Words of force that make a crash no accident ("crashed after being hit by rebel fire")."""


def _killed_by_accident(verb: Token, tree: Tree) -> bool:
    """A killing a clause tells as an accident: a vehicle that crashed, capsized or overturned
    with no one's force named ("two soldiers were killed when their helicopter crashed"), or
    the victim's own fall ("killed after slipping and falling from a ridge")."""
    if verb.pos != "VERB":
        return False
    if any(t.lemma.lower() in FORCE_WORDS and t.pos != "VERB" for t in tree.subtree(verb)):
        return False  # (the nouns of force: "hit by rebel fire"; not the verb "struck")
    head = tree.head(verb)
    if verb.dep == "conj" and head is not None and _struck_by_vehicle(head, tree):
        return True  # "was struck by a car and killed"
    for kid in tree.children(verb):
        clauses = [kid] if kid.dep == "advcl" else []
        if kid.dep == "prep" and kid.lemma.lower() in ("after", "when"):
            clauses = [g for g in tree.children(kid) if g.dep == "pcomp"]
        for clause in clauses:
            lemma = clause.lemma.lower()
            grand = tree.children(clause)
            if any(g.dep == "dobj" for g in grand):
                continue  # "a warship sank their boat", "crashed his car through a checkpoint"
            subjects = [g for g in grand if g.dep in ("nsubj", "nsubjpass")]
            if lemma in CRASHING_VERBS and any(
                g.lemma.lower() in VEHICLE_NOUNS
                and not any(c.lemma.lower() in FORCE_WORDS for c in tree.children(g))
                for g in subjects
            ):
                return True
            if lemma in FALLING_VERBS and not subjects and clause.dep == "pcomp":
                return True
            if _struck_by_vehicle(clause, tree):
                return True  # "killed after being hit by a truck"
    return False


STRIKING_VERBS = frozenset({"strike", "hit", "run"})
"""Verbs of a vehicle hitting someone ("struck by a car", "run over by a bus")."""


def _struck_by_vehicle(verb: Token, tree: Tree) -> bool:
    """Whether a verb of striking names a vehicle as what struck ("was struck by a car",
    "being hit by a truck", "a car struck and killed"): a road accident, not an attack."""
    if verb.lemma.lower() not in STRIKING_VERBS:
        return False
    if any(k.dep == "nsubj" and k.lemma.lower() in VEHICLE_NOUNS for k in tree.children(verb)):
        return True  # "a car struck and killed a pedestrian"
    return any(
        g.dep == "pobj" and g.lemma.lower() in VEHICLE_NOUNS
        for agent in tree.children(verb)
        if agent.dep == "agent"
        for g in tree.children(agent)
    )


def _declared_so(verb: Token, tree: Tree) -> bool:
    """A verb of declaring whose complement is an adjective ("was declared dead", "was
    pronounced fit"): what someone is found to be, no announcement of a happening."""
    kids = tree.children(verb)
    return (
        verb.pos == "VERB"
        and verb.lemma.lower() in ("declare", "pronounce")
        and any(k.dep == "nsubjpass" for k in kids)
        and any(k.dep in ("oprd", "acomp", "xcomp", "ccomp") and k.pos == "ADJ" for k in kids)
    )


REFLEXIVES = frozenset(
    {"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself",
     "yourselves", "oneself"}
)  # fmt: skip


def _done_to_oneself(verb: Token, tree: Tree) -> bool:
    """A blow whose only object is its doer ("torturing himself", "shot herself"): harm to
    oneself, no attack; one who "blew himself up" still attacked (the particle)."""
    if verb.pos != "VERB":
        return False
    kids = tree.children(verb)
    if any(k.dep == "prt" for k in kids):
        return False
    objects = [k for k in kids if k.dep == "dobj"]
    objects += [c for o in objects for c in tree.children(o) if c.dep == "conj"]
    return bool(objects) and all(o.text.lower() in REFLEXIVES for o in objects)


def _strike_called_on(token: Token, event_type: EventType, trigger: Trigger, tree: Tree) -> bool:
    """ "called a strike on the compound": a blow aimed at something, not a stoppage of work
    ("the union called a strike")."""
    return (
        token.pos == "VERB"
        and event_type.plover == "PROTEST"
        and token.lemma.lower() == "call"
        and any(
            p.dep == "prep" and p.lemma.lower() in ("on", "against")
            for o in tree.children(token)
            if o.dep == "dobj"
            for p in tree.children(o)
        )
    )


def _imperative(token: Token, tokens: Sequence[Token]) -> bool:
    """A verb in the base form that opens its sentence tells the reader to do something
    ("Visit our website for the schedule", "Meet the team"): nothing happened."""
    words = [t for t in tokens if t.pos not in ("PUNCT", "SPACE")]
    if not words or token is not words[0]:
        return False
    if token.pos == "VERB" and token.tag == "VB":
        return True
    # the model may tag the capitalised verb a name ("Visit Peru Insider's page"):
    # a bare word, its object straight after it
    following = words[1] if len(words) > 1 else None
    return (
        token.pos == "PROPN"
        and token.text.lower() == token.lemma.lower()
        and following is not None
        and following.pos in ("DET", "PRON", "PROPN")
        and following.dep != "nsubj"
    )


AGAIN_BLOCKERS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "prep", "acl", "relcl"})
"""Modifiers that make a noun name something of its own ("the press conference", "the
dialogue on trade", "the dialogue that follows"), not the happening told before."""


def _told_again(
    token: Token, tree: Tree, told: Mapping[str, EventType]
) -> tuple[EventType, Trigger] | None:
    """A bare noun with "the" that repeats the head noun of a happening told before ("The
    talks were opened by X" after "the third round of trade talks was co-chaired by ..."), as
    a plain trigger of that happening's type."""
    if token.pos != "NOUN" or (event_type := told.get(token.lemma.lower())) is None:
        return None
    if _inside_name(token, tree):
        return None
    kids = tree.children(token)
    if any(k.dep in AGAIN_BLOCKERS for k in kids):
        return None
    if not any(k.dep == "det" and k.lemma.lower() in AGAIN_DETERMINERS for k in kids):
        return None
    return event_type, Trigger(token.lemma.lower(), "NOUN")


# --- matching --------------------------------------------------------------------------------


def _match(token: Token, tree: Tree, registry: Registry) -> tuple[EventType, Trigger] | None:
    pos: Pos | None = (
        "VERB"
        if token.pos == "VERB"
        else "NOUN"
        if token.pos in ("NOUN", "PROPN")
        else "ADJ"
        if token.pos == "ADJ" and token.dep == "acomp"
        else None
    )
    if pos is None or (pos == "VERB" and token.dep in NOT_CLAUSE_DEPS):
        return None
    candidates = registry.candidates(token.lemma.lower(), pos)
    if not candidates or _inside_name(token, tree):
        return None
    for event_type, trigger in candidates:
        if _holds(token, trigger, tree):
            return None if trigger.reject else (event_type, trigger)
    return None


NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW"})


def _inside_name(token: Token, tree: Tree) -> bool:
    """A word inside a proper name ("Mobilization" in "Popular Mobilization Forces"): part of
    what the name names, not a happening; the name's last word may still be one ("the NATO
    Summit")."""
    if token.ent not in NAME_LABELS:
        return False
    following = tree.get(token.i + 1)
    return following is not None and following.ent == token.ent and following.pos == "PROPN"


def _heads_clause(token: Token, kids: Sequence[Token], verbs: frozenset[str], tree: Tree) -> bool:
    """Whether one of ``verbs`` heads the verb's complement or adverbial clause ("invited X to
    visit"), or the infinitive right after the noun, however the parser hangs it, with a place
    as its object ("a drive to recapture the port of Tacna", not "a campaign to liberate
    women from poverty" or "a push to recapture market share")."""
    if token.pos != "NOUN":
        return any(k.dep in ("ccomp", "xcomp", "advcl") and k.lemma.lower() in verbs for k in kids)
    to, verb = tree.get(token.i + 1), tree.get(token.i + 2)
    if not (
        to is not None
        and verb is not None
        and to.text.lower() == "to"
        and verb.pos == "VERB"
        and verb.lemma.lower() in verbs
    ):
        # "launched an operation on Tuesday to pursue ...": the infinitive after a date,
        # hung on the verb whose object the noun is
        up = tree.head(token)
        verb = next(
            (
                k
                for k in (tree.children(up) if up is not None and token.dep == "dobj" else [])
                if k.dep == "advcl"
                and k.i > token.i
                and k.lemma.lower() in verbs
                and any(a.dep == "aux" and a.text.lower() == "to" for a in tree.children(k))
            ),
            None,
        )
        if verb is None:
            return False
    things = [k for k in tree.children(verb) if k.dep == "dobj"]
    return any(
        t.ent in PLACE_LABELS or t.lemma.lower() in PLACE_NOUNS | HUNTED_NOUNS for t in things
    )  # ("an operation to pursue rebel remnants": whom it hunts)


def _holds(token: Token, trigger: Trigger, tree: Tree) -> bool:
    """Whether every condition of ``trigger`` holds for ``token``."""
    kids = tree.children(token)
    objects = [k for k in kids if k.dep in OBJECT_DEPS]
    near = list(kids)
    following = tree.get(token.i + 1)
    if token.pos == "NOUN" and following is not None and following.dep == "prep":
        near.append(following)  # "welcomed its designation as a partner": "as" hung on the verb
    verb = tree.head(token)
    if token.pos == "NOUN" and token.dep == "dobj" and verb is not None:
        # "welcomed the designation of X as minister": the parser hangs "as" on the verb
        near += [
            k
            for k in tree.children(verb)
            if k.dep == "prep" and k.lemma.lower() == "as" and k.i > token.i and k not in near
        ]
    if token.pos == "VERB":
        # "described the shelling as a violation": the parser hangs "as" on the object
        near += [
            k
            for o in objects
            for k in tree.children(o)
            if k.dep == "prep" and k.lemma.lower() == "as"
        ]
    checks = (
        not trigger.objects or bool(_object_words(objects, tree) & trigger.objects),
        not trigger.object_heads
        or any(o.dep == "dobj" and o.lemma.lower() in trigger.object_heads for o in objects),
        not trigger.preps
        # (a time is no such phrase, unless the pattern names it: "jailed for 12 years")
        or any(
            _is_prep(k, trigger.preps) and (bool(trigger.prep_objects) or not _temporal(k, tree))
            for k in near
        )
        or _stray_preposition(token, trigger.preps, tree) is not None
        or (
            trigger.prep_object_kind is not None
            and _prep_object(near, objects, trigger.preps, tree) is not None
        ),
        not trigger.prep_objects or bool(_prep_object_words(near, tree) & trigger.prep_objects),
        not trigger.particle
        or any(_particle(k) and k.lemma.lower() == trigger.particle for k in kids),
        not trigger.compounds or bool(_modifier_words(token, tree) & trigger.compounds),
        not trigger.with_of or _of_words(token, tree) & trigger.with_of,
        not trigger.needs_object or _has_object(token, kids, tree),
        not trigger.needs_clause
        or (
            _impersonal_clause(token, tree) is not None
            if token.pos == "ADJ"
            else any(k.dep in ("ccomp", "xcomp", "advcl") and k.pos == "VERB" for k in kids)
        ),
        not trigger.naming or _names_something(kids, token) or _named_as(kids, tree),
        not trigger.judged
        or (
            bool(_called(token, kids, tree) & trigger.judged)
            and not any(k.dep == "dobj" and k.lemma.lower() in CRITICISM_NOUNS for k in kids)
        ),
        not trigger.clause_verbs or _heads_clause(token, kids, trigger.clause_verbs, tree),
        trigger.object_kind is None or _object_kind(objects, tree) == trigger.object_kind,
        trigger.prep_object_kind is None
        or _prep_object_kind(near, objects, trigger.preps, tree) == trigger.prep_object_kind
        or (
            trigger.prep_object_kind == "official"
            and _official(_prep_object(near, objects, trigger.preps, tree), tree)
        ),
        trigger.subject_kind is None or _subject_is(token, trigger.subject_kind, tree),
        not trigger.clause_aux or bool(_clause_aux(kids, tree) & trigger.clause_aux),
        not trigger.harm or _harmful_cause(near, tree),
        not trigger.scored or _scored(token, tree),
    )
    return all(checks)


SCORE = re.compile(r"\d{1,3}(?:-|–|—)\d{1,3}")
"""A game's score as one word ("7–5")."""
DASHES = frozenset({"-", "–", "—"})
OWN_CLAUSE_STOP = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"})
"""Relations that leave a verb's own clause for another."""


def _scored(verb: Token, tree: Tree) -> bool:
    """Whether the verb's clause gives a game's score after it: "6-2", "7–5" or "3 - 1", not a
    date ("beat Peru 3-1, 2-0"; not "beat him in 2014-15")."""
    near = {verb.i} | {k.i for k in tree.children(verb) if k.dep in ("dobj", "nsubjpass")}
    for word in tree.subtree(verb, stop=OWN_CLAUSE_STOP):
        if word.i <= verb.i or word.ent in ("DATE", "TIME") or word.head not in near:
            continue  # (the score of "after Chile's 2-1 win" is the win's)
        if SCORE.fullmatch(word.text):
            return True
        dash, second = tree.get(word.i + 1), tree.get(word.i + 2)
        if (
            word.text.isdigit()
            and len(word.text) <= 2
            and dash is not None
            and second is not None
            and dash.text in DASHES
            and second.text.isdigit()
            and len(second.text) <= 2
        ):
            return True
    return False


def _impersonal_clause(adjective: Token, tree: Tree) -> Token | None:
    """The that-clause an adjective says something of, impersonally ("It is essential that the
    regime free the prisoners": "free"), or None: the copula's subject must be "it"."""
    copula = tree.head(adjective)
    if copula is None or copula.tag not in ("VBZ", "VBP"):
        return None  # ("it was vital that Chile won": told of the past, no demand)
    if copula.lemma.lower() != "be" and copula.text.lower() not in ("’s", "'s"):
        return None
    if not _it_is(copula, tree):
        return None
    return next(
        (
            k
            for k in tree.children(copula)
            if k.dep == "ccomp"
            and k.pos == "VERB"
            and any(m.dep == "mark" and m.lemma.lower() == "that" for m in tree.children(k))
            and (
                k.tag in ("VB", "VBP", "VBZ")
                or any(a.lemma.lower() in ("should", "must") for a in tree.children(k))
            )  # what is to be done ("that the regime free them", "that Peru withdraws")
        ),
        None,
    )


def _called(verb: Token, kids: Sequence[Token], tree: Tree) -> set[str]:
    """What a verb calls its object and the words that describe it: its object predicate
    ("called the launch barbaric", "called the strike a dangerous escalation") or its "as"
    phrase ("described the raid as a crime"), with their modifiers and conjuncts."""
    said = [k for k in kids if k.dep == "oprd"]
    objects = [k for k in kids if k.dep == "dobj"]
    said += [
        g
        for k in [*kids, *(p for o in objects for p in tree.children(o))]
        if k.dep == "prep" and k.lemma.lower() == "as"  # (the parser may hang it on the object)
        for g in tree.children(k)
        if g.dep == "pobj"
    ]
    # the parser may hang the word it is called on the object, after it, or on the verb
    # ("called the strike unacceptable", "called the raid cowardly")
    said += [m for o in objects for m in tree.children(o) if m.dep == "amod" and m.i > o.i]
    said += [k for k in kids if k.dep == "advmod" and objects and k.i > max(o.i for o in objects)]
    said += [c for k in said for c in tree.children(k) if c.dep == "conj"]
    said += [m for k in said for m in tree.children(k) if m.dep in ("amod", "compound")]
    return {k.lemma.lower() for k in said} | {k.text.lower() for k in said}


def _names_something(kids: Sequence[Token], verb: Token | None = None) -> bool:
    """What the verb's object is called beside the object itself ("called the raid a crime",
    "was called a hero", "the man they called X", "a film called X", whose object is the noun
    the clause hangs on). What the parser takes for a name with no object beside it is the
    object ("called Defense Minister Luis Ramos last night": a call to him)."""
    if not any(k.dep == "oprd" for k in kids):
        return False
    if verb is not None and verb.dep in ("relcl", "acl"):
        return True
    return any(k.dep in ("dobj", "nsubjpass", "auxpass") for k in kids)


def _named_as(kids: Sequence[Token], tree: Tree) -> bool:
    """A pronoun object followed by what it is called, which the parser did not hang on the
    verb ("called her a born negotiator, praised by all, who ..."); not a time ("called
    him a day later")."""
    for obj in kids:
        if obj.dep != "dobj" or obj.pos != "PRON":
            continue
        after = tree.get(obj.i + 1)
        if after is None or after.lemma.lower() not in ("a", "an", "the"):
            continue
        noun = tree.head(after)
        if noun is not None and noun.pos == "NOUN" and noun.ent not in ("DATE", "TIME"):
            return True
    return False


def _has_object(token: Token, kids: Sequence[Token], tree: Tree) -> bool:
    """Whether the verb has an object, or shares one with the same verb after it ("Chile has
    demonstrated, and you have demonstrated, great patience": both showed patience)."""
    if any(k.dep in ("dobj", "dative", "nsubjpass") for k in kids):
        return True
    if any(k.dep == "oprd" for k in kids) and not _names_something(kids, token):
        return True  # "called [oprd Minister X] last night": the object, taken for a name
    if any(k.dep == "xcomp" and _own_subject(k, tree) for k in kids):
        return True  # "invited Prime Minister X to attend": the parser makes X its subject
    if token.dep in ("pcomp", "advcl") and any(k.dep == "auxpass" for k in kids):
        return True  # "died after being shot by police": its object the subject it hangs on
    if any(k.i > token.i and k.dep not in ("cc", "punct", "conj") for k in kids):
        return False  # "demonstrated in Oslo on Monday, and the police demonstrated restraint"
    head = tree.head(token)
    pair = [k for k in kids if k.dep == "conj"]
    if head is not None and token.dep in ("conj", "ccomp"):
        pair.append(head)  # the parser may hang the first of the two under the second
    return any(
        other.lemma == token.lemma
        and any(k.dep in ("dobj", "dative") for k in tree.children(other))
        for other in pair
    )


def _own_subject(clause: Token, tree: Tree) -> Token | None:
    """The subject the parser gave an infinitive that is its verb's object ("invited [X to
    attend]"), if any."""
    return next((k for k in tree.children(clause) if k.dep == "nsubj" and k.i < clause.i), None)


def _harmful_cause(near: Sequence[Token], tree: Tree) -> bool:
    """Whether what a feeling's "by", "at" or "over" names is harm done: a harm noun ("the
    attack"), or a report whose clause tells one ("reports that X had killed ...")."""
    for prep in near:
        if prep.dep not in ("prep", "agent"):
            continue
        for cause in tree.children(prep):
            if cause.dep != "pobj":
                continue
            if cause.lemma.lower() in HARM_WORDS:
                return True
            for kid in tree.children(cause):
                if kid.dep in ("acl", "ccomp", "relcl") and _harm_verb(kid, tree):
                    return True  # "reports that X had killed ...", "... had opened fire"
                if (
                    kid.dep == "prep"
                    and kid.lemma.lower() == "of"
                    and any(g.lemma.lower() in HARM_WORDS for g in tree.children(kid))
                ):
                    return True  # "news of the massacre"
    return False


def _harm_verb(verb: Token, tree: Tree) -> bool:
    """A verb of harm done, or "opened fire"."""
    if verb.lemma.lower() in HARM_WORDS:
        return True
    return verb.lemma.lower() == "open" and any(
        k.dep == "dobj" and k.lemma.lower() == "fire" for k in tree.children(verb)
    )


def _particle(kid: Token) -> bool:
    """A word that completes a verb's meaning: a particle ("call out"), a complement ("shot
    him dead"), or an adjective the parser hung as a clause ("shot the gunman dead")."""
    return kid.dep in PARTICLE_DEPS or (kid.dep == "advcl" and kid.pos == "ADJ")


def _clause_aux(kids: Sequence[Token], tree: Tree) -> set[str]:
    """The auxiliaries of a verb's that-clauses ("said Iran must stop": "must"); "need to" and
    "have to" said of others count as "must" ("said, 'They need to support us'"), not said
    of oneself ("we need to do more")."""
    found = set()
    for k in kids:
        if k.dep != "ccomp":
            continue
        aux = {a.lemma.lower() for a in tree.children(k) if a.dep in ("aux", "auxpass")}
        found |= aux
        if _obliged(k, tree) or ("should" in aux and _others(k, tree)):
            found.add("must")  # "said foreign navies should leave the strait"
    return found


OTHER_POWERS = frozenset({"power", "country", "nation", "state", "party", "side"})
"""Nouns of other actors that the actor tables leave out ("foreign powers should leave")."""


def _others(verb: Token, tree: Tree) -> bool:
    """Whether a clause's subject is an actor other than the speaker's side: "outside armies
    should leave", "Iran should stop"; not "we", "it should be noted", "oil prices should
    fall", nor the speaker's own state ("Iraqi PM X said Iraq should remain neutral")."""
    subject = next((g for g in tree.children(verb) if g.dep in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.text.lower() in SPEAKER_PRONOUNS | {"it", "this", "that"}:
        return False
    lemma = subject.lemma.lower()
    if not (_actor_like(subject) or lemma in ACTOR_NOUNS or lemma in OTHER_POWERS):
        return False
    saying = tree.head(verb)
    speaker = subject_of(saying, tree) if saying is not None else None
    if speaker is None or subject.ent not in ("GPE", "NORP"):
        return True
    own = {state(t.text) for t in tree.subtree(speaker) if t.ent in ("GPE", "NORP")}
    return state(subject.text) not in own - {None}


def _obliged(verb: Token, tree: Tree) -> bool:
    """ "they need to act", "Iraq has to release them": an obligation laid on someone else,
    in the present. Not "I/we/he had to", "has yet to respond", "has to do with"."""
    if verb.lemma.lower() not in NEED_VERBS or verb.tag not in ("VBP", "VBZ", "VB"):
        return False
    kids = tree.children(verb)
    action = next((g for g in kids if g.dep == "xcomp"), None)
    subject = next((g for g in kids if g.dep == "nsubj"), None)
    if action is None or subject is None or subject.text.lower() in SPEAKER_PRONOUNS:
        return False
    if any(g.lemma.lower() == "yet" for g in kids) or any(
        g.lemma.lower() == "yet" for g in tree.children(action)
    ):
        return False
    return not (
        action.lemma.lower() == "do"
        and any(g.dep == "prep" and g.lemma.lower() == "with" for g in tree.children(action))
    )


NEED_VERBS = frozenset({"need", "have"})
"""Verbs that say what someone must do when "to" follows ("they need to act")."""
SPEAKER_PRONOUNS = frozenset({"i", "we", "he", "she"})
"""Subjects that, in what someone says, are the speaker or the speaker's side."""


def _is_prep(token: Token, preps: frozenset[str]) -> bool:
    return token.dep in ("prep", "agent", "dative") and token.lemma.lower() in preps


def _temporal(prep: Token, tree: Tree) -> bool:
    """A preposition of time ("on Sunday", "at 7:15pm"), never the one a trigger names
    ("call on", "meet with")."""
    objects = [g for g in tree.children(prep) if g.dep == "pobj"]
    return bool(objects) and all(
        t.ent in ("DATE", "TIME") or t.pos in ("DET", "PUNCT", "ADP")
        for g in objects
        for t in tree.subtree(g)
    )  # (not "to Peru November 16", the parser's "to" with a name in it)


STRAY_WINDOW = 4
"""How far after a verb a preposition the parser misread may stand ("spoke today with")."""


def stray_preposition(verb: Token, tree: Tree) -> Token | None:
    """A "with" right after a verb that the parser read as opening a clause ("spoke today
    with X to offer ..."): it still names who the verb was done with."""
    return _stray_preposition(verb, frozenset({"with"}), tree)


def _stray_preposition(verb: Token, preps: frozenset[str], tree: Tree) -> Token | None:
    for offset in range(1, STRAY_WINDOW + 1):
        token = tree.get(verb.i + offset)
        if token is None or token.pos in ("VERB", "PUNCT"):
            return None
        if token.dep == "mark" and token.lemma.lower() in preps:
            return token
    return None


def _prep_object_words(kids: Sequence[Token], tree: Tree) -> set[str]:
    """Lemmas of what a verb's prepositions name, with their modifiers ("by phone")."""
    objects = [
        g for k in kids if k.dep in ("prep", "agent") for g in tree.children(k) if g.dep == "pobj"
    ]
    return _object_words(objects, tree)


def _object_words(objects: Sequence[Token], tree: Tree) -> set[str]:
    """The lemmas an object is named by: its head, its modifiers and what its "of"/"in"
    phrase names ("$100 million in assistance", "EU sanctions listings")."""
    words = set()
    objects = [*objects]
    for obj in objects:  # conjuncts appended here are read too: "photographs and intelligence"
        objects += [k for k in tree.children(obj) if k.dep == "conj" and k not in objects]
        words.add(obj.lemma.lower())
        if obj.pos == "PROPN" and obj.lemma.lower().endswith("s"):
            words.add(obj.lemma.lower()[:-1])  # "Rockets were fired", the model's "PROPN"
        for kid in tree.children(obj):
            if kid.dep in MODIFIER_DEPS:
                words.add(kid.lemma.lower())
            elif kid.dep == "prep" and kid.lemma.lower() in ("of", "in"):
                words.update(g.lemma.lower() for g in tree.children(kid) if g.dep == "pobj")
        if (whole := whole_of(obj, tree)) is not None:
            # "froze part of an army aid scheme": what it is a part of
            words.update(k.lemma.lower() for k in tree.children(whole) if k.dep in MODIFIER_DEPS)
    return words


def _modifier_words(token: Token, tree: Tree) -> set[str]:
    """Lemmas of the words that modify a noun from before it, however deep ("strategic" in
    "the strategic partnership dialogue")."""
    words: set[str] = set()
    stack = [k for k in tree.children(token) if k.dep in MODIFIER_DEPS and k.i < token.i]
    while stack:
        kid = stack.pop()
        words.add(kid.lemma.lower())
        stack += [g for g in tree.children(kid) if g.dep in MODIFIER_DEPS | {"hyph"}]
    return words


def _of_words(token: Token, tree: Tree) -> set[str]:
    """The lemmas the noun's "of" phrase is named by: its head, and for a name the words of
    the title before it ("the expulsion of the chargé d'affaires Tomas Vidal")."""
    words = set()
    for k in tree.children(token):
        if k.dep != "prep" or k.lemma.lower() != "of":
            continue
        for g in tree.children(k):
            if g.dep != "pobj":
                continue
            words.add(g.lemma.lower())
            if g.pos == "PROPN":
                words.update(
                    m.lemma.lower()
                    for m in tree.subtree(g)
                    if m.i < g.i and m.dep in ("compound", "amod", "nmod")
                )
    return words


def _object_kind(objects: Sequence[Token], tree: Tree) -> str | None:
    """ "actor", "place" or "thing": what the first object names (an object predicate with no
    object beside it is the object: see :func:`_names_something`)."""
    main = next((o for o in objects if o.dep in ("dobj", "nsubjpass", "dative")), None)
    if main is None and not _names_something(objects):
        main = next((o for o in objects if o.dep == "oprd"), None)
    return None if main is None else _kind_of(main, tree)


def _prep_object(
    near: Sequence[Token], objects: Sequence[Token], preps: frozenset[str], tree: Tree
) -> Token | None:
    """The object of the verb's preposition, or of one the parser hung on the verb's object
    ("attributed [the cyberattack to Chile]")."""
    hung = [k for o in objects for k in tree.children(o)]
    return next(
        (
            g
            for k in (*near, *hung)
            if k.dep == "prep" and k.lemma.lower() in preps
            for g in tree.children(k)
            if g.dep == "pobj"
        ),
        None,
    )


def _prep_object_kind(
    near: Sequence[Token], objects: Sequence[Token], preps: frozenset[str], tree: Tree
) -> str | None:
    """What the object of the verb's preposition names ("attributed the attack to the rebels":
    an actor; "attributed the rise to the bank's cut": a thing; "for $799": a price)."""
    main = _prep_object(near, objects, preps, tree)
    if main is None:
        return None
    if main.ent == "MONEY":
        return "price"  # "offering the tablet for $799"
    if main.lemma.lower() in ACTOR_NOUNS or any(
        t.ent in ACTOR_LABELS
        for k in tree.children(main)
        if k.dep in ("acl", "relcl", "prep")
        for t in tree.subtree(k)
    ):
        return "actor"  # "to the rebels", "to hackers working for Chile"
    return _kind_of(main, tree)


def _official(main: Token | None, tree: Tree) -> bool:
    """Whether a word names someone by name or by office ("Ana Soto", "the foreign minister",
    "my friend, the foreign minister"), not a group of people ("the rebels", "reporters",
    "his mother") nor a body ("the Colts")."""
    if main is None:
        return False
    words = [main, *(k for k in tree.children(main) if k.dep == "appos")]
    return any(w.ent == "PERSON" or w.lemma.lower() in PERSON_NOUNS for w in words)


def _kind_of(main: Token, tree: Tree) -> str:
    if (whole := whole_of(main, tree)) is not None:
        main = whole  # "part of the rebels' base": a place
    if main.ent in PLACE_LABELS - {"GPE"} or main.lemma.lower() in PLACE_NOUNS:
        return "place"
    if main.ent == "GPE" and any(k.dep == "det" for k in tree.children(main)):
        return "place"
    if main.ent == "GPE" and _seized_town(main, tree):
        return "place"  # "rebels captured Arica": a town, not its government
    if main.ent in ACTOR_LABELS or main.pos == "PRON" or main.lemma.lower() in PERSON_NOUNS:
        return "actor"
    if any(k.dep == "appos" and k.ent in ACTOR_LABELS for k in tree.children(main)):
        return "actor"  # "my old friend, Foreign Minister Anna Berg,"
    if main.ent == "GPE":
        return "place"
    return "thing"


SEIZING_VERBS = frozenset(
    {"capture", "seize", "take", "storm", "overrun", "recapture", "retake", "besiege"}
)
"""Verbs that take ground: a town they take is a place, not its people ("captured Arica")."""


def _seized_town(token: Token, tree: Tree) -> bool:
    """Whether a place name is a town or a region (not a state) that a verb of
    :data:`SEIZING_VERBS` takes as its object: ground taken ("captured Arica", "captured
    Lima"), where other verbs' towns stand for their authorities or people ("called Lima" is
    Peru's government, "warned Arica" its people)."""
    verb = tree.head(token)
    if verb is None or token.dep != "dobj" or verb.lemma.lower() not in SEIZING_VERBS:
        return False
    name = " ".join(t.text for t in tree.subtree(token) if t.ent == "GPE")
    return state(name) is None and lookup(name) is not None


def of_object(token: Token, tree: Tree) -> Token | None:
    """The object of ``token``'s "of" phrase ("the mission" in "command of the mission")."""
    for prep in tree.children(token):
        if prep.dep == "prep" and prep.lemma.lower() == "of":
            return next((g for g in tree.children(prep) if g.dep == "pobj"), None)
    return None


def whole_of(noun: Token, tree: Tree) -> Token | None:
    """What a noun of a share is a share of ("the stronghold" of "part of the stronghold",
    "the town" of "control of the town"); None for other nouns."""
    return of_object(noun, tree) if noun.lemma.lower() in PART_NOUNS else None


AGENT_KINDS = frozenset({"weapon", "vehicle", "hazard"})
"""Kinds of subject a passive's agent may be ("hit by drone strikes", "struck by a car",
"hit by an earthquake"): what acts is the agent."""


def _counted_people(subject: Token, tree: Tree) -> bool:
    """ "The two of us", "both of you": people counted out of a pronoun of persons."""
    if subject.pos != "NUM" and subject.lemma.lower() != "both":
        return False
    return any(
        g.dep == "pobj" and g.text.lower() in ("us", "you")
        for k in tree.children(subject)
        if k.dep == "prep" and k.lemma.lower() == "of"
        for g in tree.children(k)
    )


def _subject_is(token: Token, kind: str, tree: Tree) -> bool:
    subject = subject_of(token, tree)
    head = tree.head(token)
    if subject is None and head is not None and token.dep in ("advcl", "conj"):
        # "made landfall on Tuesday, killing at least 20": the subject of the clause it ends
        subject = subject_of(head, tree)
    elif head is not None and token.dep == "relcl" and _relative_pronoun(subject):
        subject = head  # "Cyclone Tara, which killed forty people": the cyclone
    if subject is not None and subject.dep == "nsubjpass" and kind not in AGENT_KINDS:
        return False  # "the minister was rushed to a clinic": moved, not travelling
    if (subject is not None and subject.dep == "nsubjpass") or (
        subject is None and kind in AGENT_KINDS
    ):
        # "facilities were hit by drone strikes", "after being struck by a truck": what acts
        # is the agent
        agent = next((k for k in tree.children(token) if k.dep == "agent"), None)
        pobj = next((g for g in tree.children(agent) if g.dep == "pobj"), None) if agent else None
        subject = pobj or subject
    if subject is None:
        return False
    lemma = subject.lemma.lower()
    if kind == "several":
        return _several(subject, tree)
    if kind == "listed":
        return _listed(subject, tree)
    if kind == "person":
        return (
            subject.ent == "PERSON"
            or lemma in PERSON_NOUNS
            or subject.text.lower() in PERSON_PRONOUNS
            or _counted_people(subject, tree)
        )
    if kind == "state":
        return subject.ent == "GPE"  # "Russia beat Croatia": a side in a match or a vote
    if kind == "measure":
        return lemma in MEASURE_NOUNS  # "the new measure targets X": a sanction, no strike
    if kind == "armed":
        # "soldiers fired on", "police fired at", "Chile fired at": who bears arms, not "the
        # engine fired on all cylinders" or "hunters shot at birds"
        said = {lemma, lemma.rstrip("s"), *(k.lemma.lower() for k in tree.children(subject))}
        armed = bool(said & (FORCE_NOUNS | ARMED_PEOPLE))
        return armed or subject.ent == "GPE" or state(subject.text) is not None
    if kind == "legislature":
        # "the Peruvian Congress rejected the bill", "lawmakers defeated the motion"
        named = [subject, *(k for k in tree.children(subject) if k.dep == "compound")]
        words = {w for t in named for w in (t.lemma.lower(), t.text.lower())}
        if subject.tag == "NNS" and lemma in LEGISLATOR_NOUNS:
            return True  # "lawmakers rejected the bill"; one of them would have said so
        return bool(words & LEGISLATURE_NOUNS)  # (the text too: "Lords", not "lord")
    if kind == "body":
        # "China protested to the ambassador": said so; "Egyptians protested", or a union
        # that "protested outside the ministry", took to the streets
        if any(k.dep == "prep" and k.lemma.lower() in VENUE_WORDS for k in tree.children(token)):
            return False
        return subject.ent == "GPE" or lemma in INSTITUTION_NOUNS
    if (
        kind == "hazard"
        and head is not None
        and token.dep in ("advcl", "conj")
        and _accidental(head, tree)
    ):
        return True  # "the flight crashed near Lima, killing all 176 on board"
    nouns = {
        "force": FORCE_NOUNS,
        "weapon": WEAPON_NOUNS,
        "projectile": PROJECTILE_NOUNS,
        "hazard": HAZARD_NOUNS | ACCIDENT_NOUNS,
        "vehicle": VEHICLE_NOUNS,
    }[kind]
    words = {lemma, lemma.rstrip("s")}
    if kind != "projectile":  # (what fell or landed is its head word: not "the shell company")
        words |= {k.lemma.lower() for k in tree.children(subject) if k.dep in MODIFIER_DEPS}
    if kind == "vehicle" and not _accident(token, subject, tree):
        return False
    return bool(words & nouns)


MEASURE_NOUNS = frozenset({"action", "sanction", "designation", "measure", "listing"})
"""What a government takes against someone, as the subject of "targets" in a release: a
sanction ("the new measure targets X"), not a strike."""

ARMED_PEOPLE = frozenset(
    {"police", "policeman", "officer", "gunman", "sniper", "attacker", "assailant", "bomber"}
)
"""Who bears arms besides forces: police, and those who attack."""

VENUE_WORDS = frozenset({"in", "at", "outside", "inside", "near", "before", "across", "through"})
"""Prepositions of where a protest was: people protested there, in the streets."""


def _accident(verb: Token, vehicle: Token, tree: Tree) -> bool:
    """Whether a vehicle struck something by accident: no one's vehicle ("Coalition
    aircraft", "a Houthi boat" strike on purpose) and a thing struck, not people, forces or
    a vessel ("struck power lines", not "hit a crowd", "struck ISIL positions")."""
    owners = [k for k in tree.children(vehicle) if k.dep in MODIFIER_DEPS or k.dep == "poss"]
    owned = any(
        t.ent in ACTOR_LABELS or t.lemma.lower() in FORCE_NOUNS
        for k in owners
        for t in tree.subtree(k)
    )  # "Coalition aircraft", "Russia's jets"; not "a plane on lease to a firm"
    if owned:
        return False
    struck = [k for k in tree.children(verb) if k.dep == "dobj"]
    words = [
        t
        for obj in struck
        for t in (obj, *(k for k in tree.children(obj) if k.dep in MODIFIER_DEPS))
    ]  # the noun struck and its modifiers, not its "near Kirkuk"
    return not any(
        t.ent in ACTOR_LABELS
        or t.lemma.lower() in PERSON_NOUNS | FORCE_NOUNS | VEHICLE_NOUNS | TARGET_NOUNS
        for t in words
    )


ACCIDENT_VERBS = frozenset({"crash", "collapse", "capsize", "sink", "derail", "overturn"})
"""Verbs of an accident: the deaths a clause of theirs tells are no one's deed ("the ferry
capsized, killing 40"), when what crashed or sank is a craft or a building of its own accord."""
ACCIDENT_SUBJECTS = VEHICLE_NOUNS | {
    "flight", "jet", "airliner", "building", "bridge", "roof", "wall", "dam", "tower", "mine",
    "house", "stadium", "crane", "balcony", "school", "hospital", "factory",
}  # fmt: skip


def _accidental(verb: Token, tree: Tree) -> bool:
    """Whether a verb of accident tells one: it has no object ("rebels sank the ship"; "a
    bomber crashed his car into the checkpoint" are deeds) and what crashed, sank or fell is
    a craft or a building (not "a drone crashed into the depot")."""
    if verb.lemma.lower() not in ACCIDENT_VERBS:
        return False
    if any(k.dep in ("dobj", "agent") for k in tree.children(verb)):
        return False
    subject = next((k for k in tree.children(verb) if k.dep in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lemma.lower() in ACCIDENT_SUBJECTS


TARGET_NOUNS = frozenset({"crowd", "position", "target", "convoy", "base", "market", "camp"})
"""What a vehicle strikes on purpose besides people and forces."""


def _several(subject: Token, tree: Tree) -> bool:
    """Whether a subject names two or more actors: a list of them ("Biden, Macron and Scholz
    spoke") or a plural of people ("the leaders", "the two sides")."""
    if subject.tag in ("NNS", "NNPS") and subject.lemma.lower() in PERSON_NOUNS | {"side"}:
        return True
    return _listed(subject, tree)


def _listed(subject: Token, tree: Tree) -> bool:
    """Whether a subject is a list of two or more actors ("Ramos and Vidal", "Peru and
    Chile", "the minister and his guest"), not one plural noun ("the ministers")."""
    if not _actor_like(subject):
        return False
    kids = tree.children(subject)
    named = [k for k in kids if k.dep == "appos" and k.ent in ACTOR_LABELS]
    if len(named) > 1 and any(
        (t := tree.get(i)) is not None and t.dep == "cc" and t.lemma.lower() in ("and", "&")
        for i in range(named[0].i + 1, named[-1].i)
    ):
        return True  # "Foreign Minister Ramos and Foreign Minister Vidal", each name parsed
        # as an apposition of the first office (not "Ramos, alias Comandante Tomas")
    # the list may run through appositions ("Biden, Prime Minister Trudeau, Macron and ...")
    stack = [k for k in kids if k.dep in ("conj", "appos")]
    while stack:
        kid = stack.pop()
        if kid.dep == "conj" and _actor_like(kid):
            return True
        stack += [k for k in tree.children(kid) if k.dep in ("conj", "appos")]
    return False


def _actor_like(token: Token) -> bool:
    return token.ent in ACTOR_LABELS or token.lemma.lower() in PERSON_NOUNS


def _relative_pronoun(token: Token | None) -> bool:
    return token is not None and token.lemma.lower() in ("who", "which", "that")


def subject_of(token: Token, tree: Tree) -> Token | None:
    """The subject (active or passive) of a verb, if it has one."""
    return next((k for k in tree.children(token) if k.dep in ("nsubj", "nsubjpass")), None)


# --- carriers --------------------------------------------------------------------------------


CROWD_VERBS = frozenset(
    {"protest", "march", "rally", "demonstrate", "riot", "gather", "flee", "converge"}
)
"""Verbs of what crowds do that take no object, so never a passive participle of their noun."""

ENGAGED_VERBS = frozenset({"engage", "involve"})
"""Verbs whose passive is a state its subject is in ("were engaged in fighting")."""

IN_CARRIERS = frozenset({"join", "engage", "participate"})
"""Verbs whose "in" carries the happening it names: their subject did it ("joined the
Minister in meeting with farmers", "were engaged in heavy fighting")."""


def _through_free_relative(word: Token | None, tree: Tree) -> Token | None:
    """The word a free relative "what was ..." stands in for the phrase of: "joined X in
    [what was a long afternoon] in talks with Y" hangs the talks on the afternoon (or on
    "was"), which is what the joining was "in"; any other word is itself."""
    if word is None or word.dep not in ("attr", "pcomp"):
        return word
    copula = tree.head(word) if word.dep == "attr" else word  # the phrase hung on either
    if copula is None or copula.lemma.lower() != "be" or copula.dep != "pcomp":
        return word
    if not any(k.dep == "nsubj" and k.lemma.lower() == "what" for k in tree.children(copula)):
        return word
    inside = tree.head(copula)
    if inside is None or inside.lemma.lower() != "in":
        return word
    return tree.head(inside)


def _carrier(token: Token, trigger: Trigger, tree: Tree) -> Token | None:
    """The light verb that carries a trigger noun ("held talks", "talks were held", "went
    into talks", "entered into an agreement")."""
    if token.pos == "VERB":
        return None
    if token.pos == "ADJ":
        return tree.head(token)  # "It is essential that ...": the copula says when
    if (reduced := _reduced_carrier(token, tree)) is not None:
        return reduced
    head = tree.head(token)
    if head is None:
        return None
    if token.dep == "pobj" and head.lemma.lower() == "into":
        verb = tree.head(head)
        if verb is None or verb.pos != "VERB":
            return None
        if any(k.dep == "dobj" for k in tree.children(verb)):
            # "reopened the investigation into the murder": the object's "into", hung on
            # the verb; the verb does not carry the murder
            return None
        return verb
    if token.dep == "pobj" and head.lemma.lower() == "for" and trigger.light is False:
        # "joined the Secretary of State in Paris for talks": whom the talks were with
        verb = tree.head(head)
        if verb is not None and verb.pos == "VERB" and verb.lemma.lower() in GATHERING_VERBS:
            return verb
        return None
    if token.dep == "pobj" and head.lemma.lower() == "in" and trigger.light is False:
        # "joined the Minister in meeting with farmers": the two of them met them; "forces
        # were engaged in heavy fighting", "took part in the talks": they did it
        verb = _through_free_relative(tree.head(head), tree)
        if verb is not None and verb.pos == "VERB" and verb.lemma.lower() in IN_CARRIERS:
            return verb
        return None
    if token.dep == "pobj" and head.lemma.lower() == "of":
        # "announced the start of the operation": what carries its start carries it
        phase = tree.head(head)
        verb = tree.head(phase) if phase is not None else None
        if (
            phase is not None
            and verb is not None
            and phase.lemma.lower() in PHASE_NOUNS
            and phase.dep in ("dobj", "nsubjpass")
            and verb.pos == "VERB"
            and verb.lemma.lower() in LIGHT_VERBS
        ):
            return verb
        return None
    if head.pos not in ("VERB", "AUX"):
        return None
    if token.dep in ("dobj", "nsubjpass", "attr") and head.lemma.lower() in LIGHT_VERBS:
        if head.lemma.lower() == "call" and token.lemma.lower() in HARM_WORDS:
            return None  # "what she termed the killing of two guards": a name for it
        return head
    return None


PHASE_NOUNS = frozenset({"start", "beginning", "launch", "onset", "resumption", "launching"})
"""Nouns of a happening's start, through whose "of" a verb carries it ("announced the start
of the operation", "ordered the resumption of strikes")."""


def _reduced_carrier(noun: Token, tree: Tree) -> Token | None:
    """A carrying verb in a reduced passive relative of the noun that dates it ("talks held in
    Paris on Monday", "sanctions imposed on Iran in 2018"): it carries the noun, its "by" is
    who did it. Undated ("the meeting, convened by France") it only describes the noun."""
    return next(
        (
            k
            for k in tree.children(noun)
            if k.dep == "acl"
            and k.tag in ("VBN", "VBD")  # the model may tag the participle a past tense
            and k.lemma.lower() in CARRYING_PARTICIPLES
            and any(t.ent == "DATE" for t in tree.subtree(k))
        ),
        None,
    )


def _reduced_modality(noun: Token, tree: Tree, lead: bool) -> Modality:
    """Whether a happening a dated reduced relative carries took place: it did when the
    noun is a subject or stands alone ("the talks held in Oslo on Monday will continue in
    June"); as an object, what its verb says ("will advance a dialogue led by X in June": not
    yet; "could extend sanctions imposed in 2021": the verb's "could")."""
    if noun.dep not in ("dobj", "pobj", "attr", "dative"):
        return "asserted"
    governor = tree.head(noun)
    while governor is not None and governor.pos not in ("VERB", "AUX"):
        if governor.dep not in ("prep", "pobj", "dobj", "conj", "appos"):
            return "asserted"
        governor = tree.head(governor)
    if governor is None:
        return "asserted"
    return verb_modality(governor, tree, present=lead)


def _reduced(noun: Token, tree: Tree) -> int | None:
    """The index of the reduced relative carrying ``noun``, which says nothing of whether
    the happening took place: the noun's own context does."""
    carrier = _reduced_carrier(noun, tree)
    return None if carrier is None else carrier.i


GATHERING_VERBS = frozenset({"join", "meet", "gather", "sit", "convene", "assemble"})
"""Verbs of coming together whose "for" names the happening ("joined X for talks")."""


def _definite_reference(token: Token, tree: Tree) -> bool:
    """A happening told elsewhere in the article ("during the call", "on the NATO side of the
    call"); not one that is the setting of a thing ("its support in the war against X") or
    the period it happened in ("during the war against X")."""
    if token.dep != "pobj":
        return False
    prep = tree.head(token)
    owner = tree.head(prep) if prep is not None else None
    setting = prep is not None and prep.lemma.lower() == "in"
    if setting and owner is not None and owner.pos == "NOUN":
        return False
    if (
        prep is not None
        and prep.lemma.lower() in SPAN_PREPOSITIONS
        and token.lemma.lower() in LASTING_HAPPENINGS
    ):
        return False  # "its support during the war against X": when, not a war told
    return any(
        k.dep == "det" and k.lemma.lower() in ("the", "this", "that") for k in tree.children(token)
    )


def _names_a_kind_of_force(noun: Token, tree: Tree) -> bool:
    """A trigger noun that only says what kind armed men or their arms are ("riot police",
    "attack helicopters", "strike aircraft"): no happening."""
    head = tree.head(noun)
    return (
        noun.dep == "compound"
        and head is not None
        and head.lemma.lower() in FORCE_NOUNS | FORCE_HEADS
    )


def _in_verbs_object(
    noun: Token, event_type: EventType, verbs: Mapping[int, EventType], tree: Tree
) -> Token | None:
    """The trigger verb of its own type that gives or promises a trigger noun ("provide $20
    million in aid", "pledged military aid"): the verb states the happening, the noun what it
    was. None where no such verb has it."""
    if noun.dep == "dobj":
        verb = tree.head(noun)  # ("pledged military aid")
    else:
        prep = tree.head(noun)
        if noun.dep != "pobj" or prep is None or prep.lemma.lower() not in ("in", "of", "worth"):
            return None
        amount = tree.head(prep)
        if amount is None or amount.dep != "dobj":
            return None
        verb = tree.head(amount)
    said = verbs.get(verb.i) if verb is not None else None
    if said is None or verb is None:
        return None
    if noun.dep == "dobj":
        # (a light verb of another type yields to its noun instead)
        return verb if said.name == event_type.intent else None
    # (or the verb promises it: "pledged 500 million euros in aid" is aid pledged)
    return verb if said == event_type or said.name == event_type.intent else None


def _named_objects(found: Sequence[tuple[Token, EventType, Trigger]], tree: Tree) -> dict[int, int]:
    """Trigger nouns that a verb's own pattern names as its object, with another type: the
    verb says what happened to them ("accepted the demands" concedes, "called off the strike"
    concedes, "cancelled the visit" calls it off), so the noun is no happening of its own. Maps
    each such noun to its verb."""
    nouns = {token.i: event_type for token, event_type, _ in found if token.pos != "VERB"}
    named = {}
    for token, event_type, trigger in found:
        if token.pos != "VERB" or not trigger.objects:
            continue
        for kid in tree.children(token):
            other = nouns.get(kid.i)
            if kid.dep in ("dobj", "nsubjpass", "attr") and other not in (None, event_type):
                named[kid.i] = token.i
            if kid.dep not in ("dobj", "nsubjpass"):
                continue
            for word in _words_naming(kid, tree):
                # "froze (part of) an army aid scheme": the aid is what was
                # suspended, not aid given
                other = nouns.get(word.i)
                if other not in (None, event_type) and word.lemma.lower() in trigger.objects:
                    named[word.i] = token.i
    return named


def _words_naming(obj: Token, tree: Tree) -> list[Token]:
    """The words before an object's head that name it ("aid" of "a military aid programme"),
    and those of what a part of it is of ("part of a military aid programme")."""
    heads = [obj, *filter(None, [whole_of(obj, tree)])]
    return [
        k
        for h in heads
        for k in [h, *tree.children(h)]
        if k.i != obj.i and (k.i == h.i or (k.dep in MODIFIER_DEPS and k.i < h.i))
    ]


def _undated_description(verb: Token, tree: Tree) -> bool:
    """A participle that describes a thing by what was once done to it, on no day it gives
    ("the timetable agreed with the government"): the thing is the subject, not the deed;
    with its day ("the accord signed in 2008") it is told as a happening."""
    head = tree.head(verb)
    if _participle_read_as_past(verb, tree):
        head = tree.get(verb.i - 1)  # "committed to the schedule agreed with X", misread
    elif verb.dep != "acl" or verb.tag != "VBN":
        return False
    if head is None or head.pos != "NOUN":
        return False
    if any(k.dep in FINITE_DEPS for k in tree.children(verb)):
        return False  # "reports that rebels have killed 40": a clause of its own, not a participle
    lemma = head.lemma.lower()
    if head.ent in ACTOR_LABELS or lemma in PERSON_NOUNS | PEOPLE_NOUNS | FORCE_NOUNS:
        return False  # "Members of the House protested ...": the parser's participle acts
    return not any(t.ent == "DATE" for t in tree.subtree(verb))


def punishing_verb(noun: Token, tree: Tree) -> Token | None:
    """The verb of the law's answer a deed is named in ("arrested for the killing", "charged
    X with the murder", "convicted X of the murder", the "of" hung on X)."""
    prep = tree.head(noun)
    if noun.dep != "pobj" or prep is None or prep.lemma.lower() not in ("for", "with", "of"):
        return None
    verb = tree.head(prep)
    if verb is not None and verb.dep == "dobj" and verb.pos in ("PROPN", "NOUN", "PRON"):
        verb = tree.head(verb)  # ("convicted [John Carter of the murder]")
    if verb is None or verb.pos != "VERB" or verb.lemma.lower() not in PUNISHING_WORDS:
        return None
    return verb


def _reporting_call(noun: Token, carrier: Token | None, tree: Tree) -> bool:
    """ "received a call of a woman being robbed", "a call that a parcel looked dangerous": a call
    reporting something to whoever took it, no talks between two sides."""
    if noun.pos != "NOUN" or noun.lemma.lower() != "call" or carrier is None:
        return False
    if carrier.lemma.lower() not in ("receive", "get", "take", "answer"):
        return False
    if any(
        k.dep == "prep" and k.lemma.lower() == "from"
        for k in [*tree.children(noun), *tree.children(carrier)]
    ):
        return False  # "received a call from X offering help": X called
    return any(
        (k.dep == "prep" and k.lemma.lower() in ("of", "reporting"))
        or (
            k.dep in ("acl", "ccomp", "relcl")
            and any(m.lemma.lower() == "that" and m.dep == "mark" for m in tree.children(k))
        )
        or (k.dep == "acl" and k.tag == "VBG")
        for k in tree.children(noun)
    )


def _means(noun: Token, tree: Tree) -> bool:
    """ "with the aid of a drone", "with the help of the UN": by what means something was done,
    no aid given."""
    prep = tree.head(noun)
    return (
        noun.pos == "NOUN"
        and noun.dep == "pobj"
        and prep is not None
        and prep.lemma.lower() == "with"
        and noun.lemma.lower() in ("aid", "help", "assistance", "support")
        and any(k.dep == "prep" and k.lemma.lower() == "of" for k in tree.children(noun))
    )


def _offence_named(noun: Token, tree: Tree) -> bool:
    """ "charged with murder", "arrested for assault": an offence in general, no happening
    told ("charged with the murder of X" tells one)."""
    return (
        noun.pos == "NOUN"
        and (punishing_verb(noun, tree) is not None or _charged_as(noun, tree))
        and not any(
            k.dep in ("det", "poss") or (k.dep == "prep" and not _temporal(k, tree))
            for k in tree.children(noun)
        )
    )


CHARGE_NOUNS = frozenset({"charge", "count", "conviction", "indictment", "accusation"})
"""Nouns of what the law holds against someone, whose "of" names an offence ("faces two
counts of aggravated assault")."""


def _charged_as(noun: Token, tree: Tree) -> bool:
    """Whether a noun is the offence a charge's "of" names ("charges of kidnapping")."""
    prep = tree.head(noun)
    if noun.dep != "pobj" or prep is None or prep.lemma.lower() != "of":
        return False
    charge = tree.head(prep)
    return charge is not None and charge.lemma.lower() in CHARGE_NOUNS


def _question(verb: Token, tree: Tree) -> bool:
    """ "asked X if he still had it", "asked Chile whether it would attend": a question put,
    not a request ("asked X to attend" is one)."""
    if verb.pos != "VERB" or verb.lemma.lower() != "ask":
        return False
    return any(
        clause.dep in ("ccomp", "advcl")
        and any(
            (k.dep == "mark" and k.lemma.lower() in ("if", "whether"))
            or (k.i < clause.i and (k.tag in ("WRB", "WP", "WDT") or k.text.lower() in WH_WORDS))
            for k in tree.subtree(clause)
        )
        for clause in tree.children(verb)
    )


WH_WORDS = frozenset({"how", "what", "which", "who", "whom", "when", "where", "why"})


def _not_said(verb: Token, tree: Tree) -> bool:
    """A happening told in what someone did not say, or in an indirect question ("did not
    say how many troops each ally would send", "asked whether Chile would attend"): nothing
    happened or was promised."""
    if verb.pos != "VERB":
        return False
    kids = tree.children(verb)
    asked = any(
        k.tag in ("WRB", "WDT", "WP") or (k.dep == "mark" and k.lemma.lower() == "whether")
        for t in [verb, *kids]
        for k in [t, *tree.children(t)]
        if k.i < verb.i
    ) or any(k.text.lower() == "how" for k in tree.subtree(verb) if k.i < verb.i)
    head = tree.head(verb)
    if verb.dep != "ccomp" or head is None:
        return False
    negated = any(k.dep == "neg" for k in tree.children(head))
    return negated or (asked and head.lemma.lower() in ("say", "ask", "know", "disclose", "reveal"))


CHARACTERISING_VERBS = frozenset(
    {"call", "describe", "characterize", "characterise", "term", "label", "brand", "deem",
     "consider", "denounce", "condemn", "decry"}
)  # fmt: skip
"""Verbs by which a speaker names what a happening was ("calling it an assault on ...")."""


def _characterisation(noun: Token, tree: Tree) -> bool:
    """A happening noun that is what a speaker calls something ("calling it an assault on
    our sovereignty", "described the strike as an act of aggression"): a name for the
    happening told, no happening of its own."""
    if noun.pos != "NOUN":
        return False
    head = tree.head(noun)
    if head is not None and head.lemma.lower() == "as" and noun.dep == "pobj":
        head = tree.head(head)  # "described it as an attack"
    elif noun.dep not in ("oprd", "dobj", "attr"):
        return False
    if head is None or head.lemma.lower() not in CHARACTERISING_VERBS:
        return False
    # the thing named is another object before it ("calling it an assault"), or the "as"
    return noun.dep == "pobj" or any(
        k.dep in ("dobj", "oprd") and k.i < noun.i for k in tree.children(head)
    )


DISCUSSION_VERBS = frozenset({"discuss", "review", "address", "examine", "explore", "debate"})
"""Verbs whose object is what was talked about."""


def _discussed_in_general(noun: Token, tree: Tree) -> bool:
    """A bare plural happening noun inside what was discussed ("discussed ... holding
    accountable those responsible for attacks on U.S. personnel"): a topic, no happening."""
    if noun.pos != "NOUN" or noun.tag != "NNS":
        return False
    if any(k.dep in ("det", "poss", "nummod") for k in tree.children(noun)):
        return False
    to = tree.head(noun)
    comes = tree.head(to) if to is not None else None
    if (
        noun.dep == "pobj"
        and to is not None
        and comes is not None
        and to.lemma.lower() == "to"
        and comes.lemma.lower() == "come"
        and any(k.dep == "nsubj" and k.text.lower() == "it" for k in tree.children(comes))
    ):
        return True  # "pledged to protect it when it comes to raids by X": a topic
    current: Token | None = noun
    while current is not None and (head := tree.head(current)) is not None:
        if current.dep in ("relcl", "conj", "parataxis") or (
            current is not noun
            and current.pos in ("VERB", "AUX", "ADJ")
            and any(k.dep in ("nsubj", "nsubjpass", "mark") for k in tree.children(current))
        ):
            return False  # a clause of its own ("... hours after Israel launched airstrikes")
        if head.lemma.lower() in DISCUSSION_VERBS and current.dep not in ("nsubj", "nsubjpass"):
            return True
        current = head
    return False


def _circumstance(verb: Token, tree: Tree) -> bool:
    """A visit told in the past progressive of a relative clause ("X, who was touring the
    port, was hurt in the blast"): where its subject was when the sentence's happening came,
    not a happening the article reports."""
    return (
        verb.dep == "relcl"
        and verb.tag == "VBG"
        and any(
            k.dep == "aux" and k.lemma.lower() == "be" and k.tag == "VBD"
            for k in tree.children(verb)
        )
    )


def _participle_read_as_past(verb: Token, tree: Tree) -> bool:
    """A past form with no subject and no auxiliary of its own right after the object of a
    preposition ("committed to the schedule agreed with the coalition", parsed as a clause):
    a participle of that noun."""
    before = tree.get(verb.i - 1)
    return (
        verb.tag == "VBD"
        and verb.dep in ("ccomp", "conj", "advcl")
        and before is not None
        and before.pos == "NOUN"
        and before.dep == "pobj"
        and not any(k.dep in FINITE_DEPS for k in tree.children(verb))
    )


DOUBT_NOUNS = frozenset(
    {"rumour", "rumor", "speculation", "theory", "conspiracy", "hoax", "myth", "fiction"}
)
"""Nouns whose clause tells what is only said or imagined ("wild theories suggesting that he
had been shot", "rumours that the general had been killed")."""
DOUBT_REACH = 3
"""Clause heads climbed from a trigger to find the noun of doubt its clause describes."""


def _doubted(token: Token, tree: Tree) -> bool:
    """Whether a happening is told inside a clause of a rumour or a theory."""
    current = token
    for _ in range(DOUBT_REACH):
        if current.dep not in ("ccomp", "acl", "relcl", "xcomp"):
            return False
        head = tree.head(current)
        if head is None:
            return False
        if head.lemma.lower() in DOUBT_NOUNS:
            return True
        current = head
    return False


BELIEF_REACH = 4


def believed(token: Token, tree: Tree) -> bool:
    """Whether ``token`` stands in a clause of what someone believes or alleges ("officials
    believe the general ordered Al-Nouri's killing")."""
    current = token
    for _ in range(BELIEF_REACH):
        head = tree.head(current)
        if head is None or current.dep in TAKEN_FOR_GRANTED:
            return False
        if current.dep == "ccomp" and head.lemma.lower() in BELIEF_VERBS:
            return True
        current = head
    return False


TAKEN_FOR_GRANTED = frozenset({"relcl", "acl", "advcl"})
"""Clauses a belief takes for granted, not what it believes ("believe the man who killed two
soldiers was a local": the killing is told as fact)."""


FINITE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})
"""What a participle never has: a subject, an auxiliary, a "that" of its own."""

PEOPLE_NOUNS = frozenset(
    {"member", "people", "resident", "citizen", "worker", "student", "protester",
     "demonstrator", "crowd", "group", "lawmaker", "deputy", "activist", "villager"}
)  # fmt: skip
"""Nouns of people, who may do what a participle after them tells."""


ATTEMPT_WORDS = frozenset({"try", "attempt"})


def _attempt(token: Token, tree: Tree) -> Modality | None:
    """How an attempt at a happening was told, when the trigger is what was attempted:
    "tried to kill the governor" (the trying's modality), "an attempt to kill him was
    foiled" (the clause the attempt is part of)."""
    head = tree.head(token)
    if token.pos != "VERB" or head is None or head.lemma.lower() not in ATTEMPT_WORDS:
        return None
    if head.pos == "VERB":
        return verb_modality(head, tree, present=False)
    governor = tree.head(head)
    if governor is None or governor.pos not in ("VERB", "AUX") or head.dep not in SUBJECTS:
        return None
    return verb_modality(governor, tree, present=False)


SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _signed_saying(token: Token, event_type: EventType, tree: Tree) -> bool:
    """Whether a noun of saying is the text a verb of signing signs ("signed a joint
    declaration", "signed the statement"): the signing is the happening."""
    head = tree.head(token)
    return (
        token.pos != "VERB"
        and event_type.plover is None
        and token.dep == "dobj"
        and head is not None
        and head.lemma.lower() in SIGNING_VERBS
    )


def _yields_to_noun(token: Token, tree: Tree, triggers: set[int]) -> bool:
    """A light verb whose object is a trigger noun: the noun states the happening."""
    if token.lemma.lower() not in LIGHT_VERBS:
        return False
    head = tree.head(token)
    if (
        token.dep == "acl"
        and token.head in triggers
        and head is not None
        and _reduced_carrier(head, tree) is token
    ):
        return True  # "the talks held in Oslo on Monday": the noun states it
    return any(
        k.i in triggers for k in tree.children(token) if k.dep in ("dobj", "nsubjpass", "attr")
    )


# --- modality --------------------------------------------------------------------------------


def _modality(
    token: Token, carrier: Token | None, trigger: Trigger, tree: Tree, lead: bool
) -> Modality:
    if token.pos == "VERB":
        return verb_modality(token, tree, present=trigger.present or lead)
    kids = tree.children(token)
    if any(k.dep == "det" and k.lemma.lower() in ("any", "every", "no") for k in kids):
        # "rejected any attack on its territory": no attack in particular; "had no
        # conversation with X": none
        return "other"
    if any(k.dep == "amod" and k.lemma.lower() in REPEATED_WORDS for k in kids):
        return "other"  # "frequent strikes against the PKK": many, on no day told
    if any(k.dep == "amod" and k.lemma.lower() in PRIOR_WORDS for k in kids) and not any(
        k.dep in ("det", "poss") and k.lemma.lower() not in ("a", "an") for k in kids
    ):
        return "other"  # "on probation for a previous arrest": some earlier one, none told
    not_yet = {k.lemma.lower() for k in kids if k.dep in ("amod", "compound")} & NOT_YET_WORDS
    if not_yet and not (not_yet == {"new"} and carrier is not None):
        # "the new sanctions" are still to come; "launched a new offensive" says its verb
        return "future"
    if carrier is not None and carrier.i == _reduced(token, tree):
        return _reduced_modality(token, tree, lead)
    if carrier is not None:
        return verb_modality(carrier, tree, present=trigger.present or lead)
    if _in_description(token, tree):
        return "other"  # "Ghana, a British partner in the war on piracy": who it is
    head = tree.head(token)
    context = head is not None and head.lemma.lower() in CONTEXT_PREPOSITIONS
    if token.dep == "pobj" and trigger.light and context:
        return "other"
    if token.dep == "pobj" and head is not None and head.lemma.lower() == "of":
        setting = tree.head(head)
        if setting is not None and anniversary_years(setting, tree) is not None:
            return "asserted"  # "the 30th anniversary of the liberation": it happened
        if setting is not None and setting.lemma.lower() in CONTEXT_HEADS:
            return "other"  # "on the sidelines of the annual meeting"
    if _time_measured_from(token, tree):
        return "other"  # "the day before the president's inauguration": a time, told by it
    stopped = tree.head(token)
    if token.dep == "dobj" and stopped is not None and stopped.lemma.lower() in STOPPING_VERBS:
        return "other"  # "suspended attacks on the forces": what stopped, no attack told
    if _wanted(token, tree):
        return "other"  # "called for the withdrawal of US troops": asked for, not done
    if _dealt_with(token, tree):
        return "other"  # "values our efforts on the embargo": a subject, none imposed
    verb = _clause_verb(token, tree)
    if verb is not None and _expected_there(verb, tree):
        return "future"  # "is due in Lima for talks": still to come
    if token.dep in ("nsubj", "nsubjpass") and verb is not None and _pending(verb, tree):
        return "other"  # "the deployment still needs the approval of parliament"
    return "asserted" if verb is None else verb_modality(verb, tree, present=True)


DEALING_NOUNS = frozenset(
    {"work", "commitment", "compliance", "adherence", "policy", "position", "stance",
     "approach", "attitude"}
)  # fmt: skip
"""Nouns of how someone deals with a happening of a kind ("our efforts on the embargo",
"a mere verbal pledge to the embargo", "its policy on arms sales"): no such happening told
("the implementation of sanctions", "the enforcement of a blockade" carry them out)."""
DEALING_PREPOSITIONS = frozenset({"with", "to", "on", "of", "toward", "towards", "regarding"})


def _dealt_with(noun: Token, tree: Tree) -> bool:
    """A happening's noun that is what a noun of :data:`DEALING_NOUNS` deals with."""
    prep = tree.head(noun)
    if noun.dep != "pobj" or prep is None or prep.lemma.lower() not in DEALING_PREPOSITIONS:
        return False
    owner = tree.head(prep)
    if owner is not None and owner.pos == "VERB":
        # "values [our work] [with the embargo]": the parser hangs "with" on the verb
        owner = next(
            (k for k in tree.children(owner) if k.dep == "dobj" and k.i == prep.i - 1), None
        )
    return owner is not None and owner.pos == "NOUN" and owner.lemma.lower() in DEALING_NOUNS


PRIOR_WORDS = frozenset({"previous", "prior", "past", "earlier", "former"})
"""Adjectives of a happening some time before, on no day told ("a previous arrest", "prior
convictions"); "the previous attack", "his earlier visit" name one told of."""


WANTING_VERBS = frozenset(
    {"demand", "urge", "seek", "request", "want", "propose", "plan", "plot", "consider"}
)
"""Verbs whose object is a happening someone wants, plans or weighs, not one that happened
("demanded the withdrawal of all foreign forces")."""
ASKING_FOR_VERBS = frozenset({"call", "push", "press", "appeal", "ask", "lobby", "campaign"})
"""Verbs whose "for" phrase is what is asked for ("called for the withdrawal")."""


def _wanted(noun: Token, tree: Tree) -> bool:
    """A happening's noun that is what someone asks for, wants or plans."""
    head = tree.head(noun)
    if head is None:
        return False
    if noun.dep == "dobj":
        return head.lemma.lower() in WANTING_VERBS
    if noun.dep == "pobj" and head.lemma.lower() == "for":
        verb = tree.head(head)
        return verb is not None and verb.lemma.lower() in ASKING_FOR_VERBS
    # "working towards a withdrawal", "a step toward a ceasefire": a goal, not yet reached
    if noun.dep != "pobj" or head.lemma.lower() not in GOAL_PREPOSITIONS:
        return False
    striving = tree.head(head)
    if striving is None:
        return False
    objects = [k.lemma.lower() for k in tree.children(striving) if k.dep == "dobj"]
    # ("made strides toward a ceasefire": the light verb's object strives)
    return striving.lemma.lower() in STRIVING_WORDS or any(o in STRIVING_WORDS for o in objects)


GOAL_PREPOSITIONS = frozenset({"toward", "towards"})
"""Prepositions whose object, a happening, is one worked for ("working towards a withdrawal")."""
STRIVING_WORDS = frozenset(
    {"work", "move", "step", "progress", "effort", "path", "push", "contribute", "strive",
     "road", "stride", "advance", "pave", "way", "negotiation", "talk", "inch", "edge", "aim",
     "gear", "head", "lead", "build", "momentum", "roadmap"}
)  # fmt: skip
"""Words whose "towards" phrase is a goal ("a step toward a ceasefire"), unlike a feeling
("anger towards the bombing") or a march ("marched toward the meeting")."""


ENDING_VERBS = frozenset(
    {"end", "stop", "halt", "cease", "suspend", "discontinue", "quit", "abandon", "terminate",
     "pause", "freeze", "scrap"}
)  # fmt: skip
"""Verbs by which a doer ends a happening of its own: a verb after them ("stopped arresting
fishermen", "ceased providing aid") or their object ("ended its attacks", "halted military
aid") is undone, not done."""
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my", "your"})
OTHERS_FORCES = frozenset(
    {"rebel", "insurgent", "militant", "terrorist", "enemy", "jihadist", "guerrilla", "gunman"}
)  # fmt: skip
"""Words before a happening's noun that make it another's ("the rebel attack")."""
"""Possessive pronouns that make a happening the subject's own ("stopped its attacks")."""


def no_longer(verb: Token, tree: Tree) -> bool:
    """Whether a verb is said "no longer" ("will no longer provide aid")."""
    return any(
        k.lemma.lower() == "long" and any(n.lemma.lower() == "no" for n in tree.children(k))
        for k in tree.children(verb)
    )


def _ended_by(token: Token, carrier: Token | None, tree: Tree) -> Token | None:
    """The verb by which the doer of a happening ends it: "stopped arresting fishermen",
    "stopped carrying out attacks", "ended its attacks on Peru", "halted military aid", "will
    no longer provide aid" (the verb itself); none for what another's deed was, stopped ("police
    stopped an attack by rebels", "halted the rebels' advance": it happened)."""
    predicate = carrier or token
    if no_longer(predicate, tree):
        return predicate  # "will no longer provide aid"
    head = tree.head(predicate)
    if carrier is not None and carrier.lemma.lower() in ENDING_VERBS:
        predicate, head = token, carrier  # "ended its attacks on Peru", the noun carried
    if head is None or head.lemma.lower() not in ENDING_VERBS or head.i == token.i:
        return None
    if predicate.pos == "VERB":
        # "stopped arresting fishermen", "ceased providing aid": the subject's own doing
        return head if predicate.dep == "xcomp" else None
    if token.dep != "dobj":
        return None
    own = [k for k in tree.children(token) if k.dep == "poss"]
    if own and {own[0].lemma.lower(), own[0].text.lower()}.isdisjoint(OWN_POSSESSIVES):
        return None  # "halted the rebels' advance": theirs, stopped by another
    if any(k.dep in ("prep", "agent") and k.lemma.lower() == "by" for k in tree.children(token)):
        return None  # "stopped an attack by rebels"
    if not own and any(
        k.dep in ("compound", "amod", "nmod")
        and (k.ent in NAMED_OBJECTS or k.pos == "PROPN" or k.lemma.lower() in OTHERS_FORCES)
        for k in tree.children(token)
    ):
        return None  # "halted the rebel attack on the convoy", "stopped the Peruvian offensive"
    if any(k.dep == "prep" and k.lemma.lower() == "by" for k in tree.children(head)):
        return None  # "police ended the attack by shooting the gunman": theirs, ended by force
    if head.lemma.lower() == "stop" and not own and token.tag == "NN":
        return None  # "stopped an attack on the convoy": prevented, perhaps not its own
    return head


MEASURED_TIMES = frozenset(
    {"day", "week", "month", "year", "hour", "minute", "eve", "night", "morning", "evening"}
)  # fmt: skip
"""Nouns of a stretch of time counted from a happening ("the day before the inauguration",
"hours after the attack"): the time is what the sentence tells."""


def _time_measured_from(noun: Token, tree: Tree) -> bool:
    """A happening's noun that only fixes a time ("took effect the day before the
    inauguration", "hours after the vote"): no happening the sentence tells."""
    prep = tree.head(noun)
    if noun.dep != "pobj" or prep is None or prep.lemma.lower() not in ("before", "after"):
        return False
    time = tree.head(prep)
    return time is not None and time.lemma.lower() in MEASURED_TIMES and time.pos == "NOUN"


STOPPING_VERBS = frozenset({"suspend", "cease", "pause", "freeze"})
"""Verbs whose object is the subject's own happening that stops ("suspended attacks on the
forces"); not "stopped an attack by rebels", which happened."""
PENDING = frozenset({"need", "require", "await", "depend", "hinge"})
"""Verbs whose subject, in the present, has not happened yet: it waits on something ("the
deployment needs approval", "the visit depends on security"); in the past it did ("the
attack required months of planning")."""


def _pending(verb: Token, tree: Tree) -> bool:
    """A verb of :data:`PENDING` in the present, with a modal, or with "still"."""
    if verb.lemma.lower() not in PENDING:
        return False
    kids = tree.children(verb)
    return (
        verb.tag in ("VBZ", "VBP")
        or any(k.dep == "aux" and k.tag == "MD" for k in kids)
        or any(k.lemma.lower() == "still" for k in kids)
    )


EXPECTED_WORDS = frozenset({"due", "expected", "scheduled", "slated", "set"})
"""Predicates of someone expected somewhere ("is due in Lima", "was expected in Quito")."""
EXPECTED_VERBS = frozenset({"expect", "schedule", "slate", "set"})
"""The same as passive verbs ("is expected in Lima")."""


def _expected_there(verb: Token, tree: Tree) -> bool:
    """Whether a clause says someone is expected somewhere, not that they are there ("he is
    due in Lima for talks", "is expected in Quito for the summit")."""
    if verb.lemma.lower() in EXPECTED_VERBS and verb.tag == "VBN":
        return any(k.dep == "auxpass" for k in tree.children(verb))
    return verb.lemma.lower() == "be" and any(
        k.dep in ("acomp", "attr") and k.lemma.lower() in EXPECTED_WORDS
        for k in tree.children(verb)
    )


def _in_description(token: Token, tree: Tree) -> bool:
    """Whether a noun stands in a lower-case apposition that says who or what a name is
    ("Ghana, a British partner in the war on piracy, refused"): a description, not
    news the sentence tells."""
    current: Token | None = token
    while current is not None and current.dep in ("pobj", "prep", "compound", "amod", "appos"):
        head = tree.head(current)
        if head is None:
            return False
        if (
            current.dep == "appos"
            and current.pos == "NOUN"
            and current.text.islower()
            and head.ent in ("PERSON", "GPE", "ORG")
        ):
            return True
        current = head
    return False


def anniversary_years(noun: Token, tree: Tree) -> int | None:
    """How many years an anniversary noun counts ("the 30th anniversary", "the fiftieth
    jubilee"); None for any other noun, or an anniversary with no ordinal."""
    if noun.lemma.lower() not in ANNIVERSARY_NOUNS:
        return None
    for kid in tree.children(noun):
        word = kid.text.lower()
        if word in ORDINAL_WORDS:
            return ORDINAL_WORDS[word]
        if found := _ORDINAL.match(word):
            return int(found[1])
    return None


_ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$")


NOUN_PATH_DEPS = frozenset(
    {"pobj", "prep", "dobj", "nsubj", "nsubjpass", "compound", "conj", "appos", "attr",
     "npadvmod", "dative", "poss", "agent", "acl"}
)  # fmt: skip
"""Relations followed from a trigger noun up to the verb of its clause."""


def _clause_verb(token: Token, tree: Tree) -> Token | None:
    """The verb of the clause a noun stands in: a noun in a clause that did not happen ("will
    discuss Russia's invasion", "looks forward to seeing him at the summit") did not either."""
    current = token
    while current.dep in NOUN_PATH_DEPS:
        head = tree.head(current)
        if head is None:
            return None
        if head.pos in ("VERB", "AUX") and head.dep != "prep":
            if (
                head.tag == "VBG"
                and head.dep == "pcomp"
                and current.dep == "prep"
                and current.lemma.lower() in TIME_FRAMES
            ):
                # "discussed its role in building the army during a call": the call frames
                # the discussing, however the parser hung it
                current = head
                continue
            return head  # "Following the meeting ...": a preposition, however tagged
        current = head
    return None


TIME_FRAMES = frozenset({"during"})
"""Prepositions that frame a clause in time or setting ("during a phone call")."""


SPAN_UNITS = frozenset({"years", "months", "decades", "weeks"})
"""What "for" counts in plural when a verb tells a habit or a long course, no happening."""
REPEATED_WORDS = frozenset(
    {"frequent", "repeated", "occasional", "numerous", "countless", "periodic", "sporadic"}
)  # fmt: skip
"""Adjectives of a happening's noun that make it many, on no one day ("frequent strikes")."""


def _for_years(verb: Token, tree: Tree) -> bool:
    """A verb with "for years", "for months" (not "for two days": one course of them)."""
    for prep in tree.children(verb):
        if prep.dep == "prep" and prep.lemma.lower() == "for":
            for pobj in tree.children(prep):
                counted = any(k.dep == "nummod" for k in tree.children(pobj))
                if pobj.text.lower() in SPAN_UNITS and not counted:
                    return True
    return False


def _as_described(verb: Token, kids: Sequence[Token]) -> bool:
    """A bare participle after "as" that says what something is called or listed as ("listed
    as threatened", "classified as banned"): no subject, no auxiliary, no object of its own."""
    return (
        verb.tag == "VBN"
        and verb.dep in ("advcl", "oprd", "acomp", "pcomp")
        and any(k.dep == "mark" and k.lemma.lower() == "as" for k in kids)
        and not any(
            k.dep in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "agent") for k in kids
        )
        and not any(k.dep == "prep" and k.lemma.lower() in ("with", "by") for k in kids)
    )  # ("as agreed with Chile": an agreement that was made)


def verb_modality(verb: Token, tree: Tree, *, present: bool) -> Modality:
    """Whether the happening a verb states happened (``present``: the simple present counts,
    as for a performative "I condemn" or a headline)."""
    kids = tree.children(verb)
    if any(k.dep == "neg" for k in kids):
        return "other"
    if any(k.dep == "mark" and k.lemma.lower() in CONDITION_MARKS for k in kids):
        return "other"
    head = tree.head(verb)
    if (
        head is not None
        and head.lemma.lower() == "long"
        and any(k.dep == "mark" and k.lemma.lower() == "as" for k in kids)
    ):
        return "other"  # "as long as the government requests it": a condition
    if any(k.dep == "advmod" and k.lemma.lower() in HABITUAL_WORDS for k in kids):
        return "other"
    if _as_described(verb, kids):
        return "other"  # "rated the species as threatened": what it is called, no threat
    if _for_years(verb, tree):
        return "other"  # "has carried out strikes against the PKK for years": a habit
    aux = [k for k in kids if k.dep in ("aux", "auxpass")]
    words = {a.text.lower() for a in aux} | {a.lemma.lower() for a in aux}
    if _standing(verb, tree, words):
        return "other"
    if words & CONDITIONAL_AUX and _only_supposed(verb, tree):
        return "other"
    subjunctive = (not aux and verb.tag in ("VB", "VBP")) or (
        len(aux) == 1 and aux[0].dep == "auxpass" and aux[0].text.lower() == "be"
    )  # "that the army withdraw", "that support be provided"
    if (subjunctive and _demanded(verb, tree)) or _judged_needed(verb, tree):
        return "other"
    if words & FUTURE_AUX:
        return "future"
    if words & HYPOTHETICAL_AUX:
        return "other"
    if "to" in words:
        return _infinitive(verb, tree)
    return _tense(verb, tree, aux, present)


def _demanded(verb: Token, tree: Tree) -> bool:
    """Whether a verb is what someone demands be done, in the subjunctive of a clause of a
    verb or noun of demanding ("demanded that the government end the presence of ...",
    "a call that troops withdraw", "directed that support be provided"): wanted, not done."""
    head = tree.head(verb)
    return (
        (verb.dep == "ccomp" or (verb.dep == "acl" and head is not None and head.pos == "NOUN"))
        and head is not None
        and head.lemma.lower() in MANDATIVE_HEADS
        and any(k.dep in ("nsubj", "nsubjpass") for k in tree.children(verb))
    )  # ("issued a directive that support be provided": the clause hung on the noun)


def _judged_needed(verb: Token, tree: Tree) -> bool:
    """Whether a verb is what someone says, impersonally, must be done ("It is vital that Peru
    withdraws its troops", "it is important that the two sides meet"): wanted, not done."""
    copula = tree.head(verb)
    if verb.dep != "ccomp" or copula is None or verb.tag not in ("VB", "VBP", "VBZ"):
        return False
    return _it_is(copula, tree) and any(
        k.dep == "acomp" and k.lemma.lower() in NEEDED_WORDS for k in tree.children(copula)
    )


def _it_is(copula: Token, tree: Tree) -> bool:
    """Whether a copula's subject is "it", saying something impersonally ("It is vital that")."""
    return any(k.dep == "nsubj" and k.text.lower() == "it" for k in tree.children(copula))


def _only_supposed(verb: Token, tree: Tree) -> bool:
    """Whether a happening told with "would" is only supposed, neither done nor promised:
    under a condition of its own ("If Chile agreed, Peru would send troops") or what a text
    would do ("The bill would impose sanctions")."""
    kids = tree.children(verb)
    told = verb.dep in ("ccomp", "xcomp") or (
        verb.dep == "conj" and (head := tree.head(verb)) is not None and head.dep == "ccomp"
    )
    for clause in () if told else kids:
        # (what someone said he would do if ... is a conditional promise or threat, made)
        if clause.dep == "advcl" and any(
            k.dep == "mark" and k.lemma.lower() in CONDITION_MARKS for k in tree.children(clause)
        ):
            return True
    return any(k.dep in ("nsubj", "nsubjpass") and k.lemma.lower() in PROVISION_NOUNS for k in kids)


MOTION_HEADS = frozenset({"fly", "travel", "go", "come", "head", "return", "drive"})
VISITING_VERBS = frozenset({"visit", "tour", "inspect", "meet", "confer"})
"""A visit or a meeting that is the purpose of a journey made took place ("flew to visit the
troops", "travelled to Lima to meet the president"); of a journey still to make, it is the
journey's plan ("will travel to Lima to meet ...")."""
FORCE_MEANS_HEADS = frozenset({"use", "fire", "open", "deploy"})
DISPERSING_VERBS = frozenset({"disperse", "quell", "scatter", "break"})
"""Force used to break up a crowd did it: "used tear gas to disperse the demonstrators",
"opened fire to disperse them" (not a plan, as "travelled to Lima to sign" may be)."""
REPORTING_HEADS = frozenset({"report", "say", "believe", "think", "confirm", "know"})
"""Passives that report a deed done, in the perfect ("is said to have killed")."""

STATE_VERBS = frozenset({"be", "remain"})
PERFECT_AUX = frozenset({"has", "have", "had"})


def _standing(verb: Token, tree: Tree, aux: set[str]) -> bool:
    """A state that has lasted since some time, not a happening: "has been the subject of
    sanctions since 2011", "have remained under sanctions since then"."""
    if verb.lemma.lower() not in STATE_VERBS or not aux & PERFECT_AUX:
        return False
    kids = [*tree.children(verb)]
    kids += [g for k in kids if k.dep in ("attr", "acomp", "prep") for g in tree.children(k)]
    return any(k.dep == "prep" and k.lemma.lower() == "since" for k in kids)


def _meets_someone(verb: Token, tree: Tree) -> bool:
    """A visit, or a meeting with someone ("to meet the president", "to meet with X"), not a
    need met ("returned to the factory to meet rising demand")."""
    if verb.lemma.lower() not in ("meet", "confer"):
        return True
    kids = tree.children(verb)
    if any(k.dep == "prep" and k.lemma.lower() == "with" for k in kids):
        return True
    return any(
        k.dep == "dobj" and (k.ent in ACTOR_LABELS or k.lemma.lower() in PERSON_NOUNS) for k in kids
    )


def _infinitive(verb: Token, tree: Tree) -> Modality:
    head = tree.head(verb)
    if head is not None and verb.dep == "acl" and head.lemma.lower() in CHANCE_NOUNS:
        holder = tree.head(head)  # "had the opportunity to meet", "will have a chance to"
        if holder is not None and holder.lemma.lower() in ("have", "get") and head.dep == "dobj":
            return verb_modality(holder, tree, present=False)
    if head is not None and verb.dep in ("xcomp", "advcl") and (felt := _felt_past(head, tree)):
        return felt  # "we were honoured to meet the king": it happened, and they felt so
    if pleasure_now(verb, tree):
        return "asserted"  # "It's a pleasure to be here to spend time with X": now
    if (
        head is not None
        and verb.dep in ("xcomp", "advcl")
        and head.lemma.lower() in MOTION_HEADS
        and verb.lemma.lower() in VISITING_VERBS
        and _meets_someone(verb, tree)
    ):
        return verb_modality(head, tree, present=False)  # "flew to visit the troops"
    if (
        head is not None
        and verb.dep in ("xcomp", "advcl")
        and head.lemma.lower() in FORCE_MEANS_HEADS
        and verb.lemma.lower() in DISPERSING_VERBS
    ):
        return verb_modality(head, tree, present=False)  # "used tear gas to disperse them"
    if head is not None and verb.dep == "acl" and _announced_decision(head, tree):
        return "future"  # "announced its decision to suspend ties": as "that it will"
    if head is None or verb.dep in ("advcl", "acl", "relcl"):
        return "other"  # purpose: "travelled to Paris to sign"; "the decision to withdraw"
    lemma = head.lemma.lower()
    if welcome_now(verb, head, tree):
        return "asserted"  # "It's a pleasure to welcome Minister X to Lima": done by saying so
    perfect = any(k.dep == "aux" and k.lemma.lower() == "have" for k in tree.children(verb))
    if perfect and lemma in REPORTING_HEADS:
        return verb_modality(head, tree, present=True)  # "was reported to have killed"
    if lemma == "go" and head.tag == "VBG":
        return "future"  # "is going to visit"
    if lemma in IMPLICATIVE_HEADS or (lemma in CAUSING_HEADS and verb.dep == "xcomp"):
        return verb_modality(head, tree, present=True)
    if lemma in FUTURE_HEADS and verb_modality(head, tree, present=True) != "other":
        return "future"
    copula = tree.head(head) if head.dep == "acomp" else None
    if lemma in PERFORMATIVE_HEADS and copula is not None and copula.tag in ("VBZ", "VBP"):
        speaker = subject_of(copula, tree)
        if speaker is not None and speaker.text.lower() in ("i", "we"):
            # "I am pleased to announce": done by saying so (not "Trump is happy to meet")
            return verb_modality(copula, tree, present=True)
    if lemma in PROMISE_HEADS:
        # "is willing to withdraw": the adjective's copula tells whether it was said
        said = tree.head(head) if head.dep == "acomp" else head
        if said is not None and verb_modality(said, tree, present=True) != "other":
            return "future"
    return "other"


def _announced_decision(noun: Token, tree: Tree) -> bool:
    """Whether a noun of deciding is what a verb of announcing announces ("announced its
    decision to ..."; not "the decision to withdraw was criticised")."""
    announcer = tree.head(noun)
    return (
        noun.lemma.lower() in DECISION_NOUNS
        and noun.dep == "dobj"
        and announcer is not None
        and announcer.lemma.lower() in ANNOUNCING_VERBS
    )


def _promised_in(to: Token, tree: Tree) -> Modality | None:
    """A gerund after the "to" of a word of promising ("is committed to providing aid"): to
    come, when the promise is said as told; None when no word of promising governs "to"."""
    promiser = tree.head(to)
    if to.lemma.lower() != "to" or promiser is None:
        return None
    if promiser.lemma.lower() not in PROMISE_HEADS:
        return None
    if promiser.dep == "acomp":
        said = tree.head(promiser)  # "is committed to ...", the participle read as complement
    elif promiser.pos == "ADJ":
        # "X is committed to ...": the copula says whether it is said as so
        said = next(
            (k for k in tree.children(promiser) if k.dep in ("aux", "auxpass", "cop")),
            tree.head(promiser) if promiser.dep == "acomp" else None,
        )
    else:
        said = promiser
    if said is None or verb_modality(said, tree, present=True) == "other":
        return None
    return "future"


PLEASURE_WORDS = frozenset(
    {"pleasure", "honor", "honour", "privilege", "delight", "great", "good", "wonderful",
     "nice", "glad", "happy", "delighted", "pleased", "honored", "honoured"}
)  # fmt: skip
"""What "it is ..." says of a welcome given as it is said ("It's a pleasure to welcome")."""
WELCOMING_VERBS = frozenset({"welcome", "host", "receive"})


def welcome_now(verb: Token, head: Token, tree: Tree) -> bool:
    """ "It's a pleasure to welcome X": the welcome is the remarks' own, now."""
    if verb.lemma.lower() not in WELCOMING_VERBS or head.lemma.lower() != "be":
        return False
    if head.tag not in ("VBZ", "VBP"):
        return False
    kids = tree.children(head)
    subject = next((k for k in kids if k.dep == "nsubj"), None)
    said = any(k.dep in ("attr", "acomp") and k.lemma.lower() in PLEASURE_WORDS for k in kids)
    return said and subject is not None and subject.lemma.lower() == "it"


MEETING_NOW_VERBS = frozenset({"meet", "spend", "talk", "sit"})
"""Verbs of an encounter that "It's a pleasure to ..." says is going on as it is said ("It's
a pleasure to be back in Lima to spend time with my friend"); a welcome is
:func:`welcome_now`'s."""


def pleasure_now(verb: Token, tree: Tree) -> bool:
    """ "It is a pleasure to meet X", "It's an honour to be here to be able to sit down with
    X": an encounter the speaker says, in the present, is a pleasure is the one going on.
    Up a chain of infinitives ("to be back ... to be able to ..."), to "it is" with a word of
    pleasure; not "it would be a pleasure to meet", "it was a pleasure" (told of before)."""
    if verb.lemma.lower() not in MEETING_NOW_VERBS or not _meets_someone(verb, tree):
        return False  # "a pleasure to meet the demands of our partners"
    current = verb
    for _ in range(6):
        if any(k.dep == "nsubj" for k in tree.children(current)):
            return False  # "a pleasure for our ministers to meet them": theirs, not the speaker's
        if current.dep == "conj" and (first := tree.head(current)) is not None:
            current = first  # "to be back and to spend time with X": as the first one is
            continue
        if not any(k.dep == "aux" and k.tag == "TO" for k in tree.children(current)):
            return False
        if current.dep not in ("xcomp", "advcl", "acl", "relcl"):
            return False
        head = tree.head(current)
        if head is not None and head.lemma.lower() == "able" and head.dep == "acomp":
            head = tree.head(head)  # "to be able to spend": the copula's infinitive
        if head is None:
            return False
        if head.pos == "NOUN" and head.lemma.lower() in PLEASURE_WORDS and current.dep != "xcomp":
            head = tree.head(head)  # "a pleasure [to meet]" hung on the noun
            if head is None:
                return False
        if any(k.dep == "aux" and k.tag == "TO" for k in tree.children(head)):
            current = head
            continue
        if head.tag not in ("VBZ", "VBP") or head.dep not in ("ROOT", "conj"):
            return False  # "said it is a pleasure to meet X": told of, by another
        kids = tree.children(head)
        if any(k.dep == "neg" or k.lemma.lower() in HABITUAL_WORDS for k in kids):
            return False  # "It is always a pleasure to meet X": every time, not now
        subject = next((k for k in kids if k.dep == "nsubj"), None)
        pleasure = any(
            k.dep in ("attr", "acomp", "dobj") and k.lemma.lower() in PLEASURE_WORDS for k in kids
        )
        return pleasure and subject is not None and subject.lemma.lower() == "it"
    return False


def _felt_past(head: Token, tree: Tree) -> Modality | None:
    """What a feeling told in the past makes of its infinitive: "was pleased to welcome X",
    "were honoured to meet Y" say it happened (as the feeling's own verb does: "would have
    been pleased to meet" did not); None for any other head, or one in another tense."""
    if not {head.lemma.lower(), head.text.lower()} & FELT_HEADS:
        return None  # "honoured" is a verb's participle as often as an adjective
    verb = tree.head(head) if head.dep == "acomp" else head
    if verb is None or verb.dep in ("ccomp", "xcomp"):
        return None  # "said she was pleased to meet them": willing, told, not done
    aux = [k for k in tree.children(verb) if k.dep in ("aux", "auxpass")]
    if not (verb.tag == "VBD" or any(k.tag == "VBD" for k in aux)):
        return None
    if any(
        m.dep == "mark" and m.lemma.lower() in ("if", "unless")
        for k in tree.subtree(verb)
        if k.dep == "advcl"
        for m in tree.children(k)
    ):
        return None  # "was pleased to meet them if they laid down their arms"
    return verb_modality(verb, tree, present=False)


FELT_HEADS = frozenset({"pleased", "delighted", "honored", "honoured", "proud", "thrilled"})
"""Feelings whose past infinitive happened ("was delighted to welcome"); "was happy to meet"
tells a willingness as often as a meeting."""


def _tense(verb: Token, tree: Tree, aux: Sequence[Token], present: bool) -> Modality:
    tag = verb.tag
    head = tree.head(verb)
    own_clause = (
        tag == "VBD"
        and any(k.dep == "nsubj" for k in tree.children(verb))
        and head is not None
        and not any(k.dep == "mark" for k in tree.children(head))
    )  # (not a second condition: "if it attacked X and Y attacked Z")
    bare = bool(aux) and all(a.tag == "VB" for a in aux)  # "will gather ... and be called on"
    if (
        verb.dep == "conj"
        and head is not None
        and (not aux or bare)
        and head.pos == "VERB"
        and not own_clause
    ):
        # "will meet X and sign": as the first verb is told ("X is not growing; and Y
        # criticized Z" is a clause of its own, in its own tense)
        return verb_modality(head, tree, present=present)
    if tag == "VBD":
        return "asserted"
    if tag == "VBN":
        if aux or verb.dep in ("acl", "relcl", "advcl", "ROOT", "conj", "ccomp"):
            return "asserted" if not _present_passive(aux) or present else "other"
        return "other"
    if tag == "VBG":
        if any(a.lemma.lower() == "be" for a in aux):
            return "asserted"
        joined = tree.head(head) if head is not None else None
        if (
            verb.dep in ("pcomp", "pobj")
            and head is not None
            and joined is not None
            and head.lemma.lower() == "in"
            and joined.lemma.lower() == "join"
        ):
            # "joined the Minister in meeting farmers": as told of the joining
            return verb_modality(joined, tree, present=present)
        if verb.dep == "pcomp" and head is not None:
            if _looked_forward_to(head, tree):
                return "future"  # "looks forward to welcoming X on June 28": planned
            chance = tree.head(head) if head.lemma.lower() == "of" else None
            holder = tree.head(chance) if chance is not None else None
            if (
                chance is not None
                and holder is not None
                and chance.lemma.lower() in CHANCE_NOUNS
                and chance.dep == "dobj"
                and holder.lemma.lower() in ("have", "get")
            ):
                # "had the honor of meeting President X": it happened, as "had the
                # opportunity to meet" did
                return verb_modality(holder, tree, present=False)
            clause = tree.head(head)
            if (
                head.lemma.lower() == "with"
                and any(k.dep == "nsubj" for k in tree.children(verb))
                and clause is not None
                and clause.pos in ("VERB", "AUX")
                and head.i > clause.i
            ):
                # "Denmark took over command, with General X assuming command": as told of
                # the clause it goes with (an opening "With the US urging ..." sets a scene)
                return verb_modality(clause, tree, present=present)
            if (promise := _promised_in(head, tree)) is not None:
                return promise  # "is committed to providing", "to continuing to provide"
            return "asserted" if head.lemma.lower() in AFTER_PREPOSITIONS else "other"
        if verb.dep in ("acl", "advcl", "xcomp") and head is not None:
            clause = _clause_verb(verb, tree) if head.pos not in ("VERB", "AUX") else head
            if clause is not None and _unrealised(clause, tree):
                return "other"
            if clause is not None:
                return verb_modality(clause, tree, present=present)
        return "other"
    if tag in ("VBZ", "VBP"):
        return "asserted" if present else "other"
    if tag == "VB" and any(a.lemma.lower() == "do" for a in aux):
        return "asserted"
    return "other"


def _looked_forward_to(prep: Token, tree: Tree) -> bool:
    """ "to" of a "look forward to" that a release states ("The President looks forward to
    welcoming ..."): what follows is planned, as "plans to welcome" is."""
    verb = tree.head(prep)
    return (
        prep.lemma.lower() == "to"
        and verb is not None
        and verb.lemma.lower() == "look"
        and any(k.dep == "advmod" and k.lemma.lower() == "forward" for k in tree.children(verb))
        and verb_modality(verb, tree, present=True) != "other"
    )


def _unrealised(clause: Token, tree: Tree) -> bool:
    """A clause whose gerund is only wanted or weighed: "demanded dissolving parliament",
    "their demands included dissolving parliament"."""
    if clause.lemma.lower() in UNREALISED_HEADS:
        return True
    subject = subject_of(clause, tree)
    return subject is not None and subject.lemma.lower() in DESIRE_NOUNS


def _present_passive(aux: Sequence[Token]) -> bool:
    """ "is held", "are deployed": a passive in the present describes, it does not report."""
    return any(a.dep == "auxpass" and a.tag in ("VBZ", "VBP") for a in aux) and not any(
        a.lemma.lower() == "have" for a in aux
    )


# --- remote encounters ---------------------------------------------------------------------


def _remote(hit: Hit, tree: Tree, registry: Registry) -> Hit:
    """An encounter held by phone or video is a call."""
    if hit.type.family != "encounter" or hit.type.remote:
        return hit
    near = [*tree.children(hit.token), *(tree.children(hit.carrier) if hit.carrier else [])]
    near += [g for k in near if k.dep == "prep" for g in tree.children(k)]
    words = {k.lemma.lower() for k in near} | {k.text.lower() for k in near}
    words.add(hit.token.lemma.lower())
    if words & REMOTE_WORDS:
        # "met virtually", "a meeting by video link": a video call; "by phone": a call
        remote = registry.get("call")
        if words & VIDEO_WORDS:
            with contextlib.suppress(KeyError):  # a registry without video calls: a call
                remote = registry.get("videocall")
        return replace(hit, type=remote, remote=True)
    return hit
