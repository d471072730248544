"""Figure miss kinds found on fresh pages nobody tuned to, one section per kind.

Every sentence here was written for these tests (positive and negative), in other words than any page.
"""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse_figures.money import page_head

from .test_figures import figures, one


def _money(sentence: str) -> list[tuple[str, float | None, str | None]]:
    return [(f["text"], f["value"], f["currency"]) for f in figures(sentence) if f["kind"] == "money"]


# -- names several currencies share that are money only where the article names one of them ----------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("Brno's council will charge 45 crowns for a tram ride.", "45 crowns", 45, "CZK"),
        ("Stockholm households paid 12,500 crowns more for heating.", "12,500 crowns", 12500, "SEK"),
        ("Czech lenders wrote off 2.1 billion crowns last year.", "2.1 billion crowns", 2.1e9, "CZK"),
        ("Farmers near Arequipa sell a kilo of quinoa for 14 soles.", "14 soles", 14, "PEN"),
    ],
)
def test_crowns_and_soles_are_money_where_the_article_names_their_country(sentence, text, value, currency):
    assert _money(sentence) == [(text, value, currency)]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The veteran has won 14 crowns on clay.", "crowns"),
        ("The dentist fitted 3 crowns in one visit.", "crowns"),
        ("The cobbler replaced 40 soles before the winter.", "soles"),
    ],
)
def test_crowns_and_soles_are_counts_elsewhere(sentence, unit):
    figure = one(sentence)
    assert (figure["kind"], figure["unit"]) == ("quantity", unit)


def test_a_change_in_crowns_takes_the_currency_for_both_ends():
    found = _money("In Prague the monthly pass will go up from 550 to 620 crowns.")
    assert found == [("550", 550, "CZK"), ("620 crowns", 620, "CZK")]


def test_a_crown_compound_is_no_money_without_the_article():
    assert _money("She kept a 20-crown coin from her trip.") == []


# -- currency letters and names ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Colombo's port authority borrowed Rs. 2.5 billion.", "LKR"),
        ("Traders in Karachi lost Rs 40,000 each.", "PKR"),
        ("A Kathmandu hotel charges Rs 9,000 a night.", "NPR"),
        ("Mumbai builders paid Rs 300 crore for the plot.", "INR"),
        ("The ministry paid Rs 75,000 in fees.", "INR"),
        ("Exporters in Sri Lanka and India each paid Rs 1,200.", "INR"),
    ],
)
def test_rs_is_the_rupee_of_the_places_the_article_names(sentence, currency):
    assert [c for _, _, c in _money(sentence)] == [currency]


@pytest.mark.parametrize(
    ("sentence", "text", "currency"),
    [
        ("The Gdańsk port needs 900 million złoty of repairs.", "900 million złoty", "PLN"),
        ("A ticket costs 12 złotys.", "12 złotys", "PLN"),
        ("Bread rose to 5 zł this week.", "5 zł", "PLN"),
        ("Harare traders must pay ZiG 400 in levies.", "ZiG 400", "ZWG"),
    ],
)
def test_zloty_spelt_in_polish_and_zimbabwe_gold(sentence, text, currency):
    assert [(t, c) for t, _, c in _money(sentence)] == [(text, currency)]


@pytest.mark.parametrize(
    ("sentence", "text", "currency"),
    [
        ("Coffee pickers there earn 90 quetzales a day.", "90 quetzales", "GTQ"),
        ("A bus ride in Tegucigalpa costs 12 lempiras.", "12 lempiras", "HNL"),
        ("Rice sold for 2,400 kyat a bag.", "2,400 kyat", "MMK"),
        ("The fine was 50,000 guaraníes.", "50,000 guaraníes", "PYG"),
    ],
)
def test_currency_names_of_smaller_countries(sentence, text, currency):
    assert [(t, c) for t, _, c in _money(sentence)] == [(text, currency)]


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Potters in Oaxaca sell a vase for 800 pesos.", "MXN"),
        ("A taxi from Cancún airport costs 600 pesos.", "MXN"),
        ("Fares in Oaxaca and Bogotá rose to 900 pesos.", None),
    ],
)
def test_pesos_in_a_mexican_state_or_city(sentence, currency):
    assert [c for _, _, c in _money(sentence)] == [currency]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The state enrolled 3,50,000 students this year.", "3,50,000", 350000),
        ("The scheme paid out ₹12,40,00,000.", "₹12,40,00,000", 124000000),
    ],
)
def test_indian_digit_groups(sentence, text, value):
    figure = one(sentence)
    assert (figure["text"], figure["value"]) == (text, value)


def test_western_digit_groups_stay_as_they_are():
    assert [f["value"] for f in figures("Exports reached 12,345,678 tonnes.")] == [12345678]


def test_a_place_that_shares_a_currency_name_is_no_money():
    assert _money("Fans bought 5 Cordoba shirts.") == []


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Saskatoon council approved $18 million for roads.", "CAD"),
        ("Mississauga will spend $40 million on transit.", "CAD"),
        ("Saskatoon and Texas firms bid $5 million.", "USD"),
    ],
)
def test_a_bare_dollar_in_a_canadian_city(sentence, currency):
    assert [c for _, _, c in _money(sentence)] == [currency]


@pytest.mark.parametrize(
    "sentence",
    [
        "Exporters were squeezed by a yen that has lost a tenth of its value.",
        "Tourists face a pound which keeps sliding.",
    ],
)
def test_a_currency_before_that_or_which_is_the_currency_itself(sentence):
    assert figures(sentence) == []


def test_a_currency_without_a_relative_pronoun_is_one_unit():
    assert _money("Bus fares went up by a dollar.") == [("a dollar", 1, "USD")]


# -- ranges and changes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "high", "currency"),
    [
        ("The insurer expects claims of between NZ$40 million and NZ$55 million.", 40e6, 55e6, "NZD"),
        ("Rents run from HK$9,000 to HK$14,000 a month.", 9000, 14000, "HKD"),
    ],
)
def test_sign_letters_printed_again_before_the_second_end(sentence, value, high, currency):
    figure = one(sentence)
    assert (figure["value"], figure["high"], figure["currency"]) == (value, high, currency)


@pytest.mark.parametrize(
    ("sentence", "value", "high", "unit"),
    [
        ("The bank may lift rates by 25 to 50 basis points.", 25, 50, "basis points"),
        ("Pollsters expect her lead to shrink by four to six percentage points.", 4, 6, "percentage points"),
    ],
)
def test_by_a_bare_number_to_a_unit_of_change_is_a_range(sentence, value, high, unit):
    figure = one(sentence)
    assert (figure["value"], figure["high"], figure["unit"]) == (value, high, unit)


def test_by_a_bare_number_to_a_level_stays_a_change():
    found = figures("Mills cut output by 300 to 2,100 tonnes.")
    assert [(f["value"], f["high"]) for f in found] == [(300, None), (2100, None)]


def test_a_cent_to_a_level_is_a_change():
    found = _money("The rand gained a cent to 5.8 US cents.")
    assert found == [("a cent", 0.01, "USD"), ("5.8 US cents", 0.058, "USD")]


@pytest.mark.parametrize(
    ("sentence", "value", "high", "kind"),
    [
        ("Repairs will take one to two weeks.", 1, 2, "quantity"),
        ("Fares may rise one to 3%.", 1, 3, "percent"),
    ],
)
def test_one_starts_a_range_with_a_unit(sentence, value, high, kind):
    figure = one(sentence)
    assert (figure["value"], figure["high"], figure["kind"]) == (value, high, kind)


@pytest.mark.parametrize("sentence", ["One to three of them left early.", "The vote was one to nothing."])
def test_one_to_a_bare_number_is_still_no_figure(sentence):
    assert [f["value"] for f in figures(sentence) if f["value"] == 1] == []


# -- ages and counted nouns ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Museums are free for visitors under 18 on Sundays.", 18),
        ("The vaccine is offered to adults over 70 first.", 70),
        ("Nobody could serve, and those over 60, officials said, stayed home.", 60),
        ("Its founder, who was 29 at the time, sold the firm.", 29),
        ("The coach, who is 51, signed on.", 51),
    ],
)
def test_ages_of_people_over_under_a_number_or_after_who_is(sentence, value):
    figure = one(sentence)
    assert (figure["value"], figure["unit"]) == (value, "years")


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Shares priced over 60 were sold.", None),
        ("The league fined players under 21 contracts.", "contracts"),
        ("She said 41 when asked who is 41.", None),
    ],
)
def test_no_age_without_people_or_with_a_noun(sentence, unit):
    assert [f["unit"] for f in figures(sentence)][:1] == [unit]


def test_dotted_capitals_are_a_name_before_the_counted_noun():
    assert one("Regulators fined 14 U.K. mortgage lenders.")["unit"] == "lenders"


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The drought killed 2,000 head of sheep.", "head"),
        ("The league sacked three head coaches.", "coaches"),
    ],
)
def test_head_counts_livestock_unless_a_plural_noun_follows(sentence, unit):
    assert one(sentence)["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ('Wardens moved four "nuisance bears" out of town.', "bears"),
        ("The city hired 12 “street ambassadors” this year.", "ambassadors"),
        ('Police said 3 "were hurt" in the crush.', None),
    ],
)
def test_quotation_marks_around_the_counted_noun_are_skipped(sentence, unit):
    assert one(sentence)["unit"] == unit


# -- two measures joined by a slash ----------------------------------------------------------------------


def test_two_measures_joined_by_a_slash():
    found = figures("The tablet ships with 6GB/128GB of memory.")
    assert [(f["text"], f["unit"]) for f in found] == [("6GB", "GB"), ("128GB", "GB")]


@pytest.mark.parametrize("sentence", ["The helpline is open 24/7.", "He scored 3/5 in the test."])
def test_a_slash_between_bare_numbers_is_no_pair_of_figures(sentence):
    assert figures(sentence) == []


# -- a possessive before a count, capitals with s, zero compounds ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Voters in all of France's 101 departments went to the polls.", 101, "departments"),
        ("Lawmakers said Canada’s 13 provinces and territories must agree.", 13, "provinces and territories"),
        ("The report ranked Europe's 50 busiest airports.", 50, "airports"),
    ],
)
def test_a_possessive_before_a_count_is_its_owner_not_a_name(sentence, value, unit):
    figure = one(sentence)
    assert (figure["value"], figure["unit"]) == (value, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pilots of Boeing's 737 Max jets were retrained.",
        "Critics of Porsche's 911 Turbo cars were silent.",
        "Buyers queued for Tesla's Model 3 sedans.",
    ],
)
def test_a_possessive_before_a_model_name_keeps_the_name(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The scheme helped 12 SMEs this year.", "SMEs"),
        ("Police questioned 4 ATMs' owners and 30 NGOs.", "NGOs"),
        ("The chamber's 120 MPs will vote.", "MPs"),
    ],
)
def test_capitals_and_s_are_a_plural_noun(sentence, unit):
    assert figures(sentence)[-1]["unit"] == unit


