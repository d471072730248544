"""The subject of a clause a subordinating word opens speaks by the second of its two verbs (``after Bank Indonesia
held rates but said “…”``); a body word and one more name word are a body's name (``Bank Indonesia``, ``Police
Scotland``), no title over a surname; on sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The rupiah rose after Bank Indonesia held its rate at 6.25% but said a cut could come “by May”.", "Bank Indonesia"),
        ("Shares fell as Acme Corp cut its forecast and said demand was “weak”.", "Acme Corp"),
        ("The talks stalled when Ann Lee walked out and said the offer was “an insult”.", "Ann Lee"),
    ],
)
def test_the_subject_of_a_subordinate_clause_speaks_by_its_second_verb(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The rupiah rose after the bank held rates, and analysts said it was “cautious”.", "analysts"),
        ("Prices rose after the storm hit and officials said supplies were “tight”.", "officials"),
    ],
)
def test_a_subject_of_its_own_keeps_the_verb(sentence, speaker):
    assert credited(sentence) == [speaker]


def test_no_name_opening_the_clause_credits_no_one():
    assert credited("Prices rose after the storm hit the coast and said to be “the worst”.") == [None]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["Bank Indonesia held the rate but said a cut could come “by May”."], "Bank Indonesia"),
        (["Police Scotland arrested two men on Sunday.", "“Inquiries continue,” the force said."], "Police Scotland"),
    ],
)
def test_a_body_word_and_a_name_word_are_a_bodys_name(paragraphs, speaker):
    assert credited(*paragraphs) == [speaker]


def test_a_role_before_a_surname_is_still_a_title():
    assert credited("Senator Smith left early.", "“It is over,” Smith said.") == ["Smith"]


def test_a_name_before_a_plural_role_is_part_of_the_group():
    assert credited("EU leaders traded barbs on Thursday, insisting the plan was “not realistic”.") == ["EU leaders"]


def test_a_determiner_after_with_is_not_counted_among_the_subjects_words():
    sentence = "Leaders met, with a group of net contributors insisting the plan was “not realistic”."
    assert credited(sentence) == ["a group of net contributors"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Demand fell, with think-tank Harbour Institute reporting that exports were “in retreat”.", "Harbour Institute"),
        ("It is no surprise the crews were shocked, with lender Acme Bank warning of “hard months”.", "Acme Bank"),
        ("The club lost again, with striker Ivan Toney saying the team was “not good enough”.", "Ivan Toney"),
    ],
)
def test_a_word_describing_the_name_after_with_is_not_counted_among_the_subjects_words(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Prices rose, with the Harbour Institute on Monday warning of “hard months”.", "the Harbour Institute"),
        ("The club lost again, with Ivan Toney last week saying the team was “not good enough”.", "Ivan Toney"),
    ],
)
def test_a_time_between_the_subject_after_with_and_its_participle_is_passed(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Families got a payment, with work and pensions secretary Ann Lee saying the plan was “fair”.", "Ann Lee"),
        ("Crews went home, with harbour board deputy chair Tom Hale warning of “hard months”.", "Tom Hale"),
        ("Shoppers stayed away, with the long queues making the day “a nightmare”.", None),
    ],
)
def test_a_participle_after_with_never_speaks_for_the_sentences_subject(sentence, speaker):
    assert credited(sentence) == [speaker]


def test_it_is_no_plural_group_but_the_body_that_spoke_last():
    assert credited(
        "Hanseong said it would pay a dividend. Local residents, who own half of it, have been buyers.",
        "Capital spending will peak in spring, it said, adding that it would “remain disciplined”.",
    ) == ["Hanseong"]


def test_a_body_cited_after_according_to_is_followed():
    assert credited(
        "The developer Masdar signed the deal with the utility Ewec on Monday.",
        "According to Ewec, demand rose 6.2 per cent. The company said the plant would “set a benchmark”.",
    ) == ["Ewec"]
