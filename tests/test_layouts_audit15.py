"""Layouts from blind round r78 (school meals, cyber attacks, commodity prices, bridge repairs, sporting events, house
building): notes where a slideshow or an ad breaks the story, local papers' pleas to readers blocking ads and a
photo's placeholder label are chrome.  Every page and line here is of our own making."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind

from .layout_helpers import PARAGRAPHS, TITLE, article_of, kind, texts


@pytest.mark.parametrize(
    "line",
    [
        "Story continues after slideshow...",
        "Story continues after the gallery",
        "Article continues after this advertisement",
        "By allowing ads to appear on this site, you support the local businesses who keep our reporters at work.",
        "Placeholder Image",
    ],
)
def test_a_break_in_the_story_or_a_plea_about_ads_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "The story continues to unfold as crews search the harbour.",
        "By allowing adverts on buses, the council raised £2m last year.",
        "A placeholder image was shown on the council's website for a week.",
    ],
)
def test_sentences_that_tell_of_stories_ads_or_images_are_text(line):
    assert kind(line) is LineKind.TEXT


def test_the_breaks_and_pleas_leave_the_body_whole():
    page = (
        "By allowing ads to appear on this site, you support the local businesses who, in turn, support great local journalism.\n"
        f"{TITLE}\n\n{PARAGRAPHS[0]}\n\nStory continues after slideshow...\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}\n"
    )
    article = article_of(page)
    assert article.headline is not None and article.headline.text == TITLE
    assert texts(article) == PARAGRAPHS
