"""Regular expressions compiled when first used, not when their module is imported.

Compiling a pattern costs far more than importing the line that defines it, and a
command uses only some of the many patterns the page kit and the plugins define: a
small page needs few of them.  So every pattern defined at module level is made with
:func:`lazy_compile`, which returns a :class:`LazyPattern`::

    _URL = lazy_compile(r"https?://\\S+", re.IGNORECASE)

    _URL.search(line)  # compiled here, on the first call of any method

On first use the pattern is compiled, and calls cost what calls of the compiled
pattern cost:

* the name the defining module gave it (``_URL``) is bound to the compiled pattern
  itself, so the module's own code calls it directly, as if it had been compiled at
  import;
* the lazy pattern, which other holders keep (a module that imported the name, an
  object that stored it), takes the compiled pattern's methods (``match``,
  ``search``, ``sub``, ...) and attributes as its own.

A lazy pattern is not an :class:`re.Pattern`: give ``re.sub`` and the like
``PATTERN.compiled``, or call the pattern's own method.

A pattern an object builds from its data (the figure rules' patterns, made from the
merged vocabulary) is made with :func:`lazy_build`, given the function that builds
it and the object's ``vars``: its source is not even written until first use, and
then the object's attribute is bound to the built pattern, as a module's name is::

    self.digits = lazy_build(functools.partial(_digits_pattern, self), vars(self))
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any, cast

from newsparse import regex_cache

__all__ = ["LazyPattern", "lazy_build", "lazy_compile"]

#: What a lazy pattern takes over from the compiled pattern on first use.
_TAKEN = (
    *("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split", "scanner"),
    *("flags", "groups", "groupindex", "pattern"),
)


class LazyPattern:
    """A pattern and its flags, compiled on first use; from then on it holds the compiled pattern's methods.

    Until then it is an :class:`_Uncompiled` one (an :class:`_Unbuilt` one if :func:`lazy_build` made it),
    whose ``__getattr__`` compiles it on the first use of a method or attribute; then its class becomes
    this one, which has no ``__getattr__`` (a class with one looks every attribute up more slowly).
    """

    def __init__(self, pattern: str, flags: int = 0, home: dict[str, Any] | None = None):
        #: The pattern's source, as :attr:`re.Pattern.pattern` (usable in other patterns without compiling this one).
        self.pattern = pattern
        self._flags = flags
        self._home = home

    def _compile(self) -> re.Pattern[str]:
        return regex_cache.compile(self.pattern, self._flags)

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, compiled on the first call."""
        compiled: re.Pattern[str] | None = self.__dict__.get("_compiled")
        if compiled is None:
            try:
                compiled = self.__dict__["_compiled"] = self._compile()
            except AttributeError as error:  # out of a property it would pass for a missing attribute, and recurse
                raise RuntimeError(f"compiling {self!r} failed: {error}") from error
            for name in _TAKEN:
                setattr(self, name, getattr(compiled, name))
            self.__class__ = LazyPattern
            home, self._home = self._home, None
            if home is not None:
                for name in [name for name, value in home.items() if value is self]:
                    home[name] = compiled
        return compiled

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


class _Uncompiled(LazyPattern):
    """A lazy pattern not compiled yet."""

    def __getattr__(self, name: str) -> Any:
        # Called only for a name the instance does not hold: at the first use, or for a name no pattern has.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled, name)


class _Unbuilt(_Uncompiled):
    """A lazy pattern not built yet: its source too is made on first use, by the function it was given."""

    def __init__(self, build: Callable[[], re.Pattern[str]], home: dict[str, Any]):
        self._build = build
        self._home = home

    def _compile(self) -> re.Pattern[str]:
        compiled = self._build()
        self._flags = compiled.flags
        return compiled

    def __repr__(self) -> str:
        return f"lazy_build({self._build!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` with ``flags``, compiled when one of its methods or attributes is first used.

    Typed as the compiled pattern, whose methods and attributes it has; see :class:`LazyPattern`.
    Called at the top level of a module, the module's name for it is bound to the compiled
    pattern on first use.
    """
    caller = sys._getframe(1)
    home = caller.f_globals if caller.f_code.co_name == "<module>" else None
    return cast("re.Pattern[str]", _Uncompiled(pattern, flags, home))


def lazy_build(build: Callable[[], re.Pattern[str]], home: dict[str, Any]) -> re.Pattern[str]:
    """The pattern ``build`` returns, built when one of its methods or attributes is first used.

    Typed as the built pattern; see :class:`LazyPattern`.  ``home`` is the ``vars`` of the object
    that holds it: its attributes bound to the lazy pattern are then bound to the built one.
    """
    return cast("re.Pattern[str]", _Unbuilt(build, home))
