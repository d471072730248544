"""A fourth audit of the speaker rules on real news: the kinds of wrong speaker it found, each
with sentences written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import extract


def credited(*paragraphs: str) -> list[str | None]:
    """The speaker of each quote of an article made of ``paragraphs``."""
    return [q.speaker for q in extract(*paragraphs)]


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

