"""The parse pipeline: pick a splitter, split the page, run every extractor on every article.

Each call into a plugin is guarded: what a plugin returns is checked, and a
plugin that raises or returns something malformed is named in a
:class:`~newsparse.PluginWarning` (its result is dropped) or, where nothing can
stand in for it, a :class:`~newsparse.PluginError`.
"""

from __future__ import annotations

import functools
import inspect
import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

import attrs

from newsparse.analysis import Analysis
from newsparse.bands import MIN_FIT
from newsparse.errors import PluginError, PluginWarning
from newsparse.hooks.host import Registry, default_registry, describe_exception
from newsparse.hooks.protocols import Splitter, article_problem, fit_problem
from newsparse.html import HTML_FORMAT, looks_like_html
from newsparse.model import Article, Page
from newsparse.page.probe import PageProbe
from newsparse.streaming import PageStream
from newsparse.reading import read_text

if TYPE_CHECKING:
    from newsparse.html.extract import HtmlDocument

__all__ = ["parse", "parse_stream", "parse_file", "detect_format", "GENERIC_FORMAT", "MIN_FIT"]

#: The splitter that reads any plain text; used when no other fits well.
GENERIC_FORMAT = "generic"
#: The splitter of single-article pages, which reads a titled HTML page that no other splitter fits.
ARTICLE_FORMAT = "article"


def detect_format(text: str | PageProbe, registry: Registry | None = None) -> Splitter:
    """The splitter that fits ``text`` (a page, or its :class:`~newsparse.page.probe.PageProbe`) best.

    Every splitter's ``fit`` is handed one probe of the page.  When no splitter fits
    at least :data:`~newsparse.bands.MIN_FIT`, or two fit equally well, the generic
    splitter is used where one is registered.  A splitter whose ``fit`` raises or is
    not a number from 0 to 1 is left out with a :class:`~newsparse.PluginWarning`.
    """
    registry = registry or default_registry()
    probe = text if isinstance(text, PageProbe) else PageProbe(text)
    scored = sorted(((fit, name) for name, fit in _fits(probe, registry)), reverse=True)
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


def _fits(probe: PageProbe, registry: Registry) -> Iterator[tuple[str, float]]:
    """How well the page fits each splitter but the generic one; failing splitters are warned of and left out."""
    for name, splitter in registry.splitters.items():
        if name == GENERIC_FORMAT:
            continue
        try:
            fit = splitter.fit(probe)
        except Exception as exc:  # a plugin's fault must not stop detection
            problem: str | None = describe_exception(exc)
        else:
            if type(fit) is float and 0.0 <= fit <= 1.0:  # the common case, checked cheaply
                yield name, fit
                continue
            problem = fit_problem(fit)
        if problem is not None:
            _warn(registry.plugin_of("splitter", name), "fit", f"splitter {name!r}: {problem}; not used for detection")
            continue
        yield name, float(fit)


def parse(
    text: str,
    source: str | None = None,
    *,
    input_format: str | None = None,
    registry: Registry | None = None,
) -> Page:
    """Parse the text of a news page into a :class:`~newsparse.Page` of articles.

    ``source`` names where the text came from and is copied to every article.
    ``input_format`` forces a splitter by name instead of detecting one;
    ``html`` reads the text as an HTML page, which is also done when it looks
    like one (see :mod:`newsparse.html`): the page layouts then read the text
    document extracted from it, and spans point into that (``Page.text``).
    ``registry`` selects the plugins (default: every installed plugin).
    :class:`~newsparse.PluginError` names the plugin when the splitter fails;
    an extractor that fails on an article only loses its results for that
    article, with a :class:`~newsparse.PluginWarning`.

    >>> page = newsparse.parse("Month: May 2024\\n\\nTroops have advanced on two fronts, the ministry has said\\n")
    >>> page[0].summary.text
    'Troops have advanced on two fronts, the ministry has said'
    """
    return parse_stream(text, source, input_format=input_format, registry=registry).collect()


def parse_stream(
    text: str,
    source: str | None = None,
    *,
    input_format: str | None = None,
    registry: Registry | None = None,
) -> PageStream:
    """:func:`parse` ``text``, handing over its articles one at a time: a :class:`~newsparse.PageStream`.

    The splitter is chosen and the page's own fields read at once; each article
    is split (where the splitter reads lazily), checked and run through every
    extractor when the stream's ``articles`` iterator is asked for it, so a
    reader that writes and drops each article keeps one article in memory, not
    the page.  The arguments, the articles and the warnings are those of
    :func:`parse`; a splitter that fails part way raises its
    :class:`~newsparse.PluginError` from the iterator.

    >>> stream = newsparse.parse_stream("Month: May 2024\\n\\nTroops have advanced on two fronts, the ministry has said\\n")
    >>> stream.period, [article.summary.text for article in stream.articles]
    ('2024-05', ['Troops have advanced on two fronts, the ministry has said'])
    """
    registry = registry or default_registry()
    document = None
    if input_format == HTML_FORMAT or (input_format is None and looks_like_html(text)):
        from newsparse.html.extract import extract_html  # with lxml and trafilatura: a text page needs none

        document = extract_html(text, source or "<html>")
        text = document.text
        probe = PageProbe(text)
        splitter = _html_splitter(document, probe, registry)
    else:
        probe = PageProbe(text)
        splitter = registry.splitter(input_format) if input_format else detect_format(probe, registry)
    stream = _split(splitter, probe, registry)
    articles = _extracted_articles(stream.articles, text, source, registry)
    stream = attrs.evolve(stream, articles=articles, source=source, text=text)
    return stream if document is None else attrs.evolve(stream, origin=HTML_FORMAT, metadata=document.metadata)


