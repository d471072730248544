"""A speech verb that goes on doing something before ``to`` (``it continued to “outperform”``) is no cue:
the subject of ``continued to`` speaks no word; ``she continued`` after a quote still does."""

from __future__ import annotations

import pytest

from .test_quotes import extract


def credited(*paragraphs: str) -> list[str | None]:
    """The speaker of each quote of an article made of ``paragraphs``."""
    return [q.speaker for q in extract(*paragraphs)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The eastern quay continued to “outperform” all year.",
        "Exports continue to “defy gravity” despite the storms.",
        "The fleet is continuing to “punch above its weight” in the north.",
    ],
)
def test_the_subject_of_continued_to_is_no_speaker(sentence: str) -> None:
    assert credited("Mayor Ann Lee spoke on Friday.", sentence) == [None]


def test_continued_after_a_quote_still_credits_its_subject() -> None:
    assert credited("Mayor Ann Lee spoke on Friday.", "“We will finish the quay,” she continued.") == ["Ann Lee"]


def test_continued_before_a_colon_still_credits_its_subject() -> None:
    assert credited("Mayor Ann Lee spoke on Friday.", "Lee continued: “We are ready.”") == ["Ann Lee"]


def test_a_speaker_named_after_continued_to_is_credited() -> None:
    assert credited("Mayor Ann Lee spoke on Friday.", "The harbour continues to “lead the region”, Lee said.") == ["Ann Lee"]
