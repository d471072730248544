"""Layouts audit 18 (blind round r98): ``By`` and writers whose names hold a run of particles (``Pieter van der
Merwe``) is a byline; a caption closed by a broadcaster's initials and region before the photographer (``(ABC
Goldfields: Jane Doe)``) is chrome; a writer, an outlet and a date set off by spaced slashes is a dated byline; a
prompt to ``Get Current Updates on …`` is chrome.  Page snippets written for the rules."""

from __future__ import annotations

import datetime

import pytest

from .layout_helpers import BODY, PARAGRAPHS, TITLE, article_of, kind, page_of, texts, under_title_is_dropped


@pytest.mark.parametrize(
    "line",
    ["By Thandiwe Nkosi and Pieter van der Merwe", "By Tom Roe and Jan van der Berg", "By Ana Ruiz and Lotte van Rijn"],
)
def test_writers_whose_names_hold_particles_are_a_byline(line):
    assert kind(line).name == "BYLINE" and under_title_is_dropped(line)


def test_by_and_particles_before_no_name_is_no_byline():
    assert kind("By the van der Berg family and friends").name == "TEXT"


@pytest.mark.parametrize(
    "caption",
    [
        "Crews gathered at the mine entrance on Wednesday night. (ABC Goldfields: Jane Doe)",
        "Crews gathered at the mine entrance on Wednesday night. (HNA Rural: Jane Doe)",
    ],
)
def test_a_caption_closed_by_initials_a_region_and_the_photographer_is_chrome(caption):
    assert under_title_is_dropped(caption)


def test_a_sentence_closed_by_a_bodys_name_in_brackets_stays_text():
    assert kind("The council met on Monday, the mayor said. (UN Security Council)").name == "TEXT"


def test_a_writer_outlet_and_date_set_off_by_spaced_slashes_is_a_dated_byline():
    line = "Jane Doe / Harbour News Service / Updated: Sep 22, 2025, 08:14 IST"
    article = article_of(page_of(TITLE, line, BODY))
    assert texts(article) == PARAGRAPHS and article.published.date() == datetime.date(2025, 9, 22)


def test_a_spaced_slash_in_a_sentence_stays_text():
    assert kind("Speed limit 60 km / h on the road").name == "TEXT"


def test_a_prompt_to_get_current_updates_is_chrome():
    line = "Get Current Updates on India News, Mumbai News along with Latest News and Top Headlines from India."
    assert texts(article_of(page_of(TITLE, BODY, line))) == PARAGRAPHS
