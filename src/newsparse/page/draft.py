"""The article under construction, as every layout reads it line by line."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

from newsparse.lazy_regex import lazy_compile
from newsparse.model import Article, RelatedLink, Span
from newsparse.page.chrome import LineKind, PageChrome, contact_name, is_link_row, is_name, opens_with_prompt
from newsparse.page.dates import DateMatch, find_date, weekday_reading
from newsparse.page.furniture import is_date_tail, is_source_pointer, publisher_note_site, read_more_link, related_link, republished_from, site_note, title_span
from newsparse.page.layout import is_title, opens_with_item_number
from newsparse.page.lines import dateline_date, ends_sentence, is_rate_note, leads_on, sentences, word_count
from newsparse.page.probe import PageLine
from newsparse.page.tallies import closes_with_tally
from newsparse.page.text import Line, collapse, folded, passage

__all__ = ["Draft", "MAX_CLOSING_HEADING_WORDS"]

#: The site footer's links closing the page, one a line (``My Account``, ``Connect with CBC``, ``YouTube``), are at
#: least this many, each of at most :data:`MAX_FOOTER_LINK_WORDS` words and ending no sentence.
MIN_FOOTER_LINKS = 4
MAX_FOOTER_LINK_WORDS = 4
#: A heading closing an article's body, with no paragraph under it, has at most this many words.
MAX_CLOSING_HEADING_WORDS = 10
#: Headlines listed under the body, as a widget prints them with no list heading, are at least this many ...
MIN_CLOSING_HEADLINES = 3
#: ... at least this many of them ending no sentence (the others may be teasers closed by a question).
MIN_OPEN_CLOSING_HEADLINES = 2
#: The fewest words of a paragraph cut off mid-sentence at the end of a page saved short (fewer: a heading's).
MIN_CUT_OFF_WORDS = 6
#: The end of a title repeated under it stands for the title with at least this many spaces (four words).
_MIN_TITLE_TAIL_SPACES = 3
# A breadcrumb printed before a copy of the title has at most this many words: ``Update news <title>``.
_MAX_TITLE_CRUMB_WORDS = 2
#: A label and its figure after a colon (``Adults: $2.50``, ``Turnout: 64%``): an item of data, no headline.
_DATA_ITEM = lazy_compile(r":\s*[$€£¥]?\d")
#: The most words of the name signing a copy of the title (``Title - Harbour Times``), and the signs before it.
_MAX_SIGNATURE_WORDS = 4
_SIGNS = frozenset("-–—|")
# How a date line printing when the article was published opens.
_PUBLISHED_LABELS = ("published", "first published")
#: Labels of the site's clock: a date so labelled above the title is today's, not the article's.
_CLOCK_LABELS = ("today",)


class Draft:
    """An article while its lines are being read: what it covers, its title, standfirst, paragraphs,
    related links, republication note and date.  ``chrome`` cuts site names off the title;
    ``above_title`` are the lines printed above it, the site's masthead among them."""

    def __init__(self, chrome: PageChrome | None = None, above_title: list[str] | None = None) -> None:
        self.chrome = chrome
        self.above_title = [line.casefold() for line in above_title or []]
        self.start: int | None = None
        self.end = 0
        self.title: Line | None = None
        self.title_copies: set[str] = set()
        self.summary: Line | None = None
        self.paragraphs: list[Line] = []
        self.related: list[RelatedLink] = []
        self.republished_from: str | None = None
        self.published: dt.date | dt.datetime | None = None
        self.clock_date = False  # the date taken is a date line's above the title: the site's clock, maybe
        self.footer_date: dt.date | dt.datetime | None = None
        self.ambiguous_date: DateMatch | None = None  # ``01/12/2026`` on the first date line
        self.day_first = False  # another date line prints its day first
        self.bylines: list[str] = []

    def cover(self, line: Line) -> None:
        """Extend the article over ``line``."""
        self.start = line.start if self.start is None else self.start
        self.end = line.end

    def add_related(self, link: RelatedLink, last: Line) -> None:
        """Take a related link printed down to ``last``."""
        self.related.append(link)
        self.cover(last)

    def date(self, pl: PageLine) -> None:
        """Take the date of a date line, byline or blog post's meta line before the body (the first
        date printed is the article's, though a byline's or a ``Published …`` line's under the title wins over a
        date line above the title, the site's clock), or of a footer or a ``Published …`` date line under it."""
        if pl.found is not None and pl.found.value is not None:
            self.day_first = self.day_first or pl.found.prints_day_first()
        if self.paragraphs and (pl.kind is LineKind.FOOTER or _is_published_line(pl)):
            self.footer_date = self.footer_date or pl.date
        elif not self.paragraphs:
            if self.published is None and pl.found is not None and pl.date is None:
                self.ambiguous_date = self.ambiguous_date or pl.found
            if self.clock_date and (pl.kind is LineKind.BYLINE or _is_published_line(pl)) and pl.date is not None and self.title is not None:
                self.published, self.clock_date = pl.date, False  # "Saturday, May 3, 2025" / title / "Desk, 20 Aug, 2014"
            if self.published is None and pl.date is not None:
                clock = pl.kind is LineKind.DATE or pl.clean.casefold().startswith(_CLOCK_LABELS) or _site_strip(self.chrome, pl.clean)  # "Today: Jan 24, 2020"
                self.published, self.clock_date = pl.date, clock and self.title is None
            if pl.kind is LineKind.BYLINE:
                self.bylines.append(pl.clean)

    def take_glued_date(self, found: DateMatch) -> None:
        """Take the date a standfirst opens with, run into its first word (``March 6, 2013The UNHCR said …``),
        unless a date was read above it."""
        self.published = self.published or found.value

    def _title_span(self, text: str) -> tuple[int, int]:
        return (0, len(text)) if self.chrome is None else title_span(self.chrome, text)

    def set_title(self, line: Line) -> None:
        """Take ``line`` as the title; the date a page's <title> prints after it (``Headline – Harbour
        Times – 06/27/2025``) is the article's, where no date was read before it."""
        self.title = line
        start, end = self._title_span(line.text)
        self.title_copies = {folded(line.text), folded(line.text[start:end])}
        tail = line.text[end:]
        found = find_date(tail) if self.published is None and tail.strip() else None
        if found is not None and found.value is not None and is_date_tail(tail[found.start :]):
            self.published = found.value

    def is_title_copy(self, clean: str) -> bool:
        """True for a line that repeats the title, with or without the site name (on either), or after a
        breadcrumb of a word or two (``Update news <title>``); its quotation marks may be printed plain
        (``'Fees' rise`` under ``‘Fees’ rise``)."""
        key = folded(clean)
        if key in self.title_copies or any(_is_crumbed_copy(key, copy) or _is_signed_copy(key, copy) for copy in self.title_copies):
            return True
        start, end = self._title_span(clean)
        return end - start < len(clean) and folded(clean[start:end]) in self.title_copies

    def retitle_from_tail(self, line: Line) -> bool:
        """Under a title with a breadcrumb trail glued before it (``HomeNationalReports contradicted``
        over ``Reports contradicted``), take the line repeating its end, of a few words at least (two after
        the site's section names: ``Home News Council backs plan`` over ``Council backs plan``), as the
        title, before any paragraph; False for any other line."""
        if self.title is None or self.paragraphs or self.summary is not None:
            return False
        title, clean = collapse(self.title.text).casefold(), line.clean.casefold()
        if len(clean) >= len(title) or not title.endswith(clean):
            return False
        if clean.count(" ") < _MIN_TITLE_TAIL_SPACES and not self._is_section_crumb(title[: len(title) - len(clean)], clean):
            return False
        self.set_title(line)
        return True

    def _is_section_crumb(self, head: str, tail: str) -> bool:
        """True for the site's section names glued before a title of two words or more (``Home News`` before
        ``Council backs plan``), as a breadcrumb prints them: the title's end, however short, is the title."""
        words = head.split()
        return (
            self.chrome is not None
            and head.endswith(" ")
            and " " in tail
            and bool(words)
            and all(w in self.chrome.section_names for w in words)
        )

    def read_link(self, line: Line) -> bool:
        """Take a ``READ MORE:`` line (no link where it lists several headlines or names an outlet: ``Read
        More: Harbour Times``) or a republication note; False for any other line."""
        if read_more_link(line.clean) is not None:
            link = None if self.chrome is not None and is_source_pointer(self.chrome, line.clean) else related_link(line)
            if link is not None:
                self.add_related(link, line)
            return True
        outlet = republished_from(line.clean)
        if outlet is not None:
            self.republished_from = outlet
            self.cover(line)
            return True
        return False

    def has_prose(self) -> bool:
        """True once a paragraph ending a sentence is read: readers' comments open only under some prose
        (``Join the conversation`` under a byline's label is a prompt, not the comments)."""
        return any(ends_sentence(line.clean) for line in self.paragraphs)

    def drop_closing_lines(self, page_end: int) -> None:
        """Drop the lines that close the article and are none of its text: an author's bio of a writer its
        bylines name, if any (on a republished article, of writers the body does not name), the name of a
        writer they name (an author box: ``Jane Doe``, her role, her bio) and a contact line (``Reach Jane
        Doe at …``); a publisher's note, or a note on what the site is, on the site its title or masthead
        names; a heading with no paragraph under it (``Price comparison`` above a shopping widget); a label
        printed above the title too (``News Kenya``); a row
        of short links between bars (``Weather: Riverton 5-day forecast | Cash bids | Futures``); headlines
        listed under the body with no list heading (:meth:`_closing_headlines`), or the site footer's links, one
        a line (:func:`_closing_footer_links`); and a last paragraph cut off inside a sentence where the page ends
        at ``page_end`` (:meth:`_is_cut_off`)."""
        if self.chrome is not None and (listed := self._closing_headlines() or _closing_footer_links(self.paragraphs)):
            del self.paragraphs[-listed:]
        while self.paragraphs and self.chrome is not None:
            last = self.paragraphs[-1].clean
            writers = self._is_closing_bio(last) or self._is_closing_contact(last)
            closing = writers or (is_name(last) and self._names_writer(last)) or self._is_own_publisher_note(last)
            if not (closing or self._is_closing_heading(last) or is_link_row(last) or self._is_head_label(last) or self._is_cut_off(page_end)):
                return
            self.paragraphs.pop()

    def _closing_headlines(self) -> int:
        """How many paragraphs close the body as a widget's list of other stories' headlines, printed with no
        list heading: :data:`MIN_CLOSING_HEADLINES` headlines (:func:`_is_listed_headline`) or more under a
        paragraph that ends a sentence, at least :data:`MIN_OPEN_CLOSING_HEADLINES` of them ending none
        (``Bridge reopens after repairs``, ``Why ferry fares keep rising, know why?``).  0 where the body closes
        otherwise: a closing question or two are the writer's, and so is a list the body leads into with a
        colon (``Here are the winners:``) or items under one cut short, as a newsletter lists its stories."""
        run = list(itertools.takewhile(_is_listed_headline, reversed(self.paragraphs[1:])))
        if len(run) < MIN_CLOSING_HEADLINES or not ends_sentence(self.paragraphs[-len(run) - 1].clean):
            return 0
        return len(run) if sum(not ends_sentence(line.clean) for line in run) >= MIN_OPEN_CLOSING_HEADLINES else 0

    def _is_head_label(self, line: str) -> bool:
        """True for a short line closing the body that the page printed above the title too: the
        blog's label or the site's section (``News Kenya`` above the title and under the body)."""
        return (
            len(self.paragraphs) > 1
            and line.casefold() in self.above_title
            and word_count(line, MAX_CLOSING_HEADING_WORDS) <= MAX_CLOSING_HEADING_WORDS
            and not ends_sentence(line)
        )

    def _names_writer(self, name: str) -> bool:
        """True when a byline names the writer ``name``."""
        return any(name.casefold() in b.casefold() for b in self.bylines)

    def _is_closing_bio(self, line: str) -> bool:
        """True for an author's bio closing the article (:meth:`PageChrome.author_bio_name`); one naming the
        writer by one word (``Doe covers courts for …``) only when that is a word of a byline's name."""
        name = None if self.chrome is None else self.chrome.author_bio_name(line)
        if name is None or " " not in name:
            return name is not None and any(name.casefold() in _key_words(b) for b in self.bylines)
        return not self.bylines or self._names_writer(name) or self._is_reprint_bio(line)

    def _is_reprint_bio(self, line: str) -> bool:
        """True for the writers' bios closing a republished article, whose bylines are the reposting
        site's: every sentence a bio (``Jane Doe is a senior lecturer at …``) of a writer the body
        does not name."""
        if self.republished_from is None or self.chrome is None:
            return False
        names = [self.chrome.author_bio_name(sentence) for sentence in sentences(line)]
        body = " ".join(p.clean for p in self.paragraphs[:-1])
        return all(name is not None and name.split()[-1] not in body for name in names)

    def _is_closing_contact(self, line: str) -> bool:
        """True for a contact line (``Reach Jane Doe at jdoe@example.org or 555-0142.``) of a writer the
        bylines name, or printing an e-mail address (``Email her at jdoe@example.org.``)."""
        name = None if self.chrome is None else contact_name(line, self.chrome.contact_openings)
        return name is not None and ("@" in line or (is_name(name) and self._names_writer(name)))

    def _is_own_publisher_note(self, line: str) -> bool:
        """True for a publisher's note (``Harbour Daily is part of …``), a note on what the site is (``Harbour Daily
        is an independent news service.``: one of ``outlet_kinds``) or a short appeal of the site's own (a sentence
        opening with its name, and a word of donation or support: ``Harbour Daily is funded by its readers. Support
        us!``) on this page's site: named after the title (``… | Harbour Daily``), above it (or opening with a line
        above it: ``Harbour English is …`` under ``Harbour``), a site name of the word lists or a wire service
        whose copy the page carries (``byline_roles``: ``Reuters, the news division of …, is …``)."""
        if self.chrome is None:
            return False
        site = publisher_note_site(line) or site_note(line, self.chrome.outlet_kinds) or self._own_appeal_site(line)
        if site is None:
            return False
        if self.chrome.is_site_name(site) or site.casefold() in self.above_title or site.casefold() in self.chrome.byline_roles:
            return True
        if self._opens_with_masthead(site):
            return True
        if self.title is None:
            return False
        start, end = self._title_span(self.title.text)
        cut = (self.title.text[:start] + " " + self.title.text[end:]).casefold()
        return site.casefold() in cut

    def _own_appeal_site(self, line: str) -> str | None:
        """The site a short appeal names as it opens one of its sentences (``Telex is funded by its readers. Support
        us!``, ``Meduza has been designated … Every donation helps us keep reporting.``), else None."""
        if word_count(line, _MAX_APPEAL_WORDS) > _MAX_APPEAL_WORDS or _APPEAL_WORDS.search(line) is None:
            return None
        names = (m["site"] for sentence in sentences(line) if (m := _OPENING_NAME.match(sentence)) is not None)
        return next((name for name in names if name.casefold() in self.above_title or self._opens_with_masthead(name)), None)

    def _opens_with_masthead(self, site: str) -> bool:
        """Whether ``site`` opens with a line printed above the title, a masthead (``Telex English`` under ``telex``),
        or such a line opens with ``site`` (``WOSR`` under ``WOSR 89.7``, a station's name and frequency)."""
        folded = site.casefold()
        return any(
            folded.startswith(line + " ") or (line.startswith(folded + " ") and len(folded) >= _MIN_MASTHEAD_CHARS)
            for line in self.above_title if len(line) >= _MIN_MASTHEAD_CHARS
        )

    def _is_cut_off(self, page_end: int) -> bool:
        """True for the paragraph closing the body where it ends the page at ``page_end``, when it stops inside a
        sentence after one that ends a sentence: the page was saved short (``… Sarkadi told repo``, ``… found that a
        valve had failed after``)."""
        line = self.paragraphs[-1].clean
        return (
            len(self.paragraphs) > 1
            and self.paragraphs[-1].end >= page_end
            and line.rpartition(" ")[2].isalpha() and line[-1:].islower()  # not a sign-off's "– Rappler.com"
            and word_count(line, MIN_CUT_OFF_WORDS) >= MIN_CUT_OFF_WORDS
            and ends_sentence(self.paragraphs[-2].clean)
        )

    def _is_closing_heading(self, line: str) -> bool:
        """True for a short heading closing the body: no sentence, under a paragraph of the article; not
        a letter's or column's signature, a name perhaps with a place (``Jane Doe, Fernbrook``; a prompt's
        verb opens no name: ``Join Harbour Rowers`` is a heading), nor a listed result (``3rd Jane Roe 2:56:53``), nor a
        wire story's exchange rate in brackets (``($1 = 1,538 naira)``: :func:`~newsparse.page.lines.is_rate_note`)."""
        return (
            len(self.paragraphs) > 1
            and word_count(line, MAX_CLOSING_HEADING_WORDS) <= MAX_CLOSING_HEADING_WORDS
            and not ends_sentence(line)
            and not leads_on(line)
            and not closes_with_tally(line)
            and not is_rate_note(line)
            and (opens_with_prompt(line) or not is_name(line.split(",", 1)[0]))
        )

    def read_after_body(self, pl: PageLine) -> None:
        """Under the article's text, among readers' comments or a press release's end matter, take only a
        republication note, a link or a footer's date."""
        if pl.kind is LineKind.FOOTER:
            self.date(pl)
        elif pl.kind is LineKind.TEXT:
            self.read_link(pl.line)

    def _day_first_date(self) -> dt.date | dt.datetime | None:
        """The date of an ambiguous date line before any other (``01/12/2026``) read day first, where another
        date line prints the day first (``Updated: 2 December 2026``)."""
        return self.ambiguous_date.day_first_value() if self.ambiguous_date is not None and self.day_first else None


    def build(self, text: str) -> Article | None:
        """The article read from the page ``text``, or None when no line was taken."""
        if self.start is None:
            return None
        headline = None
        if self.title is not None:
            start, end = self._title_span(self.title.text)
            headline = passage(text, self.title.start + start, self.title.start + end)
        return Article(
            span=Span(self.start, self.end),
            headline=headline,
            summary=None if self.summary is None else self.summary.passage(),
            paragraphs=[line.passage() for line in _without_pull_quotes(_without_embedded_posts(self.paragraphs))],
            published=self._day_first_date() or self.published or _weekday_date(self) or self.footer_date or _dateline_date(self),
            related=self.related,
            republished_from=self.republished_from,
        )


