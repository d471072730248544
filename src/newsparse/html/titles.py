"""The headline of an HTML page: the title it prints, without the site name printed beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import frozen

from newsparse.model import PageMetadata
from newsparse.page.text import collapse

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["PrintedTitles", "headline", "page_title", "same_title", "text_of", "MAX_LEAD_BLOCKS", "SITE_SEPARATORS"]

#: The title printed in the main text is looked for among this many blocks from its top.
MAX_LEAD_BLOCKS = 6
#: The separators between a title and the site name printed beside it.
SITE_SEPARATORS = ("|", "-", "–", "—", "::", ":", "·", "•", "»")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


@frozen
class PrintedTitles:
    """What a page prints as titles: its ``<title>``, the texts of its headings (``<h1>`` to
    ``<h6>``) and of its ``<h1>`` elements, in page order."""

    title: str | None
    headings: tuple[str, ...]
    h1: tuple[str, ...]

    @classmethod
    def of(cls, tree: HtmlElement) -> PrintedTitles:
        """The titles of the page ``tree``, read before trafilatura prunes it."""
        element = tree.find(".//head//title")
        title = None if element is None else text_of(element.text_content())
        return cls(title, _texts(tree, *_HEADINGS), _texts(tree, "h1"))


def headline(printed: PrintedTitles, metadata: PageMetadata, blocks: list[str]) -> str | None:
    """The title the page prints, without the site name printed beside it.

    That is the metadata title or the ``<title>`` where a heading or one of the first
    :data:`MAX_LEAD_BLOCKS` ``blocks`` of the main text prints it, else the page's only ``<h1>``.
    None where the page prints no title, or where its title only names the site.
    """
    texts = [*printed.headings, *blocks[:MAX_LEAD_BLOCKS]]
    candidates = [title for title in (metadata.title, printed.title) if title is not None]
    for candidate in candidates:
        for text in texts:
            same = same_title(candidate, text)
            if same is not None:
                return _without_site(same, metadata.site_name)
    return _without_site(printed.h1[0], metadata.site_name) if len(printed.h1) == 1 else None


def page_title(printed: PrintedTitles, title: str | None, site: str | None) -> str | None:
    """The page's title for its metadata: trafilatura's ``title``, or the whole ``<title>`` where
    trafilatura took the ``site`` name from it (``Site | Headline``)."""
    full = printed.title
    if full is not None and title is not None and site is not None:
        if title.casefold() == site.casefold() != full.casefold():
            return full
    return title


def same_title(a: str, b: str) -> str | None:
    """The shorter of ``a`` and ``b`` when both print the same title, the longer perhaps with a
    site name beside it (``Title | Site``, ``Site - Title``); else None."""
    short, long = sorted((a.casefold(), b.casefold()), key=len)
    if long.startswith(short):
        beside = long[len(short) :].split(maxsplit=1)
    elif long.endswith(short):
        beside = long[: len(long) - len(short)].rsplit(maxsplit=1)[-1:]
    else:
        return None
    if beside and beside[0] not in SITE_SEPARATORS:
        return None
    return a if len(a.casefold()) == len(short) else b


def text_of(value: object) -> str | None:
    """A text value with white space collapsed; None where it is missing or blank."""
    text = collapse(value) if isinstance(value, str) else ""
    return text or None


def _without_site(title: str, site: str | None) -> str | None:
    """``title`` without the name of ``site`` printed before or after it; None when it is only that name."""
    if site is None:
        return title
    if title.casefold() == site.casefold():
        return None
    for separator in SITE_SEPARATORS:
        suffix, prefix = f" {separator} {site}".casefold(), f"{site} {separator} ".casefold()
        width = len(site) + len(separator) + 2
        if title[-width:].casefold() == suffix:
            return title[:-width].strip() or None
        if title[:width].casefold() == prefix:
            return title[width:].strip() or None
    return title


def _texts(tree: HtmlElement, *tags: str) -> tuple[str, ...]:
    """The non-blank texts of the elements of ``tree`` with these tags, in page order."""
    return tuple(text for text in (text_of(element.text_content()) for element in tree.iter(*tags)) if text)
