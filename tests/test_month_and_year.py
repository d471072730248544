"""``June 2024`` read without dateutil: exactly as dateutil reads it, and only that form."""

from __future__ import annotations

import datetime as dt

from dateutil import parser as dateparser
from hypothesis import given
from hypothesis import strategies as st

from newsparse.page.dates import month_and_year

MONTHS = [name for names in dateparser.parserinfo.MONTHS for name in names]


def _dateutil(text: str) -> dt.datetime | None:
    try:
        return dateparser.parse(text, default=dt.datetime(1, 1, 1))
    except (ValueError, OverflowError):
        return None


@given(st.sampled_from(MONTHS), st.integers(1000, 9999), st.sampled_from([str.lower, str.upper, str.title]))
def test_a_month_and_a_year_read_as_dateutil_reads_them(month, year, case):
    text = f"{case(month)} {year}"
    assert month_and_year(text) == _dateutil(text) is not None


@given(st.text(alphabet="JjunMayDecSept0129 ,.-/", max_size=14))
def test_other_text_is_left_to_dateutil(text):
    found = month_and_year(text)
    assert found is None or found == _dateutil(text)


def test_forms_it_does_not_read():
    for text in ("June 0099", "June 24", "June, 2024", "Juni 2024", "1 June 2024", "June  2024", "Sunday 2024"):
        assert month_and_year(text) is None, text
    assert _dateutil("June 0099") == dt.datetime(1999, 6, 1)  # why early years are left to dateutil
