"""Building blocks of the page-layout splitters: the shapes of titles, labels, standfirsts and captions.

The ``article``, ``blog``, ``rtcom`` and ``generic`` splitters share these rules, and
:func:`newsparse.page.reader.read_article` reads articles by them; each splitter decides
only where its articles start and how their first lines read:

* a *title* is a line of :data:`MIN_TITLE_WORDS` to :data:`MAX_TITLE_WORDS` words
  that does not end a sentence (a question may);
* above the title, *labels* (a section name or kicker of at most
  :data:`MAX_LABEL_WORDS` words, or one that starts in lower case) followed by
  another title-shaped line belong to no article; where the first title-shaped
  line is not set off as a title (by a site name after it, or a byline or date
  line under it or under its standfirst), a line a few lines down that is set
  off so is the title, and the lines above it (menus, banners, slogans) belong
  to no article; a slogan or kicker shorter than the fragment under it is not set
  off by the byline below that fragment, and a page's ``<title>`` line
  (``Headline – Site``) repeated alone below marks the copy as the title; a
  section label of a few capitalised words above a headline that stands over the
  byline is a label too, and a blog post's meta line (``Posted on … | Leave a
  comment``) marks the title-shaped line under it as the title; a kicker of a few
  words set off by chrome from a longer line in headline grammar is a label, and a
  title-shaped line printed again among the next lines, before the body, is the title;
* the line under the title is the *standfirst* when it does not end a sentence and
  has at least :data:`MIN_STANDFIRST_WORDS` words, or when a byline or date line
  follows it;
* before the first body paragraph, other lines that do not end a sentence are
  image captions and kickers, and belong to no article, and so are key points under the
  title (two bulleted lines or more that end no sentence: :func:`is_key_points`);
* date lines and bylines before the body give the article's date (a blog footer's
  date where no other is printed); copies of the title and site chrome are dropped;
* ``READ MORE: headline`` lines are related links, as are ``Read more`` teaser
  blocks (an image caption line, then a headline line without a full stop), and
  ``This article was first published in X…`` names where it was republished from
  (:mod:`newsparse.page.furniture`);
* a newsletter's name right above its tagline (``A weekly newsletter on …``) is no title;
* under the title, the headlines or tags listed under a list heading (``Related``,
  ``Most read``, ``Topics``) are chrome up to the next line that ends a sentence;
* an author's bio closing the article (``Jane Doe is a reporter at …``) is chrome, and
  so are the readers' comments under a comment header (``Leave a reply``, ``23 comments``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

from newsparse.lazy_regex import lazy_compile
from newsparse.page.chrome import (
    PLACE_OPENERS,
    LineKind,
    closes_with_meridiem,
    is_bare_name,
    is_capitalised,
    is_crumb_trail,
    is_menu,
    is_name,
    is_newsletter_tagline,
    is_photo_caption,
    is_share_row,
)
from newsparse.page.dates import find_date, glued_date
from newsparse.page.furniture import read_more_link, republished_from
from newsparse.page.lines import ends_sentence, is_question, opens_with_dateline, remember_lines, word_count
from newsparse.page.probe import PageLine
from newsparse.page.text import Line

__all__ = [
    "BULLETS",
    "DATED_KINDS",
    "next_content",
    "is_alt_text",
    "MIN_ALT_TEXT_SHARE",
    "is_title",
    "is_writer",
    "opens_with_item_number",
    "is_dated_title",
    "is_title_case",
    "restates_title",
    "is_headlinese",
    "is_standfirst",
    "is_set_off",
    "is_label",
    "is_fragment",
    "is_author_box",
    "is_key_points",
    "is_dated_caption",
    "is_day_caption",
    "is_standfirst_above_byline",
    "is_standfirst_above_dateline",
    "is_sentence_title",
    "find_title",
    "listed_posts",
    "is_post_meta",
    "title_under_post_meta",
    "uses_blank_lines",
    "MIN_TITLE_WORDS",
    "MAX_TITLE_WORDS",
    "MIN_STANDFIRST_WORDS",
    "MIN_BYLINED_STANDFIRST_WORDS",
    "MAX_STANDFIRST_WORDS",
]

#: A title has at least this many words ...
MIN_TITLE_WORDS = 2
#: ... and at most this many.
MAX_TITLE_WORDS = 30
# A spaced dash closing a line that runs on into the next: ``EL PASO, Texas -``, ``24 Nov —``.
_RUN_ON_DASHES = (" -", " –", " —", " --")
# What no title ends with: a colon, comma or semicolon, or a spaced dash.
_RUN_ON_ENDS = (":", ",", ";", *_RUN_ON_DASHES)
#: A date or place running on after a dash above the title (``24 Nov -``) has at most this many words.
_MAX_RUN_ON_WORDS = 3
# How a title in Title Case may close, and the quotes and brackets that may follow: ``… Town!``, ``… Together…``.
_TITLE_MARKS = ("!", "…", "...")
#: An initialism with full stops closing a line (``U.S.``, ``D.C.``): a title's last word, not a sentence's stop.
_CLOSING_INITIALISM = lazy_compile(r"(?<![\w.])(?:[A-Z]\.){2,3}\Z")
#: A title so closed has at most this many words (a caption closed so runs longer: ``… in New Brunswick, N.J.``).
_MAX_INITIALISM_TITLE_WORDS = 12
_TITLE_CLOSERS = " \"”’')]"
#: A standfirst without a final full stop has at least this many words.
MIN_STANDFIRST_WORDS = 8
#: A title under a site's slogan, a masthead or a section label is looked for among this many text lines.
MAX_LEAD_LINES = 8
#: A photo's alt text over its caption shares at least this share of its words with it.
MIN_ALT_TEXT_SHARE = 2 / 3
#: A title before a `` | Site`` name has at least this many words (a menu's items have fewer).
MIN_BARRED_TITLE_WORDS = 4
#: A standfirst without a final full stop above a byline or date line has at least this many words ...
MIN_BYLINED_STANDFIRST_WORDS = 6
#: ... and any standfirst there at most this many.
MAX_STANDFIRST_WORDS = 60
#: A title that ends a sentence, under a menu and above a byline, has at most this many words.
MAX_SENTENCE_TITLE_WORDS = 12
#: A row of site chrome without separators is shaped like a menu with at least this many capitalised words.
MIN_MENU_ROW_WORDS = 3
#: A site's name and its slogan stand among a page's first lines (a skip link perhaps above them).
_MAX_MASTHEAD_LINES = 3
#: A site's name has at most this many words (``The Harbour Evening Post``).
_MAX_SITE_NAME_WORDS = 6
#: The word of a site's menu button, which a short chrome row holding it shows as the menu (``Menu Search``).
_MENU_BUTTON = "menu"
#: A section label or kicker above a title has at most this many words.
MAX_LABEL_WORDS = 2
#: ... or this many, when printed in capitals.
MAX_CAPS_LABEL_WORDS = 4
#: The kinds of line that date a story: a date line, or a byline printing a date.
DATED_KINDS = (LineKind.DATE, LineKind.BYLINE)
_META_KINDS = (LineKind.DATE, LineKind.BYLINE, LineKind.FOOTER)
# How a blog post's meta line opens, or what it counts: ``Posted on …``, ``… | 4 Comments``.
_POST_META_OPENINGS = ("posted on ", "posted by ")
_COMMENTS = "comment"
_SITE_BAR = " | "
# What sets a site name off a title printed as the page's ``<title>`` (``Headline — Site``).
_SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " « ")
# The time since a post was published, printed after its title: `` 6 months ago``, `` an hour ago``.
_TIME_AGO = lazy_compile(r" (?:\d{1,3}|an?) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago\Z")
_SECTION_JOINERS = frozenset({"&", "and", "+", "/", ">", "›", "»"})
# What parts a breadcrumb's sections: a spaced slash or arrow (``Hong Kong / Law and Crime``).
_CRUMB_MARK = lazy_compile(r" [/>›»] ")
_MIN_CRUMBS, _MAX_CRUMBS = 2, 3
#: A breadcrumb's section has at most this many words (``Law and Crime``).
_MAX_CRUMB_WORDS = 3
_MINOR_WORDS = frozenset(
    "a an and as at but by for from in into is of off on onto or over per the to up via vs with".split()
)
# Words headline grammar leaves out: articles and auxiliary verbs.
#: Words in quotation marks, opened after a space or at the start and closed before a space or a mark: a title's
#: quoted speech, whose grammar is the speaker's (an apostrophe inside a word, ``govt's``, opens none).
_QUOTED = lazy_compile(r"(?:^|(?<=\s))['‘\"“][^'’\"”\n]{1,120}['’\"”](?=[\s,.:;!?]|\Z)")
_HEADLINE_OMITS = frozenset("a an the is are was were has have had be been being will would shall".split())
#: A title in headline grammar has at least this many words ...
MIN_HEADLINESE_WORDS = 5
#: ... and at most this many.
MAX_HEADLINESE_WORDS = 25
#: A title in headline grammar that keeps its articles has at most this many words (a digest's summary is longer).
MAX_ARTICLED_HEADLINE_WORDS = 14
# Auxiliaries and past reports, which a digest's summary sentence has and a headline drops.
_AUXILIARIES = (_HEADLINE_OMITS - {"a", "an", "the"}) | {"said", "told"}
#: Auxiliaries that are no finite verb after ``to``: ``believed to have drowned``, ``wants X to be ineligible``.
_INFINITIVES = frozenset(["have", "be"])
_WORD = lazy_compile(r"[^\W\d_][\w’'-]*")
_ALT_WORDS = lazy_compile(r"\w+")
# A caption's credit in brackets at its end, the photographer and the source they work for: ``(Jane Doe/Harbour Navy)``.
_SLASHED_CREDIT = lazy_compile(r"\([A-Z][^()/]{0,40}/[A-Z][^()/]{0,40}\)\Z")
_SLASHED_CREDIT_CHARS = 90
# A section label closed by a qualifier in brackets: ``Second Division (Wales)``, ``Politics (UK)``.
_QUALIFIED_SECTION = lazy_compile(r"(?:[A-Z][\w'’.&-]* ){1,3}\([A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,2}\)")
# A list item's number: ``3. `` opening a numbered breadcrumb's item (``1. Home``, ``2. India``, ``3. Union govt …``)
_ITEM_NUMBER = lazy_compile(r"\d{1,2}\.\s+")
MIN_CUT_COPY_WORDS = 3
# A count in brackets closing an archive's label: ``Entries in Emergency Landing (19)``.
_COUNT_CLOSE = lazy_compile(r" \(\d{1,4}\)\Z")
# A photo caption's close: the place, then the day the photo was taken (``… in Gaza City May 12, 2021.``).
_CAPTION_DATE = lazy_compile(
    r"\b(?P<place>[A-Z][\w.'’-]*) (?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4}\.\Z"
)
_CAPTION_DATE_CHARS = 40  # the most it matches with a place word of ordinary length
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# A photo caption printed without a full stop: people or things at a place, then the day the photo was
# taken (``Firefighters at the scene on Monday``, ``Crowds outside the court on Friday morning``).
_CAPTION_DAY = lazy_compile(
    r"\s(?:at|outside|near|inside|in front of)\s[^.!?]{1,80}\son\s(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)(?:\s(?:morning|afternoon|evening|night))?\Z"
)
_CAPTION_DAY_CHARS = 120
#: A caption closed by its day has at least this many words ...
MIN_DAY_CAPTION_WORDS = 4
#: ... and at most this many.
MAX_DAY_CAPTION_WORDS = 15
# How a heading that asks a question opens: ``What happened on Monday``.
_QUESTION_OPENINGS = ("What ", "How ", "Why ", "When ", "Where ", "Who ", "Which ")
#: A photo caption that closes with its date has at least this many words.
MIN_DATED_CAPTION_WORDS = 10
# Marks that open a list's item, never a title: ``• Fugitive arrested at a diner``.
BULLETS = ("• ", "· ", "* ", "- ", "– ")
#: A list of a blog's recent posts above the title (``Post title - November 6, 2020``) has at least this many.
MIN_LISTED_POSTS = 3
# What sets a listed post's date off its title.
_POST_DATE_SEPARATORS = (" -", " –", " —", " |")
#: How many times a site's name is printed in a page's head, for :func:`_repeated_names`.
MIN_NAME_COPIES = 3


def next_content(lines: Sequence[PageLine], i: int) -> PageLine | None:
    """The first line after ``lines[i]`` that is not chrome, else None."""
    j = _index_after(lines, i)
    return lines[j] if j < len(lines) else None


def is_alt_text(lines: Sequence[PageLine], i: int) -> bool:
    """True for a photo's alt text right over its caption with the credit, which repeats at least
    :data:`MIN_ALT_TEXT_SHARE` of its words (``Minister Jane Doe`` over ``Finance Minister Jane Doe (Photo | PTI)``,
    ``Navy patrol boat off the point`` over ``A navy patrol boat is shown off the point, May 4. (Jane Doe/Harbour Navy)``):
    no title, standfirst, post's or listed title, though a byline or text stands under the photo."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    if below is None or not (is_photo_caption(below.clean) or _SLASHED_CREDIT.search(below.clean[-_SLASHED_CREDIT_CHARS:])):
        return False
    words = _ALT_WORDS.findall(lines[i].clean.casefold())
    caption = frozenset(_ALT_WORDS.findall(below.clean.casefold()))
    return bool(words) and sum(w in caption for w in words) >= MIN_ALT_TEXT_SHARE * len(words)


