"""Bylines under a title and its standfirst, on lines written for these rules: ``Staff report`` is no text, two
writers with their cities between bars (``Ana Ruiz, Lima | Tom Vale, London``) and ``By`` with the writer's role in
an apposition (``By Jane Doe, a senior reporter covering …``) are bylines, and a section's label between the
standfirst and the writer's name stands in no way: the title stays the title and the standfirst the summary.  So do
three to five key points a tabloid prints under its long title, one a line, without bullets."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind
from newsparse.page.layout import is_writer

from .layout_helpers import article_of, kind

_TITLE = "Harbour board picks Dalton for new ferry terminal"
_STANDFIRST = "Operator promises 340 jobs; commissioners approve a 15-year lease"
_BODY = [
    "",
    "DALTON - The harbour board will build a ferry terminal on 12 acres south of the old quay, the largest public project in the county.",
    "",
    "The board voted 3-0 on Wednesday to approve the lease, officials said.",
    "",
]


@pytest.mark.parametrize(
    "meta",
    [
        ["Staff report", "Posted Thursday, May 8, 2025 4:30 PM"],
        ["Ana Ruiz, Lima | Tom Vale, London", "Thu 14 Aug 2025 18:20 BST"],
        ["By Mara Quist, a senior reporter covering ports and shipping", "Mar 11, 2025, 2:00 PM UTC"],
        ["Business", "Dr. Tomas Wiel", "Jun 19, 2025"],
    ],
)
def test_the_title_and_standfirst_stay_over_a_byline_the_layout_did_not_know(meta: list[str]) -> None:
    article = article_of("\n".join(["HARBOUR REGISTER", "Business", _TITLE, _STANDFIRST, *meta, *_BODY]))
    assert (article.headline and article.headline.text, article.summary and article.summary.text) == (_TITLE, _STANDFIRST)


def test_a_described_writer_is_a_byline() -> None:
    assert kind("By Mara Quist, a senior reporter covering ports") is LineKind.BYLINE


@pytest.mark.parametrize(
    ("line", "writers"),
    [("Ana Ruiz, Lima | Tom Vale, London", True), ("Ana Ruiz | Tom Vale | Li Ming | Jo Hart", False), ("Markets | Asia", False)],
)
def test_two_or_three_writers_between_bars_are_the_writers(line: str, writers: bool) -> None:
    assert is_writer(line) is writers


@pytest.mark.parametrize("line", ["By the end, a senior reporter had quit.", "By Ann Lee, a lawyer for the family, the claim was filed"])
def test_a_sentence_opening_with_by_is_no_byline(line: str) -> None:
    assert kind(line) is LineKind.TEXT


def test_staff_report_is_no_text() -> None:
    assert kind("Staff report") is not LineKind.TEXT


_LONG_TITLE = "Council boss who spent £2.1million of flood money on a yacht and two racehorses is jailed for six years"
_POINTS = [
    "Tom Rudd, 61, moved the cash over five years while on a £90,000 salary",
    "Judge said he showed 'staggering contempt' for flooded families",
    "Town forced to delay new flood walls after losing a third of its fund",
]


def test_a_long_title_stays_the_title_over_a_tabloids_key_points() -> None:
    page = "\n".join(["NEWS", _LONG_TITLE, "", *_POINTS, "", "By TOM HALE, CRIME CORRESPONDENT", "", "Published: 14:32, 3 March 2025", *_BODY])
    assert article_of(page).headline.text == _LONG_TITLE


def test_two_short_lines_over_a_byline_are_a_title_and_its_standfirst() -> None:
    page = "\n".join(["NEWS", "Town forced to delay flood walls", _POINTS[1], "By TOM HALE", "Published: 14:32, 3 March 2025", *_BODY])
    article = article_of(page)
    assert (article.headline.text, article.summary.text) == ("Town forced to delay flood walls", _POINTS[1])
