"""The ``storyline`` command: parses arguments, calls the library, prints with Rich.

Exit status: 0 when every input was taken, 1 when some were rejected, 2 on usage errors, 3 on
an internal error (a bug: the trace is printed with where to report it; what was committed
stays). Everything printed that comes from inputs (names, titles, paths, sentences) goes
through :func:`safe`: no Rich markup, emoji code or terminal escape sequence in scraped text
ever takes effect.

Only ``ingest`` and ``reprocess`` write, holding the store's write lock, and they leave the
store complete (:func:`_catch_up`). Every other command opens it read-only (:func:`_reading`).
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO, cast

import typer
from rich.console import Console
from rich.markup import escape

from storyline.config import DEFAULT_MAX_BYTES, Settings
from storyline.errors import Code, StorylineError, UsageError
from storyline.ingest.validate import valid_line, valid_text
from storyline.records import METADATA_FIELDS, Actor, Event, Status, StoredDocument
from storyline.wording import described, plural

if TYPE_CHECKING:
    import socket

    from rich.progress import Progress
    from rich.table import Table

    from storyline.ingest.workers import Pool
    from storyline.store import Store
    from storyline.store.export import ExportFormat
    from storyline.timeline import Filter

app = typer.Typer(
    help="storyline: raw news pages in, clean dated articles and events out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
export_app = typer.Typer(help="Write what the store holds to a file.", no_args_is_help=True)
app.add_typer(export_app, name="export")


def _print_version(wanted: bool) -> None:
    """``storyline --version``: the installed package's version, then exit."""
    if not wanted:
        return
    from importlib.metadata import PackageNotFoundError, version

    try:
        number = version("storyline")
    except PackageNotFoundError:
        number = "unknown (the package is not installed)"
    sys.stdout.write(f"storyline {number}\n")
    raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Print the version and exit.", is_eager=True, callback=_print_version
        ),
    ] = False,
) -> None:
    """Options of ``storyline`` itself, before the command."""


PIPED_WIDTH = 120
"""The width of what is printed to a pipe or a file when ``COLUMNS`` does not give one. Rich
would take 80, where the ``events`` table cuts evidence into ten-character pieces and ``docs``
folds each name over four lines; 120 holds a name whole beside its title, and a sentence of
evidence in a few lines."""


def out() -> Console:
    """A console on stdout, made per call so it sees the terminal (and COLUMNS) of this run:
    a terminal's own width, else ``COLUMNS``, else :data:`PIPED_WIDTH`."""
    console = Console(emoji=False, highlight=False)
    if console.is_terminal or os.environ.get("COLUMNS"):
        return console
    return Console(emoji=False, highlight=False, width=PIPED_WIDTH)


def err() -> Console:
    """A console on stderr for progress, summaries and errors (stdout stays pipeable)."""
    return Console(stderr=True, emoji=False, highlight=False)


def safe(value: object) -> str:
    """A value from the inputs, fit to print on one line: markup escaped, controls removed."""
    return escape(valid_line(str(value if value is not None else "")))


def safe_text(value: str) -> str:
    """Like :func:`safe`, for text whose line breaks are kept (a sentence, an article)."""
    return escape(valid_text(value)[0])


EXIT_REJECTED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
STDOUT = "-"
"""The ``-o`` that means standard output."""
MAX_LIMIT = 2**63 - 1
"""The largest ``--limit`` SQLite can take."""
REPORT_BUGS = (
    "This is a bug in storyline. Please report it to the storyline maintainers (the project's "
    "issue tracker) with the command you ran and the trace above. Everything committed before "
    "the error is kept in the store; running the command again goes on from there."
)


def _fail(error: StorylineError) -> typer.Exit:
    """Print ``error`` as one line (``error E001 usage error: …``) and give the exit to raise."""
    err().print(f"[red]error[/red] {safe_text(error.message)}", highlight=False, soft_wrap=True)
    return typer.Exit(EXIT_USAGE)


@contextmanager
def _writing_to(output: str) -> Iterator[None]:
    """Turn a failure to write ``output`` (permission denied, disk full) into a usage error."""
    try:
        yield
    except BrokenPipeError:
        # "storyline export events | head": the reader has what it wanted; stop quietly, as
        # Python's documentation advises (the interpreter's own flush would fail again)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(0) from None
    except OSError as error:
        raise _fail(UsageError(f"cannot write {output}: {error.strerror or error}")) from error


def _check_output(output: str) -> str:
    """``output``, checked before any work (the ``-o`` options' callback): not a folder, nor a
    file in a folder that does not exist (writing it would fail only at the end)."""
    if output == STDOUT:
        return output
    path = Path(output)
    with _writing_to(output):
        if path.is_dir():
            raise _fail(UsageError(f"cannot write {output}: it is a folder; give a file name"))
        if not path.parent.is_dir():
            why = "is not a folder" if path.parent.exists() else "does not exist"
            raise _fail(UsageError(f"cannot write {output}: the folder {path.parent} {why}"))
    return output


