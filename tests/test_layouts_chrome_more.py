"""More page chrome: gallery widgets, reader-feedback links, related-list headings, colon kickers,
review bylines, programme labels, a site's name with its tagline (its founding year too: ``The Ledger | Marsh County's
Newspaper Since 1912``), and a closing bio for an outlet."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind

from .layout_helpers import CHROME, article_of, kind


@pytest.mark.parametrize(
    "line",
    [
        # gallery widgets
        "Open this image in gallery:",
        "View the gallery",
        "Expand this image",
        "Photo gallery: Storm damage along the coast",
        # reader-feedback links
        "Report an ethical concern about this story",
        "Report an editorial error",
        "Report a factual error",
        "Contact our newsroom",
        # colon kickers standing alone
        "EXCLUSIVE:",
        "Analysis:",
        "JUST IN:",
        # programme labels
        "Heard on Weekend Edition Saturday",
        "As seen on Evening Bulletin",
        "Listen · 6:40",
        "Watch • 2:05",
        # a site's name with its tagline
        "The Harbour Herald - Stories from the coast, every day",
        "Valley Times | Your town, your paper",
        # a masthead's tagline ending in the year the paper was founded
        "The Ledger | Marsh County's Newspaper Since 1912",
        "Valley Post | Serving Dade County Since 1887",
        # a menu row of section names
        "Home Shows Music Donate",
        # a caption closed by the paper's credit in capitals
        "Finance Minister Ann Lee holds up the budget at the legislature on Wednesday. PRAIRIE POST PHOTO",
        "The mayor cuts the ribbon at the new library. HERALD PHOTO",
        # a menu row opening with its home link, a third of its sections in no list
        "Home Bangladesh Business Economy Garments Stock World Sports Opinion",
        # a station's promotion of its show
        "Listen to Harbour Business Hour every weekday at 7:30am on 98.3 FM.",
        "Listen to The Morning Drive on Coast Radio from 6am.",
    ],
)
def test_widgets_labels_and_site_taglines_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Heard on the radio, the warning came too late for many drivers.",
        "Seen on Tuesday night, the comet was brighter than expected.",
        "Analysis of the results shows a narrow swing to the opposition.",
        "Exclusive interview with the harbour master",
        "Listen to the full interview below.",
        "Contact tracing resumed on Monday across the region.",
        "More on this later.",
        "Harbour Times - Ines Varga | Staff Writer",
        "Harbour Times | 12 March 2026",
        "Valley Times | Ines Varga | Opinion Columnist",
        "Prices | Highest Since 1998",
        "Home Secretary Says Police Will Get More Powers Soon",
        "Home Truths About The Housing Crisis In Rural Wales",
        "Listen to the people of this town, the mayor said on local radio.",
        "Farmers listen to the radio for prices.",
        "He said the company would not comment. It was a PHOTO",
        "Floods Worst Since 1912, Officials Say",
    ],
)
def test_sentences_that_open_like_labels_are_no_chrome(line):
    assert kind(line) is not LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "More on this topic",
        "More stories from the Valley Times",
        "More Stories From KVLT",
        "Latest from Harbour Herald",
        "Latest On Ferries",
        "Latest on the harbour dredging",
        "Read more about housing",
    ],
)
def test_related_headings_open_a_list(line):
    assert kind(line) is LineKind.CHROME
    assert CHROME.opens_list(line)


def test_headlines_under_a_related_heading_leave_the_body():
    text = (
        "Ferry fares to rise in spring\n"
        "By Ines Varga\n"
        "March 3, 2026\n"
        "Ferry fares will rise by five percent from April.\n"
        "Latest from Coastline Herald\n"
        "Lifeboat crew rescues kayakers off the point\n"
        "Council delays vote on parking fees\n"
    )
    assert [p.text for p in article_of(text).paragraphs] == ["Ferry fares will rise by five percent from April."]


@pytest.mark.parametrize(
    "line",
    [
        "Medically reviewed by Jane Roe, MD",
        "Fact checked by Tomas Lind",
        "Fact-checked by Tomas Lind",
        "Reviewed by Dr. Amara Osei",
        "Edited by Petra Lund",
    ],
)
def test_review_bylines(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Edited by hand, the film runs two hours.",
        "Reviewed by the board, the plan was approved on Friday.",
    ],
)
def test_sentences_with_review_verbs_are_text(line):
    assert kind(line) is LineKind.TEXT


def test_kicker_and_review_byline_are_neither_title_nor_summary():
    text = (
        "EXCLUSIVE:\n"
        "Clinic waiting lists grow for a third year\n"
        "Reviewed by Dr. Amara Osei\n"
        "April 2, 2026\n"
        "Patients waited longer for a first appointment than in any year since records began.\n"
    )
    article = article_of(text)
    assert article.headline.text == "Clinic waiting lists grow for a third year"
    assert article.summary is None
    assert [p.text for p in article.paragraphs] == [
        "Patients waited longer for a first appointment than in any year since records began."
    ]


def test_programme_label_and_site_tagline_are_no_title():
    text = (
        "The Harbour Herald - Stories from the coast, every day\n"
        "Heard on Weekend Edition Saturday\n"
        "Lighthouse keepers return to the headland\n"
        "By Ines Varga\n"
        "May 9, 2026\n"
        "Two keepers moved back into the lighthouse this week.\n"
    )
    assert article_of(text).headline.text == "Lighthouse keepers return to the headland"


def test_closing_bio_for_a_digital_outlet_is_dropped():
    text = (
        "Lighthouse keepers return to the headland\n"
        "By Ines Varga\n"
        "May 9, 2026\n"
        "Two keepers moved back into the lighthouse this week.\n"
        "They will stay until the autumn storms.\n"
        "Ines Varga is a coastal affairs reporter for Harbour Herald Digital.\n"
    )
    assert [p.text for p in article_of(text).paragraphs] == [
        "Two keepers moved back into the lighthouse this week.",
        "They will stay until the autumn storms.",
    ]


@pytest.mark.parametrize("label", ["UK & World politics", "Local & Regional news", "Crime & Courts"])
def test_sections_joined_by_an_ampersand_over_the_title_are_a_label(label):
    text = (
        "Harbour Observer\n"
        "Menu\n"
        "News Sport Politics Business Property\n"
        f"{label}\n"
        "Councils handed £1.2bn boost but warn it is not enough\n"
        "By Dana Osei\n"
        "Tuesday, 17 December 2024 5:12PM\n"
        "Councils in England will receive an extra £1.2 billion next year, the Government has announced.\n"
        "Town hall leaders said the money would do little more than keep the lights on.\n"
    )
    article = article_of(text)
    assert article.headline.text == "Councils handed £1.2bn boost but warn it is not enough"
    assert article.summary is None


def test_a_short_title_joined_by_and_is_no_label():
    from newsparse.page.layout import is_label

    assert not is_label("Peace and quiet")
    assert is_label("UK & World politics")
