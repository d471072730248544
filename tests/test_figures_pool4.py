"""Kinds of figure that the used pool's pages missed or added (fourth pass): one section per kind, each a rule of
English number grammar.

Every sentence was written for these tests; none is copied from a page the rules were measured on.
"""

from __future__ import annotations

import pytest

from .test_figures import figures


def _found(sentence: str) -> list[tuple[str, float, float | None, str | None, str | None]]:
    return [(f["text"], f["value"], f["high"], f["unit"], f["approx"]) for f in figures(sentence)]


# -- bits as well as bytes: Kb, Mb, Gb, Tb and their names (table measure_units) -------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rural lines still crawl along at 4Mb, far below the 30Mb promised.",
         [("4Mb", 4, None, "Mb", None), ("30Mb", 30, None, "Mb", None)]),
        ("The school's link runs at 1.5 Gb on a good day.", [("1.5 Gb", 1.5, None, "Gb", None)]),
        ("A 100-megabit plan costs more than a 10 gigabit one.",
         [("100-megabit", 100, None, "megabits", None), ("10 gigabit", 10, None, "gigabits", None)]),
        ("The old handset shipped with a 16 gigabyte card.", [("16 gigabyte", 16, None, "gigabytes", None)]),
    ],
)
def test_bits_and_bytes_are_units_of_data(sentence, expected):
    assert _found(sentence) == expected


def test_a_spaced_bit_unit_is_its_own_not_the_one_before():
    assert [unit for *_, unit, _ in _found("It stores 2MB, and the modem sends 8 Mb.")] == ["MB", "Mb"]


def test_lower_case_mb_stays_no_unit_of_data():
    assert [f["unit"] for f in figures("Pressure fell to 960mb as the storm neared.")] != ["Mb"]


# -- comparatives with than qualify the figure after them (table qualifiers_before) ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Some patients waited longer than six hours for a bed.", ("six hours", "longer than")),
        ("No speech may run shorter than 90 seconds.", ("90 seconds", "shorter than")),
        ("The hut is older than 200 years, the trust says.", ("200 years", "older than")),
    ],
)
def test_comparatives_with_than_are_qualifiers(sentence, expected):
    assert [(text, approx) for text, *_, approx in _found(sentence)] == [expected]


def test_an_amount_before_the_comparative_compares_itself_and_keeps_none():
    assert _found("The new line is 40 km longer than the old one.") == [("40 km", 40, None, "km", None)]


# -- older than / younger than and a bare whole number: an age (table age_clauses) ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Half the evacuees were children younger than 12, aid workers said.", ("12", "years", "younger than")),
        ("Anyone older than 70 must renew the licence every year.", ("70", "years", "older than")),
    ],
)
def test_older_or_younger_than_a_bare_number_is_an_age(sentence, expected):
    assert [(text, unit, approx) for text, _, _, unit, approx in _found(sentence)] == [expected]


def test_older_than_a_count_of_things_keeps_the_things():
    assert [unit for *_, unit, _ in _found("The oak is older than 300 houses in the village.")] == ["houses"]


# -- over a duration counted from a moment, or after a verb of waiting, is more than (over_duration_ends) ------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The well was dug over 40 years ago by the first settlers.", ("40 years", "over")),
        ("She came home over two years later, thinner and quieter.", ("two years", "over")),
        ("Thousands of callers waited over 20 minutes for an answer.", ("20 minutes", "over")),
        ("Families are waiting over three weeks for a test.", ("three weeks", "over")),
    ],
)
def test_over_a_duration_from_a_moment_or_a_wait_is_more_than(sentence, expected):
    assert [(text, approx) for text, *_, approx in _found(sentence) if text == expected[0]] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rents rose 9% over four years, the survey found.",
        "Prices fell 3% over two years after the crash.",
        "The river rose over the past 12 hours.",
    ],
)
def test_over_a_plain_span_of_time_still_means_during(sentence):
    assert all(approx is None for *_, approx in _found(sentence))


# -- the name of a scale, plural too, and a preposition before the number (table named_scale_leads) ------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Five tremors with magnitudes between 3.9 and 5.2 followed.", [("3.9 and 5.2", 3.9, 5.2, "magnitude")]),
        ("The shocks ranged in magnitude from 2.8 to 4.1 overnight.", [("2.8 to 4.1", 2.8, 4.1, "magnitude")]),
        ("Agencies gave magnitudes up to 6.1 for the first shock.", [("6.1", 6.1, None, "magnitude")]),
    ],
)
def test_a_scale_named_before_a_preposition_measures_the_number(sentence, expected):
    assert [(text, value, high, unit) for text, value, high, unit, _ in _found(sentence)
            if unit == "magnitude"] == expected


def test_a_number_above_the_scale_after_a_preposition_measures_something_else():
    assert [unit for *_, unit, _ in _found("The magnitude of 400 layoffs stunned the town.")] == ["layoffs"]


