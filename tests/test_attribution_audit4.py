"""A fourth audit of the speaker rules on real news: the kinds of wrong speaker it found, each
with sentences written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited


# -- A: "a social media post" is a noun, even after a body's word ---------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The Green Party admits a social media post sharing part of the draft was a “blunder”.", ["The Green Party"]),
        ("The council admits a local media report on the flooding was “fair” in the end.", ["The council"]),
    ],
)
def test_an_indefinite_noun_compound_is_no_speaker(paragraph: str, expected: list[str | None]) -> None:
    assert credited(paragraph) == expected


def test_a_body_before_a_bare_verb_still_speaks() -> None:
    assert credited("The unions pledge “no more strikes this year”.") == ["The unions"]


# -- B: the text on a thing, or a charge's wording, is no one's speech ----------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Officers said a placard reading “Close the mine” was left at the gate.",
        "Residents said a banner that read: “No more towers” hung from the bridge overnight.",
        "The two men deny four counts of “reckless endangerment of life” and will face trial in May.",
    ],
)
def test_a_text_on_a_thing_or_a_charge_has_no_speaker(paragraph: str) -> None:
    assert credited(paragraph) == [None]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The mayor said a council report reading “like a wish list” would be redrafted.", ["The mayor"]),
        ("Ms Okafor said the reading of the will was “painful for everyone”.", ["Okafor"]),
    ],
)
def test_a_document_reading_or_a_reading_stays_credited(paragraph: str, expected: list[str | None]) -> None:
    assert credited(paragraph) == expected


# -- C: another person named with "by"/"from" before a scare quote: the subject is not sure ---------


def test_an_agent_before_the_quote_stops_the_subject() -> None:
    paragraph = (
        "Judge Ines Barra granted an application made by the lawyers Tom Ruddy and Ann Shea to close "
        "the hearing out of “grave fears” for their clients."
    )
    assert credited(paragraph) == [None]


def test_the_subject_without_an_agent_still_speaks() -> None:
    paragraph = "Judge Ines Barra closed the hearing on Friday out of “grave fears” for the witnesses."
    assert credited(paragraph) == ["Ines Barra"]


# -- D: "the head of the X office" is the holder of that office, not the person followed -----------


def test_the_head_of_an_office_is_not_the_person_followed() -> None:
    paragraphs = [
        "The head of the county press office told a jury that four press releases were issued.",
        "Inspector Rory Dwan was giving evidence at the trial of two officers.",
        "Defence barrister Ciara Mohan asked Insp Dwan why a release was needed.",
        "The head of the county press office said the arrest was “a matter of public interest”.",
    ]
    assert credited(*paragraphs) == ["The head of the county press office"]


def test_a_role_named_before_still_takes_up_its_holder() -> None:
    paragraphs = [
        "Maeve Tully, the head of the county press office, gave evidence on Tuesday.",
        "The head of the county press office said the arrest was “a matter of public interest”.",
    ]
    assert credited(*paragraphs) == ["Maeve Tully"]
