"""Event mentions of one article: triggers, participants, date, place, topics, statements.

The cascade, per article:

1. find trigger words (``lexicon``) in each sentence, keeping only the outermost trigger of a
   sentence and skipping future or hypothetical ones ("will meet", "to visit", "upcoming summit");
2. gather each trigger sentence's participants (people with roles, organisations, states);
3. date each candidate from its sentence, else from the dateline or publication date;
4. merge candidates of one happening: every meeting/call/visit of an article with compatible
   dates is one event, other kinds merge by type and date;
5. attach statements (sentences of speech) and the people who headed each side to the main
   event; what the article recalls from the past becomes a ``background`` event.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from storyline.actors import (
    ActorIndex,
    AliasTable,
    Tenure,
    find_roles,
    organisation,
    part_of,
    person_key,
    state,
)
from storyline.events.dates import (
    article_date,
    find_date_phrases,
    parse_dateline_date,
    sentence_date,
)
from storyline.events.lexicon import (
    HEADED_BY,
    LEAD,
    SPEECH_VERBS,
    STATEMENT,
    Kind,
)
from storyline.events.syntax import (
    Side,
    Tree,
    attached_sides,
    children,
    clause_span,
    find_triggers,
    subject_of,
    trigger_heads,
)
from storyline.events.topics import topics
from storyline.places import dateline_place, find_place
from storyline.records import (
    Actor,
    Event,
    EventDate,
    Evidence,
    Mention,
    ParsedArticle,
    Place,
    Statement,
    Token,
)

QUOTED = re.compile(r'["“]([^"“”]{3,})["”]')
"""A quotation inside a sentence: what a speaker said in their own words."""
DATE_WINDOW = 12
"""Characters kept before a date phrase so its preposition ("on", "in", "since") is read too."""
VERB_PHRASES: Mapping[str, str] = MappingProxyType(
    {
        "meet": "met",
        "call": "held a call with",
        "visit": "visited",
        "invite": "invited",
        "agree": "agreed with",
        "sign": "signed an agreement with",
        "request": "made a request to",
        "statement": "made a statement",
        "launch": "launched",
        "suspend": "suspended",
        "withdraw": "withdrew",
        "vote": "voted",
        "aid": "provided aid to",
        "support": "supported",
        "cooperate": "cooperated with",
    }
)
"""How each plain event type reads in a one-sentence summary."""
BACKGROUND_DAYS = 45
"""An event dated this long before the report is something the article recalls, not reports."""
ACTOR_LABELS: Mapping[str, str] = MappingProxyType(
    {"PERSON": "person", "ORG": "org", "GPE": "state", "NORP": "state"}
)
"""spaCy entity labels that name actors, and the kind of actor each names."""
MAX_SUMMARY_ACTORS = 3
LEAD_SENTENCES = 3
SUMMARY_CHARS = 220
COLLECTIVES = frozenset({"side", "minister", "leader", "official", "delegation", "party", "two"})
"""Plural subjects that stand for the people of an article's main meeting."""
TITLE_WORDS = frozenset(
    {"advisor", "adviser", "minister", "secretary", "general", "commander", "chief", "director"}
)
"""Words that turn the capitalised words before them into a title, not an organisation."""
ROLE_HEADS = frozenset({"minister", "secretary", "advisor", "adviser", "president", "general"})


@dataclass(frozen=True)
class ArticleInput:
    """What the extractor needs of a stored article besides its parse."""

    doc: str
    doc_id: str
    text: str
    published: dt.date | None


@dataclass
class _Candidate:
    kind: Kind
    sentences: list[int]
    actors: list[Actor]
    date: EventDate | None
    remote: bool
    statements: list[Statement] = field(default_factory=list)
    subject: Token | None = None


@dataclass(frozen=True)
class _Context:
    article: ArticleInput
    parsed: ParsedArticle
    dateline: dt.date | None
    place: Place | None
    tenure: Tenure
    aliases: AliasTable | None = None
    own: Mapping[str, tuple[str, str]] = field(default_factory=dict)


