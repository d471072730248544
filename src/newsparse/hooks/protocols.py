"""What the objects returned by the plugin hooks must provide, and the checks that they do.

The protocols are :class:`typing.Protocol` classes: a plugin's objects need only
have the attributes and methods below, no base class.  The ``*_problem``
functions check what plugins return and say what is wrong (``None`` when
nothing is); they are cheap enough to run on every article.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any, Protocol

from newsparse.analysis import Analysis
from newsparse.model import Annotation, Article, Figure, Page, Quote, Span
from newsparse.page.probe import PageProbe

__all__ = [
    "Splitter",
    "Extractor",
    "Exporter",
    "TARGETS",
    "writes_to",
    "streams",
    "provided_problem",
    "fit_problem",
    "article_problem",
]


class Splitter(Protocol):
    """Turns the text of a page in one layout into articles.

    Both methods are handed the page's :class:`~newsparse.page.probe.PageProbe`, built once
    per page: ``probe.text`` is the whole page, ``probe.clean_lines`` the collapsed
    non-blank lines of its top, ``probe.lines(chrome)`` those lines with their kinds.

    A splitter that can read a page lazily may also have ``split_stream(probe)``,
    which returns a :class:`~newsparse.PageStream` whose ``articles`` iterator
    reads each article when it is asked for (the digest splitter does); parsing
    then uses it instead of ``split``, whose page must hold the same articles.
    """

    #: Short unique name, used by ``--input-format`` and listed by ``newsparse formats``.
    name: str
    #: One line saying which pages this splitter reads.
    description: str

    def fit(self, probe: PageProbe) -> float:
        """How well the page fits this layout, from 0.0 (not at all) to 1.0 (certainly), in the
        bands of :mod:`newsparse.bands`.

        Anything else (NaN, infinity, a string) leaves the splitter out of detection.
        """

    def split(self, probe: PageProbe) -> Page:
        """Split the page (``probe.text``) into a page of articles, with spans into ``probe.text``.

        Every passage must be the text at its span with white space collapsed;
        articles that break this rule are dropped.
        """


class Extractor(Protocol):
    """Adds what it finds in an article (quotes, figures, annotations of any kind) to it.

    An extractor may also have ``after``, a tuple of the names of the extractors
    that must run before it (``after = ("quotes",)``); without it, the registry's
    order applies (built-in first, then by name; see :doc:`/plugins`).
    """

    #: Short unique name.
    name: str

    def extract(self, article: Article, text: str, analysis: Analysis) -> Article:
        """Return ``article`` enriched; ``text`` is the whole parsed text its spans point into.

        ``analysis`` is the :class:`~newsparse.analysis.Analysis` of the article that
        every extractor of it shares; an ``extract`` without an ``analysis``
        parameter is called with the article and text alone.  Results of a new
        kind go in ``Article.annotations`` (:class:`~newsparse.model.Annotation`).

        Quotes, figures, mentions and annotations must be exactly the text at
        their spans, passages the text at their spans with white space
        collapsed, figure values finite numbers, annotation data JSON data;
        otherwise this extractor's results for the article are dropped.
        """


class Exporter(Protocol):
    """Writes pages in one output format.

    What ``export`` is given to write to depends on the exporter's ``writes_to``
    (see :func:`writes_to`): a text stream (``"stream"``, the default when the
    attribute is missing), or a :class:`~pathlib.Path` to a file (``"file"``)
    or a folder (``"directory"``) that the exporter writes itself.  The command
    line writes a stream to a temporary file that replaces ``-o FILE`` only when
    the run completes; a path exporter is given ``-o PATH`` as it is and must
    leave it consistent when it fails (a database updated in place, one
    transaction per page; files written beside their targets and renamed over
    them at the end).

    An exporter with ``streaming = True`` writes each article as it comes, so a
    large page is never held whole (see :func:`streams`): the command line
    then gives ``export`` (and ``export_table``) :class:`~newsparse.PageStream`
    objects, whose ``articles`` are parsed as they are read.  Such an exporter
    must read each page's ``articles`` once, in order, before it takes the next
    page, and only the fields a :class:`~newsparse.Page` has too, so that it
    writes pages as well: pages parsed by worker processes (``--jobs``) come
    whole.  Without it (``json``, ``parquet``) an exporter is given pages.
    """

    #: Short unique name, used by ``--format``.
    name: str
    #: One line saying what the output looks like.
    description: str
    #: ``"stream"``, ``"file"`` or ``"directory"``: what ``out`` is (optional; ``"stream"`` when missing).
    writes_to: str
    #: ``True`` when ``export`` takes :class:`~newsparse.PageStream` objects as well as pages (optional).
    streaming: bool

    def export(self, pages: Iterable[Page], out: Any) -> None:
        """Write ``pages`` to ``out``, consuming the iterable once, as it goes.

        ``out`` is a text stream, or a :class:`~pathlib.Path` when ``writes_to``
        is ``"file"`` or ``"directory"``.  JSON output must be strict JSON: no
        ``NaN`` or ``Infinity`` (``json.dumps(..., allow_nan=False)``).

        An exporter that writes several tables may also offer ``tables`` (their
        names) and ``export_table(pages, table, out)``, which writes the one
        table to the text stream ``out`` (``newsparse parse -f csv --table NAME``).
        """


#: What an exporter's ``export`` may be given to write to (its ``writes_to``).
TARGETS = ("stream", "file", "directory")


def streams(exporter: object) -> bool:
    """Whether ``exporter`` takes :class:`~newsparse.PageStream` objects: its ``streaming`` attribute is ``True``."""
    return getattr(exporter, "streaming", False) is True


def writes_to(exporter: object) -> str:
    """What ``exporter`` writes to: its ``writes_to`` attribute, ``"stream"`` when it has none."""
    target = getattr(exporter, "writes_to", "stream")
    return target if isinstance(target, str) else repr(target)


#: The methods each kind of provided object must have.
_METHODS = {"splitter": ("fit", "split"), "extractor": ("extract",), "exporter": ("export",)}


def provided_problem(kind: str, item: object) -> str | None:
    """What keeps ``item`` from being a ``kind`` (``splitter``, ``extractor``, ``exporter``), or ``None``."""
    name = getattr(item, "name", None)
    if not isinstance(name, str) or not name:
        return f"registered {kind} {item!r:.60} without a name"
    for method in _METHODS[kind]:
        if not callable(getattr(item, method, None)):
            return f"registered {kind} {name!r} without a {method} method"
    if kind != "extractor" and not isinstance(getattr(item, "description", None), str):
        return f"registered {kind} {name!r} without a description"
    if kind == "exporter" and writes_to(item) not in TARGETS:
        return f"registered exporter {name!r} that writes to {writes_to(item)!r:.40}, not one of {', '.join(TARGETS)}"
    if kind == "extractor":
        return _after_problem(name, getattr(item, "after", ()))
    return None


def _after_problem(name: str, after: object) -> str | None:
    """What is wrong with an extractor's ``after`` (a tuple of extractor names), or ``None``."""
    if isinstance(after, str) or not isinstance(after, tuple | list | set | frozenset):
        return f"registered extractor {name!r} whose after is {after!r:.40}, not a tuple of names"
    if not all(isinstance(before, str) for before in after):
        return f"registered extractor {name!r} whose after holds {after!r:.40}, not only names"
    return None


