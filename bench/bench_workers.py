"""Benchmark: `storyline ingest --workers N` end to end, beside spaCy alone on the same texts.

    python bench/bench_workers.py [--docs N] [--workers 1 2] [--ray 2] [--rounds 1] [--name workers]

The corpus mixes the shared dev sets: ECB+ texts, page dumps (boilerplate and all, cleaned by
the page-dump cascade) and realnews texts, written as JSON Lines records with a publication
day (:data:`PER_DAY` a day). Each text is used once as it is; the rest of the ``--docs``
records are made by joining thirds of three texts of alike length (:func:`mixed`), so that
few records copy another (copies are read once, and would make the run cheaper than real
input: 1.4 % of 10,000, 4.9 % of 50,000) while the words stay real news prose.

Each ingest runs as its own `storyline ingest` process (model loading, cleaning, parsing, event
reading, merging, all of it), timed by the wall clock; its peak memory is the largest sum of
the resident memory of the command and its workers, sampled every 0.2 s. ``--ray N`` adds runs
with ``--engine ray --workers N`` on the same texts, each starting its own local Ray with N
CPUs (its start and stop are part of the time, its processes part of the memory); skipped
when Ray is not installed. spaCy alone parses the clean article texts of the first run's
store with the plain pipeline, in this process, on one core, as its package ships it (on
blis) and loaded on numpy's BLAS as storyline loads it (the same parses, faster here); for
each worker count above one it also parses them split between that many processes at once
(each its share, the model loaded before the clock starts), which says how far this
machine's cores carry the stage that is most of an ingest: what `--workers N` against
`--workers 1` can be read against. Unlike
the other benches nothing else is pinned to one core: the point is to use them.
With ``--rounds N`` every run is made N times, the runs interleaved, and each one's fastest
kept (its peak memory the largest): on a shared machine, a burst of other work then slows a
round of every run, not all of one. The table is printed and written to
bench/results/NAME.json and bench/results/NAME.md (``--name``, default ``workers``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from common import ROOT, SHARED, pin_one_core, save
from rich.table import Table

BENCH = SHARED / "bench"
SAMPLE_S = 0.2
SEED = 12
"""Of the draw of the texts a record is joined from."""
NEIGHBOURS = 80
"""Texts nearest in length a record's first text, among which its other two are drawn."""
FIRST_DAY = dt.date(2024, 1, 1)
PER_DAY = 100
"""Records published a day: a crawler's day of news, so that 50,000 records span 500 days
(undated, every article would be compared with every other that shares a key term)."""