def extract_events(
    article: ArticleInput,
    parsed: ParsedArticle,
    tenure: Tenure,
    aliases: AliasTable | None = None,
) -> list[Event]:
    """Every event the article reports or recalls, each with its evidence sentences.

    ``tenure`` names the holders of offices mentioned without a name; ``aliases`` is a user's
    table of extra names for people, organisations and states (``--actors``).
    """
    text = article.text
    ctx = _Context(
        article,
        parsed,
        parse_dateline_date(text),
        dateline_place(text),
        tenure,
        aliases,
        _own_offices(parsed),
    )
    candidates: list[_Candidate] = []
    statements: list[tuple[int, Statement, Actor | None]] = []
    for index, sentence in enumerate(parsed.sentences):
        tokens = parsed.sentence_tokens(index)
        by_i = Tree(tokens)
        triggers = find_triggers(tokens, by_i, sentence.text)
        attached = attached_sides(tokens, by_i, trigger_heads(triggers, by_i)) if triggers else {}
        people = _actors(ctx, index, sentence, attached)
        for trigger, kind, remote in triggers:
            date = _trigger_date(ctx, sentence, trigger, by_i)
            subject = subject_of(trigger, by_i)
            candidates.append(_Candidate(kind, [index], list(people), date, remote, [], subject))
        if (speech := _statement(ctx, tokens, by_i, sentence, people)) is not None:
            statements.append((index, *speech))
    merged = _merge(candidates)
    if not merged and statements:
        merged = [_statement_event(ctx, statements)]
    _attach(ctx, merged, statements)
    _date_from_main(merged)
    _name_collectives(ctx, merged)
    _full_names(merged, ctx.aliases)
    # An event nobody can be named for says too little to be kept.
    kept = [c for c in merged if c.actors] or _lead(ctx)
    events = [_event(ctx, c, position) for position, c in enumerate(kept)]
    # A lead whose only name was its own place ("in India") names nobody who took part.
    return [e for e in events if e.actors or e.type != LEAD.type]


def _lead(ctx: _Context) -> list[_Candidate]:
    """The happening an article leads with, uncoded, when nothing in it was coded (see
    :data:`LEAD`): found in the first :data:`LEAD_SENTENCES` sentences that name someone."""
    for index, sentence in enumerate(ctx.parsed.sentences[:LEAD_SENTENCES]):
        people = _actors(ctx, index, sentence)
        tokens = ctx.parsed.sentence_tokens(index)
        root = next((t for t in tokens if t.head == t.i and t.pos in ("VERB", "AUX")), None)
        if people and root is not None:
            date = _trigger_date(ctx, sentence, root, Tree(tokens))
            return [_Candidate(LEAD, [index], people, date, remote=False)]
    return []


# --- participants ---------------------------------------------------------------------------------


def offices_seen(article: ArticleInput, parsed: ParsedArticle) -> list[tuple[str, str, str, str]]:
    """(person, role, organisation, ISO day) for every named office holder the article shows,
    dated by the article ("Secretary General Mark Rutte" in a report of 2025-02-05).

    Cheaper than :func:`extract_events`: it is how a run learns who held which office before
    it resolves offices mentioned without a name.
    """
    day = parse_dateline_date(article.text) or article.published
    if day is None:
        return []
    return [(person, role, org, day.isoformat()) for person, role, org in _named_offices(parsed)]


def _named_offices(parsed: ParsedArticle) -> list[tuple[str, str, str]]:
    """(person, role, organisation) for every office holder the article names with office."""
    seen = []
    for index, sentence in enumerate(parsed.sentences):
        people = [
            replace(e, start=e.start - sentence.start, end=e.end - sentence.start)
            for e in parsed.sentence_entities(index)
            if e.label == "PERSON"
        ]
        for found in find_roles(sentence.text, people) if people else []:
            if found.person and found.role and found.org:
                seen.append((found.person, found.role, found.org))
    return seen


def _own_offices(parsed: ParsedArticle) -> dict[str, tuple[str, str]]:
    """The office the article itself gives each person (its first mention of one): it wins
    over the tenure table, so a report that says "Assistant" keeps its word."""
    own: dict[str, tuple[str, str]] = {}
    for person, role, org in _named_offices(parsed):
        own.setdefault(person_key(person), (role, org))
    return own


