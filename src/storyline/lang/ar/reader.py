"""Events from Arabic articles: the cascade of the English reader, over folded text.

Per article:

1. the dateline ("بغداد - واع") gives the article's place and origin; the publication date is
   the reference for relative dates ("اليوم الأربعاء", "أمس");
2. per sentence: the registry's Arabic triggers (:mod:`~storyline.lang.ar.triggers`), one per
   family; a negated one is no event, a planned one an announcement;
3. each trigger's participants are the people, offices, organisations and states of its clause
   (:mod:`~storyline.lang.ar.names`), on their side: the subject acts, who "مع" or "ب" names
   is acted with, a receiving verb ("تلقى") turns them round and "من" names the source; a
   state or organisation whose person is there already stands for no one more;
4. mentions of one happening (same family, people in common or none named) become one event;
   the first of the lead is the article's main happening, and lends its date to the undated;
5. sentences of speech ("أكد", "شدد") become the statements of the main happening (verbatim),
   or a statement event when the article reports nothing else.

Types, summaries and every field are English; the evidence is the Arabic sentence as written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from storyline.actors import AliasTable, Tenure, organisation, state
from storyline.actors.tenure import org_key
from storyline.events.headline import headline
from storyline.events.registry import EventType, registry
from storyline.lang.ar.dates import find_dates
from storyline.lang.ar.meta import dateline
from storyline.lang.ar.names import Mention, NameTable, find_mentions, find_places, user_names
from storyline.lang.ar.profile import profile, read_data
from storyline.lang.ar.text import Sentence, phrase_pattern, sentences
from storyline.lang.ar.translit import NameLinker
from storyline.lang.ar.triggers import Hit, find_hits
from storyline.records import Actor, Event, EventDate, Evidence, Place, Statement

LEAD_SENTENCES = 3
"""The main happening is the first one stated in this many sentences (a dateline on its own
line is one)."""
BACKGROUND_DAYS = 45
"""A happening dated more than this many days before the report is one it recalls (as the
English reader's ``BACKGROUND_DAYS``)."""
NO_TRIGGER = "no sentence states a happening of a type the event registry knows"
NO_PARTICIPANT = "happenings are told, but no one who took part in them is named"


@dataclass(frozen=True)
class ArabicArticle:
    """What the reader needs of a stored Arabic article."""

    doc: str
    doc_id: str
    text: str
    published: dt.date | None
    issued: str | None = None


@dataclass(frozen=True)
class ArabicReading:
    """The events of an article, and when there are none, why."""

    events: tuple[Event, ...]
    reason: str | None = None


@dataclass
class _Candidate:
    type: EventType
    sentences: list[Sentence]
    sources: list[Actor]
    targets: list[Actor]
    date: EventDate | None
    place: Place | None
    future: bool
    statements: list[Statement] = field(default_factory=list)
    definite: bool = False
    """Told with the article ("التصويت"): refers back to a happening of its family told before."""
    both: bool = False
    """Its clause names "the two sides" ("وقع الجانبان"): the article's main happening's."""

    @property
    def actors(self) -> list[Actor]:
        return [*self.sources, *self.targets]


@dataclass(frozen=True)
class _Context:
    article: ArabicArticle
    tenure: Tenure
    linker: NameLinker
    dateline_place: Place | None
    user: NameTable | None = None


def read_arabic(
    article: ArabicArticle,
    tenure: Tenure,
    linker: NameLinker,
    aliases: AliasTable | None = None,
) -> ArabicReading:
    """The events an Arabic article reports (see the module's docstring for the cascade).

    ``tenure`` names the holders of offices told without a name, ``linker`` the English names
    an unknown Arabic name may be, ``aliases`` a user's actors file (its Arabic aliases)."""
    ctx = _Context(article, tenure, linker, dateline(article.text)[0], user_names(aliases))
    found: list[_Candidate] = []
    spoken: list[tuple[Sentence, Statement]] = []
    for sentence in sentences(article.text):
        every = find_hits(sentence.folded)
        hits = [h for h in every if not h.negated and not _object_of_another(h, every)]
        mentions = find_mentions(sentence.folded, linker, ctx.user)
        told = [_candidate(ctx, sentence, hit, mentions) for hit in hits]
        found += told
        # "قال روته إن الهجمات تهدد الاستقرار": a trigger word with nobody on its sides
        # leaves the sentence what its speaker said
        if not any(c.actors for c in told) and (said := _statement(ctx, sentence, mentions)):
            spoken.append((sentence, said))
    _lend_both_sides(found)
    merged = _merge(c for c in found if c.actors or c.definite)
    if not merged and spoken:
        merged = [c for c in [_statement_event(ctx, spoken[0])] if any(a.name for a in c.actors)]
    if not merged:
        return ArabicReading((), NO_PARTICIPANT if found or spoken else NO_TRIGGER)
    main = _main(ctx, merged)
    main.statements += [s for _, s in spoken if main.type.name != "statement"]
    for cand in merged:
        _settle(ctx, cand, main)
    ordered = sorted(merged, key=lambda c: (c is not main, c.sentences[0].start))
    return ArabicReading(tuple(_event(ctx, c, n) for n, c in enumerate(ordered)))


def _object_of_another(hit: Hit, hits: Sequence[Hit]) -> bool:
    """A noun after another trigger of its sentence is that happening's object, no happening
    of its own: what was discussed ("وبحثا إنهاء مهمة التحالف"), demanded ("طالب بانسحاب
    القوات") or condemned ("أدان الحلف الهجوم")."""
    return hit.trigger.noun and any(other.start < hit.start for other in hits)


def _main(ctx: _Context, merged: list[_Candidate]) -> _Candidate:
    """The article's own happening: the first its lead tells that it does not recall from
    long before (:data:`LEAD_SENTENCES`), else the first it tells."""
    reference = ctx.article.published
    for cand in merged:
        if cand.sentences[0].index >= LEAD_SENTENCES:
            break
        if cand.date is None or not _background(cand.date, reference):
            return cand
    return merged[0]


def _lend_both_sides(found: list[_Candidate]) -> None:
    """A happening of "the two sides" that names no one else is done by the participants of
    the first happening that names any ("وقع الجانبان مذكرة تفاهم" after a meeting)."""
    first = next((c for c in found if c.actors), None)
    if first is None:
        return
    for cand in found:
        if cand.both and cand is not first and not any(a.kind == "person" for a in cand.actors):
            cand.sources = [replace(a, side="source") for a in first.actors]
            cand.targets = []


# --- one trigger: participants, date, place -----------------------------------------------------


def _candidate(
    ctx: _Context, sentence: Sentence, hit: Hit, mentions: Sequence[Mention]
) -> _Candidate:
    folded = sentence.folded
    start, end = _clause_start(folded, hit.start), _clause_end(folded, hit.end)
    clause = [m for m in mentions if start <= m.start < end]
    date = _date(ctx, folded)
    if hit.future and date is not None and date.basis == "relative":
        date = None  # "سيزور ... يوم الخميس": a day to come; the announcement is dated apart
    sources, targets = _sides(folded, hit, clause)
    return _Candidate(
        hit.trigger.type,
        [sentence],
        [_actor(ctx, m, date, "source") for m in sources],
        [_actor(ctx, m, date, "target") for m in targets],
        date,
        _place(folded, sentence.text, hit),
        hit.future or _after(date, ctx.article.published),
        definite=hit.definite,
        both=_both_sides(folded[:end]),
    )


def _both_sides(clause: str) -> bool:
    words = {w.strip(",.") for w in clause.split()}
    return any(w in words or "و" + w in words for w in profile().both_sides)


def _clause_start(folded: str, at: int) -> int:
    """Where a happening's clause begins: who reports it is no part of it ("أعلن الحلف عن
    تسلم X قيادة", "أفاد بيان بأن X استقبل Y"): after "عن" right before it, or after the last
    "أن" before it; else at the sentence's start."""
    before = folded[:at]
    if re.search(r"(?<!\w)عن\s+$", before):
        return at
    found = list(re.finditer(r"(?<!\w)ب?ان(?!\w)", before))
    return found[-1].end() if found else 0


def _clause_end(folded: str, at: int) -> int:
    ends = profile().clause_ends
    for m in re.finditer(r"\S+", folded[at:]):
        if m.group().strip(",.") in ends or m.group().startswith("("):
            return at + m.start()
    return len(folded)


def _marker(folded: str, mention: Mention) -> str:
    """What the mention is to the happening: "with" (مع, ب written on it), "from" (من),
    "between" (بين), "not" (a place or a topic word before it), or "" (a subject or object)."""
    before = folded[: mention.start].split()[-1:] or [""]
    word = before[0].strip(",")
    if word[:1] == "و" and word[1:] in profile().not_participant:
        word = word[1:]  # "وفي سوريا"
    if word in {"مع", "ب"} or "ب" in mention.clitics:  # "اتصالا هاتفيا بـ ماكرون"
        return "with"
    if word == "من":
        return "from"
    if word == "بين":
        return "between"
    if word in profile().not_participant and mention.kind != "person":
        return "not"  # "في العراق", "مقر الحلف"; a person after "إلى" is whom it is addressed to
    return ""


def _sides(folded: str, hit: Hit, clause: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The mentions of the trigger's clause on its source and target sides."""
    marked: list[tuple[Mention, str]] = []
    for mention in clause:
        mark = _marker(folded, mention)
        if (
            mark == ""
            and marked
            and mention.clitics.startswith("و")
            and _adjacent(folded, marked[-1][0], mention)
        ):
            mark = marked[-1][1]  # "السوداني وروته": one side
        marked.append((mention, mark))
    # "تلقى اتصالا هاتفيا من", or after it: "في اتصال هاتفي تلقاه من"
    around = folded[: hit.start] + " " + " ".join(folded[hit.end :].split()[:2])
    receive = any(
        re.search(rf"(?<!\w)[وف]?{re.escape(v)}(?!\w)", around) for v in profile().receiving
    )
    plain = [m for m, mark in marked if mark == ""]
    if receive:
        return [m for m, mark in marked if mark == "from"], _first_group(folded, plain)
    subject = _subject(folded, hit, plain)
    others = [
        m for m, mark in marked if mark in {"with", "from"} or (mark == "" and m not in subject)
    ]
    if not subject and not others:
        subject = [m for m, mark in marked if mark == "between"]
    if hit.trigger.subject_target:
        return [], [*subject, *others]  # "أدى السوداني اليمين الدستورية": he was sworn in
    return subject, others


def _subject(folded: str, hit: Hit, plain: list[Mention]) -> list[Mention]:
    """Who does the happening: for a noun, who is named before it ("شن تنظيم داعش هجوما");
    for a verb, the first group named, unless a doer without a name stands in the subject's
    place ("استهدفت طائرة مسيرة موقعا للتحالف الدولي": nobody named did it)."""
    if hit.trigger.noun:
        return [m for m in plain if m.start < hit.start]
    if plain and plain[0].start >= hit.end and _unnamed_doer(folded[hit.end : plain[0].start]):
        return []
    return _first_group(folded, plain)


def _unnamed_doer(slot: str) -> bool:
    """Whether the words between a verb and the first name open with a doer without a name
    (a weapon, "قوة أمنية", "هجوم بطائرة مسيرة"), not with a word of the name itself ("قوات
    التحالف الدولي")."""
    words = [w.strip(",") for w in slot.split()]
    doers = profile().unnamed_doers
    named = [w in doers or (w[:1] in "وب" and w[1:] in doers) for w in words]
    return bool(named) and named[0] and not all(named)


def _adjacent(folded: str, a: Mention, b: Mention) -> bool:
    return b.start - a.end <= 2 or not folded[a.end : b.start].strip(" ,()")


def _first_group(folded: str, plain: list[Mention]) -> list[Mention]:
    group = plain[:1]
    for mention in plain[1:]:
        if mention.clitics.startswith("و") and _adjacent(folded, group[-1], mention):
            group.append(mention)
        else:
            break
    return group


def _actor(ctx: _Context, mention: Mention, date: EventDate | None, side: str) -> Actor:
    if mention.kind == "office":
        holder = ctx.tenure.holder(mention.role or "", mention.org or "", _day(ctx, date))
        if holder is None and mention.org and organisation(mention.org) == mention.org:
            # "قائد بعثة الناتو" with no holder known that day: the body they lead took part.
            return Actor(mention.org, "org", None, None, side)  # type: ignore[arg-type]
        if holder is None and mention.org and state(mention.org) == mention.org:
            # "وزير الدفاع البريطاني", whoever held it then: the state took part
            return Actor(mention.org, "state", "state", None, side)  # type: ignore[arg-type]
        return Actor(holder or "", "person", mention.role, mention.org, side)  # type: ignore[arg-type]
    if mention.kind == "person":
        # The office table's title for the office the person held that day, where it knows
        # it: "وزير الدفاع الأمريكي" is the Secretary of Defense.
        held = ctx.tenure.roles_of(mention.name, _day(ctx, date))
        same = [h for h in held if mention.org is None or org_key(h[1]) == org_key(mention.org)]
        role, org = same[0] if same else (mention.role, mention.org)
        return Actor(mention.name, "person", role, org, side)  # type: ignore[arg-type]
    return Actor(mention.name, mention.kind, None, None, side)  # type: ignore[arg-type]


def _day(ctx: _Context, date: EventDate | None) -> dt.date:
    if date is not None and date.precision == "day" and date.value:
        return dt.date.fromisoformat(date.value)
    return ctx.article.published or dt.date.today()


def _date(ctx: _Context, folded: str) -> EventDate | None:
    """The sentence's date: its first of a day, else its first ("اليوم الجمعة" over "في تشرين
    الأول عام 2019", a month the sentence recalls)."""
    phrases = find_dates(folded, ctx.article.published)
    days = [p for p in phrases if p.date.precision == "day"]
    return (days or phrases)[0].date if phrases else None


def _after(date: EventDate | None, reference: dt.date | None) -> bool:
    return bool(
        date
        and reference
        and date.precision == "day"
        and date.value
        and dt.date.fromisoformat(date.value) > reference
    )


def _place(folded: str, written: str, hit: Hit) -> Place | None:
    """The first gazetteer place of the sentence said where: after في or إلى, with ب written
    on it ("ببغداد"), or named as a city, capital or forum ("العاصمة بغداد", "منتدى دافوس")."""
    for found in find_places(folded, written):
        before = folded[: found.start].split()[-3:]
        if any(w in PLACE_WORDS for w in before) or "ب" in found.clitics:
            return found.place  # "إلى العاصمة البلجيكية بروكسل"
    return None


PLACE_WORDS = frozenset(
    {"في", "الى", "منتدى", "مؤتمر", "العاصمه", "مدينه", "محافظه", "ملتقى", "قمه", "هامش"}
)
"""Folded words before a place name that say the happening was there."""


# --- statements --------------------------------------------------------------------------------


def _statement(ctx: _Context, sentence: Sentence, mentions: Sequence[Mention]) -> Statement | None:
    """A sentence of speech ("وأكد السوداني ...") as its speaker's statement, kept verbatim."""
    speaker = _speaker(sentence.folded, mentions)
    if speaker is None:
        return None
    actor = _actor(ctx, speaker, None, "source")
    return Statement(actor.name or None, sentence.text, ctx.article.doc)


def _speaker(folded: str, mentions: Sequence[Mention]) -> Mention | None:
    """Who a sentence of speech names first after its verb: a person, an office, a body."""
    verb = _speech_pattern().search(folded)
    if verb is None:
        return None
    kinds = {"person", "office", "org"}
    return next((m for m in mentions if m.kind in kinds and m.start >= verb.end()), None)


@lru_cache(maxsize=1)
def _speech_pattern() -> re.Pattern[str]:
    return phrase_pattern(profile().speech)


def _statement_event(ctx: _Context, said: tuple[Sentence, Statement]) -> _Candidate:
    sentence, statement = said
    speaker = _speaker(sentence.folded, find_mentions(sentence.folded, ctx.linker, ctx.user))
    date = _date(ctx, sentence.folded)
    sources = [_actor(ctx, speaker, date, "source")] if speaker is not None else []
    return _Candidate(
        registry().get("statement"), [sentence], sources, [], date, None, False, [statement]
    )


# --- one happening, many mentions ---------------------------------------------------------------


def _merge(found: Iterable[_Candidate]) -> list[_Candidate]:
    merged: list[_Candidate] = []
    for cand in found:
        same = next((m for m in merged if _one_happening(m, cand)), None)
        if same is None:
            if cand.actors:
                merged.append(cand)
            continue
        same.sentences += [s for s in cand.sentences if s not in same.sentences]
        same.date = same.date or cand.date
        same.place = same.place or cand.place
        if cand.definite and not _shared(same, cand):
            continue  # "وجاء التصويت ... بحضور X": X took no part in the vote
        names = {a.name for a in same.actors}
        same.sources += [a for a in cand.sources if a.name not in names]
        same.targets += [a for a in cand.targets if a.name not in names and a not in cand.sources]
    return merged


def _shared(a: _Candidate, b: _Candidate) -> bool:
    return bool({x.name for x in a.actors} & {x.name for x in b.actors})


def _one_happening(a: _Candidate, b: _Candidate) -> bool:
    if a.type.family != b.type.family or a.future != b.future:
        return False
    if a.date and b.date and a.date.value and b.date.value and a.date.value != b.date.value:
        return False
    return b.definite or _shared(a, b)


def _settle(ctx: _Context, cand: _Candidate, main: _Candidate) -> None:
    """Date and place a happening leaves open: the main happening's, the dateline's, the
    publication's; an announced happening becomes its type's announcement."""
    if cand.date is None or not cand.date.value:
        if cand is not main and main.date is not None and main.date.value:
            cand.date = EventDate(
                main.date.value, main.date.precision, "inferred", main.date.phrase
            )
        elif ctx.article.published is not None:
            cand.date = EventDate(ctx.article.published.isoformat(), "day", "publication")
    if cand.type.elsewhere:
        cand.place = main.place if cand is not main else None
    if cand.type.mode == "phone":
        cand.place = None
    elif cand.place is None:
        cand.place = main.place if cand is not main else ctx.dateline_place
    if cand.future and cand.type.future:
        cand.type = registry().get(cand.type.future)
    cand.sources = _kept(cand.sources, cand.actors)
    cand.targets = _kept(cand.targets, cand.actors)


def _kept(side: list[Actor], everyone: list[Actor]) -> list[Actor]:
    """The side without unnamed offices, and without a state or organisation one of whose
    people takes part (Iraq with its Prime Minister there)."""
    orgs = {a.org for a in everyone if a.kind == "person"}
    return [a for a in side if a.name and not (a.kind != "person" and a.name in orgs)]


# --- the event ---------------------------------------------------------------------------------


def _event(ctx: _Context, cand: _Candidate, position: int) -> Event:
    article = ctx.article
    published = article.published.isoformat() if article.published else article.issued
    evidence = tuple(
        Evidence(article.doc, article.doc_id, s.text, s.start, s.end, published)
        for s in sorted(cand.sentences, key=lambda s: s.start)
    )
    actors = cand.type.with_parts(_unique([*cand.sources, *cand.targets]))
    date = cand.date or EventDate(None, None, None)
    return Event(
        id=_event_id(article.doc_id, cand.type.name, evidence[0].start, position),
        type=cand.type.name,
        plover=cand.type.plover,
        mode=cand.type.mode,
        date=date,
        location=cand.place,
        actors=actors,
        topics=topics(cand.sentences if position else sentences(article.text)),
        summary=headline(cand.type, actors, cand.place),
        statements=tuple(cand.statements),
        background=_background(date, article.published),
        sources=evidence,
    )


def _unique(actors: list[Actor]) -> tuple[Actor, ...]:
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.name, actor)
    return tuple(seen.values())


def _background(date: EventDate, reference: dt.date | None) -> bool:
    """Whether the happening began more than :data:`BACKGROUND_DAYS` before the report."""
    if not date.value or reference is None:
        return False
    parts = [int(p) for p in date.value.split("-")] + [1, 1]
    return (reference - dt.date(parts[0], parts[1], parts[2])).days > BACKGROUND_DAYS


def _event_id(doc_id: str, kind: str, start: int, position: int) -> str:
    """Stable across runs, unique within the article (as the English reader's ids)."""
    return hashlib.sha256(f"{doc_id}:{kind}:{start}:{position}".encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def _topics() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (row["en"], phrase_pattern(row["ar"])) for row in read_data("topics.toml")["topic"]
    )


def topics(found: Sequence[Sentence]) -> tuple[str, ...]:
    """The English topics the sentences name, in the order of ``topics.toml``."""
    text = " ".join(s.folded for s in found)
    return tuple(en for en, pattern in _topics() if pattern.search(text))


@lru_cache(maxsize=1)
def known_names() -> tuple[str, ...]:
    """The English names of every person the Arabic tables know (read once)."""
    return tuple(row["name"] for row in read_data("names.toml")["person"])


__all__ = ["ArabicArticle", "ArabicReading", "known_names", "read_arabic"]
