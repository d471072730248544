"""Rules that read a digest page's structure line by line.

The rules look only at the shape of lines, never at particular sentences:

* a header block at the top (``Month: November 2025``, ``Category Archive : Russia``,
  ``Tag Archives: Energy``);
* a *summary line* (one sentence of :data:`MIN_SUMMARY_WORDS` to
  :data:`MAX_SUMMARY_WORDS` words with no final full stop) starts an article; a
  shorter line without one is a section heading, kept as a body paragraph; where
  an article must open (the top, after a republication note) a question of that
  length is a summary too; a line that runs on into the next (``…, he said:``,
  an embedded post's ``— Name (@handle) date`` credit) never is;
* ``Read more`` opens a teaser block: an image caption line, then the related
  headline.  On pages with blank lines between paragraphs, the caption and the
  headline are often the only lines printed without one between them; elsewhere
  (single newlines, or a blank line between caption and headline) the caption is
  short and the headline ends without a full stop;
* ``READ MORE: headline`` is an inline related link;
* ``This article was first published in X…`` names where it was republished from;
* lines that are empty or only white space (no-break spaces too) separate paragraphs.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

from dateutil import parser as dateparser

from newsparse.layout import page_probe, page_text_lines, uses_blank_lines
from newsparse.lines import (
    ends_sentence,
    leads_on,
    is_read_more_marker,
    read_more_link,
    republished_from,
    split_attribution,
    word_count,
)
from newsparse.model import Article, Page, RelatedLink, Span
from newsparse.text import Line

__all__ = ["DigestSplitter", "MIN_SUMMARY_WORDS", "HEADER_KEYS"]

#: A line without a final full stop starts an article when it has at least this many words.
MIN_SUMMARY_WORDS = 8
#: ... and at most this many: a longer line is a body paragraph that lost its full stop.
MAX_SUMMARY_WORDS = 35
#: A teaser caption has at most this many words.
MAX_CAPTION_WORDS = 30
#: A teaser headline has at most this many words.
MAX_HEADLINE_WORDS = 25
#: Header keys of archive pages, and which of them give the page's period.
HEADER_KEYS = {
    "month": "month",
    "year": "year",
    "day": "day",
    "date": "day",
    "monthly archives": "month",
    "yearly archives": "year",
    "daily archives": "day",
    "category": None,
    "category archive": None,
    "category archives": None,
    "tag": None,
    "tag archive": None,
    "tag archives": None,
    "author": None,
    "author archives": None,
    "archive": None,
    "archives": None,
    "search results for": None,
}

#: Fit of a page whose header (``Month: November 2025``) is followed by a summary line.
FIT_HEADER = 0.95
#: Fit of a page without a header whose first line opens an article: a summary, then a sentence.
FIT_OPENING = 0.7
#: Fit of a page without a header that starts inside an article, with two or more summaries further down.
FIT_EXCERPT = 0.65

_HEADER = re.compile(r"(?P<key>[A-Za-z][A-Za-z ]{0,30}?)\s*:\s*(?P<value>.*)\Z")
_PROBE_LINES = 60


class DigestSplitter:
    """Splits digest (archive) pages into articles."""

    name = "digest"
    description = "archive pages running many articles back to back, each opened by a one-line summary"

    def fit(self, text: str) -> float:
        texts = page_probe(text).clean_lines[:_PROBE_LINES]
        if not texts:
            return 0.0
        header = next((i for i, t in enumerate(texts) if _header_key(t) is None), len(texts))
        texts = texts[header:]
        if not texts:
            return 0.0
        if header and _is_summary(texts[0], opening=True):
            return FIT_HEADER  # ``Author: Jane Doe`` above a single article's title is no archive header
        score = 0.0
        if _is_summary(texts[0], opening=True) and len(texts) > 1 and ends_sentence(texts[1]):
            score = FIT_OPENING
        elif sum(_is_summary(a) and ends_sentence(b) for a, b in zip(texts, texts[1:])) >= 2:
            score = FIT_EXCERPT  # cut out of a digest: it starts inside an article
        if any(map(is_read_more_marker, texts)):
            score += 0.15
        return min(score, 0.9)

    def split(self, text: str) -> Page:
        lines = page_text_lines(text)
        blank_layout = uses_blank_lines(lines)
        period = None
        i = 0
        while i < len(lines) and (key := _header_key(lines[i].clean)) is not None:
            period = period or _period(HEADER_KEYS[key], _HEADER.match(lines[i].clean).group("value"))
            i += 1
        articles: list[Article] = []
        draft: _Draft | None = None
        while i < len(lines):
            line = lines[i]
            clean = line.clean
            if is_read_more_marker(clean):
                teaser = _teaser(lines, i, blank_layout)
                if teaser is not None:
                    draft = draft or _Draft(line.start)
                    draft.add_related(teaser, lines[i + 2].end)
                    i += 3
                else:
                    i += 1
                continue
            summary = _is_summary(clean, opening=draft is None or draft.republished_from is not None)
            if draft is None or summary:
                if draft is not None:
                    articles.append(draft.build())
                draft = _Draft(line.start)
                if summary:
                    draft.summary = line
                    draft.end = line.end
                    i += 1
                    continue
            headline = read_more_link(clean)
            outlet = republished_from(clean)
            if headline is not None:
                span = line.passage().span
                draft.add_related(RelatedLink(headline, span, None, split_attribution(headline)), line.end)
            elif outlet is not None:
                draft.republished_from = outlet
                draft.end = line.end
            else:
                draft.paragraphs.append(line)
                draft.end = line.end
            i += 1
        if draft is not None:
            articles.append(draft.build())
        return Page(articles=articles, format=self.name, period=period)


class _Draft:
    """An article while its lines are being read."""

    def __init__(self, start: int):
        self.start = start
        self.end = start
        self.summary: Line | None = None
        self.paragraphs: list[Line] = []
        self.related: list[RelatedLink] = []
        self.republished_from: str | None = None

    def add_related(self, link: RelatedLink, end: int) -> None:
        self.related.append(link)
        self.end = end

    def build(self) -> Article:
        return Article(
            span=Span(self.start, self.end),
            summary=None if self.summary is None else self.summary.passage(),
            paragraphs=[line.passage() for line in self.paragraphs],
            related=self.related,
            republished_from=self.republished_from,
        )


def _header_key(line: str) -> str | None:
    m = _HEADER.match(line)
    if m is None:
        return None
    key = " ".join(m.group("key").lower().split())
    return key if key in HEADER_KEYS else None


@functools.lru_cache(maxsize=64)
def _period(granularity: str | None, value: str) -> str | None:
    """The ISO period of a header value (``November 2025`` → ``2025-11``), or None when unclear."""
    if granularity is None:
        return None
    try:
        parsed = dateparser.parse(value, default=dt.datetime(1, 1, 1))
    except (ValueError, OverflowError):
        return None
    if granularity == "year":
        return f"{parsed.year:04d}" if parsed.year > 1 else None
    if granularity == "month":
        return f"{parsed.year:04d}-{parsed.month:02d}" if parsed.year > 1 else None
    return parsed.date().isoformat() if parsed.year > 1 else None


def _is_summary(line: str, opening: bool = False) -> bool:
    """True for a summary line: one sentence of summary length without a final full stop.

    Where an article must open (at the top, after a republication note, which closes
    its article), a question of that length is a summary too; elsewhere it is as
    likely a body paragraph asking one.
    """
    words = line.count(" ") + 1  # a clean line: one space between words
    if not MIN_SUMMARY_WORDS <= words <= MAX_SUMMARY_WORDS or _is_link_line(line) or leads_on(line):
        return False
    return not ends_sentence(line) or (opening and _is_question(line))


def _is_question(line: str) -> bool:
    return line.rstrip("\"'”’»)] ").endswith("?")


def _is_link_line(line: str) -> bool:
    return is_read_more_marker(line) or read_more_link(line) is not None


def _teaser(lines: Sequence[Line], i: int, blank_layout: bool) -> RelatedLink | None:
    """The teaser block opened by the ``Read more`` line ``lines[i]``, if its caption and headline follow."""
    if i + 2 >= len(lines):
        return None
    caption, headline = lines[i + 1], lines[i + 2]
    cap, head = caption.clean, headline.clean
    if _is_link_line(cap) or _is_link_line(head) or word_count(head) > MAX_HEADLINE_WORDS:
        return None
    # On a page with blank lines, a caption and headline printed without one between them are a teaser.
    adjacent = blank_layout and headline.number - caption.number == 1
    if not adjacent and (word_count(cap) > MAX_CAPTION_WORDS or (ends_sentence(head) and not head.endswith("?"))):
        return None
    return RelatedLink(head, Span(caption.start, headline.end), cap, split_attribution(head))
