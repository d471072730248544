"""A photo's caption without a credit that tells what the photo shows in the present tense (``A farmer leans on a
gate at dawn.``) is no standfirst and no paragraph.  Every page and line here is of our own making."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import depicts_scene

from .layout_helpers import BODY, CHROME, PARAGRAPHS, TITLE, article_of, texts

_VERBS = CHROME.depiction_verbs


@pytest.mark.parametrize(
    "line",
    [
        "A farmer leans on a gate at dawn.",
        "A fisherman walks past the empty berths in the eastern channel.",
        "Harbour Master Ann Lee speaks to crews after the vote on Thursday.",
        "The old ferry waits at the quay in Cobh.",
        "Chair of the Harbour Board Tom Roe greets the dredging crews on Monday",
    ],
)
def test_a_present_tense_caption_depicts_a_scene(line):
    assert depicts_scene(line, _VERBS)


@pytest.mark.parametrize(
    "line",
    [
        "He walks to the podium and waits for silence.",  # a story told in the present
        "The peers voted against the bill on Tuesday.",  # a noun, no verb
        "Labour holds a ten-point lead in the polls.",  # not a verb of the list
        "Residents say the harbour master speaks to them rarely.",  # no subject of a few words before the verb
        "The harbour master speaks to crews every Monday, the board said.",  # a report
        "“Ann Lee walks on water,” one fisherman joked.",  # a quote
    ],
)
def test_a_story_sentence_depicts_no_scene(line):
    assert not depicts_scene(line, _VERBS)


def test_a_caption_under_the_title_is_neither_standfirst_nor_paragraph():
    page = f"{TITLE}\n\nA fisherman walks past the empty berths in the eastern channel.\n\n{BODY}"
    article = article_of(page)
    assert article.summary is None
    assert texts(article) == PARAGRAPHS


def test_a_caption_between_paragraphs_is_no_paragraph():
    caption = "Harbour Master Ann Lee speaks to crews after the vote on Thursday."
    page = f"{TITLE}\n\n{PARAGRAPHS[0]}\n\n{caption}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}\n"
    assert texts(article_of(page)) == PARAGRAPHS
