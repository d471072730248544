"""The hooks a newsparse plugin can implement.

A plugin is a module or object with functions marked ``@newsparse.hookimpl`` whose
names match the specifications below.  Plugins are found through the ``newsparse``
entry-point group; see :doc:`/plugins` for a worked example.

Each plugin's implementation is called on its own, built-in plugins first, then
third-party plugins in the order of their names.  A hook that raises, or returns
something that is not what its specification says, makes its plugin *broken*:
the plugin is named in a :class:`~newsparse.PluginWarning` and nothing it
provides is used (see :doc:`/plugins`, *When a plugin fails*).  Hook wrappers
are not called.
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
    as a set union) or a mapping (merged key by key, later plugins winning: a
    third-party plugin's entries win over the built-in ones).  A plain string is
    not a list of entries, and a name must not be a word list in one plugin and a
    table in another.
    Example: ``{"speech_verbs": ["opined"], "currency_words": {"zloty": "PLN"}}``.
    """
    raise NotImplementedError


@hookspec
def newsparse_splitters(vocabulary: Vocabulary) -> Iterable[Splitter]:
    """Return splitters: objects that score how well a page fits their format and split it into articles.

    ``vocabulary`` holds the merged vocabularies of all plugins.  Each splitter
    needs a ``name`` no other plugin uses, a ``description``, and ``fit`` and
    ``split`` methods (see :class:`~newsparse.interfaces.Splitter`).
    """
    raise NotImplementedError


@hookspec
def newsparse_extractors(vocabulary: Vocabulary) -> Iterable[Extractor]:
    """Return extractors: objects that enrich an article (quotes, figures, dates, ...).

    ``vocabulary`` holds the merged vocabularies of all plugins.  Each extractor
    needs a ``name`` no other plugin uses and an ``extract`` method (see
    :class:`~newsparse.interfaces.Extractor`).  Extractors run one after the
    other on each article: the built-in ones first (``figures``, then
    ``quotes``: in the order of their names), then third-party ones in the order
    of their names.
    """
    raise NotImplementedError


@hookspec
def newsparse_exporters() -> Iterable[Exporter]:
    """Return exporters: objects that write parsed pages in a named output format.

    Each exporter needs a ``name`` no other plugin uses, a ``description`` and an
    ``export(pages, out)`` method; its optional ``writes_to`` says whether ``out``
    is a text stream or a path (see :class:`~newsparse.interfaces.Exporter`).
    """
    raise NotImplementedError
