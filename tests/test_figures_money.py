"""Figures rule group 1, money: coins, prefixed dollars, currency names and codes, pounds of weight."""

from __future__ import annotations

import pytest

from tests.test_figures import figures, one


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("A bus ticket now costs 85 cents more.", "85 cents", 0.85, "USD"),
        ("The board declared a 12-cent dividend.", "12-cent", 0.12, "USD"),
        ("Hourly pay slipped by a penny in June.", "a penny", 0.01, "USD"),
        ("Stamps rose by 6 pence overnight.", "6 pence", 0.06, "GBP"),
        ("Tolls were raised from €2 to 90 cents and back.", "90 cents", 0.9, "EUR"),
        ("Shares closed at 412p in London.", "412p", 4.12, "GBP"),
        ("A stamp costs 85c now.", "85c", 0.85, "USD"),
        # the cents of a currency named by its country's adjective
        ("Earnings rose to 486 South African cents a share.", "486 South African cents", 4.86, "ZAR"),
        ("The miner pays a dividend of 85 SA cents.", "85 SA cents", 0.85, "ZAR"),
        ("Fares rose by 40 Fijian cents in May.", "40 Fijian cents", 0.4, "FJD"),
    ],
)
def test_coins_are_money_in_the_main_unit(sentence, text, value, currency):
    figure = [f for f in figures(sentence) if f["text"] == text][0]
    assert (figure["kind"], figure["value"], figure["currency"]) == ("money", pytest.approx(value), currency)


def test_coins_take_the_currency_of_earlier_passages():
    from newsparse.model import Article, Passage, Span

    from tests.test_figures import EXTRACTOR

    text = "The fare was €3.\nStudents pay 40 cents less."
    article = Article(
        span=Span(0, len(text)), paragraphs=[Passage(text[:16], Span(0, 16)), Passage(text[17:], Span(17, len(text)))]
    )
    coins = EXTRACTOR.extract(article, text).figures[-1]
    assert (coins.text, coins.currency) == ("40 cents", "EUR")


@pytest.mark.parametrize(
    ("sentence", "text", "currency"),
    [
        ("The tower sold for HK$310 million.", "HK$310 million", "HKD"),
        ("Ottawa pledged C$4 billion.", "C$4 billion", "CAD"),
        ("Canberra set aside A$90m for roads.", "A$90m", "AUD"),
        ("Fees reach NZ$45 a night.", "NZ$45", "NZD"),
        ("The deal is worth S$1.2 billion.", "S$1.2 billion", "SGD"),
        ("Exports earned US$7 billion.", "US$7 billion", "USD"),
        ("Petrobras paid R$12 billion.", "R$12 billion", "BRL"),
        ("Taipei budgeted NT$5 billion.", "NT$5 billion", "TWD"),
        ("The bank lent HK $2.5 billion.", "HK $2.5 billion", "HKD"),
        ("The insurer owes AUD$15 million.", "AUD$15 million", "AUD"),
        ("Rents climbed to RM1,800 a month.", "RM1,800", "MYR"),
        ("The fine was Rs. 5,000.", "Rs. 5,000", "INR"),
        ("Oil hit 80 usd today.", "80 usd", "USD"),
        ("They agreed on rmb 300 each.", "rmb 300", "CNY"),
        ("The chipmaker lost Rmb2.1bn last year.", "Rmb2.1bn", "CNY"),
        ("A seat costs Rmb 80 in Shanghai.", "Rmb 80", "CNY"),
        ("Sales hit 12 USD million.", "12 USD million", "USD"),
        ("The miner earned $US4.2 billion.", "$US4.2 billion", "USD"),
        ("Entry is $A15 per adult.", "$A15", "AUD"),
        ("Canal revenue fell to E£15.7bn last year.", "E£15.7bn", "EGP"),
        ("The lab won a grant of Kč2 million.", "Kč2 million", "CZK"),
    ],
)
def test_dollars_and_codes_with_letters(sentence, text, currency):
    figure = one(sentence)
    assert (figure["text"], figure["kind"], figure["currency"]) == (text, "money", currency)


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Tokyo will spend 3 trillion yen on chips.", "JPY"),
        ("Farmers lost 40 million yuan.", "CNY"),
        ("The loan is 900 million renminbi.", "CNY"),
        ("The bond raised 2 billion ringgit.", "MYR"),
        ("A permit costs 600 shekels.", "ILS"),
        ("Seoul budgeted 5 trillion won.", "KRW"),
        ("Imports fell by 7 billion lira.", "TRY"),
        ("Kyiv paid 30 billion hryvnias.", "UAH"),
        ("The fund holds 8 million zlotys.", "PLN"),
        ("Miners earn 9,000 rand a month.", "ZAR"),
        ("Lagos spent 50 billion naira.", "NGN"),
        ("He deposited 20,000 Swiss francs.", "CHF"),
        ("The debt is 12 billion Pakistani rupees.", "PKR"),
        ("The palace cost 4 billion Saudi riyals.", "SAR"),
        ("Ticket prices are 250 Mexican pesos.", "MXN"),
    ],
)
def test_currency_names(sentence, currency):
    figure = one(sentence)
    assert (figure["kind"], figure["currency"]) == ("money", currency)