@pytest.mark.parametrize(
    "sentence",
    [
        "The city ordered 40 zero-emission buses.",
        "Critics called it a zero-sum game.",
        "Hackers used a zero-day flaw.",
        "Staff on zero-hours contracts protested.",
    ],
)
def test_zero_joined_by_a_hyphen_is_an_adjective(sentence):
    assert [f["value"] for f in figures(sentence) if f["value"] == 0] == []


def test_zero_on_its_own_is_still_a_figure():
    assert one("Inflation fell to zero percent.")["value"] == 0


# -- multiples written against the number ------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "value"), [("The camera has 3x optical zoom.", 3), ("Sales grew 12× in a year.", 12)])
def test_a_multiple_against_the_number_counts_times(sentence, value):
    figure = one(sentence)
    assert (figure["value"], figure["unit"], figure["unit_canonical"]) == (value, "times", "times")


@pytest.mark.parametrize(
    "sentence", ["The army bought 4x4 trucks.", "They played 3x3 basketball.", "The fund returned 3 x more."]
)
def test_an_x_between_numbers_or_after_a_space_is_no_multiple(sentence):
    assert [f for f in figures(sentence) if f["unit"] == "times"] == []


# -- a fraction of a scale ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Nearly a quarter of a million tourists came.", "a quarter of a million", 250000),
        ("Organisers expected half of a million visitors.", "half of a million", 500000),
    ],
)
def test_half_or_a_quarter_of_a_scale(sentence, text, value):
    figure = one(sentence)
    assert (figure["text"], figure["value"]) == (text, value)


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm cut power to two thirds of a million homes.",
        "Investors lost a third of a billion dollars.",
        "Three-quarters of a million people signed.",
    ],
)
def test_a_scale_after_another_fraction_is_no_whole_scale(sentence):
    assert [f["value"] for f in figures(sentence) if f["value"] in (1e6, 1e9)] == []


def test_a_scale_after_of_without_a_fraction_stays():
    assert [f["value"] for f in figures("The fund is worth a billion dollars.")] == [1e9]


# -- taka and Egyptian pound prefixes, piastres -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("A bus fare in Chittagong went up to Tk 35.", "Tk 35", 35, "BDT"),
        ("The board approved Tk 2,700 crore for new bridges.", "Tk 2,700 crore", 2.7e10, "BDT"),
        ("Tourists paid LE400 for the felucca trip.", "LE400", 400, "EGP"),
        ("The canal earned LE9 billion in a quarter.", "LE9 billion", 9e9, "EGP"),
        ("A cup of tea at the kiosk costs 75 piastres.", "75 piastres", 0.75, "EGP"),
        ("Bread is sold for ten piastres a loaf.", "ten piastres", 0.1, "EGP"),
    ],
)
def test_taka_and_egyptian_pound_letters_and_piastres(sentence, text, value, currency):
    assert _money(sentence) == [(text, value, currency)]


@pytest.mark.parametrize("sentence", ["The TK 40 engine was retired.", "The bistro Le 5 opened in Paris.", "Troops held Tk."])
def test_other_letters_before_a_number_are_no_taka_or_pound(sentence):
    assert [f for f in _money(sentence) if f[2] in ("BDT", "EGP")] == []


# -- parts per thousand -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The lagoon's salinity reached one part per thousand.", "one part per thousand", 1),
        ("Seawater holds about 35 parts per thousand of salt.", "35 parts per thousand", 35),
    ],
)
def test_parts_per_thousand_is_a_unit_not_a_thousand(sentence, text, value):
    found = figures(sentence)
    assert [(f["text"], f["value"], f["unit_canonical"]) for f in found] == [(text, value, "parts per thousand")]


def test_a_thousand_on_its_own_stays_a_figure():
    assert one("About a thousand fans waited outside.")["value"] == 1000


# -- a bare dollar in Jamaica and in more Australian places ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Vendors in Montego Bay paid $8,000 for a permit.", "JMD"),
        ("The Bank of Jamaica fined the lender $3 million.", "JMD"),
        ("Gippsland dairy farmers lost $40 million to the drought.", "AUD"),
        ("The Bureau of Meteorology spent $12 million on radar.", "AUD"),
    ],
)
def test_a_bare_dollar_in_a_place_of_one_foreign_dollar(sentence, currency):
    assert [f[2] for f in _money(sentence)] == [currency]


@pytest.mark.parametrize(
    "sentence",
    [
        "A Texas buyer from Jamaica paid $2 million.",
        "Brisbane and Auckland bids cost $5 million each.",
        "A shop in Kingston charged $20.",
    ],
)
def test_a_bare_dollar_stays_where_the_places_are_shared_or_mixed(sentence):
    assert [f[2] for f in _money(sentence)] == ["USD"]


# -- after by: two ends of one scale word and the currency after the second ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "high", "currency"),
    [
        ("The levy may trim earnings by 20 billion to 35 billion won.", 2e10, 3.5e10, "KRW"),
        ("Costs rose by 2 million to 3 million pounds.", 2e6, 3e6, "GBP"),
    ],
)
def test_by_two_scaled_ends_with_money_after_the_second_is_a_range(sentence, value, high, currency):
    figure = one(sentence)
    assert (figure["value"], figure["high"], figure["currency"]) == (value, high, currency)


@pytest.mark.parametrize(
    "sentence", ["Sales fell by 3 billion to 40 billion won.", "Exports rose by 2 million to 9 million tonnes."]
)
def test_by_a_change_to_a_far_larger_level_stays_two_figures(sentence):
    assert len(figures(sentence)) == 2


# -- a plain "dollars" after the number in a place of one foreign dollar -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Canberra hospitals spent forty million dollars on beds.", "AUD"),
        ("A Montego Bay hotel paid one dollar per guest in levies.", "JMD"),
        ("Farmers in Saskatchewan lost 300 dollars an acre.", "CAD"),
    ],
)
def test_a_plain_dollar_word_in_a_place_of_one_foreign_dollar(sentence, currency):
    assert [f[2] for f in _money(sentence)] == [currency]


@pytest.mark.parametrize(
    "sentence",
    [
        "Canberra importers paid 40 US dollars a barrel.",
        "Texas ranchers lost a million dollars.",
        "Ottawa and Canberra each pledged 50 million dollars.",
    ],
)
def test_a_dollar_word_stays_us_where_named_or_places_mixed(sentence):
    assert [f[2] for f in _money(sentence)] == ["USD"]


# -- a bare dollar decided by places, beside a marked US$, and by a dateline -------------------------------


@pytest.mark.parametrize(
    ("sentence", "currencies"),
    [
        ("New Zealand's kiwifruit growers earned $2.1 billion this season.", ["NZD"]),
        ("Taxi drivers in Port of Spain will charge $6 for a short trip.", ["TTD"]),
        ("Pilbara iron ore miners paid $3 billion in royalties.", ["AUD"]),
        ("Tobago hoteliers owe $40 million while oil sells at US$70 a barrel.", ["TTD", "USD"]),
        ("OTTAWA — Officials in Ottawa and Washington put the bridge at $1.2 billion.", ["CAD"]),
        ("Jitney operators on New Providence will charge $1.75 a ride.", ["BSD"]),
        ("Hoteliers in Bridgetown paid $3 million in room taxes.", ["BBD"]),
        ("Banana farmers in St Lucia were paid $40 a box.", ["XCD"]),
        ("Belize City bus owners want $2 more a ride.", ["BZD"]),
    ],
)
def test_places_and_datelines_decide_a_bare_dollar(sentence, currencies):
    assert [f[2] for f in _money(sentence)] == currencies


@pytest.mark.parametrize(
    "sentence",
    [
        "SYDNEY (Reuters) - A Japanese carmaker will spend $500 million on a plant in Australia.",
        "Trade between Texas and Trinidad rose to $4 billion.",
        "Nassau County legislators approved a $2 million road plan.",
        "Wellington exporters were paid $30 a box.",
        "Australia and New Zealand each pledged $10 million.",
    ],
)
def test_a_bare_dollar_stays_us_in_wire_copy_and_where_places_are_shared_or_mixed(sentence):
    assert {f[2] for f in _money(sentence)} == {"USD"}


# -- rupees and Philippine pesos by their letters, decided by places and dated datelines ---------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("GALLE, Nov 3 (AFP) - Indian tourists spent Rs. 900 million in the town.", "Rs. 900 million", 9e8, "LKR"),
        ("KANDY, Sri Lanka, March 2 (Reuters) - Indian tea buyers paid Rs. 1,450 a kilo.", "Rs. 1,450", 1450, "LKR"),
        ("Davao farmers will share P2.5 million in aid.", "P2.5 million", 2.5e6, "PHP"),
        ("The Bulacan town raised its fee to P8.75 a cubic metre.", "P8.75", 8.75, "PHP"),
        ("Cavite builders won a P1.2-billion bridge deal.", "P1.2-billion", 1.2e9, "PHP"),
    ],
)
def test_rupee_and_peso_letters_take_the_currency_of_the_places(sentence, text, value, currency):
    assert _money(sentence) == [(text, value, currency)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fishers from India and Colombo each earned Rs. 400 a day.", [("Rs. 400", 400, "INR")]),
        ("The firm paid P5,000 to each worker.", []),
        ("The P4 pupils of a Cebu school sat the test.", []),
    ],
)
def test_letters_stay_where_places_do_not_decide(sentence, expected):
    assert _money(sentence) == expected


# -- and-a-half joined by hyphens --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The striker agreed a three-and-a-half-year deal.", "three-and-a-half-year", 3.5, "years"),
        ("The hearing lasted two-and-a-half hours.", "two-and-a-half hours", 2.5, "hours"),
        ("The ferry takes one-and-a-half days.", "one-and-a-half days", 1.5, "days"),
    ],
)
def test_hyphenated_and_a_half(sentence, text, value, unit):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["unit"]) == (text, value, unit)


def test_a_hyphenated_and_without_a_half_is_no_half():
    assert all(f["value"] != 5.5 for f in figures("They met at the old five-and-dime store."))


# -- a currency before the subject of a clause is the currency itself --------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Every pound the council wastes is a pound we cannot spend on roads.",
        "Each euro saved on fuel is a euro they keep.",
    ],
)
def test_a_currency_before_a_subject_is_no_amount(sentence):
    assert _money(sentence) == []


def test_a_currency_before_other_words_stays_an_amount():
    assert _money("Bread now costs a euro more than in spring.") == [("a euro", 1.0, "EUR")]


# -- whether X or Y: alternatives, not a range -------------------------------------------------------------


def test_two_amounts_after_whether_are_alternatives():
    found = _money("Members are split over whether the fee should be £40 or £60.")
    assert found == [("£40", 40, "GBP"), ("£60", 60, "GBP")]


@pytest.mark.parametrize(
    "sentence", ["The fee could be 40 or 60 pounds.", "Nobody knew whether it would pass. The fee could be 40 or 60 pounds."]
)
def test_two_amounts_joined_by_or_elsewhere_are_a_range(sentence):
    figure = one(sentence)
    assert (figure["value"], figure["high"]) == (40, 60)


# -- from X to Y in a span of time: a change, not a range ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The new charger takes the pack from 20% to 90% in 35 minutes.",
        "The coupe goes from zero to 100 km/h in under four seconds.",
    ],
)
def test_from_to_in_a_span_of_time_is_a_change(sentence):
    assert [f["high"] for f in figures(sentence)] == [None, None, None]


