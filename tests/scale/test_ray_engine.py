"""``--engine ray``: the same store as one process, on a local Ray with 2 CPUs; a dead actor
costs one document; Ctrl-C stops everything; without the extra, a clear error."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.config import Settings
from storyline.errors import Code, StorylineError
from storyline.ingest.pipeline import ingest
from storyline.ingest.workers import Done, Lost
from storyline.scale.ray_engine import (
    RayWorkers,
    Runner,
    check_reachable,
    import_ray,
    init_options,
)
from storyline.store import open_store
from tests.cli.test_kill import committed, write_pages
from tests.cli.test_workers import _dies_on, _exported, _group_gone, _hear_ctrl_c
from tests.conftest import ROOT, shared_or_skip
from tests.ingest.test_workers import die_on_three, fail_on_two, square

# One local Ray for the module (it takes seconds to start), on one xdist worker (`make test`
# runs with --dist loadgroup).
pytestmark = pytest.mark.xdist_group("ray")

runner = CliRunner(env={"COLUMNS": "1000"})  # the summary names the store on one line
NO_RAY = "the ray extra is not installed (pip install 'storyline[ray]')"
STORYLINE = "from storyline.cli import main; main()"
REALNEWS_RECORDS = 8


@pytest.fixture(scope="module")
def ray_session() -> Iterator[Any]:
    """A local Ray with 2 CPUs, started as ``--engine ray`` starts one, shared by the module."""
    ray = pytest.importorskip("ray", reason=NO_RAY)
    ray.init(**init_options(2, None, environ={}))
    yield ray
    ray.shutdown()


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """The shared seed pages and a few realnews records: page dumps and JSON Lines."""
    folder = tmp_path / "small"
    folder.mkdir()
    for page in sorted(shared_or_skip("seeds").glob("*.txt")):
        (folder / page.name).write_bytes(page.read_bytes())
    lines = shared_or_skip("bench", "realnews", "dev", "docs.jsonl").read_text("utf-8")
    records = lines.splitlines()[:REALNEWS_RECORDS]
    (folder / "realnews.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    return folder


def test_ray_engine_starts_a_local_ray_with_a_cpu_per_actor() -> None:
    assert init_options(2, None, environ={}) == {
        "address": "local",
        "num_cpus": 2,
        "include_dashboard": False,
        "log_to_driver": False,
        "logging_level": 40,
    }
    joined = init_options(2, "auto", environ={})
    assert joined["address"] == "auto" and "num_cpus" not in joined
    named = init_options(None, None, environ={"RAY_ADDRESS": "10.0.0.5:6379"})
    assert "address" not in named and "num_cpus" not in named  # ray.init reads RAY_ADDRESS


def test_ray_engine_local_ray_has_the_two_cpus_asked_for(ray_session: Any) -> None:
    assert ray_session.cluster_resources()["CPU"] == 2


def test_ray_engine_yields_results_in_order_and_raises_a_stages_bug(ray_session: Any) -> None:
    items: list[int | Done[int]] = [4, Done(-1), 1, 7, Done(-2), 2, 9, 0, 11]
    pulled: list[int] = []

    def numbers() -> Iterator[int]:
        for n in range(1000):
            pulled.append(n)
            yield n

    with RayWorkers(2) as pool:
        assert list(pool.map(square, items)) == [16, -1, 1, 49, -2, 4, 81, 0, 121]
        with pytest.raises(ValueError, match="two is a bug"):
            list(pool.map(fail_on_two, range(6)))
        results = pool.map(square, numbers())
        assert next(results) == 0
        assert len(pulled) <= 2 * 2 + 1  # bounded: a few tasks ahead of what was yielded
        with pytest.raises(RuntimeError, match="one map at a time"):
            next(pool.map(square, range(2)))
        results.close()
        assert list(pool.map(square, range(3))) == [0, 1, 4]


def test_ray_engine_a_dead_actor_costs_only_its_task(ray_session: Any) -> None:
    with RayWorkers(2) as pool:
        got = list(pool.map(die_on_three, range(8)))
        again = list(pool.map(square, range(4)))
    assert isinstance(got[3], Lost) and got[3].reason.startswith("died on Ray (")
    assert isinstance(got[5], Lost) and got[5].reason.startswith("died on Ray (")
    assert [g for i, g in enumerate(got) if i not in (3, 5)] == [0, 1, 4, 16, 36, 49]
    assert again == [0, 1, 4, 9]


def test_ray_engine_a_task_whose_actor_was_killed_once_is_given_again(
    ray_session: Any, tmp_path: Path
) -> None:
    """As with processes: one death that may be no fault of the task costs it nothing."""
    from tests.ingest.test_workers import killed_once_on_three

    with RayWorkers(2) as pool:
        got = list(pool.map(partial(killed_once_on_three, tmp_path), range(6)))
    assert got == [0, 1, 4, 9, 16, 25]


class DyingRay(RayWorkers):
    """Actors that die on one document, as the kernel's OOM killer would kill them."""

    def __init__(self, count: int, name: str) -> None:
        super().__init__(count)
        self.name = name

    def map(self, fn: Any, items: Any) -> Any:
        return super().map(partial(_dies_on, self.name, fn), items)


