"""Writing an HTML page's main text and metadata as a text document the page layouts read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import PageMetadata
from ..text import collapse
from .titles import MAX_LEAD_BLOCKS, same_title

if TYPE_CHECKING:
    from lxml.etree import _Element

__all__ = ["blocks", "render", "MAX_AUTHOR_WORDS"]

#: A byline is written only for an author name of at most this many words.
MAX_AUTHOR_WORDS = 6
_BLOCKS = ("p", "head", "item", "quote")


def blocks(body: _Element) -> list[str]:
    """The blocks of trafilatura's main text ``body``: each paragraph, heading, list item or quote
    that holds no other of them (a quote of several paragraphs gives its paragraphs).  A line break
    (``<br>``) in a block starts a new line of it; where trafilatura keeps two, a new paragraph."""
    found = list(body.iter(*_BLOCKS))
    holders = {id(parent) for element in found for parent in element.iterancestors(*_BLOCKS)}
    for element in body.iter("lb"):
        element.tail = "\n" + (element.tail or "")
    texts = (_block_text(element) for element in found if id(element) not in holders)
    return [text for text in texts if text]


def _block_text(element: _Element) -> str:
    """The text of ``element``: its lines with white space collapsed, one blank line where it has several."""
    lines = [collapse(line) for line in "".join(element.itertext()).split("\n")]
    kept = [line for i, line in enumerate(lines) if line or (i and lines[i - 1])]
    return "\n".join(kept).strip("\n")


def render(headline: str | None, metadata: PageMetadata, texts: list[str]) -> str:
    """The text document: the ``headline``, ``By`` the author, ``Published:`` the date, then the
    blocks ``texts``, with blank lines between.

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
    at = _title_copy(texts, headline)
    above, below = ([], texts) if at is None else (texts[:at], texts[at + 1 :])
    return "\n\n".join(above + head + below) + "\n"


def _title_copy(texts: list[str], headline: str | None) -> int | None:
    """Where ``headline`` is printed among the first :data:`MAX_LEAD_BLOCKS` blocks, perhaps with a
    site name beside it (``Title — Site``), else None."""
    if headline is None:
        return None
    return next((i for i, text in enumerate(texts[:MAX_LEAD_BLOCKS]) if same_title(headline, text)), None)
