"""Helpers shared by the layout tests: the default page chrome, a line's kind, a page's one article and its
paragraphs' texts."""

from __future__ import annotations

from newsparse import Article, parse
from newsparse.page.chrome import LineKind, PageChrome

CHROME = PageChrome.from_vocabulary()


def kind(line: str) -> LineKind:
    """The kind the default chrome gives ``line``."""
    return CHROME.kind(line)[0]


def article_of(text: str) -> Article:
    """The one article of the page ``text``."""
    [article] = parse(text).articles
    return article


def texts(article: Article) -> list[str]:
    """The texts of ``article``'s paragraphs."""
    return [p.text for p in article.paragraphs]
