"""Dates a page prints once for what it holds: a briefs page's date over its first title, and a numeric date that
only a time zone tells apart (``03/04/2025 06:12 PM EST`` month first, ``05/12/2025 16:40 GMT`` day first)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse
from newsparse.page.dates import find_date

BRIEFS = (
    "The Harbour Herald\n"
    "World in brief\n"
    "{date}\n"
    "From wire reports\n\n"
    "Ferry sinks off the northern cape, killing three\n\n"
    "A ferry sank off the northern cape on Sunday, killing three people, the coast guard said.\n\n"
    "Rescuers pulled 40 survivors from the water overnight.\n\n"
    "Exports rise for a fifth month as orders pick up\n\n"
    "Exports rose 6 percent in September from a year earlier, the statistics office said.\n\n"
    "Shipments of electronics led the gains.\n"
)


@pytest.mark.parametrize("date", ["Monday, October 7, 2024", "Thursday October 7 2024, 12.01am, The Herald"])
def test_a_briefs_pages_date_over_its_first_title_dates_every_brief(date):
    articles = parse(BRIEFS.format(date=date)).articles
    assert len(articles) == 2
    assert [a.published.date() if isinstance(a.published, dt.datetime) else a.published for a in articles] == [
        dt.date(2024, 10, 7)
    ] * 2


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("03/04/2025 06:12 PM EST", dt.datetime(2025, 3, 4, 18, 12)),
        ("Updated: 03/04/2025 07:30 PM ET", dt.datetime(2025, 3, 4, 19, 30)),
        ("11/05/2024 9:02 AM PDT", dt.datetime(2024, 11, 5, 9, 2)),
    ],
)
def test_an_ambiguous_numeric_date_with_a_us_time_zone_is_month_first(line, expected):
    assert find_date(line).value == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published on 05/12/2025 - 16:40 GMT+1", dt.date(2025, 12, 5)),
        ("03/04/2025 06:12 GMT", dt.date(2025, 4, 3)),
        ("03/04/2025 4:40 pm BST", dt.date(2025, 4, 3)),
        ("12/03/2025 09:15 IST", dt.date(2025, 3, 12)),
    ],
)
def test_an_ambiguous_numeric_date_with_a_zone_outside_the_us_is_day_first(line, expected):
    found = find_date(line).value
    assert found is not None and (found.year, found.month, found.day) == (expected.year, expected.month, expected.day)


@pytest.mark.parametrize("line", ["03/04/2025 06:12", "03/04/2025", "03/04/2025 06:12 PM ESTONIA", "03/04/2025 4:40 pm, Leeds"])
def test_an_ambiguous_numeric_date_without_a_us_time_zone_is_not_guessed(line):
    assert find_date(line).value is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("by Jo Marsh - 07/22/26 11:04 AM ET", dt.datetime(2026, 7, 22, 11, 4)),
        ("BY JO MARSH AND TOM RUIZ - 05/14/26 7:42 PM ET", dt.datetime(2026, 5, 14, 19, 42)),
        ("Posted 05/06/26 9:00 am", None),  # ambiguous, no US zone: never guessed
    ],
)
def test_a_slashed_date_with_a_two_digit_year_before_a_clock_time_is_read(line: str, expected: dt.datetime | None) -> None:
    found = find_date(line)
    assert found is not None and found.value == expected


@pytest.mark.parametrize("line", ["The vote went 3/4/26 in the end.", "Scores of 12/10/15 were posted."])
def test_a_slashed_run_of_numbers_with_no_clock_time_after_it_is_no_date(line: str) -> None:
    assert find_date(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2026.03.09 14:05", dt.datetime(2026, 3, 9, 14, 5)),
        ("Published 2024/11/30", dt.date(2024, 11, 30)),
        ("Updated 2025-7-4", dt.date(2025, 7, 4)),
        ("2025.07.04", dt.date(2025, 7, 4)),
    ],
)
def test_a_year_first_date_with_dots_or_slashes_is_read(line, expected):
    assert find_date(line).value == expected


@pytest.mark.parametrize("line", ["Release 2025.1.17 of the app", "Server 10.2024.11.3 is down", "2025.13.40", "2025.03-09"])
def test_a_version_an_address_or_mixed_separators_make_no_date(line):
    found = find_date(line)
    assert found is None or found.value is None


def test_a_dotted_year_first_date_line_dates_the_article():
    page = "Baltic Wire\nSport\nRiga club signs a new coach for the spring season\n2026.03.09 14:05\nBy Ilze Berzina\n\n"
    page += "The Riga side named Peteris Ozols as its coach on Monday, the club said.\n\nHe signed a two-year deal.\n"
    [article] = parse(page).articles
    assert article.published == dt.datetime(2026, 3, 9, 14, 5)
