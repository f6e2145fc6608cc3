"""The ingestion cascade: raw bytes -> text -> article body -> metadata -> stored record.

Step by step, for each raw document:

1. decompress (``.gz``) and decode the bytes (page dumps and HTML files; JSON Lines are
   already text);
2. extract the body: trafilatura for HTML; for text, the page-dump cascade, which unwraps
   hard-wrapped text and keeps text that reads as one article whole, and cleans page dumps;
3. read metadata: values given with the input (JSON Lines) first, then what the page
   itself says (HTML markup, or header/byline/dateline/credits/footer of a page dump), then
   the document's own address: for the publication date a day in the URL fills an unknown
   date or refines a month-only one (:mod:`storyline.clean.urldates`); an unknown outlet is
   the URL's site (:func:`storyline.clean.outlets.site_name`, basis ``url``);
4. detect the language of the body, and the credited origin agency, when nothing gave them;
5. refuse pages whose body is too short to be an article.

Any :class:`IngestError` on the way becomes a :class:`Rejection`; the run goes on.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import BinaryIO

from storyline.clean.credits import read_dateline
from storyline.clean.lines import dateline_lead
from storyline.clean.metadata import detect_language, find_origin, parse_published, read_metadata
from storyline.clean.outlets import site_name
from storyline.clean.pagedump import extract
from storyline.clean.urldates import url_date
from storyline.config import Settings
from storyline.errors import IngestError, NoArticle, WorkerDied
from storyline.ingest.decode import decode
from storyline.ingest.html import GZIP_MAGIC, gunzip, read_html
from storyline.ingest.readers import InputFile, find_inputs, jsonl_document, read_input
from storyline.ingest.validate import check_body, check_page, valid_line, valid_text
from storyline.ingest.workers import Done, Lost, Pool, Workers
from storyline.records import (
    METADATA_FIELDS,
    Article,
    Field,
    Kind,
    Metadata,
    RawDocument,
    Rejection,
    StoredDocument,
)
from storyline.store import Writer, open_store
from storyline.wording import plural

log = logging.getLogger(__name__)

# Below this many words a "body" is a caption, a teaser or a cookie notice, not an article.
# Calibrated on the dev page dumps, whose shortest gold body has 60 words.
MIN_ARTICLE_WORDS = 8


@dataclass
class Summary:
    """What a run did: a count per outcome and every rejection as (source, reason)."""

    counts: Counter[str] = field(default_factory=Counter)
    rejections: list[tuple[str, str]] = field(default_factory=list)

    @property
    def all_taken(self) -> bool:
        return not self.rejections


def process(raw: RawDocument, settings: Settings) -> Article:
    """Turn one raw document into an article, or raise an :class:`IngestError`."""
    notes: tuple[str, ...] = raw.notes
    if raw.kind == "jsonl":
        text, markup = raw.text or "", raw.markup
    else:
        data = gunzip(raw.raw, settings.max_bytes) if raw.raw[:2] == GZIP_MAGIC else raw.raw
        markup = raw.kind == "html"
        decoded = decode(data, html=markup)
        text, repaired = valid_text(decoded.text)
        notes += decoded.notes
        if repaired:
            notes += (f"{repaired} control character(s) removed",)
    check_page(text, markup)
    body, found = read_html(text) if markup else _read_page(text)
    # HTML entities ("&#27;", "&#0;") decode to the characters the edge removed from the bytes.
    body, found = valid_text(body)[0], _valid_metadata(found)
    check_body(body)
    meta = _given(raw.given).merged(found)
    meta = replace(meta, published=with_url_date(meta.published, _address(raw)))
    meta = replace(meta, outlet=with_url_site(meta.outlet, _address(raw)))
    if not meta.lang:
        meta = replace(meta, lang=detect_language(body))
    if not meta.origin:
        meta = replace(meta, origin=find_origin(body))
    if len(body.split()) < MIN_ARTICLE_WORDS:
        raise NoArticle(f"only {plural(len(body.split()), 'word')} of article text")
    return Article(
        id=raw.id,
        doc=raw.doc,
        source=raw.source,
        kind=raw.kind,
        text=body,
        meta=meta,
        raw=raw.raw,
        notes=notes,
        versioned=raw.versioned,
    )


def _valid_metadata(meta: Metadata) -> Metadata:
    values = {name: getattr(meta, name) for name in METADATA_FIELDS}
    return Metadata(
        **{
            name: Field(valid_line(value.value), value.basis) if value.value else value
            for name, value in values.items()
        }
    )


STORE_SUFFIXES = ("", "-wal", "-shm", "-journal", ".lock")
"""The store's own files beside it (SQLite's write-ahead log and shared memory, its lock)."""


def _store_file(item: InputFile | Rejection, db: Path) -> bool:
    """Whether a file found in a folder being ingested is the store itself or one of its
    files (a store kept in the folder it reads): never an input."""
    if not isinstance(item, InputFile) or item.path is None:
        return False
    # (absolute paths, links not followed: a file that is a loop of links is the reader's
    # to reject, not this check's to trip on)
    here, store = Path(os.path.abspath(item.path)), Path(os.path.abspath(db))
    return any(here == store.with_name(store.name + suffix) for suffix in STORE_SUFFIXES)


def _read_page(page: str) -> tuple[str, Metadata]:
    body = extract(page).body
    if not body.strip():
        raise NoArticle("no paragraph of the page reads as article text")
    lines = body.split("\n")
    if start := _dateline_start(lines):
        # "Headline ...", "F.P. Report", then "WASHINGTON – ...": the article begins at its
        # dateline, and a headline above it is its title
        body = "\n".join(lines[start:])
        meta = read_metadata(page, body)
        if not meta.title.value and _headline_line(lines[0]):
            meta = replace(meta, title=Field(" ".join(lines[0].split()), "title"))
        return body, meta
    first, _, rest = body.partition("\n")
    if _headline_line(first) and parse_published(read_dateline(rest.lstrip()).text):
        # a headline kept at the top of the body, the dateline under it ("Rockets hit base
        # ..." then "ANBAR, Iraq, March 3, 2024 — ..."): the title, and the body below it
        body = rest.lstrip("\n")
        meta = read_metadata(page, body)
        if not meta.title.value:
            meta = replace(meta, title=Field(" ".join(first.split()), "title"))
        return body, meta
    return body, read_metadata(page, body)


LEAD_IN_LINES = 3
"""Lines a text may carry above its dateline: a headline (perhaps broken in two) and a
credit ("Staff Report")."""
LEAD_IN_WORDS = 20
_SENTENCE_END = re.compile(r"[.!?][\"”’']?$")


def _dateline_start(lines: list[str]) -> int:
    """Where the article begins when a line that opens with a dateline comes after a few
    short lines that end no sentence (a headline, a credit): its index, else 0."""
    for index in range(1, min(LEAD_IN_LINES, len(lines) - 1) + 1):
        above = lines[:index]
        if not all(
            len(line.split()) <= LEAD_IN_WORDS and not _SENTENCE_END.search(line.strip())
            for line in above
        ):
            return 0
        if dateline_lead(lines[index]):
            return index
    return 0


_HEADLINE = re.compile(r"[A-Z0-9\"“‘'][^\n|]{8,150}(?<![.!?:;,])")
"""A line that reads as a headline: capitalised, short, no sentence's end."""
HEADLINE_WORDS = range(3, 17)
"""How many words a headline has: a longer line is the story's first sentence."""


