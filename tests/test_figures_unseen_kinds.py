"""Figure rules for kinds seen on blind probe pages, with sentences written for these rules.

* A bare number with no scale and no unit compared with an amount of money right before it (``compared with``,
  ``against``, ``versus``; maybe past the amount's rate and a place) is money in that amount's currency.
* ``one or two`` before a noun or on its own is a range, as ``two or three`` is; a range counts the plural after it.
* A house number before a street word that opens the name (``45 Calle Mercado``, ``8 Jalan Ampang``) or one of
  ``Marg``/``Salai`` closing it is an address; a number to call (``call the SES on 132 500``, ``dial 999``, ``a 999
  call``) is no figure.
* A bare ``$`` takes the dollar of the places named most (three times at least) and first, where those of another
  dollar are named too (``Invercargill … Sydney and Brisbane``: NZD); an AP abbreviation of a state in a dateline
  (``RIDGEFIELD, Minn.``) names the United States.
* ``Hr`` before an amount is the hryvnia in a story that names Ukraine or its places.
* A bare ``$`` amount that is a currency's rate ``against the dollar`` is in US dollars, whatever dollar the
  article's places name.
* ``from`` with a noun of what the number is (``from the equivalent of 9 cents to 14 cents``, ``from a high of $9 to
  $7``) opens a change: two figures, as a bare ``from`` does.
* ``near-zero`` is an adjective, no figure.
"""

from __future__ import annotations

import pytest

from .test_figures import figures


def _money(sentence: str) -> list[tuple[str, str, str | None]]:
    return [(f["text"], f["kind"], f["currency"]) for f in figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Maize now sells for 410 CFA francs per kilogram in Niamey, compared with 265 a year ago.",
            [("410 CFA francs", "money", "XOF"), ("265", "money", "XOF")],
        ),
        ("A loaf costs €2.10 in Lyon, compared to 1.80 last spring.", [("€2.10", "money", "EUR"), ("1.80", "money", "EUR")]),
        ("The shares closed at $12.40, against 11.85 on Friday.", [("$12.40", "money", "USD"), ("11.85", "money", "USD")]),
    ],
)
def test_a_bare_number_compared_with_money_before_it_is_money_in_its_currency(sentence, expected) -> None:
    assert _money(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The fund paid $400 to 12 families, compared with 9 last year.",
        "The fine was $500, compared with 3 warnings last year.",
        "Tickets cost $40, and 300 people came compared with 250 in 2024.",
    ],
)
def test_a_count_compared_with_a_count_or_with_a_noun_stays_a_count(sentence) -> None:
    assert _money(sentence)[-1][1] == "quantity"


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The coach said he would make one or two changes to the side.", "changes"),
        ("One or two players were injured in the warm-up.", "players"),
        ("Only one or two of the players came to the meeting.", "players"),
    ],
)
def test_one_or_two_is_a_range_counting_the_plural_after_it(sentence, unit) -> None:
    [found] = figures(sentence)
    assert (found["value"], found["high"], found["unit"]) == (1, 2, unit)


def test_one_or_the_other_states_no_amount() -> None:
    assert figures("You can choose one or the other, the clerk said.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The showroom at 14 Ashok Marg was shut for the holiday.",
        "Vaccination starts at the health centre at 45 Calle Mercado on Friday.",
        "The firm moved to 8 Jalan Ampang in Kuala Lumpur last year.",
        "Her studio is at 12 Rua Augusta, near the river.",
    ],
)
def test_a_house_number_before_a_street_word_of_other_languages_is_no_figure(sentence) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "For emergency help call the SES on 132 500.",
        "Anyone affected can ring Samaritans on 116 123 at any time.",
        "Dial 999 in an emergency, police said.",
        "A 999 call was made by a neighbour.",
    ],
)
def test_a_number_to_call_is_no_figure(sentence) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The centre took 300 calls on Monday.", 300),
        ("He will call on 12 witnesses next week.", 12),
        ("The bus carried 45 Via passengers.", 45),
    ],
)
def test_calls_counted_and_witnesses_called_stay_figures(sentence, value) -> None:
    assert [f["value"] for f in figures(sentence)] == [value]


@pytest.mark.parametrize(
    ("sentence", "text", "currency"),
    [
        ("The Qatar Stars League said the winners would receive QR5 million.", "QR5 million", "QAR"),
        ("Kuwait will lend KD 120 million to the rail project.", "KD 120 million", "KWD"),
        ("Bahrain pledged BD 85 million for the new port.", "BD 85 million", "BHD"),
        ("The Jordanian cabinet approved JD 18 million in subsidies.", "JD 18 million", "JOD"),
    ],
)
def test_gulf_and_levant_letters_name_their_currency_in_a_story_of_that_country(sentence, text, currency) -> None:
    assert [(f["text"], f["currency"]) for f in figures(sentence)] == [(text, currency)]


def test_gulf_letters_name_no_currency_in_a_story_of_elsewhere() -> None:
    assert [f["currency"] for f in figures("The Oslo firm said it raised KD 120 million.")] != ["KWD"]


