"""A block of a street as police reports print it (``the 2900 block of Campbellton Road``), a house number before a
quay (``88 Harbour Quay``) and a model's digits before its series and variant (``the 737 MAX 8``) are no figures;
counts of blocks and amounts with a code or unit in capitals stay figures. The sentences are our own."""

from __future__ import annotations

import pytest

from tests.test_figures import figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers were called to the 1400 block of Elm Avenue on Friday.",
        "A car was stolen in the 300 block of the Strand.",
        "The firm moved to 88 Harbour Quay last year.",
        "The airline flies the 737 MAX 8 on the route.",
        "Crews serviced the 320 NEO 2 overnight.",
    ],
)
def test_addresses_and_models_are_no_figures(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("Police closed 12 blocks of Main Street.", ["12"]),
        ("Sales of 500 USD 3 times a year.", ["500 USD", "USD 3"]),
        ("The plant runs 5 GW 3 days a week.", ["5 GW", "3 days a week"]),
    ],
)
def test_counts_of_blocks_and_amounts_in_capitals_stay(sentence, texts):
    assert [f["text"] for f in figures(sentence)] == texts
