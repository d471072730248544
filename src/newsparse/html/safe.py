"""Parsing untrusted HTML with lxml: nothing fetched, no entity expanded, depth and size bounded."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsparse.errors import InputError
from newsparse.lazy_regex import lazy_compile
from newsparse.page.text import collapse
from .sniff import XML_DECLARATION

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["parse_html", "MAX_DEPTH", "MAX_ELEMENTS"]

#: libxml2 stops parsing at this nesting depth unless told to allow huge trees; such a page is refused.
MAX_DEPTH = 256
#: A page with more elements than this is refused: no news page needs as many.
MAX_ELEMENTS = 500_000

# A DOCTYPE with an internal subset (entity declarations), which the HTML parser would print as text.
_DOCTYPE_SUBSET = lazy_compile(r"^\s*<!DOCTYPE[^\[>]{0,500}\[[^\]]*\]\s*>", re.IGNORECASE)


def parse_html(html: str, name: str) -> HtmlElement:
    """The lxml tree of ``html`` (named ``name`` in errors).

    The parser has the network off and no huge-tree support, so it fetches nothing and keeps to
    libxml2's limits on depth and text size; a page it stops reading at a limit is refused with an
    :class:`~newsparse.InputError`, as is one with more than :data:`MAX_ELEMENTS` elements.
    """
    from lxml.etree import ParserError
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
    except ParserError:  # nothing but a doctype, comments or white space: a page without text
        tree = document_fromstring("<html><body></body></html>", parser=parser)
    except Exception as exc:  # lxml raises ValueError on broken documents
        raise InputError(f"{name}: cannot be read as HTML ({collapse(str(exc)) or type(exc).__name__})") from None
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        raise InputError(f"{name}: HTML nested deeper than {MAX_DEPTH} elements or too large to read safely")
    if sum(1 for _ in tree.iter()) > MAX_ELEMENTS:
        raise InputError(f"{name}: HTML holds more than {MAX_ELEMENTS} elements")
    return tree


def _cleared(html: str) -> str:
    """``html`` without an XML declaration (lxml refuses one in a string) and with any entity
    declarations of its DOCTYPE dropped: they are never expanded."""
    html = XML_DECLARATION.sub("", html, count=1)
    return _DOCTYPE_SUBSET.sub("<!DOCTYPE html>", html, count=1)
