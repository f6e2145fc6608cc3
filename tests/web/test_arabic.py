"""Arabic evidence in the web app and the report: right to left, marked as Arabic, verbatim."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from storyline.cli import app
from storyline.lang import text_direction
from storyline.store import open_store
from storyline.web import create_app
from tests.conftest import shared_or_skip

ARABIC = Path(__file__).parents[1] / "data" / "arabic" / "docs"


@pytest.fixture(scope="module")
def mixed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seed 000 (English) and two Arabic reports of the same meeting."""
    folder = tmp_path_factory.mktemp("arabic") / "inputs"
    folder.mkdir()
    for name in ("ar01_ina_sudani_rutte.txt", "ar02_shafaq_sudani_rutte.txt"):
        shutil.copy(ARABIC / name, folder / name)
    for seed in shared_or_skip("seeds").glob("000_*"):
        shutil.copy(seed, folder / seed.name)
    db = folder.parent / "mixed.db"
    done = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert done.exit_code == 0, done.output
    return db


@pytest.mark.parametrize(
    ("lang", "direction"),
    [("ar", "rtl"), ("ar-IQ", "rtl"), ("fa", "rtl"), ("en", "auto"), (None, "auto")],
)
def test_web_text_direction_of_a_language(lang: str | None, direction: str) -> None:
    assert text_direction(lang) == direction


def test_web_event_page_shows_arabic_evidence_right_to_left(mixed_db: Path) -> None:
    with open_store(mixed_db) as store:
        (event,) = [e for e in store.merged() if e.type == "meet"]
    assert {s.lang for s in event.sources} == {"en", "ar"}
    with TestClient(create_app(mixed_db)) as client:
        page = client.get(f"/events/{event.id}").text
    assert page.count('<p class="excerpt" dir="rtl" lang="ar">') >= 2
    assert '<p class="excerpt" dir="auto" lang="en">' in page
    assert "استقبل رئيس مجلس الوزراء محمد شياع السوداني" in page
    assert '<span dir="auto">رئيس الوزراء يستقبل الأمين العام لحلف الناتو</span>' in page
    assert "Mohammed Shia&#39; Al-Sudani" in page or "Mohammed Shia' Al-Sudani" in page


def test_web_document_page_of_an_arabic_article_is_right_to_left(mixed_db: Path) -> None:
    with open_store(mixed_db) as store:
        doc = next(d for d in store.documents() if d.doc.startswith("ar01"))
    with TestClient(create_app(mixed_db)) as client:
        page = client.get(f"/documents/{doc.id}").text
    assert '<div class="article" dir="rtl" lang="ar">' in page


def test_web_report_shows_arabic_evidence_right_to_left(mixed_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    done = CliRunner().invoke(app, ["report", "-o", str(out), "--db", str(mixed_db)])
    assert done.exit_code == 0, done.output
    html = out.read_text("utf-8")
    assert html.count('<q dir="rtl" lang="ar">') >= 2
    assert '<q dir="auto" lang="en">' in html