def _site_strip(chrome: PageChrome | None, line: str) -> bool:
    """``line`` is a row of the masthead printing the day beside the site's links, a clock: ``Winnipeg, Manitoba |
    Sunday, November 9, 2025 | Today's Paper``."""
    return chrome is not None and " | " in line and any(part.strip().casefold() in chrome.lines for part in line.split("|"))


def _weekday_date(draft: Draft) -> dt.date | dt.datetime | None:
    """The date of ``draft``'s ambiguous date line read as the day of the week its standfirst or lede names falls."""
    lead = [line.clean for line in (draft.summary, *draft.paragraphs[:1]) if line is not None]
    return None if draft.ambiguous_date is None else weekday_reading(draft.ambiguous_date, lead)


def _dateline_date(draft: Draft) -> dt.date | dt.datetime | None:
    """The date printed in the dateline that opens ``draft``'s body, where no byline or date line gives one."""
    found = dateline_date(draft.paragraphs[0].clean) if draft.paragraphs else None
    return None if found is None else found.value


#: A site's own appeal closing a page: its words of donation or support, its most words, the capitalized name opening
#: one of its sentences, and the fewest letters of a masthead's word that names the site alone (``Telex``).
_APPEAL_WORDS = lazy_compile(r"(?i:\b(?:donations?|donat(?:e|es|ed|ing)|support us|your support|funded by (?:its|our) readers)\b)")
_MAX_APPEAL_WORDS = 40
_OPENING_NAME = lazy_compile(
    r"(?P<site>[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|of|from|for|the|and)){0,3}) (?:is|are|has|have|was|relies|depends)\b"
)
_MIN_MASTHEAD_CHARS = 4

