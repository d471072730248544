"""After a quote, a name, its affiliation after ``of`` and a relative clause before the speech verb: the name speaks."""

from __future__ import annotations

import pytest

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
