"""``jsonl``: one article a line, with its page's source, format and period; ``json``: an array of pages.

``jsonl`` streams (``streaming = True``): each article is written as soon as it is parsed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from newsparse import Page, PageStream
from newsparse.wire import article_lines

__all__ = ["JsonLinesExporter", "JsonExporter"]


#: Characters that many tools take for line ends, escaped so one article stays on one line.
_LINE_ENDS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _dumps(data: dict[str, Any], indent: int | None = None) -> str:
    return json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False).translate(_LINE_ENDS)


class JsonLinesExporter:
    """One JSON object per line, one line per article (the evaluation format): :meth:`newsparse.Page.article_dicts`.

    Pages or :class:`~newsparse.PageStream` s: each article is written when it comes.
    """

    name = "jsonl"
    description = "one JSON object per article, one per line, with its page's source, format and period"
    writes_to = "stream"
    streaming = True

    def export(self, pages: Iterable[Page | PageStream], out: TextIO) -> None:
        for page in pages:
            for data in article_lines(page):
                out.write(_dumps(data))
                out.write("\n")


class JsonExporter:
    """One JSON array holding every page (:meth:`newsparse.Page.to_dict`), indented for reading."""

    name = "json"
    description = "a JSON array of pages (source, format, period, articles), indented"
    writes_to = "stream"

    def export(self, pages: Iterable[Page], out: TextIO) -> None:
        out.write("[")
        separator = "\n"
        for page in pages:
            out.write(separator)
            out.write(_dumps(page.to_dict(), indent=2))
            separator = ",\n"
        out.write("\n]\n" if separator != "\n" else "]\n")
