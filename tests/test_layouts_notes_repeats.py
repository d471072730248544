"""Republication notes that open ``As originally posted at X``, notes that say when instead of where, and a
masthead's founding date (``Est. May 19, 1883``): lines written for the rules."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.page.chrome import LineKind, PageChrome
from newsparse.page.dates import names_a_time
from newsparse.page.furniture import republished_from

_BODY = (
    "Ferry fares on the island routes rise by a tenth from Monday, the operator said.\n"
    "The operator blamed the cost of fuel and crews.\n"
)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("As originally posted at the Coast Daily", "Coast Daily"),
        ("As Originally Published in The Glen Ledger", "The Glen Ledger"),
        ("Originally posted at the Harbour Times.", "Harbour Times"),
        ("Originally published by Riverside Journal.", "Riverside Journal"),
    ],
)
def test_a_note_opening_originally_posted_names_its_outlet(line: str, outlet: str) -> None:
    assert republished_from(line) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Originally published on Monday, March 3.",
        "Originally published in March 2020.",
        "This article was originally published on March 3, 2020.",
        "As originally printed in 1998 by the Herald",
        "As originally planned, the bridge opens in June.",
    ],
)
def test_a_note_saying_when_it_was_published_names_no_outlet(line: str) -> None:
    assert republished_from(line) is None


@pytest.mark.parametrize(
    ("text", "when"),
    [("Monday, March 3", True), ("Tues. morning", True), ("sept 2020", True), ("12 May", True),
     ("Coast Daily", False), ("Marchmont Gazette", False), ("the Herald", False), ("", False)],
)
def test_names_a_time_reads_the_first_word(text: str, when: bool) -> None:
    assert names_a_time(text) is when


def test_a_note_under_the_title_is_no_standfirst_and_names_the_outlet() -> None:
    page = "Ferry fares rise again on island routes\nAs originally published in the Coast Daily\n" + _BODY
    article = newsparse.parse(page).articles[0]
    assert article.summary is None
    assert article.republished_from == "Coast Daily"
    assert [p.text for p in article.paragraphs] == _BODY.splitlines()


@pytest.mark.parametrize(
    "line",
    ["Spokane, Washington  Est. May 19, 1883", "Established 2 June 1901", "The Harbour Post, founded March 3, 1887"],
)
def test_a_mastheads_founding_date_is_chrome(line: str) -> None:
    assert PageChrome.from_vocabulary().kind(line)[0] is LineKind.CHROME


@pytest.mark.parametrize("line", ["Published May 19, 2023", "Since January 5, 2020, fares rose", "May 19, 2023"])
def test_other_dated_lines_are_no_founding_date(line: str) -> None:
    assert PageChrome.from_vocabulary().kind(line)[0] is not LineKind.CHROME


def test_the_founding_date_is_no_articles_date() -> None:
    page = (
        "The Harbour Post\nHarbourtown, Maine  Est. May 19, 1883\n\nCouncil calls special session for the budget\n\n"
        + _BODY
    )
    article = newsparse.parse(page).articles[0]
    assert article.published is None
    assert article.headline is not None and article.headline.text == "Council calls special session for the budget"
