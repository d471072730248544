"""Reading the value of a number as printed: digits (``10,000``, ``5.1``) or words (``twenty-two``, ``half a million``)."""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["digits_value", "WordNumbers"]

_WORD = re.compile(r"[A-Za-z]+")


_GROUP_MARKS = str.maketrans("", "", ", \u202f\u2009\u00a0")


def digits_value(digits: str) -> float:
    """The value of digits with thousands set off by commas or spaces, and decimals: ``"1,300.5"`` -> 1300.5."""
    try:
        return float(digits.replace(",", ""))
    except ValueError:  # thousands set off by spaces
        return float(digits.translate(_GROUP_MARKS))


class WordNumbers:
    """Reads written-out numbers with the vocabulary's number and scale words.

    ``number_words`` maps words below a hundred to values (``twenty`` -> 20);
    ``scale_words`` maps multipliers (``hundred``, ``dozen``, ``million``), also in the
    plural (``three billions``); ``fractions`` maps ``half`` and ``quarter``.  ``a``, ``half a``
    and ``a quarter`` count before a scale word (``a million``, ``half a million``, ``a quarter
    million``), ``and a half`` after a number (``three and a half``, ``one million and a half``),
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
        total = 0.0  # completed groups of thousands and above
        group = 0.0  # the group being read, below the next scale word
        seen = False  # a number word has been read into ``group``
        last: str | None = None  # "unit", "tens", "hundred", "scale", "article", "fraction", "and", "and a", "half"
        scale_read = 1.0  # the last scale word read, which ``and a half`` after it multiplies
        end = 0
        for match in _WORD.finditer(phrase):
            word = match.group().lower()
            if word == "and" and last in ("hundred", "scale", "unit", "tens"):
                last = "and"
                continue
            if word == "a" and last in (None, "fraction", "and"):
                if last is None:
                    group = 1.0
                last = "article" if last != "and" else "and a"
                continue
            if word in self.fractions and last in (None, "article", "and a"):
                if last != "and a":
                    group, last = self.fractions[word], "fraction"
                    continue
                # three and a half (million); one million and a half (million): the half of the next scale, else the last
                group, last = group + self.fractions[word], "unit" if group else "half"
                end = match.end()
                continue
            if last in ("and", "and a") and not (word in self.number_words and last == "and"):
                break
            if word in self.number_words:
                value = self.number_words[word]
                if last == "tens" and value < 10 and group % 10 == 0:
                    group += value
                elif last in (None, "hundred", "scale", "and"):
                    if last in ("hundred", "and") and group % 100:
                        break
                    group = group + value if last in ("hundred", "and") else value
                else:
                    break
                last = "tens" if value >= 20 or value == 10 else "unit"
                seen = True
            elif word in self.scale_words and (seen or last in ("article", "fraction") or self._opens(word, last)):
                if last == "half" and self.scale_words[word] < 1000:
                    break
                scale = self.scale_words[word]
                if last is None:
                    group = 1.0
                if scale == 100:
                    if last == "hundred":
                        break
                    group = group * 100
                    last = "hundred"
                elif scale < 100:  # dozen
                    group = group * scale
                    last = "scale"
                elif not group and last == "scale" and scale > scale_read:  # three thousand millions
                    total *= scale
                else:
                    total += group * scale
                    group = 0.0
                    last = "scale"
                scale_read = scale
                seen = True
            else:
                break
            end = match.end()
        if not seen:
            return None
        if last == "half":  # one million and a half
            group *= scale_read
        return total + group, end

    def _opens(self, word: str, last: str | None) -> bool:
        """``hundred`` or ``thousand`` may open a number alone: ``hundred thousand dollars``."""
        return last is None and self.scale_words[word] in (100, 1000) and not word.endswith("s")
