"""``below zero`` after a number or its degrees is a temperature under freezing, on sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.test_figures import figures


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Wind chills may reach 5 below zero tonight.", "5 below zero", -5),
        ("Temperatures fell to 12 degrees below zero overnight.", "12 degrees below zero", -12),
        ("Lows of 20 below zero are expected on the ridge.", "20 below zero", -20),
    ],
)
def test_below_zero_is_a_negative_temperature(sentence, text, value):
    found = [f for f in figures(sentence) if f["text"] == text]
    assert [(f["value"], f["unit"]) for f in found] == [(value, "degrees")]
    assert not any(f["text"] == "zero" for f in figures(sentence))


def test_a_count_of_things_below_zero_is_not_a_temperature():
    assert [f["value"] for f in figures("Only 3 of the 12 gauges read below zero.")][:2] == [3, 12]
