"""The code stays easy to see: no class over 300 lines, no function over 60, in the package and the plugins."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .conftest import REPO

#: The most lines a class or a function may span.
LIMITS = {ast.ClassDef: 300, ast.FunctionDef: 60, ast.AsyncFunctionDef: 60}
SOURCES = sorted(p for top in ("src", "plugins") for p in (REPO / top).rglob("*.py"))


def oversized(path: Path) -> list[str]:
    """The classes and functions in ``path`` longer than their limit, as ``name (N lines)``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        limit = LIMITS.get(type(node))
        length = (getattr(node, "end_lineno", None) or 0) - getattr(node, "lineno", 0) + 1
        if limit is not None and length > limit:
            found.append(f"{getattr(node, 'name', '?')} ({length} lines)")
    return found


def test_the_check_sees_an_oversized_function(tmp_path):
    body = "\n".join(f"    x{i} = {i}" for i in range(LIMITS[ast.FunctionDef]))
    path = tmp_path / "long.py"
    path.write_text(f"def long():\n{body}\n", encoding="utf-8")
    assert oversized(path) == [f"long ({LIMITS[ast.FunctionDef] + 1} lines)"]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(REPO)))
def test_no_class_or_function_is_oversized(path):
    assert not oversized(path), f"{path.relative_to(REPO)}: split {', '.join(oversized(path))}"


def rebound(path: Path) -> list[str]:
    """The names ``path`` binds more than once at module level (a constant, function or class): the last binding
    wins everywhere, so the first one's users silently read the other's value."""
    seen: set[str] = set()
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            continue
        twice += [name for name in names if name in seen]
        seen.update(names)
    return twice


def test_the_check_sees_a_constant_bound_twice(tmp_path):
    path = tmp_path / "twice.py"
    path.write_text("_LIMIT = 24\n\ndef f():\n    return _LIMIT\n\n_LIMIT = 12\n", encoding="utf-8")
    assert rebound(path) == ["_LIMIT"]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(REPO)))
def test_no_module_binds_a_name_twice(path):
    assert not rebound(path), f"{path.relative_to(REPO)}: rename {', '.join(rebound(path))}"
