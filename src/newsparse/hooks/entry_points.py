"""The entry points of the installed distributions, read without importing :mod:`importlib.metadata`.

Every command looks up the plugins' entry points, and importing :mod:`importlib.metadata`
(email, zipfile, ...) costs about as much as the rest of that look-up.  In the usual case,
folders on :data:`sys.path` that hold ``*.dist-info`` and ``*.egg-info`` folders, this reads
each distribution's ``entry_points.txt`` as :mod:`importlib.metadata` does: the path in
order, the first distribution of each name winning, entry points in the order their file
lists them.  Anything else that may hold distributions (a zip file or an ``.egg`` on the
path, an import hook that finds distributions of its own) hands the look-up to
:mod:`importlib.metadata` itself.
"""

from __future__ import annotations

import importlib
import os
import sys
from importlib.machinery import PathFinder
from typing import Any

from newsparse.lazy_regex import lazy_compile

__all__ = ["Distribution", "EntryPoint", "entry_points"]

_SUFFIXES = (".dist-info", ".egg-info")
#: What a distribution's name is normalised by: runs of ``-``, ``_`` and ``.`` are one ``_``.
_SEPARATORS = lazy_compile(r"[-_.]+")


class Distribution:
    """An installed distribution: its metadata folder, and its name and version read from it when asked for."""

    __slots__ = ("path", "_headers")

    def __init__(self, path: str):
        self.path = path
        self._headers: dict[str, str] | None = None

    @property
    def name(self) -> str | None:
        """The ``Name`` of the distribution's metadata."""
        return self._header("name")

    @property
    def version(self) -> str | None:
        """The ``Version`` of the distribution's metadata."""
        return self._header("version")

    def read_text(self, filename: str) -> str | None:
        """The text of a file of the metadata folder, or ``None`` when it cannot be read."""
        try:
            with open(os.path.join(self.path, filename), encoding="utf-8") as file:
                return file.read()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
            return None

    def entry_points(self) -> list[EntryPoint]:
        """The entry points ``entry_points.txt`` lists, in its order."""
        found = []
        group = None
        for line in (self.read_text("entry_points.txt") or "").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("[") and line.endswith("]"):
                group = line.strip("[]")
            elif group is not None:
                name, value = (part.strip() for part in line.split("=", 1))
                found.append(EntryPoint(name, value, group, self))
        return found

    def _header(self, key: str) -> str | None:
        """The first header ``key`` (lower case) of ``METADATA`` (``PKG-INFO`` for an egg), as the email parser reads it."""
        if self._headers is None:
            self._headers = {}
            text = self.read_text("METADATA") or self.read_text("PKG-INFO") or ""
            for line in text.splitlines():
                if not line:
                    break  # the end of the headers
                name, colon, value = line.partition(":")
                if colon and not line[0].isspace():
                    self._headers.setdefault(name.lower(), value.lstrip(" \t"))
        return self._headers.get(key)


class EntryPoint:
    """One entry point: ``name = value`` in ``[group]``, from distribution ``dist``."""

    __slots__ = ("name", "value", "group", "dist")

    def __init__(self, name: str, value: str, group: str, dist: Distribution | None = None):
        self.name, self.value, self.group, self.dist = name, value, group, dist

    def load(self) -> Any:
        """Import the module the entry point names and return it, or the object its ``:attribute`` names."""
        match = _REFERENCE.match(self.value)
        if match is None:
            raise ValueError(f"{self.value!r} is not a module[:attribute] reference")
        found = importlib.import_module(match["module"])
        for attribute in filter(None, (match["attr"] or "").split(".")):
            found = getattr(found, attribute)
        return found

    def __repr__(self) -> str:
        return f"EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})"


#: ``module[:attribute] [extras]``, as :mod:`importlib.metadata` reads an entry point's value.
_REFERENCE = lazy_compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")


def entry_points(group: str) -> list[Any]:
    """The entry points of ``group`` of every installed distribution, in :mod:`importlib.metadata`'s order."""
    distributions = _distributions()
    if distributions is None:
        from importlib import metadata  # what this module cannot read: let it look

        return list(metadata.entry_points(group=group))
    return [entry for dist in distributions for entry in dist.entry_points() if entry.group == group]


def _distributions() -> list[Distribution] | None:
    """The distributions on :data:`sys.path`, the first of each name; ``None`` when the path holds other kinds."""
    if any(finder is not PathFinder and hasattr(finder, "find_distributions") for finder in sys.meta_path):
        return None
    found: dict[str, Distribution] = {}
    for root in sys.path:
        if not isinstance(root, str) or root.lower().endswith(".egg"):
            return None
        try:
            children = os.listdir(root or ".")
        except OSError:
            if os.path.isfile(root):
                return None  # a zip file of packages
            continue  # a folder that does not exist
        for child in children:
            if not child.lower().endswith(_SUFFIXES):
                continue
            if not child.endswith(_SUFFIXES):
                return None  # a name importlib.metadata reads from the metadata: leave it to it
            name = _SEPARATORS.sub("_", child.rpartition(".")[0].partition("-")[0]).lower()
            found.setdefault(name, Distribution(os.path.join(root, child)))
    return list(found.values())
