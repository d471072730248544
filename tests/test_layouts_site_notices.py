"""A site's notices to readers it blocks or steers to another browser, printed above the title, are chrome: the title
under them is found.  Every page and line here is of our own making."""

from __future__ import annotations

import pytest

from .layout_helpers import article_of, texts

TITLE = "Record number of students win places at city universities"
LEDE = "More students than ever have been accepted onto courses at the city's three universities, figures show."
SECOND = "The admissions service said the rise was driven by older applicants returning to study."


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "notices",
    [
        ("Oops.", "Our website is temporarily unavailable in your location.", "We are working hard to get it back online.", "PRIVACY"),
        ("Internet Explorer 11 is not supported", "For optimal browsing, we recommend Chrome, Firefox or Safari browsers."),
        ("Our website is currently unavailable in most European countries.",),
    ],
)
def test_notices_above_the_title_are_chrome(notices):
    article = article_of(_page(*notices, TITLE, LEDE, SECOND))
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
    article = article_of(_page(TITLE, LEDE, line, SECOND))
    assert texts(article) == [LEDE, line, SECOND]
