"""Language profiles: which reader reads an article of a language, and that language's data.

As spaCy keeps ``spacy/lang/xx/``, each language storyline reads has a profile. The event
types themselves (PLOVER coding, family, headline) are language-neutral
(:mod:`storyline.events.registry`); each profile's trigger patterns name them. English is read
by the spaCy-based extractor (:mod:`storyline.events.extract`); its data lives in
:mod:`storyline.lang.en` (months and weekdays, titles and offices, the event reader's words,
and the trigger patterns and example sentences of the registry's types in
``lang/en/data/triggers.toml``). Arabic is read by its own reader
(:mod:`storyline.lang.ar`: months in both series, weekdays, datelines, titles and offices,
names across scripts and trigger patterns, all as data under ``lang/ar/data``). An article in a
language without a profile is stored and recorded as skipped, with the reason.

Nothing of a profile is imported until an article of its language is read: English runs load
nothing Arabic.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = [
    "PROFILES",
    "RIGHT_TO_LEFT",
    "Profile",
    "language_code",
    "profile_for",
    "profiles_fingerprint",
    "text_direction",
]

RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv"})
"""Languages written right to left (ISO 639-1, and Central Kurdish's 639-3 ``ckb``)."""


@dataclass(frozen=True)
class Profile:
    """A language storyline reads: its ISO 639-1 code, the names a page may give it, and
    whether its reader needs the English spaCy parse (``parsed``) or reads the text itself."""

    code: str
    names: frozenset[str]
    parsed: bool


ENGLISH = Profile("en", frozenset({"en", "eng", "english"}), parsed=True)
ARABIC = Profile("ar", frozenset({"ar", "ara", "arb", "arabic"}), parsed=False)
PROFILES = (ENGLISH, ARABIC)


def language_code(lang: str | None) -> str | None:
    """The primary subtag of a language tag, lower case: "en-US", "EN", "en_GB" → "en"."""
    if lang is None:
        return None
    return lang.split("-")[0].split("_")[0].strip().lower()


def profile_for(lang: str | None) -> Profile | None:
    """The profile that reads ``lang``; unknown (None) counts as English (short texts whose
    language could not be measured); None when no profile reads it."""
    code = language_code(lang)
    if code is None:
        return ENGLISH
    return next((p for p in PROFILES if code in p.names), None)


def normal_language(lang: str | None) -> str | None:
    """``lang`` as an ISO 639-1 code: the code of the profile that reads it ("arabic", "ara" →
    "ar"), else its primary subtag."""
    code = language_code(lang)
    found = next((p for p in PROFILES if code in p.names), None) if code else None
    return found.code if found is not None else code


def text_direction(lang: str | None) -> str:
    """The HTML ``dir`` of text in ``lang``: "rtl" for a right-to-left language, else "auto"
    (the browser reads the direction from the text itself: a quote of unknown language)."""
    return "rtl" if normal_language(lang) in RIGHT_TO_LEFT else "auto"


@lru_cache(maxsize=1)
def profiles_fingerprint() -> str:
    """A hash of every profile's data files (``lang/<code>/data/*.toml``): a change to one
    makes stored articles be read again. English's trigger patterns also count in the event
    registry's fingerprint, as the registry is built from them. The files are read as bytes;
    no module of a profile is imported, only its package."""
    digest = hashlib.sha256()
    for profile in PROFILES:
        folder = resources.files(f"storyline.lang.{profile.code}").joinpath("data")
        for name in sorted(f.name for f in folder.iterdir() if f.name.endswith(".toml")):
            path = f"{profile.code}/{name}"
            digest.update(path.encode() + b"\0" + folder.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]
