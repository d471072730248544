"""What a count counts: the noun after a number (``250 Ukrainian servicemen`` -> servicemen).

Measures (``km``, ``hours``) are read with the number itself (see
:mod:`newsparse_figures.finder`); this module finds the counted noun of a bare
count, and fills in units a passage states only once (``5,000 soldiers ... and
another 5,500``) or implies (``the draft age from 27 to 25`` counts years).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from newsparse.lazy_regex import lazy_compile

from .patterns import Patterns
from .reading import Reading

__all__ = [
    "age_in_sentence",
    "counted_noun",
    "fill_units",
    "number_of_in_sentence",
    "of_count_noun",
    "is_plural",
    "plural",
    "plural_after",
    "previous_figure_unit",
]

#: One word after a number, or capitals with dots (``U.S.``); square brackets (editorial insertions) and quotation
#: marks (``three “problem elephants”``) are skipped; letters with accents are letters (``40 naïve investors``,
#: ``three protégés``).
_WORD_AFTER = lazy_compile(r"\s*[\[“\"]?([A-Z](?:\.[A-Z])+\.|[^\W\d_][^\W_'’-]*(?:['’-][^\W_'’-]*)*)[\]”\"]?")
#: A number in digits after ``of the``: ``Ten of the 14 hostages`` counts hostages too.
_DIGITS_AFTER = lazy_compile(r"\s*\d[\d,.]*(?=\s)")
#: A model number after a name, part of it: ``737`` of ``six Boeing 737 MAX aircraft``, ``72-600`` of ``ATR 72-600``.
_MODEL_NUMBER_AFTER = lazy_compile(r"\s*\d[\d-]*(?=\s)")
#: A number joined to a word by a hyphen, or to a unit's letters, a modifier before the counted noun: ``24,000-TEU``
#: of ``two 24,000-TEU ships``, ``155mm`` of ``six 155mm howitzers``.
_NUMBER_COMPOUND_AFTER = lazy_compile(r"\s*\d[\d,.]*(?:-[A-Za-z][A-Za-z-]*|[A-Za-z]{1,3})(?=\s)")
#: ``the number of`` before a space: ``the number of quarters needed``.
_NUMBER_OF = lazy_compile(r"\b[Nn]umber of(?= )")
#: What every match of :data:`_NUMBER_OF` holds, looked for first with a string method.
_NUMBER_OF_WORDS = "umber of"
#: A word of letters (for :func:`_other_plural`).
_LETTERS = lazy_compile(r"[A-Za-z]+")
#: ``-strong`` right after the digits of a count that sizes a group: ``an 800,000-strong army``.
_STRONG = lazy_compile(r"-strong\b")
#: A word and ``of`` right before a count, ending where it starts: ``a mother of three``.
_NOUN_OF_BEFORE = lazy_compile(r"\b([A-Za-z]+) of $")
#: How far before a count :data:`_NOUN_OF_BEFORE` is looked for.
_NOUN_OF_WINDOW = 24
#: The lower-case word right after a number and one space.
_LOWER_WORD_AFTER = lazy_compile(r" ([a-z][a-z'’-]*)\b")
#: ``of`` after a count: it counts a part of a group (``Nine of the dead``), named after it or not at all.
_PART_OF = lazy_compile(r"\s+of\s+(?:the|those|these|them|us|whom|which)\b")
#: A rate right after a number: ``per``, ``a`` or ``an`` and the thing it is per (group 1): ``17.6 per game``.
_RATE_AFTER = lazy_compile(r"[ \t]+(?:per|an?)[ \t]+([a-z]+)\b")
#: How many words after the number may stand before the counted noun (``79,000 new temporary protection decisions``).
_MAX_WORDS = 5
#: How many adjectives after ``and``/``or`` may stand before the counted noun (``fast and quiet electric ferries``).
_MAX_JOINED = 2
#: How many tokens after the number are read at most, whatever they are: the search stays short.
_MAX_TOKENS = 12
#: How many names among them do not count towards that (``two nuclear-capable US Air Force B-1 bombers``).
_MAX_NAMES = 4
#: How far from the first plural noun read the counted noun may end (a row of them: ``aircraft carriers``).
_PAIR_REACH = 60
#: A number right after a noun: it opens a count of its own (``cafés and bars 9 more``).
_NUMBER_NEXT = lazy_compile(r"\s+\d")
#: How the unit of an age printed as an adjective ends: ``58-year-old``, ``a six-month-old``.
_AGE_ADJECTIVE = "-old"
#: How far before a duration the preposition of :func:`_said_when` is looked for.
_ADVERBIAL_WINDOW = 40
#: How far back the start of a figure's sentence is looked for.
_SENTENCE_WINDOW = 300
#: How a sentence ends before the next one.
_SENTENCE_ENDS = (". ", "? ", "! ", ".” ", '." ')


def is_plural(word: str, patterns: Patterns) -> bool:
    """``word`` is a plural noun: it ends in *s* (not *ss*, *us*, *is*), is capitals and *s* (``MPs``) or is in
    ``irregular_plurals``."""
    low = word.lower()
    if low in patterns.irregular_plurals or (low.endswith("men") and len(low) > 4):
        return True
    if len(word) > 2 and word[-1] == "s" and word[:-1].isupper():
        return True  # MPs, NGOs
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ous", "'s", "’s"))


def plural(word: str, patterns: Patterns) -> str:
    """The plural of a noun printed in the singular in a compound: ``hour`` -> hours, ``foot`` -> feet, ``inch`` ->
    inches, ``century`` -> centuries, ``bed`` -> beds, ``string`` -> strings.  Abbreviations (``km``, ``mph``),
    participles (``five-pointed``, ``record-breaking``: forms in *-ed* past three letters but *-eed*, in *-ing* past
    six) and plurals are kept."""
    if (irregular := patterns.irregular_singulars.get(word)) is not None:
        return irregular
    if not (word.isalpha() and word.islower()) or not any(vowel in word for vowel in "aeiou"):
        return word  # kWh, km, mph
    if len(word) < 3 or _is_participle(word):
        return word
    if is_plural(word, patterns):
        return word
    if word.endswith(("ch", "sh", "ss", "x", "z")):
        return word + "es"
    return word[:-1] + "ies" if word[-1] == "y" and word[-2] not in "aeiou" else word + "s"


def _is_participle(word: str) -> bool:
    """``word`` reads as a participle, no noun: ``pointed``, ``sided``, ``breaking`` (not ``bed``, ``speed``, ``ring``,
    ``string``)."""
    return (word.endswith("ed") and len(word) > 3 and not word.endswith("eed")) or (word.endswith("ing") and len(word) > 6)


def plural_after(text: str, pos: int, patterns: Patterns) -> bool:
    """The word after ``pos`` is a plural noun in lower case: ``troops`` in ``2.5m troops``."""
    after = _LOWER_WORD_AFTER.match(text, pos)
    return after is not None and is_plural(after.group(1), patterns)


def _joined_plural(text: str, pos: int, patterns: Patterns) -> str | None:
    """After ``and``/``or`` between adjectives, one or two more and the plural noun: ``social and affordable homes``."""
    for adjectives in range(_MAX_JOINED + 1):
        match = _WORD_AFTER.match(text, pos)
        if match is None:
            return None
        word = match.group(1)
        if not word.replace("-", "").isalpha() or not word.islower() or word in patterns.unit_stop_words:
            return None
        if is_plural(word, patterns):
            return _last_plural(text, match.end(), word, patterns) if adjectives else None
        if word in patterns.number_words:
            return None
        pos = match.end()
    return None


def _last_plural(text: str, pos: int, word: str, patterns: Patterns) -> str:
    """The last of the plural nouns in a row from ``word`` on: ``two aircraft carriers`` -> carriers.

    A plural of table ``irregular_plurals`` after the first ends the row: ``two nationals wounded`` -> nationals, and
    so does a verb of table ``change_verbs`` (``the number of cases climbs``) or ``price_words`` (``a pack of 20
    cigarettes costs $6``).
    """
    stops, irregular, verbs = patterns.unit_stop_words, patterns.irregular_plurals, patterns.change_verbs
    while (match := _WORD_AFTER.match(text, pos)) is not None and is_plural(match.group(1), patterns):
        if (low := match.group(1).lower()) in stops or low in irregular or low in verbs or low in patterns.price_words:
            break
        word, pos = match.group(1), match.end()
    return word


def counted_noun(patterns: Patterns, text: str, reading: Reading) -> tuple[str, str | None] | None:
    """The noun a bare count counts, adjectives and names skipped: ``250 Ukrainian servicemen``, ``two aircraft carriers``.

    Adjectives and other words before the noun are skipped (``two armored vehicles``), and so are nouns used as
    modifiers (``two aircraft carriers``) and names (``two US Air Force B-1 bombers``); ``of`` with a determiner or
    possessive may come first (``1,000 of the network's personnel``, ``Ten of the 14 hostages``), and a qualifier
    of table ``approx_after`` (``5,000 or more soldiers``).  A plural count takes the first plural noun; a
    ``singular`` one (``an 800,000-strong army``) the last word before a function word or verb.  At most
    ``_MAX_TOKENS`` tokens are read.  The unit is the noun as printed, with no canonical spelling.
    """
    pos, singular = _past_qualifier(patterns, text, reading.end), reading.singular and reading.high is None  # a range counts plurals
    last, words, names, after_of, determiner = None, 0, 0, False, False
    for _ in range(_MAX_TOKENS):
        if words >= _MAX_WORDS:
            break
        match = _WORD_AFTER.match(text, pos)
        if match is None and after_of and not words:
            match = _DIGITS_AFTER.match(text, pos)
            if match is not None:
                pos = match.end()
                continue
        if match is None and text[pos + 1 : pos + 2].isdigit():
            if (match := _NUMBER_COMPOUND_AFTER.match(text, pos)) is not None:
                if not singular and _plural_compound(patterns, text, match):
                    return match.group(0).strip(), None  # nine 3-pointers, two 18-year-olds
                pos, words = match.end(), words + 1  # two 12-storey towers, six 155mm howitzers
                continue
            if last is not None and last[0].isupper() and names < _MAX_NAMES:
                if (match := _MODEL_NUMBER_AFTER.match(text, pos)) is not None:
                    pos, names = match.end(), names + 1  # six Boeing 737 MAX aircraft
                    continue
        if match is None:
            break
        word = match.group(1)
        low = word.lower()
        pos = match.end()
        if low == "of" and not words and not after_of:
            after_of = True
            continue
        if low in patterns.unit_stop_words and not (len(word) > 1 and word.isupper()):  # US is a name
            if after_of and not words and not determiner:
                determiner = True  # of the, of whom (not: 2,000 of whom are women)
                continue
            joins = not singular and words and low in patterns.adjective_joiners
            if joins and (joined := _joined_plural(text, pos, patterns)) is not None:
                return joined, None  # 30,000 social and affordable homes
            break
        if low.endswith(("'s", "’s")) or low in patterns.number_words:
            continue
        if not singular and is_plural(word, patterns):
            return _own_noun(patterns, _noun_pair(patterns, text, _last_plural(text, pos, word, patterns), match.start(1)))
        if singular and last is not None and low.endswith(("ed", "ing")):
            break
        if word[0].isupper() and names < _MAX_NAMES:
            names += 1
        else:
            words += 1
        last = word
    return _group_noun(patterns, text, reading, last) if singular and last is not None else None


def _plural_compound(patterns: Patterns, text: str, match: re.Match[str]) -> bool:
    """A number joined by a hyphen to a plural, no plural noun after it: the count's own noun (``nine 3-pointers``,
    ``two 18-year-olds``; not ``two 12-storey towers``)."""
    compound = match.group(0).strip()
    return "-" in compound and compound.endswith("s") and not plural_after(text, match.end(), patterns)


def _noun_pair(patterns: Patterns, text: str, noun: str, pos: int) -> str:
    """``noun`` and the plural noun that ``and``/``or`` (table ``list_joiners``) joins to it right after, which the
    count counts too: ``79 cafés and restaurants``; not a plural of table ``irregular_plurals`` (``10 soldiers and
    wounded``), nor one a number follows (``cafés and 9 bars`` counts cafés: the bars are counted apart)."""
    start = text.find(noun, pos, pos + _PAIR_REACH)
    join = _WORD_AFTER.match(text, start + len(noun)) if start >= 0 else None
    if join is None or join.group(1) not in patterns.list_joiners:
        return noun
    second = _WORD_AFTER.match(text, join.end())
    if second is None or not second.group(1).endswith("s") or not is_plural(second.group(1), patterns):
        return noun
    word = second.group(1).lower()
    if word in patterns.irregular_plurals or word in patterns.unit_stop_words or _NUMBER_NEXT.match(text, second.end()):
        return noun
    return text[start : second.end(1)]


def _past_qualifier(patterns: Patterns, text: str, pos: int) -> int:
    """Where the words after a count start, past a qualifier printed after it: ``300 or so residents``."""
    qualifier = patterns.approx_after.match(text, pos)
    return qualifier.end() if qualifier is not None else pos


def _own_noun(patterns: Patterns, noun: str) -> tuple[str, str | None] | None:
    """``noun`` as the unit, unless it names the rest of a group (table ``anaphor_nouns``: ``18 others``)."""
    return None if noun.lower() in patterns.anaphor_nouns else (noun, None)


def _group_noun(patterns: Patterns, text: str, reading: Reading, noun: str) -> tuple[str, str | None]:
    """The unit of a singular count: the noun, or what the strength of an armed group counts (``an 800,000-strong
    army``: ``troops``, table ``strong_groups``)."""
    return (patterns.strong_groups.get(noun.lower(), noun) if _STRONG.match(text, reading.number_end) else noun), None


def of_count_noun(patterns: Patterns, text: str, reading: Reading) -> tuple[str, str | None] | None:
    """A bare count after a noun of table ``of_count_nouns`` and ``of`` counts what that table names.

    ``a mother of three`` counts ``children`` (not ``the mother of three boys``, whose noun is read first, nor ``the
    father of 2024``, a year and no figure).
    """
    before = _NOUN_OF_BEFORE.search(text, max(0, reading.start - _NOUN_OF_WINDOW), reading.start)
    if before is None or reading.high is not None:
        return None
    unit = patterns.of_count_nouns.get(before.group(1).lower())
    return (unit, None) if unit is not None else None


class _Counted(Protocol):
    start: int
    end: int
    kind: str
    value: float | None
    unit: str | None
    canonical: str | None


#: A step of stage ``passage`` of table ``unit``: given a unit-less count and the last figure with a unit before
#: it in the passage (or None), the unit and its canonical spelling, or None.
PassageUnitStep = Callable[[Patterns, str, _Counted, "_Counted | None"], "tuple[str | None, str | None] | None"]


def fill_units(
    text: str, figures: Sequence[_Counted], patterns: Patterns, steps: tuple[PassageUnitStep, ...]
) -> None:
    """Give unit-less counts (in place) the unit of a list's next item, else of the first of ``steps`` that finds
    one in the passage."""
    _fill_lists(text, figures, patterns)
    previous: _Counted | None = None
    for figure in figures:
        if figure.kind == "quantity" and figure.unit is None and figure.value is not None:
            for step in steps:
                if (unit := step(patterns, text, figure, previous)) is not None:
                    figure.unit, figure.canonical = unit
                    break
        if figure.unit is not None:
            previous = figure


def _fill_lists(text: str, figures: Sequence[_Counted], patterns: Patterns) -> None:
    """A bare count before a word of table ``list_joiners`` and a count with a unit takes that unit, read from the
    last item back: ``3 and 6 km``, ``5, 10 or 15 tanks``, ``2, 4, and 7 buses``; before a percentage, it is one
    (``5, 10 or 15 percent``).

    A comma alone joins items only in a list a joining word closes, or in one of three items or more set off by
    commas alone (``15, 20, 25 percent``, ``4, 6, 8 houses``); not ``She was 40, 12 years after``, nor ``Of the
    12, five were``: the next has no unit.
    """
    closed = False  # the item after the pair read is in a list a joining word closes
    joiners = patterns.list_joiners
    for k in range(len(figures) - 2, -1, -1):  # from the last pair back
        figure, after = figures[k], figures[k + 1]
        between = text[figure.end : after.start]
        if joiner := between.lstrip(" ,").strip():
            closed = joiner in joiners
        else:  # a comma alone, in a list a joining word closes (after it, or in the item after it), or of three items
            closed = between.strip() == "," and (
                closed or not joiners.isdisjoint(text[after.start : after.end].split()) or _third_item(text, figures, k)
            )
        if closed and figure.kind == "quantity" and figure.unit is None and figure.value is not None:
            figure.unit, figure.canonical = after.unit, after.canonical
            restated = bool(joiner) and "," in between and not _third_item(text, figures, k)  # "rose 399.28, or 1.6 percent"
            if after.kind == "percent" and not restated and _bare_digits(text, figure):
                figure.kind = "percent"


def _third_item(text: str, figures: Sequence[_Counted], k: int) -> bool:
    """The pair of ``figures`` at ``k`` and ``k + 1`` has a third item beside it that a comma alone sets off:
    ``15, 20, 25``."""
    after = k + 2 < len(figures) and text[figures[k + 1].end : figures[k + 2].start].strip() == ","
    return after or (k > 0 and text[figures[k - 1].end : figures[k].start].strip() == ",")


def _bare_digits(text: str, figure: _Counted) -> bool:
    """``figure`` is printed as digits alone (``15`` of ``15, 20, 25 percent``), no word nor sign of its own."""
    return text[figure.start : figure.end].replace(",", "").replace(".", "").isdigit()


def number_of_in_sentence(
    patterns: Patterns, text: str, figure: _Counted, previous: _Counted | None
) -> tuple[str | None, str | None] | None:
    """A count with no noun counts the plural after the last ``the number of`` earlier in its sentence.

    One or two adjectives may come first: ``the number of quarters needed would rise from 172 to 176`` counts
    quarters, ``the number of first-time buyers fell to 41,000`` buyers (not ``the number of the dead``: a stop word
    ends it; nor after another plural noun on the way to the count: ``the number of nurses fell while waiting times
    rose to 18``).
    """
    sentence = _sentence_start(text, figure.start)
    if text.find(_NUMBER_OF_WORDS, sentence, figure.start) < 0:
        return None  # most sentences: one fast scan, no pattern tried at every character
    found = None
    for found in _NUMBER_OF.finditer(text, sentence, figure.start):
        pass
    pos = found.end() if found is not None else figure.start
    for _ in range(_MAX_JOINED + 1):  # the number of first-time buyers
        match = _WORD_AFTER.match(text, pos, figure.start)
        if match is None or match.group(1).lower() in patterns.unit_stop_words:
            return None
        if is_plural(match.group(1), patterns):
            noun = _last_plural(text, match.end(), match.group(1), patterns)
            return None if _other_plural(patterns, text[match.end() : figure.start]) else (noun, None)
        pos = match.end()
    return None


def _other_plural(patterns: Patterns, words: str) -> bool:
    """``words`` hold a plural noun in lower case, not a verb of tables ``unit_stop_words`` or ``change_verbs``
    (``rises``, ``climbs``)."""
    return any(
        word.islower() and is_plural(word, patterns) and word not in patterns.unit_stop_words
        and word not in patterns.change_verbs
        for word in _LETTERS.findall(words)
    )


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, at most ``_SENTENCE_WINDOW`` characters back."""
    window = max(0, pos - _SENTENCE_WINDOW)
    return max(window, max(text.rfind(end, window, pos) for end in _SENTENCE_ENDS) + 1)