@pytest.mark.parametrize(
    "sentence",
    ["The club paid 40 million francs.", "Rent is 30,000 rupees.", "The fare rose to 15 pesos."],
)
def test_shared_currency_names_state_no_currency(sentence):
    figure = one(sentence)
    assert (figure["kind"], figure["currency"]) == ("money", None)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The newborn weighed just over three pounds.", "quantity"),
        ("She lost 30 pounds before the race.", "quantity"),
        ("He hauled ten pounds of potatoes home.", "quantity"),
        ("They carried a forty pound sack.", "quantity"),
        ("The club paid 30 million pounds for him.", "money"),
        ("The charity raised 5,000 pounds of funding.", "money"),
        ("Tickets cost 20 pounds each.", "money"),
        ("Rice farmers earned 300 pounds a month.", "money"),
        # a scaled amount weighs only before "of" and a thing
        ("Payments are capped at 5 million pounds of milk per farm.", "quantity"),
        ("The plant ships 3 million pounds of cheese a year.", "quantity"),
        ("The council got 20 million pounds of new funding.", "money"),
        ("The club lost 30 million pounds last year.", "money"),
    ],
)
def test_pounds_weigh_or_pay_by_context(sentence, kind):
    figure = one(sentence)
    assert figure["kind"] == kind
    assert (figure["unit_canonical"] == "pounds") == (kind == "quantity")


def test_coin_letters_count_only_against_the_number():
    assert one("It was 25 C in the shade.")["kind"] == "quantity"
    assert one("He sold it for 25 p each.")["kind"] == "quantity"


# -- hundredth coins of one currency -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("Diesel became 35 paise cheaper at the pump.", "35 paise", 0.35, "INR"),
        ("After a $3 fare rise, a Moscow metro ride gained 60 kopecks.", "60 kopecks", 0.60, "RUB"),
        ("Bread in Gdansk went up by 80 groszy.", "80 groszy", 0.80, "PLN"),
        ("A bus token costs 50 halalas more.", "50 halalas", 0.50, "SAR"),
        ("Milk in Haifa is 70 agorot dearer.", "70 agorot", 0.70, "ILS"),
    ],
)
def test_hundredth_coins_are_money_in_their_currency(sentence, text, value, currency):
    figure = [f for f in figures(sentence) if f["text"] == text][0]
    assert (figure["kind"], figure["value"], figure["currency"]) == ("money", pytest.approx(value), currency)


def test_a_rate_after_a_hundredth_coin_is_no_count():
    assert [f["text"] for f in figures("Kerosene rose 15 paise a litre.")] == ["15 paise"]


@pytest.mark.parametrize(
    "sentence",
    ["The 5 Sen. Smith amendments failed.", "Some 40 fils were struck in 1990."],
)
def test_coins_with_other_senses_or_shares_stay_counts(sentence):
    assert all(f["kind"] != "money" for f in figures(sentence))


