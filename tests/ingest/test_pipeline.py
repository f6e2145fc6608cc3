from __future__ import annotations

import datetime as dt
import json
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.config import Settings
from storyline.errors import Code, IngestError
from storyline.ingest.pipeline import ingest, process, with_url_date
from storyline.records import Field, Metadata, RawDocument

STORY = (
    "BAGHDAD — Officials met a visiting delegation on Tuesday to discuss training courses. "
    "They agreed to hold a second round of talks in the spring, a statement said.\n"
    "The delegation also visited a military college and met its instructors and students."
)


def test_pipeline_jsonl_given_metadata_wins_and_dates_normalise() -> None:
    given = Metadata(
        title=Field("Given title", "jsonl"),
        published=Field("2024-01-17T10:00:00Z", "jsonl"),
        outlet=Field("Wire", "jsonl"),
    )
    raw = RawDocument("x", "feed.jsonl:1", b"{}", "jsonl", given=given, text=STORY)
    article = process(raw, Settings())
    assert article.meta.title == Field("Given title", "jsonl")
    assert article.meta.published == Field("2024-01-17", "jsonl")
    assert article.meta.lang == Field("en", "text")
    assert "second round of talks" in article.text


def test_pipeline_jsonl_html_field_goes_through_trafilatura() -> None:
    html = f"<html><body><nav>Home News</nav><article><p>{STORY}</p></article></body></html>"
    raw = RawDocument("x", "feed.jsonl:1", b"{}", "jsonl", text=html, markup=True)
    assert "<p>" not in process(raw, Settings()).text


# A release as crawlers carry it: hard-wrapped at 72 columns, closed by an end marker.
WRAPPED = (
    "The harbour office of Kelmouth said on Monday that the ferry to the island\n"
    "will sail again from next week, after crews repaired the landing stage\n"
    "that the winter storms damaged. The first crossing leaves at seven in the\n"
    "morning.\n\n"
    "The office thanked the island's coast guard for its help during the\n"
    "storms.\n\n\\###\n"
)


@pytest.mark.parametrize("kind", ["jsonl", "pagedump"])
def test_pipeline_hard_wrapped_text_kept_whole(kind: str) -> None:
    raw = RawDocument("x", "x", WRAPPED.encode(), kind, text=WRAPPED)  # type: ignore[arg-type]
    article = process(raw, Settings())
    assert article.text.split("\n") == [" ".join(p.split()) for p in WRAPPED.split("\n\n")[:2]]


@pytest.mark.parametrize(
    ("url", "given", "published"),
    [
        ("https://news.example/2019/11/19/harbour", None, Field("2019-11-19", "url")),
        ("https://news.example/ps/2016/07/260245.htm", None, Field("2016-07", "url")),
        ("https://news.example/2019/11/19/harbour", "2019-11-18", Field("2019-11-18", "jsonl")),
        ("https://news.example/harbour", None, Field()),
    ],
)
def test_pipeline_jsonl_url_dates_what_nothing_else_dates(
    url: str, given: str | None, published: Field
) -> None:
    meta = Metadata(published=Field(given, "jsonl") if given else Field())
    raw = RawDocument("x", url, b"{}", "jsonl", given=meta, text=STORY)
    assert process(raw, Settings()).meta.published == published


@pytest.mark.parametrize(
    ("url", "given", "outlet"),
    [
        ("https://www.brindlewick.gov/releases/harbour", None, Field("brindlewick.gov", "url")),
        ("https://en.florpedia.org/wiki/Harbour", None, Field("florpedia.org", "url")),
        (
            "https://www.brindlewick.gov/releases/harbour",
            "Harbour Wire",
            Field("Harbour Wire", "jsonl"),
        ),
        ("feed.jsonl:1", None, Field()),
    ],
)
def test_pipeline_jsonl_url_names_the_outlet_nothing_else_names(
    url: str, given: str | None, outlet: Field
) -> None:
    meta = Metadata(outlet=Field(given, "jsonl") if given else Field())
    raw = RawDocument("x", url, b"{}", "jsonl", given=meta, text=STORY)
    assert process(raw, Settings()).meta.outlet == outlet


