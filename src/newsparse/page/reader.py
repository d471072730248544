"""The article reader: one article read from a page's lines by the rules of :mod:`newsparse.page.layout`.

Every layout of single articles reads its articles with :func:`read_article`: the
title, the standfirst, captions and kickers before the body, the body, related
links, teaser blocks and republication notes (:mod:`newsparse.page.furniture`), dates
from bylines and date lines, an author's closing bio and the readers' comments,
all into one :class:`~newsparse.page.draft.Draft`.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Callable, Sequence

from newsparse.lazy_regex import lazy_compile
from newsparse.model import Article
from newsparse.page.chrome import (
    MAX_CREDIT_WORDS,
    LineKind,
    PageChrome,
    credit_line,
    depicts_scene,
    opens_end_matter,
    is_action_caption,
    is_name_caption,
    is_post_caption,
    is_bare_name,
    is_bare_photo_credit,
    is_standfirst_label,
    is_capitalised,
    is_name,
    is_photo_caption,
    is_share_buttons,
    is_sign_up,
    is_web_address,
    spaced_label,
)
from newsparse.page.dates import glued_date
from newsparse.page.draft import Draft
from newsparse.page.furniture import (
    MAX_CAPTION_WORDS,
    is_read_more_marker,
    listed_link,
    opens_link_list,
    opens_teaser_block,
    read_more_link,
    teaser_link,
)
from newsparse.page.layout import (
    BULLETS,
    find_title,
    is_alt_text,
    listed_posts,
    is_dated_caption,
    is_day_caption,
    is_fragment,
    is_key_points,
    is_label,
    is_standfirst,
    is_standfirst_above_byline,
    is_standfirst_above_dateline,
    next_content,
    is_title,
    restates_title,
    uses_blank_lines,
    MAX_STANDFIRST_WORDS,
    MIN_BYLINED_STANDFIRST_WORDS,
)
from newsparse.page.lines import (
    teases,
    after_dateline,
    ends_sentence,
    is_rate_note,
    is_cut_short,
    opens_with_bracketed_dateline,
    opens_with_dateline,
    word_count,
)
from newsparse.page.probe import PageLine
from newsparse.page.promotions import is_reader_poll
from newsparse.page.text import Line, folded
from newsparse.page.wrap import join_wrapped

__all__ = ["read_article"]

_CAPTION_MARKER_REACH = 2
#: A standfirst set off by a wider gap needs at least this many lines below it, to tell the paragraphs' gap.
_MIN_GAP_EVIDENCE = 3
#: A teaser cut short (``… The other concerns a...``) above the lead it copies has at least this many words.
_MIN_CUT_TEASER_WORDS = 8
#: A page's description copying the lead under the byline shares at least its first this many words with it.
_LEAD_COPY_WORDS = 12
#: A standfirst the lede restates opens with the same this many words as the lede (its dateline aside).
_RESTATED_WORDS = 4
#: A standfirst summing up the lede has at least this many long words ...
_MIN_SUMMARY_WORDS = 5
#: ... of which at least this share recur in the next sentences of text ...
_SUMMARY_SHARE = 0.7
#: ... this many of them, looked for among the next :data:`_SUMMARY_REACH` lines.
_SUMMARISED_LINES = 2
_SUMMARY_REACH = 8
#: A long word has at least this many characters (:func:`_long_words`).
_LONG_WORD_CHARS = 5
#: The marks a copy of the lede cut short may end with, which the lede goes on past.
_CUT_MARKS = ".…!? "
#: A standfirst pulled from the body prints this many of its words, from its second on, in a row in a paragraph further down.
_PULLED_WORDS = 8
#: A line in capitals of this many words or more among the paragraphs is another story's headline.
_MIN_CAPITALS_HEADLINE_WORDS = 7
_MAX_WORD_CHARS = 20  # how far those words are looked for: this many characters a word
_WORD = lazy_compile(r"\w+")
#: A photo's alt text printed over its caption with the credit has at least this many words.
_MIN_ALT_TEXT_WORDS = 6
#: A gallery's count between a photo's alt text and its caption (``1``) has at most this many digits.
_MAX_COUNT_DIGITS = 2
#: How many lines above and below a line its block is looked at for chrome.
_BLOCK_REACH = 2
# A company's abbreviation closing a publisher's credit: ``Harbour Wire, a division of Coast Media Inc.``
#: A caption closed by its source after a dash, the agency or paper that sent the photo: ``… on Saturday. — AFP``,
#: ``… in Karachi. — White Star``, ``… yesterday. – Nationalpic by JANE DOE``.
_DASHED_CREDIT = lazy_compile(r"[.!?][\"”’]? [—–] ?[A-Z][\w.&'’-]*(?: (?:by )?[A-Z][\w.&'’-]*){0,3}\Z")
_DASHED_CREDIT_CHARS = 48
_COMPANY_END = lazy_compile(r"\b(?:Inc|Ltd|LLC|Corp|Co|Pty|plc|PLC)\.\Z")
#: A site's footer under the body holds at least this many chrome lines.
_MIN_FOOTER_CHROME = 3
#: A line of text in a site's footer (a link, the publisher's address) has at most this many words.
_MAX_FOOTER_WORDS = 15
#: How a site's copyright line opens, under which a short sentence is the footer's (``Data is delayed 15 minutes.``).
_COPYRIGHT_OPENINGS = ("©", "Copyright", "(c)", "(C)")
#: A newsletter's pitch over its sign-up form has at most this many words.
_MAX_PITCH_WORDS = 25
#: A section heading opening the body under the title (``Half time``, ``Harbour v Valley``) has this many words ...
_MIN_LEAD_HEADING_WORDS = 2
_MAX_LEAD_HEADING_WORDS = 6
#: Between a standfirst and the lead, the story's meta lines and the lead photo take at most this many lines.
_MAX_LEAD_FURNITURE_LINES = 4
_META_KINDS = (LineKind.DATE, LineKind.BYLINE)
#: Lines printed beside the text, which a caption's place among the lines looks past: chrome, a comment count.
_BESIDE_TEXT = (LineKind.CHROME, LineKind.FOOTER)


def _is_caption(line: str, *, sentence: bool = False) -> bool:
    """True for a line of a caption's length, a fragment or (``sentence``) a sentence too."""
    return word_count(line, MAX_CAPTION_WORDS) <= MAX_CAPTION_WORDS and (sentence or is_fragment(line))


def read_article(
    text: str,
    lines: Sequence[PageLine],
    chrome: PageChrome,
    *,
    titled: bool = True,
    standfirst: Callable[[str], bool] | None = is_standfirst,
    drop_captions: bool = True,
    title_first: bool = False,
) -> Article | None:
    """The article in ``lines`` (a slice of :func:`read_lines`), or None when they hold only chrome.

    ``titled``: the first text line is the title when shaped like one.
    ``title_first``: the splitter found the title on the first text line (a post's, on a blog whose meta lines stand
    under the titles), so no line under it is looked for as the title.
    ``standfirst``: whether the first text line after the title is the standfirst (it is too when
    a byline or date line follows it); None for a layout that prints no standfirst.
    ``drop_captions``: drop lines that do not end a sentence between standfirst and body, the lines closing
    the article that are none of its text (an author's bio, the site publisher's note, a heading with no
    paragraph under it) and what opens under it (readers' comments, a release's ``Notes to editors``).
    """
    lines = join_wrapped(text, lines)  # every line is read: given its kind once, then indexed as a list
    phase = _Phase.TITLE if titled else _Phase.FIRST
    title_at = (_first_text(lines) if title_first else find_title(lines)) if titled else None
    draft = Draft(chrome, [pl.clean for pl in lines[: title_at or 0]])
    captions, listed = _not_text(lines, chrome, title_at, drop_captions), (listed_posts(lines) if titled else frozenset())
    skip = 0
    in_list = links_listed = False
    for i, pl in enumerate(lines):
        if skip:
            skip -= 1
            continue
        if phase is _Phase.BODY and drop_captions and _opens_after_body(chrome, pl.clean) and draft.has_prose():
            phase = _Phase.AFTER
        if phase is _Phase.AFTER:
            draft.read_after_body(pl)
            continue
        if pl.kind is LineKind.CHROME:
            skip, in_list = _read_chrome_line(draft, chrome, lines, i, phase is not _Phase.TITLE)
            links_listed = in_list and opens_link_list(pl.clean)
            continue
        if in_list and _is_listed(pl):
            _read_listed(draft, pl.line, links_listed)
            continue  # a headline listed under ``Related``, perhaps a question, or its blurb cut short
        if pl.kind is LineKind.TEXT and i in captions:
            continue  # a photo caption, or a newsletter's pitch
        in_list = False
        if phase is _Phase.TITLE and title_at is not None and i < title_at and (pl.kind is LineKind.TEXT or i in listed):
            continue  # a label or kicker above the title, or a recent post listed with its date
        draft.cover(pl.line)
        if pl.kind is not LineKind.TEXT:
            draft.date(pl)
            continue
        if not _is_title_copy_or_link(draft, pl, phase):
            phase = _read_text_line(draft, phase, lines, i, standfirst, drop_captions, i == title_at)
    if drop_captions:
        draft.drop_closing_lines(lines[-1].line.end if lines else -1)
    return draft.build(text)


