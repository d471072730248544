"""Figures rule group 3, ranges versus changes: one range where two numbers bound one amount."""

from __future__ import annotations

import pytest

from tests.test_figures import figures, one


@pytest.mark.parametrize(
    "sentence",
    [
        "The index fell 0.8 per cent to 7,215.",
        "Revenue climbed 9 percent to $410 million.",
        "Reserves rose by $3.5 billion to $88.1 billion.",
        "Output was cut by 200 to 1,300 barrels.",
        "He asked for either 5 or 10 minutes.",
        "The vote raised fares, pushing the adult fare from $2.75 to $3.25.",
        "A weak harvest is pushing bread prices from 90 cents to $1.10.",
    ],
)
def test_changes_and_alternatives_are_two_figures(sentence):
    found = figures(sentence)
    assert len(found) == 2
    assert all(f["high"] is None for f in found)


@pytest.mark.parametrize(
    ("sentence", "value", "high", "unit"),
    [
        ("Recruits must be between 21 and 45 years old.", 21, 45, "years"),
        ("Applicants between the ages of 25 and 40 qualify.", 25, 40, "years"),
        ("The wait is 5 or 10 minutes.", 5, 10, "minutes"),
        ("There were 40 or 50 people outside.", 40, 50, "people"),
        ("Voters chose a two-to-six-year term.", 2, 6, "years"),
        ("Patients got between 20 mg and 40 mg daily.", 20, 40, "mg"),
        ("Panels of 2- to 4-meter width were used.", 2, 4, "meters"),
        ("Bulbs rated 3-5W are sold.", 3, 5, "watts"),
        ("The swim is 2km-4km long.", 2, 4, "km"),
        ("Scores ran 20 through 80.", 20, 80, None),
        ("Crowds of 300~500 gathered.", 300, 500, None),
        ("Doses of 2 - ~7 grams were tested.", 2, 7, "grams"),
    ],
)
def test_ranges(sentence, value, high, unit):
    figure = one(sentence)
    assert (figure["value"], figure["high"], figure["unit"]) == (value, high, unit)


def test_ranges_need_one_unit():
    assert [f["unit"] for f in figures("They gave 30 ml to 60 mg each.")] == ["ml", "mg"]


def test_range_ends_keep_their_own_suffix_after_to():
    first, second = figures("Prices jumped 4% to 900 on Monday.")
    assert (first["kind"], second["kind"]) == ("percent", "quantity")


@pytest.mark.parametrize(("sentence", "approx"), [("Losses were greater than $4 million.", "greater than"),
                                                   ("Turnout was lower than 40%.", "lower than")])
def test_comparisons_are_qualifiers(sentence, approx):
    assert one(sentence)["approx"] == approx


@pytest.mark.parametrize(
    ("sentence", "first", "approx", "second"),
    [
        ("Household debt fell by about $2bn to $40bn.", "$2bn", "about", "$40bn"),
        ("The port's traffic grew by nearly 3 lakh tonnes to 41 lakh tonnes.", "3 lakh tonnes", "nearly", "41 lakh tonnes"),
        ("Reserves slid by more than ₹900 crore to ₹12,400 crore.", "₹900 crore", "more than", "₹12,400 crore"),
    ],
)
def test_a_change_with_a_qualifier_then_a_level_is_two_figures(sentence, first, approx, second):
    found = figures(sentence)
    assert [(f["text"], f["approx"], f["high"]) for f in found] == [(first, approx, None), (second, None, None)]


def test_ends_of_different_kinds_share_no_scale():
    found = figures("Subscriptions rose 4% to 9 million accounts.")
    assert [(f["text"], f["value"]) for f in found] == [("4%", 4), ("9 million", 9e6)]


@pytest.mark.parametrize(
    "sentence, text, low, high",
    [
        ("Landlords raised rents by 4 to 6 per cent this spring.", "4 to 6 per cent", 4, 6),
        ("Bus fares will go up by 7 to 9 percent in May.", "7 to 9 percent", 7, 9),
        ("Exports could shrink by 1.5 to 2% next year.", "1.5 to 2%", 1.5, 2),
    ],
)
def test_a_bare_number_after_by_before_a_percentage_is_a_range(sentence, text, low, high):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["high"]) == (text, low, high)


@pytest.mark.parametrize(
    "sentence, texts",
    [
        ("The index climbed by 40 to 9,850.", ["40", "9,850"]),
        ("Inflation eased by 0.5% to 3.2%.", ["0.5%", "3.2%"]),
        ("The mine cut output by 300 to 2,100 tonnes.", ["300", "2,100 tonnes"]),
    ],
)
def test_after_by_two_ends_printed_alike_stay_a_change_and_a_level(sentence, texts):
    assert [f["text"] for f in figures(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "text", "value", "high", "currency"),
    [
        ("Analysts expect a rise of between 60 cents and $1.10.", "60 cents and $1.10", 0.6, 1.1, "USD"),
        ("A pint costs between 95p and £1.40 there.", "95p and £1.40", 0.95, 1.4, "GBP"),
        ("Fares in Ottawa will be between 75 cents and $2.", "75 cents and $2", 0.75, 2, "CAD"),
    ],
)
def test_between_coins_and_an_amount_is_one_range(sentence, text, value, high, currency):
    money = [f for f in figures(sentence) if f["kind"] == "money"]
    assert [(f["text"], f["value"], f["high"], f["currency"]) for f in money] == [
        (text, pytest.approx(value), pytest.approx(high), currency)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tickets went from 80 cents to $1.",  # a change, not between
        "Stamps cost between 80 cents and £1.",  # cents are no hundredth of the pound
    ],
)
def test_coins_and_an_amount_without_between_or_of_another_currency_stay_two(sentence):
    assert len([f for f in figures(sentence) if f["kind"] == "money"]) == 2


