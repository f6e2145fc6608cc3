"""What the repository holds, its authors wrote: no run of words in its code, tests, data or
README is copied from the shared evaluation texts (the seeds, realnews dev, the page dumps,
ECB+ and the PLOVER gold sentences). A rule or a test written around a sentence of a document
it is measured on is tuned to that document; fixtures are written in invented words."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from tests.conftest import shared_or_skip

RUN_WORDS = 9
"""Words in a row that two texts share only by copying. Names and official titles run to
eight ("the Islamic State of Iraq and the Levant"); no stock phrase of the news runs to nine."""

ROOT = Path(__file__).resolve().parent.parent
OWN_TEXT = ("src", "tests", "docs", "README.md", "Makefile", "bench")
SUFFIXES = frozenset({".py", ".toml", ".md", ".json", ".jsonl", ".txt", ".html", ".csv", ".tsv"})
_WORD = re.compile(r"[A-Za-z0-9']+")


def _runs(text: str) -> Iterator[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    for i in range(len(words) - RUN_WORDS + 1):
        yield " ".join(words[i : i + RUN_WORDS])


def _files(root: Path, suffixes: Iterable[str] | None = None) -> Iterator[Path]:
    if root.is_file():
        yield root
        return
    for path in sorted(root.rglob("*")):
        if path.is_file() and (suffixes is None or path.suffix in suffixes):
            yield path


def _shared_runs() -> dict[str, str]:
    """Every run of the shared texts, with the corpus it is from."""
    runs: dict[str, str] = {}

    def add(corpus: str, text: str) -> None:
        for run in _runs(text):
            runs.setdefault(run, corpus)

    for line in shared_or_skip("bench", "realnews", "dev", "docs.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        add("realnews", f"{record.get('title') or ''}\n{record.get('text') or ''}")
    for corpus, parts in (
        ("seeds", ("seeds",)),
        ("pagedump", ("bench", "pagedump", "dev", "gold")),
        ("ecbplus", ("bench", "ecbplus", "dev", "docs")),
    ):
        for path in _files(shared_or_skip(*parts)):
            add(corpus, path.read_text(encoding="utf-8", errors="ignore"))
    plover = shared_or_skip("bench", "plover", "gold_standard_records.json")
    add("plover", plover.read_text(encoding="utf-8", errors="ignore"))
    return runs


def test_no_run_of_words_is_copied_from_the_shared_texts() -> None:
    shared = _shared_runs()
    copied = []
    for part in OWN_TEXT:
        for path in _files(ROOT / part, SUFFIXES):
            if "results" in path.parts:
                continue  # benchmark output tables, written by the code
            text = path.read_text(encoding="utf-8", errors="ignore")
            copied += [
                f"{path.relative_to(ROOT)}: {run!r} ({shared[run]})"
                for run in dict.fromkeys(_runs(text))
                if run in shared
            ]
    assert not copied, "\n".join(copied[:40])