def _is_title_copy_or_link(draft: Draft, pl: PageLine, phase: _Phase) -> bool:
    """True for a line that repeats the title (or retitles the article: :meth:`Draft.retitle_from_tail`), a link
    the draft takes, or, where the standfirst may stand, a second headline restating the title: the standfirst's
    place stays open under it."""
    if draft.is_title_copy(pl.clean) or draft.retitle_from_tail(pl.line) or draft.read_link(pl.line):
        return True
    return phase is _Phase.FIRST and draft.title is not None and restates_title(pl.clean, draft.title.text)


def _first_text(lines: Sequence[PageLine]) -> int | None:
    """Where the first line of text is among ``lines``, if any."""
    return next((i for i, pl in enumerate(lines) if pl.kind is LineKind.TEXT), None)


def _opens_after_body(chrome: PageChrome, line: str) -> bool:
    """True for the line under an article's text that opens what is none of it: the readers' comments
    (``Leave a reply``) or a press release's end matter (``Notes to editors``, ``-ENDS-``)."""
    return chrome.opens_comments(line) or opens_end_matter(line, chrome.end_matter_headers)


def _is_listed(pl: PageLine) -> bool:
    """True for a line of text that may be listed under a list heading: a headline (one ending no
    sentence, or title-shaped, a question perhaps) or a teaser's blurb cut short."""
    return pl.kind is LineKind.TEXT and (not ends_sentence(pl.clean) or is_title(pl.clean) or is_cut_short(pl.clean))


def _read_chrome_line(draft: Draft, chrome: PageChrome, lines: Sequence[PageLine], i: int, titled: bool) -> tuple[int, bool]:
    """Read the chrome line ``lines[i]``: a ``Read more`` line's teaser block under it, or a link of its own (``ALSO READ:
    headline``, a republication note closed by a prompt); how many lines it took under it, and whether it heads a list
    (under the title, a list's heading or a ``Read more`` line without its teaser block)."""
    line = lines[i].clean
    if opens_teaser_block(line) and _read_teaser(draft, lines[i + 1 : i + 3]):
        return 2, False
    draft.read_link(lines[i].line)
    return 0, titled and (is_read_more_marker(line) or chrome.opens_list(line))


def _read_listed(draft: Draft, line: Line, links_listed: bool) -> None:
    """Read a headline listed under a list's heading: a related link under ``READ MORE:`` (``links_listed``), and a
    ``READ MORE: headline`` line under any (``Related``); any other, a sidebar's, is no link."""
    link = listed_link(line) if links_listed and read_more_link(line.clean) is None else None
    if link is not None:
        draft.add_related(link, line)
    else:
        draft.read_link(line)


def _read_teaser(draft: Draft, block: Sequence[PageLine]) -> bool:
    """Take the teaser block under a ``Read more`` line: an image caption, then a headline line of text."""
    if len(block) < 2 or block[1].kind is not LineKind.TEXT:
        return False
    link = teaser_link(block[0].line, block[1].line)
    if link is not None:
        draft.add_related(link, block[1].line)
    return link is not None


def _read_text_line(
    draft: Draft,
    phase: _Phase,
    lines: Sequence[PageLine],
    i: int,
    standfirst: Callable[[str], bool] | None,
    drop_captions: bool,
    found_title: bool = False,
) -> _Phase:
    """Read text line ``i`` as the title (title-shaped, or ``found_title`` by :func:`find_title`), the
    standfirst, a caption or a paragraph; the phase after it.  A line opening with a dateline is the lede, though
    the site lost its full stop (``CANNONSBURG, Ky. - Some owners are concerned …``): no caption opens so."""
    pl = lines[i]
    if phase is _Phase.TITLE:
        phase = _Phase.FIRST
        if found_title or is_title(pl.clean):
            draft.set_title(pl.line)
            return phase
    if phase in _BEFORE_BODY and drop_captions and is_dated_caption(pl.clean):
        return _Phase.LEAD  # a wire photo's caption, dated, above the byline or the body
    if phase in _BEFORE_BODY and drop_captions and (_depicts(draft, pl.clean) or (draft.chrome is not None and is_post_caption(pl.clean, draft.chrome.caption_posts))):
        return _Phase.LEAD  # the lead photo's caption: "Coles CEO Jane Doe.", "A farmer leans on a gate at dawn."
    if phase is _Phase.FIRST:
        phase = _Phase.LEAD
        glued = glued_date(pl.clean) if draft.title is not None else None
        if glued is not None:  # "March 6, 2013The UNHCR said …": the page's date run into its standfirst
            draft.take_glued_date(glued)
            draft.summary = pl.line
            return phase
        if standfirst is not None and _is_standfirst_at(lines, i, standfirst, draft.chrome, draft.title is not None):
            draft.summary = pl.line
            return phase
        if drop_captions and draft.title is not None and _is_name_under_title(lines, i):
            return _Phase.FIRST  # the site's or a section's name under the title holds no standfirst's place
    if phase is _Phase.LEAD and drop_captions and _is_caption(pl.clean) and not _opens_sections(lines, i) and not opens_with_dateline(pl.clean):
        if is_name(pl.clean):
            draft.bylines.append(pl.clean)  # the writer's name alone above the byline or date line
        return phase
    if phase is _Phase.BODY and drop_captions and (_is_capitals_headline(pl.clean) or is_reader_poll(pl.clean) or _depicts(draft, pl.clean)):
        return phase  # another story's headline among the paragraphs, printed in capitals; a poll's question; a caption
    if phase is _Phase.LEAD and draft.title is not None and draft.summary is None and not draft.paragraphs and is_standfirst_above_dateline(lines, i):
        draft.summary = pl.line  # under a caption or kicker that took its place, the standfirst over a dateline
        return phase
    draft.paragraphs.append(pl.line)
    return _Phase.BODY


def _depicts(draft: Draft, line: str) -> bool:
    """True for a photo's caption telling what it shows in the present tense (:func:`~newsparse.page.chrome.depicts_scene`)."""
    return draft.chrome is not None and depicts_scene(line, draft.chrome.depiction_verbs)