def _check_actors(actors: Path | None) -> Path | None:
    """``actors``, checked before any work (the ``--actors`` callback): a readable,
    well-formed TOML file (the store would otherwise remember a file it cannot read)."""
    if actors is None:
        return None
    from storyline.actors import load_user_actors

    try:
        load_user_actors(actors)
    except StorylineError as error:
        raise _fail(error) from error
    return actors


DbOption = Annotated[
    Path | None,
    typer.Option("--db", envvar="STORYLINE_DB", help="Database file (default ./storyline.db)."),
]
ActorsOption = Annotated[
    Path | None,
    typer.Option(
        "--actors",
        help="TOML file of extra actor aliases and role holders (kept for later runs).",
        callback=_check_actors,
    ),
]
ReadActorsOption = Annotated[
    Path | None,
    typer.Option(
        "--actors",
        help="Check that the store's events were read with this actors file (TOML); "
        "`storyline reprocess --actors FILE` reads them with another one.",
        callback=_check_actors,
    ),
]


WorkersOption = Annotated[
    int | None,
    typer.Option(
        help="Worker processes (or Ray actors) that clean, parse and read events "
        "(default: the machine's cores, or the Ray cluster's CPUs; 1 without Ray: all in "
        "this process).",
        envvar="STORYLINE_WORKERS",
        min=1,
        show_default=False,
    ),
]


EngineOption = Annotated[
    str,
    typer.Option(
        help="Where the workers run: processes (on this machine) or ray (actors on Ray: "
        "a local Ray, or the cluster at --ray-address; pip install 'storyline\\[ray]').",
        envvar="STORYLINE_ENGINE",
    ),
]
RayAddressOption = Annotated[
    str | None,
    typer.Option(
        help="With --engine ray: the Ray cluster to join (auto, or HOST:PORT of its head); "
        "default: a local Ray started for the command.",
        envvar="STORYLINE_RAY_ADDRESS",
        show_default=False,
    ),
]
ENGINES = ("processes", "ray")


def _workers(
    count: int | None,
    engine: str = "processes",
    address: str | None = None,
    address_from_env: bool = False,
) -> Pool:
    """The workers of a writing command (started on first use, stopped on exit): processes
    on this machine, or actors on Ray (the cores of the machine or of the cluster by
    default). Checked before any work: an unknown engine, an address without Ray, Ray not
    installed are usage errors."""
    engine = engine.lower()
    if engine not in ENGINES:
        raise _fail(UsageError(f"--engine must be processes or ray, not {engine!r}"))
    if engine != "ray":
        if address and not address_from_env:
            raise _fail(UsageError("--ray-address is for --engine ray"))
        # STORYLINE_RAY_ADDRESS exported for Ray runs does not stop a run on this machine
        from storyline.ingest.workers import Workers

        return Workers(count or os.cpu_count() or 1)
    from storyline.scale.ray_engine import RayWorkers

    try:
        return RayWorkers(count, address or None)
    except StorylineError as error:
        raise _fail(error) from error


def _from_environment(ctx: typer.Context, parameter: str) -> bool:
    """Whether the command's ``parameter`` came from its environment variable."""
    source = ctx.get_parameter_source(parameter)
    return getattr(source, "name", "") == "ENVIRONMENT"


def _settings(db: Path | None, max_bytes: int | None = None) -> Settings:
    return Settings.from_env(db=db, max_bytes=max_bytes)


def _existing_db(db: Path | None) -> Path:
    path = _settings(db).db
    if not path.exists():
        raise _fail(UsageError(f"no database at {path}; run `storyline ingest` first or give --db"))
    return path


