"""A third audit of the speaker rules on real news: the kinds of wrong speaker it found, each
with sentences written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited


# -- A: a name ending in "Incorporated" or "Limited" is a company, and "he" passes it by ----------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [
                "Okonkwo, Delta Freight Incorporated’s founder, spoke to investors on Monday.",
                "Okonkwo said the year had been hard. “But we are still growing,” he said.",
            ],
            ["Okonkwo"],
        ),
        (
            [
                "Marta Lindgren, who chairs Nordvik Shipping Limited, met staff in Oslo.",
                "Lindgren admitted sales had fallen at Nordvik Shipping Limited. “It was a bad winter,” she said.",
            ],
            ["Marta Lindgren"],
        ),
    ],
)
def test_a_company_suffix_is_no_person(paragraphs: list[str], expected: list[str]) -> None:
    assert credited(*paragraphs) == expected


def test_a_person_named_before_a_company_still_speaks() -> None:
    assert credited("“We are ready,” said Tom Baker of Harbour Tools Incorporated.") == ["Tom Baker"]


# -- B: a name between "the" and a noun names a thing, not a mention of the person -----------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [
                "Coach Rua Tane said his side had fought hard.",
                "The sending-off of Sione Vaka had hurt. Tane said he backed the players.",
                "One problem after the Vaka red card was the line-out.",
                "“We lost our shape,” he said.",
            ],
            ["Rua Tane"],  # not the player sent off; "One problem" is a thing, no unnamed person: the coach
        ),
        (
            [
                "Manager Ella Brandt praised her team.",
                "The injury to Nina Holm came early. Brandt said she was proud of them.",
                "After the Holm injury came a late change in defence.",
                "“We adapted well,” she said.",
            ],
            ["Ella Brandt"],
        ),
    ],
)
def test_a_name_before_a_noun_is_no_mention(paragraphs: list[str], expected: list[str | None]) -> None:
    assert credited(*paragraphs) == expected


def test_a_name_after_the_and_before_who_still_is_a_mention() -> None:
    assert credited(
        "Judge Mira Osei heard the case on Monday.",
        "It was the Osei who had sat on the bench for ten years. “Order,” she said.",
    ) == ["Mira Osei"]


# -- C: "he" or "she" is not the person the quote itself names ------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Coach Rua Tane watched from the stand.",
            "Winger Mika Hale was carried off before half-time.",
            "“I felt for Mika, he had played so well,” he said.",
        ],
        [
            "Director Sara Lund opened the exhibition on Friday.",
            "The painter Ines Moro had travelled from Lisbon for it.",
            "“Moro has given us her best work,” she said.",
        ],
    ],
)
def test_a_pronoun_is_not_the_person_the_quote_names(paragraphs: list[str]) -> None:
    assert credited(*paragraphs) == [None]


def test_a_pronoun_still_takes_up_a_person_the_quote_does_not_name() -> None:
    assert credited(
        "Mika Hale was carried off before half-time.",
        "“I felt the knee go straight away,” he said.",
    ) == ["Mika Hale"]
