"""Layouts from blind round r78 (school meals, cyber attacks, commodity prices, bridge repairs, sporting events, house
building): notes where a slideshow or an ad breaks the story, local papers' pleas to readers blocking ads and a
photo's placeholder label are chrome.  Every page and line here is of our own making."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind

from .layout_helpers import CHROME, PARAGRAPHS, TITLE, article_of, kind, texts


@pytest.mark.parametrize(
    "line",
    [
        "Story continues after slideshow...",
        "Story continues after the gallery",
        "Article continues after this advertisement",
        "By allowing ads to appear on this site, you support the local businesses who keep our reporters at work.",
        "Placeholder Image",
    ],
)
def test_a_break_in_the_story_or_a_plea_about_ads_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "The story continues to unfold as crews search the harbour.",
        "Story continues to unfold as the crews search the harbour.",
        "By allowing adverts on buses, the council raised £2m last year.",
        "A placeholder image was shown on the council's website for a week.",
    ],
)
def test_sentences_that_tell_of_stories_ads_or_images_are_text(line):
    assert kind(line) is LineKind.TEXT


def test_the_breaks_and_pleas_leave_the_body_whole():
    page = (
        "By allowing ads to appear on this site, you support the local businesses who, in turn, support great local journalism.\n"
        f"{TITLE}\n\n{PARAGRAPHS[0]}\n\nStory continues after slideshow...\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}\n"
    )
    article = article_of(page)
    assert article.headline is not None and article.headline.text == TITLE
    assert texts(article) == PARAGRAPHS


# --- the title over its copy cut short --------------------------------------------------------------------


def test_the_title_over_its_copy_cut_short_is_the_title():
    title = "the port sets the price of a tonne of coal at $80 for the season"
    page = f"{title}\n\nthe port sets the price of a tonne of coal\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}\n"
    article = article_of(page)
    assert article.headline is not None and article.headline.text == title


# --- a correspondent's byline opened by ``With`` -------------------------------------------------------------


@pytest.mark.parametrize("line", ["With our correspondent in Abidjan, Jane Doe", "With our correspondent Jane Doe"])
def test_a_byline_with_our_correspondent_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE


def test_a_sentence_opening_with_our_is_text():
    assert kind("With our partners we built 40 homes last year.") is LineKind.TEXT


# --- a site's call for support by its address -------------------------------------------------------------


@pytest.mark.parametrize("line", ["Support harbour.news", "Visit harbourpost.co.uk", "Like this site? Help us to make it better."])
def test_a_call_for_the_site_by_its_address_or_a_plea_for_help_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["Ann Lee joined harbour.news in May.", "Like this site? Our readers do, and so do we."])
def test_sentences_naming_a_site_are_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_call_for_support_above_the_title_leaves_the_title():
    page = f"Support harbour.news\n\nLike this site? Help us to make it better.\n\n{TITLE}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}\n"
    article = article_of(page)
    assert article.headline is not None and article.headline.text == TITLE


# --- round r79: labels of photos that show no one of the story, and members' pitches ----------------------


@pytest.mark.parametrize(
    "line",
    ["Stock image", "Stock photo", "Representational image.", "File picture", "Enjoy this article?"],
)
def test_a_stock_photos_label_or_a_members_prompt_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Most Harbour Journal content is only available to members. Join the society to get full access to our archive.",
        "Some content is available to subscribers only. Subscribe today for full access.",
    ],
)
def test_a_note_that_content_is_for_members_with_a_call_to_join_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "The grants are only available to members who join before May, the union said.",
        "Its content is available to members. Members meet on Monday.",
        "Stock images of the harbour were used in the council's brochure.",
        "Enjoy this article and the next one in the series.",
    ],
)
def test_sentences_about_members_stock_images_or_articles_are_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_stock_photos_label_under_the_title_is_no_standfirst():
    page = f"{TITLE}\n\nStock image\nStock image\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}\n"
    article = article_of(page)
    assert article.summary is None and texts(article) == PARAGRAPHS


# --- a newspaper archive's date and byline joined by a bar ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("May 17, 1985|By Jane Doe and Tom Roe. (Ann Lee also contributed to this story.)", "1985-05-17"),
        ("July 13, 1995|By Jane Doe and Tom Roe, Tribune Staff Writers.", "1995-07-13"),
        ("September 17, 1997|By Jane Doe | Jane Doe,SUN STAFF", "1997-09-17"),
    ],
)
def test_an_archive_date_and_byline_joined_by_a_bar_is_a_dated_byline(line, day):
    found_kind, found = CHROME.kind(line)
    assert found_kind is LineKind.BYLINE and str(found) == day


def test_a_sentence_after_a_date_and_a_bar_is_text():
    assert kind("March 3, 2001 | By the numbers, the plan failed.") is LineKind.TEXT


def test_an_archive_byline_gives_the_article_its_date_and_no_paragraph():
    page = f"{TITLE}\n\nMay 17, 1985|By Jane Doe and Tom Roe. (Ann Lee also contributed to this story.)\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}\n"
    article = article_of(page)
    assert texts(article) == PARAGRAPHS and str(article.published)[:10] == "1985-05-17"


# --- round r80: closed comments, share rows, a publisher's video player and an element's id -----------------------


@pytest.mark.parametrize(
    "line",
    [
        "Sorry, we are not accepting comments on this article.",
        "share with facebook",
        "Share with Twitter",
        "Watch more of our videos on Shots!",
        "and live on Freeview channel 276",
        "Visit Shots! now",
        "70c8fc80",
        "9f3ab2c41d",
    ],
)
def test_notices_share_rows_video_players_and_ids_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "The council said it was not accepting comments on the plan after Friday.",
        "deadbeef",
        "12345678",
        "Share with care, the charity said.",
    ],
)
def test_sentences_words_and_numbers_like_them_are_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_share_row_under_the_date_is_no_standfirst():
    page = f"{TITLE}\n\nApril 28, 2013 at 4:44 PM\nshare with facebook\nshare with twitter\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}\n"
    article = article_of(page)
    assert article.summary is None and texts(article) == PARAGRAPHS
