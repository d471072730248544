"""Rules that read a digest page's structure line by line.

The rules look only at the shape of lines, never at particular sentences:

* a header block at the top (``Month: November 2025``, ``Category Archive : Russia``,
  ``Tag Archives: Energy``), perhaps under the site's name and menu; site chrome closing
  the page (``« Older posts``, ``© 2025 Site``) belongs to no article;
* a *summary line* (one sentence of :data:`MIN_SUMMARY_WORDS` to
  :data:`MAX_SUMMARY_WORDS` words with no final full stop) starts an article, one shorter than
  :data:`MIN_SURE_SUMMARY_WORDS` words in a heading's grammar (``A partner that refuses to be a pawn``) only
  under an article of three paragraphs or more; a
  shorter line without one is a section heading, kept as a body paragraph; where
  an article must open (the top, after a republication note) a question of that
  length is a summary too; a line that runs on into the next (``…, he said:``,
  an embedded post's ``— Name (@handle) date`` credit) never is, nor is a photo caption closing
  with its credit (``… at a briefing. Photographer: Jane Doe / Agency``);
* ``Read more`` opens a teaser block: an image caption line, then the related
  headline.  On pages with blank lines between paragraphs, the caption and the
  headline are often the only lines printed without one between them; elsewhere
  (single newlines, or a blank line between caption and headline) the caption is
  short and the headline ends without a full stop;
* ``READ MORE: headline`` is an inline related link;
* a line the chrome reader calls chrome or footer (a newsletter's pitch, ``Posted in World | Tagged …``) opens no
  article, and a photo caption closed by its credit is no paragraph;
* ``This article was first published in X…`` names where it was republished from;
* lines that are empty or only white space (no-break spaces too) separate paragraphs.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Iterator, Sequence

from newsparse import PageStream
from newsparse.bands import DECLARED, NONE, PARTIAL, POSSIBLE, RAISE, SIGNED
from newsparse.lazy_regex import lazy_compile
from newsparse.page.chrome import LineKind, PageChrome, is_photo_caption
from newsparse.page.dates import month_and_year
from newsparse.page.draft import Draft
from newsparse.page.furniture import is_link_line, is_read_more_marker, is_source_pointer, teaser_link
from newsparse.page.layout import is_title_case
from newsparse.page.lines import ends_sentence, is_question, is_speaker_label, leads_on, teases, word_count
from newsparse.model import Article, Page
from newsparse.page.probe import PageProbe
from newsparse.page.text import Line, iter_content_lines

from .window import Survey, Window

__all__ = ["DigestSplitter", "MIN_SUMMARY_WORDS", "HEADER_KEYS", "header_key", "MAX_MASTHEAD_LINES", "MAX_CLOSING_CHROME_LINES"]

#: A line without a final full stop starts an article when it has at least this many words.
MIN_SUMMARY_WORDS = 8
#: ... and at most this many: a longer line is a body paragraph that lost its full stop.
MAX_SUMMARY_WORDS = 35
#: A summary line shorter than this many words in a heading's grammar (:func:`_is_section_heading`) starts an article
#: only under an article of :data:`MIN_PARAGRAPHS_BEFORE_SHORT` paragraphs or more; else it is a section heading.
MIN_SURE_SUMMARY_WORDS = 11
MIN_PARAGRAPHS_BEFORE_SHORT = 3
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
FIT_HEADER = DECLARED
#: Fit of a page without a header whose first line opens an article: a summary, then a sentence.
FIT_OPENING = POSSIBLE
#: Fit of a page without a header that starts inside an article, with two or more summaries further down.
FIT_EXCERPT = PARTIAL
#: A ``Read more`` line raises a fit by :data:`~newsparse.bands.RAISE`, up to this much.
MAX_RAISED_FIT = SIGNED

#: Site chrome above the header (a site's name, its menu) is looked for in this many lines ...
MAX_MASTHEAD_LINES = 3
#: ... and closing the page in this many, each of fewer than this many words.
MAX_CLOSING_CHROME_LINES = 5
MAX_CLOSING_CHROME_WORDS = 12
#: A chrome line closing a post (``Continue reading``, ``Full post``) has at most this many words.
MAX_CLOSER_WORDS = 4

#: A comma closing a quote at the end of a line: a paragraph that lost its full stop (``… said “We disagree,”``).
_QUOTED_COMMAS = tuple(f",{mark}" for mark in "”\"’'")
#: Kinds of line that are the site's furniture between posts, never a summary opening an article.
_PAGE_FURNITURE = frozenset([LineKind.CHROME, LineKind.FOOTER])
_HEADER = lazy_compile(r"(?P<key>[A-Za-z][A-Za-z ]{0,30}?)\s*:\s*(?P<value>.*)\Z")
_PROBE_LINES = 60


def _count_openings(texts: Sequence[str]) -> int:
    """How many of ``texts`` open an article: a summary line over a sentence, not the headline of a
    teaser block (``Read more``, maybe its caption, then the headline), nor a section heading in Title Case inside one
    article (``What X Did Wrong: Deceptive Design``), as a digest's summaries are sentences."""
    return sum(
        ends_sentence(b) and _is_summary(a) and not is_title_case(a) and not is_speaker_label(a, b)
        and not any(is_read_more_marker(marker) for marker in texts[max(0, i - 2) : i])
        for i, (a, b) in enumerate(zip(texts, texts[1:]))
    )