@pytest.mark.parametrize(
    "sentence", ["Turnout ranged from 40% to 65% in most districts.", "Tickets cost from 20 to 35 euros in May."]
)
def test_from_to_without_a_span_of_time_stays_a_range(sentence):
    assert figures(sentence)[0]["high"] is not None


# -- a euro after a bare rate and to/per/against is the unit of the rate ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "text"),
    [("The forint slid to 402 against a euro.", "402"), ("In Prague the crown closed at 24.7 to a euro.", "24.7")],
)
def test_a_currency_after_a_rate_and_a_join_is_no_figure(sentence, text):
    assert [f["text"] for f in figures(sentence)] == [text]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [("Shares recovered from 90 cents to a dollar.", "a dollar"), ("The stock fell 5% to a dollar.", "a dollar")],
)
def test_a_currency_after_a_level_and_to_stays_a_figure(sentence, text):
    assert figures(sentence)[-1]["text"] == text


# -- a bare scaled number compared with an amount before it takes its currency ------------------------------


@pytest.mark.parametrize(
    ("sentence", "currencies"),
    [
        ("Operating profit climbed to €4 billion, up from 3.1 billion.", ["EUR", "EUR"]),
        ("The budget gap is NOK 40 billion (€3.4 billion), down from a forecast 52 billion.", ["NOK", "EUR", "NOK"]),
        ("Sales reached $8.2 million in the spring quarter compared with 7.5 million.", ["USD", "USD"]),
    ],
)
def test_a_scaled_number_compared_with_an_amount_is_money(sentence, currencies):
    assert [f[2] for f in _money(sentence)] == currencies


@pytest.mark.parametrize(
    "sentence",
    [
        "Fees came to $4 million, while subscribers grew from 3 million.",
        "Fees came to $4 billion, up from 3 million.",
        "Fees came to $4 million. Visitors fell from 3 million.",
        "The fund raised $4 million from 3 million savers.",
    ],
)
def test_a_scaled_number_after_other_words_or_scales_stays_a_count(sentence):
    assert len(_money(sentence)) == 1


def test_a_compared_number_drops_the_unit_of_an_earlier_count():
    found = figures("Deputies voted 120 votes to 70 for a gap of NOK 40 billion, down from 52 billion.")
    assert [(f["text"], f["kind"], f["currency"], f["unit"]) for f in found][-1] == ("52 billion", "money", "NOK", None)


# -- currency letters of other countries: N$, SAT$, NLe, and K or RO where the article names the country --------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("A Windhoek bakery borrowed N$350,000 to buy ovens.", "N$350,000", 350000, "NAD"),
        ("The Apia council set aside SAT$1.2 million for sea walls.", "SAT$1.2 million", 1.2e6, "WST"),
        ("Traders in Bo paid NLe 15,000 for a stall licence.", "NLe 15,000", 15000, "SLE"),
        ("Teachers in Papua New Guinea were promised K2.3 million in back pay.", "K2.3 million", 2.3e6, "PGK"),
        ("The port of Sohar in Oman will get a RO35 million crane yard.", "RO35 million", 35e6, "OMR"),
        ("In Mauritius the lender paid Rs 800 million for the branch network.", "Rs 800 million", 8e8, "MUR"),
    ],
)
def test_currency_letters_of_other_countries(sentence, text, value, currency):
    assert _money(sentence) == [(text, value, currency)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The farm bought a K9 tractor from a dealer in Ohio.",
        "Engineers at the plant tested the RO5 membrane.",
        "Her K12 class visited the museum in Port Moresby.",
    ],
)
def test_k_and_ro_letters_without_an_amount_or_the_country_are_no_money(sentence):
    assert _money(sentence) == []


# -- small coins: centimes, and coins worth a thousandth (baisa, millimes) ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Petrol went up by 500 baisa a litre.", "500 baisa", 0.5),
        ("A loaf of bread in Tunis costs 250 millimes.", "250 millimes", 0.25),
        ("The Zurich tram fare rose 20 centimes.", "20 centimes", 0.2),
    ],
)
def test_small_coins_are_money_in_the_main_unit(sentence, text, value):
    money = _money(sentence)
    assert [(found[0], found[1]) for found in money] == [(text, value)]


def test_centimes_take_the_currency_of_the_money_before_them():
    assert _money("The fine was CHF 200, and each page cost 50 centimes.")[-1] == ("50 centimes", 0.5, "CHF")


# -- a unit or currency itself, and rates after an amount named in words ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Every litre we save at home is a litre not bought abroad.",
        "Each dollar taxed is a dollar that never reaches a worker.",
        "She wants a euro that holds its value.",
    ],
)
def test_a_unit_itself_before_that_or_not_is_no_count(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("Growers got 9,400 baht a tonne for their rice.", ["9,400 baht"]),
        ("Sardines fetched 4 dinars a kilo at the quay.", ["4 dinars"]),
    ],
)
def test_a_after_an_amount_named_in_words_starts_a_rate(sentence, texts):
    assert [f["text"] for f in figures(sentence)] == texts


@pytest.mark.parametrize("sentence", ["He sold the bike for a dollar.", "The shop is a mile away."])
def test_a_lone_unit_that_states_an_amount_stays_a_figure(sentence):
    assert [f["value"] for f in figures(sentence)] == [1]


# -- two close percentages after "by" are one range -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("Fares will go up by 6% to 9% in March.", "6% to 9%", 6, 9),
        ("Analysts expect margins to shrink by 20% to 25% next year.", "20% to 25%", 20, 25),
    ],
)
def test_close_percentages_after_by_are_a_range(sentence, text, low, high):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["high"]) == (text, low, high)


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("Unemployment fell by 0.4% to 5.1%.", ["0.4%", "5.1%"]),
        ("The rate was raised by 2% to 6%.", ["2%", "6%"]),
    ],
)
def test_a_change_after_by_and_a_far_level_stay_two_figures(sentence, texts):
    assert [f["text"] for f in figures(sentence)] == texts


# -- cents after money of a currency whose hundredth has its own name (paise, kopecks) ---------------------------


def test_cents_after_rupees_are_not_rupee_cents():
    money = _money("Delhi kept the grain price at Rs 1,900 a sack. In Kansas, bids sat 12 cents under futures.")
    assert money[-1] == ("12 cents", 0.12, "USD")


def test_cents_after_euros_stay_euro_cents():
    assert _money("A coffee is €2, and milk 30 cents more.")[-1] == ("30 cents", 0.3, "EUR")


# -- market fractions, and ages after "he is"/"she was" --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Oats closed up 2-1/4 cents.", "2-1/4 cents", 0.0225),
        ("Corn settled at $4.56-3/4 a bushel.", "$4.56-3/4", 4.5675),
        ("The board is 1-1/2 inches thick.", "1-1/2 inches", 1.5),
    ],
)
def test_market_fractions_join_the_number(sentence, text, value):
    figure = figures(sentence)[0]
    assert (figure["text"], figure["value"]) == (text, pytest.approx(value))


def test_a_slash_that_is_no_fraction_of_halves_or_quarters_stays_out():
    assert [f["text"] for f in figures("The vote went 5-2/3 against.")] != ["5-2/3"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("He is 61 and still sails alone.", 61), ("She was 14 when she left the village.", 14)],
)
def test_a_bare_number_after_he_is_or_she_was_is_an_age(sentence, value):
    figure = one(sentence)
    assert (figure["value"], figure["unit"]) == (value, "years")


def test_a_number_with_a_noun_after_she_was_is_a_count():
    assert one("She was 3 shots behind the leader.")["unit"] == "shots"


# -- Australian public bodies and time zones decide a bare dollar ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    ["Updated 6:40am AEST. The school will spend $3 million on labs.", "ASIC fined the lender $1.5 million."],
)
def test_australian_bodies_and_time_zones_make_a_bare_dollar_aud(sentence):
    assert _money(sentence)[-1][2] == "AUD"


def test_a_us_time_zone_leaves_a_bare_dollar_usd():
    assert _money("Updated 6:40am EST. The school will spend $3 million on labs.")[-1][2] == "USD"


# -- a rating or rank joined by a hyphen to "star" -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence", ["The four-star hotel by the lake reopened.", "A three-star general led the review."]
)
def test_star_ratings_and_ranks_are_no_figures(sentence):
    assert figures(sentence) == []


def test_stars_counted_after_a_space_stay_a_figure():
    assert one("The film earned 4 stars from the panel.")["unit"] == "stars"


# -- "added" and "shed" are verbs of change: two figures, not a range ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [("Barclays added 2.4p to 210.5p in early trade.", 0.024, 2.105), ("The miner shed 35 cents to $12.10.", 0.35, 12.1)],
)
def test_added_or_shed_from_one_price_to_another_is_a_change(sentence, first, second):
    found = figures(sentence)
    assert [(f["value"], f["high"]) for f in found] == [(first, None), (second, None)]


def test_a_span_without_a_verb_of_change_stays_a_range():
    found = figures("Analysts see the stock trading from 200p to 240p.")
    assert [(f["value"], f["high"]) for f in found] == [(2, 2.4)]


# -- "a hectare" after a number and a plural measure is a rate -------------------------------------------------


@pytest.mark.parametrize(
    "sentence", ["Growers need 9 megalitres a hectare for cotton.", "The farm used two tonnes a hectare of lime."]
)
def test_a_unit_after_a_measured_amount_is_a_rate(sentence):
    assert len(figures(sentence)) == 1


def test_a_hectare_on_its_own_is_one_hectare():
    assert one("The council sold a hectare near the river.")["unit"] == "hectare"


# -- the plural of a model's variant, an advertisement slot and a berth are names ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    ["Airlines parked their 777-9s for the winter.", "Advertisement 4", "The ship docked at berth 7 on Sunday."],
)
def test_model_variants_ad_slots_and_berths_are_no_figures(sentence):
    assert figures(sentence) == []


def test_a_hyphenated_span_before_a_unit_stays_a_range():
    assert [(f["value"], f["high"]) for f in figures("The trip takes 10-12 hours.")] == [(10, 12)]


# -- a bare dollar in a story from Fiji -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    ["Vendors in Suva said rents rose to $420 a month.", "The Fijian cabinet approved $12 million for seawalls."],
)
def test_a_bare_dollar_in_fiji_is_fjd(sentence):
    assert _money(sentence)[-1][2] == "FJD"


def test_a_bare_dollar_without_fijian_places_stays_usd():
    assert _money("Vendors in the market said rents rose to $420 a month.")[-1][2] == "USD"


# -- a bare dollar beside the abbreviation of an Australian state ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The NSW Treasury set aside $640 million for rural bridges.",
        "Qld growers were offered $25,000 grants after the hail.",
        "Australian Capital Territory renters paid $610 a week on average.",
    ],
)
def test_a_state_abbreviation_makes_a_bare_dollar_aud(sentence):
    assert _money(sentence)[-1][2] == "AUD"


