"""A read command starts at once: importing the command line, or reading an up-to-date
store, loads none of the heavy libraries (spaCy and its models, trafilatura, dateparser,
pyarrow, datasketch and scipy); the commands that need them import them themselves."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.merge.stored import write_merged

HEAVY = ("spacy", "trafilatura", "dateparser", "pyarrow", "ray", "datasketch", "scipy")


def loaded_after(code: str) -> set[str]:
    """The top-level modules a fresh interpreter holds after running ``code``."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    return {name.split(".")[0] for name in json.loads(done.stdout.splitlines()[-1])}


def test_startup_import_cli_loads_no_heavy_library() -> None:
    loaded = loaded_after("import storyline.cli")
    assert "spacy" not in loaded
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


@pytest.mark.parametrize(
    "args",
    [
        ["timeline"],
        ["timeline", "-f", "json"],
        ["docs"],
        ["export", "events"],
        ["report", "-o", "-"],
    ],
)
def test_startup_read_of_an_up_to_date_store_loads_no_heavy_library(
    tmp_path: Path, args: list[str]
) -> None:
    db = tmp_path / "s.db"
    write_merged(db)
    argv = ["storyline", *args, "--db", str(db)]
    code = (
        f"import sys; sys.argv = {argv!r}\n"
        "from storyline.cli import main\n"
        "try:\n    main()\nexcept SystemExit as done:\n    assert not done.code, done.code"
    )
    loaded = loaded_after(code)
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))
