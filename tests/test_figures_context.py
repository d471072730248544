"""Figures: African and Romanian currencies, currencies the article decides, hyphenated unit phrases, rates,
energy units, ages after ``at``, nouns that are verbs, percent after a possessive name, ``an average of``."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from newsparse import parse
from tests.test_figures import figures, one


def _money(sentence: str) -> list[tuple[str, float | None, str | None]]:
    return [(f["text"], f["value"], f["currency"]) for f in figures(sentence) if f["kind"] == "money"]


# -- currencies ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("The county set aside Sh1.8 billion for roads.", "Sh1.8 billion", 1.8e9, "KES"),
        ("Hawkers now pay Sh 120 a day.", "Sh 120", 120.0, "KES"),
        ("The levy went up to Sh. 3,000 in June.", "Sh. 3,000", 3000.0, "KES"),
        ("Farmers earn KSh 45 per kilo.", "KSh 45", 45.0, "KES"),
        ("A permit costs Kshs 7,500.", "Kshs 7,500", 7500.0, "KES"),
        ("The deal was worth 9 billion Ugandan shillings.", "9 billion Ugandan shillings", 9e9, "UGX"),
        ("Traders lost 40,000 Tanzanian shillings each.", "40,000 Tanzanian shillings", 40000.0, "TZS"),
        ("Rent in Cluj averages 2,500 lei a month.", "2,500 lei", 2500.0, "RON"),
        ("The fine is RON 10,000.", "RON 10,000", 10000.0, "RON"),
        ("A loaf costs 90 birr in Addis Ababa.", "90 birr", 90.0, "ETB"),
        ("Cocoa farmers got 1,200 cedis a bag.", "1,200 cedis", 1200.0, "GHS"),
        ("Imports fell by ZAR 4 billion.", "ZAR 4 billion", 4e9, "ZAR"),
        ("The grant is EGP 300 million.", "EGP 300 million", 3e8, "EGP"),
        ("The port cost MAD 2 billion.", "MAD 2 billion", 2e9, "MAD"),
        ("Lagos traders lost ₦8 billion.", "₦8 billion", 8e9, "NGN"),
    ],
)
def test_african_and_romanian_currencies(sentence, text, value, currency):
    assert (text, pytest.approx(value), currency) in _money(sentence)


def test_sh_is_read_only_against_a_number_start():
    assert _money("The Bush 300 plan failed.") == []


def test_naira_letter_needs_a_naira_article():
    assert _money("The CBN injected N320 billion into banks.") == [("N320 billion", 3.2e11, "NGN")]
    assert _money("Nigerian states owe N4,800 each.") == [("N4,800", 4800.0, "NGN")]
    assert _money("The agency injected N320 billion into banks.") == []  # no naira named: no figure


def test_naira_letter_is_not_read_before_a_small_bare_number():
    assert _money("Nigeria ordered N95 masks for its clinics.") == []


def test_peso_letter_needs_a_philippine_article():
    assert _money("Manila will pay each family P8,000 in aid.") == [("P8,000", 8000.0, "PHP")]
    assert _money("Filipino exporters earned P2.5 billion.") == [("P2.5 billion", 2.5e9, "PHP")]
    assert _money("The school paid P8,000 in aid.") == []  # no peso named: no figure
    assert _money("In the Philippines, the P4 grade was rated.") == []


def test_letters_that_end_a_longer_name_are_no_currency():
    assert _money("Manila stocks tracked the S&P 500 and the Dow.") == []
    assert _money("Lagos traders watched the S&P 500 all day.") == []


def test_a_context_letter_set_off_by_a_space_still_needs_its_article():
    assert _money("The agency injected N 320 billion into banks.") == []
    assert _money("The CBN injected N 320 billion into banks.") == [("N 320 billion", 3.2e11, "NGN")]


def test_shared_currency_name_decided_by_the_article():
    swiss = "The Swiss rail plan will cost between 2 and 3 billion francs."
    assert ("2 and 3 billion francs", 2e9, "CHF") in _money(swiss)
    assert ("80,000 shillings", 80000.0, "UGX") in _money("In Kampala, a taxi licence costs 80,000 shillings.")


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Kampala schools will get Shs40 billion next year.", "UGX"),
        ("Dodoma approved Sh 900 million for water.", "TZS"),
        ("Farmers in Kenya and Uganda lost Sh5 billion.", "KES"),  # two named: the prefix's own
        ("The ward set aside Sh. 12 million.", "KES"),
    ],
)
def test_shilling_letters_follow_the_country_the_article_names(sentence, currency):
    assert [code for _, _, code in _money(sentence)] == [currency]


def test_shared_currency_name_stays_open_without_one_country():
    assert _money("The fine was 600 francs.") == [("600 francs", 600.0, None)]
    assert _money("Kenyan and Ugandan traders paid 500 shillings.")[0][2] is None


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Ottawa will spend C$12 billion on housing, and Toronto gets $3 billion of it.", "CAD"),
        ("Prices are quoted in Canadian dollars: the tour costs $240.", "CAD"),
        ("Queensland signed the A$900 million deal after Brisbane won a $50 million grant.", "AUD"),
        ("Auckland set aside NZ$1.2 billion; Christchurch schools get $400 million of it.", "NZD"),
    ],
)
def test_bare_dollar_is_the_foreign_dollar_the_article_names(sentence, currency):
    assert {code for _, _, code in _money(sentence)} == {currency}


@pytest.mark.parametrize(
    "sentence",
    [
        "The C$5 billion ($3.6 billion) bond sold out; rivals raised $2 billion.",  # a conversion in brackets
        "The A$2 billion plan, about US$1.3 billion, beat a $900 million bid.",  # the US dollar named too
        "The Canadian dollar slipped as oil fell to $70.",  # the currency as a market, not amounts
        "Sydney and Toronto firms raised $4 billion.",  # no dollar named
        # a foreign dollar marked beside a bare $, in a story set elsewhere: the mark sets the US dollar apart
        "The A$900 million deal follows a $50 million grant.",
        "The supplier, based in Hong Kong, lost HK$38m as freight rose from $2,100 to $5,800 a container.",
        "Warsaw paid 4.60 zloty, about $1.15, for a ticket; the Hong Kong maker earned HK$8.6 billion.",
    ],
)
def test_bare_dollar_stays_usd(sentence):
    bare = [code for text, _, code in _money(sentence) if text.startswith("$")]
    assert bare and set(bare) == {"USD"}


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Canberra will lend councils $600 million for new pools.", "AUD"),
        ("Queensland farmers were promised $75 million after the floods.", "AUD"),
        ("A Saskatchewan judge fined the grain dealer $40,000.", "CAD"),
        ("Quebec and Manitoba will split the $2.4 billion bridge bill.", "CAD"),
    ],
)
def test_bare_dollar_is_the_dollar_of_the_places_the_article_names(sentence, currency):
    assert {code for _, _, code in _money(sentence)} == {currency}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ottawa and Canberra each pledged $50 million.",  # places of two dollars
        "Boaters on Lake Ontario spent $3 million on repairs.",  # a name shared with the United States
        "Alberta crude sold to Texas refiners for $61 a barrel.",  # a place of the United States too
        "Canberra bought the drones from US makers for $1.2 billion.",
        "The A$3 billion deal (about $2 billion) was signed in Canberra.",  # a conversion in brackets
    ],
)
def test_bare_dollar_stays_usd_where_the_places_do_not_decide(sentence):
    bare = [code for text, _, code in _money(sentence) if text.startswith("$")]
    assert bare and set(bare) == {"USD"}


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("A Brisbane court heard the Queensland miner wired HK$3.1 million ($600,000) offshore.", "AUD"),
        ("Toronto police say the ring moved S$2 million (about $1.9 million) through Ontario shell firms.", "CAD"),
        ("Auckland police said HK$12 million (about $2.5 million) reached Christchurch accounts.", "NZD"),
    ],
)
def test_a_third_dollar_converted_in_brackets_is_the_story_s_own(sentence, currency):
    """A foreign dollar marked by its sign and converted in brackets, in a story set in another dollar's country:
    the bare ``$`` is that country's dollar, not the US dollar."""
    bare = [code for text, _, code in _money(sentence) if text.startswith("$")]
    assert bare and set(bare) == {currency}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Singapore fund paid S$2 million (about $1.5 million) for the stake.",  # no other dollar's places
        "Texas investors paid HK$8 million ($1 million) for the Houston tower.",  # places of the United States
    ],
)
def test_a_converted_dollar_stays_usd_where_no_other_dollar_s_places_decide(sentence):
    bare = [code for text, _, code in _money(sentence) if text.startswith("$")]
    assert bare and set(bare) == {"USD"}


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("The Auckland dairy group, which sold a HK$96 million stake and bought an A$40 million plant, will spend "
         "$180 million in Wellington and across New Zealand.", "NZD"),
        ("Toronto-based Maple Mines, which sold a HK$50 million stake and paid US$9 million in fees, will spend "
         "$300 million in Ontario and Quebec.", "CAD"),
    ],
)
def test_every_other_dollar_marked_leaves_the_bare_dollar_to_the_story_s_country(sentence, currency):
    """Two or more dollars marked by their signs in a story whose places make another dollar's country its own: the
    bare ``$`` is that country's."""
    bare = [code for text, _, code in _money(sentence) if text.startswith("$")]
    assert bare and set(bare) == {currency}


