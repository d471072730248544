"""Figures rule group 5, not figures: names and models, addresses, clock times, tallies and idioms."""

from __future__ import annotations

import pytest

from tests.test_figures import figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Fans queued for the iPhone 16 all night.",
        "The airline ordered the Airbus A321 jet.",
        "Pilots flew F-35 jets over the coast.",
        "Cases of COVID-19 fell.",
        "Leaders met at the G20 summit.",
        "The detective lived at 221 Baker Street.",
        "She was charged after a fight at 14 Elm Road.",
        "The meeting opened at 9:30 a.m. sharp.",
        "The shop shut at 5p.m. on Sunday.",
        "Lawmakers voted 5-4 on the measure.",
        "They managed to put two and two together.",
        "The prisoners were freed one by one.",
        "It is one of the oldest bridges.",
        "No one was hurt, one witness said.",
        "One man was detained.",
        "The two met in Vienna on Friday.",
        "Police questioned the three of them.",
        "The galaxy J1149.5+6663 is faint.",
        "For help call 1-800-555-0100 today.",
    ],
)
def test_not_figures(sentence):
    assert figures(sentence) == []


def test_a_decimal_after_in_is_no_ratio():
    assert [f["value"] for f in figures("She swam 50 laps in 9.5 minutes.")] == [50, 9.5]


def test_a_comma_ends_a_name():
    assert [f["value"] for f in figures("In Paris, 300 people marched; in Lyon, 40.")] == [300, 40]


def test_the_two_with_a_noun_counts():
    assert [(f["value"], f["unit"]) for f in figures("The two sides met again.")] == [(2, "sides")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Pixel (9) ships with a bigger screen than the Pixel (8).",
        "Readers left Komentari (12) below the story.",
        "Fans booed Rocky (4) at the festival.",
    ],
)
def test_one_or_two_digits_in_brackets_after_a_capitalised_word_are_a_label(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Police said (40) protesters were held.", 40),
        ("The Games were held in Tokyo (1964 saw 5,000 athletes).", 5000),
        ("Turnout (about 45) was low.", 45),
        ("The Senate split Democrats (51) and Republicans (49).", 51),
    ],
)
def test_brackets_without_a_name_before_them_keep_their_figure(sentence, value):
    assert value in [f["value"] for f in figures(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysis · 7 min read",
        "Time to read 12 min.",
        "Reading time: 5 minutes",
        "This is a 9-minute read.",
    ],
)
def test_a_page_reading_time_is_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Pupils heard 15 minutes read aloud each day.", "15 minutes"),
        ("She read for 40 minutes.", "40 minutes"),
        ("The hearing lasted 90 minutes.", "90 minutes"),
    ],
)
def test_minutes_that_are_no_reading_time_stay(sentence, text):
    assert [f["text"] for f in figures(sentence)] == [text]


@pytest.mark.parametrize(
    "sentence",
    [
        "S&P 500 futures slipped before the open.",
        "Banks dragged the Standard & Poor's 500 index lower.",
        "FTSE 100 miners led the losses.",
        "The Nikkei 225 closed flat in Tokyo.",
    ],
)
def test_the_number_of_a_stock_index_is_its_name(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The Nikkei shed 410 points on Monday.", 410),
        ("Procter & Gamble's 900 suppliers were told.", 900),
        ("The FTSE 100 gained 1.2%.", 1.2),
    ],
)
def test_figures_beside_a_stock_index_stay(sentence, value):
    assert [f["value"] for f in figures(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "Debt climbed through 2019–20 and the ministry blamed the pandemic.",
        "The club's best run came in the 1987—88 season.",
        "Output stalled over 1990–95 in the north.",
    ],
)
def test_the_short_end_of_a_span_of_years_is_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value", "high"),
    [
        ("Between 10–25 volunteers turned up.", 10, 25),
        ("The vote in 2024 went 3–25 against the plan.", 3, 25),
    ],
)
def test_a_dash_after_other_numbers_keeps_its_range(sentence, value, high):
    assert [(f["value"], f["high"]) for f in figures(sentence)] == [(value, high)]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("March 3, 2002 - A 7.4-magnitude quake hit the Hindu Kush.", [7.4]),
        ("Late on Sunday - The 40 passengers were moved to a second ferry.", [40]),
        ("Crews moved from the Airbus - Boeing 777 line last year.", []),
    ],
)
def test_a_function_word_after_a_spaced_hyphen_opens_a_clause_not_a_name(sentence, values):
    assert [f["value"] for f in figures(sentence)] == values


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports slipped in the September 2019 year, the agency said.",
        "Revenue beat forecasts for the June 2021 year.",
    ],
)
def test_a_year_after_a_month_before_year_is_a_date(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("By April 1800 kilometres of track were laid.", "1800 kilometres"),
        ("The dynasty endured 1200 years before it fell.", "1200 years"),
    ],
)
def test_a_year_like_count_with_a_unit_stays(sentence, text):
    assert [f["text"] for f in figures(sentence)] == [text]


@pytest.mark.parametrize(
    "sentence",
    [
        "The accused returned to the dock on Monday, 12 june 2023, for sentencing.",
        "Police said the raid took place on 3 october 2022 near the border.",
    ],
)
def test_a_day_before_a_lower_case_month_and_a_year_is_a_date(sentence):
    assert figures(sentence) == []


def test_a_count_before_the_verb_march_stays():
    assert [f["value"] for f in figures("Every spring 12 march to the capital in protest.")] == [12]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("A litre of 92-octane petrol now costs $1.25 in Cairo.", ["$1.25"]),
        ("Octane 92 petrol will cost Rs. 353 in Colombo, Sri Lanka, from Monday.", ["Rs. 353"]),
        ("The price of an 80-octane litre rose 12 percent.", ["12 percent"]),
    ],
)
def test_a_fuels_octane_grade_is_no_figure(sentence, kept):
    assert [f["text"] for f in figures(sentence)] == kept


def test_an_octane_rating_changed_by_a_count_keeps_the_count():
    assert [f["text"] for f in figures("The octane rating rose by 3 points.")] == ["3"]
