"""Figures: a pattern built for the characters where it is matched matches there what the whole one matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from newsparse_figures.keyed import PatternsByStart, Table
from newsparse_figures.patterns import Patterns

from tests.test_figures import EXTRACTOR


def test_a_table_gives_the_entries_that_may_start_with_a_character():
    units = Table(["km", "kg", "Kelvin", "mile"])
    assert units.starting("k") == ["km", "kg"]
    assert sorted(units.starting("kK")) == ["Kelvin", "kg", "km"]
    assert units.starting("x") == []
    assert units.starting(None) == ["km", "kg", "Kelvin", "mile"]
    names = Table(["euro", "Rand"], caseless=True)
    assert names.starting("E") == ["euro"] and names.starting("r") == ["Rand"]
    assert units.starts == {"k", "K", "m"} and names.starts == {"e", "E", "r", "R"}


def test_past_the_limit_every_new_key_gets_the_whole_pattern():
    built = []

    def build(key: str | None) -> re.Pattern[str]:
        built.append(key)
        return re.compile(key or "whole")

    by_start = PatternsByStart(build, frozenset("abc"), 2)
    assert [by_start.at(chars).pattern for chars in ("a", "b", "a", "c", "x")] == ["a", "b", "a", "whole", "whole"]
    assert built == ["a", "b", None]  # x starts nothing: its key is no character, and it is new
    assert len(by_start) == 3


def _limited(limit: int) -> Patterns:
    patterns = Patterns(EXTRACTOR.vocabulary)
    for by_start in (patterns.suffix_spaced, patterns.suffix_glued, patterns.first_word):
        by_start.limit = limit
    return patterns


#: Patterns that build a small pattern for every key, and patterns that build only the whole ones.
KEYED, WHOLE = _limited(10**6), _limited(0)
_P = KEYED
_WORDS = sorted(
    {*_P.currency_symbols, *_P.currency_prefixes, *_P.named_cents, *_P.currency_words, *_P.minor_currency_words}
    | {*_P.measure_units, *_P.glued_coins, *_P.glued_only, *_P.number_words, *_P.long_scales, *_P.scale_fractions}
    | {"of", "a", "an", "and", "half", "per cent", "percent", "strong", "several", "few", "zzz"}
)
_SPELT = st.sampled_from(_WORDS).flatmap(lambda w: st.sampled_from([w, w.upper(), w.capitalize(), w + "s"]))
_GAPS = st.sampled_from(["", " ", "  ", "\n", "-", "/", "(", "5", "'s", "."])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_GAPS, _SPELT), min_size=1, max_size=6))
def test_what_follows_a_number_and_a_number_in_words_are_read_as_by_the_whole_patterns(pieces):
    text = "7" + "".join(gap + word for gap, word in pieces)

    def read(patterns: Patterns) -> list[object]:
        found = []
        for pos in range(len(text)):
            for match in (patterns.suffix_at(text, pos), patterns.words_at(text, pos)):
                found.append(match and (match.span(), match.groupdict()))
        return found

    assert read(KEYED) == read(WHOLE)