def _is_capitals_headline(line: str) -> bool:
    """True for a line in capitals of :data:`_MIN_CAPITALS_HEADLINE_WORDS` words or more that ends no sentence and
    parts nothing by a comma: another story's headline, as sites print links to related stories among the
    paragraphs (``TRANSIT BOARD DELAYS VOTE ON FARE RISE AFTER PUBLIC OUTCRY``); a section heading in capitals is
    shorter, and a speaker's label names someone, then their post (``JANE DOE, FINANCE MINISTER``)."""
    if "," in line or ends_sentence(line) or not line.isupper():
        return False
    return word_count(line, _MIN_CAPITALS_HEADLINE_WORDS) >= _MIN_CAPITALS_HEADLINE_WORDS


def _is_name_under_title(lines: Sequence[PageLine], i: int) -> bool:
    """True for the site's or a section's name, a short label, read where the standfirst may stand: not over a byline
    or date line (the writer's bare name is, over their role or the date), nor opening the body's sections."""
    after = next_content(lines, i)
    over_meta = after is not None and after.kind in _META_KINDS
    return is_label(lines[i].clean) and not over_meta and not _opens_sections(lines, i)


def _opens_sections(lines: Sequence[PageLine], i: int) -> bool:
    """True for the first of the body's section headings, right under the title or standfirst: a heading
    (:func:`_is_heading_at`) over a sentence, where another heading stands under a sentence and over a
    paragraph further down (a match report's ``Harbour v Valley`` … ``Bay v Port``, a live page's ``Half time`` … ``Try``); a
    caption or kicker under the title has no such fellow."""
    after = next_content(lines, i)
    if not _is_heading_at(lines, i) or after is None or not _is_sentence(after):
        return False
    return any(
        _is_heading_at(lines, j, 1) and _is_sentence(lines[j - 1]) and _is_paragraph(lines[j + 1])
        for j in range(i + 2, len(lines) - 1)
    )


def _is_sentence(pl: PageLine) -> bool:
    return pl.kind is LineKind.TEXT and ends_sentence(pl.clean)


def _is_paragraph(pl: PageLine) -> bool:
    """True for a line of text that ends a sentence or runs longer than a heading (the page's last, cut short)."""
    return _is_sentence(pl) or (
        pl.kind is LineKind.TEXT and word_count(pl.clean, _MAX_LEAD_HEADING_WORDS + 1) > _MAX_LEAD_HEADING_WORDS
    )


def _is_heading_at(lines: Sequence[PageLine], i: int, least: int = _MIN_LEAD_HEADING_WORDS) -> bool:
    """True for a short line of text (``least`` words or more) that ends no sentence and names no one:
    a section heading's shape."""
    line = lines[i].clean
    words = word_count(line, _MAX_LEAD_HEADING_WORDS + 1)
    return (
        lines[i].kind is LineKind.TEXT
        and least <= words <= _MAX_LEAD_HEADING_WORDS
        and is_fragment(line)
        and not is_name(line)
    )


def _caption_lines(lines: Sequence[PageLine], chrome: PageChrome, title_at: int | None, spaced: bool) -> set[int]:
    """Where the photo captions may be, but the title ``lines[title_at]``: the lines printed right above
    ``hide caption``, or above its credit and it, and the credit printed again under it
    (:func:`_copies_under_markers`), a fragment of caption length printed right under a
    caption label, in its block (``Image caption,`` over ``The bridge in 1987``) or after one blank line under a label
    its comma leaves open (``Image caption,`` / blank / ``The bridge in 1987``), and the captions above
    their credit line (:func:`_credited_captions`, :func:`_captions_with_glued_credit`,
    :func:`_name_captions_twice`, :func:`_captions_over_slashed_credit`, :func:`_sentences_twice`); ``spaced``: blank lines stand between
    the page's paragraphs (:func:`_spaced_paragraphs`)."""
    markers = [j for j, pl in enumerate(lines) if chrome.is_caption_marker(pl.clean)]
    above = {i for j in markers for i in range(max(0, j - _CAPTION_MARKER_REACH), j)} | _copies_under_markers(lines, markers)
    credited = _credited_captions(lines, chrome, title_at, spaced) | _captions_with_glued_credit(lines, chrome)
    credited |= _name_captions_twice(lines) | _captions_over_slashed_credit(lines, spaced) | _captions_crediting_site(lines, title_at)
    credited |= _sentences_twice(lines, title_at, spaced)
    return (above | credited | _day_captions(lines, chrome) | {
        j + 1
        for j, pl in enumerate(lines[:-1])
        if chrome.is_caption_label(pl.clean)
        and lines[j + 1].line.number <= pl.line.number + 1 + pl.clean.endswith(",")
        and _is_caption(lines[j + 1].clean)
    }) - {title_at}


def _captions_crediting_site(lines: Sequence[PageLine], title_at: int | None) -> set[int]:
    """The photo captions under the title closed by the site's own name in brackets after a sentence, the name
    that opens a line above the title (its masthead), perhaps with a slash and more after it: ``Runners cool off at a
    water station. (Nippon Sports Daily)`` under ``Nippon Sports Daily - English Edition``, ``… in Shenzhen.
    (AsiaMarkets Today/File)``."""
    if not title_at:
        return set()
    heads = [lines[k].clean.casefold() for k in range(title_at)]
    found = set()
    for j in range(title_at + 1, len(lines)):
        line = lines[j].clean.removesuffix(".")
        cut = line.rfind(" (")
        if lines[j].kind is not LineKind.TEXT or not line.endswith(")") or cut < 0 or not ends_sentence(line[:cut]):
            continue
        site = line[cut + 2 : -1].partition("/")[0].strip().casefold()  # "(AsiaMarkets Today/File)": the site's file photo
        if len(site) >= _MIN_SITE_CREDIT_CHARS and any(head.startswith(site) for head in heads):
            found.add(j)
    return found


#: The shortest site name a caption's credit in brackets is matched with the masthead by.
_MIN_SITE_CREDIT_CHARS = 4


def _copies_under_markers(lines: Sequence[PageLine], markers: list[int]) -> set[int]:
    """The line right under a caption's button that copies a line of the caption above it, as a page prints the
    photo's credit again under ``toggle caption`` (``Jane Doe for Harbour Radio``)."""
    found = set()
    for j in markers:
        near = {lines[k].clean for k in range(max(0, j - _CAPTION_MARKER_REACH - 1), j)}
        if j + 1 < len(lines) and lines[j + 1].clean in near:
            found.add(j + 1)
    return found


def _captions_over_slashed_credit(lines: Sequence[PageLine], spaced: bool) -> set[int]:
    """A photo's caption, a sentence between paragraphs, and its credit glued under it, a person's name, a spaced
    slash and their employer's name (``Jane Doe / Harbour Public Media``), where blank lines stand between
    paragraphs (``spaced``): both lines."""
    if not spaced:
        return set()
    found: set[int] = set()
    for j in range(2, len(lines)):
        credit, caption, before = lines[j], lines[j - 1], lines[j - 2]
        if credit.kind is LineKind.CHROME or " / " not in credit.clean or caption.kind is not LineKind.TEXT:
            continue
        name, _, employer = credit.clean.partition(" / ")
        if not (is_name(name) and is_capitalised(employer.split()) and word_count(employer, MAX_CREDIT_WORDS) <= MAX_CREDIT_WORDS):
            continue
        opens_block = not _in_block(lines, j - 2) or before.kind in _META_KINDS  # or under the byline or date line
        if _in_block(lines, j - 1) and opens_block and _is_caption(caption.clean, sentence=True) and (
            _is_sentence(before) or before.kind in _META_KINDS or before.kind is LineKind.CHROME
        ):
            found.update((j - 1, j))
    return found


