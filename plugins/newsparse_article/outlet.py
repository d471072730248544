"""One outlet's page format: the general article layout, configured.

An :class:`Outlet` names the outlet, says how to recognise its pages (``signatures``:
patterns one of the top lines of a page matches, such as CNN's ``(CNN) --``
dateline), adds its own chrome words to the page kit's word lists for its pages
only (its title suffix as a site name, its newsletter prompts as chrome lines, its
byline roles) and, in ``shared_vocabulary``, for every page (its name and credits,
printed where others reprint its stories), and says whether it prints standfirsts.
:meth:`Outlet.hook` and :meth:`Outlet.vocabulary_hook` give the hook functions an
outlet plugin exports, so a plugin is a few lines of data.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from attrs import field, frozen

from newsparse import hookimpl, regex_cache
from newsparse.bands import NONE, SIGNED
from newsparse.page.chrome import PageChrome
from newsparse.page.kit import LayoutSplitter, chrome_with
from newsparse.page.probe import PageProbe
from newsparse.hooks.vocabulary import Vocabulary

from .fit import article_fit

__all__ = ["Outlet", "OutletSplitter", "SIGNATURE_LINES"]

#: The signature is looked for in this many non-blank lines at the top of a page.
SIGNATURE_LINES = 40


def _compile(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """At most two regexes that together match where any of ``patterns`` does: one of the patterns
    that open with ``^``, one of the others.  A regex whose every branch opens with ``^`` is tried
    at the start of a line only; one branch that is not would make it try every position."""
    patterns = list(patterns)
    anchored = [p for p in patterns if p.startswith("^")]
    groups = (anchored, [p for p in patterns if not p.startswith("^")])
    return tuple(regex_cache.compile("|".join(f"(?:{p})" for p in group)) for group in groups if group)


@frozen
class Outlet:
    """An outlet's page format: its name, its signature lines, its chrome words."""

    #: The splitter's name (``--input-format NAME``).
    name: str
    #: One line saying which pages the splitter reads.
    description: str
    #: Regexes (searched in each clean line) that mark the outlet's pages; kept as at most two regexes.
    signatures: tuple[re.Pattern[str], ...] = field(converter=_compile)
    #: Entries for the page kit's word lists on the outlet's own pages (see :data:`newsparse.page.chrome.CHROME_VOCABULARIES`).
    vocabulary: Mapping[str, Iterable[str]] = field(factory=dict)
    #: Entries for the page kit's word lists on every page, whatever reads it: the outlet's name and
    #: credits where other sites reprint its stories (``CNN``, ``(AP Photo/…)``); see :meth:`vocabulary_hook`.
    shared_vocabulary: Mapping[str, Iterable[str]] = field(factory=dict)
    #: False when the outlet prints no standfirst: a fragment under the title is a caption.
    standfirst: bool = True

    def is_signed(self, lines: Sequence[str]) -> bool:
        """True when one of ``lines`` carries one of the outlet's signatures."""
        return any(any(map(signature.search, lines)) for signature in self.signatures)

    def chrome(self, vocabulary: Vocabulary | None = None) -> PageChrome:
        """The page kit's chrome, from ``vocabulary`` (all plugins' word lists) and the outlet's own."""
        return chrome_with(vocabulary, self.shared_vocabulary, self.vocabulary)

    def hook(self) -> Callable[[Callable[[Any], None], Vocabulary], None]:
        """The ``newsparse_splitters`` hook of the outlet's plugin."""

        @hookimpl
        def newsparse_splitters(register: Callable[[Any], None], vocabulary: Vocabulary) -> None:
            register(OutletSplitter(self, vocabulary=vocabulary))

        return newsparse_splitters

    def vocabulary_hook(self) -> Callable[[], Mapping[str, Iterable[str]]]:
        """The ``newsparse_vocabulary`` hook of the outlet's plugin: its :attr:`shared_vocabulary`."""

        @hookimpl
        def newsparse_vocabulary() -> Mapping[str, Iterable[str]]:
            return self.shared_vocabulary

        return newsparse_vocabulary


class OutletSplitter(LayoutSplitter):
    """Reads one outlet's single-article pages by the general article layout: :data:`~newsparse.bands.SIGNED`
    on a page that carries the outlet's signature and reads as an article.

    Its chrome is ``chrome``, or made from ``vocabulary`` and the outlet's words when a page first carries
    the outlet's signature: most pages carry no outlet's, and a command reads few pages of any one outlet.
    """

    def __init__(self, outlet: Outlet, chrome: PageChrome | None = None, vocabulary: Vocabulary | None = None) -> None:
        super().__init__(chrome)
        self._vocabulary = vocabulary
        self.outlet = outlet
        self.name = outlet.name
        self.description = outlet.description
        self.prints_standfirst = outlet.standfirst

    @functools.cached_property
    def chrome(self) -> PageChrome:
        """The page kit's chrome with the outlet's words, made when first read."""
        return self.outlet.chrome(self._vocabulary)

    def fit(self, probe: PageProbe) -> float:
        if not self.outlet.is_signed(probe.clean_lines[:SIGNATURE_LINES]):
            return NONE  # cheap: the lines are given kinds only on the outlet's pages
        return SIGNED if article_fit(self.lines(probe)) > NONE else NONE
