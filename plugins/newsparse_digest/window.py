"""A digest page's lines read in one pass and let go behind the reader, so a large page's lines are never all held.

The digest reader looks at most two lines ahead, and its page-wide facts (how
many lines there are, the last few, whether blank lines separate paragraphs)
come from one earlier pass that keeps nothing else: :class:`Survey` makes that
pass and :class:`Window` gives the lines to the reader.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from newsparse.page.layout import uses_blank_lines
from newsparse.page.text import Line

__all__ = ["Survey", "Window"]


class Survey:
    """What one pass over a page's lines tells: how many there are, the last ``keep`` of them, and
    whether blank lines separate the paragraphs (:func:`~newsparse.page.layout.uses_blank_lines`)."""

    def __init__(self, lines: Iterable[Line], keep: int) -> None:
        self.count = 0
        self.tail: deque[Line] = deque(maxlen=keep)
        self.blank_layout = uses_blank_lines(self._counted(lines))

    def _counted(self, lines: Iterable[Line]) -> Iterator[Line]:
        for line in lines:
            self.count += 1
            self.tail.append(line)
            yield line


class Window:
    """The first ``end`` lines of ``lines``, indexed from 0 as a list's are: each read when first looked at
    and kept until :meth:`release` lets go of it."""

    def __init__(self, lines: Iterator[Line], end: int) -> None:
        self._lines = lines
        self._end = end
        self._ahead: deque[Line] = deque()
        self._first = 0  # the index of ``_ahead[0]``

    def __len__(self) -> int:
        return self._end

    def __getitem__(self, index: int) -> Line:
        if not self._first <= index < self._end:
            raise IndexError(f"line {index} is released or past the end")
        while index >= self._first + len(self._ahead):
            self._ahead.append(next(self._lines))
        return self._ahead[index - self._first]

    def release(self, index: int) -> None:
        """Let go of the lines before ``index``; they cannot be looked at again."""
        while self._first < index:
            if self._ahead:
                self._ahead.popleft()
            else:
                next(self._lines)
            self._first += 1
