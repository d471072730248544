"""The quotes extractor: every span in quotation marks, its kind and its speaker.

:mod:`.marks` finds the quotes of a passage, :mod:`.segments` cuts it into words
and sentences.  :mod:`.people` collects the names an article prints, :mod:`.phrases`
reads noun phrases, :mod:`.attribution` holds the ordered table of named
attribution rules (:mod:`.sentence_rules`, :mod:`.discourse_rules`) over the
patterns of :mod:`.speakers`; :mod:`.resolution` resolves a mention to a full
name and :mod:`.gate` checks every candidate; :mod:`.discourse` reads the quotes
in page order and keeps the state the rules read, and :mod:`.kinds` tells direct
quotes from partial ones and terms.  The word lists
live in :mod:`.vocabulary`, declared in :mod:`.declarations`; other plugins may change them.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from newsparse import hookimpl
from newsparse.analysis import Analysis
from newsparse.model import Article
from newsparse.hooks.vocabulary import Declaration, Vocabulary

from .attribution import Attempt, Found, Rule, rule_table
from .discourse import Discourse, credit_echoes, credit_run_ons
from .gate import Gate
from .marks import Marked, find_quotes
from .people import People
from .segments import PassageTokens, Token
from .speakers import Attributor
from .declarations import DECLARATIONS
from .words import Mention, PassageView, Words

__all__ = ["Attempt", "Found", "Mention", "QuoteExtractor", "Rule", "passage_tokens", "quote_marks"]


def quote_marks(analysis: Analysis) -> list[list[Marked]]:
    """The quotes in marks of each passage of ``analysis`` (offsets into ``analysis.printed``), shared by
    every extractor that asks: ``analysis.shared(quote_marks)``."""
    return [find_quotes(chunk) for chunk in analysis.printed]


def passage_tokens(analysis: Analysis) -> PassageTokens:
    """The tokens of each passage of ``analysis`` (offsets into ``analysis.printed``), the quoted ones
    marked, shared by every extractor that asks: ``analysis.shared(passage_tokens)``. A passage is
    tokenized when it is first read."""
    return PassageTokens(analysis.printed, analysis.shared(quote_marks))


class QuoteExtractor:
    """Adds the quotes of an article's summary and paragraphs, with kinds and speakers."""

    name = "quotes"

    def __init__(self, vocabulary: Vocabulary):
        self.words = Words.from_vocabulary(vocabulary)
        # a title before a name ends no sentence either (``Engr. Ramon Castillo``)
        self.abbreviations = frozenset(w.lower() for w in vocabulary["abbreviations"]) | self.words.name_titles
        self.term_markers = frozenset(w.lower() for w in vocabulary["term_markers"])
        self.introducers = self.words.speech_verbs | self.words.speech_nouns
        #: The speaker check, its verdicts on phrases kept from article to article.
        self.gate = Gate(self.words)
        #: The attribution rules in the order they are tried, with those plugins add.
        self.rules = rule_table(vocabulary["attribution_rules"])

    def extract(self, article: Article, text: str, analysis: Analysis | None = None) -> Article:
        """``article`` with its quotes found; ``text`` is the text its spans point into."""
        analysis = analysis or Analysis(article, text)
        passages, chunks = analysis.passages, analysis.printed
        found = analysis.shared(quote_marks)
        quoted = [index for index, marked in enumerate(found) if marked]
        if not quoted:
            return article
        introducing = {index - 1 for index in quoted}
        tokens = analysis.shared(passage_tokens)
        reach = quoted[-1] + 2  # the passage after the last quote may still name its speaker; none after it
        views = [  # a passage is read for cues if it holds a quote or comes before one ("He told reporters:")
            PassageView.of(
                chunk, passage.span.start, tokens[index], self.words, index in introducing or bool(marked),
                tokens.columns(index),
            )
            for index, (passage, chunk, marked) in enumerate(zip(passages[:reach], chunks, found, strict=False))
        ]
        people = People(self.words)
        people.collect(views)  # every name up to the passage after the last quote
        discourse = Discourse(
            Attributor(self.words, people, self.gate),
            self.rules,
            self.abbreviations,
            self.introducers,
            self.term_markers,
            singles_are_terms=any(not q.single and not q.nested for marked in found for q in marked),
        )
        for index in range(quoted[-1] + 1):  # the text after the last quote credits nothing
            discourse.read(index, views[index], found[index], last=index == quoted[-1])
        if quoted[-1] + 1 < len(views):  # but may name the speaker of a quote paragraph standing alone
            discourse.point_back(quoted[-1] + 1, views[quoted[-1] + 1])
        quotes = credit_echoes(credit_run_ons(discourse.entries), None if article.summary is None else article.summary.span)
        quotes.sort(key=lambda quote: quote.span.start)
        return attrs.evolve(article, quotes=quotes)


@hookimpl
def newsparse_vocabularies(register: Callable[[Declaration], None]) -> None:
    for declaration in DECLARATIONS:
        register(declaration)


@hookimpl
def newsparse_extractors(register: Callable[[QuoteExtractor], None], vocabulary: Vocabulary) -> None:
    register(QuoteExtractor(vocabulary))
