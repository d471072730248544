"""The plugin system: the pluggy manager, entry-point loading, and what plugins provide.

Built-in plugins and third-party ones are found the same way, through the
``newsparse`` entry-point group.  :class:`Registry` collects the splitters,
extractors and exporters that the registered plugins return, calling each
plugin's hooks on their own so that a plugin that fails is named and left out
while the others still work (see :doc:`/plugins`, *When a plugin fails*).
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Iterator, Mapping
from importlib.metadata import entry_points
from typing import Any, TypeVar

import attrs
import pluggy

from . import hookspecs
from .errors import PluginError, PluginWarning, UnknownNameError
from .interfaces import Exporter, Extractor, Splitter, provided_problem
from .vocabulary import Vocabulary

__all__ = [
    "ENTRY_POINT_GROUP",
    "BUILT_IN_DISTRIBUTION",
    "hookimpl",
    "PluginInfo",
    "PluginManager",
    "Registry",
    "make_plugin_manager",
    "default_registry",
    "plugin_infos",
    "describe_exception",
]

#: The entry-point group plugins register under (``[project.entry-points.newsparse]``).
ENTRY_POINT_GROUP = "newsparse"
#: The distribution of the built-in plugins; their hooks are called before third-party ones.
BUILT_IN_DISTRIBUTION = "newsparse"

_Provided = TypeVar("_Provided")

#: Marks a function as the implementation of a newsparse hook.
hookimpl = pluggy.HookimplMarker("newsparse")


def describe_exception(exc: BaseException) -> str:
    """``raised TypeError: ...``: the exception's type and the first line of its message."""
    message = str(exc).strip().splitlines()
    return f"raised {type(exc).__name__}" + (f": {message[0][:200]}" if message else "")


class PluginManager(pluggy.PluginManager):
    """The pluggy manager with the newsparse hooks; remembers what loading each entry point gave."""

    def __init__(self) -> None:
        super().__init__("newsparse")
        self.add_hookspecs(hookspecs)
        #: The plugins whose entry point could not be imported or registered, by name.
        self.load_errors: dict[str, PluginError] = {}
        #: The distribution and version each entry-point plugin came from, by plugin name.
        self.distributions: dict[str, tuple[str, str]] = {}

    def load_entry_points(self, group: str = ENTRY_POINT_GROUP) -> None:
        """Import and register the plugin of every entry point in ``group``, one at a time.

        A plugin that cannot be imported or registered is recorded in
        :attr:`load_errors` with a :class:`~newsparse.PluginWarning`; the others load.
        """
        for entry in entry_points(group=group):
            name = entry.name
            if self.get_plugin(name) is not None or self.is_blocked(name) or name in self.load_errors:
                continue
            if entry.dist is not None:
                self.distributions[name] = (entry.dist.name, entry.dist.version)
            hook = "import"
            try:
                plugin = entry.load()
                hook = "register"
                self.register(plugin, name=name)
            except Exception as exc:  # a plugin's fault must not stop the others
                self.load_errors[name] = PluginError(name, hook, describe_exception(exc))
                warnings.warn(PluginWarning(name, hook, describe_exception(exc)), stacklevel=2)


def make_plugin_manager(*, load_entry_points: bool = True) -> PluginManager:
    """A plugin manager with the newsparse hooks, and (by default) every installed plugin loaded."""
    pm = PluginManager()
    if load_entry_points:
        pm.load_entry_points()
    return pm


@attrs.frozen
class PluginInfo:
    """One plugin: its name, its hooks, the distribution and version it came from, and why it is broken."""

    name: str
    hooks: tuple[str, ...]
    distribution: str | None = None
    version: str | None = None
    #: ``hook: reason`` on one line when the plugin is broken, else ``None``.
    error: str | None = None

    @property
    def broken(self) -> bool:
        """Whether the plugin failed to load or one of its hooks failed."""
        return self.error is not None


