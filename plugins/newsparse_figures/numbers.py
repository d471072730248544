"""Reading the value of a number as printed: digits (``10,000``, ``5.1``) or words (``twenty-two``, ``half a million``)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from attrs import define

from newsparse.lazy_regex import lazy_compile

__all__ = ["digits_value", "times", "WordNumbers"]

_WORD = lazy_compile(r"[A-Za-z]+")
#: What ``and`` may follow inside a number: ``hundred and twelve``, ``three and a half``.
_BEFORE_AND = ("hundred", "scale", "unit", "tens")


_GROUP_MARKS = str.maketrans("", "", ", \u202f\u2009\u00a0")
_DOT_GROUPS = str.maketrans("", "", ".")


def digits_value(digits: str) -> float:
    """The value of digits with thousands set off by commas, spaces or (two or more) full stops, and decimals:
    ``"1,300.5"`` -> 1300.5, ``"7.051.013"`` -> 7051013."""
    try:
        return float(digits.replace(",", ""))
    except ValueError:  # thousands set off by spaces or full stops
        return float(digits.translate(_GROUP_MARKS if digits.count(".") < 2 else _DOT_GROUPS))


def times(value: float, factor: float) -> float:
    """``value`` multiplied by ``factor`` exactly, then rounded once: ``4.1`` trillion is 4.1e12, not 4099999999999.9995.

    Each is taken at the shortest digits that print it (those of the page for a number read from up to 15
    significant digits), so the product is the one of the printed number and the scale.
    """
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


class WordNumbers:
    """Reads written-out numbers with the vocabulary's number and scale words.

    ``number_words`` maps words below a hundred to values (``twenty`` -> 20);
    ``scale_words`` maps multipliers (``hundred``, ``dozen``, ``million``), also in the
    plural (``three billions``); ``fractions`` maps ``half`` and ``quarter``.  ``a``, ``half a``
    and ``a quarter`` count before a scale word, ``of`` may follow the fraction (``a million``, ``half a million``,
    ``a quarter million``, ``a quarter of a million``), ``and a half`` after a number (``three and a half``, ``one million and a half``),
    and ``hundred`` or ``thousand`` may open a number alone (``hundred thousand``).
    """

    def __init__(
        self,
        number_words: Mapping[str, float],
        scale_words: Mapping[str, float],
        fractions: Mapping[str, float] | None = None,
    ):
        self.number_words = {k.lower(): v for k, v in number_words.items()}
        self.scale_words = {k.lower(): v for k, v in scale_words.items()}
        self.scale_words.update({k + "s": v for k, v in self.scale_words.items() if k != "dozen" and len(k) > 3})
        self.fractions = {k.lower(): v for k, v in (fractions or {"half": 0.5}).items()}

    def read(self, phrase: str) -> tuple[float, int] | None:
        """The value of the longest well-formed number at the start of ``phrase`` and how many characters it takes.

        ``"twenty-two thousand"`` -> (22000, 19); ``"two three"`` -> (2, 3); None when nothing parses.
        """
        tally = _Tally()
        end = 0
        for match in _WORD.finditer(phrase):
            word = match.group().lower()
            last = tally.last
            if word == "and" and last in _BEFORE_AND:
                tally.last = "and"
                continue
            if word == "of" and last == "fraction":
                continue  # a quarter of a million
            if word == "a" and last in (None, "fraction", "and"):
                tally.group = 1.0 if last is None else tally.group
                tally.last = "article" if last != "and" else "and a"
                continue
            if word in self.fractions and last in (None, "article", "and a"):
                if not tally.add_fraction(self.fractions[word]):
                    break
                if last != "and a":
                    continue
            elif last in ("and", "and a") and not (word in self.number_words and last == "and"):
                break
            elif word in self.number_words:
                if not tally.add_number(self.number_words[word]):
                    break
            elif word in self.scale_words and (tally.seen or self._opens(word, last)):
                if not tally.add_scale(self.scale_words[word]):
                    break
            else:
                break
            end = match.end()
        if not tally.seen:
            return None
        return tally.value(), end

    def _opens(self, word: str, last: str | None) -> bool:
        """A scale word may open a number after ``a`` or a fraction (``a million``, ``half a million``), and
        ``hundred`` or ``thousand`` alone (``hundred thousand dollars``)."""
        if last in ("article", "fraction"):
            return True
        return last is None and self.scale_words[word] in (100, 1000) and not word.endswith("s")


@define
class _Tally:
    """A number in words as read so far."""

    total: float = 0.0  # completed groups of thousands and above
    group: float = 0.0  # the group being read, below the next scale word
    seen: bool = False  # a number word has been read
    last: str | None = None  # "unit", "tens", "hundred", "scale", "article", "fraction", "and", "and a", "half"
    scale_read: float = 1.0  # the last scale word read, which ``and a half`` after it multiplies
    halved: bool = False  # a fraction has been read

    def add_fraction(self, fraction: float) -> bool:
        """``half a million``; ``three and a half (million)``; ``one million and a half`` (half the last scale).

        False for a second fraction: ``three and a half and a half`` stops before it.
        """
        if self.last != "and a":
            self.group, self.last = fraction, "fraction"
        elif self.halved:
            return False
        else:
            self.group, self.last = self.group + fraction, "unit" if self.group else "half"
        self.halved = True
        return True

    def add_number(self, value: float) -> bool:
        """Add a number word below a hundred; False where it cannot follow (``two three``)."""
        last = self.last
        if last == "tens" and value < 10 and self.group % 10 == 0:
            self.group += value
        elif last in (None, "hundred", "scale", "and"):
            if last in ("hundred", "and") and self.group % 100:
                return False
            self.group = self.group + value if last in ("hundred", "and") else value
        else:
            return False
        self.last = "tens" if value >= 20 or value == 10 else "unit"
        self.seen = True
        return True

    def add_scale(self, scale: float) -> bool:
        """Multiply by a scale word; False where it cannot follow (``hundred hundred``)."""
        last = self.last
        if (last == "half" and scale < 1000) or (scale == 100 and last == "hundred"):
            return False
        if last is None:
            self.group = 1.0
        if scale == 100:
            self.group, self.last = self.group * 100, "hundred"
        elif scale < 100:  # dozen
            self.group, self.last = self.group * scale, "scale"
        elif not self.group and last == "scale" and scale > self.scale_read:  # three thousand millions
            self.total *= scale
        else:
            self.total, self.group, self.last = self.total + self.group * scale, 0.0, "scale"
        self.scale_read = scale
        self.seen = True
        return True

    def value(self) -> float:
        """The number read: ``one million and a half`` ends with half the last scale."""
        return self.total + (self.group * self.scale_read if self.last == "half" else self.group)
