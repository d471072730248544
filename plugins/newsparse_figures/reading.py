"""One number as read, and the text right before it, read backwards."""

from __future__ import annotations

import re

from attrs import define

from newsparse.lazy_regex import lazy_compile

__all__ = ["Reading", "match_before", "read_below_zero", "read_minus", "sentence_before", "starts_sentence", "word_before"]

#: Punctuation stripped from the edges of a word before it is looked up.
WORD_EDGES = ".,;:()“”\"‘’'"
#: The word after a position, with a hyphen or a space before it: ``-high`` of ``10m-high``.
CUE_AFTER = lazy_compile(r"[-\s]([A-Za-z]+)")
#: Characters after which a capitalised word starts a sentence.
_SENTENCE_OPENERS = frozenset(".!?:\"“”‘’'([–—…")
#: How far back a word before a number (a qualifier, ``between``, a name) is looked for.
LOOKBACK = 32
#: Characters before a backwards window that its patterns' lookaheads may read (``or `` before ``minus``).
_CONTEXT = 3
#: How far back the words of a figure's sentence are read.
_SENTENCE_REACH = 120
#: Characters before a hyphen that make it a minus sign: ``fell to -8°C``, ``(-0.5%)``.
_HYPHEN_MINUS_OPENERS = frozenset(" (")
#: How far back ``minus`` is looked for: the word and a little white space.
_MINUS_REACH = 8


@define
class Reading:
    """One number as read, before it becomes a :class:`Figure` (offsets into the passage)."""

    start: int
    end: int
    value: float | None
    base: float | None  # the value before its scale word (5 for ``5 million``)
    scaled: bool = False
    scale: float = 1.0  # what its scale word or letter multiplies it by (1e6 for ``5 million``)
    kind: str = "quantity"
    currency: str | None = None
    unit: str | None = None  # as printed: ``kilometres``, ``GB``, ``soldiers``
    canonical: str | None = None  # one spelling of a unit of measure: ``km``; None for a counted noun
    singular: bool = False  # counts a singular noun: ``an 800,000-strong army``
    high: float | None = None
    approx: str | None = None
    coin: str | None = None  # cents, pence: the currency is the one of the money around
    share: float = 0.01  # what a coin is worth in the main unit: 0.01 for cents, 1000 for ``grand``
    number_end: int = 0  # where the number itself ends, before a scale or what is printed after it

    @property
    def bare(self) -> bool:
        """No currency, percent sign or unit of measure printed with it."""
        return self.kind == "quantity" and self.unit is None


def match_before(pattern: re.Pattern[str], text: str, end: int, reach: int) -> tuple[int, str] | None:
    """Match ``pattern``, written backwards, on the text before ``end``, ending at most ``reach`` characters back.

    Returns where the match starts and its last matched group (or all of it) read forwards, or None.
    """
    at = len(text) - end
    last = _reversed.last  # the passage of the last call, most often this one: no call needed
    match = pattern.match(last[1] if last[0] is text else _reversed(text), at, at + reach + _CONTEXT)
    if match is None or match.end() - at > reach:
        return None
    return end + at - match.end(), match[match.lastindex or 0][::-1]


def word_before(text: str, end: int) -> tuple[int, str] | None:
    """The word (a run of non-space characters) that one space separates from ``end``: where it starts, and it.

    None where no single space stands there, or the word with its space is longer than ``LOOKBACK``.
    """
    if end < 2 or text[end - 1] != " " or text[end - 2].isspace():
        return None
    # a conditional, not max(): this runs for most numbers, several times
    word = text[end - 1 - LOOKBACK if end > LOOKBACK + 1 else 0 : end - 1].rsplit(None, 1)[-1]
    return (end - 1 - len(word), word) if len(word) < LOOKBACK else None


def read_minus(text: str, reading: Reading, minus_before: re.Pattern[str]) -> None:
    """``minus``, a minus sign or a hyphen or an en dash typed for one opening the number (``minus 20``, ``−3%``, ``fell
    to -8°C``, ``lows of –18 C``) makes it negative; a hyphen or dash only after a space or an opening bracket, with no
    number before it (``3 -8`` is a range)."""
    if reading.value is None or reading.base is None:
        return
    start = reading.start
    minus: tuple[int, str] | None = None
    sign = text[start - 1 : start]
    if sign and sign in _TYPED_MINUSES and text[start - 2 : start - 1] in _HYPHEN_MINUS_OPENERS:
        if not text[start - 3 : start - 2].isdigit():
            minus = (start - 1, sign)
    elif "inus" in text[start - _MINUS_REACH : start] or text[start - 1 : start] == "−":
        minus = match_before(minus_before, text, start, _MINUS_REACH)
    if minus is not None:
        reading.start = minus[0]
        reading.value, reading.base = -reading.value, -reading.base


#: The marks typed for a minus sign against a number: a hyphen, an en dash.
_TYPED_MINUSES = "-–"
#: ``below zero`` after a number or its degrees: a temperature under freezing.
_BELOW_ZERO = lazy_compile(r"[ \u00a0]+below zero\b")
#: The unit of a temperature printed with no unit (``5 below zero``).
_DEGREES = "degrees"


def read_below_zero(text: str, reading: Reading) -> None:
    """``below zero`` after a count or its degrees makes it a temperature under freezing: ``5 below zero`` and
    ``12 degrees below zero`` are -5 and -12 degrees; ``zero`` is then no figure of its own."""
    if reading.value is None or reading.base is None or reading.value < 0 or reading.kind != "quantity":
        return
    below = _BELOW_ZERO.match(text, reading.end)
    if below is None or reading.unit not in (None, _DEGREES):
        return
    reading.end = below.end()
    reading.value, reading.base = -reading.value, -reading.base
    reading.unit = reading.canonical = _DEGREES


class _Reversed:
    """``text`` spelt backwards, made once for all the backward matches in one passage.

    The last passage is recognised by identity, not equality: an equal passage
    (the same paragraph printed twice) is a new string, and comparing it in full on
    each of its many lookups would make the cost grow with the square of its length.
    """

    def __init__(self) -> None:
        self.last = ("", "")  # one tuple, replaced whole, so threads never see a text with another's reversal

    def __call__(self, text: str) -> str:
        last = self.last
        if last[0] is not text:
            last = self.last = (text, text[::-1])
        return last[1]


_reversed = _Reversed()


def sentence_before(text: str, start: int) -> list[str]:
    """The words of the sentence before ``start`` (up to a limit), lower case, edge punctuation stripped."""
    window = text[max(0, start - _SENTENCE_REACH) : start]
    window = window[max(window.rfind(". "), window.rfind("? ")) + 1 :]
    return [word.strip(WORD_EDGES).lower() for word in window.split()]


def starts_sentence(text: str, index: int) -> bool:
    """Only white space stands between ``index`` and the start of the text or a sentence-opening mark."""
    index -= 1
    while index >= 0 and text[index].isspace():
        index -= 1
    return index < 0 or text[index] in _SENTENCE_OPENERS