def _reading(db: Path | None, actors: Path | None = None, *, note: bool = True) -> Store:
    """The store, opened read-only (SQLite ``mode=ro``): a read command never writes, so it
    never waits for a writing one either and shows the store as it is (each transaction
    whole). ``actors``, when given, must be the actors file the store's events were read
    with. ``note``: on a store ``ingest`` or ``reprocess`` left behind, print one line on
    what is stale and which command brings it up to date (:mod:`storyline.merge.stale`).

    Raises :class:`StorylineError`; the caller closes the store (``with``)."""
    from storyline.merge.stale import Staleness, check_actors, staleness
    from storyline.store.reader import open_read_only

    path = _existing_db(db)
    store = open_read_only(path)
    try:
        stale = staleness(store) if note or actors else Staleness(store.schema_version())
        if not stale.readable:
            raise stale.unreadable(path)
        if actors is not None:
            check_actors(store, actors)
    except BaseException:
        store.close()
        raise
    line = stale.note(path) if note else None
    if line:
        err().print(f"[yellow]note[/yellow]: {safe(line)}", highlight=False, soft_wrap=True)
    return store


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs; '-' reads stdin.")],
    db: DbOption = None,
    max_bytes: Annotated[
        int, typer.Option(help="Reject inputs larger than this many bytes.", min=1)
    ] = DEFAULT_MAX_BYTES,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    events: Annotated[
        bool, typer.Option("--events/--no-events", help="Extract events from new articles.")
    ] = True,
    actors: ActorsOption = None,
    workers: WorkersOption = None,
    engine: EngineOption = "processes",
    ray_address: RayAddressOption = None,
) -> None:
    """Read news pages (page dumps, HTML, JSON Lines) into the store, then their events."""
    settings = _settings(db, max_bytes)
    progress = _progress("ingest", quiet=quiet, described=True)
    engine_pool = _workers(workers, engine, ray_address, _from_environment(ctx, "ray_address"))
    with _writing(settings), engine_pool as pool:
        _ingest_locked(paths, settings, progress, pool, events=events, actors=actors, quiet=quiet)


def _ingest_locked(
    paths: list[str],
    settings: Settings,
    progress: Progress,
    pool: Pool,
    *,
    events: bool,
    actors: Path | None,
    quiet: bool,
) -> None:
    from storyline.ingest.pipeline import ingest as run_ingest

    try:
        with progress:
            task = progress.add_task("", total=None)

            def advance(item: object, index: int, total: int) -> None:
                name = safe(str(getattr(item, "source", ""))[-50:])
                progress.update(task, completed=index, total=total, description=name)

            summary = run_ingest(
                paths, settings, stdin=sys.stdin.buffer, on_file=advance, workers=pool
            )
            progress.update(task, completed=progress.tasks[0].total)
    except StorylineError as error:
        raise _fail(error) from error
    _print_summary(summary.counts, summary.rejections, settings.db)
    if events:
        try:
            _catch_up(settings, actors, quiet=quiet, workers=pool)
        except StorylineError as error:
            raise _fail(error) from error
    if not summary.all_taken:
        raise typer.Exit(EXIT_REJECTED)


INGEST_OUTCOMES = ("ingested", "updated", "unchanged", "rejected")
REPROCESS_OUTCOMES = ("updated", "unchanged", "skipped", "rejected")


def _print_summary(
    counts: dict[str, int],
    rejections: list[tuple[str, str]],
    db: Path,
    outcomes: tuple[str, ...] = INGEST_OUTCOMES,
) -> None:
    counts = {**counts, "rejected": len(rejections)}
    parts = [f"{counts.get(k, 0)} {k}" for k in outcomes]
    err().print(f"{', '.join(parts)} -> {safe(db)}", highlight=False)
    for source, reason in rejections:
        line = f"  [yellow]{safe(source)}[/yellow]: {safe(reason)}"
        err().print(line, highlight=False, soft_wrap=True)


@app.command()
def reprocess(
    ctx: typer.Context,
    refs: Annotated[
        list[str] | None, typer.Argument(help="Documents to re-read (default: all).")
    ] = None,
    db: DbOption = None,
    actors: ActorsOption = None,
    workers: WorkersOption = None,
    engine: EngineOption = "processes",
    ray_address: RayAddressOption = None,
) -> None:
    """Re-read stored documents from their raw bytes with this version's cleaning, then read
    events and merge them: the store is left up to date."""
    from storyline.ingest.pipeline import reprocess as run_reprocess

    settings = _settings(db)
    _existing_db(db)
    engine_pool = _workers(workers, engine, ray_address, _from_environment(ctx, "ray_address"))
    with _writing(settings), engine_pool as pool:
        try:
            refs = [valid_line(ref) for ref in refs or []]
            summary = run_reprocess(settings, refs, workers=pool)
        except StorylineError as error:
            raise _fail(error) from error
        _print_summary(summary.counts, summary.rejections, settings.db, REPROCESS_OUTCOMES)
        try:
            _catch_up(settings, actors, quiet=False, workers=pool)
        except StorylineError as error:
            raise _fail(error) from error
    if not summary.all_taken:
        raise typer.Exit(EXIT_REJECTED)


@app.command()
def docs(
    db: DbOption = None,
    status: Annotated[str, typer.Option(help="ok, rejected or all.", case_sensitive=False)] = "all",
    search: Annotated[
        str | None,
        typer.Option(
            help='Words to find, all of them; "..." for a phrase, a trailing * for a prefix.'
        ),
    ] = None,
    limit: Annotated[
        int | None, typer.Option(help="Show at most this many.", min=1, max=MAX_LIMIT)
    ] = None,
) -> None:
    """List the documents in the store."""
    if status not in ("ok", "rejected", "all"):
        raise _fail(UsageError(f"--status must be ok, rejected or all, not {status!r}"))
    if search is not None and not _searchable(search):
        return
    try:
        with _reading(db, note=False) as store:
            if search:
                query = valid_line(search)
                rows = store.search(query, limit=limit or SEARCH_LIMIT)
                total = store.search_count(query)
            else:
                wanted = None if status == "all" else cast(Status, status)
                rows = list(store.documents(status=wanted, limit=limit))
                counts = store.counts()
                total = sum(counts.values()) if wanted is None else counts.get(wanted, 0)
    except StorylineError as error:
        raise _fail(error) from error
    console = out()
    console.print(_docs_table(rows, console.width, total))


