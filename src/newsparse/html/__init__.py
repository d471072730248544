"""Reading HTML pages: the main text and metadata, extracted with trafilatura, as a text document.

A page is HTML when it opens with ``<!DOCTYPE html``, ``<html``, ``<head`` or
``<body`` (after white space, a byte-order mark and comments), or when tags
are dense in its first few kilobytes (:func:`looks_like_html`, in :mod:`.sniff`).

:func:`extract_html` (in :mod:`.extract`) reads the page's main text and metadata (title, author,
date, site name) with `trafilatura <https://trafilatura.readthedocs.io/>`_, an
optional dependency (``pip install 'newsparse[html]'``), and writes them as a
text document in the shape the page layouts read (:mod:`.render`): the title
the page prints, without its site name (:mod:`.titles`), ``By`` the author,
``Published:`` the date, then the paragraphs of the main text, with a blank
line between any two.  The page layouts then read that text as they read any
page, so every span points into it.  :mod:`.extract` and the modules it uses are
imported when a page is first read as HTML (``extract_html`` and ``HtmlDocument`` are
imported from it when first asked for): a text page needs only :func:`looks_like_html`.

HTML is untrusted input (:mod:`.safe`).  It is parsed by lxml's HTML parser with the network
off and no huge-tree support, so nothing is fetched (no external entities,
stylesheets or scripts), entities declared in a ``DOCTYPE`` are not expanded,
and text nodes and nesting depth stay within libxml2's limits: a page nested
deeper than :data:`MAX_DEPTH` elements or holding more than
:data:`MAX_ELEMENTS` elements is refused with an :class:`~newsparse.InputError`.
Trafilatura is given the parsed tree and no address, so it fetches nothing either.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .safe import MAX_DEPTH, MAX_ELEMENTS
from .sniff import looks_like_html

if TYPE_CHECKING:  # imported from .extract when first asked for (see __getattr__)
    from .extract import HtmlDocument as HtmlDocument
    from .extract import extract_html as extract_html

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
#: How ``newsparse formats`` describes it.
HTML_DESCRIPTION = "HTML pages: the main text and metadata, extracted with trafilatura (newsparse[html])"
#: The names :mod:`.extract` defines, imported from it when first asked for.
_EXTRACTED = ("HtmlDocument", "extract_html")


def __getattr__(name: str) -> Any:
    if name not in _EXTRACTED:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.extract"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
