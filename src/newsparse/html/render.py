"""Writing an HTML page's main text and metadata as a text document the page layouts read."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from newsparse.model import PageMetadata
from newsparse.page.lines import ends_sentence
from newsparse.page.text import collapse
from .titles import MAX_LEAD_BLOCKS, same_title

if TYPE_CHECKING:
    from lxml.etree import _Element

__all__ = ["blocks", "render", "MAX_AUTHOR_WORDS"]

#: A byline is written only for an author name of at most this many words (and a capital first).
MAX_AUTHOR_WORDS = 6
#: A source line break ends a line after a heading's text only for headings of at most this many characters.
MAX_HEADING_CHARS = 300
_BLOCKS = ("p", "head", "item", "quote")


def blocks(body: _Element, headings: Collection[str] = ()) -> list[str]:
    """The blocks of trafilatura's main text ``body``: each paragraph, heading, list item or quote
    that holds no other of them (a quote of several paragraphs gives its paragraphs), one line of
    text per line it prints.

    A line break (``<br>``) starts a new line.  A line break in the source text (where trafilatura
    keeps one, or writes one between the elements of a page it reads as one block) does so only
    after the end of a sentence or after the text of one of the page's ``headings`` (casefolded);
    elsewhere it is a space, as a browser shows it."""
    found = list(body.iter(*_BLOCKS))
    holders = {id(parent) for element in found for parent in element.iterancestors(*_BLOCKS)}
    texts = ("\n".join(_lines(element, headings)) for element in found if id(element) not in holders)
    return [text for text in texts if text]


def _lines(element: _Element, headings: Collection[str]) -> list[str]:
    """The non-blank lines of ``element``, white space collapsed."""
    from lxml.etree import iterwalk

    segments: list[str] = []
    parts: list[str] = []
    for event, node in iterwalk(element, events=("start", "end")):
        if event == "start" and node.tag == "lb":
            segments.append("".join(parts))
            parts = []
        elif event == "start":
            parts.append(node.text or "")
        elif node is not element:
            parts.append(node.tail or "")
    segments.append("".join(parts))
    return [line for segment in segments for line in _source_lines(segment, headings)]


def _source_lines(segment: str, headings: Collection[str]) -> list[str]:
    """The lines of ``segment`` (text between two line breaks): its source lines joined up to the
    end of a sentence or of a heading's text (of at most :data:`MAX_HEADING_CHARS` characters)."""
    lines: list[str] = []
    pieces: list[str] = []
    size = 0
    for raw in segment.split("\n"):
        piece = collapse(raw)
        if not piece:
            continue
        pieces.append(piece)
        size += len(piece) + 1
        if ends_sentence(piece) or (size <= MAX_HEADING_CHARS and " ".join(pieces).casefold() in headings):
            lines.append(" ".join(pieces))
            pieces, size = [], 0
    return [*lines, " ".join(pieces)] if pieces else lines


def render(headline: str | None, metadata: PageMetadata, texts: list[str]) -> str:
    """The text document: the ``headline``, ``By`` the author, ``Published:`` the date, then the
    blocks ``texts``, with blank lines between.

    Where the main text prints the title among its first blocks, the headline takes its place,
    so labels and kickers above it stay above it, as on a text page.
    """
    head = []
    if headline is not None:
        head.append(headline)
    author = metadata.author
    if author is not None and author[:1].isupper() and len(author.split()) <= MAX_AUTHOR_WORDS:
        head.append(f"By {author}")
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
