"""Figures rule group 6, properties on generated text: spans slice to the text, values are finite."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_figures import figures

#: Pieces that the figure rules read: numbers in every form, signs, codes, scales, units, joins, words.
_PIECES = [
    "1", "12", "5.5", ".08", "1,250", "40 000", "1\u202f414", "$", "HK$", "hk $", "US$", "€", "£", "RM", "Rs.",
    "USD", "usd", "k", "m", "M", "bn", "b", "T", "million", "billion", "and a half", "three", "one", "a", "an",
    "half", "quarter", "cents", "pence", "pounds", "pound", "yen", "francs", "Swiss", "km", "GB", "mg", "-",
    "-to-", " to ", " or ", " and ", " between ", " by ", "~", "%", " per cent", "-meter", "-long", "of", "meat",
    "weighed", "people", "Street", "Baker", "iPhone", "+", ".", ",", " ", " ", " ", "\u00a0", "(", ")", "said",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=25))
def test_spans_slice_to_text_and_values_are_finite(pieces):
    sentence = "".join(pieces)
    for figure in figures(sentence):  # figures() checks that each span slices to the figure's text
        assert figure["text"].strip() == figure["text"] and figure["text"]
        for number in (figure["value"], figure["high"]):
            assert number is None or math.isfinite(number)
        if figure["kind"] == "money":
            assert figure["currency"] is None or figure["currency"].isupper()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789 .,$€-kmbMT%a\u202f"), max_size=60))
def test_digit_soup_gives_finite_values(sentence):
    for figure in figures(sentence):
        assert figure["value"] is None or math.isfinite(figure["value"])


def test_a_run_of_number_words_is_read_in_bounded_pieces():
    found = figures("They counted " + "three and a half and " * 30 + "more.")
    assert found and all(len(f["text"].split()) <= 32 for f in found)


#: Pieces for the unit rules: units in several spellings, counted nouns, coins, Indian scales, ages, halves.
_UNIT_PIECES = [
    "3", "12", "4.5", "two", "half", "a", "an", "hour", "kilometres", "km", "kms", "°C", "C", "lbs", "degrees",
    "Celsius", "lakh", "crore", "Rs", "HK", "cents", "euro", "people", "of the", "dead", "turns", ", ", "Ortiz",
    "over", "years", "-", " ", " ", " ", "(", ")", "PM", "555-0143", "or", "months",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_UNIT_PIECES), min_size=1, max_size=20))
def test_a_canonical_unit_names_a_printed_unit(pieces):
    for figure in figures("".join(pieces)):
        if figure["unit_canonical"] is not None:
            assert figure["unit"], figure
        if figure["kind"] != "quantity":
            assert figure["unit_canonical"] is None, figure
