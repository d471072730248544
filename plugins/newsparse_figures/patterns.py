"""The regular expressions of the figure rules, built once from the merged vocabulary.

Alternations are made from the tables (as tries, escaped), so a plugin
that adds ``{"currency_words": {"zloty": "PLN"}}`` is read by every rule.  No
pattern nests quantifiers that can backtrack, so matching stays linear in the text.

What is printed before a number is read backwards: those patterns (the ``*_before``
ones) are written reversed and matched once at the start of the reversed text before
the number (see ``_match_before`` in :mod:`newsparse_figures.finder`), instead of being
searched for at every position of a window and anchored at its end.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from newsparse import regex_cache
from newsparse.hooks.vocabulary import Vocabulary
from newsparse.lazy_regex import lazy_build, lazy_compile

from .keyed import PatternsByStart, Table, starts_of
from .numbers import WordNumbers

__all__ = ["Patterns", "ascii_lower", "compares", "context_words"]

#: How many words after the first a number in words may have (``nine hundred and ninety-nine billion …``
#: takes 23); the bound keeps a run of number words from being matched again and again.
_MAX_NUMBER_WORDS = 30


def _places_not_marks(places: Iterable[str], p: Patterns) -> re.Pattern[str]:
    """Any of ``places`` (group 1), not as the mark of a currency: a ``$`` or a coin after it (``US$``, ``US cents``),
    nor a dollar's nationality before ``dollar`` (``the Canadian dollar slipped``: the currency as a market), nor
    before ``-based``, where a company is from (``the Brisbane-based jeweller``).

    ``the US dollar`` still names the place: a bare ``$`` beside it is the US dollar."""
    words = {*p.minor_currency_words, *(name.split()[-1] for name in p.named_cents)}
    mark = rf"[ \u00a0](?i:{_alternation(word for word in words if ' ' not in word)})s?(?![a-z])"
    places = {place for place in places if place}
    nationalities = places & p.nationality_places.keys()
    # the branches of both tries side by side, each opened by a plain character: from that set of first characters
    # the engine skips to the positions where a place may start, instead of trying the group at every position
    branches = _branches(_paths(places - nationalities))
    branches += [rf"{branch}(?![ \u00a0](?i:dollar))" for branch in _branches(_paths(nationalities))]
    return regex_cache.compile(rf"({'|'.join(branches) or '(?!)'})(?![A-Za-z0-9$]|{mark}|-based)")


def _alternation(entries: Iterable[str], *, spaces: bool = True, backwards: bool = False) -> str:
    """A regex matching any of ``entries``, the longest where several do; a space in an entry matches any white space.

    The regex is a trie (``["km", "km/h", "kg"]`` gives ``k(?:g|m(?:/h)?)``): the engine
    tries each character once, not once per entry that shares it, so a long table costs
    little more than a short one.  ``backwards`` matches the entries spelt backwards.
    """
    paths = _paths(entries, spaces)
    if backwards:
        paths = {path[::-1] for path in paths}
    return _trie(paths) or "(?!)"


def _paths(entries: Iterable[str], spaces: bool = True) -> set[tuple[str, ...]]:
    """Each entry as a sequence of regex pieces: escaped characters, ``\\s+`` for a space."""
    return {tuple(r"\s+" if spaces and char == " " else _escaped(char) for char in entry) for entry in entries}


@functools.lru_cache(maxsize=None)
def _escaped(char: str) -> str:
    """``re.escape(char)``, kept: the tables spell some ten thousand characters with under a hundred distinct ones."""
    return re.escape(char)


def _trie(paths: set[tuple[str, ...]]) -> str:
    """The trie regex of ``paths``, each a sequence of regex pieces; longer paths are tried first."""
    branches = _branches(paths)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if () in paths else body


def _branches(paths: set[tuple[str, ...]]) -> list[str]:
    """The branches of :func:`_trie` of ``paths``, one for each first piece, in its order (an empty path makes none)."""
    rests: dict[str, set[tuple[str, ...]]] = {}
    for path in paths:
        if path:
            rests.setdefault(path[0], set()).add(path[1:])
    return [first + _trie(rest) for first, rest in sorted(rests.items())]


def _caseless(entries: Iterable[str], *, backwards: bool = False) -> str:
    """What ``(?i:`` :func:`_alternation` ``)`` matches, each branch opened by a plain letter in either case.

    ``["euro", "Euro"]`` gives ``(?:e(?i:uro)|E(?i:uro))``: the regex engine checks a plain first
    letter before it enters a branch, but it enters every case-insensitive branch, so this fails faster.
    """
    paths = _paths({entry.lower() for entry in entries})
    if backwards:
        paths = {path[::-1] for path in paths}
    rests: dict[str, set[tuple[str, ...]]] = {}
    for path in paths:
        rests.setdefault(path[0], set()).add(path[1:])
    branches: list[str] = []
    for first, rest in sorted(rests.items()):
        tail = _trie(rest)
        tail = f"(?i:{tail})" if tail else ""
        branches.extend(f"{case}{tail}" for case in dict.fromkeys((first, first.upper())))
    return "(?:" + "|".join(branches) + ")" if branches else "(?!)"


def _word_trie(words: Iterable[str]) -> str:
    """A fast alternation of lower-case ``words``, their first letter in either case.

    ``["two", "ten"]`` gives ``(?:t(?:en|wo)|T(?:en|wo))``: every branch starts with a
    plain letter, which the regex engine checks before entering it, so scanning a page
    for these words stays quick.
    """
    rests: dict[str, set[str]] = {}
    for word in words:
        rests.setdefault(word[0], set()).add(word[1:])
    branches = [
        f"{case}{_trie(_paths(rest))}" for first, rest in sorted(rests.items()) for case in (first, first.upper())
    ]
    return "(?:" + "|".join(branches) + ")" if branches else "(?!)"


def _word_trie_backwards(words: Iterable[str]) -> str:
    """What :func:`_word_trie` matches, spelt backwards: each word's first letter, read last, in either case."""
    return _alternation({case for word in words for case in (word, word[0].upper() + word[1:])}, backwards=True)


def _with_hyphens(units: dict[str, str]) -> dict[str, str]:
    """``units`` and those of several words joined by hyphens too: ``a 12-nautical-mile limit``."""
    return {**units, **{unit.replace(" ", "-"): canonical for unit, canonical in units.items() if " " in unit}}


def _scale_starts(words: Iterable[str], letters: Iterable[str]) -> frozenset[str]:
    """The first characters of scale ``words`` in either case, of scale ``letters``, and a hyphen."""
    either_case = {char for word in words for char in (word[0], word[0].upper())}
    return frozenset({"-", *(letter[0] for letter in letters), *either_case})


def _age_leads(v: Vocabulary) -> frozenset[str]:
    """The two words before a bare number that make it an age: people and ``over``/``under`` (table ``age_groups``:
    ``pensioners over``) or a phrase of table ``age_clauses`` (``who is``)."""
    people = [w.lower() for w in v["age_groups"]]
    return frozenset(
        [f"{group} {limit}" for group in people for limit in _AGE_LIMITS]
        + [" ".join(w.lower().split()) for w in v["age_clauses"]]
    )


def compares(qualifier: str) -> bool:
    """An amount right before ``qualifier`` compares itself with the figure after it: ``10% more than``, ``61% over``."""
    return qualifier.endswith(" than") or qualifier == "over"


def _governed_qualifiers(v: Vocabulary) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """The first word of a qualifier, to the words that govern it (table ``governed_qualifiers``: ``up``: ``add``),
    and the qualifiers of table ``approx_before`` such a word may govern (``up to``) or an amount before make a
    comparison (``more than``)."""
    governing: dict[str, set[str]] = {}
    for phrase in v["governed_qualifiers"]:
        word, qualifier = phrase.lower().split()
        governing.setdefault(qualifier, set()).add(word)
    qualifiers = (" ".join(entry.lower().split()) for entry in v["approx_before"])
    governable = frozenset(q for q in qualifiers if compares(q) or q.split()[0] in governing)
    return {qualifier: frozenset(words) for qualifier, words in governing.items()}, governable


