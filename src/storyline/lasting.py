"""Tables built once and kept for the life of the process.

The English pipeline and the gazetteer are built on first use and never change again; a
gazetteer alone is some seventy thousand Python objects. The garbage collector cannot know
they will live for ever: each full collection walks all of them again while an ingest makes
records by the hundred thousand (a tenth of a second a collection, several per ingest batch).
:func:`lasting` builds such a table once (as ``functools.lru_cache(maxsize=1)`` does) and then
moves everything alive out of the collector's sight with :func:`gc.freeze`. What else is
alive at that moment (the first batch being read) is frozen with it: freed as usual when no
longer referenced, but never collected as part of a reference cycle; a one-off, small.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import TypeVar

__all__ = ["lasting"]

T = TypeVar("T")


def lasting(build: Callable[[], T]) -> functools._lru_cache_wrapper[T]:
    """``build`` run on first call, its result kept and returned ever after; once it is built,
    the objects alive (the table and whatever else the process holds then) are frozen."""

    @functools.wraps(build)
    def once() -> T:
        value = build()
        gc.freeze()
        return value

    return functools.lru_cache(maxsize=1)(once)
