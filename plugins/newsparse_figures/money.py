"""Money: the currency of an amount from the signs, codes and names around it, coins, and pounds of weight."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Protocol

from newsparse.lazy_regex import LazyPattern, lazy_compile
from newsparse.page.dates import prints_us_time

from .numbers import times
from .patterns import Patterns, context_words
from .reading import CUE_AFTER, Reading, match_before, sentence_before, word_before

__all__ = [
    "MoneyRules",
    "backtick_rupee",
    "coin",
    "compared_amount",
    "exchange_rate",
    "hyphenated_currency",
    "letters_before",
    "letters_before_words",
    "money_before_coin",
    "printed_after",
    "sign",
    "us_conversion",
]

#: What joins a code's letters and digits to more of it: ``SR-71``, ``QR2/3``.
_CODE_JOINERS = frozenset("-/")
#: Words before a small amount with letters of table ``context_prefixes`` that make it a rate or a price compared or
#: paid: ``sold at N390``, ``above R20 in Gauteng``, ``hovers between N370 and N380``, ``sold for R650``, ``cannot absorb
#: another R86``, ``compared with R15``, ``averaged R180``, or the size of a change: ``cut its price by N40``.
_RATE_LEADS = frozenset(
    ["at", "as", "from", "to", "above", "below", "over", "under", "than", "between", "for", "another", "by", "with",
     "averaged", "averaging", "averages"]
)
#: A price per unit after an amount: a slash and a short unit in lower case (``/l``, ``/kg``; not ``N95/KN95``),
#: group 1, or ``a``/``an``/``per`` and a word, group 2 (a unit of table ``one_unit_words``: ``R20 a litre``).
_PER_UNIT = lazy_compile(r"(?:(/[ \t]?[a-z]{1,3}\b)|[ \t]+(?:an?|per)[ \t]+([a-z]{1,12})s?\b)")
#: The words that open a price's unit after an amount: ``pounds a ton``, ``pounds per tonne``.
_PER_WORDS = frozenset(["a", "an", "per"])
#: Forms of ``be`` that state a price with such an amount after them: ``Potatoes are R150 for 10kg``, ``it is now
#: R36.`` (a word after the amount makes it a name's number as after a rate: ``the road is R21 north``).
_PRICE_COPULAS = frozenset(["is", "are", "was", "were", "be", "been"])
#: Words that may stand between such a lead and the amount: an approximation, a word of time or who pays (``spends
#: about R250 a week``, ``is now R36``, ``are almost R10 more``, ``costs her R90``).
_LEAD_SKIPS = frozenset(["about", "almost", "nearly", "around", "roughly", "approximately", "some", "just", "only",
                         "now", "still", "already", "typically", "usually", "currently",
                         "her", "him", "them", "us", "me", "you"])  # who pays: "costs her R90 in fares"
#: Words that may follow such a rate (``from N525 to N370``, ``R10 more a bag``); any other word makes it a name's
#: number (``N95 masks``).
_RATE_ENDS = frozenset(
    ["to", "and", "or", "per", "against", "on", "in", "at", "for", "more", "less", "today", "now", "yesterday", "tomorrow",
     "each", "every", "a", "an", "from"]  # "stay at N500 a trip", "raised it to P149 from P129"
)
#: The noun after a range of such amounts that makes it a range of prices: ``in the R100 to R120 range``.
_RANGE_NOUN = "range"
#: How far back that word is looked for (two words at most, the lead and one of :data:`_LEAD_SKIPS`), and the next
#: word after the amount.
_LEAD_REACH = 24
#: Characters that, right before a word of table ``currency_context``, make it part of a longer word.
_WORD_CHARS = frozenset("$_")
#: The scales of Indian amounts (``lakh``, ``crore``), after which a backtick before the digits is the rupee sign.
_RUPEE_SCALES = frozenset({1e5, 1e7})
#: Characters that join letters into a name, so letters after them are no currency code (``S&P 500``).
_NAME_JOINERS = frozenset("&-_/")
#: The words between a change in cents and the level it moved to: ``15 cents to $67.48``, ``18 cents at $71.06``,
#: ``9 cents, or 2.8%, to A$3.31``.
_TO_LEVEL = lazy_compile(r"(?:,[ \t]+or[ \t]+[^,\n]{1,20},)?[ \t]++(?:to|at)[ \t]++")
#: The currency a change is counted in, printed after it in its sentence: ``18 cents a kilo, in US dollar terms``
#: (group 1 a mark before the name, group 2 the name).
_IN_TERMS = lazy_compile(r"[^.\n]{0,40}?\bin[ \t]+(?:(U\.S\.|US|[A-Z][a-z]+)[ \t]+)?([a-z]+)[ \t]+terms\b")
#: What follows cents that are a share of a dollar's face value, a price of debt: ``rose 1.5 cents on the dollar``.
_ON_THE_DOLLAR = " on the dollar"
#: Cents printed in an article, which its places may settle as they settle a bare ``$`` (``187.9¢``, ``45c``,
#: ``a 50 cent rise``, ``55 cents``; not ``per cent``).
#: The checks before ``cent`` are lookbehinds after it, so that each branch opens with a character the engine tests
#: before entering it, not at every position of the article.
_DOLLAR_COINS = lazy_compile(r"¢|\dc\b|cent(?<!per cent)(?<!per-cent)(?<!\wcent)s?\b")
#: ``US`` after cents, which marks them as the US dollar's: ``traded at 73.12 cents US``.
#: What stands between an amount and the coins converting it in brackets: ``(``, ``(about ``.
_CONVERSION_OPENING = lazy_compile(r" ?\((?:about |around |roughly |some |nearly |almost )?")
_US_AFTER = lazy_compile(r"[ \t]+(?:US|U\.S\.)(?![\w$])")
#: The end of a sentence: money before it lends no currency to plain cents after it in another dollar's article.
_SENTENCE_END = lazy_compile(r"[.!?][\"'”’)]?\s")
#: A street's name after a place's (``El Nadi Street``, ``Sydney Road``): an address, which names no country.
_STREET_AFTER = lazy_compile(r" (?:Street|St\b|Road|Rd\b|Avenue|Ave\b|Lane|Drive|Boulevard|Highway)")
#: A bare ``$`` before digits: no letters of a mark before it (``HK$``, ``US$``).
_BARE_SIGN = lazy_compile(r"(?<![A-Za-z$])\$\s?\d")
#: How often a story of a foreign dollar's country names its places at least, to keep a bare ``$`` that dollar.
_OWN_PLACES_LEAST = 2
#: The US dollar, whose places an article that marks a foreign dollar (``C$``) may name.
_US = frozenset({"USD"})
#: The plain words for a pound, which is sterling unless the article names another pound.
_POUND_WORDS = frozenset(["pound", "pounds"])
#: What a rate after an amount starts with (see :attr:`Patterns.dollar_priced`): a cheap test before the pattern.
_PRICE_STARTS = (" a ", " an ", " per ", "/", " against ", " versus ")
#: Characters that may follow the currency letters before an amount: ``Sh 150``, ``Sh2.4 billion``.
_AMOUNT_STARTS = frozenset(" 0123456789\u00a0")
#: What may stand between currency letters and the digits: a space, perhaps a no-break one (``Rs\u00a0500``).
_LETTER_GAPS = " \u00a0\u202f"

#: A rate against another currency after a number: ``147.35 per dollar``, ``84.62 to the dollar``.
_PER_CURRENCY = lazy_compile(
    r"[ \t]+(?:per|to[ \t]+the|against[ \t]+the)[ \t]+(?:US[ \t]+|U\.S\.[ \t]+)?(?:dollar|euro|greenback)\b"
)
#: What stands between an amount and a number compared with it: a comma or dash, perhaps a conversion in brackets,
#: ``up``, ``down`` or a time (``in the third quarter``), then ``from`` or ``compared with`` and at most two words
#: (``down from a planned``; ``38 trillion yen – up from 37.7 trillion``).
_COMPARED = lazy_compile(
    r"[ \t,\u2013\u2014-]*(?:\([^()\n]{1,40}\)[ \t,]*)?(?:(?:up|down|in[ \t]+[^,.()\n]{1,30}?)[ \t]+)?"
    r"(?:from|compared[ \t]+(?:with|to))(?:[ \t]+[a-z]+){0,2}[ \t]+"
)
#: What stands between a bare number and the amount it is compared with after it: ``more than the`` (``over a
#: billion more than the €5.7 billion``), ``less than``, ``higher than``, ``lower than``.
#: What stands between an amount of money and a bare number compared with it: maybe its rate's unit and a place, then
#: ``compared with``, ``against`` or ``versus`` (``410 CFA francs per kilogram in Niamey, compared with 265``).
_COMPARED_BARE = lazy_compile(
    r"(?:[ \t]+(?:per|a)[ \t]+[a-z]+)?(?:[ \t]+in[ \t]+[^,.()\n]{1,30}?)?[ \t,]*"
    r"(?:compared[ \t]+(?:with|to)|against|versus|vs\.?)[ \t]+"
)
#: What joins a bare number to an amount that names the currency of both after it: a conversion in brackets, then
#: ``and`` or ``or`` (``16 billion ($238m) and 4 billion rupees``).
_JOINED_AMOUNT = lazy_compile(r"[ \t]*\([^()\n]{1,40}\)[ \t]+(?:and|or)[ \t]+")
_COMPARED_AFTER = lazy_compile(r"[ \t]+(?:more|less|higher|lower)[ \t]+than[ \t]+(?:the[ \t]+)?")
#: A conversion into US dollars printed with no sign or word of the dollar: ``US`` and the closing bracket after the
#: number of ``1.22 billion Singapore dollars (864 million US)``.
_US_CLOSE = lazy_compile(r"[ \t]+(?:US|U\.S\.)[ \t]*\)")
#: Between an amount of money and the bracket of its conversion.
_TO_BRACKET = lazy_compile(r"[ \t]*\(")
#: How far an amount and a number compared with it may be apart.
_COMPARED_REACH = 60
#: Between an exchange rate and the rate it moved from: ``147.35 per dollar from 149.10``.
_FROM = lazy_compile(r"[ \t]+from[ \t]+")
#: How far back the currency letters or code before a number are looked for.
_CODE_REACH = 8  # ``Dollars 5``
#: A dateline, matched where a paragraph opens: a place in capitals, perhaps a country, an agency in brackets, and
#: a dash or a colon, perhaps after a date (``KISUMU, Kenya (AFP) —``, ``LAGOS —``, ``KARACHI:``, ``GALLE, Nov 3
#: (AFP) -``), not a hyphen that joins a word (``A NSW-born trader``); group 1 the place and country.  Tried at each
#: line start (see :func:`_dateline`: after a line break, which the engine skips to), not at every character.
_DATELINE = lazy_compile(
    r"([A-Z][A-Z .'’]{2,30}(?:,[ \t]*[A-Z][A-Za-z .'’]{1,30})?)(?:,?[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"
    r"[ \t]*(?:\([A-Za-z .]{1,20}\)[ \t]*)?(?:[—–:]|-(?![A-Za-z]))"
)
#: A dateline in title case, where no dateline in capitals opens a line: a place of one to three words, perhaps a
#: country, and a dash (``Colombo —``, ``Nuwara Eliya, Sri Lanka –``), or a state's or province's abbreviation and
#: a dash or hyphen, spaced or not (``Prince George, B.C.-``, ``Moncton, N.B. —``); group 1 the place.
_TITLE_DATELINE = lazy_compile(
    r"([A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20}){0,2}(?:, [A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?|, [A-Z][a-z]{0,4}\.(?:[A-Z]\.)?)?)"
    r"(?:[ \t]+[—–]|(?<=\.)[ \t]?[-—–])[ \t]"
)
#: The two datelines after a line break: the lines after the first are searched for one at once, the engine
#: skipping from line break to line break (see :func:`_dateline`).
_LATER_DATELINE = lazy_compile("\n" + _DATELINE.pattern)
_LATER_TITLE_DATELINE = lazy_compile("\n" + _TITLE_DATELINE.pattern)
#: How far into an article its dateline is looked for.
_DATELINE_REACH = 1500
#: How far into a page its head (masthead, menu, title lines) is looked for, and how long the first line of prose
#: that ends it is at least.
_HEAD_REACH = 800
_PROSE_LINE = 120
#: How far back from its end a page's footer is read for the places that name the site's home.
_FOOT_REACH = 400


class Context(Protocol):
    """The currencies an article names, worked out when first asked for (see :meth:`MoneyRules.currency_context`).

    Given ``among``, only those of them: the answer is read from the prints that may name one of ``among``
    alone, which costs less (a bare ``$`` asks about the dollars only).
    """

    def __call__(self, among: frozenset[str] | None = None) -> frozenset[str]: ...


# -- the steps of table ``currency`` ------------------------------------------------


def sign(money: MoneyRules, text: str, match: re.Match[str], reading: Reading) -> bool:
    """A currency sign before the digits, perhaps with letters before it: ``$5``, ``€3.2bn``, ``US$``, ``HK $2.5``."""
    if match["cur"] is None:
        return False
    reading.currency = money.sign_currency(text, match, reading)
    return True


def letters_before(money: MoneyRules, text: str, match: re.Match[str], reading: Reading) -> bool:
    """An ISO code or currency letters right before the digits: ``USD 5 million``, ``Rs. 20``, ``RM42``."""
    p = money.patterns
    start = match.start("digits")
    end = start - 1 if text[start - 1] in _LETTER_GAPS else start  # where the letters would end
    if text[end - 2 : end] not in p.code_ends and text[end - 1 : end] not in p.code_ends:
        return False  # no currency letters end there
    code = match_before(p.code_before, text, start, _CODE_REACH)
    if code is None or money.money_after(text, match.end("digits")):
        return False  # none, or a currency follows the number: ``10 rmb 20 usd``
    if _letters_end_name(text, code[0]):
        return False
    acronym = code[1] in p.acronym_codes and end == start  # glued: "COP30", not "CAD 150"
    if (code[1] in p.prefix_words or acronym) and not _printed_as_amount(p, text, match):
        return False  # a word before a year or a bare count: ``the euro 2024 tournament``, ``the storm pounds 30 towns``, ``COP30``
    reading.start, reading.currency = code[0], p.currency_prefixes[code[1]]
    return True


def letters_before_words(p: Patterns, text: str, reading: Reading) -> Reading:
    """``reading``, a number in words, as money where currency letters stand before it and a scale ends it:
    ``Rs seven lakh``, ``Rs. two crore`` (INR); not a word of table ``prefix_words`` (``the euro two million``)."""
    code = match_before(p.code_before, text, reading.start, _CODE_REACH) if reading.scaled else None
    if code is not None and code[1] not in p.prefix_words and not _letters_end_name(text, code[0]):
        reading.start, reading.currency, reading.kind = code[0], p.currency_prefixes[code[1]], "money"
    return reading


def _converts(p: Patterns, text: str) -> bool:
    """A bare ``$`` in brackets in ``text`` converts an amount (``C$5 ($3.6)``, ``(about $2)``): one not right after a
    name that names no currency, whose price it gives in a list (``Gwalia ($2592/oz) and Plutonic ($2261/oz)``)."""
    for match in p.conversion.finditer(text):
        before = word_before(text, match.start())
        word = before[1] if before is not None else ""
        if not (word.isalpha() and word[:1].isupper() and word[1:].islower()) or word in p.dollar_nationalities or word in p.currency_context:
            return True  # no name (an amount: Rmb2.1bn ($289mn)), or one that names a currency: C$5 Canadian ($3.6)
    return False


def _letters_end_name(text: str, start: int) -> bool:
    """Currency letters starting at ``start`` end a longer name: ``S&P 500``, ``AT&T 5G``."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in _NAME_JOINERS)