def _sign_up_pitches(lines: Sequence[PageLine], chrome: PageChrome, spaced: bool) -> set[int]:
    """Where a newsletter's pitch is, where blank lines stand between paragraphs (``spaced``): a short line of text
    printed with no blank line between it and a sign-up form or the call to it, right above it (``Add some good
    news to your mornings.`` over ``Sign up for the Harbour Brief.`` or ``Enter your email``), opening its block or
    under a line of it that ends no sentence (a photo's caption); or right under the call with chrome under it too
    (``Sign up to Harbour Business`` / ``Your day's business news by 7am`` / ``Privacy Notice: …``), printed with
    no blank line around it or ending no sentence; or, whatever stands under it, a tagline naming the newsletter right
    under the call (``Sign up to our daily newsletter`` / ``The Harbour newsletter cuts through the noise``)."""
    if not spaced:
        return set()
    found = set()
    for j in range(1, len(lines)):
        if lines[j].kind is not LineKind.TEXT or word_count(lines[j].clean, _MAX_PITCH_WORDS) > _MAX_PITCH_WORDS:
            continue
        above, below = lines[j - 1], lines[j + 1] if j + 1 < len(lines) else None
        if below is not None and below.kind is LineKind.CHROME and _in_block(lines, j) and is_sign_up(below.clean, chrome):
            if not (_in_block(lines, j - 1) and _is_sentence(above)):
                found.add(j)
        elif above.kind is LineKind.CHROME and is_sign_up(above.clean, chrome) and below is not None and below.kind is LineKind.CHROME:
            if (_in_block(lines, j - 1) and _in_block(lines, j)) or not ends_sentence(lines[j].clean):
                found.add(j)  # blank lines may stand around a pitch that ends no sentence
        elif above.kind is LineKind.CHROME and is_sign_up(above.clean, chrome) and _names_newsletter(lines[j].clean):
            found.add(j)  # the newsletter's own tagline under its call, the body going on under it
    return found


def _names_newsletter(line: str) -> bool:
    """True for a short line that names a newsletter and ends no sentence: its tagline (``The Harbour newsletter cuts
    through the noise``)."""
    return "newsletter" in line.casefold() and not ends_sentence(line)


def _credited_captions(lines: Sequence[PageLine], chrome: PageChrome, title_at: int | None, spaced: bool) -> set[int]:
    """The photo captions printed right above their credit line, in its block: above a label alone,
    with the credit on the line under it (``The scene on Friday.`` / ``Photo:`` / ``Jane Doe``), not
    right under the title ``lines[title_at]``; between paragraphs, above a label and its credit
    (``Source: Supplied``), a fragment (``BREAKING | Four arrested``) or a sentence where blank lines
    stand between paragraphs (``spaced``) or under the byline or date line; a caption printed twice, the second
    time with its credit (``The quay at dusk.`` over ``The quay at dusk. Source: HARBOUR POLICE``); and one printed
    over and under its credit line (:func:`_is_caption_around_credit`).  Under the story's meta lines, a
    photographer's name and agency read as a byline (``Jane Doe/Reuters``) is such a credit line too."""
    found: set[int] = set()
    dated = next((k for k, pl in enumerate(lines) if pl.kind in _META_KINDS), len(lines))
    for j in range(1, len(lines)):
        pl, above = lines[j], lines[j - 1]
        if above.kind is not LineKind.TEXT or not (pl.kind is LineKind.CHROME or (j - 1 > dated and _is_slashed_credit(pl))):
            continue
        credit = credit_line(pl.clean, chrome)
        if credit and _is_caption_around_credit(lines, j):
            found.update((j - 1, j + 1))  # the caption printed twice, its credit line between the copies
            continue
        if credit is None:
            alt = above.clean.rstrip(".")
            if word_count(alt, _MIN_ALT_TEXT_WORDS) >= _MIN_ALT_TEXT_WORDS and pl.clean.startswith(alt) and is_photo_caption(pl.clean):
                found.add(j - 1)  # a photo's alt text, then its caption with the credit
            elif _in_block(lines, j - 1) and not ends_sentence(above.clean) and spaced_label(pl.clean, chrome.caption_labels):
                found.add(j - 1)  # "Prison cell" over "Image caption The inspector says …": the photo's alt text
            continue
        if not (_in_block(lines, j - 1) and _is_caption(above.clean, sentence=True)):
            continue
        # between paragraphs (chrome perhaps between them: a short link, a comment count): a standfirst under the title above the
        # lead photo's credit is no caption
        k = next((k for k in range(j - 2, -1, -1) if lines[k].kind not in _BESIDE_TEXT), None)
        between = k is not None and lines[k].kind is LineKind.TEXT and ends_sentence(lines[k].clean)
        # the lead photo under the byline or date line, or over the page's text, only chrome above it
        lead_photo = k is None or lines[k].kind in _META_KINDS
        between = between or lead_photo
        if not credit:  # the label alone: the credit is the next line, in the block
            lead = between or title_at is None or j - 1 > title_at + 1
            if lead and j + 1 < len(lines) and _in_block(lines, j) and _is_credit(lines[j + 1]):
                found.update((j - 1, j + 1))
        elif between and (spaced or lead_photo or not ends_sentence(above.clean)):
            found.add(j - 1)
    return found


def _is_slashed_credit(pl: PageLine) -> bool:
    """True for a photographer's name and their agency read as a byline (``Jane Doe/Reuters``): under the story's
    own meta lines and a caption, a photo's credit."""
    return pl.kind is LineKind.BYLINE and "/" in pl.clean and is_bare_photo_credit(pl.clean)


def _captions_with_glued_credit(lines: Sequence[PageLine], chrome: PageChrome) -> set[int]:
    """A photo's alt text printed again right under it with its credit label run on (``Crowds at the quay``
    over ``Crowds at the quay Credit: Jane Doe``, or ``…quayCredit: Jane Doe`` with no space), perhaps with the
    gallery's count between them (``1``): the alt text, the count and the caption.  The alt text has
    :data:`_MIN_ALT_TEXT_WORDS` words or more, and what follows its copy is a credit and no more."""
    found: set[int] = set()
    for j in range(1, len(lines)):
        k = j - 1
        if k > 0 and lines[k].clean.isdigit() and len(lines[k].clean) <= _MAX_COUNT_DIGITS:
            k -= 1  # the gallery's count between them
        alt, line = lines[k].clean, lines[j].clean
        if lines[k].kind is not LineKind.TEXT or len(line) <= len(alt) or not line.startswith(alt):
            continue
        credited = credit_line(line[len(alt) :].strip(), chrome)
        if credited and word_count(alt, _MIN_ALT_TEXT_WORDS) >= _MIN_ALT_TEXT_WORDS:
            found.update(range(k, j + 1))
    return found


def _name_captions_twice(lines: Sequence[PageLine]) -> set[int]:
    """A caption naming who is pictured, a name of two to four capitalised words perhaps with their title and a
    full stop (``Coun Jane Doe.``, ``Finance Minister Jane Doe.``), printed twice in a row (the photo's alt text,
    then its caption): both copies.  A name without the full stop is a byline's writer; copies with no other text
    beside them are the text."""
    found = {
        k
        for j in range(1, len(lines))
        if lines[j].kind is LineKind.TEXT
        and lines[j].clean == lines[j - 1].clean
        and lines[j].clean.endswith(".")
        and is_name(lines[j].clean.removesuffix("."))
        for k in (j - 1, j)
    }
    return found if any(pl.kind is LineKind.TEXT and k not in found for k, pl in enumerate(lines)) else set()


def _sentences_twice(lines: Sequence[PageLine], title_at: int | None, spaced: bool) -> set[int]:
    """A line printed twice on two lines in a row, a blank line between them or not, on a page that sets its
    paragraphs off by blank lines (``spaced``): a photo's alt text and its caption, both copies (``Crews repair the
    sea wall at dawn.`` twice, under the standfirst or between paragraphs; a fragment of :data:`_MIN_ALT_TEXT_WORDS`
    words or more under the title: ``Crews at work on the sea wall at dawn`` twice), the same words whatever their
    dashes.  The first line of text under the title ``lines[title_at]`` printed again after a blank line is the
    standfirst printed again as the lead (:func:`_is_printed_again`); in one block, it is the lead photo's."""
    if not spaced:
        return set()
    top = -1 if title_at is None else title_at
    first = next((k for k in range(top + 1, len(lines)) if lines[k].kind is LineKind.TEXT), None)
    return {
        k
        for j in range(1, len(lines))
        if lines[j].kind is LineKind.TEXT
        and _same_words(lines[j - 1].clean, lines[j].clean)
        and (ends_sentence(lines[j].clean) or (j > top + 1 and word_count(lines[j].clean, _MIN_ALT_TEXT_WORDS) >= _MIN_ALT_TEXT_WORDS))
        and (j - 1 != first or lines[j].line.number == _last_number(lines[j - 1]) + 1)
        for k in (j - 1, j)
    }


