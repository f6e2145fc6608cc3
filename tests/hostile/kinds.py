"""The table of every kind, and :func:`generate`, which writes them."""

from __future__ import annotations

import random
from pathlib import Path

from tests.hostile.cases import Kind, _Gen
from tests.hostile.content import CONTENT_KINDS
from tests.hostile.files import FILE_KINDS
from tests.hostile.stories import SMALL, HostileCase, Sizes

KINDS: tuple[Kind, ...] = (*CONTENT_KINDS, *FILE_KINDS)
"""Every kind, in the order of the first pass. A builder may write several cases."""


def generate(seed: int, count: int, root: Path, sizes: Sizes = SMALL) -> list[HostileCase]:
    """Write at least ``count`` hostile inputs under ``root`` (every kind once first, then
    cheap kinds drawn at random) and return what ingest must make of each.

    The first pass writes every kind whatever ``count`` is (about 230 inputs), so a small
    count still covers them all; the same ``seed`` writes the same bytes.
    """
    gen = _Gen(random.Random(seed), root, sizes)
    root.mkdir(parents=True, exist_ok=True)
    for kind in KINDS:
        gen.cases.extend(kind.build(gen))
    repeatable = [k for k in KINDS if k.repeat]
    while len(gen.cases) < count:
        gen.cases.extend(gen.rng.choice(repeatable).build(gen))
    return gen.cases
