"""A standfirst that sums up the lede: most of its long words recur in the two sentences under it, which a
body's first paragraph seldom does.  Every page and line here is of our own making."""

from __future__ import annotations

import pytest

from .layout_helpers import article_of, page_of, texts

TITLE = "Valley storm leaves homes in the dark"
STANDFIRST = "Thousands of homes in the valley lost power after overnight storms brought down cables."
LEDE = "Overnight storms brought down power cables across the valley, leaving thousands of homes without electricity."
SECOND = "Engineers worked through the morning to restore power, the network operator said on Tuesday."
THIRD = "Schools in two towns stayed shut until the afternoon."


@pytest.mark.parametrize(
    ("title", "standfirst", "lede", "second"),
    [
        (TITLE, STANDFIRST, LEDE, SECOND),
        (
            "Libraries to shut as council cuts spending",
            "The council will close three branch libraries next year to save money.",
            "Three branch libraries will close next year as the council tries to save money, officials said on Monday.",
            "The council must find savings of £4m before April, its finance chief said.",
        ),
        (
            "Ferry fares rise again",
            "Island passengers face a fourth fare increase in two years, with day returns rising to £38.",
            "Passengers travelling to the island will pay more again from May.",
            "It is the fourth fare increase in two years: a day return will cost £38, up from £31.",
        ),
    ],
)
def test_a_line_whose_long_words_recur_in_the_next_two_sentences_is_the_standfirst(title, standfirst, lede, second):
    article = article_of(page_of(title, standfirst, lede, second, THIRD))
    assert article.summary is not None and article.summary.text == standfirst
    assert texts(article) == [lede, second, THIRD]


def test_a_page_without_a_title_opens_with_the_standfirst_that_sums_up_its_lede():
    article = article_of(page_of(STANDFIRST, LEDE, SECOND, THIRD))
    assert article.summary is not None and article.summary.text == STANDFIRST


def test_a_deck_of_a_few_words_between_the_standfirst_and_the_lede_is_passed_over():
    deck = "Cables down in three towns"
    article = article_of(page_of(TITLE, STANDFIRST, deck, LEDE, SECOND, THIRD))
    assert article.summary is not None and article.summary.text == STANDFIRST


@pytest.mark.parametrize(
    "lede",
    [
        "Storms brought down power cables across the valley overnight, the network operator said.",  # new news below
        "Homes lost power.",  # too few long words to tell
    ],
)
def test_a_lede_the_next_sentences_add_news_to_is_the_first_paragraph(lede):
    second = "Engineers from three counties worked through the morning to restore supplies to farms."
    article = article_of(page_of(TITLE, lede, second, THIRD, SECOND))
    assert article.summary is None
    assert texts(article)[0] == lede


def test_a_photos_alt_text_over_its_credited_caption_is_no_standfirst():
    alt = "Fallen power cables on the valley road near the bridge after overnight storms."
    caption = "Overnight storms brought down power cables on the valley road near the bridge, blocking traffic."
    page = f"{TITLE}\n\n{alt}\n{caption}\n(Jane Doe / Valley Post)\n\n" + page_of(LEDE, SECOND, THIRD)
    article = article_of(page)
    assert article.summary is None or article.summary.text != alt


def test_a_videos_label_and_blurb_over_a_wire_style_lede_are_no_standfirst():
    label = "Driver found guilty of dangerous driving (2:49)"
    blurb = "Our legal analyst discusses the verdict after the driver was found guilty of dangerous driving. (2:49)"
    lede = "LEEDS -- A driver was found guilty on Wednesday of dangerous driving on the valley road last winter."
    second = "The jury took two days to find the driver guilty of dangerous driving, the court heard."
    article = article_of(page_of("Driver guilty over valley road crash", label, blurb, lede, second, THIRD))
    assert article.summary is None or article.summary.text != label
