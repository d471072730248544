"""Numbers listed before a unit or a percentage share it (``units._fill_lists``), on sentences written for these tests:
a list of three items or more set off by commas alone shares its last item's unit, and a bare number in a list
closed by a percentage is a percentage; a change in points restated as a share (``rose 39.2, or 1.6 percent``) is no
list."""

from __future__ import annotations

import pytest

from .test_figures import figures


def _kinds_and_units(sentence: str) -> list[tuple[str, str, str | None]]:
    return [(f["text"], f["kind"], f.get("unit")) for f in figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Planners talk of cuts like 15, 20, 25 percent this year.",
         [("15", "percent", None), ("20", "percent", None), ("25 percent", "percent", None)]),
        ("The board weighed fare rises of 5, 10, or 15 percent.",
         [("5", "percent", None), ("10", "percent", None), ("15 percent", "percent", None)]),
        ("The harbour trust built 4, 6, 8 berths in turn.",
         [("4", "quantity", "berths"), ("6", "quantity", "berths"), ("8", "quantity", "berths")]),
    ],
)
def test_a_list_shares_its_last_items_unit_or_percentage(sentence, expected):
    assert _kinds_and_units(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two numbers a comma alone parts are no list
        ("By 1990, 12 percent of the berths were empty.", [("12 percent", "percent", None)]),
        # a change in points, then the same change as a share
        ("The index rose 39.2, or 1.6 percent, to 2,570.4.",
         [("39.2", "quantity", None), ("1.6 percent", "percent", None), ("2,570.4", "quantity", None)]),
    ],
)
def test_a_restated_change_or_two_numbers_is_no_list(sentence, expected):
    assert _kinds_and_units(sentence) == expected
