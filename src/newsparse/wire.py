"""The JSON form of every type of :mod:`newsparse.model`, written and read in this one module.

:func:`to_dict` turns a value into JSON-ready data and :func:`from_dict` rebuilds
it, so ``from_dict(type(x), to_dict(x)) == x``; the types' own ``to_dict`` and
``from_dict`` methods call these.  Field names are those of the evaluation format
plus spans: a span is a ``[start, end]`` list, a whole number an int, a date an
ISO string.  An article's passages are written as their texts (``headline``,
``summary``, ``paragraphs``) beside their spans (``headline_span``,
``summary_span``, ``paragraph_spans``).  :func:`article_lines` gives the lines of
the ``jsonl`` format: each article with its page's ``source``, ``format`` and
``period``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, TypeVar

import attrs

from newsparse.model import Annotation, Article, Figure, Page, PageMetadata, Passage, Quote, RelatedLink, Span
from newsparse.streaming import PageStream

__all__ = ["to_dict", "from_dict", "article_lines", "Wired"]

#: The types with a JSON form.
Wired = Page | Article | Quote | Figure | RelatedLink | PageMetadata | Annotation
_Value = TypeVar("_Value", Page, Article, Quote, Figure, RelatedLink, PageMetadata, Annotation)


def to_dict(value: Wired) -> dict[str, Any]:
    """``value`` as JSON-ready data."""
    if isinstance(value, Page):
        return _page_dict(value)
    if isinstance(value, Article):
        return _article_dict(value)
    return {f.name: _plain(getattr(value, f.name)) for f in attrs.fields(type(value))}


def from_dict(cls: type[_Value], data: dict[str, Any]) -> _Value:
    """The ``cls`` value that :func:`to_dict` gave ``data``; missing optional fields take their defaults."""
    if cls is Page:
        return _page(data)  # type: ignore[return-value]  # cls is Page
    if cls is Article:
        return _article(data)  # type: ignore[return-value]  # cls is Article
    names = [f.name for f in attrs.fields(cls) if f.name in data]
    kwargs: dict[str, Any] = {name: _span(data[name]) if name.endswith("span") else data[name] for name in names}
    return cls(**kwargs)


def article_lines(page: Page | PageStream) -> Iterator[dict[str, Any]]:
    """Each article's JSON form with the page's ``source``, ``format`` and ``period`` added: the ``jsonl`` lines.

    An article without a ``source`` of its own takes the page's.  A stream's articles are read one at a time.
    """
    for article in page.articles:
        data = _article_dict(article)
        if data["source"] is None:
            data["source"] = page.source
        data["format"] = page.format
        data["period"] = page.period
        yield data


def _plain(value: Any) -> Any:
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**63:
        return int(value)  # JSON shows 250, not 250.0
    if isinstance(value, dict):
        return dict(value)  # a copy: the value stays frozen
    return value


def _span(value: Any) -> Span | None:
    return None if value is None else Span(*value)


def _passage_span(passage: Passage | None) -> list[int] | None:
    return None if passage is None else _plain(passage.span)


def _article_dict(article: Article) -> dict[str, Any]:
    return {
        "headline": None if article.headline is None else article.headline.text,
        "summary": None if article.summary is None else article.summary.text,
        "published": None if article.published is None else article.published.isoformat(),
        "paragraphs": [p.text for p in article.paragraphs],
        "related": [to_dict(r) for r in article.related],
        "republished_from": article.republished_from,
        "quotes": [to_dict(q) for q in article.quotes],
        "figures": [to_dict(f) for f in article.figures],
        "annotations": [to_dict(a) for a in article.annotations],
        "source": article.source,
        "span": _plain(article.span),
        "headline_span": _passage_span(article.headline),
        "summary_span": _passage_span(article.summary),
        "paragraph_spans": [_plain(p.span) for p in article.paragraphs],
    }


def _article(data: dict[str, Any]) -> Article:
    def passage(text: str | None, span: Any) -> Passage | None:
        return None if text is None else Passage(text, Span(*span))

    return Article(
        span=Span(*data["span"]),
        headline=passage(data.get("headline"), data.get("headline_span")),
        summary=passage(data.get("summary"), data.get("summary_span")),
        paragraphs=[Passage(t, Span(*s)) for t, s in zip(data["paragraphs"], data["paragraph_spans"], strict=True)],
        published=_date(data.get("published")),
        related=[from_dict(RelatedLink, r) for r in data.get("related", ())],
        republished_from=data.get("republished_from"),
        quotes=[from_dict(Quote, q) for q in data.get("quotes", ())],
        figures=[from_dict(Figure, f) for f in data.get("figures", ())],
        annotations=[from_dict(Annotation, a) for a in data.get("annotations", ())],
        source=data.get("source"),
    )


def _date(value: str | None) -> dt.date | dt.datetime | None:
    if value is None:
        return None
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    return dt.datetime.fromisoformat(value)


def _page_dict(page: Page) -> dict[str, Any]:
    """``source``, ``format``, ``period``, ``origin``, ``metadata``, ``articles``, and for an HTML page
    the extracted ``text`` its spans point into."""
    data: dict[str, Any] = {
        "source": page.source,
        "format": page.format,
        "period": page.period,
        "origin": page.origin,
        "metadata": to_dict(page.metadata) if page.metadata else None,
        "articles": [_article_dict(a) for a in page.articles],
    }
    if page.origin != "text":
        data["text"] = page.text
    return data


def _page(data: dict[str, Any]) -> Page:
    metadata = data.get("metadata")
    return Page(
        articles=[_article(a) for a in data["articles"]],
        format=data["format"],
        source=data.get("source"),
        period=data.get("period"),
        origin=data.get("origin", "text"),
        text=data.get("text"),
        metadata=from_dict(PageMetadata, metadata) if metadata else None,
    )
