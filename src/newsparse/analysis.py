"""The analysis of one article that all extractors share, each part computed on first use.

The pipeline makes one :class:`Analysis` per article and hands it to every
extractor whose ``extract`` takes an ``analysis`` parameter (see
:class:`newsparse.hooks.protocols.Extractor`).  Its parts are read from the article as
the splitter gave it and the text its spans point into:

- :attr:`Analysis.passages`: the summary and body paragraphs, the passages the
  built-in extractors read, in page order;
- :attr:`Analysis.printed`: each of those passages as printed, white space and
  all, so offsets into it plus the passage's start are offsets into the text;
- :meth:`Analysis.shared`: anything else an extractor derives from the article
  (the quote marks of each passage, its tokens, the names it mentions), built
  by the first extractor that asks and kept for the others.  The quotes plugin
  shares its quote marks and tokens this way (``newsparse_quotes.quote_marks``,
  ``newsparse_quotes.passage_tokens``).

>>> from newsparse.analysis import Analysis
>>> page = newsparse.parse("Month: May 2024\\n\\nTroops have advanced on two fronts, the ministry has said\\n")
>>> analysis = Analysis(page[0], page.text)
>>> analysis.printed
('Troops have advanced on two fronts, the ministry has said',)
>>> analysis.shared(lambda a: len(a.passages))
1
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from newsparse.model import Article, Passage

__all__ = ["Analysis"]

_Part = TypeVar("_Part")


class Analysis:
    """The shared, lazily built analysis of ``article``, whose spans point into ``text``.

    Not safe to share between threads; the pipeline makes one per article.
    """

    def __init__(self, article: Article, text: str):
        self.article = article
        self.text = text
        self._shared: dict[Hashable, Any] = {}
        self._passages: tuple[Passage, ...] | None = None
        self._printed: tuple[str, ...] | None = None

    # Plain properties that keep their value: functools.cached_property takes a lock on every first read.
    @property
    def passages(self) -> tuple[Passage, ...]:
        """The summary (when there is one) and the body paragraphs, in page order."""
        if self._passages is None:
            summary = () if self.article.summary is None else (self.article.summary,)
            self._passages = summary + self.article.paragraphs
        return self._passages

    @property
    def printed(self) -> tuple[str, ...]:
        """Each of :attr:`passages` as printed in the text (``text[span.start:span.end]``)."""
        if self._printed is None:
            text = self.text
            self._printed = tuple(text[p.span.start : p.span.end] for p in self.passages)
        return self._printed

    def shared(self, build: Callable[[Analysis], _Part]) -> _Part:
        """``build(self)``, computed on the first call with this ``build`` and kept for every later one.

        ``build`` is the key: extractors that pass the same function (a module-level
        one, imported from the plugin that defines it) share one result per article.
        """
        try:
            return self._shared[build]  # type: ignore[no-any-return]  # stored by build itself below
        except KeyError:
            part = self._shared[build] = build(self)
            return part
