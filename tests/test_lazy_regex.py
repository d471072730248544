"""Patterns compiled on first use: the same answers as the compiled pattern, and module-level patterns all lazy."""

from __future__ import annotations

import re
import subprocess
import sys
import types

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.lazy_regex import LazyPattern, lazy_build, lazy_compile

WORDS = r"(?P<word>[a-z]+)(?:-(?P<tail>[a-z]+))?"


def test_nothing_is_compiled_until_first_use():
    pattern = lazy_compile(WORDS + "-not-yet", re.IGNORECASE)
    assert pattern.pattern == WORDS + "-not-yet"  # the source, usable in other patterns
    assert "_compiled" not in vars(pattern)
    assert pattern.search("Sea-NOT-yet") is not None
    assert vars(pattern)["_compiled"] == re.compile(WORDS + "-not-yet", re.IGNORECASE)  # same flags and program


def test_after_first_use_the_methods_are_the_compiled_patterns_own():
    pattern = lazy_compile(WORDS)
    pattern.match("tide")
    compiled = re.compile(WORDS)
    own = vars(pattern)["_compiled"]
    assert own == compiled  # the same flags and program
    assert pattern.search == own.search and pattern.sub == own.sub
    assert (pattern.flags, pattern.groups, pattern.groupindex) == (compiled.flags, compiled.groups, compiled.groupindex)


def test_what_no_pattern_has_is_an_attribute_error():
    with pytest.raises(AttributeError):
        lazy_compile(WORDS).no_such_method  # noqa: B018
    assert not hasattr(lazy_compile(WORDS), "__fspath__")


@given(st.text(alphabet="ab- \nZ", max_size=30))
def test_every_method_answers_as_the_compiled_pattern(text):
    compiled, lazy = re.compile(WORDS), lazy_compile(WORDS)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub(r"<\g<word>>", text) == compiled.sub(r"<\g<word>>", text)
    assert lazy.split(text) == compiled.split(text)
    assert bool(lazy.fullmatch(text)) == bool(compiled.fullmatch(text))


def test_the_defining_module_calls_the_compiled_pattern_once_used():
    module = types.ModuleType("shore")
    exec("from newsparse.lazy_regex import lazy_compile\nTIDE = lazy_compile(r'(?P<word>[a-z]+)')\n", vars(module))
    kept = module.TIDE  # as another module importing the name holds it
    assert isinstance(kept, LazyPattern)
    assert module.TIDE.match("ebb")["word"] == "ebb"
    assert isinstance(module.TIDE, re.Pattern) and module.TIDE == re.compile(r"(?P<word>[a-z]+)")  # the module's name: the compiled pattern itself
    assert kept.match("flow")["word"] == "flow" and kept.compiled is module.TIDE


def test_a_pattern_made_in_a_function_leaves_module_names_alone():
    module = types.ModuleType("harbour")
    exec("from newsparse.lazy_regex import lazy_compile\ndef make():\n    return lazy_compile('x')\nMADE = make()\n", vars(module))
    assert module.MADE.match("x") and isinstance(module.MADE, LazyPattern)



class _Harbour:
    """An object that builds a pattern from its data, as the figure rules do from their tables."""

    def __init__(self, words: list[str]):
        self.builds = 0
        self.words = words
        self.boat = lazy_build(self._boat, vars(self))

    def _boat(self) -> re.Pattern[str]:
        self.builds += 1
        return re.compile("|".join(self.words), re.IGNORECASE)


def test_a_built_pattern_is_not_built_until_first_use():
    harbour = _Harbour(["ketch", "yawl"])
    assert harbour.builds == 0 and isinstance(harbour.boat, LazyPattern)
    harbour.words.append("sloop")  # read when built, not when made
    assert harbour.boat.search("A SLOOP sailed")[0] == "SLOOP"
    assert harbour.builds == 1


def test_once_used_the_object_holds_the_built_pattern_itself():
    harbour = _Harbour(["ketch", "yawl"])
    kept = harbour.boat  # as a rule that took the attribute before its first use holds it
    assert kept.match("yawl") is not None
    assert harbour.boat is re.compile("ketch|yawl", re.IGNORECASE)
    assert kept.pattern == "ketch|yawl" and kept.flags == harbour.boat.flags and kept.fullmatch("dinghy") is None
    assert harbour.builds == 1
    assert repr(kept) == f"lazy_compile('ketch|yawl', {harbour.boat.flags!r})"


def test_a_pattern_not_built_says_so():
    harbour = _Harbour(["ketch"])
    assert repr(harbour.boat).startswith("lazy_build(")
    assert harbour.builds == 0


PACKAGES = ["newsparse", "newsparse_digest", "newsparse_article", "newsparse_blog", "newsparse_quotes", "newsparse_figures"]

#: Imports every module of the packages in a fresh interpreter and prints the module-level compiled patterns.
COMPILED_AT_IMPORT = """
import importlib, pkgutil, re
found = []
for package in {packages!r}:
    top = importlib.import_module(package)
    for info in pkgutil.walk_packages(top.__path__, package + "."):
        if info.name.split(".")[-1] in {{"dask", "__main__"}}:
            continue  # the dask extra; running the command
        module = importlib.import_module(info.name)
        found += [f"{{info.name}}.{{name}}" for name, value in vars(module).items() if isinstance(value, re.Pattern)]
print(" ".join(found))
"""


def test_module_level_patterns_are_compiled_on_first_use():
    """Every pattern a module defines at its top level is a lazy one: importing compiles none."""
    script = COMPILED_AT_IMPORT.format(packages=PACKAGES)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == []


def test_an_attribute_error_while_building_is_reported_not_recursed():
    def broken():
        raise AttributeError("no such table")

    pattern = lazy_build(broken, {})
    with pytest.raises(RuntimeError, match="no such table"):
        pattern.search("text")
