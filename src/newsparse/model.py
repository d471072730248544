"""The value types newsparse produces: pages, articles, quotes, figures.

Every element keeps a :class:`Span` of character offsets into the text that was
parsed, so ``text[span.start:span.end]`` shows where it came from.  All types are
frozen attrs classes.  This module also holds the stable JSON form of every type:
``to_dict`` and ``from_dict`` of :class:`Page`, :class:`Article`, :class:`Quote`,
:class:`Figure` and :class:`RelatedLink` (the field names of the evaluation
format plus spans), and :meth:`Page.article_dicts` (the ``jsonl`` lines).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar, Self

import attrs
from attrs import field, frozen

__all__ = [
    "Span",
    "Passage",
    "RelatedLink",
    "Quote",
    "Figure",
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


def _span_from(value: Any) -> Span | None:
    return None if value is None else Span(*value)


@frozen(order=True)
class Span:
    """Half-open character range ``[start, end)`` into the parsed text."""

    start: int = field(validator=attrs.validators.ge(0))
    end: int = field()

    @end.validator
    def _end_not_before_start(self, _attr: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"span end {value} is before its start {self.start}")

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
    """``to_dict``/``from_dict`` for flat value types: spans become ``[start, end]`` lists."""

    __attrs_attrs__: ClassVar[tuple[attrs.Attribute[Any], ...]]  # set by attrs on each subclass

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON-ready data; whole numbers as ints, spans as ``[start, end]``."""
        return {f.name: _plain(getattr(self, f.name)) for f in attrs.fields(type(self))}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Rebuild the value from :meth:`to_dict` output; missing optional fields take their defaults."""
        kwargs = {}
        for f in attrs.fields(cls):
            if f.name in data:
                value = data[f.name]
                kwargs[f.name] = _span_from(value) if f.name.endswith("span") else value
        return cls(**kwargs)


def _plain(value: Any) -> Any:
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**63:
        return int(value)  # JSON shows 250, not 250.0
    return value


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
    ``speaker`` is the resolved full name (never a pronoun); ``mention`` is the
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
    kind: str = field(default="quantity", validator=attrs.validators.in_(FIGURE_KINDS))
    high: float | None = None
    currency: str | None = None
    unit: str | None = None
    approx: str | None = None
    unit_canonical: str | None = None


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


@frozen
class Article:
    """One article of a page, with everything newsparse found in it.

    ``span`` covers the article's lines in the parsed text; ``source`` names the
    file or stream it came from.  ``published`` is a date or datetime where the
    page prints one.
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

    def passages(self) -> Iterator[Passage]:
        """The headline, summary and body paragraphs that exist, in page order."""
        if self.headline is not None:
            yield self.headline
        if self.summary is not None:
            yield self.summary
        yield from self.paragraphs

    def to_dict(self) -> dict[str, Any]:
        """The article as plain JSON-ready data, in the evaluation format plus spans."""
        return {
            "headline": None if self.headline is None else self.headline.text,
            "summary": None if self.summary is None else self.summary.text,
            "published": None if self.published is None else self.published.isoformat(),
            "paragraphs": [p.text for p in self.paragraphs],
            "related": [r.to_dict() for r in self.related],
            "republished_from": self.republished_from,
            "quotes": [q.to_dict() for q in self.quotes],
            "figures": [f.to_dict() for f in self.figures],
            "source": self.source,
            "span": _plain(self.span),
            "headline_span": None if self.headline is None else _plain(self.headline.span),
            "summary_span": None if self.summary is None else _plain(self.summary.span),
            "paragraph_spans": [_plain(p.span) for p in self.paragraphs],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict` output (the inverse of ``to_dict``)."""

        def passage(text: str | None, span: Any) -> Passage | None:
            return None if text is None else Passage(text, Span(*span))

        return cls(
            span=Span(*data["span"]),
            headline=passage(data.get("headline"), data.get("headline_span")),
            summary=passage(data.get("summary"), data.get("summary_span")),
            paragraphs=[Passage(t, Span(*s)) for t, s in zip(data["paragraphs"], data["paragraph_spans"], strict=True)],
            published=_parse_iso(data.get("published")),
            related=[RelatedLink.from_dict(r) for r in data.get("related", ())],
            republished_from=data.get("republished_from"),
            quotes=[Quote.from_dict(q) for q in data.get("quotes", ())],
            figures=[Figure.from_dict(f) for f in data.get("figures", ())],
            source=data.get("source"),
        )


def _parse_iso(value: str | None) -> _dt.date | _dt.datetime | None:
    if value is None:
        return None
    if len(value) == 10:
        return _dt.date.fromisoformat(value)
    return _dt.datetime.fromisoformat(value)


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
class Page:
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

    def to_dict(self) -> dict[str, Any]:
        """The page as JSON-ready data: ``source``, ``format``, ``period``, ``origin``, ``metadata``,
        ``articles`` (:meth:`Article.to_dict`), and for an HTML page the extracted ``text`` its spans point into.
        """
        data: dict[str, Any] = {
            "source": self.source,
            "format": self.format,
            "period": self.period,
            "origin": self.origin,
            "metadata": self.metadata.to_dict() if self.metadata else None,
            "articles": [a.to_dict() for a in self.articles],
        }
        if self.origin != "text":
            data["text"] = self.text
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Page:
        """Rebuild a page from :meth:`to_dict` output (the inverse of ``to_dict``)."""
        metadata = data.get("metadata")
        return cls(
            articles=[Article.from_dict(a) for a in data["articles"]],
            format=data["format"],
            source=data.get("source"),
            period=data.get("period"),
            origin=data.get("origin", "text"),
            text=data.get("text"),
            metadata=PageMetadata.from_dict(metadata) if metadata else None,
        )

    def article_dicts(self) -> Iterator[dict[str, Any]]:
        """Each article's :meth:`Article.to_dict` with the page's ``source``, ``format`` and ``period`` added.

        These are the lines of the ``jsonl`` format; an article without a
        ``source`` of its own takes the page's.
        """
        for article in self.articles:
            data = article.to_dict()
            if data["source"] is None:
                data["source"] = self.source
            data["format"] = self.format
            data["period"] = self.period
            yield data
