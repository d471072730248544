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


def test_a_briefs_label_over_bylined_briefs_is_no_title_of_the_first():
    page = (
        "HNN\nWorld news in brief\n"
        "Ferry operators agree to step up winter sailings on the northern routes\n"
        "Reuters | March 4, 2025 10:21 AM GMT\n"
        "HARBOUR (Reuters) - Operators agreed on Tuesday to run more winter sailings, the ministry said.\n"
        "\"Our routes are at their busiest in decades,\" the minister told reporters after the meeting.\n"
        "The deal takes effect in May and covers four routes.\n"
        "Storm floods coastal villages as rivers burst their banks overnight\n"
        "Reuters | March 4, 2025 1:47 PM GMT\n"
        "NORTHPORT (Reuters) - Floods cut off three villages on Tuesday, officials said.\n"
        "No deaths had been reported, but at least 86 homes were destroyed.\n"
        "Port reopens after a week of repairs to its main quay wall\n"
        "Reuters | March 4, 2025 3:02 PM GMT\n"
        "EASTHAVEN (Reuters) - The port reopened on Tuesday after repairs, its operator said.\n"
    )
    articles = parse_page(page)
    assert [a.headline.text for a in articles if a.headline] == [
        "Ferry operators agree to step up winter sailings on the northern routes",
        "Storm floods coastal villages as rivers burst their banks overnight",
        "Port reopens after a week of repairs to its main quay wall",
    ]
    assert articles[0].summary is None


def parse_page(page: str):
    from newsparse import parse

    return parse(page).articles
