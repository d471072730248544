"""Listing pages: section, tag and "latest news" pages that print several articles, each a title
line over a teaser or a few paragraphs.

A *unit* is a title-shaped line (:func:`~newsparse.page.layout.is_title`) whose next line of text, past
chrome, date lines, bylines and a copy of the title, is a teaser: a sentence, or a blurb cut short (``…``,
``[…]``), perhaps closed by ``Read more``, of five words or more, that opens in no lower case (it would be
a wrapped line's rest) and is no republication note; the title opens in none either (a prompt's
instruction does), and the first stands right under no shorter headline of five words or more (it would
be the story's standfirst).
A photo's alt text over its caption (:func:`~newsparse.page.layout.is_alt_text`) is no title.  Kickers, image descriptions, ``Updated``
and counts between one unit's teaser and the next title belong to neither.  The repeated shape is the evidence
of a listing, as one story's subheadings are the main risk of a false split:

* two or more units, half of them *marked* (a teaser cut short or closed by ``Read more``, a ``Read
  more`` line under it, the title printed twice, over its address slug or cut short, a date line or byline
  beside it, a teaser that opens with a dateline as a story does); or
* three or more units, each marked or its title over a single paragraph, neither opening with a list
  number (the last unit may run into the page's closing lines), the unmarked titles of headline length
  (:data:`MIN_LISTED_TITLE_WORDS` words or more) but one, at most a third of the titles questions.

Either way no archive header (``Month: March 2026``: a digest's) and no sentence stands above the first
unit (a story's lead would), but the section's description right under its label (``Politics`` over
``Political news, elections and governance.``), and no unit runs longer than
:data:`MAX_UNIT_PARAGRAPHS` paragraphs.  Wire briefs that print a dateline alone under each title
(``TOLEDO (AP)``, two titles or more, every one) are listed articles of any length: a story's subheadings
print none; so are briefs under a briefs page's label above the first title (``News in brief``:
``brief_labels``), every title four to sixteen words long; and so are a feed's story openings, each but the
last closed by a pointer to its remaining paragraphs (``Read 6 remaining paragraphs | Comments``).  A title may
stand over its standfirst (:func:`has_standfirst`), the unit's summary; else its teaser is its first paragraph.
A byline or date line above a title marks it only where one stands above the first title too (else it closes
the unit above).  A first unit whose one paragraph introduces the stories under it (``Following is a summary of
current world news briefs.``: the ``list_intros`` chrome vocabulary) is the page's label, no article.
Where every other unit runs one paragraph, so does the last,
and the lines under it close the page; a unit's text ends at a date line under it, and the listing at a
list heading (``Related stories``: the headlines under it are chrome).  Date lines print
above each title where they do above the first two; else they belong to the unit above them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from newsparse.lazy_regex import lazy_compile
from newsparse.page.chrome import (
    LineKind,
    PageChrome,
    is_bare_name,
    is_clock_time,
    is_remaining_pointer,
)
from newsparse.page.furniture import is_read_more_marker, republished_from
from newsparse.page.layout import MAX_TITLE_WORDS, is_alt_text, is_title, is_title_case
from newsparse.page.lines import (
    ends_sentence,
    is_cut_short,
    is_dateline_alone,
    is_question,
    opens_with_dateline,
    word_count,
)
from newsparse.page.probe import PageLine
from newsparse_digest.splitter import header_key

__all__ = [
    "Unit",
    "is_briefs_label",
    "listing_units",
    "listing_slices",
    "has_standfirst",
    "MIN_LISTED_TITLE_WORDS",
    "MAX_UNIT_PARAGRAPHS",
]

#: Without marks, a listing's titles have at least this many words (a subheading has fewer) ...
MIN_LISTED_TITLE_WORDS = 5
#: ... but this many of them.
MAX_SHORT_TITLES = 1
#: A listed article runs at most this many paragraphs (a full story's lead runs longer).
MAX_UNIT_PARAGRAPHS = 3
#: A teaser has at least this many words.
MIN_TEASER_WORDS = 5
#: A blurb cut short and closed by ``Read more`` has at least this many words.
MIN_BLURB_WORDS = 8
#: A section's label over its description has at most this many words (``What To Read Next``).
MAX_LABEL_WORDS = 4
#: A story's title over its date line above a listing's first title runs at least this many words (a page's label fewer).
MIN_LEAD_TITLE_WORDS = 6
#: Without marks, at most this share of a listing's titles are questions (an explainer's subheadings all are).
MAX_QUESTION_SHARE = 1 / 3
#: A briefs page's label (``News in brief``, ``Stories in brief from the coast``) runs at most this many words.
MAX_BRIEFS_LABEL_WORDS = 10
#: A brief's title under such a label runs at least this many words (a story's subheading runs fewer) ...
MIN_BRIEF_TITLE_WORDS = 4
#: ... and at most this many (a paragraph that lost its full stop runs longer).
MAX_BRIEF_TITLE_WORDS = 16
#: Listings without marks repeat the unit at least this often.
MIN_UNMARKED_UNITS = 3
#: ... and with marks, at least this often, half of the units marked.
MIN_MARKED_UNITS = 2

# A teaser's closing link (``… Read more``, ``… READ MORE``, ``… Read More »``) and a cut (``[…]``).
_TEASER_TAIL = lazy_compile(r"(?i:\s?\[?\s?read\s+more\s?(?:»|›|>|→)?\s?\]?\s?-?)\Z")
_CUT = lazy_compile(r"\s?\[\s?(?:…|\.\.\.)\s?\]\Z")
# The word ``_TEASER_TAIL`` ends on, at most this many characters from the end of a line it matches.
_TAIL_WORD, _TAIL_REACH = "more", 10
# A list number opening a line (``1.``, ``2)``): a numbered briefing's items, not listed articles.
_LIST_NUMBER = lazy_compile(r"\d{1,2}[.)]\s")
# An address slug: apostrophes dropped, every other run of signs a hyphen.
_SLUG_DROP = lazy_compile(r"['’]")
_SLUG_GAP = lazy_compile(r"[^a-z0-9]+")
# A ``Read More »``, ``Continue reading…`` or ``Full Story`` line under a teaser, perhaps after its icon's
# short label (``W140 Full Story``).
_READ_MORE_LINE = lazy_compile(
    r"(?i:(?:\w{1,6}\s)?(?:read\s+more|continue\s+reading|full\s+story))\s*(?:»|›|>|→|\.\.\.|…)?\s*-?\Z"
)
# A dateline of a place in Title Case, one or two words, and a spaced dash opening a wire story's lead: ``Stockholm - The``.
_PLACE_DASH = lazy_compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)? [-–—] [A-Z\"“]")
# A word, to compare a photo's alt text with its caption.
# The gaps between a label's words.
_WORD_GAP = lazy_compile(r"[^\w'’-]+")


# The kinds of line printed between a title and its teaser, and those that date or sign it.
_BESIDE = (LineKind.CHROME, LineKind.DATE, LineKind.BYLINE)


class Unit(NamedTuple):
    """One listed article: its title's index, its text lines' indexes and whether it is marked."""

    title: int
    texts: tuple[int, ...]
    marked: bool


def _teaser(line: str) -> tuple[str, bool]:
    """``line`` without a closing ``Read more`` or cut mark, and whether it had one.  Each pattern is tried only
    where the line could end with it (``more`` among its last characters, a closing ``]``): a pattern anchored at the
    end is otherwise tried from every character of the line."""
    cut = _TEASER_TAIL.sub("", line) if _TAIL_WORD in line[-_TAIL_REACH:].lower() else line
    cut = _CUT.sub("…", cut) if cut.endswith("]") else cut
    return cut, cut != line


def _is_teaser(line: str) -> bool:
    """True for a teaser: a sentence or a blurb cut short, perhaps closed by ``Read more``, of
    :data:`MIN_TEASER_WORDS` words or more, or a lead cut with no mark, longer than a title; no republication note."""
    text, _ = _teaser(line)
    if word_count(text, MIN_TEASER_WORDS) < MIN_TEASER_WORDS or republished_from(text) is not None:
        return False  # a prompt's button (``Got it!``), a republication note
    # a lead cut short with no mark runs longer than any title (``… an investigation into possible sabotage``)
    return is_cut_short(text) or (ends_sentence(text) and not is_title(text)) or word_count(text, MAX_TITLE_WORDS) > MAX_TITLE_WORDS


def _is_listed_title(line: str) -> bool:
    """True for a title-shaped line, or one cut short with an ellipsis (``… knew of ongoing...``), that
    opens in no lower case (a prompt's instruction does: ``tap the menu and select …``) and is no person's
    bare name (a writer's name, perhaps printed twice, over the body)."""
    if line[:1].islower() or is_bare_name(line):
        return False
    return is_title(line) or (is_cut_short(line) and is_title(line.rstrip(".… ")))


def _is_body(pl: PageLine) -> bool:
    """True for a line of a unit's text: a teaser, or a blurb cut short and closed by ``Read more``, which
    reads as a pointer to the full text (chrome) on a single article's page."""
    if pl.kind is LineKind.TEXT:
        return _is_teaser(pl.clean)
    text, tailed = _teaser(pl.clean)
    return pl.kind is LineKind.CHROME and tailed and is_cut_short(text) and word_count(text) >= MIN_BLURB_WORDS


def _teaser_after(
    lines: Sequence[PageLine], i: int, datelined: bool = False, standfirsts: bool = True
) -> int | None:
    """The index of the teaser under the title ``lines[i]``, past chrome, date lines, bylines, a copy of it,
    its standfirst right under it (:func:`has_standfirst`) and, on a page of ``datelined`` briefs, a dateline
    alone right under it (``TOLEDO (AP)``)."""
    j = i + 1
    while j < len(lines) and not _is_body(lines[j]):
        beside = lines[j].kind in _BESIDE or lines[j].clean == lines[i].clean
        under = j == i + 1 and ((datelined and _is_dateline_under(lines, i)) or (standfirsts and has_standfirst(lines, i)))
        if not (beside or under):
            return None
        j += 1
    return j if j < len(lines) and not lines[j].clean[:1].islower() else None  # lower case: a wrapped line's rest


def _is_standfirst(lines: Sequence[PageLine], i: int, chrome: PageChrome) -> bool:
    """True for a line right under a headline (a title-shaped line of :data:`MIN_LISTED_TITLE_WORDS` words or
    more, no teaser, no briefs page's label) and no shorter than it: a story's standfirst, no listed title (a
    page's title over a live page's first entry runs longer)."""
    above = lines[i - 1] if i else None
    return (
        above is not None
        and above.kind is LineKind.TEXT
        and is_title(above.clean)
        and not _is_body(above)
        and not is_briefs_label(above.clean, chrome)
        and MIN_LISTED_TITLE_WORDS <= word_count(above.clean) <= word_count(lines[i].clean)
    )


def _heads(
    lines: Sequence[PageLine], chrome: PageChrome, datelined: bool = False, standfirsts: bool = True
) -> list[tuple[int, int]]:
    """Each unit's title and teaser indexes, from the top: a title-shaped line over its teaser, not
    between the title above and its teaser (the title's copy), no briefs page's label, the first no standfirst
    (:func:`_is_standfirst`); titles over a standfirst only where ``standfirsts``."""
    heads: list[tuple[int, int]] = []
    for i, pl in enumerate(lines):
        if (heads and i <= heads[-1][1]) or (not heads and _is_standfirst(lines, i, chrome)):
            continue  # the copy of the title above, between it and its teaser; the page's headline's standfirst
        listed = pl.kind is LineKind.TEXT and _is_listed_title(pl.clean) and not is_alt_text(lines, i)
        if listed and not is_briefs_label(pl.clean, chrome):
            first = _teaser_after(lines, i, datelined, standfirsts)
            if first is not None:
                heads.append((i, first))
    return heads


def _unit(lines: Sequence[PageLine], floor: int, head: tuple[int, int], end: int) -> Unit:
    """The unit of ``head`` (its title's and teaser's indexes), its text running up to ``end`` (the next
    title), the lines from ``floor`` (under the text of the unit above) printed around it."""
    title, first = head
    dates = (j for j in range(first, end) if lines[j].kind is LineKind.DATE)
    end_of_text = next(dates, end)  # a date line under the text opens the next post, its title perhaps lost ...
    texts = tuple(j for j in range(first, end) if _is_body(lines[j]))
    if sum(j > end_of_text for j in texts) <= MAX_UNIT_PARAGRAPHS:  # ... unless a story's body runs on under it:
        texts = tuple(j for j in texts if j < end_of_text)  # the date of a story's lead, under its standfirst
    last = texts[-1]
    tailed = _teaser(lines[last].clean)[1] or is_cut_short(lines[last].clean)
    gap = range(last + 1, end)
    linked = any(_READ_MORE_LINE.match(lines[j].clean) or is_read_more_marker(lines[j].clean) for j in gap)
    heading = lines[title].clean
    twice = lines[title + 1].clean == heading or (title > 0 and _is_slug_of(lines[title - 1].clean, heading))
    # a byline or date line around it, or the clock time it was posted at beside the title (``11:36,``)
    dated = any(_is_dated(lines[j]) for j in range(floor, end)) or any(
        lines[j].kind is LineKind.CHROME and is_clock_time(lines[j].clean) for j in range(title + 1, first)
    )
    lead = lines[texts[0]].clean
    # the title cut short; a lead opening with a dateline, perhaps a place in Title Case (``Stockholm - …``), or
    # with the title again, run together with it with no space (``… Could Be LinkedSwedish researchers found …``);
    # a lead that only opens with the title's words (``Costs`` over ``Costs rose …``) is no copy of it
    glued = lead.startswith(heading) and lead[len(heading) : len(heading) + 1].isalpha()  # no space: ``LinkedSwedish``
    cut = is_cut_short(heading) or opens_with_dateline(lead) or _PLACE_DASH.match(lead) is not None or glued
    return Unit(title, texts, tailed or linked or twice or dated or cut)


def has_standfirst(lines: Sequence[PageLine], title: int) -> bool:
    """True where the title ``lines[title]`` stands right over its standfirst: a title-shaped line of
    :data:`MIN_LISTED_TITLE_WORDS` words or more, as the title runs, in sentence case, and longer than the
    title or under a title in Title Case (``3 Ferries Capsize, With Multiple Casualties`` over ``Boats
    overturn in bad weather; dozens rescued``), and no byline or date line right under it (a single story's
    lead prints one); two headlines in Title Case are two titles."""
    heading = lines[title].clean
    below = lines[title + 1] if title + 1 < len(lines) else None
    if below is None or below.kind is not LineKind.TEXT or is_cut_short(below.clean):
        return False
    if not _is_listed_title(below.clean):
        return False
    if title + 2 < len(lines) and lines[title + 2].kind in (LineKind.DATE, LineKind.BYLINE):
        return False  # a story's title and standfirst over its byline: a single article's lead
    words = word_count(below.clean)
    if min(words, word_count(heading)) < MIN_LISTED_TITLE_WORDS or is_title_case(below.clean):
        return False
    return words > word_count(heading) or is_title_case(heading)


def _is_dateline_under(lines: Sequence[PageLine], title: int) -> bool:
    """True where a dateline alone (:func:`~newsparse.page.lines.is_dateline_alone`) stands right under the
    title ``lines[title]``, as a wire brief prints it over its first paragraph."""
    below = lines[title + 1] if title + 1 < len(lines) else None
    return below is not None and below.kind is LineKind.TEXT and is_dateline_alone(below.clean)


def _is_dated(pl: PageLine) -> bool:
    """True for a byline, or a date line that prints a date: labels whose dates were lost (``Posted
    Updated``) mark no listed title, as a story's page prints them too."""
    return pl.kind is LineKind.BYLINE or (pl.kind is LineKind.DATE and pl.found is not None)


def _is_slug_of(line: str, title: str) -> bool:
    """True for the title's address slug printed over it (``port-strike-enters-second-week``)."""
    return "-" in line and line == _SLUG_GAP.sub("-", _SLUG_DROP.sub("", title.casefold())).strip("-")


def listing_units(lines: Sequence[PageLine], chrome: PageChrome) -> list[Unit]:
    """The listed articles of a listing page (see the module's rules), else an empty list.  A list heading
    under the first title (``Related stories``, ``Most read``) ends the listing: its headlines are chrome."""
    heads = _heads(lines, chrome, datelined=True)
    under = [_is_dateline_under(lines, title) for title, _ in heads]
    datelined = len(heads) >= MIN_MARKED_UNITS and all(under)
    if not datelined and any(under):
        heads = _heads(lines, chrome)  # a dateline under one subheading of a story opens no unit
    stood = [has_standfirst(lines, title) for title, _ in heads]
    if any(stood) and not all(stood):
        heads = _heads(lines, chrome, datelined, standfirsts=False)  # a caption over the next title is no title
    if not heads or not _opens_listing(lines[: heads[0][0]], chrome):
        return []
    stop = next((i for i in range(heads[0][0], len(lines)) if _opens_list(lines[i], chrome)), len(lines))
    heads = [(title, first) for title, first in heads if first < stop]
    if not heads:
        return []  # the list heading stands above every title's text
    units: list[Unit] = []
    # a byline or date line over a title dates it where one stands over the first, else the unit above
    over = any(_is_dated(pl) for pl in lines[: heads[0][0]])
    for (title, first), end in zip(heads, [*(title for title, _ in heads[1:]), stop]):
        units.append(_unit(lines, units[-1].texts[-1] + 1 if units and over else title, (title, first), end))
    if len(units) > 1 and len(units[0].texts) == 1 and _introduces_list(lines[units[0].texts[0]].clean, chrome):
        units = units[1:]  # the page's label over its introduction to the stories listed under it: chrome
    if len(units) > 1 and all(len(u.texts) == 1 for u in units[:-1]):
        units[-1] = units[-1]._replace(texts=units[-1].texts[:1])  # the rest is the page's closing
    if datelined:
        # wire briefs, each title over its dateline alone: a story's subheadings print none
        return units if len(units) >= MIN_MARKED_UNITS else []
    if _is_briefs_page(lines, units, chrome) or _is_feed(lines, units):
        return units  # briefs under their page's label, a feed's story openings: of any length
    if any(len(u.texts) > MAX_UNIT_PARAGRAPHS for u in units):
        return []
    marked = sum(u.marked for u in units)
    if len(units) >= MIN_MARKED_UNITS and marked >= MIN_MARKED_UNITS and 2 * marked >= len(units):
        return units
    titles = [lines[u.title].clean for u in units]
    questions = sum(map(is_question, titles))
    short = sum(word_count(t) < MIN_LISTED_TITLE_WORDS for t, u in zip(titles, units) if not u.marked)
    shaped = all(u.marked or _is_plain_unit(lines, u) for u in units[:-1])  # the last may run into closing lines
    plain = shaped and short <= MAX_SHORT_TITLES and MAX_QUESTION_SHARE * len(units) >= questions
    return units if len(units) >= MIN_UNMARKED_UNITS and plain else []


def _is_briefs_page(lines: Sequence[PageLine], units: Sequence[Unit], chrome: PageChrome) -> bool:
    """True for briefs under their page's label (``News in brief``, ``Business Briefing``: ``brief_labels``)
    above the first title: two units or more, every title of headline length (:data:`MIN_BRIEF_TITLE_WORDS` to
    :data:`MAX_BRIEF_TITLE_WORDS` words), at most a :data:`MAX_QUESTION_SHARE` of them questions; each runs
    any number of paragraphs, as one story's subheadings (``Costs``), a few words long, would not."""
    above = lines[: units[0].title]
    labelled = any(pl.kind is not LineKind.CHROME and is_briefs_label(pl.clean, chrome) for pl in above)
    titles = [lines[u.title].clean for u in units]
    sized = all(
        MIN_BRIEF_TITLE_WORDS <= word_count(t, MAX_BRIEF_TITLE_WORDS + 1) <= MAX_BRIEF_TITLE_WORDS for t in titles
    )
    asked = sum(map(is_question, titles))
    return labelled and sized and len(units) >= MIN_MARKED_UNITS and MAX_QUESTION_SHARE * len(units) >= asked


def _is_feed(lines: Sequence[PageLine], units: Sequence[Unit]) -> bool:
    """True for a feed's story openings: two units or more, each but the last closed by a pointer to its
    remaining paragraphs (``Read 6 remaining paragraphs | Comments``), which says the story runs on elsewhere,
    so the title under it opens the next (the last lost its pointer where the page was cut)."""
    ends = [u.title for u in units[1:]]
    return len(units) >= MIN_MARKED_UNITS and all(
        any(is_remaining_pointer(lines[j].clean) for j in range(u.texts[-1] + 1, end)) for u, end in zip(units, ends)
    )


def is_briefs_label(line: str, chrome: PageChrome) -> bool:
    """True for a short line ending no sentence that names a briefs page (``brief_labels``: ``In Brief``,
    ``Business Briefs: June 19``, ``World News at a Glance``), perhaps before a colon and what it holds (``Karnataka
    Roundup: BBMP budget, Dasara crowds and more``); ``Briefly, the council said no.`` is text."""
    head = line.partition(":")[0]
    if ends_sentence(line) or word_count(head, MAX_BRIEFS_LABEL_WORDS + 1) > MAX_BRIEFS_LABEL_WORDS:
        return False
    words = f" {' '.join(_WORD_GAP.split(head.casefold()))} "
    return any(f" {label} " in words for label in chrome.brief_labels)


def _introduces_list(line: str, chrome: PageChrome) -> bool:
    """True for a page's one-sentence introduction to the stories listed under it (``Following is a summary
    of current world news briefs.``, ``Here is the latest in world news.``: ``list_intros``): chrome."""
    return ends_sentence(line) and line.casefold().startswith(chrome.list_intros)


def _opens_list(pl: PageLine, chrome: PageChrome) -> bool:
    return pl.kind is LineKind.CHROME and chrome.opens_list(pl.clean)


def _opens_listing(above: Sequence[PageLine], chrome: PageChrome) -> bool:
    """True for the lines above a listing's first title: no text, or one sentence right under a short
    label (the section's description: ``Politics`` over ``Political news, elections and governance.``) or
    introducing the stories under it (``Following is a summary of …``: :func:`_introduces_list`), and
    no archive header (``Month: March 2026``), which makes the page a digest."""
    if any(header_key(pl.clean) is not None for pl in above):
        return False  # an archive header declares a digest, whose articles open with summaries
    if _story_lead(above):
        return False  # the page's own title over its date line: the first "title" is the story's standfirst
    texts = [j for j, pl in enumerate(above) if _is_body(pl)]
    if not texts:
        return True
    j = texts[0]
    if len(texts) == 1 and _introduces_list(above[j].clean, chrome):
        return True
    label = next((pl for pl in reversed(above[:j]) if pl.kind is not LineKind.CHROME), None)
    return len(texts) == 1 and label is not None and word_count(label.clean) <= MAX_LABEL_WORDS and not _is_body(label)


def _story_lead(above: Sequence[PageLine]) -> bool:
    """True for a story's title over its byline or date line above a listing's first title: a line of text of a
    headline's length (:data:`MIN_LEAD_TITLE_WORDS` words or more) that ends no sentence, then a dated line
    (``Europe’s courts may yet decide the fate of Russia’s frozen assets`` / ``RT | December 9, 2025``)."""
    dated = [j for j, pl in enumerate(above) if _is_dated(pl)]
    return bool(dated) and any(
        pl.kind is LineKind.TEXT and not ends_sentence(pl.clean) and word_count(pl.clean) >= MIN_LEAD_TITLE_WORDS
        for pl in above[: dated[-1]]
    )


def _is_plain_unit(lines: Sequence[PageLine], unit: Unit) -> bool:
    """True for an unmarked unit as listings print them: a title over one paragraph, neither opening
    with a list number."""
    numbered = any(_LIST_NUMBER.match(lines[j].clean) for j in (unit.title, *unit.texts))
    return len(unit.texts) == 1 and not numbered


def listing_slices(lines: Sequence[PageLine], units: Sequence[Unit]) -> list[list[PageLine]]:
    """Each unit's lines, to be read as an article: the title, what follows down to its last text line, and
    its date line (above the title where the page prints one over each of the first two, else under the text)."""
    above = _date_above(lines, 0, units[0].title)
    if len(units) > 1 and _date_above(lines, units[0].texts[-1] + 1, units[1].title) is None:
        above = None  # one date line over the page, not one over each title
    slices = []
    for k, unit in enumerate(units):
        end = unit.texts[-1] + 1
        body = [lines[j]._replace(kind=LineKind.TEXT) if j in unit.texts else lines[j] for j in range(unit.title, end)]
        if above is not None:
            floor = units[k - 1].texts[-1] + 1 if k else 0
            date = _date_above(lines, floor, unit.title)
            slices.append(([lines[date]] if date is not None else []) + body)
        else:
            stop = units[k + 1].title if k + 1 < len(units) else len(lines)
            # the date line under the text dates it as a post's footer does, the teaser read as a paragraph
            under = (lines[j] for j in range(end, stop) if lines[j].kind is LineKind.DATE)
            dates = [pl._replace(kind=LineKind.FOOTER) for pl in under][:1]
            slices.append(body + dates)
    return slices


def _date_above(lines: Sequence[PageLine], floor: int, title: int) -> int | None:
    """The last date line between ``floor`` and the title ``lines[title]``, else None."""
    return next((j for j in range(title - 1, floor - 1, -1) if lines[j].kind is LineKind.DATE), None)
