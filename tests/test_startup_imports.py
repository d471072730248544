"""Start-up: ``import newsparse`` imports none of its modules, and parsing a small page leaves the slow imports out."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import newsparse

PAGE = "Month: June 2024\n\nHarbour fees rise in three ports\n\nThe board met on Monday.\n"

#: Modules the command does not need for a small page, each slow to import.
NOT_NEEDED = (
    "importlib.metadata",  # entry points are read by newsparse.hooks.entry_points
    "email",
    "dateutil",  # "June 2024" is read by newsparse.page.dates.month_and_year
    "sqlite3",
    "hashlib",
    "newsparse.outputs.html_view",
    "newsparse.outputs.terminal_view",
    "newsparse.outputs.frames",
    "newsparse.html.extract",  # the page is text, not HTML
    "newsparse_quotes.attribution",  # the quote rules and their word lists: the page quotes nobody
    "newsparse_quotes.words",
)


def _imported_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_importing_the_package_imports_none_of_its_modules():
    imported = _imported_after("import newsparse")
    assert {name for name in imported if name.startswith("newsparse.")} == set()
    assert "attrs" not in imported and "importlib.metadata" not in imported


def test_parsing_a_small_page_leaves_the_slow_imports_out(tmp_path):
    page = tmp_path / "small.txt"
    page.write_text(PAGE, encoding="utf-8")
    code = f"import io, contextlib\nfrom newsparse.cli.main import main\nwith contextlib.redirect_stdout(io.StringIO()):\n    main(['parse', {str(page)!r}])"
    imported = _imported_after(code)
    assert "newsparse_figures.finder" in imported  # the page was parsed, its figure found
    assert [name for name in NOT_NEEDED if name in imported] == []


@pytest.mark.parametrize("name", [*newsparse.__all__, "__version__"])
def test_every_public_name_is_there_when_asked_for(name):
    if name == "dask":
        pytest.importorskip("dask")
    assert getattr(newsparse, name) is not None
    assert name in dir(newsparse)


def test_every_public_name_has_one_home_and_every_home_is_public():
    assert sorted([*newsparse._HOME_OF, *newsparse._MODULES]) == sorted(newsparse.__all__)


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'parse_everything'"):
        newsparse.parse_everything  # noqa: B018


def test_the_quote_rules_are_imported_for_the_first_quote(tmp_path):
    page = tmp_path / "quoted.txt"
    page.write_text("Month: June 2024\n\nHarbour fees rise, the board says\n\n“We had no choice,” the chair said.\n", encoding="utf-8")
    code = f"import io, contextlib\nfrom newsparse.cli.main import main\nwith contextlib.redirect_stdout(io.StringIO()):\n    main(['parse', {str(page)!r}])"
    assert {"newsparse_quotes.attribution", "newsparse_quotes.words"} <= _imported_after(code)


def test_an_outlet_makes_its_chrome_for_its_own_pages_only():
    registry = newsparse.Registry()
    cnn = registry.splitter("cnn")
    newsparse.parse(PAGE, registry=registry)
    assert "chrome" not in vars(cnn)  # no page carried CNN's signature
    newsparse.parse("Dock strike ends\n\n(CNN) — The dockers voted at noon to go back to work.\n", registry=registry)
    assert "chrome" in vars(cnn) and cnn.chrome is cnn.chrome


@pytest.mark.parametrize(("module", "name"), [("newsparse_quotes", "Rule"), ("newsparse.html", "extract_html")])
def test_a_name_imported_when_first_asked_for_is_listed_and_there(module, name):
    found = importlib.import_module(module)
    assert name in dir(found) and getattr(found, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        getattr(found, "nothing_here")
