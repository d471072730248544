"""Leads of single-article pages, round 33: a writer's name over their role under the date, a section
label or kicker set off from the title by chrome, a sports site's menu of sections, a title printed
twice around its standfirst, writers filing from places, and the notes closing a page that are none of
its text (a translation note, a funding disclosure, a reading time, an appeal for journalism)."""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind

from .layout_helpers import article_of, kind, texts

_BODY = (
    "The harbour board approved the new ferry timetable on Tuesday after a long debate.\n"
    "Sailings to the outer islands start an hour earlier from May, the board said.\n"
)



# --- A. a writer's name over their role, under the standfirst and the date ---------------------------------


@pytest.mark.parametrize(
    "name, role",
    [("Maren Holt", "Transport correspondent, Harbour News"), ("Tomas Okafor", "Health editor")],
)
def test_a_writers_name_over_their_role_opens_no_second_post(name, role):
    page = (
        "Harbour News\nHome | Local | Business | Sport\n"
        "Ferry fares to rise for the first time in a decade\n"
        "Island residents will pay more from April as the operator's fuel bill climbs\n"
        "14 March 2026\nShare\n"
        f"{name}\n{role}\n" + _BODY
    )
    page_ = parse(page)
    assert page_.format == "article"
    [article] = page_.articles
    assert article.headline.text == "Ferry fares to rise for the first time in a decade"
    assert article.summary.text.startswith("Island residents will pay more")
    assert article.published.isoformat().startswith("2026-03-14")
    assert texts(article)[0].startswith("The harbour board approved")


def test_a_writers_name_over_their_role_under_the_date_is_no_title():
    page = (
        "Harbour News\nHome | Local | Sport\nFerry fares to rise for the first time in a decade\n"
        "14 March 2026\nShare\nMaren Holt\nTransport correspondent, Harbour News\n" + _BODY
    )
    page_ = parse(page)
    assert page_.format == "article"
    assert page_.articles[0].headline.text == "Ferry fares to rise for the first time in a decade"


def test_a_writers_name_over_their_role_above_the_title_is_no_title():
    page = (
        "Harbour Herald\nEleanor Whitcombe\nPolitical correspondent\nFerry fares to rise by a tenth\n"
        "The operator blamed its fuel bill for the rise, the first in a decade\nMarch 14, 2026\n" + _BODY
    )
    article = article_of(page)
    assert article.headline.text == "Ferry fares to rise by a tenth"
    assert article.summary.text.startswith("The operator blamed")


def test_a_two_word_post_title_over_a_role_line_and_the_body_stays_a_post():
    page = (
        "Ferry Fares\nSenior reporter\nThe operator raised fares by a tenth on Monday.\nPosted by Jane Doe | March 3, 2026\n"
        "School Closures\nHealth reporter\nGovernors said the building is unsafe.\nPosted by Jane Doe | March 2, 2026\n"
    )
    assert [a.headline.text for a in parse(page).articles] == ["Ferry Fares", "School Closures"]


def test_two_bylined_posts_still_split_on_a_blog():
    post = "Posted by Jane Doe | March 3, 2026\n"
    page = (
        "Storm Hits the Coast\n" + post + "The storm reached the coast on Monday night, the forecasters said.\n"
        "Ferry Strike Ends\n" + post + "The ferry crews went back to work on Tuesday, the union said.\n"
    )
    page_ = parse(page)
    assert page_.format == "blog"
    assert [a.headline.text for a in page_.articles] == ["Storm Hits the Coast", "Ferry Strike Ends"]


# --- B. a section label or kicker set off from the title by chrome ------------------------------------------


@pytest.mark.parametrize(
    "label, chrome",
    [("Coastal news latest", "Support local journalism"), ("Pulse - Health News", "Listen · 3:05"), ("Courts", "Share")],
)
@pytest.mark.parametrize(
    "title", ["Ferry operator raises island fares as fuel costs climb", "The Battle for the Island Ferries Enters Its Third Month"]
)
def test_a_label_set_off_from_the_title_by_chrome_is_no_title(label, chrome, title):
    page = f"Harbour Herald\n{label}\n{chrome}\n{title}\nMarch 14, 2026\nBy Ana Ruiz\n" + _BODY
    article = article_of(page)
    assert article.headline.text == title
    assert article.summary is None


@pytest.mark.parametrize(
    "title, chrome, standfirst",
    [
        ("Ferry fares to rise", "Share | Email", "Island residents will pay a tenth more from April as fuel bills climb"),
        ("School to close", "Listen · 2:40", "Governors say the building is no longer safe for pupils and staff"),
    ],
)
def test_a_title_set_off_from_its_standfirst_by_chrome_stays_the_title(title, chrome, standfirst):
    page = f"{title}\n{chrome}\n{standfirst}\nMarch 14, 2026\n" + _BODY
    article = article_of(page)
    assert article.headline.text == title
    assert article.summary.text == standfirst


# --- C. a sports site's menu of sections ----------------------------------------------------------------


@pytest.mark.parametrize("line", ["Scores Schedule Standings Stats Teams", "Fixtures Results Tables Transfers"])
def test_a_sports_sites_sections_are_a_menu_row(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["Teams trade players as results slump", "Schedule change angers fans"])
def test_a_headline_with_sports_words_is_text(line):
    assert kind(line) is LineKind.TEXT