def test_every_other_dollar_marked_in_a_us_story_leaves_the_bare_dollar_usd():
    sentence = "The Houston firm, which sold a HK$96 million stake and an A$40 million plant, will spend $180 million in Texas."
    bare = [code for text, _, code in _money(sentence) if text.startswith("$")]
    assert bare and set(bare) == {"USD"}


# -- units ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "canonical"),
    [
        ("They laid a 900-kilometre cable.", "900-kilometre", 900.0, "km"),
        ("Ships must stay outside the 24-nautical-mile zone.", "24-nautical-mile", 24.0, "nautical miles"),
        ("The bank made a 0.75-percentage-point hike.", "0.75-percentage-point", 0.75, "percentage points"),
        ("A 40-square-kilometre park opened.", "40-square-kilometre", 40.0, "sq km"),
        ("A 25-basis-point cut is expected.", "25-basis-point", 25.0, "basis points"),
    ],
)
def test_units_of_several_words_joined_by_hyphens(sentence, text, value, canonical):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["unit_canonical"]) == (text, value, canonical)


@pytest.mark.parametrize(
    ("sentence", "unit", "canonical"),
    [
        ("The farm will feed 350 gigawatt-hours into the grid.", "gigawatt-hours", "GWh"),
        ("A home uses 9 kilowatt-hours daily.", "kilowatt-hours", "kWh"),
        ("Storage of 80 megawatt hours was built.", "megawatt hours", "MWh"),
    ],
)
def test_energy_units_with_hours(sentence, unit, canonical):
    figure = figures(sentence)[0]
    assert (figure["unit"], figure["unit_canonical"]) == (unit, canonical)


