"""Patterns compiled on first use: the same answers as the compiled pattern, and module-level patterns all lazy."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.lazy_regex import LazyPattern, lazy_compile

WORDS = r"(?P<word>[a-z]+)(?:-(?P<tail>[a-z]+))?"


def test_nothing_is_compiled_until_first_use():
    pattern = lazy_compile(WORDS + "-not-yet", re.IGNORECASE)
    assert pattern.pattern == WORDS + "-not-yet"  # the source, usable in other patterns
    assert "_compiled" not in vars(pattern)
    assert pattern.search("Sea-NOT-yet") is not None
    assert vars(pattern)["_compiled"] is re.compile(WORDS + "-not-yet", re.IGNORECASE)


def test_after_first_use_the_methods_are_the_compiled_patterns_own():
    pattern = lazy_compile(WORDS)
    pattern.match("tide")
    compiled = re.compile(WORDS)
    assert pattern.search == compiled.search and pattern.sub == compiled.sub
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


def _modules(package):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if info.name.split(".")[-1] in {"dask", "__main__"}:
            continue  # the dask extra; running the command
        yield importlib.import_module(info.name)


@pytest.mark.parametrize(
    "package", ["newsparse", "newsparse_digest", "newsparse_article", "newsparse_blog", "newsparse_quotes", "newsparse_figures"]
)
def test_module_level_patterns_are_compiled_on_first_use(package):
    """Every pattern a module defines at its top level is a lazy one: importing compiles none."""
    compiled = [
        f"{module.__name__}.{name}"
        for module in _modules(importlib.import_module(package))
        for name, value in vars(module).items()
        if isinstance(value, re.Pattern)
    ]
    assert compiled == []
    assert isinstance(importlib.import_module("newsparse.page.chrome")._URL, LazyPattern)
