"""``storyline serve``: the store in a browser, read-only.

Server-rendered pages (timeline, event, actor, document, search) and a JSON API mirroring
them, from :func:`create_app`. Importing this package loads FastAPI: the command line imports
it only in ``serve``.
"""

from __future__ import annotations

from storyline.web.app import create_app

__all__ = ["create_app"]