def test_pipeline_page_text_names_its_outlet_before_its_url() -> None:
    page = f"Marrow Ledger\nHome\nNews\n{STORY}\nMore news\n© Marrow Ledger 2031\n"
    raw = RawDocument("x", "https://www.brindlewick.gov/a", b"{}", "jsonl", text=page)
    assert process(raw, Settings()).meta.outlet == Field("Marrow Ledger", "masthead")


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        (
            '<meta property="og:site_name" content="Marrow Ledger">'
            '<link rel="canonical" href="https://www.marrowledger.com/a">',
            Field("Marrow Ledger", "html"),
        ),
        (
            '<link rel="canonical" href="https://en.marrowledger.com/a">',
            Field("marrowledger.com", "url"),
        ),
    ],
)
def test_pipeline_html_site_name_or_its_canonical_address(head: str, outlet: Field) -> None:
    html = f"<html><head>{head}</head><body><article><p>{STORY}</p></article></body></html>"
    raw = RawDocument("x", "page.html", html.encode(), "html")
    assert process(raw, Settings()).meta.outlet == outlet


def test_pipeline_page_dump_path_is_no_address() -> None:
    raw = RawDocument("x", "/data/2019/11/19/page.txt", STORY.encode(), "pagedump")
    assert process(raw, Settings()).meta.published == Field()


TODAY = dt.date(2025, 12, 3)


@pytest.mark.parametrize(
    ("published", "url", "expected"),
    [
        (Field(), "https://n.example/2021/03/15/a", Field("2021-03-15", "url")),
        (Field("2021-03", "issue"), "https://n.example/2021/03/15/a", Field("2021-03-15", "url")),
        (Field("2021-03", "issue"), "https://n.example/2021/04/15/a", Field("2021-03", "issue")),
        (Field("2021-03", "issue"), "https://n.example/2021/03/a", Field("2021-03", "issue")),
        (
            Field("2021-03-11", "byline"),
            "https://n.example/2021/03/15/a",
            Field("2021-03-11", "byline"),
        ),
        (Field(), "https://n.example/2021/03/a", Field("2021-03", "url")),
        (Field(), None, Field()),
    ],
)
def test_pipeline_url_date_only_fills_or_refines(
    published: Field, url: str | None, expected: Field
) -> None:
    assert with_url_date(published, url, TODAY) == expected


@pytest.mark.parametrize(
    ("raw", "kind", "code"),
    [
        (b"Home\nNews\nSport", "pagedump", Code.E108),
        (b"no markup here at all", "html", Code.E107),
        (b"\x1f\x8b\x08\x00garbage", "html", Code.E107),
    ],
)
def test_pipeline_rejects_with_a_code(raw: bytes, kind: str, code: Code) -> None:
    with pytest.raises(IngestError) as caught:
        process(RawDocument("x", "x", raw, kind), Settings())  # type: ignore[arg-type]
    assert caught.value.code == code


def rows(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT id, status FROM documents").fetchall())


contents = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=400).map(str.encode),
    st.just(STORY.encode()),
    st.builds(lambda t: json.dumps({"text": t}).encode(), st.text(max_size=200)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    files=st.lists(
        st.tuples(st.sampled_from([".txt", ".html", ".jsonl", ""]), contents), max_size=5
    )
)
def test_pipeline_ingest_never_crashes_and_rerun_is_idempotent(
    files: list[tuple[str, bytes]],
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp) / "in", Path(tmp) / "s.db"
        folder.mkdir()
        for n, (suffix, data) in enumerate(files):
            (folder / f"f{n}{suffix}").write_bytes(data)
        first = ingest([str(folder)], Settings(db=db))
        stored = rows(db)
        second = ingest([str(folder)], Settings(db=db))
        assert rows(db) == stored
        assert second.counts["ingested"] == 0 and second.counts["updated"] == 0
        # Equal bytes are one document: rejected as .html but taken as .txt, it stays taken.
        assert second.counts["rejected"] <= first.counts["rejected"]
        assert len(stored) == len({doc_id for doc_id, _ in stored})


def test_pipeline_gzip_that_expands_past_the_limit_is_too_large() -> None:
    import gzip

    bomb = gzip.compress(b"<html><body>" + b"a" * 200_000 + b"</body></html>")
    with pytest.raises(IngestError) as caught:
        process(RawDocument("x", "x.html.gz", bomb, "html"), Settings(max_bytes=50_000))
    assert caught.value.code == Code.E103


def test_pipeline_gzipped_page_dump_is_read() -> None:
    import gzip

    page = f"Home\nNews\nTalks resume\n{STORY}\nRelated Stories\n".encode()
    article = process(RawDocument("x", "x.txt.gz", gzip.compress(page), "pagedump"), Settings())
    assert "second round of talks" in article.text