def _headline_line(line: str) -> bool:
    """Whether the first line of a text reads as its headline (not a byline, not a first
    sentence that lacks its full stop)."""
    text = line.strip()
    return (
        bool(_HEADLINE.fullmatch(text))
        and len(text.split()) in HEADLINE_WORDS
        and not text.lower().startswith("by ")
    )


def _address(raw: RawDocument) -> str | None:
    """The URL the input carries (the JSON Lines ``url``); a file's path is none."""
    return raw.source if raw.source.lower().startswith(("http://", "https://")) else None


def with_url_date(published: Field, url: str | None, today: dt.date | None = None) -> Field:
    """The publication date, from the URL (basis ``url``) when the input gives none.

    A date printed on the page or given with the input wins; a day in the URL only replaces
    a month-only date (a newsletter's issue, or a month in the URL itself) of the same month.
    """
    if not url or len(published.value or "") == len("YYYY-MM-DD"):
        return published
    found = url_date(url, latest=today or dt.date.today())
    if found is None or (published.value and not found.startswith(published.value)):
        return published
    return Field(found, "url") if len(found) > len(published.value or "") else published


def with_url_site(outlet: Field, url: str | None) -> Field:
    """The outlet, or when nothing named it the site of the document's address (basis
    ``url``): a crawler's record of a release on state.gov is from the U.S. Department of
    State, one on a site no table knows from its domain."""
    if outlet or not url:
        return outlet
    site = site_name(url)
    return Field(site, "url") if site else outlet


def _given(given: Metadata) -> Metadata:
    """JSON Lines metadata as given, with the date normalised to ISO (or dropped if unreadable)."""
    if not given.published.value:
        return given
    iso = parse_published(given.published.value)
    if iso is None:
        log.warning("unreadable published date %r ignored", given.published.value)
    return replace(given, published=Field(iso, "jsonl") if iso else Field())


