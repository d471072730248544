"""Named vocabularies merged from every plugin's ``newsparse_vocabulary`` hook."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

__all__ = ["Vocabulary"]


class Vocabulary:
    """Read-only word lists and tables by name.

    List-like contributions are merged into a :class:`frozenset`; mapping
    contributions into one :class:`dict`.  Asking for a name nobody contributed
    gives an empty set.
    """

    def __init__(self, contributions: Iterable[Mapping[str, Iterable[Any] | Mapping[str, Any]]] = ()):
        sets: dict[str, set[Any]] = {}
        tables: dict[str, dict[str, Any]] = {}
        for contribution in contributions:
            for name, entries in contribution.items():
                if isinstance(entries, Mapping):
                    if name in sets:
                        raise TypeError(f"vocabulary {name!r} mixes a word list and a table")
                    tables.setdefault(name, {}).update(entries)
                else:
                    if name in tables:
                        raise TypeError(f"vocabulary {name!r} mixes a word list and a table")
                    sets.setdefault(name, set()).update(entries)
        self._entries: dict[str, frozenset[Any] | Mapping[str, Any]] = {n: frozenset(s) for n, s in sets.items()}
        self._entries.update({n: MappingProxyType(t) for n, t in tables.items()})

    def __getitem__(self, name: str) -> Any:
        return self._entries.get(name, frozenset())

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def names(self) -> list[str]:
        """The names of all vocabularies, sorted."""
        return sorted(self._entries)
