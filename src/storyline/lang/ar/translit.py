"""Names across scripts: an Arabic name read as Latin letters, and linked to an English name
the corpus or the bundled tables know.

Arabic writes no short vowels and one letter for several Latin ones (ج for J and G), so
spellings are compared as consonant skeletons: both names lose their vowels and the letters
that stand for vowels (ا و ي ه ع ء), and the rest map to one class per sound (ق ك → k,
ث ت ط → t, ذ ظ → d as in the Iraqi "dh" of Kadhimi, v → f, p → b, "th" → t, ...).
"مارك روته" and "Mark Rutte" are both "mrk rt"; rapidfuzz compares the skeletons
(:data:`LINK_SCORE`).

No library is used: the maintained offline romanizer on PyPI (arabic-name-romanizer) ships a
17 MB wheel and needs onnxruntime, and returns the likely spelling of an Arab person's name,
while what linking needs is a comparison with the names the corpus already gives, Arab or
not ("روته" is Rutte).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from storyline.lang.ar.text import fold

LINK_SCORE = 88.0
"""Least rapidfuzz ratio of two skeletons for an Arabic name to be an English one. Calibrated
on the names of data/names.toml read the other way: every Arabic form there links to its own
English name at 88 or more, and no two of them link to each other's."""

_AR_SKELETON = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "", "خ": "k", "د": "d", "ذ": "d", "ر": "r",
    "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "d", "ع": "", "غ": "g",
    "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "", "و": "", "ي": "",
    "ا": "", "ء": "", "ؤ": "", "ئ": "", "پ": "b", "چ": "j", "ڤ": "f", "گ": "g",
}  # fmt: skip
_LATIN_DIGRAPHS = (
    ("dh", "d"),
    ("th", "t"),
    ("kh", "k"),
    ("sh", "s"),
    ("gh", "g"),
    ("ph", "f"),
    ("ch", "s"),
)
_LATIN_LETTERS = str.maketrans(
    {"c": "k", "q": "k", "x": "ks", "v": "f", "p": "b", "w": "", "y": "", "h": "", "a": "",
     "e": "", "i": "", "o": "", "u": "", "g": "j"}
)  # fmt: skip
"""G reads as J: Arabic writes "Giovanni" with ج, and غ (gh) becomes g before this table."""
_ROMAN = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'",
    "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
    "ي": "y", "ء": "'", "ؤ": "'", "ئ": "'",
}  # fmt: skip
_ARTICLE = re.compile(r"^(?:al|el)[- ]", re.IGNORECASE)


def arabic_skeleton(name: str) -> str:
    """The consonant skeleton of an Arabic name, a word per word, the article ال dropped."""
    out = []
    for word in fold(name).split():
        word = word.removeprefix("ال") if len(word) > 4 else word
        skeleton = "".join(_AR_SKELETON.get(c, "") for c in word)
        out.append(re.sub(r"(.)\1+", r"\1", skeleton.replace("g", "j")))
    return " ".join(w for w in out if w)


def latin_skeleton(name: str) -> str:
    """The consonant skeleton of a Latin name, a word per word, "al-" dropped."""
    out = []
    for word in re.findall(r"[a-z]+(?:-[a-z]+)*", fold_latin(name)):
        word = _ARTICLE.sub("", word.replace("-", " ")).replace(" ", "")
        for digraph, letter in _LATIN_DIGRAPHS:
            word = word.replace(digraph, letter)
        out.append(re.sub(r"(.)\1+", r"\1", word.translate(_LATIN_LETTERS)))
    return " ".join(w for w in out if w)


def fold_latin(name: str) -> str:
    """A Latin name in lower case without accents or apostrophes."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.lower().replace("'", "").replace("’", "")


def romanize(name: str) -> str:
    """A plain Latin reading of an Arabic name that no known name fits: letters as written,
    the article as "al-", each word capitalised ("فلاح العلوي" → "Flah al-'lwy")."""
    words = []
    for word in fold(name).split():
        article = word.startswith("ال") and len(word) > 3
        body = "".join(_ROMAN.get(c, c) for c in (word[2:] if article else word))
        words.append(("al-" + body) if article else body.capitalize())
    return " ".join(words)


@dataclass
class NameLinker:
    """English names to link Arabic ones to: the bundled tables' and the corpus's."""

    names: list[str] = field(default_factory=list)
    _skeletons: dict[str, str] = field(default_factory=dict)

    def add(self, names: Iterable[str]) -> None:
        """Know ``names`` too (the English people an earlier article named)."""
        for name in names:
            skeleton = latin_skeleton(name)
            if skeleton:
                self._skeletons.setdefault(skeleton, name)

    def link(self, arabic: str) -> str | None:
        """The known English name ``arabic`` writes, when one fits closely enough: the whole
        name, else its first and last words (a middle name one spelling leaves out); a single
        word only when it is the family name of exactly one known name."""
        skeleton = arabic_skeleton(arabic)
        if not skeleton or not self._skeletons:
            return None
        words = skeleton.split()
        if len(words) == 1:
            fits = [n for s, n in self._skeletons.items() if s.split()[-1] == words[0]]
            return fits[0] if len(set(fits)) == 1 else None
        for probe, keys in ((skeleton, list(self._skeletons)), (_ends(skeleton), self._ends())):
            found = process.extractOne(probe, keys, scorer=fuzz.ratio, score_cutoff=LINK_SCORE)
            # The family names must agree too: "Mohammed Ali" is not "Mohammed Allawi".
            if found and fuzz.ratio(words[-1], found[0].split()[-1]) >= LINK_SCORE:
                return self._skeletons[found[0]] if probe == skeleton else self._by_ends()[found[0]]
        return None

    def _ends(self) -> list[str]:
        return list(self._by_ends())

    def _by_ends(self) -> dict[str, str]:
        return {_ends(s): n for s, n in self._skeletons.items()}


def _ends(skeleton: str) -> str:
    words = skeleton.split()
    return f"{words[0]} {words[-1]}" if len(words) > 1 else skeleton