#: Words no title ends on: a line ending in one is a hard-wrapped line of a paragraph (``… loans and the``).
_NO_TITLE_ENDS = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", "of", "than", "its", "their", "his", "her", "our", "my", "your", "whose"]
)


@remember_lines  # splitters ask it of a page's lines over and over
def is_title(line: str) -> bool:
    """True for a line shaped like a title: a few words, no final full stop, not a link or note, nor a line
    that runs on into the next after a spaced dash (a dateline alone: ``EL PASO, Texas -``, ``24 Nov -``), nor one
    ending in an article, a conjunction, ``of`` or a possessive (:data:`_NO_TITLE_ENDS`)."""
    return (
        MIN_TITLE_WORDS <= word_count(line, MAX_TITLE_WORDS) <= MAX_TITLE_WORDS
        and (not ends_sentence(line) or is_question(line) or _is_closed_title(line))
        and not line.endswith(_RUN_ON_ENDS)
        and line.rpartition(" ")[2].casefold() not in _NO_TITLE_ENDS
        and read_more_link(line) is None
        and republished_from(line) is None
    )


def _is_closed_title(line: str) -> bool:
    """True for a title in Title Case closed by one ``!`` or by an ellipsis, or of Title Case sentences closed by a
    full stop, which no sentence of a body is: ``Storm Knocks Out Power Across Three Counties!``, ``We Will Rebuild
    This Town…``, ``Port Sued Its Tenants. Then It Asked for a Bailout.``; or a title in headline grammar whose last
    full stop is an initialism's, a short one (``Astronaut Jane Doe back in U.S.``, ``Jobless claims fall in D.C.``)."""
    end = line.rstrip(_TITLE_CLOSERS)
    if _CLOSING_INITIALISM.search(end) is not None:  # "Astronaut back in U.S.": the stop is the initialism's
        return word_count(end, _MAX_INITIALISM_TITLE_WORDS + 1) <= _MAX_INITIALISM_TITLE_WORDS and is_headlinese(end)
    if end.endswith(".") and "," not in end and ". " in end:  # two sentences in Title Case: "… Patients. Then It Asked …"
        return all(is_title_case(part) for part in end.split(". "))
    return end.endswith(_TITLE_MARKS) and not end.endswith(("!!", "?!", "!?")) and is_title_case(end)


