"""Digits printed with a leading zero are a code (``leading_zero``): sentences written for the rule."""

from __future__ import annotations

import pytest

from tests.test_figures import figures


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Shares of Kee Lung (0221) fell 3 percent.", ["3 percent"]),
        ("Route 066 reopened after 14 days.", ["14 days"]),
        ("The agent 007 film took $80 million.", ["$80 million"]),
        ("Trading opened at 0830 GMT with 12 deals.", ["12"]),
    ],
)
def test_a_code_with_a_leading_zero_is_no_figure(sentence: str, kept: list[str]) -> None:
    assert [f["text"] for f in figures(sentence)] == kept


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Inflation was 0.5 per cent in May.", "0.5 per cent", 0.5),
        ("A stamp now costs $0.85 in the city.", "$0.85", 0.85),
        ("The index slipped 0.08 points on Friday.", "0.08", 0.08),
        ("Dealers quoted the euro at $1.0837-0837 late on Friday.", "$1.0837-0837", 1.0837),
    ],
)
def test_a_number_with_a_leading_zero_and_a_decimal_point_or_alone_stays(sentence: str, text: str, value: float) -> None:
    assert (text, value) in [(f["text"], f["value"]) for f in figures(sentence)]
