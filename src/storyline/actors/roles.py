"""Roles in a sentence: who holds which office of which organisation or state.

The cascade, per sentence:

1. find role phrases: a title ("Secretary-General", "National Security Advisor", "PM"), its
   qualifiers ("Deputy", "for Operations") and the organisation around it: before it
   ("NATO's", "Iraqi") or after it ("of the NATO Mission in Iraq", "of Iraq");
2. find the people: the PERSON mentions given, or, when none are given, runs of capitalised
   words; titles at the front of a name are cut off ("Lt. Gen. Paolo Maria Ferretti");
3. link each role to a person: a title right before a name ("Prime Minister Ruiz"),
   else an apposition after one ("Luis Vega, the National Security Advisor of Peru"),
   else a title followed by a comma and a name ("the Secretary-General of the alliance, Anna
   Berg"); a role linked to no one keeps person "" for the caller to resolve by tenure;
4. a military rank counts as a role only for a person with no other role (appositions win:
   "General Rossi, the Commander of the training mission in Mali" is a Commander). Roles said
   to be past ("former Prime Minister") are left out.

The English words of titles, offices, ranks and forms of address are the English profile's
(:mod:`storyline.lang.en.titles`); this module compiles and applies them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from storyline.actors.names import fold, organisation, split_name, state
from storyline.lang.en.calendar import CALENDAR_WORDS
from storyline.lang.en.titles import (
    ADDRESS_TITLES,
    DROPPED_MODIFIERS,
    GENERIC_BODIES,
    HEADLINE_VERBS,
    HONORIFICS,
    KEPT_MODIFIERS,
    OFFICES_OF_GOVERNMENT,
    ORG_HEADS,
    QUALIFIER_WORDS,
    RANKS,
    ROLE_SYNONYMS,
    ROLE_WORDS,
    SAID_AFTER_NAME,
    SERVICE_HEADS,
    SPELLINGS,
    STATUS_MODIFIERS,
    TITLE_HINT_WORDS,
    TITLE_HINTS,
    TITLE_WORDS,
    TITLES,
    TO_TITLES,
)
from storyline.records import Actor, Mention


@dataclass(frozen=True)
class RoleMention:
    """A role in a sentence. ``start``/``end`` cover the role's words in the sentence text
    ("Deputy Secretary General for Operations"), not the person or the organisation."""

    person: str
    role: str
    org: str | None
    start: int
    end: int
    title: str | None = None
    """The office as the sentence words it with its organisation beside it ("U.S. Special
    Envoy for Yemen", "Secretary General of the Palestine Liberation Organization", "U.S.
    Central Command Commander"), when the organisation is written there; else none."""
    rank: str | None = None
    """The holder's military rank, where the sentence gives one beside the office ("Maj.
    Gen. X, Commander of the task force": Major General); none when the rank is the role."""

    def holder(self) -> Actor:
        """The person who holds the role, as a participant with it."""
        return Actor(self.person, "person", self.role, self.org, title=self.title, rank=self.rank)


_STATUS = re.compile(rf"^{STATUS_MODIFIERS}", re.IGNORECASE)
_ROLE = re.compile(
    rf"(?<![\w-])(?P<past>(?:former|ex|late)[\s-]+)?{DROPPED_MODIFIERS}?"
    rf"(?P<role>{STATUS_MODIFIERS}?{KEPT_MODIFIERS}*(?:{'|'.join(TITLES)})|(?-i:PM))(?![\w-])",
    re.IGNORECASE,
)
_ROLE_HINT = re.compile(TITLE_HINTS, re.IGNORECASE)
_RANK = re.compile(rf"(?<![\w-])(?P<role>{RANKS})(?![\w-])")
"""Military ranks: capitalised only ("in general" is no rank)."""
_QUALIFIER = re.compile(r"\s+for((?:\s+[\w&]+){1,5})")
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_ACRONYM_IN_BRACKETS = re.compile(r"\s*\(\s*[A-Z][A-Za-z.\-]{1,10}\s*\)")
_WORD = re.compile(r"[^\s,;:()]+")
MAX_ORG_WORDS = 6
"""Longest organisation name tried around a role ("North Atlantic Treaty Organization" is 4)."""
MAX_PREMODIFIER_WORDS = 3
"""Longest organisation or state tried before a role ("the Atlantic alliance's")."""
PREMODIFIER_SPAN = 80
_NATIONALITY = (
    rf"[A-Z][\w.’']*\s+(?=(?:{RANKS})\s)"
    r"|(?-i:[A-Z][a-z]+)\s+(?:diplomat|politician|official|officer|lawyer|economist|academic)\s+"
)
"""A holder's nationality before their rank or calling ("Italian Lt. Gen. X", "Romanian
diplomat X")."""
_TITLE_GAP = re.compile(
    rf"\s*(?:,\s*(?:{_NATIONALITY})?)?"
    rf"(?:(?:{HONORIFICS})\.?\s+|(?:{RANKS})\s+|(?:{ADDRESS_TITLES})\s+)*"
)
"""Between a title and its holder: a comma, their nationality, honorifics and a rank ("…,
Italian Major General X")."""
_ADDRESS_TITLE = re.compile(ADDRESS_TITLES)
_HONORIFIC = re.compile(rf"\b(?:{HONORIFICS})\b")
_COMMA_HONORIFIC = re.compile(rf",\s*(?:{HONORIFICS})\b")
_APPOSITION_GAP = re.compile(r"\s*[,(]\s*(?:(?:the|a|an)\s+)?")
_BARE_GAP = re.compile(r"\s*[,(]\s*")
_NAME_WORD = (
    r"(?:[A-Z][\w'’]*(?:-[a-z][\w'’]*)*\.?"
    r"|(?:al|el|bin|ibn|de|van|von|der|da|di|du|le|la)(?=[\s-]))"
)
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:(?:\s+|-){_NAME_WORD})*")
"""Capitalised words, initials and name particles: "Mohammed S. Al-Sudani", "Ban Ki-moon"."""
NOT_NAMES = CALENDAR_WORDS | {"according", "during", "following", "on", "in"}
"""First words of capitalised runs that never begin a person's name."""
SMALL_WORDS = frozenset({"of", "for", "the", "and", "in", "to", "on"})
_HEADLINE_VERB_WORDS = sorted((w.capitalize() for w in HEADLINE_VERBS), key=len, reverse=True)
_HEADLINE_VERB = re.compile(rf"(?:^|(?<=\s))(?:{'|'.join(_HEADLINE_VERB_WORDS)})(?=\s|$)")
"""A title-case headline's verb (:data:`HEADLINE_VERBS`), which ends a name run there."""
_HEADLINE_SMALL = re.compile(
    r"\s+(?:At|In|On|To|For|With|After|Before|During|From|Over|As|Meets|Visits)(?=\s|$)"
)
"""Capitalised small words of a title-case headline that end a name run there ("Ana Soto At a
Joint News Conference", "Luis Ramos In Lima"): no word of a name."""


