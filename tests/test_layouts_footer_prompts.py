"""Lines closing or interrupting a story that are no text: a writer's bio with a prompt to follow them, boxes of
topics or trending stories, a prompt to watch a channel and a notice on the browser, on pages written for these
tests."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind

from .layout_helpers import article_of, kind, texts

_HEAD = "Harbour club extends coach's contract\nBy Ines Varga\nMarch 3, 2026\n\n"
_BODY = "The club gave its coach a five-year extension on Monday.\n\nShe took over a losing team in 2023.\n\n"
_PARAGRAPHS = ["The club gave its coach a five-year extension on Monday.", "She took over a losing team in 2023."]


@pytest.mark.parametrize(
    "bio",
    [
        "Ines Varga is a staff writer for the Harbour Post covering the Harbour club. Follow Ines on X @ivarga\n",
        "Ines Varga is a sports reporter at the Harbour Post. Follow Ines Varga on Instagram\n",
    ],
)
def test_a_writers_bio_with_a_prompt_to_follow_closes_the_body(bio):
    assert texts(article_of(_HEAD + _BODY + bio)) == _PARAGRAPHS


def test_a_sentence_about_following_someone_stays_text():
    line = "Ines Varga is the club's new captain. Follow her lead, the coach said.\n"
    assert texts(article_of(_HEAD + _BODY + line))[-1] == line.strip()


@pytest.mark.parametrize("heading", ["Suggested Topics:", "Trending Stories", "Popular Stories"])
def test_a_closing_box_of_topics_or_stories_is_chrome(heading):
    assert kind(heading) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Watch Harbour Sports News on channel 409 or stream with the app",
        "Watch the full interview on our YouTube channel",
        "Please use Chrome browser for a more accessible video player",
    ],
)
def test_prompts_to_watch_a_channel_and_browser_notices_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_sentence_reporting_someone_is_no_prompt():
    assert kind("Watch the channel closely, the harbour master said.") is LineKind.TEXT
