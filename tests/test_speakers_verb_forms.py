"""Speech-verb forms that speak only in some uses: ``continue`` before ``to`` goes on doing something (``it
continued to “outperform”``: no cue; ``she continued`` after a quote still is one), and ``point`` speaks only
with ``out`` or ``to`` after it (``Key points from the summit: “…”`` is a noun, never a speaker ``Key``)."""

from __future__ import annotations

import pytest

from .test_quotes import credited


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


@pytest.mark.parametrize(
    "sentence",
    [
        "Key points from the summit: “We will cut emissions by half.”",
        "Main points of the deal: “The quay reopens in May.”",
    ],
)
def test_points_without_a_particle_is_a_noun_and_credits_no_stray_word(sentence: str) -> None:
    assert credited("Leaders met in Oslo on Monday.", sentence) == [None]


@pytest.mark.parametrize(
    "sentence",
    ["Lee pointed out: “Rates will fall.”", "Lee points to “weak demand” as the cause.", "As Lee pointed out, the port is “very busy”."],
)
def test_point_with_out_or_to_still_speaks(sentence: str) -> None:
    assert credited("Economist Ann Lee spoke on Monday.", sentence) == ["Ann Lee"]
