"""The tabular form of pages: one row per page, article, paragraph, quote, figure, related link and annotation.

The ``csv``, ``sqlite`` and ``parquet`` exporters and :func:`newsparse.to_dataframes`
all build their tables here, so their columns are the same everywhere.  Every
row of an item table starts with the ``source`` of its page, the ``article``
number and the item's own number (all numbered from 1 in page order), then
holds every field of the item's JSON form (:meth:`newsparse.Quote.to_dict`, ...)
with each span ``X`` as two integer columns ``X_start`` and ``X_end`` and a
mapping or list (an annotation's ``data``) as its JSON text.  Columns are typed
``text``, ``int`` or ``float``; a missing value is ``None``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
from attrs import frozen

from newsparse.model import Annotation, Article, Figure, Page, Quote, RelatedLink
from newsparse.streaming import PageStream

__all__ = ["Column", "Table", "TABLES", "Row", "page_row", "stream_rows", "page_rows", "table_rows"]

#: One row: the values of a table's columns, in order.
Row = tuple[Any, ...]


@frozen
class Column:
    """A column of a table: its name and type (``text``, ``int`` or ``float``)."""

    name: str
    type: str


@frozen
class Table:
    """A table: its name, what one row holds (``quote``), and its columns."""

    name: str
    row: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        """The column names, in order."""
        return [c.name for c in self.columns]


def _columns(spec: str) -> tuple[Column, ...]:
    """Columns from ``"name:type name:type ..."``."""
    return tuple(Column(*item.split(":")) for item in spec.split())


_ITEM_KEYS = _columns("source:text article:int")
_KINDS = {"Span": "span", "float": "float", "int": "int", "bool": "int"}


def _field_columns(cls: type[Any]) -> tuple[Column, ...]:
    """The columns of an item type's fields: two ``int`` columns for a span, the field's own type for the rest."""
    columns: list[Column] = []
    for f in attrs.fields(cls):
        # Annotations are strings here (``from __future__ import annotations``): "float | None".
        names = {part.strip() for part in str(f.type).split("|")} - {"None"}
        kind = next((_KINDS[n] for n in ("Span", "float", "int", "bool") if n in names), "text")
        if kind == "span":
            columns += [Column(f"{f.name}_start", "int"), Column(f"{f.name}_end", "int")]
        else:
            columns.append(Column(f.name, kind))
    return tuple(columns)


#: The tables, by name, in the order the exporters write them.
TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table("pages", "page", _columns("source:text format:text period:text articles:int")),
        Table(
            "articles",
            "article",
            _ITEM_KEYS
            + _columns(
                "headline:text summary:text published:text republished_from:text span_start:int span_end:int"
                " headline_span_start:int headline_span_end:int summary_span_start:int summary_span_end:int"
            ),
        ),
        Table(
            "paragraphs", "body paragraph", _ITEM_KEYS + _columns("paragraph:int text:text span_start:int span_end:int")
        ),
        Table("quotes", "quote", _ITEM_KEYS + _columns("quote:int") + _field_columns(Quote)),
        Table("figures", "figure", _ITEM_KEYS + _columns("figure:int") + _field_columns(Figure)),
        Table("related", "related-article link", _ITEM_KEYS + _columns("link:int") + _field_columns(RelatedLink)),
        Table("annotations", "annotation", _ITEM_KEYS + _columns("annotation:int") + _field_columns(Annotation)),
    )
}


def _cell(value: Any, kind: str) -> Any:
    """``value`` as a ``kind`` cell; a NaN or infinite number raises :class:`ValueError`."""
    if value is None:
        return None
    if kind == "float":
        number = float(value)
        if not math.isfinite(number):
            raise ValueError(f"Out of range float value {number!r}: tables hold finite numbers only")
        return number
    if kind == "int":
        return int(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    return str(value)


def _row(table: Table, data: dict[str, Any]) -> Row:
    """The row of ``table`` holding ``data`` (JSON form), its spans split into start and end."""
    for key, value in list(data.items()):
        if key == "span" or key.endswith("_span"):
            data[f"{key}_start"], data[f"{key}_end"] = (None, None) if value is None else value
    return tuple(_cell(data.get(c.name), c.type) for c in table.columns)


def _article_rows(source: str | None, number: int, article: Article) -> Iterator[tuple[str, Row]]:
    """``(table, row)`` for an article and each of its paragraphs, quotes, figures, related links and annotations."""
    keys = {"source": source, "article": number}
    yield "articles", _row(TABLES["articles"], {**article.to_dict(), **keys})
    for n, p in enumerate(article.paragraphs, 1):
        data = {**keys, "paragraph": n, "text": p.text, "span": [p.span.start, p.span.end]}
        yield "paragraphs", _row(TABLES["paragraphs"], data)
    items: tuple[tuple[str, str, Iterable[Quote | Figure | RelatedLink | Annotation]], ...] = (
        ("quotes", "quote", article.quotes),
        ("figures", "figure", article.figures),
        ("related", "link", article.related),
        ("annotations", "annotation", article.annotations),
    )
    for table, counter, values in items:
        for n, item in enumerate(values, 1):
            yield table, _row(TABLES[table], {**item.to_dict(), **keys, counter: n})


def page_row(page: Page | PageStream, articles: int) -> Row:
    """The ``pages`` row of ``page``, which has ``articles`` articles."""
    summary = {"source": page.source, "format": page.format, "period": page.period, "articles": articles}
    return _row(TABLES["pages"], summary)


def stream_rows(page: Page | PageStream) -> Iterator[tuple[str, Row]]:
    """``(table, row)`` for every row ``page`` fills: article by article, each article's row before its items',
    then the ``pages`` row; the articles of a :class:`~newsparse.PageStream` are read as the rows are asked for."""
    count = 0
    for count, article in enumerate(page.articles, 1):
        source = article.source if article.source is not None else page.source
        yield from _article_rows(source, count, article)
    yield "pages", page_row(page, count)


def page_rows(page: Page) -> dict[str, list[Row]]:
    """The rows of every table (by name, each in :data:`TABLES` order) that ``page`` fills."""
    rows: dict[str, list[Row]] = {name: [] for name in TABLES}
    for table, row in stream_rows(page):
        rows[table].append(row)
    return rows


def table_rows(pages: Iterable[Page | PageStream], table: str) -> Iterator[Row]:
    """The rows of one table for every page in turn, a stream's as its articles come."""
    for page in pages:
        yield from (row for name, row in stream_rows(page) if name == table)
