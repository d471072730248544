"""After a quote, a name, its affiliation after ``of`` and a relative clause before the speech verb: the name speaks;
a name wrapped over two lines is printed with one space."""

from __future__ import annotations

import pytest

from newsparse import parse

from .test_quotes import credited


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("“We will appeal,” Ana Ruiz of Hale & Stone LLP, who represents the growers, told reporters.",), "Ana Ruiz"),
        (("“The yard is full,” Tom Vale of Harbour Freight, which runs the terminal, said on Monday.",), "Tom Vale"),
        # the sentence before names a document: the name after the quote still wins
        (("The filing said the talks had failed.", "“We tried,” Li Wei of Acme Ltd, who led the talks, said."), "Li Wei"),
    ],
)
def test_a_name_of_an_organisation_with_a_relative_clause_speaks(paragraphs, expected):
    assert credited(*paragraphs)[-1] == expected


def test_a_name_wrapped_over_two_lines_is_one_speaker_with_one_space():
    page = (
        "Farm aid cut\n\n"
        "The committee voted on Tuesday to cut farm aid by $2.3 billion over\n"
        "the next fiscal year, and the plan now goes to the full Senate, where\n"
        "its supporters expect a close vote after a long debate next month.\n"
        "\n"
        "Opponents said the cuts would hurt small farms most, and Senator Harlan\n"
        "Boyce called the plan “a betrayal of the heartland” in a speech to the\n"
        "chamber on Tuesday evening, before the vote was taken by the members.\n"
    )
    [quote] = parse(page).articles[0].quotes
    assert quote.speaker == "Harlan Boyce"
