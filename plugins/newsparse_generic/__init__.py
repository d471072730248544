"""The ``generic`` splitter: any plain text, when no layout fits it.

Every non-blank line is kept, but a writer's bare name opening the text above a sentence (a byline).
The whole text is one article, even where the reader takes every line for a caption or chrome (``X X``: a caption
printed twice run together), its lines then its paragraphs; an opening line
that does not end a sentence, of four words or more, is its summary, the other lines are paragraphs,
``READ MORE: headline`` lines are related links and ``This article was first
published in X…`` notes name where it was republished from.
"""

from __future__ import annotations

from newsparse import hookimpl
from newsparse.bands import FALLBACK
from newsparse.page.chrome import LineKind, PageChrome, is_bare_name
from newsparse.page.draft import Draft
from newsparse.page.reader import read_article
from newsparse.page.lines import ends_sentence, word_count
from newsparse.model import Page
from newsparse.page.probe import PageLine, PageProbe

__all__ = ["GenericSplitter"]

#: Any text fits, but worse than a layout that recognises it.
FIT = FALLBACK


#: A summary has at least this many words: a shorter opening line is a section heading (``What happened``).
MIN_SUMMARY_WORDS = 4


def _is_summary(line: str) -> bool:
    """An opening line without a final full stop, of a few words at least, is a summary, as on digest pages."""
    return not ends_sentence(line) and word_count(line, MIN_SUMMARY_WORDS) >= MIN_SUMMARY_WORDS


class GenericSplitter:
    """Reads any plain text into one article; the fallback of format detection."""

    name = "generic"
    description = "any plain text, as one article: an opening line without a final full stop is its summary"

    def __init__(self, chrome: PageChrome | None = None):
        self.chrome = chrome or PageChrome.from_vocabulary()

    def fit(self, probe: PageProbe) -> float:
        return FIT

    def split(self, probe: PageProbe) -> Page:
        lines = [PageLine(line, line.clean, LineKind.TEXT) for line in probe.page_text_lines()]
        if len(lines) > 1 and is_bare_name(lines[0].clean) and ends_sentence(lines[1].clean):
            lines[0] = PageLine(lines[0].line, lines[0].clean, LineKind.BYLINE)  # the writer's name over the body
        article = read_article(
            probe.text, lines, self.chrome, titled=False, standfirst=_is_summary, drop_captions=False
        )
        if article is None and lines:  # every line read as a caption or chrome: the text is still one article
            draft = Draft(self.chrome)
            for pl in lines:
                draft.cover(pl.line)
                draft.paragraphs.append(pl.line)
            article = draft.build(probe.text)
        return Page(articles=[] if article is None else [article], format=self.name)


@hookimpl
def newsparse_splitters(register, vocabulary):
    register(GenericSplitter(PageChrome.from_vocabulary(vocabulary)))