def test_pipeline_jsonl_records_without_id_survive_a_reordered_feed(tmp_path: Path) -> None:
    import json

    from storyline.config import Settings
    from storyline.ingest.pipeline import ingest
    from storyline.store import open_store

    one = "The defence minister met the visiting delegation in the capital on Monday. " * 2
    two = "The foreign minister received the ambassador at the ministry on Tuesday. " * 2
    feed, db = tmp_path / "feed.jsonl", tmp_path / "s.db"
    settings = Settings(db=db)

    def write(*texts: str) -> None:
        lines = [json.dumps({"url": "https://news.example/", "text": t}) for t in texts]
        feed.write_text("\n".join(lines) + "\n")

    write(one, two)
    assert ingest([str(feed)], settings).counts["ingested"] == 2
    write(two, one)
    again = ingest([str(feed)], settings)
    assert again.counts == {"unchanged": 2}
    with open_store(db) as store:
        assert len(list(store.documents(status="ok"))) == 2


def test_pipeline_a_text_s_headline_line_over_its_dateline_is_its_title() -> None:
    """A .txt that opens with its headline, the dateline under it: the title, and the date
    the dateline gives (not a body whose first line hides the dateline)."""
    text = (
        "Rockets strike base housing Peruvian troops\n\n"
        "TACNA, Peru, March 3, 2024 — Two rockets struck an army base near the border on "
        "Saturday night, officials said. No one was hurt, and the army opened an inquiry.\n\n"
        "The government condemned the attack on Sunday and promised a full investigation."
    )
    article = process(RawDocument("x", "x", text.encode(), "pagedump"), Settings())
    assert article.meta.title.value == "Rockets strike base housing Peruvian troops"
    assert article.meta.published == Field("2024-03-03", "dateline")
    assert article.text.startswith("TACNA, Peru")


@pytest.mark.parametrize(
    "above",
    [
        ["Andean Press Service"],
        ["Chile, Peru hold talks on border security,", "trade and migration"],
        ["Ministers meet in Lima", "Staff Report"],
    ],
)
def test_pipeline_a_text_begins_at_its_dateline_below_a_headline_and_a_credit(
    above: list[str],
) -> None:
    """Short lines that end no sentence above a paragraph that opens with a dateline: a
    headline (maybe broken in two) and a credit, not the article."""
    lead = (
        "LIMA – Chile and Peru on Tuesday agreed to step up cooperation on border security, "
        "the foreign ministry said."
    )
    rest = "Foreign Minister Ana Soto held talks with her Chilean counterpart at the ministry."
    text = "\n\n".join([*above, lead, rest])
    article = process(RawDocument("x", "x", text.encode(), "pagedump"), Settings())
    assert article.text.startswith("LIMA – Chile and Peru")
    if len(above) > 1:
        assert article.meta.title.value != above[-1]  # (not the credit, nor a headline's tail)


def test_pipeline_a_sentence_above_a_dateline_stays_in_the_article() -> None:
    first = "Chile and Peru agreed to step up cooperation on border security."
    lead = "LIMA – The foreign ministers met on Tuesday and signed a joint statement on trade."
    text = "\n\n".join([first, lead])
    article = process(RawDocument("x", "x", text.encode(), "pagedump"), Settings())
    assert article.text.startswith(first)


def test_pipeline_a_store_kept_in_the_folder_it_reads_is_no_input(tmp_path: Path) -> None:
    """`ingest pages --db pages/s.db` twice: the store, its log and its lock are not read."""
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    db = tmp_path / "s.db"
    ingest([str(tmp_path)], Settings(db=db))
    second = ingest([str(tmp_path)], Settings(db=db))
    assert second.all_taken, second.rejections
    assert [status for _, status in rows(db)] == ["ok"]


def test_pipeline_a_loop_of_links_beside_the_store_is_one_rejection(tmp_path: Path) -> None:
    """The check for the store's own files follows no link: a loop is the reader's to reject."""
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    summary = ingest([str(tmp_path)], Settings(db=tmp_path / "s.db"))
    assert [source for source, _ in summary.rejections] == [str(loop)]


@pytest.mark.parametrize(
    "first",
    [
        "Three Peruvian soldiers were killed and dozens wounded in a drone attack on a base near "
        "the border with Chile on Sunday",
        "By Ana Soto | March 3, 2024",
    ],
)
def test_pipeline_a_first_sentence_or_a_byline_is_no_headline(first: str) -> None:
    text = (
        f"{first}\n\nLIMA, March 3, 2024 — The army said the base was hit before dawn and that "
        "an inquiry had been opened into how the drone crossed the border unseen."
    )
    article = process(RawDocument("x", "x", text.encode(), "pagedump"), Settings())
    assert first.split()[1] in article.text or first.startswith("By ")
    assert article.meta.title.value != first
