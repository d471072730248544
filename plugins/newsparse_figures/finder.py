"""The figure rules: where a number is a figure, and what it states.

:class:`FigureFinder` scans a passage for numbers in digits and in words
(:attr:`Patterns.digits`, :attr:`Patterns.words`), drops the ones that are not
figures (years, dates, times of day, ordinals, numbers in names and models,
``one`` as a pronoun, ratios and fractions), reads each one's scale, currency,
percent sign or unit of measure, joins ranges (``between 25 and 100 meters``),
and attaches the qualifier printed before it (``more than``).
"""

from __future__ import annotations

import functools
import re

from attrs import define
from newsparse.model import Figure, Span

from .numbers import digits_value
from .patterns import Patterns
from .units import counted_noun, fill_units, is_plural

__all__ = ["FigureFinder"]

#: The word right before a number, when a single space separates them, read backwards.
_WORD_BEFORE = re.compile(r" (\S+)(?!\S)")
#: Punctuation stripped from the edges of a word before it is looked up.
_WORD_EDGES = ".,;:()“”\"‘’'"
#: The lower-case word right after a number.
_WORD_AFTER = re.compile(r" ([a-z][a-z'’-]*)\b")
#: A number with a scale or unit before a hyphen, read backwards: ``5bn-`` of ``5bn-6bn``, ``10km-`` of ``10km-20km``.
_NUMBER_BEFORE_HYPHEN = re.compile(r"-[A-Za-z]+[\d.,]*\d(?![\w.,])")
#: The rest of a token a rejected number belongs to (``-23`` of ``2022-23``, ``:31`` of ``17:31``).
_TOKEN_REST = re.compile(r"[\w.,:/'’-]*")
#: Characters that join digits to what is before them: ``1.5.3``, ``24/7``, ``#10``, ``’90``.
_JOINED_BEFORE = frozenset(".,/:#'’")
#: Characters after which a capitalised word starts a sentence.
_SENTENCE_OPENERS = frozenset(".!?:\"“”‘’'([–—…")
#: How far back a qualifier or ``between``/``from`` is looked for.
_LOOKBACK = 32
#: How far back ``minus`` is looked for: the word and a little white space.
_MINUS_REACH = 8
#: How far back the currency letters or code before a number are looked for.
_CODE_REACH = 5
#: Characters before a backwards window that its patterns' lookaheads may read (``or `` before ``minus``).
_CONTEXT = 3
#: How many words before ``from`` are searched for a verb of change.
_CHANGE_WINDOW = 5
_YEARS = range(1100, 2200)


@define
class _Reading:
    """One number as read, before it becomes a :class:`Figure` (offsets into the passage)."""

    start: int
    end: int
    value: float | None
    base: float | None  # the value before its scale word (5 for ``5 million``)
    scaled: bool = False
    kind: str = "quantity"
    currency: str | None = None
    unit: str | None = None
    singular: bool = False  # counts a singular noun: ``one source``, ``an 800,000-strong army``
    high: float | None = None
    approx: str | None = None

    @property
    def bare(self) -> bool:
        """No currency, percent sign or unit of measure printed with it."""
        return self.kind == "quantity" and self.unit is None


def _match_before(pattern: re.Pattern[str], text: str, end: int, reach: int) -> tuple[int, str] | None:
    """Match ``pattern``, written backwards, on the text before ``end``, ending at most ``reach`` characters back.

    Returns where the match starts and its first group (or all of it) read forwards, or None.
    """
    at = len(text) - end
    match = pattern.match(_reversed(text), at, at + reach + _CONTEXT)
    if match is None or match.end() - at > reach:
        return None
    return end + at - match.end(), match[1 if pattern.groups else 0][::-1]


@functools.lru_cache(maxsize=1)
def _reversed(text: str) -> str:
    """``text`` spelt backwards, made once for all the backward matches in one passage."""
    return text[::-1]


def _starts_sentence(text: str, index: int) -> bool:
    index -= 1
    while index >= 0 and text[index].isspace():
        index -= 1
    return index < 0 or text[index] in _SENTENCE_OPENERS


def _attached(text: str, reading: _Reading) -> bool:
    """The number is part of a longer token: ``121st``, ``17:31``, ``24/7``, ``five-pointed`` (not ``$5bn-a-year``)."""
    end = reading.end
    if end >= len(text):
        return False
    char = text[end]
    if char.isalnum():
        return True
    following = text[end + 1 : end + 2]
    return (char in ".:/" and following.isdigit()) or (char == "-" and following.isalpha() and not reading.scaled)