def is_dated_title(lines: Sequence[PageLine], i: int) -> bool:
    """True for a title that closes with a clock time (``Counting resumes at 8 a.m.``), its full stop
    ending no sentence, right over a date line."""
    title = lines[i].clean
    if not (closes_with_meridiem(title) and is_title(title[:-1])):
        return False
    after = next_content(lines, i)
    return after is not None and after.kind is LineKind.DATE


def _is_over_glued_date(lines: Sequence[PageLine], i: int) -> bool:
    """True for a fragment of title length right over a line that opens with a date run into its first word: a
    short title over its dated standfirst (``Sauerland verdict`` / ``March 4, 2010A German court has …``)."""
    title = lines[i].clean
    if not is_fragment(title) or not MIN_TITLE_WORDS <= word_count(title, MAX_TITLE_WORDS + 1) <= MAX_TITLE_WORDS:
        return False
    after = next_content(lines, i)
    return after is not None and after.kind is LineKind.TEXT and glued_date(after.clean) is not None


#: A second headline restating the title has at least this many words other than minor ones ...
_MIN_RESTATED_WORDS = 3
#: ... and at least this share of them are the title's.
_RESTATED_SHARE = 0.6
#: A word of a headline, numbers too (``Bolt gets gold in 200``).
_HEADLINE_WORD = lazy_compile(r"[^\W_][\w’'-]*")
#: A plural's or possessive's ending, which two wordings of one headline may differ by (``Seniors``, ``Senior``).
_WORD_ENDINGS = ("’s", "'s", "s")


def _headline_words(line: str) -> set[str]:
    """The words of ``line`` other than minor ones, casefolded, without a plural's or possessive's ending: what
    two wordings of one headline share (``Seniors protest rent rise`` and ``Senior citizens protest against rent
    rise``)."""
    words = set()
    for word in _HEADLINE_WORD.findall(line.casefold()):
        if word not in _MINOR_WORDS:
            stem = next((word.removesuffix(end) for end in _WORD_ENDINGS if word.endswith(end) and len(word) > len(end) + 2), word)
            words.add(stem)
    return words


def restates_title(line: str, title: str) -> bool:
    """True for a second headline under the title, as sites print a shorter or search-engine wording of it above
    the standfirst: a line ending no sentence, of :data:`_MIN_RESTATED_WORDS` words or more, mostly the title's
    (:data:`_RESTATED_SHARE`; minor words and a plural's ending aside): ``Seniors protest rent rise at Elm Court``
    under ``Senior citizens protest against rent rise at Elm Court housing complex``."""
    if ends_sentence(line):
        return False
    words = _headline_words(line)
    return len(words) >= _MIN_RESTATED_WORDS and len(words & _headline_words(title)) >= _RESTATED_SHARE * len(words)


