"""Reading the pages the app serves: links, tags and attributes, without a browser."""

from __future__ import annotations

from html.parser import HTMLParser


class Tags(HTMLParser):
    """Every start tag of a page with its attributes, in order."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def links(self) -> list[str]:
        """The href of every ``<a>``."""
        return [str(a["href"]) for tag, a in self.tags if tag == "a" and a.get("href")]

    def with_class(self, tag: str, name: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag and name in (a.get("class") or "").split()]


def links(html: str, prefix: str) -> list[str]:
    """The hrefs of a page that start with ``prefix``, in order, without repeats."""
    return list(dict.fromkeys(h for h in Tags(html).links() if h.startswith(prefix)))