@pytest.mark.parametrize(
    "sentence",
    [
        "A NSW-born trader bought a Texas ranch for $3 million.",
        "The WA office of the Seattle firm spent $2 million.",
    ],
)
def test_a_bare_dollar_beside_us_places_or_shared_abbreviations_stays_usd(sentence):
    assert _money(sentence)[-1][2] == "USD"


# -- "grand": slang for a thousand of the money before it --------------------------------------------------------------


def test_grand_is_a_thousand_in_the_currency_of_the_money_before_it():
    found = _money("The fine was £300, but the repairs cost him eight grand in the end.")
    assert found == [("£300", 300, "GBP"), ("eight grand", 8000, "GBP")]


@pytest.mark.parametrize(
    ("sentence", "value", "high"),
    [("She still owes 40 grand on the car.", 40000, None), ("Stalls earn 5 to 10 grand a weekend.", 5000, 10000)],
)
def test_grand_after_a_number_is_money(sentence, value, high):
    figure = one(sentence)
    assert (figure["kind"], figure["value"], figure["high"]) == ("money", value, high)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [("The hall keeps two grand pianos on its stage.", "pianos"), ("She won four Grand Slams in a row.", "Slams")],
)
def test_grand_before_a_noun_or_in_capitals_is_no_money(sentence, unit):
    figure = one(sentence)
    assert (figure["kind"], figure["unit"]) == ("quantity", unit)


def test_a_range_of_thousandth_coins_keeps_their_share():
    figure = one("Bus tickets cost from 300 to 500 baisa.")
    assert (figure["value"], figure["high"], figure["currency"]) == (0.3, 0.5, "OMR")


# -- a verb of change before a long object: from X to Y is two figures -----------------------------------------------


def test_a_change_after_a_verb_and_a_long_object_is_two_figures():
    found = figures("The award lifts the monthly stipend for a first-year nursing student from $900 to about $1,100.")
    assert [(f["value"], f["high"], f["approx"]) for f in found] == [(900, None, None), (1100, None, "about")]


def test_from_to_without_a_verb_of_change_stays_a_range():
    found = figures("Tickets for the weekend festival on the old harbour front sell from $90 to $140.")
    assert [(f["value"], f["high"]) for f in found] == [(90, 140)]


# -- by X to Y with the currency printed on both ends: one range of change ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "high", "currency"),
    [
        ("Daily wages went up by Tk 300 to Tk 450 in the mills.", 300, 450, "BDT"),
        ("Landlords raised rents by $120 to $180 a month.", 120, 180, "USD"),
    ],
)
def test_close_amounts_after_by_with_their_currency_are_a_range(sentence, value, high, currency):
    figure = one(sentence)
    assert (figure["value"], figure["high"], figure["currency"]) == (value, high, currency)


@pytest.mark.parametrize(
    "sentence", ["The fare rose by $2 to $15 this year.", "Wages rose by 300 to Tk 450 in the mills."]
)
def test_a_change_and_a_distant_level_after_by_stay_two_figures(sentence):
    assert len(figures(sentence)) == 2


# -- measures printed in full with "or": two figures -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Buyers can pick 128GB or 256GB of storage.", [128, 256]),
        ("The trail runs 12km or 18km, depending on the tide.", [12, 18]),
        ("Each crate holds 20 kg or 30 kg of fruit.", [20, 30]),
    ],
)
def test_two_measures_each_with_its_unit_joined_by_or_are_two_figures(sentence, values):
    assert [(f["value"], f["high"]) for f in figures(sentence)] == [(v, None) for v in values]


@pytest.mark.parametrize("sentence", ["The walk takes 3 or 4 hours.", "Each crate holds 20 or 30 kg of fruit."])
def test_or_with_a_unit_printed_once_stays_a_range(sentence):
    assert len(figures(sentence)) == 1
    assert figures(sentence)[0]["high"] is not None


# -- "not a penny": a coin denied is an idiom, no amount ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The club said it would not give the agent a penny.",
        "Savers never saw a cent of the interest.",
        "The firm refused a penny more to the union.",
        "They won't see a penny of it.",
    ],
)
def test_a_coin_after_a_negation_is_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence", ["The duty adds a penny to each litre.", "Stamps went up by a cent, not by a dollar."]
)
def test_a_coin_without_a_negation_before_it_stays_money(sentence):
    assert _money(sentence)[0][1] == 0.01


# -- a milepost number is a name ------------------------------------------------------------------------------------


def test_a_milepost_number_is_no_figure():
    assert figures("Crews reopened the line at milepost 212 by noon.") == []


def test_a_number_of_miles_after_a_milepost_stays_a_figure():
    assert one("The milepost stood 14 miles from town.")["unit"] == "miles"


# -- a number word in a name named earlier in the passage -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        'Council member Joe Three Hawks voted no. "It is rushed," Three Hawks said.',
        "The singer Maya Seven Rivers toured. Seven Rivers sold out both nights.",
    ],
)
def test_number_words_of_a_name_printed_before_are_no_figures(sentence):
    assert [f for f in figures(sentence) if f["value"] in (3, 7)] == []


def test_number_words_opening_a_sentence_with_no_name_before_stay_a_count():
    assert one("Three Hawks circled the field.")["value"] == 3


# -- "tr" after an amount is a trillion ------------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "value"), [("Debt stood at Rs62.5tr in June.", 62.5e12), ("It cost €1.2 tr.", 1.2e12)])
def test_tr_is_a_trillion(sentence, value):
    assert _money(sentence)[0][1] == value


def test_a_word_starting_with_tr_after_a_number_is_no_scale():
    assert one("The 40 trucks left at dawn.")["value"] == 40


# -- a percentage joined by a hyphen --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("Riders face a 15-percent fare rise.", 15), ("It is a 7-per-cent cut.", 7), ("A 30-pct stake was sold.", 30)],
)
def test_a_hyphenated_percent_is_a_percentage(sentence, value):
    figure = one(sentence)
    assert (figure["kind"], figure["value"]) == ("percent", value)


def test_a_hyphenated_word_starting_with_percent_is_no_percentage():
    assert one("She is a 40-percenter from the floor.")["kind"] != "percent"


# -- the page's masthead decides what the article's own places leave open ------------------------------------------

_PROSE = "The cost of the new seawall along the harbour road{where} has risen to {amount}, the auditor told the members."


def _page_money(head: str, amount: str, where: str = "") -> list[str | None]:
    page = f"{head}\n\nSeawall bill climbs\n\n{_PROSE.format(where=where, amount=amount)}\n"
    return [f.currency for article in parse(page) for f in article.figures if f.kind == "money"]


@pytest.mark.parametrize(
    ("head", "amount", "currency"),
    [
        ("THE SUVA COURIER\nFiji's Daily Paper\nNews | Business | Sport", "$48 million", "FJD"),
        ("THE LAHORE LEDGER\nBusiness | Markets", "Rs900 billion", "PKR"),
        ("Montego Bay Mirror\nNews | Sport", "$2.5 billion", "JMD"),
    ],
)
def test_a_masthead_naming_one_home_decides_a_bare_dollar_or_shared_letters(head, amount, currency):
    assert _page_money(head, amount) == [currency]


@pytest.mark.parametrize(
    ("head", "where"),
    [
        ("THE MORNING COURIER\nNews | Business | Sport", ""),
        ("THE SUVA COURIER\nNews | US | Australia", ""),
        ("THE SUVA COURIER\nFiji's Daily Paper", " in Texas"),
    ],
)
def test_a_masthead_naming_no_home_or_two_or_an_article_with_places_leaves_a_bare_dollar_usd(head, where):
    assert _page_money(head, "$48 million", where) == ["USD"]


def test_the_page_head_ends_at_the_first_line_of_prose():
    prose = "Officials in Suva said on Monday that the seawall along the harbour road would be finished well before the"
    head = page_head(f"THE HARBOUR NEWS\nHome | World\n\nSeawall bill\n\n{prose} cyclone season.\n\nMore text.")
    assert "Suva" not in head and "Seawall bill" in head and "The Harbour News" in head


# -- a number after a noun of a series and a preposition is a label ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The scheme should break even by year three, the minister said.",
        "Talks collapsed on day 4 of the strike.",
        "She has backed the plan from week one.",
    ],
)
def test_a_number_labelling_a_period_of_a_series_is_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Each year 4,000 pilgrims walk the route.", 4000),
        ("Last week three ferries were cancelled.", 3),
        ("In a month two more clinics will open.", 2),
    ],
)
def test_a_count_after_a_period_without_a_preposition_stays_a_figure(sentence, value):
    assert one(sentence)["value"] == value


# -- a rate joined to its unit by hyphens ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The port handles a 90,000 barrels-per-day flow of crude.", "barrels per day"),
        ("A 250-kilometre-per-hour line opened in May.", "kilometres per hour"),
    ],
)
def test_a_rate_joined_by_hyphens_is_part_of_the_unit(sentence, unit):
    assert one(sentence)["unit"] == unit


def test_a_unit_joined_by_a_hyphen_to_another_word_is_no_unit():
    assert one("The town opened three year-round shelters.")["unit"] == "shelters"


# -- a currency name joined to the number by a hyphen, shared by several currencies -------------------------------


def test_a_hyphenated_shared_name_takes_the_currency_the_article_names():
    text = "Bakers in Port Louis say the 6.25-rupee loaf no longer pays, Mauritius traders said."
    assert _money(text) == [("6.25-rupee", 6.25, "MUR")]


def test_a_hyphenated_shared_name_stays_open_where_the_article_names_no_country():
    assert _money("The 10-rupee coin is rarely seen now.") == [("10-rupee", 10, None)]


# -- cents with no money before them take the currency of the money after them ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("A cap of 9 cents per kilowatt-hour applies until March, after prices hit €210 a megawatt-hour.", "EUR"),
        ("Fares fall by 40 cents in June, and a monthly pass drops to A$150.", "AUD"),
    ],
)
def test_cents_with_no_money_before_them_take_the_currency_after_them(sentence, currency):
    assert _money(sentence)[0][2] == currency


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("A stamp now costs 73 cents.", 0.73),
        ("The cap of 9 cents per kilowatt-hour compares with ₹40 in Pune.", 0.09),  # the rupee's hundredth: paise
    ],
)
def test_cents_without_money_in_their_own_units_after_them_keep_their_own_currency(sentence, value):
    assert _money(sentence)[0][1:] == (value, "USD")


# -- sen, the hundredth of the ringgit --------------------------------------------------------------------------------


def test_sen_are_a_hundredth_of_the_money_near_them():
    assert _money("Shares of the refiner gained 14 sen to RM2.86 on Friday.")[0] == ("14 sen", 0.14, "MYR")


def test_sen_capitalised_before_a_full_stop_is_a_title():
    assert all(f["kind"] != "money" for f in figures("The vote drew 3 Sen. Republicans and 4 Democrats."))


# -- the abbreviation of a Canadian province in a dateline ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "SUDBURY, Ont. — The mine will pay $42 an hour, far above wages in the United States.",
        "LUNENBURG, N.S. — Scallop boats fetched $18 a pound, buyers in the United States said.",
    ],
)
def test_a_province_abbreviation_in_the_dateline_decides_a_bare_dollar(text):
    assert _money(text)[0][2] == "CAD"