def test_rate_after_what_a_unit_measures():
    figure = one("The field yields 40,000 barrels of crude per day.")
    assert (figure["unit"], figure["unit_canonical"]) == ("barrels per day", "barrels per day")
    assert one("Refiners process 2 million barrels of oil a day.")["unit"] == "barrels a day"
    assert one("Tankers carried 5 million barrels of oil last month.")["unit"] == "barrels"  # no rate


@pytest.mark.parametrize(
    "sentence",
    ["At 38, she is the youngest minister.", "The striker, at 35, signed again.", "He came home. At 70, he retired."],
)
def test_age_after_at_and_before_a_comma(sentence):
    assert one(sentence)["unit"] == "years"


@pytest.mark.parametrize(
    "sentence", ["Shares closed at 46, down from 49.", "At 3,000, the index fell.", "The rate, at 4.5, held."]
)
def test_at_before_a_comma_is_not_always_an_age(sentence):
    assert all(f["unit"] != "years" for f in figures(sentence))


def test_counted_noun_does_not_run_into_a_verb():
    assert one("His 2,310 majority falls short of the record.")["unit"] is None
    assert one("Her 870 lead remains intact.")["unit"] is None
    assert one("The council counted 4,105 postal votes.")["unit"] == "votes"


# -- names and qualifiers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The Reserve Bank of India's 4% goal was missed.", "4%"),
        ("The European Central Bank's 2 percent aim stands.", "2 percent"),
    ],
)
def test_percent_after_a_possessive_name(sentence, text):
    assert one(sentence)["text"] == text


