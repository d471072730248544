"""Two numbers a dash joins, each printed with its own measure, falling (``15% – 10%``), are two figures, not a
score: sentences written for the rule."""

from __future__ import annotations

import pytest

from tests.test_figures import figures


def _read(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(f["text"], f["value"], f["high"]) for f in figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Carers get an extra 15% – 10% this December.", [("15%", 15, None), ("10%", 10, None)]),
        ("Fares of $5 – $3 apply off peak.", [("$5", 5, None), ("$3", 3, None)]),
        ("The trail drops from 5km – 3km wide.", [("5km", 5, None), ("3km", 3, None)]),
        ("Rents rose 15% – 20% last year.", [("15% – 20%", 15, 20)]),
    ],
)
def test_measured_ends_falling_are_two_figures(text: str, expected: list[tuple[str, float, float | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", ["The vote was 3-2 in the end.", "They drew 2 – 1 at home.", "Up 15 – 10% on the day."])
def test_bare_numbers_falling_are_a_score(text: str) -> None:
    assert _read(text) == []
