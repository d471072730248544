"""How well a page reads as one news article: the ``fit`` of the general layout and of outlet layouts."""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.bands import BARE, LIKELY, NONE, PROBABLE, UNLIKELY
from newsparse.lazy_regex import lazy_compile
from newsparse.page.chrome import LineKind, is_photo_caption
from newsparse.page.dates import glued_date
from newsparse.page.layout import (
    DATED_KINDS,
    MIN_STANDFIRST_WORDS,
    find_title,
    is_articled_headline,
    is_headlinese,
    is_label,
    is_set_off,
    is_standfirst,
    is_title_case,
    next_content,
)
from newsparse.page.lines import ends_sentence, opens_with_dateline, word_count
from newsparse.page.probe import PageLine

__all__ = ["article_fit", "FIT_WITH_LEAD", "FIT_HEADLINE", "FIT_DATED_BODY", "FIT_BODY", "FIT_BARE", "FIT_BARE_WEB"]

#: Fit of a title under a date line, or followed by a standfirst, a byline, a date line,
#: a copy of the title, a credited photo caption or a paragraph that opens with a dateline,
#: or carrying a site name.
FIT_WITH_LEAD = LIKELY
#: Fit of a title set off as one (Title Case, headline grammar, a label or site chrome such
#: as a menu above it) followed directly by the body; above a digest's opening summary line.
FIT_HEADLINE = PROBABLE
#: Fit of a page that opens with a byline or date line, then the body, or with a dateline.
FIT_DATED_BODY = PROBABLE
#: Fit of a page that opens inside the body of an article.
FIT_BODY = BARE
#: Fit of any other title followed directly by the body: as likely a digest's summary line.
FIT_BARE = UNLIKELY
#: Fit of such a title on a page that prints site chrome, a byline or a date line: a web page's article, which the
#: article reader reads better than the generic fallback does (it reads no chrome), where no digest claims the page.
FIT_BARE_WEB = BARE
#: A title followed directly by the body has at least this many words to fit at :data:`FIT_HEADLINE` for
#: its length alone: shorter than a standfirst, it is no digest's summary line (a shorter one is a heading).
MIN_SHORT_TITLE_WORDS = 4

#: A title closed by who said it names them in at most this many words (``… – health minister``).
MAX_SOURCE_WORDS = 3
#: A title's kicker before its colon has at most this many words (``Box Office Report: …``).
MAX_KICKER_WORDS = 3
#: A title closed by who says it after a comma names them in at most this many words, the verb with them
#: (``…, the Institute for Fiscal Studies warns``).
MAX_SAID_SOURCE_WORDS = 8

# Words no source closing a title holds: articles, auxiliaries and conjunctions (a list or a clause).
_SOURCE_OMITS = frozenset("a an the is are was were has have had be been will would and or nor but".split())
_SENTENCE_ENDS = (".", "?", "!", "…", '"', "”", "’", "'")
# A headline's teaser follows a spaced dash, and speaks to the reader with these words.
_DASHES = (" – ", " — ", " - ")
_READER_WORDS = frozenset({"you", "your", "yours", "you're", "you’re", "you've", "you’ve"})
# Verbs of saying in the present, which a headline closes with after its source or before it (``…, warns Cosla``).
_HEADLINE_SPEECH_VERBS = frozenset(
    "says warns claims insists admits argues urges tells reveals predicts suggests fears believes vows".split()
    + "say warn claim insist admit argue urge tell reveal predict suggest fear believe vow".split()  # "campaigners warn"
)
_EDGE = "\"“”‘’'.,;:!?()"
# A title's opening quotation, then a spaced dash or a colon and more words.
# An apostrophe between letters inside it closes nothing (``‘It’s a rip-off’: …``).
_QUOTED_OPENING = lazy_compile(r"[‘'“\"](?:[^‘’'“”\"]|(?<=\w)[’'](?=\w)){2,120}[’'”\"]\s*(?:\s[–—-]\s|:\s)\s*\w")
#: A photo caption under the title, or under the line below it, shows the page is an article.
_CAPTION_REACH = 3


def article_fit(lines: Sequence[PageLine]) -> float:
    """How well ``lines`` (from :meth:`~newsparse.page.probe.PageProbe.lines`) read as one news article."""
    first = next((i for i, pl in enumerate(lines) if pl.kind is not LineKind.CHROME), None)
    if first is None:
        return NONE
    if lines[first].kind in DATED_KINDS:
        after = next_content(lines, first)
        if after is not None and after.kind is LineKind.TEXT and ends_sentence(after.clean):
            return FIT_DATED_BODY
    at = find_title(lines, first)
    if at is None:  # the body's first line, past section labels above it (``Music``)
        opening = next((pl for pl in lines[first:] if pl.kind is LineKind.TEXT and not is_label(pl.clean)), None)
        if opening is None or not ends_sentence(opening.clean):
            return NONE
        return FIT_DATED_BODY if opens_with_dateline(opening.clean) else FIT_BODY
    title = lines[at].clean
    after = next_content(lines, at)
    if after is None:
        return FIT_BARE
    if (
        after.kind in DATED_KINDS
        or after.clean.casefold() == title.casefold()
        or is_standfirst(after.clean)
        or opens_with_dateline(after.clean)
        or glued_date(after.clean) is not None  # "March 4, 2010A German court …": a dated standfirst
        or is_set_off(lines, at)
        or _is_over_caption(lines, at)
    ):
        return FIT_WITH_LEAD
    above = lines[first:at]
    if any(pl.kind in DATED_KINDS for pl in above):
        return FIT_WITH_LEAD  # a date line above the title
    labelled = any(pl.kind is LineKind.TEXT for pl in above)
    if labelled or first > 0 or is_title_case(title) or is_headlinese(title) or _is_short_title(title):
        return FIT_HEADLINE
    if is_articled_headline(title) and not _another_opening(lines, at):
        return FIT_HEADLINE
    if _closes_with_teaser(title) or _opens_with_quotation(title) or _closes_with_source(title) or _opens_with_kicker(title):
        return FIT_HEADLINE
    if _names_said_source(title):
        return FIT_HEADLINE  # "…, the Institute for Fiscal Studies warns"
    return FIT_BARE_WEB if any(pl.kind is not LineKind.TEXT for pl in lines) else FIT_BARE


