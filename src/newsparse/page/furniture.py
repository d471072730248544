"""A news page's furniture around its articles: related links, teaser blocks and republication notes.

Every layout reads these the same way:

* ``READ MORE: headline`` is an inline related link (:func:`read_more_link`, :func:`related_link`), and so
  is a line in another wording (``ALSO READ: headline``, ``Read also | headline``); one that lists several
  headlines between bars is a sidebar, no link (:func:`is_headline_list`); a trailing
  `` – Credit`` naming who the headline credits (:func:`split_attribution`);
* a bare ``Read more`` line (:func:`is_read_more_marker`) opens a *teaser block*: an image
  caption line, then the related headline (:func:`teaser_link`); ``READ MORE:`` or ``Read more from Site:``
  heads a list of related headlines, each a link, perhaps after a list item's mark (:func:`listed_link`);
* ``This article was first published in X…`` (``… is republished from X under a …
  license``, ``… originally appeared in X``, ``Republished from X, where …``, ``Originally published by X.``, ``As originally posted at X``,
  ``… was first published in French by X``, ``… was written by a local reporter and first appeared in X``,
  ``This report by X was first published May 2, 2026.``),
  perhaps in brackets or as an editor's note (``Editor’s note: This
  report was originally published by X and is reproduced here …``), names where the article was
  republished from (:func:`republished_from`);
* a publisher's note closing a page (``Harbour Daily is part of Coastline Media Ltd, …``), or a site's
  note on what it is (``Harbour Daily is an independent news service.``), names the site it is about
  (:func:`publisher_note_site`, :func:`site_note`);
* a site name printed around a title (``Headline | Site``, ``Site – Headline``,
  ``Headline - example.com``, ``Headline | Site - Tagline``) is no part of it (:func:`title_span`), by the site
  names of the page kit's chrome, nor is a section's breadcrumb before it (``News / Headline``).

The regexes are compiled on first use (:mod:`newsparse.lazy_regex`) and run in linear time.
"""

from __future__ import annotations

from newsparse.lazy_regex import lazy_compile
from newsparse.model import RelatedLink, Span
from newsparse.page.chrome import PageChrome, is_capitalised, is_web_address
from newsparse.page.dates import find_date, names_a_time
from newsparse.page.lines import ends_sentence, is_question, word_count
from newsparse.page.text import Line

__all__ = [
    "read_more_link",
    "is_source_pointer",
    "is_read_more_marker",
    "is_link_line",
    "split_attribution",
    "republished_from",
    "publisher_note_site",
    "site_note",
    "related_link",
    "is_headline_list",
    "teaser_link",
    "title_span",
    "title_end",
    "MAX_CAPTION_WORDS",
    "MAX_TEASER_HEADLINE_WORDS",
]

#: A teaser's caption has at most this many words (unless the layout sets it apart, see :func:`teaser_link`).
MAX_CAPTION_WORDS = 30
#: A teaser's headline has at most this many words.
MAX_TEASER_HEADLINE_WORDS = 25
_MAX_CREDIT_WORDS = 4
# A list's bullet mark before a title: ``• Port reopens after storm``.
_BULLET = lazy_compile(r"\s*[•▪‣◦]\s+")