def _same_words(line: str, other: str) -> bool:
    """``line`` and ``other`` print the same words, whatever the marks between them (``NEW YORK -`` and ``NEW YORK –``)."""
    return line == other or (len(line) == len(other) and [w.casefold() for w in _WORD.findall(line)] == [w.casefold() for w in _WORD.findall(other)])


def _is_caption_around_credit(lines: Sequence[PageLine], j: int) -> bool:
    """True where the photo's caption stands right above its credit line ``lines[j]`` and again right under it,
    in one block, as a page prints the alt text, the credit and the caption (``Boats at the quay.`` / ``Foto:
    Jane Doe`` / ``Boats at the quay.``); the copies prove a caption of any length."""
    if j == 0 or j + 1 >= len(lines) or not (_in_block(lines, j - 1) and _in_block(lines, j)):
        return False
    above, below = lines[j - 1], lines[j + 1]
    return above.kind is LineKind.TEXT and below.kind is LineKind.TEXT and above.clean == below.clean


def _day_captions(lines: Sequence[PageLine], chrome: PageChrome) -> set[int]:
    """The photo captions under a paragraph of the body: one closed by the day the photo was taken
    (:func:`~newsparse.page.layout.is_day_caption`) over another paragraph, or one naming who is pictured, by
    their name alone (:func:`~newsparse.page.chrome.is_name_caption`), with what they do
    (:func:`~newsparse.page.chrome.is_action_caption`) or with their post (:func:`~newsparse.page.chrome.is_post_caption`),
    over a paragraph or chrome (the photo's caption again, with its credit); never a line ending in a colon, which
    labels what follows (``Governor Andrew Bailey:`` over his quotes)."""
    return {
        i
        for i in range(1, len(lines) - 1)
        if lines[i].kind is LineKind.TEXT
        and not lines[i].clean.endswith(":")
        and _is_sentence(lines[i - 1])
        and (
            (is_day_caption(lines[i].clean) and _is_sentence(lines[i + 1]))
            or (
                (lines[i + 1].kind is LineKind.CHROME or _is_sentence(lines[i + 1]))
                and (
                    is_name_caption(lines[i].clean)
                    or is_action_caption(lines[i].clean, chrome.caption_actions)
                    or is_post_caption(lines[i].clean, chrome.caption_posts)
                )
            )
        )
    }


def _not_text(lines: Sequence[PageLine], chrome: PageChrome, title_at: int | None, footer: bool) -> set[int]:
    """The lines of text that are none of the article's: photo captions, newsletters' pitches and, where ``footer``,
    the short lines of the site's footer."""
    spaced = _spaced_paragraphs(lines)  # read once: each kind of caption asks
    captions = _caption_lines(lines, chrome, title_at, spaced) | _sign_up_pitches(lines, chrome, spaced) | _closing_link_list(lines)
    return captions | _footer_lines(lines, captions) if footer else captions


def _closing_link_list(lines: Sequence[PageLine]) -> set[int]:
    """The list of other stories' headlines closing the page: :data:`_MIN_LINK_LIST` lines of text or more at its end,
    each a bullet and a headline ending no sentence (``- The Ocean Is Climate Change’s First Victim``), chrome
    perhaps between them; a list of sentences in the body (``- The adult rate rose 2.2% to £8.91.``) stays."""
    found: set[int] = set()
    for i in range(len(lines) - 1, -1, -1):
        pl = lines[i]
        if pl.kind is LineKind.CHROME:
            continue
        if pl.kind is not LineKind.TEXT or not pl.clean.startswith(BULLETS) or ends_sentence(pl.clean):
            break
        found.add(i)
    return found if len(found) >= _MIN_LINK_LIST else set()


#: The fewest lines of a closing list of headlines (each opening with one of :data:`~newsparse.page.layout.BULLETS`).
_MIN_LINK_LIST = 3


def _footer_lines(lines: Sequence[PageLine], captions: set[int]) -> set[int]:
    """The lines of text in the site's footer under the body: after the page's last sentence of text (captions and
    pitches aside; a publisher's credit closed by its company's abbreviation, ``… a division of Coast Media Inc.``,
    ends none), where chrome lines are :data:`_MIN_FOOTER_CHROME` or more and half the lines of text at least,
    and every line of text is short and ends no sentence (``Journalistic Standards and Practices``, ``Careers``,
    ``Interest-Based Ads`` among ``Privacy Policy`` and ``Terms of Use``)."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if i not in captions and _closes_prose(lines, i)), None)
    if last is None:
        return set()
    tail = [i for i in range(last + 1, len(lines)) if read_more_link(lines[i].clean) is None]  # links are no footer's
    text = [i for i in tail if lines[i].kind is LineKind.TEXT and i not in captions]
    chrome = len(tail) - len(text)
    if chrome < _MIN_FOOTER_CHROME or 2 * chrome < len(text):
        return set()
    short = all(word_count(lines[i].clean, _MAX_FOOTER_WORDS) <= _MAX_FOOTER_WORDS for i in text)
    return set(text) if short else set()


def _closes_prose(lines: Sequence[PageLine], i: int) -> bool:
    """True for a sentence of text that may be the page's last before its footer: not a publisher's credit closed by
    its company's abbreviation, nor a short sentence set among the footer's lines: each line beside it chrome or a
    short fragment of text, and one of them such a fragment or the site's copyright line (``Got a confidential news
    tip? We want to hear from you.`` between ``News Tips`` and ``Get In Touch``; ``Data is delayed at least 15
    minutes.`` under ``© 2025 …``); a line ending in a colon introduces the sentence under it, no fragment."""
    if is_rate_note(lines[i].clean):
        return True  # "($1 = 1,538 naira)" under a wire story: its text
    if not _is_sentence(lines[i]) or _COMPANY_END.search(lines[i].clean) is not None:
        return False
    if word_count(lines[i].clean, _MAX_FOOTER_WORDS) > _MAX_FOOTER_WORDS:
        return True
    beside = [lines[k] for k in (i - 1, i + 1) if 0 <= k < len(lines)]
    fragments = [
        pl for pl in beside
        if pl.kind is LineKind.TEXT and not ends_sentence(pl.clean) and word_count(pl.clean, _MAX_FOOTER_WORDS) <= _MAX_FOOTER_WORDS
        and read_more_link(pl.clean) is None  # a ``READ MORE: headline`` line is a link in the body, no footer's
        and not pl.clean.endswith(":")  # a lead-in to the quote under it: ``… posted on LinkedIn within hours:``
    ]
    chrome = [pl for pl in beside if pl.kind is LineKind.CHROME]
    above = lines[i - 1] if i else None
    copyright_above = above is not None and above.kind is LineKind.CHROME and above.clean.startswith(_COPYRIGHT_OPENINGS)
    return not (len(fragments) + len(chrome) == len(beside) and (fragments or copyright_above))


def _in_block(lines: Sequence[PageLine], i: int) -> bool:
    """True when ``lines[i]`` and the line after it are printed with no blank line between them."""
    return lines[i + 1].line.number == _last_number(lines[i]) + 1


def _is_credit(pl: PageLine) -> bool:
    """True for a photo's credit on a line of its own under its label: a few words, no sentence nor address."""
    if pl.kind is LineKind.CHROME:
        return is_bare_photo_credit(pl.clean)  # ``Jane Doe / Harbour Post``, chrome by itself
    words = word_count(pl.clean, MAX_CREDIT_WORDS)
    return pl.kind is LineKind.TEXT and words <= MAX_CREDIT_WORDS and not ends_sentence(pl.clean) and not is_web_address(pl.clean)


