"""Layouts from an audit of thirty scraped pages (layaudit5): a title in Title Case closed by ``!`` or
an ellipsis, a writer's name printed twice around ``by``, and chrome lines (``Live Events``, a comment
count before any comment).  Every page here is of our own making."""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind
from newsparse.page.layout import is_title

from .layout_helpers import BODY as _BODY, PARAGRAPHS as _PARAGRAPHS, CHROME, kind, texts


# --- A. a title in Title Case closed by ``!`` or an ellipsis -------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Storm Knocks Out Power Across Three Counties!", "We Will Rebuild This Town…", "Ferry Back On Time At Last..."],
)
def test_a_title_case_line_closed_by_an_exclamation_or_ellipsis_is_a_title(title):
    assert is_title(title)


@pytest.mark.parametrize(
    "line",
    [
        "The storm knocked out power across three counties!",  # a sentence, not Title Case
        "Storm Knocks Out Power Across Three Counties!!",  # doubled mark
        "What A Night For The Harbour?!",
        "The council met and nothing happened…",
    ],
)
def test_a_sentence_or_a_doubled_mark_is_no_exclaimed_title(line):
    assert not is_title(line)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("A Small Port Sued Hundreds of Its Own Tenants. Then It Asked the Town for a Bailout.", True),
        ("Ferry Runs Late Again. Angry Commuters Stop Waiting.", True),
        ("The council met. It voted for the plan.", False),  # sentences of a body
        ("Attending Were Ann Lee, Tom Roe. Also Ivo Marsh.", False),  # a comma: a list, no title
    ],
)
def test_a_title_of_title_case_sentences_closed_by_a_full_stop(line, title):
    assert is_title(line) is title


def test_a_blog_post_title_closed_by_an_exclamation_under_its_date_is_the_headline():
    title = "Harbour Board Finally Votes To Dredge!"
    page = parse(f"Friday, March 7, 2014\n\n{title}\n\n{_BODY}")
    assert page[0].headline.text == title
    assert page[0].published is not None and page[0].published.isoformat().startswith("2014-03-07")
    assert texts(page[0]) == _PARAGRAPHS


def test_a_title_closed_by_an_ellipsis_over_the_body_is_the_headline():
    title = "We Will Dredge The Channel Together…"
    page = parse(f"{title}\n\n{_BODY}")
    assert page[0].headline.text == title
    assert texts(page[0]) == _PARAGRAPHS


# --- B. a writer's name printed twice around ``by`` -----------------------------------------------------


@pytest.mark.parametrize(
    "line", ["Harbour Wire by Harbour Wire", "Lena Ortiz by Lena Ortiz", "Bay news agency of the north by Bay news agency of the north"]
)
def test_a_name_printed_twice_around_by_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Harbour gates were closed by order of the board on Monday",  # halves differ
        "Stand by me by Stand by me",  # more than one ``by``: the halves differ
        "the tide by the tide",  # lower case
    ],
)
def test_other_lines_with_by_are_no_doubled_byline(line):
    assert kind(line) is not LineKind.BYLINE


def test_a_doubled_byline_under_the_title_is_no_headline():
    title = "Harbour board votes to dredge the eastern channel: chair Lena Ortiz"
    page = parse(f"{title}\n\nHarbour Wire agency of the coast by Harbour Wire agency of the coast\nMarch 7, 2024\n\n{_BODY}")
    assert page[0].headline.text == title
    assert texts(page[0]) == _PARAGRAPHS


# --- C. chrome lines ------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["Live Events", "No comments yet.", "No comments so far", "Be the first to comment"])
def test_player_labels_and_empty_comment_counts_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line", ["No comments yet from the harbour board, a spokesman said.", "Live events return to the pier this summer."]
)
def test_sentences_with_those_words_stay_text(line):
    assert kind(line) is LineKind.TEXT


def test_an_empty_comment_count_after_the_body_is_no_paragraph():
    page = parse(f"Harbour board votes to dredge channel\n\n{_BODY}\nNo comments yet.\n\nLeave a comment\n")
    assert texts(page[0]) == _PARAGRAPHS
    assert CHROME.kind("No comments yet.")[0] is LineKind.CHROME


@pytest.mark.parametrize("line", ["Science + Tech", "Arts + Culture", "Politics + Society"])
def test_sections_joined_by_a_plus_are_labels(line):
    from newsparse.page.layout import is_label

    assert is_label(line)
