"""Layouts from an audit of thirty single-article pages with their chrome (layaudit8): republication
notes in a blog feed's and a syndicator's wording, a long paragraph closed by a wire's credit, a
``<Name>. File`` caption, a wire service's dateline (``PTI New Delhi``), a breadcrumb before a copy of
the title, paywall and archive notices, a player's and a placeholder caption's chrome.  Every page and
line here is of our own making."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind, is_photo_caption
from newsparse.page.furniture import republished_from
from newsparse.page.layout import is_standfirst

from .layout_helpers import BODY as _BODY, PARAGRAPHS as _PARAGRAPHS, TITLE as _TITLE, CHROME, article_of, kind, texts


# --- A. republication notes in new wordings -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("The post Ferry fares rise again appeared first on Coast Daily.", "Coast Daily"),
        ("The post “We will rebuild”, says mayor appeared first on Harbour News - Local | Sport | Weather.", "Harbour News - Local"),
        ("This article was provided by Harbour Wire.", "Harbour Wire"),
        ("This story was provided to The Fernbrook Times by Coast Press Agency.", "Coast Press Agency"),
        ("This report is provided by the Ministry of Fisheries.", "Ministry of Fisheries"),
    ],
)
def test_a_feed_or_syndication_note_names_its_outlet(line, outlet):
    assert republished_from(line) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "The post was provided by the council.",
        "The post appeared first on Monday.",
        "This report was provided by the ministry to MPs last week.",
        "This report was provided by the Ministry of Fisheries to the committee on Tuesday.",
        "The article was provided by a source close to the board.",
        "This map was provided by Harbour Wire.",
    ],
)
def test_other_sentences_on_posts_or_provided_reports_are_no_note(line):
    assert republished_from(line) is None


def test_a_feed_note_under_the_body_is_dropped_and_names_the_outlet():
    note = "The post Harbour board votes to dredge eastern channel appeared first on Coast Daily."
    article = article_of(f"{_TITLE}\n\n{_BODY}\n{note}\n")
    assert texts(article) == _PARAGRAPHS
    assert article.republished_from == "Coast Daily"


def test_a_syndication_note_under_the_body_is_dropped():
    article = article_of(f"{_TITLE}\n\n{_BODY}\nThis article was provided by Harbour Wire.\n")
    assert texts(article) == _PARAGRAPHS


# --- B. a long paragraph closed by a name, and a standfirst's length -----------------------------------

_LONG = (
    "The board met for four hours on Thursday. Members heard from fishing crews, ferry operators and the port's "
    "engineers, who said the channel had silted up faster than expected after two wet winters. The chair said the "
    "work could not wait another year. Crews will use a barge and two dredgers, and the spoil will be taken out to "
    "sea. The council's harbour committee backed the plan last month. Residents near the quay asked for the work to "
    "stop at night, and the board agreed. Harbour Wire"
)


def test_a_long_paragraph_closed_by_a_wire_credit_is_text():
    assert kind(_LONG) is LineKind.TEXT
    assert not is_standfirst(_LONG)


@pytest.mark.parametrize(
    "line",
    [
        "Crews work on the dredger at the eastern quay on Thursday. Tomas Brekke",
        "A barge carries spoil out of the harbour at dawn after the storm. Jane Doe",
    ],
)
def test_a_short_caption_closed_by_a_name_stays_chrome(line):
    assert is_photo_caption(line)


def test_a_one_paragraph_body_under_a_date_line_is_its_paragraph():
    article = article_of(f"{_TITLE}\n\nFriday, March 6, 2026\n\n{_LONG}\n")
    assert article.summary is None
    assert texts(article) == [_LONG]


def test_a_long_standfirst_without_a_full_stop_is_still_read_under_sixty_words():
    deck = "Crews will start work in October on the channel that fishing boats have complained about for years"
    assert is_standfirst(deck)
    assert article_of(f"{_TITLE}\n\n{deck}\n\n{_BODY}").summary.text == deck


# --- C. a ``<Name>. File`` caption ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["Jane Doe. File", "The harbour master at the quay on Monday. FILE", "Fishing boats moored at the quay - file"]
)
def test_a_caption_closed_by_file_is_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["He said he would file.", "The papers are on file", "Crews opened the file"])
def test_other_lines_closed_by_file_are_text(line):
    assert kind(line) is LineKind.TEXT


# --- D. a wire service's dateline ----------------------------------------------------------------------


@pytest.mark.parametrize("line", ["PTI New Delhi", "AFP Paris", "REUTERS Hong Kong"])
def test_a_wire_service_and_its_place_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize("line", ["AFP Closes Kabul Bureau", "NASA Mars", "Afp Paris"])
def test_other_short_capitalised_lines_are_no_wire_dateline(line):
    assert kind(line) is not LineKind.BYLINE


def test_a_standfirst_over_a_wire_dateline_and_date_is_the_summary():
    deck = "“The work cannot wait another winter,” the chair said."
    page = f"{_TITLE}\n\n{deck}\n\nPTI Fernbrook\nMarch 6, 2026 10:15 IST\n\nJane Doe. File\n\n{_BODY}"
    article = article_of(page)
    assert article.headline.text == _TITLE
    assert article.summary.text == deck
    assert texts(article) == _PARAGRAPHS


# --- E. a breadcrumb before a copy of the title --------------------------------------------------------


def test_a_copy_of_the_title_after_a_short_crumb_is_no_standfirst():
    page = f"{_TITLE}\n\nLocal news {_TITLE}\n\n{_BODY}"
    article = article_of(page)
    assert article.summary is None
    assert texts(article) == _PARAGRAPHS


def test_a_line_ending_with_a_short_title_stays():
    page = "Harbour master resigns\n\nOur harbour master resigns\n\n" + _BODY
    assert "Our harbour master resigns" in texts(article_of(page))


def test_a_line_ending_with_the_title_after_a_long_lead_stays():
    line = f"Crews and residents cheered as the {_TITLE}"
    page = f"{_TITLE}\n\n{line}.\n\n{_BODY}"
    assert texts(article_of(page))[0] == f"{line}."


# --- F. notices and chrome words ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "This archived news story is available only for your personal use. It may be out of date.",
        "This archived article is kept for reference and may be outdated.",
        "Full story: Harbour FM",
        "Supporting image.",
        "Available On Air Stations",
        "This is a premium article for our subscribers. Read 100 such stories every month",
        "You have exhausted your free article limit.",
        "If you're already a subscriber",
        "Please support quality journalism.",
    ],
)
def test_archive_paywall_player_and_comment_lines_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "This archived footage shows the quay in 1960.",
        "The full story of the channel has never been told.",
        "Supporting images of the quay were shown to the board.",
        "The station is available on air in three counties.",
    ],
)
def test_sentences_near_those_words_are_text(line):
    assert kind(line) is LineKind.TEXT


def test_an_archive_notice_above_the_body_is_dropped():
    notice = "This archived news story is available only for your personal, non-commercial use."
    article = article_of(f"{_TITLE}\n\n{notice}\n\n{_BODY}")
    assert texts(article) == _PARAGRAPHS


def test_a_player_line_above_the_title_is_no_headline():
    page = f"Play Live Radio\nNext Up:\n0:00\n\nAvailable On Air Stations\n\n{_TITLE}\n\n{_BODY}"
    assert article_of(page).headline.text == _TITLE


def test_a_full_story_pointer_and_comment_form_under_the_body_are_dropped():
    page = f"{_TITLE}\n\n{_BODY}\nFull story: Harbour FM\n\nAdd new comment\n\nPlain text\n\nNo HTML tags allowed.\n"
    assert texts(article_of(page)) == _PARAGRAPHS


def test_the_chrome_of_the_default_vocabulary_knows_the_new_lines():
    assert "supporting image" in CHROME.lines