def _sign_letters(v: Vocabulary) -> str:
    """The letters written before a currency sign (``A`` of ``A$``, ``HK`` of ``HK$``), where the sign follows them."""
    symbols = v["currency_symbols"]
    signs = "".join(re.escape(key[-1]) for key in symbols if len(key) > 1 and not key[-1].isalnum())
    return rf"(?:{_alternation(key[:-1] for key in symbols if len(key) > 1 and not key[-1].isalnum())})(?=[{signs}])"


def ascii_lower(text: str) -> str:
    """``text`` with its ASCII capitals in lower case, and no other character changed: as long as ``text``, and
    made by C code alone (``str.lower`` reads every character of a text that is not all ASCII in Python's tables)."""
    if text.isascii():
        return text.lower()
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


def _lower_table(table: Mapping[str, str]) -> dict[str, str]:
    return {" ".join(key.lower().split()): value for key, value in table.items()}


def _as_printed(v: Vocabulary, names: Iterable[str]) -> tuple[frozenset[str], ...]:
    """The word lists ``names`` of ``v``, each as a set of words as printed."""
    return tuple(frozenset(v[name]) for name in names)


def _lowered(v: Vocabulary, *names: str) -> tuple[frozenset[str], ...]:
    """The word lists ``names`` of ``v``, each as a set of lower-case words."""
    return tuple(frozenset(word.lower() for word in v[name]) for name in names)


#: Words that, between people (table ``age_groups``) and a bare number, make it their age limit: ``anyone under 21``.
_AGE_LIMITS = ("over", "under", "above", "below")
#: How many patterns of some first characters :attr:`Patterns.suffix_spaced`, :attr:`Patterns.suffix_glued` and
#: :attr:`Patterns.first_word` build before they build the whole one (see :class:`newsparse_figures.keyed.PatternsByStart`).
_LIMIT = 8
#: The white space after ``of`` after a number, and the character after it (group 1): the first of a currency name
#: there (``5 million of pesos``; see :meth:`Patterns.suffix_at`).
_OF = lazy_compile(r"\s+(\S)")
#: The characters ``\s`` matches (those ``str.isspace`` accepts), spelt out for a regex set.
SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: The marks a number in words may follow, besides white space: brackets, dashes and quotation marks, closing ones too
#: (a page that opens quotes with ``”`` prints ``”Five hundred dollars …``), in a regex set.
_OPENING_MARKS = "(\\[“”\"‘’'–—«„-"
#: The marks other than a plain space that a number in words may follow (:attr:`Patterns.words`), as a regex set.
_OTHER_OPENERS = f"[{SPACES.replace(' ', '')}{_OPENING_MARKS}]"


def _ascii_but(kept: Iterable[str]) -> str:
    """A regex set's body (escaped) of the ASCII characters other than digits and the ``kept`` ones."""
    keep = set(kept)
    return "".join(re.escape(char) for char in map(chr, range(128)) if not (char.isdigit() or char in keep))


#: The word lists that decide a span of time: ``over`` kept a qualifier, prepositions that open a span, words after
#: a duration that keep ``over`` a qualifier.
_SPAN_WORDS = ("over_duration_keepers", "span_leads", "over_duration_ends")
#: Tables of words read as printed around names and dates: ``Monday morning (13)``, ``the Group of 20``, ``Lee and
#: Roe, both 20,``, ``Al Roe Jr., 23,``.
_NAME_SETS = ("weekday_names", "hour_day_words", "of_name_heads", "age_sharers", "name_suffixes")
#: Tables of an emergency number and the words after it that make it the number to call (``911 calls``), and of the
#: digits a glued ``p`` makes a video's resolution (``1080p``).
_CALL_SETS = ("emergency_numbers", "emergency_nouns", "video_resolutions", "dial_nouns", "dial_cues")
#: Tables of words read in lower case: ages (``turned 40``), names of scales (``magnitude``), words before ``half``.
_WORD_SETS = ("age_verbs", "named_scales", "half_blockers", "compared_between")


def _lower_set(words: Iterable[str]) -> frozenset[str]:
    """The words in lower case."""
    return frozenset(w.lower() for w in words)