def _teases_lead(texts: Sequence[str]) -> bool:
    """The second line is the third cut short with an ellipsis (``Up to 100 fishermen protested …`` over ``Up to 100
    fishermen protested … on last year's catches.``): a single article's teaser over its lead, which a digest's
    summary line never stands over."""
    return len(texts) >= 3 and teases(texts[1], texts[2], _MIN_TEASER_WORDS)


#: The fewest words of a teaser :func:`_teases_lead` compares with the lead.
_MIN_TEASER_WORDS = 6


class DigestSplitter:
    """Splits digest (archive) pages into articles; ``chrome`` tells the site's name and menu above
    the header and the page's closing chrome."""

    name = "digest"
    description = "archive pages running many articles back to back, each opened by a one-line summary"

    def __init__(self, chrome: PageChrome | None = None) -> None:
        self.chrome = chrome or PageChrome.from_vocabulary()

    def fit(self, probe: PageProbe) -> float:
        texts = probe.clean_lines[self._masthead_end(probe) : _PROBE_LINES]
        header = next((i for i, t in enumerate(texts) if header_key(t) is None), len(texts))
        texts = texts[header:]
        if not texts:
            return NONE
        if header and _is_summary(texts[0], opening=True):
            return FIT_HEADER  # ``Author: Jane Doe`` above a single article's title is no archive header
        score = NONE
        if _is_summary(texts[0], opening=True) and len(texts) > 1 and ends_sentence(texts[1]) and not _teases_lead(texts):
            score = FIT_OPENING
        elif _count_openings(texts) >= 2 and not self._bylined(probe) and self._opens_in_body(probe):
            score = FIT_EXCERPT  # cut out of a digest: it starts inside an article (a byline opens one instead)
        if any(map(is_read_more_marker, texts)) and _count_openings(texts) >= 2:
            score += RAISE  # a teaser under a digest's articles; one opening over one is a single article's
        return min(score, MAX_RAISED_FIT)

    def split(self, probe: PageProbe) -> Page:
        return self.split_stream(probe).collect()

    def split_stream(self, probe: PageProbe) -> PageStream:
        """The page with its header read and its articles read one at a time, each as its next starts.

        A page larger than the probe is read twice, line by line: once for what holds for the whole page
        (its closing chrome, its blank-line layout), then into articles, keeping only the lines of the article read.
        """
        survey = Survey(_lines_of(probe), MAX_CLOSING_CHROME_LINES)
        end = survey.count - len(survey.tail) + self._closing_chrome_start(survey.tail)
        lines = Window(_lines_of(probe), end)
        period = None
        i = self._masthead_end(probe)
        while i < len(lines) and (key := header_key(lines[i].clean)) is not None:
            period = period or _period(HEADER_KEYS[key], _header_value(lines[i].clean))
            i += 1
        articles = _Reader(lines, survey.blank_layout, self.chrome).articles(i, probe.text)
        return PageStream(articles=articles, format=self.name, period=period)

    def _bylined(self, probe: PageProbe) -> bool:
        """A byline stands among the first lines: an article's page, not an excerpt of a digest (which prints none)."""
        return any(pl.kind is LineKind.BYLINE for pl in itertools.islice(probe.lines(self.chrome), _PROBE_LINES))

    def _opens_in_body(self, probe: PageProbe) -> bool:
        """The page's first line of text ends a sentence: it starts inside an article's body, as an excerpt of a digest
        does, not at a title under the site's menu."""
        first = next((pl for pl in itertools.islice(probe.lines(self.chrome), _PROBE_LINES) if pl.kind is LineKind.TEXT), None)
        return first is not None and ends_sentence(first.clean)

    def _masthead_end(self, probe: PageProbe) -> int:
        """How many lines of site chrome (the site's name, its menu) stand above the archive header."""
        top = probe.clean_lines[: MAX_MASTHEAD_LINES + 1]
        if not top or header_key(top[0]) is not None or not any(map(header_key, top[1:])):
            return 0  # the cheap, common case: the header opens the page, or there is none
        lines = probe.lines(self.chrome)
        n = 0
        while n < min(len(lines) - 1, MAX_MASTHEAD_LINES) and lines[n].kind is LineKind.CHROME and header_key(lines[n].clean) is None:
            n += 1  # the header is chrome too: the masthead ends before it
        return n if n and header_key(lines[n].clean) is not None else 0

    def _closing_chrome_start(self, lines: Sequence[Line]) -> int:
        """Where the site chrome closing the page (``« Older posts``, ``© 2025 Site``) starts."""
        end = len(lines)
        while end > max(0, len(lines) - MAX_CLOSING_CHROME_LINES) and self._is_chrome(lines[end - 1]):
            end -= 1
        return end

    def _is_chrome(self, line: Line) -> bool:
        """True for a short line of site chrome (a paragraph, a link line or a summary is none)."""
        clean = line.clean
        return (
            clean.count(" ") < MAX_CLOSING_CHROME_WORDS
            and not is_link_line(clean)
            and self.chrome.kind(clean)[0] is LineKind.CHROME
        )