def ingest(
    specs: Iterable[str],
    settings: Settings,
    stdin: BinaryIO | None = None,
    on_file: Callable[[InputFile | Rejection, int, int], None] | None = None,
    workers: Pool | None = None,
) -> Summary:
    """Ingest every input named by ``specs`` into the store of ``settings``.

    ``on_file(item, index, total)`` is called as each input file is taken up (progress bars).
    Every document is committed on its own, so an interrupted run keeps what it finished.
    ``workers`` clean the documents (default: this process); this process reads the files and
    writes every result, in the order of the inputs, so the store is the same for any number
    of workers.
    """
    items = [i for i in find_inputs(specs) if not _store_file(i, settings.db)]
    summary = Summary()
    taken: deque[RawDocument | Rejection] = deque()
    with Writer(settings.db) as writer:

        def tasks() -> Iterator[RawDocument | Done[Article | Rejection | None]]:
            for index, item in enumerate(items):
                if on_file is not None:
                    on_file(item, index, len(items))
                records = (
                    [item]
                    if isinstance(item, Rejection)
                    else read_input(item, settings.max_bytes, stdin)
                )
                for record in records:
                    taken.append(record)
                    if isinstance(record, Rejection) or writer.has_article(record.id):
                        yield Done(None)
                    else:
                        yield record

        pool = workers or Workers(1)
        clean: Callable[[RawDocument], Article | Rejection | None] = partial(
            read, settings=settings
        )
        for result in pool.map(clean, tasks()):
            _store(taken.popleft(), result, writer, summary)
    return summary


def reprocess(
    settings: Settings,
    refs: Sequence[str] = (),
    on_doc: Callable[[str, int], None] | None = None,
    workers: Pool | None = None,
) -> Summary:
    """Re-read stored documents from their raw bytes with the current code (no files needed).

    ``refs`` names documents (name, id or id prefix); empty means every document whose raw
    bytes are stored. Documents whose reading changed count as ``updated``. ``workers`` read
    them (default: this process); results are written in the documents' order.
    """
    summary = Summary()
    with open_store(settings.db) as store, Writer(settings.db) as writer:
        rows = [store.get(ref) for ref in refs] if refs else list(store.documents())
        taken: deque[StoredDocument] = deque()

        def tasks() -> Iterator[RawDocument | Rejection | Done[Article | Rejection | None]]:
            for index, row in enumerate(rows):
                if on_doc is not None:
                    on_doc(row.doc, index)
                taken.append(row)
                raw = store.raw(row.id)
                if raw is None or row.kind is None:
                    yield Done(None)
                    continue
                yield _stored_record(row.doc, row.source, raw, row.kind)

        pool = workers or Workers(1)
        again: Callable[[RawDocument | Rejection], Article | Rejection | None]
        again = partial(read, settings=settings)
        for result in pool.map(again, tasks()):
            row = taken.popleft()
            if result is None:
                summary.counts["skipped"] += 1
                continue
            if isinstance(result, Lost):
                result = Rejection(row.doc, row.source, _died(result.reason))
            summary.counts[writer.refresh(row.id, result)] += 1
            if isinstance(result, Rejection):
                summary.rejections.append((row.source, result.reason))
    return summary


def _stored_record(doc: str, source: str, raw: bytes, kind: Kind) -> RawDocument | Rejection:
    if kind != "jsonl":
        return RawDocument(doc, source, raw, kind)
    try:
        return jsonl_document(raw, source, doc)
    except IngestError as err:
        return Rejection(doc, source, err.message, raw, kind)


def read(record: RawDocument | Rejection, settings: Settings) -> Article | Rejection:
    """:func:`process`, or the rejection saying why it failed."""
    if isinstance(record, Rejection):
        return record
    try:
        return process(record, settings)
    except IngestError as err:
        return Rejection(
            record.doc, record.source, err.message, record.raw, record.kind, record.versioned
        )


def _store(
    record: RawDocument | Rejection,
    result: Article | Rejection | Lost | None,
    writer: Writer,
    summary: Summary,
) -> None:
    """Write what became of ``record``: ``result`` is its reading (None: not read, as its
    content is stored already or it is a rejection), or :class:`Lost` when the worker
    reading it died."""
    if isinstance(record, RawDocument):
        # Checked again here: the same content may have been stored since it was handed out.
        if writer.has_article(record.id):
            seen = writer.see_again(record.id, record.source, record.doc, record.versioned)
            summary.counts[seen] += 1
            return
        if isinstance(result, Article):
            summary.counts[writer.put_article(result)] += 1
            return
        record = result if isinstance(result, Rejection) else _lost(record, result)
    summary.counts[writer.put_rejection(record)] += 1
    summary.rejections.append((record.source, record.reason))


def _lost(record: RawDocument, lost: Lost | None) -> Rejection:
    why = lost.reason if lost is not None else "it was not read"
    return Rejection(
        record.doc, record.source, _died(why), record.raw, record.kind, record.versioned
    )


def _died(why: str) -> str:
    return WorkerDied(f"the worker process reading it {why}").message
