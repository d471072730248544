"""Figures audit 20 (blind round r96: power tariffs, minimum wages, road deaths, vaccination drives, fishing quotas,
exam results): an age, or the end of a range of ages, is no part of a ratio (``aged 9 to 14 in 15 districts``); digits
after a line to call are a number to dial (``the toll-free line 719``); a list of grades after a noun of grades labels
each (``grades 6, 7 and 8``).  Sentences of our own, positive and negative."""

import pytest

from .test_figures import figures


def _read(sentence: str) -> list[tuple[float, float | None, str | None]]:
    return [(f["value"], f["high"], f["unit"]) for f in figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The drive covers girls aged 9 to 14 in 15 districts.", [(9.0, 14.0, "years"), (15.0, None, "districts")]),
        ("It targets children under the age of five in 13 counties.", [(5.0, None, "years"), (13.0, None, "counties")]),
        ("Boys aged 12 in 30 schools were tested.", [(12.0, None, "years"), (30.0, None, "schools")]),
    ],
)
def test_an_age_is_no_part_of_a_ratio(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nine in 10 adults agree.", []),
        ("Three in 10 people said so.", []),
        ("One in five children aged 5 to 9 is poor.", [(5.0, 9.0, "years")]),
    ],
)
def test_ratios_stay_no_figures(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Parents should call the toll-free line 719 to report missed homes.",
        "The public can report reckless driving through its toll-free line, 122, and online.",
        "Callers can reach the helpline 116 at any hour.",
        "Dial the emergency number 1122 from any phone.",
    ],
)
def test_digits_after_a_line_to_call_are_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Commuters waited in line 40 minutes.", 40.0),
        ("Call the number 15 times and nobody answers.", 15.0),
        ("The hotline received 3,000 calls in a week.", 3000.0),
        ("The new line 40 kilometres long opens in May.", 40.0),
    ],
)
def test_a_line_or_number_that_is_no_line_to_call_keeps_its_figure(sentence, value):
    assert [f["value"] for f in figures(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pupils in grades 6, 7 and 8 were tested.",
        "Classes 9, 10 or 11 sat the paper.",
        "The test covers grades 3, 5, 7 and 9.",
    ],
)
def test_a_list_of_grades_after_a_noun_of_grades_is_labels(sentence):
    assert figures(sentence) == []


def test_a_list_of_counts_after_no_noun_of_grades_keeps_its_figures():
    assert [f["value"] for f in figures("The teams scored 5, 7 and 9 goals.")] == [5.0, 7.0, 9.0]
