"""``a``/``an``, a unit and ``and a half`` is one and a half of that unit (``an hour and a half`` = 1.5 hours), the
whole phrase the figure's text; ``a year`` alone stays no figure and ``a mile`` one mile. The sentences are our own."""

from __future__ import annotations

import pytest

from tests.test_figures import figures


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("The crew waited an hour and a half for the tide.", "an hour and a half", "hours"),
        ("The dispute dragged on for a year and a half.", "a year and a half", "years"),
        ("The path runs a mile and a half along the cliffs.", "a mile and a half", "miles"),
        ("A week and a half later, the ferry sailed.", "A week and a half", "weeks"),
    ],
)
def test_a_unit_and_a_half_is_one_and_a_half(sentence, text, unit):
    assert [(f["text"], f["value"], f["unit"]) for f in figures(sentence)] == [(text, 1.5, unit)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The dispute dragged on for a year.", []),
        ("The path runs a mile along the cliffs.", [("a mile", 1.0)]),
        ("The talks took half an hour.", [("half an hour", 0.5)]),
        ("It was a game and a half.", []),  # no unit
    ],
)
def test_other_articles_before_units_are_read_as_before(sentence, expected):
    assert [(f["text"], f["value"]) for f in figures(sentence)] == expected