def _printed_as_amount(p: Patterns, text: str, match: re.Match[str]) -> bool:
    """Digits printed as an amount after a currency word (``euro 187,500``, ``pounds 1.5m``, ``Dollars 40 million``):
    grouped in thousands, with decimals or with a scale; a bare count or a year is none."""
    digits = match["digits"]
    return "," in digits or "." in digits or p.scale_after.match(text, match.end("digits")) is not None


def backtick_rupee(money: MoneyRules, text: str, match: re.Match[str], reading: Reading) -> bool:
    """A backtick before digits that ``lakh`` or ``crore`` follows is the rupee sign: ``worth `7.8 crore``.

    Pages set in a font without ``₹`` print the sign so.
    """
    start = match.start("digits")
    if text[start - 1 : start] != "`" or reading.start != start:
        return False  # the cheap test first: almost every number has none
    p = money.patterns
    scale = p.scale_after.match(text, match.end("digits"))
    if scale is None or scale["scale"] is None or p.scale_words[scale["scale"].lower()] not in _RUPEE_SCALES:
        return False
    reading.start, reading.currency = start - 1, "INR"
    return True


def printed_after(money: MoneyRules, text: str, reading: Reading, after: re.Match[str]) -> bool:
    """A currency sign, code or name after the amount: ``100 €``, ``5bn USD``, ``42 Swiss francs`` (not pounds of weight).

    Decides even where it reads nothing: an amount already in a currency, or ``five of the dollars``.
    """
    if not (after["symbol"] or after["code"] or after["word"]):
        return False
    if reading.kind != "money" and (after["of"] is None or reading.value is None or reading.scaled):
        money.read_currency(text, reading, after)
    return True


def coin(money: MoneyRules, text: str, reading: Reading, after: re.Match[str]) -> bool:
    """Cents and pence after an amount: money in the main unit (``45 cents`` = 0.45, ``a 10-cent dividend``).

    Not a coin word capitalised before a full stop: a title (``5 Sen.``).

    So is slang worth a multiple of it (``ten grand`` = 10,000), unless it is no money (``two grand pianos``).
    """
    if reading.kind == "money" or not (after["minor"] or after["coin"] or after["named"]):
        return False
    if after["minor"] is not None and after["minor"][0].isupper() and text.startswith(".", after.end()):
        return False  # an abbreviated title: 5 Sen.
    if after["minor"] is None or not money.slang_before_noun(text, after):
        money.read_coins(reading, after)
        if us_coins(money.patterns, text, reading.start, reading.number_end):
            reading.start -= len(US_MARK)  # US65.1 cents: US dollars
            reading.coin = reading.currency = "USD"
    return True  # two grand pianos: decided, a count


def us_coins(p: Patterns, text: str, start: int, end: int) -> bool:
    """The digits from ``start`` to ``end`` count US cents, with the mark ``US`` glued before them and a word or sign of
    cents after, as Australian and New Zealand papers print them: ``bought US65.1 cents``, ``US57.3c``."""
    if text[start - 2 : start] != US_MARK or (start > 2 and (text[start - 3].isalnum() or text[start - 3] in "$.")):
        return False
    after = p.suffix_at(text, end)
    return after is not None and bool(after["minor"] or after["coin"])


#: The mark of the US dollar glued before its cents (:func:`us_coins`).
US_MARK = "US"


def hyphenated_currency(money: MoneyRules, text: str, reading: Reading, after: re.Match[str]) -> bool:
    """A currency name joined to the number by a hyphen: ``a one-yen coin``, ``a 20-dollar bill`` (not ``a 20-pound bag``)."""
    word = after["compound"]
    p = money.patterns
    if reading.kind == "money" or word is None or reading.value is None or word in p.compound_blockers:
        return False
    if word.lower() in p.context_currency_names:
        return False  # a 30-crown ticket: left to the noun after the hyphen
    code = p.currency_words.get(word)
    if code is None or money.is_weight(text, reading, word):
        return False
    reading.end = after.end()
    reading.kind, reading.currency = "money", code or None
    return True


