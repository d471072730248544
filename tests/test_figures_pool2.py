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
