"""Benchmark: the whole pipeline (ingest -> clean -> parse -> events) beside spaCy alone.

    python bench/bench_events.py [--docs DIR] [--limit N] [--repeat N]

Both run in this process, pinned to one core, on the same texts; best of N runs each. spaCy
alone is the English pipeline's ``pipe`` over the clean texts; the pipeline run starts from
the raw files and ends with events. The ratio pipeline/spaCy (docs per second) should stay at
or above 0.8: our own code adds at most a quarter to the model's cost. Results are printed and
written to bench/results/events.json and events.md.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from common import SHARED, best_of, pin_one_core, save
from rich.table import Table

from storyline.actors import Tenure
from storyline.config import Settings
from storyline.events.extract import ArticleInput, extract_events, offices_seen
from storyline.ingest.pipeline import process, read
from storyline.ingest.readers import InputFile, read_input
from storyline.nlp import nlp, parse_many
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
    inputs = [ArticleInput(a.doc, a.id, a.text, None) for a in articles]
    for info, parse in zip(inputs, parsed, strict=True):
        for person, role, org, day in offices_seen(info, parse):
            tenure.learn(person, role, org, day)
    return sum(len(extract_events(i, p, tenure)) for i, p in zip(inputs, parsed, strict=True))


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
    model = nlp()
    pipeline(raws[:5], settings, tenure)  # warm caches (gazetteer, tables) before timing

    def spacy_alone() -> None:
        for _ in model.pipe(texts, batch_size=32):
            pass

    rows = [
        ("spaCy alone (same clean texts)", best_of(args.repeat, spacy_alone)),
        (
            "storyline: ingest + clean + parse + events",
            best_of(args.repeat, lambda: pipeline(raws, settings, tenure)),
        ),
    ]
    report(rows, len(raws), words)


def report(rows: list[tuple[str, float]], docs: int, words: int) -> None:
    baseline = docs / rows[0][1]
    table = Table(
        "task",
        "docs",
        "seconds",
        "docs/s",
        "words/s",
        "ratio vs spaCy",
        title="events benchmark (1 core)",
    )
    result = []
    for name, seconds in rows:
        rate = docs / seconds
        table.add_row(
            name,
            str(docs),
            f"{seconds:.2f}",
            f"{rate:.1f}",
            f"{words / seconds:,.0f}",
            f"{rate / baseline:.2f}",
        )
        result.append(
            {
                "task": name,
                "docs": docs,
                "words": words,
                "seconds": round(seconds, 3),
                "docs_per_s": round(rate, 1),
                "words_per_s": round(words / seconds),
                "ratio_vs_spacy": round(rate / baseline, 2),
            }
        )
    save("events", table, result)


if __name__ == "__main__":
    main()
