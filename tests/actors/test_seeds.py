"""The actors of the hand-made gold annotation (../shared/gold/seeds.json), read not copied."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from storyline.actors import ActorIndex, Tenure, find_roles, organisation, person_key, state

SHARED = Path(__file__).parents[2].parent / "shared"
GOLD = SHARED / "gold" / "seeds.json"


@cache
def gold() -> dict[str, Any]:
    if not GOLD.exists():
        pytest.skip(f"{GOLD} not found (../shared is not beside this checkout)")
    data: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    return data


def gold_actors() -> list[dict[str, Any]]:
    return [actor for event in gold()["events"] for actor in event.get("actors") or []]


def test_actors_seeds_aliases_resolve_to_their_canonical_name() -> None:
    index = ActorIndex()
    people = {name: aliases for name, aliases in gold()["aliases"].items() if person_key(name)}
    for name, aliases in gold()["aliases"].items():
        kind = "person" if organisation(name) is None else "org"
        for alias in [name, *aliases]:
            index.add(alias, kind)
    for name, aliases in gold()["aliases"].items():
        for alias in aliases:
            assert index.canonical(alias) == name, alias
    assert people


def test_actors_seeds_gold_orgs_are_canonical_names() -> None:
    for actor in gold_actors():
        org = actor.get("org")
        if org:
            assert (organisation(org) or state(org)) == org, org


def test_actors_seeds_roles_over_time_match_tenure() -> None:
    tenure = Tenure()
    for row in gold()["roles_over_time"]:
        assert tenure.holder(row["role"], row["org"], row["seen"]) == row["holder"], row


def test_actors_seeds_evidence_roles_are_found() -> None:
    """Every gold role of a person named in an evidence sentence is found in that sentence."""
    checked = 0
    for event in gold()["events"]:
        for sentence in (event.get("evidence") or {}).values():
            found = find_roles(sentence, [])
            for actor in event.get("actors") or []:
                if not actor.get("role") or person_key(actor["name"]) not in person_keys(sentence):
                    continue
                mine = [r for r in found if person_key(r.person) == person_key(actor["name"])]
                if not mine:
                    continue  # named but without a role in this sentence
                checked += 1
                assert any(role_fits(r.role, actor["role"]) for r in mine), (actor, mine)
    assert checked >= 3


def person_keys(sentence: str) -> set[str]:
    return {person_key(word) for word in sentence.replace(",", " ").split()}


def role_fits(found: str, gold_role: str) -> bool:
    """The scorer's test: every word of the gold role is in the role found."""
    return set(gold_role.lower().split()) <= set(found.lower().replace("-", " ").split())
