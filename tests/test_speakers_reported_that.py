"""A quote inside the clause a speech verb reports through ``that`` a few words after it (``told reporters on
Wednesday that …``) is the words of the one who reports, not of the clause's body, on sentences written for these
tests."""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    "sentence",
    [
        "Cabinet spokesman Hany Rashwan told reporters on Wednesday that the government would announce “a new batch” of sales.",
        "Ann Lee said in a statement on Monday that the council would publish “a full list” soon.",
        "Ann Lee told the BBC late on Friday that the ministry had promised “real money”.",
    ],
)
def test_the_reporter_of_a_that_clause_a_few_words_on_speaks(sentence):
    assert credited("The fund wrapped up its visit last week.", sentence)[-1] in ("Hany Rashwan", "Ann Lee")


def test_a_body_speaking_in_its_own_sentence_still_speaks():
    assert credited("The fund wrapped up its visit.", "The council said on Monday that it would publish “a full list”.") == [
        "The council"
    ]
