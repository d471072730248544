"""Kinds of figure that the used pool's pages missed or added: one section per kind, each a rule of English
number grammar or of news layout.

Every sentence was written for these tests; none is copied from a page the rules were measured on.
"""

from __future__ import annotations

import pytest

from .test_figures import figures, one


def _texts(sentence: str) -> list[str]:
    return [f["text"] for f in figures(sentence)]


# -- a number in words after a credit in brackets that opens the paragraph ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("(Reuters) Five people were hurt when the roof fell in.", "Five", "people"),
        ("(Island Herald) Twelve fishing boats were lost in the storm.", "Twelve", "boats"),
        ("(AP) Three senators asked for a recount.", "Three", "senators"),
    ],
)
def test_a_number_in_words_after_a_credit_opens_the_sentence(sentence, text, unit):
    figure = one(sentence)
    assert (figure["text"], figure["unit"]) == (text, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "(Reuters) The Big Three carmakers met the union.",
        "The pilots of Air Force One (the plane) Two said nothing.",
    ],
)
def test_a_capitalised_number_word_inside_a_sentence_stays_a_name(sentence):
    assert figures(sentence) == []


# -- the plural of a number written with an apostrophe ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Records from the 70’s still sell well.",
        "Fashion of the 1980's came back this spring.",
        "The service offers 100's of old films.",
    ],
)
def test_a_number_with_an_apostrophe_s_is_a_decade_or_vague(sentence):
    assert figures(sentence) == []


def test_a_possessive_before_a_number_keeps_it():
    assert _texts("The firm's 90 staff were told on Monday.") == ["90"]


# -- a model's number and a stock's code ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A 1950s Bush model 605 radio sold at the fair.",
        "Shares of Sony (6758.T) and HSBC (0005.HK) rose.",
    ],
)
def test_a_model_number_or_stock_code_is_no_figure(sentence):
    assert [f for f in figures(sentence) if f["value"] in (605, 6758, 5)] == []


def test_digits_before_a_stop_and_a_new_sentence_stay_a_figure():
    assert _texts("The index closed at 7,011. The yen was flat.") == ["7,011"]


def test_a_model_with_a_count_after_it_keeps_the_count():
    assert one("The new model has 12 cameras.")["unit"] == "cameras"


# -- an age in brackets after a full name -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Aoife Kelly (34), of Main Street, was fined.", 34),
        ("The court heard that Declan O’Neill (72) lived alone.", 72),
        ("Garda Tom Smith-Byrne (29) gave evidence.", 29),
    ],
)
def test_two_digits_in_brackets_after_a_full_name_are_an_age(sentence, value):
    figure = one(sentence)
    assert (figure["value"], figure["unit"]) == (value, "years")


def test_one_digit_in_brackets_after_a_name_is_an_edition():
    assert figures("Fans queued for the Pixel (8) all night.") == []


def test_a_count_in_brackets_after_a_plural_is_no_age():
    assert one("The bill passed with Republicans (53) in favour.")["unit"] != "years"


# -- a range whose second end carries a bound ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "high", "approx"),
    [
        ("Salaries range from about $40,000 to more than $90,000 a year.", 40000, 90000, "about"),
        ("Each donor gave roughly ¥2 million to over ¥5 million.", 2000000, 5000000, "roughly"),
        ("The site drew about 300 to nearly 500 visitors a day.", 300, 500, "about"),
    ],
)
def test_a_bound_before_the_second_end_keeps_one_range(sentence, value, high, approx):
    figure = figures(sentence)[0]
    assert (figure["value"], figure["high"], figure["approx"]) == (value, high, approx)


def test_a_change_to_a_bound_stays_two_figures():
    found = figures("Sales rose from 5% to more than 10% last year.")
    assert [(f["value"], f["high"], f["approx"]) for f in found] == [(5, None, None), (10, None, "more than")]


# -- a dealer's quote: bid and offer ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "high", "currency"),
    [
        ("By noon the dollar fetched ¥148.20-23 in Tokyo.", 148.20, 148.23, "JPY"),
        ("The euro was quoted at $1.2745-2750 late on Friday.", 1.2745, 1.2750, "USD"),
        ("Dealers offered the pound at ¥190.05-05.", 190.05, 190.05, "JPY"),
    ],
)
def test_a_dealers_quote_prints_only_the_last_decimals_again(sentence, value, high, currency):
    figure = one(sentence)
    assert (figure["value"], figure["high"], figure["currency"]) == (value, high, currency)


@pytest.mark.parametrize(
    ("sentence", "value", "high"),
    [
        ("Rates may rise 3.5-4 percent next year.", 3.5, 4),
        ("Tickets cost $1.5-2 at the door.", 1.5, 2),
        ("Fares went up $10-20 this week.", 10, 20),
        ("Tickets cost $2.50-3 at the door.", 2.5, 3),
        ("Meals cost $12.50-15 a head.", 12.5, 15),
    ],
)
def test_other_ranges_joined_by_a_hyphen_are_read_whole(sentence, value, high):
    figure = one(sentence)
    assert (figure["value"], figure["high"]) == (value, high)


