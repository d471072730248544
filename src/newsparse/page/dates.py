"""Dates as news pages print them: ``November 18, 2025``, ``17.11.2025``, ``20 May, 2015 17:31``,
``Updated 3:41 PM ET, Sun August 28, 2011``, ``Posted: Jun 12, 2019 5:53 PM CST``,
``Published: March 14, 2026, 6:12 p.m.``, ``Updated: 18:05 BST, 3 May 2026``,
``Sun 8 Mar 2026 07.00 GMT``, ``30-Jun-2013 23:00:00 GMT``.

:func:`find_date` finds the first date with a day, a month and a year in a line
and lets python-dateutil read it: a :class:`datetime.date`, or a
:class:`datetime.datetime` where a time is printed.  A date that is impossible
(``31.02.2025``), ambiguous (``05/06/2025``) or in a month name dateutil does
not know (``17 ноября 2025``) is still found, with the value None: a date is
never guessed.  An ambiguous date is read day first (:meth:`DateMatch.day_first_value`) only
where the same article prints another date day first (:meth:`DateMatch.prints_day_first`), month first
where its time carries a US time zone (``03/04/2025 06:12 PM EST`` is March 4), and as the reading that falls on
the day of the week the story's lede names, where the other does not (:func:`weekday_named`: ``09/04/2025`` over
``A Paris court on Wednesday sentenced …`` is 9 April, a Wednesday; 4 September was a Thursday).  A slashed date may print its
year in two digits where a clock time with ``AM``/``PM`` follows it (``07/22/26 11:04 AM ET``, as US sites print
bylines); ``3/4/26`` alone is no date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from functools import cached_property

from attrs import field, frozen

from newsparse.lazy_regex import lazy_compile

__all__ = ["WEEKDAYS", "DateMatch", "find_date", "glued_date", "is_yearless_dateline", "month_and_year", "prints_us_time", "weekday_named", "weekday_reading"]

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_MAX_MONTH = 12
#: The days of the week in lower case, Monday first.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: A day of the week, capitalised, as a story's lede names the day it tells of: ``on Thursday``.
_NAMED_WEEKDAY = lazy_compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?"
_DATE = lazy_compile(
    rf"""(?<![\w.:/-])
    (?:(?P<lead_time>{_CLOCK}(?:\s*[ap]\.?m\b\.?)?)(?:\s+[a-z]{{1,4}}(?:[+-]\d{{1,2}})?\b)?,?\s+(?:{_WEEKDAY},?\s+)?)?
    (?:(?P<dmy>{_DAY}(?:\s+{_MONTH}[ \t]?,?\s+|-{_MONTH}-)\d{{4}})
     |(?P<mdy>{_MONTH}\s+{_DAY}(?:[ \t]?,?\s+|,(?=(?:19|20)\d\d))\d{{4}})
     |(?P<iso>\d{{4}}(?:-\d{{1,2}}-\d{{1,2}}|(?P<iso_sep>[./])\d\d(?P=iso_sep)\d\d))
     |(?P<dotted>\d{{1,2}}\.\d{{1,2}}\.\d{{4}})
     |(?P<slashed>\d{{1,2}}(?P<sep>[/-])\d{{1,2}}(?P=sep)(?:\d{{4}}|\d{{2}}(?=\s+{_CLOCK}\s*[ap]\.?m\b)))
     |(?P<foreign>\d{{1,2}}\.?\s+[^\W\d_]{{3,12}}\.?,?\s+\d{{4}})
    )
    (?:(?:T|,?\s+(?:at\s+)?|\s*[|/–—-]\s*|(?<=\d{{4}})(?=\d{{1,2}}:\d\d))
       (?P<time>{_CLOCK}(?:\s*[ap]\.?m\b\.?)?(?:\s*(?:GMT|UTC|Z)\b|\s*[+-]\d{{2}}:?\d{{2}}\b)?
        |(?P<dotted_time>\d{{1,2}})\.(?P<minutes>\d{{2}})(?=\s*(?:GMT|BST|UTC|CET|CEST)\b))
    )?
    (?:(?![\w/])|(?<=\d)(?=(?-i:[A-Z][a-z])))""",
    re.IGNORECASE | re.VERBOSE,
)

# A US time zone after a date's time (``03/04/2025 06:12 PM EST``): the date is printed month first, as in the US.
_US_ZONE = lazy_compile(r"\s*(?:[ECMP][SD]?T|AK[SD]?T|HST)\b")
# A time zone outside the US after a date's time (``05/12/2025 - 16:40 GMT+1``, ``12/03/2025 09:15 IST``): the date
# is printed day first, as in Europe, Africa, South Asia and Australia.
_DAY_FIRST_ZONE = lazy_compile(r"\b(?:GMT|UTC|BST|CES?T|EES?T|WES?T|IST|AE[SD]T|ACST|AWST|NZ[SD]T|SAST|EAT|WAT|CAT|MSK|SGT|HKT|PHT|WIB)\b")
#: How far past a date's time that zone is looked for (``GMT+1`` after ``16:40``, ``BST`` after ``pm``).
_ZONE_REACH = 8
# A clock time and a US time zone after it: ``8:05 a.m. ET``, ``4:18 PM EDT``.
_US_CLOCK = lazy_compile(r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?-i:[ECMP][SD]?T|AK[SD]?T|HST)\b", re.IGNORECASE)

# A dateline alone on its line that prints no year: the place, then the day and month (``Kathmandu, Nov 30``,
# ``Port Louis, 1 December``).
_YEARLESS_DATELINE = lazy_compile(
    rf"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){{0,3}},\s(?i:{_MONTH}\s{_DAY}|{_DAY}\s{_MONTH})"
    rf"|(?i:{_DAY}\s{_MONTH}|{_MONTH}\s{_DAY}),?\s{_CLOCK}(?:\s?(?i:[ap]\.?m\.?))?"
    rf"|(?i:updated|published|posted):?\s{_CLOCK}(?:\s?(?i:[ap]\.?m\.?))?(?:\s[A-Z]{{2,4}})?,?\s(?i:{_MONTH}\s{_DAY}|{_DAY}\s{_MONTH})"
)

#: The most characters of a date run into the line after it (``Wednesday, September 27, 2023 10:45``), and
#: its last digit before the capital it runs into.
_GLUED_REACH = 48
_GLUED = lazy_compile(r"\d(?=[A-Z])")

# Four digits in a row, which every date :data:`_DATE` finds prints (its year).
_YEAR = lazy_compile(r"\d{4}")
# Two numbers, which every date :data:`_DATE` finds prints: its day apart from its year (``June 2024`` has no day).
_TWO_NUMBERS = lazy_compile(r"\d\D+\d")

#: The month names dateutil knows (its ``parserinfo.MONTHS``), in lower case, to their numbers.
_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        ("jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july", "aug august",
         "sep sept september", "oct october", "nov november", "dec december"),
        start=1,
    )
    for name in names.split()
}
# A weekday's name, whole or cut short: ``Monday``, ``Tues.``.
_WEEKDAY_WORD = lazy_compile(r"(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?\Z")


def names_a_time(text: str) -> bool:
    """True where ``text`` opens with a day, a month or a number (``Monday``, ``March 3, 2020``, ``12 May``):
    it says when, not who."""
    first = text.split(maxsplit=1)[0].rstrip(",") if text.strip() else ""
    return first[:1].isdigit() or first.lower().rstrip(".") in _MONTH_NUMBERS or _WEEKDAY_WORD.match(first) is not None


# A month name and a year from 1000 on (dateutil moves earlier ones into other centuries): ``June 2024``.
_MONTH_YEAR = lazy_compile(r"([A-Za-z]{3,9}) ([1-9]\d{3})")


@frozen
class DateMatch:
    """A date found in a line: where it is, and its value (None when it cannot be read for certain).

    The value is read on first use: finding where a date is printed is cheap, reading it is not.
    """

    start: int
    end: int
    match: re.Match[str] = field(repr=False, eq=False)

    @cached_property
    def value(self) -> dt.date | dt.datetime | None:
        return _value(self.match)

    def prints_day_first(self) -> bool:
        """True for a date printed day first: ``1 December 2026``, ``01.12.2026``, ``21/12/2026``."""
        m = self.match
        return bool(m["dmy"] or m["dotted"]) or (bool(m["slashed"]) and int(m["slashed"].split(m["sep"])[0]) > _MAX_MONTH)

    def day_first_value(self) -> dt.date | dt.datetime | None:
        """The value of an ambiguous slashed date (``01/12/2026``) read day first, else :attr:`value`."""
        return _value(self.match, ambiguous_first="day")

    def month_first_value(self) -> dt.date | dt.datetime | None:
        """The value of an ambiguous slashed date (``01/12/2026``) read month first, else :attr:`value`."""
        return _value(self.match, ambiguous_first="month")


def find_date(line: str) -> DateMatch | None:
    """The first date in ``line`` that has a day, a month and a year, else None."""
    if _TWO_NUMBERS.search(line) is None or (_YEAR.search(line) is None and "/" not in line):
        return None  # the cheap, common cases: a date prints its year in four digits (or in two, slashed), and its day
    m = _DATE.search(line)
    if m is None:
        return None
    return DateMatch(m.start(), m.end(), m)


def glued_date(line: str) -> DateMatch | None:
    """The date opening ``line`` run into the capitalized word after it, as scraped pages print a date over
    their standfirst (``March 6, 2013The UNHCR said …``), else None (``2019US News`` is a label)."""
    glued = _GLUED.search(line, 0, _GLUED_REACH)
    if glued is None:
        return None
    found = find_date(line[: glued.end()])
    return found if found is not None and found.start == 0 and found.end == glued.end() else None


def is_yearless_dateline(line: str) -> bool:
    """True for a place and a date with no year alone on a line, as briefs print under their titles:
    ``Kathmandu, Nov 30``, ``Port Louis, 1 December``, or a day and month stamped with a clock time, as wire
    agencies print under theirs: ``8 OCT, 14:25``, or after it with the word for it: ``Updated 2:38 p.m. ET April
    23``.  Its date is not read: the year is not printed."""
    return ("," in line or ":" in line) and _YEARLESS_DATELINE.fullmatch(line) is not None


def month_and_year(text: str) -> dt.datetime | None:
    """``June 2024`` read as dateutil reads it with the default 1 January of year 1 (midnight on the
    first of the month), or None for any other text (for dateutil to read).

    Archive headers print their month so; reading it here spares importing dateutil, which is slow.
    """
    m = _MONTH_YEAR.fullmatch(text)
    month = None if m is None else _MONTH_NUMBERS.get(m[1].lower())
    return None if m is None or month is None else dt.datetime(int(m[2]), month, 1)


def _value(m: re.Match[str], ambiguous_first: str | None = None) -> dt.date | dt.datetime | None:
    """The date ``m`` prints; an ambiguous slashed one read ``ambiguous_first`` (``"day"`` or ``"month"``), else None
    unless its time zone tells."""
    if m["foreign"]:
        return None
    dayfirst = bool(m["dmy"] or m["dotted"])
    if m["slashed"]:
        first, second = (int(n) for n in m["slashed"].split(m["sep"])[:2])
        ambiguous = first <= _MAX_MONTH and second <= _MAX_MONTH and first != second
        us_clock = ambiguous and m["time"] is not None and _US_ZONE.match(m.string, m.end()) is not None
        zoned = ambiguous and m["time"] is not None and _DAY_FIRST_ZONE.search(m.string, m.start("time"), m.end() + _ZONE_REACH) is not None
        if ambiguous and ambiguous_first is None and not us_clock and not zoned:
            return None  # 05/06/2025: May 6 or 5 June
        dayfirst = (ambiguous and not us_clock and ambiguous_first != "month") or first > _MAX_MONTH
    printed = m["dmy"] or (m["mdy"] and m["mdy"].replace(",", ", ")) or m["iso"] or m["dotted"] or m["slashed"]
    time = m["time"] or m["lead_time"]
    if m["dotted_time"]:
        time = f"{m['dotted_time']}:{m['minutes']}"  # ``07.00 GMT``
    return _read(f"{printed} {time}" if time else printed, dayfirst, bool(time))


@functools.lru_cache(maxsize=256)
def _read(printed: str, dayfirst: bool, timed: bool) -> dt.date | dt.datetime | None:
    """dateutil's reading of a printed date; kept, as a page prints the same dates over and over."""
    from dateutil import parser as dateparser  # imported on first use: it takes long to import

    try:
        parsed = dateparser.parse(printed, dayfirst=dayfirst)
    except (ValueError, OverflowError):
        return None
    return parsed if timed else parsed.date()


def weekday_reading(found: DateMatch, lead: list[str]) -> dt.date | dt.datetime | None:
    """The reading of the ambiguous date ``found`` (``09/04/2025``) that falls on the day of the week the first of the
    ``lead`` texts naming one names (``A Paris court on Wednesday …``: 9 April 2025), where only one reading does."""
    named = next((day for day in map(weekday_named, lead) if day is not None), None)
    if named is None:
        return None
    fitting = [value for value in (found.day_first_value(), found.month_first_value()) if value is not None and value.weekday() == named]
    return fitting[0] if len(fitting) == 1 else None


def weekday_named(text: str) -> int | None:
    """The day of the week ``text`` names first (``on Thursday``: 3, Monday being 0), else None."""
    m = _NAMED_WEEKDAY.search(text)
    return None if m is None else WEEKDAYS.index(m[0].lower())


def prints_us_time(text: str) -> bool:
    """``text`` prints a clock time in a US time zone (``Updated 8:05 a.m. ET``), as US outlets date their stories."""
    return _US_CLOCK.search(text) is not None
