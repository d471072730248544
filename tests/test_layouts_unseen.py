"""Layouts of outlets no rule was tuned to: menu rows, date lines with two dates, closing notes,
datelines that print the date, related lists on blog-like pages, digests under a site's menu."""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind, wide_row
from newsparse.page.furniture import read_more_link, republished_from
from newsparse.page.lines import dateline_date

from .layout_helpers import CHROME, article_of, kind


# --- menu rows -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Home | Local | Schools | Weather | e-Paper | Donate",
        "News | Sport | iPlayer | Sounds",
        "Markets | Opinion | Login | Subscribe from £5/month",
        "World | Business | Sign in | Subscribe",
        "Home About Archive Contact",
    ],
)
def test_menu_rows_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Storm closes schools | Roads flooded | Power out across valley in the night",
        "Council approves e-scooter trial for city centre",
        "By Jane Roe | Staff | Harbour Post",
    ],
)
def test_rows_that_are_no_menu_are_not_chrome(line):
    assert kind(line) is not LineKind.CHROME


def test_wide_gaps_set_out_a_row_of_items():
    assert wide_row("Politics    Money    Travel    Opinion") == "Politics | Money | Travel | Opinion"
    assert wide_row("Two words") is None
    assert wide_row("Local man    wins prize") is None  # two items: no row


def test_a_wide_gapped_menu_above_the_title_is_no_headline():
    page = (
        "THE VALLEY LEDGER\n"
        "Politics    Money    Travel    Opinion    |    Sign in\n\n"
        "Ferry fares to rise for the first time in a decade as fuel costs bite\n\n"
        "Valley Ledger | Published: 4 Feb 2026, 9:05 am\n\n"
        "The island ferry operator said on Tuesday it would raise fares from April.\n\n"
        "Passengers groups said the rise would hit commuters hardest.\n"
    )
    article = article_of(page)
    assert article.headline.text == "Ferry fares to rise for the first time in a decade as fuel costs bite"
    assert str(article.published)[:10] == "2026-02-04"


def test_a_bar_menu_with_a_brand_item_is_no_headline():
    page = (
        "Home | Local | Schools | e-Paper | Subscribe\n"
        "The Glenport Sentinel\n\n"
        "Two lanes of the coast road to close for a month of repairs\n\n"
        "By Ola Brandt\n\n"
        "Drivers face delays on the coast road from Monday as crews repair the sea wall.\n"
    )
    assert article_of(page).headline.text == "Two lanes of the coast road to close for a month of repairs"


def test_a_desk_name_above_the_menu_is_no_headline():
    page = (
        "Western Business Desk\n"
        "Markets | Companies | Economy | Jobs\n"
        "Bakery chain to open six stores as sales climb\n"
        "By Ravi Mehta\n"
        "March 9, 2026\n"
        "The bakery chain said on Monday it would open six stores this year.\n"
    )
    assert article_of(page).headline.text == "Bakery chain to open six stores as sales climb"
    assert kind("Metro Desk") is LineKind.CHROME


# --- date lines ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published 9:10 a.m. ET June 2, 2025 | Updated 11:45 a.m. ET June 2, 2025", "2025-06-02"),
        ("Published 10:02 a.m. GMT 5 May 2024 | Updated 1:30 p.m. GMT 5 May 2024", "2024-05-05"),
        ("Coastline Post | Published: 12 Oct 2024, 7:30 pm", "2024-10-12"),
    ],
)
def test_date_lines_with_two_dates_or_a_site_name(line, day):
    found, date = CHROME.kind(line)
    assert found in (LineKind.DATE, LineKind.BYLINE)
    assert str(date)[:10] == day


def test_a_site_tagline_without_a_date_stays_chrome():
    assert kind("Valley Ledger | Your town, your paper") is LineKind.CHROME


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("OSLO, Feb. 3, 2026 /PRNewswire/ -- Nordlys AS today announced a new plant.", "2026-02-03"),
        ("AUSTIN, Texas, July 9, 2024 (AP) — A judge on Tuesday blocked the law.", "2024-07-09"),
        ("LEEDS, 4 June 2023 - Shares in the retailer fell.", "2023-06-04"),
    ],
)
def test_datelines_that_print_the_date(line, day):
    found = dateline_date(line)
    assert found is not None and str(found.value)[:10] == day


