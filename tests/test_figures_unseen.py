"""Kinds of figure that pages nobody tuned to print and the dev pages do not: one section per kind.

Every sentence was written for these tests; none is copied from a page the rules were measured on.
"""

from __future__ import annotations

import pytest
from newsparse import parse

from .test_figures import figures, one


def _article_figures(text: str) -> list[dict]:
    """The figures of the one article of a page that opens with a title line."""
    return [f.to_dict() for f in parse("Title\n\n" + text)[0].figures]


# -- multipliers written with ``x`` ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The new camera offers 3x optical zoom.", "3x", 3),
        ("Reviewers found the 50X digital mode blurry.", "50X", 50),
        ("Output rose 12× in a decade, the ministry said.", "12×", 12),
    ],
)
def test_a_multiplier_counts_times(sentence, text, value):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["kind"], figure["unit"]) == (text, value, "quantity", "times")


def test_a_multiplier_with_a_rate():
    assert one("Nurses check the dressings 4x a day.")["unit"] == "times a day"


@pytest.mark.parametrize(
    "sentence",
    [
        "Farmers drove their 4x4 trucks into town.",
        "She anchored the 4x100 relay.",
        "The code 0x1F marks the end.",
    ],
)
def test_an_x_between_digits_is_no_multiplier(sentence):
    assert [f["unit"] for f in figures(sentence)] != ["times"]


# -- Indian digit grouping ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The scheme reached 2,50,000 farmers last year.", "2,50,000", 250000),
        ("Sales rose to 12,40,000 units.", "12,40,000", 1240000),
        ("The state paid Rs 1,20,55,000 in compensation.", "Rs 1,20,55,000", 12055000),
        ("Each plot costs Rs 3,45,000.50 now.", "Rs 3,45,000.50", 345000.5),
    ],
)
def test_lakh_grouping(sentence, text, value):
    figure = one(sentence)
    assert (figure["text"], figure["value"]) == (text, value)


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("The club sold 12,345 tickets.", [12345]),
        ("Turnout was 1,234,567 voters.", [1234567]),
    ],
)
def test_western_grouping_is_unchanged(sentence, values):
    assert [f["value"] for f in figures(sentence)] == values


# -- two measures joined by a slash -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The tablet ships in a 4GB/64GB model.", [("4GB", 4, "GB"), ("64GB", 64, "GB")]),
        ("Runners pick the 5km/10km course.", [("5km", 5, "km"), ("10km", 10, "km")]),
        ("A 12GB/512GB edition costs more.", [("12GB", 12, "GB"), ("512GB", 512, "GB")]),
    ],
)
def test_two_measures_joined_by_a_slash(sentence, found):
    assert [(f["text"], f["value"], f["unit"]) for f in figures(sentence)] == found


@pytest.mark.parametrize(
    "sentence",
    [
        "The pharmacy is open 24/7 now.",
        "They agreed a 60/40 split of the fund.",
    ],
)
def test_a_slash_between_bare_digits_is_no_figure(sentence):
    assert figures(sentence) == []


def test_a_unit_rate_with_a_slash_stays_one_unit():
    assert [(f["text"], f["unit"]) for f in figures("Trains run at 90 km/h on the line.")] == [("90 km/h", "km/h")]


# -- units in capitals after a hyphen, and ratios of parts ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("The yard will build a 16,000-TEU ship.", "16,000-TEU", "TEU"),
        ("The port handled 3.1m TEUs last year.", "3.1m TEUs", "TEUs"),
        ("Tests found 12 parts per billion of lead.", "12 parts per billion", "parts per billion"),
        ("Carbon dioxide passed 420 ppm in May.", "420 ppm", "ppm"),
    ],
)
def test_container_and_concentration_units(sentence, text, unit):
    figure = one(sentence)
    assert (figure["text"], figure["unit"]) == (text, unit)


# -- idioms with ``zero`` -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The council backed its net zero plan.",
        "Ministers set a net-zero target for the grid.",
        "Rescuers worked at ground zero for weeks.",
        "It was a zero-sum game for the two rivals.",
        "The city will buy zero-emission buses.",
    ],
)
def test_zero_in_an_idiom_is_no_figure(sentence):
    assert [f["text"] for f in figures(sentence) if "zero" in f["text"].lower()] == []


@pytest.mark.parametrize(
    ("sentence", "text", "kind"),
    [
        ("The bank held rates at zero percent.", "zero percent", "percent"),
        ("The lake froze at zero degrees.", "zero degrees", "quantity"),
        ("The ward reported zero infections.", "zero", "quantity"),
    ],
)
def test_zero_outside_an_idiom_is_a_figure(sentence, text, kind):
    figure = one(sentence)
    assert (figure["text"], figure["kind"], figure["value"]) == (text, kind, 0)


def test_an_idiom_after_the_number_word_still_counts():
    assert figures("The two and two together made sense.") == []