#: Marks that open and close a pull quote: a line that is one quotation alone.
_PULL_OPEN, _PULL_CLOSE = "“\"", "”\""
#: The fewest words of a pull quote, and the most lines read as one (each is looked for in the article's text).
_PULL_WORDS, _PULL_LINES = 4, 20


def _without_pull_quotes(paragraphs: list[Line]) -> list[Line]:
    """``paragraphs`` without pull quotes: a line that is one quotation alone, of :data:`_PULL_WORDS` words or more,
    whose words another paragraph prints (``“Feel is just a very expensive way to guess.”`` beside ``… she says.
    “Feel is fine. Feel is just a very expensive way to guess.``); at most :data:`_PULL_LINES` are looked for."""
    pulled = [line for line in paragraphs if _quote_alone(line.text)][:_PULL_LINES]
    if not pulled:
        return paragraphs
    dropped = set()
    for line in pulled:
        words = line.text.strip()[1:-1].strip().rstrip(".,!?…")
        if word_count(words) >= _PULL_WORDS and any(other is not line and words in other.text for other in paragraphs):
            dropped.add(id(line))
    return [line for line in paragraphs if id(line) not in dropped]


#: A social post's handle alone on a line (``@HarbourCityFC``), and how its picture's or page's link opens.
_HANDLE = lazy_compile(r"@\w{1,30}")
_POST_LINKS = ("pic.twitter.com/", "pic.x.com/", "t.co/", "https://t.co/")
#: The most words of the account's name printed over a handle, and the most lines of a post read under it.
_ACCOUNT_WORDS, _POST_LINES = 6, 4