def test_number_in_a_name_stays_out():
    assert figures("Visitors flocked to Terminal 5 and Boeing 737 hangars.") == []


@pytest.mark.parametrize(
    ("sentence", "approx"),
    [
        ("Midday heat in the valley was not less than 46C, forecasters said.", "not less than"),
        ("The ministry wants reserves worth not fewer than four months of imports.", "not fewer than"),
        ("The council spent less than $2 million on the bridge.", "less than"),
    ],
)
def test_a_negation_belongs_to_its_qualifier(sentence, approx):
    assert one(sentence)["approx"] == approx


def test_an_average_of_is_no_qualifier():
    figure = one("Households spent an average of 14 hours online.")
    assert (figure["value"], figure["approx"]) == (14.0, None)
    assert one("Households spent about 14 hours online.")["approx"] == "about"


_TOKENS = ["C$5", "$7", "($3)", "US$4", "A$2", "NZ$9", "Canadian dollars", "naira", "N500 billion", "francs", "Swiss",
           "12 francs", "Kenya", "40 shillings", "rose", "and", "the", "fund"]


@given(st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=14))
def test_bare_dollar_is_usd_unless_one_foreign_dollar_alone_is_named_and_not_marked_apart(tokens):
    # a nationality right after an amount names that amount's dollar (see the test after this one)
    assume(not any(a == "$7" and b == "Canadian dollars" for a, b in zip(tokens, tokens[1:], strict=False)))
    sentence = " ".join(tokens) + "."
    named = {"C$5": "CAD", "Canadian dollars": "CAD", "A$2": "AUD", "NZ$9": "NZD"}
    foreign = {named[token] for token in tokens if token in named}
    # US$4 converted into a bare $ (US$4 ($3)) makes the bare $ a local dollar: the one foreign dollar named
    converted = re.search(r"US\$4(?: [A-Za-z]+){0,3} \(\$3\)", sentence) is not None
    us_named = ("US$4" in tokens or "($3)" in tokens) and not converted
    # an amount marked by its dollar's sign sets the bare $ apart from that dollar, unless a conversion ties them
    marked_apart = any(token in ("C$5", "A$2", "NZ$9") for token in tokens) and not converted
    expected = foreign.pop() if len(foreign) == 1 and not us_named and not marked_apart else "USD"
    bare = [f["currency"] for f in figures(sentence) if f["kind"] == "money" and f["text"].startswith("$")]
    assert set(bare) <= {expected}


def test_a_nationality_after_an_amount_names_its_dollar_and_a_bracket_after_it_converts():
    assert [f["currency"] for f in figures("$7 Canadian dollars ($3).")] == ["CAD", "USD"]


_PLACES = {"Canberra": "AUD", "Tasmania": "AUD", "Manitoba": "CAD", "Ottawa": "CAD", "Auckland": "NZD",
           "Texas": "USD", "Washington": "USD", "Lake Ontario": "USD"}


@given(st.lists(st.sampled_from([*_PLACES, "council", "said", "the"]), min_size=1, max_size=8))
def test_bare_dollar_takes_the_dollar_of_places_of_one_foreign_dollar_alone_or_of_the_storys_country(tokens):
    """The story's country: named three times and twice as often as the others, or three times, most and first."""
    sentence = " ".join(tokens) + " paid $9 million."
    placed = [_PLACES[token] for token in tokens if token in _PLACES]
    counts = Counter(placed)
    (top, times), (_, second) = (counts.most_common(2) + [("USD", 0), ("USD", 0)])[:2]
    story = times >= 3 and times >= 2 * (counts.total() - times)  # the story's country, by count
    first = bool(placed) and placed[0] == top and times >= 3 and times > second  # or named most and first
    expected = top if len(counts) == 1 or story or first else "USD"
    assert [f["currency"] for f in figures(sentence) if f["text"] == "$9 million"] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Canada sold C$8 billion of lumber to the US; American builders expect a $4,000 rise per house.",
        "Ottawa pledged C$2 billion, and Washington matched it with $1.5 billion.",
    ],
)
def test_bare_dollar_beside_a_marked_foreign_dollar_and_us_places_stays_usd(sentence):
    bare = [code for text, _, code in _money(sentence) if text.startswith("$")]
    assert bare and set(bare) == {"USD"}


