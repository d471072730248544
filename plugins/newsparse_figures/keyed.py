"""Patterns cut by where they are matched: one small pattern for each character a match may start with.

A pattern made of long tables (every currency name, code and sign, every unit of measure)
costs far more to compile than to match, and a page matches it at few places: after a
number.  So such a pattern is built for the character there (its *key*) from only the
entries of its tables that may start with that character: the pattern matches there
exactly what the pattern of the whole tables would (the entries left out could not match
there), and a page with one number compiles one small pattern, not the whole tables.

``5 km`` needs only the units starting with ``k``::

    by_start = PatternsByStart(lambda key: re.compile(rf"\\s(?:{'|'.join(starting(units, key))})"), starts_of(units))
    by_start.at("k").match("5 km", 1)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = ["PatternsByStart", "starting", "starts_of"]


def _firsts(entry: str, caseless: bool) -> str:
    """The characters ``entry`` may start with in the text: its first one; in either case, if ``caseless`` (the
    first character of a branch of ``_caseless`` in :mod:`newsparse_figures.patterns` is plain, in lower or upper
    case)."""
    first = entry[:1]
    if not caseless:
        return first
    lower = first.lower()[:1]
    return lower + lower.upper()[:1]


def starting(entries: Iterable[str], key: str, *, caseless: bool = False) -> list[str]:
    """The entries of a table that may start with a character of ``key`` (an empty entry may start anywhere)."""
    return [entry for entry in entries if not entry or any(char in key for char in _firsts(entry, caseless))]


def starts_of(*tables: Iterable[str], caseless: Iterable[Iterable[str]] = ()) -> frozenset[str]:
    """The characters an entry of ``tables`` (matched as spelt) or of ``caseless`` (in either case) may start with."""
    plain = {entry[:1] for table in tables for entry in table}
    return frozenset(plain | {char for table in caseless for entry in table for char in _firsts(entry, True)})


class PatternsByStart:
    """The patterns ``build(key)`` returns, each built on the first match with its key.

    A key is made of the characters at the place of a match that decide which entries may
    match there; a character no entry starts with counts as none (:meth:`key`), so however
    varied the text, no more patterns are built than the tables have first characters (and
    pairs of them, where the caller reads two characters: :meth:`at`).
    """

    def __init__(self, build: Callable[[str], re.Pattern[str]], starts: frozenset[str]):
        self._build = build
        #: The characters some entry starts with.
        self.starts = starts
        self._built: dict[str, re.Pattern[str]] = {}
        #: The pattern for the characters read in the text, each of whose keys is built once.
        self._at: dict[str, re.Pattern[str]] = {}

    def key(self, char: str) -> str:
        """``char`` if some entry starts with it, else no character."""
        return char if char in self.starts else ""

    def at(self, chars: str) -> re.Pattern[str]:
        """The pattern for the characters ``chars`` read in the text (the key of each, joined)."""
        pattern = self._at.get(chars)
        if pattern is None:
            key = "".join(map(self.key, chars))
            pattern = self._built.get(key)
            if pattern is None:
                pattern = self._built[key] = self._build(key)
            self._at[chars] = pattern
        return pattern

    def __len__(self) -> int:
        """How many patterns are built."""
        return len(self._built)
