"""Who earlier runs saw holding which office: learned from the stored reports once, and kept.

Before any article of a run is read, the office table (:class:`~storyline.actors.Tenure`)
learns from every report stored so far, so that a new article's "the minister" can be named.
Learning from all of them every run cost a run in proportion to the store (72,000 reports of
50,000 articles: 8 s of a run of 1,000 new ones); what was learned is therefore kept in the
store (schema 15's ``learned_offices``) with the place in ingestion order it reaches, and a
run learns from the reports of the articles after it only. Learning is order-dependent, so
this is the same table as learning from every report again only while the reports it took in
are as they were: the store's triggers drop it when one of them is deleted or changed, or a
report is stored for an article it had passed, and then every report is learned from again.
What was learned is kept under a key naming the table of holdings, the extractor's version
and settings, and the code that learns (:func:`learning_key`): a run with other ones learns
again from every report.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable

from storyline.actors import Tenure
from storyline.store import Store, Writer

LEARNED_FROM = ("storyline.actors", "storyline.lang.en")
"""The packages whose code and data decide what the office table learns from a report (names,
roles and their spellings): a change to any of their files keys what is learned anew."""


def learn_from_store(tenure: Tenure, store: Store, writer: Writer, settings: str) -> set[str]:
    """Teach ``tenure`` the offices the stored reports name held, as learning from every one
    of them in ingestion order would, and keep what it learned; returns the people the stored
    reports name (what an Arabic name may be linked to). ``settings``: the extractor's version
    and settings, part of the key what is learned is kept under."""
    key = learning_key(tenure, settings)
    kept = store.learned_offices(key)
    through, people = 0, set[str]()
    if kept is not None:
        through, text = kept
        learned = json.loads(text)
        tenure.relearn(learned["tenure"])
        people.update(learned["people"])
    last = through
    for seq, day, precision, named in store.event_people_after(through):
        last = seq
        people.update(a.name for a in named)
        if precision != "day" or not day:
            continue
        for actor in named:
            if actor.role and actor.org:
                tenure.learn(actor.name, actor.role, actor.org, day)
    if kept is None or last != through:
        learned = {"tenure": tenure.learned(), "people": sorted(people)}
        writer.put_learned_offices(key, last, json.dumps(learned, ensure_ascii=False))
    return people


def learning_key(tenure: Tenure, settings: str) -> str:
    """What what the office table learned is kept under: its table of holdings, the
    extractor's version and settings, and the code and data of :data:`LEARNED_FROM`."""
    return f"{settings};table:{tenure.fingerprint()};code:{_code_fingerprint()}"


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    digest = hashlib.sha256()
    for package in LEARNED_FROM:
        for path, data in _files(resources.files(package), package):
            digest.update(path.encode("utf-8") + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()[:16]


def _files(folder: Traversable, prefix: str) -> list[tuple[str, bytes]]:
    """(path, content) of the source and data files under ``folder``, in name order."""
    found: list[tuple[str, bytes]] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        name = f"{prefix}/{entry.name}"
        if entry.is_dir():
            if entry.name != "__pycache__":
                found += _files(entry, name)
        elif entry.name.endswith((".py", ".toml", ".txt", ".json")):
            found.append((name, entry.read_bytes()))
    return found
