"""An eighteenth audit of the speaker rules on real news (the partial quotes of rounds r74–r80 credited to no one):
a participle in the passive and its agent after ``by``, opening the sentence or set off by a comma, with sentences
written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited


# -- A: a participle opening the sentence, its agent after ``by`` before the quote ----------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Described by council leader Ann Lee as “a lifeline”, the fund was cut anyway.", "Ann Lee"),
        ("Praised by the mayor, Tom Reid, as “visionary”, the plan still failed.", "Tom Reid"),
        ("Dismissed by Acme Corp as “pure speculation”, the report caused a stir.", "Acme Corp"),
    ],
)
def test_an_opening_participles_agent_speaks(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Backed by the mayor, Ann Lee called the plan “a lifeline”.", "Ann Lee"),  # the agent backs; the subject speaks
        ("Driven by “greed”, the scheme failed, Ann Lee said.", "Ann Lee"),  # no speech verb: the closing credit
    ],
)
def test_an_opening_participle_of_no_speech_leaves_the_quote_to_its_speaker(sentence, speaker):
    assert credited(sentence) == [speaker]


# -- B: a participle with no ``be`` before it, its agent after ``by`` right after the quote --------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Branded “a failure” by Ann Lee, the scheme was dropped.", "Ann Lee"),
        ("The scheme, branded “a failure” by Ann Lee, was dropped in May.", "Ann Lee"),
        ("The levy, described as “a stealth tax” by Acme Corp, starts in June.", "Acme Corp"),
    ],
)
def test_a_participle_set_off_by_a_comma_or_opening_the_sentence_is_passive(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Branded “a failure” by any measure, the scheme was dropped.",  # a measure, no agent
        "The levy, to start in June, is “a stealth tax” by any account.",  # no participle before the quote
    ],
)
def test_no_agent_no_speaker(sentence):
    assert credited(sentence) == [None]
