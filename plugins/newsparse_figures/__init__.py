"""The figures extractor: every number an article states, with its value, kind, currency, unit, range and qualifier.

Figures are read from the summary and body paragraphs (not the headline or related
links).  The rules are in :mod:`newsparse_figures.finder`, with money in ``money``,
ranges and changes in ``ranges``, dates in ``dates``, counted nouns in ``units`` and
numbers in words in ``numbers``; the word lists and tables they read are in
:mod:`newsparse_figures.tables`, declared in :mod:`newsparse_figures.declarations`, so
other plugins can change them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import attrs
from newsparse import hookimpl
from newsparse.analysis import Analysis
from newsparse.model import Article, Figure
from newsparse.vocabulary import Declaration, Vocabulary

from .finder import FigureFinder
from .patterns import Patterns
from .declarations import DECLARATIONS

__all__ = ["FigureExtractor"]


class FigureExtractor:
    """Adds the figures of an article's summary and paragraphs to it, spans into the parsed text.

    The rules' patterns are compiled on the first call of :meth:`extract` (see :attr:`finder`), not
    when the extractor is made, so a command that reads no article does not pay for them.  The build
    takes no lock of its own: threads that make their first call together may each build them, and one
    set is kept: the same patterns, only built twice.
    """

    name = "figures"

    def __init__(self, vocabulary: Vocabulary):
        self.vocabulary = vocabulary

    @functools.cached_property
    def finder(self) -> FigureFinder:
        """The figure rules, with the patterns they read, built on first use."""
        return FigureFinder(Patterns(self.vocabulary))

    def extract(self, article: Article, text: str, analysis: Analysis | None = None) -> Article:
        """``article`` with its figures, in page order."""
        analysis = analysis or Analysis(article, text)
        passages = analysis.passages
        figures: list[Figure] = []
        currency = None  # of the last money so far, which later cents are counted in
        finder = self.finder
        find = finder.find
        start, end = (passages[0].span.start, passages[-1].span.end) if passages else (0, 0)
        context = functools.cache(lambda: finder.money.currency_context(text[start:end]))  # asked for by money
        for passage, printed in zip(passages, analysis.printed, strict=True):
            found = find(printed, passage.span.start, currency, context)
            if found:
                currency = next((f.currency for f in reversed(found) if f.kind == "money" and f.currency), currency)
                figures.extend(found)
        if not figures and not article.figures:
            return article  # as it was: none found, none to drop
        return attrs.evolve(article, figures=figures)


@hookimpl
def newsparse_vocabularies(register: Callable[[Declaration], None]) -> None:
    for declaration in DECLARATIONS:
        register(declaration)


@hookimpl
def newsparse_extractors(register: Callable[[FigureExtractor], None], vocabulary: Vocabulary) -> None:
    register(FigureExtractor(vocabulary))