def _without_embedded_posts(paragraphs: list[Line]) -> list[Line]:
    """``paragraphs`` without the social posts embedded in the page: the account's name (a short line with no full
    stop), its handle alone on a line (``@HarbourCityFC``) and the post's lines down to its picture's link
    (``pic.twitter.com/…``), or the handle alone where no such link follows within :data:`_POST_LINES` lines."""
    handles = [k for k, line in enumerate(paragraphs) if line.text.lstrip()[:1] == "@" and _HANDLE.fullmatch(line.text.strip())]
    dropped: set[int] = set()
    for k in handles:
        after = range(k + 1, min(len(paragraphs), k + 1 + _POST_LINES))
        end = next((j for j in after if paragraphs[j].text.strip().startswith(_POST_LINKS)), k)
        named = k > 0 and word_count(paragraphs[k - 1].text, _ACCOUNT_WORDS) <= _ACCOUNT_WORDS and not ends_sentence(paragraphs[k - 1].text)
        dropped.update(range(k - named, end + 1))
    return [line for j, line in enumerate(paragraphs) if j not in dropped] if dropped else paragraphs


def _quote_alone(text: str) -> bool:
    """``text`` is one quotation alone: it opens and closes with double marks and holds no other."""
    text = text.strip()
    return len(text) > 2 and text[0] in _PULL_OPEN and text[-1] in _PULL_CLOSE and not any(
        mark in text[1:-1] for mark in "“”\""
    )


