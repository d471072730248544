"""A photo's caption between paragraphs with its credit glued under it, a person's name, a spaced slash and their
employer's name (``Jane Doe / Harbour Public Media``), is none of the body, on pages with blank lines between
paragraphs; the pages here are our own."""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import is_photo_caption

from .layout_helpers import BODY, PARAGRAPHS, TITLE, article_of, texts

_FIRST, _REST = BODY.split("\n\n", 1)


@pytest.mark.parametrize(
    "credit",
    ["Jo Marsh / Harbour Public Media", "Ann Lee / Coast Radio", "Tom Hart / The Harbour Star"],
)
def test_a_caption_over_a_slashed_credit_is_no_paragraph(credit: str) -> None:
    caption = "A dredger works the eastern channel in May. The board hired it for six weeks."
    page = f"{TITLE}\n\n{_FIRST}\n\n{caption}\n{credit}\n\n{_REST}"
    assert texts(article_of(page)) == PARAGRAPHS


@pytest.mark.parametrize(
    "lines",
    [
        # a paragraph set apart from the line under it by a blank line
        "A dredger works the eastern channel in May.\n\nJo Marsh / Harbour Public Media",
        # no person's name before the slash
        "A dredger works the eastern channel in May.\nDredging / Harbour works",
    ],
)
def test_other_lines_stay(lines: str) -> None:
    page = f"{TITLE}\n\n{_FIRST}\n\n{lines}\n\n{_REST}"
    assert "A dredger works the eastern channel in May." in texts(article_of(page))


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Sen. Ann Lee speaks to reporters at the Capitol on Tuesday. | Jo Marsh/Harbour Ledger", True),
        ("The ferry leaves the quay at dawn. | Tom Hart", False),  # a bar and a bare name: a signature
        ("Ministers meet in Oslo. | Politics", False),  # a section after a bar, no photographer
    ],
)
def test_a_caption_closed_by_a_bar_and_a_photographers_credit(line: str, caption: bool) -> None:
    assert is_photo_caption(line) is caption


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Ann Lee leaves the county courthouse in Harbour City on Tuesday. (KHRB)", True),
        ("Crews clear snow from the quay on Monday morning before the ferry. (WHTV)", True),
        ("Rates rose to 4.5%. (AP)", False),  # a brief's short sentence
    ],
)
def test_a_caption_closed_by_a_source_in_capitals_in_brackets(line: str, caption: bool) -> None:
    assert is_photo_caption(line) is caption


def test_a_caption_with_its_station_credit_under_the_byline_opens_no_second_story() -> None:
    page = (
        f"{TITLE}\nThe board will pay for the work from its reserves\nBy Jo Marsh\nPublished: Jun. 9, 2026 at 3:17 PM\n"
        "Ann Lee leaves the county courthouse in Harbour City on Tuesday. (KHRB)\n"
        "HARBOUR CITY — The harbour board voted on Thursday to dredge the eastern channel.\n"
        "Fishing crews had asked for the work for three years, the board's chair said.\n"
    )
    assert len(parse(page).articles) == 1


@pytest.mark.parametrize("credit", ["Jo Marsh / The Ledger", "Ann Lee / Coast Radio"])
def test_a_lead_caption_under_the_byline_and_date_over_a_slashed_credit_is_no_paragraph(credit: str) -> None:
    caption = "Board members listen to the public on Tuesday night. More than 80 people spoke."
    page = f"{TITLE}\nBy Kim Dale\nMarch 4, 2026 at 5:48 a.m.\n{caption}\n{credit}\n\n{BODY}"
    article = article_of(page)
    assert article.summary is None
    assert texts(article) == PARAGRAPHS


@pytest.mark.parametrize("credit", ["Photo by Ben Cole | The Harbour Courier", "Photo by Ann Lee"])
def test_a_caption_over_a_credit_labelled_with_by_is_no_paragraph(credit: str) -> None:
    caption = "Harbour crews load the dredger at dawn on the eastern quay."
    page = f"{TITLE}\nBy Kim Dale\nSunday, March 8, 2026\n\n{caption}\n{credit}\n\n{BODY}"
    assert texts(article_of(page)) == PARAGRAPHS
