"""Properties of quote finding that hold on any text (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.model import Article, Passage, Span
from newsparse.hooks.vocabulary import Vocabulary
from newsparse_quotes import QuoteExtractor
from newsparse_quotes.declarations import DECLARATIONS
from newsparse_quotes.marks import DOUBLE_MARKS, SINGLE_MARKS, find_quotes

MARK_SOUP = st.text(alphabet=DOUBLE_MARKS + SINGLE_MARKS + "ab A.,:\n", max_size=200)
EXTRACTOR = QuoteExtractor(Vocabulary(DECLARATIONS))


@given(MARK_SOUP)
def test_every_span_lies_between_marks(text):
    for quote in find_quotes(text):
        assert 0 <= quote.open_at < quote.start < quote.end <= len(text)
        assert text[quote.open_at] in DOUBLE_MARKS + SINGLE_MARKS
        if quote.close_at is not None:
            assert quote.end <= quote.close_at
            assert text[quote.close_at] in DOUBLE_MARKS + SINGLE_MARKS
        assert text[quote.start : quote.end].strip() == text[quote.start : quote.end]


@settings(max_examples=200)
@given(MARK_SOUP)
def test_no_crash_on_mark_soup(text):
    article = Article(span=Span(0, len(text)), paragraphs=[Passage(text, Span(0, len(text)))])
    for quote in EXTRACTOR.extract(article, text).quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
        assert quote.speaker is None or quote.kind != "term"


@given(st.lists(st.text(alphabet="abc xyz", min_size=1, max_size=20).map(str.strip).filter(bool), max_size=5))
def test_plainly_quoted_words_are_found(words):
    text = " and ".join(f"“{w}”" for w in words)
    assert [text[q.start : q.end] for q in find_quotes(text)] == words
