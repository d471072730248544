"""Parsing on a Dask cluster: a bag of pages, and dask DataFrames of articles, quotes, figures and related links.

Needs the ``dask`` extra (``pip install 'newsparse[dask]'``).  The same code runs
on the threads of this process, a :class:`distributed.LocalCluster` or a real
cluster: it is the client that picks where.  Each worker reads the files
itself, so on a cluster the paths must name the same files on every machine (a
shared file system), and every worker needs newsparse and its plugins installed.

>>> import dask, newsparse.dask
>>> pages = newsparse.dask.parse_files(["a.txt", "b.txt"])   # doctest: +SKIP
>>> tables = newsparse.dask.to_dataframes(pages)             # doctest: +SKIP
>>> articles, quotes = dask.compute(tables["articles"], tables["quotes"])  # doctest: +SKIP
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable
from typing import Any

import dask.bag as db
import dask.dataframe as dd

from .model import Page, Span
from .pipeline import parse_file

__all__ = ["TABLES", "parse_files", "to_dataframes", "rows"]

# The columns of each table and their types (``str``: text or missing, ``int``, ``float``: a number or NaN).
_COLUMNS: dict[str, dict[str, str]] = {
    "articles": {
        "source": "str",
        "article": "int",
        "headline": "str",
        "summary": "str",
        "published": "str",
        "format": "str",
        "period": "str",
        "span_start": "int",
        "span_end": "int",
        "paragraphs": "int",
    },
    "quotes": {
        "source": "str",
        "article": "int",
        "index": "int",
        "text": "str",
        "speaker": "str",
        "kind": "str",
        "span_start": "int",
        "span_end": "int",
    },
    "figures": {
        "source": "str",
        "article": "int",
        "index": "int",
        "text": "str",
        "value": "float",
        "high": "float",
        "kind": "str",
        "currency": "str",
        "unit": "str",
        "approx": "str",
        "span_start": "int",
        "span_end": "int",
    },
    "related": {
        "source": "str",
        "article": "int",
        "index": "int",
        "headline": "str",
        "caption": "str",
        "attribution": "str",
        "span_start": "int",
        "span_end": "int",
    },
}
#: The tables :func:`to_dataframes` makes, by name.
TABLES = tuple(_COLUMNS)
_DTYPES = {"str": "object", "int": "int64", "float": "float64"}


def parse_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    encoding: str | None = None,
    input_format: str | None = None,
    npartitions: int | None = None,
) -> db.Bag:
    """A bag of the :class:`~newsparse.Page` of every file in ``paths``, in their order.

    Each file is read and parsed by :func:`newsparse.parse_file` on a worker;
    ``npartitions`` sets how many tasks share the files (default: Dask's,
    one file a task for up to 100 files, else 100 tasks).  A file that cannot be read or parsed makes
    the computation raise its error.
    """
    names = [os.fspath(path) for path in paths]
    parse_one = functools.partial(parse_file, encoding=encoding, input_format=input_format)
    bag: db.Bag = db.from_sequence(names, npartitions=npartitions)  # type: ignore[no-untyped-call]
    pages: db.Bag = bag.map(parse_one)  # type: ignore[no-untyped-call]
    return pages


def to_dataframes(pages: db.Bag) -> dict[str, dd.DataFrame]:
    """Dask DataFrames of the ``articles``, ``quotes``, ``figures`` and ``related`` links of a bag of pages.

    Each row names its page (``source``) and article (``article``, its index in
    the page); quotes, figures and links have their ``index`` in the article.
    The tables share the parsing: compute them together (``dask.compute(*tables.values())``)
    or persist the bag first, or each table parses the files again.
    """
    tables = pages.map(rows)  # type: ignore[no-untyped-call]
    frames = {}
    for table, columns in _COLUMNS.items():
        meta = {name: _DTYPES[kind] for name, kind in columns.items()}
        frames[table] = tables.pluck(table).flatten().to_dataframe(meta=meta)
    return frames


def rows(page: Page) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table for one page: plain values, spans as ``span_start`` and ``span_end``."""
    tables: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
    for number, article in enumerate(page.articles):
        where = {"source": page.source, "article": number}
        tables["articles"].append(
            {
                **where,
                "headline": None if article.headline is None else article.headline.text,
                "summary": None if article.summary is None else article.summary.text,
                "published": None if article.published is None else article.published.isoformat(),
                "format": page.format,
                "period": page.period,
                **_span(article.span),
                "paragraphs": len(article.paragraphs),
            }
        )
        tables["quotes"].extend(
            {**where, "index": index, "text": q.text, "speaker": q.speaker, "kind": q.kind, **_span(q.span)}
            for index, q in enumerate(article.quotes)
        )
        tables["figures"].extend(
            {
                **where,
                "index": index,
                **{name: getattr(f, name) for name in ("text", "value", "high", "kind", "currency", "unit", "approx")},
                **_span(f.span),
            }
            for index, f in enumerate(article.figures)
        )
        tables["related"].extend(
            {
                **where,
                "index": index,
                **{name: getattr(r, name) for name in ("headline", "caption", "attribution")},
                **_span(r.span),
            }
            for index, r in enumerate(article.related)
        )
    return tables


def _span(span: Span) -> dict[str, int]:
    return {"span_start": span.start, "span_end": span.end}
