"""The ``article`` splitter: a page that holds one news article, from any outlet.

Labels and kickers above the title, the title line, the standfirst line under it
where the page prints one, bylines and date lines, then the body (its dateline,
``WASHINGTON (AP) —``, kept at the start of paragraph 1), with single newlines or
blank lines between paragraphs.  Site chrome, copies of the title and image
captions belong to no article.  The rules are those of :mod:`newsparse.layout`;
:mod:`newsparse_article.outlet` configures the layout for one outlet's pages.
"""

from __future__ import annotations

from collections.abc import Callable

from newsparse import hookimpl
from newsparse.chrome import PageChrome
from newsparse.layout import page_lines, probe_lines, read_article
from newsparse.model import Page
from newsparse.vocabulary import Vocabulary

from .fit import article_fit
from .outlet import Outlet, OutletSplitter

__all__ = ["ArticleSplitter", "Outlet", "OutletSplitter", "article_fit"]


class ArticleSplitter:
    """Reads a single-article page into one article."""

    name = "article"
    description = "one news article per page: labels, title, standfirst, byline and date lines, body"

    def __init__(self, chrome: PageChrome | None = None) -> None:
        self.chrome = chrome or PageChrome.from_vocabulary()

    def fit(self, text: str) -> float:
        return article_fit(probe_lines(text, self.chrome))

    def split(self, text: str) -> Page:
        article = read_article(text, page_lines(text, self.chrome), self.chrome)
        return Page(articles=[] if article is None else [article], format=self.name)


@hookimpl
def newsparse_splitters(register: Callable[[ArticleSplitter], None], vocabulary: Vocabulary) -> None:
    register(ArticleSplitter(PageChrome.from_vocabulary(vocabulary)))