class _Reader:
    """Reads a digest's lines into articles, each opened by a summary line."""

    def __init__(self, lines: Window, blank_layout: bool, chrome: PageChrome) -> None:
        self.lines = lines
        self.blank_layout = blank_layout
        self.chrome = chrome
        self.closed: list[Article] = []  # articles read to their end, not yet handed over
        self.draft: Draft | None = None

    def articles(self, i: int, text: str) -> Iterator[Article]:
        """The articles from ``lines[i]`` on, read from the page ``text``, each as soon as the next one opens."""
        lines = self.lines
        while i < len(lines):
            i = self._read_marker(i) if is_read_more_marker(lines[i].clean) else self._read_line(i, text)
            lines.release(i)
            if self.closed:
                yield self.closed.pop()
        self._close(text)
        yield from self.closed

    def _read_marker(self, i: int) -> int:
        """Read the teaser block opened by the ``Read more`` line ``lines[i]``; where the next line is."""
        if i + 2 >= len(self.lines):
            return i + 1
        caption, headline = self.lines[i + 1], self.lines[i + 2]
        # On a page with blank lines, a caption and headline printed without one between them are a teaser.
        adjacent = self.blank_layout and headline.number - caption.number == 1
        link = teaser_link(caption, headline, adjacent=adjacent)
        if link is None or (self.blank_layout and headline.number - caption.number > 2):
            return i + 1
        if self.draft is None:
            self.draft = Draft()
            self.draft.cover(self.lines[i])
        self.draft.add_related(link, headline)
        return i + 3

    def _read_line(self, i: int, text: str) -> int:
        line = self.lines[i]
        if self._is_bracketed_chrome(line.clean):
            return i + 1  # ``(Also see: headline)``: a sidebar's link set in the text, no summary nor paragraph
        draft = self.draft
        summary = _is_summary(line.clean, opening=draft is None or draft.republished_from is not None) and not (
            draft is not None and len(draft.paragraphs) < MIN_PARAGRAPHS_BEFORE_SHORT and _is_section_heading(line.clean)
        )  # "A partner that refuses to be a pawn" under an article's first paragraph
        if summary and i + 1 < len(self.lines) and is_speaker_label(line.clean, self.lines[i + 1].clean):
            summary = False  # "Jane Doe, chief economist, Harbour Bank" over her quoted paragraphs
        if summary and self._is_furniture(line.clean):
            return i + 1  # a newsletter's pitch, ``Posted in World | Tagged fuel``: no summary
        if draft is None or summary:
            self._close(text)
            draft = self.draft = Draft()
            draft.cover(line)
            if summary:
                draft.summary = line
                return i + 1
        if draft.paragraphs and self._closes_post(line.clean):
            return i + 1  # ``Continue reading``, ``Read More: Harbour Times``: chrome closing the post above
        if draft.read_link(line):
            return i + 1
        if self._is_furniture(line.clean) or is_photo_caption(line.clean):
            return i + 1  # ``Comments are closed.``, ``… in Kostanay. Photo: Jane Doe / Agency``: no paragraph
        draft.paragraphs.append(line)
        draft.cover(line)
        return i + 1

    def _is_furniture(self, clean: str) -> bool:
        """True for a line the chrome reader calls chrome or footer: the site's furniture between or inside posts."""
        return self.chrome.kind(clean)[0] in _PAGE_FURNITURE

    def _is_bracketed_chrome(self, clean: str) -> bool:
        """True for a chrome line set wholly in brackets, as a link is set in the text: ``(Also see: headline)``,
        ``(ALSO READ: headline)``; a paragraph's aside in brackets (``(Reporting by Jane Doe.)``) ends a sentence."""
        return (
            clean.startswith("(")
            and clean.endswith(")")
            and not ends_sentence(clean)
            and self.chrome.kind(clean)[0] is LineKind.CHROME
        )

    def _closes_post(self, clean: str) -> bool:
        """True for a post's closing pointer to its full text or its source: a short chrome line that ends no
        sentence (``Continue reading``, ``Full post``) or a ``Read more:`` line naming an outlet."""
        if is_source_pointer(self.chrome, clean):
            return True
        short = word_count(clean, MAX_CLOSER_WORDS) <= MAX_CLOSER_WORDS and not ends_sentence(clean)
        return short and self.chrome.kind(clean)[0] is LineKind.CHROME

    def _close(self, text: str) -> None:
        if self.draft is not None:
            article = self.draft.build(text)
            if article is not None:
                self.closed.append(article)


