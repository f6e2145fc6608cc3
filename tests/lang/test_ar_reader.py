"""The Arabic event reader: every trigger of ``lang/ar/data/triggers.toml`` against the event
registry and through its examples, then sides, dates, places, statements and topics."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.actors import Tenure
from storyline.events.registry import registry
from storyline.lang.ar.profile import read_data
from storyline.lang.ar.reader import ArabicArticle, known_names, read_arabic
from storyline.lang.ar.translit import NameLinker
from storyline.lang.ar.triggers import triggers
from storyline.records import Event

WEDNESDAY = dt.date(2025, 2, 5)


def read(text: str, published: dt.date | None = WEDNESDAY) -> list[Event]:
    linker = NameLinker()
    linker.add(known_names())
    return list(read_arabic(ArabicArticle("d", "id", text, published), Tenure(), linker).events)


def sides(event: Event) -> tuple[set[str], set[str]]:
    return (
        {a.name for a in event.actors if a.side == "source"},
        {a.name for a in event.actors if a.side == "target"},
    )


def test_ar_reader_every_trigger_names_a_registry_type() -> None:
    names = {t.name for t in registry().types}
    assert {row["type"] for row in read_data("triggers.toml")["trigger"]} <= names
    assert all(t.examples for t in triggers())


EXAMPLES = [(t.type.name, e) for t in triggers() for e in t.examples]


@pytest.mark.parametrize(
    ("kind", "example"), EXAMPLES, ids=[f"{k}-{n}" for n, (k, _) in enumerate(EXAMPLES)]
)
def test_ar_reader_every_example_reads_its_type_and_sides(kind: str, example: object) -> None:
    events = read(example.text)  # type: ignore[attr-defined]
    assert events and events[0].type == kind
    source, target = sides(events[0])
    assert source == set(example.source)  # type: ignore[attr-defined]
    assert target == set(example.target)  # type: ignore[attr-defined]


def test_ar_reader_a_lead_reads_as_the_english_reader_would() -> None:
    (event,) = read(
        "بغداد - واع\n"
        "استقبل وزير الدفاع ثابت العباسي، اليوم الأربعاء، الأمين العام لحلف شمال الأطلسي "
        "(الناتو) مارك روته في مقر الوزارة.\n"
        "وأكد العباسي حرص بلاده على توسيع التعاون في مجال التدريب."
    )
    assert (event.type, event.plover, event.date.value, event.date.basis) == (
        "meet",
        "CONSULT",
        "2025-02-05",
        "relative",
    )
    assert event.location is not None and event.location.name == "Baghdad"
    assert [(a.name, a.role, a.org, a.side) for a in event.actors] == [
        ("Thabet al-Abbasi", "Defence Minister", "Iraq", "source"),
        ("Mark Rutte", "Secretary General", "NATO", "target"),
    ]
    assert event.summary == (
        "Iraqi Defence Minister Thabet al-Abbasi met NATO Secretary General Mark Rutte in Baghdad"
    )
    assert event.sources[0].sentence.startswith("استقبل وزير الدفاع")
    assert event.topics == ("training",)
    assert [s.speaker for s in event.statements] == ["Thabet al-Abbasi"]
    assert event.statements[0].quote.startswith("وأكد العباسي")


def test_ar_reader_evidence_is_verbatim_with_offsets() -> None:
    text = "بغداد - واع\nاستقبلَ رئيسُ الوزراء محمد شياع السوداني، اليومَ، مارك روته."
    (event,) = read(text)
    (evidence,) = event.sources
    assert text[evidence.start : evidence.end] == evidence.sentence
    assert "استقبلَ" in evidence.sentence


def test_ar_reader_an_office_without_a_name_is_its_holder_at_the_date() -> None:
    (event,) = read("استقبل رئيس الوزراء، اليوم، الأمين العام لحلف الناتو.", dt.date(2024, 1, 17))
    assert {a.name for a in event.actors} == {"Mohammed Shia' Al-Sudani", "Jens Stoltenberg"}


def test_ar_reader_a_receiving_verb_turns_the_sides_round() -> None:
    (event,) = read(
        "تلقى رئيس الوزراء محمد شياع السوداني اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون."
    )
    assert (event.type, event.mode, event.location) == ("call", "phone", None)
    assert sides(event) == ({"Emmanuel Macron"}, {"Mohammed Shia' Al-Sudani"})


def test_ar_reader_a_negated_happening_is_no_event() -> None:
    assert read("لم يلتق رئيس الوزراء محمد شياع السوداني مارك روته.") == []


def test_ar_reader_a_planned_happening_is_an_announcement() -> None:
    (event,) = read("سيزور الأمين العام لحلف الناتو مارك روته بغداد الأسبوع المقبل.")
    assert event.type == "planned-visit"


def test_ar_reader_a_recalled_happening_is_background() -> None:
    events = read("وصل مارك روته إلى بغداد في زيارة رسمية عام 2018.")
    assert events and events[0].background


def test_ar_reader_speech_alone_is_a_statement_event() -> None:
    (event,) = read("أكد الأمين العام لحلف الناتو مارك روته دعم الحلف للعراق.")
    assert (event.type, [a.name for a in event.actors]) == ("statement", ["Mark Rutte"])
    assert event.statements[0].quote.startswith("أكد")


def test_ar_reader_a_later_mention_with_the_article_joins_the_happening() -> None:
    (event,) = read(
        "صوت مجلس النواب العراقي، اليوم، على قرار إنهاء وجود القوات الأجنبية.\n"
        "وجاء التصويت بحضور رئيس الوزراء عادل عبد المهدي."
    )
    assert [a.name for a in event.actors] == ["Council of Representatives of Iraq"]
    assert len(event.sources) == 2


def test_ar_reader_an_article_without_happenings_says_why() -> None:
    linker = NameLinker()
    reading = read_arabic(
        ArabicArticle("d", "id", "الطقس معتدل في بغداد.", WEDNESDAY), Tenure(), linker
    )
    assert reading.events == () and reading.reason and "no sentence" in reading.reason


@pytest.mark.parametrize(
    ("en", "form"), [(r["en"], f) for r in read_data("topics.toml")["topic"] for f in r["ar"]]
)
def test_ar_reader_every_topic_is_read_in_english(en: str, form: str) -> None:
    (event,) = read(f"استقبل رئيس الوزراء محمد شياع السوداني مارك روته وبحثا {form}.")
    assert en in event.topics


def test_ar_reader_an_office_nobody_is_known_to_hold_is_its_body() -> None:
    (event,) = read("بحث وزير الدفاع ثابت العباسي، مع قائد بعثة الناتو في العراق، سبل التعاون.")
    assert sides(event) == ({"Thabet al-Abbasi"}, {"NATO Mission Iraq"})


def test_ar_reader_an_acronym_in_brackets_leaves_the_office_whole() -> None:
    (event,) = read(
        "استقبل رئيس الوزراء محمد شياع السوداني قائد بعثة حلف شمال الأطلسي (الناتو) في العراق"
        " الجنرال جيوفاني ماريا يانوتشي."
    )
    assert [(a.name, a.role) for a in event.actors if a.side == "target"] == [
        ("Giovanni Maria Iannucci", "Commander")
    ]


def test_ar_reader_words_after_a_comma_are_no_name_unless_a_rank_comes_first() -> None:
    (event,) = read(
        "أجرى قاسم الأعرجي اتصالاً هاتفياً بـ نائب الأمين العام لحلف الناتو، بحثا خلاله الأوضاع."
    )
    assert all(a.name != "Bhtha Khlalh" for a in event.actors)
    (event,) = read("استقبل محمد شياع السوداني قائد بعثة الناتو في العراق، الفريق خوسيه أغويرو.")
    assert ("Khwsyh Aghwyrw", "Commander") in [(a.name, a.role) for a in event.actors]


def test_ar_reader_the_two_sides_are_the_main_happenings_participants() -> None:
    events = read(
        "التقى رئيس الوزراء محمد شياع السوداني الرئيس الفرنسي إيمانويل ماكرون في باريس.\n"
        "ووقع الجانبان اتفاقية الشراكة الاستراتيجية بين العراق وفرنسا."
    )
    assert [e.type for e in events] == ["meet", "sign"]
    assert {a.name for a in events[1].actors} == {"Mohammed Shia' Al-Sudani", "Emmanuel Macron"}


def test_ar_reader_a_rank_between_title_and_name_is_skipped() -> None:
    (event,) = read(
        "ناقش رئيس أركان الجيش الفريق أول ركن عبد الأمير رشيد يار الله، مع قائد بعثة الناتو"
        " في العراق، آليات تطوير التدريب."
    )
    assert [(a.name, a.role) for a in event.actors if a.side == "source"] == [
        ("Abdul Amir Yarallah", "Chief of Staff")
    ]


def test_ar_reader_what_was_discussed_names_no_participant() -> None:
    (event,) = read(
        "أكد وزير الخارجية فؤاد حسين، خلال لقائه الأمين العام لحلف الناتو ينس ستولتنبرغ على"
        " هامش قمة فيلنيوس، أهمية استمرار عمل بعثة الحلف.",
        dt.date(2023, 7, 12),
    )
    assert {a.name for a in event.actors} == {"Fuad Hussein", "Jens Stoltenberg"}
    assert event.location is not None and event.location.name == "Vilnius"


def test_ar_reader_the_main_happening_is_the_leads_own_not_one_it_recalls() -> None:
    events = read(
        "أطلق حلف الناتو بعثته الاستشارية في العراق عام 2018.\n"
        "واستقبل رئيس الوزراء محمد شياع السوداني، اليوم، مارك روته."
    )
    assert [(e.type, e.background) for e in events] == [("meet", False), ("launch", True)]
    assert events[1].date.value == "2018"


def test_ar_reader_a_call_received_is_told_after_it_too() -> None:
    (event,) = read(
        "بحث رئيس الوزراء محمد شياع السوداني، في اتصال هاتفي تلقاه اليوم من الأمين العام لحلف"
        " الناتو ينس ستولتنبرغ، العلاقات بين العراق والحلف.",
        dt.date(2023, 6, 14),
    )
    assert sides(event) == ({"Jens Stoltenberg"}, {"Mohammed Shia' Al-Sudani"})


def test_ar_reader_who_announces_a_happening_takes_no_part_in_it() -> None:
    (event,) = read(
        "أعلن حلف الناتو، اليوم، عن تسلم الجنرال الإسباني خوسيه أغويرو قيادة بعثة الحلف في العراق."
    )
    assert event.type == "command"
    assert [(a.name, a.org, a.side) for a in event.actors] == [
        ("Khwsyh Aghwyrw", "Spain", "target"),  # took command: the target, as in English
        ("NATO Mission Iraq", None, "target"),
    ]


def test_ar_reader_where_an_ambassador_is_posted_is_part_of_the_title() -> None:
    (event,) = read(
        "استقبل وزير الخارجية فؤاد حسين سفير المملكة المتحدة لدى بغداد مارك ريتشاردسون."
    )
    assert [(a.name, a.role, a.org) for a in event.actors if a.side == "target"] == [
        ("Mark Rytshardswn", "Ambassador", "United Kingdom")
    ]


def test_ar_reader_office_held_by_a_woman_is_the_same_office() -> None:
    """ "نائبة الأمين العام" is the Deputy Secretary General, as "نائب الأمين العام" is."""
    text = (
        "استقبل رئيس مجلس الوزراء محمد شياع السوداني، اليوم الأربعاء، نائبة الأمين العام لحلف "
        "شمال الأطلسي رادميلا شيكرينسكا."
    )
    (meeting,) = read(text)
    guest = next(a for a in meeting.actors if a.side == "target")
    assert (guest.role, guest.org) == ("Deputy Secretary General", "NATO")


def test_ar_reader_planned_visit_on_a_weekday_is_announced_on_its_day() -> None:
    """ "سيزور ... يوم الخميس المقبل": the Thursday to come is no day in the past week; the
    announcement is the publication's."""
    (announced,) = read("سيزور السوداني بروكسل يوم الخميس المقبل")
    assert announced.type == "planned-visit"
    assert announced.date.value == WEDNESDAY.isoformat()