SEARCH_LIMIT = 50
"""How many documents ``docs --search`` lists without ``--limit`` (best first)."""


def _shown_of(shown: int, total: int, noun: str) -> str:
    """``3 documents``, or ``50 of 87 documents (use --limit)`` when a limit cut the list."""
    if shown >= total:
        return plural(shown, noun)
    return f"{shown} of {plural(total, noun)} (use --limit to see more)"


def _searchable(query: str) -> bool:
    """Whether ``query`` has a word to search for; if not, say so (a query of punctuation or
    operators alone finds nothing: it is not a search for everything)."""
    from storyline.store.search import searchable

    if searchable(valid_line(query)):
        return True
    line = f"nothing to search for: {safe(repr(query))} holds no word; no document is listed"
    err().print(f"[yellow]note[/yellow]: {line}", highlight=False, soft_wrap=True)
    return False


DOCS_FIXED_WIDTH = 10 + 5 + 8 + 2 * 6
"""What the docs table's published, words and status columns take, with every column's
padding; the rest is shared by name, outlet and title."""
MAX_OUTLET_WIDTH = 24
MIN_TITLE_WIDTH = 16


def _docs_table(rows: list[StoredDocument], width: int, total: int) -> Table:
    """One line per document where the terminal allows: titles are cut to what is left. A
    rejected input shows ``rejected`` and, in place of its title, its reason (cut the same
    way; ``storyline show`` gives it whole)."""
    from rich.table import Table

    room = max(width - DOCS_FIXED_WIDTH, 3 * MIN_TITLE_WIDTH)
    outlets = max([len("outlet"), *(len(r.meta.outlet.value or "") for r in rows)])
    outlet_width = min(MAX_OUTLET_WIDTH, max(8, room // 6), outlets)
    titles = max(
        [len("title"), *(len(r.meta.title.value or r.rejected_reason or "") for r in rows)]
    )
    titles = min(MIN_TITLE_WIDTH, titles)
    longest = max((len(r.doc) for r in rows), default=0)
    # A name is what `show` and `events` take: it gets the room first, whole on its line
    # where it fits beside a short title, else folded over lines rather than cut.
    doc_width = max(8, min(longest, room - outlet_width - titles))
    title_width = max(titles, room - doc_width - outlet_width)
    table = Table(box=None, caption=_shown_of(len(rows), total, "document"))
    table.add_column("doc", overflow="fold", width=doc_width)
    table.add_column("outlet", overflow="ellipsis", no_wrap=True, max_width=outlet_width)
    table.add_column("published", no_wrap=True, min_width=10)
    table.add_column("title", overflow="ellipsis", no_wrap=True, max_width=title_width)
    table.add_column("words", justify="right", no_wrap=True)
    table.add_column("status", no_wrap=True)
    for row in rows:
        ok = row.status == "ok"
        table.add_row(
            safe(row.doc),
            safe(row.meta.outlet.value),
            safe(row.meta.published.value),
            safe(row.meta.title.value) if ok else f"[red]{safe(row.rejected_reason)}[/red]",
            str(row.words) if ok else "",
            row.status if ok else "[red]rejected[/red]",
        )
    return table


@app.command()
def show(
    doc: Annotated[str, typer.Argument(help="Document name, id or id prefix.")],
    db: DbOption = None,
    raw: Annotated[
        bool,
        typer.Option("--raw", help="Print the raw input, byte-exact when piped or redirected."),
    ] = False,
) -> None:
    """Show one document: clean text and metadata (with each field's basis), or its raw input."""
    try:
        with _reading(db, note=False) as store:
            row = store.get(valid_line(doc))
            data = store.raw(row.id) if raw else None
            sources = store.sources(row.id)
    except StorylineError as error:
        raise _fail(error) from error
    if raw:
        _write_raw(data or b"")
        return
    _print_document(row, sources)


def _write_raw(data: bytes) -> None:
    """The raw bytes, exactly, to a pipe or file; to a terminal, as text without the control
    characters and escape sequences a scraped page may hold (they would drive the terminal)."""
    if not sys.stdout.isatty():
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    text, removed = valid_text(data.decode("utf-8", errors="replace"))
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if removed or "\ufffd" in text:
        note = "not shown byte-exact on a terminal: redirect to a file for the exact bytes"
        err().print(f"({removed} control characters removed; {note})", highlight=False)


def _print_document(row: StoredDocument, sources: list[str]) -> None:
    from rich.table import Table

    table = Table("field", "value", "basis", box=None, show_header=False)
    table.add_row("doc", safe(row.doc), "")
    table.add_row("id", row.id, "")
    table.add_row("source", "\n".join(map(safe, sources or [row.source])), "")
    reason = f": {safe(row.rejected_reason)}" if row.rejected_reason else ""
    table.add_row("status", row.status + reason, "")
    for name in METADATA_FIELDS:
        value = getattr(row.meta, name)
        table.add_row(name, safe(value.value) or "[dim]unknown[/dim]", value.basis or "")
    table.add_row("words", str(row.words), "")
    if row.notes:
        table.add_row("notes", "\n".join(map(safe, row.notes.splitlines())), "")
    out().print(table)
    if row.text:
        out().rule()
        out().print(valid_text(row.text)[0], highlight=False, markup=False)


EXPORT_FORMATS = ("jsonl", "csv", "parquet")
EXPORT_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
TIMELINE_SUFFIXES = {
    ".txt": "text",
    ".md": "md",
    ".markdown": "md",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
}
SERIES_SUFFIXES = {".csv": "csv"}
FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help="jsonl, csv or parquet (default: from the -o file's extension; jsonl on stdout).",
        show_default=False,
    ),
]
OutputOption = Annotated[
    str,
    typer.Option("--output", "-o", help="File to write; '-' is stdout.", callback=_check_output),
]


