"""The stories every case is written from, the case record, sizes, and the builders of a page
dump, an HTML page and a JSON Lines record of a story."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Expect = Literal["good", "bad", "either"]


@dataclass(frozen=True)
class HostileCase:
    """One hostile input: where it is, what kind it is and what ingest must make of it."""

    path: Path
    kind: str
    expect: Expect
    note: str
    token: str
    docs: int = 1
    """How many documents (JSON Lines records) the input holds: what the summary counts."""
    contains: str | None = None
    """Text the stored article must hold (a good case read in the right encoding)."""
    heavy: bool = False


@dataclass(frozen=True)
class Sizes:
    """How big the heavy inputs are (issue 9 reproduced them at the sizes of :data:`FULL`)."""

    paragraph_bytes: int = 3_000_000
    paragraphs: int = 30_000
    angles: int = 100_000
    by_bytes: int = 1_000_000
    dateline_bytes: int = 1_000_000
    nested_tags: int = 100_000
    long_word: int = 300_000


SMALL = Sizes()
FULL = Sizes(
    paragraph_bytes=15_000_000,
    paragraphs=300_000,
    angles=1_000_000,
    by_bytes=9_000_000,
    dateline_bytes=7_800_000,
    nested_tags=100_000,
    long_word=5_000_000,
)
OVER_LIMIT = 21_000_000
"""Past ingest's default 20 MB limit (written sparse, so it costs no disk)."""


@dataclass(frozen=True)
class Story:
    """A short news article of our own writing (made-up places and people)."""

    title: str
    outlet: str
    dateline: str
    paragraphs: tuple[str, ...]
    phrase: str
    """A phrase of the body, to find the story in stored text."""

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


STORIES = (
    Story(
        "Larkspur council approves footbridge over the Tamsin",
        "Larkspur Ledger",
        "LARKSPUR, Feb. 5 (LL) -",
        (
            "The city council of Larkspur voted on Wednesday to approve a footbridge across the "
            "Tamsin River, ending two years of debate over how to link the northern estates "
            "with the old market square.",
            "Mayor Ana Whitfield said the bridge would cut the walk to the market from forty "
            "minutes to ten, and that building should begin in the spring if the regional "
            "fund confirms its share of the cost.",
            "Two opposition councillors asked for a new study of the flood risk before any "
            "work starts; the city’s engineers said a study was already planned.",
        ),
        "the city’s engineers said a study was already planned",
    ),
    Story(
        "Estavia and Norland ministers discuss grain exports in Corvale",
        "Corvale Daily",
        "CORVALE, March 3 (CD) -",
        (
            "The agriculture ministers of Estavia and Norland met in Corvale on Monday to "
            "discuss grain exports through the port of Corvale after a poor harvest in the "
            "south of both countries.",
            "Estavian minister Petra Holm told reporters that the two governments agreed to "
            "share data on stocks every month and to meet again before the summer.",
            "Her Norlandic counterpart, Jonas Meer, said farmers in his country were worried "
            "about the price of fuel more than the price of seed.",
        ),
        "share data on stocks every month",
    ),
    Story(
        "Storm closes three ports on the northern coast",
        "Coastal Herald",
        "BRANNOCK, Nov. 14 (CH) -",
        (
            "A storm with gusts of more than one hundred kilometres an hour closed three ports "
            "on the northern coast on Thursday, and ferries to the islands were cancelled for "
            "the rest of the week.",
            "The coast guard said it had rescued the crew of a fishing boat whose engine "
            "failed near Brannock harbour, and that all four sailors were safe.",
            "Forecasters expect the wind to ease by Saturday, when the ports should reopen.",
        ),
        "all four sailors were safe",
    ),
    Story(
        "Rail workers call off strike after pay deal",
        "Midland Courier",
        "HOLLOWAY CROSS, June 9 (MC) -",
        (
            "Rail workers in the Midland region called off a three-day strike on Sunday after "
            "their union and the rail operator agreed a pay rise of four percent this year.",
            "Union leader Marta Quill said members would vote on the deal next week, and that "
            "trains would run to the normal timetable in the meantime.",
            "The operator said the agreement also includes new rules on rest breaks for "
            "drivers on night services.",
        ),
        "new rules on rest breaks for drivers",
    ),
    Story(
        "University opens its map archive to the public",
        "Ashford Review",
        "ASHFORD, Sept. 21 (AR) -",
        (
            "The University of Ashford opened its archive of old maps to the public on "
            "Friday, putting more than two thousand hand-drawn charts of the valley online "
            "and in a new reading room.",
            "The head librarian, Omar Castell, said the oldest map dates from 1702 and shows "
            "the river before it was moved to make room for the canal.",
            "Visitors can book a place in the reading room free of charge on weekdays.",
        ),
        "before it was moved to make room for the canal",
    ),
    Story(
        "Health agency reports fewer winter flu cases",
        "Valley Times",
        "EASTMERE, Jan. 30 (VT) -",
        (
            "The regional health agency said on Tuesday that cases of winter flu fell by a "
            "third compared with last year, which it put down to an early vaccination "
            "campaign in schools and care homes.",
            "Agency director Lena Brandt warned that the season was not over and asked older "
            "people to keep their appointments for a second dose.",
            "Hospitals in Eastmere reported that fewer beds were taken by flu patients than "
            "at any time in the last five winters.",
        ),
        "fewer beds were taken by flu patients",
    ),
)

MENU = ("Home", "World", "Politics", "Business", "Sport")
FOOTER = ("Related Stories", "Share this article", "Download our app", "© 2025 All rights")


def page_dump(story: Story, token: str, extra: str = "", title: str | None = None) -> str:
    """A page as a browser's "select all" copies it: menu, title, byline, body, clutter."""
    heading = title if title is not None else f"{story.title} ({token})"
    lines = [
        f" date 2025-02-05 {heading}",
        *MENU,
        heading,
        "By Staff Reporter",
        f"{story.dateline} {story.paragraphs[0]}",
        *story.paragraphs[1:],
        *([extra] if extra else []),
        *FOOTER,
    ]
    return "\n".join(lines) + "\n"


def html_page(story: Story, token: str, charset: str = "utf-8", extra: str = "") -> str:
    """An HTML article page with a declared charset, navigation and an aside."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in story.paragraphs)
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="{charset}">\n'
        f"<title>{story.title} ({token}) | {story.outlet}</title>\n"
        f'<meta property="og:site_name" content="{story.outlet}">\n'
        '<meta property="article:published_time" content="2025-02-05T08:00:00Z">\n'
        '</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>\n'
        f"<article><h1>{story.title} ({token})</h1>\n{paragraphs}\n{extra}\n</article>\n"
        "<aside><h2>Most read</h2><ul><li>Ten recipes</li></ul></aside>\n"
        f"<footer>© 2025 {story.outlet}</footer></body></html>\n"
    )


def record(story: Story, token: str, **fields: object) -> dict[str, object]:
    """A good JSON Lines record of ``story``; ``fields`` replace or add values."""
    base: dict[str, object] = {
        "id": f"{token}-rec",
        "url": f"https://news.example/{token}/story",
        "title": f"{story.title} ({token})",
        "published": "2025-02-05",
        "outlet": story.outlet,
        "text": f"{story.dateline} {story.body}",
    }
    base.update(fields)
    return base


def jsonl_line(obj: object) -> bytes:
    """One JSON Lines line; lone surrogates stay JSON escapes (as a crawler writes them)."""
    return json.dumps(obj, ensure_ascii=True).encode("ascii") + b"\n"
