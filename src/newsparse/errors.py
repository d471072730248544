"""The exceptions newsparse raises on purpose; all derive from :class:`NewsparseError`."""

from __future__ import annotations

__all__ = ["NewsparseError", "InputError", "UnknownNameError"]


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose."""


class InputError(NewsparseError):
    """An input cannot be read as text: missing, a directory, binary, or in another encoding."""


class UnknownNameError(NewsparseError, LookupError):
    """No plugin provides a splitter, extractor or exporter of the given name."""