@dataclass(frozen=True)
class _Role:
    role: str
    org: str | None
    start: int
    end: int
    outer_start: int
    """Where the role phrase begins with its organisation before it ("NATO's Deputy …")."""
    outer_end: int
    """Where it ends with its qualifier and organisation after it ("… of Iraq (IQ)")."""
    rank: bool
    past: bool


@dataclass(frozen=True)
class _Person:
    name: str
    start: int
    end: int


def find_roles(
    sentence: str, people: Sequence[Mention], *, complete: bool = False
) -> list[RoleMention]:
    """Roles in ``sentence`` and who holds them.

    ``people`` are PERSON mentions with offsets into ``sentence``; when there are none, runs
    of capitalised words stand in for them. A role held by no one named in the sentence has
    person "" ("Iraq's national security advisor"). ``complete``: ``people`` are all the
    names the sentence holds, none at all included, so a capitalised qualifier runs to its
    end ("Minister for the Andes Welcomes ...").
    """
    return list(_find_roles(sentence, tuple(people), complete))


@lru_cache(maxsize=16_384)
def _find_roles(
    sentence: str, people: tuple[Mention, ...], complete: bool = False
) -> tuple[RoleMention, ...]:
    # Cached: a run reads each sentence's roles up to three times (the offices an article
    # shows, the offices it names, the roles of the sentence being read), the first of them
    # in the pass over a whole chunk of articles before the others (events.run.CHUNK_DOCS
    # articles of about 25 sentences, asked with two or three sets of names each).
    starts = sorted(m.start for m in people)
    roles = _roles(sentence, starts, complete)
    if not roles:
        return ()
    persons = _people(sentence, people) if people else _name_runs(sentence, roles)
    persons = [_after_roles(sentence, p, roles) for p in persons]
    links = _link(sentence, roles, persons)
    # (a former office leaves the rank: "Gen. X, the former commander of Y" is General X)
    with_role = {links[i] for i, r in enumerate(roles) if i in links and not r.rank and not r.past}
    ranks: dict[str, str] = {}
    found: list[RoleMention] = []
    for index, role in enumerate(roles):
        person = links.get(index, "")
        if role.rank and person in with_role:
            ranks.setdefault(person, role.role)  # shown beside the office
        if role.past or (role.rank and (not person or person in with_role)):
            continue
        previous = found[-1] if found else None
        if previous and previous.person and not person and _joined(sentence, previous, role):
            # "Jane Roe, Spokesperson and Chief Advisor to the President": the apposition
            # holds two offices of the name before it
            found[-1] = RoleMention(
                previous.person, f"{previous.role} and {role.role}", previous.org or role.org,
                previous.start, role.end,
            )  # fmt: skip
            continue
        if previous and not previous.person and person and _joined(sentence, previous, role):
            # "Foreign Minister and Deputy Prime Minister Anna Berg": one person, two offices
            # (and "... Anna Berg of Chile": the state after the name is theirs)
            found[-1] = RoleMention(
                person, f"{previous.role} and {role.role}",
                previous.org or role.org or _org_after_holder(sentence, person, role, persons),
                previous.start, role.end,
            )  # fmt: skip
            continue
        org = role.org
        if org is None and person:
            # "Prime Minister Vidal of Peru": the state after the name is the office's
            org = _org_after_holder(sentence, person, role, persons)
        title = None if role.rank else _worded(sentence, role)
        found.append(RoleMention(person, role.role, org, role.start, role.end, title))
    return tuple(
        replace(f, rank=ranks[f.person]) if f.person in ranks and f.role != ranks[f.person] else f
        for f in found
    )


def _org_after_holder(
    sentence: str, person: str, role: _Role, persons: Sequence[_Person]
) -> str | None:
    """The state or body named by "of ..." after the holder's name that follows the title."""
    holder = next((p for p in persons if p.name == person and p.start >= role.end), None)
    return _org_after(sentence, holder.end)[0] if holder is not None else None


_POSSESSIVE_TAIL = re.compile(r"['’]s?$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*\([^)]*\)")


def _worded(sentence: str, role: _Role) -> str | None:
    """The office with the organisation the sentence writes beside it, in its words: a name
    before it ("U.S.", "NATO's", "Department of State") and "of …" after it; a description
    in lower case before it ("the alliance's") is no part of the title."""
    before = " ".join(sentence[role.outer_start : role.start].split())
    before = _ARTICLE.sub("", before)
    after = " ".join(_BRACKETED.sub("", sentence[role.end : role.outer_end]).split())
    before = _POSSESSIVE_TAIL.sub("", before) if before[:1].isupper() else ""
    if not before and not after:
        return None
    return " ".join(part for part in (before, role.role, after) if part)


