"""Pages as pandas data frames, one per table of :mod:`newsparse.outputs.tables` (the ``pandas`` extra)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newsparse.extras import require
from newsparse.model import Page
from newsparse.outputs.tables import TABLES, Row, page_rows

__all__ = ["to_dataframes", "DTYPES"]

#: The pandas dtype of each column type: nullable, so a missing value is ``pd.NA``.
DTYPES = {"text": "string", "int": "Int64", "float": "Float64"}


def to_dataframes(pages: Page | Iterable[Page]) -> dict[str, Any]:
    """A :class:`pandas.DataFrame` per table, by name, with the columns of the CSV tables.

    The tables are ``pages``, ``articles``, ``paragraphs``, ``quotes``,
    ``figures``, ``related`` and ``annotations`` (see :doc:`/outputs`); columns have nullable
    dtypes (``string``, ``Int64``, ``Float64``).  ``pages`` is one page or any
    iterable of pages.  Without pandas (``pip install 'newsparse[pandas]'``)
    this raises :class:`~newsparse.MissingExtraError`.

    >>> frames = newsparse.to_dataframes(newsparse.parse("Month: May 2024\\n\\nPrices rose 5%, officials have said\\n"))
    >>> frames["figures"][["text", "value", "kind"]].values.tolist()
    [['5%', 5.0, 'percent']]
    """
    pd = require("pandas", "pandas", "to_dataframes")
    rows: dict[str, list[Row]] = {name: [] for name in TABLES}
    for page in [pages] if isinstance(pages, Page) else pages:
        for name, found in page_rows(page).items():
            rows[name] += found
    return {
        name: pd.DataFrame.from_records(rows[name], columns=table.names).astype(
            {c.name: DTYPES[c.type] for c in table.columns}
        )
        for name, table in TABLES.items()
    }
