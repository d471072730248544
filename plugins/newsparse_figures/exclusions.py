"""Numbers that are not figures: parts of codes, names, addresses, idioms, ratios and fractions.

Each function is a step of table ``not a figure`` (:data:`newsparse_figures.steps.NOT_A_FIGURE`):
it is given a number read with what is printed after it and says whether it is *not* a figure.
``reading.number_end`` is where the number itself ends, before a scale or what follows it.
"""

from __future__ import annotations

import math

import re

from newsparse.lazy_regex import lazy_compile

from .money import us_coins
from .numbers import digits_value
from .patterns import Patterns
from .qualifiers import age_after_age_word, age_in_brackets
from .reading import LOOKBACK, WORD_EDGES, Reading, match_before, sentence_before, starts_sentence, word_before
from .units import is_plural, plural_after

__all__ = [
    "capitalised_words",
    "coin_denied",
    "count_of_one",
    "currency_itself",
    "glued_after",
    "glued_before",
    "half_without_unit",
    "idiom",
    "leading_zero",
    "name_or_model",
    "part_of_a_whole",
    "phone_number",
    "rate_after_amount",
    "ratio_or_fraction",
    "route_number",
    "sequence_label",
    "street_address",
    "vague_without_of",
    "video_resolution",
]

#: A number with a scale or unit before a hyphen, read backwards: ``5bn-`` of ``5bn-6bn``, ``10km-`` of ``10km-20km``.
_NUMBER_BEFORE_HYPHEN = lazy_compile(r"-[A-Za-z]+[\d.,]*\d(?![\w.,])")
#: ``to`` after ``one``, before the second end of a range: ``one to two hours`` (``one or two`` is an idiom).
#: ``a``/``an`` joined by hyphens after a price, the rate it is for: ``$6.50-a-pound``, ``£3-an-hour``.
#: A model's series in capitals and its variant's number after the model's digits: `` MAX 8`` of ``737 MAX 8``.
_MODEL_SERIES = lazy_compile(r" [A-Z]{2,}\d* \d")
#: A block of a street after its number, as police reports print it: ``the 2900 block of Campbellton Road``.
_STREET_BLOCK = lazy_compile(r" block of (?:the )?[A-Z]")
_RATE_HYPHENS = lazy_compile(r"-(?:an?|per)-[A-Za-z]")
#: A unit after ``a``/``an`` and ``of`` after it (group 1 the unit): ``a tonne of``.
_UNIT_OF = lazy_compile(r"\s+([A-Za-z]{1,20})\s+of\s")
#: What follows the number words of a label after a name marker in lower case: ``of`` or a stop (``season three of``).
_LABEL_END = lazy_compile(r"[ \t]+of\b|[.,;:!?)]")
_ONE_TO = lazy_compile(r"\s+to(?=\s)")
#: ``and`` after ``one``, which joins a range's ends after ``between``: ``between one and two inches``.
_ONE_AND = lazy_compile(r"\s+and(?=\s)")
#: How far before a number the words that make it one to call are looked for.
_DIAL_REACH = 40
#: How far back the first group of a number to call printed in groups is looked for (``1800 333 000``).
_GROUPS_REACH = 16
#: The fewest digits of a first group opened by a trunk's ``0`` (``020 7946 0000``): ``0 5`` is no telephone number.
_TRUNK_GROUP = 3
#: What makes the number after it one to call, ending right before it: ``call the SES on``, ``ring Samaritans on``,
#: ``by calling Floodline on``, ``dial``.
_DIALLED = lazy_compile(
    r"\b(?:(?:[Cc]all(?:ing)?|[Rr]ing(?:ing)?|[Pp]hon(?:e|ing)|[Tt]ext(?:ing)?|[Cc]ontact(?:ing)?)"
    r"(?:[ \t]+[\w'’&-]+){1,3}[ \t]+on|[Dd]ial(?:ling)?)[ \t]+\Z"
)
#: ``the`` right before a route's number, perhaps with one word in lower case between (``the late-evening 61 service``).
_ROUTE_BEFORE = lazy_compile(r"\b[Tt]he(?:[ \t]+[a-z][\w-]*)?[ \t]+\Z")
#: How far before a route's number :data:`_ROUTE_BEFORE` looks, and the most digits a route's number has.
_ROUTE_REACH, _ROUTE_DIGITS = 30, 3
#: A verb of calling right before a number, maybe past another and ``or``: ``call``, ``ringing``, ``phoned``, ``call
#: 999 or`` (an emergency number is then the one to call).
_CALLED = lazy_compile(
    r"\b(?i:call|calls|called|calling|ring|rings|rang|ringing|phone|phoned|phoning|dial|dialled|dialed)[ \t]+(?:\d{3}[ \t]+or[ \t]+)?\Z"
)
#: How the text before a number to call ends, before its white space (see :data:`_DIALLED`).
_DIALLED_ENDS = ("on", "ial", "ialling")
#: A North American broadcaster's call sign, whose channel number after it is part of its name even opening a sentence:
#: ``WFTH 6 Chief Meteorologist …``, ``KPTR 2 News``.
_CALL_SIGN = lazy_compile(r"[KW][A-Z]{3}")
#: The word after a number, past spaces (group 1).
_WORD_AFTER = lazy_compile(r"[ \t]+([A-Za-z]+)")
#: A singular ``call`` after a number: ``a 999 call``, a number to call.
_CALL_AFTER = lazy_compile(r"[ \t]+call\b")
#: ``or`` after ``one``, which joins a range's ends: ``one or two changes``.
_ONE_OR = lazy_compile(r"[ \t]+or(?=[ \t])")
#: A model's variant in the plural after its number: the 787-9s.
_MODEL_PLURAL = lazy_compile(r"-\d{1,4}s\b")