# -- figs33: coins joined to their rate, cents of no pound, cents of the local dollar, world prices ------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The council kept its 20-cent-a-bag levy on plastic.", "20-cent", 0.2),
        ("Growers get a 4-cent-per-kilo top-up.", "4-cent", 0.04),
        ("A 15-cent-an-hour raise was offered.", "15-cent", 0.15),
    ],
)
def test_coins_joined_to_their_rate_by_hyphens(sentence, text, value):
    found = [f for f in figures(sentence) if f["kind"] == "money"]
    assert [(f["text"], f["value"]) for f in found] == [(text, pytest.approx(value))]


def test_coins_joined_to_another_word_stay_none():
    assert figures("Shoppers clipped a 50-cent-off coupon.") == []


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("The brewer's stock ended at £3.10. It will pay a dividend of 14 cents a share.", "USD"),
        ("Rent is £900 a month, and the insurer repays 60 cents on each claim.", "USD"),
    ],
)
def test_cents_take_no_currency_from_pounds(sentence, currency):
    coins = [f for f in figures(sentence) if "cents" in f["text"]][0]
    assert coins["currency"] == currency


def test_pence_still_take_sterling():
    assert [f["currency"] for f in figures("The stock ended at £3.10, up 4 pence.")] == ["GBP", "GBP"]


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Gold was quoted at US$2,400 an ounce. In Ottawa, the levy on cigarettes rises 30 cents a pack.", "CAD"),
        ("Ottawa set the fee at $12. Copper traded at US$9,000 a tonne. Stamps rise 5 cents.", "CAD"),
        ("Ottawa said US$72 oil, up 40 cents, helped the budget.", "USD"),  # the US money in the same sentence
        ("In Ottawa the loonie fetched 71.9 cents US on Friday.", "USD"),  # marked US after the cents
    ],
)
def test_cents_after_marked_us_money_in_a_local_dollar_article(sentence, currency):
    coins = [f for f in figures(sentence) if "cent" in f["text"]][0]
    assert coins["currency"] == currency


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("In Auckland, markets slid as Brent fell to $79 a barrel.", "USD"),
        ("Canberra's budget assumes oil at $70 per barrel.", "USD"),
        ("Toronto traders saw WTI at $68/bbl on Monday.", "USD"),
        ("Canberra spent $70 per student on books.", "AUD"),  # no good priced in US dollars
    ],
)
def test_oil_prices_are_us_dollars_whatever_the_local_dollar(sentence, currency):
    assert [f["currency"] for f in figures(sentence) if f["kind"] == "money"] == [currency]


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Bishkek will pay teachers 35,000 som a month.", "KGS"),
        ("In Samarkand a taxi ride costs 15,000 som.", "UZS"),
        ("The Kyrgyz som weakened; a loaf costs 40 som.", "KGS"),
        ("A loaf costs 40 som.", None),  # no country named: money of no stated currency
    ],
)
def test_som_is_the_currency_of_the_country_named(sentence, currency):
    found = [f for f in figures(sentence) if f["text"].endswith("som")]
    assert [(f["kind"], f["currency"]) for f in found] == [("money", currency)]


@pytest.mark.parametrize(
    ("sentence", "kind", "currency"),
    [
        ("Francistown traders earn 2,500 pula a month.", "money", "BWP"),
        ("Fuel in Luang Prabang costs 24,000 kip a litre.", "money", "LAK"),
        ("Gyumri pensioners get 30,000 drams more.", "money", "AMD"),
        ("The bartender poured three drams of rye.", "quantity", None),  # no Armenia: a measure of drink
    ],
)
def test_more_currency_names_and_the_ones_english_shares(sentence, kind, currency):
    found = figures(sentence)[0]
    assert (found["kind"], found["currency"]) == (kind, currency)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Jewels worth `3.4 crore were recovered.", "`3.4 crore", 3.4e7),
        ("Each farmer gets `1.5 lakh.", "`1.5 lakh", 1.5e5),
    ],
)
def test_a_backtick_before_lakh_or_crore_is_the_rupee_sign(sentence, text, value):
    found = one(sentence)
    assert (found["text"], found["value"], found["kind"], found["currency"]) == (text, value, "money", "INR")


