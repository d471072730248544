"""The figures extractor: every number an article states, with its value, kind, currency, unit, range and qualifier.

Figures are read from the summary and body paragraphs (not the headline or related
links).  The rules are in :mod:`newsparse_figures.finder`, with money in ``money``,
ranges and changes in ``ranges``, dates in ``dates``, counted nouns in ``units`` and
numbers in words in ``numbers``; the word lists and tables they read are in
:mod:`newsparse_figures.tables` and are contributed to the shared vocabulary, so other
plugins can extend them.
"""

from __future__ import annotations

import functools
from collections.abc import Collection

import attrs
from newsparse import hookimpl
from newsparse.model import Article, Figure
from newsparse.vocabulary import Vocabulary

from .finder import FigureFinder
from .patterns import NumberHints, Patterns
from .tables import VOCABULARY

__all__ = ["FigureExtractor"]


class FigureExtractor:
    """Adds the figures of an article's summary and paragraphs to it, spans into the parsed text.

    The patterns are built when first needed, not with the extractor, so a run that reads no number
    does not pay for them: :attr:`hints` on the first call of :meth:`extract`, :attr:`finder` (all the
    rules' patterns) on the first passage where a number may start.  The build takes no lock: threads
    that call :meth:`extract` for the first time together may each build them, and one is kept.
    """

    name = "figures"

    def __init__(self, vocabulary: Vocabulary):
        self.vocabulary = vocabulary

    @functools.cached_property
    def hints(self) -> NumberHints:
        """Where numbers may start, to skip the passages with none."""
        return NumberHints(self.vocabulary)

    @functools.cached_property
    def finder(self) -> FigureFinder:
        """The figure rules, with every pattern they read."""
        return FigureFinder(Patterns(self.vocabulary, self.hints))

    def extract(self, article: Article, text: str) -> Article:
        """``article`` with its figures, in page order."""
        passages = [article.summary] if article.summary is not None else []
        passages.extend(article.paragraphs)
        texts = [text[passage.span.start : passage.span.end] for passage in passages]
        figures: list[Figure] = []
        currency = None  # of the last money so far, which later cents are counted in
        for index, *starts in self.hints.number_starts(texts):
            found = self.finder.find(texts[index], passages[index].span.start, currency, (starts[0], starts[1]))
            if found:
                currency = next((f.currency for f in reversed(found) if f.kind == "money" and f.currency), currency)
                figures.extend(found)
        if not figures and not article.figures:
            return article  # nothing to change
        return attrs.evolve(article, figures=figures)


@hookimpl
def newsparse_vocabulary() -> dict[str, Collection[str]]:
    return VOCABULARY


@hookimpl
def newsparse_extractors(vocabulary: Vocabulary) -> list[FigureExtractor]:
    return [FigureExtractor(vocabulary)]
