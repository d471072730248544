"""The figure rules: where a number is a figure, and what it states.

:class:`FigureFinder` scans a passage for numbers in digits and in words
(:attr:`Patterns.digits`, :attr:`Patterns.words`), reads each one's value, scale,
currency, percent sign or unit of measure, joins ranges (``between 25 and 100 meters``)
and attaches the qualifier printed before it (``more than``).  What it decides is decided
by the ordered steps of :mod:`newsparse_figures.steps`, walked here at each stage of
reading: which numbers are not figures (years, dates, codes, names, idioms, ratios …),
the currency and the unit.
"""

from __future__ import annotations

import re

from newsparse.lazy_regex import lazy_compile
from newsparse.model import Figure, Span

from .money import Context, MoneyRules, letters_before_words, no_context
from .numbers import digits_value, times
from .patterns import Patterns, ascii_lower
from .qualifiers import age_after_age_word, finish
from .ranges import is_range, one_scale_money, share_suffix, vote_split
from .reading import CUE_AFTER, LOOKBACK, Reading, match_before, read_below_zero, read_minus, sentence_before, word_before
from .steps import CURRENCY, FORMS, NOT_A_FIGURE, UNIT, functions
from .suffixes import SuffixReader
from .units import fill_units, plural_after

__all__ = ["FigureFinder"]

#: A price of two decimals or more at the end of a number's print: its whole digits (group 1) and its decimals
#: (group 2), ``126`` and ``05`` of ``¥126.05``.
_PRICE_DECIMALS = lazy_compile(r"(?<![\d,])(\d[\d,]*)\.(\d{2,})$")
#: A third group of digits after a hyphen: the numbers are a phone number or code, not a range.
_CODE_GOES_ON = lazy_compile(r"[-–]\d")
#: The rest of a token a rejected number belongs to (``-23`` of ``2022-23``, ``:31`` of ``17:31``).
_TOKEN_REST = lazy_compile(r"[\w.,:/'’-]*")
#: The characters other than white space that the join of a range (:attr:`Patterns.range_join`) may start with.
_JOIN_STARTS = "-–—~"
#: A fraction in halves, quarters or eighths joined to digits by a hyphen, as market reports print prices
#: (``7-3/4 cents`` is 7.75 cents; after decimals, of the last place: ``$11.08-1/2`` is 11.085): numerator
#: group 1, denominator group 2.
_MARKET_FRACTION = lazy_compile(r"-([1-7])/([248])(?![\d/])")
#: A decimal comma after whole digits: one or two digits, no group of three (``28,8`` of ``28,8 kilograms``).
_DECIMAL_COMMA = lazy_compile(r",(\d{1,2})(?![\d.,])")
#: The most whole digits a decimal comma follows: three (``2019,12 km`` is a year, a comma and a distance).
_DECIMAL_COMMA_WHOLE = 3
#: A fraction in halves, thirds, quarters, eighths or sixteenths after whole digits and one space, its numerator
#: below its denominator (``2 1/2 years`` is 2.5 years; not ``21 9/11 victims``): numerator group 1, denominator
#: group 2.
_SPACED_FRACTION = lazy_compile(r" (1[0-5]|[1-9])/(16|[2348])(?![\d/])")
#: The marks after whole digits that may start more of the number: a decimal comma (``28,8``), a fraction (``3/4¢``).
_PART_MARKS = frozenset(",/")
#: What ``a``/``an`` is worth before a unit: ``a mile``, ``half an hour``, ``a year and a half``.
_ARTICLE_VALUES = {"one": 1.0, "half": 0.5, "one_and_half": 1.5}
#: The half after the unit of ``a year and a half``.
_AND_A_HALF = lazy_compile(r"\s+and\s+an?\s+half\b")
#: The denominator of a fraction before a coin or a percentage (``3/4¢``, ``1/2 percent``; group 1): no date or score.
_SHARE_FRACTION = lazy_compile(r"/(16|[2348])(?=¢|%|[ \u00a0]?(?:cents?|percent|per cent)\b)")
#: Characters before a leading-dot decimal: ``.08``, ``(.5)``, ``~.3``.
#: The sign of a dimension after a number and its unit letter (``1.37 x 2.13m``, ``3m × 2m``): its ``m`` is metres.
_DIMENSION_AFTER = lazy_compile(r"[ \t]?[x×][ \t]?\d")
#: A number, perhaps its unit letter, and the sign of a dimension, ending where another number starts.
_DIMENSION_BEFORE = lazy_compile(r"\d[a-z]?[ \t]?[x×][ \t]?$")
#: How far before a number :data:`_DIMENSION_BEFORE` is looked for.
_DIMENSION_REACH = 6
_DOT_OPENERS = frozenset(" \t\n(~")
#: ``m`` a space after an amount of money printed with its currency: million (``AU$24.75 m``, ``€40 M``).
_MILLION_LETTERS = frozenset("mM")
_SPACED_MILLION = lazy_compile(r"(?P<scale>(?!))?(?P<half>(?!))? (?P<letter>[mM])(?![\w'’])")
#: Characters of a number glued before its unit or joined to it by a hyphen (``460ft``, ``1,000-foot``).
_MEASURE_DIGITS = "0123456789.,-"


