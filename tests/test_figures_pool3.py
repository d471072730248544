"""Kinds of figure that the used pool's pages missed or added (third pass): one section per kind, each a rule of
English number grammar or of a currency's places.

Every sentence was written for these tests; none is copied from a page the rules were measured on.
"""

from __future__ import annotations

import pytest

from .test_figures import figures


def _money(sentence: str) -> list[tuple[str, float, float | None, str | None]]:
    return [(f["text"], f["value"], f["high"], f["currency"]) for f in figures(sentence) if f["kind"] == "money"]


def _found(sentence: str) -> list[tuple[str, float, float | None, str | None]]:
    return [(f["text"], f["value"], f["high"], f["unit"]) for f in figures(sentence)]


# -- words that name a dollar's country weakly (table weak_currency_places): twice, and no other place --------------


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("The Australian miner posted a profit of $80 million. Its Melbourne office will close next year.", "AUD"),
        ("Sydney councillors want $12 million for buses, and Sydney's mayor agrees.", "AUD"),
        ("Toronto landlords raised rents by $300 a month, Toronto tenants say.", "CAD"),
        ("A Canadian grocer earned $45 million, its Winnipeg managers said.", "CAD"),
    ],
)
def test_weak_places_named_twice_make_a_bare_dollar_theirs(sentence, currency):
    assert {code for *_, code in _money(sentence)} == {currency}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Australian actress signed a $20 million deal for the film.",  # named once
        "A Sydney firm and a Toronto bank shared a $5 million fee.",  # two dollars named
        "The Canadian dollar slipped as the Canadian dollar traders sold; the bond paid $40 million.",  # the currency
        "The Toronto team played in Texas, and Toronto fans paid $90 a ticket.",  # a place of the United States
    ],
)
def test_weak_places_once_or_beside_others_leave_a_bare_dollar_usd(sentence):
    assert {code for *_, code in _money(sentence)} == {"USD"}


def test_a_strong_place_still_decides_before_weak_ones():
    assert {code for *_, code in _money("Queensland growers, unlike Toronto buyers, paid $2 million.")} == {"AUD"}


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("The NZX 50 fell 0.4 percent and the dairy exporter slid to $6.10.", "NZD"),
        ("On the TSX the miner closed at $14.25 after the report.", "CAD"),
    ],
)
def test_a_country_s_stock_exchange_names_its_dollar(sentence, currency):
    assert {code for *_, code in _money(sentence)} == {currency}


# -- X or Y: two amounts where the first is printed whole and precise; a range where it is bare or both are round --


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The hatchback sells for $31,990 or $33,490, depending on trim.", [("$31,990", 31990, None, None),
                                                                            ("$33,490", 33490, None, None)]),
        ("Imports may cover 62.5 per cent or 70.25 per cent of demand.", [("62.5 per cent", 62.5, None, None),
                                                                          ("70.25 per cent", 70.25, None, None)]),
        ("Tickets cost £25.50 or £35 at the door.", [("£25.50", 25.5, None, None), ("£35", 35, None, None)]),
    ],
)
def test_or_between_two_precise_amounts_printed_whole_gives_two_figures(sentence, expected):
    assert [(t, v, h, None) for t, v, h, _ in _found(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("Imports may cover 60 per cent or 70 per cent of demand.", "60 per cent or 70 per cent", 60, 70),
        ("Tickets cost £25 or £35 at the door.", "£25 or £35", 25, 35),
        ("A plot costs Rs 400 or Rs 600 a yard.", "Rs 400 or Rs 600", 400, 600),
        ("Fans gave €10 or €20 each.", "€10 or €20", 10, 20),
    ],
)
def test_or_between_two_round_sums_or_percentages_is_a_range(sentence, text, low, high):
    assert [(t, v, h) for t, v, h, _ in _found(sentence)] == [(text, low, high)]


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Rents may rise 3 or 4 per cent next year.", 3, 4),
        ("The repairs take two or three weeks.", 2, 3),
        ("A new pump costs 40 or 50 dollars.", 40, 50),
    ],
)
def test_or_after_a_bare_first_end_stays_a_range(sentence, low, high):
    (found,) = _found(sentence)
    assert (found[1], found[2]) == (low, high)


