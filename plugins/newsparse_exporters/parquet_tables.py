"""``parquet``: one Parquet file per table of :mod:`newsparse.outputs.tables`, through pyarrow (the ``parquet`` extra).

Columns are typed: spans and counts ``int64``, values ``float64``, the rest
``string``; a missing value is a null.  Rows are written in batches as pages
come, so memory stays flat.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsparse import Page
from newsparse.extras import require
from newsparse.outputs.tables import TABLES, Row, Table, page_rows

from .replacing import replacing_files

__all__ = ["ParquetExporter", "BATCH_ROWS"]

#: Rows of one table gathered before they are written as one batch.
BATCH_ROWS = 10_000


def _schema(pa: Any, table: Table) -> Any:
    types = {"text": pa.string(), "int": pa.int64(), "float": pa.float64()}
    return pa.schema([(c.name, types[c.type]) for c in table.columns])


def _batch(pa: Any, schema: Any, rows: list[Row]) -> Any:
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in schema]
    return pa.Table.from_arrays([pa.array(col, f.type) for col, f in zip(columns, schema, strict=True)], schema=schema)


class ParquetExporter:
    """One Parquet file per table in a folder."""

    name = "parquet"
    description = "one Parquet file per table (articles.parquet, quotes.parquet, ...) in the folder -o DIR"
    writes_to = "directory"

    def export(self, pages: Iterable[Page], out: Path) -> None:
        pa = require("pyarrow", "parquet", "the parquet format")
        pq = require("pyarrow.parquet", "parquet", "the parquet format")
        schemas = {name: _schema(pa, table) for name, table in TABLES.items()}
        with replacing_files(out, [f"{name}.parquet" for name in TABLES]) as temps, contextlib.ExitStack() as stack:
            writers = {
                name: stack.enter_context(pq.ParquetWriter(temps[f"{name}.parquet"], schemas[name])) for name in TABLES
            }
            waiting: dict[str, list[Row]] = {name: [] for name in TABLES}
            for page in pages:
                for name, rows in page_rows(page).items():
                    waiting[name] += rows
                    if len(waiting[name]) >= BATCH_ROWS:
                        writers[name].write_table(_batch(pa, schemas[name], waiting[name]))
                        waiting[name] = []
            for name, rows in waiting.items():
                if rows:
                    writers[name].write_table(_batch(pa, schemas[name], rows))
