"""A wire agency's stamp under each story's title, a day and month with a clock time and no year (``8 OCT, 14:25``)."""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind

from .layout_helpers import kind


@pytest.mark.parametrize("line", ["8 OCT, 14:25", "Oct 8, 2:25 pm", "12 March 09:05"])
def test_a_day_and_month_with_a_clock_time_is_a_date_line(line):
    assert kind(line) is LineKind.DATE


@pytest.mark.parametrize("line", ["8 October was a quiet day", "Flights resumed on 8 Oct at 14:25 local time."])
def test_a_sentence_holding_a_day_and_a_time_is_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_page_of_stamped_stories_is_one_article_a_story():
    page = (
        "Harbour Wire\n"
        "Port handles record 2.1 mln containers in September — authority\n"
        "8 OCT, 14:25\n"
        "HARBOUR CITY, October 8. The port handled 2.1 million containers last month, the port authority said.\n"
        "The figure was 9% higher than a year earlier.\n"
        "Share\n"
        "Ferry operator orders two electric ships — company\n"
        "8 OCT, 16:03\n"
        "HARBOUR CITY, October 8. The island ferry operator has ordered two battery-powered ships, it said.\n"
        "They are due to enter service in 2027.\n"
        "Share\n"
    )
    assert [a.headline.text for a in parse(page).articles] == [
        "Port handles record 2.1 mln containers in September — authority",
        "Ferry operator orders two electric ships — company",
    ]
