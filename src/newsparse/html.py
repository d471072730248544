"""Reading HTML pages: the main text and metadata, extracted with trafilatura, as a text document.

A page is HTML when it opens with ``<!DOCTYPE html``, ``<html``, ``<head`` or
``<body`` (after white space, a byte-order mark and comments), or when tags
are dense in its first few kilobytes (:func:`looks_like_html`).

:func:`extract_html` reads the page's main text and metadata (title, author,
date, site name) with `trafilatura <https://trafilatura.readthedocs.io/>`_, an
optional dependency (``pip install 'newsparse[html]'``), and writes them as a
text document in the shape the page layouts read: the title without its site
name, ``By`` the author, ``Published:`` the date, then the paragraphs of the
main text, with a blank line between any two.  The page layouts then read that
text as they read any page, so every span points into it.

HTML is untrusted input.  It is parsed by lxml's HTML parser with the network
off and no huge-tree support, so nothing is fetched (no external entities,
stylesheets or scripts), entities declared in a ``DOCTYPE`` are not expanded,
and text nodes and nesting depth stay within libxml2's limits: a page nested
deeper than :data:`MAX_DEPTH` elements or holding more than
:data:`MAX_ELEMENTS` elements is refused with an :class:`~newsparse.InputError`.
Trafilatura is given the parsed tree and no address, so it fetches nothing either.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from attrs import frozen

from .errors import InputError
from .model import PageMetadata
from .text import collapse

if TYPE_CHECKING:
    from lxml.etree import _Element
    from lxml.html import HtmlElement

__all__ = [
    "HTML_FORMAT",
    "HTML_DESCRIPTION",
    "MAX_DEPTH",
    "MAX_ELEMENTS",
    "HtmlDocument",
    "looks_like_html",
    "extract_html",
]

#: The ``input_format`` (``--input-format``) that reads a page as HTML.
HTML_FORMAT = "html"
HTML_DESCRIPTION = "HTML pages: the main text and metadata, extracted with trafilatura (newsparse[html])"
#: libxml2 stops parsing at this nesting depth unless told to allow huge trees; such a page is refused.
MAX_DEPTH = 256
#: A page with more elements than this is refused: no news page needs as many.
MAX_ELEMENTS = 500_000
#: A byline is written only for an author name of at most this many words.
MAX_AUTHOR_WORDS = 6
#: The title printed in the main text is looked for among this many blocks from its top.
MAX_LEAD_BLOCKS = 6

_SNIFF_CHARS = 8192
_OPENING = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>/]", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:a|article|b|body|br|div|em|footer|h[1-6]|head|header|html|i|img|li|link|main|meta|nav|ol|p|script"
    r"|section|span|strong|style|table|td|title|tr|ul)\b[^<>]{0,512}>",
    re.IGNORECASE,
)
#: Text is HTML when it holds at least this many tags ...
_MIN_TAGS = 8
#: ... that cover at least this share of its first characters.
_MIN_TAG_SHARE = 0.2
# The separators between a title and the site name printed beside it.
_SITE_SEPARATORS = ("|", "-", "–", "—", "::", ":", "·", "•", "»")
_BLOCKS = ("p", "head", "item", "quote")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_ENCODING_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
# A DOCTYPE with an internal subset (entity declarations), which the HTML parser would print as text.
_DOCTYPE_SUBSET = re.compile(r"^\s*<!DOCTYPE[^\[>]{0,500}\[[^\]]*\]\s*>", re.IGNORECASE)


@frozen
class HtmlDocument:
    """The text document made from an HTML page, the headline written into it (None when the page
    names no title, or only its site), and the metadata the page gives."""

    text: str
    headline: str | None
    metadata: PageMetadata


def looks_like_html(text: str) -> bool:
    """True when ``text`` reads as HTML: an opening tag or doctype first, or many tags."""
    head = _ENCODING_DECLARATION.sub("", text[:_SNIFF_CHARS].lstrip("\ufeff"), count=1)
    head = _skip_comments(head.lstrip())
    if _OPENING.match(head):
        return True
    tags = [len(m.group()) for m in _HTML_TAG.finditer(head)]
    return len(tags) >= _MIN_TAGS and sum(tags) >= _MIN_TAG_SHARE * len(head.strip())


def _skip_comments(head: str) -> str:
    """``head`` past the comments and white space it opens with."""
    while head.startswith("<!--"):
        end = head.find("-->", 4)
        if end < 0:
            return ""
        head = head[end + 3 :].lstrip()
    return head


def extract_html(html: str, name: str = "<html>") -> HtmlDocument:
    """The text document and metadata of the HTML page ``html`` (named ``name`` in errors).

    Raises :class:`~newsparse.InputError` when trafilatura is not installed, or
    when the page is nested too deeply, too large or holds no main text.
    """
    _require_trafilatura()
    from trafilatura import bare_extraction

    tree = _parse(html, name)
    extracted = bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if extracted is None or isinstance(extracted, dict) or extracted.body is None:
        raise InputError(f"{name}: no main text found in the HTML page")
    site = _field(extracted.sitename)
    metadata = PageMetadata(
        title=_title(tree, _field(extracted.title), site),
        author=_field(extracted.author),
        published=_field(extracted.date),
        site_name=site,
        description=_field(extracted.description),
    )
    blocks = _blocks(extracted.body)
    if not blocks:
        raise InputError(f"{name}: no main text found in the HTML page")
    headline = _headline(tree, metadata, blocks)
    return HtmlDocument(_render(headline, metadata, blocks), headline, metadata)


def _require_trafilatura() -> None:
    """Import trafilatura, quiet unless the caller configures logging; a clear error when it is missing."""
    try:
        import trafilatura  # noqa: F401 - the optional extra, imported here to name it when missing
    except ImportError as exc:
        raise InputError(
            f"reading HTML needs trafilatura, which is not installed ({exc}); "
            "install it with: pip install 'newsparse[html]'"
        ) from None
    for logger in ("trafilatura", "htmldate", "courlan", "justext"):
        if not logging.getLogger(logger).handlers:
            logging.getLogger(logger).addHandler(logging.NullHandler())


def _parse(html: str, name: str) -> HtmlElement:
    """The lxml tree of ``html``, parsed with the network off and libxml2's limits on; refuses what they cut."""
    from lxml.html import HTMLParser, document_fromstring

    parser = HTMLParser(
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        default_doctype=False,
    )
    try:
        tree = document_fromstring(_cleared(html), parser=parser)
    except Exception as exc:  # lxml raises ParserError and ValueError on empty or broken documents
        raise InputError(f"{name}: cannot be read as HTML ({collapse(str(exc)) or type(exc).__name__})") from None
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        raise InputError(f"{name}: HTML nested deeper than {MAX_DEPTH} elements or too large to read safely")
    if sum(1 for _ in tree.iter()) > MAX_ELEMENTS:
        raise InputError(f"{name}: HTML holds more than {MAX_ELEMENTS} elements")
    return tree


