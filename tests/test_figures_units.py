"""Figures rule group 4, units: written against the number, in compounds, one spelling per unit."""

from __future__ import annotations

import pytest

from tests.test_figures import figures, one


@pytest.mark.parametrize(
    ("sentence", "text", "unit", "canonical"),
    [
        ("The phone ships with 256GB of storage.", "256GB", "GB", "GB"),
        ("Homes get 100Mbps broadband.", "100Mbps", "Mbps", "Mbps"),
        ("The engine makes 420bhp.", "420bhp", "bhp", "hp"),
        ("The road runs 14km north.", "14km", "km", "km"),
        ("Add 250ml of milk.", "250ml", "ml", "ml"),
        ("The crane lifts 40t loads.", "40t", "t", "tonnes"),
        ("Each pill holds 20mg.", "20mg", "mg", "mg"),
        ("The laptop has a 2.4 GHz chip.", "2.4 GHz", "GHz", "GHz"),
        ("It weighs 12lbs.", "12lbs", "lbs", "pounds"),
        ("Pour in 2l of water.", "2l", "l", "liters"),
        ("The charger gives 65W.", "65W", "watts", "W"),
        ("Water boils at 100 degrees Celsius.", "100 degrees Celsius", "degrees Celsius", "degrees Celsius"),
        ("Seville sweltered at 41C.", "41C", "degrees Celsius", "degrees Celsius"),
        ("Phoenix reached 104F on Monday.", "104F", "degrees Fahrenheit", "degrees Fahrenheit"),
        ("The shift lasts 8 hrs.", "8 hrs", "hours", "hours"),
        ("Storms flattened 2,400 MT of maize.", "2,400 MT", "MT", "tonnes"),
        ("The port loaded 40 metric tons of sugar.", "40 metric tons", "metric tons", "tonnes"),
    ],
)
def test_units_against_or_after_the_number(sentence, text, unit, canonical):
    figure = one(sentence)
    assert (figure["text"], figure["unit"], figure["unit_canonical"]) == (text, unit, canonical)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Crews laid a 400-meter-long pipe.", "meters"),
        ("The truck makes 350 pound-feet of torque.", "pound-feet"),
        ("The 12-mile trail reopened.", "miles"),
    ],
)
def test_units_in_compounds(sentence, unit):
    assert one(sentence)["unit"] == unit


@pytest.mark.parametrize(
    ("spelling", "printed"),
    [
        ("12 km", "km"),
        ("12 kilometres", "kilometres"),
        ("12 kilometers", "kilometers"),
        ("12km", "km"),
        ("12 kms", "kms"),
    ],
)
def test_unit_as_printed_and_one_canonical_spelling(spelling, printed):
    figure = one(f"The queue stretched {spelling}.")
    assert (figure["unit"], figure["unit_canonical"]) == (printed, "km")


@pytest.mark.parametrize(
    ("sentence", "unit", "canonical"),
    [
        ("The ferry covered 40 nautical  miles overnight.", "nautical miles", "nautical miles"),
        ("Temperatures hit 38 °C in the valley.", "degrees Celsius", "degrees Celsius"),
        ("The lorry carried 900 kilos of flour.", "kilos", "kg"),
        ("A 15-centimetre crack opened.", "centimetres", "cm"),
        ("Police detained 40 protesters.", "protesters", None),
    ],
)
def test_printed_unit_and_canonical_unit(sentence, unit, canonical):
    figure = one(sentence)
    assert (figure["unit"], figure["unit_canonical"]) == (unit, canonical)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Police arrested 14 young men.", "men"),
        ("The storm destroyed 300 wooden fishing boats.", "boats"),
        ("They adopted 6 abandoned dogs.", "dogs"),
    ],
)
def test_counted_noun_after_adjectives(sentence, unit):
    assert one(sentence)["unit"] == unit


def test_a_part_counts_the_noun_of_its_whole():
    assert [f["unit"] for f in figures("Eight of the 20 miners were rescued.")] == ["miners", "miners"]


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [("The farm is a mile away.", "a mile", "mile"), ("Add an ml of oil.", "an ml", "ml")],
)
def test_a_unit_counts_one(sentence, text, unit):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["unit"]) == (text, 1, unit)


@pytest.mark.parametrize("sentence", ["Silver traded at $24 an ounce.", "Diesel costs 5 million a mile to lay."])
def test_a_unit_after_an_amount_is_a_rate(sentence):
    assert len(figures(sentence)) == 1


