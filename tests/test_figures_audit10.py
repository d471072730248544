"""Figures audit 10 (real news from Australia, New Zealand, Canada, Singapore, Hong Kong, India and Africa: budgets,
fuel prices, mining costs, heatwaves, crops, seizures): cents and the cent sign let an article's places decide its
dollar, peoples of a dollar's country name it, degree symbols after a space in a passage on the weather, a bare
``$`` in brackets after a name is a listed price (no conversion), a minus before a bare ``$``, ``KShs.``,
``cc`` and ``g/t``, a percentage joined to a word by a hyphen, and currency letters before a number in words.  Sentences of our own, positive and negative."""

import pytest

from newsparse_figures.money import _DOLLAR_COINS

from .test_figures_audit5 import figures


def currencies(text):
    return [f[4] for f in figures(text) if f[3] == "money"]


@pytest.mark.parametrize(
    "sentence, currency",
    [
        ("Diesel in Queensland fell 2.5¢ to 201.3¢ a litre this week.", "AUD"),
        ("Drivers in Ontario face a 40 cent rise at the pump.", "CAD"),
        ("Milk in Auckland now costs 45c more than in spring.", "NZD"),
        ("Diesel fell 2.5¢ to 201.3¢ a litre this week.", "USD"),  # no place: the US dollar's cents
    ],
)
def test_cents_and_the_cent_sign_take_the_dollar_of_the_places(sentence, currency):
    assert set(currencies(sentence)) == {currency}


@pytest.mark.parametrize("printed", ["cost 99¢", "a 45c fare", "a 50 cent rise", "55 cents"])
def test_cents_are_printed(printed):
    assert _DOLLAR_COINS.search(printed) is not None


@pytest.mark.parametrize("printed", ["up 3 per cent", "a 5 per-cent cut", "12 percent", "the city centre"])
def test_a_percentage_prints_no_cents(printed):
    assert _DOLLAR_COINS.search(printed) is None


@pytest.mark.parametrize(
    "sentence, currency",
    [
        ("Australians will pay $5 more for a tank of fuel.", "AUD"),
        ("Canadians spent $3 billion on groceries last month.", "CAD"),
        ("New Zealanders owe $2 billion on credit cards.", "NZD"),
        ("BNZ economists see the payout at $7.20 a kilo.", "NZD"),
        ("Americans and Australians each paid $5 for the ticket.", "USD"),  # two dollars' places: as printed
    ],
)
def test_the_people_of_a_dollar_name_it(sentence, currency):
    assert currencies(sentence) == [currency]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Temperatures reached 38.5 C in the west on Monday.", [(38.5, None)]),
        ("Overnight lows ranged from 12 C to 15 C in the hills.", [(12, 15)]),
        ("The mercury climbed from 12 C to 15 C overnight.", [(12, None), (15, None)]),  # a change
        ("It was 10-12 C warmer than usual across the state.", [(10, 12)]),
        ("The mercury hit 104 F in the desert town.", [(104, None)]),
    ],
)
def test_a_degree_symbol_after_a_space_in_a_passage_on_the_weather(sentence, expected):
    found = [(f[1], f[2]) for f in figures(sentence) if f[5] in ("degrees Celsius", "degrees Fahrenheit")]
    assert found == expected


@pytest.mark.parametrize(
    "sentence", ["The class had 3 C grades in maths this term.", "Pupils in Year 9 F stream sat the test early."]
)
def test_a_spaced_letter_is_no_degree_elsewhere(sentence):
    assert not [f for f in figures(sentence) if f[5] and f[5].startswith("degrees")]


@pytest.mark.parametrize("sentence", ["Stores will sell the Nokia 7C from June.", "The Pixel 3F is the cheaper model."])
def test_a_degree_letter_after_a_model_name_is_part_of_the_name(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence, currency",
    [
        ("In Queensland, medians were Brisbane ($820,000) and Cairns ($510,000).", "AUD"),
        ("The Ottawa firm lists Kanata ($410,000) and Orleans ($520,000).", "CAD"),
    ],
)
def test_a_bare_dollar_in_brackets_after_a_name_is_a_listed_price(sentence, currency):
    assert set(currencies(sentence)) == {currency}


@pytest.mark.parametrize(
    "sentence",
    [
        "Canberra will spend A$3 billion (about $2 billion) on roads.",
        "The Queensland deal is worth A$900 million ($600 million).",
    ],
)
def test_a_bare_dollar_in_brackets_after_an_amount_stays_a_conversion(sentence):
    assert currencies(sentence) == ["AUD", "USD"]


def test_a_minus_before_a_bare_dollar():
    assert figures("In Queensland one mine's costs came to -$300 an ounce.")[0][1:5] == (-300, None, "money", "AUD")


@pytest.mark.parametrize(
    "sentence, value, currency",
    [
        ("The taxman collected KShs. 2.4 Trillion last year.", 2.4e12, "KES"),
        ("Police seized ganja worth Rs five lakh on Friday.", 500_000, "INR"),
        ("The land sold for about Rs. three crore.", 30_000_000, "INR"),
    ],
)
def test_currency_letters_before_an_amount(sentence, value, currency):
    money = [f for f in figures(sentence) if f[3] == "money"]
    assert [(f[1], f[4]) for f in money] == [(pytest.approx(value), currency)]


@pytest.mark.parametrize(
    "sentence", ["The firm has sold TVRs two million times.", "Some two lakh farmers joined the march."]
)
def test_no_currency_letters_before_a_number_in_words(sentence):
    assert not [f for f in figures(sentence) if f[3] == "money"]


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("The hatchback has a 1,500cc engine.", 1500, "cc"),
        ("Drill holes returned 4.2 g/t gold over ten metres.", 4.2, "g/t"),
        ("Underground ore graded 2.1gpt on average.", 2.1, "gpt"),
    ],
)
def test_engine_sizes_and_ore_grades(sentence, value, unit):
    assert (figures(sentence)[0][1], figures(sentence)[0][5]) == (value, unit)


@pytest.mark.parametrize(
    "sentence, value",
    [("The miner sold its 30%-owned copper mine.", 30), ("The bank keeps a 51 percent-owned insurer.", 51)],
)
def test_a_percentage_joined_to_a_word_is_a_share(sentence, value):
    assert [(f[1], f[3]) for f in figures(sentence)] == [(value, "percent")]


@pytest.mark.parametrize("sentence", ["The six-sided dice rolled.", "The 3-sided tent stood there."])
def test_a_number_joined_to_a_word_stays_no_figure(sentence):
    assert figures(sentence) == []
