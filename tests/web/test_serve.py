"""``storyline serve``: prints its URL, answers over HTTP, binds to this machine by default,
and leaves FastAPI out of every other command's start-up."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from typer.testing import CliRunner

from storyline.cli import app
from tests.cli.test_startup import loaded_after
from tests.conftest import ROOT


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serve_prints_its_url_and_serves_the_store(web_db: Path) -> None:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    command = [sys.executable, "-c", "from storyline.cli import main; main()", "serve"]
    server = subprocess.Popen(
        [*command, "--db", str(web_db), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert server.stdout is not None
        first = server.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in first and "read-only" in first
        answer = None
        for _ in range(100):
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert answer is not None and answer.status_code == 200
        assert "Content-Security-Policy" in answer.headers
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_without_a_store_is_a_usage_error(tmp_path: Path) -> None:
    done = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert done.exit_code == 2
    assert "no database" in done.output
    assert not (tmp_path / "none.db").exists()


def test_serve_help_names_host_and_port() -> None:
    text = CliRunner(env={"COLUMNS": "200"}).invoke(app, ["serve", "--help"]).output
    assert "--host" in text and "--port" in text and "127.0.0.1" in text


def test_startup_cli_loads_no_web_framework() -> None:
    loaded = loaded_after("import storyline.cli")
    assert not loaded & {"fastapi", "uvicorn", "starlette"}


def test_serve_on_a_port_in_use_is_one_usage_error_before_any_url(web_db: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        done = CliRunner().invoke(app, ["serve", "--db", str(web_db), "--port", port])
    assert done.exit_code == 2, done.output
    assert "http://" not in done.output
    (line,) = done.output.strip().splitlines()
    assert line.startswith("error E001") and f"127.0.0.1:{port}" in line and "in use" in line


def test_serve_on_an_address_this_machine_lacks_is_a_usage_error(web_db: Path) -> None:
    done = CliRunner().invoke(app, ["serve", "--db", str(web_db), "--host", "192.0.2.77"])
    assert done.exit_code == 2 and "cannot listen on 192.0.2.77:8000" in done.output
