"""The ``blog`` splitter: blog and tag pages that repost articles one after another.

Each post is a title line, a byline such as ``RT | November 18, 2025`` or
``Sputnik – 17.11.2025`` (its date is the article's), the body, and often a
footer such as ``Posted by … | Leave a comment``.  A post starts at a title
followed by a byline or date line, or at the first title after a footer; date
lines right above a title belong to its post.  A line of standfirst length over the byline,
under a title-shaped line no longer than it, is the standfirst of that title (the page's first
title too).  The writer's name over their role, in a post's lead or over the first post's title,
starts no post, nor does a photo's alt text over its caption, nor, under a comment header (``7 comments``), a
reader's name over the date of their comment (a post titled otherwise ends the thread), nor the writer's bare name over
the date line in a post's lead, under its title and standfirst.  On a live page, an entry stamped with a
clock time alone on its line (``10.32am GMT``, ``14:05``, ``3 hours ago``, ``Posted at 14:32``) above its title
and body starts a post at the stamp.  A post that prints no date of its own takes that of the last date line above
it (a live page's ``Monday 1 September 2025`` over its stamped entries).  Where the blog prints each post's
meta line above its title (``Posted on May 9, 2026 by … | Leave a comment``), the
posts start at those lines.  Above the first bylined post, a
blog's name and tagline (one short line) belong to no post.  A listing page (a section, tag or
"latest news" page of titles over teasers: :mod:`newsparse_blog.listing`) without bylined posts gives
one article a title.  Each post is read by the rules of :mod:`newsparse.page.layout`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import attrs

from newsparse import hookimpl
from newsparse.bands import CERTAIN, NONE, POSSIBLE
from newsparse.lazy_regex import lazy_compile
from newsparse.page.chrome import (
    LineKind,
    PageChrome,
    is_bare_name,
    is_clock_time,
    is_name,
    is_page_links,
    may_be_dated,
    opens_byline,
)
from newsparse.page.furniture import opens_teaser_block
from newsparse.page.layout import (
    DATED_KINDS,
    MIN_STANDFIRST_WORDS,
    is_alt_text,
    is_author_box,
    is_dated_title,
    is_headlinese,
    is_post_meta,
    is_standfirst,
    is_standfirst_above_byline,
    is_title,
    is_title_case,
    is_writer,
    next_content,
    title_under_post_meta,
)
from newsparse.page.reader import read_article
from newsparse.page.lines import ends_sentence, is_cut_short, word_count
from newsparse.model import Article, Page
from newsparse.page.probe import PageLine, PageProbe

from .listing import Unit, has_standfirst, is_briefs_label, listing_slices, listing_units

__all__ = ["BlogSplitter", "post_starts"]

#: Fit of a page with two bylined posts, or one and a footer or a blog's byline (``Posted by …``).  Higher than a digest
#: with a header, as a tag archive's header (``Tag Archives: Russia``) is chrome here.
FIT_POSTS = CERTAIN
#: A blog's tagline has at most this many words.
MAX_TAGLINE_WORDS = 15
#: Fit of a listing page (:mod:`newsparse_blog.listing`): several titles, each over its teaser.
FIT_LISTING = CERTAIN
#: Fit of a page with a single bylined post (a single-article page fits as well or better).
FIT_ONE_POST = POSSIBLE
#: A line over the first post's byline is the standfirst under the title above it with at least this many words,
#: more than most headlines have (a page's label, ``News in brief``, may stand over that post's title); over a later
#: post's, with at least :data:`~newsparse.page.layout.MIN_STANDFIRST_WORDS`.
MIN_POST_STANDFIRST_WORDS = 15
#: A title-shaped line over the first post's standfirst with at least this many words is no page's label (``World news
#: in brief``) but the post's title: the standfirst under it then needs only
#: :data:`~newsparse.page.layout.MIN_STANDFIRST_WORDS`.
MIN_LONG_TITLE_WORDS = 8
#: What joins a trail's items, as no headline over a standfirst is printed: ``News & Media / Press Releases``.
_TRAIL_MARKS = (" / ", " | ", " » ", " › ", " > ")
#: An outlet's source line under a post's title and date line (``Harbour Times (Riverton)``) has at most this many words.
MAX_SOURCE_LINE_WORDS = 4

#: How many lines above a headline a ``Read more`` marker makes it a teaser's (the marker, a photo's credit).
_TEASER_REACH = 3
#: A blog prints its day headers, each over a post's title, at least this many times on a page of posts.
MIN_DATE_HEADERS = 2
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_BLOG_BYLINE = lazy_compile(r"(?i:posted\s+(?:by|on))\s")


def post_starts(lines: Sequence[PageLine], chrome: PageChrome | None = None) -> list[tuple[int, bool]]:
    """Where the posts in ``lines`` start, each with whether a byline or date line follows its title.
    Given the page's ``chrome``, the headlines listed under a list heading (``Related coverage``) and the
    writer's name under a byline's ``By`` alone start none.  On a blog that prints each post's meta
    line above its title (``Posted on … | Leave a comment``), the posts start at those lines, where every such line
    stands above a title (one under its title, over the photo credit opening a body, prints them under)."""
    meta_starts = [(i, True) for i, pl in enumerate(lines) if pl.found is not None and is_post_meta(pl)]
    if meta_starts and not _metas_under(lines) and not any(_is_sentence(pl) for pl in lines[: meta_starts[0][0]]):
        return meta_starts  # no body above the first: the meta lines open posts rather than close them
    headers = [(i, True) for i, pl in enumerate(lines) if pl.found is not None and _is_date_header(lines, i)]
    if len(headers) >= MIN_DATE_HEADERS and not any(_is_sentence(pl) for pl in lines[: headers[0][0]]):
        return headers  # a blog's day headers, each over a post's title
    starts: list[tuple[int, bool]] = []
    after_footer = True  # the top of the page opens a post, as a footer does
    in_list = in_comments = False
    stamp: int | None = None  # a live entry's clock time right above this line
    for i, pl in enumerate(lines):
        if pl.kind in (LineKind.CHROME, LineKind.FOOTER) and chrome is not None and chrome.opens_comments(pl.clean):
            in_comments = True  # "7 comments": a reader's name over the date of their comment opens no post
        if pl.kind is LineKind.CHROME:
            in_list = in_list or (chrome is not None and chrome.opens_list(pl.clean))
            stamp = i if is_clock_time(pl.clean) else None
        elif pl.kind is LineKind.FOOTER:
            after_footer = True
            in_list = False
        elif pl.kind is LineKind.TEXT and in_comments and is_bare_name(pl.clean):
            after_footer = False
        elif pl.kind is LineKind.TEXT:
            in_list = in_list and (not ends_sentence(pl.clean) or is_title(pl.clean) or is_cut_short(pl.clean))  # a headline, perhaps a question, or a blurb
            if stamp is not None and _opens_stamped_entry(lines, i):
                starts.append((stamp, True))
            elif _is_post_title(lines, i) and not _is_under_by(lines, i) and not is_alt_text(lines, i) and (
                not in_list or _opens_first_post(lines, i, starts)
            ):
                after = next_content(lines, i)
                bylined = after is not None and after.kind in DATED_KINDS
                if bylined and (
                    _is_writer_above_role(lines, i, starts) or _is_in_bare_lead(lines, i, starts) or _is_writer_in_lead(lines, i, starts)
                    or is_author_box(lines, i)
                ):
                    if starts:  # the writer's name over their role or the date (``Political correspondent``), or a source
                        starts[-1] = (starts[-1][0], True)  # line, in the lead of the post above: that post is bylined
                elif bylined or after_footer:
                    floor = starts[-1][0] + 1 if starts else 0
                    reach = floor - 1 if starts and not starts[-1][1] else floor  # an unbylined title's standfirst
                    fewest = MIN_STANDFIRST_WORDS if starts and starts[-1][1] else MIN_POST_STANDFIRST_WORDS
                    start = _title_above_writer(lines, i, reach, fewest) if bylined else i
                    while start > floor and lines[start - 1].kind is LineKind.DATE:
                        start -= 1
                    if starts and start < floor:
                        starts.pop()  # the title that opened the page, its standfirst over the byline: one post
                    starts.append((start, bylined))
                    in_comments = False
            after_footer = False
            stamp = None
        else:
            stamp = i if pl.kind is LineKind.DATE and pl.found is None and is_clock_time(pl.clean) else None  # Posted at 14:32
    return starts


def _is_date_header(lines: Sequence[PageLine], i: int) -> bool:
    """True for a blog's day header: a date line that prints the date alone, perhaps after its weekday
    (``Saturday, December 31, 2016``), right over a title-shaped line over a sentence of the body."""
    pl = lines[i]
    if pl.kind is not LineKind.DATE or pl.found is None or pl.clean[pl.found.end :].strip(" ,."):
        return False
    day = pl.clean[: pl.found.start].strip(" ,").casefold()
    if day and day not in _WEEKDAYS:
        return False
    if i + 2 >= len(lines):
        return False
    title, body = lines[i + 1], lines[i + 2]
    return title.kind is LineKind.TEXT and is_title(title.clean) and _is_sentence(body)


def _is_post_title(lines: Sequence[PageLine], i: int) -> bool:
    """True for a title-shaped line, or one closing with a clock time over a date line
    (:func:`~newsparse.page.layout.is_dated_title`) and the body's first sentence, as live entries print
    them (not a body's last sentence over the next entry's date line)."""
    if is_title(lines[i].clean):
        return True
    if not is_dated_title(lines, i):
        return False
    j = i + 1
    while lines[j].kind is not LineKind.DATE:
        j += 1
    after = next_content(lines, j)
    return after is not None and _is_sentence(after)


def _is_writer_above_role(lines: Sequence[PageLine], i: int, starts: list[tuple[int, bool]]) -> bool:
    """True for the writer's name (``Jane Doe``) over a byline that prints neither a date nor ``By`` (their
    role: ``Political correspondent, Harbour News``): in the lead of the post above (no sentence since it
    started) or, above the first post, over a title-shaped line (the post's own title) rather than the body."""
    if not is_name(lines[i].clean):
        return False
    j = i + 1
    while j < len(lines) and lines[j].kind is LineKind.CHROME:
        j += 1
    if j == len(lines) or lines[j].kind is not LineKind.BYLINE or lines[j].found is not None or opens_byline(lines[j].clean):
        return False
    if starts:
        return not any(_is_sentence(pl) for pl in lines[starts[-1][0] : i])
    below = next_content(lines, j)
    return below is not None and below.kind is LineKind.TEXT and is_title(below.clean)


def _is_writer_in_lead(lines: Sequence[PageLine], i: int, starts: list[tuple[int, bool]]) -> bool:
    """True for the writer's bare name over the date line in the lead of the post above: a name, and no sentence
    since that post started, only its title and standfirst (``Why Kam Lok sold its tower`` / standfirst /
    ``Kelvin Lau`` / ``Mar 5, 2025``)."""
    if not starts or not is_name(lines[i].clean):
        return False
    lead = [pl for pl in lines[starts[-1][0] : i] if pl.kind is LineKind.TEXT]
    return len(lead) >= 2 and not any(_is_sentence(pl) for pl in lead)


def _is_in_bare_lead(lines: Sequence[PageLine], i: int, starts: list[tuple[int, bool]]) -> bool:
    """True for the outlet's source line over the writer's byline (``Harbour Times (Riverton)`` over ``By Jane
    Doe``) in the lead of the bylined post above, under its title and date line, no text between: a few
    capitalised words, shorter than that title (a blog's tagline over its first post's title is longer)."""
    if not starts or not starts[-1][1]:
        return False
    texts = [pl.clean for pl in lines[starts[-1][0] : i] if pl.kind is LineKind.TEXT]
    words = [w.strip("()[]") for w in lines[i].clean.split()]
    return (
        len(texts) == 1
        and len(words) <= MAX_SOURCE_LINE_WORDS
        and word_count(texts[0]) > len(words)
        and all(w[:1].isupper() for w in words)
    )


def _opens_first_post(lines: Sequence[PageLine], i: int, starts: list[tuple[int, bool]]) -> bool:
    """True for the page's first post under a page label that reads as a list heading (``Latest News``):
    a title over a date line or byline and a sentence of the body, with no post above it."""
    if starts:
        return False
    j = i + 1
    while j < len(lines) and lines[j].kind is LineKind.CHROME:
        j += 1
    if j == len(lines) or lines[j].kind not in DATED_KINDS:
        return False
    body = next_content(lines, j)
    return body is not None and _is_sentence(body)


def _title_above_standfirst(lines: Sequence[PageLine], i: int, floor: int, fewest: int) -> int:
    """Where the post whose byline follows ``lines[i]`` starts: at a title-shaped line right above it, no
    longer than it (no chrome between them), when ``lines[i]`` reads as its standfirst of ``fewest`` words or more
    (longer than headlines run: a brief's headline under ``News in brief`` is none; under a title in Title Case, no
    trail of sections, a standfirst in sentence case needs :data:`~newsparse.page.layout.MIN_STANDFIRST_WORDS` only) and that title
    stands right under no sentence (the last of a post's body); else at ``lines[i]``."""
    j = i - 1
    if j < floor or lines[j].kind is not LineKind.TEXT or not is_title(above := lines[j].clean):
        return i
    standfirst = lines[i].clean
    words = word_count(standfirst)
    # a title in Title Case over a standfirst in sentence case is set apart by its type: no headline pair; so is a
    # title too long for a label (``Mobile money helped rural families ride out drought, study finds``), or one in
    # headline grammar and sentence case over a standfirst keeping its articles (``Harlow council splits on body camera
    # deal`` / ``The $3.1 million contract passed …``), which neither a menu nor a tagline over a title is
    pair = is_headlinese(above) and _in_sentence_case(above) and not is_headlinese(standfirst)
    typeset = is_title_case(above) and not is_title_case(standfirst) and not any(mark in above for mark in _TRAIL_MARKS)
    headline = word_count(above, MIN_LONG_TITLE_WORDS) >= MIN_LONG_TITLE_WORDS or pair
    fewest = MIN_STANDFIRST_WORDS if typeset or headline else fewest
    if words < fewest or not is_standfirst(standfirst) or words < word_count(above) or _teased(lines, j):
        return i
    return i if j > 0 and _is_sentence(lines[j - 1]) else j


def _teased(lines: Sequence[PageLine], j: int) -> bool:
    """True for a headline under a ``Read more`` marker, perhaps past its photo's credit: a teaser's link."""
    k = j - 1
    while k > j - _TEASER_REACH and k >= 0 and lines[k].kind is LineKind.CHROME and not opens_teaser_block(lines[k].clean):
        k -= 1
    return k >= 0 and opens_teaser_block(lines[k].clean)


def _in_sentence_case(line: str) -> bool:
    """True for a line whose words after the first are at least half in lower case (``Harlow council splits on body
    camera deal``), as no menu's items are (``Home About Archive Contact Support this blog``)."""
    words = line.split()[1:]
    return 2 * sum(w[:1].islower() for w in words) >= len(words) > 0


def _title_above_writer(lines: Sequence[PageLine], i: int, floor: int, fewest: int) -> int:
    """Where the post starts whose byline or date line follows ``lines[i]``: when ``lines[i]`` is the writer's
    name (``Ana Ruiz``, ``Ana Ruiz, Lima``), at the title above it, or above the standfirst above it, a title no
    longer than that standfirst (``Port strike enters third week`` / standfirst / ``Ana Ruiz, Lima`` / ``Published 4
    March 2025``); else as :func:`_title_above_standfirst` finds it."""
    if is_writer(lines[i].clean):
        j = i - 1
    elif i + 1 < len(lines) and lines[i + 1].kind is LineKind.CHROME and is_writer(lines[i + 1].clean):
        j = i  # the writer's line read as chrome (``Ana Ruiz, Nordic Wire``): ``lines[i]`` is the title or standfirst
    else:
        return _title_above_standfirst(lines, i, floor, fewest)
    if j < floor or lines[j].kind is not LineKind.TEXT:
        return _title_above_standfirst(lines, i, floor, fewest)
    title = j - 1
    if (
        title >= floor
        and lines[title].kind is LineKind.TEXT
        and is_title(lines[title].clean)
        and is_standfirst_above_byline(lines, j)
        and word_count(lines[j].clean) >= word_count(lines[title].clean)
        and not (title > 0 and _is_sentence(lines[title - 1]))
    ):
        return title
    return j if is_title(lines[j].clean) else _title_above_standfirst(lines, i, floor, fewest)


def _opens_stamped_entry(lines: Sequence[PageLine], i: int) -> bool:
    """True for a live entry's title under its clock time: title-shaped or one capitalised word
    (``Welcome``), over a sentence of the body."""
    title = lines[i].clean
    after = next_content(lines, i)
    one_word = " " not in title and title[:1].isupper() and not ends_sentence(title)
    return (one_word or is_title(title)) and after is not None and _is_sentence(after)


def _metas_under(lines: Sequence[PageLine]) -> bool:
    """True for a blog that prints its posts' meta lines under their titles: some meta line (``Posted by Jane Doe |
    13 February 2025``) stands above no title, so none opens a post (see :func:`post_starts`)."""
    metas = [i for i, pl in enumerate(lines) if pl.found is not None and is_post_meta(pl)]
    return any(title_under_post_meta(lines, i - 1) is None for i in metas)


def _over_meta(lines: Sequence[PageLine], i: int) -> bool:
    """True for a post's title on the line right over its meta line."""
    return lines[i].kind is LineKind.TEXT and i + 1 < len(lines) and is_post_meta(lines[i + 1])


def _is_sentence(pl: PageLine) -> bool:
    return pl.kind is LineKind.TEXT and ends_sentence(pl.clean)


def _is_under_by(lines: Sequence[PageLine], i: int) -> bool:
    """True for the writer's name under a byline's ``By`` alone on its line, perhaps printed twice (an
    avatar's label, then the byline: ``by`` / ``Jane Doe`` / ``Jane Doe`` over the date line)."""
    if i > 1 and lines[i - 1].clean == lines[i].clean and lines[i - 1].kind is LineKind.TEXT:
        i -= 1
    return i > 0 and lines[i - 1].kind is LineKind.BYLINE and opens_byline(lines[i - 1].clean)


def _is_blog_byline(pl: PageLine) -> bool:
    """True for a byline or date line as blogs print them: ``Posted by Jane Doe``, ``Posted on May 9, 2026 by …``,
    ``Posted on 01/16/2019``."""
    return pl.kind in DATED_KINDS and _BLOG_BYLINE.match(pl.clean) is not None


def _is_masthead(post: Article | None) -> bool:
    """True for a blog's name and tagline above its first bylined post: at most one short line of text."""
    if post is None or len(post.paragraphs) > 1:
        return False
    lines = [p.text for p in (post.summary, *post.paragraphs) if p is not None]
    return len(lines) <= 1 and all(word_count(line) <= MAX_TAGLINE_WORDS for line in lines)


def _has_text(post: Article) -> bool:
    """A title with no text under it is a page heading (``Tag Archives: Russia``), not a post; nor is one over another
    title and no paragraph (``Other News in Parks`` over ``Pool opens for the summer``: a list of the site's stories)."""
    return bool(post.paragraphs) or (post.summary is not None and not is_title(post.summary.text))


class BlogSplitter:
    """Reads a blog or tag page into its posts."""

    name = "blog"
    description = "blog and tag pages reposting articles: title, byline ('RT | November 18, 2025'), body, footer"

    def __init__(self, chrome: PageChrome | None = None):
        self.chrome = chrome or PageChrome.from_vocabulary()

    def fit(self, probe: PageProbe) -> float:
        lines = tuple(probe.lines(self.chrome))  # every line is read below: given its kind once, then indexed as a tuple
        if not any(may_be_dated(line) or is_clock_time(line) for line in probe.clean_lines):
            return FIT_LISTING if listing_units(lines, self.chrome) else NONE  # no post without a byline or date line
        bylined = self._bylined(lines)
        if bylined >= 2 or (bylined and self._has_footer(lines)):
            return FIT_POSTS
        if listing_units(lines, self.chrome):
            return FIT_LISTING
        return FIT_ONE_POST if bylined else NONE

    def _bylined(self, lines: Sequence[PageLine]) -> int:
        return sum(bylined for _, bylined in post_starts(lines, self.chrome))

    def _under_briefs_label(self, lines: Sequence[PageLine], start: int) -> bool:
        """A briefs page's label (``World news in brief``; table ``brief_labels``) stands above the first post's title
        at ``start``: the label is the page's, no title of the post."""
        return any(pl.kind is LineKind.TEXT and is_briefs_label(pl.clean, self.chrome) for pl in lines[:start])

    @staticmethod
    def _has_footer(lines: Sequence[PageLine]) -> bool:
        return any(pl.kind is LineKind.FOOTER or _is_blog_byline(pl) for pl in lines)

    def split(self, probe: PageProbe) -> Page:
        text, lines = probe.text, probe.page_lines(self.chrome)
        bylined = self._bylined(lines)
        units = [] if bylined >= 2 or (bylined and self._has_footer(lines)) else listing_units(lines, self.chrome)
        if units:
            slices = zip(units, listing_slices(lines, units))
            # a listed title's teaser is its first paragraph, a standfirst only where one is printed over it
            listed = (read_article(text, part, self.chrome, standfirst=_standfirst(lines, u)) for u, part in slices)
            day = _date_above(lines, units[0].title)  # a briefs page's date over its first title dates them all
            return Page(articles=[_dated(post, day) for post in listed if post is not None and _has_text(post)], format=self.name)
        starts = post_starts(lines, self.chrome)
        bounds = [start for start, _ in starts]
        first = bounds[0] if bounds and (starts[0][1] or self._under_briefs_label(lines, bounds[0])) else 0  # not "World news in brief"
        end = _listing_end(lines, bounds[-1] if bounds else 0)  # "« Older posts": the page's closing lines follow
        bounds = [first, *bounds[1:], end] if bounds else [0, end]
        titles = {start for start, _ in starts if _over_meta(lines, start)} if _metas_under(lines) else set()
        posts = [read_article(text, lines[a:b], self.chrome, title_first=a in titles) for a, b in zip(bounds, bounds[1:])]
        if len(starts) > 1 and not starts[0][1] and _is_masthead(posts[0]):
            posts[0] = None
        posts = [_dated(post, _date_above(lines, a)) if post is not None else None for post, a in zip(posts, bounds)]
        return Page(articles=[post for post in posts if post is not None and _has_text(post)], format=self.name)


def _listing_end(lines: Sequence[PageLine], start: int) -> int:
    """Where the posts end: at the listing's links to its other pages after ``start`` (``« Older posts``), where the
    page's closing lines begin (``Blog at …``, what the blog is about); else at the end of the page."""
    return next((i for i in range(start, len(lines)) if lines[i].kind is LineKind.CHROME and is_page_links(lines[i].clean)), len(lines))


def _date_above(lines: Sequence[PageLine], start: int) -> dt.date | dt.datetime | None:
    """The date of the last date line above ``start``: the day a live page's entries, stamped with clock times
    only, were posted on (``Monday 1 September 2025`` over ``Posted at 14:32``), else None."""
    return next((pl.date for pl in reversed(lines[:start]) if pl.kind in DATED_KINDS and pl.date is not None), None)


def _dated(post: Article, date: dt.date | dt.datetime | None) -> Article:
    """``post``, dated ``date`` where it prints no date of its own."""
    return post if post.published is not None or date is None else attrs.evolve(post, published=date)


def _standfirst(lines: Sequence[PageLine], unit: Unit) -> Callable[[str], bool] | None:
    """How the listed ``unit`` reads a standfirst: the title-shaped line right under its title where
    :func:`~newsparse_blog.listing.has_standfirst` finds one there, else none (its teaser is its first paragraph)."""
    return is_title if has_standfirst(lines, unit.title) else None


@hookimpl
def newsparse_splitters(register, vocabulary):
    register(BlogSplitter(PageChrome.from_vocabulary(vocabulary)))
