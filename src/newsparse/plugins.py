"""The plugin system: the pluggy manager, entry-point loading, and what plugins provide.

Built-in plugins and third-party ones are found the same way, through the
``newsparse`` entry-point group.  :class:`Registry` collects the splitters,
extractors and exporters that the registered plugins return.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

import attrs
import pluggy

from . import hookspecs
from .errors import UnknownNameError
from .interfaces import Exporter, Extractor, Splitter
from .vocabulary import Vocabulary

__all__ = [
    "ENTRY_POINT_GROUP",
    "hookimpl",
    "PluginInfo",
    "Registry",
    "make_plugin_manager",
    "default_registry",
    "plugin_infos",
]

#: The entry-point group plugins register under (``[project.entry-points.newsparse]``).
ENTRY_POINT_GROUP = "newsparse"

#: Marks a function as the implementation of a newsparse hook.
hookimpl = pluggy.HookimplMarker("newsparse")


def make_plugin_manager(*, load_entry_points: bool = True) -> pluggy.PluginManager:
    """A plugin manager with the newsparse hooks, and (by default) every installed plugin loaded."""
    pm = pluggy.PluginManager("newsparse")
    pm.add_hookspecs(hookspecs)
    if load_entry_points:
        pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
    return pm


@attrs.frozen
class PluginInfo:
    """One registered plugin: its name, the distribution and version it came from, its hooks."""

    name: str
    hooks: tuple[str, ...]
    distribution: str | None = None
    version: str | None = None


def plugin_infos(pm: pluggy.PluginManager) -> list[PluginInfo]:
    """Every plugin registered with ``pm``, sorted by name."""
    dists = {id(plugin): dist for plugin, dist in pm.list_plugin_distinfo()}
    infos = []
    for name, plugin in pm.list_name_plugin():
        if plugin is None:  # blocked
            continue
        dist = dists.get(id(plugin))
        hooks = tuple(sorted(caller.name for caller in pm.get_hookcallers(plugin) or ()))
        infos.append(
            PluginInfo(
                name=name,
                hooks=hooks,
                distribution=dist.project_name if dist else None,
                version=dist.version if dist else None,
            )
        )
    return sorted(infos, key=lambda info: info.name)


def _by_name(kind: str, items: Iterable[Any]) -> dict[str, Any]:
    named: dict[str, Any] = {}
    for item in items:
        if item.name in named:
            raise ValueError(f"more than one {kind} is named {item.name!r}")
        named[item.name] = item
    return named


class Registry:
    """The splitters, extractors, exporters and vocabularies of a plugin manager's plugins.

    Hooks are called once, when the registry is made; make a new registry after
    registering or unregistering plugins.
    """

    def __init__(self, pm: pluggy.PluginManager | None = None):
        self.plugin_manager = pm if pm is not None else make_plugin_manager()
        hook = self.plugin_manager.hook
        self.vocabulary = Vocabulary(hook.newsparse_vocabulary())
        self.splitters: dict[str, Splitter] = _by_name(
            "splitter", _flatten(hook.newsparse_splitters(vocabulary=self.vocabulary))
        )
        self.extractors: dict[str, Extractor] = _by_name(
            "extractor", _flatten(hook.newsparse_extractors(vocabulary=self.vocabulary))
        )
        self.exporters: dict[str, Exporter] = _by_name("exporter", _flatten(hook.newsparse_exporters()))

    def splitter(self, name: str) -> Splitter:
        """The splitter called ``name``; :class:`UnknownNameError` lists the known ones."""
        return _lookup("input format", self.splitters, name)

    def exporter(self, name: str) -> Exporter:
        """The exporter called ``name``; :class:`UnknownNameError` lists the known ones."""
        return _lookup("output format", self.exporters, name)


def _flatten(results: Iterable[Iterable[Any] | None]) -> list[Any]:
    # pluggy calls the last registered plugin first; reverse to registration order.
    return [item for result in reversed(list(results)) for item in result or ()]


def _lookup(kind: str, named: dict[str, Any], name: str) -> Any:
    try:
        return named[name]
    except KeyError:
        known = ", ".join(sorted(named)) or "none"
        raise UnknownNameError(f"unknown {kind} {name!r} (known: {known})") from None


@functools.cache
def default_registry() -> Registry:
    """The registry of every installed plugin, made once per process."""
    return Registry()
