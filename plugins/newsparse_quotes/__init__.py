"""The quotes extractor: every span in quotation marks, its kind and its speaker.

:mod:`.marks` finds the quotes of a passage, :mod:`.segments` cuts it into words
and sentences.  :mod:`.people` collects the names an article prints, :mod:`.phrases`
reads noun phrases, :mod:`.attribution` holds the ordered table of named
attribution rules (:mod:`.sentence_rules`, :mod:`.discourse_rules`) over the
patterns of :mod:`.speakers`; :mod:`.resolution` resolves a mention to a full
name and :mod:`.gate` checks every candidate; :mod:`.discourse` reads the quotes
in page order and keeps the state the rules read, and :mod:`.kinds` tells direct
quotes from partial ones and terms.  The word lists
live in :mod:`.vocabulary`, declared in :mod:`.declarations`; other plugins may change them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs

from newsparse import hookimpl
from newsparse.analysis import Analysis
from newsparse.model import Article
from newsparse.hooks.vocabulary import Declaration, Vocabulary

from .declarations import DECLARATIONS
from .marks import Marked, find_quotes
from .segments import PassageTokens

if TYPE_CHECKING:  # the rules' modules are imported when an article first quotes someone (see QuoteExtractor)
    from .attribution import Attempt, Found, Rule
    from .gate import Gate
    from .words import Mention, Words

__all__ = ["Attempt", "Found", "Mention", "QuoteExtractor", "Rule", "passage_tokens", "quote_marks"]

#: The module of each public name the rules' modules define, imported when the name is first asked for
#: (``from newsparse_quotes import Rule``), as ``newsparse`` does with its own names.
_HOME_OF = {"Attempt": ".attribution", "Found": ".attribution", "Rule": ".attribution", "Mention": ".words"}


def __getattr__(name: str) -> Any:
    if name not in _HOME_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME_OF[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def quote_marks(analysis: Analysis) -> list[list[Marked]]:
    """The quotes in marks of each passage of ``analysis`` (offsets into ``analysis.printed``), shared by
    every extractor that asks: ``analysis.shared(quote_marks)``."""
    return [find_quotes(chunk) for chunk in analysis.printed]


def passage_tokens(analysis: Analysis) -> PassageTokens:
    """The tokens of each passage of ``analysis`` (offsets into ``analysis.printed``), the quoted ones
    marked, shared by every extractor that asks: ``analysis.shared(passage_tokens)``. A passage is
    tokenized when it is first read."""
    return PassageTokens(analysis.printed, analysis.shared(quote_marks))


class QuoteExtractor:
    """Adds the quotes of an article's summary and paragraphs, with kinds and speakers.

    The word lists, the speaker check and the rule table are made (and the rules' modules imported)
    when an article first holds a quote, not when the extractor is made: a page that quotes nobody
    needs only the quotation marks.  The rules other plugins add are placed when the extractor is
    made, so that one with a taken name or an unknown place is refused there.  As with the figure
    patterns, threads that find their first quote together may each make them, all alike; each
    worker process of ``--jobs`` makes its own on its first quote.
    """

    name = "quotes"

    #: The merged word lists, read when an article first holds a quote.
    words: Words
    #: Abbreviations that end no sentence, ``abbreviations`` and the name titles.
    abbreviations: frozenset[str]
    #: Words before a quote that make it a name or term.
    term_markers: frozenset[str]
    #: The speech verbs and nouns.
    introducers: frozenset[str]
    #: The speaker check, its verdicts on phrases kept from article to article.
    gate: Gate
    #: The attribution rules in the order they are tried, with those plugins add.
    rules: tuple[Rule, ...]
    _discourse: ModuleType
    _people: ModuleType
    _speakers: ModuleType
    _words: ModuleType

    def __init__(self, vocabulary: Vocabulary):
        self.vocabulary = vocabulary
        self._ready = False
        if vocabulary["attribution_rules"]:
            self._prepare()

    def _prepare(self) -> None:
        """Make the word lists, the speaker check and the rule table."""
        from . import discourse, people, speakers, words
        from .attribution import rule_table
        from .gate import Gate

        # the modules ``extract`` reads, kept: an import statement in it would cost each article a look-up
        self._discourse, self._people, self._speakers, self._words = discourse, people, speakers, words
        vocabulary = self.vocabulary
        self.words = words.Words.from_vocabulary(vocabulary)
        # a title before a name ends no sentence either (``Engr. Ramon Castillo``)
        self.abbreviations = frozenset(w.lower() for w in vocabulary["abbreviations"]) | self.words.name_titles
        self.term_markers = frozenset(w.lower() for w in vocabulary["term_markers"])
        self.introducers = self.words.speech_verbs | self.words.speech_nouns
        self.gate = Gate(self.words)
        self.rules = rule_table(vocabulary["attribution_rules"])
        self._ready = True

    def extract(self, article: Article, text: str, analysis: Analysis | None = None) -> Article:
        """``article`` with its quotes found; ``text`` is the text its spans point into."""
        analysis = analysis or Analysis(article, text)
        passages, chunks = analysis.passages, analysis.printed
        found = analysis.shared(quote_marks)
        quoted = [index for index, marked in enumerate(found) if marked]
        if not quoted:
            return article
        if not self._ready:
            self._prepare()
        discourse_module, view_of = self._discourse, self._words.PassageView.of
        introducing = {index - 1 for index in quoted}
        tokens = analysis.shared(passage_tokens)
        reach = quoted[-1] + 2  # the passage after the last quote may still name its speaker; none after it
        views = [  # a passage is read for cues if it holds a quote or comes before one ("He told reporters:")
            view_of(
                chunk, passage.span.start, tokens[index], self.words, index in introducing or bool(marked),
                tokens.columns(index),
            )
            for index, (passage, chunk, marked) in enumerate(zip(passages[:reach], chunks, found, strict=False))
        ]
        people = self._people.People(self.words)
        people.collect(views)  # every name up to the passage after the last quote
        discourse = discourse_module.Discourse(
            self._speakers.Attributor(self.words, people, self.gate),
            self.rules,
            self.abbreviations,
            self.introducers,
            self.term_markers,
            singles_are_terms=any(not q.single and not q.nested for marked in found for q in marked),
        )
        for index in range(quoted[-1] + 1):  # the text after the last quote credits nothing
            discourse.read(index, views[index], found[index], last=index == quoted[-1])
        if quoted[-1] + 1 < len(views):  # but may name the speaker of a quote paragraph standing alone
            discourse.point_back(quoted[-1] + 1, views[quoted[-1] + 1])
        summary = None if article.summary is None else article.summary.span
        quotes = discourse_module.credit_echoes(discourse_module.credit_run_ons(discourse.entries), summary, text)
        quotes.sort(key=lambda quote: quote.span.start)
        return attrs.evolve(article, quotes=quotes)


@hookimpl
def newsparse_vocabularies(register: Callable[[Declaration], None]) -> None:
    for declaration in DECLARATIONS:
        register(declaration)


@hookimpl
def newsparse_extractors(register: Callable[[QuoteExtractor], None], vocabulary: Vocabulary) -> None:
    register(QuoteExtractor(vocabulary))
