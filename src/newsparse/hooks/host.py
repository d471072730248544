"""The plugin host: the pluggy manager, entry-point loading, and what plugins provide.

Built-in plugins and third-party ones are found the same way, through the
``newsparse`` entry-point group.  :class:`Registry` calls each plugin's hooks
on their own with a ``register`` callback, records which plugin registered
which vocabulary, splitter, extractor and exporter, and leaves out a plugin
that fails while the others still work (see :doc:`/plugins`, *When a plugin fails*).
"""

from __future__ import annotations

import functools
import heapq
import types
import warnings
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

import attrs
import pluggy

from newsparse.errors import PluginError, PluginWarning, UnknownNameError
from newsparse.hooks.protocols import Exporter, Extractor, Splitter, provided_problem
import newsparse.hooks.specs as hookspecs
from newsparse.hooks.entry_points import entry_points
from newsparse.hooks.vocabulary import Change, Declaration, Vocabulary, read_change
from newsparse.page.chrome import CHROME_VOCABULARIES

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
    "extractor_order",
    "describe_exception",
]

#: The entry-point group plugins register under (``[project.entry-points.newsparse]``).
ENTRY_POINT_GROUP = "newsparse"
#: The distribution of the built-in plugins; their hooks are called before third-party ones.
BUILT_IN_DISTRIBUTION = "newsparse"
#: The owner of the vocabularies core declares (the page kit's chrome word lists).
CORE = "(core)"

_Provided = TypeVar("_Provided")
#: What pluggy takes a hook implementation from; any other value is none.
_HOOKABLE = (types.FunctionType, types.MethodType, staticmethod, classmethod)

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
        self.distributions: dict[str, tuple[str | None, str | None]] = {}

    def parse_hookimpl_opts(self, plugin: object, name: str) -> pluggy.HookimplOpts | None:
        """pluggy's answer, found faster for the names of a module: a plugin module holds many names
        (its imports, its constants), and only a function :data:`hookimpl` marked is a hook."""
        if isinstance(plugin, types.ModuleType) and name in plugin.__dict__:
            value = plugin.__dict__[name]
            if not isinstance(value, _HOOKABLE) or (
                isinstance(value, types.FunctionType) and getattr(value, "newsparse_impl", None) is None
            ):
                return None
        return super().parse_hookimpl_opts(plugin, name)

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
    """One plugin: its name, its hooks, where it came from, what it provides and why it is broken."""

    name: str
    hooks: tuple[str, ...]
    distribution: str | None = None
    version: str | None = None
    #: ``hook: reason`` on one line when the plugin is broken, else ``None``.
    error: str | None = None
    #: What the plugin registered, by kind (``splitter``, ``extractor``, ``exporter``, ``vocabulary``).
    provides: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def broken(self) -> bool:
        """Whether the plugin failed to load or one of its hooks failed."""
        return self.error is not None