def test_marked_foreign_dollar_without_us_places_still_names_the_bare_dollar():
    assert {code for _, _, code in _money("Toronto set aside C$3 billion, and Ottawa a further $1 billion.")} == {"CAD"}


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Lawmakers in Abuja approved N2.4 trillion for roads.", "NGN"),
        ("The Lagos state budget is N3.1 trillion.", "NGN"),
    ],
)
def test_nigerian_cities_name_the_naira(sentence, currency):
    assert [code for _, _, code in _money(sentence)] == [currency]


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Statistics Canada said the average rent hit $2,100 last month.", "CAD"),
        ("The Canadian Real Estate Association put the average price at $650,000.", "CAD"),
        ("Exports to Canada rose to $4 billion, the Commerce Department in Washington said.", "USD"),
    ],
)
def test_canada_named_decides_a_bare_dollar_unless_us_places_are_too(sentence, currency):
    assert {code for _, _, code in _money(sentence)} == {currency}


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("The Springboks drew 40,000 fans. The Springbok lock was fined R200,000 on Monday.", "R200,000", "ZAR"),
        ("Ratepayers in Gauteng face a R2.1 million bill, the Gauteng council said.", "R2.1 million", "ZAR"),
    ],
)
def test_south_african_places_and_teams_decide_the_rand(text, amount, currency):
    assert [f["currency"] for f in figures(text) if f["text"] == amount] == [currency]


def test_a_canadian_city_named_three_times_decides_the_bare_dollar():
    text = "The Moncton Tide won in Moncton on Sunday. Moncton fans cheered. The team won a $250,000 prize."
    assert [f["currency"] for f in figures(text) if f["text"] == "$250,000"] == ["CAD"]


@pytest.mark.parametrize(
    ("sentence", "amount", "currency"),
    [
        ("The Saskatchewan club sold its striker for £4.2 million (about $7.4 million).", "$7.4 million", "CAD"),
        ("Queensland's miners paid 21 billion rupees (about $380 million) for the rigs.", "$380 million", "AUD"),
        ("The club sold its striker for £4.2 million (about $5.3 million).", "$5.3 million", "USD"),  # no place decides
        ("Texas oilmen paid €40 million (about $43 million) for the rigs.", "$43 million", "USD"),
    ],
)
def test_a_conversion_in_brackets_is_in_the_dollar_of_the_storys_places(sentence, amount, currency):
    assert [code for text, _, code in _money(sentence) if text == amount] == [currency]


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Ontario investors lost $19 million after the firm wired HK$41 million to a bank in Hong Kong.", "CAD"),
        ("Queensland growers lost $12 million when the S$30 million deal with the Singapore buyer fell through.", "AUD"),
        ("Texas investors lost $19 million after the firm wired HK$41 million to a bank in Hong Kong.", "USD"),
    ],
)
def test_a_foreign_dollar_marked_apart_leaves_the_bare_dollar_to_the_storys_places(sentence, currency):
    assert [code for text, _, code in _money(sentence) if text.startswith("$")] == [currency]


@pytest.mark.parametrize(
    "page",
    [
        # a markets report from Hong Kong that names Australia's index once, far from any amount
        "Hong Kong shares fell on Tuesday as Kowloon Crest Holdings dropped 11% to HK$3.42.\n\n"
        "Developers were the worst performers in Hong Kong, and Hong Kong's property index lost 3%.\n\n"
        "Elsewhere, Australia's benchmark eased 0.4% and Singapore was flat.\n\n"
        "Kowloon Crest said it would delay interest payments on two offshore bonds worth a combined $850 million.",
        # a conversion in a story from Japan that names a New Zealand university once
        "The Kyoto institute's forecasting model cost ¥3.8 billion (about $26 million) over five years.\n\n"
        "Professor Ian Reid of the University of Otago called the results impressive.",
        # a conversion in a story from India that names Auckland once
        "The crew spent nearly 1.4 crore rupees (about $160,000) preparing the boat in Goa.\n\n"
        "The race resumes in Auckland next month.",
    ],
)
def test_a_foreign_dollars_country_named_in_passing_leaves_the_bare_dollar_american(page):
    assert [code for text, _, code in _money(page) if text.startswith("$")] == ["USD"]