def _format_of(fmt: str | None, output: str, suffixes: dict[str, str], default: str) -> str:
    """The format to write: ``--format`` when given, else the one the extension of ``output``
    names, ``default`` on standard output. An extension that names no format is an error
    rather than a guess (JSON Lines written to ``d.csv`` was one)."""
    if fmt is not None:
        return fmt
    if output == STDOUT:
        return default
    found = suffixes.get(Path(output).suffix.lower())
    if found is None:
        known = ", ".join(suffixes)
        raise _fail(
            UsageError(
                f"cannot tell which format to write to {output} from its extension: "
                f"give --format, or name the file {known}"
            )
        )
    return found


def _export_target(fmt: str | None, output: str) -> tuple[ExportFormat, TextIO | Path]:
    """Check the format and output of an export; stdout stands for '-'."""
    fmt = _format_of(fmt, output, EXPORT_SUFFIXES, "jsonl")
    if fmt not in EXPORT_FORMATS:
        raise _fail(UsageError(f"--format must be jsonl, csv or parquet, not {fmt!r}"))
    if fmt == "parquet" and output == "-":
        raise _fail(UsageError("parquet needs a file: give -o FILE"))
    return cast("ExportFormat", fmt), sys.stdout if output == "-" else Path(output)


@export_app.command("docs")
def export_docs_command(
    fmt: FormatOption = None, output: OutputOption = "-", db: DbOption = None
) -> None:
    """Export every document (articles and rejections) with its metadata and clean text."""
    from storyline.store import export_docs

    kind, target = _export_target(fmt, output)
    try:
        with _reading(db) as store, _writing_to(output):
            count = export_docs(store, kind, target)
    except StorylineError as error:
        raise _fail(error) from error
    if output != "-":
        err().print(f"{plural(count, 'document')} -> {safe(output)}", highlight=False)


@export_app.command("events")
def export_events_command(
    fmt: FormatOption = None,
    output: OutputOption = "-",
    db: DbOption = None,
    actors: ReadActorsOption = None,
) -> None:
    """Export every event, merged across reports: type, PLOVER code, date, place, actors with
    roles, topics, every report's evidence, outlets and disagreements."""
    from storyline.store import export_events

    kind, target = _export_target(fmt, output)
    try:
        with _reading(db, actors) as store:
            rows = [event.export_row() for event in store.merged()]
        with _writing_to(output):
            count = export_events(rows, kind, target)
    except StorylineError as error:
        raise _fail(error) from error
    if output != "-":
        err().print(f"{plural(count, 'event')} -> {safe(output)}", highlight=False)


@export_app.command("reports")
def export_reports_command(
    fmt: FormatOption = None,
    output: OutputOption = "-",
    db: DbOption = None,
    actors: ReadActorsOption = None,
) -> None:
    """Export every event as each article reports it (before merging across articles)."""
    from storyline.merge.run import reported_events
    from storyline.store import export_events

    kind, target = _export_target(fmt, output)
    try:
        with _reading(db, actors) as store:
            rows = [event.export_row() for event in reported_events(store)]
        with _writing_to(output):
            count = export_events(rows, kind, target, reports=True)
    except StorylineError as error:
        raise _fail(error) from error
    if output != "-":
        err().print(f"{plural(count, 'reported event')} -> {safe(output)}", highlight=False)


