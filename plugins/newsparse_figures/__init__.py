"""The figures extractor: every number an article states, with its value, kind, currency, unit, range and qualifier.

Figures are read from the summary and body paragraphs (not the headline or related
links).  :mod:`newsparse_figures.finder` reads each number and walks the three ordered
tables of named steps in :mod:`newsparse_figures.steps` (is this a figure, its currency,
its unit), whose steps live with their concern: numbers that are no figures in
``exclusions`` and ``dates``, money in ``money``, what follows a number in ``suffixes``,
qualifiers and ages in ``qualifiers``, counted nouns in ``units``, ranges and changes in
``ranges``, numbers in words in ``numbers``; the word lists and tables they read are in
:mod:`newsparse_figures.tables`, declared in :mod:`newsparse_figures.declarations`, so
other plugins can change them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import attrs
from newsparse import hookimpl
from newsparse.analysis import Analysis
from newsparse.model import Article, Figure, Span
from newsparse.hooks.vocabulary import Declaration, Vocabulary

from .finder import FigureFinder
from .money import page_foot, page_head
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
        title = article.headline.span if article.headline is not None else None
        named = _ArticleCurrencies(finder, text, start, end, title).named  # asked for by money
        for passage, printed in zip(passages, analysis.printed, strict=True):
            found = find(printed, passage.span.start, currency, named)
            if found:
                for figure in reversed(found):
                    if figure.kind == "money" and figure.currency:
                        currency = figure.currency
                        break
                figures.extend(found)
        if not figures and not article.figures:
            return article  # as it was: none found, none to drop
        return attrs.evolve(article, figures=figures)


class _ArticleCurrencies:
    """The currencies an article names, read from its text only when an amount of money asks for them."""

    __slots__ = ("_finder", "_text", "_start", "_end", "_title", "_named")

    def __init__(self, finder: FigureFinder, text: str, start: int, end: int, title: Span | None = None):
        self._finder, self._text, self._start, self._end, self._title = finder, text, start, end, title
        self._named: dict[frozenset[str] | None, frozenset[str]] = {}  # by what was asked

    def named(self, among: frozenset[str] | None = None) -> frozenset[str]:
        """The currencies (:meth:`MoneyRules.currency_context`; of ``among`` only, where given), read on the first call."""
        found = self._named.get(among)
        if found is None:
            every = self._named.get(None)
            if every is not None and among is not None:
                found = every & among
            else:
                head = self._head
                found = self._finder.money.currency_context(self._text[self._start : self._end], among, head)
            self._named[among] = found
        return found

    def _head(self) -> str:
        """The page's head lines, the article's headline and the page's footer: where the body names no place, the
        places they name decide (a masthead's ``The Suva Courier``; ``Why are carers in Australia paid less?``)."""
        title = "" if self._title is None else self._text[self._title.start : self._title.end]
        return f"{page_head(self._text)}\n{title}\n{page_foot(self._text)}"


@hookimpl
def newsparse_vocabularies(register: Callable[[Declaration], None]) -> None:
    for declaration in DECLARATIONS:
        register(declaration)


@hookimpl
def newsparse_extractors(register: Callable[[FigureExtractor], None], vocabulary: Vocabulary) -> None:
    register(FigureExtractor(vocabulary))
