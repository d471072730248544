"""Optional dependencies, installed as extras: ``parquet`` (pyarrow), ``pandas`` and ``rich``."""

from __future__ import annotations

import importlib
from types import ModuleType

from newsparse.errors import NewsparseError

__all__ = ["MissingExtraError", "require"]


class MissingExtraError(NewsparseError, ImportError):
    """A feature needs an optional package that is not installed; names the extra that installs it."""


def require(module: str, extra: str, feature: str) -> ModuleType:
    """Import ``module``, which ``feature`` needs; :class:`MissingExtraError` names ``extra`` when it is missing."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        package = module.partition(".")[0]
        raise MissingExtraError(
            f"{feature} needs {package}, which is not installed: pip install 'newsparse[{extra}]'"
        ) from exc
