"""Figures audit 16 (blind round r81: wildfires, pension ages, car recalls, tuition fees, drug seizures, minimum wages):
a number in words with a scale word after ``the`` is an amount, though no noun follows it (``the two dozen already
destroyed``), where ``the two`` alone stands for people named before; an age word in the sentence gives no count of
thousands or millions a unit of years.  Sentences of our own, positive and negative."""

import pytest

from .test_figures import figures


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Crews saved the rest; no more were lost beyond the two dozen already destroyed.", "two dozen", 24),
        ("The two hundred walked out on Monday.", "two hundred", 200),
        ("Police thanked the three thousand who marched peacefully.", "three thousand", 3000),
    ],
)
def test_a_scaled_number_after_the_is_an_amount_though_no_noun_follows(sentence, text, value):
    assert [(f["text"], f["value"]) for f in figures(sentence)] == [(text, value)]


@pytest.mark.parametrize(
    "sentence",
    ["The two met on Monday.", "The thousands who marched went home.", "Police spoke to the three before noon."],
)
def test_a_number_without_a_scale_after_the_stands_for_people_named_before(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan to raise retirement ages across the seven million who work in the sector was dropped.",
        "Pension ages will rise for the 2.5 million staff of the health service.",
    ],
)
def test_an_age_word_gives_no_count_of_millions_a_unit_of_years(sentence):
    [found] = figures(sentence)
    assert found["unit"] != "years"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("The voting age, now 18, may fall.", 18), ("Workers aged between 18 and 60 may apply.", 18)],
)
def test_an_age_word_still_gives_a_count_of_an_age_its_years(sentence, value):
    found = figures(sentence)[0]
    assert (found["value"], found["unit"]) == (value, "years")


@pytest.mark.parametrize(
    "sentence",
    ["The branches will be, on average, within 500m of a post office.", "The car came within 2m of the barrier."],
)
def test_m_after_within_is_metres(sentence):
    [found] = figures(sentence)
    assert found["value"] < 1000 and found["unit"] == "m"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("Profits came within £5m of the target.", 5_000_000), ("Sales came within 5m units of the goal.", 5_000_000)],
)
def test_m_after_within_stays_millions_in_money_or_before_a_plural(sentence, value):
    assert figures(sentence)[0]["value"] == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Fleets want to switch to zero emission vans.",
        "The council set zero emissions goals for its buses.",
        "Staff on zero hours contracts were laid off.",
        "Zero waste shops opened in the town.",
    ],
)
def test_zero_naming_a_kind_of_goal_or_contract_is_no_figure(sentence):
    assert figures(sentence) == []


def test_zero_counting_things_stays_a_figure():
    assert [(f["text"], f["value"]) for f in figures("The ward had zero cases last week.")] == [("zero", 0)]


@pytest.mark.parametrize(
    "sentence",
    ["Accounts will move to the branch at 11 Narrows Shopping Center.", "The stall is at 4 Market Plaza."],
)
def test_a_number_before_a_centres_name_is_an_address(sentence):
    assert figures(sentence) == []


def test_a_count_of_centres_stays_a_figure():
    assert [f["value"] for f in figures("The firm runs 11 shopping centres.")] == [11]


def test_a_second_pair_with_its_own_from_after_a_change_is_two_figures():
    found = figures("The islands increased their catch quotas for mackerel from 85,000 to 150,000 tonnes and from 2,000 to 130,000 tonnes.")
    assert [(f["value"], f["high"]) for f in found] == [(85000, None), (150000, None), (2000, None), (130000, None)]


def test_a_second_pair_with_its_own_from_after_a_range_is_a_range():
    found = figures("Temperatures ranged from 20 to 25 degrees and from 10 to 15 degrees at night.")
    assert [(f["value"], f["high"]) for f in found] == [(20, 25), (10, 15)]
