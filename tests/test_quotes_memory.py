"""The quote stage leaves no reference cycles: an article's people, entities and rules are freed by
reference counting as soon as it is read, so parsing many pages never waits on the garbage collector."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from newsparse.hooks.vocabulary import Vocabulary
from newsparse.model import Article, Span
from newsparse.page.text import passage
from newsparse_quotes import QuoteExtractor
from newsparse_quotes.declarations import DECLARATIONS
from newsparse_quotes.people import People
from newsparse_quotes import words
from newsparse_quotes.words import Words, bare

WORDS = Words.from_vocabulary(Vocabulary(DECLARATIONS))


@pytest.fixture
def collector_off() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def article_of(*paragraphs: str) -> tuple[Article, str]:
    text = "\n\n".join(paragraphs)
    passages, offset = [], 0
    for chunk in paragraphs:
        passages.append(passage(text, offset, offset + len(chunk)))
        offset += len(chunk) + 2
    return Article(span=Span(0, len(text)), paragraphs=passages), text


def test_people_are_freed_without_the_collector(collector_off: None) -> None:
    people = People(WORDS)
    alive = weakref.ref(people)
    del people
    assert alive() is None


def test_reading_an_article_leaves_no_garbage_cycles(collector_off: None) -> None:
    extractor = QuoteExtractor(Vocabulary(DECLARATIONS))
    article, text = article_of(
        "Harbour engineer Tomas Vidal said the pier “will not last another winter.”",
        "“We patched it twice,” Vidal told the council, which had asked for a survey.",
        "The port authority, a public body, said it “shares the concern.” He nodded.",
    )
    quotes = extractor.extract(article, text).quotes
    assert [q.speaker for q in quotes if q.speaker] == ["Tomas Vidal", "Tomas Vidal", "The port authority"]
    assert gc.collect() == 0


def test_a_bare_word_is_the_word_in_lower_case_without_its_possessive_ending() -> None:
    assert [bare(w) for w in ("Ann’s", "LEE'S", "Minister", "Ann’s", "boss")] == ["ann", "lee", "minister", "ann", "boss"]


def test_the_bare_words_kept_never_outgrow_their_bound() -> None:
    kept = bare.__self__  # type: ignore[attr-defined]
    for n in range(words._BARE_WORDS + 10):
        assert bare(f"Word{n}’s") == f"word{n}"
    assert 0 < len(kept) <= words._BARE_WORDS