def _is_standfirst_at(
    lines: Sequence[PageLine], i: int, standfirst: Callable[[str], bool], chrome: PageChrome | None, titled: bool
) -> bool:
    """True for the standfirst ``lines[i]`` under the title: by the layout's rule, in a block of its
    own, or above a byline or date line, or above a body opening with a dateline, or printed again
    right under itself as the body's lead, or (``titled``: under a title) above the lead photo's caption, or under a
    label of the chrome's ``standfirst_labels`` (``Synopsis``); never a paragraph that opens with a dateline, where a
    wire-style body starts (``HALIFAX, Oct 12 (Reuters) - … [ID:nX7731]``, ``(Geneva) More than …``), nor a person's bare name (a
    byline, or a caption naming who is pictured, perhaps printed twice), nor a photo's alt text over its credited caption,
    nor a caption closed by its source after a dash (``… on Saturday. — AFP``)."""
    if _copies_lead_over_byline(lines, i):
        return True  # the page's description, its dateline perhaps, over the byline and the lead it copies
    if opens_with_dateline(lines[i].clean) or opens_with_bracketed_dateline(lines[i].clean):
        return False  # a wire-style lead: ``HALIFAX, Oct 12 (Reuters) - …``, ``(Geneva) More than …``
    if is_bare_name(lines[i].clean) or _is_caption_twice(lines, i) or is_alt_text(lines, i):
        return False  # a byline or a caption; a photo's alt text over its credited caption
    if _closes_with_dashed_credit(lines[i].clean):
        return False
    if is_key_points(lines, i) or (chrome is not None and is_action_caption(lines[i].clean, chrome.caption_actions)):
        return False  # key points, bulleted; who is pictured and what they do: ``Jane Doe addressing the press``
    return (
        (standfirst(lines[i].clean) and not _in_chrome_block(lines, i))
        or (chrome is not None and i > 0 and is_standfirst_label(lines[i - 1].clean, chrome))
        or is_standfirst_above_byline(lines, i)
        or is_standfirst_above_dateline(lines, i)
        or _is_printed_again(lines, i)
        or (titled and _is_restated_by_lead(lines, i))
        or _is_summed_up_below(lines, i)
        or (titled and _is_pulled_from_body(lines, i))
        or _is_set_off_by_gap(lines, i)
        or _is_over_title_copy(lines, i)
        or (titled and _is_over_lead_photo(lines, i))
        or (titled and _is_over_alt_text(lines, i))
        or (titled and _is_set_off_from_lead(lines, i, frozenset() if chrome is None else chrome.byline_roles))
        or (titled and _closes_title_block(lines, i))
        or (titled and _is_over_share_row(lines, i))
    )


def _copies_lead_over_byline(lines: Sequence[PageLine], i: int) -> bool:
    """True for a line over a byline or date line whose first :data:`_LEAD_COPY_WORDS` words open the body's
    first paragraph under it too, marks and spaces aside: a page's description copying the lead (``TOKYO
    (Reuters) - A senior official said …`` over ``By Jane Doe`` over ``TOKYO (Reuters) -A senior official said
    …``), perhaps cut short; the standfirst, though it opens with a dateline."""
    after = next_content(lines, i)
    if after is None or after.kind not in (LineKind.BYLINE, LineKind.DATE):
        return False
    j = i + 1
    while j < len(lines) and lines[j].kind is not LineKind.TEXT:
        j += 1  # chrome, the byline, date lines
    head = _opening_words(lines[i].clean)
    return j < len(lines) and len(head) == _LEAD_COPY_WORDS and _opening_words(lines[j].clean) == head


def _opening_words(line: str) -> list[str]:
    """The first :data:`_LEAD_COPY_WORDS` words of ``line``, casefolded, without marks."""
    return [w.casefold() for w in _WORD.findall(line[: _LEAD_COPY_WORDS * _MAX_WORD_CHARS])[:_LEAD_COPY_WORDS]]


def _is_caption_twice(lines: Sequence[PageLine], i: int) -> bool:
    """True for a photo caption printed twice, as its alt text and as its caption: a fragment (no final
    full stop) of :data:`_MIN_ALT_TEXT_WORDS` words or more, then the same line again, or twice run together
    (``Crews at the quay`` over ``Crews at the quay Crews at the quay``).  A standfirst is printed once."""
    line = lines[i].clean
    after = next_content(lines, i)
    if after is None or not after.clean.startswith(line) or not is_fragment(line):
        return False
    rest = after.clean[len(line) :].strip()
    return (not rest or rest == line) and word_count(line, _MIN_ALT_TEXT_WORDS) >= _MIN_ALT_TEXT_WORDS


def _closes_with_dashed_credit(line: str) -> bool:
    """True for a caption closed by its source after a dash (:data:`_DASHED_CREDIT`)."""
    tail = line[-_DASHED_CREDIT_CHARS:]
    return ("— " in tail or "– " in tail) and _DASHED_CREDIT.search(tail) is not None


def _is_over_lead_photo(lines: Sequence[PageLine], i: int) -> bool:
    """True for a sentence or two of standfirst length under the title, right above the lead photo's caption
    printed twice (its alt text, then the caption: ``Boats at low tide. Picture: Jane Doe`` twice, or the copies
    over and under its credit line) or once over its credit line and the byline or date line, chrome perhaps before
    it: the body starts under the lead photo.  Under the title only (a page without one may open with its lede over
    a photo); a caption printed once, under a sentence, is a photo's in the body."""
    words = word_count(lines[i].clean, MAX_STANDFIRST_WORDS + 1)
    if not (MIN_BYLINED_STANDFIRST_WORDS <= words <= MAX_STANDFIRST_WORDS and ends_sentence(lines[i].clean)):
        return False
    j = i + 1
    while j < len(lines) and lines[j].kind is LineKind.CHROME and not is_photo_caption(lines[j].clean):
        j += 1  # a short link, a share row
    if j + 2 < len(lines) and lines[j + 1].kind is LineKind.CHROME and _is_caption_around_credit(lines, j + 1):
        return True  # the caption, its credit line, the caption again
    if j + 2 < len(lines) and lines[j + 1].kind is LineKind.CHROME and lines[j + 2].kind in _META_KINDS:
        return _is_caption(lines[j].clean, sentence=True)  # the caption over its credit line, the byline under them
    if j + 1 >= len(lines) or lines[j + 1].clean != lines[j].clean:
        return False
    return lines[j].kind is LineKind.CHROME or _is_caption(lines[j].clean, sentence=True)


def _is_over_alt_text(lines: Sequence[PageLine], i: int) -> bool:
    """True for a line of standfirst length under the title, in one block with the lead photo's alt text and its
    credited caption under it (``Thousands flee as crews rush to finish a levee`` / ``Australian floods`` / ``Water
    around the town. Photograph: Jane Doe/Agency``): the body starts under the photo.  A lone fragment over the
    caption is the photo's alt text, no standfirst."""
    if i + 2 >= len(lines) or not MIN_BYLINED_STANDFIRST_WORDS <= word_count(lines[i].clean, MAX_STANDFIRST_WORDS + 1) <= MAX_STANDFIRST_WORDS:
        return False
    alt, caption = lines[i + 1], lines[i + 2]
    return (
        _in_block(lines, i)
        and _in_block(lines, i + 1)
        and alt.kind is LineKind.TEXT
        and _is_caption(alt.clean)
        and caption.kind is LineKind.CHROME
        and is_photo_caption(caption.clean)
    )


