"""An hour before a part of any day after a word of time is a time of day, no figure, in digits, in words, and as a
clock time printed with a full stop (``at 7.45 every morning``); before one day's part such digits may be a price
read then (``stood at 1.27 this morning``) and stay a figure. The sentences are our own."""

from __future__ import annotations

import pytest

from tests.test_figures import figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Commuters crowd the platform at 7.45 every morning.",
        "The night bus leaves the depot at 11.50 each night.",
        "The market opens at 6 every morning.",
        "The shelter closes from ten each evening.",
        "Doors open at 10.30 in the morning.",
    ],
)
def test_an_hour_before_a_part_of_any_day_is_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Sterling stood at 1.27 this morning.", "1.27"),
        ("Shares closed at 7.45 on Monday.", "7.45"),
        ("The ferry fare is 6.70 every morning.", "6.70"),  # no word of time before it
        ("Petrol sold at 1.95 every morning.", "1.95"),  # 95 is no minute
    ],
)
def test_other_numbers_before_a_part_of_the_day_stay_figures(sentence, text):
    assert [f["text"] for f in figures(sentence)] == [text]