def test_a_bare_dollar_in_a_story_from_an_american_town_stays_usd():
    assert _money("PORTLAND, Maine — The dock will pay $42 an hour, the United States agency said.")[0][2] == "USD"


# -- a place that marks a currency (US cents) is no place of the story ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cane growers near Bundaberg, Queensland, want $58 a tonne as raw sugar trades at 19 US cents a pound.",
        "Growers in Tasmania lost $3 million as the Australian dollar fell to 63 US cents.",
    ],
)
def test_a_place_before_cents_or_dollars_is_a_mark_not_a_place(text):
    assert _money(text)[0][2] == "AUD"


@pytest.mark.parametrize(
    "text",
    [
        "Cane growers in Queensland want $58 a tonne, as buyers in the US pay 19 cents a pound.",
        "Queensland miners earned $4 billion as coal gained against the US dollar.",
    ],
)
def test_a_place_named_on_its_own_or_before_its_dollar_still_counts(text):
    assert _money(text)[0][2] == "USD"


# -- one opening a range of ages ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "high"),
    [
        ("Children aged one to 11 can get the jab free.", 11),
        ("Toddlers aged from one to four were most at risk.", 4),
    ],
)
def test_one_opening_a_range_of_ages_is_its_first_end(sentence, high):
    figure = one(sentence)
    assert (figure["value"], figure["high"], figure["unit"]) == (1, high, "years")


def test_one_before_to_and_a_bare_number_is_no_figure_elsewhere():
    assert [f["value"] for f in figures("The club lost by one to 12 other bidders.")] == [12]


# -- a unit of measure after a/an and before of, in a sentence that prices it ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A litre of diesel now costs about €1.90 at the pump.",
        "The price of a kilo of rice has doubled since June.",
        "Traders said a tonne of cocoa fetched $9,800 on Tuesday.",
    ],
)
def test_the_unit_a_price_is_for_is_no_count(sentence):
    assert all(f["text"].split()[0].lower() not in ("a", "an") for f in figures(sentence))


def test_a_unit_counted_without_a_price_stays_a_count():
    assert one("Police seized a kilo of heroin at the port.")["text"] == "a kilo"


# -- a capitalised word and digits alone in brackets are a name -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Lava crossed the coast road (Highway 7) on Monday.",
        "Passengers were moved to the old terminal (Gate 12) overnight.",
    ],
)
def test_a_name_and_number_alone_in_brackets_are_a_name(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The fire destroyed many homes (about 40) in the valley.", 40),
        ("The march drew a crowd (About 300) to the square.", 300),
    ],
)
def test_a_count_in_brackets_stays_a_figure(sentence, value):
    assert one(sentence)["value"] == value


@pytest.mark.parametrize(
    "sentence",
    [
        'Homes in the "Marina 3" tower sold first.',
        "Crews reached the “Sector 12” camp by noon.",
    ],
)
def test_a_name_and_number_alone_in_quotation_marks_are_a_name(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ('Officials counted "About 70" boats.', 70),
        ('"Nearly 90 families lost their homes," the mayor said.', 90),
    ],
)
def test_a_count_in_quotation_marks_stays_a_figure(sentence, value):
    assert one(sentence)["value"] == value


# -- a capitalised word and digits that open a paragraph before a colon label it ---------------------------------------


@pytest.mark.parametrize("sentence", ["Example 3: a landlord kept the deposit.", "Part 2: the trial"])
def test_a_word_and_digits_before_a_colon_label_the_paragraph(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Example 3 shows a landlord who kept the deposit.", 3),
        ("Her verdict: Harbour 2, City 1.", 2),
    ],
)
def test_a_labelled_number_elsewhere_keeps_its_reading(sentence, value):
    assert figures(sentence)[0]["value"] == value


# -- a price joined by hyphens to the rate it is for -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "currency"),
    [
        ("Buyers offered a $6.50-a-pound price at the wharf.", "$6.50", "USD"),
        ("Cleaners won a £2-an-hour rise.", "£2", "GBP"),
    ],
)
def test_a_price_joined_to_its_rate_by_hyphens_is_money(sentence, text, currency):
    assert _money(sentence) == [(text, float(text[1:]), currency)]


@pytest.mark.parametrize("sentence", ["They played a six-a-side game.", "The 10-a-day target was missed."])
def test_a_bare_number_joined_to_a_rate_by_hyphens_is_no_figure(sentence):
    assert figures(sentence) == []


# -- ages a full stop closes, ages in words after people, and more people ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The award went to the team's goalkeeper, Ines Varga, 31. She thanked the fans.", "31"),
        ("“It was worth the wait,” said the new owner, Piet de Wit, 68.", "68"),
        ("The bakery is run by her grandson, Tomasz, 24.\nIt opens at dawn.", "24"),
    ],
)
def test_a_number_after_a_name_and_a_comma_that_ends_the_sentence_is_an_age(sentence, text):
    found = one(sentence)
    assert (found["text"], found["unit"]) == (text, "years")


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The grade set for the harbour pilot, Ola Dahl, 3.5.", "3.5"),
        ("The index ended the week at 104.", "104"),
        ("Her rival, Jonas Berg, 45 votes behind, conceded.", "45"),
        ("The final tally went to the Greens, 150.", "150"),
    ],
)
def test_a_decimal_a_count_of_a_noun_or_a_number_after_no_name_and_comma_is_no_age(sentence, text):
    found = [f for f in figures(sentence) if f["text"] == text]
    assert len(found) == 1 and found[0]["unit"] != "years"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Free dental checks are offered to children under five in the district.", "five"),
        ("The council froze rents for tenants over 70 last year.", "70"),
        ("Lenders may not refuse homeowners over sixty on age alone.", "sixty"),
    ],
)
def test_an_age_limit_after_people_is_read_in_digits_and_words(sentence, text):
    found = one(sentence)
    assert (found["text"], found["unit"]) == (text, "years")


@pytest.mark.parametrize(
    "sentence",
    [
        "Passengers under five feet tall ride free.",
        "Prices over 65 were rejected by the board.",
    ],
)
def test_an_age_limit_needs_people_before_it_and_no_noun_after_it(sentence):
    assert all(f["unit"] != "years" for f in figures(sentence))


# -- unit symbols reported by their name -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "unit", "canonical"),
    [
        ("The handset charges at 67W and sells for less.", "67W", "watts", "W"),
        ("Its main camera has a 108MP sensor.", "108MP", "megapixels", "megapixels"),
        ("The scooter runs on a 48V battery.", "48V", "volts", "volts"),
    ],
)
def test_a_capital_symbol_is_reported_by_its_name(sentence, text, unit, canonical):
    found = one(sentence)
    assert (found["text"], found["unit"], found["unit_canonical"]) == (text, unit, canonical)


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("The farm plans a 5MW solar array.", "5MW", "MW"),
        ("The phone ships with 256GB of storage.", "256GB", "GB"),
        ("The dial reads 85° at noon.", "85°", "°"),
    ],
)
def test_other_symbols_stay_as_printed(sentence, text, unit):
    found = one(sentence)
    assert (found["text"], found["unit"]) == (text, unit)


# -- qualifier words that a verb governs or an amount compares with ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The three fines add up to £1,800 for the cafe.", "£1,800"),
        ("We are talking about 600 seasonal jobs in the valley.", "600"),
        ("A flat now costs €30,000 more than two years ago.", "two years"),
        ("Turnout was 8% lower than four years ago.", "four years"),
        ("By Friday the bill for repairs went up to $2.4 million.", "$2.4 million"),
        ("The number of evacuees climbed up to 3,100 overnight.", "3,100"),
    ],
)
def test_a_governed_or_compared_qualifier_qualifies_nothing(sentence, text):
    found = [f for f in figures(sentence) if f["text"] == text]
    assert len(found) == 1 and found[0]["approx"] is None


@pytest.mark.parametrize(
    ("sentence", "text", "approx"),
    [
        ("The repairs will cost up to £1,800.", "£1,800", "up to"),
        ("The minister spoke about 20 minutes before leaving.", "20 minutes", "about"),
        ("The plant employs more than 600 people.", "600", "more than"),
        ("The toll is about 600 rupees.", "600 rupees", "about"),
        ("Seats in the upper tier go up to $40 each.", "$40", "up to"),
    ],
)
def test_a_qualifier_after_other_words_or_before_a_duration_stays(sentence, text, approx):
    found = [f for f in figures(sentence) if f["text"] == text]
    assert len(found) == 1 and found[0]["approx"] == approx


# -- an hour before a part of the day is a time ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The queue grew from seven in the evening until one in the morning.",
        "The generator starts at 5 in the morning.",
        "Crews worked until eleven at night.",
    ],
)
def test_an_hour_before_a_part_of_the_day_is_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Police detained five in the morning sweep.", 5),
        ("Rescuers found 14 in the morning.", 14),
        ("The clinic saw three in the afternoon-long session.", 3),
    ],
)
def test_a_count_before_a_part_of_the_day_without_a_word_of_time_stays(sentence, value):
    assert one(sentence)["value"] == value


# -- a currency that stands for itself before a participle or a noun it names the kind of ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Every rand wasted on fees is a rand lost to pupils.",
        "No official would put a euro figure on the damage.",
        "A shilling saved is a shilling earned, her father said.",
    ],
)
def test_a_currency_before_a_participle_or_a_kind_noun_is_no_amount(sentence):
    assert _money(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text", "currency"),
    [
        ("The ferry now charges a dollar more per crossing.", "a dollar", "USD"),
        ("She paid a euro for the map.", "a euro", "EUR"),
        ("Fares rose by a pound, added the operator.", "a pound", "GBP"),
    ],
)
def test_a_currency_before_other_words_stays_an_amount(sentence, text, currency):
    assert _money(sentence) == [(text, 1, currency)]


# -- a hyphen typed for a dash opens a sentence ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("MEDAN, Indonesia - Four years ago, the port stood empty.", "Four years", 4),
        ("Reporting from the border - Twelve families crossed overnight.", "Twelve", 12),
    ],
)
def test_number_words_after_a_spaced_hyphen_open_a_sentence(sentence, text, value):
    found = one(sentence)
    assert (found["text"], found["value"]) == (text, value)


@pytest.mark.parametrize("sentence", ["Fans cheered the Big Three on Sunday.", "The Famous Five books sold well."])
def test_capitalised_number_words_inside_a_sentence_stay_a_name(sentence):
    assert figures(sentence) == []


# -- labels joined to a label after a name marker ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The operator leases berths 8 to 11 to the consortium.",
        "Gates 4 and 5 were shut after the alarm.",
        "Commuters were moved to platforms 2 and 3.",
    ],
)
def test_a_label_joined_to_a_label_after_a_name_marker_is_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("Gate 4 and 200 staff were closed off.", "200", "staff"),
        ("Phase 1 and 300 homes are finished.", "300", "homes"),
        ("The shares rose to 11 from 8.", "11", None),
    ],
)
def test_a_count_after_a_label_or_a_join_without_one_stays(sentence, text, unit):
    found = [f for f in figures(sentence) if f["text"] == text]
    assert len(found) == 1 and found[0]["unit"] == unit


