"""The Arabic patterns of the event registry's types (``data/triggers.toml``), compiled once.

A pattern names a registry type, so an Arabic happening is typed, coded (PLOVER type and
mode), merged (family) and told in a headline exactly as an English one of that type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from storyline.events.registry import EventType, registry
from storyline.lang.ar.profile import profile, read_data
from storyline.lang.ar.text import TRIGGER_CLITICS, fold, phrase_pattern

DEFAULT_WINDOW = 12
"""How many words after a form its `near` word may stand, unless the entry says."""


@dataclass(frozen=True)
class Example:
    """A sentence written for the tests, with the English names expected on each side."""

    text: str
    source: tuple[str, ...]
    target: tuple[str, ...]


@dataclass(frozen=True)
class ArabicTrigger:
    """One entry of ``triggers.toml``: the registry type, its forms, and its conditions."""

    type: EventType
    pattern: re.Pattern[str]
    near: tuple[str, ...]
    window: int
    priority: int
    examples: tuple[Example, ...]
    after: tuple[str, ...] = ()
    """One of these words must stand at most `window` words before the form ("أعلن ... دعمه")."""
    noun: bool = False
    """The forms are nouns of the happening ("هجوم", "عقوبات"): who the clause names before one
    did it ("شن تنظيم داعش هجوما"), who it names after it is whom it was done to."""
    subject_target: bool = False
    """The form's subject is the side the happening is done to ("أدى اليمين الدستورية")."""


@dataclass(frozen=True)
class Hit:
    """A trigger found in a folded sentence."""

    start: int
    end: int
    trigger: ArabicTrigger
    negated: bool
    future: bool
    definite: bool
    """The form carries the article (التصويت): it may refer back to a happening told."""


def _trigger(row: dict[str, Any]) -> ArabicTrigger:
    return ArabicTrigger(
        type=registry().get(row["type"]),
        # Verbs and nouns take و and ف in front, nouns also ب and ل ("لزيارة", "بالتوقيع").
        pattern=phrase_pattern(
            row["forms"], prefix=f"[{row['clitics']}]?" if "clitics" in row else TRIGGER_CLITICS
        ),
        near=tuple(fold(w) for w in row.get("near", [])),
        window=int(row.get("window", DEFAULT_WINDOW)),
        priority=int(row.get("priority", 0)),
        examples=tuple(
            Example(e["text"], tuple(e.get("source", [])), tuple(e.get("target", [])))
            for e in row.get("examples", [])
        ),
        after=tuple(fold(w) for w in row.get("after", [])),
        noun=bool(row.get("noun", False)),
        subject_target=row.get("subject") == "target",
    )


@lru_cache(maxsize=1)
def triggers() -> tuple[ArabicTrigger, ...]:
    """Every Arabic trigger (a KeyError names a type the registry does not know)."""
    return tuple(_trigger(row) for row in read_data("triggers.toml")["trigger"])


def find_hits(folded: str) -> list[Hit]:
    """The triggers of a folded sentence, in text order: per family the one of the highest
    priority (then the first), so one happening told by two words is one hit."""
    found: list[Hit] = []
    for trigger in triggers():
        for m in trigger.pattern.finditer(folded):
            definite = m.group("p").startswith("ال") or "ل" in folded[m.start() : m.start("p")]
            if trigger.near and not definite and not _near(folded, m.end(), trigger):
                continue  # "التصويت" refers back to a vote: it needs no "على"
            if trigger.after and not _after(folded, m.start(), trigger):
                continue  # "دعمه" is support announced only after "أعلن"
            if _set_aside(folded, m.start(), trigger):
                continue
            found.append(
                Hit(
                    m.start(),
                    m.end(),
                    trigger,
                    _negated(folded, m.start()),
                    _future(folded, m),
                    definite,
                )
            )
    best: dict[str, Hit] = {}
    for hit in sorted(found, key=lambda h: (_during(folded, h), -h.trigger.priority, h.start)):
        best.setdefault(hit.trigger.type.family, hit)
    return sorted(best.values(), key=lambda h: h.start)


DURING = ("خلالها", "خلاله", "خلالهما")
""""During it": a happening told as part of another ("في زيارة التقى خلالها"): the other is
the family's happening."""


def _during(folded: str, hit: Hit) -> bool:
    return folded[hit.end :].split()[:1] in ([w] for w in DURING)


def _near(folded: str, at: int, trigger: ArabicTrigger) -> bool:
    following = folded[at:].split()[: trigger.window]
    return any(
        word == near or (len(near) == 1 and word.startswith(near))
        for word in following
        for near in trigger.near
    )


def _after(folded: str, at: int, trigger: ArabicTrigger) -> bool:
    before = folded[:at].split()[-trigger.window :]
    return any(w in trigger.after or w[1:] in trigger.after for w in before)


def _set_aside(folded: str, at: int, trigger: ArabicTrigger) -> bool:
    """A happening told as what another answered ("ردا على هجوم صاروخي") is recalled, not
    reported; a noun after a word of discussion ("وبحث الجانبان ملف انتهاء مهمة التحالف")
    is a topic. Set aside before one hit per family is kept, so the strikes told first stay."""
    words = {w.strip(",.") for w in folded[:at].split()}

    def said(table: tuple[str, ...]) -> bool:
        return any(w in words or "و" + w in words for w in table)

    return said(profile().causes) or (trigger.noun and said(profile().discussion))


def _negated(folded: str, at: int) -> bool:
    before = folded[:at].split()[-2:]
    return any(word in profile().negations for word in before)


def _future(folded: str, m: re.Match[str]) -> bool:
    """A planned happening: a future word near it ("من المقرر أن يزور", "الأسبوع المقبل"),
    or a present verb with the future prefix س ("سيزور")."""
    words = [*folded[: m.start()].split()[-3:], *folded[m.end() :].split()[:4]]
    text = " ".join(words)
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in profile().future_words):
        return True
    return "س" in folded[m.start() : m.start("p")]
