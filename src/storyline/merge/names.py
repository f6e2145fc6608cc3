"""The corpus's names as an incremental merge reads them: from spellings, one a (name, kind)
with how many times the reports give it and where first (pure: spellings in, names out).

:class:`~storyline.events.run.CorpusNames` records each spelling once, at its first mention,
with its count; so the spellings, in the order first given, name the corpus as every mention
does (:func:`names_of`). What a batch renames (:func:`renamed_spellings`) is
:func:`~storyline.events.run.renamed_in` over spellings: a name's canonical form depends only
on the spellings folded alike and, for a person, on those of the surname's key, so only the
earlier spellings sharing one of those with the batch's are looked at. A store of 50,000
reports names its actors a few thousand ways: a batch reads and weighs those, not every
report's names.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from storyline.actors import ActorIndex, AliasTable
from storyline.actors.names import ActorKind, fold
from storyline.events.run import CorpusNames
from storyline.store.merged import Spelling

Spelled = tuple[str, ActorKind]
"""A spelling's (name, kind)."""


def names_of(spellings: Iterable[Spelling], aliases: AliasTable | None = None) -> CorpusNames:
    """The names of a corpus whose spellings are given in the order first given
    (:meth:`CorpusNames.of` of its mentions)."""
    index = ActorIndex(aliases)
    for spelling in spellings:
        index.record(spelling.name, spelling.kind, spelling.times)
    return CorpusNames(index, aliases)


def together(*parts: Iterable[Spelling]) -> list[Spelling]:
    """The spellings of reports told apart in ``parts`` (no report in two), as of all of
    them: times added, the first mention the earliest, in the order first given."""
    found: dict[Spelled, Spelling] = {}
    for part in parts:
        for s in part:
            known = found.get((s.name, s.kind))
            if known is not None:
                s = Spelling(s.name, s.kind, known.times + s.times, min(known.first, s.first))
            found[s.name, s.kind] = s
    return sorted(found.values(), key=lambda s: s.first)


def renamed_spellings(
    old: Sequence[Spelling], new: Sequence[Spelling], aliases: AliasTable | None = None
) -> set[Spelled]:
    """The earlier spellings whose reports :func:`~storyline.events.run.corpus_events` names
    someone of otherwise once the ``new`` spellings' reports join the corpus (a full name
    after a bare surname, a body in other letters): :func:`~storyline.events.run.renamed_in`
    with each mention's spelling standing for it."""
    probe = ActorIndex(aliases)
    keyed: dict[Spelled, tuple[str, str | None]] = {}

    def keys_of(s: Spelling) -> tuple[str, str | None]:
        found = keyed.get((s.name, s.kind))
        if found is None:
            found = keyed[s.name, s.kind] = (fold(s.name), probe.person_key(s.name, s.kind))
        return found

    folds = {keys_of(s)[0] for s in new if s.kind != "person"}
    keys = {key for s in new if (key := keys_of(s)[1])}
    hit = [s for s in old if keys_of(s)[0] in folds or keys_of(s)[1] in keys]
    if not hit:
        return set()
    need_folds = {keys_of(s)[0] for s in hit}
    need_keys = {key for s in hit if (key := keys_of(s)[1])}

    def needed(s: Spelling) -> bool:
        folded, key = keys_of(s)
        return folded in need_folds if s.kind != "person" else key in need_keys

    before = names_of((s for s in old if needed(s)), aliases)
    after = names_of((s for s in together(old, new) if needed(s)), aliases)
    return {(s.name, s.kind) for s in hit if before.canonical(s.name) != after.canonical(s.name)}
