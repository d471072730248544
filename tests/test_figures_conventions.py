"""Figures: Indian numbers, named cents, clock times and phone numbers, minus signs, halves, ages and durations."""

from __future__ import annotations

import pytest

from tests.test_figures import figures, one


# -- Indian numbers and rupees -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "kind", "currency"),
    [
        ("The ministry approved Rs 2,150 crore for new roads.", "Rs 2,150 crore", 21.5e9, "money", "INR"),
        ("Each victim's family will receive Rs. 3 lakh.", "Rs. 3 lakh", 3e5, "money", "INR"),
        ("The budget grew to ₹7 crore.", "₹7 crore", 7e7, "money", "INR"),
        ("Nearly 2.5 lakh voters were added to the rolls.", "2.5 lakh", 2.5e5, "quantity", None),
        ("The scheme covers 12 lakh families.", "12 lakh", 1.2e6, "quantity", None),
        ("Spending reached ₹2.5 lakh crore.", "₹2.5 lakh crore", 2.5e12, "money", "INR"),
        ("Banks wrote off Rs 10 thousand crore.", "Rs 10 thousand crore", 1e11, "money", "INR"),
    ],
)
def test_lakh_and_crore_scale(sentence, text, value, kind, currency):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["kind"], figure["currency"]) == (text, value, kind, currency)


def test_lakh_counts_the_noun_after_it():
    assert one("Some 3 lakh pilgrims arrived.")["unit"] == "pilgrims"


@pytest.mark.parametrize(
    ("sentence", "text", "value", "high", "currency"),
    [
        ("Seats sell for Rs 450 to Rs 900 each.", "Rs 450 to Rs 900", 450, 900, "INR"),
        ("A room costs INR 2,000 to INR 3,500 a night.", "INR 2,000 to INR 3,500", 2000, 3500, "INR"),
    ],
)
def test_currency_letters_repeated_in_a_range(sentence, text, value, high, currency):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["high"], figure["currency"]) == (text, value, high, currency)


def test_currency_letters_do_not_join_a_count_to_money():
    found = figures("The 40 stalls earned Rs 900 each.")
    assert [(f["text"], f["kind"]) for f in found] == [("40", "quantity"), ("Rs 900", "money")]


# -- cents ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("The stock closed up 23 HK cents.", "23 HK cents", 0.23, "HKD"),
        ("Stamps now cost 95 euro cents.", "95 euro cents", 0.95, "EUR"),
        ("After a £2 rise, tea costs 60 US cents more.", "60 US cents", 0.60, "USD"),
    ],
)
def test_named_cents_are_money_in_their_currency(sentence, text, value, currency):
    figure = figures(sentence)[-1]
    assert (figure["text"], figure["value"], figure["kind"], figure["currency"]) == (text, value, "money", currency)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency", "approx"),
    [
        ("Shares slid by as much as 75 cents.", "75 cents", 0.75, "USD", "as much as"),
        ("The payout rose to 32.5c a share.", "32.5c", 0.325, "USD", None),
        ("A pint is 40p dearer.", "40p", 0.40, "GBP", None),
    ],
)
def test_cents_and_pence_in_more_forms(sentence, text, value, currency, approx):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["currency"], figure["approx"]) == (text, value, currency, approx)


# -- clock times and phone numbers ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The sale ends at 11 PM tonight.",
        "Polls open at 7 A.M. across the state.",
        "Gates close at 9pm sharp.",
        "The train left at 5:40 p.m. on time.",
        "For tips, call (415) 555-0182 any time.",
        "Readers can reach the desk at 555-0143.",
        "Dial 1-800-555-0199 to donate.",
    ],
)
def test_clock_times_and_phone_numbers_are_not_figures(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Travellers in trouble can ring the consulate on +62 21 5550 1234 at any hour.",
        "The hotline, +27 11 4009 876, is staffed day and night.",
    ],
)
def test_phone_numbers_with_a_country_code_are_not_figures(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [("Overnight lows fell to +4 degrees in the valley.", "4 degrees"), ("The club is +12 on goal difference.", "12")],
)
def test_a_plus_sign_before_one_number_is_no_phone_number(sentence, text):
    assert [f["text"] for f in figures(sentence)] == [text]


@pytest.mark.parametrize(
    ("sentence", "value", "high"),
    [("Crowds of 300-1000 people gathered.", 300, 1000), ("Prices of 150-1200 dollars were quoted.", 150, 1200)],
)
def test_round_ranges_are_not_phone_numbers(sentence, value, high):
    figure = one(sentence)
    assert (figure["value"], figure["high"]) == (value, high)


# -- minus signs, halves, ages, durations ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The mercury dropped to -12°C at dawn.", "-12°C", -12),
        ("Output changed by (-1.5%) in March.", "-1.5%", -1.5),
    ],
)
def test_a_hyphen_opening_a_number_is_a_minus(sentence, text, value):
    figure = one(sentence)
    assert (figure["text"], figure["value"]) == (text, value)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The poll has a margin of error of plus/minus 3 points.", 3),
        ("Night frost brought minus 7 degrees to the hills.", -7),
    ],
)
def test_minus_after_plus_and_a_slash_is_a_margin(sentence, value):
    assert one(sentence)["value"] == value


