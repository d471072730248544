"""Numbers that are dates or times, not figures: years (``in 2022``), days of a month (``2 October``), ``5 pm``."""

from __future__ import annotations

import re

from newsparse.lazy_regex import lazy_compile

from .patterns import Patterns
from .reading import LOOKBACK, WORD_EDGES, Reading, match_before, starts_sentence, word_before
from .units import plural_after

__all__ = ["date_or_time", "hour_of_day"]

_YEARS = range(1100, 2200)
#: The units after a year that name its span, not a count of it: ``the March 2015 year``.
_YEAR_UNITS = frozenset({"year", "years"})
#: Participles a year is joined to by a hyphen, a date of the thing it describes: ``the 1988-built arena``.
_YEAR_PARTICIPLE = lazy_compile(r"(?:built|made|founded|born|established|launched|issued|registered)\b")
#: The hours of a clock that a part of the day may follow (``four in the morning``).
_HOURS = range(1, 13)
#: How a part of the day after an hour starts (table ``day_parts``): a check before its pattern.
_DAY_PART_OPENERS = (" in ", " at ", " every ", " each ", " this ", " tonight")
#: Parts of one day: after them digits with a full stop may be a price read then, no clock time.
_ONE_DAY_PARTS = (" this ", " tonight")
#: A clock time printed with a full stop, as British papers print it: ``7.45`` (group 1 the hour, group 2 the minutes).
_DOTTED_CLOCK = lazy_compile(r"(\d{1,2})\.([0-5]\d)")
#: Where an hour in words that no noun follows ends: a stop, or a word that opens a clause (``at five before``).
#: The join of a range of clock times and the hour that closes it, before its mark of the clock (``4 to 8 p.m.``,
#: ``9-11am``, ``7 and 9 pm``): the first hour takes the mark too.
_TO_HOUR = lazy_compile(r"[ \t]*(?:-|–|to\b|and\b|until\b|till\b)[ \t]*(?:1[0-2]|0?[1-9])(?::[0-5]\d)?(?!\d)")
_BARE_HOUR_END = lazy_compile(r"[,.;:”\"]|[ \t]+(?:and|before|after|when|until)\b")
#: Two hours in words, the first after ``at``: ``at nine and none by ten`` (group 1 the second hour); the text
#: between them holds no stop.
_SECOND_HOUR = lazy_compile(r"[ \t]+and[ \t]+[^,.;\n]{0,24}?\b(?:by|until|till)[ \t]+([a-z]+)(?=[,.;”\"]|[ \t]+and\b)")
#: The same two hours, read back from the second (group 1 the first hour).
_FIRST_HOUR = lazy_compile(r"\bat[ \t]+([a-z]+)[ \t]+and[ \t]+[^,.;\n]{0,24}?\b(?:by|until|till)[ \t]+$")
#: How far before an hour in words the words that make it one are looked for.
_HOUR_REACH = 48


