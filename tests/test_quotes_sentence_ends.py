"""Where a sentence ends before a quote: the full stop of an abbreviation no name follows (``Co.``,
``Jr.``, ``Corp.``) ends its sentence when a quote opening on a capital comes next, so the quote opens a
sentence of its own, carried on from the speaker before; a title's full stop before a nickname does not."""

from __future__ import annotations

import pytest
from newsparse_quotes.marks import find_quotes
from newsparse_quotes.segments import sentences, tokenize

from .test_quotes import extract


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Demand is cooling,” said Ann Lee, a partner at Hart & Co. “We expect two more cuts.”",
        "“The price was fair,” said the buyer's chairman, Tom Reyes Jr. “We paid what it was worth.”",
        "“Shipping will recover,” said Ines Dale, an analyst at Delmont Corp. “Rates have found a floor.”",
    ],
)
def test_a_quote_after_a_company_or_suffix_abbreviation_opens_a_sentence_carried_on(paragraph: str) -> None:
    first, second = extract(paragraph)
    assert second.kind == "direct"
    assert second.speaker == first.speaker is not None


def test_a_title_before_a_nickname_keeps_its_sentence_open() -> None:
    text = "Troops cheered Gen. “Iron” Vale as he arrived."
    assert len(sentences(tokenize(text, find_quotes(text)), {"gen"}, titles={"gen"})) == 1


def test_a_quote_opening_in_lower_case_after_an_abbreviation_stays_in_its_sentence() -> None:
    text = "He called Delmont Corp. “a very patient lender” in the filing."
    assert len(sentences(tokenize(text, find_quotes(text)), {"corp"})) == 1


def test_an_abbreviation_before_a_capitalised_word_still_ends_no_sentence() -> None:
    text = "Shares of Delmont Corp. Holdings rose in early trade."
    assert len(sentences(tokenize(text, find_quotes(text)), {"corp"})) == 1
