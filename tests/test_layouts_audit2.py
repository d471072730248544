"""Layouts from the second audit on scraped pages: an unsupported-browser notice, a tag archive's header,
a paged list's breadcrumb, a numbered breadcrumb ending in the title cut short, a sponsor's name printed
around the title, captions closing with a capitalised ``FILE PHOTO / AGENCY`` credit or a bare ``photo``,
day-month-year dates joined by hyphens, a blog footer listing empty tags, a ticker of live pages, and
pointers to the full article or a print view."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse.page.chrome import LineKind, is_photo_caption
from newsparse.page.dates import find_date

from .layout_helpers import article_of, kind, texts

_BODY = (
    "The county council voted on Wednesday to close the old landfill site by the end of next year.\n\n"
    "Residents had complained for a decade about the smell and the lorries, a councillor said.\n"
)



# --- A. an unsupported-browser notice above the title -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "IE 11 is not supported. For an optimal experience visit our site on another browser.",
        "Your browser is out of date. Update it to read this site safely.",
        "You are using an outdated browser",
    ],
)
def test_a_browser_notice_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_title_under_a_browser_notice_is_the_title():
    page = "Internet Explorer is not supported. Please switch browsers.\n\nLandfill to close next year\n\n" + _BODY
    article = article_of(page)
    assert article.headline.text == "Landfill to close next year"
    assert texts(article)[0].startswith("The county council voted")


def test_a_sentence_about_a_browser_stays_text():
    assert kind("Your browser is the window most people use to reach the council's services, she said.") is LineKind.TEXT


# --- B. a tag archive's header and a paged list's breadcrumb -----------------------------------------


@pytest.mark.parametrize("line", ["Posts Tagged ‘landfill’", "Entries tagged: waste", "Home Blog Page 3117", "News Page 12"])
def test_archive_headers_and_paged_crumbs_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["Turn to Page 5", "Landfill Page 2 Of The Report"])
def test_a_page_number_after_other_words_stays_text(line):
    assert kind(line) is LineKind.TEXT


def test_the_title_under_a_paged_crumb_is_the_title():
    page = "Home Blog Page 88\n\nLandfill to close by the end of next year\n\n" + _BODY
    assert article_of(page).headline.text == "Landfill to close by the end of next year"


# --- C. a numbered breadcrumb ending in the title cut short ------------------------------------------


def test_a_numbered_crumb_cut_short_is_not_the_title():
    page = (
        "1. Home\n  2. Local\n  3. County council votes to close the\n\n"
        "County council votes to close the old landfill\n\nMarch 4, 2026\n\n" + _BODY
    )
    article = article_of(page)
    assert article.headline.text == "County council votes to close the old landfill"
    assert article.summary is None


def test_a_title_that_opens_the_next_line_in_other_words_stays_the_title():
    page = "Council votes on landfill\n\nMarch 4, 2026\n\nCouncil votes on landfill closure were held on Wednesday in the town hall.\n\n" + _BODY
    assert article_of(page).headline.text == "Council votes on landfill"


# --- D. a sponsor's name printed around the title ------------------------------------------------------


def test_a_sponsored_blog_name_printed_three_times_is_not_the_title():
    page = (
        "Waste Watch Daily\n\nSponsored by\nWaste Watch Daily\n\nLandfill to close by the end of next year\n\n"
        "Waste Watch Daily\n\n" + _BODY
    )
    article = article_of(page)
    assert article.headline.text == "Landfill to close by the end of next year"
    assert "Waste Watch Daily" not in texts(article)


def test_a_title_printed_three_times_stays_the_title():
    page = (
        "Landfill to close next year\n\nThe county's only landfill will shut after decades of complaints\n\n"
        "Landfill to close next year\n\nLandfill to close next year\n\n" + _BODY
    )
    assert article_of(page).headline.text == "Landfill to close next year"


# --- E. captions with a capitalised credit --------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Councillor Ana Reyes at the landfill gate FILE PHOTO / HARBOUR NEWS",
        "The landfill seen from the ridge road PHOTO / JANE DOE",
        "Lorries queue at the landfill gate on Monday. photo",
    ],
)
def test_a_caption_closing_with_a_bare_credit_is_a_caption(line):
    assert is_photo_caption(line)


@pytest.mark.parametrize(
    "line",
    ["The council wants a new photo", "Lorries queue at the landfill gate on Monday.", "Councillors back landfill plan / budget"],
)
def test_lines_without_a_credit_are_no_captions(line):
    assert not is_photo_caption(line)


def test_a_caption_under_the_title_is_no_standfirst():
    page = (
        "Latest News\n\nLandfill to close by the end of next year\n\n"
        "Councillor Ana Reyes at the landfill gate FILE PHOTO / HARBOUR NEWS\n" + _BODY
    )
    article = article_of(page)
    assert article.headline.text == "Landfill to close by the end of next year"
    assert article.summary is None
    assert texts(article)[0].startswith("The county council voted")


# --- F. dates joined by hyphens -------------------------------------------------------------------------


def test_a_hyphenated_day_month_year_is_a_date():
    found = find_date("04-Mar-2026 09:15:00 GMT")
    assert found is not None and found.value == dt.datetime(2026, 3, 4, 9, 15, tzinfo=dt.timezone.utc)
    assert kind("12-Sep-2025") is LineKind.DATE


@pytest.mark.parametrize("line", ["Ref 12-Sep-20251", "Tag-Sep-2025", "Model X12-Sep-2025"])
def test_hyphenated_codes_are_no_dates(line):
    assert find_date(line) is None


# --- G. closing lines: a footer with empty tags, a live ticker, pointers to the full text ------------


def test_a_footer_listing_empty_tags_closes_the_post():
    page = (
        "Landfill to close next year\n\nPosted by Harbour Blog on March 4, 2026\n\n" + _BODY + "\n"
        "Posted in News > Local | Tagged: , , , , , , , , , , , | Leave a Comment »\n"
    )
    assert texts(article_of(page))[-1].startswith("Residents had complained")


@pytest.mark.parametrize(
    "line",
    [
        "LIVE | Storm: roads closed across the county as the river rises and the council opens two rest centres",
        "Read full article here",
        "Read the full story here",
        "Printer Friendly",
    ],
)
def test_tickers_and_pointers_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_sentence_opening_with_live_stays_text():
    assert kind("Live music returns to the square on Friday, the council said.") is LineKind.TEXT
