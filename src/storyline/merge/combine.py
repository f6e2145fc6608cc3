"""What a merged event says: one value per field from its reports, and every disagreement.

The value shown is the one most documents give; the others are kept as :class:`Disagreement`
versions with their documents, never averaged away. A report with no date of its own shows the
date the others give, with basis ``corroborated``. A participant is one actor under every name
it goes by, shown under the name most reports give it ("ISIL" when most say ISIL, though
others say "Daesh"). The summary is the merged event's headline, written from what it shows by
the one headline builder (:func:`storyline.events.headline.headline`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from storyline.actors.names import AliasTable, PersonName, compatible, split_name
from storyline.events.headline import headline
from storyline.events.lexicon import LEAD
from storyline.events.registry import EventType, registry
from storyline.lang.en.titles import RANKS
from storyline.merge.events import FIRM_BASES, actor_key, family, majority
from storyline.records import (
    Actor,
    DateBasis,
    Disagreement,
    DisagreementField,
    Event,
    EventDate,
    Evidence,
    MergedEvent,
    Place,
    Source,
    Statement,
    Version,
)

PRECISION_RANK = {"day": 3, "month": 2, "year": 1}
BASIS_RANK = {
    "explicit": 6,
    "dateline": 5,
    "relative": 4,
    "publication": 3,
    "inferred": 2,
    "corroborated": 1,
}
MAX_TOPICS = 10


@dataclass(frozen=True)
class DocInfo:
    """What merging needs to know of a document: its name, outlet and publication day, and
    for a copy the original's name and its own text (to find the sentence in it)."""

    doc: str
    doc_id: str
    outlet: str | None = None
    published: str | None = None
    copy_of: str | None = None
    text: str | None = None
    lang: str | None = None


def combine(
    event_id: str,
    members: Sequence[Event],
    docs: Mapping[str, DocInfo],
    copies: Mapping[str, Sequence[DocInfo]],
    *,
    fallback: EventDate | None = None,
    aliases: AliasTable | None = None,
) -> MergedEvent:
    """The merged event made of per-article ``members`` (in the order they joined).

    ``fallback`` dates an event none of whose reports dates it: the date of the main event of
    the article that reports it, when other reports of that main event date it
    (basis ``corroborated``). ``aliases``: a user's table of organisations and states."""
    date, date_versions = _date(members)
    if date.value is None and fallback is not None and fallback.value:
        date = EventDate(fallback.value, fallback.precision, "corroborated", fallback.phrase)
    event_type, type_versions = majority((m.type, _doc(m)) for m in members)
    event_type = _coded_among_tied(members, type_versions, event_type)
    typed = next(m for m in members if m.type == event_type)
    actors, role_versions = _actors(members, aliases, str(event_type))
    registered = _registered(str(event_type))
    if registered is not None:
        actors = registered.with_parts(actors)
    place, place_versions = _place(members)
    sources = _sources(members, date, docs, copies)
    originals = {s.outlet or s.doc for s in sources if s.copy_of is None}
    decided = all(m.decided for m in members)  # one report of it done: it was done
    promised = Counter(m.promised for m in members if m.type == event_type and m.promised)
    intended = promised.most_common(1)[0][0] if promised else None
    return MergedEvent(
        id=event_id,
        type=str(event_type),
        plover=typed.plover,
        mode=typed.mode,
        date=date,
        location=place,
        actors=actors,
        topics=_topics(members),
        summary=_summary(members, str(event_type), actors, place, decided, intended),
        statements=_statements(members),
        background=all(m.background for m in members),
        sources=sources,
        outlets=tuple(dict.fromkeys(s.outlet for s in sources if s.outlet)),
        independent=len(originals),
        disagreements=(
            *_versions("date", None, date_versions),
            *_versions("type", None, type_versions),
            *_versions("location", None, place_versions),
            *role_versions,
        ),
        members=tuple(m.id for m in members),
        decided=decided,
        promised=intended,
    )


GENERIC_TYPES = frozenset({"announce", "statement", "other", LEAD})
"""Uncoded types that say only that something was said or told, not what happened."""


def _coded_among_tied(
    members: Sequence[Event], versions: Mapping[str, list[str]], chosen: str | None
) -> str | None:
    """Of types as many reports give, one PLOVER codes before a generic one
    (:data:`GENERIC_TYPES`: reports of one decision, "the two governments agreed on Friday
    ..." and "the United States announced ...", tell an agreement), the first seen among
    them."""
    most = max((len(docs) for docs in versions.values()), default=0)
    tied = [t for t, docs in versions.items() if len(docs) == most]
    coded = {m.type for m in members if m.plover}
    if len(tied) < 2 or chosen not in GENERIC_TYPES:
        return chosen  # (a change of command, uncoded, is told as what it is)
    return next((t for t in tied if t in coded), chosen)


def _doc(event: Event) -> str:
    return event.sources[0].doc if event.sources else event.id


