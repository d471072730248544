"""The page-layout splitters (article, blog, rtcom, generic), format detection, and dates."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Registry, detect_format, parse
from newsparse.page.chrome import LineKind, PageChrome
from newsparse.page.dates import find_date
from newsparse.hooks.host import make_plugin_manager

SINGLE = """\
Breaking news
Council approves new ferry timetable | Harbour Town Gazette
Residents will get two extra crossings a day from spring, the council has said
Share this article
Council approves new ferry timetable
Published: 3 March 2024 09:15
The town council voted on Tuesday to add two ferry crossings a day.
"This is what people asked for," the mayor said.
Поделиться
"""

SINGLE_BLANK = """\
Storm Closes Mountain Pass For Third Day

By Anna Berg | Alpine Courier | January 9, 2024

Snow kept the pass closed on Thursday.

Crews expect to reopen it at the weekend.
"""

BLOG = """\
Tag Archives: Shipping
Port strike enters second week
Coastal Wire – 14.02.2024
Dock workers stayed off the job on Wednesday.
Talks are set to resume on Friday.
Posted by editor | Labour, Shipping | Leave a comment
Freight rates climb as canal queues lengthen
Trade Desk | February 12, 2024
Rates rose for a fifth week, brokers said.
February 12, 2024 Posted by editor | Trade | 2 Comments
Share this:
"""

RTCOM = """\
icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon closeicon
12 June, 2016 08:40

Lighthouse keepers return to remote island - report

Two keepers have moved back to the island after a gap of forty years.

The station was automated in 1976, the report said.

READ MORE: Island ferry service suspended over storms – Coast Radio

