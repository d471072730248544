"""The ``article`` splitter: a page that holds one news article, from any outlet.

Labels and kickers above the title, the title line, the standfirst line under it
where the page prints one, bylines and date lines, then the body (its dateline,
``WASHINGTON (AP) —``, kept at the start of paragraph 1), with single newlines or
blank lines between paragraphs.  Site chrome, copies of the title and image
captions belong to no article.  The rules are those of :mod:`newsparse.page.layout`;
:mod:`newsparse_article.outlet` configures the layout for one outlet's pages.
"""

from __future__ import annotations

from collections.abc import Callable

from newsparse import hookimpl
from newsparse.page.chrome import PageChrome
from newsparse.page.kit import LayoutSplitter
from newsparse.page.probe import PageProbe
from newsparse.hooks.vocabulary import Vocabulary

from .fit import article_fit
from .outlet import Outlet, OutletSplitter

__all__ = ["ArticleSplitter", "Outlet", "OutletSplitter", "article_fit"]


class ArticleSplitter(LayoutSplitter):
    """Reads a single-article page into one article."""

    name = "article"
    description = "one news article per page: labels, title, standfirst, byline and date lines, body"

    def fit(self, probe: PageProbe) -> float:
        # every line is given its kind by detection anyway (the blog splitter's fit reads them all): read as a tuple,
        # the title's search indexes them faster than lines kinded on first look
        return article_fit(tuple(self.lines(probe)))


@hookimpl
def newsparse_splitters(register: Callable[[ArticleSplitter], None], vocabulary: Vocabulary) -> None:
    register(ArticleSplitter(PageChrome.from_vocabulary(vocabulary)))
