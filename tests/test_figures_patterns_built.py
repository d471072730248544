"""Figures: each pattern of the rules is built on its first use, and is then the compiled pattern itself."""

from __future__ import annotations

import re

from newsparse.lazy_regex import LazyPattern
from newsparse.model import Article, Passage, Span
from newsparse_figures import FigureExtractor
from newsparse_figures.patterns import Patterns

from tests.test_figures import EXTRACTOR


def _fresh() -> Patterns:
    return Patterns(EXTRACTOR.vocabulary)


def test_a_fresh_set_of_patterns_has_built_none():
    patterns = _fresh()
    held = [value for value in vars(patterns).values() if isinstance(value, (re.Pattern, LazyPattern))]
    assert len(held) > 30
    assert not any(isinstance(value, re.Pattern) for value in held)


def test_reading_a_sentence_builds_only_the_patterns_it_needs():
    extractor = FigureExtractor(EXTRACTOR.vocabulary)
    sentence = "Ferries crossed the strait four times."
    article = Article(span=Span(0, len(sentence)), paragraphs=[Passage(sentence, Span(0, len(sentence)))])
    assert [f.value for f in extractor.extract(article, sentence).figures] == [4]
    held = vars(extractor.finder.patterns)
    assert isinstance(held["words"], re.Pattern) and len(held["first_word"]) == 1  # found the number (f)
    assert len(held["suffix_spaced"]) == 1  # for what starts with t: times
    assert len(held["suffix_glued"]) == 0  # nothing is printed against it


def test_every_pattern_once_used_is_the_compiled_pattern_of_the_same_source():
    patterns = _fresh()
    for name, value in list(vars(patterns).items()):
        if isinstance(value, LazyPattern):
            source, flags = value.pattern, value.flags  # built here
            built = getattr(patterns, name)
            assert isinstance(built, re.Pattern) and (built.pattern, built.flags) == (source, flags), name


def test_what_follows_a_number_is_read_by_a_pattern_of_the_entries_starting_there():
    patterns = _fresh()
    text = "It cost 40 Swiss francs, 5 million of pesos and 7 per cent more for 12 square kilometres, not 9 swans."
    ends = [text.index(number) + len(number) for number in ("40", "million", "7", "12", "9")]
    read = [m and text[m.start() + 1 : m.end()] for m in (patterns.suffix_at(text, end) for end in ends)]
    assert read == ["Swiss francs", "of pesos", "per cent", "square kilometres", None]
    assert len(patterns.suffix_spaced) == 4  # keys S, op (of, then p), p and s (square, swans)


def test_characters_no_entry_starts_with_share_one_pattern():
    patterns = _fresh()
    for char in "一丁丂Жא":
        assert patterns.suffix_at(f"3 {char}x", 1) is None
    assert len(patterns.suffix_spaced) == 1


def test_a_number_in_words_is_read_by_a_pattern_of_its_first_letter():
    patterns = _fresh()
    text = "Crews hauled in a quarter of a million nets; Seventy-two boats, half a mile out, counted no fish."
    read, pos = [], 0
    while pos < len(text):
        match = patterns.words_at(text, pos)
        read += [match[0][1:]] if match else []
        pos = match.end() if match else pos + 1
    assert read == ["a quarter of a million", "Seventy-two", "half a "]
    built = len(patterns.first_word)
    assert patterns.words_at("Ivy grew, wild (yellow) roses", 3) is None  # no number starts with these letters
    assert [patterns.words_at("Ivy grew, wild (yellow) roses", pos) for pos in (9, 14)] == [None, None]
    assert len(patterns.first_word) == built