def _is_finite(value: object) -> bool:
    """Whether ``value`` is a number (not a bool) other than NaN and infinity; ints of any size are."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value))


def fit_problem(fit: object) -> str | None:
    """What is wrong with a splitter's ``fit`` result (a finite number from 0 to 1), or ``None``."""
    if _is_finite(fit) and 0 <= fit <= 1:  # type: ignore[operator]  # _is_finite says it is a number
        return None
    return f"returned {fit!r:.40}, not a number from 0 to 1"


def _span_problem(span: object, text: str) -> str | None:
    if isinstance(span, Span) and isinstance(span.start, int) and isinstance(span.end, int) and span.end <= len(text):
        return None
    return f"span {span!r:.40} is not inside the text ({len(text)} characters)"


def _slice_problem(what: str, printed: object, span: object, text: str) -> str | None:
    """Whether ``text[span]`` is exactly ``printed``."""
    problem = _span_problem(span, text)
    if problem is not None:
        return f"{what} {printed!r:.40}: {problem}"
    assert isinstance(span, Span)
    if text[span.start : span.end] != printed:
        return f"{what} {printed!r:.40} is not the text at {span.start}:{span.end}"
    return None


def _quote_problem(quote: Quote, text: str) -> str | None:
    if (quote.mention is None) != (quote.mention_span is None):
        return f"quote {quote.text!r:.40} has a mention without a span or a span without a mention"
    problem = _slice_problem("quote", quote.text, quote.span, text)
    if problem is None and quote.mention_span is not None:
        problem = _slice_problem("mention", quote.mention, quote.mention_span, text)
    return problem