def plugin_infos(
    pm: pluggy.PluginManager,
    broken: Mapping[str, PluginError] | None = None,
    provided: Mapping[str, Mapping[str, str]] | None = None,
) -> list[PluginInfo]:
    """Every plugin registered with ``pm`` or that failed to load, sorted by name.

    ``broken`` gives the errors of the broken plugins (default: the load errors
    of ``pm``); ``provided`` maps each kind to the plugin of each name of that
    kind (:meth:`Registry.plugin_infos` gives both).
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
        provides = tuple(
            (kind, found)
            for kind, owners in (provided or {}).items()
            if (found := tuple(sorted(item for item, owner in owners.items() if owner == name)))
        )
        infos.append(
            PluginInfo(
                name=name,
                hooks=tuple(sorted(caller.name for caller in callers or ())),
                distribution=dist,
                version=version,
                error=None if error is None else f"{error.hook}: {error.message}",
                provides=provides,
            )
        )
    return infos


def _distributions(pm: pluggy.PluginManager) -> dict[str, tuple[str | None, str | None]]:
    """The distribution and version of each plugin loaded from an entry point, by plugin name."""
    names = {id(plugin): name for name, plugin in pm.list_name_plugin()}
    found: dict[str, tuple[str | None, str | None]] = {
        names[id(plugin)]: (dist.project_name, dist.version) for plugin, dist in pm.list_plugin_distinfo()
    }
    found.update(getattr(pm, "distributions", {}))
    return found


class Registry:
    """The splitters, extractors, exporters and vocabularies of a plugin manager's plugins.

    Hooks are called once, when the registry is made; make a new registry after
    registering or unregistering plugins.  Built-in plugins' hooks are called
    first, then third-party plugins' in the order of their names.  A plugin whose
    hook raises, registers something malformed or returns a value is *broken*:
    it is recorded in :attr:`broken`, a :class:`~newsparse.PluginWarning` names
    it and the hook, and nothing it provides is used.  Extractors are ordered by
    their ``after`` (see :func:`extractor_order`).
    """

    def __init__(self, pm: pluggy.PluginManager | None = None):
        self.plugin_manager = pm if pm is not None else make_plugin_manager()
        #: The broken plugins by name, each with the error that names the hook at fault.
        self.broken: dict[str, PluginError] = dict(getattr(self.plugin_manager, "load_errors", {}))
        dists = _distributions(self.plugin_manager)
        self._built_in = frozenset(name for name, (dist, _) in dists.items() if dist == BUILT_IN_DISTRIBUTION)
        declared = self._declared()
        self.vocabulary = self._changed_vocabulary(declared)
        found = {
            "vocabulary": declared,
            "splitter": self._provided("splitter", "newsparse_splitters", vocabulary=self.vocabulary),
            "extractor": self._provided("extractor", "newsparse_extractors", vocabulary=self.vocabulary),
            "exporter": self._provided("exporter", "newsparse_exporters"),
        }
        found["extractor"] = self._ordered_extractors(found["extractor"])
        # A plugin broken by a later hook loses what its earlier hooks gave too.
        self._plugin_of = {
            kind: {name: plugin for name, (plugin, _) in items.items() if plugin not in self.broken}
            for kind, items in found.items()
        }
        self.splitters: dict[str, Splitter] = self._working("splitter", found)
        self.extractors: dict[str, Extractor] = self._working("extractor", found)
        self.exporters: dict[str, Exporter] = self._working("exporter", found)

    def splitter(self, name: str) -> Splitter:
        """The splitter called ``name``; :class:`UnknownNameError` lists the known ones."""
        return _lookup("input format", self.splitters, name)

    def exporter(self, name: str) -> Exporter:
        """The exporter called ``name``; :class:`UnknownNameError` lists the known ones."""
        return _lookup("output format", self.exporters, name)

    def plugin_of(self, kind: str, name: str) -> str:
        """The name of the plugin that registered the ``kind`` (``splitter``, ...) called ``name``.

        An object added to the registry by hand has no plugin: ``(no plugin)``;
        a vocabulary core declares belongs to ``(core)``.
        """
        return self._plugin_of[kind].get(name, "(no plugin)")

    def plugin_infos(self) -> list[PluginInfo]:
        """Every plugin, sorted by name, with what it provides; the broken ones with the hook that failed and why."""
        return plugin_infos(self.plugin_manager, self.broken, self._plugin_of)

    def _rank(self, plugin: str) -> tuple[bool, str]:
        return (plugin not in self._built_in and plugin != CORE, plugin)

    def _called(self, hook: str, **kwargs: Any) -> Iterator[tuple[str, Any, list[Any]]]:
        """``(plugin, returned, registered)`` of each working plugin's implementation of ``hook``, in plugin order."""
        implementations = getattr(self.plugin_manager.hook, hook).get_hookimpls()
        for impl in sorted(implementations, key=lambda impl: self._rank(impl.plugin_name)):
            if impl.hookwrapper or impl.wrapper or impl.plugin_name in self.broken:
                continue
            registered: list[Any] = []
            arguments = {"register": registered.append, **kwargs}
            try:
                returned = impl.function(*(arguments[arg] for arg in impl.argnames))
            except Exception as exc:  # a plugin's fault must not stop the others
                self._break(impl.plugin_name, hook, describe_exception(exc))
                continue
            yield impl.plugin_name, returned, registered

    def _registered(self, kind: str, hook: str, **kwargs: Any) -> Iterator[tuple[str, list[Any]]]:
        """``(plugin, objects)`` each working plugin registers from ``hook``; returning a value breaks it."""
        for plugin, returned, registered in self._called(hook, **kwargs):
            if returned is not None:
                message = f"returned {type(returned).__name__}: call register({kind}) for each {kind} instead"
                self._break(plugin, hook, message)
                continue
            yield plugin, registered

    def _declared(self) -> dict[str, tuple[str, Declaration]]:
        """Every declared vocabulary by name, with the plugin that declared it (core's first)."""
        declared = {declaration.name: (CORE, declaration) for declaration in CHROME_VOCABULARIES}
        for plugin, items in self._registered("vocabulary", "newsparse_vocabularies"):
            problem = _items_problem("vocabulary", items, declared)
            if problem is not None:
                self._break(plugin, "newsparse_vocabularies", problem)
                continue
            declared.update((item.name, (plugin, item)) for item in items)
        return declared

    def _changed_vocabulary(self, declared: Mapping[str, tuple[str, Declaration]]) -> Vocabulary:
        """The declared vocabularies with the changes of every working plugin's ``newsparse_vocabulary``."""
        declarations = [declaration for _, declaration in declared.values()]
        declared_only = Vocabulary(declarations)
        changes: dict[str, list[Change]] = {}
        for plugin, returned, _ in self._called("newsparse_vocabulary"):
            if returned is None:
                continue
            try:
                found = _changes(returned, declared_only)
            except Exception as exc:
                self._break(plugin, "newsparse_vocabulary", f"returned a malformed vocabulary ({exc})")
                continue
            for name, change in found.items():
                changes.setdefault(name, []).append(change)
        return Vocabulary(declarations, changes)

    def _provided(self, kind: str, hook: str, **kwargs: Any) -> dict[str, tuple[str, Any]]:
        """The ``kind`` objects the working plugins register from ``hook``, by name, with their plugin."""
        named: dict[str, tuple[str, Any]] = {}
        for plugin, items in self._registered(kind, hook, **kwargs):
            problem = _items_problem(kind, items, named)
            if problem is not None:
                self._break(plugin, hook, problem)
                continue
            named.update((item.name, (plugin, item)) for item in items)
        return named

    def _ordered_extractors(self, found: dict[str, tuple[str, Any]]) -> dict[str, tuple[str, Any]]:
        """``found`` in running order; the plugin of an extractor that closes a cycle of ``after`` is broken."""
        while True:
            working = {name: entry for name, entry in found.items() if entry[0] not in self.broken}
            rank = {name: (self._rank(plugin)[0], name) for name, (plugin, _) in working.items()}
            after = {name: _after(extractor) & set(working) for name, (_, extractor) in working.items()}
            order, stuck = extractor_order(after, rank)
            if not stuck:
                break
            cycle = _in_cycles(stuck, after)
            culprit = max(cycle, key=lambda name: rank[name])
            message = f"extractor {culprit!r} closes a cycle of 'after' among {', '.join(sorted(cycle))}"
            self._break(working[culprit][0], "newsparse_extractors", message)
        for name, (plugin, extractor) in working.items():
            for unknown in sorted(_after(extractor) - set(working)):
                message = f"extractor {name!r} runs after {unknown!r}, which no working plugin provides; ignored"
                warnings.warn(PluginWarning(plugin, "newsparse_extractors", message), stacklevel=3)
        return {name: working[name] for name in order}

    def _working(self, kind: str, found: Mapping[str, dict[str, tuple[str, Any]]]) -> dict[str, Any]:
        return {name: found[kind][name][1] for name in self._plugin_of[kind]}

    def _break(self, plugin: str, hook: str, message: str) -> None:
        self.broken.setdefault(plugin, PluginError(plugin, hook, message))
        warnings.warn(PluginWarning(plugin, hook, message), stacklevel=3)


