"""Layouts from a held-out probe of single-article pages: a short or teasing title over the body, a
section label closed by a qualifier in brackets, chrome lines (a misspelt ad label, a gallery's button,
a prompt to watch live, a note that comments are shut, a wire's update note), captions closed by the
photographer's bare name or a sales button, a weekday before a date, a standfirst under a summary label
or set off by a wider gap, ``Read | headline`` links, a writer's bare name over a plain text and a wire
dateline that prints the day and month."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind, is_photo_caption
from newsparse.page.furniture import read_more_link
from newsparse.page.layout import is_label
from newsparse.page.lines import opens_with_dateline

from .layout_helpers import CHROME, article_of, kind, texts

_BODY = (
    "The harbour board voted on Thursday to dredge the eastern channel before the winter storms.\n\n"
    "Fishing crews had asked for the work for three years, the board's chair said.\n\n"
    "The work will start in October and take six weeks.\n"
)
_PARAGRAPHS = [p for p in _BODY.split("\n\n") if p.strip()]


# --- A. a title over the body, too short for a digest's summary line, or closed by a teaser --------------


@pytest.mark.parametrize("title", ["Lifeboat crew saves the day", "Growers hail the best apple harvest yet"])
def test_a_short_title_over_the_body_is_the_headline(title):
    page = parse(f"{title}\n\n{_BODY}")
    assert page.format == "article"
    assert page[0].headline.text == title
    assert page[0].summary is None
    assert texts(page[0]) == [p.strip() for p in _PARAGRAPHS]


def test_a_short_sentence_that_reports_who_said_it_is_no_title():
    page = parse("Crews worked all night, the board said\n\n" + _BODY)
    assert page.format == "generic"
    assert page[0].headline is None


def test_a_summary_of_standfirst_length_over_the_body_stays_a_summary():
    line = "The harbour board has voted to dredge the eastern channel before winter"
    page = parse(f"{line}\n\n{_BODY}")
    assert page[0].headline is None
    assert page[0].summary.text == line


@pytest.mark.parametrize(
    "title",
    [
        "Harbour towns with the longest ferry queues – did yours make the cut?",
        "The best and worst beaches for bathing water - how does your bay compare?",
        "The ferry routes that will cost more this winter — what it means for you",
    ],
)
def test_a_title_closed_by_a_teaser_is_the_headline(title):
    page = parse(f"{title}\n\n{_BODY}")
    assert page[0].headline.text == title


def test_a_dash_without_a_teaser_keeps_a_summary_line():
    line = "The harbour board has raised the ferry fares again – a move the island's residents oppose"
    page = parse(f"{line}\n\n{_BODY}")
    assert page[0].headline is None


# --- B. a section label closed by a qualifier in brackets ---------------------------------------------


@pytest.mark.parametrize("line", ["Second Division (Wales)", "Premier Division (Scotland)", "Politics (UK)"])
def test_a_bracketed_section_label_is_a_label(line):
    assert is_label(line)


@pytest.mark.parametrize("line", ["Storm hits the coast (video)", "Fares rise again (and again)"])
def test_a_title_with_words_in_brackets_is_no_label(line):
    assert not is_label(line)


def test_a_bracketed_label_above_the_title_belongs_to_no_article():
    title = "Harbour rowers win the regional cup for a third year"
    article = article_of(f"Skip to main content\n\nRowing (Scotland)\n\n{title}\n\n{_BODY}")
    assert article.headline.text == title
    assert texts(article)[0] == _PARAGRAPHS[0]


# --- C. chrome lines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Advertisment",
        "Slideshow ( 9 images )",
        "Photo gallery (12 photos)",
        "Watch RVTN Live",
        "Watch Coast News live",
        "* Dockers at the port walked out on Sept 14 (Adds quotes from union, shipping data)",
        "Harbour board delays dredging vote (Updates with chair's comments)",
    ],
)
def test_chrome_lines(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Watch the council meeting live on our website.",
        "Watch what happens when the tide turns",
        "The slideshow of old photos drew a crowd.",
        "The board adds a second dredger (and a crew) to the work.",
    ],
)
def test_text_lines_that_use_the_same_words(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "note", ["We are not accepting comments on this story.", "Comments have been closed on this page."]
)
def test_a_note_that_comments_are_shut_ends_the_article(note):
    article = article_of(
        "Harbour board votes to dredge the channel\n\n" + _BODY + f"\n{note}\n\nGreat news for the crews, at last.\n"
    )
    assert texts(article) == [p.strip() for p in _PARAGRAPHS]


# --- D. captions closed by the photographer's bare name or a sales button ------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Wool prices have fallen by a fifth since the shearing season opened in March. Tomas Brekke",
        "Crews load the dredger at the eastern quay on Thursday morning. Ana Ruiz Soto",
        "Fishery officials pose on the quay before the annual quota talks in Halifax. UPI/Jane Doe",
        "Fishery officials pose on the quay in Halifax on October 3, 2018. UPI/Jane Doe | License Photo",
    ],
)
def test_captions_closed_by_a_credit(line):
    assert is_photo_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Reviewed by Dr. Amara Osei",
        "The award was presented to the winners on stage by Mrs. Jane Doe",
        "The crews said the work was overdue. Jane Doe said so too.",
        "A short caption. Jane Doe",
        "The board met on Thursday to discuss the dredging of the channel.",
    ],
)
def test_lines_that_close_otherwise_are_no_captions(line):
    assert not is_photo_caption(line)


def test_a_caption_closed_by_a_bare_name_between_paragraphs_is_dropped():
    caption = "The dredger Marigold at work in the eastern channel of the harbour last spring. Jon Roe"
    page = "Growers hail the best apple harvest yet\n" + "\n".join([_PARAGRAPHS[0].strip(), caption, *(p.strip() for p in _PARAGRAPHS[1:])])
    assert texts(article_of(page)) == [p.strip() for p in _PARAGRAPHS]


# --- E. a weekday before the date ------------------------------------------------------------------


@pytest.mark.parametrize("line", ["THURSDAY, MARCH 14, 2013", "Thursday, 14 March 2013", "Wed, March 4, 2026"])
def test_a_weekday_and_a_date_make_a_date_line(line):
    assert kind(line) is LineKind.DATE


def test_a_weekday_date_line_under_the_masthead_dates_the_article():
    article = article_of(
        "News from the valley, state and nation\nTHURSDAY, MARCH 14, 2013\n\n"
        "Harbour board votes to dredge the channel\n\nBy Jane Doe\nAssociated Press Writer\n\n" + _BODY
    )
    assert article.published == dt.date(2013, 3, 14)
    assert article.headline.text == "Harbour board votes to dredge the channel"


# --- F. standfirsts under a summary label, or set off by a wider gap ---------------------------------------


def test_the_line_under_a_synopsis_label_is_the_standfirst():
    standfirst = "The board said the channel had silted up faster than expected since the last dredging"
    article = article_of(
        f"Harbour board votes to dredge the channel: chair\n\nRead Time: 04 minutes\n\nSynopsis\n\n{standfirst}\n\n{_BODY}"
    )
    assert article.summary.text == standfirst
    assert texts(article) == [p.strip() for p in _PARAGRAPHS]


def test_a_standfirst_set_off_by_blank_lines_over_single_spaced_paragraphs():
    standfirst = "The chair says the work will cost 2.1 million pounds and take six weeks."
    body = "\n".join(p.strip() for p in _PARAGRAPHS)
    article = article_of(f"Harbour board to dredge eastern channel: chair\n{standfirst}\n\n\n{body}\n")
    assert article.summary.text == standfirst
    assert texts(article) == [p.strip() for p in _PARAGRAPHS]


def test_a_standfirst_set_off_by_more_blank_lines_than_the_paragraphs():
    standfirst = "The chair says the work will cost 2.1 million pounds and take six weeks."
    article = article_of(f"Harbour Board Votes To Dredge The Channel\n\n{standfirst}\n\n\n\n{_BODY}")
    assert article.summary.text == standfirst


def test_a_first_paragraph_spaced_as_the_others_is_no_standfirst():
    first = "The chair says the work will cost 2.1 million pounds and take six weeks."
    body = "\n".join(p.strip() for p in _PARAGRAPHS)
    article = article_of(f"Harbour board to dredge eastern channel: chair\n{first}\n{body}\n")
    assert article.summary is None
    assert texts(article)[0] == first


def test_a_paragraph_that_opens_with_a_dateline_is_never_the_standfirst():
    first = (
        "HALIFAX, Oct 12 (Reuters) - The harbour board voted on Thursday to dredge the eastern channel before the"
        " winter storms, raising hopes among fishing crews who had asked for the work for three years [ID:nX7731]"
    )
    article = article_of(f"Harbour board votes to dredge the channel\n\nBy Jane Doe\n\n{first}\n\n{_BODY}")
    assert article.summary is None
    assert texts(article)[0] == first


@pytest.mark.parametrize(
    "line, expected",
    [
        ("HALIFAX, Oct 12 (Reuters) - The ferry strike ended overnight.", True),
        ("LISBON, June 22 (UPI) -- The port will reopen next week.", True),
        ("LONDON, 5 - the score at half-time.", False),
    ],
)
def test_a_wire_dateline_with_the_day_and_month(line, expected):
    assert opens_with_dateline(line) is expected


# --- G. ``Read | headline`` links ---------------------------------------------------------------------


def test_a_read_bar_line_is_a_related_link():
    headline = "Harbour board fined over dredging delays, auditors say"
    article = article_of(
        "Harbour board votes to dredge the channel\n\n" + _PARAGRAPHS[0] + f"\n\nRead | {headline}\n\n" + _PARAGRAPHS[1]
    )
    assert [link.headline for link in article.related] == [headline]
    assert len(article.paragraphs) == 2


def test_an_also_read_line_is_a_link_too():
    assert read_more_link("Also read | Harbour board fined over dredging delays") is not None
    article = article_of(
        "Harbour board votes to dredge the channel\n\n" + _PARAGRAPHS[0]
        + "\n\nAlso read | Harbour board fined over dredging delays\n\n" + _PARAGRAPHS[1]
    )
    assert [link.headline for link in article.related] == ["Harbour board fined over dredging delays"]
    assert len(article.paragraphs) == 2


def test_a_read_more_line_in_brackets_is_a_related_link():
    headline = "Harbour board fined over 'epidemic' of dredging delays"
    assert read_more_link(f"(Read more: {headline})") == headline
    article = article_of(
        "Harbour board votes to dredge the channel\n\n" + _PARAGRAPHS[0] + f"\n\n(Read more: {headline})\n\n" + _PARAGRAPHS[1]
    )
    assert [link.headline for link in article.related] == [headline]
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize("line", ["(Read more about the plan on the council's site.)", "(Read the full report below.)"])
def test_a_sentence_in_brackets_is_no_related_link(line):
    assert read_more_link(line) is None


# --- H. a writer's bare name over a plain text ---------------------------------------------------------


def test_a_writers_name_opening_a_plain_text_is_no_paragraph():
    body = "\n".join(p.strip() for p in _PARAGRAPHS)
    page = parse(f"Marta Okonkwo\n{body}\n")
    assert page.format == "generic"
    assert texts(page[0]) == [p.strip() for p in _PARAGRAPHS]


def test_a_name_inside_a_sentence_stays():
    body = "\n".join(p.strip() for p in _PARAGRAPHS)
    page = parse(f"Marta Okonkwo reports.\n{body}\n")
    assert texts(page[0])[0] == "Marta Okonkwo reports."


def test_chrome_helper_is_the_default_vocabulary():
    assert CHROME.kind("Advertisment")[0] is LineKind.CHROME