def exchange_rate(
    money: MoneyRules, text: str, readings: list[Reading], context: Context, currency: str | None
) -> list[Reading]:
    """A bare number before ``per dollar`` or ``to the dollar`` is a price in the currency named before it.

    The currency is the one named last in its sentence, and the rate it moved from is in it too: ``the yen
    strengthened to 147.35 per dollar from 149.10`` (both JPY); so is a later bare number of the sentence that
    ``at`` or ``to`` leads to (``fell to 7.3140 per dollar and was trading at 7.3085``, ``weakened to 20.97 per
    dollar before recovering to 20.81``).
    """
    if "dollar" not in text and "euro" not in text and "greenback" not in text:
        return readings  # most passages: three fast scans, no number read
    rate: tuple[str, int] | None = None  # the currency of the last rate and where its rate phrase ends
    for reading in readings:
        if reading.kind != "quantity" or reading.unit is not None or reading.value is None:
            continue
        if rate is not None and (_FROM.fullmatch(text, rate[1], reading.start) or _rate_again(text, rate[1], reading.start)):
            reading.kind, reading.currency = "money", rate[0]
        elif text[reading.end : reading.end + 1] == " " and (per := _PER_CURRENCY.match(text, reading.end)) is not None:
            code = money.currency_named_before(text, reading.start, context)
            if code is not None:
                reading.kind, reading.currency, rate = "money", code, (code, per.end())
    return readings


def _rate_again(text: str, after: int, start: int) -> bool:
    """The number at ``start`` is the rate again, later in the sentence of the rate phrase ending at ``after``: ``at``
    or ``to`` leads to it (``… and was trading at 7.3085``) and no sentence ends between."""
    return text[start - 4 : start] in (" at ", " to ") and _SENTENCE_END.search(text, after, start) is None


def compared_amount(
    money: MoneyRules, text: str, readings: list[Reading], context: Context, currency: str | None
) -> list[Reading]:
    """A bare scaled number after ``from`` or ``compared with`` is money in the currency of the amount before it.

    The amount is the one just before it, of the same scale, perhaps before a conversion in brackets, and
    nothing but ``up``, ``down`` or a time stands between them (``while users rose from 2 million`` counts
    users): ``a deficit of CZK 230 billion (€9.1 billion), down from a planned 286 billion`` (CZK), also where
    the number took the unit of a count before (``104 votes``), but not where a noun follows it.  So is one
    compared with an amount of the same scale after it: ``over a billion more than the €5.7 billion`` (EUR).
    """
    level: Reading | None = None  # the last amount of money with a scale word, not in brackets
    last: Reading | None = None  # the last amount of money, not in brackets
    for reading in readings:
        if reading.kind == "money" and text[reading.start - 1 : reading.start] != "(":
            last = reading
        if _compared_bare(text, last, reading):
            reading.kind, reading.currency = "money", last.currency  # type: ignore[union-attr]
        elif reading.kind == "money" and reading.scaled and text[reading.start - 1 : reading.start] != "(":
            level = reading
        elif (
            level is not None
            and reading.kind == "quantity"
            and reading.scaled
            and reading.scale == level.scale
            and reading.start - level.end <= _COMPARED_REACH
            and _COMPARED.fullmatch(text, level.end, reading.start) is not None
            and not _unit_printed(text, reading)
        ):
            reading.kind, reading.currency, reading.unit, reading.canonical = "money", level.currency, None, None
    for k, number in enumerate(readings[:-1]):
        # the mirror: over a billion more than the €5.7 billion (EUR); 16 billion ($238m) and 4 billion rupees (PKR)
        if number.kind == "quantity" and number.scaled and not _unit_printed(text, number):
            amount = _same_money_after(text, number, readings[k + 1 : k + 3])
            if amount is not None:
                number.kind, number.currency, number.unit, number.canonical = "money", amount.currency, None, None
    return readings


def _same_money_after(text: str, number: Reading, following: list[Reading]) -> Reading | None:
    """The amount of money of the scale of a bare ``number`` that makes it money of its currency: compared with it
    right after (``over a billion more than the €5.7 billion``), or joined to it by ``and``/``or`` past a conversion
    in brackets, where the amount prints its currency after its digits, which names both (``16 billion ($238m) and
    4 billion rupees``; not ``3 million (a record) and 4 million euros``)."""
    first = following[0]
    if first.kind == "money" and text[first.start - 1 : first.start] == "(" and len(following) > 1:
        amount, joiner = following[1], _JOINED_AMOUNT  # past the conversion
        if not text[amount.start : amount.start + 1].isdigit():
            return None
    else:
        amount, joiner = first, _COMPARED_AFTER
    if amount.kind != "money" or not amount.scaled or amount.scale != number.scale:
        return None
    return amount if joiner.fullmatch(text, number.end, amount.start) is not None else None


def us_conversion(
    money: MoneyRules, text: str, readings: list[Reading], context: Context, currency: str | None
) -> list[Reading]:
    """A bare number alone in brackets with ``US`` after it, right after an amount of money, is that amount in US dollars.

    Wire copy prints the conversion so: ``turnover was 70.05 billion Hong Kong dollars (8.97 billion US)``,
    ``worth 1.22 billion Singapore dollars (864 million US)``; not ``(4 US)`` after a count, nor ``(8 US states)``.
    """
    if "US)" not in text and "U.S.)" not in text and "US )" not in text:
        return readings  # most passages: three fast scans
    before: Reading | None = None
    for reading in readings:
        if (
            reading.kind == "quantity"
            and before is not None
            and before.kind == "money"
            and _TO_BRACKET.fullmatch(text, before.end, reading.start) is not None
            and _US_CLOSE.match(text, reading.end) is not None
        ):
            reading.kind, reading.currency, reading.unit, reading.canonical = "money", "USD", None, None
        before = reading
    return readings


def _compared_bare(text: str, amount: Reading | None, reading: Reading) -> bool:
    """``reading``, a bare number with no scale and no unit, is compared with the ``amount`` of money just before it
    (``sells for 410 CFA francs per kilogram in Niamey, compared with 265 a year ago``): money in its currency."""
    return (
        amount is not None
        and reading.kind == "quantity"
        and not reading.scaled
        and reading.unit is None
        and 0 < reading.start - amount.end <= _COMPARED_REACH
        and _COMPARED_BARE.fullmatch(text, amount.end, reading.start) is not None
    )


def _unit_printed(text: str, reading: Reading) -> bool:
    """The unit of ``reading`` is printed after its number (``3 million shares``), not taken from a figure before it."""
    return reading.unit is not None and reading.unit in text[reading.number_end : reading.end + _COMPARED_REACH]


def money_before_coin(
    money: MoneyRules, text: str, readings: list[Reading], context: Context, currency: str | None
) -> list[Reading]:
    """Cents take the currency of the money they move to, else of the money before or after them, else their own.

    Money before them in the passage or article comes first, then the first money after them in the passage.

    ``gained 42 cents to A$44.60`` and ``up 18 cents at $71.06`` are cents of the level printed after them,
    and ``eased 9 cents, in US dollar terms`` of the currency named (:func:`_currency_in_terms`); cents ``on the
    dollar`` (a price of debt) are the article's bare dollar's (:meth:`MoneyRules.bare_dollar`);
    cents with no money around them are those of the article's bare ``$`` (``14 cents`` in a story from Suva:
    FJD, see :meth:`MoneyRules.bare_dollar`); ``€3 ... 45 cents`` are euro cents, and so are those of ``a cap
    of 12 cents ..., against €94 last month`` (no money before them); pence are sterling; a currency whose hundredth has a name of its own
    (``paise``, ``kopecks``: table ``named_cents``) has no cents, so ``Rs 2,425 ... 35 cents`` keeps the cents'
    own; coins that name no currency of their own (``centavos``) skip money in US dollars (see :func:`_not_us`).
    ``currency`` is that of the last money before the passage.
    """
    since = None  # where the money ``currency`` is of ends in this passage; None: in an earlier one
    for k, reading in enumerate(readings):
        if reading.coin is not None and reading.currency is None:
            level = _cued_currency(money, text, readings, k, context)
            if level is not None:
                reading.currency = level
            elif reading.coin == "GBP":
                reading.currency = "GBP"
            else:
                before = _not_us(readings[:k]) if reading.coin == "" and currency == "USD" else currency
                reading.currency = _coins_currency(money, text, reading, before, since, readings[k + 1 :], context)
        if reading.kind == "money" and reading.currency is not None:
            currency, since = reading.currency, reading.end
    return readings


def _cued_currency(money: MoneyRules, text: str, readings: list[Reading], k: int, context: Context) -> str | None:
    """The currency the words around the coins ``readings[k]`` name (see :func:`money_before_coin`): the level they
    moved to, in the main unit or in coins cued in turn (``rose 1.5 cents to 71 cents on the dollar``), the currency
    named ``in … terms``, ``on the dollar``, ``cents US``, or a conversion in brackets; None when none does."""
    reading = readings[k]
    level = _level_after(text, reading, readings[k + 1 : k + 3])  # past a percentage: 9 cents, or 2.8%, to
    if level is not None:
        cued = level.currency
        if cued is None and level.coin is not None:
            cued = _cued_currency(money, text, readings, readings.index(level), context)
        if cued is not None:
            return cued
    if "terms" in text:
        in_terms = _currency_in_terms(money, text, reading.end, context)
        if in_terms is not None:
            return in_terms
    if reading.coin != "USD":
        return None
    if text.startswith(_ON_THE_DOLLAR, reading.end):
        return money.bare_dollar(context)  # a bond at 72 cents on the dollar: of the dollar, not the cedi
    if _US_AFTER.match(text, reading.end) is not None:
        return "USD"  # the loonie at 73.12 cents US
    if k and _converted_in_cents(text, readings[k - 1], reading):
        return "USD"  # 21 shillings (16 cents): a conversion, as a bare $ in brackets is
    return None


def _converted_in_cents(text: str, amount: Reading, coin: Reading) -> bool:
    """``coin`` stands in brackets right after ``amount``, money in a currency other than the US dollar: a conversion
    into US cents (``21 shillings (16 cents)``, ``Rs 12 (about 14 cents)``)."""
    return (
        amount.kind == "money" and amount.currency not in (None, "USD")
        and _CONVERSION_OPENING.fullmatch(text, amount.end, coin.start) is not None
    )


