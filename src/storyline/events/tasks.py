"""The event reader's two passes over a slice of articles, as tasks a worker process can run.

:mod:`storyline.events.run` reads a chunk of articles in two passes: pass one teaches the
tenure table who held which office, pass two reads events with it, so "the Secretary General
said" finds its holder. Split over workers, the passes become two tasks per slice:

1. :func:`parse_slice` parses the slice's articles and lists the offices each shows held;
   the parent teaches them to the one tenure table, in the chunk's order;
2. :func:`read_slice` reads each article's events with that table, shipped with the task.

A chunk's reading tasks and the next chunk's parsing tasks go out in one map
(:func:`run_stage` runs either), so the workers never wait between the two passes for the
last slice of the other.

Both are pure functions of picklable records (the parse travels back to the parent as a
:class:`~storyline.records.ParsedArticle`, a frozen record), so the same slice gives the same
result in any process. A slice holds :data:`SLICE_ARTICLES` articles whatever the number of
workers, so spaCy sees the same batches too.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from storyline.actors import AliasTable, Tenure
from storyline.errors import Code
from storyline.events.extract import ArticleInput, Reading, offices_seen, read_article
from storyline.records import ParsedArticle

__all__ = [
    "INTERNAL",
    "SLICE_ARTICLES",
    "ParseTask",
    "Parsed",
    "ReadTask",
    "SliceTask",
    "StageAnswer",
    "Unparsed",
    "parse_slice",
    "read_slice",
    "run_stage",
]

SLICE_ARTICLES = 16
"""Articles in one task. The parent waits for a map's last slice before it stores the chunk's
events and teaches the next chunk's offices, so a slice is small against a chunk (a
256-article chunk is 16 slices: the workers' idle tail is a slice long) and large enough for
spaCy's batching (its default batch is 32 short texts)."""
INTERNAL = f"{Code.E900.name} {Code.E900.value}"
"""Any other failure on one article is a bug: it is recorded for that article with this code
(and its trace logged), and the run goes on; no stored article can stop every later run."""

Office = tuple[str, str, str, str]
"""(person, role, organisation, ISO day): a holder of an office an article shows."""

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Parsed:
    """An article parsed, with the offices it shows held (pass one's answer)."""

    parse: ParsedArticle
    offices: tuple[Office, ...]


@dataclass(frozen=True)
class Unparsed:
    """An article spaCy could not parse, and why."""

    reason: str


@dataclass(frozen=True)
class SliceTask:
    """A task of either pass over one slice (a chunk's reading and the next chunk's parsing
    share one map)."""


@dataclass(frozen=True)
class ReadTask(SliceTask):
    """Pass two for one slice: the articles with their parses, and the tables to read by."""

    tenure: Tenure
    aliases: AliasTable | None
    articles: tuple[tuple[ArticleInput, ParsedArticle], ...]


def parse_slice(articles: tuple[ArticleInput, ...]) -> list[Parsed | Unparsed]:
    """Parse ``articles`` in one batch; if that fails, each alone, so that the one article
    spaCy cannot read is recorded as such and the others are read."""
    from storyline.nlp import parse, parse_many

    try:
        parses = list(parse_many((a.doc_id, a.text) for a in articles))
        return [Parsed(p, _offices(a, p)) for a, p in zip(articles, parses, strict=True)]
    except Exception:  # found and recorded article by article below
        log.exception("parsing %d articles failed; parsing them one by one", len(articles))
    found: list[Parsed | Unparsed] = []
    for article in articles:
        try:
            one = parse(article.doc_id, article.text)
        except Exception as error:  # recorded for this article
            log.exception("parsing failed on %s", article.doc)
            found.append(Unparsed(f"{INTERNAL} while parsing: {type(error).__name__}: {error}"))
            continue
        found.append(Parsed(one, _offices(article, one)))
    return found


def _offices(article: ArticleInput, parse: ParsedArticle) -> tuple[Office, ...]:
    try:
        return tuple(offices_seen(article, parse))
    except Exception:  # one article's bug must not stop the others
        log.exception("reading offices failed on %s", article.doc)
        return ()


def read_slice(task: ReadTask) -> list[Reading | None]:
    """Each article's reading, or None where the extractor failed on it (a bug, logged)."""
    return [_read(article, parse, task) for article, parse in task.articles]


def _read(article: ArticleInput, parse: ParsedArticle, task: ReadTask) -> Reading | None:
    try:
        return read_article(article, parse, task.tenure, task.aliases)
    except Exception:  # one article's bug is recorded, the run goes on
        log.exception("event extraction failed on %s", article.doc)
        return None


@dataclass(frozen=True)
class ParseTask(SliceTask):
    """Pass one for one slice, as a task beside :class:`ReadTask` tasks in one map."""

    articles: tuple[ArticleInput, ...]


StageAnswer = list[Reading | None] | list[Parsed | Unparsed]
"""What :func:`run_stage` answers: :func:`read_slice`'s readings or :func:`parse_slice`'s
parses."""


def run_stage(task: SliceTask) -> StageAnswer:
    """Either pass for one slice: :func:`read_slice` of a :class:`ReadTask`,
    :func:`parse_slice` of a :class:`ParseTask`'s articles (a chunk's reading and the next
    chunk's parsing share one map)."""
    if isinstance(task, ReadTask):
        return read_slice(task)
    if isinstance(task, ParseTask):
        return parse_slice(task.articles)
    raise TypeError(f"no pass reads a {type(task).__name__}")