def _cleared(html: str) -> str:
    """``html`` without an XML declaration (lxml refuses one in a string) and with any entity
    declarations of its DOCTYPE dropped: they are never expanded."""
    html = _ENCODING_DECLARATION.sub("", html, count=1)
    return _DOCTYPE_SUBSET.sub("<!DOCTYPE html>", html, count=1)


def _title(tree: HtmlElement, title: str | None, site: str | None) -> str | None:
    """The page's title: trafilatura's, or the whole ``<title>`` where trafilatura took the site name
    from it (``Site | Headline``)."""
    full = _title_element(tree)
    if full is not None and title is not None and site is not None:
        if title.casefold() == site.casefold() != full.casefold():
            return full
    return title


def _title_element(tree: HtmlElement) -> str | None:
    element = tree.find(".//head//title")
    return None if element is None else _field(element.text_content())


def _field(value: object) -> str | None:
    """A metadata value as collapsed text, None where it is missing or blank."""
    text = collapse(value) if isinstance(value, str) else ""
    return text or None


def _blocks(body: _Element) -> list[str]:
    """The blocks of trafilatura's main text: each paragraph, heading, list item or quote that holds
    no other of them (a quote of several paragraphs gives its paragraphs).  A line break in a block
    (``<br>``) starts a new line of it, two start a new paragraph."""
    found = list(body.iter(*_BLOCKS))
    holders = {id(parent) for element in found for parent in element.iterancestors(*_BLOCKS)}
    for element in body.iter("lb"):
        element.tail = "\n" + (element.tail or "")
    blocks = (_block_text(element) for element in found if id(element) not in holders)
    return [block for block in blocks if block]


