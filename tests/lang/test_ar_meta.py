"""Cleaning and metadata of Arabic pages: datelines kept with the body, the agency they name
as the origin, the publication date printed above the title (Hijri beside it set aside)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.clean.metadata import read_metadata
from storyline.clean.pagedump import extract
from storyline.config import Settings
from storyline.ingest.pipeline import ingest
from storyline.lang.ar.meta import dateline_agency, has_arabic, head_published, is_dateline
from storyline.store import open_store

LEAD = (
    "استقبل رئيس مجلس الوزراء محمد شياع السوداني، اليوم الأربعاء، الأمين العام لحلف شمال "
    "الأطلسي مارك روته والوفد المرافق له في العاصمة بغداد، وبحث معه سبل تطوير التعاون."
)
SECOND = (
    "وذكر بيان للمكتب الإعلامي لرئيس الوزراء أن الجانبين ناقشا دعم القوات المسلحة العراقية "
    "في مجالي الاستشارة والتدريب ضمن مهمة الحلف غير القتالية في العراق."
)
PAGE = "\n".join(
    [
        "الرئيسية",
        "سياسية",
        "السوداني يستقبل الأمين العام لحلف الناتو",
        "الأربعاء ٥ شباط ٢٠٢٥ - ٦ شعبان ١٤٤٦ هـ",
        "بغداد - واع",
        LEAD,
        SECOND,
        "اقرأ أيضاً",
        "ارتفاع أسعار الذهب في الأسواق المحلية",
        "جميع الحقوق محفوظة © 2025",
    ]
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("بغداد - واع", True),
        ("أربيل/ شفق نيوز", True),
        ("السومرية نيوز - سياسية", True),
        ("عمّان - بترا", True),
        ("اقرأ أيضاً", False),
        ("وزير النقل - يتابع سير العمل في الميناء الكبير اليوم", False),
    ],
)
def test_ar_meta_datelines_are_recognised(line: str, expected: bool) -> None:
    assert is_dateline(line) is expected


def test_ar_meta_has_arabic_is_the_gate_for_english_pages() -> None:
    assert has_arabic("بغداد") and not has_arabic("BAGHDAD (WAM) –")


def test_ar_meta_the_dateline_stays_with_the_body_and_the_clutter_goes() -> None:
    body = extract(PAGE).body
    assert body.startswith("بغداد - واع\n" + LEAD)
    assert "الذهب" not in body and "الرئيسية" not in body


def test_ar_meta_a_page_gives_its_date_and_origin() -> None:
    meta = read_metadata(PAGE, extract(PAGE).body)
    assert (meta.lang.value, meta.published.value, meta.origin.value) == ("ar", "2025-02-05", "INA")
    assert meta.title.value == "السوداني يستقبل الأمين العام لحلف الناتو"


@pytest.mark.parametrize(
    ("body", "agency"),
    [
        ("بغداد - واع\nاستقبل", "INA"),
        ("أربيل/ شفق نيوز\nالتقى", "Shafaq News"),
        ("التقى الوزير، بحسب بيان تلقته وكالة الأنباء العراقية (واع)، نظيره", "INA"),
        ("التقى الوزير نظيره التركي", None),
    ],
)
def test_ar_meta_the_agency_of_the_dateline_or_a_credit(body: str, agency: str | None) -> None:
    assert dateline_agency(body) == agency


@pytest.mark.parametrize(
    ("head", "day"),
    [
        (["الرئيسية", "الأربعاء ٢١ أيار ٢٠٢٥ - ٢٣ ذو القعدة ١٤٤٦ هـ"], "2025-05-21"),
        (["٢٠٢٤/٠٤/٢٢ ١٤:٠٥"], "2024-04-22"),
        (["نشر في: ١١ أيلول ٢٠٢٤"], "2024-09-11"),
        (["٢٣ ذو القعدة ١٤٤٦ هـ"], None),
        (["الرئيسية", "سياسية"], None),
    ],
)
def test_ar_meta_the_date_printed_above_the_title(head: list[str], day: str | None) -> None:
    assert head_published(head) == day


def test_ar_meta_a_json_lines_record_in_arabic_gets_its_agency(tmp_path: Path) -> None:
    """JSON Lines and HTML bodies get their origin from the Arabic dateline too."""
    record = {"id": "ina-1", "title": "السوداني يستقبل روته", "published": "2025-02-05"}
    record["text"] = "بغداد - واع\n" + LEAD + "\n" + SECOND
    path = tmp_path / "ar.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    settings = Settings(db=tmp_path / "j.db")
    ingest([str(path)], settings)
    with open_store(settings.db) as store:
        (doc,) = store.documents()
    assert (doc.meta.lang.value, doc.meta.origin.value, doc.meta.origin.basis) == (
        "ar",
        "INA",
        "dateline",
    )
    assert doc.text is not None and doc.text.startswith("بغداد - واع")


def test_ar_meta_dateline_with_its_agency_in_brackets() -> None:
    """ "أربيل (كوردستان24)- ...": the place of a dateline whose agency stands in brackets."""
    from storyline.lang.ar.meta import dateline

    place, _ = dateline("أربيل (كوردستان24)- استقبل رئيس إقليم كوردستان وفداً")
    assert place is not None and place.name == "Erbil"
