"""Photo credits and controls around a story's top, on lines written for these rules: a caption over its credit
printed with no label (``Jane Doe/Harbour Courier``, ``(Jane Doe / Harbour Courier)``, ``Courtesy of X``) is no
paragraph, however many share buttons and comment counts stand between the date line and it; a caption closed
by its source after a dash (``… on Saturday. — AFP``) is no standfirst; a text-size control, a writer's follow
button, a standards link and a survey prompt are chrome."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind

from .layout_helpers import article_of, kind, texts

_TITLE = "Harbour board approves dredging of the eastern channel before winter"
_TOP = [_TITLE, "By Ann Lee", "March 4, 2025", "12 Comments", "Share on Facebook", "Email", ""]
_BODY = [
    "The harbour board voted on Thursday to dredge the eastern channel before the winter storms.", "",
    "Fishing crews had asked for the work for three years, the board's chair said.", "",
    "The work will start in October and take six weeks.", "",
]
_PARAGRAPHS = [line for line in _BODY if line]
_CAPTION = "Board members inspect the eastern channel from a pilot boat on Tuesday."


@pytest.mark.parametrize(
    "credit", ["Ann Lee/Harbour Courier", "(Tom Ruiz / Harbour Courier)", "Courtesy of the Harbour Board", "Courtesy Tom Ruiz"]
)
def test_a_caption_over_an_unlabelled_credit_is_no_paragraph(credit: str) -> None:
    article = article_of("\n".join([*_TOP, _CAPTION, credit, "", *_BODY]))
    assert article.headline.text == _TITLE
    assert texts(article) == _PARAGRAPHS


def test_a_paragraph_over_a_slashed_pair_that_is_no_credit_stays() -> None:
    body = [*_BODY[:2], "Either / Or", "", *_BODY[2:]]
    assert _BODY[2] in texts(article_of("\n".join([*_TOP, *body])))


def test_a_caption_closed_by_its_source_after_a_dash_is_no_standfirst() -> None:
    caption = "Crews watch the dredger from the quay at dawn on Saturday. — AFP"
    article = article_of("\n".join([_TITLE, "Harbour Wire | AFP", "Published March 4, 2025", caption, "", *_BODY]))
    assert article.summary is None
    assert texts(article) == _PARAGRAPHS


def test_a_standfirst_with_a_dash_inside_stays_the_standfirst() -> None:
    standfirst = "The work — long promised to fishing crews — will start in October."
    article = article_of("\n".join([_TITLE, standfirst, "By Ann Lee", "March 4, 2025", "", *_BODY]))
    assert article.summary is not None and article.summary.text == standfirst


@pytest.mark.parametrize(
    "line",
    ["AA", "A- A+", "+ FOLLOW", "Follow", "Why you can trust the Harbour Courier",
     "Share your feedback to help improve our site experience!"],
)
def test_page_controls_are_chrome(line: str) -> None:
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["Follow the money, the auditor told the board.", "Courtesy calls on the minister resumed."])
def test_sentences_opening_like_controls_stay_text(line: str) -> None:
    assert kind(line) is LineKind.TEXT