@pytest.mark.parametrize("sentence", ["Tickets cost `40 at the gate.", "The `20 million users` figure was cited."])
def test_a_backtick_without_an_indian_scale_is_no_currency(sentence):
    assert all(f["currency"] is None for f in figures(sentence))


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("One kilo of flour is roughly 2.2 pounds.", "quantity"),
        ("Customs found 40 kg of resin, some 88 pounds in all.", "quantity"),
        ("He paid 12 pounds for a kilo of beef.", "money"),
    ],
)
def test_a_unit_of_weight_before_pounds_makes_them_a_weight(sentence, kind):
    pounds = [f for f in figures(sentence) if "pounds" in f["text"]]
    assert [f["kind"] for f in pounds] == [kind]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The catfish measured 4 feet, 2 inches and nearly 60 pounds.", "quantity"),
        ("At 6 feet tall and 230 pounds, the rookie is hard to move.", "quantity"),
        ("The 40-foot yacht sold for 90,000 pounds at auction.", "money"),
        ("The height of the wall cost the council 8,000 pounds.", "money"),
    ],
)
def test_a_size_before_pounds_makes_them_a_weight_unless_a_price_is_told(sentence, kind):
    pounds = [f for f in figures(sentence) if "pounds" in f["text"]]
    assert [f["kind"] for f in pounds] == [kind]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The insurer paid out NZ$3.2 m after the fire.", "NZ$3.2 m", 3_200_000),
        ("Its stake is worth €75 M (£64 M) today.", "€75 M", 75_000_000),
        ("The winch lifts 4 m of cable for $30 a metre.", "$30", 30),
    ],
)
def test_m_a_space_after_money_is_million(sentence, text, value):
    assert [f["value"] for f in figures(sentence) if f["text"] == text] == [value]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("A semi-detached home in Cork fetched euro 187,500 last spring.", "euro 187,500", 187500),
        ("The grant rose to euro 12,000 a year.", "euro 12,000", 12000),
    ],
)
def test_the_word_euro_before_an_amount_is_its_currency(sentence, text, value):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["kind"], figure["currency"]) == (text, value, "money", "EUR")


def test_the_word_euro_before_a_year_names_an_event():
    assert figures("Hotels filled up for the euro 2028 finals in the city.") == []


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency", "high"),
    [
        ("The mayor's portrait should fetch pounds 2,000- pounds 3,000 at auction.", "pounds 2,000- pounds 3,000", 2000, "GBP", 3000),
        ("The council was fined pounds 45,000 for the spill.", "pounds 45,000", 45000, "GBP", None),
        ("The group raised Pounds 1.2bn from its rights issue.", "Pounds 1.2bn", 1_200_000_000, "GBP", None),
        ("The fund lent Dollars 75m to the port.", "Dollars 75m", 75_000_000, "USD", None),
    ],
)
def test_a_currency_name_before_an_amount_as_archives_print_it(sentence, text, value, currency, high):
    figure = one(sentence)
    assert (figure["text"], figure["value"], figure["currency"], figure["high"]) == (text, value, currency, high)


@pytest.mark.parametrize(
    "sentence",
    ["The gale pounds 40 miles of the coast every winter.", "Heavy rain pounds 12 towns in the north."],
)
def test_pounds_before_a_bare_count_is_a_verb(sentence):
    assert all(f["kind"] != "money" for f in figures(sentence))


def test_pounds_after_a_number_stay_a_weight():
    assert [(f["value"], f["kind"]) for f in figures("The lamb weighed 9 pounds 4 ounces at birth.")] == [
        (9, "quantity"),
        (4, "quantity"),
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Prices at San Pedro fell to 780 CFA/kg on Monday.", "780 CFA", 780),
        ("The permit costs 5,000 CFA a year.", "5,000 CFA", 5000),
        ("The port paid 720 CFA francs per kg.", "720 CFA francs", 720),
        ("Farmers were paid FCFA 650 per kg.", "FCFA 650", 650),
    ],
)
def test_cfa_after_an_amount_and_fcfa_before_it_are_cfa_francs(sentence, text, value):
    figure = [f for f in figures(sentence) if f["text"] == text][0]
    assert (figure["kind"], figure["value"], figure["currency"]) == ("money", value, "XOF")


