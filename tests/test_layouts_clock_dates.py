"""A site's clock above the title (a date line, maybe printed with a space before its commas) is no headline, and
a ``Published …`` line under the title dates the article instead: page snippets written for the rules."""

from __future__ import annotations

import datetime

import pytest

from newsparse.page.dates import find_date, glued_date

from .layout_helpers import BODY, TITLE, article_of


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Sunday,  July 28 , 2024", datetime.date(2024, 7, 28)),
        ("28 July , 2024", datetime.date(2024, 7, 28)),
        ("Updated March 3 , 2025", datetime.date(2025, 3, 3)),
    ],
)
def test_a_date_with_a_space_before_its_comma_is_read(text: str, day: datetime.date) -> None:
    found = find_date(text)
    assert found is not None and found.value == day


def test_a_long_run_of_spaces_after_a_month_and_day_finds_no_date() -> None:
    assert find_date("July 28" + " " * 50_000 + "x") is None


@pytest.mark.parametrize("clock", ["Sunday,  July 28 , 2024", "Sunday, July 28, 2024"])
def test_a_published_line_under_the_title_beats_the_sites_clock_above_it(clock: str) -> None:
    page = f"{clock}\n\n{TITLE}\n\nBy Ana Pol, Harbour Times\nPublished: July 9, 2024, 7:44am\n\n{BODY}"
    article = article_of(page)
    assert article.headline is not None and article.headline.text == TITLE
    assert article.published == datetime.datetime(2024, 7, 9, 7, 44)


def test_the_sites_clock_dates_an_article_that_prints_no_other_date() -> None:
    article = article_of(f"Sunday, July 28, 2024\n\n{TITLE}\n\nBy Ana Pol, Harbour Times\n\n{BODY}")
    assert article.headline is not None and article.headline.text == TITLE
    assert article.published == datetime.date(2024, 7, 28)


def test_a_date_labelled_today_above_the_title_gives_way_to_the_bylines_date() -> None:
    page = f"Today: Jan 24 , 2020\n\n{TITLE}\n\n31 August 2017   Ana Pol\n\n{BODY}"
    assert article_of(page).published == datetime.date(2017, 8, 31)


# -- a date run into the standfirst under the title: the standfirst, and the article's date -------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("March 4, 2010A harbour court has fined the board for the spill.", datetime.date(2010, 3, 4)),
        ("6 March 2013The board said the count rose by a third.", datetime.date(2013, 3, 6)),
    ],
)
def test_a_date_run_into_the_line_under_the_title_dates_the_article_and_is_its_standfirst(line: str, day: datetime.date) -> None:
    article = article_of(f"Dredging fine\n{line}\n{BODY.replace(chr(10) * 2, chr(10))}")
    assert article.headline is not None and article.headline.text == "Dredging fine"
    assert article.summary is not None and article.summary.text == line
    assert article.published == day


@pytest.mark.parametrize("line", ["2019US News", "In 2013The board met.", "March 6, 2013 The board met.", "Flight MH370Crew"])
def test_no_date_is_run_into_a_label_a_sentence_or_a_code(line: str) -> None:
    assert glued_date(line) is None