# ``READ MORE: headline``, its other wordings (``ALSO READ: headline``, ``Read also | headline``, and ``READ: Headline``
# or ``Related: Headline`` before a capital or a quotation mark), and a tabloid's ``MORE: headline`` (in capitals only)
_READ_MORE_LINK = lazy_compile(
    r"(?:(?i:read more\s*:|read\s*\||(?:also read|read also)\s*[:|])|MORE:|(?i:read|related):(?=\s*[A-Z“\"‘']))\s*(?P<headline>\S.*)\Z"
)
_READ_MORE_MARKER = lazy_compile(r"(?i:read more)\s*[:.…]?\Z")
# A heading over a list of related headlines: ``READ MORE:``, ``Read more from Harbour News:``.
_READ_MORE_LIST = lazy_compile(r"(?i:read more)(?:\s+(?i:from|on|about)\s+[^:]{1,40})?\s*:\Z")
# A list item's mark before a related headline: ``* Port reopens after storm``, ``• …``, ``- …``.
_ITEM_MARK = lazy_compile(r"[*•▪‣◦–-]\s+")
# "Headline – FT": a short credit after the last spaced dash.
_ATTRIBUTION = lazy_compile(r"(?P<headline>.*\S)\s+[–—-]\s+(?P<credit>[^–—-]{1,40})\Z")
_REPUBLISHED = lazy_compile(
    r"(?i:\(?(?:editor['’]s note\s*:\s*)?"
    r"this (?:article|story|piece|interview|column|op-ed|commentary|post|blog post|essay|report|feature|press release"
    r"|investigation|analysis|explainer|profile|review|obituary) "
    r"(?:was (?:first|originally) (?:published|posted|printed|carried|run) "
    r"(?:in (?-i:[A-Z][a-z]+(?:ish|ese|ian|ch|an|ic)) (?=by ))?(?:in|by|on|at)"
    r"|(?:is|was|has been) republished (?:from|with permission from)"
    r"|(?:was written by [^.;]{1,80}? and )?(?:first|originally) appeared (?:in|on|at)"
    # a syndication credit, the outlet's name closing the line: ``This article was provided by Harbour Wire.``
    r"|(?:was|is|has been) provided (?:to [\w ]{1,30} )?by(?= (?:the )?(?-i:[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|of|and|&)){0,5})\.?\Z)) "
    r"|(?:republished|reprinted|reposted) (?:with permission )?from (?=(?-i:[A-Z]))"
    r"|(?:as )?(?:originally|first) (?:published|posted|printed) (?:in|by|on|at) (?=(?:the )?(?-i:[A-Z]))"
    # a blog feed's note under a copied post: ``The post <its title> appeared first on <blog>.``
    r"|the post (?-i:[A-Z\"“‘'])[^\n]{0,300}? appeared first on (?=(?-i:[A-Z])))"
    r"(?:the )?(?:(?:website|web site|site|pages?|blog) of (?:the )?)?"  # ``on the website of the X``: X
    r"(?P<outlet>(?:[^,;.(|]|\.(?=\w))*[^,;.(|\s])"  # a dot inside a name stays: ``Nation.Cymru``
)
# A wire's note naming itself before the verb, closing its story: ``This report by The Canadian Press was first
# published April 24, 2024.`` (not a writer's: ``This story by Jane Doe was first published in X``).
_BYLINED_NOTE = lazy_compile(
    r"(?i:this (?:report|article|story) by )(?:the |The )?(?P<outlet>(?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,4})"
    r" (?i:was (?:first|originally) published)\b(?! (?i:in|by|at) )"
)
# A publisher's note on the site it prints: ``Harbour Daily is part of Coastline Media Ltd, …``.
_PUBLISHER_NOTE = lazy_compile(
    r"(?P<site>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}) (?:is|are) (?:(?:a )?part of|owned by|published by"
    r"|an? (?:division|subsidiary|unit|brand|member|publication|imprint|trading name|registered trademark) of) (?:the )?[A-Z]"
)
# A site's note on what it is: ``Harbour Daily is an independent, locally owned news service.``
_SITE_NOTE = lazy_compile(
    r"(?P<site>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})(?:, [^,]{1,80},)? (?:is|are) (?:an?|the) (?P<what>[^.!?]{1,120})[.!]?"
)
# Where the first sentence of a note ends: a full stop, a space, a capital (``… reporting. Founded in 1846, …``).
_FIRST_SENTENCE_END = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z])")
_CLAUSE_OPENERS = (" that ", " which ", " who ", " whose ")
_OUTLET_TAIL = lazy_compile(r"\s+(?:and|on|in|under|with)\s.*\Z")
# A site's name of up to three words in capitals after a spaced run of dots closing a title: `` ……. PUNCH``; it is
# looked for among the title's last this many characters.
_DOTTED_SITE = lazy_compile(r"\s[.…]{2,}\s?[A-Z][A-Z&'’-]+(?: [A-Z][A-Z&'’-]+){0,2}\Z")
_DOTTED_SITE_REACH = 40
# What a site name printed before or after a title is set off by: a spaced bar or dash.
_SPACED_SEPARATOR = lazy_compile(r"\s[|«–—/-]\s")
# A site's section printed before a title as a breadcrumb: ``News / Board backs dredging``.
_SECTION_CRUMB = lazy_compile(r"(?P<section>[^/|–—-]{1,30}?)\s/\s(?=\S)")
_SITE_SUFFIX = lazy_compile(r"(?P<head>.*\S)\s+(?P<sep>[|«–—-])\s+(?P<tail>[^|«–—]{1,60})\Z")
# Separators after which a title always ends: `` | Site``, and `` « Blog`` as blogs print their names.
_BARS = "|«"
_SITE_PREFIX = lazy_compile(r"(?P<site>[^|–—-]{1,40}?)\s+[|–—-]\s+(?=\S)")
_MAX_SECTION_WORDS = 3
_MAX_CRUMB_SECTION_WORDS = 2
_MAX_SITE_NAME_WORDS = 3
_MIN_LISTED_HEADLINE_WORDS = 4
# How a related link's line opens.
_READ_MORE = "read more"
# How a related link opens: ``READ MORE: headline``, ``Read | headline``, ``ALSO READ: headline``.
_LINK_OPENINGS = (_READ_MORE, "read |", "read|", "read:", "related:", "more:", "also read", "read also")


