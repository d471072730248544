"""Every code example in README.md and docs/*.rst runs, on every dev corpus page and on tricky pages.

Python examples are the ```python blocks of the README and the ``code-block:: python``,
``doctest`` and ``testcode`` blocks of the docs.  An example with ``>>>`` prompts runs as a
doctest.  Any other example runs once per page, with ``text`` set to the page's text and
``"page.txt"`` replaced by the page's path.  An example that opens with ``# NAME/__init__.py``
is a plugin module, importable as ``NAME`` by the later examples; every example that defines
hooks is registered as a plugin and its splitters are run on every page.  Shell examples
that call ``newsparse`` run against a copy of a corpus page.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
import shlex
import subprocess
import sys
import textwrap
import types
import warnings
from pathlib import Path

import attrs
import pytest

import newsparse
from newsparse.hooks.host import Registry, make_plugin_manager
from newsparse.page.probe import PageProbe
from newsparse.hooks.vocabulary import read_change

from .conftest import REPO, SHARED


@attrs.frozen
class Example:
    """One code example: where it is printed (``file:line``), its code, its language."""

    where: str
    code: str
    language: str

    @property
    def is_doctest(self) -> bool:
        return ">>>" in self.code

    @property
    def hooks(self) -> list[str]:
        """The hooks the example implements: decorated functions, or hooks a helper made (``newsparse_x = ...``)."""
        found = re.findall(r"^(?:@(?:newsparse\.)?hookimpl\ndef (\w+)\(|(newsparse_\w+) = )", self.code, re.MULTILINE)
        return [decorated or assigned for decorated, assigned in found]

    @property
    def module_name(self) -> str | None:
        """``NAME`` for an example that opens with ``# NAME/__init__.py``."""
        found = re.match(r"# (\w+)/__init__\.py\n", self.code)
        return found[1] if found else None


def _readme_examples(language: str) -> list[Example]:
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    examples, start = [], None
    for number, line in enumerate(lines, 1):
        if start is None and line.strip() == f"```{language}":
            start = number
        elif start is not None and line.strip() == "```":
            examples.append(Example(f"README.md:{start}", "\n".join(lines[start:number - 1]) + "\n", language))
            start = None
    return examples


def _rst_block(lines: list[str], opener: int) -> str:
    """The body of the directive or literal block opened on line ``opener`` (0-based), dedented."""
    indent = len(lines[opener]) - len(lines[opener].lstrip())
    body = []
    for line in lines[opener + 1 :]:
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        body.append(line)
    text = textwrap.dedent("\n".join(body)).strip("\n")
    return re.sub(r"\A(:[\w-]+:.*\n)+", "", text) + "\n"  # directive options such as :options:


_PYTHON_DIRECTIVE = re.compile(r"\s*\.\. (code-block:: python|doctest::|testcode::)")