@pytest.mark.parametrize(
    ("sentence", "text", "high"),
    [
        ("Snow depths were between one and four inches.", "one and four inches", 4),
        ("The queue lasted between one and two hours.", "one and two hours", 2),
    ],
)
def test_one_after_between_opens_a_measured_range(sentence, text, high):
    found = one(sentence)
    assert (found["text"], found["value"], found["high"]) == (text, 1, high)


def test_one_and_another_number_without_between_stay_out():
    assert figures("She picked one and two friends came.") == []


@pytest.mark.parametrize(
    ("sentence", "value", "high", "unit"),
    [
        ("The planet had warmed by 3 to 7 degrees Celsius since then.", 3, 7, "degrees Celsius"),
        ("The sea rose by 20 to 30 cm in a century.", 20, 30, "cm"),
    ],
)
def test_by_a_bare_number_to_a_close_measure_is_a_range(sentence, value, high, unit):
    [found] = figures(sentence)
    assert (found["value"], found["high"], found["unit"]) == (value, high, unit)


def test_by_a_bare_number_to_a_far_measure_is_a_change_and_a_level():
    assert [f["high"] for f in figures("Temperatures fell by 5 to 40 degrees overnight.")] == [None, None]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Support for the party fell 6.6 percentage points.", 6.6, "percentage points"),
        ("The lead narrowed by 0.5 percentage point.", 0.5, "percentage point"),
    ],
)
def test_percentage_points_are_percent_with_their_unit(sentence, value, unit):
    figure = one(sentence)
    assert (figure["kind"], figure["value"], figure["unit"]) == ("percent", value, unit)


def test_a_change_in_points_to_a_percentage_is_a_change_and_a_level():
    found = figures("The central bank raised rates 1 percentage point to 5.75%.")
    assert [(f["value"], f["high"]) for f in found] == [(1, None), (5.75, None)]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Around half-a-million passengers use the line.", "half-a-million", 500_000),
        ("A quarter-of-a-million people came to the rally.", "A quarter-of-a-million", 250_000),
        ("A half-dozen rescue teams were sent.", "A half-dozen", 6),
    ],
)
def test_a_fraction_of_a_scale_joined_by_hyphens_is_one_number(sentence, text, value):
    figure = one(sentence)
    assert (figure["text"], figure["value"]) == (text, value)


@pytest.mark.parametrize(
    "sentence",
    [
        "On a $400,000 loan, the difference between 6.1% and 6.9% is about $210 a month.",
        "The gap between 3% and 5% growth is the gap between a boom and a slump.",
        "Savers must choose between 2.5% and 4% accounts.",
    ],
)
def test_two_amounts_compared_after_between_are_two_figures(sentence):
    percents = [f for f in figures(sentence) if f["kind"] == "percent"]
    assert len(percents) == 2 and all(f["high"] is None for f in percents)


def test_between_bounding_one_amount_stays_a_range():
    found = one("Prices will rise between 2% and 4% next year.")
    assert (found["value"], found["high"]) == (2, 4)


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("The notes fell 11 cents to 42 cents on the dollar.", ["11 cents", "42 cents"]),
        ("The stock gained 3 cents to 95 cents.", ["3 cents", "95 cents"]),
        ("Bus fares run 11 cents to 42 cents a mile.", ["11 cents to 42 cents"]),  # no verb of change: a range
    ],
)
def test_a_change_in_cents_to_a_level_in_cents_is_two_figures(sentence, texts):
    assert [f["text"] for f in figures(sentence)] == texts


@pytest.mark.parametrize(
    "sentence",
    [
        "The award would take the starting wage for a cleaner from £10.90 to £11.55.",
        "The new ferries bring its fleet from 14 to 19.",
        "The merger took their combined payroll from 2,300 to 2,950.",
    ],
)
def test_a_moving_verb_with_its_object_before_from_makes_a_change(sentence):
    found = figures(sentence)
    assert len(found) == 2 and all(f["high"] is None for f in found)


@pytest.mark.parametrize(
    ("sentence", "value", "high"),
    [
        ("Repairs can take from three to five days.", 3, 5),
        ("It can take anywhere from 4 to 6 weeks to heal.", 4, 6),
        ("We took the ferry. From 30 to 40 people were aboard.", 30, 40),
    ],
)
def test_a_moving_verb_without_its_object_leaves_a_range(sentence, value, high):
    figure = one(sentence)
    assert (figure["value"], figure["high"]) == (value, high)
