"""The figures extractor on forms common in wire news that the dev pages do not show.

Every sentence here was written for these tests, in the style of war, politics and
economy reporting, to check that the rules are general rather than fitted to the dev set.
"""

from __future__ import annotations

import pytest
from .test_figures import figures, one

# -- money ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("Congress weighed a $1.2trn infrastructure bill.", "$1.2trn", 1.2e12, "USD"),
        ("The bloc drew up a €300bn energy plan.", "€300bn", 3e11, "EUR"),
        ("Ministers found £1.5bn for new hospitals.", "£1.5bn", 1.5e9, "GBP"),
        ("The state budget sets aside 13 trillion rubles for defence.", "13 trillion rubles", 1.3e13, "RUB"),
    ],
)
def test_money_with_scale_abbreviations(sentence, text, value, currency):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["kind"], figure["currency"]) == (text, value, "money", currency)


@pytest.mark.parametrize(
    ("sentence", "value", "high"),
    [
        ("Rebuilding the port may cost $30-40 billion.", 30e9, 40e9),
        ("The contract is worth between $5 billion and $7 billion.", 5e9, 7e9),
        ("The treasury plans to borrow 5bn-6bn euros.", 5e9, 6e9),
        ("The refit will cost $3-4m.", 3e6, 4e6),
    ],
)
def test_money_ranges(sentence, value, high):
    figure = one(sentence)
    assert (figure["kind"], figure["value"], figure["high"]) == ("money", value, high)


# -- percentages and changes ---------------------------------------------------------


def test_percent_before_a_noun():
    figure = one("The state fund sold a 15% stake in the refinery.")
    assert (figure["text"], figure["kind"], figure["value"]) == ("15%", "percent", 15)


def test_year_on_year_change_is_one_figure():
    figure = one("Retail sales were up 3.2% year-on-year in August.")
    assert (figure["kind"], figure["value"], figure["high"]) == ("percent", 3.2, None)


def test_change_between_percentages_is_two_figures():
    found = figures("The regulator brought the cap down from 5% to 4.5% this spring.")
    assert [(f["kind"], f["value"], f["high"]) for f in found] == [("percent", 5, None), ("percent", 4.5, None)]


@pytest.mark.parametrize(
    ("sentence", "value", "high"),
    [
        ("Support for the plan ranges from 20 to 30 percent.", 20, 30),
        ("Surveys put support at 70-80% in the east.", 70, 80),
    ],
)
def test_percent_ranges(sentence, value, high):
    figure = one(sentence)
    assert (figure["kind"], figure["value"], figure["high"]) == ("percent", value, high)


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("The bank raised its key rate by 150 basis points to 19%.", "150 basis points", "basis points"),
        ("The lead narrowed by 0.5 percentage point.", "0.5 percentage point", "percentage point"),
    ],
)
def test_points_are_units(sentence, text, unit):
    figure = figures(sentence)[0]
    assert (figure["text"], figure["unit"]) == (text, unit)


# -- quantities and units ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("Producers will pump 1.5 million barrels per day less.", "1.5 million barrels per day", "barrels per day"),
        ("About 2 million barrels a day pass the strait.", "2 million barrels a day", "barrels a day"),
        ("The convoy drove at 60 km an hour.", "60 km an hour", "km an hour"),
    ],
)
def test_unit_rates(sentence, text, unit):
    figure = one(sentence)
    assert (figure["text"], figure["unit"]) == (text, unit)


def test_per_meaning_according_to_is_no_rate():
    assert one("The trucks drove 40 km per the agreed route.")["unit"] == "km"


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Floods have displaced 2.5m people.", "2.5m", 2.5e6, "people"),
        ("About 5m tonnes of wheat were shipped.", "5m tonnes", 5e6, "tonnes"),
        ("The new barrier is 10m high.", "10m", 10, "m"),
    ],
)
def test_scale_letter_before_a_plural_noun(sentence, text, value, unit):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["unit"]) == (text, value, unit)


