"""A title signed with a site's name and a publisher's label without a name are a copy and chrome, not the standfirst; a
standfirst printed again over the body is both the standfirst and the first paragraph, as annotators keep it."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind

from .layout_helpers import BODY, PARAGRAPHS, TITLE, article_of, kind, texts

STANDFIRST = "Crews say the work is overdue and will cost the port three weeks of trade."


@pytest.mark.parametrize("signature", ["HBRWX", "hbrnews", "Harbour Gazette"])
@pytest.mark.parametrize("sign", ["-", "–", "|"])
def test_a_title_signed_with_an_unknown_site_is_a_copy(signature: str, sign: str) -> None:
    article = article_of(f"{TITLE}\n\n{TITLE}\n\n{TITLE} {sign} {signature}\n\n{BODY}")
    assert article.headline.text == TITLE
    assert article.summary is None and texts(article) == PARAGRAPHS


def test_a_standfirst_printed_again_over_the_body_stays_a_paragraph() -> None:
    article = article_of(f"Share this\n\n{TITLE}\n\n{STANDFIRST}\n\n{STANDFIRST}\n\n{BODY}")
    assert article.summary.text == STANDFIRST and texts(article) == [STANDFIRST, *PARAGRAPHS]


def test_a_paragraph_repeated_in_the_body_stays() -> None:
    article = article_of(f"Share this\n\n{TITLE}\n\n{BODY}\n{PARAGRAPHS[0]}\n")
    assert texts(article) == [*PARAGRAPHS, PARAGRAPHS[0]]


def test_a_publisher_label_without_a_name_is_chrome() -> None:
    assert kind("Published by") is LineKind.CHROME