def _token_end(text: str, pos: int) -> int:
    """Where the token that goes on at ``pos`` ends (``-23`` of ``2022-23``)."""
    rest = _TOKEN_REST.match(text, pos)
    return rest.end() if rest is not None else pos


def _figures(text: str, readings: list[Reading], shift: int) -> list[Figure]:
    """The figures of ``readings`` in ``text``, their spans moved ``shift`` characters right."""
    # positional, in the order of Figure's fields (text, span, value, kind, high, currency, unit, approx,
    # unit_canonical): a figure is made for every one found, and keywords cost a third more
    return [
        Figure(
            text[r.start : r.end],
            Span(r.start + shift, r.end + shift),
            r.value,
            r.kind,
            r.high,
            r.currency,
            r.unit,
            r.approx,
            r.canonical,
        )
        for r in readings
    ]


def _metre_lead(p: Patterns, text: str, before: tuple[int, str], start: int) -> bool:
    """The word ``before`` the number at ``start``, or the word before it and ``of`` or a qualifier, is one of table
    ``metre_leads``: its ``m`` is metres (``jumped 6.71m``, ``a leap of 8.35m``, ``stretched about 10m``)."""
    if (qualified := match_before(p.approx_before, text, start, LOOKBACK)) is not None:
        before = word_before(text, qualified[0]) or before  # "stretched about 10m": the verb before the qualifier
    word = before[1].lower()
    if word == "of":
        earlier = word_before(text, before[0])
        word = "" if earlier is None else earlier[1].lower()
    return word in p.metre_leads


def _placed_by(p: Patterns, text: str, cue: re.Match[str], start: int) -> bool:
    """The word ``cue`` after the number at ``start`` and its ``m`` is a preposition of place (table ``metre_places``)
    before no number or currency, in a sentence with no word of a price or of money before the number (tables
    ``price_words``, ``sterling_cues``): ``200m from the lagoon``, ``500m off the coast``; not ``raised 5m from
    investors``."""
    if cue.group(1).lower() not in p.metre_places:
        return False
    rest = text[cue.end() :].lstrip()
    if rest[:1].isdigit() or p.digits.match(rest):
        return False
    before = sentence_before(text, start)
    return p.price_words.isdisjoint(before) and p.sterling_cues.isdisjoint(before)


def _leading_dot(text: str, start: int, digits: str) -> bool:
    """Digits after a lone dot are a decimal with no leading zero: ``.08``, ``a .45 average``."""
    return (
        text[start - 1] == "."
        and digits.isdigit()
        and (start < 2 or text[start - 2] in _DOT_OPENERS)
    )


