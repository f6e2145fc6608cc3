"""One writing command at a time per store: an advisory lock beside the database file.

SQLite keeps every transaction whole, but a command is many transactions: an ingest commits
each document, then reads events and merges them. Two such commands interleaved would merge
in an order no sequential run takes, so the result would depend on timing. A command that
writes holds this lock for its whole run; a second one waits for it (saying so), and the
result is exactly that of running them one after the other.

The lock is ``flock`` on ``<db>.lock`` (it exists while any command uses the store and is left
behind harmlessly); the kernel releases it when the holder exits, even on SIGKILL.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from storyline.errors import StoreError


def lock_path(db: Path) -> Path:
    """The lock file of the store at ``db`` (the same for every link to the store)."""
    real = db.resolve()
    return real.with_name(real.name + ".lock")


@contextmanager
def writing(
    db: Path, *, wait: bool = True, on_wait: Callable[[str], None] | None = None
) -> Iterator[bool]:
    """Hold the store's write lock for the block; yields True when it is held.

    When another process holds it: with ``wait`` (the default) ``on_wait`` is told why and
    the block starts once the other process is done; without ``wait`` the block runs at once
    with False, for a caller that would rather do without the lock than wait. (Read commands
    take no lock at all: they open the store read-only.)
    """
    path = lock_path(db)
    try:
        handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        if not wait:
            # A folder this user cannot write to: no one else can hold the lock through it, and
            # whatever the block tries to write fails with its own clear error.
            yield True
            return
        raise StoreError(f"cannot open the lock file {path}: {error.strerror}") from error
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                yield False
                return
            if on_wait is not None:
                on_wait(f"waiting for another storyline command writing to {db} to finish")
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield True
    finally:
        os.close(handle)  # closing the descriptor releases the lock
