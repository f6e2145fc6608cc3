"""Whose offices a document's unnamed titles are, by the document's address."""

from __future__ import annotations

import pytest

from storyline.actors.home import GOVERNMENT_LABELS, ORGANISATION_SITES, home


@pytest.mark.parametrize(
    ("url", "owner"),
    [
        ("https://www.gov.uk/government/news/a-summit", "United Kingdom"),
        ("https://www.state.gov/briefings/a-release/", "United States"),
        ("http://www.centcom.mil/MEDIA/PRESS-RELEASES/1/", "United States"),
        ("https://www.whitehouse.gov/briefing-room/", "United States"),
        ("https://mofa.gov.iq/2024/05/a-visit/", "Iraq"),
        ("https://www.diplomatie.gouv.fr/en/a-statement", "France"),
        ("https://www.nato.int/cps/en/natohq/news_1.htm", "NATO"),
        ("https://news.un.org/en/story/2024/05/1", "United Nations"),
        ("https://ec.europa.eu/commission/presscorner/", "European Union"),
        ("www.gov.uk/government/news/a-summit", "United Kingdom"),
    ],
)
def test_home_is_the_site_s_government_organisation_or_country(url: str, owner: str) -> None:
    assert home(url) == owner


@pytest.mark.parametrize(
    "url",
    [
        "https://www.reuters.com/world/a-story",
        "https://www.bbc.co.uk/news/world-1",
        "https://www.ina.iq/12345--.html",
        "https://www.sos.ca.gov/news/a-release",
        "https://www.ny.gov/news/a-release",
        "https://www.nsw.gov.au/media-releases/a-release",
        "http://[gov.uk/a-release",
        "https://en.wikinews.org/wiki/A_story",
        "https://techcrunch.io/a-story",
        "https://bit.ly/abc",
        "https://localhost/a",
        "docs/0001.txt",
        "",
        None,
    ],
)
def test_home_of_a_site_that_belongs_to_no_one_in_particular_is_none(url: str | None) -> None:
    """A news outlet, a state's or province's government, an address that cannot be read."""
    assert home(url) is None


@pytest.mark.parametrize("label", sorted(GOVERNMENT_LABELS))
def test_home_every_government_label_names_the_country_under_it(label: str) -> None:
    assert home(f"https://ministry.{label}.iq/news") == "Iraq"


@pytest.mark.parametrize(("site", "owner"), ORGANISATION_SITES)
def test_home_every_organisation_site_is_its_organisation(site: str, owner: str) -> None:
    assert home(f"https://www.{site}/news") == owner