def _coins_currency(
    money: MoneyRules,
    text: str,
    coins: Reading,
    before: str | None,
    since: int | None,
    following: list[Reading],
    context: Context,
) -> str | None:
    """The currency of plain ``coins`` (see :func:`money_before_coin`): of the money ``before`` them (ending at
    ``since`` in the passage), else after them in the passage, else their own.

    A currency without cents (table ``centless_currencies``; the pound's hundredth is a penny) lends them none
    (``£5.20 … 26 cents a share`` are the article's bare dollar's), and neither does money marked as the US dollar
    in an earlier sentence of an article whose bare ``$`` is a foreign dollar (``US$72 a barrel. … 25 cents a
    millilitre`` in a budget from Ottawa: CAD).
    """
    own = coins.coin or None  # centimes name no currency of their own
    if own == "USD":
        own = money.plain_cents(context, "$" in text)  # 14 cents a stage in a story from Suva: FJD
    before = before or _money_after(following)
    if before == "USD" and coins.coin == "USD" and own != "USD" and (since is None or _SENTENCE_END.search(text, since, coins.start)):
        return own
    if before is None or (before in money.patterns.own_coin_currencies and coins.share < 1):
        return own  # ten grand is a thousand of any currency: eight grand after £300 is sterling
    return before


def _currency_in_terms(money: MoneyRules, text: str, end: int, context: Context) -> str | None:
    """The currency a change ending at ``end`` is counted in, named after it: ``eased 18 cents a kilo, in US
    dollar terms`` (USD); ``in dollar terms`` is the article's bare dollar (:meth:`MoneyRules.bare_dollar`)."""
    terms = _IN_TERMS.match(text, end)
    if terms is None:
        return None
    name = " ".join(part for part in terms.group(1, 2) if part)
    if name == "dollar":
        return money.bare_dollar(context)
    return money.patterns.currency_words.get(name.lower()) or None


def _not_us(earlier: list[Reading]) -> str | None:
    """The currency of the last amount in the main unit among ``earlier`` that is not in US dollars: what coins that
    name no currency of their own take (``3.39 billion reais ($1.55 billion), or 26 centavos``: BRL), since the US
    dollar's hundredth is a cent."""
    money = (r.currency for r in reversed(earlier) if r.kind == "money" and r.coin is None and r.currency)
    return next((code for code in money if code != "USD"), None)


def _money_after(following: list[Reading]) -> str | None:
    """The currency of the first amount in the main unit among ``following``."""
    return next((r.currency for r in following if r.kind == "money" and r.coin is None and r.currency), None)


def _level_after(text: str, coin: Reading, following: list[Reading]) -> Reading | None:
    """The amount printed right after ``coin`` with ``to`` or ``at``: the level a change in cents moved to (``rose 15
    cents to $67.48``, ``rose 1.5 cents to 71 cents``)."""
    for level in following:
        if level.kind == "money" and _TO_LEVEL.fullmatch(text, coin.end, level.start):
            return level
    return None


def _placed_in_sentence(p: Patterns, text: str, start: int, name: str) -> str | None:
    """The one currency sharing ``name`` (``peso``) whose places (or words of table ``currency_context``) the clause
    names before the amount at ``start``, not by a weak word of table ``nationality_places`` (``…, while Mexico lifted
    its levy to 3.08 pesos`` in a story from Manila: MXN); else None."""
    currencies = p.shared_names.get(name)
    if not currencies:
        return None
    window = text[max(0, start - _SENTENCE_REACH) : start]
    window = window[max(map(window.rfind, _CLAUSE_BREAKS)) + 1 :]
    named = {p.currency_context[" ".join(match.group(1).split())] for match in _word_starts(context_words(p, window), window)}
    found = (_currencies_of_places(p, window, currencies) | named) & currencies
    return next(iter(found)) if len(found) == 1 else None


#: How far before an amount the clause naming its place is read, in characters, and what ends a clause.
_SENTENCE_REACH = 160
_CLAUSE_BREAKS = (". ", "? ", "; ", ", ", " while ", " whereas ", " but ")


def _currencies_of_places(p: Patterns, text: str, currencies: frozenset[str]) -> set[str]:
    """Those of ``currencies`` whose places ``text`` names (table ``currency_places``)."""
    return {p.currency_places[name] for name in _places_named(p, text, currencies) if name not in p.nationality_places}


def _place_matches(p: Patterns, text: str, currencies: frozenset[str]) -> Iterator[re.Match[str]]:
    """Where ``text`` names the places of ``currencies``, in order (table ``currency_places``); not the street of an
    address (``7 El Nadi Street``), nor a place listed among others (:func:`_listed_among_others`)."""
    for match in _word_starts(p.place_of(currencies).finditer(text), text):
        if _STREET_AFTER.match(text, match.end()) is None and not _listed_among_others(p, text, match):
            yield match


#: A list's next item after a place: a comma, ``and`` or ``or``, then capitalised words.
_ITEM_AFTER = lazy_compile(r"(?:,? (?:and|or) |, )([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*)")
#: A list's item before a place, written backwards: capitalised words, then a comma, ``and`` or ``or``.
_ITEM_BEFORE = lazy_compile(r"(?: ,| dna ,?| ro ,?)([\w’'.-]*[A-Z](?: [\w’'.-]*[A-Z])*)(?![\w’'.-])")
#: How far before a place a list's item is looked for, in characters.
_ITEM_REACH = 48


def _listed_among_others(p: Patterns, text: str, match: re.Match[str]) -> bool:
    """The place ``match`` names is one item of a list of four or more (``has yet to open in New Zealand, Poland, Turkey
    and Japan``), or of three where another is a place of another currency (``Canada, Mexico and Australia``): named
    in passing, it tells no currency (``Auckland, Christchurch and Wellington`` still do)."""
    others: list[str] = []
    pos = match.end()
    while len(others) < _LIST_OTHERS and (after := _ITEM_AFTER.match(text, pos)) is not None:
        others.append(after[1])
        pos = after.end()
    pos = match.start()
    while len(others) < _LIST_OTHERS and (before := match_before(_ITEM_BEFORE, text, pos, _ITEM_REACH)) is not None:
        others.append(before[1])
        pos = before[0]
    if len(others) == _LIST_OTHERS:
        return True
    currency = p.currency_places.get(" ".join(match.group(1).split()))
    return len(others) == _LIST_OTHERS - 1 and any(p.currency_places.get(item, currency) != currency for item in others)


#: A list of a place and this many other items names it in passing.
_LIST_OTHERS = 3


def _places_named(p: Patterns, text: str, currencies: frozenset[str]) -> Iterator[str]:
    """The places of ``currencies`` that ``text`` names, in order (:func:`_place_matches`)."""
    for match in _place_matches(p, text, currencies):
        yield " ".join(match.group(1).split())


def _settles_bare(p: Patterns, text: str, currency: str) -> bool:
    """The places of ``currency``, a foreign dollar, may make the article's bare ``$`` theirs where it marks another
    dollar apart or converts a currency into it: they are named in two paragraphs or more, or in the paragraph of a
    bare amount and near it (``Ontario investors lost $19 million … HK$41 million``); never a country named once in
    passing (``Australia’s benchmark eased`` in a Hong Kong markets report printing ``HK$3.42`` and ``$850 million``)."""
    places = [match.start() for match in _place_matches(p, text, frozenset({currency}))]
    if places and text.find("\n", places[0], places[-1]) >= 0:
        return True
    amounts = [match.start() for match in _BARE_SIGN.finditer(text)]
    for at in places:
        n = bisect.bisect(amounts, at)
        for amount in amounts[max(0, n - 1) : n + 1]:  # the nearest bare amounts before and after the place
            low, high = min(at, amount), max(at, amount)
            if high - low <= _PLACE_REACH and text.find("\n", low, high) < 0:
                return True
    return False


def _passing(p: Patterns, text: str, dollars: frozenset[str]) -> bool:
    """The places of one foreign dollar alone are named, and only in passing (:func:`_settles_bare`): a conversion's
    bare ``$`` is no dollar of theirs (``¥3.8 billion (about $26 million)`` beside ``the University of Otago``)."""
    places = _main_places(p, text, dollars)
    return len(places) == 1 and "USD" not in places and not _settles_bare(p, text, next(iter(places)))


#: How near a bare amount a foreign dollar's place named once stands to make it that dollar, in characters.
_PLACE_REACH = 120


def _main_places(p: Patterns, text: str, currencies: frozenset[str]) -> set[str]:
    """Those of ``currencies`` whose places ``text`` names, or the one whose places it names most where they make
    the story's country: three times at least, and twice as often as all the others together (``Pakistan`` twice
    and ``Islamabad`` beside one ``India`` make ``rupees`` PKR), or named most (three times at least) and first (``Invercargill City
    Council … flights to Sydney and Brisbane … Invercargill``: NZD).  Words that name a dollar's country weakly count
    where the article prints those of that dollar twice at least (table ``nationality_places``: ``the Australian
    government`` … ``Australian workers``, ``an Australian miner`` … ``its Melbourne office``)."""
    names = list(_places_named(p, text, currencies))
    weak = Counter(p.nationality_places[name] for name in names if name in p.nationality_places)
    counts = Counter(
        p.currency_places[name] for name in names if name not in p.nationality_places or weak[p.currency_places[name]] > 1
    )
    if len(counts) > 1:
        (top, times_named), (_, second) = counts.most_common(2)
        others = counts.total() - times_named
        if times_named >= _MAIN_PLACE_LEAST and times_named >= _MAIN_PLACE_SHARE * others:
            return {top}
        first = next(p.currency_places[name] for name in names if p.currency_places[name] in counts)
        if times_named >= _MAIN_PLACE_LEAST and times_named > second and first == top:
            return {top}  # named most and first: the story's place ("Invercargill … to Sydney and Brisbane")
    return set(counts)


#: How often the places of the story's country are named at least, and how many times as often as the others'.
_MAIN_PLACE_LEAST = 3
_MAIN_PLACE_SHARE = 2


#: How far before a bracket the amount it converts is looked for (``$31.2 billion Canadian shortfall ``).
_CONVERTED_REACH = 64


def _settle_by_places(
    p: Patterns, text: str, undecided: set[frozenset[str]], named: set[str], head: Callable[[], str]
) -> None:
    """Add to ``named`` the one currency of each group ``undecided`` whose places ``text`` names, else the head of its
    page (see :meth:`MoneyRules.currency_context`)."""
    for currencies in undecided:
        # the story's country decides by count: named three times and twice as often as all others together
        found = _main_places(p, text, currencies) if currencies else set()
        if not found and currencies:
            found = _currencies_of_places(p, head(), currencies)  # the outlet's home: a Suva masthead
        if len(found) > 1 and len(marked := found & named - {"USD"}) == 1:
            found = marked  # A$ and Adelaide beside an Auckland named in passing: AUD
        if len(found) == 1:
            named |= found - {"USD"}
            if found & p.dollar_currencies:
                named.discard("USD")  # US$68 … $9.47 a litre in Port of Spain: the bare $ is the local dollar


