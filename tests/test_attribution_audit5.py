"""A fifth audit of the speaker rules on real news: the kinds of wrong speaker it found, each
with sentences written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited


# -- A: a club's name (``Leeds United``) is a body, never the person a pronoun stands for -----------


@pytest.mark.parametrize(
    "first",
    [
        "The manager was furious after Dundee United lost again.",
        "Fans booed as Bolton Wanderers lost again at home.",
    ],
)
def test_a_club_is_no_person_a_pronoun_stands_for(first: str) -> None:
    assert credited(first, "“We gave away cheap goals,” he said.") == [None]


def test_a_club_still_speaks_as_a_body() -> None:
    assert credited("Leeds United said the ticket prices were “under review”.") == ["Leeds United"]


# -- B: a Dutch particle inside a name (``Erik ten Hag``) -----------------------------------------


def test_a_dutch_particle_keeps_the_name_whole() -> None:
    assert credited("Manager Ruud ten Brink was calm after the draw.", "“We will be fine,” he said.") == ["Ruud ten Brink"]


def test_ten_as_a_number_is_no_particle() -> None:
    assert credited("Officers found ten Bibles in the van.", "“They were stolen,” Ms Lee said.") == ["Lee"]


# -- C: a ``who`` clause set off between a subject and its verb ------------------------------------


@pytest.mark.parametrize(
    "first",
    [
        "It left the visitors to reflect and Omar Haddad, who watched them lose on Monday, pointed to the injuries.",
        "The visitors were poor and Omar Haddad, who took charge in May, blamed the injuries.",
    ],
)
def test_a_who_clause_between_the_subject_and_its_verb(first: str) -> None:
    assert credited("Tom Baker scored twice for the hosts.", first, "“It was a disgrace,” he said.") == ["Omar Haddad"]


def test_a_who_clause_does_not_make_its_own_verb_the_subjects() -> None:
    assert credited(
        "Nina Park met Tom Reyes, who runs the shelter, on Friday.",
        "“We need more beds,” Reyes said.",
    ) == ["Tom Reyes"]


# -- D: a quote its own sentence credits to someone else by a verb no list holds -------------------


@pytest.mark.parametrize(
    "last",
    [
        "“Quite right,” Tom Baird agreed.",
        "\"A fair point\", Baird nodded.",
    ],
)
def test_a_name_and_a_verb_closing_the_quote_stop_the_carried_speaker(last: str) -> None:
    speakers = credited("“We lost it,” Judge Ann Kerr said.", last)
    assert speakers[0] == "Ann Kerr" and speakers[1] in (None, "Tom Baird", "Baird")


def test_the_same_person_closing_the_quote_is_still_carried_on() -> None:
    assert credited("“We lost it,” Judge Ann Kerr said.", "“Quite right,” Kerr agreed.") == ["Ann Kerr", "Ann Kerr"]


# -- E: a speech verb after ``which``: a thing speaks, never the sentence's subject -----------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Officers found a parcel which claimed to hold “a live virus”.",
        "Staff were warned about a text message which falsely claimed to come from “the tax office”.",
    ],
)
def test_a_verb_after_which_credits_no_subject(paragraph: str) -> None:
    assert credited(paragraph) == [None]


def test_a_person_before_who_and_an_adverb_still_speaks() -> None:
    assert credited("Ann Lee, who angrily claimed the vote was “rigged”, lost.") == ["Ann Lee"]


# -- F: a person set against the subject by ``while`` is as near as the subject -------------------


def test_two_men_set_against_each_other_leave_he_to_nobody() -> None:
    assert credited(
        "Cr Ito said his heart was “full”, while Mr Berg said he was moved after the vote.",
        "“It was a great day for us,” he said.",
    ) == ["Cr Ito", None]


@pytest.mark.parametrize(
    "first",
    [
        "Cr Ito said his heart was “full”, while Ms Berg said she was moved after the vote.",
        "Tom Ito said he was proud, while the fans sang outside.",
    ],
)
def test_a_clause_set_against_the_subject_leaves_a_fitting_subject(first: str) -> None:
    assert credited(first, "“It was a great day for us,” he said.")[-1] in ("Cr Ito", "Tom Ito")


# -- G: a bare title two people named before hold stands for nobody -------------------------------


def test_a_bare_title_two_people_hold_credits_nobody() -> None:
    assert credited(
        "A bench of Chief Justice Ana Ruiz and Justice Tom Baird heard the plea on Monday.",
        "Justice said that “the petition is a waste of time”.",
    ) == [None]


def test_a_bare_title_one_person_holds_credits_that_person() -> None:
    assert credited(
        "Justice Tom Baird heard the plea on Monday.",
        "Justice said that “the petition is a waste of time”.",
    ) == ["Tom Baird"]
