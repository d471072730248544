"""Which files a run parses: named files, folders searched recursively, and lists of paths.

The order is deterministic: inputs in the order given, and the files found in a
folder sorted by their path inside it.  Inside folders, hidden files and folders
(names starting with ``.``) are skipped, symbolic links to files are followed and
links to folders are not (so a link cannot make a loop).  A file named directly is
always taken, whatever its name; the patterns only choose among the files of a folder,
matched against the file name, ignoring case.  A folder that cannot be listed is an
:class:`~newsparse.InputError`.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import PurePath
from typing import TextIO

from newsparse.errors import InputError

__all__ = ["DEFAULT_PATTERNS", "STDIN", "expand", "read_list"]

#: The file names taken from a folder unless other patterns are given.
DEFAULT_PATTERNS = ("*.txt", "*.html", "*.htm")
#: The name that stands for standard input.
STDIN = "-"


def expand(names: Iterable[str], patterns: Sequence[str] = DEFAULT_PATTERNS) -> Iterator[str]:
    """Every input in ``names``, each folder replaced by its files whose names match one of ``patterns``.

    Names that are neither folders nor files are passed on as they are, so that
    reading them reports what is wrong (a missing file, say).
    """
    for name in names:
        if name != STDIN and os.path.isdir(name):
            yield from _folder_files(name, patterns)
        else:
            yield name


def read_list(stream: TextIO) -> Iterator[str]:
    """The paths listed in ``stream``, one a line; blank lines are skipped, spaces inside a path are kept."""
    for line in stream:
        path = line.rstrip("\r\n")
        if path.strip():
            yield path


def _folder_files(folder: str, patterns: Sequence[str]) -> list[str]:
    """The files under ``folder`` matching ``patterns``, sorted by their path inside it."""
    def refuse(exc: OSError) -> None:
        raise InputError(f"{exc.filename}: cannot be listed ({exc.strerror or exc})")

    patterns = [pattern.lower() for pattern in patterns]
    found: list[str] = []
    for parent, folders, files in os.walk(folder, onerror=refuse):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found.extend(
            os.path.join(parent, name)
            for name in files
            if not name.startswith(".") and any(fnmatch.fnmatchcase(name.lower(), pattern) for pattern in patterns)
        )
    return sorted(found, key=lambda path: PurePath(path).parts)
