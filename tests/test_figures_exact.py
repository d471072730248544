"""Figures: a scale word, letter or coin multiplies the printed number exactly (``4.1 trillion`` is 4.1e12)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse_figures.numbers import times
from newsparse_figures.tables import SCALE_LETTERS, SCALE_WORDS

from .test_figures import figures, one

#: Printed decimals: up to five integer digits and up to three fraction digits, never zero.
_DECIMALS = st.builds(
    lambda whole, fraction: f"{whole}.{fraction}" if fraction else str(whole),
    st.integers(min_value=1, max_value=99999),
    st.sampled_from(["", *(f"{n}" for n in range(1, 10)), *(f"{n:02d}" for n in range(1, 100, 7)), "001", "123",
                     "999", "105", "35"]),
)


@settings(deadline=None)
@given(_DECIMALS, st.sampled_from(sorted(SCALE_WORDS)))
def test_a_scale_word_multiplies_the_printed_digits_exactly(printed, word):
    figure = one(f"The fund reported {printed} {word} in the quarter.")
    assert figure["text"] == f"{printed} {word}"
    assert figure["value"] == float(Decimal(printed) * Decimal(SCALE_WORDS[word]))


@settings(deadline=None)
@given(_DECIMALS, st.sampled_from(sorted(SCALE_LETTERS)))
def test_a_scale_letter_in_money_multiplies_the_printed_digits_exactly(printed, letter):
    figure = one(f"The sale raised ${printed}{letter} last year.")
    assert figure["value"] == float(Decimal(printed) * Decimal(SCALE_LETTERS[letter]))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Exports reached 8.2 trillion won.", 8.2e12),
        ("The state spent Rs 2.3 lakh crore on roads.", 2.3e12),
        ("Its debt is 0.7 billion euros.", 7e8),
        ("The deal was worth 14.9 USD million.", 14.9e6),
        ("Copper added 6.7 cents a pound.", 0.067),
    ],
)
def test_scaled_values_are_exact(sentence, value):
    assert one(sentence)["value"] == value


def test_the_first_end_of_a_range_takes_the_scale_exactly():
    figure = one("Bids ranged from 4.1 to 6.3 trillion dong.")
    assert (figure["value"], figure["high"]) == (4.1e12, 6.3e12)


def test_times_rounds_once():
    assert times(4.1, 1e12) == 4.1e12
    assert 4.1 * 1e12 != 4.1e12  # what it replaces
    assert times(0.29, 1e5) == 29000.0
