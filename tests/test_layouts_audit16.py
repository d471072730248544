"""Layouts audit 16 (blind round r96): a wire site's date line whose year runs into the clock time (``March 12,
20254:37 PM GMT-3Updated 2 hours ago``) dates the article and is no standfirst; ``READ: Headline`` is a related link;
a prompt to share the story (``Kindly share this story:``), a note that comments are subject to the site's
guidelines, a prompt not to miss the latest news and a notice of how the reader's information is handled under a
privacy statement are chrome.  Page snippets written for the rules."""

from __future__ import annotations

import datetime

import pytest

from newsparse.page.dates import find_date

from .layout_helpers import BODY, PARAGRAPHS, TITLE, article_of, page_of, texts


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("March 12, 20254:37 PM GMT-3Updated 2 hours ago", datetime.date(2025, 3, 12)),
        ("August 19, 202511:12 AM UTCUpdated 5 hours ago", datetime.date(2025, 8, 19)),
        ("June 3, 20259:05 PM", datetime.date(2025, 6, 3)),
    ],
)
def test_a_year_run_into_the_clock_time_is_read(line, day):
    found = find_date(line)
    assert found is not None and found.value is not None and found.value.date() == day


def test_a_year_run_into_the_clock_time_dates_the_article_and_is_no_standfirst():
    article = article_of(page_of(TITLE, "By Jane Doe", "March 12, 20254:37 PM GMT-3Updated 2 hours ago", BODY))
    assert article.summary is None and texts(article) == PARAGRAPHS
    assert article.published is not None and article.published.date() == datetime.date(2025, 3, 12)


def test_five_digits_after_a_date_are_no_clock_time():
    found = find_date("Filed March 12, 20254 times")
    assert found is None or found.match["time"] is None


@pytest.mark.parametrize(
    "line",
    [
        "READ: Port reopens after the storm",
        "Read: Harbour board names its new chair – report",
    ],
)
def test_read_and_a_headline_is_a_related_link(line):
    article = article_of(page_of(TITLE, *PARAGRAPHS[:2], line, PARAGRAPHS[2]))
    assert texts(article) == PARAGRAPHS
    [link] = article.related
    assert link.headline.startswith(line.split(": ", 1)[1].split(" – ")[0])


def test_read_and_a_sentence_in_lower_case_is_no_link():
    line = "Read: the full text of the ruling is online."
    article = article_of(page_of(TITLE, *PARAGRAPHS, line))
    assert texts(article)[-1] == line and not article.related


@pytest.mark.parametrize(
    "line",
    [
        "Kindly share this story:",
        "Comments are subject to our community guidelines, which can be viewed here.",
        "Don’t miss out on the latest news and information.",
        "Your information is being handled in accordance with the Harbour News Privacy Collection Statement.",
        "Your data will be used in line with our privacy policy.",
    ],
)
def test_site_prompts_and_notices_are_chrome(line):
    assert texts(article_of(page_of(TITLE, BODY, line))) == PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        "Residents said their information had been handled badly by the council, a breach of privacy law.",
        "The board asked residents not to miss the meeting on the latest plans.",
    ],
)
def test_story_sentences_about_privacy_or_the_latest_plans_stay(line):
    assert texts(article_of(page_of(TITLE, BODY, line)))[-1] == line
