"""A list of bodies or places joined by commas and ``and`` that opens a sentence before a speech verb is credited
whole, as printed, never its last item alone, and a body's name runs on over ``of the`` (``the Ministry of the
Interior``); the sentences here are our own."""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Norway, Iceland and the Faroe Islands argued in a letter that the quota was “a fiction”.", "Norway, Iceland and the Faroe Islands"),
        ("Chile, Peru, and Bolivia said the treaty was “long overdue”.", "Chile, Peru, and Bolivia"),
        ("The IMF, the OECD and the World Bank warned of “a lost decade”.", "The IMF, the OECD and the World Bank"),
    ],
)
def test_a_list_opening_the_sentence_is_credited_whole(sentence, expected):
    assert credited(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prices fell, and Norway said the quota was “a fiction”.", "Norway"),  # clauses, no list
        ("Ann Lee, Bob Roe and Tom Hart said the quota was “a fiction”.", "Ann Lee, Bob Roe and Tom Hart"),
        ("In Oslo, Bergen and Tromsø, officials said the quota was “a fiction”.", "officials"),
    ],
)
def test_other_subjects_are_read_as_before(sentence, expected):
    assert credited(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“We will act when needed,” said the Ministry of the Interior.", "the Ministry of the Interior"),
        ("“Output stays,” the Organization of the Petroleum Exporting Countries said.", "the Organization of the Petroleum Exporting Countries"),
        ("“The plan is reckless,” said the Union of Concerned Scientists.", "the Union of Concerned Scientists"),
    ],
)
def test_a_bodys_name_runs_on_over_of_the(sentence, expected):
    assert credited(sentence) == [expected]


def test_the_brokerage_takes_up_a_body_named_securities():
    assert credited(
        "According to a note from Harbour Bridge Securities, funds sold a net 1.9 trillion yen of shares.",
        "The brokerage described the move as “position squaring”.",
    ) == ["Harbour Bridge Securities"]


def test_a_ratings_agency_named_only_opening_sentences_is_a_body_that_speaks():
    assert credited("Harbour Ratings cut the port's credit score in January, citing “weak liquidity”.") == ["Harbour Ratings"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bank of Harbour Governor Ann Lee said rates were “high enough”.", "Ann Lee"),
        ("University of Harbour Professor Tom Hart said it was “a breakthrough”.", "Tom Hart"),
        ("The Bank of Harbour said rates were “high enough”.", "The Bank of Harbour"),
    ],
)
def test_a_title_and_name_after_a_body_named_with_of_is_the_person(sentence, expected):
    assert credited(sentence) == [expected]