def _after_roles(sentence: str, person: _Person, roles: list[_Role]) -> _Person:
    """A name mention that swallowed the end of the title before it ("Operations Thomas
    Goffus" after "Assistant Secretary General for"), cut to start after the title."""
    for role in roles:
        opens = role.outer_start < person.start or role.start == person.start
        # ("Admiral Tomas Vidal", "Counselor Ana Soto" as one mention: the title is cut off
        # too)
        if person.start < role.outer_end < person.end and opens:
            start = (
                role.outer_end
                + len(sentence[role.outer_end : person.end])
                - len(sentence[role.outer_end : person.end].lstrip())
            )
            return _Person(sentence[start : person.end], start, person.end)
    return person


_DEFINITE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


def _joined(sentence: str, first: RoleMention, second: _Role) -> bool:
    """Two offices of one person ("Foreign Minister and Deputy Prime Minister Anna Berg",
    "Deputy Prime Minister/Foreign Minister Anna Berg"),
    not two people ("The Prime Minister and President Ramos held talks": the first is someone of
    their own, named by the article); after a name, "the" only opens the apposition ("Fuad
    Hussein, the Deputy Prime Minister and Minister of Foreign Affairs, said")."""
    if not first.person and _DEFINITE_BEFORE.search(sentence[: first.start]):
        return False
    # ("Deputy Prime Minister/Foreign Minister Anna Berg", as releases write it: and)
    return sentence[first.end : second.start].strip().lower() in ("and", "/")


# --- role phrases ---------------------------------------------------------------------------------


def _roles(sentence: str, people: Sequence[int] = (), complete: bool = False) -> list[_Role]:
    roles = [_role(sentence, m, rank, people, complete) for m, rank in _role_phrases(sentence)]
    # "Southern Command head Gen. X" is the head of that body; with no body named ("task
    # force head Brig. Gen. X"), a bare "Head" says less than the rank after it
    return [
        r
        for n, r in enumerate(roles)
        if not (
            r.role in ("Head", "Chief")
            and r.org is None
            and n + 1 < len(roles)
            and roles[n + 1].rank
            and not sentence[r.end : roles[n + 1].start].strip()
        )
    ]


@lru_cache(maxsize=8_192)
def _role_phrases(sentence: str) -> tuple[tuple[re.Match[str], bool], ...]:
    """The office and rank phrases of ``sentence`` in reading order, each with whether it is a
    rank (cached: a sentence's roles are read with its names and without, and again for each
    set of names its readers hand over; the patterns are long)."""
    matches = [(m, False) for m in _ROLE.finditer(sentence)] if _may_name_role(sentence) else []
    titled = [(m.start(), m.end()) for m, _ in matches]
    for m in _RANK.finditer(sentence):
        if not any(s <= m.start() < e or s < m.end() <= e for s, e in titled):
            matches.append((m, True))
    matches.sort(key=lambda pair: pair[0].start())
    return tuple(matches)


def _may_name_role(sentence: str) -> bool:
    """Whether ``sentence`` holds a word of :data:`_ROLE_HINT`."""
    if not sentence.isascii():  # case-blind matching folds some non-ASCII letters ("ſ", "K")
        return _ROLE_HINT.search(sentence) is not None
    lower = sentence.lower()
    return "PM" in sentence or any(word in lower for word in TITLE_HINT_WORDS)


def _role(
    sentence: str,
    match: re.Match[str],
    rank: bool,
    people: Sequence[int] = (),
    complete: bool = False,
) -> _Role:
    start, end = match.span("role")
    stop = min((p for p in people if start < p < end), default=None)
    if stop is not None and not _ROLE.search(sentence[start:stop]):
        stop = None  # "Supreme [Leader Ali Khamenei]": the name swallowed the title's end
    if stop is not None and not rank:
        # (a rank is a closed phrase: the model's "Petty [Officer Keating]" is cut instead)
        # a capitalised portfolio ran into the holder's name ("... and Trade Omar Haddad")
        end = start + len(re.sub(r"\s+and$", "", sentence[start:stop].rstrip()))
    end = _qualifier_end(sentence, end)
    if not rank:
        end = _named_qualifier_end(sentence, end, people, complete)
        end = _lower_qualifier_end(sentence, end, people)
    tail_org, outer_end = _org_after(sentence, end)
    if not rank:
        # an organisation no table knows, before the holder's name ("of the Andean
        # Liberation Front Omar Haddad") or closed by a comma and the name,
        # when no table names one ("of Gulf Media, Dr Jane Roe")
        named = _org_before_holder(sentence, end, people)
        if named is None:
            # (or a body a known one leads: "the NATO Military Committee, Admiral X")
            comma_held = _org_before_comma_holder(sentence, end, people)
            if comma_held is not None and (tail_org is None or comma_held[1] > outer_end):
                named = comma_held
        if named is not None:
            tail_org, outer_end = named
    if not rank:
        outer_end = _posting_end(sentence, outer_end, people)
        outer_end = _apposed_tail_end(sentence, match.start(), outer_end, people)
    before_org, outer_start = _org_before(sentence, match.start())
    office = _OFFICE_BEFORE.search(sentence, max(0, match.start() - 40), match.start())
    if before_org is None and not rank and office is None:
        # "Southern Command head Gen. X": a body no table knows, named in capitals before
        before_org, outer_start = _named_body_before(sentence, match.start())
    if before_org is None and not rank and office is not None:
        # "White House Spokesperson", "NSC Spokesperson": an office of government, which no
        # organisation table holds, is part of the title
        start = outer_start = office.start()
    elif before_org is None and not rank and (lead := _apposed_lead(sentence, match.start())):
        # "Tom Berg, Ministry Spokesperson": the words after the comma are the title's
        start = outer_start = lead
    return _Role(
        role=normalise_role(sentence[start:end]),
        org=tail_org or before_org,
        start=start,
        end=end,
        outer_start=outer_start,
        outer_end=outer_end,
        rank=rank,
        past=bool(match.groupdict().get("past")),
    )


