from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = Path(__file__).parent / "data" / "corpus"

# Commands under test run in one process unless a test asks for workers (--workers 2): a pool
# per CLI call, each worker loading the model, would multiply the suite's time.
os.environ.setdefault("STORYLINE_WORKERS", "1")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A private copy of the test corpus (own writing), so tests may add bad files to it."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


def shared_or_skip(*parts: str) -> Path:
    """A path under ../shared, or skip the test when the shared data is not beside the checkout."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found (../shared is not beside this checkout)")
    return path