def test_time_units_after_a_are_not_counted():
    assert figures("A year ago, a week later, the talks resumed.") == []


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Three Royal Navy destroyers sailed.", "destroyers"),
        ("Two US Army Black Hawk helicopters landed.", "helicopters"),
        ("Four NATO F-16 jets were scrambled.", "jets"),
    ],
)
def test_names_before_the_counted_noun_are_skipped(sentence, unit):
    assert figures(sentence)[0]["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Kowalski, 54, denied the charges.", "years"),
        ("The driver, Maria Lopez, 33, was unhurt.", "years"),
        ("Items 3, 4 and 5 were sold.", None),
    ],
)
def test_a_number_between_commas_after_a_name_is_an_age(sentence, unit):
    assert figures(sentence)[0]["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The council will rebuild 1,200 old and unsafe bridges.", "bridges"),
        ("Dealers listed 80 new or second-hand tractors.", "tractors"),
        ("The fleet adds 14 fast and quiet electric ferries.", "ferries"),
    ],
)
def test_two_joined_adjectives_before_the_counted_noun(sentence, unit):
    assert one(sentence)["unit"] == unit


@pytest.mark.parametrize(
    "sentence",
    ["Officers held 6 suspects and seized 90 rifles.", "Seven arrested and dozens hurt in the clash."],
)
def test_a_joiner_reads_no_noun_of_another_phrase(sentence):
    found = figures(sentence)
    assert "dozens" not in {f["unit"] for f in found} and found[0]["unit"] in ("suspects", None)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Output rose to 1.1 million bpd in March.", "barrels per day"),
        ("The field pumps 90,000bpd.", "barrels per day"),
    ],
)
def test_initials_of_a_rate_are_reported_by_name(sentence, unit):
    assert one(sentence)["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Officials said 4,000 Pakistanis were repatriated.", "Pakistanis"),
        ("About 200 Iraqis and 50 Somalis arrived.", "Iraqis"),
        ("Nearly 60 Qataris were on board.", "Qataris"),
    ],
)
def test_peoples_whose_plural_ends_in_is_are_counted(sentence, unit):
    assert figures(sentence)[0]["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("About 300 Paris commuters were delayed.", "commuters"),
        ("Nearly 40 crisis talks were held.", "talks"),
    ],
)
def test_other_words_in_is_stay_singular(sentence, unit):
    assert one(sentence)["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The navy ordered four 127mm guns.", "guns"),
        ("Movers loaded two 20ft trailers.", "trailers"),
        ("Carriers switched on nine 5G towers.", "towers"),
    ],
)
def test_a_measure_against_digits_before_the_counted_noun_is_a_modifier(sentence, unit):
    assert figures(sentence)[0]["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "text", "canonical"),
    [
        ("Smog in Lahore peaked at 610 µg/m3 on Sunday.", "610 µg/m3", "µg/m³"),
        ("New vans may emit 147g/km at most.", "147g/km", "g/km"),
        ("Wheat growers harvested 4.1 t/ha this year.", "4.1 t/ha", "t/ha"),
        ("Tests found 12 mg/l of lead.", "12 mg/l", "mg/L"),
    ],
)
def test_compound_units_with_a_slash(sentence, text, canonical):
    found = one(sentence)
    assert (found["text"], found["unit_canonical"]) == (text, canonical)


def test_a_slash_between_two_figures_still_parts_them():
    assert [f["text"] for f in figures("The phone has 8GB/256GB options.")] == ["8GB", "256GB"]


# -- round 33: what a count counts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The cold snap brought -18°C to the plains.", "degrees Celsius"),
        ("By noon the car park read 97F.", "degrees Fahrenheit"),
        ("The field now yields 640,000 bpd.", "barrels per day"),
        ("The crate weighs 40kg.", "kg"),
        ("The ramp is tilted at 12° to the road.", "°"),
    ],
)
def test_a_scale_of_degrees_and_bpd_are_named(sentence, unit):
    assert one(sentence)["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Some 4,000 Yemenis crossed the border.", "Yemenis"),
        ("Some 80 Bahrainis were on the flight.", "Bahrainis"),
        ("Officials held 12 crisis meetings.", "meetings"),
        ("The team won 3 Davis Cup ties.", "ties"),
    ],
)
def test_peoples_in_is_are_counted_nouns_other_words_in_is_singular(sentence, unit):
    assert one(sentence)["unit"] == unit


