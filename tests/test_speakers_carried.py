"""The last speaker is not carried on to a quote whose sentence names another subject before it.

A quote in a sentence with no cue of its own may carry on the last speaker (``He said the engine ran “clean”.``); but
where the sentence opens with a subject whose capitalized words are not of that speaker's name (``Shipping makes 3%
of all emissions, and the International Maritime Organization has set a goal of “…”``), the words are someone
else's or no one's, never the last speaker's.

Sentences written for this rule.
"""

from __future__ import annotations

import pytest

from .test_quotes import credited

OPENING = "“We proved it works,” said Kenji Hasegawa, the professor of marine engineering who led the 14-member team."


@pytest.mark.parametrize(
    "sentence",
    [
        "Shipping makes 3% of all emissions, and the International Maritime Organization has set a goal of “net zero by 2050”.",
        "Emissions rose 4% last year, and the Port of Rotterdam has set a target of “zero by 2040”.",
    ],
)
def test_a_sentence_naming_another_subject_takes_no_carried_speaker(sentence: str) -> None:
    assert credited(OPENING, sentence)[1] != "Kenji Hasegawa"


@pytest.mark.parametrize(
    "sentence",
    [
        "He said the engine ran “clean as a whistle”.",
        "Hasegawa called the result “a first step”.",
        "The engine, he said, was “remarkably quiet”.",
    ],
)
def test_the_same_speaker_or_a_pronoun_still_carries(sentence: str) -> None:
    assert credited(OPENING, sentence)[1] == "Kenji Hasegawa"