def _actors(
    ctx: _Context, index: int, sentence: Mention, attached: dict[int, Side] | None = None
) -> list[Actor]:
    """People (with roles) named in a sentence, and the organisations and states that take part
    in its events (``attached`` tokens; all of them when ``attached`` is None), each on the
    side its words stand on."""
    tokens = ctx.parsed.sentence_tokens(index)
    relative = [
        replace(e, start=e.start - sentence.start, end=e.end - sentence.start)
        for e in ctx.parsed.sentence_entities(index)
    ]
    people = [e for e in relative if e.label == "PERSON"]
    sides = {e.text: _entity_side(tokens, sentence, e, attached or {}) for e in relative}
    actors = []
    for found in find_roles(sentence.text, people):
        actor = _person(ctx, found.person, found.role, found.org, index)
        mention = next((e for e in people if person_key(e.text) == person_key(found.person)), None)
        actors.append(replace(actor, side=sides.get(mention.text) if mention else None))
    named = {person_key(a.name) for a in actors}
    for entity in relative:
        if entity.label != "PERSON" and not _takes_part(tokens, sentence, entity, attached):
            continue
        other = _entity_actor(entity, ctx.aliases, sentence.text[entity.end :])
        if other and person_key(other.name) not in named:
            named.add(person_key(other.name))
            actors.append(replace(other, side=sides.get(entity.text)))
    return [a for a in actors if a.name]


def _entity_side(
    tokens: Sequence[Token], sentence: Mention, entity: Mention, attached: dict[int, Side]
) -> Side | None:
    """The side of the event an entity's words are on (None when not an argument)."""
    start, end = sentence.start + entity.start, sentence.start + entity.end
    inside = [
        attached[t.i] for t in tokens if start <= t.start and t.end <= end and t.i in attached
    ]
    return "source" if "source" in inside else (inside[0] if inside else None)


def _takes_part(
    tokens: Sequence[Token], sentence: Mention, entity: Mention, attached: dict[int, Side] | None
) -> bool:
    if attached is None:
        return True
    start, end = sentence.start + entity.start, sentence.start + entity.end
    return any(t.i in attached for t in tokens if start <= t.start and t.end <= end)


def _org_like(text: str, after: str) -> bool:
    """An organisation the alias tables do not know, named the way organisations are
    ("Ministry of Defence", "Iraqi Kurdistan Parliament"); not a dateline, an agency code, or
    the first words of a title ("National Security" in "National Security Advisor")."""
    words = text.split()
    if len(words) < 2 or text.isupper() or "/" in text or not words[0][0].isupper():
        return False
    following = after.split(maxsplit=1)
    return not (following and following[0].strip(",.").lower() in TITLE_WORDS)


def _person(ctx: _Context, name: str, role: str | None, org: str | None, index: int) -> Actor:
    if not name and role and org:
        on = ctx.dateline or ctx.article.published
        name = (ctx.tenure.holder(role, org, on) if on else None) or ""
    return Actor(name=name, kind="person", role=role, org=org)


def _entity_actor(entity: Mention, aliases: AliasTable | None, after: str) -> Actor | None:
    kind = ACTOR_LABELS.get(entity.label)
    if kind == "person":
        return Actor(entity.text, "person")
    if kind == "org":
        name = organisation(entity.text, extra=aliases)
        known = name or _org_like(entity.text, after)
        return Actor(name or entity.text, "org") if known else None
    if kind == "state":
        name = state(entity.text, extra=aliases)
        return Actor(name, "state") if name else None
    return None


def _date_from_main(events: list[_Candidate]) -> None:
    """What an article reports beside its main meeting, with no date of its own ("the two
    ministers agreed to ..."), happened at that meeting."""
    main = next((c for c in events if c.kind.encounter), None)
    if main is None or main.date is None or main.date.value is None:
        return
    for event in events:
        if event is not main and event.date is None:
            event.date = replace(main.date, basis="inferred", phrase=None)


