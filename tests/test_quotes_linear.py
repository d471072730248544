"""The quote stage reads a bounded number of tokens per quote, however long the sentence or the passage: a page of
quote-mark soup or with no full stop costs time in proportion to its length.  Measured by counting the tokens the
rules read (no clock), on passages kept as columns so that every read goes through one method."""

from __future__ import annotations

import pytest

from newsparse.hooks.vocabulary import Vocabulary
from newsparse.model import Article, Passage, Span
from newsparse_quotes import QuoteExtractor, segments
from newsparse_quotes.declarations import DECLARATIONS
from newsparse_quotes.segments import CompactTokens, tokenize
from newsparse_quotes.marks import find_quotes
from newsparse_quotes.words import Words, PassageView

EXTRACTOR = QuoteExtractor(Vocabulary(DECLARATIONS))
WORDS = Words.from_vocabulary(Vocabulary(DECLARATIONS))

#: Marks, apostrophes and letters with no full stop: one sentence of thousands of quotes.
SOUP = "“a ‘b” c’ ”d “ ' \" ’s "
#: Run-on sentences that quote over and over with no full stop, no speech verb, or one subject far back.
RUN_ONS = ["the pier was “closed” and the road “shut”, ", "Ann Lee warned of “risks” and “costs” and "]
#: Quotes opened and never closed, each a sentence: every quote runs on to the passage's end.
UNCLOSED = "“He said the harbour master Ivan Roe told them. "


def _reads(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """The tokens the quote stage reads in ``text`` (one passage, kept as columns): one for each token read by
    index, as many as a slice holds; not the reads of the columns' own chunks, made as the rules read."""
    reads = depth = 0
    read = CompactTokens.__getitem__

    def counted(self, index):
        nonlocal reads, depth
        depth += 1
        try:
            got = read(self, index)
        finally:
            depth -= 1
        if not depth:
            reads += len(got) if isinstance(index, slice) else 1
        return got

    monkeypatch.setattr(segments, "COMPACT_CHARS", -1)
    monkeypatch.setattr(CompactTokens, "__getitem__", counted)
    article = Article(Span(0, len(text)), paragraphs=[Passage(text, Span(0, len(text)))])
    EXTRACTOR.extract(article, text)
    return reads


@pytest.mark.parametrize("unit", [SOUP, *RUN_ONS, UNCLOSED], ids=["quote soup", "no speech verb", "one subject", "unclosed"])
def test_the_tokens_read_grow_with_the_text_not_its_square(unit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    once, twice = (_reads(unit * n, monkeypatch) for n in (300, 600))
    assert 1.8 * once < twice < 2.2 * once


def _view(text: str) -> PassageView:
    tokens = tokenize(text, find_quotes(text))
    return PassageView.of(text, 0, tokens, WORDS, True)


@pytest.mark.parametrize(
    ("text", "unquoted"),
    [
        ("“We wait.” “No setback yet.” – Eddie Howe", 11),
        ("The coach said “we wait”.", 0),
        ("“Nothing but a quote.”", 7),
        ("", 0),
    ],
)
def test_a_view_knows_where_its_words_outside_quotes_start(text: str, unquoted: int) -> None:
    view = _view(text)
    assert view.unquoted == unquoted
    assert all(t.quoted or t.mark for t in view.tokens[:unquoted])
    assert unquoted == len(view.tokens) or not (view.tokens[unquoted].quoted or view.tokens[unquoted].mark)


def test_a_credit_line_after_quotes_alone_still_credits_them() -> None:
    text = "“We wait.” “No setback yet.” – Newcastle manager Eddie Howe"
    article = Article(Span(0, len(text)), paragraphs=[Passage(text, Span(0, len(text)))])
    quotes = EXTRACTOR.extract(article, text).quotes
    assert [q.speaker for q in quotes] == ["Eddie Howe", "Eddie Howe"]


def test_echoes_read_a_bounded_number_of_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fragments no rule credits, among many credited quotes of one speaker holding their words, are each checked
    against at most 64 sources (:func:`newsparse_quotes.discourse._one_speakers_source`), not against every one."""
    from newsparse_quotes import discourse

    calls = 0
    apart = discourse._apart

    def counted(source, quote):
        nonlocal calls
        calls += 1
        return apart(source, quote)

    monkeypatch.setattr(discourse, "_apart", counted)

    def checks(n: int) -> int:
        nonlocal calls
        calls = 0
        paragraphs = ["“It was cold and late,” Ann Lee said.", "The ferry left at dawn.", "The “cold and late” shift ended."]
        text = "\n\n".join(paragraphs * n)
        passages, offset = [], 0
        for chunk in text.split("\n\n"):
            passages.append(Passage(chunk, Span(offset, offset + len(chunk))))
            offset += len(chunk) + 2
        EXTRACTOR.extract(Article(Span(0, len(text)), paragraphs=passages), text)
        return calls

    assert checks(30) > 0  # a few sources are each read
    assert checks(400) <= 64 * 400