def _figure_problem(figure: Figure, text: str) -> str | None:
    for name, number in (("value", figure.value), ("high", figure.high)):
        if number is not None and not _is_finite(number):
            return f"figure {figure.text!r:.40} has {name} {number!r:.40}, not a finite number"
    return _slice_problem("figure", figure.text, figure.span, text)


def _annotation_problem(annotation: Annotation, text: str) -> str | None:
    if not isinstance(annotation.kind, str) or not annotation.kind:
        return f"annotation {annotation.text!r:.40} has kind {annotation.kind!r:.40}, not a name"
    try:
        same = json.loads(json.dumps(annotation.data, allow_nan=False)) == annotation.data
    except (TypeError, ValueError):  # not JSON data, or a NaN or infinity in it
        same = False
    if not same:
        return f"annotation {annotation.text!r:.40} has data {annotation.data!r:.40} that is not JSON data"
    return _slice_problem("annotation", annotation.text, annotation.span, text)


def _passages_problem(article: Article, text: str) -> str | None:
    for passage in article.passages():
        problem = _span_problem(passage.span, text)
        if problem is not None:
            return f"passage {passage.text!r:.40}: {problem}"
        if " ".join(text[passage.span.start : passage.span.end].split()) != passage.text:
            return f"passage {passage.text!r:.40} is not the text at {passage.span.start}:{passage.span.end}"
    return None


def article_problem(article: object, text: str, before: Article | None = None) -> str | None:
    """What breaks the span and number rules in ``article`` (from a plugin), or ``None``.

    Passages, quotes, figures and annotations must be the text at their spans
    (passages with white space collapsed), values finite numbers, annotation
    data JSON data.  Parts that are the very
    objects of ``before`` (the article a plugin was given) are not checked again.
    """
    try:
        return _article_problem(article, text, before)
    except (AttributeError, TypeError) as exc:  # fields of the wrong types
        return f"returned a malformed article ({type(exc).__name__}: {exc})"


def _article_problem(article: object, text: str, before: Article | None) -> str | None:
    if not isinstance(article, Article):
        return f"returned {type(article).__name__}, not an Article"
    problem = _span_problem(article.span, text)
    if problem is not None:
        return f"article {problem}"
    if not _unchanged(article, before, "headline", "summary", "paragraphs"):
        problem = _passages_problem(article, text)
    if problem is None and not _unchanged(article, before, "related"):
        problem = next((f"related link {p}" for r in article.related if (p := _span_problem(r.span, text))), None)
    if problem is None and not _unchanged(article, before, "quotes"):
        problem = next((p for q in article.quotes if (p := _quote_problem(q, text))), None)
    if problem is None and not _unchanged(article, before, "figures"):
        problem = next((p for f in article.figures if (p := _figure_problem(f, text))), None)
    if problem is None and not _unchanged(article, before, "annotations"):
        problem = next((p for a in article.annotations if (p := _annotation_problem(a, text))), None)
    return problem


def _unchanged(article: Article, before: Article | None, *fields: str) -> bool:
    """Whether ``article`` holds the very objects ``before`` held in ``fields`` (already checked)."""
    return before is not None and all(getattr(article, f) is getattr(before, f) for f in fields)
