"""Figures audit 7 (real news: box office, auctions, disasters, old fire reports, markets, courts, budgets): a
dateline in capitals names its place's currency (``ABUJA —`` makes ``N`` the naira); a bare amount in brackets with
``US`` after it converts the money before it into US dollars; thousands set off by a space may end before a comma;
a rate per the thing a figure before it counts takes no unit from it; ``m`` on either side of a dimension's ``x``
is metres.  Sentences of our own, positive and negative."""

import pytest

from .test_figures import figures


def _money(sentence):
    return [(f["text"], f["value"], f["currency"]) for f in figures(sentence) if f["kind"] == "money"]


def _units(sentence):
    return {f["text"]: f["unit"] for f in figures(sentence)}


# -- a dateline in capitals names the currency of its place ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("ABUJA — The senate passed a N27 billion road bill on Tuesday.", "N27 billion", 27e9, "NGN"),
        ("LAGOS - Traders said a bag of beans now sells for N48,000.", "N48,000", 48_000, "NGN"),
        ("KANO: The state set aside N3.5 billion for new classrooms.", "N3.5 billion", 3.5e9, "NGN"),
        ("CAPE TOWN - Officers seized R2.4 million hidden in a car boot.", "R2.4 million", 2.4e6, "ZAR"),
    ],
)
def test_a_dateline_in_capitals_names_its_currency(sentence, text, value, currency):
    assert _money(sentence) == [(text, pytest.approx(value), currency)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The senate passed a N27 billion road bill on Tuesday.",  # no place named: N is no currency
        "The lab said N95 masks cost more this winter in Abuja.",  # a mask, however the article is placed
        "LONDON — The team signed a N27 billion sponsorship, its rivals said.",  # a place of no such currency
    ],
)
def test_letters_without_their_place_stay_no_money(sentence):
    assert _money(sentence) == []


# -- a bare amount in brackets with US after it: the money before it in US dollars ----------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Turnover came to 41.3 billion Hong Kong dollars (5.3 billion US) on the day.",
            [("41.3 billion Hong Kong dollars", 41.3e9, "HKD"), ("5.3 billion", 5.3e9, "USD")],
        ),
        (
            "Trades were worth 2.05 billion Singapore dollars (1.5 billion U.S.), dealers said.",
            [("2.05 billion Singapore dollars", 2.05e9, "SGD"), ("1.5 billion", 1.5e9, "USD")],
        ),
        (
            "The deal is valued at 640 million euros (702 million US).",
            [("640 million euros", 640e6, "EUR"), ("702 million", 702e6, "USD")],
        ),
    ],
)
def test_a_bare_amount_with_us_in_brackets_converts_the_money_before_it(sentence, expected):
    assert _money(sentence) == [(t, pytest.approx(v), c) for t, v, c in expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The chain runs 640 stores (210 US) across the continent.",  # a count, not money
        "Sales reached 90 million euros (12 US states included).",  # more than US before the bracket closes
        "Volume was 2.1 billion shares (1.4 billion US) on the day.",  # the amount before is no money
    ],
)
def test_us_in_brackets_after_a_count_makes_no_money(sentence):
    assert [f for f in figures(sentence) if f["kind"] == "money" and f["currency"] == "USD"] == []


# -- thousands set off by a space before a comma ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("In Durban, detectives recovered R64 310, a laptop and two phones.", "R64 310", 64_310),
        ("The museum counted 12 480, the most in a decade, at its gates.", "12 480", 12_480),
    ],
)
def test_thousands_set_off_by_a_space_may_end_before_a_comma(sentence, text, value):
    assert (text, value) in [(f["text"], f["value"]) for f in figures(sentence)]


def test_a_decimal_comma_after_space_groups_still_splits():
    assert "1 250,75" not in [f["text"] for f in figures("Le prix est 1 250,75 ou 3 400,10 selon le modèle.")]


# -- a rate per the thing the figure before counts ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "rate"),
    [
        ("Across 64 matches she averaged 21.4 per match.", "21.4"),
        ("He ran in 12 races and gained 3.5 a race on the field.", "3.5"),
    ],
)
def test_a_rate_per_the_thing_counted_before_takes_no_unit(sentence, rate):
    assert _units(sentence)[rate] is None


@pytest.mark.parametrize(
    ("sentence", "count", "unit"),
    [
        ("The plant built 300 trucks in May and now builds 420 a week.", "420", "trucks"),
        ("The clinic saw 80 patients on Monday and 95 per day since.", "95", "patients"),
    ],
)
def test_a_rate_per_something_else_still_takes_the_unit(sentence, count, unit):
    assert _units(sentence)[count] == unit


