"""The writer's name with where they report from (``Tom Ashdown at Edgbaston``) under a standfirst sets off the title."""

from __future__ import annotations

import pytest

from .layout_helpers import PARAGRAPHS, article_of, texts

PAGE = (
    "Harbour Sport\n"
    "Cricket\n"
    "Harbour v Valley\n"
    "Reyes hits unbeaten century as Harbour take control on day one\n"
    "Ana Reyes batted through the day for her second hundred of the summer as the Valley attack tired in the heat\n"
    "{writer}\n"
    "Fri 4 Jul 2025 19.31 BST\n"
    "Share\n"
    "\n"
    "The harbour board voted on Thursday to dredge the eastern channel before the winter storms.\n\n"
    "Fishing crews had asked for the work for three years, the board's chair said.\n\n"
    "The work will start in October and take six weeks.\n"
)


@pytest.mark.parametrize("writer", ["Tom Ashdown at Edgbaston", "Ana Ruiz in Kyiv", "Li Wei from Hong Kong", "Tom Ashdown"])
def test_the_title_over_the_standfirst_and_the_writer_at_a_place(writer):
    article = article_of(PAGE.format(writer=writer))
    assert article.headline.text == "Reyes hits unbeaten century as Harbour take control on day one"
    assert article.summary.text.startswith("Ana Reyes batted through the day")
    assert texts(article) == PARAGRAPHS
