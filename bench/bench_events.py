"""Benchmark: the whole pipeline (ingest -> clean -> parse -> events) beside spaCy alone.

    python bench/bench_events.py [--docs DIR] [--limit N] [--repeat N]

Both run in this process, pinned to one core, on the same texts, in N interleaved rounds
(spaCy, then the pipeline, in every round) so that a burst of load elsewhere on the machine
hits both; each is given its best round. spaCy alone is the English model as its package
ships it (``en_core_web_sm``'s ``pipe``, as ``bench_workers.py`` measures it too) over the clean
texts; the pipeline run starts from the raw files and ends with events, with storyline's own
model loader (its sentence hints, and the model's attribute rules applied without spaCy's
Matcher: :mod:`storyline.nlp.attributes`). The ratio
pipeline/spaCy (docs per second) should stay at or above 0.8: our own code adds at most a
quarter to the model's cost. It is taken on this process's CPU time, which other work on a
shared machine inflates far less than wall time (wall-time ratio beside it); the ratio of each
round is shown too, their spread says how noisy the machine was. Results are printed and
written to bench/results/events.json and events.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
from pathlib import Path

from common import SHARED, Timing, pin_one_core, save, timed
from rich.table import Table

from storyline.actors import Tenure
from storyline.config import Settings
from storyline.events.extract import ArticleInput, extract_events, offices_seen
from storyline.ingest.pipeline import process, read
from storyline.ingest.readers import InputFile, read_input
from storyline.nlp import nlp, parse_many
from storyline.nlp.model import MODEL_PACKAGE
from storyline.records import Article, RawDocument, Rejection

DOCS = SHARED / "bench" / "ecbplus" / "dev" / "docs"


def load(folder: Path, limit: int, settings: Settings) -> list[RawDocument]:
    """Up to ``limit`` raw documents that ingest takes (those it rejects are left out)."""
    docs: list[RawDocument] = []
    for path in sorted(folder.glob("*.txt")):
        for raw in read_input(InputFile(path, str(path)), settings.max_bytes):
            if isinstance(raw, RawDocument) and not isinstance(read(raw, settings), Rejection):
                docs.append(raw)
    return docs[:limit]


def pipeline(raws: list[RawDocument], settings: Settings, tenure: Tenure) -> int:
    """What ``storyline ingest`` does per article, store writes aside: clean, parse, and the
    two passes of ``events.run.analyse`` (learn who holds which office, then extract)."""
    articles: list[Article] = [process(raw, settings) for raw in raws]
    parsed = list(parse_many((a.id, a.text) for a in articles))
    inputs = [article_input(a) for a in articles]
    for info, parse in zip(inputs, parsed, strict=True):
        for person, role, org, day in offices_seen(info, parse):
            tenure.learn(person, role, org, day)
    return sum(len(extract_events(i, p, tenure)) for i, p in zip(inputs, parsed, strict=True))


def article_input(article: Article) -> ArticleInput:
    """What ``events.run`` hands the extractor for a stored article: its text, its publication
    day (a day, not a month or year), title and author."""
    meta = article.meta
    published = meta.published.value
    day = dt.date.fromisoformat(published) if published and len(published) == 10 else None
    return ArticleInput(
        article.doc, article.id, article.text, day, meta.title.value, meta.author.value
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=Path, default=DOCS)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pin_one_core()
    settings, tenure = Settings(), Tenure()
    raws = load(args.docs, args.limit, settings)
    texts = [process(raw, settings).text for raw in raws]
    words = sum(len(t.split()) for t in texts)
    model = importlib.import_module(MODEL_PACKAGE).load()  # spaCy alone, as shipped
    nlp()  # storyline's own pipeline, loaded before timing as an ingest loads it first
    pipeline(raws[:5], settings, tenure)  # warm caches (gazetteer, tables) before timing

    def spacy_alone() -> None:
        for _ in model.pipe(texts, batch_size=32):
            pass

    spacy_runs, pipeline_runs = [], []
    for _ in range(args.repeat):
        spacy_runs.append(timed(spacy_alone))
        pipeline_runs.append(timed(lambda: pipeline(raws, settings, tenure)))
    rows = [
        ("spaCy alone (same clean texts)", best(spacy_runs)),
        ("storyline: ingest + clean + parse + events", best(pipeline_runs)),
    ]
    rounds = [s.cpu / p.cpu for s, p in zip(spacy_runs, pipeline_runs, strict=True)]
    report(rows, len(raws), words, rounds)


def best(runs: list[Timing]) -> Timing:
    """The least disturbed run's wall time and CPU time (each the shortest of the rounds)."""
    return Timing(min(r.wall for r in runs), min(r.cpu for r in runs))


def report(rows: list[tuple[str, Timing]], docs: int, words: int, rounds: list[float]) -> None:
    baseline = rows[0][1]
    table = Table(
        "task",
        "docs",
        "wall s",
        "CPU s",
        "docs/s",
        "words/s",
        "ratio (CPU)",
        "ratio (wall)",
        title=f"events benchmark (1 core, best of {len(rounds)} interleaved rounds)",
        caption=f"CPU ratio of each round: {', '.join(f'{r:.2f}' for r in rounds)} (target ≥ 0.8)",
    )
    result = []
    for name, run in rows:
        ratio_cpu, ratio_wall = baseline.cpu / run.cpu, baseline.wall / run.wall
        table.add_row(
            name,
            str(docs),
            f"{run.wall:.2f}",
            f"{run.cpu:.2f}",
            f"{docs / run.cpu:.1f}",
            f"{words / run.cpu:,.0f}",
            f"{ratio_cpu:.2f}",
            f"{ratio_wall:.2f}",
        )
        result.append(
            {
                "task": name,
                "docs": docs,
                "words": words,
                "seconds": round(run.wall, 3),
                "cpu_seconds": round(run.cpu, 3),
                "docs_per_cpu_s": round(docs / run.cpu, 1),
                "words_per_cpu_s": round(words / run.cpu),
                "ratio_vs_spacy": round(ratio_cpu, 2),
                "ratio_vs_spacy_wall": round(ratio_wall, 2),
            }
        )
    save("events", table, result, round_ratios=[round(r, 3) for r in rounds], target=0.8)


if __name__ == "__main__":
    main()
