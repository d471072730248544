"""The hooks a newsparse plugin can implement.

A plugin is a module or object with functions marked ``@newsparse.hookimpl`` whose
names match the specifications below.  Plugins are found through the ``newsparse``
entry-point group; see :doc:`/plugins` for a worked example.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from .interfaces import Exporter, Extractor, Splitter
    from .vocabulary import Vocabulary

# Specifications only: pluggy never calls their bodies, which raise for the type checker's sake.
hookspec = pluggy.HookspecMarker("newsparse")


@hookspec
def newsparse_vocabulary() -> Mapping[str, Iterable[Any] | Mapping[str, Any]]:
    """Add entries to named vocabularies (word lists and tables the rules read).

    Return a mapping from vocabulary name to either an iterable of entries (merged
    as a set union) or a mapping (merged key by key, later plugins winning).
    Example: ``{"speech_verbs": ["opined"], "currency_words": {"zloty": "PLN"}}``.
    """
    raise NotImplementedError


@hookspec
def newsparse_splitters(vocabulary: Vocabulary) -> Iterable[Splitter]:
    """Return splitters: objects that score how well a page fits their format and split it into articles.

    ``vocabulary`` holds the merged vocabularies of all plugins.
    """
    raise NotImplementedError


@hookspec
def newsparse_extractors(vocabulary: Vocabulary) -> Iterable[Extractor]:
    """Return extractors: objects that enrich an article (quotes, figures, dates, ...).

    ``vocabulary`` holds the merged vocabularies of all plugins.
    """
    raise NotImplementedError


@hookspec
def newsparse_exporters() -> Iterable[Exporter]:
    """Return exporters: objects that write articles in a named output format."""
    raise NotImplementedError