def _versions(
    field: DisagreementField, actor: str | None, versions: Mapping[str, list[str]]
) -> list[Disagreement]:
    if len(versions) < 2:
        return []
    return [Disagreement(field, actor, tuple(Version(v, tuple(d)) for v, d in versions.items()))]


def merged_date(members: Sequence[Event]) -> EventDate:
    """The date a merged event of ``members`` shows."""
    return _date(members)[0]


def _date(members: Sequence[Event]) -> tuple[EventDate, dict[str, list[str]]]:
    dated = [m for m in members if m.date.value]
    if not dated:
        # every report told it as before its own article's main event: say so
        earlier = all(m.date.basis == "earlier" for m in members)
        return EventDate(None, None, "earlier" if earlier else None), {}
    firm = [m for m in dated if m.date.basis in FIRM_BASES] or dated
    best_precision = max(_precision_rank(m) for m in firm)
    at_best = [m for m in firm if _precision_rank(m) == best_precision]
    value, versions = majority((str(m.date.value), _doc(m)) for m in at_best)
    giving = [m for m in at_best if m.date.value == value]
    top = max(giving, key=lambda m: BASIS_RANK.get(m.date.basis or "", 0))
    return top.date, versions


def _precision_rank(event: Event) -> int:
    return PRECISION_RANK.get(event.date.precision or "year", 1)


def _actors(
    members: Sequence[Event], aliases: AliasTable | None = None, shown_type: str | None = None
) -> tuple[tuple[Actor, ...], list[Disagreement]]:
    """One actor per participant, under the name most documents give it (ties: the first
    report's), with the role, organisation and side most give; the side only as reports of
    the family of ``shown_type`` give it (the minister whose pledge over an attack joined
    the attack's reports took no side in the attack)."""
    grouped: dict[str, list[tuple[Actor, str]]] = {}
    sided: set[tuple[str, str]] = set()
    shown = family(shown_type) if shown_type is not None else None
    people = _people(members)
    for m in members:
        for a in m.actors:
            key = people.get(a.name) if a.kind == "person" else None
            grouped.setdefault(key or actor_key(a, aliases), []).append((a, _doc(m)))
            if shown is None or family(m.type) == shown:
                sided.add((a.name, _doc(m)))
    actors, disagreements = [], []
    for mentions in grouped.values():
        name, _ = majority((a.name, d) for a, d in mentions)
        _, raw_roles = majority((a.role, d) for a, d in mentions if a.role)
        roles = _offices_over_ranks(_distinct_roles(raw_roles))
        role = max(roles, key=lambda r: len(roles[r])) if roles else None
        org, _ = majority((a.org, d) for a, d in mentions if a.org)
        side, _ = majority((a.side, d) for a, d in mentions if a.side and (a.name, d) in sided)
        # the office as most reports word it, among those that give the office chosen
        title, _ = majority(
            (a.title, d)
            for a, d in mentions
            if a.title and _role_key(a.role) == _role_key(role) and a.org in (org, None)
        )
        kind = mentions[0][0].kind
        # the rank beside the office, as reports give it beside it or as the role alone
        rank, _ = majority(
            (r, d)
            for a, d in mentions
            for r in [a.rank or (a.role if a.role and _RANK.fullmatch(a.role) else None)]
            if r and role and not _RANK.fullmatch(role)
        )
        actors.append(Actor(str(name), kind, role, org, side, title=title, rank=rank))  # type: ignore[arg-type]
        disagreements += _versions("role", str(name), roles)
    return tuple(actors), disagreements


def _people(members: Sequence[Event]) -> dict[str, str]:
    """The participant each person's name is, where one surname names several people: the
    fullest names found a person each ("Omar Al-Haddad", "Karim Al-Haddad"), a shorter name
    joins the one it fits, and a bare surname that fits several is a person of its own (the
    reports kept it apart from them). The names of a surname one person bears are that one
    participant, as :func:`~storyline.merge.events.actor_key` groups them."""
    by_key: dict[str, dict[str, PersonName]] = {}
    for m in members:
        for a in m.actors:
            if a.kind == "person":
                by_key.setdefault(actor_key(a), {})[a.name] = split_name(a.name)
    found: dict[str, str] = {}
    for key, names in by_key.items():
        fullest = sorted(names.items(), key=lambda n: -len(n[1].given))
        groups: list[list[PersonName]] = []
        for name, split in fullest:
            fits = [n for n, g in enumerate(groups) if compatible(split.given, g[0].given)]
            if len(fits) == 1:
                groups[fits[0]].append(split)
                found[name] = f"{key}#{fits[0]}"
            else:
                found[name] = f"{key}#{len(groups)}"
                groups.append([split])
    return found


def _role_key(role: str | None) -> str:
    return " ".join((role or "").lower().replace("-", " ").split())


_RANK = re.compile(rf"(?:{RANKS})")


