"""Ranges and changes: when two numbers joined by ``to``, ``-``, ``or`` or ``and`` are one figure."""

from __future__ import annotations

import re

from newsparse.lazy_regex import lazy_compile

from .numbers import times
from .patterns import Patterns
from .reading import LOOKBACK, Reading, match_before, sentence_before, word_before

__all__ = ["is_range", "one_scale_money", "second_end_unit", "share_suffix", "vote_split"]

#: How many times the first end a level printed after ``<verb of change> X to`` is at least, for the two to be a
#: change and the level it reached (``fell 14p to 486.5p``) rather than a range (``rose 3% to 4%``).
_LEVEL_RATIO = 10

#: How many times the first percentage after ``by`` the second stays below for the two to be one range
#: (``cut by 8% to 12%``) rather than a change and the level it reached (``eased by 0.5% to 3.2%``).
_CLOSE_RATIO = 2
#: ... and for a bare first end and a measure after the second (``by 3 to 7 degrees``).
_CLOSE_MEASURE_RATIO = 3
#: How many words before ``from`` are searched for a verb of change (the verb and its object, perhaps with a
#: phrase after the noun: ``cut the share of imported gas from``, ``lifts the monthly stipend for a first-year
#: nursing student from``).
_CHANGE_WINDOW = 10
#: The words opening a clause that leaves out the verb of the clause before it (``…, and the surcharge from``).
_GAP_OPENERS = frozenset(["and", "while", "but"])
#: The most words of such a clause before its ``from``, and how many characters before ``from`` are read for both.
_GAP_WORDS = 6
_GAP_REACH = 240
#: The amount of a change printed right before ``from`` (``raised its guidance by 10 per cent from``): what
#: follows is a change, however far the verb.
_BY_AMOUNT = lazy_compile(r"\bby [\d.,]+(?: ?%| per ?cent| percent| percentage points?| points?| basis points)? *$")
#: How much of the text before ``from`` is read for that amount.
_BY_AMOUNT_CHARS = 48
#: A percentage and ``or`` right before a first end: the end restates a change in another measure (``fell 0.8
#: percent or $0.03 to $3.42``), and what follows ``to`` is the level it reached.
_PERCENT_OR = lazy_compile(r"\d(?: ?%| per ?cent| percent) or\s+$")
#: How much of the text before the first end is read for that percentage.
_PERCENT_OR_CHARS = 16
#: Nouns of a range between ``from`` and its first end: ``from an earlier range of $4.20 to $4.35`` is one range.
_RANGE_NOUNS = frozenset(["range", "band", "bracket", "spread"])
#: A whole in per cent, and how far the two shares of a split vote may add up away from it (``50.5-49.4%``).
_WHOLE = 100
_SPLIT_SLACK = 1.5
#: Marks that close a clause right after a number: no noun it counts follows.
_CLAUSE_ENDS = frozenset(".,;:)")
#: What an amount prints before its digits: a sign or letters (``$``, ``Rs ``), empty for a number in words.
_SIGN_BEFORE = lazy_compile(r"[^\d\s]{0,4}[ \u00a0]?(?=\d)|")

#: The word that opens a clause of alternatives: ``whether the fee starts at $40 or $60`` states two amounts.
_WHETHER = frozenset({"whether"})


def share_suffix(first: Reading, second: Reading, backwards: bool) -> None:
    """``5 to 6 million euros``: the first end takes the scale, currency and unit printed after the second.

    The scale only where both ends are of one kind: ``rose 5% to 12 million`` is no 5 million per cent.

    With ``backwards`` (a dash, ``through``, ``between … and``) a bare second end takes the first's
    (``$5-6``, ``between 5% and 10``); after ``to`` and ``or`` it is a figure of its own
    (``fell 0.6 per cent to 12,480``).
    """
    if first.bare:
        first.kind, first.currency = second.kind, second.currency
        first.unit, first.canonical = second.unit, second.canonical
        if second.coin is not None and first.value is not None:  # 40 to 60 cents, 20 to 30 grand
            first.coin, first.share, first.value = second.coin, second.share, times(first.value, second.share)
    elif second.bare and backwards:
        second.kind, second.currency = first.kind, first.currency
        second.unit, second.canonical = first.unit, first.canonical
    if (
        second.scaled
        and not first.scaled
        and first.kind == second.kind
        and first.value is not None
        and second.value is not None
        and second.base is not None
        and first.value < second.base
    ):
        first.value, first.scale = times(first.value, second.scale), second.scale
        first.scaled = True
    if first.kind == "money" and first.currency is None and first.coin is None:
        first.currency = second.currency  # cents keep theirs open: 90 cents to $1.04 in Suva (see money_before_coin)


