"""Figures audit 18 (blind rounds r89 and r90: lotteries, factory closures, dog attacks, bird flu and egg prices, data
centres, markets; football finances, cruise ships, crime, car strikes, cancer screening, gold): a plain ``pounds`` in an
article that marks no pound and names no place of the United Kingdom weighs, unless a word of money or a conversion
keeps it sterling (r92: Reuters prints sterling so); ``a``/``an`` after a fraction in digits and ``of`` is no count of
one; a vague multiple in capitals inside a sentence is a name's word; and number words after a dateline's two hyphens
open a sentence.  Sentences of our own, positive and negative."""

import pytest

from .test_figures import figures, one


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The sheriff said the dogs were all under 40 pounds.", "pounds"),
        ("The catfish was 52 pounds.", "pounds"),
        ("The rocket carried a 330 pound (150 kilogram) payload.", "pound"),
    ],
)
def test_plain_pounds_in_an_article_that_marks_no_pound_weigh(sentence, unit):
    found = figures(sentence)[0]
    assert (found["kind"], found.get("currency"), found["unit"]) == ("quantity", None, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "He was fined 500 pounds by the court.",
        "The fine was 500 pounds ($630).",
        "Tickets cost 12 pounds each.",
        "Parking will be 40 pounds a week.",
        "Fares rose by a pound.",
        "The prize was 50 pounds and a trophy.",
        "The catfish was 52 pounds. A ticket cost £5.",
        "The council will spend 40 million pounds on roads.",
        "The offer comprised a one-off sum of 1,000 pounds, the union said. It has members across Britain.",
        "A season pass is now 300 pounds for adults in Scotland.",
    ],
)
def test_pounds_stay_sterling_beside_money_a_conversion_a_rate_a_marked_pound_or_a_british_place(sentence):
    found = figures(sentence)[0]
    assert (found["kind"], found["currency"]) == ("money", "GBP")


@pytest.mark.parametrize(
    "sentence", ["A pennyweight is equal to 1/20th of an ounce.", "The site is 3/4 of a mile away.", "It uses 1/3 of a tonne."]
)
def test_a_unit_after_a_fraction_in_digits_is_no_count_of_one(sentence):
    assert figures(sentence) == []


def test_a_unit_alone_is_a_count_of_one():
    assert one("He walked a mile.")["value"] == 1


def test_a_vague_multiple_in_capitals_inside_a_sentence_is_a_name():
    assert [f["text"] for f in figures("The Mega Millions jackpot reached $500 million.")] == ["$500 million"]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Millions of parents are urged to act.", "Millions"),
        ("SALT LAKE CITY -- Hundreds of visitors took shelter.", "Hundreds"),
        ("KANSAS CITY -- Three people were hurt in the crash.", "Three"),
    ],
)
def test_number_words_opening_a_sentence_or_a_dateline_are_figures(sentence, text):
    assert one(sentence)["text"] == text
