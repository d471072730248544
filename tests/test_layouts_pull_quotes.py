"""A pull quote, a line that is one quotation alone repeating words another paragraph prints, is no paragraph;
a quote paragraph standing alone with words of its own stays one.  Footer links (``Your Privacy Choices``,
``User Agreement``), a caption behind its zoom button (``Enlarge / …``), an audio note (``Voiced by artificial
intelligence.``) and an update note are chrome; ``Note from the author`` ends the body."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind

from .layout_helpers import article_of, kind, texts

_BODY = [
    "Rowing club bets on data to win back its crown", "",
    "Power meters and a new coach have changed how the Harbour Rowing Club trains.", "",
    "“When I came here the crews were training on feel,” the coach, Ann Lee, says. “Feel is fine. Feel is just a"
    " very expensive way to guess.", "",
]


@pytest.mark.parametrize(
    "pulled",
    ["“Feel is just a very expensive way to guess.”", "\"Feel is just a very expensive way to guess\""],
)
def test_a_pull_quote_repeating_a_paragraphs_words_is_no_paragraph(pulled: str) -> None:
    page = "\n".join([*_BODY, pulled, "", "The club has won two titles in five years, the coach said.", ""])
    assert pulled not in texts(article_of(page))


@pytest.mark.parametrize(
    "alone",
    ["“We will win the title back next year, and everyone here knows it.”", "“Feel is fine.”"],
)
def test_a_quote_paragraph_with_words_of_its_own_or_a_short_one_stays(alone: str) -> None:
    page = "\n".join([*_BODY, alone, "", "The club has won two titles in five years, the coach said.", ""])
    assert alone in texts(article_of(page))


@pytest.mark.parametrize(
    "line",
    ["Your Privacy Choices", "User Agreement", "Enlarge / A frame from the lander's descent camera."],
)
def test_footer_links_and_zoom_captions_are_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    ["Voiced by artificial intelligence.", "This article has been updated.", "This report has been updated with new figures."],
)
def test_an_audio_or_update_note_is_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME


def test_a_note_from_the_author_ends_the_body() -> None:
    page = "\n".join([
        *_BODY, "The club has won two titles in five years, the coach said.", "",
        "Note from the author:", "",
        "Hi, this is Tom Hale. I wrote this story. If you value it, become a member of the Harbour Post today.", "",
    ])
    assert texts(article_of(page))[-1] == "The club has won two titles in five years, the coach said."