def one_scale_money(first: Reading, second: Reading) -> bool:
    """``cut by 30 billion to 45 billion won``: a bare first end and money after it, both with one scale word, the
    second less than ten times the first, are a range after ``by`` (``fell by 3 billion to 40 billion won`` is a
    change and the level it reached)."""
    return (
        first.bare
        and first.scaled
        and second.scaled
        and first.scale == second.scale
        and second.kind == "money"
        and second.currency is not None
        and first.value is not None
        and second.value is not None
        and second.value < _LEVEL_RATIO * first.value
    )


def vote_split(first: Reading, second: Reading) -> bool:
    """``passed 54-46%``, ``won 66 - 34 per cent``: a bare number, a dash and a smaller percentage that add up to a
    whole (within :data:`_SPLIT_SLACK` for rounding) are the two shares of a vote, two figures (``40-60%`` is a range,
    ``3-2`` a score)."""
    return (
        second.kind == "percent"
        and first.value is not None
        and second.value is not None
        and first.value > second.value
        and abs(first.value + second.value - _WHOLE) <= _SPLIT_SLACK
    )


def second_end_unit(first: Reading, second: Reading) -> bool:
    """A range's first end takes the unit printed after the second: ``5 to 10 km``, ``between 2% and 3 percent``."""
    if first.unit is not None:
        return False
    first.unit, first.canonical = second.unit, second.canonical
    return True


def is_range(
    text: str,
    first: Reading,
    second: Reading,
    word: str | None,
    lead: tuple[int, str] | None,
    patterns: Patterns,
    took_percent: bool = False,
) -> bool:
    """Two numbers joined by ``word`` (None for a dash) are one range, not a change (``rose by 5% to 10%``),
    alternatives (``either 5 or 10``) or two figures (``5 and 10`` without ``between``).  After ``by``, a
    bare first end of a percentage or of a unit of change (``took_percent``) is a range: ``rose by 3 to 5 per
    cent``, ``by 25 to 50 basis points`` (and so is one of :func:`one_scale_money`); other bare
    ends stay a change and a level (``cut by 200 to 1,300 barrels``)."""
    lead_word = lead[1].split()[0].lower() if lead is not None else None
    if word == "and" and (lead_word != "between" or _compared(text, lead, patterns)):
        return False  # 5 and 10; the difference between 6.1% and 6.9%: two figures
    if lead_word == "by" and word == "to" and not took_percent and not _close_ends(text, first, second) and not _close_measures(
        text, first, second
    ):
        return False  # eased by 0.5% to 3.2%: a change and a level; by 3 to 5 per cent, by 8% to 12%, by 3-5 km: a range
    if word == "or" and (lead_word == "either" or _in_clause_before(_before(text, first.start), _WHETHER)):
        return False  # either 5 or 10; whether the fee starts at $40 or $60: alternatives
    if word == "or" and _printed_whole(text, first, second) and not _rough_ends(first, second):
        return False  # 128GB or 256GB, $44,470 or $45,870: two amounts, each printed whole (3 or 4 km, $20 or $50: a range)
    if word == "to" and lead is None and first.singular and text[first.start] in "aA":
        return False  # gained a cent to 73.4 cents: a change and the level it reached
    if word == "to" and lead is None and second.bare and _unit_printed(text, first):
        return False  # halved in three years to about 400: a span of time and the level reached (5 to 8 km: a range)
    if first.value is None or second.value is None or not first.value < second.value:
        return False
    if first.coin is not None and _coins_range(text, first, second, word, lead_word, patterns):
        if text[second.start] != "$":  # a bare $ is decided with the cents (see money_before_coin): $1 in Ottawa
            first.currency = second.currency  # between 90p and £1.20: the coins of that currency
        return True
    if first.kind != second.kind or first.currency != second.currency:
        return False
    if (first.coin is None) != (second.coin is None):
        return False  # rose 15 cents to $67.48: a change in coins and a level in the main unit
    if first.canonical is not None and second.canonical is not None and first.canonical != second.canonical:
        return False  # from 44 ml to 50 mg
    if first.kind == "percent" and _unit_printed(text, first) and not second.canonical:
        return False  # rose 1 percentage point to 5.75%: a change in points and a level
    if word == "to" and lead is not None and lead_word == "from":
        if patterns.in_a_time.match(text, second.end):
            return False  # from zero to 80% in 28 minutes: a change over that time
        if not _RANGE_NOUNS.isdisjoint(lead[1].lower().split()):
            return True  # cut its forecast from an earlier range of $4.20 to $4.35: the noun names a range
        return not _changed_before(text, lead[0], patterns) or _change_falls(_before(text, lead[0]), patterns)  # "fell from 3 to 5": a range
    if word == "to" and lead is None and first.coin is not None and first.number_end < first.end and _after_change_verb(text, first.start, patterns):
        return False  # fell 11 cents to 42 cents: a change in coins printed with their word and the level reached
    if word == "to" and lead is None and (paired := _second_pair(text, first.start, patterns)) is not None:
        return paired  # "by $5 to $95 and $3 to $100": read as the pair before
    if word == "to" and lead is None and second.value >= _LEVEL_RATIO * first.value > 0:
        if first.bare and not _ends_clause(text, second.end):
            return True  # cut 20 to 200 jobs: the noun after is the count of both ends
        if _PERCENT_OR.search(text[max(0, first.start - _PERCENT_OR_CHARS) : first.start]):
            return False  # fell 0.8 percent or $0.03 to $3.42: a change restated and a level
        return not _after_change_verb(text, first.start, patterns)  # fell 14p to 486.5p: a change and a level
    return True


