"""One article's page with a ``Read more`` teaser is no digest, and its title may name who warns in a middle clause
(the headline's present tense); a sentence ends after an acronym's full stop, so a caption's credit after one is found;
two writers each with their outlet make a byline; a box of the day's other stories and a button setting the site as
the start page are chrome; a title printed with the time since it was posted over its copy yields to the copy.  Every page and line here is of our own making."""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind
from newsparse.page.lines import sentences

from .layout_helpers import article_of, kind, page_of, texts

LEDE = "Waiting-time targets for cancer tests have never been met, a leading charity has warned."
SECOND = "The charity said a shortage of specialists was to blame."
THIRD = "Health officials said new scanners would arrive next year."


@pytest.mark.parametrize(
    "title",
    [
        "Patients 'failed' by slow tests, charity warns, amid long delays",
        "Bus fares to rise again, council warns, as fuel costs bite",
        "Schools face cuts, union says, after budget shortfall",
    ],
)
def test_one_article_with_a_read_more_teaser_is_no_digest(title):
    page = parse(page_of(title, LEDE, SECOND, "Read More", "Star chef reveals he has been treated for cancer", THIRD))
    assert [a.headline and a.headline.text for a in page.articles] == [title]


@pytest.mark.parametrize(
    "title",
    [
        "Tenants and families being 'priced out' of the city, housing charity warns, amid rent rises",
        "Older drivers and carers being 'left behind' by bus cuts, campaigners warn, as routes close",
    ],
)
@pytest.mark.parametrize("teaser", [(), ("Read More", "Star chef reveals he has been treated for cancer")])
def test_a_title_naming_who_warns_in_a_middle_clause_is_the_headline(title, teaser):
    page = parse(page_of(title, LEDE, SECOND, *teaser, THIRD))
    assert [a.headline and a.headline.text for a in page.articles] == [title]


def test_a_long_title_naming_no_source_over_a_lede_may_be_a_digest_summary():
    page = parse(page_of("Tenants and families being 'priced out' of the city amid rent rises", LEDE, SECOND, THIRD))
    assert page.format == "digest"


def test_a_digest_with_a_teaser_under_its_articles_stays_one():
    page = parse(
        page_of(
            "Dutch police break up a climate protest on a motorway near The Hague",
            "Police detained dozens of activists who blocked the A12 on Saturday, officials said.",
            "The group has staged similar protests for two years.",
            "READ MORE: Activists glue themselves to a painting",
            "Farmers in Spain drive tractors into Madrid over water rules",
            "Thousands of farmers rode into the capital on Monday to protest against new limits on irrigation.",
            "The ministry said it would meet their leaders.",
        )
    )
    assert (page.format, len(page.articles)) == ("digest", 2)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Prices rose in the UK. Then they fell.", ["Prices rose in the UK.", "Then they fell."]),
        ("It joined NATO. Then it left.", ["It joined NATO.", "Then it left."]),
        ("Jane A. Doe spoke.", ["Jane A. Doe spoke."]),
        ("The U.S. Army said so.", ["The U.S. Army said so."]),
    ],
)
def test_a_sentence_ends_after_an_acronym_but_not_after_an_initial(line, expected):
    assert sentences(line) == expected


def test_a_credit_after_an_acronyms_full_stop_closes_a_caption():
    assert kind("Patients wait outside a clinic run by Cancer Research UK. Jane Doe/PA Wire") is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee, The Cedar Rapids Register, and Tom Roe, HARBOUR TODAY",
        "Kim Bo, The Cedar Valley Courier, and Tom Roe, The Harbour Times",
    ],
)
def test_two_writers_each_with_their_outlet_make_a_byline(line):
    assert kind(line) is LineKind.BYLINE


def test_two_people_each_with_a_role_make_no_byline():
    assert kind("Ann Lee, the mayor, and Tom Roe, the governor, met") is LineKind.TEXT


FERRY_TITLE = "Ferry operator to add winter sailings to the islands"
FERRY_BODY = [
    "The island ferry operator will add four winter sailings a week from November, it said on Monday.",
    "Residents had asked for the extra sailings for years.",
]


@pytest.mark.parametrize(
    "lines",
    [
        ("Make us your home page", FERRY_TITLE),
        (
            FERRY_TITLE,
            "Todays other news",
            "The harbour board has published its plan for the eastern channel...",
            "A new ferry timetable has been published by the operator...",
        ),
    ],
)
def test_a_start_page_button_and_a_box_of_other_news_are_chrome(lines):
    article = article_of(page_of(*lines, *FERRY_BODY))
    assert article.headline is not None and article.headline.text == FERRY_TITLE
    assert texts(article) == FERRY_BODY


@pytest.mark.parametrize("ago", ["6 months ago", "an hour ago", "3 days ago"])
def test_a_title_with_the_time_since_it_was_posted_over_its_copy_is_the_copy(ago):
    article = article_of(page_of(f"{FERRY_TITLE} {ago}", FERRY_TITLE, *FERRY_BODY))
    assert article.headline is not None and article.headline.text == FERRY_TITLE
    assert texts(article) == FERRY_BODY


def test_a_title_ending_in_ago_with_no_copy_stays_whole():
    title = "Ferry operator brings back the sailings it cut two years ago"
    assert article_of(page_of(title, *FERRY_BODY)).headline.text == title