# -- qualifiers of a bound or a neighbourhood ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "approx"),
    [
        ("The peso traded as low as 19.8 pesos to the dollar.", "19.8 pesos", "as low as"),
        ("Ash fell as far as 90 km from the crater.", "90 km", "as far as"),
        ("His asking price is closer to £3 million.", "£3 million", "closer to"),
        ("Daytime highs near 42C are expected.", "42C", "near"),
    ],
)
def test_qualifiers_of_a_bound_or_a_neighbourhood(sentence, text, approx):
    found = [f for f in figures(sentence) if f["text"] == text]
    assert len(found) == 1 and found[0]["approx"] == approx


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The museum sits near Gate 4 and holds 900 paintings.", "900"),
        ("Her offer came closer to the mark than 12 others.", "12"),
    ],
)
def test_those_words_away_from_the_number_qualify_nothing(sentence, text):
    found = [f for f in figures(sentence) if f["text"] == text]
    assert len(found) == 1 and found[0]["approx"] is None


# -- an age after ``at`` and an event of a life ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The manager, who handed her a debut at 17, praised her.", "17"),
        ("Her family emigrated to Perth when she was small; she retired at 61.", "61"),
        ("Born in Kumasi, he moved to Leeds at 9. He never went back.", "9"),
    ],
)
def test_a_whole_number_after_at_and_a_life_event_is_an_age(sentence, text):
    found = [f for f in figures(sentence) if f["text"] == text]
    assert len(found) == 1 and found[0]["unit"] == "years"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The index closed at 46, up from 44.", "46"),
        ("The school opens at 9. Parents queue early.", "9"),
        ("The pair married at 22 in a small chapel.", "22"),
    ],
)
def test_a_whole_number_after_at_without_a_life_event_or_clause_end_is_no_age(sentence, text):
    found = [f for f in figures(sentence) if f["text"] == text]
    assert all(f["unit"] != "years" for f in found)


# -- the age of a thing or person passes on no unit; units of land and of a ship's size ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("A 61-year-old fisher who owns 14 boats spoke first.", "14", "boats"),
        ("The 30-year-old bridge carries 9,000 a day.", "9,000", None),
        ("A 90-year-old mill and 12 more were listed.", "12", None),
    ],
)
def test_an_age_printed_as_an_adjective_passes_on_no_unit(sentence, text, unit):
    found = [f for f in figures(sentence) if f["text"] == text]
    assert len(found) == 1 and found[0]["unit"] == unit


def test_people_of_an_age_pass_on_their_unit():
    found = [f for f in figures("Twelve 16-year-olds and 20 more sat the test.") if f["text"] == "20"]
    assert len(found) == 1 and found[0]["unit"] == "year-olds"


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("Growers near Khon Kaen planted 40 rai of cassava.", "40 rai", "rai"),
        ("The delta lost 3,000 feddans of cotton to salt.", "3,000 feddans", "feddans"),
        ("The yard delivered a tanker of 158,000 dwt.", "158,000 dwt", "dwt"),
    ],
)
def test_units_of_land_and_of_a_ships_size(sentence, text, unit):
    found = one(sentence)
    assert (found["text"], found["unit"]) == (text, unit)


def test_a_unit_word_alone_is_no_figure():
    assert figures("The rai is a Thai measure of land.") == []


# -- cents with no money printed around them are cents of the article's bare dollar ------------------------------


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Ferry tickets out of Lautoka will cost 20 cents more from May.", "FJD"),
        ("A litre of milk in Toowoomba went up 15 cents this week.", "AUD"),
        ("Parking meters in Saskatoon now take 75 cents an hour.", "CAD"),
    ],
)
def test_cents_alone_are_the_local_dollars(sentence, currency):
    assert [found[2] for found in _money(sentence)] == [currency]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bus rides in Ohio went up 25 cents last spring.",
        "The stamp costs 50 cents in Texas and 60 cents in Queensland.",
        "The coffee shop raised its price by 30 cents.",
    ],
)
def test_cents_alone_stay_us_cents_without_one_foreign_dollar(sentence):
    assert {found[2] for found in _money(sentence)} == {"USD"}


def test_cents_moving_to_a_bare_dollar_take_the_local_dollar():
    found = _money("In Nadi the cheapest fare rises from 85 cents to $1.10.")
    assert found == [("85 cents", 0.85, "FJD"), ("$1.10", 1.1, "FJD")]


def test_cents_moving_to_a_marked_dollar_take_its_currency():
    found = _money("Ferry fares in Suva go from 60 cents to US$1.")
    assert [currency for _, _, currency in found] == ["USD", "USD"]


# -- a dateline in title case decides between the countries of a shared name -------------------------------------


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Kandy — Growers in Sri Lanka were paid Rs 260 a kilo, more than buyers in India offered.", "LKR"),
        ("Lahore — Wheat rose to Rs 3,900 a maund, traders said, as flour from India stayed scarce.", "PKR"),
        ("Nuwara Eliya, Sri Lanka – Pickers earn Rs 1,350 a day; in India, wages are lower.", "LKR"),
    ],
)
def test_a_title_case_dateline_decides_a_shared_currency(text, currency):
    assert [found[2] for found in _money(text)] == [currency]


@pytest.mark.parametrize(
    "text",
    [
        "Markets — Traders in Colombo and in Mumbai both quoted Rs 410 for the grade.",
        "Tea prices in Colombo climbed to Rs 410 as demand from India rose — brokers said.",
    ],
)
def test_no_dateline_leaves_a_shared_currency_open(text):
    assert [found[2] for found in _money(text)] == ["INR"]


def test_a_dateline_in_capitals_comes_before_one_in_title_case():
    text = "KARACHI — Flour sold at Rs 150 a kilo.\n\nColombo — Buyers from Sri Lanka and India watched."
    assert [found[2] for found in _money(text)] == ["PKR"]


# -- pesos of Uruguay and of the Dominican Republic --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "currency"),
    [
        ("Dairy farmers near Montevideo get 14 pesos a litre.", "14 pesos", "UYU"),
        ("A Uruguayan vineyard sold its harvest for 2 million pesos.", "2 million pesos", "UYU"),
        ("The co-op borrowed 800,000 Dominican pesos last year.", "800,000 Dominican pesos", "DOP"),
        ("Taxi drivers in Santo Domingo asked for 50 pesos more a ride.", "50 pesos", "DOP"),
    ],
)
def test_pesos_of_uruguay_and_the_dominican_republic(sentence, text, currency):
    assert [(found, code) for found, _, code in _money(sentence)] == [(text, currency)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Growers in Uruguay and in Mexico were paid 9 pesos a kilo.",
        "The Dominican friar left 40 pesos in the alms box.",
    ],
)
def test_pesos_stay_open_between_two_countries_or_none(sentence):
    assert [code for _, _, code in _money(sentence)] == [None]


# -- towns of the north and west of Canada and of Western Australia decide a bare dollar --------------------------


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Whitehorse council set aside $2 million for a new arena roof.", "CAD"),
        ("Orchards across the Okanagan lost $40 million to the late frost.", "CAD"),
        ("A Yellowknife mine will spend $90 million on a winter road.", "CAD"),
        ("The Geraldton port upgrade will cost $120 million, the state said.", "AUD"),
        ("Fremantle dockworkers won a $3,000 bonus.", "AUD"),
    ],
)
def test_regional_towns_make_a_bare_dollar_local(sentence, currency):
    assert [code for _, _, code in _money(sentence)] == [currency]


@pytest.mark.parametrize(
    "sentence",
    [
        "A Whitehorse trucking firm and a Texas buyer settled for $5 million.",
        "Fremantle and Okanagan growers split a $2 million prize.",
        "A Klondike bar costs $3 at the county fair.",
    ],
)
def test_a_bare_dollar_stays_us_with_a_second_dollar_country(sentence):
    assert [code for _, _, code in _money(sentence)] == ["USD"]


# -- a change in cents counted "in ... terms" is in the currency named --------------------------------------------


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Colombo — Rubber fetched Rs 610 a kilo; latex slipped 9 cents a kilo, in US dollar terms.", "USD"),
        ("Suva — Kava sold at $60 a kilo, and prices rose 40 cents in euro terms at the port.", "EUR"),
        ("Suva — Copra sold at US$700 a tonne, while the price rose 12 cents in dollar terms.", "FJD"),
    ],
)
def test_cents_in_the_terms_of_a_named_currency(text, currency):
    assert [code for found, _, code in _money(text) if "cents" in found] == [currency]


def test_terms_of_no_currency_leave_the_cents_to_the_money_before():
    text = "Colombo — Rubber fetched Rs 610 a kilo; latex slipped 9 cents in real terms."
    assert [code for found, _, code in _money(text) if "cents" in found] == ["LKR"]


# -- an hour in words after "at" or "by", with no noun after it, is a time of day by the words around it -----------


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The bakers start every morning at four before the streets wake.", []),
        ("Shops open at eight and close by six, the council said.", []),
        ("We sold twelve pies at seven and had none left by ten.", ["twelve"]),
        ("Guards change each night at eleven, when the gates shut.", []),
    ],
)
def test_an_hour_in_words_is_a_time_of_day_by_its_neighbours(sentence, kept):
    assert [found["text"] for found in figures(sentence)] == kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The death toll stood at nine and was rising.", ["nine"]),
        ("The toll stood at seven, officials said on Tuesday night.", ["seven"]),
        ("She finished at five and her sister by seven places behind.", ["five", "seven"]),
        ("Every morning at six classes hold thirty pupils.", ["six", "thirty"]),
    ],
)
def test_an_hour_in_words_stays_a_count_without_them(sentence, kept):
    assert [found["text"] for found in figures(sentence)] == kept


# -- centavos are a hundredth of the money around them; cents on the dollar are the dollar's ---------------------


def test_centavos_take_the_currency_of_the_level_they_moved_to():
    found = _money("In Manila, a mining share slipped 65 centavos to P31.20, the Philippine bourse said.")
    assert found == [("65 centavos", 0.65, "PHP"), ("P31.20", 31.2, "PHP")]


def test_centavos_with_no_money_around_them_name_no_currency():
    assert _money("A bus ticket in Puebla rose 50 centavos.") == [("50 centavos", 0.5, None)]


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("The cedi firmed to 15.42 against the dollar, and Accra's bond rose 3 cents on the dollar.", "USD"),
        ("Bonds of a Brisbane miner fell 4 cents on the dollar after the ASX opened.", "AUD"),
    ],
)
def test_cents_on_the_dollar_are_the_articles_dollar(sentence, currency):
    assert [code for found, _, code in _money(sentence) if "cents" in found] == [currency]


@pytest.mark.parametrize(
    ("sentence", "currencies"),
    [
        ("The miner borrowed €40 million. Its bonds rose 2.5 cents to 64 cents on the dollar.", ["USD", "USD"]),
        ("After the €40 million loan, the notes slipped 3 cents to 88 cents US.", ["USD", "USD"]),
        ("Milk rose 3 cents to 95 cents a litre in Dublin, after a €2 billion aid deal.", ["EUR", "EUR"]),
    ],
)
def test_a_change_in_cents_takes_the_currency_of_the_cents_it_moved_to(sentence, currencies):
    assert [code for text, _, code in _money(sentence) if "cents" in text] == currencies


