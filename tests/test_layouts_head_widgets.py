"""Lines around a title that are no text: a prompt to sign in, a place in capitals under a byline, and a widget
to follow a topic over the topic's name; on pages written for these tests."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind, PageChrome
from newsparse.page.probe import read_lines

from .layout_helpers import article_of, kind, texts


@pytest.mark.parametrize(
    "line", ["Sign in to unlock member-only benefits!", "Log in to read the full story", "Sign in to access this article"]
)
def test_a_prompt_to_sign_in_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def _kinds(page: str) -> list[LineKind]:
    return [line.kind for line in read_lines(page, PageChrome.from_vocabulary())]


def test_a_place_in_capitals_under_a_byline_is_chrome():
    assert _kinds("By Ann Lee\nNEW DELHI\nThe port reopened.\n")[1] is LineKind.CHROME
    assert _kinds("Special Correspondent\nMUMBAI\nThe port reopened.\n")[1] is LineKind.CHROME


def test_a_heading_in_capitals_under_text_stays_text():
    assert _kinds("The port reopened on Monday.\nTHE VERDICT\nIt was a good day.\n")[1] is LineKind.TEXT


def test_a_widget_to_follow_a_topic_leaves_the_title_to_the_headline():
    page = (
        "Harbour Times\n\nHarbour\nPolitics\n\n"
        "Budget 2027: $3.2b package to help households with costs; vouchers raised for 1.5 million people\n\n"
        "Follow topic:\nBudget 2027\n\n"
        "Households will receive up to $800 in vouchers, while seniors get extra top-ups\n\n"
        "Ann Lee\nPolitical Correspondent\nPublished Feb 12, 2027, 05:30 PM\n\n"
        "HARBOUR – Households will receive a support package, the finance minister said on Tuesday.\n\n"
        "The package takes effect in April.\n"
    )
    article = article_of(page)
    assert article.headline is not None and article.headline.text.startswith("Budget 2027: $3.2b package")
    assert texts(article)[-1] == "The package takes effect in April."
