"""Icon alternative text, age notes, failed widgets and copyright credits: site chrome, not the article."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import is_icon_list

from .layout_helpers import parse


@pytest.mark.parametrize(
    ("line", "icons"),
    [
        ("Notification Icon", True),
        ("userprofile IconSearch", True),
        ("Menu icon Close icon", True),
        ("icon bookmark-bicon bookmarkicon cameraicon checkicon", True),
        ("Fashion icon dies at 90", False),
        ("Pop icon Madonna", False),
        ("Icon", False),
    ],
)
def test_icon_text(line, icons):
    assert is_icon_list(line) is icons


def test_icon_text_above_a_title_is_no_headline():
    text = (
        "Business Daily\nNotification Icon\nuserprofile IconSearch\n\n"
        "Governor putting house in order before tapering\n\n"
        "Says he wants to bring inflation down to the central bank's comfort zone\n\n"
        "The governor is readying for the long haul, the bank said on Friday.\n\n"
        "Inflation was 6.1 per cent in August, above the bank's desired level.\n"
    )
    [article] = parse(text)
    assert article.headline.text == "Governor putting house in order before tapering"


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("This was published 2 years ago", True),
        ("This article was published 11 months ago.", True),
        ("This was published in the journal Nature in 2019.", False),
        ("We’re sorry, this feature is currently unavailable. We’re working to restore it. Please try again later.", True),
    ],
)
def test_age_notes_and_failed_widgets_are_chrome(line, chrome):
    from newsparse.page.chrome import LineKind, PageChrome

    assert (PageChrome.from_vocabulary().kind(line)[0] is LineKind.CHROME) is chrome


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Dhoni was ecstatic after leading India to victory in his first game as captain © AFP", True),
        ("Fans cheer at the stadium on Sunday © Getty Images", True),
        ("The report is © 2024 Harbour Trust, all rights reserved by the trust", False),
    ],
)
def test_a_caption_closed_by_a_copyright_sign_and_agency_is_a_photo_caption(line, caption):
    from newsparse.page.chrome import is_photo_caption

    assert is_photo_caption(line) is caption


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Page: 48", True),
        ("Page 12", True),
        ("Trending on Billboard", True),
        ("Trending on social media, the clip was viewed 2 million times.", False),
        ("Page three of the report was blank.", False),
    ],
)
def test_print_page_numbers_and_trending_widgets_are_chrome(line, chrome):
    from newsparse.page.chrome import LineKind, PageChrome

    assert (PageChrome.from_vocabulary().kind(line)[0] is LineKind.CHROME) is chrome


def test_a_section_label_and_a_page_number_over_the_body_make_no_headline():
    text = (
        "Music\nPage: 48\n"
        "Gigi Perez has reached her first No. 1 single on the U.K. Singles Chart this week.\n"
        "The singer-songwriter had a viral hit with “Sailor Song,” which peaked at No. 28.\n"
        "Trending on Billboard\n"
        "The song is the most-streamed of the week in the U.K. with 5 million streams.\n"
    )
    [article] = parse(text)
    assert article.headline is None
    assert [p.text for p in article.paragraphs][0].startswith("Gigi Perez")
    assert "Trending on Billboard" not in [p.text for p in article.paragraphs]


def test_a_bylines_date_under_the_title_wins_over_a_date_line_above_it():
    text = (
        "Saturday, December 27, 2025\n\n"
        "Ceasefire talks collapse as delegation leaves Cairo\n\n"
        "News Desk, 20 Aug, 2014 07:37 AM\n\n"
        "A temporary ceasefire has collapsed after the respite ended at midnight, an official said.\n\n"
        "The delegation will leave on Wednesday, the official added.\n"
    )
    [article] = parse(text)
    assert article.published.date().isoformat() == "2014-08-20"


def test_a_date_line_above_the_title_stays_the_date_without_a_dated_byline():
    text = (
        "Saturday, May 22, 2021\n\n"
        "Former premier mocks his old mentor over reserves claim\n\n"
        "The former prime minister asked why his mentor had accused him of bankrupting the country.\n\n"
        "He said the reserves had grown while he was in office.\n"
    )
    [article] = parse(text)
    assert article.published.isoformat() == "2021-05-22"