def _posting_end(sentence: str, end: int, people: Sequence[int]) -> int:
    """Where an office's posting ends when the holder's name follows it ("Deputy Chief of
    Mission of the Chilean Embassy to Peru Jane Roe"): the posting is the title's."""
    for start in people:
        if (
            start > end
            and _OF_POSTING.fullmatch(sentence, end, start)
            and not _ROLE.search(sentence, end, start)
            and not _RANK.search(sentence, end, start)
        ):
            return start - (len(sentence[end:start]) - len(sentence[end:start].rstrip()))
    return end


_APPOSITION_OPEN = re.compile(
    r"[\w.]\s*,\s*(?:(?:the|a|an)\s+)?(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE
)
_APPOSED_TAIL = re.compile(
    r"(?:\s+(?:for|to|in|of|on|at|against)\s+(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+(?:(?:and|of|in|for|the)\s+)*[A-Z][\w'’.-]*){0,12}){1,3}"
)
"""What a title in apposition runs on with to the comma that closes it, in capitals ("the
Special Envoy for Refugees in the Andes and Central America"): where and for whom the office
is held, part of its wording."""


def _apposed_tail_end(sentence: str, start: int, end: int, people: Sequence[int]) -> int:
    """Where a title in apposition to a name before it ends when it runs on in capitals to
    the comma that closes the apposition ("Ana Soto, the Special Advisor for Indigenous
    Peoples in the Andes, will travel"); a title that runs into a name of the sentence (its
    holder after it) or that no comma closes ends where it did."""
    if _APPOSITION_END.match(sentence, end):
        return end  # closed already
    if not _APPOSITION_OPEN.search(sentence, max(0, start - 60), start):
        # "The commander of the Peruvian army, Luis Ramos, said": a title whose holder comes
        # after the comma runs on to it with the body it is of
        tail = _APPOSED_BODY.match(sentence, end)
        if tail is None or not _of_a_body(tail.group(0)):
            return end
        holder = _TITLE_GAP.match(sentence, tail.end())
        if holder is None or not sentence[tail.end() :].lstrip().startswith(","):
            return end
        if not any(p == holder.end() for p in people):
            return end
        name = _NAME_RUN.match(sentence, holder.end())
        if name is not None and _SPEAKS.match(sentence, name.end()):
            return end  # "met the commander of the army, Luis Ramos said": who said it
        return tail.end()
    tail = _APPOSED_TAIL.match(sentence, end)
    if tail is None or not _APPOSITION_END.match(sentence, tail.end()):
        tail = _APPOSED_BODY.match(sentence, end)  # (or the body it is of, in lower case)
        if tail is None or not _of_a_body(tail.group(0)):
            return end
    closing = sentence[tail.end() :].lstrip()[:1]
    if closing not in (",", ";", ")", "\u2013", "\u2014") and not (
        # "received Gen. X, the commander of the Andean Training Mission.": the body it is of
        # runs to the sentence's end
        _SENTENCE_END.fullmatch(sentence[tail.end() - 1 :])
        and tail.group(0).split()[0] in ("of", "against")
    ):
        return end  # the sentence's end, not an apposition's
    last = tail.group(0).split()[-1]
    if last.endswith(".") and "." not in last[:-1]:
        return tail.end() - 1  # the sentence's full stop ("... Mission."), not "U.S."'s
    return tail.end()


_SENTENCE_END = re.compile(r"\S?\s*\.[\s\"”’']*")
"""The end of a sentence, from the last character of what comes before it."""


_APPOSED_BODY = re.compile(r"(?:\s+[\w'’.-]+){1,7}?(?=\s*[,;)\u2013\u2014])")
"""Up to seven words to the comma that closes an apposition."""


def _of_a_body(words: str) -> bool:
    """Whether the words a title in apposition runs on with name the body it is held in, in
    lower case ("of the Peruvian army", "army" after "of the Peruvian", "(AP) mission in Peru"
    after "of the Andean Pact"): they end in a word a body's name ends in (before where it
    sits), and open with "of", "for", "in" or continue a body's name."""
    words = _SEAT_TAIL.sub("", _BRACKETED.sub("", words))
    split = words.split()
    if not split:
        return False
    last = split[-1].lower()
    if last not in ORG_HEADS and last not in SERVICE_HEADS and last not in POSTED_BODIES:
        return False
    return split[0].lower() in ("of", "for", "in") or len(split) <= 2


POSTED_BODIES = frozenset({"mission", "embassy", "delegation", "contingent"})
"""Bodies sent somewhere, whose name news writes in lower case after their sender's ("the
Andean Pact mission in Peru", "the Chilean embassy"); their heads hold an office there."""
_SEAT_TAIL = re.compile(
    r"\s+(?:in|to)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){0,2}$"
)
"""Where a body sits, after its name ("... mission in Peru", "... forces in Peru and
Chile")."""


_OFFICE_BEFORE = re.compile(rf"(?<![\w-])(?:{OFFICES_OF_GOVERNMENT})\s+$")
_APPOSED_LEAD = re.compile(r",\s*((?:(?:[A-Z][\w.]*|\d+(?:st|nd|rd|th))\s+){1,3})$")


def _apposed_lead(sentence: str, start: int) -> int | None:
    """Where a title in an apposition or a byline begins when capitalised words no table
    knows come before its title word ("Ned Price, Department Spokesperson", "Jane Doe, White
    House Coordinator", "Col. Ana Soto, 58th Fighter Wing commander"): the words after the
    comma."""
    match = _APPOSED_LEAD.search(sentence, max(0, start - 60), start)
    if match is None:
        return None
    words = match.group(1).split()
    if any(w.lower().strip(".") in NOT_NAMES or w.lower() in SMALL_WORDS for w in words):
        return None
    return match.start(1)


