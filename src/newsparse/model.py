"""The value types newsparse produces: pages, articles, quotes, figures, annotations.

Every element keeps a :class:`Span` of character offsets into the text that was
parsed, so ``text[span.start:span.end]`` shows where it came from.  All types are
frozen attrs classes.  Their JSON form (``to_dict``, ``from_dict`` and
:meth:`Page.article_dicts`) is written and read by :mod:`newsparse.wire`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Self

import attrs
from attrs import field, frozen

__all__ = [
    "Span",
    "Passage",
    "RelatedLink",
    "Quote",
    "Figure",
    "Annotation",
    "Article",
    "Page",
    "PageMetadata",
    "QUOTE_KINDS",
    "FIGURE_KINDS",
    "ORIGINS",
]

QUOTE_KINDS = ("direct", "partial", "term")
FIGURE_KINDS = ("money", "percent", "quantity")
#: What a page was read from: plain text, or an HTML page whose main text was extracted.
ORIGINS = ("text", "html")


# Validators are plain functions, not attrs' callable objects: spans and figures are made by the
# thousand, and a function is the cheaper call.  The messages are those of ``attrs.validators``.
def _not_negative(_inst: object, attr: attrs.Attribute[int], value: int) -> None:
    if not value >= 0:
        raise ValueError(f"'{attr.name}' must be >= 0: {value}")


def _not_before_start(span: Span, _attr: attrs.Attribute[int], value: int) -> None:
    if value < span.start:
        raise ValueError(f"span end {value} is before its start {span.start}")


def _figure_kind(_inst: object, attr: attrs.Attribute[str], value: str) -> None:
    if value not in FIGURE_KINDS:
        raise ValueError(f"'{attr.name}' must be in {FIGURE_KINDS!r} (got {value!r})", attr, FIGURE_KINDS, value)


@frozen(order=True)
class Span:
    """Half-open character range ``[start, end)`` into the parsed text."""

    start: int = field(validator=_not_negative)
    end: int = field(validator=_not_before_start)

    def __len__(self) -> int:
        return self.end - self.start

    def shift(self, offset: int) -> Span:
        """The same range moved ``offset`` characters to the right."""
        return Span(self.start + offset, self.end + offset)


@frozen
class Passage:
    """A line or paragraph of an article: its text with white space collapsed, and its span.

    ``" ".join(source[span.start:span.end].split()) == text`` always holds.
    """

    text: str
    span: Span


class _Record:
    """``to_dict``/``from_dict``: the JSON form of :mod:`newsparse.wire`, as methods of each type."""

    def to_dict(self) -> dict[str, Any]:
        """The value as JSON-ready data (see :mod:`newsparse.wire`)."""
        from newsparse import wire  # wire reads these types: imported on use

        return wire.to_dict(self)  # type: ignore[arg-type]  # every subclass is a wire type

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Rebuild the value from :meth:`to_dict` output; missing optional fields take their defaults."""
        from newsparse import wire

        return wire.from_dict(cls, data)  # type: ignore[type-var]  # every subclass is a wire type


@frozen
class RelatedLink(_Record):
    """A link to another article: a ``Read more`` teaser block or a ``READ MORE:`` line."""

    headline: str
    span: Span
    caption: str | None = None
    attribution: str | None = None


@frozen
class Quote(_Record):
    """A span of text between quotation marks and who said it.

    ``text`` is the quoted words as printed, without the marks, at ``span``.
    ``kind`` is ``direct`` (a sentence standing on its own), ``partial`` (a fragment
    inside a reported sentence) or ``term`` (scare quotes, a title, a nickname).
    ``speaker`` is the resolved full name (never a pronoun), white space collapsed; ``mention`` is the
    words printed near the quote that point at the speaker (``he``, ``Tusk``), at
    ``mention_span``.  ``rule`` names the attribution rule that credited the speaker
    (``after_quote``, ``lead_in``, ...) and ``cue`` is the verb or phrase that credits
    it as printed (``said``, ``according to``); both are ``None`` without a speaker.
    """

    text: str
    span: Span
    kind: str = field(default="direct", validator=attrs.validators.in_(QUOTE_KINDS))
    speaker: str | None = None
    mention: str | None = None
    mention_span: Span | None = None
    rule: str | None = None
    cue: str | None = None