def test_ray_engine_an_actor_dying_on_a_document_rejects_it_and_the_run_goes_on(
    ray_session: Any, corpus: Path, tmp_path: Path
) -> None:
    settings = Settings(db=tmp_path / "s.db")
    with DyingRay(2, "river-courier-visit") as pool:
        summary = ingest([str(corpus)], settings, workers=pool)
    assert summary.counts["ingested"] == 2
    dead = [reason for source, reason in summary.rejections if "river" in source]
    assert dead == [dead[0]] and dead[0].startswith("E112 worker died: ")
    assert "the worker process reading it died on Ray (" in dead[0]
    with open_store(settings.db) as store:
        assert store.get("river-courier-visit").status == "rejected"
        assert store.get("harbor-gazette-talks").status == "ok"


class Uninstalled(Runner):
    """An actor on a node where storyline is not installed: it cannot even start."""

    def __init__(self) -> None:
        raise ModuleNotFoundError("No module named 'storyline'")


class UninstalledRay(RayWorkers):
    runner = Uninstalled


def test_ray_engine_actors_that_cannot_start_stop_the_run_not_reject_each_document(
    ray_session: Any,
) -> None:
    with UninstalledRay(2) as pool, pytest.raises(StorylineError) as raised:
        list(pool.map(square, range(6)))
    assert raised.value.code is Code.E023
    assert str(raised.value).startswith(
        "E023 Ray actors cannot start: ModuleNotFoundError: No module named 'storyline' "
    )


def _run(db: Path, corpus: Path, *engine: str) -> str:
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), *engine])
    assert result.exit_code == 0, result.output
    again = runner.invoke(app, ["reprocess", "--db", str(db), *engine])
    assert again.exit_code == 0, again.output
    return (result.output + again.output).replace(str(db), "DB")


def test_ray_engine_store_is_the_one_a_single_process_writes(
    ray_session: Any, small_corpus: Path, tmp_path: Path
) -> None:
    one, on_ray = tmp_path / "one.db", tmp_path / "ray.db"
    printed = _run(one, small_corpus, "--workers", "1")
    assert _run(on_ray, small_corpus, "--engine", "ray", "--workers", "2") == printed
    assert f"{5 + REALNEWS_RECORDS} ingested" in printed and "0 updated" in printed
    for what in ("docs", "reports", "events"):
        rows = _exported(one, what, tmp_path)
        assert rows and rows == _exported(on_ray, what, tmp_path), what


def test_ray_engine_without_the_extra_says_how_to_install_it(tmp_path: Path) -> None:
    hide = "import sys; sys.modules['ray'] = None; "  # what an install without the extra sees
    args = ["ingest", str(ROOT / "examples"), "--db", str(tmp_path / "s.db"), "--engine", "ray"]
    done = subprocess.run(
        [sys.executable, "-c", hide + STORYLINE, *args], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "error E021 Ray not installed: --engine ray needs Ray, an optional extra: "
        "pip install 'storyline[ray]'"
    )
    assert not (tmp_path / "s.db").exists()  # said before any work


