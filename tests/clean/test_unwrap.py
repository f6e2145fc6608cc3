"""Hard-wrapped text back into paragraphs (storyline.clean.unwrap), and the cascade that keeps
text already an article whole while page dumps still go through the cleaner."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.clean.pagedump import extract
from storyline.clean.text import normalize_whitespace
from storyline.clean.unwrap import drop_end_markers, unwrap, wrap_width

# Paragraphs of a made-up release, written for these tests.
RELEASE = (
    "The mayor of Kelmouth spoke by phone today with the governor of the island province "
    "of Arran Vale. The two leaders discussed the ferry link between their ports, which "
    "was closed by the winter storms, and agreed that their transport offices would meet "
    "before the end of the month.",
    "The mayor thanked the governor for the help of the island's coast guard during the "
    "storms, and noted that Mr. Tallis, the harbour master, had worked with the provincial "
    "crews for three nights without a break.",
    "Both leaders said they looked forward to meeting in person at the regional summit in "
    "Dunmere this spring.",
)


def _wrapped(paragraphs: tuple[str, ...], width: int, marker: str = "\\###") -> str:
    """The release as a mail client or pandoc would set it: wrapped, blank lines between."""
    blocks = [textwrap.fill(p, width) for p in paragraphs]
    return "\n\n".join([*blocks, marker]) + "\n"


@pytest.mark.parametrize("width", [60, 72, 78])
@pytest.mark.parametrize("marker", ["\\###", "###", "-30-", "- ENDS -"])
def test_unwrap_release_kept_whole_and_unwrapped(width: int, marker: str) -> None:
    page = extract(_wrapped(RELEASE, width, marker))
    assert page.paragraphs == RELEASE


@pytest.mark.parametrize("width", [60, 72, 78])
def test_unwrap_finds_the_wrap_width(width: int) -> None:
    found = wrap_width(_wrapped(RELEASE, width))
    assert found is not None and width - 4 <= found <= width


@pytest.mark.parametrize(
    "text",
    [
        "\n".join(RELEASE),  # one paragraph per line, as browsers and most crawlers give it
        "\n\n".join(RELEASE),
        "Harbour reopens\nMonday, 3 March 2025\nThe ferry sailed again.\nNo one was hurt.",
        "",
    ],
)
def test_unwrap_width_none_for_unwrapped_text(text: str) -> None:
    assert wrap_width(text) is None
    assert unwrap(text) == text


def test_unwrap_keeps_title_and_date_lines() -> None:
    title = "Kelmouth and Arran Vale to reopen ferry link"
    text = f"{title}\nMonday, 3 March 2025\n\n{_wrapped(RELEASE, 72)}"
    page = extract(text)
    assert page.paragraphs == (title, "Monday, 3 March 2025", *RELEASE)


def test_unwrap_short_clean_text_with_title_is_kept() -> None:
    text = (
        "Ferry link to reopen\n\n"
        "The ferry between Kelmouth and the island will sail again from Monday, the\n"
        "harbour office said, after repairs to the pier that the storms damaged.\n"
    )
    assert extract(text).paragraphs == (
        "Ferry link to reopen",
        "The ferry between Kelmouth and the island will sail again from Monday, the "
        "harbour office said, after repairs to the pier that the storms damaged.",
    )


def test_unwrap_page_dump_with_menus_still_goes_through_the_cleaner() -> None:
    menu = ["Home", "News", "Sport", "Weather", "Business", "Opinion", "Subscribe", "Sign in"]
    teasers = ["Related stories", "Bakery on Mill Street closes after sixty years", "Share"]
    page = "\n".join([*menu, "Ferry link to reopen", *RELEASE, *teasers])
    body = extract(page).body
    assert body == "\n".join(RELEASE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # list items of a wrapped text stay items, their continuation lines join them
        (
            textwrap.fill(RELEASE[0], 72) + "\n\n"
            "The offices agreed on three steps to take before the ferry sails again:\n\n"
            "-   repair the landing stage at the island's pier and test its ramps with\n"
            "    a loaded lorry before any passenger crosses;\n"
            "-   train the new crews on the two replacement boats.\n"
            "-   publish the new timetable at both ports and on the harbour website\n"
            "    at least a week ahead of the first crossing.",
            RELEASE[0] + "\n\n"
            "The offices agreed on three steps to take before the ferry sails again:\n\n"
            "- repair the landing stage at the island's pier and test its ramps with a "
            "loaded lorry before any passenger crosses;\n"
            "- train the new crews on the two replacement boats.\n"
            "- publish the new timetable at both ports and on the harbour website at "
            "least a week ahead of the first crossing.",
        ),
        # a link set on a line of its own splits a sentence in three
        (
            "Also on Monday, the harbour master said, the island's\ncoast guard\n"
            "towed two fishing boats back to port.\nThe storm has passed.",
            "Also on Monday, the harbour master said, the island's coast guard towed two "
            "fishing boats back to port.\nThe storm has passed.",
        ),
        # a stop after an abbreviation does not end the sentence
        (
            "The talks were led by Robert Tallis Jr.\nand the governor's deputy.",
            "The talks were led by Robert Tallis Jr. and the governor's deputy.",
        ),
        # a drop cap is glued back to its word
        ("K\nelmouth is rebuilding its pier.", "Kelmouth is rebuilding its pier."),
        # a title over a byline, and furniture labels, stay apart
        (
            "Jury finds harbour fire suspect guilty\non May 12, 2009 at 7:15 AM\n"
            "A jury found the man guilty on Tuesday.",
            "Jury finds harbour fire suspect guilty\non May 12, 2009 at 7:15 AM\n"
            "A jury found the man guilty on Tuesday.",
        ),
        ("Tags\nterms:\nFerry, Harbour", "Tags\nterms:\nFerry, Harbour"),
        ("REPORT: FERRY TO SAIL AGAIN\non Monday.", "REPORT: FERRY TO SAIL AGAIN\non Monday."),
    ],
)
def test_unwrap_joins_only_broken_lines(text: str, expected: str) -> None:
    assert unwrap(normalize_whitespace(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last paragraph.\n\n###", "Last paragraph."),
        ("Last paragraph.\n\\###\n\n", "Last paragraph."),
        ("Last paragraph.\n# # #", "Last paragraph."),
        ("Last paragraph.\n-30-", "Last paragraph."),
        ("Last paragraph.\n— 30 —", "Last paragraph."),
        ("Last paragraph.\nENDS", "Last paragraph."),
        ("Part one.\n###\nPart two.", "Part one.\n###\nPart two."),  # not the end: kept
        ("Last paragraph.\n### Contacts", "Last paragraph.\n### Contacts"),
        ("The score was 30\n30", "The score was 30\n30"),
    ],
)
def test_unwrap_drop_end_markers_only_at_the_end(text: str, expected: str) -> None:
    assert drop_end_markers(text) == expected


@given(st.lists(st.text(alphabet="abc ABC.,\n", max_size=90), max_size=12))
def test_unwrap_keeps_every_character_in_order(lines: list[str]) -> None:
    text = normalize_whitespace("\n".join(lines))
    assert "".join(unwrap(text).split()) == "".join(text.split())


def test_unwrap_a_transcript_s_short_turns_keep_it_whole() -> None:
    """A transcript is text already an article: its header (byline, venue) stays, however
    many short turns ("MINISTER ROE: Sir.") it has."""
    turns = "\n\n".join(
        [
            "Tomas Vidal, Secretary of State",
            "Lima, Peru",
            "Ministry of Foreign Affairs",
            "MINISTER ROE: " + RELEASE[0],
            "MINISTER ROE: Sir.",
            "SECRETARY VIDAL: " + RELEASE[1],
            "MINISTER ROE: Sir.",
            "SECRETARY VIDAL: Thank you.",
            "MINISTER ROE: " + RELEASE[2],
        ]
    )
    body = extract(turns).body
    assert body.startswith("Tomas Vidal, Secretary of State\nLima, Peru\n")
