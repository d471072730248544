"""Figures: the article's places decide a shared currency name and currency letters; kobo are naira coins."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .test_figures import figures


def _money(sentence: str) -> list[tuple[str, float | None, str | None]]:
    return [(f["text"], f["value"], f["currency"]) for f in figures(sentence) if f["kind"] == "money"]


@pytest.mark.parametrize(
    ("sentence", "text", "currency"),
    [
        ("Bus fares in Medellín will climb to 3,100 pesos in March.", "3,100 pesos", "COP"),
        ("Manila commuters pay 15 pesos more per ride.", "15 pesos", "PHP"),
        ("A Lahore bakery sells naan for 25 rupees.", "25 rupees", "PKR"),
        ("Traders in Algiers paid 900 dinars a sack.", "900 dinars", "DZD"),
        ("The Doha exhibition charged 50 riyals at the door.", "50 riyals", "QAR"),
        ("Ferries out of Oslo now cost 420 kroner.", "420 kroner", "NOK"),
    ],
)
def test_a_shared_name_is_the_currency_of_the_places_named(sentence, text, currency):
    assert _money(sentence) == [(text, pytest.approx(_money(sentence)[0][1]), currency)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tourists from Mexico changed money in Bogotá at 4 pesos a dollar.",  # places of two pesos
        "The stall charged 200 pesos for a plate.",  # no place at all
        "Delegates from Karachi and Mumbai each paid 700 rupees.",
    ],
)
def test_a_shared_name_stays_open_without_one_currency_of_places(sentence):
    assert all(currency is None for text, _, currency in _money(sentence) if "pesos" in text or "rupees" in text)


@pytest.mark.parametrize(
    ("sentence", "text", "currency"),
    [
        ("The Federal Board of Revenue missed its target by Rs384 billion.", "Rs384 billion", "PKR"),
        ("Flood relief for Balochistan will cost Rs 12 billion.", "Rs 12 billion", "PKR"),
        ("The National Assembly approved Rs 90 crore for roads.", "Rs 90 crore", "INR"),
    ],
)
def test_bodies_and_provinces_of_pakistan_alone_make_rupee_letters_pkr(sentence, text, currency):
    assert _money(sentence)[0][::2] == (text, currency)


def test_an_adjective_still_decides_before_places():
    assert _money("In Manila the broker quoted 70 Mexican pesos.") == [("70 Mexican pesos", 70.0, "MXN")]


_PLACES = {"Bogotá": "COP", "Cali": "COP", "Monterrey": "MXN", "Havana": "CUP", "Cebu": "PHP"}


@given(st.lists(st.sampled_from([*_PLACES, "traders", "in", "the"]), min_size=1, max_size=6))
def test_pesos_take_the_currency_of_places_of_one_peso_alone(tokens):
    # or of the peso whose places are named three times or more, twice as often as all the others together, or
    # named first and more often than any other
    placed = [_PLACES[token] for token in tokens if token in _PLACES]
    named = Counter(placed)
    (top, most), (_, second) = (named.most_common(2) + [(None, 0), (None, 0)])[:2]
    others = sum(named.values()) - most
    first = bool(placed) and placed[0] == top and most >= 3 and most > second
    expected = top if len(named) == 1 or (most >= 3 and most >= 2 * others) or first else None
    found = [currency for text, _, currency in _money(" ".join(tokens) + " paid 80 pesos.") if text == "80 pesos"]
    assert found == [expected]


def test_kobo_are_hundredths_of_the_naira():
    assert _money("The lender paid a final dividend of 35 kobo.") == [("35 kobo", 0.35, "NGN")]
    assert _money("Its stock slipped 5 kobo on Friday.") == [("5 kobo", 0.05, "NGN")]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("Eskom needs R59 billion to fix its plants in South Africa.", "R59 billion", 5.9e10, "ZAR"),
        ("The Johannesburg council owes R3,400 per household.", "R3,400", 3400.0, "ZAR"),
        ("Shares of the Riyadh lender closed at SR41.20.", "SR41.20", 41.2, "SAR"),
        ("Petrol in Nigeria now sells at N617.50 a litre.", "N617.50", 617.5, "NGN"),
    ],
)
def test_letters_before_an_amount_name_the_currency_the_article_speaks_of(sentence, text, value, currency):
    assert _money(sentence) == [(text, pytest.approx(value), currency)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The R21 and the N4 were closed near Pretoria after the crash.",  # road numbers, not amounts
        "The Saudi pilot flew an F-16 and an A380; an R&B band played.",
        "The council spent R40 billion on the M1.",  # no rand in the article
        "Shares closed at SR41.20 on Monday.",  # no Saudi Arabia in the article
    ],
)
def test_letters_before_digits_stay_out_without_the_article_or_an_amount(sentence):
    assert [text for text, _, currency in _money(sentence) if currency in ("ZAR", "SAR", "NGN")] == []


@pytest.mark.parametrize("home", ["a San Francisco startup", "a Chicago lender", "a Pennsylvania hospital group"])
def test_a_us_place_keeps_a_bare_dollar_usd_beside_one_mention_of_another_dollar_country(home):
    sentence = f"Ledgerline, {home}, raised $48 million and plans to expand into the U.K. and Canada next year."
    assert _money(sentence) == [("$48 million", 48_000_000, "USD")]


def test_a_canadian_story_still_reads_its_bare_dollar_as_cad():
    sentence = "The Ontario government will spend $2 billion on Ontario transit, Ontario's premier told reporters in Toronto."
    assert _money(sentence)[0][2] == "CAD"
