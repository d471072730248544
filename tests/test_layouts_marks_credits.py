"""Prompts after an arrow or triangle bullet are chrome as after a round one, and a caption closed by its
photographer and a wire agency spelled out is a caption: lines written for the rules."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind

from .layout_helpers import kind


@pytest.mark.parametrize(
    "line",
    [
        "➤ Click here to follow our WhatsApp channel for more stories.",
        "► Sign up for our newsletter",
        "» Share this article",
        "Fans cheer at the quay on Saturday. (Ana Pol/The Associated Press)",
        "The ferry leaves the harbour at dusk. (Tom Vale/The Canadian Press)",
        "Crews clear the road after the storm. (Jane Roe/ Agence France-Presse)",
        "The minister says progress will take time. (ABC News: Ana Pol)",
        "The ferry left the quay at dawn. (Harbour TV: Li Ming)",
        "Close this search box.",
        "Jump directly to the content",
        "Skip directly to the content",
        "This is an archived article and the information in the article may be outdated. Please look at the time stamp.",
    ],
)
def test_bulleted_prompts_and_captions_credited_to_a_spelled_out_agency_are_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "➤ Prices rose again in May as the harbour board met.",
        "» The ferry will run twice a day from June.",
        "The Associated Press reported the ferry would run twice a day.",
        "The board met on Monday to set the fees. (Source: Harbour Board)",
        "Close this door behind you when the ferry leaves.",
        "This is an archived photo of the quay, the board said on Monday.",
    ],
)
def test_bulleted_sentences_and_an_agency_in_a_sentence_stay_text(line: str) -> None:
    assert kind(line) is LineKind.TEXT
