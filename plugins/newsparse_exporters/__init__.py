"""The built-in exporters: ``jsonl``, ``json`` (text streams), ``csv``, ``parquet`` (folders) and ``sqlite`` (a file).

Every exporter writes pages as they come, so memory stays flat however many
pages pass through; the table formats share :mod:`newsparse.outputs.tables`.  Numbers
are strict: a NaN or infinite value raises :class:`ValueError` instead of being
written.
"""

from __future__ import annotations

from collections.abc import Callable

from newsparse import hookimpl

from .csv_tables import CsvExporter
from .json_formats import JsonExporter, JsonLinesExporter
from .parquet_tables import ParquetExporter
from .sqlite_database import SqliteExporter

__all__ = ["JsonLinesExporter", "JsonExporter", "CsvExporter", "SqliteExporter", "ParquetExporter"]


@hookimpl
def newsparse_exporters(register: Callable[[object], None]) -> None:
    for exporter in (JsonLinesExporter(), JsonExporter(), CsvExporter(), SqliteExporter(), ParquetExporter()):
        register(exporter)
