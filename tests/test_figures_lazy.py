"""Figures: work the rules leave out changes no answer.

A bare ``$`` asks the article only which dollars it names: the prints that can name no dollar
(``Rs``, ``pesos``, ``P14.2 million``) are not read for it, and the answer is the dollars of the
full answer.  A plugin that makes such a print name a dollar is read again.  A dateline is tried
where a line starts, and a number's token goes on only after a mark that can join it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsparse.hooks.vocabulary import Vocabulary
from newsparse_figures import FigureExtractor, _ArticleCurrencies
from newsparse_figures.declarations import DECLARATIONS

from tests.test_figures import EXTRACTOR, figures

MONEY = EXTRACTOR.finder.money
DOLLARS = EXTRACTOR.finder.patterns.dollar_currencies | {"USD"}

#: Pieces of articles written for these tests: places, currencies and prints of several countries.
_PIECES = [
    "Officials in Canberra signed the lease.",
    "A Saskatoon firm won the contract.",
    "Traders in Auckland shrugged.",
    "The bill passed in Washington.",
    "Buyers paid $40 million for the site.",
    "The fund raised C$2 billion.",
    "Fares rose to 900 pesos in Bogotá.",
    "Vendors in Medellín charge 2,000 pesos.",
    "A ticket costs Rs 250 in Lahore.",
    "Hawkers pay Sh 120 a day in Mombasa.",
    "The deal (about $3 million) closed.",
    "Farmers in Cebu borrowed P14.2 million.",
    "The rand firmed against the naira.",
    "KISUMU, Kenya (AFP) — Prices climbed.",
    "Growers in Uganda and Tanzania sold 20 shillings a kilo.",
    "Tourists paid 35 crowns in Prague.",
    "SYDNEY (Reuters) - Miners cut jobs.",
    "Fees are 12 francs in Geneva.",
]
_ASKED = [DOLLARS, frozenset({"USD"}), frozenset({"CAD"}), frozenset({"KES", "UGX"}), frozenset({"COP", "PHP"})]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6), st.sampled_from(_ASKED))
def test_asking_for_some_currencies_gives_those_of_the_full_answer(pieces, among):
    text = "\n".join(pieces)
    assert MONEY.currency_context(text, among) == MONEY.currency_context(text) & among


@pytest.mark.parametrize(
    ("text", "among"),
    [
        ("Officials in Canberra priced the port at $60 million.", DOLLARS),
        ("Fans in Auckland paid $15 and cheered.", DOLLARS),
        ("Vendors in Medellín charge 2,000 pesos and $3.", frozenset({"COP"})),
        ("A ticket costs Rs 250 in Lahore, or $1.", frozenset({"PKR", "USD"})),
    ],
)
def test_the_answer_to_a_bare_dollar_is_part_of_the_full_answer(text, among):
    asked = MONEY.currency_context(text, among)
    assert asked and asked == MONEY.currency_context(text) & among


def test_a_plugin_that_makes_a_shared_name_a_dollar_is_read_for_a_bare_dollar():
    text = "Fans in Auckland paid 40 francs each for the final."
    assert "NZD" not in MONEY.currency_context(text, DOLLARS)  # francs name no dollar of their own
    kiwi = FigureExtractor(Vocabulary(DECLARATIONS).changed({"currency_words": {"kiwi franc": "NZD"}}))
    money = kiwi.finder.money
    assert "NZD" in money.currency_context(text)
    assert money.currency_context(text, DOLLARS) == money.currency_context(text) & DOLLARS


@pytest.mark.parametrize("full_first", [False, True])
def test_an_article_answers_each_question_once_and_alike(full_first):
    text = "Officials in Canberra priced the port at $60 million; Bogotá paid 2,000 pesos."
    article = _ArticleCurrencies(EXTRACTOR.finder, "Headline\n\n" + text, len("Headline\n\n"), len(text) + 10)
    every = MONEY.currency_context(text)
    if full_first:
        assert article.named() == every
    assert article.named(DOLLARS) == every & DOLLARS == {"AUD"}
    assert article.named() == every


def test_a_bare_dollar_in_a_place_of_one_foreign_dollar_takes_it():
    text = "Officials in Canberra priced the port at $60 million."
    (money,) = figures(text)
    assert (money["text"], money["currency"]) == ("$60 million", "AUD")


_SHILLINGS = frozenset({"KES", "UGX", "TZS"})


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Market report\nKISUMU, Kenya (AFP) — Growers in Uganda and Tanzania sold 20 shillings a kilo.", "KES"),
        ("Prices\n\nARUSHA, Tanzania — Growers in Uganda and Kenya sold 20 shillings a kilo.", "TZS"),
        ("ENTEBBE: Growers in Kenya and Tanzania sold 20 shillings a kilo.", "UGX"),
    ],
)
def test_a_dateline_opens_a_line(text, currency):
    assert MONEY.currency_context(text) & _SHILLINGS == {currency}


def test_capitals_inside_a_line_are_no_dateline():
    text = "Growers in Uganda and Tanzania told KISUMU, Kenya (AFP) — they sold 20 shillings a kilo."
    assert MONEY.currency_context(text) & _SHILLINGS == _SHILLINGS


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("The 121st session opened.", []),  # a letter after the digits
        ("Polls close at 17:31 sharp.", []),  # a colon before digits
        ("The fleet of 787-9s grew by 12 planes.", [12.0]),  # a model's plural after a hyphen
        ("They moved 40 crates, then 12.", [40.0, 12.0]),  # a comma joins nothing
        ("The team scored 3 goals (all late).", [3.0]),
    ],
)
def test_a_number_goes_on_only_after_a_mark_that_joins(sentence, values):
    assert [f["value"] for f in figures(sentence)] == values