# -- a scale word that ends the second end of a range in words ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "high"),
    [
        ("The deficit could reach two or three billion next year.", 2e9, 3e9),
        ("Four to five hundred workers joined the strike.", 400, 500),
        ("Between ten and twenty thousand fans filled the square.", 10000, 20000),
    ],
)
def test_the_first_end_in_words_takes_the_scale_of_the_second(sentence, value, high):
    figure = one(sentence)
    assert (figure["value"], figure["high"]) == (value, high)


def test_a_range_of_times_takes_no_scale():
    figure = one("Prices doubled two to three times over the decade.")
    assert (figure["value"], figure["high"]) == (2, 3)


# -- vocabulary: a verb of change, currencies by name and place, idioms, times of day --------------------------------------


def test_faded_is_a_verb_of_change():
    assert [(f["value"], f["high"]) for f in figures("Silver faded $1.20 to $23.10.")] == [(1.2, None), (23.1, None)]


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("T&T's public debt stood at $140 billion last year.", "TTD"),
        ("AT&T paid $5 billion for the licences.", "USD"),
        ("The NRL fined the club $50,000 for the brawl.", "AUD"),
        ("The bank will lend another 3 billion reals to farmers.", "BRL"),
        ("Prices rose 3 percent a month, INDEC said; a basket costs 300,000 pesos.", "ARS"),
    ],
)
def test_a_currency_by_its_place_or_name(sentence, currency):
    assert [f["currency"] for f in figures(sentence) if f["kind"] == "money"] == [currency]


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics say the country has become a two-party state.",
        "The clinic opens at 12 noon and closes at 12 midnight.",
    ],
)
def test_no_figure_in_an_idiom_or_a_time_of_day(sentence):
    assert figures(sentence) == []


def test_a_coalition_of_parties_is_still_counted():
    assert _texts("A three-party coalition took office.") == ["three-party"]


def test_twelve_before_a_noun_is_a_count():
    assert one("The council passed 12 new rules.")["unit"] == "rules"


# -- a shared currency name: the places the story names most --------------------------------------------------------


def _rupees(text: str) -> str | None:
    return next(f["currency"] for f in figures(text) if f["kind"] == "money")


def test_the_story_that_names_one_country_most_takes_its_rupee():
    text = (
        "Pakistan will spend 900 billion rupees on schools, the minister told lawmakers in Islamabad, "
        "though Pakistan still trails India on literacy."
    )
    assert _rupees(text) == "PKR"


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan and India each set aside 50 billion rupees for roads.",
        "The government will spend 900 billion rupees, Islamabad said, as India looked on.",
    ],
)
def test_places_named_about_as_often_leave_the_rupee_open(text):
    assert _rupees(text) is None


# -- a unit word in the singular after a number above one -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The robber waved a 12 inch blade at staff.", "inches"),
        ("A 40,000 square foot warehouse burned down.", "square feet"),
        ("Police stopped a 7 ton lorry on the bridge.", "tons"),
    ],
)
def test_a_singular_unit_word_after_a_number_above_one_is_reported_in_the_plural(sentence, unit):
    assert one(sentence)["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Only 1 inch of rain fell.", "inch"),
        ("The road runs 12 km north.", "km"),
        ("Water held 8 parts per billion of arsenic.", "parts per billion"),
    ],
)
def test_one_an_abbreviation_or_a_rate_keeps_the_unit_as_printed(sentence, unit):
    assert one(sentence)["unit"] == unit


# -- the won's letter before the amount, as Seoul papers print it ---------------------------------------------------------


def test_w_before_a_scaled_amount_is_won_in_a_story_that_speaks_of_won():
    found = figures("The plan trims W3.2b from the fund, part of a 12 trillion won budget.")
    assert [(f["text"], f["value"], f["currency"]) for f in found][0] == ("W3.2b", 3.2e9, "KRW")


def test_w_in_a_story_from_seoul():
    assert one("Seoul will spend W500 billion on chips.")["currency"] == "KRW"


@pytest.mark.parametrize("sentence", ["The base stores W88 warheads.", "The W140 coupe sold well in Seoul."])
def test_w_before_a_small_number_is_a_name(sentence):
    assert figures(sentence) == []


# -- a small amount with the letters of a currency after ``between`` ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In Abuja the naira traded between N410 and N425 on Friday.",
        "Dealers in Lagos said it hovered between N410 to N425.",
    ],
)
def test_letters_after_between_are_a_rate(sentence):
    figure = one(sentence)
    assert (figure["value"], figure["high"], figure["currency"]) == (410, 425, "NGN")


def test_letters_and_a_model_after_between_stay_names():
    assert figures("In Lagos, the shop sold between N95 and N99 masks.") == []


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [("The charger delivers 67W to the phone.", "watts"), ("The lamp draws 12W in Seoul.", "watts")],
)
def test_the_letter_of_a_currency_after_a_number_is_a_unit(sentence, unit):
    figure = one(sentence)
    assert (figure["kind"], figure["unit"]) == ("quantity", unit)


@pytest.mark.parametrize("sentence", ["The ferry ran on its 5P route in Lagos.", "Riders took the 20R bus in Pretoria."])
def test_letters_of_a_currency_printed_after_a_number_make_no_money(sentence):
    assert [f for f in figures(sentence) if f["kind"] == "money"] == []
