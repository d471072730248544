"""Pages whose articles come one at a time, so memory does not grow with the size of one page.

:func:`newsparse.parse` returns a :class:`~newsparse.Page` holding every article
of the page.  :func:`newsparse.parse_stream` returns a :class:`PageStream`: what
the page says of itself (format, source, period, ...) at once, and its articles
as an iterator, each article split, checked and run through every extractor
when it is asked for.  Where the splitter reads a page lazily (it has a
``split_stream`` method, as the digest splitter does), article N is handed over
before article N + 1 is split; any other splitter's page is split whole first
and only the extraction is done one article at a time.

The contract for exporters: one with ``streaming = True`` is given
:class:`PageStream` objects instead of pages (see
:class:`~newsparse.hooks.protocols.Exporter`).  It may read the page fields
before the articles and must consume each page's ``articles`` once, in order,
before it takes the next page; the fields it may read are those a
:class:`~newsparse.Page` has too, so the same ``export`` also writes pages.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsparse.model import Article, Page, PageMetadata

__all__ = ["PageStream"]


@attrs.define(eq=False)
class PageStream:
    """A page being parsed: its own fields at once, its articles one at a time.

    ``articles`` is an iterator, consumed once: each article comes when it is
    complete (split and extracted) and is kept by nobody but its reader.  The
    other fields are those of :class:`~newsparse.Page`.  :meth:`collect` makes
    the whole page; :meth:`of` the stream of a page already parsed.
    """

    articles: Iterator[Article]
    format: str
    source: str | None = None
    period: str | None = None
    origin: str = "text"
    text: str | None = attrs.field(default=None, repr=False)
    metadata: PageMetadata | None = None

    @classmethod
    def of(cls, page: Page) -> PageStream:
        """The stream of the articles of ``page``, with its fields."""
        fields = {f.name: getattr(page, f.name) for f in attrs.fields(Page) if f.name != "articles"}
        return cls(articles=iter(page.articles), **fields)

    def collect(self) -> Page:
        """The :class:`~newsparse.Page` of this stream, reading every article that is left."""
        fields = {f.name: getattr(self, f.name) for f in attrs.fields(PageStream) if f.name != "articles"}
        return Page(articles=self.articles, **fields)

