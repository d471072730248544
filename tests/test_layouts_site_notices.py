"""A site's notices to readers it blocks or steers to another browser, printed above the title, are chrome: the title
under them is found; a caption one blank line under a caption label its comma leaves open is dropped.  Every page and
line here is of our own making."""

from __future__ import annotations

import pytest

from .layout_helpers import article_of, page_of, texts

TITLE = "Record number of students win places at city universities"
LEDE = "More students than ever have been accepted onto courses at the city's three universities, figures show."
SECOND = "The admissions service said the rise was driven by older applicants returning to study."
THIRD = "Officials expect the trend to go on next year."


@pytest.mark.parametrize(
    "notices",
    [
        ("Oops.", "Our website is temporarily unavailable in your location.", "We are working hard to get it back online.", "PRIVACY"),
        ("Internet Explorer 11 is not supported", "For optimal browsing, we recommend Chrome, Firefox or Safari browsers."),
        ("Our website is currently unavailable in most European countries.",),
    ],
)
def test_notices_above_the_title_are_chrome(notices):
    article = article_of(page_of(*notices, TITLE, LEDE, SECOND))
    assert article.headline is not None and article.headline.text == TITLE
    assert texts(article) == [LEDE, SECOND]


@pytest.mark.parametrize(
    "line",
    [
        "Oops, the council said, its new parking meters had charged drivers twice for a week.",
        "Privacy campaigners said the scheme went too far.",
    ],
)
def test_a_paragraph_that_opens_like_a_notice_stays(line):
    article = article_of(page_of(TITLE, LEDE, line, SECOND))
    assert texts(article) == [LEDE, line, SECOND]


@pytest.mark.parametrize(
    "caption", ["Beaches were quiet in the bay on Tuesday", "The ferry was cancelled for a third day running"]
)
def test_a_caption_a_blank_line_under_an_open_caption_label_is_dropped(caption):
    page = page_of(TITLE, LEDE, "Image source, Harbour Agency\nImage caption,", caption, SECOND, THIRD)
    assert texts(article_of(page)) == [LEDE, SECOND, THIRD]


def test_a_sentence_a_blank_line_under_an_open_caption_label_stays():
    sentence = "The council said on Tuesday that the beaches would reopen next week once the water had been tested."
    page = page_of(TITLE, LEDE, "Image caption,", sentence, SECOND, THIRD)
    assert texts(article_of(page)) == [LEDE, sentence, SECOND, THIRD]
