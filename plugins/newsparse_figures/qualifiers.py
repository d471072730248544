"""What the words around a read number add to it: its qualifier (``more than``), the noun it counts, an age.

:func:`finish` runs once a figure's extent is known (after ranges are joined); :func:`is_pronoun`
tells a number in words standing for a noun (``the two met``) from a count.
"""

from __future__ import annotations

from collections.abc import Callable

from newsparse.lazy_regex import lazy_compile

from .patterns import Patterns, compares
from .reading import LOOKBACK, WORD_EDGES, Reading, match_before, word_before

__all__ = [
    "age_after_age_word",
    "age_after_at",
    "age_after_name",
    "age_in_brackets",
    "age_of_people",
    "age_or_older",
    "age_verb",
    "named_scale",
    "finish",
    "is_pronoun",
]

#: A step of stage ``figure`` of table ``unit``: the unit as printed and its canonical spelling, or None.
UnitStep = Callable[[Patterns, str, Reading], "tuple[str, str | None] | None"]
#: The unit of an age.
_YEARS = ("years", "years")
#: What follows an age that is a bound: ``60 or older``, ``18 and over``, ``5 and under``, ``65 or younger``.
_OLDER_AFTER = lazy_compile(r"[ \t]+(?:or|and)[ \t]+(?:older|younger|over|under)\b(?![ \t]+(?:the|a|an)\b)")

#: What joins a qualifier printed after a figure to it besides white space (``5,000 or more``): ``25-plus``.
_HYPHEN = "-"
#: What may follow a full stop that ends a sentence (the empty string: the end of the passage).
_AFTER_FULL_STOP = frozenset({"", " ", "\n", "”", '"', "’"})
#: What may close a clause after an age: ``his debut at 16, said``, ``moved here at 12.``, ``go at 58?``
_CLAUSE_ENDS = frozenset(",.?;")
#: What may close an age after a name: ``Babis, 71, thanked``, ``said Ada Roe, 47.``
_NAME_AGE_ENDS = frozenset(",.")
#: What may stand between the name and its age, the age it has reached: ``Pacquiao, now forty, is``.
_NOW_AGE = ", now "
#: ``at`` and a space, as it ends the text before such an age.
_AT = ("at ", "At ")
#: How many words before ``at`` an event of a life (table ``life_events``) may stand, within how many characters.
_LIFE_WORDS = 5
_LIFE_REACH = 60
#: Ages above this are not read from ``Name, NN,``.
_OLDEST = 120
#: How many digits an age in brackets after a name has: ``Sean Bird (25)``.
_AGE_DIGITS = 2
#: How far after a duration the word that may count it from a moment is looked for (``ago``, ``earlier``).
_END_REACH = 12
#: A capitalised word of a name: ``Sean``, ``McCartan``, ``O’Brien``, ``Smith-Jones``.
_NAME_WORD = lazy_compile(r"[^\W\d_][^\W\d]*(?:['’-][^\W\d_]+)*")


def finish(text: str, reading: Reading, anchor: int, patterns: Patterns, unit_steps: tuple[UnitStep, ...]) -> None:
    """Add the qualifier before ``anchor`` (or after the figure) and, to a bare count, the unit of the first of
    ``unit_steps`` that finds one."""
    p = patterns
    before = match_before(p.approx_before, text, anchor, LOOKBACK)
    # the qualifier after a figure follows white space: the pattern is tried only there
    joins = text[reading.end : reading.end + 1]
    spaced = joins.isspace() or joins == _HYPHEN
    after = p.approx_after.match(text, reading.end) if before is None and spaced else None
    qualifier = before[1] if before is not None else (after["q"] or after["h"]) if after is not None else None
    if qualifier is not None:
        approx = " ".join(qualifier.lower().split())
        if before is None or not (
            _over_means_during(text, reading, before[0], p)
            or (approx in p.governable and _governed(text, reading, before[0], approx, p))
        ):
            reading.approx = approx
    if reading.kind == "quantity" and reading.unit is None:
        for step in unit_steps:
            if (unit := step(p, text, reading)) is not None:
                reading.unit, reading.canonical = unit
                return


def is_pronoun(patterns: Patterns, text: str, reading: Reading) -> bool:
    """A unit-less number in words after ``the`` and the like, with no noun to count: ``the two met``.

    Not the whole a part is taken of, after ``of``: ``five out of the six voted``, ``Of the two, one``; nor a number
    with a scale word, an amount however it is used (``the two dozen already destroyed``, ``the three hundred who
    applied``; a vague ``the thousands who marched`` stays out)."""
    if reading.unit is not None or reading.kind != "quantity":
        return False
    if reading.high is not None or (reading.scaled and reading.value is not None) or text[reading.start : reading.start + 1].isdigit():
        return False
    before = word_before(text, reading.start)
    if before is None or before[1].lower() not in patterns.pronoun_determiners:
        return False
    of = word_before(text, before[0])
    return of is None or of[1].strip(WORD_EDGES).lower() != "of"


