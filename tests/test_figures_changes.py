"""Figures: ``from X to Y`` after a verb of change and its object is a change, two figures, not a range."""

from __future__ import annotations

import pytest

from .test_figures import figures


def _spans(sentence: str) -> list[tuple[str, float | None, float | None]]:
    return [(f["text"], f["value"], f["high"]) for f in figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("The plan would lift solar power's share of the grid from 12% to 30%.", "12%", "30%"),
        ("Schools will raise the cap on class sizes from around 28 to 32 pupils.", "28", "32"),
        ("The board boosted its stake in the miner from about 9% to 14%.", "9%", "14%"),
        ("Ministers will expand the network of regional offices from 26 to 31.", "26", "31"),
    ],
)
def test_from_to_after_a_change_verb_is_two_figures(sentence, first, second):
    found = _spans(sentence)
    assert [text for text, _, _ in found] == [first, second]
    assert all(high is None for _, _, high in found)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Night temperatures ran from 10 to 15 degrees.", "10 to 15 degrees"),
        ("Tickets sold from about 20 to 35 euros each.", "20 to 35 euros"),
        ("Prices rose in May; the stalls then charged from 3 to 5 dollars.", "3 to 5 dollars"),
    ],
)
def test_from_to_without_a_change_verb_in_its_clause_stays_a_range(sentence, text):
    assert [t for t, _, high in _spans(sentence) if high is not None] == [text]


def test_a_qualifier_after_from_stays_with_the_range():
    assert [f["approx"] for f in figures("Crowds of from about 200 to 300 people gathered.")] == ["about"]
