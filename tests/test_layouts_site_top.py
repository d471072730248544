"""Site furniture around a story's top, on pages written for these tests:

* a row of two items between a bar, each chrome on its own (``Log in | Subscribe for 99 cents``), is chrome;
* a subscription offer after a ``Subscribe:`` label, priced in cents, is chrome;
* a weather or traffic alerts banner (``Weather alerts: …``) is chrome;
* a photo's credit closing a caption with the photographer's name in capitals (``… DANA REYES/Gazette``) marks it;
* on a page read as one blog post, a title of eight words or more over a standfirst of a sentence's length and the
  byline is the title, the standfirst under it (not the standfirst as the title);
* a newsletter prompt led by a sentence of five words (``Get the Harbour Daily Brief. Sign up here.``) and a footer's
  row of three chrome links are chrome; a byline with the writer's address after a bar is a byline, so
  the writer's contact line closing the page is no paragraph;
* between a standfirst and the date line, a text-size control (``Font``), a staff credit with the wires it drew on
  (``Staff reporter with agencies``) or the writer's name and place after a dash (``Ken Mori — Tokyo``) leave the
  title under a section label the title, not the standfirst;
* a breadcrumb of capitalized sections joined by ``/`` or ``›`` (``Qatar / Courts``) is a label over the title;
* a caption closed by ``Photo:`` and the photographer's name and a full stop is chrome, so is the site's appeal for a
  donation (``… good journalism … Kindly consider supporting us with a modest donation.``), its ``Make a donation``
  button and a prompt to ``Stay updated with the latest … news``;
* a standfirst between a page's ``<title>`` (``Headline — Site``) and its copy is the summary, the copy dropped; a
  prompt closed by a link's arrow (``Follow our live blog →``), an appeal priced in yen and a caption credited
  ``EPA / Name`` are chrome;
* a menu set out with wide gaps is chrome though an item holds initials (``U.S. News  World News  Politics``), and so
  is a price after an offer's label (``Special offer: 99 cents for your first month``);
* a copyright line opened by ``(c)`` and a year, and a note that the story was updated, are chrome; an outlet's name
  and a role in lower case (``Courier-Tribune staff writer``) is a byline line, so the title above it stays the title;
* a footer naming where the company is ``Registered in England``, a caption credited ``(Full Name/Outlet)`` and a
  prompt to ``Like and follow us on Facebook`` are chrome.
"""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind

from .layout_helpers import article_of, kind

TITLE = "Storm tears through Maple Ridge, leaving two dead and dozens homeless"
BODY = [
    "A tornado tore through Maple Ridge on Tuesday night, killing two people and destroying 40 homes, officials said.",
    "",
    "Volunteers opened a shelter at the high school, where 120 people spent the night.",
    "",
    "The county has asked the state for emergency aid.",
]


@pytest.mark.parametrize("line", ["Log in | Subscribe for 99 cents", "Sign in | Subscribe for $1", "Subscribe: Get unlimited access for just 99 cents for your first month."])
def test_sign_in_rows_and_subscription_offers_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["Storm | Aftermath of the tornado in Maple Ridge", "Get 20 cents off every litre with our free card."])
def test_other_rows_and_offers_stay_text(line):
    assert kind(line) is not LineKind.CHROME


def test_an_alerts_banner_and_a_sign_in_row_over_the_title_are_no_title():
    caption = "Volunteers sort clothes Tuesday at First Methodist Church in Maple Ridge. DANA REYES/Gazette"
    page = "\n".join(
        ["Valley Gazette", "Serving two counties since 1911", "Home › News › Local", "Weather alerts: Tornado Watch until 11 p.m. CDT",
         "Log in | Subscribe for 99 cents", "", TITLE, "", "By Dana Reyes Staff Writer", "May 21, 2025 Updated 10:12 a.m.", "",
         caption, "", *BODY]
    ) + "\n"
    article = article_of(page)
    assert article.headline is not None and article.headline.text == TITLE
    assert article.summary is None
    assert [p.text for p in article.paragraphs] == [line for line in BODY if line]


