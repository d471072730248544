"""Links to a site's home page (``Go to the Herald homepage``, a logo's ``Herald Homepage``) and breadcrumbs that open with ``Home`` are chrome,
never an article's headline; lines that merely start alike stay text."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind

from .layout_helpers import BODY, TITLE, article_of, kind


@pytest.mark.parametrize(
    "line",
    [
        "Go to the Globe and Mail homepage",
        "Go to the Courier homepage",
        "Back to home page",
        "Return to the Daily Ledger home page",
        "Coast Radio News Homepage",
        "The Harbour Star home page",
        "Home » Archive by category 'Vatican News'",
        "Home › Local news",
        "Home / Business",
    ],
)
def test_home_links_and_home_crumbs_are_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Go to war over the harbour, fishermen warn the board",
        "Back to school for 40,000 pupils as the new term starts",
        "Home is where the harbour is: a fisherman's story",
        "Home » an essay on the coast, the boats, the people and the long winters they shared",
        "Home / away kits go on sale on Friday.",
        "Council redesigns its homepage",
        "Why the Harbour Star changed its homepage",
    ],
)
def test_lines_that_only_start_alike_are_text(line: str) -> None:
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize("chrome", ["Go to the Harbour Times homepage", "Harbour Times Homepage", "Home » Archive by category 'Harbour News'"])
def test_the_title_under_a_home_link_is_the_headline(chrome: str) -> None:
    assert article_of(f"{chrome}\n\n{TITLE}\n\n{BODY}").headline.text == TITLE
