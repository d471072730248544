"""A live page: entries stamped ``Posted at 14:32`` under the page's date, each taking that date."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse
from newsparse.page.chrome import is_clock_time

LIVE = (
    "Harbour Sport\n"
    "Live\n"
    "Deadline day: every signing as the window closes\n"
    "Monday 1 September 2025\n"
    "Edited by Ana Ruiz\n"
    "Posted at 14:32\n"
    "Rovers sign striker Li Wei for £4m\n"
    "Rovers have signed striker Li Wei from Town for £4m on a three-year deal.\n"
    "The 24-year-old scored 15 goals last season.\n"
    "Share\n"
    "Posted at 13:58\n"
    "City loan out keeper Sam Roe\n"
    "City have loaned goalkeeper Sam Roe to United for the season.\n"
    "He made 12 appearances last term.\n"
    "Share\n"
)


@pytest.mark.parametrize("line", ["Posted at 14:32", "Updated 10:05 GMT", "Published at 9.15am"])
def test_a_labelled_clock_time_is_a_stamp(line):
    assert is_clock_time(line)


def test_a_sentence_with_a_time_is_no_stamp():
    assert not is_clock_time("Posted at 14:32 by the club")


def test_each_stamped_entry_is_an_article_dated_by_the_page():
    articles = parse(LIVE).articles
    assert [a.headline.text for a in articles] == ["Rovers sign striker Li Wei for £4m", "City loan out keeper Sam Roe"]
    assert [a.published for a in articles] == [dt.date(2025, 9, 1)] * 2
