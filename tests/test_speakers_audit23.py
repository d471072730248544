"""A twenty-third audit of the speaker rules (wrong speakers of blind rounds r96 and r97): ``it`` right after a
sentence crediting a person's document (``“…,” the statement said. It urged …``) is that person; a tabloid's
``DAD-of-three`` in capitals is no name; a description headed by a top role after a body word (``the union boss``)
takes up the titled person named just before, unless that sentence printed the role for someone else.  Sentences
written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    ("document", "then"),
    [
        ("the statement said", "It urged state governments to “match that commitment”."),
        ("the statement said", "It added that states must “do their part”."),
        ("the statement added", "It called the delays “a disgrace”."),
    ],
)
def test_it_after_a_persons_document_is_that_person(document, then):
    speakers = credited(
        "Education Minister Tunde Bello said in a statement on Monday that funding had risen.",
        f"“The funds have been released,” {document}. {then}",
    )
    assert speakers == ["Tunde Bello", "Tunde Bello"]


def test_it_a_sentence_later_is_not_the_documents_person():
    speakers = credited(
        "Education Minister Tunde Bello said in a statement on Monday that funding had risen.",
        "“The funds have been released,” the statement said. Schools reopen in May. It urged states to “act now”.",
    )
    assert speakers[0] == "Tunde Bello" and speakers[1] != "Tunde Bello"


def test_it_after_a_bodys_statement_stays_the_body():
    speakers = credited(
        "The ministry said in a statement on Monday that funding had risen.",
        "“The funds have been released,” the statement said. It urged states to “act now”.",
    )
    assert speakers == ["The ministry", "The ministry"]


@pytest.mark.parametrize("compound", ["DAD-of-three", "MUM-of-two", "Father-of-four"])
def test_a_count_compound_in_capitals_is_no_name(compound):
    speakers = credited(
        f"A {compound} has told of his heartbreak after losing his savings.",
        "Gary Whitfield, 47, put his money into the exchange.",
        "The London-based firm froze withdrawals, blaming what it called “market volatility”.",
    )
    assert compound not in speakers


@pytest.mark.parametrize("description", ["the union boss", "the union leader", "the party chief"])
def test_a_top_role_after_a_body_word_takes_up_the_titled_person_named_just_before(description):
    speakers = credited(
        "Rail workers will strike next week.",
        "But RMT general secretary Kevin Moss, 58, was unrepentant.",
        f"“We will fight to the end for a fair deal,” {description} told the Clarion.",
    )
    assert speakers == ["Kevin Moss"]


def test_a_top_role_printed_for_someone_else_in_that_sentence_stays_as_printed():
    speakers = credited(
        "Rail workers will strike next week.",
        "Transport Secretary Anna Reid met the union leader on Monday.",
        "“We will fight to the end,” the union leader told the Clarion.",
    )
    assert speakers == ["the union leader"]


def test_a_top_role_after_another_person_is_named_stays_as_printed():
    speakers = credited(
        "Rail workers will strike next week.",
        "RMT general secretary Kevin Moss was unrepentant, and commuter Jane Ross was furious.",
        "“We will fight to the end,” the union boss told the Clarion.",
    )
    assert speakers != ["Jane Ross"]


@pytest.mark.parametrize(
    "pointing",
    [
        "That's the heartbreaking verdict of grandmother Sharon Pickering, 58, whose home has flooded four times.",
        "That was the stark warning from union leader Ann Lee on Monday.",
        "That’s the verdict of Sharon Pickering, who has lived there for 30 years.",
    ],
)
def test_a_sentence_pointing_back_with_a_fused_copula_or_adjectives_names_the_speaker(pointing):
    speakers = credited("“I've rung 27 insurance companies.”", pointing, "“We are broke,” she said.")
    assert speakers[0] in ("Sharon Pickering", "Ann Lee") and speakers[1] == speakers[0]


@pytest.mark.parametrize(
    "pointing",
    ["That's the view of many residents in the town.", "That was the big and bold message from the council."],
)
def test_a_pointing_sentence_naming_no_person_credits_nobody(pointing):
    assert credited("“I've rung 27 insurance companies.”", pointing)[0] is None