def test_cents_not_on_the_dollar_keep_the_money_before():
    found = _money("The cedi firmed to 15.42 against the dollar, and bread in Accra rose 40 cents a loaf.")
    assert [code for text, _, code in found if "cents" in text] == ["GHS"]


# -- square units in the singular, spaced or joined by hyphens -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "canonical"),
    [
        ("They rent a 45-square-metre studio near the port.", "45-square-metre", "square meters"),
        ("Each stall takes a 100 square foot pitch.", "100 square foot", "square feet"),
        ("A 30-square-meter room sleeps four.", "30-square-meter", "square meters"),
    ],
)
def test_square_units_in_the_singular(sentence, text, canonical):
    found = [f for f in figures(sentence) if f["text"] == text]
    assert len(found) == 1 and found[0]["unit_canonical"] == canonical


def test_a_square_that_is_no_unit_stays_apart():
    assert [f["text"] for f in figures("The 12 square tables seat four each.")] == ["12", "four"]


# -- grams written as a symbol are reported by name ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text"),
    [("A 250g tub of butter now costs more.", "250g"), ("Stir in 30 g of sugar.", "30 g")],
)
def test_a_gram_symbol_is_reported_as_grams(sentence, text):
    found = one(sentence)
    assert (found["text"], found["unit"]) == (text, "grams")


@pytest.mark.parametrize(("sentence", "unit"), [("A 2kg sack of rice.", "kg"), ("A 400mg tablet.", "mg")])
def test_other_mass_symbols_stay_as_printed(sentence, unit):
    assert one(sentence)["unit"] == unit


# -- letters and codes of the Rwandan franc, the Nepalese rupee and the Malawian kwacha ------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("A new ward in Huye will cost Rwf 950 million.", "Rwf 950 million", 9.5e8, "RWF"),
        ("Traders paid FRw 600 for a litre of milk.", "FRw 600", 600, "RWF"),
        ("Hydropower exports earned NPR 3.2 billion in a year.", "NPR 3.2 billion", 3.2e9, "NPR"),
        ("Maize sold for MK4,500 a bag at Mzuzu market.", "MK4,500", 4500, "MWK"),
        ("Teachers in Zomba want 90,000 kwacha a month.", "90,000 kwacha", 90000, "MWK"),
        ("Copper levies in Lusaka reached 3 million kwacha.", "3 million kwacha", 3e6, "ZMW"),
    ],
)
def test_rwandan_nepalese_and_malawian_money(sentence, text, value, currency):
    assert _money(sentence) == [(text, value, currency)]


@pytest.mark.parametrize(
    "sentence",
    ["The MK4,500 mixer ships in May.", "A ticket costs 500 kwacha at the gate."],
)
def test_kwacha_letters_and_name_need_the_country_to_name_a_currency(sentence):
    assert all(code not in {"MWK", "ZMW"} for _, _, code in _money(sentence))


# -- a bare $ beside a marked foreign dollar and a marked US dollar is the dollar of the article's places -------------


def test_bare_dollar_is_local_where_both_dollars_are_marked_and_places_agree():
    found = _money(
        "Growers near Toowoomba in Queensland paid A$520 a tonne for urea, while the Chicago price rose to "
        "US$7.10 a bushel; the local depot lifted its levy to $21."
    )
    assert found[-1] == ("$21", 21, "AUD")


def test_a_place_named_in_passing_does_not_outweigh_the_marked_dollar():
    found = _money(
        "A Tasmania brewer who trained in Christchurch sells kegs for A$390 and imports hops at US$14 a kilo; "
        "a pint costs $12."
    )
    assert found[-1] == ("$12", 12, "AUD")


def test_bare_dollar_stays_us_where_places_name_another_dollar_than_the_marked_one():
    found = _money("Ontario fund managers bought A$2 billion of bonds and US$1 billion of notes for $40 million in fees.")
    assert found[-1][2] != "AUD"


# -- an East African capital in the masthead decides shared shilling letters ------------------------------------------


@pytest.mark.parametrize(
    ("head", "amount", "currency"),
    [
        ("The Kampala Tribune\nNews | Business", "Shs 7.2 billion", "UGX"),
        ("The Dar es Salaam Courier\nHome | Regions", "Sh 640 million", "TZS"),
        ("Nairobi Evening Post\nCounties | Sport", "Shs 95 million", "KES"),
    ],
)
def test_an_east_african_capital_masthead_decides_shilling_letters(head, amount, currency):
    assert _page_money(head, amount) == [currency]


def test_shilling_letters_with_two_capitals_in_the_masthead_stay_as_printed():
    assert _page_money("The Lake Basin Review\nKampala | Nairobi | Kigali", "Shs 7.2 billion") == ["KES"]


# -- money in a currency without a hundredth in use lends no currency to plain cents ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Exporters in Osaka got ¥820 a kilo. Back home in Geelong, the farmgate price rose 5 cents.", "AUD"),
        ("Seoul buyers paid ₩3,400 a tray, and eggs in Ohio went up 12 cents.", "USD"),
    ],
)
def test_cents_after_yen_or_won_keep_their_own_dollar(sentence, currency):
    assert [code for text, _, code in _money(sentence) if "cents" in text] == [currency]


def test_cents_after_a_currency_with_cents_still_take_it():
    found = _money("Fuel in Lyon hit €1.92 a litre, up 4 cents in a week.")
    assert [code for text, _, code in found if "cents" in text] == ["EUR"]


# -- a span of time then "to" and a bare number is the span and the level reached, not a range ----------------------


@pytest.mark.parametrize(
    ("sentence", "span", "level"),
    [
        ("The number of village schools fell in two decades to about 60.", "two decades", "60"),
        ("Its staff shrank over five years to 140.", "five years", "140"),
    ],
)
def test_a_span_of_time_then_to_and_a_bare_number_is_no_range(sentence, span, level):
    found = figures(sentence)
    assert [(f["text"], f["high"]) for f in found] == [(span, None), (level, None)]
    assert found[1]["unit_canonical"] is None  # no unit of time passed on (the number of schools: schools)


@pytest.mark.parametrize(
    ("sentence", "text", "high"),
    [("Crews walk 8 km to 12 km along the ridge.", "8 km to 12 km", 12), ("The trip takes 3 to 5 hours.", "3 to 5 hours", 5)],
)
def test_ranges_with_a_unit_after_the_second_end_stay_ranges(sentence, text, high):
    assert [(f["text"], f["high"]) for f in figures(sentence)] == [(text, high)]


# -- number words after a capitalised name marker or after "number" are labels -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Phase two of the rail link opens in spring.",
        "The Version four firmware fixed the bug.",
        "Price is the number two worry for shoppers.",
    ],
)
def test_number_words_after_a_name_marker_or_number_are_labels(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("No two reports agreed on the cause.", "two"),
        ("A small number of three-room flats remain.", "three-room"),
        ("The station hired three porters.", "three"),
    ],
)
def test_number_words_after_other_words_stay_figures(sentence, text):
    assert [f["text"] for f in figures(sentence)] == [text]


def test_a_level_after_from_a_duration_to_still_takes_its_unit():
    found = figures("The new gates will cut queues at the border from six hours to four.")
    assert [(f["text"], f["unit"]) for f in found][-1] == ("four", "hours")


def test_a_name_marker_that_opens_a_quote_still_labels():
    assert figures('The engineer smiled. "Phase three will need a crane," she said.') == []


# -- figs33: ``over`` right after an amount compares it with the figure after ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The mayor took 58% over three rivals.", "three"),
        ("Turnout rose to 4,100 over 3,800 last time.", "3,800"),
    ],
)
def test_over_after_an_amount_compares_and_qualifies_nothing(sentence, text):
    found = [f for f in figures(sentence) if f["text"] == text]
    assert len(found) == 1 and found[0]["approx"] is None


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The mayor took over three wards.", "three"),
        ("They have served for over 12 years.", "12 years"),
    ],
)
def test_over_after_a_word_still_qualifies(sentence, text):
    found = [f for f in figures(sentence) if f["text"] == text]
    assert len(found) == 1 and found[0]["approx"] == "over"


# -- a range after ``by``: a dash joins two ends; ``to`` before coins joins close ends -------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "high"),
    [
        ("Bus fares will rise by 20-30 cents next year.", "20-30 cents", 0.2, 0.3),
        ("Rents went up by 200-300 pounds a month.", "200-300 pounds", 200, 300),
        ("Night temperatures could drop by 3-5 degrees.", "3-5 degrees", 3, 5),
        ("Growers may see prices improve by 10 to 15 cents a bushel.", "10 to 15 cents", 0.1, 0.15),
        ("The levy would lift bills by 4 to 6 pence a litre.", "4 to 6 pence", 0.04, 0.06),
    ],
)
def test_a_range_after_by_is_one_figure(sentence, text, value, high):
    [found] = figures(sentence)
    assert (found["text"], found["value"], found["high"]) == (text, pytest.approx(value), pytest.approx(high))


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("The shares fell by 9 to 215 cents.", ["9", "215 cents"]),
        ("The index eased by 0.5% to 3.2%.", ["0.5%", "3.2%"]),
    ],
)
def test_a_change_after_by_and_the_level_it_reached_stay_two_figures(sentence, texts):
    assert [f["text"] for f in figures(sentence)] == texts


# -- an emergency number before a word for calls is no figure ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The pilot sends social workers to some 911 calls in the city.",
        "The 999 dispatcher stayed on the line until help came.",
        "Most 112 calls in the region are answered within eight seconds.",
        "Residents complained that the 911 system crashed twice.",
        "Phones at the county's 911 Operations Center rang all night.",
        "Staff moved to the 999 backup centre at dawn.",
        "911 Director Ann Lee said the lines held.",
    ],
)
def test_an_emergency_number_before_a_word_for_calls_is_no_figure(sentence):
    assert all(f["text"] not in ("911", "999", "112") for f in figures(sentence))


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The call centre took 912 calls last week.", "912"),
        ("The helpline handled 999 requests last year.", "999"),
    ],
)
def test_a_count_of_calls_or_of_other_things_is_a_figure(sentence, text):
    assert text in [f["text"] for f in figures(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police urged anyone who sees a drunk driver to call 999 straight away.",
        "She rang 112 when the smoke reached the stairs.",
        "Neighbours called 911 twice that night.",
    ],
)
def test_an_emergency_number_after_a_verb_of_calling_is_no_figure(sentence):
    assert all(f["text"] not in ("911", "999", "112") for f in figures(sentence))


@pytest.mark.parametrize(
    ("sentence", "text"),
    [("Detectives called 112 witnesses over the summer.", "112"), ("The firm called 111 people back.", "111")],
)
def test_a_count_after_a_verb_of_calling_is_a_figure(sentence, text):
    assert text in [f["text"] for f in figures(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Anyone unsure should hang up and call 999 or 101 to check the caller is genuine.",
        "Residents can report potholes by calling 311, the city said.",
        "If you see him, please call 101 or use the online form.",
        "In an emergency, dial 999 or 112 from any phone.",
    ],
)
def test_a_public_service_number_or_one_after_another_and_or_is_no_figure(sentence):
    assert all(f["text"] not in ("101", "311", "112", "999") for f in figures(sentence))