def _is_published_line(pl: PageLine) -> bool:
    """True for a date line that says when the article was published (``Published 19 June 2021 10:25am``),
    as pages print under the body too; an update's time there (``Updated …``) is none."""
    return pl.kind is LineKind.DATE and pl.clean.casefold().startswith(_PUBLISHED_LABELS)


def _is_crumbed_copy(line: str, title: str) -> bool:
    """True for ``line`` the ``title`` (of a few words: ``The minister resigns`` may be a sentence on
    ``Minister resigns``) after a crumb of at most :data:`_MAX_TITLE_CRUMB_WORDS` words."""
    crumb = line.removesuffix(" " + title)
    return crumb != line and title.count(" ") >= _MIN_TITLE_TAIL_SPACES and crumb.count(" ") < _MAX_TITLE_CRUMB_WORDS


def _is_signed_copy(line: str, title: str) -> bool:
    """True for ``line`` the ``title`` (of a few words) signed with a name of at most :data:`_MAX_SIGNATURE_WORDS`
    words after a dash or bar, as a page's <title> prints it (``Sales rise again - FDRMX``), site known or not."""
    rest = line.removeprefix(title)
    return (
        rest != line and title.count(" ") >= _MIN_TITLE_TAIL_SPACES and rest[:1] == " " and rest[1:2] in _SIGNS
        and rest[2:3] == " " and 0 < len(rest[3:].split()) <= _MAX_SIGNATURE_WORDS
    )