def _shared_names(currency_words: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """Names several currencies share (``franc``: no code of its own), to the codes of their longer names."""
    return {
        name: frozenset(code for key, code in currency_words.items() if key.endswith(" " + name) and code)
        for name, shared in currency_words.items()
        if not shared
    }


def _placed_prefix_amount(context_prefixes: Mapping[str, str], places: Mapping[str, str]) -> re.Pattern[str]:
    """Letters of table ``context_prefixes`` whose currency has places, before digits (``P14.2 million``; group 1
    the letters).  No lookbehind opens it, so the engine skips to the letters fast: the caller checks that they
    start a word."""
    placed = set(places.values())
    letters = _alternation(key for key, code in context_prefixes.items() if code in placed)
    return regex_cache.compile(rf"({letters})[ \u00a0]?[0-9]")


def _named_scale_before(names: Iterable[str], leads: Iterable[str]) -> re.Pattern[str]:
    """A scale's name, singular or plural, and perhaps a preposition of ``leads`` that end the text searched."""
    return regex_cache.compile(rf"(?i:\b(?P<name>{_alternation(names)})s?)(?:-| (?:(?:{_alternation(leads)}) )?)\Z")


def _named_scale_after(names: Iterable[str]) -> re.Pattern[str]:
    return regex_cache.compile(rf" (?P<name>(?i:{_alternation(names)}))\b")


def _time_adverbial(leads: Iterable[str], words: Iterable[str]) -> re.Pattern[str]:
    """A preposition of ``leads`` and up to two of ``words`` that end the text searched: ``in the last ``."""
    return regex_cache.compile(rf"(?i)\b(?P<lead>{_alternation(leads)})\s+(?:(?:{_alternation(words)})\s+){{0,4}}\Z")


def _wait_before(words: Iterable[str], gaps: Iterable[str]) -> re.Pattern[str]:
    """A word of ``words`` and up to three of ``gaps`` that end the text searched: ``waiting more than ``."""
    return regex_cache.compile(rf"(?i)\b(?:{_alternation(words)})\s+(?:(?:{_alternation(gaps)})\s+){{0,3}}\Z")


def _in_a_time(duration_units: Iterable[str]) -> re.Pattern[str]:
    """``in`` and a span of time (``in 28 minutes``, ``in under four seconds``): the time a change took."""
    units = [*duration_units, *(unit[:-1] for unit in duration_units)]
    return regex_cache.compile(rf"\s+in\s+(?:(?:under|less\s+than|about|just)\s+)?[\w.,]+\s+(?:{_alternation(units)})\b")


def _ratio_or_fraction_after(p: Patterns, v: Vocabulary) -> re.Pattern[str]:
    """The rest of a ratio after its first number (``one in five``, ``9 out of 10``; group whole the second one, a
    count), or a fraction word and ``of`` after a number (``two thirds of``, ``three quarters of``)."""
    count = rf"(?:{_word_trie([*p.number_words, *p.long_scales])}|\d{{1,3}}(?:,\d{{3}})*(?![.,]\d))"
    ratio, fraction = _alternation(v["ratio_words"]), _alternation(v["fraction_words"])
    return regex_cache.compile(rf"\s+(?:{ratio})\s+(?P<whole>{count})\b|[\s-]+(?i:{fraction})\s+of\b")


def _ratio_after_starts(v: Vocabulary) -> frozenset[str]:
    """The ASCII characters that may follow the first white space or hyphen after a number where
    :func:`_ratio_or_fraction_after` matches: more of them, or the first letter of a word of table ``ratio_words``
    or ``fraction_words``.  After any other, the pattern is not tried."""
    firsts = rf"[\s-]|{_alternation(w[0] for w in v['ratio_words'])}|(?i:{_alternation(w[0] for w in v['fraction_words'])})"
    return frozenset(char for char in map(chr, range(128)) if re.match(firsts, char))


def context_words(patterns: Patterns, text: str) -> Iterator[re.Match[str]]:
    """Every word of table ``currency_context`` in ``text`` (group 1)."""
    yield from patterns.context_word.finditer(text)
    if any(word in text for word in patterns.lower_context_words):
        yield from patterns.lower_context_word.finditer(text)


def _context_word(p: Patterns) -> re.Pattern[str]:
    """A word of table ``currency_context`` that does not start with a lower-case letter (``Naira``, ``C$``; group 1)."""
    return regex_cache.compile(rf"({_alternation(key for key in p.currency_context if not key[0].islower())})(?![a-z])")


def _lower_context_word(p: Patterns) -> re.Pattern[str]:
    return regex_cache.compile(rf"({_alternation(p.lower_context_words)})(?![a-z])")


def _conversion(v: Vocabulary) -> re.Pattern[str]:
    return regex_cache.compile(rf"\(\s*(?:(?i:{_alternation(v['conversion_leads'])})\s+){{0,2}}\$")


#: A bare ``$`` amount and up to three words after it (``$31.2 billion Canadian shortfall``), where a bracket opens.
_BARE_BEFORE = r"\$(?<![A-Za-z$]\$)\d[\d.,]*(?:[ \u00a0]+[A-Za-z]+){0,3}[ \u00a0]*\Z"


def _converted_bracket(v: Vocabulary) -> re.Pattern[str]:
    """A bracket that opens on an amount marked as US dollars (group ``us``: ``(US$8.8 billion``) or on a bare ``$``
    amount, perhaps after a word or two (``($15.6 billion``, ``(about $7``)."""
    leads = rf"(?:(?i:{_alternation(v['conversion_leads'])})[ \u00a0]+){{0,2}}"
    return regex_cache.compile(rf"\([ \u00a0]*(?:(?P<us>{_alternation(v['us_dollar_marks'])})[ \u00a0]?|{leads}\$)\d")


def _bare_before() -> re.Pattern[str]:
    return regex_cache.compile(_BARE_BEFORE)


def _marked_before(v: Vocabulary) -> re.Pattern[str]:
    """An amount marked as US dollars (``$US11.42 billion``), perhaps with up to three words after it, where a bracket
    opens."""
    marks = _alternation(v["us_dollar_marks"])
    return regex_cache.compile(rf"(?:{marks})[ \u00a0]?\d[\d.,]*(?:[ \u00a0]+[A-Za-z]+){{0,3}}[ \u00a0]*\Z")


def _dollar_nationality(v: Vocabulary) -> re.Pattern[str]:
    """The nationality of a dollar (group 1) right after an amount, before a bracket, a stop or comma, ``dollars``, or
    one word and a bracket: `` Canadian (US$`` of ``$31.2 billion Canadian (US$``, `` Australian.``."""
    nationality = _alternation(v["dollar_nationalities"])
    ends = r"[ \u00a0]*(?:\(|[.,;]|dollars\b)|[ \u00a0]+[a-z]+[ \u00a0]*\("
    return regex_cache.compile(rf"[ \u00a0]+({nationality})(?={ends})")


def _nationality_word(v: Vocabulary) -> re.Pattern[str]:
    return regex_cache.compile(rf"(?<![\w-])({_alternation(v['dollar_nationalities'])})(?![\w-])")


def _wire(v: Vocabulary) -> re.Pattern[str]:
    return regex_cache.compile(rf"\((?:{_alternation(v['wire_agencies'])})\)")


def _dollar_priced(v: Vocabulary) -> re.Pattern[str]:
    """A unit priced in US dollars (``a barrel``), or a currency's rate against the US dollar (``against the dollar``)."""
    return regex_cache.compile(
        rf"[ \t]+(?:an?|per)[ \t]+(?:{_alternation(v['dollar_priced_units'])})(?![\w-])|/bbl\b"
        r"|[ \t]+(?:against|versus)[ \t]+the[ \t]+(?:U\.?S\.?[ \t]+)?(?:dollar|greenback)\b"
    )


def _shared_name(p: Patterns) -> re.Pattern[str]:
    return regex_cache.compile(rf"(?<![a-z])({_alternation(p.shared_names)})s?(?![a-z])")


def _first_words(p: Patterns, v: Vocabulary) -> set[str]:
    """The words a number in words starts with, or ``a``/``an`` and a word that may follow it in one
    (``a million``, ``a few``, ``a quarter million``, ``a penny``, ``a year and a half``)."""
    big_scale_words = [w for w in p.long_scales if p.scale_words[w] >= 12]
    after_a = [*big_scale_words, "few", *p.scale_fractions, *(w.lower() for w in (*v["one_unit_words"], *v["half_unit_words"]))]
    vague_words = [w.lower() for w in v["vague_amount_words"]]
    return {*p.number_words, *p.long_scales, *vague_words, *p.scale_fractions, "several"} | {
        f"{a} {word}" for a in ("a", "an") for word in after_a
    }


def _digits(p: Patterns) -> re.Pattern[str]:
    """A number in digits, with a currency sign before it (groups cur, digits).

    Groups of three may be set off by commas, a thin or no-break space, or one plain space
    (``1 414 021 100``, ``40 000``), but not before a hyphen and a word unless the last group is ``000`` (``12
    300-yard games``: a count and a measure; ``a 40 000-strong crowd``: one number); in the Indian way, groups of two
    before the last three (``4,00,000``); or by two or more full stops (``7.051.013``: no decimal has two)."""
    sign_class = f"[{p.sign_chars}]"
    #: Capitals written right after a sign: ``$US``, ``$A``.
    after_sign = _alternation(k[1:] for k in p.currency_symbols if len(k) > 1 and not k[0].isalnum())
    return regex_cache.compile(
        rf"(?:(?P<cur>{sign_class}(?:{after_sign})?)\s?)?"
        r"(?P<digits>\d{1,3}(?:\.\d{3}){2,}(?!\.?\d|,\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u202f\u2009\u00a0]\d{3})+(?!\d|,\d|(?<!000)-[A-Za-z]|[ \u202f\u2009\u00a0]\d)(?:\.\d+)?"
        r"|\d{1,2}(?:,\d\d)+,\d{3}(?!\d|,\d)(?:\.\d+)?|\d+(?:\.\d+)?)"  # Indian groups: 4,00,000
    )


def _words(p: Patterns, v: Vocabulary) -> re.Pattern[str]:
    """Written-out words (group words) or a vague amount (group vague) where a number starts (see :attr:`Patterns.words`)."""
    long_scales = p.long_scales
    big_scales = _alternation(w for w in long_scales if p.scale_words[w] >= 12)
    number_word = _word_trie(list(p.number_words) + long_scales)
    #: A word that may go on a number in words: a number word, a scale word (``three billions``).
    more_word = _word_trie([*p.number_words, *long_scales, *(w + "s" for w in long_scales if w != "dozen")])
    fractions = _word_trie(p.scale_fractions)
    vague = _word_trie(w.lower() for w in v["vague_amount_words"])
    #: ``a``/``an`` before a unit it counts as one (``a penny``, ``a mile``; group one), not before ``and a half``
    #: (``a mile and a half`` is one and a half miles: group one_and_half, before a unit ``half a`` may count).
    one_units = _alternation(v["one_unit_words"])
    return regex_cache.compile(
        rf"[\s{_OPENING_MARKS}]"
        rf"(?:(?P<words>(?:(?:[Aa]\s+)?{fractions}[\s-]+(?:of[\s-]+)?(?:an?[\s-]+)?(?={big_scales}\b)|[Aa]\s+(?={big_scales}\b))?"
        rf"{number_word}\b(?:(?:\s+and\s+|[\s-]+){more_word}\b|(?:\s+and\s+an?(?:\s+|-)|-and-an?-){fractions}\b)"
        rf"{{0,{_MAX_NUMBER_WORDS}}})"
        rf"|(?P<one>[Aa]n?)\s+(?=(?i:{one_units})s?\b(?!\s+and\s+an?\s+half\b))"
        rf"|(?P<half>[Hh]alf\s+an?\s+)(?=(?:{_alternation(v['half_unit_words'])})\b)"
        rf"|(?P<one_and_half>[Aa]n?)\s+(?=(?:{_alternation(v['half_unit_words'])})\s+and\s+an?\s+half\b)"
        rf"|(?P<vague>(?:[Ss]everal|[Aa]\s+few)\s+(?:{big_scales})s?\b|{vague}(?:\s+of\s+{vague})?\b))"
    )


def _first_word(p: Patterns, key: str | None) -> re.Pattern[str]:
    """A word a number in words starts with (see :func:`_first_words`), of those starting with ``key`` (all for no
    key), in lower case or capitalised."""
    return regex_cache.compile(rf"{_word_trie(p.tables['first_words'].starting(key))}\b")


def _tables(p: Patterns, v: Vocabulary) -> dict[str, Table]:
    """The tables :func:`_suffix_spaced`, :func:`_suffix_glued` and :func:`_first_word` are built from, by name."""
    spaced_units = [unit for unit in p.measure_units if unit not in p.glued_only]
    # after a number a currency word is read as one (``95 euro cents``, ``7 pounds`` of weight), not as letters of a
    # prefix (``euro 500``, ``pounds 8,000``); letters of table context_prefixes are printed only before (``N250``):
    # after it they are a unit or a name (``67W``, ``5P``, ``a 4K screen``)
    codes = {k: code for k, code in p.currency_prefixes.items() if k not in p.prefix_words and k not in p.context_prefixes}
    return {
        **{"symbols": Table(p.currency_symbols), "codes": Table(codes), "units": Table(spaced_units)},
        **{"coins": Table(p.glued_coins), "short": Table(p.glued_only)},
        **{name: Table(table, caseless=True) for name, table in [("named", p.named_cents), ("words", p.currency_words)]},
        **{"minor": Table(p.minor_currency_words, caseless=True)},
        "first_words": Table(_first_words(p, v), caseless=True),
    }


def _weather_word(v: Vocabulary) -> re.Pattern[str]:
    return regex_cache.compile(rf"\b(?i:{_alternation(v['weather_cues'])})\b")


def _scale_after(p: Patterns) -> re.Pattern[str]:
    letters = _alternation({**p.scale_letters, **p.money_scale_words}, spaces=False)
    return regex_cache.compile(
        rf"[\s-]?(?P<scale>{_caseless(p.scale_words)})s?\b(?P<half>\s+and\s+a\s+half\b)?"
        rf"|(?P<letter>{letters})(?![\w'’])"
    )


#: The letters English words start with, the most common first (as counted after the spaces of news text).
_INITIALS_BY_FREQUENCY = "tasiowcrphmbfdulnegkvyjzqx"


def _hint(p: Patterns, v: Vocabulary) -> str:
    """A trie of the words a number in words starts with, as :attr:`Patterns.words` takes them (in lower case or
    capitalised), read in :func:`ascii_lower`.

    Its first letters are tried in the order of :data:`_INITIALS_BY_FREQUENCY` (each branch opens with another
    letter, so the order changes no match): after most spaces the engine leaves it after a test or two, not after
    testing the letters before ``t`` in the alphabet.
    """
    words = {ascii_lower(case + word[1:]) for word in _first_words(p, v) for case in (word[0], word[0].upper())}
    rests: dict[str, set[tuple[str, ...]]] = {}
    for path in _paths(words):
        rests.setdefault(path[0], set()).add(path[1:])
    # any other first character is tried last
    order = sorted(rests, key=lambda first: (first not in _INITIALS_BY_FREQUENCY, _INITIALS_BY_FREQUENCY.find(first), first))
    return "(?:" + "|".join(first + _trie(rests[first]) for first in order) + ")" if order else "(?!)"


def _words_after_space(p: Patterns, v: Vocabulary) -> re.Pattern[str]:
    return regex_cache.compile(rf" (?:{_hint(p, v)})\b")


def _number_start(p: Patterns, v: Vocabulary) -> re.Pattern[str]:
    marks = (char for char in map(chr, range(128)) if re.match(_OTHER_OPENERS, char))
    skipped = _ascii_but([*p.signs, *marks])  # neither digits, signs nor marks: skipped by the set
    return regex_cache.compile(rf"[^{skipped}](?:(?<=[\d{p.sign_chars}])|(?<={_OTHER_OPENERS})(?:{_hint(p, v)})\b)")


def _sign_prefix_before(p: Patterns) -> re.Pattern[str]:
    prefixed = {key[:-1].lower() for key in p.currency_symbols if len(key) > 1 and not key[-1].isalnum()}
    prefixed |= {code.lower() for code in p.currency_codes}
    spaced = _alternation((k for k in prefixed if len(k) > 1 or k == "c"), backwards=True)
    return regex_cache.compile(rf"(?i:\s?({spaced})|({_alternation(prefixed, backwards=True)}))(?![\w.'’])")


def _code_before(p: Patterns) -> re.Pattern[str]:
    return regex_cache.compile(rf"\s?({_alternation(p.currency_prefixes, spaces=False, backwards=True)})(?!\w)")


def _suffix_pieces(p: Patterns, key: str | None) -> tuple[str, str, str, str]:
    """What :attr:`Patterns.suffix_spaced` and :attr:`Patterns.suffix_glued` share: a currency sign (group symbol),
    code (code), small coin and unit of measure (unit), of the entries that may start with a character of ``key``."""
    # not zł of złoty: a word
    t = p.tables
    symbols = rf"(?P<symbol>{_alternation(t['symbols'].starting(key), spaces=False)})(?!(?<=[^\W\d_])[^\W\d_])"
    codes = rf"(?P<code>{_alternation(t['codes'].starting(key), spaces=False)})(?![\w$])"
    units = rf"(?P<unit>{_alternation(t['units'].starting(key))})"
    return symbols, codes, _caseless(t["minor"].starting(key)), units


def _suffix_spaced(p: Patterns, key: str | None) -> re.Pattern[str]:
    """:attr:`Patterns.suffix_spaced` where ``key`` follows the white space (and ``of``)."""
    symbols, codes, minor, units = _suffix_pieces(p, key)
    percent = r"%|(?i:percents?|per\s+cent|pct|pc|percentage\s+points?)\b"  # a change of a percentage in points too
    named, words = (_caseless(p.tables[name].starting(key)) for name in ("named", "words"))
    return regex_cache.compile(
        rf"\s(?:{symbols}|{codes}"
        rf"|(?P<named>{named}s?)\b"
        rf"|(?P<of>of\s+)?(?P<word>{words}s?)\b(?!-)"
        rf"|(?P<minor>{minor}s?)\b"
        rf"|(?P<percent>{percent})"
        rf"|{units}(?![\w°²]|-(?!per-)|/(?!\d)))"  # not year-round, but barrels-per-day
        r"|(?!)(?P<coin>)(?P<short>)(?P<strong>)(?P<compound>)"  # groups that start against the number
    )


def _suffix_glued(p: Patterns, key: str | None) -> re.Pattern[str]:
    """:attr:`Patterns.suffix_glued` where ``key`` starts (or follows a hyphen)."""
    symbols, codes, minor, units = _suffix_pieces(p, key)
    coins, short = _alternation(p.tables["coins"].starting(key), spaces=False), _alternation(p.tables["short"].starting(key))
    named = _caseless(p.tables["named"].starting(key))
    return regex_cache.compile(
        rf"{symbols}|{codes}"
        rf"|-(?P<minor>{minor}s?)\b|-(?P<named>{named}s?)\b|(?P<coin>{coins})(?![\w'’]|\.\w)"
        r"|(?P<percent>%|-?(?i:percents?|per[\s-]cent|pct|pc)\b)"  # a 15-percent rise, a 5-per-cent cut
        rf"|(?:-?{units}|(?P<short>{short}))(?![\w°²]|/(?!\d))"  # 8GB/256GB, not 5m/s
        r"|(?P<strong>-strong\b)"
        r"|-(?P<compound>[a-z]+)\b(?![-'’])"
        r"|(?!)(?P<of>)(?P<word>)"  # groups that need white space first
    )


def _idiom(v: Vocabulary) -> re.Pattern[str]:
    return regex_cache.compile(rf"(?i:{_alternation(v['number_idioms'])})\b")


def _route_after(v: Vocabulary) -> re.Pattern[str]:
    """A route's noun after a number, and no noun after it that the number counts (see :func:`.exclusions.route_number`)."""
    return regex_cache.compile(
        rf"[ \t]+(?:{_alternation(v['route_nouns'])})(?![\w-])(?![ \t]+(?!(?:{_alternation(v['route_followers'])})\b)[a-z])"
    )


def _street_after(v: Vocabulary) -> re.Pattern[str]:
    """A street's name after a house number, perhaps after a comma (``14, Market Yard Road``, as Indian addresses print it)
    or a compass point (``2417 SE Division St.``, ``15 W. Main St.``)."""
    return regex_cache.compile(
        rf",?\s+(?:(?:[NSEW]{{1,2}}\.?\s+)?(?:[A-Z][a-z'’.-]*\s+){{1,3}}(?:{_alternation(v['street_words'])})\b"
        rf"|(?:{_alternation(v['street_leads'])})\.?\s+[A-Z])"
    )


def _approx_before(v: Vocabulary) -> re.Pattern[str]:
    return regex_cache.compile(rf"\s+({_caseless(v['approx_before'], backwards=True)})(?![\w-])")


def _approx_after(v: Vocabulary) -> re.Pattern[str]:
    hyphened = _caseless(v["hyphened_qualifiers"])
    return regex_cache.compile(rf"\s+(?P<q>{_caseless(v['approx_after'])})\b|-(?P<h>{hyphened})\b(?!-)")


def _range_lead_before(v: Vocabulary) -> re.Pattern[str]:
    """(Read backwards.) The word that opens a range or a change before its first end: ``between``, ``from``, ``by``,
    ``either``, perhaps past a qualifier (``from about``) or, for ``from``, an article (``go from a $1.25 to $1.50``),
    a noun of what the number is, maybe after an adjective (``from the equivalent of 9 cents``, ``from a high of $7``,
    ``from the original projection of $937M``) or a determiner and one
    word (``from the current £1,971``, ``from its present 5%``)."""
    return regex_cache.compile(
        rf"\s+(?:(?:{_caseless(v['approx_before'], backwards=True)}|(?i:n?a))\s+((?i:yb|morf))(?![\w-])|"
        r"((?i:fo\s+[a-z]+\s+eht\s+neewteb|fo\s+[a-z]+(?:\s+[a-z]+)?\s+(?:eht|na|a)\s+morf|[a-z]+\s+(?:eht|sti|rieht)\s+morf|"
        rf"{_alternation(('between', 'from', 'by', 'either'), backwards=True)}))(?![\w-]))"
    )


def _prefix_again(p: Patterns, v: Vocabulary) -> re.Pattern[str]:
    return regex_cache.compile(rf"(?:{_alternation(p.currency_prefixes, spaces=False)})\s?(?=\d)|{_sign_letters(v)}")


def _time_after(v: Vocabulary) -> re.Pattern[str]:
    return regex_cache.compile(rf"\s?(?:{_alternation(v['time_words'])})(?!\w)")


def _era_after(v: Vocabulary) -> re.Pattern[str]:
    return regex_cache.compile(rf"[ \t\u00a0]?(?:{_alternation(v['era_marks'], spaces=False)})(?!\w)")


def _day_part_after(v: Vocabulary) -> re.Pattern[str]:
    return regex_cache.compile(rf" (?:{_alternation(v['day_parts'])})(?![\w-])")


def _day_word_before_hour(v: Vocabulary) -> re.Pattern[str]:
    return regex_cache.compile(rf"\b(?:{_alternation(v['hour_day_words'])})[ \t]+(?:at|by)[ \t]+$")


def _month_after(p: Patterns) -> re.Pattern[str]:
    return regex_cache.compile(rf"(?:\s*[-–]\s*\d\d?|\s+(?:and|to)\s+\d\d?)?\s(?:{_alternation(p.months)})\b")


def _lower_month_year(p: Patterns) -> re.Pattern[str]:
    return regex_cache.compile(rf"\s(?:{_alternation(sorted({m.lower() for m in p.months}))})\s+[12]\d{{3}}(?![\d,.]\d)")


def _month_before(p: Patterns) -> re.Pattern[str]:
    return regex_cache.compile(
        rf"(?:\s+(?:dna|ot)\s+\d?\d(?:\s*[-–]\s*\d?\d)?|\s*[-–]\s*\d?\d)?\s+\.?(?:{_alternation(p.months, backwards=True)})\b"
    )


def _ratio_before(p: Patterns, v: Vocabulary) -> re.Pattern[str]:
    count_backwards = rf"(?:{_word_trie_backwards([*p.number_words, *p.long_scales])}|(?:\d{{3}},)*\d{{1,3}})"
    return regex_cache.compile(rf"\s+(?:{_alternation(v['ratio_words'], backwards=True)})\s+({count_backwards})(?![\w-])")


def _age_word(v: Vocabulary) -> re.Pattern[str]:
    return regex_cache.compile(rf"\b(?i:{_alternation(v['age_words'])})\b")


#: What joins the two ends of a range (or of a change): ``-``, ``to``, ``and``, ``or``, ``through``, ``~``, an em dash
#: only where no space is around it (``$8,200 — $40,000 less``: a dash setting off a clause), a suspended hyphen
#: (``8- to 16-meter``) and ``-to-`` (``two-to-six-year``) too, and ``about`` or ``~`` before the second end (``2 -
#: ~7 grams``), or a bound (``from about $44,000 to more than $86,000``, ``about ¥1 million to over ¥10 million``,
#: ``between $17,000 and just more than $34,000``: one range, with the qualifier of its first end).
_RANGE_JOIN = (
    r"(?:-?\s+(?P<word>to|and|or|through)\s+|-(?P<tied>to)-|\s*[-–~]\s*|—)"
    r"(?:(?:about|around|~)\s*|(?:(?:just\s+)?(?:more\s+than|over)|nearly|almost)\s+)?"
)


#: A telephone number at a number's start (see :attr:`Patterns.phone`).
_PHONE = r"\(\d{3}\)\s?\d{3}[-.]\d{4}(?!\d)|\d{3}-\d{3}(?:(?<!\d-\d{3}-\d{3})-\d{4}(?!\d)|[1-9](?![\d,]|\.\d))"


class Patterns:
    """Compiled regexes and lookup tables for one vocabulary.

    The tables are made at once; each pattern is built (its source written and compiled) on its first use
    (:meth:`_lazy`): a page needs only some of them, and the first page with a number would wait for them all.
    """

    def __init__(self, vocabulary: Vocabulary):
        v = vocabulary
        self.currency_symbols: dict[str, str] = dict(v["currency_symbols"])
        #: Signs with letters before them, in lower case: ``hk$``, ``us$``.
        self.prefixed_signs = {k.lower(): code for k, code in self.currency_symbols.items() if len(k) > 1}
        self.currency_codes: frozenset[str] = frozenset(v["currency_codes"])
        self.currency_words = _lower_table(v["currency_words"])
        #: Letters before an amount or a sign: ISO codes (any case where no English word), ``Rs``, ``RM``.
        self.currency_prefixes: dict[str, str] = {
            **{code: code for code in self.currency_codes},
            **v["lower_case_codes"],
            **v["currency_prefixes"],
            **v["context_prefixes"],
        }
        self._currency_context(v)
        #: The last two characters of those letters (``K`` of one): where no number follows them, none is looked for.
        self.code_ends = frozenset(key[-2:] for key in self.currency_prefixes)
        self.minor_currency_words = _lower_table(v["minor_currency_words"])
        self.named_cents = _lower_table(v["named_cents"])
        self.age_verbs, self.named_scales, self.half_blockers, self.compared_between = map(_lower_set, (v[k] for k in _WORD_SETS))
        self.duration_units = frozenset(v["duration_units"])
        self.in_a_time = self._lazy(_in_a_time, self.duration_units)  # after a change: from zero to 80% in 28 minutes
        keepers, self.span_leads, self.over_duration_ends = (frozenset(w.lower() for w in v[k]) for k in _SPAN_WORDS)
        self.over_duration_keepers = keepers | {w.lower() for w in v["wait_words"]}  # waited over 12 hours
        self.glued_coins: dict[str, str] = dict(v["glued_coins"])
        self.scale_words = {k.lower(): float(x) for k, x in v["scale_words"].items()}
        self.scale_letters = {k: float(x) for k, x in v["scale_letters"].items()}
        self.money_scale_words = {k: float(x) for k, x in v["money_scale_words"].items()}
        #: The characters other than white space that :attr:`scale_after` may start with.
        self.scale_starts = _scale_starts(self.scale_words, [*self.scale_letters, *self.money_scale_words])
        #: Words that end an amount before a rate (``5 million a mile``, ``45 cents a litre``, ``20 paise a litre``).
        coins = {*self.minor_currency_words, *(name.split()[-1] for name in self.named_cents)}
        self.amount_ends = frozenset({*self.scale_words, *coins} | {word + "s" for word in coins})
        self.scale_fractions = {k.lower(): float(x) for k, x in v["scale_fractions"].items()}
        self.metre_cues, self.metre_leads, self.metre_places, self.weight_cues, self.money_nouns, self.weighed_goods = _lowered(v, "metre_cues", "metre_leads", "metre_places", "weight_cues", "money_nouns", "weighed_goods")
        self.measure_units = _with_hyphens({" ".join(k.split()): u for k, u in v["measure_units"].items()})
        self.irregular_plurals = frozenset(w.lower() for w in v["irregular_plurals"])
        self.irregular_singulars: dict[str, str] = dict(v["irregular_singulars"])
        self.unit_stop_words = frozenset(w.lower() for w in v["unit_stop_words"])
        self.adjective_joiners = frozenset(w.lower() for w in v["adjective_joiners"])
        self.change_verbs, self.range_verbs, self.moving_verbs, self.object_openers, self.falling_verbs = _lowered(v, "change_verbs", "range_verbs", "moving_verbs", "object_openers", "falling_verbs")
        self.number_leaders = frozenset(v["number_leaders"])
        self.months = frozenset(v["months"])
        self.name_markers, self.capital_markers = frozenset(w.lower() for w in v["name_markers"]), frozenset(v["capital_markers"])
        self.negations, self.sequence_nouns, self.sequence_leads, self.grade_nouns = _lowered(v, "negations", "sequence_nouns", "sequence_leads", "grade_nouns")
        self.price_words, self.one_unit_words, self.measure_cues, self.sterling_cues = _lowered(v, "price_words", "one_unit_words", "measure_cues", "sterling_cues")
        self.pronoun_determiners = frozenset(w.lower() for w in v["pronoun_determiners"])
        self.year_leaders, self.year_nouns = _lowered(v, "year_leaders", "year_nouns")
        self.compound_blockers = self.unit_stop_words | {w.lower() for w in [*v["compound_idioms"], *v["fraction_words"]]}
        self.idiom_leads = frozenset(re.split(r"[\s-]", phrase.lower())[0] for phrase in v["number_idioms"])
        self.number_words = {k.lower() for k in v["number_words"]}
        self.word_numbers = WordNumbers(v["number_words"], v["scale_words"], v["scale_fractions"])
        #: Scale words written out (``dozen``, ``million``), not abbreviated (``bn``).
        self.long_scales = [w for w in self.scale_words if len(w) > 3]
        #: The currency signs (``$``, ``€``: the last character of a symbol that is not a letter), and for a regex set.
        self.signs = sorted({key[-1] for key in self.currency_symbols if not key[-1].isalnum()})
        self.sign_chars = "".join(re.escape(sign) for sign in self.signs)
        self._numbers(v)
        self._money_and_units(v)
        self._context(v)

    def _lazy(self, build: Callable[..., re.Pattern[str]], *args: Any) -> re.Pattern[str]:
        """The pattern ``build(*args)`` returns, built on its first use; this object's attribute is then bound to it
        (:func:`newsparse.lazy_regex.lazy_build`), so the rules call the compiled pattern itself."""
        return lazy_build(functools.partial(build, *args), vars(self))

    def _currency_context(self, v: Vocabulary) -> None:
        """The tables and the patterns of the currencies an article names (``C$``, ``naira``, ``Switzerland``), and
        the letters before an amount that are a currency's name (``euro``, ``pounds``: some archives print them so)."""
        self.prefix_words = frozenset(k for k in self.currency_prefixes if k.casefold().removesuffix("s") in self.currency_words)
        #: Letters that name a currency only in an article that speaks of it (``N250`` is naira).
        self.context_prefixes: dict[str, str] = dict(v["context_prefixes"])
        self.context_prefix_starts = frozenset(key[0] for key in self.context_prefixes)  # their first letters
        self.dollar_currencies, self.acronym_codes = frozenset(v["dollar_currencies"]), frozenset(v["acronym_codes"])
        self.shared_prefixes: dict[str, str] = dict(v["shared_prefixes"])
        self.context_currency_names = frozenset(w.lower() for w in v["context_currency_names"])
        #: Names several currencies share (``franc``), to the currencies of their longer names (``Swiss franc``).
        self.shared_names = _shared_names(self.currency_words)
        self.currency_context: dict[str, str] = {" ".join(k.split()): code for k, code in v["currency_context"].items()}
        #: A word anywhere in an article that names a currency it speaks of (``Naira``, ``C$``), and those of them
        #: that start with a lower-case letter (``naira``): a common letter, where the search would stop at every
        #: one, so they are searched for only in an article that holds one of them (see :func:`context_words`).
        self.lower_context_words = tuple(key for key in self.currency_context if key[0].islower())
        self.context_word = self._lazy(_context_word, self)
        self.lower_context_word = self._lazy(_lower_context_word, self)
        #: A bare ``$`` in brackets, perhaps after a word or two (``($3.6 billion)``, ``(about $2 billion)``): a conversion.
        self.conversion = self._lazy(_conversion, v)
        #: A bracket that opens on a marked US amount or a bare ``$`` amount, and what must stand before each for the
        #: two to be a conversion between them: a bare ``$`` amount before a marked one, a marked one before a bare one.
        self.converted_bracket = self._lazy(_converted_bracket, v)
        self.bare_before = self._lazy(_bare_before)
        self.marked_before = self._lazy(_marked_before, v)
        #: The nationality of a dollar right after a bare ``$`` amount (``$31.2 billion Canadian (``; group 1).
        self.dollar_nationality = self._lazy(_dollar_nationality, v)
        #: The nationality of a dollar as a word (``Canadian``; group 1): in an article whose marked US dollar
        #: converts a bare ``$``, the one it names decides that ``$``.
        self.nationality_word = self._lazy(_nationality_word, v)
        self.dollar_nationalities: dict[str, str] = {" ".join(k.split()): c for k, c in v["dollar_nationalities"].items()}
        #: An agency in brackets (``(Reuters)``): wire copy, which marks a foreign dollar.
        self.wire = self._lazy(_wire, v)
        #: A rate of a good priced in US dollars the world over after an amount (``a barrel``; table
        #: ``dollar_priced_units``), or a currency's rate ``against the dollar``: its bare ``$`` is the US dollar,
        #: whatever dollar the article's places name.
        self.dollar_priced = self._lazy(_dollar_priced, v)
        #: Nationality words (table ``nationality_places``), places of their country where printed twice at least.
        self.nationality_places: dict[str, str] = dict(v["nationality_places"])
        self.currency_places: dict[str, str] = {
            " ".join(k.split()): code for k, code in (*v["currency_places"].items(), *self.nationality_places.items())
        }
        self.dateline_places: dict[str, str] = dict(v["dateline_places"])
        self._place_patterns: dict[frozenset[str], re.Pattern[str]] = {}
        #: The currencies whose places table ``currency_places`` lists.
        self.place_currencies = frozenset(self.currency_places.values())
        #: Letters of table ``context_prefixes`` whose currency has places, before digits (``P14.2 million``).
        self.placed_prefix_amount = self._lazy(_placed_prefix_amount, self.context_prefixes, self.currency_places)
        #: A name several currencies share, singular or plural, in lower case (``pesos``; group 1 the name).
        self.shared_name = self._lazy(_shared_name, self)

    def place_of(self, currencies: frozenset[str]) -> re.Pattern[str]:
        """A place of a country whose currency is one of ``currencies`` (``Canberra``, ``Bogotá``; group 1), compiled
        on the first call for them; not the mark of a currency (``US$``, ``US cents``)."""
        pattern = self._place_patterns.get(currencies)
        if pattern is None:
            places = (key for key, code in self.currency_places.items() if code in currencies)
            pattern = self._place_patterns[currencies] = _places_not_marks(places, self)
        return pattern

    def _numbers(self, v: Vocabulary) -> None:
        """Numbers in digits and in words, and the scale after them."""
        #: Fraction characters after whole digits (``7½``), to their values; and what a fraction after whole digits
        #: may start with, against them or after a space: those characters and the digits of ``2 1/2``.
        self.vulgar_fractions = {k: float(x) for k, x in v["vulgar_fractions"].items()}
        self.fraction_starts = frozenset([*self.vulgar_fractions, *"123456789"])
        #: Units written only against a number (``5m``), never after a space.
        self.glued_only = frozenset(v["glued_only_units"])
        #: Degree symbols read after a space only in a passage that :attr:`weather_word` finds (``hit 39.8 C``).
        self.weather_units = frozenset(v["weather_units"])
        self.weather_word = self._lazy(_weather_word, v)
        #: The tables read after a number, and the first words of a number in words, found by their first characters.
        self.tables = _tables(self, v)
        #: A number in digits, with a currency sign before it (groups cur, digits): ``1,200``, ``40 000``, ``4,00,000``.
        self.digits = self._lazy(_digits, self)
        #: Written-out words (group words) or a vague amount (group vague) where a number
        #: starts, after a space, an opening mark or a hyphen (``two-to-six``), which the match includes.  Read with
        #: :meth:`words_at`, which first checks for a first word (:attr:`first_word`).
        self.words = self._lazy(_words, self, v)
        #: A word a number in words starts with (``two``, ``a million``, ``several``), so that the engine gives up
        #: quickly on other words.  One pattern for each first letter, of the words starting with it.
        self.first_word = PatternsByStart(functools.partial(_first_word, self), self.tables["first_words"].starts, _LIMIT)
        #: A scale word after digits (``5.1 billion``, ``5bn``, ``3 millions``; group scale), perhaps and a half
        #: (``3 million and a half``; half), else a scale letter right after them (letter: ``3.4m``, ``$1.2b``).
        self.scale_after = self._lazy(_scale_after, self)
        # The two scans of a passage for where a number may start, read in :func:`ascii_lower`.
        #: Where :attr:`words` may match after a plain space: the engine skips from space to space, and a plain
        #: trie is tried about twice as fast as the word pattern, run only where it matches.
        self.words_after_space = self._lazy(_words_after_space, self, v)
        #: Where a number in digits may start (a digit or a sign; one character) or :attr:`words` may match after
        #: another mark (white space, an opening bracket, quote or dash).  The set
        #: lets all but the other ASCII characters through to the lookbehinds: it skips text fast and builds fast.
        self.number_start = self._lazy(_number_start, self, v)

    def words_at(self, text: str, pos: int) -> re.Match[str] | None:
        """The number in words (:attr:`words`) after the space or opening mark at ``pos``."""
        char, first = text[pos + 1 : pos + 2], self.first_word
        if char not in first.starts or first.at(char).match(text, pos + 1) is None:
            return None
        return self.words.match(text, pos)

    def _money_and_units(self, v: Vocabulary) -> None:
        """Currency letters before an amount, and what is printed after one: a currency, a percent sign, a unit."""
        self.coin_shares = {k.lower(): float(x) for k, x in v["coin_shares"].items()}
        #: Currencies whose hundredth has a name of its own (``paise``) or is not in use (``¥``): no cents.
        own_coins = (code for name, code in self.named_cents.items() if "cent" not in name)
        self.own_coin_currencies = frozenset(own_coins).union(v["centless_currencies"])
        self.cent_currencies = frozenset(v["cent_currencies"])
        self.change_units = frozenset(v["change_units"])
        self.age_leads = _age_leads(v)  # the two words before an age: pensioners over, who is
        self.life_events, self.symbol_names = frozenset(w.lower() for w in v["life_events"]), dict(v["symbol_names"])
        self.governed_qualifiers, self.governable = _governed_qualifiers(v)  # up: add, adds, …; up to, more than
        #: Letters printed before a currency sign, in either case (``US$``, ``hk$``, ``AUD$``), read backwards
        #: from the sign; those of two letters or more, and ``C``, may stand a space away (``HK $2.5 billion``).
        self.sign_prefix_before = self._lazy(_sign_prefix_before, self)
        #: An ISO code or currency letters right before digits, read backwards from them: ``USD 5 million``,
        #: ``USD34.6 million``, ``Rs. 20``, ``RM42``.
        self.code_before = self._lazy(_code_before, self)
        #: What is printed after an amount, after one white-space character: a currency sign, code or name
        #: (``100 €``, ``5bn USD``, ``5 million euros``; groups symbol, code, word), a small coin
        #: (``45 cents``; minor), a percent sign (``7 per cent``; percent) or a unit of measure
        #: (``24 hours``; unit).  One pattern for each character after the white space (and after ``of``:
        #: ``5 million of pesos``), of the entries that may start there.  Read with :meth:`suffix_at`.
        t = self.tables
        spaced = starts_of(t["symbols"], t["codes"], t["units"], t["named"], t["words"], t["minor"])
        self.suffix_spaced = PatternsByStart(functools.partial(_suffix_spaced, self), spaced, _LIMIT)
        #: The characters a currency name may start with, in either case.
        self.name_starts = t["words"].starts
        #: What is printed right against an amount: a currency sign or code (``42RM``), a coin
        #: (``10-cent``, ``50p``; minor, coin), a percent sign (``48%``, ``7pc``), a unit of measure
        #: (``14,000km``, ``ten-day``, ``18-year-olds``; unit, short), ``-strong`` (strong) or another noun
        #: joined by a hyphen (``28-point``, ``five-pointed``; compound).  One pattern for each first character
        #: (and the one after a hyphen).  Read with :meth:`suffix_at`.
        glued = (t["symbols"], t["codes"], t["units"], t["coins"], t["short"])
        #: The characters other than white space that what is printed after a number may start with.
        self.suffix_starts = frozenset(entry[0] for table in glued for entry in table.entries if entry) | set("-%pP")
        self.suffix_glued = PatternsByStart(functools.partial(_suffix_glued, self), starts_of(*glued, t["minor"]), _LIMIT)

    def suffix_at(self, text: str, pos: int) -> re.Match[str] | None:
        """What is printed after the number that ends at ``pos`` (:attr:`suffix_spaced`, :attr:`suffix_glued`).

        The first character picks the pattern, and most punctuation (``,``, ``.``, ``)``) none; both
        patterns have the same groups (each names those of the other that it cannot match, after ``(?!)``).
        """
        char = text[pos : pos + 1]
        if char.isspace():
            chars = text[pos + 1 : pos + 2]
            if chars == "o" and text.startswith("f", pos + 2) and (of := _OF.match(text, pos + 3)) is not None:
                chars += of[1] if of[1] in self.name_starts else ""  # 5 million of pesos: a name after of
            return self.suffix_spaced.at(chars).match(text, pos)
        if char not in self.suffix_starts:
            return None
        return self.suffix_glued.at(text[pos : pos + 2] if char == "-" else char).match(text, pos)

    def _context(self, v: Vocabulary) -> None:
        """What stands around a number: idioms, addresses, qualifiers, ranges, dates, ratios."""
        self.weekdays, self.day_parts, self.of_name_heads, self.age_sharers, self.name_suffixes = _as_printed(v, _NAME_SETS)
        self.emergency_numbers, self.emergency_nouns, self.video_resolutions, self.dial_nouns, self.dial_cues = _as_printed(v, _CALL_SETS)
        #: A phrase with number words that states no amount, at the number (``two and two``).
        self.idiom = self._lazy(_idiom, v)
        #: A street name or a route's noun after a number, which names no amount (``221 Baker Street``, ``the 38 bus``).
        self.street_after, self.route_after = self._lazy(_street_after, v), self._lazy(_route_after, v)
        #: A qualifier right before a figure (``more than``), read backwards from it.
        self.approx_before = self._lazy(_approx_before, v)
        #: A qualifier right after a figure (``or more``).
        self.approx_after = self._lazy(_approx_after, v)
        #: ``between``, ``from``, ``by`` or ``either`` right before the first number of a range or change,
        #: or ``between the ages of`` (any noun), or ``by``/``from`` and a qualifier (``from about``), read backwards.
        self.range_lead_before = self._lazy(_range_lead_before, v)
        #: What joins the two ends of a range (or of a change): see ``_RANGE_JOIN``.
        self.range_join = self._lazy(regex_cache.compile, _RANGE_JOIN)
        #: A currency prefix printed again before the second end of a range: ``Rs 800 to Rs 1,000``, ``A$640 to A$690``.
        self.prefix_again = self._lazy(_prefix_again, self, v)
        #: A telephone number at a number's start: ``(209) 555-0143``, ``209-555-0143``, ``555-0143`` (not ``500-1000``).
        self.phone = self._lazy(regex_cache.compile, _PHONE)
        #: A telephone number with its country code and two groups or more, from its ``+``: ``+84 90 4126164``.
        self.international_phone = self._lazy(regex_cache.compile, r"\+\d{1,3}(?:[ \t]\d{1,8}){2,5}(?![\d.,]?\d)")
        #: A time of day after a number: ``5 pm``, ``10 GMT``; a mark of an era (table ``era_marks``): ``500 BC``.
        self.time_after = self._lazy(_time_after, v)
        self.era_after = self._lazy(_era_after, v)
        #: A part of the day after an hour (``in the morning``; table ``day_parts``), and the words before an hour
        #: that make it a time with one (table ``time_leads``).
        self.day_part_after = self._lazy(_day_part_after, v)
        self.time_leads = frozenset(word.lower() for word in v["time_leads"])
        #: A part of the day, then ``at`` or ``by``, ending where an hour starts (table ``hour_day_words``).
        self.day_word_before_hour = self._lazy(_day_word_before_hour, v)
        #: A month name after a day number: ``2 October``, ``10 and 14 November``.
        self.month_after = self._lazy(_month_after, self)
        #: A month name in lower case and a year after a day number: ``31 march 2017`` (the year makes ``march`` one).
        self.lower_month_year = self._lazy(_lower_month_year, self)
        #: A month name before a day number, read backwards: ``October 2``, ``Nov. 10 and 14``, ``Oct. 17-19 and 23-26``.
        self.month_before = self._lazy(_month_before, self)
        #: A unit rate after a unit of measure: ``barrels per day``, ``km an hour`` (groups per, word).
        #: ``of`` and a noun may come first: ``barrels of oil a day``.
        self.per_after = self._lazy(
            regex_cache.compile, r"(?:\s+of\s+[a-z]+)?(?:\s+|-(?=per-))(?P<per>per|an?)[\s-]+(?P<word>[A-Za-z]+)\b"
        )
        #: ``minus`` or a minus sign right before a number, read backwards from it: ``minus 20 degrees``,
        #: ``−3%`` (not ``plus or minus 3`` nor ``plus/minus 3``, a margin).
        self.minus_before = self._lazy(regex_cache.compile, r"−|\s+suni[Mm](?![\w/-])(?! ro)")
        #: The rest of a ratio or fraction after a number (see :func:`_ratio_or_fraction_after`), and the ASCII
        #: characters that may stand second after the number where it matches.
        self.ratio_or_fraction_after = self._lazy(_ratio_or_fraction_after, self, v)
        self.ratio_after_starts = _ratio_after_starts(v)
        #: The last words of table ``ratio_words``: a ratio's second number follows one of them (``in``, ``of``).
        self.ratio_ends = frozenset(words.split()[-1] for words in v["ratio_words"])
        #: The start of a ratio before its second number, read backwards from it.
        self.ratio_before = self._lazy(_ratio_before, self, v)
        #: A word that makes a figure an age, counted in years.
        self.age_word = self._lazy(_age_word, v)
        self._counted_nouns(v)

    def _counted_nouns(self, v: Vocabulary) -> None:
        """The words that tell what a bare count counts (see :mod:`newsparse_figures.units`)."""
        self.anaphor_nouns = frozenset(word.lower() for word in v["anaphor_nouns"])
        self.strong_groups: dict[str, str] = dict(v["strong_groups"])
        self.of_count_nouns: dict[str, str] = {k.lower(): u for k, u in v["of_count_nouns"].items()}
        self.list_joiners = frozenset(v["list_joiners"])
        #: The name of a scale (table ``named_scales``) ending where a number starts, or right after it.
        self.named_scale_before = self._lazy(_named_scale_before, v["named_scales"], v["named_scale_leads"])  # magnitude-6.6, magnitude of 5.9
        self.named_scale_after = self._lazy(_named_scale_after, v["named_scales"])  # a 7.0 magnitude quake
        self.named_scale_top = max(v["named_scales"].values(), default=0)  # the highest value a named scale reaches
        #: A preposition and up to two words before a duration that make it say when: ``in the last 24 hours``.
        self.time_adverbial = self._lazy(_time_adverbial, v["time_adverbial_leads"], v["time_adverbial_words"])
        self.wait_before = self._lazy(_wait_before, v["wait_words"], v["wait_gap_words"])