def _is_set_off_from_lead(lines: Sequence[PageLine], i: int, roles: frozenset[str]) -> bool:
    """True for a sentence or two of standfirst length under the title, printed once, set off from the lead
    below by the story's meta lines: the lines between them end no sentence or are captions with their credit
    (a source's name, the lead photo), and one of them is a date line or byline (``The council will vote on
    Monday.`` / ``Harbour Wire BUSINESS`` / ``Published March 4, 2026`` / the lead) or a writer's role alone (one of
    ``roles``: ``Staff Reporter``).  A caption itself (printed
    twice, or closed by its credit) is no standfirst, nor is a lede over a photo printed once with its credit,
    a bare section heading or a related link: the body's first paragraph; where a date line or byline stands
    above, the one below is a comment's or an update's, and the lede stays the first paragraph."""
    line = lines[i].clean
    words = word_count(line, MAX_STANDFIRST_WORDS + 1)
    if not MIN_BYLINED_STANDFIRST_WORDS <= words <= MAX_STANDFIRST_WORDS or not ends_sentence(line) or is_photo_caption(line):
        return False
    if any(lines[k].clean == line for k in (i - 1, i + 1) if 0 <= k < len(lines)):
        return False  # a caption printed twice, as its alt text and as its caption
    if any(pl.kind in _META_KINDS for pl in lines[:i]):
        return False  # the story's meta lines are printed above: a date line below is a comment's or an update's
    marked = False
    j = i + 1
    while j < min(len(lines), i + 1 + _MAX_LEAD_FURNITURE_LINES) and _is_lead_furniture(lines[j]):
        marked = marked or lines[j].kind in _META_KINDS or lines[j].clean.casefold() in roles
        j += 1
    return marked and j < len(lines) and lines[j].kind is LineKind.TEXT and ends_sentence(lines[j].clean)


def _closes_title_block(lines: Sequence[PageLine], i: int) -> bool:
    """True for a sentence or two of standfirst length printed last in the title's block, on a page that sets its
    paragraphs off by blank lines: under the title and the story's byline or date lines with no blank line
    between them and no photo caption (a lede runs under the lead photo), and over a blank line (a caption of
    the lead photo perhaps between) and the lead.  The lede is set off from the title's block as the paragraphs
    under it are."""
    line = lines[i].clean
    words = word_count(line, MAX_STANDFIRST_WORDS + 1)
    if not MIN_BYLINED_STANDFIRST_WORDS <= words <= MAX_STANDFIRST_WORDS or not ends_sentence(line):
        return False
    k, dated = i - 1, False
    while k > 0 and lines[k].kind is not LineKind.TEXT and _is_glued(lines, k + 1):
        if is_photo_caption(lines[k].clean):
            return False
        dated = dated or lines[k].kind in _META_KINDS
        k -= 1
    if not dated or lines[k].kind is not LineKind.TEXT or not _is_glued(lines, k + 1):
        return False
    j = i + 2 if i + 1 < len(lines) and _is_glued(lines, i + 1) and is_photo_caption(lines[i + 1].clean) else i + 1
    return j < len(lines) and not _is_glued(lines, j) and _is_sentence(lines[j]) and _spaced_paragraphs(lines)


def _is_over_share_row(lines: Sequence[PageLine], i: int) -> bool:
    """True for a sentence or two of standfirst length under the title, right over a row of share buttons and the
    lead under it (``Stocks fell for a second day.`` / ``Share Tweet Telegram`` / the lead), perhaps the lead photo's
    credited caption between them: the buttons close the story's head."""
    line = lines[i].clean
    words = word_count(line, MAX_STANDFIRST_WORDS + 1)
    if not MIN_BYLINED_STANDFIRST_WORDS <= words <= MAX_STANDFIRST_WORDS or not ends_sentence(line):
        return False
    j = i + 1
    while j < len(lines) and lines[j].kind is LineKind.CHROME and is_share_buttons(lines[j].clean):
        j += 1
    k = j + 1 if j < len(lines) and lines[j].kind is LineKind.CHROME and is_photo_caption(lines[j].clean) else j
    return i + 1 < j and k < len(lines) and _is_sentence(lines[k])


def _is_glued(lines: Sequence[PageLine], i: int) -> bool:
    """True when ``lines[i]`` is printed on the line right under ``lines[i - 1]``, no blank line between."""
    return lines[i].line.number - _last_number(lines[i - 1]) == 1


def _is_lead_furniture(pl: PageLine) -> bool:
    """True for a line that may stand between the standfirst and the lead: chrome, a date line or byline, a
    fragment of caption length, or a caption closed by its credit."""
    return pl.kind is not LineKind.TEXT or _is_caption(pl.clean) or is_photo_caption(pl.clean)


def _is_over_title_copy(lines: Sequence[PageLine], i: int) -> bool:
    """True for a line of standfirst length between the title and its copy printed right under it (``Title``,
    ``One or two sentences.``, ``Title``): a page's title and description over the article's own title; not
    a description that the lead under the copy opens with (a cut copy of the lead).  The copy may print its
    quotation marks plain (:func:`~newsparse.page.text.folded`)."""
    above = next((k for k in range(i - 1, -1, -1) if lines[k].kind is not LineKind.CHROME), None)
    line = lines[i].clean
    if above is None or i + 2 >= len(lines) or word_count(line, MAX_STANDFIRST_WORDS + 1) > MAX_STANDFIRST_WORDS:
        return False
    return folded(lines[i + 1].clean) == folded(lines[above].clean) and not lines[i + 2].clean.startswith(line.rstrip(".…"))


def _is_set_off_by_gap(lines: Sequence[PageLine], i: int) -> bool:
    """True for a line of standfirst length under the title set off from the lines below by a wider gap
    than the page's paragraphs and than the title's: blank lines under it where the body runs on single
    newlines, or more blank lines than stand between the paragraphs; not where the next lines below are
    set as far apart (a page that prints spacer lines between its paragraphs)."""
    if i == 0 or i + _MIN_GAP_EVIDENCE >= len(lines):
        return False  # too few lines below to tell the gap between the page's paragraphs
    words = word_count(lines[i].clean, MAX_STANDFIRST_WORDS)
    if not MIN_BYLINED_STANDFIRST_WORDS <= words <= MAX_STANDFIRST_WORDS:
        return False
    above = lines[i].line.number - _last_number(lines[i - 1])
    gap = lines[i + 1].line.number - _last_number(lines[i])
    paragraph_gap = 2 if uses_blank_lines(pl.line for pl in lines[i + 1 :]) else 1
    below = (lines[k + 1].line.number - _last_number(lines[k]) for k in range(i + 1, i + _MIN_GAP_EVIDENCE))
    return above > 0 and gap > paragraph_gap and gap > above and gap > max(below)


def _spaced_paragraphs(lines: Sequence[PageLine]) -> bool:
    """True when blank lines stand between a page's paragraphs: between most lines of text that end a sentence and
    the line of text after them (menus, share rows and lists of headlines, printed line under line, are not counted);
    on a page with none, between most of its lines."""
    pairs = [(a, b) for a, b in itertools.pairwise(lines) if _is_sentence(a) and b.kind is LineKind.TEXT]
    if not pairs:
        return uses_blank_lines(pl.line for pl in lines)
    wide = sum(b.line.number - _last_number(a) > 1 for a, b in pairs)
    return wide * 2 > len(pairs)


def _last_number(pl: PageLine) -> int:
    """The number of the last line of text ``pl`` covers (a hard-wrapped paragraph joined covers several)."""
    return pl.line.number + pl.line.text.count("\n")