# -- X out of Y: a count of a counted whole, a ratio of a proportion's base ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Inspectors faulted 12 out of 87 care homes last year.", [("12", 12, None, None),
                                                                   ("87", 87, None, "homes")]),
        ("Seventeen out of 40 councils missed the target.", [("Seventeen", 17, None, None),
                                                             ("40", 40, None, "councils")]),
    ],
)
def test_out_of_a_counted_whole_gives_two_counts(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine out of ten dentists agree.",
        "Seven out of 10 shoppers paid by card.",
        "Only 95 out of 100 seats were filled.",
        "Three out of four voters backed him.",
    ],
)
def test_out_of_a_proportion_s_base_stays_a_ratio(sentence):
    assert _found(sentence) == []


# -- short forms of miles and of spans of time are reported by name --------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The trail climbs 4.5 mi to the ridge.", "miles"),
        ("The ferry left 25 mins late.", "minutes"),
        ("Doors open in 15min.", "minutes"),
        ("The flight took 11hrs with a stop.", "hours"),
        ("He served 6 yrs in the navy.", "years"),
        ("The runner finished in 9 secs flat.", "seconds"),
    ],
)
def test_short_forms_of_miles_and_time_are_reported_by_name(sentence, unit):
    assert figures(sentence)[0]["unit"] == unit


def test_other_symbols_stay_as_printed():
    assert [f["unit"] for f in figures("The lorry carried 12 kg over 30 km.")] == ["kg", "km"]


# -- Swedish kroner: the name a paper may print for the krona ---------------------------------------------------------


def test_swedish_kroner_are_swedish_money():
    assert _money("The fund holds 250 million Swedish kroner in bonds.") == [
        ("250 million Swedish kroner", 250_000_000, None, "SEK")
    ]


def test_kroner_with_no_country_stay_open():
    assert _money("The fund holds 250 million kroner in bonds.") == [("250 million kroner", 250_000_000, None, None)]


# -- a bare scaled number compared with an amount past a dash takes its currency -------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Farm aid came to 2.1 trillion won – down from 2.4 trillion a year earlier.", "KRW"),
        ("The levy raised €6 billion — up from 5.2 billion in 2022.", "EUR"),
    ],
)
def test_a_scaled_number_after_a_dash_and_from_takes_the_amount_s_currency(sentence, expected):
    assert [code for *_, code in _money(sentence)] == [expected, expected]


def test_a_count_after_a_dash_and_from_stays_a_count():
    assert _money("The app earned €6 billion – up from 5.2 billion users.") == [("€6 billion", 6e9, None, "EUR")]


# -- a place before -based tells where a company is from, seen from elsewhere: no place of the story -----------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Calgary, Alberta-based driller said profit rose to $310 million.",
        "Shares of the Brisbane-based retailer fell to $4.10. Profit was $90 million.",
        "The Sydney-based lender and the Melbourne-based insurer will merge in a $2 billion deal.",
    ],
)
def test_a_place_before_based_does_not_decide_a_bare_dollar(sentence):
    assert {code for *_, code in _money(sentence)} == {"USD"}


def test_a_place_named_on_its_own_still_decides():
    found = _money("The Brisbane council, like the Brisbane-based insurer, set aside $5 million.")
    assert {code for *_, code in found} == {"AUD"}


def test_a_based_place_leaves_the_story_s_country_to_its_other_places():
    sentence = (
        "New Zealand shares slipped on the NZX as the Auckland market reopened. The Perth-based miner and the "
        "Adelaide-based bank fell, and the New Zealand airline lost 3 percent to $1.42."
    )
    assert {code for *_, code in _money(sentence)} == {"NZD"}


# -- a named hundredth joined by a hyphen is money, as cents and pence are --------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The rupee moved in a 35-paise band all week.", [("35-paise", 0.35, None, "INR")]),
        ("Collectors prize the old 50-kopeck coin.", [("50-kopeck", 0.5, None, "RUB")]),
    ],
)
def test_a_hyphened_named_hundredth_is_money(sentence, expected):
    assert _money(sentence) == expected