#: Words between an amount and ``a``/``an`` and the unit of its rate: ``24.9 to a euro``, ``395 against a euro``.
_RATE_JOINS = frozenset({"to", "per", "against", "versus"})
#: A relative pronoun, or the subject of a clause with none, after ``a``/``an`` and a currency: the currency itself
#: (``a rupee that has weakened``, ``a dollar we never see``); so is a participle of spending or gaining (``a pound
#: saved``, ``a dollar added to``), or a noun it names the kind of (``a dollar figure``, ``a euro sign``).
_RELATIVE_AFTER = lazy_compile(
    r"\s+(?:that|which|whose|not|we|they|you|I|he|she"
    r"|spent|saved|earned|invested|wasted|added|borrowed|lent|figure|figures|amount|value|sign|symbol)\b(?!-)"
)
#: The endings of a possessive before a count: ``Britain's 650 MPs``, ``the Joneses’ 3 dogs``.
_POSSESSIVES = ("'s", "’s", "s'", "s’")
#: A capitalised word after digits that goes on naming (``737 Max``, ``911 GT3``), not a plural of capitals (``650 MPs``).
_NAME_AFTER = lazy_compile(r"\s+[A-Z](?![A-Z]+s?\b)")
#: Words that join a second label to one after a name marker: ``Gates 4 and 5``, ``berths 8 to 11``.
_LABEL_JOINS = frozenset({"to", "and", "or", "through"})
#: A label in a list after a name marker, before its comma: ``409,``, ``120B,``, ``440(2),``; and how many words of
#: such a list are read back to the marker.
_LIST_LABEL = lazy_compile(r"\d{1,5}[A-Z]?(?:\(\w{1,3}\))?,?")
#: The end of a list of three labels or more before its join: ``3, 5`` of ``Year 3, 5 and 7 students``.
_COMMA_LISTED = lazy_compile(r"\d[A-Z]?, \d{1,5}[A-Z]? $")
#: How far back :data:`_COMMA_LISTED` is looked for.
_COMMA_LIST_REACH = 16
_LIST_REACH = 12
#: A percentage alone in brackets after a count: the count's share (``7286 (18.91%)``).
_SHARE_IN_BRACKETS = lazy_compile(r"[ \u00a0]\([\d.]{1,6}[ \u00a0]?%\)")
#: The fewest digits of such a count: shorter numbers after a name are models (``Boeing 737 (15%)``).
_COUNT_DIGITS_LEAST = 4
#: How many digits alone in brackets after a capitalised word may be its label: ``Phone (4)``, not ``Tokyo (1964)``.
_BRACKET_LABEL_DIGITS = 2
#: ``read`` after minutes, the noun of a page's reading time: ``5 min read``, ``a 4-minute read``.
_READ_AFTER = lazy_compile(r"\.?[ \t]+read\b(?![ \t]+(?:the|a|an|out|aloud)\b)")
#: What opens a page's reading time before its minutes (lower case, without a colon), and how far back it is read.
_READ_LEADS = ("time to read", "reading time", "read time")
_READ_LEAD_REACH = 16
#: A hyphen between spaces, typed for a dash: like one, it may open a sentence (``JAKARTA - Three years ago``).
_SPACED_HYPHEN = " - "
#: It, or two hyphens after a dateline (``SALT LAKE CITY -- Hundreds of visitors``).
_TYPED_DASHES = (_SPACED_HYPHEN, "-- ")
#: A capitalised word after number words: ``Hawks`` of ``Three Hawks``.
_CAPITALISED_WORD = lazy_compile(r"[ \t]+[A-Z][a-z]+\b")
#: ``a`` or ``an`` opening a number in words: ``a million`` (a whole scale, which a fraction before it divides).
_ARTICLES = ("a ", "an ", "A ", "An ")
#: The digits of a count in a ratio: ``10``, ``1,000``.
_COUNT_DIGITS = lazy_compile(r"\d{1,3}(?:,\d{3})*")
#: Characters that join digits to what is before them: ``1.5.3``, ``24/7``, ``#10``, ``’90``, ``%20``.
_JOINED_BEFORE = frozenset(".,/:#'’%")
#: The marks after a number that may join it to more of its token (:func:`glued_after`): a hyphen, which
#: :data:`_MODEL_PLURAL` also starts with, and a dot, colon or slash before digits.
_GOES_ON = frozenset("-.:/")
#: The exchange's letters after a stock's number in brackets, as wire copy prints it: ``.T)`` of ``(7011.T)``.
_EXCHANGE_CODE = lazy_compile(r"\.[A-Z]{1,2}\)")
#: The apostrophes that may join a number to the ``s`` of its plural (:func:`glued_after`).
_APOSTROPHES = frozenset("'’")
#: The plural of a number written with an apostrophe: ``’s`` of ``the 90’s`` (not ``'sixties``).
_APOSTROPHE_PLURAL = lazy_compile(r"['’]s(?![^\W_])")
#: How many words before ``a penny`` a negation is looked for: the verb and its object (``not pay them``).
_DENIAL_REACH = 4
#: A number and the unit against it before a slash, read backwards: ``6GB/`` of ``6GB/128GB``.
_UNIT_BEFORE_SLASH = lazy_compile(r"/[A-Za-z°²×]{1,5}\d")
#: The dashes between the two years of a span whose second year is printed short: ``2024–25``, ``1990—95``.
_YEAR_SPAN_DASHES = frozenset("-–—")
#: How far before a group of a telephone number its ``+`` and country code are looked for: ``+44 20 7946 0958``.
_PHONE_REACH = 20
#: The years a span printed short may open (as :mod:`.dates` reads years).
_SPAN_YEARS = range(1100, 2200)
#: The fewest digits of a code printed with a leading zero (``0101``; ``05`` may be a day or an hour).
_CODE_DIGITS = 3
#: The spaces between a code and the word before it (``route 066``).
_CODE_SPACES = frozenset(" \t\u00a0")


