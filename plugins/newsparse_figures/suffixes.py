"""What is printed right after a number: a currency, a percent sign, a unit of measure, a rate.

:class:`SuffixReader` extends a number's reading over it (``5 km``, ``128GB``, ``$5 a day``,
``28-point``), walking the ``after`` steps of tables ``currency`` and ``unit``
(:mod:`newsparse_figures.steps`); the patterns it reads with are :meth:`Patterns.suffix_at` and
:attr:`Patterns.per_after`.  The unit steps of that stage are here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .money import MoneyRules
from .patterns import Patterns
from .reading import Reading
from .units import plural

__all__ = ["SuffixReader", "hyphenated_noun", "measure"]

#: A step of stage ``after`` of table ``currency``.
CurrencyAfter = Callable[[MoneyRules, str, Reading, re.Match[str]], bool]
#: A step of stage ``after`` of table ``unit``.
UnitAfter = Callable[[Patterns, str, Reading, re.Match[str]], bool]


#: The canonical unit of a multiple, reported as the unit too (``5x`` is 5 ``times``, not 5 ``x``).
_TIMES = "times"
#: The glued symbol of stones (``20st``), which ordinals also end in (``21st``).
_STONE = "st"
#: Stones weigh a person or an animal: a hundred or more printed so is an ordinal (``the 111st``).
_MOST_STONES = 100
#: Unit words this short or shorter, often abbreviations, take their plural only where it is the canonical unit
#: (``day``: ``days``; not ``min``, whose canonical unit is ``minutes``).
_SHORT_UNIT_WORD = 3


def measure(p: Patterns, text: str, reading: Reading, after: re.Match[str]) -> bool:
    """A unit of measure after the number, perhaps a rate: ``5 km``, ``128GB``, ``24 hours``, ``barrels per day``.

    A symbol of table ``symbol_names`` is reported by its name: ``45W`` measures ``watts``.  A unit word printed in
    the singular after a number above one, as a modifier, is reported in the plural: ``a 12 inch knife``
    measures ``inches`` (not ``1 inch``, ``half a mile``, a rate, ``12 parts per billion``, nor an abbreviation:
    ``12 km``, ``30 min``).
    """
    if reading.value is None or not (after["unit"] or after["short"]):
        return False
    printed = " ".join((after["unit"] or after["short"]).split())
    if printed in p.weather_units and text[after.start()].isspace() and p.weather_word.search(text) is None:
        return False  # 3 C grades: a degree symbol after a space only in a passage on the weather
    if printed == _STONE and (reading.value >= _MOST_STONES or _ordinal_st(text[reading.start : reading.number_end])):
        return False  # the 21st: an ordinal, not stones (20st, 11st)
    reading.unit, reading.canonical = p.symbol_names.get(printed, printed), p.measure_units[printed]
    if reading.canonical == _TIMES:
        reading.unit = _TIMES  # a multiple, however printed: 5x, 12×
    elif text[after.start()] == "-":
        reading.unit = plural(printed, p)  # a 40-foot container: feet
    elif reading.value > 1 and reading.unit == printed and " per " not in printed:
        head, space, last = printed.rpartition(" ")  # a 12 inch blade, a 17,000 square foot store: inches, square feet
        if len(last) > _SHORT_UNIT_WORD or plural(last, p) == reading.canonical:  # a 2 ton truck; not 30 min
            reading.unit = f"{head}{space}{plural(last, p)}"
    reading.end = after.end()
    rate = p.per_after.match(text, reading.end)
    if rate is not None and _is_rate(p, rate):
        word = rate["word"].lower()
        reading.unit = f"{reading.unit} {rate['per'].lower()} {word}"
        reading.canonical = f"{reading.canonical} per {word}"
        reading.end = rate.end()
    return True


def _ordinal_st(digits: str) -> bool:
    """Digits that ``st`` after them makes an ordinal: ending in 1 but not in 11 (``21st``, ``1st``; not ``11st``)."""
    return digits.endswith("1") and not digits.endswith("11")


def hyphenated_noun(p: Patterns, text: str, reading: Reading, after: re.Match[str]) -> bool:
    """A noun joined to the number by a hyphen: ``28-point``, ``a 300-meter race``, ``a 20-pound bag`` (not ``two-way``).

    Not a number word, which counts nothing: ``a two-three week closure`` counts no ``threes``."""
    word = after["compound"]
    if word is None or reading.value is None or word in p.compound_blockers or word in p.number_words:
        return False
    reading.end = after.end()
    unit = word if word in p.named_scales else plural(word, p)  # a 6.6-magnitude aftershock: a scale, not a count
    reading.unit, reading.canonical = unit, "pounds" if word == "pound" else p.measure_units.get(word)
    return True


def _is_rate(p: Patterns, rate: re.Match[str]) -> bool:
    """``per`` and a noun (``per day``, ``per capita``), or ``a``/``an`` and a unit (``a day``, ``an hour``)."""
    word = rate["word"].lower()
    if rate["per"] == "per":
        return word not in p.unit_stop_words
    return word in p.measure_units


class SuffixReader:
    """Reads what follows a number into its :class:`Reading`, with the ``after`` steps of two tables."""

    def __init__(
        self, patterns: Patterns, money: MoneyRules, currency: tuple[CurrencyAfter, ...], units: tuple[UnitAfter, ...]
    ):
        self.patterns = patterns
        self.money = money
        self.currency = currency
        self.units = units

    def read(self, text: str, reading: Reading) -> None:
        """Extend ``reading`` over a currency, percent sign or unit of measure printed after it."""
        p = self.patterns
        after = p.suffix_at(text, reading.end)
        if after is None:
            return
        money = self.money
        for currency_step in self.currency:
            if currency_step(money, text, reading, after):
                return
        if reading.kind == "money":
            return
        if after["percent"]:
            reading.kind = "percent"
            reading.end = after.end()
            if "oint" in after["percent"]:  # "percentage points": a percentage's change, its unit kept
                reading.unit, reading.canonical = " ".join(after["percent"].split()), "percentage points"
        elif after["strong"]:
            reading.singular = True
            reading.end = after.end()
        else:
            for unit_step in self.units:
                if unit_step(p, text, reading, after):
                    return
