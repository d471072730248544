"""A comment prompt above the body, a byline's label, a newsletter's consent note."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind

from .layout_helpers import BODY, PARAGRAPHS, TITLE, article_of, kind, texts


@pytest.mark.parametrize("label", ["Author of the article:", "Authors of this story:"])
def test_a_long_bylines_label_alone_on_its_line_opens_a_byline(label):
    assert kind(label) is LineKind.BYLINE


def test_a_sentence_about_an_author_is_no_byline():
    assert kind("Author of the article: a life in letters") is LineKind.TEXT


@pytest.mark.parametrize(
    "note",
    [
        "By signing up you consent to receive the above newsletter from Harbour Media Inc.",
        "By subscribing, you agree to our terms of use and privacy policy.",
        "By clicking Sign Up, you confirm that you are 16 or older.",
    ],
)
def test_a_newsletters_consent_note_is_chrome(note):
    assert kind(note) is LineKind.CHROME


def test_a_comment_prompt_between_byline_and_body_does_not_close_the_article():
    page = f"{TITLE}\n\nAuthor of the article:\nJane Roe\nPublished Mar 3, 2025\n\nJoin the conversation\n\n{BODY}"
    article = article_of(page)
    assert texts(article) == PARAGRAPHS
    assert article.published is not None


def test_a_comment_prompt_under_the_body_still_closes_it():
    page = f"{TITLE}\n\n{BODY}\nJoin the conversation\n\nGreat news for the crews at last, I say.\n"
    assert texts(article_of(page)) == PARAGRAPHS