def test_cfa_naming_no_amount_makes_no_money():
    assert [f["kind"] for f in figures("The CFA zone has 14 members.")] == ["quantity"]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Norway pledged 5 million euros, Denmark 26.8 million euros.", "26.8 million euros"),
        ("Oslo gave $2 billion, Ottawa 1.5 billion dollars.", "1.5 billion dollars"),
    ],
)
def test_a_name_before_an_amount_with_a_scale_word_leaves_it_an_amount(sentence, text):
    assert text in [f["text"] for f in figures(sentence)]


def test_a_name_before_a_number_with_a_scale_letter_is_still_a_model():
    assert [f["text"] for f in figures("They met at Scp-173m on Monday.")] == []


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("The naira fell in Lagos. Dealers sold at N525 and bought at N370.", ["N525", "N370"]),
        ("The naira fell in Lagos. The rate went from as high as N525 to as low as N370.", ["N525", "N370"]),
        ("The naira weakened in Abuja, where a dollar sold at N400.", ["N400"]),
    ],
)
def test_a_small_amount_after_a_rate_lead_takes_the_articles_prefix_currency(sentence, texts):
    found = [(f["text"], f["currency"]) for f in figures(sentence) if f["text"].startswith("N")]
    assert found == [(text, "NGN") for text in texts]


@pytest.mark.parametrize(
    "sentence",
    ["The naira fell in Lagos. Nurses asked for N95 masks.", "The naira fell in Lagos. The N95 to N99 roads are shut."],
)
def test_a_small_prefixed_number_before_a_word_or_after_no_rate_lead_stays_no_money(sentence):
    assert [f for f in figures(sentence) if f["kind"] == "money"] == []


def test_ghc_is_the_cedi():
    figure = [f for f in figures("The cedi crossed the GHC8 mark against the dollar in Accra.") if f["text"] == "GHC8"][0]
    assert (figure["kind"], figure["value"], figure["currency"]) == ("money", 8, "GHS")


@pytest.mark.parametrize(
    "sentence",
    ["In Kisumu, a litre of petrol will retail at Sh145.02.", "In Eldoret, a litre of petrol will sell at Sh145.03."],
)
def test_a_unit_priced_by_retail_or_sell_is_no_count_of_one(sentence):
    assert [f["text"] for f in figures(sentence)] == [sentence.split(" at ")[1].rstrip(".")]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("In Nairobi, bread costs 65 Kenyan shillings (50 cents) a loaf.", "50 cents"),
        ("A bus fare in Lahore is Rs 60 (about 21 cents) now.", "21 cents"),
    ],
)
def test_cents_in_brackets_after_money_in_another_currency_convert_it_into_us_cents(sentence, text):
    assert [f["currency"] for f in figures(sentence) if f["text"] == text] == ["USD"]


def test_cents_after_euros_outside_brackets_stay_euro_cents():
    assert [f["currency"] for f in figures("The fare is €2, and children pay 50 cents.") if f["text"] == "50 cents"] == ["EUR"]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The group lost Rmb2.1bn ($289mn) as HK$ prices fell in Hong Kong.", "$289mn"),
        ("Fees rose to Ksh1,500 ($11.60) a term, while Ottawa pays C$40 in Toronto.", "$11.60"),
        ("The city paid Rs500 ($6) a tonne; Singapore pays S$9 in Singapore.", "$6"),
    ],
)
def test_a_bare_dollar_in_brackets_after_an_amount_with_letters_converts_to_us_dollars(sentence, text):
    assert [f["currency"] for f in figures(sentence) if f["text"] == text] == ["USD"]