def _qualifier_end(sentence: str, end: int) -> int:
    """The end of a "for …" qualifier of the role at ``end`` ("for Political Affairs")."""
    match = _QUALIFIER.match(sentence, end)
    if not match:
        return end
    words = match.group(1).split()
    kept = 0
    for count, word in enumerate(words, 1):
        if word.lower() not in QUALIFIER_WORDS:
            break
        if word.lower() not in ("and", "&"):
            kept = count
    if not kept:
        return end
    last = words[kept - 1]
    return sentence.index(last, end) + len(last)


_NAMED_QUALIFIER = re.compile(
    r"\s+(?:for|to)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:,?\s+(?:(?:and|of|in)\s+)?(?:the\s+)?[A-Z][\w'’-]*){0,8}"
)
"""A "for …" or "to …" qualifier naming a region or a cause in capitals ("for the Middle East",
"to Monitor and Combat Antisemitism", "for
Yemen", "for Near Eastern Affairs")."""


def _named_qualifier_end(
    sentence: str, end: int, people: Sequence[int], complete: bool = False
) -> int:
    """The end of a capitalised "for …" qualifier, stopping before the holder's name when the
    sentence's people are known ("Minister for the Andes Tom Berg")."""
    match = _NAMED_QUALIFIER.match(sentence, end)
    if match is None:
        return end
    before = sentence[:end].split()[-1].lower() if sentence[:end].split() else ""
    if match.group(0).split()[0] == "to" and not before.startswith(TO_TITLES):
        return end  # "welcomed the Foreign Minister to Riyadh": where, not which office
    stop = min((p for p in people if end < p < match.end()), default=None)
    if stop is None and not people and not complete:
        # without the people we cannot tell where a name would begin, unless the run ends
        # in a name of two words after the qualifier's own ("for the Middle East Jane Roe")
        named = _TWO_WORD_NAME_AFTER.search(sentence, end, match.end())
        if named is None or len(sentence[end : named.start()].split()) < 2:
            return end
        stop = named.start() + 1
    cut = sentence[end : stop if stop is not None else match.end()].rstrip(" ,")
    if (address := _COMMA_HONORIFIC.search(cut)) is not None and address.start() > 0:
        # "Minister for Border Affairs, His Excellency Mr Luis Ramos": the form of address
        # after the comma is no word of the office
        cut = cut[: address.start()].rstrip(" ,")
    office = _ROLE.search(cut) or _RANK.search(cut)
    ahead = cut[: office.start()].rstrip() if office is not None else ""
    ahead = ahead[:-4].rstrip() if ahead.endswith(" and") else ahead
    if (
        office is not None
        and ahead
        and not ahead.endswith(",")
        and _ADDRESS_TITLE.fullmatch(office.group(0).strip())
    ):
        # "Minister for Foreign Affairs Senator the Hon Jane Roe": a form of address after
        # the qualifier, not another office
        cut, office = ahead, None
    if office is not None and ahead.endswith(","):
        # "Special Envoy to Monitor Antisemitism, Ambassador Jane Roe": the qualifier ends
        # at the comma before the form of address, or before the next office of a list
        # ("Senior Official for Energy, and Acting Assistant Secretary X")
        cut = ahead.rstrip(" ,")
        office = None
    if len(cut.split()) < 2 or office is not None:
        return end  # "a spokesman for PM Al-Sudani": another office, not a qualifier
    body = _BODY_AFTER.match(sentence, end + len(cut))
    if body is not None and body["word"].lower() in GENERIC_BODIES:
        # "spokesman for the Peruvian government": the adjective's noun is the qualifier's
        return body.end()
    return end + len(cut)


_BODY_AFTER = re.compile(r"\s+(?P<word>[a-z]+)\b")
"""The lower-case word right after a capitalised qualifier ("for the Peruvian government")."""


_TWO_WORD_NAME_AFTER = re.compile(
    r"(?<!\band)(?<!\bof)(?<!\bthe)(?<!\bfor)(?<!\bin)\s[A-Z][a-z]+\s[A-Z][\w'’-]+$"
)
"""The holder's name, given name and surname, ending a capitalised qualifier that runs into it
("for the Middle East Jane Roe"), not a part of the qualifier joined by "and", "of" or "the"
("for the Middle East and North Africa")."""


_LOWER_QUALIFIER = re.compile(
    r"\s+(?:for|on)\s+(?:the\s+)?[a-z][\w'’-]*(?:\s+(?:and\s+)?[a-z][\w'’-]*){0,4}(?=\s*,\s*)"
)
"""A "for …" qualifier in lower case ("special representative for the southern
neighbourhood"), closed by the comma before its holder's name."""


_BODY_WORD = r"(?!(?:said|says|told|tells|in|on|at|during|a|an|the)\b)[a-z][\w'’-]*"
_LOWER_BODY = re.compile(
    rf"\s+of\s+the\s+{_BODY_WORD}(?:\s+{_BODY_WORD}){{0,3}}"
    r"(?:\s+(?:against|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?(?=\s*,\s*)"
)
"""An "of the ..." body in lower case, closed by the comma before its holder ("the commander
of the international coalition against X, Major General Jane Roe")."""


