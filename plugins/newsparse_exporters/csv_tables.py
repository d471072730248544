"""``csv``: one CSV file per table of :mod:`newsparse.outputs.tables`, safe to open in a spreadsheet.

Files are UTF-8 with a header row, quoted as RFC 4180 says (the :mod:`csv`
module, ``\\r\\n`` line ends).  A text cell that starts with ``=``, ``+``,
``-``, ``@``, a tab, a carriage return or an apostrophe gets an apostrophe in
front (:func:`neutralise`), so a spreadsheet shows it as text instead of running
it as a formula; :func:`restore` takes the apostrophe off again.  Number
columns (spans, counts, values) are written as plain numbers and never
prefixed: ``-5`` in ``value`` is the number minus five.  An empty cell is a
missing value.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from newsparse import Page, PageStream
from newsparse.outputs.tables import TABLES, Row, Table, stream_rows, table_rows

from .replacing import replacing_files

__all__ = ["CsvExporter", "neutralise", "restore", "FORMULA_STARTS"]

#: The first characters that make a spreadsheet read a cell as a formula (and the apostrophe that marks text).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def neutralise(text: str) -> str:
    """``text`` with an apostrophe in front when it starts with one of :data:`FORMULA_STARTS`."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def restore(cell: str) -> str:
    """The text :func:`neutralise` was given: ``cell`` without its leading apostrophe."""
    return cell[1:] if cell.startswith("'") else cell


def _cell(value: Any, kind: str) -> Any:
    if value is None:
        return ""
    if kind == "text":
        return neutralise(value)
    if kind == "float" and value.is_integer() and abs(value) < 2**63:
        return int(value)  # 250, not 250.0, as in the JSON form
    return value


def _cells(table: Table, row: Row) -> list[Any]:
    return [_cell(value, column.type) for value, column in zip(row, table.columns, strict=True)]


class CsvExporter:
    """One CSV file per table in a folder; ``export_table`` writes one table to a text stream."""

    name = "csv"
    description = "one CSV file per table (articles.csv, quotes.csv, ...) in the folder -o DIR; --table NAME: one"
    writes_to = "directory"
    streaming = True
    tables = tuple(TABLES)

    def export(self, pages: Iterable[Page | PageStream], out: Path) -> None:
        """Write ``TABLE.csv`` for every table into the folder ``out``, made when missing; a stream's rows as its
        articles come."""
        files = {f"{name}.csv": name for name in TABLES}
        with replacing_files(out, files) as temps, contextlib.ExitStack() as stack:
            writers = {}
            for file, temp in temps.items():
                table = TABLES[files[file]]
                writers[table.name] = csv.writer(stack.enter_context(open(temp, "x", encoding="utf-8", newline="")))
                writers[table.name].writerow(table.names)
            for page in pages:
                for name, row in stream_rows(page):
                    writers[name].writerow(_cells(TABLES[name], row))

    def export_table(self, pages: Iterable[Page | PageStream], table: str, out: TextIO) -> None:
        """Write the one table ``table`` (a name in :data:`newsparse.outputs.tables.TABLES`) to ``out``."""
        writer = csv.writer(out)
        writer.writerow(TABLES[table].names)
        writer.writerows(_cells(TABLES[table], row) for row in table_rows(pages, table))
