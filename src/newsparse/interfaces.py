"""What the objects returned by the plugin hooks must provide.

These are :class:`typing.Protocol` classes: a plugin's objects need only have the
attributes and methods below, no base class.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TextIO

from .model import Article, Page

__all__ = ["Splitter", "Extractor", "Exporter"]


class Splitter(Protocol):
    """Turns the text of a page in one layout into articles."""

    #: Short unique name, used by ``--input-format`` and listed by ``newsparse formats``.
    name: str
    #: One line saying which pages this splitter reads.
    description: str

    def fit(self, text: str) -> float:
        """How well ``text`` fits this layout, from 0.0 (not at all) to 1.0 (certainly)."""

    def split(self, text: str) -> Page:
        """Split ``text`` into a page of articles, with spans into ``text``."""


class Extractor(Protocol):
    """Adds what it finds in an article (quotes, figures, ...) to it."""

    #: Short unique name.
    name: str

    def extract(self, article: Article, text: str) -> Article:
        """Return ``article`` enriched; ``text`` is the whole parsed text its spans point into."""


class Exporter(Protocol):
    """Writes articles in one output format."""

    #: Short unique name, used by ``--format``.
    name: str
    #: One line saying what the output looks like.
    description: str

    def export(self, articles: Iterable[Article], out: TextIO) -> None:
        """Write ``articles`` to ``out``, consuming the iterable once, as it goes."""