def phone_number(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """Digits of a telephone number, with no currency sign: ``(209) 555-0143``, ``555-0143``, ``+84 90 4126164``.

    Without a country code only the first three digits are read so; with one (``+`` and its code), every group.
    """
    start, end = match.span("digits")
    before = text[start - 1] if start else ""  # indexing, not slicing: this runs for every number
    if before == "+" or (before == " " and start > 1 and text[start - 2].isdigit()):
        return match["cur"] is None and (_international_phone(p, text, start, end) or _dialled_group(text, start))
    if match["cur"] is None and (_dialled(text, start, end) or _emergency_number(p, text, start, end) or _line_to_call(p, text, start, end)):
        return True
    if end - start != 3 or text[end : end + 1] not in (")", "-") or match["cur"] is not None:
        return False  # every telephone number the pattern knows starts with three digits and ``)`` or ``-``
    return p.phone.match(text, start - (text[start - 1] == "(")) is not None


def leading_zero(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """Digits of a code: three or more with a leading zero and no currency sign.

    ``Hang Lung (0101)``, ``agent 007``, ``route 066``, ``0800 GMT``, and the first group of a telephone number
    (``Floodline: 0345 988 1188``): an amount is never printed so (``0.5`` and ``0,5`` are numbers)."""
    start, end = match.span("digits")
    if text[start] != "0" or end - start < _CODE_DIGITS or match["cur"] is not None:
        return False
    if not (_after_code_lead(text, start) or (text[end : end + 1] == " " and text[end + 1 : end + 2].isdigit())):
        return False  # "$1.0837-0837": a dealer's offer after a dash is the bid's last digits; "0033" alone is a numeral
    return text[start:end].isdigit()


def _after_code_lead(text: str, start: int) -> bool:
    """The digits at ``start`` follow a bracket (``(0101)``) or a word and a space (``route 066``)."""
    before = text[start - 1] if start else ""
    return before == "(" or (before in _CODE_SPACES and start > 1 and text[start - 2].isalnum())


def _dialled_group(text: str, start: int) -> bool:
    """The digits at ``start`` go on a number to call printed in groups set off by spaces: ``333 000`` of ``call Crime
    Stoppers on 1800 333 000``, ``11 14`` of ``call Lifeline on 13 11 14``; or on a number whose first group of three
    digits or more opens with the trunk's ``0`` (``988 1188`` of ``Floodline: 0345 988 1188``)."""
    first = start
    while first > 0 and start - first < _GROUPS_REACH and (text[first - 1].isdigit() or text[first - 1] == " "):
        first -= 1
    while first < len(text) and text[first] == " ":
        first += 1
    group_end = first
    while group_end < len(text) and text[group_end].isdigit():
        group_end += 1
    return first < start and ((text[first] == "0" and group_end - first >= _TRUNK_GROUP) or _dialled(text, first, group_end))


def _dialled(text: str, start: int, end: int) -> bool:
    """The digits from ``start`` to ``end`` are a number to call: after ``call``, ``ring`` or ``text`` someone ``on``
    (``call the SES on 132 500``, ``ring Samaritans on 116 123``), after ``dial`` (``dial 999``), before a
    singular ``call`` (``a 999 call``), or the first of groups set off by spaces right after a verb of calling
    (``by calling 1800 555 012``; not ``called 300 workers back``)."""
    if _CALL_AFTER.match(text, end) is not None:
        return True
    if text[start - 1 : start] != " ":
        return False
    window = max(0, start - _DIAL_REACH)
    if text[end : end + 1] == " " and text[end + 1 : end + 2].isdigit() and _CALLED.search(text, window, start) is not None:
        return True
    # the pattern ends in ``on`` or ``dial(ling)`` and white space: most numbers fail this test, not the search
    return text[window:start].rstrip(" \t").endswith(_DIALLED_ENDS) and _DIALLED.search(text, window, start) is not None


def _emergency_number(p: Patterns, text: str, start: int, end: int) -> bool:
    """The digits from ``start`` to ``end`` are an emergency or public service number (table ``emergency_numbers``)
    before a word of table ``emergency_nouns``, maybe past one other word (``the 911 backup center``, ``911 Operations
    Center``), or after a verb of calling, maybe past another number and ``or``, no
    plural after it: ``sent to some 911 calls``, ``the 999 dispatcher``, ``urged anyone who sees it to call 999``,
    ``call 999 or 101``; not ``took 912 calls``, ``called 112 witnesses``."""
    if text[start:end] not in p.emergency_numbers:
        return False
    noun = _WORD_AFTER.match(text, end)
    word = "" if noun is None else noun[1].lower()
    if _CALLED.search(text, max(0, start - _DIAL_REACH), start) is not None:
        return not (word.endswith("s") or word in p.irregular_plurals) or word in p.emergency_nouns  # not "called 112 witnesses"
    second = None if noun is None else _WORD_AFTER.match(text, noun.end())  # "the 911 backup center", "911 Operations Center"
    return word in p.emergency_nouns or (second is not None and second[1].lower() in p.emergency_nouns)


def _line_to_call(p: Patterns, text: str, start: int, end: int) -> bool:
    """The plain digits from ``start`` to ``end`` follow a noun of table ``dial_nouns``, perhaps and a comma, with a
    word of table ``dial_cues`` among the few words before them: a number to dial (``call the toll-free line 719``,
    ``through its hotline, 122``), before no plural noun (not ``call the number 15 times``)."""
    if not text[start:end].isdigit() or plural_after(text, end, p):
        return False
    words = text[max(0, start - _DIAL_REACH) : start].lower().split()
    if not words or words[-1].rstrip(",") not in p.dial_nouns:
        return False
    return not p.dial_cues.isdisjoint(word.rstrip(",") for word in words[-_DIAL_WORDS:])


#: How many words before digits the words of a line to call are read (within :data:`_DIAL_REACH`).
_DIAL_WORDS = 4


def _international_phone(p: Patterns, text: str, start: int, end: int) -> bool:
    """The digits from ``start`` to ``end`` are a group of a telephone number that opens with ``+`` and its
    country code, the ``+`` no letter or digit's (not ``C++ 11``), at most :data:`_PHONE_REACH` characters back."""
    plus = text.rfind("+", max(0, start - _PHONE_REACH), start)
    if plus < 0 or (plus > 0 and text[plus - 1].isalnum()):
        return False
    phone = p.international_phone.match(text, plus)
    return phone is not None and phone.end() >= end


def glued_before(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """Digits glued to a letter, digit or mark before them: ``A320``, ``COVID-19`` is not, ``24/7``, ``#10``, ``C++11``.

    Not when a currency or a lone decimal dot stands there (``US$5``, ``RM42``, ``.08``), nor ``US`` before cents
    (``US65.1 cents``: :func:`us_coins`).
    """
    start = match.start("digits")
    if reading.start != start:
        return False  # a sign, currency letters or a leading dot opens the number
    char = text[start - 1]
    if char == "/" and _second_measure(p, text, start, match):
        return False  # 6GB/128GB: two figures
    if char in _YEAR_SPAN_DASHES:
        return _year_span_end(text, start, match["digits"])
    if char.isalnum() or char in _JOINED_BEFORE:
        return not us_coins(p, text, start, match.end("digits"))
    return char == "+" and start >= 2 and (text[start - 2].isalnum() or text[start - 2] == "+")


def _year_span_end(text: str, start: int, digits: str) -> bool:
    """Two digits after a year and a dash end a span of years printed short: ``2024–25`` (a fiscal year, a
    season), ``1990–95``; they are later in the century than the year (``1999–00`` too), so ``2024–15`` is not."""
    year = text[max(0, start - 5) : start - 1]
    if len(digits) != 2 or len(year) != 4 or not year.isdigit() or text[max(0, start - 6) : start - 5].isdigit():
        return False
    first = int(year)
    return first in _SPAN_YEARS and (int(digits) > first % 100 or int(digits) == (first + 1) % 100)


def _second_measure(p: Patterns, text: str, start: int, match: re.Match[str]) -> bool:
    """Digits with a unit after a slash that follows another number with a unit: ``128GB`` of ``6GB/128GB``."""
    if match_before(_UNIT_BEFORE_SLASH, text, start, LOOKBACK) is None:
        return False
    after = p.suffix_at(text, match.end("digits"))
    return after is not None and bool(after["unit"] or after["short"])


#: Quotation marks that open a title whose first word is a number: ``“101 Dalmatians”``.
_TITLE_QUOTES = frozenset("“\"‘")
#: The rest of such a title after its number: one to four capitalised words, then the closing mark
#: (``“12 Angry Men”``; not ``“20 Palestinians were killed,”``).
_QUOTED_TITLE = lazy_compile(r"(?:[ \t]+[A-Z][\w'’-]*){1,4}[”\"’]")
#: Determiners before a model's number: ``the 5C`` (a degree letter glued to it, in a passage not on the weather).
_MODEL_DETERMINERS = frozenset(["the", "The"])


def name_or_model(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """Digits in a name or model: ``MiG-31``, ``mid-2023``, ``No 10``, ``iPhone 15``, ``Nord Stream 2``.

    A capitalised word before the digits makes them part of a name unless it starts the sentence (a bracket
    that holds only the two is a name: ``(Route 43)``; a broadcaster's call sign is one there too: ``WFTH 6 Chief
    Meteorologist``),
    is a word that leads numbers (``About``), ends in a comma, is a day of the week before a count (``On Friday 200 homes``), is a
    possessive before a count (``Britain's 650 MPs``), the digits are grouped in thousands (``In London 1,200 people``: no
    model's number is), or a unit follows (``Processor 2.80 GHz``; a degree letter is none: ``iPhone 5C``); so does a noun of a series after a preposition (``on day
    3``; see :func:`sequence_label`), and a name marker and digits before ``to`` or ``and``, unless a plural noun
    follows (``berths 8 to 11``; not ``Gate 4 and 200 staff``) or the list runs over commas (``Year 3, 5 and 7 students``).
    """
    start = match.start("digits")
    if reading.start != start:
        return False
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        # MiG-31, not 5bn-6bn nor magnitude-6.6 (table named_scales)
        in_name = not match_before(_NUMBER_BEFORE_HYPHEN, text, start, LOOKBACK) and not named_scale_before(p, text, start - 1)
    elif text[start - 1 : start] == "(" and text.startswith(")", match.end("digits")):
        # the Phone (4); not an age after a full name, Sean Bird (25)
        in_name = _name_before_bracket(p, text, start - 1, match.end("digits") - start)
        in_name = in_name and not age_in_brackets(p, text, start, match.end("digits"))
    elif text[start - 1 : start] in _TITLE_QUOTES and _QUOTED_TITLE.match(text, match.end("digits")) is not None:
        in_name = True  # “101 Dalmatians”: a title in quotation marks
    elif (before := word_before(text, start)) is None:
        return False
    elif before[1][:1] in _CLOSING_MARKS and text.startswith(_CLOSING_MARKS[before[1][0]], match.end("digits")):
        # (Route 43), "Ellais 1", (no. 1098876)
        in_name = (before[1][1:2].isupper() and before[1][1:] not in p.number_leaders) or before[1][1:].lower() in p.name_markers
    elif _marks_name(p, before[1].lstrip(_OPENING_MARKS)) or (before[1][0].islower() and not before[1].islower()):
        in_name = True  # No 10, iPhone 15, “Section 189 is …
    elif before[1] in _MODEL_DETERMINERS and _glued_degree(p, text, match.end("digits")):
        in_name = True  # the 5C has: a model in a passage not on the weather
    elif before[1] in p.sequence_nouns:
        in_name = _after_a_lead(p, text, before[0])  # on day 3
    elif (before[1] in _LABEL_JOINS and text[before[0] - 2 : before[0] - 1].isdigit()) or (
        before[1][0].isdigit() and before[1][-1] == "," and _LIST_LABEL.fullmatch(before[1])
    ):
        # berths 8 to 11, Sections 409, 419 and 420, Categories 1 and 2 patients, Year 3, 5 and 7 pupils; not Gate 4 and 200 staff
        marker = _label_before(p, text, before[0])
        listed = _COMMA_LISTED.search(text, max(0, before[0] - _COMMA_LIST_REACH), before[0]) is not None  # Year 3, 5 and 7 pupils
        in_name = marker is not None and (is_plural(marker, p) or listed or not plural_after(text, match.end("digits"), p))
    elif before[1] == "of" and (head := word_before(text, before[0])) is not None:
        in_name = head[1] in p.of_name_heads and not starts_sentence(text, head[0])  # the Group of 20
    elif not before[1][0].isupper() or before[1] in p.number_leaders or before[1][-1] in ",;":
        return False  # a comma ends the name: In Paris, 300 people
    elif before[1] in p.weekdays and plural_after(text, match.end("digits"), p):
        return False  # a day names no thing: On Wednesday 63 people (table weekday_names); not Friday 13
    elif before[1].endswith(_POSSESSIVES) and not _NAME_AFTER.match(text, match.end("digits")):
        return False  # the owner of a count: Britain's 650 MPs (not Boeing's 737 Max)
    elif _counted_share(text, match) or "," in match["digits"]:
        return False  # Phil Goode 7286 (18.91%): a count of votes and its share; In London 1,200 people: no model
    else:
        opens = starts_sentence(text, before[0]) or _function_word_after_dash(p, text, before)
        in_name = not opens or _heading_label(text, before[0], match.end("digits")) or _CALL_SIGN.fullmatch(before[1]) is not None
    if not in_name or (reading.scaled and text[match.end("digits") : match.end("digits") + 1].isspace()):
        return False  # a scale word names an amount: "Denmark 26.8 million euros" (not a letter: "scp-173m")
    after = p.suffix_at(text, match.end("digits"))  # a degree letter names no unit after a name: iPhone 5C
    return after is None or not ((after["unit"] and after["unit"] not in p.weather_units) or after["percent"])


def _glued_degree(p: Patterns, text: str, end: int) -> bool:
    """A degree letter glued to the digits ending at ``end`` (``5C``) in a passage that names no weather (table
    ``weather_cues``)."""
    return text[end : end + 1] in p.weather_units and not text[end + 1 : end + 2].isalnum() and p.weather_word.search(text) is None


def named_scale_before(p: Patterns, text: str, end: int) -> bool:
    """The word that ends at ``end`` names a scale (table ``named_scales``): ``magnitude`` of ``magnitude-6.6``."""
    word = text[max(0, end - LOOKBACK) : end].rsplit(None, 1)[-1:]
    return bool(word) and word[0].lower() in p.named_scales


def _counted_share(text: str, match: re.Match[str]) -> bool:
    """A count of four digits or more that is no year, its share in brackets after it: the votes of a name in a list
    of results (``Phil Goode 7286 (18.91%)``; not ``Windows 11 (30%)``, ``Vision 2030 (40%)``)."""
    digits = match["digits"]
    if len(digits) < _COUNT_DIGITS_LEAST or _SPAN_YEARS.start <= digits_value(digits) < _SPAN_YEARS.stop:
        return False
    return _SHARE_IN_BRACKETS.match(text, match.end("digits")) is not None


def _heading_label(text: str, word: int, end: int) -> bool:
    """A capitalised word and digits that open the passage and a colon after them label what follows: ``Case 1:
    Renovation scam``, ``Part 2: the verdict``."""
    return word < _PASSAGE_LEAD and not text[:word].strip() and text.startswith(": ", end)


def _function_word_after_dash(p: Patterns, text: str, before: tuple[int, str]) -> bool:
    """A capitalised function word after a hyphen typed for a dash opens a clause, no name: ``May 1, 2003 - A
    6.4-magnitude quake`` (table ``unit_stop_words``; not ``Airbus - Boeing 737``)."""
    return text[before[0] - 3 : before[0]] == _SPACED_HYPHEN and before[1].lower() in p.unit_stop_words


def _name_before_bracket(p: Patterns, text: str, bracket: int, digits: int) -> bool:
    """One or two digits alone in brackets right after a capitalised word name a model or an edition: ``the Phone
    (4)``, ``Rocky (2)``; not after a word that leads numbers (``About (40)``), a comma or a plural, whose count they
    are (``Democrats (51)``).  After a day of the week and a part of the day they are its date: ``Monday night
    (13)``."""
    if text[bracket - 1 : bracket].isalnum():
        return True  # a subsection, against its section's number: Section 440(2), Article 21(1)
    before = word_before(text, bracket)
    if before is None or digits > _BRACKET_LABEL_DIGITS:
        return False
    word = before[1]
    if word in p.day_parts and (day := word_before(text, before[0])) is not None:
        return day[1] in p.weekdays  # Tuesday morning (14): the day of the month (tables weekday_names, hour_day_words)
    if word.isdigit():  # a subsection a space after its section's number: Section 38 (1)
        marker = word_before(text, before[0])
        return marker is not None and marker[1].lower() in p.name_markers
    return word[:1].isupper() and word[-1].isalpha() and word not in p.number_leaders and not is_plural(word, p)


def _marks_name(p: Patterns, word: str) -> bool:
    """The number after ``word`` is part of a name (tables ``name_markers`` and ``capital_markers``)."""
    return word.lower() in p.name_markers or word in p.capital_markers


def _label_before(p: Patterns, text: str, end: int) -> str | None:
    """The name marker before labels listed up to ``end`` (digits, perhaps a letter or a subsection, then a comma or
    a join): ``berths`` of ``berths 8 to 11``, ``Sections`` of ``Sections 409, 419, 420``; None if there is none.

    A plural marker labels every item of its list, though a plural noun follows the last (``Categories 1 and 2
    patients``); after a singular one, such a noun makes the last a count (``Gate 4 and 200 staff``)."""
    words = text[max(0, end - _LIST_REACH * LOOKBACK // 4) : end].split()
    for word in reversed(words[-_LIST_REACH:]):
        if _marks_name(p, word):
            return word.lower()
        if word not in _LABEL_JOINS and not _LIST_LABEL.fullmatch(word.rstrip(",")):
            return None
    return None


#: How many characters of white space may stand before the first word of a passage.
_PASSAGE_LEAD = 3

#: The longest credit in brackets that may open a passage before its first sentence: ``(Jamaica Gleaner)``.
_CREDIT_REACH = 40

#: The closing mark of each bracket or quotation mark that may hold a name and its number alone: ``(Route 43)``,
#: ``the "Ellais 1" area``, not ``(About 40)``.
_CLOSING_MARKS = {"(": ")", '"': '"', "“": "”", "‘": "’"}

#: Marks that may open a quote or bracket right before a name marker (``"Phase two``).
_OPENING_MARKS = "\"“‘'(["


def grade_label(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """Digits after a noun of grades label a grade, and so do those ending a range or a list that opens so.

    Table ``grade_nouns``; the range's words ``to``, ``through``, ``and``, ``or``: ``grades 4 through 8``, ``Class 9 to
    12``, ``a grade 3 tumour``, ``grades 3, 5, 7 and 9`` (up to :data:`_GRADES_LISTED` grades)."""
    before = word_before(text, reading.start)
    for _ in range(_GRADES_LISTED):
        if before is None:
            return False
        word = before[1].lower()
        if word in p.grade_nouns:
            return True
        if word not in _GRADE_JOINS and not (word[-1:] == "," and word[:-1].isdigit()):
            return False
        before = word_before(text, before[0])
        if word in _GRADE_JOINS and (before is None or not before[1].rstrip(",").isdigit()):
            return False
        before = word_before(text, before[0]) if word in _GRADE_JOINS else before
    return False


#: The words joining the two grades of a range of them, or the last two of a list: ``grades 4 through 8``, ``grades
#: 3, 5, 7 and 9``.
_GRADE_JOINS = frozenset(["to", "through", "and", "or"])
#: The most grades listed before a grade that a noun of grades opens (``grades 3, 5, 7 and 9``).
_GRADES_LISTED = 8


def sequence_label(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """Number words after a noun of a series and a preposition label one of it: ``in year four``, ``from week one``.

    Tables ``sequence_nouns`` and ``sequence_leads``; not ``Each year two ferries``, ``Last week two men``.  Digits
    are labels by :func:`name_or_model` (``on day 3``).  So are number words after a capitalised name marker
    (table ``name_markers``: ``Phase two``, ``Version three``; not ``No``, which leads ``No two cases``) or after
    ``number`` (``the number three reason``).
    """
    noun = word_before(text, reading.start)
    if noun is None:
        return False
    marker = noun[1].lstrip(_OPENING_MARKS)  # "Version two …": a quote may open on the marker
    word = marker.lower()
    if word == "number" or (word in p.name_markers and not word.startswith("no") and _labelled(text, noun[1], reading)):
        return True
    return noun[1].lower() in p.sequence_nouns and _after_a_lead(p, text, noun[0])


def _labelled(text: str, printed: str, reading: Reading) -> bool:
    """The number words of ``reading`` after a name marker ``printed`` (perhaps after the mark opening a quote) label
    one: after a capitalised marker (``Phase two``), or after one in lower case where ``of`` or a stop follows them
    (``season three of the show``, ``in round two.``; not ``in the first round two players``), or the quote the
    marker opens closes on them (``the “stage three” tax cuts``)."""
    marker = printed.lstrip(_OPENING_MARKS)
    closing = _CLOSING_MARKS.get(printed[:1]) if marker != printed else None
    quoted = closing is not None and text.startswith(closing, reading.end)
    return marker[:1].isupper() or quoted or _LABEL_END.match(text, reading.end) is not None


def _after_a_lead(p: Patterns, text: str, noun: int) -> bool:
    """A preposition of table ``sequence_leads`` stands right before the noun at ``noun``: ``on`` of ``on day``."""
    lead = word_before(text, noun)
    return lead is not None and lead[1].lower() in p.sequence_leads


def model_series(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """Digits, a word in capitals and digits again name a model and its variant: ``the 737 MAX 8``.

    Not a currency's code or a unit in capitals between two amounts: ``500 USD 3 times``, ``52 PCT 3 hours``.
    """
    end = match.end("digits")
    if not text[end + 1 : end + 2].isupper() or _MODEL_SERIES.match(text, end) is None:
        return False
    return p.suffix_at(text, end) is None  # no currency, percent sign or unit printed after the digits


def street_address(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """A house number before a street name: ``221 Baker Street``, ``10 Downing Street``, ``14, Market Yard Road``.

    So is a block of a street as police reports print it: ``the 2900 block of Campbellton Road``.  A number grouped in
    thousands is no house's: ``5,400 Long Island Rail Road workers``.
    """
    end = match.end("digits")
    if "," in match["digits"]:
        return False
    if text[end + 1 : end + 2].isupper() or (text[end : end + 1] == "," and text[end + 2 : end + 3].isupper()):
        return p.street_after.match(text, end) is not None  # 221 Baker Street; 14, Market Yard Road
    return text[end + 1 : end + 2] == "b" and _STREET_BLOCK.match(text, end) is not None


#: Capitals glued to digits, then a capitalised word: ``3M Open``.
_GLUED_CAPITALS = lazy_compile(r"[A-Z]+ [A-Z]")


def name_initials(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """Digits glued to capitals before a capitalised word name a company, an event or a product.

    ``the 3M Open``, ``3M Co``; not money (``$3M Tuesday``) nor a count before a word in lower case (``3M views``).
    """
    end = match.end("digits")
    return reading.kind != "money" and text[end : end + 1].isupper() and _GLUED_CAPITALS.match(text, end) is not None


#: Marks after which nothing more of a noun phrase is printed: a number before one stands alone.
_PHRASE_CLOSERS = frozenset(",.;:)!?")


def model_standing_alone(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """Plain digits of three or more after ``a`` or ``an``, standing alone as a noun: a model called by its number.

    ``to fly a 737,``, ``he drove an 850.``; an amount after ``a`` has its unit or noun after it (``a 100-metre
    dash``, ``a 500 fine``, ``a $737 bill``).
    """
    digits = match["digits"]
    if len(digits) < 3 or not digits.isdigit() or not reading.bare or reading.end != match.end("digits"):
        return False
    if text[reading.end : reading.end + 1] not in _PHRASE_CLOSERS:
        return False
    before = word_before(text, reading.start)
    return before is not None and before[1] in _MODEL_ARTICLES


#: The indefinite articles before a model called by its number: ``a 737``.
_MODEL_ARTICLES = frozenset(["a", "an"])


def video_resolution(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """A video's resolution, not pence: digits of table ``video_resolutions`` with a ``p`` glued to them.

    ``a 1080p video``, ``720p``; ``80p`` and ``1,080p`` stay money.
    """
    return text[reading.end - 1 : reading.end] == "p" and match["digits"] in p.video_resolutions and reading.end == match.end("digits") + 1


def route_number(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """A route's number: after ``the`` (perhaps past one word in lower case), before a singular noun of a route.

    ``the 38 bus to Victoria``, ``the late-evening 61 service``; not ``the 15 bus drivers``, ``the 12 trains``.
    """
    start, end = match.span("digits")
    if match["cur"] is not None or end - start > _ROUTE_DIGITS or p.route_after.match(text, end) is None:
        return False
    return _ROUTE_BEFORE.search(text, max(0, start - _ROUTE_REACH), start) is not None


def capitalised_words(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """Number words in capitals inside a sentence name something: ``the Big Three``, ``the Mega Millions draw``.

    So do those opening a sentence (or following hyphens typed for a dash: ``JAKARTA - Three years ago``) where the
    passage names them before: ``Joe Three Hawks … "…," Three Hawks said``.
    """
    group = "words" if match["words"] is not None else "vague"
    start = match.start(group)
    if not match[group][0].isupper():
        return False
    opens = starts_sentence(text, start) or text[start - 3 : start] in _TYPED_DASHES  # BATAM - Three years ago
    return not (opens or _after_credit(text, start)) or _named_before(text, start, match.end(group))


def _after_credit(text: str, start: int) -> bool:
    """Only a credit in brackets opens the passage before ``start``: ``(Reuters) Five people``, ``(Jamaica Gleaner)
    Six fatal shootings`` (not ``Air Force (One)``, nor a bracket inside a sentence)."""
    lead = text[:start].strip()
    return (
        len(lead) <= _CREDIT_REACH and lead[:1] == "(" and lead[-1:] == ")" and lead.find(")") == len(lead) - 1
    )


def _named_before(text: str, start: int, end: int) -> bool:
    """The number words at ``start`` and the capitalised word after them follow a capitalised word earlier in
    ``text``, inside a sentence: part of a name printed before (``Joe Three Hawks``)."""
    after = _CAPITALISED_WORD.match(text, end)
    if after is None:
        return False
    name = " " + text[start : after.end()]
    at = text.find(name, 0, start)
    while at > 0:
        before = text[max(0, at - LOOKBACK) : at].split()
        if before and before[-1][0].isupper() and before[-1][-1] not in ".,;:" and not starts_sentence(text, at + 1):
            return True
        at = text.find(name, at + 1, start)
    return False


def idiom(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """Number words in a phrase that states no amount (table ``number_idioms``): ``two and two``, ``net zero``.

    The phrase starts with the number or with the word before it, after a space or a hyphen (``net-zero``).
    """
    start = match.start("words")
    if p.idiom.match(text, start) is not None:
        return True
    if text[start - 1] not in " -":
        return False
    opens = text.rfind(" ", start - LOOKBACK if start > LOOKBACK else 0, start - 1) + 1
    if text[opens : start - 1].lower() not in p.idiom_leads:
        return False  # the word before opens no phrase of the table (``net`` of ``net zero`` does)
    phrase = p.idiom.match(text, opens)
    return phrase is not None and phrase.end() >= reading.number_end


def count_of_one(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """A lone ``one`` counts a unit, currency or percent, opens an age range or joins ``or``: not ``one man``.

    Nor ``one`` right after a negation (table ``negations``: ``not one rupee``), an emphatic ``no``.
    ``one mile``, ``one-yen``, ``aged one to 14``, ``one or two changes``, ``one to two seats`` stay figures."""
    if text[reading.start : reading.number_end].lower() != "one":
        return False
    if (before := word_before(text, reading.start)) is not None and before[1].lower() in p.negations:
        return True  # "not one rupee has reached our members": nothing
    if (join := _ONE_OR.match(text, reading.number_end)) is not None and p.words_at(text, join.end()) is not None:
        return False  # "one or two changes": a range, as "two or three changes" is
    if (join := _ONE_TO.match(text, reading.number_end)) is not None and _counted_after(p, text, join.end()):
        return False  # "one to two seats"; not "one to three of them", "one to one"
    after = p.suffix_at(text, reading.number_end)
    if after is None or after["strong"] is not None:
        if _ONE_TO.match(text, reading.number_end) and age_after_age_word(p, text, reading) is not None:
            return False
        return not _starts_measured_range(p, text, reading.number_end, reading.start)
    return after["compound"] is not None and after["compound"] not in p.currency_words


def _counted_after(p: Patterns, text: str, pos: int) -> bool:
    """A number in words other than ``one`` follows ``pos``, then a word that is no ``of``: ``to two seats``."""
    second = p.words_at(text, pos)
    if second is None or second.group().strip().lower() == "one":
        return False
    noun = _WORD_AFTER.match(text, second.end())
    return noun is not None and noun[1].islower() and noun[1] != "of"


def _starts_measured_range(p: Patterns, text: str, pos: int, start: int) -> bool:
    """``to`` (or ``and`` after ``between``) and a number with a unit, currency or percent follow ``pos``: ``one to
    two hours``, ``between one and two inches``; ``start`` is where ``one`` starts."""
    join = _ONE_TO.match(text, pos)
    if join is None and (before := word_before(text, start)) is not None and before[1].lower() == "between":
        join = _ONE_AND.match(text, pos)
    if join is None:
        return False
    second = p.words_at(text, join.end()) or p.digits.match(text, join.end() + 1)
    after = p.suffix_at(text, second.end()) if second is not None else None
    return after is not None and after["strong"] is None and after["compound"] is None


def rate_after_amount(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """``a``/``an`` right after an amount starts a rate, not a count: ``$2,100 an ounce``, ``45 cents a litre``.

    So does one after a bare number and ``to``, ``per`` or ``against`` (``the forint slipped to 395 against a
    euro``, not ``from 90 cents to a dollar``).
    """
    start = match.start("one")
    words = text[max(0, start - LOOKBACK) : start].split()
    if len(words) > 1 and words[-1].lower() in _RATE_JOINS:
        return words[-2].replace(",", "").replace(".", "").isdigit()
    last = words[-1].lower() if words else ""
    return (
        any(char.isdigit() for char in last)
        or last in p.amount_ends
        or _named_amount(p, words)
        or _measured_amount(p, words)
    )


def unit_of_a_price(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """``a``/``an``, a unit and ``of`` in a sentence that prices it are the unit of the price, not a count of one.

    Table ``price_words``: ``A tonne of wheat now costs $300``, ``the cost of a kilo of rice``."""
    unit = _UNIT_OF.match(text, match.end("one"))
    if unit is None or unit[1].lower() in p.currency_words or unit[1].lower() in p.minor_currency_words:
        return False
    after = text[unit.end() : unit.end() + LOOKBACK * 4].split("\n", 1)[0].split(". ", 1)[0]  # to the sentence's end
    words = [*sentence_before(text, match.start("one")), *(word.strip(WORD_EDGES).lower() for word in after.split())]
    return not p.price_words.isdisjoint(words)


def _measured_amount(p: Patterns, words: list[str]) -> bool:
    """``words`` end in a number and a plural noun after it: ``12 tonnes``, ``two litres`` (before ``a hectare``)."""
    if len(words) < 2 or not words[-1].isalpha() or not words[-1].endswith("s"):
        return False
    number = words[-2].lower()
    return number.replace(",", "").replace(".", "").isdigit() or number in p.number_words


def _named_amount(p: Patterns, words: list[str]) -> bool:
    """``words`` end in a number and a currency name after it: ``8,200 baht``, ``3 rials`` (before ``a tonne``)."""
    if len(words) < 2 or not any(char.isdigit() for char in words[-2]):
        return False
    name = words[-1].lower()
    return name in p.currency_words or (name.endswith("s") and name[:-1] in p.currency_words)


def part_of_a_whole(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """``half a`` after a word that makes it a part (table ``half_blockers``): ``the second half a minute late``."""
    before = word_before(text, match.start("half"))
    return before is not None and before[1].lower() in p.half_blockers


def vague_without_of(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """``tens`` and ``scores`` are an amount only before ``of`` (``tens of thousands``), not ``scores`` of a game."""
    phrase = match["vague"].lower()
    return phrase.split()[0] in ("tens", "scores") and " of " not in phrase


#: The ``s`` of a possessive after its apostrophe, ending the word.
_POSSESSIVE = lazy_compile(r"s(?!\w)")


def glued_after(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """The number goes on into a longer token: ``121st``, ``17:31``, ``24/7``, ``five-pointed`` (not ``$5-a-day``).

    A percentage joined to a word by a hyphen stays a figure: ``a 30%-owned mine``; so does an amount joined to its
    currency's letters printed again before a second amount, a range (``Rs 2,350-Rs 2,600``).  So does the plural of a
    number written with an apostrophe, a decade or a vague amount: ``the 90’s``, ``the 1980's``, ``100's of titles``,
    and the possessive of a noun the number and its unit make: ``the 82-year-old's condition``.
    """
    end = reading.end
    if end >= len(text):
        return False
    char = text[end]
    if char.isalnum():
        return True
    if char in _APOSTROPHES:
        if reading.unit is not None and reading.end > reading.number_end and _POSSESSIVE.match(text, end + 1):
            return False  # the 82-year-old's condition: the possessive of the noun the number is part of
        return _APOSTROPHE_PLURAL.match(text, end) is not None
    if char not in _GOES_ON:
        return False  # white space or another mark: every test below starts with one of these
    following = text[end + 1 : end + 2]
    if char == "-" and text.startswith("-to-", end):
        return False  # two-to-six-year
    if (reading.currency or reading.coin) is not None and _RATE_HYPHENS.match(text, end) is not None:
        return False  # a price joined to its rate: $6.50-a-pound, a 10-cent-a-litre break, 5-cent-per-bag
    joined = char == "-" and following.isalpha() and not reading.scaled and reading.unit is None
    joined = joined and reading.kind != "percent"  # a 30%-owned mine: a share, not a longer token
    joined = joined and not (reading.currency is not None and p.prefix_again.match(text, end + 1))  # Rs 2,350-Rs 2,600: a range
    joined = joined and not p.approx_after.match(text, end)  # 25-plus goals: a qualifier
    if char == "/" and reading.canonical is not None:
        return False  # a measure before another: 8GB/256GB
    if char == "." and following.isupper():
        return _EXCHANGE_CODE.match(text, end) is not None  # a stock's code on its exchange: (7011.T), (0700.HK)
    return (char in ".:/" and following.isdigit()) or joined or _MODEL_PLURAL.match(text, end) is not None


def currency_itself(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """``a``/``an`` and a currency or unit before ``that``, ``not`` or a subject is itself: ``a pound we lose``.

    So are ``a rupee that has weakened``, ``a kilo that is not flown in``, ``a pound not spent``, ``a dollar saved``
    and ``a dollar figure``.
    """
    return reading.coin is None and _RELATIVE_AFTER.match(text, reading.end) is not None


def coin_denied(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """``a``/``an`` and a coin or a unit after a negation in its clause is an idiom for nothing: ``not a penny``.

    Table ``negations``: ``he never earned a cent``, ``he would not give an inch``; not ``the levy adds a penny a
    litre`` nor ``more than an inch of rain``.
    """
    if reading.coin is None and match.lastgroup != "one":
        return False
    for word in reversed(text[max(0, reading.start - LOOKBACK) : reading.start].split()[-_DENIAL_REACH:]):
        if word.lower() in p.negations or word.lower().endswith(("n't", "n’t")):
            return True
        if word[-1] in ",;:.":
            return False  # the clause ends before it
    return False


def _part_of_a_scale(p: Patterns, text: str, start: int) -> bool:
    """A fraction and ``of`` stand right before ``start``: ``two thirds of`` before ``a million``, ``1/20th of``
    before ``an ounce``."""
    before = text[max(0, start - LOOKBACK) : start]
    if not before.endswith(" of "):
        return False
    cut = max(before.rfind(" ", 0, -4), before.rfind("-", 0, -4))
    if cut >= 0 and _DIGIT_FRACTION.fullmatch(before, cut + 1, len(before) - 4):
        return True
    return cut >= 0 and p.ratio_or_fraction_after.match(before, cut) is not None


#: A fraction in digits, maybe with an ordinal's ending: ``3/4``, ``1/20th``.
_DIGIT_FRACTION = lazy_compile(r"\d{1,4}/\d{1,4}(?:st|nd|rd|th)?s?")


def half_without_unit(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """``half a``/``half an`` is a figure only before a unit it halves: ``half an hour``, not ``half a dozen`` alone."""
    return reading.unit is None


def ratio_or_fraction(p: Patterns, text: str, reading: Reading, match: re.Match[str]) -> bool:
    """A bare count in a ratio (``one in five``, ``9 out of 10``) or a fraction (``two thirds of``).

    A ratio's part is no larger than its whole: ``killed 12 in six raids`` states two counts.
    """
    if text.startswith(_ARTICLES, reading.start) and _part_of_a_scale(p, text, reading.start):
        return True  # a third of a billion dollars: not a billion
    if reading.unit is not None or reading.kind != "quantity" or reading.value is None:
        return False  # not a bare count
    follows, then = text[reading.end : reading.end + 1], text[reading.end + 1 : reading.end + 2]
    if (
        (follows.isspace() or follows == "-")
        and (then in p.ratio_after_starts or not then.isascii())  # else no ratio or fraction word can follow
        and (after := p.ratio_or_fraction_after.match(text, reading.end))
    ):
        if (whole := after["whole"]) is None:
            return True  # two thirds of
        if _an_age(p, text, reading.start):
            return False  # girls aged 9 to 14 in 15 districts: an age, then a place
        return _is_ratio(after[0], reading.value, _count_value(p, text[after.start("whole") : after.end() + LOOKBACK]))
    if not text[reading.start - 1].isspace():
        return False  # no ratio word right before it
    words = text[max(0, reading.start - LOOKBACK) : reading.start].rsplit(None, 1)
    if not words or words[-1] not in p.ratio_ends:
        return False  # the word before is no ratio word: the pattern need not be tried
    before = match_before(p.ratio_before, text, reading.start, LOOKBACK)
    if before is None or _an_age(p, text, text.rfind(before[1], before[0], reading.start)):
        return False  # under the age of five in 13 counties
    return _is_ratio(text[before[0] : reading.start], _count_value(p, before[1]), reading.value)


def _an_age(p: Patterns, text: str, start: int) -> bool:
    """The number at ``start`` is an age, which no ratio has for its part: after a word of table ``age_words``, perhaps
    and ``of`` (``aged 9``, ``the age of five``), or ending a range of ages (``aged 9 to 14``)."""
    words = text[max(0, start - _AGE_REACH) : start].split()
    if len(words) > 2 and words[-1] == "to":
        words = words[:-2]  # aged 9 to
    if words[-1:] == ["of"]:
        words = words[:-1]
    return bool(words) and p.age_word.fullmatch(words[-1]) is not None


#: How far before a number the words that make it an age are read, in characters: ``the age of``, ``aged 18 to``.
_AGE_REACH = 24


def _is_ratio(joined: str, part: float, whole: float) -> bool:
    """A part and a whole that ``joined`` (``in``, ``out of``, with the numbers around them) makes a ratio.

    The part is no larger than the whole (``killed 12 in six raids``: two counts), and smaller after ``in``
    (``three in three days``: an age and a time).  After ``out of``, a whole that is no base of a proportion (above
    ten and no power of ten) is a count of its own, and so is the part taken of it: ``10 out of 144 hospital
    trusts``, ``22 out of 35 firms`` (``nine out of ten``, ``eight out of 10``, ``99 out of 100``, ``one in 20`` stay
    ratios)."""
    if " out " not in f" {joined.lower()} ":
        return part < whole
    return part <= whole and (whole <= _PROPORTION_LEAST or math.log10(whole).is_integer())


#: The largest whole of a proportion that is no power of ten: ``four out of five``, ``nine out of ten``.
_PROPORTION_LEAST = 10


def _count_value(p: Patterns, count: str) -> float:
    """The value of the count that ``count`` starts with, in digits or words: ``10``, ``1,000``, ``twelve hundred``."""
    if (digits := _COUNT_DIGITS.match(count)) is not None:
        return digits_value(digits.group())
    read = p.word_numbers.read(count)
    return read[0] if read is not None else 0.0


def reading_time(p: Patterns, text: str, reading: Reading) -> bool:
    """Minutes of a page's reading time are no figure of its story: ``5 min read``, ``2 min. read``, ``Time to read 3 min.``.

    Minutes before ``read`` (not the verb: ``read aloud``), or after ``Time to read`` or ``Reading time:``.
    """
    if reading.canonical != "minutes" or reading.high is not None:
        return False
    if _READ_AFTER.match(text, reading.end) is not None:
        return True
    before = text[max(0, reading.start - _READ_LEAD_REACH) : reading.start].rstrip(" :").lower()
    return before.endswith(_READ_LEADS)
