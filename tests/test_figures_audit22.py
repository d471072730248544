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
