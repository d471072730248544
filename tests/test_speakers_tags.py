"""Dialogue tags whose verb no list holds, a speaker not carried past someone else's act, opening adverbs
and participle clauses before a subject, and a place's last word before a role: sentences written for
each rule (none copied from a page)."""

from __future__ import annotations

import pytest

from .test_quotes import credited

TITLE = "Council approves the new budget for the coming year"


# -- a dialogue tag: a quote cut by a comma, he/she or a name, and a past form in -ed ending the clause ---------


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (["Maria Lopez runs the bakery on Main Street.", "“We sold out by noon,” she chortled."], ["Maria Lopez"]),
        (["Tom Vale chairs the panel.", "“Never again!” Vale grumbled as he left the room."], ["Tom Vale"]),
        (["“It is a fair deal,” Ann Roe sniffed, adding little else."], ["Ann Roe"]),
    ],
)
def test_a_dialogue_tag_with_an_unlisted_verb_credits_its_subject(paragraphs: list[str], speakers: list[str]) -> None:
    assert credited(TITLE, *paragraphs) == speakers


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["The album sold well.", "“Hello” topped the charts in ten countries."],  # no comma cuts the quote
        ["The album sold well.", "“Hello,” Adele released in 2015, sold well."],  # an issuing verb
        ["“We will win,” Ann Roe said.", "“Nobody wants this,” he muttered."],  # he is no Ann
    ],
)
def test_no_tag_credits_a_title_an_issuing_verb_or_a_pronoun_of_the_other_sex(paragraphs: list[str]) -> None:
    assert credited(TITLE, *paragraphs)[-1] is None


# -- the last speaker is not carried past a sentence whose subject is another person -------------------------


@pytest.mark.parametrize(
    "act",
    [
        "Tom Vale shook his head and walked out of the room.",
        "The mayor, Tom Vale, disagreed with her.",
        "Across the aisle, Tom Vale was on his feet.",
    ],
)
def test_a_quote_after_another_persons_act_is_not_carried_on(act: str) -> None:
    assert credited(TITLE, "“The vote was close,” said Ann Roe.", f"{act} “We had the numbers.”") == ["Ann Roe", None]


@pytest.mark.parametrize(
    "between",
    ["The council has nine members.", "She paused.", "Ann Roe looked at the chamber."],
)
def test_a_quote_after_a_sentence_about_no_one_else_is_carried_on(between: str) -> None:
    assert credited(TITLE, "“The vote was close,” said Ann Roe.", f"{between} “We had the numbers.”") == ["Ann Roe"] * 2


# -- opening adverbs and participle clauses are no subject ------------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    ["Soon he was back at the desk.", "Later he walked across the hall.", "Wearing a grey suit and tie, Tom Vale stood up."],
)
def test_the_subject_after_an_opening_adverb_or_participle_clause_stops_the_carry(opening: str) -> None:
    paragraphs = ["“The vote was close,” said Ann Roe.", "Tom Vale was waiting outside.", f"{opening} “We had the numbers.”"]
    assert credited(TITLE, *paragraphs) == ["Ann Roe", None]


def test_a_participle_clause_before_a_pronoun_gives_the_pronoun_its_referent() -> None:
    paragraphs = ["Maria Lopez runs the bakery.", "“We open at six,” Tom Vale said.", "Wearing an apron, Lopez smiled. “I love mornings,” she quipped."]
    assert credited(TITLE, *paragraphs) == ["Tom Vale", "Maria Lopez"]


# -- a place's last word before a role is no verb: the name before the apposition speaks ----------------------


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("“It is above freezing at last,” Ann Dahl, Oregon state climatologist, said Monday.", "Ann Dahl"),
        ("“Expect more rain,” John Carter, Texas state meteorologist, told reporters.", "John Carter"),
        ("“Rates will fall,” Ann Lee, Acme Bank chief economist, said.", "Ann Lee"),
    ],
)
def test_a_place_and_role_in_apposition_leave_the_name_the_speaker(line: str, speaker: str) -> None:
    assert credited(TITLE, line) == [speaker]


def test_a_place_word_ending_a_clause_is_still_a_verb() -> None:
    assert credited(TITLE, "“We will appeal,” the Democrats state.") == ["the Democrats"]


# -- a participle after a relative clause belongs to the main clause's subject ---------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee criticised the Harbour Board, which raised fees twice, saying it had “lost touch”.",
        "Ann Lee hit out at the Harbour Board, which paid £1.1 million for adverts, claiming the board “has little to do”.",
        "Ann Lee thanked the volunteers, who cleared the beach, adding that they were “heroes”.",
    ],
)
def test_a_participle_after_a_relative_clause_is_the_main_subjects(line: str) -> None:
    assert credited(TITLE, line) == ["Ann Lee"]


def test_a_participle_after_a_verb_of_the_main_clause_still_takes_its_subject() -> None:
    assert credited(TITLE, "The paper said Ann Lee voiced anger, adding that the fees were “absurd”.") == ["Ann Lee"]


# -- a place's initials before a role stay inside the speaker's phrase ----------------------------------------


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("“We will act today,” L.A. mayor Ana Ruiz said.", "Ana Ruiz"),
        ("“We will act today,” said D.C. police chief Tom Vale.", "Tom Vale"),
    ],
)
def test_a_places_initials_before_a_role_stay_in_the_phrase(line: str, speaker: str) -> None:
    assert credited(TITLE, line) == [speaker]


def test_initials_closing_a_sentence_stay_out_of_the_next_phrase() -> None:
    assert credited(TITLE, "Crime fell in L.A. last year. “We will act today,” the mayor said.") == ["the mayor"]


# -- two roles in lower case joined by "and" before a name after the verb are that person's ------------------


def test_two_lower_case_roles_joined_by_and_before_a_name_are_the_names() -> None:
    assert credited(TITLE, "“We will act today,” said city mayor and transit board member Ann Lee.") == ["Ann Lee"]


def test_a_name_after_the_first_role_keeps_the_first_person() -> None:
    assert credited(TITLE, "“We will act today,” said city mayor Tom Vale and council member Ann Lee.") == ["Tom Vale"]