@pytest.mark.parametrize(
    ("sentence", "text"),
    [("The firm called 101 workers back after the strike.", "101"), ("Call 999 or 150 staff will be sent.", "150")],
)
def test_a_count_after_a_number_to_call_is_still_a_figure(sentence, text):
    assert text in [f["text"] for f in figures(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The car stopped outside 14 Harbour Mews shortly after midnight.",
        "The cafe at 3 Baker's Row reopened on Friday.",
        "A fire broke out at 22 Elm Grove on Sunday.",
    ],
)
def test_a_house_number_before_a_british_street_word_is_no_figure(sentence):
    assert figures(sentence) == []


# -- an age in brackets after a name spelt with accents ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Áine Costello (58), of Main Street, pleaded guilty to theft.", "58"),
        ("Zoë Ní Bhriain (33) was fined €500.", "33"),
        ("Séamus Dónaill (71), from Tuam, died at the scene.", "71"),
    ],
)
def test_an_age_in_brackets_after_an_accented_name(sentence, text):
    [age] = [f for f in figures(sentence) if f["text"] == text]
    assert (age["value"], age["unit"]) == (int(text), "years")


@pytest.mark.parametrize("sentence", ["Team GB (51) topped the table.", "The NHS Trust (12) replied."])
def test_brackets_after_capitals_hold_no_age(sentence):
    assert all(f["unit"] != "years" for f in figures(sentence))


# -- a bare $ beside the story's own dollar and the US dollar, each marked --------------------------------------


def test_a_bare_dollar_is_the_storys_own_where_both_it_and_the_us_dollar_are_marked():
    text = (
        "Hawke's Bay airline Kowhai Air has ordered four turboprops worth NZ$120 million for routes to Auckland. "
        "The engines will cost US$40 million. A Hong Kong fund bought a stake for HK$60 million. "
        "Kowhai Air, which flies from Hawke's Bay to Auckland and Tauranga, rose 9 cents to $2.19 on the NZX."
    )
    money = {f.text: f.currency for a in parse(text) for f in a.figures if f.kind == "money"}
    assert money["$2.19"] == "NZD" and money["9 cents"] == "NZD" and money["US$40 million"] == "USD"


# -- two capitals against an amount name its currency in an article naming it; more hundredth coins --------------


@pytest.mark.parametrize(
    ("sentence", "text", "currency"),
    [
        ("In Bahrain, visitors spent an average of BD137 per trip.", "BD137", "BHD"),
        ("A Kuwaiti court in Kuwait City set a KD50 fine for each breach.", "KD50", "KWD"),
        ("Qatar's shops in Doha charge QR15 for a bag, traders said.", "QR15", "QAR"),
    ],
)
def test_two_capitals_against_a_small_amount_name_its_currency(sentence, text, currency):
    assert (text, int(text[2:]), currency) in _money(sentence)


@pytest.mark.parametrize(
    "sentence", ["The SR-71 flew over Saudi Arabia in 1970.", "In Qatar, scan the QR2/3 code at the gate."]
)
def test_two_capitals_joined_to_more_of_a_code_are_no_amount(sentence):
    assert _money(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("Zambia borrowed $2 billion, and bus fares in Lusaka rose by 80 ngwee.", "80 ngwee", 0.8, "ZMW"),
        ("Bread in Lilongwe went up 50 tambala a loaf.", "50 tambala", 0.5, "MWK"),
    ],
)
def test_hundredth_coins_of_african_currencies(sentence, text, value, currency):
    assert (text, pytest.approx(value), currency) in _money(sentence)


# -- pounds before a unit of a price; a house number before a comma and its street ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("London cocoa lost 5.8% to 5,176 pounds a ton.", "5,176 pounds"),
        ("Wool prices dropped to 90 pounds per tonne at the mart.", "90 pounds"),
    ],
)
def test_pounds_before_a_unit_are_a_price_whatever_words_of_weight(sentence, text):
    assert (text, float(text.split()[0].replace(",", "")), "GBP") in _money(sentence)


@pytest.mark.parametrize("sentence", ["She lost 25 pounds a year after the surgery.", "He lost 20 pounds in a month."])
def test_pounds_lost_over_a_time_stay_a_weight(sentence):
    assert _money(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    ["The exporter has an office at 14, Market Yard Road, Lasalgaon.", "Its office is at 7, Park Street, Kolkata."],
)
def test_a_house_number_before_a_comma_and_its_street_is_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The roastery at 2417 SE Division St. opened in 2019.",
        "Police were called to a house at 900 NW Lovejoy Street on Friday.",
        "The cafe at 15 W. Main St. closes on Sunday.",
    ],
)
def test_a_house_number_before_a_compass_point_and_its_street_is_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence", ["The “stage three” tax cuts start in July.", 'The "phase two" rollout of the meters begins next week.']
)
def test_number_words_closing_a_quote_a_name_marker_opens_label_it(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence", ["He said “stage” three times.", "In the first round two riders withdrew."])
def test_number_words_after_a_quoted_or_bare_marker_word_still_count(sentence):
    assert [f["value"] for f in figures(sentence)] == [3 if "three" in sentence else 2]


def test_a_count_before_a_capital_letter_that_opens_no_street_stays_a_figure():
    assert [f["value"] for f in figures("About 500 E coli cases were reported.")] == [500]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The Lae market in Lae will cost K48 million, the Morobe council in Lae said.", "K48 million", 48e6),
        ("Traders in Mount Hagen and Goroka said stall fees rose to K8 a day.", "K8", 8),
    ],
)
def test_kina_in_a_story_from_a_papua_new_guinea_town(sentence, text, value):
    assert (text, value, "PGK") in _money(sentence)


def test_a_story_from_new_zealands_public_broadcaster_reads_its_bare_dollar_as_nzd():
    text = (
        "A deep-sea survey of the Kermadec trench found coral reefs that no one had mapped, scientists told RNZ. "
        "The survey cost about $4.8m, and the Kermadecs team wants NZ$34 million more, RNZ reported."
    )
    money = {f.text: f.currency for a in parse(text) for f in a.figures if f.kind == "money"}
    assert money["$4.8m"] == "NZD"


# -- one to a number in words before a counted noun is a range; a scope of emissions is a name --------------------


@pytest.mark.parametrize(
    ("sentence", "text", "high"),
    [
        ("A neutral map could shift one to two seats to the opposition.", "one to two", 2),
        ("The guide awards one to five stars to each home.", "one to five", 5),
    ],
)
def test_one_to_a_number_in_words_before_a_counted_noun_is_a_range(sentence, text, high):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["high"]) == (text, 1, high)


@pytest.mark.parametrize("sentence", ["They held a one to one meeting.", "He was one to watch this season."])
def test_one_to_one_or_to_a_verb_is_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    ["The scope 3 emissions were not a remote matter.", "Scope 2 emissions fell last year.", "It worked best against serotype 2."],
)
def test_a_scope_of_emissions_is_a_name(sentence):
    assert figures(sentence) == []


# -- a broadcaster's call sign before its channel number opening a sentence ---------------------------------------


@pytest.mark.parametrize("sentence", ["WFTH 6 Chief Meteorologist Brooke Sandoval said the storm had passed.", "KPTR 2 News first reported the fire."])
def test_a_call_sign_and_its_channel_number_are_a_name(sentence):
    assert figures(sentence) == []


def test_an_acronym_of_three_letters_before_a_count_opening_a_sentence_is_no_call_sign():
    assert [f["text"] for f in figures("WHO 2 teams arrived on Monday.")] == ["2"]


# -- the Swiss franc as Swiss papers print it, and a pay band's or a listing's number -----------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The campaign spent Fr. 6.8 million, the Federal Chancellery in Bern said.", "Fr. 6.8 million", 6.8e6),
        ("A day pass costs Fr. 45 in Zurich.", "Fr. 45", 45),
        ("The Geneva bakery charges SFr 12 for a loaf.", "SFr 12", 12),
    ],
)
def test_fr_before_an_amount_is_the_swiss_franc_in_an_article_on_switzerland(sentence, text, value):
    assert _money(sentence) == [(text, value, "CHF")]


def test_fr_before_an_amount_with_no_swiss_place_is_no_franc():
    assert _money("The campaign spent Fr. 6.8 million, the auditors said.") == []


@pytest.mark.parametrize(
    "sentence", ["Shares listed under stock code 3389 rose.", "She was a band 6 nurse for years.", "The code 1234 opened it."]
)
def test_a_band_or_code_number_is_a_name(sentence):
    assert figures(sentence) == []


def test_a_count_after_a_noun_band_is_still_a_figure():
    assert [f["text"] for f in figures("The band played 6 songs.")] == ["6"]


# -- more ISO 4217 codes, and the masthead's place when the body marks another dollar apart ----------------------


@pytest.mark.parametrize(
    ("sentence", "text", "currency"),
    [
        ("Bread rose to IQD 850 a loaf in Basra.", "IQD 850", "IQD"),
        ("The fare is TND 12 in Tunis.", "TND 12", "TND"),
        ("The plant cost MMK 40 billion.", "MMK 40 billion", "MMK"),
    ],
)
def test_more_iso_codes_before_an_amount_name_its_currency(sentence, text, currency):
    assert [(t, c) for t, _, c in _money(sentence)] == [(text, currency)]


@pytest.mark.parametrize("sentence", ["Countries pledged to meet SDG 13 by 2030.", "ALL 5 members voted."])
def test_capitalised_words_that_are_codes_too_are_no_currency(sentence):
    assert _money(sentence) == []


def test_a_mastheads_place_settles_a_bare_dollar_the_body_sets_apart_from_another():
    page = (
        "Harbour Local Voices\n\nRegional news from around Aotearoa\n\n"
        "Manawaroa votes to join water entity despite rates warning\n\n"
        "Manawaroa District Council voted on Monday to join a new water entity.\n\n"
        "Average water bills would rise to $2,050 a year by 2034, against A$1,240 across the Tasman.\n"
    )
    [article] = parse(page).articles
    assert [(f.text, f.currency) for f in article.figures if f.kind == "money"] == [("$2,050", "NZD"), ("A$1,240", "AUD")]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Petrol will fall by 42 cents a litre from Wednesday. A litre will now cost R21.43 in Gauteng.", "ZAR"),
        ("Diesel drops 17 cents a litre. Nairobi pump prices fall to KSh 180.", "KES"),
        ("The levy rises by 12 cents a litre. The scheme will cost €410 million over five years.", "EUR"),
        ("The levy rises by 12 cents a litre. It will cost R410 million, or about $22 million.", "USD"),
        ("Banks charge as much as 45 cents on every $100 sent. The scheme cost R9 billion.", "USD"),
    ],
)
def test_plain_cents_are_the_cents_of_the_one_currency_named_without_a_dollar(text, currency):
    assert _money(text)[0][2] == currency
