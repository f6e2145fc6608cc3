"""Event dates in sentences: finding phrases, picking the one that dates the event, datelines."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.events.dates import (
    WEEKDAYS,
    article_date,
    dateline_day,
    dateline_span,
    find_date_phrases,
    lead_end,
    parse_dateline_date,
    resolve,
    sentence_date,
)
from storyline.records import EventDate

SHARED = Path(__file__).parents[2].parent / "shared"
WED = dt.date(2025, 2, 5)
THU = dt.date(2025, 2, 6)
NEWS_DATES = st.dates(min_value=dt.date(1900, 1, 8), max_value=dt.date(2099, 12, 24))


@pytest.mark.parametrize(
    ("sentence", "phrases"),
    [
        ("The envoy met the minister today in Erbil.", ["today"]),
        (
            "On Tuesday the council voted, and on 5 March 2024 it met again.",
            ["Tuesday", "5 March 2024"],
        ),
        ("Talks began in early 2020 and resumed in March 2021.", ["early 2020", "March 2021"]),
        ("Wednesday, February 5, 2025 was a busy day.", ["Wednesday, February 5, 2025"]),
        ("She spoke at the 2018 summit in Brussels.", ["2018"]),
        ("The alliance held the talks today, Wednesday, in the capital.", ["today, Wednesday"]),
        ("Officials met two days ago and again yesterday.", ["two days ago", "yesterday"]),
        ("The plan, first drafted in May, was signed on 2025-02-05.", ["May", "2025-02-05"]),
        ("The 1990s ended; in 2003 the war began.", ["2003"]),
    ],
)
def test_dates_find_phrases_in_order(sentence: str, phrases: list[str]) -> None:
    found = find_date_phrases(sentence)
    assert [phrase for _, _, phrase in found] == phrases
    assert all(sentence[start:end] == phrase for start, end, phrase in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "He spoke on the sidelines of the 37th annual forum in the mountains.",
        "The fund pledged $21 billion over ten years.",
        "Some 2,000 troops remain, and 2000 troops could leave.",
        "The council passed Resolution 2107 after a long debate.",
        "The statement was issued at 12:17 PM local time.",
        "Nearly 2000 advisers and Vision 2030 were discussed.",
        "The man, 45, may return if the talks march on.",
        "Markets fell on Black Friday.",
        "The minister arrived the day before the summit opened.",
        "The president and May spoke, and he later wrote to May.",
        "He was arrested at 2088 Lima Street and held at 1990 Tacna Avenue.",
        "They signed it at the Andean Defence Exhibition (ADEX 2023) and at NAVEX 2023.",
    ],
)
def test_dates_find_phrases_skips_numbers_that_are_not_dates(sentence: str) -> None:
    assert find_date_phrases(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("The drills ran in MARCH 2023 near Arica.", "MARCH 2023"),
        ("The treaty was signed in 2023 in Lima.", "2023"),
    ],
)
def test_dates_a_year_after_a_month_in_capitals_or_a_word_is_a_year(
    sentence: str, phrase: str
) -> None:
    assert [p for _, _, p in find_date_phrases(sentence)] == [phrase]


@pytest.mark.parametrize(
    ("sentence", "published", "dateline", "value", "precision"),
    [
        ("The mission began in 2018 after the government asked for it.",
         WED, None, "2018", "year"),
        ("The premier met today in Baghdad with the alliance's chief.",
         THU, WED, "2025-02-05", "day"),
        ("The deputy chief on Tuesday stressed that the mission is advisory.",
         dt.date(2023, 4, 4), None, "2023-04-04", "day"),
        ("The dialogue was held at the adviser's headquarters today, Wednesday.",
         dt.date(2025, 5, 21), None, "2025-05-21", "day"),
        ("Since 2003 the two sides have talked, and on Monday they signed a deal.",
         WED, None, "2025-02-03", "day"),
        ("Ministers will meet on Thursday, the office said.", WED, None, "2025-02-06", "day"),
        ("The office said on Tuesday that ministers will meet next month.",
         WED, None, "2025-02-04", "day"),
        ("The talks, first proposed in 2019, took place on 12 January 2020.",
         WED, None, "2020-01-12", "day"),
        ("The premier met the envoy on Wednesday.", None, None, None, None),
    ],
)  # fmt: skip
def test_dates_sentence_date_picks_the_event_date(
    sentence: str,
    published: dt.date | None,
    dateline: dt.date | None,
    value: str | None,
    precision: str | None,
) -> None:
    date = sentence_date(sentence, published, dateline)
    assert date is not None
    assert (date.value, date.precision) == (value, precision)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("(Site One / XNA - 06th Feb, 2025) MOSUL, 5th February, 2025 (XNA) – The premier met "
         "today with the envoy.", "2025-02-05"),
        ("(Site One / XNA - 06th Feb, 2025) MOSUL, 5th February, 2025 (XNA) – The premier met "
         "the envoy.", "2025-02-05"),
        ("(Site One / XNA - 06th Feb, 2025) The premier met the envoy on Tuesday.", "2025-02-04"),
        ("On Monday – a day after the vote – the envoys met.", "2025-02-03"),
    ],
)  # fmt: skip
def test_dates_sentence_date_skips_opening_credit_and_dateline(sentence: str, value: str) -> None:
    date = sentence_date(sentence, THU, WED)
    assert date is not None and date.value == value


def test_dates_sentence_date_is_none_without_phrase() -> None:
    assert sentence_date("The two sides discussed training and advice.", WED) is None


@pytest.mark.parametrize(
    ("published", "dateline", "expected"),
    [
        (THU, WED, EventDate("2025-02-05", "day", "dateline")),
        (THU, None, EventDate("2025-02-06", "day", "publication")),
        (None, WED, EventDate("2025-02-05", "day", "dateline")),
        (None, None, EventDate(None, None, None)),
    ],
)
def test_dates_article_date_prefers_dateline(
    published: dt.date | None, dateline: dt.date | None, expected: EventDate
) -> None:
    assert article_date(published, dateline) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(Site One / Other News / XNA - 06th Feb, 2025) MOSUL, 5th February, 2025 (XNA) – The",
         dt.date(2025, 2, 5)),
        ("(Site One / Other News / XNA - 06th Feb, 2025) The minister said", dt.date(2025, 2, 6)),
        ("ERBIL, Iraq, March 3, 2021 /Wire/ -- A company", dt.date(2021, 3, 3)),
        ("Kirkuk, 12 May 2019 (XNA) - Officials", dt.date(2019, 5, 12)),
        ("BASRA, May 12 (XNA) - Officials said", None),
        ("Basra-XNA\nThe governor said", None),
        ("On 5 February 2025 the minister met many people in the capital to talk - at length",
         None),
        ("15 Apr 2021; ANDES: A drone struck a base near Tacna yesterday", dt.date(2021, 4, 15)),
        ("15 Apr 2021, 09:30 - A drone struck a base near Tacna yesterday", dt.date(2021, 4, 15)),
        ("15 Apr 2021 (ANDES) - A drone struck a base near Tacna yesterday", dt.date(2021, 4, 15)),
        # a bare date before a dash is a dateline only beside a publication day (dateline_day)
        ("15 Apr 2021 - A drone struck a base near Tacna yesterday", None),
        ("2 soldiers died on 3 May 2021 - the ministry said", None),
        ("April 2021: a month of drone strikes near Tacna", None),
    ],
)  # fmt: skip
def test_dates_parse_dateline_date_prefers_place_led(text: str, expected: dt.date | None) -> None:
    assert parse_dateline_date(text) == expected


@given(reference=NEWS_DATES, weekday=st.sampled_from(WEEKDAYS), on=st.booleans())
def test_dates_weekday_is_latest_on_or_before_reference(
    reference: dt.date, weekday: str, on: bool
) -> None:
    date = resolve(f"on {weekday}" if on else weekday, reference)
    assert date.value is not None
    value = dt.date.fromisoformat(date.value)
    assert 0 <= (reference - value).days <= 6
    assert value.weekday() == WEEKDAYS.index(weekday)
    assert not date.weekday_mismatch


@given(reference=NEWS_DATES, weekday=st.sampled_from(WEEKDAYS))
def test_dates_future_weekday_is_on_or_after_reference(reference: dt.date, weekday: str) -> None:
    date = resolve(f"will meet on {weekday}", reference)
    assert date.value is not None
    value = dt.date.fromisoformat(date.value)
    assert 0 <= (value - reference).days <= 6
    assert value.weekday() == WEEKDAYS.index(weekday)


@given(reference=NEWS_DATES, word=st.sampled_from(["today", "Today", "this morning", "tonight"]))
def test_dates_today_is_reference(reference: dt.date, word: str) -> None:
    assert resolve(word, reference) == EventDate(reference.isoformat(), "day", "relative", word)


def _renderings(day: dt.date) -> list[str]:
    """The day in each explicit form the module reads, avoiding ambiguous slashed numbers."""
    forms = [
        day.isoformat(),
        day.strftime("%Y/%m/%d"),
        f"{day.day} {day:%B %Y}",
        f"{day.day}th {day:%B}, {day.year}",
        f"the {day.day}th of {day:%B %Y}",
        f"{day:%B} {day.day}, {day.year}",
        f"{day:%b}. {day.day}, {day.year}",
        f"{day:%A}, {day:%B} {day.day}, {day.year}",
        day.strftime("%d.%m.%Y"),
    ]
    if day.day > 12 or day.day == day.month:
        forms += [day.strftime("%d/%m/%Y"), day.strftime("%d-%m-%Y"), day.strftime("%m/%d/%Y")]
    return forms


@given(
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
    reference=st.none() | st.dates(),
)
def test_dates_explicit_forms_round_trip(day: dt.date, reference: dt.date | None) -> None:
    for text in _renderings(day):
        date = resolve(text, reference)
        assert (date.value, date.precision, date.basis) == (day.isoformat(), "day", "explicit")
        assert not date.weekday_mismatch, text


@settings(max_examples=300)
@given(
    text=st.text(max_size=300)
    | st.lists(
        st.sampled_from(
            ["on", "Tuesday", "5", "February", "2025", ",", "today", "last", "week", "ago",
             "will", "met", "the", "day", "before", "/", "-", ".", "31", "29", "mid", "1999"]
        ),
        max_size=30,
    ).map(" ".join),
    published=st.none() | st.dates(),
    dateline=st.none() | st.dates(),
)  # fmt: skip
def test_dates_sentence_date_never_raises(
    text: str, published: dt.date | None, dateline: dt.date | None
) -> None:
    date = sentence_date(text, published, dateline)
    assert date is None or date.phrase is not None


def _seed_cases() -> list[tuple[str, str, str, str]]:
    """(body file, evidence sentence, gold date, gold precision) for gold events whose
    evidence sentence carries a date phrase."""
    gold_path = SHARED / "gold" / "seeds.json"
    if not gold_path.exists():
        return []
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return [
        (doc, sentence, event["date"], event["date_precision"])
        for event in gold["events"]
        for doc, sentence in (event.get("evidence") or {}).items()
        if find_date_phrases(sentence)
    ]


@pytest.mark.parametrize(("doc", "sentence", "gold", "precision"), _seed_cases())
def test_dates_seed_evidence_sentences_match_gold(
    doc: str, sentence: str, gold: str, precision: str
) -> None:
    gold_data = json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))
    published_iso = next(d["published"] for d in gold_data["documents"] if d["doc"] == doc)
    if published_iso is None:
        pytest.skip(f"{doc} has no publication date of its own")
    body = (SHARED / "gold" / "seeds" / f"{doc}.body.txt").read_text(encoding="utf-8")
    date = sentence_date(sentence, dt.date.fromisoformat(published_iso), parse_dateline_date(body))
    assert date is not None and date.value is not None
    width = {"day": 10, "month": 7, "year": 4}[precision]
    assert date.value[:width] == gold[:width]


def test_dates_seed_cases_exist() -> None:
    if not (SHARED / "gold" / "seeds.json").exists():
        pytest.skip(f"{SHARED} not found (../shared is not beside this checkout)")
    assert len(_seed_cases()) >= 3


@pytest.mark.parametrize(
    ("sentence", "reference", "value"),
    [
        ("The envoy will be in Ankara 16-17 November.", dt.date(2015, 11, 10), "2015-11-16"),
        ("The talks ran from 3 to 5 May 2024 in Doha.", None, "2024-05-03"),
        ("Leaders meet on June 29-30 in Madrid.", dt.date(2022, 4, 6), "2022-06-29"),
        ("He travels November 16 - 17 to Turkey.", dt.date(2015, 11, 10), "2015-11-16"),
        (
            "Defence ministers met 14 and 15 February in Brussels.",
            dt.date(2023, 2, 16),
            "2023-02-14",
        ),
    ],
)
def test_dates_range_is_read_as_its_first_day(
    sentence: str, reference: dt.date | None, value: str
) -> None:
    found = sentence_date(sentence, reference)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The two leaders talked on 3 March before the 2016 summit.", "2016-03-03"),
        ("They spoke on 12 February, ahead of the 2019 conference.", "2019-02-12"),
    ],
)
def test_dates_day_and_month_take_the_year_the_sentence_states(sentence: str, value: str) -> None:
    found = sentence_date(sentence, None)
    assert found is not None and found.value == value and found.basis == "explicit"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Just a few days ago, the president signed the bill.", "2022-03-24"),
        ("Several weeks ago the ministers met in Rome.", "2022-02-27"),
    ],
)
def test_dates_approximate_counts_ago(sentence: str, value: str) -> None:
    found = sentence_date(sentence, dt.date(2022, 3, 27))
    assert found is not None and found.value == value


def test_dates_since_does_not_date_a_happening() -> None:
    sentence = "He expressed sympathy for civilians killed since October 7."
    assert sentence_date(sentence, dt.date(2023, 12, 15), bounds=False) is None
    assert sentence_date(sentence, dt.date(2023, 12, 15)) is not None


@pytest.mark.parametrize(
    ("sentence", "reference", "day"),
    [
        ("The two leaders spoke last weekend.", dt.date(2019, 11, 25), "2019-11-23"),
        ("The two leaders spoke over the weekend.", dt.date(2019, 11, 24), "2019-11-23"),
        ("The two leaders spoke last weekend.", dt.date(2019, 11, 24), "2019-11-16"),
        ("The two leaders will meet this weekend.", dt.date(2019, 11, 27), "2019-11-30"),
    ],
)
def test_dates_a_weekend_is_its_saturday(sentence: str, reference: dt.date, day: str) -> None:
    found = sentence_date(sentence, reference, None)
    assert found is not None and (found.value, found.basis) == (day, "inferred")


def test_dates_a_range_of_days_is_no_dateline_dash() -> None:
    """ "travel to Peru November 16 - 17": the dash of a range ends no dateline; the dash
    after a dateline's year does."""
    assert lead_end("Ana Soto, the envoy, will travel to Peru November 16 - 17.") == 0
    assert lead_end("LIMA, 5 May 2025 – The minister met the envoy.") == len("LIMA, 5 May 2025 – ")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("LIMA, May 3 (Wire) - The minister met the envoy on Tuesday.", "2024-05-03"),
        ("CUSCO, Peru, 3 May – The minister met the envoy.", "2024-05-03"),
        ("President Vidal met Prime Minister Soto in Lima on Monday.\n\nRebels struck.", None),
    ],
)
def test_dates_a_dateline_s_day_without_a_year_takes_the_publication_s(
    text: str, day: str | None
) -> None:
    """Wire copy writes its dateline's day without the year: the year that puts it on or
    before the publication day; a first line that tells a happening is no dateline."""
    found = dateline_day(text, dt.date(2024, 5, 8))
    assert (found.isoformat() if found else None) == day


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("TACNA, 15 Apr 2021 (ANDES) - A drone struck", "TACNA, 15 Apr 2021 "),
        ("15 Apr 2021; ANDES: A drone struck", "15 Apr 2021; ANDES"),
        ("(Andes Wire) LIMA, May 3 (AW) - Officials said", "LIMA, May 3 "),
        ("TACNA (ANDES) - A drone struck on Monday", None),
        ("On 5 February 2025 the minister met many people in the capital to talk - at length",
         None),
    ],
)  # fmt: skip
def test_dates_dateline_span_is_the_opening_dateline_with_its_date(
    text: str, dateline: str | None
) -> None:
    span = dateline_span(text)
    assert (text[span[0] : span[1]] if span else None) == dateline
