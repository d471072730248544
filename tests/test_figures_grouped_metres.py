"""``m`` after digits grouped in thousands is metres unless money or a plural noun makes it million: news
prints millions as ``3.8m`` or with a currency (``£1,200m``)."""

from __future__ import annotations

import pytest

from newsparse import parse


def figures(sentence: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for a in parse(sentence + "\n").articles for f in a.figures]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The new shaft reaches 2,450m below the surface.", "2,450m", 2450),
        ("The submarine sank to 3,100m.", "3,100m", 3100),
        ("The climbers camped at 6,200m on the ridge.", "6,200m", 6200),
    ],
)
def test_grouped_digits_and_m_are_metres(sentence, text, value):
    assert figures(sentence) == [(text, value, "m")]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Profits rose to £1,200m last year.", "£1,200m", 1_200_000_000),
        ("The bank sold 1,500m shares to investors.", "1,500m", 1_500_000_000),
        ("About 2.7m people voted.", "2.7m", 2_700_000),
    ],
)
def test_money_plural_nouns_and_decimals_keep_m_a_million(sentence, text, value):
    assert [(t, v) for t, v, _ in figures(sentence)] == [(text, value)]
