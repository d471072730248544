"""Figures audit 12 (blind round p590-p595): a dateline that names a place of one foreign dollar (``SINGAPORE -``)
makes a bare ``$`` that dollar where the article marks another dollar apart or converts a currency into it, unless
a wire agency datelines it or the article marks that dollar itself; a number after a row, seat, pier, aisle, ward,
suite or apartment is part of its name.  Sentences of our own, positive and negative."""

import pytest

from newsparse import parse

from .test_figures import figures


def _currencies(page):
    return {f.text: f.currency for article in parse(page) for f in article.figures if f.kind == "money"}


# -- a dateline names the bare dollar's home ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "bare", "home"),
    [
        ("SINGAPORE - A Hong Kong family paid $4.2 million for a flat after selling one for HK$28 million.\n", "$4.2 million", "SGD"),
        ("SINGAPORE - The developer raised Rs 2,000 crore (about $310 million) from investors.\n", "$310 million", "SGD"),
        ("HONG KONG: The miner raised A$40 million, and a local fund paid $12 million for its stake.\n", "$12 million", "HKD"),
    ],
)
def test_a_dateline_names_the_dollar_another_is_marked_apart_from(page, bare, home):
    assert _currencies(page)[bare] == home


@pytest.mark.parametrize(
    ("page", "bare"),
    [
        ("SINGAPORE (Reuters) - A Hong Kong family paid $4.2 million for a flat after selling one for HK$28 million.\n", "$4.2 million"),
        ("LONDON - The developer raised Rs 2,000 crore (about $310 million) from investors.\n", "$310 million"),
        ("SINGAPORE - Prices rose to S$1.2 million, while a Hong Kong buyer paid $900,000 for a flat.\n", "$900,000"),
    ],
)
def test_wire_copy_another_dateline_or_the_home_dollar_marked_keeps_the_us_dollar(page, bare):
    assert _currencies(page)[bare] == "USD"


# -- a number that names a place in a row, a ship's quay or a building -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Passenger Ann Lee, who was sitting in row 14, said the landing was rough.",
        "The passenger in seat 14C filmed the landing.",
        "Nurses on ward 7 and vendors on Pier 39 were evacuated.",
        "Guests in suite 12 and apartment 4 complained.",
    ],
)
def test_a_number_naming_a_row_seat_pier_ward_or_suite_is_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Labour holds 14 seats after winning by 5 votes.", [(14, "seats"), (5, "votes")]),
        ("The firm rented 3 apartments and 2 suites.", [(3, "apartments"), (2, "suites")]),
        ("Temperatures hit 14C in London.", [(14, "degrees Celsius")]),
    ],
)
def test_counted_rows_seats_and_rooms_are_still_figures(sentence, expected):
    assert [(f["value"], f["unit"]) for f in figures(sentence)] == expected


@pytest.mark.parametrize("text", ["+1", "call 13", "on 1800 333"])
def test_a_number_closing_the_text_is_read_to_its_end(text):
    assert [f["text"] for f in figures(text)][-1:] == [text.split()[-1].lstrip("+")]