def _another_opening(lines: Sequence[PageLine], at: int) -> bool:
    """True when a line below the title ``lines[at]`` is shaped as it is and stands over a sentence: a live page's
    or a digest's next item, whose opening lines are as likely summaries."""
    for i in range(at + 1, len(lines)):
        if lines[i].kind is LineKind.TEXT and is_articled_headline(lines[i].clean):
            below = next_content(lines, i)
            if below is not None and ends_sentence(below.clean):
                return True
    return False


def _opens_with_quotation(title: str) -> bool:
    """True for a title that opens with a quotation, then a spaced dash or a colon and who said it or the
    story (``‘We are ready’ – minister …``, ``'Never again': residents …``): a headline's shape, which a
    digest's summary line, a sentence of news, does not print."""
    return _QUOTED_OPENING.match(title) is not None


def _closes_with_teaser(title: str) -> bool:
    """True for a title whose last clause, after a spaced dash, asks the reader a question or speaks to
    them (``… ferry delays – how does your crossing compare?``, ``… named - see if yours made the
    list``): a headline's teaser, which a digest's summary line, a sentence of news, does not print."""
    cut = max(title.rfind(dash) for dash in _DASHES)
    if cut < 0:
        return False
    teaser = title[cut + 3 :]
    return teaser.endswith("?") or not _READER_WORDS.isdisjoint(w.strip(_EDGE).casefold() for w in teaser.split())


def _closes_with_source(title: str) -> bool:
    """True for a title whose last words, after a colon or a spaced dash, name who said it: one to
    :data:`MAX_SOURCE_WORDS` words, no article, auxiliary, conjunction or comma (``Prices will keep rising:
    central bank``, ``We will not back down – Okafor``); a digest's summary line, a sentence of news, says
    ``…, the minister said`` instead.  A list after a colon (``… in two cities: Lagos and Accra``) is no source."""
    cut = max(title.rfind(": "), *(title.rfind(dash) for dash in _DASHES))
    if cut < 0:
        return False
    source = title[cut:].lstrip(":–—- ")
    words = source.split()
    return (
        0 < len(words) <= MAX_SOURCE_WORDS
        and word_count(title[:cut], MIN_SHORT_TITLE_WORDS) >= MIN_SHORT_TITLE_WORDS
        and source[:1].isalpha()
        and not source.endswith(_SENTENCE_ENDS)
        and "," not in source
        and _SOURCE_OMITS.isdisjoint(w.casefold() for w in words)
    )


def _opens_with_kicker(title: str) -> bool:
    """True for a title opened by a kicker of a few words, the first capitalised, and a colon (``Election Watch:
    turnout falls in three wards``, ``Exclusive: …``, ``Zoo director: …``, ``Budget 2027-28: …``): a headline's label,
    which a digest's summary line, a sentence of news, does not print."""
    kicker, colon, rest = title.partition(": ")
    words = kicker.split()
    return (
        bool(colon)
        and 0 < len(words) <= MAX_KICKER_WORDS
        and words[0][:1].isupper()
        and word_count(rest, MIN_SHORT_TITLE_WORDS) >= MIN_SHORT_TITLE_WORDS
    )


def _names_said_source(title: str) -> bool:
    """True for a title one of whose clauses after the first, set off by commas, names who says it with a verb of table
    :data:`_HEADLINE_SPEECH_VERBS` in the present, before or after them (``Schools face cuts, the Institute for Fiscal
    Studies warns``, ``Council tax freeze must be funded, warns Cosla``, ``Tenants 'priced out', charity warns, amid
    rent rises``): a headline's tense; a digest's summary line reports it done (``…, the minister has said``)."""
    clauses = title.split(", ")
    return any(
        1 < len(words := clauses[n].split()) <= MAX_SAID_SOURCE_WORDS
        and (words[0] in _HEADLINE_SPEECH_VERBS or words[-1] in _HEADLINE_SPEECH_VERBS)
        and word_count(", ".join(clauses[:n]), MIN_SHORT_TITLE_WORDS) >= MIN_SHORT_TITLE_WORDS
        and not clauses[n].endswith(_SENTENCE_ENDS)
        for n in range(1, len(clauses))
    )


def _is_short_title(title: str) -> bool:
    """True for a title too short for a digest's summary line (``Skipper fined for 17 breaches``), of
    one clause: a short sentence that reports who said it (``Troops advanced, the ministry said``) is none."""
    return MIN_SHORT_TITLE_WORDS <= word_count(title, MIN_STANDFIRST_WORDS) < MIN_STANDFIRST_WORDS and "," not in title


def _is_over_caption(lines: Sequence[PageLine], at: int) -> bool:
    """True when a photo caption closing with its credit (``… at the quay. PIC: Jane Doe``) stands right
    under the title ``lines[at]`` or a line or two below it, under the standfirst: a digest prints no photo
    between its summary line and the body."""
    return any(pl.kind is LineKind.CHROME and is_photo_caption(pl.clean) for pl in lines[at + 1 : at + 1 + _CAPTION_REACH])