def read_more_link(line: str) -> str | None:
    """The headline of an inline ``READ MORE: headline`` line, perhaps in brackets (``(Read more: headline)``), else
    None."""
    m = _READ_MORE_LINK.match(_unbracketed(line))
    return m.group("headline") if m else None


def _unbracketed(line: str) -> str:
    """``line`` without the brackets a related link may be printed in: ``(Read more: Port reopens after storm)``."""
    return line[1:-1].strip() if line[:1] == "(" and line[-1:] == ")" else line


def is_source_pointer(chrome: PageChrome, line: str) -> bool:
    """True for a ``Read more:`` line that names an outlet, not a headline (``Read More: Harbour Times``,
    ``Read more: Reuters``): a pointer to where a reposted post came from, closing it; no related link."""
    named = read_more_link(line)
    return named is not None and (chrome.is_site_name(named) or chrome.is_site_line(named))


def is_read_more_marker(line: str) -> bool:
    """True for a bare ``Read more`` line, which opens a teaser block."""
    return _READ_MORE_MARKER.match(line) is not None


def opens_teaser_block(line: str) -> bool:
    """True for a ``Read more`` marker that may open a teaser block; ``Read more:`` with a colon
    heads a list of headlines instead, as ``Related:`` does."""
    return is_read_more_marker(line) and not line.rstrip().endswith(":")


def opens_link_list(line: str) -> bool:
    """True for a heading over a list of related headlines: ``READ MORE:``, ``Read more from Harbour News:``."""
    return _READ_MORE_LIST.match(line) is not None


def listed_link(line: Line) -> RelatedLink | None:
    """The related link of a headline listed under :func:`opens_link_list`'s heading, perhaps after a list item's
    mark (``* Reservoir cost blows out by $9m``); None for a single word (``Share``) or a line too long for a headline."""
    passage = line.passage()
    mark = _ITEM_MARK.match(passage.text)
    skip = mark.end() if mark is not None else 0
    headline = passage.text[skip:]
    if " " not in headline.strip() or word_count(headline, MAX_TEASER_HEADLINE_WORDS) > MAX_TEASER_HEADLINE_WORDS:
        return None
    return RelatedLink(headline, Span(passage.span.start + skip, passage.span.end), None, split_attribution(headline))


def is_link_line(line: str) -> bool:
    """True for a ``Read more`` marker or an inline ``READ MORE: headline`` link."""
    return is_read_more_marker(line) or read_more_link(line) is not None


def split_attribution(headline: str) -> str | None:
    """Who a headline credits in a trailing `` – X`` (``FT``, ``Serbian president``), else None."""
    m = _ATTRIBUTION.match(headline)
    if m is None or len(m.group("credit").split()) > _MAX_CREDIT_WORDS:
        return None
    return m.group("credit").strip()


