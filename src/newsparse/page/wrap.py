"""Hard-wrapped text: a paragraph printed over several lines, each broken at a fixed width.

Wire copy and old archives break their paragraphs into lines of sixty or seventy characters
(``Reports in certain section of the`` / ``press about the purpose of …``). A line is the
wrapped continuation of the line above it, and the two one paragraph, when they are printed one
under the other (no blank line between them), the upper one ends no sentence and does not lead
into the next line with a colon, and the lower one
either opens with a lower-case letter (``press about …``), or opens with a digit or currency
sign under a line broken right after a word that cannot end a sentence: an article, a preposition or
a conjunction (``closed at`` / ``$6.01 on Nasdaq.``), or, on a page that sets its paragraphs apart
with blank lines, with any word under such a line (``his private visit to`` / ``Germany, said …``).
The lower line is as long as half the upper one at least and of two words or more (a wrapped
middle line), or ends a sentence (the paragraph's last line): ``via Reuters`` under a title, and a
writer's address (``aruiz@example.com``) under their name, stay apart.  A line ending in a comma is not enough: on a
page printing a paragraph a line, ``The statement reads,`` stands over its quotation as a
paragraph of its own; nor is a capital under ``in``: a caption cut short (``The number of
complaints during mobilization in``) may stand over the body's first paragraph.  A news dateline alone on its
line with the dash that leads into the story (``LONDON, March 29 (UPI) --``) runs on into the line right under
it, a capital or quotation mark opening it: the lead's first paragraph opens with its dateline.

Each line is measured against the last printed line of the paragraph joined so far, and a line
opening with a quotation mark and a lower-case word runs on like a lower-case one (``had`` /
``"repeatedly substituted promises …"``).  Where a page sets its paragraphs apart with blank lines and
wraps them at a fixed width (:func:`wrap_width`), a line runs on whenever its first word would not have
fitted on the line above it, whatever that line ends with: the break was forced.

Above the first byline, date line or sentence a title stands right over its standfirst on any page, so
there a line opening with a capital runs on only after a forced break that falls after such a word
(``… fined on`` / ``Monday and …``), never after a forced break alone nor after such a word alone.

Some reprints double-space hard-wrapped copy: a blank line under every wrapped line, so each looks
like a paragraph.  On a page where at least :data:`MIN_DOUBLE_SPACED` long lines ending no sentence
have a line opening in lower case one blank line under them, such a lower line is joined to the line
above it too (``One person has been arrested in relation to an incident that`` / blank /
``occurred on Friday.``); a capital under such a line is not, as a heading over its paragraph looks
the same.

A dateline printed alone on its line, a place and a colon (``Chennai:``, ``New Delhi :``), as syndicated
copy sets it in bold above the story, is joined to the line of text under it, perhaps one blank line
below, where no sentence stands above it, no other line of its shape is on the page and that line is a sentence
of :data:`MIN_DATELINE_LEAD_WORDS` words or more opening with a capital: the dateline opens the body's
first paragraph (``Chennai: The office of …``).  ``Background:`` over a paragraph further down stays apart,
and so do section headings of a round-up, several on the page (``Rugby:`` … ``Cricket:``), and a section
label in capitals (``RUGBY:``).

Limits: a wrapped line that opens with a capital after a line ending in a noun (``… provider EXFO`` /
``Inc posted …``) is not joined, since a heading over its paragraph looks the same; a paragraph
opening with a lower-case brand name (``iPhone sales …``) under a line ending no sentence is
joined to it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from newsparse.lazy_regex import lazy_compile
from newsparse.page.chrome import LineKind
from newsparse.page.layout import DATED_KINDS
from newsparse.page.lines import ends_sentence, is_dashed_dateline, word_count
from newsparse.page.probe import PageLine
from newsparse.page.text import Line, collapse

__all__ = ["join_wrapped", "continues", "wrap_width"]

_CURRENCY = "$€£¥₹"
_QUOTE_OPENINGS = "\"“‘'"
#: A page wraps its paragraphs at a fixed width (:func:`wrap_width`) where it has this many wrapped lines ...
MIN_WRAPPED_LINES = 4
#: ... at least half of them this share of the width long ...
FULL_LINE_SHARE = 0.8
#: ... the width being the longest of them that another is within this many characters of.
WIDTH_SPREAD = 2
#: A page double-spaces its wrapped lines when at least this many long lines ending no sentence have
#: a line opening in lower case one blank line under them ...
MIN_DOUBLE_SPACED = 2
#: ... a wrapped line being at least this many characters long.
MIN_WRAPPED_CHARS = 40

#: A dateline alone on its line is joined to a first paragraph of at least this many words.
MIN_DATELINE_LEAD_WORDS = 8
# A dateline alone on its line, a place of up to four capitalised words and a colon: ``Chennai:``, ``New Delhi :``
# (a label in capitals, ``RUGBY:``, is a section's).
_COLON_DATELINE = lazy_compile(r"[A-Z][a-z][\w.'’-]*(?:,? [A-Z][a-z][\w.'’-]*){0,3} ?:")

#: Words after which a wrapped line breaks mid-sentence: a line ending in one runs on.
_RUN_ON_WORDS = frozenset(
    {
        "a", "an", "the", "of", "to", "in", "at", "on", "by", "for", "with", "from", "into", "and", "or",
        "but", "nor", "that", "as", "than", "its", "their", "his", "her", "our", "was", "were", "is", "are",
        "about", "around", "nearly", "almost", "roughly", "over", "under", "after", "before", "between", "among",
        "during", "through", "per", "each", "every", "some", "this", "these", "those", "my", "your", "had", "has",
        "have", "be", "been", "will", "would", "could", "should", "who", "which", "when", "where", "while", "if",
        "because",
    }
)


def continues(
    upper: str, lower: str, blank_lines: bool = False, width: int = 0, upper_chars: int | None = None, *, head: bool = False
) -> bool:
    """True when ``lower``, printed right under ``upper``, is the wrapped rest of its paragraph;
    ``blank_lines``: the page sets its paragraphs apart with blank lines; ``width``: the page's wrap
    width (:func:`wrap_width`), 0 where it has none; ``upper_chars``: how long ``upper`` is printed, its
    indent included (its length where not given); ``head``: no sentence, byline nor date line has been read yet,
    where a title stands right over its standfirst on any page, so a capital opening ``lower`` runs on only
    under a word that cannot end a line of its own, after a forced break."""
    if not lower:
        return False
    printed = len(upper) if upper_chars is None else upper_chars
    run_on = upper.rsplit(" ", 1)[-1].casefold() in _RUN_ON_WORDS
    if width and printed <= width < printed + 1 + len(lower.split(" ", 1)[0]) and (not head or run_on or not lower[0].isupper()):
        return True  # the lower line's first word did not fit on the upper one: the break was forced
    if ends_sentence(upper) or upper.endswith(":"):
        return False
    if is_dashed_dateline(upper):
        return lower[:1].isupper() or lower[:1] in _QUOTE_OPENINGS  # the lead its dash leads into
    if (len(lower) * 2 < len(upper) or " " not in lower) and not ends_sentence(lower):
        return False  # a short line or one word ending no sentence (``via Reuters``, an address) is no wrapped middle
    if lower[0].islower() or (lower[0] in _QUOTE_OPENINGS and lower[1:2].islower()):
        return True  # a paragraph opens with no lower-case word, quoted or not (``"repeatedly substituted …``)
    return run_on and ((blank_lines and not head) or lower[0].isdigit() or lower[0] in _CURRENCY)


def join_wrapped(text: str, lines: Sequence[PageLine]) -> list[PageLine]:
    """``lines`` with each hard-wrapped paragraph's lines of text joined into one line, its span
    covering them all (the line keeps the number of its first line)."""
    joined: list[PageLine] = []
    blank_lines = _sets_paragraphs_apart(lines)
    width = wrap_width(lines) if blank_lines else 0
    double_spaced = _is_double_spaced(lines)
    in_body = False  # a line of text ending a sentence has been read
    head = True  # no such line, byline nor date line has been read: a title may stand over its standfirst
    # a dateline opens the story once: several lines of its shape are section headings (``Rugby:``, ``Cricket:``)
    headings = sum(pl.kind is LineKind.TEXT and _COLON_DATELINE.fullmatch(pl.clean) is not None for pl in lines)
    for pl in lines:
        above = joined[-1] if joined else None
        if (
            above is not None
            and pl.kind is LineKind.TEXT
            and above.kind is LineKind.TEXT
            and (
                _wraps_on(text, above, pl, double_spaced, blank_lines, width, head)
                or (not in_body and headings == 1 and _opens_under_dateline(text, above, pl))
            )
        ):
            joined[-1] = _join(text, above, pl)
        else:
            joined.append(pl)
        in_body = in_body or (pl.kind is LineKind.TEXT and ends_sentence(pl.clean))
        head = head and not in_body and pl.kind not in DATED_KINDS
    return joined


def _wraps_on(text: str, above: PageLine, below: PageLine, double_spaced: bool, blank_lines: bool, width: int, head: bool) -> bool:
    """True when ``below`` is the wrapped rest of the paragraph joined so far in ``above``: printed right under its
    last line (on a ``double_spaced`` page, one blank line under it, opening in lower case), it :func:`continues` it."""
    number = _last_number(text, above.line)
    if not (below.line.number == number + 1 or (double_spaced and below.line.number == number + 2 and below.clean[:1].islower())):
        return False
    last, printed = _last_line(text, above)
    return continues(last, below.clean, blank_lines, width, len(printed), head=head)


def _opens_under_dateline(text: str, above: PageLine, below: PageLine) -> bool:
    """True when ``above`` is a dateline alone on its line, a place and a colon (``Chennai:``), and
    ``below``, at most one blank line under it, the sentence it opens: capitalised, of
    :data:`MIN_DATELINE_LEAD_WORDS` words or more."""
    return (
        below.line.number <= _last_number(text, above.line) + 2
        and _COLON_DATELINE.fullmatch(above.clean) is not None
        and below.clean[:1].isupper()
        and ends_sentence(below.clean)
        and word_count(below.clean, MIN_DATELINE_LEAD_WORDS) >= MIN_DATELINE_LEAD_WORDS
    )


def _is_double_spaced(lines: Sequence[PageLine]) -> bool:
    """True when the page prints its wrapped lines one blank line apart: :data:`MIN_DOUBLE_SPACED` long
    lines of text ending no sentence have a line of text opening in lower case one blank line under them."""
    found = 0
    for a, b in itertools.pairwise(lines):
        if (
            b.line.number == a.line.number + 2
            and b.clean[:1].islower()
            and a.kind is LineKind.TEXT
            and b.kind is LineKind.TEXT
            and len(a.clean) >= MIN_WRAPPED_CHARS
            and not ends_sentence(a.clean)
            and not a.clean.endswith(":")
        ):
            found += 1
            if found == MIN_DOUBLE_SPACED:
                return True
    return False


def wrap_width(lines: Sequence[PageLine]) -> int:
    """The width a page wraps its paragraphs at, 0 where it wraps none.

    The wrapped lines are the lines of text with a line of text right under them.  The width is the
    longest of them that another is within :data:`WIDTH_SPREAD` characters of (a long title over its
    standfirst, alone of its length, is no wrapped line), where it is :data:`MIN_WRAPPED_CHARS` or more and
    at least :data:`MIN_WRAPPED_LINES` of them, and half of all, are as long as :data:`FULL_LINE_SHARE` of it.
    """
    lengths = sorted(
        len(a.line.text.rstrip())  # as printed, an indent included
        for a, b in itertools.pairwise(lines)
        if a.kind is LineKind.TEXT and b.kind is LineKind.TEXT and b.line.number == a.line.number + 1
    )
    if len(lengths) < MIN_WRAPPED_LINES:
        return 0
    width = next((n for n, below in zip(reversed(lengths), reversed(lengths[:-1])) if n - below <= WIDTH_SPREAD), 0)
    full = sum(width * FULL_LINE_SHARE <= n <= width for n in lengths)
    return width if width >= MIN_WRAPPED_CHARS and full >= MIN_WRAPPED_LINES and full * 2 >= len(lengths) else 0


def _sets_paragraphs_apart(lines: Sequence[PageLine]) -> bool:
    """True when most lines of text that end a sentence have a blank line under them: the page
    sets its paragraphs apart with blank lines, however many wrapped lines each paragraph has."""
    ends = wide = 0
    for a, b in itertools.pairwise(lines):
        if a.kind is LineKind.TEXT and ends_sentence(a.clean):
            ends += 1
            wide += b.line.number - a.line.number > 1
    return wide * 2 > ends


def _last_line(text: str, joined: PageLine) -> tuple[str, str]:
    """The last printed line of ``joined`` (the lines of a paragraph joined so far), white space collapsed, and as
    printed (its indent kept)."""
    start = text.rfind("\n", joined.line.start, joined.line.end) + 1
    printed = text[max(start, joined.line.start) : joined.line.end].rstrip()
    return collapse(printed), printed


def _last_number(text: str, line: Line) -> int:
    """The number of the last text line ``line`` covers (a joined line covers several)."""
    return line.number + text.count("\n", line.start, line.end)


def _join(text: str, above: PageLine, below: PageLine) -> PageLine:
    raw = text[above.line.start : below.line.end]
    clean = collapse(raw)
    return PageLine(Line(above.line.number, above.line.start, below.line.end, raw, clean), clean, above.kind, above.found)