# -- a name several currencies share, settled by the article's places or dateline ------------------


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Potters in Chiapas sell a vase for 1,500 pesos.", "MXN"),
        ("A taxi across Davao costs 300 pesos.", "PHP"),
        ("A bed in a Zurich hostel costs 90 francs a night.", "CHF"),
        ("Porters in Arusha earn 8,000 shillings a day.", "TZS"),
        ("A plate of biryani in Peshawar costs 600 rupees.", "PKR"),
    ],
)
def test_places_of_one_country_decide_a_shared_name(sentence, currency):
    figure = one(sentence)
    assert (figure["kind"], figure["currency"]) == ("money", currency)


def test_places_of_two_countries_leave_a_shared_name_open():
    figure = one("Growers in Chiapas and Antioquia get 500 pesos a sack.")
    assert (figure["kind"], figure["currency"]) == ("money", None)


@pytest.mark.parametrize(
    ("page", "currency"),
    [
        (
            "ELDORET, Kenya (Reuters) — Runners from Kenya, Uganda and Tanzania paid 500 shillings to enter.",
            "KES",
        ),
        ("ENTEBBE — Fishermen from Uganda and Kenya sell a tilapia for 6,000 shillings.", "UGX"),
        ("KIGALI, Rwanda (AP) — Swiss and Rwandan donors each gave 900 francs a month.", "RWF"),
    ],
)
def test_the_dateline_decides_between_countries_the_article_names(page, currency):
    money = [f for f in _article_figures(page) if f["kind"] == "money"]
    assert [f["currency"] for f in money] == [currency]


def test_without_a_dateline_two_countries_leave_a_shared_name_open():
    money = [f for f in _article_figures("Runners from Kenya and Uganda paid 500 shillings.") if f["kind"] == "money"]
    assert [f["currency"] for f in money] == [None]


# -- a counted noun after a number joined to a word -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The line ordered two 18,000-TEU ships.", "ships"),
        ("Builders put up three 30-storey towers.", "towers"),
        ("The fund bought 40 10-year bonds.", "bonds"),
    ],
)
def test_a_count_before_a_number_compound_counts_the_noun_after_it(sentence, unit):
    assert figures(sentence)[0]["unit"] == unit


def test_a_score_after_a_count_counts_nothing():
    assert figures("Only two 5-3 wins came.")[0]["unit"] is None


# -- a ratio's part is no larger than its whole ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Police made 14 arrests in three raids.", [14, 3]),
        ("The striker scored 9 in four games.", [9, 4]),
        ("Inspectors found 40 out of 25 permits forged.", [40, 25]),
    ],
)
def test_a_part_larger_than_its_whole_is_no_ratio(sentence, values):
    assert [f["value"] for f in figures(sentence)] == values


@pytest.mark.parametrize(
    "sentence",
    [
        "Three in ten renters moved.",
        "Seven out of 10 voters agreed.",
        "Some 40 in 1,000 births were early.",
        "Ninety in twelve hundred stayed home.",
    ],
)
def test_a_ratio_stays_no_figure(sentence):
    assert figures(sentence) == []


# -- ages after ``aged`` and unit words that start a compound ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The study followed 9,000 adults aged 45 to 70 using fitness trackers.", "years"),
        ("Women aged between 50 and 69 attending the clinic were screened.", "years"),
        ("Children aged 6 to 11 months were given the drops.", "months"),
    ],
)
def test_a_count_after_aged_is_an_age(sentence, unit):
    assert figures(sentence)[-1]["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("The town will open three year-round clinics.", "three", "clinics"),
        ("Envoys held two day-long summits.", "two", "summits"),
        ("The drought lasted 10 years.", "10 years", "years"),
    ],
)
def test_a_unit_word_that_starts_a_compound_is_no_unit(sentence, text, unit):
    figure = one(sentence)
    assert (figure["text"], figure["unit"]) == (text, unit)


# -- telephone numbers of three groups ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents can call 530-555-0162 for a free alarm.",
        "Tips go to 212-555-0198, police said.",
        "Dial 1-888-555-0123 to donate.",
    ],
)
def test_a_telephone_number_of_three_groups_is_no_figure(sentence):
    assert figures(sentence) == []


def test_a_range_of_round_numbers_stays_a_range():
    figure = one("Between 300-1000 people came.")
    assert (figure["value"], figure["high"]) == (300, 1000)


# -- more currency letters and signs ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("Fares rose to TT$7 on Monday.", "TT$7", 7, "TTD"),
        ("A loaf now costs J$450 in Kingston.", "J$450", 450, "JMD"),
        ("The ministry signed a NIS 2.3 billion contract.", "NIS 2.3 billion", 2.3e9, "ILS"),
        ("The council approved a 900,000 NIS grant.", "900,000 NIS", 900000, "ILS"),
    ],
)
def test_more_currency_letters(sentence, text, value, currency):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["currency"]) == (text, value, currency)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "high", "currency"),
    [
        ("Analysts see costs of A$410 to A$450 a tonne.", "A$410 to A$450", 410, 450, "AUD"),
        ("Fares will be between HK$12 and HK$15.", "HK$12 and HK$15", 12, 15, "HKD"),
    ],
)
def test_a_range_between_signs_with_letters(sentence, text, value, high, currency):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["high"], figure["currency"]) == (text, value, high, currency)