def _settle_named_by_places(p: Patterns, text: str, undecided: set[frozenset[str]], named: set[str]) -> None:
    """Keep in ``named`` the one currency of a group ``undecided`` whose places make the story's country, where the
    article names several of the group (``Kampala`` three times and ``Uganda`` twice beside a ``Kenyan`` border:
    ``Shs`` is UGX; see :func:`_main_places`)."""
    for currencies in undecided:
        both = frozenset(named & currencies)
        if len(both) > 1 and len(main := _main_places(p, text, both)) == 1:
            named -= both - main


def _dollars_open(p: Patterns, text: str, named: set[str], undecided: set[frozenset[str]], head: Callable[[], str]) -> bool:
    """Read which dollar a bare ``$`` is, for :meth:`MoneyRules.currency_context`: add to ``named`` the one the
    article's marks decide, or the dollars to ``undecided`` where its places decide; True where a marked US dollar
    converts a bare amount (:func:`_bare_dollar_marks`)."""
    dollars = p.dollar_currencies | _US
    if local := _bare_dollar_marks(p, text):  # $12 billion (US$8.8 billion), even in wire copy
        undecided.add(dollars)
    elif (home := _home_of_marked(p, text, named, dollars)) is not None:
        named.difference_update(dollars)
        named.add(home)  # A$3.96, HK$96 million ($20.4m) and US59.4c in a story from New Zealand: the bare $ is NZD
    elif "(" in text and _converts(p, text):
        if _local_dollar(p, text, named) and not any(_marked(p, text, code) for code in named & p.dollar_currencies) and not _passing(p, text, dollars):
            undecided.add(dollars)  # £4.2 million (about $8.1 million) in a Halifax paper: its own dollar
        elif (home := _story_dollar(p, text, named, dollars) or _dateline_dollar(p, text, dollars)) is not None and "USD" not in named:
            named.difference_update(dollars)
            named.add(home)  # HK$3.1 million ($600,000) in a Sydney court story, or datelined SINGAPORE -: its own dollar
        else:
            named.add("USD")
    elif len(named & p.dollar_currencies) == 1 and "USD" not in named and (_currencies_of_places(p, text, _US) or prints_us_time(head())):
        named.add("USD")  # C$29 billion beside US buyers, or on a page dated in ET: the mark sets it apart from a bare $
    elif _local_dollar(p, text, named):
        undecided.add(dollars)
    elif (home := _story_dollar(p, text, named, dollars)) is not None:
        named.difference_update(dollars)
        named.add(home)  # HK$41 in a Vancouver story, or US$6.6 billion beside Canadian dollars in a Calgary one
    elif _marked_apart(p, text, named):  # HK$2.3 million, about $295,000: the bare $ is the story's own dollar
        home = _main_places(p, text, dollars - named)  # A$240 in a story from Auckland: NZD; from Poland: USD
        settled = len(home) == 1 and _settles_bare(p, text, next(iter(home)))
        if not home:  # the body names no place of another dollar: its dateline's (SINGAPORE -), else the masthead's
            dateline = _dateline_dollar(p, text, dollars - named)  # (``Regional news from around Aotearoa``)
            home = {dateline} if dateline is not None else _main_places(p, head(), dollars - named)
            settled = len(home) == 1
        named.difference_update(dollars)
        named.add(next(iter(home)) if settled else "USD")
    return local


def _home_of_marked(p: Patterns, text: str, named: set[str], dollars: frozenset[str]) -> str | None:
    """The dollar of the story's country (:func:`_main_places`, not the United States) where the article marks every
    dollar it names by its sign or letters, two or more of them, none that one (``A$3.96``, ``HK$96 million``,
    ``US59.4c`` in a story from New Zealand), or that one too beside the US dollar (``NZ$210 million``,
    ``US$112 million``): the marks set them apart from its own bare ``$``.  Wire copy (table
    ``wire_agencies``) is left alone."""
    printed = named & dollars
    if len(printed) < 2 or p.wire.search(text, 0, _DATELINE_REACH) is not None:
        return None
    places = _main_places(p, text, dollars)
    if len(places) != 1 or (home := next(iter(places))) == "USD":
        return None
    if home in named and "USD" not in named and not _marked_in_contrast(p, text, home, dollars):
        return None  # its own dollar marked too: the bare ``$`` is its own where the US dollar is marked apart
    return home if all(_marked(p, text, code) for code in printed) else None


def _marked_apart(p: Patterns, text: str, named: set[str]) -> bool:
    """The article marks its one foreign dollar by its sign (``HK$38m``) beside a bare ``$`` and is no story of that
    dollar's country (whose places it names twice at least, and most: ``Ottawa … C$12 billion … Toronto``): the mark
    sets that dollar apart from the bare ``$``, the dollar of the places of another dollar's country it names, else
    the US dollar's."""
    (foreign, *more) = named & p.dollar_currencies or (None,)
    if foreign is None or more or "USD" in named or not _BARE_SIGN.search(text) or not _marks_an_amount(p, text, foreign):
        return False
    own = sum(1 for _ in _places_named(p, text, frozenset({foreign})))
    return own < _OWN_PLACES_LEAST or _main_places(p, text, p.place_currencies) != {foreign}


def _local_dollar(p: Patterns, text: str, named: set[str]) -> bool:
    """An article whose places may decide a bare ``$``: it prints one (or ``dollar``, ``bucks``, or cents: ``55 cents``,
    ``a 50 cent rise``, ``187.9¢``; not ``per cent``), names no
    foreign dollar, or one beside a US dollar it marks apart (``A$285,000`` and ``US$3,410`` in a story from
    Adelaide), and is no wire copy (``(Reuters)``, table ``wire_agencies``)."""
    foreign = named & p.dollar_currencies
    return (
        ("$" in text or "dollar" in text or "buck" in text or _DOLLAR_COINS.search(text) is not None)
        and (not foreign or (len(foreign) == 1 and "USD" in named))
        and p.wire.search(text, 0, _DATELINE_REACH) is None
    )


def _story_dollar(p: Patterns, text: str, named: set[str], dollars: frozenset[str]) -> str | None:
    """The dollar of the story's country (:func:`_main_places`, not the United States) where the article names one
    foreign dollar and marks the other dollar it names apart from its bare ``$``: a foreign dollar printed with its
    sign whose own places it does not name (``HK$41`` in a story whose places are Vancouver's: CAD), or the US dollar
    by its mark beside its own dollar named only in words (``US$6.6 billion`` … ``$9 billion in Canadian dollars`` in
    a Calgary story: CAD).  The wire copy of an agency (table ``wire_agencies``) is left alone."""
    (foreign, *more) = named & p.dollar_currencies or (None,)
    if foreign is None or more or p.wire.search(text, 0, _DATELINE_REACH) is not None:
        return None
    places = _main_places(p, text, dollars)
    if len(places) != 1 or (home := next(iter(places))) == "USD" or not _settles_bare(p, text, home):
        return None
    if "USD" not in named:
        return home if home != foreign and _marked(p, text, foreign) and not _currencies_of_places(p, text, frozenset({foreign})) else None
    return home if home == foreign and not _marked(p, text, foreign) else None


def _dateline_dollar(p: Patterns, text: str, dollars: frozenset[str]) -> str | None:
    """The one foreign dollar the article's dateline names (:func:`_dateline_currencies`: ``SINGAPORE -``), where the
    article marks it nowhere by its sign or letters and no wire agency datelines it: a bare ``$`` converting another
    currency is that dollar (``Rs 2,000 crore (about $310 million)`` in a story from Singapore)."""
    place = _dateline_place(text)
    home = _dateline_currencies(p, place) & dollars - _US if place is not None else set()
    if len(home) != 1 or p.wire.search(text, 0, _DATELINE_REACH) is not None:
        return None
    (code,) = home
    return None if _marked(p, text, code) else code


def _marked(p: Patterns, text: str, currency: str) -> bool:
    """``text`` prints ``currency`` by its sign or letters (``HK$``, ``CAD``), not only by name (``Canadian dollars``)."""
    return any(name in text for name, code in p.currency_context.items() if code == currency and not name.endswith("dollars"))


def _marked_in_contrast(p: Patterns, text: str, currency: str, dollars: frozenset[str]) -> bool:
    """Every mark of ``currency`` by its sign or letters stands in a sentence that marks another of ``dollars`` too:
    set against it, not apart from the bare ``$`` (``relocation grants of up to NZ$10,000, while Western Australia
    lifted its own to A$15,000`` in a story from Sydney)."""
    marks = [name for name, code in p.currency_context.items() if code == currency and not name.endswith("dollars")]
    others = [name for name, code in p.currency_context.items() if code in dollars and code != currency and not name.endswith("dollars")]
    found = False
    for name in marks:
        at = text.find(name)
        while at >= 0:
            if not text[at - 1 : at].isalpha():  # not the ``A$`` of ``CA$``
                start, end = text.rfind(". ", 0, at) + 1, text.find(". ", at)
                sentence = text[start : end if end >= 0 else len(text)]
                if not any(other in sentence for other in others):
                    return False
                found = True
            at = text.find(name, at + 1)
    return found


def _marks_an_amount(p: Patterns, text: str, currency: str) -> bool:
    """``text`` prints an amount in ``currency`` by its sign or letters (``HK$38m``, ``CAD 40``), not only the mark
    (``The A$ slid``) or the name (``Canadian dollars``)."""
    for name, code in p.currency_context.items():
        if code != currency or name.endswith("dollars"):
            continue
        at = text.find(name)
        while at >= 0:
            if text[at + len(name) : at + len(name) + 2].lstrip()[:1].isdigit():
                return True
            at = text.find(name, at + 1)
    return False


