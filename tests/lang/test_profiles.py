"""Language profiles: which reader reads which language, and that English loads no other."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from storyline.lang import ARABIC, ENGLISH, language_code, profile_for
from tests.conftest import shared_or_skip


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (None, ENGLISH),
        ("en", ENGLISH),
        ("en-US", ENGLISH),
        ("EN_gb", ENGLISH),
        ("english", ENGLISH),
        ("ar", ARABIC),
        ("ar-IQ", ARABIC),
        ("ara", ARABIC),
        ("fr", None),
        ("fa", None),
    ],
)
def test_profiles_pick_the_reader_of_a_language(lang: str | None, expected: object) -> None:
    assert profile_for(lang) is expected


def test_profiles_language_code_is_the_primary_subtag() -> None:
    assert [language_code(x) for x in ("en-US", " AR ", "pt_BR", None)] == ["en", "ar", "pt", None]


def test_profiles_english_articles_load_nothing_arabic(tmp_path: Path) -> None:
    """Ingesting English pages (cleaning, metadata, events, merge) imports no Arabic module:
    the Arabic reader and tables are loaded only when an Arabic article is read."""
    seeds = shared_or_skip("seeds")
    code = (
        "import sys\n"
        "from storyline.config import Settings\n"
        "from storyline.ingest.pipeline import ingest\n"
        f"ingest([{str(seeds)!r}], Settings(db={str(tmp_path / 'e.db')!r}))\n"
        "print(sorted(m for m in sys.modules if m.startswith('storyline.lang.ar.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize(("given", "code"), [("arabic", "ar"), ("ara", "ar"), ("EN-us", "en")])
def test_profiles_a_language_name_is_written_as_its_code(given: str, code: str) -> None:
    """A page may call its language "arabic": its sources and pages say "ar", right to left."""
    from storyline.lang import normal_language, text_direction

    assert normal_language(given) == code
    assert text_direction(given) == ("rtl" if code == "ar" else "auto")
