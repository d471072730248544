"""Dollar signs of Latin American pesos printed with their country's letters (table ``currency_symbols``)."""

from __future__ import annotations

import pytest

from tests.test_figures import figures


@pytest.mark.parametrize(
    ("sentence", "text", "currency"),
    [
        ("The minimum wage rose to AR$ 8,000 a month.", "AR$ 8,000", "ARS"),
        ("A coffee costs COL$5,000 at the airport.", "COL$5,000", "COP"),
        ("Fares rose to CLP$ 800 this week.", "CLP$ 800", "CLP"),
        ("The fee is UY$1,200 a year.", "UY$1,200", "UYU"),
    ],
)
def test_a_peso_sign_with_its_countrys_letters_names_that_peso(sentence: str, text: str, currency: str) -> None:
    assert [(f["text"], f["currency"]) for f in figures(sentence) if f["kind"] == "money"] == [(text, currency)]
