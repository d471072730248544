"""``the person`` and the unnamed source described before it, on sentences written for this rule: it takes up the
one unnamed person described last, whatever the description's head (``A trader in Mumbai said … “…,” the person
added``), never a group (``Two officials said``)."""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A trader in Mumbai said prices were “frothy”. “It cannot last,” the person added.", "A trader in Mumbai"),
        (
            "A fund manager who holds the notes and asked not to be named said recoveries would be low. “The towers are "
            "worth far less than the book value says,” the person said.",
            "A fund manager",
        ),
    ],
)
def test_the_person_takes_up_the_unnamed_person_described_last(text: str, speaker: str) -> None:
    assert credited(text)[-1].startswith(speaker)


def test_the_person_takes_up_no_group() -> None:
    assert credited("Two officials said the plan was “dead”. “Nobody wants it,” the person said.")[-1] != "Two officials"
