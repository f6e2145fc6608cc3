"""Settings: one object built at the edge (CLI, tests) and passed down explicitly."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

DEFAULT_DB = "storyline.db"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """Everything a run can be told. Each field's ``help`` metadata is its documentation."""

    db: Path = field(
        default=Path(DEFAULT_DB),
        metadata={"help": "SQLite database file; env STORYLINE_DB; default ./storyline.db"},
    )
    max_bytes: int = field(
        default=DEFAULT_MAX_BYTES,
        metadata={"help": "inputs larger than this many bytes are rejected (default 20 MB)"},
    )

    @classmethod
    def from_env(cls, db: Path | None = None, max_bytes: int | None = None) -> Settings:
        """Settings from explicit values, then the environment, then defaults."""
        env_db = os.environ.get("STORYLINE_DB")
        return cls(
            db=db or (Path(env_db) if env_db else Path(DEFAULT_DB)),
            max_bytes=max_bytes if max_bytes is not None else DEFAULT_MAX_BYTES,
        )

    @staticmethod
    def documentation() -> dict[str, str]:
        """Setting name -> help text, for the README check."""
        return {f.name: str(f.metadata.get("help", "")) for f in fields(Settings)}