def _trigger_date(ctx: _Context, sentence: Mention, trigger: Token, by_i: Tree) -> EventDate | None:
    """The date written in the trigger's own clause, else anywhere in its sentence."""
    start, end = clause_span(trigger, by_i)
    clause = ctx.parsed.text[start:end]
    published = ctx.article.published
    if found := sentence_date(clause, published, ctx.dateline):
        return found
    # The parse may hang the event's date on another verb: take the date phrase written
    # closest to the trigger.
    at = trigger.start - sentence.start
    phrases = sorted(
        find_date_phrases(sentence.text), key=lambda p: min(abs(p[0] - at), abs(p[1] - at))
    )
    for phrase_start, phrase_end, _ in phrases:
        window = sentence.text[max(0, phrase_start - DATE_WINDOW) : phrase_end]
        if found := sentence_date(window, published, ctx.dateline):
            return found
    return sentence_date(sentence.text, published, ctx.dateline)


def _full_names(events: list[_Candidate], aliases: AliasTable | None) -> None:
    """Each person under the fullest name the article gives ("Stoltenberg" -> "Jens ...")."""
    index = ActorIndex(aliases)
    for event in events:
        for actor in event.actors:
            if actor.kind == "person":
                index.add(actor.name, "person")
    for event in events:
        event.actors = [
            replace(a, name=index.canonical(a.name) or a.name) if a.kind == "person" else a
            for a in event.actors
        ]
        event.statements = [
            replace(s, speaker=index.canonical(s.speaker) or s.speaker) if s.speaker else s
            for s in event.statements
        ]


def _name_collectives(ctx: _Context, events: list[_Candidate]) -> None:
    """Name who "the two sides" or "the mission" are, from the article itself.

    A plural subject ("the two ministers agreed") means the people of the article's main
    meeting; a generic organisation noun ("the mission was launched") means the organisation
    of that kind the article names ("NATO" + "mission" -> "NATO Mission Iraq").
    """
    main = next((c for c in events if c.kind.encounter), None)
    orgs = [e.text for e in ctx.parsed.entities if e.label == "ORG"]
    for event in events:
        subject = event.subject
        if event is main or subject is None or any(a.kind == "person" for a in event.actors):
            continue
        lemma = subject.lemma.lower()
        if lemma in COLLECTIVES and main is not None:
            for actor in main.actors:
                if actor.kind == "person":
                    _add_actor(event, actor)
        elif org := _org_of_kind(lemma, orgs):
            _add_actor(event, Actor(org, "org"))


def _org_of_kind(noun: str, orgs: list[str]) -> str | None:
    for name in orgs:
        if found := organisation(f"{name} {noun}"):
            return found
    return organisation(f"the {noun}")


# --- statements ---------------------------------------------------------------------------------


def _statement(
    ctx: _Context, tokens: Sequence[Token], by_i: Tree, sentence: Mention, people: list[Actor]
) -> tuple[Statement, Actor | None] | None:
    """A sentence of speech: who spoke (a participant if we can tell) and what was said."""
    verbs = [t for t in tokens if t.pos == "VERB" and t.lemma.lower() in SPEECH_VERBS]
    if not verbs:
        return None
    subject = next((k for v in verbs for k in children(v, by_i) if k.dep == "nsubj"), None)
    speaker = _speaker(subject, people, by_i)
    quoted = [m.group(1).strip() for m in QUOTED.finditer(sentence.text)]
    quote = " … ".join(q for q in quoted if q) or sentence.text
    said = Statement(speaker.name if speaker else None, quote, ctx.article.doc)
    return said, speaker


def _speaker(subject: Token | None, people: list[Actor], by_i: Tree) -> Actor | None:
    """The person a speech verb's subject names, directly or through an apposition
    ("NATO's Deputy Secretary General, Thomas Goffus, stressed")."""
    if subject is None:
        return None
    persons = [p for p in people if p.kind == "person"]
    words = [subject] + [k for k in children(subject, by_i) if k.dep == "appos"]
    for word in (w.text.lower() for w in words):
        for person in persons:
            if word in person.name.lower().replace("-", " ").split():
                return person
    if subject.lemma.lower() in ROLE_HEADS:
        return next((p for p in persons if p.role and subject.text.lower() in p.role.lower()), None)
    return None


