"""Answers the server remembers while the store is unchanged.

Some answers read much of the store and are asked for by nearly every request: the chart's
month counts (every selected row), the choices of the filter lists (every merged event's
PLOVER type), how many events an unfiltered timeline holds, which of the store's names an
actor query means. Over 100,000 events they cost from 10 ms to half a second each, and they
only change when something is committed. A :class:`Remembered` keeps them, keyed by what was
asked, and forgets them all once the store's files show a commit (another process's ingest):
the server never writes, so only a writer can change them, and a writer's commit always
changes the database file or its write-ahead log.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TypeVar, cast

from storyline.store.reader import Store

T = TypeVar("T")


class Remembered:
    """Answers computed from one store, kept until its files change; one per app."""

    KEPT = 256
    """The most answers kept; past it, the memory starts again (a filter a person types is
    part of the key, so there is no end to the keys)."""

    def __init__(self) -> None:
        self._kept: dict[Hashable, object] = {}
        self._stamp: tuple[Path, tuple[int, ...]] | None = None
        self._lock = threading.Lock()

    def __call__(self, store: Store, key: Hashable, compute: Callable[[], T]) -> T:
        """The answer to ``key`` over ``store``: remembered, or ``compute()`` now."""
        stamp = (store.path, stamp_of(store.path))
        with self._lock:
            if stamp != self._stamp:
                self._kept.clear()
                self._stamp = stamp
            if key in self._kept:
                return cast("T", self._kept[key])
        answer = compute()
        with self._lock:
            if self._stamp == stamp:
                if len(self._kept) >= self.KEPT:
                    self._kept.clear()
                self._kept[key] = answer
        return answer


def stamp_of(path: Path) -> tuple[int, ...]:
    """What changes when anything is committed: the database file and its write-ahead log (an
    empty log, as a reader leaves it, is no change: it holds nothing)."""
    found: list[int] = []
    for name in (path, path.with_name(path.name + "-wal")):
        try:
            info = name.stat()
        except OSError:
            found += [0, 0]
            continue
        found += [info.st_mtime_ns if info.st_size else 0, info.st_size]
    return tuple(found)