# -- m on either side of a dimension's x is metres ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The banner, 3m x 2m, hung over the stand.", "3m", 3.0),
        ("The banner, 3m x 2m, hung over the stand.", "2m", 2.0),
        ("The tapestry measures 1.8 x 4.25m and is 400 years old.", "4.25m", 4.25),
        ("The pool is 25m×12m and heated.", "12m", 12.0),
    ],
)
def test_m_in_a_dimension_is_metres(sentence, text, value):
    found = {f["text"]: (f["value"], f["unit"]) for f in figures(sentence)}
    assert found[text] == (value, "m")


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("He earned 4m in 2020 and 6m the year after.", "6m", 6e6),
        ("The club paid £3m x 2 instalments.", "£3m", 3e6),
    ],
)
def test_m_outside_a_dimension_stays_million(sentence, text, value):
    assert {f["text"]: f["value"] for f in figures(sentence)}[text] == value


# -- a label after a name marker in lower case, and a subsection after its section ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Viewers rated season four of the drama highly.",
        "Critics preferred episode two, which aired in March.",
        "The champion was knocked out in round three.",
        "The deal falls under article five of the charter.",
    ],
)
def test_number_words_after_a_lower_case_name_marker_are_a_label(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("In the opening round four riders crashed.", "four"),
        ("Every season six players leave the club.", "six"),
        ("The flight three hours later was half empty.", "three hours"),
    ],
)
def test_number_words_that_count_after_a_lower_case_name_marker_stay(sentence, text):
    assert text in [f["text"] for f in figures(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The cash was forfeited under Section 12 (3) of the law.",
        "Officers relied on Regulation 7 and Article 40 (2) of the code.",
    ],
)
def test_a_subsection_in_brackets_after_its_section_is_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [("The firm raised $4 million (2) in bonds.", "2"), ("He scored 31 (9) points.", "9")],
)
def test_a_bracketed_number_after_other_digits_stays(sentence, text):
    assert text in [f["text"] for f in figures(sentence)]


# -- towns of New Zealand decide a bare $ --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Detectives in Invercargill recovered $46,000 hidden in a shed.",
        "A Palmerston North bakery was fined $9,200 for hygiene breaches.",
        "The Whanganui council set aside $1.2 million for flood repairs.",
    ],
)
def test_a_town_of_new_zealand_makes_a_bare_dollar_nzd(sentence):
    assert [f[2] for f in _money(sentence)] == ["NZD"]


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("The council will borrow $4.2 million. Pensioners on NZ Super say the rates rise hurts.", "NZD"),
        ("Rates will rise by $400 a year, and NZ First backed the plan.", "NZD"),
        ("The NZ dollar fell. Sydney shares rose $2 billion, Sydney traders and Brisbane brokers said.", "AUD"),
    ],
)
def test_new_zealands_abbreviation_names_its_dollar(sentence, currency):
    assert [f[2] for f in _money(sentence)] == [currency]


def test_a_bare_dollar_with_no_such_town_stays_usd():
    assert [f[2] for f in _money("Detectives in Denver recovered $46,000 hidden in a shed.")] == ["USD"]


@pytest.mark.parametrize("sentence", ["The trail runs a mile and a half along the cliff.", "They paid a dollar and a half each."])
def test_a_unit_before_and_a_half_counts_no_one(sentence):
    assert all(f["value"] != 1 for f in figures(sentence))


def test_a_unit_alone_still_counts_one():
    assert [(f["text"], f["value"]) for f in figures("The trail runs a mile along the cliff.")] == [("a mile", 1.0)]


# -- a no-break space between currency letters and the digits reads as a space ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In Mumbai, fares rose to Rs 500 per trip.",
        "The bank lent KSh 2 billion to farmers in Nairobi.",
        "In Amman, the ministry will spend JD 420 million on roads.",
        "The ministry will spend JD 420 million on roads.",
        "Oil traded at USD 82.50 a barrel.",
    ],
)
def test_a_no_break_space_after_currency_letters_reads_as_a_space(sentence):
    at = next(k for k, ch in enumerate(sentence) if ch.isdigit())
    assert sentence[at - 1] == " "
    spaced = sentence[: at - 1] + "\u00a0" + sentence[at:]
    assert [(text.replace("\u00a0", " "), value, currency) for text, value, currency in _money(spaced)] == _money(sentence)