@app.command()
def events(
    doc: Annotated[
        str | None, typer.Argument(help="Only this document (name, id or prefix).")
    ] = None,
    db: DbOption = None,
    actors: ReadActorsOption = None,
) -> None:
    """List the events each article reports: date, type, who (with roles), where, evidence."""
    from storyline.merge.run import reported_events

    try:
        with _reading(db, actors) as store:
            chosen = store.get(valid_line(doc)) if doc else None
            found = reported_events(store, chosen.id if chosen else None)
            # the skip notes of the article asked for only, or of all when none is
            skipped = [(n, r) for n, r in store.skipped() if chosen is None or n == chosen.doc]
    except StorylineError as error:
        raise _fail(error) from error
    console = out()
    console.print(_events_table(found))
    for name, reason in skipped:
        err().print(f"  [yellow]{safe(name)}[/yellow]: skipped, {safe(reason)}", highlight=False)


UNDATED = "undated"
"""What the date column says of an event no report dates (as the timeline does)."""


def _events_table(found: list[Event]) -> Table:
    from rich.table import Table

    table = Table(box=None, caption=plural(len(found), "event"), show_lines=True, expand=True)
    # The evidence takes the most room and the rest give way to it: a narrow terminal wraps
    # names and places rather than cutting the sentence into ten-character pieces.
    table.add_column("date", no_wrap=True)
    table.add_column("type", max_width=12)
    table.add_column("who", ratio=2, min_width=14)
    table.add_column("where", max_width=10)
    table.add_column("evidence", ratio=3, overflow="fold")
    for event in found:
        date = event.date.value or UNDATED
        kind = event.type + ("\n(background)" if event.background else "")
        who = "\n".join(safe(_actor_label(a)) for a in event.actors)
        place = safe(event.location.name) if event.location else ""
        first = event.sources[0] if event.sources else None
        evidence = f"[dim]{safe(first.doc)}[/dim]\n{safe(_clip(first.sentence))}" if first else ""
        table.add_row(safe(date), safe(kind), who, place, evidence)
    return table


EVIDENCE_CHARS = 160


