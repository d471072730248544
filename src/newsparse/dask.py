"""Parsing on a Dask cluster: a bag of pages, and a dask DataFrame per table (articles, quotes, figures, ...).

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
from typing import TYPE_CHECKING

from newsparse.extras import require
from newsparse.outputs.frames import DTYPES
from newsparse.outputs.tables import TABLES, page_rows
from newsparse.pipeline import parse_file

if TYPE_CHECKING:
    import dask.bag as db
    import dask.dataframe as dd

__all__ = ["parse_files", "to_dataframes"]


def parse_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    encoding: str | None = None,
    input_format: str | None = None,
    npartitions: int | None = None,
) -> db.Bag:
    """A bag of the :class:`~newsparse.Page` of every file in ``paths``, in their order.

    Each file is read and parsed by :func:`newsparse.parse_file` on a worker;
    ``npartitions`` sets how many tasks share the files (default: Dask's, one
    file a task for up to 100 files, else 100 tasks).  A file that cannot be read or parsed makes
    the computation raise its error.  Without Dask (``pip install 'newsparse[dask]'``)
    this raises :class:`~newsparse.MissingExtraError`.
    """
    names = [os.fspath(path) for path in paths]
    parse_one = functools.partial(parse_file, encoding=encoding, input_format=input_format)
    bags = require("dask.bag", "dask", "newsparse.dask")
    bag: db.Bag = bags.from_sequence(names, npartitions=npartitions)
    pages: db.Bag = bag.map(parse_one)  # type: ignore[no-untyped-call]
    return pages


def to_dataframes(pages: db.Bag) -> dict[str, dd.DataFrame]:
    """A dask DataFrame per table of a bag of pages, by name: the tables of :func:`newsparse.to_dataframes`.

    The tables are ``pages``, ``articles``, ``paragraphs``, ``quotes``,
    ``figures``, ``related`` and ``annotations``, with the columns and nullable dtypes of the
    pandas frames (see :doc:`/outputs`).  The tables share the parsing: compute
    them together (``dask.compute(*tables.values())``) or persist the bag first,
    or each table parses the files again.
    """
    rows = pages.map(page_rows)  # type: ignore[no-untyped-call]
    return {
        name: rows.pluck(name).flatten().to_dataframe(meta={c.name: DTYPES[c.type] for c in table.columns})
        for name, table in TABLES.items()
    }