@pytest.mark.parametrize(
    ("title", "standfirst"),
    [
        ("Mobile money helped rural families ride out drought, study finds", "Researchers tracked 4,800 households in eastern Uganda over six years"),
        ("Boxer lands record payday for his title defence in Hong Kong", "The champion will fly in on a chartered jet and pocket a life-changing purse"),
    ],
)
def test_a_long_title_over_a_short_standfirst_and_a_blog_byline_stays_the_title(title, standfirst):
    page = "\n".join(
        ["Skip to content", "", "KAMPALA OBSERVER", "", "News   Business   Science & Health   Opinion", "", "Science & Health", "",
         title, "", standfirst, "", "Written by Sarah Namutebi", "Posted on 22/10/2025 at 09:30", "", *BODY, "",
         "Kampala Observer © 2025 | Terms | Privacy"]
    ) + "\n"
    [article] = parse(page).articles
    assert article.headline is not None and article.headline.text == title
    assert article.summary is not None and article.summary.text == standfirst


@pytest.mark.parametrize(
    "line",
    [
        "Get the Harbour Daily Brief. Sign up here.",
        "Terms of Service | Privacy Policy | Your California Privacy Rights",
        "Terms and Conditions | Privacy Policy | Contact Us",
    ],
)
def test_a_newsletter_prompt_and_a_short_footer_menu_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_byline_with_the_writers_address_is_a_byline():
    assert kind("By Dana Reyes | dreyes@valleygazette.com") is LineKind.BYLINE


def test_the_writers_contact_line_over_the_footer_closes_the_body():
    page = "\n".join(
        ["Valley Gazette", "", TITLE, "By Dana Reyes | dreyes@valleygazette.com", "Updated 5:48 p.m. EST Feb. 11, 2025", "",
         *BODY, "", "Reach Dana Reyes at 313-555-0147.", "", "Subscribe to the Valley Gazette for unlimited access to local news.",
         "Terms of Service | Privacy Policy | Your California Privacy Rights", "© 2025 Valley Gazette. All rights reserved."]
    ) + "\n"
    article = article_of(page)
    assert [p.text for p in article.paragraphs] == [line for line in BODY if line]


@pytest.mark.parametrize(
    "between", [["Share", "Email", "Font", "By Jo Marsh"], ["Staff reporter with agencies"], ["Ken Mori — Tokyo"]]
)
def test_a_title_under_a_section_label_over_its_standfirst_and_a_writers_line_stays_the_title(between):
    standfirst = "Residents say the warning came too late for families on the eastern edge of the town"
    page = ["Harbour News", "Local | World | Sport", "NEWS", TITLE, standfirst, *between, "March 4, 2025", "", *BODY]
    article = article_of("\n".join(page))
    assert article.headline.text == TITLE
    assert article.summary.text == standfirst


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Font", LineKind.CHROME), ("Staff reporter with agencies", LineKind.BYLINE), ("Peace talks with agencies", LineKind.TEXT)],
)
def test_a_text_size_control_and_a_staff_credit_with_agencies(line, expected):
    assert kind(line) is expected


@pytest.mark.parametrize("crumb", ["Qatar / Courts", "News › World", "World / Middle East"])
def test_a_breadcrumb_over_the_title_is_a_label(crumb):
    page = ["Harbour News", "Local | World | Sport", crumb, TITLE, "Monday, 10 November 2025 - 06:45 PM", "By Jo Marsh", *BODY]
    article = article_of("\n".join(page))
    assert article.headline.text == TITLE


def test_a_short_title_with_a_slash_in_lower_case_is_no_breadcrumb():
    from newsparse.page.layout import is_label

    assert not is_label("Israel / Gaza war")


@pytest.mark.parametrize(
    "line",
    [
        "Volunteers fill sandbags on Quay Road, Maple Ridge, on Tuesday. Photo: Dana Reyes.",
        "At Harbour Times, we believe good journalism helps build a better town. Kindly consider supporting us with a "
        "modest donation.",
        "Make a donation",
        "Stay updated with the latest Maple Ridge news on Harbour Times.",
    ],
)
def test_a_credited_caption_a_donation_appeal_and_a_news_prompt_are_chrome(line):
    assert kind(line) is LineKind.CHROME
    page = [TITLE, "By Jo Marsh", "March 4, 2025", "", *BODY, "", line, "", "Privacy Policy"]
    assert [p.text for p in article_of("\n".join(page)).paragraphs] == [b for b in BODY if b]