def age_in_sentence(
    patterns: Patterns, text: str, figure: _Counted, previous: _Counted | None
) -> tuple[str | None, str | None] | None:
    """A count after an age word in its sentence counts years: ``the voting age, now 18``, ``aged between 18 and 60``.

    Not a count over :data:`_OLDEST_AGE`, no one's age (``raise retirement ages across the seven million who work``)."""
    if figure.value is not None and figure.value > _OLDEST_AGE:
        return None
    sentence = _sentence_start(text, figure.start)  # string methods: cheaper than the pattern over the window
    return ("years", "years") if patterns.age_word.search(text, sentence, figure.start) is not None else None


#: The most years an age counts: a larger count after an age word counts something else.
_OLDEST_AGE = 130


def previous_figure_unit(
    patterns: Patterns, text: str, figure: _Counted, previous: _Counted | None
) -> tuple[str | None, str | None] | None:
    """A count with no noun takes the unit of the figure before it: ``5,000 soldiers ... and another 5,500``.

    Not a count of a part of a group: ``Nine of the dead``; nor the age of a thing or person, an adjective and no
    noun counted (``a 58-year-old grower who farms 25 rai``; ``20-year-olds`` are people and pass on); nor the
    level reached after a span of time and ``to`` (``shrank in two decades to about 60``: tables ``span_leads`` and
    ``duration_units``; ``from nine days to two`` passes on); nor a unit of time to a count that opens a sentence,
    its subject (``children under 10 ... Nine have been hospitalized``); nor a scale (``magnitude 7.8 ... killed 35``;
    table ``named_scales``); nor a duration that says when (``in the last 24 hours, 18,078 their second shot``); nor a
    wait (``4,100 waited over two years, up from 3,900``: table ``wait_words``); nor a measure (a unit read with
    its number) to a count in a later sentence (``it struck 13 km deep. The toll rose to 193``), nor an age set
    between commas after a name, its unit implied (``Smith, 25, leads the club with 114``).
    """
    if previous is None or _PART_OF.match(text, figure.end) or (previous.unit or "").endswith(_AGE_ADJECTIVE):
        return None
    if previous.unit in patterns.named_scales:
        return None  # magnitude 7.8 ... killed 35
    if _span_then_to(patterns, text, previous, figure) or _time_to_subject(patterns, text, previous, figure):
        return None
    if _said_when(patterns, text, previous, figure) or _waited(patterns, text, previous):
        return None
    if _rate_per(text, figure, previous.unit):
        return None  # in 59 games … 17.6 per game: points, not games
    if previous.canonical is not None and _own_measure(text, figure, previous):
        return None  # 13 km (8 miles) deep. … at least 193; Smith, 25, leads … with 1,114
    return previous.unit, previous.canonical