def test_pc_is_percent():
    figure = one("House prices rose 4.5pc in May.")
    assert (figure["text"], figure["kind"], figure["value"]) == ("4.5pc", "percent", 4.5)


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The new launcher reaches 3,000km.", 3000, "km"),
        ("The squadron lost 12 aircraft in a month.", 12, "aircraft"),
        ("The consulate sent home 300 personnel.", 300, "personnel"),
        ("The flooding has displaced 2.5 million people.", 2.5e6, "people"),
        ("Half a million farmers lost their harvest.", 5e5, "farmers"),
        ("The garrison numbers 2,000 troops.", 2000, "troops"),
    ],
)
def test_counts_and_measures(sentence, value, unit):
    figure = one(sentence)
    assert (figure["value"], figure["unit"]) == (value, unit)


def test_more_than_a_dozen():
    figure = one("More than a dozen drones were downed overnight.")
    assert (figure["text"], figure["value"], figure["approx"], figure["unit"]) == ("a dozen", 12, "more than", "drones")


def test_tens_of_thousands_is_vague():
    figure = one("Tens of thousands of protesters filled the square.")
    assert (figure["value"], figure["unit"]) == (None, "protesters")


@pytest.mark.parametrize(
    ("sentence", "value", "high"),
    [
        ("A 25-year-old man was detained at the checkpoint.", 25, None),
        ("Men aged between 18 and 60 may not leave.", 18, 60),
    ],
)
def test_ages_count_years(sentence, value, high):
    figure = one(sentence)
    assert (figure["value"], figure["high"], figure["unit_canonical"]) == (value, high, "years")


def test_minus_makes_a_value_negative():
    figure = one("Overnight the gauge showed minus 25 degrees.")
    assert (figure["text"], figure["value"], figure["unit"]) == ("minus 25 degrees", -25, "degrees")


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Envoys tabled a 28-point peace plan.", "28-point", 28, "points"),
        ("A 10-storey block was hit.", "10-storey", 10, "storeys"),
        ("A 7.1-magnitude tremor shook the valley.", "7.1-magnitude", 7.1, "magnitude"),
        ("A nine-member commission will report.", "nine-member", 9, "members"),
    ],
)
def test_hyphenated_compounds(sentence, text, value, unit):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["unit"]) == (text, value, unit)


# -- numbers printed like years --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The ministry moved 1500 troops to the border.", 1500, "troops"),
        ("The militia freed roughly 1200 hostages.", 1200, "hostages"),
    ],
)
def test_year_like_counts_before_a_plural_noun(sentence, value, unit):
    figure = one(sentence)
    assert (figure["value"], figure["unit"]) == (value, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "The castle was rebuilt in 1500 by local masons.",
        "Turnout in the 2024 elections was low.",
        "Officials listed the main 2025 purchases.",
        "The country's 2026 budget was approved.",
        "2023 figures were revised upwards.",
    ],
)
def test_years_before_plural_nouns_stay_years(sentence):
    assert figures(sentence) == []


# -- not figures ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A third of the grid was knocked out.",
        "Two thirds of the deputies backed the bill.",
        "Three quarters of the village was flooded.",
        "One in five families relies on aid.",
        "Nine out of ten doctors agreed.",
        "The 2 in 3 voters who stayed home were blamed.",
        "The player is ranked No. 2 in the world.",
        "A Su-34 jet came down near the coast.",
        "Pilots are training on F-16s in Romania.",
        "The S-400 batteries were moved south.",
        "The Covid-19 crisis emptied the hotels.",
        "G7 ministers met in Canada.",
        "The G20 communique was delayed.",
        "The operator expanded 4G coverage.",
        "Article 5 has been invoked only once.",
        "The feud goes back to the 1990s.",
        "Such prices were last seen in the 90s.",
        "The hotline runs 24/7.",
        "The vote opens at 14:30 local time.",
        "The hosts won 3-1 on Saturday.",
        "Talks resume on the 3rd of June.",
        "The deal's phase 2 starts soon.",
        "Talks entered round 3 in Istanbul.",
        "The category 5 storm hit the islands.",
        "It was a one-sided contest.",
        "The two-way talks stalled.",
        "The three-time champion retired.",
        "Both sides backed a two-state solution.",
        "Two-thirds of the council agreed.",
        "Dealers reported strong demand for two-wheeler loans.",
        "She sank a three-pointer at the buzzer.",
        "The city still runs a fleet of double-decker and two-seater buses.",
    ],
)
def test_not_figures(sentence):
    assert figures(sentence) == []


def test_plus_or_minus_is_a_margin():
    figure = one("The poll has a margin of error of plus or minus 3 percentage points.")
    assert (figure["value"], figure["unit"]) == (3, "percentage points")