def _is_printed_again(lines: Sequence[PageLine], i: int) -> bool:
    """True when the next line of text after ``lines[i]`` repeats it word for word: a page's teaser
    or standfirst, then the same sentence opening the body; or when it opens with the same first
    :data:`_LEAD_COPY_WORDS` words (a standfirst trimmed from the lead: ``The strike by 33,000 workers will
    continue after members rejected an offer.`` over ``… rejected an offer in a vote on Wednesday …``); or when
    ``lines[i]`` is that teaser cut short, of :data:`_MIN_CUT_TEASER_WORDS` words or more, with ``...`` where the cut fell."""
    after = next_content(lines, i)
    if after is None or after.kind is not LineKind.TEXT:
        return False
    line = lines[i].clean
    if after.clean == line or ((head := _opening_words(line)) == _opening_words(after.clean) and len(head) == _LEAD_COPY_WORDS):
        return True
    return _copied_below(lines, i) or teases(line, after.clean, _MIN_CUT_TEASER_WORDS)


def _copied_below(lines: Sequence[PageLine], i: int) -> bool:
    """True when the first sentence among the :data:`_COPY_REACH` lines of text after ``lines[i]`` opens with the
    first :data:`_LEAD_COPY_WORDS` words of the sentence ``lines[i]``, the lines before it ending no sentence: a
    standfirst printed again as the lead (perhaps edited) below a related link or a caption (``Homeowners can
    expect …`` / ``City seeking $1.4B from province`` / ``Homeowners can expect …``)."""
    line = lines[i].clean
    head = _opening_words(line)
    if not ends_sentence(line) or len(head) < _LEAD_COPY_WORDS:
        return False
    texts = (pl.clean for pl in lines[i + 1 :] if pl.kind is LineKind.TEXT)
    for text in itertools.islice(texts, _COPY_REACH):
        if ends_sentence(text):
            return _opening_words(text) == head
    return False


#: How many lines of text after a standfirst :func:`_copied_below` reads for its copy.
_COPY_REACH = 3


def _is_restated_by_lead(lines: Sequence[PageLine], i: int) -> bool:
    """True for a sentence whose first :data:`_RESTATED_WORDS` words open the next line of text too, its dateline
    aside, though the two go on differently: a standfirst that the lede restates at more length (``At least 15
    people have died in the fire, officials say.`` over ``KARACHI (Reuters) - At least 15 people have died after a
    fire swept …``).  Two paragraphs of a body seldom open alike; where they do, they stand further down."""
    after = next_content(lines, i)
    if after is None or after.kind is not LineKind.TEXT or not ends_sentence(lines[i].clean):
        return False
    head = _opening_words(lines[i].clean)[:_RESTATED_WORDS]
    return len(head) == _RESTATED_WORDS and _opening_words(after_dateline(after.clean))[:_RESTATED_WORDS] == head


def _is_summed_up_below(lines: Sequence[PageLine], i: int) -> bool:
    """True for a line of standfirst length whose long words (:func:`_long_words`), :data:`_MIN_SUMMARY_WORDS` or more,
    recur for the most part (:data:`_SUMMARY_SHARE`) in the next :data:`_SUMMARISED_LINES` sentences of text within
    :data:`_SUMMARY_REACH` lines (a picture's label or a deck of a few words aside), the first of which does not
    open with it (a copy, perhaps cut short with a full stop or an ellipsis): a standfirst sums up the lede and the
    paragraph after it (``Two hundred homes lost power in the storm.`` over ``A storm cut the power to two hundred
    homes …``).  A body's paragraph adds news to the one before it: few of its long words recur in the next two.
    Not over a caption with its credit under it (a photo's alt text over its caption), nor over a lede that opens
    with a dateline (a video's label and its blurb over a wire-style body, whose own standfirst rule is
    :func:`is_standfirst_above_dateline`)."""
    line = lines[i].clean
    words = _long_words(line)
    if len(words) < _MIN_SUMMARY_WORDS or word_count(line, MAX_STANDFIRST_WORDS + 1) > MAX_STANDFIRST_WORDS:
        return False
    below = [j for j in range(i + 1, min(len(lines), i + 1 + _SUMMARY_REACH)) if _is_sentence(lines[j])][:_SUMMARISED_LINES]
    if len(below) < _SUMMARISED_LINES or lines[below[0]].clean.startswith(line.rstrip(_CUT_MARKS)):
        return False
    if _is_over_credit(lines, below[0]) or any(opens_with_dateline(lines[j].clean) for j in below):
        return False  # a photo's alt text over its credited caption; a video's label over a wire-style lede
    return len(words & _long_words(" ".join(lines[j].clean for j in below))) >= _SUMMARY_SHARE * len(words)


def _is_over_credit(lines: Sequence[PageLine], i: int) -> bool:
    """True for a line right over a photo's credit printed alone (``(Jane Doe / Harbour Post)``): a caption."""
    return i + 1 < len(lines) and is_bare_photo_credit(lines[i + 1].clean)


def _long_words(line: str) -> set[str]:
    """The words of ``line`` of :data:`_LONG_WORD_CHARS` characters or more, or with a digit, casefolded: the words
    that carry its news (names, numbers, nouns and verbs), few of them grammar's."""
    return {w for w in _WORD.findall(line.casefold()) if len(w) >= _LONG_WORD_CHARS or not w.isalpha()}


def _is_pulled_from_body(lines: Sequence[PageLine], i: int) -> bool:
    """True for a line whose words, from its second on, run for :data:`_PULLED_WORDS` words inside a line of text
    further down, below a sentence of the body and above its last line: a standfirst pulled from the body, as sites
    print one of the story's sentences as its deck (``Prosecutors had asked for the maximum sentence of 30 years.``
    over the lede, then ``Prosecutors had asked for the maximum sentence of 30 years in prison.`` or ``The mayor said
    prosecutors had asked for the maximum sentence of 30 years.`` below).  A lede is not printed twice; a cut copy
    of it right over it, or a copy closing the page, is a copy, no deck."""
    run = [w.casefold() for w in _WORD.findall(lines[i].clean[: (_PULLED_WORDS + 1) * _MAX_WORD_CHARS])[1 : _PULLED_WORDS + 1]]
    if len(run) < _PULLED_WORDS:
        return False
    text = [pl for pl in lines[i + 1 :] if pl.kind is LineKind.TEXT]
    below_sentence = False
    key = max(run, key=len)  # the longest word looked for in the line first: most lines lack it
    for pl in text[:-1]:
        if below_sentence and key in pl.clean.casefold() and _runs_inside(run, pl.clean):
            return True
        below_sentence = below_sentence or ends_sentence(pl.clean)
    return False


def _runs_inside(run: list[str], line: str) -> bool:
    """True where the casefolded words ``run`` follow one another somewhere in ``line``."""
    words = [w.casefold() for w in _WORD.findall(line)]
    first = run[0]
    return any(words[k : k + len(run)] == run for k, word in enumerate(words) if word == first)


def _in_chrome_block(lines: Sequence[PageLine], i: int) -> bool:
    """True when, on a page with blank lines between paragraphs, ``lines[i]`` shares its block with
    chrome within :data:`_BLOCK_REACH` lines (a photo caption above a newsletter's pitch and its call to sign
    up): a standfirst stands in a block of its own."""
    lo = hi = i
    while lo > max(0, i - _BLOCK_REACH) and _in_block(lines, lo - 1):
        lo -= 1
    while hi < min(len(lines) - 1, i + _BLOCK_REACH) and _in_block(lines, hi):
        hi += 1
    chrome = any(lines[k].kind is LineKind.CHROME for k in range(lo, hi + 1) if k != i)
    return chrome and _spaced_paragraphs(lines)


class _Phase(enum.Enum):
    """Where :func:`read_article` is: at the title, the line under it, the lead before the body, the
    body, what opens under it (the readers' comments, a press release's end matter)."""

    TITLE = 1
    FIRST = 2
    LEAD = 3
    BODY = 4
    AFTER = 5


_BEFORE_BODY = (_Phase.FIRST, _Phase.LEAD)