def test_ray_engine_import_names_the_extra() -> None:
    with pytest.raises(StorylineError) as raised:
        import_ray("storyline_no_such_ray")
    assert raised.value.code is Code.E021 and "pip install 'storyline[ray]'" in str(raised.value)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--engine", "spark"], "--engine must be processes or ray, not 'spark'"),
        (["--ray-address", "auto"], "--ray-address is for --engine ray"),
    ],
)
def test_ray_engine_options_are_checked_before_any_work(
    args: list[str], message: str, tmp_path: Path
) -> None:
    db = tmp_path / "s.db"
    done = runner.invoke(app, ["ingest", str(ROOT / "examples"), "--db", str(db), *args])
    assert done.exit_code == 2
    assert done.output.strip() == f"error E001 usage error: {message}"
    assert not db.exists()


def test_ray_engine_an_address_in_the_environment_does_not_stop_a_run_on_processes(
    tmp_path: Path,
) -> None:
    """STORYLINE_RAY_ADDRESS exported for Ray runs: a plain ingest still runs."""
    db = tmp_path / "s.db"
    page = ROOT / "examples" / "tigris-herald-2025-02-06-rutte-baghdad.txt"
    env = {"STORYLINE_RAY_ADDRESS": "auto", "STORYLINE_WORKERS": "1"}
    done = runner.invoke(app, ["ingest", str(page), "--db", str(db), "-q"], env=env)
    assert done.exit_code == 0, done.output


def test_ray_engine_an_address_where_nothing_answers_is_said_at_once() -> None:
    with pytest.raises(StorylineError) as raised:
        check_reachable("127.0.0.1:1")  # a port nothing listens on
    assert raised.value.code is Code.E022 and "nothing answers at 127.0.0.1:1" in str(raised.value)
    check_reachable("ray://somewhere:10001")  # Ray answers for these itself


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_ray_engine_ctrl_c_stops_ray_and_keeps_what_was_committed(
    ray_session: Any, tmp_path: Path
) -> None:
    pages, db = tmp_path / "pages", tmp_path / "s.db"
    write_pages(pages)
    env = {**os.environ, "STORYLINE_DB": str(db)}
    args = ["ingest", str(pages), "--no-events", "--workers", "2", "--engine", "ray"]
    proc = subprocess.Popen(
        [sys.executable, "-c", STORYLINE, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        # with Ctrl-C heard, as a terminal's job hears it, even where this test runs in the
        # background of a shell (which starts background jobs with SIGINT ignored)
        preexec_fn=_hear_ctrl_c,
    )
    deadline = time.monotonic() + 120
    while committed(db) < 20 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole group gets it
    _, stderr = proc.communicate(timeout=60)
    before = committed(db)
    assert 20 <= before < 600, "the interrupt must land mid-run for this test to mean anything"
    assert proc.returncode == 130, stderr.decode()
    assert "Traceback" not in stderr.decode(), stderr.decode()
    assert _group_gone(proc.pid), "a Ray process outlived the interrupted command"
    rerun = runner.invoke(app, ["ingest", str(pages), "--no-events", "--db", str(db)])
    assert rerun.exit_code == 0, rerun.output
    assert f"{600 - before} ingested" in rerun.output and f"{before} unchanged" in rerun.output


def test_ray_engine_auto_pointing_at_a_head_long_gone_is_said_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`ray start --head` stopped with Ctrl-C leaves its address behind for `auto`."""
    import storyline.scale.ray_engine as engine

    stale = tmp_path / "ray_current_cluster"
    stale.write_text("127.0.0.1:1\n", encoding="utf-8")
    monkeypatch.setattr(engine, "CURRENT_CLUSTER", stale)
    with pytest.raises(StorylineError) as raised:
        check_reachable("auto")
    assert raised.value.code is Code.E022 and "127.0.0.1:1" in str(raised.value)
    monkeypatch.setattr(engine, "CURRENT_CLUSTER", tmp_path / "none")
    check_reachable("auto")  # no head started here: Ray says so itself