#: A pair of numbers opened by ``from`` or ``by`` and joined by ``to``, perhaps a unit's word after it, then ``and``
#: right before a second pair: ``raised it by $5 to $95 and`` before ``$3 to $100``, ``from 85,000 to 150,000 tonnes
#: and`` before ``from 2,000 to 130,000 tonnes``.
_PAIR_BEFORE = lazy_compile(
    r"\b(from|by)\s+[^\s,;.]{0,12}\d[^\s]{0,12}\s+to\s+[^\s]{0,12}\d[^\s]{0,12}(?:\s+[a-z]{1,20})?\s+and\s+\Z", re.IGNORECASE
)
#: How much of the text before a pair is read for the pair before it.
_PAIR_CHARS = 80


def _second_pair(text: str, start: int, patterns: Patterns) -> bool | None:
    """Whether a pair of numbers joined by ``to`` with no word of its own before it, right after ``and`` and a pair
    opened by ``from`` or ``by``, is a range: read as that pair (``raised its forecasts by $5 to $95 and $3 to $100``,
    ``rose from £16,000 to £24,000 and £41,323 to £48,295 respectively``: two changes, two figures each; ``ages from
    18 to 25 and 30 to 40``: ranges); ``None`` where no such pair stands before it."""
    before = _PAIR_BEFORE.search(text[max(0, start - _PAIR_CHARS) : start])
    if before is None:
        return None
    return before[1].lower() != "by" and not _changed_before(text, max(0, start - _PAIR_CHARS) + before.start(1), patterns)


def _ends_clause(text: str, end: int) -> bool:
    """Nothing but a stop, comma, semicolon, colon or closing bracket follows ``end``: no noun is counted there
    (``employment increased 34,500 to 8,159,700.``)."""
    return end >= len(text) or text[end] in _CLAUSE_ENDS


def _after_change_verb(text: str, start: int, patterns: Patterns) -> bool:
    """A verb of change (table ``change_verbs``) stands right before the number at ``start``, perhaps before a
    qualifier or after an opening bracket: ``fell 11 cents``, ``slipped about $45,000``, ``BHP (down 48.1p``."""
    verb = _word_before_qualifier(text, start, patterns)
    return verb is not None and verb.lower().lstrip("([") in patterns.change_verbs


def _word_before_qualifier(text: str, start: int, patterns: Patterns) -> str | None:
    """The word before the number at ``start``, past a qualifier of table ``approx_before`` before it: ``slipped``
    of ``slipped about $45,000``."""
    qualifier = match_before(patterns.approx_before, text, start, LOOKBACK)
    before = word_before(text, qualifier[0] if qualifier is not None else start)
    return before[1] if before is not None else None


def _coins_range(
    text: str, first: Reading, second: Reading, word: str | None, lead_word: str | None, patterns: Patterns
) -> bool:
    """Coins and an amount in the main unit (:func:`_coins_to_amount`) are one range after ``between``, and with
    ``to`` and no lead where the second end is less than ten times the first and no verb of change comes before
    (``earnings of 86 cents to $1.12 a share``; ``rose 15 cents to $1.02``, ``from 80 cents to $1``: a change)."""
    if not _coins_to_amount(first, second, patterns):
        return False
    if lead_word == "between":
        return True
    if word != "to" or lead_word is not None or second.value >= _LEVEL_RATIO * first.value:
        return False
    verb = _word_before_qualifier(text, first.start, patterns)
    return verb is None or verb.lower() not in patterns.change_verbs


