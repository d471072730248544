"""The probe of a page: its lines and their kinds, built once and read by every splitter.

Detection builds one :class:`PageProbe` per page and hands it to every splitter's
``fit``, then to the chosen splitter's ``split``: nothing is kept between pages and
no cache is keyed by page text.  A line is given its kind (chrome, date line, byline,
footer, text) by a page kit's chrome only when first looked at, so a ``fit`` that
reads a page's first lines pays for no others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import NamedTuple, overload

from newsparse.page.chrome import LineKind, PageChrome, is_box_blurb, is_latin, is_menu, is_place_line, is_video_duration, wide_row
from newsparse.page.dates import DateMatch
from newsparse.page.text import Line, content_lines

__all__ = ["PageLine", "PageProbe", "read_lines", "PROBE_CHARS"]

#: ``fit`` methods read at most this many characters from the top of a page.
PROBE_CHARS = 65536

_SCRIPT_SAMPLE_LINES = 50
#: A row set out with wide gaps has at least this many items: two chrome items (``Subscribe   Log in``) make one.
_MIN_ROW_ITEMS = 2
#: A row set out with wide gaps of this many items or more is judged as a whole, as a menu.
_MENU_ITEMS = 3
#: A video player's clip title or show name under the mark of its length has at most this many words, and is
#: at most this many lines under it.
_MAX_VIDEO_WORDS = 12
_VIDEO_BLOCK_LINES = 3
#: A writer's place in capitals under a byline has at most this many words (``NEW DELHI``).
_MAX_PLACE_WORDS = 3
#: Characters that end a sentence at the end of a line (a closing quote mark aside).
_SENTENCE_ENDS = frozenset(".!?")
#: The kinds of line a box's blurb, a writer's place or a clip's title is printed right under.
_FURNITURE_KINDS = (LineKind.CHROME, LineKind.BYLINE)


class PageLine(NamedTuple):
    """A non-blank line of a page: the line, its collapsed text, its kind and where it prints a date."""

    line: Line
    clean: str
    kind: LineKind
    found: DateMatch | None = None

    @property
    def date(self) -> dt.date | dt.datetime | None:
        """The date the line prints, read on first use."""
        return None if self.found is None else self.found.value


def read_lines(text: str, chrome: PageChrome, end: int | None = None) -> list[PageLine]:
    """The non-blank lines of ``text[:end]``, each with its :class:`~newsparse.page.chrome.LineKind`."""
    return list(_KindedLines(content_lines(text, 0, end), chrome))


class _KindedLines(Sequence[PageLine]):
    """Lines given their kinds on first use, from the top down: a ``fit`` that looks at a
    page's first lines does not pay for the rest."""

    def __init__(self, lines: Sequence[Line], chrome: PageChrome):
        self._lines = lines
        self._box_headings = chrome.box_headings
        self._classify = chrome.classify
        self._latin_page: bool | None = None
        self._done: list[PageLine] = []

    def __len__(self) -> int:
        return len(self._lines)

    @property
    def is_done(self) -> bool:
        """True when every line has its kind."""
        return len(self._done) == len(self._lines)

    @overload
    def __getitem__(self, index: int) -> PageLine: ...

    @overload
    def __getitem__(self, index: slice) -> list[PageLine]: ...

    def __getitem__(self, index: int | slice) -> PageLine | list[PageLine]:
        done = self._done
        if type(index) is int and 0 <= index < len(done):
            return done[index]  # the common case: a line looked at before
        if isinstance(index, slice):
            if self.is_done:
                return done[index]  # every line looked at before
            return [self[i] for i in range(*index.indices(len(self._lines)))]
        if index < 0:
            index += len(self._lines)
        if not 0 <= index < len(self._lines):
            raise IndexError(index)
        for line in self._lines[len(done) : index + 1]:
            done.append(self._kinded(line))
        return done[index]

    def __iter__(self) -> Iterator[PageLine]:
        if self.is_done:
            return iter(self._done)  # every line looked at before: no generator to step through
        return self._kinding()

    def _kinding(self) -> Iterator[PageLine]:
        """The lines, each given its kind when first reached."""
        done = self._done
        for i, line in enumerate(self._lines):
            if i == len(done):
                done.append(self._kinded(line))
            yield done[i]

    def _kinded(self, line: Line) -> PageLine:
        kind, found = self._classify(line.clean, self._is_latin_page)
        if kind is LineKind.TEXT and line.clean is not line.text and (row := wide_row(line.text, _MIN_ROW_ITEMS)) is not None:
            if self._is_chrome_row(row):
                kind = LineKind.CHROME  # a menu row set out with wide gaps: ``Home   News   Sport``
        if kind is LineKind.TEXT and self._is_under_furniture(line) and (
            self._is_under_box_heading(line) or self._is_writers_place(line) or self._is_in_video_block(line)
        ):
            kind = LineKind.CHROME
        return PageLine(line, line.clean, kind, found)

    def _is_under_furniture(self, line: Line) -> bool:
        """True when chrome or a byline stands right above ``line``, with no blank line between: what a box's
        blurb, a writer's place and a clip's title stand under (the cheap check they share)."""
        above = self._done[-1] if self._done else None
        return above is not None and above.line.number == line.number - 1 and above.kind in _FURNITURE_KINDS

    def _is_chrome_row(self, row: str) -> bool:
        """True for a row of items set out with wide gaps that is chrome: a menu (``U.S. News  World News  Politics``),
        as a whole, or, of two items only, item by item (``Subscribe   Log in``; not ``Jane Doe   Reporter``)."""
        items = row.split(" | ")
        if len(items) >= _MENU_ITEMS and is_menu(row):
            return True
        pieces = items if len(items) < _MENU_ITEMS else [row]
        return all(self._classify(piece, self._is_latin_page)[0] is LineKind.CHROME for piece in pieces)

    def _is_under_box_heading(self, line: Line) -> bool:
        """True for a box's blurb: a line under a chrome box heading, with no blank line between and at most
        one line between them that is chrome of its own (``Free weekly newsletter``), not as a blurb
        (:func:`~newsparse.page.chrome.is_box_blurb`)."""
        done, number = self._done, line.number
        above = done[-1]
        if above.kind is not LineKind.CHROME or above.line.number != number - 1:
            return False
        if is_box_blurb(above.clean, line.clean, self._box_headings):
            return True
        heading = done[-2] if len(done) > 1 else above
        return (
            heading.kind is LineKind.CHROME
            and heading.line.number == number - 2
            and is_box_blurb(heading.clean, line.clean, self._box_headings)
            and self._classify(above.clean, self._is_latin_page)[0] is LineKind.CHROME
        )

    def _is_in_video_block(self, line: Line) -> bool:
        """True for a video player's clip title or show name: a short line ending in no full stop right under a
        mark of the clip's length (``VIDEO 2:31``), with no blank line and at most two chrome lines between
        (``02:31``, the title over the show's name)."""
        clean, done, number = line.clean, self._done, line.number
        if done[-1].kind is not LineKind.CHROME:
            return False  # the common case: no chrome right above
        if clean[-1:] in _SENTENCE_ENDS or len(clean.split(None, _MAX_VIDEO_WORDS)) > _MAX_VIDEO_WORDS:
            return False
        for back in range(1, min(len(done), _VIDEO_BLOCK_LINES) + 1):
            above = done[-back]
            if above.kind is not LineKind.CHROME or above.line.number != number - back:
                return False
            if is_video_duration(above.clean):
                return True
        return False

    def _is_writers_place(self, line: Line) -> bool:
        """True for the writer's location right under a byline, with no blank line between (``By Jane Doe`` over
        ``Nairobi, Kenya``; a place in capitals alone, as Indian papers print it: ``NEW DELHI``)."""
        above = self._done[-1]
        if above.kind is not LineKind.BYLINE or above.line.number != line.number - 1:
            return False
        clean = line.clean
        capitals = clean.isupper() and len(clean.split()) <= _MAX_PLACE_WORDS and all(c.isalpha() or c in " .'’-" for c in clean)
        return capitals or is_place_line(clean)

    def _is_latin_page(self) -> bool:
        if self._latin_page is None:
            self._latin_page = is_latin(" ".join(line.clean for line in self._lines[:_SCRIPT_SAMPLE_LINES]))
        return self._latin_page