def base_texts() -> list[str]:
    """Every dev text: ECB+ documents, page dumps, realnews texts."""
    texts = [p.read_text("utf-8") for p in sorted((BENCH / "ecbplus/dev/docs").glob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted((BENCH / "pagedump/dev/pages").glob("*.txt"))]
    lines = (BENCH / "realnews/dev/docs.jsonl").read_text("utf-8").splitlines()
    texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return [t for t in texts if t.strip()]


def mixed(texts: list[str], count: int) -> list[str]:
    """``count`` texts: each base text once, then the first third of one joined to the middle
    third of a second and the last third of a third, the second and third drawn at random
    among the :data:`NEIGHBOURS` texts nearest the first in length.

    The dev sets hold near-copies (ECB+ gathers several reports of one happening, many of
    them one wire story). Joined halves of two texts copy the join of halves of their
    near-copies, and a third of a page dump of 1,000 words outweighs two thirds of ECB+
    texts of 100: records sharing it are copies (at least 0.7 of their word sequences
    shared), more of them the more records there are. Records of three thirds of alike
    lengths sharing two of them share about half their words."""
    out = list(texts[:count])
    order = sorted(range(len(texts)), key=lambda i: len(texts[i].split()))
    place = {index: position for position, index in enumerate(order)}
    seen, rng, k = set(out), random.Random(SEED), 0
    while len(out) < count:
        first = k % len(texts)
        k += 1
        near = order[max(0, place[first] - NEIGHBOURS // 2) :][:NEIGHBOURS]
        second, third = rng.choice(near), rng.choice(near)
        parts = _third(texts[first], 0) + _third(texts[second], 1) + _third(texts[third], 2)
        joined = "\n".join(parts)
        if len({first, second, third}) < 3 or joined in seen:
            continue
        seen.add(joined)
        out.append(joined)
    return out


def _third(text: str, which: int) -> list[str]:
    """The paragraphs of the ``which``-th third of the words of ``text`` (each paragraph in
    the third where it starts); cut between words where a third would hold no paragraph."""
    paragraphs = text.split("\n")
    total, start, parts = len(text.split()), 0, [[], [], []]
    for paragraph in paragraphs:
        parts[min(2, start * 3 // max(1, total))].append(paragraph)
        start += len(paragraph.split())
    if all(parts):
        return parts[which]
    words = text.split()
    return [" ".join(words[len(words) * which // 3 : len(words) * (which + 1) // 3])]


def write_corpus(folder: Path, count: int) -> Path:
    """The ``count`` records of :func:`mixed` as a crawler's JSON Lines, each with an id, an
    address and a publication day, :data:`PER_DAY` records a day from :data:`FIRST_DAY`."""
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n, text in enumerate(mixed(base_texts(), count)):
            day = FIRST_DAY + dt.timedelta(days=n // PER_DAY)
            record = {
                "id": f"w{n:05d}",
                "url": f"https://bench.example/{n}",
                "published": day.isoformat(),
                "text": text,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and every process under it (Linux /proc)."""
    return sum(process_rss(pid).values())


def process_rss(pid: int) -> dict[int, int]:
    """Resident bytes of ``pid`` and of each process under it, by process id (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = {}, [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    found[current] = int(line.split()[1]) * 1024
        except OSError:
            continue
    return found


def run_ingest(
    corpus: Path, db: Path, workers: int, engine: str = "processes"
) -> tuple[float, int, str]:
    """(wall seconds, peak tree RSS, summary) of one `storyline ingest` command."""
    env = {**os.environ, "STORYLINE_WORKERS": str(workers), "PYTHONPATH": str(ROOT / "src")}
    env["STORYLINE_ENGINE"] = engine
    code = "from storyline.cli import main; main()"
    args = [sys.executable, "-c", code, "ingest", str(corpus), "--db", str(db), "-q"]
    start, peak = time.perf_counter(), 0
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        time.sleep(SAMPLE_S)
    wall = time.perf_counter() - start
    _, stderr = proc.communicate()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"ingest --engine {engine} --workers {workers} failed:\n{stderr.decode()}")
    return wall, peak, stderr.decode().strip()


def stored_texts(db: Path) -> list[str]:
    """The clean article texts of a store, in its order."""
    with sqlite3.connect(db) as conn:
        return [t for (t,) in conn.execute("SELECT text FROM documents WHERE status = 'ok'")]


def spacy_alone(db: Path) -> tuple[int, float]:
    """(articles, seconds) for the plain spaCy pipeline over the stored article texts."""
    texts = stored_texts(db)
    return len(texts), parse_texts(texts, load_first=True)


def parse_texts(texts: list[str], *, load_first: bool = False, numpy_blas: bool = False) -> float:
    """Seconds the plain spaCy pipeline takes over ``texts`` in this process: the parse only
    (``load_first``: the model is loaded before the clock starts), or loading and parsing.
    ``numpy_blas``: the model loaded on numpy's BLAS, one thread, as storyline loads it
    (:data:`storyline.nlp.model.OPS`), not on thinc's default, blis."""
    from thinc.api import use_ops

    from storyline.nlp.model import MODEL_PACKAGE, OPS, one_blas_thread

    start = time.perf_counter()
    if numpy_blas:
        one_blas_thread()
        with use_ops(OPS, use_blis=False):
            nlp = importlib.import_module(MODEL_PACKAGE).load()
    else:
        nlp = importlib.import_module(MODEL_PACKAGE).load()
    nlp.max_length = max(nlp.max_length, max(map(len, texts), default=0) + 1)
    if load_first:
        start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.perf_counter() - start


def spacy_in_processes(db: Path, count: int) -> tuple[int, float]:
    """(articles, seconds) for the plain spaCy pipeline over the stored texts split between
    ``count`` processes, each parsing its share (every ``count``-th text) at once with the
    others: the slowest share's parse, the model loaded before its clock starts, as for one
    process. What this machine's cores give the stage that is most of an ingest."""
    import multiprocessing

    texts = stored_texts(db)
    shares = [texts[n::count] for n in range(count)]
    with multiprocessing.get_context("spawn").Pool(count) as pool:
        seconds = pool.map(partial(parse_texts, load_first=True), shares)
    return len(texts), max(seconds)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--ray", type=int, nargs="*", default=[2], help="Ray actors (CPUs)")
    parser.add_argument(
        "--rounds", type=int, default=1, help="interleaved rounds; each run's best is kept"
    )
    parser.add_argument("--name", default="workers", help="results file name")
    args = parser.parse_args()
    runs = [("processes", n) for n in args.workers]
    if args.ray and importlib.util.find_spec("ray") is None:
        print("Ray is not installed (pip install 'storyline[ray]'): no Ray rows")
    elif args.ray:
        runs += [("ray", n) for n in args.ray]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(Path(tmp), args.docs)
        best: dict[tuple[str, int], tuple[float, int, str]] = {}
        for _ in range(args.rounds):  # interleaved: a burst of load elsewhere hits every run
            for engine, workers in runs:
                db = Path(tmp) / f"{engine}-{workers}.db"
                db.unlink(missing_ok=True)
                wall, peak, summary = run_ingest(corpus, db, workers, engine)
                seen = best.get((engine, workers), (wall, 0, summary))
                best[engine, workers] = (min(wall, seen[0]), max(peak, seen[1]), summary)
        rows = [
            _row(engine, workers, args.docs, *best[engine, workers]) for engine, workers in runs
        ]
        first = Path(tmp) / f"{runs[0][0]}-{runs[0][1]}.db"
        for count in sorted({n for _, n in runs if n > 1}):
            # (before pinning: the processes must have every core the ingests had)
            articles, seconds = spacy_in_processes(first, count)
            rows.append(_spacy_row(f"spaCy alone ({count} processes at once)", articles, seconds))
        pin_one_core()
        articles, seconds = spacy_alone(first)
        rows.append(_spacy_row("spaCy alone (one process, same clean texts)", articles, seconds))
        texts = stored_texts(first)
        seconds = parse_texts(texts, load_first=True, numpy_blas=True)
        rows.append(_spacy_row("spaCy alone on numpy's BLAS (one process)", len(texts), seconds))
    report(rows, args.name, args.rounds)


def _spacy_row(run: str, articles: int, seconds: float) -> dict[str, object]:
    return {
        "run": run,
        "docs": articles,
        "seconds": round(seconds, 1),
        "docs_per_s": round(articles / seconds, 2),
        "peak_rss_mb": None,
        "summary": "",
    }


def _row(
    engine: str, workers: int, docs: int, wall: float, peak: int, summary: str
) -> dict[str, object]:
    flag = "--engine ray " if engine == "ray" else ""
    return {
        "run": f"storyline ingest {flag}--workers {workers}",
        "docs": docs,
        "seconds": round(wall, 1),
        "docs_per_s": round(docs / wall, 2),
        "peak_rss_mb": round(peak / 2**20),
        "summary": summary.splitlines()[0] if summary else "",
    }


def report(rows: list[dict[str, object]], name: str = "workers", rounds: int = 1) -> None:
    table = Table(title="ingest end to end with worker processes and Ray actors")
    for column in ("run", "docs", "seconds", "docs/s", "× first", "peak RSS MB"):
        table.add_column(column, justify="left" if column == "run" else "right")
    base = float(str(rows[0]["docs_per_s"]))
    for row in rows:
        rate = float(str(row["docs_per_s"]))
        rss = row["peak_rss_mb"]
        table.add_row(
            str(row["run"]),
            str(row["docs"]),
            str(row["seconds"]),
            f"{rate:.2f}",
            f"{rate / base:.2f}",
            "" if rss is None else str(rss),
        )
    load = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    best = f"best of {rounds} interleaved rounds; " if rounds > 1 else ""
    scaling = _spacy_scaling(rows)
    table.caption = (
        f"{best}{os.cpu_count()} cores; load average when done {load} (shared machine)"
        + "".join(f"; spaCy alone in {n} processes: {x:.2f}× one" for n, x in scaling.items())
    )
    save(
        name, table, rows, cores=os.cpu_count(), rounds=rounds, load_average_at_end=load,
        spacy_scaling={str(n): round(x, 2) for n, x in scaling.items()},
    )  # fmt: skip


def _spacy_scaling(rows: list[dict[str, object]]) -> dict[int, float]:
    """How many times faster spaCy alone parsed the texts in N processes than in one."""
    seconds = {str(row["run"]): float(str(row["seconds"])) for row in rows}
    one = seconds.get("spaCy alone (one process, same clean texts)")
    found = {}
    for run, value in seconds.items():
        if one and run.startswith("spaCy alone (") and run.endswith(" processes at once)"):
            found[int(run.split("(")[1].split()[0])] = one / value
    return found


if __name__ == "__main__":
    main()
