"""A second audit of the speaker rules on real news: the kinds of wrong speaker it found, each
with sentences written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited


# -- A: the name of a law or a pact is no person, and "he" passes it by --------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [
                "It was a defeat for Okafor, who had fought the Fair Rents and Housing Act.",
                "Okafor called it “a sad day.”",
                "“We keep going,” he said.",
            ],
            ["Okafor", "Okafor"],
        ),
        (
            [
                "Lindqvist campaigned against the Protection of Northern Waters Treaty for a year.",
                "Lindqvist called it “a bad deal.”",
                "“It hurts fishermen,” she said.",
            ],
            ["Lindqvist", "Lindqvist"],
        ),
        (
            [
                "The ruling was a loss for Varga, who opposed the plan, known as the Clean Harbours Act (CHA).",
                "Varga called the vote “a mistake.”",
                "“We will appeal,” he said.",
            ],
            ["Varga", "Varga"],
        ),
    ],
)
def test_a_law_name_is_no_person(paragraphs: list[str], expected: list[str]) -> None:
    assert credited(*paragraphs) == expected


def test_a_surname_like_a_law_word_stays_a_person() -> None:
    # negative: a person whose run merely precedes a law's name elsewhere keeps the credit
    assert credited("“We voted no,” said Carla Bill of the farmers’ union.") == ["Carla Bill"]


# -- B: "X and Y Minister NAME": the first portfolio is part of the title, no name --------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [
                "The paper quoted Norland Fisheries and Oceans Minister Ketil Aasen as saying talks would resume.",
                "Norland says the deal is “close.”",
                "“We are close to a deal,” he was quoted as saying.",
            ],
            ["Norland", "Ketil Aasen"],
        ),
        (
            [
                "Norland says the port is “vital.”",
                "Officials met Norland Trade and Energy Minister Ketil Aasen on Monday.",
                "“We need it,” he said.",
            ],
            ["Norland", "Ketil Aasen"],
        ),
    ],
)
def test_a_shared_portfolio_is_no_name(paragraphs: list[str], expected: list[str]) -> None:
    assert credited(*paragraphs) == expected


def test_a_person_before_and_a_minister_stays_a_person() -> None:
    # negative: a given name keeps the run before "and" a person's name
    assert credited(
        "Maria Lund and Health Minister Otto Berg met on Friday.",
        "“We agreed on a plan,” said Maria Lund.",
    ) == ["Maria Lund"]


# -- C: "X asked: “…?” Y replied that …": the quote is the one's before the colon ------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Judge Ann Kerr asked: “And you never heard it before?” Doyle replied that he had not.", "Ann Kerr"),
        ("Coach Mira Sand said: “We were not ready.” Petit said the team had trained all week.", "Mira Sand"),
        ("Inspector Ruth Vale queried: “Where were you at noon?” Hanlon answered that he was at home.", "Ruth Vale"),
    ],
)
def test_a_colon_quote_is_not_the_next_sentence_subjects(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


def test_a_quote_after_a_colon_of_no_cue_keeps_the_later_speaker() -> None:
    # negative: no name and verb before the colon, the speaker named after the quote still speaks
    assert credited("There was one question left: “Why now?” asked Doyle.") == ["Doyle"]


# -- D: "accused of calling X “…”": an allegation, no one's words -----------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "A man accused of calling police officers “thugs” said he had never heard the word.",
        "Woman charged with shouting “you will pay” at a neighbour is fined",
        "A teacher suspected of telling pupils “nobody cares” has been suspended.",
    ],
)
def test_words_someone_is_accused_of_are_nobodys(paragraph: str) -> None:
    assert credited(paragraph) == [None]


def test_the_one_who_accuses_still_speaks() -> None:
    # negative: the accuser's own cue before the quote still credits the accuser
    assert credited("Ann Reyes said the board had called her work “worthless.”") == ["Ann Reyes"]


# -- E: "in X’s last months": a person already named stays a person, no place ----------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "The vote was a blow to Tomas Brandl’s team.",
            "Brandl called it a “sad precedent.”",
            "“I understand why it happened,” he said.",
            "Coming in Brandl’s last months in office, the vote hurts.",
        ],
        [
            "Critics turned on Mayor Ilse Varga’s plan.",
            "“We will not back down,” she said.",
            "At Varga’s office, staff worked late.",
        ],
    ],
)
def test_a_person_owning_a_place_phrase_stays_a_person(paragraphs: list[str]) -> None:
    assert None not in credited(*paragraphs)


def test_a_name_first_read_after_in_is_still_a_place() -> None:
    # negative: a possessive name never read as a person before stays a place
    assert credited(
        "Boats crowded in Lake Orla’s harbour on Sunday.",
        "“It was chaos,” he said.",
    ) == [None]


# -- F: "A statement from X said": the message stands for its issuer X ------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("A statement from Deputy Chief of Staff Orla Keane said the post was “vital to the office”.", "Orla Keane"),
        ("A letter by Councillor Femi Adeyemi called the plan “a waste of money”.", "Femi Adeyemi"),
        ("A statement from the water board said supplies were “safe to drink”.", "the water board"),
    ],
)
def test_a_message_from_someone_is_the_issuers(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


def test_a_message_about_someone_stays_as_before() -> None:
    # negative: "about" names no issuer; the message alone credits nobody
    assert credited("A statement about Mayor Ann Lee called her “tireless”.") != ["Ann Lee"]