# -- a number after a capitalised head and of names a group (table of_name_heads) ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Finance ministers of the Group of 20 meet in Rome next week.",
        "A statement from the Group of 77 urged debt relief.",
    ],
)
def test_the_group_of_a_number_is_a_name(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A group of 40 walkers reached the summit.", [("40", 40, None, "walkers", None)]),
        ("Group of 12 climbers rescued after storm.", [("12", 12, None, "climbers", None)]),  # the sentence opens
    ],
)
def test_a_group_of_a_number_as_a_plain_noun_is_a_count(sentence, expected):
    assert _found(sentence) == expected


# -- a weekday, a part of the day and a day of the month in brackets (tables weekday_names, hour_day_words) -----------


@pytest.mark.parametrize(
    "sentence",
    [
        "The bulletin issued on Friday morning (9) listed the closed roads.",
        "Talks broke up late on Sunday night (21), aides said.",
    ],
)
def test_a_day_of_the_month_in_brackets_after_a_weekday_is_a_date(sentence):
    assert figures(sentence) == []


def test_digits_in_brackets_after_a_part_of_the_day_alone_stay_a_count():
    assert [text for text, *_ in _found("Crowds gathered in the morning (40) and the evening (65).")] == ["40", "65"]


# -- ages set off by commas: after a name ending in Jr./Sr. (name_suffixes), or shared by both (age_sharers) ----------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pvt. Marcus Hale Jr., 21, of Tulsa, was among the dead.", ("21", "years")),
        ("The coach, Dan Webb Sr., 58, will retire.", ("58", "years")),
        ("The brothers, Amir Sabet and Reza Sabet, both 19, were charged.", ("19", "years")),
    ],
)
def test_an_age_after_a_suffixed_name_or_shared_by_both(sentence, expected):
    assert [(text, unit) for text, _, _, unit, _ in _found(sentence)][-1] == expected


def test_both_and_a_number_after_things_is_no_age():
    assert [unit for *_, unit, _ in _found("The two plants, both 30, closed.")][-1] != "years"


# -- a count before two plural nouns joined by and/or counts both (table list_joiners) -------------------------------


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The storm cut power to 3,000 homes and businesses overnight.", "homes and businesses"),
        ("The square has 14 bakeries and bookshops.", "bakeries and bookshops"),
        ("Some 60 nurses or midwives signed the letter.", "nurses or midwives"),
    ],
)
def test_a_count_before_two_joined_plurals_counts_both(sentence, unit):
    assert [u for *_, u, _ in _found(sentence)] == [unit]


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The striker had 21 goals and 8 assists.", ["goals", "assists"]),  # the second has its own count
        ("Raiders killed 6 guards and wounded 9 others.", ["guards", "guards"]),  # a verb, no plural noun
        ("The crash left 30 passengers and crew stranded.", ["passengers"]),  # a plural not in s reads apart
    ],
)
def test_a_plural_with_its_own_count_or_a_verb_after_and_is_not_joined(sentence, units):
    assert [u for *_, u, _ in _found(sentence)] == units


# -- a year before levels or prices stays a year (table year_nouns); type and a number is a name ---------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Wages are still well below 2009 levels, the union says.",
        "The plan trims output by a fifth on 2005 levels.",
        "Costs are given at 2015 prices.",
        "Rates of type 2 diabetes keep climbing.",
        "The navy ordered more Type 45 destroyers.",
    ],
)
def test_a_year_of_levels_or_a_type_number_is_no_figure(sentence):
    assert [f["text"] for f in figures(sentence) if f["text"][:1].isdigit()] == []


def test_a_number_like_a_year_before_another_plural_still_counts_it():
    assert _found("Officials sent 1800 blankets to the camp.") == [("1800", 1800, None, "blankets", None)]


# -- an estimated figure is reckoned, not qualified ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The film took an estimated $42 million in its first weekend.",
        "Analysts see estimated growth of 2.1 per cent next year.",
    ],
)
def test_an_estimated_figure_has_no_qualifier(sentence):
    assert [f["approx"] for f in figures(sentence)] == [None]


# -- a day of the week before a count is no name (table weekday_names) -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Thursday 48 patients were still waiting for beds.", [("48", 48, None, "patients", None)]),
        ("By Sunday 1,200 volunteers had signed up.", [("1,200", 1200, None, "volunteers", None)]),
    ],
)
def test_a_weekday_before_a_count_leaves_it_a_count(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence", ["The vote fell on Friday 13, as it happened.", "Talks resume on Monday 6 May."])
def test_a_weekday_before_a_lone_number_or_a_date_gives_no_count(sentence):
    assert figures(sentence) == []


# -- a number joined by a hyphen to a plural, no noun after it, is what a count before it counts ----------------------


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The guard sank six 3-pointers in the second half.", "3-pointers"),
        ("Police questioned three 16-year-olds after the fire.", "16-year-olds"),
    ],
)
def test_a_count_of_a_hyphened_plural_counts_it(sentence, unit):
    assert _found(sentence)[0][3] == unit


def test_a_hyphened_number_before_a_plural_noun_still_lends_it_the_count():
    assert _found("The city approved four 30-storey blocks.")[0][3] == "blocks"
