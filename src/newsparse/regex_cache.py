"""Compiled regular-expression programs kept on disk between runs, as Python keeps byte code.

Compiling the patterns a parse needs is most of the start-up of ``newsparse parse small.txt``:
:mod:`re` parses each pattern and writes its program in Python, milliseconds for a pattern made
from a long word list.  The programs are the same from run to run, so :func:`compile` keeps each
one it makes and, when the process ends, writes them to a cache file for this Python
(``regex-<tag>-<engine>.marshal`` in :func:`cache_dir`); later runs hand the stored program to the
regular-expression engine instead of compiling the pattern again.

The cache only saves time: a pattern comes out the same either way (the engine checks every
program it is given, and one it refuses is compiled anew), a damaged or foreign file is ignored,
and a cache that cannot be written is skipped.  ``NEWSPARSE_REGEX_CACHE=0`` switches it off;
``NEWSPARSE_CACHE_DIR`` names another folder.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from typing import Any

try:  # CPython's engine and compiler; on another Python every pattern is compiled by re.compile.
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - CPython has them
    _sre = None

__all__ = ["ProgramCache", "cache_dir", "compile"]

#: The cache gains the patterns of each new version; past this many it keeps only those of the last run.
MAX_PROGRAMS = 4000

#: What :func:`_sre.compile` takes after the pattern: flags, code, groups, group index, index group.
Program = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]


def cache_dir() -> str:
    """The folder of the cache: ``NEWSPARSE_CACHE_DIR``, else ``newsparse`` in the user's cache folder."""
    named = os.environ.get("NEWSPARSE_CACHE_DIR")
    if named:
        return named
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~\\AppData\\Local")
    elif sys.platform == "darwin":
        base = os.path.expanduser("~/Library/Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return os.path.join(base, "newsparse")


class ProgramCache:
    """The programs of one cache file: read on first use, written by :meth:`save` when some were added."""

    def __init__(self, path: str):
        self.path = path
        self._programs: dict[tuple[str, int], Program] | None = None
        self._used: dict[tuple[str, int], Program] = {}
        self._added = False

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the stored program when there is one the engine takes."""
        key = (pattern, int(flags))
        program = self._load().get(key)
        if program is not None:
            try:
                compiled: re.Pattern[str] = _sre.compile(pattern, *program)
            except (RuntimeError, TypeError, ValueError, OverflowError):  # a program this engine refuses
                program = None
        if program is None:
            try:
                compiled, program = _compiled(pattern, key[1])
            except (AttributeError, TypeError):  # a Python whose compiler works otherwise: as re compiles
                return re.compile(pattern, flags)
            self._load()[key] = program
            self._added = True
        self._used[key] = program
        return compiled

    def save(self) -> None:
        """Write the programs to the file if this cache compiled new ones; a folder that cannot be written is skipped."""
        if not self._added:
            return
        self._added = False
        programs = self._load()
        if len(programs) > MAX_PROGRAMS:
            programs = self._used
        try:
            import tempfile  # here, not at import: most runs have nothing to write

            folder = os.path.dirname(self.path)
            os.makedirs(folder, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as file:
                    file.write(marshal.dumps(programs))
                os.replace(temporary, self.path)
            except BaseException:
                os.unlink(temporary)
                raise
        except (OSError, ValueError):  # a folder that cannot be written; a program marshal cannot keep
            pass

    def _load(self) -> dict[tuple[str, int], Program]:
        if self._programs is None:
            try:
                with open(self.path, "rb") as file:
                    loaded = marshal.loads(file.read())  # one read: marshal.load reads a file piece by piece
            except (OSError, EOFError, ValueError, TypeError):
                loaded = None
            self._programs = loaded if isinstance(loaded, dict) else {}
        return self._programs


def _compiled(pattern: str, flags: int) -> tuple[re.Pattern[str], Program]:
    """The pattern compiled as :func:`re.compile` does, and its program."""
    tree = _parser.parse(pattern, flags)
    state = tree.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    code = [int(word) for word in _compiler._code(tree, flags)]  # plain ints: the opcodes are an int subclass
    program = (int(flags | state.flags), code, state.groups - 1, dict(state.groupdict), tuple(indexgroup))
    return _sre.compile(pattern, *program), program


_shared: ProgramCache | None = None


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - this module's re.compile
    """``re.compile(pattern, flags)``, through the cache file of this Python unless the cache is switched off."""
    global _shared
    flags = int(flags)
    if _sre is None or flags & re.DEBUG or os.environ.get("NEWSPARSE_REGEX_CACHE", "1") == "0":
        return re.compile(pattern, flags)
    if _shared is None:
        tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}"
        _shared = ProgramCache(os.path.join(cache_dir(), f"regex-{tag}.marshal"))
        atexit.register(_shared.save)
    return _shared.compile(pattern, flags)