def date_or_time(patterns: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """A bare number that is a year (``in 2022``), a day of a month (``2 October``) or a time of day (``5 pm``).

    An hour before a part of the day is one too: ``at 2 in the morning`` (see :func:`hour_of_day`), and so is a year
    joined by a hyphen to a participle of :data:`_YEAR_PARTICIPLE` (``the 1988-built Coliseum``).
    """
    digits = match["digits"]
    if len(digits) == _YEAR_DIGITS and text[reading.number_end : reading.number_end + 1] == "-" and digits.isdigit():
        if int(digits) in _YEARS and _YEAR_PARTICIPLE.match(text, reading.number_end + 1) is not None:
            return True  # "the 1988-built Coliseum": the year it was built
    if reading.scaled or reading.unit is not None or reading.kind != "quantity":
        # printed with a scale, currency, percent sign or unit: a date only as a year before ``year``
        return reading.unit in _YEAR_UNITS and _year_after_month(patterns, text, reading, match["digits"])
    if len(digits) == 4 and digits.isdigit() and int(digits) in _YEARS:
        return not _counts_like_year(text, reading, patterns)
    if len(digits) == 2 * _YEAR_DIGITS and digits.isdigit() and _joined_years(digits):
        return True  # the 20222026 budget: a span of years whose dash was lost
    p = patterns
    if len(digits) <= 2 and (
        p.month_after.match(text, reading.end)
        or match_before(p.month_before, text, reading.start, LOOKBACK)
        or p.lower_month_year.match(text, reading.end)
    ):
        return True
    if p.time_after.match(text, reading.end) is not None or p.era_after.match(text, reading.number_end) is not None:
        return True  # 5 pm; 500 BC
    if reading.value in _HOURS and (to := _TO_HOUR.match(text, reading.end)) is not None and p.time_after.match(text, to.end()):
        return True  # "from 4 to 8 p.m.": the first hour of a range of clock times
    spaced = text.startswith(_DAY_PART_OPENERS, reading.end)
    return spaced and _hour_before_day_part(p, text, reading.start, reading.end, _hour(text, reading, digits))


def _hour(text: str, reading: Reading, digits: str) -> float | None:
    """The hour ``digits`` name: the number, or the hour of a clock time printed with a full stop before a part of
    any day (``at 7.45 every morning``, ``at 10.30 in the evening``); before one day's (``this morning``, ``tonight``)
    such digits may be a price read at that hour (``sterling stood at 1.27 this morning``)."""
    clock = _DOTTED_CLOCK.fullmatch(digits)
    if clock is None:
        return reading.value
    return None if text.startswith(_ONE_DAY_PARTS, reading.end) else float(clock[1])


def _joined_years(digits: str) -> bool:
    """Eight digits that are two years a few apart, the later second, as a span of years prints them where its dash
    was lost: ``20222026`` (2022–2026), ``20232024``; not ``20123456``."""
    first, second = int(digits[:_YEAR_DIGITS]), int(digits[_YEAR_DIGITS:])
    return first in _YEARS and 0 < second - first <= _JOINED_SPAN


#: The digits of a year, and the most years a span printed without its dash covers.
_YEAR_DIGITS = 4
_JOINED_SPAN = 10


def _year_after_month(patterns: Patterns, text: str, reading: Reading, digits: str) -> bool:
    """Four digits of a year right after a month name, before a word of time: ``in the March 2015 year`` (a
    financial year); the unit does not make the date a count (``By May 1500 kilometres`` stays one)."""
    return not reading.scaled and reading.kind == "quantity" and len(digits) == 4 and digits.isdigit() and (
        int(digits) in _YEARS
    ) and match_before(
        patterns.month_before, text, reading.start, LOOKBACK
    ) is not None


def hour_of_day(patterns: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """Number words of an hour before a part of the day or a mark of the clock: ``from six in the evening``.

    The marks of the clock are those of table ``time_words`` (``at nine o'clock``, ``by ten pm``).

    Tables ``day_parts`` and ``time_leads``; ``arrested five in the morning`` stays a count.  Digits are read so by
    :func:`date_or_time` (``at 2 in the morning``).
    """
    end = reading.number_end
    if reading.value in _HOURS and patterns.time_after.match(text, end) is not None:
        return True  # "at nine o'clock", "by ten pm"
    spaced = text.startswith(_DAY_PART_OPENERS, end)
    if spaced and _hour_before_day_part(patterns, text, reading.start, end, reading.value):
        return True
    return reading.value in _HOURS and text[reading.start - 3 : reading.start] in _HOUR_LEADS and _bare_hour(
        patterns, text, reading.start, end
    )


#: The words right before an hour in words that :func:`_bare_hour` reads: ``at five``, ``by ten``.
_HOUR_LEADS = frozenset({"at ", "by "})


def _bare_hour(patterns: Patterns, text: str, start: int, end: int) -> bool:
    """An hour in words after ``at`` or ``by`` that no noun follows, a time of day by the words around it: a part
    of the day before it (``every morning at five before work``, table ``hour_day_words``) or a second such hour
    (``at nine and gone by ten``)."""
    if _BARE_HOUR_END.match(text, end) is None:
        return False
    window = text[max(0, start - _HOUR_REACH) : start]
    if patterns.day_word_before_hour.search(window) is not None:
        return True
    pair = _SECOND_HOUR.match(text, end) if text.startswith("at ", start - 3) else _FIRST_HOUR.search(window)
    other = patterns.word_numbers.read(pair.group(1)) if pair is not None else None
    return other is not None and other[0] in _HOURS


def _hour_before_day_part(patterns: Patterns, text: str, start: int, end: int, value: float | None) -> bool:
    """The number from ``start`` to ``end`` is an hour: a part of the day after it (``in the morning``, ``every
    evening``), a word of time before it.

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
    ``Russia's 2024 budget``; ``of`` is none before a plural noun: ``the arrival of 1500 people``), nor before a noun
    of table ``year_nouns`` (``below 2008 levels``).
    """
    if not plural_after(text, reading.end, patterns) or starts_sentence(text, reading.start):
        return False
    if text[reading.end : reading.end + LOOKBACK].split(None, 1)[0].strip(WORD_EDGES).lower() in patterns.year_nouns:
        return False
    before = text[max(0, reading.start - LOOKBACK) : reading.start].split()[-2:]
    leaders = patterns.year_leaders
    return len(before) == 2 and not any(
        (w.strip(WORD_EDGES).lower() in leaders and w != "of") or w.endswith(("'s", "’s")) for w in before
    )  # "the arrival of 1500 people": ``of`` before a count of a plural noun