def _offices_over_ranks(roles: dict[str, list[str]]) -> dict[str, list[str]]:
    """A military rank only where no report gives an office: "Commander" in one report and
    "Lieutenant General" in another say two things of one man, not two versions of one."""
    offices = {role: docs for role, docs in roles.items() if not _RANK.fullmatch(role)}
    return offices or roles


def _distinct_roles(roles: dict[str, list[str]]) -> dict[str, list[str]]:
    """Roles that differ in more than case and spacing ("Deputy" vs "Assistant" do)."""
    merged: dict[str, list[str]] = {}
    seen: dict[str, str] = {}
    for role, docs in roles.items():
        key = _role_key(role)
        merged.setdefault(seen.setdefault(key, role), []).extend(docs)
    return merged


def _place(members: Sequence[Event]) -> tuple[Place | None, dict[str, list[str]]]:
    placed = [(m.location, _doc(m)) for m in members if m.location is not None]
    name, versions = majority((loc.name, d) for loc, d in placed)
    if name is None:
        return None, {}
    return next(loc for loc, _ in placed if loc.name == name), versions


def _topics(members: Sequence[Event]) -> tuple[str, ...]:
    counts: Counter[str] = Counter(t for m in members for t in dict.fromkeys(m.topics))
    return tuple(t for t, _ in counts.most_common(MAX_TOPICS))


def _summary(
    members: Sequence[Event],
    event_type: str,
    actors: Sequence[Actor],
    place: Place | None,
    decided: bool = False,
    promised: str | None = None,
) -> str:
    """One sentence from what the merged event shows (so it never contradicts it); an
    uncoded lead keeps the sentence a report led with."""
    if not _keeps_sentence(event_type):
        intended = _registered(promised) if promised else None
        # who is in it only through a report of another family (a minister whose pledge
        # over an attack joined its reports) is not who did it or whom it was done to
        own = family(event_type)
        told = {actor_key(x) for m in members if family(m.type) == own for x in m.actors}
        actors = [a for a in actors if a.side or actor_key(a) in told]
        return _headline(_registered(event_type), actors, place, decided, intended)
    typed = [m for m in members if m.type == event_type and m.summary]
    if not typed:
        return next((m.summary for m in members if m.summary), "")
    return max(typed, key=lambda m: len(m.actors)).summary


def _keeps_sentence(event_type: str) -> bool:
    """Whether events of this type are summed up by the sentence a report led with rather than
    a headline: the uncoded lead (``other``), which says nothing a headline could."""
    return event_type == LEAD


def _registered(event_type: str) -> EventType | None:
    """The registry's type of this name; None for a type it does not know (one stored by an
    older reader), whose headline then says only who took part."""
    try:
        return registry().get(event_type)
    except KeyError:
        return None


def _headline(
    event_type: EventType | None,
    actors: Sequence[Actor],
    place: Place | None,
    decided: bool = False,
    promised: EventType | None = None,
) -> str:
    """The headline of a merged event from what it shows, as a sentence: the one headline
    builder's words with a full stop, as the timeline's one-sentence summaries read."""
    return _sentence(headline(event_type, actors, place, decided, promised))


def _sentence(text: str) -> str:
    """``text`` ending with a full stop (none added after one already there: "the U.S.")."""
    text = text.rstrip()
    return text if not text or text[-1] in ".!?" else text + "."


def _statements(members: Sequence[Event]) -> tuple[Statement, ...]:
    seen: dict[tuple[str | None, str], Statement] = {}
    for m in members:
        for s in m.statements:
            seen.setdefault((s.speaker, s.quote), s)
    return tuple(seen.values())


def _sources(
    members: Sequence[Event],
    date: EventDate,
    docs: Mapping[str, DocInfo],
    copies: Mapping[str, Sequence[DocInfo]],
) -> tuple[Source, ...]:
    found: list[Source] = []
    for m in members:
        own = bool(m.date.value)
        day = m.date.value if own else date.value
        basis: DateBasis | None = m.date.basis if own else ("corroborated" if date.value else None)
        for e in m.sources:
            info = docs.get(e.doc_id)
            outlet = info.outlet if info else None
            found.append(
                Source(
                    e.doc,
                    e.doc_id,
                    e.sentence,
                    e.start,
                    e.end,
                    e.published,
                    outlet,
                    None,
                    day,
                    basis,
                    info.lang if info else None,
                )
            )
            found += [_copy_source(c, e, day, basis) for c in copies.get(e.doc_id, ())]
    return tuple(dict.fromkeys(found))


def _copy_source(
    copy: DocInfo, evidence: Evidence, day: str | None, basis: DateBasis | None
) -> Source:
    sentence = evidence.sentence
    start = (copy.text or "").find(sentence)
    end = start + len(sentence) if start >= 0 else -1
    return Source(
        copy.doc,
        copy.doc_id,
        sentence,
        start,
        end,
        copy.published,
        copy.outlet,
        copy.copy_of,
        day,
        basis,
        copy.lang,
    )