def _coins_to_amount(first: Reading, second: Reading, patterns: Patterns) -> bool:
    """Coins of no decided currency and an amount in the main unit of a currency they are the hundredth of: ``between
    80 cents and $1``, ``between 90p and £1.20`` (not cents and pounds: table ``centless_currencies``)."""
    return (
        first.kind == second.kind == "money"
        and first.coin is not None
        and first.currency is None
        and second.coin is None
        and second.currency is not None
        and (first.coin == second.currency or (first.coin == "USD" and second.currency not in patterns.own_coin_currencies))
    )


def _close_ends(text: str, first: Reading, second: Reading) -> bool:
    """``by 8% to 12%``, ``by Tk 300 to Tk 450``: two percentages, or two amounts each printed with its
    currency, joined by ``to``, the second less than :data:`_CLOSE_RATIO` times the first, are the two ends of one
    change, not a change and the level it reached (``eased by 0.5% to 3.2%``, ``rose by $5 to $60``)."""
    own_currency = first.kind == "money" and not text[first.start].isdigit()  # Tk 300 to, not 300 to Tk
    return (
        first.kind == second.kind
        and (first.kind == "percent" or own_currency)
        and first.value is not None
        and second.value is not None
        and 0 < first.value < second.value < _CLOSE_RATIO * first.value
    )


def _close_measures(text: str, first: Reading, second: Reading) -> bool:
    """``by 3 to 7 degrees Celsius``, ``by 20 to 30 cm``, ``by 10 to 15 cents``: a bare first end and a measure or
    an amount in coins joined by ``to``, the second less than :data:`_CLOSE_MEASURE_RATIO` times the first, are the
    two ends of one change (``cut by 200 to 1,300 barrels`` is a change and a level)."""
    return (
        (second.canonical is not None or second.coin is not None)
        and not _unit_printed(text, first)
        and first.value is not None
        and second.value is not None
        and 0 < first.value < second.value < _CLOSE_MEASURE_RATIO * first.value
    )


def _printed_whole(text: str, first: Reading, second: Reading) -> bool:
    """The first of two ends joined by ``or`` prints its own unit (``128GB or 256GB``), percent sign or word (``80
    per cent or 90 per cent``) or the same sign as the second (``$44,470 or $45,870``): two amounts, no range."""
    if first.canonical is not None or first.kind == "percent":
        return first.number_end < first.end and (first.unit is None or first.unit in text[first.number_end : first.end])
    if first.kind != "money":
        return False
    sign = _SIGN_BEFORE.match(text, first.start)
    return sign is not None and sign[0] != "" and text.startswith(sign[0], second.start)


#: The most significant digits of a round amount: ``20``, ``£30m``, ``5.5%``; not ``128``, ``44,470``.
_ROUND_DIGITS = 2


def _rough_ends(first: Reading, second: Reading) -> bool:
    """Two sums of money or percentages, each of at most :data:`_ROUND_DIGITS` significant digits: amounts given
    roughly, which ``or`` joins into a range (``$20 or $50 at a time``, ``£30m or £40m``, ``60 per cent or 70 per
    cent``), where precise ones (``$44,470 or $45,870``) and measures (``128GB or 256GB``) are alternatives."""
    return first.kind in _ROUGH_KINDS and _round(first) and _round(second)


#: The kinds of amount that ``or`` joins into a range when both ends are round.
_ROUGH_KINDS = frozenset(["money", "percent"])


def _round(reading: Reading) -> bool:
    """``reading``'s value has at most :data:`_ROUND_DIGITS` significant digits (``20``, ``£30m``, ``5.5%``)."""
    if reading.value is None or reading.value <= 0:
        return False
    digits = f"{reading.value:.12g}".split("e")[0].replace(".", "").strip("0")
    return len(digits) <= _ROUND_DIGITS


def _unit_printed(text: str, reading: Reading) -> bool:
    """``reading`` prints a unit of its own after its number (``three years``), not one shared from another end."""
    return reading.unit is not None and reading.unit in text[reading.number_end : reading.end]


def _compared(text: str, lead: tuple[int, str] | None, patterns: Patterns) -> bool:
    """The word before the lead ``between`` compares two amounts (table ``compared_between``): ``the gap between``."""
    words = _before(text, lead[0]).split() if lead is not None else []
    return bool(words) and words[-1].strip(",;:").lower() in patterns.compared_between


