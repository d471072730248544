"""The quick tests that let the figure rules skip work are made from the tables: a plugin's entries still count."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from newsparse.hooks.vocabulary import Vocabulary
from newsparse.model import Article, Passage, Span
from newsparse_figures import FigureExtractor
from newsparse_figures.declarations import DECLARATIONS
from newsparse_figures.patterns import ascii_lower


def _figures(extractor: FigureExtractor, text: str) -> list[tuple[str, float | None, str, str | None]]:
    article = Article(span=Span(0, len(text)), paragraphs=[Passage(text, Span(0, len(text)))])
    return [(f.text, f.value, f.kind, f.currency) for f in extractor.extract(article, text).figures]


def _extractor(changes: dict[str, object]) -> FigureExtractor:
    return FigureExtractor(Vocabulary(DECLARATIONS).changed(changes))


@given(st.text())
def test_ascii_lower_lowers_ascii_capitals_only(text):
    lowered = ascii_lower(text)
    assert len(lowered) == len(text)
    assert all(low == (char.lower() if char.isascii() else char) for char, low in zip(text, lowered))


def test_a_number_word_of_a_plugin_is_found_in_lower_case_and_capitalised():
    extractor = _extractor({"number_words": {"elf": 11}})
    found = _figures(extractor, "Elf ferries sailed, and elf more waited at the quay.")
    assert [(text, value) for text, value, _, _ in found] == [("Elf", 11), ("elf", 11)]
    assert _figures(FigureExtractor(Vocabulary(DECLARATIONS)), "Elf ferries sailed.") == []


def test_currency_letters_of_a_plugin_are_read_before_an_amount():
    plain = FigureExtractor(Vocabulary(DECLARATIONS))
    extractor = _extractor({"currency_prefixes": {"Bs": "VES"}})
    sentence = "A kilo of rice now sells for Bs 150 in the capital, and Bs40 in the ports."
    assert all(kind != "money" for _, _, kind, _ in _figures(plain, sentence))
    assert _figures(extractor, sentence) == [("Bs 150", 150, "money", "VES"), ("Bs40", 40, "money", "VES")]


def test_a_ratio_word_of_a_plugin_still_makes_a_ratio():
    extractor = _extractor({"ratio_words": ["per"]})
    sentence = "Doctors counted 3 per 100 residents and 4 per cent more beds."
    assert [text for text, *_ in _figures(extractor, sentence)] == ["4 per cent"]
    assert [text for text, *_ in _figures(FigureExtractor(Vocabulary(DECLARATIONS)), sentence)][0] == "3"


def test_a_fraction_word_of_a_plugin_still_makes_a_fraction():
    extractor = _extractor({"fraction_words": ["ninetieths"]})
    sentence = "The board sold 7 ninetieths of the land and kept 12 barns."
    assert [text for text, *_ in _figures(extractor, sentence)] == ["12"]
