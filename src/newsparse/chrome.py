"""Site chrome and page furniture: the lines of a web page that are not an article's text.

:meth:`PageChrome.kind` sorts one line of a single-article or blog page into a
:class:`LineKind`: site chrome (menus, share prompts, icon lists, site names,
template words in another language or script), a date line, a byline, a blog
post's footer, or text.  The word lists are data: :data:`DEFAULT_VOCABULARY`
holds the built-in entries, and plugins add entries under the same names
through the ``newsparse_vocabulary`` hook.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable

from attrs import frozen

from .dates import DateMatch, find_date
from .lines import ends_sentence
from .vocabulary import Vocabulary

__all__ = ["LineKind", "PageChrome", "DEFAULT_VOCABULARY", "is_latin", "is_icon_list", "may_be_dated"]

#: The built-in chrome vocabularies, all lower case.  ``chrome_lines``: whole lines
#: that are chrome; ``chrome_prefixes``: beginnings of chrome lines; ``site_names``:
#: lines that only name a site, and trailing `` – name`` cut from titles;
#: ``date_labels``: words that may stand beside the date of a date line;
#: ``footer_prefixes`` and ``footer_markers``: a blog post's closing line, by its
#: beginning or by a ``|``-separated part of it.
DEFAULT_VOCABULARY: dict[str, frozenset[str]] = {
    "chrome_lines": frozenset(
        {
            # English
            "breaking", "breaking news", "latest", "latest news", "top news", "top stories", "trending",
            "trending now", "most read", "most popular", "editor's picks", "more news", "more", "home", "menu",
            "search", "close", "subscribe", "sign in", "log in", "login", "sign up", "register", "share",
            "share this", "share this article", "share this story", "tweet", "email", "e-mail", "print",
            "copy link", "facebook", "twitter", "telegram", "whatsapp", "vk", "linkedin", "reddit", "pinterest",
            "related", "related posts", "related articles", "related news", "read more", "read also", "see also",
            "advertisement", "advertising", "sponsored", "loading", "like this", "like loading", "comments",
            "leave a comment", "add comment", "reply", "previous", "next", "previous post", "next post",
            "older posts", "newer posts", "previous entries", "next entries", "back to top", "video", "photo",
            "gallery", "listen", "podcasts", "news", "world news", "skip to content", "you may also like",
            # Russian, Ukrainian, Serbian
            "новости", "главное", "главная", "ещё", "еще", "читать далее", "читать также", "поделиться",
            "подписаться", "комментарии", "реклама", "все новости", "в мире", "новини", "поділитися", "вести",
            # Romanian, German, French, Spanish, Italian, Polish
            "știri", "stiri", "acasă", "distribuie", "citește mai mult", "citește și", "ultimele știri",
            "teilen", "nachrichten", "weiterlesen", "mehr lesen", "startseite", "partager", "actualités",
            "lire la suite", "lire aussi", "accueil", "compartir", "noticias", "leer más", "inicio",
            "condividi", "notizie", "leggi anche", "udostępnij", "wiadomości", "czytaj więcej",
        }
    ),
    "chrome_prefixes": frozenset(
        {
            "share this", "share on ", "share via", "click to share", "click to email", "click to print",
            "follow us", "follow rt on", "subscribe to", "sign up for", "join our", "you can share this story",
            "tags:", "tag archive", "category archive", "tagged:", "tagged with", "categories:", "category:", "photo:", "image:", "illustration:",
            "file photo", "©", "copyright", "all rights reserved", "related:", "read also:", "see also:",
            "trends:", "dear readers", "this website uses cookies", "we use cookies", "download the app",
            "comments (", "поделиться", "подписывайтесь", "читайте также", "citește și:",
        }
    ),
    "site_names": frozenset(
        {
            "rt", "rt news", "rt world news", "rt international", "sputnik", "sputnik international",
            "sputnik news", "tass", "ria novosti", "pravda", "news-pravda", "news pravda",
        }
    ),
    "date_labels": frozenset(
        {
            "published", "published on", "updated", "last updated", "modified", "last modified", "posted",
            "posted on", "date", "first published", "published time", "edited time", "опубликовано", "обновлено", "publicat", "actualizat",
        }
    ),
    "footer_prefixes": frozenset({"posted in", "filed under"}),
    "footer_markers": frozenset({"leave a comment", "comments off", "no comments", "comments closed"}),
}


class LineKind(enum.Enum):
    """What a line of a page is."""

    #: An article's text: a title, a standfirst, a paragraph.
    TEXT = "text"
    #: Site chrome, belonging to no article.
    CHROME = "chrome"
    #: Only a date (and time), perhaps with a label such as ``Published:``.
    DATE = "date"
    #: Who wrote or carried the article, with or without a date: ``RT | November 18, 2025``.
    BYLINE = "byline"
    #: A blog post's closing line: ``Posted by … | Leave a comment``.
    FOOTER = "footer"


#: Lines of at most this many words may be date lines, bylines or footers.
MAX_META_WORDS = 20
#: ... and each ``|`` or `` – `` separated part of a byline has at most this many words.
MAX_SEGMENT_WORDS = 6
#: Lines of at most this many words in another script than the page's are template words.
MAX_FOREIGN_WORDS = 6

_PREFIX_CHARS = 80
_EDGE_PUNCT = " \t.:;,!?…|-–—•·»«>*#/\\()[]"
_SEGMENTS = re.compile(r"\s*\|\s*|\s+[–—-]\s+|\s*[•·]\s*")
_URL = re.compile(r"(?:https?://|www\.)\S*|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", re.IGNORECASE)
_COMMENT_COUNT = re.compile(r"\d+ comments?", re.IGNORECASE)
_SITE_SUFFIX = re.compile(r"(?P<head>.*\S)\s+(?P<sep>[|–—-])\s+(?P<tail>[^|–—]{1,60})\Z")
_BY = re.compile(r"(?:by|BY|By)\s+\w")
_ICON = "icon"
_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_\x00-\u024f]")
_NOT_ASCII_LETTER = bytes(c for c in range(128) if not chr(c).isalpha())


def _key(line: str) -> str:
    """A line as the word lists spell it: lower case, edge punctuation trimmed."""
    return line.strip(_EDGE_PUNCT).casefold()


def is_latin(text: str) -> bool:
    """True when at least half of the letters of ``text`` are Latin (or it has none)."""
    ascii_part = text.encode("ascii", "ignore")
    if (len(text) - len(ascii_part)) * 2 <= len(ascii_part.translate(None, _NOT_ASCII_LETTER)):
        return True  # too few other characters to outweigh the ASCII letters: the cheap, common case
    foreign = len(_NON_LATIN_LETTER.findall(text))
    return foreign * 2 <= len(_LETTER.findall(text))


def is_icon_list(line: str) -> bool:
    """True for an icon sprite dumped as text: ``icon bookmark-bicon bookmarkicon camera…``."""
    lowered = line.lower()
    if _ICON not in lowered:
        return False
    words = lowered.split()
    return len(words) >= 5 and sum(_ICON in w for w in words) * 4 >= len(words)


def may_be_dated(line: str) -> bool:
    """False for a clean line that can be neither a date line nor a byline; cheaper than :meth:`PageChrome.kind`."""
    return (
        line.count(" ") < MAX_META_WORDS
        and not ends_sentence(line)
        and (_BY.match(line) is not None or find_date(line) is not None)
    )


@frozen(cache_hash=True)
class PageChrome:
    """Recognises chrome, date lines, bylines and footers, with word lists from a vocabulary."""

    lines: frozenset[str]
    prefixes: tuple[str, ...]
    site_names: frozenset[str]
    date_labels: frozenset[str]
    footer_prefixes: tuple[str, ...]
    footer_markers: frozenset[str]

    @classmethod
    def from_vocabulary(cls, vocabulary: Vocabulary | None = None) -> PageChrome:
        """The built-in word lists plus the entries ``vocabulary`` holds under the same names."""
        vocabulary = vocabulary or Vocabulary()

        def words(name: str) -> frozenset[str]:
            return frozenset(w.casefold() for w in DEFAULT_VOCABULARY[name] | set(vocabulary[name]))

        chrome = cls(
            lines=words("chrome_lines"),
            prefixes=tuple(sorted(words("chrome_prefixes"))),
            site_names=words("site_names"),
            date_labels=words("date_labels"),
            footer_prefixes=tuple(sorted(words("footer_prefixes"))),
            footer_markers=words("footer_markers"),
        )
        # Splitters built from one vocabulary share one instance, so caches keyed by it
        # (see newsparse.layout.probe_lines) find it by identity, without comparing word lists.
        return _INSTANCES.setdefault(chrome, chrome)

    def kind(self, line: str, latin_page: bool = True) -> tuple[LineKind, dt.date | dt.datetime | None]:
        """What the clean ``line`` is, and the date it prints (for date lines, bylines and footers).

        ``latin_page`` says whether the page is written in Latin script; short lines
        in another script are then template words.
        """
        kind, found = self.classify(line, lambda: latin_page)
        return kind, None if found is None else found.value

    def classify(self, line: str, latin_page: Callable[[], bool]) -> tuple[LineKind, DateMatch | None]:
        """:meth:`kind`, with the date as found but not yet read, and ``latin_page`` asked only
        when the answer matters: reading a date and judging a page's script cost more than the rest."""
        words = line.count(" ") + 1  # the line is collapsed: one space between words
        short = words <= MAX_META_WORDS
        key = _key(line if short else line[:_PREFIX_CHARS])
        if key.startswith(self.prefixes) or is_icon_list(line):
            return LineKind.CHROME, None
        if short and (not key or key in self.lines or key in self.site_names or _URL.fullmatch(key)):
            return LineKind.CHROME, None
        if not short or ends_sentence(line):
            return LineKind.TEXT, None
        found = find_date(line)
        rest = line if found is None else f"{line[: found.start]} | {line[found.end :]}"
        segments = [s for s in (_key(part) for part in _SEGMENTS.split(rest)) if s]
        if key.startswith(self.footer_prefixes) or any(
            s in self.footer_markers or _COMMENT_COUNT.fullmatch(s) for s in segments
        ):
            return LineKind.FOOTER, found
        if words <= MAX_FOREIGN_WORDS and is_latin(line) != latin_page():
            return LineKind.CHROME, None
        if all(len(s.split()) <= MAX_SEGMENT_WORDS for s in segments):
            if found is not None:
                labelled = all(s in self.date_labels for s in segments)
                return (LineKind.DATE if labelled else LineKind.BYLINE), found
            if _BY.match(line) and line.split(maxsplit=2)[1][:1].isupper():
                return LineKind.BYLINE, None
        return LineKind.TEXT, None

    def title_end(self, title: str) -> int:
        """Where ``title`` ends before a trailing site name: `` | Site``, or `` – Site`` for a known site or a domain."""
        m = _SITE_SUFFIX.match(title)
        if m is None:
            return len(title)
        tail = _key(m["tail"])
        if m["sep"] == "|" or tail in self.site_names or _URL.fullmatch(tail):
            return m.end("head")
        return len(title)


_INSTANCES: dict[PageChrome, PageChrome] = {}