def _plain_pound(p: Patterns, text: str, reading: Reading) -> bool:
    """The amount ``reading`` ends in a plain ``pound``/``pounds``, no country's adjective before it (``20 pounds``)."""
    words = text[reading.start : reading.end].split()
    return len(words) > 1 and words[-1].lower() in _POUND_WORDS and f"{words[-2]} pound" not in p.currency_words


def _weighed_pound(p: Patterns, text: str, reading: Reading) -> bool:
    """A plain ``pounds`` in an article that marks no pound (no ``£``, ``sterling``, ``Egyptian pounds``) weighs: one
    amount in digits or number words (not ``a pound``), neither scaled nor before a conversion in brackets (``500
    pounds ($630)``), ``of`` or a rate's ``a``/``per`` (``40 pounds a week``), in a sentence with no word of a price or
    of other money before it (tables ``price_words``, ``sterling_cues``: ``fined 500 pounds``)."""
    if reading.scaled or reading.value is None or text.startswith(_ARTICLES, reading.start) or _CONVERSION_AFTER.match(text, reading.end):
        return False  # not "Fares rose by a pound"
    follower = CUE_AFTER.match(text, reading.end)
    if follower is not None and follower.group(1).lower() in _UNWEIGHED_AFTER:
        return False
    before = sentence_before(text, reading.start)
    return p.price_words.isdisjoint(before) and p.sterling_cues.isdisjoint(before)


def _as_weight(text: str, reading: Reading) -> None:
    """Make the money ``reading`` ending in ``pound``/``pounds`` a weight in pounds."""
    reading.kind, reading.currency = "quantity", None
    reading.unit, reading.canonical = text[reading.start : reading.end].split()[-1], "pounds"


#: Words after ``pounds`` that leave it sterling where no pound is marked: ``of`` and a rate's (``40 pounds a week``).
_UNWEIGHED_AFTER = _PER_WORDS | {"of"}
#: ``a`` or ``an`` opening an amount: ``a pound``.
_ARTICLES = ("a ", "an ", "A ", "An ")
#: A conversion in brackets right after an amount: `` ($630)``, ``(US$1.2m)``, ``(€50)``.
_CONVERSION_AFTER = lazy_compile(r"[ \t]?\((?:[A-Z]{1,3}[ \t]?)?[$€¥£]")


def _other_pound(context: frozenset[str]) -> str | None:
    """The one pound other than sterling that ``context`` names, where it does not name sterling too."""
    (other, *more) = context - {"GBP"} or (None,)
    return other if other is not None and not more and "GBP" not in context else None


def _local_by_nationality(p: Patterns, text: str, named: set[str]) -> None:
    """Settle the bare ``$`` of an article whose marked US dollar converts it: the one foreign dollar ``named``, else
    the one whose nationality the article names (``The Canadian miner will pay $2 billion (US$1.5 billion)``: CAD);
    the mark ``US$`` sets the US dollar apart from it."""
    if not named & p.dollar_currencies:
        nationalities = {p.dollar_nationalities[" ".join(m[1].split())] for m in p.nationality_word.finditer(text)}
        named |= nationalities if len(nationalities) == 1 else set()
    if len(named & p.dollar_currencies) == 1:
        named.discard("USD")


def _nationality_after(p: Patterns, text: str, reading: Reading) -> str | None:
    """The dollar whose nationality is printed right after the amount ``reading``: ``$400 million Canadian,`` is CAD
    (see :attr:`Patterns.dollar_nationality`; not ``a $5 million Canadian company``)."""
    after = p.dollar_nationality.match(text, reading.end) if text[reading.end : reading.end + 1] == " " else None
    return p.dollar_nationalities[" ".join(after[1].split())] if after is not None else None


def _bare_dollar_marks(p: Patterns, text: str) -> bool:
    """A marked US dollar converts a bare ``$`` amount in ``text``, or is converted into one (``$10 billion Canadian
    (US$8.8 billion)``, ``$US10 billion ($14 billion)``): the bare ``$`` is then the dollar of the article's place,
    even in wire copy."""
    return "$" in text and "(" in text and _us_conversion(p, text)


def _us_conversion(p: Patterns, text: str) -> bool:
    """``text`` prints a bare ``$`` amount converted into US dollars by a mark (``$12 billion Canadian (US$8.8
    billion)``), or one so marked converted into a bare ``$`` amount (``$US11.42 billion ($15.6 billion)``, ``US$5
    (about $7)``)."""
    for bracket in p.converted_bracket.finditer(text):
        start = bracket.start()
        before = text[max(0, start - _CONVERTED_REACH) : start]
        if (p.bare_before if bracket["us"] else p.marked_before).search(before) is not None:
            return True
    return False


def _us_priced(p: Patterns, text: str, reading: Reading) -> bool:
    """A price of a good traded in US dollars the world over: ``$83 a barrel`` (see :attr:`Patterns.dollar_priced`)."""
    return text.startswith(_PRICE_STARTS, reading.end) and p.dollar_priced.match(text, reading.end) is not None


def _printed_prefixes(text: str, prefixes: dict[str, str]) -> set[str]:
    """The shared names that letters of table ``shared_prefixes`` stand for where they open an amount (``Rs. 20``)."""
    names: set[str] = set()
    for letters, name in prefixes.items():
        at = text.find(letters)
        while at >= 0 and name not in names:
            follows = text[at + len(letters) : at + len(letters) + 2].lstrip(" \u00a0")[:1]
            if follows.isdigit() and not text[at - 1 : at].isalpha():
                names.add(name)
            at = text.find(letters, at + 1)
    return names


def _count_of(text: str, reading: Reading, named: Reading) -> None:
    """Make ``reading`` a count of the name that ends ``named``: ``20 crowns`` in an article naming no currency of crowns."""
    reading.kind, reading.unit = "quantity", text[named.start : named.end].split()[-1]


def _dateline(text: str, first: LazyPattern = _DATELINE, later: LazyPattern = _LATER_DATELINE) -> re.Match[str] | None:
    """The first dateline (:data:`_DATELINE`, or ``first``) at the start of a line of ``text`` within
    ``_DATELINE_REACH``: on its first line, else the first that ``later`` (``first`` after a line break) finds."""
    return first.match(text, 0, _DATELINE_REACH) or later.search(text, 0, _DATELINE_REACH)


def _dateline_place(text: str) -> str | None:
    """The place of the article's dateline (see :func:`_dateline`) as printed and in title case, as tables write
    places (``KISUMU, Kisumu``); a dateline in title case where none in capitals opens a line (``Colombo —``)."""
    dateline = _dateline(text) or _dateline(text, _TITLE_DATELINE, _LATER_TITLE_DATELINE)
    return None if dateline is None else f"{dateline.group(1)}, {dateline.group(1).title()}"


def _dateline_currencies(p: Patterns, place: str) -> set[str]:
    """The currencies the dateline ``place`` of an article (:func:`_dateline_place`) names by its place or country
    (``NAIROBI, Kenya —``; where no dateline in capitals opens a line, one in title case: ``Colombo —``), or by a
    place of table ``dateline_places`` (``SINGAPORE -``)."""
    places = p.place_of(frozenset(p.currency_places.values())).finditer(place)
    own = {code for name, code in p.dateline_places.items() if name in place}  # SINGAPORE -
    return _dateline_named(p, place) | own | {p.currency_places[" ".join(match.group(1).split())] for match in places}


def _dateline_named(p: Patterns, place: str) -> set[str]:
    """The currencies the words of table ``currency_context`` in a dateline's ``place`` name (``ABUJA``: NGN)."""
    return {p.currency_context[" ".join(match.group(1).split())] for match in context_words(p, place)}


def _word_starts(matches: Iterator[re.Match[str]], text: str) -> Iterator[re.Match[str]]:
    """Those of ``matches`` in ``text`` that start a word (``US`` but not ``BUS``, ``C$`` but not ``$C$``)."""
    for match in matches:
        if not match.start() or not (text[match.start() - 1].isalnum() or text[match.start() - 1] in _WORD_CHARS):
            yield match


def _context_prefix(p: Patterns, text: str, start: int) -> str | None:
    """The longest letters of table ``context_prefixes`` at ``start`` (``RO142``, not ``R``), if any."""
    if text[start : start + 1] not in p.context_prefix_starts:
        return None  # most amounts: $5
    printed = (key for key in p.context_prefixes if text.startswith(key, start))
    return max(printed, key=len, default=None)


def _amount_like(p: Patterns, text: str, reading: Reading, prefix: str) -> bool:
    """Digits that read as an amount, not a name's number: after two capitals (``BD137``, ``KD50``; not before a hyphen
    or slash, ``SR-71``), scaled, 1,000 or more, a price in cents (``41.35``),
    a price per unit (``R20 a litre``, ``R20/l``; :data:`_PER_UNIT`), or a rate or price quoted after ``at``, ``as``,
    ``from``, ``to``, ``between``, ``for``, ``another``, a comparison, a form of ``be`` or a word of table ``price_words`` (perhaps an
    approximation between: ``spends about R250``) and before no word but a few (``sold at N390.``, ``from as high
    as N525 to as low as N370``, ``above R20 in Gauteng``, ``paid R139 for a pack``, ``It now costs R179.``,
    ``Potatoes are R150 for 10kg``; not ``N95 masks``, ``bought N95 masks``), or a range of them before ``range``
    (``the R100 to R120 range``)."""
    if text[reading.end : reading.end + 1] == "," and text[reading.end + 1 : reading.end + 2].isdigit():
        return False  # R57,50: digits cut before a decimal comma, whose value is not read
    large = reading.scaled or (reading.value is not None and reading.value >= 1000)
    if large or text[reading.number_end - 3 : reading.number_end - 2] == ".":
        return True
    if len(prefix) > 1 and prefix.isupper() and text[reading.end : reading.end + 1] not in _CODE_JOINERS:
        return True  # BD137 per trip, KD50: two capitals name a currency, as no road's or mask's letter does
    if (per := _PER_UNIT.match(text, reading.end)) is not None and (
        per.group(1) or per.group(2) in p.one_unit_words or f"{per.group(2)}s" in p.duration_units
    ):
        return True  # R20 a litre, R250 a week
    before = _words_before(text, reading.start)
    lead = before[-1] if before else ""
    if (lead in _LEAD_SKIPS or (lead == "of" and before[0] in p.price_words)) and len(before) > 1:
        lead = before[0]  # spends about R250; the old price of N925
    after = text[reading.end : reading.end + _LEAD_REACH].split()
    if after and after[0].rstrip(".,;:") == _RANGE_NOUN and _paired(text, reading, prefix):
        return True  # the R100 to R120 range
    leads = lead in _RATE_LEADS or lead in _PRICE_COPULAS or lead in p.price_words
    return leads and (not after or not after[0][:1].isalpha() or after[0].rstrip(".,;:") in _RATE_ENDS)


