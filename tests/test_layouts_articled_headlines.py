"""A headline that keeps its articles over the body, with nothing else around it, is the article's title, not a
digest's summary line: it has no auxiliary verb, no past report and no comma, and is short. Lines written for the
rule."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.page.layout import is_articled_headline

_BODY = (
    "The council voted on Monday to approve a budget of five million for the coming year.\n\n"
    "The mayor said the vote was close and the debate long.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Bowlers take the honours on the opening day",
        "Senate approves spending bill in the last roll call vote of the year",
        "Council approves the new budget for the coming year",
        "A ferry returns to the island after a decade",
    ],
)
def test_a_short_clause_with_articles_is_a_headline(line: str) -> None:
    assert is_articled_headline(line)
    article = newsparse.parse(f"{line}\n\n{_BODY}").articles[0]
    assert article.headline is not None and article.headline.text == line
    assert article.summary is None


@pytest.mark.parametrize(
    "line",
    [
        "The country's leader also said he doesn't believe a war is coming, despite the crisis",
        "The security service has said the suspect acted alone in the attack",
        "The bank was forced to close branches in the north of the country",
        "The minister told reporters the plan would go ahead in the spring",
        "Ministers from the region met for two days of talks on the future of the port and the fishing fleet",
        "Prices will rise again in the autumn",
    ],
)
def test_a_summary_sentence_is_no_articled_headline(line: str) -> None:
    assert not is_articled_headline(line)


def test_a_page_of_several_such_items_is_not_read_as_one_titled_article() -> None:
    page = (
        "A ferry returns to the island after a decade away\n"
        "The ferry made its first crossing on Monday with forty passengers on board.\n"
        "The harbour reopens to fishing boats after the storm\n"
        "Boats left the harbour at dawn for the first time in a week.\n"
    )
    assert len(newsparse.parse(page).articles) == 2