def _block_text(element: _Element) -> str:
    """The text of ``element``: its lines with white space collapsed, one blank line where it has several."""
    lines = [collapse(line) for line in "".join(element.itertext()).split("\n")]
    kept = [line for i, line in enumerate(lines) if line or (i and lines[i - 1])]
    return "\n".join(kept).strip("\n")


def _headline(tree: HtmlElement, metadata: PageMetadata, blocks: list[str]) -> str | None:
    """The title the page prints, without the site name printed beside it.

    That is the metadata title or the ``<title>`` where a heading or one of the first
    :data:`MAX_LEAD_BLOCKS` blocks of the main text prints it, else the page's only ``<h1>``.
    None where the page prints no title, or where its title only names the site.
    """
    headings = [text for text in (_field(h.text_content()) for h in tree.iter(*_HEADINGS)) if text]
    printed = headings + blocks[:MAX_LEAD_BLOCKS]
    candidates = [title for title in (metadata.title, _title_element(tree)) if title is not None]
    for candidate in candidates:
        for text in printed:
            same = _same_title(candidate, text)
            if same is not None:
                return _without_site(same, metadata.site_name)
    h1 = [text for text in (_field(h.text_content()) for h in tree.iter("h1")) if text]
    return _without_site(h1[0], metadata.site_name) if len(h1) == 1 else None


def _same_title(a: str, b: str) -> str | None:
    """The shorter of ``a`` and ``b`` when both print the same title, the longer perhaps with a
    site name beside it (``Title | Site``, ``Site - Title``); else None."""
    short, long = sorted((a.casefold(), b.casefold()), key=len)
    if long.startswith(short):
        beside = long[len(short) :].split(maxsplit=1)
    elif long.endswith(short):
        beside = long[: len(long) - len(short)].rsplit(maxsplit=1)[-1:]
    else:
        return None
    if beside and beside[0] not in _SITE_SEPARATORS:
        return None
    return a if len(a.casefold()) == len(short) else b


def _without_site(title: str, site: str | None) -> str | None:
    """``title`` without the name of ``site`` printed before or after it; None when it is only that name."""
    if site is None:
        return title
    if title.casefold() == site.casefold():
        return None
    for separator in _SITE_SEPARATORS:
        suffix, prefix = f" {separator} {site}".casefold(), f"{site} {separator} ".casefold()
        width = len(site) + len(separator) + 2
        if title[-width:].casefold() == suffix:
            return title[:-width].strip() or None
        if title[:width].casefold() == prefix:
            return title[width:].strip() or None
    return title


def _render(headline: str | None, metadata: PageMetadata, blocks: list[str]) -> str:
    """The text document: the headline, byline and date lines, then the blocks, blank lines between.

    Where the main text prints the title among its first blocks, the headline takes its place,
    so labels and kickers above it stay above it, as on a text page.
    """
    head = []
    if headline is not None:
        head.append(headline)
    if metadata.author is not None and len(metadata.author.split()) <= MAX_AUTHOR_WORDS:
        head.append(f"By {metadata.author}")
    if metadata.published is not None:
        head.append(f"Published: {metadata.published}")
    at = _title_copy(blocks, headline)
    above, below = ([], blocks) if at is None else (blocks[:at], blocks[at + 1 :])
    return "\n\n".join(above + head + below) + "\n"


def _title_copy(blocks: list[str], headline: str | None) -> int | None:
    """Where ``headline`` is printed among the first :data:`MAX_LEAD_BLOCKS` blocks, perhaps with a
    site name beside it (``Title — Site``), else None."""
    if headline is None:
        return None
    return next((i for i, block in enumerate(blocks[:MAX_LEAD_BLOCKS]) if _same_title(headline, block)), None)
