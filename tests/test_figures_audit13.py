"""Figures audit 13 (blind round p614-p619): a small amount after letters that name a currency only in context
(``N``, ``R``) is a price after ``by`` (the size of a change: ``cut its price by N40``), before ``a`` and a noun
after a price's lead (``fares stay at N500 a trip``), and after who pays (``costs her R90 in fares``).  Sentences of
our own, positive and negative."""

import pytest

from .test_figures import figures


def _money(sentence):
    return [(f["text"], f["value"], f["currency"]) for f in figures(sentence) if f["kind"] == "money"]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("The Nigerian depot raised its price of diesel by N35 on Monday.", "N35", 35, "NGN"),
        ("In Lagos, danfo fares will stay at N450 a trip until June.", "N450", 450, "NGN"),
        ("In Soweto, a taxi to the clinic costs her R85 in fares each way.", "R85", 85, "ZAR"),
        ("South African bakers said a loaf cost them R24 at the till.", "R24", 24, "ZAR"),
    ],
)
def test_a_small_amount_with_context_letters_after_a_lead_is_a_price(sentence, text, value, currency):
    assert _money(sentence) == [(text, value, currency)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nigerian clinics replaced cloth masks by N95 masks in March.",  # a mask after by
        "The crash closed the R61 near Queenstown in South Africa.",  # a road
        "South Africans told her R21 was closed near the airport.",  # a road after who was told
        "Nigeria's stores said N95 a piece was the going rate for the masks.",  # no lead
    ],
)
def test_context_letters_and_a_number_without_a_price_stay_none(sentence):
    assert _money(sentence) == []
