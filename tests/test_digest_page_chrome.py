"""Site chrome around a digest, on pages written for these tests:

* a masthead and menu above the archive header end before the header (the header is chrome too), so the page is
  still a digest;
* a page's closing chrome may run to five short lines (share prompts, a copyright line naming the template);
* a listing's page links (``Page 3 of 41``, ``« Previous Page — Next Page »``) are chrome, never a paragraph;
* a sentence reporting someone's words after ``Read more`` is no teaser's caption, so the next summary opens an
  article; a section row may list items of two words (``What's On``).
"""

from __future__ import annotations

import pytest

from newsparse import default_registry, detect_format
from newsparse.page.chrome import PageChrome, LineKind
from newsparse.page.probe import PageProbe

from .test_digest import TWO_ARTICLES, split


def _summaries(text: str) -> list[str | None]:
    return [a.summary.text if a.summary else None for a in split(text)]


@pytest.mark.parametrize(
    "masthead",
    ["HARBOUR & WORLD MONITOR\nHome | World | Europe | Opinion | Video\n", "Home | World | Europe | Opinion | Video\n"],
)
@pytest.mark.parametrize("header", ["Month: March 2024", "Category Archive : World"])
def test_a_masthead_above_the_header_keeps_the_page_a_digest(masthead, header):
    page = TWO_ARTICLES.replace("Month: March 2024", header)
    assert detect_format(PageProbe(masthead + page), default_registry()).name == "digest"
    assert _summaries(masthead + page) == _summaries(TWO_ARTICLES)


def test_five_closing_chrome_lines_belong_to_no_article():
    closing = "\nShare this:\n\nFacebook\n\nTelegram\n\nCopyright © 2026 The Harbour Desk | Powered by WordPress\n"
    articles = split(TWO_ARTICLES + closing)
    assert _summaries(TWO_ARTICLES + closing) == _summaries(TWO_ARTICLES)
    assert articles[-1].paragraphs[-1].text == "The council approved the final budget for the bridge on Tuesday."


@pytest.mark.parametrize(
    "line",
    ["Page 3 of 41", "« Previous Page — Next Page »", "Newer posts | Older posts", "Next page", "Previous articles"],
)
def test_page_links_are_chrome(line):
    assert PageChrome.from_vocabulary().kind(line)[0] is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    ["Next week the council will vote on the plan.", "Older workers said the plan was unfair.", "Page after page of evidence"],
)
def test_sentences_opening_with_those_words_stay_text(line):
    assert PageChrome.from_vocabulary().kind(line)[0] is not LineKind.CHROME


def test_page_links_close_no_article():
    closing = "\nPage 3 of 41\n\n« Previous Page — Next Page »\n"
    assert split(TWO_ARTICLES + closing)[-1].paragraphs[-1].text == "The council approved the final budget for the bridge on Tuesday."


def test_a_read_more_line_over_a_reported_sentence_and_the_next_summary_opens_no_teaser():
    page = TWO_ARTICLES.replace(
        "Talks are expected to resume on Friday.",
        "Read more\n\nThe port's trade fell by 1.9% last year, according to official figures, while arrivals fell "
        "to about 1.8 million.\n\nA new ferry line will open next month, the harbour board says\n\n"
        "The board approved the line on Monday.",
    )
    summaries = _summaries(page)
    assert "A new ferry line will open next month, the harbour board says" in summaries


@pytest.mark.parametrize("row", ["News Business Courts Politics Environment Sport What's On", "Home News Sport Weather"])
def test_a_section_row_of_one_or_two_word_items_is_chrome(row):
    assert PageChrome.from_vocabulary().kind(row)[0] is LineKind.CHROME
