from __future__ import annotations

import pytest

from storyline.records import MergedEvent
from tests.timeline.factories import corpus


@pytest.fixture
def events() -> list[MergedEvent]:
    """The invented Iraq–NATO story: six events, out of order, one undated, one year-only."""
    return corpus()