def test_a_hyphen_between_numbers_is_no_minus():
    figure = one("Groups of 4 -6 volunteers helped.")
    assert (figure["value"], figure["high"]) == (4, 6)


@pytest.mark.parametrize(
    ("sentence", "text", "unit", "canonical"),
    [
        ("The meeting ran for half an hour.", "half an hour", "hour", "hours"),
        ("Crews cleared half a mile of road.", "half a mile", "mile", "miles"),
        ("Rates rose by half a percentage point.", "half a percentage point", "percentage point", "percentage points"),
    ],
)
def test_half_a_unit(sentence, text, unit, canonical):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["unit"], figure["unit_canonical"]) == (text, 0.5, unit, canonical)


@pytest.mark.parametrize(
    "sentence", ["Rates rose by half a percentage point.", "The bank signalled a rise of half a percentage point in March."]
)
def test_half_a_percentage_point_is_a_percent_as_digits_would_be(sentence):
    assert one(sentence)["kind"] == one(sentence.replace("half a percentage point", "0.5 percentage points"))["kind"] == "percent"


@pytest.mark.parametrize(
    "sentence", ["The home side led at half a dozen points? No.", "He scored in the second half a minute late."]
)
def test_half_without_a_unit_after_it_is_not_a_half(sentence):
    assert all(f["value"] != 0.5 for f in figures(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz, 41, said she had waited hours.",
        "Viktor Hale, 88, who founded the club, died on Sunday.",
        "Priya Nair, 29, of Leeds was fined.",
        "The singer turns 60 in May.",
        "Her father turned 75 last spring.",
    ],
)
def test_ages_count_years(sentence):
    figure = one(sentence)
    assert (figure["unit"], figure["unit_canonical"]) == ("years", "years")


@pytest.mark.parametrize(
    "sentence",
    ["Police turned away 300 fans.", "The firm turned 30 staff away.", "The dial turned 90 degrees."],
)
def test_no_age_without_a_person_or_a_bare_number(sentence):
    assert all(f["unit"] != "years" for f in figures(sentence))


@pytest.mark.parametrize(
    ("sentence", "approx"),
    [
        ("Rents climbed 30% over five years.", None),
        ("The town shrank over two decades.", None),
        ("He served over five years in prison.", "over"),
        ("The siege lasted over two months.", "over"),
        ("They waited for over six hours.", "over"),
        ("Over 400 people signed.", "over"),
        ("It was the wettest spring in over 50 years.", "over"),
        ("Nobody had crossed the pass in over ten years.", "over"),
    ],
)
def test_over_a_duration_means_during(sentence, approx):
    assert figures(sentence)[-1]["approx"] == approx


@pytest.mark.parametrize(
    ("sentence", "value", "high", "unit"),
    [
        ("Repairs will take four or five weeks.", 4, 5, "weeks"),
        ("Only 30 or 40 visitors came.", 30, 40, "visitors"),
    ],
)
def test_two_numbers_joined_by_or_are_a_range(sentence, value, high, unit):
    figure = one(sentence)
    assert (figure["value"], figure["high"], figure["unit"]) == (value, high, unit)


# -- units only from their own number ---------------------------------------------------------


def test_a_partitive_count_takes_no_unit_from_the_figure_before():
    found = figures("The bus was doing 90 km/h. Six of the passengers were hurt.")
    assert [f["unit"] for f in found] == ["km/h", "passengers"]
    found = figures("The storm hit at 120 km/h. Four of them drowned.")
    assert [f["unit"] for f in found] == ["km/h", None]


def test_a_bare_count_still_takes_the_noun_before_it():
    found = figures("Some 2,000 nurses walked out, and another 1,500 joined them.")
    assert [f["unit"] for f in found] == ["nurses", "nurses"]


# -- pesos -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("The fare is 150 Philippine pesos.", "PHP"),
        ("Tortillas cost 25 Mexican pesos.", "MXN"),
        ("The fine was 90,000 Chilean pesos.", "CLP"),
        ("Vendors at the night market charge 40 pesos.", None),  # no adjective, no place (see test_figures_places)
    ],
)
def test_pesos_take_a_currency_from_an_adjective(sentence, currency):
    figure = one(sentence)
    assert (figure["kind"], figure["currency"]) == ("money", currency)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The storm left more than an inch of rain in the valley.", "an inch", 1.0),
        ("Forecasters expect half an inch of snow overnight.", "half an inch", 0.5),
        ("A centimetre of ice covered the roads.", "A centimetre", 1.0),
    ],
)
def test_an_inch_or_a_centimetre_is_one_unit(sentence, text, value):
    assert (one(sentence)["text"], one(sentence)["value"]) == (text, value)


@pytest.mark.parametrize("sentence", ["The coach said he would not give an inch.", "They never paid a dollar for it."])
def test_a_unit_after_a_negation_is_an_idiom(sentence):
    assert figures(sentence) == []
