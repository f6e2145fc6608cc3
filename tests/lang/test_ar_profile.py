"""The Arabic profile's data: folding, months in both series, weekdays, Hijri dates, relative
days, punctuation and datelines; every entry of ``lang/ar/data/profile.toml`` is read here."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.lang.ar.dates import find_dates, is_hijri, publication_day
from storyline.lang.ar.meta import dateline
from storyline.lang.ar.profile import profile, read_data
from storyline.lang.ar.text import digits, fold, sentences

WEDNESDAY = dt.date(2025, 2, 5)


def dates(
    text: str, ref: dt.date | None = WEDNESDAY
) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.date.value, p.date.precision, p.date.basis) for p in find_dates(fold(text), ref)]


def test_ar_profile_folding_reads_one_form_of_a_word() -> None:
    assert fold("الأربعاء") == fold("الاربعاء") == fold("الأَربِعاء") == fold("الأربعـــاء")
    assert fold("اجتماعاً هاتفيّاً") == "اجتماعا هاتفيا"
    assert fold("مستشارية") == "مستشاريه"  # ة as ه
    assert fold("مصطفى") == "مصطفي"  # ى as ي


def test_ar_profile_arabic_indic_digits_read_as_ascii() -> None:
    assert digits("٢١ أيار ٢٠٢٥") == "21 أيار 2025"
    assert digits("۱۴۰۳") == "1403"
    assert fold("٢٠٢٥") == "2025"


@pytest.mark.parametrize(
    ("mark", "latin"), sorted(read_data("profile.toml")["punctuation"].items())
)
def test_ar_profile_punctuation_reads_as_latin(mark: str, latin: str) -> None:
    assert fold(f"أ{mark}ب") == f"ا{latin}ب"


def test_ar_profile_sentences_end_at_arabic_question_marks_and_lines() -> None:
    text = "هل التقى الوزير؟ نعم.\nبغداد - واع"
    found = sentences(text)
    assert [s.text for s in found] == ["هل التقى الوزير؟", "نعم.", "بغداد - واع"]
    assert all(text[s.start : s.end] == s.text for s in found)


MONTHS = [
    (row["number"], name) for row in read_data("profile.toml")["month"] for name in row["names"]
]


@pytest.mark.parametrize(("number", "name"), MONTHS)
def test_ar_profile_every_month_name_reads_its_month(number: int, name: str) -> None:
    assert dates(f"في 3 {name} 2024") == [(f"2024-{number:02d}-03", "day", "explicit")]
    assert dates(f"خلال شهر {name} من العام 2019") == [(f"2019-{number:02d}", "month", "explicit")]


def test_ar_profile_both_series_together_read_one_date() -> None:
    assert dates("يوم 21 شباط/فبراير 2024") == [("2024-02-21", "day", "explicit")]
    assert dates("يوم 21 شباط (فبراير) 2024") == [("2024-02-21", "day", "explicit")]


def test_ar_profile_a_day_without_year_takes_the_reference_year_unless_far_ahead() -> None:
    assert dates("في 15 كانون الثاني") == [("2025-01-15", "day", "explicit")]
    assert dates("في 28 كانون الأول") == [("2024-12-28", "day", "explicit")]


@pytest.mark.parametrize("name", read_data("profile.toml")["hijri"]["months"])
def test_ar_profile_hijri_dates_are_never_gregorian(name: str) -> None:
    text = f"الموافق 7 {name} 1446 هـ"
    assert is_hijri(fold(text))
    assert dates(text) == []


@pytest.mark.parametrize("marker", read_data("profile.toml")["hijri"]["markers"])
def test_ar_profile_a_hijri_year_is_no_year(marker: str) -> None:
    assert dates(f"في عام 1446 {marker}") == []


def test_ar_profile_a_gregorian_date_beside_a_hijri_one_is_read() -> None:
    assert dates("8 ربيع الأول 1446 هـ الموافق 11 أيلول 2024") == [
        ("2024-09-11", "day", "explicit")
    ]


@pytest.mark.parametrize(
    ("index", "name"), list(enumerate(read_data("profile.toml")["calendar"]["weekdays"]))
)
def test_ar_profile_every_weekday_resolves_to_the_last_such_day(index: int, name: str) -> None:
    ((value, precision, basis),) = dates(f"التقى يوم {name} الوزير")
    day = dt.date.fromisoformat(str(value))
    assert day.weekday() == index and dt.timedelta(0) <= WEDNESDAY - day < dt.timedelta(7)
    assert (precision, basis) == ("day", "relative")


@pytest.mark.parametrize(("word", "days"), sorted(read_data("profile.toml")["relative"].items()))
def test_ar_profile_relative_days_count_from_the_reference(word: str, days: int) -> None:
    assert dates(f"التقى {word} الوزير") == [
        ((WEDNESDAY + dt.timedelta(days=days)).isoformat(), "day", "relative")
    ]


def test_ar_profile_today_and_a_weekday_that_disagree_are_flagged() -> None:
    (right,) = find_dates(fold("اليوم الأربعاء"), WEDNESDAY)
    (wrong,) = find_dates(fold("اليوم الخميس"), WEDNESDAY)
    assert not right.date.weekday_mismatch and wrong.date.weekday_mismatch


def test_ar_profile_without_a_reference_relative_days_stay_unresolved() -> None:
    assert dates("اليوم الأربعاء", None) == [(None, None, "relative")]


def test_ar_profile_numeric_dates_and_years() -> None:
    assert dates("بتاريخ 2025/05/21") == [("2025-05-21", "day", "explicit")]
    assert dates("بتاريخ ٢١/٥/٢٠٢٥") == [("2025-05-21", "day", "explicit")]
    assert dates("منذ عام 2018") == [("2018", "year", "explicit")]


def test_ar_profile_publication_day_of_a_page_head() -> None:
    assert publication_day(fold("الأربعاء ٢١ أيار ٢٠٢٥ - 10:30")) == dt.date(2025, 5, 21)
    assert publication_day(fold("اليوم الأربعاء")) is None


AGENCIES = [
    (form, row["name"]) for row in read_data("profile.toml")["agency"] for form in row["ar"]
]


@pytest.mark.parametrize(("form", "name"), AGENCIES)
def test_ar_profile_every_agency_signs_a_dateline(form: str, name: str) -> None:
    assert dateline(f"بغداد - {form}\nاستقبل الوزير") == (dateline("بغداد - واع")[0], name)
    assert profile().agencies[fold(form)] == name


def test_ar_profile_datelines_give_place_and_agency() -> None:
    place, agency = dateline("أربيل/ شفق نيوز\nالتقى")
    assert (place and place.name, agency) == ("Erbil", "Shafaq News")
    place, agency = dateline("عمّان - بترا")
    assert (place and place.name, agency) == ("Amman", "Petra")
    assert dateline("استقبل رئيس الوزراء اليوم") == (None, None)
