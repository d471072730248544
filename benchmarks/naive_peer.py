"""The naive peer: what a few lines of Python give, to compare newsparse's speed against.

A page is split into paragraphs on blank lines (the first is taken as the
headline), and each paragraph is searched with one regular expression for
quotations and one for numbers.  Every result keeps its span, as newsparse's do.
It knows nothing of page layouts, speakers, kinds, units or values: it is the
speed of "split and search", not a rival in what it finds.
"""

from __future__ import annotations

import re
from typing import Any

BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")
QUOTE = re.compile(r"[“\"]([^“”\"\n]{1,2000})[”\"]")
NUMBER = re.compile(r"[$€£]?\d+(?:[.,]\d+)*(?:\s?(?:%|per cent|million|billion|bn|m)\b)?")


def parse(text: str) -> dict[str, Any]:
    """The paragraphs of ``text``, each with its quotes and numbers, spans into ``text``."""
    paragraphs = []
    start = 0
    for end, after in [(m.start(), m.end()) for m in BLANK_LINES.finditer(text)] + [(len(text), len(text))]:
        body = text[start:end]
        if body.strip():
            paragraphs.append(
                {
                    "text": " ".join(body.split()),
                    "span": (start, end),
                    "quotes": [(m.group(1), (start + m.start(), start + m.end())) for m in QUOTE.finditer(body)],
                    "numbers": [(m.group(), (start + m.start(), start + m.end())) for m in NUMBER.finditer(body)],
                }
            )
        start = after
    headline = paragraphs[0]["text"] if paragraphs else None
    return {"headline": headline, "paragraphs": paragraphs[1:]}


def search(text: str) -> int:
    """The floor: the two regexes run over the whole text, matches counted, nothing kept."""
    return sum(1 for _ in QUOTE.finditer(text)) + sum(1 for _ in NUMBER.finditer(text))
