"""Reading the value of a number as printed: digits (``10,000``, ``5.1``) or words (``twenty-two``, ``half a million``)."""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["digits_value", "WordNumbers"]

_WORD = re.compile(r"[A-Za-z]+")


def digits_value(digits: str) -> float:
    """The value of digits with optional thousands commas and decimals: ``"1,300.5"`` -> 1300.5."""
    return float(digits.replace(",", ""))


class WordNumbers:
    """Reads written-out numbers with the vocabulary's number and scale words.

    ``number_words`` maps words below a hundred to values (``twenty`` -> 20);
    ``scale_words`` maps multipliers (``hundred``, ``dozen``, ``million``).
    ``a`` and ``half a`` count before a scale word (``a million``, ``half a million``).
    """

    def __init__(self, number_words: Mapping[str, float], scale_words: Mapping[str, float]):
        self.number_words = {k.lower(): v for k, v in number_words.items()}
        self.scale_words = {k.lower(): v for k, v in scale_words.items()}

    def read(self, phrase: str) -> tuple[float, int] | None:
        """The value of the longest well-formed number at the start of ``phrase`` and how many characters it takes.

        ``"twenty-two thousand"`` -> (22000, 19); ``"two three"`` -> (2, 3); None when nothing parses.
        """
        total = 0.0  # completed groups of thousands and above
        group = 0.0  # the group being read, below the next scale word
        seen = False  # a number word has been read into ``group``
        last = None  # "unit", "teen", "tens", "hundred", "scale", "article"
        end = 0
        for match in _WORD.finditer(phrase):
            word = match.group().lower()
            if word == "and" and last in ("hundred", "scale"):
                continue
            if word == "a" and last is None:
                group, last = 1.0, "article"
                continue
            if word == "half" and last is None:
                group, last = 0.5, "half"
                continue
            if word == "a" and last == "half":
                last = "article"
                continue
            if word in self.number_words:
                value = self.number_words[word]
                if last == "tens" and value < 10 and group % 10 == 0:
                    group += value
                elif last in (None, "hundred", "scale"):
                    if last == "hundred" and group % 100:
                        break
                    group = group + value if last == "hundred" else value
                else:
                    break
                last = "tens" if value >= 20 or value == 10 else "unit"
                seen = True
            elif word in self.scale_words and (seen or last == "article"):
                scale = self.scale_words[word]
                if scale == 100:
                    if last == "hundred":
                        break
                    group = group * 100
                    last = "hundred"
                elif scale < 100:  # dozen
                    group = group * scale
                    last = "scale"
                else:
                    total += group * scale
                    group = 0.0
                    last = "scale"
                seen = True
            else:
                break
            end = match.end()
        if not seen:
            return None
        return total + group, end
