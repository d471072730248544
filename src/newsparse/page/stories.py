"""Stories printed one after another on a page read as one article: where the next one starts.

A page that holds two stories (a briefs page, a live page's second entry) prints each one's title over its date
line or byline, then its body.  Under the first story's body, a title-shaped line over a date line or byline (a
line of chrome or the writer's name between them aside) and a sentence of prose starts the next story: related
headlines, each over its date, have no prose under them, and a subheading inside a story has no date line under it.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.page.chrome import LineKind
from newsparse.page.layout import DATED_KINDS, is_author_box, is_title, is_writer
from newsparse.page.lines import ends_sentence, word_count
from newsparse.page.probe import PageLine

__all__ = ["story_starts"]

#: The fewest sentences of prose a story's body prints before the next story may start.
MIN_BODY_SENTENCES = 3
#: The fewest words of the prose line that opens the next story's body.
MIN_LEAD_WORDS = 12


def story_starts(lines: Sequence[PageLine]) -> list[int]:
    """Where each story after the first starts in ``lines``: the index of its title."""
    starts: list[int] = []
    prose = 0
    dated = False  # the story above printed a date line or byline
    for i, pl in enumerate(lines):
        if pl.kind in DATED_KINDS:
            dated = True
        elif pl.kind is LineKind.TEXT and ends_sentence(pl.clean):
            prose += 1
        elif dated and prose >= MIN_BODY_SENTENCES and pl.kind is LineKind.TEXT and _opens_story(lines, i):
            starts.append(i)
            prose, dated = 0, False
    return starts


def _opens_story(lines: Sequence[PageLine], i: int) -> bool:
    """``lines[i]`` is a title over a date line or byline, perhaps under the writer's name (``Vlad Ionescu``), and a
    lead of prose."""
    if not is_title(lines[i].clean) or is_author_box(lines, i):
        return False  # not ``Jane Doe`` / ``Reporter`` / ``Jane Doe is a reporter at …``: the box closing a story
    j = _past(lines, i + 1, (LineKind.CHROME,))
    if j < len(lines) and lines[j].kind is LineKind.TEXT and is_writer(lines[j].clean):
        j += 1
    if j >= len(lines) or lines[j].kind not in DATED_KINDS:
        return False
    j = _past(lines, j, (LineKind.CHROME, *DATED_KINDS))
    lead = lines[j] if j < len(lines) else None
    return lead is not None and lead.kind is LineKind.TEXT and ends_sentence(lead.clean) and word_count(lead.clean) >= MIN_LEAD_WORDS


def _past(lines: Sequence[PageLine], j: int, kinds: tuple[LineKind, ...]) -> int:
    """The first index from ``j`` whose line is of none of ``kinds``."""
    while j < len(lines) and lines[j].kind in kinds:
        j += 1
    return j