def test_cents_after_an_amount_in_a_currency_of_piastres_are_the_dollars() -> None:
    found = figures("At the official rate of 89,500 Lebanese pounds to the dollar, that equals about 43 cents a kilowatt-hour.")
    assert [(f["text"], f["currency"]) for f in found][-1] == ("43 cents", "USD")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Fenwick jumped 6.71m with his last attempt.", 6.71),
        ("She won the title with a leap of 8.35m.", 8.35),
        ("He threw 68.5m to take the bronze.", 68.5),
        # past a qualifier, and after what stretches so far
        ("Fenwick jumped almost 6.71m with his last attempt.", 6.71),
        ("The flood water stretched about 40m along the lane.", 40),
        ("The queue stretches 25m from the gate.", 25),
    ],
)
def test_m_after_a_verb_or_noun_of_jumping_or_throwing_is_metres(sentence, value) -> None:
    [found] = figures(sentence)
    assert (found["value"], found["unit"]) == (value, "m")


@pytest.mark.parametrize(
    "sentence",
    ["The fund raised 6.71m last year.", "The club paid a fee of 3m for the winger.", "The budget stretched to about 4m."],
)
def test_m_elsewhere_is_still_million(sentence) -> None:
    assert figures(sentence)[0]["value"] >= 1e6


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("The court in Chisinau fined the former mayor 150,000 lei.", "MDL"),
        ("Moldovan pensions rise by 300 lei in April.", "MDL"),
        ("The court in Bucharest fined the former mayor 150,000 lei.", "RON"),
    ],
)
def test_lei_are_the_leu_of_the_country_the_story_names(sentence, currency) -> None:
    assert [f["currency"] for f in figures(sentence)] == [currency]


def test_lei_name_no_currency_where_no_place_decides() -> None:
    assert [f["currency"] for f in figures("He was fined 150,000 lei, the court said.")] == [None]


@pytest.mark.parametrize("sentence", ["Behind the top two, Ferreira finished third.", "Rovers stayed in the bottom three."])
def test_a_rank_of_the_top_or_bottom_with_no_noun_is_no_amount(sentence) -> None:
    assert figures(sentence) == []


def test_a_rank_before_its_noun_still_counts() -> None:
    assert [(f["value"], f["unit"]) for f in figures("The top three finishers won prizes.")] == [(3, "finishers")]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        (
            "Invercargill councillors backed the plan. Invercargill will pay $48 million, and Invercargill ratepayers"
            " will fly to Sydney and Brisbane from Christchurch or Invercargill.",
            "NZD",
        ),
        (
            "Winnipeg approved the arena. Winnipeg will spend $90 million; Winnipeg fans often drive to Texas and"
            " Minnesota for games.",
            "CAD",
        ),
    ],
)
def test_a_bare_dollar_takes_the_dollar_of_places_named_most_and_first(text: str, currency: str) -> None:
    assert [c for t, _, c in _money(text) if t.startswith("$")] == [currency]


def test_places_named_most_but_not_first_leave_a_bare_dollar_open() -> None:
    text = "Brisbane fans cheered in Brisbane. Invercargill will pay $48 million; Invercargill and Invercargill agree."
    assert [c for t, _, c in _money(text) if t.startswith("$")] == ["USD"]


@pytest.mark.parametrize(
    "text",
    [
        "RIDGEFIELD, Minn. (KRDG) - An Alberta clipper hit the city, which has spent $1.1 million on salt.",
        "SALEM, Ore. (AP) - Crews from Alberta helped; the state paid $2 million for the work.",
    ],
)
def test_an_ap_state_abbreviation_names_a_place_of_the_united_states(text: str) -> None:
    assert [c for t, _, c in _money(text) if t.startswith("$")] == ["USD"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kharkiv club spent Hr 18 million on shelters.", [("Hr 18 million", "money", "UAH")]),
        ("In Kyiv, tickets cost between Hr 100 and Hr 300.", [("Hr 100 and Hr 300", "money", "UAH")]),
    ],
)
def test_hr_before_an_amount_is_the_hryvnia_in_a_story_of_ukraine(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _money(text) == expected


def test_hr_is_no_currency_where_no_story_of_ukraine_is_told() -> None:
    assert all(c != "UAH" for _, _, c in _money("The clinic spent Hr 18 million on its HR 500 system."))


@pytest.mark.parametrize(
    "rate",
    ["Sterling slipped 0.4 cents to $1.2870 against the dollar.", "The pound traded at $1.2870 versus the greenback."],
)
def test_a_rate_against_the_dollar_is_in_us_dollars_beside_another_dollar(rate: str) -> None:
    text = f"Harbin Tessel gained 3% to HK$41.20 in Hong Kong and 2% in Hong Kong's evening trade. {rate}"
    assert {c for t, k, c in _money(text) if k == "money" and not t.startswith("HK$")} == {"USD"}


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("Water rose this year from the equivalent of 8 cents to 13 cents per cubic meter.", ["8 cents", "13 cents"]),
        ("The shares slid from a high of $19 to $12 in a week.", ["$19", "$12"]),
    ],
)
def test_from_with_a_noun_of_the_number_opens_a_change(sentence: str, texts: list[str]) -> None:
    assert [t for t, _, _ in _money(sentence)] == texts


def test_near_zero_is_no_figure() -> None:
    assert _money("Traders borrowed at near-zero rates for years.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Changing the 54 service so it only runs to the quay would hurt villages.",
        "The 12 service has been cut to one bus an hour.",
        "Fares in Zone 1 and 2 will stay the same.",
        "Travellers in zones 1 to 6 pay more.",
    ],
)
def test_a_routes_or_zones_number_is_no_figure(sentence) -> None:
    assert [f for f in figures(sentence) if f["value"] in (1, 2, 6, 12, 54)] == []


def test_a_count_before_the_route_noun_and_another_noun_stays_a_count() -> None:
    assert [(f["value"], f["unit"]) for f in figures("The 15 bus drivers went on strike.")] == [(15, "drivers")]
