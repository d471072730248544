"""A definite role tied to a body or place that nobody named holds, on sentences written for these tests.

After people are named, ``the Harbour Authority chief executive``, ``the county's chief engineer`` or ``the chairman
of the Roads Board`` most often describes one of them in other words (elegant variation): when no holder is found
the speaker is nobody, never the words as printed.  Roles often left unnamed keep their words: one held for
someone (``the spokesman``), one of the bench (``the judge``) or of the press (``the BBC's Kyiv correspondent``),
a bare role (``the mayor``), a role of an unnamed thing (``the president of a Lisbon club``), an office printed as
a title (``the President of Portugal``), and any role before anyone is named.
"""

from __future__ import annotations

import pytest

from .test_quotes import credited

_NAMED = "Tom Roe spoke to the council on Monday."


@pytest.mark.parametrize(
    "credit",
    [
        "“The road must close,” said the Harbour Authority chief executive.",
        "“The road must close,” the county's chief engineer said.",
        "“The road must close,” said the chairman of the Roads Board.",
        "“The road must close,” the city's finance director said.",
    ],
)
def test_a_role_tied_to_a_body_credits_nobody_after_people_are_named(credit: str) -> None:
    assert credited(_NAMED, credit) == [None]


def test_the_same_role_before_anyone_is_named_is_credited_as_printed() -> None:
    speakers = credited("The road closed on Monday.", "“The road must close,” said the Harbour Authority chief executive.")
    assert speakers == ["the Harbour Authority chief executive"]


@pytest.mark.parametrize(
    ("credit", "speaker"),
    [
        ("“No comment,” said the Harbour Authority spokesman.", "the Harbour Authority spokesman"),
        ("“You showed no remorse,” the Crown Court judge said.", "the Crown Court judge"),
        ("“It is calm,” said the BBC's Kyiv correspondent.", "the BBC's Kyiv correspondent"),
        ("“It was close,” said the president of a Lisbon club.", "the president of a Lisbon club"),
        ("“It was close,” said the President of Portugal.", "the President of Portugal"),
    ],
)
def test_roles_often_left_unnamed_keep_their_words(credit: str, speaker: str) -> None:
    assert credited(_NAMED, credit) == [speaker]


def test_a_holder_printed_with_the_role_is_still_credited() -> None:
    speakers = credited(
        "Harbour Authority chief executive Ann Lee met Tom Roe on Monday.",
        "“The road must close,” said the Harbour Authority chief executive.",
    )
    assert speakers == ["Ann Lee"]
