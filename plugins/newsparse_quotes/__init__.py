"""The quotes extractor: every span in quotation marks, its kind and its speaker.

:mod:`.marks` finds the quotes of a passage, :mod:`.segments` cuts it into words
and sentences, :mod:`.speakers` credits each quote and resolves the speaker to a
full name, :mod:`.kinds` tells direct quotes from partial ones and terms.  The
word lists live in :mod:`.vocabulary` and are merged with those of other plugins.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from operator import itemgetter

import attrs

from newsparse import hookimpl
from newsparse.model import Article, Quote, Span
from newsparse.vocabulary import Vocabulary

from .kinds import begins_sentence, follows_term_marker, opens_sentence, quote_kind
from .marks import Marked, find_quotes
from .segments import mark_token, sentences, tokenize
from .speakers import Attributor, Mention, PassageView, People, Words
from .vocabulary import VOCABULARY

__all__ = ["QuoteExtractor"]


class QuoteExtractor:
    """Adds the quotes of an article's summary and paragraphs, with kinds and speakers."""

    name = "quotes"

    def __init__(self, vocabulary: Vocabulary):
        self.words = Words.from_vocabulary(vocabulary)
        self.abbreviations = frozenset(w.lower() for w in vocabulary["abbreviations"])
        self.term_markers = frozenset(w.lower() for w in vocabulary["term_markers"])
        self.introducers = self.words.speech_verbs | self.words.speech_nouns

    def extract(self, article: Article, text: str) -> Article:
        """``article`` with its quotes found; ``text`` is the text its spans point into."""
        passages = [p for p in (article.summary, *article.paragraphs) if p is not None]
        chunks = [text[p.span.start : p.span.end] for p in passages]
        found = [find_quotes(chunk) for chunk in chunks]
        quoted = [index for index, marked in enumerate(found) if marked]
        if not quoted:
            return article
        views = [  # a paragraph ending "He told reporters:" credits the quote opening the next one
            PassageView.of(
                chunk, passage.span.start, tokenize(chunk, marked), self.words, bool(marked) or chunk.endswith(":")
            )
            for passage, chunk, marked in zip(passages, chunks, found, strict=True)
        ]
        people = People(self.words)
        people.collect(views)  # every name of the article, even after its last quote
        attributor = Attributor(self.words, people)
        singles_are_terms = any(not q.single and not q.nested for marked in found for q in marked)
        entries: list[tuple[int, Marked, Quote]] = []  # passage index, marks, quote
        # the passage index, speaker, and passage index and first token of the sentence of the last quote
        previous: tuple[int, str | None, tuple[int, int]] = (-2, None, (-1, -1))
        lead_in = None  # the speaker of a paragraph ending ``He told reporters:``
        cut_direct: tuple[int, int] | None = None  # the sentence of a direct quote cut by its attribution
        for index in range(quoted[-1] + 1):  # the text after the last quote credits nothing
            view, marked = views[index], found[index]
            opening = ((mark_token(view.tokens, q.open_at, "open"), q) for q in marked)
            pending = sorted(((k, q) for k, q in opening if k is not None), key=itemgetter(0))
            k = 0
            for sentence in sentences(view.tokens, self.abbreviations):
                while k < len(pending) and pending[k][0] < sentence.stop:
                    open_token, q = pending[k]
                    k += 1
                    close_token = None if q.close_at is None else mark_token(view.tokens, q.close_at, "close")
                    resolved = None if q.nested else attributor.credit(view, open_token, close_token, sentence)
                    if resolved is None and open_token == 0:
                        resolved = lead_in
                    speaker = resolved.speaker if resolved else None
                    starts = opens_sentence(view.tokens, open_token, sentence, self.introducers)
                    if speaker is None and not q.nested and previous[0] >= index - 1 and (
                        begins_sentence(view.tokens, open_token, sentence)
                        or previous[2] == (index, sentence.start)
                        or not _has_cue(view, sentence)
                    ):
                        speaker = previous[1]  # "“A,” she said. “B.”", a quote paragraph after hers
                    kind = quote_kind(
                        q,
                        view.text,
                        starts_sentence=starts,
                        has_speaker=speaker is not None,
                        singles_are_terms=singles_are_terms,
                        names_term=follows_term_marker(view.tokens, open_token, self.term_markers),
                        continues_direct=cut_direct == (index, sentence.start),
                    )
                    cut = kind == "direct" and view.text[q.start : q.end].endswith(",")  # "“A,” she said, “b.”"
                    cut_direct = (index, sentence.start) if cut else None
                    if kind == "term":
                        speaker = resolved = None
                    else:
                        attributor.note(resolved, quoted=True)
                        previous = (index, speaker, (index, sentence.start))
                    quote = self._quote(view, q, kind, speaker, resolved.mention if resolved else None)
                    entries.append((index, q, quote))
                attributor.read(view, sentence)
                lead_in = attributor.credit_lead_in(view, sentence)
        quotes = _credit_run_ons(entries)
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


def _has_cue(view: PassageView, sentence: range) -> bool:
    """True when a speech verb or noun outside quotes in ``sentence`` may credit someone else."""
    k = bisect_left(view.cues, sentence.start)
    return any(not view.tokens[c].quoted for c in view.cues[k:] if c < sentence.stop)


def _credit_run_ons(entries: list[tuple[int, Marked, Quote]]) -> list[Quote]:
    """The quotes, a quote left open at the end of its paragraph credited like its continuation.

    Wire style runs a quote over paragraphs without closing it: the next paragraph
    reopens it with a mark (``“A.`` / ``“B,” she said.``), so both share a speaker.
    """
    quotes = [quote for _index, _q, quote in entries]
    opening = {index: n for n, (index, q, _quote) in enumerate(entries) if q.open_at == 0}
    for n in range(len(entries) - 1, -1, -1):  # backwards, so a chain of run-on paragraphs is credited
        index, q, quote = entries[n]
        follower = opening.get(index + 1)
        runs_on = q.close_at is None and not q.nested and quote.kind != "term"
        if runs_on and quote.speaker is None and follower is not None and quotes[follower].speaker is not None:
            quotes[n] = attrs.evolve(quote, speaker=quotes[follower].speaker)
    return quotes


@hookimpl
def newsparse_vocabulary() -> Mapping[str, list[str]]:
    return VOCABULARY


@hookimpl
def newsparse_extractors(vocabulary: Vocabulary) -> list[QuoteExtractor]:
    return [QuoteExtractor(vocabulary)]
