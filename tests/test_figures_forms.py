"""Figures rule group 2, number forms: scale letters, space-grouped digits, leading-dot decimals, halves."""

from __future__ import annotations

import pytest

from tests.test_figures import figures, one


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The region has 3.4m voters.", "3.4m", 3.4e6),
        ("Turnover reached $5bn last year.", "$5bn", 5e9),
        ("Brussels fined it €3.2bn.", "€3.2bn", 3.2e9),
        ("Salaries start at 40k.", "40k", 4e4),
        ("Valuations hit 1.2b before the crash.", "1.2b", 1.2e9),
        ("Debt stands at $1.5tn.", "$1.5tn", 1.5e12),
        ("The app has 10M users.", "10M", 1e7),
        ("Its GDP is $2.1T.", "$2.1T", 2.1e12),
        ("Analysts expect 12 bln in sales.", "12 bln", 1.2e10),
        ("She earned 2mil SEK.", "2mil SEK", 2e6),
    ],
)
def test_scale_letters(sentence, text, value):
    figure = one(sentence)
    assert (figure["text"], figure["value"]) == (text, pytest.approx(value))


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Workers built a 12m-high wall.", 12, "meters"),
        ("She won the 100m final.", 100, "meters"),
        ("The shaft is 30m deep.", 30, "meters"),
        ("They put up a 4m fence.", 4, "meters"),
        ("The dam wall rises 520ft (158m) above the gorge.", 158, "meters"),
        ("Its crater is a mile (1,600m) across.", 1600, "meters"),
    ],
)
def test_metres_where_a_unit_reading_is_clear(sentence, value, unit):
    figure = figures(sentence)[-1] if "(" in sentence else figures(sentence)[0]
    assert (figure["value"], figure["unit_canonical"]) == (value, unit)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The developer bought a 12.5m square feet site.", "12.5m square feet", 12_500_000, "square feet"),
        ("The reservoir lost 3m cubic metres overnight.", "3m cubic metres", 3_000_000, "cubic meters"),
        ("Tenants share a 6m square courtyard.", "6m", 6, "meters"),
    ],
)
def test_millions_of_a_unit_of_area_or_volume(sentence, text, value, unit):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["unit_canonical"]) == (text, value, unit)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The charity (2m) and its donors (3m) were named.", 2_000_000),
        ("Viewers rose to 40,000 households (1m) in May.", 1_000_000),
    ],
)
def test_millions_in_brackets_after_no_measure(sentence, value):
    assert [f["value"] for f in figures(sentence) if f["text"].endswith("m")][0] == value


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The census counted 1 414 021 100 residents.", "1 414 021 100", 1414021100),
        ("About 40 000 fans came.", "40 000", 40000),
        ("Some 12\u202f500 homes lost power.", "12\u202f500", 12500),
        ("The rate fell to .08 last week.", ".08", 0.08),
        ("He hit .312 for the season.", ".312", 0.312),
    ],
)
def test_grouped_digits_and_leading_dots(sentence, text, value):
    figure = one(sentence)
    assert (figure["text"], figure["value"]) == (text, pytest.approx(value))


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The talks lasted three and a half hours.", "three and a half hours", 3.5),
        ("It took one and a half days.", "one and a half days", 1.5),
        ("Five and a half million tourists came.", "Five and a half million", 5.5e6),
        ("The city spent one million and a half.", "one million and a half", 1.5e6),
        ("The debt reached three billions.", "three billions", 3e9),
        ("The fund lost hundred thousand dollars.", "hundred thousand dollars", 1e5),
        ("A quarter million people marched.", "A quarter million", 2.5e5),
        ("Half million homes were flooded.", "Half million", 5e5),
        ("It holds 3 million and a half.", "3 million and a half", 3.5e6),
        ("Planners want three thousand millions more.", "three thousand millions", 3e9),
    ],
)
def test_halves_and_plural_scales(sentence, text, value):
    figure = one(sentence)
    assert (figure["text"], figure["value"]) == (text, pytest.approx(value))


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Customs found 2 ½ kg of heroin in the van.", "2 ½ kg", 2.5),
        ("The twins were born 3¾ hours apart.", "3¾ hours", 3.75),
        ("Nearly 1½ million homes lost power.", "1½ million", 1_500_000),
        ("The trial lasted 2 1/2 years.", "2 1/2 years", 2.5),
        ("The board was 5 3/8 inches thick.", "5 3/8 inches", 5.375),
    ],
)
def test_a_fraction_character_after_whole_digits_adds_to_them(sentence, text, value):
    found = figures(sentence)
    assert [(f["text"], f["value"]) for f in found] == [(text, value)]


def test_a_fraction_character_keeps_a_name_a_name():
    assert figures("Trucks took Route 9½ north.") == []


def test_a_slash_that_is_no_common_fraction_is_not_added():
    assert [f["value"] for f in figures("Families of 40 9/11 victims met.")] == [40]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Officers weighed 12,4 kilograms of tik at the roadblock.", "12,4 kilograms", 12.4, "kilograms"),
        ("The parcel came to 3,25 kg on the scale.", "3,25 kg", 3.25, "kg"),
    ],
)
def test_a_decimal_comma_before_a_unit_of_measure(sentence, text, value, unit):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["unit"]) == (text, value, unit)


def test_a_comma_before_one_digit_and_no_unit_parts_two_numbers():
    assert [f["value"] for f in figures("The judges gave marks of 6,5 and 9 to the pair.")] == [6, 9]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The fund holds RM2 tril in assets.", 2e12),
        ("Its bond book is worth RM600 bil.", 6e11),
        ("The project cost Php1.2 bil.", 1.2e9),
    ],
)
def test_bil_and_tril_are_scale_words(sentence, value):
    assert [f["value"] for f in figures(sentence)] == [value]
