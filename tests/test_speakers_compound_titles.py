"""Titles joined by hyphens (``Actor-comedian``, ``writer-in-residence``) and more titles of the arts stand
before a name and are no part of it; a summary quote credited to a bare description takes the speaker the body
names; on sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_quotes import credited, extract


@pytest.mark.parametrize(
    "lead",
    [
        "Actor-comedian Tom Reed won the top prize at the awards on Saturday.",
        "Singer-songwriter Tom Reed won the top prize at the awards on Saturday.",
        "Writer-director Tom Reed won the top prize at the awards on Saturday.",
    ],
)
def test_a_compound_title_is_no_part_of_the_name(lead):
    assert credited(lead, "Accepting it, he told the crowd: “I was singing in pubs three years ago.”") == ["Tom Reed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "“We count the wrong thing,” says Halcyon cofounder and CEO Sara Lindgren.",
        "“We count the wrong thing,” says Halcyon physicist-in-residence Sara Lindgren.",
        "“We count the wrong thing,” says Halcyon chief scientist Sara Lindgren.",
    ],
)
def test_the_person_after_a_body_and_their_title_speaks_not_the_body(sentence):
    assert credited("Halcyon Quantum makes chips in Delft.", sentence) == ["Sara Lindgren"]


def test_a_company_described_as_a_producer_is_no_person():
    assert credited(
        "Chile's state-owned Codelco, the world's largest copper producer, said it was analyzing the rules.",
        "“We will keep supplying our customers,” the company said.",
    ) == ["Codelco"]


def test_a_hyphenated_surname_is_no_title():
    assert credited("Ann Lee-Smith said she was pleased.", "“It works,” Lee-Smith said.") == ["Ann Lee-Smith"]


def test_a_summary_quote_credited_to_a_bare_description_takes_the_name_the_body_gives():
    quotes = extract(
        "“We got our data, and our answer,” said Kenji Mori, the firm's mission director, at a briefing.",
        summary="“We got our data, and our answer,” officials say of the tilted lander.",
    )
    assert [(q.speaker, q.rule) for q in quotes][0] == ("Kenji Mori", "summary_echo")
