"""The worker pool: results in the order handed out, a dead worker costs one task."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from storyline.ingest.workers import Done, Lost, Workers


def square(n: int) -> int:
    return n * n


def die_on_three(n: int) -> int:
    if n == 3:
        os._exit(7)
    if n == 5:
        os.kill(os.getpid(), signal.SIGKILL)
    return n * n


def killed_once_on_three(marks: Path, n: int) -> int:
    """Killed the first time it takes 3, as a worker the OOM killer picks or someone kills."""
    mark = marks / str(n)
    if n == 3 and not mark.exists():
        mark.touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return n * n


def fail_on_two(n: int) -> int:
    if n == 2:
        raise ValueError("two is a bug")
    return n


def out_of_memory_on_one(n: int) -> int:
    if n == 1:
        raise MemoryError
    return n


@pytest.mark.parametrize("count", [1, 2, 3])
def test_workers_yield_results_in_the_order_handed_out(count: int) -> None:
    items: list[int | Done[int]] = [4, Done(-1), 1, 7, Done(-2), 2, 9, 0, 11]
    with Workers(count) as pool:
        got = list(pool.map(square, items))
    assert got == [16, -1, 1, 49, -2, 4, 81, 0, 121]


def test_workers_a_dead_worker_costs_only_its_task_and_is_replaced() -> None:
    with Workers(2) as pool:
        got = list(pool.map(die_on_three, range(8)))
        again = list(pool.map(square, range(4)))
    assert got[3] == Lost("exited with status 7")
    assert got[5] == Lost("was killed by SIGKILL")
    assert [g for i, g in enumerate(got) if i not in (3, 5)] == [0, 1, 4, 16, 36, 49]
    assert again == [0, 1, 4, 9]


def test_workers_a_task_whose_worker_was_killed_once_is_given_again(tmp_path: Path) -> None:
    with Workers(2) as pool:
        got = list(pool.map(partial(killed_once_on_three, tmp_path), range(6)))
    assert got == [0, 1, 4, 9, 16, 25]
    assert (tmp_path / "3").exists()  # it was killed, once


def test_workers_out_of_memory_loses_the_task_not_the_run() -> None:
    with Workers(2) as pool:
        got = list(pool.map(out_of_memory_on_one, range(4)))
    assert got == [0, Lost("ran out of memory"), 2, 3]


@pytest.mark.parametrize("count", [1, 2])
def test_workers_a_bug_in_a_stage_is_raised_in_the_parent(count: int) -> None:
    with Workers(count) as pool:
        with pytest.raises(ValueError, match="two is a bug"):
            list(pool.map(fail_on_two, range(6)))
        assert list(pool.map(square, range(3))) == [0, 1, 4]


def test_workers_an_error_on_its_way_out_starts_no_worker_only_to_stop_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spawned: list[object] = []
    spawn = Workers._spawn

    def counted(self: Workers) -> object:
        spawned.append(self)
        return spawn(self)

    monkeypatch.setattr(Workers, "_spawn", counted)
    with Workers(2) as pool:
        with pytest.raises(ValueError, match="two is a bug"):
            list(pool.map(fail_on_two, range(6)))
        assert len(spawned) == 2  # the two of the map, none started to be stopped at once
        assert list(pool.map(square, range(3))) == [0, 1, 4]  # the next map starts what is missing


def test_workers_read_their_input_a_few_tasks_ahead_only() -> None:
    pulled: list[int] = []

    def numbers() -> Iterator[int]:
        for n in range(1000):
            pulled.append(n)
            yield n

    with Workers(2) as pool:
        results = pool.map(square, numbers())
        assert next(results) == 0
        assert len(pulled) <= 2 * 2 + 1
        results.close()


def test_workers_refuse_a_second_map_while_one_is_running() -> None:
    with Workers(2) as pool:
        outer = pool.map(square, range(6))
        assert next(outer) == 0
        with pytest.raises(RuntimeError, match="one map at a time"):
            next(pool.map(square, range(2)))
        assert list(outer) == [1, 4, 9, 16, 25]