def _statement_event(
    ctx: _Context, statements: list[tuple[int, Statement, Actor | None]]
) -> _Candidate:
    """An article that only reports what someone said: the saying is its event."""
    index, _, speaker = statements[0]
    actors = [speaker] if speaker else []
    text = ctx.parsed.sentences[index].text
    date = sentence_date(text, ctx.article.published, ctx.dateline)
    return _Candidate(STATEMENT, [index], actors, date, False)


def _attach(
    ctx: _Context, events: list[_Candidate], statements: list[tuple[int, Statement, Actor | None]]
) -> None:
    """Statements, their speakers and delegation heads join the article's main event."""
    main = next((c for c in events if c.kind.encounter), events[0] if events else None)
    if main is None:
        return
    for _, said, speaker in statements:
        main.statements.append(said)
        if speaker is not None:
            _add_actor(main, speaker)
    for index, sentence in enumerate(ctx.parsed.sentences):
        if any(phrase in sentence.text for phrase in HEADED_BY):
            for actor in _actors(ctx, index, sentence):
                if actor.kind == "person":
                    _add_actor(main, actor)


def _add_actor(event: _Candidate, actor: Actor) -> None:
    key = person_key(actor.name)
    for n, known in enumerate(event.actors):
        if person_key(known.name) == key:
            if not known.role and actor.role:
                event.actors[n] = replace(known, role=actor.role, org=actor.org)
            return
    event.actors.append(actor)


# --- merging and building -----------------------------------------------------------------------


def _merge(candidates: list[_Candidate]) -> list[_Candidate]:
    """One candidate per happening: same family (encounter, or same type) and compatible dates."""
    merged: list[_Candidate] = []
    for cand in candidates:
        into = next((m for m in merged if _same_happening(m, cand)), None)
        if into is None:
            merged.append(cand)
            continue
        into.sentences += [s for s in cand.sentences if s not in into.sentences]
        into.remote = into.remote or cand.remote
        into.date = into.date or cand.date
        if cand.kind.type == "call" and into.kind.encounter:
            into.kind = cand.kind
        for actor in cand.actors:
            _add_actor(into, actor)
    return merged


def _same_happening(a: _Candidate, b: _Candidate) -> bool:
    family = (a.kind.encounter and b.kind.encounter) or a.kind.type == b.kind.type
    if not family:
        return False
    if a.date is None or b.date is None or a.date.value is None or b.date.value is None:
        return True
    return a.date.value[:4] == b.date.value[:4] and (
        a.date.precision != "day" or b.date.precision != "day" or a.date.value == b.date.value
    )


def _event(ctx: _Context, cand: _Candidate, position: int) -> Event:
    article = ctx.article
    sentences = [ctx.parsed.sentences[i] for i in sorted(cand.sentences)]
    date = cand.date or article_date(article.published, ctx.dateline)
    background = _is_background(date, article.published or ctx.dateline)
    place = _place(ctx, cand)
    published = article.published.isoformat() if article.published else None
    evidence = tuple(
        Evidence(article.doc, article.doc_id, s.text, s.start, s.end, published) for s in sentences
    )
    on = _day(date) or article.published or ctx.dateline
    actors = _with_parents(
        ctx.aliases,
        [
            _tenure_role(ctx.tenure, a, on, ctx.own)
            for a in cand.actors
            if not (a.kind == "state" and place and a.name == place.name)
        ],
    )
    return Event(
        id=_event_id(article.doc_id, cand.kind.type, sentences[0].start, position),
        type=cand.kind.type,
        plover=cand.kind.plover,
        mode=cand.kind.mode,
        date=date,
        location=place,
        actors=actors,
        topics=topics(s.text for s in sentences),
        summary=_clip(sentences[0].text)
        if cand.kind is LEAD
        else summarise(cand.kind.type, actors, place, date),
        statements=tuple(cand.statements),
        background=background,
        sources=evidence,
    )


