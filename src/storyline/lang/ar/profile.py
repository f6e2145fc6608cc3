"""The Arabic profile's data, loaded once from ``data/*.toml`` into typed tables."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from storyline.lang.ar.text import fold


@dataclass(frozen=True)
class Profile:
    """Months, weekdays, relative days, Hijri markers and datelines' agencies, folded.

    ``months`` maps every folded month name (both series) to its number; ``weekdays`` lists
    the folded weekday names, Monday first; ``relative`` maps a folded word to days from the
    reference date; ``agencies`` a folded agency name to the name its English wires use."""

    months: MappingProxyType[str, int]
    hijri_months: tuple[str, ...]
    hijri_markers: tuple[str, ...]
    gregorian_markers: tuple[str, ...]
    weekdays: tuple[str, ...]
    relative: MappingProxyType[str, int]
    future_words: tuple[str, ...]
    negations: tuple[str, ...]
    receiving: tuple[str, ...]
    unnamed_doers: tuple[str, ...]
    discussion: tuple[str, ...]
    causes: tuple[str, ...]
    speech: tuple[str, ...]
    clause_ends: tuple[str, ...]
    not_participant: tuple[str, ...]
    both_sides: tuple[str, ...]
    agencies: MappingProxyType[str, str]


def read_data(name: str) -> dict[str, Any]:
    """One of the profile's TOML files, parsed."""
    text = resources.files("storyline.lang.ar").joinpath("data", name).read_text("utf-8")
    return tomllib.loads(text)


@lru_cache(maxsize=1)
def profile() -> Profile:
    """The Arabic profile (read once)."""
    data = read_data("profile.toml")
    return Profile(
        months=MappingProxyType(
            {fold(name): row["number"] for row in data["month"] for name in row["names"]}
        ),
        hijri_months=_folded(data["hijri"]["months"]),
        hijri_markers=_folded(data["hijri"]["markers"]),
        gregorian_markers=_folded(data["hijri"]["gregorian_markers"]),
        weekdays=_folded(data["calendar"]["weekdays"]),
        relative=MappingProxyType({fold(k): int(v) for k, v in data["relative"].items()}),
        future_words=_folded(data["words"]["future"]),
        negations=_folded(data["words"]["negations"]),
        receiving=_folded(data["words"]["receiving"]),
        unnamed_doers=_folded(data["words"]["unnamed_doers"]),
        discussion=_folded(data["words"]["discussion"]),
        causes=_folded(data["words"]["causes"]),
        speech=_folded(data["words"]["speech"]),
        clause_ends=_folded(data["words"]["clause_ends"]),
        not_participant=_folded(data["words"]["not_participant"]),
        both_sides=_folded(data["words"]["both_sides"]),
        agencies=MappingProxyType(
            {fold(form): row["name"] for row in data["agency"] for form in row["ar"]}
        ),
    )


def _folded(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(fold(v) for v in values))
