"""One exception tree for storyline, every message with a stable code.

    StorylineError
     ├── UsageError            a command was asked something it cannot do (bad option, unknown doc)
     ├── StoreError            the database cannot be opened, migrated or written
     └── IngestError           one input cannot become an article; the run records it and goes on
          ├── UnreadableInput  path missing, permission denied, not a regular file
          ├── EmptyInput       zero bytes or only whitespace
          ├── TooLarge         over the configured size limit
          ├── BinaryInput      image, PDF, archive or other non-text bytes
          ├── Undecodable      no text encoding fits the bytes
          ├── MalformedInput   broken JSON line, HTML that cannot be parsed
          ├── NoArticle        the page holds no article text
          ├── OverBudget       too big to read in bounded time and memory (a page of
                               millions of characters, a line no paragraph could be)
          └── WorkerDied       the worker process reading it died (killed, out of memory)

The codes live in :class:`Code`; a message is ``"E102 empty input"`` style so users can
search for it and tests can assert on the code instead of the wording.
"""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    """Stable error codes. Never renumber; add new ones at the end of their block."""

    E001 = "usage error"
    E002 = "no document matches"
    E003 = "ambiguous document name"
    E010 = "database error"
    E011 = "database schema is newer than this storyline"
    E012 = "database schema is older than this storyline reads"
    E020 = "language model not installed"
    E021 = "Ray not installed"
    E022 = "Ray cannot be started or reached"
    E023 = "Ray actors cannot start"
    E101 = "cannot read input"
    E102 = "empty input"
    E103 = "input too large"
    E104 = "binary input"
    E105 = "undecodable input"
    E106 = "malformed JSON line"
    E107 = "malformed HTML"
    E108 = "no article text"
    E109 = "JSON line has neither text nor html"
    E110 = "over the reading budget"
    E111 = "no event in the article"
    E112 = "worker died"
    E900 = "internal error"


class StorylineError(Exception):
    """Base of every error storyline raises on purpose."""

    code: Code = Code.E001

    def __init__(self, detail: str = "", code: Code | None = None) -> None:
        if code is not None:
            self.code = code
        self.detail = detail
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """``E102 empty input: <detail>`` — the line shown to users."""
        base = f"{self.code.name} {self.code.value}"
        return f"{base}: {self.detail}" if self.detail else base


class UsageError(StorylineError):
    code = Code.E001


class StoreError(StorylineError):
    code = Code.E010


class IngestError(StorylineError):
    code = Code.E101


class UnreadableInput(IngestError):
    code = Code.E101


class EmptyInput(IngestError):
    code = Code.E102


class TooLarge(IngestError):
    code = Code.E103


class BinaryInput(IngestError):
    code = Code.E104


class Undecodable(IngestError):
    code = Code.E105


class MalformedInput(IngestError):
    code = Code.E106


class NoArticle(IngestError):
    code = Code.E108


class OverBudget(IngestError):
    code = Code.E110


class WorkerDied(IngestError):
    code = Code.E112
