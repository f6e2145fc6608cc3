"""Benchmark: ingest + clean of the page-dump set, beside trafilatura on the same pages' HTML.

    python bench/bench_ingest.py [--pages DIR] [--html DIR] [--repeat N]

Both run in this one process, pinned to one core, interleaved and repeated; the best of N
runs is kept for each, because these machines are noisy. The table is printed and written to
bench/results/ingest.json and bench/results/ingest.md.
"""

from __future__ import annotations

import argparse
import gzip
import tempfile
from pathlib import Path

from common import SHARED, best_of, pin_one_core, save
from rich.table import Table

from storyline.config import Settings
from storyline.ingest.pipeline import ingest, process
from storyline.ingest.readers import InputFile, read_input
from storyline.records import RawDocument

DEV = SHARED / "bench" / "pagedump" / "dev"


def load_pages(folder: Path) -> list[RawDocument]:
    docs = []
    for path in sorted(folder.glob("*.txt")):
        docs += [
            r
            for r in read_input(InputFile(path, str(path)), 20_000_000)
            if isinstance(r, RawDocument)
        ]
    return docs


def load_html(folder: Path) -> list[str]:
    return [
        gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
        for p in sorted(folder.glob("*.html.gz"))
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=Path, default=DEV / "pages")
    parser.add_argument("--html", type=Path, default=DEV / "html")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pin_one_core()
    import trafilatura

    pages, html = load_pages(args.pages), load_html(args.html)
    settings = Settings()
    words = sum(len(d.raw.split()) for d in pages)

    def clean_all() -> None:
        for doc in pages:
            process(doc, settings)

    def trafilatura_all() -> None:
        for page in html:
            trafilatura.bare_extraction(page, include_comments=False, with_metadata=True)

    def ingest_all() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            ingest([str(args.pages)], Settings(db=Path(tmp) / "bench.db"))

    clean_all(), trafilatura_all()  # warm imports and caches before timing
    rows = [
        ("storyline clean + metadata (page dumps)", len(pages), best_of(args.repeat, clean_all)),
        ("storyline ingest into SQLite (page dumps)", len(pages), best_of(args.repeat, ingest_all)),
        ("trafilatura (same pages' HTML)", len(html), best_of(args.repeat, trafilatura_all)),
    ]
    report(rows, words)


def report(rows: list[tuple[str, int, float]], words: int) -> None:
    baseline = rows[-1][1] / rows[-1][2]
    table = Table(
        "task",
        "docs",
        "seconds",
        "docs/s",
        "ratio vs trafilatura",
        title="ingest benchmark (1 core)",
    )
    result = []
    for name, docs, seconds in rows:
        rate = docs / seconds
        table.add_row(name, str(docs), f"{seconds:.3f}", f"{rate:.1f}", f"{rate / baseline:.2f}")
        result.append(
            {
                "task": name,
                "docs": docs,
                "seconds": round(seconds, 4),
                "docs_per_s": round(rate, 1),
                "ratio_vs_trafilatura": round(rate / baseline, 2),
            }
        )
    save("ingest", table, result, page_words=words)


if __name__ == "__main__":
    main()
