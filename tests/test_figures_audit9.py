"""Figures audit 9 (real news: metals, auctions, quakes, sport, drugs, budgets, elections): a change restated
after a percentage and ``or`` (a change and a level, no range), a count before a measure joined by a hyphen
(no thousands group), labels listed after a plural name marker, and units a measure or an age does not lend to a
later count.  Sentences of our own, positive and negative."""

import pytest

from .test_figures_audit5 import figures


@pytest.mark.parametrize(
    "sentence, pairs",
    [
        ("Nickel dropped 1.2 percent or $0.40 to $16.75 a pound.", [(0.40, None), (16.75, None)]),
        ("The pound slipped 0.5% or 2 cents to $1.27 on Friday.", [(0.02, None), (1.27, None)]),
        ("Cocoa climbed 3.1 per cent or £95 to £3,150 a tonne.", [(95, None), (3150, None)]),
    ],
)
def test_a_change_restated_after_a_percentage_and_or_is_no_range(sentence, pairs):
    found = [(f[1], f[2]) for f in figures(sentence) if f[3] == "money"]
    assert found == [(pytest.approx(value), high) for value, high in pairs]


@pytest.mark.parametrize(
    "sentence, value, high",
    [
        ("Tickets cost 10% more, or $40 to $60 each.", 40, 60),  # a comma: no change restated
        ("Fares rose by $40 to $60 on some routes.", 40, 60),  # ends closer than ten times: a range
        ("Shares may rise 5 percent or $2 to $3 more.", 2, 3),  # second end under ten times the first
    ],
)
def test_a_range_after_or_stays_a_range(sentence, value, high):
    money = [f for f in figures(sentence) if f[3] == "money"]
    assert [(f[1], f[2]) for f in money] == [(value, high)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The rookie threw 12 400-yard games last year.", [("12", 12, "games"), ("400-yard", 400, "yards")]),
        ("She ran 3 100-metre heats in one day.", [("3", 3, "heats"), ("100-metre", 100, "metres")]),
    ],
)
def test_a_count_before_a_hyphened_measure_is_no_thousands_group(sentence, expected):
    found = [(f[0], f[1], f[5]) for f in figures(sentence)]
    assert found[: len(expected)] == expected


@pytest.mark.parametrize(
    "sentence, value",
    [("The fund holds 17 300 000 shares.", 17_300_000), ("A 25 000-strong crowd filled the ground.", 25_000)],
)
def test_a_space_still_groups_thousands(sentence, value):
    assert [f[1] for f in figures(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Wards for categories 1 and 2 patients filled up.", []),
        ("Beds in Categories 3, 4 and 5 wards rose by 8 per cent.", [8]),
        ("Phases 1 and 2 contractors were paid on time.", []),
    ],
)
def test_labels_after_a_plural_name_marker_stay_names(sentence, values):
    assert [f[1] for f in figures(sentence)] == values


@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Gate 4 and 200 staff were moved.", [200]),  # a singular marker: the count after it stays
        ("Sections 9 and 12 were repealed.", []),
    ],
)
def test_a_singular_marker_leaves_a_count_before_a_plural(sentence, values):
    assert [f[1] for f in figures(sentence)] == values


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("The storm struck 40 km (25 miles) offshore. The toll has risen to 57.", 57, None),
        ("Officers seized 12 kg of cocaine. Of those held, 3 were released.", 3, None),
        ("The winger, 23, leads the league in assists with 141.", 141, None),
    ],
)
def test_a_measure_or_an_age_lends_no_unit_to_a_later_count(sentence, value, unit):
    (figure,) = [f for f in figures(sentence) if f[1] == value]
    assert figure[5] == unit


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("Rescuers pulled 300 survivors from the rubble and another 120 on Monday.", 120, "survivors"),
        ("The convoy drove 40 km on Monday and another 65 on Tuesday.", 65, "km"),
    ],
)
def test_a_unit_still_carries_within_its_sentence(sentence, value, unit):
    (figure,) = [f for f in figures(sentence) if f[1] == value]
    assert figure[5] == unit
