"""One count of outlets for every card, header and report: who carried the reports, and how
many carried a report of their own."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.records import Source
from storyline.timeline import render
from storyline.timeline.lines import counts, line, outlet_count
from storyline.timeline.render import outlet_names
from storyline.timeline.stats import Outlets, outlets_of, stats
from tests.timeline.factories import merged, source

ALPHA, GAMMA = source("a", outlet="Alpha"), source("c", outlet="Gamma", copy_of="a")
CASES = {
    "none": ((), Outlets((), 0, 0)),
    "one outlet twice": ((ALPHA, source("b", outlet="Alpha")), Outlets(("Alpha",), 0, 1)),
    "unknown outlets each their own": ((source("a"), source("b")), Outlets((), 2, 2)),
    "an outlet of copies only": ((ALPHA, GAMMA), Outlets(("Alpha", "Gamma"), 0, 1)),
    "an unknown outlet's copy": ((source("a"), source("c", copy_of="a")), Outlets((), 2, 1)),
    "an outlet with a copy too": (
        (ALPHA, source("a2", outlet="Alpha", copy_of="b")),
        Outlets(("Alpha",), 0, 1),
    ),
}


@pytest.mark.parametrize(("sources", "expected"), list(CASES.values()), ids=list(CASES))
def test_outlets_of_counts_every_carrier_once(
    sources: tuple[Source, ...], expected: Outlets
) -> None:
    assert outlets_of(sources) == expected


_SOURCES = st.lists(
    st.builds(
        source,
        st.sampled_from(["a", "b", "c", "d"]),
        outlet=st.sampled_from([None, "Alpha", "Beta"]),
        copy_of=st.sampled_from([None, "a"]),
    ),
    max_size=8,
)


@given(_SOURCES)
def test_outlets_independent_never_exceeds_the_total(sources: list[Source]) -> None:
    counted = outlets_of(sources)
    assert 0 <= counted.independent <= counted.total
    assert (counted.total == 0) == (not sources)


@given(st.lists(_SOURCES.filter(bool), min_size=1, max_size=4))
def test_outlets_header_counts_at_least_what_any_line_counts(groups: list[list[Source]]) -> None:
    events = [merged(f"e{n}", sources=tuple(group)) for n, group in enumerate(groups)]
    whole = stats(events).outlets
    for event in events:
        own = line(event).outlets
        assert own.total <= whole.total and own.independent <= whole.independent


def test_outlets_header_and_line_agree_when_no_outlet_is_named() -> None:
    """The header said "0 outlets" over events whose lines said "2 outlets"."""
    event = merged(sources=(source("docA"), source("docB")))
    text = render([event], "text", title="t").splitlines()
    assert text[1].startswith("1 event · 2 reports · 2 outlets")
    assert text[3].endswith("2 reports, 2 outlets")


def test_outlets_html_card_never_says_more_independent_than_outlets() -> None:
    """The card said "Alpha, Beta, Gamma (5 independent)": two documents of unknown outlet
    counted as independent, but not as outlets."""
    named = [source(doc, outlet=name) for doc, name in (("a", "Alpha"), ("b", "Beta"))]
    copied = source("c", outlet="Gamma", copy_of="a")
    event = merged(sources=(*named, copied, source("d"), source("e")))
    page = render([event], "html", title="t")
    assert "Alpha, Beta, Gamma and 2 of unknown name · 5 outlets (4 independent)" in page
    assert "(5 independent)" not in page


@pytest.mark.parametrize(
    ("outlets", "text"),
    [
        (Outlets(("Alpha",), 0, 1), "1 outlet"),
        (Outlets(("Alpha", "Gamma"), 0, 1), "2 outlets (1 independent)"),
        (Outlets((), 0, 0), "0 outlets"),
    ],
)
def test_outlets_count_reads_in_words(outlets: Outlets, text: str) -> None:
    assert outlet_count(outlets) == text
    assert counts(1, outlets).endswith(text)


def test_outlets_names_say_what_is_unknown() -> None:
    assert outlet_names(Outlets((), 0, 0)) == "unknown"
    assert outlet_names(Outlets((), 2, 2)) == "2 of unknown name"
    assert outlet_names(Outlets(("Alpha",), 1, 2)) == "Alpha and 1 of unknown name"
