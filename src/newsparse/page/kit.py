"""The page kit's splitter base: a layout of single-article pages as configuration plus a ``fit``.

A subclass names the layout, says whether it prints a standfirst and scores pages
with ``fit`` over the :class:`~newsparse.page.probe.PageProbe` (in the bands of
:mod:`newsparse.bands`); :meth:`LayoutSplitter.split` reads the page by the rules
of :mod:`newsparse.page.reader`, so chrome removal, dates, related links and
republication notes come with it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence

from newsparse.hooks.vocabulary import Vocabulary
from newsparse.model import Page
from newsparse.page.chrome import CHROME_VOCABULARIES, PageChrome
from newsparse.page.layout import is_standfirst
from newsparse.page.probe import PageLine, PageProbe
from newsparse.page.reader import read_article
from newsparse.page.stories import story_starts

__all__ = ["LayoutSplitter", "chrome_with"]


def chrome_with(vocabulary: Vocabulary | None, *words: Mapping[str, Iterable[str]]) -> PageChrome:
    """The page kit's chrome from ``vocabulary`` (all plugins' word lists; by default the core's) and a
    layout's own ``words`` (entries for the lists of :data:`newsparse.page.chrome.CHROME_VOCABULARIES`), for its
    pages only."""
    base = vocabulary or Vocabulary(CHROME_VOCABULARIES)
    return PageChrome.from_vocabulary(base.changed(*words))


class LayoutSplitter:
    """Reads single-article pages of one layout; subclasses set :attr:`name`, :attr:`description`
    and :meth:`fit`."""

    #: The splitter's name (``--input-format NAME``).
    name: str
    #: One line saying which pages the splitter reads.
    description: str
    #: False for a layout that prints no standfirst: a fragment under the title is a caption.
    prints_standfirst = True

    def __init__(self, chrome: PageChrome | None = None) -> None:
        if chrome is not None:
            self.chrome = chrome

    @functools.cached_property
    def chrome(self) -> PageChrome:
        """The chrome the layout reads its pages with; by default the page kit's, made when first read."""
        return PageChrome.from_vocabulary()

    def lines(self, probe: PageProbe) -> Sequence[PageLine]:
        """The probe's lines with their kinds by this layout's chrome."""
        return probe.lines(self.chrome)

    def fit(self, probe: PageProbe) -> float:
        """How well the page fits the layout, in the bands of :mod:`newsparse.bands`."""
        raise NotImplementedError

    def standfirst(self) -> Callable[[str], bool] | None:
        """Whether the line under the title is the standfirst (it is too above a byline or date line)."""
        return is_standfirst if self.prints_standfirst else None

    def split(self, probe: PageProbe) -> Page:
        """The page's article, read by :func:`newsparse.page.reader.read_article`, or its stories where it prints
        one after another (:func:`newsparse.page.stories.story_starts`)."""
        lines = probe.page_lines(self.chrome)
        bounds = [0, *story_starts(lines), len(lines)]
        parts = (read_article(probe.text, lines[a:b], self.chrome, standfirst=self.standfirst()) for a, b in zip(bounds, bounds[1:]))
        return Page(articles=[article for article in parts if article is not None], format=self.name)
