"""Figures audit 22 (blind round r98: doctors' pay, mine accidents, airports, coffee and cocoa, bus and ferry
accidents, sugar taxes): a currency name several currencies share is the one whose country the clause before the
amount names (``…, while Mexico lifted its levy to 3.08 pesos`` in a story from Manila).  Sentences of our own,
positive and negative."""

import pytest

from .test_figures import figures


@pytest.mark.parametrize(
    ("sentence", "currencies"),
    [
        (
            "Manila raised its excise in the Philippines to 6 pesos a litre, while Mexico lifted its levy to 3.08 pesos.",
            ["PHP", "MXN"],
        ),
        ("In Colombia the fare is 2,950 pesos, and in Manila it is 13 pesos.", ["COP", "PHP"]),
        ("Switzerland charges 5 francs a pack; in Senegal the tax is 500 francs.", ["CHF", "XOF"]),
    ],
)
def test_a_shared_name_is_the_currency_of_the_country_its_clause_names(sentence, currencies):
    assert [f["currency"] for f in figures(sentence)] == currencies


def test_a_clause_naming_two_countries_of_the_name_decides_nothing():
    found = figures("Mexico and Colombia both charge 3 pesos a litre.")
    assert [f["currency"] for f in found] != ["MXN"] and [f["currency"] for f in found] != ["COP"]


def test_the_country_of_the_amounts_own_clause_decides_where_the_article_names_two():
    assert [f["currency"] for f in figures("Pakistan will spend 900 billion rupees, Islamabad said, as India looked on.")] == ["PKR"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In Johannesburg, South Africa, processing costs averaged R180 per claim.", [(180.0, "ZAR")]),
        ("KalTel in Manila, the Philippines, raised its add-on to P149 from P129.", [(149.0, "PHP"), (129.0, "PHP")]),
    ],
)
def test_letters_of_the_articles_currency_after_averaged_or_before_from_are_money(sentence, expected):
    assert [(f["value"], f["currency"]) for f in figures(sentence)] == expected


@pytest.mark.parametrize("sentence", ["Retailers brace for a deeper RON95 subsidy cut.", "RON97 petrol is sold at every station."])
def test_a_petrols_octane_grade_is_no_money(sentence):
    assert [f["currency"] for f in figures(sentence)] == []


def test_lei_printed_as_an_amount_stay_money():
    assert [(f["value"], f["currency"]) for f in figures("It cost RON2,500 in Bucharest.")] == [(2500.0, "RON")]


def test_nepali_rupees_are_npr():
    assert [(f["value"], f["currency"]) for f in figures("The government will give 200,000 Nepali rupees to each family.")] == [
        (200000.0, "NPR")
    ]
