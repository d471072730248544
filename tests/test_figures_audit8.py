"""Figures audit 8 (real news: fuel and food prices, budgets, housing, airlines, weather, markets, sport):
``HK dollars`` and ``NT dollars`` are currency names; a dateline of Singapore or Hong Kong decides a bare ``$``; a small amount
with letters of table ``context_prefixes`` is a price where a unit follows it (``R20 a litre``, ``R20/l``) or a
comparison stands before it (``above R20``); ``Re 1`` is a rupee; a verb of table ``range_verbs`` right before
``from`` makes one range; a currency's depreciation from one rate to another is a change; ``something like`` is a
qualifier.  Sentences of our own, positive and negative."""

import pytest

from .test_figures import figures


def _money(sentence):
    return [(f["text"], f["value"], f["currency"]) for f in figures(sentence) if f["kind"] == "money"]


def _spans(sentence):
    return [(f["text"], f["value"], f["high"]) for f in figures(sentence)]


# -- currency names: HK dollars, NT dollars --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("The lender's shares slipped to 61.40 HK dollars at the close.", "61.40 HK dollars", 61.4, "HKD"),
        ("Trading was worth 88.5 billion HK dollars on Monday.", "88.5 billion HK dollars", 88.5e9, "HKD"),
        ("The chipmaker paid 12 billion NT dollars for the plant.", "12 billion NT dollars", 12e9, "TWD"),
        ("A fare costs three NZ dollars on the ferry.", "three NZ dollars", 3, "NZD"),
    ],
)
def test_abbreviated_dollar_names_are_their_currency(sentence, text, value, currency):
    assert _money(sentence) == [(text, pytest.approx(value), currency)]


# -- a dateline of Singapore or Hong Kong decides a bare $ -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("SINGAPORE - Each household in an HDB flat will get $300 in vouchers this year.", "SGD"),
        ("SINGAPORE: Seniors aged 60 and above will receive a $250 top-up in August.", "SGD"),
        ("HONG KONG - The government will hand out $5,000 in vouchers to each adult.", "HKD"),
    ],
)
def test_a_dateline_of_singapore_or_hong_kong_decides_a_bare_dollar(sentence, currency):
    assert [m[2] for m in _money(sentence)] == [currency]


@pytest.mark.parametrize(
    "sentence",
    [
        "SINGAPORE (Reuters) - The fund agreed to buy the warehouse chain for $900 million.",  # wire copy
        "The Singapore fund bought a stake in the utility for $900 million.",  # named in passing
        "Traders in Hong Kong bought $2 billion of the bonds on Monday.",  # named in passing
    ],
)
def test_singapore_or_hong_kong_named_in_passing_leaves_a_bare_dollar_usd(sentence):
    assert [m[2] for m in _money(sentence)] == ["USD"]


# -- small amounts with context letters: a price per unit or compared -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("South African motorists will pay close to R24 a litre for diesel.", "R24", 24),
        ("The rand slid and petrol in Johannesburg now costs R23/l.", "R23", 23),
        ("Chicken in Cape Town shops sold for R89 per kilogram last month.", "R89", 89),
        ("Inland prices in South Africa may climb above R25 in March.", "R25", 25),
    ],
)
def test_a_small_amount_with_context_letters_is_a_price(sentence, text, value):
    assert [(t, v) for t, v, _ in _money(sentence)] == [(text, value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The crash closed the R61 near Queenstown in South Africa.",  # a road
        "Clinics in Nigeria ran short of N95/KN95 masks.",  # a mask
        "Nigeria's stores said N95 a piece was the going rate for the masks.",  # a is no unit of table one_unit_words
    ],
)
def test_a_small_number_after_context_letters_without_a_price_stays_none(sentence):
    assert _money(sentence) == []


# -- Re, the singular of Rs ---------------------------------------------------------------------------------------


def test_re_before_one_is_a_rupee():
    assert _money("Growers in Nashik said traders paid them Re 1 a kilo.") == [("Re 1", 1, "INR")]


def test_re_as_a_reply_mark_is_no_money():
    assert _money("Re: the budget thread, page 2 of the forum.") == []