@pytest.mark.parametrize(
    "line",
    [
        "On Feb. 3, 2026 -- the plant opened.",
        "OSLO — Nordlys AS opened its plant on Feb. 3, 2026.",
        "The firm, founded May 6, 2001, makes pumps.",
    ],
)
def test_lines_without_a_dated_dateline(line):
    assert dateline_date(line) is None


def test_a_release_takes_its_date_from_the_dateline():
    page = (
        "Nordlys Hydrogen Opens Its First Electrolyser Plant in Norway\n\n"
        "OSLO, Feb. 3, 2026 /PRNewswire/ -- Nordlys AS today opened its first plant.\n\n"
        "The plant will make 40 tonnes of hydrogen a day.\n"
    )
    assert str(article_of(page).published) == "2026-02-03"


# --- closing notes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Get the top Riverside stories sent straight to your inbox every weekday.",
        "This story was written by a community reporter, funded by the county trust.",
        "This article was produced in partnership with the Coastal Data Project.",
        "(With inputs from wire services)",
        "Disclaimer: The opinions above are the analysts' own and not those of this site.",
        "Update, March 2, 3:15 PM EST: This article has been updated with a statement from the police.",
        "Editor's note: This story has been updated with the council's reply.",
        "Free daily newsletter",
        "Our editors' pick of the day's news. Privacy Notice: Newsletters may carry sponsored content.",
        "Our Standards: The Harbour Wire Editorial Principles.",
        "Media Contact:",
        "Facebook X Threads Email",
    ],
)
def test_closing_notes_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Update: the minister resigned on Friday, two days after the vote.",
        "The newsletter, sent to 40,000 readers, was cut last year.",
        "The council updated its privacy policy in May after complaints.",
        "This story was a long time coming, the director said.",
        "Correction: the council voted 7-2 to reopen the pool.",
        "Correction, May 4: An earlier version of this article misstated the date of the vote.",
        "Contact with the crew was lost at 6pm, the coastguard said.",
    ],
)
def test_sentences_that_only_mention_updates_or_newsletters_stay_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_contact_block_closing_a_release_belongs_to_no_article():
    page = (
        "Brightwater Opens Second Recycling Plant in Leeds\n\n"
        "LEEDS, 4 June 2023 - Brightwater Ltd opened its second plant on Monday.\n\n"
        "The plant will sort 80,000 tonnes of waste a year.\n\n"
        "Media Contact:\n"
        "Anna Kowal\n"
        "press@brightwater.example\n"
        "+44 113 555 0100\n"
    )
    assert [p.text for p in article_of(page).paragraphs] == [
        "LEEDS, 4 June 2023 - Brightwater Ltd opened its second plant on Monday.",
        "The plant will sort 80,000 tonnes of waste a year.",
    ]


def test_comment_headers_that_quote_a_title_with_full_stops():
    assert CHROME.opens_comments("4 thoughts on “Slow down. Look up.”")
    assert not CHROME.opens_comments("Two thoughts on the budget. Both are wrong.")
    long_title = "3 thoughts on “Why we sold the old boat in the end. And why we should not have sold it.”"
    assert CHROME.opens_comments(long_title)


# --- related links -------------------------------------------------------------------------------


def test_also_read_lines_are_related_links():
    assert read_more_link("ALSO READ: Rupee ends flat against the dollar") == "Rupee ends flat against the dollar"
    assert read_more_link("Read also: Port strike enters second week") == "Port strike enters second week"
    assert read_more_link("ALSO READ | Sensex ends lower for a third day") == "Sensex ends lower for a third day"
    assert read_more_link("We also read the report.") is None
    page = (
        "Bond yields ease as traders bet on a rate cut next month\n\n"
        "Government bond yields fell on Wednesday as inflation slowed more than expected.\n\n"
        "ALSO READ: Rupee ends flat against the dollar\n\n"
        "Traders said the central bank was likely to cut rates in June.\n"
    )
    article = article_of(page)
    assert [r.headline for r in article.related] == ["Rupee ends flat against the dollar"]
    assert [p.text for p in article.paragraphs] == [
        "Government bond yields fell on Wednesday as inflation slowed more than expected.",
        "Traders said the central bank was likely to cut rates in June.",
    ]


