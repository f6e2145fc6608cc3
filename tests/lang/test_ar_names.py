"""Names across scripts: every entry of ``lang/ar/data/names.toml`` and ``offices.toml`` is
read here, against the English tables it names (holders, aliases, the gazetteer)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from storyline.actors import Tenure, bundled_holdings, organisation, state
from storyline.actors.names import same_person
from storyline.lang.ar.names import find_mentions, find_places, user_names
from storyline.lang.ar.profile import read_data
from storyline.lang.ar.text import fold
from storyline.lang.ar.translit import NameLinker, arabic_skeleton, latin_skeleton, romanize
from storyline.places.gazetteer import lookup

NAMES = read_data("names.toml")
OFFICES = read_data("offices.toml")
PEOPLE = [(row["name"], form) for row in NAMES["person"] for form in row["ar"]]
HOLDERS = {h.person for h in bundled_holdings()}


def mentions(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(m.kind, m.name, m.role, m.org) for m in find_mentions(fold(text))]


@pytest.mark.parametrize(("name", "form"), PEOPLE)
def test_ar_names_every_person_form_names_the_english_canonical(name: str, form: str) -> None:
    assert mentions(f"التقى {form} أمس") == [("person", name, None, None)]
    assert mentions(f"وقال و{form}") == [("person", name, None, None)]


@pytest.mark.parametrize("name", sorted({row["name"] for row in NAMES["person"]}))
def test_ar_names_a_holder_is_spelt_as_in_the_office_table(name: str) -> None:
    assert name.isascii() or any(ord(c) < 0x0600 for c in name)  # a Latin name
    same = [h for h in HOLDERS if same_person(h, name)]
    assert all(h == name for h in same), same


@pytest.mark.parametrize(
    ("kind", "name", "form"),
    [
        (kind, row["name"], form)
        for kind in ("org", "state")
        for row in NAMES[kind]
        for form in row["ar"]
    ],
)
def test_ar_names_every_organisation_and_state_is_an_english_actor(
    kind: str, name: str, form: str
) -> None:
    assert (organisation(name) if kind == "org" else state(name)) == name
    assert mentions(f"بحث {form} اليوم") == [(kind, name, None, None)]


@pytest.mark.parametrize(
    ("name", "form"),
    [(row["name"], f) for row in NAMES["place"] for f in row["ar"] + row.get("exact", [])],
)
def test_ar_names_every_place_is_the_gazetteers_entry(name: str, form: str) -> None:
    place = lookup(name)
    assert place is not None and place.name == name
    text = f"اجتمع الوزراء في {form} اليوم"
    assert [p.place for p in find_places(fold(text), text)] == [place]


def test_ar_names_amman_needs_its_shadda() -> None:
    text = "وصل الوزير إلى عمان"  # without its shadda, as often Oman
    assert find_places(fold(text), text) == []


OFFICE_FORMS = [(row["role"], row["org"], form) for row in OFFICES["office"] for form in row["ar"]]


@pytest.mark.parametrize(("role", "org", "form"), OFFICE_FORMS)
def test_ar_names_every_office_form_gives_its_role_and_org(role: str, org: str, form: str) -> None:
    assert mentions(f"أكد {form} اليوم") == [("office", "", role, org)]
    assert mentions(f"استقبل {form} فؤاد حسين") == [("person", "Fuad Hussein", role, org)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وزير الخارجية التركي هاكان فيدان",
            ("person", "Hakan Fidan", "Foreign Minister", "Turkey"),
        ),
        ("رئيس وزراء الأردن", ("office", "", "Prime Minister", "Jordan")),
        ("سفير الاتحاد الأوروبي", ("office", "", "Ambassador", "European Union")),
        (
            "الأمين العام لحلف شمال الأطلسي (الناتو) مارك روته",
            ("person", "Mark Rutte", "Secretary General", "NATO"),
        ),
        (
            "قائد بعثة الناتو في العراق الجنرال جيوفاني ماريا يانوتشي",
            ("person", "Giovanni Maria Iannucci", "Commander", "NATO Mission Iraq"),
        ),
    ],
)
def test_ar_names_a_title_takes_its_state_and_person(text: str, expected: tuple[str, ...]) -> None:
    assert mentions(text) == [expected]


def test_ar_names_a_counterpart_has_the_first_offices_role() -> None:
    found = mentions("استقبل وزير الخارجية فؤاد حسين نظيره التركي هاكان فيدان")
    assert found[1] == ("person", "Hakan Fidan", "Foreign Minister", "Turkey")


def test_ar_names_an_unknown_name_after_a_title_is_linked_to_a_known_english_name() -> None:
    linker = NameLinker()
    linker.add(["Jane Doe", "Qasim al-Araji"])
    found = find_mentions(fold("استقبل وزير الدفاع جين دو في بغداد"), linker)
    assert [(m.name, m.role) for m in found] == [("Jane Doe", "Defence Minister")]


def test_ar_names_an_unknown_name_no_english_name_fits_is_romanised() -> None:
    found = find_mentions(fold("استقبل وزير الدفاع فلاح العلوي في بغداد"), NameLinker())
    assert [(m.name, m.role) for m in found] == [("Flah al-'lwy", "Defence Minister")]


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("مارك روته", "Mark Rutte"),
        ("قاسم الأعرجي", "Qasim al-Araji"),
        ("مصطفى الكاظمي", "Mustafa al-Kadhimi"),
        ("توماس غوفوس", "Thomas Goffus"),
    ],
)
def test_ar_names_skeletons_of_one_name_agree_across_scripts(arabic: str, latin: str) -> None:
    assert arabic_skeleton(arabic) == latin_skeleton(latin)


def test_ar_names_the_linker_needs_the_family_name_to_agree() -> None:
    linker = NameLinker()
    linker.add(["Mohammed Saleh"])
    assert linker.link("محمد سعيد") is None
    assert linker.link("محمد صالح") == "Mohammed Saleh"


def test_ar_names_a_single_word_links_only_to_one_family_name() -> None:
    linker = NameLinker()
    linker.add(["Mark Rutte", "Anna Rutte"])
    assert linker.link("روته") is None
    linker = NameLinker()
    linker.add(["Mark Rutte"])
    assert linker.link("روته") == "Mark Rutte"


def test_ar_names_romanize_writes_the_article_as_al() -> None:
    assert romanize("جاسم الحلفي") == "Jasm al-hlfy"


def test_ar_names_offices_resolve_to_their_holder_at_the_date() -> None:
    tenure = Tenure()
    assert tenure.holder("Secretary General", "NATO", dt.date(2024, 1, 17)) == "Jens Stoltenberg"
    assert tenure.holder("Secretary General", "NATO", dt.date(2025, 2, 5)) == "Mark Rutte"


def test_ar_names_a_users_actors_file_adds_arabic_aliases(tmp_path: Path) -> None:
    from storyline.actors import load_user_actors

    path = tmp_path / "actors.toml"
    path.write_text(
        '[[alias]]\nname = "Jane Doe"\nkind = "person"\naliases = ["جين دو", "Janie"]\n',
        encoding="utf-8",
    )
    user = user_names(load_user_actors(path).aliases)
    found = find_mentions(fold("التقى وزير الدفاع جين دو بالسوداني"), None, user)
    assert [(m.name, m.role) for m in found] == [
        ("Jane Doe", "Defence Minister"),
        ("Mohammed Shia' Al-Sudani", None),
    ]
    assert user_names(None) is None
