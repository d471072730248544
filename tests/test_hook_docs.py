"""Every hook is documented (each argument, the return), has an example in docs/hooks.rst, and a test calls it."""

from __future__ import annotations

import ast
import inspect
import re
import types
import warnings

import pytest

import newsparse
from newsparse.hooks import specs as hookspecs
from newsparse.hooks.host import Registry, make_plugin_manager

from .conftest import REPO

HOOKS = sorted(name for name, _ in inspect.getmembers(hookspecs, inspect.isfunction) if name.startswith("newsparse_"))
HOOKS_PAGE = (REPO / "docs" / "hooks.rst").read_text(encoding="utf-8")


def _sections(page: str) -> dict[str, str]:
    """The sections of an .rst page by the first word of their title (``newsparse_x(register)`` -> ``newsparse_x``)."""
    parts = re.split(r"^(\S[^\n]*)\n-{3,}\n", page, flags=re.MULTILINE)
    return {re.split(r"\W", title, maxsplit=1)[0]: body for title, body in zip(parts[1::2], parts[2::2], strict=True)}


SECTIONS = _sections(HOOKS_PAGE)


def _examples(section: str) -> list[str]:
    """The Python code blocks of a section, dedented."""
    blocks = re.findall(r"^\.\. code-block:: python\n\n((?:(?:   [^\n]*)?\n)+)", section, flags=re.MULTILINE)
    return ["\n".join(line[3:] for line in block.splitlines()) for block in blocks]


def _functions_in_tests() -> set[str]:
    """The names of the functions the test modules (this one aside) define, hook implementations among them."""
    names: set[str] = set()
    for path in (REPO / "tests").glob("test_*.py"):
        if path.name == "test_hook_docs.py":
            continue
        names |= {node.name for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(node, ast.FunctionDef)}
    return names


def test_the_hooks_are_found():
    assert HOOKS == [
        "newsparse_exporters",
        "newsparse_extractors",
        "newsparse_splitters",
        "newsparse_vocabularies",
        "newsparse_vocabulary",
    ]


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_has_a_section_with_an_example(hook):
    assert hook in SECTIONS, f"docs/hooks.rst has no section for {hook}"
    assert f".. autofunction:: newsparse.hooks.specs.{hook}" in SECTIONS[hook]
    examples = [code for code in _examples(SECTIONS[hook]) if re.search(rf"@hookimpl\ndef {hook}\(", code)]
    assert examples, f"the {hook} section of docs/hooks.rst has no example implementing it"


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_documents_its_arguments_and_return(hook):
    spec = getattr(hookspecs, hook)
    doc = inspect.getdoc(spec) or ""
    for argument in inspect.signature(spec).parameters:
        assert f":param {argument}:" in doc, f"{hook} does not document {argument}"
    assert ":return:" in doc, f"{hook} does not say what its return means"


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_implemented_by_a_test(hook):
    assert hook in _functions_in_tests(), f"no test implements {hook}"


def test_the_examples_work_together():
    """Each hook's example, registered as a plugin: none breaks, and each adds what it provides."""
    pm = make_plugin_manager()
    for hook in HOOKS:
        module = types.ModuleType(f"example_{hook}")
        exec(compile(_examples(SECTIONS[hook])[0], f"docs/hooks.rst:{hook}", "exec"), module.__dict__)  # noqa: S102
        pm.register(module, name=f"example-{hook}")
    with warnings.catch_warnings():
        warnings.simplefilter("error", newsparse.PluginWarning)
        registry = Registry(pm)
    assert registry.plugin_of("vocabulary", "weather_words") == "example-newsparse_vocabularies"
    assert "harrumphed" in registry.vocabulary["speech_verbs"] and "exclusive" not in registry.vocabulary["chrome_lines"]
    assert registry.plugin_of("splitter", "memo") == "example-newsparse_splitters"
    assert list(registry.extractors) == ["figures", "quotes", "spoken-quotes"]
    assert registry.plugin_of("exporter", "headlines") == "example-newsparse_exporters"
    page = newsparse.parse("MEMO\nSubscribe\nCanteen hours change\nThe canteen opens at eight.\n", registry=registry)
    assert page.format == "memo"
    assert [a.headline.text for a in page] == ["Canteen hours change"]