def test_a_related_list_closing_a_health_page_starts_no_blog_post():
    page = (
        "Daily stretching may ease back pain in older adults\n"
        "A small trial found gentle exercise helped, though the effect faded after a few months of rest\n"
        "Written by Lena Ortiz\n"
        "Published on May 4, 2026\n"
        "Adults who stretched for ten minutes a day reported less back pain after eight weeks.\n"
        "The trial followed 212 people aged 65 and over.\n"
        "Related coverage\n"
        "Is yoga safe for bad knees?\n"
        "What to know about slipped discs\n"
        "Last reviewed on May 4, 2026\n"
    )
    [article] = parse(page).articles
    assert article.headline.text == "Daily stretching may ease back pain in older adults"
    assert article.summary is not None and article.summary.text.startswith("A small trial")


# --- digests under a site's menu -----------------------------------------------------------------


def test_a_digest_under_a_site_name_and_menu_is_split_into_its_articles():
    page = (
        "Lakeside Observer\n"
        "Home | Business | Sport | Opinion\n\n"
        "Archives: May 2026\n\n"
        "Fishing crews on the lake report the smallest catch in twenty years of records\n\n"
        "Crews landed 310 tonnes of fish in April, the co-operative said on Monday.\n\n"
        "The co-operative blamed warmer water for the fall.\n\n"
        "The regional rail operator will add evening trains on the lakeside line from June\n\n"
        "The operator said three extra trains would run each weekday evening.\n\n"
        "« Older posts\n\n"
        "© 2026 Lakeside Observer\n"
    )
    result = parse(page)
    assert result.format == "digest"
    first, second = result.articles
    assert first.summary is not None and first.summary.text.startswith("Fishing crews")
    assert [p.text for p in second.paragraphs] == ["The operator said three extra trains would run each weekday evening."]


# --- a blog's post under its masthead, tagline and menu -----------------------------------------

BLOG_POST = (
    "FIELD NOTES\n"
    "Birds, weather and the people who count them\n"
    "Home About Archive Contact\n"
    "Count the gulls. Then count again.\n"
    "Posted on 3 May 2026 by Tove Lind | 4 Comments\n"
    "Every spring the survey team walks the same six miles of shore.\n"
    "This year the totals were the lowest on record.\n"
    "Tove Lind is a former park ranger. She writes Field Notes every month.\n"
    "4 thoughts on “Count the gulls. Then count again.”\n"
    "Leave a Reply\n"
)


def test_posted_on_a_date_by_a_writer_is_a_byline():
    found, date = CHROME.kind("Posted on 3 May 2026 by Tove Lind | 4 Comments")
    assert found is LineKind.BYLINE and str(date) == "2026-05-03"
    assert kind("May 3, 2026 Posted by admin | Birds | 2 Comments") is LineKind.FOOTER


def test_a_blog_post_titled_with_sentences_under_the_menu():
    article = article_of(BLOG_POST)
    assert article.headline is not None and article.headline.text == "Count the gulls. Then count again."
    assert article.summary is None
    assert [p.text for p in article.paragraphs] == [
        "Every spring the survey team walks the same six miles of shore.",
        "This year the totals were the lowest on record.",
    ]


def test_a_standfirst_that_ends_a_sentence_stays_a_standfirst():
    page = (
        "Lifeboat crew rescues two kayakers off the point\n"
        "Both were taken to hospital as a precaution.\n"
        "By Ana Ruiz\n"
        "The crew launched at 6pm after a call from the coastguard.\n"
    )
    article = article_of(page)
    assert article.headline is not None and article.headline.text.startswith("Lifeboat crew")
    assert article.summary is not None and article.summary.text == "Both were taken to hospital as a precaution."


def test_a_share_row_between_title_and_standfirst_keeps_the_title():
    page = (
        "Harbour ferry fares to rise in April\n"
        "Share | Tweet | Email\n"
        "The operator blamed fuel costs.\n"
        "By Ana Ruiz\n"
        "Fares will rise by a tenth from April, the operator said on Monday.\n"
    )
    article = article_of(page)
    assert article.headline is not None and article.headline.text == "Harbour ferry fares to rise in April"
    assert article.summary is not None and article.summary.text == "The operator blamed fuel costs."


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("This article is republished from Field Review under a Creative Commons license.", "Field Review"),
        ("This story originally appeared in Marsh Weekly and is shared with permission.", "Marsh Weekly"),
        ("This essay was republished with permission from Open Harbour.", "Open Harbour"),
    ],
)
def test_other_wordings_of_a_republication_note(line, outlet):
    assert republished_from(line) == outlet


def test_a_sentence_about_republishing_is_no_note():
    assert republished_from("The paper republished the letter in full on Monday.") is None