def _words_before(text: str, start: int) -> list[str]:
    """The last two whole words before ``start`` within :data:`_LEAD_REACH`, in lower case."""
    window = text[max(0, start - _LEAD_REACH) : start]
    words = window.lower().split()
    if start > _LEAD_REACH and window[:1].strip() and not text[start - _LEAD_REACH - 1].isspace():
        words = words[1:]  # a word cut by the window
    return words[-2:]


def _paired(text: str, reading: Reading, prefix: str) -> bool:
    """The amount is a range whose second end the same letters print after ``to`` (``the R100 to R120 range``)."""
    printed = text[reading.start : reading.end]
    return reading.high is not None and f" to {prefix}" in printed


def page_head(text: str) -> str:
    """The lines that open the page ``text`` before its first line of prose: the masthead, menu and title lines
    (``THE SUVA COURIER`` / ``Fiji's Daily Paper`` / ``News | Sport``), which name the outlet's home; a line in
    capitals is given in title case too (``The Suva Courier``), as places are written."""
    lines: list[str] = []
    for line in text[:_HEAD_REACH].split("\n"):
        if len(line) >= _PROSE_LINE:
            break
        lines.append(line)
    return "\n".join([*lines, *(line.title() for line in lines if line.isupper())])


def page_foot(text: str) -> str:
    """The last lines of the page ``text``, its footer: the site's own notes, which name its home (``ANB acknowledges
    … Torres Strait Islander peoples``, ``Registered in England and Wales``, a street address)."""
    return text[-_FOOT_REACH:]


def no_context(among: frozenset[str] | None = None) -> frozenset[str]:
    """The context of a passage read on its own: no currency named."""
    return frozenset()


