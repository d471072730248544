"""The built-in exporters: ``jsonl`` (one JSON object per article) and ``json`` (one array).

Both write :meth:`newsparse.Article.to_dict` objects as they come, so memory
stays flat however many articles pass through.  Output is strict JSON: a NaN or
infinite number raises :class:`ValueError` instead of being written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from newsparse import Article, hookimpl

__all__ = ["JsonLinesExporter", "JsonExporter"]


def _dumps(article: Article, indent: int | None = None) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent, allow_nan=False)


class JsonLinesExporter:
    """One JSON object per line, one line per article (the evaluation format)."""

    name = "jsonl"
    description = "one JSON object per article, one per line"

    def export(self, articles: Iterable[Article], out: TextIO) -> None:
        for article in articles:
            out.write(_dumps(article))
            out.write("\n")


class JsonExporter:
    """One JSON array holding every article, indented for reading."""

    name = "json"
    description = "a JSON array of article objects, indented"

    def export(self, articles: Iterable[Article], out: TextIO) -> None:
        out.write("[")
        separator = "\n"
        for article in articles:
            out.write(separator)
            out.write(_dumps(article, indent=2))
            separator = ",\n"
        out.write("\n]\n" if separator != "\n" else "]\n")


@hookimpl
def newsparse_exporters():
    return [JsonLinesExporter(), JsonExporter()]