@pytest.mark.parametrize(
    ("sentence", "text", "currency"),
    [
        ("A sack of flour now costs 45,000 Sudanese pounds in the capital.", "45,000 Sudanese pounds", "SDG"),
        ("Traders in Juba asked 9,000 South Sudanese pounds a bag.", "9,000 South Sudanese pounds", "SSP"),
        ("The shilling traded at Ush3,610 against the dollar.", "Ush3,610", "UGX"),
        ("Petrol rose to Tsh3,100 a litre.", "Tsh3,100", "TZS"),
    ],
)
def test_more_pounds_and_shilling_prefixes(sentence, text, currency):
    assert [f["currency"] for f in figures(sentence) if f["text"] == text] == [currency]


def test_a_page_dated_in_a_us_time_zone_keeps_a_bare_dollar_american_beside_a_marked_foreign_one():
    from newsparse import parse

    page = (
        "County backs rezoning for farm\n\nBy Dan Roe\nPublished May 12, 2024 | Updated 8:05 a.m. ET\n\n"
        "The developer has put the project's cost at $96 million, the county said.\n\n"
        "Its parent, a listed developer, reported HK$1.2 billion in revenue last year.\n"
    )
    found = {f.text: f.currency for f in parse(page).articles[0].figures}
    assert found["$96 million"] == "USD" and found["HK$1.2 billion"] == "HKD"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Dealers in Lagos bought at the old naira price of N925, they said.", "N925"),
        ("If we sell at N870 today, Lagos dealers lose on every litre of the naira stock.", "N870"),
        ("Lagos dealers lose N55 on every litre, the naira traders said.", "N55"),
    ],
)
def test_small_naira_amounts_after_a_price_or_a_loss_are_money(sentence, text):
    assert [f["currency"] for f in figures(sentence) if f["text"] == text] == ["NGN"]


def test_a_mask_model_after_a_verb_of_buying_is_still_no_money():
    assert not any(f["text"].startswith("N95") for f in figures("Lagos clinics lost N95 masks in the fire, the naira fund said."))


@pytest.mark.parametrize(
    ("sentence", "texts", "currency"),
    [
        ("The onshore yuan fell to 7.3140 per dollar and was trading at 7.3085 at midday.", ["7.3140", "7.3085"], "CNY"),
        ("The yen weakened to 151.20 per dollar before recovering to 150.85 late in the day.", ["151.20", "150.85"], "JPY"),
    ],
)
def test_a_rate_named_again_later_in_its_sentence_is_in_the_same_currency(sentence, texts, currency):
    found = [f for f in figures(sentence) if f["text"] in texts]
    assert [(f["kind"], f["currency"]) for f in found] == [("money", currency)] * 2


def test_a_number_after_a_rate_in_the_next_sentence_is_no_rate():
    found = {f["text"]: f for f in figures("The yen weakened to 151.20 per dollar. Exports rose to 40.5 in March.")}
    assert found["40.5"]["kind"] == "quantity"


@pytest.mark.parametrize(
    ("sentence", "text", "currency"),
    [
        ("The Tongan government set aside T$2 million for repairs.", "T$2 million", "TOP"),
        ("Samoa's budget gives ST$11.2 million to schools.", "ST$11.2 million", "WST"),
        ("Growers in Apia earn 1,500 tala a month.", "1,500 tala", "WST"),
        ("Honiara allotted SI$3.5 million to the vote.", "SI$3.5 million", "SBD"),
        ("In Port Vila, Vanuatu, the council spent VT45 million on roads.", "VT45 million", "VUV"),
    ],
)
def test_pacific_island_currencies(sentence, text, currency):
    assert (text, currency) in [(f["text"], f["currency"]) for f in figures(sentence) if f["kind"] == "money"]


def test_vt_letters_in_an_article_naming_no_vanuatu_are_no_money():
    assert [f for f in figures("The VT45 route closed in Vermont.") if f["kind"] == "money"] == []


@pytest.mark.parametrize(
    ("sentence", "text", "currency"),
    [
        ("The Kaduna State Assembly passed a N1.18 trillion budget.", "N1.18 trillion", "NGN"),
        ("Traders in Enugu paid N1,500 for a basket of tomatoes.", "N1,500", "NGN"),
    ],
)
def test_nigerian_cities_name_the_nairas_context(sentence, text, currency):
    assert (text, currency) in [(f["text"], f["currency"]) for f in figures(sentence) if f["kind"] == "money"]
