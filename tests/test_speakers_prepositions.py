"""A speech word right after a preposition is no speech verb, and a preposition's object takes no apposition.

* A plural speech word after a preposition is a noun (``paid for reports that were “…”``, ``praised for replies
  that …``, ``questions over notes that …``): no speech verb, whose subject would be credited.
* The object of a preposition before a comma (``According to the prosecutors, Lacoste, 67, used …``) is set off
  from the name after it, the subject of the sentence's verb: no apposition naming the source.

Sentences written for these rules.
"""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reyes was praised for replies that were “calm and clear”.",
        "Ruth Hale was asked about reports that the deal was “dead”.",
        "The firm faced questions over notes that called staff “lazy”.",
    ],
)
def test_a_plural_speech_word_after_a_preposition_credits_no_subject(sentence: str) -> None:
    assert credited(sentence) == [None]


def test_a_speech_verb_after_a_preposition_phrase_still_credits() -> None:
    assert credited("Jane Marlow, in an interview, said the plan was “dead on arrival”.") == ["Jane Marlow"]


@pytest.mark.parametrize(
    ("source", "expected"),
    [("According to the prosecutors", "the prosecutors"), ("According to the auditors", "the auditors")],
)
def test_a_prepositions_object_takes_no_apposition(source: str, expected: str) -> None:
    opening = "A court in Paris ordered Bernard Lacoste to stand trial on Monday."
    quote = f"{source}, Lacoste, 67, paid €1.4 million for reports that were “never written”."
    assert credited(opening, quote) == [expected]


def test_an_apposition_after_a_subject_still_names_the_speaker() -> None:
    opening = "The Harbour Party named a new leader on Monday."
    assert credited(opening, "The party’s treasury spokeswoman, Ann Lee, said the budget was “a fraud”.") == ["Ann Lee"]
