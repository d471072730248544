"""The Sphinx docs build cleanly and document every hook (with its signature) and every public name."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys

import pytest

import newsparse
from newsparse.hooks import specs as hookspecs

from .conftest import REPO


def _hookspec_names() -> list[str]:
    return [name for name, fn in vars(hookspecs).items() if hasattr(fn, "newsparse_spec")]


@pytest.fixture(scope="module")
def built_docs(tmp_path_factory):
    out = tmp_path_factory.mktemp("docs")
    proc = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "-q", "-b", "text", str(REPO / "docs"), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return {path.stem: path.read_text(encoding="utf-8") for path in out.glob("*.txt")}


def test_hookspecs_are_found():
    assert {"newsparse_splitters", "newsparse_extractors", "newsparse_exporters"} <= set(_hookspec_names())


@pytest.mark.parametrize("name", _hookspec_names())
def test_every_hookspec_is_documented_with_its_signature(built_docs, name):
    params = ", ".join(inspect.signature(getattr(hookspecs, name)).parameters)
    assert f"{name}({params}" in built_docs["hooks"], f"docs/hooks.rst does not document {name}({params})"


_API_DIRECTIVE = re.compile(r"^\.\. auto\w+:: (newsparse\.[\w.]+)", re.M)


def _api_targets() -> list[str]:
    return _API_DIRECTIVE.findall((REPO / "docs" / "api.rst").read_text(encoding="utf-8"))


def test_the_api_reference_documents_exactly_the_public_names():
    targets = _api_targets()
    assert sorted(targets) == sorted(set(targets)), "docs/api.rst documents a name twice"
    assert set(targets) == {f"newsparse.{name}" for name in newsparse.__all__}


@pytest.mark.parametrize("name", newsparse.__all__)
def test_every_public_name_is_importable_and_rendered_in_the_api_reference(built_docs, name):
    assert getattr(newsparse, name) is not None
    assert f"newsparse.{name}" in built_docs["api"], f"docs/api.rst does not render newsparse.{name}"