def _clip(text: str) -> str:
    """A sentence cut to a table cell, between words; the export and `show` keep it whole."""
    if len(text) <= EVIDENCE_CHARS:
        return text
    cut = text[: EVIDENCE_CHARS - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def _actor_label(actor: Actor) -> str:
    """The name with what the actor is and whose, leaving out what the name already says
    ("government of Iraq", not "government of Iraq (government)")."""
    role = ", ".join(described(actor.name, actor.role, actor.org))
    return f"{actor.name} ({role})" if role else actor.name


TIMELINE_FORMATS = ("text", "md", "json", "html")


def _check_pair(pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """``--pair``, checked as it is parsed: it takes the next two words whatever they are, so
    ``--pair Iraq --db x`` would read ``--db`` as a name and ``x`` as a stray argument."""
    if pair is None:
        return None
    option = next((name for name in pair if name.startswith("-") and len(name) > 1), None)
    if option is not None:
        names = pair[: pair.index(option)]
        got = f"only {names[0]!r}" if names else "no name"
        raise _fail(
            UsageError(f"--pair takes two names, as in --pair Iraq NATO; got {got} before {option}")
        )
    return pair


@app.command()
def timeline(
    actor: Annotated[
        str | None,
        typer.Option("--actor", help="Only events this person, state or body took part in."),
    ] = None,
    pair: Annotated[
        tuple[str, str] | None,
        typer.Option(
            "--pair",
            help="Only events with both of these two actors.",
            show_default=False,
            callback=_check_pair,
        ),
    ] = None,
    topic: Annotated[
        str | None,
        typer.Option("--topic", help="Only events whose topics or evidence mention this."),
    ] = None,
    start: Annotated[
        str | None, typer.Option("--from", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    ] = None,
    end: Annotated[str | None, typer.Option("--to", help="Up to this date, inclusive.")] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="text, md, json or html (default: from the -o file's extension; text on stdout).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        str,
        typer.Option(
            "--output", "-o", help="File to write; '-' is stdout.", callback=_check_output
        ),
    ] = "-",
    db: DbOption = None,
    actors: ReadActorsOption = None,
) -> None:
    """One line per event, in date order: date, type, who (with roles), where, what, reports."""
    from storyline.timeline import Filter, parse_bound, render
    from storyline.timeline.load import timeline as timeline_of

    fmt = _format_of(fmt, output, TIMELINE_SUFFIXES, "text")
    if fmt not in TIMELINE_FORMATS:
        raise _fail(
            UsageError(f"--format must be one of {', '.join(TIMELINE_FORMATS)}, not {fmt!r}")
        )
    try:
        pair = (valid_line(pair[0]), valid_line(pair[1])) if pair else None
        actor, topic = (
            (valid_line(actor) if actor else None),
            (valid_line(topic) if topic else None),
        )
        flt = Filter(actor, pair, topic, start and parse_bound(start), end and parse_bound(end))
    except ValueError as error:
        raise _fail(UsageError(str(error))) from error
    try:
        with _reading(db, actors) as store:
            found = timeline_of(store, flt)
    except (StorylineError, ValueError) as error:
        raise _fail(
            error if isinstance(error, StorylineError) else UsageError(str(error))
        ) from error
    shown = found.events
    _write_text(render(shown, fmt, title=_timeline_title(flt)), output)
    if output != "-":
        err().print(f"{plural(len(shown), 'event')} -> {safe(output)}", highlight=False)
    if found.undated_left_out:
        err().print(_undated_note(found.undated_left_out), highlight=False)
    for name in found.unknown:
        err().print(f"no participant of any event is named {safe(name)!r}", highlight=False)


def _undated_note(count: int) -> str:
    undated = plural(count, "undated event")
    return f"{undated} left out: --from/--to keep only events dated in the range"


def _timeline_title(flt: Filter) -> str:
    parts = []
    if flt.pair:
        parts.append(f"{flt.pair[0]} and {flt.pair[1]}")
    elif flt.actor:
        parts.append(flt.actor)
    if flt.topic:
        parts.append(f"on {flt.topic!r}")
    if flt.start or flt.end:
        parts.append(f"{flt.start or '…'} to {flt.end or '…'}")
    return "Timeline: " + (", ".join(parts) if parts else "all events")


@app.command()
def report(
    output: Annotated[
        str, typer.Option("--output", "-o", help="HTML file to write.", callback=_check_output)
    ] = "report.html",
    title: Annotated[
        str, typer.Option("--title", help="Heading of the report.")
    ] = "storyline report",
    db: DbOption = None,
    actors: ReadActorsOption = None,
) -> None:
    """Write the whole corpus as one self-contained HTML report: chart, timeline, evidence."""
    from storyline.timeline import render_report

    if output != "-" and Path(output).suffix.lower() not in (".html", ".htm"):
        raise _fail(UsageError(f"the report is HTML: give -o a file ending in .html, not {output}"))
    try:
        with _reading(db, actors) as store:
            events = store.merged()
            documents = store.counts().get("ok", 0)
    except StorylineError as error:
        raise _fail(error) from error
    _write_text(render_report(events, title=title, documents=documents), output)
    line = f"{plural(len(events), 'event')} from {plural(documents, 'document')} -> {safe(output)}"
    err().print(line, highlight=False)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (only this machine by default).")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", help="Port to listen on.", min=1, max=65535)
    ] = 8000,
) -> None:
    """Browse the store in a web browser, read-only: timeline, events, actors, documents,
    search, and a JSON API (see /docs)."""
    path = _existing_db(db)
    try:
        import uvicorn

        from storyline.web import create_app

        web = create_app(path)
    except StorylineError as error:
        raise _fail(error) from error
    shown = f"[{host}]" if ":" in host else host
    listening = _listen(host, port, f"{shown}:{port}")
    out().print(
        f"storyline: {safe(path)} read-only at http://{safe(shown)}:{port}/ (Ctrl-C stops)",
        highlight=False,
        soft_wrap=True,
    )
    server = uvicorn.Server(uvicorn.Config(web, host=host, port=port, log_level="warning"))
    server.run(sockets=[listening])


