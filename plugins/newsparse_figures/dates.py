"""Numbers that are dates or times, not figures: years (``in 2022``), days of a month (``2 October``), ``5 pm``."""

from __future__ import annotations

import re

from .patterns import Patterns
from .reading import LOOKBACK, WORD_EDGES, Reading, match_before, starts_sentence
from .units import plural_after

__all__ = ["date_or_time"]

_YEARS = range(1100, 2200)


def date_or_time(patterns: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """A bare number that is a year (``in 2022``), a day of a month (``2 October``) or a time of day (``5 pm``)."""
    if reading.scaled or reading.unit is not None or reading.kind != "quantity":
        return False  # printed with a scale, currency, percent sign or unit
    digits = match["digits"]
    if len(digits) == 4 and digits.isdigit() and int(digits) in _YEARS:
        return not _counts_like_year(text, reading, patterns)
    p = patterns
    if len(digits) <= 2 and (
        p.month_after.match(text, reading.end)
        or match_before(p.month_before, text, reading.start, LOOKBACK)
    ):
        return True
    return p.time_after.match(text, reading.end) is not None


def _counts_like_year(text: str, reading: Reading, patterns: Patterns) -> bool:
    """A number printed like a year that counts the plural noun after it: ``deployed 1500 troops``.

    Not at the start of a sentence, nor with a word that introduces years among the two
    words before it (``the 2022 elections``, ``the key 2025 additions``, ``in 1500``,
    ``Russia's 2024 budget``).
    """
    if not plural_after(text, reading.end, patterns) or starts_sentence(text, reading.start):
        return False
    before = text[max(0, reading.start - LOOKBACK) : reading.start].split()[-2:]
    leaders = patterns.year_leaders
    return len(before) == 2 and not any(
        w.strip(WORD_EDGES).lower() in leaders or w.endswith(("'s", "’s")) for w in before
    )
