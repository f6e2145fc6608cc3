"""Paging, shared by every list the app pages through (events, the documents a search finds).

A list of ``total`` items, ``limit`` to a page, has ``pages`` pages (at least one: an empty
list is one empty page). A page number past the last is no page at all: the app answers 404,
naming the last page and linking to it (:class:`PastTheEnd`), rather than an empty page that
reads "0–0 of 211 · page 6 of 5".
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import HTTPException

from storyline.wording import plural


class Paged:
    """The arithmetic of one page of a list; a subclass says how many items it ``shown``."""

    total: int
    page: int
    limit: int

    @property
    def shown(self) -> int:
        """How many items this page holds."""
        raise NotImplementedError

    @property
    def pages(self) -> int:
        """How many pages the list fills (at least one)."""
        return max(1, -(-self.total // self.limit))

    @property
    def first(self) -> int:
        """The position of the page's first item (1-based), 0 on an empty page."""
        return (self.page - 1) * self.limit + 1 if self.shown else 0

    @property
    def last(self) -> int:
        """The position of the page's last item (1-based), 0 on an empty page."""
        return self.first + self.shown - 1 if self.shown else 0

    @property
    def past_end(self) -> bool:
        """Whether the page number is past the last page."""
        return self.page > self.pages


class PastTheEnd(HTTPException):
    """404 for a page number past the last page; ``link`` is (URL, label) of the last page."""

    def __init__(self, detail: str, link: tuple[str, str]) -> None:
        super().__init__(404, detail)
        self.link = link


def within(url: Callable[[int], str], *lists: tuple[Paged, str]) -> None:
    """Raise :class:`PastTheEnd` when the page asked for is past the last page of every one
    of ``lists`` (each a page and the noun of its items); ``url`` gives a page's URL."""
    if not lists or not all(found.past_end for found, _ in lists):
        return
    first = lists[0][0]
    pages = max(found.pages for found, _ in lists)
    counts = " and ".join(plural(found.total, noun) for found, noun in lists)
    detail = (
        f"there is no page {first.page}: {counts} fill {plural(pages, 'page')} of "
        f"{first.limit}; the last is page {pages}"
    )
    raise PastTheEnd(detail, (url(pages), f"the last page, {pages}"))
