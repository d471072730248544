"""How far a ``parse`` run has got: a progress bar on standard error and a closing summary line.

The bar (drawn with tqdm, from the ``progress`` extra; without tqdm there is no
bar) counts megabytes against the size of all inputs and shows the files, articles
and failures so far.  It is drawn only when asked for (the command line asks when
standard error is a terminal), and cleared while other lines are printed.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, NoReturn

from newsparse.cli.parallel import Outcome

if TYPE_CHECKING:
    from tqdm import tqdm

__all__ = ["Progress"]


class Progress:
    """Counts the outcomes of a run over ``names``; draws a bar when ``bar``, prints a summary when ``summary``."""

    def __init__(self, names: Sequence[str], *, bar: bool, summary: bool) -> None:
        self.files = len(names)
        self.done = self.bytes = self.articles = self.failed = 0
        self._names = names
        self._want_bar = bar
        self._summary = summary
        self._bar: tqdm[NoReturn] | None = None
        self._started = time.monotonic()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def add(self, outcome: Outcome) -> None:
        """Count one input's outcome."""
        self.done += 1
        self.bytes += outcome.size
        self.failed += outcome.failure is not None
        self.articles += outcome.articles
        bar = self._draw()
        if bar is not None:
            bar.set_postfix_str(self._counts(size=False), refresh=False)
            bar.update(outcome.size)

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Clear the bar while the block prints lines of its own to standard error."""
        if self._bar is None:
            yield
            return
        self._bar.clear()
        try:
            yield
        finally:
            self._bar.refresh()

    def finish(self) -> None:
        """The run is complete: close the bar and print the summary line if asked to."""
        self.__exit__(None, None, None)
        if self._summary:
            seconds = time.monotonic() - self._started
            rate = self.bytes / 1e6 / seconds if seconds > 0 else 0.0
            print(f"newsparse: {self._counts()} in {seconds:.1f} s ({rate:.1f} MB/s)", file=sys.stderr)

    def _counts(self, *, size: bool = True) -> str:
        files = f"{self.done}/{self.files} files" if self.done < self.files else f"{self.files} files"
        megabytes = f", {_amount(self.bytes)}" if size else ""  # the bar shows the size itself
        failed = f", {self.failed} failed" if self.failed else ""
        return f"{files}{megabytes}, {self.articles} articles{failed}"

    def _draw(self) -> tqdm[NoReturn] | None:
        """The bar, made on first use (so no thread of its own runs before worker processes start)."""
        if self._bar is None and self._want_bar:
            self._want_bar = False
            try:
                from tqdm import tqdm
            except ImportError:  # the progress extra is not installed: no bar
                return None
            self._bar = tqdm(
                total=_total_size(self._names),
                unit="B",
                unit_scale=True,
                file=sys.stderr,
                leave=False,
                dynamic_ncols=True,
            )
        return self._bar


def _amount(size: int) -> str:
    """``size`` bytes in MB, or in kB below a tenth of a megabyte."""
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size / 1e3:.1f} kB"


def _total_size(names: Sequence[str]) -> int | None:
    """The bytes of all named files; ``None`` when standard input is among them (its size is unknown)."""
    total = 0
    for name in names:
        if name == "-":
            return None
        with contextlib.suppress(OSError):
            total += os.stat(name).st_size
    return total