class FigureFinder:
    """Finds the figures of one passage of text, with spans relative to it."""

    def __init__(self, patterns: Patterns):
        self.patterns = patterns
        self.money = MoneyRules(patterns)
        self.suffixes = SuffixReader(patterns, self.money, functions(CURRENCY, "after"), functions(UNIT, "after"))
        self._currency_before = functions(CURRENCY, "before")
        self._currency_passage = functions(CURRENCY, "passage")
        #: The steps of table ``not a figure`` for each form of number, before and after what follows it is read.
        self._not_a_figure_match = {form: functions(NOT_A_FIGURE, "match", form) for form in FORMS}
        self._not_a_figure = {form: functions(NOT_A_FIGURE, "number", form) for form in FORMS}
        self._not_a_figure_later = functions(NOT_A_FIGURE, "figure")
        self._range_units = functions(UNIT, "range")
        self._figure_units = functions(UNIT, "figure")
        self._passage_units = functions(UNIT, "passage")

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
        lowered = ascii_lower(text)
        p = self.patterns
        # where a number in words may start after a space, and one in digits or in words after another mark: most
        # passages have neither, and cost these two searches alone
        hint, start = p.words_after_space.search(lowered), p.number_start.search(lowered)
        if hint is None and start is None:
            return []
        # the next number of each scan
        spaced, other = self._next_spaced(text, lowered, hint), self._next_other(text, lowered, start)
        readings = []
        # where the next number of each scan starts (past the end of the text when there is none)
        never = len(text) + 1
        spaced_at = spaced.start() if spaced is not None else never
        other_at = other.start() if other is not None else never
        while spaced_at < never or other_at < never:
            match = spaced if spaced_at < other_at else other
            assert match is not None  # the one that starts first
            first = self._read(text, match)
            if first is None:
                pos = _token_end(text, match.end())
            else:
                reading, pos = self._complete(text, first)
                if reading is not None:
                    readings.append(reading)
            # the next number of each scan, from where scanning goes on
            if spaced_at < pos:
                spaced = self._next_spaced(text, lowered, p.words_after_space.search(lowered, pos))
                spaced_at = spaced.start() if spaced is not None else never
            if other_at < pos:
                other = self._next_other(text, lowered, p.number_start.search(lowered, pos))
                other_at = other.start() if other is not None else never
        if not readings:
            return []
        fill_units(text, readings, p, self._passage_units)
        for settle in self._currency_passage:
            readings = settle(self.money, text, readings, context, currency)
        return _figures(text, readings, offset - 1)

    def _next_spaced(self, text: str, lowered: str, hint: re.Match[str] | None) -> re.Match[str] | None:
        """The first number in words after a space, from ``hint`` on: a match of :attr:`Patterns.words_after_space`
        in ``lowered`` (or None), where one may start."""
        p = self.patterns
        while hint is not None:
            if (match := p.words_at(text, hint.start())) is not None:
                return match
            hint = p.words_after_space.search(lowered, hint.start() + 1)
        return None

    def _next_other(self, text: str, lowered: str, start: re.Match[str] | None) -> re.Match[str] | None:
        """The first number in digits, or in words after a mark other than a space, from ``start`` on: a match of
        :attr:`Patterns.number_start` in ``lowered`` (or None), where one may start."""
        p = self.patterns
        while start is not None:
            at = start.start()
            # one character matched: a digit or a sign; more: the mark and the words after it
            if (match := p.digits.match(text, at) if start.end() == at + 1 else p.words_at(text, at)) is not None:
                return match
            start = p.number_start.search(lowered, at + 1)
        return None

    # -- one number ---------------------------------------------------------------

    def _read(self, text: str, match: re.Match[str], money: bool = False) -> Reading | None:
        """The figure at ``match``, or None where it is none; ``money`` when it ends a range of money (``4m`` in ``$3-4m``).

        The steps of table ``not a figure`` for its form (the name of the group that matched) are walked
        once the number is read and again once what is printed after it is: the first that answers yes drops it.
        """
        form = match.lastgroup or "digits"
        if form == "digits":
            reading = self._read_digits(text, match, money)
        elif form == "words":
            reading = self._read_words(text, match)
        elif form == "vague":
            start, end = match.span("vague")
            reading = Reading(start, end, None, None, scaled=True, number_end=end)
        else:  # one (``a mile``), half (``half an hour``), one and a half (``a year and a half``)
            start, end = match.span(form)
            end = start + len(match[form].rstrip())  # the unit read after, as after digits: "half a percentage point"
            value = _ARTICLE_VALUES[form]
            reading = Reading(start, end, value, value, singular=True, number_end=end)
        if reading is None:
            return None
        p = self.patterns
        for not_a_figure in self._not_a_figure_match[form]:
            if not_a_figure(p, text, reading, match):
                return None
        self.suffixes.read(text, reading)
        if reading.end == reading.number_end and text.startswith(" [", reading.end):
            _read_bracketed(p, text, reading)  # "£385 [million]": the editor's word, as if printed after the number
        if form == "one_and_half" and (half := _AND_A_HALF.match(text, reading.end)) is not None:
            reading.end = half.end()  # "a year and a half": the unit, then its half
        for not_a_figure in self._not_a_figure[form]:
            if not_a_figure(p, text, reading, match):
                return None
        read_minus(text, reading, p.minus_before)
        read_below_zero(text, reading)
        return reading

    def _read_digits(self, text: str, match: re.Match[str], money: bool) -> Reading | None:
        """The number in digits at ``match`` with its currency printed before it and its scale."""
        p = self.patterns
        start, end = match.start("digits"), match.end("digits")
        value = digits_value(match["digits"])
        fraction = _MARKET_FRACTION.match(text, end) if text[end : end + 1] == "-" else None
        if fraction is not None and int(fraction[1]) < int(fraction[2]):  # of the last decimal place printed
            place = 10.0 ** -len(match["digits"].partition(".")[2])
            value, end = round(value + int(fraction[1]) / int(fraction[2]) * place, 10), fraction.end()
        elif (follows := text[end : end + 2]) and (
            follows[0] in p.fraction_starts or (follows[0] == " " and follows[1:] in p.fraction_starts)
        ):  # whole digits and a fraction: 1 ½ lbs, 7½ years, 2 1/2 years
            value, end = self._whole_and_fraction(text, value, end, match["digits"])
        elif follows[:1] in _PART_MARKS:
            if follows[0] == "/" and (part := _share_fraction(text, end, match["digits"])) is not None:
                value, end = int(match["digits"]) / int(part[1]), part.end()  # a 3/4¢ sales tax, 1/2 percent
            elif follows[1:].isdigit() and (comma := _decimal_comma(p, text, end, match["digits"])):
                value, end = value + int(comma[1]) / 10 ** len(comma[1]), comma.end()  # 28,8 kilograms
        reading = Reading(match.start(), end, value, value, number_end=end)
        for currency_step in self._currency_before:
            if currency_step(self.money, text, match, reading):
                break
        if reading.currency is not None:
            reading.kind = "money"
        elif text[start - 1] == "." and _leading_dot(text, start, match["digits"]):
            reading.start = start - 1
            reading.value = reading.base = value / 10 ** len(match["digits"])
        follows = text[end : end + 1]  # most numbers are followed by a space or a mark: no scale after a mark
        scale = p.scale_after.match(text, end) if follows.isspace() or follows in p.scale_starts else None
        if scale is None and text[end + 1 : end + 2] in _MILLION_LETTERS and follows == " " and reading.currency:
            scale = _SPACED_MILLION.match(text, end)  # AU$24.75 m: money is never metres
        if scale is not None and scale["letter"] is not None and not self._letter_scales(text, reading, scale, money):
            scale = None
        if scale is not None:
            word = scale["scale"] or scale["letter"]
            factor = p.scale_words.get(word.lower()) or p.scale_letters.get(word) or p.money_scale_words[word]
            reading.end = scale.end()
            larger = p.scale_after.match(text, reading.end) if scale["half"] is None else None
            if larger is not None and larger["scale"] and p.scale_words[larger["scale"].lower()] > factor:
                factor *= p.scale_words[larger["scale"].lower()]  # 1.5 lakh crore, 2 thousand crore
                reading.end = larger.end()
            reading.value = times(value + (0.5 if scale["half"] else 0.0), factor)
            reading.scaled, reading.scale = True, factor
        return reading

    def _whole_and_fraction(self, text: str, value: float, end: int, digits: str) -> tuple[float, int]:
        """Whole ``digits`` that end at ``end`` and a fraction after them: a character of table ``vulgar_fractions``,
        against them or after a space (``7½``, ``1 ½``), or one of :data:`_SPACED_FRACTION` (``2 1/2``)."""
        if not digits.isdigit():
            return value, end  # a decimal or grouped digits take none
        at = end + 1 if text[end : end + 1] == " " else end
        part = self.patterns.vulgar_fractions.get(text[at : at + 1])
        if part is not None:
            return value + part, at + 1
        spaced = _SPACED_FRACTION.match(text, end) if at > end and text[at : at + 1].isdigit() else None
        if spaced is not None and int(spaced[1]) < int(spaced[2]):
            return round(value + int(spaced[1]) / int(spaced[2]), 10), spaced.end()
        return value, end

    def _letter_scales(self, text: str, reading: Reading, scale: re.Match[str], money: bool) -> bool:
        """A scale letter against digits is one (``3.4m``, ``10k``, ``$1.2b``) unless a unit reading is clear.

        ``k``/``m`` are read as scales except before a dimension or distance word (``a 10m-high
        wall``, ``the 100m final``; but a unit of area or volume is counted in millions: ``59.6m square feet``),
        after ``a``/``an`` before a singular noun (``a 10m wall``), or, for ``m``, alone in brackets right
        after a measure, whose conversion they are (``460ft (140m)``), on either side of a dimension's ``x``
        (``1.37 x 2.13m``, ``3m × 2m``), or after digits grouped in thousands and before no plural noun (``3,777m
        deep``; money prints millions so: ``£1,200m``, and counts before their noun: ``1,200m shares``);
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
            after = p.suffix_at(text, scale.end()) if cue.start() == scale.end() else None
            return after is not None and after["unit"] is not None  # 59.6m square feet, not a 10m square room
        if letter == "m" and not plural and cue is not None and _placed_by(p, text, cue, reading.start):
            return False  # about 200m from the lagoon: metres; not "rose to 200m from 180m"
        bracketed = text[reading.start - 1 : reading.start] == "(" and text[scale.end() : scale.end() + 1] == ")"
        if letter == "m" and bracketed and _after_a_measure(p, text, reading.start - 1):
            return False  # 460ft (140m): metres
        if letter == "m" and (_dimension(text, reading.start, scale.end()) or ("," in text[reading.start : reading.end] and not plural)):
            return False  # 1.37 x 2.13m, 3,777m below the surface: metres (millions in thousands print as £1,200m)
        before = word_before(text, reading.start)
        if letter == "m" and not plural and before is not None and _metre_lead(p, text, before, reading.start):
            return False  # jumped 6.71m, a leap of 8.35m: metres; not "a best of 5m viewers"
        return before is None or before[1].lower() not in ("a", "an") or plural

    def _read_words(self, text: str, match: re.Match[str]) -> Reading | None:
        """The number in words at ``match`` (``twenty-two``, ``a million``), or None where the words read as none."""
        p = self.patterns
        phrase = match["words"]
        parsed = p.word_numbers.read(phrase)
        if parsed is None:
            return None
        value, length = parsed
        start = match.start("words")
        used = phrase[:length].lower().split()
        scaled = not p.scale_words.keys().isdisjoint(used)  # a scale word among them
        reading = Reading(start, (end := start + length), value, value, scaled=scaled, singular=used == ["one"], number_end=end)
        if scaled and (scale := p.word_numbers.scale_words.get(used[-1])) is not None:
            # the scale word that ends it, which the first end of a range takes: two or three billion
            reading.base, reading.scale = value / scale, scale
        return letters_before_words(p, text, reading)  # Rs seven lakh

    # -- ranges, changes and qualifiers ------------------------------------------

    def _number_at(self, text: str, at: int) -> re.Match[str] | None:
        """The number that starts at ``at``, after the join of a range: digits there, words at the space or
        opening mark before them (or at an opening mark there)."""
        char = text[at : at + 1]
        if char.isalpha():
            return self.patterns.words_at(text, at - 1)
        return (self.patterns.digits.match(text, at) or self.patterns.words_at(text, at)) if char else None

    def _complete(self, text: str, first: Reading) -> tuple[Reading | None, int]:
        """The figure that starts with ``first`` (a range where one follows) and where scanning goes on."""
        p = self.patterns
        lead = second = join = None
        char = text[first.end : first.end + 1]
        if first.value is not None and (char.isspace() or (char != "" and char in _JOIN_STARTS)):
            join = p.range_join.match(text, first.end)
        if join is not None:
            at = join.end()
            again = p.prefix_again.match(text, at) if first.kind == "money" else None
            match = self._number_at(text, again.end() if again is not None else at)
            second = self._read(text, match, money=first.kind == "money") if match is not None else None
        high = None
        if join is None or second is None:
            second = None
        elif join["word"] is None and _CODE_GOES_ON.match(text, second.end):
            return None, _token_end(text, second.end)  # a phone number or code: 1-800-222-1222
        if join is not None and second is not None and (spread := _spread_high(text, first, second, join)) is not None:
            high, first.end = spread, second.end  # a dealer's quote: ¥126.05-06
        elif join is not None and second is not None and second.value is not None:
            lead = match_before(p.range_lead_before, text, first.start, LOOKBACK)
            word = join["word"] or join["tied"]
            # by 3 to 5 per cent, by 2 to 3 percentage points
            took_percent = first.bare and (second.kind == "percent" or second.canonical in p.change_units)
            took_percent = took_percent or one_scale_money(first, second)
            split = join["word"] is None and first.bare and vote_split(first, second)
            measured = not first.bare and not second.bare  # 15% – 10%: each end prints its measure, no score
            if not (second.kind == "money" and first.bare and age_after_age_word(p, text, first)):  # aged 25 to £8.72
                share_suffix(first, second, backwards=word in (None, "through", "and"))
            if is_range(text, first, second, word, lead, p, took_percent):
                high = second.value
                first.end = second.end
                for unit_step in self._range_units:
                    if unit_step(first, second):
                        break
            elif join["word"] is None and not (split or measured or _grouped(text, first, second)):  # passed 54-46%
                return None, second.end  # a score or ratio: 3-2, 50-50
        first.high = high
        anchor = lead[0] if high is not None and lead is not None else first.start
        if anchor != first.start and match_before(p.approx_before, text, first.start, LOOKBACK) is not None:
            anchor = first.start  # from about 10 to 15
        finish(text, first, anchor, p, self._figure_units)
        for not_a_figure in self._not_a_figure_later:
            if not_a_figure(p, text, first):
                return None, first.end  # the two met
        return first, first.end


def _read_bracketed(p: Patterns, text: str, reading: Reading) -> None:
    """Extend ``reading`` over a scale word or a percent word an editor set in square brackets after it, inside a
    quote, as if printed there: ``£385 [million]`` is 385 million, ``above 60 [percent]`` a percentage."""
    bracket = _BRACKETED_WORD.match(text, reading.end)
    if bracket is None or reading.value is None:
        return
    word = " " + " ".join(bracket[1].split())
    scale = p.scale_after.match(word)
    if scale is not None and scale["scale"] is not None and scale.end() == len(word) and not reading.scaled:
        factor = p.scale_words[scale["scale"].lower()]
        reading.value, reading.scaled, reading.scale, reading.end = times(reading.value, factor), True, factor, bracket.end()
        return
    after = p.suffix_at(word, 0)
    if after is not None and after["percent"] and after.end() == len(word) and reading.kind == "quantity":
        reading.kind, reading.end = "percent", bracket.end()


#: A word an editor set in square brackets after a number (group 1): ``[million]``, ``[percent]``.
_BRACKETED_WORD = lazy_compile(r" \[([A-Za-z][A-Za-z ]{0,15})\]")


def _after_a_measure(p: Patterns, text: str, bracket: int) -> bool:
    """A number and a unit of table ``measure_units`` stand right before the bracket at ``bracket``: ``460ft``,
    ``460 feet``, ``a 1,000-foot``, ``a mile``."""
    before = word_before(text, bracket)
    if before is None:
        return False
    unit = before[1].lstrip(_MEASURE_DIGITS)
    if unit == before[1]:  # 460 feet: the number is the word before
        number = word_before(text, before[0])
        if number is None or not (number[1][-1:].isdigit() or number[1].lower() in ("a", "an")):
            return False
    return unit in p.measure_units


def _spread_high(text: str, first: Reading, second: Reading, join: re.Match[str]) -> float | None:
    """The top of a dealer's quote of a price, bid and offer, whose second end prints again only the last decimals
    of the first after a hyphen (money of two decimals or more, unscaled, as many digits again): ``¥126.05-06`` is
    126.05 to 126.06, ``$1.0837-0870`` 1.0837 to 1.0870; None for any other join (``3.5-4 percent``, ``$1.5-2``,
    ``$2.50-3``) or where the offer would be below the bid (``$12.50-15``)."""
    if join.group() != "-" or first.kind != "money" or first.scaled or first.value is None:
        return None
    price = _PRICE_DECIMALS.search(text, first.start, first.number_end)
    again = text[second.start : second.end]
    if price is None or not again.isdigit() or len(again) != len(price[2]):
        return None
    high = float(f"{price[1].replace(',', '')}.{again}")
    return high if high >= first.value else None  # $12.50-15: no offer below the bid, a range of its own ends


def _grouped(text: str, first: Reading, second: Reading) -> bool:
    """Either of two numbers a dash joins is printed with a group of thousands: no score, two figures
    (``stands at 3,026,695 – 2,770,939 of whom have recovered``)."""
    return "," in text[first.start : first.end] or "," in text[second.start : second.end]


def _share_fraction(text: str, end: int, digits: str) -> re.Match[str] | None:
    """The denominator after whole ``digits`` that end at ``end`` of a fraction below one before a coin or a
    percentage: ``3/4¢``, ``1/2 percent`` (see :data:`_SHARE_FRACTION`)."""
    part = _SHARE_FRACTION.match(text, end) if digits.isdigit() else None
    return part if part is not None and int(digits) < int(part[1]) else None


def _decimal_comma(p: Patterns, text: str, end: int, digits: str) -> re.Match[str] | None:
    """A decimal comma after whole digits that a unit of measure, a percent sign or a scale word follows:
    ``28,8 kilograms``, ``1,5 km``, ``3,1%``, ``R1,56-trillion``.

    One or two digits after the comma can be no group of thousands; without a unit after them the comma
    parts two numbers (``scores of 3,5 and 7``), and so it does after a year (``in 2019,12 km``).
    """
    comma = _DECIMAL_COMMA.match(text, end) if len(digits) <= _DECIMAL_COMMA_WHOLE and digits.isdigit() else None
    if comma is None:
        return None
    after = p.suffix_at(text, comma.end())
    if after is not None and (after["unit"] or after["short"] or after["percent"]):
        return comma
    scale = p.scale_after.match(text, comma.end())
    return comma if scale is not None and scale["scale"] is not None else None


def _dimension(text: str, start: int, end: int) -> bool:
    """The number from ``start`` to its unit letter at ``end`` is a side of a dimension: an ``x`` or ``×`` and a number
    after it (``3m x 2m``) or a number and one before it (``1.37 x 2.13m``)."""
    if _DIMENSION_AFTER.match(text, end) is not None:
        return True
    return _DIMENSION_BEFORE.search(text, max(0, start - _DIMENSION_REACH), start) is not None
