"""One colour per PLOVER event type, the same in every view (the HTML report, the web app).

Hues follow PLOVER's quad categories, so a glance tells cooperation from conflict: blues for
verbal cooperation, greens for material cooperation, oranges and browns for verbal conflict,
reds and purples for material conflict; grey for the types PLOVER does not code (command,
appoint, election, ...). Neighbouring types of one quad differ in lightness so that they stay
apart for colour-blind readers too, and every colour keeps white text readable.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

PLOVER_COLOURS: Mapping[str, str] = MappingProxyType(
    {
        "AGREE": "#0072b2",
        "CONSULT": "#56b4e9",
        "SUPPORT": "#1f4e79",
        "CONCEDE": "#6baed6",
        "COOPERATE": "#009e73",
        "AID": "#00664a",
        "RETREAT": "#66c2a5",
        "REQUEST": "#e69f00",
        "ACCUSE": "#d55e00",
        "REJECT": "#8c6d31",
        "THREATEN": "#b35806",
        "PROTEST": "#cc79a7",
        "SANCTION": "#6a3d9a",
        "MOBILIZE": "#9e4a9c",
        "COERCE": "#7f0000",
        "ASSAULT": "#b2182b",
    }
)
"""The colour of every PLOVER event type."""

UNCODED = "#7f7f7f"
"""The colour of an event type PLOVER does not code."""


def plover_colour(plover: str | None) -> str:
    """The colour of a PLOVER type (any case); :data:`UNCODED` for None or an unknown type."""
    if plover is None:
        return UNCODED
    return PLOVER_COLOURS.get(plover.upper(), UNCODED)


def css_class(plover: str | None) -> str:
    """The CSS class that carries a PLOVER type's colour: ``p-consult``, ``p-uncoded``."""
    if plover is None or plover.upper() not in PLOVER_COLOURS:
        return "p-uncoded"
    return f"p-{plover.lower()}"


def stylesheet() -> str:
    """CSS rules giving each :func:`css_class` its colour (as a background), for pages whose
    Content-Security-Policy forbids inline ``style`` attributes."""
    rules = [
        f".{css_class(kind)} {{ background: {colour}; }}" for kind, colour in PLOVER_COLOURS.items()
    ]
    rules.append(f".p-uncoded {{ background: {UNCODED}; }}")
    return "\n".join(rules) + "\n"