def plugin_infos(pm: pluggy.PluginManager, broken: Mapping[str, PluginError] | None = None) -> list[PluginInfo]:
    """Every plugin registered with ``pm`` or that failed to load, sorted by name.

    ``broken`` gives the errors of the broken plugins (default: the load errors
    of ``pm``); :meth:`Registry.plugin_infos` adds the hooks that failed.
    """
    errors = dict(getattr(pm, "load_errors", {}) if broken is None else broken)
    dists = _distributions(pm)
    names = {name for name, plugin in pm.list_name_plugin() if plugin is not None} | set(errors)
    infos = []
    for name in sorted(names):
        plugin = pm.get_plugin(name)
        callers = pm.get_hookcallers(plugin) if plugin is not None else None
        dist, version = dists.get(name, (None, None))
        error = errors.get(name)
        infos.append(
            PluginInfo(
                name=name,
                hooks=tuple(sorted(caller.name for caller in callers or ())),
                distribution=dist,
                version=version,
                error=None if error is None else f"{error.hook}: {error.message}",
            )
        )
    return infos


def _distributions(pm: pluggy.PluginManager) -> dict[str, tuple[str, str]]:
    """The distribution and version of each plugin loaded from an entry point, by plugin name."""
    names = {id(plugin): name for name, plugin in pm.list_name_plugin()}
    found = {names[id(plugin)]: (dist.project_name, dist.version) for plugin, dist in pm.list_plugin_distinfo()}
    found.update(getattr(pm, "distributions", {}))
    return found


class Registry:
    """The splitters, extractors, exporters and vocabularies of a plugin manager's plugins.

    Hooks are called once, when the registry is made; make a new registry after
    registering or unregistering plugins.  Built-in plugins' hooks are called
    first, then third-party plugins' in the order of their names.  A plugin whose
    hook raises or returns something malformed is *broken*: it is recorded in
    :attr:`broken`, a :class:`~newsparse.PluginWarning` names it and the hook, and
    nothing it provides is used.  Extractors run built-in ones first, then
    third-party ones, each group in the order of the extractors' names.
    """

    def __init__(self, pm: pluggy.PluginManager | None = None):
        self.plugin_manager = pm if pm is not None else make_plugin_manager()
        #: The broken plugins by name, each with the error that names the hook at fault.
        self.broken: dict[str, PluginError] = dict(getattr(self.plugin_manager, "load_errors", {}))
        dists = _distributions(self.plugin_manager)
        self._built_in = frozenset(name for name, (dist, _) in dists.items() if dist == BUILT_IN_DISTRIBUTION)
        self.vocabulary = self._merged_vocabulary()
        splitters = self._provided("splitter", "newsparse_splitters", vocabulary=self.vocabulary)
        extractors = self._provided("extractor", "newsparse_extractors", vocabulary=self.vocabulary)
        exporters = self._provided("exporter", "newsparse_exporters")
        # A plugin broken by a later hook loses what its earlier hooks gave too.
        self._plugin_of = {
            kind: {name: plugin for name, (plugin, _) in items.items() if plugin not in self.broken}
            for kind, items in (("splitter", splitters), ("extractor", extractors), ("exporter", exporters))
        }
        self.splitters: dict[str, Splitter] = self._working("splitter", splitters)
        self.extractors: dict[str, Extractor] = self._working("extractor", extractors)
        self.exporters: dict[str, Exporter] = self._working("exporter", exporters)

    def splitter(self, name: str) -> Splitter:
        """The splitter called ``name``; :class:`UnknownNameError` lists the known ones."""
        return _lookup("input format", self.splitters, name)

    def exporter(self, name: str) -> Exporter:
        """The exporter called ``name``; :class:`UnknownNameError` lists the known ones."""
        return _lookup("output format", self.exporters, name)

    def plugin_of(self, kind: str, name: str) -> str:
        """The name of the plugin that provided the ``kind`` (``splitter``, ...) called ``name``.

        An object added to the registry by hand has no plugin: ``(no plugin)``.
        """
        return self._plugin_of[kind].get(name, "(no plugin)")

    def plugin_infos(self) -> list[PluginInfo]:
        """Every plugin, sorted by name, the broken ones with the hook that failed and why."""
        return plugin_infos(self.plugin_manager, self.broken)

    def _rank(self, plugin: str) -> tuple[bool, str]:
        return (plugin not in self._built_in, plugin)

    def _results(self, hook: str, **kwargs: Any) -> Iterator[tuple[str, Any]]:
        """``(plugin, result)`` of each working plugin's implementation of ``hook``, in plugin order."""
        implementations = getattr(self.plugin_manager.hook, hook).get_hookimpls()
        for impl in sorted(implementations, key=lambda impl: self._rank(impl.plugin_name)):
            if impl.hookwrapper or impl.wrapper or impl.plugin_name in self.broken:
                continue
            try:
                result = impl.function(*(kwargs[arg] for arg in impl.argnames))
            except Exception as exc:  # a plugin's fault must not stop the others
                self._break(impl.plugin_name, hook, describe_exception(exc))
                continue
            if result is not None:
                yield impl.plugin_name, result

    def _merged_vocabulary(self) -> Vocabulary:
        accepted: list[dict[str, Any]] = []
        for plugin, contribution in self._results("newsparse_vocabulary"):
            try:
                entries = _vocabulary_entries(contribution)
                Vocabulary([*accepted, entries])  # a word list and a table under one name raise
            except Exception as exc:
                self._break(plugin, "newsparse_vocabulary", f"returned a malformed vocabulary ({exc})")
                continue
            accepted.append(entries)
        return Vocabulary(accepted)

    def _provided(self, kind: str, hook: str, **kwargs: Any) -> dict[str, tuple[str, Any]]:
        """The ``kind`` objects the working plugins return from ``hook``, by name, with their plugin."""
        named: dict[str, tuple[str, Any]] = {}
        for plugin, result in self._results(hook, **kwargs):
            try:
                items = list(result)
            except Exception as exc:
                self._break(plugin, hook, f"returned no list of {kind}s ({describe_exception(exc)})")
                continue
            problem = _items_problem(kind, items, named)
            if problem is not None:
                self._break(plugin, hook, problem)
                continue
            named.update((item.name, (plugin, item)) for item in items)
        return named

    def _working(self, kind: str, items: dict[str, tuple[str, Any]]) -> dict[str, Any]:
        names = self._plugin_of[kind]
        if kind == "extractor":
            names = dict(sorted(names.items(), key=lambda entry: (self._rank(entry[1])[0], entry[0])))
        return {name: items[name][1] for name in names}

    def _break(self, plugin: str, hook: str, message: str) -> None:
        self.broken.setdefault(plugin, PluginError(plugin, hook, message))
        warnings.warn(PluginWarning(plugin, hook, message), stacklevel=3)


