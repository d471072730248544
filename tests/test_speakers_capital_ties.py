"""A capitalized preposition inside a run of capitals makes the run one body's name (``Doctors Without
Borders``), no title and person; and ``the group``, ``the company`` never take up a place, on sentences
written for these tests."""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    ("body", "lead"),
    [
        ("Doctors Without Borders", "Doctors Without Borders, known by its French initials MSF, said its teams had treated 90 patients."),
        ("Mothers Against Drunk Driving", "Mothers Against Drunk Driving, which lobbied for the bill, said it was pleased."),
        ("Engineers Without Borders", "Engineers Without Borders said on Tuesday it had sent a second team."),
    ],
)
def test_a_body_named_with_a_capitalized_preposition_is_taken_up(body, lead):
    assert credited(lead, "“This will save lives,” the group said.") == [body]


def test_a_plural_title_before_a_capitalized_preposition_is_no_title():
    assert credited("“We are leaving the town,” said Reporters Without Borders.") == ["Reporters Without Borders"]


@pytest.mark.parametrize(
    "place",
    ["Neighbouring Marsabit County has reported 230 cases.", "South Korea has said it will send aid."],
)
def test_the_group_never_takes_up_a_place(place):
    assert credited(place, "The group warned of a “real risk” that the disease would spread.") == [None]


def test_the_county_still_takes_up_its_county():
    assert credited("Lake County has reported 230 cases.", "“We are doing all we can,” the county said.")[-1] in (
        "Lake County",
        "the county",
    )


def test_a_list_of_people_after_a_plural_title_still_names_them():
    assert credited("Governors Amy Hart and Joe Pike signed the pact.", "“It is a start,” Hart said.") == ["Amy Hart"]


@pytest.mark.parametrize(
    ("lead", "quote", "body"),
    [
        (
            "The Belfast Health and Social Care Trust apologised on Monday.",
            "“We will learn from this,” the trust said.",
            "Belfast Health and Social Care Trust",
        ),
        (
            "The Emirates Water and Electricity Company signed the deal.",
            "“It sets a benchmark,” the company said.",
            "Emirates Water and Electricity Company",
        ),
    ],
)
def test_and_inside_a_bodys_name_joins_it(lead, quote, body):
    assert credited(lead, quote) == [body]


def test_two_people_joined_by_and_stay_two():
    # credited together as the people they are, never one body's name that ``it`` would take up
    assert credited("“It is final,” said Ann and Tom Lee.", "“We will appeal,” it said.") == ["Ann and Tom Lee", None]
