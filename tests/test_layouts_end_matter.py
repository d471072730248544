"""The end matter of an article page: notes on its print copy, a bio naming the writer by one word,
appeals that back the newsroom, interface labels, and menus naming a brand with digits."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind

from .layout_helpers import BODY, PARAGRAPHS, TITLE, article_of, kind, texts


@pytest.mark.parametrize(
    "line",
    [
        "Appeared in the June 3, 2026, print edition as 'Ferry Fares Climb Again'.",
        "This story appeared in the travel section of the Sunday print edition under the headline “Low tide”",
        "This review appears in the August 2026 issue of Harbour Monthly.",
        "Published in The Valley Courier, April 2nd, 2026.",
        "Printed in Harbour Weekly, 14 May 2026",
    ],
)
def test_a_note_on_the_print_copy_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Published in a rush, the audit left out the cost of the new pier.",
        "The edition appeared in the shops on Monday, and the editor said sales were strong.",
        "Published in The Valley Courier, April 2nd, 2026, the letter drew hundreds of replies from readers.",
    ],
)
def test_a_sentence_about_printing_is_text(line):
    assert kind(line) is LineKind.TEXT


def _bylined_page(byline: str, closing: str) -> str:
    return f"{TITLE}\n\n{byline}\n\n{BODY}\n{closing}\n"


@pytest.mark.parametrize(
    ("byline", "closing"),
    [
        ("By MARTA OKONJO", "MARTA OKONJO\n\nOkonjo covers farming and water for The Associated Press."),
        ("By Lena Fischer", "Lena Fischer\n\nLena covers health policy and the drug industry."),
        ("By Tomas Reyes, Staff Writer", "Reyes is a reporter for the Harbour Post."),
    ],
)
def test_a_bio_naming_the_writer_by_one_word_closes_no_paragraph(byline, closing):
    assert texts(article_of(_bylined_page(byline, closing))) == PARAGRAPHS


def test_a_closing_sentence_opening_with_another_word_is_a_paragraph():
    closing = "Medicare covers most of the cost for patients over 65."
    assert texts(article_of(_bylined_page("By Lena Fischer", closing))) == [*PARAGRAPHS, closing]


@pytest.mark.parametrize(
    "line",
    [
        "Support HARBOUR POST'S journalism of record and accountability",
        "Support Valley Courier's reporting",
        "The Ledger is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.",
        "Thanks for reading The Ledger! Subscribe for free to receive new posts.",
    ],
)
def test_an_appeal_to_back_the_newsroom_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Support Ukraine rally draws thousands in Warsaw",
        "Support for the new pier comes mostly from fishing crews",
        "Support Meduza",
    ],
)
def test_support_for_something_else_is_text(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "line",
    ["SKIP ADVERTISEMENT", "Larger text size", "How does this make you feel?", "Recommended Reading", "Share us on:"],
)
def test_interface_labels_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_menu_may_name_a_brand_with_digits():
    assert kind("Home | Sections | Newsletters | Court360 Daily") is LineKind.CHROME
    assert kind("News | 2026 Election | Sport") is LineKind.TEXT


def test_the_title_under_a_menu_naming_a_brand_with_digits():
    page = f"Court360\nHome | Sections | Newsletters | Court360 Daily\nShare us on:\n\n{TITLE}\n\nBy Ana Ruiz\n\n{BODY}"
    assert article_of(page).headline.text == TITLE


def _page_with_box(box: str) -> str:
    """A page with ``box`` printed between the body's first and second paragraphs."""
    first, *rest = PARAGRAPHS
    return f"{TITLE}\n\nBy Ana Ruiz\n\n{first}\n\n{box}\n\n" + "\n\n".join(rest) + "\n"


@pytest.mark.parametrize("heading", ["Related article", "Related story", "See related"])
def test_a_related_heading_takes_its_headline_with_it(heading):
    page = _page_with_box(f"{heading}\n\nWhy the harbour keeps silting up")
    assert texts(article_of(page)) == PARAGRAPHS


def test_an_inline_see_related_line_is_no_paragraph():
    page = _page_with_box("See related: Why the harbour keeps silting up")
    assert texts(article_of(page)) == PARAGRAPHS