def test_ar_reader_abbreviated_doctor_does_not_end_the_sentence() -> None:
    """ "د." (Dr.) before a name is no full stop."""
    (meeting,) = read(
        "استقبل د. محمد شياع السوداني اليوم الأربعاء الأمين العام لحلف الناتو مارك روته."
    )
    assert sides(meeting) == ({"Mohammed Shia' Al-Sudani"}, {"Mark Rutte"})


def test_ar_reader_state_office_with_no_known_holder_is_the_state() -> None:
    """ "وزير الدفاع البريطاني", whoever held it then, stands for the United Kingdom; a
    statement by no one known is no event."""
    (meeting,) = read("استقبل رئيس مجلس الوزراء محمد شياع السوداني وزير الدفاع البريطاني في بغداد.")
    assert "United Kingdom" in sides(meeting)[1]
    assert all(any(a.name for a in e.actors) for e in read("وأكد الوزير أهمية التعاون."))


@pytest.mark.parametrize(
    "text",
    [
        "أدان حلف الناتو الهجوم الذي استهدف قاعدة عين الأسد.",
        "استقبل رئيس الوزراء محمد شياع السوداني مارك روته وبحثا انسحاب قوات التحالف الدولي.",
        "وبحث الجانبان ملف انتهاء مهمة التحالف الدولي.",
        "طالب مجلس النواب بانسحاب قوات التحالف الدولي.",
    ],
)
def test_ar_reader_a_happening_discussed_demanded_or_condemned_is_none_of_its_own(
    text: str,
) -> None:
    assert {e.type for e in read(text)} <= {"condemn", "meet", "request"}