class PageProbe:
    """One page as every splitter reads it, built once per page by detection (or by
    :func:`newsparse.parse` for a forced format) and handed to ``fit`` and ``split``.

    ``text`` is the whole page; ``text_lines`` are the non-blank lines of its top
    :data:`PROBE_CHARS` characters and ``clean_lines`` their collapsed texts, for ``fit``;
    :meth:`lines` gives those lines their kinds by one page kit's chrome.  ``split`` reads
    the whole page through :meth:`page_text_lines` and :meth:`page_lines`, which reuse the
    probe's lines when the page fits in it.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.text_lines: tuple[Line, ...] = tuple(content_lines(text, 0, PROBE_CHARS))
        self.clean_lines: tuple[str, ...] = tuple(line.clean for line in self.text_lines)
        self._kinded: dict[PageChrome, Sequence[PageLine]] = {}

    def lines(self, chrome: PageChrome) -> Sequence[PageLine]:
        """:attr:`text_lines` with their kinds by ``chrome``, each given its kind when first looked at; once all
        have theirs, a tuple of them, which later readers index faster."""
        kinded = self._kinded.get(chrome)
        if kinded is None:
            kinded = self._kinded[chrome] = _KindedLines(self.text_lines, chrome)
        elif type(kinded) is _KindedLines and kinded.is_done:
            kinded = self._kinded[chrome] = tuple(kinded)
        return kinded

    @property
    def is_whole(self) -> bool:
        """True when the whole page fits in the probe."""
        return len(self.text) <= PROBE_CHARS

    def page_text_lines(self) -> Sequence[Line]:
        """The non-blank lines of the whole page."""
        return self.text_lines if self.is_whole else content_lines(self.text)

    def page_lines(self, chrome: PageChrome) -> Sequence[PageLine]:
        """The non-blank lines of the whole page with their kinds by ``chrome``."""
        return self.lines(chrome) if self.is_whole else read_lines(self.text, chrome)
