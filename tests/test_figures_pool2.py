"""Kinds of figure that the used pool's pages missed or added (second pass): one section per kind, each a rule of
English number grammar.

Every sentence was written for these tests; none is copied from a page the rules were measured on.
"""

from __future__ import annotations

import pytest

from .test_figures import figures


def _money(sentence: str) -> list[tuple[str, float, float | None, str | None]]:
    return [(f["text"], f["value"], f["high"], f["currency"]) for f in figures(sentence) if f["kind"] == "money"]


# -- small amounts after currency letters of table context_prefixes: a copula, an approximation, a period, a range --


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In Johannesburg tomatoes are R40 for a crate this month.", [("R40", 40, None, "ZAR")]),
        ("A Pretoria pensioner said the bus fare was now R18.", [("R18", 18, None, "ZAR")]),
        ("In Lagos a bag of garri is almost N900 more than in June.", [("N900", 900, None, "NGN")]),
        ("A Durban student spends roughly R300 a month on data.", [("R300", 300, None, "ZAR")]),
        ("A Johannesburg couple now looks for shoes in the R200 to R350 range.", [("R200 to R350", 200, 350, "ZAR")]),
    ],
)
def test_a_small_amount_after_currency_letters_is_a_price(sentence, expected):
    assert _money(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "In Johannesburg the quickest road is R21 north of the airport.",
        "Lagos nurses wore N95 to N99 masks on the ward.",
        "Cape Town drivers took the R24 to R21 interchange.",
        "The Abuja clinic was out of N95 masks again.",
        "In Johannesburg a loaf was R17,50 last week.",
    ],
)
def test_a_name_number_after_currency_letters_stays_no_money(sentence):
    assert _money(sentence) == []


# -- a degree letter glued to a number after "the", in a passage not on the weather, is a model ------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Without a contract, the 5C sells for $549.",
        "The 3F has a bigger screen than last year's phone.",
    ],
)
def test_a_model_number_with_a_degree_letter_is_no_temperature(sentence):
    assert [f for f in figures(sentence) if f["kind"] == "quantity"] == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Temperatures reached 46C on Sunday.", "46C"),
        ("The 41C heat closed schools across the state.", "41C"),
    ],
)
def test_a_temperature_stays_a_figure(sentence, text):
    assert [f["text"] for f in figures(sentence) if f["unit"] == "degrees Celsius"] == [text]


# -- a bare scaled number compared with an amount of the same scale after it takes its currency --------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The scheme cost nearly a billion more than the €4.2 billion planned.",
            [("a billion", 1e9, None, "EUR"), ("€4.2 billion", 4.2e9, None, "EUR")],
        ),
        (
            "The new stadium cost 80 million less than the £300 million the council set aside.",
            [("80 million", 8e7, None, "GBP"), ("£300 million", 3e8, None, "GBP")],
        ),
    ],
)
def test_a_bare_number_compared_with_money_after_it_is_money(sentence, expected):
    assert _money(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "About 3 million people more than the $12 million fund could reach.",
        "Subscribers rose to 3 million, more than the 2 million forecast.",
        "The fund raised $5 million, more than 4 million donors gave.",
    ],
)
def test_a_count_compared_with_money_stays_a_count(sentence):
    found = [f for f in figures(sentence) if f["text"] in ("3 million", "2 million", "4 million")]
    assert found and all(f["kind"] == "quantity" for f in found)


# -- a number and -fold is a multiple, counted in times ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Loan applications rose 4-fold in two years.", "4-fold", 4),
        ("The study found a 2.5-fold risk for smokers.", "2.5-fold", 2.5),
        ("Exports grew five-fold after the deal.", "five-fold", 5),
    ],
)
def test_a_number_fold_is_a_multiple(sentence, text, value):
    assert [(f["text"], f["value"], f["unit"]) for f in figures(sentence) if f["unit"] == "times"] == [
        (text, value, "times")
    ]


def test_a_fold_of_paper_is_no_multiple():
    assert [f for f in figures("She made a fold in the 3 sheets of paper.") if f["unit"] == "times"] == []


# -- the abbreviations oz and ha are reported by their names --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The mine poured 41,250oz of gold last quarter.", "ounces"),
        ("Each bar weighs 12 oz.", "ounces"),
        ("The farm covers 3.4ha of wetland.", "hectares"),
    ],
)
def test_oz_and_ha_are_reported_by_name(sentence, unit):
    assert [f["unit"] for f in figures(sentence)] == [unit]


def test_other_abbreviations_stay_as_printed():
    assert [f["unit"] for f in figures("The lorry carried 2kg of cocaine 40 km inland.")] == ["kg", "km"]


# -- words with accented letters after a number are words -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The studio signed 40 naïve investors.", "investors"),
        ("The chef trained three protégés last year.", "protégés"),
        ("The fair drew 200 émigrés from Paris.", "émigrés"),
    ],
)
def test_a_counted_noun_may_carry_accents(sentence, unit):
    assert [f["unit"] for f in figures(sentence)][0] == unit


# -- an age after a name and "now", in digits or words ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The champion Moreno, now thirty-six, is fighting again.", "thirty-six"),
        ("Her grandfather, Tom Reid, now 91, still farms.", "91"),
    ],
)
def test_a_number_after_a_name_and_now_is_an_age(sentence, text):
    assert [(f["text"], f["unit"]) for f in figures(sentence)] == [(text, "years")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The index, now 48, fell again.",
        "The Dow, now 35,000, slipped.",
        "Of the team, now twelve, half are new.",
    ],
)
def test_a_number_after_now_and_no_name_is_no_age(sentence):
    assert all(f["unit"] != "years" for f in figures(sentence))


# -- a title in quotation marks that opens with digits is a name -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The studio’s “47 Ronin” remake stalled.",
        'He starred in "12 Angry Men" on Broadway.',
        "Critics loved “300 Spartans Return” last spring.",
    ],
)
def test_a_quoted_title_opening_with_digits_is_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("“20 Palestinians were killed,” the ministry said.", "20"),
        ("“40 percent of them left,” she said.", "40 percent"),
    ],
)
def test_a_quote_opening_with_a_count_keeps_it(sentence, text):
    assert [f["text"] for f in figures(sentence)] == [text]
