"""storyline.lasting: a table built once, then frozen out of the garbage collector's sight."""

from __future__ import annotations

import gc
import subprocess
import sys

from storyline.lasting import lasting


def test_lasting_builds_once_and_keeps_the_value() -> None:
    calls: list[int] = []

    @lasting
    def table() -> dict[str, int]:
        calls.append(1)
        return {"a": 1}

    first = table()
    assert table() is first
    assert calls == [1]
    assert table.cache_info().currsize == 1


def test_lasting_freezes_what_is_alive_once_built() -> None:
    @lasting
    def table() -> list[list[int]]:
        return [[n] for n in range(1000)]  # lists: always tracked by the collector

    before = gc.get_freeze_count()
    rows = table()
    assert gc.get_freeze_count() >= before + len(rows)
    frozen = gc.get_freeze_count()
    table()
    assert gc.get_freeze_count() == frozen  # no second build, no second freeze


def test_the_gazetteer_is_frozen_once_built() -> None:
    """Its tens of thousands of places leave the collector's sight (in a fresh process, so
    that no cache of this one is touched)."""
    code = (
        "import gc; from storyline.places.gazetteer import gazetteer; gc.unfreeze(); "
        "n = gc.get_freeze_count(); gazetteer(); print(gc.get_freeze_count() - n)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(out.stdout) > 10_000
