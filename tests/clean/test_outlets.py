"""Outlets a page names in its furniture (copyright line, staff byline, masthead) or that its
address gives; invented names throughout."""

from __future__ import annotations

import pytest

from storyline.clean.outlets import (
    Furniture,
    copyright_agency,
    copyright_holder,
    page_outlet,
    site_name,
    staff_name,
)
from storyline.records import Field


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2031 Kestrel Gazette. All rights reserved.", "Kestrel Gazette"),
        ("Kestrel Gazette © 2031 | About | Careers | Contact", "Kestrel Gazette"),
        ("© Marrow Ledger 2029", "Marrow Ledger"),
        ("Copyright © 2001-2031 Quillby Times | Terms of Service", "Quillby Times"),
        ("Quillby Post Ltd. Copyright 2031. All rights reserved. | Terms", "Quillby Post Ltd"),
        ("(c) 2030 Fennick Daily", "Fennick Daily"),
        ("Copyright 2030. Brassock Examiner. All Rights Reserved.", "Brassock Examiner"),
        ("© 2031 Orbit Holdings, Inc. All Rights Reserved.", "Orbit Holdings, Inc"),
        ("Copyright © 2000-2031 Quenby.com, LLC.", "Quenby.com, LLC"),
        ("© 2031 Tumbrel News Network.Gallimore Systems, Inc.All Rights", "Tumbrel News Network"),
        ("© Jane Quorrel", None),  # a photographer's credit: no year
        ("Image copyright Zebulon Pictures 2030", None),
        ("(Image: © Snarfle Labs 2031)", None),
        ("Copyright Policy", None),
        ("Funded under 501(c)(3) in 2030 by Wexmoor Trust", None),
        ("©All Rights Reserved Plimsoll Institute 2030, a charity", None),
    ],
)
def test_outlets_copyright_holder_with_a_year(line: str, holder: str | None) -> None:
    assert copyright_holder(line) == holder


def test_outlets_copyright_of_an_agency_is_an_origin() -> None:
    line = "© 2031 The Associated Press. All rights reserved."
    assert copyright_agency(line) == "AP"
    assert copyright_agency("© 2031 Kestrel Gazette") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Kestrel Gazette Staff", "Kestrel Gazette"),
        ("Kestrel Gazette Staff | 04.05.2031", "Kestrel Gazette"),
        ("By the Marrow Ledger staff", "Marrow Ledger"),
        ("By Jane Quorrel, Staff Writer", None),
        ("By Quillby Staff Writer", None),
        ("By Post Staff Report", None),
        ("By Our Foreign Staff", None),
        ("By Staff", None),
    ],
)
def test_outlets_staff_byline_names_the_newsroom(line: str, name: str | None) -> None:
    assert staff_name(line) == name


@pytest.mark.parametrize(
    ("furniture", "outlet"),
    [
        # a masthead alone may be a menu item or a section name
        (Furniture(masthead="Marrow Ledger"), Field()),
        # confirmed by the footer: the masthead's spelling
        (
            Furniture("Marrow Ledger", holders=("Marrow Ledger",)),
            Field("Marrow Ledger", "masthead"),
        ),
        (
            Furniture("Tumbrel News", holders=("TUMBREL News Network, LLC",)),
            Field("Tumbrel News", "masthead"),
        ),
        # a masthead in capitals: the footer's spelling, less its legal form
        (
            Furniture("QUILLBY POST", holders=("Quillby Post Ltd",)),
            Field("Quillby Post", "copyright"),
        ),
        # a staff byline the masthead confirms, or that reads as a publication's name
        (Furniture("Marrow Ledger", staff="Marrow Ledger"), Field("Marrow Ledger", "byline")),
        (Furniture(staff="Kestrel Gazette"), Field("Kestrel Gazette", "byline")),
        (Furniture(staff="Quillby"), Field()),
        # a lone holder only when it reads as a publication's name, and the last on the page
        (Furniture(holders=("Kestrel Gazette",)), Field("Kestrel Gazette", "copyright")),
        (Furniture(holders=("Kestrel Gazette", "Varnish Communications")), Field()),
        (Furniture(holders=("Plinth Media Group",)), Field()),
        (Furniture(holders=("Fennick News, Inc",)), Field()),
        (Furniture(holders=("Wexmoor Network",)), Field()),
        (Furniture(holders=("Brassock",)), Field()),
        # a parent company the masthead does not name
        (Furniture("Sprocket Daily", holders=("Orbit Holdings, Inc",)), Field()),
    ],
)
def test_outlets_page_outlet_needs_confirmation_or_a_publication_name(
    furniture: Furniture, outlet: Field
) -> None:
    assert page_outlet(furniture) == outlet


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


def _known_sites() -> list[dict[str, str]]:
    import tomllib
    from importlib import resources

    text = resources.files("storyline.clean").joinpath("data/sites.toml").read_text("utf-8")
    return list(tomllib.loads(text)["site"])


@pytest.mark.parametrize("entry", _known_sites(), ids=lambda e: e["host"])
def test_outlets_a_known_site_is_named_as_it_names_itself(entry: dict[str, str]) -> None:
    for url in (f"https://{entry['host']}/a/b", f"https://www.{entry['host']}/a?b=1"):
        assert site_name(url) == entry["name"]


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://bidenwhitehouse.archives.gov/briefing-room/a", "The White House"),
        ("https://www.archives.gov/research/a", "U.S. National Archives"),  # the longest fits
        ("https://2017-2021.state.gov/a", "U.S. Department of State"),  # a subdomain is the site
        ("https://www.brindlewick.gov.uk/a", "brindlewick.gov.uk"),  # a site of its own
        ("https://notstate.gov/a", "notstate.gov"),  # no partial label
    ],
)
def test_outlets_known_sites_fit_whole_labels_down_to_the_domain(url: str, site: str) -> None:
    assert site_name(url) == site
