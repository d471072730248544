"""A seventeenth audit of the speaker rules on real news (water shortages, airline strikes, library and museum cuts,
e-scooters, fishing accidents, supermarket price wars; round r79): the kinds of wrong or missing speaker it found,
each with sentences written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited


# -- A: the one a verb of reproach charges with a deed does it ``by`` the participle -----------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Senators accused Harbour Foods of misleading shoppers by saying prices would “stay down”.", "Harbour Foods"),
        ("Unions criticised Acme Corp for stoking fears by calling the offer “final”.", "Acme Corp"),
        ("Critics blamed the ministry for alarming parents by describing the virus as “deadly”.", "the ministry"),
    ],
)
def test_the_one_reproached_speaks_by_the_participle(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Harbour Foods was accused of misleading shoppers by saying prices would “stay down”.", "Harbour Foods"),
        ("Senators grilled Harbour Foods on its prices by asking whether they would “stay down”.", "Senators"),
        ("Senators accused Harbour Foods of saying prices would “stay down”.", "Harbour Foods"),
    ],
)
def test_the_subject_still_speaks_in_the_passive_or_without_a_reproach(sentence, speaker):
    assert credited(sentence) == [speaker]


# -- B: two abbreviated titles joined by a hyphen -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We searched all night,” said spokesman Lt.-Cmdr. Brian Owens.", "Brian Owens"),
        ("“We searched all night,” Lt.-Cmdr. Brian Owens said.", "Brian Owens"),
        ("“We held the line,” said Maj.-Gen. Ann Lee.", "Ann Lee"),
    ],
)
def test_titles_joined_by_a_hyphen_open_the_name(sentence, speaker):
    assert credited(sentence) == [speaker]


def test_a_hyphened_name_is_no_pair_of_titles():
    assert credited("“We won,” said Ann Lee-Smith.") == ["Ann Lee-Smith"]


# -- C: a determiner and abbreviated titles alone are no speaker ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lt. Cmdr. told reporters the base was “secure”.",
        "The Lt.-Cmdr. told reporters the base was “secure”.",
    ],
)
def test_abbreviated_titles_after_a_determiner_are_no_speaker(sentence):
    assert credited(sentence) == [None]


def test_a_title_in_full_after_a_determiner_still_speaks():
    assert credited("The Minister told reporters the base was “secure”.") == ["The Minister"]


# -- D: a name after a sentence adverb and its comma, its description's closing comma left out --------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("However, Ann Lee, director general of the Harbour Board (HB) revealed in a webinar: “The forecast was too high.”", "Ann Lee"),
        ("Meanwhile, Dana Holt, president of the club said the vote was “rigged”.", "Dana Holt"),
    ],
)
def test_a_name_after_a_set_off_adverb_speaks_past_its_open_description(sentence, speaker):
    assert credited(sentence) == [speaker]


def test_a_name_after_a_place_set_off_is_not_read_so():
    # "In Paris," is no sentence adverb: the description's speaker is left unsure
    assert credited("In Paris, Dana Holt, president of the club said the vote was “rigged”.") == [None]


# -- E: a relative clause after the name, its closing comma left out before the speech verb ending the sentence ----


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“They weave in and out,” Jim Roe, who works downtown said.", "Jim Roe"),
        ("“It was too fast,” Ann Lee, who rides to work every day told reporters.", None),
        ("“It was too fast,” Ann Lee, who rides to work every day said.", "Ann Lee"),
    ],
)
def test_the_speech_verb_ending_the_sentence_after_an_open_relative_clause_credits_the_name(sentence, speaker):
    assert credited(sentence) == [speaker]


def test_a_bare_form_ending_an_open_clause_after_the_quote_is_no_verb():
    found = credited("Exports will grow “about 3%” this year, according to the harbour office report.")
    assert found == ["the harbour office report"]