def _lower_qualifier_end(sentence: str, end: int, people: Sequence[int]) -> int:
    """The end of a lower-case qualifier that runs to the comma before the holder's name
    ("the special representative for the southern neighbourhood, Jane Roe"), or of a body
    in lower case before a comma, a rank and the name ("the commander of the international
    coalition, Major General Jane Roe")."""
    match = _LOWER_QUALIFIER.match(sentence, end)
    if match is not None:
        after = _BARE_GAP.match(sentence, match.end())
        if after is not None and after.end() in people:
            return match.end()
    body = _LOWER_BODY.match(sentence, end)
    if body is not None and body.group().split()[-1].lower() not in GENERIC_BODIES:
        # (not "the emir of the country, Sheikh X": whose, the text does not say)
        gap = _TITLE_GAP.match(sentence, body.end())
        between = sentence[body.end() : gap.end()] if gap else ""
        words = between.replace(",", " ").split() if "," in between else []
        # (a rank or a form of address after the comma: "..., Luis Ramos said" is a speaker)
        if gap is not None and gap.end() in people and words:
            return body.end()
    return end


def _org_after(sentence: str, end: int) -> tuple[str | None, int]:
    """An organisation or state named by "of …" after a role, and where that phrase ends."""
    match = _OF.match(sentence, end)
    if not match:
        return None, end
    words = list(_WORD.finditer(sentence, match.end()))[:MAX_ORG_WORDS]
    words = _adjacent(sentence, words)
    for count in range(len(words), 0, -1):
        text = sentence[words[0].start() : words[count - 1].end()]
        found = organisation(text) or state(text)
        if found:
            close = _ACRONYM_IN_BRACKETS.match(sentence, words[count - 1].end())
            return found, close.end() if close else words[count - 1].end()
    return None, end


_CAPITALISED = re.compile(r"\s*([A-Z][\w'’-]*)")


def _org_before_holder(sentence: str, end: int, people: Sequence[int]) -> tuple[str, int] | None:
    """An organisation no table knows, named by "of …" between a title and its holder
    ("Secretary General of the Andean Farmers Organization Ana Ruiz"): the
    capitalised words up to the holder's name, ending in a word organisations end in."""
    for name, at in _capitalised_after_of(sentence, end):
        holder = at + len(sentence[at:]) - len(sentence[at:].lstrip(" "))
        if name.split()[-1].lower() not in ORG_HEADS or holder <= at:
            continue
        gap = _TITLE_GAP.match(sentence, at)
        if holder in people or (gap is not None and any(holder < p <= gap.end() for p in people)):
            return name, at  # (the name after a rank: "... Chiefs of Staff General X")
    return None


def _org_before_comma_holder(
    sentence: str, end: int, people: Sequence[int]
) -> tuple[str, int] | None:
    """An organisation no table knows, named by "of …" and closed by a comma and the
    holder's name ("the general manager of Gulf Media, Dr Jane Roe")."""
    for name, at in _capitalised_after_of(sentence, end):
        gap = _TITLE_GAP.match(sentence, at)
        if gap is not None and sentence[at : gap.end()].lstrip().startswith(","):
            if name.lower() in GENERIC_BODIES:
                return None  # "the President of the Republic, X": whose, the text does not say
            # the name may be tagged with its rank ("Admiral Tomas Vidal"), starting in the gap
            comma = at + sentence[at:].index(",")
            return (name, at) if any(comma < p <= gap.end() for p in people) else None
    return None


def _capitalised_after_of(sentence: str, end: int) -> Iterator[tuple[str, int]]:
    """After "of" at ``end``: the run of capitalised words, growing a word at a time (up to
    :data:`MAX_ORG_WORDS`), with where each run ends."""
    of = _OF.match(sentence, end)
    if of is None:
        return
    at = of.end()
    for _ in range(MAX_ORG_WORDS):
        word = _CAPITALISED.match(sentence, at) or _INNER_OF.match(sentence, at)
        if word is None:
            return
        at = word.end()
        yield sentence[of.end() : at], at


_INNER_OF = re.compile(r"\s+(?:of|against|for)\s+(?:the\s+)?[A-Z][\w'’-]*")
"""An "of" inside a body's name ("the Joint Chiefs of Staff", "the Coalition against
Piracy", "the Commission for Peace"), with the word after it."""


