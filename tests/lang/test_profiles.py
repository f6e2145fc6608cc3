"""Language profiles: which reader reads which language, and that English loads no other."""

from __future__ import annotations

import subprocess
import sys

import pytest

from storyline.lang import ARABIC, ENGLISH, language_code, profile_for


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


def test_profiles_english_reading_imports_nothing_arabic() -> None:
    """The Arabic reader is imported only when an Arabic article is read."""
    code = (
        "import sys; import storyline.events.run, storyline.lang;"
        "print(any(m.startswith('storyline.lang.ar') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