def _before(text: str, start: int) -> str:
    """The few words of ``text`` before ``start`` that a clause's word is looked for in."""
    return text[max(0, start - LOOKBACK * 3) : start]


def _changed_before(text: str, start: int, patterns: Patterns) -> bool:
    """A verb of change in the clause before ``from`` at ``start`` (``cut the levy from``), or, where a comma sets
    ``from`` apart, one earlier in its sentence with the amount of the change after it (``sales climbed by 0.9 per
    cent on a year earlier, from 4120 to 4157``; not ``prices rose in most towns, from 3 to 5 per cent``).  A verb
    of table ``range_verbs`` right before ``from`` spans a range instead (``the increases range from``).  A ``from``
    right after ``and`` and a pair before it reads as that pair (:func:`_second_pair`)."""
    before = _before(text, start)
    if (last := before.split()[-1:]) and last[0].lower() in patterns.range_verbs:
        return False
    if (paired := _second_pair(text, start, patterns)) is not None:
        return not paired  # "increased from 85,000 to 150,000 tonnes and from 2,000 to …": read as the pair before
    if _in_clause_before(before, patterns.change_verbs) or _BY_AMOUNT.search(before[-_BY_AMOUNT_CHARS:]):
        return True
    if _moved_object_before(before, patterns) or _gapped_change(text, start, patterns):
        return True
    if not text[:start].rstrip().endswith(","):
        return False
    words = sentence_before(text, start)
    verbs = [k for k, word in enumerate(words) if word in patterns.change_verbs]
    return bool(verbs) and any(char.isdigit() for word in words[verbs[-1] + 1 :] for char in word)


def _gapped_change(text: str, start: int, patterns: Patterns) -> bool:
    """A clause with no verb of its own, after a comma and ``and``, ``while`` or ``but``, whose ``from`` at ``start``
    repeats the change of the clause before it: ``Fees will rise from £250 to £350, and the surcharge from £1,035 to
    £1,200``; the verb of change stands before that clause's own ``from`` (:data:`_CHANGE_WINDOW` words at most)."""
    window = text[max(0, start - _GAP_REACH) : start]
    head, comma, gap = window[max(window.rfind(". "), window.rfind("; ")) + 1 :].rpartition(",")
    gap_words = gap.lower().split()
    if not comma or not gap_words or gap_words[0] not in _GAP_OPENERS or len(gap_words) > _GAP_WORDS:
        return False
    words = head.lower().split()
    opened = max((k for k, word in enumerate(words) if word == "from"), default=-1)
    return opened > 0 and patterns.range_verbs.isdisjoint(gap_words) and any(
        word in patterns.change_verbs for word in words[max(0, opened - _CHANGE_WINDOW) : opened]
    )


def _moved_object_before(before: str, patterns: Patterns) -> bool:
    """A verb of table ``moving_verbs`` among the last words of the clause in ``before``, its object after it opened by
    a word of table ``object_openers``: ``would take the hourly rate`` before ``from £11.44 to £12.47``."""
    words = before.lower().split()[-_CHANGE_WINDOW:]
    for k in range(len(words) - 1, -1, -1):
        if words[k][-1] in ";:.":
            return False  # the sentence or clause ends before it
        if words[k] in patterns.moving_verbs:
            return k + 1 < len(words) and words[k + 1] in patterns.object_openers
    return False


def _change_falls(before: str, patterns: Patterns) -> bool:
    """The word right before ``from`` (past an adverb in ``-ly``), whose end ``before`` is, is a verb of change that
    says the amount went down (table ``falling_verbs``): ``down from an average of``, ``has fallen sharply from``; not
    ``reduce train service from`` (the verb's object, not the amount, went down: every 20 to every 30 minutes)."""
    words = before.lower().split()[-2:]
    if len(words) == 2 and words[1].endswith("ly"):
        words = words[:1]
    return bool(words) and words[-1].strip(",;:()[]") in patterns.falling_verbs


def _in_clause_before(before: str, words: frozenset[str]) -> bool:
    """One of ``words`` is among the last words of ``before`` after its last stop, colon or semicolon: a verb of
    change (``lift its share of the market``) or ``whether``."""
    for word in reversed(before.lower().split()[-_CHANGE_WINDOW:]):
        if word.strip(",;:()[]") in words:
            return True  # "(up 44 per cent from": a word opening an aside too
        if word[-1] in ";:.":
            return False  # the sentence or clause ends before it
    return False
