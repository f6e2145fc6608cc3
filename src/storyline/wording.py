"""Words around numbers, shared by everything that prints counts (the CLI, timelines, reports).

::

    plural(1, "event")             # "1 event"
    plural(3, "copy", "copies")    # "3 copies"
    indefinite("use of force")     # "a use of force"
"""

from __future__ import annotations

import re


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    """``1 report``, ``3 reports``, ``0 reports`` (``nouns`` for an irregular plural:
    ``2 copies``)."""
    return f"{n} {noun}" if n == 1 else f"{n} {nouns or noun + 's'}"


def says(name: str, words: str) -> bool:
    """Whether ``name`` holds ``words`` as whole words, case aside: a label need not say them
    again ("government of Iraq" says "government"; "Munir Akram" does not say "UN")."""
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", name, re.IGNORECASE) is not None


def described(name: str, role: str | None, org: str | None) -> list[str]:
    """What a label adds to a name, in order: the role and the organisation, each unless the
    name already says it ("government of Iraq", not "government of Iraq (government, Iraq)")."""
    return [x for x in (role, org) if x and not says(name, x)]


def indefinite(noun: str) -> str:
    """``noun`` with "a" or "an", as it is spoken: "an attack", "a use of force", "a union",
    "an hour"."""
    lower = noun.lower()
    vowel = lower[:1] in ("a", "e", "i", "o", "u")
    if vowel and _CONSONANT_SOUND.match(lower):
        vowel = False
    elif not vowel and _SILENT_H.match(lower):
        vowel = True
    return f"{'an' if vowel else 'a'} {noun}"


_CONSONANT_SOUND = re.compile(r"(?:us[aeiu]|use|uni|ura|uti|eu|ewe|one\b|once\b)")
"""Words that start with a vowel letter and a consonant sound ("use", "union", "European")."""
_SILENT_H = re.compile(r"(?:hour|honou?r|honest|heir)")
"""Words that start with an h that is not spoken ("an hour", "an honour")."""


BASE_FORMS = {
    "accused": "accuse", "appointed": "appoint", "arrested": "arrest", "attacked": "attack",
    "called": "call", "carried": "carry", "condemned": "condemn", "conceded": "concede",
    "cooperated": "cooperate", "deployed": "deploy", "dismissed": "dismiss",
    "dissolved": "dissolve", "elected": "elect", "enacted": "enact", "expelled": "expel",
    "expressed": "express", "extended": "extend", "had": "have", "handed": "hand",
    "halted": "halt", "held": "hold", "imposed": "impose", "invited": "invite",
    "issued": "issue", "killed": "kill", "launched": "launch", "lifted": "lift", "lost": "lose",
    "made": "make", "met": "meet", "nominated": "nominate", "opened": "open",
    "planned": "plan", "protested": "protest", "provided": "provide", "reached": "reach",
    "recalled": "recall", "received": "receive", "rejected": "reject", "released": "release",
    "resigned": "resign", "saw": "see", "sentenced": "sentence", "severed": "sever",
    "signed": "sign", "spoke": "speak", "suspended": "suspend", "threatened": "threaten",
    "took": "take", "visited": "visit",
    "voted": "vote", "was": "be", "were": "be", "withdrew": "withdraw", "won": "win",
}  # fmt: skip
"""The plain form of each past tense a headline opens its verb with (the event registry's
``verb``, ``alone`` and ``passive`` forms; a test keeps every one of them here)."""


def infinitive(phrase: str) -> str:
    """A past-tense verb phrase in its plain form, for "announced plans to ...": "imposed
    sanctions on" -> "impose sanctions on", "was sanctioned" -> "be sanctioned". A phrase whose
    first word the table lacks is returned as it is."""
    first, _, rest = phrase.partition(" ")
    base = BASE_FORMS.get(first.lower())
    if base is None:
        return phrase
    return f"{base} {rest}" if rest else base
