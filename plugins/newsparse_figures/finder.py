"""The figure rules: where a number is a figure, and what it states.

:class:`FigureFinder` scans a passage for numbers in digits and in words
(:attr:`Patterns.digits`, :attr:`Patterns.words`), drops the ones that are not
figures (years, dates, times of day, ordinals, numbers in names, models, codes and
addresses, counts of one, pronouns, idioms, ratios and fractions), reads each one's
scale, currency, percent sign or unit of measure, joins ranges (``between 25 and 100
meters``), and attaches the qualifier printed before it (``more than``).
"""

from __future__ import annotations

import re

from newsparse.model import Figure, Span

from .dates import is_date_or_time
from .money import Context, MoneyRules, fill_minor_currencies, no_context
from .numbers import digits_value
from .patterns import Patterns
from .qualifiers import finish, is_pronoun
from .ranges import is_range, share_suffix
from .suffixes import SuffixReader
from .reading import CUE_AFTER, LOOKBACK, WORD_BEFORE, Reading, match_before, read_minus, starts_sentence
from .units import fill_units, plural_after

__all__ = ["FigureFinder"]

#: A number with a scale or unit before a hyphen, read backwards: ``5bn-`` of ``5bn-6bn``, ``10km-`` of ``10km-20km``.
_NUMBER_BEFORE_HYPHEN = re.compile(r"-[A-Za-z]+[\d.,]*\d(?![\w.,])")
#: A third group of digits after a hyphen: the numbers are a phone number or code, not a range.
_CODE_GOES_ON = re.compile(r"[-–]\d")
#: The rest of a token a rejected number belongs to (``-23`` of ``2022-23``, ``:31`` of ``17:31``).
_TOKEN_REST = re.compile(r"[\w.,:/'’-]*")
#: Characters that join digits to what is before them: ``1.5.3``, ``24/7``, ``#10``, ``’90``, ``%20``.
_JOINED_BEFORE = frozenset(".,/:#'’%")
#: Characters before a leading-dot decimal: ``.08``, ``(.5)``, ``~.3``.
_DOT_OPENERS = frozenset(" \t\n(~")


def _token_end(text: str, pos: int) -> int:
    """Where the token that goes on at ``pos`` ends (``-23`` of ``2022-23``)."""
    rest = _TOKEN_REST.match(text, pos)
    return rest.end() if rest is not None else pos


def _leading_dot(text: str, start: int, digits: str) -> bool:
    """Digits after a lone dot are a decimal with no leading zero: ``.08``, ``a .45 average``."""
    return (
        text[start - 1] == "."
        and digits.isdigit()
        and (start < 2 or text[start - 2] in _DOT_OPENERS)
    )


def _joined_by_plus(text: str, start: int) -> bool:
    """Digits tied by ``+`` to a word or number before them are part of a code: ``J1149.5+6663``, ``C++11``."""
    return start >= 2 and text[start - 1] == "+" and (text[start - 2].isalnum() or text[start - 2] == "+")


def _attached(text: str, reading: Reading) -> bool:
    """The number is part of a longer token: ``121st``, ``17:31``, ``24/7``, ``five-pointed`` (not ``$5bn-a-year``)."""
    end = reading.end
    if end >= len(text):
        return False
    char = text[end]
    if char.isalnum():
        return True
    following = text[end + 1 : end + 2]
    if char == "-" and text.startswith("-to-", end):
        return False  # two-to-six-year
    joined = char == "-" and following.isalpha() and not reading.scaled and reading.unit is None
    return (char in ".:/" and following.isdigit()) or joined