class MoneyRules:
    """Reads the currency printed around an amount, with the tables of one vocabulary."""

    def __init__(self, patterns: Patterns):
        self.patterns = patterns
        #: The first letters of table ``shared_prefixes``: an amount that starts with none has none of them.
        self._shared_prefix_starts = frozenset(key[0] for key in patterns.shared_prefixes)
        #: What a bare ``$`` asks the article: which dollars it names (see :meth:`currency_context`).
        self._dollars = patterns.dollar_currencies | {"USD"}
        #: What a plain ``pounds`` asks the article: which pounds it names (``Egyptian pounds``, ``£``).
        self._pounds = frozenset(code for key, code in patterns.currency_words.items() if key.endswith(" pound") and code)
        #: The currencies each print that leaves them open may stand for: the letters of table ``shared_prefixes``
        #: (``Rs``), a shared name (``pesos``) and the letters of table ``context_prefixes`` (``P14.2 million``).
        shared = patterns.shared_names
        self._prefixed = frozenset().union(*(shared.get(name, ()) for name in patterns.shared_prefixes.values()))
        self._shared = frozenset().union(*shared.values())
        self._placed = frozenset(patterns.context_prefixes.values())

    def currency_context(
        self, text: str, among: frozenset[str] | None = None, head: Callable[[], str] = lambda: ""
    ) -> frozenset[str]:
        """The currencies an article's ``text`` names (table ``currency_context``), and those its places decide
        (of ``among`` only, where given).

        A bare ``$`` in brackets (``C$5 ($3.6)``, ``(about $2)``; table ``conversion_leads``), a conversion,
        names the US dollar.  Where it names no dollar, or the US dollar only by a mark (``US$``, ``USD``) that
        sets it apart from a bare ``$``, the places of one foreign dollar alone (table ``currency_places``:
        ``Canberra``) name that dollar (where it names one foreign dollar by its mark, ``A$``, only its own places
        settle the bare ``$``, and it names the US dollar too where it names places of the United States: a mark
        that sets ``C$29 billion`` apart from ``$1,500`` beside ``US buyers``), unless a wire agency datelines the
        article (table ``wire_agencies``); a bare ``$`` amount a marked US dollar converts, or converted from one
        (``$12 billion Canadian (US$8.8 billion)``, ``$US10 billion ($14 billion)``), is the dollar of the article's
        place even in wire copy, or else the one dollar whose nationality it names (``Canadian``, table
        ``dollar_nationalities``);
        where it prints a name several currencies share (``pesos``), the places of one of them name it too
        (``Bogotá``: COP), and a dateline that names one of them decides between them (``KARACHI:`` makes ``Rs``
        PKR).  Where the article names no place of any of them, the places the head of its page names (its
        masthead: ``The Suva Courier``; ``head`` reads it, see :func:`page_head`) decide in its stead.  The euro
        counts only in an article that prints no dollar: it decides plain cents there (:meth:`plain_cents`).

        A group of currencies the print leaves open that holds none of ``among`` (nor a dollar, where ``among``
        holds the US dollar, which a place of another dollar takes away) changes none of them: it is not read.
        """
        p = self.patterns
        words = _word_starts(context_words(p, text), text)
        named = {p.currency_context[" ".join(match.group(1).split())] for match in words}
        if "EUR" in named and ("$" in text or "dollar" in text):
            named.discard("EUR")  # the euro decides plain cents only in an article that prints no dollar
        named |= _dateline_named(p, place) if (place := _dateline_place(text)) else set()  # ABUJA —
        asked = among if among is None or "USD" not in among else among | p.dollar_currencies
        # the groups of currencies the print leaves open: those of a shared name (``pesos``), and the dollars
        undecided: set[frozenset[str]] = set()
        if asked is None or not self._prefixed.isdisjoint(asked):
            undecided = {p.shared_names.get(name, frozenset()) for name in _printed_prefixes(text, p.shared_prefixes)}
        if (asked is None or not self._shared.isdisjoint(asked)) and any(name in text for name in p.shared_names):
            undecided |= {p.shared_names[match.group(1)] for match in p.shared_name.finditer(text)}
        if asked is None or not self._placed.isdisjoint(asked):
            for match in _word_starts(p.placed_prefix_amount.finditer(text), text):  # P14.2 million from Cebu
                if (code := p.context_prefixes[match.group(1)]) not in named:
                    undecided.add(frozenset({code}))
        local = _dollars_open(p, text, named, undecided, head)
        if asked is not None:
            undecided = {currencies for currencies in undecided if not currencies.isdisjoint(asked)}
        _settle_by_places(p, text, undecided, named, head)
        _settle_named_by_places(p, text, undecided, named)
        if local:
            _local_by_nationality(p, text, named)
        dateline = _dateline_currencies(p, place) if undecided and place is not None else set()
        for currencies in undecided:
            if len(home := dateline & currencies) == 1:
                named = (named - currencies) | home  # KISUMU, Kenya — … Uganda and Tanzania … 20 shillings: KES
        return frozenset(named if among is None else named & among)

    def apply_context(
        self, text: str, readings: list[Reading], article_context: Context, currency: str | None = None
    ) -> list[Reading]:
        """The currencies the article names settle a bare ``$``, a shared name (``francs``) and letters (``N250 billion``).

        A step of table ``currency`` (stage ``passage``): ``readings`` with the currencies the article decides,
        where the amount's own print does not (``currency``, of the money before the passage, is not read).

        A bare ``$`` is the one foreign dollar the article names, unless it names the US dollar too; a plain
        ``pounds`` is the one other pound it names (``Egyptian pounds``), unless it marks sterling too (``£``);
        a name several currencies share (``francs``), or letters that stand for one (``Sh``, table
        ``shared_prefixes``), is the one of them the article names; letters
        of table ``context_prefixes`` (``N250 billion``) are kept only in an article that names their
        currency, and only before a large or scaled amount or a price in cents (``SR27.80``; not ``N95``).
        """
        for reading in readings:
            if reading.kind == "money" and reading.coin is None:
                break
        else:
            return readings  # no amount of money that is not in coins
        p = self.patterns
        kept = []
        for k, reading in enumerate(readings):
            if reading.kind == "money" and reading.coin is None:
                # the article's currencies are read only for the amounts they may settle
                prefix = _context_prefix(p, text, reading.start)
                if prefix is not None and text[reading.start + len(prefix) :].lstrip(_LETTER_GAPS)[:1].isdigit():
                    if not _amount_like(p, text, reading, prefix) or p.context_prefixes[prefix] not in article_context():
                        continue
                elif (self._bare_sign(text, reading) or self._dollar_word(text, reading)) and not _us_priced(p, text, reading):
                    local = _nationality_after(p, text, reading) or self._foreign_dollar(article_context(self._dollars))
                    reading.currency = local or reading.currency
                elif reading.currency == "GBP" and _plain_pound(p, text, reading):
                    pounds = article_context(self._pounds)
                    if not pounds and _weighed_pound(p, text, reading):
                        _as_weight(text, reading)  # "the dogs were all under 40 pounds" where no pound is marked
                    else:
                        reading.currency = _other_pound(pounds) or "GBP"  # Egyptian pounds … 20 pounds
                elif reading.currency is None:
                    named = reading if k + 1 == len(readings) else self._name_printer(text, reading, readings[k + 1])
                    shared = self._shared_name(text, named)
                    reading.currency = _placed_in_sentence(p, text, reading.start, shared) or self._named_currency(shared, article_context())
                    if reading.currency is None and shared in p.context_currency_names:
                        _count_of(text, reading, named)  # 20 Grand Slam crowns
                elif (name := self._shared_prefix_name(text, reading.start)) is not None:
                    reading.currency = self._named_currency(name, article_context()) or reading.currency
            kept.append(reading)
        return kept

    def currency_named_before(self, text: str, start: int, context: Context) -> str | None:
        """The currency named last in the sentence before ``start`` (``the yen``, ``the Indian rupee``); a name several
        currencies share is the one the article names."""
        words = sentence_before(text, start)
        table = self.patterns.currency_words
        for k in range(len(words) - 1, -1, -1):
            name = f"{words[k - 1]} {words[k]}" if k and f"{words[k - 1]} {words[k]}" in table else words[k]
            if name in table and words[max(0, k - 2) : k] != ["against", "the"]:  # not the other one: against the euro
                return table[name] or self._named_currency(name, context())
        return None

    def bare_dollar(self, context: Context) -> str:
        """What a bare ``$`` or plain ``cents`` stands for in the article of ``context``: its one foreign dollar
        (``Suva``: FJD), else the US dollar."""
        return self._foreign_dollar(context(self._dollars)) or "USD"

    def plain_cents(self, context: Context, signed: bool = False) -> str:
        """What plain cents with no money around them stand for: the cents of the one currency of table ``cent_currencies``
        an article names with no dollar, nor a ``$`` in their passage (``signed``): ``27 cents a litre`` … ``€410 million``:
        EUR; ``45 cents a litre`` … ``R21.43``: ZAR; not ``45 cents on every $100``; else its bare ``$``'s."""
        cents = context(self.patterns.cent_currencies)
        if len(cents) == 1 and not context(self._dollars) and (not signed or cents == {"EUR"}):
            return next(iter(cents))
        return self.bare_dollar(context)

    def _foreign_dollar(self, context: frozenset[str]) -> str | None:
        """The one foreign dollar of ``context``, where it names no US dollar: what a bare ``$`` stands for."""
        dollars = context & self.patterns.dollar_currencies
        return next(iter(dollars)) if len(dollars) == 1 and "USD" not in context else None

    @staticmethod
    def _bare_sign(text: str, reading: Reading) -> bool:
        """A US dollar printed with a ``$`` and no letters after it (``$5``, ``-$515``, not ``$US5``)."""
        start = reading.start + (text[reading.start] in "-−")  # a minus before the sign
        return reading.currency == "USD" and text[start] == "$" and not text[start + 1 : start + 2].isalpha()

    def _dollar_word(self, text: str, reading: Reading) -> bool:
        """A US dollar named by a plain word after the number (``a million dollars``, not ``5 US dollars``)."""
        words = text[reading.start : reading.end].split()
        return (
            reading.currency == "USD"
            and len(words) > 1
            and not words[-2][:1].isupper()
            and self.patterns.currency_words.get(words[-1].lower().removesuffix("s")) == "USD"
        )

    def _name_printer(self, text: str, reading: Reading, following: Reading) -> Reading:
        """The reading whose print names the currency of ``reading``: itself, or the amount after it that it takes its
        currency from (``from 3,650 to 4,380 crowns``)."""
        if following.kind != "money" or following.currency is not None or text[reading.end - 1 : reading.end].isalpha():
            return reading
        return following

    def _shared_name(self, text: str, reading: Reading) -> str:
        """The currency name that ends the amount, singular: ``franc`` of ``600 francs``, ``rupee`` of ``a 5-rupee coin``."""
        words = text[reading.start : reading.end].replace("-", " ").split()
        name = words[-1].lower() if words else ""
        return name if name in self.patterns.shared_names else name[:-1]

    def _shared_prefix_name(self, text: str, start: int) -> str | None:
        """The shared name that letters at ``start`` stand for (table ``shared_prefixes``: ``Sh`` is ``shilling``)."""
        prefixes = self.patterns.shared_prefixes
        if text[start : start + 1] not in self._shared_prefix_starts:
            return None
        after = (key for key in prefixes if text.startswith(key, start) and text[start + len(key)] in _AMOUNT_STARTS)
        return next((prefixes[key] for key in after), None)

    def _named_currency(self, name: str, context: frozenset[str]) -> str | None:
        """The one currency of those sharing ``name`` (``franc``: CHF, XOF, …) that the article names."""
        found = self.patterns.shared_names.get(name, frozenset()) & context
        return next(iter(found)) if len(found) == 1 else None

    def sign_currency(self, text: str, match: re.Match[str], reading: Reading) -> str | None:
        """The currency of the sign before the digits, with letters before it: ``$``, ``US$``, ``hk $``, ``AUD$``."""
        p = self.patterns
        sign_start = match.start("cur")
        prefix = match_before(p.sign_prefix_before, text, sign_start, _CODE_REACH)
        if prefix is not None:
            letters = prefix[1].strip()
            code = p.prefixed_signs.get(letters.lower() + match["cur"]) or p.currency_prefixes.get(letters.upper())
            if code is not None:
                reading.start = prefix[0]
                return code
        return p.currency_symbols.get(match["cur"]) or p.currency_symbols.get(match["cur"][0])

    def money_after(self, text: str, pos: int) -> bool:
        """A currency sign, code or name follows ``pos``: ``10k$``, ``5m euros``."""
        after = self.patterns.suffix_at(text, pos)
        return after is not None and bool(after["symbol"] or after["code"] or after["word"])

    def read_currency(self, text: str, reading: Reading, after: re.Match[str]) -> None:
        """A currency sign, code or name after the amount (``100 €``, ``5bn USD``, ``42 Swiss francs``).

        A name several currencies share gives money of no currency; ``pounds`` of weight give a
        quantity (see :meth:`is_weight`); a scale word after a code still counts (``75 USD million``).
        """
        p = self.patterns
        reading.end = after.end()
        if after["symbol"]:
            reading.currency = p.currency_symbols[after["symbol"]]
        elif after["code"]:
            reading.currency = p.currency_prefixes[after["code"]]
        else:
            word = " ".join(after["word"].lower().split())
            if self.is_weight(text, reading, word):
                reading.unit, reading.canonical = " ".join(after["word"].split()), "pounds"
                return
            code = p.currency_words.get(word)
            reading.currency = (code if code is not None else p.currency_words[word[:-1]]) or None
        reading.kind = "money"
        scale = p.scale_after.match(text, reading.end)
        if scale is not None and scale["scale"] is not None and not reading.scaled and reading.value is not None:
            reading.scale = p.scale_words[scale["scale"].lower()]
            reading.value = times(reading.value, reading.scale)
            reading.scaled = True
            reading.end = scale.end()

    def is_weight(self, text: str, reading: Reading, word: str) -> bool:
        """``pounds`` weigh, not pay: before ``of`` and a thing (:func:`_thing_after_of`), as a singular modifier
        (``a twenty pound bag``), after a word of weight in the sentence (``weighed``, ``lost``) or after one of size
        and none of a price (``5 feet, 9 inches and 70 pounds``); never before ``a``/``per`` and a unit, a price per
        unit (``5,176 pounds a ton``)."""
        p = self.patterns
        if word not in ("pound", "pounds"):
            return False
        follower = CUE_AFTER.match(text, reading.end)
        follower_word = follower.group(1).lower() if follower is not None else ""
        if follower_word in p.money_nouns:
            return False
        if follower is not None and follower_word == "of":
            return _thing_after_of(p.money_nouns, text, follower, reading.scaled)
        if reading.scaled:
            before = sentence_before(text, reading.start)  # "copper production … by 4.1 billion pounds": a weight
            return not p.weighed_goods.isdisjoint(before) and p.price_words.isdisjoint(before)
        if word == "pound" and reading.value != 1 and follower_word.isalpha():
            return follower_word not in p.unit_stop_words  # a twenty pound bag
        per = _PER_UNIT.match(text, reading.end) if follower_word in _PER_WORDS else None
        unit = per.group(2) if per is not None else None
        if unit is not None and (unit in p.measure_units or unit in p.one_unit_words) and f"{unit}s" not in p.duration_units:
            return False  # lost 5.8% to 5,176 pounds a ton: a price per unit, whatever the words of weight before
        return _weighs(p, sentence_before(text, reading.start))

    def slang_before_noun(self, text: str, after: re.Match[str]) -> bool:
        """Slang worth a multiple of the main unit (table ``coin_shares``) that is no money: capitalised (``three
        Grand Slams``) or before a noun (``two grand pianos``), not before a function word (``ten grand in cash``)."""
        p = self.patterns
        word = after["minor"]
        if p.coin_shares.get(word.lower(), 0.0) < 1:
            return False  # a coin
        follower = CUE_AFTER.match(text, after.end())
        return not word.islower() or (follower is not None and follower.group(1).lower() not in p.unit_stop_words)

    def read_coins(self, reading: Reading, after: re.Match[str]) -> None:
        """Cents and pence are money in the main unit: ``45 cents`` = 0.45, ``a 10-cent dividend``, ``500 baisa`` = 0.5
        (table ``coin_shares``)."""
        if reading.value is None:
            return
        p = self.patterns
        word = " ".join((after["named"] or after["minor"] or "").lower().split())
        if word not in p.named_cents and word not in p.minor_currency_words:
            word = word[:-1]  # a plural s
        reading.share = share = p.coin_shares.get(word, 0.01)
        reading.value = times(reading.value, share)
        reading.base = times(reading.base, share) if reading.base is not None else None
        reading.kind = "money"
        if after["named"]:
            reading.coin = reading.currency = p.named_cents[word]
        elif after["coin"]:
            reading.coin = p.glued_coins[after["coin"]]
        else:
            word = after["minor"].lower()
            reading.coin = p.minor_currency_words.get(word) or p.minor_currency_words[word.rstrip("s")]
        reading.end = after.end()


def _weighs(p: Patterns, before: list[str]) -> bool:
    """The words of a sentence before ``pounds`` make them a weight: one of weight (table ``weight_cues``), or one of
    size (table ``measure_cues``) and none of a price (table ``price_words``)."""
    if not p.weight_cues.isdisjoint(before):
        return True
    return not p.measure_cues.isdisjoint(before) and p.price_words.isdisjoint(before)


def _thing_after_of(money_nouns: frozenset[str], text: str, of: re.Match[str], scaled: bool) -> bool:
    """``of`` after ``pounds`` and a thing, no money noun (table ``money_nouns``): ``two pounds of meat``, ``5 million
    pounds of milk``; for a scaled amount neither of the two words after ``of`` (not ``20 million pounds of new
    funding``)."""
    noun = CUE_AFTER.match(text, of.end())
    after = None if noun is None or not scaled else CUE_AFTER.match(text, noun.end())
    return noun is None or not ({noun.group(1).lower(), after and after.group(1).lower()} & money_nouns)
