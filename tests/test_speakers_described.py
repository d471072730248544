"""Speakers after a dash, words in ``-ing`` that are nouns, people described by what they do, and a pronoun
after a quote someone introduced with a colon: sentences written for each rule (none copied from a page)."""

from __future__ import annotations

import pytest

from .test_quotes import credited

TITLE = "Council approves the new budget for the coming year"


# -- a speech verb after the closing dash: the speaker follows it, and must be named or described ------------


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("The church is going through a “dying and rising” – says Rowan Williams", "Rowan Williams"),
        ("Rates will stay “higher for longer” – says the Bank of England", "the Bank of England"),
        ("Rates will stay “higher for longer” – warns Fed chair Jerome Powell", "Jerome Powell"),
        ("Storms could bring a ‘danger to life’ – Met Office.", "Met Office"),
    ],
)
def test_the_one_named_after_a_closing_dash_and_a_verb_is_credited(line: str, speaker: str) -> None:
    assert credited(TITLE, "The council met on Monday.", line) == [speaker]


@pytest.mark.parametrize(
    "line",
    [
        "The church is going through a “dying and rising” – says former bishop",
        "Rates will stay “higher for longer” – warns central bank",
    ],
)
def test_a_verb_and_a_bare_role_after_the_dash_credit_no_one(line: str) -> None:
    assert credited(TITLE, "The council met on Monday.", line) == [None]


# -- a word in -ing right before an auxiliary is a noun, no participle that credits its subject ---------------


@pytest.mark.parametrize(
    "line",
    [
        "The highest weather warning has been issued for Leeds: storms could cause ‘danger to life’.",
        "A severe weather warning was issued on Friday, and ‘danger to life’ is possible.",
        "Flood warning is in force as rivers rise to ‘danger’ levels across the county.",
    ],
)
def test_a_form_in_ing_before_an_auxiliary_is_no_speech(line: str) -> None:
    assert credited(TITLE, "The council met on Monday.", line) == [None]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("The union is warning that the cuts are “reckless”.", "The union"),
        ("Nurses, warning of delays, called the plan “reckless”.", "Nurses"),
    ],
)
def test_a_participle_still_credits_its_subject(line: str, speaker: str) -> None:
    assert credited(TITLE, "The council met on Monday.", line) == [speaker]


# -- people described by what they do: a "she" after them is theirs, never an earlier named person ----------


@pytest.mark.parametrize(
    ("described", "pronoun", "speaker"),
    [
        ("One shopper said she had stopped buying meat.", "she", "One shopper"),
        ("A commuter said he had waited an hour for the bus.", "he", "A commuter"),
        ("A Leeds shopper said she had stopped buying meat.", "she", "A Leeds shopper"),
        ("One Durban commuter said he had waited an hour.", "he", "One Durban commuter"),
        ("A passenger on the 8.15 said the train was late again.", "she", None),
    ],
)
def test_a_pronoun_after_a_described_person_is_not_the_one_named_before(described: str, pronoun: str, speaker: str | None) -> None:
    assert credited(
        TITLE, "Ann Lee, a nurse, spoke first at the meeting.", described, f"“It is too dear now,” {pronoun} said."
    ) == [speaker]


def test_a_person_noun_of_the_other_gender_is_not_taken_up() -> None:
    assert credited(
        TITLE, "Ann Lee, a nurse, spoke first.", "A mother of two said the bus was late.", "“We waited an hour,” he said."
    ) != ["A mother of two"]


# -- a pronoun after a quote introduced with a colon stands for the one before the colon ----------------------


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("But a council spokeswoman said: “The plan is sound,” they continued.", "a council spokeswoman"),
        ("But a Department for Transport spokesman said: “The plan is sound,” they added.", "a Department for Transport spokesman"),
        ("Ann Roe said: “The plan is sound,” she added.", "Ann Roe"),
    ],
)
def test_a_pronoun_after_the_quote_is_the_one_before_the_colon(line: str, speaker: str) -> None:
    assert credited(TITLE, "Bosses are warning that the cuts are “reckless” and unfair.", line) == ["Bosses", speaker]


def test_a_named_speaker_after_the_quote_still_wins() -> None:
    assert credited(TITLE, "The mayor said: “The plan is sound,” Ann Roe told reporters.") == ["Ann Roe"]


def test_a_role_held_for_someone_else_is_never_the_person_the_text_is_about():
    speakers = credited(
        "Health Secretary Wes Streeting visited a hospital on Monday.",
        "“This is about getting spades in the ground,” the spokesman said.",
    )
    assert speakers != ["Wes Streeting"]


@pytest.mark.parametrize("owner", ["The prime minister's official spokesman", "The mayor's spokeswoman"])
def test_an_owned_spokesman_is_a_source_as_printed_and_taken_up_later(owner):
    speakers = credited(
        "Health Secretary Wes Streeting visited a hospital on Monday.",
        f"{owner} told reporters the plan was “on track”. “We will not miss the date,” the {owner.split()[-1]} said.",
    )
    assert speakers == [owner, owner]
