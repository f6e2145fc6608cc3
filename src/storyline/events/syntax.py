"""The syntax of event sentences: which words trigger an event, and who takes part in it.

Works on the dependency parse that :mod:`storyline.nlp` hands over as :class:`Token` records.
A trigger is a verb or noun of the lexicon that states a happening; its arguments (subject,
object, "with"/"by" phrases) name the participants, each on a side: ``source`` for who acts,
``target`` for whom it is done to or with.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

from storyline.events.lexicon import (
    CALL,
    LIGHT_VERBS,
    NEEDS_OBJECT,
    NOUN_TRIGGERS,
    REMOTE_WORDS,
    SPEECH_VERBS,
    VERB_TRIGGERS,
    Kind,
)
from storyline.records import Token

NON_CLAUSE_DEPS = frozenset({"pcomp", "amod", "compound", "acomp", "csubj"})
"""A verb in one of these roles is a gerund or modifier ("the importance of agreeing on"), not
the statement of a happening."""
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "agent", "pobj"})
PHRASE_DEPS = frozenset({"compound", "amod", "poss", "appos", "conj", "flat", "nmod", "det", "cc"})
WALKABLE_DEPS = PHRASE_DEPS | ARGUMENT_DEPS | {"prep"}
"""Relations followed from a word up to the trigger it is an argument of."""
PARTICIPANT_PREPS = frozenset({"with", "between", "by", "from", "to", "for", "among"})
MAX_PHRASE_STEPS = 8
SOURCE_DEPS = frozenset({"nsubj", "agent"})
TARGET_DEPS = frozenset({"dobj", "dative", "nsubjpass", "attr"})
Side = Literal["source", "target"]
CALL_PREPOSITIONS = frozenset({"during", "in", "on", "after", "with"})
CALL_HEADS = LIGHT_VERBS | CALL_PREPOSITIONS
MODALS = frozenset({"will", "would", "could", "may", "might", "should", "shall", "must"})
CONTEXT_NOUNS = frozenset({"request", "invitation", "agreement", "memorandum"})
NOT_YET_AUX = MODALS | {"to"}
"""Auxiliaries of a verb that has not happened: "will meet", "to visit"."""
NOT_YET = frozenset({"upcoming", "next", "future", "planned", "proposed", "forthcoming"})
QUOTES = '"“”'


def find_triggers(tokens: Sequence[Token], by_i: Tree, text: str) -> list[tuple[Token, Kind, bool]]:
    """The outermost event triggers of a sentence, with whether the event was remote."""
    if not tokens:
        return []
    base = tokens[0].i
    found = [(t, k) for t in tokens if (k := _trigger_kind(t, by_i)) and not _quoted(t, text, base)]
    outer = [(t, k) for t, k in found if not _under_other(t, {f.i for f, _ in found}, by_i)]
    result = []
    for token, kind in outer:
        remote = kind.encounter and _remote(token, by_i)
        result.append((token, CALL if remote else kind, remote))
    return result


def _remote(trigger: Token, by_i: Tree) -> bool:
    """A meeting held at a distance: "virtual meeting", "video conference", "met by phone"."""
    if trigger.lemma.lower() in REMOTE_WORDS:
        return True
    near = list(children(trigger, by_i))
    near += [g for k in near if k.dep == "prep" for g in children(k, by_i)]
    return any(k.text.lower() in REMOTE_WORDS or k.lemma.lower() in REMOTE_WORDS for k in near)


def _trigger_kind(token: Token, by_i: Tree) -> Kind | None:
    lemma = token.lemma.lower()
    if token.pos == "VERB":
        return _verb_kind(token, lemma, by_i)
    if token.pos in ("NOUN", "PROPN") and lemma in NOUN_TRIGGERS and not _not_yet_noun(token, by_i):
        if lemma == "call" and not _a_call(token, by_i):
            return None
        return NOUN_TRIGGERS[lemma]
    return None


def _a_call(token: Token, by_i: Tree) -> bool:
    """A "call" that is a conversation: a phone or video call, held or received, or the one
    the article is about ("during the call"); not "a call for proposals" or "a close call"."""
    kids = children(token, by_i)
    if any(k.dep == "prep" and k.lemma.lower() == "for" for k in kids):
        return False
    if any(k.lemma.lower() in REMOTE_WORDS for k in kids):
        return True
    head = by_i.get(token.head)
    return head is not None and head.lemma.lower() in CALL_HEADS


def _verb_kind(token: Token, lemma: str, by_i: Tree) -> Kind | None:
    if lemma not in VERB_TRIGGERS or token.dep in NON_CLAUSE_DEPS or _not_yet_verb(token, by_i):
        return None
    objects = [k for k in children(token, by_i) if k.dep in ("dobj", "nsubjpass")]
    if lemma in LIGHT_VERBS and any(o.lemma.lower() in NOUN_TRIGGERS for o in objects):
        return None  # "received an invitation": the noun is the trigger
    if lemma in NEEDS_OBJECT and not any(k.dep == "dobj" for k in children(token, by_i)):
        return None
    return VERB_TRIGGERS[lemma]


def children(token: Token, by_i: Tree) -> list[Token]:
    """The tokens whose syntactic head is ``token``."""
    return by_i.children(token)


class Tree(dict[int, Token]):
    """A sentence's tokens by index, with each token's children found once."""

    def __init__(self, tokens: Iterable[Token]) -> None:
        super().__init__((t.i, t) for t in tokens)
        self._kids: dict[int, list[Token]] = {}
        for token in self.values():
            if token.head != token.i:
                self._kids.setdefault(token.head, []).append(token)

    def children(self, token: Token) -> list[Token]:
        """The tokens whose head is ``token``."""
        return self._kids.get(token.i, [])


def _not_yet_verb(token: Token, by_i: Tree) -> bool:
    """Future, hypothetical or purpose verbs: "will meet", "plans to visit", "to attend"."""
    kids = children(token, by_i)
    if any(k.dep == "aux" and k.lemma.lower() in NOT_YET_AUX for k in kids):
        return True
    return token.dep in ("xcomp", "acl") and any(k.dep == "aux" for k in kids)


def _not_yet_noun(token: Token, by_i: Tree) -> bool:
    """Future meetings ("the upcoming summit"), and requests or invitations that are only the
    reason for something else ("at the request of", "following an invitation from")."""
    kids = children(token, by_i)
    if token.dep == "pobj" and token.lemma.lower() in CONTEXT_NOUNS:
        return True
    return any(k.lemma.lower() in NOT_YET for k in kids)


def _under_other(token: Token, triggers: set[int], by_i: Tree) -> bool:
    """True when another trigger governs this one, unless it is a light verb's noun."""
    seen, head = set(), by_i.get(token.head)
    while head is not None and head.i != token.i and head.i not in seen:
        if head.i in triggers:
            return True
        seen.add(head.i)
        head = by_i.get(head.head) if head.head != head.i else None
    return False