@frozen
class Figure(_Record):
    """A numeric figure: ``text`` as written at ``span``, and what it means.

    ``value`` is in plain units (5100000000 for ``€5.1 billion``) or ``None`` for a
    vague amount (``hundreds of``); ``high`` is the upper end of a range.  ``unit`` is
    the unit or counted noun as printed (``kilometres``, ``GB``, ``soldiers``) and
    ``unit_canonical`` one spelling of a unit of measure (``km``), None for a counted noun.
    """

    text: str
    span: Span
    value: float | None
    kind: str = field(default="quantity", validator=_figure_kind)
    high: float | None = None
    currency: str | None = None
    unit: str | None = None
    approx: str | None = None
    unit_canonical: str | None = None


def _data(items: Mapping[str, Any]) -> dict[str, Any]:
    return dict(items)


@frozen
class Annotation(_Record):
    """Any other result an extractor adds to an article: ``text`` as printed at ``span``, what it is.

    ``kind`` names the sort of result (``sentiment``, ``entity``, ``exclamation``),
    ``label`` its value (``positive``, an entity's id) where it has one, and
    ``data`` anything more, as JSON data (a mapping of strings to strings, numbers,
    booleans, ``None``, lists and mappings).
    """

    kind: str
    text: str
    span: Span
    label: str | None = None
    data: dict[str, Any] = field(factory=dict, converter=_data)


# Typed tuple converters: mypy's attrs plugin reads a field's accepted type from
# its converter's signature, and ``converter=tuple`` would leave it unbound.
def _passages(items: Iterable[Passage]) -> tuple[Passage, ...]:
    return tuple(items)


def _links(items: Iterable[RelatedLink]) -> tuple[RelatedLink, ...]:
    return tuple(items)


def _quotes(items: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(items)


def _figures(items: Iterable[Figure]) -> tuple[Figure, ...]:
    return tuple(items)


def _annotations(items: Iterable[Annotation]) -> tuple[Annotation, ...]:
    return tuple(items)


@frozen
class Article(_Record):
    """One article of a page, with everything newsparse found in it.

    ``span`` covers the article's lines in the parsed text; ``source`` names the
    file or stream it came from.  ``published`` is a date or datetime where the
    page prints one.  ``annotations`` holds what third-party extractors add.
    """

    span: Span
    summary: Passage | None = None
    paragraphs: tuple[Passage, ...] = field(default=(), converter=_passages)
    headline: Passage | None = None
    published: _dt.date | _dt.datetime | None = None
    related: tuple[RelatedLink, ...] = field(default=(), converter=_links)
    republished_from: str | None = None
    quotes: tuple[Quote, ...] = field(default=(), converter=_quotes)
    figures: tuple[Figure, ...] = field(default=(), converter=_figures)
    source: str | None = None
    annotations: tuple[Annotation, ...] = field(default=(), converter=_annotations)

    def passages(self) -> Iterator[Passage]:
        """The headline, summary and body paragraphs that exist, in page order."""
        if self.headline is not None:
            yield self.headline
        if self.summary is not None:
            yield self.summary
        yield from self.paragraphs


def _articles(items: Iterable[Article]) -> tuple[Article, ...]:
    return tuple(items)


@frozen
class PageMetadata(_Record):
    """What an HTML page says of itself in its markup, as printed: title (with any site name),
    author, publication date (``2024-03-05``), site name and description."""

    title: str | None = None
    author: str | None = None
    published: str | None = None
    site_name: str | None = None
    description: str | None = None


@frozen
class Page(_Record):
    """A parsed page: its articles in document order and what the page says of itself.

    ``format`` names the splitter that read the page; ``period`` is the period a
    digest page covers (``2025-11`` for ``Month: November 2025``) where it prints one.
    ``text`` is the text the spans point into: the input itself, or for a page
    whose ``origin`` is ``html`` the text document extracted from it, whose
    ``metadata`` the page's markup gives (see :mod:`newsparse.html`).
    Iterating over a page iterates over its articles.
    """

    articles: tuple[Article, ...] = field(converter=_articles)
    format: str
    source: str | None = None
    period: str | None = None
    origin: str = field(default="text", validator=attrs.validators.in_(ORIGINS))
    text: str | None = field(default=None, repr=False, eq=False)
    metadata: PageMetadata | None = None

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)

    def __getitem__(self, index: int) -> Article:
        return self.articles[index]

    def article_dicts(self) -> Iterator[dict[str, Any]]:
        """Each article's :meth:`Article.to_dict` with the page's ``source``, ``format`` and ``period`` added.

        These are the lines of the ``jsonl`` format; an article without a
        ``source`` of its own takes the page's (see :func:`newsparse.wire.article_lines`).
        """
        from newsparse import wire

        return wire.article_lines(self)
