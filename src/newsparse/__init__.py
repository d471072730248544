"""newsparse: turn the raw text of news pages into structured, checkable data.

>>> import newsparse
>>> page = newsparse.parse("Dockers end their strike, the union has said\\n\\nThe port reopened on Monday.\\n")
>>> for article in page:
...     lead = article.summary or article.headline  # a page may print neither
...     print(lead.text if lead else None, len(article.paragraphs))
Dockers end their strike, the union has said 1

The public names are re-exported here; see :doc:`/api` for each.
"""

from importlib.metadata import PackageNotFoundError, version

from .errors import InputError, NewsparseError, PluginError, PluginWarning, UnknownNameError
from .extras import MissingExtraError
from .frames import to_dataframes
from .html_view import render_html
from .model import Annotation, Article, Figure, Page, PageMetadata, Passage, Quote, RelatedLink, Span
from .pipeline import detect_format, parse, parse_file
from .plugins import Registry, default_registry, hookimpl
from .vocabulary import Vocabulary

try:
    __version__ = version("newsparse")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "Annotation",
    "Article",
    "Figure",
    "InputError",
    "MissingExtraError",
    "NewsparseError",
    "Page",
    "PageMetadata",
    "Passage",
    "PluginError",
    "PluginWarning",
    "Quote",
    "Registry",
    "RelatedLink",
    "Span",
    "UnknownNameError",
    "Vocabulary",
    "default_registry",
    "detect_format",
    "hookimpl",
    "parse",
    "parse_file",
    "render_html",
    "to_dataframes",
]