def _quoted(token: Token, text: str, base_char: int) -> bool:
    """True when the token sits inside quotation marks of its sentence."""
    offset = token.start - base_char
    before = text[: max(0, offset)]
    return sum(before.count(q) for q in QUOTES) % 2 == 1


def trigger_heads(triggers: list[tuple[Token, Kind, bool]], by_i: Tree) -> set[int]:
    """The trigger tokens, and the light verb that carries a trigger noun ("extended" in
    "Rutte extended an invitation"), whose subject is the event's source."""
    heads = set()
    for token, _, _ in triggers:
        heads.add(token.i)
        head = by_i.get(token.head)
        if head is not None and token.dep in ("dobj", "nsubjpass") and head.lemma in LIGHT_VERBS:
            heads.add(head.i)
    return heads


def attached_sides(tokens: Sequence[Token], by_i: Tree, triggers: set[int]) -> dict[int, Side]:
    """Tokens inside the arguments of the triggers (subjects, objects, "with"/"by" phrases),
    each with its side: ``source`` for who acts, ``target`` for whom it is done to or with."""
    sides: dict[int, Side] = {}
    for token in tokens:
        side = _argument_of(token, triggers, by_i)
        if side is not None:
            sides[token.i] = side
    return sides


def _argument_of(token: Token, triggers: set[int], by_i: Tree) -> Side | None:
    current, steps = token, 0
    side: Side | None = None
    while steps < MAX_PHRASE_STEPS:
        if current.i in triggers:
            return side or "target"
        head = by_i.get(current.head)
        if head is None or head.i == current.i:
            return None
        if current.dep == "pobj" and head.lemma.lower() not in PARTICIPANT_PREPS:
            return None
        if current.dep not in WALKABLE_DEPS:
            return None
        if current.dep in SOURCE_DEPS and _receives(head, by_i):
            side = "target"  # "X received an invitation": X is invited, not inviting
        elif current.dep in SOURCE_DEPS or (current.dep == "pobj" and head.dep == "agent"):
            side = "source"
        elif current.dep in TARGET_DEPS or current.dep == "pobj":
            side = side or "target"
        current, steps = head, steps + 1
    return None


def _receives(verb: Token, by_i: Tree) -> bool:
    lemma = verb.lemma.lower()
    return lemma == "receive" and any(k.lemma.lower() in NOUN_TRIGGERS for k in by_i.children(verb))


def subject_of(trigger: Token, by_i: Tree) -> Token | None:
    """The subject (active or passive) of a trigger, if it has one."""
    kids = children(trigger, by_i)
    return next((k for k in kids if k.dep in ("nsubj", "nsubjpass")), None)


def clause_span(trigger: Token, by_i: Tree) -> tuple[int, int]:
    """Character span (in the article) of the words that depend on a trigger: its own clause,
    where the date of that event is written ("visited Brussels earlier this month, the ministry
    said on Monday": the visit's date is "earlier this month")."""
    start, end, stack = trigger.start, trigger.end, [trigger]
    while stack:
        for kid in children(stack.pop(), by_i):
            if kid.pos == "VERB" and kid.lemma.lower() in SPEECH_VERBS:
                continue  # "..., the ministry said on Monday": the report, not the event
            start, end = min(start, kid.start), max(end, kid.end)
            stack.append(kid)
    return start, end
