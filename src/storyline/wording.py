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
