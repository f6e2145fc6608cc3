"""Which publication a document comes from, where nothing it carries names one.

A crawler's record without an outlet field still has its URL: :func:`site_name` reads the site
from its host (see :func:`storyline.ingest.pipeline.process` for when it is used).
"""

from __future__ import annotations

__all__ = ["site_name"]


def site_name(url: str) -> str | None:
    """The site an http(s) address belongs to, as a reader names it: its registrable domain.

    The host less its subdomains, by the Public Suffix List (courlan, over ``tld``):
    ``https://www.state.gov/…`` -> ``state.gov``, ``https://en.wikinews.org/…`` ->
    ``wikinews.org``, ``https://www.gov.uk/…`` -> ``gov.uk``; a site hosted under a shared
    suffix keeps its own name (``foo.blogspot.com``). An internationalised domain is shown in
    its own script. None for an IP address, ``localhost`` or a suffix the list does not know.
    """
    from courlan import extract_domain  # 0.1 s to import: only documents with an address pay

    domain = extract_domain(url.strip())
    if not domain or not any(c.isalpha() for c in domain.rsplit(".", 1)[-1]):
        return None
    domain = domain.lower()
    try:
        return domain.encode("ascii").decode("idna")
    except UnicodeError:
        return domain
