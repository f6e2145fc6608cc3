"""An Arabic report and an English one of one happening tell one story: the Arabic report's
story profile is read from what its reader understood, in English."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import shared_or_skip
from tests.test_quality import merged_exports

ARABIC = Path(__file__).parents[1] / "data" / "arabic" / "docs"


def stories(inputs: list[Path], tmp_path: Path) -> dict[str, str | None]:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in inputs:
        shutil.copy(path, folder / path.name)
    docs, _ = merged_exports(folder, tmp_path)
    return {str(d["doc"])[:4]: d["event"] for d in docs}


def test_merge_an_arabic_and_an_english_report_of_one_meeting_share_a_story(
    tmp_path: Path,
) -> None:
    seed = next(shared_or_skip("seeds").glob("000_*"))
    found = stories([seed, ARABIC / "ar01_ina_sudani_rutte.txt"], tmp_path)
    assert found["000_"] is not None and found["000_"] == found["ar01"]


def test_merge_arabic_reports_of_two_meetings_of_the_same_people_stay_apart(
    tmp_path: Path,
) -> None:
    """Sudani and Blinken in November 2023 and in December 2024: two stories, two events."""
    found = stories(
        [
            ARABIC / "ar16_ina_sudani_blinken_2023.txt",
            ARABIC / "ar17_shafaq_sudani_blinken_2024.txt",
        ],
        tmp_path,
    )
    assert found["ar16"] != found["ar17"]
