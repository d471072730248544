"""The site's footer and masthead: short lines of text among the footer's chrome lines (``Careers``, ``Interest-Based Ads``
between ``Privacy Policy`` and ``Terms of Use``) are none of the body; the pages here are our own."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind

from .layout_helpers import BODY, PARAGRAPHS, TITLE, article_of, kind, texts


@pytest.mark.parametrize(
    "footer",
    [
        "About Us\nCareers\nPrivacy Policy\nTerms of Use\n© 2026 Harbour Wire Ltd. All rights reserved.",
        "Terms of Use\nPrivacy Policy\nInterest-Based Ads\n© Harbour Sports Network. All rights reserved.",
        "Report an error\nEditorial Standards and Practices\nTerms and Conditions\nPrivacy Policy\nAccessibility\n"
        "© 2026 All rights reserved.\nHarbour Wire, a division of Coast Media Inc.",
        "Facebook\nPrivacy\nYour Privacy Choices\nText Only\nTerms of Use\n© 2026 Harbour Radio",
    ],
)
def test_short_lines_of_text_in_the_footer_are_none_of_the_body(footer: str) -> None:
    page = f"{TITLE}\n\n{BODY}\n{footer}\n"
    assert texts(article_of(page)) == PARAGRAPHS


@pytest.mark.parametrize(
    "closing",
    [
        # two chrome lines under a last paragraph printed with no full stop: it stays
        "Public comments on the plan close at the end of the month\nShare\nShare on X",
        # a sentence of text among the chrome: no footer of short links
        "Privacy Policy\nThe board will publish the full report on its website next week.\nTerms of Use\nCareers",
    ],
)
def test_closing_lines_that_are_no_footer_stay(closing: str) -> None:
    paragraphs = texts(article_of(f"{TITLE}\n\n{BODY}\n{closing}\n"))
    assert paragraphs[:3] == PARAGRAPHS
    assert len(paragraphs) == 4


@pytest.mark.parametrize(
    "masthead",
    [
        "Coastal Times Ghana\nHome\nNews\nTop News\nBusiness\nAgriculture\nHealth\nPolitics\n",
        "Harbour Voice Kenya\nSign in\nSubscribe\nHome\nFisheries\nCourts\n",
    ],
)
def test_the_sites_name_over_its_menu_one_item_a_line_is_no_title(masthead: str) -> None:
    body = BODY.replace("\n\n", "\n")
    article = article_of(f"{masthead}{TITLE}\nHVK Mag Campaign AD\n{body}")
    assert article.headline is not None and article.headline.text == TITLE


def test_a_title_over_a_short_list_of_sentences_stays_the_title() -> None:
    page = f"{TITLE}\nFive crews.\nSix weeks.\nOne channel.\nNo delays.\n\n{BODY}"
    article = article_of(page)
    assert article.headline is not None and article.headline.text == TITLE


@pytest.mark.parametrize(
    "note",
    [
        "Reuters, the news and media arm of a Canadian group, is the world's largest multimedia news provider.",
        "The Associated Press is an independent global news organization dedicated to factual reporting. "
        "Founded in 1846, it is the most trusted source of fast, accurate news.",
    ],
)
def test_a_wire_services_note_on_itself_closing_its_copy_is_no_paragraph(note: str) -> None:
    page = f"{TITLE}\nBy Jo Marsh, Reuters\n\n{BODY}\n{note}\n"
    assert texts(article_of(page)) == PARAGRAPHS


def test_a_note_on_another_company_stays_a_paragraph() -> None:
    note = "Coastline Freight, the port's largest tenant, is a family firm that ships timber."
    paragraphs = texts(article_of(f"{TITLE}\nBy Jo Marsh, Reuters\n\n{BODY}\n{note}\n"))
    assert paragraphs[-1] == note


@pytest.mark.parametrize(
    "line",
    [
        "Invalid email",
        "Something went wrong, please try again later.",
        "Your subscription failed. Please try again.",
        "Your browser does not support the <audio> element.",
        "Enjoy more audio and podcasts on iOS or Android.",
        "This article appeared in the Ports & shipping section of the print edition under the headline “Dredged up”",
    ],
)
def test_form_messages_and_print_notes_are_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME
    assert texts(article_of(f"{TITLE}\n\n{BODY}\n{line}\n")) == PARAGRAPHS


@pytest.mark.parametrize("header", ["Top Comments", "Commenting for this story is now closed."])
def test_comment_headers_open_the_readers_comments(header: str) -> None:
    page = f"{TITLE}\n\n{BODY}\n{header}\n\nJo Hart\nGreat news for the harbour crews at last.\n"
    assert texts(article_of(page)) == PARAGRAPHS


@pytest.mark.parametrize("line", ["The email was invalid, the court found.", "Top comments from the mayor drew applause."])
def test_sentences_like_them_stay_text(line: str) -> None:
    assert kind(line) is LineKind.TEXT