# -- range verbs before from; a currency's depreciation is a change -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The increases range from S$40 to S$120 a year.", [("S$40 to S$120", 40, 120)]),
        ("Rises in the rents vary from 3% to 9% across the towns.", [("3% to 9%", 3, 9)]),
        ("The pay rises ranged from 2 to 5 per cent last year.", [("2 to 5 per cent", 2, 5)]),
        ("Tickets go on sale on Tuesday, priced from €35 to €140.", [("€35 to €140", 35, 140)]),
        ("Prices went up again, with the new models costing from $30,000 to $52,000.", [("$30,000 to $52,000", 30000, 52000)]),
        ("Beef prices could rise anywhere from four to five percent this year.", [("four to five percent", 4, 5)]),
        ("Water bills may climb anywhere from $20 to $40 a month.", [("$20 to $40", 20, 40)]),
    ],
)
def test_a_range_verb_before_from_makes_one_range(sentence, expected):
    assert _spans(sentence) == expected


def test_a_change_from_one_level_to_another_stays_two_figures():
    assert _spans("Beef prices rose from four to five percent this year.") == [("four", 4, None), ("five percent", 5, None)]


# -- stg, sterling in wire copy ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The bank kept its bond buying at STG375 billion.", "STG375 billion", 375e9),
        ("The deal is worth Stg1.2 billion, the company said.", "Stg1.2 billion", 1.2e9),
        ("The fund raised 1.5 billion stg from investors.", "1.5 billion stg", 1.5e9),
        ("Repairs cost STG 4,500 last year.", "STG 4,500", 4500),
    ],
)
def test_stg_is_sterling(sentence, text, value):
    assert _money(sentence) == [(text, value, "GBP")]


@pytest.mark.parametrize("sentence", ["The STG 40 members met on Monday.", "Route STG 4 will close for repairs."])
def test_stg_before_a_bare_count_is_no_money(sentence):
    assert _money(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The peso's depreciation against the dollar from 17.05 to 18.10 pushed fuel up.",
        "The currency depreciated on average from 17.05 to 18.10 over the month.",
    ],
)
def test_a_depreciation_from_one_rate_to_another_is_a_change(sentence):
    assert [(t, h) for t, _, h in _spans(sentence)] == [("17.05", None), ("18.10", None)]


def test_a_range_from_to_without_a_verb_stays_a_range():
    assert _spans("Exchange rates from 17.05 to 18.10 were quoted.") == [("17.05 to 18.10", 17.05, 18.10)]


# -- something like -------------------------------------------------------------------------------------------------


def test_something_like_is_a_qualifier():
    found = figures("We will be spending something like P400 billion on roads in the Philippines.")
    assert [(f["text"], f["approx"]) for f in found] == [("P400 billion", "something like")]


# -- glued inches; sport averages; centavos are no US coin ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("The gauge caught 51mm (2in) of rain overnight.", "2in", "in"),
        ("The fish was 40cm (16in) long.", "16in", "in"),
        ("The guard averaged 24.1 ppg over the season.", "24.1 ppg", "ppg"),
        ("The centre led the league with 13.2 rpg.", "13.2 rpg", "rpg"),
    ],
)
def test_glued_inches_and_sport_averages_are_units(sentence, text, unit):
    assert (text, unit) in [(f["text"], f["unit"]) for f in figures(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The 2in1 tablet sold out.",  # a product name: a digit after the letters
        "Only 4 in 10 voters agreed.",  # a spaced "in" is no unit
    ],
)
def test_in_is_a_unit_only_glued_and_before_no_word_character(sentence):
    assert [f["unit"] for f in figures(sentence) if f["unit"] == "in"] == []


def test_centavos_skip_a_us_dollar_conversion():
    found = _money("Profit was 2.1 billion reais ($400 million), or 18 centavos a share.")
    assert found[-1] == ("18 centavos", pytest.approx(0.18), "BRL")


def test_cents_after_a_us_dollar_stay_us():
    assert _money("The stock rose $1.20, or 12 cents more than forecast.")[-1][2] == "USD"