@pytest.mark.parametrize(
    "line",
    [
        "The charity asked donors to consider supporting us with a modest donation, its director said.",
        "He said the picture was taken on Monday. Photo: police handout shows the scene.",
    ],
)
def test_a_news_sentence_about_donations_or_photos_stays_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_standfirst_between_a_pages_title_and_its_copy_is_the_summary():
    standfirst = "Residents say the warning came too late for families on the eastern edge of the town"
    page = ["breaking news", "", f"{TITLE} — Harbour World News", "", standfirst, "", TITLE, "", *BODY]
    article = article_of("\n".join(page))
    assert article.headline.text == TITLE
    assert article.summary.text == standfirst
    assert [p.text for p in article.paragraphs] == [b for b in BODY if b]


@pytest.mark.parametrize(
    "line",
    [
        "Follow our live blog of the storm clean-up →",
        "Harbour Science Wire is supported by readers. Become a member from ¥500 a month.",
        "Volunteers fill sandbags on Quay Road on Tuesday. EPA / Jean-Luc Marchand",
    ],
)
def test_an_arrowed_prompt_a_yen_appeal_and_a_spaced_agency_credit_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["Prices fell → analysts said the fall would last.", "Fans were told to become a member from ¥500 a month, the club said."])
def test_sentences_with_an_arrow_or_a_yen_price_stay_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_wide_gap_menu_with_initials_and_a_priced_offer_over_the_title_are_no_title():
    page = ["Harbour Wire", "U.S. News  World News  Politics  Sports  Business  Science", "", "NEWS",
            "Special offer: 99 cents for your first month", TITLE, "By Jo Marsh", "March 4, 2025", "", *BODY]
    assert kind("Special offer: 99 cents for your first month") is LineKind.CHROME
    assert article_of("\n".join(page)).headline.text == TITLE


def test_a_sentence_after_an_offer_label_stays_text():
    assert kind("Special offer: the council cut fees by 10 cents for pensioners last year, officials said.") is LineKind.TEXT


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(c) 2026 Harbour Wire Media. Odds and lines subject to change.", LineKind.CHROME),
        ("This story was updated to add comments from the council.", LineKind.CHROME),
        ("Courier-Tribune staff writer", LineKind.BYLINE),
        ("Harbour Evening Post chief political correspondent", LineKind.BYLINE),
        ("(c) the council must approve it by 2026.", LineKind.TEXT),
        ("Dunmore woman named editor", LineKind.TEXT),
    ],
)
def test_copyright_update_notes_and_an_outlets_staff_line(line, expected):
    assert kind(line) is expected


def test_a_title_over_a_standfirst_and_an_outlets_staff_line_stays_the_title():
    standfirst = "Residents say the warning came too late for families on the eastern edge of the town"
    page = ["Harbour Courier-Tribune", "LOCAL", TITLE, standfirst, "", "Rachel Voss", "Courier-Tribune staff writer",
            "Published 5:02 p.m. ET Oct. 14, 2025", "", *BODY]
    article = article_of("\n".join(page))
    assert article.headline.text == TITLE
    assert article.summary.text == standfirst


@pytest.mark.parametrize(
    "line",
    [
        "Harbour & District Gazette, 12 Bridge Street, Harbour HB1 2QP. Registered in England No. 04418827.",
        "Residents line up to speak at the council meeting on Monday. (Dana Reyes/Sentinel)",
        "Like and follow us on Facebook for the latest Maple Ridge news.",
    ],
)
def test_a_registered_footer_a_one_word_outlet_credit_and_a_like_prompt_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_closing_bracket_of_alternatives_stays_text():
    assert kind("The vote was put to members on Monday. (Yes/No)") is LineKind.TEXT