Supplies will arrive by boat once a month.
"""


def headlines(page):
    return [a.headline.text if a.headline else None for a in page]


def test_single_article_drops_chrome_copies_and_site_name():
    page = parse(SINGLE)
    assert page.format == "article"
    [article] = page
    assert article.headline.text == "Council approves new ferry timetable"
    assert article.summary.text.startswith("Residents will get two extra crossings")
    assert [p.text for p in article.paragraphs] == [
        "The town council voted on Tuesday to add two ferry crossings a day.",
        '"This is what people asked for," the mayor said.',
    ]
    assert article.published == dt.datetime(2024, 3, 3, 9, 15)


def test_single_article_with_blank_lines_byline_and_no_standfirst():
    page = parse(SINGLE_BLANK)
    assert page.format == "article"
    [article] = page
    assert article.headline.text == "Storm Closes Mountain Pass For Third Day"
    assert article.summary is None
    assert article.published == dt.date(2024, 1, 9)
    assert len(article.paragraphs) == 2


def test_caption_under_a_repeated_title_is_not_body():
    text = (
        "Bridge repairs start early\n\nThe works were brought forward by a month after a safety review\n\n"
        "Bridge repairs start early\n\nWorkers on the old bridge\n\nRepairs began on Monday.\n"
    )
    [article] = parse(text, input_format="article")
    assert [p.text for p in article.paragraphs] == ["Repairs began on Monday."]


def test_blog_page_splits_posts_and_reads_bylines():
    page = parse(BLOG)
    assert page.format == "blog"
    assert headlines(page) == ["Port strike enters second week", "Freight rates climb as canal queues lengthen"]
    assert [a.published for a in page] == [dt.date(2024, 2, 14), dt.date(2024, 2, 12)]
    assert [len(a.paragraphs) for a in page] == [2, 1]
    assert all(a.summary is None for a in page)


def test_blog_post_after_footer_needs_no_byline():
    text = BLOG + "Ferry fares frozen for the winter\nThe operator said fares would not rise.\n"
    assert headlines(parse(text))[-1] == "Ferry fares frozen for the winter"


def test_rtcom_page_standfirst_with_full_stop_and_read_more():
    page = parse(RTCOM)
    assert page.format == "rtcom"
    [article] = page
    assert article.headline.text == "Lighthouse keepers return to remote island - report"
    assert article.summary.text == "Two keepers have moved back to the island after a gap of forty years."
    assert article.published == dt.datetime(2016, 6, 12, 8, 40)
    assert [r.headline for r in article.related] == ["Island ferry service suspended over storms – Coast Radio"]
    assert article.related[0].attribution == "Coast Radio"
    assert len(article.paragraphs) == 2


def test_read_more_teaser_block_is_a_related_link():
    text = RTCOM.replace("READ MORE: Island ferry service suspended over storms – Coast Radio", "Read more\nFILE PHOTO.\nFerry service suspended")
    [article] = parse(text)
    [link] = article.related
    assert (link.headline, link.caption) == ("Ferry service suspended", "FILE PHOTO.")


def test_generic_reads_any_text_and_summary_opens_it():
    page = parse("Troops advanced, the ministry said\n\nThe ministry said so on Monday.")
    assert page.format == "generic"
    assert page[0].summary.text == "Troops advanced, the ministry said"
    assert page[0].headline is None


@pytest.mark.parametrize("text", ["x", "qwerty uiop\nasdf.", "12345\n\n\n67890", "icon icon icon icon icon"])
def test_random_text_goes_to_generic_and_yields_an_article(text):
    assert detect_format(text).name == "generic"
    assert len(parse(text)) == 1


def test_every_dev_page_is_detected_as_its_layout(shared_dir: Path):
    expected = {"page-v001": "article", "page-v003": "article", "page-v007": "blog", "page-v011": "rtcom"}
    for stem, layout in expected.items():
        text = (shared_dir / "corpus" / f"{stem}.txt").read_text(encoding="utf-8")
        assert detect_format(text).name == layout, stem


def test_digest_pages_still_detected_as_digest(shared_dir: Path):
    for path in sorted((shared_dir / "corpus").glob("digest-*.txt")) + sorted((shared_dir / "corpus").glob("rt-*.txt")):
        assert detect_format(path.read_text(encoding="utf-8")).name == "digest", path.name


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("RT | November 18, 2025", dt.date(2025, 11, 18)),
        ("Sputnik – 17.11.2025", dt.date(2025, 11, 17)),
        ("20 May, 2015 17:31", dt.datetime(2015, 5, 20, 17, 31)),
        ("2024-02-29", dt.date(2024, 2, 29)),
        ("Tuesday, Nov. 4th, 2025", dt.date(2025, 11, 4)),
        ("13/05/2024", dt.date(2024, 5, 13)),
        ("05/06/2024", None),  # ambiguous: never guessed
        ("31.02.2025", None),  # impossible
        ("17 ноября 2025", None),  # a month name dateutil does not know
    ],
)
def test_find_date(printed, value):
    found = find_date(printed)
    assert found is not None and found.value == value


def test_no_date_without_day_month_and_year():
    assert find_date("In 2025 the council met in May.") is None


_DATE_FORMS = ["{d} {m} {y}", "{m} {d}, {y}", "{y}-{d}-{d}", "{d}.{d}.{y}", "{d}/{d}/{y}", "{d}-{m}-{y}", "{m} {y}", "{y}"]
_NUMBERS = st.sampled_from(["1", "09", "31", "123", "2024", "20245"])
_WORDS = st.sampled_from(["June", "Jun.", "Tue", "Month:", "at", "9:05", "-", ",", "x"])


@st.composite
def _dated_lines(draw: st.DrawFn) -> str:
    """A line around something shaped like a date, or like half of one (``Month: June 2024``)."""
    form = draw(st.sampled_from(_DATE_FORMS))
    core = form.format(d=draw(_NUMBERS), m=draw(_WORDS), y=draw(_NUMBERS))
    before, after = (" ".join(draw(st.lists(st.one_of(_NUMBERS, _WORDS), max_size=3))) for _ in "ab")
    return f"{before} {core} {after}".strip()


@settings(max_examples=300, deadline=None)
@given(_dated_lines())
def test_a_line_is_passed_over_cheaply_only_when_it_holds_no_date(line):
    # Every date prints a year of four digits and a day apart from it: a line without both is passed
    # over without running the date pattern (``Month: June 2024``), and never one that holds a date.
    from newsparse.page.dates import _DATE

    assert (find_date(line) is None) == (_DATE.search(line) is None)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share this:", LineKind.CHROME),
        ("Новости", LineKind.CHROME),
        ("www.example.org", LineKind.CHROME),
        ("By Kit Marlow | Harbour Post | March 3, 2024", LineKind.BYLINE),
        ("By Kit Marlow", LineKind.BYLINE),
        ("Updated: 3 March 2024", LineKind.DATE),
        ("Posted by editor | Labour | Leave a comment", LineKind.FOOTER),
        ("The council met on March 3, 2024.", LineKind.TEXT),
    ],
)
def test_line_kinds(line, kind):
    assert PageChrome.from_vocabulary().kind(line)[0] is kind


def test_chrome_words_extend_through_the_vocabulary_hook():
    from newsparse import hookimpl

    class ExtraChrome:
        @hookimpl
        def newsparse_vocabulary(self):
            return {"chrome_lines": ["Ferry news desk"]}

    pm = make_plugin_manager()
    pm.register(ExtraChrome())
    text = "Ferry news desk\nCouncil approves new ferry timetable\nBy Kit Marlow | March 3, 2024\nThe vote was close.\n"
    [article] = parse(text, registry=Registry(pm))
    assert article.headline.text == "Council approves new ferry timetable"


HELD_OUT_ARTICLE = """\
Skip to content
Wind farm plan wins approval after two-year review | The Coastal Herald
By Jane Doe | Published: 3 March 2024
The planning board approved a 40-turbine wind farm off the coast on Thursday.
“We listened to every objection,” the board’s chair said.
Share this:
Follow us on Telegram
Posted in Energy | Tagged wind power | Leave a comment
"""


def test_byline_with_published_label_site_suffix_share_prompts_and_footer():
    [article] = parse(HELD_OUT_ARTICLE)
    assert article.headline.text == "Wind farm plan wins approval after two-year review"
    assert article.published == dt.date(2024, 3, 3)
    assert [p.text[:12] for p in article.paragraphs] == ["The planning", "“We listened"]


def test_published_time_and_template_words_in_another_script():
    text = (
        "Главная\nНовости\nMuseum returns stolen paintings to private collector\n"
        "Published time: 20 May, 2015 17:31\nEdited time: 21 May, 2015 09:02\n"
        "Police found the two paintings in a storage unit last week.\nПоделиться\nЧитайте также\n"
    )
    [article] = parse(text)
    assert article.headline.text == "Museum returns stolen paintings to private collector"
    assert article.published == dt.datetime(2015, 5, 20, 17, 31)
    assert [p.text for p in article.paragraphs] == ["Police found the two paintings in a storage unit last week."]


def test_blog_page_with_three_posts_under_an_archive_header():
    posts = [
        ("Bank raises growth forecast for the year", "4 June 2024", "Posted in Economy | Leave a comment"),
        ("Fuel prices fall for third week", "3 June 2024", "Posted in Economy | Leave a comment"),
        ("New airline route to the capital announced", "2 June 2024", "Posted in Travel | Tagged airlines | Leave a comment"),
    ]
    text = "Category Archives: Economy\n" + "".join(
        f"{title}\nHarbour Post | {date}\nThe figures came out on Tuesday.\n{footer}\n" for title, date, footer in posts
    )
    page = parse(text)
    assert page.format == "blog"
    assert headlines(page) == [title for title, _, _ in posts]
    assert [a.published.day for a in page] == [4, 3, 2]
    assert all([p.text for p in a.paragraphs] == ["The figures came out on Tuesday."] for a in page)


def test_detection_reuses_one_read_of_the_page_for_splitting():
    from newsparse.page.probe import PageProbe, read_lines

    chrome = PageChrome.from_vocabulary()
    assert PageChrome.from_vocabulary() is chrome  # equal word lists: one shared instance
    probe = PageProbe(BLOG)
    assert probe.page_lines(chrome) is probe.lines(chrome)  # the page fits in the probe: its lines are reused
    assert list(probe.page_lines(chrome)) == read_lines(BLOG, chrome)
