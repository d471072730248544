"""Figures audit 21 (blind round r97: flood insurance, rail strikes, vaping rules, dams, poaching, crypto collapses):
a verb of a price after a plural ends the row of nouns a count counts (``a pack of 20 cigarettes costs``); letters
of a currency the article names stand for it after ``compared with`` (``compared with R15 to R20``); a postcode is a
name.  Sentences of our own, positive and negative."""

import pytest

from .test_figures import figures


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("A pack of 20 cigarettes costs $6.", "cigarettes"),
        ("A box of 12 eggs sells for $4 at the market.", "eggs"),
        ("A bag of 50 nappies retails at $20.", "nappies"),
    ],
)
def test_a_verb_of_a_price_ends_the_counted_nouns(sentence, unit):
    assert figures(sentence)[0]["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Two aircraft carriers sailed on Monday.", "carriers"),
        ("The city bought 40 sports cars last year.", "cars"),
    ],
)
def test_nouns_before_a_noun_still_count_the_last(sentence, unit):
    assert figures(sentence)[0]["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In Cape Town, South Africa, a legal pack costs about R60, compared with R15 to R20 for illicit brands.",
            [(60.0, None, "ZAR"), (15.0, 20.0, "ZAR")],
        ),
        (
            "In Lagos, Nigeria, the naira traded at N1,512 to the dollar, compared with about N460 in early 2023.",
            [(1512.0, None, "NGN"), (460.0, None, "NGN")],
        ),
    ],
)
def test_letters_of_the_articles_currency_after_compared_with_are_money(sentence, expected):
    assert [(f["value"], f["high"], f["currency"]) for f in figures(sentence)] == expected


def test_letters_after_with_before_a_noun_stay_no_money():
    assert [f["text"] for f in figures("In Lagos, Nigeria, nurses with N95 masks arrived.")] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Premiums in the Lismore postcode 2480 rose sharply.",
        "Homes in Postcode 3000 sold fast.",
        "Flats in pincode 560001 are scarce.",
    ],
)
def test_a_postcode_is_no_figure(sentence):
    assert figures(sentence) == []
