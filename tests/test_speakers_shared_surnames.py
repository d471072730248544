"""A surname several people share stands for the one mentioned most often before it, and of those the last; a
longer run ending in a person's full name is that person; a law firm's ``LLP`` is a body's designator; on sentences
written for these tests."""

from __future__ import annotations

from .test_quotes import credited


def test_a_shared_surname_is_the_person_named_last_when_each_is_named_once():
    assert credited(
        "“The next three days are critical,” agency chief Salman Shah told reporters.",
        "Chief Minister Murad Ali Shah, who chaired a meeting, approved a relief package.",
        "“Every officer will answer for a breach,” Mr Shah said.",
    )[-1] == "Murad Ali Shah"


def test_a_shared_surname_stays_with_the_person_the_story_is_about():
    assert credited(
        "Bowler Arjun Mehra was signed for a record fee on Tuesday.",
        "Mehra was at home when the bid came in. His father, Gurpreet Mehra, runs a shop in the city.",
        "“I just want to repay the faith,” Mehra said.",
    ) == ["Arjun Mehra"]


def test_a_name_after_modifiers_is_the_person_named_before():
    assert credited(
        "The new government will be headed by Andrej Novak.",
        "Right-wing Euroskeptic Andrej Novak was sworn in on Monday.",
        "“We will not send a single crown for weapons,” Novak said.",
    ) == ["Andrej Novak"]


def test_a_law_firm_is_no_person_a_pronoun_may_stand_for():
    assert credited(
        "Counsel Daniel Whit of Kessler Brandt LLP told jurors the design was copied.",
        "The defence lawyer, Monica Ferreira of Ashdown & Pryce LLP, said the device was what she called “fundamentally "
        "different” from the patent.",
    ) == ["Monica Ferreira"]
