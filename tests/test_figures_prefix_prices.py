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