def _listen(host: str, port: int, shown: str) -> socket.socket:
    """A socket bound to ``host``:``port`` for the server, as Uvicorn binds one. It is bound
    before the URL is printed, so a port in use (or an address this machine does not have) is
    one usage error rather than a URL that never answers and a trace."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listening = socket.socket(family, socket.SOCK_STREAM)
    listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listening.bind((host, port))
    except OSError as error:
        listening.close()
        why = (error.strerror or str(error)).lower()
        raise _fail(
            UsageError(f"cannot listen on {shown}: {why}; give another --port or --host")
        ) from error
    listening.set_inheritable(True)
    return listening


@export_app.command("series")
def export_series_command(
    fmt: Annotated[
        str | None,
        typer.Option("--format", "-f", help="csv (the only format).", show_default=False),
    ] = None,
    output: OutputOption = "-",
    db: DbOption = None,
    actors: ReadActorsOption = None,
) -> None:
    """Events per month by PLOVER type and by pair of actors, with cooperation/conflict."""
    from storyline.timeline import left_out, series, write_csv

    if _format_of(fmt, output, SERIES_SUFFIXES, "csv") != "csv":
        raise _fail(UsageError(f"--format must be csv, not {fmt!r}"))
    try:
        with _reading(db, actors) as store:
            events = store.merged()
    except StorylineError as error:
        raise _fail(error) from error
    with _open_output(output) as stream:
        count = write_csv(series(events), stream)
    skipped = len(left_out(events))
    left = plural(skipped, "event")
    note = f" ({left} dated only to the year, or undated, left out)" if skipped else ""
    err().print(f"{plural(count, 'row')} -> {safe(output)}{note}", highlight=False)


def _write_text(text: str, output: str) -> None:
    """Write a rendered timeline or report; control characters an old store may still hold
    (the ingest removes them now) never reach a terminal or a file."""
    text = valid_text(text)[0]
    with _open_output(output) as stream:
        stream.write(text if text.endswith("\n") else text + "\n")


@contextmanager
def _open_output(output: str) -> Iterator[TextIO]:
    if output == "-":
        yield sys.stdout
        return
    try:
        with open(output, "w", encoding="utf-8", newline="") as stream:
            yield stream
    except OSError as error:
        raise _fail(UsageError(f"cannot write {output}: {error.strerror}")) from error


@contextmanager
def _writing(settings: Settings) -> Iterator[None]:
    """Hold the store's write lock for a writing command (a second one waits, saying so)."""
    from storyline.store.lock import writing

    def waiting(why: str) -> None:
        err().print(f"{safe(why)} ...", highlight=False)

    try:
        with writing(settings.db, on_wait=waiting):
            yield
    except StorylineError as error:
        raise _fail(error) from error


def _progress(label: str, *, quiet: bool, described: bool = False) -> Progress:
    """A progress bar on stderr, shown only on a terminal (rich.progress is loaded here, by
    the commands that may show one)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    console = err()
    columns = [TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    if described:
        columns.append(TextColumn("{task.description}"))
    return Progress(
        *columns, console=console, disable=quiet or not console.is_terminal, transient=True
    )


def _catch_up(
    settings: Settings, actors: Path | None, *, quiet: bool, workers: Pool | None = None
) -> None:
    """Bring the store up to date at the end of ``ingest`` and ``reprocess`` (the caller
    holds the write lock): find copies, read events from articles the extractor has not read
    with the settings in force, then merge new reports into events. Read commands never do
    this: they only say what is left (:func:`_reading`)."""
    from storyline.merge.run import catch_up

    console = err()
    progress = _progress("events", quiet=quiet)
    with progress:
        task = progress.add_task("", total=None)

        def advance(_: str, index: int, total: int) -> None:
            progress.update(task, completed=index + 1, total=total)

        done = catch_up(settings, actors_file=actors, on_doc=advance, workers=workers)
    if done.copies:
        copied = "article copies" if done.copies == 1 else "articles copy"
        console.print(f"copies: {done.copies} {copied} earlier ones (read once)", highlight=False)
    result = done.analysis
    if result.analysed or result.skipped:
        console.print(
            f"events: {result.events} from {plural(result.analysed, 'article')}, "
            f"{len(result.skipped)} skipped",
            highlight=False,
        )
    if done.merged.placed:
        placed = plural(done.merged.placed, "report")
        updated = plural(done.merged.events, "event")
        console.print(f"merged: {placed} placed, {updated} made or updated", highlight=False)


def main() -> None:
    """Entry point of the ``storyline`` script: any error that is not one of storyline's own
    is a bug, reported with exit status 3 (distinct from "some inputs rejected")."""
    try:
        code = app(standalone_mode=False)
    except typer.Abort:
        err().print("Aborted!", highlight=False)
        sys.exit(EXIT_REJECTED)
    except typer.TyperException as error:
        # the parser's own usage errors ("--pair requires 2 arguments", an unknown option)
        # are one line too, as storyline's are
        code = getattr(error, "exit_code", EXIT_USAGE)
        shown = getattr(error, "format_message", None)
        message = str(shown()) if callable(shown) else str(error)
        context = getattr(error, "ctx", None)
        hint = f" (see {context.command_path} --help)" if context is not None else ""
        if not message.strip():
            sys.exit(code)  # no arguments at all: the help was printed, nothing to add
        if code == EXIT_USAGE:
            _fail(UsageError(f"{message}{hint}"))
        else:
            err().print(f"[red]error[/red] {safe_text(message)}", highlight=False)
        sys.exit(code)
    except Exception as error:  # every bug ends here, with its trace and where to report it
        trace = valid_text("".join(traceback.format_exception(error)))[0]
        sys.stderr.write(trace)
        line = f"[red]{Code.E900.name} {Code.E900.value}[/red]: {safe(type(error).__name__)}"
        err().print(f"{line}: {safe(error)}\n{REPORT_BUGS}", highlight=False, soft_wrap=True)
        sys.exit(EXIT_INTERNAL)
    if isinstance(code, int) and code:
        sys.exit(code)