def _adjacent(sentence: str, words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The leading words separated by spaces only (a comma or bracket ends the phrase)."""
    kept = words[:1]
    for word in words[1:]:
        if sentence[kept[-1].end() : word.start()].strip():
            break
        kept.append(word)
    return kept


def _org_before(sentence: str, start: int) -> tuple[str | None, int]:
    """An organisation or state right before a role ("NATO's", "Iraqi", "the alliance's")."""
    head = sentence[:start]
    if head and not head[-1].isspace():
        return None, start
    words = _adjacent_backwards(head)
    for count in range(len(words), 0, -1):
        begin = words[-count].start()
        found = organisation(head[begin:].strip()) or state(head[begin:].strip())
        if found:
            return found, begin
    return None, start


def _title_cased(sentence: str) -> bool:
    """Whether a sentence is a headline in title case ("Drone Strike Kills PMF Brigade
    Commander"): every word of it capitalised but the small ones, and no full stop."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", sentence) if w.lower() not in SMALL_WORDS]
    return (
        len(words) >= 3
        and not sentence.rstrip().endswith((".", "!", "?"))
        and all(w[:1].isupper() for w in words)
    )


def _named_body_before(sentence: str, start: int) -> tuple[str | None, int]:
    """A body's name in capitals right before a role, ending in a word of a body ("the
    Southern Command head", "of Border Guard Service chief"), when no table knows it: the
    whole capitalised run, after a lower-case word (not at a sentence's start, where any
    word is capitalised, nor in a headline written in capitals), with no word of a date."""
    head = sentence[:start]
    if not head or not head[-1].isspace() or _title_cased(sentence):
        return None, start
    tokens = list(_WORD.finditer(head, max(0, len(head) - PREMODIFIER_SPAN)))
    if not tokens or tokens[-1].group().lower() not in ORG_HEADS | SERVICE_HEADS:
        return None, start
    run: list[re.Match[str]] = []
    for token in reversed(tokens):
        text = token.group()
        if head[token.end() : (run[0].start() if run else len(head))].strip():
            break  # a comma or a bracket ends the name
        if not (text[:1].isupper() or (run and text.lower() in ("of", "and"))):
            break
        run.insert(0, token)
    while run and run[0].group().lower() in ("of", "and"):
        run = run[1:]
    before = head[: run[0].start()].rstrip() if run else ""
    opener = before.split()[-1].lower() if before.split() else ""
    if (
        len(run) < 2
        or len(run) > MAX_ORG_WORDS
        or not before
        or before[-1] in '.!?:\n"“'
        or not (opener.isalpha() and opener.islower())
        or any(w.group() in CALENDAR_WORDS for w in run)
    ):
        return None, start
    return head[run[0].start() :].strip(), run[0].start()


def _adjacent_backwards(head: str) -> list[re.Match[str]]:
    """The last few words of ``head``, separated from each other and its end by spaces only."""
    words = list(_WORD.finditer(head, max(0, len(head) - PREMODIFIER_SPAN)))
    kept: list[re.Match[str]] = []
    stop = len(head)
    for word in reversed(words[-MAX_PREMODIFIER_WORDS:]):
        if head[word.end() : stop].strip():
            break
        if word.group().endswith(".") and word.group()[-2:-1].islower():
            break  # "… in southern Peru. Chief Petty Officer X": the sentence before ends there
        kept.insert(0, word)
        stop = word.start()
    return kept


def normalise_role(text: str) -> str:
    """A role in Title Case with one spelling ("secretary-general" → "Secretary General",
    "PM" → "Prime Minister", "adviser" → "Advisor", "president elect" → "President-elect");
    qualifiers are kept."""
    words = re.split(r"[\s-]+", text.replace(".", " ").strip())
    out = []
    for word in words:
        lower = word.lower()
        if not lower:
            continue
        if lower in ROLE_WORDS:
            out.append(ROLE_WORDS[lower])
        elif lower in ("elect", "designate") and out:
            out[-1] += f"-{lower}"  # "President-elect", "Prime Minister-designate"
        elif lower in SMALL_WORDS and out:
            out.append(lower)
        elif word.isupper() and len(word) > 1 and not _TITLE_WORD.fullmatch(lower):
            out.append(word)  # an acronym ("NSC Spokesperson")
        else:
            out.append(word.capitalize())  # a title word, also from a transcript's "MINISTER:"
    return " ".join(out)


_TITLE_WORD = re.compile(TITLE_WORDS)


# --- people ---------------------------------------------------------------------------------------


def _people(sentence: str, people: Sequence[Mention]) -> list[_Person]:
    """The given mentions, titles at their front cut off ("Mr. Mark Rutte" → "Mark Rutte")."""
    found = []
    for mention in people:
        person = _trimmed(sentence, mention.start, mention.end)
        if person is not None:
            found.append(person)
    return found


def _name_runs(sentence: str, roles: list[_Role]) -> list[_Person]:
    """Runs of capitalised words that may be names, when no PERSON mentions are given.

    A run that goes on past a role phrase starts again after it: in "for Operations Thomas
    Goffus" the name is "Thomas Goffus".
    """
    found = []
    for match in _NAME_RUN.finditer(sentence):
        for start, end in _between_roles(match.start(), match.end(), roles):
            start += len(sentence[start:end]) - len(sentence[start:end].lstrip())
            if start >= end:
                continue
            if sentence[start:].split(None, 1)[0].lower().strip(".,;:’'") in NOT_NAMES:
                continue
            if (small := _HEADLINE_SMALL.search(sentence, start, end)) is not None:
                end = small.start()  # "… Jane Roe At a Joint Press Availability": a headline's "At"
            if (verb := _HEADLINE_VERB.search(sentence, start, end)) is not None:
                end = verb.start()  # "Trade Office Minister Condemns Lima Bombing"
            person = _trimmed(sentence, start, end)
            if person is not None and not (organisation(person.name) or state(person.name)):
                found.append(person)
    return found


def _between_roles(start: int, end: int, roles: list[_Role]) -> list[tuple[int, int]]:
    """The pieces of a run of capitalised words outside the role phrases inside it ("Defense
    Lloyd Austin's Meeting With Philippine Defense Minister Carlito Galvez", after "Secretary
    of": "Lloyd Austin's Meeting With Philippine", "Carlito Galvez"); the last piece when a
    role phrase swallowed the run's start ("for Operations Thomas Goffus")."""
    pieces = [(start, end)]
    for role in sorted(roles, key=lambda r: r.outer_start):
        lo, hi = pieces[-1]
        if lo < role.outer_end < hi:
            if role.outer_start > lo:
                pieces[-1] = (lo, role.outer_start)
                pieces.append((role.outer_end, hi))
            else:
                pieces[-1] = (role.outer_end, hi)
    return pieces


_POSSESSIVE_END = re.compile(r"['’]s\b")


def _trimmed(sentence: str, start: int, end: int) -> _Person | None:
    possessive = _POSSESSIVE_END.search(sentence, start, end)
    if possessive is not None:
        end = possessive.start()  # "President Ramos’s Call with ...": the name ends there
    parts = split_name(sentence[start:end])
    if not parts.key:
        return None
    name = parts.display
    if name.endswith(".") and len(name.rsplit(None, 1)[-1]) > 2:
        name = name[:-1]  # the full stop of the sentence, not an initial's
    begin = sentence.find(name.split()[0], start, end)
    if begin < 0:
        return _Person(name, start, end)
    return _Person(name, begin, begin + len(name))


# --- linking --------------------------------------------------------------------------------------


def _link(sentence: str, roles: list[_Role], people: list[_Person]) -> dict[int, str]:
    """Role index → name of the person it belongs to."""
    links: dict[int, str] = {}
    for index, role in enumerate(roles):
        after = _person_after(sentence, role, people)
        before = _person_before(sentence, role, people, _next_title(sentence, roles, index))
        # A name right after the title, or after an honorific ("…, Mr. Mark Rutte"), is the
        # holder even when a name before could be read as an apposition.
        tight = after is not None and (
            not sentence[role.outer_end : after.start].strip()
            or _HONORIFIC.search(sentence, role.outer_end, after.start) is not None
        )
        chosen = after if tight else before or after
        if chosen is not None:
            links[index] = chosen.name
    return links


def _person_after(sentence: str, role: _Role, people: list[_Person]) -> _Person | None:
    # (the office's short form in brackets stands between: "the Chief of Defence Staff
    # (CDS), Admiral X")
    short = _ACRONYM_IN_BRACKETS.match(sentence, role.outer_end)
    if short is not None and not _short_for(short.group(), sentence[role.start : role.outer_end]):
        short = None  # "the Committee for a Fair Ballot (CFB), Mr. X": the body's
    gap = _TITLE_GAP.match(sentence, short.end() if short else role.outer_end)
    if gap is None:
        return None
    found = next((p for p in people if p.start == gap.end()), None)
    if found is None:
        # the name with its honorific ("Supreme Leader [Ayatollah Ali Khamenei]")
        found = next(
            (
                p
                for p in people
                if role.outer_end < p.start < gap.end()
                and not sentence[role.outer_end : p.start].strip()
            ),
            None,
        )
    if found is None:
        # "Deputy Chief of Mission of the Embassy to the United States Jane Roe": the name
        # after where the office is
        found = next(
            (
                p
                for p in people
                if p.start > role.outer_end
                and _POSTING.fullmatch(sentence, role.outer_end, p.start)
                and not _ROLE.search(sentence, role.outer_end, p.start)
                and not _RANK.search(sentence, role.outer_end, p.start)
            ),
            None,
        )
    posting = _POSTED.match(sentence, role.outer_end) or _HOME.match(sentence, role.outer_end)
    if found is None and posting is not None:
        # "the Senior Civilian Representative in Iraq, Ambassador Jane Roe": where the office
        # sits, then the holder's form of address
        held_by = _TITLE_GAP.match(sentence, posting.end())
        found = next((p for p in people if held_by and p.start == held_by.end()), None)
        if found is not None and _SPEAKS.match(sentence, found.end):
            found = None  # "met the president of the country, Maria Lopez said": who said it
    return found


def _short_for(bracketed: str, office: str) -> bool:
    """Whether a short form in brackets is the office's own: it opens with the office's first
    letter ("Supreme Allied Commander Europe (SACEUR)", "Chief of Defence Staff (CDS)")."""
    letters = bracketed.strip(" ()")
    return bool(letters) and bool(office) and letters[0].upper() == office.lstrip()[:1].upper()


_SPEAKS = re.compile(SAID_AFTER_NAME)


_POSTED = re.compile(
    r"\s+(?:to|in|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?=\s*,)"
)
"""Where an office sits, closed by a comma before its holder ("... in Iraq, Ambassador X")."""
_HOME = re.compile(
    r"\s+of\s+(?:the|this|that|our|their|his|her|its)\s+"
    r"(?:country|kingdom|nation|state|emirate|republic|island|city|province|region)(?=\s*,)"
)
"""Whose office, said without a name, closed by a comma before its holder ("the prime minister
of the country, Ali Hassan"): the holder is still the one named."""


_POSTING = re.compile(
    r"(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:to|in|at)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}"
)
"""Where an office sits, between the office and its holder's name ("Embassy to the United
States")."""
_OF_POSTING = re.compile(r"(?:\s+of(?:\s+the)?)?" + _POSTING.pattern)
"""The same after an office's "of the" ("of the Embassy to the United States")."""


_APPOSITION_END = re.compile(r"\s*(?:[,;:)\u2013\u2014(]|-\s|$|\.\s*$|who\b|whose\b)")
"""What follows a title in apposition to a name before it: the apposition closes ("X, the
Prime Minister, said"); "Per request of X, the Queen suspended parliament" is no
apposition, the title is the subject of its own verb."""


def _next_title(sentence: str, roles: list[_Role], index: int) -> _Role | None:
    """The title joined to ``roles[index]`` by "and" that closes an apposition ("X,
    Spokesperson and Chief Advisor to the President, said"): the two are one person's."""
    if index + 1 >= len(roles):
        return None
    second = roles[index + 1]
    if sentence[roles[index].outer_end : second.outer_start].strip().lower() != "and":
        return None
    return second if _APPOSITION_END.match(sentence, second.outer_end) else None


def _person_before(
    sentence: str, role: _Role, people: list[_Person], joined: _Role | None = None
) -> _Person | None:
    if joined is None and not _APPOSITION_END.match(sentence, role.outer_end):
        return None
    for person in people:
        if person.end >= role.outer_start:
            continue
        # The article may be part of the role's organisation ("X, the alliance's Deputy ...").
        for gap_pattern in (_APPOSITION_GAP, _BARE_GAP):
            gap = gap_pattern.match(sentence, person.end)
            if gap is not None and gap.end() == role.outer_start:
                return person
    return None


def role_key(role: str) -> str:
    """A key under which spellings of one role meet ("Secretary-General", "secretary general",
    "Defence Minister" and "Minister of Defense" each meet their twin)."""
    key = _STATUS.sub("", fold(normalise_role(role)))
    key = " ".join(SPELLINGS.get(w, w) for w in key.split())
    if key not in ROLE_SYNONYMS and key.startswith("minister of ") and " and " in key:
        # "Minister of Foreign Affairs and International Cooperation": the first portfolio
        # names the office
        first = key.split(" and ", 1)[0]
        return ROLE_SYNONYMS.get(first, key)
    return ROLE_SYNONYMS.get(key, key)