def test_ar_reader_an_attack_claimed_after_it_is_told_is_the_claimants() -> None:
    (event,) = read(
        "بغداد - واع\n"
        "ضرب تفجيران انتحاريان، اليوم الأربعاء، سوقا شعبية وسط العاصمة بغداد.\n"
        "وتبنى تنظيم داعش الهجوم في بيان."
    )
    assert (event.type, event.plover, event.date.value) == ("attack", "ASSAULT", "2025-02-05")
    assert sides(event) == ({"Islamic State"}, set())
    assert event.location is not None and event.location.name == "Baghdad"


def test_ar_reader_an_unnamed_force_leaves_no_source_but_a_named_one_is_it() -> None:
    (unnamed,) = read("اعتقلت قوة أمنية القيادي في الحشد الشعبي قاسم مصلح.")
    assert sides(unnamed) == (set(), {"Qasim Muslih"})
    (named,) = read("هاجمت قوات التحالف الدولي مواقع لتنظيم داعش.")
    assert sides(named) == ({"Global Coalition"}, {"Islamic State"})


def test_ar_reader_a_day_dates_the_happening_over_a_month_it_recalls() -> None:
    (event,) = read(
        "فرضت الولايات المتحدة، اليوم الأربعاء، عقوبات على فالح الفياض بسبب قمع المتظاهرين في "
        "تشرين الأول عام 2019."
    )
    assert (event.type, event.date.value) == ("sanction", "2025-02-05")


def test_ar_reader_a_state_after_and_in_is_a_place() -> None:
    (event,) = read("شنت الولايات المتحدة غارات جوية على مقرات لهيئة الحشد الشعبي وفي سوريا.")
    assert sides(event) == ({"United States"}, {"Popular Mobilization Forces"})


def test_ar_reader_a_trigger_word_with_nobody_on_its_sides_leaves_a_statement() -> None:
    (event,) = read(
        "قال الأمين العام لحلف الناتو مارك روته إن الهجمات على القوات الدولية تهدد الاستقرار."
    )
    assert (event.type, [a.name for a in event.actors]) == ("statement", ["Mark Rutte"])


def test_ar_reader_support_said_is_a_statement_support_announced_a_happening() -> None:
    (said,) = read("وأعرب الاتحاد الأوروبي عن دعمه للحكومة العراقية.")
    (announced,) = read("أعلن الاتحاد الأوروبي دعمه للحكومة العراقية.")
    assert (said.type, announced.type, announced.plover) == ("statement", "support", "SUPPORT")
