"""The regular expressions of the figure rules, built once from the merged vocabulary.

Alternations are made from the tables (longest entry first, escaped), so a plugin
that adds ``{"currency_words": {"zloty": "PLN"}}`` is read by every rule.  No
pattern nests quantifiers that can backtrack, so matching stays linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsparse.vocabulary import Vocabulary

from .numbers import WordNumbers

__all__ = ["Patterns"]


def _alternation(entries: Iterable[str], *, spaces: bool = True) -> str:
    """A regex alternation of ``entries``, longest first; a space in an entry matches any white space."""
    parts = []
    for entry in sorted(set(entries), key=lambda e: (-len(e), e)):
        part = re.escape(entry)
        if spaces:
            part = part.replace(r"\ ", r"\s+")
        parts.append(part)
    return "|".join(parts) or "(?!)"


def _first_letter_groups(words: Iterable[str]) -> str:
    """A fast alternation of lower-case ``words``, their first letter in either case, grouped by that letter.

    ``["two", "ten"]`` gives ``[Tt](?:wo|en)``: the regex engine tries one branch per
    first letter instead of one per word, which keeps scanning a page quick.
    """
    groups: dict[str, list[str]] = {}
    for word in set(words):
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(
        f"[{first}{first.upper()}](?:{_alternation(rests)})" if "" not in rests else f"[{first}{first.upper()}]"
        for first, rests in sorted(groups.items())
    )


def _lower_table(table) -> dict[str, str]:
    return {" ".join(key.lower().split()): value for key, value in table.items()}


class Patterns:
    """Compiled regexes and lookup tables for one vocabulary."""

    def __init__(self, vocabulary: Vocabulary):
        v = vocabulary
        self.currency_symbols: dict[str, str] = dict(v["currency_symbols"])
        self.currency_codes: frozenset[str] = frozenset(v["currency_codes"])
        self.currency_words = _lower_table(v["currency_words"])
        self.scale_words = {k.lower(): float(x) for k, x in v["scale_words"].items()}
        self.money_scale_words = {k.lower(): float(x) for k, x in v["money_scale_words"].items()}
        self.measure_units: dict[str, str] = {" ".join(k.split()): u for k, u in v["measure_units"].items()}
        self.irregular_plurals = frozenset(w.lower() for w in v["irregular_plurals"])
        self.unit_stop_words = frozenset(w.lower() for w in v["unit_stop_words"])
        self.change_verbs = frozenset(w.lower() for w in v["change_verbs"])
        self.number_leaders = frozenset(v["number_leaders"])
        self.months = frozenset(v["months"])
        self.name_markers = frozenset(w.lower() for w in v["name_markers"])
        self.one_idioms = frozenset(w.lower() for w in v["one_idioms"])
        self.one_blockers = frozenset(w.lower() for w in v["one_blockers"])
        self.number_words = {k.lower() for k in v["number_words"]}
        self.word_numbers = WordNumbers(v["number_words"], v["scale_words"])

        symbols = _alternation(self.currency_symbols, spaces=False)
        codes = _alternation(self.currency_codes, spaces=False)
        signs = sorted({key[-1] for key in self.currency_symbols if not key[-1].isalnum()})
        sign_class = "[" + "".join(re.escape(sign) for sign in signs) + "]"
        long_scales = [w for w, x in self.scale_words.items() if len(w) > 3]
        big_scales = _alternation(w for w in long_scales if self.scale_words[w] >= 12)
        number_word = _first_letter_groups(list(self.number_words) + long_scales)
        vague_words = [w.lower() for w in v["vague_amount_words"]]
        vague = _first_letter_groups(vague_words)
        first_letters = sorted({w[0] for w in [*self.number_words, *long_scales, *vague_words, "a", "half", "several"]})
        letter_class = "[" + "".join(first_letters) + "".join(first_letters).upper() + "]"
        #: A number where one starts: digits, with a currency sign before them (group names
        #: cur, digits), or written-out words or a vague amount after a space or an opening
        #: mark (words, vague).  The leading character classes let the engine skip ahead
        #: quickly; the Python rules then look around each candidate.
        self.figure = re.compile(
            rf"(?=[\d{sign_class[1:-1]}])(?:(?P<cur>{sign_class})\s?)?"
            r"(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
            rf"|[\s(\[“\"‘'–—«„](?={letter_class})"
            rf"(?:(?P<words>(?:[Hh]alf\s+a\s+|[Aa]\s+(?=(?:{big_scales})\b))?"
            rf"(?:{number_word})\b(?:(?:\s+and\s+|[\s-]+)(?:{number_word})\b)*)"
            rf"|(?P<vague>(?:[Ss]everal|[Aa]\s+few)\s+(?:{big_scales})s?\b|(?:{vague})(?:\s+of\s+(?:{vague}))?\b))"
        )
        #: Letters printed before a currency sign (``US$``, ``HK$``), anchored at the sign.
        prefixed = [key for key in self.currency_symbols if len(key) > 1 and not key[-1].isalnum()]
        self.sign_prefix = re.compile(rf"(?<![\w.])(?:{_alternation(k[:-1] for k in prefixed)})$")
        #: An ISO code right before digits: ``USD 5 million``, ``USD34.6 million``.
        self.code_before = re.compile(rf"(?<!\w)(?P<code>{codes})\s?$")
        #: A scale word after digits: ``5.1 billion``, ``5bn``.
        self.scale_after = re.compile(rf"[\s-]?(?P<scale>(?i:{_alternation(self.scale_words)}))\b")
        #: A money-only scale letter right after digits: ``$5m``.
        self.money_scale_after = re.compile(rf"(?P<scale>(?i:{_alternation(self.money_scale_words)}))\b")
        long_units = [u for u in self.measure_units if len(u) > 1]
        short_units = [u for u in self.measure_units if len(u) == 1]
        #: What is printed right after an amount, one of: a currency sign, code or name
        #: (``100 €``, ``5bn USD``, ``5 million euros``; groups symbol, code, word), a percent
        #: sign (``48%``, ``7 per cent``; percent), a unit of measure (``14,000km``, ``24 hours``,
        #: ``ten-day``, ``18-year-olds``; unit, short) or ``-strong`` (strong).
        self.suffix = re.compile(
            rf"\s?(?P<symbol>{symbols})"
            rf"|\s(?P<of>of\s+)?(?:(?P<code>{codes})|(?P<word>(?i:{_alternation(self.currency_words)})))\b"
            r"|(?P<percent>\s?(?:%|(?i:percent|per\s+cent|pct)\b))"
            rf"|(?:[\s-]?(?P<unit>{_alternation(long_units)})|(?P<short>{_alternation(short_units)}))(?![\w/°-])"
            r"|(?P<strong>-strong\b)"
        )
        #: A qualifier right before a figure (``more than``), anchored at the end of the text it is searched in.
        self.approx_before = re.compile(rf"(?<![\w-])(?P<q>(?i:{_alternation(v['approx_before'])}))\s+$")
        #: A qualifier right after a figure (``or more``).
        self.approx_after = re.compile(rf"\s+(?P<q>(?i:{_alternation(v['approx_after'])}))\b")
        #: ``between`` or ``from`` right before the first number of a range.
        self.range_lead = re.compile(r"(?<![\w-])(?P<lead>(?i:between|from))\s+$")
        #: What joins the two ends of a range (or of a change): ``-``, ``to``, ``and``, ``or``.
        self.range_join = re.compile(r"\s*[-–—]\s*|\s+(?P<word>to|and|or)\s+")
        #: A time of day after a number: ``5 pm``, ``10 GMT``.
        self.time_after = re.compile(rf"\s?(?:{_alternation(v['time_words'])})(?!\w)")
        months = _alternation(self.months)
        #: A month name after a day number: ``2 October``, ``10 and 14 November``.
        self.month_after = re.compile(rf"(?:\s*[-–]\s*\d\d?|\s+(?:and|to)\s+\d\d?)?\s(?:{months})\b")
        #: A month name before a day number, anchored at the number: ``October 2``, ``November 10 and 14``.
        self.month_before = re.compile(rf"\b(?:{months})\.?\s+(?:\d\d?(?:\s*[-–]\s*|\s+(?:and|to)\s+))?$")
        #: A word that makes a figure an age, counted in years.
        self.age_word = re.compile(rf"\b(?i:{_alternation(v['age_words'])})\b")
