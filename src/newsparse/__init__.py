"""newsparse: turn the raw text of news pages into structured, checkable data.

>>> import newsparse
>>> page = newsparse.parse("Dockers end their strike, the union has said\\n\\nThe port reopened on Monday.\\n")
>>> for article in page:
...     lead = article.summary or article.headline  # a page may print neither
...     print(lead.text if lead else None, len(article.paragraphs))
Dockers end their strike, the union has said 1

The names below are the public face, for users and plugin authors alike; every
other module is internal.  :doc:`/api` documents each of them (and only them).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the names for type checkers; at run time each is imported when first used (see __getattr__)
    from newsparse import bands as bands
    from newsparse import dask as dask
    from newsparse.analysis import Analysis as Analysis
    from newsparse.errors import InputError as InputError
    from newsparse.errors import NewsparseError as NewsparseError
    from newsparse.errors import PluginError as PluginError
    from newsparse.errors import PluginWarning as PluginWarning
    from newsparse.errors import UnknownNameError as UnknownNameError
    from newsparse.extras import MissingExtraError as MissingExtraError
    from newsparse.hooks.host import PluginInfo as PluginInfo
    from newsparse.hooks.host import Registry as Registry
    from newsparse.hooks.host import default_registry as default_registry
    from newsparse.hooks.host import hookimpl as hookimpl
    from newsparse.hooks.host import make_plugin_manager as make_plugin_manager
    from newsparse.hooks.protocols import Exporter as Exporter
    from newsparse.hooks.protocols import Extractor as Extractor
    from newsparse.hooks.protocols import Splitter as Splitter
    from newsparse.hooks.vocabulary import AS_PRINTED as AS_PRINTED
    from newsparse.hooks.vocabulary import CASEFOLD as CASEFOLD
    from newsparse.hooks.vocabulary import LOWER as LOWER
    from newsparse.hooks.vocabulary import TABLE as TABLE
    from newsparse.hooks.vocabulary import WORDS as WORDS
    from newsparse.hooks.vocabulary import Declaration as Declaration
    from newsparse.hooks.vocabulary import Vocabulary as Vocabulary
    from newsparse.model import FIGURE_KINDS as FIGURE_KINDS
    from newsparse.model import ORIGINS as ORIGINS
    from newsparse.model import QUOTE_KINDS as QUOTE_KINDS
    from newsparse.model import Annotation as Annotation
    from newsparse.model import Article as Article
    from newsparse.model import Figure as Figure
    from newsparse.model import Page as Page
    from newsparse.model import PageMetadata as PageMetadata
    from newsparse.model import Passage as Passage
    from newsparse.model import Quote as Quote
    from newsparse.model import RelatedLink as RelatedLink
    from newsparse.model import Span as Span
    from newsparse.outputs.frames import to_dataframes as to_dataframes
    from newsparse.outputs.html_view import render_html as render_html
    from newsparse.page.chrome import LineKind as LineKind
    from newsparse.page.chrome import PageChrome as PageChrome
    from newsparse.page.kit import LayoutSplitter as LayoutSplitter
    from newsparse.page.kit import chrome_with as chrome_with
    from newsparse.page.probe import PageLine as PageLine
    from newsparse.page.probe import PageProbe as PageProbe
    from newsparse.page.text import Line as Line
    from newsparse.pipeline import detect_format as detect_format
    from newsparse.pipeline import parse as parse
    from newsparse.pipeline import parse_file as parse_file
    from newsparse.pipeline import parse_stream as parse_stream
    from newsparse.streaming import PageStream as PageStream

    __version__: str

#: The module each public name is defined in.  ``import newsparse`` imports none of them: a name's
#: module is imported when the name is first used, so a program (or the command line) pays only for
#: what it uses.  ``bands`` and ``dask`` are modules of their own.
_HOMES: dict[str, tuple[str, ...]] = {
    "newsparse.analysis": ("Analysis",),
    "newsparse.errors": ("InputError", "NewsparseError", "PluginError", "PluginWarning", "UnknownNameError"),
    "newsparse.extras": ("MissingExtraError",),
    "newsparse.hooks.host": ("PluginInfo", "Registry", "default_registry", "hookimpl", "make_plugin_manager"),
    "newsparse.hooks.protocols": ("Exporter", "Extractor", "Splitter"),
    "newsparse.hooks.vocabulary": ("AS_PRINTED", "CASEFOLD", "LOWER", "TABLE", "WORDS", "Declaration", "Vocabulary"),
    "newsparse.model": (
        "FIGURE_KINDS", "ORIGINS", "QUOTE_KINDS", "Annotation", "Article", "Figure", "Page", "PageMetadata",
        "Passage", "Quote", "RelatedLink", "Span",
    ),
    "newsparse.outputs.frames": ("to_dataframes",),
    "newsparse.outputs.html_view": ("render_html",),
    "newsparse.page.chrome": ("LineKind", "PageChrome"),
    "newsparse.page.kit": ("LayoutSplitter", "chrome_with"),
    "newsparse.page.probe": ("PageLine", "PageProbe"),
    "newsparse.page.text": ("Line",),
    "newsparse.pipeline": ("detect_format", "parse", "parse_file", "parse_stream"),
    "newsparse.streaming": ("PageStream",),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}
_MODULES = ("bands", "dask")

__all__ = [
    # Parsing
    "parse",
    "parse_file",
    "parse_stream",
    "detect_format",
    # The value types and their kinds
    "Page",
    "PageStream",
    "PageMetadata",
    "Article",
    "Passage",
    "Span",
    "RelatedLink",
    "Quote",
    "Figure",
    "Annotation",
    "QUOTE_KINDS",
    "FIGURE_KINDS",
    "ORIGINS",
    # Outputs
    "to_dataframes",
    "render_html",
    "dask",
    # Errors
    "NewsparseError",
    "InputError",
    "UnknownNameError",
    "PluginError",
    "PluginWarning",
    "MissingExtraError",
    # Plugins: the host, what plugins register, vocabularies
    "hookimpl",
    "Registry",
    "default_registry",
    "make_plugin_manager",
    "PluginInfo",
    "Splitter",
    "Extractor",
    "Exporter",
    "Vocabulary",
    "Declaration",
    "WORDS",
    "TABLE",
    "CASEFOLD",
    "LOWER",
    "AS_PRINTED",
    # Extractors: the shared per-article analysis
    "Analysis",
    # Splitters: the page kit
    "PageProbe",
    "PageLine",
    "Line",
    "LineKind",
    "PageChrome",
    "LayoutSplitter",
    "chrome_with",
    "bands",
]


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use (``newsparse.dask`` needs the ``dask`` extra)."""
    if name == "__version__":
        value: Any = _installed_version()
    elif name in _MODULES:
        value = importlib.import_module(f"{__name__}.{name}")
    elif name in _HOME_OF:
        value = getattr(importlib.import_module(_HOME_OF[name]), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, "__version__"})


def _installed_version() -> str:
    """The version of the installed distribution (``0+unknown`` in a source tree that is not installed)."""
    from importlib.metadata import PackageNotFoundError, version  # slow to import: only when asked

    try:
        return version("newsparse")
    except PackageNotFoundError:
        return "0+unknown"