class FigureFinder:
    """Finds the figures of one passage of text, with spans relative to it."""

    def __init__(self, patterns: Patterns):
        self.patterns = patterns
        self.money = MoneyRules(patterns)
        self.suffixes = SuffixReader(patterns, self.money)

    def find(
        self, passage: str, offset: int = 0, currency: str | None = None, context: Context = no_context
    ) -> list[Figure]:
        """Every figure in ``passage``, in order, with spans moved ``offset`` characters right.

        ``currency`` is that of the last money before the passage, which small coins are read in
        (``45 cents`` after a sum in euros are euro cents); ``context`` gives the currencies the article
        names (:meth:`MoneyRules.currency_context`), which decide a bare ``$``, ``francs`` and ``N250``;
        it is called only where an amount of money is found.
        """
        text = " " + passage  # every word then has a character before it, as the word pattern wants
        lower = text.lower()
        lowered = lower if len(lower) == len(text) else None  # a few capitals lower to two characters (İ): no hint
        digits, words = self._next_digits(text, 0), self._next_words(text, lowered, 0)
        if digits is None and words is None:
            return []
        readings = []
        while digits is not None or words is not None:
            match = digits if words is None or (digits is not None and digits.start() < words.start()) else words
            assert match is not None  # one of the two is, by the loop's condition
            first = self._read(text, match)
            if first is None:
                pos = _token_end(text, match.end())
            else:
                reading, pos = self._complete(text, first)
                if reading is not None:
                    readings.append(reading)
            # the next number of each kind, from where scanning goes on
            if digits is not None and digits.start() < pos:
                digits = self._next_digits(text, pos)
            if words is not None and words.start() < pos:
                words = self._next_words(text, lowered, pos)
        fill_units(text, readings, self.patterns)
        readings = self.money.apply_context(text, readings, context)
        fill_minor_currencies(readings, currency)
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
                unit_canonical=r.canonical,
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

    def _next_words(self, text: str, lowered: str | None, pos: int) -> re.Match[str] | None:
        """The first number in words at or after ``pos``, looked for where ``text`` in lower case matches the hint."""
        p = self.patterns
        if lowered is None:
            return p.words.search(text, pos)
        while (hint := p.words_hint.search(lowered, pos)) is not None:
            if (match := p.words.match(text, hint.start())) is not None:
                return match
            pos = hint.start() + 1
        return None

    # -- one number ---------------------------------------------------------------

    def _read(self, text: str, match: re.Match[str], money: bool = False) -> Reading | None:
        """The number at ``match``; ``money`` when it ends a range of money (``4m`` in ``$3-4m``)."""
        is_digits = match.re is self.patterns.digits
        if is_digits:
            reading = self._read_digits(text, match, money)
        elif match["words"] is not None:
            reading = self._read_words(text, match)
        elif match["one"] is not None:
            if self._after_amount(text, match.start("one")):
                return None  # $2,100 an ounce: a rate
            reading = Reading(match.start("one"), match.end("one"), 1.0, 1.0, singular=True)
        elif match["half"] is not None:
            before = match_before(WORD_BEFORE, text, match.start("half"), LOOKBACK)
            if before is not None and before[1].lower() in self.patterns.half_blockers:
                return None  # the second half a minute late
            reading = Reading(match.start("half"), match.end("half"), 0.5, 0.5, singular=True)
        else:
            reading = self._read_vague(text, match)
        if reading is None:
            return None
        self.suffixes.read(text, reading)
        if _attached(text, reading) or (not is_digits and match["half"] is not None and reading.unit is None):
            return None
        if is_digits and is_date_or_time(text, match, reading, self.patterns):
            return None
        if reading.bare and reading.value is not None and self._in_ratio_or_fraction(text, reading):
            return None
        read_minus(text, reading, self.patterns.minus_before)
        return reading

    def _after_amount(self, text: str, start: int) -> bool:
        """The word before ``start`` ends an amount (``$2,100``, ``$2bn``, ``5 million``, ``45 cents``): ``a`` or ``an``
        there starts a rate (``$2,100 an ounce``), not a count."""
        words = text[max(0, start - LOOKBACK) : start].split()
        last = words[-1].lower() if words else ""
        return any(char.isdigit() for char in last) or last in self.patterns.amount_ends

    def _in_ratio_or_fraction(self, text: str, reading: Reading) -> bool:
        """A count that is part of a ratio (``one in five``, ``9 out of 10``) or a fraction (``two thirds of``)."""
        p = self.patterns
        return bool(
            p.ratio_or_fraction_after.match(text, reading.end)
            or match_before(p.ratio_before, text, reading.start, LOOKBACK)
        )

    def _read_digits(self, text: str, match: re.Match[str], money: bool) -> Reading | None:
        p = self.patterns
        start, end = match.start("digits"), match.end("digits")
        if match["cur"] is None and p.phone.match(text, start - (text[start - 1] == "(")):
            return None  # (209) 555-0143
        value = digits_value(match["digits"])
        reading = Reading(match.start(), end, value, value)
        if match["cur"] is not None:
            reading.currency = self.money.sign_currency(text, match, reading)
        elif text[start - 1] in p.code_ends_or_space and (code := self.money.prefix_currency(text, start, end)):
            reading.start, reading.currency = code
        if reading.currency is not None:
            reading.kind = "money"
        elif text[start - 1] == "." and _leading_dot(text, start, match["digits"]):
            reading.start = start - 1
            reading.value = reading.base = value / 10 ** len(match["digits"])
        elif text[start - 1].isalnum() or text[start - 1] in _JOINED_BEFORE or (
            text[start - 1] == "+" and _joined_by_plus(text, start)
        ):
            return None
        elif self._in_name(text, start) and not self.suffixes.measure_after(text, end):
            return None  # Boeing 737, not Processor 2.80 GHz
        if text[end + 1 : end + 2].isupper() and p.street_after.match(text, end):
            return None  # 221 Baker Street
        scale = p.scale_after.match(text, end)
        if scale is not None and scale["letter"] is not None and not self._letter_scales(text, reading, scale, money):
            scale = None
        if scale is not None:
            word = scale["scale"] or scale["letter"]
            factor = p.scale_words.get(word.lower()) or p.scale_letters.get(word) or p.money_scale_words[word]
            reading.value = (value + (0.5 if scale["half"] else 0.0)) * factor
            reading.scaled = True
            reading.end = scale.end()
            larger = p.scale_after.match(text, reading.end) if scale["half"] is None else None
            if larger is not None and larger["scale"] and p.scale_words[larger["scale"].lower()] > factor:
                reading.value *= p.scale_words[larger["scale"].lower()]  # 1.5 lakh crore, 2 thousand crore
                reading.end = larger.end()
        return reading

    def _letter_scales(self, text: str, reading: Reading, scale: re.Match[str], money: bool) -> bool:
        """A scale letter against digits is one (``3.4m``, ``10k``, ``$1.2b``) unless a unit reading is clear.

        ``k``/``m`` are read as scales except before a dimension or distance word (``a 10m-high
        wall``, ``the 100m final``) or after ``a``/``an`` before a singular noun (``a 10m wall``);
        ``b``/``T`` only in money, and ``b`` also after a decimal or before a plural noun.
        """
        p = self.patterns
        letter = scale["letter"]
        money = money or reading.kind == "money" or self.money.money_after(text, scale.end())
        plural = plural_after(text, scale.end(), p)
        if letter in p.money_scale_words:
            return money or (letter.lower() == "b" and ("." in text[reading.start : reading.end] or plural))
        if money:
            return True
        cue = CUE_AFTER.match(text, scale.end())
        if cue is not None and cue.group(1).lower() in p.metre_cues:
            return False
        before = match_before(WORD_BEFORE, text, reading.start, LOOKBACK)
        return before is None or before[1].lower() not in ("a", "an") or plural

    def _in_name(self, text: str, start: int) -> bool:
        """Digits in a name or model: ``MiG-31``, ``mid-2023``, ``No 10``, ``Article 5``, ``Nord Stream 2``."""
        if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
            return not match_before(_NUMBER_BEFORE_HYPHEN, text, start, LOOKBACK)
        before = match_before(WORD_BEFORE, text, start, LOOKBACK)
        if before is None:
            return False
        word_start, word = before
        if word.lower() in self.patterns.name_markers or (word[0].islower() and not word.islower()):
            return True  # No 10, iPhone 15
        if not word[0].isupper() or word in self.patterns.number_leaders or word[-1] in ",;":
            return False  # a comma ends the name: In Paris, 300 people
        return not starts_sentence(text, word_start)

    def _read_words(self, text: str, match: re.Match[str]) -> Reading | None:
        p = self.patterns
        phrase = match["words"]
        parsed = p.word_numbers.read(phrase)
        if parsed is None:
            return None
        value, length = parsed
        start = match.start("words")
        if phrase[0].isupper() and not starts_sentence(text, start):
            return None  # the Big Three, Air Force One
        if p.idiom.match(text, start):
            return None  # put two and two together
        used = phrase[:length].lower().split()
        reading = Reading(start, start + length, value, value, scaled=any(w in p.scale_words for w in used))
        if used[-1] == "one" and len(used) == 1:
            if not self._counts_one(text, reading.end):
                return None
            reading.singular = True
        return reading

    def _counts_one(self, text: str, end: int) -> bool:
        """``one`` is a figure only with a unit, currency or percent (``one mile``, ``one-yen``, ``that one mile``).

        A count of one before a plain noun (``one source``, ``one man``) is left out, as the annotation
        rules make it optional, and so are ``one of``, ``no one`` and ``the one``.
        """
        p = self.patterns
        after = p.suffix.match(text, end)
        if after is None or after["strong"] is not None:
            return False
        return after["compound"] is None or after["compound"] in p.currency_words

    def _read_vague(self, text: str, match: re.Match[str]) -> Reading | None:
        phrase = match["vague"].lower()
        if phrase.split()[0] in ("tens", "scores") and " of " not in phrase:
            return None
        return Reading(match.start("vague"), match.end("vague"), None, None, scaled=True)

    # -- ranges, changes and qualifiers ------------------------------------------

    def _complete(self, text: str, first: Reading) -> tuple[Reading | None, int]:
        """The figure that starts with ``first`` (a range where one follows) and where scanning goes on."""
        p = self.patterns
        lead = second = None
        join = p.range_join.match(text, first.end) if first.value is not None else None
        if join is not None:
            lead = match_before(p.range_lead_before, text, first.start, LOOKBACK)
            # digits start right after the join, words at the space or opening mark before them
            at = join.end()
            again = p.prefix_again.match(text, at) if first.kind == "money" else None
            at = again.end() if again is not None else at
            match = p.digits.match(text, at) or p.words.match(text, at - 1) or p.words.match(text, at)
            second = self._read(text, match, money=first.kind == "money") if match is not None else None
        high = None
        if join is None or second is None:
            second = None
        elif join["word"] is None and _CODE_GOES_ON.match(text, second.end):
            return None, _token_end(text, second.end)  # a phone number or code: 1-800-222-1222
        if join is not None and second is not None and second.value is not None:
            word = join["word"] or join["tied"]
            share_suffix(first, second, backwards=word in (None, "through", "and"))
            if is_range(text, first, second, word, lead, self.patterns.change_verbs):
                high = second.value
                first.end = second.end
                if first.unit is None:
                    first.unit, first.canonical = second.unit, second.canonical
            elif join["word"] is None:
                return None, second.end  # a score or ratio: 3-2, 50-50
        first.high = high
        anchor = lead[0] if high is not None and lead is not None else first.start
        finish(text, first, anchor, p)
        if first.unit is None and first.kind == "quantity" and is_pronoun(text, first, p):
            return None, first.end  # the two met
        return first, first.end