def _extracted_articles(
    articles: Iterator[Article], text: str, source: str | None, registry: Registry
) -> Iterator[Article]:
    """Each of ``articles`` after every extractor, with the page's ``source``, made when asked for."""
    calls = _extract_calls(registry)
    for article in articles:
        yield attrs.evolve(_extracted(article, text, calls, registry), source=source)


def _html_splitter(document: HtmlDocument, probe: PageProbe, registry: Registry) -> Splitter:
    """The splitter detected for an HTML page's text document (``probe``); for a titled page, the
    ``article`` splitter rather than the generic one, as the main text of an HTML page is one article."""
    splitter = detect_format(probe, registry)
    if splitter.name == GENERIC_FORMAT and document.headline is not None:
        return registry.splitters.get(ARTICLE_FORMAT, splitter)
    return splitter


def _split(splitter: Splitter, probe: PageProbe, registry: Registry) -> PageStream:
    """``splitter``'s page of the probed text as a stream: by its ``split_stream`` where it has one, else its
    ``split``; articles that break the span rules are dropped with a warning."""
    plugin = registry.plugin_of("splitter", splitter.name)
    lazy = getattr(splitter, "split_stream", None)
    try:
        page = lazy(probe) if callable(lazy) else splitter.split(probe)
    except Exception as exc:
        raise _split_error(plugin, splitter, exc) from exc
    wanted = PageStream if callable(lazy) else Page
    if not isinstance(page, wanted):
        problem = f"returned {type(page).__name__}, not a {wanted.__name__}"
        raise PluginError(plugin, "split", f"splitter {splitter.name!r}: {problem}")
    if isinstance(page, PageStream):
        return attrs.evolve(page, articles=_checked(page.articles, probe.text, splitter, plugin))
    assert isinstance(page, Page)
    kept = list(_checked(page.articles, probe.text, splitter, plugin))  # a whole page is checked at once
    return PageStream.of(page if len(kept) == len(page.articles) else attrs.evolve(page, articles=kept))


def _checked(articles: Iterable[Article], text: str, splitter: Splitter, plugin: str) -> Iterator[Article]:
    """``articles`` that keep the span rules; the others are dropped with a warning; a failure is the plugin's."""
    try:
        remaining = iter(articles)
    except TypeError as exc:
        raise _split_error(plugin, splitter, exc) from exc
    while True:
        try:
            article = next(remaining)
        except StopIteration:
            return
        except Exception as exc:
            raise _split_error(plugin, splitter, exc) from exc
        problem = article_problem(article, text)
        if problem is None:
            yield article
        else:
            _warn(plugin, "split", f"splitter {splitter.name!r}: {problem}; the article is dropped")


def _split_error(plugin: str, splitter: Splitter, exc: Exception) -> PluginError:
    return PluginError(plugin, "split", f"splitter {splitter.name!r}: {describe_exception(exc)}")


#: An extractor's name, its ``extract`` and whether that takes the shared ``analysis``.
_ExtractCall = tuple[str, Callable[..., Article], bool]


def _extract_calls(registry: Registry) -> list[_ExtractCall]:
    """How to call each extractor: an ``extract`` without an ``analysis`` parameter is not given one."""
    return [(name, e.extract, _takes_analysis(e.extract)) for name, e in registry.extractors.items()]


def _takes_analysis(extract: Callable[..., Article]) -> bool:
    """Whether ``extract`` has an ``analysis`` parameter; read once per function (a method's, for a method)."""
    function = getattr(extract, "__func__", extract)
    try:
        return _has_analysis_parameter(function)
    except TypeError:  # an unhashable callable: read each time
        return _has_analysis_parameter.__wrapped__(function)


@functools.lru_cache(maxsize=256)
def _has_analysis_parameter(function: Callable[..., Article]) -> bool:
    try:
        return "analysis" in inspect.signature(function).parameters
    except (TypeError, ValueError):  # no signature to read: called with the article and text alone
        return False


def _extracted(article: Article, text: str, calls: list[_ExtractCall], registry: Registry) -> Article:
    """``article`` after every extractor, all sharing one analysis; one that fails loses its results for this
    article only."""
    analysis = Analysis(article, text)
    for name, extract, takes_analysis in calls:
        try:
            result = extract(article, text, analysis=analysis) if takes_analysis else extract(article, text)
            problem = article_problem(result, text, article)
        except Exception as exc:  # a plugin's fault must not stop the other extractors
            problem = describe_exception(exc)
        if problem is not None:
            plugin, where = registry.plugin_of("extractor", name), f"{article.span.start}:{article.span.end}"
            _warn(plugin, "extract", f"extractor {name!r}: {problem}; its results for article {where} are dropped")
            continue
        article = result
    return article


def _warn(plugin: str, hook: str, message: str) -> None:
    warnings.warn(PluginWarning(plugin, hook, message), stacklevel=4)


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
