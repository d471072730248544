"""Unnamed sources described in a sentence, on sentences written for these rules: ``the person`` takes up the one
unnamed person described last, whatever the description's head (``A trader in Mumbai said … “…,” the person
added``), never a group (``Two officials said``); a described source ``quoted`` or ``cited`` in the passive ``as
saying`` speaks; ``in the words of X`` and ``as X put it`` (``X put it more bluntly:``) credit X."""

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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A retired schoolteacher was quoted by the Courier as saying: “I gave them my savings.”", "A retired schoolteacher"),
        ("A retired beekeeper was quoted on local radio as saying: “The hives are empty.”", "A retired beekeeper"),
    ],
)
def test_a_described_source_quoted_or_cited_in_the_passive_speaks(text: str, speaker: str) -> None:
    assert credited(text) == [speaker]


def test_a_described_thing_in_the_passive_still_speaks_no_words() -> None:
    assert credited("A video was posted online showing the crash, called “horrific” by viewers.")[0] != "A video"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The plan was, in the words of Ann Lee, “a guess dressed up as a plan.”", "Ann Lee"),
        ("The project, as one diplomat put it, has moved from “peace through trade” to “poverty through arms.”", "one diplomat"),
        ("“We borrow to survive,” one manager said. Another executive put it more bluntly: “At 20%, nothing pays.”", "Another executive"),
    ],
)
def test_in_the_words_of_and_put_it_credit_their_subject(text: str, speaker: str) -> None:
    assert credited(text)[-1] == speaker


def test_put_without_it_is_no_speech_verb() -> None:
    assert credited("Ann Lee spoke first. The council put the plan on hold after residents called it “a mess”.") == ["residents"]