def _rst_examples() -> tuple[list[Example], list[Example]]:
    """The Python examples of the docs, and their other literal blocks (``::`` and shell)."""
    python, literal = [], []
    for path in sorted((REPO / "docs").glob("*.rst")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            where = f"docs/{path.name}:{i + 1}"
            if _PYTHON_DIRECTIVE.match(line):
                python.append(Example(where, _rst_block(lines, i), "python"))
            elif re.match(r"\s*\.\. code-block:: (console|sh|bash)", line):
                literal.append(Example(where, _rst_block(lines, i), "console"))
            elif line.rstrip().endswith("::") and not line.lstrip().startswith(".."):
                literal.append(Example(where, _rst_block(lines, i), "text"))
    return python, literal


_RST_PYTHON, LITERAL_EXAMPLES = _rst_examples()
PYTHON_EXAMPLES = _readme_examples("python") + _RST_PYTHON
RUN_EXAMPLES = [e for e in PYTHON_EXAMPLES if not e.is_doctest]
MODULE_EXAMPLES = [e for e in RUN_EXAMPLES if e.module_name]
PLUGIN_EXAMPLES = [e for e in RUN_EXAMPLES if e.hooks]

#: Pages written for these tests, on which examples must not fail either.
TRICKY_PAGES = {
    "empty": "",
    "whitespace": "  \n\t\n \u00a0 \n",
    "byline": "By Kit Marlow | 3 March 2024\n",
    "masthead-byline": "HARBOUR GAZETTE\nBy Kit Marlow | 3 March 2024\n",
    "masthead": "HARBOUR GAZETTE\n",
    "wire-masthead": "WIRE FEED\n\n",
    "one-sentence": "The bridge reopened on Friday.\n",
    "crlf": "Lock keepers vote to strike\r\n\r\nThe keepers said they would stop work in May.\r\n",
}


def _corpus() -> list[Path]:
    return sorted((SHARED / "corpus").glob("*.txt"))


PAGES = [pytest.param(name, id=name) for name in TRICKY_PAGES] + [
    pytest.param(path.name, id=path.name) for path in _corpus()
]


@pytest.fixture
def page_file(request, shared_dir, tmp_path) -> Path:
    """The page named by the test's ``page`` parameter, as a file."""
    name = request.node.callspec.params["page"]
    if name in TRICKY_PAGES:
        path = tmp_path / f"{name}.txt"
        path.write_bytes(TRICKY_PAGES[name].encode("utf-8"))
        return path
    return shared_dir / "corpus" / name


def _run(example: Example, namespace: dict[str, object]) -> None:
    exec(compile(example.code, example.where, "exec"), namespace)  # noqa: S102 - the docs' own examples


def _plugin(example: Example) -> types.ModuleType:
    """The example run as a module of its own (``NAME`` for ``# NAME/__init__.py``)."""
    module = types.ModuleType(example.module_name or "example_" + re.sub(r"\W", "_", example.where))
    _run(example, module.__dict__)
    return module


@pytest.fixture
def example_modules(monkeypatch) -> None:
    """Make every plugin-module example importable by its name, as the docs' later examples import it."""
    for example in MODULE_EXAMPLES:
        monkeypatch.setitem(sys.modules, example.module_name, _plugin(example))


def _registry_with(module: types.ModuleType) -> Registry:
    pm = make_plugin_manager()
    pm.register(module, name=module.__name__)  # checks every hook's signature against its spec
    return Registry(pm)


def _check_offsets(page: newsparse.Page, text: str) -> None:
    for article in page:
        assert 0 <= article.span.start <= article.span.end <= len(text)
        for passage in article.passages():
            assert " ".join(text[passage.span.start : passage.span.end].split()) == passage.text


# --- the examples are found, and every Python example is marked as Python -------------------------


def test_examples_are_found():
    assert any("parse_file" in e.code for e in PYTHON_EXAMPLES if e.where.startswith("README"))
    assert {e.module_name for e in MODULE_EXAMPLES} >= {"harbour_gazette", "newsparse_wire"}
    assert all(e.hooks for e in MODULE_EXAMPLES), "a plugin module example without hooks is never run"
    assert any(e.is_doctest for e in PYTHON_EXAMPLES)
    assert len(_corpus()) >= 10


@pytest.mark.parametrize("example", LITERAL_EXAMPLES, ids=lambda e: e.where)
def test_literal_blocks_hold_no_unmarked_python(example):
    """A Python example in a plain ``::`` block would not be run: it must be a ``code-block:: python``."""
    try:
        compile(example.code, example.where, "exec")
    except SyntaxError:
        return
    pytest.fail(f"{example.where} is Python in a literal block; mark it ``.. code-block:: python``")


# --- Python examples ---------------------------------------------------------------------------------


def _doctest_files() -> dict[str, list[Example]]:
    by_file: dict[str, list[Example]] = {}
    for example in PYTHON_EXAMPLES:
        if example.is_doctest:
            by_file.setdefault(example.where.split(":")[0], []).append(example)
    return by_file


@pytest.mark.parametrize("examples", list(_doctest_files().values()), ids=list(_doctest_files()))
def test_doctest_examples(examples):
    """A file's doctest examples run in order with shared names, as ``sphinx -b doctest`` runs them."""
    globs: dict[str, object] = {"newsparse": newsparse}
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    for example in examples:
        test = doctest.DocTestParser().get_doctest(example.code, globs, example.where, example.where, 0)
        runner.run(test, out=report.append, clear_globs=False)
        globs = test.globs  # a DocTest runs on a copy
    assert runner.failures == 0, "".join(report)


def _docstring_doctests() -> list[doctest.DocTest]:
    finder = doctest.DocTestFinder(exclude_empty=True)
    names = [info.name for info in pkgutil.iter_modules(newsparse.__path__) if info.name != "__main__"]
    modules = [newsparse] + [importlib.import_module(f"newsparse.{name}") for name in names]
    return [t for module in modules for t in finder.find(module, globs={"newsparse": newsparse}) if t.examples]


@pytest.mark.parametrize("test", _docstring_doctests(), ids=lambda t: t.name)
def test_docstring_example(test):
    report: list[str] = []
    result = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS).run(test, out=report.append)
    assert result.failed == 0, "".join(report)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("example", [e for e in RUN_EXAMPLES if not e.module_name], ids=lambda e: e.where)
def test_example_runs_on_page(example, page, page_file, example_modules):
    code = example.code.replace('"page.txt"', repr(str(page_file)))
    text = page_file.read_text(encoding="utf-8")
    _run(Example(example.where, code, example.language), {"__name__": "example", "text": text})


def test_readme_quickstart_reads_a_real_file():
    readme = [e for e in PYTHON_EXAMPLES if e.where.startswith("README")]
    assert any('"page.txt"' in e.code for e in readme), "the README quickstart no longer parses page.txt: update this test"


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("example", [e for e in PLUGIN_EXAMPLES if "newsparse_splitters" in e.hooks], ids=lambda e: e.where)
def test_example_plugin_splits_every_page(example, page, page_file, example_modules):
    registry = _registry_with(_plugin(example))
    text = page_file.read_text(encoding="utf-8")
    added = set(registry.splitters) - set(newsparse.default_registry().splitters)
    assert added, f"{example.where} adds no splitter"
    for splitter in (registry.splitters[name] for name in sorted(added)):
        assert 0.0 <= splitter.fit(PageProbe(text)) <= 1.0
        page = newsparse.parse(text, input_format=splitter.name, registry=registry)
        assert page.format == splitter.name
        _check_offsets(page, text)


