"""An ambiguous slashed date line (``09/04/2025``) is read as the day of the week the standfirst or lede names.

``09/04/2025`` over ``A Paris court on Wednesday sentenced …`` is 9 April 2025 (a Wednesday; 4 September 2025 was a
Thursday); where both readings or neither fall on that day, or no day is named, the date stays unread.  Pages written
for this rule.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse
from newsparse.page.dates import find_date, weekday_named


def _page(date_line: str, lede: str) -> str:
    return "\n".join([
        "Harbour 24", "News | World | Business", "", "Court jails broker over helicopter bribes", date_line, "",
        lede, "", "The broker denied the charges and is expected to appeal, his lawyer said.", "",
        "The court also fined his firm and barred it from public tenders for five years.", "",
    ])


@pytest.mark.parametrize(
    ("date_line", "lede", "day"),
    [
        ("Issued on: 09/04/2025 - 17:52", "A Paris court on Wednesday sentenced an arms broker to five years.", dt.date(2025, 4, 9)),
        ("Published on: 04/11/2025 - 16:05", "Northbridge were fined £22 million on Tuesday for breaking the rules.", dt.date(2025, 11, 4)),
        ("Issued on: 06/03/2025 - 16:27", "A Paris court on Thursday handed suspended sentences to three executives.", dt.date(2025, 3, 6)),
    ],
)
def test_an_ambiguous_date_is_read_as_the_weekday_the_lede_names(date_line, lede, day):
    [article] = parse(_page(date_line, lede)).articles
    assert article.published is not None and article.published.date() == day


@pytest.mark.parametrize(
    ("date_line", "lede"),
    [
        ("12/03/2026", "The council on Thursday approved the new tram line."),  # 3 December and 12 March: both Thursdays
        ("Issued on: 09/04/2025 - 17:52", "A Paris court sentenced an arms broker to five years."),  # no day named
        ("Issued on: 09/04/2025 - 17:52", "A Paris court on Sunday sentenced an arms broker."),  # neither a Sunday
    ],
)
def test_an_ambiguous_date_stays_unread_without_one_fitting_weekday(date_line, lede):
    [article] = parse(_page(date_line, lede)).articles
    assert article.published is None


def test_both_readings_of_an_ambiguous_date():
    found = find_date("Issued on: 09/04/2025")
    assert found is not None and found.value is None
    assert (found.day_first_value(), found.month_first_value()) == (dt.date(2025, 4, 9), dt.date(2025, 9, 4))


@pytest.mark.parametrize(("text", "day"), [("A court on Wednesday ruled", 2), ("Sunday Times readers", 6), ("no day here", None)])
def test_the_weekday_a_text_names_first(text, day):
    assert weekday_named(text) == day