@pytest.mark.parametrize(
    ("page", "currency"),
    [
        ("Auckland's council borrowed $95 million, and a Sydney fund lent A$240 million of it.", "NZD"),
        # named in two paragraphs, away from the amount
        (
            "Police said HK$12 million (about $2.5 million) was moved through the firm's accounts last year.\n\n"
            "A Toronto court heard the case on Monday.\n\nThe Ontario Securities Commission called it one of its largest.",
            "CAD",
        ),
    ],
)
def test_a_foreign_dollars_country_named_near_the_amount_or_twice_keeps_the_bare_dollar(page, currency):
    assert [code for text, _, code in _money(page) if text.startswith("$")] == [currency]


def test_a_us_dollar_marked_apart_beside_the_local_dollar_in_words_leaves_the_bare_dollar_local():
    sentence = (
        "The Alberta airline ordered jets worth US$6.6 billion, roughly $9 billion in Canadian dollars, "
        "and signed a 21 billion rupee (about $340 million) service deal."
    )
    assert [code for text, _, code in _money(sentence) if text.startswith("$")] == ["CAD", "CAD"]


@pytest.mark.parametrize(
    ("sentence", "amount", "currency"),
    [
        ("A litre now costs 17.25 Egyptian pounds, and a bus fare rose to 20 pounds.", "20 pounds", "EGP"),
        ("Bread is sold at 1,500 Lebanese pounds; a taxi ride costs 40,000 pounds.", "40,000 pounds", "LBP"),
        ("The fine was 2,000 pounds.", "2,000 pounds", "GBP"),  # no other pound named
        # sterling marked too
        ("Fees rose to £40, while 17.25 Egyptian pounds buys a litre and the transfer cost 20 pounds.", "20 pounds", "GBP"),
    ],
)
def test_a_plain_pound_is_the_one_other_pound_the_article_names(sentence, amount, currency):
    assert [code for text, _, code in _money(sentence) if text == amount] == [currency]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("The park will get ₡185 million from the ministry.", "₡185 million", 1.85e8, "CRC"),
        ("A metro ticket will cost S/ 3 from March.", "S/ 3", 3.0, "PEN"),
        ("The monthly pass rises to S/26.", "S/26", 26.0, "PEN"),
    ],
)
def test_the_colon_and_sol_signs(sentence, text, value, currency):
    assert _money(sentence) == [(text, value, currency)]


def test_a_slash_after_a_letter_in_a_code_is_no_sol():
    assert _money("The S/N code on the router is 1234.") == []


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # a place in a street's name is an address, which names no country
        ("The seed plant at 7 El Nadi Street in Sakha cost $780,000.", "USD"),
        ("The co-op on Suva Road sold the boat for $90,000.", "USD"),
        ("The resort near Nadi was sold for $780,000.", "FJD"),
    ],
)
def test_a_place_in_a_streets_name_names_no_dollar(text, currency):
    assert [code for _, _, code in _money(text)] == [currency]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("The subsidy falls from 27 cents to 25 cents a litre.\n\nThe cut saves €410 million a year.", "EUR"),
        ("Each ticket will cost 40 cents more.\n\nThe city expects 12 million euros from the rise.", "EUR"),
        # a dollar printed too: plain cents stay the dollar's
        ("The subsidy falls from 27 cents to 25 cents a litre.\n\nThe cut saves €410 million, or $440 million.", "USD"),
        ("Each ticket will cost 40 cents more.", "USD"),
    ],
)
def test_plain_cents_alone_are_euro_cents_in_an_article_that_prints_the_euro_and_no_dollar(text, currency):
    (article,) = parse(text)  # the cents in a paragraph of their own: no money around them
    cents = [figure.currency for figure in article.figures if "cents" in figure.text]
    assert cents and set(cents) == {currency}


def test_a_foreign_dollar_marked_apart_leaves_the_bare_dollar_to_the_storys_own_dollar():
    sentence = "Auckland's council borrowed $95 million, and a Sydney fund lent A$240 million of it."
    assert {code for text, _, code in _money(sentence) if text.startswith("$")} == {"NZD"}
