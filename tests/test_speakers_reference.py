"""Who a pronoun or a description stands for: a long title after ``with`` before a participle, a person doing a
relative clause's verb, a description of the one person named so far, record holders and champions, and a
described name after an opening conjunction: sentences written for each rule (none copied from a page)."""

from __future__ import annotations

import pytest

from .test_quotes import credited


# -- ``with`` and a titled name before a participle: that person speaks ----------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (["The council passed the budget, with Deputy Mayor for Planning Ann Lee telling reporters it was “long overdue”."],
         ["Ann Lee"]),
        (["Ministers claimed victory, with Senate Majority Leader Tom Roe saying the vote was “a great day”."], ["Tom Roe"]),
        (["The mill closed, with media reports saying the owners were “broke”."], ["media reports"]),
        (["The plan passed, with many of the town's older residents saying it was “long overdue”."], [None]),
    ],
)
def test_a_titled_name_after_with_speaks_the_participle(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert credited(*paragraphs) == speakers


# -- a person named before ``who`` and a verb is followed: the pronoun after stands for them ---------------------


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (["Max Weber won the race on Sunday.",
          "Several drivers want the rule changed, including Karl Brandt who believes it confuses fans.",
          "“I think that is wrong,” he said."], ["Karl Brandt"]),
        (["Max Weber won the race on Sunday.",
          "Rivals backed the change, among them Karl Brandt, who argues it is overdue.",
          "“It is time,” he said."], ["Karl Brandt"]),
        (["The board backed the plan put forward by Mayor Dan Lien.",
          "Behind the objection was Councillor Per Skau of Ringvik, who asked for a costing. “It is a blank cheque,” "
          "he said."], ["Per Skau"]),
    ],
)
def test_the_person_doing_a_relative_clause_is_followed(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert credited(*paragraphs) == speakers


# -- a definite description stands for the one person named so far ---------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (["Ann Lee has warned her Harbour FC players not to relax before the final.",
          "‘We have to stay calm,’ said the Harbour boss after training."], ["Ann Lee"]),
        (["Tom Roe told his Ravens squad to rest this week.", "“Legs are tired,” the Ravens coach said on Friday."],
         ["Tom Roe"]),
        # two people named: either may be the boss, and the words as printed describe one of them, so nobody
        (["Ann Lee praised Tom Roe after the draw.", "‘It was close,’ said the Harbour boss after training."],
         [None]),
        # a title of another origin: not that person
        (["Russian President Ivan Petrov met the envoy on Monday.", "“We talked for hours,” said the American leader."],
         [None]),
    ],
)
def test_a_description_of_the_one_person_named_credits_them(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert credited(*paragraphs) == speakers


# -- record holders and champions are roles: a description of the person followed ---------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (["Ann Lee crossed the line first in a record time.", "“I feel great,” the indoor 60 metres world record holder said."],
         ["Ann Lee"]),
        (["Tom Roe beat Dan Lien in the final.", "“It never gets old,” the champion said."], ["Tom Roe"]),
        (["The concert was cancelled an hour before it began.", "“We were robbed,” a ticket holder said."],
         ["a ticket holder"]),
    ],
)
def test_holders_and_champions_are_described_people(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert credited(*paragraphs) == speakers


# -- a conjunction opening a sentence before nouns that describe a name -----------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (["Showrunner Joe Hale said the cancellation came as a shock.",
          "And series star Tom Ellis, who plays the lead, was not having any of it either.",
          "“None of us expected the cancellation,” he said."], ["Tom Ellis"]),
        (["Director Joe Hale said the cancellation came as a shock.", "But fellow actor Ann Lee had other ideas.",
          "“It was time,” she said."], ["Ann Lee"]),
    ],
)
def test_a_described_name_after_an_opening_conjunction_is_the_subject(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert credited(*paragraphs) == speakers


# -- a speech-verb form closing an opening prepositional phrase is a noun; an -ing clause closed by ", he" ---------


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (["Governor Ivan Petro announced the deaths in a statement.",
          "In the same post, Petro specified that two people “were found in the ruins” and a third died later."],
         ["Ivan Petro"]),
        (["In a recent post, Ann Lee wrote that fares were “too high”."], ["Ann Lee"]),
        (["Residents near the quarry told reporters the dust was “everywhere”."], ["Residents near the quarry"]),
        (["Magistrate Ann Lee heard the case.", "Sentencing Roe on Thursday, she told the court: “I was threatened.”"],
         ["Ann Lee"]),
        (["Coach Ann Lee spoke after the game.", "Manning, he said, was “the best I have seen”."], [None]),
    ],
)
def test_lead_ins_that_hide_a_verb_form_or_a_name(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert credited(*paragraphs) == speakers
