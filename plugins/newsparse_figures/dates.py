"""Numbers that are dates or times, not figures: years (``in 2022``), days of a month (``2 October``), ``5 pm``."""

from __future__ import annotations

import re

from .patterns import Patterns
from .reading import LOOKBACK, WORD_EDGES, Reading, match_before, starts_sentence, word_before
from .units import plural_after

__all__ = ["date_or_time", "hour_of_day"]

_YEARS = range(1100, 2200)
#: The hours of a clock that a part of the day may follow (``four in the morning``).
_HOURS = range(1, 13)
#: How a part of the day after an hour starts (table ``day_parts``): a check before its pattern.
_DAY_PART_OPENERS = (" in ", " at ")


def date_or_time(patterns: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """A bare number that is a year (``in 2022``), a day of a month (``2 October``) or a time of day (``5 pm``).

    An hour before a part of the day is one too: ``at 2 in the morning`` (see :func:`hour_of_day`).
    """
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
    if p.time_after.match(text, reading.end) is not None:
        return True
    spaced = text.startswith(_DAY_PART_OPENERS, reading.end)
    return spaced and _hour_before_day_part(p, text, reading.start, reading.end, reading.value)


def hour_of_day(patterns: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """Number words of an hour before a part of the day, after a word of time: ``from six in the evening``.

    Tables ``day_parts`` and ``time_leads``; ``arrested five in the morning`` stays a count.  Digits are read so by
    :func:`date_or_time` (``at 2 in the morning``).
    """
    end = reading.number_end
    spaced = text.startswith(_DAY_PART_OPENERS, end)
    return spaced and _hour_before_day_part(patterns, text, reading.start, end, reading.value)


def _hour_before_day_part(patterns: Patterns, text: str, start: int, end: int, value: float | None) -> bool:
    """The number from ``start`` to ``end`` is an hour: a part of the day after it, a word of time before it.

    The callers check first that ``in`` or ``at`` follows it.
    """
    if value not in _HOURS or patterns.day_part_after.match(text, end) is None:
        return False
    before = word_before(text, start)
    return before is not None and before[1].lower() in patterns.time_leads


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