@pytest.mark.parametrize("example", [e for e in PLUGIN_EXAMPLES if "newsparse_vocabulary" in e.hooks], ids=lambda e: e.where)
def test_example_vocabulary_changes_declared_lists(example):
    module = _plugin(example)
    with warnings.catch_warnings():
        warnings.simplefilter("error", newsparse.PluginWarning)  # a change to an undeclared name breaks the plugin
        merged = _registry_with(module).vocabulary
    for name, value in module.newsparse_vocabulary().items():
        declaration = merged.declaration(name)
        change = read_change(declaration, value)
        assert all(declaration.key(word) in merged[name] for word in change.add)
        assert not any(declaration.key(word) in merged[name] for word in change.remove)


def test_plugin_guide_splitter_reads_its_sample_page(example_modules):
    """The page printed at the top of docs/plugins.rst goes to its splitter and gives one article."""
    (sample,) = [e for e in LITERAL_EXAMPLES if e.where.startswith("docs/plugins.rst") and "HARBOUR GAZETTE" in e.code]
    page = newsparse.parse(sample.code, registry=_registry_with(sys.modules["harbour_gazette"]))
    assert page.format == "harbour-gazette"
    (article,) = page
    assert article.headline.text == "Ferry fares to rise in spring"
    assert [p.text for p in article.paragraphs] == ["The ferry company will raise fares by a tenth from April."]


def _layout_samples() -> list[pytest.param]:
    """The sample pages of docs/layouts.rst, with the layout named by their section (``digest``: ...)."""
    lines = (REPO / "docs" / "layouts.rst").read_text(encoding="utf-8").splitlines()
    samples, layout = [], None
    for i, line in enumerate(lines):
        heading = re.match(r"``(\w+)``: ", line)
        if heading and i + 1 < len(lines) and set(lines[i + 1]) == {"-"}:
            layout = heading[1]
        elif line.strip() == ".. code-block:: text" and layout:
            samples.append(pytest.param(layout, _rst_block(lines, i), id=f"layouts.rst:{i + 1}"))
    return samples


def test_layout_samples_are_found():
    assert {sample.values[0] for sample in _layout_samples()} >= {"digest", "article", "blog", "rtcom"}


@pytest.mark.parametrize(("layout", "text"), _layout_samples())
def test_layout_sample_page_is_read_by_its_layout(layout, text):
    page = newsparse.parse(text)
    assert page.format == layout
    assert len(page) >= 1
    _check_offsets(page, text)


def test_layouts_guide_splitter_reads_a_wire_page(example_modules):
    text = "WIRE FEED\nCanal tolls to rise in autumn\nShipping lines will pay more to use the canal from October.\n"
    page = newsparse.parse(text, registry=_registry_with(sys.modules["newsparse_wire"]))
    assert page.format == "wire"
    (article,) = page
    assert article.headline.text == "Canal tolls to rise in autumn"


# --- shell examples ----------------------------------------------------------------------------------


def _shell_commands() -> list[pytest.param]:
    examples = _readme_examples("sh") + [e for e in LITERAL_EXAMPLES if e.language == "console" or "newsparse " in e.code]
    commands = []
    for example in examples:
        for line in example.code.splitlines():
            command = line.strip().removeprefix("$ ").split("  #")[0].strip()
            if re.search(r"(^|\|\s*)(\.venv/bin/)?newsparse\s", command):
                commands.append(pytest.param(command, id=f"{example.where}: {command}"))
    return commands


SHELL_COMMANDS = _shell_commands()


def test_shell_examples_are_found():
    assert len(SHELL_COMMANDS) >= 5


@pytest.mark.parametrize("command", SHELL_COMMANDS)
def test_shell_example_runs(command, shared_dir, tmp_path):
    """Each command runs in a folder where its input files are copies of a corpus page (an HTML page for ``.html``).

    A folder it names (``pages/``) holds one copy of the page.
    """
    page = (shared_dir / "corpus" / "digest-001.txt").read_bytes()
    for word in shlex.split(command.replace("|", " ")):
        if word.endswith(".txt"):
            (tmp_path / word).write_bytes(page)
        elif word.endswith(".html"):
            (tmp_path / word).write_bytes((REPO / "tests" / "data" / "html" / "harbour-gazette.html").read_bytes())
        elif word.endswith("/") and not word.startswith("/"):
            (tmp_path / word).mkdir(parents=True, exist_ok=True)
            (tmp_path / word / "page.txt").write_bytes(page)
    bin_dir = Path(sys.executable).parent
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "bin").symlink_to(bin_dir)
    proc = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command}"],
        cwd=tmp_path,
        env={"PATH": f"{bin_dir}:/usr/bin:/bin", "LC_ALL": "C.UTF-8"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, f"{command}\n{proc.stderr}"
