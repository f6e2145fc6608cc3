"""Event mentions of one article: type, participants, date, place, topics, statements.

The cascade, per article:

1. read who speaks (the byline "Name, Office" or a title "Statement by ...") and which offices
   the article gives its people, so that "I", "we" and "the Foreign Secretary" can be named;
2. per sentence, in reading order: find the triggers of the registry
   (:mod:`~storyline.events.triggers`) and keep those that happened or are announced, read
   each one's participants (:mod:`~storyline.events.arguments`, :mod:`~storyline.events.people`)
   and its own date and place (its clause first, then its sentence); a happening another one
   is about ("condemned the attack by ISIL") lends it its source as a target;
3. merge the mentions of one happening: same family, dates and places that can be one, and
   people in common (or none named: "the meeting focused on ...");
4. the article's own happening is the first one its lead reports; a happening with no date of
   its own takes one from its paragraph's next or previous sentence, else the main
   happening's, else the dateline or publication day; one still undated says so;
5. statements (sentences of speech) join the main happening; what the article recalls from
   more than a month and a half before it was written is ``background``; a planned happening
   becomes an announcement, dated when it was announced.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from storyline.actors import (
    ActorIndex,
    AliasTable,
    RoleMention,
    Tenure,
    find_roles,
    organisation,
    part_of,
    person_key,
    role_key,
    same_person,
    state,
)
from storyline.actors.home import home
from storyline.actors.names import fold, near_spelling, split_name
from storyline.events.arguments import (
    APPOINTING_FAMILIES,
    CHARGING_VERBS,
    GATHERING_NOUNS,
    IDENTIFIED_NOUNS,
    NAMING_VERBS,
    TOPIC_VERBS,
    Participant,
    arguments,
    ended_harm,
    measures_voted,
    misplaced_participles,
    participants,
    phrase_owner,
    self_named,
)
from storyline.events.date_patterns import TOLD_YEAR, Tense
from storyline.events.dates import (
    NUMBER_WORDS,
    article_date,
    dateline_day,
    dateline_span,
    find_date_phrases,
    lead_end,
    parse_dateline_date,
    sentence_date,
)
from storyline.events.headline import headline
from storyline.events.lexicon import (
    LEAD,
    SPEECH_FAMILIES,
    STATE_ROLE,
    STATEMENT,
    SYMMETRIC_FAMILIES,
)
from storyline.events.people import (
    Memory,
    actors_of,
    clean_name,
    entity_actor,
    full_key,
    head_forms,
    people_role,
    person_genders,
    role_of,
)
from storyline.events.registry import EventType, Registry, registry
from storyline.events.topics import topics
from storyline.events.triggers import (
    PERSON_NOUNS,
    Hit,
    Tree,
    anniversary_years,
    believed,
    find_hits,
    no_longer,
    punishing_verb,
    subject_of,
)
from storyline.lang.en.lexicon import (
    ACCIDENT_WORDS,
    ACTOR_NOUNS,
    AGAIN_DETERMINERS,
    ALLEGED_NOUNS,
    ANNIVERSARY_NOUNS,
    ANNOUNCING_VERBS,
    APART_OPENERS,
    CLAIM_NOUNS,
    DENYING_VERBS,
    DESCRIBED_NOUNS,
    FORCE_NOUNS,
    HARM_WORDS,
    HEADED_BY,
    IMPLICATIVE_HEADS,
    JUDGING_ADJECTIVES,
    NOUN_CATEGORIES,
    PAGE_VERBS,
    PERPETRATOR_NOUNS,
    PORTFOLIO_OFFICES,
    PROMISE_HEADS,
    PROVISION_NOUNS,
    PUNISHING_WORDS,
    REFERRING_NOUNS,
    REFUSED_TEXTS,
    REFUSING_VERBS,
    SERIAL_MODIFIERS,
    SERIES_NOUNS,
    SOMEONE_NOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    STAND_IN_NOUNS,
    STATE_PORTFOLIO_OFFICES,
    STOPPING_VERBS,
    TEXT_NOUNS,
    UNDESCRIBED,
    UNIT_NUMBER,
)
from storyline.lang.en.places import TOPIC_NOUNS
from storyline.lang.en.titles import (
    ADDRESSED_OFFICE,
    HONORIFICS,
    ORG_HEADS,
    RANKS,
    TITLE_HINTS,
)
from storyline.lang.en.transcripts import blank_notes, is_transcript
from storyline.nlp.sentences import DATELINE
from storyline.places import article_venue, dateline_place, find_place, lookup, place_named
from storyline.places.gazetteer import capital, country, lookup_any
from storyline.places.seats import body_seat
from storyline.records import (
    STATED_BASES,
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
BACKGROUND_DAYS = 45
"""An event dated this long before the report is something the article recalls, not reports."""
LEAD_SENTENCES = 2
"""The lead: the article's first sentences (of its first paragraph), where the simple present
reports a happening as a headline does and where the article's own happening is told."""
SUMMARY_CHARS = 220
BYLINE_WORDS = 12
"""A first paragraph this short that names a person with an office is a byline: the voice of
a statement ("John Carter, Secretary of State")."""
REFERS_BACK = re.compile(
    r"^(?:The|This|That|During|At|In)\s+(?:(?:phone|telephone|video)\s+)?(?:meeting|talks?|"
    r"visit|call|summit|session|conversation|discussion|attacks?|strikes?|airstrikes?|"
    r"air\s+strikes?|trip|ceremony|event|incident|conference|drill|exercise|operation|raids?|"
    r"arrests?|agreement|deal|handover|transfer|signing|vote|bombing|explosion|blast|shelling|"
    r"ambush|assault|offensive|withdrawal|deployment|killing|executions?|announcement|"
    r"decision|negotiations?|exchange)\b"
    r"|^(?:It|He|She|They|The two|Both)\b"
)
"""A sentence that goes on about the happening just told: its date is that happening's."""
TITLE_SPEAKER = re.compile(
    r"\b(?:statement|remarks|message|readout|op-ed|comments?)\s+(?:by|from)\s+(?P<who>.+?)"
    r"(?:\s+(?:on|at|about|regarding|following|after|for|in)\s+|$)",
    re.IGNORECASE,
)
SPEAKER_END = re.compile(r"[:：]\s*$|[:：]\s*[\"“]")
"""A sentence that hands over to what someone said: "The Foreign Secretary said:"."""
SAYING_VERBS = frozenset(
    {"say", "add", "state", "tell", "write", "comment", "remark", "declare", "release", "issue"}
)


@dataclass(frozen=True)
class ArticleInput:
    """What the extractor needs of a stored article besides its parse."""

    doc: str
    doc_id: str
    text: str
    published: dt.date | None
    title: str | None = None
    author: str | None = None
    issued: str | None = None
    """The publication date at the precision the page gives it ("2016-07" from its address),
    kept on the evidence so that merging knows when an undated report was written."""
    url: str | None = None
    """The document's address: whose site it is tells whose "the Prime Minister" it means."""


@dataclass
class _Candidate:
    type: EventType
    sentences: list[int]
    actors: list[Actor]
    date: EventDate | None
    place: Place | None
    remote: bool
    start: int
    announced: bool = False
    decided: bool = False
    """Announced as decided, not yet done (see :attr:`storyline.records.Event.decided`)."""
    before: bool = False
    """Told as one of before or as repeated, with no day of its own ("had previously been
    arrested", "has repeatedly attacked"): never one happening with a dated one."""
    promised: str | None = None
    """The type of what a promise or a threat is of (:attr:`storyline.records.Event.promised`)."""
    reported_day: bool = False
    """Its date is the day a report of it was made ("said on Friday that X had agreed")."""
    said_day: bool = False
    """Its date is the day a report in the simple past was made ("X attacked Y, the ministry
    said on Tuesday"): a sentence after that says when the happening took place dates it."""
    statements: list[Statement] = field(default_factory=list)
    token: Token | None = None
    definite: bool = False
    """A noun that refers back to a happening already told ("the talks focused on ...")."""
    about: bool = False
    """The happening is about another one the sentence states ("condemned the attack")."""
    plover: str | None = None
    """The PLOVER type its content gives it, where its own type codes none (a vote on a
    resolution "which condemned the attacks" is an accusation)."""
    earlier: bool = False
    """Told in the past perfect, with no date of its own: it came before the day the article
    reports, so neither that day nor the publication day is its date."""
    about_of: list[_Candidate] = field(default_factory=list)
    """The happenings of its sentence a speech act is about ("condemned the attack")."""
    into: _Candidate | None = None
    """The candidate this one was merged into, as one happening of the article."""
    unnamed_doer: bool = False
    """Its doer is someone the sentence does not name ("a man ... began to stab people")."""
    apart: bool = False
    """Its sentence opens by setting it apart from what was told before ("Earlier, ...",
    "Separately, ..."): another happening than any of another sentence."""
    aside: bool = False
    """Told in a relative clause that describes someone or something of its sentence ("in
    Lima, a city she first visited in 2010"): its date is not its sentence's happening's."""
    accident: bool = False
    """Its own words tell an accident ("a gas explosion", "the boiler blast")."""
    visited: set[int] = field(default_factory=set)
    """The sentences that tell it as a visit (a title's "visits Lima", "arrived in Lima"), not
    those of meetings merged into it ("During his talks")."""


@dataclass(frozen=True)
class _Context:
    article: ArticleInput
    parsed: ParsedArticle
    registry: Registry
    dateline: dt.date | None
    place: Place | None
    tenure: Tenure
    aliases: AliasTable | None
    own: Mapping[str, tuple[str, str | None, str]]
    paragraphs: tuple[int, ...]
    """The paragraph of each sentence."""
    known: frozenset[str]
    """The people the article names (their keys)."""
    roles: dict[tuple[int, tuple[int, ...]], dict[str, RoleMention]] = field(default_factory=dict)
    """The roles of each sentence read so far (with the entities they were read from)."""
    places: dict[tuple[int, int], Place | None] = field(default_factory=dict)
    """The place each stretch of text read so far names (clauses and sentences)."""
    trees: dict[int, Tree] = field(default_factory=dict)
    """The dependency tree of each sentence read so far."""
    identified: dict[str, tuple[str, str]] = field(default_factory=dict)
    """What the text called a person before it named him ("The attacker, identified as X":
    attacker) or says he is in an apposition ("X, a lawyer for the families,"), by person
    key, with the name it was said of, for where the article gives him no office."""
    told: dict[str, tuple[EventType, int]] = field(default_factory=dict)
    """The nouns of the encounters told so far, by lemma, with their types and the paragraph
    that told them (what "the dialogue" names again after "a strategic dialogue")."""
    dateline_at: tuple[int, int] | None = None
    """Where the article's opening dateline, with its date, stands (``dates.dateline_span``):
    the report's day, not the day of the lead's happening."""

    @property
    def reference(self) -> dt.date | None:
        return self.dateline or self.article.published

    @functools.cached_property
    def paragraph_number(self) -> tuple[int, ...]:
        """The paragraph of each sentence counted 0, 1, 2, … (blank lines between them, as
        some texts keep, count for nothing)."""
        rank = {p: n for n, p in enumerate(sorted(set(self.paragraphs)))}
        return tuple(rank[p] for p in self.paragraphs)

    @functools.cached_property
    def bodies_named(self) -> frozenset[str]:
        """The states and organisations the article names anywhere, by canonical name."""
        found = (
            entity_actor(e.text, e.label, set(), self.aliases)
            for e in self.parsed.entities
            if e.label in ("GPE", "ORG", "NORP")
        )
        return frozenset(a.name for a in found if a is not None and a.kind != "person")

    @functools.cached_property
    def sentence_index(self) -> dict[int, int]:
        """Each sentence's index by where it starts."""
        return {s.start: n for n, s in enumerate(self.parsed.sentences)}

    def tree(self, index: int) -> Tree:
        """Sentence ``index``'s dependency tree, as repaired (built once per sentence)."""
        found = self.trees.get(index)
        if found is None:
            found = self.trees[index] = Tree(self.parsed.sentence_tokens(index))
        return found


@dataclass(frozen=True)
class Reading:
    """What the reader made of an article: its events, and, when there are none, why."""

    events: tuple[Event, ...]
    reason: str | None = None


NO_TRIGGER = "no sentence states a happening of a type the event registry knows"
NO_PARTICIPANT = "happenings are told, but no one who took part in them is named"


def extract_events(
    article: ArticleInput,
    parsed: ParsedArticle,
    tenure: Tenure,
    aliases: AliasTable | None = None,
    types: Registry | None = None,
) -> list[Event]:
    """Every event the article reports or recalls, each with its evidence sentences.

    ``tenure`` names the holders of offices mentioned without a name; ``aliases`` is a user's
    table of extra names for people, organisations and states (``--actors``); ``types`` the
    event registry (the bundled one by default).
    """
    return list(read_article(article, parsed, tenure, aliases, types).events)


def read_article(
    article: ArticleInput,
    parsed: ParsedArticle,
    tenure: Tenure,
    aliases: AliasTable | None = None,
    types: Registry | None = None,
) -> Reading:
    """:func:`extract_events`, with the reason an article yields no event."""
    parsed = _known_surnames(
        _missed_holders(_titled_names(_apposed_people(_whole_org_names(parsed, aliases)))), tenure
    )
    parsed = _towns_read_as_people(_after_dateline(_visit_kinds(parsed)))
    offices = _named_offices(parsed, with_org=False)
    known = _known_people(parsed)
    named = known | {person_key(person) for person, _, _ in offices}
    title = article.title or ""
    titled = [
        (found.person, found.role, found.org)
        for found in find_roles(title, _named_in(title, parsed))
        if found.person and found.role and person_key(found.person) in named
    ]  # the title may give an office in full that the text shortens
    if not _named_in(title, parsed):
        titled += _titled_holders(title, offices)  # a title that names no one
    ctx = _Context(
        article,
        parsed,
        types or registry(),
        dateline_day(article.text, article.published)
        or dateline_day(_below_title(article), article.published),
        dateline_place(article.text) or dateline_place(_below_title(article)),
        tenure,
        aliases,
        _own_offices([*offices, *titled]),
        _paragraphs(parsed),
        known,
        dateline_at=_dateline_at(article),
    )
    memory = _memory(ctx, offices)
    candidates: list[_Candidate] = []
    statements: list[tuple[int, Statement, Actor | None]] = []
    for index in range(len(parsed.sentences)):
        found, said = _sentence(ctx, index, memory)
        candidates += found
        if said is not None:
            statements.append((index, *said))
    _short_body_forms(candidates, _full_people(parsed).values())  # "Kestrel" of "Kestrel Air"
    merged = _merge(candidates)
    main = _main(ctx, merged)
    said_first = [s for s in statements if _in_lead(ctx, s[0])]
    if (main is None and statements) or _said_first(said_first, main, ctx):
        # a release of what someone said, whatever else it goes on to tell: the saying is
        # the article's own happening
        main = _statement_event(ctx, said_first or statements)
        merged = [main, *merged]
        if (act := _what_was_said(main, merged, home(ctx.article.url))) is not None:
            act.sentences = sorted({*act.sentences, *main.sentences})
            act.start = min(act.start, main.start)
            for speaker in main.actors:
                if speaker.side == "source":
                    _add_actor(act, speaker)  # the minister who said what his government pledges
            merged = [m for m in merged if m is not main]
            main = act
    _attach(ctx, main, statements)
    if (titled_meeting := _titled_people(ctx, main, memory)) is not None:
        merged = [titled_meeting, *merged]
        main = titled_meeting
    _speakers_for_their_side(merged, statements)
    merged = _fold_speech(merged)
    _date_from_context(ctx, merged, main)
    _perpetrator(ctx, merged)
    _claimed_after(ctx, merged)
    _doers_told_elsewhere(merged)
    _condemned_told_before(ctx, merged)
    _attacked_country(ctx, merged)
    _nationals_in_the_street(ctx, merged)
    _full_names(merged, ctx.aliases, _full_people(ctx.parsed), ctx.own)
    kept = [c for c in merged if _kept_event(c, main)] or _lead(ctx, memory)
    if kept and all(c.type.name in (LEAD, STATEMENT) for c in kept):
        _title_happening(ctx, kept[0] if main is None else main, memory)
        _full_names(kept, ctx.aliases, _full_people(ctx.parsed), ctx.own)
    # a question may name the people of the meeting a title names; it is no lead of its own
    kept = [
        c
        for c in kept
        if not (c.type.name == LEAD and _asks(ctx.parsed.sentences[c.sentences[0]].text))
    ]
    split = [copy for c in kept for copy in _each_counterpart(c, *_aside_talks(ctx, c)) or [c]]
    if main is not None and main in kept and main not in split:
        # the article's own encounter, split: its first counterpart's is the article's
        main = next((c for c in split if c.token is main.token and c.start == main.start), main)
    kept = split
    _place_of_target(kept)
    _seat_of_parliament(ctx, kept)
    if ctx.place is None:
        _place_of_visit(kept, main)  # (under a dateline, what has no place is placed there)
    _place_from_main(ctx, kept, main)
    _host_states(ctx, kept)
    _predecessors_after(ctx, kept)
    ordered = sorted(kept, key=lambda c: (c is not main, c.start))
    events = [_event(ctx, c, position) for position, c in enumerate(ordered)]
    # a meeting or a condemnation no one is named in says nothing of who did it; an attack
    # no one is named in still happened where and when it is told
    events = [
        e for e in events if _someone_named(e) or not _needs_participants(ctx.registry, e.type)
    ]
    if events:
        return Reading(tuple(events))
    return Reading((), NO_PARTICIPANT if candidates or statements else NO_TRIGGER)


SAID_BY_SOMEONE = frozenset(
    {"encounter", "invite", "support", "concede", "request", "accuse", "reject", "threaten",
     "statement", "announce"}
)  # fmt: skip
"""Families of happenings that are nothing without someone named in them: meetings and
calls, and what is said (a condemnation, a request, a refusal no one is named making); an
agreement or a signing no one is named in still happened where and when it is told."""


def _someone_named(event: Event) -> bool:
    """Whether anyone takes part in an event other than a noun standing in for a body left
    unresolved ("the organization", "all parties")."""
    return any(
        not (a.name.islower() and a.name.split()[-1] in STAND_IN_NOUNS) for a in event.actors
    )


def _needs_participants(types: Registry, name: str) -> bool:
    """Whether an event of type ``name`` is nothing without someone named in it: the lead
    (a sentence kept for lack of a known happening), encounters and speech acts."""
    if name == LEAD:
        return True
    try:
        return types.get(name).family in SAID_BY_SOMEONE
    except KeyError:
        return False


# --- the article's voice and offices -----------------------------------------------------------


def _paragraphs(parsed: ParsedArticle) -> tuple[int, ...]:
    breaks = [m.start() for m in re.finditer(r"\n", parsed.text)]
    return tuple(bisect.bisect_left(breaks, sentence.start) for sentence in parsed.sentences)


def _memory(ctx: _Context, offices: Iterable[tuple[str, str, str | None]]) -> Memory:
    """What is known before the first sentence: the article's people, offices and voice."""
    memory = Memory()
    for entity in ctx.parsed.entities:
        if entity.label == "PERSON" and (key := person_key(entity.text)):
            memory.people.add(key)
        elif entity.label == "ORG":
            org = organisation(entity.text, extra=ctx.aliases)
            if org and org not in memory.orgs:
                memory.orgs.append(org)
    holders: dict[str, dict[str, Actor]] = {}
    for person, role, org in offices:
        memory.people.add(person_key(person))
        holders.setdefault(role_key(role), {}).setdefault(
            person_key(person), Actor(person, "person", role, org)
        )
    for office, people in holders.items():
        if _one_holder(ctx, people):
            memory.offices.setdefault(office, next(iter(people.values())))
    for found in find_roles(ctx.article.title or "", []):
        # "Readout of President Carter's Call with Prime Minister Ramos of Peru": the
        # title names who "the President" of the text is
        if found.person and person_key(found.person):
            memory.people.add(person_key(found.person))
            actor = found.holder()
            memory.offices.setdefault(role_key(found.role), actor)
    _addressed_offices(ctx, memory)
    _held_surnames(ctx, memory)
    memory.speaker = _byline(ctx) or _title_speaker(ctx)
    memory.voices = _host_first(ctx, _voices(ctx)) if is_transcript(ctx.parsed.text) else []
    memory.genders = person_genders(ctx.parsed)
    return memory


def _held_surnames(ctx: _Context, memory: Memory) -> None:
    """A lone surname the model tagged as nothing, of someone the office table knows
    ("Blinken met Hussein in Baghdad"): a person, as one the article named before is."""
    for token in ctx.parsed.tokens:
        if (
            token.pos == "PROPN"
            and not token.ent
            and token.text[:1].isupper()
            and token.text[1:].islower()
            and (key := person_key(token.text)) not in memory.people
            and key
            and ctx.tenure.offices_of(token.text)
        ):
            memory.people.add(key)


ADDRESSED = re.compile(ADDRESSED_OFFICE)


def _addressed_offices(ctx: _Context, memory: Memory) -> None:
    """Offices the article gives only as a form of address ("Secretary Blinken", "Deputy
    Secretary Roe" in a readout or its title): "the Secretary" of the text is that person,
    whose full office the tenure table or another sentence may know."""
    full = _full_people(ctx.parsed)
    named: dict[str, dict[str, str]] = {}
    for text, titled in ((ctx.article.title or "", True), (ctx.parsed.text, False)):
        for match in ADDRESSED.finditer(text):
            key = person_key(match["name"])
            if not key or not (titled or key in memory.people or key in full):
                continue  # a name the text gives no person ("Secretary Building")
            named.setdefault(role_key(match["office"]), {}).setdefault(
                key, full.get(key, match["name"])
            )
    for office, people in named.items():
        if office not in memory.offices and _one_holder(ctx, people):
            memory.offices[office] = Actor(next(iter(people.values())), "person")


def _one_holder(ctx: _Context, people: Mapping[str, object]) -> bool:
    """Whether "the President" of an article is, before the reading names anyone, the first
    person it names with that office: when it names only one, or when the site it is from
    belongs to no state or body whose holder the tenure table could name instead ("President
    Ramos ... President Vidal" on a government's site: neither, by name alone)."""
    return len(people) == 1 or home(ctx.article.url) is None


TRANSCRIPT_LABEL = re.compile(r"(?P<who>[^\W\d_][\w.'’\- ]{0,60}?)\s*(?:\([^)]{0,40}\))?:(?:\s|$)")
"""A transcript's speaker label: "SECRETARY CARTER:", "FOREIGN MINISTER SOTO: (Via
interpreter)", "QUESTION:"."""
NAMELESS_VOICES = frozenset(
    {"question", "q", "moderator", "participant", "reporter", "operator", "audience member"}
)
"""Labels of a transcript's voices that are no one the article names: who says "I" after
them is not the voice before."""


def _transcript_voice(ctx: _Context, label: str, memory: Memory) -> None:
    """The voice of a transcript paragraph: the person its label names by office and surname
    ("FOREIGN MINISTER LAPID" is Lapid, the Foreign Minister; "SECRETARY BLINKEN" the
    Antony J. Blinken the article names), no one after "QUESTION" or a label of several words
    that names no one the article does; a place ("KUWAIT CITY:", a dateline) or one word that
    names no one ("UPDATE:") leaves the voice as it was."""
    changed, speaker = _label_voice(ctx, label)
    if changed:
        memory.speaker = speaker


_TITLE_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+")
"""A run of capitalised words in a title ("Secretary Antony J. Blinken"), a name among them."""


def _label_voice(ctx: _Context, label: str) -> tuple[bool, Actor | None]:
    """Whether a transcript label changes the voice, and whose voice it then is."""
    words = " ".join(_label_case(w) for w in label.split())
    if words.lower() in NAMELESS_VOICES:
        return True, None
    speaker = _named_speaker(words)
    surname = fold(words.split()[-1]).lower()
    if speaker is None or " " not in speaker.name:
        # the person of that surname the title or the text names in full ("Secretary Antony
        # J. Blinken at a Press Availability" for "SECRETARY BLINKEN:"), the longest name
        titled = [
            split_name(" ".join(m.group().split()[-3:])).display
            for m in _TITLE_NAME.finditer(ctx.article.title or "")
        ]  # a name ends a run of capitals ("... Meets Jordanian Foreign Minister Ana Soto")
        named = [e.text for e in ctx.parsed.entities if e.label == "PERSON"]
        names = [
            _label_case(n) if n.isupper() else n
            for n in (*titled, *named)
            if fold(n.split()[-1]).lower() == surname
        ]
        full = max(names, key=len) if names else None
        if full is not None and speaker is None:
            speaker = Actor(full, "person")
        elif full is not None and speaker and all(same_person(n, full) for n in names):
            # ("SECRETARY CARTER:" is the John M. Carter the title names, the Secretary;
            # not when the article names two of the family)
            speaker = replace(speaker, name=full)
    return speaker is not None or (len(words.split()) > 1 and lookup(words) is None), speaker


def _voices(ctx: _Context) -> list[Actor]:
    """The people whose labels open a transcript's paragraphs ("SECRETARY BLINKEN:",
    "FOREIGN MINISTER LAPID:"), each once: the hosts of a joint press conference."""
    found: list[Actor] = []
    for line in ctx.parsed.text.split("\n"):
        label = TRANSCRIPT_LABEL.match(line.strip())
        if label is None or not label["who"].isupper():
            continue
        if not any(OFFICE_WORD.match(w) for w in label["who"].split()):
            continue  # "MR. TAPPER:", an interviewer: no host
        speaker = _label_voice(ctx, label["who"])[1]
        if speaker is None:
            continue
        if all(person_key(speaker.name) != person_key(a.name) for a in found):
            found.append(speaker)
    return found


def _host_first(ctx: _Context, voices: list[Actor]) -> list[Actor]:
    """A transcript's voices with its host first: the one who welcomes the other, else the one
    the other thanks for hosting ("Thank you for hosting me"), else the one who opens it."""
    said: dict[str, list[str]] = {}
    current: str | None = None
    for line in ctx.parsed.text.split("\n"):
        label = TRANSCRIPT_LABEL.match(line.strip())
        if label is not None and label["who"].isupper():
            speaker = _label_voice(ctx, label["who"])[1]
            current = person_key(speaker.name) if speaker is not None else None
            line = line.strip()[label.end() :]
        if current is not None:
            said.setdefault(current, []).append(line)
    keys = [person_key(v.name) for v in voices]

    def marked(key: str, pattern: re.Pattern[str]) -> bool:
        return pattern.search(" ".join(said.get(key, []))) is not None

    guests = [k for k in keys if marked(k, _GUEST_WORDS)]
    hosts = [k for k in keys if marked(k, _HOST_WORDS) and k not in guests]
    host = hosts[0] if hosts else None
    if host is None and len(keys) == 2 and len(guests) == 1:
        host = next(k for k in keys if k != guests[0])
    if host is None:
        return voices
    return sorted(voices, key=lambda v: person_key(v.name) != host)


_GUEST_WORDS = re.compile(
    r"\b(?:hosting (?:me|us)|your (?:kind |warm |generous )?hospitality|having (?:me|us)"
    r"|inviting (?:me|us)|(?:warm|kind|generous) welcome)\b",
    re.IGNORECASE,
)
"""What a guest says to the host: thanks for being hosted."""
_HOST_WORDS = re.compile(
    r"(?:^|[.!?]\s+)(?:[Ww]elcome|WELCOME)\b(?!\s+(?:the|this|that|these|any|all)\b)"
    r"|\b(?:I|[Ww]e)\s+(?:(?:would|'d)\s+like\s+to\s+|want\s+to\s+|(?:am|are)\s+(?:pleased|glad|"
    r"happy|delighted|honou?red)\s+to\s+)?welcome\s+(?:you|my|our|His|Her|Mr|Madam|Secretary|"
    r"Minister|President|[A-Z][a-z]+\s+[A-Z])"
    r"|\bpleasure\s+to\s+welcome\b"
)
"""What a host says to the guest: a greeting of welcome ("Welcome, Minister", "Let me
welcome my good friend"); not "we welcome the progress" nor "you are welcome"."""


OFFICE_WORD = re.compile(TITLE_HINTS, re.IGNORECASE)
"""A word of an office in a transcript's label ("SECRETARY", "MINISTER"): the voice of a host,
not of an interviewer ("MR. TAPPER")."""


def _fellow_voices(
    parts: Sequence[Participant],
    actors: Sequence[Actor],
    memory: Memory,
    pair: bool = False,
    today: bool = True,
) -> list[Actor]:
    """ "This morning we met", "we signed a memorandum", said at a joint press conference by
    one of its hosts, naming no one else: the hosts did it together, and all of them take
    part; "we met the King" too when the host says it (see ``_hosting``), not when the guest
    does (his delegation, the host perhaps not there). ``pair``:
    "the two of us" said by one of a conference's two hosts is both of them, whatever they
    did and whomever else they met ("the two of us travel to Cusco for the summit")."""
    speaker = memory.speaker
    if speaker is None or len(memory.voices) < 2 or (pair and len(memory.voices) != 2):
        return []
    we = next((p for p in parts if p.reference == "first" and p.text.lower() in PLURAL_FIRST), None)
    if not pair and any(a.kind != "person" for a in actors):
        return []  # "in talks with the Andean ministers, we agreed": whom one host's side met
    if not pair and any(p is not we for p in parts) and not (today and _hosting(speaker, memory)):
        # "we met the King", said by the guest: his delegation, maybe without the host; by
        # the host of a day before the visit ("last year we met"): the host's side
        return []
    hosts = {person_key(v.name) for v in memory.voices}
    if (we is None and not pair) or person_key(speaker.name) not in hosts:
        return []
    side = we.side if we is not None else "source"
    present = {person_key(a.name) for a in actors if a.kind == "person"}
    return [replace(v, side=side) for v in memory.voices if person_key(v.name) not in present]


def _hosting(speaker: Actor, memory: Memory) -> bool:
    """Whether ``speaker`` is the host of a joint press conference (the first of its voices,
    see :func:`_host_first`). "We met the King this morning", said by the host, is the host
    taking the guest to the King: what a host does with their own people alone is not what
    a joint press conference reports."""
    return bool(memory.voices) and person_key(memory.voices[0].name) == person_key(speaker.name)


def _said_of_today(ctx: _Context, words: str) -> bool:
    """Whether a time a speaker names is the day the press conference is given: "today",
    "this morning", or the name of that day ("on Monday", said on a Monday)."""
    if _TODAY.fullmatch(words):
        return True
    day = words.strip().removeprefix("on ").strip().lower()
    return ctx.reference is not None and day == ctx.reference.strftime("%A").lower()


_TODAY = re.compile(
    r"(?:earlier |later )?(?:today|this (?:morning|afternoon|evening)|tonight)", re.IGNORECASE
)
"""The day a press conference is given, as its speakers say it."""


def _two_of_us(trigger: Token, tree: Tree) -> bool:
    """Whether the happening's subject is "the two of us" or "both of us" doing it (not done
    to them: "both of us were targeted")."""
    for subject in tree.children(trigger):
        if subject.dep != "nsubj" or subject.lemma.lower() not in ("two", "both"):
            continue
        for prep in tree.children(subject):
            if (
                prep.dep == "prep"
                and prep.lemma.lower() == "of"
                and any(
                    k.dep == "pobj" and k.lemma.lower() in PLURAL_FIRST for k in tree.children(prep)
                )
            ):
                return True
    return False


PLURAL_FIRST = frozenset({"we", "us"})


def _joint_appearance(ctx: _Context, memory: Memory, index: int) -> bool:
    """Whether "the two of us" in sentence ``index`` are a transcript's two voices: its title
    names both at a joint appearance ("Secretary X and Foreign Minister Y at a Joint Press
    Availability"; not a hearing's chairman nor an interviewer), and no pair the speaker is
    one of, with someone else, was named just before ("my wife and I ... the two of us")."""
    title = ctx.article.title or ""
    if len(memory.voices) != 2 or not _JOINT_TITLE.search(title):
        return False
    folded = fold(title).lower()
    if not all(fold(v.name.split()[-1]).lower() in folded for v in memory.voices):
        return False
    # ("Secretary Carter and I have known each other": that pair is the two voices)
    others = [fold(v.name.split()[-1]).lower() for v in memory.voices]
    before = ctx.parsed.sentences[max(0, index - 2) : index + 1]
    return not any(
        _PAIR_WITH_ME.search(s.text) and not any(o in fold(s.text).lower() for o in others)
        for s in before
    )


_JOINT_TITLE = re.compile(r"\bjoint\b|\bpress (?:availability|conference)\b", re.IGNORECASE)
_PAIR_WITH_ME = re.compile(r"\b(?:and I|and me|I and)\b")


def _label_case(word: str) -> str:
    """A word of an upper-case label as a name is written ("AL-SABAH": "Al-Sabah")."""
    if len(word) <= 3 and "." in word:
        return word  # "U.S."
    return "-".join(part.capitalize() for part in word.split("-"))


def _byline(ctx: _Context) -> Actor | None:
    """The person a statement opens with as its byline ("Ned Price, Department Spokesperson")."""
    line = ctx.parsed.text.split("\n", 1)[0]
    first = line.strip()
    if not first or len(first.split()) > BYLINE_WORDS or first.endswith((".", "?", "!")):
        return None
    shift = len(line) - len(line.lstrip())
    people = []
    for entity in ctx.parsed.entities:
        if not (shift <= entity.start and entity.end <= shift + len(first)):
            continue
        honoured = _HONOURED.fullmatch(entity.text)
        if honoured is not None:
            # "Senator the Hon Ana Ruiz MP", which the model takes for a body: the name in it
            start = entity.start + honoured.start("name")
            entity = Mention(start, start + len(honoured["name"]), honoured["name"], "PERSON")
        if entity.label == "PERSON":
            # ("Minister for Foreign Affairs Ana Ruiz": where her name begins, the model tells)
            people.append(replace(entity, start=entity.start - shift, end=entity.end - shift))
    return _named_speaker(first, people)


_HONOURED = re.compile(
    r"(?:the\s+)?(?:Rt\.?\s+|Right\s+)?Hon(?:ourable|orable|\.)?\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*?)(?:\s+(?:MP|QC|KC|MLA))?",
    re.IGNORECASE,
)
"""A parliamentarian's name with its honorific ("the Hon Ana Ruiz", "the Rt Hon Ana Ruiz MP")."""


def _title_speaker(ctx: _Context) -> Actor | None:
    title = ctx.article.title or ""
    match = TITLE_SPEAKER.search(title)
    return _named_speaker(match["who"]) if match else None


def _named_speaker(text: str, people: Sequence[Mention] = ()) -> Actor | None:
    for found in find_roles(text, people):
        if found.person:
            return found.holder()
    return None


def _named_offices(
    parsed: ParsedArticle, *, with_org: bool = True
) -> list[tuple[str, str, str | None]]:
    """(person, role, organisation) for every office holder the article names with office
    (``with_org``: only those whose organisation it names too)."""
    seen: list[tuple[str, str, str | None]] = []
    known = _known_people(parsed)
    for index, sentence in enumerate(parsed.sentences):
        entities = _relative(parsed.sentence_entities(index), sentence)
        people = _person_mentions(entities, known, sentence.text)
        for found in find_roles(sentence.text, people) if people else []:
            if found.person and found.role and (found.org or not with_org):
                seen.append((found.person, found.role, found.org))
    return seen


def _titled_holders(
    title: str, offices: Sequence[tuple[str, str, str | None]]
) -> list[tuple[str, str, str | None]]:
    """An office the title gives in full without a name, held by the one person the text
    gives the shorter form of it ("Minister for the Andes welcomes ..." over "Minister
    Jane Roe said")."""
    found: list[tuple[str, str, str | None]] = []
    words = title.split()
    if sum(w[:1].isupper() for w in words) * 2 > len(words):
        return found  # in a headline in title case the office may run into the words after it
    for role in find_roles(title, [], complete=True):
        if role.person or not role.role:
            continue
        holders = {person_key(p): p for p, r, _ in offices if _fuller(role.role, r)}
        if len(holders) == 1:
            found.append((next(iter(holders.values())), role.role, role.org))
    return found


def _named_in(title: str, parsed: ParsedArticle) -> list[Mention]:
    """The people of the text named in its title, as mentions of the title (a headline in
    title case runs a name into the words after it: "Dana Levin Meets Secretary Roe")."""
    names = {e.text for e in parsed.entities if e.label == "PERSON"}
    found: list[Mention] = []
    for name in sorted(names, key=len, reverse=True):
        at = title.find(name)
        if at >= 0 and not any(m.start <= at < m.end for m in found):
            found.append(Mention(at, at + len(name), name, "PERSON"))
    return sorted(found, key=lambda m: m.start)


def _own_offices(
    offices: Iterable[tuple[str, str, str | None]],
) -> dict[str, tuple[str, str | None, str]]:
    """The office the article itself gives each person: its first mention of one, or a
    fuller form of it given elsewhere ("Minister for the Middle East" over "Minister"). It
    wins over the tenure table, so a report that says "Assistant" keeps its word."""
    own: dict[str, tuple[str, str | None, str]] = {}
    for person, role, org in offices:
        key = person_key(person)
        known = own.get(key)
        if known is None:
            own[key] = (role, org, person)
        elif _fuller(role, known[0]):
            own[key] = (role, org or known[1], known[2])
        elif known[1] is None and org is not None and _fuller(known[0], role):
            own[key] = (known[0], org, known[2])
    return own


def stated_office(
    own: Mapping[str, tuple[str, str | None, str]], name: str
) -> tuple[str, str | None] | None:
    """The office (role, organisation) the article gives the person ``name``, not one of
    another of the family ("President Joe Biden" gives "Hunter Biden" no office)."""
    found = own.get(person_key(name))
    if found is None or not same_person(found[2], name):
        return None
    return found[0], found[1]


def _fuller(role: str, than: str) -> bool:
    """Whether ``role`` says all ``than`` says and more ("Minister for the Middle East")."""
    return role != than and role.lower().startswith(than.lower())


def offices_seen(article: ArticleInput, parsed: ParsedArticle) -> list[tuple[str, str, str, str]]:
    """(person, role, organisation, ISO day) for every named office holder the article shows,
    dated by the article ("Secretary General Mark Rutte" in a report of 2025-02-05).

    Cheaper than :func:`extract_events`: it is how a run learns who held which office before
    it resolves offices mentioned without a name.
    """
    day = parse_dateline_date(article.text) or article.published
    if day is None:
        return []
    return [
        (person, role, org, day.isoformat())
        for person, role, org in _named_offices(_missed_holders(_titled_names(parsed)))
        if org is not None
    ]


def _relative(
    entities: Iterable[Mention], sentence: Mention, labels: set[str] | None = None
) -> list[Mention]:
    return [
        Mention(e.start - sentence.start, e.end - sentence.start, e.text, e.label)
        for e in entities
        if labels is None or e.label in labels
    ]


# --- one sentence ------------------------------------------------------------------------------


def _sentence(
    ctx: _Context, index: int, memory: Memory
) -> tuple[list[_Candidate], tuple[Statement, Actor | None] | None]:
    parsed = ctx.parsed
    sentence = parsed.sentences[index]
    if _quiet(ctx, index) or _another_story_s_headline(ctx, index):
        if _someone_new(ctx, index):
            memory.last_person = None  # "a police sergeant searched the room ... He was fired"
        _remember_states(ctx, memory, index)
        return [], None
    tree = ctx.tree(index)
    tokens = tuple(tree.values())  # as the tree repaired them
    entities = parsed.sentence_entities(index)
    if memory.group and ctx.paragraph_number[index] - memory.group_paragraph > 1:
        memory.group = []  # "they" three paragraphs on are not that call's people
    if memory.states and ctx.paragraph_number[index] - memory.states_paragraph > 1:
        memory.states = []  # nor "the two countries" the states named then
    if ctx.paragraphs[index] <= ctx.paragraphs[0] + 1 and _opens_paragraph(ctx, index):
        # The dateline and the credit ("(UrduPoint / WAM) BAGHDAD –") name no participant.
        credit = sentence.start + lead_end(sentence.text)
        entities = tuple(e for e in entities if e.start >= credit)
    label = TRANSCRIPT_LABEL.match(sentence.text) if _opens_paragraph(ctx, index) else None
    if label is not None and label["who"].isupper():
        # "FOREIGN MINISTER SOTO: Thank you." the voice of a transcript's paragraph
        _transcript_voice(ctx, label["who"], memory)
        entities = tuple(e for e in entities if e.start >= sentence.start + label.end())
    roles = _sentence_roles(ctx, sentence, entities)
    lead = index < LEAD_SENTENCES and ctx.paragraphs[index] == ctx.paragraphs[0]
    told = {
        lemma: event_type
        for lemma, (event_type, paragraph) in ctx.told.items()
        if 0 <= ctx.paragraph_number[index] - paragraph <= 1
    }  # a meeting named again in its own paragraph or the next, not three topics on
    every = find_hits(tokens, tree, ctx.registry, lead=lead, told=told)
    # a question asks whether something happened ("Did you discuss Aleppo?"), it tells nothing
    hits = [] if _asks(sentence.text) else _kept(every, tree)
    found: dict[int, _Candidate] = {}
    quoted = _quoted_voice(ctx, sentence, tokens, tree, roles, memory) if hits else []
    for hit in hits:
        if (
            hit.type.family in APPOINTING_FAMILIES
            and hit.token.pos == "VERB"
            and _of_the_dead(hit.token, tree)
        ):
            continue  # "named the commander killed in the strike as X": who died, not an office
        parts = [
            p for p in participants(hit, tree, entities, parsed.text) if not _its_own_noun(hit, p)
        ]
        if (
            hit.type.family in APPOINTING_FAMILIES
            and hit.token.lemma.lower() == "name"
            and not any(p.side == "target" and p.label == "PERSON" for p in parts)
        ):
            continue  # "named the Israeli president in its complaint": named, not made one
        if not parts and _modifier_only(hit):
            continue  # "in charge of border inspections", "an aid agency": a kind of thing
        encounter = hit.type.family == "encounter"
        if not parts and encounter and len(hits) == 1 and _refers_back(hit, tree, parts):
            # "On the NATO side of the call were X and Y", "During the call, X said": the
            # people of a sentence about a happening told before take part in it
            parts = _named_people(hit, entities)
        elif encounter and hit.again and hit.carrier is not None and len(hits) == 1:
            # "The talks were opened by X, ..., and Y": whoever the carrier's own clause
            # names takes part in the encounter told before, however the parser hung the
            # list (not who a relative clause recalls: "who recalled that Z had founded it")
            clause = tree.subtree(hit.carrier, stop=OTHER_CLAUSES)
            inside = [e for e in entities if any(e.start <= t.start < e.end for t in clause)]
            named = {(p.start, p.end) for p in parts}
            parts += [p for p in _named_people(hit, inside) if (p.start, p.end) not in named]
        entered = _entered(hit, tree, entities)
        parts = [p for p in parts if not any(e.start <= p.start < e.end for e in entered)]
        voice = memory
        said_by = next((who for (lo, hi), who in quoted if lo <= hit.token.start < hi), None)
        if said_by is not None:
            # '"... we strongly urge X to reconsider," he said': "we" is who said it
            voice = replace(memory, speaker=said_by)
        actors = actors_of(parts, roles, voice, ctx.aliases, lambda t: _holder(ctx, t))
        if said_by is not None and _speaks_for(hit, actors, said_by, sentence.text):
            # "The United States condemned the strikes, spokesman John Carter said": the
            # voice of the state that condemned
            actors.append(replace(said_by, side="source"))
        joint = hit.type.family in SYMMETRIC_FAMILIES and hit.type.mode != "visit"
        pair = _two_of_us(hit.token, tree) and _joint_appearance(ctx, memory, index)
        if (joint or pair) and voice is memory:
            # "we met", "we signed" (not a visit's "we": the visitors, one host's delegation)
            today = all(_said_of_today(ctx, e.text) for e in entities if e.label in TIMES)
            actors += _fellow_voices(parts, actors, memory, pair, today)
        actors = _counterparts(
            sentence.text,
            [_with_role(ctx, a) for a in actors],
            lambda name: (
                ctx.reference is not None and bool(ctx.tenure.roles_of(name, ctx.reference))
            ),
        )
        actors = _unnamed_counterpart(sentence.text, actors, hit.type.family == "encounter")
        candidate = _candidate(ctx, index, hit, actors, tree)
        if candidate is not None:
            candidate.unnamed_doer = (
                hit.type.plover == "ASSAULT"
                and not any(a.side == "source" for a in actors)
                and any(
                    side == "source" and head.lemma.lower() in IDENTIFIED_NOUNS
                    for head, side in arguments(hit, tree)
                )
            )  # "a man ... began to stab people"
            candidate.definite = _refers_back(hit, tree, parts)
            candidate.aside = _aside(ctx, hit, tree)
            if (
                candidate.definite
                and (_reported(hit, tree) or hit.token.pos == "NOUN")
                and not (index == 0 and _result_told(hit, tree))
            ):  # (not "The bombing left 12 dead in Tacna on Monday" opening the article:
                # nothing was told before it, and its sentence says when and where)
                # "Speaking on radio in Tacna, he said it had set off the bomb", "Rutte,
                # who took office on 1 October, used the visit to invite ...": the happening
                # told before, dated and placed by its own words only, not by the sentence's
                scope = _own_scope(hit, tree)
                framed = hit.token.pos == "NOUN" and _framed_by_another(hit, tree)
                if candidate.place is not None and (_reported(hit, tree) or framed):
                    candidate.place = _place(
                        ctx, index, hit, tree, sentence_wide=False, extra=scope
                    )
                if candidate.date is not None and hit.token.pos == "NOUN":
                    candidate.date = _scoped_date(ctx, scope)
            if _answered(hit, tree) and not _claimed(hit, tree):
                # "struck targets on Friday in response to the January 28 attack": the attack
                # came before, dated by its own words only; undated, it is the cause the
                # sentence gives ("in response to the invasion"), told as no news of its own
                # (a relative clause's happening, by its noun's words: "the January 28
                # attack that killed three soldiers")
                noun = tree.head(hit.token) if hit.token.dep == "relcl" else None
                own = tree.subtree(noun or hit.token)
                candidate.date = _scoped_date(ctx, [(own[0].start, own[-1].end)])
                if candidate.date is None:
                    continue
            if _claimed(hit, tree):
                # "owned up to the killing": the killing told before, on its
                # own date and place, not where or when someone owned up to it
                own = tree.subtree(hit.token)
                # (but "the 2005 murder", "the killing of two students in 2019": the date its
                # own words give; "claimed responsibility for the attack on Wednesday" may
                # give the day it was claimed, so only the words before a claimed noun count)
                end = own[-1].end if punishing_verb(hit.token, tree) else hit.token.end
                candidate.definite = True
                candidate.date = _scoped_date(ctx, [(own[0].start, end)])
                # "arrested on Monday for the killing of X": a deed the law answers came
                # before, on a day this sentence does not give
                candidate.earlier = candidate.date is None and _punished_for(hit, tree)
                # unless its own words say where ("the investigation into the attack, which
                # took place in X")
                own_in = [
                    (k.start, max(t.end for t in tree.subtree(k)))
                    for k in tree.children(hit.token)
                    if k.dep == "prep"
                    and k.lemma.lower() in ("in", "at")
                    and any(
                        g.dep == "pobj" and g.ent in ("GPE", "LOC", "FAC") for g in tree.children(k)
                    )
                ]  # or its own "in" a place ("claimed responsibility for the strike in Beirut")
                candidate.place = next(
                    (
                        spot
                        for lo, hi in [*_took_place_clauses(hit.token, tree), *own_in]
                        if (spot := _span_place(ctx, index, lo, hi)) is not None
                    ),
                    None,
                )
                if not _claimed_by_doer(hit, tree):
                    # "five men were charged with the murder": not who did it, as the text
                    # tells it
                    candidate.actors = [a for a in candidate.actors if a.side != "source"]
                elif candidate.type.claimed is not None and any(
                    a.side == "source" for a in candidate.actors
                ):
                    # "the Front claimed responsibility for the explosion": its attack
                    candidate.type = ctx.registry.get(candidate.type.claimed)
            if believed(hit.token, tree):
                # "officials believe the general ordered Al-Nouri's killing": whoever did
                # it only as some believe, not as the article tells it
                candidate.actors = [a for a in candidate.actors if a.side != "source"]
            if hit.again and candidate.definite:
                # "The talks were opened by X", "Y attended the talks": people of the
                # happening told before, on no side of it
                candidate.actors = [replace(a, side=None) for a in candidate.actors]
            if _took_part(hit, tree):
                # "X also participated": one more of the happening told, on no side of it
                candidate.definite = True
                candidate.actors = [replace(a, side=None) for a in candidate.actors]
            if entered and candidate.place is None:
                name = entered[0].text
                candidate.place = lookup(name) or Place(name, None, None, None)
            if candidate.place is None:
                candidate.place = _place_told_before(ctx, index, hit, tree, candidate)
            if not any(a.side == "source" for a in candidate.actors):
                body = _reporting_body(ctx, hit, tree, entities)
                if body is not None:
                    candidate.actors.insert(0, replace(body, side="source"))
                    teller = _body_voice(ctx, hit, tree, roles, memory)
                    if teller is not None:
                        # "X, spokesman of the National Police, said that four suspects had
                        # been detained": the body's voice tells its own work
                        candidate.actors.insert(1, replace(teller, side=None))
            found[hit.token.i] = candidate
            if (
                hit.token.pos in ("NOUN", "PROPN")
                and hit.type.family == "encounter"
                and not hit.again
                and hit.modality == "asserted"
            ):
                ctx.told[hit.token.lemma.lower()] = (hit.type, ctx.paragraph_number[index])
    _lend_sources(hits, found, tree)
    for inner, outer in _inner_encounters(every, hits, tree):
        candidate = found.get(outer.token.i)
        if candidate is None or (candidate.type.family != "encounter" and not candidate.announced):
            continue  # (a trip told ahead is an announcement, whom it meets its people too)
        # "will travel to Riyadh, where he will meet the foreign minister": whom the trip meets
        parts = [p for p in participants(inner, tree, entities, parsed.text) if p.side == "target"]
        for actor in actors_of(parts, roles, memory, ctx.aliases, lambda t: _holder(ctx, t)):
            _add_actor(candidate, _with_role(ctx, actor))
    for hit in hits:
        for aside in (h for h in every if _announced_aside(h, hit, tree)):
            if (candidate := found.get(hit.token.i)) is None:
                continue
            # "As the Secretary announced, the United States will provide ...": who announced
            # it is on the side that provides
            parts = [
                p for p in participants(aside, tree, entities, parsed.text) if p.side == "source"
            ]
            for actor in actors_of(parts, roles, memory, ctx.aliases, lambda t: _holder(ctx, t)):
                _add_actor(candidate, _with_role(ctx, actor))
    _coded_by_content(every, found, tree)
    _voice_performatives(hits, found, memory)
    _reported_commitments(hits, found, tree, roles, memory, ctx)
    _announcer(found, memory)
    said = _statement(ctx, tokens, tree, sentence, roles, memory)
    _remember(ctx, memory, index, roles, list(found.values()))
    return list(found.values()), said


OTHER_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "acl", "parataxis", "xcomp"})
"""Relations of clauses that tell something else than the one they hang on."""


MIN_HEADLINE_WORDS = 4
_HEADLINE_END = re.compile(r"[.!?:;,…\"”]$")


def _another_story_s_headline(ctx: _Context, index: int) -> bool:
    """A line of its own in headline case, inside the body, that is not the article's title:
    the headline of another story a page put between the paragraphs ("Cyclist Hurt in
    Tacna Crash Leaves Hospital"), whose news is not this article's."""
    sentences = ctx.parsed.sentences
    paragraph = ctx.paragraphs[index]
    if index == 0 or paragraph == ctx.paragraphs[0]:
        return False  # the article's own opening: its headline, its lead
    if ctx.paragraphs[index - 1] == paragraph or (
        index + 1 < len(sentences) and ctx.paragraphs[index + 1] == paragraph
    ):
        return False  # a sentence of a paragraph
    text = sentences[index].text.strip().rstrip("'’")
    title = (ctx.article.title or "").strip().casefold()
    if _HEADLINE_END.search(text) or (title and text.casefold() in title):
        return False  # the article's own title, also with its site's name after it
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    long_words = [w for w in words if len(w) >= 4]
    return (
        len(words) >= MIN_HEADLINE_WORDS
        and bool(long_words)
        and all(w[0].isupper() for w in long_words)
    )


def _quiet(ctx: _Context, index: int) -> bool:
    """A sentence with nothing to read: no word a trigger starts from (nor a happening's noun
    told before), no saying, no person named, no transcript's speaker. Most sentences of an
    article are such; reading one would find nothing and remember no one."""
    parsed = ctx.parsed
    if any(e.label == "PERSON" for e in parsed.sentence_entities(index)):
        return False
    candidates = ctx.registry.candidates
    for token in parsed.sentence_tokens(index):
        lemma = token.lemma.lower()
        if token.pos == "VERB":
            if lemma in SPEECH_VERBS or candidates(lemma, "VERB"):
                return False
        elif token.pos in ("NOUN", "PROPN") and (lemma in ctx.told or candidates(lemma, "NOUN")):
            return False
    return TRANSCRIPT_LABEL.match(parsed.sentences[index].text) is None


CONTENT_CODES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "SANCTION", "REQUEST"})
"""PLOVER types of what a decision says that PLOVER codes the decision by: a resolution that
condemns is an accusation, one that demands a request."""


def _coded_by_content(every: Sequence[Hit], found: dict[int, _Candidate], tree: Tree) -> None:
    """A happening its type leaves uncoded (a vote, a resolution adopted) takes the PLOVER
    type of what it states, told in its own clause ("voted to adopt a resolution which
    condemned the attacks", "voted to demand a ceasefire")."""
    for hit in every:
        candidate = found.get(hit.token.i)
        if candidate is None or candidate.type.coded or candidate.type.family != "vote":
            continue
        if _voted_down(hit.token, tree):
            continue  # "voted against a resolution which condemned X": no accusation of X
        inside = {t.i for t in tree.subtree(hit.token)}
        content = next(
            (
                h.type.plover
                for h in every
                if h is not hit and h.token.i in inside and h.type.plover in CONTENT_CODES
            ),
            None,
        )
        candidate.plover = content


FAILING_WORDS = frozenset({"fail", "reject", "veto", "defeat", "block"})
"""Verbs that say a resolution did not pass ("the resolution failed", "was vetoed")."""


def _voted_down(vote: Token, tree: Tree) -> bool:
    """A vote against its text, negated, or on a text that failed: its content is no one's
    position."""
    if any(k.dep == "neg" or (k.dep == "prep" and k.lemma.lower() == "against")
           for k in tree.children(vote)):  # fmt: skip
        return True
    return any(t.lemma.lower() in FAILING_WORDS and t.pos == "VERB" for t in tree.values())


def _inner_encounters(
    every: Sequence[Hit], kept: Sequence[Hit], tree: Tree
) -> list[tuple[Hit, Hit]]:
    """Meetings planned inside an encounter's own clause, which are not read as happenings of
    their own: each with the kept encounter it lies in ("travel to X, where he will meet Y")."""
    pairs = []
    for inner in every:
        if inner in kept or inner.type.family != "encounter" or inner.modality != "future":
            continue
        for outer in kept:
            if outer.type.family == "encounter" and inner.token in tree.subtree(outer.predicate):
                pairs.append((inner, outer))
                break
    return pairs


ENTRY_VERBS = frozenset({"enter", "reach"})
"""Verbs of forces on the move whose object is where they went ("entered Tell Tamer")."""


def _entered(hit: Hit, tree: Tree, entities: Sequence[Mention]) -> list[Mention]:
    """The places forces entered, which the model may take for names: the named object of
    an entry verb of a deployment is a place, not someone it was done to."""
    if not hit.type.moves_forces or hit.token.lemma.lower() not in ENTRY_VERBS:
        return []
    inside = [t for k in tree.children(hit.token) if k.dep == "dobj" for t in tree.subtree(k)]
    return [
        e
        for e in entities
        if e.label in ("PERSON", "GPE", "LOC", "FAC")
        and any(e.start <= t.start < e.end for t in inside)
    ]


def _modifier_only(hit: Hit) -> bool:
    """A trigger noun that only modifies another noun ("sanctions implementation", "attack
    helicopters"), carried by no verb: it names a kind of thing, not a happening."""
    return hit.token.pos == "NOUN" and hit.token.dep == "compound" and hit.carrier is None


def _asks(text: str) -> bool:
    """Whether a sentence is a question: it ends in a question mark of its own, not in a
    quoted or bracketed one ('... and asked, "What comes next?"' tells what happened)."""
    return text.rstrip().endswith("?")


def _opens_paragraph(ctx: _Context, index: int) -> bool:
    return index == 0 or ctx.paragraphs[index - 1] != ctx.paragraphs[index]


DISCUSSED_UP_DEPS = frozenset({"appos", "conj", "pobj", "dobj", "prep"})


def _discussed(hit: Hit, tree: Tree) -> bool:
    """A happening named as what people discussed ("we have discussed two topics: the
    invasion of X and ..."; "talked about the attack"): a topic of theirs, not a happening
    the sentence tells, on no day and at no place of its own."""
    if hit.token.pos != "NOUN" or hit.carrier is not None:
        return False
    current = hit.token
    while current.dep in DISCUSSED_UP_DEPS and (head := tree.head(current)) is not None:
        if head.pos == "VERB":
            lemma = head.lemma.lower()
            about = current.dep == "prep" and current.lemma.lower() in ("about", "on")
            return (lemma in TOPIC_VERBS and current.dep == "dobj") or (
                lemma in ("talk", "speak", "confer") and about
            )
        current = head
    return False


STAYING_VERBS = frozenset({"station", "base", "garrison"})
"""Verbs of where forces are kept, whose participle never tells a move ("troops stationed at
the airport", "forces based in Kuwait")."""


def _stationed(hit: Hit, tree: Tree) -> bool:
    """Forces said to be where a place is, in a clause that describes the place or the
    forces ("a base where U.S. troops are stationed", "troops deployed in Iraq", "the
    troops based there"): where they are, not a deployment the sentence tells."""
    verb = hit.token
    if verb.pos != "VERB" or not hit.type.moves_forces or verb.dep not in ("relcl", "acl"):
        return False
    aux = [k.text.lower() for k in tree.children(verb) if k.dep in ("aux", "auxpass")]
    if verb.lemma.lower() not in STAYING_VERBS and any(
        t.ent in ("DATE", "TIME") for t in tree.subtree(verb)
    ):
        # "troops deployed to Kuwait last week": when they went; not "an attack near the
        # forces stationed at the airport on Saturday", the parser's day the attack's
        return False
    return verb.tag == "VBN" and all(a in ("is", "are", "am", "'re", "be") for a in aux)


SANCTION_NOUNS = frozenset(
    {"sanction", "sanctions", "measure", "designation", "restriction", "embargo", "penalty",
     "ban", "freeze", "listing"}
)  # fmt: skip
"""What "targets" people without force ("sanctions targeting three commanders")."""


def _targeted_by_sanctions(hit: Hit, tree: Tree) -> bool:
    """ "target" said of sanctions ("imposed sanctions on X, targeting its leaders", "new
    sanctions target the rebels' finances"): whom they hit, no attack."""
    verb = hit.token
    if hit.type.plover != "ASSAULT" or verb.pos != "VERB" or verb.lemma.lower() != "target":
        return False
    words = [k for k in tree.children(verb) if k.dep in ("nsubj", "nsubjpass", "agent")]
    head = tree.head(verb)
    if head is not None and verb.dep in ("acl", "advcl", "xcomp", "conj"):
        words += [head, *(k for k in tree.children(head) if k.dep in ("dobj", "nsubj"))]
    return any(
        w.lemma.lower() in SANCTION_NOUNS
        or w.text.lower() in SANCTION_NOUNS
        or (w.pos == "VERB" and w.lemma.lower() in ("sanction", "designate", "blacklist"))
        for w in words
    )


def _described_as_accused(hit: Hit, tree: Tree) -> bool:
    """An accusation in a participle that describes whom it names, by no one and on no day
    ("sanctions on three leaders accused of abuses"): what they are known for, not an
    accusation the sentence tells."""
    verb = hit.token
    return (
        hit.type.family == "accuse"
        and verb.pos == "VERB"
        and verb.dep == "acl"
        and verb.tag == "VBN"
        and not any(k.dep == "agent" for k in tree.children(verb))
        and not any(t.ent in ("DATE", "TIME") for t in tree.subtree(verb))
    )


UNIFORMED_HEADS = frozenset({"police", "policeman", "policemen", "officer", "soldier", "troop"})
"""Heads of a subject in uniform, who block roads and march as their work."""
CAUSE_WORDS = frozenset(
    {"protest", "demand", "demanding", "strike", "striking", "pay", "wage", "pension",
     "compensation", "grievance"}
)  # fmt: skip
"""Words of a cause a march or a blockade is for ("to protest low pay", "demanding
compensation"): uniformed men who have one protest."""


def _uniformed_at_work(hit: Hit, tree: Tree) -> bool:
    """A road blocked or a march made by police or soldiers at their work ("Police blocked
    the street", "Troops marched into Tacna"): no protest, unless the sentence gives a cause
    ("Police officers marched to protest low pay") or the men are no longer serving."""
    if hit.type.plover != "PROTEST" or hit.token.pos != "VERB":
        return False
    if hit.token.lemma.lower() not in ("block", "march"):
        return False
    subject = next((k for k in tree.children(hit.token) if k.dep == "nsubj"), None)
    if subject is None or subject.lemma.lower() not in UNIFORMED_HEADS:
        return False
    if any(k.lemma.lower() in ("former", "retired", "off-duty") for k in tree.children(subject)):
        return False
    return not any(t.lemma.lower() in CAUSE_WORDS for t in tree.values())


def _end_asked(hit: Hit, asking: set[int], tree: Tree) -> bool:
    """A happening a demand calls an end to ("called for an end to these attacks by the
    rebels"): what its doers are asked to stop, no happening of the demand's day."""
    ending = ended_harm(hit.token, tree)
    up = tree.head(ending) if ending is not None else None
    if up is not None and up.dep == "prep":
        up = tree.head(up)  # ("called for an end to ...")
    return up is not None and up.i in asking


def _kept(hits: Sequence[Hit], tree: Tree) -> list[Hit]:
    """The hits that state a happening of their own: not negated or hypothetical ones, not
    what a request, an invitation or an agreement is about ("invited him to attend the
    upcoming summit"), and not an announcement of a happening the sentence states itself
    ("announced the withdrawal": the withdrawal is the happening)."""
    asking = {h.token.i for h in hits if h.type.plover == "REQUEST"}
    if sum(h.type.plover == "ASSAULT" for h in hits) > 1:
        asking = set()  # ("called for an end to the strikes after a drone killed two"): told
    kept = [
        h
        for h in hits
        if h.modality != "other"
        and not _end_asked(h, asking, tree)
        and not _discussed(h, tree)
        and not _stationed(h, tree)
        and not _targeted_by_sanctions(h, tree)
        and not _described_as_accused(h, tree)
        and not _uniformed_at_work(h, tree)
        and not _in_a_refused_text(h, tree)
        and not _denied(h, tree)
        and not _kind_judged(h, tree)
        and not _kind_answered_for(h, tree)
    ]
    inside = {
        outer.token.i: {t.i for t in tree.subtree(outer.predicate)} - {outer.token.i}
        for outer in kept
    }
    promised = {o.token.i for h in kept for o in _promised_by(h, kept, tree)}
    result = []
    for hit in kept:
        if hit.token.i in promised:
            continue
        outers = [o for o in kept if o is not hit and hit.token.i in inside[o.token.i]]
        outers = [o for o in outers if o.token.i not in promised]
        announced_by = [o for o in outers if o.token.lemma.lower() in ANNOUNCING_VERBS]
        announced_by += [o for o in kept if _announced_aside(o, hit, tree)]
        if hit.modality == "future" and announced_by and hit.type.future is None:
            # "announced that the United States will provide $100 million": the decision is
            # the happening, told the day it was announced
            decided = _decided(hit, tree)  # (not a noun, a condition or a reversal)
            hit = replace(hit, modality="asserted", decided=decided)
        elif (
            hit.modality == "future"
            and outers
            and (
                _hoped_or_conditional(hit, tree)
                or any(o.carrier is not hit.token and o not in announced_by for o in outers)
            )
        ):
            continue  # ("invited him to attend the summit": what the invitation is to; "X
            # will visit Lima, the spokesman announced" is the planned visit)
        if hit.type.name == "announce" and _announces_trigger(hit, kept, inside, tree):
            continue
        result.append(hit)
    return result


def _kind_judged(hit: Hit, tree: Tree) -> bool:
    """Whether a plural happening's noun is what a copula says something of ("attacks by
    militias on U.S. personnel were unacceptable", "such strikes are illegal"): a judgment on
    a kind of happening, none told as news ("the attack was unacceptable" tells one)."""
    noun = hit.token
    copula = tree.head(noun)
    return (
        noun.pos == "NOUN"
        and noun.tag == "NNS"
        and hit.carrier is None
        and noun.dep == "nsubj"
        and not any(
            k.dep in ("det", "poss") and k.lemma.lower() != "such" for k in tree.children(noun)
        )  # ("the attacks on Tacna were deadly": those attacks)
        and copula is not None
        and copula.lemma.lower() == "be"
        and any(
            k.dep == "acomp" and k.lemma.lower() in JUDGING_ADJECTIVES
            for k in tree.children(copula)
        )  # (not "protests in Lima were peaceful on Monday": those protests)
    )


DENIED_DEPS = frozenset({"ccomp", "xcomp"})
"""Relations of a clause to the verb of denying that says it did not happen."""


def _denied(hit: Hit, tree: Tree) -> bool:
    """Whether a happening is what its sentence denies ("denied that its troops had attacked
    the village", "denied attacking the convoy", "denied reports that it had sent troops") or
    only alleges ("accusations that he ordered four murders"): the denial or the allegation
    is the happening, not what it denies or alleges (a happening the denial is only about,
    "denied responsibility for the attack", still happened)."""
    clause = hit.predicate
    if clause.pos != "VERB":
        return False
    head = tree.head(clause)
    if head is None or head is clause:
        return False
    content = clause.dep in ("acl", "relcl", "ccomp") and any(
        k.dep == "mark" and k.lemma.lower() == "that" for k in tree.children(clause)
    )
    if content and head.lemma.lower() in ALLEGED_NOUNS:
        # "split over claims that he ordered two killings": alleged, unless someone
        # bears it out ("confirmed Iran's claim that it had shot down a drone")
        return not _borne_out(head, tree)
    if clause.dep in ("acl", "relcl") and head.lemma.lower() in CLAIM_NOUNS:
        clause, head = head, tree.head(head)  # "reports that it had sent troops"
        if head is None or clause.dep != "dobj":
            return False
    elif clause.dep not in DENIED_DEPS:
        return False
    if head.lemma.lower() not in DENYING_VERBS:
        return False
    # "did not deny that", "refused to deny that": no denial
    if any(k.dep == "neg" for k in tree.children(head)):
        return False
    above = tree.head(head)
    return not (head.dep == "xcomp" and above is not None and above.lemma.lower() in NOT_DOING)


CONFIRMING_VERBS = frozenset(
    {"confirm", "prove", "verify", "substantiate", "corroborate", "uphold", "acknowledge", "admit"}
)
"""Verbs that bear out what a claim or a charge says ("confirmed the claim that ...")."""
NOT_DOING = frozenset({"refuse", "decline", "fail"})
"""Verbs of not doing what their infinitive says ("refused to deny that ...")."""


def _borne_out(claim: Token, tree: Tree) -> bool:
    """Whether a claim, an allegation or a charge is one a verb confirms, as its object or
    its passive subject ("confirmed allegations that ...", "Iran's claim was confirmed")."""
    verb = tree.head(claim)
    return (
        verb is not None
        and verb.lemma.lower() in CONFIRMING_VERBS
        and claim.dep in ("dobj", "nsubjpass")
    )


HOPING_VERBS = frozenset({"hope", "wish", "want"})
"""Verbs of wishing whose clause tells nothing planned ("announced that it hoped X would
visit Lima")."""


def _hoped_or_conditional(hit: Hit, tree: Tree) -> bool:
    """Whether a happening to come is only hoped for or hangs on a condition ("hoped Maria
    Lopez would visit", "will meet X if the talks succeed")."""
    if _conditional(hit, tree):
        return True
    current: Token | None = hit.predicate
    for _ in range(len(tree)):
        head = tree.head(current) if current is not None else None
        if current is None or head is None or head is current:
            return False
        if head.lemma.lower() in HOPING_VERBS:
            return True
        if head.lemma.lower() in ANNOUNCING_VERBS:
            return False
        current = head
    return False


def _wished_for(noun: Token, tree: Tree) -> bool:
    """Whether a happening's noun is in what a verb of wishing wishes ("wished her luck in
    the forming of a government", "hoped for the release of the hostages"), through nouns
    and prepositions only: no verb of its own in between."""
    current, through = noun, False
    for _ in range(len(tree)):
        head = tree.head(current)
        if head is None or head is current:
            return False
        if head.lemma.lower() in HOPING_VERBS and head.pos == "VERB":
            return through  # ("wished the victims of the attack a speedy recovery": no)
        if head.pos in ("VERB", "AUX") or current.dep not in ("pobj", "prep", "dobj", "pcomp"):
            return False
        through = through or (current.dep == "prep" and current.lemma.lower() in ("in", "for"))
        current = head
    return False


def _in_a_refused_text(hit: Hit, tree: Tree) -> bool:
    """Whether a happening is what a text that was stopped says ("vetoed a resolution
    condemning the attack", "blocked a statement that called for sanctions"): the clause
    describing the text is neither said nor done (a happening the text is only about, "a
    resolution on the attack", still happened)."""
    current = hit.token
    for _ in range(len(tree)):
        head = tree.head(current)
        if head is None or head is current:
            return False
        if (
            head.pos == "NOUN"
            and head.lemma.lower() in REFUSED_TEXTS
            and current.pos == "VERB"
            and current.dep in ("acl", "relcl")
        ):
            verb = tree.head(head)
            return (
                current is hit.predicate  # (not a happening the text names: "condemning
                # the airstrike on Gaza" still tells the airstrike)
                and head.dep in ("dobj", "nsubjpass")
                and verb is not None
                and (
                    verb.lemma.lower() in STOPPING_VERBS
                    or (
                        verb.lemma.lower() in REFUSING_VERBS
                        and head.lemma.lower() in PROVISION_NOUNS
                    )
                )
            )  # ("rejected the G7 communique, which criticised Beijing": issued, and said)
        current = head
    return False


REVERSING_VERBS = frozenset(
    {"end", "stop", "halt", "cease", "lift", "suspend", "ease", "scrap", "drop", "abandon",
     "lower", "reduce", "cut", "quit", "renounce"}
)  # fmt: skip
"""Verbs that undo what their object or clause names ("will end military aid", "would stop
arresting fishermen", "will lift the siege"): a promise or a decision of them is of the
opposite of that happening."""
CONDITION_MARKS = frozenset({"if", "unless"})


def _reversed(hit: Hit, tree: Tree) -> bool:
    """Whether a happening to come is one that is to stop ("will no longer arrest", "end
    attacks"): no headline may name it as what is promised; one read as
    its reversal already ("will end military aid": aid cut) is not turned round again."""
    if hit.undone:
        return False
    undoing = [hit.carrier] if hit.carrier is not None else []
    # (not the trigger itself: "lift the sanctions" is the easing the type names)
    head = tree.head(hit.token)
    if head is not None and hit.token.dep in ("dobj", "xcomp", "pcomp", "ccomp"):
        undoing.append(head)  # "end attacks on X", "stop arresting X"
    if any(t.lemma.lower() in REVERSING_VERBS for t in undoing):
        return True
    if any(k.dep == "neg" for k in tree.children(hit.predicate)):
        return True
    return no_longer(hit.predicate, tree)  # "will no longer arrest journalists"


def _conditional(hit: Hit, tree: Tree) -> bool:
    """Whether a happening to come is made to hang on a condition ("will impose sanctions if
    Peru does not withdraw"): a threat or an offer, not a decision."""
    return any(
        k.dep == "advcl"
        and any(m.dep == "mark" and m.lemma.lower() in CONDITION_MARKS for m in tree.children(k))
        for k in tree.children(hit.predicate)
    )


def _decided(hit: Hit, tree: Tree) -> bool:
    """Whether a happening to come that a word of announcing tells is a decision announced:
    a verb of its own ("will impose sanctions"), not a noun that is only the subject of what
    is to come ("sanctions would hurt"), on no condition, and not one that is to stop."""
    if hit.token.pos != "VERB" and hit.carrier is None:
        return False
    return not _conditional(hit, tree) and not _reversed(hit, tree)


def _promised_by(hit: Hit, hits: Sequence[Hit], tree: Tree) -> list[Hit]:
    """The word of promising that gives way to the happening it promises ("vowed to fight" is
    a threat, "pledged to send aid" a promise of aid): the hit its infinitive stands under."""
    if hit.modality != "future" or hit.type.intent is None or not _promised(hit, tree):
        return []
    head = tree.head(hit.predicate)
    return [o for o in hits if o.token is head]


WISH_VERBS = frozenset({"welcome", "appreciate", "like", "love", "value"})
"""Verbs of receiving gladly, which "would" makes a wish ("would welcome more advisers")."""


def _wished(hit: Hit, tree: Tree) -> bool:
    """Whether a happening is only wished for: "would welcome", "would appreciate"."""
    return hit.token.lemma.lower() in WISH_VERBS and any(
        k.dep == "aux" and k.text.lower() in ("would", "'d") for k in tree.children(hit.token)
    )


def _promised(hit: Hit, tree: Tree) -> bool:
    """A happening promised, offered or declared intended: the infinitive of "vowed to",
    "offered to", "is ready to" ("offered to negotiate" is a promise, "plans to meet" a
    plan)."""
    predicate, head = hit.predicate, tree.head(hit.predicate)
    while head is not None and predicate.dep == "xcomp" and head.lemma.lower() in IMPLICATIVE_HEADS:
        predicate, head = head, tree.head(head)  # "committed to continuing to provide"
    if head is not None and predicate.dep == "pcomp" and head.lemma.lower() == "to":
        promiser = tree.head(head)  # "is committed to providing aid"
        return promiser is not None and promiser.lemma.lower() in PROMISE_HEADS
    if head is not None and head.dep == "acomp" and predicate.dep == "xcomp":
        return head.lemma.lower() in PROMISE_HEADS  # "is ready to host"
    return predicate.dep == "xcomp" and head is not None and head.lemma.lower() in PROMISE_HEADS


def _announces_trigger(
    hit: Hit, hits: Sequence[Hit], inside: Mapping[int, set[int]], tree: Tree
) -> bool:
    """An announcement of a happening the sentence states: the happening is the event
    ("announced a withdrawal", "the ceasefire announced by Chile and Peru")."""
    if any(h is not hit and h.token.i in inside[hit.token.i] for h in hits):
        return True
    if any(_announced_aside(hit, h, tree) for h in hits):
        return True
    head = tree.head(hit.token)
    if hit.token.dep in ("acl", "relcl") and any(h.token is head for h in hits):
        return True
    return any(
        hit.token in misplaced_participles(p, tree)
        for h in hits
        if h.token.pos != "VERB"
        for p in tree.children(h.token)
        if p.dep == "prep"
    )


def _announced_aside(announcing: Hit, hit: Hit, tree: Tree) -> bool:
    """An announcement told in an aside of the clause that states what was announced ("As
    the Secretary announced today, the United States will provide $100 million")."""
    token = announcing.token
    return (
        token is not hit.token
        and token.lemma.lower() in ANNOUNCING_VERBS
        and token.dep == "advcl"
        and tree.head(token) is hit.predicate
        and any(k.dep == "mark" and k.lemma.lower() == "as" for k in tree.children(token))
    )


CLAIM_OWNERS = frozenset(
    {"responsibility", "credit", "charge", "accuse", "convict", "sentence", "arrest",
     "suspicion", "suspect", "try", "trial", "blame", "investigation", "inquiry"}
)  # fmt: skip
"""Words whose "for", "with", "of" or "into" phrase names a happening told before ("claimed
responsibility for the attack", "charged with the murder", "an inquiry into the strike")."""


def _claimed(hit: Hit, tree: Tree) -> bool:
    """ "claimed responsibility for the attacks": the attacks told before."""
    prep = tree.head(hit.token)
    owner = tree.head(prep) if prep is not None else None
    return (
        hit.token.dep == "pobj"
        and owner is not None
        and (owner.lemma.lower() in CLAIM_OWNERS or punishing_verb(hit.token, tree) is not None)
        and any(k.dep == "det" and k.lemma.lower() == "the" for k in tree.children(hit.token))
    )


ANSWERING_NOUNS = frozenset({"retaliation", "response", "revenge", "reprisal"})
"""Nouns of what is done in answer to a happening, which came before it ("in retaliation for
the attack on the base")."""


def _answered(hit: Hit, tree: Tree) -> bool:
    """A happening something was done in answer to ("in retaliation for the attack on the
    base", "in response to the attacks", "in retaliation for a drone attack that killed three
    soldiers"): it came before the sentence's."""
    token = hit.token
    if token.dep == "relcl" and (noun := _answered_subject(token, tree)) is not None:
        token = noun  # the happening a relative clause tells of the noun answered
    owner = phrase_owner(token, tree)
    return owner is not None and owner.lemma.lower() in ANSWERING_NOUNS


def _answered_subject(clause: Token, tree: Tree) -> Token | None:
    """The noun of a happening a relative clause tells more of, as its subject ("a drone
    attack that killed three soldiers"): not a person or a body ("protesters who stormed
    the parliament"), nor what the clause does to it ("the attack, which Peru condemned")."""
    noun = tree.head(clause)
    if noun is None or noun.pos != "NOUN" or noun.lemma.lower() not in HARM_WORDS:
        return None
    subject = next((k for k in tree.children(clause) if k.dep in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma.lower() not in ("that", "which"):
        return None
    return noun


def _kind_answered_for(hit: Hit, tree: Tree) -> bool:
    """Happenings of a kind, in the plural with no article and no date, that someone is
    blamed for or that something answers ("a leader blamed for attacks on troops", "in
    response to attacks by militias"): what they are known for, no happening the sentence
    tells (one claims responsibility for attacks that happened: "claimed responsibility for
    attacks on police checkpoints")."""
    owner = phrase_owner(hit.token, tree)
    return (
        hit.token.pos == "NOUN"
        and hit.token.tag == "NNS"
        and owner is not None
        and owner.lemma.lower() in BLAMING_WORDS | ANSWERING_NOUNS
        and not any(k.dep in ("det", "poss", "nummod") for k in tree.children(hit.token))
        and not any(t.ent in ("DATE", "TIME") for t in tree.subtree(hit.token))
    )


BLAMING_WORDS = frozenset({"blame", "blamed"})
"""Words of blame, whose "for" names what someone is held to have done."""


def _punished_for(hit: Hit, tree: Tree) -> bool:
    """Whether a happening is what someone is arrested, charged or tried for."""
    prep = tree.head(hit.token)
    owner = tree.head(prep) if prep is not None else None
    if owner is not None and owner.lemma.lower() in PUNISHING_WORDS:
        return True
    return punishing_verb(hit.token, tree) is not None


def _claimed_by_doer(hit: Hit, tree: Tree) -> bool:
    """ "claimed responsibility for the attack": who says they did it (one who "accepted
    responsibility" may answer for it without having done it); "was convicted of the
    murder": a court found that they did (one charged or arrested is only suspected)."""
    prep = tree.head(hit.token)
    owner = tree.head(prep) if prep is not None else None
    verb = tree.head(owner) if owner is not None else None
    if (punishing := punishing_verb(hit.token, tree)) is not None:
        return punishing.lemma.lower() == "convict"
    return (
        owner is not None
        and owner.lemma.lower() in ("responsibility", "credit")
        and verb is not None
        and (
            verb.lemma.lower() == "claim"
            or (verb.lemma.lower() == "take" and owner.lemma.lower() == "credit")
        )
    )


def _named_people(hit: Hit, entities: Sequence[Mention]) -> list[Participant]:
    return [
        Participant(e.start, e.end, e.text, "entity", "target", hit.token, e.label)
        for e in entities
        if e.label == "PERSON"
    ]


ALIKE_WORDS = frozenset({"similar", "same", "identical"})
"""What makes a speech act the one told before, said again by others ("similar calls")."""

ROUND_NOUNS = frozenset({"round", "session", "phase", "part", "day", "stage", "leg"})
"""Parts of a happening ("the first round of the talks") that name the happening told."""


RESULT_VERBS = frozenset(
    {"leave", "kill", "wound", "injure", "claim", "destroy", "damage", "cause", "hit", "rock"}
)  # fmt: skip
"""Verbs of what a happening did ("The bombing left 12 dead", "The blast rocked Tacna")."""


def _result_told(hit: Hit, tree: Tree) -> bool:
    """A happening's noun as the subject of what it did ("The bombing left 12 people dead in
    Tacna on Monday"): the sentence's day and place are the happening's."""
    verb = tree.head(hit.token)
    return hit.token.dep == "nsubj" and verb is not None and verb.lemma.lower() in RESULT_VERBS


def _refers_back(hit: Hit, tree: Tree, parts: Sequence[object]) -> bool:
    """A trigger noun that names a happening already told: a definite article and no
    participant of its own ("the meeting focused on"), or a demonstrative ("these attacks",
    "the attacks" that someone claimed)."""
    if hit.token.pos == "VERB":
        return hit.type.name == "vote" and _on_the_measure(hit.token, tree)
    determiners = {k.lemma.lower() for k in tree.children(hit.token) if k.dep in ("det", "poss")}
    if determiners & {"this", "that", "these", "those"}:
        return True
    if hit.type.family in SPEECH_FAMILIES and any(
        k.dep == "amod" and k.lemma.lower() in ALIKE_WORDS for k in tree.children(hit.token)
    ):
        return True  # "similar accusations were made by X": the one told, made by more
    of = tree.head(hit.token)
    part = tree.head(of) if of is not None and of.lemma.lower() == "of" else None
    if part is not None and part.lemma.lower() in ROUND_NOUNS and "the" in determiners:
        # "the first round of the talks": the talks told before; not "the first round of the
        # talks between Peru and Chile", which says whose of its own (and when)
        return not parts
    if hit.carrier is not None and "the" in determiners and tree.head(hit.token) is hit.carrier:
        return True  # "said it had set off the bomb": the bomb told before
    if (
        hit.type.family == "encounter"
        and hit.token.dep == "nsubj"
        and any(k.dep == "poss" and k.ent == "PERSON" for k in tree.children(hit.token))
    ):
        return True  # "Rutte's visit came a week after ...": the visit told before
    if (
        hit.type.family == "encounter"
        and hit.token.dep == "nsubj"
        and "the" in determiners
        and not any(
            k.dep == "prep" and k.lemma.lower() in ("with", "between", "of")
            for k in tree.children(hit.token)
        )
    ):
        # "the meeting came as X left office": the one told, whoever the rest of its
        # sentence names
        return True
    return not parts and bool(determiners & {"the", "its", "their"})


def _on_the_measure(verb: Token, tree: Tree) -> bool:
    """A vote on a measure named with "the" ("a lawmaker who voted for the resolution"): the
    vote on it that the article told before."""
    return any(
        any(d.dep == "det" and d.lemma.lower() == "the" for d in tree.children(m))
        for m in measures_voted(verb, tree, ("for", "against", "on"))
    )


JOINING_VERBS = frozenset({"participate", "take"})


def _took_part(hit: Hit, tree: Tree) -> bool:
    """Who "also participated" or "took part", with no happening named or in the one told
    before ("also took part in the call"): in the one told."""
    if hit.token.pos == "NOUN":
        return _joined_the_told(hit.token, tree)
    if hit.token.lemma.lower() == "attend" and hit.token.pos == "VERB":
        # "attended the opening session": the session told before
        return any(
            k.dep == "dobj"
            and any(d.dep == "det" and d.lemma.lower() == "the" for d in tree.children(k))
            for k in tree.children(hit.token)
        )
    if hit.token.lemma.lower() not in JOINING_VERBS or hit.token.pos != "VERB":
        return False
    if hit.token.lemma.lower() == "take" and not any(
        k.dep == "dobj" and k.lemma.lower() == "part" for k in tree.children(hit.token)
    ):
        return False  # "took office", "took command"
    places = [
        g
        for k in tree.children(hit.token)
        if k.dep == "prep" and k.lemma.lower() == "in"
        for g in tree.children(k)
        if g.dep == "pobj"
    ]
    return not places or any(_joined_the_told(g, tree) for g in places)


def _joined_the_told(noun: Token, tree: Tree) -> bool:
    """A happening named with "the" as what someone took part in ("also took part in the
    call", "participated in the meeting"): the one the article told before."""
    prep = tree.head(noun)
    verb = tree.head(prep) if prep is not None else None
    if prep is None or verb is None or prep.lemma.lower() != "in":
        return False
    lemma = verb.lemma.lower()
    if lemma not in JOINING_VERBS or (
        lemma == "take"
        and not any(k.dep == "dobj" and k.lemma.lower() == "part" for k in tree.children(verb))
    ):
        return False
    return any(
        k.dep == "det" and k.lemma.lower() in ("the", "this", "that") for k in tree.children(noun)
    )


def _sentence_roles(
    ctx: _Context, sentence: Mention, entities: Sequence[Mention]
) -> dict[str, RoleMention]:
    key = (sentence.start, tuple(e.start for e in entities))
    if (known := ctx.roles.get(key)) is not None:
        return known
    people = _person_mentions(_relative(entities, sentence), ctx.known, sentence.text)
    roles: dict[str, RoleMention] = {}
    ctx.roles[key] = roles
    for found in find_roles(blank_notes(sentence.text), people):
        if not found.person:
            continue
        for name_key in (person_key(found.person), full_key(found.person)):
            # by surname and by whole name: two of one family may share the sentence
            before = roles.get(name_key)
            if before is None or _more_said(found.role, before.role):
                # "Special Envoy for X, Ambassador Jane Roe": the office that says more
                roles[name_key] = found
    for found in _descriptions(ctx, sentence, entities):
        roles.setdefault(person_key(found.person), found)
    if people:
        # a name right after its title that the model did not tag ("Attorney General Ana
        # Soto met ..."): the reader takes it for a person (arguments._titled_name), with
        # the title
        tagged = {
            e.start
            for e in entities
            if e.label != "ORG" or organisation(e.text, extra=ctx.aliases) is not None
        }  # (and a name it took for a body no table knows: "Knut Lake, the Special Envoy")
        for found in find_roles(sentence.text, []):
            at = sentence.text.find(found.person) if found.person else -1
            if at < 0 or sentence.start + at in tagged:
                continue
            roles.setdefault(person_key(found.person), found)
    return roles


_PLACE_BEFORE = re.compile(r"\b(?:to|in|at|from|into)\s+$", re.IGNORECASE)
"""Words that put a place after them ("Welcome to Lima, Minister")."""


def _more_said(role: str, than: str) -> bool:
    """Whether ``role`` says at least as much as ``than`` (of two offices a sentence gives one
    person, the later one wins a tie)."""
    return len(role.split()) >= len(than.split())


LOWER_RANKS = frozenset({"general", "colonel", "admiral", "commander", "brigadier", "sergeant"})
"""Ranks written in lower case before a name, which the parser may read as adjectives
("Iranian general Qassem Soleimani")."""
DESCRIPTION_STOP = frozenset({"relcl", "acl", "advcl", "punct", "cc", "conj", "appos"})
MAX_DESCRIPTION_WORDS = 12


def _descriptions(
    ctx: _Context, sentence: Mention, entities: Sequence[Mention]
) -> list[RoleMention]:
    """What a sentence says a person is when it gives no title: a common noun before the
    name ("journalist Jamal Khashoggi") or an apposition after it ("Abu Jandal, an ISIL
    leader in Raqqah"), kept in the text's own words, lower case (no title)."""
    index = ctx.sentence_index[sentence.start]
    tokens = ctx.parsed.sentence_tokens(index)
    tree = ctx.tree(index)
    found = []
    for entity in entities:
        if entity.label != "PERSON" or not person_key(entity.text):
            continue
        inside = [t for t in tokens if entity.start <= t.start < entity.end]
        if not inside:
            continue
        ids = {t.i for t in inside}
        head = next((t for t in inside if t.head not in ids or t.head == t.i), inside[-1])
        words: list[Token] = []
        apposed = False
        for kid in tree.children(head):
            if kid.dep == "appos" and kid.pos == "NOUN" and kid.text.islower() and kid.i > head.i:
                words, apposed = _described_as(kid, tree), True
                break
        if not words and (described := _identified_noun(head, tree)) is not None:
            # "The attacker, identified as X": what the text called him before it named him,
            # his part wherever the article gives him no office (see _event)
            called = [
                *(k for k in tree.children(described) if k.dep == "amod" and k.text.islower()),
                described,
            ]
            start, end = called[0].start - sentence.start, called[-1].end - sentence.start
            ctx.identified.setdefault(
                person_key(entity.text), (sentence.text[start:end], entity.text)
            )
            words = called
        if not words:
            before = [
                k for k in tree.children(head) if k.dep in ("compound", "amod") and k.i not in ids
            ]
            words = [
                k
                for k in before
                if k.text.islower() and (k.pos == "NOUN" or k.lemma.lower() in LOWER_RANKS)
            ]
        words = [w for w in sorted(words, key=lambda t: t.i) if w.dep != "det"]
        if not words or len(words) > MAX_DESCRIPTION_WORDS:
            continue
        start, end = words[0].start - sentence.start, words[-1].end - sentence.start
        found.append(RoleMention(entity.text, sentence.text[start:end], None, start, end))
        if apposed:
            # "X, fiancée of Y,": what the article says she is, wherever else it names her
            # with no title ("veteran diplomat X" before the name stays in its sentence)
            ctx.identified.setdefault(
                person_key(entity.text), (sentence.text[start:end], entity.text)
            )
    return found


COUNTERPART_NOUNS = frozenset({"counterpart"})
"""Nouns that describe someone as holding another's office elsewhere ("Luis Ramos, her
Peruvian counterpart"): no words of a role of their own."""
PLAIN_PEOPLE = frozenset({"man", "woman", "person", "boy", "girl", "youth", "teenager"})
"""Nouns that say only that someone is a person ("a 6-foot, 200-pound man"): no role."""


def _described_as(noun: Token, tree: Tree) -> list[Token]:
    """The words of an apposition that says what a person is, without the measures that
    describe the body or the age ("a 23-year-old student": student); none when what is left
    says only that they are a person ("a 6-foot, 200-pound man")."""
    if noun.lemma.lower() in PLAIN_PEOPLE or noun.lemma.lower() in COUNTERPART_NOUNS:
        return []  # (whose counterpart someone is gives their office: see _counterparts)
    measured = {
        t.i
        for k in tree.children(noun)
        if k.dep in ("amod", "compound", "nummod", "npadvmod")
        and any(c.isdigit() for t in tree.subtree(k) for c in t.text)
        for t in tree.subtree(k)
    }
    words = [t for t in tree.subtree(noun, stop=DESCRIPTION_STOP) if t.i not in measured]
    while words and words[0].dep in ("punct", "det"):
        words = words[1:]
    # "X, a suspect in the attacks, in the Miraflores district": the comma closes it
    closed = min((t.i for t in tree.subtree(noun) if t.i > noun.i and t.text == ","), default=None)
    return words if closed is None else [t for t in words if t.i < closed]


def _identified_noun(name: Token, tree: Tree) -> Token | None:
    """The noun a name was given to ("The attacker, identified as X": attacker), when it says
    what the person did or was."""
    prep = tree.head(name)
    verb = tree.head(prep) if prep is not None and name.dep == "pobj" else None
    if prep is None or verb is None or prep.lemma.lower() != "as":
        return None
    if verb.lemma.lower() not in NAMING_VERBS or verb.dep != "acl":
        return None
    noun = tree.head(verb)
    if noun is None or noun.pos != "NOUN" or not noun.text.islower():
        return None
    return None if noun.lemma.lower() in UNDESCRIBED else noun


_OFFICE_STEMS = (
    "secretar|minist|represent|general|advis|envoy|ambassador|chief|command|president"
    "|director|spokes|chair|coordinat|deputy|governor|counsel"
)
OFFICE_HINT = re.compile(
    # the look-ahead lets the search skip a letter no stem starts with (it tried every stem
    # at every character: a search a sentence was a fifth of the office readers' time)
    rf"(?i)(?=[{''.join(sorted({stem[0] for stem in _OFFICE_STEMS.split('|')}))}])"
    rf"(?:{_OFFICE_STEMS})"
)
"""Stems of office words: a person tag on none of them is no office's words."""
TITLE_OF = re.compile(r"\bof\s+$")
TITLE_WINDOW = 60
"""How far before a name an office that runs into it is read ("Secretary of Defense")."""


_INNER_TITLE = re.compile(
    r"[A-Z][\w'’.-]+\s+(?:Premier|Prime\s+Minister|President|Governor|Mayor|Senator)\s+"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+)$"
)
"""A person the model ran a place and an office into ("Ontario Premier Doug Ford")."""


def _headline_verb(word: str) -> bool:
    """A capitalised word that is a verb a title-case headline states its news with
    ("Condemns", "Meets", "Killed"): the third person or past of a trigger or speech verb."""
    lower = word.lower()
    if not word[:1].isupper() or not (lower.endswith("s") or lower.endswith("ed")):
        return False
    stems = {lower[:-1], lower[:-2], lower[:-3] + "y" if lower.endswith("ies") else lower}
    return any(
        stem in SPEECH_VERBS or registry().candidates(stem, "VERB") for stem in stems if stem
    )


def _titled_names(parsed: ParsedArticle) -> ParsedArticle:
    """The article with the name the model ran an office's last words into split off as a
    person: "Secretary of [Defense Lloyd Austin]", tagged an organisation, is the Secretary
    of Defense, Lloyd Austin (the office read from the text alone names him); and a place
    the model ran a preposition into ("[Near Palmyra]", a person) cut from it."""
    fixes: dict[Mention, Mention] = {}
    text = parsed.text
    for entity in parsed.entities:
        if (
            entity.label == "PERSON"
            and OFFICE_HINT.search(entity.text)
            and _office_words(text, entity)
        ):
            # "the Senior [Civilian Representative]", tagged a person: the office, no one
            fixes[entity] = Mention(entity.start, entity.start, "", "")
            continue
        if entity.label == "ORG" and (cut := _office_from(text, entity)) is not None:
            # "the Iraqi [National Security] Adviser", tagged an organisation: the office's
            # first words, after whose office it is ("Iraqi"), which stays a name
            owner = text[entity.start : cut].strip()
            owner = owner[4:] if owner.lower().startswith("the ") else owner
            if owner and state(owner) is not None:
                begin = entity.start + text[entity.start : cut].index(owner)
                fixes[entity] = Mention(begin, begin + len(owner), owner, "NORP")
            else:
                fixes[entity] = Mention(entity.start, entity.start, "", "")
            continue
        if entity.label in ("FAC", "LOC") and organisation(clean_name(entity.text)):
            # "command of [NATO Mission Iraq]", tagged a facility: the mission, a body
            fixes[entity] = replace(entity, label="ORG")
            continue
        if entity.label == "PERSON" and _headline_verb(entity.text.split()[0]):
            # "Trade Office Minister [Condemns Lima] Bombing", a title-case headline: the
            # verb the model ran into a name, no one
            fixes[entity] = Mention(entity.start, entity.start, "", "")
            continue
        if entity.label == "PERSON" and (cut := _rank_into(text, entity)) is not None:
            # "Petty [Officer Keating]": the rank the model ran into the name is no part of it
            fixes[entity] = Mention(cut, entity.end, text[cut : entity.end], "PERSON")
            continue
        inner = _INNER_TITLE.match(entity.text) if entity.label == "PERSON" else None
        if inner is not None:
            # "[Ontario Premier Doug Ford]", tagged one person: the name after the office
            begin = entity.start + inner.start("name")
            fixes[entity] = Mention(begin, entity.end, inner["name"], "PERSON")
            continue
        first, _, rest = entity.text.partition(" ")
        if entity.label == "PERSON" and first.lower() in PLACE_PREPOSITIONS and lookup(rest):
            # "[Near Tacna], one strike destroyed a truck", tagged a person: a place
            fixes[entity] = Mention(entity.end - len(rest), entity.end, rest, "GPE")
            continue
        if entity.label not in ("ORG", "GPE", "NORP", "PERSON") or len(entity.text.split()) < 3:
            continue
        # "Minister of [Information Jane Roe]", tagged as one person: the office's last word
        if not TITLE_OF.search(text, max(0, entity.start - 4), entity.start):
            continue
        if _holder_apposed(parsed, entity):
            # "Secretary of [Defense for Western Hemisphere Affairs], Mr. Luis Ramos,": the
            # office runs to the entity's end; its holder is the name set beside it
            continue
        window = max(0, entity.start - TITLE_WINDOW)
        for role in find_roles(text[window : entity.end], []):
            person = role.person
            inside = window + role.start < entity.start < window + role.end <= entity.end
            if inside and person and entity.text.endswith(person) and person != entity.text:
                fixes[entity] = Mention(entity.end - len(person), entity.end, person, "PERSON")
                break
    if not fixes:
        return parsed
    kept = (fixes.get(e, e) for e in parsed.entities)
    entities = tuple(sorted((e for e in kept if e.label), key=lambda e: e.start))
    tokens = tuple(_relabelled(t, fixes) for t in parsed.tokens)
    return replace(parsed, entities=entities, tokens=tokens)


HOLDER_WORDS = range(2, 5)
"""How many words the name of an office's holder the model missed has ("Luis Ramos")."""


def _missed_holders(parsed: ParsedArticle) -> ParsedArticle:
    """The article with the holder of an office the model found as no one ("Minister of
    National Defense [Luis Ramos]", no entity on the name) made a person: the name the role
    reader reads right after the office, when no entity touches it and every word of it is
    a capitalised proper noun."""
    found: list[Mention] = []
    for index, sentence in enumerate(parsed.sentences):
        if not OFFICE_HINT.search(sentence.text):
            continue
        entities = parsed.sentence_entities(index)
        tokens = parsed.sentence_tokens(index)
        for role in find_roles(sentence.text, []):
            name = role.person
            at = sentence.start + role.end + 1
            if not name or parsed.text[at - 1 : at + len(name)] != f" {name}":
                continue
            if _headline_verb(name.split()[0]):
                continue  # "President Nominates Ana Soto": a headline's verb, no name
            end = at + len(name)
            words = [t for t in tokens if at <= t.start < end]
            if (
                len(words) in HOLDER_WORDS
                and all(t.pos == "PROPN" and t.text[:1].isupper() and not t.ent for t in words)
                and not any(e.start < end and at < e.end for e in entities)
            ):
                found.append(Mention(at, end, name, "PERSON"))
    if not found:
        return parsed
    entities = tuple(sorted((*parsed.entities, *found), key=lambda e: e.start))
    tokens = tuple(
        t._replace(ent="PERSON") if any(m.start <= t.start < m.end for m in found) else t
        for t in parsed.tokens
    )
    return replace(parsed, entities=entities, tokens=tokens)


_APPOSED_HOLDER = re.compile(rf"\s*,\s*(?:(?:{HONORIFICS})\.?\s+)?")
"""Between an office and the name set beside it: a comma and a form of address."""


def _holder_apposed(parsed: ParsedArticle, entity: Mention) -> bool:
    """Whether a person the model found is set beside ``entity`` as its holder ("..., Mr.
    Luis Ramos,")."""
    gap = _APPOSED_HOLDER.match(parsed.text, entity.end)
    if gap is None:
        return False
    return any(
        e.label == "PERSON" and gap.end() <= e.start <= gap.end() + 1 for e in parsed.entities
    )


_RANK_BEFORE = re.compile(rf"(?<![\w-])(?:{RANKS})\s+")
RANK_REACH = 40
"""How far before a name a rank that runs into it may begin ("Senior Chief Petty Officer")."""


def _rank_into(text: str, entity: Mention) -> int | None:
    """Where the name starts when a military rank begins before the entity and ends inside
    it ("Petty [Officer Keating]")."""
    for rank in _RANK_BEFORE.finditer(text, max(0, entity.start - RANK_REACH), entity.end):
        if rank.start() < entity.start < rank.end() < entity.end:
            return rank.end()
    return None


PLACE_PREPOSITIONS = frozenset({"near", "in", "at", "outside", "inside", "around", "across"})
"""Prepositions of place the model may run into the name after them at the start of a
sentence ("Near Palmyra" as a person)."""


MAX_NAME_WORDS = 4


_TITLE_HEAD = re.compile(TITLE_HINTS, re.IGNORECASE)
"""A word that opens or heads an office ("Minister", "Commander", "Secretary")."""


def _apposed_people(parsed: ParsedArticle) -> ParsedArticle:
    """The article with the names the model left untagged that an apposition after them says
    are someone ("Ana Soto, the Chilean foreign minister,", "Tomas Vidal, a suspect in the
    attacks,"), or that stand apposed to an office ("Peru's Minister of Defense, Luis Ramos,"),
    tagged as people: two to four capitalised proper nouns, no state, body or place of the
    tables, none of them a word of an office or of a body's name."""
    tokens = parsed.tokens
    described = {
        t.head
        for t in tokens
        if t.dep == "appos"
        and t.pos == "NOUN"
        and t.text.islower()
        and (t.lemma in PERSON_NOUNS or ACTOR_NOUNS.get(t.lemma) == "people")
    }
    described |= {
        t.i
        for t in tokens
        if t.dep == "appos"
        and t.pos == "PROPN"
        and (office := tokens[t.head]).text[:1].isupper()
        and office.pos in ("NOUN", "PROPN")
        and office.i < t.i
        and _TITLE_HEAD.match(office.text)
    }
    added: list[Mention] = []
    for i in sorted(described):
        head = tokens[i]
        if head.pos != "PROPN" or head.ent or not head.text[:1].isupper():
            continue
        first = i
        while first > 0 and (
            (word := tokens[first - 1]).dep == "compound"
            and word.head == i
            and word.pos == "PROPN"
            and not word.ent
            and word.text[:1].isupper()
        ):
            first -= 1
        if not 2 <= i - first + 1 <= MAX_NAME_WORDS:
            continue
        start, end = tokens[first].start, head.end
        written = parsed.text[start:end]
        if state(written) or organisation(written) or lookup(written):
            continue
        if any(_TITLE_HEAD.match(w) or w.lower() in ORG_HEADS for w in written.split()):
            continue  # "Commander, Task Force Lima", "the Minister, Defence Minister X"
        added.append(Mention(start, end, written, "PERSON"))
    if not added:
        return parsed
    entities = tuple(sorted([*parsed.entities, *added], key=lambda e: e.start))
    inside = {t.i for m in added for t in tokens if m.start <= t.start < m.end}
    relabelled = tuple(t._replace(ent="PERSON") if t.i in inside else t for t in tokens)
    return replace(parsed, entities=entities, tokens=relabelled)


def _relabelled(token: Token, fixes: Mapping[Mention, Mention]) -> Token:
    for old, new in fixes.items():
        if old.start <= token.start < old.end:
            inside = new.label and new.start <= token.start < new.end
            return token._replace(ent=new.label if inside else "")
    return token


def _office_from(text: str, entity: Mention) -> int | None:
    """Where an office begins inside a name it runs on past ("the Iraqi [National Security
    Adviser]" from "[the Iraqi National Security] Adviser"), held by the person named after
    it; None when no office starts inside the name and ends past it."""
    tail = text[entity.end : entity.end + TITLE_WINDOW]
    for role in find_roles(text[entity.start : entity.end] + tail, []):
        start, end = entity.start + role.start, entity.start + role.end
        if entity.start < start < entity.end < end and role.person:
            return start
    return None


def _office_words(text: str, entity: Mention) -> bool:
    """Whether a name is only an office's words ("the NATO Senior [Civilian Representative]",
    "[Secretary General]"): the role reader, reading the text alone, finds an office that
    covers it, held by no one."""
    window = max(0, entity.start - TITLE_WINDOW)
    return any(
        not role.person and window + role.start <= entity.start and window + role.end >= entity.end
        for role in find_roles(text[window : entity.end], [])
    )


ORG_NAME_TAIL = 3
"""The most capitalised words a body's name may run on past a mention the model cut short
("[NATO] Mission [Iraq]")."""


NAME_JOINERS = frozenset({"and", "the", "of", "&"})
"""Small words a body's name may run on through after a mention the model cut short, when
the alias tables know the whole ("the Islamic State of Iraq and the Levant")."""

CUT_BEFORE = frozenset({"in", "of", "for"})
"""Last words of a body's name the model cut before the place that ends it."""


def _whole_org_names(parsed: ParsedArticle, aliases: AliasTable | None) -> ParsedArticle:
    """The article with a body's name the model cut into pieces made one organisation, when
    the alias tables know the whole ("[NATO] Mission [Iraq]", an organisation and a place,
    is NATO Mission Iraq): the longest run of capitalised words after a mention, within its
    sentence, that names a known body other than the mention alone."""
    tokens, text = parsed.tokens, parsed.text
    starts = [t.start for t in tokens]
    merged: list[Mention] = []
    covered = -1
    for entity in parsed.entities:
        if entity.start < covered:
            continue  # inside a name made whole already
        if entity.label not in ("ORG", "GPE", "NORP", "FAC", "LOC"):
            merged.append(entity)
            continue
        first = bisect.bisect_left(starts, entity.end)
        best = None
        own = organisation(entity.text, extra=aliases)
        for n in range(first, min(first + ORG_NAME_TAIL, len(tokens))):
            token = tokens[n]
            gap = text[tokens[n - 1].end : token.start] if n > 0 else ""
            if token.sent != tokens[first].sent or gap != " ":
                break
            if token.text in NAME_JOINERS:
                continue  # "[the Islamic State of Iraq] and the [Levant]": one name, if known
            if not token.text[:1].isupper():
                break
            whole = text[entity.start : token.end]
            found = organisation(whole, extra=aliases)
            if found is not None and found != own:
                best = Mention(entity.start, token.end, whole, "ORG")
        if best is None and entity.label == "ORG" and entity.text.split()[-1] in CUT_BEFORE:
            # "[The Patriotic Front in] [Peru]": a body's name cut before its place
            after = next((e for e in parsed.entities if e.start == entity.end + 1), None)
            if after is not None and after.label in ("GPE", "LOC") and text[entity.end] == " ":
                best = Mention(entity.start, after.end, text[entity.start : after.end], "ORG")
        if best is None:
            merged.append(entity)
            continue
        merged.append(best)
        covered = best.end
    if len(merged) == len(parsed.entities) and all(
        a is b for a, b in zip(merged, parsed.entities, strict=True)
    ):
        return parsed
    inside = {
        n
        for m in merged
        if m.label == "ORG"
        for n in range(bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end))
    }
    relabelled = tuple(
        t._replace(ent="ORG") if n in inside and t.ent != "ORG" else t for n, t in enumerate(tokens)
    )
    return replace(parsed, entities=tuple(merged), tokens=relabelled)


_PLACE_PREPOSITION = re.compile(r"\b(?:[Ii]n|[Aa]t|from)\s+$")


def _after_dateline(parsed: ParsedArticle) -> ParsedArticle:
    """The article with a name the model ran its dateline into cut to start after it ("[Iraq
    - Iraqi Security Forces]" of "AL ASAD AIR BASE, Iraq - Iraqi Security Forces held ..."):
    the place is where the news came from, no word of who acted."""
    if not parsed.sentences:
        return parsed
    first = parsed.sentences[0].start
    match = DATELINE.match(parsed.text, first)
    if match is None:
        return parsed
    end = match.end()
    cut = [e for e in parsed.entities if e.start < end < e.end]
    if not cut:
        return parsed
    entities = tuple(
        Mention(end, e.end, parsed.text[end : e.end], e.label) if e in cut else e
        for e in parsed.entities
    )
    tokens = tuple(
        t._replace(ent="") if any(e.start <= t.start < end for e in cut) else t
        for t in parsed.tokens
    )
    return replace(parsed, entities=entities, tokens=tokens)


def _towns_read_as_people(parsed: ParsedArticle) -> ParsedArticle:
    """The article with a town the model took for a person relabelled a place: one word the
    gazetteer knows by that very name, after "in", "at" or "from" ("In Niamey, he met ..."),
    that names no one the article names in full; and a town it took for an organisation
    before a facility named by it ("Erbil airport")."""
    known = {person_key(n) for n in _full_people(parsed).values()}
    wrong = [
        e
        for e in parsed.entities
        if e.label == "PERSON"
        and len(e.text.split()) == 1
        and _PLACE_PREPOSITION.search(parsed.text, max(0, e.start - 6), e.start)
        and (place := lookup(e.text)) is not None
        and place.name == e.text  # the gazetteer's own name, not a near one ("Fort Abbas")
        and not _is_country(place)
        and person_key(e.text) not in known
    ]
    wrong += [
        e
        for e in parsed.entities
        if e.label == "ORG"
        and _FACILITY_AFTER.match(parsed.text, e.end)
        and (place := lookup(e.text)) is not None
        and place.name == e.text
        and not _is_country(place)
        and organisation(e.text) is None
    ]  # "Rockets hit [Erbil] airport", the town taken for a body
    wrong += [
        e
        for e in parsed.entities
        if e.label == "PERSON"
        and len(e.text.split()) == 1
        and person_key(e.text) not in known
        and _listed_with_places(parsed, e)
    ]  # "bombings in Tacna, Arica and [Yura]": the list's last town taken for a person
    return _labelled_as(parsed, wrong, "GPE")


_LIST_ITEMS_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]+(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+))+$")
"""Capitalised words in a list up to a name: "Tacna, Arica and " before "Yura"."""
_LIST_LINK_AFTER = re.compile(r"(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)(?=[A-Z])")
"""What joins a name to the next word of a list: a comma, "and" or "or"."""
LIST_REACH = 80
"""How far before a name a list of places it ends is looked for."""


def _listed_with_places(parsed: ParsedArticle, entity: Mention) -> bool:
    """Whether a name stands in a list of one-word names joined by "and" or "or" after a word
    of where, one of them a place the model found and none a person ("between Tacna and
    [Yura]", "in Tacna, Arica and [Yura]", "in [Yura], Tacna and Arica"), or after a plural
    kind of place, whatever the model took the others for ("the provinces of Tacna and
    [Yura]"): a place among places."""
    text = parsed.text
    before = _LIST_ITEMS_BEFORE.search(text, max(0, entity.start - LIST_REACH), entity.start)
    span = (before.start(), entity.start) if before else None
    after = _LIST_LINK_AFTER.match(text, entity.end)
    if after is not None:
        following = next((e for e in parsed.entities if e.start == after.end()), None)
        span = (span[0] if span else entity.start, following.end) if following else span
    if span is None:
        return False
    lead = _LIST_PLACE_LEAD.search(text, max(0, span[0] - LIST_REACH), span[0])
    if lead is None:
        return False  # ("Chile and Ramos signed": no word of where before the list)
    if not _LIST_JOINED.search(text, span[0], span[1]):
        return False  # ("last week at Lima, Ramos was placed ...": a comma, no list)
    listed = [e for e in parsed.entities if span[0] <= e.start and e.end <= span[1] and e != entity]
    if lead["kinds"]:
        # "the provinces of Tacna and [Yura]": places whatever the model took each for
        return not any(e.label == "PERSON" and " " in e.text for e in listed)
    return any(e.label in ("GPE", "LOC") for e in listed) and not any(
        e.label == "PERSON" for e in listed
    )


_LIST_JOINED = re.compile(r"\s(?:and|or)\s")
"""The "and" or "or" a list of names holds somewhere."""
_LIST_PLACE_LEAD = re.compile(
    r"(?:\b(?:[Ii]n|[Aa]t|from|near|between|across)"
    r"|\b(?:(?P<kinds>areas|towns|villages|districts|provinces|regions|cities|counties)"
    r"|area|town|village|district|province|region|city|county)\s+of)\s+(?:the\s+)?$"
)
"""What opens a list of places: a preposition of where, or "the areas of" (``kinds``: a
plural, which says every name of the list is a place)."""


_FACILITY_AFTER = re.compile(
    r"\s+(?:international\s+)?(?:airport|air\s+base|airbase|base|port|harbou?r|market|prison"
    r"|camp|university|hospital|refinery)\b",
    re.IGNORECASE,
)
"""A facility named by its town after the town's name ("Erbil airport")."""


def _known_surnames(parsed: ParsedArticle, tenure: Tenure | None = None) -> ParsedArticle:
    """The article with a person's name the model took for an organisation or a place
    relabelled as a person: a lone surname of someone the article has named in full
    ("Jens Stoltenberg ... Stoltenberg arrived", the second tagged ORG), so that the parse
    treats it as the person acting, and "he" in the next clause can stand for him."""
    known = _known_people(parsed)
    wrong = [
        e
        for e in parsed.entities
        if e.label in ("ORG", "GPE", "NORP", "LOC")
        and len(e.text.split()) == 1
        and _name_like(e.text)
        and (
            person_key(e.text) in known
            or (_spelled_as(person_key(e.text), known) is not None and lookup(e.text) is None)
            or (
                tenure is not None
                and lookup(e.text) is None
                and organisation(e.text) is None
                and bool(tenure.offices_of(e.text))
            )  # "Blinken met ...", taken for a place: someone the office table knows
        )
    ]
    return _labelled_as(parsed, wrong, "PERSON")


_VISIT_KIND = re.compile(r"(?i)(?:state|official|working)(?=\s+visits?\b)")
"""A kind of visit in capitals, which the model may take for a body ("a State visit")."""


def _visit_kinds(parsed: ParsedArticle) -> ParsedArticle:
    """The article without the entities that are a visit's kind ("for a [State] visit"): no
    one who visits or is visited."""
    wrong = [
        e
        for e in parsed.entities
        if (kind := _VISIT_KIND.match(parsed.text, e.start)) is not None and kind.end() == e.end
    ]
    if not wrong:
        return parsed
    labelled = _labelled_as(parsed, wrong, "")
    return replace(labelled, entities=tuple(e for e in labelled.entities if e.label))


def _labelled_as(parsed: ParsedArticle, wrong: Sequence[Mention], label: str) -> ParsedArticle:
    """The article with the mentions ``wrong`` and their tokens labelled ``label``."""
    if not wrong:
        return parsed
    starts = [t.start for t in parsed.tokens]
    relabelled = {
        n
        for e in wrong
        for n in range(bisect.bisect_left(starts, e.start), bisect.bisect_left(starts, e.end))
    }
    entities = tuple(replace(e, label=label) if e in wrong else e for e in parsed.entities)
    tokens = tuple(
        t._replace(ent=label) if n in relabelled else t for n, t in enumerate(parsed.tokens)
    )
    return replace(parsed, entities=entities, tokens=tokens)


def _spelled_as(key: str, known: Iterable[str]) -> str | None:
    """The one surname of the article that ``key`` is another spelling of ("Kareem" after
    "Omar Karim"), if exactly one."""
    if not key or key in known:
        return None
    found = [k for k in known if near_spelling(key, k)]
    return found[0] if len(found) == 1 else None


def _known_people(parsed: ParsedArticle) -> frozenset[str]:
    return frozenset(
        key for e in parsed.entities if e.label == "PERSON" and (key := person_key(e.text))
    )


def _person_mentions(
    entities: Sequence[Mention], known: frozenset[str], text: str = ""
) -> list[Mention]:
    """The people a sentence's entities name: its PERSON mentions, a place or organisation
    mention that may be a name, and the name a mislabelled span ends with ("the Andes
    Luis Ramos", labelled an organisation, ends with a person the article names). A place
    the gazetteer knows after "to", "in", "at" is a place ("Welcome to Lima, Minister")."""
    found = []
    for entity in entities:
        if entity.label == "PERSON":
            found.append(entity)
        elif (
            entity.label == "GPE"
            and _PLACE_BEFORE.search(text[: entity.start])
            and lookup(entity.text) is not None
        ):
            continue
        elif entity.label in ("GPE", "ORG", "NORP"):
            tail = _named_tail(entity, known)
            if tail is not None:
                found.append(tail)
            elif _name_like(entity.text):
                found.append(entity)
    return found


def _named_tail(entity: Mention, known: frozenset[str]) -> Mention | None:
    words = entity.text.split()
    for size in (2, 1):
        if len(words) > size and person_key(" ".join(words[-size:])) in known:
            tail = " ".join(words[-size:])
            start = entity.end - len(tail)
            return Mention(start, entity.end, tail, "PERSON")
    return None


@lru_cache(maxsize=512)
def _name_like(text: str) -> bool:
    """A mention the model labelled a place or organisation that may be a person's name
    (cached: the same mentions are read for the offices and again sentence by sentence); not
    one that ends in a word bodies' names end in ("the NATO Military Committee")."""
    if not text.strip() or text.split()[-1].lower() in ORG_HEADS:
        return False
    return state(text) is None and entity_actor(text, "ORG", set()) is None


_NOT_YET_OR_NO_LONGER = re.compile(
    r"\b(?:incoming|outgoing|next|new|future|former|then|designate|elect|previous|late)\b",
    re.IGNORECASE,
)
"""Words that make a body's "chief" someone else than who headed it that day."""


def _holder(ctx: _Context, phrase: str) -> Actor | None:
    """The person who held the office a phrase names: by the tenure table, on the article's
    date, with the organisation the phrase names ("the President of the United States") or
    an office only one organisation has ("the Queen"); else a person the article names who
    held it, at any date when the article has none ("the Foreign Secretary" of a release
    that names Boris Johnson)."""
    for found in find_roles(phrase, []):
        if not found.role or found.person:
            continue
        if ctx.reference is not None and found.org:
            name = ctx.tenure.holder(found.role, found.org, ctx.reference)
            if name:
                return Actor(name, "person", found.role, found.org)
            head = (
                ctx.tenure.head_of(found.org, ctx.reference)
                if role_key(found.role) in HEAD_WORDS
                and state(found.org) is None
                and not _NOT_YET_OR_NO_LONGER.search(phrase)
                else None
            )
            if head is not None:
                # "the NATO chief": who headed the body then, by the office they held
                return Actor(head[0], "person", head[1], found.org)
        elif (
            ctx.reference is not None
            and (sole := ctx.tenure.sole_holder(found.role, ctx.reference))
            and sole[1] in ctx.bodies_named
        ):
            # "the commander" is the one office of that name the table knows only in an
            # article that names its organisation; "Estonia's defence minister" is not the
            # holder of the one defence ministry the table knows
            return Actor(sole[0], "person", found.role, sole[1])
        if named := _named_holder(ctx, found.role, found.org):
            return named
        if found.org is None and (owner := home(ctx.article.url)) is not None:
            # "The Prime Minister and President Ruiz held talks" on a government's site:
            # the office stands until the event's day names its holder (_tenure_role)
            return Actor(found.role, "person", found.role, owner)
    return None


def _named_holder(ctx: _Context, role: str, org: str | None = None) -> Actor | None:
    """The one person the article names whom the tenure table has in ``role`` (of ``org``,
    when the phrase names whose office it is: "Chile's foreign minister" is not the foreign
    minister of another state the article names)."""
    key = role_key(role)
    found = {}
    for entity in ctx.parsed.entities:
        if entity.label != "PERSON" or not person_key(entity.text):
            continue
        offices = (
            ctx.tenure.roles_of(entity.text, ctx.reference)
            if ctx.reference is not None
            else ctx.tenure.offices_of(entity.text)
        )
        for office_role, office_org in offices:
            if role_key(office_role) == key and (org is None or office_org == org):
                found[person_key(entity.text)] = Actor(
                    entity.text, "person", office_role, office_org
                )
    return next(iter(found.values())) if len(found) == 1 else None


_DEMONYM = r"(?P<demonym>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})"
"""The state's adjective before "counterpart": "Peruvian", "South Korean"."""
_COUNTERPART = re.compile(
    rf"\b(?:his|her|their|its|and|with|by)\s+(?:{_DEMONYM}\s+)?counterparts?,?\s+(?:the\s+)?"
)
"""Someone's counterpart before their name: "his Peruvian counterpart, X", or with no owner
after "and", "with" or "by" ("Prime Minister Y and counterpart X")."""


def _counterparts(
    text: str, actors: list[Actor], known: Callable[[str], bool] = lambda name: False
) -> list[Actor]:
    """A person named as someone's "counterpart" ("signed a memorandum with his Chilean
    counterpart, Luis Vega") holds the same office as the one whose counterpart he is (the
    office-holder named last before), in the state the demonym names; only for a person the
    text gives no office, and whose office that day the tenure table does not know (``known``:
    "his American counterpart, Lloyd Austin" is the Secretary of Defense, not a minister)."""
    offices = [a for a in actors if a.kind == "person" and a.role and not _counterpart_role(a)]
    if not offices:
        return actors
    result = []
    for actor in actors:
        roleless = not actor.role or _counterpart_role(actor)
        if actor.kind == "person" and roleless and not known(actor.name):
            found = next(
                (
                    m
                    for m in _COUNTERPART.finditer(text)
                    if text[m.end() :].startswith(actor.name.split()[0])
                ),
                None,
            ) or _counterpart_after(text, actor.name)
            # whose counterpart: the office-holder named last before "his counterpart"
            before = (
                [(text.rfind(o.name.split()[-1], 0, found.start()), o) for o in offices]
                if found is not None
                else []
            )
            named = [(at, o) for at, o in before if at >= 0 and o is not actor]
            peer = max(named, key=lambda pair: pair[0])[1] if named else None
            if found is not None and peer is not None:
                home = state(found["demonym"]) if found["demonym"] else None
                role = counterpart_office(peer.role or "", home)
                actor = replace(actor, role=role, org=home or actor.org)
        result.append(actor)
    return result


def _counterpart_role(actor: Actor) -> bool:
    """Whether the role read before a name is only "counterpart" ("with Peruvian counterpart
    X"): no office of its own."""
    return actor.role is not None and actor.role.lower() in COUNTERPART_NOUNS


_COUNTERPART_AFTER = re.compile(rf",\s+(?:his|her|their|its)\s+(?:{_DEMONYM}\s+)?counterpart\b")
"""Someone's counterpart in apposition after a name ("met Luis Ramos, her Peruvian
counterpart")."""


def _counterpart_after(text: str, name: str) -> re.Match[str] | None:
    """The "her Peruvian counterpart" in apposition right after a mention of ``name`` (by
    its last word)."""
    last = name.split()[-1]
    for at in (m.end() for m in re.finditer(rf"\b{re.escape(last)}\b", text)):
        if (found := _COUNTERPART_AFTER.match(text, at)) is not None:
            return found
    return None


_NAME_AND_COMMA = re.compile(r"[A-Z][\w'’-]+\s*,\s*$")
"""A name and the comma of an apposition after it, right before "her counterpart"."""
_UNNAMED_COUNTERPART = re.compile(
    r"\b(?:his|her)\s+(?P<demonym>[A-Z][\w-]+)\s+counterpart\b(?!,?\s+(?:the\s+)?[A-Z])"
)
"""A counterpart no name follows ("held talks with his Iranian counterpart in Ankara")."""


def _unnamed_counterpart(text: str, actors: list[Actor], encounter: bool) -> list[Actor]:
    """ "X held talks with his Iranian counterpart": the counterpart's state takes part, by
    the office X holds there, when the sentence names no one of that state; "X and Y met
    their Iranian counterparts": the counterparts hold their offices there."""
    peers = [a for a in actors if a.kind == "person" and a.role and a.side == "source"]
    actors = [_plural_counterparts(a, peers) for a in actors]
    match = next(
        (
            m
            for m in _UNNAMED_COUNTERPART.finditer(text)
            if not _NAME_AND_COMMA.search(text, 0, m.start())  # "Luis Ramos, her counterpart"
        ),
        None,
    )
    home = state(match["demonym"]) if match else None
    if match is None or home is None or len(peers) != 1:
        return actors
    if any(a.name == home or a.org == home for a in actors):
        return actors
    role = counterpart_office(peers[0].role or "", home)
    added = Actor(home, "state", role, side="source" if encounter else "target")
    return [*actors, added]


def _plural_counterparts(actor: Actor, peers: Sequence[Actor]) -> Actor:
    """ "Their Ukrainian counterparts", of a Secretary of State and a Secretary of Defense:
    the Ukrainian Foreign and Defence Ministers."""
    if actor.kind == "person" or actor.role or not actor.name.lower().endswith(" counterparts"):
        return actor
    offices = list(dict.fromkeys(counterpart_office(p.role or "", actor.org) for p in peers))
    if not offices:
        return actor
    if all(o.endswith(" Minister") for o in offices):
        # "Foreign and Defence Ministers", "Defence Ministers"
        kinds = sorted(
            (o.removesuffix(" Minister") for o in offices),
            key=lambda kind: _PORTFOLIO_ORDER.get(kind, len(_PORTFOLIO_ORDER)),
        )
        both = f"{', '.join(kinds[:-1])} and {kinds[-1]}" if len(kinds) > 1 else kinds[0]
        return replace(actor, role=f"{both} Ministers")
    return replace(actor, role=" and ".join(offices))


_PORTFOLIOS = {role_key(office): kind for office, kind in PORTFOLIO_OFFICES.items()}
_PORTFOLIO_ORDER = {kind: n for n, kind in enumerate(dict.fromkeys(PORTFOLIO_OFFICES.values()))}


def counterpart_office(role: str, home: str | None) -> str:
    """The office of ``role``'s counterpart in ``home``: the same portfolio under that state's
    name for it (the US Secretary of State's Peruvian counterpart is Peru's Foreign Minister,
    a Foreign Minister's American counterpart the Secretary of State); an office of no
    portfolio the table knows is the same office there ("President")."""
    portfolio = _PORTFOLIOS.get(role_key(role))
    if portfolio is None:
        return role
    return STATE_PORTFOLIO_OFFICES.get((home or "", portfolio)) or f"{portfolio} Minister"


def _with_role(ctx: _Context, actor: Actor) -> Actor:
    """A person with the office the article gives them, when this sentence gives none or
    gives a shorter form of it ("Minister" Ramos, the "Minister for the Andes")."""
    if actor.kind != "person":
        return actor
    stated = stated_office(ctx.own, actor.name)
    if stated is None or (actor.role and not _fuller(stated[0], actor.role)):
        return actor
    return replace(actor, role=stated[0], org=actor.org or stated[1])


def _candidate(
    ctx: _Context, index: int, hit: Hit, actors: list[Actor], tree: Tree
) -> _Candidate | None:
    event_type, announced = hit.type, hit.modality == "future"
    sentence = ctx.parsed.sentences[index]
    date = (
        _anniversary_date(ctx, sentence, hit.token, tree)
        or _interval_date(ctx, sentence, hit.token, tree)
        or _trigger_date(
            ctx,
            sentence,
            hit.predicate,
            tree,
            hit.token,
            elsewhere=hit.type.elsewhere,
            apart=_years_of_the_charge(ctx, hit, tree),
        )
    )
    if date is not None and _earlier_aside(hit.predicate, tree):
        # "secured on Monday the release of nationals who had been detained in Peru": the
        # detention came before that day; only the clause's own words date it
        date = _scoped_date(ctx, [clause_span(hit.predicate, tree)])
    if date is None:
        date = _told_year(ctx, index)  # "Later that year, X shot ...": the year told before
    if date is not None and _said_now(ctx, hit, date):
        # "Chile condemns the attack in Cusco on October 12": said the day
        # the statement is, the date the attack's
        date = None
    antecedent = tree.head(hit.predicate)
    if hit.predicate.dep == "relcl" and antecedent is not None and antecedent.ent in TIMES:
        # "since 2004, when the alliance agreed to help": the year the clause describes; "the
        # evening of May 4, in which they struck": that night, in the clause's tense
        when = next(
            (
                e
                for e in ctx.parsed.sentence_entities(index)
                if e.label in TIMES and e.start <= antecedent.start < e.end
            ),
            None,
        )
        if when is not None and (
            found := _scoped_date(ctx, [(when.start, when.end)], hit.predicate)
        ):
            date = found
    said_on = None
    if announced and (saying := _said_before_subject(hit, tree)) is not None:
        # "said on Monday it would summon the envoy": Monday is the saying's, in its tense;
        # the summons has only what its own clause says
        verb, subject = saying
        said_on = _scoped_date(ctx, [(verb.end, subject.start)], verb)
        if said_on is not None:
            date = _scoped_date(ctx, [(subject.start, clause_span(hit.predicate, tree)[1])])
    if not announced and _after(date, ctx.reference):
        announced = True
    elif announced and _today(date, ctx.reference) and _own_phrase(ctx, date, hit, tree):
        announced = False  # "will travel to Riyadh on June 15-17", written on the 15th: under way
    if _since(hit.token, tree) or _since(hit.predicate, tree):
        # "have doubled since our exit from the pact", "since Peru requested help in 2018,
        # the mission has trained ...": the start of what the sentence tells, a time, not
        # news; one of the last days its own words date is ("their first call since X
        # struck Y on Monday")
        date = _scoped_date(ctx, [clause_span(hit.predicate, tree)])
        if date is None or ctx.reference is None or _is_background(date, ctx.reference):
            return None
    if _years_from(hit.token, tree):
        return None  # "visited Baghdad, 20 years after the invasion": a time, not news
    if _serial(hit.token, tree) or _serial(hit.predicate, tree):
        own = tree.subtree(hit.token)
        spans = [(own[0].start, own[-1].end), clause_span(_clause_verb(hit.token, tree), tree)]
        if date is None or _scoped_date(ctx, spans) is None:
            # "regular rocket attacks on the bases": many, none of them told ("held their
            # regular talks on Tuesday" is one)
            return None
    if _provided_for(hit.predicate, tree) or _provided_for(hit.token, tree):
        return None  # "sealed an agreement ending the mission by 2025": to be done
    if announced and _wished(hit, tree):
        return None  # "Iraq would welcome expertise": a wish, nothing promised or done
    if _impersonal_plan(hit.predicate, tree):
        return None  # "It is planned to withdraw the troops": a plan no one is told to make
    if hit.type.plover != "ASSAULT" and _ongoing(hit.predicate, tree):
        # "The mission continues to provide support": what goes on, not news ("continues to
        # shell the town" tells the shelling of the day)
        return None
    if _means_of_the_present(hit.predicate, tree) and date is None:
        return None  # "By backing the rebels, Chile controls the east": a policy, no news
    if _habitual(hit.predicate, tree) and date is None:
        # "Chilean officials blame the raids on rebels", "groups that have sworn to
        # resist": what some do or have done, said of them, no happening told
        return None
    if hit.token.pos == "NOUN" and _wished_for(hit.token, tree):
        return None  # "wished her luck in forming a government": not done yet
    promised = event_type.future is None or _promised(hit, tree)
    intended = hit.promised.name if hit.promised is not None else None  # "pledged aid"
    if intended is not None and _reversed(hit, tree):
        intended = None
    if announced and event_type.intent is not None and promised:
        if hit.token.pos != "VERB" and hit.carrier is None:
            return None  # "the new sanctions": mentioned, not promised
        # "Portugal will support Turkey", "said they would blockade Paris": the promise or the
        # threat is the happening, told the day it was made
        said = date if date is not None and not _own_phrase(ctx, date, hit, tree) else None
        said = said_on or said
        # ("NATO will expand its mission, Rutte said on Thursday": the pledge is Thursday's)
        intended = None if _reversed(hit, tree) else event_type.name  # what it is of
        event_type, date, announced = ctx.registry.get(event_type.intent), said, False
    if announced:
        if event_type.future is None:
            return None
        if hit.token.pos != "VERB" and index >= LEAD_SENTENCES:
            return None  # "preparations for the June summit": mentioned, not announced
        event_type, date = ctx.registry.get(event_type.future), None
    remote = hit.remote or event_type.remote
    place = None if remote or event_type.elsewhere else _place(ctx, index, hit, tree)
    running = _running_since(hit.predicate, tree)
    recent = not running and date is None and _recent(hit.token, tree)
    before = date is None and not recent and _told_before(hit.predicate, tree)
    if recent and ctx.reference is not None:
        # "condemned recent attacks": some day before the article's, in its month as far as
        # anyone can tell
        date = EventDate(ctx.reference.isoformat()[:7], "month", "inferred", None)
    return _Candidate(
        event_type,
        [index],
        actors,
        None if running else date,
        place,
        remote,
        hit.token.start,
        announced,
        decided=hit.decided,
        promised=intended,
        token=hit.token,
        apart=_set_apart(tree),
        earlier=running or recent or before,
        before=before,
        reported_day=_dated_by_saying(ctx, date, hit, tree),
        said_day=_dated_by_saying(ctx, date, hit, tree, perfect=False),
        accident=hit.token.pos == "NOUN"
        and any(k.lemma.lower() in ACCIDENT_WORDS for k in tree.subtree(hit.token)),
    )


def _said_now(ctx: _Context, hit: Hit, date: EventDate) -> bool:
    """Whether a happening said in the simple present (a statement's "condemns", "welcomes")
    is given an earlier day than the article's: that day is of what it speaks of."""
    day = _day(date)
    return (
        hit.token.pos == "VERB"
        and hit.token.tag in PRESENT_TAGS
        and (hit.type.family in SPEECH_FAMILIES or hit.type.family == STATEMENT)
        and day is not None
        and ctx.reference is not None
        and day < ctx.reference
    )


def _dated_by_saying(
    ctx: _Context, date: EventDate | None, hit: Hit, tree: Tree, *, perfect: bool = True
) -> bool:
    """Whether a happening told in the past perfect (``perfect``; else in the simple past) is
    dated by the phrase of the report that tells it ("said on Friday that NATO had agreed",
    "Gunmen attacked the post, the ministry said on Tuesday")."""
    if date is None or not date.phrase:
        return False
    text = ctx.parsed.text
    spans = _day_of_saying(hit.predicate, tree, perfect=perfect)
    return any(date.phrase in text[a:b] for a, b in spans)


RECENT_WORDS = frozenset({"recent", "recently", "latest", "previous", "past", "earlier"})
"""Words that set a happening before the article's day without saying when ("condemned
recent attacks", "had recently met")."""


def _recent(token: Token, tree: Tree) -> bool:
    """A happening told as recent, with no day of its own: not the article's day."""
    return any(
        k.dep in ("amod", "advmod") and k.lemma.lower() in RECENT_WORDS
        for k in tree.children(token)
    )


BEFORE_WORDS = frozenset({"previously", "formerly"})
"""Adverbs that tell a happening as one of before ("had previously been arrested"): no one
day, and not the article's."""
REPEATED_ADVERBS = frozenset({"repeatedly", "twice", "thrice"})
"""Adverbs that tell a happening as several, in the perfect ("has repeatedly attacked
ships", "has twice imposed sanctions"); in the simple past they count blows of one ("shot
him twice")."""


def _told_before(verb: Token, tree: Tree) -> bool:
    """A happening told as before or as repeated, with no day of its own ("had previously
    been arrested", "has repeatedly attacked ships", "had been detained twice"): it is
    none of the article's days."""
    kids = tree.children(verb)
    if any(k.dep == "advmod" and k.lemma.lower() in BEFORE_WORDS for k in kids):
        return True
    decades = [k for k in kids if k.dep == "prep" and k.lemma.lower() in DECADE_PREPOSITIONS]
    if any(_decade(k, tree) for k in decades):
        return True  # "In the mid-1990s, Peru imposed sanctions": some year of a decade
    if any(
        g.dep == "pobj" and g.lemma.lower() == "past" for k in decades for g in tree.children(k)
    ):
        return True  # "has opposed such changes in the past": some time before
    perfect = verb.tag == "VBN" and any(k.dep == "aux" and k.lemma.lower() == "have" for k in kids)
    return perfect and any(
        (k.dep == "advmod" and k.lemma.lower() in REPEATED_ADVERBS)
        or (
            k.dep == "npadvmod"
            and k.lemma.lower() == "time"
            and k.tag == "NNS"
            and any(g.dep in ("nummod", "amod") for g in tree.children(k))
        )
        for k in kids
    )


DECADE_PREPOSITIONS = frozenset({"in", "during", "throughout", "through"})
"""Prepositions of a decade a happening is told in ("in the 1990s", "during the 1980s")."""
DECADE = re.compile(r"(?:(?:early|mid|late)-)?(?:19|20)?\d0['’]?s", re.IGNORECASE)
"""A decade written as one word ("1990s", "mid-1990s", "'80s")."""


def _decade(prep: Token, tree: Tree) -> bool:
    """Whether a preposition's object is a decade ("in the 1990s", "in the 1990's", "in the
    mid-1990s"): no year or day of it is told."""
    words = [t for t in tree.subtree(prep) if t.i > prep.i]
    for word, following in zip(words, [*words[1:], None], strict=False):
        if DECADE.fullmatch(word.text):
            return True
        if (
            re.fullmatch(r"(?:19|20)\d0", word.text)
            and following is not None
            and following.text.lower() in ("'s", "’s", "s")
        ):
            return True
    return False


def _running_since(verb: Token, tree: Tree) -> bool:
    """A count of happenings kept since a time ("have launched more than 150 attacks since
    October"): many days, none of them the article's."""
    if verb.pos != "VERB" or verb.tag != "VBN":
        return False
    if not any(k.dep == "aux" and k.lemma.lower() == "have" for k in tree.children(verb)):
        return False
    return any(
        k.dep == "prep"
        and k.lemma.lower() == "since"
        and any(g.ent == "DATE" for g in tree.children(k))
        for k in tree.children(verb)
    )


def _set_apart(tree: Tree) -> bool:
    """Whether a sentence opens with a word that sets what it tells apart from what was told
    before ("Earlier, the minister met ...", "Separately, ...", "In a separate meeting")."""
    words = [t for t in sorted(tree.values(), key=lambda t: t.i) if t.pos != "PUNCT"][:3]
    if not words:
        return False
    if words[0].text.lower() in APART_OPENERS and words[0].dep in ("advmod", "npadvmod"):
        return True
    lowered = [t.text.lower() for t in words]
    return (
        lowered[0] == "in"
        and len(lowered) > 2
        and lowered[1] in ("a", "another")
        and (lowered[2] in ("separate", "different") or lowered[1] == "another")
    )


def _today(date: EventDate | None, reference: dt.date | None) -> bool:
    """A planned happening the text dates to the day the article was written."""
    if date is None or date.value is None or reference is None or date.precision != "day":
        return False
    return date.value == reference.isoformat()


def _own_phrase(ctx: _Context, date: EventDate | None, hit: Hit, tree: Tree) -> bool:
    """Whether the date phrase stands in the happening's own clause ("will meet later
    today"), not in the report's ("will give ..., the ministry said today")."""
    if date is None or not date.phrase:
        return False
    start, end = clause_span(hit.predicate, tree)
    if (saying := _said_before_subject(hit, tree)) is not None:
        start = max(start, saying[1].start)  # (not the saying's, before the clause's subject)
    return date.phrase.lower() in ctx.parsed.text[start:end].lower()


def _said_before_subject(hit: Hit, tree: Tree) -> tuple[Token, Token] | None:
    """The verb of saying and the subject of the clause it says, when the clause follows it
    without "that" ("said on Monday it would summon the envoy"): a date between them is the
    saying's, wherever the parser hangs it."""
    subject = next((k for k in tree.children(hit.predicate) if k.dep == "nsubj"), None)
    head = tree.head(hit.predicate)
    if (
        hit.predicate.dep == "ccomp"
        and subject is not None
        and head is not None
        and head.lemma.lower() in SPEECH_VERBS
        and head.i < subject.i
    ):
        return head, subject
    return None


def _after(date: EventDate | None, reference: dt.date | None) -> bool:
    """A date the text gives that is after the article was written: a plan, not a report."""
    if date is None or date.value is None or reference is None:
        return False
    if date.precision == "day":
        return dt.date.fromisoformat(date.value) > reference
    if date.precision == "month":
        return date.value > reference.isoformat()[:7]
    return False


ABOUT_PREPOSITIONS = frozenset({"on", "about", "over", "regarding", "following"})
"""Prepositions whose object is what a speech act is about ("commented on the attack")."""


def _lend_sources(hits: Sequence[Hit], found: dict[int, _Candidate], tree: Tree) -> None:
    """A happening about another ("condemned the attack by ISIL", "welcomed Peru's recapture
    of Tacna") has that one's source among its targets."""
    for hit in hits:
        outer = found.get(hit.token.i)
        if outer is None or outer.type.family in ("encounter",):
            continue
        kids = list(tree.children(hit.predicate))
        if outer.type.family in SPEECH_FAMILIES:
            # "commented on the bombings": what a speech act is about, named after its
            # preposition ("during a meeting", "after the killing" say when, not what), or
            # after the one its trigger is made with ("responds to the attack")
            about = ABOUT_PREPOSITIONS | hit.trigger.preps
            kids += [
                g
                for k in kids
                if k.dep == "prep" and k.lemma.lower() in about
                for g in tree.children(k)
            ]
        for kid in kids:
            inner = found.get(kid.i)
            if inner is None or kid.dep not in ("dobj", "nsubjpass", "pobj", "ccomp"):
                continue
            outer.about = True
            if hit.token.lemma.lower() not in CLAIM_OWNERS:
                # "charged with the murder": those charged, not whoever the article says did it
                outer.about_of.append(inner)
            for actor in inner.actors:
                if actor.side == "source":
                    _add_actor(outer, replace(actor, side="target"))


def _voice_performatives(hits: Sequence[Hit], found: dict[int, _Candidate], memory: Memory) -> None:
    """A speech act in a statement's own voice ("The United States condemns ...") is the
    speaker's too: the spokesperson who issued it takes part."""
    speaker = memory.speaker
    if speaker is None:
        return
    for hit in hits:
        candidate = found.get(hit.token.i)
        if candidate is None or not hit.trigger.present or not candidate.type.coded:
            continue
        if hit.predicate.pos == "VERB" and hit.predicate.tag not in PRESENT_TAGS:
            continue  # "tenants who accused the landlord": told, not done by saying it
        if not any(a.kind == "person" for a in candidate.actors):
            _add_actor(candidate, replace(speaker, side="source"))


PRESENT_TAGS = frozenset({"VBZ", "VBP"})
"""The simple present, the tense a performative is said in ("The United States condemns")."""


COMMITMENT_FAMILIES = frozenset(
    {"aid", "sanction", "retreat", "mobilize", "cooperate", "agree", "pledge", "threaten"}
)
"""Happenings that someone commits to or threatens: told in a clause of what a person said or
conveyed ("the President conveyed that additional assistance is on its way", "said that
farmers would blockade the port"), the speaker is who commits to them."""


def _reported_commitments(
    hits: Sequence[Hit],
    found: dict[int, _Candidate],
    tree: Tree,
    roles: Mapping[str, RoleMention],
    memory: Memory,
    ctx: _Context,
) -> None:
    for hit in hits:
        candidate = found.get(hit.token.i)
        if candidate is None or (
            candidate.type.family not in COMMITMENT_FAMILIES and hit.token.pos != "ADJ"
        ):
            continue  # (an impersonal demand, "It is vital that X ...", is its speaker's)
        sources = [a for a in candidate.actors if a.side == "source"]
        kids = tree.children(hit.predicate)
        passive = (
            any(k.dep == "nsubjpass" for k in kids)
            and not any(k.dep == "agent" for k in kids)
            and hit.type.plover not in ("ASSAULT", "COERCE")
            and not _conditional(hit, tree)
            and not any(a.kind == "state" or a.org is not None for a in sources)
        )  # ("said that the troops would be withdrawn": by the side the speaker speaks for;
        # not "Russia said NATO troops will be deployed", "said its embassy would be
        # attacked", "said sanctions would be imposed by the EU", a warning on a condition)
        if (
            any(a.side == "source" for a in candidate.actors)
            and not _only_people(candidate)
            and not passive
        ):
            continue  # ("said that farmers would blockade the port": the speaker threatens)
        speaker = _speech_subject(hit.predicate, tree)
        if speaker is None:
            continue
        actor = _speaker(ctx, speaker, tree, roles, memory)
        if actor is None and (passive or _said_of_itself(hit.predicate, tree)):
            actor = _state_or_body(ctx, speaker)  # ("Chile said sanctions would be imposed")
        if actor is not None:
            _add_actor(candidate, replace(actor, side="source"))


def _said_of_itself(token: Token, tree: Tree) -> bool:
    """Whether the clause that holds a commitment has "it", "we" or "they" for its subject
    (the state that says so, of itself), or the speaker's own ("Norway says it will send
    troops"; not "Russia says NATO troops will be deployed")."""
    current: Token | None = token
    while current is not None:
        subject = next((k for k in tree.children(current) if k.dep in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            lower = subject.lemma.lower()
            return subject.text.lower() in SELF_PRONOUNS or (
                lower in SELF_NOUNS and any(k.dep == "det" for k in tree.children(subject))
            )
        if current.dep == "ccomp":
            return False
        current = tree.head(current)
    return False


SELF_PRONOUNS = frozenset({"it", "we", "they"})
"""Subjects by which a state or body that says what will be done speaks of itself."""

SELF_NOUNS = frozenset({"country", "government", "nation", "state", "kingdom", "republic"})
"""Nouns by which a state says what it will do ("Norway said the country would send ...")."""


def _state_or_body(ctx: _Context, word: Token) -> Actor | None:
    """The state or organisation a word names ("Austria says it is ready to withdraw": the
    state that says what it commits to)."""
    for entity in ctx.parsed.entities:
        if entity.start <= word.start < entity.end and entity.label in ("GPE", "ORG", "NORP"):
            actor = entity_actor(entity.text, entity.label, set(), ctx.aliases)
            if actor is None or actor.kind == "person":
                return None
            return replace(actor, role=STATE_ROLE) if actor.kind == "state" else actor
    return None


def _speech_subject(token: Token, tree: Tree) -> Token | None:
    """The subject of the verb of speech whose clause holds ``token``."""
    current: Token | None = token
    while current is not None and current.dep != "ccomp":
        current = tree.head(current)
    verb = tree.head(current) if current is not None else None
    if verb is None or verb.lemma.lower() not in SPEECH_VERBS | {"convey"}:
        return None
    return subject_of(verb, tree)


def _announcer(found: dict[int, _Candidate], memory: Memory) -> None:
    """What a statement announces, the voice of the statement announced ("Statement by
    Palace Spokesperson Ana Soto": President Carter will be glad to host ...)."""
    if memory.speaker is None:
        return
    for candidate in found.values():
        if candidate.announced:
            _add_actor(candidate, replace(memory.speaker, side="source"))


def _remember(
    ctx: _Context,
    memory: Memory,
    index: int,
    roles: Mapping[str, RoleMention],
    found: Sequence[_Candidate],
) -> None:
    """After a sentence: the people and states it named, and the people of its last
    happening."""
    _remember_states(ctx, memory, index)
    subject: Actor | None = None
    subjects = _subject_spans(ctx, index)
    unnamed = _unnamed_officials(ctx, index)
    for entity in ctx.parsed.sentence_entities(index):
        if entity.label == "PERSON" and person_key(entity.text):
            for _, owner, noun in [u for u in unnamed if u[0] < entity.start]:
                memory.unnamed(owner, noun)
            unnamed = [u for u in unnamed if u[0] >= entity.start]
            mention = role_of(roles, entity.text)
            actor = (
                Actor(entity.text, "person", mention.role, mention.org)
                if mention
                else Actor(entity.text, "person")
            )
            memory.named(actor)
            if subject is None and any(entity.start <= at < entity.end for at in subjects):
                subject = actor
    for _, owner, noun in unnamed:
        memory.unnamed(owner, noun)
    if subject is not None:
        # "X thanked Minister Y. He said ...": the sentence was about its subject, not the
        # last person it named
        memory.last_person = subject

    # "the two leaders", "they": the people of the meeting or call just told; after a
    # sentence whose meetings name no one ("Opposition parties met on Tuesday"), no one the
    # reader knows
    met = [c for c in found if c.type.family == "encounter"]
    named = [[a for a in c.actors if a.kind == "person"] for c in met]
    if met:
        people = next((p for p in named if p), [])
        memory.group = [replace(a, side=None) for a in people]
        memory.group_paragraph = ctx.paragraph_number[index]
    # "he" and "she" most often go on about the person the last sentence was about: its
    # first person on the acting side.
    acting = [a for c in found for a in c.actors if a.kind == "person" and a.side == "source"]
    if acting:
        memory.last_person = replace(acting[0], side=None)
    elif _someone_new(ctx, index):
        memory.last_person = None  # "a police sergeant searched the room ... He was fired"


def _unnamed_officials(ctx: _Context, index: int) -> list[tuple[int, str, str]]:
    """Where a sentence brings in someone unnamed by whom they serve ("a Hamas official
    said", "an Iranian diplomat"), with that body or state: another than the one named."""
    found = []
    for token in ctx.tree(index).values():
        if token.lemma.lower() not in DESCRIBED_NOUNS or token.tag != "NN":
            continue
        kids = ctx.tree(index).children(token)
        if not any(k.dep == "det" and k.lemma.lower() in ("a", "an") for k in kids):
            continue
        owners = [
            owner
            for k in kids
            if k.dep in ("compound", "amod")
            and (owner := organisation(k.text, extra=ctx.aliases) or state(k.text))
        ]
        if owners:
            found.append((token.start, owners[0], token.lemma.lower()))
    return found


def _subject_spans(ctx: _Context, index: int) -> list[int]:
    """Where the subjects of a sentence's main verb start (the root's, and its conjuncts')."""
    tree = ctx.tree(index)
    roots = [t for t in tree.values() if t.head == t.i]
    verbs = roots + [k for r in roots for k in tree.children(r) if k.dep == "conj"]
    # "the spokesman said X fled. He was arrested": who speaks is not what the sentence is about
    verbs = [v for v in verbs if v.lemma.lower() not in SPEECH_VERBS]
    return [k.start for v in verbs for k in tree.children(v) if k.dep == "nsubj"]


def _remember_states(ctx: _Context, memory: Memory, index: int) -> None:
    """The states a sentence names, the last named last: "the two countries" of the next."""
    if memory.states and ctx.paragraph_number[index] - memory.states_paragraph > 1:
        memory.states = []  # named paragraphs before: not "the two countries" here
    for entity in ctx.parsed.sentence_entities(index):
        if entity.label in ("GPE", "NORP") and (country := state(entity.text, extra=ctx.aliases)):
            # ("Chilean President X met his Peruvian counterpart": Chile and Peru)
            memory.states = [*(s for s in memory.states if s != country), country]
            memory.states_paragraph = ctx.paragraph_number[index]
            memory.states_told[country] += 1


def _someone_new(ctx: _Context, index: int) -> bool:
    """Whether a sentence that names no one is about someone it brings in unnamed: its main
    verb's subject a person in the singular with "a" or "an" ("a police sergeant searched
    the room"); "he" in the next sentence is that person, not whoever was named before."""
    if any(e.label == "PERSON" for e in ctx.parsed.sentence_entities(index)):
        return False
    if not any(t.lemma.lower() in SOMEONE_NOUNS for t in ctx.parsed.sentence_tokens(index)):
        return False
    tree = ctx.tree(index)
    root = next((t for t in tree.values() if t.dep == "ROOT"), None)
    if root is None:
        return False
    return any(
        k.dep == "nsubj"
        and k.pos == "NOUN"
        and k.tag == "NN"
        and k.lemma.lower() in SOMEONE_NOUNS
        and any(d.dep == "det" and d.lemma.lower() in ("a", "an") for d in tree.children(k))
        for k in tree.children(root)
    )


# --- statements and voice -----------------------------------------------------------------------


def _statement(
    ctx: _Context,
    tokens: Sequence[Token],
    tree: Tree,
    sentence: Mention,
    roles: Mapping[str, RoleMention],
    memory: Memory,
) -> tuple[Statement, Actor | None] | None:
    """A sentence of speech: who spoke (a participant if we can tell) and what was said. A
    sentence that hands over to a quotation ("X said:") makes its speaker the voice of what
    follows."""
    verbs = [t for t in tokens if t.pos == "VERB" and t.lemma.lower() in SPEECH_VERBS]
    # ("was declared dead", "is described as"): what is said of its subject, who says nothing
    verbs = [v for v in verbs if not any(k.dep == "auxpass" for k in tree.children(v))]
    if not verbs:
        return None
    subject = next((s for v in verbs if (s := subject_of(v, tree)) is not None), None)
    speaker = _speaker(ctx, subject, tree, roles, memory) if subject is not None else None
    # "The Foreign Secretary said:" hands over to what follows; a quotation its sentence
    # attributes ("'…,' said the meteorologist") is his word there, not the article's voice
    hands_over = SPEAKER_END.search(sentence.text)
    if speaker is not None and hands_over and any(v.lemma.lower() in SAYING_VERBS for v in verbs):
        memory.speaker = speaker
    quoted = [m.group(1).strip() for m in QUOTED.finditer(sentence.text)]
    index = ctx.sentence_index.get(sentence.start, 0)
    if hands_over and not any(quoted):
        # "Minister X said:" tells who speaks next: what he said is the sentence after it
        following = ctx.parsed.sentences[index + 1 : index + 2]
        if speaker is None or not following:
            return None
        return Statement(speaker.name, following[0].text.strip(), ctx.article.doc), speaker
    # reported speech is the sentence without the dateline the article may open with
    opening = ctx.paragraphs[index] <= ctx.paragraphs[0] + 1 and _opens_paragraph(ctx, index)
    said = sentence.text[lead_end(sentence.text) :] if opening else sentence.text
    quote = " … ".join(q for q in quoted if q) or said.strip() or sentence.text
    who = speaker.name if speaker else _speaker_described(subject, tree, ctx.parsed.text)
    return Statement(who, quote, ctx.article.doc), speaker


def _speaker_described(subject: Token | None, tree: Tree, text: str) -> str | None:
    """Who spoke, as the sentence describes someone it does not name ("an alliance
    spokesperson", "a spokesperson for the foreign ministry", "officials"); none for a
    pronoun or a whole clause."""
    if subject is None or subject.pos == "PRON":
        return None
    words = [t for t in tree.subtree(subject) if t.dep not in ("relcl", "acl")]
    words = [
        t for t in words if not any(c.dep in ("relcl", "acl") for c in _ancestors(t, subject, tree))
    ]
    if not words:
        return None
    start, end = min(t.start for t in words), max(t.end for t in words)
    said = " ".join(text[start:end].split()).strip(" ,")
    if not said or len(said.split()) > SPEAKER_WORDS:
        return None
    return said[:1].lower() + said[1:] if words[0].pos == "DET" else said


SPEAKER_WORDS = 10
"""The longest description of a speaker kept ("a senior official of the interior ministry")."""


def _ancestors(token: Token, top: Token, tree: Tree) -> list[Token]:
    """The tokens between ``token`` and ``top`` (``top`` excluded), going up."""
    found = []
    current = tree.head(token) if token is not top else None
    while current is not None and current is not top and current.i != top.i:
        found.append(current)
        current = tree.head(current)
    return found


def _quoted_voice(
    ctx: _Context,
    sentence: Mention,
    tokens: Sequence[Token],
    tree: Tree,
    roles: Mapping[str, RoleMention],
    memory: Memory,
) -> list[tuple[tuple[int, int], Actor]]:
    """The quotations of a sentence (article offsets), each with who the sentence says spoke
    it: the subject of the saying verb nearest the quotation ("X said ..., while Y told
    reporters: '...'": Y). "He" or "she" is the person the sentence named before the
    pronoun ("X indicated ...: '...,' he said, '...'")."""
    spans = [
        (sentence.start + m.start(1), sentence.start + m.end(1))
        for m in QUOTED.finditer(sentence.text)
    ] or _attributed_after(sentence, tokens)
    if not spans:
        return []
    voices: list[tuple[int, Actor]] = []
    for verb in tokens:
        if verb.pos != "VERB" or verb.lemma.lower() not in SAYING_VERBS:
            continue
        if any(lo <= verb.start < hi for lo, hi in spans):
            continue
        subject = subject_of(verb, tree)
        speaker = None
        if subject is not None and subject.text.lower() in ("he", "she"):
            earlier = [
                t
                for t in tokens
                if t.dep == "nsubj"
                and t.start < subject.start
                and not any(lo <= t.start < hi for lo, hi in spans)
            ]
            speaker = next(
                (n for o in reversed(earlier) if (n := _speaker(ctx, o, tree, roles, memory))),
                None,
            )
        if speaker is None and subject is not None:
            speaker = _speaker(ctx, subject, tree, roles, memory)
        if speaker is not None:
            voices.append((verb.start, speaker))
    if not voices:
        return []
    return [
        (span, min(voices, key=lambda v: min(abs(v[0] - span[0]), abs(v[0] - span[1])))[1])
        for span in spans
    ]


def _attributed_after(sentence: Mention, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """What a sentence says in someone's words without quotation marks: after a colon that
    follows who said it ("The minister said: We will not accept this"), or before the comma
    of who said it at its end ("We will not accept this, the minister said.")."""
    ends = [t for t in tokens if t.pos == "VERB" and t.lemma.lower() in SAYING_VERBS]
    colon = next((t for t in tokens if t.text == ":"), None)
    if (
        ends
        and colon is not None
        and ends[0].start < colon.start
        and not any(t.pos == "VERB" and ends[0].start < t.start < colon.start for t in tokens)
    ):
        return [(colon.end, sentence.end)]  # "The minister said: We will not accept this"
    if len(ends) != 1 or ends[0].dep not in ("ROOT", "conj", "parataxis"):
        return []
    verb = ends[0]
    comma = next((t for t in reversed(tokens) if t.text == "," and t.start < verb.start), None)
    if comma is None or any(
        t.start > comma.start and (t.pos in ("VERB", "CCONJ") and t is not verb) for t in tokens
    ):
        return []  # the saying clause holds a verb of its own, or another clause joined
    if len([t for t in tokens if t.start > verb.start and t.pos != "PUNCT"]) > 3:
        return []  # "..., he said on Monday" at most, not a clause that goes on
    return [(sentence.start, comma.start)]


def _speaker(
    ctx: _Context,
    subject: Token,
    tree: Tree,
    roles: Mapping[str, RoleMention],
    memory: Memory,
) -> Actor | None:
    """The person a speech verb's subject names, directly, through an apposition ("Chile's
    Deputy Foreign Minister, Luis Ramos, stressed"), or as a title the article gives."""
    words = [subject, *(k for k in tree.children(subject) if k.dep in ("appos", "compound"))]
    for word in words:
        key = person_key(word.text)
        if key in roles:
            found = roles[key]
            return found.holder()
        named = key in memory.people or _spelled_as(key, memory.people) is not None
        if key and named and word.ent == "PERSON":
            return _person_named(ctx, word, memory)
    lower = subject.text.lower()
    if lower in ("i", "we"):
        return memory.speaker
    if lower in ("he", "she"):
        return memory.pronoun(lower)
    if subject.lemma.lower() in ("minister", "secretary", "president", "spokesman", "spokesperson"):
        from storyline.events.people import office_holder

        phrase = " ".join(
            t.text for t in tree.subtree(subject, stop=frozenset({"prep", "relcl", "acl"}))
        )
        return office_holder(phrase, memory)
    owner = next((k for k in tree.children(subject) if k.dep == "poss"), None)
    if subject.lemma.lower() == "office" and owner is not None and owner.pos in ("NOUN", "PROPN"):
        # "the prime minister's office said": the office speaks for the prime minister
        return _speaker(ctx, owner, tree, roles, memory)
    return None


def _person_named(ctx: _Context, word: Token, memory: Memory) -> Actor:
    entity = next(
        (e for e in ctx.parsed.entities if e.start <= word.start < e.end and e.label == "PERSON"),
        None,
    )
    name = entity.text if entity else word.text
    office = stated_office(ctx.own, name)
    return Actor(name, "person", office[0] if office else None, office[1] if office else None)


def _statement_event(
    ctx: _Context, statements: list[tuple[int, Statement, Actor | None]]
) -> _Candidate:
    """An article that only reports what someone said: the saying is its event."""
    index, _, speaker = next((s for s in statements if s[2] is not None), statements[0])
    actors = [replace(speaker, side="source")] if speaker else []
    sentence = ctx.parsed.sentences[index]
    text = sentence.text
    tree = ctx.tree(index)
    said = [
        k
        for verb in tree.values()
        if verb.pos == "VERB" and verb.lemma.lower() in SPEECH_VERBS
        for k in tree.children(verb)
        if k.dep == "ccomp"
    ]
    for clause in said:
        # "X said Y suffered a setback last week": the setback was last week, not the saying
        words = tree.subtree(clause)
        lo, hi = words[0].start - sentence.start, words[-1].end - sentence.start
        text = text[:lo] + " " * (hi - lo) + text[hi:]
    date = sentence_date(text, ctx.article.published, ctx.dateline)
    return _Candidate(
        ctx.registry.get(STATEMENT) if _has_type(ctx, STATEMENT) else ctx.registry.get("announce"),
        [index],
        actors,
        date,
        None,
        False,
        sentence.start,
    )


FORCE_CODES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
"""Deeds of force, which a state's leader who speaks of them orders: he acts on its side."""


def _speakers_for_their_side(
    candidates: Sequence[_Candidate], statements: Sequence[tuple[int, Statement, Actor | None]]
) -> None:
    """ "President X said the offensive was to secure the border", told of his state's
    offensive: one who
    speaks of a deed of the state or body whose office he holds takes part on its side."""
    for index, _, speaker in statements:
        if speaker is None or speaker.kind != "person" or speaker.org is None:
            continue
        if _spokesperson(speaker):
            continue  # a spokesperson speaks for the side, and does not act for it
        key = _actor_key(speaker)
        if any(
            index in c.sentences and key in {_actor_key(a) for a in c.actors if a.side == "source"}
            for c in candidates
        ):
            continue  # "we warn our enemies", he said: an act of his own, told apart
        for cand in candidates:
            if index not in cand.sentences or cand.type.plover not in FORCE_CODES:
                continue
            if any(a.side == "source" and a.name == speaker.org for a in cand.actors):
                _add_actor(cand, replace(speaker, side="source"))


def _spokesperson(actor: Actor) -> bool:
    """A spokesperson speaks for a side and tells of its meetings; he did not hold them."""
    return "spokes" in (actor.role or "").lower() or "spokes" in (actor.title or "").lower()


def _commands_a_part(speaker: Actor, main: _Candidate) -> bool:
    """Whether a speaker commands a unit of the forces a deployment moves: his office names
    a unit by the (three-digit) number of one of them ("58th" aside, "158th Maintenance
    Group Commander" with the 158th Airlift Wing deploying)."""
    office = speaker.title or speaker.role or ""
    if main.type.family != "mobilize" or "command" not in office.lower():
        return False
    # a number of three digits: a wing and its groups share it ("1st" names many units)
    numbers = {n for n in UNIT_NUMBER.findall(office) if len(n) > 4}
    return any(
        numbers & set(UNIT_NUMBER.findall(a.name)) for a in main.actors if a.side == "source"
    )


def _what_was_said(
    statement: _Candidate, events: Sequence[_Candidate], home: str | None = None
) -> _Candidate | None:
    """The one speech act a statement's speaker makes in it ("X said: I welcome the
    arrival of aid", "X said: I condemn the attack"), or the one pledge his government makes
    in his words, on its own site ("Chile is committed to providing Peru with support"): the
    saying is that act, told once."""
    speakers = {_actor_key(a) for a in statement.actors if a.side == "source"}
    if not speakers:
        return None
    others = [e for e in events if e is not statement and _dates_fit(e.date, statement.date)]
    acts = [e for e in others if e.type.family in SPEECH_FAMILIES and speakers & _source_keys(e)]
    if not acts:
        ours = speakers | ({home.lower()} if home else set())
        acts = [e for e in others if e.type.family == "pledge" and ours & _source_keys(e)]
    return acts[0] if len(acts) == 1 else None


def _source_keys(event: _Candidate) -> set[str]:
    return {_actor_key(a) for a in event.actors if a.side == "source"}


def _has_type(ctx: _Context, name: str) -> bool:
    try:
        ctx.registry.get(name)
    except KeyError:
        return False
    return True


def _attach(
    ctx: _Context,
    main: _Candidate | None,
    statements: list[tuple[int, Statement, Actor | None]],
) -> None:
    """Statements, their speakers and delegation heads join the article's main event."""
    if main is None:
        return
    for _, said, speaker in statements:
        main.statements.append(said)
        if speaker is not None and main.type.family == "encounter" and not _spokesperson(speaker):
            _add_actor(main, replace(speaker, side=None))
        elif speaker is not None and _commands_a_part(speaker, main):
            # "said Col. X, 507th Maintenance Group Commander" of the 507th Wing's deployment
            _add_actor(main, replace(speaker, side="source"))
    for index, sentence in enumerate(ctx.parsed.sentences):
        told = min(main.sentences)
        if any(phrase in sentence.text for phrase in HEADED_BY) or (
            index == told + 1
            and main.type.family in ATTENDED_FAMILIES
            and _attended_it(sentence.text, ctx.parsed.sentences[told].text)
        ):
            roles = _sentence_roles(ctx, sentence, ctx.parsed.sentence_entities(index))
            for found in roles.values():
                _add_actor(
                    main,
                    found.holder(),
                )


ATTENDED_FAMILIES = frozenset({"encounter", "command", "agree", "appoint"})
"""Happenings held at a gathering whose attendees take part in them (a change of command at
a ceremony; not an arrest made after one)."""
_ATTENDED = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?P<noun>[a-z]+)\s+(?:was|were)\s+(?:also\s+)?attended\s+by\b"
    r"|\battended\s+the\s+(?P<object>[a-z]+)\b"
)


def _attended_it(sentence: str, told: str) -> bool:
    """Whether a sentence names who attended the gathering the article's main happening was
    told to take place at, in the sentence right after ("handed over command ... at a
    ceremony in Lima. Attending the ceremony were X and Y": they took part)."""
    match = _ATTENDED.search(sentence)
    if match is None:
        return False
    noun = match["noun"] or match["object"]
    return noun in GATHERING_NOUNS and re.search(rf"\b(?:a|an|the)\s+{noun}\b", told) is not None


def _add_actor(event: _Candidate, actor: Actor) -> None:
    key = _actor_key(actor)
    for n, known in enumerate(event.actors):
        if _actor_key(known) == key and _same_one(known, actor):
            if not known.role and actor.role:
                event.actors[n] = replace(known, role=actor.role, org=actor.org, title=actor.title)
            elif known.role == STATE_ROLE and actor.role not in (None, STATE_ROLE):
                event.actors[n] = replace(known, role=actor.role)  # what it is there by
            return
    event.actors.append(actor)


def _same_one(a: Actor, b: Actor) -> bool:
    """Whether two actors of one key are one: two people of one surname are one only when
    their names can be one person's ("Barzani" and "Masrour Barzani", not "Masrour Barzani"
    and "Nechirvan Barzani")."""
    return a.kind != "person" or b.kind != "person" or same_person(a.name, b.name)


def _actor_key(actor: Actor) -> str:
    if actor.kind == "person":
        return person_key(actor.name)
    if actor.kind == "org":
        # "Kurdistan Workers' Party (PKK)": two names of one body, one participant
        return (organisation(actor.name) or actor.name).lower()
    return actor.name.lower()


# --- one happening from its mentions ----------------------------------------------------------


def _merge(candidates: list[_Candidate]) -> list[_Candidate]:
    """One candidate per happening: same family, dates and places that can be one, and the
    same people (or no one named on one side: "the meeting focused on ...")."""
    merged: list[_Candidate] = []
    for cand in candidates:
        into = next((m for m in reversed(merged) if _same_happening(m, cand)), None)
        if into is None:
            if cand.type.mode == "visit":
                cand.visited = set(cand.sentences)
            merged.append(cand)
            continue
        cand.into = into
        if cand.type.mode == "visit":
            into.visited |= set(cand.sentences)
        if _harm_of_the_incident(into, cand) and not into.accident:
            into.type = cand.type  # "a minefield explosion killed two youths": PLOVER's ASSAULT
        elif _shots_that_killed(into, cand):
            into.type = cand.type  # "fired on the crowd, killing two": a killing
        into.about_of += cand.about_of
        into.sentences += [s for s in cand.sentences if s not in into.sentences]
        into.remote = into.remote or cand.remote
        into.decided = into.decided and cand.decided  # told done once: it was done
        into.promised = into.promised or cand.promised
        if into.aside and not cand.aside:
            # "In Lima, a city she first visited in 2010, she met X": the sentence's own
            # happening, its type and date, not the clause's
            into.type, into.date, into.aside = cand.type, cand.date, False
        elif not cand.aside or into.aside:
            # not the date of a clause that describes something of the sentence ("met X in
            # Lima, a city she first visited in 2010")
            into.date = into.date or cand.date
        if (
            into.type.family == "encounter"
            and into.place is not None
            and cand.place is not None
            and _is_country(into.place)
            and not _is_country(cand.place)
            and cand.place.country == into.place.country
        ):
            into.place = cand.place  # "visits Iraq" and "travelled to Baghdad": Baghdad
        into.place = into.place or cand.place
        if cand.type.remote and into.type.family == "encounter":
            if not into.type.remote:
                into.type = cand.type  # (a video call told again as "the call" stays one)
            into.place = None
        crossed = _told_the_other_way(into, cand)
        for actor in cand.actors:
            if crossed and actor.side is not None:
                # "X arrived in Lima ... X was received by Y": Y is on X's other side
                actor = replace(actor, side="target" if actor.side == "source" else "source")
            _add_actor(into, actor)
    return merged


def _told_the_other_way(into: _Candidate, cand: _Candidate) -> bool:
    """Whether a happening told again names on its other side the one told first as its
    source, and no one on the same side ("Carter arrived ... Carter was received by Ramos":
    Carter the guest both times)."""
    firsts = {_actor_key(a) for a in into.actors if a.side == "source"}
    sources = {_actor_key(a) for a in cand.actors if a.side == "source"}
    targets = {_actor_key(a) for a in cand.actors if a.side == "target"}
    return bool(targets & firsts) and not sources & firsts


def _undated_before(a: _Candidate, b: _Candidate) -> bool:
    """Whether ``a`` is told as one of before or as repeated, on no day of its own, and
    ``b`` is dated: two happenings, whoever took part."""
    return a.before and a.date is None and b.date is not None and b.date.value is not None


SHOTS = frozenset({"fire", "shoot", "open"})
"""Verbs of shots fired, which a killing in their sentence tells the outcome of."""


def _shots_that_killed(shots: _Candidate, killing: _Candidate) -> bool:
    """Shots fired and a killing in their one sentence ("fired on the crowd, killing two"):
    the killing is what happened ("attacked the base, killing two" stays an attack)."""
    return (
        shots.type.name == "attack"
        and killing.type.name == "kill"
        and shots.token is not None
        and shots.token.lemma.lower() in SHOTS
        and killing.sentences == shots.sentences[:1]
    )


def _same_happening(a: _Candidate, b: _Candidate) -> bool:
    if a.announced and b.announced:
        # what an article announces of one traveller is one announcement (a trip and its
        # meetings); plans of different people are two ("ministers are expected to meet in
        # October", "X is to visit Lima next month")
        doers_a = _keys([x for x in a.actors if x.side == "source"])
        doers_b = _keys([x for x in b.actors if x.side == "source"])
        return not doers_a or not doers_b or bool(doers_a & doers_b)
    if _harm_of_the_incident(a, b) or _harm_of_the_incident(b, a):
        return True  # "a blast outside the market killed two soldiers": one happening
    if a.type.family != b.type.family or a.announced != b.announced:
        return False
    if _coordinated_deeds(a, b) or _coordinated_deeds(b, a):
        return False  # "expelled the Chilean envoy and recalled its own": two deeds
    if b.apart and not set(a.sentences) & set(b.sentences):
        return False  # "Earlier, the adviser met ...": another meeting than the one before
    if _undated_before(a, b) or _undated_before(b, a):
        return False  # "detained on Monday ... had twice been detained before"
    if not _dates_fit(a.date, b.date):
        return False
    if (_in_person(a) and b.type.remote) or (_in_person(b) and a.type.remote):
        return False  # a call and "the meeting" the ministers held: two happenings
    if not b.definite and (_other_doers(a, b) or _other_doers(b, a)):
        return False  # ("the stabbing was carried out by X" tells the one before)
    if _sides_crossed(a, b):
        return False  # X killing Y's people, and strikes against X: two happenings
    if _year_and_day(a.date, b.date) and not _keys(a.actors) & _keys(b.actors):
        return False  # "killed in the crash last night" and "killed this year": a tally
    if b.definite and (b.place is None or b.place.country is None):
        return True  # "the attack", told before, with no place here the gazetteer can locate
    if _outside_the_targets(a, b) or _outside_the_targets(b, a):
        return False  # Russia's invasion of Ukraine, then "the recent attack in Beersheba"
    if not _places_fit(a.place, b.place) and not _same_people(a, b):
        return False
    if b.definite:
        return True
    one_sentence = bool(set(a.sentences) & set(b.sentences))
    if (
        one_sentence
        and a.type.plover == b.type.plover == "ASSAULT"
        and not (_doers(a) and _doers(b))
    ):
        return True  # "two fighters were killed in an ISIS attack": the attack's victims
    # a body and its state doing one thing in one sentence ("aid a ministry of defence
    # pledged ... Chilean assistance") are one doer; in two sentences, two deeds may be told
    keys_a, keys_b = _keys(a.actors, parents=one_sentence), _keys(b.actors, parents=one_sentence)
    if a.type.family == "encounter" and _other_counterparts(a, b):
        return False  # Blinken meeting Lapid, then Blinken on a video call with Herzog
    if a.type.family == "encounter" and _met_during(a, b):
        return False  # "Carter visited Lima"; later "we met the President and the Premier"
    if a.type.family == "encounter" and not b.definite and _other_people(a, b):
        return False  # the leaders met, then their ministers "joined ... for a lunch"
    near = min(b.sentences) - max(a.sentences) <= UNNAMED_REACH
    if near and a.type.plover == b.type.plover == "ASSAULT" and _attackers_only(b):
        return True  # "militants stormed the post ... The assailants rammed a truck": theirs
    if not any(x.side == "source" for x in b.actors) and a.type.name == b.type.name and near:
        return True  # "new Syria sanctions listings" after "the EU's sanctions": who it hit
    if not keys_a or not keys_b:
        # no one named in one of them: one happening when told near the other, not a
        # "negotiations in Geneva" pages after a visit
        return near
    return bool(keys_a & keys_b)


def _coordinated_deeds(a: _Candidate, b: _Candidate) -> bool:
    """Two verbs of other types joined in one sentence, each done to someone else ("expelled
    the Chilean ambassador and recalled Peru's envoy"): two happenings of one doer."""
    if a.token is None or b.token is None or a.type.name == b.type.name:
        return False
    if a.type.plover == "ASSAULT" or a.type.family == "encounter":
        # "killed a soldier and wounded two civilians": one attack's harm; "visited Ankara
        # and met his counterpart": one trip
        return False
    if not (a.token.pos == b.token.pos == "VERB" and b.token.dep == "conj"):
        return False
    if b.token.head != a.token.i:
        return False
    targets_a = _keys([x for x in a.actors if x.side == "target"])
    targets_b = _keys([x for x in b.actors if x.side == "target"])
    return bool(targets_a) and bool(targets_b) and not targets_a & targets_b


def _harm_of_the_incident(incident: _Candidate, harm: _Candidate) -> bool:
    """Whether ``harm`` (a killing, an attack) is told by a verb whose subject is the noun of
    ``incident`` ("an explosion killed ...", "the blast wounded ..."): what it did."""
    noun, verb = incident.token, harm.token
    return (
        incident.type.family == "incident"
        and harm.type.plover == "ASSAULT"
        and incident.announced == harm.announced
        and noun is not None
        and verb is not None
        and noun.pos == "NOUN"
        and noun.dep == "nsubj"
        and noun.head == verb.i
        and bool(set(incident.sentences) & set(harm.sentences))
    )


IN_PERSON_NOUNS = frozenset(
    {"meeting", "summit", "visit", "conference", "ceremony", "dinner", "lunch", "trip", "tour"}
)
"""Gatherings held in person: never one happening with a phone call."""


def _in_person(candidate: _Candidate) -> bool:
    """Whether a candidate is told by a noun of a gathering held in person."""
    token = candidate.token
    return (
        not candidate.type.remote
        and token is not None
        and token.pos == "NOUN"
        and token.lemma.lower() in IN_PERSON_NOUNS
    )


def _doers(candidate: _Candidate) -> bool:
    """Whether a candidate names who did it (anyone on its source side)."""
    return any(a.side == "source" for a in candidate.actors)


UNNAMED_REACH = 5
"""How many sentences after a happening one that names no one may still be it."""


def _outside_the_targets(a: _Candidate, b: _Candidate) -> bool:
    """Of a happening done where its target is (an attack), a mention placed in a country
    none of the other's target states is."""
    if b.place is None or b.place.country is None or a.type.plover not in TARGET_PLACED:
        return False
    owners = {x.org for x in a.actors if x.side == "target" and x.kind != "state"}
    homes = {
        found.country
        for x in a.actors
        if x.side == "target"
        and x.kind == "state"
        and x.name not in owners  # "U.S. troops" in Iraq: the state's forces, abroad
        and (found := lookup(x.name)) is not None
    }
    return bool(homes) and b.place.country not in homes


def _sides_crossed(a: _Candidate, b: _Candidate) -> bool:
    """Of a happening whose sides have parts of their own (the attacker and the target, the
    accuser and the accused), one that did it in one event and had it done to them in the
    other."""
    if a.type.source_part is None or a.type.target_part is None:
        return False
    sources_a = {_actor_key(x) for x in a.actors if x.side == "source"}
    targets_a = {_actor_key(x) for x in a.actors if x.side == "target"}
    sources_b = {_actor_key(x) for x in b.actors if x.side == "source"}
    targets_b = {_actor_key(x) for x in b.actors if x.side == "target"}
    return bool((sources_a - targets_a) & (targets_b - sources_b)) or bool(
        (targets_a - sources_a) & (sources_b - targets_b)
    )


def _other_counterparts(a: _Candidate, b: _Candidate) -> bool:
    """One person in common and another person on each side: two encounters of that person
    (two of one family are two people: "Sheikh Tamim Al Thani", then "Sheikh Mohammed Al
    Thani")."""
    people_a = [x.name for x in a.actors if x.kind == "person"]
    people_b = [x.name for x in b.actors if x.kind == "person"]
    common = [p for p in people_a if any(_one_person(p, q) for q in people_b)]
    only_a = [p for p in people_a if not any(_one_person(p, q) for q in people_b)]
    only_b = [q for q in people_b if not any(_one_person(p, q) for p in people_a)]
    return len(common) == 1 and bool(only_a and only_b)


def _met_during(a: _Candidate, b: _Candidate) -> bool:
    """A visit and, told apart from it, a meeting with two or more people the visit does not
    name: a meeting of its own during the visit, as the gold of real news counts it."""
    if (a.type.mode == "visit") == (b.type.mode == "visit"):
        return False
    visit, meeting = (a, b) if a.type.mode == "visit" else (b, a)
    if visit.visited & set(meeting.sentences):
        return False  # "visited Lima, where he met the President and the Premier": one visit
    named = [x.name for x in visit.actors if x.kind == "person"]
    met = [x.name for x in meeting.actors if x.kind == "person"]
    if not any(_one_person(m, n) for m in met for n in named):
        return False  # "At the meeting, the President and the Premier discussed with him"
    new = [m for m in met if not any(_one_person(m, n) for n in named)]
    return len(new) >= 2


def _other_people(a: _Candidate, b: _Candidate) -> bool:
    """Two encounters of two or more named people each, none of them in both: two
    gatherings, whatever states the people serve."""
    people_a = [x.name for x in a.actors if x.kind == "person"]
    people_b = [x.name for x in b.actors if x.kind == "person"]
    return (
        len(people_a) >= 2
        and len(people_b) >= 2
        and not any(_one_person(p, q) for p in people_a for q in people_b)
    )


def _one_person(a: str, b: str) -> bool:
    """Two names of one person: alike, or one name and a shorter form ("Biden", "Joe Biden");
    an office named for its holder ("Prime Minister") is the same office named again."""
    return a == b or same_person(a, b)


def _year_and_day(a: EventDate | None, b: EventDate | None) -> bool:
    """One of two dates is only a year, the other a month or a day."""
    values = [d.value for d in (a, b) if d is not None and d.value]
    return len(values) == 2 and min(map(len, values)) == 4 and max(map(len, values)) > 4


def _other_doers(a: _Candidate, b: _Candidate) -> bool:
    """Two deeds of violence, one by someone unnamed ("a man began to stab people"), the other
    by a body ("the officers shot him dead"): two happenings, whoever the man turns out to be."""
    return (
        a.unnamed_doer
        and a.type.plover == "ASSAULT"
        and any(x.side == "source" and x.kind in ("org", "state") for x in b.actors)
    )


def _same_people(a: _Candidate, b: _Candidate) -> bool:
    """Two or more people (or bodies), all of one happening's in the other: an article that tells
    the same people meeting twice tells one meeting, whatever place each sentence names ("met
    … in London today"; "met … to discuss the fight against Daesh in Iraq")."""
    people_a = {_actor_key(x) for x in a.actors if x.kind != "state"}
    people_b = {_actor_key(x) for x in b.actors if x.kind != "state"}
    return len(people_b) >= 2 and people_b <= people_a


def _keys(actors: Iterable[Actor], *, parents: bool = False) -> set[str]:
    """Who takes part, as keys, with the organisations people hold office in ("NATO" is
    there when its Secretary General is) and (``parents``) the states or bodies a body is
    part of (the United States is there when its Department of Defense is)."""
    keys = {_actor_key(a) for a in actors}
    keys |= {a.org.lower() for a in actors if a.kind == "person" and a.org}
    if parents:
        keys |= {p.lower() for a in actors if a.kind == "org" and (p := part_of(a.org or a.name))}
        keys |= {
            p.lower() for a in actors if a.kind == "person" and a.org and (p := part_of(a.org))
        }
    return keys


FOLDED_TYPES = frozenset({"agree", "pledge"})
"""Besides speech acts: agreements of the people who met ("they agreed to stay in touch"),
but not a signing, which is a happening of its own."""


def _its_own_noun(hit: Hit, part: Participant) -> bool:
    """A name the model made of the happening's own noun ("at the Change of Command
    parade", tagged as a body): it takes no part in itself."""
    if not part.start <= hit.token.start < part.end:
        return False
    noun = _noun_words(hit.type)
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", part.text)]
    return bool(words) and all(w in noun or w in _LINKING_WORDS for w in words)


_LINKING_WORDS = frozenset({"of", "the", "a", "an", "and"})


def _fold_speech(events: list[_Candidate]) -> list[_Candidate]:
    """What the people of a meeting or a call said there (praise, requests, criticism) is
    part of it: such a speech act joins the encounter as one of its sentences; and what the
    parties to an agreement announce after it tells it is made."""
    encounters = [e for e in events if e.type.family == "encounter" and not e.announced]
    kept = []
    for event in events:
        home = None
        folded = event.type.family in SPEECH_FAMILIES or event.type.name in FOLDED_TYPES
        if folded and _about_another(event, events):
            folded = False  # "commented on yesterday's bombings": about a happening of its own
        if folded and not event.announced:
            speakers = [a for a in event.actors if a.side != "target"] or event.actors
            keys = _keys(speakers)
            if event.type.name in FOLDED_TYPES:
                # a promise to someone the meeting is not with ("pledged aid to Ukraine",
                # said during a visit to Poland) is a happening of its own
                keys |= _keys([a for a in event.actors if a.side == "target"])
            elif event.type.family == "request":
                # and so is a demand made of a state or a body the meeting is not with ("it
                # is vital that Peru withdraws its troops"; not "called for the release of
                # hostages", whom nothing is asked of)
                keys |= _keys(
                    [a for a in event.actors if a.side == "target" and not _people_noun(a.name)]
                )
            home = next(
                (
                    e
                    for e in encounters
                    if keys
                    and keys <= _keys(e.actors, parents=True)
                    and _dates_fit(e.date, event.date)
                    and not (_told_date(event.date) and not _told_date(e.date))
                    and min(e.sentences) <= min(event.sentences)
                ),
                None,
            )
        if home is None and event.type.family == "announce" and not event.announced:
            # "Peru and Chile agreed on Friday to end the mission. The two countries
            # announced that it will end by May": the agreement, made known
            keys = _keys(event.actors)
            home = next(
                (
                    e
                    for e in events
                    if e.type.family == "agree"
                    and not e.announced
                    and keys
                    and keys <= _keys(e.actors, parents=True)
                    and _dates_fit(e.date, event.date)
                    and min(e.sentences) < min(event.sentences)
                ),
                None,
            )
        if home is None:
            kept.append(event)
    return kept


def _told_date(date: EventDate | None) -> bool:
    """A date its own sentence states ("asked ... in August"): a speech act dated so, beside a
    meeting its text leaves undated, may have been said at another time ("Johnson asked the
    Queen for it in August", after a visit told without a date)."""
    return date is not None and date.value is not None and date.basis in ("explicit", "relative")


def _about_another(event: _Candidate, events: Sequence[_Candidate]) -> bool:
    """Whether a speech act is about a happening its sentence tells, one no encounter and no
    speech ("condemned yesterday's bombings in Istanbul"): its own business, not what was
    said at a meeting."""
    return event.about and any(
        other is not event
        and other.type.family not in SPEECH_FAMILIES
        and other.type.family != "encounter"
        # "condemned these attacks": what was said of those told; "the recent attack in
        # Cusco" is one of its own, named by where it was
        and not (other.definite and other.place is None)
        and set(other.sentences) & set(event.sentences)
        for other in events
    )


def _dates_fit(a: EventDate | None, b: EventDate | None) -> bool:
    if a is None or b is None or a.value is None or b.value is None:
        return True
    shorter = min(len(a.value), len(b.value))
    return a.value[:shorter] == b.value[:shorter]


def _places_fit(a: Place | None, b: Place | None) -> bool:
    """Places that can be one: the same, one inside the other's country, or one unknown."""
    if a is None or b is None or a.name == b.name or (a.lat, a.lon) == (b.lat, b.lon):
        return True  # one place, whatever name each sentence gives it
    if a.country is None or b.country is None:
        return False
    return a.country == b.country and (_is_country(a) or _is_country(b))


def _is_country(place: Place) -> bool:
    return place.country is not None and country(place.country) == place


def _main(ctx: _Context, events: list[_Candidate]) -> _Candidate | None:
    """The article's own happening: the first its lead reports, else the first it reports."""
    if not events:
        return None
    lead = [c for c in events if _led(ctx, c)]
    pool = lead or events
    return min(
        pool, key=lambda c: (c.announced, not (c.actors or _told(c)), min(c.sentences), c.start)
    )


def _said_first(
    said: Sequence[tuple[int, Statement, Actor | None]], main: _Candidate | None, ctx: _Context
) -> bool:
    """Whether what someone said in the lead comes before a main happening told later, one
    that is not the speaker's own (what "X said:" goes on to condemn is the happening)."""
    if not said or main is None:
        return False
    if _led(ctx, main) and _kept_event(main, main) and not _commented_on(ctx, main):
        return False  # (a lead happening no one named takes part in is no main one)
    speakers = _keys([who for _, _, who in said if who is not None])
    return not speakers & _keys(main.actors)


COMMENT_VERBS = frozenset({"comment", "remark", "reflect"})
"""Verbs of speaking on something ("the minister comments on the army's offensive"):
what their "on" names is what was spoken of, not what the sentence tells."""


def _commented_on(ctx: _Context, event: _Candidate) -> bool:
    """Whether the happening is what its sentence's verb of comment is on ("X comments on
    the army's offensive to retake Y": X's comment is the sentence's happening)."""
    if event.token is None:
        return False
    tree = ctx.tree(event.token.sent)
    node, through_on = event.token, False
    for _ in range(COMMENT_REACH):
        head = tree.head(node)
        if head is None or head.i == node.i:
            return False
        through_on = through_on or (head.dep == "prep" and head.lemma.lower() in ("on", "about"))
        if head.lemma.lower() in COMMENT_VERBS and (head.pos == "VERB" or head.dep == "ROOT"):
            return through_on  # ("X comments on ...", the verb tagged a plural noun)
        if head.pos == "VERB":
            return False
        node = head
    return False


COMMENT_REACH = 6
"""How many words up from a happening's word its verb of comment is looked for."""


def _in_lead(ctx: _Context, index: int) -> bool:
    """Whether sentence ``index`` is one of the article's lead (its first paragraphs)."""
    first = ctx.paragraphs[0] if ctx.paragraphs else 0
    return index < LEAD_SENTENCES + 1 and ctx.paragraphs[index] <= first + 1


def _led(ctx: _Context, event: _Candidate) -> bool:
    return _in_lead(ctx, min(event.sentences))


def _told(event: _Candidate) -> bool:
    """The text says when or where the happening took place."""
    return event.place is not None or (event.date is not None and event.date.value is not None)


# --- dates -------------------------------------------------------------------------------------


def _day_of_saying(trigger: Token, tree: Tree, *, perfect: bool = True) -> list[tuple[int, int]]:
    """Where the day a report of a happening told in the past perfect (``perfect``; else in
    the simple past) was made is written ("the ministry said on Friday that NATO had agreed
    to ...", "gunmen attacked the post, the ministry said on Tuesday"): the saying's day, which
    the happening's is taken for unless a sentence after gives its own."""
    kids = tree.children(trigger)
    had = any(k.dep == "aux" and k.lemma.lower() == "have" and k.tag == "VBD" for k in kids)
    if perfect != had or (
        not perfect and (trigger.tag != "VBD" or any(k.dep == "aux" for k in kids))
    ):
        return []
    current = trigger
    while current.dep in ("ccomp", "conj", "xcomp") and (head := tree.head(current)) is not None:
        if head.lemma.lower() in SPEECH_VERBS:
            return [
                (min(t.start for t in tree.subtree(k)), max(t.end for t in tree.subtree(k)))
                for k in tree.children(head)
                if k.dep in ("prep", "npadvmod") and k.i != current.i
            ]
        current = head
    return []


def _trigger_date(
    ctx: _Context,
    sentence: Mention,
    trigger: Token,
    tree: Tree,
    noun: Token | None = None,
    *,
    elsewhere: bool = False,
    apart: Sequence[tuple[int, int]] = (),
) -> EventDate | None:
    """The date written in the trigger's own clause, else anywhere in its sentence (``noun``: the
    trigger noun a light verb carries, whose own phrase dates it; ``elsewhere``: the happening
    points to another, whose clause dates that one: "invited X to attend the summit in July")."""
    start, end = clause_span(trigger, tree)
    owned = [
        *_owned_dates(trigger, tree),
        *_described(ctx, trigger, tree),
        *_other_happenings_dates(ctx, noun or trigger, tree),
        *(_pointed_to(trigger, tree) if elsewhere else []),
        *apart,
        *([ctx.dateline_at] if ctx.dateline_at else []),
    ]
    apart = _times_apart(trigger, tree)
    # (the clause is a run of the sentence: one that tells another time may lie inside it)
    clause = _blanked(ctx.parsed.text, start, end, [*owned, *apart])
    published = ctx.article.published
    if found := sentence_date(clause, published, ctx.dateline, bounds=False):
        return found
    if (dated := _dated_noun(ctx, trigger, tree)) is not None:
        return dated  # "the January 28 attack that killed three soldiers": January 28
    # The parse may hang the event's date on another verb: take the date phrase written
    # closest to the trigger.
    at = trigger.start - sentence.start
    others = [
        (a - sentence.start, b - sentence.start)
        for a, b in [*_other_time_spans(trigger, tree), *apart, *owned]
    ]
    phrases = sorted(
        find_date_phrases(sentence.text), key=lambda p: min(abs(p[0] - at), abs(p[1] - at))
    )
    for phrase_start, phrase_end, _ in phrases:
        if any(a <= phrase_start < b for a, b in others):
            continue
        window = sentence.text[max(0, phrase_start - DATE_WINDOW) : phrase_end]
        # ("On May 16 he was caught": the tense words come after the phrase; not a date
        # that names a noun, "the June 29-30 summit", whose own time it is)
        first = next((t for t in tree.values() if t.start == sentence.start + phrase_start), None)
        named = first is not None and first.dep in ("nmod", "compound", "amod")
        tense = None if named else _verb_tense(trigger, tree)
        if found := sentence_date(window, published, ctx.dateline, bounds=False, tense=tense):
            return found
    return None


INTERVAL_DAYS = {"day": 1, "week": 7}
"""Units of "two days after X" counted in days (months and years are too loose for a day)."""


LONG_UNITS = frozenset({"month", "year", "decade", "century"})
"""Units of a span counted from a happening long past ("20 years after the invasion")."""


def _years_from(noun: Token, tree: Tree) -> bool:
    """Whether a happening's noun is what a span of months or years is counted from ("visited
    Baghdad on Tuesday, nearly 20 years after the U.S. invasion"): a time told by it, not a
    happening the sentence tells (a span of days dates it: see ``_interval_date``)."""
    if noun.pos == "VERB":
        return _years_from_clause(noun, tree)
    prep = tree.head(noun)
    if noun.pos != "NOUN" or noun.dep != "pobj" or prep is None:
        return False
    if prep.lemma.lower() not in ("after", "before"):
        return False
    return any(k.dep == "npadvmod" and k.lemma.lower() in LONG_UNITS for k in tree.children(prep))


MAX_CONJUNCTS = 8
"""Longest chain of coordinated verbs walked back to its first."""


def _years_from_clause(verb: Token, tree: Tree) -> bool:
    """A clause a span of months or years is counted from ("arrived on Sunday, three years
    after the militants seized the city and declared a caliphate"), its conjuncts too."""
    for _ in range(MAX_CONJUNCTS):
        if verb.dep != "conj" or (up := tree.head(verb)) is None:
            break
        verb = up
    if verb.dep != "advcl":
        return False
    for mark in tree.children(verb):
        if mark.dep != "mark" or mark.lemma.lower() not in ("after", "before"):
            continue
        units = [*tree.children(mark), *(k for k in tree.children(verb) if k.i < mark.i)]
        if any(u.dep == "npadvmod" and u.lemma.lower() in LONG_UNITS for u in units):
            return True
    return False


def _interval_date(
    ctx: _Context, sentence: Mention, trigger: Token, tree: Tree
) -> EventDate | None:
    """The day of a happening told as so long before or after another ("voted on Sunday ...,
    two days after a drone strike killed X": the strike was on the Friday)."""
    verb: Token | None = trigger
    while verb is not None and verb.pos != "VERB":
        verb = tree.head(verb)
    main = tree.head(verb) if verb is not None and verb.dep == "advcl" else None
    if verb is None or main is None:
        return None
    for mark in tree.children(verb):
        if mark.dep != "mark" or mark.lemma.lower() not in ("after", "before"):
            continue
        # the parser hangs "two days" on "after", or on the verb right before "after"
        units = [*tree.children(mark), *(k for k in tree.children(verb) if k.i < mark.i)]
        for unit in units:
            days = INTERVAL_DAYS.get(unit.lemma.lower())
            count = next(
                (
                    k
                    for k in tree.children(unit)
                    if k.dep == "nummod" or (k.dep == "det" and k.lemma.lower() in ("a", "an"))
                ),
                None,
            )  # ("two days after", "a day after")
            if unit.dep != "npadvmod" or days is None or count is None:
                continue
            text = count.text.lower()
            n = int(text) if text.isdigit() else NUMBER_WORDS.get(text)
            told = _trigger_date(ctx, sentence, main, tree)
            if n is None or told is None or told.value is None or told.precision != "day":
                return None
            sign = 1 if mark.lemma.lower() == "before" else -1
            day = dt.date.fromisoformat(told.value) + dt.timedelta(days=sign * n * days)
            phrase = ctx.parsed.text[count.start : mark.end]
            return EventDate(day.isoformat(), "day", "relative", phrase)
    return None


def _anniversary_date(
    ctx: _Context, sentence: Mention, trigger: Token, tree: Tree
) -> EventDate | None:
    """The year of a happening whose anniversary the sentence marks: "Namibians celebrate the
    30th anniversary of the liberation of Namibia", written in 2024, tells of 1994 (the
    anniversary's own date, where the sentence gives one, else the day of writing)."""
    prep = tree.head(trigger)
    noun = tree.head(prep) if prep is not None and prep.lemma.lower() == "of" else None
    if noun is None or trigger.dep != "pobj" or noun.lemma.lower() not in ANNIVERSARY_NOUNS:
        return None
    years = anniversary_years(noun, tree)
    if years is None:
        return None
    own = tree.subtree(trigger)
    lo, hi = own[0].start - sentence.start, own[-1].end - sentence.start
    if any(lo <= start and end <= hi for start, end, _ in find_date_phrases(sentence.text)):
        # "the liberation of the city, which took place in March 1990": its own date
        return sentence_date(sentence.text[lo:hi], ctx.article.published, ctx.dateline)
    marked = _trigger_date(ctx, sentence, noun, tree)
    year = int(marked.value[:4]) if marked and marked.value else None
    if year is None and ctx.reference is not None:
        year = ctx.reference.year
    if year is None:
        return None
    phrase = ctx.parsed.text[tree.subtree(noun)[0].start : noun.end]
    return EventDate(str(year - years), "year", "relative", phrase)


WHEN_PREPOSITIONS = frozenset({"during", "at", "in", "on", "throughout", "after", "before"})
DURING_PREPOSITIONS = frozenset({"during", "at", "throughout"})
"""Prepositions of a happening another is held during ("agreed during the 2015 summit"); "in"
and "on" may say in what matter ("arrested him in the 1987 killings")."""
"""Prepositions whose object says when ("during Monday's session")."""


def _other_happenings_dates(ctx: _Context, trigger: Token, tree: Tree) -> list[tuple[int, int]]:
    """Spans of dates another happening's noun holds ("invited her to the summit in June":
    June is the summit's, not the invitation's; "arrested him in the 1987 killings": 1987 is
    the killings')."""
    spans = []
    for token in tree.values():
        if token.ent != "DATE":
            continue
        prep = tree.head(token)
        if token.dep == "pobj" and prep is not None and prep.dep == "prep":
            noun, words = tree.head(prep), tree.subtree(prep)
        elif token.dep in ("nummod", "compound", "amod", "nmod") and prep is not None:
            noun, words = prep, [t for t in tree.subtree(token) if t.i < prep.i]
            if noun.dep in ("nsubj", "nsubjpass") and tree.head(noun) == trigger:
                continue  # "the 2015 bombing killed 12 people": the killing's day too
        else:
            continue
        if noun is None or noun.i == trigger.i or noun.pos != "NOUN" or not words:
            continue
        at = tree.head(noun) if noun.dep == "pobj" else None
        when = WHEN_PREPOSITIONS if token.dep == "pobj" else DURING_PREPOSITIONS
        if at is not None and at.lemma.lower() in when:
            continue  # "agreed during the meeting on Thursday": when the agreeing was
        if (
            token.dep != "pobj"
            and at is not None
            and at.lemma.lower() == "in"
            and not _answered_for(noun, trigger, ctx)
        ):
            continue  # "arrested in the 2019 protests": during them
        if ctx.registry.candidates(noun.lemma.lower(), "NOUN"):
            spans.append((min(t.start for t in words), max(t.end for t in words)))
        elif (
            token.dep != "pobj"
            and _LONE_YEAR.fullmatch(token.text)
            and any(k.dep == "det" and k.text.lower() in ("a", "an") for k in tree.children(noun))
        ):
            # "called for a review of a 2017 security treaty": the year tells which treaty,
            # no time of the calling ("the 1972 break-in" may well be when it began)
            spans.append((token.start, token.end))
    return spans


_LONE_YEAR = re.compile(r"(?:1[89]|20)\d\d")
"""A year written alone, which as the modifier of a noun with "a" tells which thing the noun is
("a 2017 treaty")."""


def _answered_for(noun: Token, trigger: Token, ctx: _Context) -> bool:
    """Whether an arrest, a charge or a sentence is "in" a deed of force as what it answers
    for ("arrested in the 1987 killings"), not during a happening ("in the 2019 protests")."""
    if trigger.lemma.lower() not in PUNISHING_WORDS:
        return False
    kinds = ctx.registry.candidates(noun.lemma.lower(), "NOUN")
    return any(kind.plover == "ASSAULT" for kind, _ in kinds)


def _pointed_to(trigger: Token, tree: Tree) -> list[tuple[int, int]]:
    """Spans of what a happening points to: its infinitive ("invited her to attend the summit
    in July") and its "to" phrase ("an invitation to the summit in July")."""
    spans = []
    for kid in tree.children(trigger):
        pointing = kid.dep == "xcomp" or (kid.dep == "prep" and kid.lemma.lower() == "to")
        if pointing:
            words = tree.subtree(kid)
            spans.append((min(t.start for t in words), max(t.end for t in words)))
    return spans


def _described(ctx: _Context, trigger: Token, tree: Tree) -> list[tuple[int, int]]:
    """Spans of relative clauses that describe someone or something of the sentence ("Rutte,
    who became secretary general on 1 October, used the visit to ..."): their dates are
    theirs, not the happening's; a clause about a happening ("the talks we held this
    morning") still dates it."""
    spans = []
    for token in tree.values():
        head = tree.head(token)
        if token.dep != "relcl" or head is None or head.pos not in ("NOUN", "PROPN"):
            continue
        if ctx.registry.candidates(head.lemma.lower(), "NOUN"):
            continue
        if head.i == trigger.i or any(t.i == trigger.i for t in tree.subtree(token)):
            continue  # the happening is told inside the clause itself
        words = tree.subtree(token)
        spans.append((min(t.start for t in words), max(t.end for t in words)))
    return spans


def _aside(ctx: _Context, hit: Hit, tree: Tree) -> bool:
    """Whether a happening is told in a relative clause that describes something of its
    sentence, not a happening nor a participant (the clauses :func:`_described` leaves out of
    a date): a relative clause among the trigger's own ancestors."""
    current: Token | None = hit.token
    while current is not None:
        head = tree.head(current)
        if (
            current.dep == "relcl"
            and head is not None
            and head.i != hit.token.i
            and head.pos in ("NOUN", "PROPN")
            and not ctx.registry.candidates(head.lemma.lower(), "NOUN")
            # (not of a participant: "met Ramos, who flew into Lima on Friday")
            and head.ent not in ("PERSON", "ORG", "NORP")
            and head.lemma.lower() not in PERSON_NOUNS
        ):
            return True
        current = head if head is not None and head.i != current.i else None
    return False


def _owned_dates(trigger: Token, tree: Tree) -> list[tuple[int, int]]:
    """Spans of dates that say whose a thing is, not when the trigger's happening was
    ("urged leaders to reconsider today's resolution": the resolution is today's)."""
    spans = []
    for token in tree.values():
        if token.dep == "poss" and token.ent == "DATE" and token.head != trigger.i:
            owner = tree.get(token.head)
            at = tree.head(owner) if owner is not None and owner.dep == "pobj" else None
            if at is not None and at.lemma.lower() in WHEN_PREPOSITIONS:
                continue  # "protested during Monday's session": when it happened
            words = tree.subtree(token)
            spans.append((min(t.start for t in words), max(t.end for t in words)))
        elif token.dep in ("nmod", "compound") and token.ent == "DATE" and token.head != trigger.i:
            # "spoke about a planned May 3 increase of port fees": the increase's date
            owner = tree.get(token.head)
            at = tree.head(owner) if owner is not None and owner.dep == "pobj" else None
            if owner is None or owner.pos != "NOUN" or at is None:
                continue
            if at.lemma.lower() in WHEN_PREPOSITIONS:
                continue  # "during the May 5 session": when it happened
            words = tree.subtree(token)
            spans.append((min(t.start for t in words), max(t.end for t in words)))
    return spans


def _blanked(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> str:
    """``text[start:end]`` with the characters of ``spans`` blanked out (offsets kept)."""
    chars = list(text[start:end])
    for lo, hi in spans:
        for i in range(max(lo, start), min(hi, end)):
            chars[i - start] = " "
    return "".join(chars)


TIME_MARKS = frozenset({"after", "before", "since", "until", "till"})
"""Conjunctions of a clause that tells another happening, at its own time."""


def _other_time(token: Token, tree: Tree) -> bool:
    """A clause that tells another happening to date this one by ("after Turkey began ...",
    "his first visit since taking office in October")."""
    if token.dep == "prep" and token.lemma.lower() in TIME_MARKS:
        return any(k.dep == "pcomp" and k.pos == "VERB" for k in tree.children(token))
    return token.dep == "advcl" and any(
        k.dep == "mark" and k.lemma.lower() in TIME_MARKS for k in tree.children(token)
    )


LIVING_VERBS = frozenset(
    {"raise", "live", "bear", "grow", "reside", "come", "hail", "base", "study", "settle"}
)  # fmt: skip
"""Verbs of where someone lives or comes from ("who was raised in Arica")."""


def _people_described(hit: Hit, tree: Tree) -> list[tuple[int, int]]:
    """Spans of relative clauses that tell of a person ("Luis Ramos, who was raised in
    Arica, was sentenced ..."): where that person lived or came from, not where the
    happening was."""
    spans = []
    for clause in tree.values():
        if clause.dep != "relcl":
            continue
        person = tree.head(clause)
        if person is None or not (person.ent == "PERSON" or person.lemma.lower() in PERSON_NOUNS):
            continue
        if clause.lemma.lower() not in LIVING_VERBS:
            continue  # ("who was hiding in a house in Tacna": where the arrest was)
        words = tree.subtree(clause)
        if any(t.i == hit.token.i for t in words):
            continue
        spans.append((min(t.start for t in words), max(t.end for t in words)))
    return spans


def _dated_aside(verb: Token, tree: Tree) -> bool:
    """Whether a verb tells an aside of its own day: a relative clause set off by a comma
    that dates itself ("Soto, who took office in October, arrived in Lima")."""
    if verb.dep != "relcl":
        return False
    inside = tree.subtree(verb)
    before = tree.get(inside[0].i - 1)
    return before is not None and before.text == "," and any(t.ent == "DATE" for t in inside)


def _within_other_time(token: Token, tree: Tree) -> bool:
    """Whether a word lies in a clause that tells another happening to date one by."""
    current: Token | None = token
    while current is not None:
        if _other_time(current, tree):
            return True
        current = tree.head(current)
    return False


def _other_time_spans(trigger: Token, tree: Tree) -> list[tuple[int, int]]:
    """Character spans of the clauses under a trigger's clause that tell other happenings."""
    spans = []
    for token in tree.subtree(trigger):
        if token is not trigger and (
            _other_time(token, tree) or _describing_clause(token, trigger, tree)
        ):
            inside = tree.subtree(token)
            spans.append((inside[0].start, inside[-1].end))
    return spans


def _dated_noun(ctx: _Context, trigger: Token, tree: Tree) -> EventDate | None:
    """The date a relative clause's noun carries before it ("an April 1 airstrike that killed
    seven officers": the killing was on April 1)."""
    noun = tree.head(trigger) if trigger.dep == "relcl" else None
    if noun is None or noun.pos != "NOUN":
        return None
    dates = [
        t
        for k in tree.children(noun)
        if k.dep in ("nmod", "compound", "amod", "npadvmod") and k.ent == "DATE" and k.i < noun.i
        for t in tree.subtree(k)
    ]
    if not dates:
        return None
    start = min(t.start for t in dates)
    # read through the clause's verb, whose tense says which June 2 ("that killed": the last)
    return sentence_date(ctx.parsed.text[start : trigger.end], ctx.article.published, ctx.dateline)


def _times_apart(trigger: Token, tree: Tree) -> list[tuple[int, int]]:
    """Character spans of the clauses of the sentence that tell another happening to date by
    ("It was his first visit since he took office in October": October is when he took
    office, not when he visited), but the one the trigger stands in."""
    spans = []
    for token in tree.values():
        if _other_time(token, tree) and token.i != trigger.i:
            inside = tree.subtree(token)
            if not any(t.i == trigger.i for t in inside):
                spans.append((inside[0].start, inside[-1].end))
    return spans


def _describing_clause(token: Token, trigger: Token, tree: Tree) -> bool:
    """A clause that describes one of the happening's nouns, not the trigger ("turned down an
    offer to join talks next month": next month is the talks')."""
    head = tree.head(token)
    return (
        token.dep in ("acl", "relcl")
        and token.pos in ("VERB", "AUX")
        and head is not None
        and head is not trigger
        and head.i != trigger.i
    )


def clause_span(trigger: Token, tree: Tree) -> tuple[int, int]:
    """Character span (in the article) of the words that depend on a trigger: its own clause,
    where the date of that event is written ("visited Brussels earlier this month, the ministry
    said on Monday": the visit's date is "earlier this month")."""
    if (known := tree.spans.get(trigger.i)) is not None:
        return known
    start, end, stack = trigger.start, trigger.end, [trigger]
    while stack:
        current = stack.pop()
        for kid in tree.children(current):
            if kid.pos == "VERB" and kid.lemma.lower() in SPEECH_VERBS:
                continue  # "..., the ministry said on Monday": the report, not the event
            if kid.dep in ("relcl", "acl") and current is not trigger:
                continue  # "signed the bill, which saved lives last year": another time
            if _other_time(kid, tree):
                continue  # "agreed on Sunday after Turkey began an offensive on Wednesday"
            start, end = min(start, kid.start), max(end, kid.end)
            stack.append(kid)
    tree.spans[trigger.i] = (start, end)
    return start, end


def _date_from_context(ctx: _Context, events: list[_Candidate], main: _Candidate | None) -> None:
    """Dates for happenings whose own sentences give none: a neighbouring sentence of the
    paragraph that goes on about them, else the main happening's (what an article reports
    beside it happened then), else the dateline or publication day."""
    for event in events:
        if event.reported_day and (told := _neighbour_date(ctx, event)) is not None:
            # "said on Friday that NATO had agreed ... The agreement was reached on Wednesday"
            event.date = told
            continue
        if event.said_day and (told := _day_it_took_place(ctx, event)) is not None:
            # "Gunmen attacked the post, the ministry said on Tuesday. The attack took place
            # on Sunday."
            event.date = told
            continue
        if (
            event.date is not None
            and event.date.phrase is not None
            and _DAYS_LATER.fullmatch(event.date.phrase.strip())
            and (told := _days_after_the_told(ctx, event, events)) is not None
        ):
            # "The day before, X met Y": the day before the happening just told, not the
            # day before the article's
            event.date = told
            continue
        if event.date is not None and event.date.value is not None:
            continue
        if event.announced or event.earlier:
            continue  # (a tally "since October" has no day of its own)
        found = (
            _days_after_the_told(ctx, event, events)
            or _neighbour_date(ctx, event)
            or _date_of_the_one_followed(ctx, event, events)
            or _date_of_the_one_reacted_to(ctx, event, events)
        )
        main_date = main.date if main is not None and event is not main else None
        if main_date is not None and _is_background(main_date, ctx.article.published):
            main_date = None  # "X, who took command in May 2023, said ...": not the day of
            # what else the article tells
        if main_date is not None and _after(main_date, ctx.reference):
            main_date = None  # "will sing on Sunday ... X has denied it": not that Sunday
        if event is not main and _told_as_earlier(ctx, event):
            event.earlier = True  # "militias had made threats": before it, on a day not told
            main_date = None
        if found is None and main_date is not None and main_date.value is not None:
            # the main happening's day, as firm as it is (a publication day stays one)
            basis = "inferred" if main_date.basis in STATED_BASES else main_date.basis
            found = replace(main_date, basis=basis, phrase=None)
        if found is not None:
            event.date = found


_DAYS_LATER = re.compile(
    r"\b(?:(?P<count>a|one|two|three|four|five|six|\d+)\s+days?\s+"
    r"(?P<way>later|earlier|before(?=\s*[,.;:]|\s*$))"
    r"|the\s+(?P<then>next|following|previous|preceding)\s+day"
    r"|the\s+day\s+(?P<prior>before)(?=\s*[,.;:]|\s*$)"
    r"|(?P<hours>(?<![\w-]\s)(?:(?:a\s+few|several)\s+)?(?:hours|minutes|moments)\s+"
    r"(?:later|earlier|before(?=\s*[,.;:]|\s*$)))"
    r"|(?P<same>(?:later|earlier)\s+that\s+day))",
    re.IGNORECASE,
)
"""Days counted from the happening told just before ("A day later", "The next day", "Two days
earlier", "The day before,"; not "the day before the summit" or "two days before Christmas",
which count from what they name); "Hours earlier", "later that day": its own day."""
_EARLIER = frozenset({"earlier", "before", "previous", "preceding"})


def _days_after_the_told(
    ctx: _Context, event: _Candidate, events: Sequence[_Candidate]
) -> EventDate | None:
    """ "A day later, X travelled to Erbil", "The next day ...", "The day before, ...": so
    many days after (or before) the latest happening told before it on a known day."""
    first = min(event.sentences)
    match = _DAYS_LATER.search(ctx.parsed.sentences[first].text)
    if match is None:
        return None
    count = (match["count"] or "one").lower()
    days = int(count) if count.isdigit() else 1 if count == "a" else NUMBER_WORDS.get(count)
    way = (match["way"] or match["then"] or match["prior"] or "").lower()
    if days is not None and way in _EARLIER:
        days = -days
    if match["hours"] or match["same"]:
        days = 0  # "Hours earlier, ...", "later that day": the same day as the one told
    before = [
        e
        for e in events
        if max(e.sentences) < first
        and e.date is not None
        and e.date.value is not None
        and e.date.precision == "day"
        and not e.announced
    ]
    if days is None or not before:
        return None
    told = max(before, key=lambda e: max(e.sentences)).date
    assert told is not None and told.value is not None
    day = dt.date.fromisoformat(told.value) + dt.timedelta(days=days)
    return EventDate(day.isoformat(), "day", "relative", match.group(0))


SPOKEN_CODES = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN"})
"""PLOVER types of what is done by saying it: whoever a body's words are said by does it too."""


def _speaks_for(hit: Hit, actors: Sequence[Actor], voice: Actor, text: str) -> bool:
    """Whether the person a sentence's words are said by speaks for the body that does what
    they tell (a condemnation, a demand), the body being all its sentence names as the doer."""
    sources = [a for a in actors if a.side == "source"]
    at = text.find(voice.name)
    described = text[text.rfind(",", 0, at) + 1 : at] if at > 0 else ""
    if any(
        (home := state(word)) is not None and home not in {a.name for a in sources}
        for word in described.split()
    ):
        return False  # "Chile condemned it, Peruvian government spokesman X said"
    return (
        hit.type.plover in SPOKEN_CODES
        and voice.kind == "person"
        and bool(sources)
        and all(a.kind in ("state", "org") for a in sources)
        and not any(person_key(a.name) == person_key(voice.name) for a in actors)
        and any(_of_the_body(voice, a) for a in sources)
    )


def _of_the_body(voice: Actor, body: Actor) -> bool:
    """Whether a speaker serves the body: named as its ("State Department spokesman": the
    United States), or holding an office the sentence gives no owner ("Foreign Minister X",
    said of Chile's condemnation); not another state's spokesman, nor an analyst."""
    if voice.org is not None:
        same = organisation(voice.org) or voice.org
        return (
            body.name in voice.org
            or voice.org in body.name
            or same == (organisation(body.name) or body.name)  # ("KRG spokesman")
            or state(voice.org) == body.name
        )
    words = role_key(voice.role).partition(" of ")[0].split() if voice.role else []
    return bool(words) and words[-1] in SPEAKING_OFFICES  # ("Secretary of State": secretary)


SPEAKING_OFFICES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "president",
     "ambassador", "envoy", "representative", "chancellor", "premier", "king", "emir"}
)  # fmt: skip
"""Last words of offices whose holder speaks for the state or body their sentence names."""


def _dateline_at(article: ArticleInput) -> tuple[int, int] | None:
    """Where the dateline with its date stands in the text, at its top or below its title."""
    if (span := dateline_span(article.text, article.published)) is not None:
        return span
    below = _below_title(article)
    if len(below) == len(article.text):
        return None
    if (span := dateline_span(below, article.published)) is None:
        return None
    offset = len(article.text) - len(below)
    return span[0] + offset, span[1] + offset


def _below_title(article: ArticleInput) -> str:
    """The text below its title, where the text opens by repeating it ("Minister receives
    envoy" / "Lima-ANA" / ...), once or more, or in a shorter form ("Minister receives envoy
    from Chile" / "Minister receives envoy" / ...): where a dateline is read."""
    title = " ".join((article.title or "").split()).casefold()
    text, below = article.text.lstrip(), None
    for _ in range(MAX_TITLE_REPEATS):
        first, _, rest = text.partition("\n")
        line = " ".join(first.split()).casefold()
        if not title or not line or not (line == title or _title_shortened(line, title)):
            break
        text = below = rest.lstrip()
    return article.text if below is None else below


MAX_TITLE_REPEATS = 3
"""Lines repeating the title (a page's heading, its teaser) a dateline may stand below."""


def _title_shortened(line: str, title: str) -> bool:
    """Whether ``line`` is the title cut short at a word's end (three words at least)."""
    return (
        len(line.split()) >= 3
        and title.startswith(line)
        and title[len(line) : len(line) + 1] in (" ", ",", ":", "-")
    )


IMPERSONAL_PLANS = frozenset({"plan", "expect", "intend", "hope", "schedule", "envisage"})
"""Verbs of "it is planned to ...", "it is expected to ...": a plan told of no one."""


def _impersonal_plan(verb: Token, tree: Tree) -> bool:
    """An infinitive of "it is planned to ..." ("It is planned to bring home most of
    the soldiers"): what no one named plans."""
    head = tree.head(verb)
    return (
        verb.dep == "xcomp"
        and head is not None
        and head.dep in ("ROOT", "conj")  # (not "X said it was expected to ...": X's)
        and head.lemma.lower() in IMPERSONAL_PLANS
        and any(
            k.dep in ("nsubjpass", "expl") and k.lemma.lower() == "it" for k in tree.children(head)
        )
    )


def _serial(noun: Token, tree: Tree) -> bool:
    """A happening's noun told as many over a time ("regular rocket attacks", "the continuing
    wave of raids by rebel bands"): no one happening."""
    if noun.pos == "VERB" and noun.dep == "acl":
        # "raids by rebel bands aimed at Chilean firms": who the groups of the
        # many are, told by their deeds
        head = tree.head(noun)
        while head is not None and head.dep in ("pobj", "prep", "acl", "compound"):
            head = tree.head(head)
            if head is not None and head.pos == "NOUN" and _serial(head, tree):
                return True
        return False
    if noun.pos != "NOUN":
        return False
    phrase = (
        noun  # (the parse may hang the noun on a word of its phrase: "[vehicle (UAV) attacks]")
    )
    while phrase.dep in ("appos", "compound") and (up := tree.head(phrase)) is not None:
        phrase = up
    prep = tree.head(phrase)
    above = tree.head(prep) if phrase.dep == "pobj" and prep is not None else None
    if above is not None and prep is not None:
        if prep.lemma.lower() == "of" and above.lemma.lower() in SERIES_NOUNS:
            return True  # "a series of attacks"
        if prep.lemma.lower() == "in" and above.lemma.lower() in ENGAGED_VERBS:
            # "bands that are engaged in mortar attacks": what they do ("were engaged in
            # clashes" tells some)
            return _present(above, tree)
    # "regular rocket attacks"; one of a series is one ("the weekly cabinet meeting", "their
    # regular talks")
    return (
        noun.tag == "NNS"
        and noun.lemma.lower() not in PLURAL_ONLY
        and any(k.dep == "amod" and k.text.lower() in SERIAL_MODIFIERS for k in tree.children(noun))
    )


def _each_counterpart(
    event: _Candidate, aside: bool = False, separate: bool = False
) -> list[_Candidate]:
    """An encounter its noun puts in the plural, one person on one side and a list of people
    of different states or bodies on the other ("received calls from the presidents of Chile
    and Bolivia"): one encounter with each of them, the one alone on the other side in every
    one ("held talks with", one happening in the plural, is not split, nor is a list of one
    delegation). ``aside``: told as talks on the sidelines of a gathering ("on the sidelines
    of the summit, he met A, B and C"), a verb's list of whom he met is split too: each a
    talk of its own; ``separate``: told as separate talks ("in side conversations", "in
    separate meetings"), even two people of one state are two. None when the event is no
    such encounter."""
    noun = event.token
    if event.type.family != "encounter" or noun is None:
        return []
    if noun.pos != "NOUN" and not aside:
        return []
    if (
        noun.pos == "NOUN"
        and not aside
        and (
            noun.tag != "NNS"
            or noun.lemma.lower() in PLURAL_ONLY
            or noun.text.lower() in PLURAL_ONLY
        )
    ):
        return []
    people = {
        side: [a for a in event.actors if a.kind == "person" and a.side == side]
        for side in ("source", "target")
    }
    if not people["source"]:
        # ("X took part in the summit ... on its sidelines X exchanged views with A, B": the
        # one on no side, merged from the gathering, is who held the talks)
        people["source"] = [a for a in event.actors if a.kind == "person" and a.side is None]
    alone = [side for side, found in people.items() if len(found) == 1]
    listed = [side for side, found in people.items() if len(found) >= 2]
    if len(alone) != 1 or len(listed) != 1:
        return []
    side = listed[0]
    if aside and event.token is not None and event.token.pos != "NOUN" and side != "target":
        return []  # "on the sidelines, Carter and Ramos met Vidal": one talk of three
    orgs = [a.org for a in people[side]]
    if None in orgs or (len(set(orgs)) < len(orgs) and not separate):
        # ("with Ana Soto and her deputy": one delegation, met together; on the sidelines,
        # each of a state's ministers is a talk of its own)
        return []
    hosts = [a for a in people["source"] if a.side is None]  # (merged on no side)
    copies = []
    for member in people[side]:
        others = [a for a in people[side] if a is not member]
        # the others' states and bodies go with them ("Chile" of Chile's President)
        theirs = {a.org for a in others if a.org and a.org != member.org}
        actors = [
            replace(a, side="source") if any(a is h for h in hosts) else a
            for a in event.actors
            if not any(a is o for o in others)
            and not (a.kind != "person" and a.side == side and a.name in theirs)
        ]
        copies.append(
            replace(
                event,
                actors=actors,
                sentences=list(event.sentences),
                statements=list(event.statements),
            )
        )
    return copies


def _aside_talks(ctx: _Context, event: _Candidate) -> tuple[bool, bool]:
    """Whether a sentence of an encounter tells it as talks aside from a gathering ("on the
    sidelines of the summit"), and as separate talks ("in side conversations", "in separate
    meetings"); neither when it tells them held together ("met them together", "a
    trilateral meeting")."""
    texts = [ctx.parsed.sentences[i].text for i in event.sentences]
    if any(_TOGETHER.search(t) for t in texts):
        return False, False
    separate = any(_SEPARATE.search(t) for t in texts)
    return separate or any(_ASIDE.search(t) for t in texts), separate


_ASIDE = re.compile(r"\bon the sidelines?\b", re.IGNORECASE)
"""Words that tell talks held aside from a gathering, each with one counterpart."""
_SEPARATE = re.compile(
    r"\bside (?:conversations|meetings|talks)\b|\bseparate(?:ly)?\b"
    r"|\bbilateral (?:meetings|talks)\b",
    re.IGNORECASE,
)
"""Words that tell talks held one by one."""
_TOGETHER = re.compile(r"\btogether\b|\bjoint\b|\btrilateral\b|\bthree-way\b", re.IGNORECASE)
"""Words that tell one talk of all of them."""


PLURAL_ONLY = frozenset(
    {"talk", "talks", "negotiation", "negotiations", "consultation", "consultations"}
)
"""Nouns of one happening written in the plural ("held talks")."""


CONTINUING_VERBS = frozenset({"continue", "keep"})
"""Verbs of going on doing something ("continues to provide", "keeps attacking")."""


def _ongoing(verb: Token, tree: Tree) -> bool:
    """A happening told as going on now ("The mission continues to provide support", "the
    group, continuing to pose a threat to Peru"): no one happening; "continued to shell the
    town on Monday", in the past, tells one."""
    head = tree.head(verb)
    if verb.dep != "xcomp" or head is None or head.lemma.lower() not in CONTINUING_VERBS:
        return False
    if head.tag == "VBG":
        above = tree.head(head)
        if head.dep == "pcomp" and above is not None and above.lemma.lower() != "with":
            return False  # "committed to continuing to provide support": a pledge
        aux = [k for k in tree.children(head) if k.dep == "aux"]
        return all(a.tag in ("VBZ", "VBP") for a in aux)  # (not "was continuing to")
    return _present(head, tree)


def _habitual(verb: Token, tree: Tree) -> bool:
    """A verb that says what some do, or have done, rather than what one did: in the present
    with a plural of no one named as its subject ("Chilean officials blame the raids on
    rebels"), or in the present perfect in a clause describing a noun ("groups that have
    sworn to resist")."""
    if verb.pos != "VERB":
        return False
    aux = [k for k in tree.children(verb) if k.dep == "aux"]
    if verb.dep == "relcl" and verb.tag == "VBN":
        return any(a.lemma.lower() == "have" and a.tag in ("VBZ", "VBP") for a in aux)
    if verb.tag != "VBP" or aux:
        return False
    subjects = [k for k in tree.children(verb) if k.dep == "nsubj"]
    if any(k.dep == "dobj" and k.tag != "NNS" for k in tree.children(verb)):
        return False  # ("Chilean officials condemn the attack": that one, told)
    return len(subjects) == 1 and (
        subjects[0].tag == "NNS"
        and not any(
            k.dep in ("det", "poss", "compound", "conj") or k.pos == "PROPN"
            for k in tree.children(subjects[0])
        )
    )


def _means_of_the_present(verb: Token, tree: Tree) -> bool:
    """A gerund after "by" that tells how a verb in the present does what it does ("By
    backing the rebels, Chile controls the east"): a way of acting, not a happening ("by
    signing the accord on Monday, Peru ended ..." is one, in the past)."""
    if verb.tag != "VBG" or verb.dep != "pcomp":
        return False
    by = tree.head(verb)
    if by is None or by.lemma.lower() != "by":
        return False
    main = tree.head(by)
    return (
        main is not None
        and main.pos in ("VERB", "AUX")
        and _present(main, tree)
        and main.lemma.lower() in LASTING_VERBS
    )


LASTING_VERBS = frozenset(
    {"control", "keep", "hold", "maintain", "dominate", "ensure", "secure", "seek", "hope",
     "aim", "remain", "retain", "preserve", "sustain", "protect", "guarantee", "exert", "wield",
     "enjoy", "extend", "expand", "strengthen", "deepen"}
)  # fmt: skip
"""Verbs of a state kept up ("By backing the rebels, Chile controls the east"), whose means is
a policy; a lead in the present tells news by other verbs ("Peru ends the dispute by
signing an accord")."""


def _present(verb: Token, tree: Tree) -> bool:
    """A verb in the present tense, or a participle with a present auxiliary ("are engaged")."""
    if verb.tag in ("VBZ", "VBP"):
        return True
    aux = [k for k in tree.children(verb) if k.dep in ("aux", "auxpass")]
    return verb.tag == "VBN" and any(a.tag in ("VBZ", "VBP") for a in aux)


def _clause_verb(token: Token, tree: Tree) -> Token:
    """The verb whose clause a word is in (the word itself when it is one, or when none is)."""
    current: Token | None = token
    while current is not None and current.pos not in ("VERB", "AUX"):
        current = tree.head(current) if current.dep != "ROOT" else None
    return current or token


ENGAGED_VERBS = frozenset({"engage", "involve", "specialize", "specialise"})
"""Verbs of what someone does as a rule, with "in" ("engaged in drone attacks")."""


PLAN_NOUNS = frozenset({"plan", "proposal", "roadmap", "framework"})
"""Texts of what is to be done, not agreements that do it ("a plan on the release of X")."""


def _provided_for(verb: Token, tree: Tree) -> bool:
    """A participle that tells what a text provides for ("an agreement ending the mission",
    "a resolution calling for a ceasefire"), or the happening's noun it is a text for ("a
    plan for the return of the soldiers", "a deal on the release of the hostages")."""
    head = tree.head(verb)
    if verb.pos == "NOUN" and verb.dep == "pobj" and head is not None:
        text = tree.head(head)
        if text is None or text.lemma.lower() not in TEXT_NOUNS:
            return False
        # "a plan for the withdrawal", "a plan on the release"; "a pact on the ceasefire" is
        # the agreement itself
        return head.lemma.lower() == "for" or (
            head.lemma.lower() == "on" and text.lemma.lower() in PLAN_NOUNS
        )
    return (
        verb.dep == "acl"
        and verb.tag == "VBG"
        and head is not None
        and head.lemma.lower() in TEXT_NOUNS
    )


def _earlier_aside(verb: Token, tree: Tree) -> bool:
    """A relative clause in the past perfect ("nationals who had been detained"): what it
    tells came before the happening of its sentence."""
    return (
        verb.dep == "relcl"
        and verb.tag == "VBN"
        and any(k.dep == "aux" and k.text.lower() in ("had", "'d") for k in tree.children(verb))
    )


def _told_as_earlier(ctx: _Context, event: _Candidate) -> bool:
    """Whether a happening is told in the past perfect ("had made threats", "had met"): it
    came before what the article reports, so it did not happen on that day."""
    token = event.token
    if token is None:
        return False
    tree = ctx.tree(token.sent)
    verb: Token | None = token
    if token.pos != "VERB":  # a noun carried by a light verb ("had made threats")
        verb = tree.head(token) if token.dep in ("dobj", "nsubjpass") else None
    if verb is None or verb.tag != "VBN":
        return False
    if not any(k.dep == "aux" and k.text.lower() in ("had", "'d") for k in tree.children(verb)):
        return False
    # "he said they had set off the bomb": the tense of reported speech, not an earlier time
    current: Token | None = verb
    while current is not None and (head := tree.head(current)) is not None:
        if current.dep == "ccomp" and head.lemma.lower() in SPEECH_VERBS:
            return False
        current = head
    return True


def _since(token: Token, tree: Tree) -> bool:
    """A happening named as the start of what the sentence tells ("raids have doubled since
    our exit from the pact", "since Peru left it")."""
    head = tree.head(token)
    if token.dep in ("pobj", "pcomp") and head is not None and head.lemma.lower() == "since":
        return True  # ("since taking office": a gerund of its own)
    return token.dep == "advcl" and any(
        k.dep == "mark" and k.lemma.lower() == "since" for k in tree.children(token)
    )


FOLLOWING = re.compile(r"\s*(?:following|after|in\s+the\s+wake\s+of)\s+(?:the|this|that)\b", re.I)
"""A sentence that opens on a happening told before ("Following the vote, ...")."""


def _date_of_the_one_followed(
    ctx: _Context, event: _Candidate, events: Sequence[_Candidate]
) -> EventDate | None:
    """The date of the happening a sentence opens on, for what it tells after it ("Following
    the vote, the spokesperson urged ...": the day of the vote, told before)."""
    first = min(event.sentences)
    if not FOLLOWING.match(ctx.parsed.sentences[first].text):
        return None
    for other in events:
        if other is event or other.date is None or other.date.value is None:
            continue
        if first in other.sentences and min(other.sentences) < first:
            return replace(other.date, basis="inferred", phrase=None)
    return None


REACTION_PREPOSITIONS = frozenset({"to", "on", "about", "over", "after", "following"})
"""What a reaction's "to", "on", "over" names is what it reacts to ("responded to the
attack", "commented on the vote")."""


def _date_of_the_one_reacted_to(
    ctx: _Context, event: _Candidate, events: Sequence[_Candidate]
) -> EventDate | None:
    """The date of a happening told just before that a reaction names again ("Rebels
    attacked a police station on Tuesday. The government condemned the attack."): the day of
    that happening, not the article's main one."""
    token = event.token
    if token is None or token.pos != "VERB":
        return None
    tree = ctx.tree(token.sent)
    named = [k for k in tree.children(token) if k.dep == "dobj"]
    named += [
        g
        for k in tree.children(token)
        if k.dep == "prep" and k.lemma.lower() in REACTION_PREPOSITIONS
        for g in tree.children(k)
        if g.dep == "pobj"
    ]
    first = min(event.sentences)
    for noun in named:
        if not any(k.dep == "det" and k.lemma.lower() in ("the", "this", "that") for k in
                   tree.children(noun)):  # fmt: skip
            continue
        kinds = {t.name for t, _ in ctx.registry.candidates(noun.lemma.lower(), "NOUN")}
        told = [
            other
            for other in events
            if other is not event
            and other.type.name in kinds
            and other.date is not None
            and other.date.value is not None
            and not other.announced
            and min(other.sentences) < first
            and 0 <= ctx.paragraph_number[first] - ctx.paragraph_number[min(other.sentences)] <= 1
        ]
        if told:
            # the newest of them: "the attack" condemned is Friday's, not the one it recalls
            dates = [o.date for o in told if o.date is not None]
            newest = max(dates, key=lambda d: str(d.value))
            return replace(newest, basis="inferred", phrase=None)
    return None


TOOK_PLACE = re.compile(
    r"\b(?:took place|happened|occurred|unfolded|(?:was|were) (?:carried out|held|staged))\b"
)
"""What a sentence says of a happening it refers back to when it gives its day ("The attack
took place on Sunday")."""
SAID_DAY_REACH = 7
"""The most days before the report's a sentence after it may date a happening told in it."""


def _day_it_took_place(ctx: _Context, event: _Candidate) -> EventDate | None:
    """The day a sentence right after a happening reported in the simple past says it took
    place ("... the ministry said on Tuesday. The attack took place on Sunday night."): a day,
    on or before the report's and within :data:`SAID_DAY_REACH` of it."""
    told = _neighbour_date(ctx, event)
    reported = event.date
    if told is None or told.precision != "day" or told.value is None:
        return None
    if reported is None or reported.precision != "day" or reported.value is None:
        return None
    index = max(event.sentences) + 1
    following = ctx.parsed.sentences[index].text
    if not TOOK_PLACE.search(following) or _OTHER_TIME.search(following):
        return None
    if not _about_the_same(ctx, index, event):
        return None  # "The talks with the rebels took place on Sunday": another happening
    gap = (dt.date.fromisoformat(reported.value) - dt.date.fromisoformat(told.value)).days
    return told if 0 < gap <= SAID_DAY_REACH else None


_OTHER_TIME = re.compile(r"\b(?:after|before|ago|following|since)\b", re.IGNORECASE)
"""Words that tie a sentence's day to another happening than the one it is about."""


def _about_the_same(ctx: _Context, index: int, event: _Candidate) -> bool:
    """Whether sentence ``index`` is about the happening of ``event`` by name: its subject is
    the trigger's word or the type's noun ("Gunmen attacked ... The attack took place")."""
    if event.token is None:
        return False
    tree = ctx.tree(index)
    words = {event.token.lemma.lower(), event.type.name, event.type.noun.split()[-1].lower()}
    return any(
        t.dep in ("nsubj", "nsubjpass") and t.lemma.lower() in words
        for t in ctx.parsed.sentence_tokens(index)
        if (head := tree.head(t)) is not None and head.dep == "ROOT"
    )


def _neighbour_date(ctx: _Context, event: _Candidate) -> EventDate | None:
    first, last = min(event.sentences), max(event.sentences)
    sentences = ctx.parsed.sentences
    paragraph = ctx.paragraphs[first]
    following = last + 1
    numbers = ctx.paragraph_number
    opens_next = following < len(sentences) and (
        numbers[following] == numbers[first] + 1
        and (following == 0 or numbers[following - 1] != numbers[following])
    )  # (wire copy gives each sentence a paragraph: "The call took place on Sunday.")
    if following < len(sentences) and (ctx.paragraphs[following] == paragraph or opens_next):
        text = sentences[following].text
        if REFERS_BACK.match(text):
            # (not a deadline or a bound it sets: "It is to end by September 2025")
            found = sentence_date(
                text, ctx.article.published, ctx.dateline, bounds=False, deadlines=True
            )
            if found is not None and found.value is not None:
                return replace(
                    found, basis="inferred" if found.basis == "explicit" else found.basis
                )
    return None


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


# --- places ------------------------------------------------------------------------------------


def _reported(hit: Hit, tree: Tree) -> bool:
    """Whether a happening is told in what someone said ("he said it had set off the
    bomb"): the rest of the sentence is about the saying."""
    current: Token | None = hit.predicate
    while current is not None and (head := tree.head(current)) is not None:
        if current.dep == "ccomp" and head.lemma.lower() in SPEECH_VERBS:
            return True
        current = head
    return False


def _own_scope(hit: Hit, tree: Tree) -> list[tuple[int, int]]:
    """The words that date and place a happening told before: its own clause, and the clause
    of the verb it is the subject of ("The raid took place in Peru")."""
    spans = [clause_span(hit.predicate, tree)]
    head = tree.head(hit.token)
    if hit.token.dep in ("nsubj", "nsubjpass") and head is not None and head.pos in ("VERB", "AUX"):
        # not what its "after ..." clause tells ("the visit came a week after X met Y in
        # Brussels on March 3": neither the visit's day nor its place)
        lo, hi = clause_span(head, tree)
        for cut_lo, cut_hi in sorted(_other_time_spans(head, tree)):
            if lo < cut_lo:
                spans.append((lo, min(cut_lo, hi)))
            lo = max(lo, cut_hi)
        if lo < hi:
            spans.append((lo, hi))
    return spans


def _framed_by_another(hit: Hit, tree: Tree) -> bool:
    """Whether a happening's noun is the subject of a clause that tells another happening to
    date it by ("the visit came a week after X met Y in Brussels")."""
    head = tree.head(hit.token)
    return (
        hit.token.dep in ("nsubj", "nsubjpass")
        and head is not None
        and bool(_other_time_spans(head, tree))
    )


def _scoped_date(
    ctx: _Context, spans: Sequence[tuple[int, int]], verb: Token | None = None
) -> EventDate | None:
    """The date written in one of ``spans`` (the first that has one), read in the tense of
    the happening's ``verb`` when the span holds no tense word of its own."""
    tense = _verb_tense(verb) if verb is not None else None
    for lo, hi in spans:
        text = ctx.parsed.text[lo:hi]
        found = sentence_date(text, ctx.article.published, ctx.dateline, bounds=False, tense=tense)
        if found:
            return found
    return None


TOLD_YEAR_REACH = 3
"""How many sentences back the year "later that year" goes on from may be written."""
YEAR_STEPS = {"following": 1, "next": 1, "previous": -1, "prior": -1, "preceding": -1}
YEARS_BACK = frozenset({"earlier", "before"})


def _told_year(ctx: _Context, index: int) -> EventDate | None:
    """The year of a sentence that dates itself by the year told before ("Carter joined the
    bureau in 1971. Later that year, he ...": 1971; "the following year": 1972; "two years
    later": 1973): the last year the sentences just before it write."""
    sentence = ctx.parsed.sentences[index]
    told = TOLD_YEAR.search(sentence.text)
    if told is None or not _sets_the_time(sentence.text, told):
        return None
    for before in range(index - 1, max(-1, index - 1 - TOLD_YEAR_REACH), -1):
        found = sentence_date(ctx.parsed.sentences[before].text, None, bounds=False)
        if found is None or found.value is None:
            continue
        step = 0
        if told["step"]:
            step = YEAR_STEPS[told["step"].lower()]
        elif told["count"]:
            count = told["count"].lower()
            step = int(count) if count.isdigit() else NUMBER_WORDS[count]
            step = -step if told["way"].lower() in YEARS_BACK else step
        year = int(found.value[:4]) + step
        return EventDate(str(year), "year", "relative", told.group())
    return None


def _sets_the_time(text: str, told: re.Match[str]) -> bool:
    """Whether a year told by the one before sets the time of the whole sentence: it opens
    it ("Later that year, ...", "But two years later ...") or closes it ("... attacked Tacna
    two years later."), and no comparison holds it ("up from 150 a year earlier", "as many as
    the previous year", "who had been convicted the previous year")."""
    before = text[: told.start()].split()
    if len(before) <= OPENING_WORDS and all(w.lower().strip(",") in OPENERS for w in before):
        return True
    closing = not text[told.end() :].strip(" .;!\"”’'")
    last = before[-1].lower() if before else ""
    return closing and last not in COMPARING_WORDS and "who" not in (w.lower() for w in before)


OPENING_WORDS = 2
OPENERS = frozenset({"but", "and", "then", "only", "so", "yet", "just", "exactly"})
COMPARING_WORDS = frozenset({"from", "than", "as", "since", "over", "to", "with", "versus"})


TIMES = frozenset({"DATE", "TIME"})
"""Entity labels of a time a clause can describe ("the night of March 10" is a TIME)."""


def _verb_tense(verb: Token, tree: Tree | None = None) -> Tense | None:
    """The tense a happening's verb is told in: the simple past ("raped"), or a participle
    with a past auxiliary ("was caught", "had met"; with ``tree``, also one joined to such a
    verb: "was caught and deported") is past; any other form says nothing here (its clause's
    words are read for tense instead)."""
    if verb.tag == "VBD":
        return "past"
    if tree is None or verb.tag != "VBN":
        return None
    current: Token | None = verb
    for _ in range(2):  # the verb, then the one it is joined to
        if current is None:
            break
        aux = [k for k in tree.children(current) if k.dep in ("aux", "auxpass")]
        if aux:
            return "past" if all(a.tag == "VBD" for a in aux) else None
        current = tree.head(current) if current.dep == "conj" else None
    return None


def _place(
    ctx: _Context,
    index: int,
    hit: Hit,
    tree: Tree,
    *,
    sentence_wide: bool = True,
    extra: Sequence[tuple[int, int]] = (),
) -> Place | None:
    """Where the happening took place: a venue its clause names, else its sentence's (unless
    not ``sentence_wide``: a happening told before is where it was told to be)."""
    sentence = ctx.parsed.sentences[index]
    start, end = clause_span(hit.predicate, tree)
    if _within_other_time(hit.predicate, tree) or _dated_aside(hit.predicate, tree):
        # "arrived in Baghdad ... since taking office", "Soto, who took office in October,
        # arrived in Baghdad": not there
        sentence_wide = False
    # The trigger noun's own "in"/"at" phrase ("the attack in the Mansour district of
    # Baghdad": a topic for anything else, the place of the attack itself), then its clause,
    # then its sentence: a place the gazetteer knows, else a venue it does not know ("at
    # Qayyarah Airfield West").
    own = [
        (k.start, max(t.end for t in tree.subtree(k)))
        for k in tree.children(hit.token)
        if k.dep == "prep"
        and k.lemma.lower() in ("in", "at")
        and (hit.token.pos == "NOUN" or hit.type.plover in TARGET_PLACED)
        and not (hit.token.pos == "NOUN" and _after_topic(k, hit.token, tree))
    ]  # "killed twelve people in Mosul": the verb's own "in", whatever noun stands before it
    if hit.token.pos == "NOUN":
        own += _took_place_clauses(hit.token, tree)
    if hit.token.pos == "NOUN" and hit.type.place_prep not in ("in", "at"):
        # "the visit of President Carter to Peru": where a visit goes
        for k in tree.children(hit.token):
            if k.dep == "prep" and k.lemma.lower() == hit.type.place_prep:
                for g in tree.children(k):
                    if g.dep == "pobj" and g.ent in ("GPE", "LOC", "FAC"):
                        entity = next(
                            (e for e in ctx.parsed.sentence_entities(index)
                             if e.start <= g.start < e.end),
                            None,
                        )  # fmt: skip
                        if entity is not None and (found := lookup(entity.text)) is not None:
                            return found
    if hit.type.plover == "ASSAULT" and (struck := _town_struck(ctx, index, hit, tree)):
        return struck  # "the strikes on Erbil", "the liberation of Tikrit": there
    if hit.type.family == "encounter" and (seat := _seat_gone_to(ctx, index, start, end)):
        return seat  # "welcomed X to NATO Headquarters": Brussels
    recalled = _anniversary_of(hit.token, tree)  # "the 20th anniversary of the invasion"
    spans = [
        *own,
        *([] if recalled else [(start, end)]),
        *extra,
        *([(sentence.start, sentence.end)] if sentence_wide and not recalled else []),
    ]
    told = _told_happening(ctx, hit, tree)
    said = _said_act(hit, tree)
    mine = set(own)
    others = _charged_with(hit, tree)
    setting = {
        g.i
        for k in tree.children(hit.predicate)
        if k.dep == "prep"
        for g in tree.children(k)
        if g.dep == "pobj"
    }  # "killed in an explosion that occurred in Mosul": the happening's own setting
    others += [
        span
        for token in tree.values()
        if token.pos == "NOUN" and token is not hit.token and token.i not in setting
        for span in _took_place_clauses(token, tree)
        if span not in mine
    ]  # "welcomed the report on the attack, which took place in X": the attack's place
    others += _described_offices(hit, tree)
    others += _people_described(hit, tree)
    if hit.type.family in SPEECH_FAMILIES:
        # "condemned an air strike in Damascus, describing it as ...": the words of the
        # happening the sentence tells, whatever verb of speech the place is read for
        others += [
            (min(t.start for t in words), max(t.end for t in words))
            for noun in tree.values()
            if noun.pos == "NOUN"
            and noun is not hit.token
            and any(
                t.family not in SPEECH_FAMILIES and t.family != "encounter"
                for t, _ in ctx.registry.candidates(noun.lemma.lower(), "NOUN")
            )
            for words in [list(tree.subtree(noun, stop=frozenset({"relcl", "acl"})))]
        ]
        # "called on the federal government in Baghdad": where the government sits, not
        # where it was called on
        others += [
            (k.start, max(t.end for t in tree.subtree(k)))
            for k in tree.values()
            if k.dep == "prep"
            and k.lemma.lower() in ("in", "at")
            and (owner := tree.head(k)) is not None
            and owner.pos in ("NOUN", "PROPN")
            and owner is not hit.token
            and owner.dep in ("dobj", "pobj", "nsubj", "nsubjpass", "appos")
            and (owner.lemma.lower() in ACTOR_NOUNS or owner.ent in ("ORG", "PERSON", "NORP"))
        ]
    for cut in (told, said, *others):
        if cut is not None:
            # "condemned the bombing in Istanbul": where the bombing was, not the
            # condemnation; "refused to send monitors to Peru": the refused act's place
            spans = [
                piece
                for lo, hi in spans
                for piece in ((lo, min(hi, cut[0])), (max(lo, cut[1]), hi))
                if piece[0] < piece[1]
            ]
    for lo, hi in spans:
        if (lo, hi) not in ctx.places:
            ctx.places[(lo, hi)] = _span_place(ctx, index, lo, hi)
        if (found := ctx.places[(lo, hi)]) is not None:
            return found
    return None


def _described_offices(hit: Hit, tree: Tree) -> list[tuple[int, int]]:
    """The apposition that tells who a person is ("John Carter, the Special Envoy for the
    Horn of Africa, will travel to Peru"): the place in it is where the office is held, not
    where the happening is."""
    return [
        (k.start, end)
        for k in tree.values()
        if k.dep == "appos"
        and k is not hit.token
        and k.pos in ("NOUN", "PROPN")
        and k.ent not in ("GPE", "LOC", "FAC")
        and (owner := tree.head(k)) is not None
        and (owner.ent == "PERSON" or (owner.pos == "PROPN" and OFFICE_WORD.match(k.text)))
        and not any(t is hit.token for t in tree.subtree(k))
        and (end := max(t.end for t in tree.subtree(k))) is not None
        and _closed_apposition(tree, end)
    ]  # (a name the model tags no person, with an office: "Knut Lake, the Special Envoy")


def _closed_apposition(tree: Tree, end: int) -> bool:
    """Whether a comma, a bracket or a dash closes an apposition that ends at ``end`` ("X,
    the envoy for the Andes, will travel"): unclosed, its last words may be the sentence's
    own ("met X, Jordan's Foreign Minister in Amman")."""
    after = next((t for t in tree.values() if t.start >= end), None)  # (in reading order)
    return after is not None and after.text in (",", ";", ")", "–", "—")


def _anniversary_of(noun: Token, tree: Tree) -> bool:
    """Whether a happening's noun is what an anniversary is of ("days before the 20th
    anniversary of the invasion"): told long after, where the sentence is not its place."""
    of = tree.head(noun)
    owner = tree.head(of) if of is not None and of.lemma.lower() == "of" else None
    return noun.pos == "NOUN" and owner is not None and owner.lemma.lower() in ANNIVERSARY_NOUNS


def _country_named(ctx: _Context, place: Place) -> bool:
    """Whether the article names the country ``place`` lies in (or datelines a town of it)."""
    if ctx.place is not None and ctx.place.country == place.country:
        return True
    home = country(place.country) if place.country else None
    return home is not None and (state(home.name) or home.name) in ctx.bodies_named


def _town_struck(ctx: _Context, index: int, hit: Hit, tree: Tree) -> Place | None:
    """The town an attack was "on", "against" or, for its noun, "of" ("the missile strikes
    on Erbil", "the liberation of Tikrit"): where it was (a country attacked is placed by
    :func:`_place_of_target`)."""
    entities = ctx.parsed.sentence_entities(index)
    if hit.token.pos == "VERB":
        # "a drone targeted Erbil International Airport": the town the facility is named for
        for target in tree.children(hit.token):
            entity = next((e for e in entities if e.start <= target.start < e.end), None)
            if target.dep != "dobj" or entity is None or entity.label not in ("FAC", "ORG"):
                continue
            named_town = _facility_town(entity.text)
            if named_town is not None and _country_named(ctx, named_town):
                return named_town  # (not "Kennedy International Airport" in Colorado)
        told_where = any(
            k.dep == "prep" and k.lemma.lower() in ("in", "at", "near")
            for k in tree.children(hit.token)
        )  # ("attacked the Lima market in Tacna": in Tacna)
        for target in tree.children(hit.token):
            if told_where or target.dep != "dobj" or target.lemma.lower() not in FACILITY_NOUNS:
                continue
            for word in tree.children(target):
                entity = next((e for e in entities if e.start <= word.start < e.end), None)
                if word.dep != "compound" or entity is None or entity.label != "GPE":
                    continue
                found = lookup(entity.text)
                if found is not None and not _is_country(found):
                    return found  # "rockets hit Erbil airport": the town it is named for
    preps = ("on", "against", "of") if hit.token.pos == "NOUN" else ("on", "against")
    for prep in tree.children(hit.token):
        if prep.dep != "prep" or prep.lemma.lower() not in preps:
            continue  # ("the liberation of Tikrit", "the siege of Mosul": there too)
        for town in tree.children(prep):
            entity = next((e for e in entities if e.start <= town.start < e.end), None)
            if town.dep != "pobj" or entity is None:
                continue
            if entity.label not in ("GPE", "LOC", "FAC", "ORG") or (
                entity.label == "ORG" and organisation(entity.text) is not None
            ):
                continue
            found = lookup(entity.text)
            if found is None or _is_country(found):
                continue
            if entity.label == "ORG" and not _country_named(ctx, found):
                continue  # a town the model tagged a body ("attack on [Erbil]") only in a
                # country the article names: "an attack on Wagner" is on the group
            return found
    return None


FACILITY_NOUNS = frozenset(
    {"airport", "base", "airbase", "port", "harbour", "harbor", "market", "prison", "camp",
     "refinery", "embassy", "consulate", "compound", "headquarters"}
)  # fmt: skip
"""Facilities an attack strikes, named by the town they are in ("Erbil airport")."""
_TOWN_FACILITY = re.compile(
    r"^(?:the\s+)?(?P<town>.+?)\s+(?:International\s+)?(?:Airport|Air\s*Base|Airbase|Airfield"
    r"|Military\s+Base|Base|Refinery|Oil\s+Field|Dam|Palace|Stadium)$",
    re.IGNORECASE,
)


def _facility_town(name: str) -> Place | None:
    """The town a facility is named for ("Erbil International Airport": Erbil), where the
    gazetteer knows a town of that name and it is no country."""
    match = _TOWN_FACILITY.match(name)
    if match is None:
        return None
    town = lookup(match["town"])
    return None if town is None or _is_country(town) else town


OCCURRED_VERBS = frozenset({"happen", "occur", "unfold"})
"""Verbs that say a happening took place ("which occurred near X"); "take place" too."""


def _took_place_clauses(noun: Token, tree: Tree) -> list[tuple[int, int]]:
    """The "which took place in X" clause of a happening noun, also where the parser hung it
    on the noun of its "on" or "against" phrase ("the raid on a fuel depot, which took place
    in X": a depot takes no place, the raid does)."""
    holders = [noun] + [
        g
        for k in tree.children(noun)
        if k.dep == "prep" and k.lemma.lower() in ("on", "against")
        for g in tree.children(k)
        if g.dep == "pobj"
    ]
    spans = []
    for holder in holders:
        for verb in tree.children(holder):
            if verb.dep != "relcl" or verb.pos != "VERB":
                continue
            lemma = verb.lemma.lower()
            took_place = lemma == "take" and any(
                k.dep == "dobj" and k.lemma.lower() == "place" for k in tree.children(verb)
            )
            if took_place or lemma in OCCURRED_VERBS:
                words = tree.subtree(verb)
                spans.append((min(t.start for t in words), max(t.end for t in words)))
    return spans


def _said_act(hit: Hit, tree: Tree) -> tuple[int, int] | None:
    """The span of what a speech act asks, refuses or threatens to do, in its infinitive
    ("refused to send monitors to Peru", "urged Peru to expel the advisers"): a place in
    it is where that act would be, not where the speech act was made."""
    if hit.type.family not in SPEECH_FAMILIES or hit.predicate.pos != "VERB":
        return None
    clause = next(
        (k for k in tree.children(hit.predicate) if k.dep == "xcomp" and k.pos == "VERB"), None
    )
    if clause is None:
        return None
    words = tree.subtree(clause)
    return words[0].start, words[-1].end


CHARGE_PREPOSITIONS = frozenset({"of", "for", "over"})
"""Prepositions whose object is the deed a speech act charges or asks someone with ("accused
Peru of illegal fishing", "blamed Chile for the flooding", "criticised Peru over ...")."""


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _years_of_the_charge(ctx: _Context, hit: Hit, tree: Tree) -> list[tuple[int, int]]:
    """The dates in the deed a charge names that give a year and no day ("accused of
    murdering two women in 1967", "in June 1998": the murders' time, not the accusation's;
    "accused Peru of killing two fishermen on Monday" may be either, and the Monday stays
    the accusation's, as does a year that names a thing, "the 2014 border agreement")."""
    charged = _charged_with(hit, tree)
    if not charged:
        return []
    found = []
    for token in tree.values():
        if token.ent != "DATE" or not _YEAR.fullmatch(token.text):
            continue
        if not any(lo <= token.start < hi for lo, hi in charged):
            continue
        words = [token]  # the date's words around the year ("June 2015")
        while (before := tree.get(words[0].i - 1)) is not None and before.ent == "DATE":
            words.insert(0, before)
        if not any(t.dep == "pobj" for t in words):
            continue  # ("the 2014 border agreement": a thing's name)
        if any(t.text.isdigit() and len(t.text) <= 2 for t in words):
            continue  # ("on November 18, 2019": a day, which may be the charge's)
        found.append((words[0].start, token.end))
    return found


def _charged_with(hit: Hit, tree: Tree) -> list[tuple[int, int]]:
    """The spans of the deed a speech act's verb charges its target with ("accused Peru of
    illegal fishing in the Pacific Ocean"): a place in it is where the deed was, not where
    the accusation was made."""
    if hit.type.family not in SPEECH_FAMILIES or hit.predicate.pos != "VERB":
        return []
    spans = []
    charging = hit.predicate.lemma.lower() in CHARGING_VERBS  # "charged X with murder"
    for k in tree.children(hit.predicate):
        if k.dep != "prep" or not (
            k.lemma.lower() in CHARGE_PREPOSITIONS or (charging and k.lemma.lower() == "with")
        ):
            continue
        if not any(g.dep in ("pobj", "pcomp") for g in tree.children(k)):
            continue
        words = tree.subtree(k)
        lo, hi = k.start, max(t.end for t in words)
        # "accused Peru of spying at a news conference in Lima": the occasion the parser hung
        # inside the charge is where the accusation was made, and stays
        for venue in [t for t in words if t is not k and _occasion(t, tree)]:
            if venue.start < lo:
                continue  # (inside an occasion already kept)
            inner = tree.subtree(venue)
            spans.append((lo, venue.start))
            lo = max(t.end for t in inner)
        spans.append((lo, hi))
    return [(a, b) for a, b in spans if a < b]


OCCASION_NOUNS = SPEECH_NOUNS | {
    "conference", "hearing", "statement", "talks", "meeting", "summit", "visit", "session",
    "rally", "briefing", "debate", "ceremony", "parliament", "forum",
}  # fmt: skip
"""Nouns of an occasion something is said at ("at a news conference", "during a visit")."""


def _occasion(prep: Token, tree: Tree) -> bool:
    """A phrase that tells the occasion of saying: "during ...", or one whose noun is an
    occasion ("at a news conference", "in a statement issued in Lima"; not "murdering two
    women at a store", where the deed was)."""
    if prep.dep != "prep":
        return False
    if prep.lemma.lower() == "during":
        return True
    return any(g.dep == "pobj" and g.lemma.lower() in OCCASION_NOUNS for g in tree.children(prep))


def _told_happening(ctx: _Context, hit: Hit, tree: Tree) -> tuple[int, int] | None:
    """The span of another happening a verb's object names ("condemned the bombing in
    Istanbul", "commented on the attack in Karrada"), for a happening that does not take
    place where its target is: the words of that other happening say where it was."""
    if hit.token.pos != "VERB" or hit.type.plover in TARGET_PLACED:
        return None
    objects = [k for k in tree.children(hit.token) if k.dep == "dobj"]
    objects += [
        g
        for k in tree.children(hit.token)
        if k.dep == "prep" and k.lemma.lower() in ABOUT_PREPOSITIONS
        for g in tree.children(k)
        if g.dep == "pobj"
    ]
    for noun in objects:
        kinds = ctx.registry.candidates(noun.lemma.lower(), "NOUN")
        if any(t.family not in (hit.type.family, "encounter") for t, _ in kinds):
            # the object's own words, not the venue or the statement it was said in ("the
            # agreement at a press conference in Baghdad")
            venue = {
                t.i
                for p in tree.children(noun)
                if p.dep == "prep" and p.lemma.lower() == "at"
                for t in tree.subtree(p)
            }
            words = [
                t for t in tree.subtree(noun, stop=frozenset({"relcl", "acl"})) if t.i not in venue
            ]
            return min(t.start for t in words), max(t.end for t in words)
    return None


def _after_topic(prep: Token, trigger: Token, tree: Tree) -> bool:
    """An "in" right after a topic noun other than the trigger, whatever the parser hung it
    on ("talks on the situation in Aleppo": Aleppo is what the talks were about)."""
    before = tree.get(prep.i - 1)
    return before is not None and before is not trigger and before.text.lower() in TOPIC_NOUNS


def _reporting_body(
    ctx: _Context, hit: Hit, tree: Tree, entities: Sequence[Mention]
) -> Actor | None:
    """Who arrested or detained people whom the text says "were arrested" without saying by
    whom: the body that tells it ("three men were arrested, police said"; "X, a spokesman for
    the border police, confirmed that three men were held"), as the news writes
    what a police force or an army reports of its own work."""
    if hit.type.plover != "COERCE" or hit.token.pos != "VERB":
        return None
    if hit.type.family == "sentence":
        return None  # "was sentenced to life, police said": a court's, not the police's
    kids = tree.children(hit.token)
    if not any(k.dep == "auxpass" for k in kids) or any(k.dep == "agent" for k in kids):
        return None
    head = tree.head(hit.token)
    if hit.token.dep != "ccomp" or head is None or head.lemma.lower() not in SPEECH_VERBS:
        return None
    subject = next((k for k in tree.children(head) if k.dep == "nsubj"), None)
    if subject is None:
        return None
    words = tree.subtree(subject)
    lo, hi = words[0].start, words[-1].end
    for entity in entities:
        if entity.label == "ORG" and lo <= entity.start and entity.end <= hi:
            if not set(entity.text.lower().replace("-", " ").split()) & REPORTING_FORCES:
                continue  # "Amnesty International said two journalists were detained"
            actor = entity_actor(entity.text, entity.label, set(), ctx.aliases)
            if actor is not None and actor.kind != "person":
                return actor
    if subject.lemma.lower() in REPORTING_FORCES:
        return Actor(subject.lemma.lower(), "org", subject.lemma.lower())
    return None


def _body_voice(
    ctx: _Context, hit: Hit, tree: Tree, roles: Mapping[str, RoleMention], memory: Memory
) -> Actor | None:
    """The person who told of the arrests :func:`_reporting_body` gives to a body, when the
    subject that told them is a named person of that body, not the body itself."""
    head = tree.head(hit.token)
    subject = next((k for k in tree.children(head) if k.dep == "nsubj"), None) if head else None
    if subject is None or subject.ent != "PERSON":
        return None
    own = {t.start for t in tree.subtree(subject, stop=frozenset({"relcl", "acl", "advcl"}))}
    if not any(
        e.label == "ORG"
        and e.start in own
        and set(e.text.lower().replace("-", " ").split()) & REPORTING_FORCES
        for e in ctx.parsed.entities
    ):
        return None  # "X, who has criticised the police, said two men were arrested"
    return _speaker(ctx, subject, tree, roles, memory)


REPORTING_FORCES = frozenset(
    {"police", "security", "army", "forces", "military", "interior", "counter", "terrorism",
     "counterterrorism", "intelligence", "gendarmerie", "guard"}
)  # fmt: skip
"""Words of the bodies that arrest people and report it ("police said", "the National
Police", "the Counter-Terrorism Service"); any other body that tells of an arrest only
reports it."""


def _place_told_before(
    ctx: _Context, index: int, hit: Hit, tree: Tree, candidate: _Candidate
) -> Place | None:
    """Where an attack, aid or a deployment whose sentence names no place happened: the place
    the sentence just before names, which the text goes on about ("ISIL has held Mosul for two
    years ... Also today, the coalition conducted five airstrikes"; "driven into the hills
    near Tacna ... The Government carried out five airdrops of food"). Not for a happening
    told before ("the strikes", "Khashoggi's killing"), held at a distance or planned, nor for
    an attack on a country or aid to it (there: :func:`_place_of_target`), nor in a clause
    about another time."""
    if index == 0 or candidate.definite or candidate.remote or candidate.announced:
        return None
    if ctx.place is not None:
        return None  # the dateline says where the article's happenings are
    if candidate.type.plover not in TARGET_PLACED or _within_other_time(hit.predicate, tree):
        return None
    if hit.token.pos != "VERB" and hit.carrier is None:
        return None
    if any(a.kind == "state" and a.side == "target" for a in candidate.actors):
        return None
    if _told_as_earlier(ctx, candidate):
        return None  # "Militias had attacked the base": before, and elsewhere
    before = ctx.parsed.sentences[index - 1]
    told = sentence_date(before.text, ctx.article.published, ctx.dateline)
    if (
        told is not None
        and told.precision == "day"
        and told.value is not None
        and not _dates_fit(told, candidate.date)
    ):
        return None  # the sentence before is about another day ("since 2014" is no day)
    tree = ctx.tree(index - 1)
    subjects = [t for t in tree.values() if t.dep in ("nsubj", "nsubjpass")]
    entities = [
        Mention(e.start - before.start, e.end - before.start, e.text, e.label)
        for e in ctx.parsed.sentence_entities(index - 1)
        if not any(e.start <= t.start < e.end for t in subjects)
    ]  # "Tehran has denied any role": who spoke, not where
    return place_named(before.text, entities)


def _span_place(ctx: _Context, index: int, lo: int, hi: int) -> Place | None:
    inside = [e for e in ctx.parsed.sentence_entities(index) if lo <= e.start and e.end <= hi]
    whose = [e for e in inside if _whose(ctx, index, e) or _sayer(ctx, index, e)]
    entities = [
        Mention(e.start - lo, e.end - lo, e.text, e.label) for e in inside if e not in whose
    ]
    text = ctx.parsed.text[lo:hi]
    for e in whose:  # (blanked: the text alone is read for places too)
        text = text[: e.start - lo] + " " * (e.end - e.start) + text[e.end - lo :]
    found = find_place(text, entities, dateline=None)
    if found is None or _is_country(found):
        # "at Qayyarah Airfield West in northern Iraq": the facility, not only its country
        venue = _unknown_venue(text, entities)
        if venue is not None and (found is None or venue.country in (None, found.country)):
            return venue
    return found


def _whose(ctx: _Context, index: int, entity: Mention) -> bool:
    """Whether a country's name says whose something is, not where ("wounding a US service
    member", "a U.S. airstrike"): it modifies a noun that is no place."""
    if entity.label != "GPE" or (found := lookup(entity.text)) is None or not _is_country(found):
        return False
    tree = ctx.tree(index)
    last = next(
        (t for t in reversed(ctx.parsed.sentence_tokens(index)) if t.start < entity.end), None
    )
    if last is None or last.dep not in ("compound", "nmod"):
        return False
    head = tree.head(last)
    if head is None or head.i <= last.i or head.pos != "NOUN":
        return False
    # "a US service member", "a U.S. special forces raid": whose people; "a Bolivia bus
    # bombing" is where
    return any(
        t.lemma.lower() in FORCE_NOUNS or ACTOR_NOUNS.get(t.lemma.lower()) == "people"
        for t in (head, *tree.children(head))
        if t.i > last.i and t.pos == "NOUN"
    ) or (head.lemma.lower() in SERVICE_WORDS)


def _sayer(ctx: _Context, index: int, entity: Mention) -> bool:
    """Whether a name is who says what the sentence tells ("The Pentagon said US forces struck
    ...", "Lima said on Monday ..."): the speaker, not where the happening was."""
    last = next(
        (t for t in reversed(ctx.parsed.sentence_tokens(index)) if t.start < entity.end), None
    )
    if last is None or last.dep != "nsubj":
        return False
    verb = ctx.tree(index).head(last)
    return verb is not None and verb.lemma.lower() in SPEECH_VERBS


SERVICE_WORDS = frozenset({"member", "members"})
"""Heads of "service member(s)", people of a state's forces."""
_VENUE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|(?:deployment|deployed|travel|trip|visit)\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _seat_gone_to(ctx: _Context, index: int, lo: int, hi: int) -> Place | None:
    """The city of a body's building an encounter's clause names as where it was ("welcomed
    X to NATO Headquarters": Brussels)."""
    text = ctx.parsed.text
    for entity in ctx.parsed.sentence_entities(index):
        if not (lo <= entity.start and entity.end <= hi):
            continue
        if (
            entity.text.split()[-1].lower() in SEAT_WORDS
            and _SEAT_BEFORE.search(text[max(lo, entity.start - 12) : entity.start])
            and (seat := body_seat(entity.text))
            and (city := lookup(seat)) is not None
        ):
            return city
    return None


SEAT_WORDS = frozenset({"headquarters", "hq"})
"""Last words of a body's building that stands in one city ("NATO Headquarters")."""
_SEAT_BEFORE = re.compile(r"\b(?:to|at|in)\s+(?:the\s+)?$", re.IGNORECASE)


def _unknown_venue(text: str, entities: Sequence[Mention]) -> Place | None:
    """A facility or area the gazetteer does not know, named as where it happened ("at
    Qayyarah Airfield West", "near Tabqa Dam")."""
    for entity in entities:
        if entity.label == "GPE" and _VENUE_BEFORE.search(text[: entity.start]):
            # "in Tal Kalakh, western Syria": a town the gazetteer does not know, in the
            # country the text names after it
            home = _COUNTRY_AFTER.match(text, entity.end)
            whole = lookup(home[1]) if home is not None and lookup(entity.text) is None else None
            if whole is not None and _is_country(whole):
                return Place(entity.text, whole.country, None, None)
        if entity.label in ("FAC", "LOC") and _VENUE_BEFORE.search(text[: entity.start]):
            if (whole := lookup(entity.text)) is not None and _is_country(whole):
                continue  # "in Northern Syria": a part of the country, which the text names
            named = _TOWN_OF.match(text, entity.end)
            if named is not None:
                # "in the Baltic port town of Liepaja": the town, which the region describes
                return lookup_any(named[1]) or Place(named[1], None, None, None)
            town = _TOWN_AFTER.match(text, entity.end)
            if town is not None and (place := lookup_any(town[1])) is not None:
                return place  # "in the Plaza de Armas in Tacna": the town the venue is in
            return Place(re.sub(r"^the\s+", "", entity.text, flags=re.IGNORECASE), None, None, None)
    facility = _FACILITY.search(text)
    if facility is not None:
        return Place(facility[1], None, None, None)
    for found in (*_BASE_STRUCK.finditer(text), *_BASE_AT.finditer(text)):
        if found["camp"]:
            return Place(f"Camp {found['camp']}", None, None, None)  # "visited Camp Vidal"
        name = found["name"]
        if not any(state(word) or organisation(word) for word in name.split()):
            # "struck the Quimsa base", "hit Al-Quimsa airbase": a base known by its own
            # name (not "the U.S. base", "an Iraqi air base")
            return Place(f"{name} {found['base'].title()}", None, None, None)
    town = _NAMED_TOWN.search(text)
    return (lookup_any(town[1]) or Place(town[1], None, None, None)) if town is not None else None


_NAMED_TOWN = re.compile(
    r"\bthe\s+(?:[A-Z][\w'’-]+\s+)?(?:(?:northern|southern|eastern|western|central|border|"
    r"coastal|port)\s+)?(?:town|city|village)\s+of\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
"""A town the text names as one ("the Chilean town of Putre"), which the gazetteer may not know."""


_FACILITY = re.compile(
    r"\b(?:at|in|inside|deployment\s+to|deployed\s+to)\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s+){1,3}"
    r"(?:Air\s+Base|Airbase|Airfield|Air\s+Field|Airport|Naval\s+Base|Base|Barracks)"
    r"(?:\s+(?:West|East|North|South))?|Camp\s+[A-Z][\w'’-]+)"
)
"""A military or air facility named as where it happened, which the model may not tag
("at Kidal Airfield West", "at Camp Taji")."""
_STRUCK_OR_VISITED = (
    r"(?:visit(?:ed|s|ing)?|tour(?:ed|s|ing)?|struck|strikes?|hit(?:s|ting)?|target(?:ed|s|ing)?"
    r"|attack(?:ed|s|ing)?|shell(?:ed|s|ing)?)"
)
_BASE_NAME = r"(?P<name>(?:(?:al|el|as|ad|an|ash|ar)-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
_BASE_STRUCK = re.compile(
    rf"\b{_STRUCK_OR_VISITED}\s+(?:the\s+)?{_BASE_NAME}"
    r"(?P<base>Camp|(?:[Aa]ir\s+)?[Bb]ase|[Aa]irbase|[Aa]irfield|[Aa]ir\s+[Ff]ield)\b"
    rf"|\b{_STRUCK_OR_VISITED}\s+Camp\s+(?P<camp>[A-Z][\w'’-]+)"
)
_BASE_AT = re.compile(
    rf"\b(?:at|in|inside|near|outside|to)\s+(?:the\s+)?{_BASE_NAME}"
    r"(?P<base>Camp|(?:Air\s+)?Base|Airbase|Airfield|Air\s+Field)\b(?P<camp>)"
)
"""A base named as what was visited or struck, its kind maybe in lower case ("struck the
Quimsa base", "hit Al-Quimsa airbase", "visited Camp Vidal"), or where it happened with its
kind capitalised ("at Quimsa Air Base"): after a bare "in" a lower-case "base" is a party's
voters as often ("support in the Republican base")."""


_TOWN_OF = re.compile(
    r"\s+(?:port\s+|border\s+|coastal\s+)?(?:town|city|village|port)\s+of\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
"""A settlement a region describes ("the Pacific port town of Ilo")."""
_COUNTRY_AFTER = re.compile(
    r",\s+(?:(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?\s+)?"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
"""The country named after a town, as a datelined place is written ("X, northern Syria")."""
_TOWN_AFTER = re.compile(r",?\s+in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
"""A town named right after a venue ("Forbury Gardens in Reading"): where the venue is."""


def _attacked_country(ctx: _Context, events: Sequence[_Candidate]) -> None:
    """An attack no one is named in, told with the country it happened in ("yesterday's
    bombings in Istanbul, Turkey", "in the Tacna region of Peru") or in a place of a country
    the sentence names in no other part ("this morning's attack in Tacna"): that country is
    the side it was done to."""
    for event in events:
        place = event.place
        if event.type.plover != "ASSAULT" or event.announced or place is None:
            continue
        if event.type.members and not event.actors:
            continue  # no one was killed but the country ("two killed in Arica, Chile" names
            # the two); with the victims named ("12 civilians"), the country is theirs
        if event.actors and not _only_people(event):
            continue  # someone named took part ("civilians" name no one)
        whole = country(place.country) if place.country else None
        if whole is None or whole == place:
            continue
        said = " ".join(ctx.parsed.sentences[i].text for i in event.sentences[:1])
        if _told_with_its_country(said, place.name, whole.name) or (
            # ("condemned this morning's attack in Tacna": in Peru, on a day the sentence
            # tells, a country it names in no other part; not a crime in a town told with
            # no condemnation)
            not event.actors
            and _told_day(event.date)
            and _condemned(event, events)
            and not _names_state(ctx, event.sentences[0], whole.name)
        ):
            event.actors.append(Actor(whole.name, "state", STATE_ROLE, side="target"))


def _condemned(event: _Candidate, events: Sequence[_Candidate]) -> bool:
    """Whether a sentence of ``event`` condemns it (a condemnation told there; not a
    conviction or an investigation)."""
    return any(
        other.type.name == "condemn" and set(other.sentences) & set(event.sentences)
        for other in events
        if other is not event
    )


def _told_day(date: EventDate | None) -> bool:
    """A day its sentence tells ("this morning's", "on Monday", "on 3 May 2024")."""
    return (
        date is not None
        and date.value is not None
        and date.precision == "day"
        and date.basis in ("explicit", "relative")
    )


def _names_state(ctx: _Context, index: int, name: str) -> bool:
    """Whether sentence ``index`` names the state ``name``, by its name or its people."""
    return any(
        e.label in ("GPE", "NORP") and state(e.text) == name
        for e in ctx.parsed.sentence_entities(index)
    )


PLACE_TO_COUNTRY = 40
"""How far past a place's name its country may be named as part of the place ("Istanbul,
Turkey", "the Tacna region of Peru")."""


def _told_with_its_country(said: str, place: str, whole: str) -> bool:
    """Whether a sentence names a place with the country it lies in, right after it or as
    its owner ("Tacna, Peru", "the Tacna region of Peru", "Peru's Tacna region"), not the
    country as someone in another part of the sentence ("Chile lifted a curfew in Arica,
    where 28 people were killed": no one attacked Chile)."""
    name, home = re.escape(place), re.escape(whole)
    return (
        re.search(rf"\b{name}\b.{{0,{PLACE_TO_COUNTRY}}}?\b{home}\b", said, re.S) is not None
        or re.search(rf"\b{home}['’]s\s+{name}\b", said) is not None
    )


def _nationals_in_the_street(ctx: _Context, events: Sequence[_Candidate]) -> None:
    """A protest by a people named by its plural demonym ("Thousands of Peruvians marched"):
    they marched, not their state, which a demonym stands for elsewhere ("the Peruvians
    agreed" at talks)."""
    for event in events:
        if event.type.plover != "PROTEST" or event.token is None:
            continue
        tree = ctx.tree(event.token.sent)
        for n, actor in enumerate(event.actors):
            if actor.kind != "state" or actor.side != "source":
                continue
            mention = next(
                (
                    t
                    for t in tree.values()
                    if t.ent == "NORP"
                    and t.tag in ("NNPS", "NNS")
                    and t.text.endswith("s")
                    and _subject_of(t, event.token, tree)
                    and state(t.text) == actor.name
                ),
                None,
            )
            if mention is not None:
                event.actors[n] = Actor(mention.text, "org", "people", actor.name, "source")


def _subject_of(word: Token, verb: Token, tree: Tree) -> bool:
    """Whether a word is the verb's subject, or what its subject counts ("Thousands of
    Peruvians marched", "Peruvians and Chileans marched")."""
    while word.dep == "conj" and (first := tree.head(word)) is not None:
        word = first
    if word.dep == "pobj" and (of := tree.head(word)) is not None and of.lemma.lower() == "of":
        word = tree.head(of) or word
    return word.dep == "nsubj" and word.head == verb.i


VISIT = "visit"
"""The PLOVER mode of a visit: its host is the state it went to."""


def _host_states(ctx: _Context, events: Sequence[_Candidate]) -> None:
    """The state a visit went to hosts it ("visited Russia", "arrived in Amman": Russia,
    Jordan), and so does the state forces were sent to, where no one else is named on that
    side: on its other side, unless a visitor is that state's own (a minister touring his
    country) or the state already takes part."""
    for event in events:
        if event.place is None or event.place.country is None:
            continue
        sent = event.type.moves_forces and not any(a.side == "target" for a in event.actors)
        if event.type.mode != VISIT and not sent:
            continue  # ("reinforced its troops in Peru": Peru hosts them too)
        whole = country(event.place.country)
        host = state(whole.name) if whole is not None else None
        if host is None or any(host in (a.name, a.org) for a in event.actors):
            continue
        visitors = [a for a in event.actors if a.side == "source"]
        if not visitors or any(a.kind == "person" and a.org is None for a in visitors):
            continue  # who visited, or whose the visitor is, the article does not say
        if event.type.mode == VISIT and _body_s_seat_visited(ctx, event):
            continue  # "visited NATO headquarters in Brussels": the alliance hosted it
        if all(a.role == "police" and a.org is None for a in visitors):
            continue  # ("hundreds of police were deployed to Arica": its own country's)
        event.actors.append(Actor(host, "state", STATE_ROLE, side="target"))


def _body_s_seat_visited(ctx: _Context, event: _Candidate) -> bool:
    """Whether the body a visit is hosted by is named as the one whose headquarters it went
    to ("visited NATO headquarters", "the headquarters of the mission")."""
    texts = [ctx.parsed.sentences[i].text for i in event.sentences]
    for actor in event.actors:
        if actor.side != "target" or actor.kind != "org" or state(actor.name) is not None:
            continue
        name = re.escape(actor.name)
        seat = re.compile(
            rf"\b{name}\s+(?:headquarters|hq)\b|\bheadquarters\s+of\s+(?:the\s+)?{name}\b",
            re.IGNORECASE,
        )
        if any(seat.search(text) for text in texts):
            return True
    return False


_SUCCEEDED = re.compile(
    r"^(?:He|She|(?:The|Our|Their)\s+[a-z]+)\s+(?:(?:has|had)\s+)?(?:replaced|replaces|succeeded"
    r"|succeeds|took\s+over\s+from|takes\s+over\s+from|relieved|relieves)\s+"
)
"""A sentence that names whom someone took an office over from ("He replaced X")."""


def _predecessors_after(ctx: _Context, events: Sequence[_Candidate]) -> None:
    """Whom the one who took an office over (:attr:`EventType.office`) took it from, named in
    the sentence right after ("X took command of the mission on Tuesday. He replaced Y."):
    the source, when the happening names none."""
    sentences = ctx.parsed.sentences
    for event in events:
        if event.type.office is None or any(a.side == "source" for a in event.actors):
            continue
        if not any(a.side == "target" and a.kind == "person" for a in event.actors):
            continue
        index = max(event.sentences) + 1
        if index >= len(sentences) or index - max(event.sentences) > 1:
            continue
        found = _SUCCEEDED.match(sentences[index].text)
        if found is None:
            continue
        at = sentences[index].start + found.end()
        named = [
            e
            for e in ctx.parsed.sentence_entities(index)
            if e.label == "PERSON" and at <= e.start and person_key(e.text)
        ]
        if named and _rank_and_nationality(ctx.parsed.text[at : named[0].start]):
            # ("He replaced Canadian Major General X", not "He replaced the staff of X")
            _add_actor(event, Actor(clean_name(named[0].text), "person", side="source"))
            event.sentences.append(index)


def _rank_and_nationality(words: str) -> bool:
    """Whether the words before a name are only a rank and a nationality, if any."""
    rest = _RANK_BEFORE.sub(" ", f" {words}").split()
    return all(state(word) is not None for word in rest)


def _kept_event(event: _Candidate, main: _Candidate | None) -> bool:
    """An event worth keeping: someone named takes part in it, or it is what the article
    leads with and the text says when or where it happened ("On Sunday night in Tacna, a
    knife attack killed two people")."""
    if event.actors:
        # a protest's people are who protests, named or not ("thousands of students"); an
        # attack's attacker is who attacked, named or not ("a suicide bomber killed 20")
        return (
            event.type.plover == "PROTEST"
            or not _only_people(event)
            or (event.type.plover == "ASSAULT" and _unnamed_attacker(event))
        )
    return event is main and _told(event) and event.type.coded


def _perpetrator(ctx: _Context, events: Sequence[_Candidate]) -> None:
    """The person the article names as the attacker ("the attacker, Tomas Vidal")
    carried out its attack when the attack's own sentences name no one who did."""
    violent = [
        e
        for e in events
        if e.type.plover == "ASSAULT" and not any(a.side == "source" for a in e.actors)
    ]
    stopped = [e for e in events if _police_shot_someone_unnamed(ctx, e)]
    if not violent and not stopped:
        return
    name = _named_perpetrator(ctx)
    if name is None:
        return
    for event in violent:
        _add_actor(event, Actor(name, "person", side="source"))
    for event in stopped:
        # "police officers shot him dead", "him" the man the article names as the attacker
        # only later: the attacker was who they shot
        _add_actor(event, Actor(name, "person", side="target"))


def _police_shot_someone_unnamed(ctx: _Context, event: _Candidate) -> bool:
    """An act of force by the police or their officers whose object is "him" or "her" and
    who no one the sentence or the one before names."""
    if event.type.plover != "ASSAULT" or event.token is None:
        return False
    if any(a.side == "target" for a in event.actors):
        return False
    doers = [a for a in event.actors if a.side == "source"]
    if not doers or not all(_police(a) for a in doers):
        return False
    tree = ctx.tree(event.token.sent)
    return any(
        k.dep == "dobj" and k.text.lower() in ("him", "her") for k in tree.children(event.token)
    )


def _police(actor: Actor) -> bool:
    """Police, or their officers: what the reader files them under (``NOUN_CATEGORIES``)."""
    return actor.role == NOUN_CATEGORIES["police"]


def _doers_told_elsewhere(events: Sequence[_Candidate]) -> None:
    """Whoever did what a speech act is about, when another sentence names them ("responds
    to the attack in Tacna" ... "the gang targeted families"): among the act's targets, as in
    a sentence that names them ("condemned the attack by Daesh")."""
    for event in events:
        for inner in event.about_of:
            while inner.into is not None:
                inner = inner.into
            if inner is event:
                continue
            for actor in inner.actors:
                if actor.side == "source":
                    _add_actor(event, replace(actor, side="target"))


def _condemned_told_before(ctx: _Context, events: Sequence[_Candidate]) -> None:
    """ "The operation was condemned by the Nordic Council", after "Norway began a ground
    offensive": a condemnation of "the operation" (a word that names a happening told before,
    not one of its own) is of the last act of force told before it, and whoever did that is
    the accused."""
    for event in events:
        if event.type.plover != "ACCUSE" or event.token is None or event.about_of:
            continue
        if any(a.side == "target" for a in event.actors):
            continue
        tree = ctx.tree(event.sentences[0])
        condemned = next(
            (k for k in tree.children(event.token) if k.dep in ("dobj", "nsubjpass")), None
        )
        if condemned is None or condemned.lemma.lower() not in REFERRING_NOUNS:
            continue
        kids = tree.children(condemned)
        if not any(k.dep == "det" and k.lemma.lower() in AGAIN_DETERMINERS for k in kids):
            continue
        if any(k.dep in OWN_WORDS_DEPS for k in kids):
            continue  # "the rescue operation", "the move by Denmark", "the incident in which"
        before = [
            e
            for e in events
            if e.type.plover == "ASSAULT"
            and e.start < event.start
            and any(a.side == "source" for a in e.actors)
        ]  # the last act of force told with whoever did it
        if before:
            told = max(before, key=lambda e: e.start)
            if not _soon_after(told.date, event.date):
                continue  # "Sweden this week condemned the move", of a bombing years before
            named = _named_before(ctx, condemned, event.sentences[0])
            if named is not None and named > max(told.sentences):
                continue  # "began a rescue operation ... The operation was condemned"
            for actor in told.actors:
                if actor.side == "source":
                    _add_actor(event, replace(actor, side="target"))


def _soon_after(done: EventDate | None, reaction: EventDate | None) -> bool:
    """Whether a reaction may be to a deed: dated the same day or up to two months after it,
    or either undated."""
    first, then = _day_of(done), _day_of(reaction)
    if first is None or then is None:
        return True
    return -1 <= (then - first).days <= REACTION_DAYS


REACTION_DAYS = 62
"""The most days a condemnation of "the operation" comes after the deed it refers back to."""


def _day_of(date: EventDate | None) -> dt.date | None:
    """The first day a date can be ("2024-05" is 1 May 2024)."""
    if date is None or not date.value:
        return None
    parts = [int(p) for p in date.value[:10].split("-")]
    try:
        return dt.date(parts[0], *[*parts[1:], 1, 1][:2])
    except ValueError:
        return None


def _named_before(ctx: _Context, word: Token, index: int) -> int | None:
    """The last sentence before ``index`` that holds a noun of ``word``'s lemma (what "the
    operation" names again), if any."""
    lemma = word.lemma.lower()
    for earlier in range(index - 1, -1, -1):
        if any(t.lemma.lower() == lemma and t.pos == "NOUN" for t in ctx.tree(earlier).values()):
            return earlier
    return None


OWN_WORDS_DEPS = frozenset({"compound", "nmod", "prep", "relcl", "acl", "poss"})
"""What a noun that would refer back says of its own ("the rescue operation", "the move by
Denmark", "the incident in which ..."): then it names a happening of its own."""


def _claimed_after(ctx: _Context, events: Sequence[_Candidate]) -> None:
    """ "X claimed responsibility", in a sentence after an attack whose own sentences name no
    one who did it: X did it, as the article tells it."""
    for index in range(len(ctx.parsed.sentences)):
        claimant = _claimant(ctx, index)
        if claimant is None:
            continue
        told = [
            e
            for e in events
            if e.type.plover == "ASSAULT"
            and max(e.sentences) < index <= max(e.sentences) + UNNAMED_REACH
            and not any(a.side == "source" for a in e.actors)
        ]
        if told:
            _add_actor(max(told, key=lambda e: e.start), replace(claimant, side="source"))


def _claimant(ctx: _Context, index: int) -> Actor | None:
    """Who a sentence says claimed responsibility (not "no group claimed"), named in its
    subject."""
    tree = ctx.tree(index)
    for verb in ctx.parsed.sentence_tokens(index):
        if verb.lemma.lower() != "claim" or verb.pos != "VERB":
            continue
        kids = tree.children(verb)
        if any(k.dep == "neg" for k in kids) or not any(
            k.dep == "dobj" and k.lemma.lower() == "responsibility" for k in kids
        ):
            continue
        subject = next((k for k in kids if k.dep == "nsubj"), None)
        if subject is None or any(
            d.dep == "det" and d.lemma.lower() in ("no", "any") for d in tree.children(subject)
        ):
            continue
        if (
            _claimed_another(verb, tree)
            or any(k.dep == "aux" and k.text.lower() == "had" for k in kids)
            or any(
                e.label == "DATE" and any(ch.isdigit() for ch in e.text)
                for e in ctx.parsed.sentence_entities(index)
            )
        ):
            continue  # "claimed responsibility for the killing of a cleric", "in 2017 ..."
        if subject.lemma.lower() in CLAIMING_GROUPS:
            # "a group calling itself X": X, by the name it gives itself, and no one else
            # ("a group based in Pakistan", "a group of 20 gunmen")
            named = self_named(subject, tree, ctx.parsed.sentence_entities(index), "source")
            if named is not None and clean_name(named.text):
                return Actor(clean_name(named.text), "org")
            continue
        words = tree.subtree(subject)
        for entity in ctx.parsed.sentence_entities(index):
            inside = any(entity.start <= t.start < entity.end for t in words)
            if not inside or entity.label not in ("ORG", "PERSON", "NORP"):
                continue
            actor = entity_actor(entity.text, entity.label, set(), ctx.aliases)
            if actor is not None:
                return actor
    return None


def _claimed_another(verb: Token, tree: Tree) -> bool:
    """Whether "claimed responsibility for ..." names a happening other than the one told
    ("for a similar bombing", "for the killing of a cleric"); "for it", "for the attack" do
    not."""
    for obj in tree.children(verb):
        for prep in tree.children(obj):
            if prep.dep != "prep" or prep.lemma.lower() != "for":
                continue
            for what in tree.children(prep):
                if what.dep != "pobj" or what.pos == "PRON":
                    continue
                dets = {k.lemma.lower() for k in tree.children(what) if k.dep == "det"}
                own = [k for k in tree.children(what) if k.dep in ("prep", "amod", "acl", "relcl")]
                if not dets & {"the", "this", "that"} or own:
                    return True
    return False


CLAIMING_GROUPS = frozenset({"group", "organization", "organisation", "faction", "movement"})
"""Nouns of "a group calling itself X claimed responsibility": X is the group's name."""


def _named_perpetrator(ctx: _Context) -> str | None:
    for index in range(len(ctx.parsed.sentences)):
        tokens = ctx.parsed.sentence_tokens(index)
        tree = ctx.tree(index)
        for token in tokens:
            if (
                token.lemma.lower() in ("identify", "name")
                and token.pos == "VERB"
                and not _of_the_dead(token, tree)
            ):
                # "the man, later identified as Tomas Vidal" (not "named the dead man as")
                for prep in tree.children(token):
                    person = (
                        next((g for g in tree.children(prep) if g.ent == "PERSON"), None)
                        if prep.lemma.lower() == "as"
                        else None
                    )
                    if person is not None:
                        return _entity_text(ctx, index, person)
            if token.lemma.lower() not in PERPETRATOR_NOUNS:
                continue
            near = [*tree.children(token), *([tree.head(token)] if token.dep == "appos" else [])]
            for other in near:
                if (
                    other is not None
                    and other.ent == "PERSON"
                    and (other.dep == "appos" or token.dep == "appos")
                ):
                    return _entity_text(ctx, index, other)
    return None


VICTIM_WORDS = frozenset(
    {"dead", "killed", "slain", "deceased", "injured", "wounded", "victim", "casualty", "body"}
)
"""Words that make whom a verb of naming names someone a deed was done to."""


def _of_the_dead(verb: Token, tree: Tree) -> bool:
    """Whether a verb of naming names a victim ("police named the dead man as X", "the
    victim was identified as X"), not the one who did it."""
    named = [k for k in tree.children(verb) if k.dep in ("dobj", "nsubjpass")]
    if verb.dep == "acl" and (head := tree.head(verb)) is not None:
        named.append(head)
    return any(
        n.lemma.lower() not in PERPETRATOR_NOUNS  # "the dead attacker was named as X": his
        and (
            n.lemma.lower() in VICTIM_WORDS
            or any(
                k.lemma.lower() in VICTIM_WORDS or _suffered(k, tree)
                for k in tree.children(n)
                if k.dep in ("amod", "acl", "relcl")
            )
        )
        for n in named
    )


VICTIM_VERBS = frozenset({"kill", "die", "wound", "injure", "slay"})
"""Verbs of a clause that tells a named one died ("the commander killed in the strike")."""


def _suffered(clause: Token, tree: Tree) -> bool:
    """A clause that tells its noun died or was hurt ("killed in the strike", "who was
    wounded", "who died"), not one that tells it killed ("the man who killed them")."""
    lemma = clause.lemma.lower()
    if lemma not in VICTIM_VERBS:
        return False
    if lemma == "die":
        return True
    passive = any(k.dep == "auxpass" for k in tree.children(clause))
    return passive or (clause.dep == "acl" and clause.tag == "VBN")


def _entity_text(ctx: _Context, index: int, token: Token) -> str | None:
    for entity in ctx.parsed.sentence_entities(index):
        if entity.start <= token.start < entity.end and entity.label == "PERSON":
            return entity.text
    return None


def _only_people(event: _Candidate) -> bool:
    """A happening whose only participants are unnamed people ("civilians", "two suspects"):
    the article does not say who did it or to whom it was done as an actor."""
    return all(
        a.kind == "org"
        and a.org is None
        and a.role in (None, people_role(a.name))  # what they are: the noun they are named by
        and _people_noun(a.name)
        for a in event.actors
    )


def _unnamed_attacker(event: _Candidate) -> bool:
    """Whether an attack's doer is named by what they did ("the attacker", "a suicide
    bomber", "two gunmen")."""
    return any(a.side == "source" and _perpetrator_noun(a) for a in event.actors)


def _attackers_only(event: _Candidate) -> bool:
    """Whether no one but doers named by what they did takes part ("the assailants rammed
    the post"): the attack told before, by whoever it named."""
    return bool(event.actors) and all(
        a.side == "source" and _perpetrator_noun(a) for a in event.actors
    )


def _perpetrator_noun(actor: Actor) -> bool:
    """Whether a body is named by a noun of who carried out an attack ("the assailants",
    "two gunmen")."""
    return actor.kind == "org" and any(f in PERPETRATOR_NOUNS for f in head_forms(actor.name))


def _people_noun(name: str) -> bool:
    words = name.split()
    if not words or not words[-1].islower():
        return False  # "Council of Representatives" is a name, not "representatives"
    head = words[-1]
    return ACTOR_NOUNS.get(head) == "people" or ACTOR_NOUNS.get(head.rstrip("s")) == "people"


def _place_of_visit(events: Sequence[_Candidate], main: _Candidate | None) -> None:
    """A meeting told apart from a visit, naming no place, held by the visitor while the visit
    lasted ("During his visit to Lima ... He also conferred with the President"): held where
    the visit was (not the article's own happening, which its dateline or lead places)."""
    visits = [
        e
        for e in events
        if e.type.mode == "visit"
        and e.place is not None
        and sum(a.kind == "state" and a.side == "target" for a in e.actors) < 2
    ]  # (not a tour of two countries: which one the meeting was in, the visit does not say)
    for event in events:
        if (
            event is main
            or event.place is not None
            or event.remote
            or event.announced
            or event.type.family != "encounter"
            or event.type.mode == "visit"
        ):
            continue
        people = {_actor_key(a) for a in event.actors if a.kind == "person"}
        visit = next(
            (
                v
                for v in visits
                if not v.announced
                and _dates_fit(v.date, event.date)
                and people & {_actor_key(a) for a in v.actors if a.kind == "person"}
            ),
            None,
        )
        if visit is not None:
            event.place = visit.place


def _place_from_main(ctx: _Context, events: Sequence[_Candidate], main: _Candidate | None) -> None:
    """Where a happening whose sentences name no place took place: where the article's own
    happening did (the dateline's place for that one), unless it was held at a distance or is
    a statement, which has no venue of its own (unless the article is a transcript or a
    statement that names where it was given: see :func:`_at_venue`)."""
    venue = article_venue(ctx.article.text)
    if venue is not None:
        _at_venue(ctx, events, venue)
    elif main is not None and main.type.family in VENUE_FAMILIES and main.place is None:
        _at_speech(ctx, events, main)
    if (
        main is not None
        and main.type.family == "encounter"
        and main.place is not None
        and ctx.place is not None
        and _is_country(main.place)
        and not _is_country(ctx.place)
        and ctx.place.country == main.place.country
    ):
        main.place = ctx.place  # "ERBIL - ... met ... in Iraq": the dateline's city
    home = (main.place if main is not None else None) or ctx.place
    if main is not None and main.place is None and not main.remote and not _struck_from(ctx, main):
        main.place = ctx.place
    when = main.date if main is not None else None
    spoken_of = {id(e) for other in events for e in other.about_of}
    for event in events:
        if event.place is not None or event.remote or event.announced or event.earlier:
            continue  # what came before the article's happening happened elsewhere
        if id(event) in spoken_of and event is not main:
            continue  # "condemned the shelling of border villages": not where they spoke
        if event.type.family in SPEECH_FAMILIES or event.type.remote:
            continue
        if event.type.elsewhere and main is not None and main.remote:
            continue  # an invitation made during a phone call was made nowhere
        if event is not main and not _dates_fit(event.date, when):
            continue  # what the article recalls from another time happened elsewhere
        if home is ctx.place and _struck_from(ctx, event):
            continue
        event.place = home


def _struck_from(ctx: _Context, event: _Candidate) -> bool:
    """An attack by a state's forces told under a dateline at home ("TAMPA, Fla. - U.S.
    forces struck ..."): the dateline is where the news came from, not where they struck."""
    if ctx.place is None or event.type.plover != "ASSAULT":
        return False
    if any(a.side == "source" and a.role and "police" in a.role for a in event.actors):
        return False  # the police act where they are
    owners = {a.name if a.kind == "state" else a.org for a in event.actors if a.side == "source"}
    for _ in range(3):  # a command of a department of a state
        owners |= {part_of(organisation(name) or name) for name in list(owners) if name}
    homes = {
        found.country
        for owner in owners
        if owner is not None and (found := lookup(owner)) is not None and _is_country(found)
    }
    seat = capital(ctx.place.country) if ctx.place.country else None
    # a capital's dateline ("WASHINGTON -", "LIMA -"), not a town of a province, where forces
    # at home fight
    return ctx.place.country in homes and seat is not None and seat.name == ctx.place.name


VENUE_FAMILIES = SPEECH_FAMILIES | {"announce", "statement", "encounter"}
"""Families of what speakers do where they stand: say, announce, meet (a call is remote)."""


def _at_venue(ctx: _Context, events: Sequence[_Candidate], venue: Place) -> None:
    """What the speakers of a transcript or statement say and do on its day happens at its
    venue ("Kuwait City, Kuwait" under the byline): a statement that names no place of its own,
    or one that names only the venue's country ("a pleasure to be back in Lima")."""
    day = ctx.reference.isoformat() if ctx.reference is not None else None
    for event in events:
        if event.remote or event.announced or event.type.family not in VENUE_FAMILIES:
            continue
        told = event.date.value if event.date is not None else None
        if told is None and event.type.family == "encounter" and not event.earlier:
            pass  # a meeting or visit told with no day of its own: the article's day
        elif told is None and _performed(ctx, event):
            pass  # "We condemn the attack": said there, as it is said
        elif day is None or told != day:
            continue  # recalled from another day, or not dated to the day
        if event.place is None or (
            event.place.country == venue.country and _is_country(event.place)
        ):
            event.place = venue


def _at_speech(ctx: _Context, events: Sequence[_Candidate], main: _Candidate) -> None:
    """Where an article whose own happening is what someone said tells the speech was given
    ("he made the remarks in a speech he gave in Porto"): what was said and announced
    on the day of the article's happening, placed nowhere else, was said there."""
    venue = _speech_place(ctx, main)
    if venue is None:
        return
    for event in events:
        if event.place is not None or event.remote or event.announced:
            continue
        if event.type.family not in VENUE_FAMILIES - {"encounter"}:
            continue
        if event is main or (event.date == main.date and main.date is not None):
            event.place = venue


def _performed(ctx: _Context, event: _Candidate) -> bool:
    """A speech act its speaker performs as it is said: in the simple present, by "I" or
    "we" ("We condemn the attack"), with no day of its own."""
    token = event.token
    if (
        event.type.family not in SPEECH_FAMILIES
        or event.earlier
        or token is None
        or token.pos != "VERB"
        or token.tag not in PRESENT_TAGS
    ):
        return False
    subject = subject_of(token, ctx.tree(event.sentences[0]))
    # (a question's "Chile accuses Peru of ..." is said of others, anywhere)
    return subject is not None and subject.text.lower() in ("i", "we")


def _speech_place(ctx: _Context, main: _Candidate) -> Place | None:
    """The place a speech noun's own phrase names ("the speech delivered in Porto", "in an
    address at the parliament in Lisbon"), the first the article gives of a speech by the
    article's speaker: the subject of its clause is a pronoun or the speaker's name, no one
    else's speech ("a speech by the Pope"), and no date of another day in its sentence."""
    speakers = {
        person_key(a.name) for a in main.actors if a.side == "source" and a.kind == "person"
    }
    if not speakers:
        return None
    for index, sentence in enumerate(ctx.parsed.sentences):
        tree = ctx.tree(index)
        for token in tree.values():
            if token.pos != "NOUN" or token.lemma.lower() not in SPEECH_NOUNS:
                continue
            if not _speech_of(token, tree, speakers):
                continue
            date = sentence_date(sentence.text, ctx.article.published, ctx.dateline)
            if date is not None and not _dates_fit(date, main.date):
                continue  # "in an interview last year": another day's
            words = tree.subtree(token)
            if len(words) > 1 and (found := _span_place(ctx, index, words[1].start, words[-1].end)):
                return found
    return None


def _speech_of(noun: Token, tree: Tree, speakers: set[str]) -> bool:
    """Whether a speech noun is the speakers' own: no one else's by possession or "by", and the
    subject of its clause a pronoun or one of them ("She went on in the address ...")."""
    for kid in tree.children(noun):
        if kid.dep == "poss" and kid.pos != "PRON":
            return False  # "the Spanish prime minister's speech"
        if kid.dep == "prep" and kid.lemma.lower() in ("by", "of"):
            return False  # "a speech by the Pope"
    current: Token | None = noun
    while current is not None and current.pos not in ("VERB", "AUX"):
        current = tree.head(current)
    subject = subject_of(current, tree) if current is not None else None
    if subject is None:
        return False
    if subject.pos == "PRON":
        return subject.text.lower() in ("he", "she", "i", "we")
    return person_key(subject.text) in speakers


TARGET_PLACED = frozenset({"ASSAULT", "AID", "MOBILIZE"})
"""PLOVER types that happen where their target is: an attack on a country, aid or troops sent
to it."""


def _target_placed(event_type: EventType) -> bool:
    """Whether the happening is where its target is (a pledge of troops to a country too)."""
    return event_type.plover in TARGET_PLACED or event_type.family == "pledge"


def _place_of_target(events: Sequence[_Candidate]) -> None:
    """Where an attack on a country or aid to it took place when its sentences name no place:
    that country ("Russia's war on Ukraine", "assistance for Ukraine")."""
    from storyline.places.gazetteer import lookup

    for event in events:
        if event.place is not None or event.remote or event.type.plover not in TARGET_PLACED:
            continue
        owners = {a.org for a in event.actors}
        targets = [
            a
            for a in event.actors
            if a.side == "target" and a.kind == "state" and a.name not in owners
        ]  # "U.S. personnel" were attacked where they serve, not in the United States
        if len(targets) == 1 and (place := lookup(targets[0].name)) is not None:
            event.place = place


SEATED_CATEGORIES = frozenset({"parliament"})
"""Kinds of body that sit in their state's capital: what they do, they do there."""


def _seat_of_parliament(ctx: _Context, events: Sequence[_Candidate]) -> None:
    """Where a state's parliament acted when the text names no place, or only its country:
    its capital ("the Parliament of Iraq voted": in Baghdad; "MPs in the House of Commons
    walked out", in a story about the United Kingdom: in London); where an international body
    sits ("the UN Security Council voted": in New York)."""
    for event in events:
        if event.remote or (event.place is not None and not _is_country(event.place)):
            continue
        for actor in event.actors:
            if actor.kind != "org":
                continue
            if actor.side == "target" and body_seat(actor.name) is not None:
                continue  # "praised the Gulf Cooperation Council": not where it sits
            if (seat := _seat(ctx, event, actor)) is None:
                continue
            if event.place is None or event.place.country == seat.country:
                # "toured Kuwait's National Assembly": in the capital, not only the country
                event.place = seat
                break


_IN_OWN_OFFICE = re.compile(r"\b(?:in|at)\s+(?:his|her)\s+office\b", re.IGNORECASE)
"""Where a host received someone: "received in his office", "met at her office"."""


def _host_s_office(
    event_type: EventType, said: str, actors: Sequence[Actor], place: Place | None
) -> Place | None:
    """Where a state's official received someone "in his office" when the text names no
    place, or only the country: the state's capital ("Peru's National Security Adviser met
    in his office the Commander of X": in Lima). An official of a region or a body has an
    office anywhere, so only a state's counts, and only one state's on the hosting side (its
    officials' states are known once their offices are)."""
    if event_type.family != "encounter" or not _IN_OWN_OFFICE.search(said):
        return place
    if place is not None and not _is_country(place):
        return place
    homes = {
        home.country
        for a in actors
        if a.kind == "person" and a.side == "source" and a.org and state(a.org)
        for home in [lookup(a.org)]
        if home is not None and home.country
    }
    if len(homes) != 1:
        return place
    code = homes.pop()
    if place is not None and place.country != code:
        return place
    return capital(code) or place


def _seat(ctx: _Context, event: _Candidate, actor: Actor) -> Place | None:
    from storyline.places.gazetteer import capital

    if (city := body_seat(actor.name)) is not None:
        return lookup(city)
    code = _owner_code(ctx, actor) if actor.role in SEATED_CATEGORIES else None
    if code is None:
        code = _legislature_code(ctx, event, actor.name)
    return capital(code) if code is not None else None


def _owner_code(ctx: _Context, actor: Actor) -> str | None:
    """The state a parliament the alias tables know belongs to ("Council of Representatives
    of Iraq": Iraq)."""
    names = [actor.name, *([actor.org] if actor.org else [])]
    owner = next((o for n in names if (o := part_of(n, extra=ctx.aliases))), actor.org)
    home = lookup(owner) if owner and state(owner) else None
    return home.country if home is not None else None


def _legislature_code(ctx: _Context, event: _Candidate, name: str) -> str | None:
    """The state of a legislature named by its name ("Knesset"), by a name several states
    give theirs ("House of Commons") or by a generic word ("parliament"): the one state the
    name allows, else one its state word names ("the British parliament"), else one the
    event's sentences name, else (for a name some states use, never for a generic word)
    the one of them the article names most."""
    from collections import Counter

    from storyline.places.seats import ANY_STATE, legislature_states

    states = legislature_states(name)
    if states is None:
        first, _, rest = name.partition(" ")
        if (states := legislature_states(rest)) is None:
            return None
        own = _state_code(first)  # "British parliament", "Israel's Knesset"
        return own if own is not None and (states == ANY_STATE or own in states) else None
    if len(states) == 1:
        return states[0]
    allowed = [c for c in _named_states(ctx, event.sentences) if states == ANY_STATE or c in states]
    if allowed:
        return allowed[0]
    if states == ANY_STATE:
        return None
    counts = Counter(c for c in _named_states(ctx, range(len(ctx.parsed.sentences))) if c in states)
    return counts.most_common(1)[0][0] if counts else None


def _named_states(ctx: _Context, sentences: Iterable[int]) -> list[str]:
    """The states (codes) the sentences name, by name or adjective, in order."""
    codes = []
    for index in sentences:
        for entity in ctx.parsed.sentence_entities(index):
            if entity.label in ("GPE", "NORP") and (code := _state_code(entity.text)):
                codes.append(code)
    return codes


def _state_code(name: str) -> str | None:
    common = state(name)
    place = lookup(common) if common else None
    return place.country if place is not None else None


# --- names and offices ---------------------------------------------------------------------------


def _full_people(parsed: ParsedArticle) -> dict[str, str]:
    """The people an article names in full (two words or more), by surname key: of two
    people of one surname, the one named first ("Singer Maria Carter died ... survived by her
    brother Jack Carter": a lone "Carter" is Maria), under the fullest form of that name."""
    found: dict[str, str] = {}
    for e in parsed.entities:
        if e.label != "PERSON" or len(e.text.split()) < 2 or not (key := person_key(e.text)):
            continue
        name, first = clean_name(e.text), found.get(key)
        if first is None or (same_person(first, name) and len(name) > len(first)):
            found[key] = name
    return found


def _full_names(
    events: list[_Candidate],
    aliases: AliasTable | None,
    named: Mapping[str, str],
    own: Mapping[str, tuple[str, str | None, str]] | None = None,
) -> None:
    """Each person under the fullest name the article gives ("Stoltenberg" -> "Jens ...",
    "Sheikh Mohamed" -> "Mohamed bin Zayed Al Nahyan")."""
    _given_name_forms(events, named.values())
    _short_body_forms(events, named.values())
    _trailing_body_forms(events)
    index = ActorIndex(aliases)
    for event in events:
        for actor in event.actors:
            if actor.kind == "person":
                index.record(actor.name, "person")
    full = {
        **named,
        **{person_key(n): n for e in events for a in e.actors if len((n := a.name).split()) > 1},
    }
    whole = _one_full_name(full, named.values(), events)

    def canonical(name: str, role: str | None = None) -> str:
        found = index.canonical(name)
        if (found is None or len(found.split()) == 1) and len(name.split()) == 1:
            # "Pistorius met", after "Boris Pistorius said" (in no event); "Kareem said",
            # after "Omar Karim": another spelling of one the article names
            key = person_key(name)
            alone = key in whole and lookup(name) is None and not _FAMILY_NAME.match(name)
            if alone and role is not None and role[:1].isupper():
                # "President Biden", after "Hunter Biden was convicted": the office says
                # whom, and the one named in full must be the one the article gives it
                holder = (own or {}).get(key)
                alone = holder is not None and len(holder[2].split()) > 1
            spelled = key if alone else _spelled_as(key, full)
            found = full[spelled] if spelled is not None else found
        return found or name

    for event in events:
        names = {a.name for a in event.actors}
        event.actors = [
            replace(a, name=fuller)
            if a.kind == "person"
            and ((fuller := canonical(a.name, a.role)) == a.name or fuller not in names)
            else a  # "Al-Haddad" who met "Omar Al-Haddad": the reader kept them apart
            for a in event.actors
        ]
        event.statements = [
            replace(s, speaker=index.canonical(s.speaker) or s.speaker) if s.speaker else s
            for s in event.statements
        ]


_FAMILY_NAME = re.compile(r"(?:al|el)[-\s]", re.IGNORECASE)
"""A family's name ("Al-Sabah"), which many of one house bear: no one person's alone."""


def _one_full_name(
    full: Mapping[str, str], named: Iterable[str], events: Sequence[_Candidate]
) -> set[str]:
    """The surname keys a lone surname may be taken in full by: one person of the article
    has it, named with a given name ("Boris Pistorius"); two of one family ("Sheikh Sabah
    Al-Sabah", "Sheikh Ahmed Al-Sabah") leave it alone."""
    names = [*named, *(a.name for e in events for a in e.actors if a.kind == "person")]
    by_key: dict[str, list[str]] = {}
    for name in names:
        if len(name.split()) > 1 and split_name(name).given:
            by_key.setdefault(person_key(name), []).append(name)
    return {
        key
        for key, forms in by_key.items()
        if key in full and all(same_person(a, b) for a in forms for b in forms)
    }


def _given_name_forms(events: list[_Candidate], named: Iterable[str] = ()) -> None:
    """A person named by a given name alone ("President Sheikh Mohamed", "Ingrid and King
    Harald sent a message"), when one fuller name of the article starts with it, is that
    person (``named``: the article's people named in full, taking part or not)."""
    names = {a.name for e in events for a in e.actors if a.kind == "person"}
    told = {n for n in named if all(w[:1].isupper() for w in n.split())}  # not "X of Israel"
    for event in events:
        for n, actor in enumerate(event.actors):
            if actor.kind != "person" or len(actor.name.split()) != 1:
                continue
            # a given name with a description of its own ("Ola, a farmer") is another man
            # than the one the article names in full but who takes part in nothing
            known = names if actor.role and actor.role[:1].islower() else names | told
            full = [f for f in known if len(f.split()) >= 2]
            longer = [f for f in full if f.split()[0].lower() == actor.name.lower()]
            if len(longer) == 1:
                event.actors[n] = replace(actor, name=longer[0])


def _short_body_forms(events: list[_Candidate], people: Iterable[str] = ()) -> None:
    """One word taken for a person ("suspended Kestrel's permit") that starts the name of the
    one body the article names in full with it ("Kestrel Air"): that body, as a short form;
    not a word that is the surname of a person the article names in full (``people``)."""
    surnames = {name.split()[-1].lower() for name in people if len(name.split()) > 1}
    bodies: dict[str, list[Actor]] = {}
    for event in events:
        for actor in event.actors:
            words = actor.name.split()
            if (
                actor.kind == "org"
                and len(words) >= 2
                and actor.name not in {a.name for a in bodies.get(words[0].lower(), [])}
            ):
                bodies.setdefault(words[0].lower(), []).append(actor)
    for event in events:
        for n, actor in enumerate(event.actors):
            if actor.kind != "person" or actor.role or len(actor.name.split()) != 1:
                continue
            if actor.name.lower() in surnames:
                continue  # "Khan was released" after "police arrested Ali Khan"
            found = bodies.get(actor.name.lower(), [])
            if len(found) == 1:
                event.actors[n] = replace(found[0], side=actor.side)


def _trailing_body_forms(events: list[_Candidate]) -> None:
    """A body named by the last words of the one longer name the article gives it ("the Board
    of Inquiry" after "the UN Board of Inquiry"): that body, once per event."""
    names = {a.name for e in events for a in e.actors if a.kind == "org" and _proper(a.name)}
    longer: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        for cut in range(1, len(words) - 1):
            longer.setdefault(" ".join(words[cut:]), set()).add(name)
    for event in events:
        actors: list[Actor] = []
        for actor in event.actors:
            found = longer.get(actor.name, set()) if actor.kind == "org" else set()
            if len(found) == 1 and len(actor.name.split()) > 1 and _proper(actor.name):
                (full,) = found
                if any(a.name == full for a in [*event.actors, *actors]):
                    continue
                template = next(a for e in events for a in e.actors if a.name == full)
                actor = replace(template, side=actor.side, part=actor.part)
            actors.append(actor)
        event.actors = actors


def _proper(name: str) -> bool:
    """Whether a name is written as a proper name: each word capitalised but the small ones
    ("UN Board of Inquiry", not "commanders of the militia")."""
    words = name.split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in ("of", "for", "and", "the", "on", "in") for w in words)
    )


def _tenure_role(
    tenure: Tenure,
    actor: Actor,
    on: dt.date | None,
    own: Mapping[str, tuple[str, str | None, str]],
) -> Actor:
    """A person's office when the sentence names none: the one the article gives elsewhere,
    else the table's on the event's date (or, with no date, the table's only office for
    them); an office the table knows is written as the table writes it ("Defense
    Secretary" Ash Carter is the "Secretary of Defense")."""
    if actor.kind != "person":
        return actor
    if _unnamed_office(actor):
        # "the Prime Minister" of the government whose release it is, on the event's day
        holder = tenure.holder(actor.role or "", actor.org or "", on) if on else None
        return replace(actor, name=holder) if holder else actor
    stated = stated_office(own, actor.name)
    if stated and (not actor.role or _fuller(stated[0], actor.role)):
        # none given here, or a shorter form of it ("Minister Ellwood said:")
        actor = _in_office(actor, stated[0], stated[1])
    offices = tenure.roles_of(actor.name, on) if on is not None else tenure.offices_of(actor.name)
    if actor.role and role_key(actor.role) in GENERIC_ROLES and len(offices) == 1:
        # "NATO chief Jens Stoltenberg": the office the table knows him to hold then
        return _in_office(actor, *offices[0])
    if actor.role and len(fuller := [(r, o) for r, o in offices if _fuller(r, actor.role)]) == 1:
        # "Secretary Carter", the table's Secretary of State then: the office in full
        return _in_office(actor, *fuller[0])
    if actor.role:
        same = [(r, o) for r, o in offices if role_key(r) == role_key(actor.role)]
        if same:
            role, org = same[0]
            actor = replace(actor, role=_fuller_form(actor.role, role), org=actor.org or org)
            holder = tenure.holder(role, org, on) if on is not None else None
            if holder and not split_name(actor.name).given and same_person(holder, actor.name):
                # "President Bush" in 2008: the holder the table names in full
                actor = replace(actor, name=holder)
            return actor
        holder = (
            tenure.holder(actor.role, actor.org, on) if actor.role and actor.org and on else None
        )
        if holder and _shorter_form(actor.name, holder):
            # "President Haddad of Chile", whom the table names in full as that year's
            # holder: the table's name
            actor = replace(actor, name=holder)
        return actor
    if on is None and len({role_key(r) for r, _ in offices}) != 1:
        return actor
    if not offices:
        return actor
    role, org = offices[0] if on is not None else offices[-1]
    return replace(actor, role=role, org=actor.org or org)


def _identified(ctx: _Context, actor: Actor) -> Actor:
    """A person with no office, stated or known, given what the text called him before it
    named him ("The attacker, identified as X")."""
    if actor.kind != "person" or actor.role:
        return actor
    called = ctx.identified.get(person_key(actor.name))
    if called is None or not same_person(called[1], actor.name):
        return actor  # ("Carmen Ramos, mother of the suspect": not Luis Ramos)
    return replace(actor, role=called[0])


def _unnamed_office(actor: Actor) -> bool:
    """An office whose holder is not known yet: the actor is named by its title."""
    return actor.kind == "person" and actor.org is not None and actor.name == actor.role


GENERIC_ROLES = frozenset({"chief", "head", "boss", "leader", "official", "envoy"})
HEAD_WORDS = frozenset({"chief", "head", "boss"})
"""Words of whoever heads an organisation ("the NATO chief"), whatever the office is called."""
"""Words news writes for an office without naming it ("NATO chief", "the UN's aid boss",
"the UN envoy")."""


def _shorter_form(name: str, full: str) -> bool:
    """Whether ``name`` is the start of ``full`` told shorter, spelling aside ("Mohammed bin
    Zayed" of "Mohamed bin Zayed Al Nahyan"): every word of it, in order, at the start of the
    full name, and the full name longer."""
    words = [_spelled(w) for w in fold(name).lower().replace("-", " ").split()]
    longer = [_spelled(w) for w in fold(full).lower().replace("-", " ").split()]
    return 2 <= len(words) < len(longer) and longer[: len(words)] == words


def _spelled(word: str) -> str:
    """A word with its doubled letters single ("mohammed" and "mohamed" meet)."""
    return re.sub(r"(.)\1+", r"\1", word)


def _in_office(actor: Actor, role: str, org: str | None) -> Actor:
    """``actor`` given the fuller or truer form ``role`` of the office the report words, its
    wording kept where the report wrote the organisation before the office: "UN Special
    Envoy" of the table's "Special Envoy for Yemen" is the "UN Special Envoy for Yemen", "NATO
    chief" of its "Secretary General" the "NATO Secretary General"."""
    title, stated = actor.title, actor.role
    if title and stated and title != stated and title.lower().endswith(stated.lower()):
        said = title[: len(title) - len(stated)]
        title = said + (stated + role[len(stated) :] if _fuller(role, stated) else role)
    return replace(actor, role=role, org=actor.org or org, title=title)


def _fuller_form(stated: str, table: str) -> str:
    """Of two forms of one office, the one that says it in full: the table's "Secretary of
    Defense" over a report's "Defense Secretary", a report's "Minister of Foreign Affairs"
    over the table's "Foreign Minister" (the full form holds every word of the short one)."""
    return stated if len(stated.split()) > len(table.split()) else table


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


# --- the lead, when nothing is coded --------------------------------------------------------------


def _lead(ctx: _Context, memory: Memory) -> list[_Candidate]:
    """The happening an article leads with, uncoded, when nothing in it was coded: found in
    the first sentences that name someone."""
    for index, sentence in enumerate(ctx.parsed.sentences[: LEAD_SENTENCES + 1]):
        tokens = ctx.parsed.sentence_tokens(index)
        root = next((t for t in tokens if t.head == t.i and t.pos in ("VERB", "AUX")), None)
        if root is None or _page_line(root, tokens):
            continue
        roles = _sentence_roles(ctx, sentence, ctx.parsed.sentence_entities(index))
        actors = _lead_actors(ctx, index, roles)
        # the voice of a statement tells what it leads with ("Ana Soto, Department
        # Spokesperson": the Secretary will travel with the President ...); not the voice a
        # transcript's last paragraph happens to be in ("MR KIRBY: Thanks, everybody.")
        voice = _byline(ctx) or _title_speaker(ctx)
        if actors and voice is not None:
            actors = [voice, *(a for a in actors if _actor_key(a) != _actor_key(voice))]
        if actors:
            date = _trigger_date(ctx, sentence, root, Tree(tokens))
            if _after(date, ctx.reference):
                date = None  # "will accompany the President ... July 13-16": told the day before
            lead_type = ctx.registry.get(LEAD) if _has_type(ctx, LEAD) else None
            if lead_type is None:
                return []
            return [_Candidate(lead_type, [index], actors, date, None, False, sentence.start)]
    return []


def _page_line(root: Token, tokens: Sequence[Token]) -> bool:
    """A page's line about itself: "posted"/"published" with no subject, or after a full stop
    the parser ran over ("Ana Soto, Lima Blog. posted in Port News on Friday ..."); "the
    ministry published new rules" is news."""
    if root.lemma.lower() not in PAGE_VERBS:
        return False
    stop = any(t.text == "." and t.i < root.i for t in tokens)
    return stop or not any(t.head == root.i and t.dep in ("nsubj", "nsubjpass") for t in tokens)


TITLE_FAMILIES = frozenset({"encounter"})
"""What a title may name for a text that codes nothing: the meeting, call or visit a
transcript or remarks are from (a headline's attack or statement is the news of another
text, not of the remarks under it)."""


def _title_happening(ctx: _Context, lead: _Candidate, memory: Memory) -> None:
    """What a title names when the text codes nothing: the happening a transcript or a
    statement is about ("Remarks After His Meeting With Foreign Minister X", above questions
    and answers that never name it). The article's lead takes its type and its people."""
    principal = next((a for a in lead.actors if a.kind == "person"), None)
    happening = _titled_encounter(ctx, memory, principal)
    if happening is None:
        return
    lead.type = happening.type
    lead.remote = lead.remote or happening.remote
    others = lead.actors
    lead.actors = []
    for actor in [*happening.actors, *others]:
        _add_actor(lead, actor)


def _titled_encounter(
    ctx: _Context, memory: Memory, principal: Actor | None = None
) -> _Candidate | None:
    """The meeting, call or visit the article's title names, read as a sentence of its own
    ("His Meeting With ...": the man ``principal`` names)."""
    from storyline.nlp import parse

    title = ctx.article.title or ""
    if not title.strip():
        return None
    parsed = parse(ctx.article.doc_id, title)
    sub = replace(
        ctx,
        parsed=parsed,
        paragraphs=(0,) * len(parsed.sentences),
        roles={},
        places={},
        trees={},
    )
    if principal is not None:
        memory = replace(memory, speaker=principal, last_person=principal, group=[])
    for index in range(len(parsed.sentences)):
        found, _ = _sentence(sub, index, memory)
        happening = next(
            (c for c in found if c.type.family in TITLE_FAMILIES and not c.announced), None
        )
        if happening is not None:
            return happening
    return None


def _titled_people(ctx: _Context, main: _Candidate | None, memory: Memory) -> _Candidate | None:
    """A transcript's title that names the two or more people of its meeting ("Secretary X
    and President Y Before Their Meeting"): they are who met, whoever else the remarks under
    it praise or thank (the text's own meeting takes them, and loses the people it took
    from other sentences)."""
    if main is None or main.type.family not in TITLE_FAMILIES:
        return None
    if not is_transcript(ctx.parsed.text):
        return None
    # "After His Meeting With X", above remarks whose own meeting names one man ("we
    # exchanged ideas", said by him): he is whose meeting it was, not the last voice heard
    own = [a for a in main.actors if a.kind == "person"]
    happening = _titled_encounter(ctx, memory, own[0] if len(own) == 1 else None)
    if happening is None:
        return None
    people = [a for a in happening.actors if a.kind == "person"]
    if len({_actor_key(a) for a in people}) < 2:
        return None
    keys = {_actor_key(a) for a in people}
    if keys <= {_actor_key(a) for a in main.actors if a.side is not None}:
        return None  # the text's meeting has them already
    day = ctx.reference.isoformat() if ctx.reference is not None else None
    if main.date is not None and main.date.value not in (None, day):
        # a call "last week" the remarks recall is not the meeting they follow: the title's
        # meeting is one of its own, on the article's day, told from the first turn
        first = ctx.parsed.sentences[0]
        happening.sentences, happening.start, happening.date = [0], first.start, None
        happening.actors = [replace(a, side="source") for a in people]
        return happening
    others = [
        a for a in main.actors if a.kind != "person" or a.side is None or _actor_key(a) in keys
    ]
    main.type = happening.type
    main.actors = []
    for actor in [*people, *others]:
        _add_actor(main, replace(actor, side="source") if _actor_key(actor) in keys else actor)
    return None


def _lead_actors(ctx: _Context, index: int, roles: Mapping[str, RoleMention]) -> list[Actor]:
    actors: list[Actor] = []
    people: set[str] = set()
    start = ctx.parsed.sentences[index].start
    titles = {(start + r.start, start + r.end) for r in roles.values()}
    for entity in ctx.parsed.sentence_entities(index):
        if entity.label not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        if any(s <= entity.start < e for s, e in titles):
            continue  # "State" in "Secretary of State": a word of a title
        if entity.label == "GPE" and state(entity.text) is None:
            continue  # a city names where, not who
        actor = entity_actor(entity.text, entity.label, people, ctx.aliases)
        if actor is None:
            continue
        if actor.kind == "person":
            found = role_of(roles, actor.name)
            if found:
                actor = replace(
                    actor, role=found.role, org=found.org, title=found.title, rank=found.rank
                )
        if not any(_actor_key(a) == _actor_key(actor) for a in actors):
            actors.append(actor)
    return actors


# --- building the event ------------------------------------------------------------------------


def _event(ctx: _Context, cand: _Candidate, position: int) -> Event:
    article = ctx.article
    sentences = [ctx.parsed.sentences[i] for i in sorted(cand.sentences)]
    date = cand.date if cand.date is not None and cand.date.value else None
    if date is None:
        undated = EventDate(None, None, "earlier")
        date = (
            undated
            if cand.earlier
            else article_date(article.published, ctx.dateline, article.issued)
        )
    background = _is_background(date, ctx.reference)
    place = cand.place
    published = article.published.isoformat() if article.published else article.issued
    evidence = tuple(
        Evidence(article.doc, article.doc_id, s.text, s.start, s.end, published) for s in sentences
    )
    on = _day(date) or ctx.reference
    held = [
        _tenure_role(ctx.tenure, a, _office_day(ctx, cand.type, a, date, on), ctx.own)
        for a in cand.actors
        if not (
            a.kind == "state"
            and place
            and a.name == place.name
            and len(cand.actors) > 1
            and not (a.side == "target" and _target_placed(cand.type))
            and not (a.side == "target" and cand.type.mode == VISIT)
        )
    ]
    handed = _handed_office(cand.type, held) if _hands_office(ctx, cand) else held
    event_type, actors = _final_actors(ctx, cand, handed)
    if not cand.remote:
        place = _host_s_office(event_type, sentences[0].text, actors, place)
    # the headline calls people what the text does ("Major General X handed over command of
    # the mission to ..."), not by the office handed over
    shown = actors if handed == held else _final_actors(ctx, cand, held)[1]
    promised = _promised_type(ctx, cand)
    summary = (
        _clip(sentences[0].text)
        if event_type.name == LEAD
        else headline(event_type, shown, place, cand.decided, promised)
    )
    return Event(
        id=_event_id(article.doc_id, event_type.name, sentences[0].start, position),
        type=event_type.name,
        plover=event_type.plover or cand.plover,
        mode=event_type.mode,
        date=date,
        location=place,
        actors=actors,
        topics=topics(s.text for s in sentences),
        summary=summary,
        statements=tuple(cand.statements),
        background=background,
        sources=evidence,
        decided=cand.decided,
        promised=promised.name if promised is not None else None,
    )


def _final_actors(
    ctx: _Context, cand: _Candidate, held: list[Actor]
) -> tuple[EventType, tuple[Actor, ...]]:
    """The event's type and its participants, with the bodies they belong to and their parts."""
    # an office on the publisher's site whose holder that day is not known names no one
    actors = _with_parents(
        ctx.aliases, [_identified(ctx, a) for a in held if not _unnamed_office(a)]
    )
    event_type = _own_side_type(ctx, cand.type, actors)
    return event_type, event_type.with_parts(_own_parts(ctx.aliases, event_type, actors))


OFFICE_OBJECTS = frozenset({"command"})
"""What a verb of a type that hands an office over hands over when it is that office
("took command of the mission"; not "assumed leadership of the party", "took charge of the
investigation")."""


def _hands_office(ctx: _Context, cand: _Candidate) -> bool:
    """Whether a happening of a type that hands an office over hands it here: command of a
    body (or with none said: "handed over command to X"), the noun of its change, or taking
    over "as commander of" a body; not "took effective command of the routine running
    of the bureau", a body's work."""
    token = cand.token
    if cand.type.office is None or token is None:
        return False
    if token.pos == "NOUN" or (
        token.pos == "PROPN" and token.lemma.lower() in _noun_words(cand.type)
    ):
        return True  # "the change of command", "Change of Command ceremonies"
    tree = ctx.tree(token.sent)
    for kid in tree.children(token):
        if kid.dep == "dobj" and kid.lemma.lower() in OFFICE_OBJECTS:
            held = kid
        elif kid.dep == "prep" and kid.lemma.lower() == "as":
            held = next((g for g in tree.children(kid) if g.dep == "pobj"), kid)
        else:
            continue
        of = [
            g
            for p in tree.children(held)
            if p.dep == "prep" and p.lemma.lower() == "of"
            for g in tree.children(p)
            if g.dep == "pobj"
        ]
        return all(g.ent == "ORG" or g.pos == "PROPN" for g in of)
    return False


def _noun_words(event_type: EventType) -> frozenset[str]:
    """The words of the noun a type is told by ("change of command")."""
    return frozenset((event_type.noun or "").lower().split())


_RANK_ONLY = re.compile(rf"(?:{RANKS})", re.IGNORECASE)


def _handed_office(event_type: EventType, actors: list[Actor]) -> list[Actor]:
    """The office a happening hands over (:attr:`EventType.office`), given to each person on
    either side whom the text gives no office of their own, or only a rank or "officer"
    ("Lieutenant General Maria Lopez took command of the mission": its Commander, of the
    body on the target side, titled so: "Commander of Andean Training Mission")."""
    if event_type.office is None:
        return actors
    unit = next((a.name for a in actors if a.side == "target" and a.kind == "org"), None)
    title = f"{event_type.office} of {unit}" if unit else None
    return [
        replace(
            a,
            role=event_type.office,
            org=unit,
            title=title,
            rank=a.role if a.role and _RANK_ONLY.fullmatch(a.role) else a.rank,
        )
        if a.kind == "person" and a.side is not None and _no_office(a.role)
        else a
        for a in actors
    ]


def _no_office(role: str | None) -> bool:
    """A role that names no office: none, a rank alone, or an officer ("an Italian officer")."""
    return role is None or bool(_RANK_ONLY.fullmatch(role)) or role.lower().endswith("officer")


def _promised_type(ctx: _Context, cand: _Candidate) -> EventType | None:
    """The type a promise or a threat is of, where the candidate is still one of them."""
    if cand.promised is None or cand.type.promise is None:
        return None
    promised = ctx.registry.get(cand.promised)
    return promised if promised.intent == cand.type.name else None


def _own_side_type(ctx: _Context, event_type: EventType, actors: Sequence[Actor]) -> EventType:
    """The type of a happening whose other side is all the source's own (a secretary's visit
    to his own country's troops): the type's ``own`` (a tour), else the type itself."""
    if event_type.own is None:
        return event_type
    sources = [a for a in actors if a.side == "source"]
    targets = [a for a in actors if a.side == "target"]
    own = {a.name if a.kind == "state" else a.org or (a.name if a.kind == "org" else None)
           for a in sources} - {None}  # fmt: skip
    if len(own) != 1 or not targets:
        # "Rutte visited Baghdad and held talks with al-Sudani": two sides (NATO, Iraq)
        return event_type
    if all(
        (t.kind == "state" and t.name in own) or (t.org in own and t.role in OWN_FORCE_ROLES)
        for t in targets
    ):
        return ctx.registry.get(event_type.own)
    return event_type


def _own_parts(
    aliases: AliasTable | None, event_type: EventType, actors: tuple[Actor, ...]
) -> tuple[Actor, ...]:
    """A body on the other side of an agreement, a meeting or a vote that is its source's own
    or part of it ("the pact's defence ministers chose to enlarge its mission in Peru":
    the mission is the pact's own; the Security Council's vote on "the UN mission in Peru") is
    what the happening is about, on no side: no one it was agreed with or voted on."""
    if (event_type.plover not in OWN_PART_TYPES and event_type.family != "vote") or (
        event_type.unit
    ):
        return actors

    def canonical(name: str) -> str:
        return organisation(name, extra=aliases) or name

    own = {canonical(a.name) for a in actors if a.side == "source" and a.kind != "person"}
    own |= {canonical(a.org) for a in actors if a.side == "source" and a.org}
    own |= {parent for name in list(own) if (parent := part_of(name, extra=aliases))}
    return tuple(
        replace(a, side=None)
        if a.side == "target"
        and a.kind == "org"
        and (canonical(a.name) in own or part_of(canonical(a.name), extra=aliases) in own)
        else a
        for a in actors
    )


OWN_PART_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
"""Types whose other side is whom it was done with, which a body's own part never is."""

OWN_FORCE_ROLES = frozenset({"armed forces", "state"})
"""Roles of a body on the other side that, of the source's own state, are the source's own."""


def _office_day(
    ctx: _Context, event_type: EventType, actor: Actor, date: EventDate, on: dt.date | None
) -> dt.date | None:
    """The day whose office-holders a participant's office is looked up on: the event's day.
    For the side whose office the happening ends, the day before the one a holding of theirs
    ended then ("Luis Ramos stepped down on July 24": the office he held until then; "ousted
    in 2003": the office that ended that year). A happening dated to a month or a year looks
    at that period's last day (the article's day, when it falls within it), unless the text
    gives the person an office they held on the article's day and not then ("In 2013,
    President X visited Lima", told by a later article)."""
    day = _day(date)
    first = day or _day_of(date)
    if first is None or (day is None and date.precision not in ("month", "year")):
        return on
    if day is not None:
        last = day
    elif date.precision == "year":
        last = dt.date(first.year, 12, 31)
    else:
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    if day is None and ctx.reference is not None and first <= ctx.reference:
        last = min(last, ctx.reference)
    if actor.kind != "person":
        return last
    if event_type.ends is not None and actor.side == event_type.ends:
        ended = ctx.tenure.last_ended(actor.name, first, last)
        if ended is not None:
            return ended - dt.timedelta(days=1)
    if day is None and actor.role and ctx.reference is not None:
        stated = role_key(actor.role)
        then = {role_key(r) for r, _ in ctx.tenure.roles_of(actor.name, last)}
        now = {role_key(r) for r, _ in ctx.tenure.roles_of(actor.name, ctx.reference)}
        if stated not in then and stated in now:
            return ctx.reference
    return last


def _day(date: EventDate) -> dt.date | None:
    return dt.date.fromisoformat(date.value) if date.value and date.precision == "day" else None


def _event_id(doc_id: str, kind: str, start: int, position: int) -> str:
    """Stable across runs of the same extractor, unique within the article."""
    return hashlib.sha256(f"{doc_id}:{kind}:{start}:{position}".encode()).hexdigest()[:16]


def _clip(text: str) -> str:
    """A sentence as a summary: whole, or cut at a word near :data:`SUMMARY_CHARS`."""
    text = " ".join(text.split())
    if len(text) <= SUMMARY_CHARS:
        return text
    return text[:SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"


def summarise(kind: str, actors: Sequence[Actor], place: Place | None, date: EventDate) -> str:
    """The headline of an event of the plain type ``kind`` (kept for callers that know only
    the type's name; see :func:`storyline.events.headline.headline`)."""
    del date  # a headline says who did what where; the date is shown beside it
    try:
        event_type = registry().get(kind)
    except KeyError:
        return headline(None, actors, place)
    return headline(event_type, actors, place)
