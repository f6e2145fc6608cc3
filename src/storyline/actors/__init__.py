"""Canonical people, organisations and states, the roles they hold and who held which when.

::

    from storyline.actors import ActorIndex, Tenure, find_roles, organisation, state

    organisation("the Atlantic alliance")                       # "NATO"
    state("Iraq’s")                                             # "Iraq"
    Tenure().holder("Secretary General", "NATO", "2025-02-05")  # "Mark Rutte"
"""

from __future__ import annotations

from storyline.actors.names import (
    ActorIndex,
    ActorKind,
    Alias,
    AliasTable,
    bundled_aliases,
    organisation,
    part_of,
    person_key,
    same_person,
    state,
)
from storyline.actors.roles import RoleMention, find_roles, normalise_role, role_key
from storyline.actors.tenure import (
    Holding,
    Tenure,
    UserActors,
    bundled_holdings,
    load_user_actors,
)

__all__ = [
    "ActorIndex",
    "ActorKind",
    "Alias",
    "AliasTable",
    "Holding",
    "RoleMention",
    "Tenure",
    "UserActors",
    "bundled_aliases",
    "bundled_holdings",
    "find_roles",
    "load_user_actors",
    "normalise_role",
    "organisation",
    "part_of",
    "person_key",
    "role_key",
    "same_person",
    "state",
]
