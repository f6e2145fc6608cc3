"""Outlets that a document's address gives; invented names throughout."""

from __future__ import annotations

import pytest

from storyline.clean.outlets import site_name


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.brindlewick.gov/releases/2031/a", "brindlewick.gov"),
        ("https://en.florpedia.org/wiki/Harbour", "florpedia.org"),
        ("http://news.quenby.co.uk/a", "quenby.co.uk"),
        ("https://WWW.Brindlewick.COM:8443/a", "brindlewick.com"),
        ("https://zorbly.blogspot.com/p/1", "zorbly.blogspot.com"),
        ("https://www.xn--mrbelhaus-07a.de/a", "mörbelhaus.de"),
        ("http://127.0.0.1/x", None),
        ("http://localhost:8000/x", None),
        ("https://www.tigris.example/story", None),
    ],
)
def test_outlets_site_name_is_the_registrable_domain(url: str, site: str | None) -> None:
    assert site_name(url) == site
