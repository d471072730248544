"""Layouts from the fourth audit on scraped pages: a wire photo's caption printed without its credit,
closing with its date; a page's teaser cut short with ``...`` above the lead it copies; a list of a
blog's recent posts, each with its date, above the title; a blog's label printed again under the body;
and closing chrome of other words (a blog post's ``This entry was posted in …`` footer, a paywall's
free-article note, an ad slot's prompt glued to its label, a share box's sign-in row)."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind
from newsparse.page.layout import is_dated_caption, listed_posts
from newsparse.page.probe import read_lines

from .layout_helpers import CHROME, article_of, kind, texts

_BODY = (
    "The harbour board voted on Thursday to dredge the eastern channel before the winter storms.\n\n"
    "Fishing crews had asked for the work for three years, the board's chair said.\n"
)



# --- A. a wire photo's caption closing with its date -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Dock workers unload grain from a freighter at the port of Valletta, Malta October 2, 2019.",
        "The prime minister waves to supporters as she leaves a rally in Leeds, Britain Sept. 14, 2022.",
        "Firefighters spray water on a burning warehouse in the outskirts of Lagos June 30, 2020.",
    ],
)
def test_a_caption_closing_with_place_and_date_is_a_dated_caption(line):
    assert is_dated_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The new ferry terminal is due to open to passengers on October 2, 2019.",
        "The council will hold its final vote on the budget on Tuesday June 30, 2020.",
        "Leeds May 3, 2021.",  # too short for a caption
        "The deal was signed in Leeds, the company said in a statement issued May 3.",
    ],
)
def test_sentences_closing_with_a_date_are_no_dated_captions(line):
    assert not is_dated_caption(line)


def test_a_dated_caption_under_the_title_is_no_standfirst():
    page = (
        "Port reopens after a week of strikes\n\n"
        "Dock workers unload grain from a freighter at the port of Valletta, Malta October 2, 2019.\n\n"
        "By Jane Doe\n\n" + _BODY
    )
    article = article_of(page)
    assert article.headline.text == "Port reopens after a week of strikes"
    assert article.summary is None
    assert texts(article)[0].startswith("The harbour board voted")


def test_a_lead_closing_with_a_date_after_on_stays_in_the_body():
    page = (
        "Port reopens after a week of strikes\n\n"
        "By Jane Doe\n\n"
        "The harbour board said the new ferry terminal would open to passengers on October 2, 2019.\n\n" + _BODY
    )
    assert texts(article_of(page))[0].startswith("The harbour board said the new ferry terminal")


# --- B. a teaser cut short above the lead it copies --------------------------------------------------


_LEAD = (
    "A harbour town's ferry service now faces two separate reviews. One concerns a collision in the "
    "spring. The other concerns the fares charged since the operator changed hands last year."
)


def test_a_teaser_cut_short_above_its_lead_is_the_standfirst():
    page = _LEAD[:120] + "...\n" + _LEAD + "\nThe operator said it would cooperate with both reviews.\n"
    article = article_of(page)
    assert article.summary.text == _LEAD[:120] + "..."
    assert texts(article) == [_LEAD, "The operator said it would cooperate with both reviews."]


def test_a_first_line_ending_with_dots_that_is_no_copy_stays_in_the_body():
    page = "The ferry operator said the fares would go up, and then...\n" + _LEAD + "\n"
    article = article_of(page)
    assert article.summary is None
    assert texts(article)[0] == "The ferry operator said the fares would go up, and then..."


# --- C. a blog's recent posts, listed with their dates, above the title ------------------------------


def test_recent_posts_listed_with_their_dates_above_the_title_are_chrome():
    page = (
        "-\nHow to plant tulips before the frost - November 6, 2020\n"
        "-\nFive ways to keep a garden shed dry - November 3, 2020\n"
        "-\nWhy do tomatoes split? Here's the answer - October 28, 2020\n"
        "Harbour board backs channel dredging\n" + _BODY.replace("\n\n", "\n")
    )
    article = article_of(page)
    assert article.headline.text == "Harbour board backs channel dredging"
    assert article.published is None
    assert texts(article)[0].startswith("The harbour board voted")


def test_two_dated_headlines_make_no_list_of_posts():
    page = "How to plant tulips before the frost - November 6, 2020\nFive ways to keep a shed dry - November 3, 2020\n" + _BODY
    assert listed_posts(read_lines(page, CHROME)) == frozenset()


# --- D. a blog's label printed again under the body --------------------------------------------------


def test_a_label_printed_above_the_title_and_under_the_body_is_chrome():
    page = "Local Matters\n\nHarbour board backs channel dredging\n\n" + _BODY + "\nLocal Matters\n"
    article = article_of(page)
    assert texts(article)[-1] == "Fishing crews had asked for the work for three years, the board's chair said."


def test_a_closing_signature_not_printed_above_the_title_stays():
    page = "Local Matters\n\nHarbour board backs channel dredging\n\n" + _BODY + "\nJane Doe, Fernbrook\n"
    assert texts(article_of(page))[-1] == "Jane Doe, Fernbrook"


# --- E. closing chrome of other words ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "This entry was posted in Roads and Transport, Weather. Bookmark the permalink.",
        "You're reading a free article with views that may differ from our paid research service.",
        "AdvertisementAdvertise with Harbour Media.",
        "Advertise with us",
        "Sign in with Facebook, Twitter or Email.",
    ],
)
def test_closing_chrome_of_other_words_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "The entry was posted in the register by the clerk on Friday.",
        "Readers of the free article asked the editor for more.",
        "The firm will advertise with local radio stations this winter.",
        "Residents can sign in with the council's new app to report a pothole.",
    ],
)
def test_sentences_in_the_same_words_stay_text(line):
    assert kind(line) is LineKind.TEXT


def test_an_ad_slot_closing_a_page_without_a_title_goes_with_the_title_copy():
    page = _BODY.replace("\n\n", "\n") + "Harbour board backs dredging\nAdvertisementAdvertise with Harbour Media.\n"
    article = article_of(page)
    assert texts(article)[-1] == "Fishing crews had asked for the work for three years, the board's chair said."


# --- F. a menu row scraped without spaces; a bulleted headline under a post's meta line ---------------


@pytest.mark.parametrize(
    "line",
    ["Latest Harbour TV NewsRiverton NewsSlider", "HomeSportsCricket 2024Live Score", "HomeNewsWeatherTraffic"],
)
def test_a_menu_row_glued_without_spaces_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    ["NewsCorp buys a stake in MySpace rival", "YouTube star opens a cafe in Riverton", "McDonald's closes its LinkedIn page"],
)
def test_names_glued_in_a_title_leave_it_text(line):
    assert kind(line) is LineKind.TEXT


def test_the_title_under_a_glued_menu_row_is_found():
    page = "Latest Harbour TV NewsRiverton NewsSlider\n\nSECOND DRIVER CHARGED AFTER QUAY CRASH\n\n" + _BODY
    article = article_of(page)
    assert article.headline.text == "SECOND DRIVER CHARGED AFTER QUAY CRASH"
    assert article.summary is None


def test_a_bulleted_headline_under_a_meta_line_is_no_title():
    page = (
        "Ten years on, ferry case goes to trial\n"
        "9:30 AM, Friday, June 10 2016 | 310 views | 0 comments | print\n"
        "• Ferry operator goes on trial over the quay collision\n\n" + _BODY
    )
    assert article_of(page).headline.text == "Ten years on, ferry case goes to trial"


def test_a_title_under_a_meta_line_is_still_found():
    page = (
        "Harbour Notes\n"
        "Posted on June 10, 2016 by Jane Doe | 3 comments\n"
        "Ferry operator goes on trial over the quay collision\n\n" + _BODY
    )
    assert article_of(page).headline.text == "Ferry operator goes on trial over the quay collision"