def _with_parents(aliases: AliasTable | None, actors: Iterable[Actor]) -> tuple[Actor, ...]:
    """The actors, each organisation followed by the one it is part of (NMI, then NATO)."""
    result = list(actors)
    names = {a.name for a in result}
    for actor in result:  # parents appended here are visited too: a part of a part
        parent = part_of(actor.name, extra=aliases) if actor.kind == "org" else None
        if parent and parent not in names:
            names.add(parent)
            result.append(Actor(parent, "state" if state(parent, extra=aliases) else "org"))
    return tuple(result)


def _day(date: EventDate) -> dt.date | None:
    return dt.date.fromisoformat(date.value) if date.value and date.precision == "day" else None


def _tenure_role(
    tenure: Tenure, actor: Actor, on: dt.date | None, own: Mapping[str, tuple[str, str]]
) -> Actor:
    """A person's office when the sentence names none: the one the article gives elsewhere,
    else the table's on the event's date."""
    if actor.kind != "person" or (actor.role and actor.org):
        return actor
    stated = own.get(person_key(actor.name))
    if stated and (not actor.role or actor.role.lower() == stated[0].lower()):
        return replace(actor, role=actor.role or stated[0], org=actor.org or stated[1])
    if on is None:
        return actor
    offices = tenure.roles_of(actor.name, on)
    if actor.role:
        offices = [(r, o) for r, o in offices if r.lower() == actor.role.lower()]
    if not offices:
        return actor
    role, org = offices[0]
    return replace(actor, role=actor.role or role, org=actor.org or org)


def _place(ctx: _Context, cand: _Candidate) -> Place | None:
    if cand.remote or cand.kind.type == "call":
        return None
    for index in sorted(cand.sentences):
        sentence = ctx.parsed.sentences[index]
        entities = [
            replace(e, start=e.start - sentence.start, end=e.end - sentence.start)
            for e in ctx.parsed.sentence_entities(index)
        ]
        # With the dateline given, a place that is only a destination ("invited to attend the
        # summit in Brussels") loses to it; a real venue still wins.
        place = find_place(sentence.text, entities, dateline=ctx.place)
        if place is not None and place != ctx.place:
            return place
    return ctx.place


def _is_background(date: EventDate, reference: dt.date | None) -> bool:
    if reference is None or date.value is None or date.basis not in ("explicit", "relative"):
        return False
    year = int(date.value[:4])
    if date.precision == "year":
        return year < reference.year
    month = int(date.value[5:7])
    day = int(date.value[8:10]) if date.precision == "day" else 28
    happened = dt.date(year, month, min(day, 28))
    return (reference - happened).days > BACKGROUND_DAYS


def _event_id(doc_id: str, kind: str, start: int, position: int) -> str:
    """Stable across runs of the same extractor, unique within the article."""
    return hashlib.sha256(f"{doc_id}:{kind}:{start}:{position}".encode()).hexdigest()[:16]


def summarise(kind: str, actors: Sequence[Actor], place: Place | None, date: EventDate) -> str:
    """One plain sentence: who did what with whom, where and when."""
    names = [_label(a) for a in actors[:MAX_SUMMARY_ACTORS]]
    who = names[0] if names else "Someone"
    rest = ", ".join(names[1:])
    verb = VERB_PHRASES.get(kind, kind)
    if rest and kind != "statement":
        text = f"{who} {verb} {rest}"
    else:
        # "NATO agreed", not "NATO agreed with": nobody is named on the other side.
        text = f"{who} {_DANGLING.sub('', verb)}"
    if place:
        text += f" in {place.name}"
    if date.value:
        text += f" on {date.value}" if date.precision == "day" else f" in {date.value}"
    return text + "."


_DANGLING = re.compile(r"\s+(?:with|to|a request to)$")


def _clip(text: str) -> str:
    """A sentence as a summary: whole, or cut at a word near :data:`SUMMARY_CHARS`."""
    text = " ".join(text.split())
    if len(text) <= SUMMARY_CHARS:
        return text
    return text[:SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"


def _label(actor: Actor) -> str:
    if actor.role and actor.org:
        return f"{actor.name} ({actor.role}, {actor.org})"
    return actor.name
