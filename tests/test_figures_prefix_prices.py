"""Small amounts after the letters of table ``context_prefixes`` (``R``, ``N``): money after a word of a price or
payment (``paid R27``, ``now costs R179``, ``spent N850 on``), never a name's number (``N95 masks``, ``the R24``)."""

from __future__ import annotations

import pytest

from tests.test_figures import figures


@pytest.mark.parametrize(
    ("sentence", "text", "currency"),
    [
        ("A Durban shopper said she paid R27 for a bag of lemons.", "R27", "ZAR"),
        ("In Johannesburg a loaf now costs R19.", "R19", "ZAR"),
        ("A Lagos trader said she spent N850 on tomatoes last week.", "N850", "NGN"),
        ("South African drivers are charged R45 at the toll gate on the highway.", "R45", "ZAR"),
    ],
)
def test_a_small_amount_after_a_word_of_price_is_money(sentence: str, text: str, currency: str) -> None:
    assert [(f["text"], f["currency"]) for f in figures(sentence) if f["kind"] == "money"] == [(text, currency)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nurses in Lagos bought N95 masks for the ward.",
        "In Johannesburg, the lorry took the R24 north towards the airport.",
        "South African fans paid tribute to the R2 drivers.",
    ],
)
def test_a_name_number_after_the_letters_stays_no_money(sentence: str) -> None:
    assert [f for f in figures(sentence) if f["kind"] == "money"] == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("In Cape Town, South Africa, concert tickets sold for R650 and hampers for R1,200.", "R650"),
        ("“I used to take the train to work for R9. Now I walk,” said a Soweto, South Africa, cleaner.", "R9"),
        ("Pensioners in Durban, South Africa, cannot absorb another R86, the councillor said.", "R86"),
    ],
)
def test_a_small_amount_paid_for_or_added_is_money(sentence: str, text: str) -> None:
    assert (text, "ZAR") in [(f["text"], f["currency"]) for f in figures(sentence) if f["kind"] == "money"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In Pretoria, South Africa, traffic was diverted for R21 repairs.",
        "Johannesburg, South Africa, will open another R24 lane next year.",
    ],
)
def test_a_road_after_for_or_another_stays_no_money(sentence: str) -> None:
    assert [f for f in figures(sentence) if f["kind"] == "money"] == []
