"""Helpers every splitter needs: lines with their offsets, and passages with trimmed spans."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import NamedTuple

from newsparse.lazy_regex import lazy_compile
from newsparse.model import Passage, Span

__all__ = ["Line", "iter_lines", "content_lines", "iter_content_lines", "collapse", "folded", "passage", "WHITE_SPACE", "EDGE_SPACE"]

#: White space as :meth:`str.split` sees it: ASCII white space, the information
#: separators ``\x1c``-``\x1f``, next line, no-break and typographic spaces, and
#: line and paragraph separators.
WHITE_SPACE = (
    " \t\n\v\f\r\x1c\x1d\x1e\x1f\x85\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)

#: Characters trimmed from the edges of a line or passage: :data:`WHITE_SPACE` and the
#: invisible format characters (zero-width space and joiners, word joiner, direction
#: marks, Mongolian vowel separator, byte-order mark).  Trimming the span and the text
#: by the same set keeps ``" ".join(text[span.start:span.end].split()) == passage.text``.
EDGE_SPACE = WHITE_SPACE + "\u180e\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"

_LINE_BREAKS = "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"


class Line(NamedTuple):
    """One line of a text without its line break, and its text collapsed (see :func:`collapse`).

    ``number`` counts lines from 0; ``start`` and ``end`` are offsets into the text.
    """

    number: int
    start: int
    end: int
    text: str
    clean: str

    def passage(self) -> Passage:
        """The line as a passage: its clean text, its span trimmed of edge space."""
        if self.clean is self.text:  # collapsed as it was (see collapse): no edge space to trim
            return Passage(self.clean, Span(self.start, self.end))
        lead = len(self.text) - len(self.text.lstrip(EDGE_SPACE))
        trail = len(self.text) - len(self.text.rstrip(EDGE_SPACE))
        start = self.start + lead
        return Passage(self.clean, Span(start, max(start, self.end - trail)))

    @property
    def is_blank(self) -> bool:
        """True for a line that is empty or only white space."""
        return not self.clean


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    """The lines of ``text[start:end]``; any of ``\\n``, ``\\r\\n``, ``\\r`` ends a line."""
    offset = start
    for number, raw in enumerate(text[start:end].splitlines(keepends=True)):
        content = raw.rstrip(_LINE_BREAKS)
        yield Line(number, offset, offset + len(content), content, collapse(content))
        offset += len(raw)


def content_lines(text: str, start: int = 0, end: int | None = None, limit: int | None = None) -> list[Line]:
    """The lines of ``text[start:end]`` that are not blank (at most ``limit`` of them), as :func:`iter_lines` reads them.

    Blank lines cost no :class:`Line` object: this is what splitters read a page with.
    """
    return list(itertools.islice(iter_content_lines(text, start, end), limit))


#: :func:`iter_content_lines` splits a text into lines this many characters (and the rest of a line) at a time.
_BLOCK = 1 << 16


def iter_content_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    """The lines of :func:`content_lines`, made as they are asked for, a block of the text at a time:
    a reader that keeps only the lines it needs holds no copy of a large text's lines.  A date stamped
    before the first line (`` date 2019-10-08 Headline``) is a line of its own (:func:`_split_date_stamp`)."""
    offset, stop, _ = slice(start, end).indices(len(text))
    number = 0
    first = True
    while offset < stop:
        cut = text.find("\n", offset + _BLOCK, stop)  # a block ends after a ``\n``, never inside a ``\r\n``
        cut = stop if cut < 0 else cut + 1
        for raw in text[offset:cut].splitlines(keepends=True):
            content = raw.rstrip(_LINE_BREAKS)
            clean = content and collapse(content)
            if clean and first:
                first = False
                yield from _split_date_stamp(Line(number, offset, offset + len(content), content, clean))
            elif clean:
                yield Line(number, offset, offset + len(content), content, clean)
            number += 1
            offset += len(raw)


# A page stored with its date stamped before its first line: `` date 2019-10-08 Headline``.
_DATE_STAMP = lazy_compile(r"[ \t]*date [12]\d{3}-[01]\d-[0-3]\d(?=[ \t]+\S)")


def _split_date_stamp(line: Line) -> tuple[Line, ...]:
    """The first line of a page, split in two when a date is stamped before its text (`` date 2019-10-08
    Headline``): the stamp, a date line of its own, and the rest of the line, both with its number."""
    stamp = _DATE_STAMP.match(line.text)
    if stamp is None:
        return (line,)
    cut = stamp.end()
    head, rest = line.text[:cut], line.text[cut:]
    return (
        Line(line.number, line.start, line.start + cut, head, collapse(head)),
        Line(line.number, line.start + cut, line.end, rest, collapse(rest)),
    )


def collapse(text: str) -> str:
    """``text`` with every run of white space (no-break spaces included) made one space, edges trimmed."""
    # Every white space and edge character but the space is unprintable: text that is
    # printable, has no double space and no space at its edges is collapsed already.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split()).strip(EDGE_SPACE)


#: Typeset quotation marks and their plain forms: a page prints its title with curly marks once and with
#: straight ones in its copy (``‘Fees’ rise`` over ``'Fees' rise``).
#: (Replaced one by one: ``str.translate`` costs more, looking each character of a text up.)
_PLAIN_MARKS = (("‘", "'"), ("’", "'"), ("‚", "'"), ("“", '"'), ("”", '"'), ("„", '"'))
_TYPESET_MARK = lazy_compile("[‘’‚“”„]")


def folded(text: str) -> str:
    """``text`` collapsed (:func:`collapse`), casefolded, with its typeset quotation marks made plain: two
    copies of one title compare equal however each prints its marks."""
    folded_text = collapse(text).casefold()
    if _TYPESET_MARK.search(folded_text) is not None:
        for mark, plain in _PLAIN_MARKS:
            folded_text = folded_text.replace(mark, plain)
    return folded_text


def passage(text: str, start: int, end: int) -> Passage:
    """The passage of ``text[start:end]``, its span trimmed of edge space, its text collapsed."""
    chunk = text[start:end]
    clean = collapse(chunk)
    if clean is chunk:  # collapsed as it was: no edge space to trim
        return Passage(clean, Span(start, max(start, end)))
    lead = len(chunk) - len(chunk.lstrip(EDGE_SPACE))
    trail = len(chunk) - len(chunk.rstrip(EDGE_SPACE))
    span = Span(start + lead, max(start + lead, end - trail))
    return Passage(collapse(text[span.start : span.end]), span)
