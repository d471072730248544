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

import importlib
from importlib.metadata import PackageNotFoundError, version
from types import ModuleType

from newsparse import bands
from newsparse.analysis import Analysis
from newsparse.errors import InputError, NewsparseError, PluginError, PluginWarning, UnknownNameError
from newsparse.extras import MissingExtraError
from newsparse.hooks.protocols import Exporter, Extractor, Splitter
from newsparse.outputs.frames import to_dataframes
from newsparse.outputs.html_view import render_html
from newsparse.page.chrome import LineKind, PageChrome
from newsparse.model import (
    FIGURE_KINDS,
    ORIGINS,
    QUOTE_KINDS,
    Annotation,
    Article,
    Figure,
    Page,
    PageMetadata,
    Passage,
    Quote,
    RelatedLink,
    Span,
)
from newsparse.hooks.host import PluginInfo, Registry, default_registry, hookimpl, make_plugin_manager
from newsparse.hooks.vocabulary import AS_PRINTED, CASEFOLD, LOWER, TABLE, WORDS, Declaration, Vocabulary
from newsparse.page.kit import LayoutSplitter, chrome_with
from newsparse.page.probe import PageLine, PageProbe
from newsparse.page.text import Line
from newsparse.pipeline import detect_format, parse, parse_file, parse_stream
from newsparse.streaming import PageStream

try:
    __version__ = version("newsparse")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

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


def __getattr__(name: str) -> ModuleType:
    """``newsparse.dask``, imported when first used (it needs the ``dask`` extra)."""
    if name == "dask":
        return importlib.import_module(f"{__name__}.dask")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