def _vocabulary_entries(contribution: Any) -> dict[str, Any]:
    """A plugin's vocabulary contribution with every word list and table read once into a list or dict."""
    entries: dict[str, Any] = {}
    for name, values in contribution.items():
        if isinstance(values, str | bytes):
            raise TypeError(f"{name!r} is a string, not a list of entries")
        entries[name] = dict(values) if isinstance(values, Mapping) else list(values)
    return entries


def _items_problem(kind: str, items: list[Any], taken: Mapping[str, tuple[str, Any]]) -> str | None:
    """What is wrong with the ``kind`` objects one plugin returned, or ``None``."""
    names: set[str] = set()
    for item in items:
        problem = provided_problem(kind, item)
        if problem is not None:
            return problem
        if item.name in names:
            return f"returned more than one {kind} named {item.name!r}"
        if item.name in taken:
            return f"returned {kind} {item.name!r}, a name plugin {taken[item.name][0]!r} already uses"
        names.add(item.name)
    return None


def _lookup(kind: str, named: dict[str, _Provided], name: str) -> _Provided:
    try:
        return named[name]
    except KeyError:
        known = ", ".join(sorted(named)) or "none"
        raise UnknownNameError(f"unknown {kind} {name!r} (known: {known})") from None


@functools.cache
def default_registry() -> Registry:
    """The registry of every installed plugin, made once per process."""
    return Registry()