def extractor_order(
    after: Mapping[str, frozenset[str]], rank: Mapping[str, tuple[bool, str]]
) -> tuple[list[str], set[str]]:
    """The extractors in running order, and those left out by a cycle.

    ``after`` gives the names each extractor must run after (all known);
    ``rank`` breaks ties (built-in first, then by name): of the extractors whose
    predecessors have all run, the lowest-ranked runs next.  An extractor in a
    cycle, or waiting on one, is left out.
    """
    waiting = {name: set(before) for name, before in after.items()}
    ready = [(rank[name], name) for name, before in waiting.items() if not before]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        _, name = heapq.heappop(ready)
        order.append(name)
        for other, before in waiting.items():
            if name in before:
                before.discard(name)
                if not before:
                    heapq.heappush(ready, (rank[other], other))
    return order, set(after) - set(order)


def _in_cycles(stuck: set[str], after: Mapping[str, frozenset[str]]) -> set[str]:
    """The ``stuck`` extractors another stuck one waits on: those in a cycle, not those only waiting on one."""
    members = set(stuck)
    while True:
        needed = {before for name in members for before in after[name]} & members
        if needed == members:
            return members
        members = needed


def _after(extractor: object) -> frozenset[str]:
    """The names an extractor's ``after`` says must run before it (none when it has no ``after``)."""
    return frozenset(getattr(extractor, "after", ()))


def _changes(returned: Any, vocabulary: Vocabulary) -> dict[str, Change]:
    """A plugin's ``newsparse_vocabulary`` result read into changes of declared vocabularies."""
    if not isinstance(returned, Mapping):
        raise TypeError(f"{type(returned).__name__} is not a mapping from vocabulary names to changes")
    changes = {}
    for name, value in returned.items():
        if name not in vocabulary:
            raise UnknownNameError(f"{name!r} is a vocabulary no plugin declares (declare it with newsparse_vocabularies)")
        changes[name] = read_change(vocabulary.declaration(name), value)
    return changes


def _items_problem(kind: str, items: list[Any], taken: Mapping[str, tuple[str, Any]]) -> str | None:
    """What is wrong with the ``kind`` objects one plugin registered, or ``None``."""
    names: set[str] = set()
    for item in items:
        problem = _item_problem(kind, item)
        if problem is not None:
            return problem
        if item.name in names:
            return f"registered more than one {kind} named {item.name!r}"
        if item.name in taken:
            return f"registered {kind} {item.name!r}, a name plugin {taken[item.name][0]!r} already uses"
        names.add(item.name)
    return None


def _item_problem(kind: str, item: object) -> str | None:
    """What keeps ``item`` from being a ``kind``, or ``None``."""
    if kind == "vocabulary":
        return None if isinstance(item, Declaration) else f"registered {item!r:.60}, not a Declaration"
    return provided_problem(kind, item)


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