# -- and a-half: the hyphen some papers print before half -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The trial ran for three and a-half weeks.", "three and a-half weeks", 3.5),
        ("The bridge took one and a-half years to mend.", "one and a-half years", 1.5),
    ],
)
def test_and_a_hyphened_half_adds_a_half(sentence, text, value):
    assert [(f["text"], f["value"]) for f in figures(sentence)] == [(text, value)]


# -- a number word after a hyphen is no noun the first counts ---------------------------------------------------------


@pytest.mark.parametrize("sentence", ["Repairs need a two-three week closure.", "Expect a four-five hour delay."])
def test_a_number_word_after_a_hyphen_is_no_counted_noun(sentence):
    assert all(f["unit"] not in ("threes", "fives") for f in figures(sentence))


def test_a_noun_after_a_hyphen_is_still_counted():
    assert [(f["text"], f["unit"]) for f in figures("A four-storey block burned.")] == [("four-storey", "storeys")]


# -- in: a part equal to the whole is no ratio -------------------------------------------------------------------------


def test_an_age_and_a_time_joined_by_in_are_two_figures():
    assert [f["value"] for f in figures("My son turns five in five weeks.")] == [5, 5]


@pytest.mark.parametrize("sentence", ["One in five homes floods.", "Two in three voters agree."])
def test_a_smaller_part_in_a_whole_stays_a_ratio(sentence):
    assert figures(sentence) == []


# -- eight digits that are two years a few apart: a span whose dash was lost ------------------------------------------


@pytest.mark.parametrize("sentence", ["The council's 20242028 plan was approved.", "The 19951999 records were lost."])
def test_two_years_joined_without_a_dash_are_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence", ["The code was 20123456 on the form.", "The file held 19952010 records."])
def test_other_eight_digits_stay_figures(sentence):
    assert len(figures(sentence)) == 1


# -- a contracted he's/she's/who's before a bare number gives an age ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    ["The coach, who's 61, stays on.", "Nobody asks whether she's 39 or not.", "They say he’s 72 and still runs."],
)
def test_a_contracted_clause_before_a_bare_number_gives_an_age(sentence):
    assert figures(sentence)[0]["unit"] == "years"


@pytest.mark.parametrize("sentence", ["It's 30 outside.", "She's 12 points ahead."])
def test_other_contractions_give_no_age(sentence):
    assert figures(sentence)[0]["unit"] != "years"


# -- the Victorian Government is a body of Australia, Victoria alone no place --------------------------------------------


def test_the_victorian_government_names_australia():
    assert _money("The Victorian Government will spend $90 million on trams.") == [("$90 million", 9e7, None, "AUD")]


def test_victoria_alone_names_no_dollar():
    assert _money("Victoria will spend $90 million on trams.") == [("$90 million", 9e7, None, "USD")]


# -- from a/an before the first end still opens a change ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("The toll will go from a $2.75 to $3.10 next spring.", ["$2.75", "$3.10"]),
        ("Support climbed from an 8% to a 12% share.", ["8%", "12%"]),
    ],
)
def test_from_an_article_and_a_change_verb_give_two_figures(sentence, texts):
    assert [f["text"] for f in figures(sentence)] == texts


def test_from_an_article_after_a_range_verb_stays_a_range():
    (found,) = figures("Plots ranged from a $5,000 to $9,000 price.")
    assert (found["value"], found["high"]) == (5000, 9000)


# -- a bare scaled number, its conversion in brackets, and an amount that names the currency of both ------------------


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Schools get 12 billion ($80m) and hospitals 9 billion yen ($60m).", None),  # not joined right after
        ("The plan costs 12 billion ($80m) and 9 billion yen ($60m) a year.", "JPY"),
        ("Grants total 3 million (€3.4m) or 5 million pounds (€5.7m).", "GBP"),
    ],
)
def test_a_bare_number_with_a_conversion_joined_to_a_named_amount_takes_its_currency(sentence, currency):
    first = figures(sentence)[0]
    assert (first["kind"], first["currency"]) == (("money", currency) if currency else ("quantity", None))


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales were 3 million (a record) and 4 million euros went to tax.",  # no conversion in the brackets
        "It costs 16 billion ($238m) and €4 billion more.",  # the sign names only its own amount
    ],
)
def test_a_bare_number_without_a_conversion_or_before_a_sign_stays_a_count(sentence):
    assert figures(sentence)[0]["kind"] == "quantity"