class FigureFinder:
    """Finds the figures of one passage of text, with spans relative to it."""

    def __init__(self, patterns: Patterns):
        self.patterns = patterns

    def find(self, passage: str, offset: int = 0) -> list[Figure]:
        """Every figure in ``passage``, in order, with spans moved ``offset`` characters right."""
        p = self.patterns
        text = " " + passage  # every word then has a character before it, as the word pattern wants
        digits, words = self._next_digits(text, 0), p.words.search(text)
        if digits is None and words is None:
            return []
        readings = []
        while digits is not None or words is not None:
            match = digits if words is None or (digits is not None and digits.start() < words.start()) else words
            first = self._read(text, match)
            if first is None:
                pos = _TOKEN_REST.match(text, match.end()).end()
            else:
                reading, pos = self._complete(text, first)
                if reading is not None:
                    readings.append(reading)
            # the next number of each kind, from where scanning goes on
            if digits is not None and digits.start() < pos:
                digits = self._next_digits(text, pos)
            if words is not None and words.start() < pos:
                words = p.words.search(text, pos)
        fill_units(text, readings, self.patterns)
        shift = offset - 1
        return [
            Figure(
                text=text[r.start : r.end],
                span=Span(r.start + shift, r.end + shift),
                value=r.value,
                kind=r.kind,
                high=r.high,
                currency=r.currency,
                unit=r.unit,
                approx=r.approx,
            )
            for r in readings
        ]

    def _next_digits(self, text: str, pos: int) -> re.Match[str] | None:
        """The first number in digits at or after ``pos``."""
        p = self.patterns
        while (start := p.digit_start.search(text, pos)) is not None:
            if (match := p.digits.match(text, start.start())) is not None:
                return match
            pos = start.end()
        return None

    # -- one number ---------------------------------------------------------------

    def _read(self, text: str, match: re.Match[str], money: bool = False) -> _Reading | None:
        """The number at ``match``; ``money`` when it ends a range of money (``4m`` in ``$3-4m``)."""
        is_digits = match.re is self.patterns.digits
        if is_digits:
            reading = self._read_digits(text, match, money)
        elif match["words"] is not None:
            reading = self._read_words(text, match)
        else:
            reading = self._read_vague(text, match)
        if reading is None:
            return None
        self._read_suffix(text, reading)
        if _attached(text, reading):
            return None
        if is_digits and self._is_date_or_time(text, match, reading):
            return None
        if reading.bare and reading.value is not None and self._in_ratio_or_fraction(text, reading):
            return None
        minus = _match_before(self.patterns.minus_before, text, reading.start, _MINUS_REACH)
        if minus is not None and reading.value is not None:
            reading.start = minus[0]
            reading.value, reading.base = -reading.value, -reading.base
        return reading

    def _in_ratio_or_fraction(self, text: str, reading: _Reading) -> bool:
        """A count that is part of a ratio (``one in five``, ``9 out of 10``) or a fraction (``two thirds of``)."""
        p = self.patterns
        return bool(
            p.ratio_or_fraction_after.match(text, reading.end)
            or _match_before(p.ratio_before, text, reading.start, _LOOKBACK)
        )

    def _read_digits(self, text: str, match: re.Match[str], money: bool) -> _Reading | None:
        p = self.patterns
        start, end = match.start("digits"), match.end("digits")
        value = digits_value(match["digits"])
        reading = _Reading(match.start(), end, value, value)
        if match["cur"] is not None:
            reading.currency = self._sign_currency(text, match, reading)
        elif text[start - 1].isalpha() or text[start - 1] == " ":
            code = _match_before(p.code_before, text, start, _CODE_REACH)
            if code is not None:
                reading.start, reading.currency = code
        if reading.currency is not None:
            reading.kind = "money"
        elif text[start - 1].isalnum() or text[start - 1] in _JOINED_BEFORE or self._in_name(text, start):
            return None
        scale = p.scale_after.match(text, end)
        letter = scale is not None and scale["letter"] is not None
        if letter and not (money or reading.currency is not None or self._plural_after(text, scale.end())):
            scale = None  # a scale letter is one only in money and before a plural noun
        if scale is not None:
            word = (scale["scale"] or scale["letter"]).lower()
            reading.value = value * p.scale_words.get(word, p.money_scale_words.get(word, 1.0))
            reading.scaled = True
            reading.end = scale.end()
        return reading

    def _sign_currency(self, text: str, match: re.Match[str], reading: _Reading) -> str | None:
        """The currency of the sign before the digits, with letters before it: ``$``, ``US$``, ``HK$``."""
        symbols = self.patterns.currency_symbols
        sign_start = match.start("cur")
        prefix = _match_before(self.patterns.sign_prefix_before, text, sign_start, _CODE_REACH)
        if prefix is not None and prefix[1] + match["cur"] in symbols:
            reading.start = prefix[0]
            return symbols[prefix[1] + match["cur"]]
        return symbols.get(match["cur"])

    def _in_name(self, text: str, start: int) -> bool:
        """Digits in a name or model: ``MiG-31``, ``mid-2023``, ``No 10``, ``Article 5``, ``Nord Stream 2``."""
        if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
            return not _match_before(_NUMBER_BEFORE_HYPHEN, text, start, _LOOKBACK)
        before = _match_before(_WORD_BEFORE, text, start, _LOOKBACK)
        if before is None:
            return False
        word_start, word = before
        if word.lower() in self.patterns.name_markers:
            return True
        if not word[0].isupper() or word in self.patterns.number_leaders:
            return False
        return not _starts_sentence(text, word_start)

    def _read_words(self, text: str, match: re.Match[str]) -> _Reading | None:
        p = self.patterns
        phrase = match["words"]
        parsed = p.word_numbers.read(phrase)
        if parsed is None:
            return None
        value, length = parsed
        start = match.start("words")
        if phrase[0].isupper() and not _starts_sentence(text, start):
            return None  # the Big Three, Air Force One
        used = phrase[:length].lower().split()
        reading = _Reading(start, start + length, value, value, scaled=any(w in p.scale_words for w in used))
        if used[-1] == "one" and len(used) == 1:
            if not self._counts_one(text, start, reading.end):
                return None
            reading.singular = True
        return reading

    def _counts_one(self, text: str, start: int, end: int) -> bool:
        """``one`` is a count only before a noun (``one source``), not in ``one of``, ``the one``, ``at one point``."""
        p = self.patterns
        before = _match_before(_WORD_BEFORE, text, start, _LOOKBACK)
        if before is not None and before[1].lower() in p.one_blockers:
            return False
        after = p.suffix.match(text, end)
        if after is not None and after["compound"] is None:  # one year, one dollar, one percent
            return True
        following = text[end : end + _LOOKBACK].split(maxsplit=1)
        if not following or following[0].lower().strip(".,;:") in p.one_idioms:
            return False
        return counted_noun(text, end, p, singular=True) is not None

    def _read_vague(self, text: str, match: re.Match[str]) -> _Reading | None:
        phrase = match["vague"].lower()
        if phrase.split()[0] in ("tens", "scores") and " of " not in phrase:
            return None
        return _Reading(match.start("vague"), match.end("vague"), None, None, scaled=True)

    def _read_suffix(self, text: str, reading: _Reading) -> None:
        """Extend ``reading`` over a currency, percent sign or unit of measure printed after it."""
        p = self.patterns
        after = p.suffix.match(text, reading.end)
        if after is None:
            return
        if after["symbol"] or after["code"] or after["word"]:
            if reading.currency is None and (after["of"] is None or reading.value is None or reading.scaled):
                if after["symbol"]:
                    reading.currency = p.currency_symbols[after["symbol"]]
                else:
                    reading.currency = after["code"] or p.currency_words[" ".join(after["word"].lower().split())]
                reading.kind = "money"
                reading.end = after.end()
        elif reading.kind == "money":
            return
        elif after["percent"]:
            reading.kind = "percent"
            reading.end = after.end()
        elif after["strong"]:
            reading.singular = True
            reading.end = after.end()
        elif after["compound"]:
            if reading.value is not None and after["compound"] not in p.compound_blockers:
                reading.unit = after["compound"]
                reading.end = after.end()
        elif reading.value is not None:
            reading.unit = p.measure_units[" ".join((after["unit"] or after["short"]).split())]
            reading.end = after.end()
            rate = p.per_after.match(text, reading.end)
            if rate is not None and self._is_rate(rate):
                reading.unit = f"{reading.unit} per {rate['word'].lower()}"
                reading.end = rate.end()

    def _is_rate(self, rate: re.Match[str]) -> bool:
        """``per`` and a noun (``per day``, ``per capita``), or ``a``/``an`` and a unit (``a day``, ``an hour``)."""
        word = rate["word"].lower()
        if rate["per"] == "per":
            return word not in self.patterns.unit_stop_words
        return word in self.patterns.measure_units

    def _is_date_or_time(self, text: str, match: re.Match[str], reading: _Reading) -> bool:
        """A year (``in 2022``), a day of a month (``2 October``), a time of day (``5 pm``)."""
        if reading.currency is not None or reading.scaled or not reading.bare:
            return False
        digits = match["digits"]
        if len(digits) == 4 and digits.isdigit() and int(digits) in _YEARS:
            return not self._counts_like_year(text, reading)
        p = self.patterns
        if len(digits) <= 2 and (
            p.month_after.match(text, reading.end)
            or _match_before(p.month_before, text, reading.start, _LOOKBACK)
        ):
            return True
        return p.time_after.match(text, reading.end) is not None

    def _plural_after(self, text: str, pos: int) -> bool:
        """The word after ``pos`` is a plural noun in lower case: ``troops`` in ``2.5m troops``."""
        after = _WORD_AFTER.match(text, pos)
        return after is not None and is_plural(after.group(1), self.patterns)

    def _counts_like_year(self, text: str, reading: _Reading) -> bool:
        """A number printed like a year that counts the plural noun after it: ``deployed 1500 troops``.

        Not at the start of a sentence, nor with a word that introduces years among the two
        words before it (``the 2022 elections``, ``the key 2025 additions``, ``in 1500``,
        ``Russia's 2024 budget``).
        """
        if not self._plural_after(text, reading.end) or _starts_sentence(text, reading.start):
            return False
        before = text[max(0, reading.start - _LOOKBACK) : reading.start].split()[-2:]
        leaders = self.patterns.year_leaders
        return len(before) == 2 and not any(
            w.strip(_WORD_EDGES).lower() in leaders or w.endswith(("'s", "’s")) for w in before
        )

    # -- ranges, changes and qualifiers ------------------------------------------

    def _complete(self, text: str, first: _Reading) -> tuple[_Reading | None, int]:
        """The figure that starts with ``first`` (a range where one follows) and where scanning goes on."""
        p = self.patterns
        lead = second = None
        join = p.range_join.match(text, first.end) if first.value is not None else None
        if join is not None:
            lead = _match_before(p.range_lead_before, text, first.start, _LOOKBACK)
            # digits start right after the join, words at the space or opening mark before them
            at = join.end()
            match = p.digits.match(text, at) or p.words.match(text, at - 1) or p.words.match(text, at)
            second = self._read(text, match, money=first.kind == "money") if match is not None else None
        high = None
        if second is not None and second.value is not None:
            self._share_suffix(first, second)
            if self._is_range(text, first, second, join["word"], lead):
                high = second.value
                first.end = second.end
                first.unit = first.unit or second.unit
            elif join["word"] is None:
                return None, second.end  # a score or ratio: 3-2, 50-50
        first.high = high
        anchor = lead[0] if high is not None and lead is not None else first.start
        self._finish(text, first, anchor)
        return first, first.end

    def _share_suffix(self, first: _Reading, second: _Reading) -> None:
        """``5 to 6 million euros``: the first end takes the scale, currency and unit printed after the second."""
        if first.bare:
            first.kind, first.currency, first.unit = second.kind, second.currency, second.unit
        elif second.bare:
            second.kind, second.currency, second.unit = first.kind, first.currency, first.unit
        if (
            second.scaled
            and not first.scaled
            and first.value is not None
            and second.base is not None
            and first.value < second.base
        ):
            first.value = first.value * (second.value / second.base)
            first.scaled = True
        if first.kind == "money" and first.currency is None:
            first.currency = second.currency

    def _is_range(
        self, text: str, first: _Reading, second: _Reading, word: str | None, lead: tuple[int, str] | None
    ) -> bool:
        if word == "or" or (word == "and" and (lead is None or lead[1].lower() != "between")):
            return False
        if first.kind != second.kind or first.currency != second.currency or not first.value < second.value:
            return False
        if word == "to" and lead is not None and lead[1].lower() == "from":
            before = text[max(0, lead[0] - _LOOKBACK * 2) : lead[0]].lower().split()
            return not any(w.strip(",;") in self.patterns.change_verbs for w in before[-_CHANGE_WINDOW:])
        return True

    def _finish(self, text: str, reading: _Reading, anchor: int) -> None:
        """Add the qualifier before ``anchor`` (or after the figure) and the noun a bare count counts."""
        p = self.patterns
        before = _match_before(p.approx_before, text, anchor, _LOOKBACK)
        after = p.approx_after.match(text, reading.end) if before is None else None
        if before is not None or after is not None:
            reading.approx = " ".join((before[1] if before is not None else after["q"]).lower().split())
        if reading.kind == "quantity" and reading.unit is None:
            reading.unit = counted_noun(text, reading.end, p, singular=reading.singular)
