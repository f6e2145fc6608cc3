"""HTML pages: trafilatura extracts the article (comments excluded), htmldate dates it."""

from __future__ import annotations

import re
import zlib
from typing import Any

from storyline.clean.outlets import site_name
from storyline.errors import Code, MalformedInput, NoArticle, TooLarge
from storyline.records import Field, Metadata

GZIP_MAGIC = b"\x1f\x8b"
TAG = re.compile(r"<[a-zA-Z!/][^>]*>")
# htmldate's free-text search guesses a date from any number in the page; a guess is not a
# publication date, so only the page's own date markup (meta tags, time elements, URL) counts.
DATE_PARAMS = {"original_date": True, "extensive_search": False}
# trafilatura names a page that names no site by its URL's host, less "www." (its META_URL).
HOST_SITENAME = re.compile(r"https?://(?:www\.|w[0-9]+\.)?([^/]+)")


def gunzip(raw: bytes, max_bytes: int) -> bytes:
    """Decompress a gzipped page, refusing archives that expand past ``max_bytes``."""
    try:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        data = decompressor.decompress(raw, max_bytes + 1)
    except zlib.error as err:
        raise MalformedInput(f"broken gzip data: {err}", code=Code.E107) from err
    if len(data) > max_bytes or decompressor.unconsumed_tail:
        raise TooLarge(f"expands to more than {max_bytes:,} bytes (--max-bytes)")
    if not decompressor.eof:
        raise MalformedInput("truncated gzip data", code=Code.E107)
    return data


def read_html(html: str) -> tuple[str, Metadata]:
    """The article body of an HTML page and the metadata its markup gives (basis ``html``)."""
    if not TAG.search(html):
        raise MalformedInput("no HTML markup found", code=Code.E107)
    import trafilatura  # heavy import: only HTML inputs pay for it

    try:
        doc = trafilatura.bare_extraction(
            html,
            include_comments=False,
            with_metadata=True,
            date_extraction_params=DATE_PARAMS,
        )
    except (ValueError, TypeError, AttributeError) as err:
        raise MalformedInput(f"cannot parse the page: {err}", code=Code.E107) from err
    text = (getattr(doc, "text", None) or "").strip()
    if doc is None or not text:
        raise NoArticle("trafilatura found no main text in the HTML")
    return text, _metadata(doc)


def _metadata(doc: Any) -> Metadata:
    def field(value: object) -> Field:
        clean = str(value).strip() if value else ""
        return Field(clean, "html") if clean else Field()

    return Metadata(
        title=field(doc.title),
        published=field((doc.date or "")[:10]),
        outlet=_outlet(doc.sitename, doc.url),
        author=field(doc.author),
    )


def _outlet(sitename: str | None, url: str | None) -> Field:
    """The page's site name (basis ``html``); where trafilatura only fell back on the host of
    the page's canonical address, that address's site as storyline names sites (basis
    ``url``), so one site reads the same from HTML and from a JSON Lines ``url``."""
    sitename = (sitename or "").strip()
    host = HOST_SITENAME.match(url or "")
    if url and (not sitename or (host and sitename == host[1])):
        site = site_name(url)
        return Field(site, "url") if site else Field()
    return Field(sitename, "html") if sitename else Field()


__all__ = ["GZIP_MAGIC", "gunzip", "read_html"]
