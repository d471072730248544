"""What is printed right after a number: a currency, a percent sign, a unit of measure, a rate.

:class:`SuffixReader` extends a number's reading over it (``5 km``, ``128GB``, ``$5 a day``,
``28-point``); the patterns it reads with are :attr:`Patterns.suffix` and :attr:`Patterns.per_after`.
"""

from __future__ import annotations

import re

from .money import MoneyRules
from .patterns import Patterns
from .reading import Reading

__all__ = ["SuffixReader"]


class SuffixReader:
    """Reads what follows a number into its :class:`Reading`."""

    def __init__(self, patterns: Patterns, money: MoneyRules):
        self.patterns = patterns
        self.money = money

    def measure_after(self, text: str, pos: int) -> bool:
        """A unit of measure or a percent sign follows ``pos``: ``2.80 GHz``, ``8 MB``, ``2%``."""
        after = self.patterns.suffix.match(text, pos)
        return after is not None and bool(after["unit"] or after["percent"])

    def read(self, text: str, reading: Reading) -> None:
        """Extend ``reading`` over a currency, percent sign or unit of measure printed after it."""
        p = self.patterns
        after = p.suffix.match(text, reading.end)
        if after is None:
            return
        if after["symbol"] or after["code"] or after["word"]:
            if reading.kind != "money" and (after["of"] is None or reading.value is None or reading.scaled):
                self.money.read_currency(text, reading, after)
        elif reading.kind == "money":
            return
        elif after["minor"] or after["coin"] or after["named"]:
            self.money.read_coins(reading, after)
        elif after["percent"]:
            reading.kind = "percent"
            reading.end = after.end()
        elif after["strong"]:
            reading.singular = True
            reading.end = after.end()
        elif after["compound"]:
            self._read_compound(text, reading, after)
        elif reading.value is not None:
            printed = " ".join((after["unit"] or after["short"]).split())
            reading.unit, reading.canonical = printed, p.measure_units[printed]
            reading.end = after.end()
            rate = p.per_after.match(text, reading.end)
            if rate is not None and self._is_rate(rate):
                word = rate["word"].lower()
                reading.unit = f"{printed} {rate['per'].lower()} {word}"
                reading.canonical = f"{reading.canonical} per {word}"
                reading.end = rate.end()


    def _read_compound(self, text: str, reading: Reading, after: re.Match[str]) -> None:
        """A noun joined by a hyphen: ``28-point``, ``one-yen`` (money), ``five-pointed`` (an idiom: none)."""
        p = self.patterns
        word = after["compound"]
        if reading.value is None or word in p.compound_blockers:
            return
        reading.end = after.end()
        code = p.currency_words.get(word)
        if code is not None and not self.money.is_weight(text, reading, word):
            reading.kind, reading.currency = "money", code or None
        else:
            reading.unit, reading.canonical = word, "pounds" if word == "pound" else p.measure_units.get(word)

    def _is_rate(self, rate: re.Match[str]) -> bool:
        """``per`` and a noun (``per day``, ``per capita``), or ``a``/``an`` and a unit (``a day``, ``an hour``)."""
        word = rate["word"].lower()
        if rate["per"] == "per":
            return word not in self.patterns.unit_stop_words
        return word in self.patterns.measure_units
