"""Rules from blind rounds p698-p709 of real pages, on sentences written for these tests:

* a firm named for a person and ``and Associates`` (or ``Partnership``) is a body's name, so the person named
  before ``of`` it speaks (``Tom Philips of Tom Phillips and Associates explained``);
* a quote credited after it to a description in lower case that owns a noun or is plural (``the festival’s
  terms said``, ``the officers said``) is not carried on from the last speaker;
* ``they`` after members of a party (``Republicans because they say``) is not the body credited before;
* a speech verb in the passive introducing a direct quote after a cue (``According to X, they were told: “…”``)
  makes the quote words said to the subject, by no one named: no speaker;
* ``terms``, ``conditions``, ``rules``, ``policy``, ``guidelines`` and ``regulations`` are documents a quote may
  come from (``the club’s rules say``).
"""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("“It was unusual,” Tom Philips of Tom Phillips and Associates explained to reporters.", "Tom Philips"),
        ("“The rents are high,” Ann Lee of John Smith and Associates said.", "Ann Lee"),
        ("Mia Chen of Chen Partnership said: “We will appeal.”", "Mia Chen"),
    ],
)
def test_a_firm_and_its_associates_is_a_body_after_the_person(line, speaker):
    assert credited(line) == [speaker]


@pytest.mark.parametrize(
    ("closing", "speaker"),
    [
        ("the festival’s terms and conditions said", None),
        ("the union’s members said", "the union’s members"),
        ("the officers said", "the officers"),
        # a description that may be the person quoted before carries on as before
        ("the 45-year-old said", "Ann Lee"),
        ("the boss said", "Ann Lee"),
    ],
)
def test_a_closing_description_of_another_thing_is_not_the_last_speaker(closing, speaker):
    first = "“Prices will rise,” Ann Lee said."
    assert credited(first, f"“No refunds will be given,” {closing}.") == ["Ann Lee", speaker]


def test_they_after_party_members_is_not_the_body_credited_before():
    speakers = credited(
        "The White House has said Trump will sign the bill before the deadline.",
        "Democrats back the bill because it strips riders, and Republicans because they say it will “correct” the budget.",
    )
    assert speakers == [None]


def test_they_after_workers_of_the_body_credited_before_is_still_that_body():
    speakers = credited("The union said in a statement it would strike.", "The union said they would “fight on”.")
    assert speakers == ["The union"]


@pytest.mark.parametrize(
    "line",
    [
        "According to Wells and others, they were told: “Do not come back to the port.”",
        "Ann Lee said she was asked: “Why are you here?”",
        "Tom Roe said that the workers were warned, “Jobs will go.”",
    ],
)
def test_words_said_to_the_subject_in_the_passive_have_no_speaker(line):
    assert credited(line) == [None]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Ann Lee was quoted as saying: “Go home.”", "Ann Lee"),
        ("According to Tom Roe, the plan is “working”.", "Tom Roe"),
        # a quote inside the clause reported in the passive is the cited source's
        ("According to Tom Roe, the workers were warned that “jobs will go”.", "Tom Roe"),
    ],
)
def test_a_cue_with_no_passive_after_it_still_credits(line, speaker):
    assert credited(line) == [speaker]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("“No refunds,” the club’s rules say.", "the club’s rules"),
        ("“Bags must be searched,” the stadium’s guidelines state.", "the stadium’s guidelines"),
    ],
)
def test_rules_and_guidelines_are_documents(line, speaker):
    assert credited(line) == [speaker]
