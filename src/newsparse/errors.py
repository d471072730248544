"""The exceptions newsparse raises on purpose; all derive from :class:`NewsparseError`."""

from __future__ import annotations

__all__ = ["NewsparseError", "InputError", "UnknownNameError", "PluginError", "PluginWarning"]


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose."""


class InputError(NewsparseError):
    """An input cannot be read as text: missing, a directory, binary, or in another encoding."""


class UnknownNameError(NewsparseError, LookupError):
    """No plugin provides a splitter, extractor, exporter or vocabulary of the given name."""


class _PluginFault(Exception):
    """What a plugin fault carries: the plugin's name, the hook at fault and what went wrong."""

    def __init__(self, plugin: str, hook: str, message: str):
        super().__init__(f"plugin {plugin!r}, hook {hook}: {message}")
        self.plugin = plugin
        self.hook = hook
        self.message = message


class PluginError(_PluginFault, NewsparseError):
    """A plugin's hook raised or returned something invalid; names the plugin and the hook."""


class PluginWarning(_PluginFault, UserWarning):
    """A plugin fault that newsparse survived (its result was dropped); names the plugin and the hook."""
