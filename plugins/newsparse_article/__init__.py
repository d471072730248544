"""The ``article`` splitter: a page that holds one article.

A title line, the standfirst line under it where the page prints one, then the
body, with single newlines or blank lines between paragraphs.  Bylines and date
lines give the date; site chrome, copies of the title and image captions belong
to no article.  The rules are those of :mod:`newsparse.layout`.
"""

from __future__ import annotations

from newsparse import hookimpl
from newsparse.chrome import LineKind, PageChrome
from newsparse.layout import is_standfirst, is_title, is_title_case, next_content, page_lines, probe_lines, read_article
from newsparse.model import Page

__all__ = ["ArticleSplitter"]

#: Fit of a title followed by a standfirst, a byline or a copy of the title.
FIT_WITH_LEAD = 0.8
#: Fit of a title-case title followed directly by the body.
FIT_TITLE_CASE = 0.6
#: Fit of any other title followed directly by the body: as likely a digest's summary line.
FIT_BARE = 0.3


class ArticleSplitter:
    """Reads a single-article page into one article."""

    name = "article"
    description = "one article per page: a title line, a standfirst line where printed, then the body"

    def __init__(self, chrome: PageChrome | None = None):
        self.chrome = chrome or PageChrome.from_vocabulary()

    def fit(self, text: str) -> float:
        lines = probe_lines(text, self.chrome)
        first = next((i for i, pl in enumerate(lines) if pl.kind is LineKind.TEXT), None)
        if first is None or not is_title(lines[first].clean):
            return 0.0
        title = lines[first].clean
        after = next_content(lines, first)
        if after is None:
            return FIT_BARE
        if (
            after.kind in (LineKind.DATE, LineKind.BYLINE)
            or after.clean.casefold() == title.casefold()
            or is_standfirst(after.clean)
        ):
            return FIT_WITH_LEAD
        return FIT_TITLE_CASE if is_title_case(title) else FIT_BARE

    def split(self, text: str) -> Page:
        article = read_article(text, page_lines(text, self.chrome), self.chrome)
        return Page(articles=[] if article is None else [article], format=self.name)


@hookimpl
def newsparse_splitters(vocabulary):
    return [ArticleSplitter(PageChrome.from_vocabulary(vocabulary))]
