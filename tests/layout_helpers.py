"""Helpers shared by the layout tests: the default page chrome, a line's kind, a page made of lines, a page's one
article and its paragraphs' texts."""

from __future__ import annotations

from newsparse import Article, parse
from newsparse.page.chrome import LineKind, PageChrome

CHROME = PageChrome.from_vocabulary()

#: A title and a body of three paragraphs (blank lines between them) that layout tests set under chrome.
TITLE = "Harbour board votes to dredge eastern channel"
BODY = (
    "The harbour board voted on Thursday to dredge the eastern channel before the winter storms.\n\n"
    "Fishing crews had asked for the work for three years, the board's chair said.\n\n"
    "The work will start in October and take six weeks.\n"
)
#: The texts of :data:`BODY`'s paragraphs.
PARAGRAPHS = [p.strip() for p in BODY.split("\n\n") if p.strip()]


def kind(line: str) -> LineKind:
    """The kind the default chrome gives ``line``."""
    return CHROME.kind(line)[0]


def page_of(*lines: str) -> str:
    """A page of ``lines``, a blank line between each two."""
    return "\n\n".join(lines) + "\n"


def article_of(text: str) -> Article:
    """The one article of the page ``text``."""
    [article] = parse(text).articles
    return article


def texts(article: Article) -> list[str]:
    """The texts of ``article``'s paragraphs."""
    return [p.text for p in article.paragraphs]


def under_title_is_dropped(line: str) -> bool:
    """A page of :data:`TITLE`, ``line`` and :data:`BODY` reads with no standfirst and only the body's paragraphs: the
    line under the title is chrome, a byline or a caption."""
    article = article_of(page_of(TITLE, line, BODY))
    return article.summary is None and texts(article) == PARAGRAPHS