def republished_from(line: str) -> str | None:
    """The outlet a note like ``This article was first published in Kommersant, …`` (or ``This report by
    Harbour Wire was first published May 2, 2026.``) names, else None."""
    m = _REPUBLISHED.match(line)
    if m is None:
        bylined = _BYLINED_NOTE.match(line)
        return None if bylined is None else bylined["outlet"]
    outlet = _OUTLET_TAIL.sub("", m.group("outlet"))
    return None if not outlet or names_a_time(outlet) else outlet


def publisher_note_site(line: str) -> str | None:
    """The site a publisher's note names, ``Harbour Daily`` in ``Harbour Daily is part of Coastline
    Media Ltd, a regional publisher.``; None for any other line."""
    m = _PUBLISHER_NOTE.match(line)
    return None if m is None else m["site"]


def site_note(line: str, outlet_kinds: frozenset[str]) -> str | None:
    """The site a note on what it is names, ``Harbour Daily`` in ``Harbour Daily is an independent news
    service.`` or ``Harbour Wire, the news arm of Coast Media, is the region's largest news provider. Founded in
    1921, …``: its first sentence calls the site one of ``outlet_kinds`` (before any clause on it, ``… firm that
    prints magazines`` calls it a firm); None for any other line."""
    m = _SITE_NOTE.fullmatch(_FIRST_SENTENCE_END.split(line, maxsplit=1)[0])
    if m is None:
        return None
    what = m["what"].casefold()
    for opener in _CLAUSE_OPENERS:
        what = what.partition(opener)[0]
    what = f" {what.replace(',', ' ')} "
    return m["site"] if any(f" {kind} " in what or f" {kind}s " in what for kind in outlet_kinds) else None


def is_headline_list(text: str) -> bool:
    """True for two headlines or more between bars, as a sidebar lists them after ``Also read:``
    (``Ferry fares rise again | Harbour board meets on Friday``); a site name after a bar is none."""
    items = text.split(" | ")
    return len(items) > 1 and all(word_count(item, _MIN_LISTED_HEADLINE_WORDS) >= _MIN_LISTED_HEADLINE_WORDS for item in items)


#: The most words of one topic in a list of them after ``Related:`` (``Harbour Board, Ferries``).
_MAX_TOPIC_WORDS = 2


def related_link(line: Line) -> RelatedLink | None:
    """The related link of a ``READ MORE: headline``, ``Read | headline``, ``ALSO READ: headline``, ``Related: Headline``
    or ``MORE: headline`` line, else None: a list of headlines is no link, nor one word (``MORE: Trending``, a
    section), nor a list of topics (``Related: Politics, Economy, Health``)."""
    headline = read_more_link(line.clean)
    if headline is None or not _unbracketed(line.clean).casefold().startswith(_LINK_OPENINGS) or is_headline_list(headline) or " " not in headline.strip():
        return None
    if ", " in headline and all(len(item.split()) <= _MAX_TOPIC_WORDS and item[:1].isupper() for item in headline.split(", ")):
        return None  # topics, no headline
    return RelatedLink(headline, line.passage().span, None, split_attribution(headline))


#: Words that report what someone said: a sentence holding one is a paragraph, never a photo's caption.
_REPORTING_WORDS = (" according to ", " said", " says ", " told ")


def teaser_link(caption: Line, headline: Line, *, adjacent: bool = False) -> RelatedLink | None:
    """The related link of the teaser block under a ``Read more`` line, else None.

    ``caption`` is its image caption and ``headline`` the related headline; neither is
    a link line, and the headline is short.  Unless the layout sets the block apart
    (``adjacent``: on a page with blank lines between paragraphs, the caption and the
    headline are printed without one between them), the caption is short too and reports no one's words (a
    sentence with ``said`` or ``according to`` is a paragraph), and the headline ends without a full stop (a
    question may).
    """
    cap, head = caption.clean, headline.clean
    if is_link_line(cap) or is_link_line(head) or word_count(head, MAX_TEASER_HEADLINE_WORDS) > MAX_TEASER_HEADLINE_WORDS:
        return None
    if not adjacent and (
        word_count(cap, MAX_CAPTION_WORDS) > MAX_CAPTION_WORDS or (ends_sentence(head) and not is_question(head))
        or (ends_sentence(cap) and any(word in cap for word in _REPORTING_WORDS))
    ):
        return None  # "Cuba’s economy contracted by 1.9%, according to official figures, …": a paragraph, no caption
    return RelatedLink(head, Span(caption.start, headline.end), cap, split_attribution(head))


