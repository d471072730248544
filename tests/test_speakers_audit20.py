"""A twentieth audit of the speaker rules on real news (wrong or missing speakers of blind round r89, and of r90):
a lone pronoun opening a sentence takes up who was described before without describing anyone anew, so a later
``she`` may stand for the person quoted since; a clause of comparison or a free relative (``…, as some traders
suggested``, ``… than economists expected``) reports no statement a next passage quotes; words of manner (``was
vocal``, ``was critical``) introduce the quote after them; a body of two words or more reporting a sentence at its
end (``…, Acme Cruises said.``) is the body a later ``the company`` takes up; two portfolios joined by ``and`` open a
role without a determiner (``health and safety officer``); and from r91, the other party named in a fronted phrase
holding the pronoun's own ``his`` is no ``he``, and a line ending no sentence (a link's headline) introduces no
quote; from r92, ``they`` never stands for one document.  Sentences written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited


def test_a_pronoun_subject_leaves_the_person_quoted_since_for_a_later_she():
    speakers = credited(
        "The owner of a shop in the square has reported the theft, police said.",
        "They set up a cordon, where “nobody was hurt,” said Inspector Jane Moss. Asked about suspects, she replied: "
        "“Not yet.”",
    )
    assert speakers == ["Jane Moss", "Jane Moss"]


def test_a_pronoun_subject_keeps_the_unnamed_source_followed():
    speakers = credited(
        "A spokesman for the firm said the plant would close.",
        "They added that talks had failed.",
        "“We tried everything,” he said.",
    )
    assert speakers == ["A spokesman for the firm"]


@pytest.mark.parametrize(
    "reported",
    [
        "Tom Roe said the pound would not fall to parity, as some traders suggested before the vote.",
        "Tom Roe said the pound would fall further than some traders suggested.",
        "Tom Roe said rates would rise, as most economists had predicted.",
    ],
)
def test_the_subject_of_a_comparison_does_not_introduce_the_next_quote(reported):
    assert credited(reported, "“It has found its level.”") == ["Tom Roe"]


def test_a_comparison_before_a_colon_introduces_its_subject():
    assert credited("Tom Roe said sales were weak, as Ann Lee put it:", "“We are in trouble.”") == ["Ann Lee"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The managing director of Acme, Dennis Vale, was vocal in his anger at the decision and the cuts that followed.", "Dennis Vale"),
        ("Shares fell. Ann Lee was critical of the plan and the way it was sold to staff.", "Ann Lee"),
        ("Ann Lee was more sanguine about the long-term effect on the town and its shops.", "Ann Lee"),
        ("Shares fell. Ann Lee was downbeat about the long-term effect on the town and its shops.", "Ann Lee"),
    ],
)
def test_a_word_of_manner_introduces_the_quote_after_it(sentence, speaker):
    assert credited(f"{sentence} “It is a mess.”") == [speaker]


def test_a_body_reporting_a_sentence_at_its_end_is_the_company_taken_up():
    assert credited("Three crew members fell ill, Acme Cruises said.", "“We have high standards,” the company said.") == [
        "Acme Cruises"
    ]


def test_a_person_reporting_a_sentence_is_no_company():
    assert credited("Three crew members fell ill, Ann Lee said.", "“We have high standards,” the company said.") == [
        "the company"
    ]


@pytest.mark.parametrize(
    "quote",
    [
        "“We saw somebody there,” public relations and advocate officer at the North East Health Authority, Ann Whyte, "
        "told the paper.",
        "“We saw somebody there,” communications and media manager at the Harbour Trust, Ann Whyte, told the paper.",
    ],
)
def test_two_portfolios_joined_by_and_open_a_role_set_before_a_name(quote):
    assert credited(quote) == ["Ann Whyte"]


@pytest.mark.parametrize(
    "quote",
    ["“It is safe,” the mayor and advocate Tom Reid said.", "“It is safe,” police and fire officials said."],
)
def test_a_role_and_another_person_or_a_group_name_no_one(quote):
    assert credited(quote) == [None]


@pytest.mark.parametrize(
    "fronted",
    [
        "Of his legal battle with airport owner Tom Baa over its levy, he said the case would drag on.",
        "On his talks with union leader Tom Baa, he said a deal was close.",
    ],
)
def test_the_other_party_in_a_fronted_phrase_with_his_is_not_he(fronted):
    assert credited("Carl Moe mocked his rivals.", f"{fronted} “We are nearly there,” he said.") == ["Carl Moe"]


def test_a_fronted_clause_naming_its_subject_still_lets_he_take_him_up():
    assert credited("Carl Moe mocked his rivals.", "After meeting Tom Baa, he said talks went well. “We are close,” he said.") == [
        "Tom Baa"
    ]


def test_a_headline_between_passages_introduces_no_quote():
    speakers = credited(
        "“We tried,” said Ann Ruiz.",
        "Weekend deals: Harbour Foods cuts prices as Tom Baa added to board",
        "“We will keep trying.”",
    )
    assert speakers == ["Ann Ruiz", None]


def test_a_reported_statement_closing_its_passage_introduces_the_next_quote():
    assert credited("Ann Ruiz said the vote had been close.", "“We won.”") == ["Ann Ruiz"]


def test_they_never_stands_for_one_document():
    speakers = credited(
        "The review of the eastern channel was published by harbour masters Ann Lee and Tom Roe.",
        "In a statement, they said: “The channel must be dredged.”",
    )
    assert speakers == [None]  # the agents after "by" are not read as "they" either: nobody rather than the review


def test_they_still_stands_for_a_group_credited_before():
    assert credited("Officials at the plant said the line would close.", "They added: “We tried everything.”") == ["Officials"]
