"""A very long passage keeps its tokens as columns (``CompactTokens``): the same tokens, the same quotes,
and memory that grows by a few dozen bytes a token instead of some 300."""

from __future__ import annotations

import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.hooks.vocabulary import Vocabulary
from newsparse.model import Article, Passage, Span
from newsparse_quotes import QuoteExtractor, segments
from newsparse_quotes.declarations import DECLARATIONS
from newsparse_quotes.marks import find_quotes
from newsparse_quotes.segments import CompactTokens, tokenize_with_columns

EXTRACTOR = QuoteExtractor(Vocabulary(DECLARATIONS))

#: Words, marks, stops, hyphened and prefixed names, numbers and odd cases, with runs of spaces.
PIECES = st.sampled_from(
    ["Ann", "Lee", "said", " ", "   ", "\n", "“", "”", "‘", "’", "'", '"', ".", ",", "al-Zoubi", "vice-president",
     "1,000.5", "İstanbul", "STRASSE", "don’t", "-", "x"]
)
TEXT = st.lists(PIECES, max_size=120).map("".join)

#: Our own text: a few sentences that quote people, printed over and over as one paragraph.
STORY = (
    "The harbour master, Ruth Okafor, said the ferry “will not sail until the storm has passed.” "
    "“We waited all night,” a passenger told reporters. Councillor Tom Reyes called the delay ‘avoidable’. "
    "“It is the worst winter I remember,” he said. According to the port authority, repairs start Monday. "
)


def _both(text: str, monkeypatch) -> tuple[list, CompactTokens]:
    quotes = find_quotes(text)
    monkeypatch.setattr(segments, "COMPACT_CHARS", len(text))  # no passage
    listed, columns = tokenize_with_columns(text, quotes)
    monkeypatch.setattr(segments, "COMPACT_CHARS", -1)  # every passage, the empty one too
    compact, compact_columns = tokenize_with_columns(text, quotes)
    assert isinstance(compact, CompactTokens) and isinstance(listed, list)
    assert tuple(compact_columns) == tuple(columns)
    return listed, compact


@settings(max_examples=150)
@given(TEXT)
def test_compact_tokens_are_the_tokens_of_the_list(text):
    with pytest.MonkeyPatch.context() as monkeypatch:
        listed, compact = _both(text, monkeypatch)
    assert len(compact) == len(listed) and list(compact) == listed
    assert [compact[i] for i in range(len(listed))] == listed
    assert [compact[i] for i in range(-1, -len(listed) - 1, -1)] == listed[::-1]
    assert compact[3:40] == listed[3:40] and compact[-7:] == listed[-7:] and compact[::3] == listed[::3]
    assert [type(field) for token in compact for field in token] == [type(field) for token in listed for field in token]


def test_compact_tokens_read_across_chunks_and_refuse_an_index_out_of_range(monkeypatch):
    text = STORY * 60  # some 4,700 tokens: many chunks, more than are kept
    listed, compact = _both(text, monkeypatch)
    n = len(listed)
    for i in (0, 255, 256, 257, n // 2, 4, n - 300, 300, *range(0, n, 97), n - 1, -1, -256, -n):
        assert compact[i] == listed[i]
    for i in (len(listed), len(listed) + 300, -len(listed) - 1):
        with pytest.raises(IndexError):
            compact[i]


def test_a_long_passage_is_cut_into_pieces_at_spaces_only(monkeypatch):
    text = "x" * 70_000 + "  “a” b" + " word" * 20_000  # a token longer than a piece, then many short ones
    listed, compact = _both(text, monkeypatch)
    assert list(compact) == listed


def _quotes(text: str) -> list:
    article = Article(span=Span(0, len(text)), paragraphs=[Passage(text, Span(0, len(text)))])
    return EXTRACTOR.extract(article, text).quotes


def test_the_quotes_of_compact_tokens_are_those_of_the_list(monkeypatch):
    text = STORY * 8
    listed = _quotes(text)
    monkeypatch.setattr(segments, "COMPACT_CHARS", -1)  # every passage, the empty one too
    assert _quotes(text) == listed
    assert any(q.speaker == "Ruth Okafor" for q in listed) and any(q.kind == "term" for q in listed)


def test_a_passage_over_the_length_is_kept_compact():
    text = STORY * (segments.COMPACT_CHARS // len(STORY) + 1)
    tokens, _columns = tokenize_with_columns(text, find_quotes(text))
    assert isinstance(tokens, CompactTokens)
    assert isinstance(tokenize_with_columns(STORY, find_quotes(STORY))[0], list)


def test_the_tokens_of_quote_soup_hold_under_a_hundred_bytes_each():
    """A paragraph of nothing but marks: its tokens, kept and while they are made, take under 100 bytes
    each (about 300 as a list of tokens), however long the paragraph."""
    text = ("“a ‘b” c’ ”d “ ' \" ’s " * 5_000)[:100_000]
    quotes = find_quotes(text)
    tracemalloc.start()
    try:
        tokens, columns = tokenize_with_columns(text, quotes)
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(tokens, CompactTokens) and len(tokens) > 60_000
    assert kept < 70 * len(tokens) and peak < 100 * len(tokens)
