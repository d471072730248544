"""Reading every table format back, and the rows the JSON form of the same pages says they must hold.

The expected rows are built from :meth:`Page.article_dicts` (the JSON form) here, not
with :mod:`newsparse.outputs.tables`, so a field the tables lose or change is caught.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsparse import Page
from newsparse.outputs.tables import TABLES
from newsparse_exporters.csv_tables import restore

ITEM_TABLES = ("articles", "paragraphs", "quotes", "figures", "related", "annotations")
ARTICLE_FIELDS = ("headline", "summary", "published", "republished_from", "span", "headline_span", "summary_span")


def _flat(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with each span ``X`` (``[start, end]`` or null) as ``X_start`` and ``X_end``, a mapping as JSON text."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if key == "span" or key.endswith("_span"):
            flat[f"{key}_start"], flat[f"{key}_end"] = value if value is not None else (None, None)
        elif isinstance(value, dict):
            flat[key] = json.dumps(value, ensure_ascii=False)
        else:
            flat[key] = value
    return flat


def expected_rows(pages: Iterable[Page]) -> dict[str, list[dict[str, Any]]]:
    """The rows of each item table, as the JSON form of ``pages`` says."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in ITEM_TABLES}
    for page in pages:
        for number, article in enumerate(page.article_dicts(), 1):
            keys = {"source": article["source"], "article": number}
            rows["articles"].append({**keys, **_flat({k: article[k] for k in ARTICLE_FIELDS})})
            for n, (text, span) in enumerate(zip(article["paragraphs"], article["paragraph_spans"], strict=True), 1):
                paragraph = {"paragraph": n, "text": text, "span_start": span[0], "span_end": span[1]}
                rows["paragraphs"].append({**keys, **paragraph})
            for table, counter in (
                ("quotes", "quote"),
                ("figures", "figure"),
                ("related", "link"),
                ("annotations", "annotation"),
            ):
                for n, item in enumerate(article[table], 1):
                    rows[table].append({**keys, counter: n, **_flat(item)})
    return rows


def _typed(cell: str, kind: str) -> Any:
    if cell == "":
        return None
    return {"text": restore, "int": int, "float": float}[kind](cell)


def read_csv(text: str) -> list[dict[str, Any]]:
    """The rows of one CSV table, typed by the header's columns (as :data:`newsparse.outputs.tables.TABLES` says)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    kinds = {c.name: c.type for t in TABLES.values() for c in t.columns}
    return [{name: _typed(cell, kinds[name]) for name, cell in zip(header, row, strict=True)} for row in reader]


def read_csv_folder(folder: Path) -> dict[str, list[dict[str, Any]]]:
    tables = {}
    for name in ITEM_TABLES:
        with open(folder / f"{name}.csv", encoding="utf-8", newline="") as f:  # keep a CR inside a cell
            tables[name] = read_csv(f.read())
    return tables


def read_sqlite(path: Path) -> dict[str, list[dict[str, Any]]]:
    with sqlite3.connect(path) as db:
        db.row_factory = sqlite3.Row
        tables = {}
        for name in ITEM_TABLES:
            rows = db.execute(f"SELECT * FROM {name} ORDER BY id").fetchall()
            tables[name] = [{k: row[k] for k in row.keys() if k not in ("id", "page_id", "article_id")} for row in rows]
    db.close()
    return tables


def read_parquet(folder: Path) -> dict[str, list[dict[str, Any]]]:
    import pyarrow.parquet as pq

    return {name: pq.read_table(folder / f"{name}.parquet").to_pylist() for name in ITEM_TABLES}


def read_frames(frames: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The data frames' rows, with ``pd.NA`` as ``None`` and numbers as Python numbers."""
    tables = {}
    for name in ITEM_TABLES:
        records = frames[name].astype(object).to_dict("records")
        tables[name] = [{k: (None if _is_na(v) else v) for k, v in r.items()} for r in records]
    return tables


def _is_na(value: Any) -> bool:
    import pandas as pd

    return value is pd.NA or value is None


def empty_strings_as_null(rows: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """``rows`` with every empty string as ``None``: a CSV cell cannot tell the two apart."""
    return {t: [{k: (None if v == "" else v) for k, v in r.items()} for r in rs] for t, rs in rows.items()}