def title_span(chrome: PageChrome, title: str) -> tuple[int, int]:
    """Where ``title`` starts and ends without a site name printed before or after it (perhaps in capitals after
    a spaced run of dots: ``Port reopens ……. HARBOUR POST``), nor a list's bullet mark before it (``• Port
    reopens after storm``, a listing page's item)."""
    bullet = _BULLET.match(title)
    start = 0 if bullet is None else bullet.end()
    dotted = _DOTTED_SITE.search(title, max(start, len(title) - _DOTTED_SITE_REACH))
    if dotted is not None:
        title = title[: dotted.start()]  # ``Headline ……. PUNCH``: the site's name in capitals after a run of dots
    if _SPACED_SEPARATOR.search(title) is None:
        return start, len(title)  # the cheap, common case: no site name can be cut off
    m = _SITE_PREFIX.match(title, start)
    if m is not None and chrome.is_site_name(m["site"]):
        start = m.end()
    elif (crumb := _SECTION_CRUMB.match(title, start)) is not None and _is_section(chrome, crumb["section"]):
        start = crumb.end()
    return start, max(start, title_end(chrome, title))


def _is_section(chrome: PageChrome, text: str) -> bool:
    """True for a site's section of one or two words, each a ``section_names`` word (``News``, ``Local News``)."""
    words = text.casefold().split()
    return 0 < len(words) <= _MAX_CRUMB_SECTION_WORDS and all(w in chrome.section_names for w in words)


def title_end(chrome: PageChrome, title: str) -> int:
    """Where ``title`` ends before a trailing site name: `` | Site`` or a blog's `` « Blog`` (and a
    `` | Section`` before it), or `` – Site`` for a known site (perhaps with its section: `` — RT World News``), a domain or
    a line that names a site (`` - The Valley Chronicle``); or before a trailing date, and the site's name of a few
    capitalised words before it (`` – Harbour Times – 06/27/2025``)."""
    m = _SITE_SUFFIX.match(title)
    if m is None:
        return len(title)
    if is_date_tail(m["tail"]):  # a page's <title> with its date: ``Headline – Harbour Times – 06/27/2025``
        site = _SITE_SUFFIX.match(m["head"])
        return site.end("head") if site is not None and _is_site_words(site["tail"]) else m.end("head")
    if m["sep"] in _BARS:
        section = _SITE_SUFFIX.match(m["head"])
        if section is not None and section["sep"] in _BARS and len(section["tail"].split()) <= _MAX_SECTION_WORDS:
            return section.end("head")
        return m.end("head")
    tail = m["tail"]
    if (
        chrome.is_site_name(tail)
        or is_web_address(tail)
        or _is_site_section(chrome, tail)
        or chrome.is_site_line(tail.strip())
    ):
        site = _SITE_SUFFIX.match(m["head"])  # a site's name and its tagline: `` | Harbour News - Local News``
        return site.end("head") if site is not None and site["sep"] in _BARS else m.end("head")
    return len(title)


def is_date_tail(tail: str) -> bool:
    """True for a title's last part that is only a date (``06/27/2025``, ``June 27, 2025``)."""
    found = find_date(tail)
    return found is not None and found.start == 0 and found.end == len(tail.rstrip())


def _is_site_words(tail: str) -> bool:
    """True for a site's name as a page's <title> prints it before the date: a few capitalised words."""
    words = tail.split()
    return 0 < len(words) <= _MAX_SITE_NAME_WORDS + 1 and is_capitalised(words)


def _is_site_section(chrome: PageChrome, tail: str) -> bool:
    """True for a known site name followed by a Title Case section name: ``RT World News``."""
    words = tail.split()
    return any(
        chrome.is_site_name(" ".join(words[:n])) and is_capitalised(words[n:])
        for n in range(1, min(len(words), _MAX_SITE_NAME_WORDS + 1))
    )
