"""The hooks a newsparse plugin can implement.

A plugin is a module or object with functions marked ``@newsparse.hookimpl`` whose
names match the specifications below.  Plugins are found through the ``newsparse``
entry-point group; see :doc:`/plugins` for a worked example and :doc:`/hooks`
for an example of every hook.

The hooks that provide objects take a ``register`` callback: the plugin calls
``register(obj)`` once for each object it provides and returns nothing.  The
host records which plugin registered what, so a name clash names both plugins
and ``newsparse plugins`` lists what each plugin provides.

Order: the hooks are called one kind at a time: ``newsparse_vocabularies``,
``newsparse_vocabulary``, ``newsparse_splitters``, ``newsparse_extractors``,
``newsparse_exporters``.  For each hook, each plugin's implementation is called
on its own, built-in plugins first, then third-party plugins in the order of
their names.  A hook that raises, registers something malformed or returns a
value makes its plugin *broken*: the plugin is named in a
:class:`~newsparse.PluginWarning` and nothing it provides is used (see
:doc:`/plugins`, *When a plugin fails*).  Hook wrappers are not called.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from newsparse.hooks.protocols import Exporter, Extractor, Splitter
    from newsparse.hooks.vocabulary import Declaration, Vocabulary

# Specifications only: pluggy never calls their bodies, which raise for the type checker's sake.
hookspec = pluggy.HookspecMarker("newsparse")


@hookspec
def newsparse_vocabularies(register: Callable[[Declaration], None]) -> None:
    """Declare the vocabularies (word lists and tables) this plugin's rules read.

    :param register: call ``register(Declaration(name, kind, doc, normalise, entries))``
        once per vocabulary (see :class:`~newsparse.hooks.vocabulary.Declaration`).
    :return: nothing; a returned value breaks the plugin.

    A name may be declared once: a second plugin declaring it is broken, and the
    warning names both plugins.  Core declares the page kit's chrome word lists
    (:data:`newsparse.page.chrome.CHROME_VOCABULARIES`) before any plugin.
    """
    raise NotImplementedError


@hookspec
def newsparse_vocabulary() -> Mapping[str, Iterable[Any] | Mapping[str, Any]]:
    """Add entries to, or remove entries from, declared vocabularies.

    :return: a mapping from a declared vocabulary's name to its change: for a
        word list, an iterable of words to add or ``{"add": [...], "remove": [...]}``;
        for a table, a mapping to add or ``{"add": {...}, "remove": [...]}``
        (see :func:`~newsparse.hooks.vocabulary.read_change`).

    Changes are applied in plugin order (built-in first, then third-party by
    name), each plugin's additions before its removals; a later plugin's table
    value wins.  Words are normalised as the vocabulary declares.  A name that
    no plugin declares, or a change of the wrong shape, breaks the plugin.
    """
    raise NotImplementedError


@hookspec
def newsparse_splitters(register: Callable[[Splitter], None], vocabulary: Vocabulary) -> None:
    """Provide splitters: objects that score how well a page fits their layout and split it into articles.

    :param register: call ``register(splitter)`` once per splitter.
    :param vocabulary: the declared vocabularies with every plugin's changes.
    :return: nothing; a returned value breaks the plugin.

    Each splitter needs a ``name`` no other plugin uses, a ``description``, and
    ``fit`` and ``split`` methods (see :class:`~newsparse.hooks.protocols.Splitter`).
    The order splitters are registered in does not matter: the best ``fit`` wins.
    """
    raise NotImplementedError


@hookspec
def newsparse_extractors(register: Callable[[Extractor], None], vocabulary: Vocabulary) -> None:
    """Provide extractors: objects that enrich an article (quotes, figures, dates, ...).

    :param register: call ``register(extractor)`` once per extractor.
    :param vocabulary: the declared vocabularies with every plugin's changes.
    :return: nothing; a returned value breaks the plugin.

    Each extractor needs a ``name`` no other plugin uses and an ``extract``
    method (see :class:`~newsparse.hooks.protocols.Extractor`).  Extractors run one
    after the other on each article.  An extractor's optional ``after`` (a tuple
    of extractor names) says which must run before it; otherwise built-in ones
    run first, then third-party ones, each group in the order of their names
    (``figures`` before ``quotes``).  A cycle breaks the plugin of the extractor
    that closes it; an unknown name in ``after`` is ignored with a warning.
    """
    raise NotImplementedError


@hookspec
def newsparse_exporters(register: Callable[[Exporter], None]) -> None:
    """Provide exporters: objects that write parsed pages in a named output format.

    :param register: call ``register(exporter)`` once per exporter.
    :return: nothing; a returned value breaks the plugin.

    Each exporter needs a ``name`` no other plugin uses, a ``description`` and an
    ``export(pages, out)`` method; its optional ``writes_to`` says whether ``out``
    is a text stream or a path, and its optional ``streaming = True`` that it takes
    :class:`~newsparse.PageStream` objects, writing each article as it is parsed
    (see :class:`~newsparse.hooks.protocols.Exporter`).
    """
    raise NotImplementedError
