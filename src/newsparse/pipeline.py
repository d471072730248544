"""The parse pipeline: pick a splitter, split the page, run every extractor on every article."""

from __future__ import annotations

import os

import attrs

from .interfaces import Splitter
from .model import Page
from .plugins import Registry, default_registry
from .reading import read_text

__all__ = ["parse", "parse_file", "detect_format", "GENERIC_FORMAT", "MIN_FIT"]

#: The splitter that reads any plain text; used when no other fits well.
GENERIC_FORMAT = "generic"
#: A splitter must fit a page at least this well to be picked by detection.
MIN_FIT = 0.5


def detect_format(text: str, registry: Registry | None = None) -> Splitter:
    """The splitter that fits ``text`` best.

    When no splitter fits at least :data:`MIN_FIT`, or two fit equally well, the
    generic splitter is used where one is registered.
    """
    registry = registry or default_registry()
    scored = sorted(
        ((splitter.fit(text), name) for name, splitter in registry.splitters.items() if name != GENERIC_FORMAT),
        reverse=True,
    )
    generic = registry.splitters.get(GENERIC_FORMAT)
    if not scored:
        if generic is None:
            raise LookupError("no splitter is registered")
        return generic
    best_fit, best_name = scored[0]
    tied = len(scored) > 1 and scored[1][0] == best_fit
    if generic is not None and (best_fit < MIN_FIT or tied):
        return generic
    return registry.splitters[best_name]


def parse(
    text: str,
    source: str | None = None,
    *,
    input_format: str | None = None,
    registry: Registry | None = None,
) -> Page:
    """Parse the text of a news page into a :class:`~newsparse.Page` of articles.

    ``source`` names where the text came from and is copied to every article.
    ``input_format`` forces a splitter by name instead of detecting one.
    ``registry`` selects the plugins (default: every installed plugin).

    >>> page = newsparse.parse("Month: May 2024\\n\\nTroops have advanced on two fronts, the ministry has said\\n")
    >>> page[0].summary.text
    'Troops have advanced on two fronts, the ministry has said'
    """
    registry = registry or default_registry()
    splitter = registry.splitter(input_format) if input_format else detect_format(text, registry)
    page = splitter.split(text)
    articles = []
    for article in page.articles:
        for extractor in registry.extractors.values():
            article = extractor.extract(article, text)
        articles.append(attrs.evolve(article, source=source))
    return attrs.evolve(page, articles=articles, source=source)


def parse_file(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    input_format: str | None = None,
    registry: Registry | None = None,
) -> Page:
    """Read the file at ``path`` (``-`` for standard input) and :func:`parse` it.

    The file is decoded as UTF-8 (a byte-order mark is dropped) unless
    ``encoding`` names another; :class:`~newsparse.InputError` says what is wrong
    with a file that cannot be read as text.
    """
    text = read_text(path, encoding)
    return parse(text, os.fspath(path), input_format=input_format, registry=registry)
