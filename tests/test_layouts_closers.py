"""Layouts of outlets no rule was tuned to, third round: wire credits and data-provider notices closing
an article, interface buttons, bylines that name the writer's place, section labels of a few words
above the headline, and a blog post's meta line above its title."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import parse
from newsparse.page.chrome import LineKind
from newsparse.page.layout import is_post_meta
from newsparse.page.notices import is_data_notice
from newsparse.page.probe import read_lines

from .layout_helpers import CHROME, article_of, kind


def _day(article) -> str:
    return str(article.published)[:10]


# --- A. wire credits -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "— with AAP",
        "- With AFP and Reuters",
        "(with agencies)",
        "With The Associated Press",
        "with dpa, Kyodo and Xinhua",
        "- with Agence France-Presse",
        "With reporting by AP",
    ],
)
def test_a_wire_credit_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "With Jane Okafor",
        "With the harbour closed, Reuters said ships waited offshore.",
        "With AFP staff in the city, the agency kept filing all night.",
    ],
)
def test_with_and_no_agency_is_no_credit(line):
    assert kind(line) is not LineKind.CHROME


def test_a_wire_credit_closing_the_article_is_no_paragraph():
    page = (
        "Heatwave pushes power demand to a record across the east\n"
        "By Mina Castro\n"
        "14 January 2026\n"
        "Power use hit a record on Wednesday as temperatures passed 44C, the grid operator said.\n"
        "The operator asked households to run dishwashers after dark.\n"
        "— with AAP\n"
    )
    article = article_of(page)
    assert [p.text for p in article.paragraphs][-1] == "The operator asked households to run dishwashers after dark."


# --- B. data-provider notices ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Market data supplied by Quayside Analytics",
        "All prices are delayed by 15 minutes unless otherwise indicated.",
        "Data and analytics provided by Harbour Data Ltd. Quotes delayed at least 20 minutes.",
        "Stock quotes delayed 15 mins",
        "Real-time index and fund prices provided by Quayside Data & Harbour Exchange.",
    ],
)
def test_a_data_notice_is_chrome(line):
    assert is_data_notice(line)
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Data provided by the ministry shows exports fell 4% in May.",
        "Prices delayed the recovery for months.",
        "Quotes delayed at least 15 minutes. Shares of the miner rose 3% on Tuesday.",
        "The data was provided by Harbour Analytics, the bank said.",
    ],
)
def test_a_sentence_about_data_is_no_notice(line):
    assert not is_data_notice(line)
    assert kind(line) is LineKind.TEXT


@given(st.text(max_size=300))
def test_a_notice_names_a_provider_or_a_delay(line):
    if is_data_notice(line):
        assert any(word in line.casefold() for word in ("provided by", "supplied by", "powered by", "sourced by", "delayed"))


def test_a_notice_under_a_market_story_is_no_paragraph():
    page = (
        "Copper climbs to a two-year high on supply worries\n"
        "By Leon Asare\n"
        "Published March 9, 2026\n"
        "Copper rose 2% on Monday after a strike shut two mines in the south.\n"
        "Traders expect the metal to stay tight until the summer.\n"
        "Market data provided by Quayside Analytics. Prices delayed 20 minutes.\n"
    )
    assert len(article_of(page).paragraphs) == 2


# --- C. interface buttons ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Load more posts", "Show less", "See all", "Show 12 more replies", "Reuse of this content", "Purchase licensing rights"],
)
def test_an_interface_button_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["Show More Respect", "See more whales this summer", "Load more onto the ferry"])
def test_a_title_opening_like_a_button_is_no_chrome(line):
    assert kind(line) is LineKind.TEXT


def test_a_live_blog_button_between_updates_is_no_paragraph():
    page = (
        "Storm live: ferries cancelled as winds reach 120km/h\n"
        "Updated 9:40 AM, Thu 5 February 2026\n"
        "All ferries to the islands have been cancelled for the day, the operator said.\n"
        "Load more updates\n"
        "Schools in the north will open two hours late.\n"
        "View comments\n"
    )
    texts = [p.text for p in article_of(page).paragraphs]
    assert texts == [
        "All ferries to the islands have been cancelled for the day, the operator said.",
        "Schools in the north will open two hours late.",
    ]


# --- D. bylines that name the writer's place -----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "By Ilse Brandt at the Royal Courts of Justice",
        "By Tomás Ríos in Santiago and Ana Ruiz in Lima",
        "By Priya Nair, Cricket Correspondent, at the Oval",
    ],
)
def test_a_byline_may_name_the_place(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "By Monday the river at the old mill had burst its banks",
        "By Train From Vienna To The Sea In Winter",
        "By Sunday Evening in Harbour Town the rain had stopped",
    ],
)
def test_a_sentence_with_by_and_a_place_is_no_byline(line):
    assert kind(line) is LineKind.TEXT


def test_a_byline_with_its_place_is_no_standfirst():
    page = (
        "Okafor storms into the final with a record throw\n"
        "By Ilse Brandt at the Olympic Stadium in Lausanne\n"
        "Published 3 July 2026\n"
        "Chioma Okafor threw 71.2m on her first attempt to reach the final.\n"
        "She meets the champion on Friday.\n"
    )
    article = article_of(page)
    assert article.summary is None
    assert article.headline.text == "Okafor storms into the final with a record throw"


# --- E. a section label above the headline -------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "headline", "byline"),
    [
        ("Energy Transition Insights", "Utilities bet on grid batteries to ride out winter peaks", "By Kofi Mensah"),
        ("Wealth Management Industry", "Private Banks Court Younger Clients With Lower Fees", "Hana Sato"),
        ("Climate & Energy Finance", "Insurers pull back from coastal towns as flood claims soar", "By Ruth Adler"),
    ],
)
def test_a_section_label_above_the_headline_is_no_headline(label, headline, byline):
    page = (
        f"{label}\n{headline}\n{byline}\nMarch 3, 2026 10:15 AM GMT\n"
        "The companies said on Tuesday that they would spend more next year.\n"
        "Analysts expect others to follow.\n"
    )
    article = article_of(page)
    assert article.headline.text == headline
    assert article.summary is None
    assert _day(article) == "2026-03-03"


def test_a_short_headline_keeps_its_standfirst():
    page = (
        "Oil Prices Slump\n"
        "Brent fell below $60 a barrel as the outlook for demand dimmed\n"
        "By Kofi Mensah\n"
        "March 3, 2026\n"
        "Oil fell for a fifth day on Tuesday.\n"
        "Traders said stocks were high.\n"
    )
    article = article_of(page)
    assert article.headline.text == "Oil Prices Slump"
    assert article.summary.text == "Brent fell below $60 a barrel as the outlook for demand dimmed"


# --- F. a blog post's meta line above its title ----------------------------------------------------------


def _lines(text: str):
    return read_lines(text, CHROME)


@pytest.mark.parametrize(
    ("line", "meta"),
    [
        ("Posted on 9 May 2026 by tove | 4 Comments", True),
        ("May 9, 2026 | Leave a comment", True),
        ("Posted on May 9, 2026 | By Tove Lind | Leave a comment", True),
        ("Posted by Tove Lind | Leave a comment", False),  # no date
        ("Harbour Post | May 9, 2026", False),  # a byline, no blog's meta line
    ],
)
def test_a_blog_meta_line_carries_its_date_and_a_blog_word(line, meta):
    [pl] = _lines(line + "\n")
    assert is_post_meta(pl) is meta


@pytest.mark.parametrize("label", ["Health & Science", "Courts and Crime", "Tech"])
def test_a_section_label_under_a_site_slogan_is_no_headline(label):
    page = (
        "Skip to content\n"
        "Independent reporting for the whole coast, every single day\n"
        f"{label}\n"
        "Regional hospital to close maternity ward in June, staff told\n"
        "By Ines Moreau\n"
        "March 3, 2026 10:15 AM GMT\n"
        "The hospital board said on Tuesday that births would move to the city.\n"
        "Midwives said they had not been consulted.\n"
    )
    article = article_of(page)
    assert article.headline.text == "Regional hospital to close maternity ward in June, staff told"
    assert article.summary is None


def test_a_meta_line_above_a_title_with_its_own_byline_gives_the_date():
    page = (
        "Harbour Notes\n"
        "Local news from the east quay since 2011\n"
        "Posted on June 2, 2026 by Harbour Staff | Leave a comment\n"
        "Ferry fares rise again as the operator blames fuel costs\n"
        "By Pia Lund, Coastal Wire\n"
        "The ferry operator raised fares for the second time this year on Monday.\n"
        "Commuters said the rise would push them back into their cars.\n"
    )
    [post] = parse(page).articles
    assert post.headline.text == "Ferry fares rise again as the operator blames fuel costs"
    assert post.published == dt.date(2026, 6, 2)
    assert len(post.paragraphs) == 2


def test_the_title_under_a_meta_line_is_the_headline_under_a_tagline():
    page = (
        "Gull Watch\n"
        "Notes from the breakwater, most mornings\n"
        "Posted on May 9, 2026 | By Tove Lind | Leave a comment\n"
        "Fewer terns nested on the spit this year\n"
        "We counted forty nests on the spit, half as many as last spring.\n"
        "The wardens blame the March storms.\n"
        "Posted in Counts | Tagged terns\n"
    )
    [post] = parse(page).articles
    assert post.headline.text == "Fewer terns nested on the spit this year"
    assert post.published == dt.date(2026, 5, 9)
    assert len(post.paragraphs) == 2


def test_the_meta_line_date_is_the_first_printed():
    page = (
        "Posted on 2 June 2026 | By Tove Lind | Leave a comment\n"
        "The spit reopens to walkers\n"
        "Last updated 14 June 2026\n"
        "The wardens have reopened the path along the spit.\n"
        "Dogs must stay on a lead.\n"
    )
    assert article_of(page).published == dt.date(2026, 6, 2)


def test_a_standfirst_under_a_meta_line_under_the_title_is_no_title():
    page = (
        "Harbour council approves new ferry timetable\n"
        "Posted by Tove Lind on May 9, 2026\n"
        "Boats will run every twenty minutes at peak times from the first of June\n"
        "The council voted eight to three in favour on Tuesday.\n"
        "The operator welcomed the decision.\n"
    )
    article = article_of(page)
    assert article.headline.text == "Harbour council approves new ferry timetable"
    assert article.summary.text == "Boats will run every twenty minutes at peak times from the first of June"


def test_meta_lines_above_titles_open_each_post():
    page = (
        "Gull Watch\n"
        "Posted on May 9, 2026 by Tove Lind | Leave a comment\n"
        "Fewer terns nested on the spit this year\n"
        "We counted forty nests on the spit.\n"
        "2 thoughts on “Fewer terns nested on the spit this year”\n"
        "Ola Berg\n"
        "May 10, 2026 at 8:02 am\n"
        "Same on the north shore.\n"
        "Posted on April 30, 2026 by Tove Lind | 3 Comments\n"
        "Eiders back on the harbour wall\n"
        "The first eiders of the year arrived on Tuesday.\n"
    )
    posts = parse(page).articles
    assert [(p.headline.text, p.published) for p in posts] == [
        ("Fewer terns nested on the spit this year", dt.date(2026, 5, 9)),
        ("Eiders back on the harbour wall", dt.date(2026, 4, 30)),
    ]
    assert [p.text for p in posts[0].paragraphs] == ["We counted forty nests on the spit."]
