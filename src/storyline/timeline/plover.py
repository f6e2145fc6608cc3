"""PLOVER event types by quad category, and whether each is cooperation or conflict.

From the PLOVER codebook (Open Event Data Alliance, "PLOVER: Political Language Ontology for
Verifiable Event Records", draft 2.0, 4 February 2024; ``shared/bench/plover/PLOVER_MANUAL.pdf``):
every event category of chapter 3 ends with its quad category (sections 3.1.4 to 3.16.4), and
table 7.2 sums them up. The one place the two differ is SANCTION: table 7.2 lists it as verbal
conflict, section 3.13.4 as material conflict; we follow the section, and both make it conflict,
which is all :data:`PLOVER_DIRECTION` records. CAMEO's DEMAND and DISAPPROVE became REQUEST and
ACCUSE (``CAMEO2PLOVER-2021.txt``); INVESTIGATE is a mode of ACCUSE, not a type.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

Quad = Literal["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]
Direction = Literal["cooperation", "conflict", "neutral"]

PLOVER_QUAD: Mapping[str, Quad] = MappingProxyType(
    {
        "AGREE": "verbal cooperation",  # 3.1.4
        "CONSULT": "verbal cooperation",  # 3.2.4
        "SUPPORT": "verbal cooperation",  # 3.3.4
        "CONCEDE": "verbal cooperation",  # 3.4.4
        "COOPERATE": "material cooperation",  # 3.5.4
        "AID": "material cooperation",  # 3.6.4
        "RETREAT": "material cooperation",  # 3.7.4
        "REQUEST": "verbal conflict",  # 3.8.4
        "ACCUSE": "verbal conflict",  # 3.9.4
        "REJECT": "verbal conflict",  # 3.10.4
        "THREATEN": "verbal conflict",  # 3.11.4
        "PROTEST": "material conflict",  # 3.12.4
        "SANCTION": "material conflict",  # 3.13.4 (table 7.2: verbal conflict)
        "MOBILIZE": "material conflict",  # 3.14.4
        "COERCE": "material conflict",  # 3.15.4
        "ASSAULT": "material conflict",  # 3.16.4
    }
)
"""The quad category of every PLOVER event type."""

PLOVER_DIRECTION: Mapping[str, Direction] = MappingProxyType(
    {kind: "cooperation" if quad.endswith("cooperation") else "conflict"
     for kind, quad in PLOVER_QUAD.items()}
)  # fmt: skip
"""Cooperation or conflict for every PLOVER event type (the second half of its quad)."""


def direction(plover: str | None) -> Direction:
    """``cooperation`` or ``conflict`` for a PLOVER type; ``neutral`` for None or an unknown one."""
    if plover is None:
        return "neutral"
    return PLOVER_DIRECTION.get(plover.upper(), "neutral")