def _own_measure(text: str, figure: _Counted, previous: _Counted) -> bool:
    """The measure ``previous`` keeps its unit: printed with it and in an earlier sentence than ``figure`` (``13 km
    deep. … rose to 193``), or implied between commas, an age set after a name (``Smith, 25, leads … with 1,114``;
    not ``lowered the draft age from 27 to 25 … drop it to 18``)."""
    if (previous.unit or "") in text[previous.start : previous.end]:
        return _sentence_start(text, figure.start) > previous.start
    return text[previous.start - 2 : previous.start] == ", " and text.startswith(",", previous.end)


def _rate_per(text: str, figure: _Counted, unit: str | None) -> bool:
    """``figure`` is a rate per one of the things ``unit`` counts (``17.6 per game`` after ``59 games``): it counts
    something else."""
    rate = _RATE_AFTER.match(text, figure.end) if unit else None
    return rate is not None and unit is not None and unit.lower() in (rate[1], rate[1] + "s", rate[1] + "es")


def _waited(patterns: Patterns, text: str, span: _Counted) -> bool:
    """``span`` is a duration a few words after a word of waiting (tables ``wait_words``, ``wait_gap_words``:
    ``waiting more than``)."""
    if span.canonical not in patterns.duration_units:
        return False
    return patterns.wait_before.search(text, max(0, span.start - _ADVERBIAL_WINDOW), span.start) is not None