@pytest.mark.parametrize(
    "sentence",
    ["The airline owns 60 jets, 12 of which are grounded.", "The union has 9,000 members, 400 of whom are nurses."],
)
def test_of_and_a_relative_pronoun_reads_no_noun_after_the_verb(sentence):
    assert figures(sentence)[1]["unit"] is None


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Moscow keeps a 40,000-strong force near the border.", "troops"),
        ("Rebels fielded a 3,000-strong militia.", "fighters"),
        ("A 500-strong choir performed.", "choir"),
    ],
)
def test_the_strength_of_an_armed_group_counts_troops(sentence, unit):
    assert one(sentence)["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("Gunmen killed 4 police officers and wounded 7 others.", ["officers", "officers"]),
        ("She thanked 7 others for their help.", [None]),
    ],
)
def test_others_counts_what_the_figure_before_counts(sentence, units):
    assert [f["unit"] for f in figures(sentence)] == units


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Ana, a father of four, runs the bakery.", "children"),
        ("He is a grandmother of 11 from Leeds.", "grandchildren"),
        ("She is the mother of two daughters.", "daughters"),
        ("The rest of three went home.", None),
    ],
)
def test_a_parent_of_a_bare_count_counts_children(sentence, unit):
    assert one(sentence)["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The number of registered voters climbed from 1.2 million to 1.5 million.", ["voters", "voters"]),
        ("Officials said the number of stray dogs fell to 900 this spring.", ["dogs"]),
        ("The number of the wounded reached 40.", [None]),
        ("The number of claims jumps to 700 in winter.", ["claims"]),
        ("The number of doctors fell as queues grew to 90.", [None]),
        ("The number of voters fell. Turnout was down to 40 at noon.", [None]),
    ],
)
def test_a_bare_count_counts_the_noun_after_the_number_of(sentence, units):
    assert [f["unit"] for f in figures(sentence)] == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The depot ordered 3, 6 or 9 buses.", ["buses", "buses"]),
        ("Trails of 2, 5, and 8 km open today.", ["km", "km", "km"]),
        ("Wards 4 and 7 reopened with 30 beds.", None),
        ("Of the 20, 14 ministers stayed.", [None, "ministers"]),
        ("He killed 3 and wounded 12 soldiers.", [None, "soldiers"]),
    ],
)
def test_a_bare_count_takes_the_unit_of_the_next_item_of_its_list(sentence, units):
    found = [f["unit"] for f in figures(sentence)]
    assert found == units if units is not None else found[-1] == "beds" and "beds" not in found[:-1]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The trust opened a 120-bed ward.", "beds"),
        ("She rode a 21-speed bicycle.", "speeds"),
        ("He restrung his 6-string bass.", "strings"),
        ("The flag shows a six-pointed star.", "pointed"),
    ],
)
def test_short_nouns_in_ed_and_ing_are_made_plural_not_participles(sentence, unit):
    assert one(sentence)["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The 200 or so villagers who stayed were evacuated.", "villagers"),
        ("Doctors saw 30 or fewer patients a day.", "patients"),
        ("The tally reached 300 or so by noon.", None),
    ],
)
def test_a_qualifier_after_the_count_comes_before_its_noun(sentence, unit):
    assert one(sentence)["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The siege lasted 8 months. 4,000 died.", None),
        ("Pupils under 12 were sent home. Six have been treated.", None),
        ("The siege lasted 8 months, and the blockade 5.", "months"),
        ("The convoy held 40 trucks. 12 were hit.", "trucks"),
    ],
)
def test_a_count_opening_a_sentence_takes_no_unit_of_time(sentence, unit):
    assert figures(sentence)[-1]["unit"] == unit


def test_a_word_that_only_starts_with_mt_is_no_tonne():
    assert one("The depot kept 12 MTBs on standby.")["unit_canonical"] != "tonnes"


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The voting age is a matter for parliament. Turnout rose to 40 at noon.", [None]),  # an earlier sentence
        ("Parliament lowered the voting age, now 16.", ["years"]),
        ("The pension AGE rises to 67.", ["years"]),  # the age word in any case
        ("Child benefit stops at 18 in most cases.", [None]),
        ("Number of claims: down to 700 this winter.", ["claims"]),  # ``Number of`` opening the sentence
        ("Numbers of visitors fell to 300.", [None]),
    ],
)
def test_the_passage_steps_read_the_sentence_of_the_count_only(sentence, units):
    """``age_in_sentence`` and ``number_of`` look for their words in the count's sentence, in any case."""
    assert [f["unit"] for f in figures(sentence)] == units
