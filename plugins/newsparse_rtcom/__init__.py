"""The ``rtcom`` splitter: rt.com article pages saved as text.

The page opens with chrome (an icon sprite listed as words: ``icon bookmark-bicon
bookmarkicon camera…``) and a date line such as ``20 May, 2015 17:31`` above the
title.  The paragraph under the title is always the standfirst, even where it
ends with a full stop (as on older pages); ``READ MORE: headline`` lines in the
body are related links.  The other rules are those of :mod:`newsparse.page.layout`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from newsparse import hookimpl
from newsparse.bands import DECLARED, MARKED, NONE, POSSIBLE
from newsparse.page.chrome import LineKind, PageChrome, is_icon_list
from newsparse.page.layout import is_title, next_content
from newsparse.page.kit import LayoutSplitter
from newsparse.page.probe import PageLine, PageProbe

__all__ = ["RtcomSplitter"]

#: Fit of a page with both an icon list and a dated title at its top.
FIT_BOTH = DECLARED
#: Fit of a page with the icon list only.
FIT_ONE = MARKED
#: Fit of a page with a dated title only: many sites print a date line above the title, and
#: the general article layout (which fits them as :data:`~newsparse.bands.LIKELY`) reads their
#: standfirsts better.
FIT_DATED = POSSIBLE
#: The icon list and the date line are among this many lines at the top.
TOP_LINES = 4


def _is_timestamp(pl: PageLine) -> bool:
    """A date line with a time, as rt.com prints above its titles (``Published time: 20 May, 2015 17:31``)."""
    return pl.kind in (LineKind.DATE, LineKind.BYLINE) and isinstance(pl.date, dt.datetime)


def _dated_title(lines: Sequence[PageLine], i: int) -> bool:
    if not _is_timestamp(lines[i]):
        return False
    after = next_content(lines, i)
    return after is not None and after.kind is LineKind.TEXT and is_title(after.clean)


class RtcomSplitter(LayoutSplitter):
    """Reads an rt.com article page into one article."""

    name = "rtcom"
    description = "rt.com article pages: icon list, date line ('20 May, 2015 17:31'), title, standfirst, body"

    def fit(self, probe: PageProbe) -> float:
        lines = self.lines(probe)
        top = range(min(TOP_LINES, len(lines)))
        titled = any(lines[i].kind is LineKind.TEXT and is_title(lines[i].clean) for i in top)
        icons = titled and any(is_icon_list(lines[i].clean) for i in top)
        dated = any(_dated_title(lines, i) for i in top)
        if icons and dated:
            return FIT_BOTH
        if icons:
            return FIT_ONE
        return FIT_DATED if dated else NONE

    def standfirst(self) -> Callable[[str], bool]:
        return _any_line


def _any_line(line: str) -> bool:
    """rt.com prints a standfirst under every title."""
    return True


#: rt.com's name and prompts, and the Russian state media its pages credit, as chrome on every page.
SHARED_VOCABULARY = {
    "chrome_prefixes": ["follow rt on"],
    "site_names": [
        "rt", "rt news", "rt world news", "rt international", "sputnik", "sputnik international", "sputnik news",
        "tass", "ria novosti", "pravda", "news-pravda", "news pravda",
    ],
}


@hookimpl
def newsparse_vocabulary():
    return SHARED_VOCABULARY


@hookimpl
def newsparse_splitters(register, vocabulary):
    register(RtcomSplitter(PageChrome.from_vocabulary(vocabulary)))
