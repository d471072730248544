"""What the annotated views show of a page: speakers with their colours and quote counts, item details, annotations.

Shared by :mod:`newsparse.outputs.html_view` and :mod:`newsparse.outputs.terminal_view`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator

from newsparse.model import Annotation, Figure, Page, Quote

__all__ = ["PALETTE_SIZE", "NO_SPEAKER", "speaker_counts", "speaker_colours", "details", "number", "page_annotations"]

#: How many colours the views give speakers; more speakers share colours in turn.
PALETTE_SIZE = 10
#: How the views name the speaker of a quote that has none.
NO_SPEAKER = "(no speaker)"


def speaker_counts(page: Page) -> list[tuple[str, int]]:
    """Each speaker with the number of their quotes, most quoted first; :data:`NO_SPEAKER` for the rest."""
    counts = Counter(q.speaker or NO_SPEAKER for article in page for q in article.quotes)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def speaker_colours(page: Page) -> dict[str, int]:
    """A colour number (0 to ``PALETTE_SIZE - 1``) for each named speaker, in the order they are first quoted."""
    colours: dict[str, int] = {}
    for article in page:
        for quote in article.quotes:
            if quote.speaker is not None and quote.speaker not in colours:
                colours[quote.speaker] = len(colours) % PALETTE_SIZE
    return colours


def number(value: float | int) -> str:
    """A figure's value for reading: ``5,100,000,000``, ``2.5``."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**63:
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else repr(value)


def page_annotations(page: Page) -> Iterator[tuple[int, int, Annotation]]:
    """``(article number, annotation number, annotation)`` for every annotation of ``page``, from 1 in page order."""
    for a, article in enumerate(page, 1):
        for n, annotation in enumerate(article.annotations, 1):
            yield a, n, annotation


def details(item: Quote | Figure | Annotation, readable: bool = True) -> dict[str, str]:
    """Every field of the item's JSON form that it has, but its text and spans, as text.

    For a quote: ``kind``, ``speaker``, ``mention`` and any field a plugin adds
    (a ``rule`` or ``cue``); for a figure: ``value``, ``kind``, ``high``,
    ``currency``, ``unit``, ``approx``; for an annotation: ``kind``, ``label``
    and ``data`` (as JSON text, when not empty).  Numbers are written for reading
    (``5,100,000,000``), or as in JSON (``5100000000``) when not ``readable``.
    """
    found: dict[str, str] = {}
    for key, value in item.to_dict().items():
        if key == "text" or key == "span" or key.endswith("_span") or value is None or value == {}:
            continue
        if isinstance(value, dict):
            found[key] = json.dumps(value, ensure_ascii=False)
            continue
        is_number = isinstance(value, int | float) and not isinstance(value, bool)
        found[key] = number(value) if is_number and readable else str(value)
    return found
