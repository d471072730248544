"""Compiled regular-expression programs kept on disk between runs, as Python keeps byte code.

Compiling the patterns a parse needs is most of the start-up of ``newsparse parse small.txt``:
:mod:`re` parses each pattern and writes its program in Python, milliseconds for a pattern made
from a long word list.  The programs are the same from run to run, so :func:`compile` writes each
one it makes to a file of its own (named by a checksum of the pattern, in a folder for this Python
and engine: ``regex-<tag>-<engine>`` in :func:`cache_dir`), and later runs read the files of the
patterns they use and hand the stored programs to the regular-expression engine instead of
compiling the patterns again.  A run reads only the programs it needs, however many the folder holds.

The cache only saves time: a pattern comes out the same either way (the engine checks every
program it is given, and one it refuses is compiled anew), a damaged or foreign file is ignored,
and a folder that cannot be written is skipped.  ``NEWSPARSE_REGEX_CACHE=0`` switches it off;
``NEWSPARSE_CACHE_DIR`` names another folder.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import zlib
from typing import Any

try:  # CPython's engine and compiler; on another Python every pattern is compiled by re.compile.
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - CPython has them
    _sre = None

__all__ = ["ProgramCache", "cache_dir", "compile"]

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
    """The programs kept in ``folder``, one file a pattern, each holding its pattern, flags and program."""

    def __init__(self, folder: str):
        self.folder = folder

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the stored program when there is one the engine takes."""
        flags = int(flags)
        path = self.path(pattern, flags)
        program = self._read(path, pattern, flags)
        if program is not None:
            try:
                compiled: re.Pattern[str] = _sre.compile(pattern, *program)
                return compiled
            except (RuntimeError, TypeError, ValueError, OverflowError):  # a program this engine refuses
                pass
        try:
            compiled, program = _compiled(pattern, flags)
        except (AttributeError, TypeError):  # a Python whose compiler works otherwise: as re compiles
            return re.compile(pattern, flags)
        self._write(path, (pattern, flags, program))
        return compiled

    def path(self, pattern: str, flags: int) -> str:
        """The file of ``pattern`` with ``flags``: a checksum and the length of the pattern name it (a file
        found holding another pattern is overwritten)."""
        data = pattern.encode("utf-8", "surrogatepass")
        return os.path.join(self.folder, f"{zlib.crc32(data):08x}-{len(data)}-{flags}.marshal")

    @staticmethod
    def _read(path: str, pattern: str, flags: int) -> Program | None:
        try:
            with open(path, "rb") as file:
                stored = marshal.loads(file.read())
        except (OSError, EOFError, ValueError, TypeError):
            return None
        if not (isinstance(stored, tuple) and len(stored) == 3 and stored[0] == pattern and stored[1] == flags):
            return None
        program: Program = stored[2]
        return program if isinstance(program, tuple) else None

    def _write(self, path: str, stored: tuple[str, int, Program]) -> None:
        """Write the file whole under another name, then rename it: a reader never sees half a file."""
        temporary = f"{path}.{os.getpid()}.tmp"
        try:
            os.makedirs(self.folder, exist_ok=True)
            with open(temporary, "wb") as file:
                file.write(marshal.dumps(stored))
            os.replace(temporary, path)
        except (OSError, ValueError):  # a folder that cannot be written; a program marshal cannot keep
            try:
                os.unlink(temporary)
            except OSError:
                pass


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
    """``re.compile(pattern, flags)``, through the cache folder of this Python unless the cache is switched off
    (a pattern of bytes is compiled by :func:`re.compile`)."""
    global _shared
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str) or flags & re.DEBUG or os.environ.get("NEWSPARSE_REGEX_CACHE") == "0":
        return re.compile(pattern, flags)  # a bytes pattern is compiled as re compiles it
    if _shared is None:
        _shared = ProgramCache(os.path.join(cache_dir(), f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}"))
    return _shared.compile(pattern, flags)