def _governed(text: str, reading: Reading, start: int, qualifier: str, patterns: Patterns) -> bool:
    """The word before ``qualifier`` governs it: ``add up to`` (table ``governed_qualifiers``; not before a duration:
    ``spoke about 20 minutes``), or an amount compares itself with what follows ``more than`` (``€25,000 more than
    five years ago``, ``10% less than``) or ``over`` (``won 61% over two opponents``)."""
    if (before := word_before(text, start)) is None:
        return False
    word = before[1].lower()
    if compares(qualifier):
        return word[-1].isdigit() or word[-1] == "%" or word in patterns.scale_words
    governing = patterns.governed_qualifiers.get(qualifier.split(None, 1)[0], ())
    return word in governing and reading.canonical not in patterns.duration_units


def _over_means_during(text: str, reading: Reading, start: int, patterns: Patterns) -> bool:
    """``over`` before a duration means *during* (``rose 8% over three years``), unless a word before it makes it
    *more than* (``for over three years``, ``lasted over a decade``, ``waited over 12 hours``; table
    ``over_duration_keepers``) or one after it counts from a moment (``over 30 years ago``; ``over_duration_ends``)."""
    if reading.canonical not in patterns.duration_units or text[start:].split(None, 1)[0].lower() != "over":
        return False
    after = text[reading.end : reading.end + _END_REACH].split(None, 1)
    if after and after[0].strip(WORD_EDGES).lower() in patterns.over_duration_ends:
        return False
    before = word_before(text, start)
    return before is None or before[1].strip(WORD_EDGES).lower() not in patterns.over_duration_keepers


def named_scale(patterns: Patterns, text: str, reading: Reading) -> tuple[str, str | None] | None:
    """A number next to the name of a scale (table ``named_scales``) measures on it (``magnitude 7.8``).

    So do ``magnitude-6.6``, ``a magnitude of 5.9`` and ``a 7.0 magnitude quake``.
    """
    if reading.value is None or reading.value > patterns.named_scale_top:
        return None  # the magnitude of 500 job losses
    start, end = reading.start, reading.end
    name = patterns.named_scale_after.match(text, end) if text[end : end + 1] == " " else None
    if name is None and text[start - 1 : start] in (" ", "-"):
        name = patterns.named_scale_before.search(text, start - LOOKBACK if start > LOOKBACK else 0, start)
    return (name["name"].lower(), None) if name is not None else None


def age_verb(patterns: Patterns, text: str, reading: Reading) -> tuple[str, str | None] | None:
    """A bare number right after ``turns``/``turned`` (table ``age_verbs``) is an age: ``the mayor turns 58``."""
    before = word_before(text, reading.start)
    return _YEARS if before is not None and before[1].lower() in patterns.age_verbs and reading.high is None else None


def age_after_age_word(patterns: Patterns, text: str, reading: Reading) -> tuple[str, str | None] | None:
    """A count right after ``aged`` or ``ages`` (table ``age_words``), perhaps and a word of :data:`_AGE_WORD_JOINS`, is an age.

    ``aged 40 to 79``, ``aged between 50 and 70``, ``aged over 25``.
    """
    end = reading.start - 1  # the space before the number
    if text[end : end + 1] != " ":
        return None
    opens = text.rfind(" ", end - LOOKBACK if end > LOOKBACK else 0, end) + 1
    if text[opens:end].lower() in _AGE_WORD_JOINS:
        end = opens - 1
        opens = text.rfind(" ", end - LOOKBACK if end > LOOKBACK else 0, end) + 1
    return _YEARS if patterns.age_word.fullmatch(text, opens, end) is not None else None


#: The words between ``aged`` and the age: ``aged between 40 and 79``, ``aged over 25``.
_AGE_WORD_JOINS = frozenset(["between", "from", "over", "under"])


def age_or_older(patterns: Patterns, text: str, reading: Reading) -> tuple[str, str | None] | None:
    """A whole number before ``or older`` or ``and younger`` is an age: ``adults 60 or older``, ``children 5 and under``."""
    if text[reading.end : reading.end + 4] not in (" or ", " and"):
        return None
    return _YEARS if _whole_age(text, reading) and _OLDER_AFTER.match(text, reading.end) is not None else None


def age_after_at(patterns: Patterns, text: str, reading: Reading) -> tuple[str, str | None] | None:
    """A whole number between ``at`` opening a sentence or clause and a comma is an age: ``At 46, she``.

    So is one after ``at`` that ends a clause where a word of a life's events (table ``life_events``) comes a few
    words before: ``gave him his debut at 16, said``, ``moved to Canada at 12.``
    """
    start, end = reading.start, reading.end
    if text[end : end + 1] not in _CLAUSE_ENDS or not text.startswith(_AT, start - 3) or not _whole_age(text, reading):
        return None
    opener = text[max(0, start - 5) : start]
    if text[end] == "," and (opener == ", at " or (opener[-3:] == "At " and (start <= 4 or opener[:2] == ". "))):
        return _YEARS
    if opener[-4:] != " at ":
        return None
    words = text[max(0, start - _LIFE_REACH) : start - 4].lower().split()[-_LIFE_WORDS:]
    return _YEARS if any(word.strip(WORD_EDGES) in patterns.life_events for word in words) else None