def _said_when(patterns: Patterns, text: str, span: _Counted, figure: _Counted) -> bool:
    """``span`` is a duration that says when (``in the last 24 hours``, ``for the three months to March``: table
    ``time_adverbial_leads``), and ``figure`` does not follow the same preposition (``for 12 years, the other for 10``)."""
    if span.canonical not in patterns.duration_units:
        return False
    lead = patterns.time_adverbial.search(text, max(0, span.start - _ADVERBIAL_WINDOW), span.start)
    if lead is None:
        return False
    before = text[max(0, figure.start - _ADVERBIAL_WINDOW) : figure.start].split()[-1:]
    return [word.lower() for word in before] != [lead["lead"].lower()]


def _time_to_subject(patterns: Patterns, text: str, previous: _Counted, figure: _Counted) -> bool:
    """``previous`` counts time and ``figure`` opens a sentence after it (only marks or white space before it)."""
    opening = text[_sentence_start(text, figure.start) : figure.start].strip(" \t\n“\"'‘(")
    return previous.canonical in patterns.duration_units and not opening


def _span_then_to(patterns: Patterns, text: str, span: _Counted, figure: _Counted) -> bool:
    """``span`` is a duration after a preposition of table ``span_leads`` and ``to`` stands between it and ``figure``."""
    if span.canonical not in patterns.duration_units or text[span.end : figure.start].split()[:1] != ["to"]:
        return False
    lead = text[max(0, span.start - 12) : span.start].split()[-1:]
    return bool(lead) and lead[0].lower() in patterns.span_leads