def test_the_title_under_a_sports_menu_is_the_headline():
    page = (
        "Valley Sports\nRugby\nFixtures Results Tables Players\n"
        "Harbour Hawks edge Riverton in extra time\n\nJane Doe, Staff Writer\nMar 14, 2026, 09:12 PM ET\n\n"
        "RIVERTON -- The Hawks won 24-21 on Saturday night.\n"
    )
    article = article_of(page)
    assert article.headline.text == "Harbour Hawks edge Riverton in extra time"
    assert article.summary is None


# --- D. a title printed twice around its standfirst -------------------------------------------------------------


@pytest.mark.parametrize("title", ["Ferry fares to rise by a tenth – operator", "Island school to close in July"])
def test_a_title_printed_twice_is_the_title_over_its_standfirst(title):
    standfirst = "The operator blamed its fuel bill for the rise, the first in a decade, in a note to residents"
    page = f"harbourwatch.net\nHome » Local\n{title}\n{standfirst}\n{title}\nHarbour Herald | March 14, 2026\n" + _BODY
    article = article_of(page)
    assert article.headline.text == title
    assert article.summary.text == standfirst
    assert texts(article)[0].startswith("The harbour board approved")


def test_a_title_quoted_again_in_the_body_sets_nothing_off():
    page = (
        "Ferry fares to rise\nThe operator blamed its fuel bill for the rise, the first in a decade\n"
        "The notice was short. It read, in full:\nFerry fares to rise\nNobody was surprised.\n"
    )
    article = article_of(page)
    assert article.headline.text == "Ferry fares to rise"
    assert article.summary.text.startswith("The operator blamed")


# --- E. writers filing from places --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Nadia Brook in London and Tomás Ferro in Aberdeen",
        "Jane Doe in New York, Li Wei in Hong Kong and Ann Roe at Westminster",
    ],
)
def test_writers_filing_from_places_are_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize("line", ["Talks in Geneva and Vienna", "Storms in Texas and Floods in Ohio", "Nadia Brook in London"])
def test_places_without_writers_are_text(line):
    assert kind(line) is LineKind.TEXT


def test_the_title_over_a_standfirst_and_writers_filing_from_places():
    page = (
        "Harbour Times\n\nEnergy\n\nNorth Sea producers brace for a tax hit\n\n"
        "Operators warn the levy will choke investment after a weak quarter for the basin\n\n"
        "Nadia Brook in London and Tomás Ferro in Aberdeen\n\nMay 21 2026\n\n" + _BODY
    )
    article = article_of(page)
    assert article.headline.text == "North Sea producers brace for a tax hit"
    assert article.summary.text.startswith("Operators warn the levy")


# --- F. a portal's name; a teaser block's headline opens no digest article ------------------------------------


def test_a_portals_name_is_chrome():
    assert kind("Coastal Info Portal") is LineKind.CHROME


def test_a_single_article_with_a_teaser_block_reads_as_an_article():
    page = (
        "Coastal Info Portal\n\nFerry operator sets date for fare vote\n\n"
        "Island councils have defied the operator, saying residents will vote on the new fares first\n\n"
        "The council voted on Wednesday to hold a ballot on the fares.\n\n"
        "The motion passed with 49 votes. Opposition members walked out.\n\n"
        "Read more\n\nThe ferry at the harbour. © Harbour Photos\nOperator wants to end island discounts – union\n\n"
        "The union said the vote broke the 1995 agreement.\n\nThe ballot is set for April 19.\n"
    )
    page_ = parse(page)
    assert page_.format == "article"
    [article] = page_.articles
    assert article.headline.text == "Ferry operator sets date for fare vote"
    assert [r.headline for r in article.related] == ["Operator wants to end island discounts – union"] or len(article.related) == 1


# --- G. notes closing a page that are none of its text ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Time to read 3 min.",
        "Reading time: 4 minutes",
        "Translation of an article originally published in Spanish on elpais.es; the publisher is liable only for that version.",
        "This article was translated from the German by Ana Ruiz.",
        "Disclosure: Harbour University has been a financial supporter of the Valley Ledger.",
        "We have covered the island councils since 1998. Become a member.",
        "Our newsroom is small and stubborn. Become a supporter.",
        "In an age of noise and rumour, local journalism is more vital than ever.",
        "Independent reporting has never been more important.",
    ],
)
def test_a_closing_note_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Time to read the fine print, the judge said.",
        "The university has been a financial supporter of the clinic since 2019.",
        "The club has 300 members. Become a member today.",
        "Good journalism is more important than ever, the editor said.",
        "The translation of the treaty took three years.",
    ],
)
def test_a_sentence_like_a_closing_note_is_text(line):
    assert kind(line) is LineKind.TEXT


def test_notes_closing_a_page_are_no_paragraphs():
    page = (
        "Ferry fares to rise by a tenth\n\nMarch 14, 2026\n\nTime to read 2 min.\n\n" + _BODY + "\n"
        "Disclosure: Harbour University has been a financial supporter of the Valley Ledger.\n\n"
        "We have covered the island councils since 1998. Become a member.\n"
    )
    assert texts(article_of(page)) == [line for line in _BODY.splitlines()]
