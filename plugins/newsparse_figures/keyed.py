"""Patterns cut by where they are matched: one small pattern for each character a match may start with.

A pattern made of long tables (every currency name, code and sign, every unit of measure)
costs far more to compile than to match, and a page matches it at few places: after a
number.  So such a pattern is built for the character there (its *key*) from only the
entries of its tables that may start with that character: the pattern matches there
exactly what the pattern of the whole tables would (the entries left out could not match
there), and a page with one number compiles one small pattern, not the whole tables.

``5 km`` needs only the units starting with ``k``::

    units = Table(["km", "kg", "miles"])
    by_start = PatternsByStart(lambda key: re.compile(rf"\\s(?:{'|'.join(units.starting(key))})"), units.starts, 8)
    by_start.at("k").match("5 km", 1)  # built from km and kg
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = ["PatternsByStart", "Table", "starts_of"]


def _firsts(entry: str, caseless: bool) -> str:
    """The characters ``entry`` may start with in the text: its first one; in either case, if ``caseless`` (the
    first character of a branch of ``_caseless`` in :mod:`newsparse_figures.patterns` is plain, in lower or upper
    case)."""
    first = entry[:1]
    if not caseless:
        return first
    lower = first.lower()[:1]
    return lower + lower.upper()[:1]


class Table:
    """A table's entries, found by the characters they may start with (in either case, if ``caseless``)."""

    def __init__(self, entries: Iterable[str], *, caseless: bool = False):
        self.entries = list(entries)
        self.caseless = caseless
        self._index: dict[str, list[str]] | None = None

    def starting(self, key: str | None) -> list[str]:
        """The entries that may start with a character of ``key`` (an empty entry may start anywhere); all of them
        for no key (``None``).  The entries are sorted by their first characters once, on the first call."""
        if key is None:
            return self.entries
        index = self._index
        if index is None:
            index = self._index = {}
            for entry in self.entries:
                for char in _firsts(entry, self.caseless) if entry else ("",):
                    index.setdefault(char, []).append(entry)
        return [entry for char in {*key, ""} for entry in index.get(char, ())]

    @property
    def starts(self) -> frozenset[str]:
        """The characters an entry may start with."""
        return frozenset(char for entry in self.entries for char in _firsts(entry, self.caseless))


def starts_of(*tables: Table) -> frozenset[str]:
    """The characters an entry of ``tables`` may start with."""
    return frozenset().union(*(table.starts for table in tables))


class PatternsByStart:
    """The patterns ``build(key)`` returns, each built on the first match with its key; past ``limit`` keys, the
    pattern of the whole tables (``build(None)``) for every new one.

    A key is made of the characters at the place of a match that decide which entries may
    match there; a character no entry starts with counts as none (:meth:`key`), so however
    varied the text, no more patterns are built than the tables have first characters (and
    pairs of them, where the caller reads two characters: :meth:`at`).  A small pattern costs
    a tenth or a twentieth of the whole one to build, so a page that needs a few (most pages)
    saves; a text that needs many gets the whole one after ``limit`` small ones, and so costs at
    most ``limit`` small patterns more than the whole one alone.
    """

    def __init__(self, build: Callable[[str | None], re.Pattern[str]], starts: frozenset[str], limit: int):
        self._build = build
        #: The characters some entry starts with.
        self.starts = starts
        self.limit = limit
        self._built: dict[str | None, re.Pattern[str]] = {}
        #: The pattern for the characters read in the text, each of whose keys is built once.
        self._at: dict[str, re.Pattern[str]] = {}

    def key(self, char: str) -> str:
        """``char`` if some entry starts with it, else no character."""
        return char if char in self.starts else ""

    def at(self, chars: str) -> re.Pattern[str]:
        """The pattern for the characters ``chars`` read in the text (the key of each, joined)."""
        pattern = self._at.get(chars)
        if pattern is None:
            key: str | None = "".join(map(self.key, chars))
            if key not in self._built and len(self._built) >= self.limit:
                key = None  # the whole pattern
            pattern = self._built.get(key)
            if pattern is None:
                pattern = self._built[key] = self._build(key)
            self._at[chars] = pattern
        return pattern

    def __len__(self) -> int:
        """How many patterns are built (the whole one too)."""
        return len(self._built)
