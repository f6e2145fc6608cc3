"""What words state which kind of event, and how PLOVER codes it.

A trigger is a lemma (verb or noun) that, with at least one actor in its sentence, states a
happening. The table is small on purpose: every entry was checked against the PLOVER codebook
(``shared/bench/plover``, CAMEO→PLOVER map) and against our own test articles; words that
usually report speech ("said", "stressed") are statements, attached to an event, never events.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True)
class Kind:
    """A plain event type with its PLOVER type and mode."""

    type: str
    plover: str | None
    mode: str | None = None
    encounter: bool = False
    """Meetings, calls and visits: the happenings most reports are about, merged per article."""


MEET = Kind("meet", "CONSULT", None, encounter=True)
CALL = Kind("call", "CONSULT", "phone", encounter=True)
VISIT = Kind("visit", "CONSULT", "visit", encounter=True)
HOST = Kind("meet", "CONSULT", "visit", encounter=True)
INVITE = Kind("invite", "CONSULT")
AGREE = Kind("agree", "AGREE")
SIGN = Kind("sign", "AGREE")
REQUEST = Kind("request", "REQUEST")
SUPPORT = Kind("support", "SUPPORT")
AID = Kind("aid", "AID")
COOPERATE = Kind("cooperate", "COOPERATE")
LAUNCH = Kind("launch", "COOPERATE")
SUSPEND = Kind("suspend", "RETREAT")
WITHDRAW = Kind("withdraw", "RETREAT")
VOTE = Kind("vote", None)
STATEMENT = Kind("statement", None)
LEAD = Kind("other", None)
"""What an article leads with when no trigger of this table codes any event in it: the
article's first sentence that names someone, kept uncoded (no PLOVER type) rather than lost."""

VERB_TRIGGERS: Mapping[str, Kind] = MappingProxyType(
    {
        "meet": MEET,
        "confer": MEET,
        "negotiate": MEET,
        "receive": HOST,
        "host": HOST,
        "visit": VISIT,
        "arrive": VISIT,
        "phone": CALL,
        "telephone": CALL,
        "invite": INVITE,
        "agree": AGREE,
        "sign": SIGN,
        "request": REQUEST,
        "urge": REQUEST,
        "demand": REQUEST,
        "appeal": REQUEST,
        "launch": LAUNCH,
        "establish": LAUNCH,
        "inaugurate": LAUNCH,
        "suspend": SUSPEND,
        "halt": SUSPEND,
        "pause": SUSPEND,
        "withdraw": WITHDRAW,
        "vote": VOTE,
        "donate": AID,
        "ask": REQUEST,
    }
)
"""Verb lemmas that state an event of their own."""

NOUN_TRIGGERS: Mapping[str, Kind] = MappingProxyType(
    {
        "meeting": MEET,
        "talk": MEET,
        "dialogue": MEET,
        "summit": MEET,
        "session": MEET,
        "conference": MEET,
        "visit": VISIT,
        "call": CALL,
        "videoconference": CALL,
        "invitation": INVITE,
        "agreement": SIGN,
        "memorandum": SIGN,
        "request": REQUEST,
    }
)
"""Noun lemmas that state an event when a verb like hold/have/make/extend/receive carries them."""

NEEDS_OBJECT = frozenset({"ask", "receive", "host"})
"""Verbs that state an event only with a direct object ("asked NATO to", "received the envoy"):
without one they are usually something else ("asked not to be named", "received widely")."""

LIGHT_VERBS = frozenset(
    {"hold", "have", "conduct", "make", "extend", "receive", "send", "pay", "attend", "issue"}
)
"""Verbs whose trigger noun carries the event: "held talks", "received an invitation"."""

REMOTE_WORDS = frozenset(
    {
        "virtual", "virtually", "video", "videoconference", "phone", "telephone", "online",
        "remotely", "teleconference", "call", "videolink",
    }
)  # fmt: skip
"""A meeting described with one of these words happened at no place: it is a call."""

SPEECH_VERBS = frozenset(
    {
        "say", "stress", "emphasize", "emphasise", "affirm", "reaffirm", "reiterate",
        "highlight", "underscore", "underline", "express", "confirm", "note", "praise",
        "commend", "welcome", "state", "add", "tell", "announce", "declare", "insist",
        "warn", "point", "explain", "describe", "outline", "voice", "assert", "argue",
    }
)  # fmt: skip
"""Verbs of speech: their sentences become statements attached to an event."""

HEADED_BY = ("headed by", "led by", "chaired by", "co-chaired by")
"""Phrases that name who represented a side at a meeting ("the NATO delegation was headed by")."""
