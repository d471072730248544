"""The quotes extractor: every span in quotation marks, its kind and its speaker.

:mod:`.marks` finds the quotes of a passage, :mod:`.segments` cuts it into words
and sentences, :mod:`.speakers` credits each quote and resolves the speaker to a
full name, :mod:`.kinds` tells direct quotes from partial ones and terms.  The
word lists live in :mod:`.vocabulary` and are merged with those of other plugins.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from newsparse import hookimpl
from newsparse.model import Article, Quote, Span
from newsparse.vocabulary import Vocabulary

from .kinds import opens_sentence, quote_kind
from .marks import Marked, find_quotes
from .segments import sentences, tokenize
from .speakers import Attributor, Mention, PassageView, People, Words
from .vocabulary import VOCABULARY

__all__ = ["QuoteExtractor"]


class QuoteExtractor:
    """Adds the quotes of an article's summary and paragraphs, with kinds and speakers."""

    name = "quotes"

    def __init__(self, vocabulary: Vocabulary):
        self.words = Words.from_vocabulary(vocabulary)
        self.abbreviations = frozenset(w.lower() for w in vocabulary["abbreviations"])

    def extract(self, article: Article, text: str) -> Article:
        """``article`` with its quotes found; ``text`` is the text its spans point into."""
        passages = [p for p in (article.summary, *article.paragraphs) if p is not None]
        views: list[PassageView] = []
        found: list[list[Marked]] = []
        for passage in passages:
            chunk = text[passage.span.start : passage.span.end]
            marked = find_quotes(chunk)
            tokens = tokenize(chunk, marked)
            views.append(PassageView(chunk, passage.span.start, tokens, sentences(tokens, self.abbreviations)))
            found.append(marked)
        if not any(found):
            return article
        people = People(self.words)
        people.collect(views)
        attributor = Attributor(self.words, people)
        singles_are_terms = any(not q.single and not q.nested for marked in found for q in marked)
        quotes: list[Quote] = []
        previous: tuple[int, str | None] = (-2, None)  # passage index and speaker of the last quote
        for index, (view, marked) in enumerate(zip(views, found, strict=True)):
            opens = {t.start: k for k, t in enumerate(view.tokens) if t.mark == "open"}
            closes = {t.start: k for k, t in enumerate(view.tokens) if t.mark == "close"}
            pending = sorted(((opens[q.open_at], q) for q in marked if q.open_at in opens), key=lambda p: p[0])
            k = 0
            for sentence in view.sentences:
                while k < len(pending) and pending[k][0] < sentence.stop:
                    open_token, q = pending[k]
                    k += 1
                    close_token = None if q.close_at is None else closes.get(q.close_at)
                    resolved = None if q.nested else attributor.credit(view, open_token, close_token, sentence)
                    speaker = resolved.speaker if resolved else None
                    if speaker is None and not q.nested and previous[0] >= index - 1:
                        speaker = previous[1]
                    kind = quote_kind(
                        q,
                        view.text,
                        starts_sentence=opens_sentence(view.tokens, open_token, sentence, self.words.speech_verbs),
                        has_speaker=speaker is not None,
                        singles_are_terms=singles_are_terms,
                    )
                    if kind == "term":
                        speaker = resolved = None
                    else:
                        attributor.note(resolved)
                        previous = (index, speaker)
                    quotes.append(self._quote(view, q, kind, speaker, resolved.mention if resolved else None))
                attributor.read(view, sentence)
        quotes.sort(key=lambda quote: quote.span.start)
        return attrs.evolve(article, quotes=quotes)

    @staticmethod
    def _quote(view: PassageView, q: Marked, kind: str, speaker: str | None, mention: Mention | None) -> Quote:
        span = Span(view.offset + q.start, view.offset + q.end)
        mention_text = mention_span = None
        if mention is not None:
            first, last = view.tokens[mention.lo], view.tokens[mention.hi - 1]
            mention_text = view.text[first.start : last.end]
            mention_span = Span(view.offset + first.start, view.offset + last.end)
        return Quote(view.text[q.start : q.end], span, kind, speaker, mention_text, mention_span)


@hookimpl
def newsparse_vocabulary() -> Mapping[str, list[str]]:
    return VOCABULARY


@hookimpl
def newsparse_extractors(vocabulary: Vocabulary) -> list[QuoteExtractor]:
    return [QuoteExtractor(vocabulary)]
