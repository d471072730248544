"""Layouts from blind round r94: a caption's source alone on the line under it (``Supplied``) is chrome, so the
caption is no body text and a share bar's ``Comments`` under it opens no readers' comments; a credit in brackets may
name the outlet's file photo (``(Jane Doe / Free Press files)``); an agency's exchange rate in brackets closing its
story (``($1 = 1,538 naira)``) is text; the line under a ``Synopsis`` label is the standfirst; and from r93, ``By``
glued to the writer's name (``ByJane Doe``) opens a byline.  Every page and line here is of our own making."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind, is_photo_caption
from newsparse.page.lines import is_rate_note

from .layout_helpers import article_of, kind, page_of, texts

TITLE = "Harbour Mining to cut 180 jobs as nickel prices bite"
STANDFIRST = "Company reports $62-million loss, says its mine near Levack will close by spring"
BODY = [
    "Harbour Mining will cut 180 jobs in Greater Sudbury, the company announced on Thursday.",
    "The producer said it lost $62 million in the quarter as prices fell.",
    "“Nobody here takes this decision lightly,” chief executive Mark Dell said.",
]


@pytest.mark.parametrize("source", ["Supplied", "Handout", "Getty Images"])
def test_a_captions_source_alone_on_its_line_is_chrome(source):
    assert kind(source) is LineKind.CHROME


def test_a_caption_over_its_source_is_no_body_and_a_share_bars_comments_ends_nothing():
    caption = "Harbour Mining's mine near Levack is scheduled to close in the spring."
    text = page_of("Sudbury Daily", TITLE, STANDFIRST, "Nov 6, 2025 4:15 PM", caption + "\nSupplied", "Share\nComments", *BODY)
    article = article_of(text)
    assert texts(article) == BODY


@pytest.mark.parametrize(
    "caption",
    ["A patient waits in a hallway at a Winnipeg hospital. (Jane Doe / Free Press files)", "Crews at the dam on Monday. (Jane Doe / Harbour Post file)"],
)
def test_a_credit_naming_the_outlets_file_photo_closes_a_caption(caption):
    assert is_photo_caption(caption)


def test_a_sentence_closing_in_other_brackets_is_no_caption():
    assert not is_photo_caption("The plan was approved last year (see our files)")


@pytest.mark.parametrize("note", ["($1 = 1,538 naira)", "(£1 = $1.27)", "($1 = 0.8578 euros)"])
def test_an_exchange_rate_in_brackets_is_a_rate_note(note):
    assert is_rate_note(note)


@pytest.mark.parametrize("line", ["(see page 2)", "($1 equals a lot)", "Prices = 2 x costs", "(x = y)"])
def test_other_lines_are_no_rate_note(line):
    assert not is_rate_note(line)


def test_an_exchange_rate_closing_a_wire_story_is_its_last_paragraph():
    text = page_of(TITLE, "LAGOS, Nov 6 (Reuters) - Commuters protested on Thursday after fares rose 40%.", BODY[1], "($1 = 1,538 naira)", "Reporting by Jane Doe; Editing by John Roe")
    article = article_of(text)
    assert article.paragraphs[-1].text == "($1 = 1,538 naira)"


def test_the_line_under_a_synopsis_label_is_the_standfirst():
    synopsis = "The miner blamed lower prices and a wet quarter for the decline, and said it would trim its workforce."
    text = page_of("The Business Daily", TITLE, "By Jane Doe, Business Bureau", "Last Updated: Nov 12, 2025, 07:45:00 PM IST", "Share\nPrint", "Synopsis\n" + synopsis, *BODY)
    article = article_of(text)
    assert (article.summary and article.summary.text, texts(article)) == (synopsis, BODY)


@pytest.mark.parametrize("line", ["ByJane Doe", "ByJane Doe Local Democracy Reporter"])
def test_by_glued_to_the_writers_name_opens_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize("line", ["ByteDance said it would appeal", "Byron Bay is busy"])
def test_a_word_opening_with_by_is_no_byline(line):
    assert kind(line) is not LineKind.BYLINE


def test_a_title_over_a_standfirst_over_a_glued_byline_stays_the_title():
    standfirst = "Town hall bosses say the new strategy will 'turn the tide' - but campaigners warn it falls short"
    text = "Harbour Evening News\nNews\n" + TITLE + "\n" + standfirst + "\nByJane Doe Local Democracy Reporter\n17:00, 3 MAR 2025\n\n" + "\n\n".join(BODY) + "\n"
    article = article_of(text)
    assert (article.headline and article.headline.text, article.summary and article.summary.text) == (TITLE, standfirst)


@pytest.mark.parametrize("line", ["Topic:Urban Development and Planning", "Topics: Climate, Energy"])
def test_a_storys_topic_tags_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_line_opening_with_a_word_of_topic_is_text():
    assert kind("Topical issues dominated the meeting on Monday.") is LineKind.TEXT


def test_a_topic_tag_under_the_byline_is_not_taken_for_the_title():
    text = "Harbour News\nJust In\n" + TITLE + "\nBy Jane Doe\nHarbour Local\nTopic:Urban Development and Planning\nWed 19 Mar 2025 at 5:41pm\n\n" + "\n\n".join(BODY) + "\n"
    article = article_of(text)
    assert article.headline and article.headline.text == TITLE