def _lines_of(probe: PageProbe) -> Iterator[Line]:
    """The non-blank lines of the page: the probe's when it holds the whole page, else read as they are asked for."""
    return iter(probe.text_lines) if probe.is_whole else iter_content_lines(probe.text)


def _header_value(line: str) -> str:
    m = _HEADER.match(line)
    return "" if m is None else m.group("value")


def header_key(line: str) -> str | None:
    """The key of an archive header (``month`` for ``Month: November 2025``), else None."""
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
        parsed = month_and_year(value) or _read_date(value)
    except (ValueError, OverflowError):
        return None
    if granularity == "year":
        return f"{parsed.year:04d}" if parsed.year > 1 else None
    if granularity == "month":
        return f"{parsed.year:04d}-{parsed.month:02d}" if parsed.year > 1 else None
    return parsed.date().isoformat() if parsed.year > 1 else None


def _read_date(value: str) -> dt.datetime:
    """dateutil's reading of a header value, missing parts from 1 January of year 1."""
    from dateutil import parser as dateparser  # imported when first needed: it takes long to import

    return dateparser.parse(value, default=dt.datetime(1, 1, 1))


def _is_section_heading(line: str) -> bool:
    """True for a short line (under :data:`MIN_SURE_SUMMARY_WORDS` words) in a heading's grammar: a noun phrase
    whose noun a clause describes (``A partner that refuses to be a pawn``, ``The year the US rewrote its own
    playbook``), where a summary reports (``A ferry returns to the island after a decade away``)."""
    words = [word.lower() for word in line.split()]
    if len(words) >= MIN_SURE_SUMMARY_WORDS or words[0] not in _ARTICLES:
        return False
    # the clause opens after the noun, or after an adjective and the noun: not after a preposition ("A court in the …")
    return any(words[k] in _CLAUSE_HEADS and words[k - 1] not in _PREPOSITIONS for k in (2, 3) if k < len(words))


#: Articles opening a heading's noun phrase, the words that open the clause describing its noun, and prepositions,
#: after which such a word opens no clause.
_ARTICLES = frozenset(["a", "an", "the"])
_CLAUSE_HEADS = frozenset(["that", "who", "which", "whose", "where", "when", "the", "a", "its", "their", "his", "her"])
_PREPOSITIONS = frozenset(["in", "of", "on", "at", "for", "to", "from", "with", "by", "after", "over", "near"])


def _is_summary(line: str, opening: bool = False) -> bool:
    """True for a summary line: one sentence of summary length without a final full stop, not in capitals.

    Where an article must open (at the top, after a republication note, which closes
    its article), a question of that length is a summary too; elsewhere it is as
    likely a body paragraph asking one.
    """
    words = line.count(" ") + 1  # a clean line: one space between words
    if not MIN_SUMMARY_WORDS <= words <= MAX_SUMMARY_WORDS or is_link_line(line) or leads_on(line):
        return False
    if (ends_sentence(line) and not (opening and is_question(line))) or line.endswith(_QUOTED_COMMAS):
        return False  # a sentence; one whose closing quote kept its comma and lost the full stop after it
    if line.isupper():
        return False  # a related story's headline in capitals set in the body: ``SHE SHARES 5 NUTRITION TIPS``
    return not is_photo_caption(line)  # a caption closing with its credit, over the text, is none