def age_after_name(patterns: Patterns, text: str, reading: Reading) -> tuple[str, str | None] | None:
    """A whole number set off by commas after a name is an age: ``Babis, 71, thanked``; ``O’Brien, 39, of``.

    After ``now`` it may be printed in words too: ``Pacquiao, now forty, is``; a word of table ``age_sharers`` gives
    it to several (``Lee and Roe, both 20, were``), and a name may end in a suffix of table ``name_suffixes``
    (``Al Roe Jr., 23, of``).

    A full stop that ends the sentence may close it instead: ``said the coach, Ada Roe, 47.``  So are two digits
    alone in brackets after a full name (:func:`age_in_brackets`): ``Sean Bird (25) was``.
    """
    start, end = reading.start, reading.end
    if age_in_brackets(patterns, text, start, end):
        return _YEARS
    now = text.endswith(_NOW_AGE, 0, start)  # Pacquiao, now forty,
    shared = None if now else word_before(text, start)  # Lee and Roe, both 20,
    shared = shared if shared is not None and shared[1] in patterns.age_sharers else None
    comma = start - len(_NOW_AGE) if now else shared[0] - 2 if shared else start - 2
    if text[end : end + 1] not in _NAME_AGE_ENDS or text[comma : comma + 2] != ", ":
        return None
    if not (_whole_age(text, reading) or (now and _age_in_words(text, reading))):
        return None
    if text[end] == "." and not _ends_sentence(text, end):
        return None
    name = text[text.rfind(" ", 0, comma) + 1 : comma]
    return _YEARS if name[:1].isupper() and (name[-1:].isalpha() or name in patterns.name_suffixes) else None


def _age_in_words(text: str, reading: Reading) -> bool:
    """The figure is one whole number in words, young enough to be an age (``forty``, ``thirty-two``)."""
    printed = text[reading.start : reading.end].replace("-", "")
    return reading.high is None and printed.isalpha() and reading.value is not None and reading.value < _OLDEST


def age_in_brackets(patterns: Patterns, text: str, start: int, end: int) -> bool:
    """Two digits alone in brackets right after a full name (two capitalised words) are an age, as Irish and
    British court reports print it: ``Sean Bird (25)``, ``Mary O’Brien (41), of``, ``Áine Ní Bhriain (58)``; not one digit (``the Phone (4)``,
    ``Rocky (2)``), nor after one word (``Democrats (51)``) or a word that leads numbers (``The Crown (12)``)."""
    if end - start != _AGE_DIGITS or text[start - 2 : start] != " (" or text[end : end + 1] != ")":
        return False
    words = text[max(0, start - 2 - 2 * LOOKBACK) : start - 2].split()[-2:]
    return (
        text[start:end].isdigit()
        and len(words) == 2
        and all(_NAME_WORD.fullmatch(word) and word[0].isupper() and not word.isupper() for word in words)
        and words[0] not in patterns.number_leaders
    )


def age_of_people(patterns: Patterns, text: str, reading: Reading) -> tuple[str, str | None] | None:
    """A whole number after people and ``over``/``under``, or ``who is``, is an age: ``pensioners over 65``.

    Tables ``age_groups`` and ``age_clauses`` (``the treasurer, who is 37``); it runs on counts with no noun after them.
    A number in words is an age there too: ``children under five``.
    """
    if not _whole_age(text, reading) and (
        not text[reading.start].isalpha() or text[reading.start : reading.end].lower() not in patterns.number_words
    ):
        return None  # neither a whole number in digits nor one in words (``children under five``)
    if text[reading.start - 1 : reading.start] != " ":
        return None
    words = text[max(0, reading.start - LOOKBACK) : reading.start].lower().split()[-2:]
    leads = patterns.age_leads
    return _YEARS if " ".join(words) in leads or (words and words[-1] in leads) else None  # who is 37, who's 37


def _ends_sentence(text: str, end: int) -> bool:
    """A full stop at ``end`` ends the sentence: white space, a closing quote or the end of the text follows it."""
    return text[end : end + 1] == "." and text[end + 1 : end + 2] in _AFTER_FULL_STOP


def _whole_age(text: str, reading: Reading) -> bool:
    """The figure is one whole number in digits, not a range, young enough to be an age."""
    return (
        reading.high is None
        and text[reading.start : reading.end].isdigit()
        and reading.value is not None
        and reading.value < _OLDEST
    )