def _is_listed_headline(line: Line) -> bool:
    """True for a paragraph shaped like another story's headline: title-shaped, no result closing with a
    tally (``1st Jane Roe 2:56:53``), no newsletter's numbered item (``4. The board has voted …``) and no item of
    data, a label and its figure (``General fare: $1.50 now``)."""
    clean = line.clean
    return is_title(clean) and not closes_with_tally(clean) and not opens_with_item_number(clean) and not _DATA_ITEM.search(clean)


def _key_words(byline: str) -> set[str]:
    """The words of a byline, in lower case without the marks around them: ``{"by", "jane", "doe"}``."""
    return {word.strip(".,;:|()").casefold() for word in byline.split()}


def _closing_footer_links(paragraphs: Sequence[Line]) -> int:
    """How many paragraphs close the body as the site footer's links, one a line: :data:`MIN_FOOTER_LINKS` or more
    short lines ending no sentence and holding no digit (``Footer Links``, ``My Account``, ``Connect with CBC``, ``YouTube``); else 0."""
    run = sum(1 for _ in itertools.takewhile(_is_footer_link, reversed(paragraphs[1:])))
    return run if run >= MIN_FOOTER_LINKS else 0


def _is_footer_link(line: Line) -> bool:
    """A short line ending no sentence and holding no digit (results closing a body, ``1st Jane Roe 2:56:53``, stay)."""
    clean = line.clean
    return word_count(clean, MAX_FOOTER_LINK_WORDS + 1) <= MAX_FOOTER_LINK_WORDS and not ends_sentence(clean) and not any(map(str.isdigit, clean))