@pytest.mark.parametrize(
    ("page", "currency"),
    [
        ("LAHORE: Traders said a bag of flour now sells for Rs2,400 in the city's markets.", "PKR"),
        ("Vendors in Karachi charge Rs300 a kilo, traders said.", "PKR"),
        ("The state will pay farmers Rs 6,000 a year under the scheme.", "INR"),
    ],
)
def test_rupee_letters_take_the_country_the_article_names(page, currency):
    money = [f for f in _article_figures(page) if f["kind"] == "money"]
    assert [f["currency"] for f in money] == [currency]


# -- cents of the level they moved to, past a percentage ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Shares in the miner rose 12 cents, or 3.1%, to A$4.02.", "AUD"),
        ("The stock fell 20 cents, or 1.4 per cent, to C$14.10.", "CAD"),
    ],
)
def test_cents_take_the_level_past_a_percentage(sentence, currency):
    assert figures(sentence)[0]["currency"] == currency


# -- exchange rates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The won weakened to 1,390 per dollar from 1,372.", [(1390, "KRW"), (1372, "KRW")]),
        ("The yen firmed to 151.20 against the US dollar.", [(151.2, "JPY")]),
        ("The ringgit ended at 4.41 to the dollar.", [(4.41, "MYR")]),
    ],
)
def test_an_exchange_rate_is_a_price_in_the_currency_named_before_it(sentence, found):
    assert [(f["value"], f["currency"]) for f in figures(sentence) if f["kind"] == "money"] == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Exporters sold 300 cars per dollar of subsidy.",
        "The index rose to 410 as the dollar slipped.",
        "It gained 4% against the euro and traded at 0.95 per euro.",
    ],
)
def test_a_number_with_no_currency_named_before_it_stays_a_count(sentence):
    assert [f["kind"] for f in figures(sentence) if f["kind"] != "percent"] == ["quantity"]


# -- a unit joined by a hyphen is plural, as the annotation writes it --------------------------------


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Crews lifted a 20-foot section.", "feet"),
        ("The firm ordered a 12-coach train.", "coaches"),
        ("It has a 6.1-inch screen.", "inches"),
        ("They signed a three-century lease.", "centuries"),
        ("The council set a 90-day deadline.", "days"),
    ],
)
def test_a_hyphenated_unit_is_plural(sentence, unit):
    assert one(sentence)["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Police shut a 30-km stretch.", "km"),
        ("Gusts hit a 100-mph peak.", "mph"),
        ("The flag shows a five-pointed star.", "pointed"),
    ],
)
def test_abbreviations_and_participles_stay_as_printed(sentence, unit):
    assert one(sentence)["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The ferry sails with a 12-person crew.", "person"),
        ("She joined a two-woman expedition.", "woman"),
        ("Rescuers sent a 14-foot boat.", "feet"),
    ],
)
def test_a_noun_for_people_in_a_compound_stays_singular(sentence, unit):
    assert one(sentence)["unit"] == unit


# -- counted nouns past a model number, and adjectives used as nouns --------------------------------


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The airline leased four Airbus 320 neo jets.", "jets"),
        ("The navy ordered two Type 26 frigates.", "frigates"),
        ("Seven of the injured were children.", "injured"),
        ("The quake left 30 dead in the valley.", "dead"),
    ],
)
def test_counted_noun_past_a_model_number_or_an_adjective_noun(sentence, unit):
    assert figures(sentence)[0]["unit"] == unit


def test_a_participle_after_a_plural_noun_is_not_the_noun():
    assert figures("Medics treated three Dutch sailors injured in the storm.")[0]["unit"] == "sailors"


def test_a_plural_model_name_stops_the_search():
    assert figures("Only two Boeing 747s remain.")[0]["unit"] is None


# -- an age bounded by ``or older`` ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Screening is offered to women 50 or older.", "years"),
        ("Children 12 and under travel free.", "years"),
        ("Voters 65 and over backed the plan.", "years"),
    ],
)
def test_a_number_bounded_by_or_older_is_an_age(sentence, unit):
    assert figures(sentence)[0]["unit"] == unit


@pytest.mark.parametrize(
    "sentence",
    [
        "Fines of 20 and over the limit were rare.",
        "The firm sold 300 or older units.",
    ],
)
def test_no_age_without_the_bound_or_beyond_an_age(sentence):
    assert figures(sentence)[0]["unit"] != "years"
