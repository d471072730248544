"""The core helpers: spans, passages, lines, line recognisers, vocabularies, the data model."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import Article, Figure, Passage, Quote, RelatedLink, Span, Vocabulary
from newsparse.page.furniture import read_more_link, republished_from, split_attribution
from newsparse.page.lines import ends_sentence, leads_on
from newsparse.page.text import collapse, iter_lines, passage


def test_span_rejects_end_before_start():
    with pytest.raises(ValueError, match="before its start"):
        Span(5, 3)
    assert len(Span(2, 7)) == 5
    assert Span(2, 7).shift(10) == Span(12, 17)


def test_iter_lines_keeps_offsets_for_every_line_ending():
    text = "one\r\ntwo\nthree\rfour"
    lines = list(iter_lines(text))
    assert [line.text for line in lines] == ["one", "two", "three", "four"]
    assert [text[line.start : line.end] for line in lines] == ["one", "two", "three", "four"]
    assert [line.number for line in lines] == [0, 1, 2, 3]


def test_passage_trims_span_and_collapses_text():
    text = "x\n\u00a0 Hello\u00a0  world \ufeff\ny"
    p = passage(text, 2, len(text) - 2)
    assert p.text == "Hello world"
    assert text[p.span.start : p.span.end] == "Hello\u00a0  world"
    assert collapse("\ufeff a \t b ") == "a b"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The talks ended.", True),
        ("Is this the end?", True),
        ("He called it “a disgrace.”", True),
        ("The minister has said", False),
        ("Critics call the plan “reckless”", False),
    ],
)
def test_ends_sentence(line, expected):
    assert ends_sentence(line) is expected


def test_line_recognisers():
    assert read_more_link("READ MORE: Markets fall again – Bloomberg") == "Markets fall again – Bloomberg"
    assert read_more_link("Read more") is None
    assert split_attribution("Markets fall again – Bloomberg") == "Bloomberg"
    assert split_attribution("Markets fall again - Foreign minister") == "Foreign minister"
    assert split_attribution("Why prices rise: an explainer") is None
    assert split_attribution("A – B – this tail has far too many words to be a credit") is None
    assert republished_from("This article was originally published by the Daily Planet on Monday.") == "Daily Planet"
    assert republished_from("This story was first published in El País, and translated.") == "El País"
    assert republished_from("The article was published in a journal.") is None


def _sample_article() -> Article:
    return Article(
        span=Span(0, 100),
        headline=Passage("Title", Span(0, 5)),
        summary=Passage("Summary line", Span(6, 18)),
        paragraphs=[Passage("Body one.", Span(19, 28))],
        published=dt.date(2025, 11, 18),
        related=[RelatedLink("Other story – AP", Span(30, 50), "FILE PHOTO.", "AP")],
        republished_from="Daily Planet",
        quotes=[Quote("We will win", Span(60, 71), "direct", "Jane Doe", "she", Span(80, 83))],
        figures=[Figure("€5.1 billion", Span(85, 97), 5.1e9, "money", currency="EUR", approx="over")],
        source="page.txt",
    )


def test_to_dict_gives_the_evaluation_fields_and_round_trips():
    article = _sample_article()
    data = article.to_dict()
    assert data["headline"] == "Title"
    assert data["summary"] == "Summary line"
    assert data["published"] == "2025-11-18"
    assert data["paragraphs"] == ["Body one."]
    assert data["figures"][0]["value"] == 5100000000 and isinstance(data["figures"][0]["value"], int)
    assert data["quotes"][0]["speaker"] == "Jane Doe"
    assert Article.from_dict(data) == article


def test_quote_and_figure_kinds_are_checked():
    with pytest.raises(ValueError):
        Quote("x", Span(0, 1), kind="shout")
    with pytest.raises(ValueError):
        Figure("1", Span(0, 1), 1, kind="weight")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The minister told reporters:", True),
        ("— Jane Doe (@jdoe) May 3, 2024", True),
        ("Talks will resume next week, officials said", False),
        ("Prices rose – again.", False),
    ],
)
def test_leads_on(line, expected):
    assert leads_on(line) is expected
