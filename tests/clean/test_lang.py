"""Language of a text: an ISO 639-1 code when sure, None otherwise."""

from __future__ import annotations

import pytest

from storyline.clean.lang import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The minister met the visiting delegation on Tuesday to discuss training, "
            "equipment and the future of the advisory mission in the country.",
            "en",
        ),
        (
            "Le ministre a rencontré mardi la délégation pour discuter de la formation, "
            "de l'équipement et de l'avenir de la mission de conseil dans le pays.",
            "fr",
        ),
        (
            "Der Minister traf am Dienstag die Delegation, um über die Ausbildung, die "
            "Ausrüstung und die Zukunft der Beratungsmission im Land zu sprechen.",
            "de",
        ),
        (
            "التقى الوزير يوم الثلاثاء بالوفد الزائر لبحث التدريب والتجهيز ومستقبل "
            "البعثة الاستشارية في البلاد وسبل تعزيز التعاون بين الجانبين.",
            "ar",
        ),
    ],
)
def test_lang_paragraph_gives_its_code_with_text_basis(text: str, code: str) -> None:
    found = detect_language(text)
    assert (found.value, found.basis) == (code, "text")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Breaking news",
        "Home News Sports Weather Contact About Login Subscribe Search Menu",
        "12345 67890 12345 67890 12345 67890 12345 67890 12345 67890",
    ],
)
def test_lang_short_or_unsure_text_is_unknown(text: str) -> None:
    found = detect_language(text)
    assert found.value is None
    assert found.basis is None
