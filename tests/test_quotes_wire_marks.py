"""Two straight apostrophes are one double mark, as wire copy closes quotes (``"Yes,'' he said``)."""

from __future__ import annotations

from newsparse_quotes.marks import find_quotes

from .test_quotes import extract


def test_two_apostrophes_close_a_double_quote_and_credit_its_speaker() -> None:
    quotes = extract(
        "\"The numbers look fine in every respect except one,'' said Duncan Stewart, president of Stewart Asset"
        " Management. \"Every other metric is better.''"
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("The numbers look fine in every respect except one,", "Duncan Stewart"),
        ("Every other metric is better.", "Duncan Stewart"),
    ]


def test_two_apostrophes_open_a_quote_too() -> None:
    text = "''We need rain,'' she said."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["We need rain,"]


def test_a_possessive_apostrophe_before_a_pair_stays_an_apostrophe() -> None:
    text = "He said the players' ''form'' was poor."
    assert [(text[q.start : q.end], q.single) for q in find_quotes(text)] == [("form", False)]


def test_one_apostrophe_is_still_a_single_mark() -> None:
    text = "He called it 'a farce' on Monday."
    assert [(text[q.start : q.end], q.single) for q in find_quotes(text)] == [("a farce", True)]