def is_title_case(line: str) -> bool:
    """True when most words of ``line`` other than minor ones are capitalised, as in English titles."""
    words = [w for w in _WORD.findall(line) if w.lower() not in _MINOR_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def is_headlinese(line: str) -> bool:
    """True for a title in headline grammar: no articles or auxiliary verbs (``Charges in violent arrest
    bumped to Superior Court``, ``Port to close for repairs``), which a digest's summary sentence has; an
    acronym in capitals is none of them (``Police charge man over IS posts``), nor ``have`` or ``be`` after
    ``to`` (``Hundreds of migrants believed to have drowned off Libya``), nor words a title quotes (``'I have wept
    tears of relief,' Ann Lee says after court ruling``)."""
    capitals = line.isupper()
    counted = MIN_HEADLINESE_WORDS <= len(_WORD.findall(line)) <= MAX_HEADLINESE_WORDS
    if ("'" in line or "‘" in line or '"' in line or "“" in line) and counted:
        line = _QUOTED.sub(" ", line)  # "'I have wept,' Ann Lee says after …": the quoted words are the speaker's grammar
    words = [w.lower() if capitals or not (len(w) > 1 and w.isupper()) else w for w in _WORD.findall(line)]
    if not counted or _HEADLINE_OMITS.isdisjoint(words):
        return counted
    return not any(w in _HEADLINE_OMITS and not (w in _INFINITIVES and before == "to") for before, w in zip(["", *words], words))


def is_articled_headline(line: str) -> bool:
    """True for a title in headline grammar that keeps its articles: one clause of standfirst length, at most
    :data:`MAX_ARTICLED_HEADLINE_WORDS` words (shorter ones are titles anyway), no comma, no auxiliary verb and no
    past report (``Senate approves spending bill in last roll call vote of the year``, ``Bowlers take the honours
    on opening day``); a digest's summary sentence has them (``The country's leader also said he doesn't …``)."""
    if "," in line:
        return False
    words = [w.lower() for w in _WORD.findall(line)]
    return (
        MIN_STANDFIRST_WORDS <= len(words) <= MAX_ARTICLED_HEADLINE_WORDS
        and _AUXILIARIES.isdisjoint(words)
        and not any(w.endswith(("n't", "n’t")) for w in words)
    )


def is_label(line: str) -> bool:
    """True for a line shaped like a section label or kicker: very short, starting in lower case,
    or a few words in capitals (``PRESS RELEASES``) or capitalised and joined by ``&`` or ``and``
    (``Crime & Courts``, ``Arts and Entertainment``) or a breadcrumb's mark (``Qatar / Courts``, ``News › World``),
    or capitalised and closed by a qualifier in
    brackets (``Second Division (Wales)``)."""
    words = word_count(line, MAX_CAPS_LABEL_WORDS)
    return (
        words <= MAX_LABEL_WORDS
        or line[:1].islower()
        or (words <= MAX_CAPS_LABEL_WORDS and (line.isupper() or _is_joined_section(line)))
        or (line.endswith(")") and words <= MAX_CAPS_LABEL_WORDS and _QUALIFIED_SECTION.fullmatch(line) is not None)
        or _is_crumb_label(line)
    )


def _is_crumb_label(line: str) -> bool:
    """True for a breadcrumb of two or three sections, each of a few capitalised words or numbers
    (``Hong Kong / Law and Crime``, ``Campaign 2026 / Senate``, ``Local News / Courts & Crime``)."""
    items = [item.split() for item in _CRUMB_MARK.split(line)]
    return _MIN_CRUMBS <= len(items) <= _MAX_CRUMBS and all(
        0 < len(item) <= _MAX_CRUMB_WORDS and all(w[:1].isupper() or w.isdigit() or w in _SECTION_JOINERS for w in item)
        for item in items
    )


def _is_joined_section(line: str) -> bool:
    """Capitalised sections joined by ``&`` or ``and`` (``Crime & Courts``), the last word maybe the common noun they
    share after an ampersand (``UK & World politics``; not ``Peace and quiet``, a title)."""
    words = line.split()
    last = words[-1]
    return any(w in _SECTION_JOINERS for w in words[1:-1]) and (last[:1].isupper() or (last.isalpha() and "&" in words)) and all(
        w[:1].isupper() or w in _SECTION_JOINERS for w in words[:-1]
    )


def _is_issuer(line: str) -> bool:
    """True for a body's name, a few capitalised words joined by ``of`` (``Department of Transportation``,
    ``School of Medicine``): above a date line or byline it issues a release and is no title."""
    words = line.split()
    return len(words) <= MAX_CAPS_LABEL_WORDS and "of" in words[1:-1] and all(w[:1].isupper() or w == "of" for w in words)


#: How many menu items under a line, one a line, make it the site's name over its menu.
_MENU_COLUMN = 4
#: A menu item printed on a line of its own has at most this many words (``Personal Finance``).
_MAX_MENU_ITEM_WORDS = 3


def find_title(lines: Sequence[PageLine], start: int = 0) -> int | None:
    """Where the title is among the lines from ``start``: the first text line, past labels above
    another title-shaped line, a byline or a date line.  Where that line is not set off as a title
    (:func:`is_set_off`), a title-shaped line that is, among the next :data:`MAX_LEAD_LINES` text
    lines, is the title: the line above it is a menu, a banner or a site's slogan.  A title-shaped
    label above a byline is the title when no title follows.  None when there is no title."""
    above_byline: int | None = None
    names = _repeated_names(lines, start)
    listed = listed_posts(lines, start)
    masthead = False  # a source's name printed twice above: its copy and the writer's bare name under it are no title
    opening = True  # no text line read yet: a label opening the page may stand over the title
    for i in range(start, len(lines)):
        pl = lines[i]
        if pl.kind is not LineKind.TEXT or i in listed or _is_newsletter_name(lines, i) or pl.clean in names or _is_cut_copy(lines, i):
            continue
        if opening and _is_opening_label(lines, i):
            continue  # ``People in the News`` over ``Ex-senator sentenced to 11 years in prison`` over the lead
        opening = False
        if _over_menu_column(lines, i):
            continue  # the site's name over its menu, one item a line
        if _over_crumbed_title(lines, i):
            continue  # a site's slogan over ``Newsletter › Deals`` over the title and its byline
        if _is_doubled_masthead(lines, i) or (masthead and (is_bare_name(pl.clean) or pl.clean == lines[i - 1].clean)):
            masthead = True
            continue  # ``Daily Mirror`` twice, then ``Jane Doe``, over the title
        if pl.clean.endswith(_RUN_ON_DASHES) and word_count(pl.clean, _MAX_RUN_ON_WORDS) <= _MAX_RUN_ON_WORDS:
            continue  # a date or place of a few words running on after a dash above the title: ``24 Nov -``
        copy = _copy_below(lines, i)
        if copy is not None and not _standfirst_over_copy(lines, i, copy):
            return copy  # the article opens at the copy of a page's <title>; not over a standfirst printed above it
        if copy is None and is_title(pl.clean) and _cut_copy_below(lines, i):
            return i  # the title in full over its copy cut short (``… cocoa set at 1,500 CFA francs`` over ``… cocoa set``)
        if _is_printed_twice(lines, i):
            return _title_under_label(lines, i)  # the title again under its standfirst, or a section label again over the body
        under_meta = title_under_post_meta(lines, i)
        if under_meta is not None:
            return under_meta  # a blog's name or tagline above a post's meta line and its title
        label = is_label(pl.clean) or _is_section_label(lines, i)
        after = next_content(lines, i) if label or _is_issuer(pl.clean) else None
        if after is not None:
            if after.kind in DATED_KINDS:
                above_byline = i if above_byline is None and is_title(pl.clean) else above_byline
                continue
            if label and (is_title(after.clean) or is_label(after.clean)):
                continue  # a label above a title, or one of a column of menu items
        under_menu = _title_under_menu(lines, i)
        if under_menu is not None:
            return under_menu  # a site's slogan over its menu, then the title
        if is_title(pl.clean) and is_set_off(lines, i):
            return i
        lead = _set_off_title(lines, i)
        if lead is not None:
            return lead
        return i if is_title(pl.clean) or is_dated_title(lines, i) or _is_over_glued_date(lines, i) else above_byline
    return above_byline


#: The marks joining the sections of a breadcrumb trail: ``Newsletter › Deals``, ``News » Courts``, ``Home > World``.
_CRUMB_MARKS = ("›", "»", " > ")


def _over_crumbed_title(lines: Sequence[PageLine], i: int) -> bool:
    """True for a line over a breadcrumb trail of chrome, itself over a title-shaped line and its byline or date
    line (``Tech news for people who sign the checks`` / ``Newsletter › Deals`` / the title / ``— Sam Whitlow · …``):
    a site's slogan, not the title, which the trail stands right over."""
    if i + 3 >= len(lines):
        return False
    crumb, title, meta = lines[i + 1], lines[i + 2], lines[i + 3]
    return (
        crumb.kind is LineKind.CHROME and any(mark in crumb.clean for mark in _CRUMB_MARKS)
        and title.kind is LineKind.TEXT and is_title(title.clean) and meta.kind in DATED_KINDS
    )


def _over_menu_column(lines: Sequence[PageLine], i: int) -> bool:
    """True for a line right above a menu printed one item a line: the next :data:`_MENU_COLUMN` lines, with no blank
    line between, each of :data:`_MAX_MENU_ITEM_WORDS` words or fewer and ending no sentence, most of them chrome or
    a section's name of one word (``Premium Times`` over ``Home`` / ``News`` / ``Top News`` / ``Business``, ``Times of
    Malta`` over ``Home`` / ``National`` / ``World`` / ``Business``)."""
    if i + _MENU_COLUMN >= len(lines) or lines[i + _MENU_COLUMN].line.number - lines[i].line.number != _MENU_COLUMN:
        return False
    column = lines[i + 1 : i + 1 + _MENU_COLUMN]
    short = all(word_count(pl.clean, _MAX_MENU_ITEM_WORDS) <= _MAX_MENU_ITEM_WORDS and not ends_sentence(pl.clean) for pl in column)
    return short and 2 * sum(pl.kind is LineKind.CHROME or _is_one_word_item(pl) for pl in column) > _MENU_COLUMN


def _is_one_word_item(pl: PageLine) -> bool:
    """True for a menu item of one capitalised word, a section's name (``National``, ``Lifestyle``)."""
    return pl.kind is LineKind.TEXT and " " not in pl.clean and pl.clean[:1].isupper()


def _is_doubled_masthead(lines: Sequence[PageLine], i: int) -> bool:
    """True for a source's name printed twice, one line under the other (its logo's alt text, then its name: ``The
    Harbour Times``), a few words, above a longer title-shaped line among the next text lines before any sentence:
    an aggregator's masthead over the story it carries.  A short title printed twice over the body is none."""
    name = lines[i].clean
    if i + 1 >= len(lines) or lines[i + 1].clean != name or word_count(name, MAX_CAPS_LABEL_WORDS) > MAX_CAPS_LABEL_WORDS:
        return False
    for pl in itertools.islice(lines, i + 2, i + 2 + MAX_LEAD_LINES):
        if pl.kind is LineKind.TEXT and ends_sentence(pl.clean):
            return False
        if pl.kind is LineKind.TEXT and is_title(pl.clean) and word_count(pl.clean) >= MIN_HEADLINESE_WORDS:
            return True
    return False


def listed_posts(lines: Sequence[PageLine], start: int = 0) -> frozenset[int]:
    """Where the items are of a list of recent posts opening the page, above the title: from ``start``,
    :data:`MIN_LISTED_POSTS` lines or more, perhaps between chrome, each a headline closed by its date
    after a dash (``Tips for a good garden - November 6, 2020``).  Empty when the page opens otherwise."""
    items: list[int] = []
    for i in range(start, len(lines)):
        pl = lines[i]
        if pl.kind is LineKind.CHROME:
            continue
        if not _is_listed_post(pl.clean):
            break
        items.append(i)
    return frozenset(items) if len(items) >= MIN_LISTED_POSTS else frozenset()


def _is_listed_post(line: str) -> bool:
    found = find_date(line)
    return (
        found is not None
        and found.end == len(line)
        and line[: found.start].rstrip().endswith(_POST_DATE_SEPARATORS)
        and found.start > MIN_TITLE_WORDS * 2
    )


def _repeated_names(lines: Sequence[PageLine], start: int) -> frozenset[str]:
    """The lines of the page's head printed three times or more, once as chrome: a site's or blog's
    name, chrome under a box heading (``Market Minute``, ``Sponsored by``, ``Market Minute``, the
    title, ``Market Minute``).  A title printed three times, never as chrome, is no name."""
    chrome: set[str] = set()
    copies: dict[str, int] = {}
    for pl in itertools.islice(lines, start, start + 2 * MAX_LEAD_LINES):
        if pl.kind is LineKind.CHROME:
            chrome.add(pl.clean)
        copies[pl.clean] = copies.get(pl.clean, 0) + 1
    return frozenset(name for name in chrome if copies[name] >= MIN_NAME_COPIES)


def opens_with_item_number(line: str) -> bool:
    """True for a line opening with a list item's number: ``3. Ferry crews …``."""
    return _ITEM_NUMBER.match(line) is not None


def _is_cut_copy(lines: Sequence[PageLine], i: int) -> bool:
    """True for a breadcrumb's last item, the title cut short and perhaps numbered or closed by an
    ellipsis, right above the title in full: ``3. Union govt planning to build a`` or ``Union govt
    planning to build a...`` over ``Union govt planning to build a new office``."""
    line = lines[i].clean
    item = _ITEM_NUMBER.match(line)
    cut = (line[item.end() :] if item else line).removesuffix("...").removesuffix("…").rstrip()
    after = next_content(lines, i)
    return (
        after is not None
        and len(after.clean) > len(cut)
        and after.clean.startswith(cut + " ")
        and word_count(cut, MIN_CUT_COPY_WORDS) >= MIN_CUT_COPY_WORDS
    )


def _cut_copy_below(lines: Sequence[PageLine], i: int) -> bool:
    """True for a line whose next line of text is its copy cut short, of :data:`MIN_CUT_COPY_WORDS` words or more:
    ``Port sets the price of a tonne of coal at $80`` over ``Port sets the price of a tonne of coal``."""
    after = next_content(lines, i)
    if after is None or after.kind is not LineKind.TEXT:
        return False
    cut = after.clean.removesuffix("...").removesuffix("…").rstrip()
    return lines[i].clean.startswith(cut + " ") and word_count(cut, MIN_CUT_COPY_WORDS) >= MIN_CUT_COPY_WORDS


def _is_newsletter_name(lines: Sequence[PageLine], i: int) -> bool:
    """True for a newsletter's name, printed right above its tagline (``A weekly newsletter on …``)."""
    return i + 1 < len(lines) and lines[i + 1].kind is LineKind.CHROME and is_newsletter_tagline(lines[i + 1].clean)


def is_post_meta(pl: PageLine) -> bool:
    """True for a blog post's meta line, which blogs print above or under the post's title, with its
    date: ``Posted on August 21, 2026 by Jane Doe | Leave a comment``, ``May 9, 2026 | 4 Comments``."""
    if pl.kind not in _META_KINDS or pl.found is None:
        return False
    key = pl.clean.casefold()
    return key.startswith(_POST_META_OPENINGS) or _COMMENTS in key


def title_under_post_meta(lines: Sequence[PageLine], i: int) -> int | None:
    """Where the title is when a blog post's meta line follows ``lines[i]`` (perhaps the blog's name
    or tagline) and a title-shaped line follows the meta line, over the body or over a byline of its
    own (a republished story: ``By Jane Doe, CalMatters``), not a bulleted item (``• Fugitive arrested``); else None.  Where the meta line counts no comments, a line of standfirst
    length under it, longer than ``lines[i]``, is the standfirst under the title ``lines[i]``."""
    j = _index_after(lines, i)
    if j == len(lines) or lines[j].found is None or not is_post_meta(lines[j]):
        return None  # the cheap, common case: no dated line follows
    k = _index_after(lines, j)
    if not _is_text(lines, k) or not is_title(below := lines[k].clean) or below.startswith(BULLETS):
        return None  # no title under the meta line; a bulleted headline is a list's item
    if i >= 0 and _COMMENTS not in lines[j].clean.casefold() and is_standfirst(below):
        if word_count(below) > word_count(lines[i].clean):
            return None
    return k


def _is_section_label(lines: Sequence[PageLine], i: int) -> bool:
    """True for a section label of a few capitalised words (``Energy Transition Insights``) above the
    headline: a longer title-shaped line in headline grammar or Title Case, right above the byline or
    date line (a standfirst is neither)."""
    label = lines[i].clean
    if not MAX_LABEL_WORDS <= label.count(" ") < MAX_CAPS_LABEL_WORDS:
        return False  # the cheap, common case: a line of other length (it is collapsed: one space between words)
    words = label.split()
    if not is_capitalised(words) or not is_fragment(label):
        return False
    j = _index_after(lines, i)
    if not _is_text(lines, j) or not _is_above_byline(lines, j, under_standfirst=False):
        return False
    head = lines[j].clean
    return is_title(head) and word_count(head, len(words) + 1) > len(words) and (is_headlinese(head) or is_title_case(head))


def _is_opening_label(lines: Sequence[PageLine], i: int) -> bool:
    """True for a label opening the page (a section's or series' name, an archive's heading and its count:
    ``People in the News``, ``Entries in Emergency Landing (19)``), two to six capitalised words ending no
    sentence, right over a longer title in headline grammar or Title Case that stands over the lead or the
    byline.  A short title over its standfirst is none: a standfirst is prose, with articles and verbs."""
    label = _COUNT_CLOSE.sub("", lines[i].clean)
    if not MAX_LABEL_WORDS <= label.count(" ") + 1 <= MAX_CAPS_LABEL_WORDS + 2:
        return False
    words = label.split()
    if not all(w[:1].isupper() or w in _MINOR_WORDS for w in words) or not is_fragment(label):
        return False
    j = _index_after(lines, i)
    if not _is_text(lines, j):
        return False
    head = lines[j].clean
    if not (is_title(head) and word_count(head, len(words) + 2) > len(words) + 1 and (is_headlinese(head) or is_title_case(head))):
        return False
    k = _index_after(lines, j)
    return k < len(lines) and (lines[k].kind in DATED_KINDS or ends_sentence(lines[k].clean))


def is_set_off(lines: Sequence[PageLine], i: int) -> bool:
    """True when the title-shaped ``lines[i]`` carries a site name (`` | Site``), or a byline or
    date line follows it, perhaps under a standfirst and a bare name (the writer's)."""
    title = lines[i].clean
    return (
        (_SITE_BAR in title and word_count(title.split(_SITE_BAR)[0]) >= MIN_BARRED_TITLE_WORDS)
        or _is_above_byline(lines, i, under_standfirst=True)
    )


def _copy_below(lines: Sequence[PageLine], i: int) -> int | None:
    """Where the headline of a title printed with a site name, as a page's ``<title>`` (``Headline —
    Site``), or with the time since it was posted (``Headline 6 months ago``), is printed alone again on one of the next
    lines, else None."""
    title = lines[i].clean
    ago = _TIME_AGO.search(title)
    cut = ago.start() if ago is not None else max(map(title.rfind, _SITE_SEPARATORS))
    if cut < 0 or ends_sentence(title) or word_count(title[:cut], MIN_BARRED_TITLE_WORDS) < MIN_BARRED_TITLE_WORDS:
        return None
    head = title[:cut]
    end = min(len(lines), i + 1 + MAX_LEAD_LINES)
    return next((j for j in range(i + 1, end) if lines[j].clean == head), None)


def _standfirst_over_copy(lines: Sequence[PageLine], i: int, copy: int) -> bool:
    """True where the one text line between a page's ``<title>`` at ``i`` and its copy at ``copy`` is a standfirst:
    of standfirst length and longer than the title (``Finland to spend billions … — RT World News`` / ``Helsinki
    says the project will cost …`` / ``Finland to spend billions …``). The title then opens the article, the
    standfirst under it, and the copy is dropped."""
    between = [k for k in range(i + 1, copy) if lines[k].kind is LineKind.TEXT]
    if len(between) != 1:
        return False
    line = lines[between[0]].clean
    words = word_count(line, MAX_STANDFIRST_WORDS + 1)
    return MIN_BYLINED_STANDFIRST_WORDS <= words <= MAX_STANDFIRST_WORDS and words > word_count(lines[copy].clean) and not is_label(line)


def _is_printed_twice(lines: Sequence[PageLine], i: int) -> bool:
    """True for a title-shaped line printed again, alone, among the next few text lines, before any
    line that ends a sentence: a page's title over its standfirst, then its copy (``Serbia will not
    join sanctions – Vucic``, the standfirst, the same line again)."""
    title = lines[i].clean
    if not is_title(title):
        return False
    looked = 0
    for j in range(i + 1, len(lines)):
        pl = lines[j]
        if pl.kind is not LineKind.TEXT:
            continue
        if pl.clean == title:
            return True
        looked += 1
        if looked == MAX_LEAD_LINES or ends_sentence(pl.clean):
            return False
    return False


def is_standfirst_above_byline(lines: Sequence[PageLine], i: int) -> bool:
    """True for a standfirst under the title that a byline or date line follows, perhaps under a
    bare name: a sentence, or a fragment of standfirst length (a kicker is shorter)."""
    clean = lines[i].clean
    long_enough = word_count(clean, MIN_BYLINED_STANDFIRST_WORDS) >= MIN_BYLINED_STANDFIRST_WORDS
    return (ends_sentence(clean) or long_enough) and _is_above_byline(lines, i, under_standfirst=False)


def is_standfirst_above_dateline(lines: Sequence[PageLine], i: int) -> bool:
    """True for a standfirst of a sentence or two under the title, right above a body that opens with a
    news dateline (``CAPE COAST —``), perhaps with a republication note between them: a wire-style body
    starts at its dateline, so the line above it is none of the body."""
    clean = lines[i].clean
    words = word_count(clean, MAX_STANDFIRST_WORDS)
    if not MIN_BYLINED_STANDFIRST_WORDS <= words <= MAX_STANDFIRST_WORDS or opens_with_dateline(clean):
        return False
    j = _index_after(lines, i)
    while _is_text(lines, j) and republished_from(lines[j].clean) is not None:
        j = _index_after(lines, j)
    return _is_text(lines, j) and opens_with_dateline(lines[j].clean)


def _index_after(lines: Sequence[PageLine], i: int) -> int:
    """The index of the first line after ``lines[i]`` that is not chrome (``len(lines)`` if none)."""
    for j in range(i + 1, len(lines)):
        if lines[j].kind is not LineKind.CHROME:
            return j
    return len(lines)


def _title_under_label(lines: Sequence[PageLine], i: int) -> int:
    """``i``, or the title right under it when ``lines[i]`` is a section label (``Autos & Transportation``)
    and that title stands right above the byline or date line: the label is set off only through it; so does a
    section label of a few capitalised words (:func:`_is_section_label`: ``Future of Business``), and a label in
    capitals over a title that is not (``CRIME & COURTS`` over ``Fund founder sentenced to 18 years``: titles are
    not printed in capitals under a kicker that is), or a section's names joined by ``&`` or ``and`` (``Science &
    Health``).  A date line may stand between the label and the title, the writer's bare name then under the
    title (``Courts`` / ``Tuesday, 28 January 2025`` / the title / ``Jane Doe``)."""
    if _is_section_label(lines, i):
        return _index_after(lines, i)
    label = lines[i].clean
    if not is_label(label):
        return i
    j = _index_after(lines, i)
    if j < len(lines) and lines[j].kind is LineKind.DATE:
        j = _index_after(lines, j)
        dated_title = _is_text(lines, j) and is_title(lines[j].clean) and _is_text(lines, k := _index_after(lines, j))
        return j if dated_title and is_writer(lines[k].clean) else i
    if not (_is_text(lines, j) and is_title(lines[j].clean)):
        return i
    kicker = label.isupper() or _is_joined_section(label)
    if kicker and lines[j].clean == label:
        return _title_under_label(lines, j)  # the section's name in the menu, then again over the title
    if _is_above_byline(lines, j, under_standfirst=False) or (kicker and not lines[j].clean.isupper()):
        return j
    return i


def _set_off_title(lines: Sequence[PageLine], start: int) -> int | None:
    """The first title-shaped line set off as a title among the :data:`MAX_LEAD_LINES` text lines
    after ``lines[start]``, above the first byline or date line and the first line that ends a sentence."""
    looked = 0
    for i in range(start + 1, len(lines)):
        pl = lines[i]
        if pl.kind in DATED_KINDS or looked == MAX_LEAD_LINES:
            return None
        if pl.kind is not LineKind.TEXT:
            continue
        looked += 1
        if _is_writers_desk(lines, i):
            continue  # "Local Democracy Reporting Service" under the writer's name
        if is_title(pl.clean) and (is_set_off(lines, i) or _is_under_kicker(lines, start, i)):
            under_menu = _title_under_menu(lines, i)  # a site's slogan under its name, over its menu and the title
            return _title_under_label(lines, i) if under_menu is None else under_menu
        if is_sentence_title(lines, i):
            return _title_under_label(lines, i)
        copy = _copy_below(lines, i) if is_title(pl.clean) else None
        if copy is not None:
            return copy  # the article opens at the copy of a page's <title>
        if ends_sentence(pl.clean):
            return None  # the body has begun
    return None


def _is_writers_desk(lines: Sequence[PageLine], i: int) -> bool:
    """True for the line between a writer's bare name and the byline's date line, the writer's desk or agency
    (``Helen Marchetti`` / ``Local Democracy Reporting Service`` / ``14:32, 7 NOV 2024``), and for that name: set
    off by the date line only, neither is the title."""
    after = next_content(lines, i)
    if after is None or after.kind not in DATED_KINDS:
        j = _index_after(lines, i)
        return is_bare_name(lines[i].clean) and _is_text(lines, j) and _is_writers_desk(lines, j) and j == i + 1
    desk = lines[i].clean.split()
    return (
        i > 0 and lines[i - 1].kind is LineKind.TEXT and is_bare_name(lines[i - 1].clean)
        and len(desk) <= _MAX_DESK_WORDS and is_capitalised(desk)
    )


#: A writer's desk or agency line under the name runs at most this many capitalised words.
_MAX_DESK_WORDS = 5


def _title_under_menu(lines: Sequence[PageLine], i: int) -> int | None:
    """Where the title is when a menu row follows ``lines[i]`` (a site's slogan: ``Serving the coast
    since 1921``) and a title-shaped line under the menu, no section's label, stands over a sentence of the
    body, over a byline, date or post's meta line, or over a longer standfirst above one; or, for a slogan
    right under the site's name at the top of the page, when a section's label in chrome follows it (``LOCAL
    NEWS``) and the title-shaped line under it stands right over a byline, date or meta line (under a title, a
    label such as ``Synopsis`` opens its standfirst); else None."""
    j = _index_after(lines, i)
    if not _is_text(lines, j) or not is_title(lines[j].clean) or is_label(lines[j].clean):
        return None
    k = _index_after(lines, j)
    dated = k < len(lines) and lines[k].kind in _META_KINDS
    if not any(_is_menu_row(lines[m]) for m in range(i + 1, j)):
        return j if dated and _is_under_site_name(lines, i) and any(is_label(lines[m].clean) for m in range(i + 1, j)) else None
    return j if dated or (_is_text(lines, k) and (ends_sentence(lines[k].clean) or _is_standfirst_under(lines, j, k))) else None


def _is_standfirst_under(lines: Sequence[PageLine], title: int, k: int) -> bool:
    """True for a standfirst at ``k`` right under the title, longer than it, above a byline or date line (a
    widget's short label, ``Closings & Delays (3)``, then chrome, over a title and its date line is no title)."""
    return k == title + 1 and word_count(lines[k].clean) > word_count(lines[title].clean) and is_standfirst_above_byline(lines, k)


def _is_under_site_name(lines: Sequence[PageLine], i: int) -> bool:
    """True for a line right under the site's name, a few words that end no sentence, among the page's
    first :data:`_MAX_MASTHEAD_LINES` lines."""
    if not 0 < i < _MAX_MASTHEAD_LINES:
        return False
    name = lines[i - 1].clean
    return word_count(name, _MAX_SITE_NAME_WORDS + 1) <= _MAX_SITE_NAME_WORDS and not ends_sentence(name)


def _is_menu_row(pl: PageLine) -> bool:
    """True for site chrome shaped like a menu row of sections: items between bars, or three or more
    capitalised words (``Home About Archive Contact``), not all of them share buttons (``Share | Email``),
    a breadcrumb trail (``Home / Council / Budget 2027``), or the menu's button in a short row (``Menu Search``)."""
    if pl.kind is not LineKind.CHROME:
        return False
    clean = pl.clean
    words = clean.split()
    if len(words) < MIN_MENU_ROW_WORDS and _MENU_BUTTON in map(str.casefold, words):
        return True
    return (
        is_menu(clean)
        or (len(words) >= MIN_MENU_ROW_WORDS and is_capitalised(words) and not ends_sentence(clean))
        or is_crumb_trail(clean)
    ) and not is_share_row(clean)


def is_sentence_title(lines: Sequence[PageLine], i: int) -> bool:
    """True for a title that ends a sentence (``Stop building tunnels. Fix the trains.``): a short line
    right under site chrome (a menu) and right above a byline or date line."""
    after = _index_after(lines, i)
    return (
        0 < i
        and lines[i - 1].kind is LineKind.CHROME
        and after == i + 1 < len(lines)
        and lines[after].kind in DATED_KINDS
        and word_count(lines[i].clean, MAX_SENTENCE_TITLE_WORDS) <= MAX_SENTENCE_TITLE_WORDS
    )


def _is_under_kicker(lines: Sequence[PageLine], kicker: int, i: int) -> bool:
    """True for the title-shaped ``lines[i]`` under a kicker of a few words (``The Big Read``), longer
    than it, when a standfirst follows it and the body follows that."""
    kicker_words = word_count(lines[kicker].clean, MAX_CAPS_LABEL_WORDS + 1)
    if kicker_words > MAX_CAPS_LABEL_WORDS or word_count(lines[i].clean, kicker_words + 1) <= kicker_words:
        return False
    j = _index_after(lines, i)
    k = _index_after(lines, j)
    return _is_text(lines, j) and is_standfirst(lines[j].clean) and _is_text(lines, k) and ends_sentence(lines[k].clean)


def is_standfirst(line: str) -> bool:
    """True for a one-sentence standfirst: enough words but not a paragraph's many (a paragraph closed by
    a wire's credit, ``… standards for libel. Associated Press``, ends no sentence either), no final full stop."""
    return MIN_STANDFIRST_WORDS <= word_count(line, MAX_STANDFIRST_WORDS + 1) <= MAX_STANDFIRST_WORDS and is_fragment(line)


def is_dated_caption(line: str) -> bool:
    """True for a wire photo's caption printed without its credit, which closes with the place and the
    day the photo was taken, no ``on`` between them: ``… from Joint Base Andrews, Maryland, U.S.
    November 3, 2017.``; not ``… will vote on November 3, 2026.`` nor ``… on Tuesday November 3, 2026.``"""
    m = _CAPTION_DATE.search(line[-_CAPTION_DATE_CHARS:])
    return (
        m is not None
        and m["place"] not in _WEEKDAYS
        and word_count(line, MIN_DATED_CAPTION_WORDS) >= MIN_DATED_CAPTION_WORDS
    )


def is_day_caption(line: str) -> bool:
    """True for a photo caption printed without a full stop, a noun phrase closed by where and the day
    the photo was taken (``Firefighters at the scene on Monday``, ``Crowds outside the court on Friday
    morning``); not a question (``What happened at the port on Monday``).  A section heading closes
    with no such day; the reader drops such a line only between two paragraphs."""
    return (
        is_fragment(line)  # the cheapest check first: most lines of a body end a sentence
        and MIN_DAY_CAPTION_WORDS <= word_count(line, MAX_DAY_CAPTION_WORDS) <= MAX_DAY_CAPTION_WORDS
        and not line.startswith(_QUESTION_OPENINGS)
        and _CAPTION_DAY.search(line[-_CAPTION_DAY_CHARS:]) is not None
    )


def is_key_points(lines: Sequence[PageLine], i: int) -> bool:
    """True for the first of a standfirst's key points: a bulleted line (``• ``, ``- ``) that ends no sentence,
    over another bulleted line (``- Profits beat estimates`` over ``- Brokers upgrade the shares``).  Two
    bullets or more are no one-line standfirst; a live page's bulleted sentences are its text."""
    line = lines[i].clean
    if not line.startswith(BULLETS) or not is_fragment(line):
        return False
    after = next_content(lines, i)
    return after is not None and after.kind is LineKind.TEXT and after.clean.startswith(BULLETS)


def is_fragment(line: str) -> bool:
    """True for a line that neither ends a sentence nor leads into the next line with a colon."""
    return not ends_sentence(line) and not line.endswith(":")


def uses_blank_lines(lines: Iterable[Line]) -> bool:
    """True when most paragraphs of a page (its non-blank lines, read once) are separated by blank lines
    rather than single newlines."""
    gaps = wide = 0
    for a, b in itertools.pairwise(lines):
        gaps += 1
        wide += b.number - a.number > 1
    return wide * 2 > gaps


def _index_after_notes(lines: Sequence[PageLine], i: int) -> int:
    """:func:`_index_after`, past republication notes too (``This article first appeared in …``)."""
    j = _index_after(lines, i)
    while _is_text(lines, j) and republished_from(lines[j].clean) is not None:
        j = _index_after(lines, j)
    return j


def _is_above_byline(lines: Sequence[PageLine], i: int, *, under_standfirst: bool) -> bool:
    """True when a byline or date line follows ``lines[i]``, perhaps under a bare name (the
    writer's) and, when ``under_standfirst``, under a standfirst before that; or the writer's bare name
    printed twice (an avatar's label, then the byline); a republication note between them is furniture
    and stands in no way."""
    j = _index_after_notes(lines, i)
    if under_standfirst and _is_text(lines, j) and not is_writer(lines[j].clean):
        if any(_is_menu_row(lines[k]) for k in range(i + 1, j)):
            return False  # a site's slogan above its menu: a title and its standfirst have no menu between them
        below = lines[j].clean
        if word_count(below, MAX_STANDFIRST_WORDS) > MAX_STANDFIRST_WORDS or _is_title_under(lines[i].clean, below):
            return False
        if (j > i + 1 or _is_section_kicker(lines[i].clean)) and _is_label_over(lines[i].clean, below):
            return False  # a kicker, chrome (``Listen · 4:12``) or a section's name (``Shots - Health News``), then the title
        j = _past_key_points(lines, i, j)
    if _is_text(lines, j) and is_label(lines[j].clean) and not is_writer(lines[j].clean):
        after = _index_after_notes(lines, j)  # a section's label between them: ``Science`` over ``Jane Doe``
        j = after if _is_text(lines, after) and is_writer(lines[after].clean) else j
    if _is_text(lines, j) and (is_writer(lines[j].clean) or is_desk_credit(lines[j].clean)):
        name = lines[j].clean
        j = _index_after_notes(lines, j)
        if _is_text(lines, j) and lines[j].clean == name:
            return True  # the writer's name printed twice, an avatar's label and the byline
        if _is_text(lines, j) and _is_writer_detail(lines[j].clean):
            j = _index_after(lines, j)  # where the writer files from or their address: ``Jane Doe``, then ``Oslo``
    return j < len(lines) and lines[j].kind in DATED_KINDS


def _past_key_points(lines: Sequence[PageLine], i: int, j: int) -> int:
    """The line after the standfirst at ``j`` under the title at ``i``, or after the key points it opens under a
    tabloid's long title (:data:`_MIN_POINTED_TITLE_WORDS` words or more): two to :data:`_MAX_KEY_POINTS` lines printed
    right under one another, each a fragment of :data:`_MIN_KEY_POINT_WORDS` words or more, no longer than a standfirst
    (a tabloid's points, printed without bullets)."""
    after = _index_after_notes(lines, j)
    if word_count(lines[i].clean, _MIN_POINTED_TITLE_WORDS) < _MIN_POINTED_TITLE_WORDS:
        return after
    end, points = j, 0
    while points < _MAX_KEY_POINTS and _is_key_point(lines, end) and (points == 0 or lines[end].line.number == lines[end - 1].line.number + 1):
        points += 1
        end = _index_after_notes(lines, end)
    return end if points >= _MIN_KEY_POINTS else after


def _is_key_point(lines: Sequence[PageLine], k: int) -> bool:
    """True for a line that may be one of a tabloid's key points under its title: a fragment of standfirst length."""
    line = lines[k].clean if _is_text(lines, k) else ""
    words = word_count(line, MAX_STANDFIRST_WORDS)
    return is_fragment(line) and _MIN_KEY_POINT_WORDS <= words <= MAX_STANDFIRST_WORDS and not is_writer(line)


#: A tabloid's key points under its title: how many, the fewest words of each, and the fewest of the title over them.
_MIN_KEY_POINTS, _MAX_KEY_POINTS, _MIN_KEY_POINT_WORDS, _MIN_POINTED_TITLE_WORDS = 3, 5, 6, 14


def is_author_box(lines: Sequence[PageLine], i: int) -> bool:
    """True for an author box closing a post: the writer's name (``Jane Doe``) over their role (a byline with no
    date: ``Reporter``) over their bio, which opens with their name (``Jane Doe is a reporter at …``)."""
    name = lines[i].clean
    j = next((k for k in range(i + 1, len(lines)) if lines[k].kind is not LineKind.CHROME), len(lines))
    if not is_name(name) or j == len(lines) or lines[j].kind is not LineKind.BYLINE or lines[j].found is not None:
        return False
    bio = next_content(lines, j)
    return bio is not None and bio.kind is LineKind.TEXT and bio.clean.startswith((f"{name} is ", f"{name.split()[-1]} is "))


def is_writer(line: str) -> bool:
    """True for the writer's bare name, perhaps with where they report from (``Jane Doe``, ``Tom Ashdown at
    Edgbaston``, ``Ana Ruiz in Kyiv``: a name, ``at``, ``in`` or ``from``, and one to three capitalised words; or a
    comma or a dash and those words: ``Ana Ruiz, Lima``, ``Ken Mori — Tokyo``) or their outlet in brackets (``Dian Pratiwi (The Jakarta Post)``); or
    two or three such writers between bars (``Ana Ruiz, Lima | Tom Vale, London``).  Never a line ending in a colon,
    which labels what follows (``Governor Andrew Bailey:`` over his quotes)."""
    if line.endswith(":"):
        return False
    if " | " in line:
        parts = line.split(" | ")
        return len(parts) <= _MAX_BARRED_WRITERS and all(" | " not in part and is_writer(part) for part in parts)
    name, bracket, outlet = line.partition(" (")
    if bracket and outlet.endswith(")") and 0 < len(outlet_words := outlet[:-1].split()) <= _MAX_WRITER_PLACE_WORDS + 1:
        line = name if is_capitalised(outlet_words) else line
    if is_name(line):
        return True
    cut = _WRITER_PLACE_SEPARATOR.search(line)
    if cut is not None and is_name(line[: cut.start()]) and 1 <= len(words := line[cut.end() :].split()) <= _MAX_WRITER_PLACE_WORDS:
        return is_capitalised(words)
    words = line.split()
    at = next((k for k, word in enumerate(words) if word in PLACE_OPENERS), None)
    if at is None:
        return False
    place = words[at + 1 :]
    return is_name(" ".join(words[:at])) and 1 <= len(place) <= _MAX_WRITER_PLACE_WORDS and is_capitalised(place)


def is_desk_credit(line: str) -> bool:
    """True for a news agency or desk credited alone on its line, a few capitalised words closed by a word of
    the trade: ``Harbour Press Service``, ``Coast News Agency``, ``Business Desk``."""
    words = line.split()
    return (
        1 < len(words) <= _MAX_DESK_WORDS
        and words[-1] in _DESK_WORDS
        and is_capitalised(words)
        and not ends_sentence(line)
    )


#: The words of the trade that close an agency's or a desk's name.
_DESK_WORDS = frozenset({"Press", "Service", "Agency", "Agencies", "Wire", "Newswire", "Bureau", "Desk"})
#: The most words of the place a writer's name is printed with (``Tom Ashdown at Edgbaston``).
_MAX_WRITER_PLACE_WORDS = 3
#: What sets a writer's place apart from the name on one line: a comma or a dash (``Ana Ruiz, Lima``, ``Ken Mori — Tokyo``).
_WRITER_PLACE_SEPARATOR = lazy_compile(r", | [—–] ")
#: The most writers one line names between bars (``Ana Ruiz, Lima | Tom Vale, London``).
_MAX_BARRED_WRITERS = 3


def _is_writer_detail(line: str) -> bool:
    """True for a detail alone on its line under the writer's name: the place they file from, a few
    capitalised words (``Oslo``, ``New Delhi``), or their address (``jdoe@example.org``, ``@jdoe``)."""
    words = line.split()
    if len(words) == 1 and "@" in line:
        return True
    return 0 < len(words) <= MAX_LABEL_WORDS and is_capitalised(words) and not ends_sentence(line)


def _is_section_kicker(line: str) -> bool:
    """True for a section's name with its desk after a separator, fewer words before it than a title with its
    site's name has (``Shots - Health News``, ``Markets | Asia``)."""
    cut = max(map(line.find, _SITE_SEPARATORS))
    return cut > 0 and word_count(line[:cut], MIN_BARRED_TITLE_WORDS) < MIN_BARRED_TITLE_WORDS


def _is_label_over(line: str, below: str) -> bool:
    """True when ``line``, set off by chrome from the title-shaped ``below``, reads as a section label or
    kicker over it (``Ukraine war latest``, ``Shots - Health News``) rather than as the title over its
    standfirst: a few words, fewer than ``below`` has, which is in headline grammar, with no articles or
    auxiliary verbs, or in Title Case (a standfirst is prose: ``Fares to rise``, ``Share``, then
    ``Residents will pay more``)."""
    words = word_count(line, MAX_CAPS_LABEL_WORDS + 1)
    if words > MAX_CAPS_LABEL_WORDS or not is_title(below):
        return False
    below_words = [w.lower() for w in _WORD.findall(below)]
    if len(below_words) <= max(words, MIN_HEADLINESE_WORDS - 1):
        return False
    return _HEADLINE_OMITS.isdisjoint(below_words) or is_title_case(below)


def _is_title_under(line: str, below: str) -> bool:
    """True when ``below`` reads as the title under ``line``, a site's slogan or a kicker, rather than
    as its standfirst: a longer fragment, though too short for a standfirst."""
    below_words = word_count(below, MIN_STANDFIRST_WORDS)
    return below_words < MIN_STANDFIRST_WORDS and word_count(line, below_words) < below_words and is_fragment(below)


def _is_text(lines: Sequence[PageLine], j: int) -> bool:
    return j < len(lines) and lines[j].kind is LineKind.TEXT
